"""Held-out set ZO, continued: Traditional-Chinese and English replies (written blind).

Traditional: a Linbian wax-apple growers' marketing group (Taiwan Mandarin, ROC years, the
farmers' association remitting, answering the Chinese reminder) and a Kwai Chung offset
printer (Cantonese in Big5-HKSCS and English, English reminders). English: a Bayan Lepas
electronics distributor (Malaysian English, a Malaysian-Chinese clerk answering in Chinese,
paydays on the 10th and 25th, a "have your bank details changed?" letter), a Valparaíso
importer (Chilean Spanish and English, RUT, a formal demand) and a Győr machine shop
(Hungarian dates 2026.12.17., reverse charge, a complaint beside a promise).
"""

from __future__ import annotations

from heldout_c_threads_zo import dec, entry, jan

e = entry
TW = {"tz": "Asia/Taipei"}
HK = {"tz": "Asia/Hong_Kong"}
MY = {"tz": "Asia/Kuala_Lumpur"}
CL = {"tz": "America/Santiago"}
HU = {"tz": "Europe/Budapest"}
BR = {"tz": "America/Sao_Paulo"}
TN = {"tz": "Africa/Tunis"}

# 屏東 林邊 蓮霧產銷班 (wax-apple growers: grading and orders; NT$268,000; Chinese reminder)
PAN_WD = ("潘文德", "pan.wende55@gmail.com")
TSAI_SH = ("蔡淑惠", "sh.tsai@linbian-wax.org.tw")
CHENG_CH = ("鄭志豪", "chihhao.cheng.pt@gmail.com")
HSU_MF = ("許美鳳", "mf.hsu@linbian-wax.org.tw")
# 葵涌 德昌柯式印刷 (offset printer: job tickets and plate room; HKD 84,000; English reminders)
TSE_TC = ("謝德昌", "tc.tse@takcheong-print.com.hk")
WINNIE = ("Winnie Lau", "winnie.lau@takcheong-print.com.hk")
KEUNG = ("強哥", "keung.platerm@gmail.com")
MANDY = ("Mandy Tse", "mandy.tse.hk@gmail.com")
TC_ACC = ("Tak Cheong Accounts", "accounts@takcheong-print.com.hk")
# Bayan Lepas, Seri Mutiara Components Sdn Bhd (electronics distributor: allocation and RMA; USD 22,800)
LIM_SL = ("Lim Siew Ling", "siewling.lim@serimutiara.com.my")
RAJESH = ("Rajesh Nair", "rajesh.nair@serimutiara.com.my")
TAN_BK = ("Tan Boon Keat", "bk.tan@serimutiara.com.my")
WONG_ML = ("黄美玲", "meiling.wong@serimutiara.com.my")
NURUL = ("Nurul Aina Binti Hassan", "nurul.aina@serimutiara.com.my")
# Valparaíso, Importadora Puerto Austral SpA (container imports and customs costing; USD 17,500; a demand)
OLIVARES = ("Rodrigo Olivares", "rolivares@puertoaustral.cl")
CAROLINA = ("Carolina Muñoz", "cmunoz@puertoaustral.cl")
FELIPE = ("Felipe Soto", "fsoto@puertoaustral.cl")
PA_GMAIL = ("Rodrigo Olivares", "rodrigo.olivares.vlp@gmail.com")
# Győr, Győri Precíziós Forgácsoló Kft. (CNC scheduling and tool life; EUR 19,600)
HORVATH = ("Horváth Zoltán", "horvath.zoltan@gyoriprecizios.hu")
KISS = ("Kiss Andrea", "kiss.andrea@gyoriprecizios.hu")
NAGY = ("Nagy Péter", "nagy.peter@gyoriprecizios.hu")
# Curitiba, Carrocerias Araucária Ltda. (bus bodies: line and chassis tracking; USD 26,400)
MARCOS = ("Marcos Bittencourt", "marcos.bittencourt@carroceriasaraucaria.com.br")
JULIANA = ("Juliana Kowalski", "juliana.kowalski@carroceriasaraucaria.com.br")
THIAGO = ("Thiago Ribas", "thiago.ribas@carroceriasaraucaria.com.br")
FERNANDA = ("Fernanda Lima", "fernandalima.cwb@gmail.com")
# Sfax, Huilerie Ben Salah SARL (olive mill: intake weighbridge and export lots; EUR 14,200)
SAMI = ("Sami Ben Salah", "sami.bensalah@huilerie-bensalah.tn")
MONIA = ("Monia Trabelsi", "monia.trabelsi@huilerie-bensalah.tn")
KARIM = ("Karim Jemli", "karim.jemli.sfax@gmail.com")

