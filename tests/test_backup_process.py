"""Automatic backups made by a separate low-priority process: same guarantees, nothing shared with the window."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.seeding import one_reflection
from workshop_app.domain.errors import StorageError
from workshop_app.services.container import Services
from workshop_app.storage import backup as bk
from workshop_app.storage.database import create_encrypted, open_database

MARK = "QZXVbackupchild"


def _seed(services: Services) -> str:
    return one_reflection(services, f"I said {MARK} out loud")


def _lock_is_free() -> bool:
    """Whether another thread could take BACKUP_LOCK now."""
    free: list[bool] = []

    def probe() -> None:
        got = bk.BACKUP_LOCK.acquire(blocking=False)
        if got:
            bk.BACKUP_LOCK.release()
        free.append(got)

    thread = threading.Thread(target=probe)
    thread.start()
    thread.join()
    return free[0]


class _Spy:
    """Wraps `subprocess.run` in the backup module: what the child was given, and the lock while it ran."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[dict] = []
        self.real = subprocess.run
        monkeypatch.setattr(bk.subprocess, "run", self)

    def __call__(self, args, **kwargs):  # noqa: ANN001, ANN204
        self.calls.append(
            {
                "args": list(args),
                "env": dict(kwargs.get("env") or {}),
                "input": kwargs["input"],
                "lock_held": not _lock_is_free(),
            }
        )
        return self.real(args, **kwargs)


@pytest.mark.parametrize("encrypted", [True, False])
def test_a_backup_in_its_own_process_is_verified_audited_thinned_and_keyed(
    tmp_path: Path, library, monkeypatch: pytest.MonkeyPatch, encrypted: bool
) -> None:
    path = tmp_path / "child.db"
    if encrypted:
        db, _recovery = create_encrypted(path, "a long passphrase")
    else:
        db = open_database(path)
    services = Services.create(db, library)
    _seed(services)
    folder = bk.backup_dir(path)
    folder.mkdir(parents=True)
    old = folder / "backup-20200101-090000.db"  # past the retention: thinning removes it
    old.write_bytes(b"an old backup")
    os.utime(old, (1577869200, 1577869200))  # written then, so the database changed after it
    spy = _Spy(monkeypatch)
    monkeypatch.setenv("WORKSHOP_APP_PASSPHRASE", "a long passphrase")  # as a headless run may have
    now = datetime.now().replace(microsecond=0)
    try:
        info = services.safety.backup_if_due(now=now, in_child=True)
        assert info is not None and info.path.exists() and info.taken_at == now
        assert [b.path for b in services.safety.backups()] == [info.path]  # published, and the old one thinned
        assert not old.exists()
        assert not list(folder.glob(".*.tmp"))
        assert bk.check_file(info.path, services.db.key) == []
        assert services.safety.audit_events()[-1].action == "backup (automatic)"
        raw = info.path.read_bytes()
        assert (MARK.encode() in raw) is not encrypted  # the plain run is the control: the scan finds it
        (call,) = spy.calls
        assert call["lock_held"]  # erasure and restore wait for the child, as for a backup in this process
        assert bk.WORKER_ARG in call["args"]
        if encrypted:
            assert bk.check_file(info.path, None) != []  # unreadable without the key
            assert bk.keyfile_for(info.path).exists()
            secret = services.db.key.hex()
            assert secret in call["input"].decode()  # over standard input only
            assert not any(secret in a for a in call["args"])
            assert not any(secret in v for v in call["env"].values())
        assert not any("a long passphrase" in v for v in call["env"].values())
        # Nothing changed since: not due, no child started.
        assert services.safety.backup_if_due(now=now + timedelta(minutes=40), in_child=True) is None
        assert len(spy.calls) == 1
    finally:
        services.close()


