"""Held-out set ZS, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Keelung fish cold store (Taiwan Mandarin with English, answering the
Simplified reminder), a Kwun Tong freight forwarder (Cantonese with English, a vendor portal
and payment runs) and the Hong Kong company of the Keqiao fabric trader (a SWIFT return for a
beneficiary-name mismatch). English: a Tirupur knitwear exporter (Indian English, TDS under
Section 195, a second reminder), a Kano sesame trader (Nigerian English, FX allocation, 10 %
WHT), an Iloilo contact centre (Philippine English, AP tickets, payment runs on the 15th and
30th), a Stuttgart turned-parts maker (a Coupa portal, dd.mm dates, a Christmas closure), the
Houston subsidiary of the Wenzhou valve maker (month-first dates, a sanctions-screening
return, fiscal-year close), a Joinville furniture exporter (a câmbio contract) and a Dammam
industrial supplier (5 % WHT, Sunday-Thursday weeks, a formal demand).
"""

from __future__ import annotations

from heldout_c_threads_zs import dec, entry

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
IN = {"tz": "Asia/Kolkata"}
NG = {"tz": "Africa/Lagos"}
PH = {"tz": "Asia/Manila"}
DE = {"tz": "Europe/Berlin"}
US = {"tz": "America/Chicago"}
BR = {"tz": "America/Sao_Paulo"}
SA = {"tz": "Asia/Riyadh"}

# 基隆 正濱海洋冷凍 (fish cold store: freezer stock and shipments; NT$185,000; Simplified reminder)
JIAN = ("簡志明", "cm.jian@zhengbin-cold.com.tw")
HUANG_KJ = ("黃淑惠", "sh.huang@zhengbin-cold.com.tw")
AKAI = ("阿凱", "akai.zbcold@gmail.com")
# 觀塘 順昌貨運代理 (freight forwarder: bookings and customs documents; HKD 86,000; English reminder)
YIP = ("葉志偉", "cw.yip@shunchong-logistics.com.hk")
WINNIE = ("Winnie Lo 盧慧儀", "winnie.lo.sc@gmail.com")
MANDY = ("Mandy Chan", "ap@shunchong-logistics.com.hk")
# 錦程（香港）貿易 (the Keqiao fabric trader's Hong Kong company, paying its 尾款)
JOYCE = ("何翠儀 Joyce Ho", "joyce.ho@jincheng-hk.com")
# Tirupur, Sri Lakshmi Knit Exports Pvt. Ltd. (knitting plans and buyer compliance; USD 16,500)
KARTHIK = ("Karthikeyan R", "accounts@srilakshmiknit.in")
SUBRA = ("R. Subramaniam", "subramaniam@srilakshmiknit.in")
PRIYA = ("Priya Natarajan", "priya.merch.tpr@gmail.com")
# Kano, Dala Agro Commodities Ltd. (sesame sourcing and warehouse receipts; USD 11,200)
CHINEDU = ("Chinedu Okafor", "chinedu.okafor@dalaagro.com.ng")
DANJUMA = ("Alhaji Sani Danjuma", "sanidanjuma.dala@gmail.com")
MUSA = ("Musa Ibrahim", "musa.ibrahim@dalaagro.com.ng")
# Iloilo, Iloilo Contact Solutions, Inc. (agent scheduling and QA; USD 9,800)
JOY = ("Joy Villanueva", "joy.villanueva.ics@gmail.com")
AP_ICS = ("ICS Accounts Payable", "ap@iloilocontact.ph")
RHEA = ("Rhea Mae Gonzaga", "rhea.gonzaga@iloilocontact.ph")
MARK = ("Mark Anthony Sy", "mark.sy@iloilocontact.ph")
# Stuttgart, Präzisionsdrehteile Bauer GmbH (machine monitoring and batch traceability; EUR 24,600)
KELLER = ("Sabine Keller", "kreditoren@bauer-drehteile.de")
BAUER = ("Thomas Bauer", "t.bauer@bauer-drehteile.de")
JONAS = ("Jonas Weber", "j.weber@bauer-drehteile.de")
# Houston, Oujiang Valve USA Inc. (the Wenzhou maker's subsidiary: distributor portal; USD 18,000)
TIFFANY = ("Tiffany Nguyen", "ap@oujiangvalve-usa.com")
MIKE = ("Mike Pan", "mike.pan@oujiangvalve-usa.com")
# Joinville, Móveis Serra Alta Ltda. (furniture exporter: export orders and loading; USD 13,400)
CARLOS = ("Carlos Schmitt", "carlos.schmitt.msa@gmail.com")
JULIANA = ("Juliana Kraus", "financeiro@serraalta.com.br")
# Dammam, Gulf Coast Industrial Supplies Co. (spare parts and tenders; USD 21,000; a formal demand)
HARBI = ("Khalid Al-Harbi", "k.alharbi@gulfcoast-ind.com.sa")
RAFIQ = ("Mohammed Rafiq", "accounts.payable@gulfcoast-ind.com.sa")
FAISAL = ("Faisal Al-Otaibi", "f.otaibi@gulfcoast-ind.com.sa")

