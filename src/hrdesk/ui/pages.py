"""The window's pages: their --page names, titles, who may open them, and their screens,
imported when first opened so start-up pays for 首页 alone."""

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database

CONTEXT = "Pages"


@dataclass(frozen=True)
class PageSpec:
    name: str  # for --page and 首页 links
    title: str  # marked for translation in the "Pages" context
    permission: Permission | None  # None: every role (the page itself asks for more)
    screen: str  # "module:Class" under hrdesk.ui.screens

    def build(self, database: Database, actor: Actor) -> QWidget:
        module, cls = self.screen.split(":")
        return getattr(importlib.import_module(f"hrdesk.ui.screens.{module}"), cls)(database, actor)

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


PAGES = [
    PageSpec("home", QT_TRANSLATE_NOOP("Pages", "首页"), None, "home:HomePage"),
    PageSpec(
        "employees",
        QT_TRANSLATE_NOOP("Pages", "员工"),
        Permission.VIEW_EMPLOYEES,
        "employees:EmployeesPage",
    ),
    PageSpec(
        "contracts",
        QT_TRANSLATE_NOOP("Pages", "合同"),
        Permission.VIEW_CONTRACTS,
        "contracts:ContractsPage",
    ),
    PageSpec(
        "payroll",
        QT_TRANSLATE_NOOP("Pages", "薪资"),
        Permission.VIEW_PAYROLL,
        "payroll:PayrollPage",
    ),
    PageSpec(
        "attendance",
        QT_TRANSLATE_NOOP("Pages", "考勤"),
        Permission.VIEW_PAYROLL,
        "attendance:AttendancePage",
    ),
    PageSpec(
        "leave", QT_TRANSLATE_NOOP("Pages", "休假"), Permission.VIEW_EMPLOYEES, "leave:LeavePage"
    ),
    PageSpec(
        "receivables",
        QT_TRANSLATE_NOOP("Pages", "应收账款"),
        Permission.VIEW_RECEIVABLES,
        "receivables:ReceivablesPage",
    ),
    PageSpec(
        "letters",
        QT_TRANSLATE_NOOP("Pages", "对账函"),
        Permission.MANAGE_LETTERS,
        "letters:LettersPage",
    ),
    PageSpec(
        "handover",
        QT_TRANSLATE_NOOP("Pages", "离职交接"),
        Permission.MANAGE_HANDOVER,
        "handover:HandoverPage",
    ),
    # Each report asks its own permission; the picker lists the user's.
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "报表"), None, "reports:ReportsPage"),
    PageSpec(
        "recruitment",
        QT_TRANSLATE_NOOP("Pages", "招聘"),
        Permission.VIEW_EMPLOYEES,
        "recruitment:RecruitmentPage",
    ),
    PageSpec(
        "appraisal",
        QT_TRANSLATE_NOOP("Pages", "绩效"),
        Permission.VIEW_EMPLOYEES,
        "appraisal:AppraisalPage",
    ),
    PageSpec(
        "imports",
        QT_TRANSLATE_NOOP("Pages", "导入导出"),
        Permission.IMPORT_EXPORT,
        "imports:ImportsPage",
    ),
    PageSpec(
        "users", QT_TRANSLATE_NOOP("Pages", "用户"), Permission.MANAGE_USERS, "users:UsersPage"
    ),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "设置"), None, "settings:SettingsPage"),
]
PAGE_NAMES = [page.name for page in PAGES]
