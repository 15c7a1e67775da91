"""Held-out set O, overseas and bilingual part: Keelung (zh-Hant, Big5, 民國 dates, 票據),
Kuala Lumpur (Simplified with Malay and English words), Vancouver (Cantonese Traditional and
English in one mail), Wuxi's bilingual finance and IT staff and a Nantong exporter's clerk.

Written blind, as ``heldout_c_set_o.py`` (see there); each answers its own reminder.
"""

from __future__ import annotations

from heldout_c_threads_o import d, o

KL, KL_EN = "o_kl", "o_kl_en"
KEELUNG_SIG = (
    "\n\n林美惠\n會計部\n基隆海通船務代理股份有限公司\nTEL：(02)2424-6688 分機215\nFAX：(02)2424-6689\n"
    "202基隆市中正區中正路115號8樓"
)
# Keelung shipping agency: Big5 Outlook answering the English reminder, UTF-8 clients the Chinese one.
KEELUNG = [
    o("olzhtw", "dispute", None,
      "周先生您好：\n\n貴公司第二期請款金額與合約不符。依合約第四條，第二期款為合約總價百分之三十，即新台幣558,000元，"
      "貴公司請款單及發票金額為新台幣620,000元，差額62,000元請說明，並請重開發票。\n\n差額釐清前，本公司暫不付款。"
      + KEELUNG_SIG, "kl_lin", KL_EN, 1),
    o("olzhtw", "other", None,
      "周先生您好：\n\n昨日所提金額問題，經業務部查證，雙方已於民國115年9月簽訂補充協議，第二期款調整為新台幣620,000元，"
      "是本部門資料未更新所致，特此撤回，造成困擾非常抱歉。\n\n付款時間另行通知。" + KEELUNG_SIG, "kl_lin", KL_EN, 2, trap=True, note="yesterday's dispute withdrawn (own words quoted)",
      earlier="周先生您好：\n\n貴公司第二期請款金額與合約不符，差額62,000元請說明，並請重開發票。差額釐清前，本公司暫不付款。\n\n林美惠"),
    o("ioszhtw", "other", None, "收到，我人在船上，回公司再處理。", "kl_chen", KL, 2),
    o("owazhtw", "promise", d(1, 15, 2027),
      "周先生您好：\n\n本公司付款以票據為主，第二期款將開立民國116年1月15日到期之支票，於本月25日前以掛號寄出，"
      "請提供收件地址及收件人。\n\n林美惠\n會計部", "kl_lin", KL, 3,
      note="post-dated cheque mailed by Dec 25, payable ROC 116-01-15"),
    o("gmailtw", "promise", d(12, 25),
      "請見下方回覆。\n\n陳志豪", "kl_chen", KL, 2,
      inline=("如尚未安排，还请协助推进", "→ 已安排，會計部預計12/25匯出。")),
    o("gmailtw", "promise", d(12, 9),
      "周先生：\n\n已跟總經理報告，貴公司系統導入很辛苦，第二期款同意不走票期，改以電匯支付，下週三前匯出。\n\n"
      "陳志豪\n業務部經理\n0932-115-226", "kl_chen", KL, 4),
    o("gmailtw", "acceptance", None,
      "周先生：第二期系統功能已驗收完成，驗收單已用印，正本今天寄出，掃描檔如附件。\n\n陳志豪", "kl_chen", KL, 1,
      atts=["驗收單_第二期.pdf"]),
    o("owazhtw", "resend_request", None,
      "周先生您好：\n\n請再寄一次第二期請款單及發票影本，本公司付款申請須檢附，之前的郵件附件無法開啟。\n\n林美惠\n會計部",
      "kl_lin", KL, 3),
    o("olzhtw", "promise", d(12, 10),
      "周先生您好：\n\n本公司電匯作業固定於每月10日、25日辦理，第二期款將於115/12/10匯出，匯出後再提供水單。" + KEELUNG_SIG,
      "kl_lin", KL_EN, 7, note="ROC date 115/12/10"),
    o("olzhtw", "bank_question", None,
      "周先生您好：\n\n本公司辦理電匯時，銀行要求提供貴公司收款銀行之中間行（Intermediary Bank）名稱及SWIFT代碼，"
      "來信僅有帳號及SWIFT。另請確認收款幣別為新台幣或美元；若須以美元匯出，匯率以哪一日為準？" + KEELUNG_SIG,
      "kl_lin", KL_EN, 8),
    o("olzhtw", "paid", None,
      "周先生您好：\n\n第二期款項本公司已於民國115年12月10日以電匯匯出新台幣620,000元，跨境匯款約需2至3個營業日，"
      "敬請留意入帳。匯款水單如附件。" + KEELUNG_SIG, "kl_lin", KL_EN, 11, atts=["匯款水單.pdf"]),
    o("owazhtw", "bank_question", None,
      "周先生您好：\n\n12月10日匯出之款項，銀行今日通知因收款人名稱與帳戶不符遭退匯。請確認貴公司英文戶名是否為 "
      "EXAMPLE TECH CO., LTD.（有無逗點），確認後我們將重新匯出。\n\n林美惠\n會計部", "kl_lin", KL, 15,
      trap=True, note="the wire came back: name mismatch"),
    o("olmobtw", "paid", None, "款項已付。系統上線後報關作業快很多，謝謝貴公司團隊。\n\n張", "kl_gm", KL, 11),
    o("gmailtw", "other", None,
      "周先生，請問第三期的驗收項目什麼時候開始排？年底船期多，最好避開12/21到12/31。\n\n陳志豪", "kl_chen", KL, 14),
]  # fmt: skip

