"""When reports are due (the 2021 disclosure measures).

Annual reports cover a calendar year and are due by 15 March of the next year. Ad-hoc reports
are due within 5 working days of the event; working days are Monday to Friday, minus public
holidays, plus the weekend days declared working days (both kept in `Holiday`).
"""

import datetime

ANNUAL_DUE_MONTH_DAY = (3, 15)
ADHOC_WORKING_DAYS = 5


def annual_due_on(year: int) -> datetime.date:
    return datetime.date(year + 1, *ANNUAL_DUE_MONTH_DAY)


def _calendar(start: datetime.date, end: datetime.date) -> tuple[set, set]:
    from disclosure.models import Holiday

    holidays, working_days = set(), set()
    for day, kind in Holiday.objects.filter(date__range=(start, end)).values_list("date", "kind"):
        (working_days if kind == Holiday.Kind.WORKING_DAY else holidays).add(day)
    return holidays, working_days


def is_working_day(day: datetime.date, *, holidays: set, working_days: set) -> bool:
    if day in working_days:
        return True
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The date ``days`` working days after ``start`` (the start day itself not counted)."""
    # Long holidays (Spring Festival, National Day) are at most 8-9 days: 40 is ample.
    holidays, working_days = _calendar(start, start + datetime.timedelta(days=days * 2 + 40))
    day, counted = start, 0
    while counted < days:
        day += datetime.timedelta(days=1)
        if is_working_day(day, holidays=holidays, working_days=working_days):
            counted += 1
    return day


def adhoc_due_on(event_date: datetime.date) -> datetime.date:
    return add_working_days(event_date, ADHOC_WORKING_DAYS)
