"""The words of the report's operations pages (Simplified and Traditional Chinese, English): the wait
estimates' grades, the surge alerts, and the note a report including drills carries."""
from __future__ import annotations

TEXTS = {
    "zh_CN": {
        "operations_tab": "等待预估与预警",
        "estimates": "等待时间预估",
        "estimates_title": "等待时间预估：告知的等待时间与实际等待对比",
        "by_day": "按日",
        "by_service": "按业务类型",
        "by_hour": "按取号时间（时）",
        "day": "日期",
        "service": "业务类型",
        "hour": "取号小时",
        "total": "合计",
        "graded": "已评估",
        "ungraded": "未叫号",
        "mae": "平均绝对误差（分钟）",
        "bias": "平均偏差（分钟）",
        "mean_wait": "平均实际等待（分钟）",
        "estimates_summary": ("已评估 {graded} 张号票：平均绝对误差 {mae} 分钟，平均偏差 {bias} 分钟（平均"
                              "实际等待 {wait} 分钟）。未评估：{ungraded} 张未被叫号；{none} 张取号时未告知"
                              "等待时间。"),
        "no_estimates": "本期间没有告知等待时间的号票。",
        "estimates_notes": ("误差 = 取号时告知的等待时间 − 实际等待时间（取号至首次叫号）。平均绝对误差：误"
                            "差绝对值的平均；平均偏差：误差的平均，小于零表示预估偏短（客户实际等得更久），"
                            "大于零表示预估偏长。一直未被叫号的号票（已取消，或数据截止时仍在等待）不参与评"
                            "估。每张号票计入取号的日期、业务类型和取号所在小时（网点时间）。"),
        "surge_alerts": "客流高峰预警",
        "alerts_title": "客流高峰预警与加开窗口",
        "alerts": "预警记录",
        "time": "时间",
        "alert_service": "业务",
        "waiting": "等待人数",
        "p90": "预计90%等待（分钟）",
        "target": "目标（分钟）",
        "more_counters": "建议加开窗口",
        "opened_after": "加开用时（分钟）",
        "opened_counter": "加开窗口",
        "drill": "演练",
        "not_opened": "未加开",
        "alerts_summary": ("共 {alerts} 次预警：其中 {opened} 次之后为该业务加开了窗口（用时中位数 {median}"
                           " 分钟），{not_opened} 次未加开。"),
        "alerts_none_opened": "共 {alerts} 次预警，之后均未为该业务加开窗口。",
        "no_alerts": "本期间没有客流高峰预警。",
        "alerts_notes": ("某项业务预计90%客户的等待时间超过目标时记录一次预警，并建议加开窗口。加开用时：从"
                         "预警到第一个为该业务开启（或暂停后恢复）的窗口的分钟数；未加开：到本期间结束仍未"
                         "开启。"),
        "drills_included": "含 {tickets} 张演练号票及演练事件（明细中标记为“{mark}”）。",
    },
    "zh_TW": {
        "operations_tab": "等候預估與預警",
        "estimates": "等候時間預估",
        "estimates_title": "等候時間預估：告知的等候時間與實際等候對比",
        "by_day": "按日",
        "by_service": "按業務類型",
        "by_hour": "按取號時間（時）",
        "day": "日期",
        "service": "業務類型",
        "hour": "取號小時",
        "total": "合計",
        "graded": "已評估",
        "ungraded": "未叫號",
        "mae": "平均絕對誤差（分鐘）",
        "bias": "平均偏差（分鐘）",
        "mean_wait": "平均實際等候（分鐘）",
        "estimates_summary": ("已評估 {graded} 張號碼牌：平均絕對誤差 {mae} 分鐘，平均偏差 {bias} 分鐘（平"
                              "均實際等候 {wait} 分鐘）。未評估：{ungraded} 張未被叫號；{none} 張取號時未告"
                              "知等候時間。"),
        "no_estimates": "本期間沒有告知等候時間的號碼牌。",
        "estimates_notes": ("誤差 = 取號時告知的等候時間 − 實際等候時間（取號至首次叫號）。平均絕對誤差：誤"
                            "差絕對值的平均；平均偏差：誤差的平均，小於零表示預估偏短（客戶實際等得更久），"
                            "大於零表示預估偏長。一直未被叫號的號碼牌（已取消，或資料截止時仍在等候）不參與"
                            "評估。每張號碼牌計入取號的日期、業務類型和取號所在小時（分行時間）。"),
        "surge_alerts": "客流高峰預警",
        "alerts_title": "客流高峰預警與加開櫃檯",
        "alerts": "預警記錄",
        "time": "時間",
        "alert_service": "業務",
        "waiting": "等候人數",
        "p90": "預計90%等候（分鐘）",
        "target": "目標（分鐘）",
        "more_counters": "建議加開櫃檯",
        "opened_after": "加開用時（分鐘）",
        "opened_counter": "加開櫃檯",
        "drill": "演練",
        "not_opened": "未加開",
        "alerts_summary": ("共 {alerts} 次預警：其中 {opened} 次之後為該業務加開了櫃檯（用時中位數 {median}"
                           " 分鐘），{not_opened} 次未加開。"),
        "alerts_none_opened": "共 {alerts} 次預警，之後均未為該業務加開櫃檯。",
        "no_alerts": "本期間沒有客流高峰預警。",
        "alerts_notes": ("某項業務預計90%客戶的等候時間超過目標時記錄一次預警，並建議加開櫃檯。加開用時：從"
                         "預警到第一個為該業務開啟（或暫停後恢復）的櫃檯的分鐘數；未加開：到本期間結束仍未"
                         "開啟。"),
        "drills_included": "含 {tickets} 張演練號碼牌及演練事件（明細中標記為「{mark}」）。",
    },
    "en": {
        "operations_tab": "Estimates and alerts",
        "estimates": "Wait estimates",
        "estimates_title": "Wait estimates: the wait told against the real wait",
        "by_day": "By day",
        "by_service": "By service",
        "by_hour": "By hour of issue",
        "day": "Day",
        "service": "Service",
        "hour": "Hour",
        "total": "Total",
        "graded": "Graded",
        "ungraded": "Not called",
        "mae": "Mean abs. error (min)",
        "bias": "Bias (min)",
        "mean_wait": "Mean wait (min)",
        "estimates_summary": ("{graded} tickets graded: mean absolute error {mae} min, bias {bias} min "
                              "(mean wait {wait} min). Not graded: {ungraded} never called; {none} issued "
                              "without a told wait."),
        "no_estimates": "No ticket of this range was told a wait.",
        "estimates_notes": ("Error = the wait told at issue - the real wait (issue to first call). Mean "
                            "absolute error: the mean size of the error; bias: its mean: below zero the "
                            "estimate was too low (customers waited longer than told), above zero too "
                            "high. Tickets never called (cancelled, or still waiting when the data ends) "
                            "are not graded. Each ticket counts for the day and service it was issued for "
                            "and the hour it was issued (branch time)."),
        "surge_alerts": "Surge alerts",
        "alerts_title": "Surge alerts and counters opened",
        "alerts": "Alerts",
        "time": "Time",
        "alert_service": "Service",
        "waiting": "Waiting",
        "p90": "Predicted p90 (min)",
        "target": "Target (min)",
        "more_counters": "More counters",
        "opened_after": "Opened after (min)",
        "opened_counter": "Counter",
        "drill": "Drill",
        "not_opened": "not opened",
        "alerts_summary": ("{alerts} alerts. A counter was opened for the service after {opened} of them "
                           "(median {median} min later); not after the other {not_opened}."),
        "alerts_none_opened": "{alerts} alerts; no counter was opened for their service after any of them.",
        "no_alerts": "No surge alerts in this range.",
        "alerts_notes": ("An alert is logged when a service's predicted 90th-percentile wait passes its "
                         "target; it asks for more counters. Opened after: minutes from the alert to the "
                         "first counter opened (or back from a pause) for that service; not opened: none "
                         "was by the end of the range."),
        "drills_included": ("Includes {tickets} drill tickets and the drills' events (marked {mark} in the "
                            "rows)."),
    },
}

