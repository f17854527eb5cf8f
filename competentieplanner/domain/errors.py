"""Errors a user can cause and understand. Messages are Dutch and say what to do."""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Input rejected: the command line prints the message and exits with code 1."""


class NotFoundError(UserError):
    """A unit, employee, profile or offer named by the user does not exist."""


class DatabaseError(UserError):
    """The database cannot be opened, upgraded or trusted."""


class ConflictError(UserError):
    """The row was changed or removed by someone else after the screen loaded it."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation problem in an input file: where it is and why it is wrong."""

    message: str
    file: str = ""
    row: int | None = None
    column: str = ""  # column letter, e.g. "C"
    header: str = ""
    value: str = ""

    def __str__(self) -> str:
        where = [self.file] if self.file else []
        if self.row is not None:
            where.append(f"rij {self.row}")
        if self.column:
            where.append(f"kolom {self.column}" + (f" ({self.header})" if self.header else ""))
        elif self.header:
            where.append(f"kolom '{self.header}'")
        location = ", ".join(where)
        value = f" waarde '{self.value}':" if self.value else ""
        return f"{location}:{value} {self.message}" if location else self.message


class ValidationError(UserError):
    """One or more problems in an input; nothing was written."""

    def __init__(self, problems: list[Problem], summary: str = "") -> None:
        self.problems = problems
        head = summary or f"{len(problems)} fout(en) gevonden; er is niets opgeslagen."
        super().__init__(head + "\n" + "\n".join(f"- {p}" for p in problems[:50]))
