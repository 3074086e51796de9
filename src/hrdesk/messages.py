"""Messages to the user in their language: Chinese in the code, English from a gettext catalogue.

Every floor may import this (it needs only the standard library). A message is marked where it
is written, with its values as named placeholders, and translated as a template:

    raise BadInput(_("第{row}行 {column}：{reason}").format(row=row, column=column, reason=reason))

The language is chosen once at start (`use_language`): the command line's `--lang zh|en`, else
the HRDESK_LANG environment variable, else the window's saved choice (设置 → 界面语言), else
Chinese. The catalogue is resources/locale/en/LC_MESSAGES/hrdesk.po, compiled to hrdesk.mo
beside it by scripts/update_messages.py; tests/test_messages.py fails on a message without
English or an English entry no code uses.
"""

import configparser
import gettext
import os
import sys
from pathlib import Path

LOCALE = Path(__file__).resolve().parent / "resources" / "locale"
DOMAIN = "hrdesk"
LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
# The window keeps its choice in QSettings (organisation and application "hrdesk", key
# "language", "zh_CN" or "en"); these two places are where Qt's native format stores it.
_SAVED_KEY = "language"
_WINDOWS_KEY = r"Software\hrdesk\hrdesk"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = DEFAULT_LANGUAGE


def _(message: str) -> str:
    """The message in the chosen language; the Chinese itself when there is no translation."""
    return _translations.gettext(message)


def language() -> str:
    """The language messages are in now: "zh" or "en"."""
    return _language


def short_code(code: str | None) -> str | None:
    """ "zh", "zh_CN", "zh-CN" → "zh"; "en", "en_US" → "en"; anything else → None."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split("_", 1)[0].lower()
    return base if base in LANGUAGES else None


def saved_language() -> str | None:
    """The language chosen in the window's 设置, read without Qt (the command line starts fast)."""
    try:
        if sys.platform == "win32":
            import winreg

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _WINDOWS_KEY) as key:
                return short_code(str(winreg.QueryValueEx(key, _SAVED_KEY)[0]))
        config_home = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(Path(config_home) / "hrdesk" / "hrdesk.conf", encoding="utf-8")
        return short_code(parser.get("General", _SAVED_KEY, fallback=None))
    except (OSError, configparser.Error):
        return None


def chosen_language(option: str | None = None) -> str:
    """`--lang` if given, else HRDESK_LANG, else the window's saved choice, else Chinese."""
    for code in (option, os.environ.get("HRDESK_LANG")):
        if short_code(code):
            return short_code(code)
    return saved_language() or DEFAULT_LANGUAGE


def use_language(code: str) -> str:
    """Speak `code` ("zh", "zh_CN", "en") from now on; an unknown code means Chinese.

    The command line calls it once with `chosen_language(args.lang)`; the window calls it at
    start with its own language (ui.i18n.chosen_language()), so a service's refusal reads in
    the language of the window around it.
    """
    global _translations, _language
    _language = short_code(code) or DEFAULT_LANGUAGE
    if _language == DEFAULT_LANGUAGE:
        _translations = gettext.NullTranslations()
    else:
        _translations = gettext.translation(DOMAIN, LOCALE, [_language], fallback=True)
    return _language