# The CSV files' headings (English keeps the codes, as the other CSV files do).
CSV_HEADINGS = {
    "zh_CN": {"table": "表", "key": "代码", "name": "项目", "graded": "已评估", "ungraded": "未叫号",
              "mae_s": "平均绝对误差（秒）", "bias_s": "平均偏差（秒）", "mean_wait_s": "平均实际等待（秒）",
              "at": "时间", "service": "业务", "waiting": "等待人数", "p90_s": "预计90%等待（秒）",
              "target_s": "目标（秒）", "more_counters": "建议加开窗口", "opened_after_s": "加开用时（秒）",
              "opened_counter": "加开窗口", "drill": "演练", "by_day": "按日", "by_service": "按业务类型",
              "by_hour": "按取号时间（时）", "total": "合计"},
    "zh_TW": {"table": "表", "key": "代碼", "name": "項目", "graded": "已評估", "ungraded": "未叫號",
              "mae_s": "平均絕對誤差（秒）", "bias_s": "平均偏差（秒）", "mean_wait_s": "平均實際等候（秒）",
              "at": "時間", "service": "業務", "waiting": "等候人數", "p90_s": "預計90%等候（秒）",
              "target_s": "目標（秒）", "more_counters": "建議加開櫃檯", "opened_after_s": "加開用時（秒）",
              "opened_counter": "加開櫃檯", "drill": "演練", "by_day": "按日", "by_service": "按業務類型",
              "by_hour": "按取號時間（時）", "total": "合計"},
}


def operations_texts(lang: str) -> dict[str, str]:
    return TEXTS.get(lang, TEXTS["en"])


def csv_heading(code: str, lang: str) -> str:
    """A column heading or table name of the operations CSV files: the code in English, else its words."""
    return CSV_HEADINGS[lang][code] if lang in CSV_HEADINGS else code
