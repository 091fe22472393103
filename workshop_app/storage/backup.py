"""Backups: verified, atomic copies made with `VACUUM INTO`, thinned over time.

A backup is written to a hidden temporary file by `VACUUM INTO` (one consistent snapshot, read
in a single statement: writers carry on meanwhile, and unlike SQLite's online backup API it
never holds up the rest of the process at the end of a large copy), checked with
`integrity_check`, fsynced, renamed to ``backup-YYYYMMDD-HHMMSS.db`` and the folder fsynced; a
crash at any moment leaves either no new backup or a complete, valid one (plus a temporary file
that is removed at the next start). Encrypted databases are backed up encrypted with the same
key (SQLCipher writes the copy with the key of the connection it is made from), with a copy of
their key file. One backup is made at a time in a process (`BACKUP_LOCK`), so a backup on a
background lane and one before a risky operation never interleave.
"""

from __future__ import annotations

import json
import os
import platform
import re
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.errors import DamagedDatabaseError, StorageError
from .keyfile import copy_keyfile, key_pragma, keyfile_for

BACKUP_RE = re.compile(r"^backup-(\d{8})-(\d{6})(?:-(\d+))?\.db$")
TMP_PREFIX = ".backup-"
# Policy (stated in the user guide): backups every 30 minutes of changes, before every risky
# operation; thinned to one per day for DAILY days, one per week for WEEKLY weeks, one per
# month for MONTHLY months; none kept longer than RETENTION_DAYS.
INTERVAL_MINUTES = 30
KEEP_TODAY = 12
DAILY = 7
WEEKLY = 4
MONTHLY = 3
RETENTION_DAYS = 120

# Held while a backup is made; erasure holds it across its backup-delete-check, so no backup
# taken on another thread can start before the person is gone and be published after the
# erasure listed the backups that still hold them.
BACKUP_LOCK = threading.RLock()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int

    @property
    def expires_on(self) -> datetime:
        """The latest date this backup is kept (thinning may remove it sooner)."""
        return self.taken_at + timedelta(days=RETENTION_DAYS)


def backup_dir(db_path: Path) -> Path:
    """Backups of ``x.db`` live in ``backups/x/`` beside it."""
    return Path(db_path).parent / "backups" / Path(db_path).stem


def _taken_at(name: str) -> datetime | None:
    m = BACKUP_RE.match(name)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None


def _serial(name: str) -> int:
    m = BACKUP_RE.match(name)
    return int(m.group(3)) if m and m.group(3) else 0


def list_backups(folder: Path) -> list[BackupInfo]:
    """Published backups, newest first."""
    out = []
    if not folder.is_dir():
        return out
    for entry in folder.iterdir():
        taken = _taken_at(entry.name)
        if taken is None:
            continue
        try:  # thinning on the backup lane may remove it meanwhile
            if entry.is_file():
                out.append(BackupInfo(entry, taken, entry.stat().st_size))
        except OSError:
            continue
    out.sort(key=lambda b: (b.taken_at, _serial(b.path.name)), reverse=True)
    return out


def clean_stray_files(db_path: Path) -> list[Path]:
    """Remove temporary files a crash left behind (unfinished backups and atomic writes)."""
    removed = []
    for folder in (Path(db_path).parent, backup_dir(db_path)):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.is_file():
                try:
                    entry.unlink()
                    removed.append(entry)
                except OSError:
                    pass
                for side in ("-wal", "-shm", "-journal"):
                    extra = entry.with_name(entry.name + side)
                    if extra.exists():
                        extra.unlink(missing_ok=True)
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _connect(path: Path, key: bytes | None, *, read_only: bool = False) -> Any:
    # Imported here: the backup process lowers its priority before it loads SQLAlchemy (with the engine).
    from .engine import dbapi_module

    if read_only:
        conn = dbapi_module().connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        conn = dbapi_module().connect(str(path))
    conn.isolation_level = None
    if key is not None:
        conn.execute(key_pragma(key))
    return conn


