"""Look and language of every report: colours, paragraph and table styles, Dutch number and date
formats, and the escaping that keeps user text from being read as Paragraph markup.

reportlab's Paragraph parses its text as XML-like markup: ``a<b`` breaks the build and
``<img src=...>`` opens a file. All user text therefore goes through :func:`esc` (or the helpers
built on it) before it reaches a Paragraph. Plain strings in Table cells are drawn as they are and
need no escaping.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, TableStyle

from competentieplanner import formats
from competentieplanner.reports import fonts

# -- colours: a calm municipal house style, dark blue with one warm accent ----------------------
INK = colors.HexColor("#1B2A3A")
MUTED = colors.HexColor("#5B6773")
HOUSE = colors.HexColor("#1F4E79")  # headings, header rule, current level
HOUSE_LIGHT = colors.HexColor("#E8EEF5")  # table header background
RULE = colors.HexColor("#C9D2DC")
ZEBRA = colors.HexColor("#F6F8FA")
TARGET_FILL = colors.HexColor("#D5DCE4")
TARGET_EDGE = colors.HexColor("#7D8B99")
BELOW = colors.HexColor("#C8741E")  # current level below target
MET = colors.HexColor("#2E7D4F")  # current level at or above target
HEAT_MET = colors.HexColor("#CFE8D6")
HEAT_ONE = colors.HexColor("#FBE7C0")
HEAT_MORE = colors.HexColor("#F3C5C0")
HEAT_UNKNOWN = colors.HexColor("#ECEFF2")
WHITE = colors.white

PAGE_MARGIN = 20 * mm
BASE_SIZE = 9.2
BASE_LEADING = 12.6

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms: text that needs bidi order.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


# -- escaping -------------------------------------------------------------------------------------
def clean(text: object) -> str:
    """User text as a plain string without control characters (a PDF cannot show them), each
    line with right-to-left script (Arabic, Hebrew) put in visual order: reportlab draws every
    run left to right, so a name like 'محمد' would otherwise print reversed."""
    plain = _CONTROL.sub("", "" if text is None else str(text))
    if not _RTL.search(plain):
        return plain
    return "\n".join(get_display(line) for line in plain.split("\n"))


def esc(text: object) -> str:
    """User text made safe for Paragraph markup: ``<``, ``>`` and ``&`` become entities."""
    return escape(clean(text))


def esc_lines(text: object) -> str:
    """Like :func:`esc`, and keeps the user's line breaks (Paragraph treats newlines as spaces)."""
    return "<br/>".join(esc(line) for line in clean(text).splitlines())


def markup(template: str, **values: object) -> str:
    """Fill a trusted markup template with escaped user values: ``markup("<b>{n}</b>", n=name)``."""
    return template.format(**{key: esc(value) for key, value in values.items()})


