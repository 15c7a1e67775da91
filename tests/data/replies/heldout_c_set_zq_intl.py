"""Held-out set ZQ, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Tainan temple-festival supplier (palanquins and lanterns for hire; Taiwan
Mandarin, answering the Simplified reminder) and a Kowloon Bay interior fit-out contractor
(Cantonese, Big5-HKSCS; English reminder and formal demand; a variation order not approved).
English: a Gansbaai shark-cage diving operator (South African English, proof of payment), a
Kathmandu trekking agency (Nepali English, central-bank approval for foreign remittances, a
second reminder), a Tasmanian whisky distillery (excise reports, a fortnightly pay run), a
Sitka halibut charter lodge (America/Sitka, month-first, off-season cash), a Telavi qvevri
winery (an acceptance act) and a Porto tile workshop (windows-1252, dd/mm/yyyy).
"""

from __future__ import annotations

from heldout_c_threads_zq import dec, entry

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
ZA = {"tz": "Africa/Johannesburg"}
NP = {"tz": "Asia/Kathmandu"}
TS = {"tz": "Australia/Hobart"}
AK = {"tz": "America/Sitka"}
GE = {"tz": "Asia/Tbilisi"}
PT = {"tz": "Europe/Lisbon"}

# 臺南 府城金鑫神轎工藝社 (festival supplier: palanquins, lanterns, troupe bookings; 尾款 NT$318,000)
CAI_JX = ("蔡金鑫", "jx.tsai@jinxin-palanquin.com.tw")
WU_SH = ("吳淑惠", "sh.wu@jinxin-palanquin.com.tw")
CAI_CH = ("蔡承翰", "chenghan.tsai.tn@gmail.com")
LIN_XF = ("林秀鳳", "hsiufeng.lin@jinxin-palanquin.com.tw")
A_RONG = ("阿榮師", "arong.master@gmail.com")
# 九龍灣 灣景室內工程 Bayview Interior Works (fit-out: site progress and variation orders; HKD 96,000)
CHOW = ("周國強", "kk.chow@bayview-interior.com.hk")
MANDY = ("Mandy Tang", "accounts@bayview-interior.com.hk")
RAYMOND = ("Raymond Lau", "raymond.lau@bayview-interior.com.hk")
A_YUNG = ("阿勇", "ayung.site@gmail.com")
CARMEN = ("Carmen Yip 葉嘉敏", "carmen.yip.bayview@gmail.com")
# Gansbaai, Marine Big Five Cage Diving (Pty) Ltd (bookings and boat manifests; USD 11,400)
ANNELIE = ("Annelie van der Merwe", "annelie@mb5cagediving.co.za")
RIAAN = ("Riaan Botha", "accounts@mb5cagediving.co.za")
SIPHO = ("Sipho Dlamini", "sipho.dlamini.skipper@gmail.com")
CHANTELLE = ("Chantelle Jacobs", "bookings.mb5@gmail.com")
# Kathmandu, Khumbu Summit Treks Pvt. Ltd. (trek permits and porter roster; USD 8,800; second reminder)
PEMBA = ("Pemba Sherpa", "pemba.sherpa.kst@gmail.com")
SUNITA = ("Sunita Shrestha", "accounts@khumbusummit.com.np")
BIKASH = ("Bikash Gurung", "bikash.gurung@khumbusummit.com.np")
NABIN = ("Nabin Tamang", "nabin.tamang@khumbusummit.com.np")
# Tasmania, Derwent Cove Distillery Pty Ltd (cask inventory and bond reporting; AUD 24,600)
FIONA = ("Fiona Callaghan", "fiona@derwentcove.com.au")
DECLAN = ("Declan Byrne", "declan@derwentcove.com.au")
MEG = ("Meg Walsh", "meg@walshbookkeeping.com.au")
HAMISH = ("Hamish Callaghan", "hamish.callaghan.tas@gmail.com")
# Sitka, Sitka Sound Halibut Lodge LLC (charter bookings and fish-box tracking; USD 13,700)
ERIK = ("Erik Lindqvist", "erik@sitkasoundlodge.com")
KAREN = ("Karen Olson", "office@sitkasoundlodge.com")
DANA = ("Dana Lindqvist", "dana.lindqvist907@gmail.com")

