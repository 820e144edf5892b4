"""English counted in words: "1 pass", "3 passes", never "pass(es)".

For the English the core writes itself (clinical lines, documents, the command line); the
screens count through Qt's numerus forms instead (``ui.tr._t`` with a count), which Arabic
needs.
"""

from __future__ import annotations


def counted(count: int, one: str, many: str) -> str:
    """``count`` with ``one`` for 1 and ``many`` otherwise: ``counted(2, "pass", "passes")``."""
    return f"{count} {one if count == 1 else many}"
