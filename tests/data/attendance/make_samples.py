"""Sample attendance files for March 2026, in each layout hrdesk reads (domain-cn.md §14).

    python -m tests.data.attendance.make_samples OUTDIR

Three people, with figures a clerk can check by hand (see tests/services/test_attendance.py):
张三 E001 (8,700 a month: 400 a day, 50 an hour), 李四 E002 (10,875: 500 a day), 王五 E003
(4,350: 200 a day), who has left and shows in 钉钉 as “王五（离职）”.
"""

import sys
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

MONTH = date(2026, 3, 1)
DAYS = 31
WEEKDAYS = "一二三四五六日"
SINGLE = [
    "姓名", "考勤组", "部门", "工号", "职位", "UserId", "出勤天数", "休息天数", "工作时长（分钟）",
    "迟到次数", "迟到时长（分钟）", "早退次数", "上班缺卡次数", "下班缺卡次数", "旷工天数", "外出（时）",
]  # fmt: skip
LEAVE = ["事假（时）", "病假（时）", "调休（时）", "年假（天）", "丧假（天）", "婚假（天）"]
OVERTIME = [
    "工作日（转加班费）", "休息日（转加班费）", "节假日（转加班费）",
    "工作日（转调休）", "休息日（转调休）", "节假日（转调休）",
]  # fmt: skip


def _day(n: int) -> date:
    return MONTH + timedelta(days=n - 1)


def _is_weekend(n: int) -> bool:
    return _day(n).weekday() >= 5


def dingtalk(path: Path) -> Path:
    """钉钉 月度汇总: two title rows, a two-row merged header, units in headers, a day per column."""
    book = Workbook()
    sheet = book.active
    sheet.title = "月度汇总"
    width = len(SINGLE) + len(LEAVE) + 1 + len(OVERTIME) + DAYS
    sheet.append(["月度汇总  统计日期：2026-03-01 至 2026-03-31"] + [None] * (width - 1))
    sheet.append(["报表生成时间：2026-04-01 09:12"] + [None] * (width - 1))
    top = SINGLE + ["请假"] * len(LEAVE) + ["加班总时长（时）"] + ["加班时长（时）"] * len(OVERTIME)
    top += [str(n) for n in range(1, DAYS + 1)]
    below = SINGLE + LEAVE + ["加班总时长（时）"] + OVERTIME
    below += [WEEKDAYS[_day(n).weekday()] for n in range(1, DAYS + 1)]
    sheet.append(top)
    sheet.append(below)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=12)
    for column in range(1, len(SINGLE) + 1):
        sheet.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    first_leave = len(SINGLE) + 1
    sheet.merge_cells(start_row=3, start_column=first_leave, end_row=3, end_column=first_leave + 5)
    total = first_leave + len(LEAVE)
    sheet.merge_cells(start_row=3, start_column=total, end_row=4, end_column=total)
    sheet.merge_cells(start_row=3, start_column=total + 1, end_row=3, end_column=total + 6)
    people = [
        # name, 工号, UserId, 出勤, 迟到, 旷工, leave (事假h, 病假h, 调休h, 年假d, 丧假d, 婚假d),
        # overtime (工作日费, 休息日费, 节假日费, 工作日调休, 休息日调休, 节假日调休), days
        ("张三", "E001", "zhangsan01", 20, 2, 0.5, (8, 0, 0, 0, 0, 0), (4, 8, 0, 0, 8, 0),
         {3: "正常 加班4小时", 7: "加班8小时", 10: "事假8小时", 12: "旷工半天", 14: "加班8小时（转调休）"}),
        ("李四", "--", "E002", 18, 0, 0, (0, 16, 0, 2, 0, 0), (0, 0, 0, 0, 0, 0),
         {16: "病假8小时", 17: "病假8小时", 19: "年假1天", 20: "年假1天"}),
        ("王五（离职）", "", "wangwu", 21.5, 0, 0, (4, 0, 0, 0, 0, 0), (0, 0, 0, 0, 0, 0),
         {6: "事假4小时"}),
    ]  # fmt: skip
    for name, number, user, attended, late, absent, leave, overtime, marks in people:
        days = [marks.get(n, "休息" if _is_weekend(n) else "正常") for n in range(1, DAYS + 1)]
        sheet.append(
            [name, "行政组", "公司/综合部", number, "职员", user, attended, 9, attended * 480,
             late, late * 12, 0, 0, 0, absent, "--", *leave, sum(overtime), *overtime, *days]
        )  # fmt: skip
    book.save(path)
    return path


