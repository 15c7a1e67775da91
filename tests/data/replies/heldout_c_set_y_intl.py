"""Held-out set Y, Traditional Chinese and English replies (written blind by helper blindy).

Traditional: a Penghu island-hopping boat operator (Taiwan, Big5/UTF-8, 12/25（五）) and a
Yuen Long poon-choi caterer writing Cantonese to an English reminder (big5-labelled HKSCS).
English: a Tbilisi qvevri winery, a Cusco alpaca cooperative, an Anchorage air-taxi
operator, a Windhoek safari-lodge group, a Valletta language school, a Limassol ship manager
(and its answer to a formal demand), an Addis Ababa leather exporter, a Cardiff rugby club and a Charlevoix snowmobile outfitter.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import heldout_c_threads_y  # noqa: F401  (registers the threads)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def e(
    style: str,
    kind: str,
    due: date | None,
    body: str,
    who: tuple,
    day: date,
    thread: str,
    tz: str,
    **kw,
) -> tuple:
    """One reply: ``who`` writes ``body`` with ``style``'s client on ``day`` in zone ``tz``."""
    return (style, kind, due, body, {"sender": who, "day": day, "thread": thread, "tz": tz, **kw})


# 澎湖灣海上遊憩 (island-hopping tickets; 期中款 USD 12,600)
PH = partial(e, thread="y_penghu", tz="Asia/Taipei")
HSU = ("許志明", "hsu.cm@penghu-bay.com.tw")
CHEN = ("陳美玲", "ml.chen@penghu-bay.com.tw")
TSAI = ("蔡董", "tsai@penghu-bay.com.tw")
WENDY = ("Wendy Yen", "wendyyen.ph@gmail.com")
CHEN_SIG = "\n\n陳美玲\n澎湖灣海上遊憩股份有限公司 會計部\nTel: 06-926-1187 分機 21"

PENGHU = [
    PH(
        "owazhtw",
        "promise",
        d(12, 25),
        "王經理您好：\n本公司期中款固定於每月25日付款，預計12/25（五）以電匯支付美金12,600元，再請查收。"
        + CHEN_SIG,
        CHEN,
        d(12, 2),
    ),
    PH(
        "owazhtw",
        "dispute",
        None,
        "王經理：\n東北季風期間船班常臨時停航，貴公司系統無法批次取消並自動退款，客服要一筆一筆手動退，上週末就退了兩百多筆。合約附件二寫明「停航自動退票」，此功能未完成前，期中款恕難支付。\n\n許志明\n營運部 經理",
        HSU,
        d(12, 3),
        danger=True,
    ),
    PH(
        "owazhtw",
        "dispute",
        None,
        "王經理您好：\n依許經理指示，原訂12/25的付款先暫停，待停航退票功能驗收後再另行安排。"
        + CHEN_SIG,
        CHEN,
        d(12, 4),
        danger=True,
        note="the promise of Dec 2 withdrawn over the refund defect",
    ),
    PH("ioszhtw", "other", None, "我這週在高雄開會，這件事請許經理處理。", TSAI, d(12, 7)),
    PH(
        "gmailtw",
        "bank_question",
        None,
        "王經理您好，\n\n我們的銀行（臺灣中小企銀）匯美金到大陸需要貴公司收款銀行的SWIFT代碼和中間行（intermediary bank）資料，信中只有帳號，麻煩再提供一下，謝謝。\n\nWendy",
        WENDY,
        d(12, 9),
    ),
    PH(
        "olmobtw",
        "acceptance",
        None,
        "王經理：\n停航退票功能已於上週五上線，週末兩次停航實測皆正常自動退款，本公司同意驗收。\n\n許志明",
        HSU,
        d(12, 14),
    ),
    PH(
        "owazhtw",
        "promise",
        d(12, 23),
        "王經理您好：\n期中款改於下週三（12/23）匯出，匯費由本公司負擔。" + CHEN_SIG,
        CHEN,
        d(12, 15),
    ),
    PH(
        "owazhtw",
        "paid",
        None,
        "王經理您好：\n已於今日匯出美金12,600元，水單如附件，請查收。" + CHEN_SIG,
        CHEN,
        d(12, 23),
        atts=["水單_20261223.pdf"],
    ),
]

