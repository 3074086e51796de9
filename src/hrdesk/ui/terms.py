"""Words the services hand over as data (statuses, roles, kinds, findings), marked here for
translation so grids and lists show them in the window's language: `term(row.status)`; and
the sentences they say as domain.phrases.Phrase: `phrase(item.title)`."""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hrdesk import messages

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
    QT_TRANSLATE_NOOP("Terms", "每次"),
    QT_TRANSLATE_NOOP("Terms", "每年"),
    # what decides each statutory leave's days (domain.leave.LEAVE_TYPES' entitled_by)
    QT_TRANSLATE_NOOP("Terms", "累计工作年限 5/10/15天"),
    QT_TRANSLATE_NOOP("Terms", "医疗期"),
    QT_TRANSLATE_NOOP("Terms", "公司规章制度"),
    QT_TRANSLATE_NOOP("Terms", "每次3天，各省可延长"),
    QT_TRANSLATE_NOOP("Terms", "每次1至3天"),
    QT_TRANSLATE_NOOP("Terms", "98天，难产+15天，各省另有增加"),
    QT_TRANSLATE_NOOP("Terms", "按各省规定填写天数"),
    QT_TRANSLATE_NOOP("Terms", "休息日加班换取"),
    # attendance: rest-day overtime paid or taken back as time off
    QT_TRANSLATE_NOOP("Terms", "加班费"),
    # receivables: the aging columns (see aging_bucket) and the charts' unit
    QT_TRANSLATE_NOOP("Terms", "未到期"),
    QT_TRANSLATE_NOOP("Terms", "{0}-{1}天"),
    QT_TRANSLATE_NOOP("Terms", "{0}天以上"),
    QT_TRANSLATE_NOOP("Terms", "万元"),
    # letters: LetterStatus, NO_REPLY, the 差异待处理 filter, SEND_WAYS, DELIVERY_PROOFS
    QT_TRANSLATE_NOOP("Terms", "已生成"),
    QT_TRANSLATE_NOOP("Terms", "已寄出"),
    QT_TRANSLATE_NOOP("Terms", "已回函·相符"),
    QT_TRANSLATE_NOOP("Terms", "已回函·不符"),
    QT_TRANSLATE_NOOP("Terms", "已作废"),
    QT_TRANSLATE_NOOP("Terms", "未回函"),
    QT_TRANSLATE_NOOP("Terms", "差异待处理"),
    QT_TRANSLATE_NOOP("Terms", "快递"),
    QT_TRANSLATE_NOOP("Terms", "挂号信"),
    QT_TRANSLATE_NOOP("Terms", "当面递交"),
    QT_TRANSLATE_NOOP("Terms", "电子邮件"),
    QT_TRANSLATE_NOOP("Terms", "传真"),
    QT_TRANSLATE_NOOP("Terms", "快递查询已签收"),
    QT_TRANSLATE_NOOP("Terms", "签收回执"),
    QT_TRANSLATE_NOOP("Terms", "电子邮件已送达"),
    QT_TRANSLATE_NOOP("Terms", "当面递交签收"),
    QT_TRANSLATE_NOOP("Terms", "回函不符"),
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

# Words inside those sentences: the first-month duties and their legal basis.
TERMS += [
    QT_TRANSLATE_NOOP("Terms", "签订书面劳动合同"),
    QT_TRANSLATE_NOOP("Terms", "办理社会保险登记"),
    QT_TRANSLATE_NOOP(
        "Terms",
        "劳动合同法第10条：自用工之日起一个月内订立书面劳动合同；超过一个月未订立的，"
        "第82条：每月支付二倍工资",
    ),
    QT_TRANSLATE_NOOP("Terms", "社会保险法第58条：自用工之日起三十日内为职工办理社会保险登记"),
]