# Telavi, Alaverdi Qvevri Cellars LLC (qvevri monitoring and export lots; acceptance payment USD 10,500)
GIORGI = ("Giorgi Kapanadze", "giorgi.kapanadze.wine@gmail.com")
NINO = ("Nino Beridze", "accounts@alaverdiqvevri.ge")
LEVAN = ("Levan Tsiklauri", "levan@alaverdiqvevri.ge")
TAMAR = ("Tamar Janelidze", "tamar.janelidze@alaverdiqvevri.ge")
# Porto, Azulejos da Ribeira Lda. (tile orders and kiln batches; final payment EUR 9,200)
INES = ("Inês Ferreira", "ines.ferreira@azulejosdaribeira.pt")
# fmt: off
TN = [
    e("owazhtw", "promise", dec(15),
      "王經理您好：\n\n尾款已排入本社12月份的付款，預計12/15匯出，匯款後再把水單傳給您。\n\n吳淑惠\n府城金鑫神轎工藝社 會計",
      "zq_tn", 2, WU_SH, **TW),
    e("ioszhtw", "dispute", None,
      "王經理，上禮拜檔期系統把同一頂八人大轎排給兩間廟同一天出巡，差一點就出大事，廟方很不高興。尾款等你們確定不會再發生再說。",
      "zq_tn", 3, CAI_JX, danger=True, **TW),
    e("gmailtw", "other", None,
      "王經理你好，重複排的原因我查了一下，好像是兩個人同時在手機跟電腦上按確認，系統都收了。畫面截圖在附件，麻煩轉給工程師。\n\n蔡承翰",
      "zq_tn", 4, CAI_CH, atts=["檔期重複_截圖.png"], note="a fault analysed, no payment word"),
    e("olmobtw", "bank_question", None,
      "王經理您好，我們在第一銀行辦匯款到大陸，行員說要填受款銀行的CNAPS行號，還問要不要經過中間銀行，提醒信裡面沒有寫，麻煩提供一下，謝謝。\n\n林秀鳳",
      "zq_tn", 7, LIN_XF, danger=True, **TW),
    e("owazhtw", "dispute", None,
      "王經理：\n\n貴司開來的發票幣別寫的是人民幣，合約是新台幣318,000元，金額也是用匯率換過的，這張我們沒辦法入帳，麻煩照合約重開。\n\n吳淑惠",
      "zq_tn", 8, WU_SH, danger=True, note="the invoice's currency and amount not as contracted", **TW),
    e("ioszhtw", "other", None,
      "王經理，重複排的問題你們改好了，這個週末三間廟遶境都沒出狀況，辛苦了。",
      "zq_tn", 14, CAI_JX, note="the objection withdrawn, no payment word", **TW),
    e("owazhtw", "promise", dec(18),
      "王經理：\n\n重開的發票收到了，老闆也說可以付了。不過15號那天來不及，尾款改在12/18（星期五）匯出。\n\n吳淑惠",
      "zq_tn", 15, WU_SH, note="the 15th given up, the 18th named", **TW),
    e("gmailtw", "promise", dec(18),
      "王經理，我爸說尾款明天匯，淑惠姐會傳水單給你。\n\n蔡承翰",
      "zq_tn", 17, CAI_CH, note="明天 from Thu 17th, third-hand", **TW),
    e("owazhtw", "paid", None,
      "王經理您好：\n\n尾款新台幣318,000元今天已經由第一銀行電匯，水單如附件，請查收。\n\n吳淑惠",
      "zq_tn", 18, WU_SH, atts=["第一銀行匯出匯款水單_1218.pdf"], **TW),
    e("olmobtw", "other", None,
      "王經理：\n\n明年元宵燈會想把花燈的出租也放進系統，燈組比神轎零件多很多，過完年再約時間談。\n\n阿榮師",
      "zq_tn", 21, A_RONG, **TW),
    e("gmailtw", "other", None, "收到，謝謝！", "zq_tn", 2, CAI_CH, note="a bare acknowledgement", **TW),
]

