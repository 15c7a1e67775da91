"""Held-out set ZB, continued: Traditional Chinese (Taiwan, Hong Kong), English, machine mail.

A Taichung cram school and a Donggang tuna trader answering the Simplified reminder in Taiwan
usage; a Sham Shui Po fabric wholesaler answering the English reminder in Cantonese (Big5 with
HKSCS); a Sambava vanilla exporter, a Fresno almond huller, an Almaty ski resort and a Port
Louis container terminal writing English in their own date habits; bounces, a delay, OOFs,
read receipts, a ticket acknowledgement, a list hold and a newsletter (heldout_c_machine_zb.py).
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_zb  # noqa: F401  (registers the set's reminders)
from heldout_c_machine_zb import bulk, dsn, mdn, ooo, plain_bounce

D = date


def firm(thread: str, tz: str, people: dict[str, tuple[str, str]]):
    """An entry maker for one firm: ``(style, kind, due, body, opts)`` in the firm's zone."""

    def entry(style: str, who: str, kind: str, due: date | None, body: str, **opts) -> tuple:
        opts.setdefault("thread", thread)
        opts.setdefault("tz", tz)
        opts.setdefault("sender", people[who])
        return (style, kind, due, body, opts)

    return entry


# 學思文理補習班 (Taichung): class scheduling and roll-call app, 中期款 NT$380,000
TC = firm("zb_cram", "Asia/Taipei", {
    "chien": ("簡佩君", "chien.pj@hsuehsz.com.tw"), "yu": ("游淑惠", "yu.acct.hs@gmail.com"),
    "lin": ("林老師", "lin.boss@hsuehsz.com.tw"), "desk": ("學思櫃台", "counter@hsuehsz.com.tw"),
    "cpa": ("誠信會計師事務所 陳會計", "chen@chengxin-cpa.com.tw"),
})  # fmt: skip
C6 = "王經理您好，今天已匯出中期款 NT$380,000，匯費由我們負擔，水單如附件。\n\n游淑惠 會計"
CRAM = [
    TC("owazhtw", "chien", "promise", D(2026, 12, 10), "王經理您好：\n中期款我們會在12/10（四）匯出，每月10號是我們固定的付款日。\n\n簡佩君\n教務主任"),
    TC("gmailtw", "yu", "resend_request", None, "王經理您好，收到的發票上沒有我們的統一編號，報帳需要，麻煩加上統編 53218867 後再寄一次，謝謝。\n\n游淑惠", day=D(2026, 12, 3)),
    TC("ioszhtw", "lin", "dispute", None, "點名系統上個月家長APP推播一直延遲，學生都到班了家長半小時後才收到通知，好幾個家長跑來櫃台抱怨。這個沒處理好之前，中期款先不要排。", day=D(2026, 12, 3), danger=True),
    TC("olmobtw", "desk", "other", None, "王經理您好，簡主任今天請假，付款的事請等她下週一回來再跟您聯繫。", day=D(2026, 12, 4), note="an absence; no payment day"),
    TC("owazhtw", "chien", "promise", D(2026, 12, 10), "王經理：\n推播延遲的問題貴司工程師已經處理，這週觀察下來都正常。林老師同意付款，還是照原訂的 12/10 匯出。\n\n簡佩君", day=D(2026, 12, 8)),
    TC("gmailtw", "yu", "paid", None, C6, day=D(2026, 12, 10), atts=["水單.jpg"]),
    TC("gmailtw", "yu", "promise", D(2026, 12, 11), "不好意思更正一下，剛剛說今天已匯出是錯的，銀行說跨境匯款今天已經過了截止時間，會在明天（12/11）才處理。\n\n游淑惠", day=D(2026, 12, 10), earlier=C6, danger=True, note="today's 'paid' corrected in the next mail"),
    TC("owazhtw", "cpa", "resend_request", None, "王經理 您好：\n本所受學思文理補習班委託處理帳務。貴公司開立的是大陸增值稅發票，依規定本所須另附英文商業發票（Commercial Invoice）入帳，請提供並註明買方統一編號 53218867。\n\n誠信會計師事務所\n陳會計", day=D(2026, 12, 11), note="an invoice in another form, no fault said"),
    TC("ioszhtw", "lin", "other", None, "收到，謝謝你們這麼快處理。明年寒假班要加開線上課，到時候再找你們聊。", day=D(2026, 12, 11)),
    TC("owazhtw", "chien", "bank_question", None, "王經理您好：\n請問貴公司帳戶可以直接收新台幣嗎？還是我們要換成人民幣或美元匯？中間行需要填嗎？我們銀行問的。\n\n簡佩君", day=D(2026, 12, 2)),
    TC("gmailtw", "yu", "paid", None, "王經理，中期款上週五（11/27）已經匯了，可能是跨境比較慢，請再幫忙查一下，水單附上。\n\n游淑惠", day=D(2026, 12, 2), atts=["匯款水單1127.jpg"], note="past tense: last Friday"),
    TC("owazhtw", "chien", "other", None, "王經理：\n明年的系統維護合約請寄給我們，我們1月起續約。\n\n簡佩君", day=D(2026, 12, 21), note="a renewal request"),
]  # fmt: skip

