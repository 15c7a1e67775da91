"""Held-out set ZA, continued: Traditional Chinese, English from many regions, machine mail.

A Tainan optical-shop chain (Taiwan Mandarin, 12/10（四）, 水單) and a Yau Ma Tei fruit
wholesaler (Cantonese, Big5 with HKSCS, 轉數快/過數); in English a Coimbatore pump maker (RTGS,
UTR, TDS, 10/12/2026 day-first), a Faisalabad tractor-parts dealer (InshaAllah, Meezan), a
Chattogram diagnostics lab (week Sun–Thu), a Jepara teak-furniture exporter, a Riyadh
facilities-management firm, a Mombasa clearing agent, an Ibadan cassava plant ("effected"),
a Plovdiv rose-oil distillery (09.12.2026), a Montevideo livestock-auction house, a Dunedin
student-accommodation provider, a Glasgow whisky-cask broker (BACS runs) and a Tulsa moving
and storage firm (12/10 check run). Machine mail: ``heldout_c_machine_za.py``.
"""

from __future__ import annotations

import re
from datetime import date

import heldout_c_threads_za  # noqa: F401  (registers the contracts)
from heldout_c_machine_za import MACHINE_ZA

D3, D4, D7, D8, D9 = (date(2026, 12, d) for d in (3, 4, 7, 8, 9))
D10, D11, D14, D15, D17, D21 = (date(2026, 12, d) for d in (10, 11, 14, 15, 17, 21))
D23 = date(2026, 12, 23)

TZ = {
    "za_optic": "Asia/Taipei", "za_fruit": "Asia/Hong_Kong", "za_pump": "Asia/Kolkata",
    "za_tractor": "Asia/Karachi", "za_lab": "Asia/Dhaka", "za_jepara": "Asia/Jakarta",
    "za_riyadh": "Asia/Riyadh", "za_mombasa": "Africa/Nairobi", "za_ibadan": "Africa/Lagos",
    "za_plovdiv": "Europe/Sofia", "za_monte": "America/Montevideo", "za_dunedin": "Pacific/Auckland",
    "za_glasgow": "Europe/London", "za_tulsa": "America/Chicago",
    "za_lift": "Asia/Shanghai", "za_fish": "Asia/Shanghai", "za_linen": "Asia/Shanghai",
    "za_piano": "Asia/Shanghai", "za_bike": "Asia/Shanghai",
}  # fmt: skip


def o(thread: str, who: tuple[str, str], **kw: object) -> dict:
    return {"thread": thread, "sender": who, "tz": TZ[thread], **kw}


