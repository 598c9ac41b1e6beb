"""The tables' words in the manager's language: column headings, groups, sheet names and cell values.

English keeps the codes (`issued_at`, `elderly`, `call_staff`): the names scripts read, the same as the
JSON export's keys. A translated export shows words instead: configured names for classes, languages'
names, the staff screens' vocabulary for needs, help kinds and states and stations, the report's words
for outcomes. Service letters, counter and staff numbers and the event log's actions stay as stored.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from kiosk.adapters.export.labels import TEXTS, code_name, configured_name, texts
from kiosk.adapters.vocabulary import station_name
from kiosk.core.languages import catalog

# Headings that are the report's own words (labels.TEXTS) under the same key.
_REPORT_WORDS = ("issued", "served", "no_show", "cancelled", "open", "transferred", "over_max", "counter",
                 "teller", "class", "share", "count", "help", "answered", "unanswered")

HEADINGS = {
    "zh_CN": {
        "id": "序号", "business_day": "营业日", "ticket": "号码", "service": "取号业务",
        "final_service": "最终业务", "priority_class": "客户类别", "lang": "语言",
        "needs": "特殊需要", "outcome": "结果", "issued_at": "取号时间", "first_called_at": "首次叫号时间",
        "started_at": "开始办理时间", "finished_at": "办结时间", "ended_at": "结束时间", "calls": "叫号次数",
        "recalls": "重呼次数", "transfers": "转移次数", "reinstated": "恢复排队次数",
        "wait_seconds": "等待时间（秒）", "service_seconds": "办理时间（秒）",
        "at": "时间", "station": "终端", "actor": "操作人", "action": "操作", "ticket_id": "号码序号",
        "details": "详情", "kind": "类型", "note": "备注", "status": "状态", "acknowledged_at": "响应时刻",
        "resolved_at": "解决时刻", "response_seconds": "响应用时（秒）",
        "group": "分组", "name": "项目", "total": "合计", "hour": "取号小时",
        "wait_count": "等待人次", "wait_mean_s": "平均等待（秒）", "wait_median_s": "等待中位数（秒）",
        "wait_p90_s": "等待90%分位（秒）", "service_count": "办理人次", "service_mean_s": "平均办理（秒）",
        "service_median_s": "办理中位数（秒）", "service_p90_s": "办理90%分位（秒）",
        "assistance": "协助服务", "requests": "求助次数",
        "response_mean_s": "平均响应（秒）", "response_median_s": "响应中位数（秒）",
        "response_p90_s": "响应90%分位（秒）", "final_event": "最后一笔事件序号",
        "final_hash": "事件记录校验值",
        "register": "登记簿", "table": "表", "key": "代码", "figure": "指标", "value": "数值",
        "drill": "演练",
    },
    "zh_TW": {
        "id": "序號", "business_day": "營業日", "ticket": "號碼", "service": "取號業務",
        "final_service": "最終業務", "priority_class": "客戶類別", "lang": "語言",
        "needs": "特殊需求", "outcome": "結果", "issued_at": "取號時間", "first_called_at": "首次叫號時間",
        "started_at": "開始辦理時間", "finished_at": "辦結時間", "ended_at": "結束時間", "calls": "叫號次數",
        "recalls": "重呼次數", "transfers": "轉移次數", "reinstated": "恢復排隊次數",
        "wait_seconds": "等候時間（秒）", "service_seconds": "辦理時間（秒）",
        "at": "時間", "station": "終端", "actor": "操作人員", "action": "操作", "ticket_id": "號碼序號",
        "details": "詳情", "kind": "類型", "note": "備註", "status": "狀態", "acknowledged_at": "回應時刻",
        "resolved_at": "解決時刻", "response_seconds": "回應用時（秒）",
        "group": "分組", "name": "項目", "total": "合計", "hour": "取號小時",
        "wait_count": "等候人次", "wait_mean_s": "平均等候（秒）", "wait_median_s": "等候中位數（秒）",
        "wait_p90_s": "等候90%分位（秒）", "service_count": "辦理人次", "service_mean_s": "平均辦理（秒）",
        "service_median_s": "辦理中位數（秒）", "service_p90_s": "辦理90%分位（秒）",
        "assistance": "協助服務", "requests": "求助次數",
        "response_mean_s": "平均回應（秒）", "response_median_s": "回應中位數（秒）",
        "response_p90_s": "回應90%分位（秒）", "final_event": "最後一筆事件序號",
        "final_hash": "事件記錄校驗值",
        "register": "登記簿", "table": "表", "key": "代碼", "figure": "指標", "value": "數值",
        "drill": "演練",
    },
}

SHEETS = {
    "zh_CN": {"Summary": "汇总", "Tickets": "号票明细", "Events": "事件记录", "Assistance": "协助服务",
              "Help": "呼叫求助", "Hourly": "按小时统计"},
    "zh_TW": {"Summary": "彙總", "Tickets": "號碼牌明細", "Events": "事件記錄", "Assistance": "協助服務",
              "Help": "呼叫求助", "Hourly": "按小時統計"},
}

_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31  # Excel's limit


def sheet_name(text: str) -> str:
    """`text` as Excel allows a sheet name: none of []:*?/\\, at most 31 characters, not blank."""
    return _NOT_IN_SHEET_NAMES.sub("-", text).strip("'")[:SHEET_NAME_MAX].strip() or "-"


class Words:
    """One export's words: headings and values in `lang`, codes in English.

    `names`: the configured names of services and classes per language (kiosk.core.records.names)."""

    def __init__(self, lang: str, names: dict[str, dict[str, dict[str, str]]]):
        self.lang = lang
        self.translated = lang != "en"
        self.names = names
        self.nothing = texts(lang)["none"]  # an empty key: tickets never called have no counter

    def heading(self, code: str) -> str:
        """A column's, group's or figure's heading."""
        if not self.translated:
            return code
        if code in _REPORT_WORDS:
            return TEXTS[self.lang][code]
        return HEADINGS[self.lang][code]  # a KeyError here is a heading nobody translated

    def headings(self, codes) -> list[str]:
        return [self.heading(c) for c in codes]

    def sheet(self, code: str) -> str:
        return sheet_name(SHEETS[self.lang][code] if self.translated else code)

    def configured(self, kind: str, code: str) -> str:
        """A service's or class's configured name ("services", "classes")."""
        return configured_name(self.names, kind, code, self.lang)

    def value(self, kind: str) -> Callable[[str], str] | None:
        """What a column of `kind` shows for a stored code; None: the value as stored (numbers, times,
        free text, and every code in an English export)."""
        if not self.translated:
            return None
        words = TEXTS[self.lang]
        name = {
            "class": lambda code: self.configured("classes", code),
            "lang": catalog().name,  # the language's name in itself, as the kiosk offers it
            "needs": lambda codes: "、".join(code_name(c, self.lang) for c in codes.split(",") if c),
            "outcome": lambda code: words.get(code, code),
            "code": lambda code: code_name(code, self.lang),
            "station": lambda station: station_name(station, self.lang),  # "console-3": Counter 3
        }.get(kind)
        if name is None:
            return None
        named: dict[str, str] = {}  # a few codes over a year's rows: each is named once

        def cached(code: str) -> str:
            text = named.get(code)
            if text is None:
                text = named[code] = name(code)
            return text

        return cached