# 鮪福水產行 (Donggang, Pingtung): fish-auction and cold-chain tracking, 尾款 NT$296,000
PT = firm("zb_tuna", "Asia/Taipei", {
    "tsai": ("蔡文雄", "tsai.wh@weifu-seafood.com.tw"), "li": ("李秋月", "acct@weifu-seafood.com.tw"),
    "ting": ("蔡宜庭", "yiting.tsai@gmail.com"), "auc": ("拍賣場管理室", "auction@weifu-seafood.com.tw"),
})  # fmt: skip
TUNA = [
    PT("olzhtw", "li", "more_time", None, "王經理您好：\n尾款我們想在黑鮪魚季結束後再付，大概明年六月。今年漁獲少，資金周轉比較困難，請多包涵。\n\n李秋月 會計", note="想在…後再付 is a wish for time (labels.yaml: ASKING or wishing for time is more_time); relabelled promise -> more_time (lead, session 14)"),
    PT("ioszhtw", "tsai", "dispute", None, "冷鏈溫度一直跳警報，半夜吵醒我好幾次，結果都是誤報。這樣我怎麼付錢？先修好再說。", day=D(2026, 12, 3), danger=True),
    PT("gmailtw", "ting", "promise", D(2026, 12, 31), "王經理您好，我是蔡先生的女兒宜庭。爸爸比較急，說話比較直請見諒。誤報的問題我們確認是冷凍庫門沒關好造成的，不是系統的問題。尾款我們會在12月底前付清，不會拖到明年。\n\n蔡宜庭", day=D(2026, 12, 4)),
    PT("olzhtw", "li", "partial_payment", None, "王經理：\n尾款已於今日電匯，因為是跨境匯款，我們這邊銀行先扣了手續費新台幣800元，請見諒。\n\n李秋月", day=D(2026, 12, 14), danger=True, note="a cut stated (bank fee)"),
    PT("owazhtw", "auc", "other", None, "王經理：\n拍賣系統的出價看板今天清晨當機二十分鐘，拍賣中斷，漁民和承銷人都很不滿。請盡快派人來看。款項的事我不清楚，請問會計。\n\n拍賣場管理室", day=D(2026, 12, 7), danger=True, note="a fault report with no word of the payment: other by labels.yaml's convention (a support request, held for the PM; hs120, hw034, hx044, hx079); its blind writer said dispute (lead, session 14)"),
    PT("gmailtw", "ting", "resend_request", None, "王經理，請問可以給我們一份英文版的 invoice 嗎？銀行匯款要附。謝謝！", day=D(2026, 12, 11)),
    PT("ioszhtw", "tsai", "paid", None, "錢匯了 收到沒", day=D(2026, 12, 15)),
    PT("olzhtw", "li", "more_time", None, "王經理您好：\n尾款可以分兩期付嗎？12月先付一半，剩下的等農曆年後再付。漁季還沒開始，手頭比較緊，麻煩您了。\n\n李秋月", day=D(2026, 12, 8), note="instalments asked"),
]  # fmt: skip