# 元朗 鄧記圍村盆菜 (festive orders; Cantonese to an English reminder; HKD 68,000)
PC = partial(e, thread="y_poonchoi", tz="Asia/Hong_Kong")
TANG = ("鄧志強", "ckt@yltangpoonchoi.com.hk")
MAY = ("May Lee", "maylee.yl@gmail.com")
MRS = ("鄧太", "mrs.tang@yltangpoonchoi.com.hk")
FAI = ("阿輝", "fai@yltangpoonchoi.com.hk")

POONCHOI = [
    PC(
        "gmailtw",
        "promise",
        d(12, 11),
        "Wang生你好，\n\n中期款我哋會喺下個禮拜五（11/12）電滙俾你哋，唔該留意。\n\nMay\n鄧記圍村盆菜 會計",
        MAY,
        d(12, 2),
    ),
    PC(
        "olzhtw",
        "dispute",
        None,
        "Wang生，\n\n你哋個系統冬至嘅預訂，同一個時段可以book超過我哋廚房做得切嘅盆菜數，今個禮拜已經爆咗三次單，要打電話逐個客道歉。唔整好佢，冬至之前我哋唔會畀住中期款。\n\n鄧志強",
        TANG,
        d(12, 3),
        danger=True,
    ),
    PC(
        "olmobtw",
        "other",
        None,
        "送貨地址個地圖pin成日錯，司機搵唔到村屋，可唔可以加返個門牌欄？",
        FAI,
        d(12, 7),
    ),
    PC(
        "olzhtw",
        "acceptance",
        None,
        "Wang生，\n\n上個禮拜改咗時段上限之後，一直冇再爆單，OK，驗收冇問題。\n\n鄧志強",
        TANG,
        d(12, 14),
    ),
    PC(
        "gmailtw",
        "promise",
        d(12, 16),
        "Wang生，中期款聽日會電滙，水單到時send俾你。\n\nMay",
        MAY,
        d(12, 15),
    ),
    PC(
        "gmailtw",
        "paid",
        None,
        "Wang生，今日已經電滙咗HKD 68,000，水單喺附件，唔該check下。\n\nMay",
        MAY,
        d(12, 16),
        atts=["滙款水單.pdf"],
    ),
    PC("ioszhtw", "other", None, "多謝晒你哋，今年冬至啲單順利晒！", MRS, d(12, 23)),
]

# Tbilisi: Kvevri House winery (cellar-door bookings and export orders; USD 18,400)
TB = partial(e, thread="y_qvevri", tz="Asia/Tbilisi")
NINO = ("Nino Beridze", "nino.beridze@gmail.com")
TAMAR = ("Tamar Lomidze", "t.lomidze@kvevrihouse.ge")
GIORGI = ("Giorgi Kapanadze", "giorgi@kvevrihouse.ge")
LEVAN = ("Levan", "levan.cellar@kvevrihouse.ge")
TAMAR_SIG = (
    "\n\nBest regards,\nTamar Lomidze\nChief Accountant | Kvevri House LLC\n+995 32 2 47 18 09"
)

