"""The registers' words in the exports and the manager's window (Simplified and Traditional Chinese, English):
page and table titles, figures, row headings, stored codes as words, and the definitions of each figure."""
from __future__ import annotations

TEXTS = {
    "zh_CN": {
        "bookings": "预约", "home_visits": "上门服务", "complaints": "投诉",
        "complaint_steps": "投诉处理步骤", "ratings": "满意度评价", "shunting": "客户分流（自助服务）",
        "by_service": "按业务", "by_slot": "按时段", "by_counter": "按窗口", "by_channel": "按渠道",
        "by_status": "按状态", "by_teller": "按柜员", "scores": "评分分布", "service": "业务",
        "slot": "时段", "counter": "窗口", "channel": "渠道", "state": "状态", "teller": "柜员",
        "score": "评分", "total": "合计", "none": "（无）", "booked": "预约数", "checked_in": "已签到",
        "no_show": "未到", "pending": "待签到", "cancelled": "已取消", "requested": "申请数",
        "done": "已完成", "done_on_time": "按时完成", "on_time_share": "按时率", "open": "未完成",
        "overdue": "已逾期", "refused": "未批准", "received": "受理数", "replied": "已答复",
        "replied_on_time": "按时答复", "closed": "已办结", "count": "评价数", "mean": "平均分",
        "low": "低分", "share": "占比", "offered": "建议自助", "self_service": "选择自助",
        "ticket": "仍取号", "left": "未选择离开", "self_service_share": "自助占比", "rows": "明细",
        "no_records": "本期间没有记录。",
        "as_of": "统计时点：{as_of}（未完成和逾期按此时计算）。", "notes": "指标说明",
        "without_personal": "本表不含上门服务客户的联系方式和地址（导出时勾选“含个人信息”才写入）。",
        "with_personal": "本表含个人信息：上门服务客户的联系方式和地址。请妥善保管，用毕删除。",
    },
    "zh_TW": {
        "bookings": "預約", "home_visits": "上門服務", "complaints": "投訴",
        "complaint_steps": "投訴處理步驟", "ratings": "滿意度評價", "shunting": "客戶分流（自助服務）",
        "by_service": "按業務", "by_slot": "按時段", "by_counter": "按櫃檯", "by_channel": "按管道",
        "by_status": "按狀態", "by_teller": "按櫃員", "scores": "評分分布", "service": "業務",
        "slot": "時段", "counter": "櫃檯", "channel": "管道", "state": "狀態", "teller": "櫃員",
        "score": "評分", "total": "合計", "none": "（無）", "booked": "預約數", "checked_in": "已報到",
        "no_show": "未到", "pending": "待報到", "cancelled": "已取消", "requested": "申請數",
        "done": "已完成", "done_on_time": "準時完成", "on_time_share": "準時率", "open": "未完成",
        "overdue": "已逾期", "refused": "未核准", "received": "受理數", "replied": "已答覆",
        "replied_on_time": "準時答覆", "closed": "已結案", "count": "評價數", "mean": "平均分",
        "low": "低分", "share": "占比", "offered": "建議自助", "self_service": "選擇自助",
        "ticket": "仍取號", "left": "未選擇離開", "self_service_share": "自助占比", "rows": "明細",
        "no_records": "本期間沒有記錄。",
        "as_of": "統計時點：{as_of}（未完成和逾期按此時計算）。", "notes": "指標說明",
        "without_personal": "本表不含上門服務客戶的聯絡方式和地址（匯出時勾選「含個人資料」才寫入）。",
        "with_personal": "本表含個人資料：上門服務客戶的聯絡方式和地址。請妥善保管，用畢刪除。",
    },
    "en": {
        "bookings": "Appointments", "home_visits": "Home visits", "complaints": "Complaints",
        "complaint_steps": "Complaint steps", "ratings": "Satisfaction ratings",
        "shunting": "Shunting to self-service", "by_service": "By service", "by_slot": "By slot",
        "by_counter": "By counter", "by_channel": "By channel", "by_status": "By state",
        "by_teller": "By teller", "scores": "Scores", "service": "Service", "slot": "Slot",
        "counter": "Counter", "channel": "Channel", "state": "State", "teller": "Teller", "score": "Score",
        "total": "Total", "none": "(none)", "booked": "Booked", "checked_in": "Checked in",
        "no_show": "No-show", "pending": "Pending", "cancelled": "Cancelled", "requested": "Requested",
        "done": "Done", "done_on_time": "Done on time", "on_time_share": "On time", "open": "Open",
        "overdue": "Overdue", "refused": "Refused", "received": "Received", "replied": "Replied",
        "replied_on_time": "Replied on time", "closed": "Closed", "count": "Ratings", "mean": "Mean",
        "low": "Low", "share": "Share", "offered": "Suggested", "self_service": "Chose self-service",
        "ticket": "Took a ticket", "left": "Left without choosing",
        "self_service_share": "Self-service share", "rows": "Rows",
        "no_records": "No records in this range.",
        "as_of": "Counted at {as_of} (what is open or overdue depends on it).", "notes": "Definitions",
        "without_personal": "Home-visit customers' contact and address are left out (export with personal "
                            "data to include them).",
        "with_personal": "Holds personal data: home-visit customers' contact and address. Keep it safe and"
                         " delete it when done.",
    },
}

