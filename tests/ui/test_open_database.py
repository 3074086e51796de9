"""打开数据库: a server chosen by its parts, its password kept in the keyring, recent ones listed."""

from hrdesk.ui.dialogs.open_database import OpenDatabaseDialog, recent_databases, remember_database


def test_connecting_to_a_server_keeps_the_password_out_of_the_url(qtbot, private_environment):
    dialog = OpenDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("192.168.1.10")
    dialog.database.setText("hrdesk")
    dialog.user.setText("hr")
    dialog.password.setText("s3cret")
    dialog.submit()
    assert dialog.target == "postgresql+psycopg://hr@192.168.1.10:5432/hrdesk"
    assert "s3cret" in private_environment.secrets.values()


def test_a_password_not_to_be_kept_goes_with_this_connection_only(qtbot, private_environment):
    dialog = OpenDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("nas")
    dialog.password.setText("once")
    dialog.keep_password.setChecked(False)
    dialog.submit()
    assert dialog.target == "postgresql+psycopg://hrdesk:once@nas:5432/hrdesk"
    assert private_environment.secrets == {}


def test_a_form_without_a_server_is_refused_in_the_dialog(qtbot):
    dialog = OpenDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.submit()
    assert dialog.target is None and "缺少用户名、主机或数据库名" in dialog.problem.text()


def test_databases_opened_before_are_offered_newest_first(qtbot, tmp_path):
    remember_database(str(tmp_path / "a.db"))
    remember_database("postgresql+psycopg://hr@nas:5432/hrdesk")
    remember_database(str(tmp_path / "a.db"))
    assert recent_databases() == [str(tmp_path / "a.db"), "postgresql+psycopg://hr@nas:5432/hrdesk"]
    dialog = OpenDatabaseDialog()
    qtbot.addWidget(dialog)
    assert dialog.recent.count() == 2
    dialog._choose(dialog.recent.item(1).text())
    assert dialog.target == "postgresql+psycopg://hr@nas:5432/hrdesk"
