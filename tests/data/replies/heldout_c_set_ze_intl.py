"""Set ZE, Traditional-Chinese and English clients (imported by heldout_c_set_ze.py).

A Taichung machine-tool builder (Taiwan Mandarin, 民國 habits, 月結 25日), a Kwai Chung
container-haulage firm writing Cantonese to an English reminder, and English from writers of
many first languages: Deira (oud perfumes), San Pa Tong (longan drying), Stone Town (cloves),
Arandas (tequila), Arilje (frozen raspberries), Incheon (cosmetics OEM), Minamiuonuma (sake)
and Puerto Montt (mussels). Dates are read in each writer's zone and locale.
"""

from __future__ import annotations

from heldout_c_threads_ze import day, who

TPE, HKG = "Asia/Taipei", "Asia/Hong_Kong"

# 鉅昇精機 (Taichung machine-tool builder): 上線款 NT$460,000.
cyt = who("olzhtw", "張雅婷", "yating.chang@jusheng-cnc.com.tw", "ze_tw_en", TPE)
hgx = who("ioszhtw", "黃國雄", "kh.huang@jusheng-cnc.com.tw", "ze_tw", TPE)
wzm = who("owazhtw", "吳志明", "cm.wu@jusheng-cnc.com.tw", "ze_tw", TPE)
lps = who("gmailtw", "林佩珊", "peishan.lin.js@gmail.com", "ze_tw", TPE)
cgy = who("olmobtw", "陳冠宇", "ky.chen@jusheng-cnc.com.tw", "ze_tw", TPE)

TW = [
    cyt(
        "promise",
        day(12, 25),
        day(12, 2),
        "王經理您好：\n\n本公司付款作業為每月月結，廠商請款於次月25日統一匯出。貴司上線款將於12/25（五）匯出，"
        "屆時再提供水單。\n\n張雅婷\n財務部",
    ),
    wzm(
        "dispute",
        None,
        day(12, 3),
        "王經理：\n\n目前三號廠房有8台舊機（FANUC 0i-MC）一直抓不到稼動數據，合約附件一寫明全廠42台都要連線，"
        "現在只有34台。這部分沒完成之前，上線款我這邊不會簽核。\n\n吳志明 廠長",
        danger=True,
    ),
    hgx(
        "other",
        None,
        day(12, 3),
        "王經理，年底了大家都忙，錢一定會付，你放心。",
        note="reassurance without a day",
    ),
    hgx(
        "other",
        None,
        day(12, 4),
        "錢的事我問一下會計，上個月好像已經匯了？你們再查一下。",
        danger=True,
        note="an unsure hearsay 'seems paid': the PM asks, never paid",
    ),
    lps(
        "resend_request",
        None,
        day(12, 4),
        "王先生您好，請問發票可以加上我們的統一編號 24536871 嗎？會計說要有統編才能入帳，謝謝。",
        note="the client's own tax number to be added, no fault said",
    ),
    hgx("other", None, day(12, 7), "收到，已請吳廠長處理。"),
    cyt(
        "bank_question",
        None,
        day(12, 8),
        "王經理：\n\n因本公司為跨境匯款，請提供貴司收款銀行之SWIFT代碼及中間行資訊，"
        "另請確認收款人英文名稱是否為 Example Tech Co., Ltd.。謝謝。\n\n張雅婷",
    ),
    lps("other", None, day(12, 9), "新的發票收到了，統編也有了，謝謝！"),
    cgy(
        "acceptance",
        None,
        day(12, 10),
        "王經理：舊機改用外掛感測盒後，8台都已連線，昨天全廠42台稼動數據都正常回傳。驗收單已簽，如附件。\n\n陳冠宇 資訊課",
        atts=["驗收單.pdf"],
    ),
    wzm(
        "acceptance",
        day(12, 25),
        day(12, 11),
        "王經理，驗收沒問題了，我已經跟會計說上線款照原本12/25那批匯。",
        note="relabelled promise -> acceptance by the convention 'Acceptance with a payment day promised beside it … is acceptance, dated that day' (session 17)",
    ),
    cyt(
        "partial_payment",
        None,
        day(12, 28),
        "王經理：\n\n貴司上線款NT$460,000已於12/25匯出，扣除匯費NT$450，實匯NT$459,550，水單如附件。\n\n張雅婷",
        atts=["水單.pdf"],
        note="a stated fee cut (匯費內扣)",
    ),
]

