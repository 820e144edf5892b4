"""The clinic's rule parameters as stored in its settings row, read for the services (the
safety gate, plans, the aftercare sheet's next date) and for the due index below them.

The document is read as text and parsed inside ``reading``: parsed by the driver, a row that
is not JSON at all escaped as the parser's own error instead of naming the row.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, Text, cast, select

from scardesk.db.decoding import reading
from scardesk.db.models import CLINIC_SETTINGS_ID, ClinicSettings
from scardesk.domain.codecs import decode_rule_parameters
from scardesk.domain.safety import GateParameters


def stored_rule_parameters(connection: Connection) -> GateParameters:
    """The clinic's rule parameters; the reference's defaults where none are stored."""
    row = connection.execute(
        select(ClinicSettings.id, cast(ClinicSettings.rule_parameters, Text)).where(
            ClinicSettings.id == CLINIC_SETTINGS_ID
        )
    ).first()
    if row is None:
        return GateParameters()
    with reading("clinic_settings", row.id):
        return decode_rule_parameters(json.loads(row[1]))
