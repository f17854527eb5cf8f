"""The Rapportages screen's work: what the choosers offer, and writing each export.

Every export (PDF and Excel) is one unit of work on a worker thread: read, write the file,
record the export in the audit log, all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from competentieplanner.services import pdf_export, workspace
from competentieplanner.services.workspace import Choices
from competentieplanner.ui import i18n
from competentieplanner.ui.context import AppContext
from competentieplanner.ui.operations.base import run, run_with_progress
from competentieplanner.ui.tasks import Cancelled, Progress, TaskHandle

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork


def load_export_choices(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    on_done: Callable[[Choices], None],
) -> TaskHandle[Choices]:
    return run(
        context, parent, title=title, work=workspace.export_choices, on_done=on_done, quiet=True
    )


def _pdf_progress(progress: Progress) -> Callable[[int, int], bool]:
    """The pdf_export callback shape (done, total) -> keep going?"""

    def callback(done: int, total: int) -> bool:
        progress.report(done, total)
        return not progress.cancelled

    return callback


def _export(
    context: AppContext,
    parent: QWidget | None,
    title: str,
    work: Callable[[UnitOfWork, Progress], Any],
    on_done: Callable[[Any], None],
    cancellable: bool = True,
) -> TaskHandle[Any]:
    """An export in one unit of work, with a progress dialog (and Annuleren unless it is one
    short document); the PDF export's own 'cancelled' refusal becomes the quiet task
    cancellation."""

    def cancellable_work(uow: UnitOfWork, progress: Progress) -> Any:
        try:
            return work(uow, progress)
        except pdf_export.ExportCancelled as exc:
            raise Cancelled from exc  # rolls the unit of work back, like any refusal

    return run_with_progress(
        context,
        parent,
        title=title,
        work=cancellable_work,
        on_done=on_done,
        cancellable=cancellable,
    )


def export_person_pdf(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    personnel_number: str,
    on_done: Callable[[Any], None],
    profile: str | None = None,
) -> TaskHandle[Any]:
    """The Ontwikkelplan of one person (focused on ``profile``) in the language of the
    application; one document, no Annuleren."""
    language = i18n.configured_language(context.settings)
    return _export(
        context,
        parent,
        title,
        lambda uow, _p: pdf_export.export_development_plan(
            uow, path, personnel_number, profile, language=language
        ),
        on_done,
        cancellable=False,
    )


def export_team_pdf(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    unit: str,
    with_plans: bool,
    on_done: Callable[[Any], None],
) -> TaskHandle[Any]:
    language = i18n.configured_language(context.settings)
    return _export(
        context,
        parent,
        title,
        lambda uow, progress: pdf_export.export_unit_report(
            uow,
            path,
            unit,
            progress=_pdf_progress(progress),
            with_plans=with_plans,
            language=language,
        ),
        on_done,
    )


def export_organisation_pdf(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    on_done: Callable[[Any], None],
) -> TaskHandle[Any]:
    language = i18n.configured_language(context.settings)
    return _export(
        context,
        parent,
        title,
        lambda uow, progress: pdf_export.export_organisation_report(
            uow, path, progress=_pdf_progress(progress), language=language
        ),
        on_done,
    )


def export_hrm_workbook(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    unit: str | None,
    on_done: Callable[[Any], None],
) -> TaskHandle[Any]:
    from competentieplanner.services.hrm_workbook import export_hrm_workbook as export

    return _export(context, parent, title, lambda uow, _p: export(uow, path, unit=unit), on_done)


def export_assessment_template(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    unit: str,
    framework: str,
    on_done: Callable[[Any], None],
) -> TaskHandle[Any]:
    from competentieplanner.services.template_export import export_assessment_template as export

    return _export(
        context,
        parent,
        title,
        lambda uow, _p: export(uow, path, unit=unit, framework=framework),
        on_done,
    )


def export_catalogue(
    context: AppContext,
    parent: QWidget | None,
    *,
    title: str,
    path: Path,
    on_done: Callable[[Any], None],
) -> TaskHandle[Any]:
    from competentieplanner.services.catalogue_io import export_catalogue as export

    return _export(context, parent, title, lambda uow, _p: export(uow, path), on_done)
