"""The bundle file: a zip of a manifest, one JSON file per table and a checksum, optionally encrypted.

Reading is defensive: the file is checked as a whole (size, entries, paths, compression, checksum,
passphrase) before a single record is parsed, and every failure is a `BundleError` with a plain
message. Nothing here touches the database.

Layout of a plain bundle (a zip):
    manifest.json        format name and version, app version, schema revision, programme, since,
                         created at, record counts per table and the list of record files
    records/<table>.json a JSON list of objects, one per record
    checksum.txt         "sha256 <hex>": SHA-256 over the manifest and every record file

An encrypted bundle is `MAGIC | header | AES-256-GCM(zip)`; the key comes from the passphrase
through scrypt. The header carries the salt, the scrypt cost, the nonce and a passphrase check
value (a second scrypt output), so a wrong passphrase is told apart from a damaged file.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import stat
import struct
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..domain.errors import BundleError, WrongPassphraseError

FORMAT_NAME = "workshop-companion-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHECKSUM = "checksum.txt"
RECORDS_DIR = "records/"
SUFFIX = ".wcbundle"

# Limits a bundle must stay within (a programme of 100,000 reflections is far below them).
MAX_FILE_BYTES = 512 * 1024 * 1024  # the bundle file as stored
MAX_ENTRIES = 256  # zip entries: a manifest, a checksum and one file per table
MAX_TOTAL_UNCOMPRESSED = 1024 * 1024 * 1024  # all entries together, unpacked
MAX_ENTRY_UNCOMPRESSED = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_RATIO = 250  # unpacked / packed, for entries over RATIO_FLOOR bytes (deflate tops out near 1030)
RATIO_FLOOR = 1024 * 1024
ALLOWED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}

# Encryption container.
MAGIC = b"WCBUNDLE-AES256GCM\x00"
SCRYPT_LOG2_N = 17  # n = 2**17, r = 8, p = 1 (OWASP's scrypt minimum for passwords)
SCRYPT_R = 8
SCRYPT_P = 1
MAX_SCRYPT_LOG2_N = 20  # refuse headers that ask for more memory than this
_HEADER = struct.Struct(">BBB16s12s32s")  # log2 n, r, p, salt, nonce, passphrase check


@dataclass(frozen=True)
class BundleContent:
    """What a bundle holds once the container is checked: the manifest and each table's raw JSON."""

    manifest: dict[str, Any]
    tables: dict[str, bytes]
    checksum: str
    encrypted: bool


# --- writing ---------------------------------------------------------------------------------


def content_checksum(manifest_bytes: bytes, files: Iterable[tuple[str, bytes]]) -> str:
    """SHA-256 over the manifest and the record files, each framed by its name and length."""
    digest = hashlib.sha256()
    for name, data in ((MANIFEST, manifest_bytes), *files):
        encoded = name.encode("utf-8")
        digest.update(struct.pack(">I", len(encoded)) + encoded + struct.pack(">Q", len(data)))
        digest.update(data)
    return digest.hexdigest()


