"""Held-out set K, Traditional Chinese and English: seven trades no earlier set used.

Same blind author and rules as heldout_c_set_k.py. A Macau casino hotel's IT procurement
(Cantonese in Big5 with HKSCS 滙, Portuguese and English names, English reminders), a Tainan
orchid grower (Traditional, 民國 dates, answering Chinese reminders), and clients writing
English from Indonesia (palm oil), Kenya (logistics SaaS), Ireland (medical devices), Chile
(a winery) and Kazakhstan (oil services, Russian-flavoured English, dd.mm.yyyy). Dates
day-first everywhere here, each in the sender's zone.
"""

from __future__ import annotations

from heldout_c_threads_k import d, k

MO = "Asia/Macau"
TW = "Asia/Taipei"

# Macau: a casino hotel's IT procurement and finance (English reminders, answers in both)
CARLOS = ("梁家樂 Carlos Leong", "carlos.leong@lotusresort.com.mo")
ANA = ("Ana Rodrigues", "ana.rodrigues@lotusresort.com.mo")
VINCY = ("何詠詩 Vincy Ho", "vincy.ho@lotusresort.com.mo")
PAULO = ("Paulo Wong", "paulo.wong@lotusresort.com.mo")
# fmt: off
MACAU = [
    k("olzhtw", "promise", d(10), "王生你好，\n\n安裝款已經批咗，財務部逢星期四出支票，下星期四會寄出，到時再通知你。\n\nCarlos Leong 梁家樂\nIT Procurement | Lotus Resort Macau\nT +853 2888 6102", "kmo", CARLOS, tz=MO, note="cheque posted next Thursday"),
    k("olzhtw", "paid", None, "王生，\n\n款項已於12月1日經中國銀行澳門分行電滙，滙款通知書見附件，請查收。\n\nCarlos", "kmo", CARLOS, day=3, tz=MO, atts=["滙款通知書.pdf"], note="Big5 with HKSCS 滙"),
    k("owazhtw", "dispute", None, "王先生：\n\n安裝工程尚未完成，酒店3樓及5樓的AP仍未覆蓋，現場驗收（SAT）未通過。依合約，安裝款須於驗收後支付，請勿再發催款通知。\n\n何詠詩 Vincy Ho\nIT Department", "kmo", VINCY, tz=MO, danger=True),
    k("olen", "paid", None, "Dear Mr Wang,\n\nPayment was released in our last payment run (27/11). Please find the remittance advice attached.\n\nBest regards,\nAna Rodrigues\nAccounts Payable | Lotus Resort Macau", "kmo", ANA, tz=MO, atts=["Remittance_Advice_LRM-27112026.pdf"]),
    k("owazhtw", "bank_question", None, "王先生：\n\n請問貴司可否接受澳門幣付款？如只收港幣，請提供中轉行（intermediary bank）資料及SWIFT code，我們的銀行需要。\n\nVincy", "kmo", VINCY, day=7, tz=MO, danger=True),
    k("olzhtw", "resend_request", None, "王生，\n\n我哋財務部話未收到正本發票，唔該將發票正本同送貨單寄到酒店財務部（澳門路氹連貫公路 Lotus Resort 財務部 收），電子版都唔該再send多次俾我。\n\nCarlos", "kmo", CARLOS, day=4, tz=MO),
    k("ioszhtw", "other", None, "收到，我跟進下。", "kmo", PAULO, tz=MO),
    k("olzhtw", "more_time", None, "王生，\n\n唔好意思，今年年尾集團凍結咗所有capex付款，安裝款要等明年一月新預算先可以處理，可唔可以俾多啲時間我哋？\n\nCarlos", "kmo", CARLOS, day=8, tz=MO),
    k("owazhtw", "partial_payment", None, "王先生：\n\n已支付首期港幣134,000元，餘款待SAT完成後支付。\n\nVincy", "kmo", VINCY, day=9, tz=MO, danger=True),
    k("olen", "promise", d(17), "Dear Mr Wang,\n\nThe PO for this invoice was closed in error, so it could not be paid. I have asked Procurement to reopen it; once that is done it will go in the next run on the 17th.\n\nRegards,\nAna", "kmo", ANA, day=14, tz=MO, stage="reminder2"),
    k("ioszhtw", "acceptance", None, "王生，SAT今日做完，所有AP訊號正常，我哋已經簽咗驗收報告。", "kmo", PAULO, day=16, tz=MO),
    k("olen", "dispute", None, "Dear Mr Wang,\n\nThe invoice shows HKD 268,000.00 but our PO 4500128871 is for HKD 248,000.00. We cannot pay an invoice above the PO value. Please issue a credit note for the difference or a corrected invoice.\n\nAna Rodrigues", "kmo", ANA, day=3, tz=MO, danger=True, note="invoice above PO"),
]
# fmt: on

