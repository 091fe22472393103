"""Command line: the GUI by default, and headless commands (demo, pack) over the services."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .domain.errors import AlreadyOpenError, WorkshopError

log = logging.getLogger("workshop_app.cli")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_ALREADY_RUNNING = 3


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one plain line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"workshop-app: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workshop-app",
        description="Workshop Companion: plan, run and record collaboration workshops, offline.",
    )
    parser.add_argument("--version", action="version", version=f"Workshop Companion {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: workshop.db in your data folder)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (database, migrations, content, fonts, a pack, Qt) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="create a demo programme with participants, sessions and entries")
    demo.add_argument("--db", metavar="PATH", dest="sub_db", help="database file to create or add to")
    demo.add_argument(
        "--encrypt",
        action="store_true",
        help=f"create the database encrypted (passphrase from {PASSPHRASE_ENV} or asked on the terminal)",
    )

    pack = sub.add_parser("pack", help="print a session pack to a PDF file")
    pack.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    pack.add_argument(
        "--session", default="latest", help="'latest' (default) or a session id (or its first characters)"
    )
    pack.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    pack.add_argument(
        "--documents",
        metavar="LIST",
        help="comma-separated: guide,handout,sheets,consent,summary,cycle-report,references "
        "(default: guide,handout,sheets,consent,references)",
    )
    pack.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    pack.add_argument("--large-print", action="store_true", help="large print: body text at 16 pt or more")

    sources = sub.add_parser("sources", help="list the evidence library, or import sources from a RIS file")
    sources.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    sources.add_argument("--import", dest="import_file", metavar="FILE.ris", help="import every source in a RIS file")

    export = sub.add_parser("export", help="export a programme for research (CSV, XLSX, JSON or REFI-QDA)")
    export.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    export.add_argument("--format", required=True, choices=["csv", "xlsx", "json", "qdpx"], help="file format")
    export.add_argument("--out", required=True, metavar="PATH", help="where to write the export")
    export.add_argument(
        "--level",
        default="deidentified",
        choices=["full", "no-identifiers", "deidentified"],
        help="full (names: for the facilitator only), no-identifiers, or deidentified (the default)",
    )
    export.add_argument(
        "--programme", metavar="ID", help="programme id (or its first characters); needed if there are several"
    )

    sessions = sub.add_parser("sessions", help="list the sessions in a database with their ids")
    sessions.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")

    bundle = sub.add_parser("bundle", help="carry a programme between laptops in one file (export, import)")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", parser_class=_Parser, required=True)
    b_export = bundle_sub.add_parser("export", help="write a bundle file")
    b_export.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    b_export.add_argument("--out", required=True, metavar="FILE", help="where to write the bundle")
    b_export.add_argument(
        "--programme", metavar="ID", help="only this programme: its id or exact name (default: every programme)"
    )
    b_export.add_argument("--since", metavar="YYYY-MM-DD", help="only records changed on or after this date")
    b_export.add_argument(
        "--passphrase-env", metavar="VAR", help="encrypt with the passphrase held in this environment variable"
    )
    b_import = bundle_sub.add_parser("import", help="merge a bundle file into a database")
    b_import.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    b_import.add_argument("file", metavar="FILE", help="the bundle to import")
    b_import.add_argument(
        "--passphrase-env", metavar="VAR", help="the environment variable holding the bundle's passphrase"
    )
    backup = sub.add_parser("backup", help="make a verified backup of the database now")
    backup.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")

    backups = sub.add_parser("backups", help="list the backups of the database, newest first")
    backups.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")

    restore = sub.add_parser("restore", help="replace the database with a backup (the current state is backed up)")
    restore.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    restore.add_argument("backup", help="'latest' or a backup file name (see 'backups')")

    check = sub.add_parser("check", help="check the database's integrity and its audit trail (changes nothing)")
    check.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")

    erase = sub.add_parser("erase", help="remove every trace of one participant (right to erasure)")
    erase.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    erase.add_argument("--participant", required=True, metavar="CODE", help="the participant's code, e.g. SG01")
    erase.add_argument("--programme", metavar="ID", help="the programme (needed only if the code is in several)")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=_Parser, required=True)
    audit_export = audit_sub.add_parser("export", help="write the audit trail to a CSV file")
    audit_export.add_argument("--db", metavar="PATH", dest="sub_db", help="database file")
    audit_export.add_argument("--out", required=True, metavar="FILE.csv", help="where to write it")
    return parser


PASSPHRASE_ENV = "WORKSHOP_APP_PASSPHRASE"


def _passphrase(prompt: str = "Passphrase: ") -> str:
    """The passphrase from WORKSHOP_APP_PASSPHRASE, or asked on a terminal; never waits without one."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise WorkshopError(
            f"This needs the database passphrase: set {PASSPHRASE_ENV} or run the command in a terminal.",
            code="passphrase-required",
        )
    import getpass

    return getpass.getpass(prompt)


