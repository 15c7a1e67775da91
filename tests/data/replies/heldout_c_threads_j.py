"""The reminders set J's replies answer: thirteen contracts in trades no earlier set used.

Importing this module registers each thread (contract, milestone, subject, reminder text) in
the shared machinery (heldout_c_mime.CONTRACTS, heldout_c_quote.SUBJECT / REMINDER /
ZH_THREADS), as cuikuan's own reminders would read. Every quoted reminder carries the words
a careless reader acts on (付款, 异议, 已付款, "already paid", "dispute", bank details).
``PEOPLE`` names who writes from each client, and ``TZ`` where each thread's client sits.
"""

from __future__ import annotations

from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

ZH = """尊敬的{who}：

您好！《{project}》（合同编号：{contract}）项下{pay}尚未收到：

　　款项：{pay}
　　金额：{amount}
　　付款截止日：{due}
{extra}
如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。
如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。

付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。

王明
示例科技有限公司　项目经理

回复时请保留邮件主题中的编号 [CK-{contract}-{milestone}]。"""

HANT = """{who} 您好：

《{project}》（合約編號：{contract}）項下{pay}尚未收到：

　　款項：{pay}
　　金額：{amount}
　　付款截止日：{due}

如款項已經支付，請回覆告知付款日期並附上匯款水單，以便核對；如尚未安排付款，請儘快處理並告知預計付款日期。
如對該款項有任何異議（金額、發票、驗收等），請直接回覆本郵件說明，我們將暫停催收並儘快處理。

收款帳戶：
銀行：示例銀行（香港）有限公司
戶名：示例科技有限公司
帳號：012-345-6789012-3

重要提示：本公司從不以電子郵件更改收款帳戶，如收到帳戶變更通知請先致電核實。

王明
示例科技有限公司　專案經理

回覆時請保留主旨中的編號 [CK-{contract}-{milestone}]。"""

EN = """Dear {who},

Our records show the following payment under "{project}" (ref. {contract}) as outstanding:

   Payment: {pay}
   Amount: {amount}
   Due date: {due}
{extra}
If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders.

How to pay:
Bank: Example Bank, Hangzhou Branch
SWIFT: EXBKCNSH
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321

Important: we never change our bank details by email.

Kind regards,
Wang Ming
Project Manager, Example Tech Co., Ltd.

Please keep [CK-{contract}-{milestone}] in the subject line when you reply."""

# key: (lang, contract, milestone, who, project, pay, amount, due, extra, subject title)
THREADS = {
    "j_tea": ("zh", "YN-MH-2026-031", "final", "岩温", "古茶园溯源小程序", "尾款", "￥46,000.00",
              "2026年11月25日", "", "尾款逾期未付款项提醒 — 古茶园溯源小程序"),
    "j_auto": ("zh", "YJ-2026-118", "phase2", "冯经理", "经销商DMS系统二期", "二期款", "￥138,600.00",
               "2026年11月18日", "", "二期款逾期未付款项提醒 — 经销商DMS系统二期"),
    "j_tv": ("zh", "JHTV-2026-07", "acceptance", "彭主任", "媒资管理系统升级", "验收款", "￥220,000.00",
             "2026年11月30日", "　　付款条件：验收合格后30日内\n",
             "验收款到期未付提醒 — 媒资管理系统升级"),
    "j_fab": ("zh", "JX-PO-2026-3391", "delivery", "顾女士", "MES设备接口开发", "交付款", "￥96,500.00",
              "2026年11月20日", "", "交付款逾期未付款项提醒 — MES设备接口开发"),
    "j_mould": ("zh", "DGJG-2026-052", "midterm", "钟总", "ERP二次开发", "中期款", "￥31,800.00",
                "2026年11月15日", "", "中期款逾期未付款项提醒 — ERP二次开发"),
    "j_museum": ("zh", "HXM-CG-2026-015", "final", "马老师", "数字化藏品管理平台", "尾款", "￥158,000.00",
                 "2026年11月30日", "", "尾款到期未付提醒 — 数字化藏品管理平台"),
    "j_club": ("zh", "LJ-2026-009", "midterm", "唐总", "会员小程序及闸机对接", "中期款", "￥27,300.00",
               "2026年11月26日", "", "中期款逾期未付款项提醒 — 会员小程序及闸机对接"),
    "j_boba": ("zh-Hant", "TW-CJ-2026-019", "phase2", "林小姐", "加盟店管理系統", "第二期款", "NT$380,000",
               "2026年11月20日", "", "第二期款逾期未付提醒 — 加盟店管理系統"),
    "j_hkclub": ("zh-Hant", "HK-VH-2026-04", "final", "何先生", "會員及場地預約系統", "尾數", "HK$86,000.00",
                 "2026年11月25日", "", "尾數逾期未付提醒 — 會員及場地預約系統"),
    "j_fund": ("en", "LFS-2026-05", "uat", "Ms. Shen", "NAV reconciliation engine", "UAT sign-off payment",
               "USD 28,500.00", "20 November 2026", "", "Payment reminder: UAT sign-off payment overdue — NAV reconciliation engine"),
    "j_ausmine": ("en", "KFS-2026-12", "midterm", "Mr. Doyle", "Fleet telemetry dashboard", "Mid-term payment",
                  "AUD 64,000.00", "19 November 2026", "", "Payment reminder: Mid-term payment overdue — Fleet telemetry dashboard"),
    "j_game": ("en", "NLG-2026-02", "final", "Ms. Tremblay", "Localization pipeline", "Final payment",
               "CAD 22,750.00", "27 November 2026", "", "Payment reminder: Final payment overdue — Localization pipeline"),
    "j_telco": ("en", "STN-2026-31", "phase2", "Mr. Okafor", "Roaming settlement reports", "Phase 2 payment",
                "USD 41,200.00", "16 November 2026", "", "Payment reminder: Phase 2 payment overdue — Roaming settlement reports"),
    "j_watch": ("en", "MKH-2026-08", "midterm", "Mr. Favre", "Clienteling app", "Mid-term payment",
                "CHF 18,900.00", "24 November 2026", "", "Payment reminder: Mid-term payment overdue — Clienteling app"),
}  # fmt: skip

