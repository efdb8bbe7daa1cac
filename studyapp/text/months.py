"""The English names of the months and seasons, as a date is written with them: the one list that the reader,
the date finder and the wrong choices of a question all read."""

from __future__ import annotations

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SEASON_NAMES = ("Spring", "Summer", "Autumn", "Fall", "Winter")
