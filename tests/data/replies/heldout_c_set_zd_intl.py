"""Held-out set ZD, continued: Traditional-Chinese and English clients (helper blindzd).

Taiwan (Tainan milkfish processor) and Hong Kong (Sheung Wan dried-seafood wholesaler) answer
the English reminder in Traditional Chinese and Cantonese; a Macau bakery answers the
Simplified one. English: Sheffield, Wisconsin, Tiruppur, Singapore, Triberg, Bundaberg. Each
sender writes in their own zone, with their own date habits.
"""

from __future__ import annotations

from functools import partial

from heldout_c_threads_zd import d, z

TW, HK, MO = "Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau"

# 台南學甲 虱目魚加工廠（Milkfish Processing Line Traceability, USD 11,500; English reminder）
t = partial(z, tz=TW)
HUANGYQ = ("黃雅琪", "yaci.huang@sianwang.com.tw")  # accountant, Outlook zh-TW (Big5)
SU = ("蘇文雄", "wh.su@sianwang.com.tw")  # chairman, iPhone
QA = ("品保課 林佳蓉", "qa.lin.sianwang@gmail.com")  # QA, Gmail zh-TW
PLANT = ("許廠長", "plant.hsu@sianwang.com.tw")  # plant manager, OWA zh-TW
ASST = ("蘇董秘書 吳小姐", "wh.su.office@sianwang.com.tw")  # the chairman's assistant, Outlook iOS

SM = [
    t(
        "olzhtw",
        "promise",
        d(25),
        "王經理您好：\n\n本公司固定每月25日付款，此筆二期款已排入12/25（五）付款。\n\n"
        "黃雅琪\n學甲鮮旺水產 會計課\nTEL: 06-783-2216 #21",
        "sm1",
        HUANGYQ,
        2,
    ),
    t(
        "ioszhtw",
        "other",
        None,
        "收到，會請會計處理。",
        "sm1",
        SU,
        2,
        note="a hand-off, no payment said",
    ),
    t(
        "gmailtw",
        "dispute",
        None,
        "王經理：\n\n魚塭批號跟加工批號還是對不起來，日本客戶要求每一箱虱目魚肚都要能追到魚塭，"
        "現在有三成的箱號查不到來源。這個沒做好之前，二期款品保這邊不會簽。\n\n林佳蓉 品保課",
        "sm1",
        QA,
        3,
        danger=True,
    ),
    t(
        "owazhtw",
        "resend_request",
        None,
        "王經理您好：\n\n請問貴公司可否另外提供一份英文的 commercial invoice？"
        "我們匯款到大陸，銀行外匯申報要用英文版。\n\n許廠長",
        "sm2",
        PLANT,
        9,
    ),
    t(
        "olzhtw",
        "bank_question",
        None,
        "王經理：\n\n我們是從台灣銀行匯美金出去，行員說匯到大陸要有中間行（intermediary "
        "bank），請問貴公司的中間行是哪一家？SWIFT code 也請一併提供。\n\n黃雅琪",
        "sm2",
        HUANGYQ,
        9,
    ),
    t(
        "gmailtw",
        "acceptance",
        None,
        "王經理：\n\n魚塭批號對應已經修正，這兩天抽了三批都查得到來源。驗收單我已經簽了，"
        "掃描檔如附件。\n\n林佳蓉",
        "sm2",
        QA,
        10,
        atts=["驗收單.pdf"],
    ),
    t(
        "olmobtw",
        "other",
        None,
        "王經理您好，蘇董這週在日本參展，12/14 才回台，付款相關的事情請等他回來再確認，謝謝。",
        "sm2",
        ASST,
        11,
        note="an absence with its end day: no payment day",
    ),
    t(
        "olzhtw",
        "promise",
        d(18),
        "王經理：\n\n原訂12/25付款，因本公司年底提早結帳，改於本週五12/18匯出。\n\n黃雅琪",
        "sm2",
        HUANGYQ,
        16,
        note="12/25 given up for 12/18",
    ),
    t(
        "olzhtw",
        "paid",
        None,
        "王經理：\n\n二期款 USD 11,500 已於今日由台灣銀行匯出，匯費由本公司負擔，水單如附件。\n\n黃雅琪",
        "sm2",
        HUANGYQ,
        18,
        atts=["水單.pdf"],
    ),
]

