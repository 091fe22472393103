"""Search and CSV export on a generated programme of 100,000 reflections (--quick: 5,000).

Builds the programme through the real schema (migrations, triggers, search index), then measures:
- search: p50/p95/max of SearchService.search over random one- and two-word queries;
- export: ExportService.export to CSV (gather + write, atomically) against the csv module
  writing the same rows from memory.

Run: PYTHONPATH=. python bench/bench_search_export.py [--quick] [--reflections N] [--queries N]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, result  # noqa: E402
from sqlalchemy import insert

from workshop_app.content.loader import load_library
from workshop_app.domain.research import ExportFormat, ExportLevel
from workshop_app.exports.tabular import tidy_rows
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.storage.rows import ParCycleRow, ReflectionRow, new_id, utcnow

WORDS = (
    "trust partnership budget housing discharge courage follow through listening purpose system family "
    "referral team manager carers voluntary council health social care review evidence action plan cycle "
    "meeting joint visit pressure risk money time community nurse police school Siân Łukasz довіра 信任 "
    "विश्वास ثقة worry hope learning boundary conversation silence leader shared accountable diverse"
).split()


def build(services: Services, reflections: int, rng: random.Random) -> str:
    programme = services.programmes.create_programme("Benchmark programme", starts_on=date(2026, 1, 5)).value
    people = [
        services.programmes.add_participant(programme.id, f"Person {i}", f"Org {i % 12}", f"Sector {i % 5}").value
        for i in range(40)
    ]
    for person in people:  # research exports include only people who consented to research use
        services.consent.record(person.id, taking_part=True, research_use=True)
    sessions = []
    for n in range(1, 7):
        if n > 1:
            with services.db.unit_of_work() as uow:
                uow.cycles.add(ParCycleRow(programme_id=programme.id, number=n))
        sessions.append(
            services.sessions.add_from_template(
                programme.id, "par-cycle-review", date(2026, 1, 12) + timedelta(days=42 * n), clock(13, 30)
            ).value
        )
    rows = []
    now = utcnow()
    for i in range(reflections):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 60)))
        rows.append(
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "session_id": sessions[i % len(sessions)].id,
                "participant_id": people[i % len(people)].id,
                "prompt": f"Prompt {i % 9}",
                "text": text,
                "reviewed": i % 2 == 0,
            }
        )
    with services.db.unit_of_work() as uow:  # one transaction; the triggers fill the search index
        for start in range(0, len(rows), 5000):
            uow.db.execute(insert(ReflectionRow), rows[start : start + 5000])
    return programme.id


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 reflections and 50 queries")
    parser.add_argument("--reflections", type=int, default=None)
    parser.add_argument("--queries", type=int, default=None)
    args = parser.parse_args(argv)
    count = args.reflections or (5_000 if args.quick else 100_000)
    queries = args.queries or (50 if args.quick else 300)
    rng = random.Random(2026)
    print(machine())
    with tempfile.TemporaryDirectory() as folder:
        services = Services.create(open_database(Path(folder) / "bench.db"), load_library())
        t0 = time.perf_counter()
        programme_id = build(services, count, rng)
        built = time.perf_counter() - t0
        print(f"reflections: {count:,}; built and indexed in {built:.1f} s")

        timings = []
        hits = 0
        for _ in range(queries):
            words = [rng.choice(WORDS) for _ in range(rng.choice((1, 1, 2)))]
            query = " ".join(w[: rng.randint(3, len(w))] if len(w) > 3 else w for w in words)
            t = time.perf_counter()
            hits += len(services.search.search(query, programme_id))
            timings.append((time.perf_counter() - t) * 1000)
        print(
            f"search ({queries} queries, best 50 each): p50 {statistics.median(timings):.1f} ms, "
            f"p95 {percentile(timings, 95):.1f} ms, max {max(timings):.1f} ms, {hits / queries:.0f} hits per query"
        )

        out = Path(folder) / "export.csv"
        t = time.perf_counter()
        data = services.exports.gather(programme_id, ExportLevel.FULL)
        gathered = time.perf_counter() - t
        t = time.perf_counter()
        services.exports.write(data, ExportFormat.CSV, out)
        written = time.perf_counter() - t
        rows = list(tidy_rows(data))
        t = time.perf_counter()
        with (Path(folder) / "plain.csv").open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows)
        plain = time.perf_counter() - t
        print(
            f"CSV export of {len(rows) - 1:,} rows: {gathered + written:.2f} s "
            f"(gather {gathered:.2f} s, write {written:.2f} s); "
            f"csv module from memory {plain:.2f} s; ratio {(gathered + written) / plain:.1f}x"
        )
        p95 = percentile(timings, 95)
        result(f"search over {count:,} reflections (p95)", f"{p95:.1f} ms", "-", None, "p95 <= 20 ms", p95 <= 20)
        ratio = (gathered + written) / plain
        result(
            f"CSV export of {len(rows) - 1:,} rows",
            f"{gathered + written:.2f} s",
            f"csv module from memory {plain:.2f} s",
            ratio,
            "<= 3x",
            ratio <= 3,
        )
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
