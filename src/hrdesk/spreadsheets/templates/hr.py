"""The roster (员工) and contracts (合同) templates."""

from hrdesk.domain.contracts import ContractKind
from hrdesk.domain.deductions import MONTHLY_KINDS, DeductionKind
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.spreadsheets.templates.base import CellKind, Column, Template

_DEDUCTION_HELP = {
    DeductionKind.CHILD_EDUCATION: "每月金额；每个子女2000元，父母各扣50%时为1000元",
    DeductionKind.INFANT_CARE: "每月金额；3岁以下每个子女2000元",
    DeductionKind.ELDERLY_CARE: "每月金额；独生子女3000元，非独生子女分摊每人不超过1500元",
    DeductionKind.MORTGAGE_INTEREST: "每月1000元（婚前各自购房分别扣除为500元）",
    DeductionKind.HOUSING_RENT: "每月1500、1100或800元（按城市）",
    DeductionKind.CONTINUING_EDUCATION: "学历继续教育每月400元",
}

EMPLOYEES = Template(
    "employees",
    "员工",
    ("employee_no",),
    (
        Column("工号", "employee_no", required=True, help="员工的唯一编号；再次导入时按工号更新"),
        Column("姓名", "name", required=True),
        Column(
            "身份证号",
            "id_number",
            required=True,
            help="18位居民身份证号，末位可为X；请把该列设为文本格式",
            long_digits=True,
        ),
        Column(
            "部门",
            "department",
            required=True,
            help="多级部门用/分隔，如“销售部/销售一部”；新部门自动建立",
        ),
        Column("岗位", "position"),
        Column(
            "是否销售", "is_salesperson", CellKind.BOOL, help="是/否；销售人员名下有客户和应收账款"
        ),
        Column("入职日期", "hire_date", CellKind.DATE, required=True, help="第一天上班的日期"),
        Column("手机号", "phone"),
        Column(
            "银行卡号",
            "bank_card",
            help="工资卡号，16至19位；请把该列设为文本格式",
            long_digits=True,
        ),
        Column("开户行", "bank_name"),
        Column("社保城市", "social_city"),
        Column("社保基数", "social_base", CellKind.AMOUNT, help="元/月"),
        Column("公积金基数", "housing_fund_base", CellKind.AMOUNT, help="元/月"),
        Column("公积金比例", "housing_fund_rate", CellKind.RATE, help="5%至12%，写作7%或0.07"),
        Column("基本工资", "base_salary", CellKind.AMOUNT, required=True, help="元/月"),
        Column("岗位津贴", "position_allowance", CellKind.AMOUNT, help="元/月"),
        Column("提成比例", "commission_rate", CellKind.RATE, help="回款提成比例，写作3%或0.03"),
        Column("月回款目标", "collection_target", CellKind.AMOUNT, help="元/月"),
        *(
            Column(
                kind.value, f"deduction:{kind.name}", CellKind.AMOUNT, help=_DEDUCTION_HELP[kind]
            )
            for kind in MONTHLY_KINDS
        ),
        Column(
            "扣除起始月份",
            "deductions_from",
            CellKind.MONTH,
            help="本行专项附加扣除从哪个月起扣，写作2026-01；不填为当年1月，入职晚于1月的为入职当月。"
            "早于本月的，下一次发薪时一并补扣",
        ),
        Column(
            "状态",
            "status",
            CellKind.CHOICE,
            help="试用/在职/离职；不填为在职",
            choices=tuple(s.value for s in EmployeeStatus),
        ),
        Column("直属上级工号", "manager_no", help="直属上级的工号"),
        Column("邮箱", "email", help="工资条和证明通过电子邮件发给本人", max_length=200),
        Column(
            "参加工作日期",
            "work_start_date",
            CellKind.DATE,
            help="第一次参加工作（任何单位）的日期，按累计工作年限定年休假天数；不填为入职日期",
            synonyms=("首次参加工作日期", "参工日期"),
        ),
    ),
)

CONTRACTS = Template(
    "contracts",
    "劳动合同",
    ("number",),
    (
        Column("工号", "employee_no", required=True, help="须为已有员工的工号"),
        Column("合同编号", "number", required=True, help="合同的唯一编号；再次导入时按编号更新"),
        Column(
            "合同类型",
            "kind",
            CellKind.CHOICE,
            required=True,
            choices=tuple(k.value for k in ContractKind),
        ),
        Column("开始日期", "start_date", CellKind.DATE, required=True),
        Column("结束日期", "end_date", CellKind.DATE, help="固定期限合同必填，为合同最后一天"),
        Column(
            "试用期结束日期", "probation_end", CellKind.DATE, help="试用期最后一天；无试用期不填"
        ),
        Column(
            "试用期工资", "probation_wage", CellKind.AMOUNT, help="元/月，不得低于合同工资的80%"
        ),
        Column("合同工资", "contract_wage", CellKind.AMOUNT, required=True, help="元/月"),
        Column("签订日期", "signed_on", CellKind.DATE, required=True),
    ),
)