# Tainan: an orchid grower (the owner on Gmail, the accountant on Outlook, the son on his iPhone)
TSAI = ("蔡明德", "mingde.tsai1962@gmail.com")
WU = ("吳淑惠", "shuhui.wu@wanglan-orchid.com.tw")
HAO = ("蔡家豪", "chiahao.tsai@wanglan-orchid.com.tw")
# fmt: off
TAINAN = [
    k("gmailtw", "paid", None, "王經理您好：\n\n中期款已於115年12月1日匯出，匯款單如附件，請查收。\n\n旺蘭園藝 蔡明德", "ktn", TSAI, tz=TW, atts=["匯款單.jpg"], note="ROC year 115"),
    k("owazhtw", "promise", d(15), "王經理您好：\n\n中期款預計於115年12月15日匯款，若有變動會再通知。\n\n吳淑惠\n旺蘭園藝股份有限公司 會計\n(06)687-2231", "ktn", WU, day=3, tz=TW),
    k("ioszhtw", "dispute", None, "溫室的自動遮光網這兩週常常收不起來，蘭花都曬傷了，我爸說問題沒處理好之前中期款先不付。", "ktn", HAO, tz=TW, danger=True),
    k("gmailtw", "promise", d(31), "月底前會付，現在出貨季比較忙，抱歉。", "ktn", TSAI, day=7, tz=TW),
    k("owazhtw", "bank_question", None, "王經理您好：\n\n請問貴公司在台灣是否有收款帳戶？跨境匯款手續費很高，若能匯到台灣的帳戶會比較方便。\n\n吳淑惠", "ktn", WU, day=4, tz=TW, danger=True),
    k("owazhtw", "resend_request", None, "王經理您好：\n\n麻煩提供英文版的Invoice，我們結匯申報需要，謝謝。\n\n吳淑惠", "ktn", WU, day=8, tz=TW),
    k("gmailtw", "more_time", None, "今年外銷日本的貨款還沒回來，中期款可以晚一個月嗎？", "ktn", TSAI, day=8, tz=TW),
    k("olmobtw", "partial_payment", None, "已先匯出新台幣二十萬元，其餘二十二萬元下週再匯。", "ktn", WU, day=4, tz=TW, danger=True),
    k("ioszhtw", "acceptance", None, "溫控系統這週都運作正常，我們確認驗收OK，謝謝你們。", "ktn", HAO, day=10, tz=TW),
    k("owazhtw", "paid", None, "王經理您好：\n\n中期款已於本月4日匯出（國泰世華銀行），水單如附件，請查收。\n\n吳淑惠", "ktn", WU, day=7, tz=TW, atts=["水單.pdf"], note="ROC bank name, 水單"),
    k("gmailtw", "other", None, "收到，我再跟會計確認一下有沒有匯。", "ktn", TSAI, tz=TW, note="unsure, not paid"),
    k("owazhtw", "promise", d(25), "王經理您好：\n\n本公司付款日為每月25日，本款項將於12/25付款。\n\n吳淑惠", "ktn", WU, day=15, tz=TW, stage="reminder2"),
    k("gmailtw", "promise", d(9), "謝謝提醒，我下禮拜三以前一定處理。\n\n旺蘭園藝 蔡明德\n115.12.02\n0932-118-765", "ktn", TSAI, tz=TW, noquote=True, note="ROC date and phone in the signature"),
]
# fmt: on

