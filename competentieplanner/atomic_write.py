"""Writing an export safely: into a temporary file in the user's data folder, then moved onto it.

The one helper every export (workbook, PDF) goes through. A reader never sees half a file, a
failed or cancelled export leaves the previous file as it was, and a target held open by another
program (Windows refuses the rename with a sharing violation, a PermissionError, for a workbook
open in Excel or a PDF open in a viewer) gives a clear Dutch message instead of a traceback. The
temporary file never lies beside the target, which may be on a shared drive (AVG: no stray copies
of personal data where others can read them).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from competentieplanner import paths
from competentieplanner.domain.errors import UserError

#: What a full disk (or the maximum file size) means, for files and the database alike.
DISK_FULL = (
    "De schijf is vol (of de maximale bestandsgrootte is bereikt); er is niets opgeslagen. "
    "Maak ruimte vrij en probeer het opnieuw."
)


def check_target(target: Path) -> Path:
    """Refuse a target in a missing folder or naming a folder, before any work is done.

    Returns the target as an absolute path.
    """
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise UserError(
            f"'{target}' is een map; geef een bestandsnaam op, bijvoorbeeld "
            f"{target / ('export' + (target.suffix or '.xlsx'))}."
        )
    if not target.parent.is_dir():
        raise UserError(
            f"De map '{target.parent}' bestaat niet; maak hem eerst aan of kies een andere map."
        )
    return target


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the user's data folder; when the block ends without an error the
    file replaces ``target``. On any error (or cancel) the temporary file is removed.

    Raises:
        UserError: the folder does not exist or cannot be written, ``target`` is a folder, or
            ``target`` is open in another program.
    """
    target = check_target(target)
    folder = target.parent
    if not os.access(folder, os.W_OK):
        raise UserError(f"In de map '{folder}' mag niet worden geschreven.")
    handle, temporary = paths.private_temp_file(target, suffix=target.suffix + ".tmp")
    os.close(handle)
    try:
        yield temporary
        _replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_atomically(out: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` with a binary stream onto a temporary file, then move it onto ``out``;
    returns ``out`` as an absolute path."""
    with atomic_output(out) as temporary, temporary.open("wb") as stream:
        write(stream)
    return check_target(out)


def _replace(temporary: Path, target: Path) -> None:
    try:
        paths.move_into_place(temporary, target)
    except PermissionError as exc:
        raise UserError(
            f"'{target.name}' is geopend in een ander programma; sluit het en probeer het "
            "opnieuw, of kies een andere naam."
        ) from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise UserError(f"Kan '{target}' niet opslaan. {DISK_FULL}") from exc
        raise UserError(f"Kan '{target}' niet opslaan: {exc.strerror or exc}.") from exc
