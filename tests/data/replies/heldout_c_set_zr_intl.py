"""Held-out set ZR, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Taichung family pineapple-cake bakery (Taiwan Mandarin, the Simplified reminder,
a cross-border remittance with its fee) and a Hong Kong cha chaan teng chain (Cantonese,
Big5 Outlook, the English reminder). English from the Chinese-run firms a Hangzhou PM also
serves: a Shenzhen cross-border e-commerce seller (its Los Angeles warehouse man too), a
Singapore tea trader (dd/mm), the Yiwu sock factory's export clerk and the Jiaxing yard's IT.
"""

from __future__ import annotations

from heldout_c_threads_zr import dec, entry

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
CN = {"tz": "Asia/Shanghai"}
SG = {"tz": "Asia/Singapore"}
LA = {"tz": "America/Los_Angeles"}

# 台中 賴家餅舖 (family bakery: shop and home-delivery orders; NT$318,000; Simplified reminder)
LAI_ZX = ("賴正雄", "lai.cx@laijia-bakery.com.tw")
CHEN_YJ = ("陳怡君", "yj.chen@laijia-bakery.com.tw")
LAI_GT = ("賴冠廷", "guanting.lai@gmail.com")
LIN_XF = ("林秀鳳", "laijia.lin@gmail.com")
# 香港 謝記茶餐廳 (cha chaan teng chain: ordering and central kitchen; HKD 64,000; English reminder)
TSE_KF = ("謝家輝", "kf.tse@tsekee.com.hk")
WINNIE = ("Winnie Wong 黃慧儀", "winnie.wong@tsekee.com.hk")
A_KEUNG = ("阿強", "akeung.tsekee@gmail.com")
TSE_TAI = ("謝太", "mrs.tse.hk@gmail.com")
KAREN = ("Karen Tse", "karen.tse.hk@gmail.com")
# 深圳 好运跨境电商 (Amazon seller: store orders and overseas warehouse; USD 11,800; English reminders)
LINA = ("Lina Lin", "lina.lin@haoyun-ec.com")
CATHY = ("Cathy Zhou", "2937715046@qq.com")
MIKE = ("Mike Chen", "mikechen.ontario@gmail.com")
TONY = ("Tony Lin", "tony@haoyun-ec.com")
# Singapore, Goh Brothers Tea Trading Pte Ltd (export lots and distributors; SGD 16,500)
GOH = ("Goh Kim Huat", "kimhuat.goh@gohbrostea.com.sg")
PRIYA = ("Priya Nair", "accounts@gohbrostea.com.sg")
RYAN = ("Ryan Goh", "ryan.goh.sg@gmail.com")
ZHOU_AGENT = ("Zhou Lei", "zhoulei_tea@163.com")
# the Yiwu sock factory's export clerk and the Jiaxing yard's IT (Simplified threads, English)
JESSICA = ("Jessica Lou", "export@loujia-socks.com")
IT_JX = ("Wu Hao", "wuhao@sdwly.com")

# Chengdu, Panda Lane Hostels (a Dutch-run hostel chain: bookings and front desk; CNY 42,000)
PIETER = ("Pieter de Vries", "pieter@pandalanehostels.com")
LUCY = ("Lucy Zhang", "frontdesk@pandalanehostels.com")