# 姚記布行有限公司 (Sham Shui Po, Hong Kong): answers the English reminder in Cantonese
HK = firm("zb_fabric", "Asia/Hong_Kong", {
    "yiu": ("姚志強", "yiuck@yiukeetextiles.com.hk"), "winnie": ("Winnie Mak", "winnie.mak.yk@gmail.com"),
    "mrs": ("姚太", "mrs.yiu@yiukeetextiles.com.hk"), "keung": ("Ah Keung", "store@yiukeetextiles.com.hk"),
})  # fmt: skip
FABRIC = [
    HK("olzhtw", "yiu", "promise", D(2026, 12, 8), "王生：\n第二期款我哋下個禮拜二（8/12）會過數，要等客人找咗數先。唔好意思。\n\n姚志強"),
    HK("gmailtw", "winnie", "bank_question", None, "王生你好，我哋12月1號用轉數快過咗HKD 92,000去你哋戶口，但係彈返轉頭，銀行話收款戶口唔支援FPS。想問下你哋有冇香港嘅戶口？定係要電滙去內地？要用邊個SWIFT？\n\nWinnie", day=D(2026, 12, 3), danger=True, note="a payment attempt returned: not paid"),
    HK("ioszhtw", "mrs", "dispute", None, "王生，色卡系統印出嚟嘅顏色同實物差好遠，客人話我哋亂嚟，退咗兩單貨。呢期錢我哋暫時唔會畀住，等你哋搞掂先。", day=D(2026, 12, 3), danger=True),
    HK("olzhtw", "yiu", "paid", None, "王生：\n今日已經電滙咗HKD 92,000，滙款單附上，請查收。\n\n姚志強", day=D(2026, 12, 9), atts=["滙款單.pdf"]),
    HK("gmailtw", "winnie", "dispute", None, "王生：收到你哋張invoice，但係公司名寫錯咗，我哋係「姚記布行有限公司」，唔係「姚記紡織有限公司」，核數師唔收㗎，麻煩重新出過。唔該！", day=D(2026, 12, 10), danger=True),
    HK("olmobtw", "keung", "other", None, "王生，你搵錯人喇，我係倉務，錢嘅嘢搵Winnie。", day=D(2026, 12, 4), note="a hand-off"),
    HK("ioszhtw", "mrs", "other", None, "色卡問題已經搞掂，多謝晒你哋師傅。", day=D(2026, 12, 11)),
    HK("gmailtw", "winnie", "paid", None, "王生：第二期款今朝已經用網上銀行電滙咗，水單附上。之前嗰張invoice改好咗未？\n\nWinnie", day=D(2026, 12, 16), atts=["TT_advice_HSBC.pdf"]),
    HK("olzhtw", "yiu", "more_time", D(2026, 12, 21), "王生：\n呢排生意麻麻，客人又拖數，可唔可以俾多兩個禮拜時間我哋？唔該晒。\n\n姚志強", day=D(2026, 12, 7)),
]  # fmt: skip

# Sava Vanille SARL (Sambava, Madagascar): vanilla lot traceability, EUR 14,200
MG = firm("zb_vanilla", "Indian/Antananarivo", {
    "jc": ("Jean-Claude Rakotomalala", "jc.rakotomalala@gmail.com"),
    "voa": ("Voahangy Razafy", "compta@savavanille.mg"), "haja": ("Haja", "haja.field@savavanille.mg"),
    "sophie": ("Sophie Andrianina", "export@savavanille.mg"),
})  # fmt: skip
VANILLA = [
    MG("gmailen", "jc", "promise", D(2026, 12, 16), "Dear Mr Wang,\n\nThank you for your reminder. The vanilla campaign closed late this year and our buyers in Marseille pay us on 15/12. We will settle your mid-term payment on 16/12/2026 at the latest.\n\nBest regards,\nJean-Claude Rakotomalala\nDirector, Sava Vanille SARL"),
    MG("olen", "voa", "bank_question", None, "Dear Sir,\n\nKindly note that transfers in foreign currency from Madagascar need a domiciliation at the bank. For this we need a proforma invoice with the SWIFT code and the full address of your bank, and the name of the intermediary bank for EUR. Please send.\n\nRegards,\nVoahangy Razafy\nAccountant", day=D(2026, 12, 3)),
    MG("android", "haja", "other", None, "Hello sir, the tablets for weighing at the collection points in Andapa do not sync when there is no network, we lost the data of 2 days of green vanilla purchases. The farmers are not happy. Please fix.", day=D(2026, 12, 3), danger=True, note="a fault report with no word of the payment: other by labels.yaml's convention (a support request, held for the PM; hs120, hw034, hx044, hx079); its blind writer said dispute (lead, session 14)"),
    MG("gmailen", "jc", "dispute", None, "Mr Wang,\n\nI was told about the sync problem in Andapa. I must be honest: we will not pay until the offline mode works as promised in the specification. Our traceability certificate for the EU buyers depends on it.\n\nJ-C R.", day=D(2026, 12, 7), danger=True),
    MG("appleen", "sophie", "acceptance", None, "The offline mode has worked for a week now in Andapa and Antalaha, no data lost. We accept the module. For the payment please see with Voahangy.\n\nSophie", day=D(2026, 12, 14), below=True),
    MG("olen", "voa", "paid", None, "Dear Sir,\n\nWe have transferred EUR 14,200.00 today by BOA Madagascar. The charges of our side are paid by us; the intermediary bank may deduct its charges. Swift copy attached.\n\nRegards,\nVoahangy Razafy", day=D(2026, 12, 17), atts=["SWIFT_MT103_SAVA.pdf"], note="a cut only guessed at"),
    MG("gmailen", "jc", "promise", D(2026, 12, 23), "Dear Mr Wang,\n\nI apologize. Voahangy tells me the transfer of 17/12 was stopped by the bank for a missing document. It has NOT left Madagascar. She will submit it again on Wednesday 23/12.\n\nJean-Claude", day=D(2026, 12, 21), danger=True),
    MG("olen", "voa", "resend_request", None, "Dear Sir,\n\nPlease send the invoice again in PDF. The file we received cannot be opened.\n\nRegards,\nVoahangy Razafy", day=D(2026, 12, 2)),
]  # fmt: skip