KB = [
    e("olen", "promise", dec(10),
      "Dear Mr Wang,\n\nThank you for your reminder. The Phase 2 payment has been put into our payment run on 10/12.\n\nBest regards,\nMandy Tang\nAccounts, Bayview Interior Works Ltd.",
      "zq_kb", 2, MANDY, note="10/12 day-first in Hong Kong", **HK),
    e("ioszhtw", "other", None,
      "王生，地盤app上載相片成日卡住，喺觀塘嗰個地盤一日要影百幾張，師傅都唔想用，麻煩睇睇。",
      "zq_kb", 2, A_YUNG, note="a fault report with no word of the payment", **HK),
    e("owaen", "dispute", None,
      "Dear Mr Wang,\n\nBefore Mandy releases the Phase 2 payment: the amount of HKD 96,000 includes VO-07 (additional site photo storage, HKD 12,000), which was never approved by us. Please revise the invoice to HKD 84,000.\n\nRegards,\nRaymond Lau\nQuantity Surveyor",
      "zq_kb", 3, RAYMOND, danger=True, note="the amount: a variation not approved", **HK),
    e("olzhtw", "dispute", None,
      "王生：\n\nVO嗰單嘢Raymond講得啱，我哋從來冇批過。Phase 2嘅錢等你哋改好張單先俾，唔該。\n\n周國強",
      "zq_kb", 4, CHOW, danger=True, note="Cantonese in Big5-HKSCS; payment held for the invoice", **HK),
    e("owaen", "dispute", None,
      "Dear Mr Wang,\n\nWe refer to your formal demand of 8 December. As set out in our email of 3 December, your invoice includes an unapproved variation (VO-07). We remain ready to pay HKD 84,000 upon receipt of a corrected invoice.\n\nRegards,\nRaymond Lau\nQuantity Surveyor, Bayview Interior Works Ltd.",
      "zq_kbd", 9, RAYMOND, danger=True, note="the demand answered: payment only on a corrected invoice", **HK),
    e("olen", "promise", dec(17),
      "Dear Mr Wang,\n\nCorrected invoice for HKD 84,000 received, thank you. Payment will go out on 17/12 with our next run.\n\nBest regards,\nMandy Tang",
      "zq_kbd", 11, MANDY, **HK),
    e("ioszhtw", "promise", dec(17),
      "王生，張新單收到，冇問題。Mandy會17號過數。",
      "zq_kbd", 11, CHOW, note="Cantonese; 17號 of December", **HK),
    e("gmailtw", "bank_question", None,
      "王生你好，匯豐嘅TT表要填收款銀行嘅SWIFT同地址，你哋信入面寫EXBKCNBJHZH，但銀行職員話系統搵唔到呢個code，可唔可以再確認一下？\n\nCarmen",
      "zq_kbd", 14, CARMEN, danger=True, note="a doubt about our SWIFT", **HK),
    e("olen", "paid", None,
      "Dear Mr Wang,\n\nPlease note we have remitted HKD 84,000 to your account today by TT. Bank advice attached for your reference.\n\nBest regards,\nMandy Tang",
      "zq_kbd", 17, MANDY, atts=["HSBC_TT_Advice_17122026.pdf"], **HK),
    e("ioszhtw", "other", None, "王生，app上載相片冇再卡，多謝晒。", "zq_kbd", 18, A_YUNG, **HK),
    e("olzhtw", "other", None,
      "王生：\n\nVO-07嘅事我哋一月份開QS會議再傾，到時Raymond會聯絡你。祝聖誕快樂。\n\n周國強",
      "zq_kbd", 23, CHOW, note="a variation to be discussed; the paid phase is done", **HK),
]

