"""Held-out set ZC, Traditional Chinese and English replies (heldout_c_set_zc.py has the rest).

Traditional: a Chiayi turkey-rice chain (Taiwan Mandarin, answering the Simplified reminder),
a Hong Kong bamboo-scaffolding contractor and a Macau dental clinic (Cantonese, English
reminders). English: a Da Nang cashew processor, a Hat Yai rubber smokehouse, a Sandakan
palm-oil mill, an Izmir dried-fig exporter, an Alexandria spinning mill, an Agadir argan
co-operative, an Onitsha spare-parts importer, an Ica asparagus packhouse, a Kelowna cherry
packer, a Leipzig organ workshop and a Yuyao sprayer exporter writing Chinese exporters' English.
"""

from __future__ import annotations

from datetime import date


def D(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


def P(name: str, email: str, thread: str, tz: str, **kw: object) -> dict:
    return {"sender": (name, email), "thread": thread, "tz": tz, **kw}


TPE, HKG, MAC = "Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau"
SGN, BKK, BKI = "Asia/Ho_Chi_Minh", "Asia/Bangkok", "Asia/Kuching"
IST, CAI, CAS = "Europe/Istanbul", "Africa/Cairo", "Africa/Casablanca"
LOS, LIM, VAN, BER = "Africa/Lagos", "America/Lima", "America/Vancouver", "Europe/Berlin"
SHA = "Asia/Shanghai"

# 嘉義 阿蔡火雞肉飯 (Taiwan)
CAI_BOSS = ("蔡明德", "mingde.tsai@atsai-food.com.tw")
HUANG = ("黃淑貞", "sc.huang@atsai-food.com.tw")
WU_JZ = ("吳建志", "wu.jianzhi.ck@gmail.com")
STORE = ("民族店 店長", "minzu@atsai-food.com.tw")
# 梁記搭棚 (Hong Kong)
LEUNG = ("梁志偉", "cwleung@leungkee-scaffold.com.hk")
CATHY = ("Cathy Lam", "cathylam.lk@gmail.com")
KEUNG = ("阿強", "akeung@leungkee-scaffold.com.hk")
LKOFF = ("Leung Kee Office", "office@leungkee-scaffold.com.hk")
# 何氏牙科 (Macau)
DRHO = ("Dr. Ho Ka Yan", "drho@clinicaho.com.mo")
ANA = ("Ana Lei", "ana.lei.clinicaho@gmail.com")
FRONT = ("何氏牙科 前台", "reception@clinicaho.com.mo")
HOTAI = ("何太", "mrsho@clinicaho.com.mo")
# English
TRAN = ("Tran Van Hung", "hung.tran@hoangphatcashew.vn")
LAN = ("Nguyen Thi Lan", "lan.nguyen.hpc@gmail.com")
PHAM = ("Pham Minh", "minh.pham@hoangphatcashew.vn")
SOMCHAI = ("Somchai Rattanakul", "somchai@hatyairubbersmoke.co.th")
PRANEE = ("Pranee Boonmee", "account@hatyairubbersmoke.co.th")
ANAN = ("Anan", "anan.tech@hatyairubbersmoke.co.th")
LIM_ = ("Lim Chee Keong", "ck.lim@kinabatanganmill.com.my")
NURUL = ("Nurul Ain", "nurul.accounts.kbm@gmail.com")
AYDIN = ("Mehmet Aydın", "mehmet.aydin@egeinciri.com.tr")
ELIF = ("Elif Şahin", "muhasebe@egeinciri.com.tr")
ZEYNEP = ("Zeynep Kaya", "zeynep.kaya.ege@gmail.com")
MOSTAFA = ("Eng. Mostafa Hassan", "m.hassan@alexspin-eg.com")
KARIM = ("Karim Abdelaziz", "accounts@alexspin-eg.com")
FATIMA = ("Fatima Aït Ben", "coop.tamount.argan@gmail.com")
YOUSSEF = ("Youssef El Idrissi", "compta@tamount-argan.ma")
OKAFOR = ("Chukwuemeka Okafor", "emeka@okaformotors.com.ng")
NGOZI = ("Ngozi Eze", "ngozi.eze.okm@gmail.com")
QUISPE = ("Luis Quispe", "lquispe.agroica@gmail.com")
ROSA = ("Rosa Huamán", "rhuaman@agroica.com.pe")
BOUCHARD = ("Julie Bouchard", "julie@okanagancherrypack.ca")
MARK = ("Mark Delaney", "ap@okanagancherrypack.ca")
DAVE = ("Dave Sidhu", "dave.sidhu@okanagancherrypack.ca")
VOGEL = ("Thomas Vogel", "t.vogel@orgelbau-vogel.de")
KRAUSE = ("Sabine Krause", "buchhaltung@orgelbau-vogel.de")
SHAO = ("Shao Jianping", "shao@yy-sprayer.com")
LILY = ("Lily", "2718836450@qq.com")
KEVIN = ("Kevin Xu", "kevin@yy-sprayer.com")
LILY163 = ("Lily Sun", "lily_sun_yy@163.com")
SHAO_G = ("Jianping Shao", "shaojianping.yy@gmail.com")

CY, HK, MO = "zc_cy", "zc_hk", "zc_mo"

HANT: list[tuple] = [
    ("owazhtw", "promise", D(10),
     "王經理您好：\n\n尾款本公司固定於每月10日付款，將於12/10（四）匯出，請查收。\n\n黃淑貞\n阿蔡火雞肉飯 會計",
     P(*HUANG, CY, TPE)),
    ("ioszhtw", "dispute", None,
     "王經理 中央廚房叫貨系統還是常常當機 上禮拜六早上整個門市叫不到貨 損失很大 這個沒處理好尾款先不要想了",
     P(*CAI_BOSS, CY, TPE, danger=True)),
    ("gmailtw", "dispute", None,
     "王先生您好，\n\nPOS 跟叫貨系統的品項對不起來，火雞肉飯大碗、小碗在叫貨端變成同一個料號，盤點整個亂掉，這樣我們沒辦法結案。麻煩儘快修正。\n\n吳建志\n中央廚房",
     P(*WU_JZ, CY, TPE, day=D(3), danger=True)),
    ("owazhtw", "bank_question", None,
     "王經理您好：\n\n請問貴公司是否有台灣的收款帳戶？若需匯人民幣到大陸，是否要提供 CNAPS 代碼及中間銀行？另外匯費由哪一方負擔？\n\n黃淑貞",
     P(*HUANG, CY, TPE, day=D(3), danger=True)),
    ("owazhtw", "paid", None,
     "王經理您好：\n\n尾款今日已由台灣銀行嘉義分行匯出，水單如附件，請查收。\n\n黃淑貞",
     P(*HUANG, CY, TPE, day=D(10), atts=["匯款水單.pdf"])),
    ("olmobtw", "other", None,
     "王先生您好，我是民族店店長，老闆交代以後系統問題直接找我就好，款項的部分請找會計黃小姐。",
     P(*STORE, CY, TPE, day=D(4))),
    ("olmobtw", "more_time", None,
     "王經理：\n\n年底要發年終獎金，公司資金比較緊，尾款可以延到農曆年後嗎？\n\n蔡明德",
     P(*CAI_BOSS, CY, TPE, day=D(7))),
    ("gmailtw", "acceptance", None,
     "王先生，料號問題已經修正，這週測試都正常，中央廚房這邊驗收OK了。\n\n吳建志",
     P(*WU_JZ, CY, TPE, day=D(9))),
    ("owazhtw", "partial_payment", None,
     "王經理您好：\n\n本次先匯出新台幣420,000元（約尾款一半），已於今日匯出；餘款待驗收報告用印後再付。\n\n黃淑貞",
     P(*HUANG, CY, TPE, day=D(8), danger=True)),
    # Hong Kong scaffolding (English reminder, Cantonese replies)
    ("olzhtw", "dispute", None,
     "王生：\n\n個app喺地盤成日上唔到相，安全主任話啲棚架檢查記錄唔齊，勞工處嚟巡都攞唔出，呢期數我哋暫時唔會畀住，搞掂先講。\n\n梁志偉\n梁記搭棚工程",
     P(*LEUNG, HK, HKG, danger=True)),
    ("gmailtw", "promise", D(9),
     "Hi 王生，\n\n呢期款我哋會喺12月9號（星期三）電滙過去，到時send返張滙款單俾你。\n\nCathy",
     P(*CATHY, HK, HKG)),
    ("ioszhtw", "other", None,
     "王生 我係地盤嘅阿強 手機部app登入唔到 話密碼錯 可唔可以幫我reset",
     P(*KEUNG, HK, HKG, day=D(3))),
    ("gmailtw", "paid", None,
     "王生，\n\nHKD 74,000 已經今朝電滙咗，滙款單附上，請查收。銀行手續費我哋畀咗。\n\nCathy",
     P(*CATHY, HK, HKG, day=D(9), atts=["滙款單.pdf"])),
    ("olzhtw", "more_time", D(15, 1, 2027),
     "王生：\n\n而家大判仲未找數畀我哋，可唔可以畀我哋到一月十五號先過數？\n\n梁志偉",
     P(*LEUNG, HK, HKG, day=D(4))),
    ("olmobtw", "resend_request", None,
     "Hi，可唔可以再send多次張invoice？之前嗰封搵唔到，會計要入帳。唔該。",
     P(*LKOFF, HK, HKG, day=D(3))),
    # Macau dental clinic
    ("gmailtw", "paid", None,
     "王先生你好，\n\n上線款我哋已經喺11月30號過咗數（大西洋銀行），你哋查下收到未？\n\nAna",
     P(*ANA, MO, MAC)),
    ("iosen", "dispute", None,
     "Dear Mr Wang,\n\nThe X-ray archive still cannot open the panoramic images from our Vatech unit. Until this works we are not in a position to treat the system as live, so the go-live payment is on hold.\n\nDr Ho",
     P(*DRHO, MO, MAC, day=D(3), danger=True)),
    ("gmailtw", "bank_question", None,
     "王先生，\n\n我哋大西洋銀行話要填 intermediary bank，你哋有冇？同埋收款銀行嘅地址係咩？\n\nAna",
     P(*ANA, MO, MAC, day=D(4), danger=True)),
    ("olmobtw", "other", None,
     "王先生你好，何醫生今個禮拜放假，下個禮拜一返嚟，我會轉告佢。",
     P(*FRONT, MO, MAC, day=D(3))),
    ("iosen", "acceptance", None,
     "Images open fine now, thank you. Please take this as our acceptance of the go-live. Ana will settle the payment.\n\nDr Ho",
     P(*DRHO, MO, MAC, day=D(14))),
    ("gmailtw", "promise", D(18),
     "王先生，\n\n唔好意思，上次話過咗數，原來係過咗畀另一間供應商。今個禮拜五（18號）之前一定過。\n\nAna",
     P(*ANA, MO, MAC, day=D(15), danger=True)),
    ("olzhtw", "acceptance", None,
     "王生：\n\n啲相而家上到喇，安全主任睇過話OK，呢期當驗收咗。數就叫Cathy安排。\n\n梁志偉",
     P(*LEUNG, HK, HKG, day=D(11))),
    ("olzhtw", "more_time", None,
     "王先生：\n\n上線款可唔可以分兩期畀？今個月畀一半，一月尾再畀返另一半，唔該。\n\n何太\n何氏牙科",
     P(*HOTAI, MO, MAC, day=D(7), note="instalments asked: no single day")),
    ("ioszhtw", "promise", D(23),
     "王經理 尾款下週三（12/23）一次付清 不要再寄催款信了",
     P(*CAI_BOSS, CY, TPE, day=D(16))),
]  # fmt: skip

VN, TH, MY, TR, EG = "zc_vn", "zc_th", "zc_my", "zc_tr", "zc_eg"
MA, NG, PE, CA, DE, YY = "zc_ma", "zc_ng", "zc_pe", "zc_ca", "zc_de", "zc_yy"

EN: list[tuple] = [
    # Da Nang cashew
    ("olen", "promise", D(10),
     "Dear Mr Wang,\n\nThank you for your reminder. We will arrange the phase 2 payment on 10/12/2026 via Vietcombank.\n\nBest regards,\nTran Van Hung\nDirector, Hoang Phat Cashew JSC",
     P(*TRAN, VN, SGN)),
    ("gmailen", "partial_payment", None,
     "Dear Sir,\n\nWe already transferred USD 8,200 on 30/11/2026, the remaining USD 8,200 we will pay before 25/12/2026. Please find attached the debit advice.\n\nBest regards,\nLan - Accountant",
     P(*LAN, VN, SGN, day=D(3), atts=["Debit_advice_VCB.pdf"], danger=True)),
    ("android", "dispute", None,
     "Mr Wang, the camera still reject too many good kernel W240, around 6%. Contract say below 1%. We cannot confirm phase 2 is finish.\n\nMinh - QC",
     P(*PHAM, VN, SGN, day=D(4), danger=True)),
    ("gmailen", "paid", None,
     "Dear Mr Wang,\n\nThe balance USD 8,200 was transferred today, please check the attached swift copy.\n\nBest regards,\nLan",
     P(*LAN, VN, SGN, day=D(22), atts=["SWIFT_MT103_22122026.pdf"])),
    ("olen", "other", None,
     "Dear Mr Wang,\n\nI am travelling to Hanoi this week, please contact Ms Lan for the payment matter.\n\nTran Van Hung",
     P(*TRAN, VN, SGN, day=D(7))),
    # Hat Yai rubber smokehouse
    ("iosen", "more_time", None,
     "Dear Khun Wang\n\nSorry for late reply. Rubber price is very down this month so cash flow not so good. Can we pay the mid-term in January 2027? Thank you krub\n\nSomchai",
     P(*SOMCHAI, TH, BKK, note="a month, no day")),
    ("owaen", "partial_payment", None,
     "Dear Sir,\n\nPlease be informed that we have made the payment of USD 9,200 less withholding tax 3% (USD 276) on 1/12/2569. The withholding tax certificate will be sent by post.\n\nBest regards,\nPranee B.\nAccounting Dept.",
     P(*PRANEE, TH, BKK, day=D(3), danger=True, note="cut stated (WHT 3 %); Buddhist-era year 2569 = 2026")),
    ("owaen", "resend_request", None,
     "Dear Sir,\n\nKindly send us the original tax invoice with our tax ID 0905556001234 added. Our auditor requires it for the year end.\n\nBest regards,\nPranee B.",
     P(*PRANEE, TH, BKK, day=D(8))),
    ("android", "dispute", None,
     "smoke room 3 sensor show 48C but real is 60C already, sheet not dry, we lose 2 batch. please fix first",
     P(*ANAN, TH, BKK, danger=True)),
    ("iosen", "promise", D(15),
     "Khun Wang, OK we will pay by 15 Dec sure. Thank you for understanding krub.\n\nSomchai",
     P(*SOMCHAI, TH, BKK, day=D(7))),
    # Sandakan palm oil mill
    ("olen", "dispute", None,
     "Hi Wang,\n\nThe weighbridge integration still double-posting the FFB tickets when the lorry reverse on the bridge. Our mill manager not signing the acceptance. Pls sort this out first then we talk about the payment.\n\nLim",
     P(*LIM_, MY, BKI, danger=True)),
    ("gmailen", "promise", D(18),
     "Dear Mr Wang,\n\nNoted on the reminder. The acceptance payment will be processed in our payment run on 18/12.\n\nThank you.\nNurul\nAccounts, Kinabatangan Mill Sdn Bhd",
     P(*NURUL, MY, BKI, day=D(7))),
    ("gmailen", "bank_question", None,
     "Dear Mr Wang,\n\nFor the TT form we need your bank's full address. Also is the beneficiary name exactly 'Example Tech Co., Ltd.' with the comma and full stop? Our bank rejected a payment last month because of a missing full stop.\n\nNurul",
     P(*NURUL, MY, BKI, day=D(4), danger=True)),
    ("olen", "acceptance", None,
     "Wang,\n\nMill manager tested the whole week, ok already. You can take it as accepted. Payment Nurul will do.\n\nLim",
     P(*LIM_, MY, BKI, day=D(9))),
    ("gmailen", "paid", None,
     "Dear Mr Wang,\n\nPayment made today via Maybank TT, ref MBB18122026-0451. Kindly acknowledge receipt.\n\nNurul",
     P(*NURUL, MY, BKI, day=D(18))),
    # Izmir dried fig
    ("olen", "promise", D(11),
     "Dear Mr. Wang,\n\nWe will make the final payment on 11.12.2026.\n\nBest regards,\nMehmet Aydın\nEge İncir Ltd. Şti.",
     P(*AYDIN, TR, IST)),
    ("owaen", "paid", None,
     "Dear Sir,\n\nThe payment of EUR 13.600,00 has been sent today from Ziraat Bankası. Please find the dekont attached.\n\nKind regards,\nElif Şahin\nMuhasebe / Accounting",
     P(*ELIF, TR, IST, day=D(11), atts=["dekont_11122026.pdf"])),
    ("gmailen", "dispute", None,
     "Dear Mr. Wang,\n\nThe UV lamp station flags are still not written to the lot report, so our aflatoxin-positive lots cannot be traced to the box. The EU buyer's audit is next week. The final payment cannot be released until this is corrected, as agreed in Annex 2.\n\nZeynep Kaya\nQuality Manager",
     P(*ZEYNEP, TR, IST, day=D(3), danger=True)),
    ("olen", "more_time", D(15, 1, 2027),
     "Dear Mr. Wang,\n\nThe season is finished and our buyers in Germany pay us in January. Could you wait until 15 January?\n\nMehmet",
     P(*AYDIN, TR, IST, day=D(4))),
    ("owaen", "partial_payment", None,
     "Dear Sir,\n\nEUR 10.000,00 was paid on 04.12.2026. The remaining EUR 3.600,00 will follow after the lot report issue is closed.\n\nElif Şahin",
     P(*ELIF, TR, IST, day=D(7), danger=True)),
    # Alexandria spinning mill
    ("olen", "dispute", None,
     "Dear Mr. Wang,\n\nThe yarn-count sensors on ring frames 14 to 22 still drift after two hours of running. We reported this on 18 November. We are not able to approve the phase 1 invoice before this is solved.\n\nBest regards,\nEng. Mostafa Hassan\nProduction Manager",
     P(*MOSTAFA, EG, CAI, danger=True)),
    ("owaen", "promise", D(10),
     "Dear Sir,\n\nDue to the bank's FX allocation, the USD transfer is in the queue. We expect to transfer before the end of next week inshallah.\n\nRegards,\nKarim Abdelaziz\nAccounts",
     P(*KARIM, EG, CAI, note="week Sun-Thu in Egypt: end of next week = Thursday 12-10")),
    ("olen", "acceptance", None,
     "Dear Mr. Wang,\n\nThe sensors are stable since Sunday. Phase 1 is accepted from our side.\n\nEng. Mostafa",
     P(*MOSTAFA, EG, CAI, day=D(9))),
    ("owaen", "paid", None,
     "Dear Sir,\n\nKindly note the transfer of USD 19,500 was executed today by Banque Misr. Attached the SWIFT MT103.\n\nRegards,\nKarim",
     P(*KARIM, EG, CAI, day=D(14), atts=["MT103_BanqueMisr.pdf"])),
    # Agadir argan co-operative
    ("gmailen", "promise", D(15),
     "Bonjour Mr Wang,\n\nI confirm you that the cooperative will make the virement for the final payment the 15/12/2026.\n\nCordialement,\nFatima Aït Ben\nPrésidente",
     P(*FATIMA, MA, CAS)),
    ("olen", "paid", None,
     "Hello Mr Wang,\n\nThe virement was done yesterday 09/12 from Attijariwafa bank, please find the avis de virement attached.\n\nYoussef El Idrissi\nComptable",
     P(*YOUSSEF, MA, CAS, day=D(10), atts=["avis_de_virement.pdf"])),
    ("gmailen", "dispute", None,
     "Mr Wang,\n\nThe invoice is made to 'Cooperative Argan Tamount' but our legal name is 'Coopérative Féminine Tamount pour l'Argan'. Our accountant cannot pass it like this, please make a new invoice with the right name and our ICE number.\n\nFatima",
     P(*FATIMA, MA, CAS, day=D(3), danger=True)),
    ("olen", "more_time", None,
     "Hello,\n\nWe are waiting the subsidy from the ODCo. Is it possible to pay in two times, half now in December and half in February?\n\nYoussef",
     P(*YOUSSEF, MA, CAS, day=D(4), note="instalments asked: no single day")),
    # Onitsha spare parts
    ("android", "promise", D(11),
     "Good day Mr Wang.\nThe payment will be effected latest Friday 11/12/2026. Kindly bear with us, forex is tight here.\nRegards\nEmeka",
     P(*OKAFOR, NG, LOS)),
    ("gmailen", "paid", None,
     "Dear Sir,\n\nPlease find attached the payment advice. The sum of USD 11,300 has been paid.\n\nThanks,\nNgozi",
     P(*NGOZI, NG, LOS, day=D(3), atts=["payment_advice.pdf"])),
    ("android", "dispute", None,
     "We have not paid because the dealer portal is not showing stock from our Nnewi warehouse. Sort it out first.\nEmeka",
     P(*OKAFOR, NG, LOS, day=D(4), danger=True)),
    ("gmailen", "bank_question", None,
     "Dear Sir,\n\nOur bank is asking for your intermediary bank in New York for the USD transfer. Kindly advise.\n\nNgozi",
     P(*NGOZI, NG, LOS, day=D(7), danger=True)),
    ("gmailen", "promise", D(18),
     "Dear Mr Wang,\n\nKindly disregard my last mail, the payment advice I sent was for another supplier. Our payment to you is now scheduled for 18/12/2026.\n\nApologies,\nNgozi",
     P(*NGOZI, NG, LOS, day=D(14), danger=True)),
    # Ica asparagus packhouse
    ("gmailen", "dispute", None,
     "Dear Mr. Wang,\n\nThe cold-room temperature logs have gaps at night since the firmware update of 20/11. Our client in Spain asks for complete records. We will not release the phase 2 payment until we have two weeks of complete logs.\n\nLuis Quispe\nJefe de Planta",
     P(*QUISPE, PE, LIM, danger=True)),
    ("olen", "paid", None,
     "Dear Mr Wang,\n\nI inform you that the payment was realized on 01/12/2026 by BCP, attached the constancia.\n\nRosa Huamán\nContadora",
     P(*ROSA, PE, LIM, atts=["constancia_BCP.pdf"])),
    ("olen", "partial_payment", None,
     "Dear Mr Wang,\n\nCorrection: the transfer of 01/12 was only USD 7,000 (first part). The difference USD 7,750 will be realized on 18/12/2026.\n\nRosa",
     P(*ROSA, PE, LIM, day=D(3), danger=True, note="part paid, the rest promised on a day")),
    ("gmailen", "acceptance", None,
     "Logs complete for 14 days now. We accept phase 2.\n\nLuis",
     P(*QUISPE, PE, LIM, day=D(17))),
    # Kelowna cherry packer (month-first)
    ("iosen", "paid", None,
     "Hi Wang,\n\nWe paid by wire on 12/01. Please confirm receipt.\n\nJulie",
     P(*BOUCHARD, CA, VAN)),
    ("owaen", "promise", D(15),
     "Hi,\n\nYour invoice is scheduled for our 12/15 payment run (EFT).\n\nMark Delaney\nAccounts Payable",
     P(*MARK, CA, VAN)),
    ("iosen", "promise", D(15),
     "Hold on - our controller says the wire on 12/01 was the Q3 freight invoice, not yours. Yours goes out with the 12/15 run. Sorry for the confusion.\n\nJulie",
     P(*BOUCHARD, CA, VAN, day=D(3), danger=True, earlier="Hi Wang,\n\nWe paid by wire on 12/01. Please confirm receipt.\n\nJulie")),
    ("tben", "other", None,
     "Quick one, not a payment thing: can the grading software export by grower number for the co-op report? Our board meets on the 10th.\n\nDave",
     P(*DAVE, CA, VAN, day=D(4), below=True)),
    ("owaen", "resend_request", None,
     "Hi,\n\nCould you resend the invoice as a PDF to ap@okanagancherrypack.ca? Our AP system does not take the .ofd file.\n\nThanks,\nMark",
     P(*MARK, CA, VAN, day=D(7))),
    # Leipzig organ workshop
    ("tben", "promise", D(15),
     "Sehr geehrter Herr Wang, dear Mr Wang,\n\nthe mid-term payment will be transferred on 15.12.2026.\n\nMit freundlichen Grüßen\nThomas Vogel\nOrgelbau Vogel GmbH",
     P(*VOGEL, DE, BER)),
    ("olenplain", "dispute", None,
     "Dear Mr Wang,\n\nAccording to § 3 of our contract, the mid-term payment is due 30 days after acceptance of module B, which has not yet taken place. The amount is therefore not yet due.\n\nKind regards\nSabine Krause\nBuchhaltung",
     P(*KRAUSE, DE, BER, day=D(3), danger=True)),
    ("appleen", "acceptance", None,
     "Dear Mr Wang,\n\nModule B was accepted in our workshop today. Frau Krause will arrange the payment.\n\nThomas Vogel",
     P(*VOGEL, DE, BER, day=D(10))),
    ("olenplain", "paid", None,
     "Dear Mr Wang,\n\nwe transferred EUR 8.400,00 today (value date 17.12.2026).\n\nKind regards\nSabine Krause",
     P(*KRAUSE, DE, BER, day=D(16))),
    # Yuyao sprayer exporter (Chinese exporters' English)
    ("mmen", "promise", D(5, 2, 2027),
     "Dear Wang,\n\nSorry for late reply. Our boss is in the fair in Cologne. The go-live payment will arrange before Chinese New Year.\n\nBest regards\nShao Jianping",
     P(*SHAO, YY, SHA, note="before CNY = 除夕 2027-02-05")),
    ("qqappen", "partial_payment", None,
     "Hi Wang, we paid 5,000USD today, the rest 5,200 next month. Bank slip attached.",
     P(*LILY, YY, SHA, day=D(8), atts=["bank_slip.jpg"], danger=True)),
    ("exmailen", "dispute", None,
     "Hi Wang,\n\nThe portal QC report cannot print our logo and the customer PO number, customer in Poland complain. Please fix asap, boss say go-live payment wait until fixed.\n\nKevin",
     P(*KEVIN, YY, SHA, day=D(3), danger=True)),
    ("n163en", "paid", None,
     "Hi Wang,\nRest USD5200 remitted today, pls check.\nLily",
     P(*LILY163, YY, SHA, day=D(21))),
    ("gmailapp", "bank_question", None,
     "Hi Wang, our bank say your account is RMB account, can not receive USD? please confirm which account we should pay.\n\nJianping",
     P(*SHAO_G, YY, SHA, day=D(4), danger=True)),
]  # fmt: skip

INTL: list[tuple] = HANT + EN