AE = {"tz": "Asia/Dubai"}
# Dubai, Al Safina Marine Supplies LLC (ship chandler at Jebel Ali: orders and vessel supply; USD 12,600)
SREEJITH = ("Sreejith Nair", "accounts@alsafina-marine.ae")
RANIA = ("Rania Haddad", "rania.haddad@alsafina-marine.ae")
VIKRAM = ("Capt. Vikram Menon", "ops@alsafina-marine.ae")

# fmt: off
KL = [
    e("owazhtw", "promise", dec(25),
      "王經理您好：\n\n本公司對外付款固定每月25日，尾款已排入本月25日的付款。\n\n黃淑惠\n正濱海洋冷凍股份有限公司 會計",
      "zs_kl", 2, HUANG_KJ, **TW),
    e("owazhtw", "dispute", None,
      "王經理：\n\n冷凍庫溫度的alert常常延遲半小時才跳出來，上週有一批魷魚差點回溫出事。這個沒改好之前，尾款先hold住。\n\n簡志明",
      "zs_kl", 3, JIAN, danger=True, **TW),
    e("gmailtw", "other", None,
      "王經理你好，我們倉庫Wi-Fi AP換了新的之後，手持機就連不上後台了，出貨單都掃不進去，麻煩幫忙看一下。\n\n阿凱",
      "zs_kl", 4, AKAI, **TW),
    e("olmobtw", "bank_question", None,
      "王經理您好：\n\n我們要從台灣這邊匯款到大陸，銀行要求填收款銀行的SWIFT code跟英文地址，提醒信裡只有中文的開戶行，麻煩提供一下。\n\n黃淑惠",
      "zs_kl", 7, HUANG_KJ, danger=True, **TW),
    e("ioszhtw", "promise", dec(25),
      "alert的問題你們已經改好了，這幾天都正常。尾款照原訂12月25日付。",
      "zs_kl", 10, JIAN, **TW),
    e("owazhtw", "partial_payment", None,
      "王經理您好：\n\n尾款已於今日匯出。因為是跨境匯款，我們這邊銀行先扣了手續費NT$800，實際匯出金額為NT$184,200，請查收。\n\n黃淑惠",
      "zs_kl", 24, HUANG_KJ, danger=True, **TW, note="a cut stated (bank fee deducted by the payer)"),
    e("owazhtw", "resend_request", None,
      "王經理您好：\n\nSWIFT資料收到了，謝謝。另外麻煩貴司另外提供一份英文的commercial invoice，我們會計師入帳要用。\n\n黃淑惠",
      "zs_kl", 9, HUANG_KJ, **TW),
    e("owazhtw", "other", None, "王經理：\n\n年底了，明年的維護合約麻煩先報個價給我參考。\n\n簡志明", "zs_kl", 15, JIAN, **TW),
]

