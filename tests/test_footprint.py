"""An idle daemon holds only what it uses (bench/idle.py measures its memory; this keeps it so).

The bank statement parsers (ofxtools, mt940, calamine: ~25 MB with their trees) load with
the first statement file, segno with the first pay-now QR code drawn, and dkimpy,
dnspython and PyNaCl (~4 MB) with the first DKIM-signed reply checked, not in every daemon
process at start-up. pydantic (~11 MB with the built config models) not at all: the daemon
checks its config in a child process (:mod:`daemon.config.child`).
"""

from __future__ import annotations

import json
import subprocess
import sys

LAZY = {"ofxtools", "mt940", "python_calamine", "segno", "dkim", "dns", "nacl"}
PROBE = """
import json, sys
import daemon.service.loop, daemon.service.runtime, daemon.inbox.processor, daemon.mail.qr
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def test_the_daemon_modules_leave_statement_parsers_qr_drawing_and_dkim_unloaded() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(out))
    assert {"daemon", "schedule"} <= loaded  # the probe did import the daemon
    assert not loaded & (LAZY | {"pydantic"}), loaded & (LAZY | {"pydantic"})
