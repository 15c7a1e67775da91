"""Held-out set ZT, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Hualien marble quarry (Taiwan Mandarin, month/day dates, the Simplified reminder)
and a Tsuen Wan lift-maintenance contractor (Cantonese, the English reminder). English: a Perth
mining-camp caterer (day-first dates), a Montreal dance school, a Cape Town wine-export logistics
firm and a Manila BPO answering an acceptance milestone's first and second reminders.
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_zt import dec, entry

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
PE = {"tz": "Australia/Perth"}
MT = {"tz": "America/Toronto"}
CT = {"tz": "Africa/Johannesburg"}
MN = {"tz": "Asia/Manila"}

# 花蓮 太魯閣石材 (marble quarry: blocks and slab stock; 二期款 NT$420,000; Simplified reminder)
WU_ZH = ("吳振宏", "zh.wu@tarokostone.com.tw")
CHEN_YJ = ("陳怡君", "yj.chen@tarokostone.com.tw")
LIN_ZH = ("林志豪", "zhihao.lin.hl@gmail.com")
GAO_XL = ("高秀蘭", "xl.kao@tarokostone.com.tw")
# 荃灣 荃達升降機工程 (lift maintenance: scheduling and call-outs; HKD 88,000; English reminder)
TSANG = ("曾國輝", "kf.tsang@tsuendalift.com.hk")
HO_KY = ("何嘉欣 Karen Ho", "karen.ho@tsuendalift.com.hk")
KENNY = ("Kenny Lau", "kennylau.lift@gmail.com")
LAI = ("黎太", "mrs.lai.tsuenda@gmail.com")
# Perth: Pilbara Camp Kitchens (mining-camp caterer: rosters and meal counts; AUD 16,800)
SUE = ("Sue Harrington", "sue.harrington@pilbaracampkitchens.com.au")
DEAN = ("Dean O'Brien", "dean.obrien@pilbaracampkitchens.com.au")
MICK = ("Mick Taylor", "micktaylor.chef@gmail.com")
AP_PE = ("Accounts Payable", "ap@pilbaracampkitchens.com.au")
# Montreal: École de danse Saint-Laurent (dance school: enrolment and recital tickets; CAD 9,400)
GENEVIEVE = ("Geneviève Tremblay", "gtremblay.danse@gmail.com")
MARC = ("Marc-André Gagnon", "admin@ecoledansestlaurent.ca")
# Cape Town: Cape Vineyard Freight (wine exports: consignments and cold chain; USD 14,200)
PIETER = ("Pieter van der Merwe", "pieter@capevineyardfreight.co.za")
THANDI = ("Thandiwe Nkosi", "finance@capevineyardfreight.co.za")
RIAAN = ("Riaan Botha", "riaan.botha.cvf@gmail.com")
# Manila: BrightPath Contact Solutions (BPO: agent scheduling; acceptance payment USD 22,500)
RHEA = ("Rhea Villanueva", "rhea.villanueva@brightpathcx.ph")
JOEL = ("Joel Bautista", "joel.bautista@brightpathcx.ph")
MARK = ("Mark Dizon", "mark.dizon@brightpathcx.ph")

# fmt: off
HL = [
    e("owazhtw", "promise", dec(10),
      "王經理您好：\n\n來信收到，二期款會在12/10前匯出，謝謝提醒。\n\n吳振宏", "zt_hl", 1, WU_ZH, **TW),
    e("owazhtw", "bank_question", None,
      "王經理：\n\n我們從台灣的銀行電匯，需要貴公司收款銀行的SWIFT code，提醒裡沒有寫，麻煩提供。\n\n陳怡君\n會計",
      "zt_hl", 2, CHEN_YJ, danger=True, **TW),
    e("gmailtw", "other", None,
      "王經理，荒料入庫單印出來都是亂碼，可以請工程師幫忙看一下嗎？謝謝",
      "zt_hl", 3, LIN_ZH, note="a fault report, no payment word", **TW),
    e("ioszhtw", "more_time", None,
      "王經理，這期款我們想分兩次付，這個月先付一半，另一半一月底，不知道可不可以？",
      "zt_hl", 4, WU_ZH, note="asking for instalments: a plan, no single day", **TW),
    e("owazhtw", "dispute", None,
      "王經理：\n\n發票上的統一編號打錯了，我們的統編是23415867，不是23415876，這樣無法報帳，請重新開立。\n\n陳怡君",
      "zt_hl", 7, CHEN_YJ, danger=True, note="the tax number wrong on the invoice", **TW),
    e("olmobtw", "paid", None,
      "王經理，二期款新台幣420,000元今天已經匯出，水單如附件。\n\n高秀蘭 出納",
      "zt_hl", 10, GAO_XL, atts=["花蓮企銀匯款水單.pdf"], **TW),
    e("owazhtw", "paid", None,
      "王經理：\n\n補充一下，10日的匯款銀行說中間行可能會扣一點手續費，如果貴司實收少一點請見諒。\n\n陳怡君",
      "zt_hl", 11, CHEN_YJ, note="paid in full, a cut only guessed at", **TW),
]
TWL = [
    e("olzhtw", "promise", dec(11),
      "王生你好，\n\n尾數我哋會喺12月11號之前過數，到時會send張入數紙俾你。\n\nKaren\nAccounts",
      "zt_tw", 1, HO_KY, **HK),
    e("gmailtw", "other", None,
      "王生，D師傅話call-out嗰個app成日hang機，可唔可以搵人睇下？唔該",
      "zt_tw", 2, KENNY, note="a fault report in Cantonese", **HK),
    e("ioszhtw", "other", None, "收到，我遲啲覆你。", "zt_tw", 3, TSANG, note="an acknowledgement", **HK),
    e("gmailtw", "resend_request", None,
      "王生你好，請問尾數嗰張invoice可唔可以再send多次？我搵唔到。唔該晒",
      "zt_tw", 4, LAI, **HK),
    e("olzhtw", "dispute", None,
      "王生：\n\n張invoice寫咗HKD 88,000，但係合約嘅final payment係HKD 80,000，另外8,000係保養費，要明年先開始計，麻煩改返張invoice再寄過嚟。\n\nKaren",
      "zt_tw", 7, HO_KY, danger=True, note="the invoice's amount disputed", **HK),
    e("ioszhtw", "more_time", None,
      "王生，老細話公司月尾先有錢入，尾數可唔可以等到一月初先俾？",
      "zt_tw", 9, TSANG, note="asking for time", **HK),
    e("olzhtw", "paid", None,
      "王生：\n\n尾數HKD 80,000已經過咗數，入數紙見附件，改咗嘅invoice都收到，唔該。\n\nKaren",
      "zt_tw", 16, HO_KY, atts=["HSBC_payment_advice.pdf"], note="paid the amount the corrected invoice says", **HK),
]
PER = [
    e("olen", "promise", dec(10),
      "Hi Wang,\n\nThanks for the reminder. This one is scheduled for our next pay run on Thursday 10 December.\n\nCheers,\nDean",
      "zt_pe", 1, DEAN, **PE),
    e("iosen", "other", None, "Got it, thanks. Will chase accounts.\n\nSent from my iPhone", "zt_pe", 2, SUE,
      note="an acknowledgement", **PE),
    e("gmailen", "other", None,
      "mate the meal count screen on the tablet in the crib room froze again this arvo, can someone look at it before night shift",
      "zt_pe", 3, MICK, note="a fault report, no payment word", **PE),
    e("iosen", "dispute", None,
      "Hi Wang,\n\nHonestly not happy. Phase 2 was meant to include the meal-count export to the mine's billing system and it's still not there. We're not paying for something that hasn't been delivered.\n\nSue",
      "zt_pe", 3, SUE, danger=True, **PE),
    e("owaen", "resend_request", None,
      "Hello,\n\nOur AP system requires invoices to show our purchase order number. Please reissue the invoice with PO-44817 on it and send it to ap@pilbaracampkitchens.com.au.\n\nKind regards,\nAccounts Payable",
      "zt_pe", 4, AP_PE, note="the client's own PO number added, no fault said", **PE),
    e("olen", "promise", dec(10),
      "Hi Wang,\n\nJust confirming it's in the pay run for 10/12.\n\nDean", "zt_pe", 7, DEAN, note="day-first", **PE),
    e("olen", "paid", None,
      "Hi Wang,\n\nPayment of AUD 16,800.00 went through today. Remittance advice attached.\n\nCheers,\nDean",
      "zt_pe", 10, DEAN, atts=["Remittance_Advice_PCK_10122026.pdf"], **PE),
]
MTL = [
    e("gmailen", "promise", dec(11),
      "Hi Mr. Wang,\n\nSorry for the delay! Things are crazy here with the Nutcracker recital coming up. I'll send the payment by the end of next week.\n\nGeneviève",
      "zt_mt", 1, GENEVIEVE, note="end of next week = its Friday", **MT),
    e("appleen", "resend_request", None,
      "Hello,\n\nCould you please send us the invoice again as a PDF? Our bookkeeper can't find it. Merci!\n\nMarc-André\n\nSent from my iPad",
      "zt_mt", 2, MARC, **MT),
    e("tben", "other", None,
      "Hi,\n\nThe recital ticketing page shows Saturday December 20 instead of Saturday December 19. Parents are confused. Can you fix it asap?\n\nThanks,\nMarc-André",
      "zt_mt", 4, MARC, note="a fault report; its days name no payment", **MT),
    e("gmailen", "more_time", None,
      "Hi,\n\nJust being honest with you: we're a small school and December is tight. Would it be possible to pay half now and the other half in mid-January?\n\nThank you for understanding,\nGeneviève",
      "zt_mt", 9, GENEVIEVE, note="asking for instalments", **MT),
    e("gmailen", "partial_payment", date(2027, 1, 15),
      "Hi Mr. Wang,\n\nI sent CAD 4,700 by wire this morning, the first half as we discussed. The rest will follow on January 15.\n\nMerci encore,\nGeneviève",
      "zt_mt", 11, GENEVIEVE, danger=True, atts=["Desjardins_virement_confirmation.pdf"], **MT),
    e("appleen", "bank_question", None,
      "Hello,\n\nOur bank is asking for the beneficiary bank's full address and an intermediary bank for a CAD wire. What should I put?\n\nMarc-André",
      "zt_mt", 10, MARC, danger=True, **MT),
]
CPT = [
    e("olen", "resend_request", None,
      "Good day,\n\nKindly send us your banking details (bank name, SWIFT code and account number) on your company letterhead so that we can load you on our vendor system.\n\nKind regards,\nThandiwe Nkosi\nFinance",
      "zt_ct", 1, THANDI, note="a paper of our account for their registration"),
    e("owaen", "dispute", None,
      "Hi,\n\nBefore we pay: the cold-chain temperature alerts are still not reaching the drivers' phones. We raised this on 12 November. We will settle the mid-term payment once this has been resolved.\n\nRegards,\nPieter",
      "zt_ct", 2, PIETER, danger=True),
    e("gmailapp", "other", None,
      "Hi, alerts are coming through since this morning, thanks for sorting it out.\n\nRiaan",
      "zt_ct", 3, RIAAN, note="the fault fixed; no payment word"),
    e("olen", "promise", dec(7),
      "Good day,\n\nPlease note that the payment will be released on Monday, 7 December 2026 as per our payment run.\n\nKind regards,\nThandiwe Nkosi\nFinance",
      "zt_ct", 4, THANDI),
    e("olen", "paid", None,
      "Good day,\n\nPayment of USD 14,200.00 was released today. Please find the SWIFT MT103 attached. Kindly note that intermediary banks may have deducted charges.\n\nKind regards,\nThandiwe Nkosi\nFinance",
      "zt_ct", 7, THANDI, atts=["MT103_CVF_07122026.pdf"], note="a cut only guessed at"),
]
MNL = [
    e("olen", "acceptance", None,
      "Hi Sir Wang,\n\nGood day! UAT was completed last Friday and our Operations Director signed the acceptance certificate today. Attached is the signed copy.\n\nThank you po!\nRhea",
      "zt_mn", 1, RHEA, atts=["Acceptance_Certificate_signed.pdf"], **MN),
    e("olen", "promise", None,
      "Hi Sir,\n\nNoted on this. We will process the payment within 30 days after acceptance as per contract.\n\nThank you,\nJoel Bautista\nFinance",
      "zt_mn", 2, JOEL, note="a contract term restated: no day", **MN),
    e("olen", "other", None,
      "Hi Sir, quick question: is the amount on the acceptance invoice VAT-exclusive? Our finance needs to know for the withholding tax.\n\nRhea",
      "zt_mn", 2, RHEA, note="a question about the invoice, no fault said", **MN),
    e("android", "other", None,
      "Hi, the shift bidding module keeps timing out during peak hours. Can your team check? Thanks",
      "zt_mn", 3, MARK, note="a fault report", **MN),
    e("olen", "more_time", None,
      "Hi Sir Wang,\n\nSo sorry, our December payment run is already closed. Can we request to move this to the first run of January?\n\nRhea",
      "zt_mn2", 8, RHEA, note="asking for time, no day", **MN),
    e("olen", "promise", dec(15),
      "Hi Sir Wang,\n\nApologies for the delay. Management approved an off-cycle payment, it is scheduled on Dec 15. Will send the proof once done.\n\nJoel",
      "zt_mn2", 9, JOEL, **MN),
    e("olen", "partial_payment", None,
      "Good day Sir,\n\nPayment of USD 22,050.00 was sent today, net of the 2% expanded withholding tax. Attached are the proof of payment and BIR Form 2307.\n\nThank you,\nJoel",
      "zt_mn2", 15, JOEL, danger=True, atts=["Proof_of_Payment_BPCS.pdf", "BIR_2307_BrightPath.pdf"],
      note="a cut stated (withholding tax)", **MN),
]
# fmt: on

# fmt: off
HL += [
    e("gmailtw", "other", None, "王經理，入庫單的問題已經修好了，謝謝你們。", "zt_hl", 8, LIN_ZH,
      note="thanks for a fix", **TW),
    e("owazhtw", "other", None, "王經理：\n\n重開的發票收到了，謝謝。\n\n陳怡君", "zt_hl", 9, CHEN_YJ,
      note="the reissued invoice received", **TW),
]
TWL += [
    e("olen", "resend_request", None,
      "Hi Mr Wang,\n\nJust to check, will the revised invoice for HKD 80,000 come by post or by email? Our auditor needs the original.\n\nRegards,\nKaren Ho\nAccounts",
      "zt_tw", 14, HO_KY, note="the corrected invoice wanted as a paper original", **HK),
    e("ioszhtw", "promise", dec(15), "王生，張invoice改好咗，我哋聽日過數，唔好意思拖咗。", "zt_tw", 14, TSANG,
      note="聽日 = tomorrow", **HK),
]
PER += [
    e("olen", "bank_question", None,
      "Hi Wang,\n\nQuick one before the pay run: do you accept AUD into that account, or do we need to send USD? And can you confirm the SWIFT code?\n\nDean",
      "zt_pe", 2, DEAN, danger=True, **PE),
    e("iosen", "other", None, "Meal count export is working now, cheers. I've let Dean know.\n\nSent from my iPhone",
      "zt_pe", 8, SUE, note="the fault behind the dispute fixed; no payment word", **PE),
    e("owaen", "paid", None,
      "REMITTANCE ADVICE\n\nPayment date: 10/12/2026\nPayee: Example Technology Co., Ltd.\nAmount: AUD 16,800.00\nReference: PO-44817 / Phase 2\n\nThis remittance has been generated by Pilbara Camp Kitchens Accounts Payable.",
      "zt_pe", 10, AP_PE, note="an AP system's remittance advice", **PE),
]
MTL += [
    e("tben", "promise", None,
      "Hi,\n\nGeneviève asked me to confirm we received the invoice. Payment will go out after the recital on December 19.\n\nMarc-André",
      "zt_mt", 7, MARC, note="the day the payment waits for names no day", **MT),
    e("gmailen", "dispute", None,
      "Hi Mr. Wang,\n\nQuick thing: we became a non-profit this fall, so the invoice must be addressed to Les Ateliers de danse Saint-Laurent OBNL, not the old company name. Our accountant says she can't use the old one for our year-end. Could you reissue it?\n\nGeneviève",
      "zt_mt", 16, GENEVIEVE, danger=True, note="the invoice addressed to the wrong entity", **MT),
]
CPT += [
    e("olen", "promise", dec(7),
      "Good day,\n\nThank you for the reminder. Our supplier payment runs are on the 7th and the 22nd of each month.\n\nKind regards,\nThandiwe Nkosi\nFinance",
      "zt_ct", 2, THANDI, note="paydays alone: the next of them"),
    e("gmailapp", "other", None, "Hey, is the cold chain dashboard down? Can't log in since 8am.\n\nRiaan",
      "zt_ct", 9, RIAAN, note="a fault report"),
]
MNL += [
    e("olen", "other", None,
      "Hi Sir,\n\nFor our vendor accreditation, may we request a copy of your Certificate of Registration and a signed vendor information sheet (attached)?\n\nThank you,\nJoel",
      "zt_mn", 4, JOEL, atts=["Vendor_Information_Sheet.xlsx"], note="the payer's own form to fill", **MN),
    e("android", "other", None, "Noted Sir, thank you!", "zt_mn", 2, RHEA,
      sender=("Rhea Villanueva", "rheavillanueva.bp@gmail.com"), note="an acknowledgement", **MN),
]
# fmt: on

ZT_INTL = HL + TWL + PER + MTL + CPT + MNL
