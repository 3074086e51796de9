"""Attendance and leave: monthly attendance records, the leave ledger, the clerk's calendar
days, and the employee's first day of work anywhere (参加工作日期).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("work_start_date", sa.Date(), nullable=True))

    op.create_table(
        "attendance_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("file_row", sa.Integer(), nullable=False),
        sa.Column("required_days", sa.BigInteger(), nullable=True),
        sa.Column("attended_days", sa.BigInteger(), nullable=True),
        sa.Column("absent_days", sa.BigInteger(), nullable=False),
        sa.Column("late_count", sa.Integer(), nullable=False),
        sa.Column("late_minutes", sa.Integer(), nullable=False),
        sa.Column("early_count", sa.Integer(), nullable=False),
        sa.Column("missing_punches", sa.Integer(), nullable=False),
        sa.Column("workday_overtime_hours", sa.BigInteger(), nullable=False),
        sa.Column("rest_day_overtime_hours", sa.BigInteger(), nullable=False),
        sa.Column("holiday_overtime_hours", sa.BigInteger(), nullable=False),
        sa.Column("rest_day_lieu_hours", sa.BigInteger(), nullable=False),
        sa.Column("other_lieu_hours", sa.BigInteger(), nullable=False),
        sa.Column("leave_days", sa.Text(), nullable=False),
        sa.Column("day_cells", sa.Text(), nullable=False),
        sa.Column("fed", sa.Text(), nullable=False),
        sa.Column("late_deduction", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_attendance_records_employee_id_employees"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_records")),
        sa.UniqueConstraint("month", "employee_id", name=op.f("uq_attendance_records_month")),
    )
    with op.batch_alter_table("attendance_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_records_month"), ["month"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attendance_records_employee_id"), ["employee_id"], unique=False
        )

    op.create_table(
        "leave_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("leave", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("days", sa.BigInteger(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_leave_entries_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leave_entries")),
    )
    with op.batch_alter_table("leave_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_leave_entries_employee_id"), ["employee_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_leave_entries_year"), ["year"], unique=False)

    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("statutory", sa.Boolean(), nullable=False),
        sa.Column("entered_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_days")),
    )


def downgrade() -> None:
    op.drop_table("calendar_days")
    with op.batch_alter_table("leave_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leave_entries_year"))
        batch_op.drop_index(batch_op.f("ix_leave_entries_employee_id"))
    op.drop_table("leave_entries")
    with op.batch_alter_table("attendance_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_records_employee_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_records_month"))
    op.drop_table("attendance_records")
    # A plain DROP COLUMN (SQLite 3.35+): batch mode would copy employees, which other tables'
    # foreign keys point at, and SQLite refuses that while foreign keys are enforced.
    op.execute("ALTER TABLE employees DROP COLUMN work_start_date")
