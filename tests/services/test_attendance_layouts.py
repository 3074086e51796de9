"""Reading attendance layouts from rows of cells: headers by synonym, units from the headers."""

from decimal import Decimal

from hrdesk.services.attendance import layouts

D = Decimal


def test_an_older_dingtalk_export_with_typed_overtime_and_units():
    rows = [
        ["月度汇总 统计日期：2026-03-01 至 2026-03-31"],
        ["姓名", "部门", "工号", "出勤天数", "旷工天数", "请假", "请假", "工作日加班", "休息日加班", "节假日加班", "1", "2"],
        ["姓名", "部门", "工号", "出勤天数", "旷工天数", "事假(小时)", "婚假(天)", "工作日加班", "休息日加班", "节假日加班", "日", "一"],
        ["赵六（离职）", "综合部", "--", 20, "--", 12, 3, "2", 4.5, 0, "休息", "正常"],
    ]  # fmt: skip
    assert layouts.recognise(rows) == layouts.DINGTALK
    read = layouts.read_dingtalk(rows)
    assert read.problems == [] and read.warnings == []
    person = read.rows[0]
    assert (person.name, person.employee_no, person.row) == ("赵六", "", 4)
    assert person.figures.leave_days == {"事假": D("1.5"), "婚假": D(3)}
    assert (person.figures.overtime.workday, person.figures.overtime.rest_day) == (D(2), D("4.5"))
    assert person.figures.days == {1: "休息", 2: "正常"}


def test_only_a_total_overtime_is_taken_as_weekday_overtime_with_a_warning():
    rows = [
        ["姓名", "UserId", "出勤天数", "加班总时长（时）"],
        ["钱七", "qian7", 21, 6],
    ]
    read = layouts.read_dingtalk(rows)
    assert read.rows[0].figures.overtime.workday == D(6)
    assert "按工作日加班计" in str(read.warnings[0])


def test_a_figure_that_is_not_a_number_is_named():
    rows = [["姓名", "UserId", "出勤天数", "迟到次数"], ["钱七", "qian7", 21, "两次"]]
    read = layouts.read_dingtalk(rows)
    assert [str(p) for p in read.problems] == ["第2行 迟到次数: “两次”不是数字"]


def test_an_unknown_layout_is_not_guessed():
    assert layouts.recognise([["客户编码", "金额"], ["C1", 5]]) is None