QVEVRI = [
    TB(
        "gmailen",
        "promise",
        d(12, 11),
        "Hi Wang,\n\nRtveli is finally over and the export pallets to Poland are out. We will pay the second milestone by 11.12.2026 at the latest.\n\nNino",
        NINO,
        d(12, 2),
    ),
    TB(
        "olen",
        "bank_question",
        None,
        "Dear Mr Wang,\n\nOur bank (TBC) asks for the beneficiary bank's full address and its CNAPS code for a USD transfer to China. Could you please send them?"
        + TAMAR_SIG,
        TAMAR,
        d(12, 3),
    ),
    TB(
        "iosen",
        "dispute",
        None,
        "Wang, the booking portal sold 40 tasting slots for Saturday when the cellar takes 15. Guests stood in the rain. I am not paying for a system that does this until it is fixed.\n\nGiorgi",
        GIORGI,
        d(12, 4),
        danger=True,
    ),
    TB(
        "olen",
        "dispute",
        None,
        "Dear Mr Wang,\n\nPlease note that the payment has NOT been made. The transfer I mentioned on the phone was for our bottling-line supplier. Yours will be scheduled once Nino confirms the portal fix."
        + TAMAR_SIG,
        TAMAR,
        d(12, 10),
        danger=True,
        note="not paid, and held until the fix is confirmed",
    ),
    TB(
        "gmailen",
        "acceptance",
        None,
        "Hi Wang,\n\nThe capacity limits work now - we tested with a full Saturday, 15 guests per slot and the waiting list. Accepted from our side.\n\nNino",
        NINO,
        d(12, 14),
    ),
    TB(
        "olen",
        "promise",
        d(12, 18),
        "Dear Mr Wang,\n\nThe payment is scheduled for 18.12.2026." + TAMAR_SIG,
        TAMAR,
        d(12, 15),
    ),
    TB(
        "olen",
        "paid",
        None,
        "Dear Mr Wang,\n\nTransferred today, USD 18,400.00. The MT103 is attached." + TAMAR_SIG,
        TAMAR,
        d(12, 18),
        atts=["MT103_TBC_181226.pdf"],
    ),
    TB(
        "android",
        "other",
        None,
        "Hello! Happy New Year in advance. Could we get the booking portal in Georgian as well for next season? Many local guests ask.\n\nLevan, cellar door",
        LEVAN,
        d(12, 21),
    ),
]

# Cusco: Awana Wasi alpaca cooperative (wholesale catalogue; USD 9,750)
CU = partial(e, thread="y_alpaca", tz="America/Lima")
ROSA = ("Rosa Quispe", "rosa.quispe.awana@gmail.com")
LUIS = ("Luis Mamani", "tesoreria@awanawasi.pe")
CARMEN = ("Carmen Huaman", "ventas@awanawasi.pe")
DIEGO = ("Diego Quispe", "diego@awanawasi.pe")

ALPACA = [
    CU(
        "gmailapp",
        "more_time",
        None,
        "Dear Mr Wang,\n\nThe cooperative sells most in the high season and now it is rainy season, very few tourists come to Cusco. We ask please to pay the final payment in two parts, half in January and half in March. Thank you for understanding.\n\nRosa Quispe\nPresidenta",
        ROSA,
        d(12, 2),
        note="an instalment plan, no single day",
    ),
    CU(
        "owaen",
        "partial_payment",
        None,
        "Dear Mr Wang,\n\nWe transferred USD 4,875.00 today (50 %) from Banco de Credito (BCP), constancia attached. The rest we can pay when the money from the Lima fair comes in.\n\nLuis Mamani\nTesorero",
        LUIS,
        d(12, 3),
        atts=["constancia_BCP_4875.pdf"],
        danger=True,
    ),
    CU(
        "iosen",
        "dispute",
        None,
        "Mr Wang, the catalogue shows prices in soles but our buyers in the US see the same number in dollars. We had two orders at a fraction of the price. The cooperative will not pay the final payment until the currency is correct.\n\nCarmen",
        CARMEN,
        d(12, 4),
        danger=True,
    ),
    CU(
        "tben",
        "acceptance",
        None,
        "I checked the currency fix on three buyer accounts (US, Germany, Japan), prices are correct now. OK from my side.\n\nDiego",
        DIEGO,
        d(12, 8),
        below=True,
    ),
    CU(
        "iosen",
        "resend_request",
        None,
        "Could you send the invoice again with our RUC number 20601234567 on it? Our accountant needs it for SUNAT.\n\nCarmen",
        CARMEN,
        d(12, 9),
    ),
    CU(
        "owaen",
        "promise",
        d(12, 18),
        "Dear Mr Wang,\n\nThe second half, USD 4,875.00, will be sent on Friday 18/12.\n\nLuis Mamani\nTesorero",
        LUIS,
        d(12, 10),
    ),
    CU(
        "owaen",
        "paid",
        None,
        "Done, the second half was sent today. Constancia attached.\n\nLuis",
        LUIS,
        d(12, 18),
        atts=["constancia_BCP_4875_2.pdf"],
    ),
    CU(
        "gmailapp",
        "other",
        None,
        "Thank you very much for your help this year. Feliz Navidad from Cusco!\n\nRosa",
        ROSA,
        d(12, 21),
    ),
]