GB = [
    e("olen", "promise", dec(11),
      "Hi Mr Wang\n\nThanks for the reminder. Payment will be made on Friday 11 December.\n\nRegards\nRiaan Botha\nAccounts | Marine Big Five Cage Diving",
      "zq_gb", 2, RIAAN, **ZA),
    e("gmailapp", "other", None,
      "Hi, the manifest app doesn't show when a trip is cancelled for swell, so the crew still print the old list. Can you guys check? Thanks Sipho",
      "zq_gb", 2, SIPHO, note="a fault report with no word of the payment", **ZA),
    e("iosen", "dispute", None,
      "Hi Wang\n\nSipho tells me the system let us book 14 people on a 12-person boat twice last week. That's a safety issue for us and the maritime authority won't take excuses. I'm not releasing the go-live payment until that's sorted. Riaan, please hold it.\n\nAnnelie",
      "zq_gb", 3, ANNELIE, danger=True, note="a safety fault; the payment held, finance told to hold", **ZA),
    e("gmailen", "other", None,
      "Hi there,\n\nCould you add a field for wetsuit sizes on the booking form? We keep running out of size S on busy days.\n\nThanks!\nChantelle",
      "zq_gb", 7, CHANTELLE, **ZA),
    e("iosen", "promise", dec(11),
      "Hi Wang, the overbooking fix has held all week, thanks to your team. Riaan will pay on Friday as planned.\n\nAnnelie",
      "zq_gb", 9, ANNELIE, note="Friday from Wed 9th", **ZA),
    e("olen", "paid", None,
      "Hi Mr Wang\n\nPlease find attached proof of payment for the go-live invoice.\n\nRegards\nRiaan",
      "zq_gb", 11, RIAAN, atts=["FNB_POP_11122026.pdf"], **ZA),
    e("olen", "paid", None,
      "Hi Mr Wang\n\nJust checking that the payment reached you? FNB shows it as released on Friday.\n\nRegards\nRiaan",
      "zq_gb", 16, RIAAN, note="asks whether the money arrived: payment implied", **ZA),
    e("gmailen", "resend_request", None,
      "Hi Mr Wang,\n\nOur auditors need the go-live invoice to show our VAT number (4710268835). Could you send it again with that added? Nothing else needs to change.\n\nThanks,\nChantelle",
      "zq_gb", 15, CHANTELLE, note="the client's own number added, no fault said", **ZA),
]

NPL = [
    e("gmailen", "other", None,
      "Namaste Wang ji, I am on trek now and network is very poor. Received your mail, Sunita will revert.\n\nPemba",
      "zq_np", 2, PEMBA, note="a hand-off, no day", **NP),
    e("olen", "more_time", dec(20),
      "Dear Sir,\n\nGreetings from Khumbu Summit Treks. Foreign currency remittance from Nepal needs prior approval from our bank as per Nepal Rastra Bank rules, which is taking time. We request you to kindly allow us till 20 December for the final payment.\n\nWith regards,\nSunita Shrestha\nAccounts Officer",
      "zq_np", 2, SUNITA, **NP),
    e("android", "other", None,
      "Dear Wang sir, porter roster export is not showing insurance policy numbers. TIMS office is asking. Please check.\nBikash",
      "zq_np", 3, BIKASH, note="a fault report with no word of the payment", **NP),
    e("olen", "bank_question", None,
      "Dear Sir,\n\nOur bank (Nabil Bank) is asking for the intermediary bank for USD transfers to your account and the full address of your bank branch. Kindly provide at the earliest.\n\nWith regards,\nSunita Shrestha",
      "zq_np", 4, SUNITA, danger=True, **NP),
    e("gmailen", "promise", dec(18),
      "Namaste Wang ji,\n\nSorry for the delay. The season is finishing and the approval is almost done. Payment will surely be done by 18th December.\n\nPemba Sherpa\nManaging Director",
      "zq_np2", 9, PEMBA, **NP),
    e("olen", "resend_request", None,
      "Dear Sir,\n\nFor the bank approval we need the commercial invoice signed and stamped, and a copy of the contract. Kindly send the scanned copies.\n\nWith regards,\nSunita Shrestha",
      "zq_np2", 10, SUNITA, **NP),
    e("iosen", "other", None,
      "Hi, the insurance numbers are showing in the roster now. Thank you so much. Nabin",
      "zq_np2", 14, NABIN, **NP),
    e("olen", "promise", dec(18),
      "Dear Sir,\n\nWe have received the approval from the bank. The remittance will be done tomorrow.\n\nWith regards,\nSunita Shrestha",
      "zq_np2", 17, SUNITA, note="tomorrow from Thu 17th", **NP),
    e("olen", "paid", None,
      "Dear Sir,\n\nWe are pleased to inform that the final payment of USD 8,800 has been remitted today. Please find the SWIFT copy attached.\n\nWith regards,\nSunita Shrestha",
      "zq_np2", 18, SUNITA, atts=["Nabil_SWIFT_MT103_18Dec2026.pdf"], **NP),
    e("olen", "partial_payment", None,
      "Dear Sir,\n\nFurther to our remittance of 18 December, our bank has informed that USD 30 was deducted as their charges, as the charge option was SHA. Kindly bear with us for the same.\n\nWith regards,\nSunita Shrestha",
      "zq_np2", 21, SUNITA, danger=True, note="a cut stated after the payment", **NP),
]