# 利昇貨櫃運輸 (Kwai Chung container haulage): final payment HKD 78,000; Cantonese.
lzh = who("olzhtw", "李志輝", "ricky.lee@leesing-haulage.com.hk", "ze_hk", HKG)
joy = who("gmailtw", "Joyce Wong", "joycewong.ls@gmail.com", "ze_hk", HKG)
amg = who("ioszhtw", "阿明", "dispatch@leesing-haulage.com.hk", "ze_hk", HKG)
lso = who("olmobtw", "利昇 Office", "office@leesing-haulage.com.hk", "ze_hk", HKG)
LZH_FIRST = "王生：\n\n張單我哋收到，會計話下個禮拜三（9號）開支票寄畀你哋。\n\nRicky"

HK = [
    lzh("promise", day(12, 9), day(12, 2), LZH_FIRST),
    amg(
        "dispute",
        None,
        day(12, 3),
        "王生，你哋個GPS喺葵涌碼頭入面成日斷線，司機個位顯示喺海中間，調度派車派錯咗好多次。搞掂之前老闆話唔會畀住尾數。",
        danger=True,
    ),
    joy(
        "bank_question",
        None,
        day(12, 4),
        "Hi 王生，我哋用香港銀行匯款返內地，要你哋嘅SWIFT code同埋銀行地址，唔該提供。Thanks!\nJoyce",
    ),
    lso("other", None, day(12, 7), "李生今個禮拜返咗深圳，有咩事搵Joyce。"),
    lzh(
        "dispute",
        None,
        day(12, 10),
        "王生：\n\n更正：上次話9號寄支票，但阿明話GPS喺碼頭仲係斷線，所以支票暫時唔寄住，等你哋搞掂先。\n\nRicky",
        earlier=LZH_FIRST,
        danger=True,
        note="his cheque promise withdrawn until our fix",
    ),
    amg(
        "acceptance",
        None,
        day(12, 15),
        "換咗天線之後碼頭入面都收到訊號，呢個禮拜冇再出事，OK喇。",
        note="the dispatcher who raised the fault says it now works",
    ),
    joy(
        "paid",
        None,
        day(12, 17),
        "王生，HKD 78,000 今日已經電滙咗，滙款單喺附件，麻煩查收。\nJoyce",
        atts=["滙款單.pdf"],
    ),
    lzh("other", None, day(12, 18), "多謝晒你哋啲同事，碼頭嗰排辛苦晒。\n\nRicky"),
    joy(
        "paid",
        None,
        day(12, 21),
        "收到錢未呀？銀行話已經過咗去㗎喇。",
        note="a follow-up after the transfer: she repeats that it went out",
    ),
]

# Al Noor Oud & Perfumes LLC, Deira (Dubai; Monday-Friday week).
DXB = "Asia/Dubai"
rm = who("olen", "Rajesh Menon", "rajesh.menon@alnooroud.ae", "ze_oud", DXB)
fat = who("owaen", "Fatima Al Hammadi", "fatima.h@alnooroud.ae", "ze_oud", DXB)
kha = who("iosen", "Khalid Al Falasi", "khalid@alnooroud.ae", "ze_oud", DXB)
jos = who("gmailen", "Joseph Dela Cruz", "joseph.delacruz.it@gmail.com", "ze_oud", DXB)
acc = who("olenplain", "Accounts - Al Noor Oud", "accounts@alnooroud.ae", "ze_oud", DXB)
RM_FIRST = (
    "Dear Mr. Wang,\n\nGreetings from Al Noor.\n\nWe are in receipt of your reminder. Kindly note the "
    "payment is scheduled in our next payment cycle on 10th December 2026. Will share the swift copy "
    "once released.\n\nThanks & Regards,\nRajesh Menon\nFinance Manager\nAl Noor Oud & Perfumes LLC\n"
    "Tel: +971 4 226 5531"
)