def para(text: object, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph showing ``text`` literally (escaped), line breaks kept."""
    return Paragraph(esc_lines(text), style or STYLES.body)


def para_markup(trusted_markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph from markup built by this package; any user text in it must be escaped."""
    return Paragraph(trusted_markup, style or STYLES.body)


# -- Dutch formats: delegations to competentieplanner.formats (shared with screens and workbooks)
def format_date(day: dt.date | None) -> str:
    """``12 oktober 2026``; empty for no date."""
    return "" if day is None else formats.long_date(day)


def format_short_date(day: dt.date | None) -> str:
    """``12-10-2026``, as Dutch forms write a date."""
    return "" if day is None else formats.date(day)


def format_number(value: float | Decimal, decimals: int = 0) -> str:
    """Dutch notation: ``1.234,5`` (point for thousands, comma for decimals), halves rounded up."""
    return formats.number(value, decimals)


def format_money(value: Decimal | float, *, cents: bool = True) -> str:
    """``€ 1.450,00``; without ``cents`` whole amounts show no cents (``€ 15.600``) but an
    amount with cents keeps them (``€ 1.450,50``), as on the screens."""
    return formats.money(value, cents=True if cents else None)


def format_hours(value: float) -> str:
    """``16`` or ``7,5``: hours without needless decimals."""
    return formats.hours_number(value)


def format_percent(value: float) -> str:
    return formats.percent(value)


def format_level(level: int | None) -> str:
    return "onbekend" if level is None else str(level)


# -- paragraph styles -----------------------------------------------------------------------------
class _Styles:
    """Paragraph styles, created after the fonts are registered."""

    def __init__(self) -> None:
        fonts.register_fonts()
        base = ParagraphStyle(
            "body",
            fontName=fonts.REGULAR,
            fontSize=BASE_SIZE,
            leading=BASE_LEADING,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=4,
        )
        self.body = base
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=19,
            leading=24,
            textColor=HOUSE,
            spaceAfter=2,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=13,
            leading=17,
            textColor=HOUSE,
            spaceBefore=12,
            spaceAfter=5,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.small = ParagraphStyle(
            "small", parent=base, fontSize=7.8, leading=10, textColor=MUTED, spaceAfter=2
        )
        self.note = ParagraphStyle(
            "note",
            parent=base,
            fontName=fonts.ITALIC,
            fontSize=8.3,
            leading=11,
            textColor=MUTED,
            spaceAfter=4,
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.6, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=fonts.BOLD)
        self.cell_head = ParagraphStyle(
            "cell_head",
            parent=self.cell,
            fontName=fonts.BOLD,
            fontSize=HEADER_SIZE,
            leading=HEADER_SIZE + 2,
            textColor=HOUSE,
        )
        self.cell_small = ParagraphStyle(
            "cell_small", parent=self.cell, fontSize=7.6, leading=9.6, textColor=MUTED
        )
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.label = ParagraphStyle("label", parent=self.cell, textColor=MUTED)


_styles: _Styles | None = None


def styles() -> _Styles:
    global _styles
    if _styles is None:
        _styles = _Styles()
    return _styles


class _LazyStyles:
    """``STYLES.body`` without creating styles (and loading fonts) at import time."""

    def __getattr__(self, name: str) -> ParagraphStyle:
        value: ParagraphStyle = getattr(styles(), name)
        return value


STYLES = _LazyStyles()

CELL_SIZE = 8.3
HEADER_SIZE = 8.0


def table_style(
    *,
    header_rows: int = 1,
    right_columns: Sequence[int] = (),
    center_columns: Sequence[int] = (),
    zebra: bool = True,
    total_row: bool = False,
    font_size: float = CELL_SIZE,
) -> TableStyle:
    """The house table: light header band, thin rules, optional zebra rows and a bold total row.

    Every cell gets a DejaVu font explicitly: a Table otherwise draws plain strings in Helvetica.
    """
    fonts.register_fonts()
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, font_size, font_size + 2.4),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
    ]
    if header_rows:
        commands += [
            ("FONT", (0, 0), (-1, header_rows - 1), fonts.BOLD, HEADER_SIZE, HEADER_SIZE + 2.4),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HOUSE_LIGHT),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), HOUSE),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, HOUSE),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, ZEBRA]))
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    for column in center_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "CENTER"))
    if total_row:
        commands += [
            ("FONT", (0, -1), (-1, -1), fonts.BOLD, font_size, font_size + 2.4),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, HOUSE),
            ("BACKGROUND", (0, -1), (-1, -1), WHITE),
        ]
    return TableStyle(commands)


def layout_style(*, padding: float = 0, extra: Sequence[tuple[object, ...]] = ()) -> TableStyle:
    """A borderless table used only to place flowables side by side.

    The font is set even though the cells hold flowables: Table selects the cell font before it
    looks at the cell, and would otherwise pull Helvetica into the PDF.
    """
    fonts.register_fonts()
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]
    return TableStyle(commands + list(extra))


def truncate(text: str, limit: int) -> str:
    """Shorten a one-line label to ``limit`` characters with an ellipsis."""
    text = clean(text)
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "…"
