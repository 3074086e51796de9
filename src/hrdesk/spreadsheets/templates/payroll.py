"""The payroll templates: policies, the month's inputs, opening balances, declared deductions, losses."""

from hrdesk.domain.deductions import DeductionKind, label
from hrdesk.domain.social_insurance import InsuranceItem, Rounding
from hrdesk.spreadsheets.templates.base import CellKind, Column, Template

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