# Medan, Indonesia: a palm-oil trader (finance, the director on his iPhone, the AP clerk)
DEWI = ("Dewi Lestari", "dewi.lestari@sawitmakmur.co.id")
BUDI = ("Budi Santoso", "budi.santoso@sawitmakmur.co.id")
RINA = ("Rina Marpaung", "ap@sawitmakmur.co.id")
JKT = "Asia/Jakarta"
# fmt: off
INDONESIA = [
    k("gmailen", "paid", None, "Dear Mr Wang,\n\nNoted with thanks. Payment already transfer yesterday via Bank Mandiri, please find attached the bukti transfer. Kindly check and confirm.\n\nBest regards,\nDewi Lestari\nFinance, PT Sawit Makmur Niaga", "kidn", DEWI, tz=JKT, atts=["bukti_transfer_mandiri.jpg"]),
    k("iosen", "promise", d(15), "Mr Wang, we will pay after the CPO shipment from Dumai is discharged, insya Allah mid of December.", "kidn", BUDI, tz=JKT),
    k("olen", "promise", d(10), "Dear Sir,\n\nPlease be informed that your invoice is subject to PPh 23 withholding tax 2% as per Indonesian tax regulation. We will transfer USD 18,130.00 on 10/12/2026 and send the bukti potong after.\n\nThank you.\nRina Marpaung\nAccounts Payable\nPT Sawit Makmur Niaga | Jl. Gatot Subroto No. 112, Medan | +62 61 845 2290", "kidn", RINA, day=3, tz=JKT, note="withholding tax, dated transfer"),
    k("gmailen", "dispute", None, "Dear Mr Wang,\n\nThe phase 1 is not yet complete from our side, the contract module still cannot generate the export documents correctly. Management has decided to hold the payment until it is fixed.\n\nRegards,\nDewi", "kidn", DEWI, day=4, tz=JKT, danger=True),
    k("iosen", "other", None, "Noted. Will revert.", "kidn", BUDI, day=3, tz=JKT),
    k("olen", "bank_question", None, "Dear Sir,\n\nKindly advise the beneficiary bank address and the intermediary bank for USD. Our bank (BCA) returned the transfer because the SWIFT code is incomplete.\n\nRina", "kidn", RINA, day=7, tz=JKT, danger=True),
    k("gmailen", "partial_payment", None, "Dear Mr Wang,\n\nWe have transferred USD 9,250 today as the first half. The balance will follow end of this month.\n\nRegards,\nDewi", "kidn", DEWI, day=9, tz=JKT, danger=True),
    k("olen", "resend_request", None, "Dear Sir,\n\nMay we request the commercial invoice with company stamp and the tax invoice? Our finance need them to process the payment.\n\nThank you.\nRina", "kidn", RINA, day=8, tz=JKT),
    k("iosen", "more_time", None, "Mr Wang, sorry for the late payment, business is slow because CPO price drop. Can you give us 2 more months?", "kidn", BUDI, day=10, tz=JKT, stage="reminder2"),
]
# fmt: on

