"""Settings kept with the data: the kiosk PIN (as a salted slow hash), the kiosk's own state, thresholds."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..domain import records as r
from ..domain.content import ContentLibrary
from ..domain.errors import PinError, ValidationError
from ..domain.privacy import DEFAULT_SMALL_GROUP_THRESHOLD
from ..storage.database import Database
from .result import Result

log = logging.getLogger(__name__)

PIN_KEY = "kiosk.pin"
FAILS_KEY = "kiosk.failed"
KIOSK_KEY = "kiosk.current"
THRESHOLD_KEY = "privacy.small_group_threshold"
IDLE_KEY = "kiosk.idle_minutes"
DEFAULT_KIOSK_IDLE_MINUTES = 2  # a kiosk sheet left alone this long is saved and put away
MAX_KIOSK_IDLE_MINUTES = 30

# scrypt cost (OWASP: N=2^17, r=8, p=1). Stored with each hash, so a hash keeps working if this changes.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
FREE_TRIES = 5  # wrong PINs allowed before the wait starts
MAX_WAIT_S = 300


def hash_pin(pin: str, *, n: int | None = None) -> str:
    n = n or SCRYPT_N
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, maxmem=256 * 1024 * 1024, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        kind, n, r_, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r_),
            p=int(p),
            maxmem=256 * 1024 * 1024,
            dklen=32,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong PINs in a row: 0, then 1, 2, 4 ... 300."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(MAX_WAIT_S, 2 ** (failures - FREE_TRIES)))


@dataclass(frozen=True)
class KioskState:
    """What the kiosk is doing, kept in the database so a crash or restart goes straight back to it."""

    session_id: str
    sheet_key: str
    submission_id: str | None  # the sheet being filled in now, if any


class SettingsService:
    def __init__(self, db: Database, library: ContentLibrary, *, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.content_library = library
        self.clock = clock

    # --- small-group threshold -----------------------------------------------------------
    def small_group_threshold(self) -> int:
        with self.db.unit_of_work(write=False) as uow:
            raw = uow.settings.get(THRESHOLD_KEY)
        return int(raw) if raw and raw.isdigit() else DEFAULT_SMALL_GROUP_THRESHOLD

    def set_small_group_threshold(self, value: int) -> Result[int]:
        if not 1 <= int(value) <= 50:
            raise ValidationError("The smallest group to show must be from 1 to 50 people.")
        with self.db.unit_of_work() as uow:
            uow.settings.set(THRESHOLD_KEY, str(int(value)))
        return Result(int(value), r.Changes(settings=True))

    # --- kiosk inactivity lock ------------------------------------------------------------
    def kiosk_idle_minutes(self) -> int:
        """Minutes without typing or touching after which the kiosk saves the open sheet and clears it."""
        with self.db.unit_of_work(write=False) as uow:
            raw = uow.settings.get(IDLE_KEY)
        if raw and raw.isdigit() and 1 <= int(raw) <= MAX_KIOSK_IDLE_MINUTES:
            return int(raw)
        return DEFAULT_KIOSK_IDLE_MINUTES

    def set_kiosk_idle_minutes(self, minutes: int) -> Result[int]:
        if not 1 <= int(minutes) <= MAX_KIOSK_IDLE_MINUTES:
            raise ValidationError(f"The kiosk must lock after 1 to {MAX_KIOSK_IDLE_MINUTES} minutes without typing.")
        with self.db.unit_of_work() as uow:
            uow.settings.set(IDLE_KEY, str(int(minutes)))
        return Result(int(minutes), r.Changes(settings=True))

    # --- kiosk PIN -----------------------------------------------------------------------
    def has_pin(self) -> bool:
        with self.db.unit_of_work(write=False) as uow:
            return bool(uow.settings.get(PIN_KEY))

    def set_pin(self, pin: str, *, current: str | None = None) -> Result[None]:
        """Set the facilitator's kiosk PIN (4 to 12 digits). Changing it needs the current one."""
        if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
            raise ValidationError("The PIN must be 4 to 12 digits.")
        if self.has_pin():
            if current is None or not self._verify(current):
                raise PinError("The current PIN is not right.")
        stored = hash_pin(pin)
        with self.db.unit_of_work() as uow:
            uow.settings.set(PIN_KEY, stored)
            uow.settings.remove(FAILS_KEY)
        log.info("kiosk PIN set")
        return Result(None, r.Changes(settings=True))

    def seconds_to_wait(self) -> float:
        failures, last = self._failures()
        return max(0.0, last + wait_after(failures) - self.clock()) if failures else 0.0

    def unlock(self, pin: str) -> bool:
        """True for the right PIN. Wrong tries are counted (in the database, so restarting does not reset
        them); after five, each further try must wait twice as long as the one before."""
        wait = self.seconds_to_wait()
        if wait > 0:
            raise PinError(
                f"Too many wrong tries. Wait {int(wait + 0.999)} seconds before trying again.", code="pin-wait"
            )
        if self._verify(pin):
            with self.db.unit_of_work() as uow:
                uow.settings.remove(FAILS_KEY)
            log.info("kiosk unlocked")
            return True
        failures, _ = self._failures()
        with self.db.unit_of_work() as uow:
            uow.settings.set(FAILS_KEY, json.dumps([failures + 1, self.clock()]))
        log.info("kiosk: wrong PIN (%d in a row)", failures + 1)
        return False

    def _verify(self, pin: str) -> bool:
        with self.db.unit_of_work(write=False) as uow:
            stored = uow.settings.get(PIN_KEY)
        return bool(stored) and check_pin(pin, stored or "")

    def _failures(self) -> tuple[int, float]:
        with self.db.unit_of_work(write=False) as uow:
            raw = uow.settings.get(FAILS_KEY)
        try:
            count, last = json.loads(raw) if raw else (0, 0.0)
            return int(count), float(last)
        except (ValueError, TypeError):
            return FREE_TRIES, self.clock()  # damaged counter: be strict

    # --- kiosk state ---------------------------------------------------------------------
    def kiosk_state(self) -> KioskState | None:
        with self.db.unit_of_work(write=False) as uow:
            raw = uow.settings.get(KIOSK_KEY)
        if not raw:
            return None
        try:
            data = json.loads(raw)
            return KioskState(data["session_id"], data["sheet_key"], data.get("submission_id"))
        except (ValueError, KeyError, TypeError):
            return None

    def set_kiosk_state(self, state: KioskState | None) -> None:
        with self.db.unit_of_work() as uow:
            if state is None:
                uow.settings.remove(KIOSK_KEY)
            else:
                uow.settings.set(
                    KIOSK_KEY,
                    json.dumps(
                        {
                            "session_id": state.session_id,
                            "sheet_key": state.sheet_key,
                            "submission_id": state.submission_id,
                        }
                    ),
                )
