"""Hostile session templates: mutate valid template files and check each is accepted whole or refused whole.

A user may drop any file into the templates folder. Every input must either load completely
(a template whose blocks are exactly the file's blocks) or be refused with a ContentError naming
the file and field; any other exception is a failure. Mutations: flipped and inserted bytes,
truncation, deleted and duplicated lines, invalid UTF-8, values of the wrong type, huge strings,
deep nesting, unknown keys.

Usage:  python tools/fuzz_templates.py [--seconds 1800] [--seed N]
The test suite runs a short variant (tests/test_hostile_input.py).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workshop_app.content.loader import load_library, load_template  # noqa: E402
from workshop_app.domain.errors import ContentError  # noqa: E402

SEEDS = sorted((ROOT / "sessions").glob("*.toml"))
MUTATIONS = (
    "flip", "insert", "truncate", "delete-line", "duplicate-line", "bad-utf8",
    "wrong-type", "huge", "nesting", "unknown-key", "minutes",
)  # fmt: skip


@dataclass
class FuzzReport:
    tried: Counter = field(default_factory=Counter)
    accepted: int = 0
    refused: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.tried.values())


def mutate(data: bytes, kind: str, rng: random.Random) -> bytes:
    blob = bytearray(data)
    lines = data.split(b"\n")
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            pos = rng.randrange(len(blob))
            blob[pos] ^= 1 << rng.randrange(8)
    elif kind == "insert":
        pos = rng.randrange(len(blob))
        blob[pos:pos] = rng.choice([b'"', b"[", b"]", b"=", b"\n", b"[[blocks]]\n", b"\x00", b"\\", b"'''"])
    elif kind == "truncate":
        blob = blob[: rng.randrange(len(blob))]
    elif kind == "delete-line":
        del lines[rng.randrange(len(lines))]
        blob = bytearray(b"\n".join(lines))
    elif kind == "duplicate-line":
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        blob = bytearray(b"\n".join(lines))
    elif kind == "bad-utf8":
        pos = rng.randrange(len(blob))
        blob[pos:pos] = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xfe\xfe"])
    elif kind in ("wrong-type", "huge", "nesting", "unknown-key", "minutes"):
        value = rng.choice(
            {
                "wrong-type": ["1", "true", "[]", "{}", "1979-05-27", "3.5", '["a", 1]', "-7"],
                "huge": ['"' + "x" * rng.choice([1000, 100_000, 2_000_000]) + '"'],
                "nesting": ["[" * 60 + "]" * 60, "{a = " * 40 + "1" + "}" * 40],
                "unknown-key": ['"surprise"'],
                "minutes": ["0", "-5", "100000", "99999999999999999999", "nan", "inf"],
            }[kind]
        )
        key_lines = [i for i, ln in enumerate(lines) if b" = " in ln and not ln.lstrip().startswith(b"#")]
        if key_lines:
            i = rng.choice(key_lines)
            key = lines[i].split(b" = ")[0]
            if kind == "unknown-key":
                key = b"surprise_" + str(rng.randrange(100)).encode()
                lines.insert(i, key + b" = " + value.encode())
            elif kind == "minutes":
                lines[i] = b"minutes = " + value.encode() if b"minutes" in key else lines[i]
            else:
                lines[i] = key + b" = " + value.encode()
        blob = bytearray(b"\n".join(lines))
    return bytes(blob)


def check_one(path: Path, library, report: FuzzReport, label: str) -> None:
    try:
        template = load_template(path, library)
    except ContentError as exc:
        if not exc.message or str(path) not in exc.message:
            report.failures.append(f"{label}: refusal does not name the file")
        report.refused += 1
        return
    except Exception as exc:  # noqa: BLE001 - exactly what fuzzing looks for
        report.failures.append(f"{label}: {type(exc).__name__}")
        return
    # Accepted: it must be whole, block for block, as the file says.
    parsed = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    blocks = parsed.get("blocks", [])
    if len(template.blocks) != len(blocks) or [b.title for b in template.blocks] != [
        str(b.get("title", "")).strip() for b in blocks
    ]:
        report.failures.append(f"{label}: accepted only in part")
        return
    report.accepted += 1


def run(count: int | None, folder: Path, seed: int = 1, seconds: float | None = None) -> FuzzReport:
    rng = random.Random(seed)
    library = load_library()
    originals = [p.read_bytes() for p in SEEDS]
    report = FuzzReport()
    target = folder / "user-template.toml"
    start = time.monotonic()
    i = 0
    while (count is None or i < count) and (seconds is None or time.monotonic() - start < seconds):
        data = rng.choice(originals)
        kinds = [rng.choice(MUTATIONS) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        for kind in kinds:
            if data:
                data = mutate(data, kind, rng)
        report.tried["+".join(kinds)] += 1
        target.write_bytes(data)
        check_one(target, library, report, f"{i}:{'+'.join(kinds)}")
        i += 1
    return report


def main(argv: list[str] | None = None) -> int:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=1800)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args(argv)
    report = run(None, Path(tempfile.mkdtemp()), args.seed, args.seconds)
    print(
        json.dumps(
            {
                "seed": args.seed,
                "tried": report.total,
                "accepted": report.accepted,
                "refused": report.refused,
                "failures": report.failures[:20],
            },
            indent=1,
        )
    )
    return 0 if not report.failures else 1


if __name__ == "__main__":
    sys.exit(main())
