"""Held-out set L, Traditional Chinese and English: Hong Kong, Kaohsiung and six clients abroad.

A Hong Kong shipping broker writing Cantonese (Outlook in Big5, whose HKSCS characters 嗰 哋
咗 喺 the machinery encodes as big5hkscs), a Kaohsiung fishing-net maker (Taiwan usage, ROC
years), a Singapore family office, a Vietnamese furniture maker writing English, a Dutch
flower-auction buyer, a Saudi construction-materials distributor, a New Zealand dairy-tech
startup and a Pakistani textile exporter. Written blind like ``heldout_c_set_l.py``.
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_l import D, Entry, client

HK, TW = "Asia/Hong_Kong", "Asia/Taipei"

hkship = client("l_hkship", [
    ("梁永鏗", "wh.leung@oceanwave-ship.com.hk"),  # the broker, Outlook desktop (Big5)
    ("葉小姐", "ivy.yip@oceanwave-ship.com.hk"),  # accounts, OWA
    ("Wing Leung", "leungwh.hk@gmail.com"),  # the broker on Gmail
    ("梁永鏗", "wh.leung@oceanwave-ship.com.hk"),  # on his iPhone
    ("Ivy Yip", "ivy.yip@oceanwave-ship.com.hk"),  # accounts on Outlook mobile
], tz=HK)  # fmt: skip
kaohsiung = client("l_kaohsiung", [
    ("蔡佩珊", "ps.tsai@hsingyu-net.com.tw"),  # accountant, OWA
    ("許董", "chairman.hsu@hsingyu-net.com.tw"),  # chairman, Outlook desktop (Big5)
    ("Pei-Shan Tsai", "peishan.tsai@gmail.com"),  # the accountant on Gmail
    ("蔡佩珊", "ps.tsai@hsingyu-net.com.tw"),  # on Outlook mobile
], tz=TW)  # fmt: skip
sgfo = client("l_sgfo", [
    ("Priya Nair", "priya.nair@meridiancrest.sg"),
    ("Daniel Tan", "daniel@meridiancrest.sg"),
    ("Meridian Crest Operations", "ops@meridiancrest.sg"),
], tz="Asia/Singapore")  # fmt: skip
vnfurn = client("l_vnfurn", [
    ("Nguyen Thi Lan", "lan.nguyen@anphufurniture.vn"),
    ("Tran Van Minh", "minh.tran@anphufurniture.vn"),
    ("An Phu Accounting", "ketoan@anphufurniture.vn"),
    ("Lan Nguyen", "lan_anphu@163.com"),  # the sales contact's 163 account, English UI
    ("Tran Minh", "tranminh_anphu@163.com"),  # the director in Mail Master, English UI
], tz="Asia/Ho_Chi_Minh")  # fmt: skip
dutch = client("l_dutch", [
    ("Sanne de Vries", "s.devries@vdbergbloemen.nl"),
    ("Joost Bakker", "joost@vdbergbloemen.nl"),
    ("Crediteurenadministratie", "crediteuren@vdbergbloemen.nl"),
], tz="Europe/Amsterdam")  # fmt: skip
saudi = client("l_saudi", [
    ("Mohammed Al-Harbi", "m.alharbi@alrashed-bm.com.sa"),
    ("Finance Department", "finance@alrashed-bm.com.sa"),
    ("Faisal Al-Qahtani", "faisal.q@alrashed-bm.com.sa"),
    ("Mohammed Al-Harbi", "m.alharbi@alrashed-bm.com.sa"),
], tz="Asia/Riyadh")  # fmt: skip
nzdairy = client("l_nzdairy", [
    ("Aroha Williams", "aroha@kowhaidairy.co.nz"),
    ("Liam Clarke", "liam@kowhaidairy.co.nz"),
    ("Aroha Williams", "aroha@kowhaidairy.co.nz"),
    ("Kowhai Accounts", "accounts@kowhaidairy.co.nz"),
], tz="Pacific/Auckland")  # fmt: skip
pkt = client("l_pkt", [
    ("Imran Qureshi", "imran.qureshi@indusloom.com.pk"),
    ("Ayesha Malik", "ayesha.malik@indusloom.com.pk"),
    ("Imran Qureshi", "imran.qureshi@indusloom.com.pk"),
], tz="Asia/Karachi")  # fmt: skip

# fmt: off
HANT: list[Entry] = [
    # --- Hong Kong shipping broker, Cantonese (第二期款項 HK$88,000) ---
    hkship("olzhtw", "paid", None, "王生：\n\n第二期嗰筆錢我哋琴日已經經滙豐過咗數，HK$88,000，入咗你哋示例銀行戶口，滙款水單喺附件，唔該查收。\n\n梁永鏗\n海泓船務經紀有限公司\n電話：+852 2851 7730", atts=["HSBC_remittance_advice.pdf"], note="Cantonese, Big5 with HKSCS"),
    hkship("owazhtw", "promise", D[11], "王先生您好，\n\n第二期款項已經批咗，會喺下星期五（12月11日）用轉數快（FPS）過數，屆時再將記錄發畀你。\n\n葉小姐\n會計部", who=1),
    hkship("gmailtw", "dispute", None, "王生，你哋個報價系統上個月成日死機，我哋有兩單租船報價因為咁出唔到，客都走埋。呢個問題未搞掂之前，第二期款我哋唔會畀住。", who=2, danger=True, note="Cantonese refusal until fixed"),
    hkship("ioszhtw", "other", None, "收到，我叫Ivy跟。", who=3, note="hand-off"),
    hkship("olzhtw", "bank_question", None, "王生，我哋要經香港嘅銀行電滙去內地，請問你哋收款行嘅SWIFT係咪EXBKCNSHHZ1？另外使唔使填中轉行（intermediary bank）？唔該覆一覆。", danger=True),
    hkship("owazhtw", "partial_payment", None, "王先生：\n\n今日先過咗HK$40,000，餘額HK$48,000會喺12月底前用支票寄畀你哋。\n\n葉小姐", who=1, day=D[3], danger=True),
    hkship("gmailtw", "more_time", None, "王生，公司今年年尾現金流緊，第二期可唔可以拆開三個月畀？每個月畀大約三份一。", who=2, note="instalments asked"),
    hkship("olmobtw", "promise", D[4], "王先生，支票已經簽好，聽日寄出。", who=4, day=D[3], note="聽日 = tomorrow"),
    hkship("olzhtw", "resend_request", None, "王生，之前張發票寫咗我哋舊公司名（海泓航運），而家公司註冊名係「海泓船務經紀有限公司」，麻煩重新出過張invoice畀我哋，會計先可以入數。", note="our name changed: a new copy"),
    hkship("gmailtw", "paid", None, "王生，張支票我哋上個禮拜五已經寄咗畀你哋，應該收到㗎喇，請查收。", who=2, day=D[7], note="cheque already posted"),
    # --- Kaohsiung fishing-net maker (尾款 NT$420,000) ---
    kaohsiung("owazhtw", "promise", D[25], "王經理您好：\n\n尾款已排入本公司12月份票期，預計於115年12月25日匯款，匯費由本公司負擔。\n\n蔡佩珊\n興漁網業股份有限公司　會計課\nTEL：07-871-2236 #12", note="ROC year 115"),
    kaohsiung("olzhtw", "dispute", None, "王經理：\n\n排程系統上線後，三號織網機的排程常常和實際產能對不起來，現場主管還是用Excel在排，這不是我們當初要的東西。尾款先不付，請貴公司派人來高雄現場處理。\n\n許董", who=1, danger=True),
    kaohsiung("gmailtw", "paid", None, "王經理，尾款NT$420,000已於12/1電匯，因為是跨境匯款，可能需要2-3個工作天入帳，水單如附件。\n\nPei-Shan", who=2, atts=["電匯水單.pdf"]),
    kaohsiung("owazhtw", "partial_payment", None, "王經理您好：\n\n尾款分兩次匯款，第一筆NT$200,000今天已匯出，第二筆NT$220,000將於下個月10號匯出。\n\n蔡佩珊", day=D[4], danger=True),
    kaohsiung("olzhtw", "more_time", None, "王經理，今年漁網外銷受到關稅影響，訂單少了三成，公司資金比較吃緊，尾款可否延到明年農曆年後再付？", who=1, note="asks: after Lunar New Year, no date"),
    kaohsiung("owazhtw", "resend_request", None, "王經理：\n\n本公司向銀行申請匯出款項，需要貴公司開立的商業發票（Commercial Invoice）正本及合約影本，請盡快寄來，謝謝。\n\n蔡佩珊"),
    kaohsiung("olmobtw", "promise", date(2026, 12, 31), "好的，月底前會處理。", who=3, note="a hedge: 會處理 by month end"),
    kaohsiung("gmailtw", "bank_question", None, "王經理您好，請問貴公司的收款帳戶可以收新台幣嗎？還是一定要匯美金或人民幣？另外受款人地址要填英文，麻煩提供。", who=2, danger=True),
    kaohsiung("owazhtw", "acceptance", None, "王經理：\n\n排程系統經本公司於12月14日複驗，三號機排程問題已改善，驗收結果合格，驗收單已用印，隨後寄回。\n\n蔡佩珊", day=D[16]),
    kaohsiung("olzhtw", "promise", D[18], "王經理：尾款預定12/18（五）匯出。", who=1),
]
# fmt: on

# fmt: off
EN: list[Entry] = [
    # --- Singapore family office (USD 45,000) ---
    sgfo("olen", "promise", D[15], "Dear Wang Ming,\n\nThank you for the reminder. The Milestone 2 payment has been approved by our principal and will be released in our next payment cycle on 15/12.\n\nBest regards,\nPriya Nair\nHead of Operations | Meridian Crest Family Office Pte. Ltd.\nT +65 6812 4410 | 8 Marina View, #29-01, Singapore 018960"),
    sgfo("iosen", "other", None, "Priya will revert. Pls don't chase me directly on this.\n\nD", who=1, note="hand-off"),
    sgfo("owaen", "dispute", None, "Hi Wang Ming,\n\nWe are not in a position to pay Milestone 2 as invoiced. Under clause 6.2 the milestone is payable on delivery of the consolidated quarterly report, and the report generated on 13 November still double-counts our fixed-income holdings held through the Cayman feeder. Please confirm when a corrected build will be delivered; we will process payment on sign-off.\n\nRegards,\nOperations Team\nMeridian Crest Family Office", who=2, danger=True),
    sgfo("olen", "paid", None, "Hi Wang Ming,\n\nPayment of USD 45,000.00 was remitted by TT on 30 Nov from our DBS account (ref. MC-TT-88213). Please find the remittance advice attached. Kindly note that any charges on your side are for your account.\n\nBest regards,\nPriya", atts=["DBS_TT_advice_MC-TT-88213.pdf"]),
    sgfo("owaen", "bank_question", None, "Hi Wang Ming,\n\nOur custodian bank requires the beneficiary's full address and a CNAPS code for USD remittances to China. Could you send both? Also, please confirm that the account above can receive USD - the number looks like a domestic RMB account.\n\nRegards,\nOperations Team", who=2, danger=True),
    sgfo("olen", "more_time", date(2027, 1, 31), "Dear Wang Ming,\n\nOur financial year closes on 31 December and the principal has asked that all discretionary payments be deferred until the new budget is approved. Could we settle Milestone 2 by the end of January instead? I appreciate your flexibility.\n\nBest regards,\nPriya Nair"),
    sgfo("owaen", "resend_request", None, "Hi,\n\nCould you please re-send the invoice as a PDF? The copy we received is a scanned image that our AP system cannot read.\n\nThanks,\nOperations Team", who=2),
    sgfo("iosen", "acceptance", None, "Wang Ming - saw the new build this morning. The report numbers tie out now. Consider milestone 2 accepted; Priya will arrange payment.\n\nDaniel", who=1, day=D[9]),
    sgfo("iosen", "promise", D[4], "Will be paid by COB Friday.", who=1, note="COB Friday on a Wednesday"),
    # --- Vietnamese furniture maker writing English (USD 18,600) ---
    vnfurn("gmailapp", "promise", D[10], "Dear Mr Wang,\n\nThanks for your email. Our accountant will transfer the final payment on 10/12. Sorry for the late.\n\nBest regards,\nLan\nAn Phu Furniture JSC", note="day-first"),
    vnfurn("android", "dispute", None, "Dear Wang\nThe app still can not sync the container status from the forwarder, my sales team must check by hand every day. We will pay the final when this is fix. Please arrange your engineer.\nMinh", who=1, danger=True, note="conditional refusal"),
    vnfurn("olen", "paid", None, "Dear Sir/Madam,\n\nWe would like to inform that we have made the payment USD 18,600 on 01/12/2026 via Vietcombank. Please kindly check and confirm receive.\n\nThanks & Best regards,\nAccounting Department\nAn Phu Furniture JSC\nLot B4, Song Than 2 IZ, Di An, Binh Duong\nTel: (+84) 274 3738 215", who=2, atts=["VCB_debit_advice.pdf"]),
    vnfurn("gmailapp", "more_time", None, "Hi Mr Wang, this month we are very busy with shipment before Tet, cash is tight. Can we pay the final after Tet holiday? We will pay full, no problem.", note="asks: after Tet, no date"),
    vnfurn("android", "partial_payment", None, "Mr Wang, we transfer 10,000 USD today, the rest 8,600 next week. Lan will send you the bank slip.", who=1, danger=True),
    vnfurn("olen", "bank_question", None, "Dear Sir,\n\nOur bank (Vietcombank) ask the intermediary bank for USD transfer to your bank. Could you please provide? Without it the transfer may be returned.\n\nThanks & Best regards,\nAccounting Department", who=2, danger=True),
    vnfurn("gmailapp", "resend_request", None, "Dear Mr Wang, please send us the commercial invoice and the contract with stamp, our bank need them for the foreign payment documents. Thank you!"),
    vnfurn("android", "other", None, "Not yet pay. I am at Guangzhou fair this week, will check when back.", who=1, danger=True, note="negation: not paid"),
    vnfurn("n163en", "paid", None, "Dear Mr Wang,\nI already ask our accountant, she say the money was sent last Friday, maybe arrive today or tomorrow. I will send you the bank slip when I have it.\nLan", who=3, note="hearsay, past: last Friday"),
    vnfurn("mmen", "more_time", None, "Mr Wang, we cannot pay this month, our buyer in Germany cancel 3 container. Please understand. I call you next week to discuss.", who=4, note="cannot pay now for money trouble: no objection"),
    # --- Dutch flower-auction buyer (EUR 22,400) ---
    dutch("tben", "promise", None, "Hi Wang Ming,\n\nThe invoice is approved and scheduled for our payment run in week 51.\n\nMet vriendelijke groet / Kind regards,\nSanne de Vries\nVan der Berg Bloemen B.V. | Aalsmeer\n+31 297 38 44 10", below=True, note="ISO week 51: a week, no day"),
    dutch("appleen", "dispute", None, "Wang Ming,\n\nI don't think this one is due yet. The contract says the mid-term payment falls due 30 days after the feed has run without errors for a full auction week, and we had clock data gaps on 9 and 10 November. We'll pay once we've had a clean week.\n\nJoost", who=1, danger=True, note="contract says not due"),
    dutch("owaen", "paid", None, "Dear Sir/Madam,\n\nInvoice 2026-0412 has been paid on 27-11-2026. Please find the payment specification attached.\n\nKind regards,\nCrediteurenadministratie\nVan der Berg Bloemen B.V.", who=2, atts=["Betaalspecificatie_20261127.pdf"]),
    dutch("tben", "partial_payment", None, "Hi Wang Ming,\n\nWe paid EUR 11,200 on Monday (the first half). The second half goes after the January release, as agreed with Joost.\n\nKind regards,\nSanne", below=True, day=D[3], danger=True),
    dutch("owaen", "dispute", None, "Dear Sir/Madam,\n\nWe cannot process your invoice: it does not state our VAT number (NL812345678B01) or the reverse-charge wording required for services from outside the EU. Please send a corrected invoice.\n\nKind regards,\nCrediteurenadministratie", who=2, danger=True, note="cannot pay it as issued"),
    dutch("appleen", "bank_question", None, "Quick one: can we pay in EUR to the account in your reminder, or does it have to be USD or CNY? Our bank charges a fortune for conversion. Also, there's no IBAN - is that right for China?\n\nJoost", who=1, danger=True),
    dutch("tben", "more_time", date(2027, 1, 5), "Hi Wang Ming,\n\nWould it be OK if we pay after the Christmas peak? December is our busiest month at the auction and our controller is on leave until 4 January. Early January at the latest.\n\nKind regards,\nSanne", below=True, note="early January = the 5th; the leave date is no promise"),
    dutch("appleen", "promise", D[15], "Will be paid 15 dec at the latest.\n\nJ.", who=1),
    # --- Saudi construction-materials distributor (USD 64,000) ---
    saudi("olen", "promise", D[6], "Dear Mr Wang,\n\nGreetings. Your payment is approved. Finance will process the transfer on Sunday, God willing, and share the Swift copy.\n\nBest Regards,\nMohammed Al-Harbi\nIT Manager | Al-Rashed Building Materials Co.\nMob: +966 55 381 2274 | Riyadh, KSA", day=D[3], note="Sunday is a working day in KSA"),
    saudi("olenplain", "paid", None, "Dear Sir,\n\nKindly be informed that payment of USD 64,000.00 has been transferred to your account through Al Rajhi Bank on 02/12/2026. Swift copy attached for your reference.\n\nRegards,\nFinance Department\nAl-Rashed Building Materials Co.", who=1, day=D[3], atts=["SWIFT_MT103_AlRajhi.pdf"]),
    saudi("olmoben", "dispute", None, "Hi Wang,\n\nWe have an issue with phase 1. The dispatch module was supposed to print the delivery notes in Arabic and English as per the SOW; currently it is English only and our drivers can't use it. We'll hold the phase 1 payment until this is delivered.\n\nFaisal", who=2, danger=True),
    saudi("iosen", "more_time", None, "Mr Wang, we have a delay in collections from two big projects. Please give us 45 days more. Sorry for this.", who=3, note="45 days more: counted from the due day, null"),
    saudi("olen", "partial_payment", None, "Dear Mr Wang,\n\nWe have paid USD 60,800.00 today after deducting 5% withholding tax as per ZATCA regulations. The WHT certificate will be shared next month.\n\nBest Regards,\nMohammed Al-Harbi", day=D[7], danger=True, note="5% withholding tax deducted"),
    saudi("olenplain", "bank_question", None, "Dear Sir,\n\nPlease confirm your beneficiary account details on your company letterhead, signed and stamped. This is a requirement of our bank for all new foreign beneficiaries; payment can not be released without it.\n\nRegards,\nFinance Department", who=1, danger=True),
    saudi("olmoben", "other", None, "Noted, will follow up with finance.", who=2, note="no commitment"),
    saudi("olen", "promise", D[17], "Dear Mr Wang,\n\nPayment is planned on Dec 17th.\n\nRegards,\nMohammed", day=D[7]),
    saudi("olmoben", "dispute", None, "Hi Wang,\n\nPlease check your records - we paid a 20% advance (USD 16,000) in August which, per clause 5.1, is to be deducted from the phase 1 payment. The amount due is USD 48,000, not 64,000. Please send a revised invoice.\n\nFaisal", who=2, danger=True, note="amount disputed: advance not deducted"),
    # --- New Zealand dairy-tech startup (NZD 31,500) ---
    nzdairy("gmailen", "promise", D[15], "Hi Wang Ming,\n\nSorry, this slipped through. It'll go out in our pay run on Tuesday 15 December.\n\nNgā mihi,\nAroha Williams\nOperations | Kōwhai Dairy Tech\n+64 21 884 310"),
    nzdairy("iosen", "dispute", None, "Hey Wang Ming, honestly I don't think we owe this yet. The beta was meant to handle 3 farms and it's falling over at two. Let's get on a call before anyone pays anything.\n\nLiam", who=1, danger=True),
    nzdairy("appleen", "paid", None, "Kia ora Wang Ming,\n\nThat was paid yesterday (1 Dec) - remittance attached. Apologies for the delay, we had a changeover of bank accounts.\n\nNgā mihi,\nAroha", who=2, atts=["Remittance-KDT-INV0412.pdf"], note="their own bank changeover is no bank question"),
    nzdairy("gmailen", "more_time", date(2027, 1, 15), "Hi Wang Ming,\n\nWe're between funding rounds - the bridge note closes mid-January. Could we pay the beta milestone then? Happy to pay a small late fee if that helps.\n\nAroha", note="mid-January = the 15th"),
    nzdairy("olen", "resend_request", None, "Hi there,\n\nWe can't find invoice INV-0412 in our system. Could you please email a copy to accounts@kowhaidairy.co.nz? We'll get it into the next pay run.\n\nCheers,\nAccounts", who=3),
    nzdairy("iosen", "acceptance", None, "All good - the beta's been solid on all three farms for a fortnight. We're happy to sign it off. Aroha will sort the payment.", who=1, day=D[16]),
    nzdairy("gmailen", "partial_payment", None, "Hi Wang Ming, we've paid NZD 15,750 today (half). The other half will follow once the bridge funds land.\n\nAroha", day=D[9], danger=True),
    nzdairy("appleen", "promise", D[24], "Hi Wang Ming - all approved, we'll pay before Christmas. Cheers, Aroha", who=2, note="before Christmas = Dec 24"),
    nzdairy("appleen", "bank_question", None, "Hi Wang Ming,\n\nBefore we pay - could someone call me to confirm the bank details? We had a spoofed invoice from another supplier this month and we now verify every overseas account by phone.\n\nAroha\n+64 21 884 310", who=2, danger=True),
    # --- Pakistani textile exporter (USD 27,900) ---
    pkt("olen", "promise", D[11], "Dear Mr. Wang,\n\nAoA. The final payment is under process with our bank. Foreign remittances for services need documents under the SBP framework and our bank now has everything. InshaAllah the payment will be remitted by 11th December.\n\nRegards,\nImran Qureshi\nGM IT | Indus Loom Textiles (Pvt.) Ltd.\nFaisalabad, Pakistan | +92 41 871 5520"),
    pkt("gmailen", "resend_request", None, "Dear Sir,\n\nFor processing the remittance our bank (Meezan Bank) requires the following documents:\n1) attested copy of the agreement\n2) invoice on your letterhead with stamp\n3) your company's certificate of incorporation\nKindly send at the earliest.\n\nRegards,\nAyesha Malik\nManager Finance", who=1),
    pkt("android", "partial_payment", None, "Mr Wang we have remitted 15,000 USD today. Remaining will be sent after SBP approval. Ayesha will share MT103.", who=2, danger=True),
    pkt("olen", "dispute", None, "Dear Mr. Wang,\n\nI have to disagree with this reminder. As per clause 4 of the agreement the final payment is due 30 days after go-live, and the portal went live on 9 November, so it is not due before 9 December. Please correct your records.\n\nRegards,\nImran", danger=True, note="contract says not due yet"),
    pkt("gmailen", "paid", None, "Dear Sir,\n\nPlease find attached MT103 for USD 27,900 remitted on 30-Nov-2026.\n\nRegards,\nAyesha", who=1, atts=["MT103_IndusLoom_30Nov2026.pdf"]),
    pkt("android", "more_time", date(2027, 1, 31), "Sir due to rupee devaluation & LC issues our payments are stuck. kindly give us time till January end. Will clear fully.", who=2),
    pkt("gmailen", "bank_question", None, "Dear Sir,\nOur bank is asking for the purpose code and whether your account is a USD account or RMB. Also please confirm the beneficiary name exactly as in bank records.\nRegards,\nAyesha", who=1, danger=True),
    pkt("olen", "other", None, "Dear Mr. Wang,\n\nI am forwarding this to our finance team. I will be out of office this week for the Heimtextil pre-show meetings.\n\nRegards,\nImran", note="a person's hand-off mentioning being away"),
    pkt("android", "promise", D[16], "Sir payment will be done in two weeks time InshaAllah.", who=2, note="in two weeks"),
]
# fmt: on
