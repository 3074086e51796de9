"""The main window: navigation, the screens, the 文件/帮助 menus and the status bar."""

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from hrdesk import __version__, clock
from hrdesk.domain.roles import Permission
from hrdesk.logs import log_folder
from hrdesk.services import database as workspace
from hrdesk.services import settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.login import sign_in
from hrdesk.ui.dialogs.open_database import OpenDatabaseDialog, remember_database
from hrdesk.ui.operations import op
from hrdesk.ui.pages import PAGES
from hrdesk.ui.screens.home import HomePage
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.forms import USER_ERRORS, user_message

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, database: Database, actor: Actor):
        super().__init__()
        self.database = database
        self.actor = actor
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(130)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 15px } QListWidget::item { padding: 8px }"
        )
        self.navigation.currentRowChanged.connect(self._show_row)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, stretch=1)
        self.setCentralWidget(central)
        self.status_database = QLabel()
        self.status_user = QLabel()
        self.statusBar().addWidget(self.status_database, 1)
        self.statusBar().addPermanentWidget(self.status_user)
        self._build_menus()
        self._load_database_view()
        geometry = QSettings().value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    # -- pages ---------------------------------------------------------------

    def _load_database_view(self) -> None:
        """Fill navigation and titles for the current database and user."""
        self._visible_pages = [
            page for page in PAGES if page.permission is None or self.actor.may(page.permission)
        ]
        self._built: dict[str, QWidget] = {}
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.navigation.blockSignals(True)
        self.navigation.clear()
        for page in self._visible_pages:
            self.navigation.addItem(QListWidgetItem(page.translated_title()))
        self.navigation.blockSignals(False)
        with self.database.sessions() as session:
            demo = workspace.is_demo(session)
            company = settings.get(session, "company_name")
        title = "hrdesk" + (f" — {company}" if company else "")
        self.setWindowTitle(title + (self.tr(" [演示数据]") if demo else ""))
        self.status_database.setText(self.tr("数据库：{0}").format(self.database.location))
        if not demo:  # a demo's temporary file is gone once its window closes
            remember_database(workspace.reopen_target(self.database))
        self.status_user.setText(
            self.tr("用户：{0}（{1}）").format(self.actor.name, term(self.actor.role))
        )
        for action in self.key_actions:
            action.setVisible(self.actor.may(Permission.MANAGE_KEYS))
        self.navigation.setCurrentRow(0)

    def page_widget(self, name: str) -> QWidget:
        """The screen for a page, built on first use so start-up only pays for 首页."""
        if name not in self._built:
            page = next(p for p in PAGES if p.name == name)
            widget = page.build(self.database, self.actor)
            if isinstance(widget, HomePage):
                widget.open_page.connect(self.open_record)
            self._built[name] = widget
            self.stack.addWidget(widget)
        return self._built[name]

    def show_page(self, name: str) -> bool:
        """Show a page by its --page name; False if it is unknown or not for this user."""
        names = [page.name for page in self._visible_pages]
        if name not in names:
            return False
        self.navigation.setCurrentRow(names.index(name))
        return True

    def open_record(self, page: str, record_id: int | None) -> None:
        """A 首页 item: its screen, and the record it concerns when the screen can open one."""
        if self.show_page(page) and record_id is not None:
            widget = self.page_widget(page)
            if hasattr(widget, "open_record"):
                widget.open_record(record_id)

    def current_page(self) -> str:
        return self._visible_pages[self.navigation.currentRow()].name

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.page_widget(self._visible_pages[row].name))

    # -- menus ---------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self._add_action(file_menu, self.tr("新建数据库…"), self.new_database)
        self._add_action(
            file_menu, self.tr("打开数据库…"), self.open_database, QKeySequence.StandardKey.Open
        )
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("备份…"), self.backup)
        self._add_action(file_menu, self.tr("恢复…"), self.restore)
        file_menu.addSeparator()
        self.key_actions = [
            self._add_action(file_menu, self.tr("导出密钥…"), self.export_key),
            self._add_action(file_menu, self.tr("导入密钥…"), self.import_key),
            file_menu.addSeparator(),
        ]
        self._add_action(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self._add_action(help_menu, self.tr("关于 hrdesk"), self.about)
        self._add_action(help_menu, self.tr("打开日志文件夹"), self.open_log_folder)

    def _add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("新建数据库"), str(Path.home() / "hrdesk.db"), self.tr("数据库 (*.db)")
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self, self.tr("新建数据库"), self.tr("该文件已存在，请用“打开数据库”。")
                )
                return
            self.switch_database(Path(path))

    def open_database(self) -> None:
        dialog = OpenDatabaseDialog(self)
        if dialog.exec() and dialog.target is not None:
            self.switch_database(dialog.target)

    def switch_database(self, path: Path | str) -> bool:
        """Open another database; the current one stays open unless the new one signs in."""
        try:
            database = workspace.open_workspace(path)
        except workspace.StorageError as exc:
            QMessageBox.critical(self, self.tr("无法打开数据库"), str(exc))
            return False
        actor = sign_in(database, self)
        if actor is None:
            database.close()
            return False
        self.database.close()
        self.database, self.actor = database, actor
        self._load_database_view()
        self.warn_if_key_missing()
        return True

    def _may_copy_files(self, title: str) -> bool:
        """Backup and restore copy a database file: refuse for a role or a server without one."""
        if not self.actor.may(Permission.BACKUP_RESTORE):
            QMessageBox.warning(self, title, self.tr("您的角色无权备份或恢复数据。"))
            return False
        if self.database.path is None:
            QMessageBox.information(
                self, title, self.tr("服务器数据库请用数据库自带的工具备份和恢复（如 pg_dump）。")
            )
            return False
        return True

    def backup(self) -> None:
        if not self._may_copy_files(self.tr("备份")):
            return
        suggested = Path.home() / f"hrdesk-备份-{datetime.now():%Y%m%d-%H%M}.db"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("备份到"), str(suggested), self.tr("数据库 (*.db)")
        )
        if not path:
            return
        op(
            self,
            self.tr("备份失败"),
            lambda _state: workspace.backup(self.database, Path(path), self.actor),
        ).with_progress(self.tr("正在备份…")).success(
            lambda check: self._backed_up(check.path)
        ).run_in_background()

    def _backed_up(self, path) -> None:
        """Say where the backup went, and warn while the key it needs is on this PC alone."""
        warning = workspace.key_backup_warning(self.database)
        if warning is None:
            QMessageBox.information(self, self.tr("备份"), self.tr("已备份到 {0}").format(path))
            return
        QMessageBox.warning(
            self,
            self.tr("备份"),
            self.tr("已备份到 {0}\n\n{1}").format(path, warning),
        )

    def export_key(self) -> None:
        from hrdesk.ui.dialogs.keys import KeyExportDialog

        suggested = Path.home() / f"hrdesk-密钥-{datetime.now():%Y%m%d}.key"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出密钥到"), str(suggested), self.tr("密钥文件 (*.key)")
        )
        dialog = KeyExportDialog(self.database, self.actor, Path(path), self) if path else None
        if dialog is not None and dialog.exec():
            QMessageBox.information(
                self,
                self.tr("导出密钥"),
                self.tr("已导出到 {0}（密钥指纹 {1}）。请与备份分开保存，并记住口令。").format(
                    path, dialog.fingerprint
                ),
            )

    def import_key(self) -> None:
        from hrdesk.ui.dialogs.keys import KeyImportDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择密钥文件"), str(Path.home()), self.tr("密钥文件 (*.key)")
        )
        if path and KeyImportDialog(self.database, self.actor, Path(path), self).exec():
            QMessageBox.information(self, self.tr("导入密钥"), self.tr("密钥已导入。"))
            self._load_database_view()

    def warn_if_key_missing(self) -> None:
        """A seat without the key of encrypted data: say how to import it, once, at start."""
        message = workspace.missing_key_message(self.database)
        if message is not None:
            QMessageBox.warning(self, self.tr("缺少加密密钥"), message)

    def take_daily_backup(self) -> None:
        """The day's automatic backup, off the UI thread; a failure is said in the status bar."""
        if not self.actor.may(Permission.BACKUP_RESTORE):
            return

        def done(path) -> None:
            if path is not None:
                self.statusBar().showMessage(self.tr("已自动备份到 {0}").format(path), 8000)

        def failed(error) -> None:
            log.warning("自动备份失败：%s", error)
            self.statusBar().showMessage(
                self.tr("自动备份失败：{0}").format(user_message(error)), 15000
            )

        op(
            self,
            self.tr("自动备份"),
            lambda _state: workspace.daily_backup(self.database, clock.today()),
        ).success(done).failure(failed).run_in_background()

    def remove_overdue_candidates(self) -> None:
        """At start, when 设置 asks for it: candidates not hired and kept past the retention
        period are removed (个人信息保护法), audited; said in the status bar."""
        from hrdesk.services.people import recruitment

        try:
            with self.database.sessions.begin() as session:
                count = recruitment.remove_overdue_at_start(session, self.actor, clock.today())
        except USER_ERRORS as error:  # said in the status bar; the clerk can delete by hand
            log.warning("删除超期候选人失败：%s", error)
            self.statusBar().showMessage(user_message(error), 15000)
            return
        if count:
            self.statusBar().showMessage(
                self.tr("已删除 {0} 名超过保存期限的未录用候选人的个人信息").format(count), 15000
            )

    def restore(self) -> None:
        if not self._may_copy_files(self.tr("恢复")):
            return
        folder = workspace.automatic_backups(self.database)
        start = folder if folder is not None and folder.is_dir() else Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要恢复的备份"), str(start), self.tr("数据库 (*.db)")
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path, confirm: bool = True) -> bool:
        if not self._may_copy_files(self.tr("恢复")):
            return False
        try:
            check = workspace.check_database_file(source)
        except workspace.StorageError as exc:
            QMessageBox.critical(self, self.tr("无法恢复"), str(exc))
            return False
        modified = datetime.fromtimestamp(source.stat().st_mtime)
        question = self.tr(
            "用备份替换当前数据库？\n\n备份文件：{0}\n文件时间：{1:%Y-%m-%d %H:%M}\n"
            "最后一次修改：{2}（UTC）\n员工：{3} 人　客户：{4} 家　应收单：{5} 张\n"
            "最近的工资月份：{6}\n\n当前数据库会另存一份在原位置旁边。"
        ).format(
            source,
            modified,
            check.last_change or "—",
            check.employees,
            check.customers,
            check.invoices,
            check.last_payroll_month or "—",
        )
        if (
            confirm
            and QMessageBox.question(self, self.tr("恢复"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return False
        path = self.database.path
        try:
            kept = workspace.restore(self.database, source, self.actor)
        except workspace.StorageError as exc:
            QMessageBox.critical(self, self.tr("恢复失败"), str(exc))
            kept = None
        self.database = workspace.open_workspace(path)
        actor = sign_in(self.database, self)
        if actor is None:
            self.close()
            return False
        self.actor = actor
        self._load_database_view()
        if kept:
            self.statusBar().showMessage(self.tr("已恢复；原数据库保留为 {0}").format(kept), 10000)
        return True

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于 hrdesk"),
            self.tr("hrdesk {0}\n中小企业人事、薪资与应收账款管理\n\n日志文件夹：{1}").format(
                __version__, log_folder()
            ),
        )

    def open_log_folder(self) -> None:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.database.close()
        super().closeEvent(event)