LEGAL_MY = (
    "\n\nDISCLAIMER: This email and any attachments are confidential and may be privileged. If you are not the "
    "intended recipient, please notify the sender and delete it. Seri Mutiara Components Sdn Bhd (201301029876) "
    "accepts no liability for any damage caused by viruses transmitted by this email. Payment instructions are never "
    "changed by email; verify any such request by telephone."
)
LEGAL_HU = (
    "\n\n--\nGyőri Precíziós Forgácsoló Kft. | H-9027 Győr, Ipari Park u. 14. | Adószám: 24871365-2-08\n"
    "Ez az e-mail bizalmas információkat tartalmazhat. Ha nem Ön a címzett, kérjük, értesítse a feladót és törölje "
    "az üzenetet. / This e-mail may contain confidential information. If you are not the addressee, please notify "
    "the sender and delete it."
)

# fmt: off
PT = [
    e("owazhtw", "promise", dec(15),
      "王經理您好：\n\n尾款已簽呈給班長，預計於115年12月15日匯款，屆時再將水單寄給您。\n\n蔡淑惠\n林邊鄉蓮霧產銷班 會計",
      "zo_pt", 2, TSAI_SH, **TW, note="an ROC year"),
    e("ioszhtw", "dispute", None,
      "王經理 分級機秤的重量跟我們的磅秤差了快20公克 果農都在抱怨等級被打低 這個沒弄好尾款先等等",
      "zo_pt", 3, PAN_WD, **TW, danger=True, note="voice; the payment held for a fault"),
    e("gmailtw", "other", None,
      "王經理：\n\n我是班長的兒子，幫忙看系統。我查了一下，分級機的秤重校正值好像在上週更新後被重設成出廠值了，可能要請你們工程師遠端重新校正。\n\n鄭志豪",
      "zo_pt", 4, CHENG_CH, **TW, note="a fault diagnosed, no payment word"),
    e("owazhtw", "dispute", None,
      "王經理您好：\n\n因班長對分級重量仍有疑慮，原訂12月15日的匯款須暫緩，待校正完成並經班長確認後再行安排，造成不便敬請見諒。\n\n蔡淑惠",
      "zo_pt2", 9, TSAI_SH, **TW, danger=True,
      earlier="王經理您好：\n\n尾款已簽呈給班長，預計於115年12月15日匯款，屆時再將水單寄給您。\n\n蔡淑惠",
      note="her own promise quoted below and withdrawn"),
    e("gmailtw", "acceptance", None,
      "王經理：\n\n校正完成了，這三天每天抽200顆跟磅秤比，誤差都在3公克以內，班長說可以驗收了，驗收單我明天拿去給他蓋章。\n\n鄭志豪",
      "zo_pt2", 11, CHENG_CH, **TW),
    e("ioszhtw", "promise", dec(18), "王經理 沒問題了 這禮拜五匯給你", "zo_pt2", 14, PAN_WD, **TW,
      note="voice; this Friday from Mon 14th"),
    e("owazhtw", "bank_question", None,
      "王經理您好：\n\n農會信用部說台灣匯款到大陸需要收款銀行的SWIFT代碼和英文地址，貴司的提醒信裡沒有，麻烦提供一下，才能在週五前匯出。\n\n蔡淑惠",
      "zo_pt2", 15, TSAI_SH, **TW, danger=True, note="a simplified 烦 typed by mistake"),
    e("olmobtw", "partial_payment", None,
      "王經理您好：\n\n尾款新台幣268,000元已於今日由林邊鄉農會匯出，另扣除匯費新台幣450元，匯款水單如附件，請查收。\n\n蔡淑惠",
      "zo_pt2", 18, TSAI_SH, **TW, atts=["林邊鄉農會匯款水單.pdf"], danger=True, note="a fee cut stated"),
    e("gmailtw", "other", None,
      "王經理，明年二月蓮霧盛產期，想問出貨標籤可不可以加QR code讓消費者查產地？要另外報價嗎？\n\n鄭志豪",
      "zo_pt2", 21, CHENG_CH, **TW),
    e("owazhtw", "paid", None,
      "王經理您好：\n\n年底要結帳，請問貴司是否已收到12月18日的匯款？尚未收到貴司的收款確認。\n\n許美鳳\n產銷班 總幹事",
      "zo_pt2", 23, HSU_MF, **TW, note="asks whether the money paid on the 18th arrived: payment implied"),
]

