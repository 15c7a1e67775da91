"""Held-out set V, Traditional Chinese and English senders (see ``heldout_c_set_v.py``).

A Yunlin soy-sauce brewery (Taiwan usage, ROC years, 水單, 統一編號), a Hong Kong tutoring
centre (Cantonese, Big5-HKSCS through Outlook's ``big5`` label), and English from a German
firm's plant in Taicang, a Singapore bunker supplier, a Kuching bird's-nest processor, a
Hobart salmon farm and a Savannah furniture importer, each in its own zone.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_v  # noqa: F401  (registers the threads)

TPE, HKG = "Asia/Taipei", "Asia/Hong_Kong"
SHA, SIN, KCH = "Asia/Shanghai", "Asia/Singapore", "Asia/Kuching"
HBA, NYC, PDX = "Australia/Hobart", "America/New_York", "America/Los_Angeles"


def D(m: int, d: int, y: int = 2026) -> date:
    return date(y, m, d)


DEC2 = D(12, 2)


def v(style: str, kind: str, due: date | None, body: str, thread: str, who: tuple[str, str],
      tz: str, day: date = DEC2, **opts: object) -> tuple:  # fmt: skip
    """One entry: the generator's tuple with thread, sender, zone and day in ``opts``."""
    return (style, kind, due, body, {"thread": thread, "sender": who, "tz": tz, "day": day, **opts})


# 源順醬園 (西螺, 雲林) — soy-sauce brewery, batch system 尾款
LIAO = ("廖文雄", "liao.ws@yuanshun-soy.com.tw")
CHENYC = ("陳怡君", "yichun.chen@yuanshun-soy.com.tw")
HUANGF = ("黃廠長", "huang.yuanshun@gmail.com")
WUPS = ("吳佩珊", "ps.wu@yuanshun-soy.com.tw")
SU = ("蘇建良", "jl.su@yuanshun-soy.com.tw")
# 明途教育中心 (Hong Kong) — tutoring centre, student system 2nd milestone
MAK = ("麥嘉敏", "carmen.mak@brightpath.edu.hk")
LAU = ("劉校長", "principal.lau@brightpath.edu.hk")
WINNIE = ("Winnie Cheung", "winniecheung.bp@gmail.com")
CHANSIR = ("陳Sir", "chansir.bp@icloud.com")
IVY = ("Ivy Ho", "ivy.ho@shingtak-cpa.com.hk")
# Kessler Antriebstechnik (Taicang) — test bench data system, acceptance payment
GU = ("Gu Yan", "yan.gu@kessler-antrieb.com")
BAUER = ("Bauer, Jürgen", "juergen.bauer@kessler-antrieb.com")
LILY = ("Lily Xu", "ap.taicang@kessler-antrieb.com")
MARKUS = ("Markus Klein", "markus.klein@kessler-antrieb.com")
ZHAOL = ("Zhao Lei", "zhaolei_test@163.com")
# Straits Marine Fuels (Singapore) — bunker delivery tracking
TAN = ("Tan Wei Ming", "weiming.tan@straitsmf.com.sg")
PRIYA = ("Priya Raman", "priya.finance.smf@gmail.com")
JASON = ("Jason Lim", "jason.lim@straitsmf.com.sg")
# Borneo Swiftlet Nest (Kuching) — traceability portal
WONG = ("Wong Kah Heng", "khwong.borneonest@gmail.com")
SITI = ("Siti Aminah", "accounts@borneoswiftlet.com.my")
DANIEL = ("Daniel Wong", "daniel.wong.bsn@gmail.com")
# Derwent Estuary Salmon (Hobart) — pen monitoring dashboard
SIOB = ("Siobhan O'Brien", "accounts@derwentsalmon.com.au")
NICK = ("Nick Brereton", "nick.b@derwentsalmon.com.au")
MARK = ("Mark Fitzgerald", "mark.fitzgerald.des@gmail.com")
# Tidewater Home Furnishings (Savannah, GA) — inventory & showroom app
RAY = ("Ray Caldwell", "ray@tidewaterhome.com")
DENISE = ("Denise Harper", "ap@tidewaterhome.com")
BRANDON = ("Brandon Pruitt", "bpruitt.tidewater@gmail.com")
# Cascadia Outdoor Gear (Portland, OR) — dealer portal
ELENA = ("Elena Reyes", "elena.reyes@cascadiaoutdoor.com")
MEGAN = ("Megan Cho", "megan.cho.cog@gmail.com")

