"""The pack's own headings in each interface language. The pack follows the language the app speaks.

Participants' text, content and names are printed as they are; only the pack's fixed labels change.
A language without a label here falls back to English, label by label.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "session_pack": "SESSION PACK",
        "in_this_pack": "IN THIS PACK",
        "agenda": "Agenda",
        "facilitator_guide": "Facilitator guide",
        "your_reflections": "Your reflections",
        "references": "References",
    },
    "cy": {
        "session_pack": "PECYN SESIWN",
        "in_this_pack": "YN Y PECYN HWN",
        "agenda": "Agenda",
        "facilitator_guide": "Canllaw'r hwylusydd",
        "your_reflections": "Eich myfyrdodau",
        "references": "Cyfeiriadau",
    },
}
LANGUAGES = tuple(LABELS)


def label(language: str, key: str) -> str:
    """The label `key` in `language`, or in English when that language has none."""
    return LABELS.get(language, {}).get(key) or LABELS["en"][key]