# Anchorage: Henning Air (bush-plane bookings and manifests; USD 22,000)
AK = partial(e, thread="y_airtaxi", tz="America/Anchorage")
DALE = ("Dale Henning", "dale@henningair.com")
BRENDA = ("Brenda Okonek", "ap@henningair.com")
KURT = ("Kurt Henning", "kurt@henningair.com")
DISPATCH = ("Henning Air Dispatch", "henningair.dispatch@gmail.com")
CPA = ("Marcy Lind", "marcy@lindbookkeeping.com")

AIRTAXI = [
    AK(
        "owaen",
        "promise",
        d(12, 10),
        "Hi Wang,\n\nThis is in our check run for 12/10. Since you're overseas we'll send it by wire instead, same date.\n\nBrenda\nAccounts Payable, Henning Air",
        BRENDA,
        d(12, 2),
    ),
    AK(
        "iosen",
        "dispute",
        None,
        "The manifest module still won't print weight and balance per passenger like we told you on day one. FAA ramp check in Bethel last week flagged it. We're not paying go-live on a system that isn't live.\n\nKurt",
        KURT,
        d(12, 3),
        danger=True,
    ),
    AK(
        "olen",
        "dispute",
        None,
        "Wang -\n\nPer Kurt, the go-live payment is pulled from the 12/10 run until weight and balance is on the manifest. Sorry for the back and forth.\n\nDale Henning\nDirector of Operations",
        DALE,
        d(12, 4),
        danger=True,
    ),
    AK(
        "gmailen",
        "other",
        None,
        "Hi, the booking app logs us out every 15 minutes, can you make that longer? We're dispatching all day and it's driving us nuts.\n\nDispatch",
        DISPATCH,
        d(12, 8),
    ),
    AK(
        "olen",
        "acceptance",
        None,
        "Wang -\n\nWeight & balance prints on the manifest now, checked on the Caravan and the Beaver this morning. We're good - consider it accepted.\n\nDale",
        DALE,
        d(12, 14),
    ),
    AK(
        "owaen",
        "promise",
        d(12, 22),
        "Hi Wang,\n\nIt's back on the run for 12/22.\n\nBrenda",
        BRENDA,
        d(12, 15),
    ),
    AK(
        "appleen",
        "bank_question",
        None,
        "Hello,\n\nI do the payables for Henning Air. Our bank needs an intermediary bank for USD wires to China. Can you confirm which one you use?\n\nMarcy Lind\nLind Bookkeeping, Anchorage",
        CPA,
        d(12, 16),
    ),
    AK(
        "owaen",
        "paid",
        None,
        "Hi Wang,\n\nWire went out this morning, confirmation with the Fed reference attached.\n\nBrenda",
        BRENDA,
        d(12, 22),
        atts=["wire_confirmation_122226.pdf"],
    ),
]

# Windhoek: Omuramba Lodges (reservations and park fees; USD 15,300)
NA = partial(e, thread="y_lodge", tz="Africa/Windhoek")
ANRI = ("Anri van Wyk", "anri@omurambalodges.com.na")
JOHANNES = ("Johannes Steenkamp", "finance@omurambalodges.com.na")
NDAPEWA = ("Ndapewa Shikongo", "reservations.omuramba@gmail.com")
PIETER = ("Pieter van Wyk", "pieter@omurambalodges.com.na")

