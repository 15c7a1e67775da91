"""systemd/cuikuan.service: valid for systemd, hardened, and consistent with the code.

``systemd-analyze verify`` checks the unit as systemd would load it (the ExecStart binary
must exist, so a copy points at this venv's ``cuikuan``); ``systemd-analyze security
--offline=true`` scores its sandboxing without a running systemd. Both need systemd-analyze
(Debian's ``systemd`` package); those tests are skipped without it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.cli.main import build_parser
from daemon.config.mail_settings import ImapSettings, SmtpSettings
from daemon.config.secrets import credential_name, read_secret

UNIT = Path(__file__).resolve().parents[1] / "systemd" / "cuikuan.service"
ANALYZE = shutil.which("systemd-analyze")
needs_analyze = pytest.mark.skipif(
    ANALYZE is None, reason="systemd-analyze not installed (apt-get install systemd)"
)
ACCEPTABLE_EXPOSURE = {"PERFECT", "SAFE", "OK"}
CREDENTIAL_FILES = {"smtp_password": SmtpSettings, "imap_password": ImapSettings}
"""Files the README tells the admin to put in /etc/cuikuan/credentials/."""


def directives(section: str) -> list[tuple[str, str]]:
    """(key, value) pairs of ``section`` in file order; keys may repeat, as in systemd."""
    pairs: list[tuple[str, str]] = []
    current = None
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            continue
        if current == section:
            key, _, value = line.partition("=")
            pairs.append((key.strip(), value.strip()))
    return pairs


def service(key: str) -> list[str]:
    return [v for k, v in directives("Service") if k == key]


def runnable_copy(tmp_path: Path) -> Path:
    """The unit with ExecStart pointing at this venv's cuikuan, which exists."""
    cuikuan = Path(sys.executable).parent / "cuikuan"
    if not cuikuan.is_file():
        pytest.skip(f"{cuikuan} not installed: pip install -e . into the venv")
    copy = tmp_path / "cuikuan.service"
    text = UNIT.read_text(encoding="utf-8").replace("/opt/cuikuan/venv/bin/cuikuan", str(cuikuan))
    copy.write_text(text, encoding="utf-8")
    return copy


@needs_analyze
def test_systemd_analyze_verify_accepts_the_unit(tmp_path: Path) -> None:
    unit = runnable_copy(tmp_path)
    done = subprocess.run(
        [str(ANALYZE), "verify", "--man=no", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    complaints = [line for line in done.stderr.splitlines() if "cuikuan.service" in line]
    assert done.returncode == 0, done.stderr
    assert complaints == []


@needs_analyze
def test_the_unit_is_hardened_to_exposure_ok_or_better(tmp_path: Path) -> None:
    unit = runnable_copy(tmp_path)
    done = subprocess.run(
        [str(ANALYZE), "security", "--offline=true", "--no-pager", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    match = re.search(r"Overall exposure level for \S+: ([\d.]+) (\w+)", done.stdout)
    assert match, done.stdout[-2000:]
    score, level = float(match.group(1)), match.group(2)
    assert level in ACCEPTABLE_EXPOSURE, done.stdout
    assert score <= 2.0, f"exposure {score} {level}: a hardening line was lost?"


def test_credential_names_are_the_ones_secrets_py_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [load] = service("LoadCredential")
    ident, _, folder = load.partition(":")
    assert folder == "/etc/cuikuan/credentials"
    # systemd names each file of a loaded folder "<id>_<file name>" (systemd.exec(5)).
    creds = tmp_path / "creds"
    creds.mkdir()
    for file_name, model in CREDENTIAL_FILES.items():
        env = model.model_fields["password_env"].default
        assert f"{ident}_{file_name}" == credential_name(env)
        (creds / f"{ident}_{file_name}").write_text(f"secret-of-{file_name}\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    monkeypatch.delenv("CUIKUAN_SMTP_PASSWORD", raising=False)
    assert read_secret("CUIKUAN_SMTP_PASSWORD", None, "SMTP password") == "secret-of-smtp_password"
    assert read_secret("CUIKUAN_IMAP_PASSWORD", None, "IMAP password") == "secret-of-imap_password"
    assert service("EnvironmentFile") == ["-/etc/cuikuan/cuikuan.env"]


def test_exec_start_runs_the_daemon_with_the_configured_config() -> None:
    [exec_start] = service("ExecStart")
    binary, *argv = exec_start.split()
    assert binary == "/opt/cuikuan/venv/bin/cuikuan"
    args = build_parser().parse_args(argv)
    assert args.command == "run" and not args.once and args.now is None
    assert f"CUIKUAN_CONFIG={args.config}" in service("Environment")
    assert service("ExecReload") == ["/bin/kill -HUP $MAINPID"]


def test_notify_watchdog_and_sandbox_settings() -> None:
    values = dict(directives("Service"))
    assert values["Type"] == "notify"
    assert values["NotifyAccess"] == "main"
    assert int(values["WatchdogSec"]) >= 60
    assert values["User"] == values["Group"] == "cuikuan"
    assert values["StateDirectory"] == "cuikuan"
    assert values["WorkingDirectory"] == "/var/lib/cuikuan"
    assert values["UMask"] == "0077"
    assert values["ProtectSystem"] == "strict"
    assert values["MemoryDenyWriteExecute"] == "yes"
    assert values["CapabilityBoundingSet"] == ""
    assert values["RestrictAddressFamilies"].split() == ["AF_INET", "AF_INET6", "AF_UNIX"]
    assert service("SystemCallFilter") == ["@system-service", "~@privileged @resources"]