# Nairobi, Kenya: a logistics company on our fleet-tracking SaaS
WANJIRU = ("Wanjiru Kamau", "wkamau@savannafreight.co.ke")
BRIAN = ("Brian Otieno", "brian.otieno@savannafreight.co.ke")
ACCTS = ("Accounts Payable", "accounts@savannafreight.co.ke")
NBO = "Africa/Nairobi"
# fmt: off
KENYA = [
    k("owaen", "promise", d(7), "Hello Wang,\n\nWe have raised the payment but it is pending the second signatory, who is travelling till Friday. It should go out on Monday 7th.\n\nRegards,\nWanjiru Kamau\nFinance Manager, Savanna Freight Logistics Ltd\n+254 722 418 906", "kke", WANJIRU, tz=NBO),
    k("gmailapp", "dispute", None, "The trackers on 14 of our trucks have been offline since October. We raised tickets and no one has fixed them. We are not paying for a service we are not getting.", "kke", BRIAN, tz=NBO, danger=True),
    k("olen", "paid", None, "Dear Sir/Madam,\n\nPlease find attached remittance for USD 9,600.00 being payment of invoice INV-KE-0412.\n\nRegards,\nAccounts Payable", "kke", ACCTS, day=3, tz=NBO, atts=["Remittance_INV-KE-0412.pdf"]),
    k("owaen", "bank_question", None, "Hello Wang,\n\nKindly confirm whether the account in your email is a USD account. Our bank says the number looks like a domestic CNY account and will not process a USD transfer to it.\n\nWanjiru", "kke", WANJIRU, day=4, tz=NBO, danger=True),
    k("gmailapp", "paid", None, "Finance says they paid last Thursday. I've asked them to send you the confirmation.", "kke", BRIAN, day=8, tz=NBO),
    k("owaen", "more_time", None, "Hello Wang,\n\nWe are experiencing cash flow challenges following the port congestion in Mombasa. Kindly allow us some more time to clear this.\n\nWanjiru", "kke", WANJIRU, day=10, tz=NBO, stage="reminder2"),
    k("olen", "resend_request", None, "Dear Sir/Madam,\n\nPlease send us a copy of the signed contract and an invoice showing your company PIN. Our auditors require both before we can release payment.\n\nRegards,\nAccounts Payable", "kke", ACCTS, day=7, tz=NBO),
    k("owaen", "partial_payment", None, "Hello Wang,\n\nUSD 4,800 has been paid today. The other half will be paid in January as agreed with your colleague.\n\nWanjiru", "kke", WANJIRU, day=15, tz=NBO, danger=True),
    k("gmailapp", "paid", None, "See below from our finance team.\n\n---------- Forwarded message ---------\nFrom: Wanjiru Kamau <wkamau@savannafreight.co.ke>\nDate: Tue, 1 Dec 2026 at 16:05\nSubject: RE: tracker licence\nTo: Brian Otieno <brian.otieno@savannafreight.co.ke>\n\nBrian, we paid this on 27/11 by SWIFT from our Stanbic USD account, the MT103 is attached. Please let them know.\n\nWanjiru", "kke", BRIAN, day=2, tz=NBO, atts=["MT103_Savanna_27112026.pdf"], note="forwarded internal answer"),
    k("gmailapp", "other", None, "Wrong person, I'm in operations. Copying Wanjiru from finance.", "kke", BRIAN, tz=NBO),
]
# fmt: on