LODGE = [
    NA(
        "olenplain",
        "promise",
        d(12, 24),
        "Morning Wang,\n\nWe pay suppliers on the 25th, but the 25th is Christmas, so it will go on Thursday 24 December.\n\nRegards,\nJohannes Steenkamp\nFinancial Manager \u2013 Omuramba Lodges",
        JOHANNES,
        d(12, 2),
    ),
    NA(
        "gmailen",
        "dispute",
        None,
        "Hi Wang,\n\nThe park-fee module charges the Etosha conservation fee per vehicle instead of per person. Our guides have been paying the difference at the gate out of their own pockets. Anri says the mid-term payment waits until this is fixed.\n\nNdapewa\nReservations",
        NDAPEWA,
        d(12, 3),
        danger=True,
    ),
    NA(
        "android",
        "other",
        None,
        "Is the new version going to work offline? Half our lodges have bad signal, especially in the rainy season.\n\nPieter",
        PIETER,
        d(12, 8),
    ),
    NA(
        "olen",
        "acceptance",
        None,
        "Wang,\n\nPark fees are now per person and the gate reconciliation balances. Accepted.\n\nAnri",
        ANRI,
        d(12, 11),
    ),
    NA(
        "olenplain",
        "promise",
        d(12, 24),
        "Wang,\n\nBack on for the Christmas Eve run (24/12). We pay from our FNB CFC account in USD.\n\nJohannes",
        JOHANNES,
        d(12, 14),
    ),
    NA(
        "olenplain",
        "paid",
        None,
        "Wang,\n\nPaid today \u2013 USD 15,300.00. Proof of payment attached.\n\nJohannes",
        JOHANNES,
        d(12, 24),
        atts=["POP_FNB_24122026.pdf"],
    ),
]

# Valletta: St Elmo English Academy (enrolment and homestays; EUR 11,200)
MT = partial(e, thread="y_school", tz="Europe/Malta")
JOSEPH = ("Joseph Borg", "accounts@stelmoenglish.com.mt")
MARIJA = ("Marija Camilleri", "dos@stelmoenglish.com.mt")
CLAIRE = ("Claire Vella", "homestay@stelmoenglish.com.mt")
KARL = ("Karl Zammit", "karl.zammit.mt@gmail.com")

SCHOOL = [
    MT(
        "olen",
        "resend_request",
        None,
        "Hi,\n\nWe cannot find the invoice for the acceptance payment in our system. Could you resend it as a PDF, please?\n\nThanks,\nJoseph Borg\nAccounts",
        JOSEPH,
        d(12, 2),
    ),
    MT(
        "owaen",
        "dispute",
        None,
        "Dear Wang,\n\nWe have not signed acceptance: the homestay portal still sends host families' phone numbers to students before the placement is confirmed, which is a GDPR problem for us. The acceptance payment is not due until we sign.\n\nMarija Camilleri\nDirector of Studies",
        MARIJA,
        d(12, 3),
        danger=True,
    ),
    MT(
        "iosen",
        "other",
        None,
        "Hi Wang, Marija asked me to send you the list of cases where the numbers went out early. Attached.\n\nClaire",
        CLAIRE,
        d(12, 7),
        atts=["homestay_cases.xlsx"],
        note="evidence for the open dispute, no new position",
    ),
    MT(
        "owaen",
        "acceptance",
        None,
        "Dear Wang,\n\nFix confirmed on our side. Acceptance signed today, copy attached.\n\nMarija",
        MARIJA,
        d(12, 11),
        atts=["acceptance_certificate_signed.pdf"],
    ),
    MT(
        "olen",
        "promise",
        d(12, 17),
        "Hi Wang,\n\nScheduled for our payment run on Thursday 17th.\n\nJoseph",
        JOSEPH,
        d(12, 14),
    ),
    MT(
        "gmailen",
        "bank_question",
        None,
        "Hi Wang,\n\nJust to be safe: the IBAN field is mandatory in our bank's portal. Do you have an IBAN, or should we put the account number and SWIFT only?\n\nKarl",
        KARL,
        d(12, 15),
    ),
    MT(
        "olen",
        "paid",
        None,
        "Hi Wang,\n\nEUR 11,200.00 paid today by SWIFT transfer from Bank of Valletta. Confirmation attached.\n\nJoseph",
        JOSEPH,
        d(12, 17),
        atts=["BOV_transfer_confirmation.pdf"],
    ),
]