KT = [
    e("olzhtw", "promise", dec(9),
      "王生：\n\n收到，唔該。Phase 2 嘅款我哋 accounts 會喺下個禮拜三 payment run 過數。\n\n葉志偉\n順昌貨運代理有限公司",
      "zs_kt", 2, YIP, **HK, note="下個禮拜三 from Wed 2nd"),
    e("gmailtw", "other", None,
      "王生，報關文件個 template 啲 HS code 印出嚟唔齊，八位之後就冇咗，好多單要人手改，唔該快啲跟進下。\n\nWinnie",
      "zs_kt", 3, WINNIE, **HK),
    e("olzhtw", "other", None,
      "王先生：\n\n你好。我哋 AP 系統要 vendor 先喺 supplier portal 登記，請用以下連結填 vendor registration form，同埋上載商業登記證 (BR) 同銀行證明。完成之後我哋先可以 process payment。\n\nhttps://suppliers.shunchong-logistics.com.hk/register\n\nMandy Chan\nAccounts Payable",
      "zs_kt", 4, MANDY, **HK, note="the payer's own vendor form to fill: other"),
    e("ioszhtw", "promise", dec(23),
      "王生，唔好意思，portal 登記卡咗幾日，原本話9號嗰輪 payment run 趕唔切，要等下一輪，即係23號。",
      "zs_kt", 8, YIP, **HK, note="the day given up yields to the 23rd"),
    e("owazhtw", "paid", None,
      "王先生：\n\nPhase 2 payment HKD 86,000 已經今日經 HSBC 過咗數，附上 payment advice，請查收。\n\nMandy Chan\nAccounts Payable",
      "zs_kt", 23, MANDY, atts=["Payment_Advice_KT-2026-059.pdf"], **HK),
    e("gmailtw", "other", None, "HS code 嗰個問題已經 OK 喇，thx！\n\nWinnie", "zs_kt", 11, WINNIE, **HK),
]

JC_HK = [
    e("gmailtw", "bank_question", None,
      "王經理：\n\n你好，金總叫我哋香港公司代付尾款。我哋香港戶口出美金或者港幣比較方便，請問貴司可唔可以收外幣？如果收美金，麻煩提供 SWIFT code 同 intermediary bank 資料。\n\nJoyce Ho\n錦程（香港）貿易有限公司",
      "zs_kq", 5, JOYCE, danger=True, **HK),
    e("owazhtw", "paid", None,
      "王經理：\n\n尾款 RMB 78,000 已經由香港公司匯出，附上 MT103，請查收。\n\nJoyce",
      "zs_kq", 8, JOYCE, atts=["MT103_JinchengHK_20261208.pdf"], **HK),
    e("olmobtw", "bank_question", None,
      "王經理：\n\n今日收到銀行通知，尾款被退回，原因係 beneficiary name mismatch。我哋填嘅英文名係 Hangzhou Shuju Technology Co Ltd，請問貴司喺銀行登記嘅英文全名係咪有 \"Information\" 或者括號？請確認後我哋再匯。\n\nJoyce",
      "zs_kq", 10, JOYCE, danger=True, **HK, note="a SWIFT return for the name: doubt about our account"),
    e("owazhtw", "more_time", dec(19),
      "王經理：\n\n銀行話重新匯款要先過佢哋 compliance check，可能要多幾日。可唔可以俾多一個禮拜時間我哋？唔好意思。\n\nJoyce",
      "zs_kq", 12, JOYCE, **HK, note="a further week asked: day + 7"),
]

