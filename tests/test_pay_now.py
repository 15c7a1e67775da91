"""Every payment email carries the pay-now block (issue 13.4), in zh and en."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from daemon.config.record_ops import replace
from daemon.domain.stages import STAGES
from daemon.mail.pay_now import pay_now_block, with_pay_now
from daemon.mail.rendering import render
from tests.test_rendering import EN, ZH, make_config, planned, state_for

PAYMENT_STAGES = (
    "terms",
    "notice",
    "due",
    "reminder",
    "promise_broken",
    "demand",
    "escalate",
    "suspend",
)
ACCOUNT = {
    "account_name": "杭州云帆科技有限公司",
    "bank": "招商银行杭州分行",
    "account_number": "5719 0000 1234 5678",
}
NEVER = {
    "zh": "我司从不通过电子邮件变更收款账户",
    "en": "we never change our bank details by email",
}
LABELS = {
    "zh": ("户名", "开户行", "账号", "付款附言"),
    "en": ("Account name", "Bank", "Account number", "Payment reference"),
}


def test_the_payment_stages_are_known() -> None:
    assert set(PAYMENT_STAGES) <= set(STAGES)


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("stage", PAYMENT_STAGES)
def test_every_payment_email_has_the_pay_now_block(
    tmp_path: Path, stage: str, language: str
) -> None:
    config = make_config(tmp_path, bank_account=ACCOUNT)
    p = planned(language, stage, seq=1 if stage == "reminder" else 0)
    out = render(config, p, state_for(language, stage), p.at)
    contract, milestone = ZH if language == "zh" else EN
    reference = contract if stage == "terms" else f"{contract} {milestone}"
    name, bank, number, ref = LABELS[language]
    sep = "：" if language == "zh" else ": "
    for body, esc in ((out.text, str), (out.html, escape)):
        assert f"{name}{sep}{esc(ACCOUNT['account_name'])}" in body
        assert f"{bank}{sep}{esc(ACCOUNT['bank'])}" in body
        assert f"{number}{sep}{esc(ACCOUNT['account_number'])}" in body
        assert f"{sep}{reference}\n" in body or f"{sep}{reference}<br>" in body
        assert ref in body
        assert NEVER[language] in body


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_contract_account_wins_and_the_warning_stands_without_one(
    tmp_path: Path, language: str
) -> None:
    bare = make_config(tmp_path)
    p = planned(language, "reminder", seq=1)
    out = render(bare, p, state_for(language, "reminder"), p.at)
    assert NEVER[language] in out.text and LABELS[language][3] in out.text
    config = make_config(tmp_path, bank_account=ACCOUNT)
    contract_id = (ZH if language == "zh" else EN)[0]
    [contract] = [c for cl in config.clients for c in cl.contracts if c.id == contract_id]
    account = config.settings.bank_account
    assert account is not None
    own = replace(contract, bank_account=replace(account, account_number="9999 8888"))
    block = pay_now_block(config.settings, own, own.milestones[0], language)
    assert "9999 8888" in block and ACCOUNT["account_number"] not in block
    assert NEVER[language] in block


@pytest.mark.parametrize("stage", sorted(set(STAGES) - set(PAYMENT_STAGES)))
def test_no_block_where_no_payment_is_asked(tmp_path: Path, stage: str) -> None:
    config = make_config(tmp_path, bank_account=ACCOUNT)
    p = planned("en", stage)
    out = render(config, p, state_for("en", stage), p.at)
    assert "Account number:" not in out.text


@pytest.mark.parametrize("stage", PAYMENT_STAGES)
def test_account_lines_are_not_repeated_when_instructions_state_them_too(
    tmp_path: Path, stage: str
) -> None:
    """The instructions of the zh contract hold 开户行/户名/账号 of the same account."""
    config = make_config(tmp_path, bank_account=ACCOUNT)
    p = planned("zh", stage, seq=1 if stage == "reminder" else 0)
    out = render(config, p, state_for("zh", stage), p.at)
    for body in (out.text, out.html):
        for label in ("开户行：", "户名：", "账号："):
            assert body.count(label) == 1, (label, body)
        assert body.count(ACCOUNT["account_number"]) == 1


def test_a_reference_line_of_the_instructions_gives_way_to_the_exact_reference(
    tmp_path: Path,
) -> None:
    config = make_config(tmp_path)
    [contract] = [c for cl in config.clients for c in cl.contracts if c.id == EN[0]]
    own = replace(contract, payment_instructions="SWIFT: EXAMPLECNXXX\nReference: NW-2026-003\n")
    text = with_pay_now(config.settings, own, own.milestones[0], "en")
    assert "SWIFT: EXAMPLECNXXX" in text
    assert "Reference: NW-2026-003" not in text
    assert text.count("NW-2026-003") == 1 and "NW-2026-003 deposit" in text
