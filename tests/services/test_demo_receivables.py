"""Demo receivables: what a clerk looks up by name or number is unique, as in real books."""

from collections import Counter

import pytest
from sqlalchemy import select

from hrdesk.services import database as workspace
from hrdesk.services import demo
from hrdesk.storage.models import Customer, Letter
from tests.conftest import DEMO_DAY


@pytest.fixture(scope="module")
def full_demo(tmp_path_factory):
    """The demo `--demo` opens (its 200 customers), without the payroll history it adds after
    the customers and letters are made."""
    database = workspace.open_workspace(tmp_path_factory.mktemp("demo") / "demo.db")
    with database.sessions.begin() as session:
        demo.build(session, None, demo.DemoSize(payroll_months=0), DEMO_DAY)
    yield database
    database.close()


def repeated(values) -> dict:
    return {value: count for value, count in Counter(values).items() if count > 1}


def test_no_two_demo_customers_share_a_name(full_demo):
    with full_demo.sessions() as session:
        names = session.scalars(select(Customer.name)).all()
    assert len(names) == demo.DemoSize().customers
    assert repeated(names) == {}


def test_every_sent_demo_letter_has_its_own_tracking_number(full_demo):
    with full_demo.sessions() as session:
        numbers = session.scalars(select(Letter.tracking_no).where(Letter.sent_via == "快递")).all()
    assert len(numbers) > 1 and all(numbers)
    assert repeated(numbers) == {}


def test_the_same_seed_gives_the_same_names_and_tracking_numbers(full_demo, tmp_path):
    again = workspace.open_workspace(tmp_path / "again.db")
    with again.sessions.begin() as session:
        demo.build(session, None, demo.DemoSize(payroll_months=0), DEMO_DAY)
    names = select(Customer.code, Customer.name).order_by(Customer.code)
    tracking = select(Letter.number, Letter.tracking_no).order_by(Letter.number)
    with full_demo.sessions() as first, again.sessions() as second:
        assert first.execute(names).all() == second.execute(names).all()
        assert first.execute(tracking).all() == second.execute(tracking).all()
    again.close()
