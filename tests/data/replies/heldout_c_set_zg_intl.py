"""Held-out set ZG, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Lukang altar carver, Toucheng town office, a Kwun Tong cha chaan teng group
(Cantonese), a Macau goldsmith and a Hsinchu Hakka rice-noodle factory. English: a
Kilkenny cider maker, a Cornish oyster farm, a Montana honey packer (and its lawyer), a
Saskatchewan pulse processor, a Rotorua hot-pool company, a Gdańsk amber workshop, a
Portuguese cork-stopper plant, a Kalocsa paprika mill, a Harris Tweed mill, a Maine
blueberry freezer and a Belém açaí pulp plant.
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_zg import dec, entry

TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
MO = {"tz": "Asia/Macau"}

# 鹿港 施家佛具木雕行 (altar carving: orders and crew scheduling; US$11,800; Simplified reminder)
SHIH = ("施明德", "shih.mingte@gmail.com")
HUANG_SC = ("黃素琴", "acct@shih-buddhist.com.tw")
YIHSUAN = ("施怡萱", "yihsuan.shih@gmail.com")
CHEN_YF = ("陳永福", "yungfu@shih-buddhist.com.tw")
# 宜蘭縣頭城鎮公所 (town office: visitor guide app; TWD 280,000; English reminder)
WU_JR = ("吳佳蓉", "wujiarong@toucheng.gov.tw")
YOU = ("游淑惠", "yu.shuhui@toucheng.gov.tw")
LIN_KD = ("林國棟", "lin.kd@toucheng.gov.tw")
# 觀塘 謝記茶餐廳集團 (cha chaan teng group: kitchen ordering and POS; HKD 64,000)
TSE = ("謝偉強", "wk.tse@tsekeecafe.com.hk")
WINNIE = ("Winnie Ho", "winnie.ho@tsekeecafe.com.hk")
KEN = ("Ken Lau", "kenlau.tsekee@gmail.com")
MAY = ("黎美儀", "may.lai@tsekeecafe.com.hk")
# 澳門 周記金舖 (goldsmith: stock system; HKD 42,000)
LOU = ("Lou Ka Ian", "kaian.lou@gmail.com")
CHAU = ("周錦榮", "kwchau@chaugold.com.mo")
LEUNG = ("梁會計", "account@chaugold.com.mo")
# 新竹 內灣 彭家粄條 (Hakka rice-noodle factory: batches and deliveries; TWD 198,000)
PENG = ("彭家興", "peng.jh@neiwan-noodle.com.tw")
LUO = ("羅秀玲", "luo.sl@neiwan-noodle.com.tw")
HSU = ("徐建國", "hsu.ck@neiwan-noodle.com.tw")
AMY = ("Amy Peng", "amypeng.nw@gmail.com")

LK = [
    entry(
        "owazhtw",
        "bank_question",
        None,
        "王經理您好：\n\n尾款我們這邊是月結，每月25號付款，這筆會排在12月25日匯出。因為是匯美金，麻煩再提供貴公司的SWIFT代碼和銀行英文地址，我們的銀行要填。\n\n黃素琴\n施家佛具木雕行 會計",
        "zg_lk",
        2,
        HUANG_SC,
        note="a promise of Dec 25 beside the SWIFT question: the PM answers",
        **TW,
    ),
    entry(
        "gmailtw",
        "other",
        None,
        "王經理好，工班排程系統最近常常把同一位雕刻師傅排到兩個案場，上週已經有一尊神像延誤交期，客戶很不高興。請盡快派人處理，謝謝。\n\n怡萱",
        "zg_lk",
        3,
        YIHSUAN,
        **TW,
    ),
    entry(
        "ioszhtw",
        "dispute",
        None,
        "王經理，排程的問題沒解決之前，尾款先不付。我們做佛具的最重交期，延誤一次信用就沒了。",
        "zg_lk",
        4,
        SHIH,
        danger=True,
        **TW,
    ),
    entry(
        "owazhtw",
        "dispute",
        None,
        "王經理您好：\n\n尾款原訂12月25日匯出，老闆交代排程問題解決之前先暫停，等他通知再匯。\n\n黃素琴",
        "zg_lk",
        7,
        HUANG_SC,
        danger=True,
        **TW,
    ),
    entry(
        "olmobtw",
        "other",
        None,
        "王先生，排程修好了，這禮拜派工都正常，我有跟老闆講。\n\n阿福",
        "zg_lk",
        8,
        CHEN_YF,
        note="a user reports the fix; no sign-off, no payment word",
        **TW,
    ),
    entry("ioszhtw", "promise", dec(25), "好，那尾款照原來25號那批匯。", "zg_lk", 9, SHIH, **TW),
    entry(
        "gmailtw",
        "resend_request",
        None,
        "王經理您好，之前的發票可以請您幫忙在買受人後面加上我們的統一編號 89123456 嗎？我們報稅需要，麻煩再寄一張，謝謝。\n\n怡萱",
        "zg_lk",
        10,
        YIHSUAN,
        **TW,
    ),
    entry(
        "owazhtw",
        "paid",
        None,
        "王經理您好：\n\n尾款US$11,800已於今日匯出，水單如附件，請查收。\n\n黃素琴",
        "zg_lk",
        25,
        HUANG_SC,
        atts=["水單_20261225.pdf"],
        **TW,
    ),
]

TC = [
    entry(
        "owazhtw",
        "resend_request",
        None,
        "王經理您好：\n\n本案尾款需檢附驗收紀錄、發票正本及結案報告三份（用印）方能辦理核銷，目前結案報告尚未收到，請貴公司盡速寄送紙本至本所觀光課。收到後約需7至10個工作天撥款。\n\n頭城鎮公所 觀光課\n吳佳蓉\n(03)977-1131 分機 215",
        "zg_tc",
        2,
        WU_JR,
        note="our documents asked for before the town can pay",
        **TW,
    ),
    entry(
        "olzhtw",
        "bank_question",
        None,
        "王經理：\n\n依本所會計作業規定，廠商收款帳戶須與契約所載一致。惟貴公司來函所列帳號末四碼為4321，與契約所附存摺影本之末四碼（5678）不同，請確認以何者為準，並檢附銀行證明。\n\n頭城鎮公所 會計室\n游淑惠",
        "zg_tc",
        3,
        YOU,
        danger=True,
        **TW,
    ),
    entry(
        "olzhtw",
        "dispute",
        None,
        "王經理：\n\n貴公司發票之總額為新臺幣280,000元，契約價金為新臺幣266,667元（未稅）加營業稅5%，惟發票營業稅額誤植為13,334元，銷售額與稅額不符，本室無法核銷，請作廢後更正重開。\n\n會計室 游淑惠",
        "zg_tc",
        8,
        YOU,
        **TW,
    ),
    entry(
        "olmobtw",
        "other",
        None,
        "王經理，結案報告收到了，謝謝。發票的部分請直接跟會計室聯繫。\n\n林國棟",
        "zg_tc",
        10,
        LIN_KD,
        **TW,
    ),
    entry(
        "owazhtw",
        "promise",
        dec(23),
        "王經理您好：\n\n更正後之發票已收到，核銷公文已陳核，預計12月23日撥款。\n\n吳佳蓉",
        "zg_tc",
        16,
        WU_JR,
        **TW,
    ),
    entry(
        "olzhtw",
        "partial_payment",
        None,
        "王經理：\n\n本案尾款已於今日由公庫撥付，扣除跨國匯款手續費新臺幣600元，實撥新臺幣279,400元，請查收。\n\n會計室 游淑惠",
        "zg_tc",
        23,
        YOU,
        note="a fee stated and deducted",
        **TW,
    ),
]

HKC = [
    entry(
        "olzhtw",
        "promise",
        dec(8),
        "王生你好，\n\n上線款我哋下個禮拜二（8號）開票，開好會寄去你哋喺香港嘅代收地址。\n\nWinnie Ho\nAccounts, Tse Kee Cafe Group",
        "zg_hk",
        2,
        WINNIE,
        note="a cheque to be drawn on the 8th",
        **HK,
    ),
    entry("olmobtw", "other", None, "收到，我轉咗畀Winnie跟進。\n\nMay", "zg_hk", 2, MAY, **HK),
    entry(
        "gmailtw",
        "dispute",
        None,
        "王生，\n\n中央廚房落單個系統成日冇反應，朝早五點至七點分店落單最多嗰陣，成個系統慢到想死，上個禮拜仲漏咗兩間分店嘅叉燒。唔搞掂呢個問題，我同老細講咗暫時唔好畀上線款。\n\nKen",
        "zg_hk",
        3,
        KEN,
        danger=True,
        **HK,
    ),
    entry(
        "ioszhtw",
        "dispute",
        None,
        "Ken講嘅問題係真嘅，你哋派個人嚟睇下先。張支票我叫Winnie hold住先。",
        "zg_hk",
        4,
        TSE,
        danger=True,
        note="the cheque promised for the 8th is held",
        **HK,
    ),
    entry(
        "ioszhtw",
        "dispute",
        None,
        "王生，你哋發封咁嘅催款函嚟，我哋好唔開心。問題仲未搞掂，我哋唔係唔畀錢。你哋啲人話禮拜五先嚟，搞掂咗自然會畀。",
        "zg_hkd",
        9,
        TSE,
        danger=True,
        **HK,
    ),
    entry(
        "olzhtw",
        "bank_question",
        None,
        "王生，想問下你哋喺香港有冇收款戶口？如果有，我哋可以用FPS過數，快啲。冇嘅話就照寄支票。\n\nWinnie",
        "zg_hk",
        10,
        WINNIE,
        **HK,
    ),
    entry(
        "gmailtw",
        "other",
        None,
        "王生，你哋同事禮拜五嚟咗換咗部server，今朝五點到七點都好順，冇再漏單。多謝晒。\n\nKen",
        "zg_hk",
        14,
        KEN,
        **HK,
    ),
    entry(
        "olzhtw",
        "paid",
        None,
        "王生，\n\n老細話可以畀返，支票今日已經寄出，HKD64,000，滙豐銀行，支票號碼004518，應該聽日或者後日收到。\n\nWinnie",
        "zg_hkd",
        15,
        WINNIE,
        note="a cheque already posted",
        **HK,
    ),
    entry(
        "olzhtw",
        "other",
        None,
        "王生，想問下張支票你哋入咗未？我哋戶口到今日都未見過數喎。\n\nWinnie",
        "zg_hkd",
        22,
        WINNIE,
        note="asks whether our side banked the cheque: no new fact for the chase",
        **HK,
    ),
]

MOC = [
    entry(
        "gmailtw",
        "other",
        None,
        "王先生你好，\n\n想問下尾款我哋可唔可以用澳門幣畀？合約寫嘅係港幣，但我哋大豐銀行個戶口係澳門幣戶口。如果得，匯率點計？\n\nKa Ian",
        "zg_mo",
        2,
        LOU,
        note="a currency question: the PM answers",
        **MO,
    ),
    entry(
        "owazhtw",
        "paid",
        None,
        "王生，\n\n尾款已經喺12月3號經大豐銀行電匯咗港幣42,000，電匯單見附件。\n\n梁會計\n周記金舖",
        "zg_mo",
        4,
        LEUNG,
        atts=["電匯單_大豐銀行.pdf"],
        **MO,
    ),
    entry(
        "olmobtw",
        "other",
        None,
        "尾數係咪已經畀咗？盧小姐話畀咗喇，你哋收唔收到？",
        "zg_mo",
        7,
        CHAU,
        danger=True,
        note="hearsay and a question: not a payment",
        **MO,
    ),
    entry(
        "owazhtw",
        "bank_question",
        None,
        "王生，\n\n對唔住，3號嗰筆匯款俾銀行退返嚟，話收款人英文名同賬號對唔上。請問你哋嘅英文戶名係咪 Example Tech Co., Ltd.？有冇逗號？我哋要重新匯過。\n\n梁會計",
        "zg_mo",
        9,
        LEUNG,
        danger=True,
        note="the earlier transfer came back: not paid",
        **MO,
    ),
    entry(
        "owazhtw",
        "paid",
        None,
        "王生，已經重新匯出，今次銀行確認咗冇問題。\n\n梁會計",
        "zg_mo",
        11,
        LEUNG,
        **MO,
    ),
]

HC = [
    entry(
        "owazhtw",
        "promise",
        None,
        "王經理您好：\n\n二期款我們的票期是月結60天，發票日期是11/16，所以會在115年1月15日付款，謝謝。\n\n羅秀玲\n彭家粄條 會計",
        "zg_hc",
        2,
        LUO,
        note="ROC year 115 is 2026 (1911 + 115), not 2027: 115年1月15日 is a past day; relabelled 2027-01-15 -> null by the convention 'ROC years count from 1911 (115年 = 2026); a day so named that is already past names no day' (session 17)",
        **TW,
    ),
    entry(
        "olzhtw",
        "promise",
        dec(11),
        "王經理：\n\n合約寫的是驗收後30天付款，不是月結60天，會計搞錯了，我跟她說了，這筆提前處理，下週五前匯給你們。\n\n彭家興",
        "zg_hc",
        3,
        PENG,
        note="corrects the Jan 15 given by accounts",
        **TW,
    ),
    entry(
        "ioszhtw",
        "other",
        None,
        "王經理，出貨app的司機簽收功能上週又當掉兩次，請你們看一下。",
        "zg_hc",
        4,
        HSU,
        **TW,
    ),
    entry(
        "ioszhtw",
        "acceptance",
        None,
        "王經理，二期的系統驗收單我已經簽了，掃描檔附上，正本寄回去給你們。",
        "zg_hc",
        7,
        HSU,
        atts=["驗收單.pdf"],
        **TW,
    ),
    entry(
        "gmailtw",
        "resend_request",
        None,
        "王經理您好，可以再寄一次二期款的請款單跟合約影本嗎？會計說找不到了，謝謝！\n\nAmy",
        "zg_hc",
        8,
        AMY,
        **TW,
    ),
    entry(
        "owazhtw",
        "paid",
        None,
        "王經理您好：\n\n二期款新台幣198,000元已於今日匯出，匯款單如附件，請查收。\n\n羅秀玲",
        "zg_hc",
        11,
        LUO,
        atts=["匯款單.pdf"],
        **TW,
    ),
]

# Nore Valley Cider, Co. Kilkenny (press-house and tank monitoring; EUR 19,800)
SIOBHAN = ("Siobhán Brennan", "accounts@norevalleycider.ie")
DECLAN = ("Declan Murphy", "declan@norevalleycider.ie")
CIARAN = ("Ciarán Walsh", "ciaran.walsh.nvc@gmail.com")
FIONA = ("Fiona Kehoe", "fiona@kehoebookkeeping.ie")
IE = {"tz": "Europe/Dublin"}
# Penwith Oyster Company, Newlyn, Cornwall (depuration tank monitoring; GBP 22,500)
KERRY = ("Kerry Trewin", "kerry@penwithoysters.co.uk")
JAGO = ("Jago Pascoe", "jago@penwithoysters.co.uk")
TAMSIN = ("Tamsin Hocking", "tamsin.penwith@gmail.com")
# Big Sky Honey Company, Billings, Montana (hive telemetry; USD 26,400)
DANA = ("Dana Kowalczyk", "dkowalczyk@bigskyhoney.com")
RUSS = ("Russ Hendricks", "russ@bigskyhoney.com")
MEGAN = ("Megan Price", "megan.price@bigskyhoney.com")
LAURA = ("Laura Ostrander", "lostrander@ostranderlaw.com")
MT = {"tz": "America/Denver"}
# Kindersley Pulse Processors, Saskatchewan (scale and bin inventory; CAD 31,000)
BRENT = ("Brent Olafson", "bolafson@kindersleypulse.ca")
JANELLE = ("Janelle Dubois", "ap@kindersleypulse.ca")
HARV = ("Harvinder Gill", "hgill@kindersleypulse.ca")
SK = {"tz": "America/Regina"}
# Ōkataina Hot Pools, Rotorua (ticketing and lockers; USD 15,600)
AROHA = ("Aroha Ngata", "aroha@okatainahotpools.co.nz")
PIP = ("Pip Mackenzie", "accounts@okatainahotpools.co.nz")
HEMI = ("Hemi Rangi", "hemi.rangi@okatainahotpools.co.nz")
NZ = {"tz": "Pacific/Auckland"}
# Bursztyn Gdańsk (amber workshop order tracking; EUR 13,400)
AGA = ("Agnieszka Nowak", "a.nowak@bursztyn-gdansk.pl")
TOMASZ = ("Tomasz Wiśniewski", "tomasz@bursztyn-gdansk.pl")
MAREK = ("Marek Zieliński", "marek.z@bursztyn-gdansk.pl")
PL = {"tz": "Europe/Warsaw"}
# Corticeira da Feira, Santa Maria da Feira (cork-stopper grading line; EUR 17,250)
RUI = ("Rui Ferreira", "rui.ferreira@corticeiradafeira.pt")
SANDRA = ("Sandra Oliveira", "sandra.oliveira@corticeiradafeira.pt")
MANUEL = ("Manuel Azevedo", "manuel.azevedo@corticeiradafeira.pt")
PT = {"tz": "Europe/Lisbon"}
# Kalocsai Paprika Malom (paprika mill batch records; EUR 9,900)
PETER = ("Péter Szabó", "szabo.peter@kalocsaipaprika.hu")
EVA = ("Kovács Éva", "kovacs.eva@kalocsaipaprika.hu")
HU = {"tz": "Europe/Budapest"}
# Tarbert Tweed Mill, Isle of Harris (loom monitoring; GBP 14,800)
MORAG = ("Morag MacLeod", "morag@tarberttweed.co.uk")
ANGUS = ("Angus Morrison", "angus@tarberttweed.co.uk")
# Downeast Wild Blueberry Freezing, Machias, Maine (IQF line; USD 21,000)
CAROL = ("Carol Beal", "cbeal@downeastblueberry.com")
WAYNE = ("Wayne Look", "wlook@downeastblueberry.com")
ME = {"tz": "America/New_York"}
# Açaí Guajará Indústria, Belém (pulp cold chain; USD 18,900)
BARBOSA = ("Paulo Barbosa", "paulo.barbosa@acaiguajara.com.br")
LUCIANA = ("Luciana Sousa", "financeiro@acaiguajara.com.br")
BR = {"tz": "America/Belem"}

IEC = [
    entry(
        "olen",
        "promise",
        dec(10),
        "Hi Wang Ming,\n\nThanks for the reminder. This one slipped through, apologies. It's approved now and will go out in our next payment run, which is Thursday 10th.\n\nKind regards,\nSiobhán\n\nSiobhán Brennan | Accounts\nNore Valley Cider Ltd, Bennettsbridge, Co. Kilkenny R95 X2T4",
        "zg_ie",
        2,
        SIOBHAN,
        **IE,
    ),
    entry(
        "gmailen",
        "other",
        None,
        "Hi Wang,\n\nTank 4's temperature probe has been reading about 3 degrees high since the update last week. We nearly pitched the yeast too cold on a 6,000 litre batch because of it. Can someone have a look before the weekend?\n\nCheers,\nCiarán",
        "zg_ie",
        3,
        CIARAN,
        **IE,
    ),
    entry(
        "iosen",
        "dispute",
        None,
        "Wang, just so you know, I've asked Siobhán to hold the payment until Ciarán's happy with the tank 4 readings. Nothing personal, but we can't have the kit lying to us in the middle of the season. Sort that and you'll be paid.\n\nDeclan",
        "zg_ie",
        4,
        DECLAN,
        danger=True,
        **IE,
    ),
    entry(
        "gmailen",
        "other",
        None,
        "Wang, your lad rang this morning and walked me through the recalibration. Tank 4 is reading true now, I checked it against the hand thermometer. Grand job. I've told Declan.\n\nCiarán",
        "zg_ie",
        9,
        CIARAN,
        **IE,
    ),
    entry(
        "iosen",
        "promise",
        dec(18),
        "Grand so. Siobhán missed today's run with it, so I've told her to put it in Friday week's.\n\nD",
        "zg_ie",
        10,
        DECLAN,
        note="Friday week from Thursday 10 Dec = Friday 18 Dec",
        **IE,
    ),
    entry(
        "tben",
        "resend_request",
        None,
        "Hello,\n\nI look after the books for Nore Valley. Could you send me a copy of your invoice for the final payment as a PDF? The one on file is a scan that's cut off at the bottom and it's no good for the VAT return.\n\nThanks,\nFiona Kehoe\nKehoe Bookkeeping, Kilkenny",
        "zg_ie",
        11,
        FIONA,
        below=True,
        **IE,
    ),
    entry(
        "olen",
        "paid",
        None,
        "Hi Wang Ming,\n\nPayment of EUR 19,800.00 went out this morning by international transfer, remittance advice attached. Charges are shared (SHA), so if an intermediary bank takes something off, that would be on their side.\n\nKind regards,\nSiobhán",
        "zg_ie",
        18,
        SIOBHAN,
        atts=["Remittance_Advice_NVC_1812.pdf"],
        note="a cut only guessed at: paid",
        **IE,
    ),
]

UKC = [
    entry(
        "olenplain",
        "promise",
        dec(9),
        "Morning Wang,\n\nOur BACS run is fortnightly on a Wednesday and the next one is the 9th - I've put you on it.\n\nKerry\n\nKerry Trewin | Accounts\nPenwith Oyster Company Ltd | Unit 4, The Strand, Newlyn TR18 5HW\nOffice hours Mon-Thu 9-2",
        "zg_uk",
        2,
        KERRY,
    ),
    entry(
        "gmailapp",
        "other",
        None,
        "Hi Wang,\nThe depuration tank 2 UV alarm went off four times on Monday night and every time the lamp was fine. The EHO is due on the 15th and if the log shows alarms we can't explain we'll have a problem with our classification. Can you get someone on it?\nThanks\nTamsin",
        "zg_uk",
        3,
        TAMSIN,
    ),
    entry(
        "olenplain",
        "bank_question",
        None,
        "Hi Wang,\n\nQuick one - our bank (Lloyds) is asking whether a GBP payment to you needs to go through a correspondent bank, and if so which one. Can you let me know before the 9th?\n\nThanks\nKerry",
        "zg_uk",
        4,
        KERRY,
    ),
    entry(
        "appleen",
        "dispute",
        None,
        "Wang,\n\nI've told Kerry to take you off Wednesday's run. Not because we don't want to pay - we do - but phase 2 was meant to include the UV log export for the EHO and we still haven't got it. When that's in and working you'll be on the next run.\n\nJago",
        "zg_uk",
        7,
        JAGO,
        danger=True,
    ),
    entry(
        "gmailapp",
        "other",
        None,
        "Hi Wang, the export works - I ran it for November and it's exactly what the EHO wants. The false alarms have stopped too. Thanks for turning it round so fast.\nTamsin",
        "zg_uk",
        10,
        TAMSIN,
    ),
    entry(
        "appleen",
        "acceptance",
        dec(23),
        "Tamsin's happy, so am I. Consider phase 2 signed off. Kerry will put you on the run on the 23rd.\n\nJago",
        "zg_uk",
        11,
        JAGO,
    ),
    entry(
        "olenplain",
        "paid",
        None,
        "Hi Wang,\n\nPaid today, GBP 22,500.00, ref PEN-PH2. Remittance attached.\n\nMerry Christmas!\nKerry",
        "zg_uk",
        23,
        KERRY,
        atts=["Remittance PEN-PH2.pdf"],
    ),
]

USC = [
    entry(
        "owaen",
        "resend_request",
        None,
        "Hi Wang,\n\nI don't have an acceptance certificate on file for this project, and our policy is that acceptance payments aren't released without one signed by the project owner (Russ). Can you send it over for signature?\n\nThanks,\nDana Kowalczyk\nAccounts Payable | Big Sky Honey Co.\n406-555-0147",
        "zg_us",
        2,
        DANA,
        note="our acceptance form asked for before payment",
        **MT,
    ),
    entry(
        "android",
        "other",
        None,
        "Wang - the hive scale telemetry dropped out for all 40 yards north of Lewistown since the cold snap. -25F up there Tuesday. Batteries or the gateways? We're blind on winter feeding.\nMegan",
        "zg_us",
        3,
        MEGAN,
        **MT,
    ),
    entry(
        "gmailapp",
        "dispute",
        None,
        "Wang,\n\nDana forwarded me the acceptance form. I'm not signing it while the north yards are dark. The spec says -30F operation. Fix it and I'll sign.\n\nRuss",
        "zg_us",
        4,
        RUSS,
        danger=True,
        **MT,
    ),
    entry(
        "olen",
        "dispute",
        None,
        "Dear Mr. Wang:\n\nThis firm represents Big Sky Honey Company LLC. We have your letter of December 8, 2026.\n\nUnder Section 5.2 of the agreement, the acceptance payment becomes due thirty (30) days after written acceptance. No acceptance has been given, because the system does not meet the operating temperature range specified in Schedule A. Accordingly, no amount is presently due, and our client disputes that it is in default.\n\nOur client remains willing to accept the system once it performs as specified. Please direct further correspondence on this matter to me.\n\nSincerely,\n\nLaura Ostrander\nOstrander Law PLLC\n125 N. Last Chance Gulch, Suite 300, Helena, MT 59601\n(406) 555-0192",
        "zg_usd",
        9,
        LAURA,
        danger=True,
        **MT,
    ),
    entry(
        "android",
        "other",
        None,
        "North yards reporting again since the new gateways went in Friday. Held overnight at -28. Nice work.\nMegan",
        "zg_us",
        14,
        MEGAN,
        **MT,
    ),
    entry(
        "gmailapp",
        "acceptance",
        dec(22),
        "Signed, scan attached. Dana will put it in the 12/22 check run, but it'll go by wire since you're overseas.\n\nRuss",
        "zg_us",
        15,
        RUSS,
        atts=["Acceptance_Certificate_signed.pdf"],
        **MT,
    ),
    entry(
        "owaen",
        "paid",
        None,
        "Hi Wang,\n\nThe wire for $26,400.00 was released today. Confirmation attached. Our bank's $35 outgoing wire fee is on us, so you should see the full amount.\n\nDana",
        "zg_us",
        22,
        DANA,
        atts=["Wire_Confirmation_122226.pdf"],
        **MT,
    ),
]

CAC = [
    entry(
        "owaen",
        "promise",
        dec(24),
        "Hello,\n\nThis invoice was in our system but had been coded to the wrong GL and bounced back to me. I've re-submitted it for approval. Our EFT runs go out every second Friday; if Brent approves it this week it'll be on the December 11 run, otherwise December 24 (the 25th being Christmas).\n\nJanelle Dubois\nAccounts Payable",
        "zg_ca",
        2,
        JANELLE,
        note="two runs named, the later one kept",
        **SK,
    ),
    entry(
        "tben",
        "dispute",
        None,
        "Wang,\n\nThe bin inventory still doesn't match our physical count. Bin 7 (red lentils) shows 412 t in your system; we measured 376 t. That's 36 t on a commodity worth about $700/t. Until the scale integration posts correct tonnage I can't confirm the milestone to Brent.\n\nHarvinder Gill\nPlant Manager",
        "zg_ca",
        3,
        HARV,
        below=True,
        danger=True,
        **SK,
    ),
    entry(
        "olmoben",
        "dispute",
        None,
        "Wang - I'm holding the Dec 11 EFT until Harvinder confirms the bin numbers. Please work with him directly.\n\nBrent",
        "zg_ca",
        7,
        BRENT,
        danger=True,
        **SK,
    ),
    entry(
        "tben",
        "acceptance",
        None,
        "Found it - the scale was posting the tare twice on the north leg. Your tech patched it remotely yesterday and the bins reconcile within 0.5% now. I've told Brent the milestone is met.\n\nHarvinder",
        "zg_ca",
        10,
        HARV,
        below=True,
        **SK,
    ),
    entry(
        "owaen",
        "promise",
        dec(24),
        "Hi Wang,\n\nBrent approved it this morning, but it missed the cutoff for today's run, so it'll go out on the next one, December 24. Sorry about that!\n\nJanelle",
        "zg_ca",
        11,
        JANELLE,
        **SK,
    ),
    entry(
        "owaen",
        "paid",
        None,
        "Hi Wang, the wire for CAD 31,000.00 went out today. Remittance attached. Happy holidays!\n\nJanelle",
        "zg_ca",
        24,
        JANELLE,
        atts=["Remittance_KPP_20261224.pdf"],
        **SK,
    ),
]

NZC = [
    entry(
        "gmailen",
        "promise",
        dec(21),
        "Kia ora Wang,\n\nWe pay on the 20th of the month following invoice, so yours is due to go on the 20th of December - that's a Sunday, so Monday 21st.\n\nNgā mihi,\nPip Mackenzie\nAccounts, Ōkataina Hot Pools",
        "zg_nz",
        2,
        PIP,
        **NZ,
    ),
    entry(
        "android",
        "other",
        None,
        "Hi, lockers on the women's side won't open with the wristbands since the firmware update on Tuesday night. Staff have been opening them with the master key all day, queue out the door on a 30 degree day. Need this sorted ASAP.\nHemi",
        "zg_nz",
        4,
        HEMI,
        **NZ,
    ),
    entry(
        "iosen",
        "promise",
        None,
        "Wang, Hemi's told you about the lockers. Honestly not a great look in our first summer. I'm happy for the payment to go ahead as planned, but I'd like a call tomorrow about what happened.\n\nAroha",
        "zg_nz",
        4,
        AROHA,
        danger=True,
        note="'as planned' is the 21st accounts gave; the reply names no day. Not an objection",
        **NZ,
    ),
    entry(
        "gmailen",
        "paid",
        None,
        "Kia ora, payment of USD 15,600.00 has been made today. Remittance attached. Meri Kirihimete!\nPip",
        "zg_nz",
        21,
        PIP,
        atts=["Remittance_OHP.pdf"],
        **NZ,
    ),
]

PLC = [
    entry(
        "olen",
        "resend_request",
        None,
        "Dear Mr Wang,\n\nThank you for your e-mail. The invoice is not yet paid because we received only the scan. According to Polish law we need the invoice with our NIP number PL5832981047 on it. Please send the invoice again with our NIP, then we make the payment in 7 days.\n\nBest regards,\nAgnieszka Nowak\nChief Accountant",
        "zg_pl",
        2,
        AGA,
        **PL,
    ),
    entry(
        "tben",
        "other",
        None,
        "Hi,\nthe label printer prints the QR code too small, the scanner cannot read it on the small boxes (earrings). Please check.\nMarek",
        "zg_pl",
        4,
        MAREK,
        below=True,
        **PL,
    ),
    entry(
        "gmailapp",
        "promise",
        dec(11),
        "Hello Wang, the order tracking is working very good, the workers like the tablets. Only one thing - the weight of amber is shown in kilograms with 1 decimal, but we sell per gram. Is possible to change? Payment Agnieszka will do until Friday I think.\nTomasz",
        "zg_pl",
        7,
        TOMASZ,
        note="non-native 'until Friday' = by Friday; a hedge keeps the day",
        **PL,
    ),
    entry(
        "olen",
        "paid",
        None,
        "Dear Mr Wang,\n\nI confirm the payment of 13.400,00 EUR was ordered today, 10.12.2026. In attachment the confirmation from PKO BP.\n\nBest regards,\nAgnieszka Nowak",
        "zg_pl",
        10,
        AGA,
        atts=["potwierdzenie_przelewu.pdf"],
        **PL,
    ),
]

PTC = [
    entry(
        "olenplain",
        "promise",
        dec(15),
        "Dear Mr. Wang,\n\nThe payment is scheduled for the 15/12/2026, as our payments to foreign suppliers are done on the 15th of each month.\n\nBest regards,\nSandra Oliveira\nDepartamento Financeiro",
        "zg_cork",
        2,
        SANDRA,
        **PT,
    ),
    entry(
        "owaen",
        "dispute",
        None,
        "Dear Wang,\n\nThe vision system is rejecting too many good stoppers: 11% rejection last week, against the 4% we agreed in the contract annex. We are throwing away good cork. The mid-term payment is linked to the performance test, and the test is not passed. I informed Sandra to not proceed with the payment until the rejection rate is in the specification.\n\nBest regards,\nRui Ferreira\nProduction Director",
        "zg_cork",
        3,
        RUI,
        danger=True,
        **PT,
    ),
    entry(
        "iosen",
        "dispute",
        None,
        "Mr. Wang, I understand your engineers come on the 14th. If the test is passed that week we pay in the January run. We cannot do before, December is closed for foreign payments after the 15th.\n\nRegards,\nManuel Azevedo",
        "zg_cork",
        9,
        MANUEL,
        note="the payment still waits on the test: the hold stands",
        **PT,
    ),
    entry(
        "owaen",
        "acceptance",
        None,
        "Dear Wang,\n\nThe performance test was repeated yesterday with your team: 3.6% rejection over 20.000 stoppers. The test is passed and I signed the protocol (attached).\n\nRegards,\nRui Ferreira",
        "zg_cork",
        17,
        RUI,
        atts=["Protocolo_ensaio_assinado.pdf"],
        **PT,
    ),
    entry(
        "olenplain",
        "promise",
        date(2027, 1, 15),
        "Dear Mr. Wang,\n\nAs informed by our CEO, the payment will be done in our run of 15/01/2027.\n\nBest regards,\nSandra Oliveira",
        "zg_cork",
        18,
        SANDRA,
        **PT,
    ),
]

HUC = [
    entry(
        "olen",
        "bank_question",
        None,
        "Dear Mr. Wang,\n\nWe have received the invoice, but the bank account on the invoice is different from the bank account in your e-mail (ending 4321 in the e-mail, 5678 on the invoice). Which one is correct? We do not want to pay to a wrong account.\n\nRegards,\nKovács Éva\nAccountant",
        "zg_hu",
        2,
        EVA,
        danger=True,
        **HU,
    ),
    entry(
        "gmailen",
        "promise",
        dec(11),
        "Dear Wang,\n\nÉva asked me about the bank account. I phoned your office and Ms Li confirmed the account ending 4321, so we pay to this one. Payment will be on 2026.12.11.\n\nBest regards,\nSzabó Péter",
        "zg_hu",
        3,
        PETER,
        **HU,
    ),
    entry(
        "olen",
        "paid",
        None,
        "Dear Mr. Wang,\n\nWe transferred 9.900,00 EUR today to the account ending 4321. The SWIFT confirmation is attached.\n\nKind regards,\nKovács Éva",
        "zg_hu",
        11,
        EVA,
        atts=["SWIFT_MT103_KPM.pdf"],
        **HU,
    ),
]

SCC = [
    entry(
        "olenplain",
        "more_time",
        None,
        "Hi Wang,\n\nI'll be honest with you - the American order we were counting on has been pushed to February and cash is tight until then. Could we pay half now and half at the end of January?\n\nMorag MacLeod\nTarbert Tweed Mill, Isle of Harris",
        "zg_sc",
        2,
        MORAG,
        note="a two-part plan asked for: no single day",
    ),
    entry(
        "appleen",
        "other",
        None,
        "Wang,\n\nMorag tells me she's written to you about the payment. I'd rather we paid in full, I'll speak to the bank this week and come back to you.\n\nAngus",
        "zg_sc",
        3,
        ANGUS,
        note="an owner's intention with no day",
    ),
    entry(
        "olenplain",
        "partial_payment",
        None,
        "Hi Wang,\n\nAngus has sorted something with the bank. We've sent GBP 7,400 today and the other 7,400 will follow on Friday 15 January. Remittance attached.\n\nThanks for your patience,\nMorag",
        "zg_sc",
        9,
        MORAG,
        atts=["remittance_TTM_0912.pdf"],
        note="half paid, the rest promised for Jan 15",
    ),
    entry(
        "appleen",
        "other",
        None,
        "Morning Wang, loom 6 stopped reporting picks yesterday afternoon - the weaver says it was running the whole time. Might be the sensor on the shed. No rush, it's the one on the tartan order.\n\nAngus",
        "zg_sc",
        14,
        ANGUS,
    ),
]

MEC = [
    entry(
        "owaen",
        "promise",
        dec(17),
        "Hi Wang,\n\nWe cut checks on the 1st and 3rd Thursday, but foreign vendors go by wire on the same days. You're scheduled for 12/17.\n\nCarol Beal\nAccounting, Downeast Wild Blueberry Freezing",
        "zg_me",
        2,
        CAROL,
        **ME,
    ),
    entry(
        "gmailen",
        "dispute",
        None,
        "Wang,\n\nBefore Carol sends anything: your phase 2 invoice bills 160 hours of commissioning. Our gate log shows your two techs on site for 11 days, 88 hours total. I'm not approving 160. Send me a corrected invoice or the timesheets.\n\nWayne Look\nPlant Manager",
        "zg_me",
        4,
        WAYNE,
        danger=True,
        **ME,
    ),
    entry(
        "owaen",
        "dispute",
        None,
        "Hi Wang,\n\nJust so you know, Wayne pulled your invoice from the 12/17 wire until the hours question is settled.\n\nCarol",
        "zg_me",
        8,
        CAROL,
        danger=True,
        **ME,
    ),
    entry(
        "gmailen",
        "other",
        None,
        "Wang - got the timesheets, thanks. The remote hours explain it. I'll let Carol know.\n\nWayne",
        "zg_me",
        11,
        WAYNE,
        note="the objection is withdrawn but no payment is said",
    ),
    entry(
        "owaen",
        "promise",
        date(2027, 1, 7),
        "Hi Wang,\n\nWayne's approved it. The 12/17 wire already went, so you're on the next one: January 7th.\n\nCarol",
        "zg_me",
        14,
        CAROL,
        note="first Thursday of January",
        **ME,
    ),
]

BRC = [
    entry(
        "olen",
        "promise",
        dec(16),
        "Dear Mr. Wang,\n\nGood morning. Mr. Paulo decided to pay in one time. I inform that the payment is foreseen for next Wednesday, day 16/12, after the closing of the exchange contract with our bank (Banco da Amazônia).\n\nAtt.,\nLuciana Sousa\nFinanceiro",
        "zg_br",
        7,
        LUCIANA,
        **BR,
    ),
    entry(
        "gmailapp",
        "more_time",
        None,
        "Mr. Wang, good afternoon. We are in the off-season of the açaí, the production stop until January and the cash is little. Is it possible to pay the mid-term in two times, January and February? We are very satisfied with the system.\n\nPaulo Barbosa\nDirector",
        "zg_br",
        3,
        BARBOSA,
        **BR,
    ),
    entry(
        "olen",
        "paid",
        None,
        "Dear Mr. Wang,\n\nThe exchange contract was closed today and the transference of USD 18.900,00 was made. Follow attached the comprovante.\n\nAtt.,\nLuciana Sousa",
        "zg_br",
        16,
        LUCIANA,
        atts=["comprovante_cambio_161226.pdf"],
        **BR,
    ),
]

# Lunenburg Sea Salt Co., Nova Scotia (evaporation-pan monitoring; CAD 12,200)
NICOLE = ("Nicole Zwicker", "accounts@lunenburgseasalt.ca")
GORDIE = ("Gordie Knickle", "gordie@lunenburgseasalt.ca")
NS = {"tz": "America/Halifax"}

NSC = [
    entry(
        "olen",
        "more_time",
        None,
        "Hi Wang,\n\nWe're a small outfit and December is our slowest month. Would it be alright if we paid $4,000 now and the balance of $8,200 by January 31?\n\nThanks,\nNicole Zwicker\nAccounts, Lunenburg Sea Salt Co.",
        "zg_ns",
        2,
        NICOLE,
        note="a two-part plan asked for: no single day",
        **NS,
    ),
    entry(
        "iosen",
        "promise",
        dec(11),
        "Wang, scratch what Nicole said, I'd rather just pay it. It'll go Friday week.\n\nGordie",
        "zg_ns",
        3,
        GORDIE,
        note="Friday week from Thursday 3 Dec = Friday 11 Dec",
        **NS,
    ),
    entry(
        "olen",
        "partial_payment",
        dec(31),
        "Hi Wang,\n\nGordie moved some money around and we sent CAD 8,000.00 today. The remaining CAD 4,200.00 will go out by the end of the month. Sorry it isn't all of it.\n\nNicole",
        "zg_ns",
        11,
        NICOLE,
        atts=["Payment confirmation 8000.pdf"],
        note="the rest promised by Dec 31",
        **NS,
    ),
    entry(
        "olen",
        "paid",
        None,
        "Hi Wang,\n\nFinal CAD 4,200.00 sent today, that clears us. Happy New Year!\n\nNicole",
        "zg_ns",
        31,
        NICOLE,
        note="the rest of the part paid on Dec 11",
        **NS,
    ),
]
IEC.append(
    entry(
        "olen",
        "promise",
        dec(18),
        "Hi Wang Ming,\n\nJust to confirm, it hasn't gone yet - it's in Friday's run (18th), as Declan said.\n\nKind regards,\nSiobhán",
        "zg_ie",
        14,
        SIOBHAN,
        danger=True,
        note="not paid yet; Friday's run",
        **IE,
    )
)
HUC.append(
    entry(
        "olen",
        "paid",
        None,
        "Dear Mr. Wang,\n\nplease see my answer below.\n\nKovács Éva",
        "zg_hu",
        14,
        EVA,
        inline=(
            "If you have paid, could you reply",
            "--> Paid on 11.12.2026, the SWIFT confirmation was sent to you on Friday. K.É.",
        ),
        note="the answer is written inside the quoted reminder",
        **HU,
    )
)
SCC.append(
    entry(
        "olenplain",
        "more_time",
        date(2027, 1, 29),
        "Hi Wang,\n\nSorry to do this to you - could we push the second GBP 7,400 back two weeks, to Friday 29 January? Angus is in hospital in Stornoway and I can't get the second signature on the bank mandate until he's home.\n\nMorag",
        "zg_sc",
        15,
        MORAG,
    )
)
MOC.append(
    entry(
        "gmailtw",
        "resend_request",
        None,
        "王先生，可唔可以寄張正式收據畀我哋？老闆要入數用，PDF就得。唔該晒！\n\nKa Ian",
        "zg_mo",
        14,
        LOU,
        **MO,
    )
)

ZG_INTL = (
    LK + TC + HKC + MOC + HC + IEC + UKC + USC + CAC + NZC + PLC + PTC + HUC + SCC + MEC + BRC + NSC
)