# Limassol: Kition Ship Management (crew certificates; USD 27,500; a formal demand answered)
CY = partial(e, thread="y_shipmgmt", tz="Asia/Nicosia")
ANDREAS = ("Andreas Georgiou", "a.georgiou@kitionship.com.cy")
AP = ("Kition Accounts Payable", "ap@kitionship.com.cy")
ELENA = ("Elena Christodoulou", "elena.dpa.kition@gmail.com")
SUPT = ("Ch/Eng R. Dela Cruz", "master.kitionstar@kitionship.com.cy")

SHIPMGMT = [
    CY(
        "owaen",
        "partial_payment",
        None,
        "Dear Sirs,\n\nWe have processed USD 13,750.00 (50 %) today. The balance is subject to the STCW certificate import being completed for the remaining 6 vessels.\n\nKind regards,\nAccounts Payable\nKition Ship Management Ltd",
        AP,
        d(12, 2),
        danger=True,
    ),
    CY(
        "olen",
        "dispute",
        None,
        "Dear Wang,\n\nThe system flags valid Panama endorsements as expired, so our crewing officers cannot rely on it for the next crew change. Our DPA will not sign off the second instalment until the endorsement rules are corrected.\n\nBest regards,\nAndreas Georgiou\nCrew Manager",
        ANDREAS,
        d(12, 3),
        danger=True,
    ),
    CY(
        "gmailen",
        "other",
        None,
        "Dear Wang,\n\nFor our ISM audit in January, could you confirm in which country the crew data is hosted and whether backups leave the EU?\n\nElena Christodoulou\nDPA",
        ELENA,
        d(12, 4),
    ),
    CY(
        "android",
        "other",
        None,
        "Good day, on board MV Kition Star the app does not load over VSAT. Can we have an offline mode for the certificates?\n\nCh/Eng Dela Cruz",
        SUPT,
        d(12, 9),
    ),
    CY(
        "olen",
        "dispute",
        None,
        "Dear Mr Wang,\n\nWe received your formal demand and reject it. Under clause 6.2 the second instalment falls due 30 days after the sign-off of the data migration for the full fleet. Six vessels are still outstanding, so nothing is overdue.\n\nAndreas Georgiou\nCrew Manager",
        ANDREAS,
        d(12, 10),
        thread="y_shipmgmt_demand",
        stage="demand",
        danger=True,
    ),
    CY(
        "olen",
        "acceptance",
        None,
        "Dear Wang,\n\nMigration for the remaining six vessels checked and signed off today.\n\nAndreas",
        ANDREAS,
        d(12, 16),
    ),
    CY(
        "owaen",
        "promise",
        d(1, 15, 2027),
        "Dear Sirs,\n\nThe balance of USD 13,750.00 is approved. In line with clause 6.2 it will be released on 15/01/2027.\n\nAccounts Payable\nKition Ship Management Ltd",
        AP,
        d(12, 17),
    ),
]

# Addis Ababa: Entoto Leather (export orders and tannery traceability; USD 8,900)
ET = partial(e, thread="y_leather", tz="Africa/Addis_Ababa")
DAWIT = ("Dawit Alemu", "finance@entotoleather.com.et")
SELAM = ("Selamawit Tesfaye", "selamawit.tesfaye@gmail.com")
HANNA = ("Hanna Girma", "export@entotoleather.com.et")
BEKELE = ("Bekele Woldemariam", "bekele@entotoleather.com.et")
DAWIT_SIG = (
    "\n\nRegards,\nDawit Alemu\nFinance Head, Entoto Leather PLC\nBole Sub-City, Addis Ababa"
)

