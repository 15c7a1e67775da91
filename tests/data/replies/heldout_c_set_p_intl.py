"""Held-out set P, English (and a few Simplified replies to English reminders) plus machine mail.

Clients writing English from Adelaide (a Chinese-language school, Australian English and
Simplified Chinese), Cape Town (a wine importer), Kyiv (an IT outsourcer), Doha (a gold
trader), Manila (a shipping crew agency), Lisbon (a tile maker) and Busan (a cosmetics
distributor, Korean habits: 2026.12.15, "Mr." and "kindly"). Machine mail from
``heldout_c_machine_p.py``. Written blind to the classifier (see heldout_c_set_p.py).
"""

from __future__ import annotations

from datetime import date

import heldout_c_machine_p as mp
import heldout_c_threads_p  # noqa: F401  (registers set P's reminders)

D = date
ADL = {
    "thread": "p_adl",
    "sender": ("Li Zhou", "principal@adelaidehuaxiao.edu.au"),
    "tz": "Australia/Adelaide",
}
ADL_BUR = {
    "thread": "p_adl",
    "sender": ("Bursar - Gary Nguyen", "bursar@adelaidehuaxiao.edu.au"),
    "tz": "Australia/Adelaide",
}
CPT = {
    "thread": "p_cpt",
    "sender": ("Pieter van der Merwe", "pieter@capevinimports.co.za"),
    "tz": "Africa/Johannesburg",
}
KYV = {
    "thread": "p_kyiv",
    "sender": ("Oksana Kovalenko", "o.kovalenko@dnipro-soft.com.ua"),
    "tz": "Europe/Kyiv",
}
DOH = {
    "thread": "p_doha",
    "sender": ("Hamad Al-Kuwari", "h.alkuwari@alsafa-bullion.qa"),
    "tz": "Asia/Qatar",
}
MNL = {
    "thread": "p_mnl",
    "sender": ("Maricel Dela Cruz", "mdelacruz@bluehorizoncrew.ph"),
    "tz": "Asia/Manila",
}
MNL_FIN = {
    "thread": "p_mnl",
    "sender": ("Finance - Blue Horizon Crew", "finance@bluehorizoncrew.ph"),
    "tz": "Asia/Manila",
}
LIS = {
    "thread": "p_lis",
    "sender": ("Rui Carvalho", "rui.carvalho@azulejos-tejo.pt"),
    "tz": "Europe/Lisbon",
}
PUS = {"thread": "p_busan", "sender": ("Park Min-ho", "mhpark@busancos.co.kr"), "tz": "Asia/Seoul"}
PUS_KIM = {
    "thread": "p_busan",
    "sender": ("Kim Ji-eun", "jekim@busancos.co.kr"),
    "tz": "Asia/Seoul",
}


def o(base: dict, **kw: object) -> dict:
    """``base`` (thread, sender, zone) with this reply's own options."""
    return {**base, **kw}


