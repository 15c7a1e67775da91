"""Held-out set Z, written blind: Traditional-Chinese and English replies (part two).

Traditional: a Hsinchu rice-noodle factory (Big5 Outlook, ROC years, 水單, 匯費內扣), a Jiaoxi
hot-spring hotel (Yilan), a Macau herbal-medicine shop (Cantonese, Big5-HKSCS 咗/嘅/哋/滙) and a
Sha Tin piano school answering an English reminder in Cantonese. English: a Zhangzhou mushroom
exporter's staff, an Oslo feed-logistics buyer (15.12.2026, week 50), a Montevideo wool
trader (day-first, aguinaldo), an Aberdeen offshore crew agency ("Friday week", 18/12), a
Minneapolis piano dealer (month-first, ACH, check run) and a Zambian copper mine (forex
allocation, "effected"), plus Chinese staff writing English to Chinese reminders.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_z  # noqa: F401  (registers the threads)


def D(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


def o(thread: str, who: tuple[str, str], day: int = 2, tz: str = "", **kw: object) -> dict:
    out = {"thread": thread, "sender": who, "day": D(day), **kw}
    if tz or thread in MAINLAND:
        out["tz"] = tz or "Asia/Shanghai"  # English from mainland staff: Shanghai time
    return out


TPE, HK, MO = "Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau"
MAINLAND = {"z_mush", "z_tyre", "z_sofa", "z_glass"}
OSL, MVD, LON, CHI, LUN = (
    "Europe/Oslo", "America/Montevideo", "Europe/London", "America/Chicago", "Africa/Lusaka",
)  # fmt: skip

PENG = ("彭董", "peng.chairman@hcricenoodle.com.tw")
WU_TW = ("吳淑貞", "account@hcricenoodle.com.tw")
CHANGWU = ("廠務 鄭國華", "kuohua.cheng.hc@gmail.com")
CAIGOU_TW = ("採購部 葉小姐", "purchase@hcricenoodle.com.tw")
YOU = ("游志成", "cc.you@jiaoxi-spring.com.tw")
SPA_KJ = ("Ya-Ting Lai", "yating.lai.acc@gmail.com")
GUITAI = ("礁溪溫泉 櫃台", "frontdesk@jiaoxi-spring.com.tw")
HO = ("何國樑", "ho.kwokleung.mo@gmail.com")
HO_IOS = ("何生", "kl.ho@tongsam.com.mo")
MO_KJ = ("陳姑娘", "accounts@tongsam.com.mo")
TSANG = ("曾敏儀", "mandy.tsang@shatinpiano.com.hk")
PIANO_KJ = ("Accounts 黎小姐", "accounts@shatinpiano.com.hk")
LIN = ("Lin Zhiwei", "2751603348@qq.com")
CATHY = ("Cathy Zheng", "cathy@zzfungi-export.com")
KEVIN = ("Kevin Huang", "kevinhuang_docs@163.com")
JASON = ("Jason Lin", "jason@zzfungi-export.com")
INGRID = ("Ingrid Haugen", "ingrid.haugen@fjordfeed.no")
NO_AP = ("FjordFeed Accounts Payable", "ap@fjordfeed.no")
PEREIRA = ("Martín Pereira", "martin.pereira.lanas@gmail.com")
LUCIA = ("Lucía Fernández", "lfernandez@lanasdelsur.com.uy")
FIONA = ("Fiona Reid", "fiona.reid@northsea-crew.co.uk")
CALLUM = ("Callum Ross", "callum.ross@northsea-crew.co.uk")
ROTA = ("Ewan Gray", "ewan.gray@northsea-crew.co.uk")
DANA = ("Dana Kowalski", "dana@northstarpianos.com")
MN_AP = ("Accounts Payable", "ap@northstarpianos.com")
GREG = ("Greg Lindqvist", "greg@northstarpianos.com")
BANDA = ("Joseph Banda", "jbanda.kcm@gmail.com")
MWILA = ("Mwila Chanda", "mchanda@kafue-copper.co.zm")
AMY = ("Amy Jin", "1208773560@qq.com")
NK_SALES = ("Sunny Xie", "sunnyxie.nkfurniture@gmail.com")
KLAUS = ("Klaus Brenner", "k.brenner@bbjygf.com")

NOODLE, SPA, HERB, PIANO = "z_noodle", "z_spa", "z_herb", "z_piano"
MUSH, OSLO, WOOL, ABZ, MPLS, LUS = "z_mush", "z_oslo", "z_wool", "z_abz", "z_mpls", "z_lusaka"

HANT: list[tuple] = [
    # -- Hsinchu rice-noodle factory
    (
        "olzhtw",
        "paid",
        None,
        "許經理您好：\n\n中期款新台幣42萬元已於民國115年12月1日匯出，水單如附件，請查收。\n\n吳淑貞\n新竹米粉股份有限公司 會計室\n03-5381226",
        o(NOODLE, WU_TW, 2, TPE, atts=["水單_1151201.pdf"]),
    ),
    ("ioszhtw", "promise", D(31), "月底前會處理，謝謝", o(NOODLE, PENG, 2, TPE)),
    (
        "gmailtw",
        "dispute",
        None,
        "許先生您好，\n排程系統裡炊粉機的產能設定一直是錯的，排出來的單根本做不完，上週還因此延誤出貨。目前尚未驗收通過，付款請先暫停。\n\n鄭國華 廠務",
        o(NOODLE, CHANGWU, 2, TPE, danger=True),
    ),
    (
        "olzhtw",
        "partial_payment",
        None,
        "許經理您好：\n本期先匯新台幣20萬元，餘款22萬元於116年1月15日前匯出，匯費內扣，敬請見諒。\n吳淑貞",
        o(NOODLE, WU_TW, 4, TPE, danger=True),
    ),
    (
        "owazhtw",
        "resend_request",
        None,
        "許經理您好：\n可否再寄一次請款單與發票的電子檔？之前那封被擋在垃圾郵件匣，已經被系統刪除了。\n採購部 葉小姐",
        o(NOODLE, CAIGOU_TW, 3, TPE),
    ),
    (
        "olmobtw",
        "bank_question",
        None,
        "許經理：我們往來銀行說匯款到大陸需要中間行資料和SWIFT代碼，信裡面沒有寫，麻煩提供一下。",
        o(NOODLE, WU_TW, 3, TPE, danger=True),
    ),
    (
        "ioszhtw",
        "more_time",
        D(31, 1, 2027),
        "年底現金比較緊，可否寬限到明年一月底？",
        o(NOODLE, PENG, 7, TPE),
    ),
    (
        "gmailtw",
        "acceptance",
        None,
        "許先生，產能設定已改好，這禮拜試跑三天都正常，驗收OK，驗收單明天用印寄回。\n鄭國華",
        o(NOODLE, CHANGWU, 9, TPE),
    ),
    (
        "owazhtw",
        "other",
        None,
        "許經理您好：\n彭董交代，付款相關事宜請直接與會計室吳小姐聯絡（分機 213）。\n葉小姐",
        o(NOODLE, CAIGOU_TW, 2, TPE),
    ),
    # -- Jiaoxi hot-spring hotel
    (
        "owazhtw",
        "promise",
        D(25),
        "許經理您好：\n尾款已排入本月25日的付款批次，屆時匯出。\n\n游志成\n礁溪溫泉飯店 營運部",
        o(SPA, YOU, 2, TPE),
    ),
    (
        "gmailtw",
        "promise",
        D(10),
        "許經理您好，尾款預計12/10（四）匯款，謝謝。\nYa-Ting",
        o(SPA, SPA_KJ, 3, TPE),
    ),
    (
        "ioszhtw",
        "other",
        None,
        "您好，游經理休假到12/7，回來後再回覆您，謝謝。",
        o(SPA, GUITAI, 2, TPE, note="a person answering for an absent manager"),
    ),
    (
        "owazhtw",
        "dispute",
        None,
        "許經理：\n訂房整合上線後，Booking跟Agoda的房況同步常常延遲，十二月已經超賣三次，客人到了沒房間。這個問題沒有解決之前，尾款不會付。\n游志成",
        o(SPA, YOU, 4, TPE, danger=True),
    ),
    (
        "gmailtw",
        "paid",
        None,
        "許經理，上週五已經匯了喔，你們再確認一下～\nYa-Ting",
        o(SPA, SPA_KJ, 8, TPE),
    ),
    (
        "gmailtw",
        "bank_question",
        None,
        "許經理您好，請問貴公司收款帳戶的SWIFT code是多少？銀行說沒有這個不能匯。",
        o(SPA, SPA_KJ, 2, TPE, danger=True),
    ),
    # -- Macau herbal-medicine shop
    ("gmailtw", "promise", D(3), "許生，尾數我哋聽日過數，唔該晒。", o(HERB, HO, 2, MO)),
    (
        "olzhtw",
        "paid",
        None,
        "許生：\n尾款MOP 52,000已經滙咗，附上銀行單據，請查收。\n陳姑娘\n同心堂中藥行",
        o(HERB, MO_KJ, 4, MO, atts=["滙款單據.pdf"]),
    ),
    (
        "gmailtw",
        "bank_question",
        None,
        "許生，想問下你哋收款戶口係人民幣定港幣？我哋澳門嘅銀行滙唔滙到人民幣戶口？",
        o(HERB, HO, 3, MO, danger=True),
    ),
    (
        "olzhtw",
        "promise",
        D(11),
        "許生：\n唔好意思，之前講已經滙咗係搞錯咗，張單仲未批，老闆話下個禮拜五之前畀。\n陳姑娘",
        o(HERB, MO_KJ, 2, MO, danger=True, note="claim corrected"),
    ),
    (
        "gmailtw",
        "dispute",
        None,
        "個系統入貨成日計錯斤兩，錢同兩對唔上，搞掂之前我哋唔會畀住。",
        o(HERB, HO, 7, MO, danger=True),
    ),
    ("ioszhtw", "other", None, "收到，多謝", o(HERB, HO_IOS, 8, MO)),
    # -- Sha Tin piano school, answering the English reminder in Cantonese
    (
        "olzhtw",
        "promise",
        D(9),
        "許生你好，\n收到，我哋會計下個禮拜三開支票寄過嚟。\n\nMandy Tsang\n沙田琴韻音樂中心",
        o(PIANO, TSANG, 2, HK),
    ),
    ("ioszhtw", "paid", None, "已經電匯咗，請查收，多謝。", o(PIANO, PIANO_KJ, 7, HK)),
    (
        "olmobtw",
        "dispute",
        None,
        "張發票寫錯咗我哋公司名，我哋係「沙田琴韻音樂中心有限公司」，唔係「琴韻琴行」，會計話咁樣入唔到數，麻煩重新出過。",
        o(PIANO, TSANG, 3, HK, danger=True),
    ),
    (
        "ioszhtw",
        "partial_payment",
        None,
        "今次先過咗HKD 34,000，其餘嗰半月尾畀。",
        o(PIANO, PIANO_KJ, 9, HK, danger=True),
    ),
]

EN: list[tuple] = [
    # -- Zhangzhou mushroom exporter (Chinese exporters' English)
    (
        "mmen",
        "paid",
        None,
        "Dear Xu,\n\nThe payment was already arranged on Dec 1, pls find the bank slip in attachment.\n\nThanks!\nCathy",
        o(MUSH, CATHY, 2, atts=["bank slip.pdf"]),
    ),
    (
        "qqappen",
        "promise",
        D(15),
        "Hi Xu, our customer in Europe not pay us yet, we will pay you after receive their money, maybe middle of December.",
        o(MUSH, LIN, 2, note="mid-month = the 15th; hedged"),
    ),
    (
        "n163en",
        "dispute",
        None,
        "Dear Mr. Xu,\nThe portal still can not print the health certificate in the format Japan customs want, our shipment to Osaka was delayed 3 days because of this. We can not accept this milestone now.\nKevin Huang\nDocumentation Dept.",
        o(MUSH, KEVIN, 3, danger=True),
    ),
    (
        "mmen",
        "partial_payment",
        None,
        "Dear Xu,\nWe paid USD 9,000 today, the balance USD 9,500 will pay before 12/25.\nCathy",
        o(MUSH, CATHY, 7, danger=True),
    ),
    (
        "exmailen",
        "promise",
        D(7),
        "Noted. Will ask finance to pay on next Monday.\n\nJason Lin\nGeneral Manager",
        o(MUSH, JASON, 3),
    ),
    (
        "mmen",
        "bank_question",
        None,
        "Dear Xu,\nOur bank ask the beneficiary bank's CNAPS code and the bank address, please provide, thanks.\nCathy",
        o(MUSH, CATHY, 3, danger=True),
    ),
    (
        "qqappen",
        "promise",
        None,
        "not pay yet, sorry. next week",
        o(MUSH, LIN, 4, danger=True, note="next week, no day"),
    ),
    # -- Oslo feed logistics
    (
        "olen",
        "promise",
        D(15),
        "Hi Xu,\n\nThe invoice has been approved and is scheduled for payment on 15.12.2026.\n\nBest regards\nIngrid Haugen\nHead of Logistics, FjordFeed AS",
        o(OSLO, INGRID, 2, OSL),
    ),
    (
        "owaen",
        "resend_request",
        None,
        "Hello,\n\nWe cannot find invoice 2026-118 in our system. Please resend it as PDF to invoice@fjordfeed.no - we only process invoices received in that mailbox.\n\nRegards,\nAccounts Payable",
        o(OSLO, NO_AP, 3, OSL),
    ),
    (
        "olen",
        "dispute",
        None,
        "Hi Xu,\n\nThe dashboard still shows the Bergen silo figures in tonnes instead of m3, which was explicitly part of the Milestone 2 scope. We will pay once this is corrected.\n\nIngrid",
        o(OSLO, INGRID, 3, OSL, danger=True),
    ),
    (
        "owaen",
        "paid",
        None,
        "Hello,\n\nPayment of EUR 24 000,00 was executed today with value date 04.12.2026. Remittance advice attached.\n\nRegards,\nAccounts Payable",
        o(OSLO, NO_AP, 3, OSL, atts=["Remittance_advice_0004481.pdf"]),
    ),
    (
        "olmoben",
        "acceptance",
        None,
        "Silo units fixed and verified by our ops team this morning. Milestone 2 is accepted from our side.\n\nIngrid",
        o(OSLO, INGRID, 8, OSL),
    ),
    (
        "owaen",
        "promise",
        D(10),
        "Hello,\n\nThe invoice is approved. Our next payment run is Thursday in week 50.\n\nRegards,\nAccounts Payable",
        o(OSLO, NO_AP, 2, OSL, note="Thursday of ISO week 50"),
    ),
    (
        "gmailen",
        "promise",
        D(10),
        "Hi Xu, see below from our controller.\nIngrid\n\n---------- Forwarded message ---------\nFrom: Per Solberg <per.solberg@fjordfeed.no>\nDate: Wed, 2 Dec 2026 at 14:10\nSubject: RE: Milestone 2\nTo: Ingrid Haugen <ingrid.haugen@fjordfeed.no>\n\nIngrid - approved, pay with the 10.12 run.\n/Per",
        o(
            OSLO,
            ("Ingrid Haugen", "ingrid.haugen@gmail.com"),
            2,
            OSL,
            note="forwarded controller's answer",
        ),
    ),
    # -- Montevideo wool trader
    (
        "gmailen",
        "promise",
        D(10),
        "Dear Xu,\n\nWe did not pay yet because of the shearing season, all the cash is out in the field. I think we can pay on 10/12.\n\nRegards,\nMartín",
        o(WOOL, PEREIRA, 2, MVD, danger=True),
    ),
    (
        "olen",
        "paid",
        None,
        "Dear Mr Xu,\n\nThe transfer was done yesterday 01/12/2026 via BROU. Attached the SWIFT copy.\n\nBest regards,\nLucía Fernández\nAdministración - Lanas del Sur S.A.",
        o(WOOL, LUCIA, 2, MVD, atts=["SWIFT_MT103_BROU.pdf"]),
    ),
    (
        "gmailapp",
        "more_time",
        D(31, 1, 2027),
        "Xu, could you give us until the end of January? The aguinaldo for our workers comes first in December.\nMartín",
        o(WOOL, PEREIRA, 4, MVD),
    ),
    (
        "olen",
        "dispute",
        None,
        "Dear Mr Xu,\n\nThe invoice says USD 16,200 but clause 4 of the contract sets USD 15,800 for this milestone. Please issue a credit note for the difference; we cannot pay the invoice as it is.\n\nLucía",
        o(WOOL, LUCIA, 3, MVD, danger=True),
    ),
    ("iosen", "other", None, "Thanks Xu, have a good weekend!", o(WOOL, PEREIRA, 4, MVD)),
    (
        "olen",
        "promise",
        D(2, 1, 2027),
        "Dear Mr Xu,\n\nInvoice received, thank you. We pay at 30 days from invoice date, that is 02/01/2027.\n\nLucía",
        o(WOOL, LUCIA, 7, MVD, note="day-first; 30 days from the invoice date"),
    ),
    # -- Aberdeen offshore crew agency
    (
        "olen",
        "promise",
        D(11),
        "Hi Xu,\n\nI've chased this with our finance team - it'll go in the Friday week run.\n\nCheers,\nFiona\n\nFiona Reid | Operations Director | North Sea Crew Ltd\nOffice closed 24/12 - 04/01",
        o(
            ABZ,
            FIONA,
            2,
            LON,
            note="Friday week = Dec 11; the closure in the signature is no payment day",
        ),
    ),
    (
        "appleen",
        "paid",
        None,
        "Hi Xu,\n\nThis went out on 30/11 by SWIFT, our ref ABZ-88213. Remittance attached.\n\nCallum",
        o(ABZ, CALLUM, 2, LON, atts=["Remittance ABZ-88213.pdf"]),
    ),
    (
        "tben",
        "dispute",
        None,
        "The crew rota export still drops the night shifts for the Sullom Voe run. Until that's fixed I've asked finance not to release Phase 1.\n\nEwan Gray\nCrewing Manager",
        o(ABZ, ROTA, 3, LON, below=True, danger=True),
    ),
    (
        "olmoben",
        "promise",
        D(18),
        "Apologies Xu - my earlier note was wrong, the payment has NOT gone yet. It's now booked for 18/12.\n\nFiona",
        o(
            ABZ,
            FIONA,
            4,
            LON,
            danger=True,
            earlier="Hi Xu, finance tell me this was paid on Tuesday.\nFiona",
            note="its own earlier paid claim quoted and withdrawn",
        ),
    ),
    (
        "appleen",
        "bank_question",
        None,
        "Hi Xu,\n\nCould you confirm the IBAN for your account? Our banking system won't accept an international payment without one.\n\nCallum",
        o(ABZ, CALLUM, 3, LON, danger=True),
    ),
    # -- Minneapolis piano dealer
    (
        "gmailen",
        "promise",
        D(10),
        "Hi Xu - our check run is 12/10, you're on it.\n\nDana",
        o(MPLS, DANA, 2, CHI),
    ),
    (
        "olenplain",
        "paid",
        None,
        "Per our records invoice #1042 was paid by ACH on 11/30, trace number 091000019003881. Please check again.\n\nNorthStar Pianos - Accounts Payable\nHoliday hours: closed 12/24 and 12/31",
        o(MPLS, MN_AP, 2, CHI),
    ),
    (
        "iosen",
        "dispute",
        None,
        "We're not paying for an app that lost half our inventory counts on Black Friday. Call me.\n\nGreg",
        o(MPLS, GREG, 3, CHI, danger=True),
    ),
    (
        "gmailen",
        "partial_payment",
        None,
        "Hi Xu,\n\nWe sent $9,900 today (half). The other half is on hold until the sync issue is resolved.\n\nDana",
        o(MPLS, DANA, 7, CHI, danger=True),
    ),
    (
        "olenplain",
        "resend_request",
        None,
        "Please resend the invoice with our PO number 4500-1187 on it. AP can't process invoices without a PO.\n\nAccounts Payable",
        o(MPLS, MN_AP, 3, CHI),
    ),
    (
        "gmailen",
        "more_time",
        D(15, 1, 2027),
        "Xu, can we push this to 1/15? December is our busiest month by far.\n\nDana",
        o(MPLS, DANA, 4, CHI),
    ),
    # -- Zambian copper mine
    (
        "gmailen",
        "paid",
        None,
        "Dear Xu,\n\nThe payment has been effected yesterday. Kindly confirm receipt.\n\nRegards,\nJoseph Banda\nFleet Manager",
        o(LUS, BANDA, 8, LUN),
    ),
    (
        "olen",
        "promise",
        D(14),
        "Dear Mr Xu,\n\nWe are still waiting for the forex allocation from our bank. The payment will be done by 14th December.\n\nMwila Chanda\nAccounts",
        o(LUS, MWILA, 2, LUN),
    ),
    (
        "android",
        "other",
        None,
        "Am in the pit this week, will revert on Monday.",
        o(LUS, BANDA, 2, LUN),
    ),
    (
        "olen",
        "partial_payment",
        None,
        "Dear Mr Xu,\n\nPart payment of USD 15,000 was made today. The balance of USD 16,000 will follow by 31/12/2026.\n\nMwila",
        o(LUS, MWILA, 9, LUN, danger=True),
    ),
    (
        "gmailen",
        "dispute",
        None,
        "Dear Xu,\n\nThe telematics units on 6 haul trucks have been offline since installation. Final payment is subject to all 40 units reporting.\n\nJoseph",
        o(LUS, BANDA, 3, LUN, danger=True),
    ),
    (
        "olen",
        "paid",
        None,
        "Please find attached.",
        o(LUS, MWILA, 10, LUN, atts=["POP_ExampleTech_USD31000.pdf"]),
    ),
    # -- Chinese staff writing English to Chinese reminders
    (
        "qqappen",
        "promise",
        D(9),
        "Hi Mr Xu, boss said pay next week Wednesday. Thanks",
        o("z_tyre", AMY, 2),
    ),
    (
        "gmailen",
        "other",
        None,
        "Hello, my boss is not in office, he will back on 7th Dec, I will tell him about this payment.\nSunny",
        o("z_sofa", NK_SALES, 2),
    ),
    (
        "olen",
        "acceptance",
        None,
        "Dear Mr. Xu,\n\ntoday I checked the 64 points together with Mr. Yue. All points are online and plausible. From technical side the acceptance is OK.\n\nBest regards\nKlaus Brenner",
        o("z_glass", KLAUS, 11),
    ),
]

MORE_EN: list[tuple] = [
    (
        "gmailen",
        "promise",
        D(24),
        "Hi Xu,\n\nGreg signed off on it this morning. We'll get it out before Christmas.\n\nDana",
        o(MPLS, DANA, 7, CHI, note="before Christmas = Dec 24"),
    ),
    (
        "olen",
        "more_time",
        D(15, 1, 2027),
        "Dear Mr Xu,\n\nKindly allow us until 15/01/2027, the forex allocation for December has been deferred by our bank.\n\nRegards,\nMwila Chanda",
        o(LUS, MWILA, 16, LUN),
    ),
    (
        "ioszhtw",
        "resend_request",
        None,
        "許生，可唔可以再send多次張invoice畀我哋？會計話搵唔返。",
        o(PIANO, TSANG, 4, HK),
    ),
    (
        "owaen",
        "more_time",
        None,
        "Hi Xu,\n\nCould we have until the third week of January? The budget for this project is frozen until the new year.\n\nIngrid",
        o(OSLO, ("Ingrid Haugen", "ingrid.haugen@fjordfeed.no"), 9, OSL, note="a week, no day"),
    ),
    (
        "appleen",
        "resend_request",
        None,
        "Hi Xu,\n\nCould you send a copy of the Phase 1 invoice to ap@northsea-crew.co.uk? I can only find your credit note in our system.\n\nCallum",
        o(ABZ, CALLUM, 7, LON),
    ),
]

INTL: list[tuple] = HANT + EN + MORE_EN
