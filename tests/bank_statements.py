"""Bank statements built here, in each format a bank exports, for the bank tests.

Each builder takes :class:`Line` values (one transaction; a negative amount is a debit)
and returns the file's bytes as a bank writes it: a GBK CSV in the layout of Chinese
enterprise online banking (account lines on top, then 交易日期/对方户名/... and a 合计
line), an ``.xlsx`` and an ``.xls`` in the same layout, an MT940 (SWIFT field tags,
``:86:`` with ``/ORDP/`` and ``/REMI/`` codes), a CAMT.053.001.02 document and an OFX 2
file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Line:
    booked: date
    amount: Decimal
    payer: str = ""
    account: str = ""
    memo: str = ""
    ref: str = ""
    currency: str = "CNY"


CN_HEADER = ["交易日期", "交易时间", "对方户名", "对方账号", "借方发生额", "贷方发生额", "余额",
             "摘要", "用途", "交易流水号"]  # fmt: skip


def _cn_rows(lines: list[Line]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["账号：", "3301 0400 0123 4567", "户名：", "杭州示例咨询有限公司"],
        ["查询区间：", "2026-12-01 至 2026-12-31"],
        [],
        list(CN_HEADER),
    ]
    balance = Decimal("100000.00")
    for line in lines:
        balance += line.amount
        debit = f"{-line.amount:.2f}" if line.amount < 0 else ""
        credit = f"{line.amount:,.2f}" if line.amount > 0 else ""
        rows.append(
            [
                line.booked.strftime("%Y-%m-%d"),
                "10:31:05",
                line.payer,
                line.account,
                debit,
                credit,
                f"{balance:.2f}",
                "网银转入" if line.amount > 0 else "转账支出",
                line.memo,
                line.ref,
            ]  # fmt: skip
        )
    rows.append(["合计", "", "", "", "", "", "", "", "", ""])
    return rows


def gbk_csv(lines: list[Line]) -> bytes:
    out = io.StringIO()
    for row in _cn_rows(lines):
        out.write(",".join(f'"{c}"' if "," in str(c) else str(c) for c in row) + "\r\n")
    return out.getvalue().encode("gbk")


def xlsx(lines: list[Line]) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("交易明细")
    for r, row in enumerate(_cn_rows(lines)):
        for c, value in enumerate(row):
            if r > 3 and c == 5 and value:
                sheet.write_number(r, c, float(str(value).replace(",", "")))  # a number cell
            else:
                sheet.write(r, c, value)
    book.close()
    return buffer.getvalue()


def xls(lines: list[Line]) -> bytes:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("交易明细")
    for r, row in enumerate(_cn_rows(lines)):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _swift_amount(value: Decimal) -> str:
    return f"{abs(value):.2f}".replace(".", ",")


def mt940(lines: list[Line], account: str = "330104000123456789") -> bytes:
    """An MT940 customer statement (fields :20: :25: :28C: :60F: :61: :86: :62F:)."""
    opening = Decimal("100000.00")
    closing = opening + sum((line.amount for line in lines), Decimal(0))
    first = lines[0].booked if lines else date(2026, 12, 1)
    last = lines[-1].booked if lines else first
    out = [
        ":20:STMT" + last.strftime("%Y%m%d"),
        f":25:{account}",
        ":28C:00001/001",
        f":60F:C{first:%y%m%d}CNY{_swift_amount(opening)}",
    ]
    for line in lines:
        mark = "C" if line.amount > 0 else "D"
        ref = f"//{line.ref}" if line.ref else ""
        out.append(f":61:{line.booked:%y%m%d}{line.booked:%m%d}{mark}"
                   f"{_swift_amount(line.amount)}NTRFNONREF{ref}")  # fmt: skip
        details = f"/ORDP/{line.payer}/IBAN/{line.account}/REMI/{line.memo}"
        chunks = [details[i : i + 65] for i in range(0, len(details), 65)][:6]
        out.append(":86:" + "\n".join(chunks))
    out.append(f":62F:C{last:%y%m%d}CNY{_swift_amount(closing)}")
    out.append("-")
    return ("\r\n".join(out) + "\r\n").encode("ascii")


def camt053(lines: list[Line], account: str = "CN330104000123456789") -> bytes:
    """A camt.053.001.02 BkToCstmrStmt with one Ntry per line."""
    entries = []
    for n, line in enumerate(lines, 1):
        kind = "CRDT" if line.amount > 0 else "DBIT"
        party = "Dbtr" if line.amount > 0 else "Cdtr"
        entries.append(f"""
      <Ntry>
        <NtryRef>{n}</NtryRef>
        <Amt Ccy="{line.currency}">{abs(line.amount):.2f}</Amt>
        <CdtDbtInd>{kind}</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>{line.booked.isoformat()}</Dt></BookgDt>
        <ValDt><Dt>{line.booked.isoformat()}</Dt></ValDt>
        <AcctSvcrRef>{escape(line.ref)}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>{escape(line.ref)}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <RltdPties>
            <{party}><Nm>{escape(line.payer)}</Nm></{party}>
            <{party}Acct><Id><Othr><Id>{escape(line.account)}</Id></Othr></Id></{party}Acct>
          </RltdPties>
          <RmtInf><Ustrd>{escape(line.memo)}</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>""")  # fmt: skip
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>STMT-2026-12</MsgId><CreDtTm>2026-12-31T18:00:00+08:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-12-1</Id>
      <CreDtTm>2026-12-31T18:00:00+08:00</CreDtTm>
      <Acct><Id><Othr><Id>{account}</Id></Othr></Id><Ccy>CNY</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="CNY">100000.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-12-01</Dt></Dt></Bal>{"".join(entries)}
    </Stmt>
  </BkToCstmrStmt>
</Document>
""".encode()  # fmt: skip


def ofx(lines: list[Line]) -> bytes:
    """An OFX 2.x bank statement (XML)."""
    txs = []
    for line in lines:
        kind = "CREDIT" if line.amount > 0 else "DEBIT"
        txs.append(f"""<STMTTRN><TRNTYPE>{kind}</TRNTYPE><DTPOSTED>{line.booked:%Y%m%d}120000</DTPOSTED>
<TRNAMT>{line.amount:.2f}</TRNAMT><FITID>{escape(line.ref)}</FITID><NAME>{escape(line.payer[:32])}</NAME>
<MEMO>{escape(line.memo)}</MEMO></STMTTRN>""")  # fmt: skip
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
<DTSERVER>20261231180000</DTSERVER><LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
<STMTRS><CURDEF>CNY</CURDEF><BANKACCTFROM><BANKID>102</BANKID><ACCTID>330104000123456789</ACCTID>
<ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261201</DTSTART><DTEND>20261231</DTEND>{"".join(txs)}</BANKTRANLIST>
<LEDGERBAL><BALAMT>150000.00</BALAMT><DTASOF>20261231</DTASOF></LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
""".encode()  # fmt: skip


def html_xls(lines: list[Line]) -> bytes:
    """An ".xls" that is an HTML table in GBK, as several Chinese online banks save it."""
    body = []
    for row in _cn_rows(lines):
        cells = "".join(f"<td>{escape(str(c))}</td>" for c in row)
        body.append(f"<tr>{cells}</tr>")
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        f"</head><body><table border=1>{''.join(body)}</table></body></html>"
    )
    return page.encode("gbk")
