"""Held-out set ZN, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Fengshan temple (Taiwan Mandarin, ROC years, 光明燈 receipts, answering the
Simplified reminder), a Sha Tin air-conditioning contractor (Cantonese, Big5-HKSCS, English
reminder and demand) and a Macau travel agency (Cantonese, English reminder). English: a
Bohol cacao fermentary (Philippine English, "po"), a Phu Quoc fish-sauce maker (Vietnamese
English, dd/mm), a Nairobi matatu SACCO (M-Pesa, board sittings, a second reminder), a Lublin
candle factory (dd.mm, EUR 13 900,00), an Oaxaca mezcal distillery (a formal demand, the
Consejo Regulador), a Prince Edward Island oyster grower (America/Halifax) and a Gujranwala
ceiling-fan maker (SBP, Form M, InshaAllah).
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_zn import dec, entry

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
MO = {"tz": "Asia/Macau"}
PH = {"tz": "Asia/Manila"}
VN = {"tz": "Asia/Ho_Chi_Minh"}
KE = {"tz": "Africa/Nairobi"}
PL = {"tz": "Europe/Warsaw"}
MX = {"tz": "America/Mexico_City"}
PE = {"tz": "America/Halifax"}
PK = {"tz": "Asia/Karachi"}

# 鳳山 慈雲宮 (temple: 光明燈 and offerings register; NT$236,000; Simplified reminder; Taiwan Mandarin)
CHENG = ("鄭文雄", "ws.cheng@ciyungong.org.tw")
LIN_MY = ("林美玉", "my.lin@ciyungong.org.tw")
SU_YT = ("蘇雅婷", "yt.su@ciyungong.org.tw")
AHUI = ("阿輝", "ahui.volunteer@gmail.com")
CHEN_GY = ("陳冠宇", "guanyu.chen.tw@gmail.com")
# 沙田 酷涼冷氣工程 (air-con contractor: job dispatch and spare parts; HKD 72,000; English reminder + demand)
LEUNG = ("梁志強", "ck.leung@shatincoolair.com.hk")
FANNY = ("Fanny Tsang 曾芳", "fanny.tsang.hk@gmail.com")
FUNG = ("阿峰", "afung.coolair@gmail.com")
CHAN_TAI = ("陳太", "office@shatincoolair.com.hk")
KELVIN = ("Kelvin Ho", "kelvin.ho@shatincoolair.com.hk")
# 澳門 金蓮花旅遊 (travel agency: tour booking and guide roster; HKD 38,000; English reminder)
LEI_PY = ("李寶儀", "py.lei@goldenlotus-travel.com.mo")
WONG_KW = ("黃國華", "kw.wong@goldenlotus-travel.com.mo")
SABRINA = ("Sabrina Ho", "sabrina.ho.mo@gmail.com")
PAULO = ("Paulo Ng", "paulo.ng.mo@gmail.com")
# Bohol, Loboc Cacao Fermentary Inc. (cacao fermentation and lots; USD 12,400)
TESS = ("Ma. Theresa Dela Cruz", "finance@loboccacao.ph")
ROMMEL = ("Rommel Bautista", "rommel.bautista.lci@gmail.com")
ROMMEL_WORK = ("Rommel Bautista", "rommel.bautista@loboccacao.ph")
JUN = ("Jun Ramos", "jun.ramos@loboccacao.ph")
AILEEN = ("Aileen Torralba", "aileen.torralba23@gmail.com")
# Phu Quoc, Hong Phat Fish Sauce Co., Ltd. (fermentation tanks and export lots; USD 15,800)
LAN = ("Nguyen Thi Lan", "lan.nt@hongphatfishsauce.vn")
TUAN = ("Tran Van Tuan", "tuantv.hongphat@gmail.com")
DUC = ("Pham Minh Duc", "duc.pm@hongphatfishsauce.vn")
HOA = ("Le Thi Hoa", "hoa.le@hongphatfishsauce.vn")
# Nairobi, Umoja Express SACCO (matatu fares and fleet tracking; USD 9,600; second reminder)
BRIAN = ("Brian Kiprono", "brian.kiprono@umojaexpress-sacco.co.ke")
GRACE = ("Grace Achieng", "accounts@umojaexpress-sacco.co.ke")
OTIENO = ("Peter Otieno", "chairman@umojaexpress-sacco.co.ke")
# Lublin, Świece Lubelskie Sp. z o.o. (candle moulding and export orders; EUR 13,900)
KASIA = ("Katarzyna Nowak", "k.nowak@swiecelublin.pl")
TOMASZ = ("Tomasz Wiśniewski", "tomasz.wisniewski.lbn@gmail.com")
MAREK = ("Marek Mazur", "marek.mazur@swiecelublin.pl")
EWA = ("Ewa Mazur", "ewa.mazur@swiecelublin.pl")
# Oaxaca, Mezcalera Los Danzantes (agave batches and bottling; USD 18,200; formal demand)
LUPITA = ("Guadalupe Hernández", "administracion@mezcaldanzantes.mx")
JAVIER = ("Javier Ramírez", "javier.ramirez.oax@gmail.com")
MARIO = ("Mario Cruz", "mariocruz.mezcal@gmail.com")
SOFIA = ("Sofía Ruiz", "sofia.ruiz@mezcaldanzantes.mx")
# Prince Edward Island, Gallant's Malpeque Oysters (harvest and shipping; CAD 21,500)
COLLEEN = ("Colleen MacDonald", "office@gallantsoysters.ca")
JAMIE = ("Jamie Gallant", "jamie@gallantsoysters.ca")
RHEAL = ("Rhéal Arsenault", "rheal.arsenault.pei@gmail.com")
SANDRA = ("Sandra Doucette", "sandra@doucettebookkeeping.ca")
# Gujranwala, Cheema Electric Fans (Pvt.) Ltd. (fan assembly line and dealer orders; USD 14,600)
BUTT = ("Muhammad Asif Butt", "ceo@cheemafans.com.pk")
ZAHID = ("Zahid Iqbal", "accounts@cheemafans.com.pk")
AHSAN = ("Ahsan Butt", "ahsan.butt.grw@gmail.com")
RASHID = ("Rashid Mehmood", "production@cheemafans.com.pk")

# fmt: off
KS = [
    e("owazhtw", "promise", dec(22),
      "王經理您好：\n\n尾款已排入本宮12月份支出，預計民國115年12月22日匯出，屆時再將匯款水單傳給您。\n\n林美玉\n財團法人高雄市鳳山慈雲宮 會計組",
      "zn_ks", 2, LIN_MY, note="ROC year 115 = 2026", **TW),
    e("ioszhtw", "dispute", None,
      "王經理，光明燈的收據印出來，信眾的農曆生日全部差一天，好幾位阿嬤拿回來問，委員會很不高興。尾款等這個改好再說。",
      "zn_ks", 3, CHENG, danger=True, **TW),
    e("gmailtw", "other", None,
      "王經理你好，安太歲的報名表單用手機打不開，一直是空白，這兩天來登記的信眾很多，麻煩幫忙看一下，感恩。\n\n阿輝（志工）",
      "zn_ks", 3, AHUI, note="a fault report with no word of the payment", **TW),
    e("owazhtw", "dispute", None,
      "王經理：\n\n發票抬頭請開「財團法人高雄市鳳山慈雲宮」，統一編號請加上 7654 3210。貴司開成「慈雲宮」又沒有統編，本宮沒辦法核銷，麻煩重開。\n\n林美玉",
      "zn_ks", 4, LIN_MY, danger=True, note="the buyer's name wrong and no tax ID: cannot be booked", **TW),
    e("olmobtw", "bank_question", None,
      "王經理您好，本宮透過土地銀行匯款到大陸，銀行要求受款銀行的SWIFT代碼和受款人地址，提醒信裡沒有，麻煩提供，謝謝。\n\n蘇雅婷",
      "zn_ks", 7, SU_YT, danger=True, **TW),
    e("ioszhtw", "acceptance", None,
      "王經理，生日的問題你們改好了，我昨天親自印了十幾張都對了，系統我們驗收沒問題。辛苦了。",
      "zn_ks", 9, CHENG, **TW),
    e("owazhtw", "promise", dec(22),
      "王經理：\n\n主委說問題解決了，尾款照原訂的22號匯出，不會再延。\n\n林美玉",
      "zn_ks", 10, LIN_MY, **TW),
    e("gmailtw", "other", None,
      "安太歲表單是iOS 17 Safari的相容性問題，昨晚你們更新以後確認正常了。\n\n陳冠宇",
      "zn_ks", 14, CHEN_GY, below=True, note="bottom-posted", **TW),
    e("owazhtw", "paid", None,
      "王經理您好：\n\n尾款新台幣236,000元已於今日由土地銀行電匯，匯款水單如附件，請查收。手續費由本宮負擔。\n\n林美玉",
      "zn_ks", 22, LIN_MY, atts=["土銀電匯水單_1151222.pdf"], **TW),
    e("ioszhtw", "other", None,
      "王經理，謝謝你們這一年幫忙。明年元宵點燈前想加一個線上點燈付款的功能，過完年再跟你約時間。",
      "zn_ks", 23, CHENG, **TW),
    e("owazhtw", "partial_payment", None,
      "王經理：\n\n銀行通知中轉行另外扣了新台幣450元手續費，貴司實收會少一點，不好意思。\n\n林美玉",
      "zn_ks", 28, LIN_MY, danger=True, note="a cut stated after the payment", **TW),
]

ST = [
    e("olzhtw", "dispute", None,
      "王生：\n\n你哋個派單app成日甩轆，師傅去到客人屋企先發覺張單寫錯地址，上個禮拜白行咗三轉。呢期錢遲啲先講。\n\n梁志強\n沙田酷涼冷氣工程有限公司",
      "zn_st", 2, LEUNG, danger=True, note="Cantonese in Big5-HKSCS", **HK),
    e("gmailtw", "promise", dec(15),
      "Hi 王生，\n\n第二期款我哋會計排咗喺12月15號出，到時係寄支票去你哋香港地址定係直接過數？請回覆。\n\nFanny",
      "zn_st", 3, FANNY, note="a day named, with a question on the means", **HK),
    e("ioszhtw", "other", None, "王生 部機又彈返出嚟 影唔到相上傳 客人簽名都冇得簽 幫手睇下", "zn_st", 3, FUNG,
      note="a fault report with no word of the payment", **HK),
    e("owazhtw", "other", None,
      "Hi Wang,\n\n附件係app嘅crash log，Android 14某幾個型號先會出現，麻煩轉俾你哋開發。\n\nKelvin",
      "zn_st", 4, KELVIN, atts=["crash_log_1204.txt"], **HK),
    e("olzhtw", "dispute", None,
      "王生：\n\n收到你哋嘅催款信。合約第6條寫明第二期款係「系統於旺季（11月至12月）穩定運作後」先付，而家12月都未過，派單仲有問題，你哋咁樣發信追數，我覺得唔太合理。\n\n梁志強",
      "zn_std", 10, LEUNG, danger=True, note="not due under the contract", **HK),
    e("gmailtw", "bank_question", None,
      "王生，如果過數去你哋內地戶口，我哋銀行話要中間行資料同CNAPS號碼，可唔可以提供？唔該。\n\nFanny",
      "zn_std", 11, FANNY, danger=True, **HK),
    e("olmobtw", "other", None, "王生，梁生今個禮拜去咗深圳，返嚟先處理你哋啲嘢。", "zn_std", 14, CHAN_TAI,
      note="an absence said by hand; no payment word", **HK),
    e("ioszhtw", "acceptance", None, "王生 呢幾日用落冇再彈 師傅都話好用咗 我同老細講咗冇問題", "zn_std", 16, FUNG,
      note="a technician says it works and told the boss", **HK),
    e("olzhtw", "promise", dec(21),
      "王生：\n\n阿峰話啲問題搞掂咗，錢我叫Fanny下個禮拜一過數俾你。\n\n梁志強",
      "zn_std", 17, LEUNG, note="下個禮拜一 from Thu 17th", **HK),
    e("gmailtw", "paid", None,
      "王生，第二期款HKD72,000已經電匯咗，附件係滙款通知書，麻煩查收。\n\nFanny",
      "zn_std", 21, FANNY, atts=["TT_Advice_HKD72000.pdf"], **HK),
]

MC = [
    e("owazhtw", "promise", dec(10),
      "王先生您好：\n\n上線款已經批咗，會喺本月10號之前用澳門幣過數；如果要港幣請話我知。\n\n李寶儀\n金蓮花旅遊 會計部",
      "zn_mo", 2, LEI_PY, note="X之前 = X", **MO),
    e("ioszhtw", "dispute", None,
      "王生，你哋個系統排導遊成日撞團，上星期有兩個導遊同一日排咗兩團，要臨時搵人頂，客人投訴。呢個唔搞掂，上線款我唔簽。",
      "zn_mo", 3, WONG_KW, danger=True, **MO),
    e("gmailtw", "other", None, "王生你好，聖誕團嘅導遊更表喺系統export唔到excel，麻煩幫手睇睇，唔該。\n\nSabrina",
      "zn_mo", 4, SABRINA, **MO),
    e("owazhtw", "dispute", None,
      "王先生：\n\n發票抬頭應為「澳門金蓮花旅遊有限公司」，你哋寫咗「金蓮花旅行社」，又冇我哋嘅納稅人編號，核數師唔接受，麻煩重開。\n\n李寶儀",
      "zn_mo", 4, LEI_PY, danger=True, note="the company name wrong on the invoice", **MO),
    e("gmailtw", "resend_request", None, "王生，麻煩再send一次張invoice嘅PDF，上次收到嗰張係影相，核數要原檔。唔該！\n\nPaulo",
      "zn_mo", 7, PAULO, **MO),
    e("ioszhtw", "more_time", None, "王生，聖誕新年係我哋最忙嘅時候，周轉緊啲，上線款可唔可以過咗一月先俾？", "zn_mo", 5,
      WONG_KW, note="過咗一月 names no day", **MO),
    e("ioszhtw", "acceptance", None, "王生，撞團嗰個問題改好咗，試咗一個禮拜冇事，上線我認。錢叫寶儀安排。", "zn_mo", 11,
      WONG_KW, note="acceptance, the payment handed on with no day", **MO),
    e("owazhtw", "promise", dec(18),
      "王先生：\n\n重開嘅發票收到，上線款會喺12月18號（星期五）過數。\n\n李寶儀",
      "zn_mo", 14, LEI_PY, **MO),
    e("owazhtw", "paid", None,
      "王先生：\n\n上線款HKD38,000今日已經由大西洋銀行匯出，匯款單見附件。\n\n李寶儀",
      "zn_mo", 18, LEI_PY, atts=["BNU_remittance_18122026.pdf"], **MO),
]

BOH = [
    e("olen", "promise", dec(11),
      "Good day Sir Wang,\n\nThank you for the reminder. Kindly be informed that the final payment is already for signing of our President. We will remit on or before December 11, 2026.\n\nThank you and God bless.\n\nMa. Theresa Dela Cruz\nFinance Officer\nLoboc Cacao Fermentary Inc.",
      "zn_ph", 2, TESS, **PH),
    e("gmailen", "dispute", None,
      "Hi Sir,\n\nThe fermentation box temps are not saving to the lot record when the signal drops, we lost 3 days of data for lot 26-114. Our buyer in Belgium is asking for the full temp log. I already told Ma'am Tess to hold the final payment until this is fixed.\n\nRommel",
      "zn_ph", 3, ROMMEL, danger=True, **PH),
    e("iosen", "dispute", None, "Sir Wang, pls fix the temp log first before we release. Thanks", "zn_ph", 4, JUN,
      danger=True, **PH),
    e("gmailapp", "bank_question", None,
      "Hi Sir, our bank BPI is asking for the intermediary bank of your bank for USD. Can you send? Thank you po.\n\nAileen",
      "zn_ph", 7, AILEEN, danger=True, **PH),
    e("olen", "other", None,
      "Sir,\n\nData is now complete for the last 5 days even with the signal drops. Thank you for the fast action.\n\nRommel",
      "zn_ph", 9, ROMMEL_WORK,
      note="the fault fixed; no payment word", **PH),
    e("olen", "promise", dec(14),
      "Sir Wang,\n\nGood news, Sir Jun already signed. We will remit on Monday, December 14.\n\nTess",
      "zn_ph", 10, TESS, **PH),
    e("olen", "paid", None,
      "Good afternoon Sir.\n\nPlease find attached the TT confirmation for USD 12,400.00. Kindly acknowledge receipt.\n\nThank you!\nTess",
      "zn_ph", 14, TESS, atts=["BPI_TT_Confirmation.pdf"], **PH),
    e("gmailapp", "partial_payment", None,
      "Hi Sir, BPI deducted USD 25 charges so you will receive USD 12,375 only. Sorry po.\n\nAileen",
      "zn_ph", 17, AILEEN, danger=True, note="a cut stated after the payment", **PH),
]

PQ = [
    e("olen", "more_time", dec(31),
      "Dear Mr Wang,\n\nThank you for your email. Our company is waiting the payment from our buyer in Japan, so we would like to ask you to extend the mid-term payment to 31/12/2026. Hope for your understanding.\n\nBest regards,\nNguyen Thi Lan\nChief Accountant\nHong Phat Fish Sauce Co., Ltd.",
      "zn_vn", 2, LAN, note="dd/mm", **VN),
    e("owaen", "dispute", None,
      "Dear Mr Wang,\n\nThe tank salinity in the system is not same with our lab. Tank 12 show 26% but lab test is 29%. The export lot certificate print the wrong number and our Japanese buyer reject 2 lots. Until this problem is solved we cannot approve the mid-term payment.\n\nPham Minh Duc\nQA Manager",
      "zn_vn", 3, DUC, danger=True, **VN),
    e("gmailen", "promise", dec(15),
      "Mr Wang, Duc is too strict, the salinity issue is small. I already tell Lan to pay on 15 Dec.\n\nTuan",
      "zn_vn", 4, TUAN, note="the director overrides his QA's hold", **VN),
    e("olen", "bank_question", None,
      "Dear Mr Wang,\n\nVietcombank require the purpose of payment in English and the address of your bank for the transfer to China. Is 'software service fee' ok? Please confirm also your bank address.\n\nBest regards,\nLan",
      "zn_vn", 7, LAN, danger=True, **VN),
    e("olen", "partial_payment", dec(30),
      "Dear Mr Wang,\n\nWe have transferred USD 10,000 today, please see attached the debit advice from Vietcombank. The balance USD 5,800 will be transferred on 30/12/2026 when our buyer in Japan pay us.\n\nBest regards,\nLan",
      "zn_vn", 15, LAN, danger=True, atts=["VCB_Debit_Advice_151226.pdf"], note="a part paid; the rest's day (dd/mm)", **VN),
    e("iosen", "other", None, "Hi Mr Wang, can the system print the lot label in Japanese? Our buyer ask. Thanks, Hoa",
      "zn_vn", 16, HOA, **VN),
]

UMJ = [
    e("android", "dispute", None,
      "Hi Wang. The fare app is dropping M-Pesa confirmations, conductors are collecting cash again on route 46 because the phone says 'pending'. Until this is sorted the committee will not approve phase 2.\n\nBrian",
      "zn_ke", 2, BRIAN, danger=True, **KE),
    e("gmailen", "other", None,
      "Dear Mr Wang,\n\nKindly note that payments above KES 500,000 need approval of the full board, which sits on the last Saturday of every month.\n\nRegards,\nGrace",
      "zn_ke", 3, GRACE, note="a meeting's day names no payment day", **KE),
    e("olen", "promise", dec(31),
      "Dear Mr. Wang,\n\nI have discussed with the committee. Phase 2 will be paid after the board sitting, latest 31st December 2026.\n\nRegards,\nPeter Otieno\nChairman, Umoja Express SACCO",
      "zn_ke", 4, OTIENO, note="'latest' names the day", **KE),
    e("gmailen", "resend_request", None,
      "Dear Mr Wang,\n\nKindly resend the invoice with our KRA PIN P051234567X added, our auditors require it on all supplier invoices.\n\nRegards,\nGrace Achieng\nAccounts",
      "zn_ke2", 8, GRACE, **KE),
    e("gmailen", "more_time", None,
      "Dear Mr Wang,\n\nThe December board sitting has been moved to January because of the holidays, so phase 2 cannot be approved this month. Kindly bear with us a little longer.\n\nRegards,\nGrace",
      "zn_ke2", 22, GRACE, note="the chairman's 31 December given up; no new day", **KE),
    e("android", "other", None, "M-Pesa issue is fixed since Monday. Conductors happy. Thanks bro", "zn_ke2", 9, BRIAN,
      **KE),
    e("gmailen", "bank_question", None,
      "Dear Mr Wang,\n\nEquity Bank says the SWIFT code EXBKCNBJHZH is for your head office, not the Hangzhou branch. Kindly confirm if we can use it.\n\nRegards,\nGrace",
      "zn_ke2", 10, GRACE, danger=True, **KE),
    e("gmailen", "paid", None,
      "Dear Mr Wang,\n\nFind attached the payment advice for USD 9,600 done today via Equity Bank. Kindly confirm receipt.\n\nRegards,\nGrace Achieng\nAccounts",
      "zn_ke2", date(2027, 1, 4), GRACE, atts=["Equity_Payment_Advice.pdf"], **KE),
]

LUB = [
    e("olen", "promise", dec(11),
      "Dear Mr Wang,\n\nthe payment is planned for 11.12.2026.\n\nBest regards\nKatarzyna Nowak\nKsięgowość / Accounts\nŚwiece Lubelskie Sp. z o.o.",
      "zn_pl", 2, KASIA, note="dd.mm.yyyy", **PL),
    e("gmailen", "dispute", None,
      "Hello,\n\nthe acceptance protocol is not signed because the moulding line counter counts double after a restart, we had 1 200 candles too many in stock for order 118/12/2026. I cannot sign like this.\n\nTomasz",
      "zn_pl", 3, TOMASZ, danger=True, note="acceptance refused", **PL),
    e("iosen", "dispute", None,
      "Katarzyna, please stop the payment to the Chinese company until Tomasz signs.\n\nMarek",
      "zn_pl", 4, MAREK, danger=True, note="a hold written to a colleague with us copied", **PL),
    e("owaen", "dispute", None,
      "Dear Mr Wang,\n\nthe invoice has no our VAT number (PL7123456789) and the reverse charge note is missing. In Poland we cannot book it like this. Please correct it.\n\nKind regards\nEwa Mazur",
      "zn_pl", 7, EWA, danger=True, note="the invoice wrong for the client's books", **PL),
    e("gmailen", "acceptance", None,
      "Hello Mr Wang,\n\nthe counter works correctly since the update on Monday. I signed the acceptance protocol today (10.12.2026), scan attached.\n\nTomasz",
      "zn_pl", 10, TOMASZ, atts=["protokol_odbioru_10122026.pdf"], note="the protocol's date is not a payment day", **PL),
    e("olen", "promise", dec(18),
      "Dear Mr Wang,\n\nafter the protocol we will pay on 18.12.\n\nBest regards\nKatarzyna",
      "zn_pl", 11, KASIA, **PL),
    e("owaen", "paid", None,
      "Dear Mr Wang,\n\nKatarzyna asked me to send you the confirmation of the transfer (EUR 13 900,00) done today. Please see attached.\n\nKind regards\nEwa Mazur",
      "zn_pl", 18, EWA, atts=["potwierdzenie_przelewu.pdf"], note="the amount with a space and a decimal comma", **PL),
]

OAX = [
    e("olen", "promise", dec(15),
      "Hello Mr. Wang,\n\nThe payment is scheduled for December 15th. We pay suppliers on the 15th and the 30th of each month.\n\nRegards,\nGuadalupe Hernández\nAdministración",
      "zn_mx", 2, LUPITA, **MX),
    e("gmailapp", "dispute", None,
      "Hi, the bottling traceability dont work with the new labels, the QR print the agave batch from 2024 not 2026, the inspector of the Consejo come next week. We need fix before any pay.\n\nMario",
      "zn_mx", 3, MARIO, danger=True, **MX),
    e("gmailen", "other", None,
      "Hi Mr. Wang,\n\nCould the export module also generate the certificate of origin for Japan?\n\nThanks,\nSofía",
      "zn_mx", 4, SOFIA, **MX),
    e("olen", "dispute", None,
      "Mr. Wang,\n\nWe received your formal demand. Please note the go-live payment was conditioned in the contract (clause 4.2) on the certification by the Consejo Regulador del Mezcal, and the inspection failed on December 9 because of the QR batch error. We will pay once the system is certified.\n\nGuadalupe Hernández",
      "zn_mxd", 10, LUPITA, danger=True, note="not due under the contract; the inspection's day is not the payment's", **MX),
    e("iosen", "acceptance", dec(30),
      "Mr Wang, the inspection passed yesterday, congratulations to your team. Lupita will pay on the 30th with the normal run.\n\nJavier",
      "zn_mxd", 16, JAVIER, note="the contract's certification passed, a payment day beside it", **MX),
    e("olen", "paid", None,
      "Hello Mr. Wang,\n\nPlease find attached the transfer receipt for USD 18,200.00.\n\nBest regards,\nLupita",
      "zn_mxd", 30, LUPITA, atts=["Comprobante_transferencia_30122026.pdf"], **MX),
]

PEI = [
    e("olenplain", "promise", dec(11),
      "Hi Wang,\n\nSorry for the delay, we were slammed with Christmas orders. I'll have the wire out by Friday the 11th.\n\nColleen\nGallant's Malpeque Oysters",
      "zn_ca", 2, COLLEEN, **PE),
    e("gmailen", "dispute", None,
      "Hey,\n\nThe shipping tags are printing the harvest date wrong (12/03 instead of 03/12) and CFIA flagged two of our lots in Moncton. Jamie says we're not paying the final until the tags are right.\n\nRhéal",
      "zn_ca", 3, RHEAL, danger=True, **PE),
    e("iosen", "more_time", date(2027, 1, 15),
      "Wang, honestly cash is tight until the Christmas orders get paid. Can you give us till the 15th of January?\n\nJamie",
      "zn_ca", 4, JAMIE, **PE),
    e("tben", "resend_request", None,
      "Hi, this is Sandra, I do the books for Gallant's. I can't find your invoice for the final payment in our files, could you send me a copy?\n\nThanks,\nSandra Doucette",
      "zn_ca", 7, SANDRA, below=True, note="bottom-posted", **PE),
    e("olenplain", "other", None,
      "Hi Wang,\n\nThe tags look good now and CFIA released the lots. Thanks for the quick turnaround.\n\nColleen",
      "zn_ca", 9, COLLEEN, note="the fault fixed; no payment word", **PE),
    e("iosen", "promise", dec(17),
      "Wang - Christmas orders came in better than expected. Colleen will wire the full amount this Thursday.\n\nJamie",
      "zn_ca", 14, JAMIE, note="this Thursday from Mon 14th", **PE),
    e("olenplain", "paid", None,
      "Hi Wang,\n\nWire sent this morning, CAD 21,500. RBC confirmation attached. Merry Christmas!\n\nColleen",
      "zn_ca", 17, COLLEEN, atts=["RBC_wire_confirmation.pdf"], **PE),
]

GRW = [
    e("olen", "more_time", dec(20),
      "Respected Mr. Wang,\n\nAssalam o Alaikum. Kindly note that due to the SBP approval of foreign remittance our bank will take time. Kindly allow us till 20th December 2026.\n\nRegards,\nMuhammad Asif Butt\nChief Executive\nCheema Electric Fans (Pvt.) Ltd.",
      "zn_pk", 2, BUTT, **PK),
    e("android", "dispute", None,
      "Dear Sir,\n\nLine 2 counter is showing double output in system since last week, dealers received wrong stock figures. Asif sahib said first correct this then mid-term payment.\n\nRashid Mehmood\nProduction",
      "zn_pk", 4, RASHID, danger=True, **PK),
    e("owaen", "bank_question", None,
      "Dear Mr. Wang,\n\nFor the remittance our bank (Meezan) requires the complete address of the beneficiary bank. Please provide the Hangzhou branch address.\n\nRegards,\nZahid Iqbal\nManager Accounts",
      "zn_pk", 7, ZAHID, danger=True, **PK),
    e("gmailen", "other", None,
      "Hi Wang, the double count is fixed, I checked the dashboard. Also can you add Urdu to the dealer app?\n\nAhsan",
      "zn_pk", 9, AHSAN, **PK),
    e("owaen", "promise", dec(17),
      "Dear Mr. Wang,\n\nThe remittance has been approved by the bank and will be executed on Thursday, 17 December 2026 InshaAllah.\n\nRegards,\nZahid Iqbal",
      "zn_pk", 14, ZAHID, **PK),
    e("owaen", "paid", None,
      "Dear Mr. Wang,\n\nPlease find attached the MT103 for USD 14,600 remitted today. Kindly acknowledge.\n\nRegards,\nZahid Iqbal",
      "zn_pk", 17, ZAHID, atts=["MT103_Meezan_171226.pdf"], **PK),
]
# fmt: on

ZN_INTL = KS + ST + MC + BOH + PQ + UMJ + LUB + OAX + PEI + GRW
