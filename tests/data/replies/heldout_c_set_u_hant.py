"""Held-out set U: Traditional-Chinese replies (a Changhua bicycle-parts maker in Taiwan usage
with 民國 dates, a Sham Shui Po fabric wholesaler writing Cantonese, Outlook's big5 label
holding HKSCS characters, answering English reminders). Written blind; dates are the reply's day in Taipei / Hong Kong.
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_u import o

D = date
# Changhua bicycle-parts maker: accounting on OWA, the sales manager on Outlook (big5),
# the chairman on his iPhone, IT on Gmail, accounting again on Outlook mobile.
CH_TSAI = ("蔡淑惠", "sh.tsai@chlunbike.com.tw")
CH_CHEN = ("陳建宏", "kh.chen@chlunbike.com.tw")
CH_HSU = ("許董", "hsu.ml@chlunbike.com.tw")
CH_IT = ("Jerry Lai", "jerry.chlun@gmail.com")
# Sham Shui Po fabric wholesaler: the boss (Outlook big5 / mobile), the bookkeeper on Gmail,
# a shop assistant on her iPhone.
SS_HO = ("何志強", "ho.cc@sspfabric.com.hk")
SS_MANDY = ("Mandy Leung", "mandy.sspfabric@gmail.com")
SS_LING = ("阿玲", "ling.sspfabric@icloud.com")

# fmt: off
U_HANT: list[tuple] = [
    # --- Changhua (Taiwan usage, 民國 dates) ---
    ("owazhtw", "promise", D(2026, 12, 25), "王經理 您好：\n\n本公司付款日為每月25日，期中款已排入12月份付款，預計民國115年12月25日匯出，匯費由本公司負擔。\n\n蔡淑惠\n鉅輪精密工業股份有限公司 會計部\nTEL：04-7612358 分機 215", o("ch", CH_TSAI, 2)),
    ("olmobtw", "dispute", None, "王經理：\n\n追溯系統的條碼列印到現在還是會重複，上週出貨給歐洲客戶的花鼓有兩箱標籤對不上，被客戶退回來。品保部不同意驗收，期中款請暫緩。\n\n陳建宏\n業務部經理", o("ch", CH_CHEN, 2)),
    ("ioszhtw", "promise", D(2026, 12, 7), "已交代會計處理，下週一匯。", o("ch", CH_HSU, 3)),
    ("gmailtw", "resend_request", None, "王先生您好，\n\n會計說沒有收到期中款的發票（Invoice），可以再寄一次電子檔給我們嗎？寄到 acc@chlunbike.com.tw 即可。\n\nJerry\n資訊室", o("ch", CH_IT, 3)),
    ("olmobtw", "partial_payment", D(2026, 12, 25), "王經理：本公司今日先匯出期中款的一半計人民幣48,000元，水單如附件；其餘款項待品保部驗收後，於12/25（五）前匯出。", o("ch", CH_TSAI, 4, atts=["水單-1151204.pdf"])),
    ("owazhtw", "paid", None, "王經理 您好：\n\n期中款餘額人民幣48,000元已於115/12/08匯出，水單如附件，請查收。\n\n蔡淑惠 敬上\n115.12.09", o("ch2", CH_TSAI, 9, atts=["水單.pdf"])),
    ("owazhtw", "bank_question", None, "王經理：\n\n請提供貴公司收款銀行的 SWIFT Code 及中間行（Intermediary Bank）資料，本公司由台灣匯出人民幣，銀行要求一定要填。\n\n陳建宏", o("ch2", CH_CHEN, 10)),
    ("ioszhtw", "other", None, "收到，謝謝。", o("ch2", CH_HSU, 8)),
    ("gmailtw", "other", None, "王先生，順便請教一下，追溯系統的資料庫可以每天自動備份到我們自己的 NAS 嗎？年底要做 ISO 稽核。\n\nJerry", o("ch2", CH_IT, 10)),
    # --- Sham Shui Po (Cantonese) ---
    ("olzhtw", "paid", None, "王生：\n\n尾數上個禮拜五已經過咗數，用轉數快過嘅，你哋check下。\n\n何志強\n志強布行", o("ss", SS_HO, 2)),
    ("gmailtw", "promise", D(2026, 12, 9), "王生你好，\n\n尾數我哋會喺下個禮拜三（9/12）開支票寄上嚟，麻煩留意下。\n\nMandy\n志強布行 會計", o("ss", SS_MANDY, 2)),
    ("ioszhtw", "other", None, "老闆今個禮拜去咗深圳睇貨，唔喺公司，佢返嚟我話畀佢聽。", o("ss", SS_LING, 3)),
    ("olzhtw", "dispute", None, "王生：\n\n個報價系統啲批發價成日計錯，碼數同疋數搞亂咗，上個月我哋因為咁蝕咗幾單生意。呢筆尾數要等你哋搞掂先畀。\n\n何志強", o("ss", SS_HO, 3)),
    ("gmailtw", "bank_question", None, "王生，想問下你哋個戶口收唔收港幣？定係一定要人民幣？如果電匯嘅話使唔使填中間行？銀行職員問我攞。\n\nMandy", o("ss2", SS_MANDY, 9)),
    ("olmobtw", "partial_payment", D(2026, 12, 31), "先過咗兩萬蚊人民幣，餘數月尾前畀埋。", o("ss2", SS_HO, 10)),
    ("gmailtw", "paid", None, "王生，餘數已經入咗數，入數紙見附件。唔該晒。\n\nMandy", o("ss2", SS_MANDY, 11, atts=["入數紙.jpg"])),
    ("olzhtw", "promise", D(2026, 12, 10), "王生：\n\n收到封信，唔好意思遲咗。報價個問題你哋同事已經幫我哋搞掂，聽日一定過數。\n\n何志強", o("ssdemand", SS_HO, 9)),
    ("ioszhtw", "other", None, "唔該晒王生，遲啲飲茶", o("ss2", SS_LING, 11, note="thanks, no payment fact")),
    ("owazhtw", "dispute", None, "王經理 您好：\n\n貴公司開立的Invoice上公司名稱為「鉅輪精密股份有限公司」，少了「工業」二字，統一編號也誤植為 8451227，依本公司規定無法入帳，煩請更正後重新開立。\n\n蔡淑惠", o("ch", CH_TSAI, 1)),
    ("olzhtw", "promise", D(2026, 12, 7), "王生：\n\n唔好意思，之前話過咗數係我搞錯，嗰筆係畀另一間廠嘅，你哋嗰筆仲未過。下個禮拜一過。\n\n何志強", o("ss", SS_HO, 4, danger=True, note="過咗數 withdrawn: not paid")),
]
# fmt: on
