"""docs/privacy.md lists exactly the tables that hold personal data."""

from __future__ import annotations

import re
from pathlib import Path

from competentieplanner.persistence.privacy_queries import personal_tables

REGISTER = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"


def _register_tables() -> set[str]:
    text = REGISTER.read_text(encoding="utf-8")
    section = text.split("## Tables holding personal data", 1)[1].split("\n## ", 1)[0]
    return {
        name
        for line in section.splitlines()
        if line.startswith("| `")
        for name in re.findall(r"`([a-z_]+)`", line.split("|")[1])
    }


def test_register_lists_exactly_the_personal_tables() -> None:
    assert _register_tables() == {t.name for t in personal_tables()}


def test_register_names_every_retention_kind_and_default() -> None:
    from competentieplanner.domain.retention import TERMS

    text = REGISTER.read_text(encoding="utf-8")
    for term in TERMS:
        assert f"`{term.kind}`" in text and f"{term.default_months} months" in text
