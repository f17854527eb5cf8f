"""Building blocks of the interview screen: the step indicator, level cards, readiness chips
and the base class of a step."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.model import Readiness
from competentieplanner.ui import formatting, theme
from competentieplanner.ui.interview.session import InterviewSession
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP

#: The six steps, as the indicator names them (order = InterviewDraft.step).
STEP_TITLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("StepIndicator", "Voorbereiden"),
    QT_TRANSLATE_NOOP("StepIndicator", "Gesprek"),
    QT_TRANSLATE_NOOP("StepIndicator", "Scoren"),
    QT_TRANSLATE_NOOP("StepIndicator", "Richting"),
    QT_TRANSLATE_NOOP("StepIndicator", "Afspraken"),
    QT_TRANSLATE_NOOP("StepIndicator", "Afronden"),
)


def step_title(step: int) -> str:
    return QCoreApplication.translate("StepIndicator", STEP_TITLES[step])


def blend(first: QColor, second: QColor, share: float) -> QColor:
    """``share`` of ``second`` mixed into ``first`` (for a tint that follows the palette)."""
    return QColor(
        round(first.red() * (1 - share) + second.red() * share),
        round(first.green() * (1 - share) + second.green() * share),
        round(first.blue() * (1 - share) + second.blue() * share),
    )


class StepPage(QWidget):
    """One step of the conversation. ``refresh`` rebuilds it from the session (another person,
    a resumed draft); ``enter`` runs every time the step is shown."""

    heading = ""

    def __init__(self, session: InterviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def refresh(self) -> None:
        """Show the session's person and draft."""

    def enter(self) -> None:
        """The step becomes visible: recompute what depends on other steps."""


class StepIndicator(QWidget):
    """'1 Voorbereiden · 2 Gesprek · …' at the top; the current step stands out, any step can be
    chosen with the mouse or the keyboard."""

    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QToolButton] = []
        for index in range(len(STEP_TITLES)):
            if index:
                dot = QLabel("·", self)
                dot.setAccessibleName("")
                layout.addWidget(dot)
            label = step_title(index)
            button = QToolButton(self)
            button.setObjectName("interviewStep")
            button.setText(f"{index + 1}  {label}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(self.tr("Stap {n}: {name}").format(n=index + 1, name=label))
            button.setFont(theme.scaled_font(button.font(), 1.1))
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self.step_chosen.emit)
        self.setStyleSheet(
            "QToolButton#interviewStep { padding: 6px 12px; border-radius: 14px; }"
            "QToolButton#interviewStep:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold; }"
        )

    def set_current(self, step: int) -> None:
        self.buttons[step].setChecked(True)

    def set_enabled_steps(self, enabled: set[int]) -> None:
        for index, button in enumerate(self.buttons):
            button.setEnabled(index in enabled)


class LevelCard(QFrame):
    """One level of a competency: its number, label and behavioural indicator. Clicking it (or
    Space/Enter when it has focus) chooses it, like a radio button with a lot of text."""

    clicked = Signal()

    def __init__(
        self, level: int, label: str, indicator: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.level = level
        self._selected = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.title = QLabel(f"{level} · {label}", self)
        self.title.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        self.title.setWordWrap(True)
        self.text = QLabel(indicator or self.tr("(geen gedragsindicator vastgelegd)"), self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.marks = QLabel("", self)
        self.marks.setTextFormat(Qt.TextFormat.RichText)
        self.marks.setWordWrap(True)
        self.marks.setFont(theme.scaled_font(self.font(), 0.9, bold=True))
        self.marks.hide()
        for child in (self.title, self.text, self.marks):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(child)
        layout.addStretch(1)
        self.setAccessibleName(f"{level} {label}")
        self.setAccessibleDescription(indicator)

    def set_marks(self, marks: list[str]) -> None:
        """Small notes such as 'zelfbeoordeling' or 'vorige afspraak' at the bottom of the card."""
        # A colour in the text itself: a palette set on a label can be replaced when the
        # application style sheet polishes it.
        colour = theme.accent(self.palette()).name()
        text = " &nbsp;".join(
            "●&nbsp;" + html.escape(mark).replace(" ", "&nbsp;") for mark in marks
        )
        self.marks.setText(f'<span style="color:{colour}">{text}</span>')
        self.marks.setVisible(bool(marks))
        base = self.accessibleName().split(" (")[0]
        self.setAccessibleName(f"{base} ({', '.join(marks)})" if marks else base)

    def is_selected(self) -> bool:
        return self._selected

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        accent = theme.accent(palette)
        base = palette.color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        if self._selected:
            painter.setBrush(blend(base, accent, 0.16))
            painter.setPen(QPen(accent, 2.5))
        else:
            painter.setBrush(base)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRoundedRect(rect, 6, 6)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)
        painter.end()


class ReadinessChip(QLabel):
    """'78,5 % · ontwikkelbaar' on the readiness colour (readable in light and dark schemes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMargin(4)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)

    def show_fit(self, fit_pct: float | None, readiness: Readiness | None) -> None:
        if fit_pct is None or readiness is None:
            self.setText("–")
        else:
            self.setText(f"{dutch_number(fit_pct)} % · {formatting.word(readiness.value)}")
        colors = theme.readiness_colors(readiness)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, colors.background)
        palette.setColor(QPalette.ColorRole.WindowText, colors.foreground)
        self.setPalette(palette)
        self.setAccessibleName(self.text())


def dutch_number(value: float, decimals: int = 1) -> str:
    """87.5 -> '87,5'; whole numbers without decimals."""
    if float(value).is_integer():
        return f"{int(value)}"
    return f"{value:.{decimals}f}".replace(".", ",")


def euro(amount: object) -> str:
    """€ 1.234,50 (Dutch grouping); whole euros without cents."""
    from decimal import Decimal

    from competentieplanner.ui import formatting

    return formatting.money(Decimal(str(amount)))


def muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, theme.muted_text_color(label))
    label.setPalette(palette)
    return label


def heading_label(text: str, parent: QWidget | None = None, factor: float = 1.3) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(theme.scaled_font(label.font(), factor, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
