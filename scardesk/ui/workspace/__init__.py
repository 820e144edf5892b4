"""The patient workspace: one patient's header above tabs for everything recorded about them."""

from scardesk.ui.workspace.workspace import PatientWorkspace

__all__ = ["PatientWorkspace"]
