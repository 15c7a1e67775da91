"""Held-out set ZL, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Hualien 民宿 group (Taiwan Mandarin, ROC years, answering the Simplified
reminder), a New Territories green-minibus operator (Cantonese, Big5-HKSCS) and a Macau
bakery chain. English: a Blaenau Ffestiniog slate quarry, an Ohio tannery (month-first
dates), an Andorran ski station (dotted and day-first dates), an Alleppey houseboat operator
(Indian English) and a Zanzibar spice farm (Tanzanian English).
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_zl import dec, entry

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
MO = {"tz": "Asia/Macau"}
UK = {"tz": "Europe/London"}
OH = {"tz": "America/New_York"}
AD = {"tz": "Europe/Andorra"}
IN = {"tz": "Asia/Kolkata"}
TZ = {"tz": "Africa/Dar_es_Salaam"}

# 花蓮 山海民宿集團 (B&B group: bookings and housekeeping; NT$156,000; Simplified reminder)
WU_JH = ("吳俊宏", "wu.junhong@shanhai-bnb.com.tw")
CHANG = ("張雅婷", "yating.chang@shanhai-bnb.com.tw")
PANAY = ("林美玉 Panay", "panay.lin@gmail.com")
# 新界 綠色專線小巴 (minibus operator: GPS and Octopus reconciliation; HKD 78,000)
KWOK = ("郭志明", "cm.kwok@ntgreenminibus.com.hk")
CATHY = ("Cathy Tam 譚嘉欣", "cathy.tam@ntgreenminibus.com.hk")
JASON = ("何家俊", "jasonho.minibus@gmail.com")
# 澳門 安記餅家 (bakery chain: POS and central kitchen orders; HKD 36,000)
LEONG = ("梁詠詩", "wingsze.leong@onkeebakery.com.mo")
AU = ("區志榮", "auchiwing@onkeebakery.com.mo")
RICARDO = ("Ricardo Sou", "ricardo.sou@onkeebakery.com.mo")
# Blaenau Ffestiniog, Chwarel Moelwyn Slate (block tracking and dispatch; GBP 18,400)
GARETH = ("Gareth Hughes", "gareth@moelwynslate.co.uk")
ELERI = ("Eleri Roberts", "accounts@moelwynslate.co.uk")
DAFYDD = ("Dafydd Jones", "dafydd.jones@moelwynslate.co.uk")
SIAN = ("Siân Evans", "sian.evans@moelwynslate.co.uk")
# Girard, Ohio: Buckeye Hide & Leather (tanning drum monitoring; USD 24,000)
DOUG = ("Doug Kessler", "doug@buckeyehide.com")
BRENDA = ("Brenda Yoder", "byoder@buckeyehide.com")
MARCUS = ("Marcus Reed", "marcus.reed.bhl@gmail.com")
TOM = ("Tom Albanese", "talbanese@buckeyehide.com")
# Andorra, Estació Pic Negre (lift ticketing and snowmaking; EUR 21,500)
JORDI = ("Jordi Puig", "jpuig@picnegre.ad")
MONTSE = ("Montse Vidal", "montse.vidal.picnegre@gmail.com")
PAU = ("Pau Serra", "pserra@picnegre.ad")
NURIA = ("Núria Font", "comptabilitat@picnegre.ad")
# Alleppey, Kuttanad Backwater Cruises (houseboat bookings and crew roster; USD 12,600)
THOMAS = ("Thomas Kurian", "thomas@kuttanadcruises.in")
ANU = ("Anu Mathew", "accounts@kuttanadcruises.in")
RAJESH = ("Rajesh Pillai", "rajesh.kbc@gmail.com")
# Zanzibar, Kizimbani Spice Farm (tours and export lots; USD 9,400)
SALIM = ("Salim Juma", "salim@kizimbanispice.co.tz")
ZAWADI = ("Zawadi Mussa", "zawadi.accounts@kizimbanispice.co.tz")
HAMISI = ("Hamisi Ali", "hamisiali.spice@gmail.com")

# fmt: off
HL = [
    e("owazhtw", "promise", dec(20),
      "王經理您好：\n\n尾款我們是月結，會在115年12月20日匯出，匯款後再提供水單給您。\n\n張雅婷\n山海民宿集團 會計",
      "zl_hl", 2, CHANG, note="ROC 115年", **TW),
    e("olmobtw", "dispute", None,
      "王經理：\n\n訂房系統上週末超賣了三間房，客人半夜到了沒房間，我們賠了住宿費還被Google負評。這個問題沒處理好之前，尾款先暫緩。\n\n吳俊宏",
      "zl_hl", 3, WU_JH, danger=True, **TW),
    e("gmailtw", "other", None,
      "王經理您好，房務APP從昨天晚上開始就打不開，清潔阿姨不知道哪間要先打掃，今天退房又多，麻煩盡快處理！\n\nPanay",
      "zl_hl", 4, PANAY, danger=True, note="a fault report (session 15: dispute); relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)", **TW),
    e("owazhtw", "resend_request", None,
      "王經理您好：\n\n請問發票可以加上我們的統一編號嗎？統編是 24681357，抬頭一樣是山海民宿集團有限公司。謝謝！\n\n張雅婷",
      "zl_hl", 7, CHANG, note="the client's own number added, no fault said", **TW),
    e("owazhtw", "bank_question", None,
      "王經理：\n\n我們的銀行說匯人民幣到大陸要貴公司開戶行的CNAPS行號，提醒信裡面沒有，麻煩提供一下。\n\n張雅婷",
      "zl_hl", 9, CHANG, danger=True, **TW),
    e("owazhtw", "acceptance", None,
      "王經理：\n\n超賣的問題工程師已經修好，這一週都沒有再發生，我們這邊驗收OK。\n\n吳俊宏",
      "zl_hl", 10, WU_JH, **TW),
    e("gmailtw", "other", None, "APP正常了～謝謝你們的工程師，阿姨們都說好用！", "zl_hl", 11, PANAY, **TW),
    e("ioszhtw", "promise", dec(18),
      "王經理：\n\n會計說尾款這週五（12/18）匯出，不會再拖了。\n\n吳俊宏",
      "zl_hl", 17, WU_JH, note="month/day with the weekday", **TW),
    e("owazhtw", "paid", None,
      "王經理您好：\n\n尾款已於今日（12/18）匯出，水單如附件，請查收。\n\n張雅婷",
      "zl_hl", 18, CHANG, atts=["水單_1151218.pdf"], **TW),
]

HKM = [
    e("olzhtw", "dispute", None,
      "王生：\n\n你哋套八達通對數系統成日對唔齊數，上個月差咗成萬幾蚊，我啲司機俾我鬧到喊。未搞掂之前，啲錢我唔會畀住。\n\n郭志明",
      "zl_hk", 2, KWOK, danger=True, note="Cantonese in Big5-HKSCS", **HK),
    e("olmobtw", "dispute", None,
      "王經理你好，老闆話要等對數問題搞掂先。如果下星期搞得掂，我哋最快18/12出票。\n\nCathy",
      "zl_hk", 3, CATHY, danger=True, note="the payment waits on our fix; 18/12 only under that condition", **HK),
    e("ioszhtw", "other", None, "王生，GPS地圖可唔可以加埋新開嗰條線？唔該", "zl_hk", 4, JASON, **HK),
    e("olzhtw", "dispute", None,
      "王生：\n\n收到你哋封催款函，好唔開心。你哋工程師上個禮拜嚟過，對數而家係啱咗，但係之前差咗嗰一萬二千蚊點計？呢筆數未傾掂，我唔會畀全數。\n\n郭志明",
      "zl_hkd", 9, KWOK, danger=True, **HK),
    e("owaen", "bank_question", None,
      "Hi Mr Wang,\n\nOur bank (Hang Seng) asks whether there is an intermediary bank for an HKD transfer to your account, and the full address of the Hangzhou branch. Please advise.\n\nRegards,\nCathy Tam\nAccounts",
      "zl_hkd", 10, CATHY, danger=True, **HK),
    e("ioszhtw", "acceptance", None, "王生，對數呢個禮拜冇再錯過，我哋車務部驗收OK喇。", "zl_hkd", 11, JASON, **HK),
    e("owaen", "partial_payment", None,
      "Hi Mr Wang,\n\nWe have paid HKD 66,000 today. The remaining HKD 12,000 is deducted for the Octopus shortfall as per Mr Kwok. Payment advice attached.\n\nRegards,\nCathy",
      "zl_hkd", 14, CATHY, danger=True, atts=["Payment_Advice_HSB_141226.pdf"], **HK),
    e("olzhtw", "promise", dec(16),
      "王生：\n\n一萬二嗰筆數我同你哋陳生傾掂咗，當係我哋誤會。Cathy今日會滙返餘數畀你哋。\n\n郭志明",
      "zl_hkd", 16, KWOK, note="滙 (HKSCS spelling) in Big5; today", **HK),
]

MOB = [
    e("owazhtw", "promise", date(2027, 1, 5),
      "王經理你好，尾款我哋會喺下個月初安排，唔好意思。\n\n梁詠詩",
      "zl_mo", 2, LEONG, note="下個月初 = the 5th", **MO),
    e("ioszhtw", "more_time", None,
      "王生，今年生意麻麻，可唔可以等到農曆新年之後先畀？", "zl_mo", 3, AU, note="after CNY: no day", **MO),
    e("olen", "resend_request", None,
      "Dear Mr. Wang,\n\nCould you please resend the invoice? The PDF attached to your October email does not open on our side (file damaged).\n\nBest regards,\nRicardo Sou\nOn Kee Bakery",
      "zl_mo", 4, RICARDO, **MO),
    e("owazhtw", "paid", None,
      "王經理，老闆話唔好再拖，尾款今日滙咗，滙款單見附件。",
      "zl_mo", 9, LEONG, atts=["滙款單_大西洋銀行.pdf"], **MO),
    e("ioszhtw", "other", None, "多謝晒王生，聖誕快樂！", "zl_mo", 15, AU, **MO),
]

CY = [
    e("olen", "promise", dec(10),
      "Hi Wang Ming,\n\nThis is in our BACS run on Thursday week, 10/12. Apologies for the delay.\n\nEleri\n\nEleri Roberts\nAccounts | Moelwyn Slate",
      "zl_cy", 2, ELERI, note="10/12 day-first", **UK),
    e("tben", "dispute", None,
      "Phase 2 was meant to give us the block yield by bench. It still shows yesterday's blasts as zero tonnes on benches 4 and 6. I've told Gareth not to sign anything off until that's sorted.\n\nDafydd",
      "zl_cy", 3, DAFYDD, below=True, danger=True, note="bottom-posted", **UK),
    e("iosen", "dispute", None,
      "Wang, Dafydd tells me the yield report is still wrong. We're not paying for phase 2 until it works, simple as that.\nGareth",
      "zl_cy", 3, GARETH, danger=True, **UK),
    e("olen", "dispute", None,
      "Hi Wang Ming,\n\nGareth has asked me to take this out of Thursday's run and hold it for now. I'll come back to you once he gives me the go-ahead.\n\nEleri",
      "zl_cy", 4, ELERI, danger=True, note="payment pulled on the boss's word: a refusal, held for the PM", **UK),
    e("appleen", "resend_request", None,
      "Hello,\n\nCould you send the phase 2 invoice again please, this time to invoices@moelwynslate.co.uk? Our new accounts system only picks up PDFs sent to that address.\n\nDiolch,\nSiân",
      "zl_cy", 7, SIAN, **UK),
    e("tben", "acceptance", None,
      "Your chap sorted the bench mapping on Tuesday. Numbers have matched the weighbridge all week. Happy to sign phase 2 off - signed form attached.\n\nDafydd",
      "zl_cy", 10, DAFYDD, below=True, atts=["Phase2_signoff_signed.pdf"], **UK),
    e("olen", "promise", dec(17),
      "Hi Wang Ming,\n\nGareth's given the go-ahead. It'll go in the next BACS run, which is Thursday 17th.\n\nEleri",
      "zl_cy", 11, ELERI, **UK),
    e("olenplain", "paid", None,
      "Hi,\n\nPaid this morning by BACS, £18,400.00. Remittance attached.\n\nEleri",
      "zl_cy", 17, ELERI, atts=["Remittance_Moelwyn_171226.pdf"], **UK),
]

OHIO = [
    e("owaen", "promise", dec(15),
      "Hi Wang,\n\nThis is scheduled for our 12/15 check run. We pay international by wire, so it should reach you a few days after.\n\nThanks,\nBrenda",
      "zl_oh", 2, BRENDA, note="12/15 month-first", **OH),
    e("gmailen", "other", None,
      "Wang - drum 3 temp probe has been reading 0°F since Monday. Operators are running the chrome tan blind. Need someone on it ASAP.\n\nMarcus",
      "zl_oh", 3, MARCUS, danger=True, note="a fault report (session 15: dispute); relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)", **OH),
    e("iosen", "dispute", None,
      "We're not cutting a check for a system that doesn't work. Fix drum 3 and we'll talk.\n\nDoug",
      "zl_oh", 4, DOUG, danger=True, **OH),
    e("olen", "bank_question", None,
      "Wang,\n\nOur bank flagged your beneficiary account - the account name doesn't match what they see for that SWIFT code. Can you confirm the details by phone? We won't release anything until we've verified.\n\nTom Albanese\nController",
      "zl_oh", 7, TOM, danger=True, **OH),
    e("gmailen", "other", None, "Probe replaced Tuesday, readings look right. Thanks.", "zl_oh", 9, MARCUS, **OH),
    e("owaen", "promise", dec(14),
      "Wang,\n\nDoug okayed it this morning. It will be wired on Monday.\n\nBrenda",
      "zl_oh2", 10, BRENDA, note="Monday from Thu 10th = Dec 14", **OH),
    e("olen", "other", None,
      "Wang,\n\nBefore we can wire anything our AP system needs a W-8BEN-E on file for you. Form attached, please complete, sign and send back.\n\nTom",
      "zl_oh2", 11, TOM, atts=["fw8bene.pdf"], note="the payer's own form: only the PM can fill it", **OH),
    e("olen", "paid", None,
      "Wang - the wire went out Monday, 12/14, ref FTX88213. Confirmation attached. Please check with your bank, it should be there by now.\n\nTom",
      "zl_oh2", 16, TOM, danger=True, atts=["Wire_Confirmation_FTX88213.pdf"], note="past tense: paid on Monday", **OH),
]

AND = [
    e("olen", "more_time", date(2027, 1, 15),
      "Dear Mr. Wang,\n\nThe season opens on 5 December and our cash is very tight until the first ticket revenues arrive. Could we pay the mid-term on 15/01/2027?\n\nBest regards,\nJordi Puig\nDirector financer",
      "zl_ad", 2, JORDI, note="asks for a later day (15/01/2027)", **AD),
    e("android", "other", None,
      "Hello Wang, the snow guns of sector B don't start from the app since yesterday night, we lost one night of production before the opening. Please urgent.\nPau",
      "zl_ad", 3, PAU, danger=True, note="a fault report (session 15: dispute); relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)", **AD),
    e("gmailen", "resend_request", None,
      "Hello,\n\ncan you please send the invoice with our NRT number L-712345-Z added? Without it our accountant can't book it.\n\nThanks,\nMontse",
      "zl_ad", 4, MONTSE, **AD),
    e("olen", "dispute", None,
      "Dear Mr. Wang,\n\nI understand the sector B problem is still not solved. In this situation I cannot approve the mid-term payment. We will revisit it when the system works as contracted.\n\nJordi Puig",
      "zl_ad", 9, JORDI, danger=True, **AD),
    e("android", "acceptance", None,
      "Hi Wang, sector B is ok now, 4 nights without problem. For me the phase is accepted, I tell Jordi.\nPau",
      "zl_ad", 11, PAU, **AD),
    e("owaen", "promise", dec(22),
      "Dear Wang,\n\nThe payment of 21.500,00 EUR is programmed for 22.12.2026 by international transfer.\n\nRegards,\nNúria Font\nComptabilitat",
      "zl_ad", 14, NURIA, note="dotted date and amount", **AD),
    e("owaen", "paid", None,
      "Dear Wang,\n\nThe transfer was executed today. Please find the SWIFT copy attached.\n\nRegards,\nNúria",
      "zl_ad", 22, NURIA, atts=["SWIFT_MT103_PicNegre.pdf"], **AD),
]

KL = [
    e("gmailen", "promise", dec(18),
      "Dear Sir,\n\nGreetings from Kuttanad Backwater Cruises. Kindly note the phase 2 payment will be released positively on or before 18/12/2026 after our season booking advances come in.\n\nThanks & Regards\nAnu Mathew\nAccounts",
      "zl_kl", 2, ANU, note="18/12/2026 day-first", **IN),
    e("gmailen", "dispute", None,
      "Dear Sir,\n\nThe crew roster module is showing double duty for 6 boatmen on the same night. Our boats could not sail on 30th Nov due to this confusion. Kindly get this rectified immediately. Till then MD has instructed not to release any payment.\n\nRajesh Pillai\nOperations",
      "zl_kl", 3, RAJESH, danger=True, **IN),
    e("olen", "other", None,
      "Noted. Will revert.\n\nThomas Kurian\nManaging Director",
      "zl_kl", 4, THOMAS, **IN),
    e("gmailen", "bank_question", None,
      "Dear Sir,\n\nOur banker (Federal Bank) is asking for the purpose code and whether your account can receive USD directly or we should remit in CNY. Kindly revert at the earliest so that we can process.\n\nRegards\nAnu",
      "zl_kl", 9, ANU, danger=True, **IN),
    e("gmailen", "dispute", None,
      "Dear Sir,\n\nWe have remitted USD 6,300 today being 50% of phase 2. Balance will be paid after the roster issue is closed and the Christmas season is over. Remittance copy enclosed.\n\nRegards\nAnu",
      "zl_kl", 14, ANU, danger=True, atts=["Federal_Bank_Remittance_141226.pdf"],
      note="half paid, the rest held until our fix (as hg009): dispute; the part paid is in the alert"),
    e("olen", "acceptance", None,
      "Dear Mr. Wang,\n\nRajesh confirms the roster is working correctly for the last one week. We accept phase 2. Kindly send the completion certificate for my signature.\n\nThomas Kurian",
      "zl_kl", 16, THOMAS, **IN),
]

ZN = [
    e("gmailen", "promise", None,
      "Dear Wang,\n\nThank you for the reminder. We are waiting for the clove buyers from Oman to pay us, when they pay we will pay you immediately. Pole sana for the delay.\n\nZawadi Mussa\nAccounts",
      "zl_zn", 2, ZAWADI, note="hung on the client's own incoming money, no time asked: promise, no day", **TZ),
    e("gmailen", "other", None,
      "Hello Wang, the tour booking page is charging tourists twice with the card. We have refunded 14 guests already and TripAdvisor reviews are bad. We cannot continue like this.\n\nHamisi",
      "zl_zn", 3, HAMISI, danger=True, note="a fault report (session 15: dispute); relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)", **TZ),
    e("olen", "dispute", None,
      "Dear Wang,\n\nHamisi has informed me about the double charging. We will not pay the final until this is fixed and you confirm in writing that no more guests are affected.\n\nSalim Juma\nDirector",
      "zl_zn", 4, SALIM, danger=True, **TZ),
    e("gmailen", "resend_request", None,
      "Dear Wang,\n\nKindly send us your bank details again, the old email was deleted by mistake with our mailbox cleaning.\n\nZawadi",
      "zl_zn", 9, ZAWADI, **TZ),
    e("olen", "promise", dec(21),
      "Dear Wang,\n\nThe double charge is gone, thank you for the fast fix. The Oman money came. We will send the final payment on Monday 21st.\n\nSalim",
      "zl_zn", 15, SALIM, **TZ),
    e("gmailen", "partial_payment", None,
      "Dear Wang,\n\nWe have sent USD 9,000 today through CRDB Bank. The balance 400 we have deducted for the refunds to the guests who were charged double, as Mr Salim discussed. Please confirm when you receive.\n\nAsante,\nZawadi",
      "zl_zn", 21, ZAWADI, danger=True, note="a cut stated beside the payment", **TZ),
]

HL += [
    e("owazhtw", "promise", dec(21),
      "王經理您好：\n\n尾款原本排在12/20匯出，因為當天是週日銀行不營業，改為12/21（一）匯出，造成不便請見諒。\n\n張雅婷",
      "zl_hl", 11, CHANG, note="the 20th given up for 12/21", **TW),
]

HKM += [
    e("olmobtw", "promise", dec(21),
      "王經理，餘數12,000今日冇辦法出，要等下星期一老闆返嚟簽支票先得，唔好意思。\n\nCathy",
      "zl_hkd", 17, CATHY, note="today not kept; 下星期一 from Thu 17th", **HK),
    e("olzhtw", "paid", None,
      "王生：\n\n餘數已經滙咗，Cathy放咗假，我自己去銀行搞嘅，張單喺附件。\n\n郭志明",
      "zl_hkd", 21, KWOK, atts=["滙款單_恒生.pdf"], **HK),
]

CY += [
    e("iosen", "promise", dec(17),
      "Eleri says it'll be in the run on Thursday. Sorry for the faff.\nG",
      "zl_cy", 14, GARETH, note="Thursday from Mon 14th", **UK),
    e("olen", "bank_question", None,
      "Hi Wang Ming,\n\nWhen I set you up as a new international payee the bank's system came back with 'account name does not match'. Before I send £18k anywhere I need someone to confirm the account name and number over the phone, please.\n\nEleri",
      "zl_cy", 15, ELERI, danger=True, **UK),
]

OHIO += [
    e("iosen", "promise", dec(14),
      "Brenda's wiring it Monday.\n\nSent from my iPhone", "zl_oh2", 12, DOUG, note="Monday from Sat 12th", **OH),
]

AND += [
    e("olen", "promise", dec(22),
      "Dear Mr. Wang,\n\nNúria confirms the transfer for next Tuesday, the 22nd. Thank you for your patience.\n\nJordi",
      "zl_ad", 16, JORDI, **AD),
]

KL += [
    e("olen", "more_time", date(2027, 1, 15),
      "Dear Mr. Wang,\n\nDue to delay in the season advances from our tour operators, kindly allow us time till 15th January for the balance. Regret the inconvenience.\n\nThomas Kurian",
      "zl_kl", 11, THOMAS, **IN),
    e("gmailen", "promise", dec(23),
      "Dear Sir,\n\nThe balance USD 6,300 will be remitted within 3 working days. Kindly bear with us.\n\nRegards\nAnu",
      "zl_kl", 18, ANU, note="3 working days from Fri 18th: Mon, Tue, Wed 23rd", **IN),
    e("gmailen", "paid", None,
      "Dear Sir,\n\nBalance USD 6,300 remitted today. Ref no. FDRLH26357004417. Kindly acknowledge receipt.\n\nRegards\nAnu Mathew",
      "zl_kl", 23, ANU, **IN),
]

ZN += [
    e("gmailen", "promise", dec(24),
      "Dear Wang,\n\nMr Salim says the system is okay now. We will try to pay before Christmas, Inshallah.\n\nZawadi",
      "zl_zn", 11, ZAWADI, note="before Christmas = Dec 24, under a hedge", **TZ),
    e("gmailen", "bank_question", None,
      "Dear Wang,\n\nCRDB is asking which intermediary bank to use for USD to China. Please advise so we can send.\n\nZawadi",
      "zl_zn", 14, ZAWADI, danger=True, **TZ),
    e("gmailen", "acceptance", None,
      "Hello Wang, double charging is fixed, I tested 20 bookings with real cards and refunded them. From my side we accept the system.\n\nHamisi",
      "zl_zn", 14, HAMISI, **TZ),
]

HL += [
    e("ioszhtw", "more_time", date(2027, 1, 15),
      "王經理，這個月訂房退款太多，尾款可以延到1/15嗎？", "zl_hl", 5, WU_JH, note="1/15 month-first (Taiwan)", **TW),
]
HKM += [
    e("ioszhtw", "other", None,
      "王生，今朝又有三架車GPS冇咗訊號，司機話個App開咗就閃退，搞咗成個鐘都唔得。",
      "zl_hk", 8, JASON, danger=True, note="a fault report (session 15: dispute); relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)", **HK),
]
MOB += [
    e("olen", "promise", dec(9),
      "Dear Mr. Wang,\n\nMs. Leong will arrange the final payment tomorrow, 9/12.\n\nRicardo",
      "zl_mo", 8, RICARDO, note="9/12 day-first in Macau", **MO),
]
AND += [
    e("olen", "paid", None,
      "Dear Mr. Wang,\n\nNúria sent it yesterday, you should have it in a day or two.\n\nJordi",
      "zl_ad", 23, JORDI, note="sent yesterday: paid", **AD),
]
# fmt: on

ZL_INTL = HL + HKM + MOB + CY + OHIO + AND + KL + ZN