# 上環 永昌海味行（Warehouse & Order Platform, HKD 128,000; English reminder, Cantonese; demand）
h = partial(z, tz=HK)
LO = ("盧志明", "cm.lo@wingcheong-seafood.com.hk")  # owner, Outlook zh-TW (big5 = HKSCS)
JOYCE = ("Joyce Chan", "joyce.chan.wc@gmail.com")  # bookkeeper, Gmail zh-TW
LOTAI = ("盧太", "lotai.wc@wingcheong-seafood.com.hk")  # owner's wife, iPhone
FAI = ("倉務 輝哥", "warehouse@wingcheong-seafood.com.hk")  # warehouse, Outlook iOS
OFFICE = ("永昌海味行 寫字樓", "office@wingcheong-seafood.com.hk")  # office, OWA zh-TW

HW = [
    h(
        "gmailtw",
        "promise",
        d(31),
        "王生你好，\n\n張單我哋月尾先會一齊找數，大概12月31號之前。\n\nJoyce",
        "hw1",
        JOYCE,
        2,
    ),
    h(
        "olzhtw",
        "dispute",
        None,
        "王生：\n\n你哋個倉存系統成日報錯數，花膠同鮑魚啲存貨對唔上，上個禮拜盤點差咗成十幾斤。"
        "呢個搞唔掂，尾數我唔會俾住。\n\n盧志明",
        "hw1",
        LO,
        3,
        danger=True,
    ),
    h(
        "olmobtw",
        "dispute",
        None,
        "王生，個掃碼槍連唔到系統，入唔到貨，兩日喇。你哋啲人幾時嚟睇下？未整好之前老闆話唔好俾錢。",
        "hw1",
        FAI,
        4,
        danger=True,
    ),
    h(
        "ioszhtw",
        "acceptance",
        None,
        "王生，你哋啲師傅嚟整好咗，而家盤點對得返。我哋收貨冇問題喇，多謝。Joyce會跟張單。",
        "hw2",
        LOTAI,
        9,
    ),
    h(
        "gmailtw",
        "bank_question",
        None,
        "王生：\n\n想問下你哋收款銀行嘅地址係咩？我哋用滙豐做TT，"
        "佢哋話要收款銀行地址先可以過數。\n\nJoyce",
        "hw2",
        JOYCE,
        10,
    ),
    h(
        "olzhtw",
        "promise",
        d(24),
        "王生：\n\n收到封律師信咁嘅嘢，唔使咁大陣仗嘛。Joyce話聖誕前一定過數，放心。\n\n盧志明",
        "hw3",
        LO,
        16,
    ),
    h(
        "owazhtw",
        "resend_request",
        None,
        "王生您好：\n\n請問張 invoice 可唔可以分開兩張開？系統費一張，"
        "掃碼槍同電腦硬件一張，核數要分開入賬。唔該。\n\n寫字樓 陳小姐",
        "hw3",
        OFFICE,
        17,
    ),
    h(
        "gmailtw",
        "paid",
        None,
        "王生：\n\n今日已經電滙咗 HKD 128,000 俾你哋，滙款單見附件。銀行手續費我哋畀咗。\n\nJoyce",
        "hw3",
        JOYCE,
        18,
        atts=["滙款單.pdf"],
    ),
]

# 澳門 榮香餅家（门店收银与中央工场排产系统，上线款 HKD 46,000；Simplified reminder）
m = partial(z, tz=MO)
LEUNG = ("梁詠詩", "wingsze.leung.wh@gmail.com")  # finance, Gmail zh-TW
AU = ("區國強", "kk.au@winghong-bakery.com.mo")  # owner, iPhone
WORKSHOP = ("中央工場 何師傅", "factory@winghong-bakery.com.mo")  # central workshop, OWA zh-TW
SHOP = ("議事亭門市", "shop1@winghong-bakery.com.mo")  # a shop, Outlook iOS

