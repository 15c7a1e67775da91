"""Set S's reminders: the mail each reply of set S answers, and who answers it.

Seventeen clients of set S, each with its own contract, milestone, amount and due date,
registered into the machinery's ``CONTRACTS`` / ``SUBJECT`` / ``REMINDER`` tables under
``s_`` keys, so that every reply threads to ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``
and quotes the very reminder it answers. ``o()`` gives a reply its thread, stage, sequence,
day, sender and the sender's zone. Worded like cuikuan's reminder, due and demand mails.
"""

from __future__ import annotations

from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

_BANK_ZH = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678"""

_BANK_EN = """How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
SWIFT: EXBKCNSHHZH"""

_CLOSE_ZH = """重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。

王明
示例科技有限公司　项目经理"""

_CLOSE_EN = """Important: we never change our bank details by email.

Kind regards,
Wang Ming
Project Manager, Example Tech Co., Ltd."""


def _zh(
    stage: str,
    who: str,
    project: str,
    contract: str,
    milestone: str,
    pay: str,
    amount: str,
    due: str,
) -> tuple[str, str]:
    tag = f"[CK-{contract}-{milestone}]"
    if stage == "demand":
        subject = f"催款函：{pay}逾期未付 — {project} {tag}"
        body = f"""催 款 函

{who}：

事由：关于《{project}》（合同编号：{contract}）项下{pay}的催款

根据合同约定，贵司应于{due}前向我司支付{pay}，金额为￥{amount}。截至本函发出之日，该款项已逾期。此前我司已通过邮件2次提醒贵司付款，至今仍未收到上述款项。

现正式函告：请贵司于本函发出之日起10日内将上述款项足额支付至以下账户：

{_BANK_ZH}

如贵司未能在上述期限内付款，我司将依据合同约定采取进一步措施，包括但不限于暂停后续服务、主张逾期付款的违约责任。
如贵司已经付款，或对上述款项存在异议，请于收到本函后及时书面回复，并提供付款凭证或相关说明。

特此函告。

示例科技有限公司"""
        return subject, body
    if stage == "due":
        subject = f"{pay}今日到期 — {project} {tag}"
        lead = f"您好！《{project}》（合同编号：{contract}）项下{pay}今日到期："
    else:
        subject = f"{pay}逾期未付款项提醒 — {project} {tag}"
        lead = f"您好！《{project}》（合同编号：{contract}）项下{pay}尚未收到："
    body = f"""尊敬的{who}：

{lead}

　　款项：{pay}
　　金额：￥{amount}
　　付款截止日：{due}

如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。
如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。

{_BANK_ZH}

{_CLOSE_ZH}

回复时请保留邮件主题中的编号 {tag}。"""
    return subject, body


def _en(
    stage: str,
    who: str,
    project: str,
    contract: str,
    milestone: str,
    pay: str,
    amount: str,
    due: str,
) -> tuple[str, str]:
    tag = f"[CK-{contract}-{milestone}]"
    if stage == "demand":
        subject = f"Formal demand: {pay} overdue — {project} {tag}"
        lead = (
            f'Despite our earlier reminders, the {pay} under "{project}" (ref. {contract}), '
            f"due on {due}, is still unpaid. We formally ask you to pay it within "
            "10 days of this letter. Failing that we may suspend services and charge late-payment "
            "interest as the contract provides."
        )
    elif stage == "due":
        subject = f"Payment due today: {pay} — {project} {tag}"
        lead = f'This is a courtesy note that the following payment under "{project}" (ref. {contract}) falls due today:'
    else:
        subject = f"Payment reminder: {pay} overdue — {project} {tag}"
        lead = f'Our records show the following payment under "{project}" (ref. {contract}) as outstanding:'
    body = f"""Dear {who},

{lead}

   Payment: {pay}
   Amount: {amount}
   Due date: {due}

If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders.

{_BANK_EN}

{_CLOSE_EN}

