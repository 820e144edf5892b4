"""Write a file whole or not at all: the one way ScarDesk puts a file it made in place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk and rename it onto
    ``path``: a reader finds the old file or the new one, never half of one, and a failure
    leaves no temporary file behind. The folder must exist; an ``OSError`` is the caller's to
    word (a coded refusal on a screen, a line on the command line)."""
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
