"""City policies as data: imported by (city, item, date), with the city's minimum wage."""

from datetime import date
from decimal import Decimal

from hrdesk.domain.social_insurance import InsuranceItem, policies_in_force
from hrdesk.services import audit, contracts, exports, imports, policies
from hrdesk.services.actor import command_line_actor

ADMIN = command_line_actor()
HEADER = "城市,生效日期,项目,个人比例,单位比例,基数下限,基数上限,最低工资标准,最低工资不含个人缴费,舍入方式,来源\n"


def write_csv(path, rows):
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="gbk")
    return path


def run(database, path):
    with database.sessions.begin() as session:
        return imports.import_file(session, ADMIN, "policies", path, date(2026, 11, 28))


def test_policies_import_update_and_skip(database, tmp_path):
    path = write_csv(
        tmp_path / "p.csv",
        [
            "上海,2025-07-01,养老保险,8%,16%,7460,37302,2740,是,到分,沪人社规",
            "上海,2025-07-01,住房公积金,7%,7%,2740,37302,2740,是,到元,沪公积金",
        ],
    )
    assert run(database, path).summary() == "新增 2 行, 更新 0 行, 跳过重复 0 行"
    assert run(database, path).summary() == "新增 0 行, 更新 0 行, 跳过重复 2 行"
    write_csv(path, ["上海,2025-07-01,养老保险,8%,15%,7460,37302,2740,是,到分,沪人社规"])
    assert run(database, path).summary() == "新增 0 行, 更新 1 行, 跳过重复 0 行"
    with database.sessions() as session:
        found = policies_in_force(policies.all_policies(session), "上海", date(2026, 1, 1))
        wages = contracts.minimum_wage_rows(session)
        trail = audit.entries(session, ADMIN, "social_policies")
    assert found[InsuranceItem.PENSION].employer_rate == Decimal("0.15")
    assert found[InsuranceItem.HOUSING_FUND].personal_rate == Decimal("0.07")
    assert [(w.city, w.amount, w.excludes_personal_contributions) for w in wages] == [
        ("上海", Decimal("2740.00"), True)
    ]
    assert (
        trail[0].action == "修改政策"
        and "单位16%" in trail[0].old_value
        and "单位15%" in trail[0].new_value
    )


def test_bad_policy_rows_write_nothing(database, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            "北京,2025-07-01,养老保险,8%,16%,7162,5000,2540,是,到分,",
            "北京,2025-07-01,医疗保险,2%,9.8%,7162,35811,2600,是,到分,",
            "北京,2025-07-01,医疗保险,2%,9.8%,7162,35811,,,到分,",
            "北京,2025-07-01,养老金,8%,16%,7162,35811,,,到分,",
        ],
    )
    result = run(database, path)
    assert [str(p) for p in result.problems] == [  # every problem in one pass
        "第2行 基数上限: 不能低于基数下限",
        "第3行 最低工资标准: 与第2行同城市同日期的标准不同",
        "第4行 城市: “北京 / 2025-07-01 / 医疗保险”与第3行重复",
        "第5行 项目: “养老金”不是可选值（养老保险/医疗保险/失业保险/工伤保险/生育保险/住房公积金）",
    ]
    with database.sessions() as session:
        assert policies.all_policies(session) == []


def test_rules_checked_once_cells_parse(database, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            "北京,2025-07-01,养老保险,8%,16%,7162,5000,2540,是,到分,",
            "北京,2025-07-01,医疗保险,2%,9.8%,7162,35811,2600,是,到分,",
        ],
    )
    assert [str(p) for p in run(database, path).problems] == [
        "第2行 基数上限: 不能低于基数下限",
        "第3行 最低工资标准: 与第2行同城市同日期的标准不同",
    ]


def test_demo_ships_four_example_cities_and_exports_them_for_editing(demo_database, tmp_path):
    with demo_database.sessions() as session:
        cities = {p.city for p in policies.all_policies(session)}
        assert all("核对" in p.source for p in policies.all_policies(session))
    assert cities == {"上海", "北京", "深圳", "广州"}
    path = tmp_path / "policies.xlsx"
    with demo_database.sessions.begin() as session:
        count = exports.export(session, ADMIN, "policies", path, date(2026, 11, 28))
    assert count == 20
    assert run(demo_database, path).summary() == "新增 0 行, 更新 0 行, 跳过重复 20 行"
