"""The kinds of data the wizard imports: their titles, who may import them, what they change."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hrdesk.services import imports
from hrdesk.services.actor import Actor
from hrdesk.ui.operations import Area

ATTENDANCE = "attendance"
_CONTEXT = "ImportKinds"

# Every kind of services.imports, in the order the 导入导出 page lists them: HR first, then
# receivables. The titles are the templates' own, marked for translation.
KIND_TITLES = {
    "employees": QT_TRANSLATE_NOOP("ImportKinds", "员工"),
    "contracts": QT_TRANSLATE_NOOP("ImportKinds", "劳动合同"),
    "policies": QT_TRANSLATE_NOOP("ImportKinds", "社保公积金政策"),
    "payroll-inputs": QT_TRANSLATE_NOOP("ImportKinds", "工资录入"),
    "losses": QT_TRANSLATE_NOOP("ImportKinds", "损失赔偿"),
    "opening-balances": QT_TRANSLATE_NOOP("ImportKinds", "期初数据"),
    "deductions": QT_TRANSLATE_NOOP("ImportKinds", "专项附加扣除"),
    "candidates": QT_TRANSLATE_NOOP("ImportKinds", "候选人"),
    "appraisals": QT_TRANSLATE_NOOP("ImportKinds", "绩效考核"),
    "leave": QT_TRANSLATE_NOOP("ImportKinds", "请假"),
    "attendance": QT_TRANSLATE_NOOP("ImportKinds", "考勤"),
    "customers": QT_TRANSLATE_NOOP("ImportKinds", "客户"),
    "invoices": QT_TRANSLATE_NOOP("ImportKinds", "应收单"),
    "receipts": QT_TRANSLATE_NOOP("ImportKinds", "银行收款"),
}
RECEIVABLE_KINDS = ("customers", "invoices", "receipts")

# The pages to refresh once an import of the kind is written.
KIND_AREAS = {
    "employees": (Area.EMPLOYEES, Area.CONTRACTS, Area.PAYROLL),
    "contracts": (Area.CONTRACTS, Area.EMPLOYEES),
    "policies": (Area.SETTINGS, Area.PAYROLL),
    "payroll-inputs": (Area.PAYROLL,),
    "losses": (Area.PAYROLL,),
    "opening-balances": (Area.PAYROLL,),
    "deductions": (Area.EMPLOYEES, Area.PAYROLL),
    "candidates": (Area.PEOPLE,),
    "appraisals": (Area.PEOPLE,),
    "leave": (Area.LEAVE,),
    "attendance": (Area.ATTENDANCE, Area.PAYROLL),
    "customers": (Area.RECEIVABLES, Area.LETTERS),
    "invoices": (Area.RECEIVABLES,),
    "receipts": (Area.RECEIVABLES,),
}


def kind_title(kind: str) -> str:
    """The kind's name in the window's language."""
    return QCoreApplication.translate(_CONTEXT, KIND_TITLES[kind])


def kinds_for(actor: Actor) -> list[str]:
    """The kinds this user may import, in the page's order."""
    return [kind for kind in KIND_TITLES if imports.may_import(actor, kind)]