KC = [
    e("olen", "promise", dec(15),
      "Dear Mr. Wang,\n\nNoted. The phase 2 payment will be settled by cheque on 15/12.\n\nRegards,\nWinnie Lau\nAccounts Dept.\nTak Cheong Offset Printing Co., Ltd.",
      "zo_kc", 2, WINNIE, **HK),
    e("gmailtw", "other", None,
      "王生，CTP嗰邊啲工單成日甩咗，晏晝又死咗一次，啲版出唔到，唔該快啲搵人嚟睇下。\n\n強哥",
      "zo_kc", 3, KEUNG, **HK, note="Cantonese fault report, no payment word"),
    e("iosen", "resend_request", None,
      "Hi, could u resend the phase 2 invoice to accounts@takcheong-print.com.hk? My dad's mailbox is always full. Thx\n\nMandy",
      "zo_kc", 3, MANDY, **HK),
    e("olzhtw", "dispute", None,
      "王生：\n\n工單甩單嘅問題未搞掂之前，第二期款我哋暫時唔會俾住，唔該盡快處理。\n\n謝德昌\n德昌柯式印刷有限公司",
      "zo_kc", 4, TSE_TC, **HK, danger=True, note="Cantonese in Big5-HKSCS to the English reminder"),
    e("olenplain", "dispute", None,
      "Dear Mr. Wang,\n\nPlease note that per Mr. Tse's instruction the cheque scheduled for 15/12 is on hold pending resolution of the job ticket issue. We will revert once it is resolved.\n\nRegards,\nWinnie Lau",
      "zo_kc2", 9, WINNIE, **HK, danger=True,
      earlier="Dear Mr. Wang,\n\nNoted. The phase 2 payment will be settled by cheque on 15/12.\n\nRegards,\nWinnie Lau",
      note="her own promise quoted below and put on hold"),
    e("gmailtw", "other", None, "搞掂咗，今日成日都冇甩過單，多謝晒。", "zo_kc2", 11, KEUNG, **HK),
    e("olzhtw", "promise", dec(18),
      "王生：\n\n問題已經解決，多謝你哋同事。第二期款會喺呢個禮拜五之前安排。\n\n謝德昌",
      "zo_kc2", 14, TSE_TC, **HK, note="Cantonese; before this Friday"),
    e("olen", "bank_question", None,
      "Dear Mr. Wang,\n\nAs we will now pay by telegraphic transfer instead of cheque, our bank (Hang Seng) asks for the full address of the beneficiary bank branch and whether an intermediary bank is needed. Could you please advise?\n\nRegards,\nWinnie",
      "zo_kc2", 15, WINNIE, **HK, danger=True),
    e("olen", "paid", None,
      "Dear Mr. Wang,\n\nPlease find attached the TT advice for HKD 84,000.00 remitted today. Kindly acknowledge receipt.\n\nRegards,\nWinnie Lau\nAccounts Dept.",
      "zo_kc2", 18, WINNIE, **HK, atts=["TT_Advice_HangSeng_181226.pdf"]),
    e("olenplain", "other", None,
      "Dear Sir,\n\nPlease be informed that with effect from 1 January 2027 all invoices should be addressed to Tak Cheong Offset Printing (Holdings) Ltd., our new holding company. Kindly update your records.\n\nAccounts Department",
      "zo_kc2", 21, TC_ACC, **HK, note="a notice for future invoices, after paying; no fault in this one"),
    e("iosen", "dispute", None,
      "Hi Mr Wang, dad says phase 1 was paid in full in Sept (cheque 004512), pls don't mix up. Phase 2 he is holding until the job ticket problem is fixed.\n\nMandy",
      "zo_kc2", 10, MANDY, **HK, danger=True, note="another milestone said paid; the chased one held"),
]

