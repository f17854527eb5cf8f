"""One normal form for text that identifies someone or something (numbers, names, codes).

Two strings that look the same must be the same: a personnel number with a zero-width space, a
bidi control or full-width digits, or a unit name in NFD instead of NFC, would otherwise be
stored as a second person or unit that nobody can tell apart from the first. Every entry point
(import, editors, command line) passes text through :func:`normalised`.
"""

from __future__ import annotations

import unicodedata

#: Categories we cannot make visible or comparable: controls (other than the whitespace that
#: callers fold into spaces), lone surrogates, private-use and unassigned code points.
_UNUSABLE_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
_WHITESPACE_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85")


class UnusableTextError(ValueError):
    """Text holding a character that cannot be normalised; the message is the Dutch reason."""


def normalise(text: str) -> str:
    """NFC, format characters (Unicode category Cf: zero-width, bidi controls, soft hyphen,
    BOM) removed, every decimal digit (full-width, Arabic-Indic, ...) folded to ASCII 0-9.

    Never raises; characters that cannot be normalised are left for :func:`normalised`."""
    if text.isascii():
        return text
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        category = unicodedata.category(ch)
        if category == "Cf":
            continue
        if category == "Nd":
            out.append(str(unicodedata.decimal(ch)))
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def unusable_characters(text: str) -> list[str]:
    """The characters of ``text`` that :func:`normalised` refuses, in order, each once."""
    found: list[str] = []
    for ch in text:
        if ch in _WHITESPACE_CONTROLS or ch in found:
            continue
        if unicodedata.category(ch) in _UNUSABLE_CATEGORIES:
            found.append(ch)
    return found


def describe_character(ch: str) -> str:
    """'U+0007' plus the Unicode name when it has one: how a message names an invisible char."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def normalised(text: str) -> str:
    """:func:`normalise`, refusing text with a control, surrogate, private-use or unassigned
    character.

    Raises:
        UnusableTextError: with a Dutch reason naming the character(s).
    """
    result = normalise(text)
    bad = unusable_characters(result)
    if bad:
        named = ", ".join(describe_character(ch) for ch in bad[:3])
        raise UnusableTextError(f"bevat een onzichtbaar of ongeldig teken: {named}")
    return result


def printable(text: str) -> str:
    """``text`` with unusable characters shown as <U+XXXX>, safe to put in a message."""
    bad = set(unusable_characters(text))
    if not bad:
        return text
    return "".join(f"<U+{ord(ch):04X}>" if ch in bad else ch for ch in text)
