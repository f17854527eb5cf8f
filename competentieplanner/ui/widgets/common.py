"""Small building blocks every screen uses: headers, cards, empty states, key figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from competentieplanner.ui import theme


class PageTitle(QLabel):
    """The large title at the top of a screen."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFont(theme.scaled_font(self.font(), 1.6, bold=True))
        self.setAccessibleName(text)


class SectionHeader(QLabel):
    """A section title inside a screen: larger, bold, with an accent-coloured rule below."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.setContentsMargins(0, 6, 0, 6)
        self.setAccessibleName(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(0, self.height() - 3, 36, 2, theme.accent(self.palette()))
        painter.end()


class Hint(QLabel):
    """Secondary, wrapped explanatory text in the muted colour of the palette."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.muted_text_color(self))
        self.setPalette(palette)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class EmptyState(QLabel):
    """Shown instead of an empty table: one helpful sentence on what to do."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(24)
        self.setFont(theme.scaled_font(self.font(), 1.1))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.muted_text_color(self))
        self.setPalette(palette)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)


class Card(QFrame):
    """A framed panel on the base colour, for grouping a section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        self.body.setSpacing(theme.SPACING)


class KeyFigure(Card):
    """A big number with a caption, e.g. '38' over 'beleidsadviseurs'."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("–", self)
        self.value.setFont(theme.scaled_font(self.font(), 2.0, bold=True))
        palette = self.value.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.accent(palette))
        self.value.setPalette(palette)
        self.caption = Hint(caption, self)
        self.body.addWidget(self.value)
        self.body.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str, detail: str = "") -> None:
        self.value.setText(text)
        self.value.setAccessibleName(f"{self.caption.text()}: {text}")
        if detail:
            self.setToolTip(detail)
