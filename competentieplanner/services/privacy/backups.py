"""The backups the tool made before schema upgrades, with their age: each one still holds data
that was erased after it was made, until it is deleted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from competentieplanner import paths

BACKUP_WARNING = (
    "Let op: een back-up bewaart ook gegevens die daarna worden gewist of waarvan de "
    "bewaartermijn verloopt, tot de back-up zelf wordt verwijderd. Bewaar back-ups op een "
    "beveiligde plek en verwijder ze volgens het back-upbeleid van de gemeente."
)


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made: dt.datetime
    size: int

    def age_days(self, now: dt.datetime | None = None) -> int:
        return ((now or dt.datetime.now()) - self.made).days


def list_backups(folder: Path | None = None) -> list[Backup]:
    """The tool's own backups in the user's data folder, oldest first."""
    folder = folder or paths.backup_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.backup-*.db"):
        stat = path.stat()
        found.append(Backup(path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: b.made)
