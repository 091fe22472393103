"""Loads the consent form's wording (resources/consent.toml) into a ConsentForm."""

from __future__ import annotations

import tomllib
from pathlib import Path

from .. import paths
from ..domain.errors import ContentError
from ..domain.pack import ConsentForm

CONSENT_FILE = "consent.toml"


def load_consent(resources: Path | None = None) -> ConsentForm:
    """Read and check the consent wording; any problem raises ContentError naming file and field."""
    file = (resources if resources is not None else paths.resources_dir()) / CONSENT_FILE
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(str(file), "", "the file is missing") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(str(file), "", f"cannot be read: {exc}") from None

    def text(name: str, required: bool = True) -> str:
        value = data.get(name, "")
        if not isinstance(value, str):
            raise ContentError(str(file), name, "must be text")
        value = " ".join(value.split())
        if required and not value:
            raise ContentError(str(file), name, "cannot be empty")
        return value

    statements = data.get("statements")
    if not isinstance(statements, list) or not statements:
        raise ContentError(str(file), "statements", "must be a list of at least one statement")
    for i, s in enumerate(statements):
        if not isinstance(s, str) or not s.strip():
            raise ContentError(str(file), f"statements[{i}]", "must be non-empty text")
    unknown = set(data) - {"title", "intro", "statements", "quoting_statement", "withdraw_note"}
    if unknown:
        raise ContentError(str(file), sorted(unknown)[0], "is not a field of the consent form")
    return ConsentForm(
        title=text("title"),
        intro=text("intro"),
        statements=tuple(" ".join(s.split()) for s in statements),
        quoting_statement=text("quoting_statement", required=False),
        withdraw_note=text("withdraw_note", required=False),
    )
