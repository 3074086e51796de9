"""招聘 to 入职, and 绩效: the pipeline, the offer, hiring with a draft contract and the first-month
checklist on 首页, removal after the retention period, appraisals as 第40条第2项 evidence."""

from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hrdesk.domain.contracts import ContractKind, ContractTerms
from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.grounds import Ground
from hrdesk.domain.identifiers import resident_id_check_character
from hrdesk.domain.people import Stage
from hrdesk.services import (
    attention,
    audit,
    contracts,
    employees,
    imports,
    payroll,
    separations,
    settings,
)
from hrdesk.services.people import appraisal, onboarding, recruitment
from hrdesk.services.people.appraisal import AppraisalFields
from hrdesk.services.people.recruitment import CandidateFields
from hrdesk.spreadsheets.reading import Sheet
from hrdesk.storage.models import AuditEntry, Candidate, Employee
from tests.services.sales_team import ADMIN, load

D = Decimal
TODAY = date(2026, 11, 27)
CANDIDATE_HEADER = ["姓名", "手机号", "应聘岗位", "部门", "来源", "阶段", "面试日期", "期望薪资", "备注"]  # fmt: skip
APPRAISAL_HEADER = ["工号", "期间", "目标", "实际", "得分", "等级", "评语", "改进计划", "考核人"]


def import_rows(database, kind, header, rows, today=TODAY):
    with database.sessions.begin() as session:
        plan = imports.plan(session, ADMIN, kind, Sheet("表", [header, *rows]), today)
        if plan.ok:
            imports.commit(session, ADMIN, plan, today)
    return plan


def candidate_id(database, name):
    with database.sessions() as session:
        return session.scalar(select(Candidate.id).where(Candidate.name == name))


@pytest.fixture
def applicants(database):
    plan = import_rows(database, "candidates", CANDIDATE_HEADER, [
        ["赵一", "13800000001", "销售代表", "销售部", "招聘网站", "面试", "2026-11-20", "8000", "沟通好"],
        ["钱二", "13800000002", "会计", "财务部", "内推", "", "", "", ""],
        ["孙三", "13800000003", "销售代表", "销售部", "", "未录用", "", "", ""],
    ])  # fmt: skip
    assert plan.ok, plan.problems
    assert plan.summary().startswith("新增 3 行")
    return database


def test_the_import_is_idempotent_and_refuses_a_jump_in_the_pipeline(applicants):
    again = import_rows(applicants, "candidates", CANDIDATE_HEADER, [
        ["赵一", "13800000001", "销售代表", "销售部", "招聘网站", "面试", "2026-11-20", "8000", "沟通好"],
    ])  # fmt: skip
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    bad = import_rows(applicants, "candidates", CANDIDATE_HEADER, [
        ["钱二", "13800000002", "会计", "财务部", "内推", "录用", "", "", ""],
        ["周四", "1380000", "出纳", "", "", "", "", "", ""],
    ])  # fmt: skip
    assert [(p.row, p.column) for p in bad.problems] == [(2, "阶段"), (3, "手机号")]