OUD = [
    rm("promise", day(12, 10), day(12, 2), RM_FIRST),
    fat(
        "dispute",
        None,
        day(12, 3),
        "Dear Mr. Wang,\n\nOur Dubai Mall and Mirdif boutiques are still showing wrong stock for the oud oils "
        "sold by tola. The system rounds 11.66 g to 12 g, so we are losing stock on every sale and the "
        "month-end count is off by almost 400 g. Until this is corrected I have asked Finance to hold the "
        "go-live payment.\n\nRegards,\nFatima Al Hammadi\nRetail Operations Manager",
        danger=True,
    ),
    kha("other", None, day(12, 3), "Noted. Rajesh will handle."),
    kha(
        "more_time",
        day(12, 22),
        day(12, 8),
        "Mr Wang, give us 2 more weeks please, the boutique stock issue is still open.",
    ),
    rm(
        "bank_question",
        None,
        day(12, 7),
        "Dear Mr. Wang,\n\nKindly share your bank's SWIFT code and the intermediary bank for USD payments. "
        "Our bank (Emirates NBD) needs it to release the transfer.\n\nRegards,\nRajesh",
    ),
    rm(
        "dispute",
        None,
        day(12, 9),
        "Dear Mr. Wang,\n\nFurther to my mail below, please note the payment has been put on hold by "
        "Operations due to the stock rounding issue. Once your team confirms the fix, we will release it "
        "in the following cycle.\n\nRegards,\nRajesh",
        earlier=RM_FIRST,
        danger=True,
        note="his own promise withdrawn: held until our fix",
    ),
    jos(
        "acceptance",
        None,
        day(12, 14),
        "Hi Sir,\n\nThe tola rounding fix was deployed last Thursday. We checked all 14 boutiques over the "
        "weekend and stock is matching now. Fatima ma'am already signed the UAT form, attached for your "
        "reference.\n\nThanks,\nJoseph",
        atts=["UAT_signoff_AlNoor.pdf"],
    ),
    rm(
        "promise",
        day(12, 24),
        day(12, 15),
        "Dear Mr. Wang,\n\nThank you for the quick resolution. Payment will be released in our next cycle "
        "on Thursday, 24th December.\n\nRegards,\nRajesh",
    ),
    kha(
        "other",
        None,
        day(12, 21),
        "Mr Wang, can your team also do a loyalty program for us? Please send proposal.",
    ),
    acc(
        "paid",
        None,
        day(12, 24),
        "Dear Sir,\n\nPlease find attached the swift copy for USD 26,500.00 remitted today from Emirates NBD "
        "in favour of Example Tech Co., Ltd.\n\nKindly confirm receipt.\n\nBest regards,\n"
        "Accounts Department\nAl Noor Oud & Perfumes LLC",
        atts=["SWIFT_COPY_ENBD.pdf"],
    ),
]

# Lanna Golden Longan Co., Ltd., San Pa Tong (Chiang Mai): Thai English, Buddhist-era years.
BKK = "Asia/Bangkok"
sir = who("gmailen", "Siriporn K.", "siriporn.lannalongan@gmail.com", "ze_lam", BKK)
ntp = who("olen", "Nattapong S.", "nattapong@lannagoldenlongan.co.th", "ze_lam", BKK)
som = who("android", "Somchai", "somchai.lgl@gmail.com", "ze_lam", BKK)
ploy = who("iosen", "Ploy", "ploy.export@lannagoldenlongan.co.th", "ze_lam", BKK)

