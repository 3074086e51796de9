"""The receipts import: bank statement lines, matched to customers by payer and applied."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.receivables import ZERO, line_fingerprint, receipt_key
from hrdesk.messages import _
from hrdesk.services import receivables
from hrdesk.services.actor import Actor
from hrdesk.services.imports.base import (
    PROGRESS_EVERY,
    ImportPlan,
    ProgressCallback,
)
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.tabular import MONEY_IN, ParsedRow
from hrdesk.storage.base import utc_now
from hrdesk.storage.bulk import insert_rows
from hrdesk.storage.models import Invoice, Receipt

WRITE_BATCH = 5_000  # lines a statement's insert holds in memory at once


def _receipt_keys(rows: list[ParsedRow]) -> list[str]:
    """Each line's key: its 流水号, or its fingerprint counted within this file."""
    occurrences: dict[str, int] = {}
    keys = []
    for row in rows:
        values = row.values
        transaction_no = values.get("transaction_no", "")
        fingerprint = ""
        if not transaction_no and "received_on" in values:
            fingerprint = line_fingerprint(
                values["received_on"],
                values.get("amount", values.get("credit", ZERO)),
                values.get("payer", ""),
                values.get("memo", ""),
                values.get("balance"),
            )
            occurrences[fingerprint] = occurrences.get(fingerprint, 0) + 1
        keys.append(receipt_key(transaction_no, fingerprint, occurrences.get(fingerprint, 1)))
    return keys


def _invoice_customers(session: Session, rows: list[ParsedRow]) -> dict[str, int]:
    """The customer of each invoice the lines name (核销单号)."""
    named = sorted({row.values["invoice_no"] for row in rows if row.values.get("invoice_no")})
    found = {}
    for chunk in receivables.chunks(named):
        query = select(Invoice.number, Invoice.customer_id).where(Invoice.number.in_(chunk))
        found.update(session.execute(query).all())
    return found


class _Known:
    """What checking the lines needs, each loaded with one query: the customers and their
    names, the receipts already kept under the file's keys, the invoices' customers."""

    def __init__(self, session: Session, rows: list[ParsedRow]):
        self.index = receivables.PayerIndex(session)
        self.keys = _receipt_keys(rows)
        # Receipts already kept under these keys, wherever their dates fall: the key is unique.
        self.stored = receivables.receipts_by_key(session, self.keys)
        self.invoices = _invoice_customers(session, rows)
        self.seen: dict[str, ParsedRow] = {}  # key → the file's first line under it
        self._payers: dict[str, int | None] = {}

    def payer(self, name: str) -> int | None:
        """The customer a payer name matches: a statement repeats its payers, so each name
        is matched once."""
        if name not in self._payers:
            self._payers[name] = self.index.match(name)
        return self._payers[name]


def _amount(values: dict) -> Decimal | None:
    return values.get("amount", values.get("credit"))


def _line_problem(row: ParsedRow) -> Problem | None:
    """An amount that is no receipt, or a 借贷方向 that cannot be read."""
    values = row.values
    amount = _amount(values)
    if amount is None or amount <= 0:
        return Problem(row.row, "金额", _("收款金额必须大于0"))
    direction = values.get("direction")  # most statements have none
    if direction and direction.strip().casefold() not in MONEY_IN:
        reason = _("无法识别“{direction}”（应为 借/贷 或 支出/收入）").format(
            direction=values["direction"]
        )
        return Problem(row.row, "借贷方向", reason)
    return None


def _seen_before(result: ImportPlan, row: ParsedRow, key: str, known: _Known) -> bool:
    """Whether the line's key came before, in this file or an earlier import: the same line
    is passed over, a different one under the same key is a problem."""
    first = known.seen.get(key)
    if first is None and key not in known.stored:  # most lines: new
        known.seen[key] = row
        return False
    if first is not None:
        earlier = (first.row, first.values["received_on"], _amount(first.values))
    else:
        earlier = (None, *known.stored[key])
    if (earlier[1], earlier[2]) != (row.values["received_on"], _amount(row.values)):
        if earlier[0]:
            reason = _("与第{row}行的流水号{key}相同，但日期或金额不同；请核对是否为同一笔")
        else:
            reason = _("与已导入的收款的流水号{key}相同，但日期或金额不同；请核对是否为同一笔")
        reason = reason.format(row=earlier[0], key=key)
        result.problems.append(Problem(row.row, "流水号", reason))
    else:
        result.unchanged += 1
    return True


def _receipt(result: ImportPlan, row: ParsedRow, known: _Known) -> tuple[int | None, str] | None:
    """(the customer the line is matched to, the invoice it names) to write; None with the
    problem noted."""
    values = row.values
    customer_id = None
    if values.get("customer_code"):
        customer_id = known.index.by_code.get(values["customer_code"])
        if customer_id is None:
            reason = _("没有编码为{code}的客户").format(code=values["customer_code"])
            result.problems.append(Problem(row.row, "客户编码", reason))
            return None
    else:
        customer_id = known.payer(values.get("payer", ""))
    invoice_no = values.get("invoice_no", "")
    if invoice_no and customer_id is not None and known.invoices.get(invoice_no) != customer_id:
        reason = _("{number}不是该客户的应收单，将按到期日顺序核销").format(number=invoice_no)
        result.warnings.append(Problem(row.row, "核销单号", reason))
        invoice_no = ""
    return customer_id, invoice_no


def check_receipts(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    known = _Known(session, result.rows)
    for done, (row, key) in enumerate(zip(result.rows, known.keys, strict=True)):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(result.rows))
        problem = _line_problem(row)
        if problem is not None:
            result.problems.append(problem)
            continue
        if _seen_before(result, row, key, known):
            continue
        receipt = _receipt(result, row, known)
        if receipt is not None:
            result.added += 1
            result.writes.append((row, key, *receipt))
    unmatched = sum(1 for _row, _key, customer_id, _no in result.writes if customer_id is None)
    if unmatched:
        result.notes.append(
            _("{count} 笔付款方无法确定客户，已放入“未匹配收款”待处理").format(count=unmatched)
        )


def _stored(row: ParsedRow, key: str, customer_id: int | None, invoice_no: str) -> dict:
    """The receipts row of a line."""
    values = row.values
    return {
        "line_key": key,
        "received_on": values["received_on"],
        "transaction_no": values.get("transaction_no", ""),
        "payer_name": values.get("payer", ""),
        "amount": _amount(values),
        "memo": values.get("memo", ""),
        "balance": values.get("balance"),
        "named_invoice_no": invoice_no,
        "customer_id": customer_id,
    }


def write_receipts(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    """The new lines, inserted a few thousand at a time (one import is one moment); those
    matched to a customer applied at once, by services.receivables' rule (the 核销单号 first,
    then the oldest due)."""
    lines = result.writes
    same = {"created_by": actor.name, "created_at": utc_now()}
    for start in range(0, len(lines), WRITE_BATCH):
        rows = [_stored(*line) for line in lines[start : start + WRITE_BATCH]]
        insert_rows(session, Receipt.__table__, rows, same)
    matched = [key for _row, key, customer_id, _no in lines if customer_id is not None]
    receivables.allocate_batch(session, actor, matched)