# fmt: off
TC = [
    e("gmailtw", "promise", dec(31),
      "王經理您好：\n\n尾款我們月底前會匯出，這個月門市年節禮盒備料比較多，請見諒。\n\n陳怡君",
      "zr_tc", 2, CHEN_YJ, **TW),
    e("ioszhtw", "other", None, "王先生 宅配訂單那個 黑貓的託運單號一直帶不進去 客人一直打來問 麻煩趕快處理",
      "zr_tc", 3, LAI_ZX, **TW),
    e("owazhtw", "bank_question", None,
      "王經理您好：\n\n請問貴公司收款銀行的SWIFT代碼是多少？我們從台灣匯款到大陸需要填寫，另外中間行是否需要指定？\n\n陳怡君",
      "zr_tc", 4, CHEN_YJ, danger=True, **TW),
    e("gmailtw", "dispute", None,
      "王先生你好，我是賴老闆的兒子。老爸說宅配單號的問題還沒好，尾款先不要急，等弄好再說。\n\n冠廷",
      "zr_tc", 7, LAI_GT, danger=True, note="indirect: the payment held for a fault", **TW),
    e("ioszhtw", "promise", dec(15), "王先生 單號可以帶了 謝謝 錢下禮拜二匯", "zr_tc", 10, LAI_ZX,
      note="下禮拜二 from Thu 10th", **TW),
    e("owazhtw", "bank_question", None,
      "王經理：\n\n匯款時銀行說受款人地址要填英文，另外受款行的英文名稱也要，請提供一下。\n\n陳怡君",
      "zr_tc", 14, CHEN_YJ, danger=True, note="remittance details the reminder does not give", **TW),
    e("owazhtw", "partial_payment", None,
      "王經理：\n\n尾款已於今日匯出，但銀行扣了跨境匯款手續費NT$800，實際匯出NT$317,200，水單如附件。\n\n陳怡君",
      "zr_tc", 15, CHEN_YJ, danger=True, atts=["匯款水單_1151215.pdf"], note="a cut stated", **TW),
    e("gmailtw", "other", None, "王先生，過年前想再做一個LINE官方帳號訂購的功能，費用大概多少？\n\n秀鳳",
      "zr_tc", 21, LIN_XF, **TW),
]

HKC = [
    e("olzhtw", "promise", dec(15),
      "王生：\n\n第二期款我哋會喺12月15號前過數，請查收。\n\nWinnie Wong\n會計部",
      "zr_hk", 2, WINNIE, **HK),
    e("ioszhtw", "other", None, "王生 中央廚房啲落單數同分店對唔上 今朝多咗三十份凍檸茶嘅料 唔該睇下", "zr_hk", 3,
      A_KEUNG, **HK),
    e("gmailtw", "dispute", None,
      "王生，謝生話啲單對唔上嘅問題未搞掂之前，第二期款暫時唔會俾住，唔好意思。\n\n謝太",
      "zr_hk", 4, TSE_TAI, danger=True, **HK),
    e("olzhtw", "bank_question", None,
      "王生：\n\n請問貴公司嘅收款戶口可唔可以收港幣？定係要我哋換咗人民幣先過數？提醒信入面冇寫清楚。\n\nWinnie",
      "zr_hk", 9, WINNIE, danger=True, **HK),
    e("ioszhtw", "promise", None, "王生 單已經對得返 錢下星期過俾你 唔使擔心", "zr_hk", 11, TSE_KF,
      note="下星期 names no day", **HK),
    e("gmailen", "promise", dec(15),
      "Hi Mr Wang,\n\nDad asked me to reply. Thanks for fixing the orders, the payment will go through on 15 Dec as Winnie said.\n\nKaren",
      "zr_hk", 12, KAREN, **HK),
    e("olzhtw", "paid", None,
      "王生：\n\n第二期款HKD 64,000已於今日經FPS轉賬，附上轉賬記錄。\n\nWinnie",
      "zr_hk", 16, WINNIE, atts=["FPS轉賬記錄.png"], **HK),
    e("ioszhtw", "paid", None, "王生 收到錢未呀 Winnie話琴日過咗數", "zr_hk", 17, A_KEUNG,
      note="asks whether it arrived: payment implied", **HK),
    e("ioszhtw", "other", None, "王生 聖誕後想加埋外賣平台落單 得閒傾下", "zr_hk", 22, TSE_KF, **HK),
]

