"""Set N, English part: thirteen clients abroad answering cuikuan's English reminders.

Written blind (no rules, classifier, corpus bodies or earlier sets opened). Each client has
its own thread (``heldout_c_threads_n.py``), zone and people; the English is that of each
country's offices: South African ("just now", "now now", POP, EFT, R184 500,00), Canadian
(cheque, PO, grant accounts, EFT runs), Egyptian ("kindly", Sunday-Thursday week, FX queue),
Bangladeshi ("do the needful", LC, TT, "positively", "today itself"), Turkish (dekont,
dd.mm.yyyy), Swedish (ISO dates, week numbers, Bankgiro), Israeli (Sunday-Thursday week,
10.12), Peruvian ("realized", dd/mm, anchoveta season), Sri Lankan ("/-", "revert"),
Argentine (cepo, MEP, cupo), Ghanaian ("effected", "by God's grace", "exercise patience"),
Czech ("15. 12. 2026") and Finnish (terse, e-invoice operators). Entries are
``(style, kind, promised date, body, options)`` as ``heldout_c_generate.write`` reads them.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_n  # noqa: F401  (registers the threads)
from heldout_c_clients_n import zoho


def D(day: int, month: int = 12) -> date:
    return date(2026 if month == 12 else 2027, month, day)


PEOPLE = {
    # South Africa: Highveld Ore Reserve Consultants (Pty) Ltd, Johannesburg
    "thandeka": ("Thandeka Mokoena", "thandeka.mokoena@horc.co.za"),
    "pieter": ("Pieter van der Merwe", "pieter@horc.co.za"),
    "zanele": ("Zanele Dlamini", "creditors@horc.co.za"),
    "riaan": ("Riaan Botha", "riaan.botha.geo@gmail.com"),
    # Canada: Red River University, Kowalchuk Lab, Winnipeg
    "devon": ("Friesen, Devon", "devon.friesen@rru.ca"),
    "kowalchuk": ("Margaret Kowalchuk", "m.kowalchuk@rru.ca"),
    "rruap": ("Accounts Payable", "ap@rru.ca"),
    "wiebe": ("Wiebe, Colin", "colin.wiebe@rru.ca"),
    # Egypt: Nile Crown Hotels & Resorts, Cairo
    "mohamed": ("Mohamed Abdelrahman", "m.abdelrahman@nilecrown.com.eg"),
    "ahmed": ("Ahmed Fathy", "ahmed.fathy@nilecrown.com.eg"),
    "rania": ("Rania El-Sayed", "rania.elsayed@nilecrown.com.eg"),
    "hossam": ("Hossam Nabil", "hossam.nabil.it@gmail.com"),
    # Bangladesh: Meghna Apparels Ltd, Gazipur
    "rafiq": ("Md. Rafiqul Islam", "rafiq.commercial@meghnaapparels.com"),
    "tanvir": ("Tanvir Ahmed", "tanvir.acc@meghnaapparels.com"),
    "shirin": ("Shirin Akter", "agm.finance@meghnaapparels.com"),
    # Turkey: Anadolu Seramik Dis Ticaret A.S., Izmir
    "elif": ("Elif Yıldız", "elif.yildiz@anadoluseramik.com.tr"),
    "murat": ("Murat Demir", "muratdemir.export@gmail.com"),
    "selin": ("Selin Kaya", "muhasebe@anadoluseramik.com.tr"),
    # Sweden: Kvarnholm Pay AB, Stockholm
    "linnea": ("Linnea Berg", "linnea@kvarnholmpay.se"),
    "ebba": ("Ebba Sjöberg", "ebba.sjoberg@kvarnholmpay.se"),
    "johan": ("Johan Lindqvist", "johan@kvarnholmpay.se"),
    "maja": ("Maja Holm", "maja.holm@norrskenredovisning.se"),
    # Israel: Savion Medical Ltd, Yokneam
    "noa": ("Noa Friedman", "noa@savionmed.com"),
    "yoav": ("Yoav Katz", "yoav@savionmed.com"),
    "eitan": ("Eitan Ben-David", "eitan@savionmed.com"),
    "shira": ("Shira Levi CPA", "shira.levi.cpa@gmail.com"),
    # Peru: Pesquera Costa Azul S.A.C., Chimbote
    "rosa": ("Rosa Quispe Mamani", "rquispe@costaazul.com.pe"),
    "carlos": ("Carlos Huamán", "chuaman@costaazul.com.pe"),
    # Sri Lanka: Uva Highlands Tea Exports (Pvt) Ltd, Colombo
    "dilani": ("Dilani Perera", "dilani@uvahighlands.lk"),
    "nishantha": ("Nishantha Fernando", "accounts@uvahighlands.lk"),
    "ruwan": ("Ruwan Jayasinghe", "ruwan.j@uvahighlands.lk"),
    # Argentina: Pampa Sensores S.A., Buenos Aires
    "martin": ("Martín Sosa", "msosa@pampasensores.com.ar"),
    "lucia": ("Lucía Fernández", "lfernandez@pampasensores.com.ar"),
    "tomas": ("Tomás Giménez", "tomas@pampasensores.com.ar"),
    # Ghana: Ashanti Bean Exporters Ltd, Tema
    "kwame": ("Kwame Asante", "kwame.asante@ashantibean.com.gh"),
    "abena": ("Abena Owusu", "accounts@ashantibean.com.gh"),
    "kofi": ("Kofi Mensah", "kofimensah.abe@gmail.com"),
    # Czech Republic: Sklarna Jizera s.r.o., Zelezny Brod
    "jana": ("Jana Nováková", "novakova@sklarna-jizera.cz"),
    "tomas_cz": ("Tomáš Dvořák", "dvorak@sklarna-jizera.cz"),
    "petra": ("Petra Svobodová", "asistentka@sklarna-jizera.cz"),
    # Finland: Saimaan Saha Oy, Lappeenranta
    "mikko": ("Mikko Virtanen", "mikko.virtanen@saimaansaha.fi"),
    "anu": ("Anu Korhonen", "anu.korhonen@saimaansaha.fi"),
    "jari": ("Jari Laine", "jari.laine@saimaansaha.fi"),
}

ZONE = {
    "n_za": "Africa/Johannesburg", "n_za2": "Africa/Johannesburg", "n_wpg": "America/Winnipeg",
    "n_eg": "Africa/Cairo", "n_eg2": "Africa/Cairo", "n_bd": "Asia/Dhaka", "n_bd2": "Asia/Dhaka",
    "n_tr": "Europe/Istanbul", "n_se": "Europe/Stockholm", "n_il": "Asia/Jerusalem",
    "n_pe": "America/Lima", "n_lk": "Asia/Colombo", "n_ar": "America/Argentina/Buenos_Aires",
    "n_gh": "Africa/Accra", "n_cz": "Europe/Prague", "n_fi": "Europe/Helsinki",
}  # fmt: skip


def E(thread: str, who: str, style: str, kind: str, due: date | None, day: int, body: str, **o):
    """One reply of ``who`` on December ``day`` (their zone) to ``thread``'s reminder."""
    opts = {"thread": thread, "tz": ZONE[thread], "sender": PEOPLE[who], "day": D(day)}
    if thread.endswith("2"):
        opts["seq"] = 2
    opts.update(o)
    return (style, kind, due, body, opts)


