"""Encryption keys: a random database key, wrapped by the passphrase and by a printable recovery key.

An encrypted database ``workshop.db`` has a small side file ``workshop.db.keys`` (JSON). The
database itself is encrypted by SQLCipher with a random 256-bit raw key, so opening costs one
scrypt derivation (tens of milliseconds), not SQLCipher's PBKDF2. The key is stored twice:

* XOR-wrapped with a 256-bit key derived by scrypt from the passphrase and a random salt;
* XOR-wrapped with a key derived the same way from the recovery key (shown once, at creation).

Each wrapping key is used exactly once (its own random salt), so the XOR wrap reveals nothing
about the database key. An HMAC of a fixed label under the database key tells a wrong
passphrase ("wrong passphrase") from a damaged file. The side file holds no participant data;
without it (or a backup of it) the database cannot be opened, so backups carry a copy.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import StorageError, WrongPassphraseError
from .atomic import write_atomically

SUFFIX = ".keys"
FORMAT = "workshop-companion-keys/1"
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_CHECK_LABEL = b"workshop-companion key check"


def keyfile_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SUFFIX)


def is_encrypted(db_path: Path) -> bool:
    return keyfile_for(db_path).exists()


# hashlib, hmac and secrets are imported where they are used, not at the top: the first screen asks
# only whether a database has a key file, and importing them loads OpenSSL (3.5 MiB).


def _random_bytes(count: int) -> bytes:
    import secrets

    return secrets.token_bytes(count)


def _derive(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib

    normalised = " ".join(secret.split()) if secret.strip() else secret
    return hashlib.scrypt(normalised.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def _check(key: bytes) -> str:
    import hashlib
    import hmac

    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def _checks_out(key: bytes, check: str) -> bool:
    import hmac

    return hmac.compare_digest(_check(key), check)


def new_recovery_key() -> str:
    """A printable recovery key: 25 base32 characters in groups of five (125 bits)."""
    raw = base64.b32encode(_random_bytes(20)).decode("ascii")[:25]
    return "-".join(raw[i : i + 5] for i in range(0, 25, 5))


def _normalise_recovery(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


@dataclass(frozen=True)
class NewKeys:
    key: bytes
    recovery_key: str


def create_keys(db_path: Path, passphrase: str) -> NewKeys:
    """Make a database key, wrap it twice, write the side file; return the key and recovery key."""
    if len(passphrase) < 8:
        raise StorageError("Choose a passphrase of at least 8 characters.", code="weak-passphrase")
    key = _random_bytes(32)
    recovery = new_recovery_key()
    doc = {"format": FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "check": _check(key)}
    for name, secret in (("passphrase", passphrase), ("recovery", _normalise_recovery(recovery))):
        salt = _random_bytes(16)
        wrapped = _xor(key, _derive(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
        doc[name] = {"salt": salt.hex(), "wrapped": wrapped.hex()}
    data = json.dumps(doc, indent=1).encode("utf-8")
    write_atomically(keyfile_for(db_path), lambda fh: fh.write(data))
    return NewKeys(key, recovery)


def _read(keyfile: Path) -> dict:
    try:
        doc = json.loads(keyfile.read_text(encoding="utf-8"))
        if doc.get("format") != FORMAT:
            raise ValueError("format")
        return doc
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise StorageError(
            f"The key file {keyfile.name} is damaged or unreadable; restore it from a backup.", code="keys-damaged"
        ) from exc


def unlock(db_path: Path, secret: str, *, keyfile: Path | None = None) -> bytes:
    """The database key, from the passphrase or the recovery key. Raises WrongPassphraseError."""
    doc = _read(keyfile or keyfile_for(db_path))
    n, r, p = int(doc["n"]), int(doc["r"]), int(doc["p"])
    candidates = [("passphrase", secret)]
    recovery = _normalise_recovery(secret)
    if len(recovery) == 25:
        candidates.append(("recovery", recovery))
    for name, text in candidates:
        entry = doc[name]
        key = _xor(bytes.fromhex(entry["wrapped"]), _derive(text, bytes.fromhex(entry["salt"]), n, r, p))
        if _checks_out(key, doc["check"]):
            return key
    raise WrongPassphraseError("Wrong passphrase (or recovery key). The database has not been changed.")


def change_passphrase(db_path: Path, key: bytes, new_passphrase: str) -> None:
    """Re-wrap the database key under a new passphrase (the recovery key stays valid)."""
    if len(new_passphrase) < 8:
        raise StorageError("Choose a passphrase of at least 8 characters.", code="weak-passphrase")
    path = keyfile_for(db_path)
    doc = _read(path)
    salt = _random_bytes(16)
    wrapped = _xor(key, _derive(new_passphrase, salt, int(doc["n"]), int(doc["r"]), int(doc["p"])))
    doc["passphrase"] = {"salt": salt.hex(), "wrapped": wrapped.hex()}
    data = json.dumps(doc, indent=1).encode("utf-8")
    write_atomically(path, lambda fh: fh.write(data))


def key_pragma(key: bytes) -> str:
    """The statement that keys a SQLCipher connection with a raw key (no key derivation)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def copy_keyfile(db_path: Path, target_db: Path) -> None:
    """Give a copy of a database (a backup) its own copy of the side file."""
    source = keyfile_for(db_path)
    if source.exists():
        data = source.read_bytes()
        write_atomically(keyfile_for(target_db), lambda fh: fh.write(data))
    elif keyfile_for(target_db).exists():
        os.unlink(keyfile_for(target_db))
