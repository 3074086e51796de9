"""Interface language (界面语言): Chinese by default, English from a compiled Qt translation."""

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from hrdesk.ui.resources import resource_path

LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def chosen_language() -> str:
    language = QSettings().value("language", DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


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
