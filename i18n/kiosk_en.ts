<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="107"/>
        <source>Record assistance</source>
        <translation>Record assistance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="110"/>
        <source>Other (say what in the note)</source>
        <translation>Other (say what in the note)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="113"/>
        <source>For ticket %1</source>
        <translation>For ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="114"/>
        <source>Not for a ticket</source>
        <translation>Not for a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="121"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="122"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="272"/>
        <source>Enter your booking code</source>
        <translation>Enter your booking code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="273"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="274"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="275"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="199"/>
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="200"/>
        <source>About %n minutes</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="201"/>
        <source>Your ticket is printing.</source>
        <translation>Your ticket is printing.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="206"/>
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>It is busy today. You may come back later or book an appointment.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="214"/>
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>The printer is not working. Please remember your number: staff have been told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="222"/>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="223"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="265"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="266"/>
        <source>Called %1: %2</source>
        <translation>Called %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="274"/>
        <source>Called %1 again.</source>
        <translation>Called %1 again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="277"/>
        <source>Serving %1.</source>
        <translation>Serving %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="280"/>
        <source>Finished %1.</source>
        <translation>Finished %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="284"/>
        <source>Mark %1 as not come?</source>
        <translation>Mark %1 as not come?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="285"/>
        <source>%1 did not come.</source>
        <translation>%1 did not come.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="290"/>
        <location filename="../kiosk/ui/console_window.py" line="460"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="290"/>
        <source>To which service?</source>
        <translation>To which service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="295"/>
        <source>%1 goes back to the queue for %2.</source>
        <translation>%1 goes back to the queue for %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="299"/>
        <location filename="../kiosk/ui/console_window.py" line="461"/>
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="299"/>
        <source>Ticket that came back:</source>
        <translation>Ticket that came back:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="302"/>
        <source>%1 is back in the queue in its place.</source>
        <translation>%1 is back in the queue in its place.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="305"/>
        <source>Call a ticket</source>
        <translation>Call a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="306"/>
        <source>Ticket number, or scan its QR code:</source>
        <translation>Ticket number, or scan its QR code:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="319"/>
        <source>Called %1.</source>
        <translation>Called %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="328"/>
        <source>Assistance recorded.</source>
        <translation>Assistance recorded.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="333"/>
        <source>Counter %1 is open.</source>
        <translation>Counter %1 is open.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="338"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="339"/>
        <source>Services in order of preference (e.g. A,B):</source>
        <translation>Services in order of preference (e.g. A,B):</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="345"/>
        <source>Counter %1 serves %2.</source>
        <translation>Counter %1 serves %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="349"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="349"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="349"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="350"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="350"/>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="353"/>
        <source>Counter %1 is paused.</source>
        <translation>Counter %1 is paused.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="356"/>
        <source>Close counter %1?</source>
        <translation>Close counter %1?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="358"/>
        <source>Counter %1 is closed.</source>
        <translation>Counter %1 is closed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="364"/>
        <source>Love window on: priority customers only.</source>
        <translation>Love window on: priority customers only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="365"/>
        <source>Love window off.</source>
        <translation>Love window off.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="374"/>
        <source>Help request answered after %1 s.</source>
        <translation>Help request answered after %1 s.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="403"/>
        <source>Counter %1 · %2 · %3 (%4)</source>
        <translation>Counter %1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="413"/>
        <source>No customer at this counter.</source>
        <translation>No customer at this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="422"/>
        <source>waited %1 min</source>
        <translation>waited %1 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="439"/>
        <source>Help requests (%1 new)</source>
        <translation>Help requests (%1 new)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="441"/>
        <location filename="../kiosk/ui/console_window.py" line="473"/>
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="452"/>
        <source>Longest wait: %1 min</source>
        <translation>Longest wait: %1 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459"/>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="460"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="460"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="461"/>
        <source>Call ticket…</source>
        <translation>Call ticket…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="462"/>
        <source>Assistance…</source>
        <translation>Assistance…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="462"/>
        <source>Open counter</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="463"/>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="463"/>
        <source>Close counter</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="464"/>
        <source>Services…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="465"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="469"/>
        <location filename="../kiosk/ui/console_window.py" line="470"/>
        <source>Love window</source>
        <translation>Love window</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="471"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="472"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="474"/>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="475"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="102"/>
        <location filename="../kiosk/ui/display_window.py" line="130"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="132"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="134"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="136"/>
        <source>Love window: priority customers only</source>
        <translation>Love window: priority customers only</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="138"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="140"/>
        <source>Serving %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="145"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="156"/>
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>No voice for %1: calls are shown and chimed, not spoken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="161"/>
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="197"/>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="198"/>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="159"/>
        <source>Sorry, no ticket could be issued</source>
        <translation>Sorry, no ticket could be issued</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="159"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="199"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="318"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="166"/>
        <source>Please enter your booking code.</source>
        <translation>Please enter your booking code.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="171"/>
        <source>We could not find booking code %1. Please check it, or press Call staff.</source>
        <translation>We could not find booking code %1. Please check it, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="197"/>
        <source>Help is on the way</source>
        <translation>Help is on the way</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="198"/>
        <source>A member of staff has been called and will come to you.</source>
        <translation>A member of staff has been called and will come to you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="216"/>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="217"/>
        <source>More time, please</source>
        <translation>More time, please</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="233"/>
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>Touch the button, or the kiosk starts again in %n second.</numerusform>
            <numerusform>Touch the button, or the kiosk starts again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="316"/>
        <source>Voice guidance: on</source>
        <translation>Voice guidance: on</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="316"/>
        <source>Voice guidance</source>
        <translation>Voice guidance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="317"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="59"/>
        <source>Welcome. Please choose your language.</source>
        <translation>Welcome. Please choose your language.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="60"/>
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="290"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="163"/>
        <source>Anything our staff should know? (optional)</source>
        <translation>Anything our staff should know? (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="164"/>
        <source>I use a wheelchair</source>
        <translation>I use a wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="164"/>
        <source>I have low vision</source>
        <translation>I have low vision</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="165"/>
        <source>I am hard of hearing</source>
        <translation>I am hard of hearing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="166"/>
        <source>I need sign language</source>
        <translation>I need sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="167"/>
        <source>I need help with forms</source>
        <translation>I need help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="170"/>
        <source>Print my ticket</source>
        <translation>Print my ticket</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="132"/>
        <source>Do you need priority service?</source>
        <translation>Do you need priority service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="133"/>
        <source>No priority needed</source>
        <translation>No priority needed</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="87"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="91"/>
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>The branch is very busy: %n person is waiting. You can still take a ticket, come back later, or book an appointment.</numerusform>
            <numerusform>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="98"/>
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="95"/>
        <source>&amp;Staff number</source>
        <translation>&amp;Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="96"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="97"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="98"/>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="99"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="15"/>
        <location filename="../kiosk/ui/vocabulary.py" line="34"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="15"/>
        <source>love window</source>
        <translation>love window</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="15"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="16"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="18"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="18"/>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="18"/>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="19"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="19"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="19"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="21"/>
        <source>teller</source>
        <translation>teller</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="21"/>
        <source>lobby manager</source>
        <translation>lobby manager</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="22"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="24"/>
        <source>wheelchair</source>
        <translation>wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="24"/>
        <source>low vision</source>
        <translation>low vision</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="25"/>
        <source>hard of hearing</source>
        <translation>hard of hearing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="25"/>
        <source>sign language</source>
        <translation>sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="26"/>
        <source>help with forms</source>
        <translation>help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="26"/>
        <source>reading glasses</source>
        <translation>reading glasses</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="27"/>
        <source>magnifier</source>
        <translation>magnifier</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="27"/>
        <source>read aloud</source>
        <translation>read aloud</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="28"/>
        <source>escorted in or out</source>
        <translation>escorted in or out</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="28"/>
        <source>priority handling</source>
        <translation>priority handling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="29"/>
        <source>medical kit</source>
        <translation>medical kit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="29"/>
        <source>interpreter</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="30"/>
        <source>authorised representative</source>
        <translation>authorised representative</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="30"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="32"/>
        <source>customer asks for staff</source>
        <translation>customer asks for staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="33"/>
        <source>ticket printer failed</source>
        <translation>ticket printer failed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="34"/>
        <source>someone is going</source>
        <translation>someone is going</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/vocabulary.py" line="35"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
</context>
</TS>
