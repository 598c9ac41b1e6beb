<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="249" />
        <source>Enter your booking code</source>
        <translation>请输入预约码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="250" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="251" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="252" />
        <source>Check in</source>
        <translation>签到取号</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="181" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="182" />
        <source>About %n minutes</source>
        <translation>
            <numerusform>预计等候约 %n 分钟</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="183" />
        <source>Your ticket is printing.</source>
        <translation>正在打印您的号票。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="188" />
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>今天客流较大，您可以稍后再来或预约办理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="191" />
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>打印机故障，请记住您的号码，我们已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="199" />
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="200" />
        <source>Done</source>
        <translation>完成</translation>
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
        <location filename="../kiosk/ui/kiosk_window.py" line="197" />
        <location filename="../kiosk/ui/kiosk_window.py" line="316" />
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
        <location filename="../kiosk/ui/kiosk_window.py" line="195" />
        <source>Help is on the way</source>
        <translation>工作人员马上就到</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="196" />
        <source>A member of staff has been called and will come to you.</source>
        <translation>已通知工作人员，请稍候，他们会来到您身边。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="214" />
        <source>Do you need more time?</source>
        <translation>您需要更多时间吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="215" />
        <source>More time, please</source>
        <translation>需要更多时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="231" />
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>请按按钮继续，否则 %n 秒后返回首页。</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="314" />
        <source>Voice guidance: on</source>
        <translation>语音引导：已开启</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="314" />
        <source>Voice guidance</source>
        <translation>语音引导</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="315" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="45" />
        <source>Welcome. Please choose your language.</source>
        <translation>欢迎光临，请选择语言。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="46" />
        <source>I have an appointment</source>
        <translation>我已预约</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="267" />
        <source>OK</source>
        <translation>好的</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="148" />
        <source>Anything our staff should know? (optional)</source>
        <translation>需要工作人员特别关照吗？（可选）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="149" />
        <source>I use a wheelchair</source>
        <translation>我使用轮椅</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="149" />
        <source>I have low vision</source>
        <translation>我视力不好</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="150" />
        <source>I am hard of hearing</source>
        <translation>我听力不好</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="151" />
        <source>I need sign language</source>
        <translation>我需要手语服务</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="152" />
        <source>I need help with forms</source>
        <translation>我需要帮忙填表</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="155" />
        <source>Print my ticket</source>
        <translation>打印号票</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="117" />
        <source>Do you need priority service?</source>
        <translation>您需要优先服务吗？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="118" />
        <source>No priority needed</source>
        <translation>不需要优先</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="72" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="76" />
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>网点人数较多：已有 %n 人在等候。您仍可取号，也可以稍后再来或预约办理。</numerusform></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="83" />
        <source>Choose a service</source>
        <translation>请选择业务</translation>
    </message>
</context>
</TS>