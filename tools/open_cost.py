"""Cost of encryption at rest: open (unlock + integrity check + schema check), autosave latency,
search and backup, on an encrypted database of the given size.

Usage:  python tools/open_cost.py [--reflections 5000] [--words 400]
(each reflection holds --words words of five characters: 400 words is about 2 KB)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workshop_app.content.loader import load_library  # noqa: E402
from workshop_app.services.container import Services  # noqa: E402
from workshop_app.storage.database import create_encrypted, open_database  # noqa: E402

PASSPHRASE = "cost passphrase"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reflections", type=int, default=5000)
    parser.add_argument("--words", type=int, default=400, help="words in each reflection (default 400, ~2 KB)")
    args = parser.parse_args(argv)
    library = load_library()
    folder = Path(tempfile.mkdtemp(prefix="open-cost-"))
    path = folder / "cost.db"
    db, _ = create_encrypted(path, PASSPHRASE)
    svc = Services.create(db, library)
    prog = svc.programmes.create_programme("Cost").value
    sessions = [
        svc.sessions.add_from_template(prog.id, "introducing-six-practices", date(2026, 1, 1), clock(9)).value
        for _ in range(max(1, args.reflections // 100))
    ]
    session = sessions[0]
    people = [svc.programmes.add_participant(prog.id, f"Person {i}").value for i in range(100)]
    for person in people:
        svc.consent.record(person.id, taking_part=True, research_use=True)
    vocabulary = ["trust", "rota", "housing", "nurse", "referral", "budget", "carer", "meeting", "shared", "risk"]
    rows = [
        (
            f"r{i}",
            sessions[i % len(sessions)].id,
            people[i % 100].id,
            f"Prompt {i}",
            f"marker{i} " + " ".join(vocabulary[(i * 7 + k) % 10] for k in range(args.words)),
        )
        for i in range(args.reflections)
    ]
    with svc.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO reflection (id, session_id, participant_id, prompt, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            rows,
        )
    svc.db.checkpoint()
    svc.close()
    opens = []
    for _ in range(5):
        start = time.perf_counter()
        db = open_database(path, passphrase=PASSPHRASE)
        opens.append(time.perf_counter() - start)
        db.close()
    svc = Services.create(open_database(path, passphrase=PASSPHRASE), library)
    saves = []
    for i in range(200):
        start = time.perf_counter()
        svc.entries.save_reflection(session.id, people[0].id, "Autosaved", "typing " * (i + 1))
        saves.append(time.perf_counter() - start)
    searches = []
    for i in range(40):
        start = time.perf_counter()
        svc.search.search(f"marker{(i * 997) % args.reflections}")
        searches.append(time.perf_counter() - start)
    searches.sort()
    start = time.perf_counter()
    svc.safety.backup_now()
    backup_s = time.perf_counter() - start
    svc.close()
    saves.sort()
    print(
        json.dumps(
            {
                "reflections": args.reflections,
                "participants": len(people),
                "sessions": len(sessions),
                "file_mb": round(path.stat().st_size / 1e6, 1),
                "open_median_s": round(statistics.median(opens), 3),
                "open_max_s": round(max(opens), 3),
                "autosave_p50_ms": round(1000 * saves[len(saves) // 2], 2),
                "autosave_p99_ms": round(1000 * saves[int(len(saves) * 0.99) - 1], 2),
                "search_p95_ms": round(1000 * searches[int(len(searches) * 0.95) - 1], 2),
                "backup_s": round(backup_s, 2),
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