HANT = [
    # --- 源順醬園 (Taiwan)
    v("owazhtw", "promise", D(12, 25),
      "周經理您好：\n\n本公司付款條件為月結30天，尾款新台幣伍拾陸萬元整將於民國115年12月25日匯出，屆時再提供水單。\n\n"
      "陳怡君\n源順醬園股份有限公司 會計部\n電話：05-5867213",
      "v_yl", CHENYC, TPE, note="ROC year 115"),
    v("ioszhtw", "more_time", None,
      "周經理，今年黑豆收成不好，原料漲很多，尾款能不能分兩次？這個月先付一半，另一半等過完農曆年再匯。",
      "v_yl", LIAO, TPE, day=D(12, 3), note="half now, half after Lunar New Year: no single day"),
    v("gmailtw", "dispute", None,
      "周經理：\n\n甕缸區的溫度曲線匯出報表一直少了晚上十點到早上六點的資料，衛生局稽查要看完整紀錄。"
      "這問題沒解決之前我不會簽驗收，已經跟會計講先不要付款。\n\n黃廠長",
      "v_yl", HUANGF, TPE, day=D(12, 3), danger=True),
    v("owazhtw", "resend_request", None,
      "您好，請款的電子發票請加上我們公司的統一編號 24681357，麻煩補開後寄到 acct@yuanshun-soy.com.tw，謝謝。\n\n吳佩珊",
      "v_yl", WUPS, TPE, day=D(12, 4), note="add our number, no fault said"),
    v("olmobtw", "other", None,
      "周經理您好，我是源順業務部蘇建良。明年我們想在嘉義新廠也導入同一套系統，方便的話約個時間視訊討論嗎？",
      "v_yl", SU, TPE, day=D(12, 7)),
    v("owazhtw", "bank_question", None,
      "周經理：\n\n請問貴公司收款銀行的SWIFT代碼，以及是否需要中間行？我們從臺灣匯款到大陸需要這些資料。另外匯費是否由貴公司負擔？\n\n陳怡君",
      "v_yl", CHENYC, TPE, day=D(12, 9)),
    v("gmailtw", "acceptance", None,
      "周經理：夜間資料已經補齊，這週連續三天的報表都完整，我今天簽了驗收單，掃描檔附上。",
      "v_yl", HUANGF, TPE, day=D(12, 9), atts=["驗收單.pdf"]),
    v("ioszhtw", "promise", D(12, 16),
      "報表的問題黃廠長說已經改好了，我同意付款，下週三前先匯一半。",
      "v_yl", LIAO, TPE, day=D(12, 10), note="half promised by Wednesday next week"),
    v("owazhtw", "partial_payment", None,
      "周經理：\n\n今日已匯出尾款之半數新台幣貳拾捌萬元整，水單如附件；餘款新台幣貳拾捌萬元將於農曆年後匯出。\n\n陳怡君",
      "v_yl", CHENYC, TPE, day=D(12, 16), atts=["水單_1151216.pdf"]),
    v("owazhtw", "other", None,
      "您好，驗收單正本已經用掛號寄出，掛號號碼 RR123456789TW，請查收。",
      "v_yl", WUPS, TPE, day=D(12, 17)),
    v("ioszhtw", "partial_payment", None,
      "周經理，上禮拜三已經匯一半過去了，你們那邊有收到嗎？另一半過完年一定處理。",
      "v_yl", LIAO, TPE, day=D(12, 21), note="past: half sent last Wednesday"),
    v("owazhtw", "promise", D(1, 29, 2027),
      "周經理您好：\n\n尾款餘額新台幣貳拾捌萬元整，預計於民國116年1月29日（農曆年前）匯出，屆時再提供水單。\n\n陳怡君",
      "v_yl", CHENYC, TPE, day=D(12, 23), note="ROC year 116; the explicit day beats 農曆年前"),
    v("gmailtw", "other", None, "周經理，請問明年的維護合約從什麼時候開始算？是驗收日還是上線日？\n\n黃廠長",
      "v_yl", HUANGF, TPE, day=D(12, 21)),
    # --- 明途教育中心 (Hong Kong)
    v("olzhtw", "promise", D(12, 7),
      "周先生你好，\n\n第二期款校長已經批咗，下個禮拜一（7號）會安排電匯，到時再send水單俾你。\n\n麥嘉敏\n明途教育中心 行政經理",
      "v_hk", MAK, HKG, note="Cantonese, Big5-HKSCS"),
    v("olmobtw", "dispute", None,
      "周先生，系統喺考試季成日hang機，家長app收唔到成績通知，已經投訴咗好多次。問題未解決之前，第二期款暫時唔會畀住。\n\n劉校長",
      "v_hk", LAU, HKG, day=D(12, 3), danger=True),
    v("olzhtw", "dispute", None,
      "周先生，更正返之前講嘅：校長而家未批，下個禮拜一唔會電匯住，等佢同你哋傾掂系統嘅問題先。\n\n麥嘉敏",
      "v_hk", MAK, HKG, day=D(12, 3), danger=True, note="the promised Monday withdrawn until the fix"),
    v("ioszhtw", "other", None,
      "你好，我係明途嘅導師陳Sir，想問下學期嘅課程表可唔可以喺系統入面設定每星期重複上堂？而家要逐堂入好麻煩。",
      "v_hk", CHANSIR, HKG, day=D(12, 4)),
    v("gmailtw", "dispute", None,
      "周先生，校長吩咐咗，要等你哋工程師修好app先至畀錢，唔好意思。電匯嗰邊我已經hold住咗。\n\nWinnie",
      "v_hkz", WINNIE, HKG, day=D(12, 10), stage="second", seq=2, danger=True),
    v("olzhtw", "promise", D(12, 18),
      "周先生，app修好咗，家長都收到通知喇。校長話今個禮拜五（18號）之前會電匯。\n\n麥嘉敏",
      "v_hk2", MAK, HKG, day=D(12, 14), stage="second", seq=2),
    v("gmailtw", "bank_question", None,
      "周先生，請問你哋收款銀行嘅SWIFT code同埋銀行地址係乜？我哋經滙豐電匯去內地要填。",
      "v_hkz", WINNIE, HKG, day=D(12, 15), stage="second", seq=2),
    v("olzhtw", "acceptance", None,
      "周先生，家長app已經穩定咗成個禮拜，校長話第二期嘅驗收冇問題，驗收表簽咗，附上。",
      "v_hk2", MAK, HKG, day=D(12, 16), stage="second", seq=2, atts=["驗收表_明途.pdf"]),
    v("olzhtw", "resend_request", None,
      "周先生你好，我哋係明途嘅外判會計。請問發票可唔可以加埋明途嘅商業登記號碼（BR No. 61234567）？核數師要，唔該晒。\n\n"
      "Ivy Ho\n信德會計師事務所",
      "v_hk2", IVY, HKG, day=D(12, 17), stage="second", seq=2, note="add our BR number, no fault said"),
    v("olmobtw", "paid", None,
      "Winnie今日已經電匯咗HK$86,000，請查收。\n\n劉校長",
      "v_hkz", LAU, HKG, day=D(12, 18), stage="second", seq=2),
    v("gmailtw", "other", None, "收到你哋嘅收據，多謝晒！\n\nWinnie", "v_hkz", WINNIE, HKG, day=D(12, 21),
      stage="second", seq=2),
]  # fmt: skip

