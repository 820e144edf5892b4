"""The Admin screen: users, clinic details, backups and the audit log."""

from scardesk.ui.admin.screen import AdminScreen, build

__all__ = ["AdminScreen", "build"]