TPR = [
    e("olen", "promise", dec(15),
      "Dear Sir,\n\nGreetings from Sri Lakshmi Knit Exports!\n\nWe have received your reminder. Kindly note the invoice has been forwarded to our MD for approval and the payment will be processed on or before 15th December 2026. Will revert once done.\n\nThanks & Regards,\nKarthikeyan R\nAccounts Payable\nSri Lakshmi Knit Exports Pvt. Ltd., Tirupur",
      "zs_in", 2, KARTHIK, **IN),
    e("gmailen", "other", None,
      "Hi Wang,\n\nThe buyer compliance report is not picking the last audit date for Unit 2, it is showing 01-01-1900. Our buyer audit is on Monday. Please do the needful at the earliest.\n\nRegards,\nPriya",
      "zs_in", 3, PRIYA, **IN),
    e("owaen", "dispute", None,
      "Dear Mr. Wang,\n\nAs per our records the deliverables for Phase 2 are incomplete. The BSCI compliance dashboard mentioned in Annexure B of the contract has not been delivered till date. We are unable to release the payment until the same is completed.\n\nKindly revert.\n\nRegards,\nR. Subramaniam\nFinance Manager",
      "zs_in", 4, SUBRA, danger=True, **IN, note="his own AP's earlier promise overruled: deliverables incomplete"),
    e("owaen", "promise", dec(18),
      "Dear Mr. Wang,\n\nThank you for delivering the BSCI dashboard; our compliance team has verified the same. The hold is released and the payment is scheduled in our payment run of 18th December 2026.\n\nRegards,\nR. Subramaniam",
      "zs_in2", 9, SUBRA, **IN),
    e("gmailen", "other", None,
      "Sir,\n\nKindly share your Tax Residency Certificate and filled Form 10F to avoid the higher TDS rate. Without the same we will have to deduct TDS @ 20%.\n\nKarthik",
      "zs_in2", 10, KARTHIK, **IN, note="the payer's tax forms to fill: other"),
    e("olen", "partial_payment", None,
      "Dear Sir,\n\nPFA the SWIFT copy. Please note we have remitted USD 14,850.00 after deducting TDS @ 10% (USD 1,650.00) as per Section 195 of the Income Tax Act. The TDS certificate will be shared after filing of the quarterly return.\n\nThanks & Regards,\nKarthikeyan R",
      "zs_in2", 18, KARTHIK, atts=["SWIFT_copy_181226.pdf"], danger=True, **IN),
    e("owaen", "other", None,
      "Dear Mr. Wang,\n\nPFA the TDS certificate (Form 16A) for the Phase 2 remittance for your records.\n\nRegards,\nR. Subramaniam",
      "zs_in2", 21, SUBRA, atts=["Form16A_Q3_SLKE.pdf"], **IN),
    e("olenplain", "bank_question", None,
      "Dear Sir,\n\nKindly confirm whether the remittance is to be made in the name of \u2018Hangzhou Shuju Technology Co., Ltd.\u2019 or \u2018Example Tech\u2019? Our bank is asking as the name in the invoice and the bank details are different.\n\nThanks & Regards,\nKarthikeyan R",
      "zs_in2", 11, KARTHIK, danger=True, **IN),
    e("gmailapp", "promise", dec(15),
      "Sir,\n\nKindly note Monday 7th is a local holiday for us. Payment as committed on or before 15/12/2026.\n\nKarthik",
      "zs_in", 3, KARTHIK, **IN, note="day-first Indian date; the holiday is not the payment's"),
]

KANO = [
    e("olen", "more_time", None,
      "Dear Sir,\n\nWe acknowledge receipt of your mail. Please be informed that the payment has been approved by management but the FX allocation from our bank is still pending. Payment will be effected as soon as the FX is made available. Kindly bear with us.\n\nBest regards,\nChinedu Okafor\nAccounts",
      "zs_ng", 2, CHINEDU, **NG, note="hung on the bank's FX allocation with a plea: more_time"),
    e("android", "other", None,
      "Good day sir,\n\nThe warehouse receipt print is not showing the grade of the sesame, only the weight. Pls help us check.\n\nMusa",
      "zs_ng", 3, MUSA, **NG),
    e("gmailen", "promise", dec(10),
      "My brother Wang, how are you and the family. We are sorting out the dollar issue with the bank, by God's grace next week Thursday latest you will receive it.\n\nAlhaji Sani",
      "zs_ng", 4, DANJUMA, **NG, note="next week Thursday from Fri 4th"),
    e("olen", "partial_payment", None,
      "Dear Sir,\n\nKindly find attached the payment advice for USD 10,080.00. Please note that 10% Withholding Tax (USD 1,120.00) has been deducted in line with extant tax laws and the WHT credit note will be forwarded to you on receipt from FIRS.\n\nBest regards,\nChinedu Okafor",
      "zs_ng", 9, CHINEDU, atts=["Payment_Advice_DAC.pdf"], danger=True, **NG),
    e("olen", "bank_question", None,
      "Dear Sir,\n\nOur bank informed us that the transfer was returned by the intermediary bank. They require the full address of the beneficiary and the name of your correspondent bank in New York. Kindly send the correct details so we can re-process.\n\nBest regards,\nChinedu Okafor",
      "zs_ng", 11, CHINEDU, danger=True, **NG),
    e("gmailen", "paid", None,
      "Wang my brother, I heard the bank returned the money. We have sent it again yesterday with the full address, please confirm when you see it.\n\nAlhaji Sani",
      "zs_ng", 16, DANJUMA, **NG),
]

