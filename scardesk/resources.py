"""The one way to find bundled files, in a checkout and in the PyInstaller bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (``resource_path("fonts", "NotoSans-Regular.ttf")``)."""
    return _root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """Folder holding the Alembic environment and revisions."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "scardesk" / "db" / "migrations"
    return Path(__file__).resolve().parent / "db" / "migrations"
