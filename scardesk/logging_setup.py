"""Logging to a rotating file in the user's log folder.

Messages carry ids only: patient names, phones and civil numbers never go into logs.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from platformdirs import user_log_dir


def configure_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    folder = log_dir or Path(user_log_dir("ScarDesk", "ScarDesk"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "scardesk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return path