TSM = [
    e("olen", "promise", dec(9),
      "Hi Wang,\n\nThanks for the nudge. It's scheduled for our fortnightly pay run on 9/12.\n\nCheers,\nFiona Callaghan\nFinance Manager, Derwent Cove Distillery",
      "zq_ts", 2, FIONA, note="9/12 day-first in Australia", **TS),
    e("iosen", "dispute", None,
      "Hi Wang,\n\nThe bond reports are still pulling the old ABV for casks we re-racked in October, so the excise figures for November don't reconcile. Our excise return is due shortly and I can't lodge it like this. Fiona, please hold the mid-term payment until the numbers reconcile.\n\nDeclan",
      "zq_ts", 3, DECLAN, danger=True, **TS),
    e("olen", "dispute", None,
      "Hi Wang,\n\nAs Declan asked, I've taken the mid-term payment out of the 9/12 run for now. We'll put it back in once the excise figures reconcile.\n\nFiona",
      "zq_ts", 3, FIONA, danger=True, note="the payment pulled from the run for our fault", **TS),
    e("olen", "bank_question", None,
      "Hi Wang,\n\nWestpac is asking whether your account can receive AUD or whether we should send CNY. Your email doesn't say the account currency. Which one should we use?\n\nFiona",
      "zq_ts", 4, FIONA, danger=True, **TS),
    e("tben", "other", None,
      "November now reconciles to the litre against the dip records. The re-racked casks show the new ABV.\n\nMeg\nWalsh Bookkeeping",
      "zq_ts", 8, MEG, below=True, note="bottom-posted; a fix confirmed, no payment word", **TS),
    e("gmailen", "promise", dec(10),
      "Declan's happy with the numbers now. Fiona, please pay them Thursday.\n\nHamish",
      "zq_ts", 9, HAMISH, note="Thursday from Wed 9th", **TS),
    e("olen", "paid", None,
      "Hi Wang,\n\nPaid today in AUD, remittance attached.\n\nCheers,\nFiona",
      "zq_ts", 10, FIONA, atts=["Remittance_Advice_DerwentCove_10-12-2026.pdf"], **TS),
    e("gmailen", "other", None,
      "Hi Wang, a bottle of our cask-strength is on its way to your office for the team. Merry Christmas! Hamish",
      "zq_ts", 17, HAMISH, **TS),
]

