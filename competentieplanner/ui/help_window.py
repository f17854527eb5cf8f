"""The manual inside the application: docs/ui.md, interview.md and scoring.md in a QTextBrowser.

F1 opens it at the section of the current screen. The Markdown files are read from
``paths.docs_dir()`` (the checkout, or the bundle: build_installer.spec ships them), so the
manual in the application is the one in the repository; links between the files and the
screenshots resolve relative to that folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QShowEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from competentieplanner import paths

#: The manual's files, in the order of the contents list; the titles are translated.
DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("ui.md", str(QT_TRANSLATE_NOOP("HelpWindow", "Handleiding"))),
    ("interview.md", str(QT_TRANSLATE_NOOP("HelpWindow", "Het ontwikkelgesprek"))),
    ("scoring.md", str(QT_TRANSLATE_NOOP("HelpWindow", "Hoe er gerekend wordt"))),
)

#: Screen key (ui/pages.py) -> (file, heading text) of its section: the context help of F1.
SCREEN_SECTIONS: dict[str, tuple[str, str]] = {
    "overview": ("ui.md", "Overzicht"),
    "employees": ("ui.md", "Medewerkers"),
    "teams": ("ui.md", "Teams"),
    "profiles": ("ui.md", "Profielen & competenties"),
    "catalogue": ("ui.md", "Opleidingen"),
    "plans": ("ui.md", "Plannen"),
    "interview": ("interview.md", "Het ontwikkelgesprek (Gesprekken)"),
    "reports": ("ui.md", "Rapportages"),
    "formation": ("ui.md", "Formatie"),
    "audit": ("ui.md", "Auditlog"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpWindow", text)


def document_path(name: str) -> Path:
    return paths.docs_dir() / name


def headings(document: QTextDocument) -> dict[str, int]:
    """Heading text -> position in the document (the first heading of that text wins)."""
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            found.setdefault(block.text().strip(), block.position())
        block = block.next()
    return found


class HelpWindow(QDialog):
    """A non-modal window with the contents on the left and the text on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Handleiding – Competentieplanner"))
        self.resize(900, 640)
        layout = QHBoxLayout(self)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(_tr("Inhoud van de handleiding"))
        self.contents.setMaximumWidth(220)
        for name, title in DOCUMENTS:
            item = QListWidgetItem(_tr(title), self.contents)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(_tr("Tekst van de handleiding"))
        self.browser.setSearchPaths([str(paths.docs_dir())])
        column = QVBoxLayout()
        column.addWidget(self.browser)
        layout.addWidget(self.contents)
        layout.addLayout(column, 1)
        self.contents.currentRowChanged.connect(self._open_row)
        self.current_document = ""
        self._pending_position: int | None = None

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(DOCUMENTS):
            self._pending_position = None
            self.open_document(DOCUMENTS[row][0])

    def open_document(self, name: str) -> bool:
        """Show one file of the manual; False (with a message in the window) when it is absent."""
        path = document_path(name)
        if not path.is_file():
            self.browser.setPlainText(
                _tr("De handleiding {name} is niet gevonden in {folder}.").format(
                    name=name, folder=str(path.parent)
                )
            )
            self.current_document = ""
            return False
        if self.current_document != name:
            self.browser.setSource(
                QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
            )
            self.current_document = name
        names = [n for n, _ in DOCUMENTS]
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(names.index(name) if name in names else -1)
        self.contents.blockSignals(False)
        return True

    def show_section(self, name: str, heading: str) -> bool:
        """Open ``name`` and scroll so that ``heading`` is the first line shown."""
        if not self.open_document(name):
            return False
        position = headings(self.browser.document()).get(heading)
        if position is None:
            return False
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        self._pending_position = position
        if self.isVisible():
            self._scroll_to_pending()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The scroll range exists only once the text is laid out in a shown window.
        QTimer.singleShot(0, self._scroll_to_pending)

    def _scroll_to_pending(self) -> None:
        if self._pending_position is None:
            return
        document = self.browser.document()
        top = (
            document.documentLayout()
            .blockBoundingRect(document.findBlock(self._pending_position))
            .top()
        )
        self.browser.verticalScrollBar().setValue(int(top))

    def show_screen(self, key: str | None) -> None:
        """Context help: the section of screen ``key``, else the start of the manual."""
        section = SCREEN_SECTIONS.get(key or "")
        if section is None or not self.show_section(*section):
            self.open_document(DOCUMENTS[0][0])
            self._pending_position = 0
            self._scroll_to_pending()

    def visible_heading(self) -> str:
        """The heading at or above the first line shown (what the user reads now)."""
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        block = cursor.block()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.previous()
        return block.text().strip() if block.isValid() else ""
