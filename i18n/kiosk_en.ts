<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="258" />
        <source>Enter your booking code</source>
        <translation>Enter your booking code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="259" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="260" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="261" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="185" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform><numerusform>%n people ahead of you</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="186" />
        <source>About %n minutes</source>
        <translation>
            <numerusform>About %n minute</numerusform><numerusform>About %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="187" />
        <source>Your ticket is printing.</source>
        <translation>Your ticket is printing.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="192" />
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>It is busy today. You may come back later or book an appointment.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="200" />
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>The printer is not working. Please remember your number: staff have been told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="208" />
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="209" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="101" />
        <location filename="../kiosk/ui/display_window.py" line="127" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="129" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="131" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="133" />
        <source>Love window: priority customers only</source>
        <translation>Love window: priority customers only</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="135" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="137" />
        <source>Serving %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="142" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="153" />
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>No voice for %1: calls are shown and chimed, not spoken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="158" />
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="194" />
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="195" />
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
        <location filename="../kiosk/ui/kiosk_screens.py" line="46" />
        <source>Welcome. Please choose your language.</source>
        <translation>Welcome. Please choose your language.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="47" />
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="276" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="149" />
        <source>Anything our staff should know? (optional)</source>
        <translation>Anything our staff should know? (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="150" />
        <source>I use a wheelchair</source>
        <translation>I use a wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="150" />
        <source>I have low vision</source>
        <translation>I have low vision</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="151" />
        <source>I am hard of hearing</source>
        <translation>I am hard of hearing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="152" />
        <source>I need sign language</source>
        <translation>I need sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="153" />
        <source>I need help with forms</source>
        <translation>I need help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="156" />
        <source>Print my ticket</source>
        <translation>Print my ticket</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="118" />
        <source>Do you need priority service?</source>
        <translation>Do you need priority service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="119" />
        <source>No priority needed</source>
        <translation>No priority needed</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="73" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="77" />
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>The branch is very busy: %n person is waiting. You can still take a ticket, come back later, or book an appointment.</numerusform><numerusform>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="84" />
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
</context>
</TS>