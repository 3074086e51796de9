"""The import/export templates (模板): each column's header, meaning and type, as data.

interfaces.md fixes the headers and their order; more optional columns follow them.
"""

from dataclasses import dataclass
from enum import StrEnum

from hrdesk.domain.contracts import ContractKind
from hrdesk.domain.deductions import MONTHLY_KINDS, DeductionKind, label
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.social_insurance import InsuranceItem, Rounding


class CellKind(StrEnum):
    TEXT = "文本"
    DATE = "日期"
    AMOUNT = "金额"
    QUANTITY = "数量"  # hours or days, two decimals, never negative
    MONTH = "月份"
    RATE = "比例"
    BOOL = "是/否"
    CHOICE = "选项"


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    kind: CellKind = CellKind.TEXT
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    long_digits: bool = False  # a number Excel would round if the cell were numeric: must be text
    synonyms: tuple[str, ...] = ()  # other exports' names for this column, mapped without asking
    instead: str = ""  # a required column may be left out when this other field is mapped
    max_length: int | None = None  # characters the database keeps for this text


@dataclass(frozen=True)
class Template:
    kind: str  # as the command line names it
    title: str
    key: tuple[str, ...]  # the fields that identify a row: a re-import updates by them
    columns: tuple[Column, ...]
    # A bank statement: footer totals and outgoing (debit) lines are passed over, not refused.
    bank_statement: bool = False

    def column(self, field: str) -> Column:
        return next(c for c in self.columns if c.field == field)


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

POLICIES = Template(
    "policies",
    "社保公积金政策",
    ("city", "effective_from", "item"),
    (
        Column("城市", "city", required=True),
        Column(
            "生效日期", "effective_from", CellKind.DATE, required=True, help="政策开始执行的日期"
        ),
        Column(
            "项目",
            "item",
            CellKind.CHOICE,
            required=True,
            choices=tuple(i.value for i in InsuranceItem),
        ),
        Column(
            "个人比例",
            "personal_rate",
            CellKind.RATE,
            required=True,
            help="写作8%或0.08；公积金为最低比例",
        ),
        Column(
            "单位比例",
            "employer_rate",
            CellKind.RATE,
            required=True,
            help="写作16%或0.16；工伤按行业费率",
        ),
        Column("基数下限", "base_floor", CellKind.AMOUNT, required=True, help="元/月"),
        Column("基数上限", "base_cap", CellKind.AMOUNT, required=True, help="元/月"),
        Column(
            "最低工资标准", "minimum_wage", CellKind.AMOUNT, help="该城市自生效日期起的月最低工资"
        ),
        Column(
            "最低工资不含个人缴费",
            "minimum_wage_net",
            CellKind.BOOL,
            help="是：与扣除个人社保公积金后的工资比较（如上海、北京）；不填为否",
        ),
        Column(
            "个人固定金额",
            "personal_fixed",
            CellKind.AMOUNT,
            help="个人每月另缴的固定金额，如北京医疗保险3元",
        ),
        Column(
            "舍入方式",
            "rounding",
            CellKind.CHOICE,
            help="到分/到角/到元；不填为到分",
            choices=tuple(r.value for r in Rounding),
        ),
        Column("来源", "source", help="政策文件名称或网址"),
    ),
)

PAYROLL_INPUTS = Template(
    "payroll-inputs",
    "工资录入",
    ("employee_no", "month"),
    (
        Column("工号", "employee_no", required=True),
        Column("月份", "month", CellKind.MONTH, required=True, help="写作 2026-11"),
        Column("绩效工资", "performance_pay", CellKind.AMOUNT),
        Column("工作日加班小时", "workday_overtime_hours", CellKind.QUANTITY, help="按150%计发"),
        Column(
            "休息日加班小时",
            "rest_day_overtime_hours",
            CellKind.QUANTITY,
            help="未安排补休的，按200%计发",
        ),
        Column(
            "法定节假日加班小时", "holiday_overtime_hours", CellKind.QUANTITY, help="按300%计发"
        ),
        Column("事假天数", "personal_leave_days", CellKind.QUANTITY),
        Column("病假天数", "sick_leave_days", CellKind.QUANTITY),
        Column("其他补贴", "other_additions", CellKind.AMOUNT),
        Column("其他扣款", "other_deductions", CellKind.AMOUNT),
        Column(
            "全年一次性奖金",
            "annual_bonus",
            CellKind.AMOUNT,
            help="默认单独计税（每年一次，至2027年12月31日）；2028年起并入当月工资",
        ),
        Column(
            "提成",
            "commission",
            CellKind.AMOUNT,
            help="回款以外的提成；按回款计算的提成由应收账款自动计入，不要在此重复填写",
        ),
        Column(
            "奖金并入工资",
            "bonus_merged",
            CellKind.BOOL,
            help="是：员工选择该笔全年一次性奖金并入当月工资计税；不填为否（单独计税）",
        ),
    ),
)