# Kings River Hulling Co. (Fresno, California): huller scale integration, USD 18,750
US = firm("zb_almond", "America/Los_Angeles", {
    "maria": ("Maria Delgado", "mdelgado@kingsriverhulling.com"), "dale": ("Dale Fisher", "dale@kingsriverhulling.com"),
    "rick": ("Rick Alvarez", "rick.alvarez.krh@gmail.com"), "tina": ("Accounts Payable", "ap@kingsriverhulling.com"),
    "it": ("Brandon Cho", "brandon@valleynetworks.us"),
})  # fmt: skip
ALMOND = [
    US("olen", "maria", "promise", D(2026, 12, 15), "Hi Wang,\n\nWe cut payments on the 15th and the 30th. Your invoice is approved and will go out on the 12/15 run by wire.\n\nThanks,\nMaria Delgado\nController | Kings River Hulling Co."),
    US("iosen", "dale", "dispute", None, "Scales in the receiving pit have been double-counting loads since harvest ended. Growers are getting paid on wrong weights. Not paying a dime on this until it's fixed.", danger=True),
    US("gmailapp", "rick", "other", None, "Wang - Dale's fired up. The double count is from the pit 2 load cell our electrician rewired last week, not your software. I told him. We're good on our end.\n\nRick", day=D(2026, 12, 3), note="the plant manager clears the supplier; no word on payment"),
    US("owaen", "tina", "resend_request", None, "Hello,\n\nPlease submit your invoice through our Bill.com portal; we are not able to process payments from emailed PDFs. We also need a W-8BEN-E on file before the first payment.\n\nAccounts Payable", day=D(2026, 12, 4)),
    US("olen", "maria", "promise", D(2026, 12, 30), "Hi Wang,\n\nYour payment did not make the 12/15 run after all - the W-8BEN-E came in after cutoff. It's on the 12/30 run now.\n\nMaria", day=D(2026, 12, 16), danger=True),
    US("iosen", "dale", "other", None, "Fixed. Thanks for jumping on it.", day=D(2026, 12, 10)),
    US("olen", "maria", "paid", None, "Wang,\n\nThe wire for $18,750.00 went out this morning. Confirmation attached.\n\nMaria", day=D(2026, 12, 30), atts=["Wire_Confirmation_KRH.pdf"]),
    US("tben", "it", "acceptance", None, "Wang,\n\nFYI the UAT checklist for the scale integration is signed on our side, 24 of 24 passing. Copy attached.\n\nBrandon Cho\nValley Networks (IT for Kings River)", day=D(2026, 12, 8), below=True, atts=["UAT_signed.pdf"]),
]  # fmt: skip

