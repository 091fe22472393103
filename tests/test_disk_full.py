"""A full disk (a file-size limit in a child process) is a plain message, never a traceback or a lost save (R-06)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from workshop_app.services.container import Services
from workshop_app.storage import backup as bk
from workshop_app.storage.database import open_database

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import json, resource, signal, sys
from pathlib import Path
from workshop_app.content.loader import load_library
from workshop_app.domain.errors import WorkshopError
from workshop_app.services.container import Services
from workshop_app.storage.database import open_database

db, session, person, limit = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
svc = Services.create(open_database(db), load_library())
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
acked = []
for i in range(100000):
    text = f"Reflection {i} " + "words " * 300
    try:
        r = svc.entries.save_reflection(session, person, f"Prompt {i}", text).value
    except WorkshopError as exc:
        print(json.dumps({"acked": acked, "code": exc.code, "message": exc.message}))
        break
    acked.append(r.id)
"""


@pytest.mark.parametrize("headroom", [0, 64 * 1024, 256 * 1024])
def test_disk_full_is_reported_and_nothing_acknowledged_is_lost(tmp_path: Path, library, headroom: int) -> None:
    path = tmp_path / "full.db"
    svc = Services.create(open_database(path), library)
    prog = svc.programmes.create_programme("Disk full").value
    person = svc.programmes.add_participant(prog.id, "Pat").value
    svc.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
    session = svc.sessions.add_from_template(prog.id, "introducing-six-practices", date(2026, 1, 1), time(9)).value
    svc.db.checkpoint()
    svc.close()
    limit = path.stat().st_size + headroom
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), session.id, person.id, str(limit)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == "storage-full" and "disk is full" in result["message"]
    assert bk.check_file(path) == []
    svc = Services.create(open_database(path), library)
    try:
        stored = {r.id for r in svc.entries.reflections(session.id)}
        assert set(result["acked"]) <= stored
        svc.entries.save_reflection(session.id, person.id, "After space returned", "saved again")  # retry works
    finally:
        svc.close()


def test_every_save_path_at_one_headroom_reports_plainly_and_loses_nothing(tmp_path: Path) -> None:
    """The short variant of tools/disk_full_sweep.py: each action once, 32 KB of room."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import disk_full_sweep
    finally:
        sys.path.remove(str(ROOT / "tools"))
    report = disk_full_sweep.run(disk_full_sweep.OPS, [32 * 1024], tmp_path)
    assert report.failures == []
    assert report.cases == len(disk_full_sweep.OPS)
    assert report.filled >= len(disk_full_sweep.DATABASE_OPS)  # each database action did reach the limit