# grounds.Ground, what each ground needs on file (GroundRule.requires), the statuses of
# a separation and its checklist, and the settlement's items (settlement.settlement_lines)
SEPARATION_TERMS = [
    QT_TRANSLATE_NOOP("Terms", "第36条 协商一致解除（单位提出）"),
    QT_TRANSLATE_NOOP("Terms", "第36条 协商一致解除（员工提出）"),
    QT_TRANSLATE_NOOP("Terms", "第37条 员工提前通知解除"),
    QT_TRANSLATE_NOOP("Terms", "第38条 员工因单位过错解除"),
    QT_TRANSLATE_NOOP("Terms", "第39条 过失性辞退"),
    QT_TRANSLATE_NOOP("Terms", "第40条第1项 医疗期满不能从事工作"),
    QT_TRANSLATE_NOOP("Terms", "第40条第2项 不能胜任工作"),
    QT_TRANSLATE_NOOP("Terms", "第40条第3项 客观情况发生重大变化"),
    QT_TRANSLATE_NOOP("Terms", "第44条 合同期满终止（单位不续订）"),
    QT_TRANSLATE_NOOP("Terms", "第44条 合同期满终止（员工不同意续订）"),
    QT_TRANSLATE_NOOP("Terms", "第41条 经济性裁员"),
    QT_TRANSLATE_NOOP("Terms", "第39条第1项 试用期不符合录用条件"),
    QT_TRANSLATE_NOOP("Terms", "第87条 违法解除（赔偿金）"),
    QT_TRANSLATE_NOOP("Terms", "双方签字的解除协议"),
    QT_TRANSLATE_NOOP("Terms", "双方签字的解除协议，写明由员工提出"),
    QT_TRANSLATE_NOOP("Terms", "员工本人签字的书面辞职通知"),
    QT_TRANSLATE_NOOP("Terms", "员工的书面解除通知及其所述理由"),
    QT_TRANSLATE_NOOP("Terms", "违纪或严重失职的证据、依法制定并公示的规章制度，事先通知工会"),
    QT_TRANSLATE_NOOP("Terms", "医疗期满的证明，另行安排工作仍不能从事的记录"),
    QT_TRANSLATE_NOOP("Terms", "不能胜任的考核记录，以及经过培训或调整工作岗位后仍不能胜任的记录"),
    QT_TRANSLATE_NOOP("Terms", "客观情况重大变化的证明，与员工协商变更合同未能达成一致的记录"),
    QT_TRANSLATE_NOOP("Terms", "到期的劳动合同，不续订的书面通知"),
    QT_TRANSLATE_NOOP("Terms", "单位以不低于原条件提出续订、员工书面拒绝的记录"),
    QT_TRANSLATE_NOOP(
        "Terms", "裁减人员方案，提前30日向工会或全体职工说明并听取意见、向劳动行政部门报告的记录"
    ),
    QT_TRANSLATE_NOOP("Terms", "事先告知的录用条件，试用期内不符合录用条件的考核记录"),
    QT_TRANSLATE_NOOP("Terms", "（违法解除：无合法依据或程序违法，应支付赔偿金）"),
    QT_TRANSLATE_NOOP("Terms", "办理中"),
    QT_TRANSLATE_NOOP("Terms", "已完成"),
    QT_TRANSLATE_NOOP("Terms", "已撤销"),
    QT_TRANSLATE_NOOP("Terms", "待办"),
    QT_TRANSLATE_NOOP("Terms", "已豁免"),
    QT_TRANSLATE_NOOP("Terms", "工资"),
    QT_TRANSLATE_NOOP("Terms", "提成"),
    QT_TRANSLATE_NOOP("Terms", "代通知金"),
    QT_TRANSLATE_NOOP("Terms", "未休年休假工资"),
    QT_TRANSLATE_NOOP("Terms", "经济补偿"),
    QT_TRANSLATE_NOOP("Terms", "赔偿金"),
]
TERMS += SEPARATION_TERMS