def _ask_secret(prompt: str, env: str) -> str:
    """A secret asked on a terminal; never waits for input without one."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise WorkshopError(f"This needs {prompt.rstrip(': ').lower()}: set {env} or run the command in a terminal.")
    import getpass

    return getpass.getpass(prompt)


def _open(args: argparse.Namespace, *, create: bool = False, read_only: bool = False):  # noqa: ANN202
    """Open the services on the command's database, asking for a passphrase only if it is encrypted."""
    from .app import open_services, resolve_db_path
    from .storage.keyfile import is_encrypted

    path = resolve_db_path(_db_arg(args))
    passphrase = _passphrase() if is_encrypted(path) else None
    return open_services(path, create=create, passphrase=passphrase, read_only=read_only)


def _locked(args: argparse.Namespace):  # noqa: ANN202
    """Hold the one-instance lock while a command writes (a running app keeps its database)."""
    from .app import resolve_db_path
    from .ui.instance import acquire

    path = resolve_db_path(_db_arg(args))
    path.parent.mkdir(parents=True, exist_ok=True)
    return acquire(path, timeout_ms=200)


def _db_arg(args: argparse.Namespace) -> str | None:
    return getattr(args, "sub_db", None) or args.db


def _cmd_demo(args: argparse.Namespace) -> int:
    from .app import open_services
    from .services.demo import create_demo

    new_passphrase = _passphrase("New passphrase: ") if args.encrypt else None
    lock = _locked(args)
    try:
        services = open_services(_db_arg(args), new_passphrase=new_passphrase)
    except BaseException:
        lock.unlock()
        raise
    if services.recovery_key:
        print(f"Recovery key (write it down; it also unlocks the database): {services.recovery_key}")
    try:
        programme = create_demo(services)
        sessions = services.sessions.sessions(programme.id)
        people = services.programmes.participants(programme.id)
    finally:
        services.close()
        lock.unlock()
    print(
        f"Created demo programme '{programme.name}' with {len(people)} participants "
        f"and {len(sessions)} sessions in {services.db.path}"
    )
    return EXIT_OK


def _cmd_pack(args: argparse.Namespace) -> int:
    from .domain.pack import BEFORE_SESSION, PackOptions, Paper, parse_documents

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise WorkshopError(f"{out} is a folder; give a file name ending in .pdf.", code="bad-out")
    if not out.parent.exists():
        raise WorkshopError(f"The folder {out.parent} does not exist.", code="bad-out")
    try:
        documents = parse_documents(args.documents) if args.documents is not None else BEFORE_SESSION
    except ValueError as exc:
        print(f"workshop-app: --documents: {exc}", file=sys.stderr)
        return EXIT_USAGE
    options = PackOptions(documents=documents, paper=Paper(args.paper), large_print=args.large_print)
    services = _open(args)
    try:
        session = services.sessions.resolve(args.session)
        report = services.packs.build_pack(session.id, out, options)
    finally:
        services.close()
    print(
        f"Wrote the pack for '{session.title}' ({session.held_on:%d %b %Y}) to {out}: "
        f"{report.pages} pages, {', '.join(d.value for d in report.documents)}"
    )
    if report.missing_characters:
        print(f"workshop-app: warning: {report.warning()}", file=sys.stderr)
    return EXIT_OK


def _cmd_sources(args: argparse.Namespace) -> int:

    services = _open(args)
    try:
        if args.import_file:
            path = Path(args.import_file).expanduser()
            if not path.is_file():
                raise WorkshopError(f"There is no file {path}.", code="no-file")
            imported = services.evidence.import_ris(path).value
            print(f"Imported {len(imported)} source(s): {', '.join(s.key for s in imported)}")
            return EXIT_OK
        links = services.evidence.links()
        for source in services.evidence.sources():
            used = ", ".join(sorted(links.get(source.key, []))) or "not linked to content"
            print(f"{source.key}: {source.citation()} [{used}]")
    finally:
        services.close()
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .domain.research import ExportFormat, ExportLevel

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise WorkshopError(f"{out} is a folder; give a file name.", code="bad-out")
    if not out.parent.exists():
        raise WorkshopError(f"The folder {out.parent} does not exist.", code="bad-out")
    services = _open(args)
    try:
        level = ExportLevel(args.level)
        if level != ExportLevel.DEIDENTIFIED and services.settings.has_pin():
            pin = os.environ.get("WORKSHOP_APP_PIN") or _ask_secret("Facilitator PIN: ", "WORKSHOP_APP_PIN")
            if not services.settings.unlock(pin):
                raise WorkshopError("That PIN is not right; the export was not written.", code="pin")
        programme_id = services.exports.resolve_programme(args.programme)
        summary = services.exports.export(programme_id, ExportFormat(args.format), out, level)
        services.safety.record_export(args.format, summary.level.value, programme_id)
    finally:
        services.close()
    log.info("export written: format %s, level %s", args.format, summary.level.value)
    print(
        f"Wrote {summary.responses} responses from {summary.people} participants "
        f"({summary.level.value}) to {', '.join(str(f) for f in summary.files)}"
    )
    if summary.people_left_out:
        print(f"Left out {summary.people_left_out} participants without research consent.")
    if summary.texts_withheld:
        print(f"Withheld {summary.texts_withheld} texts not reviewed for de-identified use.")
    return EXIT_OK


