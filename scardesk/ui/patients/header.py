"""Temporary: the patient header moved to ``ui/widgets/patient_header.py``; removed once the
session screens import it from there."""

from scardesk.ui.widgets.patient_header import PatientHeaderWidget

__all__ = ["PatientHeaderWidget"]
