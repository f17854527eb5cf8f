"""Languages: Dutch is the source language; English comes from resources/translations/*.qm.

Qt's own ``qtbase_<lang>.qm`` is installed too, so standard dialogs (file dialogs, message box
buttons) speak the same language as the rest of the application.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from competentieplanner import paths

#: Language code -> name shown in the menu (each in its own language).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
SETTING_KEY = "ui/language"

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def configured_language(settings: QSettings) -> str:
    value = str(settings.value(SETTING_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_configured_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    settings.setValue(SETTING_KEY, language)


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Replace the installed translators by those for ``language``; returns what was loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
        loaded.append(f"qtbase_{language}")
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"competentieplanner_{language}", translations_dir()):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded.append(f"competentieplanner_{language}")
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    return loaded