def _cmd_sessions(args: argparse.Namespace) -> int:

    services = _open(args)
    try:
        for programme in services.programmes.programmes():
            print(programme.name)
            for s in services.sessions.sessions(programme.id):
                print(f"  {s.id}  {s.held_on:%Y-%m-%d} {s.starts_at:%H:%M}  {s.title}")
    finally:
        services.close()
    return EXIT_OK


def _cmd_self_test() -> int:
    from .selftest import run_self_test

    report = run_self_test()
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    return EXIT_OK if report.ok else EXIT_ERROR


def _bundle_passphrase(args: argparse.Namespace) -> str | None:
    import os

    var = getattr(args, "passphrase_env", None)
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise WorkshopError(f"The environment variable {var} holds no passphrase.", code="bundle-passphrase")
    return value


def _cmd_bundle(args: argparse.Namespace) -> int:
    from datetime import date

    if args.bundle_command == "export":
        since = None
        if args.since:
            try:
                since = date.fromisoformat(args.since)
            except ValueError as exc:
                raise WorkshopError(
                    f"--since must be a date like 2026-03-01, not {args.since!r}.", code="bad-date"
                ) from exc
        passphrase = _bundle_passphrase(args)
        services = _open(args)
        try:
            programme_id = None
            if args.programme:
                matches = [
                    p.id
                    for p in services.programmes.programmes()
                    if args.programme in (p.id, p.name)
                    or (len(args.programme) >= 4 and p.id.startswith(args.programme))
                ]
                if len(matches) != 1:
                    what = "No programme" if not matches else "More than one programme"
                    raise WorkshopError(f"{what} matches {args.programme!r}.", code="not-found")
                programme_id = matches[0]
            summary = services.bundles.export_bundle(
                args.out, programme_id=programme_id, since=since, passphrase=passphrase
            )
        finally:
            services.close()
        what = "an encrypted bundle" if summary.encrypted else "a bundle"
        print(f"Wrote {what} of {summary.records} records to {summary.path} (sha256 {summary.checksum[:16]}…)")
        return EXIT_OK
    passphrase = _bundle_passphrase(args)
    lock = _locked(args)
    try:
        services = _open(args, create=True)
        try:
            if passphrase is None and services.bundles.is_encrypted(args.file):
                raise WorkshopError(
                    "This bundle is encrypted; give its passphrase with --passphrase-env VAR.", code="passphrase-needed"
                )
            result = services.bundles.import_bundle(args.file, passphrase=passphrase)
        finally:
            services.close()
    finally:
        lock.unlock()
    s = result.value
    print(
        f"Imported {s.records} records: {s.added} added, {s.updated} updated, {s.unchanged} unchanged, "
        f"{s.kept} kept (newer here); {s.history} older versions stored in history."
    )
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    lock = _locked(args)
    try:
        services = _open(args)
        try:
            info = services.safety.backup_now("command line")
        finally:
            services.close()
    finally:
        lock.unlock()
    print(f"Backup verified and saved: {info.path} ({info.size:,} bytes)")
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from .app import resolve_db_path
    from .storage.backup import backup_dir, list_backups

    items = list_backups(backup_dir(resolve_db_path(_db_arg(args))))
    if not items:
        print("No backups yet.")
    for b in items:
        print(
            f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.size:>12,} bytes  {b.path.name}  (kept until {b.expires_on:%Y-%m-%d})"
        )
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    lock = _locked(args)
    try:
        services = _open(args)
        try:
            items = services.safety.backups()
            if args.backup == "latest":
                if not items:
                    raise WorkshopError("There are no backups to restore.", code="no-backups")
                chosen = items[0].path
            else:
                matches = [b.path for b in items if b.path.name == Path(args.backup).name]
                chosen = matches[0] if matches else Path(args.backup).expanduser()
            result = services.safety.restore(chosen)
        finally:
            services.close()
    finally:
        lock.unlock()
    print(f"Restored {chosen.name}. The state before restoring was kept as {result.value.path.name}.")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    services = _open(args, read_only=True)
    try:
        report = services.safety.check()
    finally:
        services.close()
    if report.ok:
        print("The database is sound: integrity ok, every link between records ok, audit trail intact.")
        return EXIT_OK
    for problem in report.problems[:20]:
        print(f"problem: {problem}")
    if report.audit_breaks:
        print(f"The audit trail was altered at events {', '.join(map(str, report.audit_breaks[:20]))}.")
    return EXIT_ERROR


