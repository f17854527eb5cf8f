"""Edit the settings administrators may change: scoring thresholds, planning, reports, import.

The settings live in the ``setting`` table as flat ``"section.key"`` rows with a JSON value
(resources/reference/settings.toml holds the start values; ``domain.settings`` turns them into
typed settings). :data:`EDITABLE` is the one list of what may be edited, with the Dutch label and
explanation the screen shows and the range a value must lie in.

Like :mod:`competentieplanner.services.reference_edit`, every change checks ``expected_version``
against the stored row (``ConflictError`` when someone else changed it meanwhile) and refuses a
wrong value with a Dutch ``UserError``. :func:`update_settings` saves several settings in the
caller's unit of work: all values are checked first, so either every change is stored or none.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.persistence import settings_queries as q
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.services.editing import (
    added_meanwhile,
    check_version,
    optional_text,
    removed_meanwhile,
)

#: The version shown for a setting that has no row yet (saving it adds the row).
NOT_STORED = 0


class SettingKind(StrEnum):
    INT = "int"
    FLOAT = "float"
    TEXT = "text"


SettingValue = int | float | str


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One editable setting: what the screen shows and which values are allowed."""

    key: str
    label: str
    """Short Dutch label for the form."""
    subject: str
    """The setting as the subject of a Dutch sentence, for messages ("De drempel voor ...")."""
    explanation: str
    kind: SettingKind
    default: SettingValue
    minimum: float | None = None
    maximum: float | None = None
    """For numbers: the allowed range (inclusive). For text: the maximum length."""


#: Every editable setting, in the order the screen shows them.
EDITABLE: tuple[SettingSpec, ...] = (
    SettingSpec(
        key="scoring.ready_min_fit_pct",
        label="Minimale match voor inzetbaar (%)",
        subject="De drempel voor inzetbaar",
        explanation=(
            "Iemand is inzetbaar in een profiel als alle niveaus bekend zijn, geen kritische "
            "competentie onder het doel zit en de match minstens dit percentage is."
        ),
        kind=SettingKind.FLOAT,
        default=90.0,
        minimum=0,
        maximum=100,
    ),
    SettingSpec(
        key="scoring.insufficient_coverage_below_pct",
        label="Minimale dekking voor een oordeel (%)",
        subject="De drempel voor onvoldoende gegevens",
        explanation=(
            "Is minder dan dit percentage van het (gewogen) profiel gescoord, dan is het "
            "oordeel onvoldoende gegevens."
        ),
        kind=SettingKind.FLOAT,
        default=75.0,
        minimum=0,
        maximum=100,
    ),
    SettingSpec(
        key="scoring.developable_max_gap",
        label="Grootste kloof voor ontwikkelbaar (niveaus)",
        subject="De grootste kloof voor ontwikkelbaar",
        explanation=(
            "Iemand is ontwikkelbaar als de grootste kloof (doel min huidig niveau) op één "
            "competentie hooguit zoveel niveaus is; bij een grotere kloof is het profiel ver weg."
        ),
        kind=SettingKind.INT,
        default=2,
        minimum=0,
        maximum=3,
    ),
    SettingSpec(
        key="planning.hours_per_quarter",
        label="Opleidingsuren per kwartaal",
        subject="Het aantal opleidingsuren per kwartaal",
        explanation=(
            "Bij het verdelen van een opleidingspad over kwartalen starten per medewerker ten "
            "hoogste zoveel opleidingsuren in één kwartaal (40 uur is ongeveer een werkweek)."
        ),
        kind=SettingKind.INT,
        default=40,
        minimum=1,
        maximum=400,
    ),
    SettingSpec(
        key="reports.privacy_min_group",
        label="Kleinste groep in rapporten (medewerkers)",
        subject="De kleinste groep in rapporten",
        explanation=(
            "Rapporten over een team of afdeling tonen geen cijfers voor groepen kleiner dan "
            "dit aantal medewerkers, zodat niemand herleidbaar is."
        ),
        kind=SettingKind.INT,
        default=5,
        minimum=1,
        maximum=50,
    ),
    SettingSpec(
        key="reports.organisation_name",
        label="Naam van de organisatie",
        subject="De naam van de organisatie",
        explanation=("Staat in de kop van elk rapport. Leeg: de naam van de bovenste eenheid."),
        kind=SettingKind.TEXT,
        default="",
        maximum=200,
    ),
    SettingSpec(
        key="import.fte_full_time_hours",
        label="Uren van een volledige werkweek",
        subject="Het aantal uren van een volledige werkweek",
        explanation=(
            "Bij het importeren van medewerkers worden uren per week hiermee omgerekend naar "
            "fte (Cao Gemeenten: 36 uur)."
        ),
        kind=SettingKind.FLOAT,
        default=36.0,
        minimum=1,
        maximum=60,
    ),
)

