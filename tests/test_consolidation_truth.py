"""A consolidated letter asks only for money that is overdue (issue 13.2, #13 defects).

A formal demand is never joined with a payment not yet overdue (it goes with the other
overdue payments; the notice goes on its own). A milder letter that lists a payment not yet
due asks only for the overdue ones and shows the other as upcoming, with its own due date.
When interest applies, the amount asked for is principal plus interest, as the interest
lines say. Figures are hand-computed.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.cli.preview_client import preview_consolidated
from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.domain.consolidation import Consolidated, group
from daemon.domain.state import SendKey, SendRecord, StateView
from daemon.errors import CuikuanError
from tests.test_consolidation import PAY, _planned, write_config

REMINDERS = datetime.fromisoformat("2026-11-23T10:00:00+08:00")  # m1, m2 3 days overdue
DEMANDS = datetime.fromisoformat("2026-12-21T10:00:00+08:00")  # m1, m2 31 days overdue


def _config(tmp_path: Path, language: str, *, interest: bool = False) -> Config:
    """The consolidation world with C-2/x1 due only on 15 January 2027."""
    path = write_config(tmp_path, 25, 143)
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "{id: x1, name: Annual fee, amount: 5000.00, due: 2026-11-20}",
        "{id: x1, name: Annual fee, amount: 5000.00, due: 2027-01-15}",
    )
    text = text.replace(
        "    name: ACME Ltd\n    language: en", f"    name: ACME Ltd\n    language: {language}"
    )
    if interest:
        text = text.replace(
            "        title: Platform\n",
            "        title: Platform\n        late_interest: {rate: 0.0005, per: day, from: due}\n",
        )
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def _body(shown: str) -> str:
    return shown.split("\n\n", 1)[1]


def test_a_demand_is_not_joined_with_a_payment_not_yet_overdue(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, 25, 143))
    emails = [
        _planned("C-1", "m1", "demand"),
        _planned("C-1", "m2", "notice"),
        _planned("C-2", "x1", "reminder"),
    ]
    out = group(config, emails)
    assert len(out) == 2
    letter = out[0]
    assert isinstance(letter, Consolidated) and letter.stage == "demand"
    assert letter.covers == (emails[0].key, emails[2].key)
    assert out[1] == emails[1]  # the notice goes alone
    # the payments not yet overdue join each other
    out = group(config, [emails[0], emails[1], _planned("C-2", "x1", "due")])
    assert out[0] == emails[0]
    assert isinstance(out[1], Consolidated) and out[1].stage == "due"
    # no demand: a reminder may list the notice beside it
    mild = [_planned("C-1", "m1", "reminder"), _planned("C-1", "m2", "notice")]
    [joined] = group(config, mild)
    assert isinstance(joined, Consolidated) and joined.covers == (mild[0].key, mild[1].key)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_reminder_asks_only_for_the_overdue_payments(tmp_path: Path, language: str) -> None:
    """m1 (50,000 left) and m2 (20,000) are 3 days overdue; x1 (5,000) is due 15 Jan 2027."""
    shown = preview_consolidated(_config(tmp_path, language), StateView(), "acme", REMINDERS)
    body = _body(shown)
    assert "None" not in body and "{{" not in body
    if language == "en":
        assert "Payment reminder: 3 payments, 2 overdue" in shown
        assert "arranging payment of the overdue ones (CNY 70,000.00)" in body
        assert "Total remaining: CNY 75,000.00" in body
        assert "Days overdue: 3" in body and "Days overdue: not yet due" in body
        assert (
            "not part of the request above):\n"
            '- Annual fee ("Support", ref. C-2): CNY 5,000.00, due on 15 January 2027'
        ) in body
    else:
        assert "付款提醒：3笔款项，其中2笔已逾期" in shown
        assert "还请协助尽快处理已逾期款项（¥70,000.00）的付款" in body
        assert "尚欠合计：¥75,000.00" in body
        assert "逾期天数：3天" in body and "逾期天数：尚未到期" in body
        assert (
            "不在上述付款请求之列）：\n- 《Support》（合同编号：C-2）Annual fee：¥5,000.00，"
            "付款截止日2027年1月15日"
        ) in body
    html = preview_consolidated(
        _config(tmp_path, language), StateView(), "acme", REMINDERS, html=True
    )
    assert "None" not in html and ("70,000.00" in html)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_consolidated_demand_names_only_overdue_money_with_its_interest(
    tmp_path: Path, language: str
) -> None:
    """C-1 charges 0.05 %/day from the due date (20 Nov); on 21 Dec, 31 days:
    m1 50,000.00 x 0.0005 x 31 = 775.00, m2 20,000.00 x 0.0005 x 31 = 310.00;
    asked for: 70,000.00 + 1,085.00 = 71,085.00, by 21 Dec + 10 days = 31 Dec 2026.
    x1 (due 15 Jan 2027) is not in the letter at all."""
    config = _config(tmp_path, language, interest=True)
    shown = preview_consolidated(config, StateView(), "acme", DEMANDS)
    body = _body(shown)
    assert "[CK-C-2-x1]" not in shown and "5,000.00" not in body
    assert "None" not in body and "{{" not in body
    if language == "en":
        assert "Formal demand for payment: 2 overdue payments, CNY 70,000.00" in shown
        assert (
            "formally request payment of the overdue total of CNY 71,085.00 (principal "
            "CNY 70,000.00 plus the late-payment interest to date shown below) by 31 December 2026."
        ) in body
        assert "Total now due on it: CNY 50,775.00" in body
        assert "Total now due on it: CNY 20,310.00" in body
    else:
        assert "催款函：2笔逾期款项，合计¥70,000.00" in shown
        assert (
            "请贵司于2026年12月31日前将已逾期款项合计¥71,085.00（含本金¥70,000.00及截至今日的"
            "逾期利息，见下文）足额支付。"
        ) in body
        assert "该笔现应付合计：¥50,775.00" in body and "该笔现应付合计：¥20,310.00" in body


def test_preview_says_why_a_demand_and_one_notice_get_no_joint_letter(tmp_path: Path) -> None:
    _config(tmp_path, "en")
    text = (tmp_path / "config.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "          - {id: m2, name: Final payment, amount: 20000.00, due: 2026-11-20, "
        "invoice: inv-m2.pdf}\n",
        "",
    ).replace("total: 100000.00", "total: 80000.00")
    (tmp_path / "config.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CuikuanError, match="never joined with a payment not yet overdue"):
        preview_consolidated(load_config(tmp_path / "config.yaml"), StateView(), "acme", DEMANDS)


def test_plan_shows_which_emails_go_out_as_one_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ACME's three notices (20 Nov due) are one letter; beta (consolidate: false) is not."""
    path = write_config(tmp_path, 25, 143)
    argv = ["plan", "--config", str(path), "--from", "2026-11-13", "--to", "2026-11-13"]
    assert main([*argv, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    letters = {(r["contract"], r["milestone"]): r["letter"] for r in rows if r["stage"] == "notice"}
    assert letters == {
        ("C-1", "m1"): "#1",
        ("C-1", "m2"): "#1",
        ("C-2", "x1"): "#1",
        ("B-1", "first"): None,
        ("B-1", "final"): None,
    }
    assert main(argv) == 0
    table = capsys.readouterr().out
    assert "letter" in table.splitlines()[0]
    assert "rows with the same 'letter' go out as one email (1 letter(s)" in table


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_consolidated_demand_says_we_wrote_before_only_when_we_did(
    tmp_path: Path, language: str
) -> None:
    config = _config(tmp_path, language)
    fresh = _body(preview_consolidated(config, StateView(), "acme", DEMANDS))
    reminded = SendKey("C-1", "m1", "reminder", 1)
    sent = SendRecord(reminded, "<r1@team.example>", "sent", REMINDERS, (PAY,))
    state = StateView(sends={reminded: sent})
    after = _body(preview_consolidated(config, state, "acme", DEMANDS))
    if language == "en":
        assert "31 days. We have not received payment." in fresh
        assert "We have written to you about one of them before and have not received" in after
    else:
        assert "最长逾期31天。至今仍未收到付款。" in fresh and "多次" not in fresh
        assert "此前我司已就其中1笔款项发函提醒，至今仍未收到付款。" in after


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_consolidated_letter_asks_only_for_the_undisputed_part(
    tmp_path: Path, language: str
) -> None:
    """The PM recorded `dispute 10,000 acceptance` on C-1/m1 (50,000 left): the letter asks for
    m1's undisputed 40,000 + m2's 20,000 = 60,000 and says what is disputed (issue 14.4)."""
    from decimal import Decimal

    from daemon.domain.state import MilestoneState

    config = _config(tmp_path, language)
    part = MilestoneState(
        status="open", dispute_amount=Decimal("10000.00"), dispute_reason="acceptance"
    )
    state = StateView(milestones={("C-1", "m1"): part})
    body = _body(preview_consolidated(config, state, "acme", REMINDERS))
    if language == "en":
        assert "arranging payment of the overdue ones (CNY 60,000.00)" in body
        assert "Total remaining: CNY 65,000.00" in body
        assert "[Part disputed]" in body and "CNY 10,000.00" in body
    else:
        assert "已逾期款项（¥60,000.00）" in body
        assert "尚欠合计：¥65,000.00" in body
        assert "【部分异议】" in body and "¥10,000.00" in body
    html = preview_consolidated(config, state, "acme", REMINDERS, html=True)
    assert ("[Part disputed]" in html) or ("【部分异议】" in html)


def test_each_eur_payment_in_a_letter_gets_its_own_sepa_code(tmp_path: Path) -> None:
    """C-1 in EUR to an IBAN: m1 (50,000.00 left) and m2 (20,000.00) each get an EPC code for
    their own amount and reference, with their own cid and a caption naming the payment;
    C-2 (CNY) none (issue 13.4: pay-now details in every payment email)."""
    from decimal import Decimal

    from daemon.cli.preview_client import consolidated_for
    from daemon.mail.consolidated import consolidated_context
    from daemon.mail.qr import epc_qr

    path = write_config(tmp_path, 25, 143)
    account = (
        "        currency: EUR\n        bank_account: {account_name: Example GmbH, bank: "
        "Commerzbank, account_number: '0532013000', iban: DE89 3704 0044 0532 0130 00, "
        "bic: COBADEFFXXX}\n"
    )
    text = path.read_text(encoding="utf-8")
    text = text.replace("        title: Platform\n", "        title: Platform\n" + account)
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    letter = consolidated_for(config, StateView(), "acme", REMINDERS)
    images = consolidated_context(config, letter, StateView(), REMINDERS)["pay_now_images"]
    assert [i.cid for i in images] == ["paynow-epc-1@cuikuan", "paynow-epc-2@cuikuan"]
    expected = [("Delivery", "50000.00", "C-1 m1"), ("Final payment", "20000.00", "C-1 m2")]
    for image, (label, amount, ref) in zip(images, expected, strict=True):
        want = epc_qr(
            "Example GmbH", "DE89370400440532013000", Decimal(amount), ref, "COBADEFFXXX", ""
        )
        assert image.data == want.data
        assert label in image.caption and "C-1" in image.caption
    # the preview lists the images the letter carries, as the send attaches them
    shown = preview_consolidated(config, StateView(), "acme", REMINDERS, html=True)
    listed = [line for line in shown.splitlines() if line.startswith("Inline image:")]
    assert [line.rsplit("(cid:", 1)[1] for line in listed] == [
        "paynow-epc-1@cuikuan)",
        "paynow-epc-2@cuikuan)",
    ]
    assert shown.count('src="cid:paynow-epc-') == len(listed)
