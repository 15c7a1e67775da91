"""Held-out set J, Traditional Chinese and English part: written blind to the classifier.

A Taipei bubble-tea franchisor (Big5 Outlook, ROC years, month-first slashes), a Hong Kong
rowing club (Cantonese, HKSCS 滙, day-first slashes), a Shanghai fund administrator writing
English, an Australian fleet-software buyer in Perth, a Montreal game studio, a Lagos
telecom and a Geneva watch retailer (dotted dates). Labels as in heldout_c_set_j.
"""

from __future__ import annotations

import heldout_c_machine_j as mj
from heldout_c_threads_j import d, j

D = True  # dangerous category

HANT_J = [
    # --- 茶聚國際股份有限公司 (Taipei bubble-tea franchisor) ---
    j("j_boba", "olzhtw", "paid", None,
      "王經理您好：\n\n第二期款 NT$380,000 已於 12/1 匯出（玉山銀行），匯款單如附件，請查收。\n\n林淑惠\n茶聚國際 財務部",
      atts=["匯款單20261201.pdf"]),
    j("j_boba", "owazhtw", "promise", d(2026, 12, 15),
      "王經理您好，第二期款預計於 12/15 付款（本公司每月15日及月底各付款一次），謝謝。\n\n陳建宏"),
    j("j_boba", "gmailtw", "dispute", None,
      "王經理，加盟店管理系統的 POS 串接到現在還有 12 家門市無法上傳營業額，總部已經兩週無法對帳。"
      "這期款項在問題解決前我們暫不支付，請儘速安排工程師處理。\n\nVivian", danger=D),
    j("j_boba", "olmobtw", "more_time", None,
      "王經理，年底展店多，現金比較緊，第二期款是否可以分兩次，12月底先付一半，1月底再付另一半？再麻煩回覆。",
      note="instalments: no single day"),
    j("j_boba", "olzhtw", "dispute", None,
      "王經理您好：\n\n貴司開立的發票統一編號有誤，應為 24536817（貴司開成 24536871），買受人名稱請開「茶聚國際股份有限公司」。"
      "此張發票我們無法入帳，請作廢重開，收到正確發票後才能安排付款。\n\n林淑惠", danger=D,
      note="wrong tax number on our invoice"),
    j("j_boba", "owazhtw", "acceptance", None,
      "王經理：\n\n加盟店管理系統第二期功能已於 11/27 完成驗收，驗收單已用印，掃描檔如附件。\n\n陳建宏",
      atts=["驗收單_第二期.pdf"]),
    j("j_boba", "gmailtw", "other", None,
      "您好，我是加盟部的 Vivian，付款不是我負責，已經轉給財務林小姐處理了。", danger=D, note="轉給: a hand-off"),
    j("j_boba", "owazhtw", "bank_question", None,
      "王經理您好：\n\n這次催款信上的收款帳戶是香港的銀行，但合約上是杭州的帳戶，請問貴公司是否變更了收款帳戶？"
      "為確保安全，請提供公司用印的帳戶變更函，我們確認後再付款。\n\n陳建宏", danger=D),
    j("j_boba", "olzhtw", "dispute", None,
      "王經理，這期款我們不會付。合約附件二寫明第二期款以全台 50 家門市上線為條件，目前只上線 31 家。\n\n林淑惠",
      danger=D),
    j("j_boba", "owazhtw", "promise", d(2026, 12, 10),
      "王經理您好：第二期款已簽核完成，預計於115年12月10日付款。\n\n陳建宏", note="ROC year 115 = 2026"),
    # --- 維港划艇會 (Hong Kong rowing club; Cantonese) ---
    j("j_hkclub", "ioszhtw", "paid", None,
      "王生，尾數已經今朝用滙豐網上理財過咗數，參考編號 FRN20261202HK0093871，唔該查收。"),
    j("j_hkclub", "gmailtw", "partial_payment", None,
      "Hi 王生，會方董事會只批咗六萬，上星期五已經過咗 HK$60,000，餘下 HK$26,000 要等一月董事會再批。唔好意思。\n\nTreasurer",
      danger=D),
    j("j_hkclub", "olzhtw", "promise", d(2026, 12, 15),
      "王先生：\n\n尾數將於 15/12 以支票支付，屆時會寄到貴司香港辦事處。\n\n維港划艇會 秘書處", note="day-first in HK"),
    j("j_hkclub", "olmobtw", "dispute", None,
      "王生，場地預約系統上個禮拜又出事，會員book咗嘅場俾人double book，我哋唔會俾尾數住，等你哋搞掂先。",
      danger=D),
    j("j_hkclub", "ioszhtw", "more_time", d(2027, 1, 31),
      "王生，年尾會計要做audit，啲錢要等audit完先批得到，可唔可以寬限到一月尾？"),
    j("j_hkclub", "gmailtw", "promise", d(2026, 12, 3),
      "Hi 王生，treasurer 已經 sign 咗張cheque，聽日寄出。", note="cheque posted tomorrow: not yet paid"),
    j("j_hkclub", "ioszhtw", "other", None, "收到，我轉咗俾司庫跟進。", danger=D, note="轉咗 is a hand-off"),
    j("j_hkclub", "olzhtw", "auto_reply", None, "", danger=D,
      raw=lambda r: mj.ooo(r, subject_prefix="自動回覆: ", charset="big5", name_cs="big5", utc=True, text=(
          "多謝來郵。秘書處於12月1日至12月4日暫停辦公，郵件將於12月7日起處理。"
          "如有緊急事項，請致電 2345 6789。"), headers=(
          "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Inbox-Rules-Loop: secretary@vhrowing.org.hk"))),
]  # fmt: skip