# receivables.ACKNOWLEDGEMENT_KINDS and a payment: what restarted the limitation period
TERMS += [
    QT_TRANSLATE_NOOP("Terms", "对账函确认"),
    QT_TRANSLATE_NOOP("Terms", "对账函送达"),
    QT_TRANSLATE_NOOP("Terms", "催款函"),
    QT_TRANSLATE_NOOP("Terms", "还款计划"),
    QT_TRANSLATE_NOOP("Terms", "收款"),
]

# The column headings of the reports (services.reports.*.HEADERS).
REPORT_HEADINGS = [
    QT_TRANSLATE_NOOP("Terms", "工号"),
    QT_TRANSLATE_NOOP("Terms", "姓名"),
    QT_TRANSLATE_NOOP("Terms", "部门"),
    QT_TRANSLATE_NOOP("Terms", "应出勤天数"),
    QT_TRANSLATE_NOOP("Terms", "出勤天数"),
    QT_TRANSLATE_NOOP("Terms", "事假天数"),
    QT_TRANSLATE_NOOP("Terms", "病假天数"),
    QT_TRANSLATE_NOOP("Terms", "旷工天数"),
    QT_TRANSLATE_NOOP("Terms", "迟到次数"),
    QT_TRANSLATE_NOOP("Terms", "加班小时"),
    QT_TRANSLATE_NOOP("Terms", "工作日加班小时"),
    QT_TRANSLATE_NOOP("Terms", "休息日加班小时"),
    QT_TRANSLATE_NOOP("Terms", "节假日加班小时"),
    QT_TRANSLATE_NOOP("Terms", "月份"),
    QT_TRANSLATE_NOOP("Terms", "人数"),
    QT_TRANSLATE_NOOP("Terms", "收款日期"),
    QT_TRANSLATE_NOOP("Terms", "流水号"),
    QT_TRANSLATE_NOOP("Terms", "客户编码"),
    QT_TRANSLATE_NOOP("Terms", "客户名称"),
    QT_TRANSLATE_NOOP("Terms", "单号"),
    QT_TRANSLATE_NOOP("Terms", "核销金额"),
    QT_TRANSLATE_NOOP("Terms", "业务员工号"),
    QT_TRANSLATE_NOOP("Terms", "业务员"),
    QT_TRANSLATE_NOOP("Terms", "回款目标"),
    QT_TRANSLATE_NOOP("Terms", "实际回款"),
    QT_TRANSLATE_NOOP("Terms", "达成率"),
    QT_TRANSLATE_NOOP("Terms", "开票日期"),
    QT_TRANSLATE_NOOP("Terms", "到期日期"),
    QT_TRANSLATE_NOOP("Terms", "金额"),
    QT_TRANSLATE_NOOP("Terms", "期末余额"),
    QT_TRANSLATE_NOOP("Terms", "期末应收"),
    QT_TRANSLATE_NOOP("Terms", "当月开票"),
    QT_TRANSLATE_NOOP("Terms", "DSO"),
    QT_TRANSLATE_NOOP("Terms", "变动"),
    QT_TRANSLATE_NOOP("Terms", "日期"),
    QT_TRANSLATE_NOOP("Terms", "期初人数"),
    QT_TRANSLATE_NOOP("Terms", "入职人数"),
    QT_TRANSLATE_NOOP("Terms", "离职人数"),
    QT_TRANSLATE_NOOP("Terms", "期末人数"),
    QT_TRANSLATE_NOOP("Terms", "离职率"),
    QT_TRANSLATE_NOOP("Terms", "假期类型"),
    QT_TRANSLATE_NOOP("Terms", "类别"),
    QT_TRANSLATE_NOOP("Terms", "天数"),
    QT_TRANSLATE_NOOP("Terms", "说明"),
    QT_TRANSLATE_NOOP("Terms", "累计工作年限"),
    QT_TRANSLATE_NOOP("Terms", "年休假应休"),
    QT_TRANSLATE_NOOP("Terms", "年休假已休"),
    QT_TRANSLATE_NOOP("Terms", "年休假剩余"),
    QT_TRANSLATE_NOOP("Terms", "调休余额"),
    QT_TRANSLATE_NOOP("Terms", "病假已休"),
    QT_TRANSLATE_NOOP("Terms", "事假已休"),
    QT_TRANSLATE_NOOP("Terms", "婚假已休"),
    QT_TRANSLATE_NOOP("Terms", "丧假已休"),
    QT_TRANSLATE_NOOP("Terms", "产假已休"),
    QT_TRANSLATE_NOOP("Terms", "陪产假已休"),
    QT_TRANSLATE_NOOP("Terms", "调休已休"),
    QT_TRANSLATE_NOOP("Terms", "其他假已休"),
    QT_TRANSLATE_NOOP("Terms", "应发工资"),
    QT_TRANSLATE_NOOP("Terms", "单位社保公积金"),
    QT_TRANSLATE_NOOP("Terms", "人工成本合计"),
    QT_TRANSLATE_NOOP("Terms", "个人社保公积金"),
    QT_TRANSLATE_NOOP("Terms", "个人所得税"),
    QT_TRANSLATE_NOOP("Terms", "全年一次性奖金"),
    QT_TRANSLATE_NOOP("Terms", "年终奖个税"),
    QT_TRANSLATE_NOOP("Terms", "实发工资"),
    QT_TRANSLATE_NOOP("Terms", "月数"),
    QT_TRANSLATE_NOOP("Terms", "结清日期"),
    QT_TRANSLATE_NOOP("Terms", "逾期天数"),
    QT_TRANSLATE_NOOP("Terms", "未收余额"),
    QT_TRANSLATE_NOOP("Terms", "风险分"),
    QT_TRANSLATE_NOOP("Terms", "等级"),
    QT_TRANSLATE_NOOP("Terms", "平均逾期天数"),
    QT_TRANSLATE_NOOP("Terms", "未按时付款比例"),
    QT_TRANSLATE_NOOP("Terms", "最久逾期天数"),
    QT_TRANSLATE_NOOP("Terms", "逾期占余额比例"),
    QT_TRANSLATE_NOOP("Terms", "分次付款比例"),
    QT_TRANSLATE_NOOP("Terms", "对账函不符或未回"),
    QT_TRANSLATE_NOOP("Terms", "诉讼时效临近"),
    QT_TRANSLATE_NOOP("Terms", "余额与近12个月销售额之比"),
    QT_TRANSLATE_NOOP("Terms", "月末应收"),
    QT_TRANSLATE_NOOP("Terms", "逾期合计"),
    QT_TRANSLATE_NOOP("Terms", "逾期占比"),
]


