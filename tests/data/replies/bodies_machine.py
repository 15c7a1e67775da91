"""Machine mail and list traffic: auto-replies, read receipts, bounces, a person's reply
relayed by the client's Google Group, newsletters. The builder writes the receipt and
bounce texts itself."""

from __future__ import annotations

from entry import E

A = "auto_reply"

AUTO = [
    E(
        A,
        "en",
        "Thank you for your email. I am out of the office until Monday 7 December with limited access to email. For payment queries please contact accounts@{domain}.",
        clients=("oofen",),
    ),
    E(
        A,
        "zh",
        "您好，我于12月1日至12月7日休假，期间无法及时回复邮件。如有付款相关事宜请联系财务部张小姐（0571-8802 3316）。",
        clients=("oofzh",),
        note="auto-reply that mentions 付款",
    ),
    E(
        A,
        "zh-Hant",
        "您好，本人於12月21日至12月28日休假，期間未能回覆郵件。付款事宜請聯絡會計部陳小姐。",
        clients=("ooftw",),
    ),
    E(
        A,
        "zh",
        "您好，我已收到您的邮件，目前在外地出差，回来后第一时间处理付款的事情。",
        clients=("qqvac",),
        note="QQ vacation reply promising to deal with payment",
    ),
    E(A, "zh", "春节放假期间（2月5日至2月15日）邮件不能及时回复，敬请谅解。", clients=("qqvac",)),
    E(
        A,
        "zh",
        "您的来信已收到，我会尽快处理。谢谢！",
        clients=("n163auto",),
        note="163: no auto-reply header",
    ),
    E(
        A,
        "zh",
        "本人已离职，此邮箱不再使用。业务请联系 finance@{domain}。",
        clients=("exmailauto",),
    ),
    E(
        A,
        "zh",
        "您好！我正在出差，邮件回复可能会延迟，紧急事务请致电 138 0571 2290。",
        clients=("alimailauto",),
    ),
    E(
        A,
        "en",
        "I'm currently on annual leave, returning on 4 January. Your message will not be forwarded.",
        clients=("icloud",),
    ),
    E(
        A,
        "en",
        "This mailbox is no longer monitored. Please send invoices and payment questions to ap@{domain}.",
        clients=("gmailvac",),
        note="no 'auto' subject; header only",
    ),
    E(
        A,
        "en",
        "Thanks for your message. I am travelling this week and will reply when I am back on 30 November. Invoices will be paid as usual by our AP team.",
        clients=("oofen",),
        note="OOF that says invoices will be paid",
    ),
    E(
        A,
        "zh",
        "自动回复：您好，我这周在外培训，付款申请已提交的请耐心等待。",
        clients=("n163auto",),
    ),
]

RECEIPTS = [
    E(A, "zh", "", clients=("mdnzh",), note="Outlook read receipt 已读:", sign=False),
    E(A, "en", "", clients=("mdnen",), note="Outlook read receipt Read:", sign=False),
    E(A, "zh-Hant", "", clients=("mdntw",), note="Outlook read receipt 已讀:", sign=False),
    E(A, "en", "", clients=("mdntb",), note="Thunderbird return receipt", sign=False),
    E(A, "en", "", clients=("mdndel",), note="Outlook: deleted without being read", sign=False),
    E(A, "zh", "", clients=("mdnzh",), note="Outlook read receipt 已读:", sign=False),
]

BOUNCES = [
    E("bounce", "zh", "", clients=("bounce",), sign=False),
    E("bounce", "en", "", clients=("bounce",), sign=False),
]

LISTS = [
    E(
        "paid",
        "en",
        "Hi {pm}, this was paid yesterday - remittance to follow from our AP system.",
        clients=("ggroup",),
        note="person's reply relayed by the client's Google Group",
    ),
    E(
        "promise",
        "en",
        "We will pay by December 18.",
        "2026-12-18",
        "2026-12-01 10:00",
        clients=("ggroup",),
        note="person's reply via a Google Group",
    ),
    E(
        "dispute",
        "en",
        "We dispute the second line of this invoice; the hours were not agreed.",
        clients=("ggroup",),
        note="person's reply via a Google Group",
    ),
    E(
        "other",
        "zh",
        "【年终回馈】{co} 2026 年度客户答谢会邀请\n\n尊敬的合作伙伴：感谢一年来的支持！本次活动报名截止12月10日，付款方式和发票开具请咨询各区域销售。",
        clients=("news",),
        known=False,
        dangerous=True,
        note="newsletter: Precedence bulk, mentions 付款",
    ),
    E(
        "other",
        "en",
        "Your December update from {co}\n\nNew: pay your subscription online. We have moved our billing to a new portal.",
        clients=("news",),
        known=False,
        dangerous=True,
        note="newsletter mentioning billing",
    ),
]
