"""Languages: Dutch is the source language; English comes from resources/translations/*.qm.

Qt's own ``qtbase_<lang>.qm`` is installed too, so standard dialogs (file dialogs, message box
buttons) speak the same language as the rest of the application. File dialogs are Qt's own,
not the platform's: a native (GTK, portal, Windows) dialog speaks the language of the operating
system, so a Dutch application on an English system showed "Look in" and "Files of type".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from competentieplanner import paths

#: Language code -> name shown in the menu (each in its own language).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
SETTING_KEY = "ui/language"

_installed: list[QTranslator] = []

#: Texts of Qt's own dialogs that qtbase_nl.qm lacks (Qt 6 added the mnemonics later than the
#: Dutch translation): (context, source) -> Dutch.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
    }
}


class _GapTranslator(QTranslator):
    """Answers only for the texts in ``QT_GAPS``; every other text falls through to qtbase."""

    def __init__(self, texts: dict[tuple[str, str], str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._texts = texts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's null string: "not mine", so the next translator is asked ("" would win).
        return self._texts.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


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
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
        loaded.append(f"qtbase_{language}")
    if language in QT_GAPS:
        gaps = _GapTranslator(QT_GAPS[language], app)
        app.installTranslator(gaps)
        _installed.append(gaps)
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