# Tainan optical chain / Yau Ma Tei fruit wholesaler
HUANG = ("黃冠偉", "kw.huang@mingshi-optical.com.tw")
CHEN_YJ = ("陳怡君", "yj.chen@mingshi-optical.com.tw")
TSAI = ("Tsai Pei-Yu", "peiyu.tsai0612@gmail.com")
LIN = ("林振輝", "jh.lin@mingshi-optical.com.tw")
CHAN = ("陳志強", "chikeung@chankee-fruit.com.hk")
MAY = ("May Wong", "maywong.ckfruit@gmail.com")
FAI = ("阿輝", "fai@chankee-fruit.com.hk")
# English
PRIYA = ("Priya Venkatesan", "priya.v@kovaiaqua.in")
SUBRA = ("R. Subramanian", "subramanian.r@kovaiaqua.in")
KARTHIK = ("Karthik Raj", "karthik.kovaiaqua@gmail.com")
PALANI = ("K. Palanisamy", "md@kovaiaqua.in")
IMRAN = ("Muhammad Imran", "imran@lyallpuragro.pk")
RASHID = ("Haji Abdul Rashid", "rashid@lyallpuragro.pk")
USMAN = ("Usman Rashid", "usman.lyallpur@gmail.com")
REZAUL = ("Rezaul Karim", "rezaul.karim@karnaphulidiag.com.bd")
NASRIN = ("Dr. Nasrin Akter", "nasrin@karnaphulidiag.com.bd")
TANVIR = ("Tanvir Hossain", "tanvir@karnaphulidiag.com.bd")
DEWI = ("Dewi Lestari", "dewi.lestari.jtf@gmail.com")
BAMBANG = ("Bambang", "bambang@jeparateak.co.id")
AGUS = ("Agus Santoso", "agus@jeparateak.co.id")
FAISAL = ("Faisal Al-Otaibi", "f.alotaibi@rafal-fm.com.sa")
JOSEPH = ("Joseph Mathew", "j.mathew@rafal-fm.com.sa")
HARBI = ("Mohammed Al-Harbi", "m.alharbi@rafal-fm.com.sa")
GRACE = ("Grace Wanjiru", "grace.pwaniclearing@gmail.com")
HASSAN = ("Hassan Omar", "hassan@pwaniclearing.co.ke")
PETER = ("Peter Otieno", "p.otieno@pwaniclearing.co.ke")
FOLAKE = ("Folake Adeyemi", "f.adeyemi@oke-ado-cassava.com.ng")
TUNDE = ("Engr. Tunde Ogunleye", "tunde.ogunleye@gmail.com")
ADEBAYO = ("Chief S. A. Adebayo", "adebayo@oke-ado-cassava.com.ng")
GEORGI = ("Georgi Dimitrov", "georgi.dimitrov.rose@gmail.com")
MARIA = ("Maria Ivanova", "m.ivanova@thracianrose.bg")
LUCIA = ("Lucía Fernández", "lucia.fernandez.rdp@gmail.com")
MARTIN = ("Martín Sosa", "msosa@rematesdelplata.com.uy")
RICARDO = ("Ricardo Pereyra", "rpereyra@rematesdelplata.com.uy")
HAMISH = ("Hamish Reid", "hamish.reid@octagonliving.co.nz")
AROHA = ("Aroha Ngata", "aroha@octagonliving.co.nz")
CALLUM = ("Callum Stewart", "callum@clydecask.co.uk")
MORAG = ("Morag Campbell", "accounts@clydecask.co.uk")
FIONA = ("Fiona MacLeod", "fiona@clydecask.co.uk")
DARLENE = ("Darlene Hughes", "dhughes@redforkmoving.com")
TRAVIS = ("Travis Boone", "travis@redforkmoving.com")
KAYLA = ("Kayla Boone", "kaylab.redfork@gmail.com")

HANT: list[tuple] = [
    ("owazhtw", "promise", date(2026, 12, 10),
     "王經理您好：\n\n經理核准了，二期款我們排在12/10（四）匯出，匯費由我方負擔。\n\n陳怡君\n明視眼鏡 會計部",
     o("za_optic", CHEN_YJ, day=D3)),
    ("ioszhtw", "dispute", None,
     "驗光紀錄轉檔少了三年的資料，客人回來配鏡查不到度數，這樣我們沒辦法驗收，款項先暫緩。",
     o("za_optic", LIN, danger=True)),
    ("gmailtw", "other", None,
     "王先生您好，請問會員點數可以跨店使用嗎？永康店的客人在問。",
     o("za_optic", TSAI)),
    ("olmobtw", "bank_question", None,
     "您好，我們這邊是台幣帳戶要換美金電匯，銀行要求 SWIFT code 和中轉銀行，麻烦提供，謝謝。",
     o("za_optic", CHEN_YJ, day=D3)),
    ("olmobtw", "promise", date(2026, 12, 14),
     "王經理：原訂12/10匯出的款項，因為銀行系統維護，延到12/14（一）匯出，造成不便請見諒。",
     o("za_optic", CHEN_YJ, day=D10, note="the day given up yields to 12/14")),
    ("owazhtw", "paid", None,
     "王經理您好：\n\n二期款 USD 9,800 今日已電匯，水單如附件，請查收。\n\n黃冠偉",
     o("za_optic", HUANG, day=D14, atts=["水單_20261214.pdf"])),
    ("owazhtw", "more_time", date(2027, 1, 15),
     "王經理您好：\n\n年底結帳期間資金調度較緊，可否將二期款延到明年1月15日支付？\n\n陳怡君",
     o("za_optic", CHEN_YJ, note="asked first; the 12/10 date came the next day")),
    ("gmailtw", "other", None,
     "王先生，門市POS列印收據會卡紙，是系統的問題還是印表機的問題？",
     o("za_optic", TSAI, day=D8)),
    ("ioszhtw", "acceptance", None,
     "資料補回來了，驗收OK，款項請怡君處理。",
     o("za_optic", LIN, day=D8)),
    ("olzhtw", "dispute", None,
     "王生：\n\n送貨單部機成日死機，啲司機要手寫單，搞掂之前我哋唔會畀錢住。\n\n陳志強\n陳記生果",
     o("za_fruit", CHAN, danger=True)),
    ("olzhtw", "acceptance", None,
     "王生，部機修好咗，成個禮拜冇再死機，驗收OK。",
     o("za_fruit", CHAN, day=D7)),
    ("gmailtw", "bank_question", None,
     "王生你好，你哋個戶口係咪中國銀行？我哋匯豐電滙要填 SWIFT 同埋收款銀行地址，唔該提供。",
     o("za_fruit", MAY, day=D7)),
    ("gmailtw", "promise", date(2026, 12, 9),
     "Final payment 我哋會喺呢個禮拜三（9號）用電滙過數，唔該。",
     o("za_fruit", MAY, day=D7)),
    ("gmailtw", "paid", None,
     "王生，啱啱已經滙咗 HKD 56,000，滙款單附上，唔該查收。",
     o("za_fruit", MAY, day=D9, atts=["滙款單.pdf"])),
    ("olzhtw", "more_time", None,
     "王生：\n\n今個月啲街市生意麻麻，尾數可唔可以分兩期畀？一半聖誕前，一半農曆新年後。\n\n陳志強",
     o("za_fruit", CHAN, day=D3, note="instalments asked: no single day")),
    ("ioszhtw", "other", None,
     "部手機登入唔到，個app話密碼錯，點搞？",
     o("za_fruit", FAI, day=D3)),
]  # fmt: skip