def test_a_candidate_goes_from_cv_to_employee_with_a_draft_contract_and_a_checklist(applicants, tmp_path):  # fmt: skip
    zhao = candidate_id(applicants, "赵一")
    with applicants.sessions.begin() as session:
        current = recruitment.candidate(session, ADMIN, zhao)
        recruitment.save(session, ADMIN, CandidateFields(**{**current.__dict__, "stage": Stage.OFFERED, "offered_salary": D(9000), "start_on": date(2026, 12, 1)}), zhao, TODAY)  # fmt: skip
        recruitment.write_offer(session, ADMIN, zhao, tmp_path / "offer.pdf", TODAY)
        record = onboarding.new_employee_record(session, ADMIN, zhao, TODAY)
    assert (record.name, record.phone, record.base_salary, record.hire_date) == ("赵一", "13800000001", D(9000), date(2026, 12, 1))  # fmt: skip
    offer = PdfReader(tmp_path / "offer.pdf").pages[0].extract_text()
    assert (
        "录用通知书" in offer
        and "赵一" in offer
        and "9,000.00" in offer
        and "2026年12月1日" in offer
    )
    first17 = "11010519950101002"
    with applicants.sessions.begin() as session:
        full = EmployeeRecord(**{**record.__dict__, "employee_no": "E100", "id_number": first17 + resident_id_check_character(first17)})  # fmt: skip
        saved = employees.save(session, ADMIN, full, None, TODAY)
        assert saved.errors == []
        terms = onboarding.hire(session, ADMIN, zhao, saved.employee_id)
        onboarding.write_contract_draft(session, ADMIN, saved.employee_id, tmp_path / "draft.pdf", TODAY)  # fmt: skip
    assert (terms.start, terms.end, terms.probation_end) == (date(2026, 12, 1), date(2029, 11, 30), date(2027, 5, 31))  # fmt: skip
    assert "草稿" in PdfReader(tmp_path / "draft.pdf").pages[0].extract_text()
    with applicants.sessions() as session:
        assert recruitment.candidate(session, ADMIN, zhao).stage == Stage.HIRED
        home = [item.title for item in attention.items_for(session, ADMIN, TODAY)]
    assert "新员工赵一：签订书面劳动合同" in home and "新员工赵一：办理社会保险登记" in home
    # the contract signed and entered: its item closes itself; social insurance is ticked off
    with applicants.sessions.begin() as session:
        [social_item, contract_item] = onboarding.checklist(session, ADMIN)  # by deadline
        assert (social_item.due_on, contract_item.due_on) == (
            date(2026, 12, 30),
            date(2026, 12, 31),
        )
        with pytest.raises(ValueError, match="登记已签订的劳动合同"):
            onboarding.mark_done(session, ADMIN, contract_item.id, TODAY)
        assert contracts.save_contract(session, ADMIN, saved.employee_id, ContractTerms(
            "HT-E100", ContractKind.FIXED, terms.start, terms.end, terms.probation_end,
            terms.probation_wage, terms.contract_wage, date(2026, 12, 1)
        )) == []  # fmt: skip
        onboarding.mark_done(session, ADMIN, social_item.id, date(2026, 12, 3))
    with applicants.sessions() as session:
        assert onboarding.checklist(session, ADMIN) == []
        assert not any("新员工" in i.title for i in attention.items_for(session, ADMIN, TODAY))


def test_hiring_needs_an_offer_first(applicants):
    with applicants.sessions.begin() as session, pytest.raises(ValueError, match="录用"):
        onboarding.new_employee_record(session, ADMIN, candidate_id(applicants, "钱二"), TODAY)


def test_candidates_not_hired_are_removed_after_the_retention_period_and_audited(applicants):
    sun = candidate_id(applicants, "孙三")  # turned down on import day, 2026-11-27
    later = date(2027, 5, 26)  # 180 days on: due
    with applicants.sessions.begin() as session:
        assert recruitment.overdue(session, date(2027, 5, 25)) == []
        assert recruitment.overdue(session, later) == [sun]
        home = [i.title for i in attention.items_for(session, ADMIN, later)]
        assert "1名未录用候选人的个人信息已超过保存期限" in home
        assert recruitment.remove_overdue_at_start(session, ADMIN, later) == 0  # off by default
        settings.put(session, ADMIN, "candidate_purge_on_start", True)
        assert recruitment.remove_overdue_at_start(session, ADMIN, later) == 1
    with applicants.sessions() as session:
        assert session.get(Candidate, sun) is None
        assert {c.name for c in session.scalars(select(Candidate))} == {"赵一", "钱二"}
        [line] = audit.entries(session, ADMIN, "candidate", limit=1)
        assert (line.action, line.new_value) == ("删除候选人个人信息", "1")
        # the trail never kept the name or phone of a candidate
        trail = " ".join(f"{e.old_value} {e.new_value}" for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "candidate")))  # fmt: skip
        assert "孙三" not in trail and "13800000003" not in trail


def test_the_candidates_export_reads_back_as_the_same_file(applicants, tmp_path):
    from hrdesk.services import exports
    from hrdesk.spreadsheets.reading import read_sheets

    with applicants.sessions.begin() as session:
        assert exports.export(session, ADMIN, "candidates", tmp_path / "c.xlsx", TODAY) == 3
    [sheet, *_] = read_sheets(tmp_path / "c.xlsx")
    assert sheet.rows[0][:9] == CANDIDATE_HEADER
    again = import_rows(applicants, "candidates", CANDIDATE_HEADER, [r[:9] for r in sheet.rows[1:]])
    assert again.ok and (again.added, again.updated) == (0, 0)


# -- appraisal ---------------------------------------------------------------------


