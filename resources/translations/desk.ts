<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} · station {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visit: how did the resident come?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident arrived this many minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits not yet ended at this station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the visit that started at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Station Desk — {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} · {station}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff accounts exist yet. Create the first one: your name as colleagues know it, and a PIN of 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem creating the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are different. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>How did it go? ({task})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how it went…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time the resident could do it ({task})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <source>Digital needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the resident use the internet today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the closest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data or a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and go back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem saving the triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital needs (about two minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. How does the resident use the internet today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. What gets in the way? Tick all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. What would help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Where can we point them? (Suggestions are ticked.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you tick here goes on the visit summary the resident takes home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence and other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitView</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet. Add what the resident came to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital needs and where to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the visit end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at {time} · waited {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposted to: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the visit ended first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Walked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by the phone team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident did it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident typed, with help nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did it for the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal Credit or benefits evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking or Blue Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan and send documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in an online form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or password help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by the resident alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done for the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: a system was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: a document was missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: needs a face-to-face appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to face-to-face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With some help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would need the same help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not go online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things were done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left before being seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Has never been online and does not want to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Used to go online but no longer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Would like to go online but cannot yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Goes online only when there is no other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Learning the basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Does one or two things online (for example email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Has basic skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Confident online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computer, tablet or smartphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares a device, or it is unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internet at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot afford data or broadband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using a device: turning on, typing, passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, messages, video calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding and keeping information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling in forms, applying, paying online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting out problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying safe online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not see the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worried about scams or mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English is not their first language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs accessibility support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free computer skills sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device bank (a free device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data bank (free mobile data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheaper broadband (social tariffs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
