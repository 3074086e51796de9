"""The schema revisions this build knows, so start-up can check the version without Alembic."""

# Oldest first; a test keeps this list equal to the Alembic scripts in migrations/versions.
SCHEMA_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0014",
    "0015",
    "0017",
    "0018",
    "0019",
)
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