KUL, KUL_EN = "o_kul", "o_kul_en"
# Kuala Lumpur developer: Malaysian Chinese mixing Simplified with Malay and English words.
KUALA_LUMPUR = [
    o("ioszh", "other", None, "Noted，我 check 一下 then revert 你。", "kul_tan", KUL, 1),
    o("olmoben", "other", None, "Wang, I cc Ms Tan. She will handle. 谢谢。\n\nDato' Lim", "kul_lim", KUL_EN, 1),
    o("olmoben", "more_time", None,
      "Wang,\n\nOur cash flow is tight this month because of the new launch at Cheras. Can give us another 30 days? "
      "January 我们一定 settle.\n\nDato' Lim Ah Huat\nManaging Director", "kul_lim", KUL_EN, 4),
    o("mmen", "bank_question", None,
      "王先生，你们的户口名是 Example Tech Co., Ltd. 还是 示例科技有限公司？我们 bank 的 TT form 只可以填英文，"
      "beneficiary name 跟户口名不一样的话 TT 会不会被退回来？麻烦确认。\n\n淑仪", "kul_tan", KUL_EN, 3),
    o("olmoben", "dispute", None,
      "王先生，\n\n这笔钱我已经批了，Ms Tan 会 arrange。不过你们的 invois 上公司名写错了，我们是 Sri Mewah Development "
      "Sdn Bhd，不是 Sri Mewah Holdings Berhad，finance 说名字不对 tak boleh process，麻烦 reissue 一张新的。\n\n"
      "Dato' Lim Ah Huat\nManaging Director\nSri Mewah Development Sdn Bhd (201401023456)\nTel: +603-2166 8828",
      "kul_lim", KUL_EN, 2),
    o("owaen", "bank_question", None,
      "Dear Mr Wang,\n\nCan you confirm your account is MYR or USD? Our bank (Maybank) say the SWIFT EXBKCNBJHZH cannot "
      "find in their system leh. Please advise the correct SWIFT code and the bank address, then I can do the TT.\n\n"
      "Thank you.\n\nTan Siew Yee\nAccounts Executive\nSri Mewah Development Sdn Bhd", "kul_tan", KUL_EN, 2),
    o("android", "dispute", None,
      "Hi 王 sir，看房小程序的 booking function 还有 bug，customer 每个 weekend 都 book 不到 slot，sales gallery 那边很多 "
      "complain。我已经 report 给你们的 team 两个礼拜了还没 fix。我跟 Dato' 讲了 payment 先 hold 着，fix 好了才放。\n\n"
      "Jason Wong\nIT Manager", "kul_jason", KUL, 3),
    o("gmailzh", "promise", d(12, 17),
      "王先生你好，\n\n新的 invois 已经收到了，thank you。我们下个礼拜四 cek 会 ready，你们在 KL 有 agent 可以来拿吗？"
      "不然就 TT 过去，不过 TT 要等 Dato' sign。\n\n淑仪", "kul_tan", KUL, 8),
    o("olmoben", "promise", d(12, 24),
      "Wang, noted. 这笔 Christmas 之前一定清，don't worry. Terima kasih.\n\nDato' Lim", "kul_lim", KUL_EN, 9),
    o("gmailen", "promise", None,
      "Hi Mr Wang, sorry ya, the TT only can go out after the 15th because our akaun got limit for foreign transfer "
      "this month. Nanti I send you the slip once done. Thanks!\n\nSiew Yee", "kul_tan", KUL_EN, 10, note="only after the 15th: no date"),
    o("android", "acceptance", None,
      "Booking bug 已经 fix 了，这个 weekend test 过 OK，UAT pass。Acceptance form 我已经 sign 了，attached。\n\nJason",
      "kul_jason", KUL, d(12, 14), atts=["Acceptance_Form_signed.pdf"]),
    o("ioszh", "partial_payment", None,
      "王先生，RM42,500 今天已经 TT 了，slip 附上。另外一半 Dato' 说等 SST 那边 settle 了才放。", "kul_tan", KUL, 15,
      atts=["TT_slip_Maybank.jpg"]),
    o("gmailen", "promise", d(12, 18),
      "Hi Mr Wang, the balance RM42,500 will go out on 18/12 (Fri) after Dato' sign. Thanks ya.\n\nSiew Yee",
      "kul_tan", KUL_EN, 16, note="18/12 day-first"),
    o("gmailzh", "promise", d(12, 21),
      "拿督已经签了，剩下的 RM42,500 TT 今天出，slip 明天发你。", "kul_tan", KUL, 21),
    o("olmoben", "other", None,
      "Wang,\n\nPlease note Ms Tan has left the company. Please send all statements and reminders to "
      "accounts@srimewah.com.my from now on. 谢谢。\n\nDato' Lim", "kul_lim", KUL_EN, 28),
    o("gmailzh", "paid", None,
      "王先生，balance RM42,500 昨天已经 bank in 了，slip 附上，请 check。Merry Christmas！\n\n淑仪", "kul_tan", KUL, 22,
      atts=["bank_in_slip.jpg"]),
]  # fmt: skip

