<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="98" />
        <source>Record assistance</source>
        <translation>记录协助服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="100" />
        <source>Wheelchair</source>
        <translation>轮椅</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="100" />
        <source>Reading glasses</source>
        <translation>老花镜</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="101" />
        <source>Magnifier</source>
        <translation>放大镜</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="101" />
        <source>Sign language</source>
        <translation>手语</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="102" />
        <source>Help with forms</source>
        <translation>协助填表</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="102" />
        <source>Read aloud</source>
        <translation>代为朗读</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="103" />
        <source>Escorted in or out</source>
        <translation>陪同进出</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="103" />
        <source>Priority handling</source>
        <translation>优先办理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104" />
        <source>Medical kit</source>
        <translation>医药箱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104" />
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="105" />
        <source>Authorised representative</source>
        <translation>授权代理人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="106" />
        <source>Other (say what in the note)</source>
        <translation>其他（请在备注中说明）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="110" />
        <source>For ticket %1</source>
        <translation>号票 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="111" />
        <source>Not for a ticket</source>
        <translation>不针对号票</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="118" />
        <source>Assistance</source>
        <translation>协助服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="119" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="272" />
        <source>Enter your booking code</source>
        <translation>请输入预约码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="273" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="274" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="275" />
        <source>Check in</source>
        <translation>签到取号</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="199" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="200" />
        <source>About %n minutes</source>
        <translation>
            <numerusform>预计等候约 %n 分钟</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="201" />
        <source>Your ticket is printing.</source>
        <translation>正在打印您的号票。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="206" />
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>今天客流较大，您可以稍后再来或预约办理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="214" />
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>打印机故障，请记住您的号码，我们已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="222" />
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="223" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="262" />
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口暂无等候客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="264" />
        <source>Called %1: %2</source>
        <translation>已呼叫 %1：%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="272" />
        <source>Called %1 again.</source>
        <translation>已重呼 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="275" />
        <source>Serving %1.</source>
        <translation>正在办理 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="278" />
        <source>Finished %1.</source>
        <translation>%1 已办结。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="282" />
        <source>Mark %1 as not come?</source>
        <translation>将 %1 标记为过号？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="283" />
        <source>%1 did not come.</source>
        <translation>%1 已过号。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="288" />
        <location filename="../kiosk/ui/console_window.py" line="456" />
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="288" />
        <source>To which service?</source>
        <translation>转到哪项业务？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="293" />
        <source>%1 goes back to the queue for %2.</source>
        <translation>%1 已转入 %2 业务队列。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="297" />
        <location filename="../kiosk/ui/console_window.py" line="457" />
        <source>Reinstate</source>
        <translation>恢复过号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="297" />
        <source>Ticket that came back:</source>
        <translation>返回的号票：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="300" />
        <source>%1 is back in the queue in its place.</source>
        <translation>%1 已按原顺序重新排队。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="303" />
        <source>Call a ticket</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="304" />
        <source>Ticket number, or scan its QR code:</source>
        <translation>输入号码或扫描二维码：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="317" />
        <source>Called %1.</source>
        <translation>已呼叫 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="326" />
        <source>Assistance recorded.</source>
        <translation>已记录协助服务。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="331" />
        <source>Counter %1 is open.</source>
        <translation>%1 号窗口已开启。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="336" />
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="337" />
        <source>Services in order of preference (e.g. A,B):</source>
        <translation>按优先顺序填写业务（如 A,B）：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="343" />
        <source>Counter %1 serves %2.</source>
        <translation>%1 号窗口办理 %2。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="347" />
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="347" />
        <source>Meeting</source>
        <translation>开会</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="347" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="348" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="348" />
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="351" />
        <source>Counter %1 is paused.</source>
        <translation>%1 号窗口已暂停。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="354" />
        <source>Close counter %1?</source>
        <translation>关闭 %1 号窗口？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="356" />
        <source>Counter %1 is closed.</source>
        <translation>%1 号窗口已关闭。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="362" />
        <source>Love window on: priority customers only.</source>
        <translation>爱心窗口已开启：仅呼叫优先客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="363" />
        <source>Love window off.</source>
        <translation>爱心窗口已关闭。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="372" />
        <source>Help request answered after %1 s.</source>
        <translation>已响应呼叫，用时 %1 秒。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="401" />
        <source>Counter %1 · %2 · %3 (%4)</source>
        <translation>%1 号窗口 · %2 · %3（%4）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="411" />
        <source>No customer at this counter.</source>
        <translation>本窗口当前无客户。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="417" />
        <source>called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="417" />
        <source>serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="420" />
        <source>waited %1 min</source>
        <translation>已等候 %1 分钟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="437" />
        <source>Help requests (%1 new)</source>
        <translation>呼叫请求（%1 条新）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="439" />
        <location filename="../kiosk/ui/console_window.py" line="469" />
        <source>Help requests</source>
        <translation>呼叫请求</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="448" />
        <source>Longest wait: %1 min</source>
        <translation>最长等候：%1 分钟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="455" />
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="455" />
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="455" />
        <source>Start</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="456" />
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="456" />
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="457" />
        <source>Call ticket…</source>
        <translation>指定叫号…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="458" />
        <source>Assistance…</source>
        <translation>协助服务…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="458" />
        <source>Open counter</source>
        <translation>开启窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459" />
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459" />
        <source>Close counter</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="460" />
        <source>Services…</source>
        <translation>业务…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="461" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="465" />
        <location filename="../kiosk/ui/console_window.py" line="466" />
        <source>Love window</source>
        <translation>爱心窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="467" />
        <source>Acknowledge</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="468" />
        <source>Resolve</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="470" />
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="471" />
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="102" />
        <location filename="../kiosk/ui/display_window.py" line="130" />
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="132" />
        <source>Closed</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="134" />
        <source>Paused</source>
        <translation>暂停叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="136" />
        <source>Love window: priority customers only</source>
        <translation>爱心窗口：优先服务特殊客户</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="138" />
        <source>Open</source>
        <translation>正在服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="140" />
        <source>Serving %1</source>
        <translation>正在办理 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="145" />
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="156" />
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>缺少 %1 语音：叫号仅显示并提示音，不播报</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="161" />
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>谨防电信诈骗：工作人员绝不会索要您的密码。   老年人、残障人士、孕妇及怀抱婴儿的客户可享受优先服务，请告诉大堂经理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="197" />
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="198" />
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="159" />
        <source>Sorry, no ticket could be issued</source>
        <translation>抱歉，暂时无法取号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="162" />
        <source>Please press Call staff: a member of staff will help you.</source>
        <translation>请按“呼叫工作人员”，工作人员会来帮助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="159" />
        <location filename="../kiosk/ui/kiosk_window.py" line="199" />
        <location filename="../kiosk/ui/kiosk_window.py" line="318" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="166" />
        <source>Please enter your booking code.</source>
        <translation>请输入您的预约码。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="171" />
        <source>We could not find booking code %1. Please check it, or press Call staff.</source>
        <translation>没有找到预约码 %1。请核对后重试，或按“呼叫工作人员”。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="197" />
        <source>Help is on the way</source>
        <translation>工作人员马上就到</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="198" />
        <source>A member of staff has been called and will come to you.</source>
        <translation>已通知工作人员，请稍候，他们会来到您身边。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="216" />
        <source>Do you need more time?</source>
        <translation>您需要更多时间吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="217" />
        <source>More time, please</source>
        <translation>需要更多时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="233" />
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>请按按钮继续，否则 %n 秒后返回首页。</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="316" />
        <source>Voice guidance: on</source>
        <translation>语音引导：已开启</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="316" />
        <source>Voice guidance</source>
        <translation>语音引导</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="317" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="59" />
        <source>Welcome. Please choose your language.</source>
        <translation>欢迎光临，请选择语言。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="60" />
        <source>I have an appointment</source>
        <translation>我已预约</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="290" />
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="163" />
        <source>Anything our staff should know? (optional)</source>
        <translation>需要工作人员特别关照吗？（可选）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="164" />
        <source>I use a wheelchair</source>
        <translation>我使用轮椅</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="164" />
        <source>I have low vision</source>
        <translation>我视力不好</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="165" />
        <source>I am hard of hearing</source>
        <translation>我听力不好</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="166" />
        <source>I need sign language</source>
        <translation>我需要手语服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="167" />
        <source>I need help with forms</source>
        <translation>我需要帮忙填表</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="170" />
        <source>Print my ticket</source>
        <translation>打印号票</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="132" />
        <source>Do you need priority service?</source>
        <translation>您需要优先服务吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="133" />
        <source>No priority needed</source>
        <translation>不需要优先</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="87" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="91" />
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>网点人数较多：已有 %n 人在等候。您仍可取号，也可以稍后再来或预约办理。</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="98" />
        <source>Choose a service</source>
        <translation>请选择业务</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="86" />
        <source>&amp;Staff number</source>
        <translation>员工号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="87" />
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="88" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="89" />
        <source>Staff number</source>
        <translation>员工号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="90" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
</TS>