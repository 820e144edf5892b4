"""The Patients screen (search, register, edit, archive) and the patient form.

The workspace opens a patient with ``open_patient_form`` / ``PatientFormDialog``; the patient
header that several screens show lives in ``ui/widgets/patient_header.py``.
"""

from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.patients.opening import open_patient_form

__all__ = ["PatientFormDialog", "open_patient_form"]