MO_ = [
    m(
        "gmailtw",
        "promise",
        d(15),
        "王經理你好：\n\n收到。我哋每月15號出糧同埋付供應商數，呢筆會喺12月15號轉過去。\n\n梁詠詩",
        "mo1",
        LEUNG,
        2,
    ),
    m(
        "owazhtw",
        "dispute",
        None,
        "王經理：\n\n排產系統嘅杏仁餅配方換算錯咗，上星期多做咗三成，杏仁粉同豬油浪費咗好多，"
        "門市又賣唔晒。呢個損失點計？\n\n何師傅 中央工場",
        "mo1",
        WORKSHOP,
        3,
        danger=True,
    ),
    m(
        "ioszhtw",
        "dispute",
        None,
        "工場話排產有問題，上線款等你哋改好先。",
        "mo1",
        AU,
        4,
        danger=True,
    ),
    m(
        "olmobtw",
        "other",
        None,
        "你好，梁小姐放假到12月9號，有急事請打門市電話 2835 1127。",
        "mo1",
        SHOP,
        7,
    ),
    m(
        "gmailtw",
        "bank_question",
        None,
        "王經理：\n\n請問你哋可唔可以收港幣？如果收港幣，"
        "由澳門大西洋銀行過去使唔使經中間行？定係一定要人民幣？\n\n梁詠詩",
        "mo2",
        LEUNG,
        9,
    ),
    m(
        "owazhtw",
        "acceptance",
        None,
        "王經理：\n\n配方換算已經改好，今日試咗兩爐冇問題，驗收單我簽咗，相片附件。\n\n何師傅",
        "mo2",
        WORKSHOP,
        10,
        atts=["驗收單.jpg"],
    ),
    m(
        "gmailtw",
        "partial_payment",
        None,
        "王經理：\n\n今日先轉咗 HKD 23,000，係一半。另一半要等區生返嚟簽名，大約下星期。\n\n梁詠詩",
        "mo2",
        LEUNG,
        15,
        note="half paid, the rest 'next week' (no day)",
    ),
    m(
        "gmailtw",
        "paid",
        None,
        "王經理：\n\n餘數 HKD 23,000 已經轉咗，銀行單見附件，上線款全數付清。\n\n梁詠詩",
        "mo2",
        LEUNG,
        22,
        atts=["銀行單.pdf"],
    ),
]

# Sheffield: Hallam Steel Cutlery Ltd (Batch Tracking System, GBP 18,400)
s = partial(z, tz="Europe/London")
HODGSON = ("Geoff Hodgson", "geoff@hallamsteel.co.uk")  # MD, Outlook
KAREN = ("Karen Whitworth", "accounts@hallamsteel.co.uk")  # accounts, Outlook plain text
DAVE = ("Dave Parkin", "dave.parkin@hallamsteel.co.uk")  # production manager, iPhone
PRIYA = ("Priya Sharma", "priya.hallamsteel@gmail.com")  # purchasing, Gmail

SF = [
    s(
        "olenplain",
        "promise",
        d(11),
        "Hi Wang,\n\nIt's in our BACS run on Friday week (11th).\n\nRegards\nKaren\n\n"
        "Karen Whitworth | Accounts | Hallam Steel Cutlery Ltd\nT: 0114 272 0481",
        "sf1",
        KAREN,
        2,
    ),
    s(
        "iosen",
        "dispute",
        None,
        "Batch labels are still printing the wrong steel grade on the 420 blades - says 440A on "
        "half of them. Until that's sorted Geoff won't sign anything off.\n\nDave",
        "sf1",
        DAVE,
        3,
        danger=True,
    ),
    s(
        "olen",
        "dispute",
        None,
        "Wang,\n\nPayment is on hold until the grade label issue Dave raised is resolved. "
        "I've asked Karen to pull it from next Friday's run.\n\nGeoff Hodgson\nManaging Director",
        "sf1",
        HODGSON,
        4,
        danger=True,
    ),
    s(
        "iosen",
        "acceptance",
        None,
        "Fix is in and the labels are right now, checked a full shift's worth. "
        "Happy to sign off - signed acceptance sheet attached.\n\nDave",
        "sf2",
        DAVE,
        9,
        atts=["acceptance_signed.pdf"],
    ),
    s(
        "olenplain",
        "promise",
        d(18),
        "Hi Wang,\n\nGeoff has released it but we've missed this week's run, so it'll "
        "go in the next one on Friday 18 December.\n\nKaren",
        "sf2",
        KAREN,
        9,
    ),
    s(
        "gmailen",
        "resend_request",
        None,
        "Hello,\n\nCould you resend the invoice with our PO number (PO-44718) on it? "
        "Our system rejects invoices without one, which is probably why it got stuck.\n\nThanks\nPriya",
        "sf2",
        PRIYA,
        10,
    ),
    s(
        "olenplain",
        "paid",
        None,
        "Hi Wang,\n\nPaid today, GBP 18,400.00 by international payment from Lloyds. "
        "Remittance attached.\n\nKaren",
        "sf2",
        KAREN,
        18,
        atts=["Remittance_HSC_181226.pdf"],
    ),
    s(
        "olen",
        "other",
        None,
        "Wang,\n\nThanks for getting the labels sorted. Merry Christmas to you and the team - "
        "we're closed from 23 December and back on 4 January.\n\nGeoff",
        "sf2",
        HODGSON,
        21,
        note="season's greetings with closure dates: no payment day",
    ),
]