TZ = {
    "j_boba": "Asia/Taipei", "j_hkclub": "Asia/Hong_Kong", "j_fund": "Asia/Shanghai",
    "j_ausmine": "Australia/Perth", "j_game": "America/Toronto", "j_telco": "Africa/Lagos",
    "j_watch": "Europe/Zurich",
}  # fmt: skip

# Who writes from which client, per thread: style -> (display name, address).
PEOPLE = {
    "j_tea": {"qqapp": ("岩温", "2853301174@qq.com"), "qqweb": ("玉香", "1306628841@qq.com"),
              "n163": ("李国强", "lgq_bulang@163.com"), "huawei": ("岩温", "yanwen@bulangtea.cn")},
    "j_auto": {"exmail": ("冯晓芸", "fengxy@yuejunauto.com"), "owazh": ("黎志华", "lizh@yuejunauto.com"),
               "foxmail": ("", "kuangmin@yuejunauto.com"), "olzhcn": ("卢振邦", "luzhenbang@yuejunauto.com"),
               "qqhtml": ("冯晓芸", "fengxy@yuejunauto.com"), "olmobzh": ("卢振邦", "luzhenbang@yuejunauto.com")},
    "j_tv": {"coremail": ("彭伟", "pengwei@jhtv.com.cn"), "n126": ("胡会计", "hu_kj_jhtv@126.com"),
             "olzhcnplain": ("技术中心 汪洋", "wangyang@jhtv.com.cn"), "alimail": ("计财处", "jcc@jhtv.com.cn")},
    "j_fab": {"olzhcn": ("顾嘉怡", "gujiayi@jingxin-semi.com"), "owazh": ("应付账款组", "ap@jingxin-semi.com"),
              "olmobzh": ("徐工", "xu.jun@jingxin-semi.com"), "gmailzh": ("Jiayi Gu", "gujiayi.wx@gmail.com")},
    "j_mould": {"qqapp": ("钟生", "13922876510@qq.com"), "qqweb": ("小叶", "2419087735@qq.com"),
                "mmios": ("钟总", "zhongjg_dg@163.com"), "sina": ("会计-罗", "luo_kj@sina.com"),
                "foxmail": ("", "jinggong_mj@163.com")},
    "j_museum": {"coremail": ("马晓莉", "maxl@hxmuseum.org.cn"), "tbzh": ("财务科", "cwk@hxmuseum.org.cn"),
                 "applezh": ("丁一凡", "dingyf@hxmuseum.org.cn"), "n163": ("马晓莉", "maxiaoli_1982@163.com")},
    "j_club": {"mailmaster": ("唐浩", "tanghao_lj@163.com"), "n163": ("蓝鲸体育财务", "ljsport_cw@163.com"),
               "ioszh": ("唐浩", "tanghao@ljsport.cn"), "mmios": ("唐浩", "tanghao_lj@163.com"),
               "exmail": ("周倩", "zhouqian@ljsport.cn")},
    "j_boba": {"olzhtw": ("林淑惠", "shuhui.lin@chaju.com.tw"), "owazhtw": ("陳建宏", "jh.chen@chaju.com.tw"),
               "gmailtw": ("Vivian Lin", "vivianlin.chaju@gmail.com"), "olmobtw": ("陳建宏", "jh.chen@chaju.com.tw")},
    "j_hkclub": {"ioszhtw": ("何家駿", "kc.ho@vhrowing.org.hk"), "gmailtw": ("Treasurer VHRC", "treasurer.vhrc@gmail.com"),
                 "olzhtw": ("秘書處", "secretary@vhrowing.org.hk"), "olmobtw": ("何家駿", "kc.ho@vhrowing.org.hk")},
    "j_fund": {"olen": ("Shen Yiwen", "yiwen.shen@lujiazuifs.com"), "exmailen": ("AP Team", "ap@lujiazuifs.com"),
               "qqappen": ("Kevin Zhu", "kevin.zhu@lujiazuifs.com"), "n163en": ("Shen Yiwen", "shenyiwen_sh@163.com")},
    "j_ausmine": {"olen": ("Liam Doyle", "liam.doyle@karrathafleet.com.au"),
                  "owaen": ("Accounts Payable", "ap@karrathafleet.com.au"),
                  "iosen": ("Liam Doyle", "liam.doyle@karrathafleet.com.au"),
                  "gmailen": ("Priya Nair", "priya.nair.kfs@gmail.com")},
    "j_game": {"gmailen": ("Julie Tremblay", "julie@northernlantern.ca"), "appleen": ("Marc-André Roy", "ma.roy@northernlantern.ca"),
               "tben": ("Julie Tremblay", "julie@northernlantern.ca"), "gmailapp": ("Julie Tremblay", "julie@northernlantern.ca")},
    "j_telco": {"owaen": ("Chinedu Okafor", "c.okafor@savannahtel.ng"), "olmoben": ("Chinedu Okafor", "c.okafor@savannahtel.ng"),
                "android": ("Funke Adeyemi", "funke.adeyemi@savannahtel.ng"), "olen": ("Vendor Payments", "vendorpayments@savannahtel.ng")},
    "j_watch": {"olenplain": ("Favre Laurent", "l.favre@kessler-horlogerie.ch"), "appleen": ("Laurent Favre", "l.favre@kessler-horlogerie.ch"),
                "iosen": ("Laurent Favre", "l.favre@kessler-horlogerie.ch"), "mmen": ("Ana Sousa", "ana.sousa@kessler-horlogerie.ch")},
}  # fmt: skip

for _key, (_lang, _c, _m, _who, _proj, _pay, _amt, _due, _extra, _title) in THREADS.items():
    CONTRACTS[_key] = (_c, _m)
    SUBJECT[_key] = f"{_title} [CK-{_c}-{_m}]"
    _tpl = {"zh": ZH, "zh-Hant": HANT, "en": EN}[_lang]
    REMINDER[_key] = _tpl.format(who=_who, project=_proj, contract=_c, pay=_pay, amount=_amt,
                                 due=_due, extra=_extra, milestone=_m)  # fmt: skip
    # Big5 cannot hold 应收账款: the Traditional reminders go out as "Example Tech Accounts".
    if _lang == "zh":
        ZH_THREADS.add(_key)


def d(y: int, m: int, day: int) -> date:
    return date(y, m, day)


def j(thread: str, style: str, kind: str, due: date | None, body: str, **opts: object) -> tuple:
    """One entry for heldout_c_generate.write: the thread's person on ``style`` writes ``body``."""
    if "sender" not in opts:
        opts["sender"] = PEOPLE[thread][style]
    opts.setdefault("tz", TZ.get(thread, "Asia/Shanghai"))
    opts["thread"] = thread
    return (style, kind, due, body, opts)
