"""Domain errors: each carries a code that the UI and command line turn into words."""

from __future__ import annotations


class WorkshopError(Exception):
    """Base for every error the app expects and explains to a person."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.code


class ContentError(WorkshopError):
    """A content file (resources/ or sessions/) is missing, unreadable or invalid."""

    code = "content-invalid"

    def __init__(self, path: str, field: str, problem: str) -> None:
        self.path = path
        self.field = field
        self.problem = problem
        where = f"{path}: {field}" if field else path
        super().__init__(f"{where}: {problem}")


class ValidationError(WorkshopError):
    """A value typed by a person is not acceptable (empty name, bad date ...)."""

    code = "invalid-input"


class NotFoundError(WorkshopError):
    """A record asked for does not exist."""

    code = "not-found"


class StorageError(WorkshopError):
    """The database file cannot be opened, read or written."""

    code = "storage"


class StorageFullError(StorageError):
    """A write failed because the disk (or a file-size limit) is full."""

    code = "storage-full"


class UnsupportedSQLiteError(StorageError):
    """The linked SQLite library is too old or lacks a feature the app needs."""

    code = "sqlite-too-old"


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the app."""

    code = "db-newer"


class NotADatabaseError(StorageError):
    """The file is not a Workshop Companion database (or is damaged)."""

    code = "not-a-database"


class ConsentRequiredError(WorkshopError):
    """An entry was to be stored for someone who has not consented to take part (or withdrew)."""

    code = "consent-required"


class PinError(WorkshopError):
    """A kiosk PIN was wrong, missing, or is asked for too soon after wrong tries."""

    code = "pin"


class BundleError(WorkshopError):
    """A bundle file cannot be written or is refused on import (damaged, foreign, too big, unsafe).

    An import that raises this has changed nothing.
    """

    code = "bundle-invalid"


class DamagedDatabaseError(NotADatabaseError):
    """The file is a database but fails its integrity check; it is left untouched."""

    code = "db-damaged"


class PassphraseRequiredError(StorageError):
    """The database is encrypted and no passphrase (or recovery key) was given."""

    code = "passphrase-required"


class WrongPassphraseError(BundleError, StorageError):
    """The passphrase (or recovery key) given does not unlock the bundle or the database."""

    code = "wrong-passphrase"


class BundleCancelled(BundleError):
    """The person cancelled an export or import; nothing was changed."""

    code = "bundle-cancelled"


class AlreadyOpenError(StorageError):
    """Another Workshop Companion on this computer has this database open."""

    code = "already-open"
