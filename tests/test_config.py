"""The config loader: the shipped config loads, and each kind of mistake is reported
with the exact file, line and field path, all at once."""

from __future__ import annotations

import os
import re
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.config.files import config_fingerprint, watched_files
from daemon.config.loader import load_config
from daemon.config.yamlsafe import load_yaml
from daemon.domain.resolve import due_date, iter_milestones, milestone_amount
from daemon.errors import ConfigError
from tests.demo_config import DEMO_DIR

REPO = Path(__file__).resolve().parent.parent

BASE = textwrap.dedent(
    """\
    settings:
      company: Example Tech
      pm: {email: pm@example.com}
      mail:
        from: {email: ar@example.com}
    clients:
      - id: acme
        name: ACME Ltd
        contacts:
          to:
            - email: jane@acme.example.com
        contracts:
          - id: C-1
            title: Integration
            currency: USD
            total: 1000.00
            signed: 2026-01-05
            payment_instructions: Bank transfer
            events: {delivery: 2026-02-01}
            milestones:
              - id: deposit
                name: Deposit
                amount: 300.00
                due: 2026-02-28
              - id: final
                name: Final
                amount: 700.00
                due_after: {event: delivery, days: 30}
    """
)

CLIENT_FILE = textwrap.dedent(
    """\
    clients:
      - id: beta
        name: Beta GmbH
        contacts:
          to:
            - email: anna@beta.example.com
    """
)


