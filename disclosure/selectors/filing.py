"""Where a report stands against its due date, and the public identifiers of reports."""

import datetime
import re

from django.db import models
from django.db.models import (
    F,
    Q,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from disclosure.models import (
    Report,
)


def overdue_q(*, today: datetime.date | None = None) -> Q:
    """Enterprise-years with an annual report filed late or missing past its due date, or an
    ad-hoc report filed late or still missing past its due date."""
    today = today or timezone.localdate()
    annual_missing = Q(must_disclose=True, annual_filed_on__isnull=True, annual_due_on__lt=today)
    annual_late = Q(annual_filed_on__isnull=False, annual_filed_on__gt=F("annual_due_on"))
    adhoc = Q(adhoc_filed_late__gt=0) | Q(adhoc_unfiled_due_on__lt=today)
    return annual_missing | annual_late | adhoc


class Filing(models.TextChoices):
    """Where a report stands against its due date."""

    ON_TIME = "on_time", _("Filed on time")
    LATE = "late", _("Filed late")
    MISSING = "missing", _("Missing")
    NOT_YET_DUE = "not_yet_due", _("Not yet due")
    NOT_REQUIRED = "not_required", _("Not required")


def filing_status(
    *, due_on: datetime.date | None, filed_on: datetime.date | None, today: datetime.date
) -> str:
    """On time or late once filed; missing once the due date has passed without a filing."""
    if due_on is None:
        return Filing.NOT_REQUIRED
    if filed_on is not None:
        return Filing.LATE if filed_on > due_on else Filing.ON_TIME
    return Filing.MISSING if today > due_on else Filing.NOT_YET_DUE


def days_late(
    *, due_on: datetime.date | None, filed_on: datetime.date | None, today: datetime.date
) -> int:
    """Days past the due date: until filing, or until today for a report still missing."""
    if due_on is None:
        return 0
    return max(0, ((filed_on or today) - due_on).days)


def annual_public_id(credit_code: str, year: int) -> str:
    return f"{credit_code}-{year}-AR"


def adhoc_public_id(credit_code: str, year: int, sequence: int) -> str:
    return f"{credit_code}-{year}-AH{sequence:02d}"


PUBLIC_ID = re.compile(r"^(?P<code>[0-9A-Z]{18})-(?P<year>\d{4})-(?:AR|AH(?P<sequence>\d{2,3}))$")


def parse_public_id(*, public_id: str) -> tuple[str, int, str, int] | None:
    """(credit code, year, kind, sequence) of a report's public id, or None if malformed."""
    match = PUBLIC_ID.match((public_id or "").strip().upper())
    if match is None:
        return None
    sequence = match["sequence"]
    kind = Report.Kind.ADHOC if sequence else Report.Kind.ANNUAL
    return match["code"], int(match["year"]), kind, int(sequence or 0)
