"""Locking the main window: after the clinic's idle minutes, or by hand (Ctrl+L)."""

from scardesk.ui.lock.controller import ScreenLock
from scardesk.ui.lock.idle import MS_PER_MINUTE, IdleWatch
from scardesk.ui.lock.page import LockPage

__all__ = ["MS_PER_MINUTE", "IdleWatch", "LockPage", "ScreenLock"]
