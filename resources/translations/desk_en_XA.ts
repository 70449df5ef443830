<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_XA">
    <context>
        <name>AgreementPrinting</name>
        <message>
            <source>Print the loan agreement</source>
            <translation>[Ƥřīƞŧ ŧħḗ ŀǿȧƞ ȧɠřḗḗḿḗƞŧ ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check someone in</source>
            <translation>[Ƈħḗƈķ şǿḿḗǿƞḗ īƞ ~~~~]</translation>
        </message>
        <message>
            <source>Service the resident has come for</source>
            <translation>[Şḗřṽīƈḗ ŧħḗ řḗşīḓḗƞŧ ħȧş ƈǿḿḗ ƒǿř ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What they need to do</source>
            <translation>[Ẇħȧŧ ŧħḗẏ ƞḗḗḓ ŧǿ ḓǿ ~~~~~]</translation>
        </message>
        <message>
            <source>Not known yet</source>
            <translation>[Ƞǿŧ ķƞǿẇƞ ẏḗŧ ~~~]</translation>
        </message>
        <message>
            <source>Appointment reference</source>
            <translation>[Ȧƥƥǿīƞŧḿḗƞŧ řḗƒḗřḗƞƈḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Only if they have one</source>
            <translation>[Ǿƞŀẏ īƒ ŧħḗẏ ħȧṽḗ ǿƞḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Language to help in</source>
            <translation>[Ŀȧƞɠŭȧɠḗ ŧǿ ħḗŀƥ īƞ ~~~~~]</translation>
        </message>
        <message>
            <source>For example Polish (empty: English)</source>
            <translation>[Ƒǿř ḗẋȧḿƥŀḗ Ƥǿŀīşħ (ḗḿƥŧẏ: Ḗƞɠŀīşħ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>They need an interpreter</source>
            <translation>[Ŧħḗẏ ƞḗḗḓ ȧƞ īƞŧḗřƥřḗŧḗř ~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Service</source>
            <translation>[&amp;Sḗřṽīƈḗ ~~]</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>[&amp;Tȧşķ ~]</translation>
        </message>
        <message>
            <source>&amp;Appointment reference</source>
            <translation>[&amp;Aƥƥǿīƞŧḿḗƞŧ řḗƒḗřḗƞƈḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>[&amp;Lȧƞɠŭȧɠḗ ~~]</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>[Ƈħḗƈķ īƞ ~~]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Ƈȧƞƈḗŀ ~~]</translation>
        </message>
        <message>
            <source>Problem checking in</source>
            <translation>[Ƥřǿƀŀḗḿ ƈħḗƈķīƞɠ īƞ ~~~~~]</translation>
        </message>
        <message>
            <source>Nothing here names the resident. Only the service is needed.</source>
            <translation>[Ƞǿŧħīƞɠ ħḗřḗ ƞȧḿḗş ŧħḗ řḗşīḓḗƞŧ. Ǿƞŀẏ ŧħḗ şḗřṽīƈḗ īş ƞḗḗḓḗḓ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Access needs:</source>
            <translation>[Ȧƈƈḗşş ƞḗḗḓş: ~~~]</translation>
        </message>
        <message>
            <source>Their ticket number is</source>
            <translation>[Ŧħḗīř ŧīƈķḗŧ ƞŭḿƀḗř īş ~~~~~~]</translation>
        </message>
        <message>
            <source>Ask them to take a seat: the number is called on the screen and aloud.</source>
            <translation>[Ȧşķ ŧħḗḿ ŧǿ ŧȧķḗ ȧ şḗȧŧ: ŧħḗ ƞŭḿƀḗř īş ƈȧŀŀḗḓ ǿƞ ŧħḗ şƈřḗḗƞ ȧƞḓ ȧŀǿŭḓ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>[Ḓǿƞḗ ~]</translation>
        </message>
        <message>
            <source>Check in someone else</source>
            <translation>[Ƈħḗƈķ īƞ şǿḿḗǿƞḗ ḗŀşḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Ticket {ticket}</source>
            <translation>[Ŧīƈķḗŧ {ticket} ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Page {n}</source>
            <translation>[Ƥȧɠḗ {n} ~]</translation>
        </message>
        <message>
            <source>Sending… please wait.</source>
            <translation>[Şḗƞḓīƞɠ… ƥŀḗȧşḗ ẇȧīŧ. ~~~~~]</translation>
        </message>
        <message>
            <source>Check your pages</source>
            <translation>[Ƈħḗƈķ ẏǿŭř ƥȧɠḗş ~~~~]</translation>
        </message>
        <message>
            <source>Your pages</source>
            <translation>[Ẏǿŭř ƥȧɠḗş ~~~]</translation>
        </message>
        <message>
            <source>Choose a page to remove it, or send them all to the council</source>
            <translation>[Ƈħǿǿşḗ ȧ ƥȧɠḗ ŧǿ řḗḿǿṽḗ īŧ, ǿř şḗƞḓ ŧħḗḿ ȧŀŀ ŧǿ ŧħḗ ƈǿŭƞƈīŀ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scan more pages</source>
            <translation>[Şƈȧƞ ḿǿřḗ ƥȧɠḗş ~~~~]</translation>
        </message>
        <message>
            <source>Remove the chosen page</source>
            <translation>[Řḗḿǿṽḗ ŧħḗ ƈħǿşḗƞ ƥȧɠḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Send to the council</source>
            <translation>[Şḗƞḓ ŧǿ ŧħḗ ƈǿŭƞƈīŀ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ChoosePage</name>
        <message>
            <source>ID card / passport</source>
            <translation>[ĪḒ ƈȧřḓ / ƥȧşşƥǿřŧ ~~~~]</translation>
        </message>
        <message>
            <source>Bank statement / payslip</source>
            <translation>[Ɓȧƞķ şŧȧŧḗḿḗƞŧ / ƥȧẏşŀīƥ ~~~~~~]</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>[Ŀḗŧŧḗř ~~]</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>[Ƥħǿŧǿ ~]</translation>
        </message>
        <message>
            <source>What are you sending?</source>
            <translation>[Ẇħȧŧ ȧřḗ ẏǿŭ şḗƞḓīƞɠ? ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CrashMessage</name>
        <message>
            <source>Station Desk met a problem it did not expect, so what you were doing may not have finished. Check it and try again. If it happens again, tell IT the incident number: %1</source>
            <translation>[Şŧȧŧīǿƞ Ḓḗşķ ḿḗŧ ȧ ƥřǿƀŀḗḿ īŧ ḓīḓ ƞǿŧ ḗẋƥḗƈŧ, şǿ ẇħȧŧ ẏǿŭ ẇḗřḗ ḓǿīƞɠ ḿȧẏ ƞǿŧ ħȧṽḗ ƒīƞīşħḗḓ. Ƈħḗƈķ īŧ ȧƞḓ ŧřẏ ȧɠȧīƞ. Īƒ īŧ ħȧƥƥḗƞş ȧɠȧīƞ, ŧḗŀŀ ĪŦ ŧħḗ īƞƈīḓḗƞŧ ƞŭḿƀḗř: %1 ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Something went wrong. Please ask a member of staff.</source>
            <translation>[Şǿḿḗŧħīƞɠ ẇḗƞŧ ẇřǿƞɠ. Ƥŀḗȧşḗ ȧşķ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>[Şǿḿḗŧħīƞɠ ẇḗƞŧ ẇřǿƞɠ ~~~~~~]</translation>
        </message>
        <message>
            <source>Station Desk cannot start</source>
            <translation>[Şŧȧŧīǿƞ Ḓḗşķ ƈȧƞƞǿŧ şŧȧřŧ ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DisplayView</name>
        <message>
            <source>Waiting-area display</source>
            <translation>[Ẇȧīŧīƞɠ-ȧřḗȧ ḓīşƥŀȧẏ ~~~~~~]</translation>
        </message>
        <message>
            <source>Now calling</source>
            <translation>[Ƞǿẇ ƈȧŀŀīƞɠ ~~~]</translation>
        </message>
        <message>
            <source>Please wait to be called</source>
            <translation>[Ƥŀḗȧşḗ ẇȧīŧ ŧǿ ƀḗ ƈȧŀŀḗḓ ~~~~~~]</translation>
        </message>
        <message>
            <source>{ticket} — {station}</source>
            <translation>[{ticket} — {station} ~~~~]</translation>
        </message>
        <message>
            <source>Ticket {ticket}, please go to {station}</source>
            <translation>[Ŧīƈķḗŧ {ticket}, ƥŀḗȧşḗ ɠǿ ŧǿ {station} ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Printing your receipt…</source>
            <translation>[Ƥřīƞŧīƞɠ ẏǿŭř řḗƈḗīƥŧ… ~~~~~~]</translation>
        </message>
        <message>
            <source>Your receipt has printed. Take it from the printer.</source>
            <translation>[Ẏǿŭř řḗƈḗīƥŧ ħȧş ƥřīƞŧḗḓ. Ŧȧķḗ īŧ ƒřǿḿ ŧħḗ ƥřīƞŧḗř. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your reference is {reference}. Print your receipt and keep it.</source>
            <translation>[Ẏǿŭř řḗƒḗřḗƞƈḗ īş {reference}. Ƥřīƞŧ ẏǿŭř řḗƈḗīƥŧ ȧƞḓ ķḗḗƥ īŧ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your documents are safe here and will be sent as soon as the connection is back. A member of staff can give you the reference.</source>
            <translation>[Ẏǿŭř ḓǿƈŭḿḗƞŧş ȧřḗ şȧƒḗ ħḗřḗ ȧƞḓ ẇīŀŀ ƀḗ şḗƞŧ ȧş şǿǿƞ ȧş ŧħḗ ƈǿƞƞḗƈŧīǿƞ īş ƀȧƈķ. Ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ƈȧƞ ɠīṽḗ ẏǿŭ ŧħḗ řḗƒḗřḗƞƈḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>[Şḗƞŧ ~]</translation>
        </message>
        <message>
            <source>Remember to take your papers from the scanner.</source>
            <translation>[Řḗḿḗḿƀḗř ŧǿ ŧȧķḗ ẏǿŭř ƥȧƥḗřş ƒřǿḿ ŧħḗ şƈȧƞƞḗř. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Print my receipt</source>
            <translation>[Ƥřīƞŧ ḿẏ řḗƈḗīƥŧ ~~~~]</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>[Ƒīƞīşħ ~~]</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Home</source>
            <translation>[Ħǿḿḗ ~]</translation>
        </message>
        <message>
            <source>{site} · station {station}</source>
            <translation>[{site} · şŧȧŧīǿƞ {station} ~~~~~~]</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>[Şīɠƞ ǿŭŧ ~~]</translation>
        </message>
        <message>
            <source>Start a visit: how did the resident come?</source>
            <translation>[Şŧȧřŧ ȧ ṽīşīŧ: ħǿẇ ḓīḓ ŧħḗ řḗşīḓḗƞŧ ƈǿḿḗ? ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Visits not yet ended at this station:</source>
            <translation>[Ṽīşīŧş ƞǿŧ ẏḗŧ ḗƞḓḗḓ ȧŧ ŧħīş şŧȧŧīǿƞ: ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>[Ƥřǿƀŀḗḿ ~~]</translation>
        </message>
        <message>
            <source>Hand the station to a resident (self-service scanning)</source>
            <translation>[Ħȧƞḓ ŧħḗ şŧȧŧīǿƞ ŧǿ ȧ řḗşīḓḗƞŧ (şḗŀƒ-şḗřṽīƈḗ şƈȧƞƞīƞɠ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Loan devices: lend, returns, wipes</source>
            <translation>[Ŀǿȧƞ ḓḗṽīƈḗş: ŀḗƞḓ, řḗŧŭřƞş, ẇīƥḗş ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reports: visits, waits, what works</source>
            <translation>[Řḗƥǿřŧş: ṽīşīŧş, ẇȧīŧş, ẇħȧŧ ẇǿřķş ~~~~~~~~~]</translation>
        </message>
        <message>
            <source> minutes ago</source>
            <translation>[ ḿīƞŭŧḗş ȧɠǿ ~~~]</translation>
        </message>
        <message>
            <source>The resident arrived this many minutes ago</source>
            <translation>[Ŧħḗ řḗşīḓḗƞŧ ȧřřīṽḗḓ ŧħīş ḿȧƞẏ ḿīƞŭŧḗş ȧɠǿ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>They &amp;arrived</source>
            <translation>[Ŧħḗẏ &amp;ařřīṽḗḓ ~~~]</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>[Ħḗŀŀǿ, {name} ~~~]</translation>
        </message>
        <message>
            <source>Continue the visit that started at {time}</source>
            <translation>[Ƈǿƞŧīƞŭḗ ŧħḗ ṽīşīŧ ŧħȧŧ şŧȧřŧḗḓ ȧŧ {time} ~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <source>Show devices in this state</source>
            <translation>[Şħǿẇ ḓḗṽīƈḗş īƞ ŧħīş şŧȧŧḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>[Ȧŀŀ şŧȧŧḗş ~~~]</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>[Ḓḗṽīƈḗş ~~]</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>[Ȧşşḗŧ ŧȧɠ ~~]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķīƞḓ ~]</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>[Ḿǿḓḗŀ ~]</translation>
        </message>
        <message>
            <source>State</source>
            <translation>[Şŧȧŧḗ ~]</translation>
        </message>
        <message>
            <source>Send for repair</source>
            <translation>[Şḗƞḓ ƒǿř řḗƥȧīř ~~~~]</translation>
        </message>
        <message>
            <source>Back from repair</source>
            <translation>[Ɓȧƈķ ƒřǿḿ řḗƥȧīř ~~~~]</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>[Řḗŧīřḗ ~~]</translation>
        </message>
        <message>
            <source>Problem with the inventory</source>
            <translation>[Ƥřǿƀŀḗḿ ẇīŧħ ŧħḗ īƞṽḗƞŧǿřẏ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>[Şħǿẇ ~]</translation>
        </message>
        <message>
            <source>A device back from repair is wiped and checked again before it can go out.</source>
            <translation>[Ȧ ḓḗṽīƈḗ ƀȧƈķ ƒřǿḿ řḗƥȧīř īş ẇīƥḗḓ ȧƞḓ ƈħḗƈķḗḓ ȧɠȧīƞ ƀḗƒǿřḗ īŧ ƈȧƞ ɠǿ ǿŭŧ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{device} is now: {state}.</source>
            <translation>[{device} īş ƞǿẇ: {state}. ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>KioskScan</name>
        <message>
            <source>Scanning… please wait.</source>
            <translation>[Şƈȧƞƞīƞɠ… ƥŀḗȧşḗ ẇȧīŧ. ~~~~~~]</translation>
        </message>
        <message>
            <source>No pages came through. Check they are in place.</source>
            <translation>[Ƞǿ ƥȧɠḗş ƈȧḿḗ ŧħřǿŭɠħ. Ƈħḗƈķ ŧħḗẏ ȧřḗ īƞ ƥŀȧƈḗ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Putting both sides on one page…</source>
            <translation>[Ƥŭŧŧīƞɠ ƀǿŧħ şīḓḗş ǿƞ ǿƞḗ ƥȧɠḗ… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>The two sides could not be put on one page. They are kept as two pages.</source>
            <translation>[Ŧħḗ ŧẇǿ şīḓḗş ƈǿŭŀḓ ƞǿŧ ƀḗ ƥŭŧ ǿƞ ǿƞḗ ƥȧɠḗ. Ŧħḗẏ ȧřḗ ķḗƥŧ ȧş ŧẇǿ ƥȧɠḗş. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing came through. Check the pages are face down in the feeder, on top of the scanner, and press Scan again.</source>
            <translation>[Ƞǿŧħīƞɠ ƈȧḿḗ ŧħřǿŭɠħ. Ƈħḗƈķ ŧħḗ ƥȧɠḗş ȧřḗ ƒȧƈḗ ḓǿẇƞ īƞ ŧħḗ ƒḗḗḓḗř, ǿƞ ŧǿƥ ǿƒ ŧħḗ şƈȧƞƞḗř, ȧƞḓ ƥřḗşş Şƈȧƞ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing came through. Check the page is face down on the glass, close the lid and press Scan again.</source>
            <translation>[Ƞǿŧħīƞɠ ƈȧḿḗ ŧħřǿŭɠħ. Ƈħḗƈķ ŧħḗ ƥȧɠḗ īş ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş, ƈŀǿşḗ ŧħḗ ŀīḓ ȧƞḓ ƥřḗşş Şƈȧƞ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A page is stuck in the feeder. Do not pull it: please ask a member of staff to take it out for you.</source>
            <translation>[Ȧ ƥȧɠḗ īş şŧŭƈķ īƞ ŧħḗ ƒḗḗḓḗř. Ḓǿ ƞǿŧ ƥŭŀŀ īŧ: ƥŀḗȧşḗ ȧşķ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ŧǿ ŧȧķḗ īŧ ǿŭŧ ƒǿř ẏǿŭ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner's lid is open. Close it and press Scan again.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř'ş ŀīḓ īş ǿƥḗƞ. Ƈŀǿşḗ īŧ ȧƞḓ ƥřḗşş Şƈȧƞ ȧɠȧīƞ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner is not ready yet. Wait a moment and press Scan again.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř īş ƞǿŧ řḗȧḓẏ ẏḗŧ. Ẇȧīŧ ȧ ḿǿḿḗƞŧ ȧƞḓ ƥřḗşş Şƈȧƞ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner is not working at the moment. Please ask a member of staff for help.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř īş ƞǿŧ ẇǿřķīƞɠ ȧŧ ŧħḗ ḿǿḿḗƞŧ. Ƥŀḗȧşḗ ȧşķ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ƒǿř ħḗŀƥ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>KioskView</name>
        <message>
            <source>Ask a member of staff to start the kiosk again.</source>
            <translation>[Ȧşķ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ŧǿ şŧȧřŧ ŧħḗ ķīǿşķ ȧɠȧīƞ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The council could not accept these pages. Please ask a member of staff for help.</source>
            <translation>[Ŧħḗ ƈǿŭƞƈīŀ ƈǿŭŀḓ ƞǿŧ ȧƈƈḗƥŧ ŧħḗşḗ ƥȧɠḗş. Ƥŀḗȧşḗ ȧşķ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ƒǿř ħḗŀƥ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>self-service</source>
            <translation>[şḗŀƒ-şḗřṽīƈḗ ~~~]</translation>
        </message>
        <message>
            <source>This station needs a member of staff. Please ask for help.</source>
            <translation>[Ŧħīş şŧȧŧīǿƞ ƞḗḗḓş ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ. Ƥŀḗȧşḗ ȧşķ ƒǿř ħḗŀƥ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>[Şŧȧƒƒ ~]</translation>
        </message>
        <message>
            <source>Staff only: leave the kiosk</source>
            <translation>[Şŧȧƒƒ ǿƞŀẏ: ŀḗȧṽḗ ŧħḗ ķīǿşķ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[Ɓȧƈķ ~]</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>[Şŧȧřŧ ȧɠȧīƞ ~~~]</translation>
        </message>
        <message>
            <source>This station cannot start just now. Please ask a member of staff for help.</source>
            <translation>[Ŧħīş şŧȧŧīǿƞ ƈȧƞƞǿŧ şŧȧřŧ ĵŭşŧ ƞǿẇ. Ƥŀḗȧşḗ ȧşķ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ƒǿř ħḗŀƥ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your pages could not be sent just now. They are still here: press Send to try again, or ask a member of staff for help.</source>
            <translation>[Ẏǿŭř ƥȧɠḗş ƈǿŭŀḓ ƞǿŧ ƀḗ şḗƞŧ ĵŭşŧ ƞǿẇ. Ŧħḗẏ ȧřḗ şŧīŀŀ ħḗřḗ: ƥřḗşş Şḗƞḓ ŧǿ ŧřẏ ȧɠȧīƞ, ǿř ȧşķ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ƒǿř ħḗŀƥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The receipt could not be printed. Please write down your reference, {reference}, or ask a member of staff to print it for you.</source>
            <translation>[Ŧħḗ řḗƈḗīƥŧ ƈǿŭŀḓ ƞǿŧ ƀḗ ƥřīƞŧḗḓ. Ƥŀḗȧşḗ ẇřīŧḗ ḓǿẇƞ ẏǿŭř řḗƒḗřḗƞƈḗ, {reference}, ǿř ȧşķ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ŧǿ ƥřīƞŧ īŧ ƒǿř ẏǿŭ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>LanguageRow</name>
        <message>
            <source>Resident's language</source>
            <translation>[Řḗşīḓḗƞŧ'ş ŀȧƞɠŭȧɠḗ ~~~~~]</translation>
        </message>
        <message>
            <source>An interpreter helped</source>
            <translation>[Ȧƞ īƞŧḗřƥřḗŧḗř ħḗŀƥḗḓ ~~~~~~]</translation>
        </message>
        <message>
            <source>English</source>
            <translation>[Ḗƞɠŀīşħ ~~]</translation>
        </message>
    </context>
    <context>
        <name>LendTab</name>
        <message>
            <source>Device to lend</source>
            <translation>[Ḓḗṽīƈḗ ŧǿ ŀḗƞḓ ~~~~]</translation>
        </message>
        <message>
            <source>Borrower's name</source>
            <translation>[Ɓǿřřǿẇḗř'ş ƞȧḿḗ ~~~~]</translation>
        </message>
        <message>
            <source>Contact number</source>
            <translation>[Ƈǿƞŧȧƈŧ ƞŭḿƀḗř ~~~~]</translation>
        </message>
        <message>
            <source>Type of ID seen</source>
            <translation>[Ŧẏƥḗ ǿƒ ĪḒ şḗḗƞ ~~~~]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>[Ƈħǿǿşḗ… ~~]</translation>
        </message>
        <message>
            <source>Due back on</source>
            <translation>[Ḓŭḗ ƀȧƈķ ǿƞ ~~~]</translation>
        </message>
        <message>
            <source>No kit: just the device.</source>
            <translation>[Ƞǿ ķīŧ: ĵŭşŧ ŧħḗ ḓḗṽīƈḗ. ~~~~~~]</translation>
        </message>
        <message>
            <source>Loan agreement</source>
            <translation>[Ŀǿȧƞ ȧɠřḗḗḿḗƞŧ ~~~~]</translation>
        </message>
        <message>
            <source>Borrower types their name to accept</source>
            <translation>[Ɓǿřřǿẇḗř ŧẏƥḗş ŧħḗīř ƞȧḿḗ ŧǿ ȧƈƈḗƥŧ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lend</source>
            <translation>[Ŀḗƞḓ ~]</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>[Ḓḗṽīƈḗ ~~]</translation>
        </message>
        <message>
            <source>ID seen</source>
            <translation>[ĪḒ şḗḗƞ ~~]</translation>
        </message>
        <message>
            <source>Kit handed over</source>
            <translation>[Ķīŧ ħȧƞḓḗḓ ǿṽḗř ~~~~]</translation>
        </message>
        <message>
            <source>Borrower types their name</source>
            <translation>[Ɓǿřřǿẇḗř ŧẏƥḗş ŧħḗīř ƞȧḿḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Look at the ID only: never copy it or write down its number.</source>
            <translation>[Ŀǿǿķ ȧŧ ŧħḗ ĪḒ ǿƞŀẏ: ƞḗṽḗř ƈǿƥẏ īŧ ǿř ẇřīŧḗ ḓǿẇƞ īŧş ƞŭḿƀḗř. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Loan made</source>
            <translation>[Ŀǿȧƞ ḿȧḓḗ ~~]</translation>
        </message>
        <message>
            <source>Offer a referral</source>
            <translation>[Ǿƒƒḗř ȧ řḗƒḗřřȧŀ ~~~~]</translation>
        </message>
        <message>
            <source>Print the agreement</source>
            <translation>[Ƥřīƞŧ ŧħḗ ȧɠřḗḗḿḗƞŧ ~~~~~]</translation>
        </message>
        <message>
            <source>Problem lending the device</source>
            <translation>[Ƥřǿƀŀḗḿ ŀḗƞḓīƞɠ ŧħḗ ḓḗṽīƈḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>None free at the moment</source>
            <translation>[Ƞǿƞḗ ƒřḗḗ ȧŧ ŧħḗ ḿǿḿḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>{title} (version {version})</source>
            <translation>[{title} (ṽḗřşīǿƞ {version}) ~~~~~~]</translation>
        </message>
        <message>
            <source>Choose the type of ID you saw.</source>
            <translation>[Ƈħǿǿşḗ ŧħḗ ŧẏƥḗ ǿƒ ĪḒ ẏǿŭ şȧẇ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>{device} is lent to {name} until {due}.</source>
            <translation>[{device} īş ŀḗƞŧ ŧǿ {name} ŭƞŧīŀ {due}. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>This is their loan number {count}. Offer to refer them for something of their own: {options}.</source>
            <translation>[Ŧħīş īş ŧħḗīř ŀǿȧƞ ƞŭḿƀḗř {count}. Ǿƒƒḗř ŧǿ řḗƒḗř ŧħḗḿ ƒǿř şǿḿḗŧħīƞɠ ǿƒ ŧħḗīř ǿẇƞ: {options}. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>LoansView</name>
        <message>
            <source>Loan devices</source>
            <translation>[Ŀǿȧƞ ḓḗṽīƈḗş ~~~]</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>[Īƞṽḗƞŧǿřẏ ~~~]</translation>
        </message>
        <message>
            <source>Lend to take home</source>
            <translation>[Ŀḗƞḓ ŧǿ ŧȧķḗ ħǿḿḗ ~~~~]</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>[Řḗŧŭřƞş ~~]</translation>
        </message>
        <message>
            <source>Wipes</source>
            <translation>[Ẇīƥḗş ~]</translation>
        </message>
        <message>
            <source>Overdue and waitlist</source>
            <translation>[Ǿṽḗřḓŭḗ ȧƞḓ ẇȧīŧŀīşŧ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Station Desk — {site}</source>
            <translation>[Şŧȧŧīǿƞ Ḓḗşķ — {site} ~~~~~]</translation>
        </message>
        <message>
            <source>Station Desk</source>
            <translation>[Şŧȧŧīǿƞ Ḓḗşķ ~~~]</translation>
        </message>
        <message>
            <source>{site} · {station}</source>
            <translation>[{site} · {station} ~~~]</translation>
        </message>
        <message>
            <source>Back to home</source>
            <translation>[Ɓȧƈķ ŧǿ ħǿḿḗ ~~~]</translation>
        </message>
        <message>
            <source>Sign in again to do that.</source>
            <translation>[Şīɠƞ īƞ ȧɠȧīƞ ŧǿ ḓǿ ŧħȧŧ. ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PlacePage</name>
        <message>
            <source>Scan</source>
            <translation>[Şƈȧƞ ~]</translation>
        </message>
        <message>
            <source>It has no back – check my pages</source>
            <translation>[Īŧ ħȧş ƞǿ ƀȧƈķ – ƈħḗƈķ ḿẏ ƥȧɠḗş ~~~~~~~]</translation>
        </message>
        <message>
            <source>The other side</source>
            <translation>[Ŧħḗ ǿŧħḗř şīḓḗ ~~~~]</translation>
        </message>
        <message>
            <source>Now turn the card over and put the other side face down on the glass. Then press Scan.</source>
            <translation>[Ƞǿẇ ŧŭřƞ ŧħḗ ƈȧřḓ ǿṽḗř ȧƞḓ ƥŭŧ ŧħḗ ǿŧħḗř şīḓḗ ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş. Ŧħḗƞ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Put your pages on the scanner</source>
            <translation>[Ƥŭŧ ẏǿŭř ƥȧɠḗş ǿƞ ŧħḗ şƈȧƞƞḗř ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Put the pages face down in the feeder on top of the scanner.</source>
            <translation>[Ƥŭŧ ŧħḗ ƥȧɠḗş ƒȧƈḗ ḓǿẇƞ īƞ ŧħḗ ƒḗḗḓḗř ǿƞ ŧǿƥ ǿƒ ŧħḗ şƈȧƞƞḗř. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lift the lid, put the page face down on the glass, and close the lid.</source>
            <translation>[Ŀīƒŧ ŧħḗ ŀīḓ, ƥŭŧ ŧħḗ ƥȧɠḗ ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş, ȧƞḓ ƈŀǿşḗ ŧħḗ ŀīḓ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PrintView</name>
        <message>
            <source>Choose the PDF to print</source>
            <translation>[Ƈħǿǿşḗ ŧħḗ ƤḒƑ ŧǿ ƥřīƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>[ƤḒƑ ƒīŀḗş (*.ƥḓƒ) ~~~]</translation>
        </message>
        <message>
            <source>Print a document</source>
            <translation>[Ƥřīƞŧ ȧ ḓǿƈŭḿḗƞŧ ~~~~]</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>[Ƥřīƞŧ ~]</translation>
        </message>
        <message>
            <source>Preview of the document</source>
            <translation>[Ƥřḗṽīḗẇ ǿƒ ŧħḗ ḓǿƈŭḿḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>[Ƥřīƞŧḗř ~~]</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>[Ƈǿƥīḗş ~~]</translation>
        </message>
        <message>
            <source>Sides of the paper</source>
            <translation>[Şīḓḗş ǿƒ ŧħḗ ƥȧƥḗř ~~~~~]</translation>
        </message>
        <message>
            <source>One side</source>
            <translation>[Ǿƞḗ şīḓḗ ~~]</translation>
        </message>
        <message>
            <source>Both sides</source>
            <translation>[Ɓǿŧħ şīḓḗş ~~~]</translation>
        </message>
        <message>
            <source>Stop printing</source>
            <translation>[Şŧǿƥ ƥřīƞŧīƞɠ ~~~~]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[Ɓȧƈķ ~]</translation>
        </message>
        <message>
            <source>Print result</source>
            <translation>[Ƥřīƞŧ řḗşŭŀŧ ~~~]</translation>
        </message>
        <message>
            <source>Printing problem</source>
            <translation>[Ƥřīƞŧīƞɠ ƥřǿƀŀḗḿ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Printer</source>
            <translation>[&amp;Přīƞŧḗř ~~]</translation>
        </message>
        <message>
            <source>&amp;Copies</source>
            <translation>[&amp;Cǿƥīḗş ~~]</translation>
        </message>
        <message>
            <source>S&amp;ides</source>
            <translation>[Ş&amp;iḓḗş ~]</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>[1 ƥȧɠḗ ~]</translation>
        </message>
        <message>
            <source>{n} pages</source>
            <translation>[{n} ƥȧɠḗş ~~]</translation>
        </message>
        <message>
            <source>No printer is set up on this station.</source>
            <translation>[Ƞǿ ƥřīƞŧḗř īş şḗŧ ŭƥ ǿƞ ŧħīş şŧȧŧīǿƞ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Checking the printer…</source>
            <translation>[Ƈħḗƈķīƞɠ ŧħḗ ƥřīƞŧḗř… ~~~~~~]</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>[Řḗȧḓẏ ~]</translation>
        </message>
        <message>
            <source>Busy: the job will wait its turn</source>
            <translation>[Ɓŭşẏ: ŧħḗ ĵǿƀ ẇīŀŀ ẇȧīŧ īŧş ŧŭřƞ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>[Ƞǿŧ řḗȧḓẏ ~~]</translation>
        </message>
        <message>
            <source>This is {total} pages ({pages} pages × {copies} copies); this station prints at most {most} pages at a time. Print fewer copies or only the pages needed.</source>
            <translation>[Ŧħīş īş {total} ƥȧɠḗş ({pages} ƥȧɠḗş × {copies} ƈǿƥīḗş); ŧħīş şŧȧŧīǿƞ ƥřīƞŧş ȧŧ ḿǿşŧ {most} ƥȧɠḗş ȧŧ ȧ ŧīḿḗ. Ƥřīƞŧ ƒḗẇḗř ƈǿƥīḗş ǿř ǿƞŀẏ ŧħḗ ƥȧɠḗş ƞḗḗḓḗḓ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Print {total} pages?</source>
            <translation>[Ƥřīƞŧ {total} ƥȧɠḗş? ~~~~~]</translation>
        </message>
        <message>
            <source>This prints {total} pages ({pages} pages × {copies} copies). Print them all?</source>
            <translation>[Ŧħīş ƥřīƞŧş {total} ƥȧɠḗş ({pages} ƥȧɠḗş × {copies} ƈǿƥīḗş). Ƥřīƞŧ ŧħḗḿ ȧŀŀ? ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Printing… this stays here until the printer has finished.</source>
            <translation>[Ƥřīƞŧīƞɠ… ŧħīş şŧȧẏş ħḗřḗ ŭƞŧīŀ ŧħḗ ƥřīƞŧḗř ħȧş ƒīƞīşħḗḓ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Printed %n page(s). Hand them to the resident.</source>
            <translation><numerusform>[Ƥřīƞŧḗḓ %n ƥȧɠḗ(ş). Ħȧƞḓ ŧħḗḿ ŧǿ ŧħḗ řḗşīḓḗƞŧ. ~~~~~~~~~~~]</numerusform><numerusform>[Ƥřīƞŧḗḓ %n ƥȧɠḗ(ş). Ħȧƞḓ ŧħḗḿ ŧǿ ŧħḗ řḗşīḓḗƞŧ. ~~~~~~~~~~~]</numerusform></translation>
        </message>
        <message>
            <source>The record could not be saved yet (the database cannot be reached); it will be saved when the database is back. Do not print again.</source>
            <translation>[Ŧħḗ řḗƈǿřḓ ƈǿŭŀḓ ƞǿŧ ƀḗ şȧṽḗḓ ẏḗŧ (ŧħḗ ḓȧŧȧƀȧşḗ ƈȧƞƞǿŧ ƀḗ řḗȧƈħḗḓ); īŧ ẇīŀŀ ƀḗ şȧṽḗḓ ẇħḗƞ ŧħḗ ḓȧŧȧƀȧşḗ īş ƀȧƈķ. Ḓǿ ƞǿŧ ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not ready: the last job stopped</source>
            <translation>[Ƞǿŧ řḗȧḓẏ: ŧħḗ ŀȧşŧ ĵǿƀ şŧǿƥƥḗḓ ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <source>The queue</source>
            <translation>[Ŧħḗ ɋŭḗŭḗ ~~]</translation>
        </message>
        <message>
            <source>Residents waiting, the next first</source>
            <translation>[Řḗşīḓḗƞŧş ẇȧīŧīƞɠ, ŧħḗ ƞḗẋŧ ƒīřşŧ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Call next</source>
            <translation>[Ƈȧŀŀ ƞḗẋŧ ~~]</translation>
        </message>
        <message>
            <source>Call the chosen resident</source>
            <translation>[Ƈȧŀŀ ŧħḗ ƈħǿşḗƞ řḗşīḓḗƞŧ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Left before being seen</source>
            <translation>[Ŀḗƒŧ ƀḗƒǿřḗ ƀḗīƞɠ şḗḗƞ ~~~~~~]</translation>
        </message>
        <message>
            <source>The chosen waiting resident left before being seen</source>
            <translation>[Ŧħḗ ƈħǿşḗƞ ẇȧīŧīƞɠ řḗşīḓḗƞŧ ŀḗƒŧ ƀḗƒǿřḗ ƀḗīƞɠ şḗḗƞ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check someone in…</source>
            <translation>[Ƈħḗƈķ şǿḿḗǿƞḗ īƞ… ~~~~]</translation>
        </message>
        <message>
            <source>Problem with the queue</source>
            <translation>[Ƥřǿƀŀḗḿ ẇīŧħ ŧħḗ ɋŭḗŭḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Called now:</source>
            <translation>[Ƈȧŀŀḗḓ ƞǿẇ: ~~~]</translation>
        </message>
        <message>
            <source>Residents called to a desk</source>
            <translation>[Řḗşīḓḗƞŧş ƈȧŀŀḗḓ ŧǿ ȧ ḓḗşķ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Came to the desk</source>
            <translation>[Ƈȧḿḗ ŧǿ ŧħḗ ḓḗşķ ~~~~]</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>[Řḗƈȧŀŀ ~~]</translation>
        </message>
        <message>
            <source>Put back in the queue</source>
            <translation>[Ƥŭŧ ƀȧƈķ īƞ ŧħḗ ɋŭḗŭḗ ~~~~~]</translation>
        </message>
        <message>
            <source>The chosen called resident left before being seen</source>
            <translation>[Ŧħḗ ƈħǿşḗƞ ƈȧŀŀḗḓ řḗşīḓḗƞŧ ŀḗƒŧ ƀḗƒǿřḗ ƀḗīƞɠ şḗḗƞ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The queue cannot be read at the moment: {problem}</source>
            <translation>[Ŧħḗ ɋŭḗŭḗ ƈȧƞƞǿŧ ƀḗ řḗȧḓ ȧŧ ŧħḗ ḿǿḿḗƞŧ: {problem} ~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting, the longest for {minutes} min.</source>
            <translation><numerusform>[%n ẇȧīŧīƞɠ, ŧħḗ ŀǿƞɠḗşŧ ƒǿř {minutes} ḿīƞ. ~~~~~~~~~~]</numerusform><numerusform>[%n ẇȧīŧīƞɠ, ŧħḗ ŀǿƞɠḗşŧ ƒǿř {minutes} ḿīƞ. ~~~~~~~~~~]</numerusform></translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>[Ƞǿƀǿḓẏ īş ẇȧīŧīƞɠ. ~~~~~]</translation>
        </message>
        <message>
            <source>in {language} with an interpreter</source>
            <translation>[īƞ {language} ẇīŧħ ȧƞ īƞŧḗřƥřḗŧḗř ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>in {language}</source>
            <translation>[īƞ {language} ~~~]</translation>
        </message>
        <message>
            <source>needs an interpreter</source>
            <translation>[ƞḗḗḓş ȧƞ īƞŧḗřƥřḗŧḗř ~~~~~~]</translation>
        </message>
        <message>
            <source>appointment at {time}</source>
            <translation>[ȧƥƥǿīƞŧḿḗƞŧ ȧŧ {time} ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>waited %n min</source>
            <translation><numerusform>[ẇȧīŧḗḓ %n ḿīƞ ~~~]</numerusform><numerusform>[ẇȧīŧḗḓ %n ḿīƞ ~~~]</numerusform></translation>
        </message>
        <message>
            <source>Ticket {ticket}, from the queue</source>
            <translation>[Ŧīƈķḗŧ {ticket}, ƒřǿḿ ŧħḗ ɋŭḗŭḗ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>help in {language}</source>
            <translation>[ħḗŀƥ īƞ {language} ~~~~]</translation>
        </message>
        <message>
            <source>{ticket} · {service} · called to {station} at {time}</source>
            <translation>[{ticket} · {service} · ƈȧŀŀḗḓ ŧǿ {station} ȧŧ {time} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sign in again to do that.</source>
            <translation>[Şīɠƞ īƞ ȧɠȧīƞ ŧǿ ḓǿ ŧħȧŧ. ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReportChart</name>
        <message>
            <source>{first} to {last}</source>
            <translation>[{first} ŧǿ {last} ~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReportFilters</name>
        <message>
            <source>From (first day)</source>
            <translation>[Ƒřǿḿ (ƒīřşŧ ḓȧẏ) ~~~~]</translation>
        </message>
        <message>
            <source>To (last day)</source>
            <translation>[Ŧǿ (ŀȧşŧ ḓȧẏ) ~~~]</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>[Ŧħīş ḿǿƞŧħ ~~~]</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>[Ŀȧşŧ ḿǿƞŧħ ~~~]</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>[Ŀȧşŧ 12 ḿǿƞŧħş ~~~]</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>[Şīŧḗ ~]</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>[Řḗƥǿřŧ ~~]</translation>
        </message>
        <message>
            <source>Footfall: visits</source>
            <translation>[Ƒǿǿŧƒȧŀŀ: ṽīşīŧş ~~~~]</translation>
        </message>
        <message>
            <source>Waiting and time spent</source>
            <translation>[Ẇȧīŧīƞɠ ȧƞḓ ŧīḿḗ şƥḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>What people came for</source>
            <translation>[Ẇħȧŧ ƥḗǿƥŀḗ ƈȧḿḗ ƒǿř ~~~~~]</translation>
        </message>
        <message>
            <source>Channel shift: who typed, and next time</source>
            <translation>[Ƈħȧƞƞḗŀ şħīƒŧ: ẇħǿ ŧẏƥḗḓ, ȧƞḓ ƞḗẋŧ ŧīḿḗ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Digital needs</source>
            <translation>[Ḓīɠīŧȧŀ ƞḗḗḓş ~~~~]</translation>
        </message>
        <message>
            <source>The stations' work</source>
            <translation>[Ŧħḗ şŧȧŧīǿƞş' ẇǿřķ ~~~~~]</translation>
        </message>
        <message>
            <source>Loan devices</source>
            <translation>[Ŀǿȧƞ ḓḗṽīƈḗş ~~~]</translation>
        </message>
        <message>
            <source>Each row is</source>
            <translation>[Ḗȧƈħ řǿẇ īş ~~~]</translation>
        </message>
        <message>
            <source>A day</source>
            <translation>[Ȧ ḓȧẏ ~]</translation>
        </message>
        <message>
            <source>A week</source>
            <translation>[Ȧ ẇḗḗķ ~]</translation>
        </message>
        <message>
            <source>A month</source>
            <translation>[Ȧ ḿǿƞŧħ ~~]</translation>
        </message>
        <message>
            <source>A day of the week</source>
            <translation>[Ȧ ḓȧẏ ǿƒ ŧħḗ ẇḗḗķ ~~~~]</translation>
        </message>
        <message>
            <source>An hour of the day</source>
            <translation>[Ȧƞ ħǿŭř ǿƒ ŧħḗ ḓȧẏ ~~~~]</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>[Ƒřǿ&amp;m ~]</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>[&amp;Tǿ ~]</translation>
        </message>
        <message>
            <source>Or choose</source>
            <translation>[Ǿř ƈħǿǿşḗ ~~]</translation>
        </message>
        <message>
            <source>&amp;Site</source>
            <translation>[&amp;Sīŧḗ ~]</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>[&amp;Rḗƥǿřŧ ~~]</translation>
        </message>
        <message>
            <source>&amp;Each row is</source>
            <translation>[&amp;Eȧƈħ řǿẇ īş ~~~]</translation>
        </message>
        <message>
            <source>Every site</source>
            <translation>[Ḗṽḗřẏ şīŧḗ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>Only a manager can see reports. Sign in as a manager.</source>
            <translation>[Ǿƞŀẏ ȧ ḿȧƞȧɠḗř ƈȧƞ şḗḗ řḗƥǿřŧş. Şīɠƞ īƞ ȧş ȧ ḿȧƞȧɠḗř. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the figures as CSV</source>
            <translation>[Şȧṽḗ ŧħḗ ƒīɠŭřḗş ȧş ƇŞṼ ~~~~~~]</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>[ƇŞṼ ƒīŀḗş (*.ƈşṽ) ~~~]</translation>
        </message>
        <message>
            <source>Save the figures as a spreadsheet</source>
            <translation>[Şȧṽḗ ŧħḗ ƒīɠŭřḗş ȧş ȧ şƥřḗȧḓşħḗḗŧ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>[Ḗẋƈḗŀ ẇǿřķƀǿǿķş (*.ẋŀşẋ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Save the report pack</source>
            <translation>[Şȧṽḗ ŧħḗ řḗƥǿřŧ ƥȧƈķ ~~~~~]</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>[ƤḒƑ ḓǿƈŭḿḗƞŧş (*.ƥḓƒ) ~~~~~]</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>[Řḗƥǿřŧş ~~]</translation>
        </message>
        <message>
            <source>Back to home</source>
            <translation>[Ɓȧƈķ ŧǿ ħǿḿḗ ~~~]</translation>
        </message>
        <message>
            <source>Make the report</source>
            <translation>[Ḿȧķḗ ŧħḗ řḗƥǿřŧ ~~~~]</translation>
        </message>
        <message>
            <source>Show the &amp;figures</source>
            <translation>[Şħǿẇ ŧħḗ &amp;fīɠŭřḗş ~~~~]</translation>
        </message>
        <message>
            <source>Show the figures as a table</source>
            <translation>[Şħǿẇ ŧħḗ ƒīɠŭřḗş ȧş ȧ ŧȧƀŀḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Working out the figures</source>
            <translation>[Ẇǿřķīƞɠ ǿŭŧ ŧħḗ ƒīɠŭřḗş ~~~~~~]</translation>
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation>[Ẇǿřķīƞɠ ǿŭŧ ŧħḗ ƒīɠŭřḗş… ~~~~~~]</translation>
        </message>
        <message>
            <source>Making the report pack</source>
            <translation>[Ḿȧķīƞɠ ŧħḗ řḗƥǿřŧ ƥȧƈķ ~~~~~~]</translation>
        </message>
        <message>
            <source>Making the report pack: %p%</source>
            <translation>[Ḿȧķīƞɠ ŧħḗ řḗƥǿřŧ ƥȧƈķ: %ƥ% ~~~~~~]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>[Ƥřǿƀŀḗḿ ~~]</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>[Ŧȧƀŀḗ ~]</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>[Ƒīɠŭřḗş ~~]</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>[Şȧṽḗ ȧş &amp;CŞṼ… ~~~]</translation>
        </message>
        <message>
            <source>Save the figures as a CSV file</source>
            <translation>[Şȧṽḗ ŧħḗ ƒīɠŭřḗş ȧş ȧ ƇŞṼ ƒīŀḗ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save as spreadsheet (&amp;xlsx)…</source>
            <translation>[Şȧṽḗ ȧş şƥřḗȧḓşħḗḗŧ (&amp;xŀşẋ)… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the figures as a spreadsheet (xlsx)</source>
            <translation>[Şȧṽḗ ŧħḗ ƒīɠŭřḗş ȧş ȧ şƥřḗȧḓşħḗḗŧ (ẋŀşẋ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save report &amp;pack (PDF)…</source>
            <translation>[Şȧṽḗ řḗƥǿřŧ &amp;pȧƈķ (ƤḒƑ)… ~~~~~]</translation>
        </message>
        <message>
            <source>Save the report pack: every report for the period, as a PDF</source>
            <translation>[Şȧṽḗ ŧħḗ řḗƥǿřŧ ƥȧƈķ: ḗṽḗřẏ řḗƥǿřŧ ƒǿř ŧħḗ ƥḗřīǿḓ, ȧş ȧ ƤḒƑ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In the CSV and the spreadsheet, withhold small counts (for figures that leave the council; the pack always does)</source>
            <translation>[Īƞ ŧħḗ ƇŞṼ ȧƞḓ ŧħḗ şƥřḗȧḓşħḗḗŧ, ẇīŧħħǿŀḓ şḿȧŀŀ ƈǿŭƞŧş (ƒǿř ƒīɠŭřḗş ŧħȧŧ ŀḗȧṽḗ ŧħḗ ƈǿŭƞƈīŀ; ŧħḗ ƥȧƈķ ȧŀẇȧẏş ḓǿḗş) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>T&amp;able</source>
            <translation>[Ŧ&amp;aƀŀḗ ~]</translation>
        </message>
        <message>
            <source>Figures from every station's records, the same as the desk report command gives. Visits are anonymous; no report names a resident.</source>
            <translation>[Ƒīɠŭřḗş ƒřǿḿ ḗṽḗřẏ şŧȧŧīǿƞ'ş řḗƈǿřḓş, ŧħḗ şȧḿḗ ȧş ŧħḗ ḓḗşķ řḗƥǿřŧ ƈǿḿḿȧƞḓ ɠīṽḗş. Ṽīşīŧş ȧřḗ ȧƞǿƞẏḿǿŭş; ƞǿ řḗƥǿřŧ ƞȧḿḗş ȧ řḗşīḓḗƞŧ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Only a manager can see reports.</source>
            <translation>[Ǿƞŀẏ ȧ ḿȧƞȧɠḗř ƈȧƞ şḗḗ řḗƥǿřŧş. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>The period ends before it starts: choose a To day after the From day.</source>
            <translation>[Ŧħḗ ƥḗřīǿḓ ḗƞḓş ƀḗƒǿřḗ īŧ şŧȧřŧş: ƈħǿǿşḗ ȧ Ŧǿ ḓȧẏ ȧƒŧḗř ŧħḗ Ƒřǿḿ ḓȧẏ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>every site</source>
            <translation>[ḗṽḗřẏ şīŧḗ ~~~]</translation>
        </message>
        <message>
            <source>{first} to {last}, {sites}.</source>
            <translation>[{first} ŧǿ {last}, {sites}. ~~~~~]</translation>
        </message>
        <message>
            <source>Figures: {title}</source>
            <translation>[Ƒīɠŭřḗş: {title} ~~~~]</translation>
        </message>
        <message>
            <source>Show the c&amp;hart</source>
            <translation>[Şħǿẇ ŧħḗ ƈ&amp;hȧřŧ ~~~~]</translation>
        </message>
        <message>
            <source>Show the chart</source>
            <translation>[Şħǿẇ ŧħḗ ƈħȧřŧ ~~~~]</translation>
        </message>
        <message>
            <source>Saved the figures to {path}</source>
            <translation>[Şȧṽḗḓ ŧħḗ ƒīɠŭřḗş ŧǿ {path} ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReturnsTab</name>
        <message>
            <source>Devices out</source>
            <translation>[Ḓḗṽīƈḗş ǿŭŧ ~~~]</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>[Ȧşşḗŧ ŧȧɠ ~~]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķīƞḓ ~]</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>[Ŀǿȧƞ ~]</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>[Ḓŭḗ ƀȧƈķ ~~]</translation>
        </message>
        <message>
            <source>No device is out.</source>
            <translation>[Ƞǿ ḓḗṽīƈḗ īş ǿŭŧ. ~~~~]</translation>
        </message>
        <message>
            <source>Condition it came back in</source>
            <translation>[Ƈǿƞḓīŧīǿƞ īŧ ƈȧḿḗ ƀȧƈķ īƞ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>[Ƈħḗƈķ īƞ ~~]</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>[Ƈǿƞḓīŧīǿƞ ~~~]</translation>
        </message>
        <message>
            <source>Kit missing</source>
            <translation>[Ķīŧ ḿīşşīƞɠ ~~~]</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>[Ẇħȧŧ ħȧƥƥḗƞḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>Problem with the return</source>
            <translation>[Ƥřǿƀŀḗḿ ẇīŧħ ŧħḗ řḗŧŭřƞ ~~~~~~]</translation>
        </message>
        <message>
            <source>Do the wipe checklist now</source>
            <translation>[Ḓǿ ŧħḗ ẇīƥḗ ƈħḗƈķŀīşŧ ƞǿẇ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Check a device back in</source>
            <translation>[Ƈħḗƈķ ȧ ḓḗṽīƈḗ ƀȧƈķ īƞ ~~~~~~]</translation>
        </message>
        <message>
            <source>end of the visit</source>
            <translation>[ḗƞḓ ǿƒ ŧħḗ ṽīşīŧ ~~~~]</translation>
        </message>
        <message>
            <source>{item} is missing</source>
            <translation>[{item} īş ḿīşşīƞɠ ~~~~]</translation>
        </message>
        <message>
            <source>Choose the device that came back.</source>
            <translation>[Ƈħǿǿşḗ ŧħḗ ḓḗṽīƈḗ ŧħȧŧ ƈȧḿḗ ƀȧƈķ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No kit went out with it.</source>
            <translation>[Ƞǿ ķīŧ ẇḗƞŧ ǿŭŧ ẇīŧħ īŧ. ~~~~~~]</translation>
        </message>
        <message>
            <source>{device} is back ({condition}). It now needs a wipe.</source>
            <translation>[{device} īş ƀȧƈķ ({condition}). Īŧ ƞǿẇ ƞḗḗḓş ȧ ẇīƥḗ. ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ScanView</name>
        <message>
            <source>No scanner was found. Check it is plugged in and switched on.</source>
            <translation>[Ƞǿ şƈȧƞƞḗř ẇȧş ƒǿŭƞḓ. Ƈħḗƈķ īŧ īş ƥŀŭɠɠḗḓ īƞ ȧƞḓ şẇīŧƈħḗḓ ǿƞ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scan documents</source>
            <translation>[Şƈȧƞ ḓǿƈŭḿḗƞŧş ~~~~]</translation>
        </message>
        <message>
            <source>What are you scanning?</source>
            <translation>[Ẇħȧŧ ȧřḗ ẏǿŭ şƈȧƞƞīƞɠ? ~~~~~~]</translation>
        </message>
        <message>
            <source>What it shows</source>
            <translation>[Ẇħȧŧ īŧ şħǿẇş ~~~]</translation>
        </message>
        <message>
            <source>Scanned pages</source>
            <translation>[Şƈȧƞƞḗḓ ƥȧɠḗş ~~~~]</translation>
        </message>
        <message>
            <source>Scanning progress</source>
            <translation>[Şƈȧƞƞīƞɠ ƥřǿɠřḗşş ~~~~~]</translation>
        </message>
        <message>
            <source>Scanner problem</source>
            <translation>[Şƈȧƞƞḗř ƥřǿƀŀḗḿ ~~~~]</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>[Şƈȧƞ ~]</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>[Şŧǿƥ ~]</translation>
        </message>
        <message>
            <source>Continue scanning</source>
            <translation>[Ƈǿƞŧīƞŭḗ şƈȧƞƞīƞɠ ~~~~~]</translation>
        </message>
        <message>
            <source>Turn left</source>
            <translation>[Ŧŭřƞ ŀḗƒŧ ~~]</translation>
        </message>
        <message>
            <source>Turn right</source>
            <translation>[Ŧŭřƞ řīɠħŧ ~~~]</translation>
        </message>
        <message>
            <source>Move earlier</source>
            <translation>[Ḿǿṽḗ ḗȧřŀīḗř ~~~]</translation>
        </message>
        <message>
            <source>Move later</source>
            <translation>[Ḿǿṽḗ ŀȧŧḗř ~~~]</translation>
        </message>
        <message>
            <source>Remove page</source>
            <translation>[Řḗḿǿṽḗ ƥȧɠḗ ~~~]</translation>
        </message>
        <message>
            <source>Put back the removed page</source>
            <translation>[Ƥŭŧ ƀȧƈķ ŧħḗ řḗḿǿṽḗḓ ƥȧɠḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>[Şḗƞḓ ~]</translation>
        </message>
        <message>
            <source>Back to the visit</source>
            <translation>[Ɓȧƈķ ŧǿ ŧħḗ ṽīşīŧ ~~~~]</translation>
        </message>
        <message>
            <source>What are you &amp;scanning?</source>
            <translation>[Ẇħȧŧ ȧřḗ ẏǿŭ &amp;sƈȧƞƞīƞɠ? ~~~~~~]</translation>
        </message>
        <message>
            <source>What it &amp;shows</source>
            <translation>[Ẇħȧŧ īŧ &amp;sħǿẇş ~~~]</translation>
        </message>
        <message>
            <source>Put the pages on the scanner, then press Scan.</source>
            <translation>[Ƥŭŧ ŧħḗ ƥȧɠḗş ǿƞ ŧħḗ şƈȧƞƞḗř, ŧħḗƞ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Looking for the scanner…</source>
            <translation>[Ŀǿǿķīƞɠ ƒǿř ŧħḗ şƈȧƞƞḗř… ~~~~~~]</translation>
        </message>
        <message>
            <source>Scanning…</source>
            <translation>[Şƈȧƞƞīƞɠ… ~~]</translation>
        </message>
        <message>
            <source>Scanning page {n}…</source>
            <translation>[Şƈȧƞƞīƞɠ ƥȧɠḗ {n}… ~~~~]</translation>
        </message>
        <message>
            <source>Now turn it over, put it back on the glass and press Continue scanning for the back. If there is nothing on the back, press Send.</source>
            <translation>[Ƞǿẇ ŧŭřƞ īŧ ǿṽḗř, ƥŭŧ īŧ ƀȧƈķ ǿƞ ŧħḗ ɠŀȧşş ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ şƈȧƞƞīƞɠ ƒǿř ŧħḗ ƀȧƈķ. Īƒ ŧħḗřḗ īş ƞǿŧħīƞɠ ǿƞ ŧħḗ ƀȧƈķ, ƥřḗşş Şḗƞḓ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Stopped. %n page(s) kept.</source>
            <translation><numerusform>[Şŧǿƥƥḗḓ. %n ƥȧɠḗ(ş) ķḗƥŧ. ~~~~~]</numerusform><numerusform>[Şŧǿƥƥḗḓ. %n ƥȧɠḗ(ş) ķḗƥŧ. ~~~~~]</numerusform></translation>
        </message>
        <message numerus="yes">
            <source>Done: %n page(s). Check them, then press Send.</source>
            <translation><numerusform>[Ḓǿƞḗ: %n ƥȧɠḗ(ş). Ƈħḗƈķ ŧħḗḿ, ŧħḗƞ ƥřḗşş Şḗƞḓ. ~~~~~~~~~~]</numerusform><numerusform>[Ḓǿƞḗ: %n ƥȧɠḗ(ş). Ƈħḗƈķ ŧħḗḿ, ŧħḗƞ ƥřḗşş Şḗƞḓ. ~~~~~~~~~~]</numerusform></translation>
        </message>
        <message>
            <source>Putting both sides on one page…</source>
            <translation>[Ƥŭŧŧīƞɠ ƀǿŧħ şīḓḗş ǿƞ ǿƞḗ ƥȧɠḗ… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Both sides are on one page. Check it, then press Send.</source>
            <translation>[Ɓǿŧħ şīḓḗş ȧřḗ ǿƞ ǿƞḗ ƥȧɠḗ. Ƈħḗƈķ īŧ, ŧħḗƞ ƥřḗşş Şḗƞḓ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The two sides are kept as two pages. Check them, then press Send.</source>
            <translation>[Ŧħḗ ŧẇǿ şīḓḗş ȧřḗ ķḗƥŧ ȧş ŧẇǿ ƥȧɠḗş. Ƈħḗƈķ ŧħḗḿ, ŧħḗƞ ƥřḗşş Şḗƞḓ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>The %n page(s) scanned before this are kept.</source>
            <translation><numerusform>[Ŧħḗ %n ƥȧɠḗ(ş) şƈȧƞƞḗḓ ƀḗƒǿřḗ ŧħīş ȧřḗ ķḗƥŧ. ~~~~~~~~~~~]</numerusform><numerusform>[Ŧħḗ %n ƥȧɠḗ(ş) şƈȧƞƞḗḓ ƀḗƒǿřḗ ŧħīş ȧřḗ ķḗƥŧ. ~~~~~~~~~~~]</numerusform></translation>
        </message>
        <message>
            <source>This page looks blank. Remove it if it is.</source>
            <translation>[Ŧħīş ƥȧɠḗ ŀǿǿķş ƀŀȧƞķ. Řḗḿǿṽḗ īŧ īƒ īŧ īş. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Page {n}</source>
            <translation>[Ƥȧɠḗ {n} ~]</translation>
        </message>
        <message>
            <source> (looks blank)</source>
            <translation>[ (ŀǿǿķş ƀŀȧƞķ) ~~~]</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>[Şḗƞḓīƞɠ… ~~]</translation>
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <source>Staff sign-in</source>
            <translation>[Şŧȧƒƒ şīɠƞ-īƞ ~~~]</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>[Şīɠƞ īƞ ~~]</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>[Ẏǿŭř ƞȧḿḗ ~~]</translation>
        </message>
        <message>
            <source>Choose your name, then enter your PIN</source>
            <translation>[Ƈħǿǿşḗ ẏǿŭř ƞȧḿḗ, ŧħḗƞ ḗƞŧḗř ẏǿŭř ƤĪȠ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>[ƤĪȠ ~]</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>[Şīɠƞ-īƞ ƥřǿƀŀḗḿ ~~~~]</translation>
        </message>
        <message>
            <source>Choose your name</source>
            <translation>[Ƈħǿǿşḗ ẏǿŭř ƞȧḿḗ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>[&amp;PĪȠ ~]</translation>
        </message>
        <message>
            <source>Set up this station</source>
            <translation>[Şḗŧ ŭƥ ŧħīş şŧȧŧīǿƞ ~~~~~]</translation>
        </message>
        <message>
            <source>No staff accounts exist yet. Create the first one: your name as colleagues know it, and a PIN of 4 to 12 digits.</source>
            <translation>[Ƞǿ şŧȧƒƒ ȧƈƈǿŭƞŧş ḗẋīşŧ ẏḗŧ. Ƈřḗȧŧḗ ŧħḗ ƒīřşŧ ǿƞḗ: ẏǿŭř ƞȧḿḗ ȧş ƈǿŀŀḗȧɠŭḗş ķƞǿẇ īŧ, ȧƞḓ ȧ ƤĪȠ ǿƒ 4 ŧǿ 12 ḓīɠīŧş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>[Ƞḗẇ ƤĪȠ ~~]</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>[Ƞḗẇ ƤĪȠ ȧɠȧīƞ ~~~]</translation>
        </message>
        <message>
            <source>Create account</source>
            <translation>[Ƈřḗȧŧḗ ȧƈƈǿŭƞŧ ~~~~]</translation>
        </message>
        <message>
            <source>Problem creating the account</source>
            <translation>[Ƥřǿƀŀḗḿ ƈřḗȧŧīƞɠ ŧħḗ ȧƈƈǿŭƞŧ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>[Ẏǿŭř &amp;nȧḿḗ ~~]</translation>
        </message>
        <message>
            <source>PIN &amp;again</source>
            <translation>[ƤĪȠ &amp;aɠȧīƞ ~~]</translation>
        </message>
        <message>
            <source>Choose your name from the list first.</source>
            <translation>[Ƈħǿǿşḗ ẏǿŭř ƞȧḿḗ ƒřǿḿ ŧħḗ ŀīşŧ ƒīřşŧ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You can enter your PIN again now.</source>
            <translation>[Ẏǿŭ ƈȧƞ ḗƞŧḗř ẏǿŭř ƤĪȠ ȧɠȧīƞ ƞǿẇ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too many wrong PINs. You can try again in %1 (at %2), or ask a colleague to sign in.</source>
            <translation>[Ŧǿǿ ḿȧƞẏ ẇřǿƞɠ ƤĪȠş. Ẏǿŭ ƈȧƞ ŧřẏ ȧɠȧīƞ īƞ %1 (ȧŧ %2), ǿř ȧşķ ȧ ƈǿŀŀḗȧɠŭḗ ŧǿ şīɠƞ īƞ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>[Ḗƞŧḗř ẏǿŭř ƞȧḿḗ. ~~~~]</translation>
        </message>
        <message>
            <source>The two PINs are different. Type them again.</source>
            <translation>[Ŧħḗ ŧẇǿ ƤĪȠş ȧřḗ ḓīƒƒḗřḗƞŧ. Ŧẏƥḗ ŧħḗḿ ȧɠȧīƞ. ~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Staff: choose your name and enter your PIN</source>
            <translation>[Şŧȧƒƒ: ƈħǿǿşḗ ẏǿŭř ƞȧḿḗ ȧƞḓ ḗƞŧḗř ẏǿŭř ƤĪȠ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>[Ẏǿŭř ƞȧḿḗ ~~]</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>[Ẏǿŭř &amp;nȧḿḗ ~~]</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>[ƤĪȠ ~]</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>[&amp;PĪȠ ~]</translation>
        </message>
        <message>
            <source>Leave the kiosk</source>
            <translation>[Ŀḗȧṽḗ ŧħḗ ķīǿşķ ~~~~]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[Ɓȧƈķ ~]</translation>
        </message>
    </context>
    <context>
        <name>StillThere</name>
        <message numerus="yes">
            <source>Your pages will be deleted in %n second(s).</source>
            <translation><numerusform>[Ẏǿŭř ƥȧɠḗş ẇīŀŀ ƀḗ ḓḗŀḗŧḗḓ īƞ %n şḗƈǿƞḓ(ş). ~~~~~~~~~~]</numerusform><numerusform>[Ẏǿŭř ƥȧɠḗş ẇīŀŀ ƀḗ ḓḗŀḗŧḗḓ īƞ %n şḗƈǿƞḓ(ş). ~~~~~~~~~~]</numerusform></translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation>[Ȧřḗ ẏǿŭ şŧīŀŀ ŧħḗřḗ? ~~~~~]</translation>
        </message>
        <message>
            <source>Yes, I am still here</source>
            <translation>[Ẏḗş, Ī ȧḿ şŧīŀŀ ħḗřḗ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>TaskRow</name>
        <message>
            <source>How did it go? ({task})</source>
            <translation>[Ħǿẇ ḓīḓ īŧ ɠǿ? ({task}) ~~~~]</translation>
        </message>
        <message>
            <source>Choose how it went…</source>
            <translation>[Ƈħǿǿşḗ ħǿẇ īŧ ẇḗƞŧ… ~~~~~]</translation>
        </message>
        <message>
            <source>Next time the resident could do it ({task})</source>
            <translation>[Ƞḗẋŧ ŧīḿḗ ŧħḗ řḗşīḓḗƞŧ ƈǿŭŀḓ ḓǿ īŧ ({task}) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>[Ƈħǿǿşḗ… ~~]</translation>
        </message>
        <message>
            <source>{n} pages scanned</source>
            <translation>[{n} ƥȧɠḗş şƈȧƞƞḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>{n} pages printed</source>
            <translation>[{n} ƥȧɠḗş ƥřīƞŧḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>{n} documents sent</source>
            <translation>[{n} ḓǿƈŭḿḗƞŧş şḗƞŧ ~~~~]</translation>
        </message>
        <message>
            <source>How did it go?</source>
            <translation>[Ħǿẇ ḓīḓ īŧ ɠǿ? ~~~]</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>[Ƞḗẋŧ ŧīḿḗ ~~]</translation>
        </message>
    </context>
    <context>
        <name>TriageView</name>
        <message>
            <source>Digital needs</source>
            <translation>[Ḓīɠīŧȧŀ ƞḗḗḓş ~~~~]</translation>
        </message>
        <message>
            <source>How does the resident use the internet today?</source>
            <translation>[Ħǿẇ ḓǿḗş ŧħḗ řḗşīḓḗƞŧ ŭşḗ ŧħḗ īƞŧḗřƞḗŧ ŧǿḓȧẏ? ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose the closest…</source>
            <translation>[Ƈħǿǿşḗ ŧħḗ ƈŀǿşḗşŧ… ~~~~~]</translation>
        </message>
        <message>
            <source>A device</source>
            <translation>[Ȧ ḓḗṽīƈḗ ~~]</translation>
        </message>
        <message>
            <source>Data or a connection</source>
            <translation>[Ḓȧŧȧ ǿř ȧ ƈǿƞƞḗƈŧīǿƞ ~~~~~]</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>[Şķīŀŀş ~~]</translation>
        </message>
        <message>
            <source>Save and go back to the visit</source>
            <translation>[Şȧṽḗ ȧƞḓ ɠǿ ƀȧƈķ ŧǿ ŧħḗ ṽīşīŧ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Back without saving</source>
            <translation>[Ɓȧƈķ ẇīŧħǿŭŧ şȧṽīƞɠ ~~~~~]</translation>
        </message>
        <message>
            <source>Problem saving the triage</source>
            <translation>[Ƥřǿƀŀḗḿ şȧṽīƞɠ ŧħḗ ŧřīȧɠḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Digital needs (about two minutes)</source>
            <translation>[Ḓīɠīŧȧŀ ƞḗḗḓş (ȧƀǿŭŧ ŧẇǿ ḿīƞŭŧḗş) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>1. How does the resident use the internet today?</source>
            <translation>[1. Ħǿẇ ḓǿḗş ŧħḗ řḗşīḓḗƞŧ ŭşḗ ŧħḗ īƞŧḗřƞḗŧ ŧǿḓȧẏ? ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>2. What gets in the way? Tick all that apply.</source>
            <translation>[2. Ẇħȧŧ ɠḗŧş īƞ ŧħḗ ẇȧẏ? Ŧīƈķ ȧŀŀ ŧħȧŧ ȧƥƥŀẏ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>3. What would help?</source>
            <translation>[3. Ẇħȧŧ ẇǿŭŀḓ ħḗŀƥ? ~~~~]</translation>
        </message>
        <message>
            <source>4. Where can we point them? (Suggestions are ticked.)</source>
            <translation>[4. Ẇħḗřḗ ƈȧƞ ẇḗ ƥǿīƞŧ ŧħḗḿ? (Şŭɠɠḗşŧīǿƞş ȧřḗ ŧīƈķḗḓ.) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What you tick here goes on the visit summary the resident takes home.</source>
            <translation>[Ẇħȧŧ ẏǿŭ ŧīƈķ ħḗřḗ ɠǿḗş ǿƞ ŧħḗ ṽīşīŧ şŭḿḿȧřẏ ŧħḗ řḗşīḓḗƞŧ ŧȧķḗş ħǿḿḗ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>[Ȧƈƈḗşş ~~]</translation>
        </message>
        <message>
            <source>Confidence and other</source>
            <translation>[Ƈǿƞƒīḓḗƞƈḗ ȧƞḓ ǿŧħḗř ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>VisitPapersFlow</name>
        <message>
            <source>Print the receipt</source>
            <translation>[Ƥřīƞŧ ŧħḗ řḗƈḗīƥŧ ~~~~~]</translation>
        </message>
        <message>
            <source>Print the visit summary</source>
            <translation>[Ƥřīƞŧ ŧħḗ ṽīşīŧ şŭḿḿȧřẏ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>VisitView</name>
        <message>
            <source>Sign in again to end the visit.</source>
            <translation>[Şīɠƞ īƞ ȧɠȧīƞ ŧǿ ḗƞḓ ŧħḗ ṽīşīŧ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sign in again to lend a device.</source>
            <translation>[Şīɠƞ īƞ ȧɠȧīƞ ŧǿ ŀḗƞḓ ȧ ḓḗṽīƈḗ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>[Ṽīşīŧ ~]</translation>
        </message>
        <message>
            <source>Who typed?</source>
            <translation>[Ẇħǿ ŧẏƥḗḓ? ~~]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>[Ƈħǿǿşḗ… ~~]</translation>
        </message>
        <message>
            <source>No tasks yet. Add what the resident came to do.</source>
            <translation>[Ƞǿ ŧȧşķş ẏḗŧ. Ȧḓḓ ẇħȧŧ ŧħḗ řḗşīḓḗƞŧ ƈȧḿḗ ŧǿ ḓǿ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>[Şḗřṽīƈḗ ~~]</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>[Ŧȧşķ ~]</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>[Ȧḓḓ ŧȧşķ ~~]</translation>
        </message>
        <message>
            <source>Digital needs and where to get help</source>
            <translation>[Ḓīɠīŧȧŀ ƞḗḗḓş ȧƞḓ ẇħḗřḗ ŧǿ ɠḗŧ ħḗŀƥ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Kind of device to lend</source>
            <translation>[Ķīƞḓ ǿƒ ḓḗṽīƈḗ ŧǿ ŀḗƞḓ ~~~~~~]</translation>
        </message>
        <message>
            <source>Device to lend</source>
            <translation>[Ḓḗṽīƈḗ ŧǿ ŀḗƞḓ ~~~~]</translation>
        </message>
        <message>
            <source>Lend for this visit</source>
            <translation>[Ŀḗƞḓ ƒǿř ŧħīş ṽīşīŧ ~~~~~]</translation>
        </message>
        <message>
            <source>Scan documents</source>
            <translation>[Şƈȧƞ ḓǿƈŭḿḗƞŧş ~~~~]</translation>
        </message>
        <message>
            <source>Documents sent from this visit</source>
            <translation>[Ḓǿƈŭḿḗƞŧş şḗƞŧ ƒřǿḿ ŧħīş ṽīşīŧ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Print the receipt</source>
            <translation>[Ƥřīƞŧ ŧħḗ řḗƈḗīƥŧ ~~~~~]</translation>
        </message>
        <message>
            <source>Print a document…</source>
            <translation>[Ƥřīƞŧ ȧ ḓǿƈŭḿḗƞŧ… ~~~~]</translation>
        </message>
        <message>
            <source>How did the visit end?</source>
            <translation>[Ħǿẇ ḓīḓ ŧħḗ ṽīşīŧ ḗƞḓ? ~~~~~]</translation>
        </message>
        <message>
            <source>End visit</source>
            <translation>[Ḗƞḓ ṽīşīŧ ~~]</translation>
        </message>
        <message>
            <source>Back to home (the visit stays open)</source>
            <translation>[Ɓȧƈķ ŧǿ ħǿḿḗ (ŧħḗ ṽīşīŧ şŧȧẏş ǿƥḗƞ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Problem with this visit</source>
            <translation>[Ƥřǿƀŀḗḿ ẇīŧħ ŧħīş ṽīşīŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Lend a device here:</source>
            <translation>[Ŀḗƞḓ ȧ ḓḗṽīƈḗ ħḗřḗ: ~~~~~]</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>[Ŧȧşķş ~]</translation>
        </message>
        <message>
            <source>End the visit</source>
            <translation>[Ḗƞḓ ŧħḗ ṽīşīŧ ~~~]</translation>
        </message>
        <message>
            <source>Arrived at {time} · waited {minutes} minutes</source>
            <translation>[Ȧřřīṽḗḓ ȧŧ {time} · ẇȧīŧḗḓ {minutes} ḿīƞŭŧḗş ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>None free at the moment</source>
            <translation>[Ƞǿƞḗ ƒřḗḗ ȧŧ ŧħḗ ḿǿḿḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>{device} is lent for this visit; it comes back when the visit ends.</source>
            <translation>[{device} īş ŀḗƞŧ ƒǿř ŧħīş ṽīşīŧ; īŧ ƈǿḿḗş ƀȧƈķ ẇħḗƞ ŧħḗ ṽīşīŧ ḗƞḓş. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Signposted to: {names}</source>
            <translation>[Şīɠƞƥǿşŧḗḓ ŧǿ: {names} ~~~~~]</translation>
        </message>
        <message>
            <source>sent, reference {reference}</source>
            <translation>[şḗƞŧ, řḗƒḗřḗƞƈḗ {reference} ~~~~~~~]</translation>
        </message>
        <message>
            <source>refused: {message}</source>
            <translation>[řḗƒŭşḗḓ: {message} ~~~~]</translation>
        </message>
        <message>
            <source>not sent yet, will try again ({message})</source>
            <translation>[ƞǿŧ şḗƞŧ ẏḗŧ, ẇīŀŀ ŧřẏ ȧɠȧīƞ ({message}) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>[şḗƞḓīƞɠ… ~~]</translation>
        </message>
        <message>
            <source>; the service has received it</source>
            <translation>[; ŧħḗ şḗřṽīƈḗ ħȧş řḗƈḗīṽḗḓ īŧ ~~~~~~~]</translation>
        </message>
        <message>
            <source>; the service has accepted it</source>
            <translation>[; ŧħḗ şḗřṽīƈḗ ħȧş ȧƈƈḗƥŧḗḓ īŧ ~~~~~~~]</translation>
        </message>
        <message>
            <source>; the service rejected it: {reason}. Scan it again</source>
            <translation>[; ŧħḗ şḗřṽīƈḗ řḗĵḗƈŧḗḓ īŧ: {reason}. Şƈȧƞ īŧ ȧɠȧīƞ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>[ƞǿ řḗȧşǿƞ ɠīṽḗƞ ~~~~]</translation>
        </message>
        <message>
            <source>Choose how the visit ended first.</source>
            <translation>[Ƈħǿǿşḗ ħǿẇ ŧħḗ ṽīşīŧ ḗƞḓḗḓ ƒīřşŧ. ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>WaitingTab</name>
        <message>
            <source>Overdue loans</source>
            <translation>[Ǿṽḗřḓŭḗ ŀǿȧƞş ~~~~]</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>[Ȧşşḗŧ ŧȧɠ ~~]</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>[Ɓǿřřǿẇḗř ~~]</translation>
        </message>
        <message>
            <source>Contact number</source>
            <translation>[Ƈǿƞŧȧƈŧ ƞŭḿƀḗř ~~~~]</translation>
        </message>
        <message>
            <source>Was due</source>
            <translation>[Ẇȧş ḓŭḗ ~~]</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>[Ḓȧẏş ǿṽḗřḓŭḗ ~~~]</translation>
        </message>
        <message>
            <source>Nothing is overdue.</source>
            <translation>[Ƞǿŧħīƞɠ īş ǿṽḗřḓŭḗ. ~~~~~]</translation>
        </message>
        <message>
            <source>Kind of device wanted</source>
            <translation>[Ķīƞḓ ǿƒ ḓḗṽīƈḗ ẇȧƞŧḗḓ ~~~~~~]</translation>
        </message>
        <message>
            <source>For use</source>
            <translation>[Ƒǿř ŭşḗ ~~]</translation>
        </message>
        <message>
            <source>Devices free now</source>
            <translation>[Ḓḗṽīƈḗş ƒřḗḗ ƞǿẇ ~~~~]</translation>
        </message>
        <message>
            <source>Add to the waitlist</source>
            <translation>[Ȧḓḓ ŧǿ ŧħḗ ẇȧīŧŀīşŧ ~~~~~]</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>[Ẇȧīŧŀīşŧ ~~]</translation>
        </message>
        <message>
            <source>Served: they have a device</source>
            <translation>[Şḗřṽḗḓ: ŧħḗẏ ħȧṽḗ ȧ ḓḗṽīƈḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>No longer needed</source>
            <translation>[Ƞǿ ŀǿƞɠḗř ƞḗḗḓḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>Problem with the overdue list or waitlist</source>
            <translation>[Ƥřǿƀŀḗḿ ẇīŧħ ŧħḗ ǿṽḗřḓŭḗ ŀīşŧ ǿř ẇȧīŧŀīşŧ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Kind of device</source>
            <translation>[Ķīƞḓ ǿƒ ḓḗṽīƈḗ ~~~~]</translation>
        </message>
        <message>
            <source>Overdue: who to call</source>
            <translation>[Ǿṽḗřḓŭḗ: ẇħǿ ŧǿ ƈȧŀŀ ~~~~~]</translation>
        </message>
        <message>
            <source>When no device of a kind is free, add the resident to the waitlist. No personal details are kept on it.</source>
            <translation>[Ẇħḗƞ ƞǿ ḓḗṽīƈḗ ǿƒ ȧ ķīƞḓ īş ƒřḗḗ, ȧḓḓ ŧħḗ řḗşīḓḗƞŧ ŧǿ ŧħḗ ẇȧīŧŀīşŧ. Ƞǿ ƥḗřşǿƞȧŀ ḓḗŧȧīŀş ȧřḗ ķḗƥŧ ǿƞ īŧ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{count} free now: lend one instead of adding to the waitlist.</source>
            <translation>[{count} ƒřḗḗ ƞǿẇ: ŀḗƞḓ ǿƞḗ īƞşŧḗȧḓ ǿƒ ȧḓḓīƞɠ ŧǿ ŧħḗ ẇȧīŧŀīşŧ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No {kind} is free now.</source>
            <translation>[Ƞǿ {kind} īş ƒřḗḗ ƞǿẇ. ~~~~~]</translation>
        </message>
        <message>
            <source>{position}. {kind}, {use}, since {when}</source>
            <translation>[{position}. {kind}, {use}, şīƞƈḗ {when} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>[Ƞǿƀǿḓẏ īş ẇȧīŧīƞɠ. ~~~~~]</translation>
        </message>
        <message>
            <source>Choose a place on the waitlist first.</source>
            <translation>[Ƈħǿǿşḗ ȧ ƥŀȧƈḗ ǿƞ ŧħḗ ẇȧīŧŀīşŧ ƒīřşŧ. ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Send your documents to the council</source>
            <translation>[Şḗƞḓ ẏǿŭř ḓǿƈŭḿḗƞŧş ŧǿ ŧħḗ ƈǿŭƞƈīŀ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You can scan your papers here and send them to the council yourself. It is free.</source>
            <translation>[Ẏǿŭ ƈȧƞ şƈȧƞ ẏǿŭř ƥȧƥḗřş ħḗřḗ ȧƞḓ şḗƞḓ ŧħḗḿ ŧǿ ŧħḗ ƈǿŭƞƈīŀ ẏǿŭřşḗŀƒ. Īŧ īş ƒřḗḗ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>[Şŧȧřŧ ~]</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation>[Ƈħǿǿşḗ ẏǿŭř ŀȧƞɠŭȧɠḗ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>WipesTab</name>
        <message>
            <source>Device to wipe</source>
            <translation>[Ḓḗṽīƈḗ ŧǿ ẇīƥḗ ~~~~]</translation>
        </message>
        <message>
            <source>Record the wipe</source>
            <translation>[Řḗƈǿřḓ ŧħḗ ẇīƥḗ ~~~~]</translation>
        </message>
        <message>
            <source>Wipes waiting for a colleague to verify</source>
            <translation>[Ẇīƥḗş ẇȧīŧīƞɠ ƒǿř ȧ ƈǿŀŀḗȧɠŭḗ ŧǿ ṽḗřīƒẏ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No wipe is waiting to be verified.</source>
            <translation>[Ƞǿ ẇīƥḗ īş ẇȧīŧīƞɠ ŧǿ ƀḗ ṽḗřīƒīḗḓ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Verify wipe</source>
            <translation>[Ṽḗřīƒẏ ẇīƥḗ ~~~]</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>[Ẇħȧŧ ħȧƥƥḗƞḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>Problem with the wipe</source>
            <translation>[Ƥřǿƀŀḗḿ ẇīŧħ ŧħḗ ẇīƥḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>[Ḓḗṽīƈḗ ~~]</translation>
        </message>
        <message>
            <source>Wipe checklist</source>
            <translation>[Ẇīƥḗ ƈħḗƈķŀīşŧ ~~~~]</translation>
        </message>
        <message>
            <source>Tick each step as you do it. If a step cannot be done, send it for repair.</source>
            <translation>[Ŧīƈķ ḗȧƈħ şŧḗƥ ȧş ẏǿŭ ḓǿ īŧ. Īƒ ȧ şŧḗƥ ƈȧƞƞǿŧ ƀḗ ḓǿƞḗ, şḗƞḓ īŧ ƒǿř řḗƥȧīř. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Verify a wipe</source>
            <translation>[Ṽḗřīƒẏ ȧ ẇīƥḗ ~~~]</translation>
        </message>
        <message>
            <source>A different member of staff checks each wipe: sign in as yourself to verify a colleague's wipe.</source>
            <translation>[Ȧ ḓīƒƒḗřḗƞŧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ ƈħḗƈķş ḗȧƈħ ẇīƥḗ: şīɠƞ īƞ ȧş ẏǿŭřşḗŀƒ ŧǿ ṽḗřīƒẏ ȧ ƈǿŀŀḗȧɠŭḗ'ş ẇīƥḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing to wipe</source>
            <translation>[Ƞǿŧħīƞɠ ŧǿ ẇīƥḗ ~~~~]</translation>
        </message>
        <message>
            <source>{device} · wiped {when}</source>
            <translation>[{device} · ẇīƥḗḓ {when} ~~~~~]</translation>
        </message>
        <message>
            <source>The wipe of {device} is recorded. A colleague now verifies it.</source>
            <translation>[Ŧħḗ ẇīƥḗ ǿƒ {device} īş řḗƈǿřḓḗḓ. Ȧ ƈǿŀŀḗȧɠŭḗ ƞǿẇ ṽḗřīƒīḗş īŧ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{device} is wiped, checked and available to lend.</source>
            <translation>[{device} īş ẇīƥḗḓ, ƈħḗƈķḗḓ ȧƞḓ ȧṽȧīŀȧƀŀḗ ŧǿ ŀḗƞḓ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{count} waiting for a {kind}: call the next one on the waitlist.</source>
            <translation>[{count} ẇȧīŧīƞɠ ƒǿř ȧ {kind}: ƈȧŀŀ ŧħḗ ƞḗẋŧ ǿƞḗ ǿƞ ŧħḗ ẇȧīŧŀīşŧ. ~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Walked in</source>
            <translation>[Ẇȧŀķḗḓ īƞ ~~]</translation>
        </message>
        <message>
            <source>Has an appointment</source>
            <translation>[Ħȧş ȧƞ ȧƥƥǿīƞŧḿḗƞŧ ~~~~~]</translation>
        </message>
        <message>
            <source>Referred by a service</source>
            <translation>[Řḗƒḗřřḗḓ ƀẏ ȧ şḗřṽīƈḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Sent by the phone team</source>
            <translation>[Şḗƞŧ ƀẏ ŧħḗ ƥħǿƞḗ ŧḗȧḿ ~~~~~~]</translation>
        </message>
        <message>
            <source>The resident did it alone</source>
            <translation>[Ŧħḗ řḗşīḓḗƞŧ ḓīḓ īŧ ȧŀǿƞḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>The resident typed, with help nearby</source>
            <translation>[Ŧħḗ řḗşīḓḗƞŧ ŧẏƥḗḓ, ẇīŧħ ħḗŀƥ ƞḗȧřƀẏ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>We did it together</source>
            <translation>[Ẇḗ ḓīḓ īŧ ŧǿɠḗŧħḗř ~~~~~]</translation>
        </message>
        <message>
            <source>I did it for the resident</source>
            <translation>[Ī ḓīḓ īŧ ƒǿř ŧħḗ řḗşīḓḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>[Ħǿŭşīƞɠ ~~]</translation>
        </message>
        <message>
            <source>School admissions</source>
            <translation>[Şƈħǿǿŀ ȧḓḿīşşīǿƞş ~~~~~]</translation>
        </message>
        <message>
            <source>Universal Credit or benefits evidence</source>
            <translation>[Ŭƞīṽḗřşȧŀ Ƈřḗḓīŧ ǿř ƀḗƞḗƒīŧş ḗṽīḓḗƞƈḗ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Council Tax</source>
            <translation>[Ƈǿŭƞƈīŀ Ŧȧẋ ~~~]</translation>
        </message>
        <message>
            <source>Parking or Blue Badge</source>
            <translation>[Ƥȧřķīƞɠ ǿř Ɓŀŭḗ Ɓȧḓɠḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>[Şǿḿḗŧħīƞɠ ḗŀşḗ ~~~~]</translation>
        </message>
        <message>
            <source>Scan and send documents</source>
            <translation>[Şƈȧƞ ȧƞḓ şḗƞḓ ḓǿƈŭḿḗƞŧş ~~~~~~]</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>[Ƥřīƞŧ ~]</translation>
        </message>
        <message>
            <source>Fill in an online form</source>
            <translation>[Ƒīŀŀ īƞ ȧƞ ǿƞŀīƞḗ ƒǿřḿ ~~~~~~]</translation>
        </message>
        <message>
            <source>Account or password help</source>
            <translation>[Ȧƈƈǿŭƞŧ ǿř ƥȧşşẇǿřḓ ħḗŀƥ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>[Ḗḿȧīŀ ~]</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>[Ṽīḓḗǿ ƈȧŀŀ ~~~]</translation>
        </message>
        <message>
            <source>Help with a device</source>
            <translation>[Ħḗŀƥ ẇīŧħ ȧ ḓḗṽīƈḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Done by the resident alone</source>
            <translation>[Ḓǿƞḗ ƀẏ ŧħḗ řḗşīḓḗƞŧ ȧŀǿƞḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Done with help</source>
            <translation>[Ḓǿƞḗ ẇīŧħ ħḗŀƥ ~~~~]</translation>
        </message>
        <message>
            <source>Done for the resident</source>
            <translation>[Ḓǿƞḗ ƒǿř ŧħḗ řḗşīḓḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Partly done</source>
            <translation>[Ƥȧřŧŀẏ ḓǿƞḗ ~~~]</translation>
        </message>
        <message>
            <source>Not done: a system was down</source>
            <translation>[Ƞǿŧ ḓǿƞḗ: ȧ şẏşŧḗḿ ẇȧş ḓǿẇƞ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not done: a document was missing</source>
            <translation>[Ƞǿŧ ḓǿƞḗ: ȧ ḓǿƈŭḿḗƞŧ ẇȧş ḿīşşīƞɠ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not done: needs a face-to-face appointment</source>
            <translation>[Ƞǿŧ ḓǿƞḗ: ƞḗḗḓş ȧ ƒȧƈḗ-ŧǿ-ƒȧƈḗ ȧƥƥǿīƞŧḿḗƞŧ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Referred to face-to-face</source>
            <translation>[Řḗƒḗřřḗḓ ŧǿ ƒȧƈḗ-ŧǿ-ƒȧƈḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Alone</source>
            <translation>[Ȧŀǿƞḗ ~]</translation>
        </message>
        <message>
            <source>With some help</source>
            <translation>[Ẇīŧħ şǿḿḗ ħḗŀƥ ~~~~]</translation>
        </message>
        <message>
            <source>Would need the same help</source>
            <translation>[Ẇǿŭŀḓ ƞḗḗḓ ŧħḗ şȧḿḗ ħḗŀƥ ~~~~~~]</translation>
        </message>
        <message>
            <source>Will not go online</source>
            <translation>[Ẇīŀŀ ƞǿŧ ɠǿ ǿƞŀīƞḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Everything was done</source>
            <translation>[Ḗṽḗřẏŧħīƞɠ ẇȧş ḓǿƞḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Some things were done</source>
            <translation>[Şǿḿḗ ŧħīƞɠş ẇḗřḗ ḓǿƞḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing could be done</source>
            <translation>[Ƞǿŧħīƞɠ ƈǿŭŀḓ ƀḗ ḓǿƞḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Left before being seen</source>
            <translation>[Ŀḗƒŧ ƀḗƒǿřḗ ƀḗīƞɠ şḗḗƞ ~~~~~~]</translation>
        </message>
        <message>
            <source>1. Has never been online and does not want to</source>
            <translation>[1. Ħȧş ƞḗṽḗř ƀḗḗƞ ǿƞŀīƞḗ ȧƞḓ ḓǿḗş ƞǿŧ ẇȧƞŧ ŧǿ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>2. Used to go online but no longer does</source>
            <translation>[2. Ŭşḗḓ ŧǿ ɠǿ ǿƞŀīƞḗ ƀŭŧ ƞǿ ŀǿƞɠḗř ḓǿḗş ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>3. Would like to go online but cannot yet</source>
            <translation>[3. Ẇǿŭŀḓ ŀīķḗ ŧǿ ɠǿ ǿƞŀīƞḗ ƀŭŧ ƈȧƞƞǿŧ ẏḗŧ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>4. Goes online only when there is no other way</source>
            <translation>[4. Ɠǿḗş ǿƞŀīƞḗ ǿƞŀẏ ẇħḗƞ ŧħḗřḗ īş ƞǿ ǿŧħḗř ẇȧẏ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>5. Learning the basics</source>
            <translation>[5. Ŀḗȧřƞīƞɠ ŧħḗ ƀȧşīƈş ~~~~~]</translation>
        </message>
        <message>
            <source>6. Does one or two things online (for example email)</source>
            <translation>[6. Ḓǿḗş ǿƞḗ ǿř ŧẇǿ ŧħīƞɠş ǿƞŀīƞḗ (ƒǿř ḗẋȧḿƥŀḗ ḗḿȧīŀ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>7. Has basic skills</source>
            <translation>[7. Ħȧş ƀȧşīƈ şķīŀŀş ~~~~]</translation>
        </message>
        <message>
            <source>8. Confident online</source>
            <translation>[8. Ƈǿƞƒīḓḗƞŧ ǿƞŀīƞḗ ~~~~~]</translation>
        </message>
        <message>
            <source>9. Expert</source>
            <translation>[9. Ḗẋƥḗřŧ ~~]</translation>
        </message>
        <message>
            <source>No computer, tablet or smartphone</source>
            <translation>[Ƞǿ ƈǿḿƥŭŧḗř, ŧȧƀŀḗŧ ǿř şḿȧřŧƥħǿƞḗ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Shares a device, or it is unsuitable</source>
            <translation>[Şħȧřḗş ȧ ḓḗṽīƈḗ, ǿř īŧ īş ŭƞşŭīŧȧƀŀḗ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No internet at home</source>
            <translation>[Ƞǿ īƞŧḗřƞḗŧ ȧŧ ħǿḿḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Cannot afford data or broadband</source>
            <translation>[Ƈȧƞƞǿŧ ȧƒƒǿřḓ ḓȧŧȧ ǿř ƀřǿȧḓƀȧƞḓ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Using a device: turning on, typing, passwords</source>
            <translation>[Ŭşīƞɠ ȧ ḓḗṽīƈḗ: ŧŭřƞīƞɠ ǿƞ, ŧẏƥīƞɠ, ƥȧşşẇǿřḓş ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Email, messages, video calls</source>
            <translation>[Ḗḿȧīŀ, ḿḗşşȧɠḗş, ṽīḓḗǿ ƈȧŀŀş ~~~~~~~]</translation>
        </message>
        <message>
            <source>Finding and keeping information</source>
            <translation>[Ƒīƞḓīƞɠ ȧƞḓ ķḗḗƥīƞɠ īƞƒǿřḿȧŧīǿƞ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Filling in forms, applying, paying online</source>
            <translation>[Ƒīŀŀīƞɠ īƞ ƒǿřḿş, ȧƥƥŀẏīƞɠ, ƥȧẏīƞɠ ǿƞŀīƞḗ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sorting out problems</source>
            <translation>[Şǿřŧīƞɠ ǿŭŧ ƥřǿƀŀḗḿş ~~~~~~]</translation>
        </message>
        <message>
            <source>Staying safe online</source>
            <translation>[Şŧȧẏīƞɠ şȧƒḗ ǿƞŀīƞḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Does not see the point</source>
            <translation>[Ḓǿḗş ƞǿŧ şḗḗ ŧħḗ ƥǿīƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Worried about scams or mistakes</source>
            <translation>[Ẇǿřřīḗḓ ȧƀǿŭŧ şƈȧḿş ǿř ḿīşŧȧķḗş ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>English is not their first language</source>
            <translation>[Ḗƞɠŀīşħ īş ƞǿŧ ŧħḗīř ƒīřşŧ ŀȧƞɠŭȧɠḗ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Needs accessibility support</source>
            <translation>[Ƞḗḗḓş ȧƈƈḗşşīƀīŀīŧẏ şŭƥƥǿřŧ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Free computer skills sessions</source>
            <translation>[Ƒřḗḗ ƈǿḿƥŭŧḗř şķīŀŀş şḗşşīǿƞş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Device bank (a free device)</source>
            <translation>[Ḓḗṽīƈḗ ƀȧƞķ (ȧ ƒřḗḗ ḓḗṽīƈḗ) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Data bank (free mobile data)</source>
            <translation>[Ḓȧŧȧ ƀȧƞķ (ƒřḗḗ ḿǿƀīŀḗ ḓȧŧȧ) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Cheaper broadband (social tariffs)</source>
            <translation>[Ƈħḗȧƥḗř ƀřǿȧḓƀȧƞḓ (şǿƈīȧŀ ŧȧřīƒƒş) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Another service</source>
            <translation>[Ȧƞǿŧħḗř şḗřṽīƈḗ ~~~~]</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>[Ŀȧƥŧǿƥ ~~]</translation>
        </message>
        <message>
            <source>Tablet</source>
            <translation>[Ŧȧƀŀḗŧ ~~]</translation>
        </message>
        <message>
            <source>Mobile hotspot</source>
            <translation>[Ḿǿƀīŀḗ ħǿŧşƥǿŧ ~~~~]</translation>
        </message>
        <message>
            <source>Proof of identity</source>
            <translation>[Ƥřǿǿƒ ǿƒ īḓḗƞŧīŧẏ ~~~~~]</translation>
        </message>
        <message>
            <source>Proof of address</source>
            <translation>[Ƥřǿǿƒ ǿƒ ȧḓḓřḗşş ~~~~]</translation>
        </message>
        <message>
            <source>Bank statement</source>
            <translation>[Ɓȧƞķ şŧȧŧḗḿḗƞŧ ~~~~]</translation>
        </message>
        <message>
            <source>Payslip</source>
            <translation>[Ƥȧẏşŀīƥ ~~]</translation>
        </message>
        <message>
            <source>Tenancy agreement</source>
            <translation>[Ŧḗƞȧƞƈẏ ȧɠřḗḗḿḗƞŧ ~~~~~]</translation>
        </message>
        <message>
            <source>Benefit letter</source>
            <translation>[Ɓḗƞḗƒīŧ ŀḗŧŧḗř ~~~~]</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>[Ŀḗŧŧḗř ~~]</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>[Ƥħǿŧǿ ~]</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>[Ȧṽȧīŀȧƀŀḗ ~~~]</translation>
        </message>
        <message>
            <source>In use in the centre</source>
            <translation>[Īƞ ŭşḗ īƞ ŧħḗ ƈḗƞŧřḗ ~~~~~]</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>[Ǿƞ ŀǿȧƞ ~~]</translation>
        </message>
        <message>
            <source>Awaiting a verified wipe</source>
            <translation>[Ȧẇȧīŧīƞɠ ȧ ṽḗřīƒīḗḓ ẇīƥḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>[Īƞ řḗƥȧīř ~~]</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>[Řḗŧīřḗḓ ~~]</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>[Ɠǿǿḓ ~]</translation>
        </message>
        <message>
            <source>Worn</source>
            <translation>[Ẇǿřƞ ~]</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>[Ḓȧḿȧɠḗḓ ~~]</translation>
        </message>
        <message>
            <source>Missing parts</source>
            <translation>[Ḿīşşīƞɠ ƥȧřŧş ~~~~]</translation>
        </message>
        <message>
            <source>In the centre</source>
            <translation>[Īƞ ŧħḗ ƈḗƞŧřḗ ~~~]</translation>
        </message>
        <message>
            <source>To take home</source>
            <translation>[Ŧǿ ŧȧķḗ ħǿḿḗ ~~~]</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>[Ƥȧşşƥǿřŧ ~~]</translation>
        </message>
        <message>
            <source>Driving licence</source>
            <translation>[Ḓřīṽīƞɠ ŀīƈḗƞƈḗ ~~~~]</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>[Řḗşīḓḗƞƈḗ ƥḗřḿīŧ ~~~~~]</translation>
        </message>
        <message>
            <source>National identity card</source>
            <translation>[Ƞȧŧīǿƞȧŀ īḓḗƞŧīŧẏ ƈȧřḓ ~~~~~~]</translation>
        </message>
        <message>
            <source>Letter from the council</source>
            <translation>[Ŀḗŧŧḗř ƒřǿḿ ŧħḗ ƈǿŭƞƈīŀ ~~~~~~]</translation>
        </message>
        <message>
            <source>Other ID</source>
            <translation>[Ǿŧħḗř ĪḒ ~~]</translation>
        </message>
        <message>
            <source>Signed out of and removed every account the resident used</source>
            <translation>[Şīɠƞḗḓ ǿŭŧ ǿƒ ȧƞḓ řḗḿǿṽḗḓ ḗṽḗřẏ ȧƈƈǿŭƞŧ ŧħḗ řḗşīḓḗƞŧ ŭşḗḓ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reset to factory settings (or re-imaged)</source>
            <translation>[Řḗşḗŧ ŧǿ ƒȧƈŧǿřẏ şḗŧŧīƞɠş (ǿř řḗ-īḿȧɠḗḓ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Checked that no files, photos or downloads are left</source>
            <translation>[Ƈħḗƈķḗḓ ŧħȧŧ ƞǿ ƒīŀḗş, ƥħǿŧǿş ǿř ḓǿẇƞŀǿȧḓş ȧřḗ ŀḗƒŧ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Kit checked and complete (or missing items recorded)</source>
            <translation>[Ķīŧ ƈħḗƈķḗḓ ȧƞḓ ƈǿḿƥŀḗŧḗ (ǿř ḿīşşīƞɠ īŧḗḿş řḗƈǿřḓḗḓ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cleaned and sanitised</source>
            <translation>[Ƈŀḗȧƞḗḓ ȧƞḓ şȧƞīŧīşḗḓ ~~~~~~]</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>[Ŀȧřɠḗ ŧḗẋŧ ~~~]</translation>
        </message>
        <message>
            <source>Screen reader</source>
            <translation>[Şƈřḗḗƞ řḗȧḓḗř ~~~~]</translation>
        </message>
        <message>
            <source>Hearing loop</source>
            <translation>[Ħḗȧřīƞɠ ŀǿǿƥ ~~~]</translation>
        </message>
        <message>
            <source>British Sign Language</source>
            <translation>[Ɓřīŧīşħ Şīɠƞ Ŀȧƞɠŭȧɠḗ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Station Desk — waiting area</source>
            <translation>[Şŧȧŧīǿƞ Ḓḗşķ — ẇȧīŧīƞɠ ȧřḗȧ ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Address</source>
            <translation>[Ȧḓḓřḗşş ~~]</translation>
        </message>
        <message>
            <source>Agreement version {version}</source>
            <translation>[Ȧɠřḗḗḿḗƞŧ ṽḗřşīǿƞ {version} ~~~~~~~]</translation>
        </message>
        <message>
            <source>April</source>
            <translation>[Ȧƥřīŀ ~]</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>[Ȧşşḗŧ ŧȧɠ ~~]</translation>
        </message>
        <message>
            <source>August</source>
            <translation>[Ȧŭɠŭşŧ ~~]</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>[Ɓǿřřǿẇḗř ~~]</translation>
        </message>
        <message>
            <source>Borrower's signature</source>
            <translation>[Ɓǿřřǿẇḗř'ş şīɠƞȧŧŭřḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Bring the device back to any of our service centres during opening hours.</source>
            <translation>[Ɓřīƞɠ ŧħḗ ḓḗṽīƈḗ ƀȧƈķ ŧǿ ȧƞẏ ǿƒ ǿŭř şḗřṽīƈḗ ƈḗƞŧřḗş ḓŭřīƞɠ ǿƥḗƞīƞɠ ħǿŭřş. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cheaper broadband and phone deals (social tariffs)</source>
            <translation>[Ƈħḗȧƥḗř ƀřǿȧḓƀȧƞḓ ȧƞḓ ƥħǿƞḗ ḓḗȧŀş (şǿƈīȧŀ ŧȧřīƒƒş) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Council's copy: staff keep this</source>
            <translation>[Ƈǿŭƞƈīŀ'ş ƈǿƥẏ: şŧȧƒƒ ķḗḗƥ ŧħīş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Data bank: free mobile data</source>
            <translation>[Ḓȧŧȧ ƀȧƞķ: ƒřḗḗ ḿǿƀīŀḗ ḓȧŧȧ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>[Ḓȧŧḗ ~]</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>[Ḓḗȧř {name}, ~~]</translation>
        </message>
        <message>
            <source>December</source>
            <translation>[Ḓḗƈḗḿƀḗř ~~]</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>[Ḓḗṽīƈḗ ~~]</translation>
        </message>
        <message>
            <source>Device bank: a free laptop or tablet</source>
            <translation>[Ḓḗṽīƈḗ ƀȧƞķ: ȧ ƒřḗḗ ŀȧƥŧǿƥ ǿř ŧȧƀŀḗŧ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Device loan agreement</source>
            <translation>[Ḓḗṽīƈḗ ŀǿȧƞ ȧɠřḗḗḿḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Documents we sent for you</source>
            <translation>[Ḓǿƈŭḿḗƞŧş ẇḗ şḗƞŧ ƒǿř ẏǿŭ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>[Ḓŭḗ ƀȧƈķ ~~]</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>[Ḗḿȧīŀ ~]</translation>
        </message>
        <message>
            <source>February</source>
            <translation>[Ƒḗƀřŭȧřẏ ~~]</translation>
        </message>
        <message>
            <source>Free SIM cards with mobile data, calls and texts for people on a low income, through the National Databank.</source>
            <translation>[Ƒřḗḗ ŞĪḾ ƈȧřḓş ẇīŧħ ḿǿƀīŀḗ ḓȧŧȧ, ƈȧŀŀş ȧƞḓ ŧḗẋŧş ƒǿř ƥḗǿƥŀḗ ǿƞ ȧ ŀǿẇ īƞƈǿḿḗ, ŧħřǿŭɠħ ŧħḗ Ƞȧŧīǿƞȧŀ Ḓȧŧȧƀȧƞķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Free help to learn computer skills</source>
            <translation>[Ƒřḗḗ ħḗŀƥ ŧǿ ŀḗȧřƞ ƈǿḿƥŭŧḗř şķīŀŀş ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>[Ƒřīḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Friendly, free sessions for beginners: using email, staying safe online, video calls and council services.</source>
            <translation>[Ƒřīḗƞḓŀẏ, ƒřḗḗ şḗşşīǿƞş ƒǿř ƀḗɠīƞƞḗřş: ŭşīƞɠ ḗḿȧīŀ, şŧȧẏīƞɠ şȧƒḗ ǿƞŀīƞḗ, ṽīḓḗǿ ƈȧŀŀş ȧƞḓ ƈǿŭƞƈīŀ şḗřṽīƈḗş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Helped by</source>
            <translation>[Ħḗŀƥḗḓ ƀẏ ~~]</translation>
        </message>
        <message>
            <source>How to contact the council</source>
            <translation>[Ħǿẇ ŧǿ ƈǿƞŧȧƈŧ ŧħḗ ƈǿŭƞƈīŀ ~~~~~~~]</translation>
        </message>
        <message>
            <source>I understand the council may ask for the device back early, and will tell me if it does.</source>
            <translation>[Ī ŭƞḓḗřşŧȧƞḓ ŧħḗ ƈǿŭƞƈīŀ ḿȧẏ ȧşķ ƒǿř ŧħḗ ḓḗṽīƈḗ ƀȧƈķ ḗȧřŀẏ, ȧƞḓ ẇīŀŀ ŧḗŀŀ ḿḗ īƒ īŧ ḓǿḗş. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>I understand the council will wipe the device when it comes back, so I will save anything I want to keep somewhere else first.</source>
            <translation>[Ī ŭƞḓḗřşŧȧƞḓ ŧħḗ ƈǿŭƞƈīŀ ẇīŀŀ ẇīƥḗ ŧħḗ ḓḗṽīƈḗ ẇħḗƞ īŧ ƈǿḿḗş ƀȧƈķ, şǿ Ī ẇīŀŀ şȧṽḗ ȧƞẏŧħīƞɠ Ī ẇȧƞŧ ŧǿ ķḗḗƥ şǿḿḗẇħḗřḗ ḗŀşḗ ƒīřşŧ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>I will bring the device and everything that came with it back by the return date, or call to ask for more time.</source>
            <translation>[Ī ẇīŀŀ ƀřīƞɠ ŧħḗ ḓḗṽīƈḗ ȧƞḓ ḗṽḗřẏŧħīƞɠ ŧħȧŧ ƈȧḿḗ ẇīŧħ īŧ ƀȧƈķ ƀẏ ŧħḗ řḗŧŭřƞ ḓȧŧḗ, ǿř ƈȧŀŀ ŧǿ ȧşķ ƒǿř ḿǿřḗ ŧīḿḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>I will look after the device and everything that came with it, and keep it somewhere safe and dry.</source>
            <translation>[Ī ẇīŀŀ ŀǿǿķ ȧƒŧḗř ŧħḗ ḓḗṽīƈḗ ȧƞḓ ḗṽḗřẏŧħīƞɠ ŧħȧŧ ƈȧḿḗ ẇīŧħ īŧ, ȧƞḓ ķḗḗƥ īŧ şǿḿḗẇħḗřḗ şȧƒḗ ȧƞḓ ḓřẏ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>I will not sell, lend or give the device to anyone else.</source>
            <translation>[Ī ẇīŀŀ ƞǿŧ şḗŀŀ, ŀḗƞḓ ǿř ɠīṽḗ ŧħḗ ḓḗṽīƈḗ ŧǿ ȧƞẏǿƞḗ ḗŀşḗ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>I will not try to change or remove the council's settings or labels on the device.</source>
            <translation>[Ī ẇīŀŀ ƞǿŧ ŧřẏ ŧǿ ƈħȧƞɠḗ ǿř řḗḿǿṽḗ ŧħḗ ƈǿŭƞƈīŀ'ş şḗŧŧīƞɠş ǿř ŀȧƀḗŀş ǿƞ ŧħḗ ḓḗṽīƈḗ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>I will tell the council straight away if the device is lost, stolen or broken. I will not be charged for fair wear and tear.</source>
            <translation>[Ī ẇīŀŀ ŧḗŀŀ ŧħḗ ƈǿŭƞƈīŀ şŧřȧīɠħŧ ȧẇȧẏ īƒ ŧħḗ ḓḗṽīƈḗ īş ŀǿşŧ, şŧǿŀḗƞ ǿř ƀřǿķḗƞ. Ī ẇīŀŀ ƞǿŧ ƀḗ ƈħȧřɠḗḓ ƒǿř ƒȧīř ẇḗȧř ȧƞḓ ŧḗȧř. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>If they need anything else, they will contact you by phone, email or letter.</source>
            <translation>[Īƒ ŧħḗẏ ƞḗḗḓ ȧƞẏŧħīƞɠ ḗŀşḗ, ŧħḗẏ ẇīŀŀ ƈǿƞŧȧƈŧ ẏǿŭ ƀẏ ƥħǿƞḗ, ḗḿȧīŀ ǿř ŀḗŧŧḗř. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>If you get Universal Credit, Pension Credit or some other benefits, you can switch to a cheaper broadband or phone deal. It usually costs nothing to switch.</source>
            <translation>[Īƒ ẏǿŭ ɠḗŧ Ŭƞīṽḗřşȧŀ Ƈřḗḓīŧ, Ƥḗƞşīǿƞ Ƈřḗḓīŧ ǿř şǿḿḗ ǿŧħḗř ƀḗƞḗƒīŧş, ẏǿŭ ƈȧƞ şẇīŧƈħ ŧǿ ȧ ƈħḗȧƥḗř ƀřǿȧḓƀȧƞḓ ǿř ƥħǿƞḗ ḓḗȧŀ. Īŧ ŭşŭȧŀŀẏ ƈǿşŧş ƞǿŧħīƞɠ ŧǿ şẇīŧƈħ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It usually takes {days} working days.</source>
            <translation>[Īŧ ŭşŭȧŀŀẏ ŧȧķḗş {days} ẇǿřķīƞɠ ḓȧẏş. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>January</source>
            <translation>[Ĵȧƞŭȧřẏ ~~]</translation>
        </message>
        <message>
            <source>July</source>
            <translation>[Ĵŭŀẏ ~]</translation>
        </message>
        <message>
            <source>June</source>
            <translation>[Ĵŭƞḗ ~]</translation>
        </message>
        <message>
            <source>Keep this receipt. It shows what we sent to the council for you today. We did not keep copies of your documents on this computer.</source>
            <translation>[Ķḗḗƥ ŧħīş řḗƈḗīƥŧ. Īŧ şħǿẇş ẇħȧŧ ẇḗ şḗƞŧ ŧǿ ŧħḗ ƈǿŭƞƈīŀ ƒǿř ẏǿŭ ŧǿḓȧẏ. Ẇḗ ḓīḓ ƞǿŧ ķḗḗƥ ƈǿƥīḗş ǿƒ ẏǿŭř ḓǿƈŭḿḗƞŧş ǿƞ ŧħīş ƈǿḿƥŭŧḗř. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>[Ŀḗƞŧ ~]</translation>
        </message>
        <message>
            <source>Loan reference</source>
            <translation>[Ŀǿȧƞ řḗƒḗřḗƞƈḗ ~~~~]</translation>
        </message>
        <message>
            <source>March</source>
            <translation>[Ḿȧřƈħ ~]</translation>
        </message>
        <message>
            <source>May</source>
            <translation>[Ḿȧẏ ~]</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>[Ḿǿƞḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Monday to Friday, 9am to 5pm</source>
            <translation>[Ḿǿƞḓȧẏ ŧǿ Ƒřīḓȧẏ, 9ȧḿ ŧǿ 5ƥḿ ~~~~~~]</translation>
        </message>
        <message>
            <source>Not sent yet: we will send it soon</source>
            <translation>[Ƞǿŧ şḗƞŧ ẏḗŧ: ẇḗ ẇīŀŀ şḗƞḓ īŧ şǿǿƞ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing else</source>
            <translation>[Ƞǿŧħīƞɠ ḗŀşḗ ~~~]</translation>
        </message>
        <message>
            <source>November</source>
            <translation>[Ƞǿṽḗḿƀḗř ~~]</translation>
        </message>
        <message>
            <source>October</source>
            <translation>[Ǿƈŧǿƀḗř ~~]</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>[Ƥȧɠḗ {page} ǿƒ {pages} ~~~~~]</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>[Ƥȧɠḗş ~]</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>[Ƥħǿƞḗ ~]</translation>
        </message>
        <message>
            <source>Please bring back the device you borrowed</source>
            <translation>[Ƥŀḗȧşḗ ƀřīƞɠ ƀȧƈķ ŧħḗ ḓḗṽīƈḗ ẏǿŭ ƀǿřřǿẇḗḓ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Please bring it back by {date}</source>
            <translation>[Ƥŀḗȧşḗ ƀřīƞɠ īŧ ƀȧƈķ ƀẏ {date} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>[Řḗƒḗřḗƞƈḗ ~~~]</translation>
        </message>
        <message>
            <source>Resident's copy: keep this</source>
            <translation>[Řḗşīḓḗƞŧ'ş ƈǿƥẏ: ķḗḗƥ ŧħīş ~~~~~~~]</translation>
        </message>
        <message>
            <source>Residents who cannot afford a device may be able to get a refurbished laptop or tablet to keep.</source>
            <translation>[Řḗşīḓḗƞŧş ẇħǿ ƈȧƞƞǿŧ ȧƒƒǿřḓ ȧ ḓḗṽīƈḗ ḿȧẏ ƀḗ ȧƀŀḗ ŧǿ ɠḗŧ ȧ řḗƒŭřƀīşħḗḓ ŀȧƥŧǿƥ ǿř ŧȧƀŀḗŧ ŧǿ ķḗḗƥ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>[Şȧŧŭřḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>[Şḗƞŧ ŧǿ ~~]</translation>
        </message>
        <message>
            <source>September</source>
            <translation>[Şḗƥŧḗḿƀḗř ~~~]</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>[Şḗřīȧŀ ƞŭḿƀḗř ~~~~]</translation>
        </message>
        <message>
            <source>Staff signature</source>
            <translation>[Şŧȧƒƒ şīɠƞȧŧŭřḗ ~~~~]</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>[Şŭƞḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Thank you for borrowing a device from the council. It was due back on {date}. Please bring it back, with everything that came with it, as soon as you can. If you need it for longer, call us and we will try to help.</source>
            <translation>[Ŧħȧƞķ ẏǿŭ ƒǿř ƀǿřřǿẇīƞɠ ȧ ḓḗṽīƈḗ ƒřǿḿ ŧħḗ ƈǿŭƞƈīŀ. Īŧ ẇȧş ḓŭḗ ƀȧƈķ ǿƞ {date}. Ƥŀḗȧşḗ ƀřīƞɠ īŧ ƀȧƈķ, ẇīŧħ ḗṽḗřẏŧħīƞɠ ŧħȧŧ ƈȧḿḗ ẇīŧħ īŧ, ȧş şǿǿƞ ȧş ẏǿŭ ƈȧƞ. Īƒ ẏǿŭ ƞḗḗḓ īŧ ƒǿř ŀǿƞɠḗř, ƈȧŀŀ ŭş ȧƞḓ ẇḗ ẇīŀŀ ŧřẏ ŧǿ ħḗŀƥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The council team will check your documents within 10 working days.</source>
            <translation>[Ŧħḗ ƈǿŭƞƈīŀ ŧḗȧḿ ẇīŀŀ ƈħḗƈķ ẏǿŭř ḓǿƈŭḿḗƞŧş ẇīŧħīƞ 10 ẇǿřķīƞɠ ḓȧẏş. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The device you borrowed</source>
            <translation>[Ŧħḗ ḓḗṽīƈḗ ẏǿŭ ƀǿřřǿẇḗḓ ~~~~~~]</translation>
        </message>
        <message>
            <source>This device belongs to the council. We are lending it to you so you can get online. By signing, you agree to the points below.</source>
            <translation>[Ŧħīş ḓḗṽīƈḗ ƀḗŀǿƞɠş ŧǿ ŧħḗ ƈǿŭƞƈīŀ. Ẇḗ ȧřḗ ŀḗƞḓīƞɠ īŧ ŧǿ ẏǿŭ şǿ ẏǿŭ ƈȧƞ ɠḗŧ ǿƞŀīƞḗ. Ɓẏ şīɠƞīƞɠ, ẏǿŭ ȧɠřḗḗ ŧǿ ŧħḗ ƥǿīƞŧş ƀḗŀǿẇ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This page is blank on purpose.</source>
            <translation>[Ŧħīş ƥȧɠḗ īş ƀŀȧƞķ ǿƞ ƥŭřƥǿşḗ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>[Ŧħŭřşḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>[Ŧīḿḗ ~]</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>[Ŧŭḗşḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Tuesdays and Thursdays, 10am to 12 noon</source>
            <translation>[Ŧŭḗşḓȧẏş ȧƞḓ Ŧħŭřşḓȧẏş, 10ȧḿ ŧǿ 12 ƞǿǿƞ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use this reference if you call or write to us about what you sent. The square code holds the same reference.</source>
            <translation>[Ŭşḗ ŧħīş řḗƒḗřḗƞƈḗ īƒ ẏǿŭ ƈȧŀŀ ǿř ẇřīŧḗ ŧǿ ŭş ȧƀǿŭŧ ẇħȧŧ ẏǿŭ şḗƞŧ. Ŧħḗ şɋŭȧřḗ ƈǿḓḗ ħǿŀḓş ŧħḗ şȧḿḗ řḗƒḗřḗƞƈḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>We talked about what you need.</source>
            <translation>[Ẇḗ ŧȧŀķḗḓ ȧƀǿŭŧ ẇħȧŧ ẏǿŭ ƞḗḗḓ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>[Ẇḗƀşīŧḗ ~~]</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>[Ẇḗḓƞḗşḓȧẏ ~~~]</translation>
        </message>
        <message>
            <source>What comes with it</source>
            <translation>[Ẇħȧŧ ƈǿḿḗş ẇīŧħ īŧ ~~~~~]</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>[Ẇħȧŧ ħȧƥƥḗƞş ƞḗẋŧ ~~~~~]</translation>
        </message>
        <message>
            <source>What they do next</source>
            <translation>[Ẇħȧŧ ŧħḗẏ ḓǿ ƞḗẋŧ ~~~~]</translation>
        </message>
        <message>
            <source>What we did today</source>
            <translation>[Ẇħȧŧ ẇḗ ḓīḓ ŧǿḓȧẏ ~~~~]</translation>
        </message>
        <message>
            <source>What we sent</source>
            <translation>[Ẇħȧŧ ẇḗ şḗƞŧ ~~~]</translation>
        </message>
        <message>
            <source>What you agree to</source>
            <translation>[Ẇħȧŧ ẏǿŭ ȧɠřḗḗ ŧǿ ~~~~]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Ẇħḗƞ ~]</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>[Ẇħḗřḗ ~]</translation>
        </message>
        <message>
            <source>Where to bring it</source>
            <translation>[Ẇħḗřḗ ŧǿ ƀřīƞɠ īŧ ~~~~]</translation>
        </message>
        <message>
            <source>Where to get more help</source>
            <translation>[Ẇħḗřḗ ŧǿ ɠḗŧ ḿǿřḗ ħḗŀƥ ~~~~~~]</translation>
        </message>
        <message>
            <source>Woolwich Centre Library and Eltham Centre Library</source>
            <translation>[Ẇǿǿŀẇīƈħ Ƈḗƞŧřḗ Ŀīƀřȧřẏ ȧƞḓ Ḗŀŧħȧḿ Ƈḗƞŧřḗ Ŀīƀřȧřẏ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You do not need to bring the same documents in again.</source>
            <translation>[Ẏǿŭ ḓǿ ƞǿŧ ƞḗḗḓ ŧǿ ƀřīƞɠ ŧħḗ şȧḿḗ ḓǿƈŭḿḗƞŧş īƞ ȧɠȧīƞ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your case reference with them</source>
            <translation>[Ẏǿŭř ƈȧşḗ řḗƒḗřḗƞƈḗ ẇīŧħ ŧħḗḿ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your reference</source>
            <translation>[Ẏǿŭř řḗƒḗřḗƞƈḗ ~~~~]</translation>
        </message>
        <message>
            <source>Your upload receipt</source>
            <translation>[Ẏǿŭř ŭƥŀǿȧḓ řḗƈḗīƥŧ ~~~~~]</translation>
        </message>
        <message>
            <source>Your visit today</source>
            <translation>[Ẏǿŭř ṽīşīŧ ŧǿḓȧẏ ~~~~]</translation>
        </message>
        <message>
            <source>{count} document</source>
            <translation>[{count} ḓǿƈŭḿḗƞŧ ~~~~]</translation>
        </message>
        <message>
            <source>{count} documents</source>
            <translation>[{count} ḓǿƈŭḿḗƞŧş ~~~~]</translation>
        </message>
        <message>
            <source>{count} page</source>
            <translation>[{count} ƥȧɠḗ ~~~]</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>[{count} ƥȧɠḗş ~~~]</translation>
        </message>
        <message>
            <source>{date} at {site}</source>
            <translation>[{date} ȧŧ {site} ~~~]</translation>
        </message>
        <message>
            <source>{documents}, {pages} in all</source>
            <translation>[{documents}, {pages} īƞ ȧŀŀ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>No printer is set up on this station. Ask staff to add one, then press Print again.</source>
            <translation>[Ƞǿ ƥřīƞŧḗř īş şḗŧ ŭƥ ǿƞ ŧħīş şŧȧŧīǿƞ. Ȧşķ şŧȧƒƒ ŧǿ ȧḓḓ ǿƞḗ, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Put the pages in the feeder, first page on top, then press Continue.</source>
            <translation>[Ƥŭŧ ŧħḗ ƥȧɠḗş īƞ ŧħḗ ƒḗḗḓḗř, ƒīřşŧ ƥȧɠḗ ǿƞ ŧǿƥ, ŧħḗƞ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Put the pages in the feeder, first page on top, then press Scan.</source>
            <translation>[Ƥŭŧ ŧħḗ ƥȧɠḗş īƞ ŧħḗ ƒḗḗḓḗř, ƒīřşŧ ƥȧɠḗ ǿƞ ŧǿƥ, ŧħḗƞ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scanning failed because of a problem in Station Desk. The pages scanned so far are kept. Tell IT if it happens again.</source>
            <translation>[Şƈȧƞƞīƞɠ ƒȧīŀḗḓ ƀḗƈȧŭşḗ ǿƒ ȧ ƥřǿƀŀḗḿ īƞ Şŧȧŧīǿƞ Ḓḗşķ. Ŧħḗ ƥȧɠḗş şƈȧƞƞḗḓ şǿ ƒȧř ȧřḗ ķḗƥŧ. Ŧḗŀŀ ĪŦ īƒ īŧ ħȧƥƥḗƞş ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scanning stopped unexpectedly. The pages scanned so far are kept; put the remaining pages back and press Continue.</source>
            <translation>[Şƈȧƞƞīƞɠ şŧǿƥƥḗḓ ŭƞḗẋƥḗƈŧḗḓŀẏ. Ŧħḗ ƥȧɠḗş şƈȧƞƞḗḓ şǿ ƒȧř ȧřḗ ķḗƥŧ; ƥŭŧ ŧħḗ řḗḿȧīƞīƞɠ ƥȧɠḗş ƀȧƈķ ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scanning stopped unexpectedly. The pages scanned so far are kept; put the remaining pages back and press Scan.</source>
            <translation>[Şƈȧƞƞīƞɠ şŧǿƥƥḗḓ ŭƞḗẋƥḗƈŧḗḓŀẏ. Ŧħḗ ƥȧɠḗş şƈȧƞƞḗḓ şǿ ƒȧř ȧřḗ ķḗƥŧ; ƥŭŧ ŧħḗ řḗḿȧīƞīƞɠ ƥȧɠḗş ƀȧƈķ ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Station Desk did not scan: the network scanner's security certificate is not the one it trusts for that scanner. Ask IT to check the scanner before it is used.</source>
            <translation>[Şŧȧŧīǿƞ Ḓḗşķ ḓīḓ ƞǿŧ şƈȧƞ: ŧħḗ ƞḗŧẇǿřķ şƈȧƞƞḗř'ş şḗƈŭřīŧẏ ƈḗřŧīƒīƈȧŧḗ īş ƞǿŧ ŧħḗ ǿƞḗ īŧ ŧřŭşŧş ƒǿř ŧħȧŧ şƈȧƞƞḗř. Ȧşķ ĪŦ ŧǿ ƈħḗƈķ ŧħḗ şƈȧƞƞḗř ƀḗƒǿřḗ īŧ īş ŭşḗḓ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Station Desk is not allowed to use this scanner. Ask IT to check the scanner's permissions.</source>
            <translation>[Şŧȧŧīǿƞ Ḓḗşķ īş ƞǿŧ ȧŀŀǿẇḗḓ ŧǿ ŭşḗ ŧħīş şƈȧƞƞḗř. Ȧşķ ĪŦ ŧǿ ƈħḗƈķ ŧħḗ şƈȧƞƞḗř'ş ƥḗřḿīşşīǿƞş. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That PIN is not right. Try again (1 try left before sign-in is locked for {minutes} minutes).</source>
            <translation>[Ŧħȧŧ ƤĪȠ īş ƞǿŧ řīɠħŧ. Ŧřẏ ȧɠȧīƞ (1 ŧřẏ ŀḗƒŧ ƀḗƒǿřḗ şīɠƞ-īƞ īş ŀǿƈķḗḓ ƒǿř {minutes} ḿīƞŭŧḗş). ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That PIN is not right. Try again (1 try left before sign-in is locked until a manager unlocks it).</source>
            <translation>[Ŧħȧŧ ƤĪȠ īş ƞǿŧ řīɠħŧ. Ŧřẏ ȧɠȧīƞ (1 ŧřẏ ŀḗƒŧ ƀḗƒǿřḗ şīɠƞ-īƞ īş ŀǿƈķḗḓ ŭƞŧīŀ ȧ ḿȧƞȧɠḗř ŭƞŀǿƈķş īŧ). ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That PIN is not right. Try again ({left} tries left before sign-in is locked for {minutes} minutes).</source>
            <translation>[Ŧħȧŧ ƤĪȠ īş ƞǿŧ řīɠħŧ. Ŧřẏ ȧɠȧīƞ ({left} ŧřīḗş ŀḗƒŧ ƀḗƒǿřḗ şīɠƞ-īƞ īş ŀǿƈķḗḓ ƒǿř {minutes} ḿīƞŭŧḗş). ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That PIN is not right. Try again ({left} tries left before sign-in is locked until a manager unlocks it).</source>
            <translation>[Ŧħȧŧ ƤĪȠ īş ƞǿŧ řīɠħŧ. Ŧřẏ ȧɠȧīƞ ({left} ŧřīḗş ŀḗƒŧ ƀḗƒǿřḗ şīɠƞ-īƞ īş ŀǿƈķḗḓ ŭƞŧīŀ ȧ ḿȧƞȧɠḗř ŭƞŀǿƈķş īŧ). ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That account is not active. Ask your manager to check it.</source>
            <translation>[Ŧħȧŧ ȧƈƈǿŭƞŧ īş ƞǿŧ ȧƈŧīṽḗ. Ȧşķ ẏǿŭř ḿȧƞȧɠḗř ŧǿ ƈħḗƈķ īŧ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The network address set for this scanner does not answer as a scanner. Ask IT to check the scanner's address in Station Desk's settings.</source>
            <translation>[Ŧħḗ ƞḗŧẇǿřķ ȧḓḓřḗşş şḗŧ ƒǿř ŧħīş şƈȧƞƞḗř ḓǿḗş ƞǿŧ ȧƞşẇḗř ȧş ȧ şƈȧƞƞḗř. Ȧşķ ĪŦ ŧǿ ƈħḗƈķ ŧħḗ şƈȧƞƞḗř'ş ȧḓḓřḗşş īƞ Şŧȧŧīǿƞ Ḓḗşķ'ş şḗŧŧīƞɠş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The print job was cancelled.</source>
            <translation>[Ŧħḗ ƥřīƞŧ ĵǿƀ ẇȧş ƈȧƞƈḗŀŀḗḓ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>The print service ({where}) is not answering. Ask staff to restart the station's printing, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧ şḗřṽīƈḗ ({where}) īş ƞǿŧ ȧƞşẇḗřīƞɠ. Ȧşķ şŧȧƒƒ ŧǿ řḗşŧȧřŧ ŧħḗ şŧȧŧīǿƞ'ş ƥřīƞŧīƞɠ, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The print service refused this station's request. Ask IT to allow this station to print without a password.</source>
            <translation>[Ŧħḗ ƥřīƞŧ şḗřṽīƈḗ řḗƒŭşḗḓ ŧħīş şŧȧŧīǿƞ'ş řḗɋŭḗşŧ. Ȧşķ ĪŦ ŧǿ ȧŀŀǿẇ ŧħīş şŧȧŧīǿƞ ŧǿ ƥřīƞŧ ẇīŧħǿŭŧ ȧ ƥȧşşẇǿřḓ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer '{printer}' cannot be reached. Ask staff to check it is plugged in and connected, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř '{printer}' ƈȧƞƞǿŧ ƀḗ řḗȧƈħḗḓ. Ȧşķ şŧȧƒƒ ŧǿ ƈħḗƈķ īŧ īş ƥŀŭɠɠḗḓ īƞ ȧƞḓ ƈǿƞƞḗƈŧḗḓ, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer '{printer}' cannot print on both sides of the paper. Choose one-sided printing, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř '{printer}' ƈȧƞƞǿŧ ƥřīƞŧ ǿƞ ƀǿŧħ şīḓḗş ǿƒ ŧħḗ ƥȧƥḗř. Ƈħǿǿşḗ ǿƞḗ-şīḓḗḓ ƥřīƞŧīƞɠ, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer '{printer}' did not finish the job in time, so it was cancelled. Ask staff to check the printer, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř '{printer}' ḓīḓ ƞǿŧ ƒīƞīşħ ŧħḗ ĵǿƀ īƞ ŧīḿḗ, şǿ īŧ ẇȧş ƈȧƞƈḗŀŀḗḓ. Ȧşķ şŧȧƒƒ ŧǿ ƈħḗƈķ ŧħḗ ƥřīƞŧḗř, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer '{printer}' did not take the job. Press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř '{printer}' ḓīḓ ƞǿŧ ŧȧķḗ ŧħḗ ĵǿƀ. Ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer '{printer}' has run out of paper. Ask staff to add paper, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř '{printer}' ħȧş řŭƞ ǿŭŧ ǿƒ ƥȧƥḗř. Ȧşķ şŧȧƒƒ ŧǿ ȧḓḓ ƥȧƥḗř, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer '{printer}' is not taking new print jobs. Ask staff to let it accept jobs again, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř '{printer}' īş ƞǿŧ ŧȧķīƞɠ ƞḗẇ ƥřīƞŧ ĵǿƀş. Ȧşķ şŧȧƒƒ ŧǿ ŀḗŧ īŧ ȧƈƈḗƥŧ ĵǿƀş ȧɠȧīƞ, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer '{printer}' is switched off or paused. Ask staff to turn it on, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř '{printer}' īş şẇīŧƈħḗḓ ǿƒƒ ǿř ƥȧŭşḗḓ. Ȧşķ şŧȧƒƒ ŧǿ ŧŭřƞ īŧ ǿƞ, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer '{printer}' needs attention ({what}). Ask staff to check the printer, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř '{printer}' ƞḗḗḓş ȧŧŧḗƞŧīǿƞ ({what}). Ȧşķ şŧȧƒƒ ŧǿ ƈħḗƈķ ŧħḗ ƥřīƞŧḗř, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The printer stopped the job before it finished. Ask staff to check the printer, then press Print again.</source>
            <translation>[Ŧħḗ ƥřīƞŧḗř şŧǿƥƥḗḓ ŧħḗ ĵǿƀ ƀḗƒǿřḗ īŧ ƒīƞīşħḗḓ. Ȧşķ şŧȧƒƒ ŧǿ ƈħḗƈķ ŧħḗ ƥřīƞŧḗř, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner cannot be found. Check it is plugged in and switched on, then press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ƈȧƞƞǿŧ ƀḗ ƒǿŭƞḓ. Ƈħḗƈķ īŧ īş ƥŀŭɠɠḗḓ īƞ ȧƞḓ şẇīŧƈħḗḓ ǿƞ, ŧħḗƞ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner cannot be found. Check it is plugged in and switched on, then press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ƈȧƞƞǿŧ ƀḗ ƒǿŭƞḓ. Ƈħḗƈķ īŧ īş ƥŀŭɠɠḗḓ īƞ ȧƞḓ şẇīŧƈħḗḓ ǿƞ, ŧħḗƞ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner cannot scan with these settings. Choose another source, mode or resolution and try again.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ƈȧƞƞǿŧ şƈȧƞ ẇīŧħ ŧħḗşḗ şḗŧŧīƞɠş. Ƈħǿǿşḗ ȧƞǿŧħḗř şǿŭřƈḗ, ḿǿḓḗ ǿř řḗşǿŀŭŧīǿƞ ȧƞḓ ŧřẏ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner found no page on the glass. Put the page face down on the glass, close the lid, then press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ƒǿŭƞḓ ƞǿ ƥȧɠḗ ǿƞ ŧħḗ ɠŀȧşş. Ƥŭŧ ŧħḗ ƥȧɠḗ ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş, ƈŀǿşḗ ŧħḗ ŀīḓ, ŧħḗƞ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner found no page on the glass. Put the page face down on the glass, close the lid, then press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ƒǿŭƞḓ ƞǿ ƥȧɠḗ ǿƞ ŧħḗ ɠŀȧşş. Ƥŭŧ ŧħḗ ƥȧɠḗ ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş, ƈŀǿşḗ ŧħḗ ŀīḓ, ŧħḗƞ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner has a paper jam. Clear the jam, put the remaining pages back in the feeder and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ħȧş ȧ ƥȧƥḗř ĵȧḿ. Ƈŀḗȧř ŧħḗ ĵȧḿ, ƥŭŧ ŧħḗ řḗḿȧīƞīƞɠ ƥȧɠḗş ƀȧƈķ īƞ ŧħḗ ƒḗḗḓḗř ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner has a paper jam. Clear the jam, put the remaining pages back in the feeder and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ħȧş ȧ ƥȧƥḗř ĵȧḿ. Ƈŀḗȧř ŧħḗ ĵȧḿ, ƥŭŧ ŧħḗ řḗḿȧīƞīƞɠ ƥȧɠḗş ƀȧƈķ īƞ ŧħḗ ƒḗḗḓḗř ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner is busy. Wait until it has finished, close any other scanning program and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř īş ƀŭşẏ. Ẇȧīŧ ŭƞŧīŀ īŧ ħȧş ƒīƞīşħḗḓ, ƈŀǿşḗ ȧƞẏ ǿŧħḗř şƈȧƞƞīƞɠ ƥřǿɠřȧḿ ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner is busy. Wait until it has finished, close any other scanning program and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř īş ƀŭşẏ. Ẇȧīŧ ŭƞŧīŀ īŧ ħȧş ƒīƞīşħḗḓ, ƈŀǿşḗ ȧƞẏ ǿŧħḗř şƈȧƞƞīƞɠ ƥřǿɠřȧḿ ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner is still warming up. Wait a minute and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř īş şŧīŀŀ ẇȧřḿīƞɠ ŭƥ. Ẇȧīŧ ȧ ḿīƞŭŧḗ ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner is still warming up. Wait a minute and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř īş şŧīŀŀ ẇȧřḿīƞɠ ŭƥ. Ẇȧīŧ ȧ ḿīƞŭŧḗ ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner lost a page partway through. Put the remaining pages back in the feeder, starting with the page that was being scanned, and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ŀǿşŧ ȧ ƥȧɠḗ ƥȧřŧẇȧẏ ŧħřǿŭɠħ. Ƥŭŧ ŧħḗ řḗḿȧīƞīƞɠ ƥȧɠḗş ƀȧƈķ īƞ ŧħḗ ƒḗḗḓḗř, şŧȧřŧīƞɠ ẇīŧħ ŧħḗ ƥȧɠḗ ŧħȧŧ ẇȧş ƀḗīƞɠ şƈȧƞƞḗḓ, ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner lost a page partway through. Put the remaining pages back in the feeder, starting with the page that was being scanned, and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ŀǿşŧ ȧ ƥȧɠḗ ƥȧřŧẇȧẏ ŧħřǿŭɠħ. Ƥŭŧ ŧħḗ řḗḿȧīƞīƞɠ ƥȧɠḗş ƀȧƈķ īƞ ŧħḗ ƒḗḗḓḗř, şŧȧřŧīƞɠ ẇīŧħ ŧħḗ ƥȧɠḗ ŧħȧŧ ẇȧş ƀḗīƞɠ şƈȧƞƞḗḓ, ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner lost the page partway through. Check it is face down on the glass, close the lid and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ŀǿşŧ ŧħḗ ƥȧɠḗ ƥȧřŧẇȧẏ ŧħřǿŭɠħ. Ƈħḗƈķ īŧ īş ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş, ƈŀǿşḗ ŧħḗ ŀīḓ ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner lost the page partway through. Check it is face down on the glass, close the lid and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř ŀǿşŧ ŧħḗ ƥȧɠḗ ƥȧřŧẇȧẏ ŧħřǿŭɠħ. Ƈħḗƈķ īŧ īş ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş, ƈŀǿşḗ ŧħḗ ŀīḓ ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner ran out of memory. Scan fewer pages at a time or choose a lower resolution, then press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř řȧƞ ǿŭŧ ǿƒ ḿḗḿǿřẏ. Şƈȧƞ ƒḗẇḗř ƥȧɠḗş ȧŧ ȧ ŧīḿḗ ǿř ƈħǿǿşḗ ȧ ŀǿẇḗř řḗşǿŀŭŧīǿƞ, ŧħḗƞ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner ran out of memory. Scan fewer pages at a time or choose a lower resolution, then press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř řȧƞ ǿŭŧ ǿƒ ḿḗḿǿřẏ. Şƈȧƞ ƒḗẇḗř ƥȧɠḗş ȧŧ ȧ ŧīḿḗ ǿř ƈħǿǿşḗ ȧ ŀǿẇḗř řḗşǿŀŭŧīǿƞ, ŧħḗƞ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner reported a paper jam. Lift the lid, check nothing is caught, put the page back face down on the glass and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř řḗƥǿřŧḗḓ ȧ ƥȧƥḗř ĵȧḿ. Ŀīƒŧ ŧħḗ ŀīḓ, ƈħḗƈķ ƞǿŧħīƞɠ īş ƈȧŭɠħŧ, ƥŭŧ ŧħḗ ƥȧɠḗ ƀȧƈķ ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner reported a paper jam. Lift the lid, check nothing is caught, put the page back face down on the glass and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř řḗƥǿřŧḗḓ ȧ ƥȧƥḗř ĵȧḿ. Ŀīƒŧ ŧħḗ ŀīḓ, ƈħḗƈķ ƞǿŧħīƞɠ īş ƈȧŭɠħŧ, ƥŭŧ ŧħḗ ƥȧɠḗ ƀȧƈķ ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner sent no image. Check the page is face down on the glass and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř şḗƞŧ ƞǿ īḿȧɠḗ. Ƈħḗƈķ ŧħḗ ƥȧɠḗ īş ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner sent no image. Check the page is face down on the glass and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř şḗƞŧ ƞǿ īḿȧɠḗ. Ƈħḗƈķ ŧħḗ ƥȧɠḗ īş ƒȧƈḗ ḓǿẇƞ ǿƞ ŧħḗ ɠŀȧşş ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner sent no image. Check the page is on the glass or in the feeder and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř şḗƞŧ ƞǿ īḿȧɠḗ. Ƈħḗƈķ ŧħḗ ƥȧɠḗ īş ǿƞ ŧħḗ ɠŀȧşş ǿř īƞ ŧħḗ ƒḗḗḓḗř ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner sent no image. Check the page is on the glass or in the feeder and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř şḗƞŧ ƞǿ īḿȧɠḗ. Ƈħḗƈķ ŧħḗ ƥȧɠḗ īş ǿƞ ŧħḗ ɠŀȧşş ǿř īƞ ŧħḗ ƒḗḗḓḗř ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner stopped responding. Switch it off and on again, wait for it to be ready, then press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř şŧǿƥƥḗḓ řḗşƥǿƞḓīƞɠ. Şẇīŧƈħ īŧ ǿƒƒ ȧƞḓ ǿƞ ȧɠȧīƞ, ẇȧīŧ ƒǿř īŧ ŧǿ ƀḗ řḗȧḓẏ, ŧħḗƞ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner stopped responding. Switch it off and on again, wait for it to be ready, then press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř şŧǿƥƥḗḓ řḗşƥǿƞḓīƞɠ. Şẇīŧƈħ īŧ ǿƒƒ ȧƞḓ ǿƞ ȧɠȧīƞ, ẇȧīŧ ƒǿř īŧ ŧǿ ƀḗ řḗȧḓẏ, ŧħḗƞ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner stopped talking to the computer. Check its cable and power, then press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř şŧǿƥƥḗḓ ŧȧŀķīƞɠ ŧǿ ŧħḗ ƈǿḿƥŭŧḗř. Ƈħḗƈķ īŧş ƈȧƀŀḗ ȧƞḓ ƥǿẇḗř, ŧħḗƞ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner stopped talking to the computer. Check its cable and power, then press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř şŧǿƥƥḗḓ ŧȧŀķīƞɠ ŧǿ ŧħḗ ƈǿḿƥŭŧḗř. Ƈħḗƈķ īŧş ƈȧƀŀḗ ȧƞḓ ƥǿẇḗř, ŧħḗƞ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner's cover is open. Close the cover, check the pages are in place and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř'ş ƈǿṽḗř īş ǿƥḗƞ. Ƈŀǿşḗ ŧħḗ ƈǿṽḗř, ƈħḗƈķ ŧħḗ ƥȧɠḗş ȧřḗ īƞ ƥŀȧƈḗ ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner's cover is open. Close the cover, check the pages are in place and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř'ş ƈǿṽḗř īş ǿƥḗƞ. Ƈŀǿşḗ ŧħḗ ƈǿṽḗř, ƈħḗƈķ ŧħḗ ƥȧɠḗş ȧřḗ īƞ ƥŀȧƈḗ ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner's transport lock is on. Release the lock (see the label on the scanner) and press Continue.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř'ş ŧřȧƞşƥǿřŧ ŀǿƈķ īş ǿƞ. Řḗŀḗȧşḗ ŧħḗ ŀǿƈķ (şḗḗ ŧħḗ ŀȧƀḗŀ ǿƞ ŧħḗ şƈȧƞƞḗř) ȧƞḓ ƥřḗşş Ƈǿƞŧīƞŭḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The scanner's transport lock is on. Release the lock (see the label on the scanner) and press Scan.</source>
            <translation>[Ŧħḗ şƈȧƞƞḗř'ş ŧřȧƞşƥǿřŧ ŀǿƈķ īş ǿƞ. Řḗŀḗȧşḗ ŧħḗ ŀǿƈķ (şḗḗ ŧħḗ ŀȧƀḗŀ ǿƞ ŧħḗ şƈȧƞƞḗř) ȧƞḓ ƥřḗşş Şƈȧƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no printer called '{printer}' on this station. Ask staff to check the printer's name, then press Print again.</source>
            <translation>[Ŧħḗřḗ īş ƞǿ ƥřīƞŧḗř ƈȧŀŀḗḓ '{printer}' ǿƞ ŧħīş şŧȧŧīǿƞ. Ȧşķ şŧȧƒƒ ŧǿ ƈħḗƈķ ŧħḗ ƥřīƞŧḗř'ş ƞȧḿḗ, ŧħḗƞ ƥřḗşş Ƥřīƞŧ ȧɠȧīƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This PC's account is not linked to a member of staff: choose your name and enter your PIN.</source>
            <translation>[Ŧħīş ƤƇ'ş ȧƈƈǿŭƞŧ īş ƞǿŧ ŀīƞķḗḓ ŧǿ ȧ ḿḗḿƀḗř ǿƒ şŧȧƒƒ: ƈħǿǿşḗ ẏǿŭř ƞȧḿḗ ȧƞḓ ḗƞŧḗř ẏǿŭř ƤĪȠ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This computer has no scanner software that Station Desk can use. Ask IT to install it.</source>
            <translation>[Ŧħīş ƈǿḿƥŭŧḗř ħȧş ƞǿ şƈȧƞƞḗř şǿƒŧẇȧřḗ ŧħȧŧ Şŧȧŧīǿƞ Ḓḗşķ ƈȧƞ ŭşḗ. Ȧşķ ĪŦ ŧǿ īƞşŧȧŀŀ īŧ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Sign-in is locked for 1 minute more (until {until}). Ask a colleague to sign in, or wait.</source>
            <translation>[Ŧǿǿ ḿȧƞẏ ẇřǿƞɠ ƤĪȠş. Şīɠƞ-īƞ īş ŀǿƈķḗḓ ƒǿř 1 ḿīƞŭŧḗ ḿǿřḗ (ŭƞŧīŀ {until}). Ȧşķ ȧ ƈǿŀŀḗȧɠŭḗ ŧǿ şīɠƞ īƞ, ǿř ẇȧīŧ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Sign-in is locked for {minutes} minutes more (until {until}). Ask a colleague to sign in, or wait.</source>
            <translation>[Ŧǿǿ ḿȧƞẏ ẇřǿƞɠ ƤĪȠş. Şīɠƞ-īƞ īş ŀǿƈķḗḓ ƒǿř {minutes} ḿīƞŭŧḗş ḿǿřḗ (ŭƞŧīŀ {until}). Ȧşķ ȧ ƈǿŀŀḗȧɠŭḗ ŧǿ şīɠƞ īƞ, ǿř ẇȧīŧ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Sign-in is locked until a manager unlocks it (desk staff unlock). Ask a colleague to sign in.</source>
            <translation>[Ŧǿǿ ḿȧƞẏ ẇřǿƞɠ ƤĪȠş. Şīɠƞ-īƞ īş ŀǿƈķḗḓ ŭƞŧīŀ ȧ ḿȧƞȧɠḗř ŭƞŀǿƈķş īŧ (ḓḗşķ şŧȧƒƒ ŭƞŀǿƈķ). Ȧşķ ȧ ƈǿŀŀḗȧɠŭḗ ŧǿ şīɠƞ īƞ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} cannot be found. Check the file is still there.</source>
            <translation>[{file} ƈȧƞƞǿŧ ƀḗ ƒǿŭƞḓ. Ƈħḗƈķ ŧħḗ ƒīŀḗ īş şŧīŀŀ ŧħḗřḗ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is not a PDF file. Choose a PDF and try again.</source>
            <translation>[{file} īş ƞǿŧ ȧ ƤḒƑ ƒīŀḗ. Ƈħǿǿşḗ ȧ ƤḒƑ ȧƞḓ ŧřẏ ȧɠȧīƞ. ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>90th percentile time spent (minutes)</source>
            <translation>[90ŧħ ƥḗřƈḗƞŧīŀḗ ŧīḿḗ şƥḗƞŧ (ḿīƞŭŧḗş) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>90th percentile wait (minutes)</source>
            <translation>[90ŧħ ƥḗřƈḗƞŧīŀḗ ẇȧīŧ (ḿīƞŭŧḗş) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Accessibility</source>
            <translation>[Ȧƈƈḗşşīƀīŀīŧẏ ~~~~]</translation>
        </message>
        <message>
            <source>Account help</source>
            <translation>[Ȧƈƈǿŭƞŧ ħḗŀƥ ~~~]</translation>
        </message>
        <message>
            <source>All</source>
            <translation>[Ȧŀŀ ~]</translation>
        </message>
        <message>
            <source>Alone</source>
            <translation>[Ȧŀǿƞḗ ~]</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>[Ȧƥƥǿīƞŧḿḗƞŧ ~~~]</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>[Ȧƥř ~]</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>[Ȧŭɠ ~]</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>[Ȧṽȧīŀȧƀŀḗ ~~~]</translation>
        </message>
        <message>
            <source>Awaiting wipe</source>
            <translation>[Ȧẇȧīŧīƞɠ ẇīƥḗ ~~~~]</translation>
        </message>
        <message>
            <source>Back, in the centre</source>
            <translation>[Ɓȧƈķ, īƞ ŧħḗ ƈḗƞŧřḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Back, taken home</source>
            <translation>[Ɓȧƈķ, ŧȧķḗƞ ħǿḿḗ ~~~~]</translation>
        </message>
        <message>
            <source>Barriers found at triage (a triage may find several)</source>
            <translation>[Ɓȧřřīḗřş ƒǿŭƞḓ ȧŧ ŧřīȧɠḗ (ȧ ŧřīȧɠḗ ḿȧẏ ƒīƞḓ şḗṽḗřȧŀ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Basic skills</source>
            <translation>[Ɓȧşīƈ şķīŀŀş ~~~]</translation>
        </message>
        <message>
            <source>Benefits evidence</source>
            <translation>[Ɓḗƞḗƒīŧş ḗṽīḓḗƞƈḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>[Ƈȧƞƈḗŀŀḗḓ ~~~]</translation>
        </message>
        <message>
            <source>Cannot afford data</source>
            <translation>[Ƈȧƞƞǿŧ ȧƒƒǿřḓ ḓȧŧȧ ~~~~~]</translation>
        </message>
        <message>
            <source>Champion nearby</source>
            <translation>[Ƈħȧḿƥīǿƞ ƞḗȧřƀẏ ~~~~]</translation>
        </message>
        <message>
            <source>Channel shift: who typed, and next time</source>
            <translation>[Ƈħȧƞƞḗŀ şħīƒŧ: ẇħǿ ŧẏƥḗḓ, ȧƞḓ ƞḗẋŧ ŧīḿḗ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>[Ƈŀǿşḗḓ ~~]</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>[Ƈǿḿƥŀḗŧḗḓ ~~~]</translation>
        </message>
        <message>
            <source>Confident</source>
            <translation>[Ƈǿƞƒīḓḗƞŧ ~~~]</translation>
        </message>
        <message>
            <source>Council tax</source>
            <translation>[Ƈǿŭƞƈīŀ ŧȧẋ ~~~]</translation>
        </message>
        <message>
            <source>Data bank</source>
            <translation>[Ḓȧŧȧ ƀȧƞķ ~~]</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>[Ḓḗƈ ~]</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>[Ḓḗŀīṽḗřḗḓ ~~~]</translation>
        </message>
        <message>
            <source>Device bank</source>
            <translation>[Ḓḗṽīƈḗ ƀȧƞķ ~~~]</translation>
        </message>
        <message>
            <source>Device help</source>
            <translation>[Ḓḗṽīƈḗ ħḗŀƥ ~~~]</translation>
        </message>
        <message>
            <source>Devices in each state now</source>
            <translation>[Ḓḗṽīƈḗş īƞ ḗȧƈħ şŧȧŧḗ ƞǿẇ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Digital needs</source>
            <translation>[Ḓīɠīŧȧŀ ƞḗḗḓş ~~~~]</translation>
        </message>
        <message>
            <source>Documents sent, by how their upload went</source>
            <translation>[Ḓǿƈŭḿḗƞŧş şḗƞŧ, ƀẏ ħǿẇ ŧħḗīř ŭƥŀǿȧḓ ẇḗƞŧ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Documents uploaded</source>
            <translation>[Ḓǿƈŭḿḗƞŧş ŭƥŀǿȧḓḗḓ ~~~~~]</translation>
        </message>
        <message>
            <source>Done independently</source>
            <translation>[Ḓǿƞḗ īƞḓḗƥḗƞḓḗƞŧŀẏ ~~~~~]</translation>
        </message>
        <message>
            <source>Done on behalf</source>
            <translation>[Ḓǿƞḗ ǿƞ ƀḗħȧŀƒ ~~~~]</translation>
        </message>
        <message>
            <source>Done with help</source>
            <translation>[Ḓǿƞḗ ẇīŧħ ħḗŀƥ ~~~~]</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>[Ḗḿȧīŀ ~]</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>[Ḗẋƥḗřŧ ~~]</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>[Ƒȧīŀḗḓ ~~]</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>[Ƒḗƀ ~]</translation>
        </message>
        <message>
            <source>Footfall: visits</source>
            <translation>[Ƒǿǿŧƒȧŀŀ: ṽīşīŧş ~~~~]</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>[Ƒřī ~]</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>[Ƒřīḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Helped by a champion</source>
            <translation>[Ħḗŀƥḗḓ ƀẏ ȧ ƈħȧḿƥīǿƞ ~~~~~]</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>[Ħǿŭşīƞɠ ~~]</translation>
        </message>
        <message>
            <source>How tasks went</source>
            <translation>[Ħǿẇ ŧȧşķş ẇḗƞŧ ~~~~]</translation>
        </message>
        <message>
            <source>How visits ended</source>
            <translation>[Ħǿẇ ṽīşīŧş ḗƞḓḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>IT help</source>
            <translation>[ĪŦ ħḗŀƥ ~~]</translation>
        </message>
        <message>
            <source>In centre</source>
            <translation>[Īƞ ƈḗƞŧřḗ ~~]</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>[Īƞ řḗƥȧīř ~~]</translation>
        </message>
        <message>
            <source>In use in centre</source>
            <translation>[Īƞ ŭşḗ īƞ ƈḗƞŧřḗ ~~~~]</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>[Ĵȧƞ ~]</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>[Ĵŭŀ ~]</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>[Ĵŭƞ ~]</translation>
        </message>
        <message>
            <source>Kiosk (resident alone)</source>
            <translation>[Ķīǿşķ (řḗşīḓḗƞŧ ȧŀǿƞḗ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ŀȧƞɠŭȧɠḗ ~~]</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>[Ŀȧƥŧǿƥ ~~]</translation>
        </message>
        <message>
            <source>Learning the ropes</source>
            <translation>[Ŀḗȧřƞīƞɠ ŧħḗ řǿƥḗş ~~~~~]</translation>
        </message>
        <message>
            <source>Left before being seen</source>
            <translation>[Ŀḗƒŧ ƀḗƒǿřḗ ƀḗīƞɠ şḗḗƞ ~~~~~~]</translation>
        </message>
        <message>
            <source>Loan devices</source>
            <translation>[Ŀǿȧƞ ḓḗṽīƈḗş ~~~]</translation>
        </message>
        <message>
            <source>Loans are at the device's site; the station filter does not apply to them. The overdue, waitlist-now and device tables are as they stand when the report is made.</source>
            <translation>[Ŀǿȧƞş ȧřḗ ȧŧ ŧħḗ ḓḗṽīƈḗ'ş şīŧḗ; ŧħḗ şŧȧŧīǿƞ ƒīŀŧḗř ḓǿḗş ƞǿŧ ȧƥƥŀẏ ŧǿ ŧħḗḿ. Ŧħḗ ǿṽḗřḓŭḗ, ẇȧīŧŀīşŧ-ƞǿẇ ȧƞḓ ḓḗṽīƈḗ ŧȧƀŀḗş ȧřḗ ȧş ŧħḗẏ şŧȧƞḓ ẇħḗƞ ŧħḗ řḗƥǿřŧ īş ḿȧḓḗ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Loans made in visits with a triage</source>
            <translation>[Ŀǿȧƞş ḿȧḓḗ īƞ ṽīşīŧş ẇīŧħ ȧ ŧřīȧɠḗ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Loans out and back</source>
            <translation>[Ŀǿȧƞş ǿŭŧ ȧƞḓ ƀȧƈķ ~~~~~]</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>[Ḿȧř ~]</translation>
        </message>
        <message>
            <source>May</source>
            <translation>[Ḿȧẏ ~]</translation>
        </message>
        <message>
            <source>Median days waited</source>
            <translation>[Ḿḗḓīȧƞ ḓȧẏş ẇȧīŧḗḓ ~~~~~]</translation>
        </message>
        <message>
            <source>Median time spent (minutes)</source>
            <translation>[Ḿḗḓīȧƞ ŧīḿḗ şƥḗƞŧ (ḿīƞŭŧḗş) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Median wait (minutes)</source>
            <translation>[Ḿḗḓīȧƞ ẇȧīŧ (ḿīƞŭŧḗş) ~~~~~]</translation>
        </message>
        <message>
            <source>Mobile hotspot</source>
            <translation>[Ḿǿƀīŀḗ ħǿŧşƥǿŧ ~~~~]</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>[Ḿǿƞ ~]</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>[Ḿǿƞḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>[Ḿǿŧīṽȧŧīǿƞ ~~~]</translation>
        </message>
        <message>
            <source>Needs a device</source>
            <translation>[Ƞḗḗḓş ȧ ḓḗṽīƈḗ ~~~~]</translation>
        </message>
        <message>
            <source>Needs data</source>
            <translation>[Ƞḗḗḓş ḓȧŧȧ ~~~]</translation>
        </message>
        <message>
            <source>Needs skills</source>
            <translation>[Ƞḗḗḓş şķīŀŀş ~~~]</translation>
        </message>
        <message>
            <source>Never have never will</source>
            <translation>[Ƞḗṽḗř ħȧṽḗ ƞḗṽḗř ẇīŀŀ ~~~~~~]</translation>
        </message>
        <message>
            <source>No device</source>
            <translation>[Ƞǿ ḓḗṽīƈḗ ~~]</translation>
        </message>
        <message>
            <source>No home connection</source>
            <translation>[Ƞǿ ħǿḿḗ ƈǿƞƞḗƈŧīǿƞ ~~~~~]</translation>
        </message>
        <message>
            <source>Not completed</source>
            <translation>[Ƞǿŧ ƈǿḿƥŀḗŧḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>Not done document missing</source>
            <translation>[Ƞǿŧ ḓǿƞḗ ḓǿƈŭḿḗƞŧ ḿīşşīƞɠ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not done needs face to face</source>
            <translation>[Ƞǿŧ ḓǿƞḗ ƞḗḗḓş ƒȧƈḗ ŧǿ ƒȧƈḗ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not done system down</source>
            <translation>[Ƞǿŧ ḓǿƞḗ şẏşŧḗḿ ḓǿẇƞ ~~~~~]</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>[Ƞǿŧ řḗƈǿřḓḗḓ ~~~]</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>[Ƞǿṽ ~]</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>[Ǿƈŧ ~]</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>[Ǿƞ ŀǿȧƞ ~~]</translation>
        </message>
        <message>
            <source>On their behalf</source>
            <translation>[Ǿƞ ŧħḗīř ƀḗħȧŀƒ ~~~~]</translation>
        </message>
        <message>
            <source>Online form</source>
            <translation>[Ǿƞŀīƞḗ ƒǿřḿ ~~~]</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>[Ǿŧħḗř ~]</translation>
        </message>
        <message>
            <source>Other service</source>
            <translation>[Ǿŧħḗř şḗřṽīƈḗ ~~~~]</translation>
        </message>
        <message>
            <source>Out, in the centre</source>
            <translation>[Ǿŭŧ, īƞ ŧħḗ ƈḗƞŧřḗ ~~~~]</translation>
        </message>
        <message>
            <source>Out, to take home</source>
            <translation>[Ǿŭŧ, ŧǿ ŧȧķḗ ħǿḿḗ ~~~~]</translation>
        </message>
        <message>
            <source>Pages and documents (amounts, not people)</source>
            <translation>[Ƥȧɠḗş ȧƞḓ ḓǿƈŭḿḗƞŧş (ȧḿǿŭƞŧş, ƞǿŧ ƥḗǿƥŀḗ) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pages in documents sent</source>
            <translation>[Ƥȧɠḗş īƞ ḓǿƈŭḿḗƞŧş şḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Pages printed</source>
            <translation>[Ƥȧɠḗş ƥřīƞŧḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>Pages printed (printers' count)</source>
            <translation>[Ƥȧɠḗş ƥřīƞŧḗḓ (ƥřīƞŧḗřş' ƈǿŭƞŧ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pages scanned</source>
            <translation>[Ƥȧɠḗş şƈȧƞƞḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>Paired (side by side)</source>
            <translation>[Ƥȧīřḗḓ (şīḓḗ ƀẏ şīḓḗ) ~~~~~]</translation>
        </message>
        <message>
            <source>Parking blue badge</source>
            <translation>[Ƥȧřķīƞɠ ƀŀŭḗ ƀȧḓɠḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Partly completed</source>
            <translation>[Ƥȧřŧŀẏ ƈǿḿƥŀḗŧḗḓ ~~~~~]</translation>
        </message>
        <message>
            <source>Partly done</source>
            <translation>[Ƥȧřŧŀẏ ḓǿƞḗ ~~~]</translation>
        </message>
        <message>
            <source>Places on the waitlist closed in the period, and the median days waited</source>
            <translation>[Ƥŀȧƈḗş ǿƞ ŧħḗ ẇȧīŧŀīşŧ ƈŀǿşḗḓ īƞ ŧħḗ ƥḗřīǿḓ, ȧƞḓ ŧħḗ ḿḗḓīȧƞ ḓȧẏş ẇȧīŧḗḓ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Places taken on the waitlist</source>
            <translation>[Ƥŀȧƈḗş ŧȧķḗƞ ǿƞ ŧħḗ ẇȧīŧŀīşŧ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>[Ƥřīƞŧ ~]</translation>
        </message>
        <message>
            <source>Print jobs by how they ended</source>
            <translation>[Ƥřīƞŧ ĵǿƀş ƀẏ ħǿẇ ŧħḗẏ ḗƞḓḗḓ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>[Ƥřīƞŧīƞɠ ~~]</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>[Ɋŭḗŭḗḓ ~~]</translation>
        </message>
        <message>
            <source>Referrals and signposts by kind</source>
            <translation>[Řḗƒḗřřȧŀş ȧƞḓ şīɠƞƥǿşŧş ƀẏ ķīƞḓ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Referrals and signposts by where to</source>
            <translation>[Řḗƒḗřřȧŀş ȧƞḓ şīɠƞƥǿşŧş ƀẏ ẇħḗřḗ ŧǿ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Referred by service</source>
            <translation>[Řḗƒḗřřḗḓ ƀẏ şḗřṽīƈḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Referred face to face</source>
            <translation>[Řḗƒḗřřḗḓ ƒȧƈḗ ŧǿ ƒȧƈḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>[Řḗĵḗƈŧḗḓ ~~]</translation>
        </message>
        <message>
            <source>Reluctantly online</source>
            <translation>[Řḗŀŭƈŧȧƞŧŀẏ ǿƞŀīƞḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Resident alone</source>
            <translation>[Řḗşīḓḗƞŧ ȧŀǿƞḗ ~~~~]</translation>
        </message>
        <message>
            <source>Residents on the waitlist now</source>
            <translation>[Řḗşīḓḗƞŧş ǿƞ ŧħḗ ẇȧīŧŀīşŧ ƞǿẇ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Residents seen more than once: who typed at their first and last visit</source>
            <translation>[Řḗşīḓḗƞŧş şḗḗƞ ḿǿřḗ ŧħȧƞ ǿƞƈḗ: ẇħǿ ŧẏƥḗḓ ȧŧ ŧħḗīř ƒīřşŧ ȧƞḓ ŀȧşŧ ṽīşīŧ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>[Řḗŧīřḗḓ ~~]</translation>
        </message>
        <message>
            <source>Same help</source>
            <translation>[Şȧḿḗ ħḗŀƥ ~~]</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>[Şȧŧ ~]</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>[Şȧŧŭřḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Scan and upload</source>
            <translation>[Şƈȧƞ ȧƞḓ ŭƥŀǿȧḓ ~~~~]</translation>
        </message>
        <message>
            <source>School admissions</source>
            <translation>[Şƈħǿǿŀ ȧḓḿīşşīǿƞş ~~~~~]</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>[Şḗḗƞ ~]</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>[Şḗƥ ~]</translation>
        </message>
        <message>
            <source>Signposted by phone</source>
            <translation>[Şīɠƞƥǿşŧḗḓ ƀẏ ƥħǿƞḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Skills communicating</source>
            <translation>[Şķīŀŀş ƈǿḿḿŭƞīƈȧŧīƞɠ ~~~~~~]</translation>
        </message>
        <message>
            <source>Skills foundation</source>
            <translation>[Şķīŀŀş ƒǿŭƞḓȧŧīǿƞ ~~~~~]</translation>
        </message>
        <message>
            <source>Skills handling information</source>
            <translation>[Şķīŀŀş ħȧƞḓŀīƞɠ īƞƒǿřḿȧŧīǿƞ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Skills problem solving</source>
            <translation>[Şķīŀŀş ƥřǿƀŀḗḿ şǿŀṽīƞɠ ~~~~~~]</translation>
        </message>
        <message>
            <source>Skills safe and legal</source>
            <translation>[Şķīŀŀş şȧƒḗ ȧƞḓ ŀḗɠȧŀ ~~~~~~]</translation>
        </message>
        <message>
            <source>Skills transacting</source>
            <translation>[Şķīŀŀş ŧřȧƞşȧƈŧīƞɠ ~~~~~]</translation>
        </message>
        <message>
            <source>Social tariff</source>
            <translation>[Şǿƈīȧŀ ŧȧřīƒƒ ~~~~]</translation>
        </message>
        <message>
            <source>Some help</source>
            <translation>[Şǿḿḗ ħḗŀƥ ~~]</translation>
        </message>
        <message>
            <source>Still queued</source>
            <translation>[Şŧīŀŀ ɋŭḗŭḗḓ ~~~]</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>[Şŭƞ ~]</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>[Şŭƞḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Tablet</source>
            <translation>[Ŧȧƀŀḗŧ ~~]</translation>
        </message>
        <message>
            <source>Take home</source>
            <translation>[Ŧȧķḗ ħǿḿḗ ~~]</translation>
        </message>
        <message>
            <source>Take-home loans overdue now</source>
            <translation>[Ŧȧķḗ-ħǿḿḗ ŀǿȧƞş ǿṽḗřḓŭḗ ƞǿẇ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Task specific</source>
            <translation>[Ŧȧşķ şƥḗƈīƒīƈ ~~~~]</translation>
        </message>
        <message>
            <source>Tasks by how the resident could do them next time</source>
            <translation>[Ŧȧşķş ƀẏ ħǿẇ ŧħḗ řḗşīḓḗƞŧ ƈǿŭŀḓ ḓǿ ŧħḗḿ ƞḗẋŧ ŧīḿḗ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Tasks by service area</source>
            <translation>[Ŧȧşķş ƀẏ şḗřṽīƈḗ ȧřḗȧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Tasks by type</source>
            <translation>[Ŧȧşķş ƀẏ ŧẏƥḗ ~~~]</translation>
        </message>
        <message>
            <source>The stations' work</source>
            <translation>[Ŧħḗ şŧȧŧīǿƞş' ẇǿřķ ~~~~~]</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>[Ŧħŭ ~]</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>[Ŧħŭřşḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>[Ŧǿŧȧŀ ~]</translation>
        </message>
        <message>
            <source>Training course</source>
            <translation>[Ŧřȧīƞīƞɠ ƈǿŭřşḗ ~~~~]</translation>
        </message>
        <message>
            <source>Triages</source>
            <translation>[Ŧřīȧɠḗş ~~]</translation>
        </message>
        <message>
            <source>Triages and the minimum access package needs they found (a triage may find several)</source>
            <translation>[Ŧřīȧɠḗş ȧƞḓ ŧħḗ ḿīƞīḿŭḿ ȧƈƈḗşş ƥȧƈķȧɠḗ ƞḗḗḓş ŧħḗẏ ƒǿŭƞḓ (ȧ ŧřīȧɠḗ ḿȧẏ ƒīƞḓ şḗṽḗřȧŀ) ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Triages by Digital Inclusion Scale level (1 never have, never will … 9 expert)</source>
            <translation>[Ŧřīȧɠḗş ƀẏ Ḓīɠīŧȧŀ Īƞƈŀŭşīǿƞ Şƈȧŀḗ ŀḗṽḗŀ (1 ƞḗṽḗř ħȧṽḗ, ƞḗṽḗř ẇīŀŀ … 9 ḗẋƥḗřŧ) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Trust and confidence</source>
            <translation>[Ŧřŭşŧ ȧƞḓ ƈǿƞƒīḓḗƞƈḗ ~~~~~~]</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>[Ŧŭḗ ~]</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>[Ŧŭḗşḓȧẏ ~~]</translation>
        </message>
        <message>
            <source>Unsuitable device</source>
            <translation>[Ŭƞşŭīŧȧƀŀḗ ḓḗṽīƈḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>[Ṽīḓḗǿ ƈȧŀŀ ~~~]</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>[Ṽīşīŧş ~~]</translation>
        </message>
        <message>
            <source>Visits at the kiosk (the resident alone) and assisted</source>
            <translation>[Ṽīşīŧş ȧŧ ŧħḗ ķīǿşķ (ŧħḗ řḗşīḓḗƞŧ ȧŀǿƞḗ) ȧƞḓ ȧşşīşŧḗḓ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Visits by how the resident came</source>
            <translation>[Ṽīşīŧş ƀẏ ħǿẇ ŧħḗ řḗşīḓḗƞŧ ƈȧḿḗ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Visits by site</source>
            <translation>[Ṽīşīŧş ƀẏ şīŧḗ ~~~~]</translation>
        </message>
        <message>
            <source>Visits by station</source>
            <translation>[Ṽīşīŧş ƀẏ şŧȧŧīǿƞ ~~~~~]</translation>
        </message>
        <message>
            <source>Visits by who typed</source>
            <translation>[Ṽīşīŧş ƀẏ ẇħǿ ŧẏƥḗḓ ~~~~~]</translation>
        </message>
        <message>
            <source>Visits timed</source>
            <translation>[Ṽīşīŧş ŧīḿḗḓ ~~~]</translation>
        </message>
        <message>
            <source>Wait: from arrival to first seen; time spent: from the start of help to the end of the visit. Medians and 90th percentiles in minutes. A wait is measured where the resident checked in at the queue and estimated where the champion typed "arrived N minutes ago"; visits that left before being seen are counted apart and have no wait.</source>
            <translation>[Ẇȧīŧ: ƒřǿḿ ȧřřīṽȧŀ ŧǿ ƒīřşŧ şḗḗƞ; ŧīḿḗ şƥḗƞŧ: ƒřǿḿ ŧħḗ şŧȧřŧ ǿƒ ħḗŀƥ ŧǿ ŧħḗ ḗƞḓ ǿƒ ŧħḗ ṽīşīŧ. Ḿḗḓīȧƞş ȧƞḓ 90ŧħ ƥḗřƈḗƞŧīŀḗş īƞ ḿīƞŭŧḗş. Ȧ ẇȧīŧ īş ḿḗȧşŭřḗḓ ẇħḗřḗ ŧħḗ řḗşīḓḗƞŧ ƈħḗƈķḗḓ īƞ ȧŧ ŧħḗ ɋŭḗŭḗ ȧƞḓ ḗşŧīḿȧŧḗḓ ẇħḗřḗ ŧħḗ ƈħȧḿƥīǿƞ ŧẏƥḗḓ "ȧřřīṽḗḓ Ƞ ḿīƞŭŧḗş ȧɠǿ"; ṽīşīŧş ŧħȧŧ ŀḗƒŧ ƀḗƒǿřḗ ƀḗīƞɠ şḗḗƞ ȧřḗ ƈǿŭƞŧḗḓ ȧƥȧřŧ ȧƞḓ ħȧṽḗ ƞǿ ẇȧīŧ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Waiting and time spent</source>
            <translation>[Ẇȧīŧīƞɠ ȧƞḓ ŧīḿḗ şƥḗƞŧ ~~~~~~]</translation>
        </message>
        <message>
            <source>Waits and time spent at {site}</source>
            <translation>[Ẇȧīŧş ȧƞḓ ŧīḿḗ şƥḗƞŧ ȧŧ {site} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Waits and time spent, every site chosen</source>
            <translation>[Ẇȧīŧş ȧƞḓ ŧīḿḗ şƥḗƞŧ, ḗṽḗřẏ şīŧḗ ƈħǿşḗƞ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Waits estimated</source>
            <translation>[Ẇȧīŧş ḗşŧīḿȧŧḗḓ ~~~~]</translation>
        </message>
        <message>
            <source>Walk in</source>
            <translation>[Ẇȧŀķ īƞ ~~]</translation>
        </message>
        <message>
            <source>Was online but no longer</source>
            <translation>[Ẇȧş ǿƞŀīƞḗ ƀŭŧ ƞǿ ŀǿƞɠḗř ~~~~~~]</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>[Ẇḗḓ ~]</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>[Ẇḗḓƞḗşḓȧẏ ~~~]</translation>
        </message>
        <message>
            <source>What people came for</source>
            <translation>[Ẇħȧŧ ƥḗǿƥŀḗ ƈȧḿḗ ƒǿř ~~~~~]</translation>
        </message>
        <message>
            <source>Will not go online</source>
            <translation>[Ẇīŀŀ ƞǿŧ ɠǿ ǿƞŀīƞḗ ~~~~~]</translation>
        </message>
        <message>
            <source>Willing and unable</source>
            <translation>[Ẇīŀŀīƞɠ ȧƞḓ ŭƞȧƀŀḗ ~~~~~]</translation>
        </message>
        <message>
            <source>w/c {day}</source>
            <translation>[ẇ/ƈ {day} ~]</translation>
        </message>
        <message>
            <source>{station} ({site})</source>
            <translation>[{station} ({site}) ~~~]</translation>
        </message>
    </context>
</TS>