# Galway, Ireland: a medical-device distributor (AP, the finance director on his Mac)
SIOBHAN = ("Siobhán O'Connor", "soconnor@corribmed.ie")
DECLAN = ("Declan Byrne", "declan.byrne@corribmed.ie")
AP = ("Corrib MedSupply AP", "ap@corribmed.ie")
DUB = "Europe/Dublin"
# fmt: off
IRELAND = [
    k("olen", "promise", d(11), "Hi Wang,\n\nThis is scheduled for our next payment run, which is Friday week.\n\nThanks,\nSiobhán", "kie", SIOBHAN, tz=DUB),
    k("appleen", "dispute", None, "Wang,\n\nI'm afraid we can't sign off go-live. The UDI scanner integration still drops the lot number on about one scan in twenty, and we can't ship regulated product on that. Until it's fixed we're treating the go-live payment as not yet due.\n\nDeclan", "kie", DECLAN, day=3, tz=DUB, danger=True),
    k("owaen", "paid", None, "Hi,\n\nPayment of EUR 22,400.00 was made by international transfer on 01/12/2026 (our ref CMS-PAY-88213). Please allow a couple of days for it to arrive.\n\nCorrib MedSupply Accounts Payable\nUnit 4, Ballybrit Business Park, Galway | +353 91 778 120", "kie", AP, tz=DUB),
    k("olen", "resend_request", None, "Hi Wang,\n\nCould you reissue the invoice with our VAT number on it (IE 6388047V)? Our auditors insist on it.\n\nThanks,\nSiobhán", "kie", SIOBHAN, day=4, tz=DUB),
    k("appleen", "partial_payment", None, "Wang,\n\nWe paid €11,200 on Friday, which is the half due on delivery under clause 5.2. The other half follows acceptance, which hasn't happened yet.\n\nDeclan", "kie", DECLAN, day=7, tz=DUB, danger=True, note="half paid, rest said not yet due"),
    k("olen", "promise", d(18), "Hi Wang,\n\nApologies, it missed Friday's run as the invoice was on hold with Declan. It's approved now and will go out in the run on 18/12.\n\nSiobhán", "kie", SIOBHAN, day=14, tz=DUB, stage="reminder2"),
    k("owaen", "bank_question", None, "Hi,\n\nCan you confirm your bank details by phone? Last week we received an email from an address very like yours saying your account had changed.\n\nAccounts Payable", "kie", AP, day=8, tz=DUB, danger=True),
    k("appleen", "acceptance", None, "Thanks Wang – all sorted on our side, go-live signed off this morning.", "kie", DECLAN, day=21, tz=DUB),
    k("olen", "other", None, "Hi Wang,\n\nI'm not sure this has been paid – I'll check with treasury and come back to you.\n\nSiobhán", "kie", SIOBHAN, day=16, tz=DUB, note="unsure"),
]
# fmt: on

# Colchagua, Chile: a winery (administration, the owner on his iPhone)
CATA = ("Catalina Muñoz", "cmunoz@losmaitenes.cl")
RODRIGO = ("Rodrigo Fuentes", "rfuentes@losmaitenes.cl")
ADM = ("Administración Viña Los Maitenes", "administracion@losmaitenes.cl")
SCL = "America/Santiago"
# fmt: off
CHILE = [
    k("gmailen", "paid", None, "Dear Wang,\n\nSorry for the delay. The transfer was made today from Banco de Chile, I attach the comprobante.\n\nKind regards,\nCatalina Muñoz\nViña Los Maitenes", "kcl", CATA, tz=SCL, atts=["comprobante_transferencia.pdf"]),
    k("iosen", "dispute", None, "Wang, the sensors in tanks 7 to 12 give temperatures 3 degrees off. In the middle of fermentation this is a big problem. We pay when this is solved, not before.", "kcl", RODRIGO, tz=SCL, danger=True),
    k("olen", "promise", d(15), "Estimado,\n\nWe will pay on 15-12-2026 together with the other suppliers.\n\nSaludos,\nAdministración", "kcl", ADM, day=3, tz=SCL),
    k("gmailen", "partial_payment", None, "Hi Wang,\n\nWe paid USD 7,000 today. The rest we pay when the wine from the harvest starts selling, maybe March. Sorry, it is a difficult year for the wine.\n\nCatalina", "kcl", CATA, day=7, tz=SCL, danger=True),
    k("iosen", "more_time", None, "Now is very bad moment, the vendimia is coming and all the cash goes to the grapes. Please can we have until after vendimia?", "kcl", RODRIGO, day=4, tz=SCL),
    k("olen", "resend_request", None, "Estimado,\n\nPlease send us the invoice with our RUT 76.453.218-9, without it we cannot register it.\n\nSaludos,\nAdministración", "kcl", ADM, day=8, tz=SCL),
    k("gmailen", "promise", d(4), "Hi Wang,\n\nI checked and we did NOT pay it yet, sorry. I will do it on Friday.\n\nCatalina", "kcl", CATA, tz=SCL, note="negation, then a promise"),
    k("olen", "bank_question", None, "Good morning,\n\nThe bank asks for the complete address of the beneficiary and the purpose code. Can you send?\n\nAdministración", "kcl", ADM, day=9, tz=SCL, danger=True),
]
# fmt: on