LAM = [
    sir(
        "promise",
        day(12, 15),
        day(12, 2),
        "Dear K. Wang,\n\nSorry for late payment ka. Our company will transfer on 15/12/2569 (2026) ka.\n\n"
        "Thank you ka\nSiriporn\nAccounting",
    ),
    ntp(
        "dispute",
        None,
        day(12, 3),
        "Dear Mr. Wang,\n\nThe temperature sensor in kiln 4 and 5 show 65 C but real is 72 C. We have 3 lot of "
        "longan over dry, customer in Guangzhou reject 2 container already. We cannot accept the system like "
        "this. Boss say stop the payment until you fix.\n\nBest Regards\nNattapong\nQC Manager",
        danger=True,
    ),
    som(
        "other",
        None,
        day(12, 4),
        "Mr Wang I am in Guangzhou now for the customer problem. When I back I will check with Siriporn",
    ),
    ploy(
        "resend_request",
        None,
        day(12, 7),
        "Hi Mr. Wang,\n\nCould you send the invoice again with our Tax ID 0505559012345 and (Head Office) after "
        "the company name? Our accounting need it for the Revenue Department.\n\nThank you ka\nPloy",
    ),
    sir(
        "dispute",
        None,
        day(12, 9),
        "Dear K. Wang,\n\nToday we already transfer USD 9,200 (half) ka. Another half after kiln sensor fix "
        "and boss sign na ka. Bank slip attached.\n\nThank you ka",
        atts=["slip_9200.jpg"],
        danger=True,
        note="half paid, the rest held until our fix",
    ),
    som(
        "dispute",
        None,
        day(12, 10),
        "You want money but my customer reject 2 container. Who pay me?? First we talk about this problem then payment",
        danger=True,
    ),
    ntp(
        "acceptance",
        None,
        day(12, 14),
        "Dear Mr. Wang,\n\nAfter your engineer calibrate again, kiln 4 and 5 now correct +/- 1 C. We test 2 lot "
        "already, OK. QC accept the system, signed form attached.\n\nBest Regards\nNattapong",
        atts=["QC_acceptance_signed.pdf"],
    ),
    sir(
        "promise",
        day(12, 18),
        day(12, 16),
        "Dear K. Wang,\n\nBoss sign already. Remaining USD 9,200 we will transfer on Friday this week ka (18 Dec)."
        "\n\nThank you ka",
    ),
    sir(
        "paid",
        None,
        day(12, 18),
        "Dear K. Wang,\n\nAlready transfer remaining USD 9,200 today ka, slip attached. Thank you for your support ka.",
        atts=["Bangkok_Bank_slip.jpg"],
    ),
]

# Pemba Clove & Spice Exporters Ltd, Stone Town (Zanzibar): Tanzanian English.
DAR = "Africa/Dar_es_Salaam"
jum = who("gmailen", "Juma Hamad", "juma.hamad.pemba@gmail.com", "ze_znz", DAR)
alm = who("android", "Ali Mussa", "ali.mussa@pembaclove.co.tz", "ze_znz", DAR)
ami = who("olmoben", "Amina Said", "amina.said@pembaclove.co.tz", "ze_znz", DAR)
nee = who("iosen", "Neema Mushi", "neema.mushi@pembaclove.co.tz", "ze_znz", DAR)

ZNZ = [
    jum(
        "more_time",
        day(12, 31),
        day(12, 2),
        "Dear Wang,\n\nSalaam. Pole for the delay. The clove harvest payments to farmers have taken all our cash "
        "this month. Kindly bear with us until end of December, we shall clear the balance.\n\nRegards,\n"
        "Juma Hamad\nFinance Officer",
    ),
    alm(
        "dispute",
        None,
        day(12, 3),
        "Hello Mr Wang. The app is failing to sync farmer weights when there is no network in the Pemba farms, "
        "we have lost records for 3 buying centres. MD has said the final payment will not be released until "
        "this is working.",
        danger=True,
    ),
    ami(
        "other",
        None,
        day(12, 7),
        "Dear Mr. Wang,\n\nJuma is upcountry this week. I have copied Neema who will respond to you.\n\n"
        "Regards,\nAmina Said\nManaging Director",
    ),
    nee(
        "bank_question",
        None,
        day(12, 8),
        "Hello Mr. Wang,\n\nOur bank CRDB is asking for the intermediary bank for USD to China and your bank's "
        "physical address. Kindly provide so that we can process.\n\nRegards,\nNeema",
    ),
    alm(
        "acceptance",
        None,
        day(12, 14),
        "Mr Wang, offline sync tested in Pemba last week, all records uploaded when network came back. We are ok "
        "now. MD signed the completion certificate, Neema has it.",
    ),
    jum(
        "promise",
        day(12, 22),
        day(12, 16),
        "Dear Wang,\n\nThe final payment will be effected by next week Tuesday.\n\nRegards,\nJuma",
    ),
    nee(
        "resend_request",
        None,
        day(12, 15),
        "Hello Mr. Wang,\n\nKindly send us the invoice again in PDF, the file attached to your reminder cannot open on "
        "our side.\n\nRegards,\nNeema",
    ),
    nee(
        "paid",
        None,
        day(12, 22),
        "Hello Mr. Wang,\n\nThe payment of USD 14,800 has been effected today through CRDB Bank. Attached is the "
        "swift copy.\n\nRegards,\nNeema",
        atts=["SWIFT_CRDB_14800.pdf"],
    ),
    jum(
        "paid",
        None,
        day(12, 23),
        "Dear Wang,\n\nNeema sent the money yesterday. The bank said they may deduct their charges on the way, so "
        "maybe you receive a bit less. Let us know.\n\nJuma",
        note="paid in full, a cut only guessed at",
    ),
]