P_EN: list[tuple] = [
    # Adelaide Chinese-language school
    (
        "gmailen",
        "paid",
        None,
        "Hi Wang,\n\nNo worries, the Term 4 payment went out this arvo via EFT. Remittance attached.\n\nCheers,\nLi",
        o(ADL, atts=["remittance.pdf"]),
    ),
    (
        "olen",
        "promise",
        D(2026, 12, 11),
        "Hi,\n\nOur board signs off cheques and transfers at the meeting on Thursday week; the bursar will pay the day after.\n\nGary",
        o(ADL_BUR, note="Thursday week = Thu 10, paid the day after"),
    ),
    (
        "qqapp",
        "more_time",
        None,
        "王经理您好，学校这学期学生少了，学费收得慢，Term 4的款能不能等寒假报名收上来再付？大概要到明年一二月。",
        o(ADL, note="Simplified reply to an English reminder"),
    ),
    (
        "iosen",
        "dispute",
        None,
        "We never agreed to the parent-login module being a paid extra. That's $1,200 of this invoice. Happy to pay the rest once that's sorted.",
        o(ADL, danger=True),
    ),
    (
        "mmios",
        "paid",
        None,
        "已经付了，澳币7450，Commonwealth Bank转的，国际汇款可能要两三天才到。",
        o(ADL),
    ),
    (
        "tben",
        "resend_request",
        None,
        "Hi Wang,\n\nCould you resend the tax invoice with our ABN (51 824 753 556) on it? Our auditors won't accept it without.\n\nGary Nguyen\nBursar",
        o(ADL_BUR),
    ),
    # Cape Town wine importer
    (
        "gmailen",
        "promise",
        D(2026, 12, 14),
        "Hi Wang\n\nApologies, load-shedding knocked out our accounts system for most of last week. Payment is scheduled for 14/12/2026.\n\nRegards\nPieter",
        o(CPT, note="day-first"),
    ),
    (
        "olen",
        "paid",
        None,
        "Morning Wang,\n\nPaid yesterday, EFT from Nedbank. Proof of payment attached.\n\nPieter van der Merwe\nCape Vin Imports | +27 21 418 2026",
        o(CPT, atts=["POP.pdf"], note="phone with 2026 in signature"),
    ),
    (
        "appleen",
        "more_time",
        None,
        "Wang, the rand has tanked against the dollar this month. Can we hold off until it recovers a bit? I'd rather not pay at this rate.",
        o(CPT),
    ),
    (
        "gmailapp",
        "bank_question",
        None,
        "Our bank needs the CNAPS code and the intermediary bank for a ZAR to CNY transfer. Can you send those?",
        o(CPT),
    ),
    (
        "owaen",
        "partial_payment",
        None,
        "Hi,\n\nWe've paid ZAR 48,000 today, which is half. The balance will follow once the stock sync on the second warehouse works.\n\nPieter",
        o(CPT, danger=True),
    ),
    # Kyiv IT outsourcer
    (
        "gmailen",
        "paid",
        None,
        "Hello Wang,\n\nInvoice for sprint 6 was paid on 27.11.2026, SWIFT MT103 is attached. Please confirm receipt.\n\nBest regards,\nOksana",
        o(KYV, atts=["MT103.pdf"]),
    ),
    (
        "tben",
        "promise",
        D(2026, 12, 7),
        "Hi Wang,\n\nsorry for delay, we had blackouts again and bank office was closed. I will send payment on Monday 07.12.\n\nOksana",
        o(KYV),
    ),
    (
        "olen",
        "dispute",
        None,
        "Dear Wang,\n\nWe cannot accept sprint 6 invoice as is: 36 hours are for the pipeline review which was cancelled by us on 3.11. Please issue corrected invoice.\n\nKind regards,\nOksana Kovalenko\nHead of Finance",
        o(KYV, danger=True),
    ),
    (
        "android",
        "other",
        None,
        "I am not responsible for payments anymore, please write to finance@dnipro-soft.com.ua",
        o(KYV, note="hand-off"),
    ),
    (
        "owaen",
        "more_time",
        D(2026, 12, 16),
        "Hi,\n\nWe need two more weeks, our client has not paid us yet. Sorry for that.\n\nOksana",
        o(KYV, note="two more weeks from the reply day"),
    ),
    # Doha gold trader
    (
        "olen",
        "promise",
        D(2026, 12, 20),
        "Dear Mr. Wang,\n\nGreetings. Your invoice is approved and will be released on 20th December 2026, inshallah.\n\nBest Regards,\nHamad Al-Kuwari\nAl Safa Bullion W.L.L.\nTel: +974 4412 2026",
        o(DOH),
    ),
    (
        "iosen",
        "paid",
        None,
        "Transferred today from QNB. Will share the swift copy tomorrow.",
        o(DOH),
    ),
    (
        "gmailen",
        "bank_question",
        None,
        "Dear Sir,\n\nOur compliance requires the beneficiary bank's full address and the IBAN. China has no IBAN? Please advise what to put.\n\nRegards,\nHamad",
        o(DOH),
    ),
    ("owaen", "other", None, "Noted with thanks.", o(DOH, note="acknowledgement only")),
    (
        "olmoben",
        "promise",
        None,
        "Approved from my side. Finance will process in the next payment cycle.",
        o(
            DOH,
            note="no day named; relabelled acceptance -> promise by helper pen: an annual"
            " licence fee has no work to accept; 'approved' is the invoice approved for payment",
        ),
    ),
    # Manila crew agency
    (
        "gmailen",
        "paid",
        None,
        "Good day Sir Wang,\n\nPlease be informed that the mid-term payment was already remitted via BDO last 11/27/2026. Kindly see attached deposit slip.\n\nThank you po,\nFinance",
        o(MNL_FIN, atts=["deposit slip.jpg"], note="month-first date"),
    ),
    (
        "olen",
        "promise",
        D(2026, 12, 15),
        "Hi Sir,\n\nWe will release the payment on or before 12/15 after our principal (the ship owner) pays our crewing fees.\n\nRegards,\nFinance",
        o(MNL_FIN, note="month-first, conditional"),
    ),
    (
        "appleen",
        "resend_request",
        None,
        "Hello, our auditor needs the official receipt and the signed SOA for this. Can you resend please? We cannot process without.",
        o(MNL),
    ),
    (
        "iosen",
        "more_time",
        None,
        "Sir, may we request for an extension? Our office is on reduced operations this Christmas season.",
        o(MNL),
    ),
    (
        "owaen",
        "dispute",
        None,
        "Hi Wang,\n\nThe tracker still does not flag expiring STCW certificates as per the spec. We will hold the mid-term until this is fixed.\n\nMaricel",
        o(MNL, danger=True),
    ),
    # Lisbon tile maker
    (
        "gmailen",
        "paid",
        None,
        "Dear Wang,\n\nThe final payment was made by SEPA on 30/11. You should see it in 2-3 working days.\n\nBest regards,\nRui",
        o(LIS),
    ),
    (
        "olenplain",
        "promise",
        D(2026, 12, 11),
        "Hello Wang,\n\nThe transfer is scheduled for 11/12. Our payment run is on Fridays.\n\nRui Carvalho\nAzulejos do Tejo, Lda.\n+351 21 886 2026",
        o(LIS, note="day-first 11/12"),
    ),
    (
        "tben",
        "other",
        None,
        "Hi Wang,\n\nIs the configurator able to show the tiles in the Pombaline pattern? A client asked.\n\nRui",
        o(LIS),
    ),
    (
        "owaen",
        "partial_payment",
        None,
        "Hi Wang,\n\nWe paid EUR 8,000 today. The remaining 3,500 is retention until 90 days after go-live, as in clause 7.\n\nRui",
        o(LIS, danger=True),
    ),
    (
        "appleen",
        "dispute",
        None,
        "Wang, we don't owe the final payment yet: go-live was moved to January by your own team. Nothing is overdue.",
        o(LIS, danger=True),
    ),
    # Busan cosmetics distributor
    (
        "olen",
        "promise",
        D(2026, 12, 15),
        "Dear Mr. Wang,\n\nThank you for your mail. We will remit the mid-term payment on 2026.12.15. Please kindly understand the delay.\n\nBest regards,\nPark Min-ho / Manager",
        o(PUS),
    ),
    (
        "gmailen",
        "paid",
        None,
        "Dear Mr. Wang,\n\nMid-term payment was remitted today by Busan Bank. Please find the attached remittance.\n\nBest regards,\nKim Ji-eun",
        o(PUS_KIM, atts=["remittance.pdf"]),
    ),
    (
        "owaen",
        "bank_question",
        None,
        "Dear Sir,\n\nThe account name in the invoice is different with the reminder (Example Technology vs Example Tech). Which one is correct? Our bank is strict.\n\nKim Ji-eun",
        o(PUS_KIM, danger=True),
    ),
    (
        "iosen",
        "more_time",
        None,
        "Mr. Wang, our CEO is on business trip so approval is pending. Please wait some more days.",
        o(PUS),
    ),
    (
        "gmailapp",
        "partial_payment",
        None,
        "Dear Mr. Wang, we remitted USD 10,000 first. Rest USD 6,300 will be after year-end closing. Thank you.",
        o(PUS_KIM, danger=True),
    ),
    (
        "tben",
        "promise",
        D(2026, 12, 4),
        "Dear Mr. Wang,\n\nAs promised on the phone, we pay this Friday.\n\nPark",
        o(PUS, below=True),
    ),
    # more forms
    (
        "olen",
        "paid",
        None,
        "See below.",
        o(
            LIS,
            inline=("Due date:", "-> Paid 25/11 by SEPA, see attached. RC"),
            atts=["comprovativo.pdf"],
            note="inline answer",
        ),
    ),
    (
        "gmailen",
        "promise",
        D(2026, 12, 8),
        "Hi Wang\n\nWe'll pay next Tuesday, once the month-end stock count is done.\n\nPieter",
        o(CPT, day=D(2026, 12, 3), note="next Tuesday from Thu 3"),
    ),
    (
        "iosen",
        "paid",
        None,
        "Paid - sorry mate, didn't realise it was still outstanding.",
        o(ADL, noquote=True),
    ),
    (
        "owaen",
        "paid",
        None,
        "Dear Mr. Wang,\n\nWe already paid last week. Please check again, maybe your bank has some delay.\n\nPark",
        o(PUS),
    ),
    (
        "gmailen",
        "resend_request",
        None,
        "Hi Wang,\n\nIt's not that we don't want to pay - your invoice simply isn't in our system. Could you send it again to ap@dnipro-soft.com.ua?\n\nOksana",
        o(KYV, note="double negation: invoice missing"),
    ),
    (
        "olen",
        "promise",
        D(2026, 12, 12),
        "Dear Wang,\n\nPayment will be made within 10 days.\n\nOksana",
        o(KYV, note="within N days"),
    ),
]

