<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="74"/>
        <source>Assign staff to home visit %1</source>
        <translation>为上门服务 %1 指派人员</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="77"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="89"/>
        <source>Two different colleagues go on every home visit.</source>
        <translation>每次上门服务须由两名不同的员工同行。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="90"/>
        <source>First staff member</source>
        <translation>第一名员工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="91"/>
        <source>Second staff member</source>
        <translation>第二名员工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="101"/>
        <source>Choose two staff members.</source>
        <translation>请选择两名员工。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="103"/>
        <source>Choose two different staff members.</source>
        <translation>请选择两名不同的员工。</translation>
    </message>
</context>
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="94"/>
        <source>Record assistance</source>
        <translation>记录协助服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="97"/>
        <source>Other (say what in the note)</source>
        <translation>其他（请在备注中说明）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104"/>
        <source>For ticket %1</source>
        <translation>号票 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="105"/>
        <source>Not for a ticket</source>
        <translation>不针对号票</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="112"/>
        <source>Assistance</source>
        <translation>协助服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="113"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BookedScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="155"/>
        <source>Your booking slip is printing.</source>
        <translation>正在打印预约凭条。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="160"/>
        <source>Please take your booking slip.</source>
        <translation>请取走您的预约凭条。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="163"/>
        <source>The printer is not working. Please write down your booking code: staff have been told.</source>
        <translation>打印机出现故障。请记下您的预约码：已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="169"/>
        <source>Your booking code is %1.</source>
        <translation>您的预约码是 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="177"/>
        <source>Your booking</source>
        <translation>您的预约</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="180"/>
        <source>Check in at the kiosk from %1: scan the slip or type the code.</source>
        <translation>请于 %1 起到取号机签到：扫描凭条或输入预约码。</translation>
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
        <translation>预约时段…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="285"/>
        <source>Book a slot for a customer</source>
        <translation>为客户预约时段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="287"/>
        <source>Only a lobby manager or a manager can book a slot for a customer.</source>
        <translation>只有大堂经理或主管可以为客户预约时段。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="119"/>
        <source>No service takes bookings. The manager sets them up under Configuration, Booking rules.</source>
        <translation>没有可预约的业务。请主管在“配置 › 预约规则”中设置。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="144"/>
        <source>over</source>
        <translation>已过</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="146"/>
        <source>full (%1 booked)</source>
        <translation>已满（已约 %1）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="148"/>
        <source>%1 of %2 free</source>
        <translation>剩余 %1 / %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="155"/>
        <source>No slots on this day (closed, or no opening hours for this service).</source>
        <translation>这一天没有可预约时段（不营业，或该业务当天不开放预约）。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="157"/>
        <source>Every slot on this day is full or over. Try another day.</source>
        <translation>这一天的时段都已约满或已过，请选择其他日期。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="177"/>
        <source>Choose a slot with a free place first.</source>
        <translation>请先选择一个还有名额的时段。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="182"/>
        <source>Still working on the last request…</source>
        <translation>上一个操作仍在处理中…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="192"/>
        <source>Booking code %1</source>
        <translation>预约码 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="194"/>
        <source>%1 · %2, %3–%4. Read the code to the customer: they type it at the kiosk when they arrive.</source>
        <translation>%1 · %2，%3–%4。请把预约码告诉客户：到网点后在取号机上输入即可。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="201"/>
        <source>Booked: code %1.</source>
        <translation>预约成功：预约码 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="216"/>
        <source>That slot is full, and so is every later slot that can be booked.</source>
        <translation>该时段已约满，之后所有可预约的时段也都已约满。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="218"/>
        <source>That slot is full. The next free slot is %1.</source>
        <translation>该时段已约满。下一个有名额的时段是 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="221"/>
        <source>That slot is over. Choose a later one.</source>
        <translation>该时段已过，请选择之后的时段。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="223"/>
        <source>Slots can be booked up to %1 only.</source>
        <translation>最晚只能预约到 %1。</translation>
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
        <translation>为客户预约时段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="237"/>
        <source>&amp;Service</source>
        <translation>业务(&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="238"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="239"/>
        <source>S&amp;lot</source>
        <translation>时段(&amp;L)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="240"/>
        <source>Book  [Enter]</source>
        <translation>预约  [Enter]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/booking_dialog.py" line="241"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="108"/>
        <source>%1 bookings on %2.</source>
        <translation>%2 共有 %1 个预约。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="110"/>
        <source>No bookings on %1.</source>
        <translation>%1 没有预约。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="119"/>
        <source>Choose a booking in the list first.</source>
        <translation>请先在列表中选择一个预约。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="124"/>
        <source>Booking %1 is %2: only a booking not yet checked in can be cancelled.</source>
        <translation>预约 %1 的状态是“%2”：只有尚未签到的预约可以取消。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="128"/>
        <source>Cancel booking %1 (%2)? Its place becomes free for others.</source>
        <translation>取消预约 %1（%2）？该名额将释放给其他客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="137"/>
        <source>Booking %1 is cancelled.</source>
        <translation>预约 %1 已取消。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="140"/>
        <source>Checked in</source>
        <translation>已签到</translation>
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
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="147"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="148"/>
        <source>Cancel booking…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Time</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="149"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_bookings.py" line="150"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CheckInKeys</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="210"/>
        <source>This is not a booking slip&apos;s code. Please scan the code on your booking slip, or type its digits.</source>
        <translation>这不是预约凭条上的号码。请扫描预约凭条上的二维码，或输入预约码。</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="364"/>
        <source>Enter your booking code</source>
        <translation>请输入预约码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="365"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="366"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="367"/>
        <source>Check in</source>
        <translation>签到取号</translation>
    </message>
</context>
<context>
    <name>ComeBackScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="109"/>
        <source>The wait is long: come back later?</source>
        <translation>现在等候较久：稍后再来？</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_booking.py" line="111"/>
        <source>%1: about %n minutes of waiting now.</source>
        <translation>
            <numerusform>%1：现在约需等候 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="112"/>
        <source>%1: about %2-%3 minutes of waiting now.</source>
        <translation>%1：现在约需等候 %2-%3 分钟。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="116"/>
        <source>Choose a quieter time below and we book it for you, with a slip to bring back. Or take a ticket now.</source>
        <translation>请在下方选择一个较空闲的时段，我们为您预约，并打印凭条供您届时带来。您也可以现在取号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="118"/>
        <source>Take a ticket now</source>
        <translation>现在取号</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="401"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>ComplaintStrip</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="456"/>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="457"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="48"/>
        <source>at the counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="49"/>
        <source>by phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="50"/>
        <source>comment box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="51"/>
        <source>online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="55"/>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="56"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="57"/>
        <source>replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="58"/>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="62"/>
        <source>⚠ %1 complaint(s) past the promised reply time</source>
        <translation>⚠ %1 件投诉已超过承诺答复时间</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="224"/>
        <source>(overdue)</source>
        <translation>（已超时）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="225"/>
        <source>counter %1</source>
        <translation>%1 号柜台</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="259"/>
        <source>Complaint %1: %2</source>
        <translation>投诉 %1：%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="262"/>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="295"/>
        <source>Complaint %1 recorded and closed: resolved on the spot.</source>
        <translation>投诉 %1 已登记并办结：当场解决。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="296"/>
        <source>Complaint %1 recorded; reply promised by %2.</source>
        <translation>投诉 %1 已登记；承诺在 %2 前答复。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="308"/>
        <source>Record this reply to complaint %1? The customer has been answered.</source>
        <translation>登记对投诉 %1 的答复？客户已得到答复。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="311"/>
        <source>Close complaint %1?</source>
        <translation>办结投诉 %1？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="318"/>
        <source>Complaint %1 is now %2.</source>
        <translation>投诉 %1 现为：%2。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="338"/>
        <location filename="../kiosk/ui/complaint_panel.py" line="356"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="355"/>
        <source>Complaints (%1 overdue)</source>
        <translation>投诉（%1 件超时）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="362"/>
        <source>Record a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <source>Ticket concerned</source>
        <translation>相关号票</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="363"/>
        <source>Matter</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="366"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="367"/>
        <source>Resolved on the spot:</source>
        <translation>当场解决：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="368"/>
        <source>how it was resolved</source>
        <translation>如何解决</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="369"/>
        <source>Record complaint  [Ctrl+Enter]</source>
        <translation>登记投诉  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="370"/>
        <source>Complaint register</source>
        <translation>投诉登记簿</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="371"/>
        <source>Open complaints only</source>
        <translation>只显示未办结的投诉</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="372"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="373"/>
        <source>Ticket · counter</source>
        <translation>号票 · 柜台</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="373"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="374"/>
        <source>Reply due</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="374"/>
        <source>Taken by</source>
        <translation>首问受理人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="375"/>
        <source>Note or reply for the next step</source>
        <translation>下一步的处理说明或答复内容</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="376"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="377"/>
        <source>Replied…</source>
        <translation>已答复…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/complaint_panel.py" line="378"/>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="218"/>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="218"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="219"/>
        <source>Maximum wait (min)</source>
        <translation>最长等待（分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="220"/>
        <source>No-show may come back within (min)</source>
        <translation>过号后可恢复排队时限（分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="221"/>
        <source>Occupancy cap (people waiting, 0 = none)</source>
        <translation>人员密度上限（等候人数，0 = 不限）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="222"/>
        <source>Kiosk languages</source>
        <translation>取号机语言</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="223"/>
        <source>Announcement languages</source>
        <translation>叫号播报语言</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="224"/>
        <source>Finished tickets before observed times are used</source>
        <translation>用实际办理时间前需完成的笔数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="225"/>
        <source>Announcement repeats</source>
        <translation>播报次数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="226"/>
        <source>Keep daily backups (days)</source>
        <translation>每日备份保留天数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="227"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="227"/>
        <source>Ticket prefix</source>
        <translation>号段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="228"/>
        <source>Default minutes</source>
        <translation>默认办理分钟数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="228"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="229"/>
        <source>Head start (min)</source>
        <translation>优先加分（分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="229"/>
        <source>Love window</source>
        <translation>爱心窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="230"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="230"/>
        <source>Services, preferred first</source>
        <translation>业务（优先的在前）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="231"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="231"/>
        <source>Quick service</source>
        <translation>快速业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="232"/>
        <source>Self-service instruction</source>
        <translation>自助办理说明</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="236"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="236"/>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="237"/>
        <source>Priority classes</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="237"/>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="238"/>
        <source>Notices</source>
        <translation>滚动公告</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="356"/>
        <source>Nothing has changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="366"/>
        <source>Save these %1 changes?</source>
        <translation>保存这 %1 项修改吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="368"/>
        <source>Tickets of %1 are still waiting or being served today: removed from the configuration, they can no longer be called.</source>
        <translation>今天仍有 %1 的号票在等候或办理中：从配置中删除后，这些号票将无法再被叫号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="380"/>
        <source>Saved %1 changes; every station uses them now.</source>
        <translation>已保存 %1 项修改，所有终端立即生效。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="410"/>
        <source>Branch configuration</source>
        <translation>网点配置</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="414"/>
        <source>Save configuration</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="415"/>
        <source>Undo unsaved changes</source>
        <translation>撤销未保存的修改</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="271"/>
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="269"/>
        <source>About %n minutes</source>
        <translation>
            <numerusform>预计等候约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="272"/>
        <source>Your ticket is printing.</source>
        <translation>正在打印您的号票。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="286"/>
        <source>Please take your ticket.</source>
        <translation>请取走您的号票。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="278"/>
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>今天客流较大，您可以稍后再来或预约办理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="270"/>
        <source>About %1-%2 minutes</source>
        <translation>预计等候约 %1-%2 分钟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="289"/>
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>打印机故障，请记住您的号码，我们已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="303"/>
        <source>Your number</source>
        <translation>您的号码</translation>
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
        <translation>与网点数据库的连接已中断，正在重新连接…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="463"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口暂无等候客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="465"/>
        <source>Called %1: %2</source>
        <translation>已呼叫 %1：%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="491"/>
        <source>Called %1 again.</source>
        <translation>已重呼 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="495"/>
        <source>Serving %1.</source>
        <translation>正在办理 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="499"/>
        <source>Finished %1.</source>
        <translation>%1 已办结。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="515"/>
        <source>Mark %1 as not come?</source>
        <translation>将 %1 标记为过号？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="517"/>
        <source>%1 did not come.</source>
        <translation>%1 已过号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="553"/>
        <location filename="../kiosk/ui/console_window.py" line="823"/>
        <source>Reinstate</source>
        <translation>恢复过号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="553"/>
        <source>Ticket that came back:</source>
        <translation>返回的号票：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="558"/>
        <source>%1 is back in the queue in its place.</source>
        <translation>%1 已按原顺序重新排队。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="582"/>
        <source>Call a ticket</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="583"/>
        <source>Ticket number, or scan its QR code:</source>
        <translation>输入号码或扫描二维码：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="595"/>
        <source>Called %1.</source>
        <translation>已呼叫 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="616"/>
        <source>Assistance recorded.</source>
        <translation>已记录协助服务。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="623"/>
        <source>Counter %1 is open.</source>
        <translation>%1 号窗口已开启。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="632"/>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="633"/>
        <source>Services in order of preference (e.g. A,B):</source>
        <translation>按优先顺序填写业务（如 A,B）：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="639"/>
        <source>Counter %1 serves %2.</source>
        <translation>%1 号窗口办理 %2。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Meeting</source>
        <translation>开会</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="645"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="646"/>
        <source>Pause</source>
        <translation>暂停</translation>
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
        <translation>%1 号窗口已暂停。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="654"/>
        <source>Close counter %1?</source>
        <translation>关闭 %1 号窗口？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="364"/>
        <location filename="../kiosk/ui/console_window.py" line="656"/>
        <source>Counter %1 is closed.</source>
        <translation>%1 号窗口已关闭。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="665"/>
        <source>Love window on: priority customers only.</source>
        <translation>爱心窗口已开启：仅呼叫优先客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="666"/>
        <source>Love window off.</source>
        <translation>爱心窗口已关闭。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="692"/>
        <source>Help request answered after %1 s.</source>
        <translation>已响应呼叫，用时 %1 秒。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="754"/>
        <source>Counter %1 · %2 · %3 (%4)</source>
        <translation>%1 号窗口 · %2 · %3（%4）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="526"/>
        <location filename="../kiosk/ui/console_window.py" line="768"/>
        <source>No customer at this counter.</source>
        <translation>本窗口当前无客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="374"/>
        <source>This account has been deactivated.</source>
        <translation>此账户已被停用。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="476"/>
        <source>transferred from counter %1, waited %2 min</source>
        <translation>由 %1 号窗口转来，已等 %2 分钟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="478"/>
        <source>%1, waited %2 min + %3 head start</source>
        <translation>%1，已等 %2 分钟 + 优先 %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="482"/>
        <source>, past the %1 min maximum wait</source>
        <translation>，已超过最长等待 %1 分钟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="567"/>
        <source>Cancel a ticket</source>
        <translation>取消票号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="568"/>
        <source>Ticket of the customer who left:</source>
        <translation>已离开客户的票号：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="575"/>
        <source>Cancel ticket %1? It will not be called again.</source>
        <translation>取消票号 %1？取消后将不再叫号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="577"/>
        <source>%1 is cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="748"/>
        <source>Counter %1 is no longer in the branch&apos;s configuration: ask the manager, then sign out.</source>
        <translation>%1 号窗口已不在网点配置中：请联系网点负责人，然后退出登录。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="777"/>
        <source>waited %1 min</source>
        <translation>已等候 %1 分钟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="799"/>
        <source>Help requests (%1 new)</source>
        <translation>呼叫请求（%1 条新）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="801"/>
        <location filename="../kiosk/ui/console_window.py" line="838"/>
        <source>Help requests</source>
        <translation>呼叫请求</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="811"/>
        <source>Longest wait: %1 min</source>
        <translation>最长等候：%1 分钟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="814"/>
        <source>Counter %1: %2</source>
        <translation>%1 号窗口：%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="821"/>
        <source>Start</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="822"/>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="823"/>
        <source>Call ticket…</source>
        <translation>指定叫号…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="824"/>
        <source>Assistance…</source>
        <translation>协助服务…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="824"/>
        <source>Cancel ticket…</source>
        <translation>取消票号…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="825"/>
        <source>Open counter</source>
        <translation>开启窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="826"/>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="717"/>
        <location filename="../kiosk/ui/console_window.py" line="826"/>
        <source>Close counter</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="827"/>
        <source>Services…</source>
        <translation>业务…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="714"/>
        <location filename="../kiosk/ui/console_window.py" line="828"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="832"/>
        <location filename="../kiosk/ui/console_window.py" line="833"/>
        <source>Love window</source>
        <translation>爱心窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="836"/>
        <source>Acknowledge</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="837"/>
        <source>Resolve</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="839"/>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="840"/>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="536"/>
        <source>%1 transferred to %2 at counter %3</source>
        <translation>%1 已转到 %3 号窗口（%2）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="538"/>
        <source>%1 transferred to %2</source>
        <translation>%1 已转到 %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="540"/>
        <source>%1 transferred to counter %3</source>
        <translation>%1 已转到 %3 号窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="716"/>
        <source>Pause counter</source>
        <translation>暂停窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="355"/>
        <source>Counter %1 is still shown open in the hall. Pause it or close it as you sign out?</source>
        <translation>%1 号窗口在大厅里仍显示为“开放”。退出登录时暂停还是关闭该窗口？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="353"/>
        <source>Counter %1 is still shown as a love window in the hall. Pause it or close it as you sign out?</source>
        <translation>%1 号窗口在大厅里仍显示为“爱心窗口”。退出登录时暂停还是关闭该窗口？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="341"/>
        <source>Counter %1 could not be paused: %2 Sign out anyway? The hall may go on showing it open.</source>
        <translation>%1 号窗口未能暂停：%2 仍要退出登录吗？大厅可能继续显示该窗口开放。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="675"/>
        <source>Quick counter on: quick services only (%1).</source>
        <translation>快速窗口已开启：仅呼叫快速业务（%1）。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="677"/>
        <source>Quick counter off.</source>
        <translation>快速窗口已关闭。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="834"/>
        <location filename="../kiosk/ui/console_window.py" line="835"/>
        <source>Quick counter</source>
        <translation>快速窗口</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../kiosk/ui/damage_banner.py" line="33"/>
        <source>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</source>
        <translation>排队数据库已损坏，已无法保存任何内容。请关闭所有终端，然后恢复最近的备份（kiosk restore）。发现的问题：%1</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="157"/>
        <location filename="../kiosk/ui/display_window.py" line="202"/>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="168"/>
        <source>%1  (recalled)</source>
        <translation>%1（重呼）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="204"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="206"/>
        <source>Paused</source>
        <translation>暂停叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="208"/>
        <source>Love window: priority customers only</source>
        <translation>爱心窗口：优先服务特殊客户</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="212"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="214"/>
        <source>Serving %1</source>
        <translation>%1 办理中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="214"/>
        <source>%1 please come</source>
        <translation>%1 请到窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="221"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="233"/>
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>缺少 %1 语音：叫号仅显示并提示音，不播报</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="238"/>
        <source>Daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="267"/>
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>谨防电信诈骗：工作人员绝不会索要您的密码。   老年人、残障人士、孕妇及怀抱婴儿的客户可享受优先服务，请告诉大堂经理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="313"/>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="314"/>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="242"/>
        <source>The queue database is damaged: nothing can be saved any more. Close every station, then restore the latest backup (kiosk restore). Found: %1</source>
        <translation>排队数据库已损坏，已无法保存任何内容。请关闭所有终端，然后恢复最近的备份（kiosk restore）。发现的问题：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="210"/>
        <source>Quick counter: simple business only</source>
        <translation>快速窗口：仅办理简单业务</translation>
    </message>
</context>
<context>
    <name>DrillReviewWindow</name>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="221"/>
        <source>The notes are saved.</source>
        <translation>总结已保存。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="231"/>
        <source>Please wait: the PDF is still being written.</source>
        <translation>请稍候：PDF 仍在生成中。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="234"/>
        <source>Save the drill evaluation as PDF</source>
        <translation>将演练评估报告保存为 PDF</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="245"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="251"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="262"/>
        <source>Save notes</source>
        <translation>保存总结</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="263"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
</context>
<context>
    <name>DrillStrip</name>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="82"/>
        <source>Drill in progress: tickets marked DRILL are not customers</source>
        <translation>演练进行中：标有“演练”的号码不是真实客户</translation>
    </message>
</context>
<context>
    <name>DrillTag</name>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="62"/>
        <source>DRILL: not a customer</source>
        <translation>演练号：不是真实客户</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="26"/>
        <source>%1 (DRILL)</source>
        <translation>%1（演练）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_marks.py" line="32"/>
        <source>Drill in progress: its tickets are marked DRILL</source>
        <translation>演练进行中：演练号均标有“演练”</translation>
    </message>
</context>
<context>
    <name>DrillsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="189"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="192"/>
        <source>written</source>
        <translation>已填写</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="192"/>
        <source>none yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="227"/>
        <source>Start a %1 with %2 drill customers? Their tickets (numbered from %3, marked %4) enter the real queue, and tellers call them like customers.</source>
        <translation>开始%1，共 %2 位演练客户？演练号票（从 %3 起编号，标注“%4”）将进入真实队列，柜员会像普通客户一样叫号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="239"/>
        <source>Drill %1 has started.</source>
        <translation>演练 %1 已开始。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="258"/>
        <source>Drill %1 has ended.</source>
        <translation>演练 %1 已结束。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="265"/>
        <source>Drill %1 is running and its customers come from this station. Sign out anyway? No more drill customers come until a manager signs in here again.</source>
        <translation>演练 %1 正在进行，演练客户由本工作站发出。仍要退出吗？在管理人员重新登录本工作站之前，不会再有演练客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="282"/>
        <source>Next customer at %1.</source>
        <translation>下一位客户 %1 到达。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="283"/>
        <source>All customers have come: end the drill when the counters are done.</source>
        <translation>演练客户已全部到达：窗口办理完毕后即可结束演练。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="284"/>
        <source>%1 %2 running since %3: %4 of %5 customers issued, %6 waiting, %7 called, %8 served.</source>
        <translation>%1 %2 自 %3 起进行中：已取号 %4 / %5 位，等候 %6 位，已叫号 %7 位，已办结 %8 位。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="291"/>
        <source>Surge alerts: %1. Help requests not yet answered: %2.</source>
        <translation>客流预警：%1 次。未响应的呼叫求助：%2 个。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="305"/>
        <source>Judged against: 90% of waits within %1 min; help answered within %2 s; a love window within %3 min of the first special customer; a counter opened within %4 min of a surge alert (the [drills] targets of the configuration).</source>
        <translation>评估标准：90% 的等待不超过 %1 分钟；呼叫求助 %2 秒内响应；首位特殊客户到达后 %3 分钟内开启爱心窗口；客流预警后 %4 分钟内增开窗口（配置中的演练目标）。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="316"/>
        <source>Choose a drill in the list first.</source>
        <translation>请先在列表中选择一次演练。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="341"/>
        <source>Drills (running)</source>
        <translation>演练（进行中）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="341"/>
        <location filename="../kiosk/ui/manager_drills.py" line="345"/>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="349"/>
        <source>&amp;Kind of drill</source>
        <translation>演练类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="358"/>
        <source>Start drill…</source>
        <translation>开始演练…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="359"/>
        <source>End drill…</source>
        <translation>结束演练…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="360"/>
        <source>Plan</source>
        <translation>演练方案</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="361"/>
        <source>Drills held</source>
        <translation>已举行的演练</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="362"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="363"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="363"/>
        <source>Notes</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="364"/>
        <source>Evaluation…</source>
        <translation>评估报告…</translation>
    </message>
</context>
<context>
    <name>EndDrillDialog</name>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="76"/>
        <source>End drill %1</source>
        <translation>结束演练 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="78"/>
        <source>Cancel the %1 drill tickets still waiting</source>
        <translation>取消仍在等候的 %1 张演练号票</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="84"/>
        <source>End the drill</source>
        <translation>结束演练</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_drills.py" line="88"/>
        <source>What did the drill show? The notes go into its evaluation.</source>
        <translation>演练情况如何？总结将写入评估报告。</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../kiosk/ui/file_dialog.py" line="31"/>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/file_dialog.py" line="33"/>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
</context>
<context>
    <name>HomeVisitBadge</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="472"/>
        <source>⚠ %1 home visit(s) overdue</source>
        <translation>⚠ %1 项上门服务已逾期</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="473"/>
        <source>Home visits…</source>
        <translation>上门服务…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="474"/>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="446"/>
        <source>Home visits</source>
        <translation>上门服务</translation>
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
        <translation>%1 审批</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="242"/>
        <source>call: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="246"/>
        <source>contact and address erased</source>
        <translation>联系方式和地址已删除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="303"/>
        <source>Give the service, the reason and a contact.</source>
        <translation>请填写业务、原因和联系方式。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="308"/>
        <source>Home visit %1 registered; due by %2.</source>
        <translation>上门服务 %1 已登记，最迟于 %2 办理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="321"/>
        <source>Approve home visit %1 (%2)?</source>
        <translation>审批通过上门服务 %1（%2）？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="324"/>
        <source>Home visit %1 approved.</source>
        <translation>上门服务 %1 已审批通过。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="327"/>
        <source>Refuse home visit %1</source>
        <translation>不予办理上门服务 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="327"/>
        <source>Why is it refused? The customer is told.</source>
        <translation>不予办理的原因？将告知客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="329"/>
        <source>Home visit %1 refused.</source>
        <translation>上门服务 %1 不予办理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="332"/>
        <source>Cancel home visit %1</source>
        <translation>撤销上门服务 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="332"/>
        <source>Why is it withdrawn?</source>
        <translation>撤销原因？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="334"/>
        <source>Home visit %1 cancelled.</source>
        <translation>上门服务 %1 已撤销。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="345"/>
        <source>Home visit %1: %2 and %3 go.</source>
        <translation>上门服务 %1：由 %2 和 %3 同行。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="349"/>
        <source>Call before leaving: home visit %1</source>
        <translation>出发前电话联系：上门服务 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="350"/>
        <source>What was agreed on the phone (time, who comes)?</source>
        <translation>电话中约定了什么（时间、上门人员）？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="352"/>
        <source>Call logged: home visit %1 is under way.</source>
        <translation>已记录电话联系：上门服务 %1 已出发。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="355"/>
        <source>Outcome of home visit %1</source>
        <translation>上门服务 %1 的办理结果</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="355"/>
        <source>What was done?</source>
        <translation>办理了什么？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="357"/>
        <source>Home visit %1 done.</source>
        <translation>上门服务 %1 已办结。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="373"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="386"/>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="381"/>
        <source>%1 home visit(s) overdue: past their last allowed day.</source>
        <translation>%1 项上门服务已逾期：已超过最迟办理日。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="385"/>
        <source>Home visits (%1 overdue)</source>
        <translation>上门服务（%1 项逾期）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="390"/>
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="390"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="391"/>
        <source>staff assigned</source>
        <translation>已指派人员</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="391"/>
        <source>under way</source>
        <translation>已出发</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="392"/>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="392"/>
        <source>refused</source>
        <translation>不予办理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="393"/>
        <source>cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="397"/>
        <source>the customer</source>
        <translation>客户本人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="397"/>
        <source>an agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <source>Due by</source>
        <translation>最迟办理日</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="401"/>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411"/>
        <source>Service</source>
        <translation>业务</translation>
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
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <source>Contact</source>
        <translation>联系方式</translation>
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
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="402"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="403"/>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="403"/>
        <source>Refuse…</source>
        <translation>不予办理…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="404"/>
        <source>Assign staff…</source>
        <translation>指派人员…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="404"/>
        <source>Log the call…</source>
        <translation>记录出发前电话…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="405"/>
        <source>Record outcome…</source>
        <translation>记录办理结果…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="406"/>
        <source>Cancel request…</source>
        <translation>撤销申请…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="409"/>
        <source>Register a request</source>
        <translation>登记上门服务申请</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="411"/>
        <source>Why they cannot come</source>
        <translation>无法到网点的原因</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="412"/>
        <source>Contact (phone)</source>
        <translation>联系方式（电话）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="419"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>KioskBooking</name>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="267"/>
        <source>Sorry, that time has just been booked</source>
        <translation>抱歉，该时段刚刚已被预约</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="268"/>
        <location filename="../kiosk/ui/kiosk_booking.py" line="314"/>
        <source>Take a ticket now</source>
        <translation>现在取号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="312"/>
        <source>Sorry, we could not book that time</source>
        <translation>抱歉，无法预约该时段</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="313"/>
        <source>Please take a ticket now, or ask a member of staff.</source>
        <translation>请现在取号，或咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_booking.py" line="316"/>
        <source>%1 has just been booked by someone else. Please choose another time.</source>
        <translation>%1 刚刚已被他人预约。请选择其他时段。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="303"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="344"/>
        <source>Sorry, no ticket could be issued</source>
        <translation>抱歉，暂时无法取号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="304"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="345"/>
        <source>Please press Call staff: a member of staff will help you.</source>
        <translation>请按“呼叫工作人员”，工作人员会来帮助您。</translation>
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
        <translation>请输入您的预约码。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="377"/>
        <source>We could not find booking code %1. Please check it, or press Call staff.</source>
        <translation>没有找到预约码 %1。请核对后重试，或按“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="375"/>
        <source>A booking code has 4 to 12 digits. Please check it, or press Call staff.</source>
        <translation>预约码为 4 到 12 位数字。请核对后重试，或按“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="379"/>
        <source>Booking code %1 has already been used to check in. If you lost your ticket, please press Call staff.</source>
        <translation>预约码 %1 已经签到过。如果您的号票丢失，请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="382"/>
        <source>Booking code %1 is for %2, not today. Please come back on that day, or press Call staff.</source>
        <translation>预约码 %1 预约的是 %2，不是今天。请在那一天再来，或按“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="387"/>
        <source>Sorry, we cannot check you in right now. Please press Call staff.</source>
        <translation>抱歉，现在无法为您签到。请按“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="245"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="447"/>
        <source>Please ask any member of staff</source>
        <translation>请向任何一位工作人员求助</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="448"/>
        <source>We could not call staff from here. Please go to a counter or ask any member of staff: they will help you.</source>
        <translation>无法从这里呼叫工作人员。请前往柜台或向任何一位工作人员求助，他们会帮助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="439"/>
        <source>Help is on the way</source>
        <translation>工作人员马上就到</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="385"/>
        <source>Booking code %1 can no longer be used (cancelled, or its time has passed). Please take a ticket, or press Call staff.</source>
        <translation>预约码 %1 已不能使用（已取消或已过时间）。请取号，或按“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="440"/>
        <source>A member of staff has been called and will come to you.</source>
        <translation>已通知工作人员，请稍候，他们会来到您身边。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="509"/>
        <source>Do you need more time?</source>
        <translation>您需要更多时间吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="510"/>
        <source>More time, please</source>
        <translation>需要更多时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="526"/>
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>请按按钮继续，否则 %n 秒后返回首页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="594"/>
        <source>Volume %1 of %2</source>
        <translation>音量第 %1 级，共 %2 级</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="606"/>
        <source>Speech is slower</source>
        <translation>语速已放慢</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="606"/>
        <source>Speech at normal speed</source>
        <translation>正常语速</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="665"/>
        <source>Voice guidance: on</source>
        <translation>语音引导：已开启</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="665"/>
        <source>Voice guidance</source>
        <translation>语音引导</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="667"/>
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="668"/>
        <source>Quieter</source>
        <translation>调小音量</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="669"/>
        <source>Louder</source>
        <translation>调大音量</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="672"/>
        <source>Slower speech: on</source>
        <translation>慢速语音：已开启</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="672"/>
        <source>Slower speech</source>
        <translation>慢速语音</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="246"/>
        <source>No ticket can be issued here right now. Please go to a counter or ask any member of staff: they will help you.</source>
        <translation>这里暂时无法取号。请前往柜台或向任何一位工作人员求助，他们会帮助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="313"/>
        <source>Please wait…</source>
        <translation>请稍候…</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="107"/>
        <source>Welcome. Please choose your language.</source>
        <translation>欢迎光临，请选择语言。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="108"/>
        <source>I have an appointment</source>
        <translation>我已预约</translation>
    </message>
</context>
<context>
    <name>LowRatingsBox</name>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="71"/>
        <source>%1 · ticket %2 · %3/5 · teller %4</source>
        <translation>%1 · %2 号 · %3/5 分 · 柜员 %4</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="95"/>
        <source>Low satisfaction rating (%1/5) for ticket %2</source>
        <translation>满意度低分评价（%1/5 分），%2 号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="110"/>
        <source>Complaint %1 opened from the low rating of ticket %2</source>
        <translation>已根据 %2 号的低分评价登记投诉 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="114"/>
        <source>Low satisfaction ratings</source>
        <translation>满意度低分评价</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_ratings.py" line="115"/>
        <source>Open complaint</source>
        <translation>登记投诉</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="183"/>
        <source>Branch manager</source>
        <translation>网点管理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="184"/>
        <source>Sign out  [Ctrl+Q]</source>
        <translation>退出登录  [Ctrl+Q]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="186"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Reports and exports</source>
        <translation>报表与导出</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="188"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="189"/>
        <source>Bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_window.py" line="141"/>
        <source>Figures, an export or a backup are still being made; sign out when they are done.</source>
        <translation>正在生成统计数据、导出或备份，完成后再退出登录。</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="382"/>
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="224"/>
        <source>Anything our staff should know? (optional)</source>
        <translation>需要工作人员特别关照吗？（可选）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="225"/>
        <source>I use a wheelchair</source>
        <translation>我使用轮椅</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="225"/>
        <source>I have low vision</source>
        <translation>我视力不好</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="226"/>
        <source>I am hard of hearing</source>
        <translation>我听力不好</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="227"/>
        <source>I need sign language</source>
        <translation>我需要手语服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="228"/>
        <source>I need help with forms</source>
        <translation>我需要帮忙填表</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="231"/>
        <source>Print my ticket</source>
        <translation>打印号票</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="89"/>
        <source>&amp;Summary (总结): how the drill went</source>
        <translation>总结：演练情况(&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_review_window.py" line="90"/>
        <source>&amp;What to improve in the plan (完善预案)</source>
        <translation>完善预案：需改进之处(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="53"/>
        <source>Staff number</source>
        <translation>员工号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="55"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="56"/>
        <source>PIN (6-8 digits)</source>
        <translation>密码（6-8 位数字）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="57"/>
        <source>PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="65"/>
        <source>Staff number and name are both needed.</source>
        <translation>工号和姓名都必须填写。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="70"/>
        <source>A staff number is 1 to 12 digits.</source>
        <translation>员工编号为 1 到 12 位数字。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="74"/>
        <source>A PIN is 6 to 8 digits.</source>
        <translation>密码为 6 到 8 位数字。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="76"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="163"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="210"/>
        <source>Customers per &amp;hour</source>
        <translation>每小时客户数(&amp;H)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="211"/>
        <source>For &amp;minutes</source>
        <translation>持续分钟数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="212"/>
        <source>Arrival pattern &amp;no. (the same number, the same customers)</source>
        <translation>到达模式编号（编号相同，客户相同）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="213"/>
        <source>Services (share in %)</source>
        <translation>业务类型（占比 %）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="214"/>
        <source>Priority classes (share in %)</source>
        <translation>客户类别（占比 %）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="215"/>
        <source>One customer every (seconds)</source>
        <translation>每位客户间隔（秒）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="217"/>
        <source>Name</source>
        <translation>名称</translation>
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
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Priority class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="219"/>
        <source>Need</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Asks for help</source>
        <translation>呼叫求助</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Assistance logged</source>
        <translation>登记协助</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="220"/>
        <source>Love window</source>
        <translation>爱心窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="221"/>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/drill_plan_editor.py" line="222"/>
        <source>Remove customer</source>
        <translation>删除客户</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="190"/>
        <source>Do you need priority service?</source>
        <translation>您需要优先服务吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="191"/>
        <source>No priority needed</source>
        <translation>不需要优先</translation>
    </message>
</context>
<context>
    <name>RatePadWindow</name>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Very dissatisfied</source>
        <translation>很不满意</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="192"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="193"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="193"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="196"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="198"/>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="199"/>
        <source>After your business, please rate our service here.</source>
        <translation>业务办理完毕后，请在此对我们的服务进行评价。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="202"/>
        <source>Served by teller %1 · ticket %2</source>
        <translation>为您服务的柜员：%1 号 · 号码 %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="203"/>
        <source>Ticket %2</source>
        <translation>号码 %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="205"/>
        <source>How satisfied are you with our service?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="206"/>
        <source>Press one face (or key 1 to 5).</source>
        <translation>请按一个表情（或按键 1 至 5）。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/rate_pad.py" line="211"/>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
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
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="16"/>
        <source>finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="17"/>
        <source>mark as no-show</source>
        <translation>标记过号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="18"/>
        <source>transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="19"/>
        <source>put back in the queue</source>
        <translation>恢复排队</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="20"/>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="28"/>
        <source>Counter %counter still has ticket %ticket (%status). Finish it, transfer it or mark it no-show first.</source>
        <translation>%counter 号窗口还有票号 %ticket（%status）。请先办结、转移或标记过号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="31"/>
        <source>Counter %counter is %mode. Open it first.</source>
        <translation>%counter 号窗口处于“%mode”状态。请先开启窗口。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="33"/>
        <source>Counter %counter has no current ticket to %action.</source>
        <translation>%counter 号窗口当前没有可%action的票号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="35"/>
        <source>Cannot %action ticket %ticket: it is %status.</source>
        <translation>无法%action票号 %ticket：它的状态是“%status”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="37"/>
        <source>Another station changed this counter just now. Try again.</source>
        <translation>另一台终端刚刚改动了此窗口。请重试。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="39"/>
        <source>Ticket %ticket is already for this service.</source>
        <translation>票号 %ticket 已经是这项业务。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="41"/>
        <source>Ticket %ticket is already at this counter.</source>
        <translation>票号 %ticket 已经在本窗口。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="43"/>
        <source>Counter %counter is closed. Transfer to an open or paused counter, or to a service.</source>
        <translation>%counter 号窗口已关闭。请转到开启或暂停的窗口，或转到某项业务。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="45"/>
        <source>Counter %counter does not serve that service.</source>
        <translation>%counter 号窗口不办理这项业务。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="47"/>
        <source>There is no ticket %ticket today.</source>
        <translation>今天没有票号 %ticket。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="48"/>
        <source>That is not a ticket number. A ticket number is one or two letters and up to six digits, e.g. A007.</source>
        <translation>这不是票号。票号由一到两个字母加最多六位数字组成，例如 A007。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="51"/>
        <source>That code is not a ticket of this queue. Type the ticket number instead.</source>
        <translation>此码不是本网点的排队票。请改为输入票号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="53"/>
        <source>Ticket %ticket was marked no-show more than %minutes min ago. Please issue a new ticket.</source>
        <translation>票号 %ticket 标记过号已超过 %minutes 分钟。请重新取号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="56"/>
        <source>The clock is earlier than ticket %ticket&apos;s last change. Check this PC&apos;s date and time.</source>
        <translation>当前时间早于票号 %ticket 的上次变动。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="59"/>
        <source>A %role may not do this.</source>
        <translation>%role无权进行此操作。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="60"/>
        <source>You are signed in at counter %mine; counter %counter is not yours to act on. Ask the lobby manager.</source>
        <translation>您登录的是 %mine 号窗口；不能操作 %counter 号窗口。请联系大堂经理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="63"/>
        <source>You are not signed in at a counter. Sign in at your counter&apos;s console.</source>
        <translation>您没有在窗口登录。请在您窗口的柜员终端登录。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="65"/>
        <source>Ticket %ticket was marked no-show at counter %counter. Only that counter or the lobby manager can put it back in the queue.</source>
        <translation>票号 %ticket 是在 %counter 号窗口标记过号的。只有该窗口或大堂经理可以恢复排队。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="68"/>
        <source>Ticket %ticket was transferred to counter %counter. Only that counter or the lobby manager can call it.</source>
        <translation>票号 %ticket 已转移至 %counter 号窗口。只有该窗口或大堂经理可以叫号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="71"/>
        <source>You can cancel only the ticket called to your counter. Ask the lobby manager to cancel ticket %ticket.</source>
        <translation>您只能取消叫到您窗口的票号。请联系大堂经理取消票号 %ticket。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="74"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="75"/>
        <source>This account has been deactivated. Sign in with another.</source>
        <translation>此账户已被停用。请用其他账户登录。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="77"/>
        <source>Counter %counter is not in the branch&apos;s configuration. Ask the manager.</source>
        <translation>%counter 号窗口不在网点配置中。请联系网点负责人。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="79"/>
        <source>Someone has already resolved this request.</source>
        <translation>这条求助已经有人处理完毕。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="81"/>
        <source>Say in the note what was given.</source>
        <translation>请在备注中写明提供了什么帮助。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="82"/>
        <source>Staff number %number already exists.</source>
        <translation>员工编号 %number 已存在。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="91"/>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>不能停用您当前登录使用的账号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="94"/>
        <source>Drill %drill is still running. End it before starting another.</source>
        <translation>演练 %drill 仍在进行。请先结束它，再开始新的演练。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="96"/>
        <source>That drill is not running any more (or does not exist). Look at the list of drills.</source>
        <translation>该演练已不在进行（或不存在）。请查看演练列表。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="98"/>
        <source>The notes are too long: at most %limit characters are kept. Shorten them.</source>
        <translation>总结过长：最多保留 %limit 个字符。请缩短。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="100"/>
        <source>The script has no customers. Add at least one.</source>
        <translation>脚本中没有客户。请至少添加一位。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="102"/>
        <source>Give at least one service and one priority class a share of the drill&apos;s customers.</source>
        <translation>请至少为一种业务类型和一种客户类别设置演练客户占比。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="104"/>
        <source>The plan cannot run: %detail</source>
        <translation>演练方案无法执行：%detail</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="106"/>
        <source>Home visit %visit has moved on: that step is not possible now. Its status is in the list.</source>
        <translation>上门服务 %visit 的状态已变化，现在不能进行这一步。请查看列表中的状态。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="109"/>
        <source>There is no home visit %visit.</source>
        <translation>没有编号为 %visit 的上门服务。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="110"/>
        <source>Two staff members go on every home visit: choose both.</source>
        <translation>每次上门服务须由两名员工同行：请选择两人。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="112"/>
        <source>Choose two different staff members, not %number twice.</source>
        <translation>请选择两名不同的员工，不能两次选择 %number。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="114"/>
        <source>There is no staff number %number.</source>
        <translation>没有工号 %number。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="115"/>
        <source>Staff %number is deactivated: choose an active colleague.</source>
        <translation>员工 %number 已停用：请选择在岗的同事。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="117"/>
        <source>Only the two staff sent on home visit %visit, or the lobby manager, can report on it.</source>
        <translation>只有上门服务 %visit 指派的两名员工或大堂经理可以记录其进展。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="121"/>
        <source>Service %service cannot be booked: it has no booking slots in the configuration.</source>
        <translation>%service 业务不能预约：配置中没有它的预约时段。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="123"/>
        <source>%start is not the start of a slot of service %service. Choose one of the slots shown.</source>
        <translation>%start 不是 %service 业务某个时段的开始时间。请选择列出的时段。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="126"/>
        <source>That is not a date. Choose a day from the list.</source>
        <translation>这不是日期。请从列表中选择日期。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="127"/>
        <source>There is no booking with code %code. Check the code with the customer.</source>
        <translation>没有预约码为 %code 的预约。请与客户核对预约码。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="129"/>
        <source>Booking %code is %status: only a booking not yet checked in can be cancelled.</source>
        <translation>预约 %code 的状态为%status：只有尚未签到的预约可以取消。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="131"/>
        <source>That booking was cancelled. Book a new slot, or give the customer a ticket.</source>
        <translation>该预约已取消。请重新预约时段，或为客户取号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="133"/>
        <source>That booking&apos;s time has passed (a no-show). Book a new slot, or give the customer a ticket.</source>
        <translation>该预约时间已过（未到）。请重新预约时段，或为客户取号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="136"/>
        <source>Ticket %ticket is %status: only a finished ticket can be rated.</source>
        <translation>%ticket 号的状态为%status：只有办理完毕的号码可以评价。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="138"/>
        <source>Ticket %ticket has been rated already.</source>
        <translation>%ticket 号已经评价过了。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="139"/>
        <source>A rating is 1 to 5.</source>
        <translation>评分为 1 到 5。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="140"/>
        <source>No service is marked quick in the configuration: a quick counter would call nobody.</source>
        <translation>配置中没有标记为快速的业务：快速窗口将无人可叫。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="142"/>
        <source>The queue database is busy at another station. Nothing was changed; try again.</source>
        <translation>排队数据库正被另一台终端占用。没有做任何更改，请重试。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="144"/>
        <source>The branch database cannot be reached (its server or the network is down); this station reconnects by itself. Once it is back, look at the screen before repeating the action.</source>
        <translation>无法连接网点数据库（服务器或网络中断）；本终端会自动重新连接。恢复后请先查看屏幕，再决定是否重做刚才的操作。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="147"/>
        <source>The queue database cannot be written (%path). Nothing was changed; call the branch&apos;s IT support.</source>
        <translation>排队数据库无法写入（%path）。没有做任何更改，请联系网点的技术支持。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="150"/>
        <source>The queue database is damaged (%path). Call the manager to restore the latest backup.</source>
        <translation>排队数据库已损坏（%path）。请联系网点负责人恢复最近的备份。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="156"/>
        <source>The queue database cannot be opened (%path). Call the branch&apos;s IT support.</source>
        <translation>无法打开排队数据库（%path）。请联系网点的技术支持。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="158"/>
        <source>The queue database reported a problem (%path: %detail). Nothing was changed.</source>
        <translation>排队数据库报告了问题（%path：%detail）。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="153"/>
        <source>Disk full: the disk holding the queue database (%path) has no room left. Nothing was changed; call the branch&apos;s IT support to free some space.</source>
        <translation>磁盘已满：存放排队数据库的磁盘（%path）没有剩余空间。没有做任何更改，请联系网点的技术支持释放空间。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="83"/>
        <source>Say what it is: the text is empty.</source>
        <translation>内容为空：请写明具体内容。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="84"/>
        <source>The text is %length characters long; at most %limit are kept. Shorten it.</source>
        <translation>内容有 %length 个字，最多保存 %limit 个字。请缩短。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="86"/>
        <source>There is no complaint %id.</source>
        <translation>没有编号为 %id 的投诉。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="87"/>
        <source>Complaint %id has moved on meanwhile. Look at it again, then choose the next step.</source>
        <translation>投诉 %id 刚刚已被他人处理。请重新查看后再选择下一步。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/refusals.py" line="89"/>
        <source>The clock is earlier than complaint %id&apos;s last step. Check this PC&apos;s date and time.</source>
        <translation>时钟早于投诉 %id 的上一步。请检查本机的日期和时间。</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="209"/>
        <source>Please wait: the last request is still running.</source>
        <translation>请稍候：上一项操作仍在进行。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="254"/>
        <source>Computing the figures…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="284"/>
        <source>Figures for %1.</source>
        <translation>%1 的统计。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="333"/>
        <source>Export as %1</source>
        <translation>导出为 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="338"/>
        <source>Replace %1 too?</source>
        <translation>同时替换 %1 吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="342"/>
        <source>This export will hold personal data: the contact and address of home-visit customers. Keep the file safe and delete it when it is no longer needed. Write it?</source>
        <translation>此次导出将含有个人信息：上门服务客户的联系方式和地址。请妥善保管文件，不再需要时及时删除。确定导出吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="353"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="357"/>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="367"/>
        <source>Back up the database to</source>
        <translation>数据库备份到</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="378"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="382"/>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="385"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="392"/>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="393"/>
        <source>&amp;To</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="394"/>
        <source>Show figures  [F5]</source>
        <translation>显示统计  [F5]</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="396"/>
        <source>Export %1…</source>
        <translation>导出 %1…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="397"/>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="398"/>
        <source>Exports include personal data: home visits&apos; contact and address</source>
        <translation>导出含个人信息：上门服务客户的联系方式和地址</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="399"/>
        <source>Include drill tickets (marked DRILL) in the figures and exports</source>
        <translation>统计和导出包含演练号票（标记为“演练”）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="400"/>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="410"/>
        <source>Priority customers</source>
        <translation>优先客户占比</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_reports.py" line="419"/>
        <source>By hour of issue</source>
        <translation>按取号时段</translation>
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
        <translation>预约规则</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="332"/>
        <source>Other rules</source>
        <translation>其他规则</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="335"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="336"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="336"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="340"/>
        <source>Appointment check-in from (min before the slot)</source>
        <translation>预约签到最早（时段开始前，分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="341"/>
        <source>Appointment check-in until (min after the slot began)</source>
        <translation>预约签到最晚（时段开始后，分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="342"/>
        <source>No-show if not checked in (min after the slot ended)</source>
        <translation>未签到视为爽约（时段结束后，分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="343"/>
        <source>Bookable days ahead</source>
        <translation>可提前预约天数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="344"/>
        <source>Home visit made within (working days)</source>
        <translation>上门服务办理时限（工作日）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="345"/>
        <source>Address and phone of a closed visit erased after (days)</source>
        <translation>上门服务结束后地址和电话保留天数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="346"/>
        <source>Complaint reply promised within (working days)</source>
        <translation>投诉答复时限（工作日）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="347"/>
        <source>Rating screen back to idle after (s)</source>
        <translation>评价屏无操作返回待机（秒）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="348"/>
        <source>A low rating is at or below</source>
        <translation>低评价：分数不高于</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="349"/>
        <source>Suggest self-service when the wait passes (min)</source>
        <translation>等候超过此时间时建议自助办理（分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="350"/>
        <source>Alert when 90% of a service&apos;s customers may wait over (min)</source>
        <translation>某业务 90% 的客户预计等候超过此时间时提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="351"/>
        <source>Check the queue for a surge every (s)</source>
        <translation>每隔多久检查一次客流高峰（秒）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="352"/>
        <source>Simulated runs behind each wait estimate</source>
        <translation>每次等候预估的模拟次数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="353"/>
        <source>Service times also from the same hour of past weeks (weeks)</source>
        <translation>办理时长也参考过去几周的同一时段（周）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="354"/>
        <source>Say a range (&quot;about 10-15 min&quot;) when it is at least (min) wide</source>
        <translation>估算区间至少这么宽时以区间显示（如“约 10-15 分钟”）（分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="355"/>
        <source>... and at least this share of the estimate</source>
        <translation>……且至少占预估值的这一比例</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="359"/>
        <source>Surge alerts</source>
        <translation>客流高峰提醒</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="360"/>
        <source>Wait estimates</source>
        <translation>等候预估</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="361"/>
        <source>Targets per service (min), e.g. A = 15</source>
        <translation>各业务的目标（分钟），例如 A = 15</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="362"/>
        <source>Show surge alerts on the hall display</source>
        <translation>在大厅显示屏上显示高峰提醒</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="363"/>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="363"/>
        <source>Holidays (closed on a working day)</source>
        <translation>节假日（工作日不营业）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="364"/>
        <source>Make-up working days (open on a day off)</source>
        <translation>调休上班日（休息日营业）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Slot (min)</source>
        <translation>时段长度（分钟）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="369"/>
        <source>Bookings per slot</source>
        <translation>每时段名额</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="370"/>
        <source>%1 hours</source>
        <translation>%1营业时间</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="371"/>
        <source>Closed dates</source>
        <translation>不开放日期</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="373"/>
        <source>Opening hours like 09:00-12:00, 13:30-17:00; an empty day is closed. Dates like 2027-01-01.</source>
        <translation>营业时间格式如 09:00-12:00, 13:30-17:00；留空表示当天不开放。日期格式如 2027-01-01。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="375"/>
        <source>Bookable services</source>
        <translation>可预约业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="376"/>
        <source>Add a service</source>
        <translation>添加业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_rules.py" line="377"/>
        <source>Remove selected services</source>
        <translation>删除所选业务</translation>
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
            <numerusform>网点人数较多：已有 %n 人在等候。您仍可取号，也可以稍后再来或预约办理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="149"/>
        <source>Choose a service</source>
        <translation>请选择业务</translation>
    </message>
</context>
<context>
    <name>ShuntScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="80"/>
        <source>Thank you</source>
        <translation>谢谢您</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="81"/>
        <source>Please go to the self-service area. Staff there will help you if you need it.</source>
        <translation>请前往自助服务区。如需帮助，那里的工作人员会协助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="84"/>
        <source>You can do this yourself, without waiting</source>
        <translation>您可以自助办理，无需排队等候</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_shunt.py" line="85"/>
        <source>Waiting for a counter now: about %n minutes.</source>
        <translation>
            <numerusform>目前柜台排队约需等候 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="86"/>
        <source>I&apos;ll use self-service</source>
        <translation>我去自助办理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_shunt.py" line="87"/>
        <source>Take a ticket anyway</source>
        <translation>仍然取号</translation>
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
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="80"/>
        <source>Too many wrong PINs: this account is locked for %1 more min.</source>
        <translation>密码错误次数过多：此账户还将锁定 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="65"/>
        <source>This station needs a %1&apos;s sign-in.</source>
        <translation>此终端需要%1登录。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="100"/>
        <source>&amp;Staff number</source>
        <translation>员工号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="101"/>
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="102"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="103"/>
        <source>Staff number</source>
        <translation>员工号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/sign_in.py" line="104"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/sign_in.py" line="84"/>
        <source>Wrong staff number or PIN. %n more wrong PIN(s) lock this account for %1 min.</source>
        <translation>
            <numerusform>工号或密码错误。再错 %n 次，此账户将锁定 %1 分钟。</numerusform>
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
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="144"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="145"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="163"/>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="168"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="174"/>
        <source>New PIN for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="179"/>
        <source>New PIN set for %1; the account is unlocked.</source>
        <translation>已为 %1 设置新密码，账户已解锁。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="186"/>
        <source>Deactivate %1? They can no longer sign in; their records stay.</source>
        <translation>停用 %1 吗？停用后不能再登录，记录保留。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="190"/>
        <source>%1 deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="190"/>
        <source>%1 reactivated.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="195"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Staff number</source>
        <translation>员工号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="198"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="199"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="199"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="200"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_staff.py" line="201"/>
        <source>Reset PIN…</source>
        <translation>重置密码…</translation>
    </message>
</context>
<context>
    <name>SurgeBanner</name>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="145"/>
        <source>(%1 more) %2</source>
        <translation>（另有 %1 项）%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="161"/>
        <source>Surge advice</source>
        <translation>高峰应对建议</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="169"/>
        <source>No open counter serves %1 now; the target is %2 min.</source>
        <translation>目前没有开放的窗口办理 %1；目标为 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="172"/>
        <source>90% of those waiting for %1 are predicted to wait up to %2 min; the target is %3 min.</source>
        <translation>预计等候 %1 的客户中 90% 最多等候 %2 分钟；目标为 %3 分钟。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="176"/>
        <source>Open counters %1, in that order, calling %2 first: a teller signs in at each and presses Open counter.</source>
        <translation>请按顺序开启 %1 号窗口，优先办理 %2：柜员在各窗口登录后按“开启窗口”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="180"/>
        <source>More counters would not shorten this wait: it has mostly been waited already.</source>
        <translation>加开窗口也不能缩短这段等候：大部分时间客户已经等过了。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="182"/>
        <source>Every counter is open already: suggest self-service or bookings, and ask staff to help at the counters that serve %1.</source>
        <translation>所有窗口均已开启：请引导客户使用自助设备或预约，并安排人员协助办理 %1 的窗口。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/surge_banner.py" line="187"/>
        <source>Advice…</source>
        <translation>建议…</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="178"/>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/manager_config.py" line="179"/>
        <source>Remove selected rows</source>
        <translation>删除所选行</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../kiosk/ui/home_visit_panel.py" line="64"/>
        <source>Please write something first.</source>
        <translation>请先填写内容。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="123"/>
        <source>Transfer %1</source>
        <translation>转移 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="126"/>
        <source>Same service (%1)</source>
        <translation>业务不变（%1）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="131"/>
        <source>Any counter that serves it</source>
        <translation>任一办理该业务的窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="134"/>
        <source>Counter %1 (%2) · %3</source>
        <translation>%1 号窗口（%2）· %3</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="143"/>
        <source>To service</source>
        <translation>转到业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="144"/>
        <source>To counter</source>
        <translation>转到窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="153"/>
        <source>Choose another service, another counter, or both.</source>
        <translation>请选择其他业务、其他窗口，或两者。</translation>
    </message>
</context>
<context>
    <name>UnreachableScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="420"/>
        <source>Please ask a member of staff</source>
        <translation>请联系工作人员</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="421"/>
        <source>This kiosk cannot reach the branch&apos;s queue just now, so it cannot give tickets. A member of staff will help you at a counter. The kiosk starts again by itself.</source>
        <translation>本机暂时无法连接网点的排队系统，不能取号。请到柜台找工作人员为您办理。本机恢复后会自动重新开始。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="16"/>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="16"/>
        <source>love window</source>
        <translation>爱心窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="18"/>
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="18"/>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="20"/>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="21"/>
        <source>called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="22"/>
        <source>serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="22"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="23"/>
        <source>no-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="24"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="26"/>
        <source>teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="27"/>
        <source>lobby manager</source>
        <translation>大堂经理</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="28"/>
        <source>manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="30"/>
        <source>wheelchair</source>
        <translation>轮椅</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="31"/>
        <source>low vision</source>
        <translation>视力不便</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="32"/>
        <source>hard of hearing</source>
        <translation>听力不便</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="33"/>
        <source>sign language</source>
        <translation>手语</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="34"/>
        <source>help with forms</source>
        <translation>协助填单</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="35"/>
        <source>reading glasses</source>
        <translation>老花镜</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="36"/>
        <source>magnifier</source>
        <translation>放大镜</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="37"/>
        <source>read aloud</source>
        <translation>代为朗读</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="38"/>
        <source>escorted in or out</source>
        <translation>陪同进出</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="39"/>
        <source>priority handling</source>
        <translation>优先办理</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="40"/>
        <source>medical kit</source>
        <translation>医药箱</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="41"/>
        <source>interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="42"/>
        <source>authorised representative</source>
        <translation>授权代理人</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="43"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="45"/>
        <source>customer asks for staff</source>
        <translation>客户呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="46"/>
        <source>ticket printer failed</source>
        <translation>取号打印机故障</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="47"/>
        <source>waiting for staff</source>
        <translation>等待工作人员</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="48"/>
        <source>someone is going</source>
        <translation>已有人前往</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="49"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="53"/>
        <source>Kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="54"/>
        <source>Kiosk %1</source>
        <translation>%1 号取号机</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="55"/>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="56"/>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="57"/>
        <source>Hall display</source>
        <translation>大厅显示屏</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="58"/>
        <source>Hall display %1</source>
        <translation>%1 号大厅显示屏</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="59"/>
        <source>Rating pad</source>
        <translation>评价器</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="60"/>
        <source>Rating pad %1</source>
        <translation>%1 号窗口评价器</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="62"/>
        <source>Manager workstation</source>
        <translation>经理工作站</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="63"/>
        <source>Manager reports</source>
        <translation>经理报表</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="64"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="65"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="66"/>
        <source>Setup</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="67"/>
        <source>Ticket reprint</source>
        <translation>补打号票</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="68"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="69"/>
        <source>Queue status</source>
        <translation>排队状态查询</translation>
    </message>
    <message>
        <location filename="../kiosk/adapters/vocabulary.py" line="17"/>
        <source>quick counter</source>
        <translation>快速窗口</translation>
    </message>
</context>
<context>
    <name>WorkingLabel</name>
    <message>
        <location filename="../kiosk/ui/widgets.py" line="254"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
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