VAN = "o_van"
# Vancouver importer: Cantonese written in Traditional characters with English, and an English bookkeeper.
VANCOUVER = [
    o("iosen", "dispute", None,
      "Zhou, the Shopify sync still duplicate orders, 每日都有十幾張重複單, my warehouse staff 執錯貨 twice this week. "
      "Not happy. Fix it first then we talk about payment.\n\nKelvin", "van_kelvin", VAN, 1),
    o("gmailen", "bank_question", None,
      "Hi Zhou Tao,\n\nWe only see one account number on your reminder. Is this a CAD account? If not, should we wire "
      "CAD to it and let the bank convert, or do you have a USD account? Also our wire form asks for the "
      "beneficiary's address and the bank's address - could you confirm both?\n\nThanks,\nMandy", "van_mandy", VAN, 2),
    o("olzhtw", "bank_question", None,
      "周生：\n\nMandy 話你哋個 account 係人民幣戶口，我哋用 CAD 匯過去會唔會有問題？中轉行要填咩？唔該盡快覆我。\n\nKelvin",
      "van_kelvin", VAN, 2),
    o("appleen", "other", None,
      "周生，我聽日去 Richmond 嘅 bank 問下 wire 點樣做，呢排 Canada Post strike 冇辦法寄 cheque。\n\nKelvin",
      "van_kelvin", VAN, 2),
    o("tben", "other", None, "Mandy", "van_mandy", VAN, 3, below=True, trap=True, note="Not yet, inline below the quoted question",
      inline=("If you have paid, could you reply with the payment date",
              "\nNot yet - Kelvin has to sign off first. I'll let you know.\n")),
    o("gmailen", "promise", d(12, 7),
      "Hi 周生,\n\nDuplicate order 嘅問題你哋 fix 咗, 多謝. Phase 2 嘅錢我 approve 咗, Mandy 會喺下個禮拜一 send wire. "
      "唔好意思遲咗, Black Friday 太忙.\n\nKelvin Leung\nPacific Harvest Imports Ltd. 太平洋豐收進口\nT: 604-555-0142",
      "van_kelvin", VAN, 3),
    o("gmailapp", "paid", None,
      "FYI - see below.\n\nMandy\n\n---------- Forwarded message ---------\nFrom: RBC Royal Bank <noreply@rbc.com>\n"
      "Date: Mon, Dec 7, 2026 at 10:12 AM\nSubject: Your wire payment has been sent\nTo: <accounts@pacificharvest.ca>\n\n"
      "Your international wire payment of CAD 18,500.00 to EXAMPLE TECH CO LTD has been sent.\nReference: WT26120700418\n"
      "Please allow 2-5 business days for the funds to arrive.", "van_mandy", VAN, 7, note="a forwarded bank notice"),
    o("olen", "paid", None,
      "Hi Zhou Tao,\n\nThe wire for CAD 18,500.00 went out this morning through RBC. We chose OUR for the charges, so "
      "you should receive the full amount. Wire confirmation attached.\n\nRegards,\nMandy Cheung\n"
      "Bookkeeper | Pacific Harvest Imports Ltd.\n8391 Fraser St, Vancouver BC V5X 3X6\n604-555-0187",
      "van_mandy", VAN, 8, atts=["Wire_Confirmation_RBC.pdf"]),
    o("iosen", "paid", None, "See attached.\n\nMandy", "van_mandy", VAN, 8,
      atts=["Remittance_PacificHarvest_INV-2026-1107.pdf"]),
    o("gmailen", "paid", None,
      "Hi Zhou Tao,\n\nWe paid it on Monday (Dec 7) by wire. Has it arrived on your side? Our bank shows it as "
      "completed.\n\nMandy", "van_mandy", VAN, 9, note="paid on Monday: past"),
    o("olzhtw", "paid", None,
      "周生：\n\n錢已經過咗數，Mandy 今朝 send 咗 wire，你查下收到未。\n\nKelvin", "van_kelvin", VAN, 7),
    o("olen", "dispute", None,
      "Hi Zhou Tao,\n\nOne more thing: your invoice INV-2026-1107 charges GST 5% (CAD 880.95), but as a non-resident "
      "supplier not registered for GST you should not be charging it. We paid the full 18,500.00 on Dec 7 to keep "
      "things moving, but please issue a credit note for the GST portion or take it off the next invoice.\n\n"
      "Regards,\nMandy Cheung\nBookkeeper | Pacific Harvest Imports Ltd.\n604-555-0187", "van_mandy", VAN, 10, trap=True, note="paid in full but GST objected"),
    o("olzhtw", "acceptance", None,
      "周生：\n\nPhase 2 驗收冇問題，我哋 accept 咗。Phase 3 嘅嘢下年再傾。\n\nKelvin", "van_kelvin", VAN, 15),
    o("android", "other", None,
      "Merry Xmas 周生! Phase 3 嘅 quote 可唔可以 send 俾我? 想 Jan 開始.", "van_kelvin", VAN, 22),
]  # fmt: skip