def wecom_daily(path: Path) -> Path:
    """企业微信 每日统计: a row per person per day, 基础信息 and 上班1/下班1 over their columns."""
    book = Workbook()
    sheet = book.active
    sheet.title = "每日统计"
    sheet.append(["每日统计（2026-03-01 至 2026-03-31）"])
    sheet.append(["日期", "姓名", "账号", "基础信息", "基础信息", "基础信息", "上班1", "上班1",
                  "下班1", "下班1", "实际工作时长(小时)", "加班时长(小时)", "假勤申请"])  # fmt: skip
    sheet.append(["日期", "姓名", "账号", "部门", "职务", "工号", "打卡时间", "打卡状态",
                  "打卡时间", "打卡状态", "实际工作时长(小时)", "加班时长(小时)", "假勤申请"])  # fmt: skip
    for column in (1, 2, 3, 11, 12, 13):
        sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
    sheet.merge_cells("D2:F2")
    sheet.merge_cells("G2:H2")
    sheet.merge_cells("I2:J2")
    people = [("张三", "zhangsan01", "E001"), ("李四", "E002", "--"), ("王五", "wangwu", "--")]
    special = {
        ("张三", 3): ("08:55", "正常", "21:00", "正常", 4, "--"),
        ("张三", 4): ("09:20", "迟到20分钟", "18:05", "正常", 0, "--"),
        ("张三", 7): ("09:00", "正常", "17:00", "正常", 8, "--"),
        ("张三", 10): ("--", "请假", "--", "请假", 0, "事假 8小时"),
        ("张三", 12): ("--", "旷工", "--", "旷工", 0, "--"),
        ("李四", 16): ("--", "请假", "--", "请假", 0, "病假 1天"),
        ("李四", 17): ("--", "请假", "--", "请假", 0, "病假 1天"),
    }
    for name, account, number in people:
        for n in range(1, DAYS + 1):
            day = _day(n)
            normal = ("--", "休息", "--", "休息", 0, "--") if _is_weekend(n) else (
                "08:58", "正常", "18:02", "正常", 0, "--")  # fmt: skip
            on_time, on_status, off_time, off_status, extra, application = special.get(
                (name, n), normal
            )
            sheet.append(
                [f"{day:%Y/%m/%d} 星期{WEEKDAYS[day.weekday()]}", name, account, "综合部", "职员",
                 number, on_time, on_status, off_time, off_status, 9 if on_time != "--" else 0,
                 extra or "--", application]
            )  # fmt: skip
    book.save(path)
    return path


def wecom_punches(path: Path) -> Path:
    """企业微信's older export: one row per punch, people known by name only."""
    book = Workbook()
    sheet = book.active
    sheet.title = "打卡记录"
    sheet.append(["日期", "姓名", "部门", "打卡类型", "应打卡时间", "实际打卡时间", "打卡地点",
                  "打卡状态", "备注", "假勤申请"])  # fmt: skip
    special = {
        ("张三", 3, "上班"): ("09:12", "迟到", "--"),
        ("张三", 5, "上班"): ("--", "--", "病假 1天"),
        ("张三", 5, "下班"): ("--", "--", "病假 1天"),
        ("李四", 6, "上班"): ("08:59", "正常", "事假 4小时"),
        ("王五", 9, "下班"): ("--", "缺卡", "--"),
    }
    for name in ("张三", "李四", "王五"):
        for n in range(1, DAYS + 1):
            if _is_weekend(n):
                continue
            for punch, due in (("上班", "09:00"), ("下班", "18:00")):
                actual, status, application = special.get(
                    (name, n, punch), ("08:57" if punch == "上班" else "18:03", "正常", "--")
                )
                sheet.append(
                    [f"{_day(n):%Y-%m-%d}", name, "综合部", f"{punch}打卡", due, actual,
                     "公司" if actual != "--" else "--", status, "--", application]
                )  # fmt: skip
    book.save(path)
    return path


def template(path: Path) -> Path:
    """hrdesk's own `attendance` template, filled in."""
    from hrdesk.spreadsheets.templates import ATTENDANCE

    book = Workbook()
    sheet = book.active
    headers = [c.header for c in ATTENDANCE.columns]
    sheet.append(headers)
    rows = [
        {"工号": "E001", "法定节假日加班小时": 8},
        {"工号": "E002", "事假天数": 2, "年休假天数": 1},
        {"工号": "E003", "休息日加班小时": 4},
    ]
    for row in rows:
        sheet.append([row.get(h, "2026-03" if h == "月份" else None) for h in headers])
    book.save(path)
    return path


def all_samples(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "钉钉": dingtalk(folder / "钉钉_月度汇总_2026-03.xlsx"),
        "企业微信": wecom_daily(folder / "企业微信_每日统计_2026-03.xlsx"),
        "企业微信打卡": wecom_punches(folder / "企业微信_打卡记录_2026-03.xlsx"),
        "模板": template(folder / "hrdesk_考勤模板_2026-03.xlsx"),
    }


if __name__ == "__main__":
    for layout, made in all_samples(Path(sys.argv[1] if len(sys.argv) > 1 else ".")).items():
        print(layout, made)
