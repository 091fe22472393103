"""How search splits text into words: the same rule as the database's full-text index.

A word is a run of letters, digits, combining marks and private-use characters (and any
character beyond the Basic Multilingual Plane, such as emoji); everything else separates
words. Words are compared in lower case with the accents of Latin letters removed.
"""

from __future__ import annotations

import unicodedata


def is_word_char(ch: str) -> bool:
    if ord(ch) > 0xFFFF:
        return True
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def words(text: str) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    for ch in text:
        if is_word_char(ch):
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def _is_latin(ch: str) -> bool:
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def fold(word: str) -> str:
    """Lower case, Latin accents removed, loose combining accents dropped."""
    out: list[str] = []
    for ch in word.lower():
        if 0x300 <= ord(ch) <= 0x36F:
            continue
        parts = unicodedata.normalize("NFD", ch)
        if len(parts) > 1 and _is_latin(parts[0]) and all(0x300 <= ord(p) <= 0x36F for p in parts[1:]):
            ch = parts[0]
        out.append(ch)
    return "".join(out)


def fts_query(text: str) -> str:
    """A full-text query in which every typed word must start some word of the text."""
    return " ".join(f'"{w}"*' for w in words(text))
