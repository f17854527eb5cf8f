"""The training catalogue as a workbook: layout, writer and validating reader.

Sheet "Opleidingen": Code, Naam, Aanbieder, Vorm, Uren, Kosten. Sheet "Ontwikkelt": Opleiding
(offer code), Competentie (competency code), Vanaf niveau, Tot niveau. Writing and reading
round-trip exactly.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from competentieplanner.domain.errors import Problem
from competentieplanner.domain.model import Effect, TrainingOffer
from competentieplanner.import_export.headers import Column, Field, find_header
from competentieplanner.import_export.tables import MAX_DATA_ROWS, Table, open_table
from competentieplanner.import_export.values import (
    ValueProblem,
    excel_text,
    is_blank,
    parse_decimal,
    parse_identifier,
    parse_text,
    parse_whole_number,
)
from competentieplanner.import_export.workbook_guard import UnreadableFileError
from competentieplanner.import_export.xlsx_writer import (
    FORMAT_HOURS,
    FORMAT_MONEY,
    ExportBook,
)

OFFERS_SHEET = "Opleidingen"
EFFECTS_SHEET = "Ontwikkelt"
OFFER_FIELDS: tuple[Field, ...] = (
    Field("code", "Code", ("Opleidingscode",)),
    Field("name", "Naam", ("Opleiding", "Titel")),
    Field("provider", "Aanbieder", ("Aanbiedertype",)),
    Field("format", "Vorm", ("Werkvorm",)),
    Field("hours", "Uren", ("Contacturen",)),
    Field("cost", "Kosten", ("Prijs", "Kosten (€)")),
)
EFFECT_FIELDS: tuple[Field, ...] = (
    Field("offer", "Opleiding", ("Opleidingscode", "Code opleiding")),
    Field("competency", "Competentie", ("Competentiecode",)),
    Field("min_level", "Vanaf niveau", ("Van niveau", "Instapniveau")),
    Field("to_level", "Tot niveau", ("Naar niveau", "Eindniveau")),
)
MAX_LENGTH = {"code": 50, "name": 300, "provider": 200, "format": 50}
MAX_HOURS = Decimal("10000")
MAX_COST = Decimal("1000000")


# -- writing -----------------------------------------------------------------------------------
def write_catalogue_workbook(offers: Sequence[TrainingOffer], path: Path) -> None:
    """Write both sheets to ``path`` (a temporary file: see ``atomic_write``)."""
    effects = [(offer.code, effect) for offer in offers for effect in offer.effects]
    with ExportBook(path) as book:
        sheet = book.table_sheet(
            OFFERS_SHEET, [f.label for f in OFFER_FIELDS], [10, 60, 36, 14, 8, 12], len(offers),
            name_columns=2,
        )
        hours = book.number(FORMAT_HOURS)
        cost = book.number(FORMAT_MONEY)
        for offer in offers:
            sheet.append(
                [
                    offer.code, offer.name, offer.provider, offer.format, (offer.hours, hours),
                    (offer.cost, cost),
                ]
            )
        sheet = book.table_sheet(
            EFFECTS_SHEET, [f.label for f in EFFECT_FIELDS], [12, 14, 14, 12], len(effects)
        )
        for code, effect in effects:
            sheet.append([code, effect.competency, effect.min_level, effect.to_level])


# -- reading -----------------------------------------------------------------------------------
@dataclass
class CatalogueFile:
    file: str
    offers: list[TrainingOffer] = field(default_factory=list)
    has_effects_sheet: bool = False
    ignored: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_catalogue(
    path: Path, *, sheets: Sequence[str], known_codes: Set[str], max_level: int
) -> CatalogueFile:
    """Read both sheets of a catalogue workbook; problems are collected, never raised."""
    result = CatalogueFile(path.name)
    offers_sheet = _find(sheets, OFFERS_SHEET)
    if offers_sheet is None:
        result.problems.append(
            Problem(f"werkblad '{OFFERS_SHEET}' ontbreekt", file=path.name)
        )
        return result
    with open_table(path, offers_sheet) as table:
        offers = _read_offers(table, result)
    effects: dict[str, list[Effect]] = {code: [] for code in offers}
    effects_sheet = _find(sheets, EFFECTS_SHEET)
    if effects_sheet is not None:
        result.has_effects_sheet = True
        with open_table(path, effects_sheet) as table:
            _read_effects(table, result, effects, known_codes, max_level)
    result.offers = [
        TrainingOffer(
            code=code,
            name=str(values["name"]),
            provider=str(values["provider"]),
            format=str(values["format"]),
            hours=float(values["hours"]),
            cost=Decimal(values["cost"]),
            effects=tuple(sorted(effects[code], key=lambda e: e.competency)),
        )
        for code, values in offers.items()
    ]
    return result


def _find(sheets: Sequence[str], wanted: str) -> str | None:
    return next((s for s in sheets if s.strip().casefold() == wanted.casefold()), None)


def _problem(table: Table, row: int, column: Column | None, value: object, reason: str) -> Problem:
    return Problem(
        reason,
        file=f"{table.file_name} [{table.sheet}]",
        row=row,
        column=column.letter if column else "",
        header=column.header if column else "",
        value=excel_text(value),
    )


def _read_offers(table: Table, result: CatalogueFile) -> dict[str, dict[str, str | Decimal]]:
    rows = iter(table.rows)
    header = find_header(rows, OFFER_FIELDS, anchor="code", file=table.file_name,
                         merged=table.merged_cells)
    offers: dict[str, dict[str, str | Decimal]] = {}
    where = f"{table.file_name} [{table.sheet}]"
    if header is None or "name" not in header.columns:
        result.problems.append(
            Problem("geen kopregel gevonden met 'Code' en 'Naam'", file=where)
        )
        return offers
    result.problems.extend(header.problems)
    result.ignored += [f"{table.sheet}: {c.header}" for c in header.unmatched]
    columns = header.columns
    width = 1 + max(c.index for c in columns.values())
    seen: dict[str, int] = {}
    count = 0
    for number, values in rows:
        values = values + (None,) * max(0, width - len(values))
        raw = {key: values[col.index] for key, col in columns.items()}
        if all(is_blank(v) for v in raw.values()):
            continue
        count += 1
        if count > MAX_DATA_ROWS:
            raise UnreadableFileError(f"'{table.file_name}' heeft meer dan 50.000 rijen.")
        before = len(result.problems)
        item: dict[str, str | Decimal] = {}
        for key in ("code", "name", "provider", "format"):
            if key == "code":
                try:
                    value = parse_identifier(raw.get(key), max_length=MAX_LENGTH[key])
                except ValueProblem as exc:
                    result.problems.append(
                        _problem(table, number, columns[key], raw.get(key), f"Code {exc}")
                    )
                    continue
            else:
                try:
                    value = parse_text(raw.get(key))
                except ValueProblem as exc:
                    result.problems.append(
                        _problem(table, number, columns.get(key), raw.get(key), str(exc))
                    )
                    continue
            if len(value) > MAX_LENGTH[key]:
                result.problems.append(
                    _problem(table, number, columns.get(key), value,
                             f"is langer dan {MAX_LENGTH[key]} tekens")
                )
            item[key] = value
        if not item.get("code") and "code" in item:
            result.problems.append(_problem(table, number, columns["code"], "", "Code is leeg"))
        if not item.get("name"):
            result.problems.append(_problem(table, number, columns["name"], "", "Naam is leeg"))
        for key, label, limit in (("hours", "Uren", MAX_HOURS), ("cost", "Kosten", MAX_COST)):
            value_raw = raw.get(key)
            if is_blank(value_raw):
                item[key] = Decimal(0)
                continue
            try:
                amount = parse_decimal(value_raw)
            except ValueProblem as exc:
                result.problems.append(
                    _problem(table, number, columns[key], value_raw, f"{label} {exc}")
                )
                continue
            if not Decimal(0) <= amount <= limit:
                result.problems.append(
                    _problem(table, number, columns[key], value_raw,
                             f"{label} moet tussen 0 en {limit:,.0f} liggen".replace(",", "."))
                )
            elif key == "cost" and amount != amount.quantize(Decimal("0.01")):
                result.problems.append(
                    _problem(table, number, columns[key], value_raw,
                             "Kosten heeft meer dan twee decimalen")
                )
            item[key] = amount
        code = str(item.get("code", ""))
        if code and code in seen:
            result.problems.append(
                _problem(table, number, columns["code"], code,
                         f"Code komt dubbel voor (ook in rij {seen[code]})")
            )
        elif code:
            seen[code] = number
        if len(result.problems) == before:
            offers[code] = item
    return offers


def _read_effects(
    table: Table,
    result: CatalogueFile,
    effects: dict[str, list[Effect]],
    known_codes: Set[str],
    max_level: int,
) -> None:
    rows = iter(table.rows)
    header = find_header(rows, EFFECT_FIELDS, anchor="offer", file=table.file_name,
                         merged=table.merged_cells)
    where = f"{table.file_name} [{table.sheet}]"
    if header is None or not {"competency", "to_level"} <= header.columns.keys():
        result.problems.append(
            Problem("geen kopregel gevonden met 'Opleiding', 'Competentie' en 'Tot niveau'",
                    file=where)
        )
        return
    result.problems.extend(header.problems)
    result.ignored += [f"{table.sheet}: {c.header}" for c in header.unmatched]
    columns = header.columns
    width = 1 + max(c.index for c in columns.values())
    seen: dict[tuple[str, str], int] = {}
    count = 0
    for number, values in rows:
        values = values + (None,) * max(0, width - len(values))
        raw = {key: values[col.index] for key, col in columns.items()}
        if all(is_blank(v) for v in raw.values()):
            continue
        count += 1
        if count > MAX_DATA_ROWS:
            raise UnreadableFileError(f"'{table.file_name}' heeft meer dan 50.000 rijen.")
        before = len(result.problems)
        try:
            offer = parse_text(raw["offer"])
        except ValueProblem as exc:
            result.problems.append(
                _problem(table, number, columns["offer"], raw["offer"], f"Opleiding {exc}")
            )
            continue
        try:
            competency = parse_text(raw["competency"]).upper()
        except ValueProblem as exc:
            result.problems.append(
                _problem(table, number, columns["competency"], raw["competency"],
                         f"Competentie {exc}")
            )
            continue
        if not offer:
            result.problems.append(
                _problem(table, number, columns["offer"], "", "Opleiding is leeg")
            )
        elif offer not in effects:
            result.problems.append(
                _problem(table, number, columns["offer"], offer,
                         f"opleiding staat niet (foutloos) op het werkblad '{OFFERS_SHEET}'")
            )
        if competency not in known_codes:
            result.problems.append(
                _problem(table, number, columns["competency"], raw["competency"],
                         "onbekende competentiecode")
            )
        levels: dict[str, int] = {}
        for key, label, low in (("min_level", "Vanaf niveau", 0), ("to_level", "Tot niveau", 1)):
            value = raw.get(key)
            if is_blank(value):
                if key == "min_level":
                    levels[key] = 0
                    continue
                result.problems.append(
                    _problem(table, number, columns[key], "", f"{label} is leeg")
                )
                continue
            try:
                level = parse_whole_number(value)
            except ValueProblem as exc:
                result.problems.append(
                    _problem(table, number, columns[key], value, f"{label} {exc}")
                )
                continue
            if not low <= level <= max_level:
                result.problems.append(
                    _problem(table, number, columns[key], value,
                             f"{label} moet {low} tot en met {max_level} zijn")
                )
                continue
            levels[key] = level
        if len(levels) == 2 and levels["to_level"] <= levels["min_level"]:
            result.problems.append(
                _problem(table, number, columns["to_level"], raw["to_level"],
                         "Tot niveau moet hoger zijn dan Vanaf niveau")
            )
        pair = (offer, competency)
        if pair in seen:
            result.problems.append(
                _problem(table, number, columns["competency"], competency,
                         f"deze opleiding en competentie staan al in rij {seen[pair]}")
            )
        else:
            seen[pair] = number
        if len(result.problems) == before:
            effects[offer].append(Effect(competency, levels["min_level"], levels["to_level"]))
