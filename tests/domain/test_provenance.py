"""Sources of reference values and the lesson texts behind "TPn" labels."""

from __future__ import annotations

from competentieplanner.domain.provenance import (
    OWN,
    OWN_ENTRY,
    PROPOSED,
    SOURCED,
    lesson_lines,
    lessons_from_settings,
    shown_source,
    source_after_edit,
    source_kind,
)


def test_source_kinds() -> None:
    assert source_kind("voorstel Competentieplanner: eigen keuze") == PROPOSED
    assert source_kind("BCP 2017 (generieke competentie 1)") == SOURCED
    assert source_kind("") == OWN and source_kind(OWN_ENTRY) == OWN
    assert shown_source("") == "bron onbekend" and shown_source(OWN_ENTRY) == OWN_ENTRY


def test_an_edit_makes_the_value_own_entry_and_its_undo_restores_the_source() -> None:
    reference = "voorstel Competentieplanner: kern van het profiel"
    assert source_after_edit(reference, reference, changed=False) == reference
    assert source_after_edit(reference, reference, changed=True) == OWN_ENTRY
    assert source_after_edit(OWN_ENTRY, reference, changed=True) == reference  # the undo


def test_lesson_tags_show_their_text() -> None:
    lessons = lessons_from_settings({"lessons.TP7": "Toon betrokkenheid", "scoring.x": 1})
    assert lessons == {"TP7": "Toon betrokkenheid"}
    assert lesson_lines(["CMO", "tp7", "TP11"], lessons) == [
        "TP7: Toon betrokkenheid",
        "TP11: onbekende les",
    ]
