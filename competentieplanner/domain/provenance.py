"""Where reference values come from: the `source` texts shown beside competencies, indicators,
requirements, authorities and offer effects, and the ThinkPublic lessons behind "TPn" tags."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

#: The project's own proposal, followed by the reason ("voorstel Competentieplanner: ...").
PROPOSAL = "voorstel Competentieplanner"
#: A value entered or changed in the app: the reference source no longer applies.
OWN_ENTRY = "eigen invoer (in de app vastgelegd)"
#: No source recorded: a database made before sources were kept, or a catalogue import.
UNKNOWN = "bron onbekend"

_LESSON_TAG = re.compile(r"^TP(\d+)$")


def is_proposal(source: str) -> bool:
    return source.strip().lower().startswith(PROPOSAL.lower())


#: Kinds of source a screen filters on.
SOURCED, PROPOSED, OWN = "bron", "voorstel", "eigen"


def source_kind(source: str) -> str:
    """SOURCED (a published source), PROPOSED (our own proposal) or OWN (entered in the app)."""
    if not source.strip() or source.strip() == OWN_ENTRY:
        return OWN
    return PROPOSED if is_proposal(source) else SOURCED


def shown_source(source: str) -> str:
    """The text a user sees; an empty source was never recorded."""
    return source.strip() or UNKNOWN


def source_after_edit(current: str, given: str, changed: bool) -> str:
    """The source a requirement or effect keeps after an edit. An unchanged value keeps its
    source; a changed one becomes own entry, unless the edit brings back another source (the
    undo of an earlier change restores the reference source)."""
    if not changed:
        return current
    if given and given != current:
        return given
    return OWN_ENTRY


def lesson_number(tag: str) -> int | None:
    match = _LESSON_TAG.match(tag.strip().upper())
    return int(match.group(1)) if match else None


def lesson_lines(tags: Iterable[str], lessons: Mapping[str, str]) -> list[str]:
    """``["TP7: Toon betrokkenheid, ..."]`` for every lesson tag; other tags are left out.

    ``lessons`` maps "TP1".."TP10" to their text (settings ``lessons.TPn``)."""
    lines = []
    for tag in tags:
        number = lesson_number(tag)
        if number is not None:
            key = f"TP{number}"
            lines.append(f"{key}: {lessons.get(key, 'onbekende les')}")
    return lines


def lessons_from_settings(flat: Mapping[str, object]) -> dict[str, str]:
    """The lesson texts out of the flat settings (``lessons.TP7`` -> ``TP7``)."""
    return {
        key.split(".", 1)[1]: str(value)
        for key, value in flat.items()
        if key.startswith("lessons.")
    }
