"""Words the services hand over as data (statuses, roles, kinds, findings), marked here for
translation so grids and lists show them in the window's language: `term(row.status)`."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Terms"

TERMS = [
    # employees.EmployeeStatus
    QT_TRANSLATE_NOOP("Terms", "试用"),
    QT_TRANSLATE_NOOP("Terms", "在职"),
    QT_TRANSLATE_NOOP("Terms", "离职"),
    # roles.Role
    QT_TRANSLATE_NOOP("Terms", "管理员"),
    QT_TRANSLATE_NOOP("Terms", "人事"),
    QT_TRANSLATE_NOOP("Terms", "财务"),
    QT_TRANSLATE_NOOP("Terms", "销售经理"),
    # contracts.ContractKind
    QT_TRANSLATE_NOOP("Terms", "固定期限"),
    QT_TRANSLATE_NOOP("Terms", "无固定期限"),
    QT_TRANSLATE_NOOP("Terms", "以完成一定工作任务为期限"),
    # contracts.Finding titles (合同提醒)
    QT_TRANSLATE_NOOP("Terms", "不得约定试用期"),
    QT_TRANSLATE_NOOP("Terms", "试用期超过法定上限"),
    QT_TRANSLATE_NOOP("Terms", "重复约定试用期"),
    QT_TRANSLATE_NOOP("Terms", "试用期工资低于合同工资的80%"),
    QT_TRANSLATE_NOOP("Terms", "试用期工资低于当地最低工资"),
    QT_TRANSLATE_NOOP("Terms", "尚未签订书面劳动合同"),
    QT_TRANSLATE_NOOP("Terms", "未签订书面劳动合同"),
    QT_TRANSLATE_NOOP("Terms", "书面劳动合同签订过晚"),
    QT_TRANSLATE_NOOP("Terms", "视为已订立无固定期限劳动合同"),
    QT_TRANSLATE_NOOP("Terms", "合同已到期，员工仍在职"),
    QT_TRANSLATE_NOOP("Terms", "固定期限合同即将到期"),
    QT_TRANSLATE_NOOP("Terms", "员工可要求订立无固定期限合同"),
    # leave: the kinds of leave and of ledger entries
    QT_TRANSLATE_NOOP("Terms", "年休假"),
    QT_TRANSLATE_NOOP("Terms", "病假"),
    QT_TRANSLATE_NOOP("Terms", "事假"),
    QT_TRANSLATE_NOOP("Terms", "婚假"),
    QT_TRANSLATE_NOOP("Terms", "丧假"),
    QT_TRANSLATE_NOOP("Terms", "产假"),
    QT_TRANSLATE_NOOP("Terms", "陪产假"),
    QT_TRANSLATE_NOOP("Terms", "调休"),
    QT_TRANSLATE_NOOP("Terms", "发放"),
    QT_TRANSLATE_NOOP("Terms", "使用"),
    QT_TRANSLATE_NOOP("Terms", "结转"),
    QT_TRANSLATE_NOOP("Terms", "作废"),
    QT_TRANSLATE_NOOP("Terms", "全额"),
    QT_TRANSLATE_NOOP("Terms", "病假工资"),
    QT_TRANSLATE_NOOP("Terms", "无薪"),
    QT_TRANSLATE_NOOP("Terms", "工作日"),
    QT_TRANSLATE_NOOP("Terms", "自然日"),
    # attendance: rest-day overtime paid or taken back as time off
    QT_TRANSLATE_NOOP("Terms", "加班费"),
    # people.CandidateStatus
    QT_TRANSLATE_NOOP("Terms", "新简历"),
    QT_TRANSLATE_NOOP("Terms", "筛选"),
    QT_TRANSLATE_NOOP("Terms", "面试"),
    QT_TRANSLATE_NOOP("Terms", "录用"),
    QT_TRANSLATE_NOOP("Terms", "已入职"),
    QT_TRANSLATE_NOOP("Terms", "未录用"),
    # social_insurance.InsuranceItem and Rounding
    QT_TRANSLATE_NOOP("Terms", "养老保险"),
    QT_TRANSLATE_NOOP("Terms", "医疗保险"),
    QT_TRANSLATE_NOOP("Terms", "失业保险"),
    QT_TRANSLATE_NOOP("Terms", "工伤保险"),
    QT_TRANSLATE_NOOP("Terms", "生育保险"),
    QT_TRANSLATE_NOOP("Terms", "住房公积金"),
    QT_TRANSLATE_NOOP("Terms", "到分"),
    QT_TRANSLATE_NOOP("Terms", "到角"),
    QT_TRANSLATE_NOOP("Terms", "到元"),
]


def term(value) -> str:
    """A word from the services in the window's language; anything else (a name) as it is."""
    if value is None:
        return ""
    return QCoreApplication.translate(CONTEXT, str(value))
