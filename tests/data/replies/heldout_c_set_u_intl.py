"""Held-out set U: replies from abroad, written blind. An Ipoh white-coffee roaster (Malaysian
English and Malaysian Chinese), a Kampala solar-lamp distributor (Ugandan English), a Sialkot
surgical-instrument maker (Pakistani English), a Cork medtech contract manufacturer (Irish
English), a Porto cork exporter, an Ulsan shipyard supplier, a Chicago trade-show booth
builder and a Tromsø salmon farm. Dates are the reply's day in the sender's zone; day-first
except the Chicago client (month-first).
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_u import o

D = date
IP_OOI = ("Ooi Kah Seng", "ooi.ks@ipohkopi.com.my")
IP_SITI = ("Siti Aminah", "accounts@ipohkopi.com.my")
IP_WL = ("Lim Wei Ling", "weiling@ipohkopi.com.my")
IP_WL_MAC = ("林慧玲", "weiling.lim@icloud.com")
KA_ROB = ("Robert Ssempijja", "robert.ssempijja@gmail.com")
KA_GRACE = ("Grace Nakato", "grace.nakato@sunbrite.co.ug")
KA_PAT = ("Patrick Okello", "patrick.okello@sunbrite.co.ug")
SK_IQBAL = ("Muhammad Iqbal", "iqbal@sialkotsurgico.pk")
SK_USMAN = ("Usman Tariq", "accounts.sialkotsurgico@gmail.com")
SK_FAISAL = ("Faisal Butt", "faisal.it@sialkotsurgico.pk")
CO_AOIFE = ("Aoife Byrne", "aoife.byrne@leemedtech.ie")
CO_CIARAN = ("Ciarán Murphy", "ciaran.murphy@leemedtech.ie")
CO_DECLAN = ("Declan O'Sullivan", "declan.osullivan@leemedtech.ie")
CO_AP = ("Lee MedTech Accounts Payable", "ap@leemedtech.ie")
PT_RUI = ("Rui Figueiredo", "rui.figueiredo@corticeira-douro.pt")
PT_ANA = ("Ana Sousa", "contabilidade.douro@gmail.com")
UL_PARK = ("Park Jae-hyun", "jh.park@uhi-marine.co.kr")
UL_KIM = ("Kim Soo-young", "sy.kim@uhi-marine.co.kr")
UL_LEE = ("Lee Dong-wook", "dw.lee@uhi-marine.co.kr")
CG_DANA = ("Dana Kowalski", "dkowalski@lakeshoreexhibits.com")
CG_AP = ("Accounts Payable", "ap@lakeshoreexhibits.com")
CG_MIKE = ("Mike Brennan", "mbrennan@lakeshoreexhibits.com")
TR_EIRIK = ("Eirik Johansen", "eirik.johansen@nordkapp-havbruk.no")
TR_KARI = ("Kari Nilsen", "regnskap@nordkapp-havbruk.no")
TR_SINDRE = ("Sindre Hansen", "sindre.hansen@nordkapp-havbruk.no")

# fmt: off
U_INTL: list[tuple] = [
    # --- Ipoh white-coffee roaster (Malaysian English / Chinese) ---
    ("ioszh", "promise", None, "王先生，这笔钱我们下个礼拜会 bank in，现在公司户口的钱卡在 FD 里面，要等到期才拿得出来。不好意思啦。", o("ip", IP_OOI, 2, note="下个礼拜 without a day")),
    ("olen", "dispute", None, "Hi Wang,\n\nThe e-shop still cannot sync with our Shopee store leh, orders keep on duplicate, last week we sent the same 3-in-1 white coffee twice to one customer. Boss say settle this first then only we pay the phase 2.\n\nThanks & regards,\nWei Ling\nIpoh Kopi Roasters Sdn. Bhd.\nTel: 05-254 8817", o("ip", IP_WL, 3)),
    ("applezh", "bank_question", None, "王先生你好，\n\n想问一下你们的银行有没有 DuitNow 或者马来西亚本地的户口？电汇手续费很贵，每次都扣我们 RM 80 几，银行还说要中间行，不知道要填哪一间。\n\n慧玲", o("ip", IP_WL_MAC, 4)),
    ("gmailen", "resend_request", None, "Hi Mr Wang,\n\nCan send us the invoice for phase 2 again? The pdf you send last time cannot open, our system say file corrupted.\n\nThank you.\n\nSiti Aminah\nAccounts Executive", o("ip", IP_SITI, 3)),
    ("ioszh", "more_time", None, "王先生，Shopee 的问题你们搞好了，谢谢。不过年底我们要付咖啡豆的货款，phase 2 可以给我们多一个月吗？", o("ip2", IP_OOI, 8)),
    ("gmailen", "partial_payment", D(2027, 1, 15), "Hi Mr Wang,\n\nAs discussed with Mr Ooi, we have bank in USD 4,200 (half) today via Maybank TT. Balance will be settled by 15/1/2027. TT slip attached.\n\nRegards,\nSiti", o("ip2", IP_SITI, 9, atts=["TT slip 091226.pdf"])),
    ("olen", "other", None, "Noted with thanks.\n\nWei Ling", o("ip2", IP_WL, 10)),
    # --- Kampala solar-lamp distributor (Ugandan English) ---
    ("gmailapp", "more_time", D(2026, 12, 15), "Dear Wang,\n\nGreetings from Kampala. I have received your reminder. Kindly extend me some time, business has been slow since the rains started and the dealers upcountry have not yet cleared their balances. I will be in position to pay by mid December.\n\nRegards,\nRobert", o("ka", KA_ROB, 2)),
    ("olen", "bank_question", None, "Dear Sir,\n\nOur bank (Stanbic) is asking for the intermediary bank details for a USD transfer to China, and whether the beneficiary account is a USD or CNY account. Kindly advise so that we can process.\n\nGrace Nakato\nAccountant, Sunbrite Solar Distributors Ltd\n+256 772 418 903", o("ka", KA_GRACE, 3)),
    ("iosen", "other", None, "Hello,\n\nI am no longer handling finance at Sunbrite, kindly direct your correspondence to grace.nakato@sunbrite.co.ug.\n\nThanks\nPatrick", o("ka", KA_PAT, 3)),
    ("gmailapp", "dispute", None, "Wang,\n\nThe app keeps logging out our dealers in the villages where the network is poor and the offline mode you promised is not working. I am not refusing to pay but I expected a working product. Let us first sort this out.\n\nRobert", o("ka", KA_ROB, 4)),
    ("gmailapp", "partial_payment", D(2026, 12, 24), "Dear Wang,\n\nI have managed to send USD 10,000 today, the balance of USD 8,600 I will clear before Christmas. Please bear with me.\n\nRobert", o("ka2", KA_ROB, 8)),
    ("olen", "paid", None, "Dear Sir,\n\nPlease find attached the swift copy for the balance of USD 8,600 sent today through Stanbic Bank. Kindly acknowledge receipt.\n\nGrace Nakato\nAccountant", o("ka2", KA_GRACE, 10, atts=["SWIFT copy.pdf"])),
    # --- Sialkot surgical instruments (Pakistani English) ---
    ("olen", "promise", D(2026, 12, 7), "Dear Mr. Wang,\n\nAssalam o Alaikum. We are in receipt of your reminder. The payment is under process and will be released on Monday positively, Insha Allah.\n\nBest Regards,\nMuhammad Iqbal\nCEO, Sialkot Surgico (Pvt) Ltd.\nPh: +92 52 3556 120", o("sk", SK_IQBAL, 2)),
    ("gmailen", "bank_question", None, "Respected Sir,\n\nOur bank (Meezan Bank) requires the complete address of the beneficiary bank and the purpose code for the remittance. Also please confirm whether the account title is \"Example Tech Co., Ltd.\" or \"Example Technology Co. Ltd\" as written on your invoice, as there is a difference.\n\nKindly do the needful at the earliest.\n\nRegards,\nUsman Tariq\nAccounts Officer", o("sk", SK_USMAN, 3)),
    ("android", "dispute", None, "Sir, the portal is still not generating the UDI labels as per EU MDR format, we have shared the sample two times with your team. Management has linked the payment with this issue.\n\nFaisal\nIT Department", o("sk", SK_FAISAL, 3)),
    ("gmailen", "resend_request", None, "Dear Sir,\n\nKindly send the commercial invoice duly signed and stamped along with a copy of the contract, as required by our bank for SBP reporting. Payment will be processed upon receipt of the same.\n\nRegards,\nUsman Tariq", o("sk", SK_USMAN, 4)),
    ("olen", "promise", D(2026, 12, 8), "Dear Mr. Wang,\n\nIt is being done today itself.\n\nRegards,\nIqbal", o("sk2", SK_IQBAL, 8)),
    ("gmailen", "paid", None, "Dear Sir,\n\nThe remittance of USD 22,750/- has been made on 08-12-2026 through Meezan Bank Ltd. MT103 is attached herewith for your kind reference.\n\nRegards,\nUsman Tariq\nAccounts Officer, Sialkot Surgico (Pvt) Ltd.", o("sk2", SK_USMAN, 9, atts=["MT103.pdf"])),
    ("olen", "paid", None, "Dear Mr. Wang,\n\nWe are surprised to receive such a letter. The payment was already made on 8th December, you must check with your bank before sending such letters to your customers.\n\nMuhammad Iqbal", o("skdemand", SK_IQBAL, 9)),
    # --- Cork medtech contract manufacturer (Irish English) ---
    ("owaen", "dispute", None, "Wang,\n\nWe can't sign off the validation until the audit trail export shows the meaning of each e-signature (Part 11). Until that's fixed the validation payment isn't due as far as I'm concerned.\n\nCiarán Murphy\nQA Manager, Lee MedTech", o("co", CO_CIARAN, 2)),
    ("olen", "promise", D(2026, 12, 11), "Hi Wang,\n\nIt's on the payment run for Friday week, once Ciarán signs off the OQ.\n\nAoife", o("co", CO_AOIFE, 2, note="Friday week, on condition of the QA sign-off")),
    ("iosen", "other", None, "Aoife's on leave til Monday, I'll make sure it's looked at then.\n\nDeclan", o("co", CO_DECLAN, 3)),
    ("olenplain", "resend_request", None, "Hello,\n\nThis invoice does not quote a Lee MedTech purchase order number. All supplier invoices must quote a valid PO (45000xxxxx) to be processed. Please reissue quoting PO 4500018823 and send it to ap@leemedtech.ie.\n\nRegards,\nAccounts Payable\nLee MedTech Ltd, Little Island, Co. Cork", o("co", CO_AP, 4)),
    ("owaen", "acceptance", None, "Wang,\n\nThe Part 11 fix went in on Friday and it's grand. I signed off the OQ/PQ this morning so you're clear from our side.\n\nCiarán", o("co2", CO_CIARAN, 8)),
    ("olen", "paid", None, "Hi Wang,\n\nWe're after paying that this morning - should be with you in a day or two. Remittance attached.\n\nThanks,\nAoife", o("co2", CO_AOIFE, 9, atts=["Remittance_LeeMedTech_0912.pdf"], note="Irish 'after paying' = has paid")),
    ("iosen", "paid", None, "Ah sorry Wang, that should be gone now, Aoife sent it yesterday.", o("co2", CO_DECLAN, 10)),
    # --- Porto cork exporter (Portuguese habits) ---
    ("gmailen", "promise", D(2026, 12, 15), "Dear Mr. Wang,\n\nGood afternoon. The payment will be made until the 15th of December by SEPA transference.\n\nBest regards,\nAna Sousa\nContabilidade", o("pt", PT_ANA, 2)),
    ("olen", "dispute", None, "Dear Mr. Wang,\n\nThe export documents module is printing the NIF of the client in the wrong field and the customs refused two declarations last week. We cannot accept to pay the full amount while this problem persists. We propose to pay 50% now and the rest when it is corrected.\n\nBest regards,\nRui Figueiredo\nCorticeira do Douro, Lda.", o("pt", PT_RUI, 2)),
    ("appleen", "bank_question", None, "Dear Mr. Wang,\n\nPlease send us the IBAN and the BIC of your account. Our bank (Millennium BCP) does not accept the transference with only the account number.\n\nRui", o("pt", PT_RUI, 3)),
    ("olen", "more_time", D(2027, 1, 31), "Dear Mr. Wang,\n\nWe are at the end of the cork season and our clients only pay after Christmas. Can you give us until the end of January? We are a serious company and we always paid.\n\nRui Figueiredo", o("pt", PT_RUI, 4)),
    ("gmailen", "paid", None, "Good morning,\n\nThe transference was done yesterday, in annex the proof of payment (comprovativo).\n\nBest regards,\nAna Sousa", o("pt2", PT_ANA, 9, atts=["Comprovativo_081226.pdf"])),
    ("tben", "paid", None, "The payment is already done since Tuesday. Ana sent you the comprovativo.\n\nRui", o("pt2", PT_RUI, 10, below=True)),
    # --- Ulsan shipyard supplier (Korean habits) ---
    ("olen", "promise", D(2026, 12, 30), "Dear Mr. Wang,\n\nThank you for your mail. Our company payment is processed at end of month. Your payment will be remitted on 2026.12.30. Please understand.\n\nBest regards,\nJ.H. Park / Purchasing Team\nUlsan Hanbit Industries Co., Ltd.\nT. +82-52-270-4418", o("ul", UL_PARK, 2)),
    ("owaen", "dispute", None, "Dear Mr. Wang,\n\nAmount in invoice is USD 54,000 but our PO amount is USD 51,300 (5% retention is deducted as contract article 7). Invoice amount is different with PO, so payment is not possible. Please revise invoice and send again.\n\nBest regards,\nKim Soo-young / Accounting Team", o("ul", UL_KIM, 3)),
    ("iosen", "acceptance", None, "Mr. Wang, test of spool tracking in No.3 yard is finished yesterday. We confirm acceptance. Official document will be sent by Mr. Park.\n\nD.W. Lee", o("ul", UL_LEE, 3)),
    ("olen", "other", None, "Dear Mr. Wang,\n\nNoted. I will check with accounting team and revert.\n\nJ.H. Park", o("ul2", UL_PARK, 9)),
    ("owaen", "partial_payment", None, "Dear Mr. Wang,\n\nWe remitted USD 51,300 today. Remaining 5% retention will be paid after warranty period (12 months) as contract.\n\nBest regards,\nKim Soo-young", o("ul2", UL_KIM, 10)),
    # --- Chicago trade-show booth builder (US English, month-first) ---
    ("gmailen", "promise", D(2026, 12, 10), "Hi Wang,\n\nThanks for the nudge. We cut checks on Thursdays, but since you're international this one goes by wire - I've got it slotted for 12/10.\n\nBest,\nDana\n\nDana Kowalski | Controller\nLakeshore Exhibits, Inc. | 312-555-0148", o("cg", CG_DANA, 2)),
    ("olen", "other", None, "Hello,\n\nLakeshore Exhibits requires a completed vendor setup form and a W-8BEN-E before we can release payment to a foreign vendor. Please complete the attached forms and return them to ap@lakeshoreexhibits.com.\n\nThank you,\nAccounts Payable", o("cg", CG_AP, 2, atts=["Vendor_Setup_Form.pdf"], note="the payer's own forms to fill: other (labels.yaml convention, session 12; its blind writer said resend_request)")),
    ("iosen", "dispute", None, "Wang - the scheduler double-booked our install crews at RSNA and we ate the overtime. I'm not approving the final until we talk about a credit.\n\nMike", o("cg", CG_MIKE, 3)),
    ("olen", "other", None, "Hello,\n\nYour invoice has been received and is in approval. Lakeshore Exhibits pays vendors on Net 45 terms from the date the invoice is received.\n\nThank you,\nAccounts Payable", o("cg2", CG_AP, 8, note="states its terms, no date")),
    ("gmailen", "partial_payment", None, "Hi Wang,\n\nPer Mike we released $22,900 today and are holding $5,000 pending the credit discussion. Wire confirmation attached.\n\nDana", o("cg2", CG_DANA, 9, atts=["wire_confirmation.pdf"])),
    ("iosen", "promise", D(2026, 12, 14), "We're good on the credit. Dana will send the rest Monday.", o("cg2", CG_MIKE, 10)),
    # --- Tromsø salmon farm (Norwegian habits) ---
    ("owaen", "promise", D(2026, 12, 10), "Hi Wang.\n\nThank you for the reminder. The invoice is approved and will be paid 10.12.\n\nMed vennlig hilsen / Best regards\nEirik Johansen\nCFO, Nordkapp Havbruk AS", o("tr", TR_EIRIK, 2)),
    ("tben", "resend_request", None, "Hello.\n\nWe have not received the invoice as EHF, only as PDF to my e-mail. Please send the invoice to faktura@nordkapp-havbruk.no or as EHF, then it will be paid.\n\nMvh\nKari Nilsen\nRegnskap", o("tr", TR_KARI, 2, below=True)),
    ("iosen", "dispute", None, "The sensors at Ytre Kvaløy have not sent data since the storm last week, the dashboard is empty. We should not pay for this before it works.\n\nSindre", o("tr", TR_SINDRE, 3)),
    ("olmoben", "promise", D(2026, 12, 17), "Correction: the payment will go 17.12, not 10.12 as I wrote. Our bank has an earlier cut-off for EUR payments.\n\nEirik", o("tr", TR_EIRIK, 4, earlier="Hi Wang.\n\nThank you for the reminder. The invoice is approved and will be paid 10.12.\n\nMed vennlig hilsen / Best regards\nEirik Johansen")),
    ("owaen", "paid", None, "Hi Wang.\n\nIt is paid now. Sorry for the delay, it was stopped because of the missing EHF.\n\nMvh\nEirik", o("tr2", TR_EIRIK, 9)),
    # --- more: negations, tense, hedges, forwards, other date forms ---
    ("olen", "promise", D(2026, 12, 7), "Dear Sir,\n\nThe payment was not effected yesterday as our bank system was down. It will be effected on Monday.\n\nGrace Nakato\nAccountant", o("ka", KA_GRACE, 4, danger=True, note="'not effected': not paid")),
    ("gmailapp", "paid", None, "Wang have you received? I sent the balance through Grace on Thursday.\n\nRobert", o("ka2", KA_ROB, 11)),
    ("owaen", "promise", D(2026, 12, 14), "Dear Mr. Wang,\n\nSorry, I made mistake. Our remittance of yesterday was returned by bank because beneficiary name was wrong. We will remit again on next Monday.\n\nBest regards,\nKim Soo-young / Accounting Team", o("ul2", UL_KIM, 11, danger=True, note="remittance returned: not paid")),
    ("gmailen", "promise", D(2026, 12, 14), "Hi Wang,\n\nThe remaining $5,000 will go out on the 14th - I'll send the confirmation once it's released.\n\nDana", o("cg2", CG_DANA, 11)),
    ("tben", "paid", None, "Payment of EUR 39 800,00 is sent today with value date 11.12.2026.\n\nMvh\nKari Nilsen\nRegnskap", o("tr2", TR_KARI, 10, below=True)),
    ("olen", "bank_question", None, "Hi Wang,\n\nQuick one - our bank won't take the account number and SWIFT on their own, they want a CNAPS code for the branch as well. Can you send it on?\n\nAoife", o("co", CO_AOIFE, 4)),
    ("gmailen", "promise", D(2026, 12, 15), "Dear Mr. Wang,\n\nSorry, I confused. The payment is not done yet, it is scheduled to the 15th.\n\nBest regards,\nAna Sousa", o("pt", PT_ANA, 4, danger=True)),
    ("appleen", "dispute", None, "Good morning Mr. Wang,\n\nOnly a question: the invoice is in EUR but the contract says the price in USD. Which one is correct? We cannot pay an invoice in a currency different of the contract.\n\nRui", o("pt", PT_RUI, 1)),
    ("iosen", "acceptance", None, "Sensors working again since Saturday. OK from me.\n\nSindre", o("tr2", TR_SINDRE, 8)),
    ("olen", "promise", D(2026, 12, 10), "Wang - see below from Declan, I'll have it out Thursday.\n\nAoife\n\nFrom: Declan O'Sullivan <declan.osullivan@leemedtech.ie>\nSent: Monday, December 7, 2026 6:12 PM\nTo: Aoife Byrne <aoife.byrne@leemedtech.ie>\nSubject: FW: Second reminder: Validation payment overdue\n\nAoife - Ciarán's happy now, can you get this paid this week? Don't want them holding the PQ report.\nD.", o("co2", CO_AOIFE, 8)),
    ("olen", "promise", D(2027, 1, 15), "Hi Wang,\n\nFor the balance USD 4,200 we will post out the cheque on 28/12, post-dated 15/1/2027 as agreed with Mr Ooi.\n\nWei Ling", o("ip2", IP_WL, 11, note="a post-dated cheque: the money on 15/1")),
]
# fmt: on