ILO = [
    e("gmailen", "promise", dec(15),
      "Hi Mr. Wang!\n\nNoted po on this. Our payment run is every 15th and 30th, I'll include your invoice in the Dec 15 run. Thank you po!\n\nJoy",
      "zs_il", 2, JOY, **PH),
    e("owaen", "resend_request", None,
      "Hello,\n\nThis is to acknowledge receipt of your email. Ticket AP-2026-11873 has been created.\n\nYour invoice is on hold pending the PO number. Kindly resend the invoice with PO 4500128831 indicated so we can match it in our system.\n\nThank you,\nICS Accounts Payable",
      "zs_il", 3, AP_ICS, **PH, note="an AP clerk writing under the team box"),
    e("iosen", "other", None,
      "Sir the QA scoring export crashes when we export more than 500 calls. Pls check asap, our client report is due Monday.",
      "zs_il", 5, MARK, **PH),
    e("owaen", "dispute", None,
      "Hi Mr. Wang,\n\nRe: Ticket AP-2026-11873\n\nWe are unable to process as the invoice does not reflect our BIR-registered name \"Iloilo Contact Solutions, Inc.\" — it says \"Iloilo Contact Center\". Kindly issue a corrected invoice with our TIN 009-812-337-000.\n\nRegards,\nRhea Mae Gonzaga\nAccounts Payable",
      "zs_il", 8, RHEA, danger=True, **PH),
    e("gmailen", "more_time", dec(30),
      "Hi Mr. Wang,\n\nSorry for the delay po. Can we move the payment to the Dec 30 run instead? Finance is still waiting for the corrected invoice and the holidays are coming.\n\nJoy",
      "zs_il", 10, JOY, **PH),
    e("owaen", "paid", None,
      "Hello,\n\nPayment for invoice CK-PH-2026-052 (USD 9,800.00) was released today via BDO. Please see attached remittance advice. This ticket will now be closed.\n\nICS Accounts Payable",
      "zs_il", 30, AP_ICS, atts=["Remittance_Advice_AP-2026-11873.pdf"], **PH),
    e("owaen", "promise", dec(30),
      "Hello,\n\nTicket AP-2026-11873 has been updated: the corrected invoice has been received and the payment is scheduled on 12/30/2026.\n\nICS Accounts Payable",
      "zs_il", 12, AP_ICS, **PH, note="month-first in a Philippine AP system"),
    e("iosen", "promise", dec(30),
      "Merry Christmas po Mr. Wang! Just to update you, the payment is still on track for Dec 30.\n\nJoy",
      "zs_il", 23, JOY, **PH),
]

STG = [
    e("olen", "resend_request", None,
      "Dear Mr. Wang,\n\nthank you for your reminder. Unfortunately we cannot find your invoice in our system. Invoices must be submitted via our supplier portal (Coupa) or sent to rechnungseingang@bauer-drehteile.de; invoices sent to individual employees are not processed. Please resubmit it there, quoting our PO 4700023117.\n\nKind regards\nSabine Keller\nKreditorenbuchhaltung / Accounts Payable",
      "zs_de", 2, KELLER, **DE),
    e("olen", "dispute", None,
      "Dear Mr. Wang,\n\nthe acceptance protocol has not been signed yet. The OEE report still shows wrong downtime values for machine 7 (the index lathe); planned tool changes are counted as breakdowns. Once this is corrected we will sign the protocol.\n\nBest regards\nThomas Bauer\nGeschäftsführer",
      "zs_de", 4, BAUER, danger=True, **DE, note="acceptance refused for a fault: the acceptance payment held"),
    e("appleen", "other", None,
      "Hi,\n\nquick one: could you whitelist our new VPN address 185.61.14.22 for the dashboard? Since Monday we get \"access denied\" from home office.\n\nThanks\nJonas",
      "zs_de", 7, JONAS, **DE),
    e("tben", "acceptance", None,
      "Dear Mr. Wang,\n\nthe downtime values are correct now. I signed the acceptance protocol today (09.12.2026), please find it attached. Payment will follow within our standard terms.\n\nBest regards\nThomas Bauer",
      "zs_de", 9, BAUER, atts=["Abnahmeprotokoll_DE-2026-017.pdf"], **DE, note="the protocol's day is the acceptance's"),
    e("olen", "promise", dec(22),
      "Dear Mr. Wang,\n\nyour invoice has been registered under our document no. 5100004471. Please note that our company is closed from 24.12. to 03.01.; the payment will therefore be executed in our payment run on 22.12.2026.\n\nKind regards\nSabine Keller",
      "zs_de", 11, KELLER, **DE, note="dd.mm; the closure is not the payment's day"),
    e("olen", "paid", None,
      "Dear Mr. Wang,\n\nthe payment of EUR 24,600.00 was executed today (value date 21.12.2026). Merry Christmas and a happy new year!\n\nKind regards\nSabine Keller",
      "zs_de", 18, KELLER, **DE),
    e("olen", "promise", dec(18),
      "Dear Mr. Wang,\n\nplease note that due to our company holidays the payment run of 22.12. has been brought forward to 18.12.2026.\n\nKind regards\nSabine Keller",
      "zs_de", 16, KELLER, **DE, note="the earlier day given up yields"),
]

