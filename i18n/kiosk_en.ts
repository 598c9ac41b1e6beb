<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="74"/>
        <source>Assign staff to home visit %1</source>
        <translation>Assign staff to home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="77"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="89"/>
        <source>Two different colleagues go on every home visit.</source>
        <translation>Two different colleagues go on every home visit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="90"/>
        <source>First staff member</source>
        <translation>First staff member</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="91"/>
        <source>Second staff member</source>
        <translation>Second staff member</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="101"/>
        <source>Choose two staff members.</source>
        <translation>Choose two staff members.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="103"/>
        <source>Choose two different staff members.</source>
        <translation>Choose two different staff members.</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="94"/>
        <source>Record assistance</source>
        <translation>Record assistance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="97"/>
        <source>Other (say what in the note)</source>
        <translation>Other (say what in the note)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104"/>
        <source>For ticket %1</source>
        <translation>For ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="105"/>
        <source>Not for a ticket</source>
        <translation>Not for a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="112"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="113"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BookedScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="155"/>
        <source>Your booking slip is printing.</source>
        <translation>Your booking slip is printing.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="160"/>
        <source>Please take your booking slip.</source>
        <translation>Please take your booking slip.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="163"/>
        <source>The printer is not working. Please write down your booking code: staff have been told.</source>
        <translation>The printer is not working. Please write down your booking code: staff have been told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="169"/>
        <source>Your booking code is %1.</source>
        <translation>Your booking code is %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="177"/>
        <source>Your booking</source>
        <translation>Your booking</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="180"/>
        <source>Check in at the kiosk from %1: scan the slip or type the code.</source>
        <translation>Check in at the kiosk from %1: scan the slip or type the code.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="182"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>BookingButton</name>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="284"/>
        <source>Book a slot…</source>
        <translation>Book a slot…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="285"/>
        <source>Book a slot for a customer</source>
        <translation>Book a slot for a customer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="287"/>
        <source>Only a lobby manager or a manager can book a slot for a customer.</source>
        <translation>Only a lobby manager or a manager can book a slot for a customer.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="119"/>
        <source>No service takes bookings. The manager sets them up under Configuration, Booking rules.</source>
        <translation>No service takes bookings. The manager sets them up under Configuration, Booking rules.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="144"/>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="146"/>
        <source>full (%1 booked)</source>
        <translation>full (%1 booked)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="148"/>
        <source>%1 of %2 free</source>
        <translation>%1 of %2 free</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="155"/>
        <source>No slots on this day (closed, or no opening hours for this service).</source>
        <translation>No slots on this day (closed, or no opening hours for this service).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="157"/>
        <source>Every slot on this day is full or over. Try another day.</source>
        <translation>Every slot on this day is full or over. Try another day.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="177"/>
        <source>Choose a slot with a free place first.</source>
        <translation>Choose a slot with a free place first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="182"/>
        <source>Still working on the last request…</source>
        <translation>Still working on the last request…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="192"/>
        <source>Booking code %1</source>
        <translation>Booking code %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="194"/>
        <source>%1 · %2, %3–%4. Read the code to the customer: they type it at the kiosk when they arrive.</source>
        <translation>%1 · %2, %3–%4. Read the code to the customer: they type it at the kiosk when they arrive.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="201"/>
        <source>Booked: code %1.</source>
        <translation>Booked: code %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="216"/>
        <source>That slot is full, and so is every later slot that can be booked.</source>
        <translation>That slot is full, and so is every later slot that can be booked.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="218"/>
        <source>That slot is full. The next free slot is %1.</source>
        <translation>That slot is full. The next free slot is %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="221"/>
        <source>That slot is over. Choose a later one.</source>
        <translation>That slot is over. Choose a later one.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="223"/>
        <source>Slots can be booked up to %1 only.</source>
        <translation>Slots can be booked up to %1 only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="236"/>
        <source>Book a slot for a customer</source>
        <translation>Book a slot for a customer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="237"/>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="238"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="239"/>
        <source>S&amp;lot</source>
        <translation>S&amp;lot</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="240"/>
        <source>Book  [Enter]</source>
        <translation>Book  [Enter]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="241"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="108"/>
        <source>%1 bookings on %2.</source>
        <translation>%1 bookings on %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="110"/>
        <source>No bookings on %1.</source>
        <translation>No bookings on %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="119"/>
        <source>Choose a booking in the list first.</source>
        <translation>Choose a booking in the list first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="124"/>
        <source>Booking %1 is %2: only a booking not yet checked in can be cancelled.</source>
        <translation>Booking %1 is %2: only a booking not yet checked in can be cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="128"/>
        <source>Cancel booking %1 (%2)? Its place becomes free for others.</source>
        <translation>Cancel booking %1 (%2)? Its place becomes free for others.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="137"/>
        <source>Booking %1 is cancelled.</source>
        <translation>Booking %1 is cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="141"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="141"/>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="144"/>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="147"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="148"/>
        <source>Cancel booking…</source>
        <translation>Cancel booking…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="150"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CheckInKeys</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="210"/>
        <source>This is not a booking slip&apos;s code. Please scan the code on your booking slip, or type its digits.</source>
        <translation>This is not a booking slip&apos;s code. Please scan the code on your booking slip, or type its digits.</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="364"/>
        <source>Enter your booking code</source>
        <translation>Enter your booking code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="365"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="366"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="367"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>ComeBackScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="109"/>
        <source>The wait is long: come back later?</source>
        <translation>The wait is long: come back later?</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_booking.py" line="111"/>
        <source>%1: about %n minutes of waiting now.</source>
        <translation>
            <numerusform>%1: about %n minute of waiting now.</numerusform>
            <numerusform>%1: about %n minutes of waiting now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="112"/>
        <source>%1: about %2-%3 minutes of waiting now.</source>
        <translation>%1: about %2-%3 minutes of waiting now.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="116"/>
        <source>Choose a quieter time below and we book it for you, with a slip to bring back. Or take a ticket now.</source>
        <translation>Choose a quieter time below and we book it for you, with a slip to bring back. Or take a ticket now.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="118"/>
        <source>Take a ticket now</source>
        <translation>Take a ticket now</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="401"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>ComplaintStrip</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="456"/>
        <source>Complaint…</source>
        <translation>Complaint…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="457"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="48"/>
        <source>at the counter</source>
        <translation>at the counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="49"/>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="50"/>
        <source>comment box</source>
        <translation>comment box</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="51"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="55"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="56"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="57"/>
        <source>replied</source>
        <translation>replied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="58"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="62"/>
        <source>⚠ %1 complaint(s) past the promised reply time</source>
        <translation>⚠ %1 complaint(s) past the promised reply time</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="224"/>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="225"/>
        <source>counter %1</source>
        <translation>counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="259"/>
        <source>Complaint %1: %2</source>
        <translation>Complaint %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="262"/>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="295"/>
        <source>Complaint %1 recorded and closed: resolved on the spot.</source>
        <translation>Complaint %1 recorded and closed: resolved on the spot.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="296"/>
        <source>Complaint %1 recorded; reply promised by %2.</source>
        <translation>Complaint %1 recorded; reply promised by %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="308"/>
        <source>Record this reply to complaint %1? The customer has been answered.</source>
        <translation>Record this reply to complaint %1? The customer has been answered.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="311"/>
        <source>Close complaint %1?</source>
        <translation>Close complaint %1?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="318"/>
        <source>Complaint %1 is now %2.</source>
        <translation>Complaint %1 is now %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="338"/>
        <location filename="../kiosk/ui/complaint_panel.py" line="356"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="355"/>
        <source>Complaints (%1 overdue)</source>
        <translation>Complaints (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="362"/>
        <source>Record a complaint</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <source>Ticket concerned</source>
        <translation>Ticket concerned</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="366"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="367"/>
        <source>Resolved on the spot:</source>
        <translation>Resolved on the spot:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="368"/>
        <source>how it was resolved</source>
        <translation>how it was resolved</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="369"/>
        <source>Record complaint  [Ctrl+Enter]</source>
        <translation>Record complaint  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="370"/>
        <source>Complaint register</source>
        <translation>Complaint register</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="371"/>
        <source>Open complaints only</source>
        <translation>Open complaints only</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="373"/>
        <source>Ticket · counter</source>
        <translation>Ticket · counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="373"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="374"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="374"/>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="375"/>
        <source>Note or reply for the next step</source>
        <translation>Note or reply for the next step</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="376"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="377"/>
        <source>Replied…</source>
        <translation>Replied…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="378"/>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="218"/>
        <source>Branch name</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="218"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="219"/>
        <source>Maximum wait (min)</source>
        <translation>Maximum wait (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="220"/>
        <source>No-show may come back within (min)</source>
        <translation>No-show may come back within (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="221"/>
        <source>Occupancy cap (people waiting, 0 = none)</source>
        <translation>Occupancy cap (people waiting, 0 = none)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="222"/>
        <source>Kiosk languages</source>
        <translation>Kiosk languages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="223"/>
        <source>Announcement languages</source>
        <translation>Announcement languages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="224"/>
        <source>Finished tickets before observed times are used</source>
        <translation>Finished tickets before observed times are used</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="225"/>
        <source>Announcement repeats</source>
        <translation>Announcement repeats</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="226"/>
        <source>Keep daily backups (days)</source>
        <translation>Keep daily backups (days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="227"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="227"/>
        <source>Ticket prefix</source>
        <translation>Ticket prefix</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="228"/>
        <source>Default minutes</source>
        <translation>Default minutes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="228"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="229"/>
        <source>Head start (min)</source>
        <translation>Head start (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="229"/>
        <source>Love window</source>
        <translation>Love window</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="230"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="230"/>
        <source>Services, preferred first</source>
        <translation>Services, preferred first</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="231"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="231"/>
        <source>Quick service</source>
        <translation>Quick service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="232"/>
        <source>Self-service instruction</source>
        <translation>Self-service instruction</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="236"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="236"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="237"/>
        <source>Priority classes</source>
        <translation>Priority classes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="237"/>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="238"/>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="356"/>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="366"/>
        <source>Save these %1 changes?</source>
        <translation>Save these %1 changes?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="368"/>
        <source>Tickets of %1 are still waiting or being served today: removed from the configuration, they can no longer be called.</source>
        <translation>Tickets of %1 are still waiting or being served today: removed from the configuration, they can no longer be called.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="380"/>
        <source>Saved %1 changes; every station uses them now.</source>
        <translation>Saved %1 changes; every station uses them now.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="410"/>
        <source>Branch configuration</source>
        <translation>Branch configuration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="414"/>
        <source>Save configuration</source>
        <translation>Save configuration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="415"/>
        <source>Undo unsaved changes</source>
        <translation>Undo unsaved changes</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="271"/>
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="269"/>
        <source>About %n minutes</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="272"/>
        <source>Your ticket is printing.</source>
        <translation>Your ticket is printing.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="286"/>
        <source>Please take your ticket.</source>
        <translation>Please take your ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="278"/>
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>It is busy today. You may come back later or book an appointment.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="270"/>
        <source>About %1-%2 minutes</source>
        <translation>About %1-%2 minutes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="289"/>
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>The printer is not working. Please remember your number: staff have been told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="303"/>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="304"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="27"/>
        <source>Connection to the branch database lost - reconnecting...</source>
        <translation>Connection to the branch database lost - reconnecting...</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="463"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="465"/>
        <source>Called %1: %2</source>
        <translation>Called %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="491"/>
        <source>Called %1 again.</source>
        <translation>Called %1 again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="495"/>
        <source>Serving %1.</source>
        <translation>Serving %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="499"/>
        <source>Finished %1.</source>
        <translation>Finished %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="515"/>
        <source>Mark %1 as not come?</source>
        <translation>Mark %1 as not come?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="517"/>
        <source>%1 did not come.</source>
        <translation>%1 did not come.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="553"/>
        <location filename="../kiosk/ui/console_window.py" line="823"/>
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="553"/>
        <source>Ticket that came back:</source>
        <translation>Ticket that came back:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="558"/>
        <source>%1 is back in the queue in its place.</source>
        <translation>%1 is back in the queue in its place.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="582"/>
        <source>Call a ticket</source>
        <translation>Call a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="583"/>
        <source>Ticket number, or scan its QR code:</source>
        <translation>Ticket number, or scan its QR code:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="595"/>
        <source>Called %1.</source>
        <translation>Called %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="616"/>
        <source>Assistance recorded.</source>
        <translation>Assistance recorded.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="623"/>
        <source>Counter %1 is open.</source>
        <translation>Counter %1 is open.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="632"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="633"/>
        <source>Services in order of preference (e.g. A,B):</source>
        <translation>Services in order of preference (e.g. A,B):</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="639"/>
        <source>Counter %1 serves %2.</source>
        <translation>Counter %1 serves %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="646"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="646"/>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="360"/>
        <location filename="../kiosk/ui/console_window.py" line="376"/>
        <location filename="../kiosk/ui/console_window.py" line="649"/>
        <source>Counter %1 is paused.</source>
        <translation>Counter %1 is paused.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="654"/>
        <source>Close counter %1?</source>
        <translation>Close counter %1?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="364"/>
        <location filename="../kiosk/ui/console_window.py" line="656"/>
        <source>Counter %1 is closed.</source>
        <translation>Counter %1 is closed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="665"/>
        <source>Love window on: priority customers only.</source>
        <translation>Love window on: priority customers only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="666"/>
        <source>Love window off.</source>
        <translation>Love window off.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="692"/>
        <source>Help request answered after %1 s.</source>
        <translation>Help request answered after %1 s.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="754"/>
        <source>Counter %1 · %2 · %3 (%4)</source>
        <translation>Counter %1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="526"/>
        <location filename="../kiosk/ui/console_window.py" line="768"/>
        <source>No customer at this counter.</source>
        <translation>No customer at this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="374"/>
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="476"/>
        <source>transferred from counter %1, waited %2 min</source>
        <translation>transferred from counter %1, waited %2 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="478"/>
        <source>%1, waited %2 min + %3 head start</source>
        <translation>%1, waited %2 min + %3 head start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="482"/>
        <source>, past the %1 min maximum wait</source>
        <translation>, past the %1 min maximum wait</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="567"/>
        <source>Cancel a ticket</source>
        <translation>Cancel a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="568"/>
        <source>Ticket of the customer who left:</source>
        <translation>Ticket of the customer who left:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="575"/>
        <source>Cancel ticket %1? It will not be called again.</source>
        <translation>Cancel ticket %1? It will not be called again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="577"/>
        <source>%1 is cancelled.</source>
        <translation>%1 is cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="748"/>
        <source>Counter %1 is no longer in the branch&apos;s configuration: ask the manager, then sign out.</source>
        <translation>Counter %1 is no longer in the branch&apos;s configuration: ask the manager, then sign out.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="777"/>
        <source>waited %1 min</source>
        <translation>waited %1 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="799"/>
        <source>Help requests (%1 new)</source>
        <translation>Help requests (%1 new)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="801"/>
        <location filename="../kiosk/ui/console_window.py" line="838"/>
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="811"/>
        <source>Longest wait: %1 min</source>
        <translation>Longest wait: %1 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="814"/>
        <source>Counter %1: %2</source>
        <translation>Counter %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="823"/>
        <source>Call ticket…</source>
        <translation>Call ticket…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="824"/>
        <source>Assistance…</source>
        <translation>Assistance…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="824"/>
        <source>Cancel ticket…</source>
        <translation>Cancel ticket…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="825"/>
        <source>Open counter</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="826"/>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="717"/>
        <location filename="../kiosk/ui/console_window.py" line="826"/>
        <source>Close counter</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="827"/>
        <source>Services…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="714"/>
        <location filename="../kiosk/ui/console_window.py" line="828"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="832"/>
        <location filename="../kiosk/ui/console_window.py" line="833"/>
        <source>Love window</source>
        <translation>Love window</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="836"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="837"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="839"/>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="840"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="536"/>
        <source>%1 transferred to %2 at counter %3</source>
        <translation>%1 transferred to %2 at counter %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="538"/>
        <source>%1 transferred to %2</source>
        <translation>%1 transferred to %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="540"/>
        <source>%1 transferred to counter %3</source>
        <translation>%1 transferred to counter %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="716"/>
        <source>Pause counter</source>
        <translation>Pause counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="355"/>
        <source>Counter %1 is still shown open in the hall. Pause it or close it as you sign out?</source>
        <translation>Counter %1 is still shown open in the hall. Pause it or close it as you sign out?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="353"/>
        <source>Counter %1 is still shown as a love window in the hall. Pause it or close it as you sign out?</source>
        <translation>Counter %1 is still shown as a love window in the hall. Pause it or close it as you sign out?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="341"/>
        <source>Counter %1 could not be paused: %2 Sign out anyway? The hall may go on showing it open.</source>
        <translation>Counter %1 could not be paused: %2 Sign out anyway? The hall may go on showing it open.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="675"/>
        <source>Quick counter on: quick services only (%1).</source>
        <translation>Quick counter on: quick services only (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="677"/>
        <source>Quick counter off.</source>
        <translation>Quick counter off.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="834"/>
        <location filename="../kiosk/ui/console_window.py" line="835"/>
        <source>Quick counter</source>
        <translation>Quick counter</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../kiosk/ui/damage_banner.py" line="33"/>
        <source>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</source>
        <translation>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="157"/>
        <location filename="../kiosk/ui/display_window.py" line="202"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="168"/>
        <source>%1  (recalled)</source>
        <translation>%1  (recalled)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="204"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="206"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="208"/>
        <source>Love window: priority customers only</source>
        <translation>Love window: priority customers only</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="212"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="214"/>
        <source>Serving %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="214"/>
        <source>%1 please come</source>
        <translation>%1 please come</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="221"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="233"/>
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>No voice for %1: calls are shown and chimed, not spoken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="238"/>
        <source>Daily backup failed: %1</source>
        <translation>Daily backup failed: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="267"/>
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="313"/>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="314"/>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="242"/>
        <source>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</source>
        <translation>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="210"/>
        <source>Quick counter: simple business only</source>
        <translation>Quick counter: simple business only</translation>
    </message>
</context>
<context>
    <name>DrillReviewWindow</name>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="221"/>
        <source>The notes are saved.</source>
        <translation>The notes are saved.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="231"/>
        <source>Please wait: the PDF is still being written.</source>
        <translation>Please wait: the PDF is still being written.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="234"/>
        <source>Save the drill evaluation as PDF</source>
        <translation>Save the drill evaluation as PDF</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="245"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="251"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="262"/>
        <source>Save notes</source>
        <translation>Save notes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="263"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
</context>
<context>
    <name>DrillStrip</name>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="82"/>
        <source>Drill in progress: tickets marked DRILL are not customers</source>
        <translation>Drill in progress: tickets marked DRILL are not customers</translation>
    </message>
</context>
<context>
    <name>DrillTag</name>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="62"/>
        <source>DRILL: not a customer</source>
        <translation>DRILL: not a customer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="26"/>
        <source>%1 (DRILL)</source>
        <translation>%1 (DRILL)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="32"/>
        <source>Drill in progress: its tickets are marked DRILL</source>
        <translation>Drill in progress: its tickets are marked DRILL</translation>
    </message>
</context>
<context>
    <name>DrillsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="189"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="192"/>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="192"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="227"/>
        <source>Start a %1 with %2 drill customers? Their tickets (numbered from %3, marked %4) enter the real queue, and tellers call them like customers.</source>
        <translation>Start a %1 with %2 drill customers? Their tickets (numbered from %3, marked %4) enter the real queue, and tellers call them like customers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="239"/>
        <source>Drill %1 has started.</source>
        <translation>Drill %1 has started.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="258"/>
        <source>Drill %1 has ended.</source>
        <translation>Drill %1 has ended.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="265"/>
        <source>Drill %1 is running and its customers come from this station. Sign out anyway? No more drill customers come until a manager signs in here again.</source>
        <translation>Drill %1 is running and its customers come from this station. Sign out anyway? No more drill customers come until a manager signs in here again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="282"/>
        <source>Next customer at %1.</source>
        <translation>Next customer at %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="283"/>
        <source>All customers have come: end the drill when the counters are done.</source>
        <translation>All customers have come: end the drill when the counters are done.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="284"/>
        <source>%1 %2 running since %3: %4 of %5 customers issued, %6 waiting, %7 called, %8 served.</source>
        <translation>%1 %2 running since %3: %4 of %5 customers issued, %6 waiting, %7 called, %8 served.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="291"/>
        <source>Surge alerts: %1. Help requests not yet answered: %2.</source>
        <translation>Surge alerts: %1. Help requests not yet answered: %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="305"/>
        <source>Judged against: 90% of waits within %1 min; help answered within %2 s; a love window within %3 min of the first special customer; a counter opened within %4 min of a surge alert (the [drills] targets of the configuration).</source>
        <translation>Judged against: 90% of waits within %1 min; help answered within %2 s; a love window within %3 min of the first special customer; a counter opened within %4 min of a surge alert (the [drills] targets of the configuration).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="316"/>
        <source>Choose a drill in the list first.</source>
        <translation>Choose a drill in the list first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="341"/>
        <source>Drills (running)</source>
        <translation>Drills (running)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="341"/>
        <location filename="../kiosk/ui/manager_drills.py" line="345"/>
        <source>Drills</source>
        <translation>Drills</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="349"/>
        <source>&amp;Kind of drill</source>
        <translation>&amp;Kind of drill</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="358"/>
        <source>Start drill…</source>
        <translation>Start drill…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="359"/>
        <source>End drill…</source>
        <translation>End drill…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="360"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="361"/>
        <source>Drills held</source>
        <translation>Drills held</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="363"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="363"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="364"/>
        <source>Evaluation…</source>
        <translation>Evaluation…</translation>
    </message>
</context>
<context>
    <name>EndDrillDialog</name>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="76"/>
        <source>End drill %1</source>
        <translation>End drill %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="78"/>
        <source>Cancel the %1 drill tickets still waiting</source>
        <translation>Cancel the %1 drill tickets still waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="84"/>
        <source>End the drill</source>
        <translation>End the drill</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="88"/>
        <source>What did the drill show? The notes go into its evaluation.</source>
        <translation>What did the drill show? The notes go into its evaluation.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../kiosk/ui/file_dialog.py" line="31"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/file_dialog.py" line="33"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
</context>
<context>
    <name>HomeVisitBadge</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="472"/>
        <source>⚠ %1 home visit(s) overdue</source>
        <translation>⚠ %1 home visit(s) overdue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="473"/>
        <source>Home visits…</source>
        <translation>Home visits…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="474"/>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="446"/>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
</context>
<context>
    <name>HomeVisitPanel</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="236"/>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="240"/>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="242"/>
        <source>call: %1</source>
        <translation>call: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="246"/>
        <source>contact and address erased</source>
        <translation>contact and address erased</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="303"/>
        <source>Give the service, the reason and a contact.</source>
        <translation>Give the service, the reason and a contact.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="308"/>
        <source>Home visit %1 registered; due by %2.</source>
        <translation>Home visit %1 registered; due by %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="321"/>
        <source>Approve home visit %1 (%2)?</source>
        <translation>Approve home visit %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="324"/>
        <source>Home visit %1 approved.</source>
        <translation>Home visit %1 approved.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="327"/>
        <source>Refuse home visit %1</source>
        <translation>Refuse home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="327"/>
        <source>Why is it refused? The customer is told.</source>
        <translation>Why is it refused? The customer is told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="329"/>
        <source>Home visit %1 refused.</source>
        <translation>Home visit %1 refused.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="332"/>
        <source>Cancel home visit %1</source>
        <translation>Cancel home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="332"/>
        <source>Why is it withdrawn?</source>
        <translation>Why is it withdrawn?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="334"/>
        <source>Home visit %1 cancelled.</source>
        <translation>Home visit %1 cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="345"/>
        <source>Home visit %1: %2 and %3 go.</source>
        <translation>Home visit %1: %2 and %3 go.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="349"/>
        <source>Call before leaving: home visit %1</source>
        <translation>Call before leaving: home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="350"/>
        <source>What was agreed on the phone (time, who comes)?</source>
        <translation>What was agreed on the phone (time, who comes)?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="352"/>
        <source>Call logged: home visit %1 is under way.</source>
        <translation>Call logged: home visit %1 is under way.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="355"/>
        <source>Outcome of home visit %1</source>
        <translation>Outcome of home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="355"/>
        <source>What was done?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="357"/>
        <source>Home visit %1 done.</source>
        <translation>Home visit %1 done.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="373"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="386"/>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="381"/>
        <source>%1 home visit(s) overdue: past their last allowed day.</source>
        <translation>%1 home visit(s) overdue: past their last allowed day.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="385"/>
        <source>Home visits (%1 overdue)</source>
        <translation>Home visits (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="390"/>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="390"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="391"/>
        <source>staff assigned</source>
        <translation>staff assigned</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="391"/>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="392"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="392"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="393"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="397"/>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="397"/>
        <source>an agent</source>
        <translation>an agent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="412"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="403"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="403"/>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="404"/>
        <source>Assign staff…</source>
        <translation>Assign staff…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="404"/>
        <source>Log the call…</source>
        <translation>Log the call…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="405"/>
        <source>Record outcome…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="406"/>
        <source>Cancel request…</source>
        <translation>Cancel request…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="409"/>
        <source>Register a request</source>
        <translation>Register a request</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411"/>
        <source>Why they cannot come</source>
        <translation>Why they cannot come</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="412"/>
        <source>Contact (phone)</source>
        <translation>Contact (phone)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="419"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>KioskBooking</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="267"/>
        <source>Sorry, that time has just been booked</source>
        <translation>Sorry, that time has just been booked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="268"/>
        <location filename="../kiosk/ui/kiosk_booking.py" line="314"/>
        <source>Take a ticket now</source>
        <translation>Take a ticket now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="312"/>
        <source>Sorry, we could not book that time</source>
        <translation>Sorry, we could not book that time</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="313"/>
        <source>Please take a ticket now, or ask a member of staff.</source>
        <translation>Please take a ticket now, or ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="316"/>
        <source>%1 has just been booked by someone else. Please choose another time.</source>
        <translation>%1 has just been booked by someone else. Please choose another time.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="303"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="344"/>
        <source>Sorry, no ticket could be issued</source>
        <translation>Sorry, no ticket could be issued</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="304"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="345"/>
        <source>Please press Call staff: a member of staff will help you.</source>
        <translation>Please press Call staff: a member of staff will help you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="248"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="305"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="346"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="441"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="450"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="675"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="352"/>
        <source>Please enter your booking code.</source>
        <translation>Please enter your booking code.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="377"/>
        <source>We could not find booking code %1. Please check it, or press Call staff.</source>
        <translation>We could not find booking code %1. Please check it, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="375"/>
        <source>A booking code has 4 to 12 digits. Please check it, or press Call staff.</source>
        <translation>A booking code has 4 to 12 digits. Please check it, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="379"/>
        <source>Booking code %1 has already been used to check in. If you lost your ticket, please press Call staff.</source>
        <translation>Booking code %1 has already been used to check in. If you lost your ticket, please press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="382"/>
        <source>Booking code %1 is for %2, not today. Please come back on that day, or press Call staff.</source>
        <translation>Booking code %1 is for %2, not today. Please come back on that day, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="387"/>
        <source>Sorry, we cannot check you in right now. Please press Call staff.</source>
        <translation>Sorry, we cannot check you in right now. Please press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="245"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="447"/>
        <source>Please ask any member of staff</source>
        <translation>Please ask any member of staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="448"/>
        <source>We could not call staff from here. Please go to a counter or ask any member of staff: they will help you.</source>
        <translation>We could not call staff from here. Please go to a counter or ask any member of staff: they will help you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="439"/>
        <source>Help is on the way</source>
        <translation>Help is on the way</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="385"/>
        <source>Booking code %1 can no longer be used (cancelled, or its time has passed). Please take a ticket, or press Call staff.</source>
        <translation>Booking code %1 can no longer be used (cancelled, or its time has passed). Please take a ticket, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="440"/>
        <source>A member of staff has been called and will come to you.</source>
        <translation>A member of staff has been called and will come to you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="509"/>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="510"/>
        <source>More time, please</source>
        <translation>More time, please</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="526"/>
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>Touch the button, or the kiosk starts again in %n second.</numerusform>
            <numerusform>Touch the button, or the kiosk starts again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="594"/>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 of %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="606"/>
        <source>Speech is slower</source>
        <translation>Speech is slower</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="606"/>
        <source>Speech at normal speed</source>
        <translation>Speech at normal speed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="665"/>
        <source>Voice guidance: on</source>
        <translation>Voice guidance: on</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="665"/>
        <source>Voice guidance</source>
        <translation>Voice guidance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="667"/>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="668"/>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="669"/>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="672"/>
        <source>Slower speech: on</source>
        <translation>Slower speech: on</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="672"/>
        <source>Slower speech</source>
        <translation>Slower speech</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="246"/>
        <source>No ticket can be issued here right now. Please go to a counter or ask any member of staff: they will help you.</source>
        <translation>No ticket can be issued here right now. Please go to a counter or ask any member of staff: they will help you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="313"/>
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="107"/>
        <source>Welcome. Please choose your language.</source>
        <translation>Welcome. Please choose your language.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="108"/>
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
</context>
<context>
    <name>LowRatingsBox</name>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="71"/>
        <source>%1 · ticket %2 · %3/5 · teller %4</source>
        <translation>%1 · ticket %2 · %3/5 · teller %4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="95"/>
        <source>Low satisfaction rating (%1/5) for ticket %2</source>
        <translation>Low satisfaction rating (%1/5) for ticket %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="110"/>
        <source>Complaint %1 opened from the low rating of ticket %2</source>
        <translation>Complaint %1 opened from the low rating of ticket %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="114"/>
        <source>Low satisfaction ratings</source>
        <translation>Low satisfaction ratings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="115"/>
        <source>Open complaint</source>
        <translation>Open complaint</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="183"/>
        <source>Branch manager</source>
        <translation>Branch manager</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="184"/>
        <source>Sign out  [Ctrl+Q]</source>
        <translation>Sign out  [Ctrl+Q]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="186"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Reports and exports</source>
        <translation>Reports and exports</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="189"/>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="141"/>
        <source>Figures, an export or a backup are still being made; sign out when they are done.</source>
        <translation>Figures, an export or a backup are still being made; sign out when they are done.</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="382"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="224"/>
        <source>Anything our staff should know? (optional)</source>
        <translation>Anything our staff should know? (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="225"/>
        <source>I use a wheelchair</source>
        <translation>I use a wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="225"/>
        <source>I have low vision</source>
        <translation>I have low vision</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="226"/>
        <source>I am hard of hearing</source>
        <translation>I am hard of hearing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="227"/>
        <source>I need sign language</source>
        <translation>I need sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="228"/>
        <source>I need help with forms</source>
        <translation>I need help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="231"/>
        <source>Print my ticket</source>
        <translation>Print my ticket</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="89"/>
        <source>&amp;Summary (总结): how the drill went</source>
        <translation>&amp;Summary (总结): how the drill went</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="90"/>
        <source>&amp;What to improve in the plan (完善预案)</source>
        <translation>&amp;What to improve in the plan (完善预案)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="53"/>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="55"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="56"/>
        <source>PIN (6-8 digits)</source>
        <translation>PIN (6-8 digits)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="57"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="65"/>
        <source>Staff number and name are both needed.</source>
        <translation>Staff number and name are both needed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="70"/>
        <source>A staff number is 1 to 12 digits.</source>
        <translation>A staff number is 1 to 12 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="74"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>A PIN is 6 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="76"/>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="163"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="210"/>
        <source>Customers per &amp;hour</source>
        <translation>Customers per &amp;hour</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="211"/>
        <source>For &amp;minutes</source>
        <translation>For &amp;minutes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="212"/>
        <source>Arrival pattern &amp;no. (the same number, the same customers)</source>
        <translation>Arrival pattern &amp;no. (the same number, the same customers)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="213"/>
        <source>Services (share in %)</source>
        <translation>Services (share in %)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="214"/>
        <source>Priority classes (share in %)</source>
        <translation>Priority classes (share in %)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="215"/>
        <source>One customer every (seconds)</source>
        <translation>One customer every (seconds)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="217"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="217"/>
        <source>Share %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Role played</source>
        <translation>Role played</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Priority class</source>
        <translation>Priority class</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Asks for help</source>
        <translation>Asks for help</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Assistance logged</source>
        <translation>Assistance logged</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Love window</source>
        <translation>Love window</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="221"/>
        <source>Add customer</source>
        <translation>Add customer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="222"/>
        <source>Remove customer</source>
        <translation>Remove customer</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="190"/>
        <source>Do you need priority service?</source>
        <translation>Do you need priority service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="191"/>
        <source>No priority needed</source>
        <translation>No priority needed</translation>
    </message>
</context>
<context>
    <name>RatePadWindow</name>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="193"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="193"/>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="196"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="198"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="199"/>
        <source>After your business, please rate our service here.</source>
        <translation>After your business, please rate our service here.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="202"/>
        <source>Served by teller %1 · ticket %2</source>
        <translation>Served by teller %1 · ticket %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="203"/>
        <source>Ticket %2</source>
        <translation>Ticket %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="205"/>
        <source>How satisfied are you with our service?</source>
        <translation>How satisfied are you with our service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="206"/>
        <source>Press one face (or key 1 to 5).</source>
        <translation>Press one face (or key 1 to 5).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="211"/>
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="13"/>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="14"/>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="15"/>
        <source>start serving</source>
        <translation>start serving</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="16"/>
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="17"/>
        <source>mark as no-show</source>
        <translation>mark as no-show</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="18"/>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="19"/>
        <source>put back in the queue</source>
        <translation>put back in the queue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="20"/>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="28"/>
        <source>Counter %counter still has ticket %ticket (%status). Finish it, transfer it or mark it no-show first.</source>
        <translation>Counter %counter still has ticket %ticket (%status). Finish it, transfer it or mark it no-show first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="31"/>
        <source>Counter %counter is %mode. Open it first.</source>
        <translation>Counter %counter is %mode. Open it first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="33"/>
        <source>Counter %counter has no current ticket to %action.</source>
        <translation>Counter %counter has no current ticket to %action.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="35"/>
        <source>Cannot %action ticket %ticket: it is %status.</source>
        <translation>Cannot %action ticket %ticket: it is %status.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="37"/>
        <source>Another station changed this counter just now. Try again.</source>
        <translation>Another station changed this counter just now. Try again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="39"/>
        <source>Ticket %ticket is already for this service.</source>
        <translation>Ticket %ticket is already for this service.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="41"/>
        <source>Ticket %ticket is already at this counter.</source>
        <translation>Ticket %ticket is already at this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="43"/>
        <source>Counter %counter is closed. Transfer to an open or paused counter, or to a service.</source>
        <translation>Counter %counter is closed. Transfer to an open or paused counter, or to a service.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="45"/>
        <source>Counter %counter does not serve that service.</source>
        <translation>Counter %counter does not serve that service.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="47"/>
        <source>There is no ticket %ticket today.</source>
        <translation>There is no ticket %ticket today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="48"/>
        <source>That is not a ticket number. A ticket number is one or two letters and up to six digits, e.g. A007.</source>
        <translation>That is not a ticket number. A ticket number is one or two letters and up to six digits, e.g. A007.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="51"/>
        <source>That code is not a ticket of this queue. Type the ticket number instead.</source>
        <translation>That code is not a ticket of this queue. Type the ticket number instead.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="53"/>
        <source>Ticket %ticket was marked no-show more than %minutes min ago. Please issue a new ticket.</source>
        <translation>Ticket %ticket was marked no-show more than %minutes min ago. Please issue a new ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="56"/>
        <source>The clock is earlier than ticket %ticket&apos;s last change. Check this PC&apos;s date and time.</source>
        <translation>The clock is earlier than ticket %ticket&apos;s last change. Check this PC&apos;s date and time.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="59"/>
        <source>A %role may not do this.</source>
        <translation>A %role may not do this.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="60"/>
        <source>You are signed in at counter %mine; counter %counter is not yours to act on. Ask the lobby manager.</source>
        <translation>You are signed in at counter %mine; counter %counter is not yours to act on. Ask the lobby manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="63"/>
        <source>You are not signed in at a counter. Sign in at your counter&apos;s console.</source>
        <translation>You are not signed in at a counter. Sign in at your counter&apos;s console.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="65"/>
        <source>Ticket %ticket was marked no-show at counter %counter. Only that counter or the lobby manager can put it back in the queue.</source>
        <translation>Ticket %ticket was marked no-show at counter %counter. Only that counter or the lobby manager can put it back in the queue.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="68"/>
        <source>Ticket %ticket was transferred to counter %counter. Only that counter or the lobby manager can call it.</source>
        <translation>Ticket %ticket was transferred to counter %counter. Only that counter or the lobby manager can call it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="71"/>
        <source>You can cancel only the ticket called to your counter. Ask the lobby manager to cancel ticket %ticket.</source>
        <translation>You can cancel only the ticket called to your counter. Ask the lobby manager to cancel ticket %ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="74"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="75"/>
        <source>This account has been deactivated. Sign in with another.</source>
        <translation>This account has been deactivated. Sign in with another.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="77"/>
        <source>Counter %counter is not in the branch&apos;s configuration. Ask the manager.</source>
        <translation>Counter %counter is not in the branch&apos;s configuration. Ask the manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="79"/>
        <source>Someone has already resolved this request.</source>
        <translation>Someone has already resolved this request.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="81"/>
        <source>Say in the note what was given.</source>
        <translation>Say in the note what was given.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="82"/>
        <source>Staff number %number already exists.</source>
        <translation>Staff number %number already exists.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="91"/>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>You cannot deactivate your own account while signed in with it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="94"/>
        <source>Drill %drill is still running. End it before starting another.</source>
        <translation>Drill %drill is still running. End it before starting another.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="96"/>
        <source>That drill is not running any more (or does not exist). Look at the list of drills.</source>
        <translation>That drill is not running any more (or does not exist). Look at the list of drills.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="98"/>
        <source>The notes are too long: at most %limit characters are kept. Shorten them.</source>
        <translation>The notes are too long: at most %limit characters are kept. Shorten them.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="100"/>
        <source>The script has no customers. Add at least one.</source>
        <translation>The script has no customers. Add at least one.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="102"/>
        <source>Give at least one service and one priority class a share of the drill&apos;s customers.</source>
        <translation>Give at least one service and one priority class a share of the drill&apos;s customers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="104"/>
        <source>The plan cannot run: %detail</source>
        <translation>The plan cannot run: %detail</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="106"/>
        <source>Home visit %visit has moved on: that step is not possible now. Its status is in the list.</source>
        <translation>Home visit %visit has moved on: that step is not possible now. Its status is in the list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="109"/>
        <source>There is no home visit %visit.</source>
        <translation>There is no home visit %visit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="110"/>
        <source>Two staff members go on every home visit: choose both.</source>
        <translation>Two staff members go on every home visit: choose both.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="112"/>
        <source>Choose two different staff members, not %number twice.</source>
        <translation>Choose two different staff members, not %number twice.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="114"/>
        <source>There is no staff number %number.</source>
        <translation>There is no staff number %number.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="115"/>
        <source>Staff %number is deactivated: choose an active colleague.</source>
        <translation>Staff %number is deactivated: choose an active colleague.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="117"/>
        <source>Only the two staff sent on home visit %visit, or the lobby manager, can report on it.</source>
        <translation>Only the two staff sent on home visit %visit, or the lobby manager, can report on it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="121"/>
        <source>Service %service cannot be booked: it has no booking slots in the configuration.</source>
        <translation>Service %service cannot be booked: it has no booking slots in the configuration.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="123"/>
        <source>%start is not the start of a slot of service %service. Choose one of the slots shown.</source>
        <translation>%start is not the start of a slot of service %service. Choose one of the slots shown.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="126"/>
        <source>That is not a date. Choose a day from the list.</source>
        <translation>That is not a date. Choose a day from the list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="127"/>
        <source>There is no booking with code %code. Check the code with the customer.</source>
        <translation>There is no booking with code %code. Check the code with the customer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="129"/>
        <source>Booking %code is %status: only a booking not yet checked in can be cancelled.</source>
        <translation>Booking %code is %status: only a booking not yet checked in can be cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="131"/>
        <source>That booking was cancelled. Book a new slot, or give the customer a ticket.</source>
        <translation>That booking was cancelled. Book a new slot, or give the customer a ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="133"/>
        <source>That booking&apos;s time has passed (a no-show). Book a new slot, or give the customer a ticket.</source>
        <translation>That booking&apos;s time has passed (a no-show). Book a new slot, or give the customer a ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="136"/>
        <source>Ticket %ticket is %status: only a finished ticket can be rated.</source>
        <translation>Ticket %ticket is %status: only a finished ticket can be rated.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="138"/>
        <source>Ticket %ticket has been rated already.</source>
        <translation>Ticket %ticket has been rated already.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="139"/>
        <source>A rating is 1 to 5.</source>
        <translation>A rating is 1 to 5.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="140"/>
        <source>No service is marked quick in the configuration: a quick counter would call nobody.</source>
        <translation>No service is marked quick in the configuration: a quick counter would call nobody.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="142"/>
        <source>The queue database is busy at another station. Nothing was changed; try again.</source>
        <translation>The queue database is busy at another station. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="144"/>
        <source>The branch database cannot be reached (its server or the network is down); this station reconnects by itself. Once it is back, look at the screen before repeating the action.</source>
        <translation>The branch database cannot be reached (its server or the network is down); this station reconnects by itself. Once it is back, look at the screen before repeating the action.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="147"/>
        <source>The queue database cannot be written (%path). Nothing was changed; call the branch&apos;s IT support.</source>
        <translation>The queue database cannot be written (%path). Nothing was changed; call the branch&apos;s IT support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="150"/>
        <source>The queue database is damaged (%path). Call the manager to restore the latest backup.</source>
        <translation>The queue database is damaged (%path). Call the manager to restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="156"/>
        <source>The queue database cannot be opened (%path). Call the branch&apos;s IT support.</source>
        <translation>The queue database cannot be opened (%path). Call the branch&apos;s IT support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="158"/>
        <source>The queue database reported a problem (%path: %detail). Nothing was changed.</source>
        <translation>The queue database reported a problem (%path: %detail). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="153"/>
        <source>Disk full: the disk holding the queue database (%path) has no room left. Nothing was changed; call the branch&apos;s IT support to free some space.</source>
        <translation>Disk full: the disk holding the queue database (%path) has no room left. Nothing was changed; call the branch&apos;s IT support to free some space.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="83"/>
        <source>Say what it is: the text is empty.</source>
        <translation>Say what it is: the text is empty.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="84"/>
        <source>The text is %length characters long; at most %limit are kept. Shorten it.</source>
        <translation>The text is %length characters long; at most %limit are kept. Shorten it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="86"/>
        <source>There is no complaint %id.</source>
        <translation>There is no complaint %id.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="87"/>
        <source>Complaint %id has moved on meanwhile. Look at it again, then choose the next step.</source>
        <translation>Complaint %id has moved on meanwhile. Look at it again, then choose the next step.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="89"/>
        <source>The clock is earlier than complaint %id&apos;s last step. Check this PC&apos;s date and time.</source>
        <translation>The clock is earlier than complaint %id&apos;s last step. Check this PC&apos;s date and time.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="209"/>
        <source>Please wait: the last request is still running.</source>
        <translation>Please wait: the last request is still running.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="254"/>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="284"/>
        <source>Figures for %1.</source>
        <translation>Figures for %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="333"/>
        <source>Export as %1</source>
        <translation>Export as %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="338"/>
        <source>Replace %1 too?</source>
        <translation>Replace %1 too?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="342"/>
        <source>This export will hold personal data: the contact and address of home-visit customers. Keep the file safe and delete it when it is no longer needed. Write it?</source>
        <translation>This export will hold personal data: the contact and address of home-visit customers. Keep the file safe and delete it when it is no longer needed. Write it?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="353"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="357"/>
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="367"/>
        <source>Back up the database to</source>
        <translation>Back up the database to</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="378"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="382"/>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="385"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="392"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="393"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="394"/>
        <source>Show figures  [F5]</source>
        <translation>Show figures  [F5]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="396"/>
        <source>Export %1…</source>
        <translation>Export %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="397"/>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="398"/>
        <source>Exports include personal data: home visits&apos; contact and address</source>
        <translation>Exports include personal data: home visits&apos; contact and address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="399"/>
        <source>Include drill tickets (marked DRILL) in the figures and exports</source>
        <translation>Include drill tickets (marked DRILL) in the figures and exports</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="400"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="410"/>
        <source>Priority customers</source>
        <translation>Priority customers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="419"/>
        <source>By hour of issue</source>
        <translation>By hour of issue</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="332"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="332"/>
        <source>Booking rules</source>
        <translation>Booking rules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="332"/>
        <source>Other rules</source>
        <translation>Other rules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="336"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="336"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="340"/>
        <source>Appointment check-in from (min before the slot)</source>
        <translation>Appointment check-in from (min before the slot)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="341"/>
        <source>Appointment check-in until (min after the slot began)</source>
        <translation>Appointment check-in until (min after the slot began)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="342"/>
        <source>No-show if not checked in (min after the slot ended)</source>
        <translation>No-show if not checked in (min after the slot ended)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="343"/>
        <source>Bookable days ahead</source>
        <translation>Bookable days ahead</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="344"/>
        <source>Home visit made within (working days)</source>
        <translation>Home visit made within (working days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="345"/>
        <source>Address and phone of a closed visit erased after (days)</source>
        <translation>Address and phone of a closed visit erased after (days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="346"/>
        <source>Complaint reply promised within (working days)</source>
        <translation>Complaint reply promised within (working days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="347"/>
        <source>Rating screen back to idle after (s)</source>
        <translation>Rating screen back to idle after (s)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="348"/>
        <source>A low rating is at or below</source>
        <translation>A low rating is at or below</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="349"/>
        <source>Suggest self-service when the wait passes (min)</source>
        <translation>Suggest self-service when the wait passes (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="350"/>
        <source>Alert when 90% of a service&apos;s customers may wait over (min)</source>
        <translation>Alert when 90% of a service&apos;s customers may wait over (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="351"/>
        <source>Check the queue for a surge every (s)</source>
        <translation>Check the queue for a surge every (s)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="352"/>
        <source>Simulated runs behind each wait estimate</source>
        <translation>Simulated runs behind each wait estimate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="353"/>
        <source>Service times also from the same hour of past weeks (weeks)</source>
        <translation>Service times also from the same hour of past weeks (weeks)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="354"/>
        <source>Say a range (&quot;about 10-15 min&quot;) when it is at least (min) wide</source>
        <translation>Say a range (&quot;about 10-15 min&quot;) when it is at least (min) wide</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="355"/>
        <source>... and at least this share of the estimate</source>
        <translation>... and at least this share of the estimate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="359"/>
        <source>Surge alerts</source>
        <translation>Surge alerts</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="360"/>
        <source>Wait estimates</source>
        <translation>Wait estimates</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="361"/>
        <source>Targets per service (min), e.g. A = 15</source>
        <translation>Targets per service (min), e.g. A = 15</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="362"/>
        <source>Show surge alerts on the hall display</source>
        <translation>Show surge alerts on the hall display</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="363"/>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="363"/>
        <source>Holidays (closed on a working day)</source>
        <translation>Holidays (closed on a working day)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="364"/>
        <source>Make-up working days (open on a day off)</source>
        <translation>Make-up working days (open on a day off)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Slot (min)</source>
        <translation>Slot (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Bookings per slot</source>
        <translation>Bookings per slot</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="370"/>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="371"/>
        <source>Closed dates</source>
        <translation>Closed dates</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="373"/>
        <source>Opening hours like 09:00-12:00, 13:30-17:00; an empty day is closed. Dates like 2027-01-01.</source>
        <translation>Opening hours like 09:00-12:00, 13:30-17:00; an empty day is closed. Dates like 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="375"/>
        <source>Bookable services</source>
        <translation>Bookable services</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="376"/>
        <source>Add a service</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="377"/>
        <source>Remove selected services</source>
        <translation>Remove selected services</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="133"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="137"/>
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>The branch is very busy: %n person is waiting. You can still take a ticket, come back later, or book an appointment.</numerusform>
            <numerusform>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="149"/>
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
</context>
<context>
    <name>ShuntScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="80"/>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="81"/>
        <source>Please go to the self-service area. Staff there will help you if you need it.</source>
        <translation>Please go to the self-service area. Staff there will help you if you need it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="84"/>
        <source>You can do this yourself, without waiting</source>
        <translation>You can do this yourself, without waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_shunt.py" line="85"/>
        <source>Waiting for a counter now: about %n minutes.</source>
        <translation>
            <numerusform>Waiting for a counter now: about %n minute.</numerusform>
            <numerusform>Waiting for a counter now: about %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="86"/>
        <source>I&apos;ll use self-service</source>
        <translation>I&apos;ll use self-service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="87"/>
        <source>Take a ticket anyway</source>
        <translation>Take a ticket anyway</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="88"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="83"/>
        <source>Wrong staff number or PIN.</source>
        <translation>Wrong staff number or PIN.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="80"/>
        <source>Too many wrong PINs: this account is locked for %1 more min.</source>
        <translation>Too many wrong PINs: this account is locked for %1 more min.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="65"/>
        <source>This station needs a %1&apos;s sign-in.</source>
        <translation>This station needs a %1&apos;s sign-in.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="100"/>
        <source>&amp;Staff number</source>
        <translation>&amp;Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="101"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="102"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="103"/>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="104"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/sign_in.py" line="84"/>
        <source>Wrong staff number or PIN. %n more wrong PIN(s) lock this account for %1 min.</source>
        <translation>
            <numerusform>Wrong staff number or PIN. %n more wrong PIN locks this account for %1 min.</numerusform>
            <numerusform>Wrong staff number or PIN. %n more wrong PINs lock this account for %1 min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="130"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="130"/>
        <source>no (deactivated)</source>
        <translation>no (deactivated)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="131"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="144"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="145"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="163"/>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="168"/>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="174"/>
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="179"/>
        <source>New PIN set for %1; the account is unlocked.</source>
        <translation>New PIN set for %1; the account is unlocked.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="186"/>
        <source>Deactivate %1? They can no longer sign in; their records stay.</source>
        <translation>Deactivate %1? They can no longer sign in; their records stay.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="190"/>
        <source>%1 deactivated.</source>
        <translation>%1 deactivated.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="190"/>
        <source>%1 reactivated.</source>
        <translation>%1 reactivated.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="195"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="199"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="199"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="200"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="201"/>
        <source>Reset PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
</context>
<context>
    <name>SurgeBanner</name>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="145"/>
        <source>(%1 more) %2</source>
        <translation>(%1 more) %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="161"/>
        <source>Surge advice</source>
        <translation>Surge advice</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="169"/>
        <source>No open counter serves %1 now; the target is %2 min.</source>
        <translation>No open counter serves %1 now; the target is %2 min.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="172"/>
        <source>90% of those waiting for %1 are predicted to wait up to %2 min; the target is %3 min.</source>
        <translation>90% of those waiting for %1 are predicted to wait up to %2 min; the target is %3 min.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="176"/>
        <source>Open counters %1, in that order, calling %2 first: a teller signs in at each and presses Open counter.</source>
        <translation>Open counters %1, in that order, calling %2 first: a teller signs in at each and presses Open counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="180"/>
        <source>More counters would not shorten this wait: it has mostly been waited already.</source>
        <translation>More counters would not shorten this wait: it has mostly been waited already.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="182"/>
        <source>Every counter is open already: suggest self-service or bookings, and ask staff to help at the counters that serve %1.</source>
        <translation>Every counter is open already: suggest self-service or bookings, and ask staff to help at the counters that serve %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="187"/>
        <source>Advice…</source>
        <translation>Advice…</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="178"/>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="179"/>
        <source>Remove selected rows</source>
        <translation>Remove selected rows</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="64"/>
        <source>Please write something first.</source>
        <translation>Please write something first.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="123"/>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="126"/>
        <source>Same service (%1)</source>
        <translation>Same service (%1)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="131"/>
        <source>Any counter that serves it</source>
        <translation>Any counter that serves it</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="134"/>
        <source>Counter %1 (%2) · %3</source>
        <translation>Counter %1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="143"/>
        <source>To service</source>
        <translation>To service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="144"/>
        <source>To counter</source>
        <translation>To counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="153"/>
        <source>Choose another service, another counter, or both.</source>
        <translation>Choose another service, another counter, or both.</translation>
    </message>
</context>
<context>
    <name>UnreachableScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="420"/>
        <source>Please ask a member of staff</source>
        <translation>Please ask a member of staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="421"/>
        <source>This kiosk cannot reach the branch&apos;s queue just now, so it cannot give tickets. A member of staff will help you at a counter. The kiosk starts again by itself.</source>
        <translation>This kiosk cannot reach the branch&apos;s queue just now, so it cannot give tickets. A member of staff will help you at a counter. The kiosk starts again by itself.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="16"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="16"/>
        <source>love window</source>
        <translation>love window</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="18"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="18"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="20"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="21"/>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="22"/>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="22"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="23"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="24"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="26"/>
        <source>teller</source>
        <translation>teller</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="27"/>
        <source>lobby manager</source>
        <translation>lobby manager</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="28"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="30"/>
        <source>wheelchair</source>
        <translation>wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="31"/>
        <source>low vision</source>
        <translation>low vision</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="32"/>
        <source>hard of hearing</source>
        <translation>hard of hearing</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="33"/>
        <source>sign language</source>
        <translation>sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="34"/>
        <source>help with forms</source>
        <translation>help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="35"/>
        <source>reading glasses</source>
        <translation>reading glasses</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="36"/>
        <source>magnifier</source>
        <translation>magnifier</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="37"/>
        <source>read aloud</source>
        <translation>read aloud</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="38"/>
        <source>escorted in or out</source>
        <translation>escorted in or out</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="39"/>
        <source>priority handling</source>
        <translation>priority handling</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="40"/>
        <source>medical kit</source>
        <translation>medical kit</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="41"/>
        <source>interpreter</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="42"/>
        <source>authorised representative</source>
        <translation>authorised representative</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="43"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="45"/>
        <source>customer asks for staff</source>
        <translation>customer asks for staff</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="46"/>
        <source>ticket printer failed</source>
        <translation>ticket printer failed</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="47"/>
        <source>waiting for staff</source>
        <translation>waiting for staff</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="48"/>
        <source>someone is going</source>
        <translation>someone is going</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="49"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="53"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="54"/>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="55"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="56"/>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="57"/>
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="58"/>
        <source>Hall display %1</source>
        <translation>Hall display %1</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="59"/>
        <source>Rating pad</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="60"/>
        <source>Rating pad %1</source>
        <translation>Rating pad %1</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="62"/>
        <source>Manager workstation</source>
        <translation>Manager workstation</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="63"/>
        <source>Manager reports</source>
        <translation>Manager reports</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="64"/>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="65"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="66"/>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="67"/>
        <source>Ticket reprint</source>
        <translation>Ticket reprint</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="68"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="69"/>
        <source>Queue status</source>
        <translation>Queue status</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="17"/>
        <source>quick counter</source>
        <translation>quick counter</translation>
    </message>
</context>
<context>
    <name>WorkingLabel</name>
    <message>
        <location filename="../kiosk/ui/widgets.py" line="254"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>_Days</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="47"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="49"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="51"/>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
</context>
</TS>
