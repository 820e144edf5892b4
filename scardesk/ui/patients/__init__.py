"""The Patients screen (search, register, edit, archive), the patient form and the patient header.

Other screens open a patient with ``open_patient_form`` / ``PatientFormDialog`` and show who the
patient is with ``PatientHeaderWidget``.
"""

from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.patients.header import PatientHeaderWidget
from scardesk.ui.patients.opening import open_patient_form

__all__ = ["PatientFormDialog", "PatientHeaderWidget", "open_patient_form"]