LEATHER = [
    ET(
        "olen",
        "more_time",
        d(1, 31, 2027),
        "Dear Wang,\n\nDue to the forex shortage our bank (CBE) allocates USD only by queue. Our request was filed on 20 November and the bank says 4-6 weeks. Kindly give us until end of January."
        + DAWIT_SIG,
        DAWIT,
        d(12, 2),
    ),
    ET(
        "gmailen",
        "other",
        None,
        "Dear Wang,\n\nDawit from our finance team will follow up on the payment. Thank you for your patience.\n\nSelamawit",
        SELAM,
        d(12, 3),
    ),
    ET(
        "owaen",
        "dispute",
        None,
        "Dear Wang,\n\nThe traceability report for the Italy shipment shows the wrong tannery batch numbers, and the buyer in Florence rejected the certificates. We need this corrected; finance has been told not to release the final payment until then.\n\nHanna Girma\nExport Officer",
        HANNA,
        d(12, 7),
        danger=True,
    ),
    ET(
        "owaen",
        "acceptance",
        None,
        "Dear Wang,\n\nBatch numbers corrected, and the buyer accepted the reissued certificates. Thank you.\n\nHanna",
        HANNA,
        d(12, 11),
    ),
    ET(
        "olen",
        "bank_question",
        None,
        "Dear Wang,\n\nThe NBE form asks for the beneficiary bank's SWIFT and full address. Please also confirm that the account name is exactly 'Example Tech Co., Ltd.'."
        + DAWIT_SIG,
        DAWIT,
        d(12, 14),
    ),
    ET(
        "iosen",
        "promise",
        d(12, 18),
        "Wang, the bank has allocated the forex. Payment goes this Friday.\n\nBekele",
        BEKELE,
        d(12, 16),
    ),
    ET(
        "olen",
        "paid",
        None,
        "Dear Wang,\n\nThe transfer was effected today. Swift copy attached." + DAWIT_SIG,
        DAWIT,
        d(12, 18),
        atts=["SWIFT_copy_CBE.pdf"],
    ),
]

# Cardiff: Taff Vale RFC (membership and match-day tickets; GBP 9,600)
CF = partial(e, thread="y_rugby", tz="Europe/London")
GARETH = ("Gareth Evans", "treasurer@taffvalerfc.co.uk")
SIAN = ("Sian Price", "commercial@taffvalerfc.co.uk")
RHYS = ("Rhys Morgan", "rhys.morgan.tvrfc@gmail.com")
CHAIR = ("Huw Jenkins", "chair@taffvalerfc.co.uk")

RUGBY = [
    CF(
        "appleen",
        "promise",
        d(12, 11),
        "Hi Wang,\n\nThe committee meets on Tuesday and payments get signed off there and go out the same week. Should be with you by Friday 11th.\n\nGareth\nHon. Treasurer",
        GARETH,
        d(12, 3),
    ),
    CF(
        "olen",
        "dispute",
        None,
        "Hello Wang,\n\nTickets sold through the app didn't scan at the turnstiles on Saturday - 300 fans queued past kick-off and we had to open the gates. The club won't pay the final payment until the scanners work on a match day.\n\nSi\u00e2n Price\nCommercial Manager",
        SIAN,
        d(12, 4),
        danger=True,
    ),
    CF(
        "gmailen",
        "other",
        None,
        "Hi Wang, sorry, I'm only the volunteer secretary - I've forwarded this to Gareth, our treasurer, who deals with payments.\n\nRhys",
        RHYS,
        d(12, 7),
    ),
    CF(
        "olen",
        "acceptance",
        None,
        "Hello Wang,\n\nSaturday's derby went through without a hitch, every ticket scanned. Accepted.\n\nSi\u00e2n",
        SIAN,
        d(12, 14),
    ),
    CF(
        "olenplain",
        "paid",
        None,
        "Wang,\n\nI\u2019ve paid it tonight \u2013 \u00a39,600.00 by international transfer from our Barclays account.\n\nGareth",
        GARETH,
        d(12, 15),
    ),
    CF(
        "iosen",
        "other",
        None,
        "Diolch - thanks for sorting the turnstiles before the derby.\n\nHuw Jenkins, Chair",
        CHAIR,
        d(12, 16),
    ),
]

