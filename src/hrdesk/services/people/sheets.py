"""The candidates and appraisals templates: checking and writing an import, and the export rows.
services.imports and services.exports call these as they do for every kind."""

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.people import Stage, parse_period, stage_problem
from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.people import appraisal, recruitment
from hrdesk.services.people.recruitment import CandidateFields
from hrdesk.spreadsheets.errors import Problem
from hrdesk.storage.models import Appraisal, Candidate, Employee

_CANDIDATE_COLUMNS = {
    "name": "姓名",
    "phone": "手机号",
    "position": "应聘岗位",
    "expected_salary": "期望薪资",
}


def check_candidates(session: Session, result, today: date, progress) -> None:
    existing = {(c.name, c.phone): c for c in session.scalars(select(Candidate))}
    seen: dict[tuple[str, str], int] = {}
    for row in result.rows:
        values = row.values
        key = (values["name"].strip(), values["phone"].strip())
        if key in seen:
            result.problems.append(
                Problem(row.row, "手机号", f"与第{seen[key]}行的姓名和手机号相同")
            )
            continue
        seen[key] = row.row
        current = existing.get(key)
        base = recruitment.candidate_fields(current) if current else CandidateFields(*key, "")
        mapped = {
            name: values.get(name, "" if name in ("department", "source", "note") else None)
            for name in result.mapping
        }
        mapped.pop("stage", None)
        fields = replace(base, **mapped)
        if "stage" in values:
            fields = replace(fields, stage=Stage(values["stage"]))
        problems = recruitment.field_problems(fields)
        if current is not None and fields.stage != base.stage:
            reason = stage_problem(base.stage, fields.stage)
            if reason is None and fields.stage == Stage.HIRED:
                reason = "“已入职”须在员工档案保存后由“办理入职”完成"
            if reason:
                problems.append(("阶段", reason))
        for label, reason in problems:
            result.problems.append(Problem(row.row, _CANDIDATE_COLUMNS.get(label, label), reason))
        if problems:
            continue
        if current is None:
            result.added += 1
        elif fields == base:
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        result.writes.append((current.id if current else None, fields))


def write_candidates(session: Session, actor: Actor, result, today: date) -> None:
    for candidate_id, fields in result.writes:
        if candidate_id is None:
            row = Candidate(created_by=actor.name, **recruitment.columns(fields))
            row.closed_on = today if fields.stage == Stage.REJECTED else None
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor,
                "新增候选人",
                recruitment.ENTITY,
                row.id,
                "应聘岗位",
                None,
                fields.position,
            )
        else:
            recruitment.save(session, actor, fields, candidate_id, today)


def candidate_rows(session: Session, actor: Actor) -> list[list]:
    actor.require(Permission.VIEW_EMPLOYEES)
    return [
        [
            f.name,
            f.phone,
            f.position,
            f.department or None,
            f.source or None,
            f.stage.value,
            f.interview_on,
            f.expected_salary,
            f.note or None,
        ]
        for f in (
            recruitment.candidate_fields(c)
            for c in session.scalars(select(Candidate).order_by(Candidate.id))
        )
    ]


def check_appraisals(session: Session, result, today: date, progress) -> None:
    employee_ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    existing = {(a.employee_id, a.period): a for a in session.scalars(select(Appraisal))}
    seen: dict[tuple[int, str], int] = {}
    for row in result.rows:
        values = row.values
        employee_id = employee_ids.get(values["employee_no"])
        if employee_id is None:
            result.problems.append(
                Problem(row.row, "工号", f"没有工号为{values['employee_no']}的员工，请先导入员工")
            )
            continue
        try:
            period = parse_period(values["period"]).label
        except ValueError as exc:
            result.problems.append(Problem(row.row, "期间", str(exc)))
            continue
        if (employee_id, period) in seen:
            result.problems.append(
                Problem(row.row, "期间", f"与第{seen[employee_id, period]}行是同一员工同一期间")
            )
            continue
        seen[employee_id, period] = row.row
        current = existing.get((employee_id, period))
        base = appraisal.fields_of(current) if current else appraisal.AppraisalFields(period)
        text = {"grade", "comment", "improvement_plan", "reviewer"}
        mapped = {
            n: values.get(n, "" if n in text else None)
            for n in result.mapping
            if n not in ("employee_no", "period")
        }
        fields = replace(base, **mapped)
        problems = appraisal.field_problems(fields)
        for label, reason in problems:
            result.problems.append(Problem(row.row, label, reason))
        if problems:
            continue
        if current is None:
            result.added += 1
        elif fields == base:
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        result.writes.append((employee_id, fields))


def write_appraisals(session: Session, actor: Actor, result, today: date) -> None:
    for employee_id, fields in result.writes:
        appraisal.save(session, actor, employee_id, fields)


def appraisal_rows(session: Session, actor: Actor) -> list[list]:
    return [
        [
            r.employee_no,
            r.fields.period,
            r.fields.target,
            r.fields.actual,
            r.fields.score,
            r.fields.grade or None,
            r.fields.comment or None,
            r.fields.improvement_plan or None,
            r.fields.reviewer or None,
        ]
        for r in reversed(appraisal.appraisals(session, actor))
    ]