# fmt: off
SIG_THANDEKA = """Regards
Thandeka Mokoena
Financial Manager | Highveld Ore Reserve Consultants (Pty) Ltd
T +27 11 482 5190 | M +27 82 771 0934
1st Floor, 44 Jan Smuts Avenue, Parktown, 2193"""

SIG_MOHAMED = """Best Regards,
Mohamed Abdelrahman
Group Finance Manager
Nile Crown Hotels & Resorts
Tel: +20 2 2735 8841 | Mob: +20 100 482 7713
26th of July Corridor, Sheikh Zayed City, Giza"""

SIG_RAFIQ = """Thanks & Regards
Md. Rafiqul Islam
Manager (Commercial)
Meghna Apparels Ltd.
Konabari, Gazipur-1751, Bangladesh
Cell: +880 1711-548203"""

SIG_NISHANTHA = """Thanks & best regards
Nishantha Fernando
Accounts Executive
Uva Highlands Tea Exports (Pvt) Ltd
No. 27, Vauxhall Street, Colombo 02
Tel: +94 11 243 6650 / Fax: +94 11 243 6651"""

ZA = [
    E("n_za", "thandeka", "olen", "paid", None, 2, f"""Hi Wang

Payment was released on our side yesterday (1 Dec) via EFT. It's an international EFT through Standard Bank so please allow 2-3 working days for it to reflect. POP attached.

{SIG_THANDEKA}""", atts=["POP_HORC_ExampleTech_01122026.pdf"]),
    E("n_za", "riaan", "gmailapp", "promise", None, 2, """Howzit Wang

Thandeka says she'll load it just now, I've approved it on my side. Sorry for the delay, load shedding had our office down half of last week.

Riaan""", note="SA 'just now' = soon, not done; no day"),
    E("n_za", "zanele", "owaen", "paid", None, 3, """Good day

The payment of R184 500,00 has been loaded now now and authorised by both signatories. As it is a cross-border payment you should see it in 2 working days. Proof of payment attached.

Kind regards
Zanele Dlamini
Creditors Clerk""", atts=["POP 184500.pdf"], note="now now = done here; loaded and authorised"),
    E("n_za", "thandeka", "olen", "promise", D(15), 3, f"""Morning Wang

Apologies, this one slipped through the cracks - the invoice was sitting in Pieter's inbox for approval. Our international payments go out on the 15th and at month-end; it is on the batch for the 15th of December.

{SIG_THANDEKA}"""),
    E("n_za", "thandeka", "olen", "partial_payment", None, 9, f"""Hi Wang

We paid R100 000,00 today as a first part. The balance of R84 500,00 will follow once the bank has cleared the exchange control paperwork for the rest (they want the signed contract addendum again).

POP attached.

{SIG_THANDEKA}""", atts=["POP_R100000.pdf"], danger=True),
    E("n_za2", "pieter", "olen", "dispute", None, 8, """Wang,

With respect, I'm not going to authorise this before the block model export works. Riaan's team still can't get the variogram parameters across into Datamine - we logged it on 12 November and heard nothing back. Phase 2 was supposed to include that.

Sort that out and I'll sign it off the same day.

Pieter van der Merwe
Director""", danger=True, note="payment held until our fix"),
    E("n_za", "zanele", "owaen", "bank_question", None, 2, """Hi

Our bank (FNB) is asking for the beneficiary's physical address and the BOP category for this payment. They also say the SWIFT code on the invoice points to a branch in Shanghai, not Hangzhou? Please confirm which is correct before we release.

Thanks
Zanele""", danger=True),
    E("n_za", "zanele", "owaen", "resend_request", None, 4, """Hi

Can you please send me a copy of the invoice and a statement? We moved to a new accounting system in October and I can't find it on our side.

Thanks
Zanele Dlamini
Creditors Clerk"""),
    E("n_za2", "pieter", "iosen", "more_time", None, 10, """Wang, cash is tight until the Sishen drilling contract pays us - they are 60 days late themselves. Can you give us until after the builders' holiday? I'll make sure it's the first thing paid in January.

Pieter"""),
    E("n_za", "riaan", "gmailapp", "acceptance", None, 1, """Hi Wang

Just to confirm formally - we've signed off phase 2, the migration passed our QA checks on 27 November. Signed acceptance certificate attached. Thandeka will handle the payment side.

Cheers
Riaan Botha
Senior Resource Geologist""", atts=["HORC_Phase2_Acceptance_signed.pdf"]),
    E("n_za", "thandeka", "iosen", "paid", None, 7, """Paid Friday. POP to follow from Zanele.""", noquote=True),
]

