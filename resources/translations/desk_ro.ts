<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro">
    <context>
        <name>AgreementPrinting</name>
        <message>
            <source>Print the loan agreement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check someone in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service the resident has come for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they need to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not known yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only if they have one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language to help in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example Polish (empty: English)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They need an interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Appointment reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem checking in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here names the resident. Only the service is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access needs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their ticket number is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask them to take a seat: the number is called on the screen and aloud.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Page {n}</source>
            <translation type="unfinished">Pagina {n}</translation>
        </message>
        <message>
            <source>Sending… please wait.</source>
            <translation type="unfinished">Se trimite… vă rugăm să așteptați.</translation>
        </message>
        <message>
            <source>Check your pages</source>
            <translation type="unfinished">Verificați paginile</translation>
        </message>
        <message>
            <source>Your pages</source>
            <translation type="unfinished">Paginile dvs.</translation>
        </message>
        <message>
            <source>Choose a page to remove it, or send them all to the council</source>
            <translation type="unfinished">Alegeți o pagină ca să o ștergeți sau trimiteți-le pe toate la primărie</translation>
        </message>
        <message>
            <source>Scan more pages</source>
            <translation type="unfinished">Scanați mai multe pagini</translation>
        </message>
        <message>
            <source>Remove the chosen page</source>
            <translation type="unfinished">Ștergeți pagina aleasă</translation>
        </message>
        <message>
            <source>Send to the council</source>
            <translation type="unfinished">Trimiteți la primărie</translation>
        </message>
    </context>
    <context>
        <name>ChoosePage</name>
        <message>
            <source>ID card / passport</source>
            <translation type="unfinished">Carte de identitate / pașaport</translation>
        </message>
        <message>
            <source>Bank statement / payslip</source>
            <translation type="unfinished">Extras de cont / fluturaș de salariu</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished">Scrisoare</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished">Fotografie</translation>
        </message>
        <message>
            <source>What are you sending?</source>
            <translation type="unfinished">Ce trimiteți?</translation>
        </message>
    </context>
    <context>
        <name>CrashMessage</name>
        <message>
            <source>Station Desk met a problem it did not expect, so what you were doing may not have finished. Check it and try again. If it happens again, tell IT the incident number: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong. Please ask a member of staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station Desk cannot start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisplayView</name>
        <message>
            <source>Waiting-area display</source>
            <translation type="unfinished">Ecranul din sala de așteptare</translation>
        </message>
        <message>
            <source>Now calling</source>
            <translation type="unfinished">Acum este chemat</translation>
        </message>
        <message>
            <source>Please wait to be called</source>
            <translation type="unfinished">Vă rugăm să așteptați să fiți chemat</translation>
        </message>
        <message>
            <source>{ticket} — {station}</source>
            <translation type="unfinished">{ticket} — {station}</translation>
        </message>
        <message>
            <source>Ticket {ticket}, please go to {station}</source>
            <translation type="unfinished">Bonul {ticket}, vă rugăm să mergeți la {station}</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Printing your receipt…</source>
            <translation type="unfinished">Se tipărește chitanța…</translation>
        </message>
        <message>
            <source>Your receipt has printed. Take it from the printer.</source>
            <translation type="unfinished">Chitanța s-a tipărit. Luați-o de la imprimantă.</translation>
        </message>
        <message>
            <source>Your reference is {reference}. Print your receipt and keep it.</source>
            <translation type="unfinished">Referința dvs. este {reference}. Tipăriți chitanța și păstrați-o.</translation>
        </message>
        <message>
            <source>Your documents are safe here and will be sent as soon as the connection is back. A member of staff can give you the reference.</source>
            <translation type="unfinished">Documentele dvs. sunt în siguranță aici și vor fi trimise imediat ce revine conexiunea. Un angajat vă poate da referința.</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished">Trimis</translation>
        </message>
        <message>
            <source>Remember to take your papers from the scanner.</source>
            <translation type="unfinished">Nu uitați să vă luați hârtiile din scaner.</translation>
        </message>
        <message>
            <source>Print my receipt</source>
            <translation type="unfinished">Tipăriți chitanța mea</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation type="unfinished">Terminați</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{site} · station {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a visit: how did the resident come?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits not yet ended at this station:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand the station to a resident (self-service scanning)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan devices: lend, returns, wipes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports: visits, waits, what works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> minutes ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The resident arrived this many minutes ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They &amp;arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue the visit that started at {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InventoryTab</name>
        <message>
            <source>Show devices in this state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send for repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back from repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A device back from repair is wiped and checked again before it can go out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{device} is now: {state}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskScan</name>
        <message>
            <source>Scanning… please wait.</source>
            <translation type="unfinished">Se scanează… vă rugăm să așteptați.</translation>
        </message>
        <message>
            <source>No pages came through. Check they are in place.</source>
            <translation type="unfinished">Nu a venit nicio pagină. Verificați că sunt la locul lor.</translation>
        </message>
        <message>
            <source>Putting both sides on one page…</source>
            <translation type="unfinished">Se pun ambele fețe pe o singură pagină…</translation>
        </message>
        <message>
            <source>The two sides could not be put on one page. They are kept as two pages.</source>
            <translation type="unfinished">Cele două fețe nu au putut fi puse pe o singură pagină. Rămân ca două pagini.</translation>
        </message>
        <message>
            <source>Nothing came through. Check the pages are face down in the feeder, on top of the scanner, and press Scan again.</source>
            <translation type="unfinished">Nu a venit nimic. Verificați că paginile sunt cu fața în jos în alimentatorul de deasupra scanerului și apăsați din nou Scanați.</translation>
        </message>
        <message>
            <source>Nothing came through. Check the page is face down on the glass, close the lid and press Scan again.</source>
            <translation type="unfinished">Nu a venit nimic. Verificați că pagina este cu fața în jos pe geam, închideți capacul și apăsați din nou Scanați.</translation>
        </message>
        <message>
            <source>A page is stuck in the feeder. Do not pull it: please ask a member of staff to take it out for you.</source>
            <translation type="unfinished">O pagină s-a blocat în alimentator. Nu o trageți: rugați un angajat să o scoată.</translation>
        </message>
        <message>
            <source>The scanner's lid is open. Close it and press Scan again.</source>
            <translation type="unfinished">Capacul scanerului este deschis. Închideți-l și apăsați din nou Scanați.</translation>
        </message>
        <message>
            <source>The scanner is not ready yet. Wait a moment and press Scan again.</source>
            <translation type="unfinished">Scanerul nu este încă gata. Așteptați puțin și apăsați din nou Scanați.</translation>
        </message>
        <message>
            <source>The scanner is not working at the moment. Please ask a member of staff for help.</source>
            <translation type="unfinished">Scanerul nu funcționează acum. Vă rugăm să cereți ajutorul unui angajat.</translation>
        </message>
    </context>
    <context>
        <name>KioskView</name>
        <message>
            <source>Ask a member of staff to start the kiosk again.</source>
            <translation type="unfinished">Rugați un angajat să pornească din nou chioșcul.</translation>
        </message>
        <message>
            <source>The council could not accept these pages. Please ask a member of staff for help.</source>
            <translation type="unfinished">Primăria nu a putut accepta aceste pagini. Vă rugăm să cereți ajutorul unui angajat.</translation>
        </message>
        <message>
            <source>self-service</source>
            <translation type="unfinished">autoservire</translation>
        </message>
        <message>
            <source>This station needs a member of staff. Please ask for help.</source>
            <translation type="unfinished">Această stație are nevoie de un angajat. Vă rugăm să cereți ajutor.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">Personal</translation>
        </message>
        <message>
            <source>Staff only: leave the kiosk</source>
            <translation type="unfinished">Doar pentru personal: ieșire din chioșc</translation>
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished">Înapoi</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation type="unfinished">Începeți din nou</translation>
        </message>
        <message>
            <source>This station cannot start just now. Please ask a member of staff for help.</source>
            <translation type="unfinished">Această stație nu poate porni acum. Vă rugăm să cereți ajutorul unui angajat.</translation>
        </message>
        <message>
            <source>Your pages could not be sent just now. They are still here: press Send to try again, or ask a member of staff for help.</source>
            <translation type="unfinished">Paginile dvs. nu au putut fi trimise acum. Sunt încă aici: apăsați Trimiteți ca să încercați din nou sau cereți ajutorul unui angajat.</translation>
        </message>
        <message>
            <source>The receipt could not be printed. Please write down your reference, {reference}, or ask a member of staff to print it for you.</source>
            <translation type="unfinished">Chitanța nu a putut fi tipărită. Vă rugăm să vă notați referința, {reference}, sau rugați un angajat să o tipărească.</translation>
        </message>
    </context>
    <context>
        <name>LanguageRow</name>
        <message>
            <source>Resident's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An interpreter helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LendTab</name>
        <message>
            <source>Device to lend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrower's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type of ID seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due back on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No kit: just the device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrower types their name to accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit handed over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrower types their name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look at the ID only: never copy it or write down its number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer a referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem lending the device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None free at the moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (version {version})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the type of ID you saw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{device} is lent to {name} until {due}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is their loan number {count}. Offer to refer them for something of their own: {options}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoansView</name>
        <message>
            <source>Loan devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lend to take home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wipes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue and waitlist</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Station Desk — {site}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{site} · {station}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again to do that.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlacePage</name>
        <message>
            <source>Scan</source>
            <translation type="unfinished">Scanați</translation>
        </message>
        <message>
            <source>It has no back – check my pages</source>
            <translation type="unfinished">Nu are verso – verificați paginile mele</translation>
        </message>
        <message>
            <source>The other side</source>
            <translation type="unfinished">Cealaltă față</translation>
        </message>
        <message>
            <source>Now turn the card over and put the other side face down on the glass. Then press Scan.</source>
            <translation type="unfinished">Acum întoarceți cardul și puneți cealaltă față cu fața în jos pe geam. Apoi apăsați Scanați.</translation>
        </message>
        <message>
            <source>Put your pages on the scanner</source>
            <translation type="unfinished">Puneți paginile pe scaner</translation>
        </message>
        <message>
            <source>Put the pages face down in the feeder on top of the scanner.</source>
            <translation type="unfinished">Puneți paginile cu fața în jos în alimentatorul de deasupra scanerului.</translation>
        </message>
        <message>
            <source>Lift the lid, put the page face down on the glass, and close the lid.</source>
            <translation type="unfinished">Ridicați capacul, puneți pagina cu fața în jos pe geam și închideți capacul.</translation>
        </message>
    </context>
    <context>
        <name>PrintView</name>
        <message>
            <source>Choose the PDF to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sides of the paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No printer is set up on this station.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the printer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Busy: the job will wait its turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is {total} pages ({pages} pages × {copies} copies); this station prints at most {most} pages at a time. Print fewer copies or only the pages needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print {total} pages?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This prints {total} pages ({pages} pages × {copies} copies). Print them all?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing… this stays here until the printer has finished.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Printed %n page(s). Hand them to the resident.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The record could not be saved yet (the database cannot be reached); it will be saved when the database is back. Do not print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ready: the last job stopped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <source>The queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residents waiting, the next first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call the chosen resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left before being seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen waiting resident left before being seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check someone in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residents called to a desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came to the desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back in the queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen called resident left before being seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The queue cannot be read at the moment: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n waiting, the longest for {minutes} min.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in {language} with an interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs an interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>appointment at {time}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>waited %n min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Ticket {ticket}, from the queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>help in {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ticket} · {service} · called to {station} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again to do that.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportChart</name>
        <message>
            <source>{first} to {last}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportFilters</name>
        <message>
            <source>From (first day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To (last day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Footfall: visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting and time spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What people came for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel shift: who typed, and next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digital needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stations' work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each row is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A day of the week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An hour of the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Each row is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every site</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>Only a manager can see reports. Sign in as a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the figures as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the figures as a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the &amp;figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the figures as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the report pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making the report pack: %p%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the figures as a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working out the figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working out the figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as spreadsheet (&amp;xlsx)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the figures as a spreadsheet (xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save report &amp;pack (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report pack: every report for the period, as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the CSV and the spreadsheet, withhold small counts (for figures that leave the council; the pack always does)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;able</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures from every station's records, the same as the desk report command gives. Visits are anonymous; no report names a resident.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a manager can see reports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends before it starts: choose a To day after the From day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} to {last}, {sites}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the c&amp;hart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the figures to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReturnsTab</name>
        <message>
            <source>Devices out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No device is out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition it came back in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do the wipe checklist now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check a device back in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>end of the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the device that came back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No kit went out with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{device} is back ({condition}). It now needs a wipe.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScanView</name>
        <message>
            <source>No scanner was found. Check it is plugged in and switched on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What are you scanning?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanned pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanning progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanner problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue scanning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back the removed page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What are you &amp;scanning?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it &amp;shows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the pages on the scanner, then press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for the scanner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanning…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanning page {n}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now turn it over, put it back on the glass and press Continue scanning for the back. If there is nothing on the back, press Send.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Stopped. %n page(s) kept.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n page(s). Check them, then press Send.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Putting both sides on one page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both sides are on one page. Check it, then press Send.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two sides are kept as two pages. Check them, then press Send.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The %n page(s) scanned before this are kept.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This page looks blank. Remove it if it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (looks blank)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInView</name>
        <message>
            <source>Staff sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your name, then enter your PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up this station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No staff accounts exist yet. Create the first one: your name as colleagues know it, and a PIN of 4 to 12 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem creating the account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your name from the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can enter your PIN again now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong PINs. You can try again in %1 (at %2), or ask a colleague to sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two PINs are different. Type them again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Staff: choose your name and enter your PIN</source>
            <translation type="unfinished">Personal: alegeți-vă numele și introduceți PIN-ul</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished">Numele dvs.</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation type="unfinished">&amp;Numele dvs.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished">PIN</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation type="unfinished">&amp;PIN</translation>
        </message>
        <message>
            <source>Leave the kiosk</source>
            <translation type="unfinished">Ieșire din chioșc</translation>
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished">Înapoi</translation>
        </message>
    </context>
    <context>
        <name>StillThere</name>
        <message numerus="yes">
            <source>Your pages will be deleted in %n second(s).</source>
            <translation type="unfinished">
                <numerusform>Paginile dvs. vor fi șterse peste %n secundă.</numerusform>
                <numerusform>Paginile dvs. vor fi șterse peste %n secunde.</numerusform>
                <numerusform>Paginile dvs. vor fi șterse peste %n de secunde.</numerusform>
            </translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation type="unfinished">Mai sunteți aici?</translation>
        </message>
        <message>
            <source>Yes, I am still here</source>
            <translation type="unfinished">Da, sunt încă aici</translation>
        </message>
    </context>
    <context>
        <name>TaskRow</name>
        <message>
            <source>How did it go? ({task})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how it went…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next time the resident could do it ({task})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} pages scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} pages printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} documents sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did it go?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TriageView</name>
        <message>
            <source>Digital needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How does the resident use the internet today?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the closest…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data or a connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and go back to the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem saving the triage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digital needs (about two minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. How does the resident use the internet today?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. What gets in the way? Tick all that apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. What would help?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. Where can we point them? (Suggestions are ticked.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you tick here goes on the visit summary the resident takes home.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidence and other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitPapersFlow</name>
        <message>
            <source>Print the receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the visit summary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitView</name>
        <message>
            <source>Sign in again to end the visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again to lend a device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who typed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tasks yet. Add what the resident came to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digital needs and where to get help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of device to lend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device to lend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lend for this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents sent from this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did the visit end?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to home (the visit stays open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lend a device here:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrived at {time} · waited {minutes} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None free at the moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{device} is lent for this visit; it comes back when the visit ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signposted to: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent, reference {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refused: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent yet, will try again ({message})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the service has received it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the service has accepted it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the service rejected it: {reason}. Scan it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no reason given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how the visit ended first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitingTab</name>
        <message>
            <source>Overdue loans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Was due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of device wanted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices free now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Served: they have a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No longer needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the overdue list or waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue: who to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When no device of a kind is free, add the resident to the waitlist. No personal details are kept on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} free now: lend one instead of adding to the waitlist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {kind} is free now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{position}. {kind}, {use}, since {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a place on the waitlist first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Send your documents to the council</source>
            <translation type="unfinished">Trimiteți documentele la primărie</translation>
        </message>
        <message>
            <source>You can scan your papers here and send them to the council yourself. It is free.</source>
            <translation type="unfinished">Aici vă puteți scana singur documentele și le puteți trimite la primărie. Este gratuit.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished">Începeți</translation>
        </message>
        <message>
            <source>Choose your language</source>
            <translation type="unfinished">Alegeți limba dvs.</translation>
        </message>
    </context>
    <context>
        <name>WipesTab</name>
        <message>
            <source>Device to wipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the wipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wipes waiting for a colleague to verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No wipe is waiting to be verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify wipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the wipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wipe checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick each step as you do it. If a step cannot be done, send it for repair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify a wipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A different member of staff checks each wipe: sign in as yourself to verify a colleague's wipe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to wipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{device} · wiped {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The wipe of {device} is recorded. A colleague now verifies it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{device} is wiped, checked and available to lend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} waiting for a {kind}: call the next one on the waitlist.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Walked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has an appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by a service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent by the phone team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The resident did it alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The resident typed, with help nearby</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>We did it together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I did it for the resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Housing</source>
            <translation type="unfinished">Locuințe</translation>
        </message>
        <message>
            <source>School admissions</source>
            <translation type="unfinished">Înscrieri la școală</translation>
        </message>
        <message>
            <source>Universal Credit or benefits evidence</source>
            <translation type="unfinished">Universal Credit sau dovezi pentru ajutoare sociale</translation>
        </message>
        <message>
            <source>Council Tax</source>
            <translation type="unfinished">Council Tax (impozitul local)</translation>
        </message>
        <message>
            <source>Parking or Blue Badge</source>
            <translation type="unfinished">Parcare sau Blue Badge</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation type="unfinished">Altceva</translation>
        </message>
        <message>
            <source>Scan and send documents</source>
            <translation type="unfinished">Scanarea și trimiterea documentelor</translation>
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished">Tipărire</translation>
        </message>
        <message>
            <source>Fill in an online form</source>
            <translation type="unfinished">Completarea unui formular online</translation>
        </message>
        <message>
            <source>Account or password help</source>
            <translation type="unfinished">Ajutor cu contul sau parola</translation>
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished">E-mail</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished">Apel video</translation>
        </message>
        <message>
            <source>Help with a device</source>
            <translation type="unfinished">Ajutor cu un dispozitiv</translation>
        </message>
        <message>
            <source>Done by the resident alone</source>
            <translation type="unfinished">Făcut de locuitor singur</translation>
        </message>
        <message>
            <source>Done with help</source>
            <translation type="unfinished">Făcut cu ajutor</translation>
        </message>
        <message>
            <source>Done for the resident</source>
            <translation type="unfinished">Făcut în locul locuitorului</translation>
        </message>
        <message>
            <source>Partly done</source>
            <translation type="unfinished">Făcut parțial</translation>
        </message>
        <message>
            <source>Not done: a system was down</source>
            <translation type="unfinished">Nefăcut: un sistem nu funcționa</translation>
        </message>
        <message>
            <source>Not done: a document was missing</source>
            <translation type="unfinished">Nefăcut: lipsea un document</translation>
        </message>
        <message>
            <source>Not done: needs a face-to-face appointment</source>
            <translation type="unfinished">Nefăcut: este nevoie de o programare față în față</translation>
        </message>
        <message>
            <source>Referred to face-to-face</source>
            <translation type="unfinished">Trimis la o programare față în față</translation>
        </message>
        <message>
            <source>Alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With some help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would need the same help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will not go online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some things were done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing could be done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left before being seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Has never been online and does not want to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Used to go online but no longer does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Would like to go online but cannot yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4. Goes online only when there is no other way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5. Learning the basics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6. Does one or two things online (for example email)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7. Has basic skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8. Confident online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>9. Expert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No computer, tablet or smartphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shares a device, or it is unsuitable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No internet at home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot afford data or broadband</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Using a device: turning on, typing, passwords</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email, messages, video calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding and keeping information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filling in forms, applying, paying online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorting out problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staying safe online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not see the point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worried about scams or mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English is not their first language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs accessibility support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free computer skills sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device bank (a free device)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data bank (free mobile data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cheaper broadband (social tariffs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laptop</source>
            <translation type="unfinished">Laptop</translation>
        </message>
        <message>
            <source>Tablet</source>
            <translation type="unfinished">Tabletă</translation>
        </message>
        <message>
            <source>Mobile hotspot</source>
            <translation type="unfinished">Hotspot mobil</translation>
        </message>
        <message>
            <source>Proof of identity</source>
            <translation type="unfinished">Dovada identității</translation>
        </message>
        <message>
            <source>Proof of address</source>
            <translation type="unfinished">Dovada adresei</translation>
        </message>
        <message>
            <source>Bank statement</source>
            <translation type="unfinished">Extras de cont</translation>
        </message>
        <message>
            <source>Payslip</source>
            <translation type="unfinished">Fluturaș de salariu</translation>
        </message>
        <message>
            <source>Tenancy agreement</source>
            <translation type="unfinished">Contract de închiriere</translation>
        </message>
        <message>
            <source>Benefit letter</source>
            <translation type="unfinished">Scrisoare despre ajutoare sociale</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished">Scrisoare</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation type="unfinished">Fotografie</translation>
        </message>
        <message>
            <source>Available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In use in the centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting a verified wipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To take home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Driving licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residence permit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National identity card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter from the council</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out of and removed every account the resident used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset to factory settings (or re-imaged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked that no files, photos or downloads are left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kit checked and complete (or missing items recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cleaned and sanitised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearing loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>British Sign Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <source>Station Desk — waiting area</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Address</source>
            <translation type="unfinished">Adresă</translation>
        </message>
        <message>
            <source>Agreement version {version}</source>
            <translation type="unfinished">Versiunea acordului {version}</translation>
        </message>
        <message>
            <source>April</source>
            <translation type="unfinished">aprilie</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation type="unfinished">Număr de inventar</translation>
        </message>
        <message>
            <source>August</source>
            <translation type="unfinished">august</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation type="unfinished">Împrumutat de</translation>
        </message>
        <message>
            <source>Borrower's signature</source>
            <translation type="unfinished">Semnătura celui care împrumută</translation>
        </message>
        <message>
            <source>Bring the device back to any of our service centres during opening hours.</source>
            <translation type="unfinished">Aduceți dispozitivul înapoi la oricare dintre centrele noastre, în timpul programului.</translation>
        </message>
        <message>
            <source>Cheaper broadband and phone deals (social tariffs)</source>
            <translation type="unfinished">Internet și telefon mai ieftine (tarife sociale)</translation>
        </message>
        <message>
            <source>Council's copy: staff keep this</source>
            <translation type="unfinished">Copia primăriei: o păstrează personalul</translation>
        </message>
        <message>
            <source>Data bank: free mobile data</source>
            <translation type="unfinished">Data bank: date mobile gratuite</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">Data</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation type="unfinished">Bună ziua, {name},</translation>
        </message>
        <message>
            <source>December</source>
            <translation type="unfinished">decembrie</translation>
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished">Dispozitiv</translation>
        </message>
        <message>
            <source>Device bank: a free laptop or tablet</source>
            <translation type="unfinished">Device bank: un laptop sau o tabletă gratuită</translation>
        </message>
        <message>
            <source>Device loan agreement</source>
            <translation type="unfinished">Acord de împrumut al dispozitivului</translation>
        </message>
        <message>
            <source>Documents we sent for you</source>
            <translation type="unfinished">Documentele trimise pentru dvs.</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation type="unfinished">De returnat pe</translation>
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished">E-mail</translation>
        </message>
        <message>
            <source>February</source>
            <translation type="unfinished">februarie</translation>
        </message>
        <message>
            <source>Free SIM cards with mobile data, calls and texts for people on a low income, through the National Databank.</source>
            <translation type="unfinished">Cartele SIM gratuite cu date mobile, apeluri și mesaje pentru persoanele cu venituri mici, prin National Databank.</translation>
        </message>
        <message>
            <source>Free help to learn computer skills</source>
            <translation type="unfinished">Ajutor gratuit ca să învățați să folosiți calculatorul</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation type="unfinished">vineri</translation>
        </message>
        <message>
            <source>Friendly, free sessions for beginners: using email, staying safe online, video calls and council services.</source>
            <translation type="unfinished">Sesiuni prietenoase și gratuite pentru începători: e-mail, siguranță online, apeluri video și serviciile primăriei.</translation>
        </message>
        <message>
            <source>Helped by</source>
            <translation type="unfinished">Ajutat de</translation>
        </message>
        <message>
            <source>How to contact the council</source>
            <translation type="unfinished">Cum contactați primăria</translation>
        </message>
        <message>
            <source>I understand the council may ask for the device back early, and will tell me if it does.</source>
            <translation type="unfinished">Înțeleg că primăria poate cere dispozitivul înapoi mai devreme și că mă va anunța dacă face asta.</translation>
        </message>
        <message>
            <source>I understand the council will wipe the device when it comes back, so I will save anything I want to keep somewhere else first.</source>
            <translation type="unfinished">Înțeleg că primăria va șterge dispozitivul când îl primește înapoi, așa că voi salva mai întâi în altă parte ce vreau să păstrez.</translation>
        </message>
        <message>
            <source>I will bring the device and everything that came with it back by the return date, or call to ask for more time.</source>
            <translation type="unfinished">Voi aduce înapoi dispozitivul și tot ce a venit cu el până la data returnării sau voi suna ca să cer mai mult timp.</translation>
        </message>
        <message>
            <source>I will look after the device and everything that came with it, and keep it somewhere safe and dry.</source>
            <translation type="unfinished">Voi avea grijă de dispozitiv și de tot ce a venit cu el și îl voi ține într-un loc sigur și uscat.</translation>
        </message>
        <message>
            <source>I will not sell, lend or give the device to anyone else.</source>
            <translation type="unfinished">Nu voi vinde, împrumuta sau da dispozitivul altcuiva.</translation>
        </message>
        <message>
            <source>I will not try to change or remove the council's settings or labels on the device.</source>
            <translation type="unfinished">Nu voi încerca să schimb sau să scot setările sau etichetele primăriei de pe dispozitiv.</translation>
        </message>
        <message>
            <source>I will tell the council straight away if the device is lost, stolen or broken. I will not be charged for fair wear and tear.</source>
            <translation type="unfinished">Voi anunța imediat primăria dacă dispozitivul este pierdut, furat sau stricat. Nu voi plăti pentru uzura normală.</translation>
        </message>
        <message>
            <source>If they need anything else, they will contact you by phone, email or letter.</source>
            <translation type="unfinished">Dacă au nevoie de altceva, vă vor contacta prin telefon, e-mail sau scrisoare.</translation>
        </message>
        <message>
            <source>If you get Universal Credit, Pension Credit or some other benefits, you can switch to a cheaper broadband or phone deal. It usually costs nothing to switch.</source>
            <translation type="unfinished">Dacă primiți Universal Credit, Pension Credit sau alte ajutoare sociale, puteți trece la un abonament de internet sau telefon mai ieftin. De obicei schimbarea nu costă nimic.</translation>
        </message>
        <message>
            <source>It usually takes {days} working days.</source>
            <translation type="unfinished">De obicei durează {days} zile lucrătoare.</translation>
        </message>
        <message>
            <source>January</source>
            <translation type="unfinished">ianuarie</translation>
        </message>
        <message>
            <source>July</source>
            <translation type="unfinished">iulie</translation>
        </message>
        <message>
            <source>June</source>
            <translation type="unfinished">iunie</translation>
        </message>
        <message>
            <source>Keep this receipt. It shows what we sent to the council for you today. We did not keep copies of your documents on this computer.</source>
            <translation type="unfinished">Păstrați această chitanță. Arată ce am trimis azi la primărie pentru dvs. Nu am păstrat copii ale documentelor dvs. pe acest calculator.</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation type="unfinished">Împrumutat</translation>
        </message>
        <message>
            <source>Loan reference</source>
            <translation type="unfinished">Referința împrumutului</translation>
        </message>
        <message>
            <source>March</source>
            <translation type="unfinished">martie</translation>
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished">mai</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation type="unfinished">luni</translation>
        </message>
        <message>
            <source>Monday to Friday, 9am to 5pm</source>
            <translation type="unfinished">De luni până vineri, 9:00–17:00</translation>
        </message>
        <message>
            <source>Not sent yet: we will send it soon</source>
            <translation type="unfinished">Netrimis încă: îl vom trimite curând</translation>
        </message>
        <message>
            <source>Nothing else</source>
            <translation type="unfinished">Nimic altceva</translation>
        </message>
        <message>
            <source>November</source>
            <translation type="unfinished">noiembrie</translation>
        </message>
        <message>
            <source>October</source>
            <translation type="unfinished">octombrie</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished">Pagina {page} din {pages}</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished">Pagini</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">Telefon</translation>
        </message>
        <message>
            <source>Please bring back the device you borrowed</source>
            <translation type="unfinished">Vă rugăm să aduceți înapoi dispozitivul împrumutat</translation>
        </message>
        <message>
            <source>Please bring it back by {date}</source>
            <translation type="unfinished">Vă rugăm să îl aduceți înapoi până la {date}</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished">Referință</translation>
        </message>
        <message>
            <source>Resident's copy: keep this</source>
            <translation type="unfinished">Copia locuitorului: păstrați-o</translation>
        </message>
        <message>
            <source>Residents who cannot afford a device may be able to get a refurbished laptop or tablet to keep.</source>
            <translation type="unfinished">Locuitorii care nu își permit un dispozitiv pot primi un laptop sau o tabletă recondiționată, pe care le pot păstra.</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation type="unfinished">sâmbătă</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation type="unfinished">Trimis la</translation>
        </message>
        <message>
            <source>September</source>
            <translation type="unfinished">septembrie</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation type="unfinished">Număr de serie</translation>
        </message>
        <message>
            <source>Staff signature</source>
            <translation type="unfinished">Semnătura angajatului</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation type="unfinished">duminică</translation>
        </message>
        <message>
            <source>Thank you for borrowing a device from the council. It was due back on {date}. Please bring it back, with everything that came with it, as soon as you can. If you need it for longer, call us and we will try to help.</source>
            <translation type="unfinished">Vă mulțumim că ați împrumutat un dispozitiv de la primărie. Trebuia adus înapoi pe {date}. Vă rugăm să îl aduceți înapoi cât mai curând, cu tot ce a venit cu el. Dacă aveți nevoie de el mai mult timp, sunați-ne și vom încerca să vă ajutăm.</translation>
        </message>
        <message>
            <source>The council team will check your documents within 10 working days.</source>
            <translation type="unfinished">Echipa primăriei vă va verifica documentele în 10 zile lucrătoare.</translation>
        </message>
        <message>
            <source>The device you borrowed</source>
            <translation type="unfinished">Dispozitivul împrumutat</translation>
        </message>
        <message>
            <source>This device belongs to the council. We are lending it to you so you can get online. By signing, you agree to the points below.</source>
            <translation type="unfinished">Acest dispozitiv aparține primăriei. Vi-l împrumutăm ca să puteți folosi internetul. Prin semnătură, sunteți de acord cu punctele de mai jos.</translation>
        </message>
        <message>
            <source>This page is blank on purpose.</source>
            <translation type="unfinished">Această pagină este goală intenționat.</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation type="unfinished">joi</translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished">Ora</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation type="unfinished">marți</translation>
        </message>
        <message>
            <source>Tuesdays and Thursdays, 10am to 12 noon</source>
            <translation type="unfinished">Marțea și joia, 10:00–12:00</translation>
        </message>
        <message>
            <source>Use this reference if you call or write to us about what you sent. The square code holds the same reference.</source>
            <translation type="unfinished">Folosiți această referință dacă ne sunați sau ne scrieți despre ce ați trimis. Codul pătrat conține aceeași referință.</translation>
        </message>
        <message>
            <source>We talked about what you need.</source>
            <translation type="unfinished">Am vorbit despre ce aveți nevoie.</translation>
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished">Site web</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation type="unfinished">miercuri</translation>
        </message>
        <message>
            <source>What comes with it</source>
            <translation type="unfinished">Ce vine cu el</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation type="unfinished">Ce urmează</translation>
        </message>
        <message>
            <source>What they do next</source>
            <translation type="unfinished">Ce vor face în continuare</translation>
        </message>
        <message>
            <source>What we did today</source>
            <translation type="unfinished">Ce am făcut azi</translation>
        </message>
        <message>
            <source>What we sent</source>
            <translation type="unfinished">Ce am trimis</translation>
        </message>
        <message>
            <source>What you agree to</source>
            <translation type="unfinished">Cu ce sunteți de acord</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">Când</translation>
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished">Unde</translation>
        </message>
        <message>
            <source>Where to bring it</source>
            <translation type="unfinished">Unde îl aduceți</translation>
        </message>
        <message>
            <source>Where to get more help</source>
            <translation type="unfinished">Unde găsiți mai mult ajutor</translation>
        </message>
        <message>
            <source>Woolwich Centre Library and Eltham Centre Library</source>
            <translation type="unfinished">Biblioteca Woolwich Centre și Biblioteca Eltham Centre</translation>
        </message>
        <message>
            <source>You do not need to bring the same documents in again.</source>
            <translation type="unfinished">Nu trebuie să aduceți din nou aceleași documente.</translation>
        </message>
        <message>
            <source>Your case reference with them</source>
            <translation type="unfinished">Numărul dosarului dumneavoastră la ei</translation>
        </message>
        <message>
            <source>Your reference</source>
            <translation type="unfinished">Referința dvs.</translation>
        </message>
        <message>
            <source>Your upload receipt</source>
            <translation type="unfinished">Chitanța pentru documentele trimise</translation>
        </message>
        <message>
            <source>Your visit today</source>
            <translation type="unfinished">Vizita dvs. de azi</translation>
        </message>
        <message>
            <source>{count} document</source>
            <translation type="unfinished">{count} document</translation>
        </message>
        <message>
            <source>{count} documents</source>
            <translation type="unfinished">Documente: {count}</translation>
        </message>
        <message>
            <source>{count} page</source>
            <translation type="unfinished">{count} pagină</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation type="unfinished">Pagini: {count}</translation>
        </message>
        <message>
            <source>{date} at {site}</source>
            <translation type="unfinished">{date}, {site}</translation>
        </message>
        <message>
            <source>{documents}, {pages} in all</source>
            <translation type="unfinished">{documents}, în total {pages}</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>No printer is set up on this station. Ask staff to add one, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the pages in the feeder, first page on top, then press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the pages in the feeder, first page on top, then press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanning failed because of a problem in Station Desk. The pages scanned so far are kept. Tell IT if it happens again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanning stopped unexpectedly. The pages scanned so far are kept; put the remaining pages back and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scanning stopped unexpectedly. The pages scanned so far are kept; put the remaining pages back and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station Desk did not scan: the network scanner's security certificate is not the one it trusts for that scanner. Ask IT to check the scanner before it is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Station Desk is not allowed to use this scanner. Ask IT to check the scanner's permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right. Try again (1 try left before sign-in is locked for {minutes} minutes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right. Try again (1 try left before sign-in is locked until a manager unlocks it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right. Try again ({left} tries left before sign-in is locked for {minutes} minutes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right. Try again ({left} tries left before sign-in is locked until a manager unlocks it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That account is not active. Ask your manager to check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network address set for this scanner does not answer as a scanner. Ask IT to check the scanner's address in Station Desk's settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The print job was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The print service ({where}) is not answering. Ask staff to restart the station's printing, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The print service refused this station's request. Ask IT to allow this station to print without a password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer '{printer}' cannot be reached. Ask staff to check it is plugged in and connected, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer '{printer}' cannot print on both sides of the paper. Choose one-sided printing, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer '{printer}' did not finish the job in time, so it was cancelled. Ask staff to check the printer, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer '{printer}' did not take the job. Press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer '{printer}' has run out of paper. Ask staff to add paper, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer '{printer}' is not taking new print jobs. Ask staff to let it accept jobs again, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer '{printer}' is switched off or paused. Ask staff to turn it on, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer '{printer}' needs attention ({what}). Ask staff to check the printer, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer stopped the job before it finished. Ask staff to check the printer, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner cannot be found. Check it is plugged in and switched on, then press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner cannot be found. Check it is plugged in and switched on, then press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner cannot scan with these settings. Choose another source, mode or resolution and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner found no page on the glass. Put the page face down on the glass, close the lid, then press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner found no page on the glass. Put the page face down on the glass, close the lid, then press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner has a paper jam. Clear the jam, put the remaining pages back in the feeder and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner has a paper jam. Clear the jam, put the remaining pages back in the feeder and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner is busy. Wait until it has finished, close any other scanning program and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner is busy. Wait until it has finished, close any other scanning program and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner is still warming up. Wait a minute and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner is still warming up. Wait a minute and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner lost a page partway through. Put the remaining pages back in the feeder, starting with the page that was being scanned, and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner lost a page partway through. Put the remaining pages back in the feeder, starting with the page that was being scanned, and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner lost the page partway through. Check it is face down on the glass, close the lid and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner lost the page partway through. Check it is face down on the glass, close the lid and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner ran out of memory. Scan fewer pages at a time or choose a lower resolution, then press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner ran out of memory. Scan fewer pages at a time or choose a lower resolution, then press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner reported a paper jam. Lift the lid, check nothing is caught, put the page back face down on the glass and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner reported a paper jam. Lift the lid, check nothing is caught, put the page back face down on the glass and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner sent no image. Check the page is face down on the glass and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner sent no image. Check the page is face down on the glass and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner sent no image. Check the page is on the glass or in the feeder and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner sent no image. Check the page is on the glass or in the feeder and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner stopped responding. Switch it off and on again, wait for it to be ready, then press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner stopped responding. Switch it off and on again, wait for it to be ready, then press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner stopped talking to the computer. Check its cable and power, then press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner stopped talking to the computer. Check its cable and power, then press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner's cover is open. Close the cover, check the pages are in place and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner's cover is open. Close the cover, check the pages are in place and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner's transport lock is on. Release the lock (see the label on the scanner) and press Continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scanner's transport lock is on. Release the lock (see the label on the scanner) and press Scan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no printer called '{printer}' on this station. Ask staff to check the printer's name, then press Print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This PC's account is not linked to a member of staff: choose your name and enter your PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no scanner software that Station Desk can use. Ask IT to install it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong PINs. Sign-in is locked for 1 minute more (until {until}). Ask a colleague to sign in, or wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong PINs. Sign-in is locked for {minutes} minutes more (until {until}). Ask a colleague to sign in, or wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong PINs. Sign-in is locked until a manager unlocks it (desk staff unlock). Ask a colleague to sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be found. Check the file is still there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a PDF file. Choose a PDF and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>90th percentile time spent (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90th percentile wait (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accessibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting wipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back, in the centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back, taken home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barriers found at triage (a triage may find several)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Basic skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Benefits evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot afford data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Champion nearby</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel shift: who typed, and next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Council tax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices in each state now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digital needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents sent, by how their upload went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents uploaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done independently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done on behalf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done with help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Footfall: visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helped by a champion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Housing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How tasks went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How visits ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IT help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In use in centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kiosk (resident alone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learning the ropes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left before being seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loan devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loans are at the device's site; the station filter does not apply to them. The overdue, waitlist-now and device tables are as they stand when the report is made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loans made in visits with a triage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loans out and back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median days waited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median time spent (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median wait (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile hotspot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never have never will</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No home connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done document missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done needs face to face</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done system down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On loan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On their behalf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out, in the centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out, to take home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages and documents (amounts, not people)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages in documents sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages printed (printers' count)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages scanned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paired (side by side)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parking blue badge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Places on the waitlist closed in the period, and the median days waited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Places taken on the waitlist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print jobs by how they ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals and signposts by kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals and signposts by where to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred face to face</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reluctantly online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resident alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residents on the waitlist now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residents seen more than once: who typed at their first and last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan and upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>School admissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signposted by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills communicating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills foundation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills handling information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills problem solving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills safe and legal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills transacting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social tariff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tablet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take-home loans overdue now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task specific</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks by how the resident could do them next time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks by service area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tasks by type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stations' work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Triages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Triages and the minimum access package needs they found (a triage may find several)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Triages by Digital Inclusion Scale level (1 never have, never will … 9 expert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust and confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsuitable device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits at the kiosk (the resident alone) and assisted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits by how the resident came</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits by site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits by station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits by who typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visits timed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait: from arrival to first seen; time spent: from the start of help to the end of the visit. Medians and 90th percentiles in minutes. A wait is measured where the resident checked in at the queue and estimated where the champion typed "arrived N minutes ago"; visits that left before being seen are counted apart and have no wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting and time spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waits and time spent at {site}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waits and time spent, every site chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waits estimated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Was online but no longer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What people came for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will not go online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Willing and unable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>w/c {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{station} ({site})</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>