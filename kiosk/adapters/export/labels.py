"""The exports' words (Simplified and Traditional Chinese, English) and the footnotes defining each figure."""
from __future__ import annotations

from kiosk.adapters.vocabulary import name_of
from kiosk.core.stats import Report

TEXTS = {
    "zh_CN": {
        "title": "网点排队日报", "range": "日期", "branch": "网点", "generated": "数据截至最后一笔业务",
        "issued": "取号", "served": "办结", "no_show": "过号", "cancelled": "取消", "open": "未完成",
        "transferred": "转移", "over_max": "超时等待", "wait": "等待时间", "service": "办理时间",
        "mean": "平均", "median": "中位数", "p90": "90%分位", "minutes": "分钟", "count": "人次",
        "key_figures": "关键指标", "arrivals_hour": "每小时到达人数", "wait_dist": "等待时间分布（分钟）",
        "counter_load": "各窗口办结人数", "special": "特殊客户服务", "class": "客户类别", "share": "占比",
        "assistance": "协助服务（按类型）", "help": "呼叫求助", "help_requests": "求助次数",
        "answered": "已响应", "unanswered": "未响应", "response": "响应时间", "by_service": "按业务类型",
        "per_counter": "按窗口", "per_teller": "按柜员", "counter": "窗口", "teller": "柜员",
        "none": "（无）", "notes": "指标说明", "service_col": "业务类型", "in_minutes": "（时间单位：分钟）",
        "wait_mean": "平均等待", "wait_median": "等待中位数", "wait_p90": "等待90%分位",
        "service_mean": "平均办理", "axis_tickets": "号票（张）", "axis_hour": "取号时间（时）",
        "axis_wait": "等待时间（分钟）", "chain": "事件记录校验（kiosk verify）",
        "chain_last": "最后一笔事件 {event}，SHA-256 {hash}", "chain_none": "本期间无事件",
    },
    "zh_TW": {
        "title": "分行排隊日報", "range": "日期", "branch": "分行", "generated": "資料截至最後一筆業務",
        "issued": "取號", "served": "辦結", "no_show": "過號", "cancelled": "取消", "open": "未完成",
        "transferred": "轉移", "over_max": "超時等候", "wait": "等候時間", "service": "辦理時間",
        "mean": "平均", "median": "中位數", "p90": "90%分位", "minutes": "分鐘", "count": "人次",
        "key_figures": "關鍵指標", "arrivals_hour": "每小時到達人數", "wait_dist": "等候時間分布（分鐘）",
        "counter_load": "各櫃檯辦結人數", "special": "特殊客戶服務", "class": "客戶類別", "share": "占比",
        "assistance": "協助服務（按類型）", "help": "呼叫求助", "help_requests": "求助次數",
        "answered": "已回應", "unanswered": "未回應", "response": "回應時間", "by_service": "按業務類型",
        "per_counter": "按櫃檯", "per_teller": "按櫃員", "counter": "櫃檯", "teller": "櫃員",
        "none": "（無）", "notes": "指標說明", "service_col": "業務類型", "in_minutes": "（時間單位：分鐘）",
        "wait_mean": "平均等候", "wait_median": "等候中位數", "wait_p90": "等候90%分位",
        "service_mean": "平均辦理", "axis_tickets": "號碼牌（張）", "axis_hour": "取號時間（時）",
        "axis_wait": "等候時間（分鐘）", "chain": "事件記錄校驗（kiosk verify）",
        "chain_last": "最後一筆事件 {event}，SHA-256 {hash}", "chain_none": "本期間無事件",
    },
    "en": {
        "title": "Branch queue report", "range": "Date", "branch": "Branch",
        "generated": "data up to the last action", "issued": "Issued", "served": "Served",
        "no_show": "No-show", "cancelled": "Cancelled", "open": "Open",
        "transferred": "Transferred", "over_max": "Waited past max", "wait": "Waiting time",
        "service": "Service time", "mean": "Mean", "median": "Median", "p90": "90th pct", "minutes": "min",
        "count": "count", "key_figures": "Key figures", "arrivals_hour": "Arrivals per hour",
        "wait_dist": "Waiting time distribution (min)", "counter_load": "Tickets served per counter",
        "special": "Special customers", "class": "Priority class", "share": "Share",
        "assistance": "Assistance given, by kind", "help": "Help requests", "help_requests": "Requests",
        "answered": "Answered", "unanswered": "Unanswered", "response": "Response time",
        "by_service": "By service", "per_counter": "By counter", "per_teller": "By teller",
        "counter": "Counter", "teller": "Teller", "none": "(none)", "notes": "Definitions",
        "service_col": "Service", "in_minutes": "(times in minutes)", "wait_mean": "Wait mean",
        "wait_median": "Wait median", "wait_p90": "Wait p90", "service_mean": "Service mean",
        "axis_tickets": "Tickets", "axis_hour": "Hour of issue", "axis_wait": "Waiting time (minutes)",
        "chain": "Event log check (kiosk verify)", "chain_last": "last event {event}, SHA-256 {hash}",
        "chain_none": "no events in this range",
    },
}