HOU = [
    e("owaen", "promise", dec(11),
      "Hi,\n\nThanks for reaching out. I checked and your invoice is approved and scheduled for our 12/11 wire run.\n\nThanks,\nTiffany Nguyen\nAccounts Payable\nOujiang Valve USA Inc.",
      "zs_us", 2, TIFFANY, **US, note="month-first US date"),
    e("olen", "other", None,
      "Wang,\n\nJust a heads up: the parent company in Wenzhou hasn't signed off on this milestone yet, so hold tight. I'll get back to you.\n\nMike",
      "zs_us", 3, MIKE, **US, note="a hold with no day and no reason on our side; the PM asks"),
    e("gmailen", "promise", dec(18),
      "Wang - our fiscal year ends 12/31 and AP closes the books on 12/18, anything after that rolls into January. We'll get yours paid before the close.\n\nMike",
      "zs_us", 8, MIKE, **US, note="before the close = by 12/18"),
    e("owaen", "bank_question", None,
      "Hi,\n\nOur bank returned the wire: it was stopped by sanctions screening on a partial name match for the beneficiary. The bank is asking for the beneficiary's full legal name and street address, and the name of your bank's US correspondent. Can you provide these?\n\nThanks,\nTiffany",
      "zs_us", 11, TIFFANY, danger=True, **US),
    e("owaen", "paid", None,
      "Hi,\n\nThe wire was re-sent today, 12/15, for $18,000.00. Fed reference attached.\n\nThanks,\nTiffany",
      "zs_us", 15, TIFFANY, atts=["Wire_Confirmation_121526.pdf"], **US),
    e("owaen", "other", None,
      "Hi,\n\nBefore year end we need a W-8BEN-E on file for your company, otherwise 30% backup withholding will apply to future payments. Please fill out and return the attached form.\n\nThanks,\nTiffany",
      "zs_us", 21, TIFFANY, atts=["fw8bene.pdf"], **US, note="the payer's tax form to fill: other"),
]

JOI = [
    e("gmailen", "promise", dec(11),
      "Hi Wang, sorry for the delay!\n\nThe payment depends on the exchange contract (contrato de câmbio) with our bank, that takes some days. I think we can close it until next Friday.\n\nAbraço,\nCarlos",
      "zs_br", 2, CARLOS, **BR, note="Brazilian 'until' = by; next Friday from Wed 2nd"),
    e("olen", "resend_request", None,
      "Dear Mr. Wang,\n\nFor the exchange contract our bank needs the invoice with our CNPJ (84.317.552/0001-09) written on it. Could you please send it again with this number?\n\nBest regards,\nJuliana Kraus\nFinanceiro",
      "zs_br", 4, JULIANA, **BR),
    e("iosen", "other", None,
      "Wang the loading plan is showing wrong pallet height for the 40HC, the sideboards dont fit. Can your team check today?",
      "zs_br", 7, CARLOS, **BR),
    e("olen", "paid", None,
      "Dear Mr. Wang,\n\nThe payment was done today (11/12/2026), USD 13,400.00. The IOF and our bank fees were paid by us. Attached the SWIFT.\n\nBest regards,\nJuliana Kraus",
      "zs_br", 11, JULIANA, atts=["SWIFT_MT103_SerraAlta.pdf"], **BR),
    e("gmailen", "paid", None,
      "Wang, our bank says the money is still with the intermediary bank in New York, they have no confirmation yet. Can you check with your bank if it arrived?\n\nCarlos",
      "zs_br", 15, CARLOS, **BR, note="paid, the wire still at the intermediary bank; asks us to check"),
    e("olen", "bank_question", None,
      "Dear Mr. Wang,\n\nOur bank needs your account number in USD and the SWIFT of the intermediary bank. The reminder only shows the account in Hangzhou in CNY. Could you please inform?\n\nBest regards,\nJuliana Kraus\nFinanceiro",
      "zs_br", 3, JULIANA, danger=True, **BR),
]

