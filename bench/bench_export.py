"""Export 600,000 responses to CSV, against the csv module writing the same rows from memory.

    python bench/bench_export.py [--quick] [--data DB] [--runs N]

The app has no export yet (it is planned separately); this times the prototype an export service
would run: one read-only unit of work on the app's engine streaming a query that joins every
reflection to its participant, session and programme (in batches, through SQLAlchemy), written
with csv.writer to a file. The floor writes the very same rows, already in a Python list, with
csv.writer to a file. Target: <= 3x.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

from _common import dataset, machine, median, result

TARGET = 3.0
HEADER = ("programme", "session", "held_on", "participant_code", "participant", "organisation", "prompt", "text")
QUERY = """
SELECT g.name, s.title, s.held_on, p.code, p.name, p.organisation, r.prompt, r.text
FROM reflection AS r
JOIN session AS s ON s.id = r.session_id
JOIN programme AS g ON g.id = s.programme_id
LEFT JOIN participant AS p ON p.id = r.participant_id
ORDER BY g.created_at, s.held_on, p.code, r.prompt
"""


def export_through_app(db: object, out: Path) -> int:
    """The prototype export: a read-only unit of work streaming rows in batches into csv.writer."""
    from sqlalchemy import text

    n = 0
    with db.unit_of_work(write=False) as uow, out.open("w", newline="", encoding="utf-8") as fh:  # type: ignore[attr-defined]
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        result = uow.db.execute(text(QUERY).execution_options(yield_per=5000))
        for batch in result.partitions():
            writer.writerows(batch)
            n += len(batch)
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--data", help="an existing data set from bench/generate.py")
    parser.add_argument("--runs", type=int, default=None, help="runs per side (default 5, quick 2)")
    args = parser.parse_args()
    runs = args.runs or (2 if args.quick else 5)
    print(machine())
    from workshop_app.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        db_path = dataset(args.data, quick=args.quick, tmp=Path(tmp))
        db = open_database(db_path)
        with db.engine.connect() as conn:
            rows = [tuple(r) for r in conn.exec_driver_sql(QUERY).fetchall()]
        app_times: list[float] = []
        floor_times: list[float] = []
        out = Path(tmp) / "export.csv"
        floor_out = Path(tmp) / "floor.csv"
        for _ in range(runs):
            t = time.perf_counter()
            n = export_through_app(db, out)
            app_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            with floor_out.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.writer(fh)
                writer.writerow(HEADER)
                writer.writerows(rows)
            floor_times.append(time.perf_counter() - t)
        assert n == len(rows)
        assert out.read_bytes() == floor_out.read_bytes(), "the export and the floor wrote different files"
        size = out.stat().st_size
        db.close()
    app, floor = median(app_times), median(floor_times)
    print(f"{n} rows, {size / 1024 / 1024:.0f} MiB of CSV; runs per side: {runs}")
    print(f"app export (query + csv): median {app:.2f} s; floor (csv from memory): median {floor:.2f} s")
    result(
        f"export {n:,} responses to CSV",
        f"{app:.2f} s",
        f"csv from memory {floor:.2f} s",
        app / floor,
        f"<= {TARGET}x",
        app / floor <= TARGET,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
