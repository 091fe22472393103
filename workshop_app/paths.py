"""Where things live: user data, config and logs, and the shipped resources/ and sessions/.

One environment variable, WORKSHOP_APP_HOME, moves every user folder below one directory
(tests, portable use). Shipped folders resolve in a source checkout and in a frozen build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "WorkshopCompanion"
APP_AUTHOR = "WorkshopCompanion"
HOME_ENV = "WORKSHOP_APP_HOME"
DB_FILENAME = "workshop.db"


def _bundle_root() -> Path:
    """The folder holding resources/ and sessions/ (source tree or PyInstaller bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def sessions_dir() -> Path:
    return _bundle_root() / "sessions"


def get_asset(*parts: str) -> Path:
    """A shipped file under resources/, e.g. get_asset('fonts', 'NotoSans-Regular.ttf')."""
    return resources_dir().joinpath(*parts)


def _user_dir(kind: str) -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / kind
    import platformdirs

    getter = {
        "data": platformdirs.user_data_dir,
        "config": platformdirs.user_config_dir,
        "logs": platformdirs.user_log_dir,
        "cache": platformdirs.user_cache_dir,
    }[kind]
    return Path(getter(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    return _user_dir("data")


def config_dir() -> Path:
    return _user_dir("config")


def log_dir() -> Path:
    return _user_dir("logs")


def cache_dir() -> Path:
    """What the app can rebuild from elsewhere at any time (parsed content); safe to delete."""
    return _user_dir("cache")


def user_templates_dir() -> Path:
    return data_dir() / "templates"


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME
