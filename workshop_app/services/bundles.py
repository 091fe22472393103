"""Bundles: carry a programme (or what changed since a date) from one laptop to another, no server.

Export reads in one read-only transaction and writes one file atomically. Import checks the whole
file first (container, checksum, passphrase, manifest, every record), then merges by record
identity in ONE write transaction: it either all lands or nothing does.
"""

from __future__ import annotations

import functools
import logging
import os
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain import records as r
from ..domain.bundles import ExportSummary, ImportSummary, TableCounts
from ..domain.content import ContentLibrary
from ..domain.errors import BundleCancelled, BundleError, NotFoundError
from ..storage import bundle_file, bundle_records, migrate
from ..storage.bundle_json import BundleJSONError, loads
from ..storage.database import Database
from .result import Result

log = logging.getLogger(__name__)

Progress = bundle_records.Progress

_known_revisions = functools.cache(migrate.known_revisions)  # the migration files do not change while running

ALL_CHANGED = r.Changes(
    programmes=True, participants=True, sessions=True, blocks=True, reflections=True, ratings=True, actions=True
)


def backup_before_import(db: Database) -> None:
    """A verified backup of the database before a bundle merges into it; a failed backup stops the import."""
    if db.path.exists() and db.path.stat().st_size > 0:
        db.backup()


class BundleService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    # --- export --------------------------------------------------------------------------------
    def export_bundle(
        self,
        out: str | os.PathLike[str],
        *,
        programme_id: str | None = None,
        since: date | None = None,
        passphrase: str | None = None,
        progress: Progress | None = None,
    ) -> ExportSummary:
        """Write one bundle file: every programme, or one; all records, or those changed since a date."""
        target = Path(out).expanduser()
        if target.is_dir():
            raise BundleError(f"{target} is a folder; give a file name for the bundle.", code="bad-out")
        if not target.parent.exists():
            raise BundleError(f"The folder {target.parent} does not exist.", code="bad-out")
        if passphrase is not None and not passphrase:
            raise BundleError("The passphrase is empty; type one or leave encryption off.", code="bundle-passphrase")
        since_at = datetime.combine(since, time(0, 0)) if since else None
        with self.db.unit_of_work(write=False) as uow:
            if programme_id is not None and uow.programmes.get(programme_id) is None:
                raise NotFoundError("That programme does not exist in this database.")
            records = bundle_records.collect(uow.db, programme_id=programme_id, since=since_at)
            revision = migrate.current_revision(self.db.engine)
        if progress is not None and progress(1, 3) is False:
            raise BundleCancelled("Export cancelled; no file was written.")
        tables = {name: bundle_file.dumps(items) for name, items in records.items()}
        manifest = {
            "format": bundle_file.FORMAT_NAME,
            "format_version": bundle_file.FORMAT_VERSION,
            "app_version": __version__,
            "schema_revision": revision,
            "programme_id": programme_id,
            "since": since.isoformat() if since else None,
            "created_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
            "bundle_id": str(uuid.uuid4()),
            "counts": {name: len(items) for name, items in records.items()},
        }
        if progress is not None and progress(2, 3) is False:
            raise BundleCancelled("Export cancelled; no file was written.")
        checksum = bundle_file.write_bundle(target, manifest, tables, passphrase=passphrase)
        if progress is not None:
            progress(3, 3)
        log.info("bundle exported: %d records", sum(manifest["counts"].values()))
        return ExportSummary(
            path=target,
            checksum=checksum,
            programme_id=programme_id,
            since=since,
            encrypted=passphrase is not None,
            counts=tuple(manifest["counts"].items()),
        )

    # --- import --------------------------------------------------------------------------------
    @staticmethod
    def is_encrypted(path: str | os.PathLike[str]) -> bool:
        """Whether a bundle file needs a passphrase (so the app can ask before importing)."""
        try:
            with Path(path).open("rb") as fh:
                return bundle_file.is_encrypted(fh.read(len(bundle_file.MAGIC)))
        except OSError:
            return False

    def import_bundle(
        self,
        path: str | os.PathLike[str],
        *,
        passphrase: str | None = None,
        progress: Progress | None = None,
    ) -> Result[ImportSummary]:
        """Merge a bundle into this database in one transaction, or refuse it whole (BundleError)."""
        data = bundle_file.read_file(Path(path).expanduser())
        return self.import_bytes(data, passphrase=passphrase, progress=progress)

    def import_bytes(
        self, data: bytes, *, passphrase: str | None = None, progress: Progress | None = None
    ) -> Result[ImportSummary]:
        content = bundle_file.open_bundle(data, passphrase=passphrase)
        manifest = _check_manifest(content.manifest)
        records = _decode(content, manifest)
        if progress is not None and progress(0, max(1, sum(len(v) for v in records.values()))) is False:
            raise BundleCancelled("Import cancelled; nothing was changed.")
        backup_before_import(self.db)
        with self.db.unit_of_work() as uow:
            outcome = bundle_records.merge(uow.db, records, bundle_id=content.checksum, progress=progress)
        summary = ImportSummary(
            checksum=content.checksum,
            programme_id=manifest["programme_id"],
            since=manifest["since"],
            created_at=manifest["created_at"],
            app_version=manifest["app_version"],
            encrypted=content.encrypted,
            tables=tuple(TableCounts(name, **vars(counts)) for name, counts in outcome.tables.items()),
        )
        log.info(
            "bundle imported: %d added, %d updated, %d unchanged, %d kept, %d in history",
            summary.added,
            summary.updated,
            summary.unchanged,
            summary.kept,
            summary.history,
        )
        changes = ALL_CHANGED if summary.changed_anything else r.Changes()
        return Result(summary, changes)


def _check_manifest(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest's fields, checked and parsed; raises BundleError."""

    def bad(what: str) -> BundleError:
        return BundleError(f"The bundle's manifest is not valid ({what}); it was refused.")

    revision = manifest.get("schema_revision")
    if not isinstance(revision, str):
        raise bad("no schema revision")
    if revision not in _known_revisions():
        raise BundleError(
            "The bundle was made by a newer version of Workshop Companion (its records have a newer "
            "layout). Update the app on this laptop, then import it again. Nothing was imported."
        )
    app_version = manifest.get("app_version")
    if not isinstance(app_version, str) or len(app_version) > 40:
        raise bad("app version")
    programme_id = manifest.get("programme_id")
    if programme_id is not None:
        try:
            if not isinstance(programme_id, str) or str(uuid.UUID(programme_id)) != programme_id:
                raise ValueError
        except ValueError as exc:
            raise bad("programme id") from exc
    since = manifest.get("since")
    created_at = manifest.get("created_at")
    try:
        since_date = date.fromisoformat(since) if since is not None else None
        created = datetime.fromisoformat(created_at) if created_at is not None else None
    except (TypeError, ValueError) as exc:
        raise bad("dates") from exc
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or not all(type(v) is int and v >= 0 for v in counts.values()):
        raise bad("record counts")
    known = {table.name for table in bundle_records.bundle_tables()}
    for name in counts:
        if name not in known:
            raise BundleError(
                f"The bundle holds records of a kind this version does not know ({name[:40]!r}); "
                "update the app. Nothing was imported."
            )
    return {
        "schema_revision": revision,
        "app_version": app_version,
        "programme_id": programme_id,
        "since": since_date,
        "created_at": created,
        "counts": counts,
    }


def _decode(content: bundle_file.BundleContent, manifest: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    counts = manifest["counts"]
    if set(counts) != set(content.tables):
        raise BundleError("The bundle's manifest and its record files do not match; it was refused.")
    tables = {table.name: table for table in bundle_records.bundle_tables()}
    records: dict[str, list[dict[str, Any]]] = {}
    for name, raw in content.tables.items():
        try:
            items = loads(raw)
        except BundleJSONError as exc:
            raise BundleError(f"The bundle's {name} records are not valid: {exc}. It was refused.") from exc
        decoded = bundle_records.decode_table(tables[name], items)
        if len(decoded) != counts[name]:
            raise BundleError(
                f"The bundle's manifest counts {counts[name]} {name} records but the bundle holds "
                f"{len(decoded)}; it was refused."
            )
        records[name] = decoded
    return records