_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in EDITABLE}


@dataclass(frozen=True, slots=True)
class EditableSetting:
    """One setting as the screen shows it, with the row version an edit must pass back."""

    key: str
    label: str
    explanation: str
    value: SettingValue
    kind: SettingKind
    minimum: float | None
    maximum: float | None
    version: int
    """The stored row's version; :data:`NOT_STORED` when the setting has no row yet."""


def spec(key: str) -> SettingSpec:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise NotFoundError(
            f"Instelling '{key}' bestaat niet of kan niet worden gewijzigd."
        ) from None


def _shown(setting: SettingSpec, stored: Any) -> SettingValue:
    """The stored value in the setting's kind; the default when the row holds something odd."""
    try:
        return validate_setting(setting.key, stored)
    except UserError:
        return setting.default


def load_editable_settings(uow: UnitOfWork) -> list[EditableSetting]:
    """Every editable setting with its current value and version, in :data:`EDITABLE` order."""
    rows = q.stored_settings(uow.session, _BY_KEY)
    result = []
    for setting in EDITABLE:
        stored, version = rows.get(setting.key, (setting.default, NOT_STORED))
        result.append(
            EditableSetting(
                key=setting.key,
                label=setting.label,
                explanation=setting.explanation,
                value=_shown(setting, stored),
                kind=setting.kind,
                minimum=setting.minimum,
                maximum=setting.maximum,
                version=version,
            )
        )
    return result


def validate_setting(key: str, value: object) -> SettingValue:
    """The value as it will be stored, or a Dutch ``UserError`` saying what is wrong with it."""
    setting = spec(key)
    if setting.kind is SettingKind.TEXT:
        if not isinstance(value, str):
            raise UserError(f"{setting.subject} moet een tekst zijn, niet '{value}'.")
        length = None if setting.maximum is None else int(setting.maximum)
        return optional_text(setting.subject, value, length)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UserError(f"{setting.subject} moet een getal zijn, niet '{value}'.")
    low, high = setting.minimum, setting.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        raise UserError(f"{setting.subject} moet tussen {low:g} en {high:g} liggen.")
    if setting.kind is SettingKind.INT:
        if value != int(value):
            raise UserError(f"{setting.subject} moet een geheel getal zijn, niet {value:g}.")
        return int(value)
    return float(value)


def update_settings(uow: UnitOfWork, changes: Mapping[str, tuple[object, int]]) -> dict[str, int]:
    """Save several settings at once: ``{key: (value, expected_version)}``.

    Every value is checked before anything is written and all rows change in one transaction,
    so a wrong value or a conflict leaves every setting as it was.

    Returns:
        The new version of each changed row, by key.

    Raises:
        UserError: a value is wrong or the key is not editable (nothing is saved).
        ConflictError: a setting was changed, added or removed by someone else meanwhile.
    """
    cleaned = {
        key: (validate_setting(key, value), version) for key, (value, version) in changes.items()
    }
    if not cleaned:
        return {}
    subject = (
        f"De instelling '{spec(next(iter(cleaned))).label}'"
        if len(cleaned) == 1
        else "De instellingen"
    )
    records = q.setting_records(uow.session, cleaned)
    for key, (value, expected_version) in cleaned.items():
        label = f"De instelling '{spec(key).label}'"
        record = records.get(key)
        if record is None:
            if expected_version != NOT_STORED:
                raise removed_meanwhile(label)
            records[key] = q.add_setting(uow.session, key, value)
            continue
        if expected_version == NOT_STORED:
            raise added_meanwhile(label)
        check_version(label, record.version, expected_version, record)
        record.value = value
    uow.flush(subject)
    return {key: records[key].version for key in cleaned}


def update_setting(uow: UnitOfWork, key: str, value: object, expected_version: int) -> int:
    """Change one setting; returns the row's new version.

    Raises:
        UserError: the value is wrong for this setting (e.g. a percentage above 100).
        ConflictError: someone else changed the setting after ``expected_version`` was read.
    """
    return update_settings(uow, {key: (value, expected_version)})[key]