SZ = [
    e("olen", "promise", dec(10),
      "Hi Wang,\n\nMid-term payment will go out by 10 Dec. Our Amazon disbursement lands on the 8th.\n\nBest,\nLina",
      "zr_sz", 2, LINA, **CN),
    e("qqappen", "dispute", None,
      "Hi Mr Wang, the invoice u sent is under our HK company name but the contract is with the Shenzhen company. Our finance cannot book it. Pls reissue to Shenzhen Haoyun E-commerce Co., Ltd.",
      "zr_sz", 3, CATHY, danger=True, note="invoice entity wrong", **CN),
    e("android", "other", None,
      "Hey Wang, the overseas warehouse module still shows yesterday's inventory for Ontario, it didn't sync overnight. Can your team check? Thx",
      "zr_sz", 3, MIKE, **LA),
    e("qqappen", "resend_request", None,
      "Hi, can u send the bank account info again? The reminder went to our spam and the attachment is gone.",
      "zr_sz", 4, CATHY, **CN),
    e("iosen", "dispute", None,
      "Wang, we will pay, it's just that the sync issue cost us 2 days of wrong stock on Amazon. Let's discuss the amount when you have time.",
      "zr_sz2", 8, TONY, danger=True, note="indirect: the amount questioned", **CN),
    e("olen", "promise", dec(15),
      "Hi Wang,\n\nAfter the call with your boss we agreed on the full amount. Payment is scheduled for next Tuesday, 15 Dec.\n\nLina",
      "zr_sz2", 9, LINA, **CN),
    e("gmailapp", "bank_question", None,
      "Hi Wang, Lina is off today. Our compliance team flagged that the bank name in your reminder doesn't match the one in the contract. Which one is correct?\n\nCathy",
      "zr_sz2", 10, ("Cathy Zhou", "cathy.zhou.sz@gmail.com"), danger=True, **CN),
    e("olen", "paid", None,
      "Hi Wang,\n\nPaid today, USD 11,800 via Citi HK. Our bank charged USD 25 on our side, yours may deduct something too. Remittance copy attached.\n\nLina",
      "zr_sz2", 15, LINA, atts=["Remittance_Citi_20261215.pdf"], note="charges on their side; ours only guessed", **CN),
    e("iosen", "other", None,
      "Got it thx. We want to add Walmart marketplace next quarter, let's talk after New Year.",
      "zr_sz2", 16, TONY, **CN),
    e("gmailen", "other", None,
      "Wang - heads up, I'm out Dec 19 to Jan 4. For anything warehouse-related contact Jose.\n\nMike",
      "zr_sz2", 17, MIKE, note="a person's own note of absence, no payment word", **LA),
]

SGT = [
    e("owaen", "more_time", dec(18),
      "Dear Mr Wang,\n\nNoted with thanks. Kindly allow us till 18/12 for the final payment as our director is travelling.\n\nRegards,\nPriya Nair\nAccounts",
      "zr_sg", 2, PRIYA, **SG),
    e("olenplain", "dispute", None,
      "Wang,\n\nThe lot number printed on the export labels is wrong for the Longjing batch, the customs broker rejected 2 cartons. Until this is sorted I can't approve the final payment.\n\nKim Huat",
      "zr_sg", 3, GOH, danger=True, **SG),
    e("mmen", "other", None,
      "Hi Wang, Mr Goh asked me to check: is the final payment inclusive of VAT? He needs to know before approving.",
      "zr_sg", 4, ZHOU_AGENT, note="a question on the amount for the PM", **CN),
    e("olen", "promise", dec(18),
      "Wang,\n\nLabels are fine now, the broker cleared everything. Payment will be made by Friday next week.\n\nKim Huat",
      "zr_sg", 9, GOH, note="Friday next week from Wed 9th", **SG),
    e("owaen", "resend_request", None,
      "Dear Mr Wang,\n\nCould you please re-send the invoice with our GST registration number (M2-0123456-7) on it? Our auditors require it for year-end.\n\nRegards,\nPriya",
      "zr_sg", 10, PRIYA, note="their own number added, no fault said", **SG),
    e("olen", "promise", dec(18),
      "Wang, Priya tells me the payment goes out on the 18th. FYI our bank is UOB, the money may take 2-3 days to reach China.",
      "zr_sg", 15, GOH, **SG),
    e("owaen", "paid", None,
      "Dear Mr Wang,\n\nPlease be informed that we have remitted SGD 16,500.00 today by telegraphic transfer. TT copy attached for your reference.\n\nRegards,\nPriya",
      "zr_sg", 18, PRIYA, atts=["TT_copy_OCBC_18122026.pdf"], **SG),
    e("gmailapp", "other", None,
      "Hi Wang, I'm taking over IT from my dad next year. Could you send me the admin login and the user guide?\n\nRyan",
      "zr_sg", 21, RYAN, **SG),
]

