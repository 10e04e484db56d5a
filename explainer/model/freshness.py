"""Content freshness for ``validate``: a pack reviewed more than 12 months ago, and facts older than the pack asks.

Qt-free and pure: the date of today is passed in. A fact's ``as_of`` of a year
or a month counts from that period's last day, so "2025" is not older than
"2025-12-31". Only a pack that sets ``review_facts_after_months`` has its facts
marked: a law from 1994 is still the law, and only its publisher knows how
often its facts need a look.
"""

from __future__ import annotations

import calendar
from datetime import date

from explainer.model.structure import Structure

REVIEW_MONTHS = 12
"""A pack whose ``reviewed`` date is older than this many months is due for review (the kiosk's operator screen too)."""


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def period_end(text: str) -> date:
    """The last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (dates the loader has checked)."""
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return date(year, month, day)


def stale(s: Structure, today: date) -> list[tuple[str, str]]:
    """(place in pack.yaml, message) for a review older than 12 months and each fact older than the pack asks."""
    found: list[tuple[str, str]] = []
    if add_months(period_end(s.reviewed), REVIEW_MONTHS) < today:
        found.append(("$.reviewed", f"reviewed {s.reviewed}, more than {REVIEW_MONTHS} months ago: review the pack "
                                    "and update 'reviewed'"))
    months = s.review_facts_after_months
    if months is not None:
        for i, fact in enumerate(s.facts):
            if add_months(period_end(fact.as_of), months) < today:
                found.append((f"$.facts[{i}].as_of", f"fact '{fact.id}' is as of {fact.as_of}, more than {months} "
                                                     "months ago (review_facts_after_months): check it and update "
                                                     "'as_of'"))
    return found