EN = [
    # --- Kessler Antriebstechnik (Taicang)
    v("olenplain", "dispute", None,
      "Dear Mr. Zhou,\n\nI cannot approve this payment. The test bench data system still loses measurement data when more than "
      "four benches run in parallel – we reported this on 18.11. The acceptance protocol is not signed from my side, so there "
      "is no acceptance payment due yet.\n\nRegards\nJürgen Bauer\nWerkleiter / Plant Manager",
      "v_tc", BAUER, SHA, danger=True, note="windows-1252; not accepted, not due"),
    v("olen", "dispute", None,
      "Dear Mr Zhou,\n\nAs Mr Bauer wrote, the acceptance is not signed yet, so the invoice is blocked in SAP. Once the acceptance "
      "protocol is signed we will pay within our standard terms.\n\nBest regards,\nGu Yan\nFinance Manager",
      "v_tc", GU, SHA, day=D(12, 3), danger=True),
    v("exmailen", "resend_request", None,
      "Dear Sir,\n\nOur SAP requires the PO number 4500018823 on the invoice. Please re-issue the fapiao with the PO number in the "
      "remarks field and send it to ap.taicang@kessler-antrieb.com.\n\nThanks & regards,\nLily Xu\nAccounts Payable",
      "v_tc", LILY, SHA, day=D(12, 3), note="add our PO number, no fault said"),
    v("tben", "other", None,
      "Hi,\n\nthe patch you installed on Friday fixed the parallel logging, we ran 6 benches over the weekend without loss. "
      "From IT side ok, formal acceptance is Jürgen's call.\n\nMarkus",
      "v_tc", MARKUS, SHA, day=D(12, 7), below=True, note="bottom-posted; IT's view, not the acceptance"),
    v("mmen", "other", None,
      "Hi Mr Zhou, this is Zhao Lei from the test lab. Can your engineer also export the bench data as CSV? Our German colleagues "
      "want it for the weekly report. Thanks!",
      "v_tc", ZHAOL, SHA, day=D(12, 8)),
    v("olenplain", "acceptance", None,
      "Dear Mr. Zhou,\n\nacceptance protocol signed today (09.12.2026), scan attached. Frau Gu will arrange the payment.\n\n"
      "Regards\nJürgen Bauer",
      "v_tc", BAUER, SHA, day=D(12, 9), atts=["Abnahmeprotokoll_signed.pdf"]),
    v("olen", "promise", D(12, 17),
      "Dear Mr Zhou,\n\nThank you. The payment is scheduled in our next payment run on 17.12.2026.\n\nBest regards,\nGu Yan",
      "v_tc", GU, SHA, day=D(12, 10), note="dd.mm.yyyy"),
    v("exmailen", "paid", None,
      "Dear Mr Zhou,\n\nPlease find attached the remittance advice for CNY 264,000.00, paid today. Kindly check.\n\nLily Xu",
      "v_tc", LILY, SHA, day=D(12, 17), atts=["Remittance_Advice_5100023817.pdf"]),
    # --- Straits Marine Fuels (Singapore)
    v("owaen", "promise", D(12, 4),
      "Hi Zhou,\n\nNoted with thanks. Our finance will process the payment by this Friday (4/12). Will send you the TT copy once done.\n\n"
      "Regards,\nTan Wei Ming\nOperations Director",
      "v_sgp", TAN, SIN),
    v("iosen", "other", None,
      "Zhou, the tracking app still cannot show the barge positions since last week's update, my surveyors very frustrated. "
      "Can fix or not?",
      "v_sgp", JASON, SIN, note="a support request, payment not mentioned"),
    v("owaen", "dispute", None,
      "Hi Zhou,\n\nJust realised the invoice says USD 18,500 but our PO is USD 17,500 – the extra 1,000 for the AIS add-on was never "
      "approved on our side. Please revise the invoice; we will pay the 17,500 against the PO.\n\nTan",
      "v_sgp", TAN, SIN, day=D(12, 3), danger=True, note="amount above the PO"),
    v("gmailen", "partial_payment", None,
      "Hi,\n\nTT for USD 17,500 done today as per PO, copy attached. The balance USD 1,000 is pending Tan's confirmation on the "
      "add-on.\n\nThanks,\nPriya",
      "v_sgp", PRIYA, SIN, day=D(12, 4), atts=["TT_copy_20261204.pdf"], danger=True),
    v("gmailen", "bank_question", None,
      "Hi,\n\nOur bank (DBS) is asking for the CNAPS code of the beneficiary bank, and whether the account can receive USD. "
      "Please advise.\n\nPriya",
      "v_sgp", PRIYA, SIN, day=D(12, 8)),
    v("owaen", "promise", None,
      "Zhou, ok lah, spoke to my boss, we'll take the AIS add-on. Priya will pay the USD 1,000 balance next week.",
      "v_sgp", TAN, SIN, day=D(12, 10), note="next week, no day"),
    v("gmailen", "paid", None,
      "Hi Zhou, balance USD 1,000 paid today. Thanks!\n\nPriya",
      "v_sgp", PRIYA, SIN, day=D(12, 16)),
    # --- Borneo Swiftlet Nest (Kuching)
    v("android", "promise", D(12, 31),
      "Hi Mr Zhou, sorry for late reply. Payment will bank in by end of this month, now waiting our buyer from China pay us first. "
      "Sure will settle one.",
      "v_kch", WONG, KCH),
    v("olen", "resend_request", None,
      "Dear Mr Zhou,\n\nKindly provide us the invoice with your company chop as our auditor require it. The copy we received got no "
      "chop.\n\nThank you.\n\nSiti Aminah\nAccounts",
      "v_kch", SITI, KCH, day=D(12, 3)),
    v("gmailapp", "other", None,
      "Hi Zhou, Daniel here (Mr Wong's son). The QR codes from the traceability portal can't scan with the customs app, "
      "hopefully can fix before the CNY shipments.",
      "v_kch", DANIEL, KCH, day=D(12, 7)),
    v("android", "promise", D(12, 15),
      "Mr Zhou, the China buyer pay already. I ask Siti bank in to you tomorrow morning.",
      "v_kch", WONG, KCH, day=D(12, 14)),
    v("olen", "paid", None,
      "Dear Mr Zhou,\n\nPayment of USD 9,600.00 has been remitted today via Maybank. Please find attached the bank advice.\n\n"
      "Siti Aminah",
      "v_kch", SITI, KCH, day=D(12, 15), atts=["Maybank_advice.pdf"]),
    # --- Derwent Estuary Salmon (Hobart)
    v("olen", "promise", D(12, 10),
      "Hi Zhou,\n\nThanks for the reminder – this one slipped through. It'll go out in Thursday's pay run (10/12).\n\nCheers,\n"
      "Siobhan O'Brien\nAccounts",
      "v_hob", SIOB, HBA, note="day-first"),
    v("iosen", "dispute", None,
      "Zhou – hold off on chasing this. The pen cameras on Lease 4 have been offline since the storm and your dashboard still "
      "shows them green. Not signing off milestone 2 till that's sorted.\n\nNick",
      "v_hob", NICK, HBA, danger=True),
    v("olen", "dispute", None,
      "Hi Zhou,\n\nNick's asked me to pull this from Thursday's pay run until the camera issue is resolved, sorry. I'll let you know "
      "once he's happy.\n\nSiobhan",
      "v_hob", SIOB, HBA, day=D(12, 3), danger=True, note="the promised pay run withdrawn"),
    v("iosen", "acceptance", None,
      "Cameras back and the alerts are working. Happy to sign off M2 – done in the portal.",
      "v_hob", NICK, HBA, day=D(12, 9)),
    v("olen", "promise", D(12, 17),
      "Hi Zhou,\n\nNow that Nick's signed off, this is in the pay run on Thursday week (17/12).\n\nCheers,\nSiobhan",
      "v_hob", SIOB, HBA, day=D(12, 10)),
    v("gmailen", "bank_question", None,
      "Zhou, could you confirm the account name exactly as it appears at your bank? Our bank's confirmation-of-payee check came "
      "back with only a partial match and I'm not releasing a wire until that's cleared.\n\nMark Fitzgerald\nCFO",
      "v_hob", MARK, HBA, day=D(12, 11)),
    v("olen", "paid", None,
      "Paid this arvo, remittance attached.\n\nSiobhan",
      "v_hob", SIOB, HBA, day=D(12, 17), atts=["Remittance_DES_17122026.pdf"]),
    # --- Tidewater Home Furnishings (Savannah)
    v("olen", "promise", D(12, 11),
      "Hi Zhou,\n\nThanks for the reminder. Per our records invoice EX-2026-1187 is scheduled for our 12/11 check run; we pay "
      "international vendors by wire on the same day.\n\nRegards,\nDenise Harper\nAccounts Payable",
      "v_sav", DENISE, NYC, note="month-first"),
    v("iosen", "dispute", None,
      "Zhou, the showroom app is still crashing on the iPads every time a customer opens the fabric swatches. I told your guys this "
      "in October. We're not paying the final until it works.\n\nRay",
      "v_sav", RAY, NYC, day=D(12, 3), danger=True),
    v("olen", "dispute", None,
      "Hi Zhou,\n\nPer Ray, I've pulled invoice EX-2026-1187 from the 12/11 run. We'll reschedule once he approves.\n\nDenise",
      "v_sav", DENISE, NYC, day=D(12, 4), danger=True, note="the 12/11 run withdrawn"),
    v("olen", "bank_question", None,
      "Hi Zhou,\n\nOur bank is asking for an intermediary bank for USD wires to China. Do you have a correspondent bank in New York? "
      "They also want the beneficiary's street address.\n\nDenise",
      "v_sav", DENISE, NYC, day=D(12, 8)),
    v("gmailen", "other", None,
      "Hey Zhou, Brandon from the Savannah warehouse – the new build works on the iPads now, no crashes so far. Thanks for the "
      "quick turnaround.",
      "v_sav", BRANDON, NYC, day=D(12, 9)),
    v("olen", "paid", None,
      "Hi Zhou,\n\nWire sent today for USD 31,200.00. Fed reference 20261214B1Q8021C000417. Please confirm receipt.\n\nDenise",
      "v_sav", DENISE, NYC, day=D(12, 14)),
    v("iosen", "paid", None,
      "Formal demand?? We never refused to pay, we said fix the app. It was fixed on 12/9 and I approved it on 12/10. Denise wired "
      "it yesterday, 12/14. Check your account before you send lawyer letters.\n\nRay",
      "v_sav2", RAY, NYC, day=D(12, 15), stage="demand", note="the demand answered: wired yesterday"),
    # --- Cascadia Outdoor Gear (Portland)
    v("olen", "paid", None,
      "Hi Zhou,\n\nWe sent the wire on Monday 11/30; the confirmation is attached. Let me know if it hasn't landed by Friday.\n\n"
      "Elena Reyes\nController",
      "v_por", ELENA, PDX, atts=["Wire_Confirmation_1130.pdf"], note="past Monday"),
    v("gmailen", "bank_question", None,
      "Hi Zhou, bad news: the wire came back today. Our bank says the beneficiary name didn't match the account. Can you confirm the "
      "exact account name (in English and Chinese) so we can resend?\n\nMegan, AP",
      "v_por", MEGAN, PDX, day=D(12, 3), danger=True, note="a returned wire: not paid"),
    v("olen", "paid", None,
      "Hi Zhou,\n\nWire re-sent this morning with the corrected beneficiary name. Fed reference attached.\n\nElena",
      "v_por", ELENA, PDX, day=D(12, 7), atts=["Fed_Ref_1207.pdf"]),
]  # fmt: skip

INTL_V = HANT + EN