# Destilería Los Altos de Arandas (Jalisco): Mexican English, day-first dates.
MEX = "America/Mexico_City"
kar = who("gmailen", "Karla Méndez", "karla.mendez.losaltos@gmail.com", "ze_teq", MEX)
hec = who("iosen", "Héctor Navarro", "hnavarro@losaltosarandas.mx", "ze_teq", MEX)
ale = who("olen", "Alejandro Ramírez", "aramirez@losaltosarandas.mx", "ze_teq", MEX)
lui = who("tben", "Luis Ortega", "lortega@losaltosarandas.mx", "ze_teq", MEX, below=True)
raf = who("gmailapp", "Rafael Orozco", "rafael.orozco.tequila@gmail.com", "ze_teq", MEX)
KAR_FIRST = (
    "Hello Mr. Wang,\n\nI confirm you that the payment will be done the day 11/12/2026. I will send you "
    "the comprobante when it is done.\n\nRegards,\nKarla Méndez\nCuentas por pagar"
)

TEQ = [
    kar("promise", day(12, 11), day(12, 2), KAR_FIRST),
    hec(
        "dispute",
        None,
        day(12, 3),
        "Mr. Wang,\n\nThe barrel warehouse module is not registering the refills, we have 340 barrels with the "
        "wrong age. This is a big problem for the CRT audit in January, an añejo with wrong age is a serious "
        "thing. We can not approve the milestone 2 until this is solve.\n\nIng. Héctor Navarro\nGerente de Planta",
        danger=True,
    ),
    ale(
        "dispute",
        None,
        day(12, 4),
        'Dear Mr. Wang,\n\nYour invoice is addressed to "Los Altos Tequila" and does not show our RFC. For SAT '
        "purposes the invoice must be issued to our legal name, Destilería Los Altos de Arandas S.A. de C.V., "
        "RFC DLA0803125K7. We cannot process it as it is.\n\nBest regards,\nAlejandro Ramírez\nCFO",
        danger=True,
    ),
    kar(
        "dispute",
        None,
        day(12, 9),
        "Hello Mr. Wang,\n\nSorry, the payment of the 11/12 is not possible because Alejandro says the invoice "
        "must be corrected first. When we receive the new invoice we pay in 5 business days.\n\nRegards,\nKarla",
        earlier=KAR_FIRST,
        danger=True,
        note="the day given up until our invoice is corrected",
    ),
    lui(
        "other",
        None,
        day(12, 10),
        "Hi Wang,\n\nthe refill fix works. I re-run the aging report for the 340 barrels and now it match with "
        "the paper log. From IT side is ok, Héctor will sign the acta this week.\n\nLuis",
        note="IT confirms the fix; the acceptance is still to be signed",
    ),
    raf(
        "other",
        None,
        day(12, 11),
        "Wang I dont have time for emails, talk with Alejandro please. Saludos",
    ),
    hec(
        "acceptance",
        None,
        day(12, 14),
        "Mr. Wang,\n\nMilestone 2 is approved. The acta de entrega is signed, I attach it.\n\nIng. Héctor Navarro",
        atts=["Acta_entrega_M2_firmada.pdf"],
    ),
    ale(
        "promise",
        day(12, 18),
        day(12, 15),
        "Dear Mr. Wang,\n\nWe received the corrected invoice, thank you. Payment is scheduled before the holidays, "
        "on Friday December 18th.\n\nBest regards,\nAlejandro",
    ),
    kar(
        "paid",
        None,
        day(12, 18),
        "Hello Mr. Wang,\n\nThe transference of USD 21,000.00 was done today from Banorte, here is the "
        "comprobante.\n\nHappy holidays!\nKarla",
        atts=["comprobante_transferencia_Banorte.pdf"],
    ),
]

