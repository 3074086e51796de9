"""The legal grounds of leaving (劳动合同法 第36–47条, 第87条) and what each requires: notice,
经济补偿, 代通知金, the papers on file (domain-cn.md §7); the reasons `hrdesk separation quote`
names. domain/separations.py works out what is owed."""

from dataclasses import dataclass
from enum import StrEnum


class Ground(StrEnum):
    AGREED_BY_EMPLOYER = "第36条 协商一致解除（单位提出）"
    AGREED_BY_EMPLOYEE = "第36条 协商一致解除（员工提出）"
    RESIGNATION = "第37条 员工提前通知解除"
    EMPLOYER_FAULT = "第38条 员工因单位过错解除"
    MISCONDUCT = "第39条 过失性辞退"
    ILLNESS = "第40条第1项 医疗期满不能从事工作"
    INCOMPETENCE = "第40条第2项 不能胜任工作"
    CHANGED_CIRCUMSTANCES = "第40条第3项 客观情况发生重大变化"
    EXPIRY_BY_EMPLOYER = "第44条 合同期满终止（单位不续订）"
    EXPIRY_REFUSED_BY_EMPLOYEE = "第44条 合同期满终止（员工不同意续订）"
    LAYOFF = "第41条 经济性裁员"
    PROBATION_FAILED = "第39条第1项 试用期不符合录用条件"
    UNLAWFUL = "第87条 违法解除（赔偿金）"


@dataclass(frozen=True)
class GroundRule:
    notice_days: int  # written notice before the last day (0: none needed)
    notice_days_in_probation: int
    severance: bool  # 经济补偿 N (第46条)
    pay_in_lieu: bool  # 第40条: a month's wage instead of notice (代通知金)
    requires: str  # what the company must have on file
    # 第97条: the rules before 2008 owed compensation too (and capped it at 12 months)
    before_2008: bool = False
    old_rule_capped: bool = False
    damages: bool = False  # 第87条: 2N from the first day instead of N


RULES = {
    Ground.AGREED_BY_EMPLOYER: GroundRule(
        0, 0, True, False, "双方签字的解除协议", before_2008=True, old_rule_capped=True
    ),
    Ground.AGREED_BY_EMPLOYEE: GroundRule(0, 0, False, False, "双方签字的解除协议，写明由员工提出"),
    Ground.RESIGNATION: GroundRule(30, 3, False, False, "员工本人签字的书面辞职通知"),
    Ground.EMPLOYER_FAULT: GroundRule(
        0, 0, True, False, "员工的书面解除通知及其所述理由", before_2008=True
    ),
    Ground.MISCONDUCT: GroundRule(
        0, 0, False, False, "违纪或严重失职的证据、依法制定并公示的规章制度，事先通知工会"
    ),
    Ground.ILLNESS: GroundRule(
        30, 30, True, True, "医疗期满的证明，另行安排工作仍不能从事的记录", before_2008=True
    ),
    Ground.INCOMPETENCE: GroundRule(
        30,
        30,
        True,
        True,
        "不能胜任的考核记录，以及经过培训或调整工作岗位后仍不能胜任的记录",
        before_2008=True,
        old_rule_capped=True,
    ),
    Ground.CHANGED_CIRCUMSTANCES: GroundRule(
        30,
        30,
        True,
        True,
        "客观情况重大变化的证明，与员工协商变更合同未能达成一致的记录",
        before_2008=True,
    ),
    Ground.EXPIRY_BY_EMPLOYER: GroundRule(0, 0, True, False, "到期的劳动合同，不续订的书面通知"),
    Ground.EXPIRY_REFUSED_BY_EMPLOYEE: GroundRule(
        0, 0, False, False, "单位以不低于原条件提出续订、员工书面拒绝的记录"
    ),
    Ground.LAYOFF: GroundRule(
        30,
        30,
        True,
        False,
        "裁减人员方案，提前30日向工会或全体职工说明并听取意见、向劳动行政部门报告的记录",
        before_2008=True,
    ),
    Ground.PROBATION_FAILED: GroundRule(
        0, 0, False, False, "事先告知的录用条件，试用期内不符合录用条件的考核记录"
    ),
    Ground.UNLAWFUL: GroundRule(
        0, 0, False, False, "（违法解除：无合法依据或程序违法，应支付赔偿金）", damages=True
    ),
}

# `hrdesk separation quote --reason`: the reasons interfaces.md names, to a ground.
QUOTE_REASONS = {
    "协商解除": Ground.AGREED_BY_EMPLOYER,
    "第40条": Ground.INCOMPETENCE,
    "第41条": Ground.LAYOFF,
    "合同到期不续签": Ground.EXPIRY_BY_EMPLOYER,
    "违法解除": Ground.UNLAWFUL,
    "个人辞职": Ground.RESIGNATION,
    "试用期不合格": Ground.PROBATION_FAILED,
}