OPENING_BALANCES = Template(
    "opening-balances",
    "期初数据",
    ("employee_no", "year"),
    (
        Column("工号", "employee_no", required=True, help="须为已有员工的工号"),
        Column("年度", "year", required=True, help="纳税年度，如2026"),
        Column(
            "截至月份",
            "through_month",
            CellKind.QUANTITY,
            required=True,
            help="1到11：原工资系统算到几月，本系统从下一个月起接着累计",
        ),
        Column("累计收入", "income", CellKind.AMOUNT, required=True, help="1月至截至月份合计"),
        Column("累计免税收入", "exempt_income", CellKind.AMOUNT),
        Column(
            "累计减除费用",
            "basic_deduction",
            CellKind.AMOUNT,
            help="每月5000元；不填按入职月份（或1月）至截至月份计算",
        ),
        Column("累计专项扣除", "special_deduction", CellKind.AMOUNT, help="个人缴纳的社保和公积金"),
        Column(
            "累计专项附加扣除",
            "additional_deduction",
            CellKind.AMOUNT,
            help="原系统已扣除的；这些月份本系统不再补扣",
        ),
        Column("累计其他扣除", "other_deduction", CellKind.AMOUNT),
        Column("累计已预扣预缴税额", "withheld", CellKind.AMOUNT, required=True),
        Column(
            "年休假已休天数", "leave_days_taken", CellKind.QUANTITY, help="本年度已休的年休假天数"
        ),
    ),
)

DEDUCTIONS = Template(
    "deductions",
    "专项附加扣除",
    ("employee_no", "kind", "start"),
    (
        Column("工号", "employee_no", required=True, help="须为已有员工的工号"),
        Column(
            "项目",
            "kind",
            CellKind.CHOICE,
            required=True,
            choices=tuple(label(kind) for kind in DeductionKind),
            help="继续教育为学历教育每月400元；继续教育职业资格在取得证书当年一次扣除3600元",
        ),
        Column(
            "每月金额",
            "amount",
            CellKind.AMOUNT,
            required=True,
            help="子女教育、婴幼儿照护每个子女2000元（父母各半为1000元）；赡养老人不超过3000元；"
            "住房贷款利息1000元；住房租金1500/1100/800元；职业资格填3600",
        ),
        Column(
            "起始月份",
            "start",
            CellKind.MONTH,
            required=True,
            help="写作2026-01；早于本月的，下一次发薪时一并补扣（国家税务总局公告2018年第60号）",
        ),
        Column(
            "截止月份",
            "end",
            CellKind.MONTH,
            help="最后扣除的月份；不填为一直扣除，但每年12月须经员工确认才延续到下一年",
        ),
        Column("备注", "note"),
    ),
)

LOSSES = Template(
    "losses",
    "损失赔偿",
    ("employee_no", "occurred_on", "reason"),
    (
        Column("工号", "employee_no", required=True),
        Column("发生日期", "occurred_on", CellKind.DATE, required=True),
        Column(
            "金额",
            "amount",
            CellKind.AMOUNT,
            required=True,
            help="员工依合同应赔偿的金额；每月最多扣当月工资的20%",
        ),
        Column(
            "原因", "reason", required=True, help="员工本人原因造成的损失；客户未付款不是员工的损失"
        ),
        Column("凭证说明", "evidence", help="凭证或证据在哪里、编号"),
    ),
)

CUSTOMERS = Template(
    "customers",
    "客户",
    ("code",),
    (
        Column(
            "客户编码",
            "code",
            required=True,
            help="客户的唯一编号；再次导入时按编码更新，表中没有的列保持原值",
            max_length=30,
        ),
        Column(
            "客户名称",
            "name",
            required=True,
            help="与银行流水中的付款方名称一致，便于自动匹配",
            max_length=200,
        ),
        Column("统一社会信用代码", "credit_code", help="18位，用于对账函", long_digits=True),
        Column("联系人", "contact", max_length=50),
        Column("电话", "phone", long_digits=True, max_length=30),
        Column("地址", "address", help="对账函的寄送地址", max_length=200),
        Column(
            "业务员工号",
            "salesperson_no",
            required=True,
            help="负责该客户的销售人员工号",
            max_length=30,
        ),
        Column("账期天数", "credit_days", CellKind.QUANTITY, help="开票后多少天到期；不填为30天"),
    ),
)