# Zlatna Malina d.o.o., Arilje (frozen raspberries): Serbian English.
BEG = "Europe/Belgrade"
jel = who("tben", "Jelena Marković", "jelena.markovic@zlatnamalina.rs", "ze_mal", BEG, below=True)
mil = who("gmailen", "Milica Jovanović", "milica.jovanovic.zm@gmail.com", "ze_mal", BEG)
dra = who("olen", "Dragan Petrović", "dragan.petrovic@zlatnamalina.rs", "ze_mal", BEG)
nik = who("appleen", "Nikola Ilić", "nikola.ilic@zlatnamalina.rs", "ze_mal", BEG)
JEL_FIRST = (
    "Respected Mr. Wang,\n\nthe payment is in procedure, we will pay until 15.12.2026.\n\n"
    "Best regards,\nJelena Marković\nAccounting"
)

MAL = [
    jel("promise", day(12, 15), day(12, 2), JEL_FIRST),
    mil(
        "dispute",
        None,
        day(12, 3),
        "Dear Mr Wang,\n\nTemperature alarm in chamber 2 did not come on SMS in the night of 28.11. Temperature "
        "went to -12 °C and we had to reclassify 18 tons of Willamette raspberry from Extra to industrial class. "
        "We expect from you explanation and compensation before we continue with payments.\n\n"
        "Milica Jovanović\nTechnologist",
        danger=True,
    ),
    dra(
        "dispute",
        None,
        day(12, 4),
        "Mr. Wang,\n\nWe do not refuse to pay, but after what happened in chamber 2 the second payment will wait "
        "until we have your written report. I am sure you understand.\n\nDragan Petrović\nDirector",
        danger=True,
    ),
    nik(
        "bank_question",
        None,
        day(12, 8),
        "Hello,\n\nour bank (Banca Intesa) asks for the IBAN of your account. Do you have IBAN?\n\nNikola",
    ),
    mil(
        "other",
        None,
        day(12, 10),
        "Dear Mr Wang,\n\nwe received your report. So the SIM card in the GSM modem was blocked by the operator, "
        "OK. We accept the explanation, but please make also the backup alarm on e-mail. The compensation "
        "question Mr Petrović will discuss with you.\n\nMilica",
        note="the explanation accepted; no sign-off and no payment word",
    ),
    jel(
        "promise",
        day(12, 15),
        day(12, 11),
        "Mr. Wang,\n\ndirector approved. Payment will be on Tuesday 15.12. as I wrote before.\n\nJelena",
        earlier=JEL_FIRST,
    ),
    jel(
        "paid",
        None,
        day(12, 15),
        "Mr. Wang,\n\npayment of EUR 16.900,00 is executed today, SWIFT confirmation in attachment.\n\n"
        "Best regards,\nJelena",
        atts=["SWIFT_confirmation.pdf"],
    ),
]

# Seohae Cosmetics Co., Ltd., Incheon (sheet-mask OEM): Korean English.
SEL = "Asia/Seoul"
lsj = who("gmailen", "Lee Soo-jin", "soojin.lee.seohae@gmail.com", "ze_kor", SEL)
lsj2 = who("gmailen", "Lee Soo-jin", "soojin.lee.seohae@gmail.com", "ze_kor2", SEL, seq=2)
kjh = who("olen", "Kim Ji-hoon", "jihoon.kim@seohaecos.co.kr", "ze_kor", SEL)
kjh2 = who("olen", "Kim Ji-hoon", "jihoon.kim@seohaecos.co.kr", "ze_kor2", SEL, seq=2)
pmj = who("owaen", "Park Min-jung", "minjung.park@seohaecos.co.kr", "ze_kor", SEL)
choi = who("iosen", "Choi Young-ho", "yh.choi@seohaecos.co.kr", "ze_kor", SEL)

