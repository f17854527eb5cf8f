"""The inzage document (AVG art. 15): everything held about one person, in readable Dutch.

One section per kind of data; every stored row is a small two-column table of label and value,
so long texts (evidence, answers, agreements) wrap instead of being cut. The PDF metadata names
the kind of document and the date only, never the person.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from competentieplanner.domain.inzage import NOT_STORED, InzageDocument
from competentieplanner.reports.styles import STYLES, format_date, para, table_style
from competentieplanner.reports.templates import DocumentMeta, ReportDocument

TITLE = "Inzageoverzicht"


def document_meta(doc: InzageDocument) -> DocumentMeta:
    return DocumentMeta(
        title=TITLE,
        subject=f"Inzage in persoonsgegevens (AVG art. 15), {format_date(doc.generated_on)}",
        organisation=doc.organisation,
        reference_date=doc.generated_on,
        footer_note="Vertrouwelijk – alleen voor de betrokkene",
        keywords=("inzage", "AVG", "persoonsgegevens"),
    )


def render_inzage(target: Any, doc: InzageDocument) -> None:
    """Write the inzage PDF to ``target`` (path or binary file)."""
    report = ReportDocument(target, document_meta(doc))
    report.build_pdf(inzage_story(doc))


def inzage_story(doc: InzageDocument) -> list[Flowable]:
    story: list[Flowable] = [
        para(TITLE, STYLES.title),
        para(f"{doc.name} · personeelsnummer {doc.personnel_number}", STYLES.subtitle),
        para(
            "Dit overzicht bevat alle gegevens die Competentieplanner over u bewaart, "
            f"opgemaakt op {format_date(doc.generated_on)} (inzage volgens artikel 15 AVG).",
            STYLES.body,
        ),
        para(NOT_STORED, STYLES.body),
        Spacer(1, 3 * mm),
    ]
    for section in doc.sections:
        story.append(para(f"{section.title} ({len(section.records)})", STYLES.h1))
        if not section.records:
            story.append(para("Hierover is niets over u opgeslagen.", STYLES.body))
            continue
        for number, record in enumerate(section.records, start=1):
            rows = [
                [para(label, STYLES.label), para(value or "—", STYLES.cell)]
                for label, value in record
            ]
            table = Table(rows, colWidths=[45 * mm, 125 * mm])
            table.setStyle(table_style(header_rows=0, zebra=True))
            story.append(KeepTogether([para(f"{number}.", STYLES.label), table]))
            story.append(Spacer(1, 2 * mm))
    return story
