"""Search over 600,000 reflections: FTS5, p95 including loading the rows shown.

    python bench/bench_search.py [--quick] [--data DB] [--queries N]

The app has no search yet (it is planned separately); this measures the approach it should take,
on the app's own engine and connection profile: an external-content FTS5 index over
reflection.text (tokenizer unicode61 with diacritics folded, so "Sian" finds "Siân"), queried for
the 50 newest matches joined to participant, session and programme (the rows a results list shows).
It also times the 50 best matches (ORDER BY rank: bm25 over every match, which is slow for very
common words) and a plain `LIKE '%word%'` scan over the same rows. Target: p95 <= 20 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import dataset, machine, median, ms, percentile, result

TARGET = 0.020
QUERIES = (
    "trust",
    "budget",
    "carers",
    "discharge",
    "evidence",
    "joint case review",
    "purpose",
    "credit",
    "deciding",
    "paperwork",
    "ymddiriedaeth",
    "zauważyłem",
    "συνεργασία",
    "бюджет",
    "الثقة",
    "ٹیمیں",
    "परिवारों",
    "earbsa",
    "disch*",
    '"shared purpose"',
    "trust AND budget",
    "carers OR housing",
    "leadership",
    "risk",
    "surprised",
)
SHOW = 50
SEARCH = f"""
SELECT r.id, r.text, r.prompt, p.code, p.name, s.title, s.held_on, g.name
FROM bench_reflection_fts AS f
JOIN reflection AS r ON r.rowid = f.rowid
JOIN session AS s ON s.id = r.session_id
JOIN programme AS g ON g.id = s.programme_id
LEFT JOIN participant AS p ON p.id = r.participant_id
WHERE bench_reflection_fts MATCH ?
ORDER BY {{order}}
LIMIT {SHOW}
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--data", help="an existing data set from bench/generate.py (an index table is added)")
    parser.add_argument("--queries", type=int, default=None, help="queries timed (default 300, quick 25)")
    args = parser.parse_args()
    n = args.queries or (25 if args.quick else 300)
    print(machine())
    from workshop_app.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        db_path = dataset(args.data, quick=args.quick, tmp=Path(tmp))
        db = open_database(db_path)
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            count = raw.execute("SELECT count(*) FROM reflection").fetchone()[0]
            have = raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'bench_reflection_fts'").fetchone()
            if not have:
                t = time.perf_counter()
                raw.execute("BEGIN IMMEDIATE")
                raw.execute(
                    "CREATE VIRTUAL TABLE bench_reflection_fts USING fts5(text, content='reflection', "
                    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
                )
                raw.execute("INSERT INTO bench_reflection_fts(bench_reflection_fts) VALUES ('rebuild')")
                raw.execute("COMMIT")
                print(f"built the FTS5 index over {count} reflections in {time.perf_counter() - t:.1f} s")
            else:
                print(f"FTS5 index over {count} reflections already built")
        times: list[float] = []
        ranked: list[float] = []
        hits: dict[str, int] = {}
        matches: dict[str, int] = {}
        newest, best = SEARCH.format(order="f.rowid DESC"), SEARCH.format(order="f.rank")
        for i in range(n):
            q = QUERIES[i % len(QUERIES)]
            t = time.perf_counter()
            with db.engine.connect() as conn:  # a fresh checkout each time, as a service call would do
                rows = conn.exec_driver_sql(newest, (q,)).fetchall()
            times.append(time.perf_counter() - t)
            hits[q] = len(rows)
            if i < len(QUERIES):
                t = time.perf_counter()
                with db.engine.connect() as conn:
                    conn.exec_driver_sql(best, (q,)).fetchall()
                ranked.append(time.perf_counter() - t)
            with db.engine.connect() as conn:
                matches[q] = conn.exec_driver_sql(
                    "SELECT count(*) FROM bench_reflection_fts WHERE bench_reflection_fts MATCH ?", (q,)
                ).scalar()
        like: list[float] = []
        for word in ("trust", "ymddiriedaeth", "бюджет")[: 1 if args.quick else 3]:
            t = time.perf_counter()
            with db.engine.connect() as conn:
                conn.exec_driver_sql(
                    "SELECT r.id, r.text FROM reflection AS r WHERE r.text LIKE ? LIMIT ?", (f"%{word}%", 10**9)
                ).fetchall()
            like.append(time.perf_counter() - t)
        db.close()
    print(
        f"{n} queries over {count} reflections, up to {SHOW} rows shown each; matches: "
        + ", ".join(f"{q} {matches[q]}" for q in list(matches)[:8])
        + " …"
    )
    print(f"FTS5, newest first: p50 {ms(median(times))}, p95 {ms(percentile(times, 95))}, max {ms(max(times))}")
    print(
        f"FTS5, best match first (rank): p50 {ms(median(ranked))}, p95 {ms(percentile(ranked, 95))}, "
        f"max {ms(max(ranked))}"
    )
    print(f"LIKE '%word%' scan, all matches: median {ms(median(like))}")
    p95 = percentile(times, 95)
    result(
        f"search over {count:,} reflections (FTS5 newest first, p95, 50 rows loaded)",
        ms(p95),
        f"LIKE scan {ms(median(like))}",
        None,
        "p95 <= 20 ms",
        p95 <= TARGET,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
