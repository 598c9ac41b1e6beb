<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="73" />
        <source>Assign staff to home visit %1</source>
        <translation>Assign staff to home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="76" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="88" />
        <source>Two different colleagues go on every home visit.</source>
        <translation>Two different colleagues go on every home visit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="89" />
        <source>First staff member</source>
        <translation>First staff member</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="90" />
        <source>Second staff member</source>
        <translation>Second staff member</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="100" />
        <source>Choose two staff members.</source>
        <translation>Choose two staff members.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="102" />
        <source>Choose two different staff members.</source>
        <translation>Choose two different staff members.</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="91" />
        <source>Record assistance</source>
        <translation>Record assistance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="94" />
        <source>Other (say what in the note)</source>
        <translation>Other (say what in the note)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="101" />
        <source>For ticket %1</source>
        <translation>For ticket %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="102" />
        <source>Not for a ticket</source>
        <translation>Not for a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="109" />
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="110" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BookedScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="152" />
        <source>Your booking slip is printing.</source>
        <translation>Your booking slip is printing.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="157" />
        <source>Please take your booking slip.</source>
        <translation>Please take your booking slip.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="160" />
        <source>The printer is not working. Please write down your booking code: staff have been told.</source>
        <translation>The printer is not working. Please write down your booking code: staff have been told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="166" />
        <source>Your booking code is %1.</source>
        <translation>Your booking code is %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="174" />
        <source>Your booking</source>
        <translation>Your booking</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="177" />
        <source>Check in at the kiosk from %1: scan the slip or type the code.</source>
        <translation>Check in at the kiosk from %1: scan the slip or type the code.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="179" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>BookingButton</name>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="284" />
        <source>Book a slot…</source>
        <translation>Book a slot…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="285" />
        <source>Book a slot for a customer</source>
        <translation>Book a slot for a customer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="287" />
        <source>Only a lobby manager or a manager can book a slot for a customer.</source>
        <translation>Only a lobby manager or a manager can book a slot for a customer.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="119" />
        <source>No service takes bookings. The manager sets them up under Configuration, Booking rules.</source>
        <translation>No service takes bookings. The manager sets them up under Configuration, Booking rules.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="144" />
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="146" />
        <source>full (%1 booked)</source>
        <translation>full (%1 booked)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="148" />
        <source>%1 of %2 free</source>
        <translation>%1 of %2 free</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="155" />
        <source>No slots on this day (closed, or no opening hours for this service).</source>
        <translation>No slots on this day (closed, or no opening hours for this service).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="157" />
        <source>Every slot on this day is full or over. Try another day.</source>
        <translation>Every slot on this day is full or over. Try another day.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="177" />
        <source>Choose a slot with a free place first.</source>
        <translation>Choose a slot with a free place first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="182" />
        <source>Still working on the last request…</source>
        <translation>Still working on the last request…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="192" />
        <source>Booking code %1</source>
        <translation>Booking code %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="194" />
        <source>%1 · %2, %3–%4. Read the code to the customer: they type it at the kiosk when they arrive.</source>
        <translation>%1 · %2, %3–%4. Read the code to the customer: they type it at the kiosk when they arrive.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="201" />
        <source>Booked: code %1.</source>
        <translation>Booked: code %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="216" />
        <source>That slot is full, and so is every later slot that can be booked.</source>
        <translation>That slot is full, and so is every later slot that can be booked.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="218" />
        <source>That slot is full. The next free slot is %1.</source>
        <translation>That slot is full. The next free slot is %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="221" />
        <source>That slot is over. Choose a later one.</source>
        <translation>That slot is over. Choose a later one.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="223" />
        <source>Slots can be booked up to %1 only.</source>
        <translation>Slots can be booked up to %1 only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="236" />
        <source>Book a slot for a customer</source>
        <translation>Book a slot for a customer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="237" />
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="238" />
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="239" />
        <source>S&amp;lot</source>
        <translation>S&amp;lot</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="240" />
        <source>Book  [Enter]</source>
        <translation>Book  [Enter]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="241" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="99" />
        <source>%1 bookings on %2.</source>
        <translation>%1 bookings on %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="101" />
        <source>No bookings on %1.</source>
        <translation>No bookings on %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="110" />
        <source>Choose a booking in the list first.</source>
        <translation>Choose a booking in the list first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="115" />
        <source>Booking %1 is %2: only a booking not yet checked in can be cancelled.</source>
        <translation>Booking %1 is %2: only a booking not yet checked in can be cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="119" />
        <source>Cancel booking %1 (%2)? Its place becomes free for others.</source>
        <translation>Cancel booking %1 (%2)? Its place becomes free for others.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="128" />
        <source>Booking %1 is cancelled.</source>
        <translation>Booking %1 is cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="131" />
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="131" />
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="132" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="132" />
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="135" />
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="138" />
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="139" />
        <source>Cancel booking…</source>
        <translation>Cancel booking…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="141" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CheckInKeys</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="207" />
        <source>This is not a booking slip's code. Please scan the code on your booking slip, or type its digits.</source>
        <translation>This is not a booking slip's code. Please scan the code on your booking slip, or type its digits.</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="363" />
        <source>Enter your booking code</source>
        <translation>Enter your booking code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="364" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="365" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="366" />
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>ComeBackScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="109" />
        <source>The wait is long: come back later?</source>
        <translation>The wait is long: come back later?</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_booking.py" line="112" />
        <source>%1: about %n minutes of waiting now.</source>
        <translation>
            <numerusform>%1: about %n minute of waiting now.</numerusform>
            <numerusform>%1: about %n minutes of waiting now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="113" />
        <source>%1: about %2-%3 minutes of waiting now.</source>
        <translation>%1: about %2-%3 minutes of waiting now.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="113" />
        <source>Choose a quieter time below and we book it for you, with a slip to bring back. Or take a ticket now.</source>
        <translation>Choose a quieter time below and we book it for you, with a slip to bring back. Or take a ticket now.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="115" />
        <source>Take a ticket now</source>
        <translation>Take a ticket now</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="399" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>ComplaintStrip</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="449" />
        <source>Complaint…</source>
        <translation>Complaint…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="450" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="47" />
        <source>at the counter</source>
        <translation>at the counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="48" />
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="49" />
        <source>comment box</source>
        <translation>comment box</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="50" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="54" />
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="55" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="56" />
        <source>replied</source>
        <translation>replied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="57" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="61" />
        <source>⚠ %1 complaint(s) past the promised reply time</source>
        <translation>⚠ %1 complaint(s) past the promised reply time</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="223" />
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="224" />
        <source>counter %1</source>
        <translation>counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="258" />
        <source>Complaint %1: %2</source>
        <translation>Complaint %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="261" />
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="294" />
        <source>Complaint %1 recorded and closed: resolved on the spot.</source>
        <translation>Complaint %1 recorded and closed: resolved on the spot.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="295" />
        <source>Complaint %1 recorded; reply promised by %2.</source>
        <translation>Complaint %1 recorded; reply promised by %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="307" />
        <source>Record this reply to complaint %1? The customer has been answered.</source>
        <translation>Record this reply to complaint %1? The customer has been answered.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="310" />
        <source>Close complaint %1?</source>
        <translation>Close complaint %1?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="317" />
        <source>Complaint %1 is now %2.</source>
        <translation>Complaint %1 is now %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="336" />
        <location filename="../kiosk/ui/complaint_panel.py" line="354" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="353" />
        <source>Complaints (%1 overdue)</source>
        <translation>Complaints (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="360" />
        <source>Record a complaint</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="361" />
        <location filename="../kiosk/ui/complaint_panel.py" line="370" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="361" />
        <source>Ticket concerned</source>
        <translation>Ticket concerned</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="361" />
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="364" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="365" />
        <source>Resolved on the spot:</source>
        <translation>Resolved on the spot:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="366" />
        <source>how it was resolved</source>
        <translation>how it was resolved</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="367" />
        <source>Record complaint  [Ctrl+Enter]</source>
        <translation>Record complaint  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="368" />
        <source>Complaint register</source>
        <translation>Complaint register</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="369" />
        <source>Open complaints only</source>
        <translation>Open complaints only</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="370" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="370" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="371" />
        <source>Ticket · counter</source>
        <translation>Ticket · counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="371" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="372" />
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="372" />
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="373" />
        <source>Note or reply for the next step</source>
        <translation>Note or reply for the next step</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="374" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="375" />
        <source>Replied…</source>
        <translation>Replied…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="376" />
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="225" />
        <source>Branch name</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="225" />
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="226" />
        <source>Maximum wait (min)</source>
        <translation>Maximum wait (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="227" />
        <source>No-show may come back within (min)</source>
        <translation>No-show may come back within (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="228" />
        <source>Occupancy cap (people waiting, 0 = none)</source>
        <translation>Occupancy cap (people waiting, 0 = none)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="229" />
        <source>Kiosk languages</source>
        <translation>Kiosk languages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="230" />
        <source>Announcement languages</source>
        <translation>Announcement languages</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="231" />
        <source>Finished tickets before observed times are used</source>
        <translation>Finished tickets before observed times are used</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="232" />
        <source>Announcement repeats</source>
        <translation>Announcement repeats</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="233" />
        <source>Keep daily backups (days)</source>
        <translation>Keep daily backups (days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="234" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="234" />
        <source>Ticket prefix</source>
        <translation>Ticket prefix</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="235" />
        <source>Default minutes</source>
        <translation>Default minutes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="235" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="236" />
        <source>Head start (min)</source>
        <translation>Head start (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="236" />
        <source>Love window</source>
        <translation>Love window</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="237" />
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="237" />
        <source>Services, preferred first</source>
        <translation>Services, preferred first</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="238" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="238" />
        <source>Quick service</source>
        <translation>Quick service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="239" />
        <source>Self-service instruction</source>
        <translation>Self-service instruction</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="243" />
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="243" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="244" />
        <source>Priority classes</source>
        <translation>Priority classes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="244" />
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="245" />
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="357" />
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="367" />
        <source>Save these %1 changes?</source>
        <translation>Save these %1 changes?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="369" />
        <source>Tickets of %1 are still waiting or being served today: removed from the configuration, they can no longer be called.</source>
        <translation>Tickets of %1 are still waiting or being served today: removed from the configuration, they can no longer be called.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="381" />
        <source>Saved %1 changes; every station uses them now.</source>
        <translation>Saved %1 changes; every station uses them now.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="411" />
        <source>Branch configuration</source>
        <translation>Branch configuration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="415" />
        <source>Save configuration</source>
        <translation>Save configuration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="416" />
        <source>Undo unsaved changes</source>
        <translation>Undo unsaved changes</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="269" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="270" />
        <source>About %n minutes</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="271" />
        <source>About %1-%2 minutes</source>
        <translation>About %1-%2 minutes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="271" />
        <source>Your ticket is printing.</source>
        <translation>Your ticket is printing.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="285" />
        <source>Please take your ticket.</source>
        <translation>Please take your ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="277" />
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>It is busy today. You may come back later or book an appointment.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="288" />
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>The printer is not working. Please remember your number: staff have been told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="302" />
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="303" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="27" />
        <source>Connection to the branch database lost - reconnecting...</source>
        <translation>Connection to the branch database lost - reconnecting...</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="445" />
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="446" />
        <source>Called %1: %2</source>
        <translation>Called %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="472" />
        <source>Called %1 again.</source>
        <translation>Called %1 again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="476" />
        <source>Serving %1.</source>
        <translation>Serving %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="480" />
        <source>Finished %1.</source>
        <translation>Finished %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="496" />
        <source>Mark %1 as not come?</source>
        <translation>Mark %1 as not come?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="497" />
        <source>%1 did not come.</source>
        <translation>%1 did not come.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="788" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="532" />
        <location filename="../kiosk/ui/console_window.py" line="789" />
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="532" />
        <source>Ticket that came back:</source>
        <translation>Ticket that came back:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="537" />
        <source>%1 is back in the queue in its place.</source>
        <translation>%1 is back in the queue in its place.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="561" />
        <source>Call a ticket</source>
        <translation>Call a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="562" />
        <source>Ticket number, or scan its QR code:</source>
        <translation>Ticket number, or scan its QR code:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="574" />
        <source>Called %1.</source>
        <translation>Called %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="595" />
        <source>Assistance recorded.</source>
        <translation>Assistance recorded.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="602" />
        <source>Counter %1 is open.</source>
        <translation>Counter %1 is open.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="611" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="612" />
        <source>Services in order of preference (e.g. A,B):</source>
        <translation>Services in order of preference (e.g. A,B):</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="618" />
        <source>Counter %1 serves %2.</source>
        <translation>Counter %1 serves %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="624" />
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="624" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="624" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="625" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="625" />
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="346" />
        <location filename="../kiosk/ui/console_window.py" line="362" />
        <location filename="../kiosk/ui/console_window.py" line="628" />
        <source>Counter %1 is paused.</source>
        <translation>Counter %1 is paused.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="633" />
        <source>Close counter %1?</source>
        <translation>Close counter %1?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="350" />
        <location filename="../kiosk/ui/console_window.py" line="635" />
        <source>Counter %1 is closed.</source>
        <translation>Counter %1 is closed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="644" />
        <source>Love window on: priority customers only.</source>
        <translation>Love window on: priority customers only.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645" />
        <source>Love window off.</source>
        <translation>Love window off.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="671" />
        <source>Help request answered after %1 s.</source>
        <translation>Help request answered after %1 s.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="724" />
        <source>Counter %1 · %2 · %3 (%4)</source>
        <translation>Counter %1 · %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="506" />
        <location filename="../kiosk/ui/console_window.py" line="737" />
        <source>No customer at this counter.</source>
        <translation>No customer at this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="360" />
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="457" />
        <source>transferred from counter %1, waited %2 min</source>
        <translation>transferred from counter %1, waited %2 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459" />
        <source>%1, waited %2 min + %3 head start</source>
        <translation>%1, waited %2 min + %3 head start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="463" />
        <source>, past the %1 min maximum wait</source>
        <translation>, past the %1 min maximum wait</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="546" />
        <source>Cancel a ticket</source>
        <translation>Cancel a ticket</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="547" />
        <source>Ticket of the customer who left:</source>
        <translation>Ticket of the customer who left:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="554" />
        <source>Cancel ticket %1? It will not be called again.</source>
        <translation>Cancel ticket %1? It will not be called again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="556" />
        <source>%1 is cancelled.</source>
        <translation>%1 is cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="718" />
        <source>Counter %1 is no longer in the branch's configuration: ask the manager, then sign out.</source>
        <translation>Counter %1 is no longer in the branch's configuration: ask the manager, then sign out.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="746" />
        <source>waited %1 min</source>
        <translation>waited %1 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="768" />
        <source>Help requests (%1 new)</source>
        <translation>Help requests (%1 new)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="770" />
        <location filename="../kiosk/ui/console_window.py" line="804" />
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="780" />
        <source>Longest wait: %1 min</source>
        <translation>Longest wait: %1 min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="782" />
        <source>Counter %1: %2</source>
        <translation>Counter %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="787" />
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="787" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="787" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="788" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="788" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="789" />
        <source>Call ticket…</source>
        <translation>Call ticket…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="790" />
        <source>Assistance…</source>
        <translation>Assistance…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="790" />
        <source>Cancel ticket…</source>
        <translation>Cancel ticket…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="791" />
        <source>Open counter</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="792" />
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="687" />
        <location filename="../kiosk/ui/console_window.py" line="792" />
        <source>Close counter</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="793" />
        <source>Services…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="684" />
        <location filename="../kiosk/ui/console_window.py" line="794" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="798" />
        <location filename="../kiosk/ui/console_window.py" line="799" />
        <source>Love window</source>
        <translation>Love window</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="802" />
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="803" />
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="805" />
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="806" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="516" />
        <source>%1 transferred to %2 at counter %3</source>
        <translation>%1 transferred to %2 at counter %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="518" />
        <source>%1 transferred to %2</source>
        <translation>%1 transferred to %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="520" />
        <source>%1 transferred to counter %3</source>
        <translation>%1 transferred to counter %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="686" />
        <source>Pause counter</source>
        <translation>Pause counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="341" />
        <source>Counter %1 is still shown open in the hall. Pause it or close it as you sign out?</source>
        <translation>Counter %1 is still shown open in the hall. Pause it or close it as you sign out?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="339" />
        <source>Counter %1 is still shown as a love window in the hall. Pause it or close it as you sign out?</source>
        <translation>Counter %1 is still shown as a love window in the hall. Pause it or close it as you sign out?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="327" />
        <source>Counter %1 could not be paused: %2 Sign out anyway? The hall may go on showing it open.</source>
        <translation>Counter %1 could not be paused: %2 Sign out anyway? The hall may go on showing it open.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="654" />
        <source>Quick counter on: quick services only (%1).</source>
        <translation>Quick counter on: quick services only (%1).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="656" />
        <source>Quick counter off.</source>
        <translation>Quick counter off.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="800" />
        <location filename="../kiosk/ui/console_window.py" line="801" />
        <source>Quick counter</source>
        <translation>Quick counter</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../kiosk/ui/damage_banner.py" line="33" />
        <source>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</source>
        <translation>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="133" />
        <location filename="../kiosk/ui/display_window.py" line="168" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="142" />
        <source>%1  (recalled)</source>
        <translation>%1  (recalled)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="170" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="172" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="174" />
        <source>Love window: priority customers only</source>
        <translation>Love window: priority customers only</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="178" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="180" />
        <source>Serving %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="180" />
        <source>%1 please come</source>
        <translation>%1 please come</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="186" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="198" />
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>No voice for %1: calls are shown and chimed, not spoken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="203" />
        <source>Daily backup failed: %1</source>
        <translation>Daily backup failed: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="225" />
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="271" />
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="272" />
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="207" />
        <source>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</source>
        <translation>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="176" />
        <source>Quick counter: simple business only</source>
        <translation>Quick counter: simple business only</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../kiosk/ui/file_dialog.py" line="31" />
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/file_dialog.py" line="33" />
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
</context>
<context>
    <name>HomeVisitBadge</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="490" />
        <source>⚠ %1 home visit(s) overdue</source>
        <translation>⚠ %1 home visit(s) overdue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="491" />
        <source>Home visits…</source>
        <translation>Home visits…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="492" />
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="464" />
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
</context>
<context>
    <name>HomeVisitPanel</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="235" />
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="239" />
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="241" />
        <source>call: %1</source>
        <translation>call: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="245" />
        <source>contact and address erased</source>
        <translation>contact and address erased</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="309" />
        <source>Give the service, the reason and a contact.</source>
        <translation>Give the service, the reason and a contact.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="314" />
        <source>Home visit %1 registered; due by %2.</source>
        <translation>Home visit %1 registered; due by %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="327" />
        <source>Approve home visit %1 (%2)?</source>
        <translation>Approve home visit %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="330" />
        <source>Home visit %1 approved.</source>
        <translation>Home visit %1 approved.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="336" />
        <source>Refuse home visit %1</source>
        <translation>Refuse home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="337" />
        <source>Why is it refused? The customer is told.</source>
        <translation>Why is it refused? The customer is told.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="340" />
        <source>Home visit %1 refused.</source>
        <translation>Home visit %1 refused.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="346" />
        <source>Cancel home visit %1</source>
        <translation>Cancel home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="347" />
        <source>Why is it withdrawn?</source>
        <translation>Why is it withdrawn?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="350" />
        <source>Home visit %1 cancelled.</source>
        <translation>Home visit %1 cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="361" />
        <source>Home visit %1: %2 and %3 go.</source>
        <translation>Home visit %1: %2 and %3 go.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="368" />
        <source>Call before leaving: home visit %1</source>
        <translation>Call before leaving: home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="369" />
        <source>What was agreed on the phone (time, who comes)?</source>
        <translation>What was agreed on the phone (time, who comes)?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="372" />
        <source>Call logged: home visit %1 is under way.</source>
        <translation>Call logged: home visit %1 is under way.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="378" />
        <source>Outcome of home visit %1</source>
        <translation>Outcome of home visit %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="379" />
        <source>What was done?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="382" />
        <source>Home visit %1 done.</source>
        <translation>Home visit %1 done.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="391" />
        <location filename="../kiosk/ui/home_visit_panel.py" line="404" />
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="399" />
        <source>%1 home visit(s) overdue: past their last allowed day.</source>
        <translation>%1 home visit(s) overdue: past their last allowed day.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="403" />
        <source>Home visits (%1 overdue)</source>
        <translation>Home visits (%1 overdue)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="408" />
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="408" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="409" />
        <source>staff assigned</source>
        <translation>staff assigned</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="409" />
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="410" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="410" />
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="415" />
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="415" />
        <source>an agent</source>
        <translation>an agent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="419" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="419" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="419" />
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="419" />
        <location filename="../kiosk/ui/home_visit_panel.py" line="429" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="419" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="420" />
        <location filename="../kiosk/ui/home_visit_panel.py" line="429" />
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="420" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="420" />
        <location filename="../kiosk/ui/home_visit_panel.py" line="430" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="420" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="420" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="421" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="421" />
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="422" />
        <source>Assign staff…</source>
        <translation>Assign staff…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="422" />
        <source>Log the call…</source>
        <translation>Log the call…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="423" />
        <source>Record outcome…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="424" />
        <source>Cancel request…</source>
        <translation>Cancel request…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="427" />
        <source>Register a request</source>
        <translation>Register a request</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="429" />
        <source>Why they cannot come</source>
        <translation>Why they cannot come</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="430" />
        <source>Contact (phone)</source>
        <translation>Contact (phone)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="437" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>KioskBooking</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="264" />
        <source>Sorry, that time has just been booked</source>
        <translation>Sorry, that time has just been booked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="265" />
        <location filename="../kiosk/ui/kiosk_booking.py" line="311" />
        <source>Take a ticket now</source>
        <translation>Take a ticket now</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="309" />
        <source>Sorry, we could not book that time</source>
        <translation>Sorry, we could not book that time</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="310" />
        <source>Please take a ticket now, or ask a member of staff.</source>
        <translation>Please take a ticket now, or ask a member of staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="313" />
        <source>%1 has just been booked by someone else. Please choose another time.</source>
        <translation>%1 has just been booked by someone else. Please choose another time.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="297" />
        <location filename="../kiosk/ui/kiosk_window.py" line="338" />
        <source>Sorry, no ticket could be issued</source>
        <translation>Sorry, no ticket could be issued</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="298" />
        <location filename="../kiosk/ui/kiosk_window.py" line="339" />
        <source>Please press Call staff: a member of staff will help you.</source>
        <translation>Please press Call staff: a member of staff will help you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="242" />
        <location filename="../kiosk/ui/kiosk_window.py" line="299" />
        <location filename="../kiosk/ui/kiosk_window.py" line="340" />
        <location filename="../kiosk/ui/kiosk_window.py" line="433" />
        <location filename="../kiosk/ui/kiosk_window.py" line="442" />
        <location filename="../kiosk/ui/kiosk_window.py" line="667" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="346" />
        <source>Please enter your booking code.</source>
        <translation>Please enter your booking code.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="371" />
        <source>We could not find booking code %1. Please check it, or press Call staff.</source>
        <translation>We could not find booking code %1. Please check it, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="369" />
        <source>A booking code has 4 to 12 digits. Please check it, or press Call staff.</source>
        <translation>A booking code has 4 to 12 digits. Please check it, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="373" />
        <source>Booking code %1 has already been used to check in. If you lost your ticket, please press Call staff.</source>
        <translation>Booking code %1 has already been used to check in. If you lost your ticket, please press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="376" />
        <source>Booking code %1 is for %2, not today. Please come back on that day, or press Call staff.</source>
        <translation>Booking code %1 is for %2, not today. Please come back on that day, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="381" />
        <source>Sorry, we cannot check you in right now. Please press Call staff.</source>
        <translation>Sorry, we cannot check you in right now. Please press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="239" />
        <location filename="../kiosk/ui/kiosk_window.py" line="439" />
        <source>Please ask any member of staff</source>
        <translation>Please ask any member of staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="440" />
        <source>We could not call staff from here. Please go to a counter or ask any member of staff: they will help you.</source>
        <translation>We could not call staff from here. Please go to a counter or ask any member of staff: they will help you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="431" />
        <source>Help is on the way</source>
        <translation>Help is on the way</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="379" />
        <source>Booking code %1 can no longer be used (cancelled, or its time has passed). Please take a ticket, or press Call staff.</source>
        <translation>Booking code %1 can no longer be used (cancelled, or its time has passed). Please take a ticket, or press Call staff.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="432" />
        <source>A member of staff has been called and will come to you.</source>
        <translation>A member of staff has been called and will come to you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="501" />
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="502" />
        <source>More time, please</source>
        <translation>More time, please</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="518" />
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>Touch the button, or the kiosk starts again in %n second.</numerusform>
            <numerusform>Touch the button, or the kiosk starts again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="586" />
        <source>Volume %1 of %2</source>
        <translation>Volume %1 of %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="598" />
        <source>Speech is slower</source>
        <translation>Speech is slower</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="598" />
        <source>Speech at normal speed</source>
        <translation>Speech at normal speed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="657" />
        <source>Voice guidance: on</source>
        <translation>Voice guidance: on</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="657" />
        <source>Voice guidance</source>
        <translation>Voice guidance</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="659" />
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="660" />
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="661" />
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="664" />
        <source>Slower speech: on</source>
        <translation>Slower speech: on</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="664" />
        <source>Slower speech</source>
        <translation>Slower speech</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="240" />
        <source>No ticket can be issued here right now. Please go to a counter or ask any member of staff: they will help you.</source>
        <translation>No ticket can be issued here right now. Please go to a counter or ask any member of staff: they will help you.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="307" />
        <source>Please wait…</source>
        <translation>Please wait…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="107" />
        <source>Welcome. Please choose your language.</source>
        <translation>Welcome. Please choose your language.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="108" />
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
</context>
<context>
    <name>LowRatingsBox</name>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="71" />
        <source>%1 · ticket %2 · %3/5 · teller %4</source>
        <translation>%1 · ticket %2 · %3/5 · teller %4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="95" />
        <source>Low satisfaction rating (%1/5) for ticket %2</source>
        <translation>Low satisfaction rating (%1/5) for ticket %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="107" />
        <source>Complaint %1 opened from the low rating of ticket %2</source>
        <translation>Complaint %1 opened from the low rating of ticket %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="111" />
        <source>Low satisfaction ratings</source>
        <translation>Low satisfaction ratings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="112" />
        <source>Open complaint</source>
        <translation>Open complaint</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="169" />
        <source>Branch manager</source>
        <translation>Branch manager</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="170" />
        <source>Sign out  [Ctrl+Q]</source>
        <translation>Sign out  [Ctrl+Q]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="172" />
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="174" />
        <source>Reports and exports</source>
        <translation>Reports and exports</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="174" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="174" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="175" />
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="133" />
        <source>Figures, an export or a backup are still being made; sign out when they are done.</source>
        <translation>Figures, an export or a backup are still being made; sign out when they are done.</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="381" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="224" />
        <source>Anything our staff should know? (optional)</source>
        <translation>Anything our staff should know? (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="225" />
        <source>I use a wheelchair</source>
        <translation>I use a wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="225" />
        <source>I have low vision</source>
        <translation>I have low vision</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="226" />
        <source>I am hard of hearing</source>
        <translation>I am hard of hearing</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="227" />
        <source>I need sign language</source>
        <translation>I need sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="228" />
        <source>I need help with forms</source>
        <translation>I need help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="231" />
        <source>Print my ticket</source>
        <translation>Print my ticket</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="53" />
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="54" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="55" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="56" />
        <source>PIN (6-8 digits)</source>
        <translation>PIN (6-8 digits)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="57" />
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="65" />
        <source>Staff number and name are both needed.</source>
        <translation>Staff number and name are both needed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="70" />
        <source>A staff number is 1 to 12 digits.</source>
        <translation>A staff number is 1 to 12 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="74" />
        <source>A PIN is 6 to 8 digits.</source>
        <translation>A PIN is 6 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="76" />
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="190" />
        <source>Do you need priority service?</source>
        <translation>Do you need priority service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="191" />
        <source>No priority needed</source>
        <translation>No priority needed</translation>
    </message>
</context>
<context>
    <name>RatePadWindow</name>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="188" />
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="188" />
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="188" />
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="189" />
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="189" />
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192" />
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="194" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="195" />
        <source>After your business, please rate our service here.</source>
        <translation>After your business, please rate our service here.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="198" />
        <source>Served by teller %1 · ticket %2</source>
        <translation>Served by teller %1 · ticket %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="199" />
        <source>Ticket %2</source>
        <translation>Ticket %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="201" />
        <source>How satisfied are you with our service?</source>
        <translation>How satisfied are you with our service?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="202" />
        <source>Press one face (or key 1 to 5).</source>
        <translation>Press one face (or key 1 to 5).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="207" />
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="13" />
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="14" />
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="15" />
        <source>start serving</source>
        <translation>start serving</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="16" />
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="17" />
        <source>mark as no-show</source>
        <translation>mark as no-show</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="18" />
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="19" />
        <source>put back in the queue</source>
        <translation>put back in the queue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="20" />
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="28" />
        <source>Counter %counter still has ticket %ticket (%status). Finish it, transfer it or mark it no-show first.</source>
        <translation>Counter %counter still has ticket %ticket (%status). Finish it, transfer it or mark it no-show first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="31" />
        <source>Counter %counter is %mode. Open it first.</source>
        <translation>Counter %counter is %mode. Open it first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="33" />
        <source>Counter %counter has no current ticket to %action.</source>
        <translation>Counter %counter has no current ticket to %action.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="35" />
        <source>Cannot %action ticket %ticket: it is %status.</source>
        <translation>Cannot %action ticket %ticket: it is %status.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="37" />
        <source>Another station changed this counter just now. Try again.</source>
        <translation>Another station changed this counter just now. Try again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="39" />
        <source>Ticket %ticket is already for this service.</source>
        <translation>Ticket %ticket is already for this service.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="41" />
        <source>Ticket %ticket is already at this counter.</source>
        <translation>Ticket %ticket is already at this counter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="43" />
        <source>Counter %counter is closed. Transfer to an open or paused counter, or to a service.</source>
        <translation>Counter %counter is closed. Transfer to an open or paused counter, or to a service.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="45" />
        <source>Counter %counter does not serve that service.</source>
        <translation>Counter %counter does not serve that service.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="47" />
        <source>There is no ticket %ticket today.</source>
        <translation>There is no ticket %ticket today.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="48" />
        <source>That is not a ticket number. A ticket number is one or two letters and up to six digits, e.g. A007.</source>
        <translation>That is not a ticket number. A ticket number is one or two letters and up to six digits, e.g. A007.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="51" />
        <source>That code is not a ticket of this queue. Type the ticket number instead.</source>
        <translation>That code is not a ticket of this queue. Type the ticket number instead.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="53" />
        <source>Ticket %ticket was marked no-show more than %minutes min ago. Please issue a new ticket.</source>
        <translation>Ticket %ticket was marked no-show more than %minutes min ago. Please issue a new ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="56" />
        <source>The clock is earlier than ticket %ticket's last change. Check this PC's date and time.</source>
        <translation>The clock is earlier than ticket %ticket's last change. Check this PC's date and time.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="59" />
        <source>A %role may not do this.</source>
        <translation>A %role may not do this.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="60" />
        <source>You are signed in at counter %mine; counter %counter is not yours to act on. Ask the lobby manager.</source>
        <translation>You are signed in at counter %mine; counter %counter is not yours to act on. Ask the lobby manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="63" />
        <source>You are not signed in at a counter. Sign in at your counter's console.</source>
        <translation>You are not signed in at a counter. Sign in at your counter's console.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="65" />
        <source>Ticket %ticket was marked no-show at counter %counter. Only that counter or the lobby manager can put it back in the queue.</source>
        <translation>Ticket %ticket was marked no-show at counter %counter. Only that counter or the lobby manager can put it back in the queue.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="68" />
        <source>Ticket %ticket was transferred to counter %counter. Only that counter or the lobby manager can call it.</source>
        <translation>Ticket %ticket was transferred to counter %counter. Only that counter or the lobby manager can call it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="71" />
        <source>You can cancel only the ticket called to your counter. Ask the lobby manager to cancel ticket %ticket.</source>
        <translation>You can cancel only the ticket called to your counter. Ask the lobby manager to cancel ticket %ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="74" />
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="75" />
        <source>This account has been deactivated. Sign in with another.</source>
        <translation>This account has been deactivated. Sign in with another.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="77" />
        <source>Counter %counter is not in the branch's configuration. Ask the manager.</source>
        <translation>Counter %counter is not in the branch's configuration. Ask the manager.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="79" />
        <source>Someone has already resolved this request.</source>
        <translation>Someone has already resolved this request.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="81" />
        <source>Say in the note what was given.</source>
        <translation>Say in the note what was given.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="82" />
        <source>Staff number %number already exists.</source>
        <translation>Staff number %number already exists.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="91" />
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>You cannot deactivate your own account while signed in with it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="94" />
        <source>Home visit %visit has moved on: that step is not possible now. Its status is in the list.</source>
        <translation>Home visit %visit has moved on: that step is not possible now. Its status is in the list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="97" />
        <source>There is no home visit %visit.</source>
        <translation>There is no home visit %visit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="98" />
        <source>Two staff members go on every home visit: choose both.</source>
        <translation>Two staff members go on every home visit: choose both.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="100" />
        <source>Choose two different staff members, not %number twice.</source>
        <translation>Choose two different staff members, not %number twice.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="102" />
        <source>There is no staff number %number.</source>
        <translation>There is no staff number %number.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="103" />
        <source>Staff %number is deactivated: choose an active colleague.</source>
        <translation>Staff %number is deactivated: choose an active colleague.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="105" />
        <source>Only the two staff sent on home visit %visit, or the lobby manager, can report on it.</source>
        <translation>Only the two staff sent on home visit %visit, or the lobby manager, can report on it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="109" />
        <source>Service %service cannot be booked: it has no booking slots in the configuration.</source>
        <translation>Service %service cannot be booked: it has no booking slots in the configuration.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="111" />
        <source>%start is not the start of a slot of service %service. Choose one of the slots shown.</source>
        <translation>%start is not the start of a slot of service %service. Choose one of the slots shown.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="113" />
        <source>That is not a date. Choose a day from the list.</source>
        <translation>That is not a date. Choose a day from the list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="114" />
        <source>There is no booking with code %code. Check the code with the customer.</source>
        <translation>There is no booking with code %code. Check the code with the customer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="116" />
        <source>Booking %code is %status: only a booking not yet checked in can be cancelled.</source>
        <translation>Booking %code is %status: only a booking not yet checked in can be cancelled.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="118" />
        <source>That booking was cancelled. Book a new slot, or give the customer a ticket.</source>
        <translation>That booking was cancelled. Book a new slot, or give the customer a ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="120" />
        <source>That booking's time has passed (a no-show). Book a new slot, or give the customer a ticket.</source>
        <translation>That booking's time has passed (a no-show). Book a new slot, or give the customer a ticket.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="123" />
        <source>Ticket %ticket is %status: only a finished ticket can be rated.</source>
        <translation>Ticket %ticket is %status: only a finished ticket can be rated.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="125" />
        <source>Ticket %ticket has been rated already.</source>
        <translation>Ticket %ticket has been rated already.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="126" />
        <source>A rating is 1 to 5.</source>
        <translation>A rating is 1 to 5.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="127" />
        <source>No service is marked quick in the configuration: a quick counter would call nobody.</source>
        <translation>No service is marked quick in the configuration: a quick counter would call nobody.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="129" />
        <source>The queue database is busy at another station. Nothing was changed; try again.</source>
        <translation>The queue database is busy at another station. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="131" />
        <source>The branch database cannot be reached (its server or the network is down); this station reconnects by itself. Once it is back, look at the screen before repeating the action.</source>
        <translation>The branch database cannot be reached (its server or the network is down); this station reconnects by itself. Once it is back, look at the screen before repeating the action.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="134" />
        <source>The queue database cannot be written (%path). Nothing was changed; call the branch's IT support.</source>
        <translation>The queue database cannot be written (%path). Nothing was changed; call the branch's IT support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="137" />
        <source>The queue database is damaged (%path). Call the manager to restore the latest backup.</source>
        <translation>The queue database is damaged (%path). Call the manager to restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="143" />
        <source>The queue database cannot be opened (%path). Call the branch's IT support.</source>
        <translation>The queue database cannot be opened (%path). Call the branch's IT support.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="145" />
        <source>The queue database reported a problem (%path: %detail). Nothing was changed.</source>
        <translation>The queue database reported a problem (%path: %detail). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="140" />
        <source>Disk full: the disk holding the queue database (%path) has no room left. Nothing was changed; call the branch's IT support to free some space.</source>
        <translation>Disk full: the disk holding the queue database (%path) has no room left. Nothing was changed; call the branch's IT support to free some space.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="83" />
        <source>Say what it is: the text is empty.</source>
        <translation>Say what it is: the text is empty.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="84" />
        <source>The text is %length characters long; at most %limit are kept. Shorten it.</source>
        <translation>The text is %length characters long; at most %limit are kept. Shorten it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="86" />
        <source>There is no complaint %id.</source>
        <translation>There is no complaint %id.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="87" />
        <source>Complaint %id has moved on meanwhile. Look at it again, then choose the next step.</source>
        <translation>Complaint %id has moved on meanwhile. Look at it again, then choose the next step.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="89" />
        <source>The clock is earlier than complaint %id's last step. Check this PC's date and time.</source>
        <translation>The clock is earlier than complaint %id's last step. Check this PC's date and time.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="198" />
        <source>Please wait: the last request is still running.</source>
        <translation>Please wait: the last request is still running.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="243" />
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="272" />
        <source>Figures for %1.</source>
        <translation>Figures for %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="313" />
        <source>Export as %1</source>
        <translation>Export as %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="318" />
        <source>Replace %1 too?</source>
        <translation>Replace %1 too?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="322" />
        <source>This export will hold personal data: the contact and address of home-visit customers. Keep the file safe and delete it when it is no longer needed. Write it?</source>
        <translation>This export will hold personal data: the contact and address of home-visit customers. Keep the file safe and delete it when it is no longer needed. Write it?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="332" />
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="336" />
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="346" />
        <source>Back up the database to</source>
        <translation>Back up the database to</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="357" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="361" />
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="364" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="371" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="372" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="373" />
        <source>Show figures  [F5]</source>
        <translation>Show figures  [F5]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="375" />
        <source>Export %1…</source>
        <translation>Export %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="376" />
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="377" />
        <source>Exports include personal data: home visits' contact and address</source>
        <translation>Exports include personal data: home visits' contact and address</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="378" />
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="386" />
        <source>Priority customers</source>
        <translation>Priority customers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="395" />
        <source>By hour of issue</source>
        <translation>By hour of issue</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="279" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="279" />
        <source>Booking rules</source>
        <translation>Booking rules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="279" />
        <source>Other rules</source>
        <translation>Other rules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="282" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="282" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="282" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="282" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="282" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="283" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="283" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="287" />
        <source>Appointment check-in from (min before the slot)</source>
        <translation>Appointment check-in from (min before the slot)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="288" />
        <source>Appointment check-in until (min after the slot began)</source>
        <translation>Appointment check-in until (min after the slot began)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="289" />
        <source>No-show if not checked in (min after the slot ended)</source>
        <translation>No-show if not checked in (min after the slot ended)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="290" />
        <source>Bookable days ahead</source>
        <translation>Bookable days ahead</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="291" />
        <source>Home visit made within (working days)</source>
        <translation>Home visit made within (working days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="292" />
        <source>Address and phone of a closed visit erased after (days)</source>
        <translation>Address and phone of a closed visit erased after (days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="293" />
        <source>Complaint reply promised within (working days)</source>
        <translation>Complaint reply promised within (working days)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="294" />
        <source>Rating screen back to idle after (s)</source>
        <translation>Rating screen back to idle after (s)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="295" />
        <source>A low rating is at or below</source>
        <translation>A low rating is at or below</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="296" />
        <source>Suggest self-service when the wait passes (min)</source>
        <translation>Suggest self-service when the wait passes (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="300" />
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="300" />
        <source>Holidays (closed on a working day)</source>
        <translation>Holidays (closed on a working day)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="301" />
        <source>Make-up working days (open on a day off)</source>
        <translation>Make-up working days (open on a day off)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="306" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="306" />
        <source>Slot (min)</source>
        <translation>Slot (min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="306" />
        <source>Bookings per slot</source>
        <translation>Bookings per slot</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="307" />
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="308" />
        <source>Closed dates</source>
        <translation>Closed dates</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="310" />
        <source>Opening hours like 09:00-12:00, 13:30-17:00; an empty day is closed. Dates like 2027-01-01.</source>
        <translation>Opening hours like 09:00-12:00, 13:30-17:00; an empty day is closed. Dates like 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="312" />
        <source>Bookable services</source>
        <translation>Bookable services</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="313" />
        <source>Add a service</source>
        <translation>Add a service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="314" />
        <source>Remove selected services</source>
        <translation>Remove selected services</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="133" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="137" />
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>The branch is very busy: %n person is waiting. You can still take a ticket, come back later, or book an appointment.</numerusform>
            <numerusform>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="149" />
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
</context>
<context>
    <name>ShuntScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="80" />
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="81" />
        <source>Please go to the self-service area. Staff there will help you if you need it.</source>
        <translation>Please go to the self-service area. Staff there will help you if you need it.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="84" />
        <source>You can do this yourself, without waiting</source>
        <translation>You can do this yourself, without waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_shunt.py" line="85" />
        <source>Waiting for a counter now: about %n minutes.</source>
        <translation>
            <numerusform>Waiting for a counter now: about %n minute.</numerusform>
            <numerusform>Waiting for a counter now: about %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="86" />
        <source>I'll use self-service</source>
        <translation>I'll use self-service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="87" />
        <source>Take a ticket anyway</source>
        <translation>Take a ticket anyway</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="88" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="83" />
        <source>Wrong staff number or PIN.</source>
        <translation>Wrong staff number or PIN.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="80" />
        <source>Too many wrong PINs: this account is locked for %1 more min.</source>
        <translation>Too many wrong PINs: this account is locked for %1 more min.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="65" />
        <source>This station needs a %1's sign-in.</source>
        <translation>This station needs a %1's sign-in.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="100" />
        <source>&amp;Staff number</source>
        <translation>&amp;Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="101" />
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="102" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="103" />
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="104" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/sign_in.py" line="84" />
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
        <location filename="../kiosk/ui/manager_staff.py" line="130" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="130" />
        <source>no (deactivated)</source>
        <translation>no (deactivated)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="131" />
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="144" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="145" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="163" />
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="168" />
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="174" />
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="179" />
        <source>New PIN set for %1; the account is unlocked.</source>
        <translation>New PIN set for %1; the account is unlocked.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="186" />
        <source>Deactivate %1? They can no longer sign in; their records stay.</source>
        <translation>Deactivate %1? They can no longer sign in; their records stay.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="190" />
        <source>%1 deactivated.</source>
        <translation>%1 deactivated.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="190" />
        <source>%1 reactivated.</source>
        <translation>%1 reactivated.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="195" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198" />
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="199" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="199" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="200" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="201" />
        <source>Reset PIN…</source>
        <translation>Reset PIN…</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="185" />
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="186" />
        <source>Remove selected rows</source>
        <translation>Remove selected rows</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="63" />
        <source>Please write something first.</source>
        <translation>Please write something first.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="120" />
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="123" />
        <source>Same service (%1)</source>
        <translation>Same service (%1)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="128" />
        <source>Any counter that serves it</source>
        <translation>Any counter that serves it</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="131" />
        <source>Counter %1 (%2) · %3</source>
        <translation>Counter %1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="140" />
        <source>To service</source>
        <translation>To service</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="141" />
        <source>To counter</source>
        <translation>To counter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="150" />
        <source>Choose another service, another counter, or both.</source>
        <translation>Choose another service, another counter, or both.</translation>
    </message>
</context>
<context>
    <name>UnreachableScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="419" />
        <source>Please ask a member of staff</source>
        <translation>Please ask a member of staff</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="420" />
        <source>This kiosk cannot reach the branch's queue just now, so it cannot give tickets. A member of staff will help you at a counter. The kiosk starts again by itself.</source>
        <translation>This kiosk cannot reach the branch's queue just now, so it cannot give tickets. A member of staff will help you at a counter. The kiosk starts again by itself.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="16" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="16" />
        <source>love window</source>
        <translation>love window</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="18" />
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="18" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="20" />
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="21" />
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="22" />
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="22" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="23" />
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="24" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="26" />
        <source>teller</source>
        <translation>teller</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="27" />
        <source>lobby manager</source>
        <translation>lobby manager</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="28" />
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="30" />
        <source>wheelchair</source>
        <translation>wheelchair</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="31" />
        <source>low vision</source>
        <translation>low vision</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="32" />
        <source>hard of hearing</source>
        <translation>hard of hearing</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="33" />
        <source>sign language</source>
        <translation>sign language</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="34" />
        <source>help with forms</source>
        <translation>help with forms</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="35" />
        <source>reading glasses</source>
        <translation>reading glasses</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="36" />
        <source>magnifier</source>
        <translation>magnifier</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="37" />
        <source>read aloud</source>
        <translation>read aloud</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="38" />
        <source>escorted in or out</source>
        <translation>escorted in or out</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="39" />
        <source>priority handling</source>
        <translation>priority handling</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="40" />
        <source>medical kit</source>
        <translation>medical kit</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="41" />
        <source>interpreter</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="42" />
        <source>authorised representative</source>
        <translation>authorised representative</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="43" />
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="45" />
        <source>customer asks for staff</source>
        <translation>customer asks for staff</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="46" />
        <source>ticket printer failed</source>
        <translation>ticket printer failed</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="47" />
        <source>waiting for staff</source>
        <translation>waiting for staff</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="48" />
        <source>someone is going</source>
        <translation>someone is going</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="49" />
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="53" />
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="54" />
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="55" />
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="56" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="57" />
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="58" />
        <source>Hall display %1</source>
        <translation>Hall display %1</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="59" />
        <source>Rating pad</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="60" />
        <source>Rating pad %1</source>
        <translation>Rating pad %1</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="62" />
        <source>Manager workstation</source>
        <translation>Manager workstation</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="63" />
        <source>Manager reports</source>
        <translation>Manager reports</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="64" />
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="65" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="66" />
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="67" />
        <source>Ticket reprint</source>
        <translation>Ticket reprint</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="68" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="69" />
        <source>Queue status</source>
        <translation>Queue status</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="17" />
        <source>quick counter</source>
        <translation>quick counter</translation>
    </message>
</context>
<context>
    <name>WorkingLabel</name>
    <message>
        <location filename="../kiosk/ui/widgets.py" line="254" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>_Days</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="47" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="49" />
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="51" />
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
</context>
</TS>