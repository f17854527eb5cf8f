"""Extra ▸ Instellingen ▸ Bewaartermijnen: how long each kind of personal data is kept.

Per kind the term in months (as the policy stores it), the documented default and the source it
follows, so HR can weigh it against the municipality's own selectielijst. Only beheerder and hr
change the terms (the right that also removes data past them); all changes are saved together.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from competentieplanner.domain.access import Action
from competentieplanner.domain.errors import ConflictError, UserError
from competentieplanner.domain.retention import MAX_MONTHS, TERMS
from competentieplanner.services.privacy.retention import TermSetting
from competentieplanner.ui import tasks
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations import privacy as operations
from competentieplanner.ui.permissions import guard
from competentieplanner.ui.widgets.common import Hint

# The labels, starting points and sources come from ``domain.retention.TERMS`` (Dutch); listed
# here so lupdate offers them for translation. A test checks that both lists agree.
TERM_TEXTS = (
    QT_TRANSLATE_NOOP("RetentionTerm", "Concepten van gesprekken"),
    QT_TRANSLATE_NOOP("RetentionTerm", "de laatste wijziging van het concept"),
    QT_TRANSLATE_NOOP(
        "RetentionTerm",
        "Eigen beleid: een concept dat een half jaar niet is bijgewerkt, is een afgebroken "
        "gesprek; het vastgelegde gesprek is de bron, niet het concept.",
    ),
    QT_TRANSLATE_NOOP(
        "RetentionTerm", "Verslagen van ontwikkelgesprekken (antwoorden en afspraken)"
    ),
    QT_TRANSLATE_NOOP("RetentionTerm", "de datum van het gesprek"),
    QT_TRANSLATE_NOOP(
        "RetentionTerm",
        "Eigen beleid: drie jaarlijkse gesprekscycli laten de ontwikkeling zien; oudere "
        "verslagen zijn voor het doel (ontwikkeling) niet meer nodig (AVG art. 5.1.e).",
    ),
    QT_TRANSLATE_NOOP("RetentionTerm", "Beoordelingen van competenties (met toelichting)"),
    QT_TRANSLATE_NOOP(
        "RetentionTerm",
        "de datum van de beoordeling; de laatste van elke soort blijft staan",
    ),
    QT_TRANSLATE_NOOP(
        "RetentionTerm",
        "Eigen beleid: vijf jaar geeft de ontwikkellijn; de laatste zelf-, leidinggevende- "
        "en vastgestelde beoordeling blijven nodig voor het huidige beeld.",
    ),
    QT_TRANSLATE_NOOP("RetentionTerm", "Vervangen versies van ontwikkelplannen"),
    QT_TRANSLATE_NOOP("RetentionTerm", "de datum waarop een nieuwere versie het plan verving"),
    QT_TRANSLATE_NOOP(
        "RetentionTerm",
        "Eigen beleid, gelijk aan de gespreksverslagen; de geldende versie blijft zolang de "
        "medewerker in dienst is.",
    ),
    QT_TRANSLATE_NOOP(
        "RetentionTerm", "Personeelsgegevens van medewerkers uit dienst (met alles over hen)"
    ),
    QT_TRANSLATE_NOOP("RetentionTerm", "de datum uit dienst"),
    QT_TRANSLATE_NOOP(
        "RetentionTerm",
        "Autoriteit Persoonsgegevens, personeelsdossier: de meeste gegevens tot 2 jaar na "
        "het einde van het dienstverband. Toets aan de selectielijst gemeenten en het "
        "archiefbeleid van de gemeente.",
    ),
)


def term_text(dutch: str) -> str:
    """A label, starting point or source of a retention term, in the language of the screens."""
    return QCoreApplication.translate("RetentionTerm", dutch)


class RetentionPage(QWidget):
    """The terms, loaded off the GUI thread; :meth:`save` stores what the user changed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editors: dict[str, QSpinBox] = {}
        self.defaults: dict[str, Hint] = {}
        self.loaded: dict[str, TermSetting] = {}
        self.message_box: QMessageBox | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.addWidget(
            Hint(
                self.tr(
                    "Hoe lang Competentieplanner persoonsgegevens bewaart. De standaarden zijn "
                    "een startpunt: toets ze aan de selectielijst gemeenten en het eigen "
                    "archiefbeleid. Niets wordt vanzelf verwijderd: Extra ▸ Te "
                    "verwijderen gegevens toont wat over de termijn is en verwijdert het pas "
                    "na uw bevestiging."
                ),
                content,
            )
        )
        form = QFormLayout()
        for term in TERMS:
            label_text = term_text(term.label)
            editor = QSpinBox(content)
            editor.setRange(1, MAX_MONTHS)
            editor.setSuffix(self.tr(" maanden"))
            editor.setObjectName(term.setting_key)
            editor.setAccessibleName(label_text)
            label = QLabel(label_text + ":", content)
            label.setWordWrap(True)
            label.setBuddy(editor)
            form.addRow(label, editor)
            default = Hint(
                self._default_text(term.default_months, term.counts_from, term.source), content
            )
            form.addRow("", default)
            editor.setAccessibleDescription(default.text())
            self.editors[term.kind] = editor
            self.defaults[term.kind] = default
        layout.addLayout(form)
        layout.addStretch(1)
        guard(context, Action.ADD_REMOVE_STAFF, *self.editors.values())
        self.load()

    def _default_text(self, months: int, counts_from: str, source: str) -> str:
        years = self.tr(" ({years} jaar)").format(years=months // 12) if months % 12 == 0 else ""
        text = self.tr("Standaard {months} maanden{years}, gerekend vanaf {start}. Bron: {source}")
        return text.format(
            months=months, years=years, start=term_text(counts_from), source=term_text(source)
        )

    def load(self) -> None:
        """Read the terms and their versions (again after a conflict)."""
        self.setEnabled(False)
        operations.load_terms(
            self.context, self, title=self.tr("Bewaartermijnen"), on_done=self._show
        )

    def _show(self, terms: list[TermSetting]) -> None:
        self.loaded = {term.kind: term for term in terms}
        for term in terms:
            self.editors[term.kind].setValue(term.months)
        self.setEnabled(True)

    def changes(self) -> dict[str, tuple[object, int]]:
        """``{kind: (months, version shown)}`` of the terms the user changed."""
        return {
            kind: (self.editors[kind].value(), term.version)
            for kind, term in self.loaded.items()
            if self.editors[kind].value() != term.months
        }

    def save(self, then: Callable[[], None]) -> None:
        """Save every changed term together, then ``then``; a Dutch message (and nothing
        saved) when a term is wrong or a colleague changed one meanwhile."""
        changes = self.changes()
        if not changes:
            then()
            return
        title = self.tr("Bewaartermijnen niet opgeslagen")
        for kind, (months, _version) in changes.items():
            try:
                operations.check_term(kind, months)
            except UserError as exc:
                self.editors[kind].setFocus()
                self.message_box = tasks.show_user_error(self, title, exc)
                return

        def saved(_versions: dict[str, int]) -> None:
            self.context.signals.status_message.emit(self.tr("Bewaartermijnen opgeslagen."))
            then()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ConflictError):
                self.load()  # show the colleague's terms

        operations.save_terms(
            self.context, self, title=title, changes=changes, on_done=saved, on_error=refused
        )
