"""Writing a finished PDF safely: into a temporary file beside the target, then renamed.

A reader never sees half a document, a failed or cancelled export leaves the old file as it was,
and a target held open by another program (Windows locks a PDF open in a viewer) gives a clear
Dutch message instead of a traceback.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

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
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.tmp", dir=folder)
    except PermissionError as exc:
        raise UserError(f"In de map '{folder}' mag niet worden geschreven.") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        try:
            os.replace(temp, out)
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
