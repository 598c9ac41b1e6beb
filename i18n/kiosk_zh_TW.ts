<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="74"/>
        <source>Assign staff to home visit %1</source>
        <translation>為上門服務 %1 指派人員</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="77"/>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="89"/>
        <source>Two different colleagues go on every home visit.</source>
        <translation>每次上門服務須由兩名不同的員工同行。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="90"/>
        <source>First staff member</source>
        <translation>第一名員工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="91"/>
        <source>Second staff member</source>
        <translation>第二名員工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="101"/>
        <source>Choose two staff members.</source>
        <translation>請選擇兩名員工。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="103"/>
        <source>Choose two different staff members.</source>
        <translation>請選擇兩名不同的員工。</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="94"/>
        <source>Record assistance</source>
        <translation>記錄協助服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="97"/>
        <source>Other (say what in the note)</source>
        <translation>其他（請於備註說明）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104"/>
        <source>For ticket %1</source>
        <translation>號碼牌 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="105"/>
        <source>Not for a ticket</source>
        <translation>不屬於任何號碼牌</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="112"/>
        <source>Assistance</source>
        <translation>協助服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="113"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>BookedScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="155"/>
        <source>Your booking slip is printing.</source>
        <translation>正在列印預約憑條。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="160"/>
        <source>Please take your booking slip.</source>
        <translation>請取走您的預約憑條。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="163"/>
        <source>The printer is not working. Please write down your booking code: staff have been told.</source>
        <translation>印表機故障。請記下您的預約代碼：已通知工作人員。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="169"/>
        <source>Your booking code is %1.</source>
        <translation>您的預約代碼是 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="177"/>
        <source>Your booking</source>
        <translation>您的預約</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="180"/>
        <source>Check in at the kiosk from %1: scan the slip or type the code.</source>
        <translation>請於 %1 起到取號機報到：掃描憑條或輸入預約代碼。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="182"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>BookingButton</name>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="284"/>
        <source>Book a slot…</source>
        <translation>預約時段…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="285"/>
        <source>Book a slot for a customer</source>
        <translation>為客戶預約時段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="287"/>
        <source>Only a lobby manager or a manager can book a slot for a customer.</source>
        <translation>只有大廳經理或主管可以為客戶預約時段。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="119"/>
        <source>No service takes bookings. The manager sets them up under Configuration, Booking rules.</source>
        <translation>沒有可預約的業務。請主管在「配置 › 預約規則」中設定。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="144"/>
        <source>over</source>
        <translation>已過</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="146"/>
        <source>full (%1 booked)</source>
        <translation>已滿（已約 %1）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="148"/>
        <source>%1 of %2 free</source>
        <translation>剩餘 %1 / %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="155"/>
        <source>No slots on this day (closed, or no opening hours for this service).</source>
        <translation>這一天沒有可預約時段（不營業，或該業務當天不開放預約）。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="157"/>
        <source>Every slot on this day is full or over. Try another day.</source>
        <translation>這一天的時段都已約滿或已過，請選擇其他日期。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="177"/>
        <source>Choose a slot with a free place first.</source>
        <translation>請先選擇一個還有名額的時段。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="182"/>
        <source>Still working on the last request…</source>
        <translation>上一個操作仍在處理中…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="192"/>
        <source>Booking code %1</source>
        <translation>預約碼 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="194"/>
        <source>%1 · %2, %3–%4. Read the code to the customer: they type it at the kiosk when they arrive.</source>
        <translation>%1 · %2，%3–%4。請把預約碼告訴客戶：到分行後在取號機上輸入即可。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="201"/>
        <source>Booked: code %1.</source>
        <translation>預約成功：預約碼 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="216"/>
        <source>That slot is full, and so is every later slot that can be booked.</source>
        <translation>該時段已約滿，之後所有可預約的時段也都已約滿。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="218"/>
        <source>That slot is full. The next free slot is %1.</source>
        <translation>該時段已約滿。下一個有名額的時段是 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="221"/>
        <source>That slot is over. Choose a later one.</source>
        <translation>該時段已過，請選擇之後的時段。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="223"/>
        <source>Slots can be booked up to %1 only.</source>
        <translation>最晚只能預約到 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="232"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="233"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="236"/>
        <source>Book a slot for a customer</source>
        <translation>為客戶預約時段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="237"/>
        <source>&amp;Service</source>
        <translation>業務(&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="238"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="239"/>
        <source>S&amp;lot</source>
        <translation>時段(&amp;L)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="240"/>
        <source>Book  [Enter]</source>
        <translation>預約  [Enter]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="241"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="108"/>
        <source>%1 bookings on %2.</source>
        <translation>%2 共有 %1 筆預約。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="110"/>
        <source>No bookings on %1.</source>
        <translation>%1 沒有預約。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="119"/>
        <source>Choose a booking in the list first.</source>
        <translation>請先在列表中選擇一筆預約。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="124"/>
        <source>Booking %1 is %2: only a booking not yet checked in can be cancelled.</source>
        <translation>預約 %1 的狀態是「%2」：只有尚未報到的預約可以取消。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="128"/>
        <source>Cancel booking %1 (%2)? Its place becomes free for others.</source>
        <translation>取消預約 %1（%2）？該名額將釋出給其他客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="137"/>
        <source>Booking %1 is cancelled.</source>
        <translation>預約 %1 已取消。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140"/>
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140"/>
        <source>Checked in</source>
        <translation>已報到</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="141"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="141"/>
        <source>Did not come</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="144"/>
        <source>Bookings</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="147"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="148"/>
        <source>Cancel booking…</source>
        <translation>取消預約…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Code</source>
        <translation>預約碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Time</source>
        <translation>時段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="150"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>CheckInKeys</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="210"/>
        <source>This is not a booking slip&apos;s code. Please scan the code on your booking slip, or type its digits.</source>
        <translation>這不是預約憑條上的號碼。請掃描預約憑條上的 QR 碼，或輸入預約代碼。</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="364"/>
        <source>Enter your booking code</source>
        <translation>請輸入預約代碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="365"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="366"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="367"/>
        <source>Check in</source>
        <translation>報到取號</translation>
    </message>
</context>
<context>
    <name>ComeBackScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="109"/>
        <source>The wait is long: come back later?</source>
        <translation>現在等候較久：稍後再來？</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_booking.py" line="111"/>
        <source>%1: about %n minutes of waiting now.</source>
        <translation>
            <numerusform>%1：現在約需等候 %n 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="112"/>
        <source>%1: about %2-%3 minutes of waiting now.</source>
        <translation>%1：現在約需等候 %2-%3 分鐘。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="116"/>
        <source>Choose a quieter time below and we book it for you, with a slip to bring back. Or take a ticket now.</source>
        <translation>請在下方選擇一個較空閒的時段，我們為您預約，並列印憑條供您屆時帶來。您也可以現在取號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="118"/>
        <source>Take a ticket now</source>
        <translation>現在取號</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="401"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
</context>
<context>
    <name>ComplaintStrip</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="456"/>
        <source>Complaint…</source>
        <translation>投訴…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="457"/>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="48"/>
        <source>at the counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="49"/>
        <source>by phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="50"/>
        <source>comment box</source>
        <translation>意見箱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="51"/>
        <source>online</source>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="55"/>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="56"/>
        <source>in progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="57"/>
        <source>replied</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="58"/>
        <source>closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="62"/>
        <source>⚠ %1 complaint(s) past the promised reply time</source>
        <translation>⚠ %1 件投訴已超過承諾答覆時間</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="224"/>
        <source>(overdue)</source>
        <translation>（已逾時）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="225"/>
        <source>counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="259"/>
        <source>Complaint %1: %2</source>
        <translation>投訴 %1：%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="262"/>
        <source>command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="295"/>
        <source>Complaint %1 recorded and closed: resolved on the spot.</source>
        <translation>投訴 %1 已登記並結案：當場解決。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="296"/>
        <source>Complaint %1 recorded; reply promised by %2.</source>
        <translation>投訴 %1 已登記；承諾在 %2 前答覆。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="308"/>
        <source>Record this reply to complaint %1? The customer has been answered.</source>
        <translation>登記對投訴 %1 的答覆？客戶已獲答覆。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="311"/>
        <source>Close complaint %1?</source>
        <translation>將投訴 %1 結案？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="318"/>
        <source>Complaint %1 is now %2.</source>
        <translation>投訴 %1 現為：%2。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="338"/>
        <location filename="../kiosk/ui/complaint_panel.py" line="356"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="355"/>
        <source>Complaints (%1 overdue)</source>
        <translation>投訴（%1 件逾時）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="362"/>
        <source>Record a complaint</source>
        <translation>登記投訴</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <source>Ticket concerned</source>
        <translation>相關號碼牌</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <source>Matter</source>
        <translation>投訴事項</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="366"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="367"/>
        <source>Resolved on the spot:</source>
        <translation>當場解決：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="368"/>
        <source>how it was resolved</source>
        <translation>如何解決</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="369"/>
        <source>Record complaint  [Ctrl+Enter]</source>
        <translation>登記投訴  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="370"/>
        <source>Complaint register</source>
        <translation>投訴登記簿</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="371"/>
        <source>Open complaints only</source>
        <translation>只顯示未結案的投訴</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="373"/>
        <source>Ticket · counter</source>
        <translation>號碼牌 · 櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="373"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="374"/>
        <source>Reply due</source>
        <translation>承諾答覆時間</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="374"/>
        <source>Taken by</source>
        <translation>首問受理人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="375"/>
        <source>Note or reply for the next step</source>
        <translation>下一步的處理說明或答覆內容</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="376"/>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="377"/>
        <source>Replied…</source>
        <translation>已答覆…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="378"/>
        <source>Close…</source>
        <translation>結案…</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="218"/>
        <source>Branch name</source>
        <translation>分行名稱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="218"/>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="219"/>
        <source>Maximum wait (min)</source>
        <translation>最長等候（分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="220"/>
        <source>No-show may come back within (min)</source>
        <translation>過號後可恢復排隊時限（分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="221"/>
        <source>Occupancy cap (people waiting, 0 = none)</source>
        <translation>人數上限（等候人數，0 = 不限）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="222"/>
        <source>Kiosk languages</source>
        <translation>取號機語言</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="223"/>
        <source>Announcement languages</source>
        <translation>叫號廣播語言</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="224"/>
        <source>Finished tickets before observed times are used</source>
        <translation>採用實際辦理時間前需完成的筆數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="225"/>
        <source>Announcement repeats</source>
        <translation>廣播次數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="226"/>
        <source>Keep daily backups (days)</source>
        <translation>每日備份保留天數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="227"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="227"/>
        <source>Ticket prefix</source>
        <translation>號碼字首</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="228"/>
        <source>Default minutes</source>
        <translation>預設辦理分鐘數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="228"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="229"/>
        <source>Head start (min)</source>
        <translation>優先加分（分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="229"/>
        <source>Love window</source>
        <translation>愛心櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="230"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="230"/>
        <source>Services, preferred first</source>
        <translation>業務（優先的在前）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="231"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="231"/>
        <source>Quick service</source>
        <translation>快速業務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="232"/>
        <source>Self-service instruction</source>
        <translation>自助辦理說明</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="236"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="236"/>
        <source>Services</source>
        <translation>業務類型</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="237"/>
        <source>Priority classes</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="237"/>
        <source>Counters</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="238"/>
        <source>Notices</source>
        <translation>跑馬燈公告</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="356"/>
        <source>Nothing has changed.</source>
        <translation>沒有修改。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="366"/>
        <source>Save these %1 changes?</source>
        <translation>儲存這 %1 項修改嗎？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="368"/>
        <source>Tickets of %1 are still waiting or being served today: removed from the configuration, they can no longer be called.</source>
        <translation>今天仍有 %1 的號碼牌在等候或辦理中：從設定中刪除後，這些號碼牌將無法再被叫號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="380"/>
        <source>Saved %1 changes; every station uses them now.</source>
        <translation>已儲存 %1 項修改，所有終端立即生效。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="410"/>
        <source>Branch configuration</source>
        <translation>分行設定</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="414"/>
        <source>Save configuration</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="415"/>
        <source>Undo unsaved changes</source>
        <translation>復原未儲存的修改</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="271"/>
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面還有 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="269"/>
        <source>About %n minutes</source>
        <translation>
            <numerusform>預計等候約 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="272"/>
        <source>Your ticket is printing.</source>
        <translation>正在列印您的號碼牌。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="286"/>
        <source>Please take your ticket.</source>
        <translation>請取走您的號碼牌。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="278"/>
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>今天人潮較多，您可以稍後再來或預約辦理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="270"/>
        <source>About %1-%2 minutes</source>
        <translation>預計等候約 %1-%2 分鐘</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="289"/>
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>印表機故障，請記住您的號碼，我們已通知服務人員。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="303"/>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="304"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="27"/>
        <source>Connection to the branch database lost - reconnecting...</source>
        <translation>與分行資料庫的連線已中斷，正在重新連線…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="463"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本櫃檯目前沒有等候的客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="465"/>
        <source>Called %1: %2</source>
        <translation>已叫號 %1：%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="476"/>
        <source>transferred from counter %1, waited %2 min</source>
        <translation>由 %1 號櫃檯轉來，已等 %2 分鐘</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="478"/>
        <source>%1, waited %2 min + %3 head start</source>
        <translation>%1，已等 %2 分鐘 + 優先 %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="482"/>
        <source>, past the %1 min maximum wait</source>
        <translation>，已超過最長等候 %1 分鐘</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="491"/>
        <source>Called %1 again.</source>
        <translation>已重新叫號 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="495"/>
        <source>Serving %1.</source>
        <translation>正在辦理 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="499"/>
        <source>Finished %1.</source>
        <translation>%1 已辦理完成。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="515"/>
        <source>Mark %1 as not come?</source>
        <translation>將 %1 標記為過號？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="517"/>
        <source>%1 did not come.</source>
        <translation>%1 已過號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>Transfer</source>
        <translation>轉櫃</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="374"/>
        <source>This account has been deactivated.</source>
        <translation>此帳戶已被停用。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="553"/>
        <location filename="../kiosk/ui/console_window.py" line="823"/>
        <source>Reinstate</source>
        <translation>過號回補</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="553"/>
        <source>Ticket that came back:</source>
        <translation>回來的號碼牌：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="558"/>
        <source>%1 is back in the queue in its place.</source>
        <translation>%1 已依原順序回到隊伍。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="567"/>
        <source>Cancel a ticket</source>
        <translation>取消號碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="568"/>
        <source>Ticket of the customer who left:</source>
        <translation>已離開客戶的號碼：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="575"/>
        <source>Cancel ticket %1? It will not be called again.</source>
        <translation>取消號碼 %1？取消後將不再叫號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="577"/>
        <source>%1 is cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="582"/>
        <source>Call a ticket</source>
        <translation>指定叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="583"/>
        <source>Ticket number, or scan its QR code:</source>
        <translation>輸入號碼，或掃描 QR Code：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="595"/>
        <source>Called %1.</source>
        <translation>已叫號 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="616"/>
        <source>Assistance recorded.</source>
        <translation>已記錄協助服務。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="623"/>
        <source>Counter %1 is open.</source>
        <translation>%1 號櫃檯已開啟。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="632"/>
        <source>Services</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="633"/>
        <source>Services in order of preference (e.g. A,B):</source>
        <translation>依優先順序填寫服務項目（例如 A,B）：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="639"/>
        <source>Counter %1 serves %2.</source>
        <translation>%1 號櫃檯辦理 %2。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Meeting</source>
        <translation>開會</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="646"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="646"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="360"/>
        <location filename="../kiosk/ui/console_window.py" line="376"/>
        <location filename="../kiosk/ui/console_window.py" line="649"/>
        <source>Counter %1 is paused.</source>
        <translation>%1 號櫃檯已暫停。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="654"/>
        <source>Close counter %1?</source>
        <translation>關閉 %1 號櫃檯？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="364"/>
        <location filename="../kiosk/ui/console_window.py" line="656"/>
        <source>Counter %1 is closed.</source>
        <translation>%1 號櫃檯已關閉。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="665"/>
        <source>Love window on: priority customers only.</source>
        <translation>愛心櫃檯已開啟：僅叫優先客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="666"/>
        <source>Love window off.</source>
        <translation>愛心櫃檯已關閉。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="692"/>
        <source>Help request answered after %1 s.</source>
        <translation>已回應呼叫，耗時 %1 秒。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="748"/>
        <source>Counter %1 is no longer in the branch&apos;s configuration: ask the manager, then sign out.</source>
        <translation>%1 號櫃檯已不在分行設定中：請聯絡分行主管，然後登出。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="754"/>
        <source>Counter %1 · %2 · %3 (%4)</source>
        <translation>%1 號櫃檯 · %2 · %3（%4）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="526"/>
        <location filename="../kiosk/ui/console_window.py" line="768"/>
        <source>No customer at this counter.</source>
        <translation>本櫃檯目前沒有客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="777"/>
        <source>waited %1 min</source>
        <translation>已等候 %1 分鐘</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="799"/>
        <source>Help requests (%1 new)</source>
        <translation>呼叫服務（%1 則新）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="801"/>
        <location filename="../kiosk/ui/console_window.py" line="838"/>
        <source>Help requests</source>
        <translation>呼叫服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="811"/>
        <source>Longest wait: %1 min</source>
        <translation>最長等候：%1 分鐘</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="814"/>
        <source>Counter %1: %2</source>
        <translation>%1 號櫃檯：%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Call next</source>
        <translation>叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Recall</source>
        <translation>重新叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Start</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>Finish</source>
        <translation>辦理完成</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>No-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="823"/>
        <source>Call ticket…</source>
        <translation>指定叫號…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="824"/>
        <source>Assistance…</source>
        <translation>協助服務…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="824"/>
        <source>Cancel ticket…</source>
        <translation>取消號碼…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="825"/>
        <source>Open counter</source>
        <translation>開啟櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="826"/>
        <source>Pause…</source>
        <translation>暫停…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="717"/>
        <location filename="../kiosk/ui/console_window.py" line="826"/>
        <source>Close counter</source>
        <translation>關閉櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="827"/>
        <source>Services…</source>
        <translation>服務項目…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="714"/>
        <location filename="../kiosk/ui/console_window.py" line="828"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="832"/>
        <location filename="../kiosk/ui/console_window.py" line="833"/>
        <source>Love window</source>
        <translation>愛心櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="836"/>
        <source>Acknowledge</source>
        <translation>回應</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="837"/>
        <source>Resolve</source>
        <translation>處理完畢</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="839"/>
        <source>Waiting now</source>
        <translation>目前等候</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="840"/>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="536"/>
        <source>%1 transferred to %2 at counter %3</source>
        <translation>%1 已轉到 %3 號櫃檯（%2）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="538"/>
        <source>%1 transferred to %2</source>
        <translation>%1 已轉到 %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="540"/>
        <source>%1 transferred to counter %3</source>
        <translation>%1 已轉到 %3 號櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="716"/>
        <source>Pause counter</source>
        <translation>暫停櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="355"/>
        <source>Counter %1 is still shown open in the hall. Pause it or close it as you sign out?</source>
        <translation>%1 號櫃檯在大廳裡仍顯示為「開放」。登出時暫停還是關閉該櫃檯？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="353"/>
        <source>Counter %1 is still shown as a love window in the hall. Pause it or close it as you sign out?</source>
        <translation>%1 號櫃檯在大廳裡仍顯示為「愛心櫃檯」。登出時暫停還是關閉該櫃檯？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="341"/>
        <source>Counter %1 could not be paused: %2 Sign out anyway? The hall may go on showing it open.</source>
        <translation>%1 號櫃檯未能暫停：%2 仍要登出嗎？大廳可能繼續顯示該櫃檯開放。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="675"/>
        <source>Quick counter on: quick services only (%1).</source>
        <translation>快速櫃檯已開啟：僅呼叫快速業務（%1）。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="677"/>
        <source>Quick counter off.</source>
        <translation>快速櫃檯已關閉。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="834"/>
        <location filename="../kiosk/ui/console_window.py" line="835"/>
        <source>Quick counter</source>
        <translation>快速櫃檯</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../kiosk/ui/damage_banner.py" line="33"/>
        <source>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</source>
        <translation>排隊資料庫已損壞，已無法儲存任何內容。請關閉所有終端，然後還原最近的備份（kiosk restore）。發現的問題：%1</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="157"/>
        <location filename="../kiosk/ui/display_window.py" line="202"/>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="168"/>
        <source>%1  (recalled)</source>
        <translation>%1（重呼）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="204"/>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="206"/>
        <source>Paused</source>
        <translation>暫停叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="208"/>
        <source>Love window: priority customers only</source>
        <translation>愛心櫃檯：優先服務特殊需求客戶</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="212"/>
        <source>Open</source>
        <translation>開放</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="214"/>
        <source>Serving %1</source>
        <translation>%1 辦理中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="214"/>
        <source>%1 please come</source>
        <translation>%1 請到櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="221"/>
        <source>Waiting</source>
        <translation>等候人數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="233"/>
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>缺少 %1 語音：叫號只顯示並響鈴，不播報</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="238"/>
        <source>Daily backup failed: %1</source>
        <translation>每日備份失敗：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="267"/>
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>小心詐騙：本行人員絕不會向您索取密碼。   年長者、身心障礙者、孕婦及攜帶嬰兒的客戶可優先辦理，請告知大廳服務人員。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="313"/>
        <source>Now calling</source>
        <translation>現在叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="314"/>
        <source>Recent calls</source>
        <translation>最近叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="242"/>
        <source>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</source>
        <translation>排隊資料庫已損壞，已無法儲存任何內容。請關閉所有終端，然後還原最近的備份（kiosk restore）。發現的問題：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="210"/>
        <source>Quick counter: simple business only</source>
        <translation>快速櫃檯：僅辦理簡易業務</translation>
    </message>
</context>
<context>
    <name>DrillReviewWindow</name>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="221"/>
        <source>The notes are saved.</source>
        <translation>總結已儲存。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="231"/>
        <source>Please wait: the PDF is still being written.</source>
        <translation>請稍候：PDF 仍在產生中。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="234"/>
        <source>Save the drill evaluation as PDF</source>
        <translation>將演練評估報告儲存為 PDF</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="245"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="251"/>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="262"/>
        <source>Save notes</source>
        <translation>儲存總結</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="263"/>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
</context>
<context>
    <name>DrillStrip</name>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="82"/>
        <source>Drill in progress: tickets marked DRILL are not customers</source>
        <translation>演練進行中：標有「演練」的號碼不是真實客戶</translation>
    </message>
</context>
<context>
    <name>DrillTag</name>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="62"/>
        <source>DRILL: not a customer</source>
        <translation>演練號：不是真實客戶</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="26"/>
        <source>%1 (DRILL)</source>
        <translation>%1（演練）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="32"/>
        <source>Drill in progress: its tickets are marked DRILL</source>
        <translation>演練進行中：演練號碼均標有「演練」</translation>
    </message>
</context>
<context>
    <name>DrillsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="189"/>
        <source>running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="192"/>
        <source>written</source>
        <translation>已填寫</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="192"/>
        <source>none yet</source>
        <translation>尚未填寫</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="227"/>
        <source>Start a %1 with %2 drill customers? Their tickets (numbered from %3, marked %4) enter the real queue, and tellers call them like customers.</source>
        <translation>開始%1，共 %2 位演練客戶？演練號碼牌（從 %3 起編號，標註「%4」）將進入真實佇列，櫃員會像一般客戶一樣叫號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="239"/>
        <source>Drill %1 has started.</source>
        <translation>演練 %1 已開始。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="258"/>
        <source>Drill %1 has ended.</source>
        <translation>演練 %1 已結束。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="265"/>
        <source>Drill %1 is running and its customers come from this station. Sign out anyway? No more drill customers come until a manager signs in here again.</source>
        <translation>演練 %1 正在進行，演練客戶由本工作站發出。仍要登出嗎？在管理人員重新登入本工作站之前，不會再有演練客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="282"/>
        <source>Next customer at %1.</source>
        <translation>下一位客戶 %1 到達。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="283"/>
        <source>All customers have come: end the drill when the counters are done.</source>
        <translation>演練客戶已全部到達：櫃檯辦理完畢後即可結束演練。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="284"/>
        <source>%1 %2 running since %3: %4 of %5 customers issued, %6 waiting, %7 called, %8 served.</source>
        <translation>%1 %2 自 %3 起進行中：已取號 %4 / %5 位，等候 %6 位，已叫號 %7 位，已辦結 %8 位。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="291"/>
        <source>Surge alerts: %1. Help requests not yet answered: %2.</source>
        <translation>客流預警：%1 次。未回應的呼叫求助：%2 個。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="305"/>
        <source>Judged against: 90% of waits within %1 min; help answered within %2 s; a love window within %3 min of the first special customer; a counter opened within %4 min of a surge alert (the [drills] targets of the configuration).</source>
        <translation>評估標準：90% 的等候不超過 %1 分鐘；呼叫求助 %2 秒內回應；首位特殊客戶到達後 %3 分鐘內開啟愛心窗口；客流預警後 %4 分鐘內加開櫃檯（設定中的演練目標）。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="316"/>
        <source>Choose a drill in the list first.</source>
        <translation>請先在清單中選擇一次演練。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="341"/>
        <source>Drills (running)</source>
        <translation>演練（進行中）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="341"/>
        <location filename="../kiosk/ui/manager_drills.py" line="345"/>
        <source>Drills</source>
        <translation>演練</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="349"/>
        <source>&amp;Kind of drill</source>
        <translation>演練類型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="358"/>
        <source>Start drill…</source>
        <translation>開始演練…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="359"/>
        <source>End drill…</source>
        <translation>結束演練…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="360"/>
        <source>Plan</source>
        <translation>演練方案</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="361"/>
        <source>Drills held</source>
        <translation>已舉行的演練</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="363"/>
        <source>Ended</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="363"/>
        <source>Notes</source>
        <translation>總結</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="364"/>
        <source>Evaluation…</source>
        <translation>評估報告…</translation>
    </message>
</context>
<context>
    <name>EndDrillDialog</name>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="76"/>
        <source>End drill %1</source>
        <translation>結束演練 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="78"/>
        <source>Cancel the %1 drill tickets still waiting</source>
        <translation>取消仍在等候的 %1 張演練號碼牌</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="84"/>
        <source>End the drill</source>
        <translation>結束演練</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="88"/>
        <source>What did the drill show? The notes go into its evaluation.</source>
        <translation>演練情況如何？總結將寫入評估報告。</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../kiosk/ui/file_dialog.py" line="31"/>
        <source>Look in:</source>
        <translation>查詢範圍：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/file_dialog.py" line="33"/>
        <source>Files of type:</source>
        <translation>檔案類型：</translation>
    </message>
</context>
<context>
    <name>HomeVisitBadge</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="472"/>
        <source>⚠ %1 home visit(s) overdue</source>
        <translation>⚠ %1 項上門服務已逾期</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="473"/>
        <source>Home visits…</source>
        <translation>上門服務…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="474"/>
        <source>Home visits</source>
        <translation>上門服務</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="446"/>
        <source>Home visits</source>
        <translation>上門服務</translation>
    </message>
</context>
<context>
    <name>HomeVisitPanel</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="236"/>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="240"/>
        <source>approved by %1</source>
        <translation>%1 審批</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="242"/>
        <source>call: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="246"/>
        <source>contact and address erased</source>
        <translation>聯絡方式和地址已刪除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="303"/>
        <source>Give the service, the reason and a contact.</source>
        <translation>請填寫業務、原因和聯絡方式。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="308"/>
        <source>Home visit %1 registered; due by %2.</source>
        <translation>上門服務 %1 已登記，最遲於 %2 辦理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="321"/>
        <source>Approve home visit %1 (%2)?</source>
        <translation>審批通過上門服務 %1（%2）？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="324"/>
        <source>Home visit %1 approved.</source>
        <translation>上門服務 %1 已審批通過。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="327"/>
        <source>Refuse home visit %1</source>
        <translation>不予辦理上門服務 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="327"/>
        <source>Why is it refused? The customer is told.</source>
        <translation>不予辦理的原因？將告知客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="329"/>
        <source>Home visit %1 refused.</source>
        <translation>上門服務 %1 不予辦理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="332"/>
        <source>Cancel home visit %1</source>
        <translation>撤銷上門服務 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="332"/>
        <source>Why is it withdrawn?</source>
        <translation>撤銷原因？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="334"/>
        <source>Home visit %1 cancelled.</source>
        <translation>上門服務 %1 已撤銷。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="345"/>
        <source>Home visit %1: %2 and %3 go.</source>
        <translation>上門服務 %1：由 %2 和 %3 同行。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="349"/>
        <source>Call before leaving: home visit %1</source>
        <translation>出發前電話聯絡：上門服務 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="350"/>
        <source>What was agreed on the phone (time, who comes)?</source>
        <translation>電話中約定了什麼（時間、上門人員）？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="352"/>
        <source>Call logged: home visit %1 is under way.</source>
        <translation>已記錄電話聯絡：上門服務 %1 已出發。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="355"/>
        <source>Outcome of home visit %1</source>
        <translation>上門服務 %1 的辦理結果</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="355"/>
        <source>What was done?</source>
        <translation>辦理了什麼？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="357"/>
        <source>Home visit %1 done.</source>
        <translation>上門服務 %1 已辦結。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="373"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="386"/>
        <source>Home visits</source>
        <translation>上門服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="381"/>
        <source>%1 home visit(s) overdue: past their last allowed day.</source>
        <translation>%1 項上門服務已逾期：已超過最遲辦理日。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="385"/>
        <source>Home visits (%1 overdue)</source>
        <translation>上門服務（%1 項逾期）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="390"/>
        <source>requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="390"/>
        <source>approved</source>
        <translation>已審批</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="391"/>
        <source>staff assigned</source>
        <translation>已指派人員</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="391"/>
        <source>under way</source>
        <translation>已出發</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="392"/>
        <source>done</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="392"/>
        <source>refused</source>
        <translation>不予辦理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="393"/>
        <source>cancelled</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="397"/>
        <source>the customer</source>
        <translation>客戶本人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="397"/>
        <source>an agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>Due by</source>
        <translation>最遲辦理日</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411"/>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411"/>
        <source>Asked by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="412"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="403"/>
        <source>Approve</source>
        <translation>審批通過</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="403"/>
        <source>Refuse…</source>
        <translation>不予辦理…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="404"/>
        <source>Assign staff…</source>
        <translation>指派人員…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="404"/>
        <source>Log the call…</source>
        <translation>記錄出發前電話…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="405"/>
        <source>Record outcome…</source>
        <translation>記錄辦理結果…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="406"/>
        <source>Cancel request…</source>
        <translation>撤銷申請…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="409"/>
        <source>Register a request</source>
        <translation>登記上門服務申請</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411"/>
        <source>Why they cannot come</source>
        <translation>無法到分行的原因</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="412"/>
        <source>Contact (phone)</source>
        <translation>聯絡方式（電話）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="419"/>
        <source>Register</source>
        <translation>登記</translation>
    </message>
</context>
<context>
    <name>KioskBooking</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="267"/>
        <source>Sorry, that time has just been booked</source>
        <translation>抱歉，該時段剛剛已被預約</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="268"/>
        <location filename="../kiosk/ui/kiosk_booking.py" line="314"/>
        <source>Take a ticket now</source>
        <translation>現在取號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="312"/>
        <source>Sorry, we could not book that time</source>
        <translation>抱歉，無法預約該時段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="313"/>
        <source>Please take a ticket now, or ask a member of staff.</source>
        <translation>請現在取號，或洽詢工作人員。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="316"/>
        <source>%1 has just been booked by someone else. Please choose another time.</source>
        <translation>%1 剛剛已被他人預約。請選擇其他時段。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="303"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="344"/>
        <source>Sorry, no ticket could be issued</source>
        <translation>抱歉，目前無法取號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="304"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="345"/>
        <source>Please press Call staff: a member of staff will help you.</source>
        <translation>請按「呼叫服務人員」，服務人員會來協助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="248"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="305"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="346"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="441"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="450"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="675"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="352"/>
        <source>Please enter your booking code.</source>
        <translation>請輸入您的預約代碼。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="377"/>
        <source>We could not find booking code %1. Please check it, or press Call staff.</source>
        <translation>查無預約代碼 %1。請確認後再試，或按「呼叫服務人員」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="375"/>
        <source>A booking code has 4 to 12 digits. Please check it, or press Call staff.</source>
        <translation>預約代碼為 4 到 12 位數字。請確認後再試，或按「呼叫服務人員」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="379"/>
        <source>Booking code %1 has already been used to check in. If you lost your ticket, please press Call staff.</source>
        <translation>預約代碼 %1 已經報到過。如果您的號碼牌遺失，請按「呼叫服務人員」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="382"/>
        <source>Booking code %1 is for %2, not today. Please come back on that day, or press Call staff.</source>
        <translation>預約碼 %1 預約的是 %2，不是今天。請在那一天再來，或按「呼叫服務人員」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="387"/>
        <source>Sorry, we cannot check you in right now. Please press Call staff.</source>
        <translation>抱歉，現在無法為您辦理報到。請按「呼叫服務人員」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="245"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="447"/>
        <source>Please ask any member of staff</source>
        <translation>請向任何一位服務人員求助</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="448"/>
        <source>We could not call staff from here. Please go to a counter or ask any member of staff: they will help you.</source>
        <translation>無法從這裡呼叫服務人員。請前往櫃檯或向任何一位服務人員求助，他們會協助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="439"/>
        <source>Help is on the way</source>
        <translation>服務人員馬上就來</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="385"/>
        <source>Booking code %1 can no longer be used (cancelled, or its time has passed). Please take a ticket, or press Call staff.</source>
        <translation>預約碼 %1 已不能使用（已取消或已過時間）。請取號，或按「呼叫服務人員」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="440"/>
        <source>A member of staff has been called and will come to you.</source>
        <translation>已通知服務人員，請稍候，馬上會到您身邊。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="509"/>
        <source>Do you need more time?</source>
        <translation>您需要更多時間嗎？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="510"/>
        <source>More time, please</source>
        <translation>我需要更多時間</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="526"/>
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>請按按鈕繼續，否則 %n 秒後回到首頁。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="594"/>
        <source>Volume %1 of %2</source>
        <translation>音量第 %1 級，共 %2 級</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="606"/>
        <source>Speech is slower</source>
        <translation>語速已放慢</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="606"/>
        <source>Speech at normal speed</source>
        <translation>正常語速</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="665"/>
        <source>Voice guidance: on</source>
        <translation>語音導引：已開啟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="665"/>
        <source>Voice guidance</source>
        <translation>語音導引</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="667"/>
        <source>Call staff</source>
        <translation>呼叫服務人員</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="668"/>
        <source>Quieter</source>
        <translation>調小音量</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="669"/>
        <source>Louder</source>
        <translation>調大音量</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="672"/>
        <source>Slower speech: on</source>
        <translation>慢速語音：已開啟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="672"/>
        <source>Slower speech</source>
        <translation>慢速語音</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="246"/>
        <source>No ticket can be issued here right now. Please go to a counter or ask any member of staff: they will help you.</source>
        <translation>這裡暫時無法取號。請前往櫃檯或向任何一位服務人員求助，他們會協助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="313"/>
        <source>Please wait…</source>
        <translation>請稍候…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="107"/>
        <source>Welcome. Please choose your language.</source>
        <translation>歡迎光臨，請選擇語言。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="108"/>
        <source>I have an appointment</source>
        <translation>我有預約</translation>
    </message>
</context>
<context>
    <name>LowRatingsBox</name>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="71"/>
        <source>%1 · ticket %2 · %3/5 · teller %4</source>
        <translation>%1 · %2 號 · %3/5 分 · 櫃員 %4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="95"/>
        <source>Low satisfaction rating (%1/5) for ticket %2</source>
        <translation>滿意度低分評價（%1/5 分），%2 號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="110"/>
        <source>Complaint %1 opened from the low rating of ticket %2</source>
        <translation>已依 %2 號的低分評價登記投訴 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="114"/>
        <source>Low satisfaction ratings</source>
        <translation>滿意度低分評價</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="115"/>
        <source>Open complaint</source>
        <translation>登記投訴</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="183"/>
        <source>Branch manager</source>
        <translation>分行管理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="184"/>
        <source>Sign out  [Ctrl+Q]</source>
        <translation>登出  [Ctrl+Q]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="186"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Reports and exports</source>
        <translation>報表與匯出</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="189"/>
        <source>Bookings</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="141"/>
        <source>Figures, an export or a backup are still being made; sign out when they are done.</source>
        <translation>正在產生統計資料、匯出或備份，完成後再登出。</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="382"/>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="224"/>
        <source>Anything our staff should know? (optional)</source>
        <translation>需要服務人員特別協助嗎？（選填）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="225"/>
        <source>I use a wheelchair</source>
        <translation>我使用輪椅</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="225"/>
        <source>I have low vision</source>
        <translation>我視力不佳</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="226"/>
        <source>I am hard of hearing</source>
        <translation>我聽力不佳</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="227"/>
        <source>I need sign language</source>
        <translation>我需要手語服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="228"/>
        <source>I need help with forms</source>
        <translation>我需要協助填寫表單</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="231"/>
        <source>Print my ticket</source>
        <translation>列印號碼牌</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="89"/>
        <source>&amp;Summary (总结): how the drill went</source>
        <translation>總結：演練情況(&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="90"/>
        <source>&amp;What to improve in the plan (完善预案)</source>
        <translation>完善預案：需改進之處(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="53"/>
        <source>Staff number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="54"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="55"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="56"/>
        <source>PIN (6-8 digits)</source>
        <translation>密碼（6-8 位數字）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="57"/>
        <source>PIN again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="65"/>
        <source>Staff number and name are both needed.</source>
        <translation>員工編號和姓名都必須填寫。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="70"/>
        <source>A staff number is 1 to 12 digits.</source>
        <translation>員工編號為 1 到 12 位數字。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="74"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>密碼為 6 到 8 位數字。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="76"/>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="163"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="210"/>
        <source>Customers per &amp;hour</source>
        <translation>每小時客戶數(&amp;H)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="211"/>
        <source>For &amp;minutes</source>
        <translation>持續分鐘數(&amp;M)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="212"/>
        <source>Arrival pattern &amp;no. (the same number, the same customers)</source>
        <translation>到達模式編號（編號相同，客戶相同）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="213"/>
        <source>Services (share in %)</source>
        <translation>業務類型（占比 %）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="214"/>
        <source>Priority classes (share in %)</source>
        <translation>客戶類別（占比 %）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="215"/>
        <source>One customer every (seconds)</source>
        <translation>每位客戶間隔（秒）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="217"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="217"/>
        <source>Share %</source>
        <translation>占比 %</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Role played</source>
        <translation>扮演角色</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Service</source>
        <translation>業務類型</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Priority class</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Need</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Asks for help</source>
        <translation>呼叫求助</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Assistance logged</source>
        <translation>登記協助</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Love window</source>
        <translation>愛心窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="221"/>
        <source>Add customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="222"/>
        <source>Remove customer</source>
        <translation>刪除客戶</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="190"/>
        <source>Do you need priority service?</source>
        <translation>您需要優先服務嗎？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="191"/>
        <source>No priority needed</source>
        <translation>不需要優先服務</translation>
    </message>
</context>
<context>
    <name>RatePadWindow</name>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Very dissatisfied</source>
        <translation>很不滿意</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="193"/>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="193"/>
        <source>Very satisfied</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="196"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="198"/>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="199"/>
        <source>After your business, please rate our service here.</source>
        <translation>業務辦理完畢後，請在此為我們的服務評分。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="202"/>
        <source>Served by teller %1 · ticket %2</source>
        <translation>為您服務的櫃員：%1 號 · 號碼 %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="203"/>
        <source>Ticket %2</source>
        <translation>號碼 %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="205"/>
        <source>How satisfied are you with our service?</source>
        <translation>您對本次服務滿意嗎？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="206"/>
        <source>Press one face (or key 1 to 5).</source>
        <translation>請按一個表情（或按鍵 1 至 5）。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="211"/>
        <source>Thank you for your rating!</source>
        <translation>感謝您的評價！</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="13"/>
        <source>call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="14"/>
        <source>recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="15"/>
        <source>start serving</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="16"/>
        <source>finish</source>
        <translation>辦結</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="17"/>
        <source>mark as no-show</source>
        <translation>標記過號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="18"/>
        <source>transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="19"/>
        <source>put back in the queue</source>
        <translation>恢復排隊</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="20"/>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="28"/>
        <source>Counter %counter still has ticket %ticket (%status). Finish it, transfer it or mark it no-show first.</source>
        <translation>%counter 號櫃檯還有號碼 %ticket（%status）。請先辦結、轉移或標記過號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="31"/>
        <source>Counter %counter is %mode. Open it first.</source>
        <translation>%counter 號櫃檯處於「%mode」狀態。請先開啟櫃檯。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="33"/>
        <source>Counter %counter has no current ticket to %action.</source>
        <translation>%counter 號櫃檯目前沒有可%action的號碼。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="35"/>
        <source>Cannot %action ticket %ticket: it is %status.</source>
        <translation>無法%action號碼 %ticket：它的狀態是「%status」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="37"/>
        <source>Another station changed this counter just now. Try again.</source>
        <translation>另一台終端剛剛變更了此櫃檯。請再試一次。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="39"/>
        <source>Ticket %ticket is already for this service.</source>
        <translation>號碼 %ticket 已經是這項業務。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="41"/>
        <source>Ticket %ticket is already at this counter.</source>
        <translation>號碼 %ticket 已經在本櫃檯。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="43"/>
        <source>Counter %counter is closed. Transfer to an open or paused counter, or to a service.</source>
        <translation>%counter 號櫃檯已關閉。請轉到開啟或暫停的櫃檯，或轉到某項業務。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="45"/>
        <source>Counter %counter does not serve that service.</source>
        <translation>%counter 號櫃檯不辦理這項業務。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="47"/>
        <source>There is no ticket %ticket today.</source>
        <translation>今天沒有號碼 %ticket。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="48"/>
        <source>That is not a ticket number. A ticket number is one or two letters and up to six digits, e.g. A007.</source>
        <translation>這不是號碼。號碼由一到兩個字母加最多六位數字組成，例如 A007。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="51"/>
        <source>That code is not a ticket of this queue. Type the ticket number instead.</source>
        <translation>此代碼不是本分行的排隊號碼。請改為輸入號碼。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="53"/>
        <source>Ticket %ticket was marked no-show more than %minutes min ago. Please issue a new ticket.</source>
        <translation>號碼 %ticket 標記過號已超過 %minutes 分鐘。請重新抽號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="56"/>
        <source>The clock is earlier than ticket %ticket&apos;s last change. Check this PC&apos;s date and time.</source>
        <translation>目前時間早於號碼 %ticket 的上次變動。請檢查本機的日期和時間。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="59"/>
        <source>A %role may not do this.</source>
        <translation>%role無權進行此操作。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="60"/>
        <source>You are signed in at counter %mine; counter %counter is not yours to act on. Ask the lobby manager.</source>
        <translation>您登入的是 %mine 號櫃檯；不能操作 %counter 號櫃檯。請聯絡大廳經理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="63"/>
        <source>You are not signed in at a counter. Sign in at your counter&apos;s console.</source>
        <translation>您沒有在櫃檯登入。請在您櫃檯的櫃員終端登入。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="65"/>
        <source>Ticket %ticket was marked no-show at counter %counter. Only that counter or the lobby manager can put it back in the queue.</source>
        <translation>號碼 %ticket 是在 %counter 號櫃檯標記過號的。只有該櫃檯或大廳經理可以恢復排隊。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="68"/>
        <source>Ticket %ticket was transferred to counter %counter. Only that counter or the lobby manager can call it.</source>
        <translation>號碼 %ticket 已轉移至 %counter 號櫃檯。只有該櫃檯或大廳經理可以叫號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="71"/>
        <source>You can cancel only the ticket called to your counter. Ask the lobby manager to cancel ticket %ticket.</source>
        <translation>您只能取消叫到您櫃檯的號碼。請聯絡大廳經理取消號碼 %ticket。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="74"/>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="75"/>
        <source>This account has been deactivated. Sign in with another.</source>
        <translation>此帳戶已被停用。請用其他帳戶登入。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="77"/>
        <source>Counter %counter is not in the branch&apos;s configuration. Ask the manager.</source>
        <translation>%counter 號櫃檯不在分行設定中。請聯絡分行主管。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="79"/>
        <source>Someone has already resolved this request.</source>
        <translation>這則求助已經有人處理完畢。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="81"/>
        <source>Say in the note what was given.</source>
        <translation>請在備註中寫明提供了什麼協助。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="82"/>
        <source>Staff number %number already exists.</source>
        <translation>員工編號 %number 已存在。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="91"/>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>不能停用您目前登入使用的帳號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="94"/>
        <source>Drill %drill is still running. End it before starting another.</source>
        <translation>演練 %drill 仍在進行。請先結束它，再開始新的演練。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="96"/>
        <source>That drill is not running any more (or does not exist). Look at the list of drills.</source>
        <translation>該演練已不在進行（或不存在）。請查看演練清單。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="98"/>
        <source>The notes are too long: at most %limit characters are kept. Shorten them.</source>
        <translation>總結過長：最多保留 %limit 個字元。請縮短。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="100"/>
        <source>The script has no customers. Add at least one.</source>
        <translation>腳本中沒有客戶。請至少新增一位。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="102"/>
        <source>Give at least one service and one priority class a share of the drill&apos;s customers.</source>
        <translation>請至少為一種業務類型和一種客戶類別設定演練客戶占比。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="104"/>
        <source>The plan cannot run: %detail</source>
        <translation>演練方案無法執行：%detail</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="106"/>
        <source>Home visit %visit has moved on: that step is not possible now. Its status is in the list.</source>
        <translation>上門服務 %visit 的狀態已變化，現在不能進行這一步。請查看列表中的狀態。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="109"/>
        <source>There is no home visit %visit.</source>
        <translation>沒有編號為 %visit 的上門服務。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="110"/>
        <source>Two staff members go on every home visit: choose both.</source>
        <translation>每次上門服務須由兩名員工同行：請選擇兩人。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="112"/>
        <source>Choose two different staff members, not %number twice.</source>
        <translation>請選擇兩名不同的員工，不能兩次選擇 %number。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="114"/>
        <source>There is no staff number %number.</source>
        <translation>沒有員工編號 %number。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="115"/>
        <source>Staff %number is deactivated: choose an active colleague.</source>
        <translation>員工 %number 已停用：請選擇在職的同事。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="117"/>
        <source>Only the two staff sent on home visit %visit, or the lobby manager, can report on it.</source>
        <translation>只有上門服務 %visit 指派的兩名員工或大堂經理可以記錄其進展。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="121"/>
        <source>Service %service cannot be booked: it has no booking slots in the configuration.</source>
        <translation>%service 業務不能預約：設定中沒有它的預約時段。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="123"/>
        <source>%start is not the start of a slot of service %service. Choose one of the slots shown.</source>
        <translation>%start 不是 %service 業務某個時段的開始時間。請選擇列出的時段。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="126"/>
        <source>That is not a date. Choose a day from the list.</source>
        <translation>這不是日期。請從清單中選擇日期。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="127"/>
        <source>There is no booking with code %code. Check the code with the customer.</source>
        <translation>沒有預約碼為 %code 的預約。請與客戶核對預約碼。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="129"/>
        <source>Booking %code is %status: only a booking not yet checked in can be cancelled.</source>
        <translation>預約 %code 的狀態為%status：只有尚未報到的預約可以取消。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="131"/>
        <source>That booking was cancelled. Book a new slot, or give the customer a ticket.</source>
        <translation>該預約已取消。請重新預約時段，或為客戶取號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="133"/>
        <source>That booking&apos;s time has passed (a no-show). Book a new slot, or give the customer a ticket.</source>
        <translation>該預約時間已過（未到）。請重新預約時段，或為客戶取號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="136"/>
        <source>Ticket %ticket is %status: only a finished ticket can be rated.</source>
        <translation>%ticket 號的狀態為%status：只有辦理完畢的號碼可以評價。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="138"/>
        <source>Ticket %ticket has been rated already.</source>
        <translation>%ticket 號已經評價過了。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="139"/>
        <source>A rating is 1 to 5.</source>
        <translation>評分為 1 到 5。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="140"/>
        <source>No service is marked quick in the configuration: a quick counter would call nobody.</source>
        <translation>設定中沒有標記為快速的業務：快速櫃檯將無人可叫。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="142"/>
        <source>The queue database is busy at another station. Nothing was changed; try again.</source>
        <translation>排隊資料庫正被另一台終端佔用。沒有做任何變更，請再試一次。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="144"/>
        <source>The branch database cannot be reached (its server or the network is down); this station reconnects by itself. Once it is back, look at the screen before repeating the action.</source>
        <translation>無法連線網點資料庫（伺服器或網路中斷）；本終端會自動重新連線。恢復後請先查看螢幕，再決定是否重做剛才的操作。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="147"/>
        <source>The queue database cannot be written (%path). Nothing was changed; call the branch&apos;s IT support.</source>
        <translation>排隊資料庫無法寫入（%path）。沒有做任何變更，請聯絡分行的技術支援。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="150"/>
        <source>The queue database is damaged (%path). Call the manager to restore the latest backup.</source>
        <translation>排隊資料庫已損壞（%path）。請聯絡分行主管還原最近的備份。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="156"/>
        <source>The queue database cannot be opened (%path). Call the branch&apos;s IT support.</source>
        <translation>無法開啟排隊資料庫（%path）。請聯絡分行的技術支援。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="158"/>
        <source>The queue database reported a problem (%path: %detail). Nothing was changed.</source>
        <translation>排隊資料庫回報了問題（%path：%detail）。沒有做任何變更。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="153"/>
        <source>Disk full: the disk holding the queue database (%path) has no room left. Nothing was changed; call the branch&apos;s IT support to free some space.</source>
        <translation>磁碟已滿：存放排隊資料庫的磁碟（%path）沒有剩餘空間。沒有做任何變更，請聯絡分行的技術支援釋放空間。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="83"/>
        <source>Say what it is: the text is empty.</source>
        <translation>內容為空：請寫明具體內容。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="84"/>
        <source>The text is %length characters long; at most %limit are kept. Shorten it.</source>
        <translation>內容有 %length 個字，最多保存 %limit 個字。請縮短。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="86"/>
        <source>There is no complaint %id.</source>
        <translation>沒有編號為 %id 的投訴。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="87"/>
        <source>Complaint %id has moved on meanwhile. Look at it again, then choose the next step.</source>
        <translation>投訴 %id 剛剛已被他人處理。請重新查看後再選擇下一步。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="89"/>
        <source>The clock is earlier than complaint %id&apos;s last step. Check this PC&apos;s date and time.</source>
        <translation>時鐘早於投訴 %id 的上一步。請檢查本機的日期和時間。</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="209"/>
        <source>Please wait: the last request is still running.</source>
        <translation>請稍候：上一項操作仍在進行。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="254"/>
        <source>Computing the figures…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="284"/>
        <source>Figures for %1.</source>
        <translation>%1 的統計。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="333"/>
        <source>Export as %1</source>
        <translation>匯出為 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="338"/>
        <source>Replace %1 too?</source>
        <translation>同時取代 %1 嗎？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="342"/>
        <source>This export will hold personal data: the contact and address of home-visit customers. Keep the file safe and delete it when it is no longer needed. Write it?</source>
        <translation>此次匯出將含有個人資料：上門服務客戶的聯絡方式和地址。請妥善保管檔案，不再需要時及時刪除。確定匯出嗎？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="353"/>
        <source>Exporting to %1…</source>
        <translation>正在匯出到 %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="357"/>
        <source>Exported: %1</source>
        <translation>已匯出：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="367"/>
        <source>Back up the database to</source>
        <translation>資料庫備份到</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="378"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="382"/>
        <source>Backed up to %1.</source>
        <translation>已備份到 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="385"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="392"/>
        <source>&amp;From</source>
        <translation>開始日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="393"/>
        <source>&amp;To</source>
        <translation>結束日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="394"/>
        <source>Show figures  [F5]</source>
        <translation>顯示統計  [F5]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="396"/>
        <source>Export %1…</source>
        <translation>匯出 %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="397"/>
        <source>Back up now…</source>
        <translation>立即備份…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="398"/>
        <source>Exports include personal data: home visits&apos; contact and address</source>
        <translation>匯出含個人資料：上門服務客戶的聯絡方式和地址</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="399"/>
        <source>Include drill tickets (marked DRILL) in the figures and exports</source>
        <translation>統計和匯出包含演練號碼牌（標記為「演練」）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="400"/>
        <source>Queue</source>
        <translation>排隊</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="410"/>
        <source>Priority customers</source>
        <translation>優先客戶占比</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="419"/>
        <source>By hour of issue</source>
        <translation>按取號時段</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="332"/>
        <source>Calendar</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="332"/>
        <source>Booking rules</source>
        <translation>預約規則</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="332"/>
        <source>Other rules</source>
        <translation>其他規則</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="336"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="336"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="340"/>
        <source>Appointment check-in from (min before the slot)</source>
        <translation>預約報到最早（時段開始前，分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="341"/>
        <source>Appointment check-in until (min after the slot began)</source>
        <translation>預約報到最晚（時段開始後，分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="342"/>
        <source>No-show if not checked in (min after the slot ended)</source>
        <translation>未報到視為未到（時段結束後，分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="343"/>
        <source>Bookable days ahead</source>
        <translation>可提前預約天數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="344"/>
        <source>Home visit made within (working days)</source>
        <translation>到府服務辦理時限（工作日）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="345"/>
        <source>Address and phone of a closed visit erased after (days)</source>
        <translation>到府服務結束後地址和電話保留天數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="346"/>
        <source>Complaint reply promised within (working days)</source>
        <translation>客訴回覆時限（工作日）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="347"/>
        <source>Rating screen back to idle after (s)</source>
        <translation>評價螢幕無操作返回待機（秒）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="348"/>
        <source>A low rating is at or below</source>
        <translation>低評價：分數不高於</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="349"/>
        <source>Suggest self-service when the wait passes (min)</source>
        <translation>等候超過此時間時建議自助辦理（分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="350"/>
        <source>Alert when 90% of a service&apos;s customers may wait over (min)</source>
        <translation>某業務 90% 的客戶預計等候超過此時間時提醒（分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="351"/>
        <source>Check the queue for a surge every (s)</source>
        <translation>每隔多久檢查一次客流高峰（秒）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="352"/>
        <source>Simulated runs behind each wait estimate</source>
        <translation>每次等候預估的模擬次數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="353"/>
        <source>Service times also from the same hour of past weeks (weeks)</source>
        <translation>辦理時長也參考過去幾週的同一時段（週）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="354"/>
        <source>Say a range (&quot;about 10-15 min&quot;) when it is at least (min) wide</source>
        <translation>估算區間至少這麼寬時以區間顯示（如「約 10-15 分鐘」）（分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="355"/>
        <source>... and at least this share of the estimate</source>
        <translation>……且至少佔預估值的這一比例</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="359"/>
        <source>Surge alerts</source>
        <translation>客流高峰提醒</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="360"/>
        <source>Wait estimates</source>
        <translation>等候預估</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="361"/>
        <source>Targets per service (min), e.g. A = 15</source>
        <translation>各業務的目標（分鐘），例如 A = 15</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="362"/>
        <source>Show surge alerts on the hall display</source>
        <translation>在大廳顯示屏上顯示高峰提醒</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="363"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="363"/>
        <source>Holidays (closed on a working day)</source>
        <translation>假日（平日不營業）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="364"/>
        <source>Make-up working days (open on a day off)</source>
        <translation>補班日（休息日營業）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Slot (min)</source>
        <translation>時段長度（分鐘）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Bookings per slot</source>
        <translation>每時段名額</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="370"/>
        <source>%1 hours</source>
        <translation>%1營業時間</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="371"/>
        <source>Closed dates</source>
        <translation>不開放日期</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="373"/>
        <source>Opening hours like 09:00-12:00, 13:30-17:00; an empty day is closed. Dates like 2027-01-01.</source>
        <translation>營業時間格式如 09:00-12:00, 13:30-17:00；留空表示當天不開放。日期格式如 2027-01-01。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="375"/>
        <source>Bookable services</source>
        <translation>可預約業務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="376"/>
        <source>Add a service</source>
        <translation>新增業務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="377"/>
        <source>Remove selected services</source>
        <translation>刪除所選業務</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="133"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="137"/>
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>分行目前人潮眾多：已有 %n 人在等候。您仍可取號，也可以稍後再來或預約辦理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="149"/>
        <source>Choose a service</source>
        <translation>請選擇服務項目</translation>
    </message>
</context>
<context>
    <name>ShuntScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="80"/>
        <source>Thank you</source>
        <translation>謝謝您</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="81"/>
        <source>Please go to the self-service area. Staff there will help you if you need it.</source>
        <translation>請前往自助服務區。如需協助，現場服務人員會幫助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="84"/>
        <source>You can do this yourself, without waiting</source>
        <translation>您可以自助辦理，無需排隊等候</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_shunt.py" line="85"/>
        <source>Waiting for a counter now: about %n minutes.</source>
        <translation>
            <numerusform>目前櫃檯排隊約需等候 %n 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="86"/>
        <source>I&apos;ll use self-service</source>
        <translation>我去自助辦理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="87"/>
        <source>Take a ticket anyway</source>
        <translation>仍然取號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="88"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="83"/>
        <source>Wrong staff number or PIN.</source>
        <translation>員工編號或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="80"/>
        <source>Too many wrong PINs: this account is locked for %1 more min.</source>
        <translation>密碼錯誤次數過多：此帳戶還將鎖定 %1 分鐘。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="65"/>
        <source>This station needs a %1&apos;s sign-in.</source>
        <translation>此終端需要%1登入。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="100"/>
        <source>&amp;Staff number</source>
        <translation>員工編號(&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="101"/>
        <source>&amp;PIN</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="102"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="103"/>
        <source>Staff number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="104"/>
        <source>PIN</source>
        <translation>密碼</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/sign_in.py" line="84"/>
        <source>Wrong staff number or PIN. %n more wrong PIN(s) lock this account for %1 min.</source>
        <translation>
            <numerusform>員工編號或密碼錯誤。再錯 %n 次，此帳戶將鎖定 %1 分鐘。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="130"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="130"/>
        <source>no (deactivated)</source>
        <translation>否（已停用）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="131"/>
        <source>locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="144"/>
        <source>Reactivate</source>
        <translation>重新啟用</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="145"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="163"/>
        <source>Add a staff member</source>
        <translation>新增員工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="168"/>
        <source>Added %1.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="174"/>
        <source>New PIN for %1</source>
        <translation>為 %1 設定新密碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="179"/>
        <source>New PIN set for %1; the account is unlocked.</source>
        <translation>已為 %1 設定新密碼，帳戶已解鎖。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="186"/>
        <source>Deactivate %1? They can no longer sign in; their records stay.</source>
        <translation>停用 %1 嗎？停用後不能再登入，紀錄保留。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="190"/>
        <source>%1 deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="190"/>
        <source>%1 reactivated.</source>
        <translation>%1 已重新啟用。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="195"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Staff number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="199"/>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="199"/>
        <source>Locked</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="200"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="201"/>
        <source>Reset PIN…</source>
        <translation>重設密碼…</translation>
    </message>
</context>
<context>
    <name>SurgeBanner</name>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="145"/>
        <source>(%1 more) %2</source>
        <translation>（另有 %1 項）%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="161"/>
        <source>Surge advice</source>
        <translation>高峰應對建議</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="169"/>
        <source>No open counter serves %1 now; the target is %2 min.</source>
        <translation>目前沒有開放的櫃檯辦理 %1；目標為 %2 分鐘。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="172"/>
        <source>90% of those waiting for %1 are predicted to wait up to %2 min; the target is %3 min.</source>
        <translation>預計等候 %1 的客戶中 90% 最多等候 %2 分鐘；目標為 %3 分鐘。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="176"/>
        <source>Open counters %1, in that order, calling %2 first: a teller signs in at each and presses Open counter.</source>
        <translation>請按順序開啟 %1 號櫃檯，優先辦理 %2：櫃員在各櫃檯登入後按「開啟櫃檯」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="180"/>
        <source>More counters would not shorten this wait: it has mostly been waited already.</source>
        <translation>加開櫃檯也不能縮短這段等候：大部分時間客戶已經等過了。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="182"/>
        <source>Every counter is open already: suggest self-service or bookings, and ask staff to help at the counters that serve %1.</source>
        <translation>所有櫃檯均已開啟：請引導客戶使用自助設備或預約，並安排人員協助辦理 %1 的櫃檯。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="187"/>
        <source>Advice…</source>
        <translation>建議…</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="178"/>
        <source>Add a row</source>
        <translation>新增一列</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="179"/>
        <source>Remove selected rows</source>
        <translation>刪除所選列</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="64"/>
        <source>Please write something first.</source>
        <translation>請先填寫內容。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="123"/>
        <source>Transfer %1</source>
        <translation>轉移 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="126"/>
        <source>Same service (%1)</source>
        <translation>業務不變（%1）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="131"/>
        <source>Any counter that serves it</source>
        <translation>任一辦理該業務的櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="134"/>
        <source>Counter %1 (%2) · %3</source>
        <translation>%1 號櫃檯（%2）· %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="143"/>
        <source>To service</source>
        <translation>轉到業務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="144"/>
        <source>To counter</source>
        <translation>轉到櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="153"/>
        <source>Choose another service, another counter, or both.</source>
        <translation>請選擇其他業務、其他櫃檯，或兩者。</translation>
    </message>
</context>
<context>
    <name>UnreachableScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="420"/>
        <source>Please ask a member of staff</source>
        <translation>請洽服務人員</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="421"/>
        <source>This kiosk cannot reach the branch&apos;s queue just now, so it cannot give tickets. A member of staff will help you at a counter. The kiosk starts again by itself.</source>
        <translation>本機暫時無法連線分行的排隊系統，無法取號。請至櫃檯洽服務人員為您辦理。本機恢復後會自動重新開始。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="16"/>
        <source>open</source>
        <translation>開放</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="16"/>
        <source>love window</source>
        <translation>愛心櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="18"/>
        <source>paused</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="18"/>
        <source>closed</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="20"/>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="21"/>
        <source>called</source>
        <translation>已叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="22"/>
        <source>serving</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="22"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="23"/>
        <source>no-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="24"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="26"/>
        <source>teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="27"/>
        <source>lobby manager</source>
        <translation>大廳經理</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="28"/>
        <source>manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="30"/>
        <source>wheelchair</source>
        <translation>輪椅</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="31"/>
        <source>low vision</source>
        <translation>視力不便</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="32"/>
        <source>hard of hearing</source>
        <translation>聽力不便</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="33"/>
        <source>sign language</source>
        <translation>手語</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="34"/>
        <source>help with forms</source>
        <translation>協助填表</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="35"/>
        <source>reading glasses</source>
        <translation>老花眼鏡</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="36"/>
        <source>magnifier</source>
        <translation>放大鏡</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="37"/>
        <source>read aloud</source>
        <translation>代為朗讀</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="38"/>
        <source>escorted in or out</source>
        <translation>陪同進出</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="39"/>
        <source>priority handling</source>
        <translation>優先辦理</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="40"/>
        <source>medical kit</source>
        <translation>醫藥箱</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="41"/>
        <source>interpreter</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="42"/>
        <source>authorised representative</source>
        <translation>授權代理人</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="43"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="45"/>
        <source>customer asks for staff</source>
        <translation>客戶呼叫服務人員</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="46"/>
        <source>ticket printer failed</source>
        <translation>取號印表機故障</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="47"/>
        <source>waiting for staff</source>
        <translation>等候服務人員</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="48"/>
        <source>someone is going</source>
        <translation>已有人前往</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="49"/>
        <source>resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="53"/>
        <source>Kiosk</source>
        <translation>取號機</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="54"/>
        <source>Kiosk %1</source>
        <translation>%1 號取號機</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="55"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="56"/>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="57"/>
        <source>Hall display</source>
        <translation>大廳顯示螢幕</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="58"/>
        <source>Hall display %1</source>
        <translation>%1 號大廳顯示螢幕</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="59"/>
        <source>Rating pad</source>
        <translation>評價器</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="60"/>
        <source>Rating pad %1</source>
        <translation>%1 號櫃檯評價器</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="62"/>
        <source>Manager workstation</source>
        <translation>經理工作站</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="63"/>
        <source>Manager reports</source>
        <translation>經理報表</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="64"/>
        <source>Command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="65"/>
        <source>Demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="66"/>
        <source>Setup</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="67"/>
        <source>Ticket reprint</source>
        <translation>補印號碼牌</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="68"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="69"/>
        <source>Queue status</source>
        <translation>排隊狀態查詢</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="17"/>
        <source>quick counter</source>
        <translation>快速櫃檯</translation>
    </message>
</context>
<context>
    <name>WorkingLabel</name>
    <message>
        <location filename="../kiosk/ui/widgets.py" line="254"/>
        <source>Working…</source>
        <translation>正在處理…</translation>
    </message>
</context>
<context>
    <name>_Days</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="47"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="49"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="51"/>
        <source>dddd d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
</context>
</TS>
