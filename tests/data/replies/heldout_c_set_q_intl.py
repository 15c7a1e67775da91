"""Held-out set Q: Traditional, Cantonese and English replies, and the machine mail.

A Hualien marble quarry (Traditional, 民國 years, Big5 Outlook), a Hong Kong printing
house (Cantonese in Big5-HKSCS), and clients writing English from Reykjavik, Casablanca
(French habits), Tashkent, Fiji, Chicago (month-first dates) and Accra (Ghanaian English),
each answering its own reminder (``heldout_c_threads_q.py``); machine mail from
``heldout_c_machine_q.py`` and ``heldout_c_machine_q_auto.py``. Dates count from the reply's day in the sender's zone.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_q_auto import MACHINE
from heldout_c_threads_q import o


def d(m: int, day: int, y: int = 2026) -> date:
    return date(y, m, day)


HL_YE = ("葉明哲", "mingzhe.ye@hlmarble.com.tw")
HL_LIN = ("林淑惠", "sh.lin@hlmarble.com.tw")
HK_TANG = ("鄧嘉欣", "karen.tang@wingfatprinting.com.hk")
HK_HO = ("何志強", "ho.chikeung@gmail.com")
RK_SIG = ("Sigríður Sigurðardóttir", "sigga@nordurfiskur.is")
RK_AP = ("Norðurfiskur Accounts", "bokhald@nordurfiskur.is")
CA_KB = ("Karim Bennani", "k.bennani@atlastextile.ma")
CA_AL = ("Salma Alaoui", "s.alaoui@atlastextile.ma")
TK_RK = ("Rustam Karimov", "r.karimov@uzpaxta-trade.uz")
TK_AC = ("Dilnoza Yusupova", "accounting@uzpaxta-trade.uz")
FJ_PN = ("Priya Naidu", "accounts@coralcoveresort.com.fj")
CH_AK = ("Anna Kowalski", "akowalski@brightsmiledental.com")
CH_AP = ("Tyler Brooks", "ap@brightsmiledental.com")
AC_KM = ("Kwame Mensah", "kwame.mensah@goldcoastcocoa.com.gh")
AC_AB = ("Abena Owusu", "abena.owusu@goldcoastcocoa.com.gh")

SIG_CH = "\n\nAnna Kowalski, DDS\nChief Operating Officer | BrightSmile Dental Partners\n(312) 555-0148 | 11 locations across Chicagoland\nOffices closed 12/24 - 12/26"
SIG_AC = "\n\nKwame Mensah\nFinance Manager\nGold Coast Cocoa Trading Ltd\n+233 24 412 7730 | Tema, Community 1"

HANT: list[tuple] = [
    # --- Hualien marble quarry (Traditional, 民國 years)
    ("owazhtw", "paid", None, "王經理您好：\n\n中期款已於民國115年11月30日匯出，匯款水單如附件，請查收。\n\n林淑惠\n花蓮太魯石材股份有限公司　會計部\nTEL：03-8261-335 分機 12", o("q_hualien", 2, HL_LIN, atts=["匯款水單.pdf"])),
    ("owazhtw", "promise", d(12, 14), "王經理您好，\n本公司付款條件為月結60天，發票日期為10月15日，依約應於12月14日付款，屆時會準時匯出。\n\n葉明哲", o("q_hualien", 2, HL_YE)),
    ("gmailtw", "dispute", None, "王經理：\n排程系統在颱風過後一直無法同步，礦區現場完全不能用，已經兩個禮拜了。請先派工程師來處理，處理完畢我們再付款。", o("q_hualien", 3, ("葉明哲", "mingzhe.ye@gmail.com"))),
    ("ioszhtw", "other", None, "好的 收到 我請會計處理", o("q_hualien", 2, HL_YE)),
    ("olmobtw", "bank_question", None, "王經理您好，想請問匯費是由哪一方負擔？我們這邊匯款銀行會內扣手續費。另外匯款單要填受款銀行的SWIFT code，麻煩提供，謝謝。", o("q_hualien", 2, HL_LIN)),
    ("owazhtw", "partial_payment", d(1, 15, 2027), "王經理您好：\n\n本期先匯一半新台幣31萬元，餘款預計民國116年1月15日前匯出，敬請見諒。\n\n林淑惠 敬上", o("q_hualien", 4, HL_LIN, danger=True, note="ROC year 116 = 2027")),
    ("owazhtw", "more_time", None, "王經理您好：\n\n今年礦區因環評停工兩個月，公司營收受到影響，中期款能否延到農曆年後再付？\n\n葉明哲\n花蓮太魯石材股份有限公司\n民國115年12月7日", o("q_hualien", 7, HL_YE, note="signature date 民國115年12月7日 is no promise")),
    # --- Hong Kong printing house (Cantonese, Big5-HKSCS)
    ("olzhtw", "paid", None, "王生你好，\n\n我哋已經用轉數快過咗HK$58,000，今朝十點幾過嘅，麻煩你查下。\n\n鄧嘉欣\n永發柯式印刷有限公司\nTel: 2389 4471", o("q_hkprint", 2, HK_TANG)),
    ("ioszhtw", "promise", d(12, 11), "何生話下個禮拜五先開支票，你哋要派人嚟攞定係寄畀你？", o("q_hkprint", 2, HK_HO)),
    ("gmailtw", "dispute", None, "王生，報價模組計錯紙價，成個月啲單價都唔啱，我哋蝕咗唔少。呢期款要等你哋改好先至畀。", o("q_hkprint", 3, HK_HO)),
    ("olzhtw", "promise", d(12, 8), "唔好意思，我哋仲未畀，因為會計放緊假，佢返嚟之後即刻處理，應該係12月8號左右。\n\n鄧嘉欣", o("q_hkprint", 2, HK_TANG, danger=True, note="仲未畀 = not paid yet")),
    ("owazhtw", "bank_question", None, "王生，請問你哋有冇香港嘅戶口？匯去大陸啲銀行要收手續費，可唔可以用港紙入返香港戶口？", o("q_hkprint", 2, ("鄧嘉欣", "karen.tang@wingfatprinting.onmicrosoft.com"))),
    ("gmailtw", "promise", d(12, 31), "王生，我哋老細今日先出咗糧，你哋嗰期款要等到月尾（31號）先過到數，唔好意思。", o("q_hkprint", 7, ("Karen Tang", "karentang.wf@gmail.com"), danger=True, note="出咗糧 = wages paid, not this invoice")),
    ("ioszhtw", "paid", None, "支票今日寄咗出去，Cheque No. 004172，應該聽日或者後日收到。", o("q_hkprint", 9, HK_HO, note="cheque posted: paid")),
]  # fmt: skip

EN: list[tuple] = [
    # --- Reykjavik fish exporter
    ("olen", "paid", None, "Hi Wang,\n\nThe payment was sent today via SEPA, please find the remittance attached.\n\nBest regards,\nSigga", o("q_reykjavik", 2, RK_SIG, atts=["remittance.pdf"])),
    ("gmailen", "promise", d(12, 15), "Hello,\n\nWe pay suppliers on the 1st and the 15th of the month. Yours is in the run of 15.12.2026.\n\nKveðja,\nNorðurfiskur bókhald", o("q_reykjavik", 2, RK_AP)),
    ("owaen", "promise", None, "Sorry for the delay - the herring season has kept our CFO at sea. He is back on Monday 7 December and the payment will go out the same week.", o("q_reykjavik", 2, RK_SIG, note="an absence's end; 'the same week' names no day")),
    ("tben", "dispute", None, "We do dispute it. The invoice is in euros at an exchange rate we never agreed. The contract says EUR 16,800, not 18,400. Please send a corrected invoice.\n\nSigríður", o("q_reykjavik", 3, RK_SIG, below=True)),
    ("olenplain", "bank_question", None, "Hello,\n\nCould you confirm an IBAN or the correspondent bank for this account? Landsbankinn cannot send EUR to a Chinese account number without it.\n\nRegards\nBókhald / Accounts\nNorðurfiskur ehf. | Grandagarður 14, 101 Reykjavík | +354 552 8190", o("q_reykjavik", 2, RK_AP)),
    ("iosen", "paid", None, "Paid.", o("q_reykjavik", 3, RK_SIG)),
    # --- Casablanca textile buyer (French habits)
    ("olen", "paid", None, "Hello Mr Wang,\n\nI confirm you that the virement was done the 27/11/2026 by Attijariwafa Bank. Please find attached the avis de débit.\n\nCordially,\nKarim Bennani\nAtlas Textile Sourcing SARL", o("q_casablanca", 2, CA_KB, atts=["avis_de_debit.pdf"])),
    ("gmailen", "dispute", None, "Dear Mr Wang,\n\nWe have received the delivery but the portal still don't show the stock of our Tanger warehouse. As written in the annex 2, the delivery payment is due when this module works. We will pay at this moment.\n\nBest regards,\nKarim", o("q_casablanca", 2, ("Karim Bennani", "karim.bennani.atlas@gmail.com"))),
    ("owaen", "promise", d(12, 15), "Good morning,\n\nThe payment will be executed before the 15/12/2026 at the latest.\n\nSalma Alaoui\nComptabilité / Accounting", o("q_casablanca", 2, CA_AL)),
    ("android", "promise", None, "I am in Paris until the 9 december. Mme Alaoui will send you the transfer at my return.\n\nK. Bennani", o("q_casablanca", 3, CA_KB, note="'at my return' names no day")),
    ("olenplain", "partial_payment", None, "Dear Sir,\n\nWe paid 7 100 USD this week, the rest (7 100 USD) will be paid in January after our inventory.\n\nSalutations,\nS. Alaoui", o("q_casablanca", 4, CA_AL, danger=True)),
    ("owaen", "resend_request", None, "Hello,\n\nCan you send us again the invoice with our ICE number written on it? Without the ICE our accountant refuses it.\n\nThank you in advance,\nSalma Alaoui", o("q_casablanca", 7, CA_AL)),
    # --- Tashkent cotton buyer (second reminder)
    ("olen", "promise", d(12, 18), "Dear Wang Ming,\n\nThe first instalment is now on currency control in our bank. After the bank registers the contract, payment will be made till 18.12.2026.\n\nWith respect,\nRustam Karimov", o("q_tashkent", 2, TK_RK)),
    ("gmailen", "paid", None, "Hello. Payment made 30.11.2026, swift copy is attached.\n\nDilnoza", o("q_tashkent", 2, ("Dilnoza Yusupova", "dilnoza.yusupova88@gmail.com"), atts=["swift_copy.pdf"])),
    ("mmen", "bank_question", None, "Good day. Our bank is asking the intermediary bank in USD for your bank. Please send it.", o("q_tashkent", 2, TK_AC)),
    ("owaen", "resend_request", None, "Dear Sir,\n\nWe need the act of completed works signed and stamped from your side. Without this act our accountant cannot make the payment. Please send the act by email and original by DHL.\n\nRegards,\nDilnoza Yusupova", o("q_tashkent", 3, TK_AC)),
    ("olmoben", "more_time", None, "Sorry, our company cannot pay now, the harvest is late this year and the cotton is not sold. We ask you to postpone the payment for 2 months.", o("q_tashkent", 2, TK_RK)),
    ("n163en", "paid", None, "Dear Wang,\nToday we transferred USD 22,000.00 to your account. Bank charges OUR.\nDilnoza", o("q_tashkent", 8, ("Dilnoza", "d_yusupova@163.com"))),
    # --- Fiji resort
    ("gmailen", "promise", d(12, 4), "Bula Wang,\n\nApologies, our GM is away till next week. Payment has been approved and will be made this Friday.\n\nVinaka,\nPriya", o("q_fiji", 2, ("Priya Naidu", "priya.naidu.fj@gmail.com"), danger=True, note="approved is not paid")),
    ("iosen", "paid", None, "Vinaka, paid this morning via ANZ. Remittance to follow.", o("q_fiji", 3, FJ_PN)),
    ("olen", "partial_payment", d(12, 18), "Hi Wang,\n\nWe have only received half of our funds from the owners' account this month. We've paid USD 4,800 today and the other half will follow by 18/12.\n\nKind regards,\nPriya Naidu\nAccounts | Coral Cove Resort & Spa, Coral Coast", o("q_fiji", 2, FJ_PN, danger=True)),
    ("owaen", "dispute", None, "Hi,\n\nThe booking engine double-booked 14 rooms over the long weekend and we had to move guests to another property at our cost. Until that is sorted out and the relocation cost agreed, we are holding the final payment.\n\nPriya", o("q_fiji", 2, FJ_PN)),
    ("olmoben", "resend_request", None, "Could you please resend the final invoice? It went to our old reservations@ address which nobody checks anymore.", o("q_fiji", 7, FJ_PN)),
    # --- Chicago dental-clinic chain (US dates)
    ("olen", "promise", d(12, 10), "Hi Wang,\n\nWe received the invoice. Our AP runs checks on Thursdays; this one is on the 12/10 check run."+SIG_CH, o("q_chicago", 2, CH_AK, note="US month-first 12/10; signature dates")),
    ("gmailen", "paid", None, "ACH sent today. Confirmation #0049381 for $31,500.00.\n\nTyler Brooks | Accounts Payable", o("q_chicago", 2, ("Tyler Brooks", "tyler.brooks.ap@gmail.com"))),
    ("owaen", "dispute", None, "Milestone 3 was supposed to include recall texting for all 11 locations. Only 6 are live. We'll release payment once the remaining five offices are up and running."+SIG_CH, o("q_chicago", 2, CH_AK)),
    ("iosen", "other", None, "Forwarding to our AP team - Tyler, can you take care of this?\n\nThanks,\nAnna", o("q_chicago", 2, CH_AK, danger=True, note="hand-off, nothing done yet")),
    ("olenplain", "bank_question", None, "Hi,\n\nWe aren't set up to send international wires; our policy is ACH for domestic vendors. Do you have a US bank account or an ACH routing number we can use?\n\nThanks,\nTyler Brooks\nAccounts Payable, BrightSmile Dental Partners\n(312) 555-0163", o("q_chicago", 2, CH_AP)),
    ("gmailapp", "more_time", None, "We can do $15,750 now and the rest on 1/15/2027 when our new budget opens. Would that work for you?", o("q_chicago", 3, ("Anna Kowalski", "anna.kowalski.dds@gmail.com"), note="a proposal, nothing paid; a plan of two parts")),
    ("appleen", "paid", None, "Payment went out yesterday (12/3) by ACH, trace 071000013829471. Let me know if it doesn't show by Monday.\n\nTyler", o("q_chicago", 4, CH_AP)),
    # --- Accra cocoa trader (a demand letter)
    ("olen", "paid", None, "Good day Sir,\n\nThe payment has been effected yesterday through Ecobank. Kindly find attached the transfer slip for your perusal."+SIG_AC, o("q_accra", 2, AC_KM, atts=["transfer_slip.jpg"])),
    ("gmailen", "promise", d(12, 18), "Dear Wang,\n\nPlease exercise patience with us. The Cocobod syndicated loan has not been disbursed yet and we are all waiting. By God's grace we will pay latest by 18th December.\n\nKwame", o("q_accra", 2, ("Kwame Mensah", "kwamemensah.gcc@gmail.com"))),
    ("android", "other", None, "Am in the bush at Sefwi, network is bad. I will call you when I come to Accra.", o("q_accra", 2, AC_KM)),
    ("owaen", "dispute", None, "We don't owe this amount. We paid the cedi equivalent in October to your agent Mr. Osei in Kumasi. Check with him before you send us a demand letter."+SIG_AC, o("q_accra", 3, AC_KM, danger=True, note="paid to an agent: disputes the debt")),
    ("mmen", "partial_payment", None, "Good afternoon. Boss said I should pay half now and the remaining next month. USD 8,375 has been sent this afternoon.\n\nAbena", o("q_accra", 2, AC_AB, danger=True)),
    ("olen", "acceptance", None, "Hello Wang,\n\nWe have tested the purchase ledger at the Tema depot and we are satisfied. Please take this mail as our acceptance of the system.\n\nRegards,\nAbena Owusu", o("q_accra", 7, AC_AB)),
]  # fmt: skip

INTL: list[tuple] = HANT + EN + MACHINE
