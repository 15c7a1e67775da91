"""The evidence zip for counsel holds one contract's client, contract and mail — nothing of
any other client (issue 11 point 6). The chase runs through the real SMTP server first."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from daemon.config.loader import load_config
from daemon.outbox.archive import Archive
from daemon.reports.evidence import build_evidence, verify_evidence
from daemon.service.runtime import open_runtime
from daemon.storage.store import Store
from tests.test_engine import write_demo_config

OTHER_CLIENT = (  # everything that identifies the demo's Chinese client
    "hz-shuju",
    "杭州示例数据有限公司",
    "chen@client.example.cn",
    "finance@client.example.cn",
    "陈经理",
    "HZ-2026-017",
    "数据平台一期",
    "6222 0000 1234 5678",
    "示例银行杭州分行",
    "200000",
    "200,000",
)


def zip_texts(path: Path) -> dict[str, str]:
    """Every file of the zip as text, e-mails with their encoded parts decoded too."""
    from email import message_from_bytes, policy

    out = {}
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            text = data.decode("utf-8", "replace")
            if name.endswith(".eml"):
                message = message_from_bytes(data, policy=policy.default)
                for part in message.walk():
                    payload = part.get_payload(decode=True)
                    if isinstance(payload, bytes):
                        text += payload.decode("utf-8", "replace")
                text += " ".join(str(v) for v in message.values())
            out[name] = text
    return out


def test_evidence_for_one_client_names_no_other_client(tmp_path: Path, smtp_server: Any) -> None:
    path = write_demo_config(tmp_path, smtp_server)
    config = load_config(path)
    runtime = open_runtime(config, config_path=path)
    try:
        day = datetime.fromisoformat("2026-12-01T02:00:00+00:00")
        while day < datetime.fromisoformat("2027-01-20T02:00:00+00:00"):
            runtime.engine.tick(day)  # 10:00 in Shanghai
            runtime.engine.tick(day + timedelta(hours=8))  # 10:00 in London
            day += timedelta(days=1)
    finally:
        runtime.close()
    assert any("HZ-2026-017" in str(m.message["Message-ID"]) for m in smtp_server.messages)
    out = tmp_path / "acme.zip"
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        build_evidence(
            config,
            store,
            Archive(config.settings.data_dir / "archive"),
            "ACME-2026-03",
            out,
            datetime.fromisoformat("2027-01-20T10:00:00+00:00"),
        )
    assert verify_evidence(out) == []
    texts = zip_texts(out)
    assert any(n.startswith("emails/sent/") for n in texts)
    assert "ACME Widgets Ltd" in texts["contract/config.yaml"]
    for name, text in texts.items():
        leaked = [word for word in OTHER_CLIENT if word in text]
        assert leaked == [], f"{name} names another client: {leaked}"