# Viroqua, WI: Driftless Valley Cheese Cooperative (USD 27,500; month-first; demand)
w = partial(z, tz="America/Chicago")
KARIN = ("Karin Lindqvist", "karin.driftlessvalley@gmail.com")  # general manager, Gmail
TOM = ("Tom Brekke", "ap@driftlessvalleycheese.coop")  # AP, Outlook
DALE = ("Dale Hanson", "dale@driftlessvalleycheese.coop")  # head cheesemaker, iPhone
TREAS = ("Ruth Olson", "ruth.olson@mac.com")  # board treasurer, Apple Mail
FRONT = ("Front Office", "office@driftlessvalleycheese.coop")  # OWA

WI = [
    w(
        "olen",
        "promise",
        d(10),
        "Hi Wang,\n\nThis is scheduled for our 12/10 payment run.\n\nTom Brekke\nAccounts Payable",
        "wi1",
        TOM,
        2,
    ),
    w(
        "owaen",
        "other",
        None,
        "Hi, Karin is at a cheesemakers' conference in Madison until 12/7. Tom in AP can help "
        "with invoices.\n\nFront Office",
        "wi1",
        FRONT,
        2,
    ),
    w(
        "iosen",
        "dispute",
        None,
        "Aging room 3 humidity has been flatlined at 85% for a week. The probe is dead or the "
        "software is. Either way Karin won't approve acceptance till it's fixed.",
        "wi1",
        DALE,
        3,
        danger=True,
    ),
    w(
        "gmailen",
        "dispute",
        None,
        "Tom, please pull the acceptance payment from the 12/10 run until Dale confirms the "
        "room 3 sensors.\n\nWang - we're not refusing, but we're not paying for acceptance of something that doesn't "
        "work yet.\n\nKarin",
        "wi1",
        KARIN,
        4,
        danger=True,
    ),
    w(
        "iosen",
        "acceptance",
        None,
        "New probe has read right since Tuesday. Signed the acceptance form this morning and gave it to Karin.",
        "wi2",
        DALE,
        10,
        note="the head cheesemaker signs the acceptance form",
    ),
    w(
        "gmailen",
        "promise",
        d(17),
        "Wang,\n\nYour demand letter crossed with Dale's sign-off. Tom will wire it in the "
        "12/17 run. No need for lawyers.\n\nKarin Lindqvist\nGeneral Manager",
        "wi3",
        KARIN,
        16,
    ),
    w(
        "appleen",
        "bank_question",
        None,
        "Hello Mr. Wang,\n\nBefore we wire internationally for the first time, could "
        "you confirm the beneficiary bank's street address, and whether we need an intermediary bank? Our credit union "
        "says USD wires to China usually go through one.\n\nRuth Olson\nTreasurer",
        "wi3",
        TREAS,
        16,
    ),
    w(
        "olen",
        "paid",
        None,
        "Hi Wang,\n\nWire sent today, Fed ref 20261217B1Q8021C000412. The wire fee was on us.\n\n"
        "Tom",
        "wi3",
        TOM,
        17,
    ),
]

