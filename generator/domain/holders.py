"""Who an award went to, beyond the row that names them: the unit a collective is."""

from __future__ import annotations

from generator.domain.portal import Portal
from generator.domain.records import Nominee, Recipient, Unit
from generator.domain.text import fold


def own_unit(portal: Portal, recipient: Recipient | Nominee) -> Unit | None:
    """The unit a collective is, when its entry names its own unit ("Tổ dân phố số 3", unit
    to-dan-pho-so-3), under its name now or a former one; None for a person, a household, or a
    collective inside its unit (a school's trade union)."""
    unit = portal.units.get(recipient.unit) if recipient.unit else None
    if recipient.recipient_kind != "tap_the" or unit is None:
        return None
    names = {fold(unit.name), *(fold(f.name) for f in unit.former_names)}
    return unit if fold(recipient.name) in names else None