# Alatau Peaks LLP (Almaty): lift-pass RFID gates, USD 23,400
KZ = firm("zb_ski", "Asia/Almaty", {
    "nurlan": ("Nurlan Seitkali", "n.seitkali@alataupeaks.kz"), "aigerim": ("Aigerim Bekova", "buh@alataupeaks.kz"),
    "dmitry": ("Dmitry Volkov", "it@alataupeaks.kz"), "olga": ("Olga Kim", "olga.kim.alatau@gmail.com"),
})  # fmt: skip
SKI = [
    KZ("owaen", "nurlan", "dispute", None, "Dear Wang Ming,\n\nThe season opens on 12.12.2026 and before that all gates must work. Two turnstiles at the lower station still reject valid passes. We will make the final payment after acceptance of all gates, not before.\n\nNurlan Seitkali\nGeneral Manager", danger=True),
    KZ("olenplain", "aigerim", "promise", D(2026, 12, 18), "Dear colleagues,\n\nPayment of the final part is planned for 18.12.2026. For currency control we also need the act of completed works signed by both sides – please send it.\n\nBest regards,\nAigerim Bekova\nChief accountant", day=D(2026, 12, 3)),
    KZ("tben", "dmitry", "acceptance", None, "All 14 gates passed the load test today, 0 false rejects in 3 000 scans. From IT side accepted.\n\nDmitry", day=D(2026, 12, 9), below=True),
    KZ("gmailen", "olga", "dispute", None, "Hello,\n\nThe contract says the final payment is due 30 days after the act of acceptance, not on 20 November. The act is not signed yet, so nothing is overdue.\n\nOlga Kim\nProcurement", day=D(2026, 12, 4), danger=True),
    KZ("olenplain", "aigerim", "paid", None, "Dear colleagues,\n\nThe payment of USD 23 400,00 was sent today from Halyk Bank. SWIFT confirmation attached.\n\nAigerim", day=D(2026, 12, 18), atts=["Halyk_SWIFT_18122026.pdf"]),
    KZ("owaen", "nurlan", "other", None, "Thank you, the gates work perfectly. On the opening weekend 40 000 skiers passed without a single problem.\n\nNurlan", day=D(2026, 12, 14)),
]  # fmt: skip

# Island Terminal Services Ltd (Port Louis, Mauritius): container yard planning, USD 31,000
MU = firm("zb_port", "Indian/Mauritius", {
    "anjali": ("Anjali Ramdin", "a.ramdin@islandterminal.mu"), "kevin": ("Kevin Li Kwong", "kevin.likwong@gmail.com"),
    "priya": ("Priya Seebaluck", "ap@islandterminal.mu"), "jm": ("Jean-Marc Desvaux", "jm.desvaux@islandterminal.mu"),
})  # fmt: skip
PORT = [
    MU("olen", "anjali", "partial_payment", None, "Dear Mr Wang,\n\nWe paid USD 15,500 on 27/11/2026, being 50 % of the second payment. The balance of USD 15,500 will follow once the berth planning module is delivered as per the revised schedule.\n\nKind regards,\nAnjali Ramdin\nFinance Manager", danger=True),
    MU("gmailen", "kevin", "dispute", None, "Wang, the yard plan still shows reefer slots that don't exist on stack 7. Cyclone season is starting and we cannot afford this. Please fix it before any further payment.\n\nKevin", day=D(2026, 12, 3), danger=True),
    MU("olmoben", "priya", "bank_question", None, "Hi, can you confirm your bank's SWIFT code and whether we should include an intermediary bank? MCB asked us before releasing the transfer.\n\nPriya", day=D(2026, 12, 4)),
    MU("iosen", "jm", "other", None, "Noted. Will revert.", day=D(2026, 12, 7)),
    MU("olen", "anjali", "promise", D(2026, 12, 18), "Dear Mr Wang,\n\nFurther to our call, the balance will be remitted on Friday next week.\n\nKind regards,\nAnjali", day=D(2026, 12, 11)),
    MU("olen", "anjali", "partial_payment", None, "Dear Mr Wang,\n\nThe balance of USD 15,500 was remitted today, less our bank charges of USD 25.\n\nKind regards,\nAnjali", day=D(2026, 12, 18), note="a cut stated (bank charges)"),
    MU("gmailen", "kevin", "acceptance", None, "Stack 7 fixed, and the berth module was tested on the last two vessel calls. Accepted from Ops.\n\nKevin", day=D(2026, 12, 16)),
    MU("olmoben", "priya", "resend_request", None, "Could you please send us a statement of account showing what is still open? Our auditors start in January.\n\nPriya", day=D(2026, 12, 21), note="a statement of account asked for is resend_request, as the corpus reads statement requests (en-resend's example); relabelled other -> resend_request (lead, session 14)"),
]  # fmt: skip