# Tiruppur: Noyyal Knit Exports Pvt. Ltd. (USD 14,800)
i = partial(z, tz="Asia/Kolkata")
LAKSHMI = ("R. Lakshmi", "accounts@noyyalknit.in")  # accounts, Outlook
ARUN = ("Arun Prakash", "arun.it@noyyalknit.in")  # IT, OWA
SENTHIL = ("Senthil Kumar", "senthil.noyyal@gmail.com")  # MD, Gmail app
MANOJ = ("Manoj", "purchase@noyyalknit.in")  # purchase, Android

TP = [
    i(
        "olen",
        "promise",
        d(10),
        "Dear Sir,\n\nPayment will be released on or before 10/12/2026 after MD approval.\n\n"
        "Regards,\nR. Lakshmi\nAccounts Dept.",
        "tp1",
        LAKSHMI,
        2,
    ),
    i(
        "owaen",
        "dispute",
        None,
        "Dear Sir,\n\nThe dyeing batch module is not picking up the shade card approval from "
        "the lab since last week. Kindly fix on priority. MD sir has told accounts to hold the payment till then.\n\n"
        "Arun",
        "tp1",
        ARUN,
        3,
        danger=True,
    ),
    i(
        "gmailapp",
        "dispute",
        None,
        "Mr. Wang,\n\nKindly do the needful regarding the shade card issue. Payment will "
        "be done once issue is solved.\n\nSenthil",
        "tp1",
        SENTHIL,
        4,
        danger=True,
    ),
    i(
        "owaen",
        "other",
        None,
        "Dear Sir,\n\nIssue resolved. Thanks for the support.\n\nArun",
        "tp2",
        ARUN,
        9,
        note="a fix confirmed by IT, not a sign-off",
    ),
    i(
        "olen",
        "promise",
        d(15),
        "Dear Sir,\n\nPayment will be released within 2-3 working days.\n\nRegards,\nLakshmi",
        "tp2",
        LAKSHMI,
        10,
        note="2-3 working days from Thu 10 Dec: the upper end, Tue 15 Dec",
    ),
    i(
        "android",
        "resend_request",
        None,
        "Sir, please add our GSTIN 33AAECN4821K1Z7 and IEC in the invoice and "
        "re-share. Required for our import remittance documents.\n\nManoj, Purchase",
        "tp2",
        MANOJ,
        14,
    ),
    i(
        "olen",
        "paid",
        None,
        "Dear Sir,\n\nWe have remitted USD 14,800 today vide SWIFT ref HDFCN26121500417. "
        "PFA MT103.\n\nRegards,\nLakshmi",
        "tp2",
        LAKSHMI,
        15,
        atts=["MT103.pdf"],
    ),
]

# Singapore: Tiong Bahru Kopi Group Pte. Ltd. (USD 19,200)
g = partial(z, tz="Asia/Singapore")
TAN = ("Tan Hui Min", "huimin.tan@tbkopi.com.sg")  # finance manager, Outlook
SITI = ("Siti Rahmah", "ck@tbkopi.com.sg")  # central kitchen, Samsung
LIM = ("Lim Boon Keng", "bk.lim@tbkopi.com.sg")  # director, iPhone
RAVI = ("Ravi Menon", "ravi.tbkopi@gmail.com")  # operations, Gmail

SG = [
    g(
        "olen",
        "promise",
        d(4),
        "Hi Wang,\n\nWill pay by this Friday (4/12).\n\nThanks\nHui Min",
        "sg1",
        TAN,
        2,
    ),
    g(
        "android",
        "dispute",
        None,
        "Hi, central kitchen orders from outlets not coming in since Monday, we have to "
        "whatsapp the orders. Pls fix asap. Boss says dont pay first.",
        "sg1",
        SITI,
        3,
        danger=True,
    ),
    g(
        "iosen",
        "dispute",
        None,
        "Hui Min, hold the payment first until the kitchen orders can go through. "
        "Wang pls check with your team.",
        "sg1",
        LIM,
        4,
        danger=True,
    ),
    g(
        "gmailen",
        "other",
        None,
        "Hi Wang, orders flowing since last night. Can close the ticket. Thanks.",
        "sg2",
        RAVI,
        9,
    ),
    g(
        "olen",
        "promise",
        d(16),
        "Hi Wang,\n\nNoted, will pay by 16/12 latest.\n\nHui Min",
        "sg2",
        TAN,
        9,
    ),
    g(
        "gmailen",
        "dispute",
        None,
        "Hi Wang, btw the invoice says Tiong Bahru Kopi Pte Ltd. Our company is Tiong Bahru "
        "Kopi Group Pte. Ltd., different UEN. Our auditors won't accept. Can amend and resend?",
        "sg2",
        RAVI,
        10,
        danger=True,
    ),
    g(
        "olen",
        "paid",
        None,
        "",
        "sg2",
        TAN,
        16,
        atts=["TT_copy_TBKG_16122026.pdf"],
        note="no words: only the TT copy, named as one",
    ),
]