AKL = [
    e("olenplain", "more_time", None,
      "Hi Mr. Wang,\n\nWe're in the off season and cash is tight until bookings open in February. Could we pay half now and the balance by January 15?\n\nThanks,\nKaren Olson\nSitka Sound Halibut Lodge",
      "zq_ak", 1, KAREN, note="an instalment plan asked for: no single day", **AK),
    e("iosen", "promise", dec(18),
      "Mr. Wang, talked it over with Karen. We'll pay the full amount by 12/18, no need to split it.\n\nErik",
      "zq_ak", 3, ERIK, note="12/18 month-first (US)", **AK),
    e("olenplain", "resend_request", None,
      "Hi Mr. Wang,\n\nI can't find the final invoice in our QuickBooks. Could you resend it, please?\n\nThanks,\nKaren",
      "zq_ak", 4, KAREN, **AK),
    e("gmailen", "other", None,
      "Hi! Can the fish-box labels print both lbs and kg? Our guests from Europe keep asking.\n\nDana",
      "zq_ak", 8, DANA, **AK),
    e("iosen", "promise", dec(18),
      "Karen's sending the wire tomorrow morning. Erik",
      "zq_ak", 17, ERIK, note="tomorrow from Thu 17th (Sitka)", **AK),
    e("olenplain", "paid", None,
      "Hi Mr. Wang,\n\nThe wire for USD 13,700.00 went out today from First National Bank Alaska, reference FNBA-1218-2207.\n\nThanks,\nKaren",
      "zq_ak", 18, KAREN, **AK),
    e("iosen", "other", None, "Got it, thanks. Will talk to Karen.\n\nErik", "zq_ak", 1, ERIK,
      note="a hand-off, no day", **AK),
]
KAV = [
    e("iosen", "acceptance", None,
      "Hi Wang,\n\nAll 24 qvevri sensors have been reading correctly since the firmware update last week. From my side the system is accepted. I will sign the act tomorrow with Giorgi.\n\nLevan",
      "zq_ka", 3, LEVAN, note="the winemaker's acceptance; the act to be signed", **GE),
    e("owaen", "other", None,
      "Dear Mr Wang,\n\nCould the export lot report also show the National Wine Agency certificate number? Our importers in Poland ask for it.\n\nBest regards,\nTamar Janelidze\nExport Manager",
      "zq_ka", 4, TAMAR, **GE),
    e("olen", "acceptance", None,
      "Dear Mr Wang,\n\nPlease find attached the acceptance act signed by Mr Kapanadze and Levan Tsiklauri, dated 04.12.2026. Payment will follow within 10 days as per the contract.\n\nKind regards,\nNino Beridze\nAccountant, Alaverdi Qvevri Cellars",
      "zq_ka", 4, NINO, atts=["Acceptance_Act_signed_04122026.pdf"], note="the term restated dates nothing", **GE),
    e("olen", "promise", dec(14),
      "Dear Mr Wang,\n\nThe acceptance payment is scheduled for Monday 14 December.\n\nKind regards,\nNino Beridze",
      "zq_ka", 9, NINO, **GE),
    e("olen", "bank_question", None,
      "Dear Mr Wang,\n\nTBC Bank asks for the correspondent bank of your bank for USD transfers. Could you please provide its name and SWIFT code?\n\nKind regards,\nNino",
      "zq_ka", 10, NINO, danger=True, **GE),
    e("olen", "paid", None,
      "Dear Mr Wang,\n\nUSD 10,500 has been transferred today. The SWIFT confirmation is attached.\n\nKind regards,\nNino Beridze",
      "zq_ka", 14, NINO, atts=["TBC_SWIFT_confirmation_14.12.2026.pdf"], **GE),
    e("gmailen", "other", None,
      "Gaumarjos, Wang! We opened a qvevri of 2024 Rkatsiteli for your team's health. Next year we want the tasting room bookings in the system too.\n\nGiorgi",
      "zq_ka", 15, GIORGI, **GE),
]

PTL = [
    e("olenplain", "more_time", dec(18),
      "Dear Mr Wang,\n\nThank you for your e-mail. Our main client pays us on the 15th, so could you give us until 18/12/2026 for the final payment?\n\nBest regards,\nInês Ferreira\nAzulejos da Ribeira, Lda.",
      "zq_pt", 2, INES, note="18/12/2026 day-first", **PT),
    e("olen", "paid", None,
      "Dear Mr Wang,\n\nAs promised, the final payment of EUR 9.200,00 was made today. Please find the transfer receipt attached.\n\nBest regards,\nInês Ferreira",
      "zq_pt", 17, INES, atts=["Comprovativo_transferencia_17-12-2026.pdf"], **PT),
]

# fmt: on

ZQ_INTL = TN + KB + GB + NPL + TSM + AKL + KAV + PTL
