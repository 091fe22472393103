"""The "typing" kind of the kill test: the real reflection editor, typed into, killed at random.

A server process (a fresh interpreter with Qt and the app imported, but no Qt application) forks
one child per kill. Each child does what the app does at start and then what a facilitator does:

  1. offers back the drafts a crash left behind (the app's own `recover_drafts`; the question is
     answered "Recover"), then asks again, which must offer nothing;
  2. opens a `ReflectionEditorWidget` in an offscreen `QApplication`, on a prompt of its own;
  3. types key events into the editor in bursts, with pauses that let the draft and autosave
     timers run; after a burst it may wait for the draft to reach the database, press "save now"
     (what switching prompts or closing does) or wait for the autosave, and report back.

The child reports a save only after the widget says so: its `saved` signal has fired since the
last keystroke, `has_unsaved_text` is false and the status reads "Saved". Nothing else of the
widget is relied on, so the test holds whether saving happens at once or on a background lane.
The parent (tools/crash_test.py) SIGKILLs the child at a random moment and checks the files.

Protocol: the parent writes one JSON request a line on the server's stdin; the server answers
["pid", n], the child's reports follow (one JSON line each, single writes to the shared pipe),
then ["exit", status] once the child is gone.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TYPED = (
    "We noticed that trust grew when the district nurses and Siân's housing officers shared one rota. "
    "Next cycle we will test a joint referral meeting every fortnight (Łukasz chairs) and record what changes. "
    "Gwelsom fod ymddiriedaeth yn tyfu pan rannodd y nyrsys ardal a'r swyddogion tai un rota. "
) * 2


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _say(*item: object) -> None:
    os.write(1, (json.dumps(item) + "\n").encode("utf-8"))


# --- the child ------------------------------------------------------------------------------------
def _child(library, request: dict) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database
    from workshop_app.ui import reflection_editor

    app = QApplication(["workshop-crash-typing"])
    ctx = request["ctx"]
    rng = random.Random(request["seed"])
    services = Services.create(open_database(Path(request["db"])), library)
    names = {ctx["person"]: "Test Person"}

    # 1. what the app does at start: offer back what a killed editor left unsaved, once
    def offer(parent, draft, who) -> bool:  # noqa: ANN001
        _say("offered", draft.prompt, sha(draft.text), len(draft.text))
        return True  # "Recover"

    asked_again: list[str] = []
    reflection_editor.ask_recover = offer
    reflection_editor.recover_drafts(None, services.entries, names)
    reflection_editor.ask_recover = lambda parent, draft, who: asked_again.append(draft.prompt) or True
    reflection_editor.recover_drafts(None, services.entries, names)
    _say("offered-again", len(asked_again))

    # 2. the editor, on a prompt of this child's own
    session = services.sessions.session(ctx["session"])
    people = [p for p in services.programmes.participants(session.programme_id) if p.id == ctx["person"]]
    prompt = f"Typing {os.getpid()} {request['seed']}"
    widget = reflection_editor.ReflectionEditorWidget(services.entries)
    widget.set_context(session, people, [prompt], allowed={ctx["person"]})
    widget.resize(640, 420)
    widget.show()
    widget.editor.setFocus()
    saves = [0]
    widget.saved.connect(lambda *_: saves.__setitem__(0, saves[0] + 1))

    def wait(condition, timeout_s: float = 5.0) -> bool:  # noqa: ANN001
        end = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > end:
                return False
            QTest.qWait(5)
        return True

    def saved_since(mark: int) -> bool:
        return saves[0] > mark and not widget.has_unsaved_text and widget.status.text().startswith("Saved")

    def kept(length: int) -> bool:
        """The text typed so far is in the database: as a draft, or already saved."""
        drafts = services.entries.drafts(ctx["session"])
        if any(d.prompt == prompt and len(d.text) >= length for d in drafts):
            return True
        return len(services.entries.reflection_text(ctx["session"], ctx["person"], prompt)) >= length

    _say("ready", prompt)
    # 3. type, in bursts
    typed = 0
    while typed < len(TYPED):
        burst = TYPED[typed : typed + rng.randint(4, 40)]
        for ch in burst:
            key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget.editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
            if rng.random() < 0.15:
                QTest.qWait(rng.randint(1, 12))  # a hesitation: timers may fire
            else:
                app.processEvents()
        typed += len(burst)
        if widget.editor.toPlainText() != TYPED[:typed]:
            raise RuntimeError("the editor does not hold what was typed")
        _say("typed", prompt, typed)
        choice = rng.random()
        mark = saves[0]
        if choice < 0.35:  # wait until the draft timer has kept the text
            if wait(lambda n=typed: kept(n)):
                _say("draft", prompt, typed)
        elif choice < 0.6:  # switching or closing saves at once
            widget.save_now()
            if wait(lambda m=mark: saved_since(m)):
                _say("saved", prompt, typed)
        elif choice < 0.75:  # a pause: the autosave
            if wait(lambda m=mark: saved_since(m)):
                _say("saved", prompt, typed)
    _say("done", prompt)
    while True:
        QTest.qWait(1000)


# --- the server -----------------------------------------------------------------------------------
def _warm_up(library) -> None:  # noqa: ANN001
    """Run the editor's service calls once, so forked children start with warm caches."""
    import shutil
    import tempfile
    from datetime import date
    from datetime import time as clock

    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="typing-warm-"))
    try:
        services = Services.create(open_database(folder / "warm.db"), library)
        programme = services.programmes.create_programme("Warm").value
        person = services.programmes.add_participant(programme.id, "Warm Person").value
        services.consent.record(person.id, taking_part=True, research_use=True)
        session = services.sessions.add_from_template(
            programme.id, "introducing-six-practices", date(2026, 6, 1), clock(10, 0)
        ).value
        services.entries.save_draft(session.id, person.id, "warm", "text")
        services.entries.drafts(session.id)
        services.entries.save_reflection(session.id, person.id, "warm", "text")
        services.entries.reflection_text(session.id, person.id, "warm")
        services.sessions.session(session.id)
        services.programmes.participants(programme.id)
        services.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def serve() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6.QtTest  # noqa: F401 - loaded once, before forking
    import PySide6.QtWidgets  # noqa: F401

    from workshop_app.content.loader import load_library
    from workshop_app.storage import migrate
    from workshop_app.ui import reflection_editor  # noqa: F401

    library = load_library()
    migrate.head_revision()
    _warm_up(library)
    _say("server-ready")
    while True:
        line = sys.stdin.readline()
        if not line:
            return 0
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _child(library, request)
            except BaseException:  # noqa: BLE001 - reported on stderr; the parent sees the exit status
                traceback.print_exc()
                code = 70
            os._exit(code)
        _say("pid", pid)
        _, status = os.waitpid(pid, 0)
        _say("exit", status)


