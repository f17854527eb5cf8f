"""Het gesprek van een vastgesteld niveau: the record of one earlier interview, read-only.

Opened from a person's competence record ("Gesprek openen"): the kind, date and team lead, the
levels before it, the self-assessment and what it agreed, the answers, the agreements, the
outcome of a beoordelingsgesprek and the next conversation planned. The record is read off the
GUI thread; the dialog shows "Laden…" until it arrives.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from competentieplanner.domain.model import InterviewKind
from competentieplanner.services.interview import InterviewRecordView
from competentieplanner.ui import formatting
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.interview.labels import kind_label
from competentieplanner.ui.operations import conversations as operations


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewRecord", text)


def _kind(value: str) -> str:
    try:
        return kind_label(InterviewKind(value))
    except ValueError:
        return value


def _level(levels: dict[str, int], code: str) -> str:
    return str(levels[code]) if code in levels else "–"


def record_html(view: InterviewRecordView) -> str:
    """The interview as the dialog shows it (and a test reads it)."""
    s = view.summary
    names = dict(view.competencies)
    parts = [
        "<h3>"
        + escape(
            _tr("{kind} van {date} met {lead}").format(
                kind=_kind(s.kind), date=formatting.date(s.held_on), lead=s.team_lead or "–"
            )
        )
        + "</h3>",
        "<p>" + escape(_tr("Medewerker: {name}").format(name=view.employee_name)) + "</p>",
    ]
    if view.competencies:
        head = "".join(
            f"<th align='left'>{escape(t)}</th>"
            for t in (_tr("Competentie"), _tr("Voor"), _tr("Zelf"), _tr("Vastgesteld"))
        )
        rows = "".join(
            f"<tr><td>{escape(name)}</td><td>{_level(view.levels.before, code)}</td>"
            f"<td>{_level(view.levels.self_levels, code)}</td>"
            f"<td><b>{_level(view.levels.after, code)}</b></td></tr>"
            for code, name in view.competencies
        )
        parts.append(f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>")
    if s.unscored:
        parts.append(
            "<p>"
            + escape(
                _tr("Niet gescoord: {codes}").format(
                    codes=", ".join(names.get(code, code) for code in s.unscored)
                )
            )
            + "</p>"
        )
    for answer in s.answers:
        rating = f" ({answer.rating}/5)" if answer.rating else ""
        prepared = (
            f"<i>{escape(_tr('Voorbereiding medewerker:'))}</i> {escape(answer.prepared)}<br>"
            if answer.prepared
            else ""
        )
        parts.append(
            f"<p><b>{escape(answer.question)}</b><br>{prepared}{escape(answer.answer)}{rating}</p>"
        )
    if s.agreements:
        parts.append(
            f"<p><b>{escape(_tr('Afspraken'))}</b><br>"
            + escape(s.agreements).replace("\n", "<br>")
            + "</p>"
        )
    if s.judgement:
        outcome = _tr("Eindoordeel: {judgement}").format(judgement=formatting.word(s.judgement))
        if s.employee_response:
            outcome += " · " + _tr("medewerker: {response}").format(
                response=formatting.word(s.employee_response)
            )
        parts.append(f"<p>{escape(outcome)}</p>")
    if s.next_on is not None:
        parts.append(
            "<p>"
            + escape(
                _tr("Volgend gesprek: {kind} op {date}").format(
                    kind=_kind(s.next_kind), date=formatting.date(s.next_on)
                )
            )
            + "</p>"
        )
    return "".join(parts)


class InterviewRecordDialog(QDialog):
    """One interview held earlier, as it was closed."""

    def __init__(
        self, context: AppContext, personnel_number: str, interview_id: int, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gesprek"))
        self.view: InterviewRecordView | None = None
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Verslag van het gesprek"))
        self.text.setPlainText(self.tr("Laden…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        operations.load_interview_record(
            context,
            self,
            title=self.tr("Gesprek openen"),
            personnel_number=personnel_number,
            interview_id=interview_id,
            on_done=self._show,
        )

    def _show(self, view: InterviewRecordView) -> None:
        self.view = view
        self.setWindowTitle(
            self.tr("Gesprek van {date} · {name}").format(
                date=formatting.date(view.summary.held_on), name=view.employee_name
            )
        )
        self.text.setHtml(record_html(view))
