"""The services' and command line's messages in English: each one translated, the catalogue
compiled, and `--lang` / HRDESK_LANG / the window's saved choice choosing the language."""

import ast
import gettext
import os
import string
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from hrdesk import messages
from hrdesk.services import auth
from hrdesk.services.auth import AccountError

PACKAGE = Path(messages.__file__).resolve().parent
CATALOGUE = messages.LOCALE / "en" / "LC_MESSAGES" / "hrdesk.po"
UPDATE = "run `PYTHONPATH=src python scripts/update_messages.py` and write the English"


def code_messages() -> set[str]:
    """Every `_()` template and Phrase template outside ui/ (whose strings are Qt's); either of
    anything but a literal fails, since a formatted string cannot be looked up."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "Phrase"):
                argument = node.args[0]
                assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), (
                    f"{path.name}:{node.lineno}: a literal template, not a formatted string"
                )
                found.add(argument.value)
    return found


def catalogue() -> dict[str, str]:
    with CATALOGUE.open("rb") as file:
        return {entry.id: entry.string for entry in read_po(file) if entry.id}


def placeholders(template: str) -> set[tuple]:
    return {
        (name, conversion, spec)
        for _text, name, spec, conversion in string.Formatter().parse(template)
        if name is not None
    }


@pytest.fixture
def english():
    yield messages.use_language("en")
    messages.use_language("zh")


def test_every_message_in_the_code_has_english():
    english = catalogue()
    assert sorted(m for m in code_messages() if not english.get(m)) == [], UPDATE


def test_the_catalogue_holds_no_message_the_code_no_longer_says():
    assert sorted(set(catalogue()) - code_messages()) == [], UPDATE


def test_english_keeps_every_placeholder_of_the_chinese():
    wrong = {
        chinese: english
        for chinese, english in catalogue().items()
        if placeholders(chinese) != placeholders(english)
    }
    assert wrong == {}


def test_the_compiled_catalogue_is_the_po_file():
    with CATALOGUE.with_suffix(".mo").open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    stale = [m for m, english in catalogue().items() if compiled.gettext(m) != english]
    assert stale == [], UPDATE


def test_chinese_unless_asked_otherwise(monkeypatch, tmp_path):
    monkeypatch.delenv("HRDESK_LANG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no saved choice
    assert messages.chosen_language() == "zh"
    assert messages._("没有这张应收单") == "没有这张应收单"


@pytest.mark.skipif(sys.platform == "win32", reason="the window's choice is in the registry")
def test_option_over_environment_over_the_windows_saved_choice(monkeypatch, tmp_path):
    (tmp_path / "hrdesk").mkdir()
    (tmp_path / "hrdesk" / "hrdesk.conf").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("HRDESK_LANG")
    assert messages.chosen_language() == "en"
    monkeypatch.setenv("HRDESK_LANG", "zh_CN")
    assert messages.chosen_language() == "zh"
    assert messages.chosen_language("en") == "en"


def test_a_service_refusal_in_english_under_hrdesk_lang(monkeypatch, database):
    monkeypatch.setenv("HRDESK_LANG", "en")
    try:
        messages.use_language(messages.chosen_language())
        with database.sessions() as session:
            with pytest.raises(AccountError, match=r"^The user name must not be empty$"):
                auth.create_administrator(session, " ", "管理员", "secret-123", "secret-123")
            refused = auth.authenticate(session, "nobody", "wrong")
    finally:
        messages.use_language("zh")
    assert refused.message == "Wrong user name or password"


def test_a_domain_rules_note_in_english(english):
    from hrdesk.domain.iit import bonus_with_wages  # a domain rule's note, not only refusals

    assert bonus_with_wages(date(2028, 1, 1), Decimal(5000), False, False) == (
        True,
        "Separate taxation of the annual one-off bonus ends on 31 December 2027; "
        "this bonus is taxed with the month's wages",
    )


def hrdesk(*args: str, **environment: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("HRDESK_DB", "HRDESK_LANG")}
    return subprocess.run(
        [sys.executable, "-m", "hrdesk", *args],
        capture_output=True,
        text=True,
        env=env | environment,
        timeout=120,
    )


def test_the_command_line_refuses_in_english_with_lang_en(tmp_path):
    result = hrdesk("--lang", "en", "demo-data", XDG_CONFIG_HOME=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "hrdesk: usage error: demo-data needs --db naming the demo database file to create"
        " (or HRDESK_DB)"
    )


def test_the_command_line_takes_hrdesk_lang_and_otherwise_speaks_chinese(tmp_path):
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"")
    english = hrdesk("demo-data", "--db", str(taken), HRDESK_LANG="en")
    chinese = hrdesk("demo-data", "--db", str(taken), XDG_CONFIG_HOME=str(tmp_path))
    assert (english.returncode, chinese.returncode) == (1, 1)
    assert english.stderr.strip() == (
        f"Error: {taken} already exists; demo data is only written to a new file"
    )
    assert chinese.stderr.strip() == f"错误：{taken} 已存在；演示数据只写入新文件"