MISC = [
    e("mmen", "promise", dec(20),
      "Hi Wang, boss said the balance will be paid after our US customer pays us, maybe around 20th. Thanks\n\nJessica",
      "zr_yw", 3, JESSICA, note="around the 20th: a hedge on the day", **CN),
    e("exmailen", "resend_request", None,
      "Hi Wang, can you resend the invoice as PDF? The one in the mail is an OFD file and our OA can't open it.\n\nWu Hao, IT",
      "zr_jx", 5, IT_JX, **CN),
    e("tben", "other", None,
      "Hi Wang,\n\nThe truck booking API returns 502 about twice an hour since this morning. Logs attached.\n\nWu Hao",
      "zr_jx", 7, IT_JX, atts=["gate_api_502_20261207.log"], **CN),
    e("mmen", "paid", None,
      "Hi Wang, the factory paid the 26,000 on Monday. Could you email the invoice stamped as paid for our records?\n\nJessica",
      "zr_yw2", 16, JESSICA, **CN),
    e("appleen", "promise", dec(7),
      "Wang, go-live payment is approved. Will pay Monday.\n\nMin",
      "zr_lp", 5, ("Zhong Min", "zhongmin.lp@icloud.com"), note="Monday from Sat 5th", **CN),
]
HS = [
    e("gmailen", "promise", dec(4),
      "Hi Wang,\n\nSorry for the delay, our bookkeeper is on maternity leave. I'll pay the go-live invoice myself via Alipay business by Friday.\n\nPieter",
      "zr_hs", 2, PIETER, note="Friday from Wed 2nd", **CN),
    e("appleen", "bank_question", None,
      "Wang, Alipay business wants a 'purpose of payment' code before it lets me pay a company account. Which one do I choose? And is the account name exactly as on the invoice?\n\nPieter",
      "zr_hs", 4, ("Pieter de Vries", "pieter.devries@icloud.com"), danger=True, **CN),
    e("gmailen", "paid", None,
      "Paid the 42,000 RMB today by bank transfer from our ICBC account in the end, Alipay was a nightmare. Screenshot attached.\n\nPieter",
      "zr_hs", 7, PIETER, atts=["IMG_4471.PNG"], **CN),
    e("tben", "other", None,
      "Hi Wang,\n\nThe front desk system double-booked room 304 twice last weekend. Can someone check the channel manager sync?\n\nLucy",
      "zr_hs", 9, LUCY, **CN),
    e("gmailen", "dispute", None,
      "Wang, our new bookkeeper says the fapiao was issued to 'Panda Lane Hostel' but our registered name is 'Chengdu Panda Lane Hostel Management Co., Ltd.' Could you reissue it? She can't book it otherwise.\n\nPieter",
      "zr_hs", 14, PIETER, danger=True, note="invoice entity wrong, politely", **CN),
]
SZ.append(
    e("qqappen", "other", None,
      "Hi Wang, our auditor needs a 2026 statement of account with your company chop. Can u send it before 31 Dec?",
      "zr_sz2", 21, CATHY, note="a statement for their audit, not a promise", **CN))
SZ.append(
    e("olen", "paid", None,
      "Hi Wang,\n\nJust checking the USD 11,800 arrived in full? Our bank shows it settled on the 16th.\n\nLina",
      "zr_sz2", 22, LINA, **CN))
# fmt: on

ZR_INTL = TC + HKC + SZ + SGT + MISC + HS
