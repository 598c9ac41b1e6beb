<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AssistanceDialog</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="98"/>
        <source>Record assistance</source>
        <translation>記錄協助服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="100"/>
        <source>Wheelchair</source>
        <translation>輪椅</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="100"/>
        <source>Reading glasses</source>
        <translation>老花眼鏡</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="101"/>
        <source>Magnifier</source>
        <translation>放大鏡</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="101"/>
        <source>Sign language</source>
        <translation>手語</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="102"/>
        <source>Help with forms</source>
        <translation>協助填寫表單</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="102"/>
        <source>Read aloud</source>
        <translation>代為朗讀</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="103"/>
        <source>Escorted in or out</source>
        <translation>陪同進出</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="103"/>
        <source>Priority handling</source>
        <translation>優先辦理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104"/>
        <source>Medical kit</source>
        <translation>急救箱</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="104"/>
        <source>Interpreter</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="105"/>
        <source>Authorised representative</source>
        <translation>授權代理人</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="106"/>
        <source>Other (say what in the note)</source>
        <translation>其他（請於備註說明）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="110"/>
        <source>For ticket %1</source>
        <translation>號碼牌 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="111"/>
        <source>Not for a ticket</source>
        <translation>不屬於任何號碼牌</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="118"/>
        <source>Assistance</source>
        <translation>協助服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="119"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="272"/>
        <source>Enter your booking code</source>
        <translation>請輸入預約代碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="273"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="274"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="275"/>
        <source>Check in</source>
        <translation>報到取號</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="199"/>
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面還有 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="200"/>
        <source>About %n minutes</source>
        <translation>
            <numerusform>預計等候約 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="201"/>
        <source>Your ticket is printing.</source>
        <translation>正在列印您的號碼牌。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="206"/>
        <source>It is busy today. You may come back later or book an appointment.</source>
        <translation>今天人潮較多，您可以稍後再來或預約辦理。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="214"/>
        <source>The printer is not working. Please remember your number: staff have been told.</source>
        <translation>印表機故障，請記住您的號碼，我們已通知服務人員。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="222"/>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="223"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="262"/>
        <source>Nobody is waiting for this counter.</source>
        <translation>本櫃檯目前沒有等候的客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="263"/>
        <source>Called %1: %2</source>
        <translation>已叫號 %1：%2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="271"/>
        <source>Called %1 again.</source>
        <translation>已重新叫號 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="274"/>
        <source>Serving %1.</source>
        <translation>正在辦理 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="277"/>
        <source>Finished %1.</source>
        <translation>%1 已辦理完成。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="281"/>
        <source>Mark %1 as not come?</source>
        <translation>將 %1 標記為過號？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="282"/>
        <source>%1 did not come.</source>
        <translation>%1 已過號。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="287"/>
        <location filename="../kiosk/ui/console_window.py" line="455"/>
        <source>Transfer</source>
        <translation>轉櫃</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="287"/>
        <source>To which service?</source>
        <translation>轉到哪一項服務？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="292"/>
        <source>%1 goes back to the queue for %2.</source>
        <translation>%1 已轉至「%2」重新排隊。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="296"/>
        <location filename="../kiosk/ui/console_window.py" line="456"/>
        <source>Reinstate</source>
        <translation>過號回補</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="296"/>
        <source>Ticket that came back:</source>
        <translation>回來的號碼牌：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="299"/>
        <source>%1 is back in the queue in its place.</source>
        <translation>%1 已依原順序回到隊伍。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="302"/>
        <source>Call a ticket</source>
        <translation>指定叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="303"/>
        <source>Ticket number, or scan its QR code:</source>
        <translation>輸入號碼，或掃描 QR Code：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="316"/>
        <source>Called %1.</source>
        <translation>已叫號 %1。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="325"/>
        <source>Assistance recorded.</source>
        <translation>已記錄協助服務。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="330"/>
        <source>Counter %1 is open.</source>
        <translation>%1 號櫃檯已開啟。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="335"/>
        <source>Services</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="336"/>
        <source>Services in order of preference (e.g. A,B):</source>
        <translation>依優先順序填寫服務項目（例如 A,B）：</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="342"/>
        <source>Counter %1 serves %2.</source>
        <translation>%1 號櫃檯辦理 %2。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="346"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="346"/>
        <source>Meeting</source>
        <translation>開會</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="346"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="347"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="347"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="350"/>
        <source>Counter %1 is paused.</source>
        <translation>%1 號櫃檯已暫停。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="353"/>
        <source>Close counter %1?</source>
        <translation>關閉 %1 號櫃檯？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="355"/>
        <source>Counter %1 is closed.</source>
        <translation>%1 號櫃檯已關閉。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="361"/>
        <source>Love window on: priority customers only.</source>
        <translation>愛心櫃檯已開啟：僅叫優先客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="362"/>
        <source>Love window off.</source>
        <translation>愛心櫃檯已關閉。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="371"/>
        <source>Help request answered after %1 s.</source>
        <translation>已回應呼叫，耗時 %1 秒。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="400"/>
        <source>Counter %1 · %2 · %3 (%4)</source>
        <translation>%1 號櫃檯 · %2 · %3（%4）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="410"/>
        <source>No customer at this counter.</source>
        <translation>本櫃檯目前沒有客戶。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="416"/>
        <source>called</source>
        <translation>已叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="416"/>
        <source>serving</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="419"/>
        <source>waited %1 min</source>
        <translation>已等候 %1 分鐘</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="436"/>
        <source>Help requests (%1 new)</source>
        <translation>呼叫服務（%1 則新）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="438"/>
        <location filename="../kiosk/ui/console_window.py" line="468"/>
        <source>Help requests</source>
        <translation>呼叫服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="447"/>
        <source>Longest wait: %1 min</source>
        <translation>最長等候：%1 分鐘</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="454"/>
        <source>Call next</source>
        <translation>叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="454"/>
        <source>Recall</source>
        <translation>重新叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="454"/>
        <source>Start</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="455"/>
        <source>Finish</source>
        <translation>辦理完成</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="455"/>
        <source>No-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="456"/>
        <source>Call ticket…</source>
        <translation>指定叫號…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="457"/>
        <source>Assistance…</source>
        <translation>協助服務…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="457"/>
        <source>Open counter</source>
        <translation>開啟櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="458"/>
        <source>Pause…</source>
        <translation>暫停…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="458"/>
        <source>Close counter</source>
        <translation>關閉櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="459"/>
        <source>Services…</source>
        <translation>服務項目…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="460"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="464"/>
        <location filename="../kiosk/ui/console_window.py" line="465"/>
        <source>Love window</source>
        <translation>愛心櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="466"/>
        <source>Acknowledge</source>
        <translation>回應</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="467"/>
        <source>Resolve</source>
        <translation>處理完畢</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="469"/>
        <source>Waiting now</source>
        <translation>目前等候</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="470"/>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="102"/>
        <location filename="../kiosk/ui/display_window.py" line="130"/>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="132"/>
        <source>Closed</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="134"/>
        <source>Paused</source>
        <translation>暫停叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="136"/>
        <source>Love window: priority customers only</source>
        <translation>愛心櫃檯：優先服務特殊需求客戶</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="138"/>
        <source>Open</source>
        <translation>服務中</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="140"/>
        <source>Serving %1</source>
        <translation>正在辦理 %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="145"/>
        <source>Waiting</source>
        <translation>等候人數</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="156"/>
        <source>No voice for %1: calls are shown and chimed, not spoken</source>
        <translation>缺少 %1 語音：叫號只顯示並響鈴，不播報</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="161"/>
        <source>Beware of fraud: our staff will never ask for your PIN or password.   Priority service for the elderly, people with disabilities, pregnant women and parents with babies: please tell the lobby manager.</source>
        <translation>小心詐騙：本行人員絕不會向您索取密碼。   年長者、身心障礙者、孕婦及攜帶嬰兒的客戶可優先辦理，請告知大廳服務人員。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="197"/>
        <source>Now calling</source>
        <translation>現在叫號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/display_window.py" line="198"/>
        <source>Recent calls</source>
        <translation>最近叫號</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="159"/>
        <source>Sorry, no ticket could be issued</source>
        <translation>抱歉，目前無法取號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="162"/>
        <source>Please press Call staff: a member of staff will help you.</source>
        <translation>請按「呼叫服務人員」，服務人員會來協助您。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="159"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="199"/>
        <location filename="../kiosk/ui/kiosk_window.py" line="318"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="166"/>
        <source>Please enter your booking code.</source>
        <translation>請輸入您的預約代碼。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="171"/>
        <source>We could not find booking code %1. Please check it, or press Call staff.</source>
        <translation>查無預約代碼 %1。請確認後再試，或按「呼叫服務人員」。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="197"/>
        <source>Help is on the way</source>
        <translation>服務人員馬上就來</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="198"/>
        <source>A member of staff has been called and will come to you.</source>
        <translation>已通知服務人員，請稍候，馬上會到您身邊。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="216"/>
        <source>Do you need more time?</source>
        <translation>您需要更多時間嗎？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="217"/>
        <source>More time, please</source>
        <translation>我需要更多時間</translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_window.py" line="233"/>
        <source>Touch the button, or the kiosk starts again in %n seconds.</source>
        <translation>
            <numerusform>請按按鈕繼續，否則 %n 秒後回到首頁。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="316"/>
        <source>Voice guidance: on</source>
        <translation>語音導引：已開啟</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="316"/>
        <source>Voice guidance</source>
        <translation>語音導引</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_window.py" line="317"/>
        <source>Call staff</source>
        <translation>呼叫服務人員</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="59"/>
        <source>Welcome. Please choose your language.</source>
        <translation>歡迎光臨，請選擇語言。</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="60"/>
        <source>I have an appointment</source>
        <translation>我有預約</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="290"/>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>NeedsScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="163"/>
        <source>Anything our staff should know? (optional)</source>
        <translation>需要服務人員特別協助嗎？（選填）</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="164"/>
        <source>I use a wheelchair</source>
        <translation>我使用輪椅</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="164"/>
        <source>I have low vision</source>
        <translation>我視力不佳</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="165"/>
        <source>I am hard of hearing</source>
        <translation>我聽力不佳</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="166"/>
        <source>I need sign language</source>
        <translation>我需要手語服務</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="167"/>
        <source>I need help with forms</source>
        <translation>我需要協助填寫表單</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="170"/>
        <source>Print my ticket</source>
        <translation>列印號碼牌</translation>
    </message>
</context>
<context>
    <name>PriorityScreen</name>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="132"/>
        <source>Do you need priority service?</source>
        <translation>您需要優先服務嗎？</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="133"/>
        <source>No priority needed</source>
        <translation>不需要優先服務</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="87"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../kiosk/ui/kiosk_screens.py" line="91"/>
        <source>The branch is very busy: %n people are waiting. You can still take a ticket, come back later, or book an appointment.</source>
        <translation>
            <numerusform>分行目前人潮眾多：已有 %n 人在等候。您仍可取號，也可以稍後再來或預約辦理。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../kiosk/ui/kiosk_screens.py" line="98"/>
        <source>Choose a service</source>
        <translation>請選擇服務項目</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="86"/>
        <source>&amp;Staff number</source>
        <translation>員工編號(&amp;S)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="87"/>
        <source>&amp;PIN</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="88"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="89"/>
        <source>Staff number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/console_window.py" line="90"/>
        <source>PIN</source>
        <translation>密碼</translation>
    </message>
</context>
</TS>