WX, WX_ZH = "o_wx", "o_wx_zh"
WX_SIG = (
    "\n\nBest regards,\nVivian Qian 钱\nAP Team | Finance Shared Services\nWuxi SinoLink Assembly & Test Co., Ltd.\n"
    "Tel: +86 510 8521 6630 ext. 8012"
)
# Wuxi semiconductor packaging house: bilingual AP, IT and procurement staff, SAP and SAT.
WUXI = [
    o("owazh", "dispute", None,
      "李娜你好，\n\nSAT报告里有两项（WIP追踪、设备OEE看板）还是“有条件通过”，按我们的流程，open items关闭之前SAT不算正式"
      "sign off，财务那边不会放款。请你们12月4号之前把这两项close掉。\n\nDavid Zhou 周磊\nIT Manager, MES & Automation\n"
      "Wuxi SinoLink Assembly & Test Co., Ltd.\n+86 510 8521 6688 ext. 6120", "wx_david", WX_ZH, 1),
    o("olen", "other", None,
      "Hi Li Na,\n\nThe SAT payment is pending GR in SAP. 我们IT的David还没有在系统里做收货（GR），so the invoice is "
      "blocked in 3-way match. I've pinged him and will update you once it's released." + WX_SIG, "wx_vivian", WX, 2, note="blocked in 3-way match: status, no date"),
    o("gmailen", "resend_request", None,
      "Hi Li Na,\n\nBefore the payment can be released, per our new vendor master data policy (anti-fraud), we need "
      "your bank account confirmation letter on company letterhead with the company chop (公章). Pls send a scanned "
      "copy to me and Vivian.\n\nThanks,\nKevin Xu\nProcurement", "wx_kevin", WX, 3),
    o("gmailen", "resend_request", None,
      "Hi Li Na,\n\nWe haven't received the original paper invoice (专票) yet, so AP can't post it. Pls courier it to: "
      "Finance Dept., Wuxi SinoLink, No. 18 Xinhua Rd, Xinwu District, Wuxi 214028, Attn: Vivian Qian.\n\n"
      "Kevin", "wx_kevin", WX, 2),
    o("owaen", "acceptance", None,
      "Hi Li Na,\n\nBoth open items are closed - thanks to your team for working late. SAT报告已经正式sign off "
      "(attached), and I did the GR in SAP this afternoon. Vivian will pick it up in the next payment run.\n\nDavid",
      "wx_david", WX, 4, atts=["SAT_Report_signed_off.pdf"]),
    o("olmoben", "dispute", None,
      "Hi Li Na,\n\nPls note that per PO T&C clause 12, we will deduct 2% liquidated damages since go-live was 3 weeks "
      "late (planned 9/30, actual 10/21). Net payable will be CNY 254,800.00. 请知悉，如有异议请回复。\n\nKevin",
      "wx_kevin", WX, 7, note="LD deducted; their own 如有异议"),
    o("olen", "promise", d(12, 15),
      "Hi Li Na,\n\nInvoice released from 3-way match. It's scheduled in our payment run on 12/15 (Tue). 付款后我会把 "
      "remittance advice 发给你。\n\nRegarding Kevin's LD email - that's between procurement and your sales; AP will "
      "pay the full invoice amount unless told otherwise." + WX_SIG, "wx_vivian", WX, 8),
    o("olenplain", "resend_request", None,
      "Hi Li Na,\n\nCould you resend the invoice PDF? The one attached to your first email is corrupted - Adobe says "
      "the file is damaged and can't be repaired. We need it for the 3-way match."
      + WX_SIG.replace(" 钱", ""), "wx_vivian", WX, 3),
    o("olen", "promise", d(12, 15),
      "Hi Li Na,\n\nFYI the payment run on 12/15 is confirmed. Please note our AP policy: payments go out with "
      "charges shared (SHA), so the amount credited may be slightly less than the invoice." + WX_SIG,
      "wx_vivian", WX, 10),
    o("iosen", "paid", None, "Released in today's run. Remittance to follow.\n\nVivian", "wx_vivian", WX, 15),
    o("olen", "paid", None,
      "Hi Li Na,\n\nPayment of CNY 260,000.00 was made yesterday via CMB Wuxi (our ref. PR-2026-12-0457). "
      "Remittance advice attached. 请查收。" + WX_SIG, "wx_vivian", WX, 16,
      atts=["Remittance_Advice_PR-2026-12-0457.pdf"]),
]  # fmt: skip

