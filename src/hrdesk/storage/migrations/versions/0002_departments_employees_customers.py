"""Departments, employees and customers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["departments.id"],
            name=op.f("fk_departments_parent_id_departments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
    )
    op.create_table(
        "employees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_no", sa.String(30), nullable=False),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("id_number_cipher", sa.Text(), nullable=False),
        sa.Column("id_number_masked", sa.String(18), nullable=False),
        sa.Column("gender", sa.String(2), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.String(50), nullable=True),
        sa.Column("is_salesperson", sa.Boolean(), nullable=False),
        sa.Column("hire_date", sa.Date(), nullable=False),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("base_salary", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_employees_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["employees.id"], name=op.f("fk_employees_manager_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employees")),
        sa.UniqueConstraint("employee_no", name=op.f("uq_employees_employee_no")),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(30), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("credit_code", sa.String(18), nullable=True),
        sa.Column("contact", sa.String(50), nullable=True),
        sa.Column("phone", sa.String(30), nullable=True),
        sa.Column("address", sa.String(200), nullable=True),
        sa.Column("salesperson_id", sa.Integer(), nullable=False),
        sa.Column("credit_days", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["salesperson_id"],
            ["employees.id"],
            name=op.f("fk_customers_salesperson_id_employees"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("code", name=op.f("uq_customers_code")),
    )


def downgrade() -> None:
    op.drop_table("customers")
    op.drop_table("employees")
    op.drop_table("departments")