def finish_interrupted_write(path: Path, key: bytes | None = None) -> bool:
    """Roll back a write a crash left half done (a hot rollback journal), as SQLite does on open.

    A read-only connection cannot do this itself, so the checks that never write would refuse
    a perfectly sound file. Returns True when there was a journal to roll back.
    """
    journal = Path(str(path) + "-journal")
    try:
        if not journal.exists() or journal.stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        conn = _connect(Path(path), key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - the checks that follow report the file's state
        return False
    return True


def check_file(path: Path, key: bytes | None = None, *, full: bool = True) -> list[str]:
    """Problems `integrity_check` (or `quick_check`) and `foreign_key_check` find; empty when sound.

    Opens the file read-only: checking never writes.
    """
    try:
        conn = _connect(path, key, read_only=True)
    except Exception as exc:  # noqa: BLE001 - any driver error means the file cannot be trusted
        return [f"cannot open ({type(exc).__name__})"]
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        if not problems:
            problems += [f"broken link in {r[0]}" for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
        if key is not None and not problems and full:
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        return problems
    except Exception as exc:  # noqa: BLE001
        return [f"unreadable ({type(exc).__name__})"]
    finally:
        conn.close()


def _unique_name(folder: Path, when: datetime) -> Path:
    base = f"backup-{when:%Y%m%d-%H%M%S}"
    target = folder / f"{base}.db"
    n = 1
    while target.exists():
        target = folder / f"{base}-{n}.db"
        n += 1
    return target


def make_backup(
    db_path: Path, key: bytes | None = None, *, folder: Path | None = None, now: datetime | None = None
) -> BackupInfo:
    """Copy a live database consistently, verify the copy, then publish it atomically."""
    db_path = Path(db_path)
    folder = folder or backup_dir(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Cannot create the backup folder {folder}: {exc.strerror or exc}.", code="backup-failed"
        ) from exc
    tmp = folder / f"{TMP_PREFIX}{secrets.token_hex(6)}.tmp"
    with BACKUP_LOCK:
        return _make_backup(db_path, key, folder, tmp, now)


FLUSH_STEP_BYTES = 16 * 1024 * 1024  # written to the copy between two flushes of it while it is made
FLUSH_EVERY_SECONDS = 0.05


class _FlushAsItGrows:
    """While a copy is written, flush it to the disk every FLUSH_STEP_BYTES it grows (Linux).

    `VACUUM INTO` leaves the whole copy in the page cache until the fsync that publishes it, and
    that fsync then writes it all back in one go. On a kernel that does not preempt kernel code
    (most servers, and the machine the benchmarks run on), that one long write-back kept a CPU
    from the window for 25-45 ms at a time on a 1 GB database, whatever the child's priority.
    Flushing as the copy grows does the same writing in short pieces. Durability is unchanged:
    the copy is still fsynced whole before it is published.
    """

    def __init__(self, path: Path, sync: Any = None) -> None:
        self.path = path
        self.sync = sync or getattr(os, "fdatasync", None)  # not on Windows: there the copy is flushed once
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="backup-flush", daemon=True)

    def __enter__(self) -> _FlushAsItGrows:
        if self.sync is not None:
            self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join()

    def _run(self) -> None:
        flushed = 0
        fd = None
        try:
            while not self.stop.wait(FLUSH_EVERY_SECONDS):
                try:
                    if fd is None:
                        fd = os.open(self.path, os.O_RDONLY)
                    size = os.fstat(fd).st_size
                    if size - flushed >= FLUSH_STEP_BYTES:
                        self.sync(fd)
                        flushed = size
                except OSError:
                    continue  # not there yet, or gone: the copy's own errors are reported by the copy
        finally:
            if fd is not None:
                os.close(fd)


def _leave_the_page_cache(fd: int) -> None:
    """Let the kernel drop the copy's pages from memory once it is on the disk (Linux).

    A backup is read again only to restore it. Left cached, a 1 GB copy took memory from the
    machine, and deleting it later (thinning) had the kernel free its cached pages in one go, a
    long piece of kernel work that kept a CPU from the window.
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        try:
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass  # only advice


def _make_backup(db_path: Path, key: bytes | None, folder: Path, tmp: Path, now: datetime | None) -> BackupInfo:
    try:
        src = _connect(db_path, key)
        try:
            src.execute("PRAGMA busy_timeout=5000")
            with _FlushAsItGrows(tmp):
                src.execute("VACUUM INTO ?", (str(tmp),))  # encrypted with the connection's key
        finally:
            src.close()
        problems = check_file(tmp, key)
        if problems:
            raise DamagedDatabaseError(
                "The backup copy failed its check, so it was not kept: " + "; ".join(problems[:3])
            )
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
            _leave_the_page_cache(fd)
        finally:
            os.close(fd)
        target = _unique_name(folder, now or datetime.now())
        if keyfile_for(db_path).exists():
            copy_keyfile(db_path, target)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except StorageError:
        raise
    except OSError as exc:
        raise StorageError(f"The backup could not be written: {exc.strerror or exc}.", code="backup-failed") from exc
    except Exception as exc:  # noqa: BLE001 - a driver error while copying
        raise StorageError(f"The backup could not be made ({type(exc).__name__}).", code="backup-failed") from exc
    finally:
        tmp.unlink(missing_ok=True)
    taken = _taken_at(target.name) or datetime.now()
    return BackupInfo(target, taken, target.stat().st_size)


def changed_since_last_backup(db_path: Path, folder: Path | None = None) -> bool:
    """True when the database (or its write-ahead log) changed after the newest backup."""
    backups = list_backups(folder or backup_dir(db_path))
    if not backups:
        return True
    newest = backups[0].path.stat().st_mtime
    times = [p.stat().st_mtime for p in (Path(db_path), Path(str(db_path) + "-wal")) if p.exists()]
    return max(times, default=0) > newest


def to_thin(dates: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backups (by time taken) to delete: Anki-style daily, weekly, monthly thinning.

    Newest first: keep up to KEEP_TODAY from the last 24 hours; then the newest backup of each
    day not yet covered, for DAILY days; of each ISO week not yet covered, for WEEKLY weeks; of
    each month not yet covered, for MONTHLY months. A kept backup covers its day, week and
    month. Everything else, and anything older than RETENTION_DAYS, is deleted.
    """
    ordered = sorted(set(dates), reverse=True)
    keep: set[datetime] = set()
    days: set = set()
    weeks: set = set()
    months: set = set()
    today = daily = weekly = monthly = 0

    for taken in ordered:
        age = now - taken
        if age > timedelta(days=RETENTION_DAYS):
            continue
        day, week, month = taken.date(), taken.isocalendar()[:2], (taken.year, taken.month)
        if age <= timedelta(days=1) and today < KEEP_TODAY:
            today += 1
        elif day not in days and daily < DAILY:
            daily += 1
        elif week not in weeks and weekly < WEEKLY:
            weekly += 1
        elif month not in months and monthly < MONTHLY:
            monthly += 1
        else:
            continue
        keep.add(taken)
        days.add(day)
        weeks.add(week)
        months.add(month)
    return set(ordered) - keep


def thin_backups(folder: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups thinning no longer keeps (with their key files); return what went."""
    backups = list_backups(folder)
    doomed = to_thin([b.taken_at for b in backups], now or datetime.now())
    removed = []
    for b in backups:
        if b.taken_at in doomed:
            b.path.unlink(missing_ok=True)
            keyfile_for(b.path).unlink(missing_ok=True)
            removed.append(b.path)
    return removed


# --- a backup in its own low-priority process ------------------------------------------------
#
# Made in the app's process, a backup of a large database left the window waiting: the copying
# thread took whole scheduler ticks on the core the window woke up on, and its Python bookkeeping
# held the interpreter lock between SQLite calls. In a child process at the lowest CPU priority
# (Linux: SCHED_IDLE, which an ordinary thread that wakes preempts; elsewhere the highest
# niceness) and in the idle I/O class (served after everyone else; the I/O schedulers age such
# requests, so it is not starved), it shares no interpreter lock with the window and gets a CPU
# when the window does not need one. The parent holds BACKUP_LOCK until the child has finished,
# so erasure and restore still never interleave with it. The database key goes to the child over
# its standard input, never on its command line or in its environment.

WORKER_ARG = "__backup-worker"  # hidden command-line word: the app's own executable runs the child
WORKER_NICENESS = 19
_IOPRIO_SET = {"x86_64": 251, "amd64": 251, "aarch64": 30, "arm64": 30, "riscv64": 30, "i386": 289, "i686": 289}
_IOPRIO_CLASS_BE = 2
_IOPRIO_CLASS_IDLE = 3


def worker_command() -> list[str]:
    """How to start the backup child: the frozen app's executable, or this interpreter on the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_ARG]
    return [sys.executable, "-m", "workshop_app", WORKER_ARG]


def _worker_env() -> dict[str, str]:
    """This process's environment, less any passphrase a headless run was given (the child needs none)."""
    env = {name: value for name, value in os.environ.items() if "PASSPHRASE" not in name.upper()}
    if not getattr(sys, "frozen", False):  # the package this process runs, first on the child's path
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def make_backup_in_child(db_path: Path, key: bytes | None = None, *, now: datetime | None = None) -> BackupInfo:
    """`make_backup` then `thin_backups`, run by a separate low-priority process; this one waits.

    Same guarantees as `make_backup` (one consistent snapshot, verified, encrypted with the same
    key, published atomically, thinned after); errors come back as the same StorageError or
    DamagedDatabaseError with the same plain messages.
    """
    request = json.dumps(
        {
            "db": str(Path(db_path).resolve()),
            "key": key.hex() if key is not None else None,
            "now": now.isoformat() if now is not None else None,
        }
    ).encode("utf-8")
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.BELOW_NORMAL_PRIORITY_CLASS | subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
    with BACKUP_LOCK:
        try:
            done = subprocess.run(  # noqa: S603 - our own executable, arguments fixed above
                worker_command(),
                input=request,
                capture_output=True,
                env=_worker_env(),
                creationflags=flags,
                check=False,
            )
        except OSError as exc:
            raise StorageError(
                f"The backup could not be started: {exc.strerror or exc}.", code="backup-failed"
            ) from exc
    try:
        answer = json.loads(done.stdout.decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError, UnicodeDecodeError):
        answer = None
    if not isinstance(answer, dict) or done.returncode not in (0, 1):
        raise StorageError(
            f"The backup could not be made (its process ended with code {done.returncode}).", code="backup-failed"
        )
    if answer.get("error") == "damaged":
        raise DamagedDatabaseError(str(answer["message"]))
    if "error" in answer:
        raise StorageError(str(answer["message"]), code=str(answer.get("code") or "backup-failed"))
    return BackupInfo(Path(answer["path"]), datetime.fromisoformat(answer["taken_at"]), int(answer["size"]))


def _lower_own_priority() -> None:
    """This process: the lowest CPU priority and the idle I/O class (else best-effort 7) where allowed."""
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        try:
            os.nice(WORKER_NICENESS)  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            pass
    number = _IOPRIO_SET.get(platform.machine().lower()) if sys.platform.startswith("linux") else None
    if number is not None:
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            for value in (_IOPRIO_CLASS_IDLE << 13, (_IOPRIO_CLASS_BE << 13) | 7):
                if libc.syscall(number, 1, 0, value) == 0:  # IOPRIO_WHO_PROCESS, this process
                    break
        except (OSError, AttributeError):
            pass


def _end_with_parent() -> None:
    """Stop if the app that started this backup is gone (the unfinished copy is removed at its next start)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(3)

    if sys.platform != "win32":
        threading.Thread(target=watch, daemon=True).start()


def _read_request() -> dict[str, Any]:
    chunks = []
    while True:
        chunk = os.read(0, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    return json.loads(b"".join(chunks).decode("utf-8"))


def worker_main() -> int:
    """The backup child: read the request on standard input, answer one JSON line on standard output.

    Uses the raw file descriptors: a windowed frozen app has no `sys.stdout`.
    """
    _lower_own_priority()
    _end_with_parent()
    try:
        request = _read_request()
        key = bytes.fromhex(request["key"]) if request.get("key") else None
        now = datetime.fromisoformat(request["now"]) if request.get("now") else None
        db_path = Path(request["db"])
    except (OSError, ValueError, KeyError, TypeError):
        os.write(1, b'{"error": "storage", "code": "backup-failed", "message": "The backup request was unreadable."}\n')
        return 1
    try:
        info = make_backup(db_path, key, now=now)
        thin_backups(backup_dir(db_path), now)
        answer: dict[str, Any] = {"path": str(info.path), "taken_at": info.taken_at.isoformat(), "size": info.size}
        code = 0
    except DamagedDatabaseError as exc:
        answer, code = {"error": "damaged", "message": exc.message}, 1
    except StorageError as exc:
        answer, code = {"error": "storage", "code": exc.code, "message": exc.message}, 1
    except Exception as exc:  # noqa: BLE001 - reported as a failed backup, never a traceback
        message = f"The backup could not be made ({type(exc).__name__})."
        answer = {"error": "storage", "code": "backup-failed", "message": message}
        code = 1
    os.write(1, (json.dumps(answer) + "\n").encode("utf-8"))
    return code
