"""Set ZF, part two: Traditional Chinese and English clients (written blind, session 13).

A Hualien stone-crafts factory answers the Simplified reminder in Taiwan Mandarin; a Sheung
Wan dried-seafood shop answers the English one in Cantonese. In English: the Zhuji sock
factory's export clerk, an Ulaanbaatar cashmere plant, a Wisconsin cheese maker, an
Icelandic geothermal greenhouse and a Lilongwe tobacco auction floor. ``e`` builds every
entry of the set (heldout_c_set_zf.py uses it too).
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_zf import STAGE


def e(
    style: str,
    kind: str,
    due: date | None,
    body: str,
    thread: str,
    day: int,
    who: tuple[str, str],
    **o: object,
) -> tuple:
    """One entry: ``who`` answers thread ``zf_<deal><1|2|d>`` on ``day`` December 2026."""
    stage, seq = STAGE[thread[-1]]
    opts = {
        "thread": thread,
        "day": date(2026, 12, day),
        "sender": who,
        "stage": stage,
        "seq": seq,
        **o,
    }
    return (style, kind, due, body, opts)


D = date
TPE = {"tz": "Asia/Taipei"}
SHA = {"tz": "Asia/Shanghai"}
ULN = {"tz": "Asia/Ulaanbaatar"}
CHI = {"tz": "America/Chicago"}
REK = {"tz": "Atlantic/Reykjavik"}
LLW = {"tz": "Africa/Blantyre"}

# 太魯閣石藝有限公司 (Hualien)
LINMH = ("林美惠", "meihui.lin@trk-stone.com.tw")
CHANG = ("張文雄", "wenhsiung.chang@trk-stone.com.tw")
WANGYT = ("王雅婷", "yating.wang.hl@gmail.com")
WUCM = ("吳志明", "cm.wu@trk-stone.com.tw")
# 永利隆海味 (Sheung Wan, Hong Kong)
CHENG = ("鄭國強", "kk.cheng@wllhk.com.hk")
CINDY = ("Cindy Wong", "cindy.wong.wll@gmail.com")
MING = ("阿明", "ming@wllhk.com.hk")
OFFICE = ("永利隆 Office", "office@wllhk.com.hk")
# 恒丰针织 export desk (Zhuji)
VIV = ("Vivian He", "vivian@hf-knit.com")
# Khangai Cashmere (Ulaanbaatar)
OYU = ("Oyunchimeg Batbold", "oyunchimeg@khangaicashmere.mn")
BAT = ("Bat-Erdene Tsogt", "baterdene@khangaicashmere.mn")
GAN = ("Ganzorig D.", "ganzorig.kc@gmail.com")
ENKH = ("Enkhjargal", "enkhjargal@khangaicashmere.mn")
# Driftless Creek Cheese (Wisconsin)
BRENDA = ("Brenda Kowalski", "bkowalski@driftlesscreek.com")
MEGAN = ("Megan Schultz", "mschultz@driftlesscreek.com")
DALE = ("Dale Hoffman", "dhoffman@driftlesscreek.com")
LUIS = ("Luis Ramirez", "lramirez@driftlesscreek.com")
TOM = ("Tom Brandt", "tom@driftlesscreek.com")
# Hveragerði Gróðurhús (Iceland)
SIGGA = ("Sigríður Jónsdóttir", "sigga@hveragerdi-grodurhus.is")
GUNNAR = ("Gunnar Þórsson", "gunnar@hveragerdi-grodurhus.is")
OLAFUR = ("Ólafur Magnússon", "olafur@hveragerdi-grodurhus.is")
REIK = ("Reikningar ehf. - Bókhald", "bokhald@reikningar.is")
# Kanengo Tobacco Auctions (Lilongwe)
BANDA = ("Chimwemwe Banda", "cbanda@kanengotobacco.mw")
PHIRI = ("Mphatso Phiri", "mphiri@kanengotobacco.mw")
TIWO = ("Tiwonge Mwale", "tiwonge.kta@gmail.com")
LEGAL = ("Company Secretary", "legal@kanengotobacco.mw")

ZF_HANT = [
    # ---- 太魯閣石藝 (Hualien): a fixed payday, SWIFT, a shipping-slip fault, 統編 ----
    e("owazhtw", "bank_question", None,
      "王經理您好：\n\n我們公司固定每月25日付款，本期款項已排入12/25（五）付款。因為是跨境匯款，請提供貴公司收款銀行的"
      "SWIFT代碼及中間行資料，以免匯款被退回。\n\n林美惠\n太魯閣石藝有限公司 會計部\n03-8261234 分機 21",
      "zf_hl1", 2, LINMH, danger=True, note="a promise for 12/25 beside a routing question only the PM can answer",
      **TPE),
    e("ioszhtw", "other", None, "款項的事請跟會計林小姐聯絡，我這週在廈門參展。", "zf_hl1", 3, CHANG, **TPE),
    e("owazhtw", "dispute", None,
      "王經理：\n\n出貨系統上個月改版以後，列印出來的出貨單重量欄位全部是0，貨運公司不收，我們現在都要手寫。"
      "這個問題沒修好之前，我已經跟會計說尾款先不要排。\n\n吳志明\n廠長",
      "zf_hl1", 4, WUCM, danger=True, **TPE),
    e("gmailtw", "resend_request", None,
      "王經理好，\n\n麻煩發票上加上我們的統一編號 84521376，抬頭是「太魯閣石藝有限公司」。上次那張沒有統編，我們會計沒辦法報帳。\n\n"
      "雅婷",
      "zf_hl2", 8, WANGYT, note="the client's own number to add, no fault said", **TPE),
    e("owazhtw", "bank_question", None,
      "王經理您好：\n\n上次詢問的SWIFT及中間行資料還沒有收到回覆，麻煩再確認。12/25剛好是我們的付款日，如果資料來不及，"
      "就只能排到1/25了。\n\n林美惠",
      "zf_hl2", 10, LINMH, danger=True, **TPE),
    e("owazhtw", "promise", D(2026, 12, 25),
      "王經理您好：\n\n資料收到了，謝謝。款項已排入12/25（五）付款批次，匯款後會把水單寄給您。\n\n林美惠",
      "zf_hl2", 14, LINMH, **TPE),
    e("ioszhtw", "other", None, "我回台灣了。出貨單的問題吳廠長說修好了，那就照合約付吧。", "zf_hl2", 16, CHANG,
      note="the boss lifts his hold, no day", **TPE),
    e("gmailtw", "resend_request", None,
      "王經理，會計說付款單後面要附合約和驗收單的影本，麻煩寄一份電子檔給我，謝謝。\n\n雅婷",
      "zf_hl2", 17, WANGYT, note="documents for the payer's own voucher", **TPE),
    e("owazhtw", "paid", None,
      "王經理您好：\n\n本期款項今天已以美元匯出（USD 13,260.00），水單如附件。匯費我方負擔，若中間行有扣款請告知。\n\n林美惠",
      "zf_hl2", 25, LINMH, atts=["水單.pdf"], **TPE),
    # ---- 永利隆海味 (Sheung Wan): Cantonese, a POS that freezes, FPS ----
    e("olzhtw", "promise", D(2026, 12, 9),
      "王生，\n\n收到。呢筆錢我哋會計下個禮拜三（9號）會過數，你放心。\n\n鄭國強",
      "zf_hk1", 2, CHENG),
    e("gmailtw", "bank_question", None,
      "王生你好，\n\n想問吓我哋用轉數快（FPS）定電匯？你哋個戶口係內地嘅，FPS應該過唔到。如果電匯，請提供收款銀行地址同埋"
      "中轉行資料，銀行要填。\n\nCindy",
      "zf_hk1", 3, CINDY, danger=True),
    e("ioszhtw", "dispute", None,
      "部POS機成日死機，收銀收到一半就卡住，上個禮拜六最旺嘅時候死咗三次，啲客都走晒。老闆話呢個搞唔掂唔會畀錢住。",
      "zf_hk1", 4, MING, danger=True),
    e("olzhtw", "dispute", None,
      "王生，部機仲係咁樣，你哋話遠程整咗但係都係死機。搞掂之前唔會畀住，唔好再催。\n\n鄭國強",
      "zf_hk2", 8, CHENG, danger=True),
    e("gmailtw", "dispute", None,
      "王生，原本話今日過數，但係老闆話部機未整好，所以今日唔會過住，等老闆通知。\n\nCindy",
      "zf_hk2", 9, CINDY, danger=True, note="today's promised payment withdrawn until our fix"),
    e("ioszhtw", "other", None, "今日你哋啲技術員嚟咗，換咗部新機，試咗成日都冇死過機。", "zf_hk2", 10, MING),
    e("olzhtw", "promise", D(2026, 12, 14),
      "王生，部機冇問題喇，多謝晒。錢我叫Cindy下個禮拜一過數。\n\n鄭國強", "zf_hk2", 11, CHENG),
    e("gmailtw", "paid", None,
      "王生，今日已經電匯咗 HKD 86,000，滙款單喺附件，銀行手續費我哋俾。\n\nCindy", "zf_hk2", 14, CINDY,
      atts=["滙款單.pdf"]),
    e("olmobtw", "other", None, "Cindy放假到12月28日，有關付款事宜請聯絡鄭生，電話 2545 8803。", "zf_hk2", 16, OFFICE,
      note="a person's hand-off, not an auto-reply"),
    e("olzhtw", "paid", None,
      "王生，Cindy話14號已經過咗數，你哋仲未收到？銀行話跨境要三至五個工作天。\n\n鄭國強", "zf_hk2", 18, CHENG),
    e("olmobtw", "paid", None,
      "王生，鄭生話14號已經過咗數。如果你哋仲未收到，麻煩查吓中轉行有冇扣起，我哋銀行話錢已經出咗。", "zf_hk2", 22, OFFICE),
]  # fmt: skip

ZF_EN = [
    # ---- 恒丰针织 export desk (Chinese English on Exmail's English UI) ----
    e("exmailen", "promise", D(2026, 12, 31),
      "Dear Mr Wang,\n\nI am export sales of Hengfeng, my boss ask me to reply you. The final payment will arrange by our "
      "finance before end of this month.\n\nThanks & Best regards\nVivian He\nZhuji Hengfeng Knitting Co., Ltd",
      "zf_zj1", 2, VIV, **SHA),
    e("exmailen", "resend_request", None,
      "Dear Wang,\n\npls note our finance say the invoice date is November, but our November account is closed, they need "
      "December date. Can you make new one? We send back the old one.\n\nThanks\nVivian",
      "zf_zj1", 4, VIV, note="a reissue in the client's chosen form (date), no fault said", **SHA),
    e("exmailen", "bank_question", None,
      "Hi Mr Wang,\n\nDo you have USD account? Our customer in Brazil pay us USD, boss ask if we can pay you USD directly to "
      "save the exchange. If yes pls send the USD account info.\n\nVivian",
      "zf_zj2", 9, VIV, danger=True, **SHA),
    e("qqappen", "promise", D(2026, 12, 18),
      "Hi Mr Wang, boss say final payment next Friday. Jason", "zf_zj2", 9, ("Jason Shou", "3301876542@qq.com"), **SHA),
    e("exmailen", "paid", None,
      "Dear Wang,\n\nFinance paid today, RMB 73,500, please check. Bank slip in attachment.\n\nVivian",
      "zf_zj2", 22, VIV, atts=["bank_slip.pdf"], **SHA),
    e("exmailen", "paid", None,
      "Dear Mr Wang,\n\nNot yet receive the payment? Finance said money already go out on 22nd, the slip I sent you.\n\nVivian",
      "zf_zj2", 24, VIV, note="asks if our side received what was sent", **SHA),
    # ---- Khangai Cashmere (Ulaanbaatar) ----
    e("olen", "promise", D(2026, 12, 15),
      "Dear Mr. Lin,\n\nThank you for the reminder. The phase 2 payment is included in our payment schedule for "
      "2026.12.15. We will send the SWIFT copy after the transfer.\n\nBest regards,\nOyunchimeg Batbold\nFinance Manager, "
      "Khangai Cashmere LLC\nTel: +976 7011 2345 | Fax: +976 7011 2346",
      "zf_ub1", 2, OYU, **ULN),
    e("gmailen", "dispute", None,
      "Hello,\n\nThe scale integration is still not working on line 2. The weights from the Mettler scale are not coming "
      "into the lot record, we are typing them by hand. Because of this the combing yield report is also wrong. I have "
      "told Oyunchimeg we should not pay phase 2 until it is fixed.\n\nGanzorig\nProduction engineer",
      "zf_ub1", 3, GAN, danger=True, **ULN),
    e("iosen", "dispute", None,
      "Mr Lin, I have asked Ganzorig to send you the list of problems. Payment will wait until your engineer fixes line 2.\n"
      "Regards, Bat-Erdene",
      "zf_ub1", 4, BAT, danger=True, **ULN),
    e("owaen", "bank_question", None,
      "Dear Sir,\n\nOur bank (Khan Bank) asks for the name and address of the intermediary bank for a USD transfer to China, "
      "and the CNAPS code of the beneficiary bank. Please provide.\n\nRegards,\nEnkhjargal\nAccountant",
      "zf_ub2", 8, ENKH, danger=True, **ULN),
    e("gmailen", "acceptance", None,
      "Hi Mr Lin,\n\nYour engineer connected the line 2 scale remotely yesterday. I checked 40 lots today, all weights OK, "
      "and the yield report is correct now. From my side it is accepted.\n\nGanzorig",
      "zf_ub2", 10, GAN, **ULN),
    e("olen", "promise", D(2026, 12, 15),
      "Dear Mr. Lin,\n\nAs the problem is solved, the payment remains scheduled for 15.12.2026.\n\nBest regards,\n"
      "Oyunchimeg",
      "zf_ub2", 11, OYU, **ULN),
    e("olen", "promise", D(2026, 12, 18),
      "Dear Mr. Lin,\n\nI am sorry, the transfer could not be made yesterday. We did not have enough USD on the account and "
      "the bank's MNT rate was very bad. We will transfer on Friday, 18 December.\n\nBest regards,\nOyunchimeg",
      "zf_ub2", 16, OYU, earlier="Dear Mr. Lin,\n\nAs the problem is solved, the payment remains scheduled for "
      "15.12.2026.\n\nBest regards,\nOyunchimeg", note="her own quoted date given up for Friday", **ULN),
    e("owaen", "paid", None,
      "Dear Mr. Lin,\n\nUSD 24,600.00 was transferred today. Please find the SWIFT MT103 attached. Bank charges are on our "
      "side (OUR).\n\nRegards,\nEnkhjargal",
      "zf_ub2", 18, ENKH, atts=["MT103_KC_20261218.pdf"], **ULN),
    e("iosen", "paid", None, "Mr Lin, we settled this on Friday. Regards, Bat-Erdene", "zf_ub2", 21, BAT,
      note="paid on a past Friday (the 18th)", **ULN),
    # ---- Driftless Creek Cheese (Wisconsin; month-first) ----
    e("olen", "resend_request", None,
      "Hi Wang,\n\nI don't see an invoice for this in our system. Can you send it to ap@driftlesscreek.com? We can't pay "
      "without an invoice on file.\n\nThanks,\nBrenda Kowalski\nAccounts Payable | Driftless Creek Cheese Co.\n"
      "(608) 555-0147",
      "zf_wi1", 2, BRENDA, **CHI),
    e("gmailen", "other", None,
      "Hi Wang Ming,\n\nBrenda has the invoice now. Before we can pay an overseas vendor we need a completed W-8BEN-E from "
      "you. Once we have it you'll go in the next international wire run - we wire on the 1st and 3rd Thursday.\n\n"
      "Megan Schultz\nController",
      "zf_wi1", 3, MEGAN, note="the payer's own form first (other); paydays with no day for this payment", **CHI),
    e("iosen", "dispute", None,
      "Wang - the humidity sensors in aging room 3 have been reading 99% for a week straight. Either the room's a swamp or "
      "your sensors are shot. I've got 2,000 wheels of cheddar in there. Not signing off on go-live till this is sorted.\n"
      "Dale",
      "zf_wi1", 4, DALE, danger=True, **CHI),
    e("tben", "acceptance", None,
      "Sensor in aging room 3 was replaced yesterday, your tech walked me through it remotely. Readings are 84-86% now, "
      "which matches our handheld. Dale says OK for go-live.\n\nLuis Ramirez\nQA",
      "zf_wi2", 9, LUIS, below=True, **CHI),
    e("gmailen", "promise", D(2026, 12, 17),
      "Hi Wang,\n\nGot the W-8BEN-E, thanks. You're set up as a vendor now - see below.\n\nMegan",
      "zf_wi2", 10, MEGAN, inline=("Please arrange payment as soon as possible", "[MS] Scheduled for our 12/17 wire run."),
      note="the date is in an answer written inside the quote", **CHI),
    e("gmailapp", "dispute", None,
      "We paid for software that didn't work for 3 weeks during our busiest aging cycle. I want a credit for those 3 weeks "
      "before any money goes out.\n\nTom Brandt",
      "zf_wi2", 11, TOM, danger=True, **CHI),
    e("gmailen", "dispute", None,
      "Hi Wang,\n\nSee Tom's note below - I have to pull the payment from the 12/17 run until you two agree on the "
      "credit. Sorry - not my call.\n\nMegan\n\n---------- Forwarded message ---------\nFrom: Tom Brandt "
      "<tom@driftlesscreek.com>\nDate: Sun, Dec 13, 2026 at 7:42 PM\nSubject: Re: Second reminder: Go-live payment "
      "overdue\nTo: Megan Schultz <mschultz@driftlesscreek.com>\n\nMegan - hold the Example Tech wire. Not a cent "
      "until they give us the 3 weeks back.\n\nTom",
      "zf_wi2", 14, MEGAN, danger=True, note="a scheduled payment withdrawn over a claimed credit", **CHI),
    e("android", "promise", None,
      "Talked to Wang on the phone. $1,500 credit agreed. Megan, pay the rest.\n\nTom",
      "zf_wi2", 17, TOM, note="the owner releases the payment less an agreed credit, no day", **CHI),
    e("olen", "partial_payment", None,
      "Hi Wang,\n\nThe wire for $17,400.00 (18,900 less the agreed 1,500 credit) went out today. Confirmation attached.\n\n"
      "Brenda",
      "zf_wi2", 18, BRENDA, atts=["Wire_Confirmation_121826.pdf"], note="an agreed deduction: partial", **CHI),
    # ---- Hveragerði Gróðurhús (Iceland; day-first) ----
    e("olenplain", "promise", D(2026, 12, 10),
      "Hello Wang,\n\nThe final payment is approved and will be paid with our next supplier payments on 10.12.2026.\n\n"
      "Kveðja / Regards,\nSigríður Jónsdóttir\nbókhald - Hveragerði Gróðurhús ehf.",
      "zf_rk1", 2, SIGGA, **REK),
    e("tben", "dispute", None,
      "The light schedule did not switch to winter mode on 1.12. as it should. The LEDs in house 4 ran 20 hours instead of "
      "16 for two days, the tomatoes don't like it and neither does our electricity bill. Please check this before we pay "
      "anything more.\n\nÓlafur",
      "zf_rk1", 3, OLAFUR, below=True, danger=True, **REK),
    e("appleen", "dispute", None,
      "Wang,\n\nI've told Sigga to hold the final payment until Ólafur confirms the winter schedule works. Should be quick "
      "if your people are on it.\n\nGunnar",
      "zf_rk1", 4, GUNNAR, danger=True, **REK),
    e("tben", "acceptance", None,
      "Winter mode works since your update on Monday. 16 hours on, checked in all 6 houses. OK from me.\n\nÓlafur",
      "zf_rk2", 9, OLAFUR, below=True, **REK),
    e("olenplain", "promise", D(2026, 12, 15),
      "Hello Wang,\n\nGunnar has released the payment, but it missed today's payment run. It will go out on Tuesday 15.12.\n\n"
      "Kveðja,\nSigríður\n--\nSkrifstofan er lokuð 24.12.-3.1. / Office closed 24.12.-3.1.",
      "zf_rk2", 10, SIGGA, **REK),
    e("owaen", "resend_request", None,
      "Dear Sir/Madam,\n\nWe handle the bookkeeping for Hveragerði Gróðurhús ehf. Please reissue the invoice with the "
      "buyer's kennitala (560614-1230) and VAT number (VSK 118452) shown; our auditors need both on foreign invoices.\n\n"
      "Best regards,\nReikningar ehf. - Bókhald",
      "zf_rk2", 11, REIK, note="the client's numbers to add, no fault said", **REK),
    e("olenplain", "partial_payment", None,
      "Hello Wang,\n\nEUR 16.765,00 was paid today from Arion banki (16.800,00 less our bank's foreign transfer fee of "
      "35,00). The receipt is attached.\n\nKveðja,\nSigríður",
      "zf_rk2", 15, SIGGA, atts=["kvittun.pdf"], **REK),
    # ---- Kanengo Tobacco Auctions (Lilongwe): forex, force majeure ----
    e("olen", "other", None,
      "Dear Mr Sun,\n\nGreetings from Kanengo. We acknowledge your reminder. Kindly note that due to the forex shortage in "
      "Malawi our bank has placed our USD application in a queue. We are hoping the allocation will come through by "
      "mid-December, after which the payment will be effected.\n\nKind regards,\nChimwemwe Banda\nFinance Officer",
      "zf_ll1", 2, BANDA, note="the day hoped for is the bank's allocation, not the payment: a hedge", **LLW),
    e("olen", "resend_request", None,
      "Dear Mr Sun,\n\nTo support our forex application at the Reserve Bank of Malawi, kindly resend the invoice and "
      "a copy of the signed agreement, both stamped. The bank will not accept the copies we have.\n\nKind regards,\n"
      "Chimwemwe Banda\nFinance Officer\nKanengo Tobacco Auctions Ltd | P.O. Box 30412, Lilongwe 3 | +265 1 710 224",
      "zf_ll1", 4, BANDA, **LLW),
    e("gmailen", "other", None,
      "Hi Wang,\n\nThe bale ticket printers on Floor B keep jamming because the new ticket template is 3mm longer than the "
      "stock we use. We lost about an hour of selling on Tuesday. Can your team fix the template?\n\nTiwonge\nIT Officer",
      "zf_ll1", 3, TIWO, danger=True, note="a fault report with no word of the payment: other by labels.yaml's convention (a support request, held for the PM; hs120, hw034, hx044, hx079); its blind writer said dispute (lead, session 14)", **LLW),
    e("olmoben", "more_time", D(2027, 1, 31),
      "Mr Sun,\n\nPlease bear with us. The forex situation is beyond our control. We are not refusing to pay. Give us until "
      "the end of January and we shall clear the whole amount.\n\nRegards,\nM. Phiri\nGeneral Manager",
      "zf_ll2", 8, PHIRI, danger=True, note="a negation beside a request for time", **LLW),
    e("olen", "promise", D(2026, 12, 11),
      "Dear Mr Sun,\n\nFurther to the GM's email, we have managed to get a partial allocation of USD 10,000 from the bank. "
      "We will remit this amount on Friday 11/12/2026 and the balance when the next allocation comes.\n\nKind regards,\n"
      "Chimwemwe Banda",
      "zf_ll2", 9, BANDA, note="the part's day; the balance has none", **LLW),
    e("olen", "partial_payment", None,
      "Dear Mr Sun,\n\nPlease find attached the SWIFT copy for USD 10,000.00 remitted today. The balance of USD 11,500.00 "
      "will follow once the bank allocates forex.\n\nKind regards,\nChimwemwe Banda",
      "zf_ll2", 11, BANDA, atts=["SWIFT_copy_KTA.pdf"], **LLW),
    e("owaen", "dispute", None,
      "Dear Sirs,\n\nWe refer to your letter of demand dated 14 December 2026. Our client paid USD 10,000.00 on 11 December "
      "2026, as your records should show. The balance is delayed solely by the unavailability of foreign exchange, a "
      "circumstance outside our control and covered by clause 14 (force majeure) of the agreement. We therefore reject the "
      "claim that the amount is in default and any suggestion that legal action is warranted.\n\nYours faithfully,\n"
      "Company Secretary\nKanengo Tobacco Auctions Ltd",
      "zf_lld", 15, LEGAL, danger=True, **LLW),
    e("olen", "partial_payment", None,
      "Dear Mr Sun,\n\nGood news - the balance has been remitted this morning: USD 9,775.00, being USD 11,500.00 less "
      "15% non-resident withholding tax as required by the Malawi Revenue Authority. The WHT certificate will follow. "
      "SWIFT copy attached.\n\nCompliments of the season!\nChimwemwe",
      "zf_lld", 22, BANDA, atts=["SWIFT_copy_KTA_2.pdf"], note="a withholding-tax cut stated: partial", **LLW),
]  # fmt: skip

ZF_INTL = ZF_HANT + ZF_EN