KOR = [
    lsj(
        "promise",
        day(12, 10),
        day(12, 2),
        "Dear Mr. Wang,\n\nSorry for late reply. Our payment date is every month 10th and 25th. Your final "
        "payment will be paid at 2026.12.10.\n\nThank you.\nLee Soo-jin / Accounting Team",
    ),
    pmj(
        "dispute",
        None,
        day(12, 3),
        "Dear Mr. Wang,\n\nThe electronic batch record does not keep the audit trail when operator change the "
        "filling weight. This is not acceptable for MFDS CGMP and for our customer audit. Final payment is on "
        "hold until this is corrected.\n\nBest regards,\nPark Min-jung / QA Team Leader",
        danger=True,
    ),
    kjh(
        "more_time",
        day(12, 24),
        day(12, 4),
        "Dear Mr. Wang,\n\nPlease understand our situation. Because of the audit trail issue, payment at 12.10 "
        "is difficult. Could you give us time until 2026.12.24?\n\nBest regards,\nKim Ji-hoon / Manager, "
        "Production Planning",
        note="asks for a day while QA's hold stands",
    ),
    choi("other", None, day(12, 7), "Mr. Kim will contact you. Thank you."),
    lsj2(
        "bank_question",
        None,
        day(12, 9),
        'Dear Mr. Wang,\n\nOur bank (Woori Bank) said beneficiary name on your invoice is "Example Technology '
        'Co., Ltd." but your e-mail say "Example Tech Co., Ltd.". Which one is correct? Bank cannot send if '
        "name is different.\n\nThank you.\nLee Soo-jin",
        danger=True,
    ),
    pmj(
        "acceptance",
        None,
        day(12, 14),
        "Dear Mr. Wang,\n\nWe checked the patch. Audit trail is now recorded for all changes of filling weight. "
        "QA approve. Signed validation report is attached.\n\nPark Min-jung",
        atts=["Validation_Report_signed.pdf"],
    ),
    kjh2(
        "promise",
        day(12, 24),
        day(12, 15),
        "Dear Mr. Wang,\n\nThank you for quick action. Final payment will be paid at 12.24 together with our "
        "25th payment (because 25th is holiday in Korea).\n\nBest regards,\nKim Ji-hoon",
    ),
    lsj2(
        "partial_payment",
        None,
        day(12, 24),
        "Dear Mr. Wang,\n\nWe remitted USD 31,975 today. Woori Bank charged USD 25 fee, so we deducted it. "
        "Remittance slip is attached.\n\nMerry Christmas!\nLee Soo-jin",
        atts=["Woori_remittance.pdf"],
        note="a stated cut of the bank fee",
    ),
]

# Yukimuro Shuzo K.K., Minamiuonuma (Niigata sake brewery): Japanese English.
TYO = "Asia/Tokyo"
sato = who("olen", "Yumi Sato", "y.sato@yukimuro-shuzo.co.jp", "ze_sake", TYO)
tak = who("olen", "Kenji Takahashi", "k.takahashi@yukimuro-shuzo.co.jp", "ze_sake", TYO)
ike = who("olen", "Hiroshi Ikeda", "h.ikeda@yukimuro-shuzo.co.jp", "ze_sake", TYO)
wat = who("gmailen", "Daisuke Watanabe", "d.watanabe.yukimuro@gmail.com", "ze_sake", TYO)
SATO_SIG = (
    "\n\n--------------------------------\nYumi Sato\nAccounting Section\nYukimuro Shuzo K.K.\n"
    "1234 Urasa, Minamiuonuma, Niigata 949-7302 Japan\nTEL: +81-25-777-0000\n"
    "*Our office will be closed from 2026/12/29 to 2027/1/4.\n--------------------------------"
)

