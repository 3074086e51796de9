"""The letters as documents: a batch generated with its PDFs, reprints, reissues with a new
number, and the customers' signed replies scanned."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hrdesk import clock
from hrdesk.domain.letters import LetterStatus
from hrdesk.services import letters, receivables
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.letters import GenerateDialog, ReissueDialog
from hrdesk.ui.operations import Area, Cancelled, op
from hrdesk.ui.printing import preview_and_print
from hrdesk.ui.widgets.forms import attempt, attempt_saving, user_message


class LetterFiles(QObject):
    """What the 对账函 page does with PDFs and scans; tells the page when the list changed."""

    def __init__(self, page: QWidget, database: Database, actor: Actor):
        super().__init__(page)
        self.page, self.database, self.actor = page, database, actor

    # -- a batch -----------------------------------------------------------------

    def generate(self, people: list[tuple[int, str]]) -> None:
        with self.database.sessions() as session:
            customers = receivables.customer_choices(session)
        dialog = GenerateDialog(people, customers, self.page)
        if not dialog.exec():
            return
        as_of, choice = dialog.as_of.value(), dialog.choice()
        folder, merged = Path(dialog.folder.text()), dialog.merged.currentData()
        found: dict[str, list] = {"existing": [], "made": []}

        def work(state) -> list[Path]:
            # The letters and their numbers are kept first; the PDFs are written from them, so
            # a PDF that fails (a full disk, a file open in a viewer) loses no number.
            with self.database.sessions.begin() as session:
                found["existing"] = letters.letters_already_made(session, as_of, **choice)
                made = letters.generate(
                    session, self.actor, as_of, clock.today(), progress=state.report, **choice
                )
            found["made"] = made
            with self.database.sessions() as session:
                paths = letters.write_pdfs(session, self.actor, made, folder, progress=state.report)
                if merged:
                    paths += letters.write_pdfs(
                        session, self.actor, made, folder, merged=True, progress=state.report
                    )
            return paths

        op(self.page, self.tr("生成对账函"), work).with_progress(
            self.tr("正在生成对账函…")
        ).changes(Area.LETTERS).success(
            lambda paths: self._generated(paths, merged, found["existing"])
        ).failure(lambda error: self._failed(error, found["made"])).run_in_background()

    def _generated(self, paths: list[Path], merged: bool, existing: list) -> None:
        message = self.generated_message(paths, merged, existing)
        QMessageBox.information(self.page, self.tr("生成对账函"), message)
        if paths and merged:
            preview_and_print(self.page, paths[-1])

    def generated_message(self, paths: list[Path], merged: bool, existing: list) -> str:
        """What the batch did, and which customers it skipped because their letter exists."""
        skipped = ""
        if existing:
            skipped = self.tr(
                "以下客户在该截止日已有对账函，未重复生成（可选中后重新打印或重新出具）：{0}"
            ).format(letters.describe_already_made(existing))
        if not paths:
            return skipped or self.tr("所选客户在截止日都没有未结余额")
        count = len(paths) - (1 if merged else 0)
        done = self.tr("已生成 {0} 封对账函，保存在 {1}").format(count, paths[0].parent)
        return done + ("\n" + skipped if skipped else "")

    def _failed(self, error: Exception, made: list[int]) -> None:
        message = self.tr("已取消") if isinstance(error, Cancelled) else user_message(error)
        if made:
            message += self.tr(
                "\n已生成的 {0} 封对账函已保存在列表中（编号不会重复使用），可选中后重新打印。"
            ).format(len(made))
        QMessageBox.warning(self.page, self.tr("生成对账函"), message)

    # -- one letter or a few ---------------------------------------------------------

    def reprint(self, chosen: list) -> None:
        """The chosen letters again, same numbers and contents, as one PDF to print."""
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-letters-"))

        def write(_state) -> list[Path]:
            with self.database.sessions() as session:
                ids = [r.id for r in chosen]
                return letters.write_pdfs(session, self.actor, ids, folder, merged=True)

        op(self.page, self.tr("打印"), write).with_progress(self.tr("正在生成 PDF…")).success(
            lambda paths: preview_and_print(self.page, paths[0]) if paths else None
        ).run_in_background()

    def reissue_chosen(self, row) -> None:
        dialog = ReissueDialog(row, self.page)
        as_of = dialog.day.value() if dialog.exec() else None
        if as_of is None:
            return
        op(self.page, self.tr("重新出具对账函"), lambda _state: self.reissue(row, as_of)).changes(
            Area.LETTERS
        ).success(self._reissued).run_in_background()

    def _reissued(self, done: tuple[str, Path]) -> None:
        message, path = done
        QMessageBox.information(self.page, self.tr("重新出具对账函"), message)
        preview_and_print(self.page, path)

    def reissue(self, row, as_of) -> tuple[str, Path]:
        """The new letter kept first, then its PDF; says what became of the old one."""
        with self.database.sessions.begin() as session:
            new_id = letters.reissue(session, self.actor, row.id, as_of, clock.today())
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-letters-"))
        with self.database.sessions() as session:
            [path] = letters.write_pdfs(session, self.actor, [new_id], folder)
            shown = {r.id: r for r in letters.letter_rows(session, self.actor, clock.today())}
        new, old = shown[new_id], shown[row.id]
        if old.status == LetterStatus.VOID.value:
            fate = self.tr("原函 {0} 已作废").format(old.number)
        else:
            fate = self.tr("原函 {0} 保留（{1}），由新函取代").format(old.number, old.status)
        return self.tr("已重新出具：新对账函 {0}（截至 {1}）；{2}").format(
            new.number, new.as_of, fate
        ), path

    # -- reply scans -----------------------------------------------------------------

    def attach_scan(self, row) -> bool:
        """Keep the scan of a signed reply with its letter; True if kept."""
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("回函扫描件"),
            str(Path.home()),
            self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)"),
        )
        if not path:
            return False
        scan = Path(path)
        return attempt_saving(
            self.page,
            self.tr("回函扫描件"),
            self.database,
            lambda s: letters.attach_reply_scan(
                s, self.actor, row.id, scan.name, scan.read_bytes()
            ),
        )

    def open_scan(self, row) -> None:
        def read():
            with self.database.sessions() as session:
                return letters.reply_scan(session, self.actor, row.id)

        found = attempt(self.page, self.tr("回函扫描件"), read)
        if found is not None:
            name, content = found
            target = Path(tempfile.mkdtemp(prefix="hrdesk-scan-")) / name
            target.write_bytes(content)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
