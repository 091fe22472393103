"""Registers the bundled Noto fonts with reportlab once and says which font draws which character."""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import get_asset

FAMILY = "NotoSans"
REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"

# reportlab font name -> file under resources/fonts/
FONT_FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}

# For each face, the fonts tried in turn for a character the face lacks (Arabic script has no
# italic: Naskh is used upright).
FALLBACKS: dict[str, tuple[str, ...]] = {
    REGULAR: (REGULAR, ARABIC),
    BOLD: (BOLD, ARABIC_BOLD),
    ITALIC: (ITALIC, REGULAR, ARABIC),
    BOLD_ITALIC: (BOLD_ITALIC, BOLD, ARABIC_BOLD),
    ARABIC: (ARABIC, REGULAR),
    ARABIC_BOLD: (ARABIC_BOLD, BOLD),
}

# Printed in place of a character no bundled font has (the builder also reports it).
PLACEHOLDER = "\ufffd"  # REPLACEMENT CHARACTER, in every Noto Sans face

_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    """A bundled font file is not where resources/fonts/ should hold it."""


def register_fonts() -> str:
    """Register the Noto fonts (idempotent, thread-safe); return the main family's name.

    Paragraph markup <b> and <i> map onto the bold and italic faces, so no text ever
    falls back to a standard (non-embedded) PDF font.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        for name, filename in FONT_FILES.items():
            path = get_asset("fonts", filename)
            if not path.is_file():
                raise FontMissingError(f"Font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD)
        _registered = True
    return FAMILY


@lru_cache(maxsize=16)
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def has_glyph(font_name: str, ch: str) -> bool:
    return ord(ch) in _cmap(font_name)


def covers(font_name: str, text: str) -> bool:
    """True when `font_name` has a glyph for every character of `text`."""
    cmap = _cmap(font_name)
    return all(ord(ch) in cmap for ch in text)


def font_for(face: str, ch: str) -> str | None:
    """The first font in `face`'s fallback chain that draws `ch`, or None if none does."""
    for name in FALLBACKS.get(face, (face,)):
        if ord(ch) in _cmap(name):
            return name
    return None
