"""Set S's Traditional-Chinese and English replies, and its machine mail (see heldout_c_set_s.py).

Taitung (Asia/Taipei, 民國 years) and Hong Kong (Cantonese, Big5-HKSCS from Outlook) answer
the English reminder their firm received; Brisbane, Dhaka, Lima, Istanbul, Helsinki,
Johannesburg and Hanoi write English with their own habits. Dates count from the reply's day
in the sender's zone.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_s_auto import S_MACHINE
from heldout_c_threads_s import o

D = date

# fmt: off
SURF = [
    ("olzhtw", "paid", None,
     "王先生您好：\n\n尾款新台幣85,000元已於民國115年12月1日由台東區漁會匯出，匯款單如附件，請查收。\n\n陳怡君\n浪屋衝浪民宿\n089-281-553",
     o("surf", "owner", 2, atts=["匯款單.jpg"])),
    ("gmailtw", "more_time", D(2027, 1, 31),
     "您好，冬天是淡季，尾款可以等到明年一月底嗎？我們一月二十五號會收到訂房平台撥款，收到就匯給您。\n\n志豪",
     o("surf", "mgr", 3)),
    ("ioszhtw", "dispute", None,
     "網站的中文訂房頁上個月開始，付款按鈕按了沒反應，客人一直打電話來問。問題修好才付尾款。",
     o("surf", "gm", 4)),
    ("owazhtw", "bank_question", None,
     "王先生：\n\n請問貴公司的SWIFT代碼和中轉銀行是哪一家？我們台灣的銀行說匯到大陸需要中間行的資料，不然退件。\n\n陳怡君",
     o("surf", "owner", 8)),
    ("olzhtw", "partial_payment", D(2026, 12, 25),
     "王先生您好，\n\n尾款已於115/12/09先匯出新台幣50,000元，剩餘35,000元會在115年12月25日前匯出，謝謝。\n\n陳怡君",
     o("surf", "owner", 10, seq=2)),
]

MINIBUS = [
    ("olzhtw", "paid", None,
     "王生你好，\n\n第二期款我哋上星期五已經過咗數，HKD 64,000，用轉數快，參考編號FPS2026112700193，附件係入數紙。\n\n何嘉欣\n會計部",
     o("minibus", "acc", 2, atts=["入數紙.jpg"])),
    ("ioszhtw", "dispute", None, "啲車嘅GPS成日甩訊號，司機投訴到爆，仲未搞掂就想收錢？搞掂咗先講。",
     o("minibus", "boss", 3)),
    ("gmailtw", "promise", D(2026, 12, 9),
     "王生，唔好意思，我哋會計部下個禮拜三先至出到支票，到時寄返畀你哋。",
     o("minibus", "acc", 4, sender=("Kayan Ho", "kayan.ho.hk@gmail.com"))),
    ("olen", "bank_question", None,
     "Hi Wang,\n\nOur accounts dept asks whether you can accept HKD or only CNY? Also need your bank's SWIFT code pls.\n\nThx\nRaymond",
     o("minibus", "ops", 7)),
    ("olzhtw", "paid", None,
     "王生：\n\n支票已經寄出，抬頭寫「示例科技有限公司」，應該下星期收到。\n\n何嘉欣",
     o("minibus", "acc", 9, note="cheque posted")),
    ("ioszhtw", "promise", D(2026, 12, 31), "未過數，唔好再催，月尾之前一定畀。",
     o("minibus", "boss", 11, seq=2, danger=True)),
]

SOLAR = [
    ("olen", "paid", None,
     "Hi Wang,\n\nPayment went through this morning via international transfer, remittance attached. Should land in 2-3 business days.\n\nCheers,\nKylie",
     o("solar", "acc", 2, atts=["remittance.pdf"])),
    ("iosen", "dispute", None,
     "Mate, the app's been dropping jobs off the installers' calendars since the last update. Not paying M2 till that's sorted.\nDean",
     o("solar", "boss", 2)),
    ("gmailen", "other", None,
     "Hi Wang,\n\nJust flagging I'm not the right person for payments - I've looped in Kylie in accounts who'll sort it.\n\nCheers,\nBec",
     o("solar", "ops", 3)),
    ("olen", "promise", D(2026, 12, 17),
     "Hi Wang,\n\nWe'll pay this in our fortnightly pay run on Thursday week.\n\nKind regards,\nKylie Marsh | Accounts | Sunhaven Solar\nPh 07 3555 0192 | ABN 41 612 887 300",
     o("solar", "acc", 4)),
    ("olen", "partial_payment", None,
     "Hi Wang,\n\nApologies for the silence - we brought it forward and it went out this arvo. Half only (AUD 9,200) as Dean wants the calendar bug fixed before the rest goes. Remittance attached.\n\nKylie",
     o("solar", "acc", 14, seq=2, atts=["remittance.pdf"])),
    ("gmailapp", "promise", D(2026, 12, 18),
     "All good now, bug's fixed. Told Kylie to pay the rest Friday.\n\nDean",
     o("solar", "boss", 16, seq=2, sender=("Dean Kowalski", "deank.solar@gmail.com"))),
]

DHAKA = [
    ("gmailen", "promise", None,
     "Dear Sir,\n\nGreetings from Meghna Sourcing.\n\nThis is to inform you that your payment is under process and will be released within next week positively.\n\nThanks & Regards,\nMd. Rafiqul Islam\nAccounts\nCell: +880 1711-304522",
     o("dhaka", "acc", 2)),
    ("olen", "dispute", None,
     "Dear Wang,\n\nThe UAT is not completed from our end. Three buyer reports are giving wrong figures for shipped quantity. Kindly rectify the same and then we will release the payment.\n\nTanvir Ahmed\nManaging Director",
     o("dhaka", "md", 3)),
    ("owaen", "other", None,
     "Hi Wang,\n\nI am from merchandising team, payment is not under my department. I have forwarded your mail to Mr. Rafiq (Accounts).\n\nRegards,\nNusrat",
     o("dhaka", "merch", 3)),
    ("gmailen", "bank_question", None,
     "Dear Sir,\n\nPlease share your bank's CNAPS code and the full branch address. Our bank (Eastern Bank) is asking for the same to process the TT.\n\nThanks & Regards,\nRafiq",
     o("dhaka", "acc", 4)),
    ("gmailen", "partial_payment", D(2027, 1, 7),
     "Dear Sir,\n\nKindly note we have released USD 4,800 today being 50% of the invoice value. Balance 50% will be paid within next 30 days after realisation of our buyer's payment.\n\nTT copy attached herewith for your kind perusal.\n\nThanks & Regards,\nMd. Rafiqul Islam",
     o("dhaka", "acc", 8, seq=2, atts=["TT_copy.pdf"])),
    ("gmailen", "paid", None,
     "Dear Sir,\n\nKindly find attached the TT copy for the balance USD 4,800 remitted today. Now full payment is done.\n\nRegards,\nRafiq",
     o("dhaka", "acc", 14, seq=2, atts=["TT_copy_balance.pdf"])),
]

LIMA = [
    ("owaen", "paid", None,
     "Dear Mr. Wang,\n\nGood morning. I inform you that the transfer of the Phase 1 was executed the day 30/11 from our account in BCP. I attach the voucher.\n\nBest regards,\nRosa Quispe\nFinance",
     o("lima", "fin", 2, atts=["voucher.pdf"])),
    ("iosen", "dispute", None,
     "Wang, we will pay the 50% now and the other 50% when the telemetry shows the hours of the excavators correctly. Today it shows zero hours for 4 machines.\nRegards\nJorge",
     o("lima", "gg", 3, note="half offered, the rest held for a defect")),
    ("gmailen", "other", None,
     "Hello Wang,\n\nSince yesterday's patch the dashboard shows the hours ok. I already informed to Jorge.\n\nThanks!\nMiguel",
     o("lima", "ops", 4)),
    ("owaen", "partial_payment", D(2026, 12, 18),
     "Dear Mr. Wang,\n\nWe made a partial payment of USD 11,000 today. The difference will be paid until the 18/12, after the confirmation of operations.\n\nBest regards,\nRosa Quispe",
     o("lima", "fin", 9, seq=2)),
    ("owaen", "paid", None,
     "Dear Mr. Wang,\n\nI confirm you that the remaining USD 11,000 was transferred today. Voucher attached.\n\nRosa",
     o("lima", "fin", 16, seq=2, atts=["voucher_2.pdf"])),
]

CARPET = [
    ("gmailen", "paid", None,
     "Dear Mr. Wang,\n\nWe sent the money yesterday evening, the bank receipt is in attachment.\n\nHave a nice day,\nElif",
     o("carpet", "acc", 2, atts=["bank_receipt.pdf"])),
    ("iosen", "dispute", None,
     "Mr Wang hello,\nYour invoice is USD 7.800 but the contract says EUR 7.200, we will not pay USD. Please correct the invoice.\nMehmet Aksoy",
     o("carpet", "boss", 3)),
    ("olen", "resend_request", None,
     "Dear Wang,\n\nPlease send us the invoice again with our new address (we moved to Yenibosna), our accounting cannot book it otherwise.\n\nBest regards,\nBurak Demir\nExport Department",
     o("carpet", "exp", 4)),
    ("gmailen", "promise", D(2026, 12, 11),
     "Dear Mr. Wang,\n\nThe new invoice arrived, thank you. We will make the payment on Friday, 11.12.2026.\n\nBest regards,\nElif",
     o("carpet", "acc", 9, seq=2)),
    ("gmailen", "promise", D(2026, 12, 15),
     "Mr. Wang, I am sorry, on Friday the payment couldn't be done because of the bank's system. It will be done tomorrow morning.\n\nElif",
     o("carpet", "acc", 14, seq=2)),
]

AUDIO = [
    ("tben", "paid", None, "Hi Wang,\n\nThis was paid on 27.11. Can you check again?\n\nAino",
     o("audio", "prod", 2, below=True)),
    ("appleen", "paid", None,
     "Wang,\n\nOur bank statement shows the EUR 14,500 left our account on 27.11. Could you check with your bank? Perhaps an intermediary bank deducted fees.\n\nBest,\nJukka",
     o("audio", "ceo", 3)),
    ("olen", "resend_request", None,
     "Hello,\n\nInvoices must be sent to our e-invoicing address 003712345678 (operator Maventa). Invoices sent to this mailbox are not processed.\n\nThis is not an automatic message.\n\nRevontuli Audio / Invoices",
     o("audio", "inv", 3)),
    ("tben", "bank_question", None,
     "Hi Wang,\n\nOur bank just told us the payment was returned because the beneficiary name did not match. Can you confirm the exact beneficiary name and the beneficiary bank's address?\n\nAino",
     o("audio", "prod", 8, seq=2, below=True)),
    ("appleen", "paid", None, "Wang,\n\nRe-sent today with the corrected name. Should arrive in a couple of days.\n\nJukka",
     o("audio", "ceo", 10, seq=2)),
]

SCHOOL = [
    ("olen", "more_time", None,
     "Good day Mr Wang,\n\nPlease note the school closes for the December holidays on 4 December and the finance office only reopens on 11 January 2027. The Term 4 payment will go in the first payment run after we reopen.\n\nKind regards,\nMrs L. Dlamini\nBursar\nTel: 011 555 0187",
     o("school", "bursar", 2)),
    ("owaen", "promise", D(2026, 12, 4),
     "Dear Mr Wang,\n\nThe board approved the payment at last night's meeting. Mrs Dlamini will effect it before the school closes on Friday.\n\nKind regards,\nGraham Botha\nPrincipal",
     o("school", "head", 3)),
    ("olen", "paid", None, "Good day,\n\nProof of payment attached.\n\nRegards,\nLindiwe",
     o("school", "bursar", 4, atts=["ProofOfPayment.pdf"])),
    ("gmailen", "dispute", None,
     "Hi Wang,\n\nThe timetable module is still not pulling the Grade 12 exam schedule. Not sure if that affects the payment, but the principal asked me to let you know it is still outstanding on our side.\n\nSipho\nIT",
     o("school", "it", 3, sender=("Sipho Ndlovu", "sipho.ndlovu.za@gmail.com"))),
]

HANOI = [
    ("gmailen", "promise", D(2026, 12, 10),
     "Dear Mr. Wang,\n\nSorry for late reply. Our accounting is closing the year, the payment will be made on 10/12/2026.\n\nBest regards,\nNguyen Thi Thu Ha",
     o("hanoi", "acc", 2)),
    ("olen", "promise", D(2026, 12, 10),
     "Dear Mr Wang,\n\nGo-live was not on 24 November, it was only 28 November because of the server migration. By contract the payment is 15 days after go-live, so the due date is 13/12. Anyway Ms Ha will pay on the 10th as she said.\n\nTran Van Minh\nDirector",
     o("hanoi", "dir", 3)),
    ("android", "other", None, "hi mr wang, payment is finance job, i sent ur mail to ms ha. thanks",
     o("hanoi", "sales", 4)),
    ("gmailen", "resend_request", None,
     "Dear Mr. Wang,\n\nOur bank requires the purpose of payment and the contract for the foreign currency transfer. Could you send us a copy of the contract and the invoice with stamp?\n\nThank you!\nThu Ha",
     o("hanoi", "acc", 7)),
    ("gmailen", "paid", None,
     "Dear Mr. Wang,\n\nThe payment of USD 6,900 was made on 10/12, the debit advice is attached.\n\nBest regards,\nThu Ha",
     o("hanoi", "acc", 11, seq=2, atts=["debit_advice.pdf"])),
]

MORE_INTL = [
    ("olmobtw", "acceptance", None, "付款按鈕修好了，我們測試過OK，驗收沒問題。",
     o("surf", "gm", 11, seq=2)),
    ("gmailtw", "paid", None, "王先生您好，老闆說尾款已經全部匯了，明細如附件。\n志豪",
     o("surf", "mgr", 16, seq=2, atts=["匯款明細.png"])),
    ("ioszhtw", "promise", D(2026, 12, 17), "聽日過數", o("minibus", "boss", 16, seq=2)),
    ("olen", "bank_question", None,
     "Hi Wang,\n\nOur bank (CommBank) flagged your account as a new international payee and wants us to confirm the beneficiary's street address and the CNAPS code before it will release anything. Can you send those through?\n\nThanks,\nKylie",
     o("solar", "acc", 8)),
    ("gmailen", "bank_question", None, "Dear Sir,\n\nPlease see inline.\n\nRafiq",
     o("dhaka", "acc", 10, seq=2, inline=("Account number:", "[Rafiq] Account number is showing 16 digits but our bank system needs 19 digits. Kindly check and confirm."))),
    ("iosen", "more_time", None,
     "Wang, this month we can only pay half because of the fiscal closing. The rest in the first days of January.\nJorge",
     o("lima", "gg", 7)),
    ("iosen", "paid", None, "Mr Wang, the EUR/USD problem is solved, thank you. Elif told me the payment is done.\nMehmet",
     o("carpet", "boss", 16, seq=2)),
    ("olenplain", "paid", None,
     "Good day Mr Wang,\n\nThe payment was made on 3 December (our ref PRC-SUP-2211). Your second reminder must have crossed with it - please check again.\n\nKind regards,\nMrs L. Dlamini\nBursar",
     o("school", "bursar", 14, seq=2)),
    ("olen", "other", None,
     "Dear Mr Wang,\n\nWe still have one issue: the app crashes when technicians upload photos of the machine. Please fix this under the warranty.\n\nTran Van Minh",
     o("hanoi", "dir", 14, seq=2, note="a support request, no payment fact")),
    ("qqappen", "promise", D(2026, 12, 20),
     "Hi Mr Wang, our boss say the acceptance payment will pay after the 12.12 promotion, maybe around 12.20. Thanks\nVivian",
     o("snail", "cw", 4, sender=("Vivian Wei", "1730094412@qq.com"), note="hedged day, month.day")),
    ("olen", "dispute", None,
     "Mr. Wang,\n\nWe received your formal demand. We do not accept it: your invoice was wrong (USD instead of EUR) and the corrected one came only on 8.12. So we are not late. Payment will be made according to the new invoice.\n\nMehmet Aksoy\nGeneral Manager",
     o("carpet", "boss", 14, stage="demand")),
    ("olmoben", "promise", D(2026, 12, 16), "Wang - payment of the difference approved today, Rosa processes it tomorrow.\nJ.",
     o("lima", "gg", 15, seq=2)),
    ("olen", "paid", None, "Hi Wang,\n\nRemaining AUD 9,200 paid today, remittance attached. That squares us up.\n\nKylie",
     o("solar", "acc", 18, seq=2, atts=["remittance_2.pdf"])),
    ("tben", "other", None, "Hi,\n\nGot it, thanks for confirming receipt. Merry Christmas!\n\nAino",
     o("audio", "prod", 16, seq=2, below=True)),
    ("olen", "paid", None,
     "Dear Sir,\n\nThank you for the prompt support. Payment already done by our accounts on 14-12-2026.\n\nRegards,\nTanvir Ahmed",
     o("dhaka", "md", 15, seq=2)),
    ("olzhtw", "paid", None, "王先生：\n\n剩餘新台幣35,000元已於12/21匯出，請查收。\n\n陳怡君",
     o("surf", "owner", 21, seq=2)),
    ("gmailen", "acceptance", None,
     "Hi Wang,\n\nGrade 12 schedule sync works now, thanks. I've told the principal we're happy with the module.\n\nSipho",
     o("school", "it", 10, sender=("Sipho Ndlovu", "sipho.ndlovu.za@gmail.com"))),
]

# fmt: on
S_INTL = (
    SURF + MINIBUS + SOLAR + DHAKA + LIMA + CARPET + AUDIO + SCHOOL + HANOI + MORE_INTL + S_MACHINE
)
