"""Held-out set W, clients writing English (see heldout_c_set_w.py).

Bristol balloon makers, a Kerry dairy co-op, a Vermont maple producer, a Nashville music
publisher, a Halifax lobster shipper, a Jaipur gem-cutting works, a Karachi pharma
distributor, a Port Harcourt marine-services firm, a Kisumu fish processor, a Hermanus
abalone farm, a Singapore ship chandler, a Davao banana exporter, a Hobart salmon farm, a
Nelson hop grower, a Kuwait camp caterer, an Aarhus turbine-service firm and a Brno
glassworks: each its own reminder, people, zone, date habits and words.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_w  # noqa: F401  (registers the reminders answered here)


def _d(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


def f(tz: str):
    """A firm's reply maker: its zone is every reply's zone."""

    def e(style, kind, due, body, who, thread, day=2, **o):
        return (
            style,
            kind,
            due,
            body,
            {"sender": who, "thread": thread, "day": _d(day), "tz": tz, **o},
        )

    return e


# Bristol — Avon Skyworks Balloons (Milestone 2, GBP 14,800, due 13 Nov)
b = f("Europe/London")
FIONA = ("Fiona Pembridge", "fiona.pembridge@avonskyworks.co.uk")
GARETH = ("Gareth Lloyd", "gareth@avonskyworks.co.uk")
PRIYA = ("Priya Shah", "priya.shah.bristol@gmail.com")
AP_BRI = ("Accounts Payable", "accounts.payable@avonskyworks.co.uk")
BRI_SIG = (
    "\n\nFiona Pembridge ACCA\nFinancial Controller | Avon Skyworks Balloons Ltd\nUnit 4, Ashton Vale Trading Estate, Bristol BS3 2HB\n"
    "Registered in England No. 04417239. This e-mail is confidential."
)

BRISTOL = [
    b("olen", "promise", _d(10),
      "Hi Wang,\n\nApologies, this slipped through while I was covering payroll. It's approved and you're on our next BACS run, which is Thursday 10 December." + BRI_SIG,
      FIONA, "w_bri"),
    b("iosen", "dispute", None,
      "Wang - before anyone pays anything, the burner inspection module still loses records whenever the hangar wifi drops. We failed a CAA sample audit last week because of it. We won't be releasing milestone 2 until that's sorted.\n\nGareth",
      GARETH, "w_bri", day=1, danger=True),
    b("gmailen", "acceptance", None,
      "Hi Wang,\n\nEnvelope panel tracking went live on Monday and the floor team signed off the UAT sheet this morning (attached). From production's side the milestone 2 deliverables are accepted.\n\nThanks,\nPriya\nProduction Planning",
      PRIYA, "w_bri", day=3, atts=["UAT_signoff_M2.pdf"]),
    b("olenplain", "resend_request", None,
      "Good morning,\n\nCould you please re-send invoice INV-2026-0412 as a PDF to accounts.payable@avonskyworks.co.uk? We can't process invoices sent to individual members of staff. The £14,800.00 will go in the next run once it's on our system.\n\nKind regards\nAccounts Payable\nAvon Skyworks Balloons Ltd",
      AP_BRI, "w_bri", day=3),
    b("olen", "paid", None,
      "Dear Wang,\n\nI'm surprised to receive a letter like this. The £14,800.00 left us by Faster Payment on 10/12/2026 in the run I mentioned, our ref AVSKY-M2. Remittance attached. Please check with your bank before sending anything further." + BRI_SIG,
      FIONA, "w_brid", day=14, stage="demand", atts=["Remittance_AVSKY-M2.pdf"]),
    b("olenplain", "paid", None,
      "Good afternoon,\n\nThis invoice has been paid today by Faster Payment, £14,800.00. A remittance advice will follow from our system.\n\nKind regards\nAccounts Payable\nAvon Skyworks Balloons Ltd",
      AP_BRI, "w_bri", day=10),
    b("iosen", "bank_question", None,
      "Our bank has flagged you as a new overseas payee and wants a CNAPS code and your registered address before they'll release anything. Can you send those to Fiona? Ta.\n\nGareth",
      GARETH, "w_bri", day=8),
]  # fmt: skip

# Tralee — Slieve Mish Dairy Co-operative (Final payment, EUR 22,500, due 16 Nov)
i = f("Europe/Dublin")
SIOBHAN = ("Siobhán Moriarty", "smoriarty@slievemish.ie")
DONAL = ("Donal O'Shea", "donal.oshea@slievemish.ie")
AOIFE = ("Aoife Brosnan", "aoife.brosnan@slievemish.ie")
CRED = ("Creditors", "creditors@slievemish.ie")

TRALEE = [
    i("owaen", "promise", _d(11),
      "Hi Wang,\n\nThe final payment is approved and will go out with our December creditors run on the 11th.\n\nRegards,\nSiobhán\n\nSiobhán Moriarty | Financial Accountant | Slieve Mish Dairy Co-op, Tralee, Co. Kerry",
      SIOBHAN, "w_tra"),
    i("olmoben", "more_time", _d(31, 1, 2027),
      "Wang,\n\nMilk price is after dropping 3c a litre and cash is tight until the Q4 milk cheque settles. Could you give us till the end of January for this one? I'd rather be straight with you than have Siobhán promise a date we can't keep.\n\nDonal",
      DONAL, "w_tra", day=3, note="宽限到X = X: the end of January"),
    i("tben", "dispute", None,
      "Hi Wang,\n\nThe app still isn't syncing collections when the tankers are out of coverage west of Dingle; the drivers are re-keying dockets at the depot every evening. Under the contract the final payment is due on acceptance and we haven't accepted it.\n\nAoife\nIT, Slieve Mish",
      AOIFE, "w_tra", day=1, below=True, danger=True),
    i("owaen", "paid", None,
      "Hi Wang,\n\nPayment of €22,500.00 issued today by SEPA credit transfer, value date 14/12/2026. Remittance attached.\n\nSiobhán",
      SIOBHAN, "w_tra", day=11, atts=["SMDC_remittance_0917.pdf"]),
    i("olen", "bank_question", None,
      "Hello,\n\nYour reminder gives an account number but our system needs an IBAN and BIC to set up a supplier. Can you confirm your IBAN? We cannot pay a non-IBAN account without our bank's manual form.\n\nCreditors Section",
      CRED, "w_tra", day=2),
]  # fmt: skip

# Vermont — Green Hollow Maple (Mid-term, USD 18,750, due Nov 15)
v = f("America/New_York")
DALE = ("Dale Whitcomb", "dale.greenhollow@gmail.com")
KAREN = ("Karen Whitcomb", "karen@greenhollowmaple.com")
LUKE = ("Luke Pratt", "luke@greenhollowmaple.com")

VERMONT = [
    v("appleen", "promise", _d(10),
      "Hi Wang,\n\nSorry for the delay, it's been a busy fall. I'm scheduling the wire for 12/10.\n\nKaren\nGreen Hollow Maple Co. | Bookkeeping",
      KAREN, "w_vt", note="12/10 month-first (US)"),
    v("gmailen", "dispute", None,
      "Wang,\n\nHalf the tubing sensors on the upper sugarbush went dead after the first hard freeze. We paid for sensors rated to -30F and it hasn't been below 5. I'm not paying the midterm until you replace them.\n\nDale",
      DALE, "w_vt", day=1, danger=True),
    v("iosen", "other", None,
      "Hey, who do I talk to about the sensor on the 3rd mainline? It reads 0 vacuum but the gauge says 24. Not sure this is the right email, sorry",
      LUKE, "w_vt", day=3),
    v("gmailen", "partial_payment", None,
      "Sent $9,375 today, that's half. The other half when the replacement sensors are in and reading right.\n\nDale",
      DALE, "w_vt", day=7, danger=True),
    v("appleen", "paid", None,
      "Hi Wang,\n\nThe wire for the remaining $9,375.00 went out this morning. Confirmation attached. Thanks for getting the sensors swapped before the snow.\n\nKaren",
      KAREN, "w_vt", day=17, atts=["wire_confirmation_121726.pdf"]),
]  # fmt: skip

# Nashville — Cumberland Row Music Publishing (Final, USD 31,200, due Nov 12)
n = f("America/Chicago")
TAMMY = ("Tammy Haskins", "thaskins@cumberlandrow.com")
JOLENE = ("Jolene Pruitt", "jolene.pruitt.music@gmail.com")
BEAU = ("Beau Carter", "beau@cumberlandrow.com")
APN = ("AP Cumberland Row", "ap@cumberlandrow.com")
NASH_SIG = "\n\nTammy Haskins | Controller\nCumberland Row Music Publishing\n1014 17th Ave S, Nashville, TN 37212"

NASHVILLE = [
    n("olen", "paid", None,
      "Hi Wang,\n\nWe paid this on 11/30 via wire, confirmation # 2026113000457. Please confirm receipt." + NASH_SIG,
      TAMMY, "w_nash"),
    n("gmailen", "dispute", None,
      "Hi Wang,\n\nThe portal is double-counting streaming income on co-written songs. The writer splits add up to 200%, so our writers got Q3 statements showing twice what they're owed and we had to pull every one of them. We're not in a position to sign off on the final payment until the split logic is fixed and re-run.\n\nJolene Pruitt\nRoyalty Administration",
      JOLENE, "w_nash", day=1, danger=True),
    n("iosen", "promise", None,
      "Talk to Tammy. Y'all will get paid after the holidays.",
      BEAU, "w_nash", day=4, note="after the holidays = no day"),
    n("olen", "paid", None,
      "Wang,\n\nThe final payment went out yesterday, 12/16, as promised. Fed reference attached." + NASH_SIG,
      TAMMY, "w_nash", day=17, atts=["Fedwire_ref_CRMP_1216.pdf"]),
    n("owaen", "resend_request", None,
      "Hello,\n\nPlease submit invoices through our AP portal (Bill.com); we can't pay from emailed reminders. The invoice also needs our PO 4471 on it before it can be approved.\n\nThank you,\nAccounts Payable",
      APN, "w_nash", day=2),
    n("olen", "promise", _d(16),
      "Wang,\n\nCorrection to my email yesterday: the wire on 11/30 was for the Q3 hosting invoice, not the final payment. The final payment has NOT been sent. It's on our 12/16 payment batch." + NASH_SIG,
      TAMMY, "w_nash", day=3, danger=True, earlier="Hi Wang,\n\nWe paid this on 11/30 via wire, confirmation # 2026113000457. Please confirm receipt.\n\nTammy"),
]  # fmt: skip

# Halifax — Fundy Shore Seafoods (Phase 1, CAD 27,400, due Nov 18)
h = f("America/Halifax")
COLIN = ("Colin MacIsaac", "cmacisaac@fundyshore.ca")
MARIE = ("Marie Comeau", "payables@fundyshore.ca")
TREVOR = ("Trevor Boudreau", "trevor.b@fundyshore.ca")
GAIL = ("Gail Fraser", "gail@fundyshore.ca")

HALIFAX = [
    h("olen", "more_time", _d(15, 1, 2027),
      "Hi Wang,\n\nDumping Day was last Monday and every dollar we have is going to the fishermen this week. Can we push the Phase 1 payment to mid-January? I'll confirm the exact date once the first Korea shipments are paid.\n\nColin MacIsaac, CPA\nCFO, Fundy Shore Seafoods",
      COLIN, "w_hfx", note="mid-January = the 15th"),
    h("olenplain", "partial_payment", None,
      "Hello,\n\nWe have released CAD 13,700.00 today (50%). The balance is on hold under the holdback in section 7 of the agreement: 50% on go-live, 50% after 30 days of operation. Please apply the payment to INV-HLX-0031.\n\nMarie Comeau\nAccounts Payable – Fundy Shore Seafoods Ltd.",
      MARIE, "w_hfx", day=4, danger=True),
    h("android", "dispute", None,
      "Wang the tracking tags are dropping out in the holding pound. We lost visibility on 40 crates for Incheon on Sunday, had to open them by hand at the airport. Not acceptable in peak season. Someone needs to call me today.\nTrevor",
      TREVOR, "w_hfx", day=1, danger=True),
    h("appleen", "other", None,
      "Thanks Wang, your engineer was a great help over the weekend. Colin is handling the payment side, I'll leave that with him.\n\nGail",
      GAIL, "w_hfx", day=8),
    h("olen", "bank_question", None,
      "Wang,\n\nOur bank (RBC) returned the wire: \"beneficiary bank could not be identified\". Can you confirm the SWIFT code? Is it EXBKCNSHHZH or EXBKCNSH? Please call me on 902-555-0148 rather than email the details, our auditors prefer a call-back.\n\nColin",
      COLIN, "w_hfx", day=16, danger=True, note="a returned wire: not paid"),
]  # fmt: skip

# Jaipur — Rathore Gem Cutting Works (Mid-term, USD 11,350, due 17 Nov)
j = f("Asia/Kolkata")
AGARWAL = ("Accounts - Rathore Gems", "accounts@rathoregems.in")
RATHORE = ("Vikram Singh Rathore", "vsrathore.jaipur@gmail.com")
NEHA = ("Neha Sharma", "neha.it@rathoregems.in")

JAIPUR = [
    j("olen", "promise", _d(15),
      "Dear Sir,\n\nKindly note the payment of USD 11,350/- shall be released on or before 15/12/2026 positively. Our bank requires Form A2 and the invoice copy, same has been submitted.\n\nThanks & Regards\nR. K. Agarwal\nAccounts Dept.\nRathore Gem Cutting Works, Sitapura, Jaipur",
      AGARWAL, "w_jai", day=3),
    j("gmailen", "dispute", None,
      "Dear Mr. Wang,\n\nThe certificate printing module is not printing the lab report number in the correct format, due to which our 3 consignments got stuck at customs in Bangkok. Until this is rectified we are withholding the payment.\n\nRegards,\nVikram Singh Rathore",
      RATHORE, "w_jai", day=1, danger=True),
    j("owaen", "acceptance", None,
      "Dear Sir,\n\nThe revised certificate module has been tested by our team on 7th Dec and found OK. Please treat this as our acceptance for the mid-term deliverables.\n\nRegards,\nNeha Sharma\nIT",
      NEHA, "w_jai", day=8),
    j("olen", "paid", None,
      "Dear Sir,\n\nPayment of USD 11,350/- has been remitted today vide SWIFT ref. HDFCINBB-TT-458812. PFA the swift copy. Kindly acknowledge receipt.\n\nThanks & Regards\nR. K. Agarwal",
      AGARWAL, "w_jai", day=15, atts=["swift_copy_RGCW.pdf"]),
    j("gmailen", "paid", None,
      "Dear Mr. Wang,\n\nPayment done yesterday. Kindly confirm receipt and send us the schedule for the next phase.\n\nRegards,\nVikram",
      RATHORE, "w_jai", day=16),
    j("gmailen", "more_time", None,
      "Dear Mr. Wang,\n\nKindly bear with us for 2-3 weeks more. Market is very slow after Diwali and the Hong Kong show buyers have not paid yet.\n\nRegards,\nVikram",
      RATHORE, "w_jai", day=2, note="2-3 weeks: no single day"),
    j("olen", "resend_request", None,
      "Dear Sir,\n\nKindly send the invoice with our IEC code (1302004512) and GSTIN mentioned, else our bank will not process the outward remittance.\n\nThanks & Regards\nAccounts Dept.",
      AGARWAL, "w_jai", day=4),
]  # fmt: skip

# Karachi — Indus Medline Distributors (Final, USD 16,900, due 14 Nov)
k = f("Asia/Karachi")
SIDDIQUI = ("Faisal Siddiqui", "f.siddiqui@indusmedline.pk")
AYESHA = ("Ayesha Memon", "ayesha.memon.imd@gmail.com")
IMRAN = ("Imran Qureshi", "imran@indusmedline.pk")
CLERK = ("IMD Accounts", "imd.accounts@gmail.com")

KARACHI = [
    k("olen", "promise", _d(7),
      "Dear Mr. Wang,\n\nThe payment is under process with our bank, the SBP documentation is complete. It shall be done by Monday 7th December, Insha Allah.\n\nBest regards,\nFaisal Siddiqui\nManager Finance",
      SIDDIQUI, "w_khi"),
    k("gmailen", "dispute", None,
      "Dear Mr. Wang,\n\nThe temperature logger alarms are not reaching our pharmacists after 10 pm. We lost a consignment of insulin at the Hyderabad depot last week. Management has been informed and the final payment is on hold till your root cause report is submitted.\n\nAyesha Memon\nSupply Chain",
      AYESHA, "w_khi", day=1, danger=True),
    k("iosen", "other", None,
      "Noted. Will revert.",
      IMRAN, "w_khi", day=2),
    k("olen", "promise", _d(10),
      "Dear Mr. Wang,\n\nThe remittance could not be made on Monday as the bank's system was down. It has not gone yet. We will make it on Thursday 10th Dec.\n\nBest regards,\nFaisal Siddiqui",
      SIDDIQUI, "w_khi", day=8, danger=True),
    k("olen", "paid", None,
      "Dear Mr. Wang,\n\nAlhamdulillah, the payment has been made today. Our accounts team will share the MT103 shortly.\n\nBest regards,\nFaisal Siddiqui",
      SIDDIQUI, "w_khi", day=10),
    k("gmailapp", "paid", None,
      "Attached is the MT103 for your reference.",
      CLERK, "w_khi", day=10, atts=["MT103_IMD_1012.pdf"]),
]  # fmt: skip

# Port Harcourt — Bonny Channel Marine Services (Mid-term, USD 24,000, due 10 Nov)
p = f("Africa/Lagos")
AMADI = ("Mrs. Ngozi Amadi", "n.amadi@bonnychannelmarine.com")
TONYE = ("Tonye Briggs", "tonye.briggs@bonnychannelmarine.com")
EBERE = ("Ebere Okafor", "ebere.okafor.bcm@gmail.com")
TREAS = ("BCM Treasury", "treasury@bonnychannelmarine.com")

PORTHARCOURT = [
    p("olen", "more_time", _d(31, 1, 2027),
      "Dear Mr. Wang,\n\nDue to the FX scarcity we are unable to source dollars at the official window this month. Kindly grant us till the end of January.\n\nYours faithfully,\nMrs. Ngozi Amadi\nHead, Finance",
      AMADI, "w_phc", day=1),
    p("iosen", "promise", _d(4),
      "Payment has been approved. Treasury will effect it latest Friday.",
      TONYE, "w_phc", day=2),
    p("gmailen", "dispute", None,
      "Dear Wang,\n\nThe platform has been showing wrong tide windows for Bonny bar since the last update. Two of our crew boats were stranded on Saturday. Management has directed that no further payments be made until this is corrected.\n\nEbere Okafor\nOperations",
      EBERE, "w_phc", day=3, danger=True),
    p("owaen", "partial_payment", None,
      "Dear Sir,\n\nPlease be informed that USD 12,000 being part payment has been effected today. The balance will be paid in January.\n\nTreasury Unit",
      TREAS, "w_phc", day=4, danger=True),
    p("olen", "bank_question", None,
      "Dear Mr. Wang,\n\nOur bank advises that your account needs an intermediary bank for USD transfers. Kindly send the name and SWIFT of your correspondent bank in New York.\n\nMrs. Amadi",
      AMADI, "w_phc", day=7),
]  # fmt: skip

# Kisumu — Lake Basin Fish Processors (Delivery payment, USD 12,600, due 20 Nov)
m = f("Africa/Nairobi")
ACHIENG = ("Grace Achieng", "g.achieng@lakebasinfish.co.ke")
OTIENO = ("Joseph Otieno", "otieno@lakebasinfish.co.ke")
QA = ("Mercy Atieno", "mercy.atieno.qa@gmail.com")

KISUMU = [
    m("olen", "promise", _d(7),
      "Dear Wang,\n\nThe payment has been initiated through KCB and is awaiting the second signatory. It should be released by Monday 7th.\n\nRegards,\nGrace Achieng\nAccountant",
      ACHIENG, "w_ksm", day=3, danger=True, note="initiated, not yet released"),
    m("iosen", "more_time", _d(16),
      "Dear Wang, Nile perch exports are down and the EU audit delayed our shipments. Kindly extend me two more weeks.",
      OTIENO, "w_ksm", day=2, note="two more weeks = day + 14"),
    m("iosen", "promise", _d(7),
      "Dear Wang, we paid the first batch of suppliers on Monday. Yours goes next Monday, I have signed.",
      OTIENO, "w_ksm", day=4, note="Monday past (other suppliers); next Monday from Fri Dec 4 = Dec 7"),
    m("gmailen", "acceptance", None,
      "Hello Wang,\n\nThe grading system passed the KEBS traceability audit yesterday. We are satisfied with the delivery and the training.\n\nMercy\nQA",
      QA, "w_ksm", day=4),
    m("olen", "paid", None,
      "Dear Wang,\n\nKindly find attached the remittance advice for USD 12,600 paid on 7th December.\n\nRegards,\nGrace",
      ACHIENG, "w_ksm", day=8, atts=["Remittance_LBFP.pdf"]),
]  # fmt: skip

# Hermanus — Walker Bay Abalone (Final, USD 13,480, due 19 Nov)
z = f("Africa/Johannesburg")
PIETER = ("Pieter van der Merwe", "pieter@walkerbayabalone.co.za")
THANDI = ("Thandi Nkosi", "thandi.nkosi.wba@gmail.com")
RUAN = ("Ruan Botha", "ruan@walkerbayabalone.co.za")
BOOKS = ("WBA Bookkeeping", "books@walkerbayabalone.co.za")

HERMANUS = [
    z("olen", "promise", _d(9),
      "Hi Wang\n\nThe SARB paperwork for the foreign payment is with Nedbank. They say 5 working days, so you should have it by 9 December.\n\nRegards\nPieter van der Merwe\nFinancial Manager",
      PIETER, "w_her"),
    z("gmailen", "dispute", None,
      "Hi Wang,\n\nThe oxygen alarms did not trigger during the power outage on Saturday night and we lost two tanks of juveniles. I've asked Pieter not to pay until your team explains what happened.\n\nThandi\nFarm Manager",
      THANDI, "w_her", day=1, danger=True),
    z("tben", "acceptance", None,
      "Hi Wang\n\nThe patched firmware went onto all 46 tank controllers yesterday and the alarms now fire on battery. We signed off the test today, so from my side the final deliverable is accepted.\n\nRuan",
      RUAN, "w_her", day=8, below=True),
    z("appleen", "paid", None,
      "Good day,\n\nPlease find attached proof of payment for USD 13,480.00, paid today.\n\nKind regards\nWalker Bay Abalone (Pty) Ltd",
      BOOKS, "w_her", day=14, atts=["POP_WalkerBay_20261214.pdf"]),
    z("olen", "resend_request", None,
      "Hi Wang\n\nJust to confirm, nothing has gone out yet: Nedbank wants the invoice to show our VAT number. Please re-issue it with VAT no. 4123456789 and I'll resubmit the same day.\n\nPieter",
      PIETER, "w_her", day=4, danger=True, note="nothing paid; the client's own number added, no fault said"),
]  # fmt: skip

# Singapore — Pasir Panjang Marine Supply (Mid-term, SGD 28,000, due 16 Nov)
s = f("Asia/Singapore")
TAN = ("Tan Wei Ming", "weiming.tan@ppmarinesupply.com.sg")
JAS = ("Jasmine Lim", "jasmine.ppms@gmail.com")
DIR = ("Raymond Goh", "raymond.goh@ppmarinesupply.com.sg")
APS = ("PPMS Accounts", "accounts@ppmarinesupply.com.sg")

SINGAPORE = [
    s("owaen", "promise", _d(10),
      "Hi Wang,\n\nOur payment run is every 2nd and 4th Thursday. This will go in the run on 10/12.\n\nRgds\nTan Wei Ming\nFinance Manager",
      TAN, "w_sgc", day=3),
    s("gmailen", "resend_request", None,
      "Hi, can send the invoice again? The one we got cannot open one, the PDF corrupted. Thanks!\n\nJasmine",
      JAS, "w_sgc", day=2),
    s("iosen", "dispute", None,
      "Wang, your portal billed our customers' vessels twice for the same delivery orders in Nov. We had to issue credit notes to 11 ships. We want this settled before we pay anything further.\n\nRaymond",
      DIR, "w_sgc", day=1, danger=True),
    s("olen", "paid", None,
      "Dear Sir/Madam,\n\nPayment of SGD 28,000.00 was made via TT on 10 December 2026. Please see the attached TT advice.\n\nAccounts Department\nPasir Panjang Marine Supply Pte Ltd",
      APS, "w_sgc", day=11, atts=["TT_advice_PPMS.pdf"]),
    s("iosen", "paid", None, "", DIR, "w_sgc", day=11, atts=["TT_PPMS_10Dec2026.pdf"],
      note="no words: only the TT copy attached"),
    s("gmailen", "other", None,
      "Got it, thanks! Can open already.\n\nJasmine",
      JAS, "w_sgc", day=4),
    s("owaen", "bank_question", None,
      "Hi Wang,\n\nNoted your bank details. However our bank's new-payee check shows a different account name, \"Example Tech Company Limited\". Please confirm which is correct before we release.\n\nRgds\nWei Ming",
      TAN, "w_sgc", day=7),
]  # fmt: skip

# Davao — Mindanao Cavendish Exports (Phase 2, USD 19,300, due Nov 13)
d = f("Asia/Manila")
DELA = ("Ma. Theresa Dela Cruz", "tdelacruz@mindanaocavendish.ph")
JOY = ("Joy Cabrera", "joy.mce.ap@gmail.com")
VILLA = ("Ramon Villanueva", "ramon.villanueva.mce@gmail.com")
GM = ("Antonio Sarmiento", "asarmiento@mindanaocavendish.ph")

DAVAO = [
    d("olen", "promise", _d(9),
      "Good day Mr. Wang,\n\nKindly be advised that the payment is scheduled for 12/09/2026.\n\nThank you.\n\nMa. Theresa Dela Cruz\nFinance Supervisor",
      DELA, "w_dvo", day=3, note="12/09 month-first (Philippines)"),
    d("gmailapp", "paid", None,
      "Good day po! The payment was already released yesterday 12/09 po. Attached the bank advice for your reference. Thank you po.",
      JOY, "w_dvo", day=10, atts=["BDO_advice_1209.jpg"]),
    d("gmailen", "dispute", None,
      "Hi Wang,\n\nThe QC module rejects good hands because the grading photos are too dark under our packing-house lights. Our Japanese buyer flagged 3 containers. We cannot sign the phase 2 acceptance yet.\n\nRamon Villanueva\nPacking Operations",
      VILLA, "w_dvo", day=2, danger=True),
    d("iosen", "more_time", _d(15, 1, 2027),
      "Sorry for the delay. Typhoon damage in our Tagum farms last month. Please give us until January 15.",
      GM, "w_dvo", day=1),
    d("olen", "promise", _d(18),
      "Good day Mr. Wang,\n\nPlease see my answer below.\n\nTheresa",
      DELA, "w_dvo", day=9, danger=True, inline=("If you have already paid", ">> Not yet paid po. Re-scheduled on 12/18 because our signatory is on leave."),
      note="an answer inline in the quote; 12/18 month-first"),
    d("olen", "other", None,
      "Noted with thanks. Will forward to our Treasury for their appropriate action.\n\nTheresa",
      DELA, "w_dvo", day=1),
]  # fmt: skip

# Hobart — Derwent Estuary Salmon (Mid-term, AUD 41,000, due 18 Nov)
t = f("Australia/Hobart")
BRONWYN = ("Bronwyn Lister", "bronwyn.lister@derwentsalmon.com.au")
JACK = ("Jack Kelly", "jackkelly.des@gmail.com")
SARAH = ("Sarah Nguyen", "sarah.nguyen@derwentsalmon.com.au")
APH = ("Accounts Payable", "ap@derwentsalmon.com.au")

HOBART = [
    t("olen", "promise", _d(8),
      "Hi Wang,\n\nJack's happy now the cameras are back, so it'll go in tomorrow's pay run.\n\nCheers,\nBronwyn",
      BRONWYN, "w_hob", day=7),
    t("gmailen", "dispute", None,
      "Mate, the cameras on pens 4 to 7 have been down since the storm last week and the DO readings are garbage. We're flying blind with a jellyfish bloom coming in. Told Bronwyn to hold the payment till someone gets out here.\n\nJack",
      JACK, "w_hob", day=1, danger=True),
    t("appleen", "acceptance", None,
      "Hi Wang,\n\nCameras are back up on all pens as of this morning and the DO looks right against our handheld. We're happy to sign off the mid-term deliverable.\n\nSarah\nIT & Systems",
      SARAH, "w_hob", day=7),
    t("owaen", "paid", None,
      "Hi,\n\nPaid 8/12 via EFT, remittance attached.\n\nAccounts Payable\nDerwent Estuary Salmon",
      APH, "w_hob", day=9, atts=["Remittance_DES_0812.pdf"]),
    t("olen", "other", None,
      "Hi Wang,\n\nHeads up, I'm on leave from 18 Dec to 11 Jan. Trent Walsh (trent.walsh@derwentsalmon.com.au) covers AP while I'm away.\n\nBronwyn",
      BRONWYN, "w_hob", day=14),
]  # fmt: skip

# Nelson — Moutere Hop Growers (Final, NZD 15,600, due 20 Nov)
z2 = f("Pacific/Auckland")
HAMISH = ("Hamish Rowe", "hamish.moutere@gmail.com")
KIRI = ("Kiri Tane", "accounts@moutere-hops.co.nz")

NELSON = [
    z2("olen", "promise", _d(20),
      "Kia ora Wang,\n\nWe pay on the 20th of the month following invoice, so this will be paid on 20 December.\n\nNgā mihi,\nKiri\nAccounts, Moutere Hop Growers",
      KIRI, "w_nsn"),
    z2("gmailen", "more_time", None,
      "Hi Wang, bit tight until the brewers pay for the 2026 crop contracts in January. Can we do half now and half end of Jan?\n\nHamish",
      HAMISH, "w_nsn", day=3, note="instalments: no single day"),
    z2("olen", "partial_payment", _d(29, 1, 2027),
      "Kia ora Wang,\n\nHalf (NZD 7,800) paid today. The remaining NZD 7,800 by 29/01/2027 as agreed with Hamish.\n\nKiri",
      KIRI, "w_nsn", day=8, danger=True, note="half paid; the rest dated"),
    z2("gmailen", "other", None,
      "Cheers for the heads up on the kiln sensor update. Will the new version handle our third kiln? No rush, we're not drying anything till March.\n\nHamish",
      HAMISH, "w_nsn", day=9),
]  # fmt: skip

# Kuwait — Al-Mutairi catering (Mid-term, USD 36,500, due 15 Nov); week runs Sunday-Thursday
q = f("Asia/Kuwait")
JOSEPH = ("Joseph Mathew", "joseph.mathew@almutairi-catering.com.kw")
MUTAIRI = ("Khaled Al-Mutairi", "k.almutairi@almutairi-catering.com.kw")
CAMP = ("Camp Manager Burgan", "burgan.camp.amc@gmail.com")
PROC = ("Procurement", "procurement@almutairi-catering.com.kw")

KUWAIT = [
    q("olen", "promise", _d(3),
      "Dear Mr. Wang,\n\nPayment will be processed by end of this week.\n\nBest Regards,\nJoseph Mathew\nAccounts Manager",
      JOSEPH, "w_kwi", note="end of this week in Kuwait = Thursday"),
    q("iosen", "dispute", None,
      "We will not pay until KOC pays us. They are 90 days late with our invoices.",
      MUTAIRI, "w_kwi", day=1, danger=True, note="a conditional refusal (pay when paid)"),
    q("gmailen", "other", None,
      "Dear team, ration count screen is showing yesterday numbers after midnight. Kindly fix urgently, we are ordering wrong quantities.\n\nCamp Manager, Burgan",
      CAMP, "w_kwi", day=2),
    q("owaen", "partial_payment", None,
      "Dear Sir,\n\nWe have transferred USD 20,000 today against your invoice. The balance USD 16,500 will be released after KOC releases our payment.\n\nRegards,\nProcurement Dept.",
      PROC, "w_kwi", day=9, danger=True),
    q("olen", "promise", _d(8),
      "Dear Mr. Wang,\n\nPayment not done last week due to signatory travel. Mr. Khaled returns on Tuesday and we will transfer the same day.\n\nBest Regards,\nJoseph",
      JOSEPH, "w_kwi", day=6, danger=True, note="Sunday Dec 6 is a working day in Kuwait; Tuesday = Dec 8"),
]  # fmt: skip

# Aarhus — Kattegat Turbine Service (Final, EUR 26,800, due 17 Nov)
a = f("Europe/Copenhagen")
METTE = ("Mette Kjærgaard", "mkj@kattegat-turbine.dk")
SOREN = ("Søren Holm", "soren.holm@kattegat-turbine.dk")
APA = ("Kreditorer", "kreditor@kattegat-turbine.dk")

AARHUS = [
    a("olen", "promise", _d(15),
      "Dear Wang\n\nWe pay on the 1st and the 15th. You will be in the 15.12. run.\n\nBest regards\nMette Kjærgaard\nController",
      METTE, "w_aar"),
    a("tben", "dispute", None,
      "Hi Wang,\n\nThe scheduling tool still does not check GWO certificate expiry. Last week we nearly sent a technician offshore to Anholt with an expired sea survival certificate. That check is in the specification (4.2). I have told finance not to approve the final invoice.\n\nSøren Holm\nOperations",
      SOREN, "w_aar", day=1, below=True, danger=True),
    a("owaen", "resend_request", None,
      "Dear supplier,\n\nWe can only receive invoices via NemHandel (OIOUBL), EAN 5790001234567. Please resend the invoice electronically; PDF invoices by e-mail are not processed.\n\nKind regards\nKreditorbogholderiet",
      APA, "w_aar", day=2),
    a("olen", "paid", None,
      "Dear Wang\n\nPayment sent today 15.12.2026, EUR 26.800,00. Remittance attached.\n\nBest regards\nMette",
      METTE, "w_aar", day=15, atts=["Betalingsadvis_KTS.pdf"]),
]  # fmt: skip

# Brno — Moravské sklárny (Phase 2, EUR 19,900, due 12 Nov)
c = f("Europe/Prague")
DVORAK = ("Ing. Pavel Dvořák", "dvorak@moravske-sklarny.cz")
NOVAK = ("Ing. Jana Nováková", "jana.novakova.msk@gmail.com")
UCT = ("Účtárna", "uctarna@moravske-sklarny.cz")

BRNO = [
    c("olen", "promise", _d(18),
      "Dear Mr. Wang,\n\nThe payment will be made until 18.12.2026.\n\nBest regards\nIng. Pavel Dvořák\nFinance Director",
      DVORAK, "w_brn", note="'until' = by"),
    c("gmailen", "acceptance", None,
      "Dear Mr. Wang,\n\nThe furnace data platform passed our acceptance test on 30.11. The signed protocol is attached.\n\nBest regards\nJana Nováková\nProcess Engineering",
      NOVAK, "w_brn", atts=["Akceptacni_protokol_faze2.pdf"]),
    c("tben", "more_time", None,
      "Dear Sir,\n\nDue to the high gas prices we must postpone the payment. Please accept payment in January 2027.\n\nÚčtárna\nMoravské sklárny s.r.o.",
      UCT, "w_brn", day=7, below=True, note="January: no day"),
    c("olen", "promise", _d(8, 1, 2027),
      "Dear Mr. Wang,\n\nPlease ignore my previous message about 18.12. Our bank limit is exhausted for this year. The payment will be made 8.1.2027.\n\nBest regards\nPavel Dvořák",
      DVORAK, "w_brn", day=9, danger=True, note="18.12. given up for 8.1.2027"),
]  # fmt: skip

# Edinburgh — Forth Box Office (Final, GBP 9,750, due 20 Nov)
ed = f("Europe/London")
MORVEN = ("Morven Crichton", "morven@forthboxoffice.co.uk")
CALUM = ("Calum Baird", "calum.baird@forthboxoffice.co.uk")
ISLA = ("Isla Rennie", "isla.rennie.fbo@gmail.com")

EDINBURGH = [
    ed("olen", "promise", _d(24),
      "Hi Wang,\n\nYou'll have it before Christmas, I promise. The Hogmanay ticket money lands on the 20th and you're first in the queue.\n\nMorven Crichton\nFinance Manager, Forth Box Office Ltd",
      MORVEN, "w_edi", day=3, note="before Christmas = Dec 24"),
    ed("gmailen", "dispute", None,
      "Wang,\n\nWe haven't paid it and we won't be paying it until the seat map stops selling the same seat twice. Two couples turned up for the same seats at the Usher Hall on Saturday.\n\nCalum Baird\nOperations Director",
      CALUM, "w_edi", day=1, danger=True),
    ed("appleen", "acceptance", None,
      "Hi Wang,\n\nThe double-booking fix has held through three sold-out nights at the Usher Hall. Happy to call the seat map accepted.\n\nIsla\nBox Office Systems",
      ISLA, "w_edi", day=14),
    ed("olen", "paid", None,
      "Hi Wang,\n\nPaid on Monday (21/12) by Faster Payment, ref FBO-EBO04. Have a lovely Christmas.\n\nMorven",
      MORVEN, "w_edi", day=23),
]  # fmt: skip

INTL_W = (EDINBURGH + BRISTOL + TRALEE + VERMONT + NASHVILLE + HALIFAX + JAIPUR + KARACHI + PORTHARCOURT + KISUMU
          + HERMANUS + SINGAPORE + DAVAO + HOBART + NELSON + KUWAIT + AARHUS + BRNO)  # fmt: skip