PG = [
    e("olen", "promise", dec(10),
      "Hi Mr. Wang,\n\nOur AP runs twice a month, on the 10th and the 25th. Your invoice missed the 25 Nov cut-off, so it will go out in the next payment run.\n\nThanks & regards,\nLim Siew Ling\nFinance Manager" + LEGAL_MY,
      "zo_pg", 2, LIM_SL, **MY, note="the next of the paydays named"),
    e("owaen", "other", None,
      "Hi Wang,\n\nThe RMA module is not generating return numbers for Renesas parts since yesterday; the screen just spins. Can your team check urgently? Month-end returns are piling up.\n\nRajesh",
      "zo_pg", 3, RAJESH, **MY, note="a fault report, no payment word"),
    e("iosen", "dispute", None,
      "Siew Ling, pls hold this payment until Rajesh confirms the RMA module is working. Thx.\n\nBK",
      "zo_pg", 4, TAN_BK, **MY, danger=True, note="the MD's instruction to his finance manager, sent to all"),
    e("owazh", "promise", dec(25),
      "王先生您好，\n\n10号那批付款因为银行系统升级没有付出去，这笔会改到本月25号那一批付，不好意思。\n\n黄美玲\nAccounts Payable",
      "zo_pg2", 9, WONG_ML, **MY, note="a Malaysian-Chinese clerk answers the English reminder in Chinese; the 10th given up"),
    e("owaen", "other", None,
      "Hi Wang,\n\nRMA module fixed and tested with 40 return numbers today, all good from Ops side. Thanks to Kevin from your team.\n\nRajesh",
      "zo_pg2", 10, RAJESH, **MY),
    e("olen", "bank_question", None,
      "Dear Mr. Wang,\n\nWe received an email yesterday from accounts@example-cn.com advising that your bank account has changed to an account in Hong Kong. "
      "Before we release the payment, could you please confirm whether your bank details have changed? We will only pay once you confirm by phone.\n\nThanks & regards,\nLim Siew Ling" + LEGAL_MY,
      "zo_pg2", 14, LIM_SL, **MY, danger=True, note="'have your bank details changed?': a fraud pattern"),
    e("iosen", "other", None, "ok noted", "zo_pg2", 14, TAN_BK, **MY, note="a bare acknowledgment from a phone"),
    e("gmailen", "resend_request", None,
      "Dear Sir,\n\nFor our vendor master update, kindly send us a copy of your bank account confirmation letter on the bank's letterhead. This is a new requirement from our auditors for all overseas vendors.\n\nThank you.\nNurul Aina",
      "zo_pg2", 16, ("Nurul Aina Binti Hassan", "nurulaina.smc@gmail.com"), **MY,
      note="a bank's letter of our account for the payer's records, no doubt said"),
    e("olen", "paid", None,
      "Dear Mr. Wang,\n\nThank you for confirming by phone. We have today remitted USD 22,800.00 via Maybank. Please find the remittance advice attached.\n\nThanks & regards,\nLim Siew Ling" + LEGAL_MY,
      "zo_pg2", 24, LIM_SL, **MY, atts=["Maybank_Remittance_Advice_24122026.pdf"]),
    e("owaen", "other", None,
      "Hi Wang,\n\nMerry Christmas! Next year we want to add our Johor warehouse to the allocation module, can you send a quotation before CNY?\n\nRajesh",
      "zo_pg2", 24, RAJESH, **MY, note="a new quote asked for; CNY is the quotation's day"),
    e("olmoben", "other", None, "Hi, noted with thanks. Will check with Ms Lim and revert.\n\nNurul", "zo_pg", 3, NURUL, **MY,
      note="an acknowledgment from a phone"),
]

