"""Words that name calendar things: months, ordinal numbers of centuries, parts of a century, seasons."""
from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}

# Part of a century -> (first year, last year) as offsets from the century's first year (0..99).
# Keys are normalized: lower case, no leading "the", no trailing "-" ("the mid-" -> "mid").
CENTURY_PARTS: dict[str, tuple[int, int]] = {
    "early": (0, 32), "beginning of the": (0, 32), "start of the": (0, 32), "turn of the": (-6, 4),
    "mid": (33, 65), "middle of the": (33, 65),
    "late": (66, 99), "end of the": (66, 99),
    "first half of the": (0, 49), "second half of the": (50, 99),
}

# Part of a decade -> offsets (0..9) from the decade's first year.
DECADE_PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}

SEASONS = ("spring", "summer", "autumn", "fall", "winter")

# Words that, right after a four-digit number, show a quantity rather than a year ("1500 troops").
QUANTITY_NOUNS = frozenset(
    """
    years year months month weeks days hours minutes seconds decades centuries
    km kilometers kilometres miles meters metres feet ft yards acres hectares sq square cubic
    tons tonnes t kg kilograms pounds lbs barrels bbl liters litres gallons mw gw kw kwh
    people persons men women children troops soldiers fighters casualties dead deaths killed wounded
    refugees residents inhabitants families households villages members votes voters seats students
    workers employees jobs officers police prisoners hostages pilgrims jews muslims christians
    dollars euros rubles roubles rials manats shekels usd eur times pages words units copies cases
    tanks aircraft planes jets helicopters missiles rockets ships vessels vehicles guns rifles
    percent per strong m cm mm ha kg lb lbs mph hrs gmt utc
    """.split()
)

# Words that, right before a number, make it a reference rather than a year ("No. 10", "Vol. 12").
REFERENCE_WORDS = frozenset(
    """
    no no. nos. nr. vol vol. vols. p p. pp. page pages para. art. article chapter ch. section sec.
    resolution number fig. figure table item flight route highway room suite model isbn code
    interstate motorway freeway platform gate bus berth pier apartment box channel
    """.split()
)

# Words that, before a four-digit number and a plural noun, make it a count ("some 1200 delegates").
APPROXIMATORS = frozenset(
    "over about some nearly approximately around almost roughly only just exactly than least under below".split()
)
