"""Traditional Chinese reply bodies (Hong Kong and Taiwan clients), with HKSCS characters
such as 滙 that plain Big5 cannot hold."""

from __future__ import annotations

from entry import E

H = "zh-Hant"
J, P = "jpg:", "pdf:"
HK = "Asia/Hong_Kong"
TW = "Asia/Taipei"

PAID = [
    E("paid", H, "{pm}你好，款項已於昨日滙出，請查收。", tz=HK),
    E("paid", H, "已經轉帳了，水單見附件。", atts=(J + "滙款水單.jpg",), tz=HK),
    E("paid", H, "貨款已付清，請貴司財務核對。", tz=TW),
    E(
        "paid",
        H,
        "您好，第二期款項我們上星期五已經匯出，匯款單如附件。",
        atts=(P + "匯款單.pdf",),
        tz=TW,
    ),
    E(
        "paid",
        H,
        "請看附件。",
        atts=(P + "滙豐銀行轉賬記錄.pdf",),
        tz=HK,
        note="only a receipt attached",
    ),
    E("paid", H, "錢已經過咗數，麻煩你check下。", tz=HK, note="Cantonese: 過咗數 = transferred"),
    E("paid", H, "我哋已經用支票付款，支票已寄到貴公司。", tz=HK),
    E("paid", H, "本公司已於12月1日完成付款，謝謝。", sent="2026-12-03 10:20", tz=TW),
    E("paid", H, "款項已透過 FPS 轉數，參考編號 FRN20261124HK0039。", tz=HK),
    E("paid", H, "已付，謝謝提醒。", tz=TW),
]

PARTIAL = [
    E("partial_payment", H, "我們已先支付一半款項，餘款待驗收後支付。", tz=TW, dangerous=True),
    E("partial_payment", H, "今日已滙出{part}，其餘{rest}下個月再付。", tz=HK, dangerous=True),
    E(
        "partial_payment",
        H,
        "先俾咗三成訂金，其餘等收貨先俾。",
        tz=HK,
        dangerous=True,
        note="Cantonese",
    ),
]

PROMISE = [
    E("promise", H, "將於十二月十日前匯款。", "2026-12-10", "2026-11-30 11:00", tz=TW),
    E("promise", H, "下星期二會安排付款。", "2026-12-01", "2026-11-26 15:30", tz=HK),
    E("promise", H, "月底前會滙出，請放心。", "2026-12-31", "2026-12-04 10:10", tz=HK),
    E(
        "promise",
        H,
        "預計 15/12/2026 付款。",
        "2026-12-15",
        "2026-12-01 09:45",
        tz=HK,
        note="day-first (Hong Kong)",
    ),
    E(
        "promise",
        H,
        "我們會在 09/12/2026 安排轉帳。",
        "2026-12-09",
        "2026-12-01 16:00",
        tz=HK,
        note="day-first (Hong Kong)",
    ),
    E(
        "promise",
        H,
        "農曆新年後才能處理，敬請見諒。",
        None,
        "2026-12-18 10:00",
        tz=TW,
        note="after Lunar New Year: no date",
    ),
    E("promise", H, "財務說三個工作天內付款。", "2026-12-03", "2026-11-30 14:20", tz=HK),
    E(
        "promise",
        H,
        "會喺下個禮拜五之前過數。",
        "2026-12-11",
        "2026-12-01 12:00",
        tz=HK,
        note="Cantonese: next week's Friday",
    ),
    E("promise", H, "預計年底前付清。", "2026-12-31", "2026-11-20 10:00", tz=TW),
    E(
        "promise",
        H,
        "本公司訂於每月25日付款，本期款項將於12月25日支付。",
        "2026-12-25",
        "2026-12-02 09:00",
        tz=TW,
    ),
    E(
        "promise",
        H,
        "還沒付，這星期五會付。",
        "2026-12-04",
        "2026-12-01 10:00",
        tz=TW,
        note="negation then promise",
    ),
]

MORE = [
    E("more_time", H, "請問可否分三期付款？公司現金流比較緊。", tz=HK),
    E("more_time", H, "能否延至明年一月底才付款？", "2027-01-31", "2026-12-05 10:00", tz=TW),
]

DISPUTE = [
    E("dispute", H, "驗收未通過，請先處理問題再談付款。", tz=TW),
    E("dispute", H, "發票抬頭錯誤，我們公司全名是{co}，請重開發票。", tz=TW),
    E("dispute", H, "系統仲有好多bug未改好，我哋唔會俾錢住。", tz=HK, note="Cantonese refusal"),
    E("dispute", H, "統一編號不對，這張發票無法入帳，不能付款。", tz=TW),
    E("dispute", H, "合約寫明驗收後六十天付款，現在還未驗收。", tz=TW),
    E("dispute", H, "貨品有質量問題，已退回部分，這筆款項暫不支付。", tz=HK),
    E("dispute", H, "我們不會付款，除非你們先完成第二階段的交付。", tz=TW),
]

ACCEPT = [
    E("acceptance", H, "項目已經驗收合格，驗收報告已簽署。", atts=(P + "驗收報告.pdf",), tz=TW),
    E("acceptance", H, "我哋已經完成驗收，一切正常，多謝。", tz=HK),
]

RESEND = [
    E("resend_request", H, "請重新發送發票，我們之前收到的檔案打不開。", tz=TW),
    E("resend_request", H, "麻煩再提供一次銀行資料，我哋要用嚟過數。", tz=HK),
]

BANK = [
    E("bank_question", H, "我們收到通知說貴司更改了收款銀行帳戶，請問是否屬實？", tz=TW),
    E("bank_question", H, "點解今次封信嘅戶口號碼同上次唔同？請確認。", tz=HK),
]

OTHER = [
    E("other", H, "收到，已轉交財務部跟進。", tz=HK, dangerous=True, note="轉交 is not 轉帳"),
    E("other", H, "我們還沒有付款，我再問一下會計。", tz=TW, dangerous=True, note="negation"),
    E("other", H, "好的，謝謝。", tz=TW),
]
