"""The 50 states, DC and Puerto Rico: their postal codes and their names in the app's languages.

State names are the app's own words, not a pack's: every pack about U.S. states
shares them, so they live here, next to the codes a pack may tag facts with.
"""

from __future__ import annotations

NAMES: dict[str, dict[str, str]] = {
    "en": {
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
        "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida",
        "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
        "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
        "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
        "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
        "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
        "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "PR": "Puerto Rico", "RI": "Rhode Island",
        "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
        "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
        "WY": "Wyoming",
    },
    "es": {
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
        "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "Distrito de Columbia", "FL": "Florida",
        "GA": "Georgia", "HI": "Hawái", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
        "KS": "Kansas", "KY": "Kentucky", "LA": "Luisiana", "ME": "Maine", "MD": "Maryland",
        "MA": "Massachusetts", "MI": "Míchigan", "MN": "Minnesota", "MS": "Misisipi", "MO": "Misuri",
        "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "Nuevo Hampshire", "NJ": "Nueva Jersey",
        "NM": "Nuevo México", "NY": "Nueva York", "NC": "Carolina del Norte", "ND": "Dakota del Norte",
        "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregón", "PA": "Pensilvania", "PR": "Puerto Rico",
        "RI": "Rhode Island", "SC": "Carolina del Sur", "SD": "Dakota del Sur", "TN": "Tennessee", "TX": "Texas",
        "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "Virginia Occidental",
        "WI": "Wisconsin", "WY": "Wyoming",
    },
}
"""Each state's name per language; a language not listed here shows the English names."""

CODES: tuple[str, ...] = tuple(sorted(NAMES["en"]))
"""The 52 two-letter postal codes a pack may tag a fact with, A to Z."""


def is_state(code: str) -> bool:
    """Whether ``code`` (exactly as written: upper case) is one of the 50 states, DC or Puerto Rico."""
    return code in NAMES["en"]


def state_name(code: str, language: str) -> str:
    """The name of state ``code`` in ``language`` (English where the app has no names in that language)."""
    names = NAMES.get(language.split("-")[0], NAMES["en"])
    return names.get(code, NAMES["en"].get(code, code))


def normal_code(text: str) -> str | None:
    """``text`` as a known state code (any case, spaces around ignored), or ``None`` if it is none."""
    code = text.strip().upper()
    return code if is_state(code) else None


def codes_line() -> str:
    """Every valid code on one line, for an error message."""
    return ", ".join(CODES)
