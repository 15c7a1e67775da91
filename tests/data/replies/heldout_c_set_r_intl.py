"""Set R's replies in Traditional Chinese / Cantonese and in English, and its machine mail.

Traditional: a Pingtung shrimp farm (民國 dates, 農會 account, 水單) and a Macau pastry chain
writing Cantonese (Outlook's ``big5`` label carrying HKSCS 哋/咗/喺, 支票, 聽日, MOP). English:
a Penang test house (10/12 day-first, PO numbers), a Jeddah pilgrimage agency (Sunday-Thursday
week, inshallah, IBAN), a Phnom Penh microfinance firm (ABA, 15-Dec-2026), a Riga logistics
firm (Thunderbird below the quote, 27.11.2026, 14.12.), a Houston oilfield-services company
(12/18 month-first, ACH, Coupa), a Speyside distillery (Friday week, HMRC) and a Colombo
tea-auction broker (effected, do the needful, Poya). Machine mail: ``heldout_c_machine_r.py``.
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_r import o


def D(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


CHENML = ("陳美玲", "chenmeiling.pt@gmail.com")
PTACCT = ("鴻益水產 會計", "acct@hongyi-aqua.com.tw")
PTBOSS = ("陳先生", "chen.hy@hongyi-aqua.com.tw")
HO = ("何美玲", "ho.ml@meikee-bakery.com.mo")
LEUNG = ("梁生", "kf.leung@meikee-bakery.com.mo")
MOACCT = ("美記會計部", "accounts@meikee-bakery.com.mo")

OOI = ("Ooi Mei Ling", "ml.ooi@kestrel-test.com.my")
TANKH = ("Tan Kok Hin", "kh.tan@kestrel-test.com.my")
HARBI = ("Faisal Al-Harbi", "faisal.alharbi@zamzamtravel.sa")
YASSER = ("Yasser", "yasser.acc@zamzamtravel.sa")
SOKHA = ("Chan Sokha", "sokha.chan@angkorcredit.com.kh")
VANNAK = ("Vannak Ly", "vannak.ly88@gmail.com")
OZOLS = ("Jānis Ozols", "janis.ozols@baltrail.lv")
BERZINA = ("Ilze Bērziņa", "ilze.berzina@baltrail.lv")
DALE = ("Dale Whitaker", "dwhitaker@lonestarwell.com")
BRENDA = ("Brenda Kowalski", "ap@lonestarwell.com")
CALLUM = ("Callum Grant", "callum@glenavonside.co.uk")
MORAG = ("Morag Duncan", "accounts@glenavonside.co.uk")
RUWAN = ("Ruwan Perera", "ruwan.perera.cmb@gmail.com")
DILANI = ("Dilani Fernando", "accounts@ceylonleafbrokers.lk")

PT_SIG = "\n\n陳美玲\n鴻益水產養殖場\n屏東縣林邊鄉\n08-875-2361"
OOI_SIG = "\n\nRegards,\nOoi Mei Ling\nAccounts Payable | Kestrel Test Services Sdn Bhd\nBayan Lepas FIZ, Penang | T: +604-644 2288 ext 231"
SOKHA_SIG = "\n\nBest regards,\nChan Sokha\nFinance Officer, Angkor Credit Plc.\nTel: +855 23 998 112 | Phnom Penh"
DALE_SIG = "\n\nDale Whitaker\nOperations Manager | Permian Basin\nLone Star Wellsite Services\nCell (432) 555-0147"

# fmt: off
HANT: list[tuple] = [
    # Pingtung shrimp farm (安裝款 NT$420,000), Traditional, 民國 dates
    ("gmailtw", "paid", None, "王先生您好：\n\n安裝款新台幣42萬元已於民國115年11月30日匯出，匯款水單如附件，請查收。" + PT_SIG,
     o("r_pingtung", CHENML, atts=["匯款水單.jpg"])),
    ("owazhtw", "promise", D(25), "您好：\n\n本場付款採月結，每月25日統一付款，這筆安裝款會排在115年12月25日付款，請知悉。\n\n會計 蔡秀琴",
     o("r_pingtung", PTACCT)),
    ("ioszhtw", "dispute", None, "水質感測器裝好不到兩個禮拜就有三支讀數亂跳，溶氧一直顯示零，害我們半夜起來開水車。這樣的東西要我們付錢？先派人來修。",
     o("r_pingtung", PTBOSS, 3)),
    ("olmobtw", "bank_question", None, "王先生，我們要從農會帳戶匯款到大陸，農會說要貴公司的中間行（intermediary bank）資料跟CNAPS代碼，麻煩提供，謝謝。",
     o("r_pingtung", CHENML, 7)),
    ("owazhtw", "more_time", D(15, 1, 2027), "王先生您好：\n\n因寒流來襲，池裡的蝦子死了不少，場裡資金比較緊，安裝款可否寬限到民國116年1月15日？\n\n會計 蔡秀琴",
     o("r_pingtung", PTACCT, 9, note="宽限到X = X, ROC year 116")),
    ("gmailtw", "partial_payment", None, "王先生，今天先匯了20萬，剩下22萬等這批白蝦的貨款進來再匯，水單附上。" + PT_SIG,
     o("r_pingtung", CHENML, 16, atts=["水單1216.jpg"])),
    ("olzhtw", "acceptance", None, "王先生您好：\n\n水質監測系統已於12/1驗收完成，驗收單已用印，隨信附上掃描檔。\n\n陳美玲",
     o("r_pingtung", CHENML, 2, atts=["驗收單.pdf"], note="Big5 Outlook")),

    # Macau pastry chain (第一期款 MOP 168,000), Cantonese in Big5-HKSCS
    ("olzhtw", "paid", None, "王生你好，\n\n第一期款我哋上星期五已經過咗數，用中銀轉賬，收據喺附件，麻煩查收。\n\n何美玲\n美記餅家 行政部\n(853) 2835 6671",
     o("r_macau", HO, atts=["收據.pdf"], note="Cantonese 過咗數; 上星期五 = Nov 27")),
    ("olzhtw", "promise", D(4), "王生，唔好意思，老闆仲未簽支票，佢話聽日返嚟就簽，簽咗即刻寄畀你哋。\n\n何美玲",
     o("r_macau", HO, 3, danger=True, note="not signed yet; 聽日 = tomorrow")),
    ("ioszhtw", "dispute", None, "收銀機成日死機，週末人多嗰陣一日死三次，客人排晒隊。呢期錢我哋暫時唔會畀住，等你哋搞掂先講。",
     o("r_macau", LEUNG, 2)),
    ("owazhtw", "bank_question", None, "您好，\n\n我司以澳門元付款，請問貴司帳戶可唔可以收澳門元？定係要轉做人民幣或者港幣？另外請提供收款銀行嘅地址。\n\n美記餅家 會計部",
     o("r_macau", MOACCT, 3)),
    ("olzhtw", "more_time", D(23), "王生，聖誕同新年係我哋最旺嘅時候，周轉有啲緊，可唔可以俾多兩個禮拜時間？\n\n何美玲",
     o("r_macau", HO, 9, note="俾多兩個禮拜 = day + 14")),
    ("ioszhtw", "partial_payment", None, "今日已經轉咗十萬過去，其餘六萬八下個月初先畀。",
     o("r_macau", LEUNG, 10, danger=True)),
    ("owazhtw", "resend_request", None, "您好，\n\n核數師要求發票上要有我司嘅澳門商業登記編號（SO 12345），請重新開具發票，收到後即安排付款。\n\n美記餅家 會計部",
     o("r_macau", MOACCT, 16)),
    ("gmailtw", "paid", None, "王先生，剩餘的22萬已於今日匯出，謝謝您的耐心。" + PT_SIG, o("r_pingtung", CHENML, 21, note="the rest of a part payment")),
    ("olzhtw", "paid", None, "王生，餘數六萬八今日已經入咗你哋戶口，請查收。\n\n何美玲", o("r_macau", HO, 21)),
]

INTL: list[tuple] = [
    # Penang semiconductor test house (Milestone 2, USD 46,500)
    ("olen", "promise", D(10), "Hi Wang Ming,\n\nNoted with thanks. The payment has been scheduled in our payment run on 10/12/2026 (Thursday). Kindly note we will bank in via TT, bank charges OUR." + OOI_SIG,
     o("r_penang", OOI, note="10/12/2026 day-first in Malaysia")),
    ("olen", "resend_request", None, "Hi,\n\nKindly re-send the invoice with our PO number PG-PO-26-0881 stated. Our system will auto-reject invoices without PO, so this payment cannot be processed yet." + OOI_SIG,
     o("r_penang", OOI, 7)),
    ("owaen", "paid", None, "Dear Wang,\n\nPayment of USD 46,500.00 has been remitted today, value date 11/12. Please find the TT slip attached.\n\nTan Kok Hin\nFinance Manager",
     o("r_penang", TANKH, 11, atts=["TT_slip.pdf"])),
    ("owaen", "dispute", None, "Dear Wang,\n\nThe yield-report module still mis-counts bin 7 rejects. Our QA manager will not sign off the UAT until this is fixed, so Milestone 2 is on hold. Please don't take this as a refusal to pay - once the fix is verified we will release it.\n\nTan Kok Hin",
     o("r_penang", TANKH, 3)),

    # Jeddah pilgrimage travel agency (Final payment USD 28,000); week Sunday-Thursday
    ("gmailen", "promise", D(3), "Dear Mr Wang,\n\nThank you for your reminder. We are in the peak of Umrah season and our finance team is very busy. Payment will be done by end of this week inshallah.\n\nBest regards,\nFaisal Al-Harbi\nZamzam Travel & Tourism, Jeddah",
     o("r_jeddah", HARBI, note="end of the week = Thursday (Sunday-Thursday week)")),
    ("android", "paid", None, "Sir,\nPayment is done yesterday from Al Rajhi bank, please see the attachment.\nYasser",
     o("r_jeddah", YASSER, 8, atts=["transfer_receipt.jpg"])),
    ("gmailen", "more_time", None, "Dear Mr Wang,\n\nKindly give us 30 more days. The payments from the Nusuk platform to us are delayed this month and we cannot pay suppliers before they arrive.\n\nRegards,\nFaisal",
     o("r_jeddah", HARBI, 6, note="'30 more days' counts from the due day: null; a Sunday reply")),
    ("gmailen", "bank_question", None, "Dear Mr Wang,\n\nOur bank (SNB) requires the IBAN of your account for the transfer. I think China does not use IBAN? Please advise what we should put in that field.\n\nFaisal",
     o("r_jeddah", HARBI, 8)),
    ("android", "partial_payment", None, "Dear Sir,\nWe transferred USD 14,000 today being 50% of the amount. Balance early next month.\nYasser",
     o("r_jeddah", YASSER, 13)),
    ("gmailen", "bank_question", None, "Dear Mr Wang,\n\nPlease see my question below in your mail.\n\nFaisal",
     o("r_jeddah", HARBI, 3, inline=("Account number:", "[Faisal] Is this account in USD or CNY? We can only send USD."), note="the question is inline in the quote")),

    # Phnom Penh microfinance (Mid-term payment USD 35,200)
    ("owaen", "promise", D(15), "Dear Mr Wang Ming,\n\nWe would like to inform you that the payment is under the approval of our CEO and Board Credit Committee. We expect to transfer on 15-Dec-2026." + SOKHA_SIG,
     o("r_phnompenh", SOKHA)),
    ("gmailapp", "dispute", None, "Dear Sir,\n\nWe are not yet pay because the app crash when our loan officers use offline mode in the provinces. Please fix first, then we pay.\n\nVannak\nIT Dept",
     o("r_phnompenh", VANNAK, 3, danger=True, note="'not yet pay' with a quality reason")),
    ("owaen", "paid", None, "Dear Mr Wang,\n\nPlease be informed that we have made the payment of USD 35,200.00 via ABA Bank on 08 Dec 2026. Attached is the remittance." + SOKHA_SIG,
     o("r_phnompenh", SOKHA, 9, atts=["remittance.pdf"])),
    ("gmailapp", "resend_request", None, "Hello,\n\nOur auditor needs the original tax invoice showing our VAT TIN (K001-901234567). Can you send the hard copy by DHL? We cannot pay on a scanned copy.\n\nVannak",
     o("r_phnompenh", VANNAK, 4)),
    ("owaen", "acceptance", None, "Dear Mr Wang,\n\nWe confirm that the loan origination app passed UAT on 9 Dec and is accepted by our side. The signed sign-off sheet is attached." + SOKHA_SIG,
     o("r_phnompenh", SOKHA, 10, atts=["UAT_signoff.pdf"])),

    # Riga logistics (Delivery payment EUR 22,400, second reminder)
    ("tben", "paid", None, "Hello,\n\nthe payment was made 27.11.2026, SWIFT transfer from Swedbank. Maybe it is stuck at the intermediary. Please check again.\n\nBR,\nJānis",
     o("r_riga", OZOLS, below=True)),
    ("tben", "promise", D(14), "Hi,\n\nwe will pay on 14.12. after our board approves the budget on 11.12.\n\nJānis",
     o("r_riga", OZOLS, 7, below=True, note="two dates: the board's 11.12. is no payment day")),
    ("olen", "bank_question", None, "Dear Wang Ming,\n\nOur bank returned the payment with 'beneficiary name mismatch'. Is the exact name 'Example Tech Co., Ltd.' or 'Example Technology Co Ltd'? Please confirm with a letter from your bank.\n\nIlze Bērziņa\nChief Accountant, Baltrail Logistics SIA",
     o("r_riga", BERZINA, 3, danger=True, note="a returned payment: not paid")),
    ("tben", "more_time", None, "Hello Wang,\n\ncan we pay in January? The year-end closing is difficult for us. Please let me know if that is ok.\n\nJānis",
     o("r_riga", OZOLS, 9, below=True)),
    ("olen", "partial_payment", None, "Dear Wang Ming,\n\nToday we transferred EUR 11,200.00 (50 %), as agreed with your sales manager. The rest after the dashboard is translated into Latvian.\n\nIlze Bērziņa",
     o("r_riga", BERZINA, 16)),

    # Houston oilfield services (Phase 1 payment USD 64,000), US month-first
    ("olen", "promise", D(18), "Wang,\n\nThanks for the heads up. Your invoice got approved in Coupa last week. We pay by ACH on Net 45 from invoice date, so it should hit your account 12/18. Holler if it doesn't." + DALE_SIG,
     o("r_houston", DALE, note="12/18 month-first")),
    ("iosen", "paid", None, "Y'all got paid last Friday. Check with your bank.",
     o("r_houston", DALE, 3)),
    ("olen", "resend_request", None, "Hello,\n\nInvoices emailed to individual employees are not processed. Please resubmit invoice INV-2026-0412 through our Coupa supplier portal so it can be matched to PO 4500088213.\n\nThank you,\nBrenda Kowalski\nAccounts Payable Specialist",
     o("r_houston", BRENDA, 4)),
    ("olen", "dispute", None, "Wang,\n\nWe've got a problem. The field ticket module double-billed three of our customers in November and my guys spent a week cleaning it up. I'm not paying Phase 1 until we sit down and talk about credits." + DALE_SIG,
     o("r_houston", DALE, 9)),
    ("iosen", "other", None, "On a rig in the Gulf till Thursday, spotty signal. Will look at this when I'm back.",
     o("r_houston", DALE, 14, note="an absence's end is no payment day")),
    ("olen", "paid", None, "Hello,\n\nPayment of $64,000.00 was released via ACH today, trace number 021000028839117. Remittance advice attached.\n\nBrenda Kowalski\nAccounts Payable Specialist",
     o("r_houston", BRENDA, 18, atts=["remittance.pdf"])),

    # Speyside distillery (Installation payment GBP 18,750, due today)
    ("appleen", "promise", D(11), "Morning Wang,\n\nAye, it's in the system. Accounts run payments on a Friday, so you'll have it Friday week at the latest.\n\nCheers,\nCallum",
     o("r_speyside", CALLUM, note="Friday week said on Wednesday 2nd")),
    ("olenplain", "partial_payment", None, "Dear Wang Ming,\n\nWe have paid GBP 9,375.00 today, being the first half of the installation payment. The balance will follow once the bonded warehouse module passes HMRC's review in January.\n\nKind regards,\nMorag Duncan\nAccounts, Glen Avonside Distillery\n01340 881 204",
     o("r_speyside", MORAG, 3)),
    ("appleen", "dispute", None, "Wang,\n\nThe tracker lost fourteen casks off the warehouse 3 count last week. HMRC are coming in January. I'll not be paying for the installation until that's sorted, sorry.\n\nCallum",
     o("r_speyside", CALLUM, 7)),
    ("olenplain", "bank_question", None, "Dear Wang Ming,\n\nOur bank asks for the beneficiary bank's full address and a CNAPS code for a sterling payment to China. Could you send them, please?\n\nMorag Duncan\nAccounts",
     o("r_speyside", MORAG, 10)),
    ("appleen", "acceptance", None, "Wang,\n\nThe lads signed off the installation at the Ballindalloch warehouses this morning. All good - consider it accepted.\n\nCallum",
     o("r_speyside", CALLUM, 11)),
    ("appleen", "paid", None, "Wang - that's the balance away the now. Should be with you Monday.\n\nCallum",
     o("r_speyside", CALLUM, 17, note="Scots 'away the now' = sent just now; Monday is the arrival")),

    # Colombo tea-auction broker (Mid-term payment USD 19,600)
    ("gmailapp", "promise", D(15), "Dear Mr Wang,\n\nWith reference to the above, kindly note that the payment will be effected on or before 15th December 2026 after the auction proceeds are received.\n\nThanking you,\nRuwan Perera\nDirector, Ceylon Leaf Brokers (Pvt) Ltd\n+94 11 230 4455",
     o("r_colombo", RUWAN)),
    ("olenplain", "paid", None, "Dear Sir,\n\nPlease be informed that the payment was remitted on 01/12/2026 through Commercial Bank of Ceylon. Kindly acknowledge receipt.\n\nDilani Fernando\nAccounts Executive",
     o("r_colombo", DILANI)),
    ("gmailapp", "more_time", D(21), "Dear Mr Wang,\n\nDue to the Poya holiday and the auction being postponed, we kindly request you to grant us two more weeks. We will do the needful.\n\nRuwan",
     o("r_colombo", RUWAN, 7, note="two more weeks = day + 14")),
    ("olenplain", "other", None, "Dear Sir,\n\nMr Perera is overseas and will be back in office on 21st December. Your mail has been forwarded to our Finance Director Mr Jayasuriya for necessary action.\n\nDilani Fernando\nAccounts Executive",
     o("r_colombo", DILANI, 9, danger=True, note="forwarded, absence end is no payment day")),
    ("gmailapp", "promise", D(10), "Dear Mr Wang,\n\nSorry, further to my below mail, the payment could not be done last week due to the bank holiday. Now it is scheduled on 10/12.\n\nRuwan",
     o("r_colombo", RUWAN, 7, earlier="Dear Mr Wang,\n\nPayment will be done next week.\n\nRuwan", note="its own earlier answer quoted; 10/12 day-first")),
    ("gmailapp", "paid", None, "Dear Mr Wang,\nPayment done today. Swift copy attached.\nRuwan",
     o("r_colombo", RUWAN, 15, atts=["swift_copy.pdf"])),
    # more: dictation, a forwarded approver's hold, hand-offs, a cheque in the post
    ("iosen", "paid", None, "Sent the check via fed ex yesterday tracking 7789 1234 5566 should be there by Monday",
     o("r_houston", DALE, 9, note="voice dictation; Monday is arrival")),
    ("olen", "promise", D(10), "Hello,\n\nYour invoice is scheduled for our 12/10 check run. Checks are mailed the same day.\n\nThank you,\nBrenda Kowalski\nAccounts Payable Specialist",
     o("r_houston", BRENDA, 7, note="12/10 month-first")),
    ("tben", "resend_request", None, "Hello,\n\nwe did not receive an invoice for the delivery payment, only your reminders. Please send the invoice, then we pay within 10 days.\n\nJānis",
     o("r_riga", OZOLS, 4, below=True, note="not paid because no invoice")),
    ("gmailen", "other", None, "Dear Mr Wang,\n\nI have moved to our Madinah branch. Please contact Mr Yasser (yasser.acc@zamzamtravel.sa) for the payments, he is in copy.\n\nFaisal",
     o("r_jeddah", HARBI, 9, note="a hand-off")),
    ("gmailapp", "partial_payment", None, "Dear Sir,\n\nWe have remitted USD 9,800/- being 50% of the invoice. Balance will be settled after the next auction on 14th.\n\nRuwan",
     o("r_colombo", RUWAN, 10)),
    ("appleen", "promise", None, "Aye, no bother. I'll get Morag to sort it.\n\nSent from my iPad",
     o("r_speyside", CALLUM, 2, note="will pay, no day named")),
    ("olen", "dispute", None, "Hi Wang Ming,\n\nFYI, please see below from our approver.\n\n-----Original Message-----\nFrom: Lim Boon Keat <bk.lim@kestrel-test.com.my>\nSent: Wednesday, December 2, 2026 10:05 AM\nTo: Ooi Mei Ling <ml.ooi@kestrel-test.com.my>\nSubject: RE: Milestone 2 payment\n\nMei Ling, please hold this payment until the MES interface passes the customer audit. BK" + OOI_SIG,
     o("r_penang", OOI, 2, danger=True, note="a forwarded hold until a condition is met")),
    ("owaen", "other", None, "Dear Mr Wang,\n\nWell received. I will check with our treasury team and revert.\n\nBest regards,\nChan Sokha",
     o("r_phnompenh", SOKHA, 3, note="no commitment")),
    # later days
    ("olen", "promise", D(29), "Dear Wang Ming,\n\nThe remaining EUR 11,200.00 will be paid on 2026-12-29; the Latvian translation was accepted today.\n\nIlze Bērziņa", o("r_riga", BERZINA, 21, note="ISO date; 'accepted' is about a translation")),
    ("olen", "promise", D(24), "Wang,\n\nShould be able to get this out by Christmas Eve, but don't hold me to it." + DALE_SIG, o("r_houston", DALE, 21, note="a hedged day is still the day named")),
    ("gmailen", "more_time", D(30), "Dear Mr Wang,\n\nWe are waiting for the bank to release the foreign currency. Please bear with us for another two weeks.\n\nFaisal", o("r_jeddah", HARBI, 16, note="another two weeks = day + 14")),
    ("olenplain", "resend_request", None, "Dear Sir,\n\nKindly note that we have not received your invoice No. INV-CB-0116 for the balance. Please send a copy to enable us to process the payment.\n\nDilani Fernando\nAccounts Executive", o("r_colombo", DILANI, 21)),
    ("olen", "dispute", None, "Hi,\n\nPayment for Milestone 2 is on hold pending the credit note for the 3 days of test-floor downtime (USD 1,500.00). Please issue the CN and we will pay the net amount." + OOI_SIG, o("r_penang", OOI, 16, note="amount disputed by a credit note")),
]
# fmt: on
