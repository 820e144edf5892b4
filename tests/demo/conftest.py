"""Qt must not look for a display when the every-record test opens screens."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