class Server:
    """The parent's handle on a typing server: start children, read their reports, kill them."""

    def __init__(self, log_path: Path) -> None:
        import subprocess

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        self.log = open(log_path, "ab")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            env=env,
        )
        self._buffer = b""
        first = self.read(120.0)
        if first != ["server-ready"]:
            raise RuntimeError(f"the typing server did not start (see {log_path})")

    def read(self, timeout_s: float = 60.0) -> list | None:
        """The next report, or None after `timeout_s` without one."""
        import select

        fd = self.proc.stdout.fileno()  # type: ignore[union-attr]
        end = time.monotonic() + timeout_s
        while b"\n" not in self._buffer:
            left = end - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError("the typing server stopped")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            return json.loads(line)
        except ValueError:
            return ["garbled"]

    def run(self, db_path: Path, ctx: dict, seed: int, delay: float, after: int) -> list[list]:
        """One child: let it get ready and report `after` times, wait `delay` seconds, SIGKILL it.
        Returns every report of the child (the "ready" line included)."""
        import signal

        request = {"db": str(db_path), "ctx": ctx, "seed": seed}
        self.proc.stdin.write((json.dumps(request) + "\n").encode())  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        first = self.read()
        if not first or first[0] != "pid":
            raise RuntimeError(f"the typing server did not start a child: {first}")
        pid = first[1]
        reports: list[list] = []
        counted = -1  # reports since "ready"
        exited = None
        while counted < after:
            item = self.read(60.0)
            if item is None:
                break  # stuck: killed below, reported as not ready if it never was
            if item[0] == "exit":
                exited = item[1]
                break
            reports.append(item)
            if item[0] == "ready" or counted >= 0:
                counted += 1
        if exited is None:
            time.sleep(delay)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            while True:
                item = self.read(60.0)
                if item is None:
                    raise RuntimeError("a killed typing child was not reaped")
                if item[0] == "exit":
                    exited = item[1]
                    break
                reports.append(item)
        if not any(r[0] == "ready" for r in reports):
            raise RuntimeError("the typing child failed before it was ready (see the server's log)")
        if os.WIFEXITED(exited) and os.WEXITSTATUS(exited) == 70:
            raise RuntimeError("the typing child failed before it was killed (see the server's log)")
        return reports

    def close(self) -> None:
        try:
            self.proc.stdin.close()  # type: ignore[union-attr]
            self.proc.wait(timeout=30)
        except Exception:  # noqa: BLE001
            self.proc.kill()
            self.proc.wait()
        self.log.close()


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        sys.exit(serve())
    print(__doc__)
    sys.exit(2)