def _cmd_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise WorkshopError(
            "Erasure cannot be undone; run the command again with --yes to confirm.", code="confirm-needed"
        )
    lock = _locked(args)
    try:
        services = _open(args)
        try:
            matches = [
                person
                for programme in services.programmes.programmes()
                if args.programme in (None, programme.id, programme.name)
                for person in services.programmes.participants(programme.id)
                if person.code == args.participant.strip().upper()
            ]
            if len(matches) != 1:
                what = "No participant" if not matches else "More than one participant"
                raise WorkshopError(
                    f"{what} has the code {args.participant!r}; name the programme with --programme.",
                    code="not-found",
                )
            report = services.safety.erase_participant(matches[0].id).value
        finally:
            services.close()
    finally:
        lock.unlock()
    print(f"Erased every trace of {args.participant.upper()} from the database.")
    for backup in report.backups_holding:
        print(f"  still in the older backup {backup.path.name} until {backup.expires_on:%Y-%m-%d}")
    return EXIT_OK


def _cmd_audit(args: argparse.Namespace) -> int:
    lock = _locked(args)
    try:
        services = _open(args)
        try:
            count = services.safety.export_audit(Path(args.out).expanduser())
        finally:
            services.close()
    finally:
        lock.unlock()
    print(f"Wrote {count} audit events to {args.out}")
    return EXIT_OK


def _gui(run_gui: Any, db: str | None) -> int:
    """The window, started as fast as it can be (the two settings below end once it has started)."""
    import gc

    from . import dataclass_methods

    # before the first record class: their methods compiled once and kept (settled once started)
    dataclass_methods.install()
    # Nothing made while starting is garbage in a cycle worth hunting: about sixty collections
    # (10 ms) before the first paint alone. The window collects once, and freezes what start-up
    # made, when its services are ready (ui/application.settle_after_start), and collections run
    # as usual from then on.
    gc.disable()
    try:
        return int(run_gui(db))
    finally:
        gc.enable()
        dataclass_methods.settle()


def main(argv: Sequence[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else list(argv))[:1] == ["__backup-worker"]:  # hidden: storage.backup.WORKER_ARG
        from .storage.backup import worker_main

        return worker_main()
    args = build_parser().parse_args(argv)  # --version and usage errors answer before anything heavy loads
    from .app import run_gui, setup_logging  # services (and SQLAlchemy) load before Qt, which is faster

    setup_logging()
    commands = {
        "demo": _cmd_demo,
        "pack": _cmd_pack,
        "sessions": _cmd_sessions,
        "sources": _cmd_sources,
        "export": _cmd_export,
        "bundle": _cmd_bundle,
        "backup": _cmd_backup,
        "backups": _cmd_backups,
        "restore": _cmd_restore,
        "check": _cmd_check,
        "audit": _cmd_audit,
        "erase": _cmd_erase,
    }
    try:
        if args.self_test:
            return _cmd_self_test()
        if args.command is None:
            return _gui(run_gui, args.db)
        return commands[args.command](args)
    except AlreadyOpenError as exc:
        log.info("command refused: %s", exc.code)
        print(f"workshop-app: {exc.message}", file=sys.stderr)
        return EXIT_ALREADY_RUNNING
    except WorkshopError as exc:
        log.info("command failed: %s", exc.code)
        print(f"workshop-app: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("workshop-app: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - never show a traceback; keep it in the log
        # The traceback's frames, never the message: it may quote what a participant wrote.
        log.error(
            "unexpected %s in %s:\n%s",
            type(exc).__name__,
            args.command or "gui",
            "".join(traceback.format_tb(exc.__traceback__)),
        )
        print(
            f"workshop-app: something went wrong ({type(exc).__name__}). Nothing already saved is lost; "
            "details are in the log file.",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
