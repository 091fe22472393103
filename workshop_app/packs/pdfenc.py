"""The text of a PDF's objects and content streams turned into bytes, as reportlab does it, faster.

reportlab encodes every string it writes (each page's and each form's drawing operators, names,
numbers, dictionary keys) with its 'extpdfdoc' codec, a character map looked up one character at
a time: about 0.2 ms for a QR code's 10 KB of operators, thousands of times per pack. Almost all
of that text is ASCII, and for ASCII the map is the identity except for the eight characters
U+0018 to U+001F, which it cannot encode at all. `pdfdoc_enc` gives ASCII text without those
straight to Python's ASCII encoder and everything else to reportlab's codec, so it returns the
same bytes (or raises the same error) for every string; `install` puts it where reportlab's
document writer looks for its encoder.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase import pdfdoc

_ORIGINAL = pdfdoc.pdfdocEnc
_NOT_IDENTITY = re.compile("[\x18-\x1f]")  # ASCII that 'extpdfdoc' does not map to itself (it cannot encode them)


def pdfdoc_enc(x: Any) -> Any:
    """reportlab's `pdfdocEnc`: a str encoded with 'extpdfdoc', anything else as it is."""
    if isinstance(x, str):
        if x.isascii() and _NOT_IDENTITY.search(x) is None:
            return x.encode("ascii")
        return x.encode("extpdfdoc")
    return x


def install() -> None:
    """Make reportlab's document writer encode with `pdfdoc_enc` (idempotent)."""
    pdfdoc.pdfdocEnc = pdfdoc_enc


def original() -> Any:
    """reportlab's own encoder (for tests that compare the two)."""
    return _ORIGINAL
