"""Held-out set ZM, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Taichung wedding-banquet hall (Taiwan Mandarin, ROC years, answering the
Simplified reminder), a Kowloon City Thai-grocery wholesaler (Cantonese, Big5-HKSCS, English
reminder and demand) and a Macau pawnshop (Cantonese, English reminder). English: a Penrith
livestock auction mart, a Louisiana crawfish processor (month-first), an Assam tea estate
(Indian English, TDS), a Singapore ornamental-fish exporter (Singlish), a Nizwa date packer
(Sunday-to-Thursday week), an Ethiopian rose farm (FX allocation), a Ghana pineapple
packhouse, a Lisse bulb grower (dd-mm-yyyy) and a Chios mastic company.
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_zm import dec, entry

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
MO = {"tz": "Asia/Macau"}
UK = {"tz": "Europe/London"}
LA = {"tz": "America/Chicago"}
IN = {"tz": "Asia/Kolkata"}
SG = {"tz": "Asia/Singapore"}
OM = {"tz": "Asia/Muscat"}
ET = {"tz": "Africa/Addis_Ababa"}
GH = {"tz": "Africa/Accra"}
NL = {"tz": "Europe/Amsterdam"}
GR = {"tz": "Europe/Athens"}

# 台中 金華園婚宴會館 (wedding-banquet hall: table booking and kitchen prep; NT$268,000; Simplified reminder)
LAI = ("賴明志", "lai.mingzhi@jinhuayuan.com.tw")
TSAI = ("蔡佩君", "pj.tsai@jinhuayuan.com.tw")
CHEF = ("陳建宏", "chef.chen.tc@gmail.com")
CHIANG = ("江怡萱", "ix.chiang@jinhuayuan.com.tw")
# 九龍城 暹羅行 (Thai-grocery wholesaler: ordering and shop stock; HKD 58,000; English reminder + demand)
CHAN_KH = ("陳國豪", "kh.chan@siamhong.com.hk")
WINNIE = ("Winnie Lee 李慧儀", "winnie.lee@siamhong.com.hk")
CHEONG = ("阿昌", "ahcheong.siamhong@gmail.com")
NOK = ("Nok Srisuk", "nok@siamhong.com.hk")
# 澳門 德成押 (pawnshop: pawn tickets and collateral register; HKD 46,000; English reminder)
HO_ML = ("何美玲", "ho.meiling@takshingpawn.com.mo")
WONG_CW = ("黃志偉", "cw.wong@takshingpawn.com.mo")
HO_KT = ("何國棟", "kwoktung.ho@gmail.com")
ANA = ("Ana Cheang", "ana.cheang.mo@gmail.com")
# Penrith, Eden Valley Auction Mart (auction ring and lot tracking; GBP 16,800)
ALISON = ("Alison Bell", "accounts@edenvalleymart.co.uk")
ROBERT = ("Robert Nixon", "robert.nixon@edenvalleymart.co.uk")
KIRSTY = ("Kirsty Armstrong", "kirsty.evam@gmail.com")
GRAHAM = ("Graham Dent", "graham.dent@edenvalleymart.co.uk")
# Breaux Bridge, Louisiana: Atchafalaya Crawfish Co. (grading and route dispatch; USD 19,500)
DARLENE = ("Darlene Thibodeaux", "darlene@atchafalayacrawfish.com")
RUSSELL = ("Russell Guidry", "russell@atchafalayacrawfish.com")
BEAU = ("Beau Landry", "beaulandry337@gmail.com")
TAMMY = ("Tammy Broussard", "office@atchafalayacrawfish.com")
# Dibrugarh, Dikom Valley Tea Estates (green-leaf weighing and factory batches; USD 13,200)
MANOJ = ("Manoj Agarwal", "manoj.agarwal@dikomvalley.in")
DEBAJIT = ("Debajit Gogoi", "debajit.dvte@gmail.com")
BARUAH = ("Pranjal Baruah", "gm@dikomvalley.in")
HO_ACC = ("Accounts - Head Office", "hoaccounts@dikomvalley.in")
# Singapore, Kranji Aquatic Exports (ornamental fish: stock, quarantine, export documents; USD 17,400)
JASMINE = ("Jasmine Tay", "jasmine.tay@kranjiaquatic.com.sg")
GOH = ("Goh Beng Huat", "bh.goh@kranjiaquatic.com.sg")
RAVI = ("Ravi Chandran", "ravi.kae@gmail.com")
EILEEN = ("Eileen Ng", "admin@kranjiaquatic.com.sg")
# Nizwa, Oman: Nizwa Golden Dates LLC (grading line and cold store; USD 22,800)
FATMA = ("Fatma Al Rawahi", "fatma.rawahi@nizwagoldendates.com")
JOSEPH = ("Joseph Mathew", "joseph.mathew.ngd@gmail.com")
SALIM = ("Salim Al Hinai", "salim@nizwagoldendates.com")
AHMED = ("Ahmed Al Busaidi", "ahmed.qc@nizwagoldendates.com")
# Holeta, Ethiopia: Holeta Highland Roses PLC (greenhouse harvest and cold chain; USD 11,600)
HIWOT = ("Hiwot Alemu", "hiwot.alemu@holetaroses.com")
TESFAYE = ("Tesfaye Bekele", "tesfaye@holetaroses.com")
DAWIT = ("Dawit Girma", "dawit.hhr@gmail.com")
# Nsawam, Ghana: Densu Valley Fresh Ltd (pineapple packhouse grading and export lots; USD 8,900)
ABENA = ("Abena Owusu", "abena.owusu.dvf@gmail.com")
KOFI = ("Kofi Asante", "kofi.asante.qa@gmail.com")
KWAME = ("Kwame Mensah", "kwame@densuvalley.com")
# Lisse, Van der Zwaan Bloembollen B.V. (bulb storage climate and order picking; EUR 19,400)
MARLOES = ("Marloes de Graaf", "m.degraaf@vdzwaanbollen.nl")
PIETER = ("Pieter van der Zwaan", "p.vanderzwaan@vdzwaanbollen.nl")
WIM = ("Wim Bakker", "wim@vdzwaanbollen.nl")
# Chios, Kouris Mastiha S.A. (mastic grading and lot traceability; EUR 14,700)
ELENI = ("Eleni Vlachou", "e.vlachou@kourismastiha.gr")
GIORGOS = ("Giorgos Kouris", "g.kouris@kourismastiha.gr")
NIKOS = ("Nikos Fafoutis", "nfafoutis@gmail.com")

# fmt: off
TC = [
    e("owazhtw", "promise", dec(15),
      "王經理您好：\n\n尾款已排入本公司12月份付款作業，預定於民國115年12月15日電匯，匯出後再傳水單給您。\n\n蔡佩君\n金華園婚宴會館 會計部\n04-2326-7788 分機305",
      "zm_tc", 2, TSAI, note="ROC 115年", **TW),
    e("gmailtw", "dispute", None,
      "王經理，備料系統把上週六兩場婚宴的桌數算成一場，少叫了二十桌的食材，前一晚才發現，整個廚房通宵補貨。這種狀況再發生我們會出大事，系統沒改好之前，尾款我會請董事長先不要付。\n\n陳建宏 行政主廚",
      "zm_tc", 3, CHEF, danger=True, **TW),
    e("ioszhtw", "dispute", None,
      "王經理，陳師傅的事情我知道了，尾款先暫停，等系統確定沒問題再說。",
      "zm_tc", 4, LAI, danger=True, **TW),
    e("owazhtw", "other", None,
      "王經理您好：\n\n訂席系統可以加一個「試菜預約」的功能嗎？新人都要先來試菜，現在都還用紙本登記，很容易重複。\n\n江怡萱 業務部",
      "zm_tc", 4, CHIANG, **TW),
    e("owazhtw", "bank_question", None,
      "王經理：\n\n我們要從台灣匯人民幣到貴公司，銀行說需要收款銀行的SWIFT CODE和CNAPS行號，提醒信上沒有，請提供。另外請問匯費是由我方全額負擔(OUR)嗎？\n\n蔡佩君",
      "zm_tc", 7, TSAI, danger=True, **TW),
    e("owazhtw", "resend_request", None,
      "王經理您好：\n\n會計說貴公司開立的Invoice上需要加註我們的統一編號 53124786，麻烦重新提供一份，謝謝！\n\n江怡萱",
      "zm_tc", 8, CHIANG, note="the client's own number added, no fault said; a stray simplified 烦", **TW),
    e("gmailtw", "acceptance", None,
      "王經理，桌數合併的問題工程師修好了，這個週末四場婚宴的備料都正確，廚房這邊驗收沒問題。\n\n陳建宏",
      "zm_tc", 10, CHEF, **TW),
    e("ioszhtw", "promise", dec(15),
      "王經理，陳師傅說沒問題了，尾款就照原來講的15號匯。",
      "zm_tc", 11, LAI, note="the 15th kept", **TW),
    e("owazhtw", "paid", None,
      "王經理您好：\n\n尾款NT$268,000已於今日電匯，水單如附件，請查收。\n\n蔡佩君",
      "zm_tc", 15, TSAI, atts=["電匯水單_1151215.pdf"], **TW),
    e("owazhtw", "paid", None,
      "王經理您好：\n\n剛剛銀行來電，說這筆匯款中轉行可能會扣一點手續費，大概新台幣四百多元，如果貴公司收到的金額有短少再跟我說，我們補給您。\n\n蔡佩君",
      "zm_tc", 16, TSAI, note="a cut foreseen ('可能會扣'), not stated as made: paid; the PM sees any shortfall", **TW),
]

HKW = [
    e("olzhtw", "dispute", None,
      "王生：\n\n你哋個系統啲泰國貨品編號同供應商張單對唔上，成日入錯貨，上個月淨係魚露就入多咗三十箱。呢個問題搞掂之前，上線嗰筆錢我哋遲啲先俾。\n\n陳國豪",
      "zm_hk", 2, CHAN_KH, danger=True, note="Cantonese in Big5-HKSCS", **HK),
    e("gmailtw", "dispute", None,
      "王經理你好，老闆話要等入貨編號嗰個問題搞掂先俾錢。張支票我已經預備好，佢一出聲我就寄。\n\nWinnie",
      "zm_hk", 3, WINNIE, danger=True, note="the cheque ready but held until our fix", **HK),
    e("ioszhtw", "other", None,
      "王生，倉嗰部掃描槍連唔到wifi，今朝開始用唔到，可唔可以搵人嚟睇下？",
      "zm_hk", 4, CHEONG, **HK),
    e("gmailtw", "dispute", None,
      "王經理你好，張invoice抬頭淨係寫咗「暹羅行」，我哋要英文全名 Siam Hong Trading Co. Ltd. 同埋商業登記號碼，唔係核數師唔收。麻煩重新出過張。\n\nWinnie",
      "zm_hk", 4, WINNIE, danger=True, note="the invoice's addressee wrong: the auditors refuse it", **HK),
    e("owaen", "dispute", None,
      "Dear Mr. Wang,\n\nMr. Chan ask me to tell you he will pay after the item code problem is fix. Now we still have wrong receiving for 2 brands (Mae Ploy and Squid).\n\nThank you ka\nNok\nPurchasing",
      "zm_hk", 8, NOK, danger=True, note="Thai staff's English", **HK),
    e("olzhtw", "dispute", None,
      "王生：\n\n收到你哋封催款函，睇到好唔舒服。我冇話唔俾，係你哋啲嘢未做好。下個禮拜三之前搞掂，我即刻叫Winnie開支票。\n\n陳國豪",
      "zm_hkd", 9, CHAN_KH, danger=True, note="a payment only under a condition on our fix", **HK),
    e("gmailtw", "bank_question", None,
      "王經理，我哋而家打算用電匯，唔寄支票喇。銀行問收款銀行嘅地址同SWIFT code，提醒信入面冇，麻煩提供。\n\nWinnie",
      "zm_hkd", 11, WINNIE, danger=True, **HK),
    e("ioszhtw", "acceptance", None,
      "王生，新嘅編號對照表用咗成個禮拜，冇再入錯貨，我同老闆講咗OK喇。",
      "zm_hkd", 14, CHEONG, **HK),
    e("olzhtw", "promise", dec(18),
      "王生：\n\n阿昌話冇問題喇。錢我今個禮拜五電匯俾你哋。\n\n陳國豪",
      "zm_hkd", 15, CHAN_KH, note="今個禮拜五 from Tue 15th", **HK),
    e("gmailtw", "paid", None,
      "王經理，上線款HKD 58,000今日已經電匯咗，滙款單喺附件，唔該查收。\n\nWinnie",
      "zm_hkd", 18, WINNIE, atts=["滙款單_匯豐_181226.pdf"], **HK),
    e("gmailtw", "partial_payment", None,
      "王經理，補充一下：銀行扣咗HKD 150手續費，所以你哋收到HKD 57,850係正常嘅。\n\nWinnie",
      "zm_hkd", 21, WINNIE, danger=True, note="a cut stated after the transfer", **HK),
]

MOP = [
    e("owazhtw", "more_time", date(2027, 1, 15),
      "王經理你好：\n\n尾款可唔可以延到下個月月中先付？年尾嚟贖當嘅客少，現金流有啲緊。\n\n黃志偉\n德成押 會計部",
      "zm_mo", 2, WONG_CW, note="下個月月中 = Jan 15", **MO),
    e("olmobtw", "dispute", None,
      "王經理，當票系統印出嚟嘅當期計錯咗，有幾張顯示30日，實際係4個月，客人嚟贖當嗰陣嘈咗好耐。呢個問題要盡快改，改好之前尾款我哋唔會處理。\n\n何美玲",
      "zm_mo", 3, HO_ML, danger=True, **MO),
    e("gmailtw", "other", None,
      "王經理，系統入面啲金飾相片上載唔到，話個file太大，係咪要影細啲？\n\nAna",
      "zm_mo", 4, ANA, **MO),
    e("ioszhtw", "other", None, "交俾美玲跟進。", "zm_mo", 7, HO_KT, **MO),
    e("owazhtw", "resend_request", None,
      "王經理你好：\n\n麻煩再send多次尾款張invoice，要PDF版，之前嗰份係影相嘅，核數師唔收。\n\n黃志偉",
      "zm_mo", 9, WONG_CW, note="wanted again as a PDF, no fault said", **MO),
    e("olmobtw", "acceptance", None,
      "王經理，當期計算已經改好，我哋試咗五十張當票都啱，尾款嗰期我哋驗收OK。\n\n何美玲",
      "zm_mo", 10, HO_ML, **MO),
    e("owazhtw", "promise", dec(22),
      "王經理你好：\n\n尾款會喺12月22號（星期二）經大西洋銀行電匯。\n\n黃志偉",
      "zm_mo", 11, WONG_CW, **MO),
    e("ioszhtw", "promise", dec(24),
      "王生，聖誕前會俾晒，放心。", "zm_mo", 14, HO_KT, note="聖誕前 = Dec 24", **MO),
    e("owazhtw", "paid", None,
      "王經理你好：\n\n尾款HKD 46,000已於今日匯出，匯款單見附件。\n\n黃志偉",
      "zm_mo", 22, WONG_CW, atts=["BNU_remittance_221226.pdf"], **MO),
    e("gmailtw", "other", None, "王經理，聖誕快樂！多謝你哋今年幫手。\n\nAna", "zm_mo", 23, ANA, **MO),
]

UKM = [
    e("olenplain", "promise", dec(9),
      "Hi Wang,\n\nThis has been approved and will go in our BACS run on Wednesday 9th December.\n\nKind regards\nAlison Bell\nAccounts Office\nEden Valley Auction Mart Ltd\nTel: 01768 862410",
      "zm_uk", 2, ALISON, note="windows-1252 plain text", **UK),
    e("iosen", "dispute", None,
      "Wang, the ring screen froze twice during Monday's store lamb sale and lots 140 to 190 had to be keyed in by hand. Farmers weren't impressed. I've asked Alison to hold phase 2 until your people can tell me what happened.\n\nRobert",
      "zm_uk", 3, ROBERT, danger=True, **UK),
    e("gmailen", "resend_request", None,
      "Hi there,\n\nCould you re-send the phase 2 invoice with our purchase order number on it please? It's PO 24-1187. Our system won't let me process anything without a PO match.\n\nMany thanks\nKirsty",
      "zm_uk", 8, KIRSTY, **UK),
    e("iosen", "promise", None,
      "Wang, Graham's explained it. Fair enough. Alison will pay it next week.\n\nRobert",
      "zm_uk", 9, ROBERT, note="next week names no day", **UK),
    e("olenplain", "promise", dec(16),
      "Hi Wang,\n\nPhase 2 is back in and will go in Wednesday's BACS run (16/12). Remittance to follow.\n\nAlison",
      "zm_uk", 11, ALISON, note="16/12 day-first", **UK),
    e("olenplain", "paid", None,
      "Hi Wang,\n\nPaid today, £16,800.00 by BACS. Remittance advice attached.\n\nKind regards\nAlison",
      "zm_uk", 16, ALISON, atts=["Remittance_EVAM_16122026.pdf"], **UK),
]

LAC = [
    e("olen", "promise", dec(11),
      "Hi Wang,\n\nI have you on the check run for 12/11, going out by wire the same day.\n\nThanks,\nDarlene Thibodeaux\nBookkeeping | Atchafalaya Crawfish Co.\n(337) 332-4180",
      "zm_us", 2, DARLENE, note="12/11 month-first", **LA),
    e("iosen", "dispute", None,
      "Darlene - hold off on the software payment till Beau says line 2 is weighing right.\n\nRussell",
      "zm_us", 4, RUSSELL, danger=True, note="written to his bookkeeper with us copied: the hold reaches us", **LA),
    e("gmailen", "resend_request", None,
      "Hi Wang,\n\nBefore I can set you up for international wires in QuickBooks I need a copy of your business registration and a bank letter on your letterhead confirming the account. Can you send those over?\n\nTammy",
      "zm_us", 8, TAMMY, note="papers of our company and account for the client's vendor setup", **LA),
    e("olen", "more_time", date(2027, 1, 15),
      "Hi Wang,\n\nRussell asked me to push this back. Season opens in January and cash is tight till the first loads sell. Could we do January 15?\n\nDarlene",
      "zm_us2", 10, DARLENE, **LA),
    e("iosen", "promise", dec(24),
      "Beau says line 2's been fine all week. Darlene will get you paid before Christmas.\n\nRussell",
      "zm_us2", 14, RUSSELL, note="before Christmas = Dec 24", **LA),
    e("olen", "paid", None,
      "Hi Wang,\n\nWire sent this morning for $19,500.00, Fed ref 20261218B1Q8021C000417. Confirmation attached.\n\nDarlene",
      "zm_us2", 18, DARLENE, atts=["Wire_Confirmation_121826.pdf"], **LA),
]

INT = [
    e("gmailen", "promise", dec(15),
      "Dear Sir,\n\nWith reference to your mail, the mid-term payment is under process and shall be released by 15th December without fail.\n\nRegards\nManoj Agarwal\nAccounts\nDikom Valley Tea Estates",
      "zm_in", 2, MANOJ, **IN),
    e("gmailen", "dispute", None,
      "Dear Sir,\n\nThe leaf weighing tablets at Section 7 and 9 are not syncing since the rains. Pluckers' weights of 3 days are missing and the garden labour is demanding wages as per their own notebook. GM Sir has told that mid-term will be considered only after this is solved.\n\nDebajit Gogoi\nAsst. Factory Manager",
      "zm_in", 3, DEBAJIT, danger=True, **IN),
    e("gmailen", "bank_question", None,
      "Dear Sir,\n\nOur banker (SBI Dibrugarh) requires the beneficiary bank's SWIFT BIC, full address and the purpose code for software services. Kindly provide so that the remittance can be processed.\n\nRegards\nManoj",
      "zm_in", 8, MANOJ, danger=True, **IN),
    e("olen", "other", None,
      "Dear Sir,\n\nTo deduct TDS at the treaty rate we require your Form 10F and Tax Residency Certificate for 2026-27, failing which TDS @ 20% plus cess will be deducted from the remittance.\n\nAccounts - Head Office, Kolkata",
      "zm_in", 10, HO_ACC, note="the payer's own tax forms: only the PM can provide them", **IN),
    e("gmailen", "acceptance", None,
      "Dear Sir,\n\nThe tablets are syncing properly after the new SIM routers were installed and the data of the missing 3 days has been recovered. From the factory side the mid-term deliverables are accepted.\n\nRegards\nDebajit",
      "zm_in", 11, DEBAJIT, **IN),
    e("gmailen", "partial_payment", None,
      "Dear Sir,\n\nWe have remitted USD 11,880 today after deducting TDS @ 10% as per DTAA. TDS certificate will be sent after filing of the quarterly return. SWIFT copy attached.\n\nRegards\nManoj",
      "zm_in", 16, MANOJ, danger=True, atts=["SBI_SWIFT_161226.pdf"], note="a tax cut stated beside the payment", **IN),
]

SGP = [
    e("olen", "promise", dec(10),
      "Hi Wang,\n\nNoted with thanks. Payment will be made in our next payment run on 10/12. Will send you the TT copy after.\n\nRegards\nJasmine Tay\nFinance | Kranji Aquatic Exports Pte Ltd",
      "zm_sg", 2, JASMINE, **SG),
    e("android", "other", None,
      "Hi wang the CITES permit no. not printing on the export docs leh. AVS officer reject our shipment this morning. pls check urgent",
      "zm_sg", 3, RAVI, note="Singlish; a fault report, no payment word", **SG),
    e("iosen", "dispute", None,
      "Wang, we lost a whole shipment of arowana to Osaka because the documents came out wrong. This is serious. Don't expect payment until we settle who bears the loss.\n\nBH Goh",
      "zm_sg", 4, GOH, danger=True, **SG),
    e("gmailen", "resend_request", None,
      "Hi Wang, can you resend the go-live invoice with our UEN 200912345K shown on it? Our auditors need it on all vendor invoices. Thanks!\n\nEileen",
      "zm_sg", 9, EILEEN, **SG),
    e("iosen", "promise", dec(18),
      "Wang, thanks for coming down. Agreed 50/50 on the freight. Jasmine will pay the go-live less our half of the freight this Friday.\n\nBH Goh",
      "zm_sg", 14, GOH, note="a day for a payment short of the amount (the agreed freight share)", **SG),
    e("olen", "partial_payment", None,
      "Hi Wang,\n\nTT sent today for USD 16,150.00, being USD 17,400.00 less USD 1,250.00 (50% of the Osaka freight as agreed with Mr Goh). TT copy attached.\n\nRegards\nJasmine",
      "zm_sg", 18, JASMINE, danger=True, atts=["TT_copy_KAE_181226.pdf"], **SG),
]

OMN = [
    e("owaen", "promise", dec(3),
      "Dear Mr. Wang,\n\nThe acceptance payment is approved and will be transferred by end of this week.\n\nBest regards,\nFatma Al Rawahi\nFinance Department\nNizwa Golden Dates LLC",
      "zm_om", 2, FATMA, note="end of this week = Thursday (Sunday-Thursday week)", **OM),
    e("gmailen", "dispute", None,
      "Dear Sir,\n\nThe grading line is still rejecting good Khalas dates as grade C at about 18%, where the contract spec is max 3% error. The acceptance test on 26 Nov was not passed and we have not signed the acceptance certificate, hence the acceptance payment is not due.\n\nRegards\nJoseph Mathew\nPlant Manager",
      "zm_om", 3, JOSEPH, danger=True, **OM),
    e("owaen", "dispute", None,
      "Dear Mr. Wang,\n\nPlease disregard my previous email. I was not aware that the acceptance certificate is not signed. The payment cannot be released without it.\n\nRegards,\nFatma",
      "zm_om", 6, FATMA, danger=True, note="a Sunday (a working day in Oman); her promise withdrawn", **OM),
    e("gmailen", "acceptance", None,
      "Dear Sir,\n\nAfter recalibration the error rate is 1.6% over three days of production. The acceptance certificate is signed by GM, scanned copy attached.\n\nRegards\nJoseph",
      "zm_om", 13, JOSEPH, atts=["Acceptance_Certificate_NGD_signed.pdf"], **OM),
    e("olen", "promise", dec(17),
      "Dear Mr. Wang,\n\nThank you for your team's efforts. The payment will be made on Thursday 17 December, inshallah.\n\nSalim Al Hinai\nGeneral Manager",
      "zm_om", 14, SALIM, **OM),
    e("owaen", "paid", None,
      "Dear Mr. Wang,\n\nPlease find attached the transfer confirmation from Bank Muscat for USD 22,800.00, value date 17/12/2026.\n\nBest regards,\nFatma",
      "zm_om", 17, FATMA, atts=["BankMuscat_Transfer_Confirmation.pdf"], **OM),
]

ETH = [
    e("gmailen", "other", None,
      "Dear Wang,\n\nThank you for your reminder. We have applied to the National Bank for the foreign currency allocation and the queue is long at this time of year. We will pay as soon as the allocation is approved.\n\nBest regards,\nHiwot Alemu\nFinance Head, Holeta Highland Roses PLC",
      "zm_et", 2, HIWOT, note="pay when an approval comes, no day: a hedge (the PM asks)", **ET),
    e("olen", "more_time", dec(31),
      "Dear Mr. Wang,\n\nI am sorry for the delay. The forex situation is difficult for everybody here. Kindly give us until 31 December.\n\nTesfaye Bekele\nGeneral Manager",
      "zm_et", 8, TESFAYE, **ET),
    e("gmailen", "promise", dec(21),
      "Dear Wang,\n\nGood news: the allocation was approved yesterday. The transfer will be executed on Monday 21 December.\n\nRegards,\nHiwot",
      "zm_et", 16, HIWOT, **ET),
    e("gmailen", "paid", None,
      "Dear Wang,\n\nThe transfer of USD 11,600 was executed yesterday from Commercial Bank of Ethiopia. Please find the swift message attached.\n\nRegards,\nHiwot",
      "zm_et", 22, HIWOT, atts=["CBE_MT103_HHR.pdf"], note="executed yesterday: paid", **ET),
]

GHA = [
    e("gmailen", "promise", dec(11),
      "Dear Sir,\n\nPlease be informed that the final payment will be effected on or before Friday 11th December 2026.\n\nThanks\nAbena Owusu\nAccounts, Densu Valley Fresh Ltd",
      "zm_gh", 2, ABENA, **GH),
    e("gmailen", "dispute", None,
      "Dear Wang,\n\nThe export lot labels from the new system are printing wrong Brix values for the MD2 pineapples. The buyer in Rotterdam rejected two pallets. Mr Mensah said the final payment will not be released until this is corrected and the loss is discussed.\n\nKofi Asante\nQA",
      "zm_gh", 3, KOFI, danger=True, **GH),
    e("gmailen", "bank_question", None,
      "Dear Sir,\n\nOur bank (GCB) says the beneficiary name on your invoice (Example Tech Co., Ltd.) is different from the one on the account confirmation letter (Example Technology Co., Ltd.). Kindly confirm the correct name before we effect payment.\n\nAbena",
      "zm_gh", 10, ABENA, danger=True, **GH),
    e("olen", "promise", dec(22),
      "Dear Wang,\n\nThe Brix issue is sorted and Rotterdam has accepted the replacement pallets. We will pay the final next week Tuesday.\n\nKwame Mensah\nManaging Director",
      "zm_gh", 15, KWAME, note="'next week Tuesday' from Tue 15th = Dec 22", **GH),
    e("gmailen", "paid", None, "Dear Sir,\n\nFind attached.\n\nAbena", "zm_gh", 22, ABENA,
      atts=["GCB_Payment_Advice_DensuValley.pdf"], note="only a payment advice named as one", **GH),
]

NLB = [
    e("olen", "promise", dec(14),
      "Dear Mr Wang,\n\nThe invoice is booked and scheduled for payment on 14-12-2026.\n\nMet vriendelijke groet / Kind regards,\nMarloes de Graaf\nAdministratie\nVan der Zwaan Bloembollen B.V.",
      "zm_nl", 2, MARLOES, note="14-12-2026 day-first", **NL),
    e("tben", "dispute", None,
      "We agreed in the contract (art. 6) that the mid-term payment is due after the climate module has run 4 weeks without false alarms. We had false alarms again last weekend. So for me this is not due yet.\n\nPieter van der Zwaan",
      "zm_nl", 4, PIETER, below=True, danger=True, note="bottom-posted; not due under the contract", **NL),
    e("olen", "resend_request", None,
      "Dear Mr Wang,\n\nCould you please send your invoices to facturen@vdzwaanbollen.nl from now on? Invoices sent to me personally will not be processed after 1 January.\n\nKind regards,\nMarloes",
      "zm_nl", 7, MARLOES, **NL),
    e("tben", "acceptance", None,
      "Four weeks since the sensor swap and not one false alarm. The mid-term is fine by me, I've told Marloes.\n\nPieter",
      "zm_nl", 16, PIETER, below=True, **NL),
    e("olen", "promise", dec(22),
      "Dear Mr Wang,\n\nPieter has released the invoice. It will be paid in our run of Tuesday 22 December.\n\nKind regards,\nMarloes",
      "zm_nl", 17, MARLOES, **NL),
]

GRC = [
    e("owaen", "promise", dec(18),
      "Dear Mr. Wang,\n\nThe payment will be made after our approval meeting, probably by 18/12.\n\nBest regards,\nEleni Vlachou\nAccounting Dept.\nKouris Mastiha S.A.",
      "zm_gr", 2, ELENI, note="a day under a hedge (probably)", **GR),
    e("olen", "dispute", None,
      "Dear Mr. Wang,\n\nYour invoice does not show our VAT number (EL099876543) and the company name is wrong: Kouris Mastic instead of Kouris Mastiha S.A. Our accountant cannot book it. Please issue a corrected invoice.\n\nGiorgos Kouris",
      "zm_gr", 4, GIORGOS, danger=True, note="the company name wrong on the invoice", **GR),
    e("owaen", "more_time", None,
      "Dear Mr. Wang,\n\nWe received the corrected invoice, thank you. Due to our year-end closing, could we pay in the first week of January?\n\nBest regards,\nEleni",
      "zm_gr", 11, ELENI, note="the first week of January names no single day", **GR),
    e("olen", "promise", dec(24),
      "Dear Mr. Wang,\n\nI have asked Eleni to pay before Christmas, we do not want to carry it into the new year.\n\nGiorgos",
      "zm_gr", 14, GIORGOS, **GR),
    e("owaen", "paid", None,
      "Dear Mr. Wang,\n\nPayment done today, EUR 14.700,00. Attached the bank slip from Piraeus Bank.\n\nBest regards,\nEleni",
      "zm_gr", 23, ELENI, atts=["Piraeus_slip_231226.pdf"], note="amount with a decimal comma", **GR),
]
TC += [
    e("ioszhtw", "more_time", None,
      "王經理，年底婚宴訂金都還沒收齊，尾款可以延到農曆年後再付嗎？",
      "zm_tc", 7, LAI, note="after the Lunar New Year: no day", **TW),
]
# fmt: on

ZM_INTL = TC + HKW + MOP + UKM + LAC + INT + SGP + OMN + ETH + GHA + NLB + GRC