PA = [
    e("owaen", "resend_request", None,
      "Dear Mr. Wang,\n\nFor our customs costing we need the invoice to show our RUT 76.482.913-5 and the PO number OC-2026-1187. Could you please resend it with those two added?\n\nBest regards,\nCarolina Muñoz\nContadora\nImportadora Puerto Austral SpA",
      "zo_cl", 2, CAROLINA, **CL, note="their numbers added, no fault said"),
    e("android", "other", None,
      "Hi Wang, the costing module is taking yesterday's dólar observado instead of the one of the customs date, so all our container costs of this week are off by 1-2%. Please check.\nFelipe",
      "zo_cl", 3, FELIPE, **CL, atts=["Screenshot_20261203-101244.png"], note="a fault report, no payment word"),
    e("gmailen", "promise", dec(15),
      "Hola Wang,\n\nNo problem with the payment, we pay after the aguinaldo goes out to the staff, around mid-December.\n\nSaludos,\nRodrigo",
      "zo_cl", 4, PA_GMAIL, **CL, note="mid-month = the 15th; 'around' a hedge"),
    e("owaen", "promise", dec(16),
      "Dear Mr. Wang,\n\nWe are surprised to receive a formal demand. The invoice with our RUT and PO was only received on 7 December (see my request below). "
      "Payment is scheduled for 16/12/2026, as agreed with Mr. Olivares.\n\nBest regards,\nCarolina Muñoz",
      "zo_cld", 9, CAROLINA, **CL,
      earlier=("Dear Mr. Wang,\n\nFor our customs costing we need the invoice to show our RUT 76.482.913-5 and the PO number OC-2026-1187. "
               "Could you please resend it with those two added?\n\nBest regards,\nCarolina Muñoz"),
      note="the demand answered with her own earlier request quoted; day-first"),
    e("gmailen", "other", None,
      "Wang,\n\nCarolina told me about the carta de cobranza. Not nice, hombre, we have always paid. Anyway she has it under control.\n\nRodrigo",
      "zo_cld", 9, PA_GMAIL, **CL, note="a complaint about the demand, no payment content of its own"),
    e("android", "other", None, "ok recibido, gracias", "zo_cld", 10, FELIPE, **CL, note="a bare acknowledgment in Spanish"),
    e("owaen", "paid", None,
      "Estimado Sr. Wang:\n\nAdjunto el comprobante de la transferencia por USD 17.500,00 realizada hoy desde Banco de Chile.\n\nSaludos cordiales,\nCarolina Muñoz",
      "zo_cld", 16, CAROLINA, **CL, atts=["Comprobante_transferencia_BancoDeChile.pdf"], note="Spanish, amount with a decimal comma"),
    e("olen", "other", None,
      "Dear Mr. Wang,\n\nOur bank informs that the transfer of 16/12 was returned by the intermediary bank because the beneficiary name was truncated. "
      "We are checking with them and will send it again; I will confirm the new date.\n\nCarolina",
      "zo_cld", 18, CAROLINA, **CL, danger=True, note="the transfer came back: not paid; a resend with no day"),
    e("owaen", "promise", dec(22),
      "Dear Mr. Wang,\n\nThe bank confirms the transfer will be sent again on Tuesday 22 December with the full beneficiary name.\n\nCarolina",
      "zo_cld", 19, CAROLINA, **CL),
    e("gmailen", "paid", None, "Wang, Carolina confirms the money went out again today. Feliz Navidad!\n\nRodrigo",
      "zo_cld", 22, PA_GMAIL, **CL, note="the second transfer sent"),
]

