"""Held-out set M: the Traditional-Chinese, Cantonese and English replies, and machine mail.

Same blindness as heldout_c_set_m.py. A Taoyuan airport caterer (Taiwan usage, ROC years,
月結, 匯費), a Hong Kong dental group (Cantonese in Big5-HKSCS and UTF-8, FPS, cheques,
day-first dates) and English from the staff of the same mainland firms: a Korean export
manager in Dalian, a British programme manager and the accounts team of the Zhuhai yacht
builder, an Uzbek sales clerk of the Yiwu trader. Their zones are the firms' (Shanghai,
Taipei, Hong Kong), never London.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_m import (
    delay_gateway_zh,
    list_manager_reject,
    ndr_zhtw,
    postfix_dsn_zh,
    ses_json_bounce,
    tencent_tuixin,
)
from heldout_c_machine_m_auto import (
    OOF_EN,
    OOF_EN_HK,
    OOF_TW,
    coremail_gov_oof,
    dingtalk_vacation,
    mdn_deleted,
    mdn_outlook_read_zh,
    newsletter,
    oof_no_header,
    ticket_ack,
)
from heldout_c_threads_m import o

D = date
# Taoyuan airport caterer (Taipei zone)
TSAI = ("蔡明哲", "mj.tsai@tyairkitchen.com.tw")
LIN = ("林怡君", "ap@tyairkitchen.com.tw")
TSAI_G = ("Ming-Che Tsai", "mingche.tsai.tw@gmail.com")
# Hong Kong dental group
CHEUNG = ("Ivy Cheung", "ivy.cheung@smileharbour-dental.hk")
LAU = ("劉家俊", "ap@smileharbour-dental.hk")
DR_HO = ("Dr. Ho", "drho.smileharbour@gmail.com")
# English from mainland firms' staff
YOON = ("Yoon Ji-hye", "jihye.yoon@dlhaixian-food.com")
HARTLEY = ("Tom Hartley", "tom.hartley@pearlriver-yachts.com")
ACCTS = ("Accounts Payable", "accounts@pearlriver-yachts.com")
KARIMOV = ("Bekzod Karimov", "bekzod.yiwu@gmail.com")
SUN_EN = ("Sun Lijun", "sunlj@dlhaixian-food.com")

# fmt: off
TY = [
    ("owazhtw", "promise", D(2026, 12, 25), "王經理您好：\n\n本公司採月結制，每月25日統一付款。貴公司尾款已列入本月請款，將於115年12月25日以電匯方式支付，匯費由本公司負擔。\n\n林怡君\n會計課　分機2217", o("m_ty", 3, LIN)),
    ("owazhtw", "paid", None, "王經理：\n\n尾款新台幣420,000元已於12/4匯出，水單如附件，煩請查收。\n\n林怡君 會計課", o("m_ty", 7, LIN, atts=["匯款水單_1151204.pdf"])),
    ("gmailtw", "dispute", None, "王經理您好：\n\n供應商入口網站的訂單匯入功能至今仍無法處理航空公司的特殊餐代碼（如 VGML、KSML），每天都要人工補單，這部分當初報價單裡有寫。在功能完成並經我們驗收之前，尾款暫緩支付，敬請見諒。\n\n蔡明哲\n採購課 經理\n03-383-5566 #1302", o("m_ty", 2, TSAI, danger=True)),
    ("gmailtw", "bank_question", None, "王經理您好，\n我們這邊是台灣的銀行匯款到大陸，銀行需要受款銀行的 SWIFT Code 及中間行資訊，請問示例銀行杭州分行的 SWIFT 是多少？另外受款人英文名稱要怎麼寫？\n謝謝\nMing-Che", o("m_ty", 4, TSAI_G)),
    ("olmobtw", "promise", D(2026, 12, 31), "王經理，尾款的請款單我已經簽了，會計說這個月底前會匯出。", o("m_ty", 8, TSAI)),
    ("owazhtw", "partial_payment", None, "王經理您好：\n\n依合同第七條，尾款應扣除服務保留款10%（NT$42,000），保固期滿後支付。本次實付NT$378,000，已於今日匯出；另本公司匯款手續費NT$450由匯款金額內扣，實際入帳金額會少一點，請知悉。\n\n林怡君", o("m_ty", 9, LIN, note="10 % held back, fee deducted")),
    ("olmobtw", "resend_request", None, "王經理：\n\n我們會計需要貴公司開立的商業發票（Commercial Invoice）正本，以及合約影本才能辦理境外匯款，請再寄一次電子檔，謝謝。\n\n林怡君", o("m_ty", 10, LIN)),
    ("ioszhtw", "other", None, "收到，我轉給會計處理。", o("m_ty", 1, TSAI, danger=True, note="轉給 is a hand-off")),
    ("owazhtw", "more_time", D(2027, 1, 25), "王經理您好：\n\n年底結帳期間，本公司12月的付款額度已滿，尾款是否可以延到1月25日的付款日再支付？造成不便，非常抱歉。\n\n林怡君", o("m_ty", 15, LIN)),
    ("owazhtw", "paid", None, "王經理：\n已付，請查帳。\n林", o("m_ty", 28, LIN, inline=("目前已逾期12天", "→ 本公司已於115/12/25匯款，請再確認。"))),
]

HK = [
    ("olzhtw", "paid", None, "王生你好，\n\n中期款 HKD 68,000 我哋今朝已經用轉數快（FPS）過咗數，參考編號 FRN20261203HK0047718，唔該查收。\n\n劉家俊\n會計部", o("m_hk", 3, LAU, atts=["FPS_receipt.png"])),
    ("olzhtw", "promise", D(2026, 12, 18), "王生：\n\n張支票會喺下個禮拜五（18/12）嘅 cheque run 開出，開好我會寄俾你哋，或者你哋派人嚟拎都得。\n\n劉家俊", o("m_hk", 10, LAU)),
    ("ioszhtw", "dispute", None, "王生，呢筆中期款我哋暫時唔會畀住。預約系統上個月成日 down 機，三間分店啲病人 book 唔到位，仲有個 SMS reminder 發錯時間，搞到好多人冇嚟覆診。你哋未搞掂之前，我哋唔會付款。", o("m_hk", 4, DR_HO, danger=True)),
    ("gmailtw", "bank_question", None, "王生你好，我哋係香港公司，用港幣電匯去大陸人民幣戶口，銀行問收款行嘅 SWIFT code 同埋 CNAPS code，可唔可以提供？另外你哋個戶口收唔收港幣？", o("m_hk", 7, ("Kelvin Lau", "kelvin.lau.hk@gmail.com"))),
    ("olzhtw", "other", None, "王生，我哋未過數，因為張 invoice 仲未經 Dr. Ho 簽批，簽咗先可以安排。", o("m_hk", 2, LAU, danger=True, note="negation: not paid, waits for sign-off")),
    ("owaen", "promise", D(2026, 12, 18), "Dear Wang Ming,\n\nThe mid-term invoice has been approved and is scheduled for our cheque run on 18/12. I will let you know once the cheque is ready for collection.\n\nBest regards,\nIvy Cheung\nFinance Manager | Smile Harbour Dental Group\nT: +852 2868 3400 | 2/F, 18 Percival Street, Causeway Bay", o("m_hk", 8, CHEUNG)),
    ("owaen", "paid", None, "Hi Wang,\n\nPayment of HKD 68,000 was made by FPS this morning. Please see the attached advice.\n\nThanks,\nIvy", o("m_hk", 15, CHEUNG, atts=["Payment_Advice_HK-2026-021.pdf"])),
    ("olmoben", "dispute", None, "Hi, could you resend the invoice addressed to Smile Harbour Dental Group Limited (not Smile Harbour Clinic)? Our auditors will not accept the old one. Thanks, Ivy", o("m_hk", 2, CHEUNG)),
]

EN = [
    ("gmailen", "promise", D(2026, 12, 15), "Dear Mr. Wang,\n\nThank you for your reminder. The first instalment is approved by our CFO and we will remit on 2026.12.15 by T/T from our USD account.\n\nBest regards,\nYoon Ji-hye\nExport Manager | Dalian Haixian Foods Co., Ltd.\nTel +86 411 8765 2291 / Mob +86 155 4260 1180", o("m_dle", 3, YOON)),
    ("gmailen", "paid", None, "Dear Mr. Wang,\n\nWe sent the wire (USD 18,500) yesterday. MT103 attached for your reference; please note the intermediary bank may deduct charges.\n\nRegards,\nJi-hye", o("m_dle", 9, YOON, atts=["MT103_DLHX_20261208.pdf"])),
    ("olen", "other", None, "Dear Wang,\n\nThis is not paid yet and I can't give you a date: our Korean buyer has not released the LC for the November shipment, and we can only pay suppliers from that. I will update you.\n\nSun Lijun", o("m_dle", 4, SUN_EN, danger=True, note="not paid, no commitment, no date")),
    ("gmailen", "dispute", None, "Mr. Wang,\n\nWe cannot pay this instalment as invoiced. The contract amount for the first instalment is USD 15,000 (30 % of USD 50,000), not USD 18,500. Please issue a corrected invoice.\n\nYoon Ji-hye", o("m_dle", 11, YOON, danger=True, note="amount contested against the contract")),
    ("olen", "promise", D(2026, 12, 18), "Hi Wang Ming,\n\nSorry for the silence, I've been at the boat show. I've chased our accounts team and they tell me it goes out Friday week.\n\nCheers,\nTom\n\nTom Hartley | Programme Manager\nPearl River Yachts (Zhuhai) Co., Ltd. | +86 756 8861 2201", o("m_zhy", 7, HARTLEY, note="Friday week from Monday 7 Dec = 18 Dec")),
    ("olen", "dispute", None, "Wang Ming,\n\nI'm not signing off the mid-term payment while the owner's app still can't pair with the boat's NMEA gateway. That was the whole point of this phase. Happy to talk it through on a call, but until it works on hull 62-07, the invoice stays on hold.\n\nTom", o("m_zhy", 2, HARTLEY, danger=True)),
    ("owaen", "paid", None, "Dear Sir,\n\nPlease be informed that the mid-term payment (CNY 88,000.00) was remitted on 3 Dec 2026. Remittance advice attached.\n\nAccounts Payable\nPearl River Yachts (Zhuhai) Co., Ltd.", o("m_zhy", 4, ACCTS, atts=["remittance.pdf"])),
    ("owaen", "bank_question", None, "Dear Sir/Madam,\n\nWe received an email last week from an address looking like yours (wangming@examp1e.cn) saying your bank account has changed to one in Hong Kong. Can you please confirm which account is correct before we release the mid-term payment? We will not pay until we hear from you.\n\nAccounts Payable", o("m_zhy", 8, ACCTS, danger=True, note="phishing doubt about the account")),
    ("iosen", "acceptance", None, "Wang, FYI hull 62-07 sea trial done today and the app worked fine with the gateway at last. I'm happy to sign the acceptance certificate, send it over.\nTom", o("m_zhy", 14, HARTLEY)),
    ("olen", "more_time", D(2027, 1, 31), "Hi Wang Ming,\n\nOur owner has asked us to hold all supplier payments until the yacht delivery at the end of January, when the final hull payment comes in. Could you give us until then? I'd rather be upfront than promise something I can't keep.\n\nTom", o("m_zhy", 16, HARTLEY, note="until the end of January: asked, not promised")),
    ("android", "promise", D(2026, 12, 10), "Hello Mr Wang. Sorry for late. I will pay onboarding fee till 10 December, boss gave me the money today but bank is closed. Thank you\nBekzod", o("m_yw2", 8, KARIMOV)),
    ("gmailen", "paid", None, "Hello, payment done by Alipay to your company account, 6500 yuan. Screenshot attached. Thanks\nBekzod Karimov\nYiwu, Futian market district 2", o("m_yw2", 2, KARIMOV, atts=["alipay_screenshot.jpg"])),
    ("android", "other", None, "Mr Wang please write in Chinese to my boss Mr Lou, I am only sales, I don't do payments. He don't read English. Thanks", o("m_yw2", 3, KARIMOV, note="hand-off, asks to write to the boss")),
    ("gmailen", "resend_request", None, "Hello, I can not find invoice for onboarding fee, please send again and also your bank account details, boss wants to pay this week.\nBekzod", o("m_yw2", 9, KARIMOV)),
    ("olen", "partial_payment", None, "Dear Wang Ming,\n\nWe have paid USD 10,000 today towards the first instalment; the balance of USD 8,500 will follow after the LC for the December shipment is negotiated.\n\nKind regards,\nSun Lijun", o("m_dle", 16, SUN_EN)),
]

MORE_INTL = [
    ("gmailtw", "acceptance", None, "王經理您好，\n驗收單已用印回傳，請查收附件。\nMing-Che", o("m_ty", 11, TSAI_G, atts=["驗收單_用印.pdf"])),
    ("owazhtw", "promise", D(2026, 12, 18), "王經理您好：\n\n請款單已核准，預計12/18（五）匯出。\n\n林怡君\n會計課", o("m_ty", 10, LIN)),
    ("ioszhtw", "promise", D(2026, 12, 9), "王生，聽日過數，唔該晒。", o("m_hk", 8, LAU)),
    ("olzhtw", "partial_payment", None, "王生：\n\n我哋今日用支票畀咗 HKD 40,000 先，餘數 28,000 等下個月 cheque run 再畀。張支票嘅副本喺附件。\n\n劉家俊", o("m_hk", 11, LAU, atts=["cheque_copy.jpg"])),
    ("gmailen", "paid", None, "Dear Mr. Wang,\n\nPayment was made on Monday through Woori Bank. Please check on your side.\n\nJi-hye", o("m_dle", 9, YOON, note="on Monday: past")),
    ("owaen", "paid", None, "Please find attached the remittance advice.", o("m_zhy", 10, ACCTS, atts=["Remittance Advice 20261209.pdf"])),
    ("owaen", "dispute", None, "Dear Wang Ming,\n\nWe are unable to process the invoice as issued: it does not show our Business Registration number and is addressed to our old office. Our auditors require both. Please reissue it; we will pay against the corrected invoice.\n\nIvy Cheung\nFinance Manager", o("m_hk", 14, CHEUNG, danger=True, note="cannot pay it as issued")),
    ("android", "promise", None, "Hello Mr Wang, boss say he pay after Chinese New Year, now all money for goods. Sorry\nBekzod", o("m_yw2", 14, KARIMOV, note="after CNY: no date")),
    ("iosen", "promise", D(2026, 12, 15), "Wang - PO's been raised, payment will be released once the owner signs off. Should be mid-December.\nTom", o("m_zhy", 3, HARTLEY, note="hedged, mid-December = 15th")),
]

# Clients the other replies did not use: Exmail (zh/en UI), the QQ app and Mail Master in
# English, 163's English UI, Apple Mail, Gmail's Chinese UI and app, Outlook plain text.
OTHER_CLIENTS = [
    ("exmail", "paid", None, "王经理您好，年费19800元已于今日通过公司对公账户（义乌农商银行）转出，请查收。如需我司开票信息请告知。\n\n楼晓燕\n财务", o("m_yw", 8, ("楼晓燕", "cw@ywxiaoshangpin.cn"))),
    ("exmailen", "bank_question", None, "Hello, our bank in Yiwu asks for your bank's address and the CNAPS code to make the transfer. Can you send? Thanks\nBekzod", o("m_yw2", 4, ("Bekzod", "bekzod@ywxiaoshangpin.cn"))),
    ("qqappen", "promise", D(2026, 12, 8), "Hi Mr Wang, Ms Yoon is on business trip to Busan. She asked me to tell you payment will be done next Tuesday.\nKim Min-jun\nExport Dept.", o("m_dle", 3, ("Kim Min-jun", "2918834410@qq.com"))),
    ("mmen", "other", None, "Dear Mr. Wang,\n\nI handle the group treasury's English correspondence. Your letter has been received and passed to the park's finance department; the treasury does not comment on individual suppliers' payments.\n\nHelen Zhao\nGroup Treasury", o("m_tj", 7, ("Helen Zhao", "helen.zhao@tjport-group.com"), danger=True, note="passed on, nothing paid or promised")),
    ("n163en", "more_time", D(2027, 1, 20), "Dear Mr Wang,\n\nI write for our cooperative head. Our coffee buyer in Melbourne pays us in January, so we ask if the acceptance payment can wait until 20 January 2027. Sorry for the trouble.\n\nAmy Li\nExport liaison, Pu'er coffee cooperative", o("m_pe", 10, ("Amy Li", "amyli_puer@163.com"))),
    ("appleen", "acceptance", None, "Wang,\n\nThe new booking system has now run two weeks without downtime at all three branches and the SMS reminders go out on time. I'm satisfied and consider it accepted. Ivy will handle the payment side.\n\nDr. Ho", o("m_hk", 16, ("Dr. Ho", "drho@smileharbour-dental.hk"))),
    ("applezh", "resend_request", None, "王经理：\n我在北京出差，用手机回复。报账系统要贵司的营业执照复印件和银行开户证明，麻烦直接发给彭丽，她来提交。\n谭卫东", o("m_cs", 10, ("谭卫东", "tanwd.cstv@icloud.com"))),
    ("gmailzh", "promise", D(2026, 12, 18), "王经理您好，我是楼老板的女儿，我爸不太会用邮箱，让我帮他回一下：年费他说这周五之前转给你们，转好了我把截图发过来。", o("m_yw", 14, ("楼佳怡", "jiayi.lou.yw@gmail.com"))),
    ("gmailapp", "paid", None, "Sorry Wang, been swamped at the clinics. Paid it myself from the group account this afternoon, Ivy has the slip.\n\nDr Ho", o("m_hk", 16, DR_HO)),
    ("olenplain", "other", None, "Dear Wang,\n\nPlease note we have NOT made the payment yet - my earlier email saying \"settled\" referred to a different vendor. Apologies for the confusion.\n\nKelvin Lau\nAccounts Payable, Smile Harbour Dental Group", o("m_hk", 9, ("Kelvin Lau", "ap@smileharbour-dental.hk"), danger=True, note="negation: NOT paid, 'settled' withdrawn")),
]

M = {"sender": ("", "postmaster@example.cn")}
M_MACHINE = [
    ("olen", "bounce", None, "", {**o("m_yw2", 2, ("AWS Notifications", "no-reply@sns.amazonaws.com")), "raw": ses_json_bounce, "danger": True, "note": "SES JSON bounce notice, no DSN part"}),
    ("n163", "bounce", None, "", {**o("m_sx", 4, M["sender"]), "raw": delay_gateway_zh, "danger": True, "note": "delay, not permanent (4.4.2, will retry)"}),
    ("coremail", "bounce", None, "", {**o("m_gx", 3, ("", "cw-all-owner@gxtangye.com.cn")), "raw": list_manager_reject, "danger": True, "note": "list manager's rejection"}),
    ("coremail", "auto_reply", None, "", {**o("m_sx", 2, ("郝建国", "haojg@sxmeihua-chem.com.cn")), "raw": oof_no_header, "danger": True, "note": "OOF without Auto-Submitted, own subject, mentions 付款"}),
    ("qqapp", "auto_reply", None, "", {**o("m_wz", 2, ("叶青", "yeqing@wzfamen.com")), "raw": dingtalk_vacation, "danger": True, "note": "DingTalk vacation, X-Autoreply, HTML only"}),
    ("coremail", "auto_reply", None, "", {**o("m_cs", 3, ("谭卫东", "tanwd@cstv-media.gov.cn")), "raw": coremail_gov_oof, "danger": True}),
    ("olzhtw", "auto_reply", None, "", {**o("m_ty", 3, ("蔡佩珊", "ps.tsai@tyairkitchen.com.tw")), "raw": OOF_TW, "danger": True, "note": "Exchange OOF zh-TW with an ROC date"}),
    ("olen", "auto_reply", None, "", {**o("m_zhy", 8, HARTLEY), "raw": OOF_EN, "danger": True, "note": "Exchange OOF en, 'payments' in it"}),
    ("olen", "auto_reply", None, "", {**o("m_hk", 9, CHEUNG), "raw": OOF_EN_HK, "danger": True, "note": "OOF with 14/12/2026 and 'Payment runs continue'"}),
    ("tben", "auto_reply", None, "", {**o("m_zhy", 9, ACCTS), "raw": mdn_deleted, "danger": True, "note": "MDN: deleted without being displayed"}),
    ("olzhcn", "auto_reply", None, "", {**o("m_tj", 3, ("吕静", "lvjing@tjgang-wuliu.com")), "raw": mdn_outlook_read_zh, "danger": True, "note": "Outlook 已读 receipt"}),
    ("olzhcn", "auto_reply", None, "", {**o("m_tj", 4, ("", "fssc-noreply@tjport-group.com")), "raw": ticket_ack, "danger": True, "note": "shared-services ticket ack, Precedence only"}),
    ("owazhtw", "bounce", None, "", {**o("m_ty", 4, ("", "postmaster@tyairkitchen.com.tw")), "raw": ndr_zhtw, "danger": True, "note": "Exchange NDR in zh-TW"}),
    ("n163", "bounce", None, "", {**o("m_dl", 3, M["sender"]), "raw": postfix_dsn_zh, "danger": True, "note": "Postfix DSN, mailbox full"}),
    ("qqweb", "bounce", None, "", {**o("m_yw", 3, ("", "PostMaster@exmail.qq.com")), "raw": tencent_tuixin, "danger": True, "note": "Exmail 退信, HTML only, no report part"}),
    ("qqhtml", "other", None, "", {**o("m_yw", 4, ("", "news@yiwufair.example")), "raw": newsletter, "danger": True, "known": False, "note": "bulk newsletter mentions 付款/逾期"}),
]

# fmt: on
M_INTL = TY + HK + EN + MORE_INTL + OTHER_CLIENTS
