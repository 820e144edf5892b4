"""The Patients screen (search, register, edit, archive), the patient form and the patient header.

Other screens open a patient with ``open_patient_form`` / ``PatientFormDialog`` and show who the
patient is with ``PatientHeaderWidget``.
"""

from scardesk.ui.patients.form import PatientFormDialog, open_patient_form
from scardesk.ui.patients.header import PatientHeaderWidget

__all__ = ["PatientFormDialog", "PatientHeaderWidget", "open_patient_form"]