WPG = [
    E("n_wpg", "devon", "owaen", "other", None, 1, """Hi Wang,

Thanks for the reminder. I've forwarded this to Accounts Payable (ap@rru.ca) and copied them here. On our end the PO (4500118823) was receipted on Nov 20, so it should be sitting with them now.

Devon Friesen
Lab Manager, Kowalchuk Lab
Department of Biochemistry & Medical Genetics
Red River University | 204-555-0148""", danger=True, note="forwarded to AP, nothing paid"),
    E("n_wpg", "rruap", "olen", "paid", None, 3, """Good morning,

Payment for invoice EXT-2611 was issued by EFT on 2026-11-27, payment reference 0000784513, CAD 46,800.00. Please allow 3-5 business days for international EFTs. If you have not received it by December 9, contact us at ap@rru.ca quoting the payment reference.

Accounts Payable | Financial Services
Red River University
66 Chancellors Circle, Winnipeg MB R3T 2N2"""),
    E("n_wpg", "rruap", "olen", "bank_question", None, 2, """Hello,

Before we can release payments to a new international supplier, Treasury needs your banking information confirmed on company letterhead, and we need the intermediary bank for CAD wires - RBC tells us CAD cannot go directly to a CNY account. Could you also confirm whether you want to be paid in CAD or USD? The PO is in CAD.

Thanks,
Accounts Payable | Financial Services""", danger=True),
    E("n_wpg", "kowalchuk", "appleen", "promise", D(17), 7, """Dear Wang Ming,

My apologies - the PO was charged to the wrong grant account (the NSERC one closed out on Oct 31) and Research Services bounced it back. It has now been moved to my CIHR project grant, fund 31-44827, and Devon tells me AP will include it in the EFT run on Thursday the 17th.

Best regards,
Margaret

--
Margaret Kowalchuk, PhD
Professor and Canada Research Chair in Structural Biology
Red River University | Winnipeg MB R3T 2N2 | 204-555-0102"""),
    E("n_wpg", "wiebe", "olen", "more_time", D(15, 1), 9, """Hello Mr. Wang,

I'm the grants officer for Dr. Kowalchuk's lab. Your invoice exceeds the PO by $1,800 (freight and FX), so a PO change order is needed before Financial Services can pay it. Change orders take 2-3 weeks this time of year and the university is closed Dec 24 to Jan 4. We are not disputing the amount - it's purely our internal process - but realistically we will need until mid-January.

Regards,
Colin Wiebe
Research Grants Officer, Office of Research Services""", note="until mid-January = the 15th"),
    E("n_wpg", "rruap", "olen", "resend_request", None, 10, """Hi,

We are unable to process this: our system shows no invoice on file from Example Tech under PO 4500118823. Invoices must be emailed as PDF to invoices@rru.ca and show the PO number. Please resubmit and we will process it in the next payment run.

Accounts Payable | Financial Services"""),
    E("n_wpg", "devon", "tben", "paid", None, 14, """AP says a cheque went out by Canada Post on Dec 10 - that was before I knew you'd asked for EFT, sorry. Let me know if it doesn't show up by the new year and they'll cancel it and reissue.

Devon""", below=True),
    E("n_wpg", "kowalchuk", "appleen", "dispute", None, 15, """Wang,

I'm not comfortable approving the installation milestone yet. The pipeline still crashes on Krios datasets over 4 TB (ticket #221), which is exactly the use case we bought it for. Please don't send further reminders to AP until we've talked.

Margaret""", danger=True),
    E("n_wpg", "devon", "olmoben", "other", None, 8, """Thanks Wang, noted. I'll chase AP tomorrow and see where it's at.""", danger=True, note="nothing promised"),
    E("n_wpg", "devon", "olmoben", "promise", D(17), 16, """Hey wang AP just told me the e f t goes out with tomorrow's run so the seventeenth. Devon""", note="voice typing; tomorrow = Dec 17"),
]

EG = [
    E("n_eg", "mohamed", "olen", "promise", D(10), 6, f"""Dear Mr. Wang,

Greetings from Cairo.

Kindly note that your payment is approved by the CFO and it is in the queue with our bank for the foreign currency. The bank promised to execute the transfer on Thursday 10/12/2026 God willing.

{SIG_MOHAMED}""", note="Sunday is a working day in Egypt"),
    E("n_eg", "ahmed", "olen", "bank_question", None, 2, """Dear Sir,

Please be informed that our bank (CIB) requested the full beneficiary address and the CNAPS code of your bank branch, also they are asking if the account can receive USD or only CNY.
Kindly send us the required data to proceed.

Best regards,
Ahmed Fathy
Accounts Payable""", danger=True),
    E("n_eg", "rania", "olen", "dispute", None, 3, """Dear Wang,

Hope this email finds you well.

With all respect, the go-live was not completed in our Hurghada and Luxor properties, the interface with Opera is still failing every night and the night auditors are doing the postings manually. Kindly note we can not proceed with the go-live payment till all the 7 properties are live as per the contract annex B.

Thanks & Best Regards,
Rania El-Sayed
IT Procurement Section Head""", danger=True),
    E("n_eg", "mohamed", "olen", "partial_payment", None, 8, f"""Dear Mr. Wang,

Kindly find attached the swift copy for USD 20,000 transferred today as a first payment. The remaining USD 18,000 will be transferred after the new year as the bank is limiting the monthly FX allocation for our company.

{SIG_MOHAMED}""", atts=["Swift copy USD 20000.pdf"], danger=True),
    E("n_eg2", "ahmed", "olenplain", "paid", None, 9, """Dear Wang,

The remaining USD 18,000 was transferred today, so the go-live payment is now settled in full (USD 20,000 on 8/12 + USD 18,000 today). Please find attached the MT103.
Kindly confirm receipt.

Regards
Ahmed Fathy""", atts=["MT103_NCH_09122026.pdf"], note="the remainder paid: the milestone is paid"),
    E("n_eg", "hossam", "gmailapp", "more_time", None, 7, """Dear Wang, finance told me the payment is stuck due to the dollar availability at the bank. Could you kindly give us one more month? We are committed to pay, no worry.
Hossam"""),
    E("n_eg", "rania", "olen", "other", None, 1, """Dear Wang,

Noted with thanks. I will follow up with finance and revert back to you.

Best Regards,
Rania"""),
    E("n_eg2", "mohamed", "olen", "promise", D(17), 14, f"""Dear Mr. Wang,

Sorry for the late reply, I was in Sharm for the year-end audit. The payment will be done before the end of this week inshallah, latest Thursday.

{SIG_MOHAMED}""", note="Egyptian week ends Thursday"),
    E("n_eg2", "mohamed", "olen", "promise", D(15), 10, f"""Dear Mr. Wang,

Unfortunately the transfer of 30/11 was returned by the correspondent bank because of the missing purpose of payment. We corrected it and it will be re-sent on Tuesday 15/12.

Apologies for the inconvenience.

{SIG_MOHAMED}""", earlier="""Dear Mr. Wang,

The payment will be done on 30/11 God willing.

Best Regards,
Mohamed""", note="quoted earlier answer names another day"),
]

