"""The page: A4 with a municipal header (organisation, document title, reference date), a footer
"pagina X van Y", PDF metadata and bookmarks.

"Y" is unknown while pages are written. Instead of building the document twice, every footer
draws a form XObject that the canvas defines only when it saves, once the count is known; a PDF
may reference a form before it is defined. Bookmarks and outline entries are added by tiny
flowables at the spot they describe.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from competentieplanner.reports import fonts, labels, styles

_TOTAL_FORM = "pageCountTotal"
_HEADER_TOP = 13 * mm
_FOOTER_BASE = 11 * mm
_FOOTER_SIZE = 7.6
#: The document's language for readers and screen readers (/Lang), per report language.
_PDF_LANG = {"nl": "nl-NL", "en": "en-GB"}


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What every page and the PDF's properties say about the document."""

    title: str  # e.g. "Ontwikkelplan"
    subject: str  # e.g. "Ontwikkelplan van ... peildatum 12 oktober 2026"
    organisation: str
    reference_date: dt.date
    footer_note: str = "Vertrouwelijk"
    keywords: Sequence[str] = ()
    language: str = labels.DEFAULT_LANGUAGE  # of the page texts (header, footer)


class _CountingCanvas(Canvas):  # type: ignore[misc]
    """Defines the page-count form right before saving, when the number of pages is known."""

    def save(self) -> None:
        # getPageNumber() is one past the last page once the last showPage() has run.
        total = self.getPageNumber() - 1
        width = self._pagesize[0]
        self.beginForm(_TOTAL_FORM, 0, 0, width, 40 * mm)
        self.setFont(fonts.REGULAR, _FOOTER_SIZE)
        self.setFillColor(styles.MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class SetRunningTitle(Flowable):  # type: ignore[misc]
    """Changes the header title from the page this flowable lands on (zero size)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._running_title = self.title


class Bookmark(Flowable):  # type: ignore[misc]
    """An outline entry (bookmark) pointing at the spot where this zero-size flowable lands."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title = styles.clean(title)
        self.level = level
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        # Keys need only be unique within one PDF, and a canvas is one PDF: count on it.
        canvas = self.canv
        canvas._bookmark_count = getattr(canvas, "_bookmark_count", 0) + 1
        key = f"bm{canvas._bookmark_count}"
        canvas.bookmarkHorizontal(key, 0, 0)
        canvas.addOutlineEntry(self.title, key, level=self.level, closed=True)


class Callback(Flowable):  # type: ignore[misc]
    """Calls ``action`` when the build reaches this spot: progress reporting and cancelling."""

    def __init__(self, action: Callable[[], None]) -> None:
        super().__init__()
        self.action = action
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.action()


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait with the house header and footer on every page."""

    def __init__(self, target: Any, meta: DocumentMeta) -> None:
        fonts.register_fonts()
        self.meta = meta
        margin = styles.PAGE_MARGIN
        super().__init__(
            os.fspath(target) if isinstance(target, os.PathLike) else target,
            pagesize=A4,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=30 * mm,
            bottomMargin=22 * mm,
            title=styles.clean(meta.title),
            subject=styles.clean(meta.subject),
            author=styles.clean(meta.organisation),
            creator="Competentieplanner",
            keywords=list(meta.keywords),
            lang=_PDF_LANG[labels.check_language(meta.language)],
            displayDocTitle=True,
            initialFontName=fonts.REGULAR,
            initialFontSize=styles.BASE_SIZE,
            initialLeading=styles.BASE_LEADING,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._decorate)])

    def build_pdf(self, story: list[Flowable]) -> None:
        self.build(story, canvasmaker=_CountingCanvas)

    # -- page decoration ------------------------------------------------------------------------
    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Header and footer; drawn at the end of the page so a running title set on it counts."""
        meta = self.meta
        t = labels.translator(meta.language)
        width, height = canvas._pagesize
        left, right = self.leftMargin, width - self.rightMargin
        title = getattr(canvas, "_running_title", None) or meta.title
        canvas.saveState()
        # header: organisation left in the house colour, title and reference date right
        top = height - _HEADER_TOP
        canvas.setFillColor(styles.HOUSE)
        canvas.rect(left, top + 1.2 * mm, 9 * mm, 1.6 * mm, stroke=0, fill=1)
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawString(left, top - 4 * mm, styles.clean(meta.organisation))
        canvas.setFont(fonts.BOLD, 9)
        canvas.setFillColor(styles.INK)
        canvas.drawRightString(
            right, top - 4 * mm, _fit(styles.clean(title), fonts.BOLD, 9, 110 * mm)
        )
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(styles.MUTED)
        canvas.drawRightString(
            right,
            top - 8.2 * mm,
            f"{t('Peildatum')} {labels.format_date(meta.reference_date, meta.language)}",
        )
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, top - 10.5 * mm, right, top - 10.5 * mm)
        # footer: note left, "pagina X van Y" right; Y is the form defined when the canvas saves
        canvas.line(left, _FOOTER_BASE + 4.2 * mm, right, _FOOTER_BASE + 4.2 * mm)
        canvas.setFont(fonts.REGULAR, _FOOTER_SIZE)
        canvas.drawString(left, _FOOTER_BASE, styles.clean(meta.footer_note))
        page = canvas.getPageNumber()
        lead = t("pagina {page} van ").format(page=page)
        # The total has at least as many digits as this page number (digits are equally wide).
        total_width = stringWidth("0" * len(str(page)), fonts.REGULAR, _FOOTER_SIZE)
        x = right - stringWidth(lead, fonts.REGULAR, _FOOTER_SIZE) - total_width
        canvas.drawString(x, _FOOTER_BASE, lead)
        canvas.translate(x + stringWidth(lead, fonts.REGULAR, _FOOTER_SIZE), _FOOTER_BASE)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """Public form of the width fitting, for chart labels."""
    return _fit(styles.clean(text), font, size, width)