SAKE = [
    sato(
        "promise",
        day(1, 29, 2027),
        day(12, 2),
        "Dear Mr. Wang,\n\nThank you for your e-mail, and we apologize for the inconvenience.\nAccording to our "
        "payment rule, invoices received by the 20th are paid at the end of the following month. Your invoice "
        "arrived on November 24, so it is included in the December closing, and the payment date will be "
        "2027/1/29.\nWe appreciate your understanding." + SATO_SIG,
        note="the office closure in the signature is not a payment day",
    ),
    tak(
        "other",
        None,
        day(12, 3),
        "Dear Mr. Wang,\n\nThe temperature log of tank No.7 was missing for 9 hours on the night of 11/26. "
        "During moromi fermentation this data is very important for us, and we had to check the tank by hand. "
        "Please investigate the cause and report.\n\nBest regards,\nKenji Takahashi\nProduction Control",
        danger=True,
        note="a fault report answering the reminder: held for the PM; relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)",
    ),
    ike(
        "promise",
        day(12, 25),
        day(12, 8),
        "Dear Mr. Wang,\n\nWe discussed your request internally. As a special case, we will pay the mid-term "
        "payment on 2026/12/25, before our year-end holidays.\n\nBest regards,\nHiroshi Ikeda\nPresident",
    ),
    tak(
        "other",
        None,
        day(12, 9),
        "Dear Mr. Wang,\n\nThank you for your report. We understood the cause was the NAS update. Since then no "
        "data is missing.\n\nBest regards,\nKenji Takahashi",
    ),
    sato(
        "resend_request",
        None,
        day(12, 10),
        "Dear Mr. Wang,\n\nCould you kindly send us the original invoice with your company seal by EMS? Our tax "
        "accountant requires the paper original for the year-end." + SATO_SIG,
    ),
    wat(
        "acceptance",
        None,
        day(12, 14),
        "Dear Wang-san,\n\nOur toji Mr. Watanabe checked the new tank sensors for one week. All works good. The "
        "acceptance certificate is signed and attached.\n\nThank you very much.\nDaisuke Watanabe",
        atts=["Acceptance_Certificate_NGT.pdf"],
    ),
    sato(
        "paid",
        None,
        day(12, 25),
        "Dear Mr. Wang,\n\nWe have remitted USD 19,800 today via MUFG Bank. The remittance advice is attached. "
        "The bank charges on our side are paid by us." + SATO_SIG,
        atts=["Remittance_Advice_MUFG.pdf"],
    ),
]

# Mitílidos del Reloncaví SpA, Puerto Montt (mussel farm): Chilean English.
SCL = "America/Santiago"
oya = who("olen", "Rodrigo Oyarzún", "royarzun@mitilidosreloncavi.cl", "ze_chl", SCL)
cam = who("gmailen", "Camila Soto", "camila.soto.mr@gmail.com", "ze_chl", SCL)
pat = who("iosen", "Patricio Vera", "pvera@mitilidosreloncavi.cl", "ze_chl", SCL)

CHL = [
    cam(
        "promise",
        day(12, 4),
        day(12, 2),
        "Hi Mr. Wang, the payment is programmed for this Friday 04/12.\n\nGreetings,\nCamila",
    ),
    pat(
        "dispute",
        None,
        day(12, 3),
        "Mr Wang, the harvest planning module is using the old long-line positions, the boats went to the wrong "
        "lines two times this week. Rodrigo says no more payments until it works.",
        danger=True,
    ),
    oya(
        "more_time",
        None,
        day(12, 7),
        "Dear Mr. Wang,\n\nAs you know the red tide closure (marea roja) in Reloncaví stopped our harvest for three "
        "weeks and we had no sales in November. Could we pay the second payment in two parts, half in January and "
        "half in February?\n\nKind regards,\nRodrigo Oyarzún\nGerente General",
        note="instalments asked, months only: no day",
    ),
    cam(
        "other",
        None,
        day(12, 7),
        "Sorry Mr. Wang, the Friday payment did not go, Rodrigo stopped all the payments this month. I will tell "
        "you when.\n\nCamila",
        danger=True,
        note="the promised day not kept and no new day: not paid",
    ),
    pat(
        "acceptance",
        None,
        day(12, 14),
        "Mr Wang, the new long-line positions are loaded and the boats went to the right lines all this week. "
        "Harvest planning is approved from my side, I signed the acta and gave it to Rodrigo.",
    ),
    cam(
        "partial_payment",
        None,
        day(12, 18),
        "Hi Mr. Wang, today we transferred USD 6,300 (half of the second payment) from Banco de Chile, the other "
        "half in January as Rodrigo wrote you. The comprobante is attached.\n\nGreetings,\nCamila",
        atts=["comprobante_6300.pdf"],
    ),
]

ZE_INTL = [*TW, *HK, *OUD, *LAM, *ZNZ, *TEQ, *MAL, *KOR, *SAKE, *CHL]
