<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_XA">
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
        <source>Visits not yet ended at this station:</source>
        <translation>[Ṽīşīŧş ƞǿŧ ẏḗŧ ḗƞḓḗḓ ȧŧ ŧħīş şŧȧŧīǿƞ: ~~~~~~~~~~]</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>[Ƥřǿƀŀḗḿ ~~]</translation>
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
</context>
<context>
    <name>SignInView</name>
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
        <source>Enter your name.</source>
        <translation>[Ḗƞŧḗř ẏǿŭř ƞȧḿḗ. ~~~~]</translation>
    </message>
    <message>
        <source>The two PINs are different. Type them again.</source>
        <translation>[Ŧħḗ ŧẇǿ ƤĪȠş ȧřḗ ḓīƒƒḗřḗƞŧ. Ŧẏƥḗ ŧħḗḿ ȧɠȧīƞ. ~~~~~~~~~~~]</translation>
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
    <name>VisitView</name>
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
        <source>How did the visit end?</source>
        <translation>[Ħǿẇ ḓīḓ ŧħḗ ṽīşīŧ ḗƞḓ? ~~~~~]</translation>
    </message>
    <message>
        <source>End visit</source>
        <translation>[Ḗƞḓ ṽīşīŧ ~~]</translation>
    </message>
    <message>
        <source>Problem with this visit</source>
        <translation>[Ƥřǿƀŀḗḿ ẇīŧħ ŧħīş ṽīşīŧ ~~~~~~]</translation>
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
        <source>Signposted to: {names}</source>
        <translation>[Şīɠƞƥǿşŧḗḓ ŧǿ: {names} ~~~~~]</translation>
    </message>
    <message>
        <source>Choose how the visit ended first.</source>
        <translation>[Ƈħǿǿşḗ ħǿẇ ŧħḗ ṽīşīŧ ḗƞḓḗḓ ƒīřşŧ. ~~~~~~~~~]</translation>
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
</context>
</TS>