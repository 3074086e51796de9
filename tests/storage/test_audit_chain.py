"""An audit record's hash is computed one way, and as it always was: the chains of existing
databases still verify."""

from datetime import UTC, datetime, timedelta, timezone

from hrdesk.storage.audit_chain import GENESIS, chain_hash

# Records as a database hands them back (a naive UTC time, the text of SQLite, a time with
# its zone), their fields in the order of the canonical form, and the hashes they were sealed
# with when sealing (by field name) and verifying (by index) were two functions that agreed.
RECORDS = [
    (
        (
            1,
            datetime(2026, 11, 2, 9, 30, 15, 123456),
            "管理员",
            "修改",
            "employees",
            "E001",
            "基本工资",
            "8000.00",
            "8500.00",
        ),
        "d194824be95e29815db81393ae6a67b103ff4d482a88608d00eb9e93a8a3d0b7",
    ),
    (
        (
            2,
            "2026-11-02 01:30:15.000001+00:00",
            "admin",
            "新增合同",
            "contracts",
            7,
            None,
            None,
            'HT-"1"\n',
        ),
        "04342ca1f0c9c21e46131deb05ac1e6544566e9991b6dd70d58c633f707dbc28",
    ),
    (
        (
            3,
            datetime(2026, 11, 2, 17, 30, 15, tzinfo=timezone(timedelta(hours=8))),
            "系统",
            "登录",
            "users",
            None,
            "",
            "",
            "",
        ),
        "98f8aa3d5bfe7ccea2b781cd8bc36cd37169f991ea0b8e122cf7034ddac61cfc",
    ),
]


def test_a_record_hashes_as_it_was_sealed_before():
    previous = GENESIS
    for fields, sealed in RECORDS:
        assert chain_hash(previous, (*fields, previous, sealed)) == sealed
        previous = sealed


def test_the_same_moment_in_any_zone_hashes_alike():
    fields, sealed = RECORDS[2]
    in_utc = fields[1].astimezone(UTC)
    assert chain_hash(RECORDS[1][1], (fields[0], in_utc, *fields[2:])) == sealed