def dumps(value: Any) -> bytes:
    """Canonical JSON: sorted keys, UTF-8, no spaces."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")


def record_path(table: str) -> str:
    return f"{RECORDS_DIR}{table}.json"


def pack(manifest: dict[str, Any], tables: dict[str, bytes]) -> tuple[bytes, str]:
    """The zip bytes of a bundle and its checksum. `manifest["files"]` is filled in here."""
    manifest = dict(manifest)
    manifest["files"] = [record_path(t) for t in tables]
    manifest_bytes = dumps(manifest)
    files = [(record_path(t), data) for t, data in tables.items()]
    checksum = content_checksum(manifest_bytes, files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in ((MANIFEST, manifest_bytes), *files, (CHECKSUM, f"sha256 {checksum}\n".encode())):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buffer.getvalue(), checksum


def _scrypt(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=64, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt(data: bytes, passphrase: str) -> bytes:
    """`data` sealed with AES-256-GCM under a key derived from `passphrase` (scrypt)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise BundleError("The passphrase is empty; type one or leave encryption off.", code="bundle-passphrase")
    salt, nonce = os.urandom(16), os.urandom(12)
    derived = _scrypt(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    key, check = derived[:32], derived[32:]
    header = MAGIC + _HEADER.pack(SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce, check)
    return header + AESGCM(key).encrypt(nonce, data, header)


def write_bundle(
    target: Path,
    manifest: dict[str, Any],
    tables: dict[str, bytes],
    *,
    passphrase: str | None = None,
    write: Callable[[Path, Callable[[BinaryIO], None]], None] | None = None,
) -> str:
    """Write a bundle file atomically; returns its content checksum."""
    from .atomic import write_atomically

    data, checksum = pack(manifest, tables)
    if passphrase is not None:
        data = encrypt(data, passphrase)
    (write or write_atomically)(target, lambda fh: fh.write(data))
    return checksum


# --- reading ---------------------------------------------------------------------------------


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def decrypt(data: bytes, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    head = len(MAGIC) + _HEADER.size
    if len(data) < head + 16:
        raise BundleError("The encrypted bundle is cut short; it cannot be read.")
    log2_n, r, p, salt, nonce, check = _HEADER.unpack(data[len(MAGIC) : head])
    if not (10 <= log2_n <= MAX_SCRYPT_LOG2_N and 1 <= r <= 16 and p == 1):
        raise BundleError("The encrypted bundle has settings this app does not accept; it cannot be read.")
    derived = _scrypt(passphrase, salt, log2_n, r, p)
    if not hmac.compare_digest(derived[32:], check):
        raise WrongPassphraseError("The passphrase is wrong: it is not the one this bundle was encrypted with.")
    try:
        return AESGCM(derived[:32]).decrypt(nonce, data[head:], data[:head])
    except InvalidTag as exc:
        raise BundleError(
            "The encrypted bundle has been damaged or altered since it was made; nothing was imported."
        ) from exc


def read_file(path: Path) -> bytes:
    """A bundle file's bytes, refusing folders, missing files and oversized files."""
    path = Path(path)
    try:
        if path.is_dir():
            raise BundleError(f"{path.name} is a folder, not a bundle file.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleError(
                f"{path.name} is {size // (1024 * 1024)} MB, more than a bundle may be "
                f"({MAX_FILE_BYTES // (1024 * 1024)} MB); it was not imported."
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise BundleError(f"There is no file {path}.") from exc
    except OSError as exc:
        raise BundleError(f"Could not read {path.name}: {exc.strerror or exc}.") from exc
    if len(data) > MAX_FILE_BYTES:
        raise BundleError(f"{path.name} is larger than a bundle may be; it was not imported.")
    return data


def _check_name(name: str) -> None:
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or "\x00" in name
        or (len(name) > 1 and name[1] == ":")
        or any(part in ("..", ".", "") for part in name.split("/"))
    ):
        raise BundleError(
            f"The bundle holds a file with an unsafe path ({name[:80]!r}): outside the bundle or absolute. "
            "It was refused whole."
        )


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    try:
        with archive.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise BundleError(f"Part of the bundle ({info.filename[:80]}) is damaged; nothing was imported.") from exc
    except Exception as exc:  # noqa: BLE001 - zlib and zipfile raise a zoo of errors on crafted input
        raise BundleError(f"Part of the bundle ({info.filename[:80]}) is damaged; nothing was imported.") from exc
    if len(data) > limit or len(data) != info.file_size:
        raise BundleError(f"Part of the bundle ({info.filename[:80]}) is not the size it claims; it was refused.")
    return data


def _loads_manifest(data: bytes) -> dict[str, Any]:
    from .bundle_json import BundleJSONError, loads

    try:
        value = loads(data)
    except BundleJSONError as exc:
        raise BundleError(f"The bundle's manifest is not valid: {exc}.") from exc
    if not isinstance(value, dict):
        raise BundleError("The bundle's manifest is not valid: it is not a JSON object.")
    return value


def open_bundle(data: bytes, *, passphrase: str | None = None) -> BundleContent:
    """Check a bundle's container and return its manifest and raw record files.

    Raises BundleError for anything damaged, foreign, oversized or unsafe.
    """
    encrypted = is_encrypted(data)
    if encrypted:
        if passphrase is None:
            raise WrongPassphraseError(
                "This bundle is encrypted; give the passphrase it was made with.", code="passphrase-needed"
            )
        data = decrypt(data, passphrase)
    if not data.startswith(b"PK\x03\x04"):
        if not data:
            raise BundleError("The file is empty; it is not a Workshop Companion bundle.")
        raise BundleError("The file is not a Workshop Companion bundle (it is not a bundle archive).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, struct.error) as exc:
        raise BundleError("The bundle is damaged (its archive cannot be read); nothing was imported.") from exc
    except Exception as exc:  # noqa: BLE001 - crafted archives can trip any error inside zipfile
        raise BundleError("The bundle is damaged (its archive cannot be read); nothing was imported.") from exc
    with archive:
        if len(infos) > MAX_ENTRIES:
            raise BundleError(f"The bundle holds {len(infos)} files, more than a bundle may; it was refused.")
        names: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            _check_name(name)
            if name in names:
                raise BundleError(f"The bundle holds {name[:80]!r} twice; it was refused.")
            names.add(name)
            mode = info.external_attr >> 16
            if info.is_dir() or (mode and not stat.S_ISREG(mode)):
                raise BundleError(f"The bundle holds a link or folder ({name[:80]!r}); bundles hold files only.")
            if info.flag_bits & 0x1:
                raise BundleError("The bundle's archive uses zip passwords; this app does not read those.")
            if info.compress_type not in ALLOWED_METHODS:
                raise BundleError(f"The bundle uses a compression method this app does not read ({name[:80]!r}).")
            if info.file_size > MAX_ENTRY_UNCOMPRESSED:
                raise BundleError(f"A file in the bundle ({name[:80]!r}) is too large once unpacked; it was refused.")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
                raise BundleError(
                    f"A file in the bundle ({name[:80]!r}) unpacks to over {MAX_RATIO} times its size "
                    "(a zip bomb?); it was refused."
                )
            total += info.file_size
            if total > MAX_TOTAL_UNCOMPRESSED:
                raise BundleError("The bundle unpacks to more than a bundle may hold; it was refused.")
        if MANIFEST not in names or CHECKSUM not in names:
            raise BundleError("The file is not a Workshop Companion bundle (it has no manifest or checksum).")
        by_name = {info.filename: info for info in infos}
        manifest_bytes = _read_entry(archive, by_name[MANIFEST], MAX_MANIFEST_BYTES)
        manifest = _loads_manifest(manifest_bytes)
        if manifest.get("format") != FORMAT_NAME:
            raise BundleError("The file is not a Workshop Companion bundle (its manifest names another format).")
        version = manifest.get("format_version")
        if type(version) is not int:
            raise BundleError("The bundle's manifest has no valid format version.")
        if version != FORMAT_VERSION:
            raise BundleError(
                f"The bundle uses format version {version}, which this version of Workshop Companion does not "
                f"read (it reads version {FORMAT_VERSION}). Update the app, or export again."
            )
        files = manifest.get("files")
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files) or len(set(files)) != len(files):
            raise BundleError("The bundle's manifest does not list its record files properly.")
        expected = {MANIFEST, CHECKSUM, *files}
        if names != expected:
            extra = sorted(names - expected)
            missing = sorted(expected - names)
            what = f"unexpected file {extra[0][:80]!r}" if extra else f"missing file {missing[0][:80]!r}"
            raise BundleError(f"The bundle does not match its manifest ({what}); it was refused.")
        tables: dict[str, bytes] = {}
        for name in files:
            if not (name.startswith(RECORDS_DIR) and name.endswith(".json")) or "/" in name[len(RECORDS_DIR) :]:
                raise BundleError(f"The bundle lists a record file with an unexpected name ({name[:80]!r}).")
            tables[name[len(RECORDS_DIR) : -len(".json")]] = _read_entry(archive, by_name[name], MAX_ENTRY_UNCOMPRESSED)
        checksum_text = _read_entry(archive, by_name[CHECKSUM], 1024)
    try:
        algorithm, stated = checksum_text.decode("ascii").split()
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError("The bundle's checksum file is damaged; nothing was imported.") from exc
    actual = content_checksum(manifest_bytes, [(record_path(t), d) for t, d in tables.items()])
    if algorithm != "sha256" or not hmac.compare_digest(stated.lower(), actual):
        raise BundleError(
            "The bundle's checksum does not match its content: the file was damaged or altered. Nothing was imported."
        )
    return BundleContent(manifest=manifest, tables=tables, checksum=actual, encrypted=encrypted)
