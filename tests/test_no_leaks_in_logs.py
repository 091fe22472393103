"""Logs, stdout and stderr never hold participant text, names, passphrases or keys (R-20)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import uuid
from datetime import date, time
from pathlib import Path

import pytest

from workshop_app.app import open_services, setup_logging
from workshop_app.domain.errors import WorkshopError

ROOT = Path(__file__).resolve().parent.parent


def test_main_flows_leave_no_participant_text_or_secret_in_any_output(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    log_file = setup_logging(logging.DEBUG)
    passphrase = f"pass-{uuid.uuid4().hex}"
    markers = [f"ZQXJ{uuid.uuid4().hex[:10]}" for _ in range(6)]
    db = tmp_path / "data" / "w.db"
    svc = open_services(db, new_passphrase=passphrase)
    recovery = svc.recovery_key
    try:
        prog = svc.programmes.create_programme(f"Programme {markers[0]}").value
        session = svc.sessions.add_from_template(prog.id, "introducing-six-practices", date(2026, 1, 5), time(9)).value
        person = svc.programmes.add_participant(prog.id, f"Name {markers[1]}", role=markers[2]).value
        svc.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
        svc.entries.save_reflection(session.id, person.id, "What changed?", f"Story {markers[3]}")
        svc.entries.save_draft(session.id, person.id, "What next?", f"Draft {markers[4]}")
        svc.entries.set_rating(
            session.id, person.id, svc.content_library.self_assessment.elements[0].key, 4, markers[5]
        )
        backup = svc.safety.backup_now()
        svc.packs.build_pack(session.id, tmp_path / "pack.pdf")
        svc.safety.export_audit(tmp_path / "audit.csv")
        svc.safety.restore(backup.path)
        svc.safety.erase_participant(person.id)
        with pytest.raises(WorkshopError):
            svc.entries.save_reflection(session.id, "no-such-person", "What changed?", f"Again {markers[3]}")
    finally:
        svc.close()
    for wrong in ("wrong passphrase 1", f"{passphrase}x"):
        with pytest.raises(WorkshopError):
            open_services(db, passphrase=wrong)
    # A tampered page: refused with a message, and SQLCipher stays quiet.
    blob = bytearray(db.read_bytes())
    blob[4096 * 2 + 50] ^= 0xFF
    db.write_bytes(bytes(blob))
    with pytest.raises(WorkshopError):
        open_services(db, passphrase=passphrase)

    secrets = markers + [passphrase, recovery]
    captured = capfd.readouterr()
    outputs = {
        "log records": "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records),
        "stdout": captured.out,
        "stderr": captured.err,
        "log file": log_file.read_text() if log_file else "",
    }
    assert caplog.records, "the flows should have logged something"
    for where, text in outputs.items():
        for secret in secrets:
            assert secret not in text, f"{where} holds a secret"
        assert "hmac" not in text.lower(), where
    assert (tmp_path / "audit.csv").exists() and not any(m in (tmp_path / "audit.csv").read_text() for m in markers)


def test_command_line_never_echoes_a_passphrase_and_never_waits_without_a_terminal(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), WORKSHOP_APP_HOME=str(tmp_path / "home"))
    db = tmp_path / "e.db"
    secret = f"secret-{uuid.uuid4().hex}"
    made = subprocess.run(
        [sys.executable, "-m", "workshop_app", "demo", "--encrypt", "--db", str(db)],
        env=dict(env, WORKSHOP_APP_PASSPHRASE=secret),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    assert secret not in made.stdout + made.stderr
    assert db.read_bytes()[:16] != b"SQLite format 3\x00"
    # No passphrase and no terminal: a message at once, not a prompt that waits.
    asked = subprocess.run(
        [sys.executable, "-m", "workshop_app", "check", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert asked.returncode == 1 and "WORKSHOP_APP_PASSPHRASE" in asked.stderr
    wrong = subprocess.run(
        [sys.executable, "-m", "workshop_app", "check", "--db", str(db)],
        env=dict(env, WORKSHOP_APP_PASSPHRASE=f"{secret}-wrong"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert wrong.returncode == 1 and "Wrong passphrase" in wrong.stderr
    assert secret not in wrong.stdout + wrong.stderr and "Traceback" not in wrong.stderr
    plain = subprocess.run(
        [sys.executable, "-m", "workshop_app", "demo", "--db", str(tmp_path / "plain.db")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert plain.returncode == 0 and (tmp_path / "plain.db").read_bytes()[:16] == b"SQLite format 3\x00"
    log_text = "".join(p.read_text() for p in (tmp_path / "home" / "logs").glob("*.log*"))
    assert secret not in log_text


def test_the_log_file_is_moved_aside_when_full_and_three_older_ones_are_kept(tmp_path) -> None:  # noqa: ANN001
    from workshop_app.app import RotatingLog

    target = tmp_path / "workshop-app.log"
    handler = RotatingLog(target, max_bytes=200, kept=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("workshop_app.test_rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(60):
            logger.warning("record %03d %s", number, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["workshop-app.log", "workshop-app.log.1", "workshop-app.log.2", "workshop-app.log.3"]
    newest = target.read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("record 059")
    assert all(path.stat().st_size <= 200 + 60 for path in tmp_path.iterdir())  # one record past the cap at most
    kept = [line for name in reversed(names) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
    numbers = [int(line.split()[1]) for line in kept]
    assert numbers == sorted(numbers) and numbers[-1] == 59  # in order, nothing lost between the files kept
    assert numbers == list(range(numbers[0], 60))