# Why an employee has the annual leave they have (domain.leave.annual_entitlement).
LEAVE_BASIS = [
    QT_TRANSLATE_NOOP("Phrases", "累计工作不满一年（{date}满一年），当年没有年休假"),
    QT_TRANSLATE_NOOP("Phrases", "{day}离职，此前累计工作未满一年，当年没有年休假"),
    QT_TRANSLATE_NOOP("Phrases", "当年未在本单位工作"),
    QT_TRANSLATE_NOOP("Phrases", "累计工作{years}年，全年{days}天"),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "{why}折算：{start}至{until}共{counted}天 ÷ 365 × {full}天 = {days}天（不足一天不计）",
    ),
    QT_TRANSLATE_NOOP("Terms", "入职"),
    QT_TRANSLATE_NOOP("Terms", "累计工作满一年"),
]


# The reports' notes, chart titles and units (services.reports).
REPORT_WORDS = [
    QT_TRANSLATE_NOOP(
        "Terms",
        "来自已导入的考勤月份；部门按员工当前所属部门归集；人数为当月有考勤记录的人数；文件未给出应出勤或出勤天数时留空（钉钉月度汇总不给应出勤天数），其他未给出的数按0计；加班小时 = 工作日 + 休息日 + 节假日加班小时（含转调休的小时）。",
    ),
    QT_TRANSLATE_NOOP("Terms", "每月缺勤天数（事假、病假、旷工）"),
    QT_TRANSLATE_NOOP(
        "Terms",
        "实际回款按收款核销到应收单的日期、当日该单的业务员归集；回款目标为业务员当前的月目标。",
    ),
    QT_TRANSLATE_NOOP("Terms", "DSO（天）：全公司与期末余额最大的5名业务员"),
    QT_TRANSLATE_NOOP(
        "Terms",
        "期初人数为上月末在册人数；离职按最后工作日计入当月；离职率 = 离职人数 ÷ (期初 + 期末) / 2；合计行为整个期间。",
    ),
    QT_TRANSLATE_NOOP("Terms", "每月入职与离职人数"),
    QT_TRANSLATE_NOOP("Terms", "各部门年休假剩余天数"),
    QT_TRANSLATE_NOOP(
        "Terms", "每月末的未收余额按账龄区间（设置中可改）拆分；逾期合计不含未到期部分。"
    ),
    QT_TRANSLATE_NOOP("Terms", "月末应收账龄（万元）"),
    QT_TRANSLATE_NOOP(
        "Terms",
        "仅含已审核的工资月份；应发工资含当月发放的全年一次性奖金；部门按员工当前所属部门归集；人数为当月有工资条的人数。",
    ),
    QT_TRANSLATE_NOOP("Terms", "各部门人工成本（万元）"),
    QT_TRANSLATE_NOOP(
        "Terms", "仅含已审核的工资月份；人工成本合计 = 应发工资 + 全年一次性奖金 + 单位社保公积金。"
    ),
    QT_TRANSLATE_NOOP("Terms", "每月应发工资（含年终奖）与单位社保公积金（万元）"),
    QT_TRANSLATE_NOOP("Terms", "各风险等级的未收余额（万元）"),
    QT_TRANSLATE_NOOP("Terms", "万元"),
    QT_TRANSLATE_NOOP("Terms", "天"),
    QT_TRANSLATE_NOOP("Phrases", "期间回款目标与实际回款（万元，回款最多的{people}人）"),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "DSO 按倒推法：从月末余额起逐月减去当月开票额、计当月日历天数，最后一个月按比例折算；最多倒推{months}个月，余额超过{months}个月开票额时显示为空。",
    ),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "{year}年（截止日期所在年度）台账合计，与“假期余额”导出相同：年休假应休 = 当年发放 + 上年结转；已休含期初数据；剩余 = 应休 − 已休 − 作废；含已登记的全部请假（包括截止日期之后的）；部门按员工当前所属部门。",
    ),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "风险分 0–100：各因素按客户自身历史归一到 0–1，乘以权重；高 ≥ {high}，中 ≥ {medium}。右侧各列为该因素在风险分中所占的分数。",
    ),
]


def term(value) -> str:
    """A word from the services in the window's language; anything else (a name) as it is."""
    if value is None:
        return ""
    return QCoreApplication.translate(CONTEXT, str(value))


def aging_bucket(label: str) -> str:
    """An aging column (未到期, 1-30天, 365天以上 from domain.receivables.bucket_labels, on the
    company's own bounds) in the window's language."""
    if span := re.fullmatch(r"(\d+)-(\d+)天", label):
        return QCoreApplication.translate(CONTEXT, "{0}-{1}天").format(*span.groups())
    if beyond := re.fullmatch(r"(\d+)天以上", label):
        return QCoreApplication.translate(CONTEXT, "{0}天以上").format(*beyond.groups())
    return term(label)


def phrase(text) -> str:
    """A sentence from the services in the window's language: a Phrase by its template from
    the services' catalogue (messages._), its words (a finding, a duty) as terms; plain text
    as a term, or as it is."""
    template = getattr(text, "template", None)
    if template is None:
        return term(text)
    values = {
        name: phrase(value) if isinstance(value, str) else value
        for name, value in text.values.items()
    }
    return messages._(template).format(**values)