def test_a_backup_process_that_fails_reports_a_plain_error(
    tmp_path: Path, library, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "nofolder.db"
    services = Services.create(open_database(path), library)
    _seed(services)
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    try:
        with pytest.raises(StorageError) as caught:
            services.safety.backup_now("automatic", in_child=True)
        assert caught.value.code == "backup-failed" and "backup folder" in caught.value.message

        def crashed(args, **kwargs):  # noqa: ANN001, ANN202 - the child killed before it answered
            return subprocess.CompletedProcess(args, -9, b"", b"")

        monkeypatch.setattr(bk.subprocess, "run", crashed)
        with pytest.raises(StorageError) as caught:
            services.safety.backup_now("automatic", in_child=True)
        assert caught.value.code == "backup-failed" and "-9" in caught.value.message
    finally:
        services.close()
    assert _lock_is_free()  # released after a failure too


def test_the_backup_process_runs_at_the_lowest_priority(tmp_path: Path) -> None:
    code = (
        "import os, sys\n"
        "from workshop_app.storage import backup as bk\n"
        "before = os.getpriority(os.PRIO_PROCESS, 0)\n"
        "bk._lower_own_priority()\n"
        "policy = os.sched_getscheduler(0) if hasattr(os, 'sched_getscheduler') else None\n"
        "print(policy == getattr(os, 'SCHED_IDLE', -1) or os.getpriority(os.PRIO_PROCESS, 0) > before)\n"
    )
    if sys.platform == "win32":
        pytest.skip("Windows: the child is started with BELOW_NORMAL_PRIORITY_CLASS instead")
    env = dict(os.environ, PYTHONPATH=str(Path(bk.__file__).resolve().parents[2]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "True"


def test_the_hidden_worker_command_answers_a_bad_request_plainly(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(Path(bk.__file__).resolve().parents[2]))
    out = subprocess.run(bk.worker_command(), input=b"not json", capture_output=True, env=env, check=False)
    assert out.returncode == 1
    assert b"unreadable" in out.stdout and b"Traceback" not in out.stderr


def test_a_copy_is_flushed_as_it_grows_and_the_flushing_stops_with_it(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """The copy's write-back comes in pieces of FLUSH_STEP_BYTES, not one at the end (see backup.py)."""
    monkeypatch.setattr(bk, "FLUSH_STEP_BYTES", 1000)
    monkeypatch.setattr(bk, "FLUSH_EVERY_SECONDS", 0.005)
    copy = tmp_path / "copy.tmp"
    flushed_at: list[int] = []
    grown = threading.Event()

    def sync(fd: int) -> None:
        flushed_at.append(os.fstat(fd).st_size)
        grown.set()

    with bk._FlushAsItGrows(copy, sync) as flushing:
        with copy.open("wb") as out:
            for _ in range(3):
                grown.clear()
                out.write(b"x" * 1500)
                out.flush()
                assert grown.wait(5), "the growing copy was not flushed"
            out.write(b"x" * 10)  # less than a step: no flush for it
            out.flush()
    assert not flushing.thread.is_alive()
    assert flushed_at == [1500, 3000, 4500]


def test_a_backup_made_while_flushing_as_it_grows_is_whole_and_verified(tmp_path: Path, library, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(bk, "FLUSH_STEP_BYTES", 4096)
    monkeypatch.setattr(bk, "FLUSH_EVERY_SECONDS", 0.001)
    db = open_database(tmp_path / "w.db")
    services = Services.create(db, library)
    one_reflection(services, "We agreed a purpose. " * 400)  # a copy of several steps
    info = bk.make_backup(tmp_path / "w.db", folder=tmp_path / "made")
    assert bk.check_file(info.path) == []
    services.close()


def test_a_published_copy_is_left_out_of_the_page_cache_only_after_it_is_on_the_disk(
    tmp_path: Path, library, monkeypatch
) -> None:  # noqa: ANN001
    calls: list[str] = []
    real_fsync = os.fsync
    monkeypatch.setattr(bk.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(
        bk.os, "posix_fadvise", lambda fd, offset, length, advice: calls.append(f"advise {advice}"), raising=False
    )
    services = Services.create(open_database(tmp_path / "w.db"), library)
    one_reflection(services, "We agreed a purpose.")
    info = bk.make_backup(tmp_path / "w.db", folder=tmp_path / "made")
    services.close()
    dont_need = f"advise {getattr(os, 'POSIX_FADV_DONTNEED', 4)}"
    assert dont_need in calls
    assert calls.index("fsync") < calls.index(dont_need)  # dropped from memory only once it is on the disk
    assert bk.check_file(info.path) == []
