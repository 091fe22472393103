"""Autosave of one reflection edit against a raw commit of one row on the same connection profile.

    python bench/bench_autosave.py [--quick] [--data DB] [--saves N]

The app side is exactly what the editor calls 400 ms after a pause: EntryService.save_reflection
(validation, one write transaction with BEGIN IMMEDIATE, lookups of the session and participant,
the update, commit with synchronous=FULL in WAL mode). The floor is the same DB-API module
(sqlcipher3, same SQLite) on its own connection with the same pragmas, committing an UPDATE of
one row. Both work on the same file, alternately, over the large data set.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from _common import dataset, machine, median, ms, percentile, result

TARGET_P99 = 3.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--data", help="an existing data set from bench/generate.py (copied: not changed)")
    parser.add_argument("--saves", type=int, default=None, help="saves per side (default 400, quick 30)")
    args = parser.parse_args()
    saves = args.saves or (30 if args.quick else 400)
    print(machine())
    from workshop_app.content.loader import load_library
    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database
    from workshop_app.storage.engine import PRAGMAS, dbapi_module

    with tempfile.TemporaryDirectory(prefix="bench-autosave-") as tmp:
        source = dataset(args.data, quick=args.quick, tmp=Path(tmp))
        db_path = Path(tmp) / "autosave.db"
        if source != db_path:
            import shutil

            shutil.copyfile(source, db_path)
        services = Services.create(open_database(db_path), load_library())
        raw = dbapi_module().connect(str(db_path))
        raw.isolation_level = None
        for name, value in PRAGMAS.items():
            raw.execute(f"PRAGMA {name}={value}")
        rows = raw.execute(
            "SELECT id, session_id, participant_id, prompt FROM reflection ORDER BY random() LIMIT ?", (saves * 2,)
        ).fetchall()
        rng = random.Random(7)
        app_times: list[float] = []
        raw_times: list[float] = []
        for i in range(saves):
            rid, session_id, participant_id, prompt = rows[2 * i]
            text = f"Edited reflection {i}: " + "trust grows slowly between teams. " * rng.randint(1, 12)
            t = time.perf_counter()
            services.entries.save_reflection(session_id, participant_id, prompt, text)
            app_times.append(time.perf_counter() - t)
            other = rows[2 * i + 1][0]
            t = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "UPDATE reflection SET text = ?, updated_at = ? WHERE id = ?",
                (text, "2026-01-01 00:00:00.000000", other),
            )
            raw.execute("COMMIT")
            raw_times.append(time.perf_counter() - t)
        raw.close()
        services.close()
        check = dbapi_module().connect(str(db_path))
        assert (
            check.execute("SELECT text FROM reflection WHERE id = ?", (rows[0][0],))
            .fetchone()[0]
            .startswith("Edited reflection 0")
        )
        check.close()
    app50, app99 = median(app_times), percentile(app_times, 99)
    raw50, raw99 = median(raw_times), percentile(raw_times, 99)
    print(f"saves per side: {saves}")
    print(f"app  save_reflection: p50 {ms(app50)}, p99 {ms(app99)}, max {ms(max(app_times))}")
    print(f"raw  one-row commit:  p50 {ms(raw50)}, p99 {ms(raw99)}, max {ms(max(raw_times))}")
    result(
        "autosave of one reflection edit (p99)",
        ms(app99),
        f"raw one-row commit p99 {ms(raw99)}",
        app99 / raw99,
        f"p99 <= {TARGET_P99}x",
        app99 / raw99 <= TARGET_P99,
    )
    print(f"(p50: {ms(app50)} vs {ms(raw50)}, {app50 / raw50:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
