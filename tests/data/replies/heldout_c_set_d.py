"""Held-out set D: (client style, kind, expected date, body, options), one reply per entry.

Written after set C was measured, with other wordings: typos (以付款, payed, fridy), mixed
Chinese and English, WeChat-style short lines, the boss instructing finance, inline answers
inside the quote, the client's own earlier answer quoted, negation words that are no
refusal (没问题, 不会拖欠), conditions, and dates in yet other forms. Reply day Wednesday
2026-12-02 unless ``day`` says otherwise; conventions as labels.yaml's.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_d import MACHINE_D

D = date
NY, HK, TPE, BER = "America/New_York", "Asia/Hong_Kong", "Asia/Taipei", "Europe/Berlin"
RISK = {"danger": True}

# fmt: off
ZH = [
    # paid
    ("qqhtml", "paid", None, "以付款，请查收", {"note": "typo 以 for 已; QQ HTML only"}),
    ("n163", "paid", None, "见下方回复", {"inline": ("如款项已经支付", "【已于11月30日付款，回单稍后发您】"), "note": "inline answer inside the quote"}),
    ("gmailzh", "paid", None, "已经付了，请查收回单。", {"atts": ["回单.pdf"], "earlier": "我们下周付。", "note": "quoted earlier promise; now paid"}),
    ("qqapp", "paid", None, "王经理\n钱\n已经\n打了", {"note": "WeChat-style short lines"}),
    ("mailmaster", "paid", None, "已经 paid 了，please check 一下", {"note": "mixed language"}),
    ("exmail", "paid", None, "汇款已汇出，MT103 见附件", {"atts": ["MT103.pdf"]}),
    ("sina", "paid", None, "上个礼拜就已经把钱汇过去了", {}),
    ("foxmail", "paid", None, "", {"atts": ["付款回单20261201.pdf"], "note": "attachment only"}),
    ("coremail", "paid", None, "尊敬的王经理：\n\n感谢提醒。我司已于12月1日完成该笔中期款的支付（招商银行对公转账），金额￥80,000.00。烦请查收并开具收据。\n\n此致\n敬礼\n\n赵敏", {}),
    ("huawei", "paid", None, "款付了，别再发了", {"note": "irritated"}),
    # partial payments
    ("alimail", "partial_payment", None, "本次支付60,000元，尾差20,000元下月付。", RISK),
    ("olzhcn", "partial_payment", None, "已付一半，剩下的下周付。", RISK),
    ("qqweb", "partial_payment", None, "首笔4万已付，第二笔4万月底前付", RISK),
    # promises
    ("qqweb", "promise", D(2026, 12, 4), "没问题，周五前付", {"note": "没问题 is no negation of paying"}),
    ("n126", "promise", D(2026, 12, 9), "我们不会拖欠的，放心，下周三前付", {"danger": True, "note": "不会拖欠 is no refusal"}),
    ("ioszh", "promise", D(2026, 12, 3), "让财务明天付", {"note": "the boss instructs finance"}),
    ("applezh", "promise", D(2026, 12, 2), "不好意思，忘了付了，今天马上付", {"danger": True, "note": "today"}),
    ("tbzh", "promise", D(2026, 12, 9), "一周内付款", {"below": True}),
    ("owazh", "promise", D(2026, 12, 17), "半个月内付清", {"note": "half a month = 15 days"}),
    ("mmios", "promise", D(2026, 12, 14), "下下周一付", {}),
    ("gmailzh", "promise", D(2026, 12, 7), "OK 我们 next Monday 付款", {"note": "mixed language"}),
    ("qqapp", "promise", D(2026, 12, 3), "周四付", {}),
    ("exmail", "promise", D(2026, 12, 25), "本月25日前付款", {}),
    ("n163", "promise", D(2026, 12, 15), "十五号付", {"note": "Chinese numeral day"}),
    ("alimail", "promise", D(2026, 12, 31), "12月底前付", {}),
    ("foxmail", "promise", D(2026, 12, 5), "三天后付", {}),
    ("coremail", "promise", D(2027, 1, 15), "下个月15号付款", {}),
    ("sina", "promise", D(2027, 1, 5), "1月5日付款", {"note": "January is next year"}),
    ("olzhcnplain", "promise", D(2026, 12, 8), "经内部审批，该款项将于下周二支付。", {}),
    ("qqweb", "promise", None, "这周内付", {"day": D(2026, 12, 7), "note": "这周内: no day (like 下周)"}),
    ("n163", "promise", D(2026, 12, 11), "明天一早就付", {"day": D(2026, 12, 10)}),
    ("huawei", "promise", D(2026, 12, 7), "下周一付", {"day": D(2026, 12, 4)}),
    ("olzhcn", "promise", D(2026, 12, 31), "元旦前付", {"day": D(2026, 12, 28)}),
    ("qqapp", "promise", D(2026, 12, 18), "周五前", {"day": D(2026, 12, 15)}),
    ("mailmaster", "promise", None, "节后付", {"note": "after the holiday: no date"}),
    ("exmail", "promise", D(2026, 12, 18), "十二月十八号之前付款", {}),
    ("gmailzh", "promise", D(2026, 12, 7), "老板已经签字了，财务说三个工作日内到账", {}),
    ("n126", "promise", D(2026, 12, 4), "还没付，不过这周五之前肯定付", {"danger": True, "note": "negation then promise"}),
    ("qqweb", "promise", D(2026, 12, 31), "还要再等等，月底前付", {"earlier": "我们下周五付。", "note": "quoted earlier answer names another day"}),
    ("ioszh", "promise", None, "下周付", {"note": "下周: no day"}),
    # more time / instalments
    ("qqweb", "more_time", D(2026, 12, 16), "能否再给我们两周时间？", {}),
    ("n163", "more_time", None, "申请分期：12月、1月、2月各付三分之一。", {}),
    ("olzhcn", "more_time", None, "想延期到春节后付，麻烦跟领导申请一下。", {}),
    ("foxmail", "more_time", D(2027, 1, 20), "资金周转困难，能否推迟到1月20号？", {}),
    # disputes
    ("qqweb", "dispute", None, "如果这周验收能通过，下周就付；通不过就没法付。", {"danger": True, "note": "conditional on an acceptance not yet done"}),
    ("n163", "dispute", None, "货还没到齐，少了两台服务器，到齐再付。", RISK),
    ("exmail", "dispute", None, "报价单上写的是含税价，你们发票金额多开了6%的税，请核实。", RISK),
    ("alimail", "dispute", None, "合同约定验收后90天付款，现在还没到付款期。", RISK),
    ("foxmail", "dispute", None, "发票上的开户行信息和税号都不对，财务退回了，请重新开具后再付。", RISK),
    ("coremail", "dispute", None, "对这笔款项我们不认可，具体原因已另函说明。", RISK),
    ("qqapp", "dispute", None, "做成这样还好意思要钱？", {"danger": True, "note": "rhetorical quality complaint"}),
    ("owazh", "dispute", None, "培训服务没有提供，按合同应扣减相应费用。", RISK),
    ("gmailzh", "dispute", None, "发票的抬头少了“有限”两个字，财务说不能入账。", RISK),
    ("mmios", "dispute", None, "中期款的前提是二期需求确认，需求还没确认呢。", RISK),
    # acceptance
    ("n163", "acceptance", None, "验收报告已签字，请查收扫描件。", {"atts": ["验收报告（已签字）.pdf"]}),
    ("exmail", "acceptance", None, "系统已正式上线，验收通过。", {}),
    # resend requests
    ("qqweb", "resend_request", None, "发票丢了，麻烦重新发一下电子版", {}),
    ("alimail", "resend_request", None, "付款没有问题，只是需要贵司先把发票寄过来", {"note": "没有问题 is no objection"}),
    ("n126", "resend_request", None, "我们还没收到发票", {}),
    # bank-account doubts
    ("qqweb", "bank_question", None, "我们收到贵司财务发来的新账户通知，请问是否属实？", RISK),
    ("foxmail", "bank_question", None, "请问可以付到你们香港公司的账户吗？", RISK),
    ("owazh", "bank_question", None, "邮件里的账号和发票上的账号差了一位数，以哪个为准？", RISK),
    # other (the PM is asked)
    ("qqweb", "other", None, "我们正在核对账目，核对完再回复您。", {}),
    ("n163", "other", None, "老板出差了，等他回来再说", {}),
    ("alimail", "other", None, "还没有安排付款。", {"danger": True, "note": "negation"}),
    ("foxmail", "other", None, "FYI，转发给你处理一下", {"danger": True, "note": "转发 is not 转账"}),
    ("exmail", "other", None, "我们的财务换人了，以后请发给 caiwu2@hzshuju.com", {}),
    ("coremail", "other", None, "请问这笔款对应哪张发票？", {}),
    ("mmios", "other", None, "王经理，这周五方便来开个会吗？顺便聊聊二期。", {"note": "a date that is no payment"}),
    ("qqapp", "other", None, "款还没到你们那吗？我们这边显示还没付呢", {"danger": True, "note": "negation: not paid"}),
]

HANT = [
    ("olzhtw", "paid", None, "貨款已經滙咗過去，請查收。", {"note": "big5 label with HKSCS 滙"}),
    ("gmailtw", "paid", None, "昨日已經入咗數", {"note": "Cantonese 入數"}),
    ("owazhtw", "paid", None, "款項已於昨日以電匯方式支付，電匯水單如附件。", {"atts": ["電匯水單.pdf"]}),
    ("ioszhtw", "promise", D(2026, 12, 9), "下個禮拜三前過數", {}),
    ("olmobtw", "promise", D(2026, 12, 31), "月尾前會付", {"note": "月尾 = month end"}),
    ("olzhtw", "promise", D(2026, 12, 24), "聖誕前應該可以安排到", {}),
    ("owazhtw", "promise", D(2026, 12, 31), "年底前付清", {}),
    ("gmailtw", "more_time", None, "可否延遲一個月付款？", {}),
    ("olzhtw", "dispute", None, "張發票抬頭寫錯咗公司名，我哋冇辦法付款，請重新出過。", RISK),
    ("owazhtw", "dispute", None, "功能還沒有全部完成，中期款暫不支付。", RISK),
    ("ioszhtw", "acceptance", None, "已經驗收合格，多謝", {}),
    ("gmailtw", "bank_question", None, "你哋個銀行戶口係咪轉咗去中銀香港？有人話俾我哋聽", RISK),
    ("owazhtw", "other", None, "尚未付款。", {"danger": True, "note": "negation"}),
    ("olzhtw", "other", None, "已轉寄俾會計部跟進", {"danger": True, "note": "轉寄 is not 轉帳"}),
]

EN = [
    ("olen", "paid", None, "We already paid this in October — please check your records.", {}),
    ("gmailen", "paid", None, "Just checking — did you receive our payment of USD 12,000 sent on the 25th?", {"note": "a question that says it was paid"}),
    ("owaen", "paid", None, "we payed it last week", {"note": "typo payed"}),
    ("tben", "paid", None, "Payment went out yesterday, ref ACME-2026-03 midterm.", {"below": True}),
    ("appleen", "other", None, "", {"atts": ["IMG_4471.jpg"], "note": "empty body, a photo named IMG_…: only the PM can look"}),
    ("gmailapp", "partial_payment", None, "Hi, we paid 10,000; the 2,000 difference is withholding tax.", RISK),
    ("olen", "partial_payment", None, "We've paid the first half (USD 6,000). The second half is scheduled for January.", RISK),
    ("olen", "promise", D(2026, 12, 4), "Will pay by fridy", {"note": "typo fridy"}),
    ("gmailen", "promise", D(2026, 12, 18), "We'll have this paid no later than Dec 18.", {"tz": NY}),
    ("owaen", "promise", D(2026, 12, 4), "Payment will be released COB Friday.", {}),
    ("iosen", "promise", D(2026, 12, 8), "Paying next Tuesday", {}),
    ("tben", "promise", D(2027, 1, 4), "Payment will be made on 04.01.2027, after our year-end freeze.", {"tz": BER}),
    ("exmailen", "promise", D(2027, 1, 8), "We will pay by 8 Jan.", {"tz": HK}),
    ("olmoben", "promise", D(2026, 12, 18), "Not paid yet - it's in the run for the 18th.", {"danger": True, "note": "negation then promise"}),
    ("appleen", "promise", D(2027, 1, 1), "We'll get it to you within 30 days.", {}),
    ("mmen", "promise", D(2026, 12, 11), "We'll pay this Friday.", {"day": D(2026, 12, 7)}),
    ("gmailapp", "promise", D(2026, 12, 21), "Will be paid on 12/21.", {"tz": NY, "day": D(2026, 12, 10)}),
    ("owaen", "more_time", D(2027, 1, 15), "Could you give us until 15 January?", {}),
    ("gmailen", "more_time", D(2027, 1, 15), "Could we push this to mid-January? Year-end cash is tight.", {"note": "mid-month = the 15th"}),
    ("olen", "dispute", None, "The invoice is addressed to the wrong entity; please reissue it to ACME Widgets (UK) Ltd.", RISK),
    ("owaen", "dispute", None, "Our AP system rejected the invoice because the PO number is missing. Please reissue with PO 4500123 — we can't pay it as it stands.", RISK),
    ("gmailen", "dispute", None, "Per clause 7.2 we retain 10%, so the amount payable now is USD 10,800, not 12,000.", RISK),
    ("iosen", "dispute", None, "We haven't received the hardware yet, so we won't be paying this until it arrives.", RISK),
    ("tben", "dispute", None, "Sorry but no. The go-live failed and the project is on hold.", RISK),
    ("olen", "acceptance", None, "UAT passed yesterday; please treat this as our formal acceptance.", {}),
    ("owaen", "resend_request", None, "We never received the invoice — can you send it again?", {}),
    ("gmailen", "bank_question", None, "Your reminder shows a different account number from the one on the invoice. Which one should we use?", RISK),
    ("olen", "other", None, "Will check with finance and get back to you.", {}),
    ("gmailen", "other", None, "Not paid yet, sorry.", {"danger": True, "note": "negation"}),
    ("appleen", "other", None, "Please remove me from this mailing list.", {}),
]
# fmt: on

D_SET = ZH + HANT + EN + MACHINE_D