BD = [
    E("n_bd", "rafiq", "gmailen", "paid", None, 2, f"""Dear Sir,

Assalamu Alaikum. Please be informed that the payment of USD 22,400 has been remitted today through TT from Dutch-Bangla Bank. TT copy is attached herewith for your kind information. Kindly confirm us after receiving.

{SIG_RAFIQ}""", atts=["TT copy - Example Tech.pdf"]),
    E("n_bd", "tanvir", "gmailen", "promise", D(10), 3, """Dear Sir,

We are extremely sorry for the delay. Due to shipment pressure our management could not sign the payment. Payment will be done within next Thursday positively.

Regards
Tanvir Ahmed
Accounts"""),
    E("n_bd", "rafiq", "gmailen", "resend_request", None, 4, f"""Dear Sir,

Please note the payment is under LC at sight No. 0417-26-01-0389. Our bank will pay on presentation of documents. Kindly send the original commercial invoice, packing list and delivery challan through your bank, then the LC bank will release the payment. Without documents bank cannot release.

{SIG_RAFIQ}""", note="LC documents asked"),
    E("n_bd2", "shirin", "olen", "dispute", None, 8, """Dear Mr. Wang,

We have received your second reminder. Please note that 38 of the 120 RFID readers supplied are not working in the finishing floor and your engineer has not visited since 10 November. As per the PI the second instalment is payable after successful commissioning. We are holding the payment until the readers are replaced.

Regards
Shirin Akter
AGM (Finance & Accounts)
Meghna Apparels Ltd.""", danger=True),
    E("n_bd2", "rafiq", "gmailen", "partial_payment", None, 9, f"""Dear Sir,

We have sent USD 11,200 (50%) today by TT. Balance 50% will be paid after the commissioning certificate is signed. TT copy attached.

{SIG_RAFIQ}""", atts=["TT_11200.pdf"], danger=True),
    E("n_bd", "tanvir", "android", "more_time", None, 10, """Dear Sir,
Due to the workers unrest and factory closure for 9 days our cash flow is very much disturbed. Kindly allow us some more time. We will pay you surely, no need to worry.
Regards"""),
    E("n_bd", "rafiq", "gmailen", "bank_question", None, 7, f"""Dear Sir,

Our bank is asking the purpose code and the name of your correspondent bank in New York for USD. Also beneficiary name in your PI is "Example Tech Co., Ltd." but the bank is showing "Example Technology Co Ltd"? Please clarify so we can do the needful.

{SIG_RAFIQ}""", danger=True),
    E("n_bd", "tanvir", "android", "other", None, 1, """Dear Sir, noted. Matter is under process. Will update you.""", danger=True, note="under process: nothing promised"),
    E("n_bd", "rafiq", "gmailen", "promise", D(15), 8, f"""Dear Sir,

Payment will be made on 15th December InshaAllah, as our buyer's payment will come on 13th.

{SIG_RAFIQ}"""),
    E("n_bd2", "rafiq", "android", "paid", None, 14, """Dear Sir, TT done today itself. Please check and confirm."""),
    E("n_bd", "rafiq", "gmailen", "paid", None, 4, "", inline=("If you have paid, could you reply", "[Rafiq] Payment date 03/12/2026 through TT. TT copy attached."), atts=["TT copy 03122026.pdf"], note="answer inline in the quote"),
]

TR = [
    E("n_tr", "elif", "olen", "paid", None, 2, """Dear Wang,

The payment was made on 27.11.2026 from our Garanti BBVA EUR account. Please find the dekont (bank receipt) attached.

Best regards / Saygılarımızla
Elif Yıldız
Finance Specialist
Anadolu Seramik Dış Ticaret A.Ş.
+90 232 376 41 00""", atts=["dekont_27112026.pdf"]),
    E("n_tr", "murat", "gmailapp", "promise", D(11), 3, """Hi Wang, I spoke with our muhasebe, payment will be on 11.12.2026. Sorry for delay, we had the Kütahya fair.
Murat"""),
    E("n_tr", "elif", "olen", "dispute", None, 7, """Dear Wang,

Our accounting says the invoice is in EUR but the contract (article 4) says the delivery payment is USD 18,500. With today's parity this is a big difference for us. We can pay USD 18,500 as per contract, not EUR 17,250. Please check and send a corrected invoice.

Best regards
Elif Yıldız""", danger=True),
    E("n_tr", "murat", "gmailapp", "more_time", None, 9, """Wang bey merhaba, our customers in Germany paid late this month, we need 2-3 weeks more. I hope you understand.
Murat"""),
    E("n_tr", "selin", "olen", "partial_payment", None, 10, """Hello,

We transferred 8.625,00 EUR today (50%). The second half will be transferred on 24.12.2026. Dekont attached.

Selin Kaya
Muhasebe / Accounting""", atts=["dekont_8625EUR.pdf"], danger=True),
    E("n_tr", "elif", "olen", "resend_request", None, 14, """Dear Wang,

For our e-invoice archive we need the invoice signed and stamped, a pdf is enough. Could you send it again with signature? Then payment is no problem.

Best regards
Elif"""),
    E("n_tr", "murat", "gmailapp", "other", None, 4, """Hi, payment is not done yet, I will ask Elif tomorrow and come back to you.""", danger=True, note="negation"),
]

