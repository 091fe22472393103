"""Lengths, drift and dates in the interface language (the domain's own formats are English); HTML escaping."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def escape_html(text: str) -> str:
    """`html.escape(text)` (quotes too), without importing `html` and its table of 2,000 entities at start."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def format_minutes(total: int) -> str:
    """'3 h 30 min', '45 min' in the interface language."""
    hours, mins = divmod(int(total), 60)
    if hours and mins:
        return QCoreApplication.translate("texts", "{hours} h {minutes} min").format(hours=hours, minutes=f"{mins:02d}")
    if hours:
        return QCoreApplication.translate("texts", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("texts", "{minutes} min").format(minutes=mins)


def format_drift(seconds: float) -> str:
    """'On time', '4 min behind', '2 min ahead' (rounded to whole minutes)."""
    minutes = round(seconds / 60)
    if minutes == 0:
        return QCoreApplication.translate("texts", "On time")
    if minutes > 0:
        return QCoreApplication.translate("texts", "{minutes} min behind").format(minutes=abs(minutes))
    return QCoreApplication.translate("texts", "{minutes} min ahead").format(minutes=abs(minutes))


def format_date(value: date, pattern: str = "ddd d MMM yyyy") -> str:
    """A date with day and month names in the interface language (Qt's locale data)."""
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)
