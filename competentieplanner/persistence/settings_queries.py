"""Queries for the settings administrators edit: flat ``"section.key"`` rows with a JSON value."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from competentieplanner.persistence import records as r


def stored_settings(session: Session, keys: Iterable[str]) -> dict[str, tuple[Any, int]]:
    """``{key: (value, version)}`` of the rows that exist among ``keys``."""
    rows = session.execute(
        select(r.SettingRecord.key, r.SettingRecord.value, r.SettingRecord.version).where(
            r.SettingRecord.key.in_(list(keys))
        )
    )
    return {key: (value, version) for key, value, version in rows}


def setting_records(session: Session, keys: Iterable[str]) -> dict[str, r.SettingRecord]:
    """The rows of ``keys`` that exist, by key, to change them."""
    found = session.scalars(select(r.SettingRecord).where(r.SettingRecord.key.in_(list(keys))))
    return {record.key: record for record in found}


def add_setting(session: Session, key: str, value: Any) -> r.SettingRecord:
    record = r.SettingRecord(key=key, value=value)
    session.add(record)
    return record