FOOTNOTES = {
    "zh_CN": [
        "等待时间 = 首次叫号时间 − 取号时间；办理时间 = 办结时间 − 开始办理时间；"
        "均以平均、中位数、90%分位（按名次取值）表示。",
        "每张号票计入取号时的业务类型、取号所在小时（网点时间），以及最后办理（办结，否则最后叫号）的窗口和柜员。",
        "过号：被标记过号且之后未办结；转移：曾被转至其他业务或窗口的号票；未完成：数据截止时仍在等待、已叫号或办理中。",
        "超时等待：取号后超过最长等待时间（{max} 分钟）才被叫号，或一直未被叫号超过该时间。",
        "呼叫求助响应时间 = 工作人员首次响应时间 − 求助时间。本报告不含客户个人信息，只有号票号码和工号。",
    ],
    "zh_TW": [
        "等候時間 = 首次叫號時間 − 取號時間；辦理時間 = 辦結時間 − 開始辦理時間；"
        "均以平均、中位數、90%分位（按名次取值）表示。",
        "每張號碼牌計入取號時的業務類型、取號所在小時（分行時間），以及最後辦理（辦結，否則最後叫號）的櫃檯和櫃員。",
        "過號：被標記過號且之後未辦結；轉移：曾被轉至其他業務或櫃檯的號碼牌；未完成：資料截止時仍在等候、已叫號或辦理中。",
        "超時等候：取號後超過最長等候時間（{max} 分鐘）才被叫號，或一直未被叫號超過該時間。",
        "呼叫求助回應時間 = 服務人員首次回應時間 − 求助時間。"
        "本報告不含客戶個人資料，只有號碼牌號碼和員工編號。",
    ],
    "en": [
        "Waiting time = first call - issue; service time = finish - start of that service; shown as mean, "
        "median and 90th percentile (nearest rank).",
        "Each ticket counts for the service it was issued for, the hour it was issued (branch time), and the "
        "counter and teller that handled it last (the finish, else the last call).",
        "No-show: marked no-show and not served later; transferred: sent to another service or counter at "
        "least once; open: still waiting, called or serving when the data ends.",
        "Waited past max: called more than {max} min after issue, or never called for that long.",
        "Help response time = first staff answer - request. This report holds no personal data: ticket "
        "numbers and staff numbers only.",
    ],
}


def texts(lang: str) -> dict[str, str]:
    return TEXTS.get(lang, TEXTS["en"])


def footnotes(lang: str, report: Report) -> list[str]:
    return [n.format(max=report.max_wait_minutes) for n in FOOTNOTES.get(lang, FOOTNOTES["en"])]


def chain_line(report: Report, lang: str) -> str:
    """The event chain's last link in the range, to compare with `kiosk verify` later."""
    t = texts(lang)
    colon = "：" if lang.startswith("zh") else ": "
    last = (t["chain_none"] if report.final_event is None
            else t["chain_last"].format(event=report.final_event, hash=report.final_hash or "–"))
    return f"{t['chain']}{colon}{last}"


def name(report: Report, kind: str, code: str, lang: str) -> str:
    """A service's or class's configured name in `lang` (else English, else its code)."""
    return configured_name(report.names, kind, code, lang)


def configured_name(names: dict[str, dict[str, dict[str, str]]], kind: str, code: str, lang: str) -> str:
    """`names`: the configured names of services and classes per language (kiosk.core.records.names)."""
    if code == "":
        return texts(lang)["none"]
    mine = names.get(kind, {}).get(code, {})
    return mine.get(lang) or mine.get("en") or code


def code_name(code: str, lang: str) -> str:
    """A store code's name (a need, an assistance or help kind, a help request's state) in `lang`: the
    staff screens' vocabulary, so a report says what the console said."""
    return name_of(code, lang)


def minutes(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds / 60:.1f}"
