"""Held-out set X, Traditional Chinese and English replies (see heldout_c_set_x.py).

Traditional: a Zhushan (Nantou) bamboo-ware maker, a Dahu (Miaoli) strawberry farm, a New
Taipei animal-hospital chain (Taiwan Mandarin, UTF-8 clients answering the Chinese reminder),
a Tsuen Wan renovation contractor, a Tai Po air-conditioning engineer and a Taipa bakery
(Cantonese, Outlook's big5 label carrying HKSCS, answering the English reminder), a Causeway
Bay beauty-salon chain (Cantonese in UTF-8). English: a Taizhou pharma-packaging exporter's
export desk, a Kigali moto-taxi fintech, a Tallinn bookkeeping-software firm, a Bogotá flower
exporter, an Athens ferry operator, an Amman pharma distributor, a Kathmandu trekking agency, a
Lusaka agro-dealer network and a Buenos Aires yerba-mate exporter.
"""

from __future__ import annotations

from datetime import date

TW, HK, MO = "Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau"


def d(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


def X(style: str, kind: str, due: date | None, body: str, thread: str, who: tuple, day: int, tz: str, **kw) -> tuple:  # fmt: skip
    """One reply written on December ``day`` in zone ``tz``."""
    opts = {"thread": thread, "sender": who, "day": d(day), "tz": tz}
    opts.update(kw)
    return (style, kind, due, body, opts)


# 南投竹山 · 竹藝坊
LIN = ("林志明", "lin.zm@zhushan-bamboo.com.tw")
CHEN = ("陳怡君", "acct@zhushan-bamboo.com.tw")
HUI = ("阿慧", "hui.zhushan@gmail.com")
BAMBOO = [
    X(
        "owazhtw",
        "resend_request",
        None,
        """王經理您好：

請問貴公司的發票（收據）可以加註我們的統一編號嗎？上一期的收據沒有統編，我們報帳比較麻煩。統編：83527146。

陳怡君
竹藝坊 會計""",
        "x_bamboo",
        CHEN,
        2,
        TW,
    ),
    X(
        "owazhtw",
        "dispute",
        None,
        """王經理你好，

第二期款我們會計這禮拜在處理，不過網站的金流串接（綠界）到現在信用卡分期還是不能用，客人一直打電話來問，這個你們要先處理好，我們才會付款。

林志明""",
        "x_bamboo",
        LIN,
        2,
        TW,
        danger=True,
    ),
    X(
        "gmailtw",
        "other",
        None,
        """王經理您好，我是竹藝坊的小編阿慧～

後台上架商品的時候圖片一直上傳失敗，好像超過2MB就不行，請問這個可以調整嗎？謝謝！""",
        "x_bamboo",
        HUI,
        3,
        TW,
    ),
    X("ioszhtw", "other", None, "收到，分期的事我有跟工程師講了。", "x_bamboo", LIN, 4, TW),
    X(
        "owazhtw",
        "promise",
        d(25),
        """王經理您好：

信用卡分期昨天已經確認正常了，謝謝你們。老闆交代第二期款這個月25號以前匯給你們。

陳怡君""",
        "x_bamboo",
        CHEN,
        9,
        TW,
    ),
    X(
        "owazhtw",
        "paid",
        None,
        """王經理您好：

第二期款新台幣360,000元今天已經匯出，水單如附件，請查收。匯費我們這邊內扣了，實收會少一點點，再麻煩您見諒。

陳怡君""",
        "x_bamboo",
        CHEN,
        16,
        TW,
        atts=["匯款水單.pdf"],
        note="the bank fee was deducted from the amount",
    ),
]

# 苗栗大湖 · 邱家草莓園
QIU = ("邱筱婷", "qiu.strawberry@gmail.com")
QIUBA = ("邱爸", "qiu.farm@icloud.com")
KUAI = ("劉美玲", "account@dahu-berry.com.tw")
BERRY = [
    X(
        "gmailtw",
        "more_time",
        None,
        """王經理您好：

尾款我們原本預計11月底付，但今年天氣太熱，苗長得不好，草莓季開園延到12月中，現金比較緊。可以讓我們延到農曆年後再付嗎？真的很不好意思。

邱筱婷""",
        "x_berry",
        QIU,
        2,
        TW,
    ),
    X(
        "ioszhtw",
        "promise",
        None,
        "王經理你好我是邱爸啦尾款的事情我女兒跟我講了我們開園以後賣了草莓就付給你們不會少你們的啦",
        "x_berry",
        QIUBA,
        3,
        TW,
        note="voice input; after the farm opens, no day. Relabelled more_time -> promise (conv, session"
        " 13): paid from the client's own incoming money, no time asked (labels.yaml, as hf038)",
    ),
    X(
        "gmailtw",
        "other",
        None,
        """王經理，

預約系統的「每日名額上限」設定好像沒有生效，這個週末兩天都超賣，現場排隊排到停車場，客人很不高興，還有人在Google評論罵我們。請盡快處理！

邱筱婷""",
        "x_berry",
        QIU,
        7,
        TW,
        note="a defect raised in answer to the reminder. Relabelled dispute -> other (conv, session"
        " 13): a defect with a plea to fix and nothing of the payment is a support request, held"
        " for the PM (labels.yaml, as hs120, hw034)",
    ),
    X(
        "olmobtw",
        "more_time",
        None,
        """王經理您好：

老闆決定尾款分兩次付：12/18（五）先付10萬，剩下8萬5千元1/29前付清。再麻煩您跟公司說一下。

劉美玲""",
        "x_berry",
        KUAI,
        10,
        TW,
        note="a plan of two instalments",
    ),
    X(
        "olmobtw",
        "partial_payment",
        None,
        """王經理您好：

今天先匯了新台幣100,000元，剩下的85,000元照說好的1月底前匯。

劉美玲""",
        "x_berry",
        KUAI,
        18,
        TW,
        danger=True,
        atts=["匯款單.jpg"],
    ),
]

# 新北 · 安心動物醫院
TSAI = ("蔡文彬", "dr.tsai@anxin-vet.com.tw")
HUANG = ("黃淑惠", "admin@anxin-vet.com.tw")
MEI = ("小美", "anxin.xinzhuang@gmail.com")
VET = [
    X("ioszhtw", "other", None, "我在開刀，晚點回。", "x_vet", TSAI, 2, TW),
    X(
        "owazhtw",
        "dispute",
        None,
        """王經理您好：

中期款新台幣42萬元，依合約第五條，須於系統上線並經三家分院驗收後付款。目前板橋、三重兩家已驗收，新莊分院尚未驗收（舊病歷匯入還有缺漏），故尚未達付款條件，敬請見諒。

黃淑惠
安心動物醫院 行政部""",
        "x_vet",
        HUANG,
        2,
        TW,
        danger=True,
    ),
    X(
        "gmailtw",
        "other",
        None,
        "王先生您好，新莊院的舊病歷還有大約六百筆沒有匯進來，都是2019年以前的，可以幫忙看一下嗎？謝謝",
        "x_vet",
        MEI,
        3,
        TW,
    ),
    X(
        "ioszhtw",
        "acceptance",
        None,
        "王經理，新莊的病歷補齊了，三家都驗收OK，驗收單我請黃主任寄給你。",
        "x_vet",
        TSAI,
        10,
        TW,
    ),
    X(
        "owazhtw",
        "promise",
        d(30),
        """王經理您好：

附件為三家分院驗收單。中期款將於本月月結時一併支付，預計12月30日匯款。

黃淑惠""",
        "x_vet",
        HUANG,
        11,
        TW,
        atts=["驗收單_三分院.pdf"],
    ),
    X(
        "owazhtw",
        "paid",
        None,
        "王經理您好：中期款新台幣420,000元已於今日匯出，請查收。\n\n黃淑惠",
        "x_vet",
        HUANG,
        30,
        TW,
    ),
]

# 荃灣 · 曾記裝修工程
TSANG = ("曾志強", "tsang@tsangkee-reno.com.hk")
WINNIE = ("Winnie Chow", "winnie@tsangkee-reno.com.hk")
MING = ("肥仔明", "ming.tsangkee@gmail.com")
RENO = [
    X(
        "ioszhtw",
        "dispute",
        None,
        "王生，App啲相片上載成日失敗，地盤師傅影完相上唔到，要返到公司先上得。呢個問題一日未搞掂，第二期款我哋都唔會畀住。",
        "x_reno",
        TSANG,
        2,
        HK,
        danger=True,
    ),
    X(
        "olzhtw",
        "bank_question",
        None,
        """王生你好，

曾生叫我問下，你哋個收款戶口喺杭州，我哋用香港匯豐電滙過去，需唔需要中間行？收款銀行嘅地址係乜？麻煩提供，唔該。

Winnie""",
        "x_reno",
        WINNIE,
        3,
        HK,
    ),
    X(
        "gmailtw",
        "other",
        None,
        "王生，今日喺葵涌個地盤試過，相片上載已經冇問題，快咗好多，唔該晒。",
        "x_reno",
        MING,
        7,
        HK,
    ),
    X(
        "olzhtw",
        "paid",
        None,
        """王生，

第二期款HK$96,000今日已經電滙咗，滙款單見附件，銀行手續費我哋呢邊付（OUR）。

Winnie""",
        "x_reno",
        WINNIE,
        9,
        HK,
        atts=["滙款單.pdf"],
    ),
    X(
        "ioszhtw",
        "paid",
        None,
        "收到錢未？Winnie話琴日已經滙咗。",
        "x_reno",
        TSANG,
        10,
        HK,
        note="asks whether it arrived; says it was sent yesterday",
    ),
]

# 大埔 · 劉氏冷氣工程
KELVIN = ("Kelvin Lau", "kelvin.lauaircon@gmail.com")
MANDY = ("Mandy Ho", "accounts@lau-aircon.com.hk")
LAU = ("劉永昌", "wc.lau@lau-aircon.com.hk")
AIRCON = [
    X(
        "gmailtw",
        "promise",
        d(15),
        "Hi 王生，progress payment 我問咗 accounts，佢哋 cheque run 係每個月15號同30號，呢期會喺15號出。\n\nKelvin",
        "x_aircon",
        KELVIN,
        2,
        HK,
    ),
    X(
        "olzhtw",
        "resend_request",
        None,
        "Dear Mr Wang,\n\n請問可唔可以 resend 張 invoice？我哋 system 搵唔返，要 PDF 版，唔該。\n\nMandy",
        "x_aircon",
        MANDY,
        3,
        HK,
    ),
    X(
        "ioszhtw",
        "dispute",
        None,
        "王生，大埔嗰個project啲chiller alarm成日誤報，半夜叫醒啲師傅返去，未搞掂之前我唔會批呢期錢。",
        "x_aircon",
        LAU,
        7,
        HK,
        danger=True,
    ),
    X(
        "gmailtw",
        "other",
        None,
        "王生，chiller alarm 改咗 threshold 之後三日都冇再誤報，OK晒，我同劉生講咗。",
        "x_aircon",
        KELVIN,
        10,
        HK,
    ),
    X(
        "olzhtw",
        "promise",
        d(30),
        "王生，\n\n15號嘅cheque run冇你哋，因為劉生未批，要等下一輪30號。唔好意思。\n\nMandy",
        "x_aircon",
        MANDY,
        15,
        HK,
        note="the 15th given up for the run of the 30th",
    ),
]

# 銅鑼灣 · 何氏美容
HO = ("何嘉欣", "karen.ho.beauty@gmail.com")
CHEUNG = ("張太", "mrs.cheung@hos-beauty.com.hk")
OUTS = ("陳國華會計師", "kwchan@kwchan-cpa.com.hk")
BEAUTY = [
    X(
        "gmailtw",
        "promise",
        d(7),
        "王經理你好，中期款我哋老闆娘話下個禮拜一（7號）電滙畀你哋。\n\nKaren",
        "x_beauty",
        HO,
        2,
        HK,
    ),
    X(
        "ioszhtw",
        "dispute",
        None,
        "王經理，會員積分過咗期冇自動清零，啲客投訴積分數唔啱。我唔係唔俾錢，但係呢個問題要先處理好。",
        "x_beauty",
        CHEUNG,
        3,
        HK,
        danger=True,
        note="not a refusal in words, a condition in fact",
    ),
    X(
        "gmailtw",
        "dispute",
        None,
        "王經理，唔好意思，老闆娘話積分嘅問題未解決之前，今日唔電滙住，等你哋搞掂先。",
        "x_beauty",
        HO,
        7,
        HK,
        danger=True,
        note="the promise for today withdrawn",
    ),
    X(
        "owazhtw",
        "dispute",
        None,
        """王經理您好：

本人為何氏美容之外判會計。貴司發票上公司名稱為「何氏美容中心」，惟商業登記名稱為「何氏美容集團有限公司」，請更正後重發，以便入帳。

陳國華會計師""",
        "x_beauty",
        OUTS,
        8,
        HK,
        danger=True,
    ),
    X(
        "gmailtw",
        "paid",
        None,
        "王經理，積分問題已經解決，中期款港幣54,000今日已經電滙，附件係銀行單據。",
        "x_beauty",
        HO,
        15,
        HK,
        atts=["HSBC_TT_20261215.pdf"],
    ),
]

# 氹仔 · 梁記餅家
LEONG = ("梁詠詩", "wingsi@leongkei-bakery.com.mo")
LEONGB = ("梁伯", "leongkei.mo@icloud.com")
ACCMO = ("Fátima Lei", "fatima.lei.mo@gmail.com")
MACAU = [
    X(
        "olzhtw",
        "promise",
        d(18),
        "王經理你好，尾款澳門幣72,000我哋會喺12月18號之前滙出，因為月中先有現金周轉。\n\n梁詠詩",
        "x_macau",
        LEONG,
        2,
        MO,
    ),
    X(
        "gmailtw",
        "bank_question",
        None,
        "王經理：請問貴公司收款戶口可唔可以收澳門幣？定係要我哋換成人民幣先滙？如果要人民幣，請提供CNAPS號碼。\n\nFátima",
        "x_macau",
        ACCMO,
        3,
        MO,
    ),
    X(
        "ioszhtw",
        "promise",
        d(24),
        "王生你好呀我係梁伯尾數嘅事我個女同我講咗你放心啦聖誕節之前一定畀晒你",
        "x_macau",
        LEONGB,
        4,
        MO,
        note="voice input",
    ),
    X(
        "olzhtw",
        "partial_payment",
        None,
        "王經理，今日先滙咗澳門幣40,000，另外32,000要等聖誕節之後先可以俾，唔好意思。\n\n梁詠詩",
        "x_macau",
        LEONG,
        17,
        MO,
        danger=True,
    ),
    X(
        "olzhtw",
        "paid",
        None,
        "王經理，餘下嘅32,000澳門幣已經今日滙出，年尾多謝你哋幫手。Obrigada!\n\n梁詠詩",
        "x_macau",
        LEONG,
        30,
        MO,
    ),
]

# Taizhou (Jiangsu) · pharma packaging exporter, English desk
GU = ("Gu Yan", "export3@tzpackmed.com")
ZHOU = ("Zhou Wei", "zhouwei_fin@tzpackmed.com")
XU = ("Xu Jianping", "xujp@tzpackmed.com")
SH = "Asia/Shanghai"
TAIZHOU = [
    X(
        "exmailen",
        "paid",
        None,
        "Dear Wang,\n\nThanks for your reminder. Our finance said the payment was already done on Nov.30, please check again. The bank slip is attached.\n\nBest regards\nGu Yan",
        "x_taizhou",
        GU,
        2,
        SH,
        atts=["bank slip.pdf"],
    ),
    X(
        "olen",
        "other",
        None,
        "Dear Wang,\nReceived. I will ask finance.\nXu",
        "x_taizhou",
        XU,
        2,
        SH,
    ),
    X(
        "mmen",
        "promise",
        d(10),
        """Dear Mr. Wang,

Sorry, I made a check, the payment on Nov.30 was for another supplier, not yours. Your mid-term payment is not paid yet. We will arrange it before Dec.10.

Zhou Wei
Finance Dept.""",
        "x_taizhou",
        ZHOU,
        3,
        SH,
        danger=True,
        note="a colleague's paid claim corrected",
    ),
    X(
        "olen",
        "dispute",
        None,
        """Wang,

The portal still can not show the shipping mark for Korean orders, our customer complained two times. Please fix this asap, otherwise I will ask finance to hold the payment.

Xu Jianping
General Manager""",
        "x_taizhou",
        XU,
        4,
        SH,
        danger=True,
    ),
    X(
        "exmailen",
        "promise",
        d(10),
        "Dear Wang,\n\nThe shipping mark problem is solved, thanks for your help. Finance will pay on Thursday.\n\nGu Yan",
        "x_taizhou",
        GU,
        9,
        SH,
    ),
    X(
        "mmen",
        "paid",
        None,
        "Dear Mr. Wang,\n\nPayment USD18,600 has been remitted today, please find the bank slip attached. Bank charges are on our side.\n\nZhou Wei",
        "x_taizhou",
        ZHOU,
        10,
        SH,
        atts=["TT-20261210.pdf"],
    ),
    X(
        "n163en",
        "resend_request",
        None,
        "Dear Wang,\n\npls kindly send us the invoice again, our system lost it after the ERP upgrade. thanks!\n\nLily Chen\nExport Dept.",
        "x_taizhou",
        ("Lily Chen", "lily_tzpack@163.com"),
        3,
        SH,
    ),
    X(
        "qqappen",
        "other",
        None,
        "Wang, shipping mark ok now? customer still asking. pls confirm today.",
        "x_taizhou",
        ("Xu Jianping", "2714400381@qq.com"),
        8,
        SH,
    ),
]

# Kigali · moto-taxi fintech
KG = "Africa/Kigali"
HAB = ("Jean-Paul Habimana", "jp.habimana@gmail.com")
UWASE = ("Aline Uwase", "aline.uwase@motopay.rw")
ERIC = ("Eric Niyonzima", "eric@motopay.rw")
KIGALI = [
    X(
        "gmailen",
        "other",
        None,
        "Murakoze for the reminder. Looping in Aline from finance, who handles payables.\n\nAline, please see below.\n\nJP",
        "x_kigali",
        HAB,
        2,
        KG,
    ),
    X(
        "olen",
        "promise",
        d(11),
        "Dear Wang Ming,\n\nWell received. The invoice is in our approval workflow; payment is expected by 11/12/2026 at the latest.\n\nKind regards,\nAline Uwase\nFinance Officer",
        "x_kigali",
        UWASE,
        2,
        KG,
    ),
    X(
        "gmailen",
        "dispute",
        None,
        """Hello Wang,

We cannot release the second milestone yet: the MTN MoMo integration still fails on reversals (about 40 failed reversals last week, and riders lost money). Per the SOW, milestone 2 is payable on successful UAT of reversals. Please fix it and we will re-test.

JP""",
        "x_kigali",
        HAB,
        3,
        KG,
        danger=True,
    ),
    X(
        "tben",
        "acceptance",
        None,
        "Reversal fix deployed on staging on Monday; we re-ran the UAT suite: 212/212 passed. I've signed the UAT report, attached.\n\nEric",
        "x_kigali",
        ERIC,
        8,
        KG,
        below=True,
        atts=["UAT_report_reversals_signed.pdf"],
    ),
    X(
        "olen",
        "partial_payment",
        None,
        """Dear Wang,

Payment for the second milestone was initiated today through Bank of Kigali. Please note that 15% withholding tax applies to services from non-residents, so the net amount transferred is USD 20,400; the WHT certificate will follow.

Kind regards,
Aline""",
        "x_kigali",
        UWASE,
        10,
        KG,
        danger=True,
        note="15 % withholding tax kept back",
    ),
]

# Tallinn · bookkeeping software
TL = "Europe/Tallinn"
KASK = ("Rein Kask", "rein.kask@arvekiri.ee")
TAMM = ("Kadri Tamm", "kadri@arvekiri.ee")
MARKO = ("Marko Lepp", "marko.lepp@gmail.com")
TALLINN = [
    X(
        "tben",
        "promise",
        d(10),
        "Hi,\n\ninvoice 2026-118 is in our payment run of 10.12.2026.\n\nBR\nRein Kask",
        "x_tallinn",
        KASK,
        2,
        TL,
        below=True,
    ),
    X(
        "appleen",
        "dispute",
        None,
        """Hi Wang,

quick one - the OCR module still mis-reads Latvian invoices (VAT numbers with the LV prefix get dropped). We agreed delivery = all three Baltic formats. Until that works we don't consider it delivered, so please don't expect the delivery payment in the run Rein mentioned.

Kadri""",
        "x_tallinn",
        TAMM,
        3,
        TL,
        danger=True,
    ),
    X(
        "appleen",
        "resend_request",
        None,
        "Wang, PS: please add our VAT number EE102245871 to the invoice when you send the next one, our accountant needs it for the reverse charge. K.",
        "x_tallinn",
        TAMM,
        4,
        TL,
        note="the client's own number added, no fault said",
    ),
    X(
        "gmailen",
        "acceptance",
        None,
        "Wang,\n\ntested the LV fix on our side, 50 sample invoices all fine. From my side the module is accepted.\n\nMarko",
        "x_tallinn",
        MARKO,
        9,
        TL,
    ),
    X(
        "tben",
        "paid",
        None,
        "Hello,\n\npaid today 10.12.2026, EUR 15 400,00 by SWIFT to the account on your invoice. Reference 2026-118.\n\nRein",
        "x_tallinn",
        KASK,
        10,
        TL,
        below=True,
    ),
]

# Bogotá · flower exporter
BO = "America/Bogota"
ROJAS = ("Andrés Rojas", "arojas@floresdelasabana.co")
CAST = ("Luisa Castaño", "contabilidad@floresdelasabana.co")
COORD = ("Julián Pardo", "logistica.fds@gmail.com")
BOGOTA = [
    X(
        "owaen",
        "promise",
        d(15),
        "Dear Mr. Wang,\n\nGood morning. We inform you that the payment was scheduled for the 15/12/2026 through Bancolombia. Any doubt we remain attentive.\n\nCordially,\nLuisa Castaño\nContadora",
        "x_bogota",
        CAST,
        2,
        BO,
        danger=True,
        note="scheduled, not paid",
    ),
    X(
        "olen",
        "dispute",
        None,
        """Wang,

The temperature loggers on the Miami route showed gaps of up to 6 hours during the Nov 20-24 shipments, and a buyer filed a claim for roses arriving at 9°C. We need a root cause before we pay this milestone.

Andrés Rojas
Gerente General""",
        "x_bogota",
        ROJAS,
        3,
        BO,
        danger=True,
    ),
    X(
        "android",
        "other",
        None,
        "Hi Mr Wang, the loggers are fine since yesterday's update. Thanks.\nJulián",
        "x_bogota",
        COORD,
        4,
        BO,
    ),
    X(
        "owaen",
        "resend_request",
        None,
        "Mr. Wang,\n\nWe need a bank certificate of your company (certificación bancaria) not older than 30 days to register you as a foreign supplier; without it the bank does not release the payment.\n\nCordially,\nLuisa",
        "x_bogota",
        CAST,
        9,
        BO,
        note="a document about our account for the bank: the PM answers. Relabelled bank_question ->"
        " resend_request (conv, session 13): a paper of our account asked for, no doubt about it"
        " (labels.yaml, as hh151, ho142); answers.py leaves a bank certificate to the PM",
    ),
    X(
        "olen",
        "other",
        None,
        "Wang, root cause report received and accepted, thank you. Please coordinate the payment with Luisa.\nAndrés",
        "x_bogota",
        ROJAS,
        10,
        BO,
    ),
    X(
        "owaen",
        "paid",
        None,
        "Dear Mr. Wang,\n\nWe attach the payment support (comprobante) of the transfer made today for USD 21.750,00.\n\nCordially,\nLuisa Castaño",
        "x_bogota",
        CAST,
        15,
        BO,
        atts=["comprobante_transferencia.pdf"],
    ),
]

# Athens · ferry operator
AT = "Europe/Athens"
PAPA = ("Giorgos Papadakis", "g.papadakis@aegeanlines.gr")
GEO = ("Eleni Georgiou", "accounts@aegeanlines.gr")
NIKOS = ("Nikos K.", "nikos.it.aegean@gmail.com")
ATHENS = [
    X(
        "olenplain",
        "promise",
        d(18),
        "Dear Mr Wang,\n\nWe confirm receipt of your reminder. The go-live payment will be included in our payment of 18/12/2026.\n\nBest regards,\nEleni Georgiou\nAccounts Payable",
        "x_athens",
        GEO,
        2,
        AT,
    ),
    X(
        "olen",
        "dispute",
        None,
        """Mr Wang,

The go-live was on 16 November, but since then the Piraeus-Naxos route shows ghost availability twice a day and we oversold a sailing on Sunday. I have instructed accounts to hold the payment until this is fixed.

G. Papadakis
COO""",
        "x_athens",
        PAPA,
        3,
        AT,
        danger=True,
    ),
    X(
        "gmailapp",
        "other",
        None,
        "Hi, the overbooking issue has not come back since Friday's patch. Looks good.\nNikos",
        "x_athens",
        NIKOS,
        8,
        AT,
    ),
    X(
        "olen",
        "acceptance",
        None,
        "Mr Wang,\n\nI confirm the go-live is accepted. Accounts will pay in the next run.\n\nG. Papadakis",
        "x_athens",
        PAPA,
        9,
        AT,
    ),
    X(
        "olenplain",
        "promise",
        d(23),
        "Dear Mr Wang,\n\nPlease note that the payment of EUR 33.000,00 was not included in today's run as Mr Papadakis had not released it in time. We expect to pay on 23/12.\n\nBest regards,\nEleni Georgiou",
        "x_athens",
        GEO,
        18,
        AT,
    ),
    X(
        "olenplain",
        "paid",
        None,
        "Dear Mr Wang,\n\nPayment made today, please find attached the SWIFT copy (MT103).\n\nKala Christougenna,\nEleni",
        "x_athens",
        GEO,
        23,
        AT,
        atts=["MT103_AEGEAN_2312.pdf"],
    ),
]

# Amman · pharma distributor (week Sunday-Thursday)
AM = "Asia/Amman"
HADDAD = ("Rami Haddad", "rhaddad@levantpharma.jo")
QASEM = ("Dana Qasem", "dana.qasem.lp@gmail.com")
WH = ("Omar", "warehouse@levantpharma.jo")
AMMAN = [
    X(
        "gmailen",
        "promise",
        d(10),
        "Dear Mr. Wang,\n\nGood day. Kindly note the final payment is under process and will be transferred by end of next week inshallah.\n\nRegards,\nDana Qasem\nAccountant",
        "x_amman",
        QASEM,
        2,
        AM,
        note="the week ends on Thursday in Jordan",
    ),
    X(
        "olen",
        "dispute",
        None,
        """Dear Wang,

The final payment is subject to the Final Acceptance Certificate. Our QA found that the barcode system does not record batch expiry for cold-chain items; the JFDA inspection is next month and we cannot pass it like this. No final payment before this is fixed.

Rami Haddad
General Manager""",
        "x_amman",
        HADDAD,
        3,
        AM,
        danger=True,
    ),
    X(
        "iosen",
        "other",
        None,
        "Mr Wang expiry fields working now on the cold room scanners. Thanks",
        "x_amman",
        WH,
        8,
        AM,
    ),
    X(
        "olen",
        "acceptance",
        None,
        "Dear Wang,\n\nPlease find attached the signed Final Acceptance Certificate. Finance will process the payment.\n\nRami",
        "x_amman",
        HADDAD,
        9,
        AM,
        atts=["FAC_signed.pdf"],
    ),
    X(
        "gmailen",
        "paid",
        None,
        "Dear Mr. Wang,\n\nPlease find attached the transfer advice for USD 16,800 made today through Arab Bank. Kindly confirm receipt.\n\nRegards,\nDana",
        "x_amman",
        QASEM,
        13,
        AM,
        atts=["ArabBank_transfer_advice.pdf"],
    ),
]

# Kathmandu · trekking agency
KT = "Asia/Kathmandu"
SHRESTHA = ("Bikash Shrestha", "bikash.himtrails@gmail.com")
KARKI = ("Ramesh Karki", "accounts@himalayantrails.com.np")
KATHMANDU = [
    X(
        "olen",
        "resend_request",
        None,
        """Dear Sir,

Greetings from Kathmandu. For a foreign currency payment our bank needs NRB approval, for which we need: the invoice, a copy of the contract and your company registration certificate. Kindly send these. After approval it takes 7-10 working days.

Regards,
Ramesh Karki
Accounts
Kathmandu, 02 Dec 2026 (Mangsir 2083 B.S.)""",
        "x_ktm",
        KARKI,
        2,
        KT,
        note="documents for the central bank; no day",
    ),
    X(
        "gmailen",
        "more_time",
        None,
        "Namaste Wang ji,\n\nThe season was slow this autumn, Tihar bookings were down by 30%. Can we pay this in two parts, half now and half in January after the winter treks start?\n\nDhanyabad,\nBikash",
        "x_ktm",
        SHRESTHA,
        3,
        KT,
    ),
    X(
        "gmailen",
        "more_time",
        None,
        "Wang ji, could you confirm if you are okay with the 50/50? The NRB papers are with the bank, nothing has been sent yet.\nBikash",
        "x_ktm",
        SHRESTHA,
        4,
        KT,
        danger=True,
        note="nothing paid yet",
    ),
    X(
        "olen",
        "partial_payment",
        None,
        "Dear Sir,\n\nWe have remitted USD 4,900 today (50% of the mid-term payment) via Nabil Bank as agreed by Mr. Shrestha. The balance USD 4,900 will be sent in January 2027.\n\nRegards,\nRamesh Karki",
        "x_ktm",
        KARKI,
        10,
        KT,
        danger=True,
    ),
]

# Lusaka · agro-dealer network
LU = "Africa/Lusaka"
BANDA = ("Joseph Banda", "jbanda.agrolink@gmail.com")
MWALE = ("Grace Mwale", "grace.mwale@agrolink.co.zm")
CHANDA = ("Chanda M.", "chanda.sales.agrolink@gmail.com")
LUSAKA = [
    X(
        "gmailen",
        "promise",
        d(31),
        "Dear Wang,\n\nKindly be informed that we are facing forex challenges as the Kwacha has depreciated. We shall pay the second instalment on or before 31st December 2026.\n\nRegards,\nJoseph Banda\nAccountant",
        "x_lusaka",
        BANDA,
        2,
        LU,
    ),
    X(
        "olmoben",
        "promise",
        d(31),
        "Wang, Banda is right, we shall pay before the 31st. But note the app still does not work offline in the Eastern Province depots. Please prioritise.\nGrace",
        "x_lusaka",
        MWALE,
        3,
        LU,
        note="a promise with a defect beside it",
    ),
    X(
        "android",
        "other",
        None,
        "Hello Mr Wang, the offline orders in Chipata are syncing well since the update. Regards, Chanda",
        "x_lusaka",
        CHANDA,
        4,
        LU,
    ),
    X(
        "gmailen",
        "paid",
        None,
        "Dear Wang,\n\nPlease find attached proof of payment for USD 13,200 paid today via Zanaco. Kindly acknowledge.\n\nJoseph",
        "x_lusaka",
        BANDA,
        21,
        LU,
        atts=["POP_Zanaco_13200.pdf"],
    ),
]

# Buenos Aires · yerba-mate exporter
BA = "America/Argentina/Buenos_Aires"
FERR = ("Martín Ferreyra", "martin.ferreyra.yerba@gmail.com")
SOSA = ("Carolina Sosa", "administracion@yerbalatierra.com.ar")
BAIRES = [
    X(
        "olen",
        "resend_request",
        None,
        "Dear Mr Wang,\n\nDue to the exchange controls we need to submit the invoice and the contract to our bank for the foreign payment. Please send us the invoice again in PDF with the SWIFT code of your bank written on it.\n\nBest regards,\nCarolina Sosa\nAdministración",
        "x_ba",
        SOSA,
        2,
        BA,
    ),
    X(
        "gmailen",
        "promise",
        d(7),
        "Hola Wang,\n\nwe paid the first part two months ago with no problem. This one will go out next Monday 7/12 once the bank approves the cambio.\n\nSaludos,\nMartín",
        "x_ba",
        FERR,
        3,
        BA,
    ),
    X(
        "olen",
        "promise",
        d(14),
        "Dear Mr Wang,\n\nThe bank has not approved the transfer yet (they asked for an additional customs document). We now expect to pay on 14/12. Sorry for the delay.\n\nCarolina",
        "x_ba",
        SOSA,
        9,
        BA,
    ),
    X(
        "olen",
        "paid",
        None,
        "Dear Mr Wang,\n\nThe transfer was finally made yesterday, 14/12. Attached the SWIFT.\n\nBest regards,\nCarolina",
        "x_ba",
        SOSA,
        15,
        BA,
        atts=["SWIFT_MT103.pdf"],
    ),
    X(
        "gmailen",
        "more_time",
        d(17),
        "Wang, sorry for the mess with our bank. Can you bear with us one more week? Carolina is on it every day.\n\nMartín",
        "x_ba",
        FERR,
        10,
        BA,
        note="one more week = day + 7",
    ),
]

INTL_X = (
    BAMBOO + BERRY + VET + RENO + AIRCON + BEAUTY + MACAU
    + TAIZHOU + KIGALI + TALLINN + BOGOTA + ATHENS + AMMAN + KATHMANDU + LUSAKA + BAIRES
)  # fmt: skip
