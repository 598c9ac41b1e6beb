<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="258" />
        <source>Enter your booking code</source>
        <translation>请输入预约码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="259" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="260" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="261" />
        <source>Check in</source>
        <translation>签到取号</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="185" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="186" />
        <source>About %n minutes</source>
        <translation>
            <numerusform>预计等候约 %n 分钟</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="187" />
        <source>Your ticket is printing.</source>
        <translation>正在打印您的号票。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="192" />
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>今天客流较大，您可以稍后再来或预约办理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="200" />
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>打印机故障，请记住您的号码，我们已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="208" />
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="209" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="101" />
        <location filename="../kiosk/ui/display_window.py" line="127" />
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="129" />
        <source>Closed</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="131" />
        <source>Paused</source>
        <translation>暂停叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="133" />
        <source>Love window: priority customers only</source>
        <translation>爱心窗口：优先服务特殊客户</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="135" />
        <source>Open</source>
        <translation>正在服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="137" />
        <source>Serving %1</source>
        <translation>正在办理 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="142" />
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="153" />
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>缺少 %1 语音：叫号仅显示并提示音，不播报</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="158" />
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>谨防电信诈骗：工作人员绝不会索要您的密码。   老年人、残障人士、孕妇及怀抱婴儿的客户可享受优先服务，请告诉大堂经理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="194" />
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="195" />
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
        <location filename="../kiosk/ui/kiosk_screens.py" line="46" />
        <source>Welcome. Please choose your language.</source>
        <translation>欢迎光临，请选择语言。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="47" />
        <source>I have an appointment</source>
        <translation>我已预约</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="276" />
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="149" />
        <source>Anything our staff should know? (optional)</source>
        <translation>需要工作人员特别关照吗？（可选）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="150" />
        <source>I use a wheelchair</source>
        <translation>我使用轮椅</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="150" />
        <source>I have low vision</source>
        <translation>我视力不好</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="151" />
        <source>I am hard of hearing</source>
        <translation>我听力不好</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="152" />
        <source>I need sign language</source>
        <translation>我需要手语服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="153" />
        <source>I need help with forms</source>
        <translation>我需要帮忙填表</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="156" />
        <source>Print my ticket</source>
        <translation>打印号票</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="118" />
        <source>Do you need priority service?</source>
        <translation>您需要优先服务吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="119" />
        <source>No priority needed</source>
        <translation>不需要优先</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="73" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="77" />
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>网点人数较多：已有 %n 人在等候。您仍可取号，也可以稍后再来或预约办理。</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="84" />
        <source>Choose a service</source>
        <translation>请选择业务</translation>
    </message>
</context>
</TS>