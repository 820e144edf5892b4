"""Signing in, and creating the clinic's first administrator on first run."""

from scardesk.ui.login.change_password import ChangePasswordDialog
from scardesk.ui.login.dialog import FirstAdminDialog, SignInDialog

__all__ = ["ChangePasswordDialog", "FirstAdminDialog", "SignInDialog"]