Please keep {tag} in the subject line when you reply."""
    return subject, body


# key: (lang, addressee, project, contract, milestone, payment, amount, due, zone, people)
CLIENTS: dict[str, tuple] = {
    "magnet": ("zh", "包头北辰稀土永磁有限公司", "永磁车间MES实施", "BT-2026-031", "delivery", "到货款",
               "236,000.00", "2026年11月25日", "Asia/Shanghai",
               {"cw": ("高会计", "gaokj@bcmagnet.com.cn"), "boss": ("乔建国", "qiaojg@bcmagnet.com.cn"),
                "buy": ("设备部-何", "hewei_bc@163.com"), "cash": ("出纳小苏", "3321907465@qq.com"), "cw2": ("财务部", "caiwu@bcmagnet.com.cn")}),
    "kite": ("zh", "潍坊鸢都风筝会展有限公司", "风筝节票务与检票系统", "WF-2026-008", "final", "尾款",
             "58,000.00", "2026年11月15日", "Asia/Shanghai",
             {"cw": ("孙会计", "sunkj@yuandukite.cn"), "boss": ("于总", "yuzong@yuandukite.cn"),
              "staff": ("小鲁", "lu.xiaoyu@126.com")}),
    "yak": ("zh", "青海雪域牦牛绒专业合作社", "牦牛绒溯源平台", "QH-2026-044", "midterm", "中期款",
            "36,000.00", "2026年11月20日", "Asia/Shanghai",
            {"head": ("才让", "cairang1968@163.com"), "cw": ("合作社会计卓玛", "zhuoma_kj@126.com"),
             "son": ("扎西", "2875530219@qq.com")}),
    "snail": ("zh", "柳州螺香食品有限公司", "电商订单ERP对接", "LZ-2026-112", "acceptance", "验收款",
              "92,500.00", "2026年11月25日", "Asia/Shanghai",
              {"cw": ("韦会计", "weikj@luoxiang-food.com"), "boss": ("覃总", "qin@luoxiang-food.com"),
               "it": ("电商部 蓝工", "lan.it@luoxiang-food.com")}),
    "fire": ("zh", "沈阳北方消防车辆装备有限公司", "上装设计软件授权", "SY-2026-056", "phase2", "二期款",
             "148,000.00", "2026年11月18日", "Asia/Shanghai",
             {"cw": ("财务部 刘丽华", "liulh@bfxfzb.com.cn"), "boss": ("张厂长", "zhangcz@bfxfzb.com.cn"),
              "tech": ("技术部 王工", "wangg@bfxfzb.com.cn")}),
    "quantum": ("zh", "合肥量衡传感科技有限公司", "传感数据平台", "HF-2026-019", "m2", "第二阶段款",
                "120,000.00", "2026年11月30日", "Asia/Shanghai",
                {"ceo": ("钱博士", "qian@liangheng-qs.com"), "cw": ("行政财务 吴倩", "wuqian@liangheng-qs.com"),
                 "eng": ("Leo Zhou", "leo.zhou@liangheng-qs.com"), "old": ("李娜", "lina@liangheng-qs.com")}),
    "cable": ("zh", "张家界天门索道运营有限公司", "索道票务闸机系统", "ZJJ-2026-027", "installation", "安装款",
              "175,000.00", "2026年11月20日", "Asia/Shanghai",
              {"cw": ("财务部 向会计", "xiangkj@tmcable.cn"), "ops": ("运营部 田经理", "tianjl@tmcable.cn"),
               "gm": ("覃总经理", "qinzjl@tmcable.cn")}),
    "fluoro": ("zh", "浙江衢化氟材料有限公司", "设备在线监测系统", "QZ-2026-073", "acceptance", "验收款",
               "310,000.00", "2026年11月30日", "Asia/Shanghai",
               {"buy": ("采购部 徐敏", "xumin@quhua-f.com"), "buy2": ("采购部 毛工", "maog@quhua-f.com"),
                "cw": ("财务共享中心", "fssc@quhua-f.com")}),
    "surf": ("en", "Taitung Wavehouse Surf Hostel", "Booking website and channel manager", "TT-2026-005",
             "final", "Final payment", "NTD 85,000.00", "20 November 2026", "Asia/Taipei",
             {"owner": ("陳怡君", "yijun.chen@wavehouse.com.tw"), "mgr": ("林志豪", "zhihao@wavehouse.com.tw"),
              "gm": ("Ivy Chen", "ivy.wavehouse@gmail.com")}),
    "minibus": ("en", "Kowloon Green Minibus Co. Ltd.", "GPS dispatch system", "HK-2026-041", "deposit2",
                "Second instalment", "HKD 64,000.00", "25 November 2026", "Asia/Hong_Kong",
                {"acc": ("何嘉欣", "kayan.ho@klgmb.com.hk"), "boss": ("梁生", "leung.kf@klgmb.com.hk"),
                 "ops": ("Raymond Tsang", "raymond.tsang@klgmb.com.hk")}),
    "solar": ("en", "Sunhaven Solar Pty Ltd", "Installer scheduling app", "BNE-2026-012", "milestone2",
              "Milestone 2 payment", "AUD 18,400.00", "20 November 2026", "Australia/Brisbane",
              {"acc": ("Kylie Marsh", "accounts@sunhavensolar.com.au"), "boss": ("Dean Kowalski", "dean@sunhavensolar.com.au"),
               "ops": ("Bec Nguyen", "bec.nguyen@sunhavensolar.com.au"), "old": ("Tom Reid", "tom.reid@sunhavensolar.com.au")}),
    "dhaka": ("en", "Meghna Sourcing Ltd.", "PO tracking portal", "DHK-2026-033", "uat", "UAT payment",
              "USD 9,600.00", "25 November 2026", "Asia/Dhaka",
              {"acc": ("Md. Rafiqul Islam", "rafiq.accounts@meghnasourcing.com"), "md": ("Tanvir Ahmed", "tanvir@meghnasourcing.com"),
               "merch": ("Nusrat Jahan", "nusrat.jahan@meghnasourcing.com")}),
    "lima": ("en", "Andes Rental Equipos S.A.C.", "Fleet telemetry integration", "LIM-2026-009", "phase1",
             "Phase 1 payment", "USD 22,000.00", "18 November 2026", "America/Lima",
             {"fin": ("Rosa Quispe", "rquispe@andesrental.pe"), "gg": ("Jorge Salazar", "jsalazar@andesrental.pe"),
              "ops": ("Miguel Huamán", "mhuaman@andesrental.pe")}),
    "carpet": ("en", "Anatolia Halı İhracat A.Ş.", "Export order system", "IST-2026-021", "delivery",
               "Delivery payment", "USD 7,800.00", "23 November 2026", "Europe/Istanbul",
               {"acc": ("Elif Yıldız", "elif.yildiz@anatoliahali.com.tr"), "boss": ("Mehmet Aksoy", "mehmet@anatoliahali.com.tr"),
                "exp": ("Burak Demir", "burak.demir@anatoliahali.com.tr")}),
    "audio": ("en", "Revontuli Audio Oy", "Asset pipeline tooling", "HEL-2026-014", "final", "Final payment",
              "EUR 14,500.00", "16 November 2026", "Europe/Helsinki",
              {"prod": ("Aino Virtanen", "aino@revontuliaudio.fi"), "ceo": ("Jukka Lehtonen", "jukka@revontuliaudio.fi"),
               "inv": ("Revontuli Audio invoices", "invoices@revontuliaudio.fi")}),
    "school": ("en", "Parkhurst Ridge College", "School admin platform", "JNB-2026-017", "term4",
               "Term 4 licence payment", "USD 11,200.00", "20 November 2026", "Africa/Johannesburg",
               {"bursar": ("Lindiwe Dlamini", "bursar@parkhurstridge.co.za"), "head": ("Graham Botha", "principal@parkhurstridge.co.za"),
                "it": ("Sipho Ndlovu", "it@parkhurstridge.co.za")}),
    "hanoi": ("en", "Hanoi Brew Equipment JSC", "Service booking app", "HAN-2026-026", "golive",
              "Go-live payment", "USD 6,900.00", "24 November 2026", "Asia/Ho_Chi_Minh",
              {"acc": ("Nguyen Thi Thu Ha", "ha.ntt@hanoibrew.vn"), "dir": ("Tran Van Minh", "minh.tv@hanoibrew.vn"),
               "sales": ("Pham Duc Anh", "anh.pd@hanoibrew.vn")}),
}  # fmt: skip


def _register() -> None:
    for key, (
        lang,
        who,
        project,
        contract,
        milestone,
        pay,
        amount,
        due,
        _tz,
        _p,
    ) in CLIENTS.items():
        for stage in ("reminder", "due", "demand"):
            thread = f"s_{key}_{stage}"
            CONTRACTS[thread] = (contract, milestone)
            make = _zh if lang == "zh" else _en
            subject, body = make(stage, who, project, contract, milestone, pay, amount, due)
            SUBJECT[thread] = subject
            REMINDER[thread] = body
            if lang == "zh":
                ZH_THREADS.add(thread)


_register()


def o(
    client: str, who: str, day: int = 2, stage: str = "reminder", seq: int = 1, **kw: object
) -> dict:
    """A reply's options: its thread, stage, sequence, day of December 2026, sender and zone."""
    c = CLIENTS[client]
    opts: dict[str, object] = {
        "thread": f"s_{client}_{stage}",
        "stage": stage,
        "seq": seq,
        "day": date(2026, 12, day) if isinstance(day, int) else day,
        "sender": c[9][who],
        "tz": c[8],
    }
    opts.update(kw)
    return opts