# Triberg: Uhrenmanufaktur Kienzler GmbH (EUR 21,600; German English)
b = partial(z, tz="Europe/Berlin")
KIENZLER = (
    "Markus Kienzler",
    "m.kienzler@uhren-kienzler.de",
)  # owner, Thunderbird (below the quote)
FALLER = ("Sabine Faller", "buchhaltung@uhren-kienzler.de")  # bookkeeping, Outlook
JONAS = ("Jonas Duffner", "j.duffner@uhren-kienzler.de")  # workshop, Apple Mail

BF = [
    b(
        "olen",
        "promise",
        d(10),
        "Dear Mr. Wang,\n\nthe invoice will be paid with our next payment run on "
        "10.12.2026.\n\nKind regards\nSabine Faller\nBuchhaltung",
        "bf1",
        FALLER,
        2,
    ),
    b(
        "tben",
        "dispute",
        None,
        "Dear Mr. Wang,\n\naccording to the contract (§ 4.2) the final payment is due 30 days "
        "after the signed final acceptance protocol. We have not signed it yet, so nothing is overdue. Please correct "
        "your records.\n\nMarkus Kienzler",
        "bf1",
        KIENZLER,
        3,
        below=True,
        danger=True,
    ),
    b(
        "olen",
        "dispute",
        None,
        "Dear Mr. Wang,\n\nHerr Kienzler asked me to stop the payment. It is removed from the "
        "run of 10.12.\n\nKind regards\nSabine Faller",
        "bf1",
        FALLER,
        4,
        danger=True,
    ),
    b(
        "appleen",
        "other",
        None,
        "Hello Mr. Wang,\n\nthe last open point (serial numbers of the movements in the "
        "parts list) works now. From my side ok.\n\nJonas",
        "bf2",
        JONAS,
        9,
        note="one user's 'ok', not the protocol",
    ),
    b(
        "tben",
        "acceptance",
        None,
        "Abnahmeprotokoll signed today (10.12.2026), scan attached. Payment 30 days after, "
        "as agreed.\n\nMarkus Kienzler",
        "bf2",
        KIENZLER,
        10,
        below=True,
        atts=["Abnahmeprotokoll.pdf"],
        note="a term restated: acceptance without a day",
    ),
    b(
        "olen",
        "promise",
        d(8, 1, 2027),
        "Dear Mr. Wang,\n\npayment is planned for 08.01.2027 (30 days after "
        "acceptance).\n\nKind regards\nSabine Faller",
        "bf2",
        FALLER,
        14,
    ),
    b(
        "olen",
        "bank_question",
        None,
        "Dear Mr. Wang,\n\nour bank asks for the IBAN of your account. Do you have one? "
        "Otherwise please confirm the complete address of your bank and your SWIFT code.\n\nKind regards\n"
        "Sabine Faller",
        "bf2",
        FALLER,
        15,
    ),
]

# Bundaberg: Burnett Macadamia Processors Pty Ltd (USD 16,300)
q = partial(z, tz="Australia/Brisbane")
BEC = ("Bec Murray", "accounts.burnettmac@gmail.com")  # AP, Gmail
SHANE = ("Shane Kowalski", "shane@burnettmacadamia.com.au")  # plant manager, iPhone
ERIN = ("Erin Donnelly", "erin.donnelly@burnettmacadamia.com.au")  # CFO, Outlook iOS

