"""对账函 as finance works through them: filters, sending a batch, a reply, printing."""

from PySide6.QtCore import QItemSelectionModel

from hrdesk.domain.letters import NO_REPLY
from hrdesk.services import letters
from hrdesk.ui.dialogs.letters import GenerateDialog, ReplyDialog, SentDialog
from hrdesk.ui.screens.letters import DISPUTES, LettersPage
from tests.conftest import DEMO_DAY
from tests.ui.test_receivables_ui import FINANCE, MANAGER


def select(page, numbers):
    page.view.clearSelection()
    proxy = page.view.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() in numbers:
            page.view.selectionModel().select(
                proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_demo_letters_in_every_state_and_the_filters(qtbot, demo_database):
    page = LettersPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    shown = {row.status for row in page.model.rows}
    assert {"已生成", "已寄出", NO_REPLY, "已回函·相符", "已回函·不符", "已作废"} <= shown
    page.status.setCurrentIndex(page.status.findData(DISPUTES))
    assert [r.dispute_open for r in page.model.rows] == [True]
    page.status.setCurrentIndex(page.status.findData(NO_REPLY))
    assert page.model.rows and all(r.status == NO_REPLY for r in page.model.rows)


def test_send_a_batch_then_record_a_confirmed_reply(qtbot, demo_database):
    page = LettersPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    page.status.setCurrentIndex(page.status.findData("已生成"))
    waiting = [r.number for r in page.model.rows][:2]
    select(page, waiting)
    assert page.sent_button.isEnabled() and not page.reply_button.isEnabled()
    dialog = SentDialog(demo_database, FINANCE, [r for r in page.model.rows if r.number in waiting], page)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.tracking.setText("SF9999")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.status.setCurrentIndex(0)
    sent = next(r for r in page.model.rows if r.number == waiting[0])
    assert (sent.status, sent.tracking_no) == ("已寄出", "SF9999")
    select(page, [sent.number])
    assert page.reply_button.isEnabled()
    reply = ReplyDialog(demo_database, FINANCE, sent, page)
    qtbot.addWidget(reply)
    reply.submit()
    assert reply.result() == reply.DialogCode.Accepted
    page.refresh()
    assert next(r for r in page.model.rows if r.number == waiting[0]).status == "已回函·相符"


def test_a_disputed_reply_needs_the_customer_balance(qtbot, demo_database):
    page = LettersPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    sent = next(r for r in page.model.rows if r.status == "已寄出")
    reply = ReplyDialog(demo_database, FINANCE, sent, page)
    qtbot.addWidget(reply)
    reply.disputed.setChecked(True)
    reply.submit()
    assert "客户确认的余额" in reply.problem.text()
    reply.stated.set_amount(sent.balance - 100)
    reply.submit()
    assert reply.result() == reply.DialogCode.Accepted
    with demo_database.sessions() as session:
        row = next(r for r in letters.letter_rows(session, FINANCE, DEMO_DAY) if r.id == sent.id)
    assert row.difference == 100 and row.dispute_open


def test_generating_for_chosen_customers(qtbot, demo_database):
    page = LettersPage(demo_database, MANAGER)
    qtbot.addWidget(page)
    dialog = GenerateDialog(page.people, [(1, "C00001", "甲"), (2, "C00002", "乙")], page)
    qtbot.addWidget(dialog)
    dialog.scope.setCurrentIndex(dialog.scope.findData("chosen"))
    assert dialog.attempt() == "请勾选要对账的客户"
    dialog.customers.item(1).setCheckState(dialog.customers.item(1).checkState().Checked)
    assert dialog.choice() == {"customer_ids": [2]}


def test_the_letterhead_is_set_in_settings(qtbot, database, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from hrdesk.services.actor import command_line_actor
    from hrdesk.ui.screens.settings import SettingsPage

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    page = SettingsPage(database, command_line_actor())
    qtbot.addWidget(page)
    page._save_letterhead()
    assert "公司名称" in page.head_problem.text()
    for field, text in (("company", "甲公司"), ("bank_name", "工行"), ("bank_account", "1001")):
        page.head_fields[field].setText(text)
    page._save_letterhead()
    assert told == ["已保存"]
    with database.sessions() as session:
        head = letters.letterhead(session)
    assert (head.company, head.bank_name, head.bank_account) == ("甲公司", "工行", "1001")


def test_record_the_delivery_of_an_unanswered_letter(qtbot, demo_database):
    from hrdesk.ui.dialogs.letters import DeliveryDialog

    page = LettersPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    page.status.setCurrentIndex(page.status.findData(NO_REPLY))
    waiting = page.model.rows[0]
    select(page, [waiting.number])
    assert page.delivery_button.isEnabled() and page.void_action.isEnabled()
    dialog = DeliveryDialog(demo_database, FINANCE, waiting, page)
    qtbot.addWidget(dialog)
    dialog.delivered_on.set_value(waiting.sent_on)
    dialog.proof.setCurrentText("签收回执")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    delivered = next(r for r in page.model.rows if r.number == waiting.number)
    assert (delivered.delivered_on, delivered.delivery_proof) == (waiting.sent_on, "签收回执")
    select(page, [waiting.number])
    assert not page.void_action.isEnabled()  # it reached the customer: not returned undelivered


def test_a_letter_reissued_from_the_screen_says_the_old_one_was_voided(qtbot, demo_database):
    page = LettersPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    made = next(r for r in page.model.rows if r.status == "已生成")
    select(page, [made.number])
    assert page.reissue_action.isEnabled() and page.print_button.isEnabled()
    message, path = page.files.reissue(made, DEMO_DAY)
    page.refresh()
    new = page.model.rows[0]  # newest first
    assert new.number > made.number and new.customer_code == made.customer_code
    assert f"新对账函 {new.number}" in message and f"原函 {made.number} 已作废" in message
    assert path.exists()
    assert next(r for r in page.model.rows if r.number == made.number).status == "已作废"
    select(page, [made.number])
    assert not page.reissue_action.isEnabled()


def test_a_batch_again_says_which_customers_already_have_a_letter(qtbot, demo_database):
    page = LettersPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    made = next(r for r in page.model.rows if r.status == "已生成")
    with demo_database.sessions() as session:
        existing = letters.letters_already_made(session, made.as_of)
    message = page.files.generated_message([], False, existing)
    assert "没有未结余额" not in message
    assert f"{made.customer_code} {made.customer}（{made.number}）" in message


def test_customers_come_in_through_the_wizard_and_the_list_goes_out_as_shown(
    qtbot, demo_database, monkeypatch, tmp_path
):
    """Issue 18: the letters page had no import or export."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from hrdesk.ui.dialogs.import_wizard import ImportWizard

    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda wizard: opened.append(wizard))
    page = LettersPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    assert page.import_button.text() == "导入客户…"
    page.import_button.click()
    assert opened[0].file_page.kind.currentData() == "customers"
    target = tmp_path / "letters.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.status.setCurrentIndex(page.status.findData(NO_REPLY))
    page.export_list()
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]][:3] == ["编号", "客户编码", "客户"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [
        r.number for r in page.model.rows
    ]
    assert all(row[6].value == NO_REPLY for row in sheet.iter_rows(min_row=2))
    assert not LettersPage(demo_database, MANAGER).import_button.isEnabled()


def test_a_batch_runs_in_the_background_and_the_list_shows_its_letters(
    qtbot, demo_database, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    def fill_in(dialog):
        dialog.as_of.set_value(DEMO_DAY)
        dialog.merged.setCurrentIndex(dialog.merged.findData(False))
        dialog.folder.setText(str(tmp_path))
        return True

    monkeypatch.setattr(GenerateDialog, "exec", fill_in)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page = LettersPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    before = len(page.model.rows)
    page.generate()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    made = len(page.model.rows) - before  # the list refreshed itself when the letters changed
    assert made > 0 and told[0].startswith(f"已生成 {made} 封对账函")
    assert len(list(tmp_path.glob("*.pdf"))) == made
