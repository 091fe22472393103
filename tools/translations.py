"""Translations of the interface: extract, pseudo-translate and compile.

    python tools/translations.py update     # refresh resources/i18n/*.ts from the source (keeps translations)
    python tools/translations.py release    # compile every .ts into the .qm the app loads
    python tools/translations.py pseudo     # build the pseudo locale (accented, 40 % longer) and compile it
    python tools/translations.py check      # list messages the Welsh catalogue has not translated yet

Sources: every module of workshop_app/ui. Catalogues: resources/i18n/workshop_<code>.ts. The pseudo
locale shows at a glance which text never went through tr() and where longer text gets clipped.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "workshop_app" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("cy",)
PSEUDO_OPEN, PSEUDO_PAD, PSEUDO_CLOSE = "[", "·", "]"
_ACCENTS = str.maketrans(
    "AaCcEeIiNnOoSsUuYyZz",
    "ÅåÇçÉéÎîÑñÖöŠšÜüÝýŽž",
)


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to the running Python, or on the PATH."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", Path(sys.executable).parent / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-{name})")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.glob("*.py") if p.name != "__init__.py")


def extract(ts_path: Path, language: str) -> None:
    """Write or refresh a .ts catalogue from the source; existing translations are kept."""
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    cmd = [_tool("lupdate"), *map(str, source_files()), "-no-obsolete", "-locations", "none"]
    cmd += ["-target-language", language, "-ts", str(ts_path)]
    subprocess.run(cmd, check=True, capture_output=True)


def release(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([_tool("lrelease"), str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)


def pseudo(text: str) -> str:
    """Accented and 40 % longer, in brackets; placeholders, markup, entities and mnemonics stay intact."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "{":  # a {placeholder}
            end = text.find("}", i)
            end = len(text) - 1 if end < 0 else end
            out.append(text[i : end + 1])
            i = end + 1
        elif ch == "<":  # markup
            end = text.find(">", i)
            end = len(text) - 1 if end < 0 else end
            out.append(text[i : end + 1])
            i = end + 1
        elif ch == "&":  # an entity (&amp;) or a mnemonic (&File): kept as is
            semi = text.find(";", i)
            if 0 < semi - i <= 6 and text[i + 1 : semi].isalnum():
                out.append(text[i : semi + 1])
                i = semi + 1
            else:
                out.append(text[i : i + 2])
                i += 2
        elif ch == "%" and i + 1 < len(text) and text[i + 1] in "n123456789":
            out.append(text[i : i + 2])
            i += 2
        else:
            out.append(ch.translate(_ACCENTS))
            i += 1
    visible = len(text)
    return PSEUDO_OPEN + "".join(out) + PSEUDO_PAD * max(1, math.ceil(visible * 0.4)) + PSEUDO_CLOSE


def is_pseudo(text: str) -> bool:
    return PSEUDO_PAD + PSEUDO_CLOSE in text


def fill(ts_path: Path, translate) -> None:  # type: ignore[no-untyped-def]
    """Give every message in a catalogue the translation `translate(source)`."""
    tree = ET.parse(ts_path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None:
            node = ET.SubElement(message, "translation")
        node.attrib.pop("type", None)
        node.text = translate(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def build_pseudo(folder: Path) -> Path:
    """The pseudo-locale catalogue from the current source, compiled; returns the .qm path."""
    ts_path = folder / "workshop_pseudo.ts"
    extract(ts_path, "en")
    fill(ts_path, pseudo)
    qm_path = folder / "workshop_pseudo.qm"
    release(ts_path, qm_path)
    return qm_path


def messages(ts_path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None while unfinished."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            done = node is not None and node.get("type") not in ("unfinished", "obsolete", "vanished") and node.text
            result[(name, message.findtext("source") or "")] = node.text if done and node is not None else None
    return result


def untranslated(language: str) -> list[tuple[str, str]]:
    """Messages in the current source that the shipped catalogue does not translate."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shipped = I18N / f"workshop_{language}.ts"
        if shipped.exists():
            shutil.copy(shipped, fresh)
        extract(fresh, language)
        return [key for key, value in messages(fresh).items() if not value]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    if command == "update":
        for code in LANGUAGES:
            extract(I18N / f"workshop_{code}.ts", code)
    elif command == "release":
        for code in LANGUAGES:
            release(I18N / f"workshop_{code}.ts", I18N / f"workshop_{code}.qm")
    elif command == "pseudo":
        print(build_pseudo(I18N))
    elif command == "check":
        missing = {code: untranslated(code) for code in LANGUAGES}
        for code, keys in missing.items():
            for context, source in keys:
                print(f"{code}\t{context}\t{source!r}")
        return 1 if any(missing.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
