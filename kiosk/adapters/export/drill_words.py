"""A drill evaluation in words (Simplified and Traditional Chinese, English): its header, figures and judged
lines, the same for the manager's window and the PDF."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.adapters.export.labels import code_name
from kiosk.core.clock import minutes_text
from kiosk.core.config import Branch
from kiosk.core.drill_review import (
    ASSISTANCE,
    COUNTER_OPENED,
    HELP,
    LOVE_WINDOW,
    MET,
    MISSED,
    NO_ALERT,
    NOT_ISSUED,
    NOT_JUDGED,
    WAIT_P90,
    Check,
    DrillReview,
)
from kiosk.core.drills import SURGE, drill_mark
from kiosk.core.errors import QueueError

WORDS = {
    "zh_CN": {
        "title": "演练评估报告", "drill": "演练", "kind:surge": "客户增多情景演练",
        "kind:special": "特殊群体服务应急演练", "started": "开始", "ended": "结束", "running": "进行中",
        "by": "负责人工号", "plan": "演练方案",
        "surge_plan": "每小时 {rate} 位模拟客户，持续 {minutes} 分钟；业务：{services}；客户类别：{classes}",
        "special_plan": "脚本 {count} 位客户，每 {every} 秒一位", "tickets": "演练号票",
        "planned": "计划", "issued": "已取号", "called": "已叫号", "served": "已办结", "open": "未完成",
        "cancelled": "已取消", "waits": "等待时间（分钟）", "mean": "平均", "p90": "90%分位", "max": "最长",
        "target": "目标", "checks": "评估项目", "who": "对象", "check": "项目", "result": "结果",
        "verdict": "评价", MET: "达标", MISSED: "未达标", NOT_JUDGED: "不评价",
        "all_tickets": "全部演练号票", "branch": "网点",
        WAIT_P90: "等待时间90%分位", HELP: "呼叫求助响应", ASSISTANCE: "协助服务已登记",
        NOT_ISSUED: "未取号（演练已先结束）", LOVE_WINDOW: "首位特殊客户到达后开启爱心窗口",
        COUNTER_OPENED: "预警后为 {service} 增开窗口", NO_ALERT: "演练期间未发出客流预警",
        "alert": "{time} 预警：{service} 等候 {waiting} 人，建议增开 {more} 个窗口",
        "not_answered": "无人响应", "no_request": "未记录求助", "none_logged": "未登记", "logged": "已登记",
        "already_open": "已开启", "not_opened": "未开启", "none_opened": "未增开",
        "minutes": "{value} 分钟", "seconds": "{value} 秒", "at_most": "≤ {value}",
        "notes": "总结与完善预案", "summary": "总结", "improve": "完善预案", "no_notes": "（尚未填写）",
        "met_count": "达标 {met} 项，未达标 {missed} 项",
        "definition": "等待时间 = 首次叫号时间 − 取号时间；未被叫号的号票计至取消或演练结束。"
                      "90%分位按名次取值。演练号票不计入网点日常统计。",
        "roles": {"wheelchair": "轮椅客户", "hearing": "听障客户", "unwell_elderly": "身体不适的老年客户",
                  "green_channel": "需走绿色通道的客户"},
    },
    "zh_TW": {
        "title": "演練評估報告", "drill": "演練", "kind:surge": "客戶增多情景演練",
        "kind:special": "特殊群體服務應急演練", "started": "開始", "ended": "結束", "running": "進行中",
        "by": "負責人員編號", "plan": "演練方案",
        "surge_plan": "每小時 {rate} 位模擬客戶，持續 {minutes} 分鐘；業務：{services}；客戶類別：{classes}",
        "special_plan": "腳本 {count} 位客戶，每 {every} 秒一位", "tickets": "演練號碼牌",
        "planned": "計畫", "issued": "已取號", "called": "已叫號", "served": "已辦結", "open": "未完成",
        "cancelled": "已取消", "waits": "等候時間（分鐘）", "mean": "平均", "p90": "90%分位", "max": "最長",
        "target": "目標", "checks": "評估項目", "who": "對象", "check": "項目", "result": "結果",
        "verdict": "評價", MET: "達標", MISSED: "未達標", NOT_JUDGED: "不評價",
        "all_tickets": "全部演練號碼牌", "branch": "分行",
        WAIT_P90: "等候時間90%分位", HELP: "呼叫求助回應", ASSISTANCE: "協助服務已登記",
        NOT_ISSUED: "未取號（演練已先結束）", LOVE_WINDOW: "首位特殊客戶到達後開啟愛心窗口",
        COUNTER_OPENED: "預警後為 {service} 加開櫃檯", NO_ALERT: "演練期間未發出客流預警",
        "alert": "{time} 預警：{service} 等候 {waiting} 人，建議加開 {more} 個櫃檯",
        "not_answered": "無人回應", "no_request": "未記錄求助", "none_logged": "未登記", "logged": "已登記",
        "already_open": "已開啟", "not_opened": "未開啟", "none_opened": "未加開",
        "minutes": "{value} 分鐘", "seconds": "{value} 秒", "at_most": "≤ {value}",
        "notes": "總結與完善預案", "summary": "總結", "improve": "完善預案", "no_notes": "（尚未填寫）",
        "met_count": "達標 {met} 項，未達標 {missed} 項",
        "definition": "等候時間 = 首次叫號時間 − 取號時間；未被叫號的號碼牌計至取消或演練結束。"
                      "90%分位按名次取值。演練號碼牌不計入分行日常統計。",
        "roles": {"wheelchair": "輪椅客戶", "hearing": "聽障客戶", "unwell_elderly": "身體不適的年長客戶",
                  "green_channel": "需走緊急通道的客戶"},
    },
    "en": {
        "title": "Drill evaluation", "drill": "Drill", "kind:surge": "Customer-surge drill",
        "kind:special": "Special-group service drill", "started": "Started", "ended": "Ended",
        "running": "still running", "by": "staff no.", "plan": "Plan",
        "surge_plan": "{rate} customers per hour for {minutes} min; services: {services}; classes: {classes}",
        "special_plan": "a script of {count} customers, one every {every} s", "tickets": "Drill tickets",
        "planned": "Planned", "issued": "Issued", "called": "Called", "served": "Served", "open": "Open",
        "cancelled": "Cancelled", "waits": "Waiting time (min)", "mean": "Mean", "p90": "90th pct",
        "max": "Longest", "target": "Target", "checks": "What was judged", "who": "Who", "check": "Check",
        "result": "Result", "verdict": "Verdict", MET: "met", MISSED: "missed", NOT_JUDGED: "not judged",
        "all_tickets": "All drill tickets", "branch": "Branch",
        WAIT_P90: "Waiting time, 90th percentile", HELP: "Help request answered",
        ASSISTANCE: "Assistance logged", NOT_ISSUED: "Not issued (the drill ended first)",
        LOVE_WINDOW: "Love window open after the first special customer",
        COUNTER_OPENED: "Counter opened for {service} after the alert",
        NO_ALERT: "No surge alert was raised during the drill",
        "alert": "Alert {time}: {service} {waiting} waiting, open {more} more",
        "not_answered": "not answered", "no_request": "no help request recorded",
        "none_logged": "none logged", "logged": "logged", "already_open": "already open",
        "not_opened": "not opened",
        "none_opened": "none opened", "minutes": "{value} min", "seconds": "{value} s",
        "at_most": "≤ {value}", "notes": "Summary and what to improve", "summary": "Summary (总结)",
        "improve": "What to improve (完善预案)", "no_notes": "(not written yet)",
        "met_count": "{met} met, {missed} missed",
        "definition": "Waiting time = first call − issue; a ticket never called counts until it was "
                      "cancelled or the drill ended. 90th percentile: nearest rank. Drill tickets are kept "
                      "out of the branch's real figures.",
        "roles": {"wheelchair": "Wheelchair user", "hearing": "Hearing-impaired customer",
                  "unwell_elderly": "Elderly customer feeling unwell",
                  "green_channel": "Customer needing the green channel"},
    },
}


@dataclass(frozen=True)
class Line:
    """One judged line as shown: its cells (who, check, result, target) and verdict (MET, MISSED, ...)."""

    cells: tuple[str, str, str, str]
    verdict: str


def words(lang: str) -> dict:
    return WORDS.get(lang, WORDS["en"])


def role_name(role: str, lang: str) -> str:
    return words(lang)["roles"].get(role, role.replace("_", " "))


def kind_name(kind: str, lang: str) -> str:
    return words(lang).get(f"kind:{kind}", kind)


def verdict_word(verdict: str, lang: str) -> str:
    return words(lang).get(verdict, verdict)


def heading(review: DrillReview, branch: Branch, lang: str) -> list[str]:
    """The lines above the tables: the drill, when and by whom, its plan."""
    w, drill, tz = words(lang), review.drill, branch.tz
    started = drill.started_at.astimezone(tz)
    ended = (f"{w['ended']} {drill.ended_at.astimezone(tz):%H:%M}{_by(drill.ended_by, w)}"
             if drill.ended_at else w["running"])
    rules = review.plan.rules
    if drill.kind == SURGE:
        plan = w["surge_plan"].format(rate=f"{rules.surge_rate_per_hour:g}", minutes=rules.surge_minutes,
                                      services=_shares(rules.surge_mix, branch, "service", lang),
                                      classes=_shares(rules.class_mix, branch, "class", lang))
    else:
        plan = w["special_plan"].format(count=len(rules.script), every=review.plan.every_seconds)
    return [f"{drill_mark(lang)} {drill.id} · {kind_name(drill.kind, lang)} · {branch.name}",
            f"{started:%Y-%m-%d}  {w['started']} {started:%H:%M}{_by(drill.started_by, w)} · {ended}",
            f"{w['plan']}{'：' if lang.startswith('zh') else ': '}{plan}"]


def ticket_table(review: DrillReview, lang: str) -> list[list[str]]:
    w = words(lang)
    return [[w[k] for k in ("planned", "issued", "called", "served", "open", "cancelled")],
            [str(v) for v in (review.planned, review.issued, review.called, review.served, review.waiting,
                              review.cancelled)]]


def wait_table(review: DrillReview, lang: str) -> list[list[str]]:
    w, waits = words(lang), review.waits
    target = review.plan.rules.wait_target_minutes * 60.0
    return [[w["mean"], w["p90"], w["max"], f"{w['target']} ({w['p90']})"],
            [_minutes(waits.mean), _minutes(waits.p90), _minutes(review.max_wait_s),
             w["at_most"].format(value=minutes_text(target))]]


def checks_title(review: DrillReview, lang: str) -> str:
    w = words(lang)
    return f"{w['checks']} · {w['met_count'].format(met=review.met, missed=review.missed)}"


def lines(review: DrillReview, branch: Branch, lang: str) -> list[Line]:
    return [_line(check, branch, lang) for check in review.checks]


def _line(c: Check, branch: Branch, lang: str) -> Line:
    w = words(lang)
    who = f"{c.ticket} · {role_name(c.role, lang)}" if c.ticket else role_name(c.role, lang) if c.role else ""
    check, result, target = w[c.check], "–", "–"
    if c.check == WAIT_P90:
        who, result = w["all_tickets"], _minutes(c.value_s)
        target = w["at_most"].format(value=w["minutes"].format(value=minutes_text(c.target_s)))
    elif c.check == HELP:
        result = (w["no_request"] if c.verdict == NOT_JUDGED else w["not_answered"] if c.value_s is None
                  else w["seconds"].format(value=f"{c.value_s:.0f}"))
        target = w["at_most"].format(value=w["seconds"].format(value=f"{c.target_s:.0f}"))
    elif c.check == ASSISTANCE:
        result = ", ".join(code_name(k, lang) for k in c.kinds) if c.kinds else w["none_logged"]
        target = w["logged"]
    elif c.check == LOVE_WINDOW:
        who = w["branch"]
        result = (w["not_opened"] if c.value_s is None else w["already_open"] if c.value_s == 0
                  else w["minutes"].format(value=minutes_text(c.value_s)))
        target = w["at_most"].format(value=w["minutes"].format(value=minutes_text(c.target_s)))
    elif c.check == COUNTER_OPENED:
        when = datetime.fromtimestamp(c.at, UTC).astimezone(branch.tz)
        who = w["alert"].format(time=f"{when:%H:%M}", service=_name(branch, "service", c.service, lang),
                                waiting=c.waiting, more=c.more_counters)
        check = check.format(service=c.service)
        result = w["none_opened"] if c.value_s is None else w["minutes"].format(value=minutes_text(c.value_s))
        target = w["at_most"].format(value=w["minutes"].format(value=minutes_text(c.target_s)))
    elif c.check == NO_ALERT:
        who = w["branch"]
    return Line((who, check, result, target), c.verdict)


def _by(staff: str, w: dict) -> str:
    return f" ({w['by']} {staff})" if staff else ""


def _minutes(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds / 60:.1f}"


def _name(branch: Branch, kind: str, code: str, lang: str) -> str:
    try:
        item = branch.service(code) if kind == "service" else branch.priority_class(code)
    except QueueError:  # taken out of the configuration since
        return code
    return item.name(lang)


def _shares(mix, branch: Branch, kind: str, lang: str) -> str:
    total = sum(mix.values()) or 1.0
    return ", ".join(f"{_name(branch, kind, code, lang)} {share / total:.0%}"
                     for code, share in mix.items() if share > 0)
