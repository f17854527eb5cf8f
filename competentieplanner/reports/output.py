"""Writing a finished PDF safely: into a temporary file in the user's data folder (never beside
an export on a shared drive), then moved onto the target.

A reader never sees half a document, a failed or cancelled export leaves the old file as it was,
and a target held open by another program (Windows locks a PDF open in a viewer) gives a clear
Dutch message instead of a traceback.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from competentieplanner import paths
from competentieplanner.domain.errors import UserError


def write_atomically(out: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call ``write`` with a temporary file in ``out``'s folder, then move it onto ``out``.

    Raises:
        UserError: the folder does not exist or cannot be written, ``out`` is a folder, or
            ``out`` is open in another program.
    """
    out = Path(out).expanduser().absolute()
    folder = out.parent
    if out.is_dir():
        raise UserError(
            f"'{out}' is een map; geef een bestandsnaam op, bijvoorbeeld {out / 'rapport.pdf'}."
        )
    if not folder.is_dir():
        raise UserError(
            f"De map '{folder}' bestaat niet; maak hem eerst aan of kies een andere map."
        )
    if not os.access(folder, os.W_OK):
        raise UserError(f"In de map '{folder}' mag niet worden geschreven.")
    handle, temp = paths.private_temp_file(out, suffix=out.suffix + ".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        try:
            paths.move_into_place(temp, out)
        except PermissionError as exc:
            raise UserError(
                f"'{out}' is geopend in een ander programma of alleen-lezen. Sluit het bestand "
                "(bijvoorbeeld in de PDF-lezer) en probeer het opnieuw, of kies een andere naam."
            ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return out
