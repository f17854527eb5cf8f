"""Use cases: export the training catalogue to a workbook and import it back.

Import upserts offers by code and, when the file has an 'Ontwikkelt' sheet, makes it the list of
effects of every offer on the 'Opleidingen' sheet. With ``replace`` the file is the whole
catalogue: an offer missing from it is deleted, unless a development plan or an authority still
refers to it; such an offer is kept and marked inactive. Unchanged offers are not written.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from competentieplanner.atomic_write import atomic_output, check_target
from competentieplanner.domain.errors import Problem, ValidationError
from competentieplanner.import_export.catalogue_sheets import (
    read_catalogue,
    write_catalogue_workbook,
)
from competentieplanner.import_export.tables import sheet_names
from competentieplanner.persistence import catalogue_import as store
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.unit_of_work import UnitOfWork


def export_catalogue(uow: UnitOfWork, out: Path) -> str:
    """Write the active catalogue to ``out``; return a Dutch summary."""
    check_target(out)
    offers = repo.load_catalogue(uow.session)
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
    uow: UnitOfWork, path: Path, *, replace: bool = False, dry_run: bool = False
) -> CatalogueImportResult:
    """Import a catalogue workbook in the caller's unit of work; all or nothing. A dry run
    reports what would change and leaves the database as it was.

    Raises:
        ValidationError: problems in the file; nothing saved.
        UserError: the file cannot be read safely.
    """
    codes = store.competency_codes(uow.session)
    max_level = store.highest_level(uow.session)
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
    with store.rolled_back(uow.session) if dry_run else nullcontext():
        changes = store.write_catalogue(
            uow.session, parsed.offers, with_effects=parsed.has_effects_sheet, replace=replace
        )
    return CatalogueImportResult(
        parsed.file,
        dry_run,
        replace,
        new=changes.new,
        updated=changes.updated,
        unchanged=changes.unchanged,
        deactivated=changes.deactivated,
        deleted=changes.deleted,
    )