INVOICES = Template(
    "invoices",
    "应收单",
    ("number",),
    (
        Column(
            "单号",
            "number",
            required=True,
            help="应收单（发票/出库单）号；已导入的单号不会重复导入",
            max_length=50,
        ),
        Column("客户编码", "customer_code", required=True, max_length=30),
        Column("业务员工号", "salesperson_no", help="不填为客户的业务员", max_length=30),
        Column("开票日期", "issued_on", CellKind.DATE, required=True),
        Column("到期日期", "due_on", CellKind.DATE, help="不填为开票日期加客户的账期天数"),
        Column(
            "金额",
            "amount",
            CellKind.AMOUNT,
            required=True,
            help="含税金额；退货或折让请另做红字冲减",
        ),
        Column("备注", "note"),
    ),
)

RECEIPTS = Template(
    "receipts",
    "银行收款",
    (),  # identical lines may be real: receipts are told apart by 流水号 or a counted hash
    (
        Column(
            "交易日期",
            "received_on",
            CellKind.DATE,
            required=True,
            synonyms=("交易时间", "记账日期", "入账日期", "交易日", "日期"),
        ),
        Column(
            "流水号",
            "transaction_no",
            help="银行流水号；银行导出没有流水号时可不映射，按日期、金额、付款方、摘要和余额识别重复",
            long_digits=True,
            synonyms=("交易流水号", "银行流水号", "业务流水号", "流水号码"),
            max_length=60,
        ),
        Column(
            "付款方名称",
            "payer",
            help="不填或对不上客户的收款放入“未匹配收款”，由您指定客户或标为非客户款项",
            max_length=200,
            synonyms=(
                "对方户名",
                "对方账户名称",
                "对方账户名",
                "对方名称",
                "对方单位",
                "付款人名称",
                "付款人",
            ),
        ),
        Column(
            "金额",
            "amount",
            CellKind.AMOUNT,
            required=True,
            instead="credit",
            help="收款金额；银行流水分借方、贷方两列时改为映射“贷方金额”",
            synonyms=("交易金额", "发生额"),
        ),
        Column("摘要", "memo", synonyms=("用途", "附言", "交易摘要", "备注")),
        Column("客户编码", "customer_code", help="不填时按付款方名称匹配客户", max_length=30),
        Column(
            "核销单号",
            "invoice_no",
            help="这笔收款要核销的应收单号；不填按到期日从早到晚核销",
            max_length=50,
        ),
        Column(
            "贷方金额",
            "credit",
            CellKind.AMOUNT,
            help="收入一栏；只有贷方有金额的行是收款",
            synonyms=("贷方发生额", "收入金额", "存入金额", "贷方", "收入"),
        ),
        Column(
            "借方金额",
            "debit",
            CellKind.AMOUNT,
            help="支出一栏；这些行不是收款，导入时略过",
            synonyms=("借方发生额", "支出金额", "支取金额", "借方", "支出"),
        ),
        Column("余额", "balance", CellKind.AMOUNT, synonyms=("账户余额", "当前余额")),
        Column(
            "借贷方向",
            "direction",
            help="只有一个金额列时，借/支出的行不是收款，贷/收入的行是",
            synonyms=("借贷标志", "借贷", "收支", "收支方向", "交易方向", "方向"),
        ),
    ),
    bank_statement=True,
)

from hrdesk.spreadsheets.templates_attendance import ATTENDANCE, LEAVE  # noqa: E402

TEMPLATES = {
    t.kind: t
    for t in (
        EMPLOYEES,
        CONTRACTS,
        POLICIES,
        PAYROLL_INPUTS,
        LOSSES,
        CUSTOMERS,
        INVOICES,
        RECEIPTS,
        OPENING_BALANCES,
        DEDUCTIONS,
        ATTENDANCE,
        LEAVE,
    )
}


def _people_templates() -> tuple[Template, ...]:
    from hrdesk.spreadsheets.templates_people import APPRAISALS, CANDIDATES

    return (CANDIDATES, APPRAISALS)


TEMPLATES.update((t.kind, t) for t in _people_templates())
