"""Words and sentences the services hand to the window are marked for translation: grids and
首页 speak English when English is chosen."""

import re

import pytest
from PySide6.QtCore import QCoreApplication

from hrdesk import messages
from hrdesk.domain.contracts import ContractKind
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.grounds import RULES, Ground
from hrdesk.domain.leave import LEAVE_TYPES, Counts, EntryKind, Pay, Per
from hrdesk.domain.letters import (
    DELIVERY_PROOFS,
    DISPUTED_REPLY_PROOF,
    NO_REPLY,
    SEND_WAYS,
    LetterStatus,
)
from hrdesk.domain.people import Stage
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.receivables import bucket_labels
from hrdesk.domain.roles import Role
from hrdesk.domain.social_insurance import InsuranceItem, Rounding
from hrdesk.services import separations
from hrdesk.services.auth import demo_administrator
from hrdesk.ui.i18n import install_translator
from hrdesk.ui.screens.home import HomePage
from hrdesk.ui.terms import REPORT_HEADINGS, TERMS, aging_bucket, phrase, term
from tests.conftest import DEMO_DAY

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def test_every_word_the_services_give_as_data_is_marked():
    words = {
        *(kind.value for kind in (*EmployeeStatus, *Role, *ContractKind, *Stage)),
        *(kind.value for kind in (*InsuranceItem, *Rounding, *EntryKind, *Pay, *Counts, *Per)),
        *(leave.name for leave in LEAVE_TYPES),
        *(leave.entitled_by for leave in LEAVE_TYPES),
        *(status.value for status in LetterStatus),
        NO_REPLY,
        *SEND_WAYS,
        *DELIVERY_PROOFS,
        DISPUTED_REPLY_PROOF,
        *(ground.value for ground in Ground),
        *(rule.requires for rule in RULES.values()),
        *(separations.IN_PROGRESS, separations.COMPLETED, separations.CANCELLED),
        *(separations.TODO, separations.DONE, separations.WAIVED),
    }
    assert words - set(TERMS) == set()


def test_every_report_heading_is_marked():
    import importlib
    import pkgutil

    import hrdesk.services.reports as reports

    headings = set()
    for module in pkgutil.iter_modules(reports.__path__):
        found = importlib.import_module(f"hrdesk.services.reports.{module.name}")
        for name in dir(found):
            if name.endswith("HEADERS"):
                headings |= {h for h in getattr(found, name) if isinstance(h, str)}
    assert headings and headings - set(REPORT_HEADINGS) == set()


def test_a_phrase_is_its_chinese_sentence():
    said = Phrase("已有{days}天未备份", days=40)
    assert said == "已有40天未备份" and said.values == {"days": 40}


@pytest.fixture
def english(qapp):
    translator = install_translator(qapp, "en")
    messages.use_language("en")  # as ui.app.make_application does for an English window
    yield
    messages.use_language("zh")
    QCoreApplication.removeTranslator(translator)


def test_terms_and_phrases_in_english(english):
    assert term(Role.FINANCE.value) == "Finance"
    assert term("张三") == "张三"  # a name stays as it is
    assert phrase(Phrase("已有{days}天未备份", days=40)) == "No backup for 40 days"
    nested = Phrase("{name}：{finding}", name="李勇", finding="尚未签订书面劳动合同")
    assert phrase(nested) == "李勇: Written contract not yet signed"


def test_home_items_from_the_services_are_english(qtbot, demo_database, english):
    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
    home = HomePage(demo_database, admin)
    qtbot.addWidget(home)
    home.refresh(DEMO_DAY)
    shown = [home.items.item(row).text() for row in range(home.items.count())]
    onboarding = [text for text in shown if text.startswith("New employee ")]
    assert onboarding and all("新员工" not in text for text in shown)


def test_every_home_item_of_the_demo_is_english_but_for_names(demo_database, english):
    """Contracts, letters, the payroll month, 诉讼时效, onboarding: only people's and
    customers' names stay Chinese."""
    from sqlalchemy import select

    from hrdesk.services import attention
    from hrdesk.storage.models import Customer, Employee

    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
        items = attention.items_for(session, admin, DEMO_DAY)
        names = [*session.scalars(select(Employee.name)), *session.scalars(select(Customer.name))]
    shown = [f"{phrase(item.title)} — {phrase(item.detail)}" for item in items]
    pages = {item.page for item in items}
    assert {"contracts", "letters", "payroll", "receivables", "employees"} <= pages
    for text in shown:
        for name in sorted(names, key=len, reverse=True):
            text = text.replace(name, "")
        assert not CJK.search(text), text


def test_every_reports_note_and_chart_title_is_english(demo_database, english):
    from hrdesk.services import reports

    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
        month = DEMO_DAY.replace(day=1)
        period = reports.Period(month.replace(month=1), month, DEMO_DAY)
        for report in reports.BY_NAME.values():
            table = reports.build(session, admin, report.name, period)
            said = [table.note] + ([table.chart.title] if table.chart else [])
            assert all(phrase(text) != text for text in said if text), report.name


def test_attendance_cells_in_english(english):
    from hrdesk.ui.screens.attendance import _in_window_language

    assert [_in_window_language(cell) for cell in ("休", "事4h", "年1天", "迟到", "✓")] == [
        "off",
        "P4h",
        "A1d",
        "late",
        "✓",
    ]


def test_aging_columns_in_english_on_any_bounds(english):
    """The buckets are the company's own (设置 → 账龄区间); their headers still read in English."""
    labels = bucket_labels((15, 45, 400))
    assert [aging_bucket(label) for label in labels] == [
        "Not yet due",
        "1–15 days",
        "16–45 days",
        "46–400 days",
        "Over 400 days",
    ]


def test_the_limitation_restart_kinds_read_in_english_and_are_kept_in_chinese(
    qtbot, demo_database, english
):
    from hrdesk.services import receivables
    from hrdesk.ui.dialogs.receivables import AcknowledgementDialog

    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
    dialog = AcknowledgementDialog(demo_database, admin, 1, "青岛诚达机械设备有限公司")
    qtbot.addWidget(dialog)
    shown = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    kept = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert shown[0] == "Confirmed balance letter" and not any(CJK.search(s) for s in shown)
    assert kept == list(receivables.ACKNOWLEDGEMENT_KINDS)