# Atyrau, Kazakhstan: an oil-service company (chief accountant, procurement, the director on Android)
AIGERIM = ("Aigerim Seitkali", "a.seitkali@kaspiyburservis.kz")
PAK = ("Dmitriy Pak", "d.pak@kaspiyburservis.kz")
NURLAN = ("Nurlan Zhaksybekov", "n.zhaksybekov@kaspiyburservis.kz")
ATY = "Asia/Atyrau"
# fmt: off
KAZAKH = [
    k("olenplain", "promise", d(18), "Dear Mr. Wang,\n\nPayment is in process of approval by head office. We will make payment till 18.12.2026.\n\nWith respect,\nAigerim Seitkali\nChief accountant\nKaspiy Burservis LLP\ntel. +7 7122 45 67 81", "kkz", AIGERIM, tz=ATY),
    k("tben", "resend_request", None, "Dear colleagues,\n\nFor payment we need act of completed works (signed and stamped, 2 originals) and invoice with contract number. Without act accounting cannot make payment. Please send by DHL.\n\nBest regards,\nDmitriy Pak\nProcurement department", "kkz", PAK, tz=ATY, below=True),
    k("android", "dispute", None, "Mr Wang, stage 2 is not accepted. Your engineers did not finish integration with SAP, act is not signed. Payment will not be done until all works are completed according to Appendix 2.", "kkz", NURLAN, day=3, tz=ATY, danger=True),
    k("olenplain", "paid", None, "Dear Mr. Wang,\n\nInform you that payment was done 07.12.2026, payment order No. 1184. Amount USD 31 200,00. Please confirm receipt.\n\nWith respect,\nAigerim Seitkali", "kkz", AIGERIM, day=8, tz=ATY),
    k("tben", "bank_question", None, "Dear Mr. Wang,\n\nWe have question. In your invoice beneficiary bank is Hangzhou branch but SWIFT code is for head office in Beijing? Our currency control asks which is correct. Also please give correspondent bank for USD.\n\nDmitriy Pak", "kkz", PAK, day=4, tz=ATY, below=True, danger=True),
    k("olenplain", "more_time", None, "Dear Mr. Wang,\n\nDue to currency control procedure payment is delayed. Please give us additional 30 days.\n\nWith respect,\nAigerim Seitkali", "kkz", AIGERIM, day=10, tz=ATY, stage="reminder2"),
    k("android", "other", None, "Ok. Will check with accounting.", "kkz", NURLAN, day=2, tz=ATY),
    k("olenplain", "partial_payment", None, "Dear Mr. Wang,\n\nPartial payment USD 15 600,00 done 15.12.2026. Remaining amount will be paid in January 2027 after receipt of money from our customer.\n\nWith respect,\nAigerim Seitkali", "kkz", AIGERIM, day=16, tz=ATY, danger=True),
    k("tben", "dispute", None, "Dear Mr. Wang,\n\nWe received your letter about penalty. According to contract p.7.3 penalty is applied only after written claim and cannot exceed 5%. We do not agree with penalty. Main amount will be paid as planned on 28.12.\n\nDmitriy Pak", "kkz", PAK, day=14, tz=ATY, stage="demand", danger=True, note="objects to the penalty, promises the principal: PM decides"),
]
# fmt: on

K_INTL = MACAU + TAINAN + INDONESIA + KENYA + IRELAND + CHILE + KAZAKH