def line(text: str, marker: str) -> int:
    """1-based line of the only line of ``text`` containing ``marker``."""
    found = [n for n, content in enumerate(text.splitlines(), 1) if marker in content]
    assert len(found) == 1, f"marker {marker!r} found on lines {found}"
    return found[0]


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.fixture
def write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write files under tmp_path (the cwd), so messages name them relative as passed."""
    monkeypatch.chdir(tmp_path)

    def _write(text: str, name: str = "config.yaml") -> Path:
        path = Path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return _write


def issues_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return [str(issue) for issue in caught.value.issues]


# --- what loads -----------------------------------------------------------------------


def test_demo_config_loads_with_absolute_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DEMO_DIR / "examples")  # cwd must not matter
    config = load_config(Path("../config.yaml"))
    assert config.base_dir == DEMO_DIR
    assert config.settings.data_dir == DEMO_DIR / "data"
    assert config.settings.mail.maildir.outbox == DEMO_DIR / "data" / "outbox"
    assert [c.id for c in config.clients] == ["hz-shuju", "acme"]
    found = {(ct.id, m.id): (ct, m) for _, ct, m in iter_milestones(config)}
    contract, midterm = found[("HZ-2026-017", "midterm")]
    assert milestone_amount(contract, midterm) == Decimal("80000.00")
    assert midterm.invoice == DEMO_DIR / "examples" / "invoices" / "HZ-2026-017-midterm.pdf"
    assert found[("HZ-2026-017", "deposit")][1].paid.on == date(2026, 10, 29)
    contract, midterm = found[("ACME-2026-03", "midterm")]
    assert (date(2026, 12, 1) - due_date(contract, midterm)).days == 42
    assert contract.total == Decimal("36000.00")


@pytest.mark.parametrize("name", ["HZ-2026-017-midterm.pdf", "ACME-2026-03-midterm.pdf"])
def test_shipped_invoices_are_small_well_formed_pdfs(name: str) -> None:
    data = (REPO / "examples" / "invoices" / name).read_bytes()
    assert len(data) < 2048
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    xref_at = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    assert data[xref_at:].startswith(b"xref")
    offsets = re.findall(rb"(\d{10}) 00000 n ", data[xref_at:])
    for number, offset in enumerate(offsets, 1):
        assert data[int(offset) :].startswith(f"{number} 0 obj".encode())
    assert name.removesuffix("-midterm.pdf").encode() in data


def test_numbers_with_a_dot_load_as_exact_decimal(write) -> None:
    text = edit(BASE, "total: 1000.00", "total: 0.1")
    text = edit(text, "amount: 300.00", "amount: 0.1")
    text = edit(text, "amount: 700.00", "amount: 0")
    contract = load_config(write(text)).clients[0].contracts[0]
    assert type(contract.total) is Decimal and contract.total == Decimal("0.1")
    assert str(contract.milestones[0].amount) == "0.1"
    assert load_yaml("x: 0.1\n", "f").data["x"] == Decimal("0.1")


def test_yaml_11_surprises_stay_text(write) -> None:
    doc = load_yaml("on: yes\nt: 9:30\nd: 2026-02-30\nn: 017\nb: true\n", "f")
    assert doc.data == {"on": "yes", "t": "9:30", "d": "2026-02-30", "n": "017", "b": True}


def test_line_map_gives_the_line_of_nested_values(write) -> None:
    doc = load_yaml(BASE, "config.yaml")
    path = ("clients", 0, "contracts", 0, "milestones", 1, "due_after")
    assert doc.line_of(path) == line(BASE, "due_after:")
    assert doc.line_of((*path, "event")) == line(BASE, "due_after:")
    assert doc.line_of(("clients", 0, "contracts", 0, "milestones", 1)) == line(BASE, "- id: final")


def test_clients_dir_files_are_appended_and_watched(write) -> None:
    config_path = write(edit(BASE, "  mail:\n", "  clients_dir: more\n  mail:\n"))
    write(CLIENT_FILE, "more/b.yaml")
    write(CLIENT_FILE.replace("beta", "gamma"), "more/a.yml")
    write("not: yaml we read\n", "more/notes.txt")
    assert [c.id for c in load_config(config_path).clients] == ["acme", "gamma", "beta"]
    assert watched_files(config_path) == [
        config_path,
        Path.cwd() / "more" / "a.yml",
        Path.cwd() / "more" / "b.yaml",
    ]
    before = config_fingerprint(config_path)
    write(CLIENT_FILE.replace("beta", "delta"), "more/c.yaml")
    assert config_fingerprint(config_path) != before
    assert len(config_fingerprint(config_path)) == 4


def test_fingerprint_of_a_missing_file_does_not_raise(tmp_path: Path) -> None:
    assert config_fingerprint(tmp_path / "nope.yaml") == (
        (str(tmp_path / "nope.yaml"), None, None),
    )


# --- one test per kind of mistake -------------------------------------------------------


def test_bad_date(write) -> None:
    text = edit(BASE, "due: 2026-02-28", "due: 2026-02-30")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, '2026-02-30')}: clients[0].contracts[0].milestones[0].due: "
        "2026-02-30 is not a date (use YYYY-MM-DD)"
    ]


def test_unknown_key_suggests_the_right_one(write) -> None:
    text = edit(BASE, "due: 2026-02-28", "dew: 2026-02-28")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'dew:')}: clients[0].contracts[0].milestones[0]: "
        "unknown key 'dew' (did you mean 'due'?)"
    ]


def test_unknown_top_level_key(write) -> None:
    text = BASE + "client:\n  - id: x\n"
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'client:')}: unknown key 'client' (did you mean 'clients'?)"
    ]


def test_missing_required_field(write) -> None:
    text = edit(BASE, "            name: Deposit\n", "")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, '- id: deposit')}: "
        "clients[0].contracts[0].milestones[0].name: is required"
    ]


def test_amount_and_percent_both_given(write) -> None:
    text = edit(BASE, "amount: 300.00", "amount: 300.00\n            percent: 30")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, '- id: deposit')}: clients[0].contracts[0].milestones[0]: "
        "give exactly one of amount or percent"
    ]


def test_milestones_must_add_up_to_the_total(write) -> None:
    percents = edit(BASE, "amount: 300.00", "percent: 30")
    percents = edit(percents, "amount: 700.00", "percent: 65")
    assert issues_of(write(percents)) == [
        f"config.yaml:{line(percents, 'milestones:')}: clients[0].contracts[0].milestones: "
        "percents add up to 95%, must be 100%"
    ]
    amounts = edit(BASE, "amount: 700.00", "amount: 600.00")
    assert issues_of(write(amounts)) == [
        f"config.yaml:{line(amounts, 'milestones:')}: clients[0].contracts[0].milestones: "
        "milestone amounts add up to 900.00 USD, but the contract total is 1000.00 USD"
    ]
    mixed = edit(BASE, "amount: 700.00", "percent: 70")
    load_config(write(mixed))  # 300.00 + 70% of 1000.00 is exactly the total


def test_duplicate_ids(write) -> None:
    text = edit(BASE, "- id: final", "- id: deposit")
    text += "  - id: acme\n    name: Other\n    contacts: {to: [{email: o@example.com}]}\n"
    text += "    contracts:\n      - id: C-1\n        title: T\n        total: 5\n"
    text += "        signed: 2026-01-01\n        payment_instructions: P\n"
    text += "        milestones: [{id: m, name: M, amount: 5, due: 2026-02-01}]\n"
    first_milestone = line(BASE, "- id: deposit")
    first_client = line(BASE, "- id: acme")
    first_contract = line(BASE, "- id: C-1")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(BASE, '- id: final')}: clients[0].contracts[0].milestones[1].id: "
        f"duplicate milestone id 'deposit' (first used at config.yaml:{first_milestone})",
        f"config.yaml:{line(text, 'name: Other') - 1}: clients[1].id: "
        f"duplicate client id 'acme' (first used at config.yaml:{first_client})",
        f"config.yaml:{line(text, 'title: T') - 1}: clients[1].contracts[0].id: "
        f"duplicate contract id 'C-1' (first used at config.yaml:{first_contract})",
    ]


def test_unknown_due_after_event(write) -> None:
    text = edit(BASE, "event: delivery", "event: delivry")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'delivry')}: clients[0].contracts[0].milestones[1]."
        "due_after.event: unknown event 'delivry' (did you mean 'delivery'?); "
        "this contract's events are: delivery"
    ]


def test_invoice_file_must_exist_relative_to_its_yaml(write) -> None:
    text = edit(BASE, "due: 2026-02-28", "due: 2026-02-28\n            invoice: inv/missing.pdf")
    where = Path.cwd() / "inv" / "missing.pdf"
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'invoice:')}: clients[0].contracts[0].milestones[0].invoice: "
        f"invoice file inv/missing.pdf not found (looked for {where})"
    ]
    write("%PDF-1.4\n", "inv/missing.pdf")
    invoice = load_config(Path("config.yaml")).clients[0].contracts[0].milestones[0].invoice
    assert invoice == where


def test_bad_email(write) -> None:
    text = edit(BASE, "jane@acme.example.com", "jane@acme")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'jane@acme')}: clients[0].contacts.to[0].email: "
        "'jane@acme' is not an email address like name@example.com"
    ]


def test_bad_timezone(write) -> None:
    text = edit(BASE, "name: ACME Ltd", "name: ACME Ltd\n    timezone: Europe/Londn")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'Londn')}: clients[0].timezone: "
        "'Europe/Londn' is not an IANA timezone like Asia/Shanghai"
    ]


def test_bad_currency(write) -> None:
    text = edit(BASE, "currency: USD", "currency: usd")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'currency:')}: clients[0].contracts[0].currency: "
        "'usd' is not an ISO 4217 currency code like CNY or USD"
    ]


def test_unknown_calendar(write) -> None:
    text = edit(BASE, "name: ACME Ltd", "name: ACME Ltd\n    calendar: XX")
    text = edit(text, "company: Example Tech", "company: Example Tech\n  calendar: cn")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'calendar: cn')}: settings.calendar: "
        "'cn' is not a holiday calendar the holidays package knows (did you mean 'CN')",
        f"config.yaml:{line(text, 'calendar: XX')}: clients[0].calendar: "
        "'XX' is not a holiday calendar the holidays package knows (like CN or GB)",
    ]


def test_line_break_in_a_header_field(write) -> None:
    text = edit(BASE, "name: ACME Ltd", 'name: "ACME Ltd\\r\\nBcc: evil@example.com"')
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'Bcc')}: clients[0].name: "
        "must be a single line (line breaks could inject mail headers)"
    ]


def test_yaml_syntax_error_has_its_line(write) -> None:
    text = edit(BASE, "title: Integration", "title: Integration: phase 1")
    [issue] = issues_of(write(text))
    column = text.splitlines()[line(text, "phase 1") - 1].index(": phase") + 1
    assert issue == (
        f"config.yaml:{line(text, 'phase 1')}: YAML syntax error, column {column}: a value "
        "contains ': ' (a colon and a space), which YAML reads as a new key; put the value in "
        'quotes, e.g. name: "Acme: Shanghai office"'
    )


def test_non_safe_tag_is_refused_and_never_run(write) -> None:
    text = edit(
        BASE,
        "company: Example Tech",
        'company: !!python/object/apply:os.system ["touch pwned"]',
    )
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'os.system')}: settings.company: tag "
        "!!python/object/apply:os.system is not allowed: config files hold only text, "
        "numbers, true/false, null, lists and mappings"
    ]
    assert not Path("pwned").exists()


def test_alias_bomb_is_refused(write) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for n in range(1, 9):
        bomb += f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1 if n > 1 else ''}"] * 10) + "]\n"
    issues = issues_of(write(BASE + bomb.replace("*a0", "*a")))
    assert len(issues) == 1
    assert re.fullmatch(
        r"config\.yaml:\d+: a\d[\[\]\d]*: holds more than 100,000 values once anchors and "
        r"aliases are expanded \(an alias bomb\?\); refusing to load it",
        issues[0],
    )


def test_duplicate_key(write) -> None:
    text = edit(BASE, "currency: USD", "currency: USD\n        currency: CNY")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'currency: CNY')}: clients[0].contracts[0]: "
        f"duplicate key 'currency' (first given on line {line(text, 'currency: USD')})"
    ]


def test_error_in_a_clients_dir_file_names_that_file(write) -> None:
    config_path = write(edit(BASE, "  mail:\n", "  clients_dir: more\n  mail:\n"))
    client_text = CLIENT_FILE.replace("anna@beta.example.com", "anna@@beta")
    write(client_text, "more/beta.yaml")
    assert issues_of(config_path) == [
        f"more/beta.yaml:{line(client_text, 'anna@@beta')}: clients[0].contacts.to[0].email: "
        "'anna@@beta' is not an email address like name@example.com"
    ]


def test_policy_override_must_keep_stages_in_order(write) -> None:
    text = edit(BASE, "events:", "policy: {escalate_after_days: 70}\n        events:")
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'policy:')}: clients[0].contracts[0].policy: "
        "together with settings.policy: demand_after_days < escalate_after_days < "
        "legal_after_days must hold (got 30, 70, 60)"
    ]


def test_every_error_is_reported_at_once(write) -> None:
    text = edit(BASE, "  mail:\n", "  clients_dir: more\n  mail:\n")
    text = edit(text, "due: 2026-02-28", "due: 2026-02-30")
    text = edit(text, "currency: USD", "currency: usd")
    text = edit(text, "company: Example Tech", "compnay: Example Tech")
    write(edit(CLIENT_FILE, "name: Beta GmbH", 'name: "Beta\\nGmbH"'), "more/b.yaml")
    write("clients: {}\n", "more/c.yaml")
    issues = issues_of(write(text))
    assert [i.split(": ", 2)[:2] for i in issues] == [
        [f"config.yaml:{line(text, 'compnay') - 1}", "settings.company"],
        [f"config.yaml:{line(text, 'compnay')}", "settings"],
        [f"config.yaml:{line(text, 'currency')}", "clients[0].contracts[0].currency"],
        [f"config.yaml:{line(text, '02-30')}", "clients[0].contracts[0].milestones[0].due"],
        ["more/b.yaml:3", "clients[0].name"],
        ["more/c.yaml:1", "clients"],
    ]


# --- files that are not a config at all -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "config.yaml:1: is empty; it needs settings: and clients: (see the shipped one)"),
        (
            b"- a\n- b\n",
            "config.yaml:1: must be a mapping with settings: and clients: at the top level",
        ),
        (
            b"settings:\n  company: \xd6\xd0\xce\xc4\n",
            "config.yaml:2: is not UTF-8 text (byte 0xd6 cannot be decoded); "
            "save the file as UTF-8 (not GBK)",
        ),
        (
            b"a: 1\x00\n",
            "config.yaml:1: contains the control character '\\x00', which YAML does not allow",
        ),
    ],
)
def test_not_a_config(write, content: bytes, expected: str) -> None:
    path = write("")
    path.write_bytes(content)
    assert issues_of(path) == [expected]


def test_missing_file_and_folder(write) -> None:
    assert issues_of(Path("nope.yaml")) == ["nope.yaml: file not found"]
    os.mkdir("folder.yaml")
    assert issues_of(Path("folder.yaml")) == ["folder.yaml: is a folder, not a file"]
    write("x: 1\n", "plain")
    assert issues_of(Path("plain/config.yaml")) == [
        "plain/config.yaml: cannot be read: Not a directory"
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(write) -> None:
    path = write(BASE)
    path.chmod(0)
    assert issues_of(path) == ["config.yaml: cannot be read (permission denied)"]


# --- no input ends in a traceback -------------------------------------------------------

YAML_BITS = st.sampled_from(
    [
        ":",
        "- ",
        "[",
        "]",
        "{",
        "}",
        "&a ",
        "*a",
        "!!",
        "|",
        ">",
        "'",
        '"',
        "#",
        "\n",
        "\t",
        "  ",
        "<<: *a",
        "~",
        "0.5",
        "-1",
        "017",
        "2026-13-01",
        "x@y",
        "\\n",
        "?",
        ",",
        "%",
    ]
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cuts=st.lists(
        st.tuples(st.integers(0, len(BASE)), st.integers(0, 8), st.lists(YAML_BITS, max_size=3)),
        min_size=1,
        max_size=4,
    )
)
def test_mangled_config_gives_config_error_or_config(write, cuts) -> None:
    text = BASE
    for at, drop, bits in cuts:
        text = text[:at] + "".join(bits) + text[at + drop :]
    path = write(text)
    try:
        load_config(path)
    except ConfigError as exc:
        assert exc.issues and all(issue.message for issue in exc.issues)


def test_relative_paths_in_settings_become_absolute_against_the_config_folder(
    write, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = edit(
        BASE,
        "    from: {email: ar@example.com}\n",
        "    from: {email: ar@example.com}\n"
        "    maildir: {outbox: out}\n"
        "    smtp: {host: smtp.example.com, password_file: secrets/pw}\n"
        "  data_dir: state\n"
        "  templates_dir: tpl\n",
    )
    site = write(text, "site/config.yaml").resolve().parent
    os.mkdir("site/tpl")
    monkeypatch.chdir("/")
    settings = load_config(site / "config.yaml").settings
    assert settings.data_dir == site / "state"
    assert settings.templates_dir == site / "tpl"
    assert settings.mail.maildir.outbox == site / "out"
    assert settings.mail.maildir.inbox == site / "data" / "inbox"
    assert settings.mail.smtp is not None
    assert settings.mail.smtp.password_file == site / "secrets" / "pw"
