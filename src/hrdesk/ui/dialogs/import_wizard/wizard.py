"""导入向导: file → sheet and header row → column mapping (saved by name) → preview → commit.

One wizard for every import kind. Nothing is written until the last page, and then all
rows or none. Attendance (考勤) asks for the month instead: its layouts are recognised by their
headers, so it goes from the file straight to the preview of what will be written.
"""

from datetime import date

from PySide6.QtWidgets import QWizard

from hrdesk import clock
from hrdesk.services import attendance, imports
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.import_wizard.check_pages import DonePage, PreviewPage
from hrdesk.ui.dialogs.import_wizard.file_page import FilePage
from hrdesk.ui.dialogs.import_wizard.kinds import ATTENDANCE
from hrdesk.ui.dialogs.import_wizard.sheet_pages import MappingPage, SheetPage


class ImportWizard(QWizard):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        kind: str = "employees",
        parent=None,
        month: date | None = None,
    ):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.kind = kind
        self.month = month
        self.sheets: list[imports.Sheet] = []
        self.sheet: imports.Sheet | None = None
        self.aliases: dict[str, str] | None = None
        self.header_index = 0
        self.header: list[str] = []
        self.mapping: dict[str, int] = {}
        self.summary = ""
        self.setWindowTitle(self.tr("导入向导"))
        self.resize(780, 560)
        self.file_page = FilePage(self)
        self.file_page.kind.setCurrentIndex(max(0, self.file_page.kind.findData(kind)))
        self.file_page.offer_months(month)
        for page in (self.file_page, SheetPage(self), MappingPage(self)):
            self.addPage(page)
        self.preview_id = self.addPage(PreviewPage(self))
        self.addPage(DonePage(self))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))

    def make_plan(self, progress=None) -> tuple[imports.ImportPlan, list]:
        """The check, and for attendance the rows it will write."""
        with self.database.sessions() as session:
            plan = self._plan(session, progress)
            preview = attendance.preview_rows(session, plan) if self.kind == ATTENDANCE else []
            return plan, preview

    def commit(self, progress=None) -> str:
        """Check again and write, in one transaction: the data may have changed since the
        preview (an attendance month approved since is refused); all rows or none."""
        with self.database.sessions.begin() as session:
            plan = self._plan(session, progress)
            if not plan.ok:
                raise ValueError("；".join(str(p) for p in plan.problems[:5]))
            if self.kind == ATTENDANCE:
                attendance.commit_month(session, self.actor, self.sheet.name, plan, clock.today())
                return plan.summary()
            return imports.commit(session, self.actor, plan, clock.today())

    def _plan(self, session, progress) -> imports.ImportPlan:
        if self.kind == ATTENDANCE:
            return attendance.plan_month(session, self.actor, self.sheet, self.month, clock.today())
        return imports.plan(
            session,
            self.actor,
            self.kind,
            self.sheet,
            clock.today(),
            header_index=self.header_index,
            mapping=self.mapping,
            progress=progress,
        )