# The definitions under each register's figures (the PDF page, the window page).
NOTES = {
    "zh_CN": {
        "bookings": "预约按所约时段的日期计入。已签到：凭预约码取号（含迟到按普通号取号）；未到：标记为未"
                    "到，或时段结束 {no_show} 分钟后仍未签到；待签到：两者都还不是；已取消的预约不计入预约"
                    "数。",
        "home_visits": "上门服务按申请日期计入。按时完成：在承诺日期（申请后 {due_days} 个工作日内）当天或"
                       "之前完成；已逾期：未完成、未被拒绝或取消，且已过承诺日期；按时率 = 按时完成 ÷（已完"
                       "成 + 已逾期），尚在期限内的申请不计入。",
        "complaints": "投诉按受理日期计入。答复时间为答复时间，无答复时为办结时间；按时答复：在答复期限（{"
                      "reply_days} 个工作日）之内；已逾期：尚未答复且已过期限；按时率 = 按时答复 ÷（已答复 "
                      "+ 已逾期）。",
        "ratings": "每张号票一次评价，1 分（很不满意）至 5 分（很满意），按评价日期计入；低分：{low} 分及"
                   "以下。柜员和窗口为办理该号票的柜员和窗口。",
        "shunting": "某项可自助办理的业务预计等待超过 {threshold} 分钟时，取号机建议客户先到自助服务区；按"
                    "客户的选择计数。",
    },
    "zh_TW": {
        "bookings": "預約按所約時段的日期計入。已報到：憑預約碼取號（含遲到按一般號取號）；未到：標記為未"
                    "到，或時段結束 {no_show} 分鐘後仍未報到；待報到：兩者都還不是；已取消的預約不計入預約"
                    "數。",
        "home_visits": "上門服務按申請日期計入。準時完成：在承諾日期（申請後 {due_days} 個工作天內）當天或"
                       "之前完成；已逾期：未完成、未被拒絕或取消，且已過承諾日期；準時率 = 準時完成 ÷（已完"
                       "成 + 已逾期），尚在期限內的申請不計入。",
        "complaints": "投訴按受理日期計入。答覆時間為答覆時間，無答覆時為結案時間；準時答覆：在答覆期限（{"
                      "reply_days} 個工作天）之內；已逾期：尚未答覆且已過期限；準時率 = 準時答覆 ÷（已答覆 "
                      "+ 已逾期）。",
        "ratings": "每張號碼牌一次評價，1 分（很不滿意）至 5 分（很滿意），按評價日期計入；低分：{low} 分"
                   "及以下。櫃員和櫃檯為辦理該號碼牌的櫃員和櫃檯。",
        "shunting": "某項可自助辦理的業務預計等候超過 {threshold} 分鐘時，取號機建議客戶先到自助服務區；按"
                    "客戶的選擇計數。",
    },
    "en": {
        "bookings": "Bookings count on the day of their slot. Checked in: took a ticket with the booking c"
                    "ode (a late one too, as a regular ticket); no-show: marked so, or not checked in {no_s"
                    "how} min after the slot ended; pending: neither yet. Cancelled bookings are not counte"
                    "d as booked.",
        "home_visits": "Visits count on the day they were asked for. Done on time: on or before the promis"
                       "ed day ({due_days} working days after the request); overdue: not done, refused or c"
                       "ancelled, and past the promised day; on time = done on time / (done + overdue): req"
                       "uests still within their time are not judged yet.",
        "complaints": "Complaints count on the day received. The reply is the reply, else the closing; rep"
                      "lied on time: by the promised time ({reply_days} working days); overdue: no reply ye"
                      "t and past the promised time; on time = replied on time / (replied + overdue).",
        "ratings": "One rating per ticket, from 1 (very dissatisfied) to 5 (very satisfied), counted on th"
                   "e day given; low: {low} or less. Teller and counter: who served the ticket.",
        "shunting": "When the expected wait for a service possible at self-service machines passes {thresh"
                    "old} min, the kiosk suggests the self-service area first; counted by the customer's ch"
                    "oice.",
    },
}

