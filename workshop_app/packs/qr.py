"""QR codes of sheet codes, encoded by reportlab's own QR encoder (no extra dependency)."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.barcode import qrencoder

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_modules(text: str) -> list[list[bool]]:
    """The QR matrix for `text` (error correction level M): rows of dark (True) / light modules."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    return [[bool(m) for m in row] for row in qr.modules]


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw `text` as a QR code in the square (x, y, size), quiet zone included, in black."""
    modules = qr_modules(text)
    n = len(modules)
    box = size / (n + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(modules):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                canvas.rect(
                    x + (start + QUIET_ZONE) * box,
                    y + size - (r + QUIET_ZONE + 1) * box,
                    (c - start) * box,
                    box,
                    stroke=0,
                    fill=1,
                )
            else:
                c += 1
    canvas.restoreState()