SE = [
    E("n_se", "linnea", "gmailen", "promise", D(10), 2, """Hi Wang,

Thanks for the nudge. Our supplier payments go out on Thursdays; this one is booked for the run on 2026-12-10. It goes via SEB as a foreign payment, not via Bankgiro, so expect 1-2 banking days.

Best,
Linnea"""),
    E("n_se", "ebba", "appleen", "paid", None, 3, """Hej Wang,

Paid yesterday (2026-12-02), SEK 412 000. Payment confirmation attached.

Mvh
Ebba Sjöberg
Ekonomi, Kvarnholm Pay AB
+46 8 520 277 40""", atts=["Betalningsbekraftelse_2026-12-02.pdf"]),
    E("n_se", "johan", "tben", "promise", D(17), 4, """We're closing the quarter; it will be in the payment run on Thursday week 51.

/Johan""", below=True, note="Thursday of ISO week 51"),
    E("n_se", "maja", "olen", "bank_question", None, 7, """Hi,

I handle Kvarnholm Pay's accounts payable. Your invoice asks for payment to a Chinese account but gives a Bankgiro number (5321-8840) in the footer. Is this Bankgiro yours, or a leftover? We will not pay to a Bankgiro we cannot verify, so please confirm which account is correct - preferably by phone.

Maja Holm
Redovisningsbyrå Norrsken AB
+46 8 411 90 25""", danger=True),
    E("n_se", "johan", "tben", "dispute", None, 8, """Wang, before we pay Q4 we need the SLA credits settled: the monitoring API was down 14 h in week 46 and 9 h in week 47, which by our reading of §7.2 gives us a 15 % credit. Send a credit note and we pay the rest the same week.

/Johan""", below=True, danger=True),
    E("n_se", "linnea", "gmailen", "more_time", None, 9, """Hi Wang,

We're in the middle of a funding round and the board has frozen all non-critical payments until it closes. I'd ask for your patience for a few more weeks; I'll come back with a date as soon as the money is in.

Linnea"""),
    E("n_se", "ebba", "appleen", "paid", None, 14, """Betalt / paid. Ref KVP-2026-09.

--
Ebba Sjöberg | Ekonomi
Kvarnholm Pay AB | Regeringsgatan 38, 111 56 Stockholm
Ledig 2026-12-21 - 2027-01-06""", note="dates in the signature"),
    E("n_se", "johan", "gmailen", "acceptance", None, 1, """Hi Wang, FYI: integration accepted in prod as of 2026-11-30 after the pen-test re-run. Formal acceptance protocol attached, signed by me. Linnea will handle the invoicing/payment side.

/J""", atts=["KVP acceptance protocol signed.pdf"]),
    E("n_se", "linnea", "gmailen", "bank_question", None, 15, "Thanks, see below.\n\nLinnea", inline=("Account number:", "-> Can this account receive SEK, or should we convert and send EUR/USD? Our bank needs to know before Thursday."), danger=True, note="question inline in the quote"),
]

IL = [
    E("n_il", "noa", "gmailen", "promise", D(10), 6, """Hi Wang,

Shavua tov. I've scheduled the wire for Thursday (10.12) - our bank processes FX wires only until 13:00 so it will leave that day.

Noa""", note="Sunday is a working day in Israel"),
    E("n_il", "yoav", "iosen", "promise", D(10), 7, """Wang - will be paid by end of the week. Promise.
Y""", note="Israeli week ends Thursday"),
    E("n_il", "eitan", "gmailen", "dispute", None, 3, """Hi Wang,

We can't sign off the beta milestone. The telemetry backend drops ~3% of packets from devices on LTE-M, and our regulatory consultant says that blocks our 510(k) submission. Until that's fixed and verified by our QA, this invoice is on hold from our side.

Eitan Ben-David
VP R&D, Savion Medical""", danger=True),
    E("n_il", "shira", "gmailen", "bank_question", None, 8, """Hello,

I am the bookkeeper of Savion Medical. For the payment the bank needs the IBAN of your account, in Israel every foreign transfer needs IBAN. What is it? Also, do you have a withholding tax exemption from the Israeli Tax Authority? Without it we must withhold 25%.

Shira Levi, CPA""", danger=True),
    E("n_il", "noa", "gmailen", "partial_payment", None, 9, """Hi Wang, we wired USD 14,750 today - half. Our CFO approved the rest to go after the second close of our round (expected late January). Confirmation attached.

Noa""", atts=["wire_confirmation_14750.pdf"], danger=True),
    E("n_il", "yoav", "iosen", "other", None, 1, """Adding Noa who handles payments. Noa, can you look at this please? Thanks""", note="hand-off"),
    E("n_il", "noa", "gmailen", "more_time", D(31), 14, """Hi Wang,

We're a small team and Hanukkah plus the year-end closing means I can't get the board signatures until after the 20th. Could we have until the end of the month?

Noa""", note="until the end of the month = Dec 31"),
    E("n_il", "noa", "gmailen", "paid", None, 10, """Wire went out this morning, USD 29,500 from Bank Leumi, ref. 8841-SAV. SWIFT confirmation attached.

Noa""", atts=["SWIFT_8841-SAV.pdf"]),
    # relabelled other -> promise (helper guard3, session 11): a hedged day is still the day
    # named (as hr124; labels.yaml); next Thursday from Tue 15 Dec = Thu 24 Dec.
    E("n_il", "yoav", "iosen", "promise", D(24), 15, """I think it should go out next Thursday but don't hold me to that, Noa is on reserve duty.""", note="a hedged day is still the day named"),
]

