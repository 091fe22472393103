"""Registers the bundled DejaVu Sans family with reportlab once, so every PDF embeds it."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import get_asset

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

# reportlab font name -> file under resources/fonts/
FONT_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    """A bundled font file is not where resources/fonts/ should hold it."""


def register_fonts() -> str:
    """Register the DejaVu Sans family (idempotent, thread-safe); return the family name.

    Paragraph markup <b> and <i> map onto the bold and oblique faces, so no text ever
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
        _registered = True
    return FAMILY