GY = [
    e("owaen", "dispute", None,
      "Dear Mr. Wang,\n\nThe invoice does not show our EU VAT number (HU24871365) and the reverse charge note ('Fordított adózás'), so we cannot book it. "
      "Please issue a corrected invoice; we cannot pay the old one.\n\nBest regards,\nKiss Andrea\nAccounting" + LEGAL_HU,
      "zo_hu", 2, KISS, **HU, danger=True, note="an invoice issued wrong"),
    e("tben", "acceptance", None,
      "The acceptance test was completed on 2026.12.01. The tool life counters of all 14 machines match our own measurements, I signed the protocol.\n\nNagy Péter\nProduction",
      "zo_hu", 3, NAGY, **HU, below=True, atts=["Atveteli_jegyzokonyv_alairt.pdf"], note="bottom-posted; the test's day is not a payment day"),
    e("iosen", "other", None,
      "Mr. Wang,\n\nAndrea will handle the invoice question. One thing from me: your hotline does not answer before 10:00 our time. Our first shift starts at 6. This must improve.\n\nHorváth Zoltán\nOwner",
      "zo_hu", 4, HORVATH, **HU, note="a complaint about support, no payment word"),
    e("owaen", "dispute", None,
      "Dear Mr. Wang,\n\nAs written below on 2 December, we are still waiting for the corrected invoice. The payment cannot be made until we have it.\n\nBest regards,\nKiss Andrea" + LEGAL_HU,
      "zo_hu2", 9, KISS, **HU, danger=True,
      earlier=("Dear Mr. Wang,\n\nThe invoice does not show our EU VAT number (HU24871365) and the reverse charge note ('Fordított adózás'), "
               "so we cannot book it. Please issue a corrected invoice; we cannot pay the old one.\n\nBest regards,\nKiss Andrea"),
      note="the second reminder answered with her objection quoted below"),
    e("owaen", "promise", dec(17),
      "Mr. Wang,\n\nThe corrected invoice arrived, thank you. We will transfer on 2026.12.17.\n\nSeparately: the hotline is still not answering before 10:00. I would like a call about this.\n\nHorváth Zoltán",
      "zo_hu2", 10, HORVATH, **HU, note="Hungarian date form; a complaint that does not bear on the payment"),
    e("tben", "other", None,
      "The spindle load chart shows kW where it should be %, since the update on Monday. Screenshot on the ticket.\n\nNagy Péter",
      "zo_hu2", 11, NAGY, **HU, below=True, note="a fault report, no payment word"),
    e("gmailen", "resend_request", None,
      "Hello, I am covering for Andrea until Monday. Could you also send the corrected invoice by post? Our auditor wants the paper.\nSzabó Eszter",
      "zo_hu2", 14, ("Szabó Eszter", "szabo.eszter.gyor@gmail.com"), **HU,
      note="a paper copy of the corrected invoice wanted"),
    e("owaen", "paid", None,
      "Dear Mr. Wang,\n\nThe acceptance payment of EUR 19,600.00 was transferred today from OTP Bank. Please find the payment confirmation attached.\n\nBest regards,\nKiss Andrea" + LEGAL_HU,
      "zo_hu2", 17, KISS, **HU, atts=["OTP_atutalasi_igazolas_20261217.pdf"]),
    e("olmoben", "other", None,
      "Mr. Wang,\n\nThank you for the call. The early hotline from January is fine for us. Boldog karácsonyt!\n\nHorváth Zoltán",
      "zo_hu2", 21, HORVATH, **HU),
    e("olmoben", "other", None, "ok.", "zo_hu", 7, HORVATH, **HU, note="a bare acknowledgment"),
]

CWB = [
    e("owaen", "promise", dec(9),
      "Dear Mr. Wang,\n\nThe invoice is approved. For a payment abroad we have to close an exchange contract (contrato de câmbio) with our bank; we expect the payment to go out on 09/12.\n\nAtenciosamente,\nJuliana Kowalski\nContas a Pagar",
      "zo_br", 2, JULIANA, **BR, note="day-first"),
    e("gmailen", "other", None,
      "Hi Wang,\n\nThe chassis tracking is creating duplicate VINs when two stations scan the same chassis within a minute. We had 11 duplicates yesterday. Can you check?\n\nThiago Ribas\nEngenharia de Processos",
      "zo_br", 3, THIAGO, **BR, note="a fault report, no payment word"),
    e("owaen", "bank_question", None,
      "Dear Mr. Wang,\n\nUnfortunately the câmbio could not be closed on 09/12: our bank needs the full address of your bank branch and the intermediary bank for USD, if any. Could you confirm?\n\nAtenciosamente,\nJuliana Kowalski",
      "zo_br2", 9, JULIANA, **BR, danger=True,
      earlier=("Dear Mr. Wang,\n\nThe invoice is approved. For a payment abroad we have to close an exchange contract (contrato de câmbio) "
               "with our bank; we expect the payment to go out on 09/12.\n\nAtenciosamente,\nJuliana Kowalski"),
      note="her own promised day given up; a routing question"),
    e("olen", "more_time", None,
      "Mr. Wang,\n\nWe had a difficult November, two of our clients filed for recuperacao judicial. Could we pay the USD 26,400 in two parts, half on 18/12 and half on 15/01?\n\nMarcos Bittencourt\nCFO",
      "zo_br2", 10, MARCOS, **BR, note="instalments asked for: a plan, no single day"),
    e("gmailapp", "other", None,
      "Hi Mr Wang, Marcos asked me to tell you he is traveling until 14/12, please wait for his return for the answer on the instalments. Fernanda",
      "zo_br2", 11, FERNANDA, **BR, note="an assistant's message; an absence's end"),
    e("olen", "promise", dec(18),
      "Mr. Wang,\n\nThank you for agreeing to the two instalments. The first half (USD 13,200) goes out on Friday 18/12.\n\nMarcos",
      "zo_br2", 15, MARCOS, **BR, note="the agreed plan's next payment"),
    e("owaen", "partial_payment", jan(15),
      "Dear Mr. Wang,\n\nPlease find attached the SWIFT confirmation for USD 13,200.00, the first instalment. The second will follow on 15/01/2027 as agreed.\n\nAtenciosamente,\nJuliana Kowalski",
      "zo_br2", 18, JULIANA, **BR, atts=["SWIFT_MT103_Itau_18122026.pdf"], danger=True, note="the rest's day"),
    e("gmailen", "other", None, "Wang, duplicates fixed, none since Monday. Obrigado!\n\nThiago", "zo_br2", 21, THIAGO, **BR),
]