def machine(style: str, kind: str, thread: str, sender: tuple[str, str], build, **opts) -> tuple:
    """A machine mail: its bytes come from ``build`` (heldout_c_machine_zb)."""
    opts.update(thread=thread, sender=sender, raw=build)
    return (style, kind, None, "", opts)


OOF_ZH = (
    "您好！\n\n我于2026年12月7日至12月11日休年假，期间不能及时查看邮件。\n"
    "付款、发票相关事宜请联系财务部 涂会计 0791-86215530。\n\n熊丽萍"
)
OOF_TW = "您好：\n本人 12/3（四）至 12/6（日）休假，12/7（一）回到辦公室後會儘快回覆。\n匯款及發票事宜請洽 蔡宜庭 08-832-5716。\n\n李秋月"
OOF_EN = (
    "Thanks for your email. I'm out in the orchards for the winter pruning until Monday,\n"
    "December 14 with spotty coverage. For anything about payments, email ap@kingsriverhulling.com.\n\nDale"
)
EX_AUTO = (
    "您好，我在外地出差，12月10日回厂。这段时间付款相关的事请联系财务韦丽娟 0772-3126658。\n覃海涛"
)
MACHINE = [
    machine("olzhcn", "bounce", "zb_luosi", ("", "lijuan.tang@gwlsf.com"), dsn("5.1.1", "550 5.1.1 <lijuan.tang@gwlsf.com>: Recipient address rejected: User unknown in virtual mailbox table", "mail.example.cn"), day=D(2026, 12, 2)),
    machine("coremail", "bounce", "zb_toll", ("", "htgl@jxcjgs.com.cn"), plain_bounce("postmaster@jxcjgs.com.cn", "系统退信", "您好！\n\n您于 {sent} 发送的邮件“{subj}”未能成功投递到以下收件人：\n\n{rcpt}\n\n失败原因：收件人邮箱空间已满（552 Mailbox size limit exceeded）。\n\n此为系统邮件，请勿回复。", "GBK"), day=D(2026, 12, 9), note="a Coremail bounce without a delivery-status part"),
    machine("qqhtml", "bounce", "zb_wig", ("", "3387102654@qq.com"), plain_bounce("PostMaster@qq.com", "退信", "很抱歉您的邮件没有发送成功。\n\n收件人：{rcpt}\n主题：{subj}\n\n退信原因：收件人的邮箱已被冻结，无法接收邮件。(550 Mailbox unavailable or access denied)\n\n请检查收件人地址后重新发送。", "gb18030", html_only=True), day=D(2026, 12, 14), note="a QQ bounce, HTML only, no DSN"),
    machine("olen", "bounce", "zb_almond", ("", "mdelgado@kingsriverhulling.com"), dsn("4.4.1", "451 4.4.1 connect to kingsriverhulling-com.mail.protection.outlook.com[52.101.8.33]:25: Connection timed out", "mail.example.cn", action="delayed"), tz="America/Los_Angeles", day=D(2026, 12, 3), danger=True, note="delay warning, not permanent"),
    machine("olen", "bounce", "zb_port", ("", "ap@islandterminal.mu"), dsn("5.2.2", "552 5.2.2 The email account that you tried to reach is over quota", "mail.example.cn"), tz="Indian/Mauritius", day=D(2026, 12, 22)),
    machine("olzhcn", "auto_reply", "zb_toll", ("熊丽萍", "xionglp@jxcjgs.com.cn"), ooo("熊丽萍", "自动答复: {subj}", OOF_ZH, "utf-8", ("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: xionglp@jxcjgs.com.cn")), day=D(2026, 12, 7), note="mentions 付款 and a phone number"),
    machine("olzhtw", "auto_reply", "zb_tuna", ("李秋月", "acct@weifu-seafood.com.tw"), ooo("李秋月", "自動回覆: {subj}", OOF_TW, "big5", ("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")), tz="Asia/Taipei", day=D(2026, 12, 3)),
    machine("gmailen", "auto_reply", "zb_almond", ("Dale Fisher", "dale@kingsriverhulling.com"), ooo("Dale Fisher", "Out in the orchards until 12/14", OOF_EN, "utf-8", ("Auto-Submitted: auto-replied", "Precedence: bulk")), tz="America/Los_Angeles", day=D(2026, 12, 4), note="Gmail vacation responder with its own subject"),
    machine("exmail", "auto_reply", "zb_luosi", ("覃海涛", "qinhaitao@gwlsf.com"), ooo("覃海涛", "自动回复：{subj}", EX_AUTO, "utf-8", ("Auto-Submitted: auto-replied", "X-QQ-Auto-Reply: 1")), day=D(2026, 12, 2)),
    machine("qqweb", "auto_reply", "zb_wig", ("出纳小任", "3387102654@qq.com"), ooo("出纳小任", "自动回复:{subj}", "您好，您的邮件我已收到，会尽快处理。这是一封自动回复邮件。", "gb18030"), day=D(2026, 12, 2), note="QQ holiday reply with no Auto-Submitted header"),
    machine("olzhcn", "auto_reply", "zb_vinegar", ("孙雅琴", "sunyq@jsxiangcu.com"), mdn("孙雅琴", "已读: {subj}", "你的邮件\n\n 收件人: 孙雅琴\n 主题: {subj}\n\n已于 2026/12/2 9:41 读取。".replace("{subj}", "尾款付款提醒"), "manual-action/MDN-sent-manually; displayed", "Microsoft Outlook 16.0"), day=D(2026, 12, 2), note="Outlook read receipt"),
    machine("tben", "auto_reply", "zb_ski", ("Dmitry Volkov", "it@alataupeaks.kz"), mdn("Dmitry Volkov", "Return Receipt (displayed) - {subj}", "This is a Return Receipt for the mail that you sent to it@alataupeaks.kz.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.", "manual-action/MDN-sent-manually; displayed", "Mozilla Thunderbird"), tz="Asia/Almaty", day=D(2026, 12, 3)),
    machine("owaen", "auto_reply", "zb_almond", ("Accounts Payable", "ap@kingsriverhulling.com"), bulk("Kings River AP Help Desk <support@krh.freshdesk.com>", "Ticket Received - [#48213] Payment reminder", "<html><body><p>Dear sender,</p><p>We have received your request and a ticket (#48213) has been created. Our accounts payable team will respond within 3 business days.</p><p>Please do not reply to this email.</p></body></html>", ("Auto-Submitted: auto-generated", "Precedence: auto_reply", "X-Freshdesk-Ticket: 48213")), tz="America/Los_Angeles", day=D(2026, 12, 2), note="ticket acknowledgement"),
    machine("olen", "auto_reply", "zb_port", ("Finance Ops", "finance-ops@islandterminal.mu"), bulk("finance-ops-owner@lists.islandterminal.mu", "Your message to Finance-ops awaits moderator approval", "<html><body><pre>Your mail to 'Finance-ops' with the subject\n\n    Payment reminder: Second payment overdue\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n</pre></body></html>", ("Auto-Submitted: auto-replied", "Precedence: bulk", "X-Mailman-Version: 2.1.39", "List-Id: <finance-ops.lists.islandterminal.mu>")), tz="Indian/Mauritius", day=D(2026, 12, 2), note="a list manager's hold"),
    machine("n163", "other", "zb_luosi", ("票通云", "news@edm.piaotongyun.cn"), bulk("票通云 <news@edm.piaotongyun.cn>", "【票通云】数电票全面推行，年底开票高峰这样准备", "<html><body><h2>数电票年底开票指南</h2><p>尊敬的客户：年底将至，请提前确认购买方税号、开票额度……</p><p><a href=\"https://edm.piaotongyun.cn/u?e=ar\">退订</a></p></body></html>", ("Precedence: bulk", "List-Unsubscribe: <https://edm.piaotongyun.cn/u?e=ar>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"), "utf-8"), known=False, day=D(2026, 12, 3), note="a newsletter, not a reply"),
]  # fmt: skip

INTL = CRAM + TUNA + FABRIC + VANILLA + ALMOND + SKI + PORT + MACHINE