# A register row's column headings where the report's words (columns.HEADINGS) have none or mean otherwise.
HEADINGS = {
    "zh_CN": {
        "due_at": "时段开始", "slot_end": "时段结束", "code": "预约码", "service": "业务",
        "booked_at": "预约时间", "booked_by": "预约终端", "checked_in_at": "签到时间",
        "requested_at": "申请时间", "reason": "不能到网点的原因", "requested_by": "申请人",
        "due_by": "最迟上门日期", "approved_by": "审批人", "approved_at": "审批时间",
        "staff_a": "上门人员一", "staff_b": "上门人员二", "assigned_at": "派员时间",
        "call_at": "出发前联系时间", "call_note": "联系记录", "done_at": "完成时间", "outcome": "办理结果",
        "erased_at": "个人信息删除时间", "contact": "联系方式", "address": "地址",
        "received_at": "受理时间", "channel": "渠道", "matter": "投诉事项", "taken_by": "首问责任人",
        "reply_due": "答复期限", "replied_at": "答复时间", "closed_at": "办结时间", "rating_id": "评价序号",
        "complaint_id": "投诉序号", "staff": "柜员", "score": "评分", "wait_minutes": "预计等待（分钟）",
        "choice": "客户选择",
    },
    "zh_TW": {
        "due_at": "時段開始", "slot_end": "時段結束", "code": "預約碼", "service": "業務",
        "booked_at": "預約時間", "booked_by": "預約終端", "checked_in_at": "報到時間",
        "requested_at": "申請時間", "reason": "無法臨櫃的原因", "requested_by": "申請人",
        "due_by": "最遲上門日期", "approved_by": "核准人", "approved_at": "核准時間",
        "staff_a": "上門人員一", "staff_b": "上門人員二", "assigned_at": "派員時間",
        "call_at": "出發前聯絡時間", "call_note": "聯絡記錄", "done_at": "完成時間", "outcome": "辦理結果",
        "erased_at": "個人資料刪除時間", "contact": "聯絡方式", "address": "地址",
        "received_at": "受理時間", "channel": "管道", "matter": "投訴事項", "taken_by": "首問責任人",
        "reply_due": "答覆期限", "replied_at": "答覆時間", "closed_at": "結案時間", "rating_id": "評價序號",
        "complaint_id": "投訴序號", "staff": "櫃員", "score": "評分", "wait_minutes": "預計等候（分鐘）",
        "choice": "客戶選擇",
    },
}

# Stored codes of the registers' rows as words (an unknown code is shown as stored); English CSV and XLSX
# keep the codes, the window and the PDF say these words.
VALUES = {
    "zh_CN": {
        "booking_status": {
            "booked": "已预约", "checked_in": "已签到", "no_show": "未到", "cancelled": "已取消",
        },
        "visit_status": {
            "requested": "待审批", "approved": "已批准", "assigned": "已派员", "departed": "已出发",
            "done": "已完成", "refused": "未批准", "cancelled": "已取消",
        },
        "complaint_status": {
            "received": "已受理", "in_progress": "处理中", "replied": "已答复", "closed": "已办结",
        },
        "channel": {
            "counter": "柜台", "phone": "电话", "box": "意见箱", "online": "网上",
        },
        "requested_by": {
            "customer": "客户本人", "agent": "代办人",
        },
        "choice": {
            "self_service": "选择自助", "ticket": "仍取号", "left": "未选择离开",
        },
    },
    "zh_TW": {
        "booking_status": {
            "booked": "已預約", "checked_in": "已報到", "no_show": "未到", "cancelled": "已取消",
        },
        "visit_status": {
            "requested": "待核准", "approved": "已核准", "assigned": "已派員", "departed": "已出發",
            "done": "已完成", "refused": "未核准", "cancelled": "已取消",
        },
        "complaint_status": {
            "received": "已受理", "in_progress": "處理中", "replied": "已答覆", "closed": "已結案",
        },
        "channel": {
            "counter": "櫃檯", "phone": "電話", "box": "意見箱", "online": "網路",
        },
        "requested_by": {
            "customer": "客戶本人", "agent": "代辦人",
        },
        "choice": {
            "self_service": "選擇自助", "ticket": "仍取號", "left": "未選擇離開",
        },
    },
    "en": {
        "booking_status": {
            "booked": "booked", "checked_in": "checked in", "no_show": "no-show", "cancelled": "cancelled",
        },
        "visit_status": {
            "requested": "requested", "approved": "approved", "assigned": "assigned",
            "departed": "departed", "done": "done", "refused": "refused", "cancelled": "cancelled",
        },
        "complaint_status": {
            "received": "received", "in_progress": "in progress", "replied": "replied", "closed": "closed",
        },
        "channel": {
            "counter": "counter", "phone": "phone", "box": "complaint box", "online": "online",
        },
        "requested_by": {
            "customer": "customer", "agent": "agent",
        },
        "choice": {
            "self_service": "self-service", "ticket": "ticket", "left": "left without choosing",
        },
    },
}


def register_texts(lang: str) -> dict[str, str]:
    return TEXTS.get(lang, TEXTS["en"])


def value_words(lang: str, kind: str) -> dict[str, str] | None:
    """The words for the stored codes of a column of `kind` ("channel", "visit_status", ...); None for a
    kind of other values."""
    return VALUES.get(lang, VALUES["en"]).get(kind)
