"""The people templates: candidates (候选人) and appraisals (绩效考核), headers as interfaces.md."""

from hrdesk.domain.people import Stage
from hrdesk.spreadsheets.templates.base import CellKind, Column, Template

CANDIDATES = Template(
    "candidates",
    "候选人",
    ("name", "phone"),
    (
        Column("姓名", "name", required=True, max_length=50),
        Column(
            "手机号",
            "phone",
            required=True,
            help="11位手机号；姓名和手机号相同的行再次导入时更新",
            long_digits=True,
            max_length=20,
        ),
        Column("应聘岗位", "position", required=True, max_length=50),
        Column("部门", "department", help="入职后所在部门，如“销售部/销售一部”", max_length=100),
        Column("来源", "source", help="招聘网站、内推、校园招聘等", max_length=50),
        Column(
            "阶段",
            "stage",
            CellKind.CHOICE,
            help="新简历/筛选/面试/录用/已入职/未录用；不填为新简历",
            choices=tuple(s.value for s in Stage),
        ),
        Column("面试日期", "interview_on", CellKind.DATE),
        Column("期望薪资", "expected_salary", CellKind.AMOUNT, help="元/月"),
        Column("备注", "note"),
    ),
)

APPRAISALS = Template(
    "appraisals",
    "绩效考核",
    ("employee_no", "period"),
    (
        Column("工号", "employee_no", required=True, help="须为已有员工的工号"),
        Column(
            "期间",
            "period",
            required=True,
            help="月度写作 2026-11，季度写作 2026-Q3；同一员工同一期间再次导入时更新",
        ),
        Column("目标", "target", CellKind.AMOUNT, help="考核目标金额，如回款目标"),
        Column("实际", "actual", CellKind.AMOUNT, help="实际完成金额"),
        Column("得分", "score", CellKind.QUANTITY, help="0至100"),
        Column("等级", "grade", help="如 A/B/C/D；公司设定了等级对应的绩效工资时据此计算"),
        Column("评语", "comment"),
        Column("改进计划", "improvement_plan", help="未达标时的培训或改进安排"),
        Column("考核人", "reviewer", max_length=50),
    ),
)