EN_J = [
    # --- Lujiazui Fund Services (Shanghai fund administrator, writes English) ---
    j("j_fund", "olen", "paid", None,
      "Dear Wang Ming,\n\nPlease be informed that the payment of USD 28,500.00 was remitted on 1 Dec 2026 via "
      "Bank of China Shanghai Branch. Please find the MT103 attached.\n\nBest regards,\nShen Yiwen\n"
      "Fund Accounting | Lujiazui Fund Services Co., Ltd.\nT: +86 21 6888 1234", atts=["MT103_LFS-2026-05.pdf"]),
    j("j_fund", "exmailen", "dispute", None,
      "Hi Wang Ming,\n\nUAT sign-off has not been given. Our UAT log still shows 4 open Sev-2 defects on the FX rate "
      "feed. Per SOW section 5.2 the UAT payment is due only upon written sign-off, so this invoice is not payable "
      "yet. Please hold further reminders until the defects are closed.\n\nAP Team", danger=D),
    j("j_fund", "qqappen", "promise", d(2026, 12, 8),
      "Hi, finance confirmed the payment will go out next Tuesday. Thanks"),
    j("j_fund", "n163en", "more_time", d(2026, 12, 16),
      "Dear Wang,\n\nThe outward USD remittance needs the service-trade tax filing first and our bank asked for "
      "additional documents. We need two more weeks. Sorry for the delay.\n\nShen Yiwen"),
    j("j_fund", "olen", "resend_request", None,
      "Dear Mr. Wang,\n\nOur custodian bank requires a commercial invoice showing your SWIFT code and the full bank "
      "address for the outward remittance. Could you reissue the invoice with those details? We will process the "
      "payment on receipt.\n\nShen Yiwen"),
    j("j_fund", "exmailen", "paid", None, "Please see my comment inline.",
      inline=("Due date:", "[Shen Yiwen] Paid on 30 Nov, remittance advice attached."),
      atts=["Remittance_Advice_LFS_20261130.pdf"]),
    j("j_fund", "olen", "promise", d(2026, 12, 7),
      "Dear Wang Ming,\n\nThe payment was approved today and will be released within 3 business days.\n\nRegards,\nShen Yiwen"),
    j("j_fund", "qqappen", "acceptance", None,
      "Hi Wang, UAT was signed off yesterday, sign-off memo attached. AP will process per contract.",
      atts=["UAT_Signoff_LFS-2026-05.pdf"]),
    # --- Karratha Fleet Software (Perth; day-first) ---
    j("j_ausmine", "olen", "promise", d(2026, 12, 10),
      "Hi Wang,\n\nThanks for the reminder. Invoice INV-2026-118 has been approved and is scheduled in our payment "
      "run on 10/12/2026.\n\nCheers,\nLiam", note="day-first"),
    j("j_ausmine", "owaen", "partial_payment", None,
      "Hi,\n\nWe have paid AUD 40,000.00 today against invoice INV-2026-118. The remaining AUD 24,000.00 is on hold "
      "pending delivery of the offline sync module (milestone 3, scope item 4).\n\nRegards,\nAccounts Payable\n"
      "Karratha Fleet Software Pty Ltd", danger=D),
    j("j_ausmine", "iosen", "paid", None, "Paid yesterday mate should be there by tomorrow"),
    j("j_ausmine", "gmailen", "bank_question", None,
      "Hi Wang Ming,\n\nOur AP system flagged that the SWIFT code on your invoice (EXBKCNSH) doesn't match the one in "
      "our vendor master (EXBKCNBJ). Can you confirm which is correct before we release the payment? We'll also need "
      "a signed letter on your letterhead confirming the account.\n\nThanks,\nPriya", danger=D),
    j("j_ausmine", "olen", "dispute", None,
      "Hi Wang,\n\nI'm afraid we can't approve this one as invoiced. The SOW caps the mid-term payment at 40% of the "
      "contract value (AUD 56,000), but the invoice is for AUD 64,000. Happy to pay once a corrected invoice comes "
      "through.\n\nLiam", danger=D),
    j("j_ausmine", "iosen", "promise", d(2026, 12, 11),
      "Will get this paid by end of next week. Sorry, been out at site."),
    j("j_ausmine", "gmailen", "other", None,
      "Hi, just checking - did you receive the purchase order for the phase 3 extension we sent last week? "
      "Nothing to do with this invoice, Liam's on that one.\n\nPriya"),
    j("j_ausmine", "iosen", "more_time", d(2027, 1, 31),
      "Mate can we get till end of Jan on this one? Iron ore price has smashed our customers budgets"),
    j("j_ausmine", "owaen", "auto_reply", None, "", danger=D,
      raw=lambda r: mj.ooo(r, subject_prefix="Automatic reply: ", utc=True, text=(
          "Thank you for your email. I am on leave until Monday 14/12/2026 with limited access to email.\n"
          "For urgent accounts payable matters please contact ap-urgent@karrathafleet.com.au.\n"), headers=(
          "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Inbox-Rules-Loop: ap@karrathafleet.com.au"))),
    # --- Northern Lantern Games (Montreal) ---
    j("j_game", "gmailen", "paid", None,
      "Hi Wang,\n\nWe sent the wire this morning (CAD 22,750, ref NLG-INV-0042). Remittance attached. Thanks for your "
      "patience!\n\nJulie", atts=["remittance_NLG_0042.pdf"]),
    j("j_game", "appleen", "more_time", d(2027, 1, 31),
      "Hi Wang Ming,\n\nWe're between publisher milestones and cash is tight until our next advance lands. Could we "
      "push the final payment to January 31? We'd rather be upfront than miss another date.\n\nMarc-André"),
    j("j_game", "tben", "promise", d(2026, 12, 16),
      "Sorry for the delay, our controller is out this week. We'll pay it in two weeks at the latest.\n\nJulie",
      below=True),
    j("j_game", "gmailapp", "dispute", None,
      "Hi - before we pay the final invoice: the French and Japanese string exports are still truncated at 255 "
      "chars, which broke our cert build. We can't sign off on final until that's fixed. Not refusing, just need it "
      "working.\n\nJulie", danger=D),
    j("j_game", "gmailen", "other", None,
      "Hi Wang, I haven't paid this yet - I thought Marc-André handled vendor payments now. Looping him in.\n\nJulie",
      danger=D, note="negation and a hand-off"),
    j("j_game", "appleen", "acceptance", None,
      "Hi Wang Ming,\n\nJust confirming we've accepted the final delivery of the localization pipeline, all test "
      "passes green on our side. Signed acceptance form attached.\n\nMarc-André",
      atts=["Acceptance_NLG-2026-02_signed.pdf"]),
    j("j_game", "gmailen", "promise", d(2026, 12, 15), "We'll have this paid by the 15th. Thanks for bearing with us."),
    j("j_game", "gmailen", "bounce", None, "",
      raw=lambda r: mj.dsn(r, mta="aspmx.l.google.com[142.250.157.27]", status="5.1.1",
                           diag="550-5.1.1 The email account that you tried to reach does not exist. "
                                "Please try double-checking the recipient's email address for typos")),
    # --- Savannah Telecom Nigeria (Lagos; day-first) ---
    j("j_telco", "owaen", "promise", d(2026, 12, 15),
      "Dear Wang Ming,\n\nThe payment has been approved by our CFO and will be paid on or before 15th December 2026, "
      "subject to FX allocation from our bank.\n\nRegards,\nChinedu Okafor\nHead, Interconnect & Roaming",
      note="promise with a caveat"),
    j("j_telco", "olmoben", "paid", None, "We paid on Monday. Please confirm receipt.", note="past tense"),
    j("j_telco", "android", "partial_payment", None,
      "Good day Sir,\n\nKindly note that we have made part payment of USD 20,000 on 01/12/2026. Balance of USD 21,200 "
      "will be paid in January.\n\nThanks.\nFunke", danger=D),
    j("j_telco", "olen", "resend_request", None,
      "Dear Vendor,\n\nYour invoice could not be processed because it was not submitted through our supplier portal. "
      "Kindly upload the invoice together with the signed delivery note on https://suppliers.savannahtel.ng and "
      "quote PO 4500039921.\n\nVendor Payments Team\nSavannah Telecom Nigeria Ltd"),
    j("j_telco", "owaen", "bank_question", None,
      "Dear Wang Ming,\n\nOur treasury needs your correspondent (intermediary) bank details for USD transfers - our "
      "last transfer to a Chinese supplier was returned. Can you confirm the correspondent bank and your account "
      "number?\n\nChinedu", danger=D),
    j("j_telco", "olmoben", "dispute", None,
      "Kindly note that we are disputing this invoice. The roaming reports for October were delivered 19 days late, "
      "which attracts a 10% penalty under clause 14.3. Please issue a credit note for USD 4,120.", danger=D),
    j("j_telco", "android", "promise", None,
      "Noted. We are working on it and payment will be made soonest.", note="no date"),
    j("j_telco", "olen", "auto_reply", None, "", danger=D, raw=lambda r: mj.mdn(r, zh=False),
      note="read receipt Read:"),
    j("j_telco", "olen", "bounce", None, "",
      raw=lambda r: mj.exim(r, host="mail.savannahtel.ng", reason="550 5.2.1 mailbox disabled")),
    j("j_telco", "owaen", "bounce", None, "",
      raw=lambda r: mj.ndr_exchange(r, domain="savannahtel.ng",
                                    diag="RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")),
    # --- Maison Kessler Horlogerie (Geneva; dotted dates) ---
    j("j_watch", "olenplain", "promise", d(2026, 12, 15),
      "Dear Mr. Wang,\n\nThank you for your reminder. The payment of CHF 18'900.00 will be executed on 15.12.2026 "
      "with our next payment run.\n\nKind regards\nLaurent Favre\nHead of Retail Operations"),
    j("j_watch", "appleen", "dispute", None,
      "Dear Wang Ming,\n\nWe do not agree with this invoice. The clienteling app was supposed to support our Lugano "
      "boutique in Italian from go-live; it still does not. Until the Italian version is delivered we consider the "
      "mid-term milestone not reached.\n\nBest regards,\nLaurent", danger=D),
    j("j_watch", "iosen", "paid", None, "See attached.", atts=["Zahlungsbestaetigung_MKH-2026-08.pdf"]),
    j("j_watch", "mmen", "resend_request", None,
      "Hello,\n\nI am new in accounting and I cannot find this invoice in our system. Could you please send me a copy "
      "of the invoice and tell me who ordered it?\n\nThank you\nAna Sousa"),
    j("j_watch", "olenplain", "more_time", d(2027, 1, 31),
      "Dear Mr. Wang,\n\nDecember is our peak season and our liquidity is committed to stock purchases. Would it be "
      "possible to settle the mid-term payment at the end of January 2027?\n\nKind regards\nLaurent Favre"),
    j("j_watch", "olenplain", "other", None,
      "Dear Mr. Wang,\n\nThank you. I have forwarded your e-mail to our finance department in Zürich who will "
      "revert.\n\nKind regards\nLaurent Favre", danger=D, note="forwarded: a hand-off"),
    j("j_watch", "appleen", "auto_reply", None, "", danger=D,
      raw=lambda r: mj.ooo(r, subject_prefix="Auto reply: ", text=(
          "Thank you for your message. I am out of the office until 09.12.2026 with limited access to e-mail. "
          "For urgent matters please contact our accounting at compta@kessler-horlogerie.ch.\n"),
          headers=("X-Apple-Action: VACATION",))),
    # --- harder ones, across the threads above ---
    j("j_game", "gmailen", "dispute", None,
      "Hi Wang,\n\nTo be blunt: we will not be paying this invoice. The pipeline was delivered three months late and "
      "we ended up localizing the launch build by hand. Our lawyer will be in touch.\n\nJulie", danger=D),
    j("j_ausmine", "olen", "other", None,
      "Hi Wang,\n\nWe have not paid this yet because the goods receipt was never entered against the PO on our side. "
      "I've chased the project team to receipt it.\n\nLiam", danger=D, note="negation, no date"),
    j("j_telco", "owaen", "other", None,
      "I believe our treasury paid this last week but I can't confirm until I see the bank statement. Will revert.",
      danger=D, note="unsure"),
    j("j_watch", "mmen", "partial_payment", None,
      "Hello,\n\nWe have transferred CHF 9'450.00 today, i.e. half of the mid-term payment, as agreed with Mr. Favre. "
      "The other half follows after the Lugano go-live.\n\nAna Sousa", danger=D),
    j("j_fund", "exmailen", "bank_question", None,
      "Hi Wang Ming,\n\nDo you have a USD account in Shanghai? Our fund can only pay USD to an onshore account. "
      "Please advise the account details.\n\nAP Team", danger=D),
    j("j_ausmine", "gmailen", "promise", d(2026, 12, 18), "Hi Wang, AP says it'll be in the Dec 18th run.\n\nPriya"),
    j("j_hkclub", "gmailtw", "acceptance", None,
      "Hi 王生，委員會今日開會已經正式接收個系統，acceptance form 簽咗，付款會跟手續處理。\n\nTreasurer"),
]  # fmt: skip

INTL_J = HANT_J + EN_J