PE = [
    E("n_pe", "rosa", "olen", "promise", D(11), 2, """Dear Mr. Wang,

Good morning. I inform you that the payment is programmed for the 11/12, together with the payments to foreign suppliers. Any doubt I remain attentive.

Regards,
Rosa Quispe Mamani
Jefa de Tesorería
Pesquera Costa Azul S.A.C.
Av. Los Pescadores 312, Chimbote - Perú
Telf. (043) 35-2871"""),
    E("n_pe", "carlos", "gmailapp", "more_time", None, 3, """Hello Wang, the second season of anchoveta was suspended by PRODUCE for juveniles, we have no catch since 2 weeks. Our cash is very tight. We ask you please to wait until the season opens again, then we pay without problem.
Saludos
Carlos"""),
    E("n_pe", "rosa", "olen", "paid", None, 7, """Dear Mr. Wang,

The transfer was realized the 04/12 from BCP. I attach the constancia. Please confirm the reception.

Regards,
Rosa Quispe""", atts=["Constancia_transferencia_BCP.pdf"], note="'realized' = done, dd/mm"),
    E("n_pe", "carlos", "gmailapp", "dispute", None, 8, """Wang, I don't agree with this final payment. The app in the boats don't work without internet and your team said it will sync offline. The captains are doing the logbook in paper again. We pay when this works like in the demo.""", danger=True),
    E("n_pe", "rosa", "olen", "resend_request", None, 4, """Dear Mr. Wang,

We did not receive the invoice, only the reminder. Please send the invoice (factura) in PDF to facturas@costaazul.com.pe so we can register it.

Regards,
Rosa Quispe"""),
    E("n_pe", "rosa", "olen", "partial_payment", None, 10, """Dear Mr. Wang,

Today we transferred USD 7,800 which is the 50%. The difference will be paid the 15/01/2027.

Regards,
Rosa Quispe""", danger=True),
    E("n_pe", "carlos", "android", "promise", D(15), 14, """Wang tomorrow we do the transfer sure. Rosa is preparing. Saludos"""),
    E("n_pe", "rosa", "olen", "other", None, 9, """Dear Mr. Wang,

I confirm that we still have not made the transfer, the approval of the general manager is missing. As soon as I have it I inform you.

Regards,
Rosa""", danger=True, note="negation"),
]

LK = [
    E("n_lk", "dilani", "olen", "paid", None, 2, """Dear Mr. Wang,

We have remitted USD 9,800/- on 30th November through Commercial Bank of Ceylon. Please find attached the SWIFT copy for your reference.

Thanking you,
Yours faithfully,
Dilani Perera
Finance Manager""", atts=["SWIFT copy 30.11.2026.pdf"], raw=zoho, note="Zoho Mail"),
    E("n_lk", "nishantha", "olen", "promise", D(18), 3, f"""Dear Sir,

We will do the needful and settle the payment on or before 18th December. Sorry for the inconvenience caused.

{SIG_NISHANTHA}"""),
    E("n_lk", "ruwan", "olen", "more_time", D(21), 7, """Dear Wang,

The auction prices at Colombo fell for the last four sales and our buyers are paying late. Please bear with us for another two weeks.

Regards,
Ruwan""", raw=zoho, note="two more weeks from the reply day"),
    E("n_lk", "dilani", "olen", "bank_question", None, 8, """Dear Sir,

Our bank informs that the transfer was returned on 4th December with the reason "beneficiary account name mismatch". Kindly confirm the exact account name as per your bank records and whether an intermediary bank should be used.

Thanking you,
Dilani Perera""", raw=zoho, danger=True, note="money returned: not paid"),
    E("n_lk", "ruwan", "olen", "acceptance", None, 2, """Dear Wang,

I am pleased to confirm that the lot tracking system was used successfully in sale No. 47 and our brokers are satisfied. Please take this as our acceptance of the mid-term deliverables. Dilani will process the payment.

Regards,
Ruwan Jayasinghe
Director"""),
    E("n_lk", "nishantha", "olen", "other", None, 14, f"""Dear Sir,

Noted. Will check and revert. Our office is closed tomorrow for the Poya holiday.

{SIG_NISHANTHA}"""),
    E("n_lk", "dilani", "olen", "paid", None, 9, """Dear Sir,

We have already paid USD 9,800 on 30th November (SWIFT copy sent to Mr. Chen on the same day). Kindly check your records before sending further reminders. It is not acceptable to be chased for a paid invoice.

Dilani Perera
Finance Manager""", raw=zoho, note="annoyed, but a payment claim"),
]

AR = [
    E("n_ar", "martin", "gmailen", "bank_question", None, 2, """Hi Wang,

With the cepo we can only access the official dollar for imports of services with BCRA authorization, which takes 30 days from the registration. Alternative: we can pay you in pesos to a local account, or in USD via MEP to an account in the US if you have one. Which option works for you?

Martín Sosa
CFO | Pampa Sensores S.A.""", danger=True, note="which account/currency: the PM answers"),
    E("n_ar", "lucia", "gmailen", "promise", D(15), 4, """Hola Wang,

The BCRA authorization is approved. The transfer will go out on Tuesday 15/12 through Banco Galicia.

Saludos,
Lucía Fernández
Administración"""),
    E("n_ar", "martin", "gmailen", "partial_payment", None, 9, """Hi Wang, we paid USD 13,000 today (the cupo we got for December). The other half goes in January when the new cupo opens. Swift attached.

Martín""", atts=["swift_13000.pdf"], danger=True),
    E("n_ar", "tomas", "iosen", "dispute", None, 3, """Wang, the pilot is not finished: only 40 of the 120 sensors report to the platform, the rest show "no data" since the update of 18/11. We don't pay the pilot milestone for a pilot that doesn't work. Let's have a call.

Tomás""", danger=True),
    E("n_ar", "lucia", "gmailen", "paid", None, 7, """Hola Wang,

We transferred the equivalent in pesos ($ 26.650.000) to the account of your agent in Buenos Aires, as Martín agreed with Mr. Chen. Comprobante attached.

Saludos,
Lucía""", atts=["comprobante_transferencia.pdf"], note="paid to a third party: the PM verifies"),
    E("n_ar", "martin", "gmailen", "more_time", None, 10, """Wang, honestly, with the new FX rules announced yesterday our bank froze all payments abroad until the regulation is published. I need some weeks, I'll keep you posted.

Martín"""),
    E("n_ar", "martin", "gmailen", "more_time", None, 14, """Hi Wang,

Proposal to close this: we pay in 3 instalments of USD 8,666.67 on 30/12, 29/01 and 26/02. Please confirm if OK for you.

Martín""", note="a plan of instalments names no single day"),
    E("n_ar", "tomas", "iosen", "other", None, 8, """Wang, no te preocupes, we will solve it. Talk Monday.""", note="nothing promised"),
]