# Quebec: Motoneige Charlevoix (snowmobile trail passes and tours; CAD 14,500)
QC = partial(e, thread="y_motoneige", tz="America/Toronto")
MARC = ("Marc-André Tremblay", "ma.tremblay@motoneigecharlevoix.ca")
SYLVIE = ("Sylvie Gagnon", "sylvie.gagnon.compta@gmail.com")

MOTONEIGE = [
    QC(
        "gmailen",
        "promise",
        d(12, 15),
        "Hello Mr. Wang,\n\nWe pay our suppliers by wire on the 15th of each month; yours will go out on 2026-12-15.\n\nSylvie Gagnon\nComptabilité / Bookkeeping",
        SYLVIE,
        d(12, 2),
    ),
    QC(
        "olmoben",
        "more_time",
        None,
        "Wang, trails open on the 18th if we get snow. Can you give us until after the holidays? The cash comes in with the season.\n\nMarc-André",
        MARC,
        d(12, 3),
        note="asks for time; after the holidays names no day",
    ),
    QC(
        "olmoben",
        "other",
        None,
        "Also: the French version of the booking page shows English error messages. Can you fix that before the 18th?\n\nMarc-André",
        MARC,
        d(12, 8),
    ),
    QC(
        "gmailen",
        "more_time",
        None,
        "Hello Mr. Wang,\n\nMarc-André agreed with your manager: half on the 15th, the other half on January 8.\n\nSylvie",
        SYLVIE,
        d(12, 10),
        note="two instalments, no single day",
    ),
    QC(
        "gmailen",
        "partial_payment",
        None,
        "Hello Mr. Wang,\n\nCAD 7,250.00 was sent today by wire from Desjardins. The other half goes on January 8 as agreed.\n\nSylvie",
        SYLVIE,
        d(12, 15),
        atts=["Desjardins_virement_20261215.pdf"],
        danger=True,
    ),
]

# fmt: off
SCHOOL.append(MT("gmailen", "bank_question", None, "Hi Wang,\n\nFYI - our bank has just returned the transfer Joseph sent yesterday: 'beneficiary name does not match account'. See their message below. What exactly is the account holder's name in English?\n\nKarl\n\n---------- Forwarded message ---------\nFrom: Bank of Valletta <noreply@bov.com>\nDate: Fri, 18 Dec 2026 at 10:02\nSubject: Returned outward payment EUR 11,200.00\n\nYour outward payment ref. OT2612170443 of EUR 11,200.00 has been returned by the beneficiary bank. Reason: AC01/beneficiary name mismatch. Funds have been credited back to your account.", KARL, d(12, 18), danger=True, note="the payment of the 17th came back; a question about our account name"))
# fmt: on

# fmt: off
AIRTAXI.append(AK("owaen", "promise", d(12, 22), "Hi Wang,\n\nI see a wire went out on 12/18 - sorry, scratch that, that one was the fuel supplier. Yours is still set for tomorrow's run (12/22).\n\nBrenda", BRENDA, d(12, 21), danger=True, note="a paid reading withdrawn in the same message"))
MOTONEIGE.append(QC("gmailen", "partial_payment", None, "Hello Mr. Wang, please see my answer below.\n\nSylvie", SYLVIE, d(12, 21), inline=("If you have paid", "SG: Half paid on 2026-12-15 (CAD 7,250.00). The other half on January 8 as agreed."), danger=True, note="the answer is inside the quoted reminder"))
# fmt: on

HANT = PENGHU + POONCHOI
EN = QVEVRI + ALPACA + AIRTAXI + LODGE + SCHOOL + SHIPMGMT + LEATHER + RUGBY + MOTONEIGE
INTL = HANT + EN
