"""Help ▸ Over Competentieplanner: version, and the licences of bundled libraries and fonts."""

from __future__ import annotations

import html
import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from competentieplanner import __version__, paths
from competentieplanner.ui import theme
from competentieplanner.ui.icons import app_icon

#: (distribution name, shown name, licence). The versions are read from the installation.
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python (PySide6) en Qt", "LGPLv3"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
    ("reportlab", "ReportLab Toolkit", "BSD"),
    ("highspy", "HiGHS (highspy)", "MIT"),
    ("defusedxml", "defusedxml", "PSF-licentie"),
    ("lxml", "lxml", "BSD"),
)


def library_rows() -> list[tuple[str, str, str]]:
    """(name, installed version or '–', licence) for every bundled library."""
    rows = []
    for distribution, name, licence in LIBRARIES:
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            version = pyside_version if distribution.startswith("PySide6") else "–"
        rows.append((name, version, licence))
    return rows


def font_licence_text() -> str | None:
    """The licence of the bundled fonts, or None when this build bundles no fonts."""
    path = paths.resources_dir() / "fonts" / "LICENSE-DejaVu.txt"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "Over Competentieplanner"))
        self.setWindowIcon(app_icon())
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN * 2, theme.MARGIN
        )

        head = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAccessibleName(QCoreApplication.translate("AboutDialog", "Logo"))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            "<b style='font-size:large'>Competentieplanner</b><br>"
            + QCoreApplication.translate("AboutDialog", "Versie {version}").format(
                version=__version__
            )
            + "<br>"
            + QCoreApplication.translate(
                "AboutDialog",
                "Competenties, toekomstprofielen en opleidingspaden voor het sociaal domein "
                "van gemeenten.",
            ),
            self,
        )
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(title, 1)
        self.title_label = title
        layout.addLayout(head)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(QCoreApplication.translate("AboutDialog", "Informatie"))
        self.tabs.addTab(
            self._text_tab(self._about_html()), QCoreApplication.translate("AboutDialog", "Over")
        )
        self.tabs.addTab(
            self._text_tab(self._libraries_html()),
            QCoreApplication.translate("AboutDialog", "Bibliotheken"),
        )
        self.tabs.addTab(
            self._text_tab(self._fonts_html()),
            QCoreApplication.translate("AboutDialog", "Lettertypen"),
        )
        layout.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _text_tab(self, content: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenExternalLinks(True)
        browser.setHtml(content)
        browser.setAccessibleName(QCoreApplication.translate("AboutDialog", "Tekst"))
        return browser

    @staticmethod
    def _about_html() -> str:
        return (
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "AboutDialog",
                    "Licentie van Competentieplanner: EUPL-1.2. De referentiegegevens "
                    "(competentiekaders, profielen, opleidingscatalogus) zijn startwaarden "
                    "die HR in de toepassing aanpast.",
                )
            )
            + "</p><p>"
            + html.escape(
                QCoreApplication.translate("AboutDialog", "Gegevensmap: {path}").format(
                    path=str(paths.user_data_dir())
                )
            )
            + "</p><p>"
            + html.escape(
                f"Python {platform.python_version()} · PySide6 {pyside_version} · "
                f"{platform.system()} {platform.release()}"
            )
            + "</p>"
        )

    @staticmethod
    def _libraries_html() -> str:
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(version)}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for name, version, licence in library_rows()
        )
        return (
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "AboutDialog", "Competentieplanner gebruikt deze open-sourcebibliotheken:"
                )
            )
            + "</p><table cellpadding='4'><tr><th align='left'>"
            + html.escape(QCoreApplication.translate("AboutDialog", "Bibliotheek"))
            + "</th><th align='left'>"
            + html.escape(QCoreApplication.translate("AboutDialog", "Versie"))
            + "</th><th align='left'>"
            + html.escape(QCoreApplication.translate("AboutDialog", "Licentie"))
            + f"</th></tr>{rows}</table><p>"
            + html.escape(
                QCoreApplication.translate(
                    "AboutDialog",
                    "Qt en PySide6 worden onder de LGPLv3 gebruikt als losse, vervangbare "
                    "bibliotheken; de broncode is te vinden op qt.io.",
                )
            )
            + "</p>"
        )

    @staticmethod
    def _fonts_html() -> str:
        text = font_licence_text()
        if text is None:
            return (
                "<p>"
                + html.escape(
                    QCoreApplication.translate(
                        "AboutDialog", "Deze uitgave bevat geen meegeleverde lettertypen."
                    )
                )
                + "</p>"
            )
        return (
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "AboutDialog",
                    "De PDF-rapporten gebruiken het meegeleverde lettertype DejaVu Sans:",
                )
            )
            + "</p><pre style='white-space: pre-wrap'>"
            + html.escape(text)
            + "</pre>"
        )