GH = [
    E("n_gh", "kwame", "olenplain", "promise", D(11), 2, """Dear Wang,

Compliments of the season. Please be assured that your payment is being processed. The funds will hit your account by Friday 11th December, by God's grace.

Kind regards,
Kwame Asante
Finance Director
Ashanti Bean Exporters Ltd
Tel: +233 30 221 4470"""),
    E("n_gh", "kofi", "iosen", "more_time", None, 3, """Dear Wang, kindly exercise patience with us. COCOBOD is yet to release the syndicated loan funds for the light crop, and all our suppliers are affected. We shall pay as soon as the funds are released. Thank you.
Kofi"""),
    E("n_gh", "abena", "olen", "paid", None, 4, """Good afternoon Sir,

Payment has been effected today through GCB Bank. Attached is the transfer advice. Kindly acknowledge receipt.

Regards,
Abena Owusu (Mrs)
Accounts Officer""", atts=["Transfer Advice GCB.pdf"]),
    E("n_gh", "abena", "olen", "bank_question", None, 7, """Dear Sir,

The bank says they need the intermediary bank for USD and also the purpose of payment code for the Bank of Ghana reporting. Please provide.

Regards,
Abena""", danger=True),
    E("n_gh", "kwame", "olenplain", "dispute", None, 8, """Dear Wang,

We have observed that the invoice amount of USD 21,300 is different from the USD 18,900 we agreed at the Accra meeting in September, after the number of warehouses was reduced from 9 to 8. Kindly revise the invoice accordingly and we shall pay.

Kind regards,
Kwame Asante""", danger=True),
    E("n_gh", "abena", "olen", "partial_payment", None, 10, """Dear Sir,

Please find attached the transfer advice of USD 10,000 being part payment. The balance of USD 11,300 will be paid by the end of January 2027.

Regards,
Abena""", atts=["Transfer advice 10000.pdf"], danger=True),
    E("n_gh", "kofi", "iosen", "paid", None, 9, """Wang we have payed the money last week Thursday check your account please""", noquote=True, note="typo payed; last week Thursday = Dec 3"),
    E("n_gh", "kofi", "gmailapp", "promise", D(15), 14, """Wang, see below. I will approve it in the bank portal tomorrow morning first thing.

Kofi

---------- Forwarded message ---------
From: Abena Owusu <accounts@ashantibean.com.gh>
Date: Mon, Dec 14, 2026 at 9:12 AM
Subject: Example Tech payment
To: Kofi Mensah <kofimensah.abe@gmail.com>

Sir, the payment of USD 21,300 to Example Tech is loaded in the GCB portal and is awaiting your approval. Once approved it goes out the same day.

Abena""", note="forwarded internal note; approval = release tomorrow"),
    E("n_gh", "kwame", "olenplain", "paid", None, 15, """Dear Sir,

Did you not receive the payment we made on 27th November? Please check again, our bank confirms it was credited to your bank on 1st December.

Kind regards,
Kwame""", note="a question, but a payment claim"),
]

CZ = [
    E("n_cz", "jana", "tben", "promise", D(15), 2, """Dobrý den, Mr. Wang,

the invoice is approved, payment date (splatnost in our system) is 15. 12. 2026.

S pozdravem / Best regards
Jana Nováková
účetní""", below=True),
    E("n_cz", "jana", "tben", "paid", None, 3, """Dear Mr. Wang,

the payment was sent on 1. 12. 2026 from Komerční banka, please see the attached payment order.

Best regards
Jana Nováková""", atts=["prikaz_k_uhrade_01122026.pdf"]),
    E("n_cz", "tomas_cz", "olen", "dispute", None, 7, """Dear Mr. Wang,

UAT is not passed from our side. The temperature curves of furnace 3 are shifted by one hour since the change of time on 25. 10. - the operators cannot use the dashboards for the night shift. The UAT protocol is not signed, so the UAT payment is not due yet.

Regards
Tomáš Dvořák
výrobní ředitel / Production Director
Sklárna Jizera s.r.o.""", danger=True),
    E("n_cz", "petra", "olen", "resend_request", None, 8, """Dear Sir,

the invoice from October cannot be opened, the PDF is damaged (Adobe says "file is corrupted"). Can you please send it again?

Thank you
Petra Svobodová
asistentka vedení"""),
    E("n_cz", "jana", "tben", "promise", D(18), 14, """Dear Mr. Wang,

payment is in the batch for Friday 18. 12.

Regards,
Jana Nováková""", below=True),
    E("n_cz", "tomas_cz", "olen", "other", None, 3, """Mr. Wang, I am not responsible for payments, please contact our accounting (Mrs. Nováková).""", note="hand-off"),
    E("n_cz", "tomas_cz", "olen", "dispute", None, 9, """Dear Mr. Wang,

if the fix for furnace 3 is deployed this week and the night shift confirms it, we pay on 18. 12. If not, the UAT payment waits.

Tomáš Dvořák""", danger=True, note="conditional on our fix"),
]