DMM = [
    e("olen", "other", None,
      "Dear Sir,\n\nGreetings!!\n\nYour invoice is under process. Kindly note that as per KSA regulations 5% withholding tax will be deducted from payments to non-resident service providers. Please revert with your confirmation so we can proceed further.\n\nBest Regards,\nMohammed Rafiq\nAccounts Payable",
      "zs_sa", 2, RAFIQ, **SA, note="asks us to confirm a WHT deduction; no payment yet: the PM answers"),
    e("android", "other", None, "Salam, the app login on iPad not working after iOS update. Please check.\n\nFaisal",
      "zs_sa", 3, FAISAL, **SA),
    e("olen", "dispute", None,
      "Dear Mr. Wang,\n\nThe tender tracking module does not support Hijri dates as per item 4.2 of the contract scope. Phase 2 payment will not be released until this is delivered.\n\nRegards,\nKhalid Al-Harbi\nProcurement Manager",
      "zs_sa", 7, HARBI, danger=True, **SA),
    e("olen", "promise", dec(17),
      "Dear Mr. Wang,\n\nWe received your demand letter. The Hijri date issue was fixed yesterday and tested by our team. Payment will be made by the end of next week.\n\nRegards,\nKhalid Al-Harbi",
      "zs_sad", 9, HARBI, **SA, note="Sunday-Thursday week: end of next week = Thu 17th"),
    e("olen", "partial_payment", None,
      "Dear Sir,\n\nPFA swift copy for USD 19,950.00 (after deduction of 5% WHT, USD 1,050.00). The WHT certificate will be shared once issued from the ZATCA portal.\n\nBest Regards,\nMohammed Rafiq",
      "zs_sad", 17, RAFIQ, atts=["Swift_Copy_GCIS.pdf"], danger=True, **SA),
    e("olen", "dispute", None,
      "Dear Sir,\n\nGood day. Your invoice is not accepted by our system as it is not in the ZATCA e-invoice format (Arabic/English with your VAT number and QR code). Kindly issue a corrected invoice so we can process.\n\nBest Regards,\nMohammed Rafiq",
      "zs_sad", 10, RAFIQ, danger=True, **SA, note="the invoice will not be accepted as issued"),
]

JBA = [
    e("olen", "promise", dec(10),
      "Dear Sir,\n\nNoted. Payment will be processed in the next payment cycle i.e. on 10/12/2026.\n\nRegards,\nSreejith Nair\nAccounts\nAl Safina Marine Supplies LLC",
      "zs_ae", 2, SREEJITH, **AE, note="day-first in Dubai"),
    e("owaen", "dispute", None,
      "Dear Mr. Wang,\n\nPlease note the invoice includes 5% VAT, which is not applicable as the service is supplied from outside the UAE (reverse charge applies on our side). Kindly issue a revised invoice without VAT; we cannot process the current one.\n\nRegards,\nRania Haddad\nFinance Manager",
      "zs_ae", 3, RANIA, danger=True, **AE),
    e("iosen", "other", None,
      "The vessel supply app is not syncing orders when offline at anchorage. Need fix urgently, we have 3 ships this week.\n\nCapt. Vikram",
      "zs_ae", 4, VIKRAM, **AE),
    e("olen", "paid", None,
      "Dear Sir,\n\nPayment of USD 12,600.00 has been transferred today through Emirates NBD as per the revised invoice. Kindly note intermediary bank charges, if any, shall be borne by the beneficiary.\n\nRegards,\nSreejith Nair",
      "zs_ae", 10, SREEJITH, atts=["ENBD_Transfer_Advice.pdf"], **AE, note="charges only possible: paid in full"),
]
# fmt: on

ZS_INTL = KL + KT + JC_HK + TPR + KANO + ILO + STG + HOU + JOI + DMM + JBA