SFX = [
    e("owaen", "other", None,
      "Bonjour M. Wang,\n\nA transfer abroad needs the authorisation of our bank under the exchange control rules of the Central Bank. We have submitted the file with the contract; usually it takes about ten days.\n\nCordialement,\nMonia Trabelsi\nComptabilité",
      "zo_tn", 2, MONIA, **TN, note="a process of rough length, no day promised: the PM asks"),
    e("gmailen", "other", None,
      "Hello, the weighbridge sync fails each time the 3G drops at the intake. In harvest season we lose tickets, farmers are angry. Please fix.\nKarim",
      "zo_tn", 3, KARIM, **TN, note="a fault report, no payment word"),
    e("olen", "other", None,
      "Mr Wang,\n\nIt is harvest season, I am at the mill day and night. Monia handles the payment.\n\nCordialement,\nSami Ben Salah\nGerant",
      "zo_tn", 7, SAMI, **TN, note="passes the matter to his accountant"),
    e("owaen", "promise", dec(17),
      "Bonjour M. Wang,\n\nAs explained below, we are waiting for the authorisation. The bank now tells us it will be given on 17/12 at the latest, and the transfer will be executed the same day.\n\nCordialement,\nMonia Trabelsi",
      "zo_tn2", 10, MONIA, **TN,
      earlier=("Bonjour M. Wang,\n\nA transfer abroad needs the authorisation of our bank under the exchange control rules of the Central Bank. "
               "We have submitted the file with the contract; usually it takes about ten days.\n\nCordialement,\nMonia Trabelsi"),
      note="the payment put on the authorisation's latest day"),
    e("owaen", "resend_request", None,
      "Bonjour M. Wang,\n\nThe bank also asks for the original invoice, signed and stamped. Could you send it by DHL to Huilerie Ben Salah, Route de Gremda km 7, 3062 Sfax?\n\nMonia",
      "zo_tn2", 11, MONIA, **TN),
    e("owaen", "paid", None,
      "Bonjour M. Wang,\n\nThe transfer of EUR 14,200.00 was executed today. Please find the avis de virement attached.\n\nBien cordialement,\nMonia Trabelsi",
      "zo_tn2", 17, MONIA, **TN, atts=["Avis_de_virement_BIAT_17122026.pdf"]),
    e("olen", "other", None,
      "Merci Mr Wang. For next season we want the export lots to carry the EU organic certificate numbers. Can you propose?\n\nSami",
      "zo_tn2", 18, SAMI, **TN),
    e("olen", "promise", dec(24), "Mr Wang, do not worry, you will have your money before Christmas.\n\nSami",
      "zo_tn2", 14, SAMI, **TN, note="before Christmas = Dec 24"),
]
# fmt: on

ZO_INTL = PT + KC + PG + PA + GY + CWB + SFX
