"""The attendance (考勤) and leave (请假) templates: hrdesk's own layouts, as data (import them
through hrdesk.spreadsheets.templates, which lists them in TEMPLATES)."""

from hrdesk.domain.leave import LEAVE_TYPES
from hrdesk.spreadsheets.templates.base import CellKind, Column, Template

_HOURS = "小时；8小时折1天"

ATTENDANCE = Template(
    "attendance",
    "考勤",
    ("employee_no", "month"),
    (
        Column("工号", "employee_no", required=True, synonyms=("员工工号", "工号/UserId")),
        Column(
            "月份",
            "month",
            CellKind.MONTH,
            required=True,
            help="写作 2026-03，须与导入时选的月份一致",
        ),
        Column("应出勤天数", "required_days", CellKind.QUANTITY),
        Column("出勤天数", "attended_days", CellKind.QUANTITY, synonyms=("实际出勤天数",)),
        Column("事假天数", "personal_leave_days", CellKind.QUANTITY, help="不发工资，按日工资扣"),
        Column("病假天数", "sick_leave_days", CellKind.QUANTITY, help="按病假工资比例发放"),
        Column("旷工天数", "absent_days", CellKind.QUANTITY, help="不发工资，按日工资扣"),
        Column("迟到次数", "late_count", CellKind.QUANTITY, help="公司有书面制度时才可扣款"),
        Column("工作日加班小时", "workday_overtime_hours", CellKind.QUANTITY, help="按150%计发"),
        Column(
            "休息日加班小时",
            "rest_day_overtime_hours",
            CellKind.QUANTITY,
            help="按公司规则计200%加班费或转为调休",
        ),
        Column(
            "法定节假日加班小时", "holiday_overtime_hours", CellKind.QUANTITY, help="按300%计发"
        ),
        Column("年休假天数", "annual_leave_days", CellKind.QUANTITY, help="记入年休假台账"),
        Column("调休天数", "lieu_days", CellKind.QUANTITY, help="使用的调休，记入台账"),
        Column("姓名", "name", help="仅供核对，按工号匹配员工"),
        Column("休息日加班转调休小时", "rest_day_lieu_hours", CellKind.QUANTITY, help=_HOURS),
        Column("婚假天数", "leave:婚假", CellKind.QUANTITY),
        Column("丧假天数", "leave:丧假", CellKind.QUANTITY),
        Column("产假天数", "leave:产假", CellKind.QUANTITY),
        Column("陪产假天数", "leave:陪产假", CellKind.QUANTITY),
    ),
)


def leave_template(names: tuple[str, ...]) -> Template:
    """The 请假 template offering these leave types (the company's, from services.leave)."""
    return Template(
        "leave",
        "请假",
        ("employee_no", "leave", "start_date"),
        (
            Column("工号", "employee_no", required=True),
            Column(
                "假期类型",
                "leave",
                CellKind.CHOICE,
                required=True,
                choices=names,
                synonyms=("请假类型", "假别"),
            ),
            Column("开始日期", "start_date", CellKind.DATE, required=True),
            Column("结束日期", "end_date", CellKind.DATE, required=True),
            Column(
                "天数",
                "days",
                CellKind.QUANTITY,
                help="不填按日历计算：年休假、婚丧假等不含周末和法定节假日，产假按自然日",
            ),
            Column("备注", "note", help="超出该假期天数时写明依据（如难产、第二个子女）"),
        ),
    )


# With the law's types, for a blank template made without a database.
LEAVE = leave_template(tuple(t.name for t in LEAVE_TYPES))
