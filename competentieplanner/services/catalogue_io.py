"""Use cases: export the training catalogue to a workbook and import it back.

Import upserts offers by code and, when the file has an 'Ontwikkelt' sheet, makes it the list of
effects of every offer on the 'Opleidingen' sheet. With ``replace`` the file is the whole
catalogue: an offer missing from it is deleted, unless a development plan or an authority still
refers to it; such an offer is kept and marked inactive. Unchanged offers are not written.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, insert, select

from competentieplanner.atomic_write import atomic_output, check_target
from competentieplanner.domain.errors import Problem, UserError, ValidationError
from competentieplanner.domain.model import TrainingOffer
from competentieplanner.import_export.catalogue_sheets import (
    read_catalogue,
    write_catalogue_workbook,
)
from competentieplanner.import_export.tables import sheet_names
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database

OFFER = cast(Table, r.TrainingOfferRecord.__table__)
EFFECT = cast(Table, r.OfferEffectRecord.__table__)
COMPETENCY = cast(Table, r.CompetencyRecord.__table__)
PLAN_ITEM = cast(Table, r.PlanItemRecord.__table__)
AUTHORITY = cast(Table, r.AuthorityRecord.__table__)
SCALE_LEVEL = cast(Table, r.ScaleLevelRecord.__table__)
_OFFER_COLUMNS = ("name", "provider", "format", "hours", "cost")


def export_catalogue(db: Database, out: Path) -> str:
    """Write the active catalogue to ``out``; return a Dutch summary."""
    check_target(out)
    with db.read_session() as session:
        offers = repo.load_catalogue(session)
    with atomic_output(out) as temporary:
        write_catalogue_workbook(offers, temporary)
    effects = sum(len(o.effects) for o in offers)
    return (
        f"Opleidingscatalogus ({len(offers)} opleidingen, {effects} effecten) geschreven "
        f"naar {out}."
    )


@dataclass
class CatalogueImportResult:
    file: str
    dry_run: bool
    replace: bool
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    deleted: int = 0

    def summary(self) -> str:
        text = (
            f"{self.file}: {self.new} nieuw, {self.updated} bijgewerkt, {self.unchanged} "
            "ongewijzigd"
        )
        if self.replace:
            text += f", {self.deleted} verwijderd, {self.deactivated} inactief (nog in gebruik)"
        return text + "." + (" Proefdraai: er is niets opgeslagen." if self.dry_run else "")


def import_catalogue(
    db: Database, path: Path, *, replace: bool = False, dry_run: bool = False
) -> CatalogueImportResult:
    """Import a catalogue workbook; all or nothing.

    Raises:
        ValidationError: problems in the file; nothing saved.
        UserError: the file cannot be read safely.
    """
    with db.engine.connect() as conn:
        codes = set(conn.scalars(select(COMPETENCY.c.code)))
        max_level = conn.scalar(select(SCALE_LEVEL.c.level).order_by(SCALE_LEVEL.c.level.desc()))
    parsed = read_catalogue(
        path, sheets=sheet_names(path), known_codes=codes, max_level=int(max_level or 4)
    )
    if not parsed.problems and not parsed.offers:
        parsed.problems.append(Problem("bevat geen opleidingen", file=parsed.file))
    if parsed.problems:
        raise ValidationError(
            parsed.problems,
            f"{parsed.file}: {len(parsed.problems)} fout(en) gevonden; er is niets opgeslagen.",
        )
    result = CatalogueImportResult(parsed.file, dry_run, replace)
    with db.engine.connect() as conn, conn.begin() as transaction:
        _write(conn, parsed.offers, parsed.has_effects_sheet, replace, result)
        if dry_run:
            transaction.rollback()
    return result


def _write(
    conn: Connection,
    offers: list[TrainingOffer],
    with_effects: bool,
    replace: bool,
    result: CatalogueImportResult,
) -> None:
    existing = {
        row.code: row
        for row in conn.execute(
            select(OFFER.c.id, OFFER.c.code, OFFER.c.version, OFFER.c.active,
                   *(OFFER.c[c] for c in _OFFER_COLUMNS))
        )
    }
    competency_ids = {c: i for c, i in conn.execute(select(COMPETENCY.c.code, COMPETENCY.c.id))}
    current_effects: dict[int, dict[int, tuple[int, int, int, int]]] = {}
    for effect_id, offer_id, competency_id, low, high, version in conn.execute(
        select(EFFECT.c.id, EFFECT.c.offer_id, EFFECT.c.competency_id, EFFECT.c.min_level,
               EFFECT.c.to_level, EFFECT.c.version)
    ):
        current_effects.setdefault(offer_id, {})[competency_id] = (effect_id, low, high, version)

    new_rows: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for offer in offers:
        values = {
            "name": offer.name, "provider": offer.provider, "format": offer.format,
            "hours": offer.hours, "cost": offer.cost,
        }
        row = existing.get(offer.code)
        if row is None:
            new_rows.append(
                {"code": offer.code, **values, "funding_hint": "werkgever", "source": "",
                 "active": True, "version": 1}
            )
            continue
        differs = any(_differs(getattr(row, key), value) for key, value in values.items())
        if differs or not row.active:
            changed.append({"b_id": row.id, "b_version": row.version, **values, "active": True})
    if new_rows:
        conn.execute(insert(OFFER), new_rows)
    ids = {c: i for c, i in conn.execute(select(OFFER.c.code, OFFER.c.id))}
    if changed:
        statement = (
            OFFER.update()
            .where(OFFER.c.id == bindparam("b_id"))
            .where(OFFER.c.version == bindparam("b_version"))
            .values(version=OFFER.c.version + 1,
                    **{name: bindparam(name) for name in (*_OFFER_COLUMNS, "active")})
        )
        outcome = conn.execute(statement, changed)
        if conn.dialect.supports_sane_multi_rowcount and outcome.rowcount != len(changed):
            raise UserError(
                "Een collega heeft intussen de catalogus gewijzigd; er is niets opgeslagen."
            )
    effects_changed: set[str] = set()
    if with_effects:
        effects_changed = _write_effects(conn, offers, ids, competency_ids, current_effects)
    changed_codes = {o.code for o in offers if ids[o.code] in {c["b_id"] for c in changed}}
    result.new = len(new_rows)
    result.updated = len(changed_codes | (effects_changed - {row["code"] for row in new_rows}))
    result.unchanged = len(offers) - result.new - result.updated
    if replace:
        _replace_rest(conn, {o.code for o in offers}, existing, result)


def _differs(current: Any, new: Any) -> bool:
    if isinstance(new, Decimal):
        return Decimal(current) != new
    if isinstance(new, float):
        return abs(float(current) - new) > 1e-9
    return bool(current != new)


def _write_effects(
    conn: Connection,
    offers: list[TrainingOffer],
    ids: dict[str, int],
    competency_ids: dict[str, int],
    current: dict[int, dict[int, tuple[int, int, int, int]]],
) -> set[str]:
    """Make each offer's effects equal to the file's; return the codes whose effects changed."""
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    deletes: list[int] = []
    touched: set[str] = set()
    for offer in offers:
        offer_id = ids[offer.code]
        have = current.get(offer_id, {})
        want = {competency_ids[e.competency]: e for e in offer.effects}
        for competency_id, (effect_id, *_rest) in have.items():
            if competency_id not in want:
                deletes.append(effect_id)
                touched.add(offer.code)
        for competency_id, effect in want.items():
            if competency_id not in have:
                inserts.append({"offer_id": offer_id, "competency_id": competency_id,
                                "min_level": effect.min_level, "to_level": effect.to_level,
                                "version": 1})
                touched.add(offer.code)
                continue
            effect_id, low, high, version = have[competency_id]
            if (low, high) != (effect.min_level, effect.to_level):
                updates.append({"b_id": effect_id, "b_version": version,
                                "min_level": effect.min_level, "to_level": effect.to_level})
                touched.add(offer.code)
    if deletes:
        conn.execute(delete(EFFECT).where(EFFECT.c.id.in_(deletes)))
    if updates:
        conn.execute(
            EFFECT.update()
            .where(EFFECT.c.id == bindparam("b_id"))
            .where(EFFECT.c.version == bindparam("b_version"))
            .values(version=EFFECT.c.version + 1, min_level=bindparam("min_level"),
                    to_level=bindparam("to_level")),
            updates,
        )
    if inserts:
        conn.execute(insert(EFFECT), inserts)
    return touched


def _replace_rest(
    conn: Connection, in_file: set[str], existing: dict[str, Any], result: CatalogueImportResult
) -> None:
    """Offers not in the file: delete, or deactivate when a plan or authority refers to them."""
    gone = {code: row for code, row in existing.items() if code not in in_file}
    if not gone:
        return
    gone_ids = [row.id for row in gone.values()]
    used = set(conn.scalars(select(PLAN_ITEM.c.offer_id).where(PLAN_ITEM.c.offer_id.in_(gone_ids))))
    used |= set(
        conn.scalars(
            select(AUTHORITY.c.required_offer_id).where(AUTHORITY.c.required_offer_id.in_(gone_ids))
        )
    )
    deactivate = [
        {"b_id": row.id, "b_version": row.version}
        for row in gone.values()
        if row.id in used and row.active
    ]
    remove = [row.id for row in gone.values() if row.id not in used]
    if deactivate:
        conn.execute(
            OFFER.update()
            .where(OFFER.c.id == bindparam("b_id"))
            .where(OFFER.c.version == bindparam("b_version"))
            .values(active=False, version=OFFER.c.version + 1),
            deactivate,
        )
    if remove:
        conn.execute(delete(EFFECT).where(EFFECT.c.offer_id.in_(remove)))
        conn.execute(delete(OFFER).where(OFFER.c.id.in_(remove)))
    result.deactivated = len(deactivate)
    result.deleted = len(remove)
