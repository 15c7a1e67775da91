"""Held-out set ZP, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Kaohsiung fishing-net maker (Taiwan Mandarin, ROC years, 1/15 dates, 過年前,
answering the Simplified reminder) and a Sham Shui Po piece-goods wholesaler (Cantonese in
Big5-HKSCS with 滙 and 邨, Hong Kong English; English reminder and demand). English: a Dublin
game studio (payment runs, 15.12.2026 and 09/12/2026 day-first), a Lagos freight forwarder
(Nigerian English, FX allocation, a changed-account mail, "January ending"), a Busan marine-valve
maker (Korean English, 2026.12.24) and a Texas pecan sheller (month-first 12/15 and 1/15, checks
and wires, a formal demand).
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_zp import dec, entry, jan

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
IE = {"tz": "Europe/Dublin"}
NG = {"tz": "Africa/Lagos"}
KR = {"tz": "Asia/Seoul"}
TX = {"tz": "America/Chicago"}

# 高雄 前鎮 永豐漁網工業 (fishing nets: loom scheduling and shipping; 尾款 NT$420,000; Simplified reminder)
CHEN_YF = ("陳永發", "yf.chen@yongfeng-net.com.tw")
HSU_SH = ("許淑惠", "sh.hsu@yongfeng-net.com.tw")
TSAI_MT = ("蔡明宗", "mt.tsai@yongfeng-net.com.tw")
JESSICA = ("林佳蓉 Jessica", "jessica.lin.khh@gmail.com")
WU_YW = ("吳雅雯", "yw.wu@yongfeng-net.com.tw")
HUANG_PH = ("黃柏翰", "bohan.huang.tw@gmail.com")
# 深水埗 德興布行 (piece goods wholesaler: fabric stock and orders; HKD 86,000; English reminder + demand)
LAU_TH = ("劉德興", "th.lau@takhing-fabrics.com.hk")
KAYAN = ("鄭家欣", "kayan.cheng@takhing-fabrics.com.hk")
MANDY = ("Mandy Chan", "mandy.chan.th@gmail.com")
AKEUNG = ("阿強", "akeung.takhing@gmail.com")
JASON = ("Jason Tse", "jason.tse@takhing-fabrics.com.hk")
MRS_LAU = ("劉太", "laumrs.sspo@gmail.com")
# Dublin, Hollow Oak Games Ltd (localisation pipeline and build server; EUR 22,400)
NIAMH = ("Niamh O'Rourke", "niamh.orourke@hollowoakgames.ie")
CIAN = ("Cian Byrne", "cian.byrne.dev@gmail.com")
RUAIRI = ("Ruairí Ó Sé", "ruairi@hollowoakgames.ie")
DARA = ("Dara Kelly", "dara.kelly@hollowoakgames.ie")
AOIFE = ("Aoife Walsh", "ap@hollowoakgames.ie")
# Lagos, Eko Bridge Freight & Logistics Ltd (fleet tracking and customs clearance; USD 16,500)
CHIOMA = ("Chioma Okeke", "chioma.okeke@ekobridgefreight.com.ng")
TUNDE = ("Tunde Adeyemi", "tunde.adeyemi.ekb@gmail.com")
EMEKA = ("Emeka Nwosu", "emeka.nwosu.ops@gmail.com")
BISI = ("Bisi Lawal", "bisi.lawal@ekobridgefreight.com.ng")
FOLAKE = ("Folake Ogunleye", "folake.ogunleye@ekobridgefreight.com.ng")
# Busan, Haedong Marine Valve Co., Ltd. (valve test records and shipyard delivery; USD 27,300)
PARK = ("Park Jae-hyun", "jhpark@haedongvalve.co.kr")
KIM_SJ = ("Kim Soo-jin", "sjkim@haedongvalve.co.kr")
LEE_MH = ("Lee Min-ho", "minho.lee.hdv@gmail.com")
CHOI = ("Choi Dong-wook", "dwchoi@haedongvalve.co.kr")
JUNG = ("Jung Ha-na", "hana.jung.hdv@gmail.com")
# Texas, Brazos Valley Pecan Co. (shelling line and grower settlements; USD 19,800; a formal demand)
WADE = ("Wade Hollis", "wade@brazosvalleypecan.com")
DEBBIE = ("Debbie Kowalski", "debbie@brazosvalleypecan.com")
MARISOL = ("Marisol Garza", "marisol.garza.bvp@gmail.com")
TRAVIS = ("Travis Lee", "travis.bvp@gmail.com")
KYLE = ("Kyle Hollis", "kyle.hollis.tx@gmail.com")

# fmt: off
KH = [
    e("owazhtw", "promise", dec(25),
      "王經理您好：\n\n陳董交代，尾款會在民國115年12月25日前匯出，屆時再提供匯款水單給您。\n\n許淑惠\n永豐漁網工業股份有限公司 會計",
      "zp_kh", 2, HSU_SH, note="ROC year 115 = 2026", **TW),
    e("owazhtw", "dispute", None,
      "王經理：\n\n排程系統把PE網跟尼龍網的織機混在一起排，昨天兩台織機空轉了一整天。這個問題沒處理好之前，尾款請先不要催。\n\n蔡明宗\n廠長",
      "zp_kh", 3, TSAI_MT, danger=True, note="OWA zh-TW: 寄件者 header block", **TW),
    e("gmailtw", "other", None,
      "王經理您好，出貨單上的網目尺寸單位顯示成公分，日本客戶要的是英吋，他們很在意這個，麻煩改一下，謝謝！\n\nJessica",
      "zp_kh", 3, JESSICA, note="a fault report with no word of the payment", **TW),
    e("ioszhtw", "dispute", None,
      "王經理，我們不是不付，是廠長說排程有問題，我叫他直接跟你們技術聯絡，處理好就匯。",
      "zp_kh", 4, CHEN_YF, danger=True, note="不是不付, the payment waiting on our fix", **TW),
    e("olmobtw", "bank_question", None,
      "王經理您好，我們用兆豐銀行匯人民幣到大陸，銀行要受款銀行的SWIFT代碼跟英文地址，提醒信裡沒有，麻煩提供，謝謝。\n\n吳雅雯",
      "zp_kh", 7, WU_YW, danger=True, **TW),
    e("owazhtw", "other", None,
      "王經理：\n\n你們工程師昨天遠端調整過，今天兩條線都排得正常，我這邊確認沒問題了，會跟董事長報告。\n\n蔡明宗",
      "zp_kh2", 9, TSAI_MT, note="the plant manager's consent; relabelled acceptance -> other by the convention 'An objection dropped or our fix found working, with no acceptance said … is other' (session 17)", **TW),
    e("owazhtw", "promise", jan(15),
      "王經理：\n\n尾款原本排12/25，因為年底要先發年終獎金，改成明年1/15匯出，不好意思。\n\n許淑惠",
      "zp_kh2", 10, HSU_SH, note="12/25 given up; 1/15 = Jan 15", **TW),
    e("ioszhtw", "promise", date(2027, 2, 5),
      "王經理，淑惠跟我講了，過年前一定匯，你放心，我們做生意三十年沒欠過人。",
      "zp_kh2", 11, CHEN_YF, note="過年前 = 春節前 = 除夕 (2027-02-05)", **TW),
    e("gmailtw", "other", None, "織機代碼對照表已經更新，PE跟尼龍分開了，請參考。\n\n黃柏翰", "zp_kh2", 14, HUANG_PH,
      below=True, note="bottom-posted", **TW),
    e("olmobtw", "bank_question", None,
      "王經理您好，剛剛收到一封說貴公司更換收款帳戶的信，新帳號是香港的銀行。請問是真的嗎？我們先不匯，等您回覆。\n\n吳雅雯",
      "zp_kh2", 15, WU_YW, danger=True, note="a changed account reported: the fraud pattern", **TW),
    e("owazhtw", "partial_payment", jan(15),
      "王經理：\n\n已先匯NT$200,000，餘額NT$220,000於1/15匯出，匯款水單如附件。\n\n許淑惠",
      "zp_kh2", 16, HSU_SH, atts=["兆豐匯款水單_1151216.pdf"], danger=True, **TW),
    e("gmailtw", "other", None, "王經理您好，明年想把日本客戶的訂單也接進系統，可以先報個價給我嗎？謝謝～\n\nJessica",
      "zp_kh2", 18, JESSICA, **TW),
    e("ioszhtw", "other", None, "王經理 聖誕快樂 系統很好用 明年繼續合作", "zp_kh2", 24, CHEN_YF, **TW),
    e("owazhtw", "paid", None,
      "王經理：\n\n尾款餘額新台幣220,000元已於今日匯出，匯款水單如附件，請查收。\n\n許淑惠",
      "zp_kh2", jan(15), HSU_SH, atts=["兆豐匯款水單_1160115.pdf"], **TW),
]

SSP = [
    e("ioszhtw", "dispute", None,
      "王生 我哋仲未俾錢 唔係唔俾 係你哋個系統成日計錯布疋嘅碼數 搞掂咗先講",
      "zp_hk", 2, LAU_TH, danger=True, note="Cantonese: 未俾 / 唔係唔俾, the payment waits on our fix", **HK),
    e("ioszhtw", "other", None,
      "王生 今朝點倉 系統話仲有三百碼牛仔布 實際得返一百八 你睇下係咪搞錯咗碼同米",
      "zp_hk", 3, AKEUNG, note="a fault report", **HK),
    e("owaen", "dispute", None,
      "Hi Wang,\n\nFound the cause: the import from the old stock sheet treated metres as yards for all the denim SKUs. Can your team push a fix by Fri? Mr Lau won't release the Phase 2 payment until the stock count matches.\n\nCheers,\nJason",
      "zp_hk", 4, JASON, danger=True, note="HK English; the payment held for our fix", **HK),
    e("gmailtw", "promise", None,
      "王生你好，我係劉太。老公話第二期款遲啲先俾，佢而家喺廣州睇布，返嚟先傾。",
      "zp_hk", 4, MRS_LAU, note="遲啲先俾: a put-off stated with no day; his return is no day", **HK),
    e("gmailtw", "bank_question", None,
      "王生，我哋公司戶口喺恒生，轉去你哋內地戶口要CNAPS code同埋中間行，唔該提供。\n\nMandy",
      "zp_hk", 7, MANDY, danger=True, **HK),
    e("gmailtw", "dispute", None,
      "Dear Mr Wang,\n\nNoted with thanks. Pls be informed that our boss is still checking the stock issue, payment will be arranged after he confirm. Will revert asap.\n\nRgds,\nMandy",
      "zp_hk", 9, MANDY, danger=True, note="HK English; the payment waits on the fault being confirmed fixed", **HK),
    e("ioszhtw", "promise", dec(16),
      "王生 收到你哋封追數信 使唔使咁呀 碼數嘅嘢你哋星期五先搞掂 我哋下個禮拜三俾錢 唔會走數",
      "zp_hkd", 10, LAU_TH, danger=True, note="唔會走數 is no refusal; 下個禮拜三 from Thu 10th", **HK),
    e("olzhtw", "promise", dec(16),
      "王生：\n\n老闆話第二期款下星期三過數，我哋會用滙豐電滙，到時會send埋滙款通知書俾你。\n\n家欣\n德興布行 會計部",
      "zp_hkd", 11, KAYAN, note="big5-labelled HKSCS: 滙", **HK),
    e("olzhtw", "paid", None,
      "王生：\n\n第二期款HKD86,000今日已經電滙咗，滙款通知書見附件，唔該查收。\n\n家欣\n德興布行 會計部\n九龍深水埗 石硤尾邨",
      "zp_hkd", 16, KAYAN, atts=["HSBC_TT_Advice_16122026.pdf"], note="HKSCS 滙 and 邨", **HK),
    e("gmailtw", "partial_payment", None,
      "王生，銀行話中間行扣咗HKD180手續費，你哋實收會少少，唔好意思。\n\nMandy",
      "zp_hkd", 18, MANDY, danger=True, note="a cut stated after paying", **HK),
    e("ioszhtw", "paid", None, "王生 錢轉咗數啦 你哋收到未 收到出聲", "zp_hkd", 21, LAU_TH,
      note="轉咗數 said, with a question whether it arrived", **HK),
    e("owaen", "other", None,
      "Hi Wang,\n\nStock count matched after last week's fix, all good on our side. Merry Xmas to you and the team!\n\nJason",
      "zp_hkd", 22, JASON, **HK),
]

DUB = [
    e("olen", "promise", dec(15),
      "Hi Wang Ming,\n\nThanks for the nudge. This hasn't been paid yet - not because of any issue, it just missed our November run. It's scheduled for our next payment run on the 15th.\n\nBest,\nNiamh\n\nNiamh O'Rourke | Finance Manager | Hollow Oak Games",
      "zp_du", 2, NIAMH, danger=True, note="hasn't been paid yet; the next run on the 15th", **IE),
    e("gmailen", "dispute", None,
      "Wang,\n\nBefore anyone pays anything: the build server has failed every nightly since your update on the 26th. The DE and JP strings come out as question marks. We can't ship the patch like this. Please hold off chasing Niamh until it's sorted.\n\nCian",
      "zp_du", 3, CIAN, danger=True, **IE),
    e("tben", "other", None,
      "Looks like the encoding flag on the string export got reset to ASCII. I've patched it locally as a stopgap but it needs fixing properly on your side.\n\nRuairí",
      "zp_du", 4, RUAIRI, below=True, note="bottom-posted; a fault explained", **IE),
    e("iosen", "other", None, "Fixed, confirmed on last night's build. Cian's happy.", "zp_du", 7, DARA,
      note="the fault fixed; no payment word", **IE),
    e("olen", "promise", dec(15),
      "Hi Wang Ming,\n\nCian has confirmed the build issue is resolved, so we're good to go. It stays in the run on the 15th as planned.\n\nNiamh",
      "zp_du", 8, NIAMH, **IE),
    e("owaen", "resend_request", None,
      "Hello,\n\nCould you please send us a copy of invoice INV-2026-0412 with our VAT number (IE 9876543W) added? Our auditors need it on file.\n\nKind regards,\nAoife Walsh\nAccounts Payable",
      "zp_du", 9, AOIFE, note="the client's own number added, no fault said", **IE),
    e("owaen", "promise", dec(15),
      "Hello,\n\nJust to confirm, your invoice was approved on 09/12/2026 and will be included in the payment run of 15/12/2026.\n\nKind regards,\nAoife Walsh\nAccounts Payable",
      "zp_du", 11, AOIFE, note="day-first; the approval's day is not the payment's", **IE),
    e("gmailen", "promise", dec(18),
      "Wang - you'll have been paid by Friday, Niamh's on it. Separate thing: could we get a quote for adding Brazilian Portuguese to the pipeline?\n\nCian",
      "zp_du", 14, CIAN, note="future perfect; by Friday from Mon 14th", **IE),
    e("olen", "paid", None,
      "Hi Wang Ming,\n\nThe payment went out on 15.12.2026 - EUR 22,400.00. Remittance advice attached.\n\nNiamh",
      "zp_du", 16, NIAMH, atts=["Remittance_Advice_HollowOak_15122026.pdf"], **IE),
]

LAG = [
    e("olen", "other", None,
      "Dear Mr. Wang,\n\nGood day. Kindly note that the mid-term payment has not been effected yet owing to the scarcity of FX. We have applied for the dollar allocation and will revert once it is approved.\n\nRegards,\nChioma Okeke (Mrs)\nAccounts Dept.",
      "zp_la", 2, CHIOMA, danger=True, note="not effected yet; waits on an FX approval with no day (as 批下来就付, no day): the PM asks", **NG),
    e("android", "dispute", None,
      "Wang my brother, the tracking devices on 4 of our trucks have been offline since Monday, clearing agents at Apapa cannot see the containers. Fix this first then we talk about money.",
      "zp_la", 3, TUNDE, danger=True, **NG),
    e("gmailapp", "other", None,
      "Hello, the GPS units on trucks EKB-114, 117, 121 and 130 stopped reporting since 30/11. Please check urgently. Thanks.\n\nEmeka\nOperations",
      "zp_la", 3, EMEKA, note="a fault report", **NG),
    e("owaen", "other", None,
      "Hi,\n\nThe 4 units are back online after your team pushed the APN settings. Confirmed on the dashboard this morning.\n\nBisi\nIT",
      "zp_la", 7, BISI, **NG),
    e("olen", "bank_question", None,
      "Dear Mr. Wang,\n\nThe FX has been approved by God's grace. Kindly send the intermediary bank details for USD and your bank's full address so that we can complete the Form A at our bank.\n\nRegards,\nChioma",
      "zp_la2", 8, CHIOMA, danger=True, **NG),
    e("gmailen", "more_time", None,
      "Mr Wang, I have instructed my accountant to pay you 50% this week, the balance by mid January when our client pays us. Pls bear with us.\n\nTunde",
      "zp_la2", 9, TUNDE, note="a plan of two parts with a plea: no single day", **NG),
    e("olmoben", "partial_payment", jan(15),
      "Good afternoon Sir,\n\nPlease find attached the SWIFT copy for USD 8,250 being 50% of the mid-term payment. The balance will be paid by 15/01/2027.\n\nThank you.\nFolake\nCashier",
      "zp_la2", 11, FOLAKE, atts=["SWIFT_MT103_USD8250.pdf"], danger=True, **NG),
    e("olen", "bank_question", None,
      "Dear Mr. Wang,\n\nWe received a mail today purportedly from your company stating that your bank account has changed to a new account in Dubai. Kindly confirm if this is genuine before we pay the balance. We have not paid anything to that account.\n\nRegards,\nChioma",
      "zp_la2", 14, CHIOMA, danger=True, note="a changed account reported: the fraud pattern", **NG),
    e("gmailen", "promise", jan(31),
      "My brother, compliments of the season. The balance will not be paid this December, our client has not paid us. By January ending we will clear it, no shaking.\n\nTunde",
      "zp_la2", 21, TUNDE, danger=True, note="'will not be paid this December' is a day not kept; January ending = Jan 31", **NG),
    e("olmoben", "paid", None,
      "Good morning Sir,\n\nThe balance of USD 8,250 has been paid today. Find attached the SWIFT copy.\n\nFolake",
      "zp_la2", jan(28), FOLAKE, atts=["SWIFT_MT103_USD8250_bal.pdf"], **NG),
]

BUS = [
    e("owaen", "promise", dec(24),
      "Dear Mr. Wang,\n\nThank you for your mail. The final payment is not paid yet because of our year-end closing. We will remit on 2026.12.24 (Thu).\n\nBest regards,\nKim Soo-jin\nAccounting Team",
      "zp_bs", 2, KIM_SJ, danger=True, note="not paid yet; 2026.12.24", **KR),
    e("gmailen", "other", None,
      "Mr. Wang,\n\nHydrostatic test records for the DN300 butterfly valves are exported with the wrong pressure unit (bar instead of MPa). The shipyard inspector rejected our documents yesterday. Please fix urgently.\n\nLee Min-ho / QA",
      "zp_bs", 3, LEE_MH, note="a fault report", **KR),
    e("olen", "dispute", None,
      "Dear Mr. Wang,\n\nBecause of the test record problem, the shipyard rejected our delivery. We cannot pay the final payment until this is solved. Please understand.\n\nPark Jae-hyun\nGeneral Manager",
      "zp_bs", 4, PARK, danger=True, **KR),
    e("iosen", "other", None, "The unit is fixed. Inspector accepted the documents today. Thank you.", "zp_bs", 8, CHOI,
      note="the fault fixed; no payment word", **KR),
    e("olen", "acceptance", dec(24),
      "Dear Mr. Wang,\n\nShipyard accepted our documents, thank you for quick support. We confirm the final acceptance of the system. Payment will be on 12/24 as Ms. Kim said.\n\nPark Jae-hyun",
      "zp_bs", 9, PARK, note="acceptance with the payment day", **KR),
    e("owaen", "bank_question", None,
      "Dear Mr. Wang,\n\nOur bank asks the beneficiary address in English and the purpose code of the remittance. Could you let me know?\n\nKim Soo-jin",
      "zp_bs", 10, KIM_SJ, danger=True, **KR),
    e("gmailapp", "other", None,
      "Hello Mr. Wang, we want to buy 3 more tablet licenses for new inspection team. Please send quotation. Thanks.\n\nJung Ha-na / Purchasing",
      "zp_bs", 15, JUNG, **KR),
    e("owaen", "partial_payment", None,
      "Dear Mr. Wang,\n\nWe remitted USD 27,300 today. But our bank deducted USD 35 as their charge, so you may receive USD 27,265. Please find the remittance slip attached.\n\nKim Soo-jin",
      "zp_bs", 24, KIM_SJ, atts=["Remittance_slip_20261224.pdf"], danger=True, note="a cut stated", **KR),
    e("olen", "dispute", None,
      "Dear Mr. Wang,\n\nMs. Kim told me about the bank charge. We will not pay the USD 35 difference, because the contract says each party pays its own bank charge. Hope you understand.\n\nPark Jae-hyun",
      "zp_bs", 28, PARK, danger=True, note="the difference refused under the contract", **KR),
]

BVP = [
    e("olenplain", "dispute", None,
      "Hi Wang,\n\nWe haven't paid this yet - Wade wants the grower settlement report fixed first. It's still off by a few cents a pound on the split loads. Nothing personal, he just won't sign off on it as is.\n\nDebbie Kowalski\nBookkeeping\nBrazos Valley Pecan Co.",
      "zp_tx", 2, DEBBIE, danger=True, note="windows-1252; the payment waits on our fix", **TX),
    e("android", "other", None, "cracker line 2 counter is double counting again since the update, can someone call me\n\nTravis",
      "zp_tx", 3, TRAVIS, note="a fault report", **TX),
    e("iosen", "dispute", None, "Wang - not paying a dime till the settlement numbers are right. Growers are calling me at home.\n\nWade",
      "zp_tx", 4, WADE, danger=True, **TX),
    e("gmailen", "promise", dec(18),
      "Hello Mr. Wang,\n\nWade asked me to let you know he received your letter. The settlement report was fixed Friday and the growers got their checks. He said to pay you by Friday next week.\n\nThanks,\nMarisol Garza\nOffice Manager",
      "zp_txd", 9, MARISOL, note="Friday next week from Wed 9th", **TX),
    e("olenplain", "promise", dec(15),
      "Hi Wang,\n\nCheck is being cut 12/15 and will go out FedEx the same day. If you'd rather have a wire, I need your wire instructions in writing plus a phone call to verify - company policy since we got burned last year.\n\nDebbie",
      "zp_txd", 10, DEBBIE, note="month-first 12/15", **TX),
    e("gmailapp", "more_time", None,
      "Hey Wang, Kyle here (Wade's son). Dad asks if you guys could take the go-live payment in two installments, half now and half 1/15? Harvest's been rough this year.",
      "zp_txd", 11, KYLE, note="an instalment plan asked: no single day", **TX),
    e("android", "other", None, "counter fixed thx", "zp_txd", 14, TRAVIS, **TX),
    e("olenplain", "promise", None,
      "Hi Wang,\n\nWade decided to go with the two payments after all. First half ($9,900) goes out 12/15, second half 1/15. I know that's not what the contract says.\n\nDebbie",
      "zp_txd", 14, DEBBIE, note="a plan of two days stated: no single day", **TX),
    e("olenplain", "partial_payment", jan(15),
      "Hi Wang,\n\n$9,900 wired yesterday 12/15, confirmation attached. Balance of $9,900 on 1/15 like I said.\n\nDebbie",
      "zp_txd", 16, DEBBIE, atts=["Wire_Confirmation_121526.pdf"], danger=True, **TX),
    e("iosen", "promise", None,
      "Got your Christmas card, thank you. Debbie will take care of the rest in January. Merry Christmas.\n\nWade",
      "zp_txd", 21, WADE, note="in January names no day", **TX),
    e("gmailen", "paid", None,
      "Hi Mr. Wang,\n\nThe final $9,900 was sent today by wire. Happy New Year!\n\nMarisol",
      "zp_txd", jan(15), MARISOL, **TX),
]
KH += [
    e("olmobtw", "other", None, "見附件", "zp_kh2", 17, WU_YW, atts=["IMG_0412.jpg"], danger=True,
      note="two words and a camera's file name: no slip named", **TW),
]
SSP += [
    e("olzhtw", "promise", dec(16),
      "Dear Mr Wang,\n\nPls find attached our payment schedule for Dec. Your Phase 2 payment is scheduled on 16/12.\n\nRgds,\nKa Yan",
      "zp_hkd", 8, KAYAN, atts=["Payment_schedule_Dec2026.xlsx"], note="day-first 16/12", **HK),
    e("gmailtw", "paid", None, "王生，我老公話上個禮拜三已經畀咗錢，你哋查下個數。\n\n劉太", "zp_hkd", 21, MRS_LAU,
      note="畀咗錢; 上個禮拜三 = Dec 16", **HK),
]
DUB += [
    e("olen", "bank_question", None,
      "Hi Wang Ming,\n\nQuick one: our payments system needs an IBAN and a BIC for a SEPA or SWIFT transfer, and the reminder only gives an account number. Could you confirm the full details?\n\nNiamh",
      "zp_du", 10, NIAMH, danger=True, **IE),
    e("gmailen", "paid", None,
      "Wang, we paid on Tuesday. Might be worth checking with your bank before any more reminders go out.\n\nCian",
      "zp_du", 17, CIAN, note="'we paid on Tuesday' = the 15th", **IE),
]
LAG += [
    e("android", "more_time", dec(11),
      "Oga Wang, abeg give us till Friday next week. This FX matter don tire everybody.\n\nTunde",
      "zp_la", 4, TUNDE, note="Pidgin; Friday next week from Fri 4th = Dec 11", **NG),
    e("olen", "other", None,
      "Dear Mr. Wang,\n\nKindly find attached the signed copy of the contract for your records, as requested by your colleague.\n\nRegards,\nChioma",
      "zp_la2", 16, CHIOMA, atts=["EKB_Contract_LA-2026-027_signed.pdf"], danger=True,
      note="the attachment is a contract, not a slip", **NG),
]
BUS += [
    e("gmailen", "other", None,
      "Mr. Wang,\n\nThe valve tag printed from the system shows wrong serial number again. See the attached photo.\n\nLee Min-ho / QA",
      "zp_bs", 7, LEE_MH, atts=["valve_tag_photo.jpg"], note="a defect photo; no payment word", **KR),
    e("owaen", "more_time", dec(25),
      "Dear Mr. Wang,\n\nSorry, our customer delayed their payment to us, so the 24th is difficult. Could you give us two more weeks?\n\nKim Soo-jin",
      "zp_bs", 11, KIM_SJ, note="two more weeks = day + 14", **KR),
]
BVP += [
    e("olenplain", "other", None,
      "Hi Wang,\n\nBefore I can cut a check to a foreign vendor I need a W-8BEN-E from you. We don't have one on file. Can you fill it out and send it back?\n\nDebbie",
      "zp_tx", 8, DEBBIE, note="the payer's own form to fill", **TX),
]
# fmt: on

ZP_INTL = KH + SSP + DUB + LAG + BUS + BVP
