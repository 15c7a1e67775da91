"""Held-out set T, English replies: nine clients writing English from eight countries.

Johor Bahru (Malaysian English: bank in, leh, TT copy), Cebu (Philippine English: po,
kindly, 12/11/2026 month-first, BDO), Accra (Ghanaian English: effected, "bear with us",
forex), Christchurch (New Zealand English: arvo, Thursday week, 18/12 day-first), Saskatoon
(Canadian English: cheque run, credit union, ISO dates), Muscat (Gulf habits: Sunday-Thursday
week, Insha'Allah, IBAN), Mumbai (Indian English: PFA, UTR, "positively", 10/12/2026
day-first), Warsaw (Polish habits: 11.12.2026, "till", §) and the Kowloon group's English
accounts desk. Written blind to the classifier (see ``heldout_c_set_t``).
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_t import stage


def d(m: int, day: int, y: int = 2026) -> date:
    return date(y, m, day)


CLIENTS: dict[str, tuple[str, str, dict[str, tuple[str, str]]]] = {
    "johor": ("t_johor", "Asia/Kuala_Lumpur", {
        "gmailen": ("Tan Mei Ling", "meiling.tan.jb@gmail.com"), "olen": ("Tan Kah Wai", "kahwai@jbteak-furniture.com.my"),
        "owaen": ("Tan Kah Wai", "kahwai@jbteakfurniture.onmicrosoft.com"), "android": ("Raju Subramaniam", "raju.jbteak@gmail.com"),
        "iosen": ("Tan Mei Ling", "meiling@jbteak-furniture.com.my"),
    }),
    "cebu": ("t_cebu", "Asia/Manila", {
        "owaen": ("Maricel Villanueva", "maricel.villanueva@islandreach-bpo.ph"), "olen": ("Jun Dela Cruz", "jun.delacruz@islandreach-bpo.ph"),
        "gmailen": ("Kristine Abellana", "kabellana.ap@gmail.com"), "olmoben": ("Maricel Villanueva", "maricel.villanueva@islandreach-bpo.ph"),
        "iosen": ("Jun Dela Cruz", "jun.delacruz@islandreach-bpo.ph"), "mmen": ("Cebu AP Team", "ap.cebu@islandreach-bpo.ph"),
    }),
    "accra": ("t_accra", "Africa/Accra", {
        "gmailen": ("Kwame Mensah", "kwame.mensah.gh@gmail.com"), "olen": ("Abena Owusu", "abena.owusu@goldcoastcocoa.com.gh"),
        "android": ("Kwame Mensah", "kwame.mensah.gh@gmail.com"), "iosen": ("Kwame Mensah", "k.mensah@goldcoastcocoa.com.gh"),
        "gmailapp": ("Abena Owusu", "abena.owusu.acc@gmail.com"),
    }),
    "christchurch": ("t_christchurch", "Pacific/Auckland", {
        "gmailen": ("Fiona McKenzie", "fiona@canterburymilk.co.nz"), "appleen": ("Fiona McKenzie", "fiona.mckenzie@icloud.com"),
        "olen": ("Hamish Rowe", "hamish.rowe@canterburymilk.co.nz"), "tben": ("Hamish Rowe", "hamish.rowe@canterburymilk.co.nz"),
        "owaen": ("Accounts Payable", "accounts@canterburymilk.co.nz"), "iosen": ("Fiona McKenzie", "fiona@canterburymilk.co.nz"),
    }),
    "saskatoon": ("t_saskatoon", "America/Regina", {
        "olen": ("Brenda Olafson", "bolafson@prairiegate-grain.ca"), "gmailen": ("Dale Olafson", "dale.olafson@gmail.com"),
        "olenplain": ("Brenda Olafson", "bolafson@prairiegate-grain.ca"), "iosen": ("Dale Olafson", "dale@prairiegate-grain.ca"),
        "owaen": ("Dale Olafson", "dale@prairiegate-grain.ca"), "tben": ("Brenda Olafson", "bolafson@prairiegate-grain.ca"),
    }),
    "muscat": ("t_muscat", "Asia/Muscat", {
        "olen": ("Said Al-Balushi", "said.albalushi@sultanate-venues.om"), "gmailen": ("Said Al-Balushi", "said.balushi77@gmail.com"),
        "owaen": ("Eng. Khalid Al-Rawahi", "khalid.rawahi@sultanate-venues.om"), "olmoben": ("Said Al-Balushi", "said.albalushi@sultanate-venues.om"),
        "iosen": ("Anil Kumar", "anil.kumar@sultanate-venues.om"),
    }),
    "mumbai": ("t_mumbai", "Asia/Kolkata", {
        "olen": ("Accounts - Shree Ganesh Pharma", "accounts@sgpharmadist.in"), "gmailen": ("Prakash Deshpande", "prakash.deshpande.sg@gmail.com"),
        "owaen": ("Neha Kulkarni", "neha.kulkarni@sgpharmadist.in"), "olmoben": ("Prakash Deshpande", "prakash@sgpharmadist.in"),
        "iosen": ("Prakash Deshpande", "prakash@sgpharmadist.in"), "android": ("Rohit Shinde", "rohit.shinde1988@gmail.com"),
    }),
    "warsaw": ("t_warsaw", "Europe/Warsaw", {
        "tben": ("Marta Zielińska", "marta.zielinska@vistulagames.pl"), "olen": ("Marta Zielińska", "marta.zielinska@vistulagames.pl"),
        "gmailen": ("Piotr Kowalczyk", "piotr.kowalczyk@vistulagames.pl"), "owaen": ("Marta Zielińska", "m.zielinska@vistulagames.pl"),
        "appleen": ("Piotr Kowalczyk", "piotr@vistulagames.pl"),
    }),
    "kowloon": ("t_kowloon_en", "Asia/Hong_Kong", {
        "olen": ("Karen Ho", "karen.ho@kldimsum.com.hk"), "gmailen": ("Karen Ho", "karenho.kl@gmail.com"),
        "iosen": ("Leung Chi Keung", "ck.leung@kldimsum.com.hk"),
    }),
}  # fmt: skip


def e(client: str, style: str, kind: str, due: date | None, body: str, **o: object) -> tuple:
    """One reply of ``client`` (its thread, zone and the person using ``style``)."""
    thread, tz, people = CLIENTS[client]
    opts: dict = {**stage(str(o.pop("thread", thread))), "tz": tz, "sender": people[style], **o}
    return (style, kind, due, body, opts)


# fmt: off
EN_T: list[tuple] = [
    # Johor Bahru furniture exporter
    e("johor", "gmailen", "promise", d(12, 4), "Hi Mr Wang,\n\nSorry for the late reply. Our boss already approve, we will bank in by this Friday 4/12.\n\nThanks ya,\nMei Ling"),
    e("johor", "olen", "paid", None, "Dear Mr Wang,\n\nPayment of USD 18,400.00 was remitted on 1st Dec via Maybank. TT copy attached for your reference.\n\nRegards,\nTan Kah Wai\nJB Teak Furniture Sdn Bhd\nTel: +607-355 2218", atts=["TT_copy.pdf"], day=d(12, 2)),
    e("johor", "owaen", "dispute", None, "Dear Mr Wang,\n\nSorry but we cannot pay this one yet. Since the last update your portal still cannot print the packing list and the K2 customs form correctly, the CBM always come out wrong and our forwarder reject it. We have been doing it manually in Excel for 3 weeks already. Until this is settled we will hold the mid-term payment.\n\nTan Kah Wai", day=d(12, 3), danger=True),
    e("johor", "android", "more_time", d(12, 23), "Hi sir, our containers kena delayed at Pasir Gudang because of the flood, so our buyer also pay us late. Can give us another 3 weeks? Sorry for the trouble.", day=d(12, 2)),
    e("johor", "iosen", "bank_question", None, "Hi Mr Wang, our bank (Public Bank) ask for your intermediary bank for USD, and they say the SWIFT EXBKCNSHHZH cannot find in their system leh. Can check and confirm?", day=d(12, 7)),
    # Cebu BPO centre
    e("cebu", "owaen", "promise", d(12, 11), "Good day Sir Wang!\n\nPlease be informed that your payment is already scheduled for release on 12/11/2026 via BDO. Kindly expect the credit 1-2 banking days after.\n\nThank you and God bless.\n\nMaricel Villanueva\nAccounts Payable Supervisor\nIsland Reach BPO Inc. | Cebu IT Park\n+63 32 412 7788"),
    e("cebu", "olen", "resend_request", None, "Hi Sir Wang,\n\nKindly send us again the invoice and a copy of the signed Certificate of Completion so we can process the payment. The ones sent before went to our old AP mailbox which is already deactivated. Thank you po.\n\nJun", day=d(12, 2)),
    e("cebu", "gmailen", "paid", None, "Hi Sir,\n\nPayment was already released last Nov 27 thru wire transfer. Attached is the MT103 for your reference po.\n\nKristine", atts=["MT103.pdf"], day=d(12, 3)),
    e("cebu", "olmoben", "more_time", None, "Hi Sir, our finance is on year-end closing, all vendor payments will resume after the holidays. Will update you once released. Thanks!", day=d(12, 14)),
    e("cebu", "owaen", "dispute", None, "Dear Sir Wang,\n\nUpon checking, the invoice included 12% VAT. As per the contract the fees are VAT-exclusive and you are a non-resident supplier, so the 12% should not be there. Kindly revise the invoice, we cannot process it as is.\n\nMaricel", day=d(12, 4)),
    e("cebu", "olen", "paid", None, "Hi, just to confirm the wire went out today 12/09. Ref no. BDO-FT-20261209-77812.\n\nJun Dela Cruz\nSr. AP Associate\nThis email and any attachments are confidential. Island Reach BPO Inc., established 03/15/2011.", day=d(12, 9), note="month-first dates; a date in the disclaimer"),
    e("cebu", "iosen", "other", None, "Hi, I'm no longer handling AP for this account. Kindly coordinate with our AP team at ap.cebu@islandreach-bpo.ph (cc'd). Thanks po.", day=d(12, 3)),
    e("cebu", "mmen", "bank_question", None, "Hello, kindly confirm if your account can receive USD. Our bank also requires the beneficiary address and your bank's complete address, which are not in your email. Thank you.", day=d(12, 7)),
    # Accra cocoa trader
    e("accra", "gmailen", "more_time", d(12, 16), "Good morning Sir,\n\nPlease we are facing challenges getting the dollars from our bank due to the forex situation. Kindly bear with us for another two weeks and we will settle.\n\nThank you.\nKwame"),
    e("accra", "olen", "promise", d(12, 8), "Good afternoon Sir,\n\nThe payment has been approved by our MD. It will be effected latest Tuesday next week.\n\nBest regards,\nAbena Owusu (Mrs)\nAccounts Officer, Gold Coast Cocoa Ltd\n+233 30 276 4411", day=d(12, 2)),
    e("accra", "android", "paid", None, "Please the payment has been effected today. Find attached the swift copy. Thank you", atts=["swift_copy.jpg"], day=d(12, 4)),
    e("accra", "gmailen", "partial_payment", None, "Dear Mr Wang,\n\nWe have paid USD 8,000 as part payment this morning. The balance will follow when our export proceeds come in from the buyer in Amsterdam.\n\nKwame", day=d(12, 7)),
    e("accra", "olen", "dispute", None, "Dear Sir,\n\nWith due respect, the traceability app was not working in the Western North region for the whole of October. Our purchasing clerks could not register the bags at the buying centres and we had to use paper. We cannot pay for a phase that did not work as agreed. Please let us meet to resolve this.\n\nAbena Owusu (Mrs)", day=d(12, 3), danger=True),
    e("accra", "iosen", "other", None, "Noted with thanks.", day=d(12, 2)),
    e("accra", "gmailapp", "promise", d(12, 10), "Hello Sir, by God's grace we should be able to pay on the 10th. Thanks for your patience.", day=d(12, 4)),
    # Christchurch dairy co-op
    e("christchurch", "gmailen", "promise", d(12, 18), "Kia ora Wang,\n\nThe UAT payment's been approved and will go out in our next payment run on the 18th.\n\nCheers,\nFiona"),
    e("christchurch", "appleen", "paid", None, "Hi Wang - this was paid on 27/11, remittance attached. Must be sitting with your bank. Cheers, Fiona", atts=["remittance.pdf"], day=d(12, 2)),
    e("christchurch", "olen", "dispute", None, "Hi Wang,\n\nUAT hasn't been signed off. The supplier statements still round the milk solids wrong for farms on split shares, and our board won't release the UAT payment until that's sorted. Happy to jump on a call.\n\nHamish Rowe\nFinance Manager | Canterbury Milk Co-operative\n03 348 2290", day=d(12, 3), danger=True),
    e("christchurch", "tben", "promise", d(12, 10), "Thursday week suit? We'll pay it then.\n\nHamish", below=True, day=d(12, 2)),
    e("christchurch", "owaen", "resend_request", None, "Hi,\n\nCould you please resend the invoice as a PDF to accounts@canterburymilk.co.nz? Our Xero inbox only picks up PDF attachments and the one you sent was a link.\n\nThanks,\nAccounts Payable", day=d(12, 4)),
    e("christchurch", "iosen", "paid", None, "Paid this arvo. Cheers", day=d(12, 14)),
    e("christchurch", "gmailen", "acceptance", None, "Hi Wang, just confirming UAT is signed off as of today - sign-off sheet attached. Send the invoice through whenever.\n\nFiona", atts=["UAT_signoff.pdf"], day=d(12, 9)),
    # Saskatoon grain-elevator operator (a due-day notice)
    e("saskatoon", "olen", "promise", d(12, 11), "Hi Wang,\n\nThis one is in our payment run for Friday, December 11. Since it's international it'll go by wire rather than cheque.\n\nBrenda Olafson\nPayables | Prairie Gate Grain Ltd.\n306-555-0142", day=d(12, 2)),
    e("saskatoon", "gmailen", "bank_question", None, "Wang,\n\nOur credit union (Affinity) says they need an intermediary bank to send the wire to China. Do you have one in Canada or the US you'd like us to use?\n\nDale", day=d(12, 2)),
    e("saskatoon", "olenplain", "paid", None, "Wang,\n\nWire sent 2026-11-30, confirmation #CU-88213-A attached.\n\nBrenda", atts=["wire_confirmation.pdf"], day=d(12, 1)),
    e("saskatoon", "iosen", "more_time", d(1, 15, 2027), "Harvest ran late this year and grain is still moving slow through the elevators. Any chance we can push this to mid-January? It's -32 here and everyone's behind.\n\nDale", day=d(12, 3)),
    e("saskatoon", "owaen", "other", None, "Forwarding this to Brenda in payables, she handles the international wires.", day=d(12, 2)),
    e("saskatoon", "olen", "dispute", None, "Hi Wang,\n\nThe invoice bills 4 scale integrations but only 3 of our elevators are live. Rosetown still isn't connected. Please revise the invoice to the 3 sites and we'll pay that.\n\nBrenda", day=d(12, 4)),
    # Muscat stadium facilities firm (Sunday-Thursday week)
    e("muscat", "olen", "promise", d(12, 10), "Dear Mr. Wang,\n\nGreetings. The installation payment is with our finance for processing and will be released by end of this week.\n\nBest Regards,\nSaid Al-Balushi\nProcurement Officer", day=d(12, 7), note="Sunday-Thursday week: end of the week = Thursday"),
    e("muscat", "gmailen", "promise", d(12, 13), "Dear brother Wang, the payment will be processed on Sunday 13th Insha'Allah. Regards, Said", day=d(12, 8)),
    e("muscat", "owaen", "dispute", None, "Dear Mr. Wang,\n\nThe CMMS still does not raise the alarms for the chillers at the main stadium, which was the main reason for this system. We will not release the installation payment until the chiller module works as per the scope of work (section 3.2).\n\nEng. Khalid Al-Rawahi\nFacilities Manager", day=d(12, 2), danger=True),
    e("muscat", "olmoben", "partial_payment", None, "Dear Mr Wang, we transferred OMR 5,000 (about USD 13,000) today as first part. Balance after the approval of the Ministry.", day=d(12, 9)),
    e("muscat", "iosen", "bank_question", None, "Dear Sir, kindly provide your IBAN. Bank Muscat requires the IBAN for all outward transfers.", day=d(12, 3)),
    e("muscat", "olen", "paid", None, "Dear Mr. Wang,\n\nPayment done today, kindly find the attached.\n\nSaid", atts=["transfer_advice.pdf"], day=d(12, 14)),
    e("muscat", "gmailen", "other", None, "Dear Mr. Wang, noted. I will follow up with the finance department and revert.", day=d(12, 2)),
    # Mumbai pharma distributor
    e("mumbai", "olen", "paid", None, "Dear Sir,\n\nPFA the payment advice. Payment of USD 16,400 has been remitted vide SWIFT ref. HDFC26113000418 on 30/11/2026.\n\nThanks & Regards,\nAccounts Department\nShree Ganesh Pharma Distributors Pvt. Ltd.\nBhiwandi, Thane 421302 | +91 22 2852 4471", atts=["payment_advice.pdf"], day=d(12, 1)),
    e("mumbai", "gmailen", "promise", d(12, 10), "Dear Sir,\n\nAs discussed telephonically, payment will be released by 10/12/2026. Kindly bear with us.\n\nRegards,\nPrakash Deshpande", day=d(12, 2)),
    e("mumbai", "owaen", "dispute", None, "Dear Sir,\n\nThe invoice received is in the name of our sister concern Shree Ganesh Healthcare LLP. Kindly revert with the invoice in the name of Shree Ganesh Pharma Distributors Pvt. Ltd. with our GSTIN, only then we can process the payment.\n\nRegards,\nNeha Kulkarni\nAccounts Executive", day=d(12, 3)),
    e("mumbai", "olmoben", "promise", d(12, 14), "Dear Wang ji, the payment is under process, it will be done within 2-3 working days.\n\nPrakash", thread="t_mumbai2", day=d(12, 9)),
    e("mumbai", "iosen", "partial_payment", None, "Sir, part payment of USD 6,000 done today, balance amount will be done next week positively.", thread="t_mumbai2", day=d(12, 10)),
    e("mumbai", "android", "other", None, "Dear Sir,\n\nMr. Deshpande is on leave till 14th. Kindly contact the undersigned for any queries.\n\nRohit Shinde\nAccounts", day=d(12, 8)),
    e("mumbai", "olen", "resend_request", None, "Dear Sir,\n\nKindly share a copy of the signed agreement and the commercial invoice, our auditors have asked for the same for the year-end. Do the needful at the earliest.\n\nAccounts Department", day=d(12, 4)),
    e("mumbai", "gmailen", "more_time", d(12, 31), "Sir, due to the year end audit all foreign payments are on hold. Kindly give us time till 31st December.\n\nPrakash", thread="t_mumbai2", day=d(12, 9)),
    # Warsaw game publisher
    e("warsaw", "tben", "promise", d(12, 11), "Dzień dobry,\n\nthe transfer will be made till 11.12.2026.\n\nBest regards\nMarta Zielińska\nKsięgowość / Accounting\nVistula Games S.A.", below=True, day=d(12, 2)),
    e("warsaw", "olen", "paid", None, "Hello,\n\nthe payment was made on 30.11.2026, confirmation in attachment.\n\nBest regards\nMarta Zielińska", atts=["potwierdzenie_przelewu.pdf"], day=d(12, 1)),
    e("warsaw", "gmailen", "dispute", None, "Hello Mr Wang,\n\nthe third milestone was the live-ops dashboard for our Steam release. It was delivered two weeks late and the retention report still shows wrong cohorts (D7 is counted from the install, not from the first session). According to § 7.3 of the agreement we have the right to reduce the fee by 10 % for a delay over 10 days. Please send a corrected invoice for EUR 19,800.\n\nBest regards\nPiotr Kowalczyk\nCOO, Vistula Games S.A.", day=d(12, 3), danger=True),
    e("warsaw", "owaen", "bank_question", None, "Hello,\n\nour bank (PKO BP) asks for the correspondent bank for EUR payments to China. Do you have one, for example in Frankfurt? Without it they can not send the transfer.\n\nBest regards\nMarta", day=d(12, 4)),
    e("warsaw", "appleen", "more_time", None, "Hi Wang,\n\nour publishing advance comes only after the Steam launch on 10 December. Could we pay this in January? Sorry for that.\n\nPiotr", day=d(12, 2)),
    e("warsaw", "olen", "promise", d(12, 18), "Hello,\n\nwe will pay on Friday 18.12.\n\nMarta", day=d(12, 14)),
    e("warsaw", "tben", "promise", None, "Hello,\n\nthe payment is NOT made yet - our CFO who signs foreign transfers is on holiday until 14.12. When she is back it will be transferred in the same week.\n\nBest regards\nMarta", below=True, day=d(12, 8), danger=True, note="not paid yet; an absence's end, no payment day"),
    # Kowloon dim-sum group's English accounts desk (second reminder)
    e("kowloon", "olen", "paid", None, "Hi Wang,\n\nPaid by TT on 2 Dec, bank slip attached.\n\nRegards,\nKaren Ho\nAccounts, Kowloon Dim Sum Group", atts=["bank_slip.pdf"], day=d(12, 3)),
    e("kowloon", "gmailen", "promise", d(12, 11), "Hi Wang, we'll arrange the payment next Friday (11/12). Thanks for your patience. Karen", day=d(12, 3)),
    e("kowloon", "iosen", "other", None, "Karen please handle. Thx", day=d(12, 3)),
    # later replies: an inline answer, a quoted earlier promise, a forward, tense, short ones
    e("saskatoon", "tben", "paid", None, "See my note in your email above.\n\nBrenda", below=True, inline=("If you have already paid", "PAID - wire went Nov 30, conf. #CU-88213-A -- Brenda"), day=d(12, 7)),
    e("mumbai", "olen", "paid", None, "Dear Sir,\n\nPayment done today vide UTR HDFCR52026121100417. Sorry for the delay.\n\nAccounts Department", thread="t_mumbai2", day=d(12, 11), earlier="Dear Sir, payment will be released by 10/12/2026. Kindly bear with us.\n\nRegards,\nPrakash"),
    e("christchurch", "gmailen", "promise", d(12, 10), "Hi Wang, FYI below - Hamish says it's good to go.\n\nFiona\n\n---------- Forwarded message ---------\nFrom: Hamish Rowe <hamish.rowe@canterburymilk.co.nz>\nDate: Tue, 8 Dec 2026 at 10:14\nSubject: Example Tech UAT invoice\nTo: Fiona McKenzie <fiona@canterburymilk.co.nz>\n\nBoard OK'd it last night. It'll go in Thursday's run.\n\nH", day=d(12, 8)),
    e("warsaw", "gmailen", "promise", d(12, 15), "Hello,\n\nthe payment has been scheduled in our bank for 15.12.2026.\n\nBest regards\nPiotr", day=d(12, 9), note="scheduled, not made"),
    e("accra", "olen", "paid", None, "Good morning Sir,\n\nWe payed last week Friday. Kindly check again with your bank.\n\nAbena Owusu (Mrs)", day=d(12, 7)),
    e("cebu", "gmailen", "other", None, "Noted po, will follow up with treasury.", day=d(12, 10)),
    e("johor", "owaen", "promise", d(12, 18), "Dear Mr Wang,\n\nBoss says can pay on Dec. 18, after our buyer from Texas pay us.\n\nTan Kah Wai", day=d(12, 9)),
    e("kowloon", "gmailen", "promise", d(12, 29), "Hi Wang,\n\nSorry, our cheque run on 18/12 was cancelled for the Christmas closing. Your payment will now go out on 29/12 by TT.\n\nKaren", day=d(12, 21), note="the 18th not kept; 29/12 day-first"),
    e("accra", "gmailen", "paid", None, "Good afternoon Sir,\n\nPlease the balance of USD 7,750 has been effected today. Thank you for your patience.\n\nKwame", day=d(12, 17), note="the rest of a part payment"),
]
# fmt: on
