"""The bank file's layout chosen from the payroll screen; the company's own templates edited."""

from hrdesk.services import bank_files
from hrdesk.services.actor import command_line_actor
from hrdesk.ui.dialogs.bank_templates import BankFileDialog, BankTemplatesDialog


def test_copying_an_example_makes_a_template_of_the_company_s_own(qtbot, database):
    admin = command_line_actor()
    editor = BankTemplatesDialog(database, admin)
    qtbot.addWidget(editor)
    editor.example.setCurrentIndex(editor.example.findText("中国银行"))
    editor._add(editor.example.currentData())
    editor.name.setText("中行代发（2026版）")
    editor.table.item(0, 1).setText("收款账号")
    editor.save()
    assert editor.result() == BankTemplatesDialog.DialogCode.Accepted
    with database.sessions() as session:
        [own] = bank_files.own_templates(session)
    assert own.name == "中行代发（2026版）" and own.headers()[0] == "收款账号"

    chooser = BankFileDialog(database, admin)
    qtbot.addWidget(chooser)
    shown = [chooser.choice.itemText(i) for i in range(chooser.choice.count())]
    assert shown[:2] == ["通用", "中行代发（2026版）"] and "建设银行（示例）" in shown
    chooser.choice.setCurrentIndex(1)
    assert chooser.bank() == "中行代发（2026版）" and "收款账号" in chooser.columns.text()


def test_a_template_without_an_amount_column_is_refused_in_the_dialog(qtbot, database):
    admin = command_line_actor()
    editor = BankTemplatesDialog(database, admin)
    qtbot.addWidget(editor)
    editor._add(bank_files.GENERIC)
    editor.table.setCurrentCell(3, 1)  # 金额
    editor._remove_column()
    editor.save()
    assert (
        "金额" in editor.problem.text()
        and editor.result() != BankTemplatesDialog.DialogCode.Accepted
    )
