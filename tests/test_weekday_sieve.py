"""A page byline asks for a weekday's abbreviation glued before its date
(``By Jane Roe Sun, Mar 4, 2025``) only when the line holds ", " (issue
#17's last round): every such weekday is followed by a comma and a space. The
property holds the sieve to the rule for every weekday's abbreviation, with
and without its full stop, over a date in either order and with a time."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.bylines import find_page_byline

_DAYS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
# Sundays, then other days: "Sun" (no full stop) before a date with its year
# on another day is a surname (test_silent24), kept with the names.
_SUNDAYS = ("Mar 2, 2025", "2 March 2025", "March 2, 2025 10:15 AM", "Sept. 29, 2024")
_DATES = (*_SUNDAYS, "Mar 4, 2025", "4 March 2025", "March 4, 2025 10:15 AM", "Sept. 30, 2024")
_WRITERS = ("Jane Roe", "Tom Hale", "Anna Marsh-Penn")


@given(
    st.sampled_from(_WRITERS),
    st.sampled_from(_DAYS),
    st.sampled_from(["", "."]),
    st.sampled_from(_DATES),
)
@example("Jane Roe", "Sun", "", "Mar 2, 2025")
@example("Jane Roe", "Sun", "", "Mar 4, 2025")
def test_a_weekday_before_the_date_ends_the_names(
    writer: str, day: str, dot: str, date: str
) -> None:
    byline = find_page_byline(f"By {writer} {day}{dot}, {date}")
    assert byline is not None
    surname = day == "Sun" and not dot and date not in _SUNDAYS
    assert byline.names == ((f"{writer} Sun",) if surname else (writer,))