def test_appraisals_import_with_periods_and_refuse_what_is_wrong(sales):
    plan = import_rows(sales, "appraisals", APPRAISAL_HEADER, [
        ["S01", "2026-Q1", "30000", "12000", "55", "D", "回款严重不足", "参加销售技巧培训", "周经理"],
        ["S01", "2026-4", "", "", "80", "B", "", "", "周经理"],
        ["S02", "2026-Q5", "", "", "", "", "", "", ""],
        ["S09", "2026-03", "", "", "", "", "", "", ""],
        ["S02", "2026-03", "", "", "120", "", "", "", ""],
    ])  # fmt: skip
    assert [(p.row, p.column) for p in plan.problems] == [(4, "期间"), (5, "工号"), (6, "得分")]
    plan = import_rows(sales, "appraisals", APPRAISAL_HEADER, [
        ["S01", "2026-Q1", "30000", "12000", "55", "D", "回款严重不足", "参加销售技巧培训", "周经理"],
        ["S01", "2026-4", "", "", "80", "B", "", "", "周经理"],
    ])  # fmt: skip
    assert plan.ok and plan.added == 2
    with sales.sessions() as session:
        rows = appraisal.appraisals(session, ADMIN)
    assert [(r.fields.period, r.achieved, r.missed) for r in rows] == [("2026-04", None, False), ("2026-Q1", D("40.0"), True)]  # fmt: skip


def test_sales_targets_and_achievement_come_from_collections(sales):
    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "2026-01-31", "9000", ""]]).ok
    assert load(sales, "receipts", [
        ["2026-02-10", "B1", "甲贸易有限公司", "4000", "", "", "F1"],
        ["2026-03-10", "B2", "甲贸易有限公司", "2500", "", "", "F1"],
    ]).ok  # fmt: skip
    with sales.sessions.begin() as session:
        assert appraisal.fill_from_collections(session, ADMIN, "2026-Q1") == 2
        rows = {r.employee_no: r for r in appraisal.appraisals(session, ADMIN, "2026-Q1")}
    assert (rows["S01"].fields.target, rows["S01"].fields.actual) == (D(30000), D(6500))
    assert rows["S01"].achieved == D("21.7") and rows["S01"].from_collections
    assert rows["S02"].fields.actual == D(0)


def test_an_appraisal_appears_in_a_leavers_evidence(sales):
    with sales.sessions.begin() as session:
        s01 = session.scalar(select(Employee.id).where(Employee.employee_no == "S01"))
        separation = separations.start(session, ADMIN, s01, Ground.INCOMPETENCE, date(2026, 6, 20), date(2026, 7, 31), None)  # fmt: skip
        summary = separations.legal_summary(session, ADMIN, separation)
        assert any("没有考核未达标" in w for w in summary.warnings)
        appraisal.save(session, ADMIN, s01, AppraisalFields("2026-Q1", D(30000), D(12000), D(55), "D", "回款严重不足", "销售技巧培训", "周经理"))  # fmt: skip
        notes = separations.evidence_notes(session, s01)
        summary = separations.legal_summary(session, ADMIN, separation)
    [note] = notes
    assert note.kind == "考核未达标" and note.on_date == date(2026, 3, 31)
    assert (
        "目标 30,000.00，实际 12,000.00（达成 40.0%）" in note.note
        and "改进计划：销售技巧培训" in note.note
    )
    assert not any("没有考核未达标" in w for w in summary.warnings)


def test_grades_feed_performance_pay_only_when_the_company_turns_the_rule_on(sales):
    november = date(2026, 11, 1)
    with sales.sessions.begin() as session:
        ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        appraisal.save(session, ADMIN, ids["S01"], AppraisalFields("2026-10", grade="A"))
        appraisal.save(session, ADMIN, ids["S02"], AppraisalFields("2026-10", grade="C"))
        payroll.save_inputs(session, ADMIN, november, ids["S01"], {"workday_overtime_hours": D(4)})
        with pytest.raises(ValueError, match="未启用"):
            appraisal.apply_performance_pay(session, ADMIN, "2026-10", november)
        settings.put(session, ADMIN, "performance_pay_rule", {"enabled": True, "mode": "percent", "grades": {"A": "20", "B": "10"}})  # fmt: skip
        assert appraisal.apply_performance_pay(session, ADMIN, "2026-10", november) == ["S01"]
        s01 = payroll.input_of(session, november, ids["S01"])
        assert (s01.performance_pay, s01.workday_overtime_hours) == (D(1000), D(4))  # 20% of 5,000
        assert payroll.input_of(session, november, ids["S02"]) is None  # C has no amount
        lines = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "appraisal"))]  # fmt: skip
    assert "绩效工资计入" in lines
