"""Alembic migrations shipped inside the package, found by absolute path (works when frozen)."""

from pathlib import Path

from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_to(engine: Engine, revision: str) -> None:
    """Apply migrations up to a revision, in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def upgrade_to_head(engine: Engine) -> None:
    upgrade_to(engine, "head")
