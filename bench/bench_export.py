"""Export 600,000 responses to CSV, against the csv module writing the same rows from memory.

    python bench/bench_export.py [--quick] [--data DB] [--runs N]

Times the app's own export exactly as File > Export (or `workshop-app export`) runs it for the
largest programme in the data set, at the full level: `ExportService.gather` (one read-only unit
of work: people, consent, sessions, every reflection and rating, codes) and `ExportService.write`
(the tidy CSV and its data dictionary, each written atomically). The floor writes the very same
rows, already made and held in a Python list, with the csv module to a file. The two CSV files are
checked to be byte-identical. Target: <= 3x.

For 600,000 responses in one programme, generate a data set with
`python bench/generate.py one.db --programmes 1 --reflections 600000 --big 600000` and pass
`--data one.db`; the shared data set's largest programme holds 100,000.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--data", help="an existing data set from bench/generate.py")
    parser.add_argument("--runs", type=int, default=None, help="runs per side (default 5, quick 2)")
    args = parser.parse_args()
    runs = args.runs or (2 if args.quick else 5)
    print(machine())
    from workshop_app.content.loader import load_library
    from workshop_app.domain.research import ExportFormat, ExportLevel
    from workshop_app.exports.tabular import tidy_rows
    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        db_path = dataset(args.data, quick=args.quick, tmp=Path(tmp))
        db = open_database(db_path, read_only=bool(args.data))
        services = Services.create(db, load_library())
        with db.engine.connect() as conn:
            programme = conn.exec_driver_sql(
                "SELECT s.programme_id FROM reflection r JOIN session s ON s.id = r.session_id "
                "GROUP BY s.programme_id ORDER BY count(*) DESC LIMIT 1"
            ).scalar()
        data = services.exports.gather(programme, ExportLevel.FULL)
        rows = list(tidy_rows(data))  # the floor's rows, made once, outside its timing
        n = len(data.responses)
        del data
        app_times: list[float] = []
        gather_times: list[float] = []
        floor_times: list[float] = []
        out = Path(tmp) / "export.csv"
        floor_out = Path(tmp) / "floor.csv"
        for _ in range(runs):
            t = time.perf_counter()
            data = services.exports.gather(programme, ExportLevel.FULL)
            gather_times.append(time.perf_counter() - t)
            services.exports.write(data, ExportFormat.CSV, out)
            app_times.append(time.perf_counter() - t)
            del data
            t = time.perf_counter()
            with floor_out.open("w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerows(rows)
            floor_times.append(time.perf_counter() - t)
        assert out.read_bytes() == floor_out.read_bytes(), "the export and the floor wrote different files"
        size = out.stat().st_size
        db.close()
    print(f"gather (read and build the values): median {median(gather_times):.2f} s")
    app, floor = median(app_times), median(floor_times)
    print(f"{n} responses, {size / 1024 / 1024:.0f} MiB of CSV; runs per side: {runs}")
    print(f"app export (gather + write): median {app:.2f} s; floor (csv from memory): median {floor:.2f} s")
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
