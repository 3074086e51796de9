"""Interface language (界面语言): Chinese by default, English from a compiled Qt translation."""

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from hrdesk.ui.resources import resource_path

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
# `hrdesk --lang zh|en`: this run's language, over the one chosen in 设置.
COMMAND_LINE_LANGUAGES = {"zh": "zh_CN", "en": "en"}
_this_run: str | None = None


def chosen_language() -> str:
    if _this_run is not None:
        return _this_run
    language = QSettings().value("language", DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def use_language_this_run(option: str | None) -> None:
    """`--lang`: speak this language until the window closes, leaving 设置's choice alone."""
    global _this_run
    _this_run = COMMAND_LINE_LANGUAGES[option] if option else None


def choose_language(language: str) -> None:
    QSettings().setValue("language", language)


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Source strings are Chinese; only other languages need a translation file."""
    if language == DEFAULT_LANGUAGE:
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path(f"translations/hrdesk_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None