P_MACHINE: list[tuple] = [
    (
        "olen",
        "bounce",
        None,
        "",
        {
            "thread": "p_kyiv",
            "raw": mp.ses_json("accounts@dnipro-soft.com.ua"),
            "danger": True,
            "known": False,
            "note": "Amazon SES JSON bounce",
        },
    ),
    (
        "olen",
        "bounce",
        None,
        "",
        {
            "thread": "p_cpt",
            "raw": mp.delay_words("accounts@capevinimports.co.za"),
            "danger": True,
            "note": "delay in plain words",
        },
    ),
    (
        "olen",
        "bounce",
        None,
        "",
        {
            "thread": "p_lis",
            "raw": mp.list_bounce,
            "danger": True,
            "note": "Mailman rejects the post",
        },
    ),
    (
        "owazhtw",
        "auto_reply",
        None,
        "",
        {
            "thread": "p_chiayi",
            "tz": "Asia/Taipei",
            "raw": mp.oof_hant_plain,
            "danger": True,
            "note": "OOF without Auto-Submitted",
        },
    ),
    (
        "olen",
        "auto_reply",
        None,
        "",
        {
            "thread": "p_busan",
            "tz": "Asia/Seoul",
            "raw": mp.oof_busan,
            "danger": True,
            "note": "absence notice, names a contact for payment",
        },
    ),
    (
        "olzhcn",
        "auto_reply",
        None,
        "",
        {
            "thread": "p_jiu",
            "raw": mp.oof_zh,
            "danger": True,
            "note": "OOF naming 12月7日 and 付款审批",
        },
    ),
    (
        "olen",
        "auto_reply",
        None,
        "",
        {
            "thread": "p_kyiv",
            "tz": "Europe/Kyiv",
            "raw": mp.mdn_mobile,
            "danger": True,
            "note": "K-9 MDN",
        },
    ),
    (
        "olen",
        "auto_reply",
        None,
        "",
        {
            "thread": "p_doha",
            "tz": "Asia/Qatar",
            "raw": mp.ticket_ack,
            "danger": True,
            "note": "ticket ack, invoices processed in 10 days",
        },
    ),
    (
        "qqhtml",
        "other",
        None,
        "",
        {
            "thread": "p_stone",
            "raw": mp.newsletter,
            "danger": True,
            "known": False,
            "note": "newsletter: 付款 words, Precedence bulk",
        },
    ),
    (
        "olzhcn",
        "bounce",
        None,
        "",
        {"thread": "p_jdz", "raw": mp.ndr_zh("yuqing@jdzciyi.onmicrosoft.com"), "danger": True},
    ),
    (
        "gmailen",
        "auto_reply",
        None,
        "",
        {
            "thread": "p_mnl",
            "tz": "Asia/Manila",
            "raw": mp.vacation_gmail,
            "danger": True,
            "note": "vacation reply, own subject",
        },
    ),
]

P_INTL: list[tuple] = P_EN + P_MACHINE