QM = [
    q(
        "gmailen",
        "promise",
        d(3),
        "Hi Wang,\n\nIt'll go out in Thursday's pay run (3/12).\n\nCheers\nBec",
        "qm1",
        BEC,
        2,
    ),
    q(
        "iosen",
        "dispute",
        None,
        "Yield figures off cracker line 2 have been double counting since the upgrade. "
        "Not signing off phase 2 until that's fixed.\n\nShane",
        "qm1",
        SHANE,
        3,
        danger=True,
    ),
    q(
        "olmoben",
        "dispute",
        None,
        "Bec - pull it from today's run. We'll pay half now as goodwill and the other half "
        "once Shane's happy with line 2.\n\nWang - FYI.\n\nErin",
        "qm1",
        ERIN,
        3,
        danger=True,
    ),
    q(
        "gmailen",
        "dispute",
        None,
        "Hi Wang,\n\nHalf (USD 8,150) went out today, remittance attached. Balance is on "
        "hold per Erin until line 2 is sorted.\n\nBec",
        "qm1",
        BEC,
        4,
        atts=["remittance.pdf"],
        danger=True,
        note="half paid, the rest held until our fix: dispute",
    ),
    q(
        "iosen",
        "acceptance",
        None,
        "Line 2 counts are right now. Signed off.\n\nShane",
        "qm2",
        SHANE,
        10,
    ),
    q(
        "gmailen",
        "promise",
        d(17),
        "Hi Wang,\n\nBalance will be in next Thursday's pay run (17/12).\n\nBec",
        "qm2",
        BEC,
        10,
    ),
    q(
        "gmailen",
        "partial_payment",
        None,
        "Hi Wang,\n\nBalance paid today, USD 8,150.00 less USD 15 our bank "
        "charges. Remittance attached.\n\nBec",
        "qm2",
        BEC,
        17,
        atts=["remittance_balance.pdf"],
        note="a cut stated",
    ),
]

MORE_INTL = [
    m(
        "ioszhtw",
        "other",
        None,
        "梁小姐轉咗未？你哋收到未？",
        "mo2",
        AU,
        16,
        danger=True,
        note="a question whether the payment went out: not paid",
    ),
    s(
        "gmailen",
        "bank_question",
        None,
        "Hello Wang,\n\nWe received an email yesterday from wang.ming@example-cn.com "
        "saying your bank account has changed to one in Hong Kong, with a letter on your letterhead. Is this genuine? "
        "We've put the payment on hold until someone from your side confirms by phone.\n\nPriya",
        "sf2",
        PRIYA,
        14,
        danger=True,
        note="an account-change mail from a look-alike domain: the fraud pattern",
    ),
    i(
        "gmailapp",
        "paid",
        None,
        "Mr. Wang,\n\nPayment was made on Tuesday itself. Kindly confirm receipt.\n\nSenthil",
        "tp2",
        SENTHIL,
        17,
        note="paid, said in the past tense with a weekday",
    ),
    i(
        "android",
        "resend_request",
        None,
        "Sir, we have not received the invoice for the mid-term payment, "
        "so accounts cannot process. Kindly send the invoice copy.\n\nManoj",
        "tp1",
        MANOJ,
        3,
        danger=True,
        note="negation: nothing paid because no invoice",
    ),
    b(
        "olen",
        "other",
        None,
        "Dear Mr. Wang,\n\nI cannot say yet when the payment will be made. Herr Kienzler "
        "decides this after the acceptance, and he is travelling this week.\n\nKind regards\nSabine Faller",
        "bf1",
        FALLER,
        7,
        note="a hedge with no day: other",
    ),
]

EXTRA_INTL = [
    t(
        "ioszhtw",
        "more_time",
        None,
        "王經理，二期款可以延到農曆年後嗎？今年虱目魚價格不好，年底資金比較緊。",
        "sm1",
        SU,
        3,
        note="asked, not granted: 農曆年後 names no day",
    ),
    h(
        "olzhtw",
        "paid",
        None,
        "王生：\n\nJoyce話今日過咗數，你哋查下收到未。\n\n盧志明",
        "hw3",
        LO,
        18,
        note="the owner relays the bookkeeper's 過咗數 (paid)",
    ),
    g(
        "iosen",
        "more_time",
        d(31),
        "Wang, can give us until end Dec? Festive season, cash flow a bit tight. Thanks.",
        "sg2",
        LIM,
        10,
        note="the director asks for time while finance had named the 16th",
    ),
]

ZD_INTL = SM + HW + MO_ + SF + WI + TP + SG + BF + QM + MORE_INTL + EXTRA_INTL