NT_EN = "o_nt_en"
# Nantong exporter's documentation clerk, answering the English reminder in both languages.
NANTONG_EN = [
    o("olen", "bank_question", None,
      "Hi Wang Ming,\n\n我们这边想用美元户直接付，省得结汇。Our USD account is with Bank of China Nantong Branch. Could you "
      "confirm whether your account 6222 0000 8765 4321 can receive USD, and that EXBKCNBJHZH is the right SWIFT? "
      "收款行地址也麻烦提供一下。\n\nThanks,\nLisa Shi | Export Documentation\n"
      "Nantong Hengjin Home Textile Imp. & Exp. Co., Ltd.\nTel: +86 513 8559 2026 | Fax: +86 513 8559 2027",
      "nt_lisa", NT_EN, 2),
    o("n163en", "dispute", None,
      "Hi Wang Ming,\n\n顾总 asked me to check: the invoice you sent shows 货物或应税劳务名称 as 软件开发, but our contract "
      "says 技术服务, and our auditor says it has to match. Please reissue it, otherwise we can't book it.\n\nLisa",
      "nt_lisa", NT_EN, 4, sender=("Lisa Shi", "lisashi_nt@163.com")),
    o("qqappen", "promise", None,
      "Wang, just checked with 曹会计: we have NOT paid anything yet. The first 48,000 is planned for 12/16, the rest "
      "by 1/15 as she wrote.\n\nLisa", "nt_lisa", NT_EN, 11, sender=("Lisa", "1372295406@qq.com"),
      trap=True, note="NOT paid; a plan of two parts (12/16, 1/15) names no single day"),
    o("gmailen", "promise", d(12, 15),
      "Hi Wang Ming,\n\nJust FYI, our US buyer paid today and 我们已经在办结汇了. 顾总 said the final payment will go "
      "out once the CNY is in our account, 下周二 at the latest.\n\nLisa", "nt_lisa", NT_EN, 9),
]  # fmt: skip

NANTONG_EN.append(
    o("gmailen", "more_time", d(12, 18),
      "Hi Wang Ming,\n\nSorry, our bank's 结汇 is taking longer than expected (they need the customs declaration "
      "matched first). Could you give us until Friday the 18th? 顾总 says sorry for the delay.\n\nLisa",
      "nt_lisa", NT_EN, 14)
)  # fmt: skip

INTL = KEELUNG + KUALA_LUMPUR + VANCOUVER + WUXI + NANTONG_EN