EN: list[tuple] = [
    # ---- Coimbatore pumps ----
    ("olen", "promise", date(2026, 12, 10),
     "Dear Sir,\n\nGreetings from Kovai Aqua Pumps.\n\nWith reference to your mail, the Phase 2 payment is under process and will be released on or before 10/12/2026 through RTGS/SWIFT. UTR will be shared once done.\n\nThanks & Regards,\nPriya V\nAccounts Payable | Kovai Aqua Pumps Pvt Ltd",
     o("za_pump", PRIYA)),
    ("owaen", "dispute", None,
     "Dear Mr. Wang,\n\nThe invoice does not mention our GSTIN or PO No. 4500012873 and the billing entity is shown as Kovai Pumps & Motors, which is our sister concern. We cannot process it as issued. Kindly cancel and re-issue in the correct name.\n\nRegards,\nR. Subramanian\nFinance Manager",
     o("za_pump", SUBRA, danger=True)),
    ("gmailen", "dispute", None,
     "Hi Wang,\n\nThe dealer portal is still timing out when dealers upload warranty claims above 5 MB. Phase 2 sign-off was conditional on this fix. Until it is closed I cannot recommend release of payment.\n\nKarthik\nIT, Kovai Aqua",
     o("za_pump", KARTHIK, danger=True)),
    ("android", "other", None,
     "Noted. Will check with accounts and revert.",
     o("za_pump", PALANI)),
    ("owaen", "other", None,
     "Dear Mr. Wang,\n\nPlease note we are required to deduct withholding tax @10% u/s 195 as you have no PE in India. Kindly share your Tax Residency Certificate and Form 10F at the earliest, failing which TDS will be deducted @20%.\n\nRegards,\nR. Subramanian",
     o("za_pump", SUBRA, day=D3, note="a tax document asked for before paying")),
    ("owaen", "resend_request", None,
     "Dear Mr. Wang,\n\nKindly resend the revised invoice with GSTIN to ap@kovaiaqua.in — the copy you sent went to my personal folder and AP has not received it.\n\nRegards,\nR. Subramanian",
     o("za_pump", SUBRA, day=D7)),
    ("olen", "other", None,
     "Dear Sir,\n\nPlease see our replies inline.\n\nRegards,\nPriya V",
     o("za_pump", PRIYA, day=D8, danger=True,
       inline=("If you have already paid", "[Priya] Not yet paid. Payment proposal is pending with MD for approval."),
       note="inline under our 'If you have already paid': not paid, awaiting approval, no day")),
    ("gmailen", "acceptance", None,
     "Hi Wang,\n\nUpload issue is resolved in build 2.4.1, tested with 25 MB files from three dealers. Phase 2 sign-off given; I have informed accounts.\n\nKarthik",
     o("za_pump", KARTHIK, day=D9)),
    ("android", "promise", date(2026, 12, 11),
     "Mr.Wang, I have approved today. Payment tomorrow.",
     o("za_pump", PALANI, day=D10)),
    ("olen", "paid", None,
     "Dear Sir,\n\nPayment of USD 18,500 has been remitted today vide SWIFT ref. KVBLINBB2612110045. Kindly find attached the remittance advice and acknowledge receipt.\n\nThanks & Regards,\nPriya V",
     o("za_pump", PRIYA, day=D11, atts=["Remittance_Advice_KAP_2612.pdf"])),
    # ---- Faisalabad tractor parts ----
    ("olenplain", "more_time", date(2027, 1, 15),
     "Respected Sir,\n\nDue to the wheat sowing season our dealers have not cleared their dues and we are facing liquidity issue. We request you kindly grant us time till 15th January 2027 for the mid-term payment.\n\nRegards,\nMuhammad Imran\nAccounts Officer\nLyallpur Agro Parts, Faisalabad\nOffice closed on 25th December (Quaid-e-Azam Day)",
     o("za_tractor", IMRAN)),
    ("iosen", "promise", None,
     "InshaAllah payment will be done next week. Usman will confirm.",
     o("za_tractor", RASHID, day=D3)),
    ("gmailapp", "dispute", None,
     "Hi Wang,\n\nThe counter sales screen still doesn't print Urdu part names on the receipt, and the FBR POS integration you promised is not there. Abbu won't release anything until this is fixed, sorry.\n\nUsman",
     o("za_tractor", USMAN, danger=True)),
    ("gmailapp", "bank_question", None,
     "Hi Wang, Meezan Bank is asking for your bank's SWIFT/BIC and CNAPS code for the USD transfer. Can you send these please?",
     o("za_tractor", USMAN, day=D7)),
    ("olenplain", "resend_request", None,
     "Respected Sir,\n\nKindly send us the invoice on your company letterhead with stamp, our auditors require it. Also please send the bank details on letterhead.\n\nRegards,\nMuhammad Imran",
     o("za_tractor", IMRAN, day=D3)),
    ("olenplain", "partial_payment", None,
     "Respected Sir,\n\nWe have transferred USD 4,000 today through Meezan Bank as part payment. Balance USD 3,900 will be paid in January. Remittance copy attached.\n\nRegards,\nMuhammad Imran",
     o("za_tractor", IMRAN, day=D10, atts=["Meezan_TT_copy.jpg"])),
    ("iosen", "promise", date(2027, 1, 5),
     "Balance will be paid 5 January InshaAllah",
     o("za_tractor", RASHID, day=D14)),
    # ---- Chattogram diagnostics ----
    ("owaen", "dispute", None,
     "Dear Wang,\n\nPlease see inline.\n\nRegards,\nRezaul Karim\nHead of Finance, Karnaphuli Diagnostics",
     o("za_lab", REZAUL, danger=True,
       inline=("Due date", "[RK] As per clause 5.3 go-live payment is due 30 days after the go-live sign-off (20/11/2026), i.e. on 20/12/2026, not 20 November. Not overdue."),
       note="contract says otherwise, inline under our Due date")),
    ("iosen", "acceptance", None,
     "Dear Wang, the LIS is running smoothly in all three collection points since last week. You may take this as our acceptance. Thanks for the support.\n\nDr. Nasrin Akter\nDirector",
     o("za_lab", NASRIN, day=D3)),
    ("tben", "dispute", None,
     "The HL7 interface with the Sysmex analyser drops results after midnight. We had 40 reports delayed yesterday. As far as we are concerned go-live is not complete.\n\nTanvir",
     o("za_lab", TANVIR, below=True, danger=True)),
    ("owaen", "paid", None,
     "Dear Wang,\n\nWe made the payment yesterday, Sunday 20th December, through Eastern Bank as per contract (TT ref. EBL-TT-88412). Please confirm receipt.\n\nRegards,\nRezaul Karim",
     o("za_lab", REZAUL, day=D21)),
    ("owaen", "promise", date(2026, 12, 20),
     "Dear Wang,\n\nHL7 issue is fixed. The board has approved the go-live payment; it will be paid on the contractual due date, 20/12/2026 (Sunday), InshaAllah.\n\nRegards,\nRezaul Karim",
     o("za_lab", REZAUL, day=D8, note="Sunday is a working day in Bangladesh")),
    # ---- Jepara teak furniture ----
    ("gmailen", "promise", date(2026, 12, 15),
     "Dear Mr. Wang,\n\nNoted with thanks. The mid-term payment will be transferred on 15/12/2026 when our buyer in Rotterdam has paid us. Sorry for the delay.\n\nBest regards,\nDewi Lestari\nFinance, Jepara Teak Furniture",
     o("za_jepara", DEWI, note="a day put on the payment, beside the buyer's")),
    ("android", "promise", None,
     "Mr Wang sorry we are not pay this month. Container to Europe late, money not come yet. Next month we pay ok",
     o("za_jepara", BAMBANG, day=D3, danger=True, note="not paying this month: next month, no day")),
    ("mmen", "other", None,
     "Hello Mr Wang, can you add 'finishing' stage in the tracking? Buyers ask where is their order after sanding.\nAgus",
     o("za_jepara", AGUS)),
    ("gmailen", "promise", None,
     "Dear Mr. Wang,\n\nForwarding below the message from our buyer so you can see why. When their money arrives we transfer to you directly.\n\nDewi\n\n---------- Forwarded message ---------\nFrom: Jan de Vries <j.devries@woonhuis-dv.nl>\nDate: Tue, 1 Dec 2026 at 16:12\nSubject: RE: Invoice JTF-2211\nTo: Dewi Lestari <dewi.lestari.jtf@gmail.com>\n\nDear Dewi,\nWe have paid invoice JTF-2211 today, EUR 18,400. It should reach you in 3-5 working days.\nKind regards,\nJan",
     o("za_jepara", DEWI, day=D4, danger=True, note="the buyer's 'we have paid' is forwarded; Dewi pays when it arrives: no day")),
    ("gmailen", "partial_payment", None,
     "Dear Mr. Wang,\n\nWe have transferred USD 6,000 today via BNI. The balance USD 5,300 we will send on 23/12/2026.\n\nBest regards,\nDewi",
     o("za_jepara", DEWI, day=D10, atts=["BNI_transfer_6000.pdf"], note="6,000 of 11,300; rest promised for 23/12")),
    ("gmailen", "paid", None,
     "Dear Mr. Wang,\n\nBalance USD 5,300 transferred today, so the mid-term payment is now complete. Proof attached.\n\nDewi",
     o("za_jepara", DEWI, day=D23, atts=["BNI_transfer_5300.pdf"])),
    # ---- Riyadh facilities management ----
    ("olen", "dispute", None,
     "Dear Mr. Wang,\n\nThe acceptance certificate has not been issued. Our maintenance team reports that PPM schedules for 14 sites are not generating. As per clause 9.2 the acceptance payment becomes due 30 days after the signed certificate, hence no payment is due at this stage.\n\nBest regards,\nFaisal Al-Otaibi\nProcurement Manager",
     o("za_riyadh", FAISAL, danger=True)),
    ("owaen", "promise", date(2026, 12, 17),
     "Dear Sir,\n\nInvoice received. Payment will be processed in the next payment cycle i.e. 17/12/2026, subject to the acceptance certificate.\n\nRegards,\nJoseph Mathew\nAccounts",
     o("za_riyadh", JOSEPH, day=D3, note="a day under a condition (the certificate)")),
    ("olen", "bank_question", None,
     "Dear Mr. Wang,\n\nOur bank requires the beneficiary IBAN and the bank's address, which are not in your reminder. Please also confirm that the account can receive USD.\n\nRegards,\nFaisal",
     o("za_riyadh", FAISAL, day=D7)),
    ("iosen", "acceptance", None,
     "Certificate signed today. Faisal will send you the copy.\n\nMohammed Al-Harbi\nGeneral Manager",
     o("za_riyadh", HARBI, day=D10)),
    ("owaen", "promise", date(2026, 12, 17),
     "Dear Sir,\n\nWith the certificate signed, payment will be released by end of next week.\n\nRegards,\nJoseph Mathew",
     o("za_riyadh", JOSEPH, day=D10, note="Thursday 10th; week Sun-Thu: end of next week = Thu 17th")),
    ("owaen", "paid", None,
     "Dear Sir,\n\nPayment of USD 26,000 has been released today through Al Rajhi Bank. Please find the SWIFT copy attached.\n\nRegards,\nJoseph Mathew",
     o("za_riyadh", JOSEPH, day=D17, atts=["SWIFT_MT103_ARB.pdf"])),
    # ---- Mombasa clearing agent ----
    ("gmailen", "promise", date(2026, 12, 4),
     "Hi Wang,\n\nWe shall pay on Friday. Our bank does foreign payments on Fridays only.\n\nRegards,\nGrace",
     o("za_mombasa", GRACE)),
    ("android", "dispute", None,
     "Wang, the system is still showing wrong duty amounts for KRA entries, my clerks are recalculating by hand. We are not paying for a system that does not work. Fix it first.",
     o("za_mombasa", HASSAN, danger=True)),
    ("olen", "other", None,
     "Hello,\n\nThe iCMS API credentials expire on 15/12. Can your team renew them before then?\n\nPeter Otieno\nIT",
     o("za_mombasa", PETER, day=D3, note="a date that is not a payment's")),
    ("gmailen", "dispute", None,
     "Hi Wang,\n\nSorry, we didn't manage to pay on Friday. The director stopped it because of the duty calculation issue. Will advise.\n\nGrace",
     o("za_mombasa", GRACE, day=D7, danger=True, note="payment stopped over a defect")),
    ("gmailen", "bank_question", None,
     "Hi Wang,\n\nOur bank says the account name in your reminder, 'Example Tech Co., Ltd.', is different from the one on the invoice, 'Example Technology Co., Ltd.'. Which one is correct?\n\nGrace",
     o("za_mombasa", GRACE, day=D8)),
    ("android", "promise", date(2026, 12, 11),
     "Duty calc is ok now, thank you. Grace will pay tomorrow.",
     o("za_mombasa", HASSAN, day=D10)),
    ("gmailen", "paid", None,
     "Hi Wang,\n\nPayment of USD 9,400 was made this morning through KCB. Proof of payment attached.\n\nGrace",
     o("za_mombasa", GRACE, day=D11, atts=["KCB_POP_9400.pdf"])),
    # ---- Ibadan cassava plant ----
    ("olen", "promise", date(2026, 12, 18),
     "Good day Sir,\n\nWe acknowledge receipt of your mail. Kindly be informed that the final payment will be effected on or before 18/12/2026.\n\nThanks.\n\nFolake Adeyemi (Mrs)\nAccountant",
     o("za_ibadan", FOLAKE)),
    ("gmailen", "dispute", None,
     "Dear Wang,\n\nThe dashboard has not been reading the flash dryer temperatures since the PLC upgrade. The final payment is tied to 30 days of stable data per the SOW. We are not there yet.\n\nEngr. Tunde Ogunleye\nPlant Engineer",
     o("za_ibadan", TUNDE, danger=True)),
    ("iosen", "other", None,
     "Well received. My accountant will attend to it.\n\nChief S. A. Adebayo",
     o("za_ibadan", ADEBAYO)),
    ("olen", "resend_request", None,
     "Good day Sir,\n\nPlease note that we have not received the final invoice. Kindly send it so that the payment can be processed.\n\nFolake Adeyemi (Mrs)",
     o("za_ibadan", FOLAKE, day=D3)),
    ("gmailen", "dispute", None,
     "Dear Wang,\n\nData has been stable since the PLC patch on 24/11, that is 16 days, not 30. If it holds we sign off on 24/12 and the final payment follows.\n\nTunde",
     o("za_ibadan", TUNDE, day=D10, danger=True, note="not due until 30 days of stable data; 24/12 is the sign-off, not the payment")),
    ("olen", "paid", None,
     "Good day Sir,\n\nPayment has been effected today. Please find attached the transfer slip from Zenith Bank.\n\nThanks.\nFolake Adeyemi (Mrs)",
     o("za_ibadan", FOLAKE, day=D17, atts=["Zenith_transfer_slip.pdf"])),
    # ---- Plovdiv rose oil ----
    ("gmailen", "partial_payment", None,
     "Dear Mr Wang,\n\nWe paid 5.000,00 EUR on 27.11 – did you receive it? The rest, 7.600,00 EUR, I will pay myself on 09.12.2026, Elena is on leave.\n\nBest regards,\nGeorgi Dimitrov",
     o("za_plovdiv", GEORGI, day=D3, note="5,000 of 12,600 paid; rest promised for 09.12")),
    ("tben", "dispute", None,
     "The batch record export to PDF still lacks the operator signatures, so we cannot use it for the ISO 22716 audit. Please fix it; Georgi knows.\n\nMaria Ivanova\nQA",
     o("za_plovdiv", MARIA, danger=True)),
    ("tben", "acceptance", None,
     "Signatures now appear in the PDF export. Accepted from QA side.\n\nMaria",
     o("za_plovdiv", MARIA, day=D8, below=True)),
    ("gmailen", "paid", None,
     "Dear Mr Wang,\n\nPaid the balance today, EUR 7.600,00. SEPA confirmation from UniCredit Bulbank attached.\n\nGeorgi",
     o("za_plovdiv", GEORGI, day=D9, atts=["SEPA_confirmation.pdf"])),
    # ---- Montevideo livestock auction ----
    ("gmailen", "promise", date(2026, 12, 11),
     "Estimado Wang,\n\nSorry for the delay. The payment goes out with our foreign transfers of Friday 11/12.\n\nSaludos,\nLucía Fernández\nAdministración",
     o("za_monte", LUCIA)),
    ("appleen", "dispute", None,
     "Wang,\n\nDuring Saturday's auction the bids froze for six minutes and two lots were sold below reserve. The board will not approve the go-live payment until we have a written root-cause report.\n\nMartín Sosa\nIT",
     o("za_monte", MARTIN, danger=True)),
    ("android", "dispute", None,
     "Martín sends the report we need. Then we talk about payment.",
     o("za_monte", RICARDO, day=D3, danger=True, note="payment waits for our report")),
    ("gmailen", "promise", date(2026, 12, 11),
     "Hola Wang,\n\nThe report arrived, thanks. The payment remains scheduled for 11/12.\n\nLucía",
     o("za_monte", LUCIA, day=D8, danger=True, note="scheduled, not paid")),
    ("gmailen", "promise", date(2026, 12, 11),
     "Hola Wang,\n\nThe transfer went out yesterday — sorry, I just checked with the bank: it is scheduled for Friday 11/12, it has not been sent yet.\n\nLucía",
     o("za_monte", LUCIA, day=D3, danger=True, note="a paid claim corrected in the same mail")),
    ("gmailen", "resend_request", None,
     "Hi Wang, could you send the invoice again with our RUT 215534890012 on it? Our accountant needs it for DGI.\n\nLucía",
     o("za_monte", LUCIA, day=D7)),
    ("appleen", "acceptance", None,
     "Saturday's auction ran without a freeze, 212 lots. Root-cause report accepted, go-live accepted.\n\nMartín",
     o("za_monte", MARTIN, day=D14)),
    ("gmailen", "paid", None,
     "Hola Wang,\n\nTransfer done today from BROU, USD 15,900. Comprobante attached.\n\nLucía",
     o("za_monte", LUCIA, day=D11, atts=["comprobante_BROU_1112.pdf"])),
    # ---- Dunedin student accommodation ----
    ("olen", "more_time", date(2027, 1, 20),
     "Hi Wang,\n\nWe're midway through the end-of-year audit. Could we push the Phase 2 payment out to the 20th of January? Happy to confirm in writing.\n\nCheers,\nHamish Reid\nFinance Manager, Octagon Student Living",
     o("za_dunedin", HAMISH)),
    ("iosen", "acceptance", None,
     "Kia ora Wang, the tenant portal went live for all four halls on Monday, no issues. Consider phase 2 accepted from our side.\n\nNgā mihi,\nAroha",
     o("za_dunedin", AROHA, day=D3)),
    ("olen", "resend_request", None,
     "Hi Wang,\n\nCan you re-send the invoice to accounts@octagonliving.co.nz? Our AP system only picks up from that address.\n\nCheers,\nHamish",
     o("za_dunedin", HAMISH, day=D4)),
    ("olen", "promise", date(2026, 12, 17),
     "Hi Wang,\n\nAudit wrapped up early. It'll go in Thursday's pay run — that's the 17th.\n\nCheers,\nHamish",
     o("za_dunedin", HAMISH, day=D10)),
    ("iosen", "other", None,
     "Thanks heaps for sorting the laundry-booking bug so fast!",
     o("za_dunedin", AROHA, day=D8)),
    ("olen", "paid", None,
     "Remittance advice attached.\n\nHamish",
     o("za_dunedin", HAMISH, day=D17, atts=["Remittance Advice - Example Tech.pdf"], note="attachment is the evidence")),
    # ---- Glasgow whisky casks ----
    ("olenplain", "other", None,
     "Hi Wang\n\nFiona's off this week. I can see the invoice on the system but it's not been approved yet. Once Callum signs it off it'll go in the next BACS run.\n\nMorag\nAccounts – Clyde Cask Brokers Ltd",
     o("za_glasgow", MORAG, note="pays after an approval: no day")),
    ("appleen", "dispute", None,
     "Wang —\n\nThe cask register still doesn't handle re-racking. Every cask moved into a new hogshead loses its fill date, which is the one thing HMRC cares about. I'm not signing off the mid-term until that's sorted.\n\nCallum",
     o("za_glasgow", CALLUM, danger=True)),
    ("appleen", "other", None,
     "Aye, got it. Fiona's back Monday, she'll sort you out.\n\nCallum",
     o("za_glasgow", CALLUM, day=D3, note="an absence's end, no payment day")),
    ("appleen", "promise", date(2026, 12, 15),
     "Re-racking fixed, tested on 30 casks. Signed off — Fiona will pay on Tuesday the 15th.\n\nCallum",
     o("za_glasgow", CALLUM, day=D10)),
    ("olen", "promise", date(2026, 12, 24),
     "Hi Wang,\n\nBack now. We haven't paid it yet — I was waiting on Callum's sign-off, which I have as of this morning. I'll get it away before Christmas.\n\nFiona MacLeod\nFinance, Clyde Cask Brokers Ltd\nOffice closed 25 December – 4 January",
     o("za_glasgow", FIONA, day=D11, note="before Christmas = Dec 24; the closure in the signature names no payment day")),
    ("olen", "paid", None,
     "Hi Wang,\n\nPaid today by SWIFT, £9,850.00. Remittance attached.\n\nFiona",
     o("za_glasgow", FIONA, day=D15, atts=["Remittance_CCB_1512.pdf"])),
    # ---- Tulsa moving & storage ----
    ("olen", "promise", date(2026, 12, 10),
     "Hi Wang,\n\nThis is scheduled for our 12/10 check run. We'll send it by wire instead of check since you're overseas.\n\nThanks,\nDarlene Hughes\nAccounts Payable",
     o("za_tulsa", DARLENE, danger=True, note="scheduled, month-first 12/10")),
    ("iosen", "dispute", None,
     "We ain't paying the final till the storage billing quits double-charging my customers for the same vault. Had three angry calls this week.",
     o("za_tulsa", TRAVIS, danger=True)),
    ("gmailapp", "other", None,
     "Hey! Is there a way to print the bill of lading straight from the dispatch screen? Thx",
     o("za_tulsa", KAYLA)),
    ("iosen", "dispute", None,
     "wang this is travis talked to darlene were gonna pay you next friday as long as the billing thing gets fixed by then",
     o("za_tulsa", TRAVIS, day=D3, danger=True, note="voice dictation; payment conditional on our fix")),
    ("olen", "dispute", None,
     "Wang,\n\nTravis had me pull it from today's run until the vault billing is fixed. Sorry.\n\nDarlene",
     o("za_tulsa", DARLENE, day=D10, danger=True)),
    ("iosen", "acceptance", None,
     "Billing's fixed. Good work. Darlene will take care of you.",
     o("za_tulsa", TRAVIS, day=D15)),
    ("olen", "paid", None,
     "Wang,\n\nWire went out this morning for $13,750.00, Fed ref 20261217B1Q8024C000417. Let me know if it doesn't show by Monday.\n\nDarlene",
     o("za_tulsa", DARLENE, day=D17)),
]  # fmt: skip


def _machine() -> list[tuple]:
    """The machine mail, each answering (or bouncing) one of the set's reminders."""
    out = []
    for style, kind, build, note in MACHINE_ZA:
        m = re.match(r"thread (\w+); (.*)", note)
        thread, note = (m.group(1), m.group(2)) if m else ("za_lift", note)
        opts: dict = {"thread": thread, "raw": build, "note": note, "tz": TZ[thread]}
        if kind == "other":
            opts["known"] = False
        out.append((style, kind, None, "", opts))
    return out


INTL: list[tuple] = HANT + EN + _machine()
