"""The reminders a blind set's replies thread to, registered by one call each.

A set's threads module (heldout_c_threads_zl.py and later) calls these for each contract and
milestone: the reminder text is what templates/zh and templates/en render (the builders of
heldout_c_threads_zg.py), registered into heldout_c_mime.CONTRACTS and
heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS. Shared so each new set adds only its data.
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS
from heldout_c_threads_zg import en_demand, en_reminder, zh_demand, zh_reminder


def token(contract: str, milestone: str) -> str:
    return f"[CK-{contract}-{milestone}]"


def register_zh(key: str, cid: str, ms: str, who: str, title: str, mname: str, amount: str, due: str,
        late: int, today: str, second: bool = False) -> None:  # fmt: skip
    tok = token(cid, ms)
    CONTRACTS[key] = (cid, ms)
    ZH_THREADS.add(key)
    SUBJECT[key] = (f"{mname}逾期提醒（第二次） — {title} {tok}" if second
                    else f"{mname}付款提醒 — {title} {tok}")  # fmt: skip
    REMINDER[key] = zh_reminder(who, title, mname, amount, due, late, tok, today, second)


def register_zh_demand(key: str, cid: str, ms: str, client: str, title: str, mname: str, amount: str,
               due: str, late: int, today: str, deadline: str) -> None:  # fmt: skip
    tok = token(cid, ms)
    CONTRACTS[key] = (cid, ms)
    ZH_THREADS.add(key)
    SUBJECT[key] = f"催款函：{mname}（{amount}） — {title} {tok}"
    REMINDER[key] = zh_demand(client, title, cid, mname, amount, due, late, tok, today, deadline)


def register_en(key: str, cid: str, ms: str, who: str, title: str, mname: str, amount: str, due: str,
        late: int, second: bool = False) -> None:  # fmt: skip
    tok = token(cid, ms)
    CONTRACTS[key] = (cid, ms)
    SUBJECT[key] = (f"Second reminder: {mname} overdue — {title} {tok}" if second
                    else f"Payment reminder: {mname} — {title} {tok}")  # fmt: skip
    REMINDER[key] = en_reminder(who, title, mname.lower(), amount, due, late, tok, second)


def register_en_demand(key: str, cid: str, ms: str, client: str, who: str, title: str, mname: str,
               amount: str, due: str, late: int, today: str, deadline: str) -> None:  # fmt: skip
    tok = token(cid, ms)
    CONTRACTS[key] = (cid, ms)
    SUBJECT[key] = f"Formal demand for payment: {mname} ({amount}) — {title} {tok}"
    REMINDER[key] = en_demand(client, who, title, cid, mname.lower(), amount, due, late, tok, today,
                              deadline)  # fmt: skip
