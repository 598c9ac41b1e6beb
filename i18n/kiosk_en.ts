<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="98" />
        <source>Record assistance</source>
        <translation>Record assistance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="100" />
        <source>Wheelchair</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="100" />
        <source>Reading glasses</source>
        <translation>Reading glasses</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="101" />
        <source>Magnifier</source>
        <translation>Magnifier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="101" />
        <source>Sign language</source>
        <translation>Sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="102" />
        <source>Help with forms</source>
        <translation>Help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="102" />
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="103" />
        <source>Escorted in or out</source>
        <translation>Escorted in or out</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="103" />
        <source>Priority handling</source>
        <translation>Priority handling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104" />
        <source>Medical kit</source>
        <translation>Medical kit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104" />
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="105" />
        <source>Authorised representative</source>
        <translation>Authorised representative</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="106" />
        <source>Other (say what in the note)</source>
        <translation>Other (say what in the note)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="110" />
        <source>For ticket %1</source>
        <translation>For ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="111" />
        <source>Not for a ticket</source>
        <translation>Not for a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="118" />
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="119" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="272" />
        <source>Enter your booking code</source>
        <translation>Enter your booking code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="273" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="274" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="275" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="199" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform><numerusform>%n people ahead of you</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="200" />
        <source>About %n minutes</source>
        <translation>
            <numerusform>About %n minute</numerusform><numerusform>About %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="201" />
        <source>Your ticket is printing.</source>
        <translation>Your ticket is printing.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="206" />
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>It is busy today. You may come back later or book an appointment.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="214" />
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>The printer is not working. Please remember your number: staff have been told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="222" />
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="223" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="262" />
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="264" />
        <source>Called %1: %2</source>
        <translation>Called %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="272" />
        <source>Called %1 again.</source>
        <translation>Called %1 again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="275" />
        <source>Serving %1.</source>
        <translation>Serving %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="278" />
        <source>Finished %1.</source>
        <translation>Finished %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="282" />
        <source>Mark %1 as not come?</source>
        <translation>Mark %1 as not come?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="283" />
        <source>%1 did not come.</source>
        <translation>%1 did not come.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="288" />
        <location filename="../kiosk/ui/console_window.py" line="456" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="288" />
        <source>To which service?</source>
        <translation>To which service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="293" />
        <source>%1 goes back to the queue for %2.</source>
        <translation>%1 goes back to the queue for %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="297" />
        <location filename="../kiosk/ui/console_window.py" line="457" />
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="297" />
        <source>Ticket that came back:</source>
        <translation>Ticket that came back:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="300" />
        <source>%1 is back in the queue in its place.</source>
        <translation>%1 is back in the queue in its place.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="303" />
        <source>Call a ticket</source>
        <translation>Call a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="304" />
        <source>Ticket number, or scan its QR code:</source>
        <translation>Ticket number, or scan its QR code:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="317" />
        <source>Called %1.</source>
        <translation>Called %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="326" />
        <source>Assistance recorded.</source>
        <translation>Assistance recorded.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="331" />
        <source>Counter %1 is open.</source>
        <translation>Counter %1 is open.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="336" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="337" />
        <source>Services in order of preference (e.g. A,B):</source>
        <translation>Services in order of preference (e.g. A,B):</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="343" />
        <source>Counter %1 serves %2.</source>
        <translation>Counter %1 serves %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="347" />
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="347" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="347" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="348" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="348" />
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="351" />
        <source>Counter %1 is paused.</source>
        <translation>Counter %1 is paused.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="354" />
        <source>Close counter %1?</source>
        <translation>Close counter %1?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="356" />
        <source>Counter %1 is closed.</source>
        <translation>Counter %1 is closed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="362" />
        <source>Love window on: priority customers only.</source>
        <translation>Love window on: priority customers only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="363" />
        <source>Love window off.</source>
        <translation>Love window off.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="372" />
        <source>Help request answered after %1 s.</source>
        <translation>Help request answered after %1 s.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="401" />
        <source>Counter %1 · %2 · %3 (%4)</source>
        <translation>Counter %1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="411" />
        <source>No customer at this counter.</source>
        <translation>No customer at this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="417" />
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="417" />
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="420" />
        <source>waited %1 min</source>
        <translation>waited %1 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="437" />
        <source>Help requests (%1 new)</source>
        <translation>Help requests (%1 new)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="439" />
        <location filename="../kiosk/ui/console_window.py" line="469" />
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="448" />
        <source>Longest wait: %1 min</source>
        <translation>Longest wait: %1 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="455" />
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="455" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="455" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="456" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="456" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="457" />
        <source>Call ticket…</source>
        <translation>Call ticket…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="458" />
        <source>Assistance…</source>
        <translation>Assistance…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="458" />
        <source>Open counter</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459" />
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459" />
        <source>Close counter</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="460" />
        <source>Services…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="461" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="465" />
        <location filename="../kiosk/ui/console_window.py" line="466" />
        <source>Love window</source>
        <translation>Love window</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="467" />
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="468" />
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="470" />
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="471" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="102" />
        <location filename="../kiosk/ui/display_window.py" line="130" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="132" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="134" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="136" />
        <source>Love window: priority customers only</source>
        <translation>Love window: priority customers only</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="138" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="140" />
        <source>Serving %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="145" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="156" />
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>No voice for %1: calls are shown and chimed, not spoken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="161" />
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="197" />
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="198" />
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="159" />
        <source>Sorry, no ticket could be issued</source>
        <translation>Sorry, no ticket could be issued</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="162" />
        <source>Please press Call staff: a member of staff will help you.</source>
        <translation>Please press Call staff: a member of staff will help you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="159" />
        <location filename="../kiosk/ui/kiosk_window.py" line="199" />
        <location filename="../kiosk/ui/kiosk_window.py" line="318" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="166" />
        <source>Please enter your booking code.</source>
        <translation>Please enter your booking code.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="171" />
        <source>We could not find booking code %1. Please check it, or press Call staff.</source>
        <translation>We could not find booking code %1. Please check it, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="197" />
        <source>Help is on the way</source>
        <translation>Help is on the way</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="198" />
        <source>A member of staff has been called and will come to you.</source>
        <translation>A member of staff has been called and will come to you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="216" />
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="217" />
        <source>More time, please</source>
        <translation>More time, please</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="233" />
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>Touch the button, or the kiosk starts again in %n second.</numerusform><numerusform>Touch the button, or the kiosk starts again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="316" />
        <source>Voice guidance: on</source>
        <translation>Voice guidance: on</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="316" />
        <source>Voice guidance</source>
        <translation>Voice guidance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="317" />
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="59" />
        <source>Welcome. Please choose your language.</source>
        <translation>Welcome. Please choose your language.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="60" />
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="290" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="163" />
        <source>Anything our staff should know? (optional)</source>
        <translation>Anything our staff should know? (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="164" />
        <source>I use a wheelchair</source>
        <translation>I use a wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="164" />
        <source>I have low vision</source>
        <translation>I have low vision</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="165" />
        <source>I am hard of hearing</source>
        <translation>I am hard of hearing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="166" />
        <source>I need sign language</source>
        <translation>I need sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="167" />
        <source>I need help with forms</source>
        <translation>I need help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="170" />
        <source>Print my ticket</source>
        <translation>Print my ticket</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="132" />
        <source>Do you need priority service?</source>
        <translation>Do you need priority service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="133" />
        <source>No priority needed</source>
        <translation>No priority needed</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="87" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="91" />
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>The branch is very busy: %n person is waiting. You can still take a ticket, come back later, or book an appointment.</numerusform><numerusform>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="98" />
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="86" />
        <source>&amp;Staff number</source>
        <translation>&amp;Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="87" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="88" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="89" />
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="90" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
</TS>