FI = [
    E("n_fi", "anu", "olen", "paid", None, 2, """Hello,

The invoice has been paid 30.11.2026. Sum 31 400,00 EUR.

Best regards
Anu Korhonen
Ostoreskontra / Accounts payable
Saimaan Saha Oy
PL 44, 53101 Lappeenranta"""),
    E("n_fi", "mikko", "olmoben", "promise", D(14), 3, """Hi, We pay it 14.12. Sorry for the delay, the invoice was stuck in our approval flow.
-Mikko"""),
    E("n_fi", "jari", "olen", "dispute", None, 7, """Hello. The module is delivered but it does not work with our harvester data, log lengths come wrong. I have told this to your Li Wei many times. We do not accept the delivery before this is fixed.
Jari Laine, mill manager""", danger=True),
    E("n_fi", "anu", "olen", "resend_request", None, 8, """Hi,

We can not find this invoice in our system. Our e-invoice address is 003712345678 and operator Maventa (003721291126). Please send the invoice there as e-invoice, we do not process PDF invoices anymore.

Best regards
Anu Korhonen"""),
    E("n_fi", "mikko", "owaen", "more_time", None, 9, """Hi Wang,
The sawn timber market is very weak and our bank covenant review is in January. I must ask you to wait with this until February.
Mikko"""),
    E("n_fi", "mikko", "olmoben", "promise", None, 14, """Wang, It goes out next week. -M""", note="next week, no day"),
    E("n_fi", "anu", "olen", "paid", None, 10, """Paid today."""),
    E("n_fi", "mikko", "owaen", "promise", D(21), 15, """Hi Wang,
The first part we paid already in October. This delivery payment we pay 21.12., it is approved now.
Mikko""", note="tense: October payment was another milestone"),
]

MORE = [
    E("n_cz", "tomas_cz", "olen", "acceptance", None, 16, """Dear Mr. Wang,

the fix for furnace 3 works, the night shift confirmed it. UAT protocol is signed today, scan attached. Mrs. Nováková will take care of the payment.

Regards
Tomáš Dvořák""", atts=["UAT_protokol_podepsany.pdf"]),
    E("n_eg2", "rania", "olen", "acceptance", None, 15, """Dear Wang,

Please be informed that all 7 properties are now live and the Opera interface is running without errors since 9/12. We confirm the acceptance of the go-live milestone. Finance will proceed from their side.

Thanks & Best Regards,
Rania"""),
    E("n_pe", "carlos", "gmailapp", "acceptance", None, 15, """Wang, good news, the offline sync works now in the 6 boats. I give my conformity for the final delivery. Rosa will do the payment.
Saludos
Carlos"""),
    E("n_cz", "jana", "tben", "partial_payment", None, 10, """Dear Mr. Wang,

we paid 6 450,00 EUR today, the second half will follow on 31. 12. 2026 as agreed with Mr. Chen.

Best regards
Jana Nováková""", below=True, danger=True),
    E("n_cz", "petra", "olen", "bank_question", None, 15, """Dear Sir,

we received yesterday an e-mail from "Wang Ming" with new bank details of Example Tech in Hong Kong (HSBC) and a request to pay the UAT payment there. Is this correct? The e-mail came from example-cn.com, not example.cn. We will not pay until you confirm.

Petra Svobodová""", danger=True, note="phishing doubt"),
    E("n_lk", "ruwan", "olen", "dispute", None, 16, """Dear Wang,

With due respect, we are unable to release the mid-term payment at this stage. The broker interface is still giving wrong lot weights for the Uva high-grown catalogue, and our brokers have raised this twice. Kindly attend to this urgently; once it is corrected we will settle without delay.

Regards,
Ruwan""", raw=zoho, danger=True, note="polite dispute"),
    E("n_se", "johan", "tben", "dispute", None, 16, """Paid SEK 350 200 today, i.e. 412 000 less the 15 % SLA credit per §7.2 that we still expect a credit note for. The remaining 61 800 we do not consider owed.

/Johan""", below=True, danger=True, note="paid less, the rest refused"),
    E("n_za", "thandeka", "olen", "paid", None, 16, "Hi Wang\n\nPOP attached as requested.\n\nRegards\nThandeka", atts=["POP_HORC_15122026.pdf"], note="short, POP only"),
]

LATE = [
    E("n_wpg", "rruap", "olen", "paid", None, 8, """Hello,

Payment was sent 2026/12/04 by EFT (reference 0000791002) for PO 4500118823.

Accounts Payable | Financial Services
Red River University"""),
    E("n_bd", "tanvir", "android", "promise", D(13), 10, """Dear Sir, payment is ready, only MD sir signature is pending. He is abroad and will return Sunday 13th, payment will be released same day InshaAllah.
Regards
Tanvir""", note="Sunday is a working day in Bangladesh"),
    E("n_ar", "lucia", "gmailapp", "promise", D(14), 9, """Hola Wang! Martín firmó, we pay el lunes 14/12 first hour. Saludos""", note="Spanish mixed in"),
    E("n_gh", "kwame", "olenplain", "promise", D(31), 8, """Dear Wang,

Thank you for your patience. We shall pay by the end of the month, God willing.

Kind regards,
Kwame"""),
    E("n_fi", "anu", "olen", "bank_question", None, 15, """Hi,

Our bank rejected the payment: the IBAN is missing and the account number format is not accepted by the SEPA system. What is the IBAN of your account, or which bank should we use for a non-SEPA payment?

Best regards
Anu Korhonen""", danger=True, note="payment rejected: not paid"),
    E("n_cz", "jana", "tben", "paid", None, 7, """Faktura uhrazena 4. 12. 2026. / Invoice paid on 4. 12. 2026.

Jana Nováková""", below=True, note="Czech then English"),
    E("n_eg", "ahmed", "olen", "paid", None, 16, """Dear Sir,

We already paid the full amount of USD 38,000 on 9/12 as per the attached MT103. Kindly check with your bank, we will not pay again.

Regards
Ahmed Fathy""", atts=["MT103_09122026.pdf"], note="firm, but a payment claim"),
    E("n_il", "noa", "gmailen", "paid", None, 8, """Paid on Sunday. Confirmation attached.""", atts=["leumi_confirmation.pdf"], note="Sunday = Dec 6"),
]

INTL = ZA + WPG + EG + BD + TR + SE + IL + PE + LK + AR + GH + CZ + FI + MORE + LATE
# fmt: on
