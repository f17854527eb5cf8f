"""The bundled Unicode TrueType font (DejaVu Sans), registered once per process.

reportlab's built-in Helvetica only knows Latin-1 and prints Ĳ, Ş, ı and Ł as black squares; every
style, table and chart label therefore uses these names, never a built-in font.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from competentieplanner import paths
from competentieplanner.domain.errors import UserError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FAMILY = REGULAR

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu faces and map <b>/<i> in paragraphs onto them (idempotent)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = paths.resources_dir() / "fonts"
        for name, file in _FILES.items():
            try:
                pdfmetrics.registerFont(TTFont(name, str(folder / file)))
            except (OSError, TTFError) as exc:
                raise UserError(
                    f"Het lettertype {folder / file} ontbreekt of is beschadigd; installeer de "
                    "toepassing opnieuw."
                ) from exc
        # Bold-italic has no face of its own: bold is the stronger signal, so it wins.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True
