"""Enrichment: wire conventions read from the body paragraphs of any layout.

After roles have cut a story into header and body paragraphs, this stage takes
out of the body, in order:

1. advisories at the top (``(Adds reaction in paragraph 3)``);
2. a byline at the top (``By Jane Doe`` and an ``Associated Press`` line under it);
3. the dateline opening the first paragraph (``WASHINGTON (AP) —``), cut from its
   line so that the paragraph starts at its first real word; outside the seed
   layout the dateline may open one of the first three paragraphs, after short
   ones (a caption or a teaser line a scraper kept);
4. trailers at the end, read backwards until the first paragraph that is body:
   contributors, copyright, the ``Reuter`` sign-off, ``___`` separators and the
   notes after them;
5. subheadings among what is left.
"""

from __future__ import annotations

import operator
import re
from functools import partial
from itertools import compress, repeat
from typing import Final

import attrs

from wirestory.bylines import (
    Byline,
    agency_spellings,
    bracketed_byline,
    catalan_writers,
    ends_place_name,
    find_byline,
    given_names_byline,
    names_a_writer,
    names_hold_function_words,
    names_the_wires,
    occasion_after_by,
    organization_under,
    page_person_names,
    person_by_name_link,
    place_after_name,
    place_shaped,
    site_named_after_person,
)
from wirestory.captions import parse_credit, split_credit
from wirestory.datelines import (
    Dateline,
    dateline_byline,
    find_dateline,
    is_site_name,
    more_than_place,
    opens_glued_story,
    unread_reporter_cable,
    word_before_agency,
)
from wirestory.knowledge import Knowledge
from wirestory.layouts import layout_named
from wirestory.layouts.marked import showing_comparer
from wirestory.layouts.page import (
    PAGE_SIGN_OFF_RULE,
    TITLE_SEPARATOR_SHAPE,
    WEB_ADDRESS,
    closing_section_goes_on,
    guess_language,
    header_stamp,
    place_after_name_problem,
    place_said_in_story,
    shows_page_under_title,
    site_stop_dropped,
    title_part,
    writer_sign_off,
)
from wirestory.layouts.wire import (
    export_count,
    front_date_line,
    lone_byline,
    looks_like_headline,
    withdrawal_notice,
)
from wirestory.lines import BLANK_CHARS, Line, is_blank, joined_text, line_key
from wirestory.model import Role
from wirestory.options import ParseOptions
from wirestory.paragraphs import mark_subheadings, runs_to_prose
from wirestory.roles import is_source_address
from wirestory.state import LineState, Problem
from wirestory.trailers import (
    CONTRIBUTORS_LABELS,
    CREDIT_LINE_ROLES,
    END_MARKS,
    Contributor,
    Trailer,
    classify_trailer,
    contact_shaped,
    credit_parts,
    find_advisory,
    glued_sign_off,
    glued_word_sign_off,
    header_credits,
    is_contact_label,
    is_dashed_outlet,
    is_dashed_sign_off,
    is_dump_rule,
    is_separator,
    note_story_sentence,
    opens_with_reporters,
    signed_address,
)

__all__ = ["WireFields", "byline_line", "enrich"]

# A paragraph above the dateline's must be shorter than this: a caption or a
# teaser, never a real paragraph (how many are tried is the layout's
# ``dateline_paragraphs``).
_SHORT_PARAGRAPH_WORDS = 40
# How far back from the end trailers are looked for, and notes after a separator.
_TRAILER_PARAGRAPHS = 8


@attrs.define
class WireFields:
    """What enrichment found, with the line indices it claimed."""

    dateline: Dateline | None = None
    dateline_line: int | None = None
    """Index of the line the dateline opens (its first ``dateline.length`` characters)."""
    byline: Byline | None = None
    byline_line: int | None = None
    """Index of the byline's line when enrichment read it from the body's first
    paragraph (the layout's header held none)."""
    # attrs.Factory rather than attrs.field(factory=...): the same default, and
    # the form mypyc knows, so the compiled build can compile this module.
    contributors: list[Contributor] = attrs.Factory(list)
    copyright: list[int] = attrs.Factory(list)
    notes: list[list[int]] = attrs.Factory(list)
    """Paragraphs (as line indices) kept as notes: advisories and trailer notes."""
    sign_off_line: int | None = None
    """Index of the last body line when an agency's sign-off is glued at its end
    (``… on Friday. -- AP``): it is cut from ``sign_off_cut`` on into a
    trailer segment of its own."""
    sign_off_cut: int = 0
    """Where in that line's text the sign-off starts."""
    dateline_dash_line: int | None = None
    """When the dateline stands alone on its line and its dash opens the line
    under it (``JAKARTA, KOMPAS.com`` / ``– The minister …``): that line's
    index. The dateline's line is then the dateline's whole, and the first
    ``dateline_dash_cut`` characters of this one are the dateline's too."""
    dateline_dash_cut: int = 0
    """How many characters of that line (its dash, the white space around it) are
    the dateline's."""


def _claim(state: LineState, paragraph: list[int], role: Role, rule: str) -> None:
    for index in paragraph:
        state.claim(index, role, rule)


def _advisories(
    lines: list[Line], state: LineState, found: WireFields, options: ParseOptions
) -> None:
    # A wire slug or note the layout found over the headline (or the lead) is a note too,
    # a story with no paragraph under its headline too (its lines all looked at).
    if state.kind == "wire":
        rules = state.rules
        end = state.paragraphs[0][0] if state.paragraphs else len(rules)
        found.notes.extend(
            [i] for i in range(end) if rules[i] in ("wire-slug", "advisory", "wire-notice")
        )
    # Reuters' advisory verbs ("(Adds ...)"): Knowledge.advisory_verbs.
    count = 0
    for paragraph in state.paragraphs:
        text = joined_text(lines, paragraph)
        if not find_advisory(text, knowledge=options.knowledge):
            break
        _claim(state, paragraph, Role.ADVISORY, "advisory")
        found.notes.append(paragraph)
        count += 1
    del state.paragraphs[:count]


def _byline(lines: list[Line], state: LineState, found: WireFields, options: ParseOptions) -> None:
    """A byline opening the body (layouts whose header does not hold it)."""
    knowledge = options.knowledge
    indices = list(state.byline)
    if (
        not indices
        and state.paragraphs
        and (
            len(state.paragraphs[0]) == 1
            or (
                _byline_over_date(lines, state.paragraphs[0], options)
                and not _dated_rows(lines, state.paragraphs, options)
            )
        )
    ):
        first, *dated = state.paragraphs[0]
        byline = find_byline(lines[first].text, knowledge=knowledge) or catalan_writers(
            lines[first].text, (line.text for line in lines), knowledge=knowledge
        )
        if byline is not None:
            state.paragraphs.pop(0)
            state.claim(first, Role.BYLINE, "byline")
            if (
                not dated
                and state.paragraphs
                and _byline_over_date(lines, [first, *state.paragraphs[0]], options)
            ):
                # The date as a paragraph of its own under the byline: it
                # was a subheading, silently.
                dated = state.paragraphs.pop(0)
            for index in dated:
                state.claim(index, Role.FURNITURE, "wire-date-line")
            found.byline = byline
            found.byline_line = first
            if state.headline is None and byline.organization is None and "," not in byline.raw:
                # A story with no headline whose first line reads as a byline
                # of names alone: a title-case headline opening with a word
                # that opens bylines reads the same ("By Land And Sea", "Von
                # Der Leyen Visits Kyiv", "Na Li Wins Final": German "von",
                # Swahili "na"). An outlet or a comma after the names is a
                # byline's alone ("Von Christian Hollmann, dpa").
                state.problems.append(
                    Problem(
                        "byline-may-be-headline",
                        f"the story's first line {byline.raw[:80]!r} was read as its byline "
                        "and the story has no headline: a headline opening with a word that "
                        "opens bylines (By, Von, Par, Na) reads the same",
                        first,
                    )
                )
            if not dated and state.paragraphs and len(state.paragraphs[0]) == 1:
                second = state.paragraphs[0][0]
                joined = organization_under(byline, lines[second].text, knowledge=knowledge)
                if joined is not None:
                    state.paragraphs.pop(0)
                    state.claim(second, Role.BYLINE, "byline-organization")
                    found.byline = joined
            return
    if not indices and state.kind == "wire":
        _flag_byline_under_short_line(lines, state, knowledge)
    if not indices and state.marker is not None:
        # A site of the marked layout printing its writer where the seed
        # prints its marker (``By Rami Khalil`` closing the header, the
        # headline and captions shown again under it): the line stays the
        # marker, and names the story's writer.
        byline = find_byline(lines[state.marker].text, knowledge=knowledge)
        if byline is not None:
            found.byline = byline
            return
    if not indices and state.byline_found is not None:
        # The layout read the byline from a line that stays in the body (a
        # writer's bio closing a page's story: ``Jane Roe is a reporter …``).
        found.byline = state.byline_found
        return
    if not indices:
        _byline_after_story(lines, state, found, knowledge)
        return
    if state.byline_found is not None:
        # The layout read the byline itself (a page header's form).
        found.byline = attrs.evolve(
            state.byline_found, raw="\n".join(lines[i].text.strip() for i in indices)
        )
        return
    first_byline = find_byline(lines[indices[0]].text, knowledge=knowledge)
    assert first_byline is not None
    organizations = [lines[i].text.strip() for i in indices[1:]]
    found.byline = Byline(
        raw="\n".join(lines[i].text.strip() for i in indices),
        names=first_byline.names,
        organization=first_byline.organization or (organizations[0] if organizations else None),
    )


def _flag_byline_under_short_line(
    lines: list[Line], state: LineState, knowledge: Knowledge
) -> None:
    """Say so (``byline-inside-story``) when wire copy's body opens with a
    short line of no sentence and a ``By Tom Hale`` line under it, over the
    story's prose (``Issue 12`` / ``By Jane Roe`` / the lead, no byline read):
    a label of the header over the story's byline, both kept as the body's
    first paragraphs, silently. Asked after the advisories (``(Adds …)``)
    left the body."""
    paragraphs = state.paragraphs
    if len(paragraphs) < 3 or len(paragraphs[0]) != 1 or len(paragraphs[1]) != 1:
        return
    text = lines[paragraphs[1][0]].text.strip()
    if text[:3] not in ("By ", "BY "):
        return
    above = lines[paragraphs[0][0]].text.strip()
    if runs_to_prose(above) or above[-1:] in knowledge.sentence_ends:
        return
    if lone_byline(text, knowledge) is None or not runs_to_prose(joined_text(lines, paragraphs[2])):
        return
    state.problems.append(
        Problem(
            "byline-inside-story",
            f"{text!r} stands under a short line opening the body ({above[:40]!r}), both kept "
            "in the body: it may be the story's byline under a label of its header",
            paragraphs[1][0],
        )
    )


def _byline_over_date(lines: list[Line], paragraph: list[int], options: ParseOptions) -> bool:
    """Is ``paragraph`` two lines, the second a line holding only a date
    (:func:`~wirestory.layouts.wire.front_date_line`) under a line opening
    with a byline's word? Headless wire copy prints the writer over the
    story's date (``By Jane Roe`` / ``March 4, 2025``) as a page's header
    does; read as one paragraph, the two stayed the body's first, silently.
    The date's digit and the second line's shape are asked first; the byline
    itself is :func:`~wirestory.bylines.find_byline`'s to read."""
    return len(paragraph) == 2 and front_date_line(lines[paragraph[1]].text, options.knowledge)


def _dated_rows(lines: list[Line], paragraphs: list[list[int]], options: ParseOptions) -> bool:
    """Is the paragraph under the first a byline over a date as well
    (``By Jane Roe`` / ``March 4, 2025``, then ``By Tom Hale`` /
    ``March 5, 2025``)? Two such are a list's rows (a column's letters, an
    archive's entries), no header over the story: the first was read as the
    byline and the next left as the body's first paragraph, silently."""
    return (
        len(paragraphs) > 1
        and _byline_over_date(lines, paragraphs[1], options)
        and find_byline(lines[paragraphs[1][0]].text, knowledge=options.knowledge) is not None
    )


# The story's first lines asked for a notice that kills it.
_NOTICE_REACH = 3


def _flag_withdrawal(lines: list[Line], state: LineState) -> None:
    """Say ``story-withdrawn`` when one of the story's first
    ``_NOTICE_REACH`` lines kills or withdraws it and no layout said so: a
    note to editors (``Editors: kill the story on the tram strike.``), the
    kill in mixed case (``Kill - Kill - Kill``), or the kill on the second
    line under a headline (``Tram drivers walk out`` / ``KILL - KILL -
    KILL``). The wire layout reads the notice in capitals on the first line;
    elsewhere it was the body's first paragraph, a subheading or a dateline,
    and the story was used as if live, silently."""
    if any(problem.code == "story-withdrawn" for problem in state.problems):
        return
    seen = 0
    for index, line in enumerate(lines):
        if is_blank(line.text):
            continue
        if withdrawal_notice(line.text):
            state.problems.append(
                Problem(
                    "story-withdrawn",
                    f"a notice among the story's first lines ({line.text.strip()[:60]!r}) "
                    "kills or withdraws it: the story is not to be used",
                    index,
                )
            )
            return
        seen += 1
        if seen == _NOTICE_REACH:
            return


def _flag_unread_cable(lines: list[Line], state: LineState, found: WireFields) -> None:
    """Say ``dateline-cable-unread`` when no dateline was read and the
    story's first paragraph opens with a reporter-first cable whose place
    no table holds (``（中央社記者王小明開羅4日電）``): its dateline and its
    reporters stayed at the head of the body, silently."""
    if found.dateline is not None or not state.paragraphs:
        return
    first = state.paragraphs[0][0]
    if unread_reporter_cable(lines[first].text.lstrip()):
        state.problems.append(
            Problem(
                "dateline-cable-unread",
                f"the first paragraph opens with a reporter's cable "
                f"({lines[first].text.strip()[:30]!r}) whose place is in no table: the "
                "reporters and the place cannot be told apart, and the cable was left in the body",
                first,
            )
        )


def _flag_word_before_agency(
    lines: list[Line], state: LineState, found: WireFields, knowledge: Knowledge
) -> None:
    """Say ``dateline-word-unread`` when no dateline was read and the story's
    first paragraph opens with a title-case word before an agency that it
    writes in small letters too (``Mobile (AP) - Mobile police … on a mobile
    phone``, ``Reading (Reuters) - Councillors … a second reading``:
    :func:`~wirestory.datelines.word_before_agency`): a common noun opening a
    sentence or a place that is a word as well, the place and the agency left
    in the body, silently."""
    if found.dateline is not None or not state.paragraphs:
        return
    first = state.paragraphs[0][0]
    if word_before_agency(lines[first].text.lstrip(), knowledge, opening=True):
        state.problems.append(
            Problem(
                "dateline-word-unread",
                f"the first paragraph opens with {lines[first].text.strip()[:30]!r}, a "
                "title-case word before an agency that the paragraph writes in small letters "
                "too: read as a common noun, no dateline; it may be a place that is a word "
                "(Mobile, Reading, Bath)",
                first,
            )
        )


def _flag_word_as_place(
    lines: list[Line], state: LineState, found: WireFields, knowledge: Knowledge
) -> None:
    """Say ``dateline-place-may-be-word`` when the dateline read (in wire
    copy, headless text or a page) is one title-case word before an agency
    in parentheses, no date, the word a common English one
    (:attr:`~wirestory.Knowledge.dateline_common_words`), and the story's
    first paragraph reads as English, never names the word again past its
    first, and the story never names it after ``in`` (``Crews (AP) - Ferry
    workers walked out …``): a common noun opening a sentence reads the same
    as a place that is a word (``Reading (Reuters) - …``). English wire copy
    prints its place in capitals; a dump's cut at such a paragraph, and the
    place, were made silently. Attribute and string tests first: nearly
    every dateline is in capitals, has a date, or holds more than one word."""
    dateline = found.dateline
    if (
        dateline is None
        or not dateline.agencies
        or dateline.date_text is not None
        or len(dateline.places) != 1
        or found.dateline_line is None
        or "(" not in dateline.raw
    ):
        return
    word = dateline.places[0]
    if (
        " " in word
        or not word[1:].islower()
        or not word[:1].isupper()
        # "Lagos (Reuters) -": a place no English word reads as is a place,
        # as the sites that print agencies' places in title case write it.
        or word.casefold() not in knowledge.dateline_common_words
    ):
        return
    # "Paris (AFP) –", "Berlin (dpa) -": those agencies' copy is carried with
    # the place in title case, so the form says nothing against a place.
    if any(
        agency.title_case_places and agency.name in dateline.agencies
        for agency in knowledge.agencies
    ):
        return
    text = lines[found.dateline_line].text.lstrip()[dateline.length :]
    if (
        f" {word}" in text
        or guess_language(text, knowledge=knowledge) != "en"
        or place_said_in_story(dateline, lines, state)
    ):
        return
    state.problems.append(
        Problem(
            "dateline-place-may-be-word",
            f"the dateline's place {word!r} is one title-case word before an agency, no "
            "date, and the story never names it after 'in': it may be a common noun "
            "opening a sentence (Crews (AP) - …), no place",
            found.dateline_line,
        )
    )


# Beside a street's or a site's last words (bylines.ends_place_name), those a
# surname may be too but that, after ``From`` and before ``in`` a city, name
# where rather than who (``From Green Park in London``): the story only says so.
_FROM_PLACE_ENDS = frozenset({"park", "quay"})

# Of those words, the ones a person bears as a family name: Park, Korea's
# third commonest (``From Jane Park in Seoul``). After a given name the line
# names a writer; ``From George Street in Sydney`` is still doubted.
_FROM_FAMILY_NAMES = frozenset({"park"})


# Korea's cities, in Latin letters, where a writer is filed from: Park is a
# Korean family name (``From Jane Park in Seoul``), where elsewhere a park is
# named after a person as often (``From James Park in London``).
_FROM_FAMILY_HOMES = frozenset(
    {"seoul", "busan", "incheon", "daegu", "daejeon", "gwangju", "ulsan", "suwon", "sejong"}
    | {"jeju", "changwon", "pyongyang", "korea", "south korea", "north korea"}
)
# The most words of a name after ``From`` the form alone reads as a person's:
# a given name and a family name (``From Mark Ellison in Madrid``).
_FROM_NAME_WORDS = 2


def _given_and_family(name: str, place: str, knowledge: Knowledge) -> bool:
    """Is ``name`` two words, a common given name
    (:attr:`Knowledge.given_names`) and a family name a place's word may be
    (``Jane Park``), filed from a place where the family name is borne
    (``_FROM_FAMILY_HOMES``: ``in Seoul``)?"""
    given, _, family = name.partition(" ")
    return (
        given.casefold() in knowledge.given_names
        and family.casefold() in _FROM_FAMILY_NAMES
        and place.casefold() in _FROM_FAMILY_HOMES
    )


def _from_name_doubtful(name: str, place: str, knowledge: Knowledge) -> bool:
    """Is ``name``, read after ``From`` and before ``in`` ``place``, maybe a
    place's rather than a writer's: ending in a place's word (``Green Park``,
    ``Hyde Park``; ``Jane Park`` in Seoul is a writer), or of more than two
    words with no common given name opening it (``Hyde Park Corner``,
    ``Royal Albert Hall``; ``Mary Jane Roe`` is a writer) nor a word only a
    person's name holds (``Abdul Rahman Khalid``, ``Rashid bin Saeed Khalid``:
    :func:`~wirestory.bylines.person_by_name_link`), or naming a site after
    such a person (``Rashid bin Saeed Tower``: a common given name opens it,
    :func:`~wirestory.bylines.site_named_after_person`)?"""
    words = name.split()
    last = words[-1]
    if site_named_after_person(words, knowledge=knowledge):
        return True
    if ends_place_name(last) or last.casefold() in _FROM_PLACE_ENDS:
        return not _given_and_family(name, place, knowledge)
    return (
        len(words) > _FROM_NAME_WORDS
        and words[0].casefold() not in knowledge.given_names
        and not person_by_name_link(words, knowledge=knowledge)
    )


def _flag_phrase_names(
    lines: list[Line], state: LineState, found: WireFields, knowledge: Knowledge
) -> None:
    """Say ``byline-name-may-be-phrase`` when the byline's names may be a
    phrase's words or a place's: a given name read as sharing the last
    writer's family name (``By Jane and Tom Roe``: ``Jane Roe``, ``Tom
    Roe``), as a phrase joined by ``and`` reads too (``By Land and Sea
    Power``: ``Land Power``, ``Sea Power``); a name after ``From`` ending in
    a place's word (``From Green Park in London``: British papers' ``From
    Mark Ellison in Madrid``); a name reading as a date, an occasion or an
    idiom (``By Christmas Eve``, ``By Royal Appointment``:
    :func:`~wirestory.bylines.occasion_after_by`). Only a common given name
    (:attr:`Knowledge.given_names`) tells a name from the phrase's: the
    shared family name's given names all common ones (``By Jane and Tom
    Roe``), or a given name before ``Park`` after ``From`` (``From Jane Park
    in Seoul``), say nothing."""
    byline = found.byline
    if byline is None or len(byline.names) == 0:
        return
    if found.byline_line is not None:
        index = found.byline_line
    elif state.byline:
        index = state.byline[0]
    elif state.marker is not None and lines[state.marker].text.strip() == byline.raw:
        # The marked layout's marker line naming the writer (``By Royal
        # Appointment`` where the seed prints its marker): asked as any byline.
        index = state.marker
    else:
        return
    raw = byline.raw
    if (
        len(byline.names) > 1
        and any(name not in raw for name in byline.names)
        and not all(
            name.partition(" ")[0].casefold() in knowledge.given_names for name in byline.names
        )
    ):
        why = (
            "a given name was read as sharing the last writer's family name, and a phrase "
            "joined by 'and' reads the same ('By Land and Sea Power')"
        )
    elif raw[:5].casefold() == "from " and any(
        _from_name_doubtful(name, raw.rpartition(" in ")[2].partition(",")[0].strip(), knowledge)
        for name in byline.names
    ):
        why = (
            "the name after 'From' may be a place's: it ends in a place's word, or holds "
            "more than two words and no common given name ('From Green Park in London', "
            "'From Hyde Park Corner in London')"
        )
    elif any(occasion_after_by(name) for name in byline.names):
        # "By Christmas Eve" under a holiday story's headline, "By Royal
        # Appointment" over a feature: a deadline or an idiom, two capitalised
        # words as a name is; "Christmas Jones" is a name, so it is said.
        why = "the name reads as a date, an occasion or an idiom after 'By' ('By Christmas Eve')"
    else:
        return
    state.problems.append(
        Problem(
            "byline-name-may-be-phrase",
            f"the byline {raw[:80]!r} was read as naming {', '.join(byline.names)}: {why}",
            index,
        )
    )


def _byline_after_story(
    lines: list[Line], state: LineState, found: WireFields, knowledge: Knowledge
) -> None:
    """A byline printed under the story's last paragraph when none opens it
    (``By Jane Roe``, as some sites and wire services sign a story): the
    byline, where it was the body's last paragraph. Only a one-line paragraph
    opening with ``By``, or a writer and an outlet in brackets (``[Jane
    Roe/The Vale Post]``), after two paragraphs or more; said in the record,
    as a related story's headline (``By Royal Appointment``) or a photo's
    credit under a scraped story can read the same. Wire copy, headless and marked stories; the page
    layout reads its own (its stretch's end)."""
    paragraphs = state.paragraphs
    if state.kind == "page" or len(paragraphs) < 3 or len(paragraphs[-1]) != 1:
        return
    last = paragraphs[-1][0]
    text = lines[last].text.strip()
    if len(text) > _BYLINE_AFTER_MAX_CHARS:
        return
    if text[:1] == "[":
        # "[Jane Roe/The Vale Post]": a writer and an outlet in brackets sign
        # the story as some sites print it; a photo's credit reads the same.
        byline = bracketed_byline(text, knowledge=knowledge)
        message = (
            "the byline was read from a writer and an outlet in brackets under the story, "
            "the story opening with none: it may be a photo's credit"
        )
    elif text[:3].casefold() == "by ":
        byline = find_byline(text, knowledge=knowledge)
        if byline is not None and names_hold_function_words(byline, knowledge=knowledge):
            byline = None
        message = (
            "the byline was read from a 'By …' line under the story, the story opening with "
            "none: it may be a related story's headline"
        )
    elif ", " in text and text[-1:] not in ".!?:" and _plain_words(text):
        # "Jane Roe, USA TODAY", "Ivo Marsh, Kellsmouth Echo": the writer's
        # sign-off under the story as the USA Today network's copy prints
        # it, kept as the last paragraph of wire copy, silently; a photo's
        # credit reads the same.
        byline = writer_sign_off(text, knowledge)
        message = (
            f"the byline was read from a writer's name and outlet ({text[:60]!r}) under the "
            "story, the story opening with none: it may be a photo's credit"
        )
    else:
        return
    if byline is None:
        return
    paragraphs.pop()
    found.byline = byline
    state.byline_from_below(
        last,
        byline,
        message,
    )


# A byline line under a story: names, a title, an outlet.
_BYLINE_AFTER_MAX_CHARS = 120
# What a sign-off's name and outlet never hold: an address's or a link's
# marks, a label's colon ("Tom Hale, tom.hale@vale.example" under a list
# of the councillors' addresses is the story's row).
_NOT_SIGN_OFF_MARKS = frozenset("@/:.0123456789")


def _plain_words(text: str) -> bool:
    """Does ``text`` hold none of ``_NOT_SIGN_OFF_MARKS``? (``USA TODAY``, a
    paper's name; ``The Vale Post``.) One pass in C. A news site's address
    after the last comma (``Jane Roe, Valetickets.com``: ``is_site_name``) is
    an outlet's name too: its full stop barred the sign-off, which stayed
    the story's last paragraph, silently."""
    if _NOT_SIGN_OFF_MARKS.isdisjoint(text):
        return True
    names, comma, site = text.rpartition(", ")
    return (
        bool(comma)
        and _NOT_SIGN_OFF_MARKS.isdisjoint(names)
        and (is_site_name(site) or WEB_ADDRESS.fullmatch(site) is not None)
    )


def _paragraph_dateline(
    text: str, number: int, state: LineState, options: ParseOptions
) -> Dateline | None:
    """:func:`find_dateline` on ``text`` opening the body's paragraph
    ``number`` (alone or joined to the line under it), with the parse's
    reference date, year and knowledge, and the places the page named. A
    page's own forms (a place alone, ``Dubai:``) only open its story."""
    return find_dateline(
        text,
        reference=options.reference_date,
        year=options.dateline_year,
        knowledge=options.knowledge,
        page=number == 0 and state.kind == "page",
        page_places=state.dateline_places,
    )


def _dateline(
    lines: list[Line], state: LineState, found: WireFields, options: ParseOptions
) -> None:
    tries = layout_named(state.kind).dateline_paragraphs
    turns = False
    for number, paragraph in enumerate(state.paragraphs[:tries]):
        # First: a dateline alone on its line whose dash opens the next ("ANKARA"
        # / "– Turkey's …"), which the line alone would read as without its dash.
        if _dateline_over_dash(lines, number, state, found, options):
            return
        first = paragraph[0]
        dateline = _paragraph_dateline(lines[first].text.lstrip(), number, state, options)
        # A place alone before a colon, no agency nor date ("LONDON:"): a
        # transcript's speaker reads the same.
        colon_place = (
            dateline is not None
            and dateline.raw.endswith(":")
            and not dateline.agencies
            and dateline.date_text is None
        )
        if colon_place and turns:
            # "JANE ROE, HOST: Good morning." / "JOHN DOE: Thanks.": past a
            # transcript's first turn, a name in capitals before a colon is
            # the next speaker's, not a place (a radio show's page).
            return
        if (
            dateline is not None
            and colon_place
            and number == 0
            and _turn_follows(lines, state, options, dateline.raw[:-1].strip())
        ):
            # "JANE ROE: Good morning and welcome …" / "TOM HALE: Thanks, Jane." /
            # "JANE ROE: Let us start …": a transcript's first speaker, with no
            # role, reads as "ABU DHABI:"; a dateline's place never speaks
            # again after a second speaker's turn ("LONDON: The leader sat
            # down with us …" over an interview's "TOM HALE:" / "JANE ROE:"
            # turns keeps its dateline).
            return
        if (
            dateline is not None
            and colon_place
            and number == 0
            and _lone_second_speaker(lines, state, options)
        ):
            # "JANE ROE: Good morning …" / "JOHN DOE: Thanks, Jane." and no
            # more turns: a transcript of two turns, its first speaker never
            # speaking again, reads as "LONDON: …" over one answer.
            state.problems.append(
                Problem(
                    "dateline-may-be-speaker",
                    f"the dateline {dateline.raw!r} stands over one other speaker's turn "
                    "in capitals and no more: it may be a transcript's first speaker",
                    first,
                )
            )
        if (
            dateline is not None
            and number > 0
            and state.kind == "page"
            and _undashed_agency_form(lines[first].text, dateline)
        ):
            # "New Delhi, Dec 5 (PTI) The …" below a page's first paragraph:
            # with no dash after the agency, the paragraph is as likely an
            # agency's copy quoted in the page's story (a foreign story citing
            # PTI's report) as the story's own dateline under a deck. Kept in
            # the body, as the page's form reads it in the first paragraph
            # only, and flagged. Wire copy's deck or slug over the form (PTI's
            # own layout) leaves it the dateline.
            state.problems.append(
                Problem(
                    "dateline-below-lead",
                    f"{dateline.raw!r} opens a paragraph below the story's first, an "
                    "agency's dated form with no dash: kept in the body, no dateline read "
                    "from it (it may be the story's dateline under a deck)",
                    first,
                )
            )
            return
        if dateline is None and _dateline_over_blank(lines, number, state, found, options):
            return
        if dateline is not None:
            indent = len(lines[first].text) - len(lines[first].text.lstrip())
            found.dateline = attrs.evolve(dateline, length=dateline.length + indent)
            found.dateline_line = first
            if found.byline is None and not state.byline and not dateline.raw.isascii():
                # "[서울=뉴시스] 홍길동 기자 =", "新华社北京3月4日电（记者 张伟）":
                # the agency's dateline names its writers, the story's byline.
                found.byline = dateline_byline(dateline)
            if len(lines[first].text) == found.dateline.length and len(paragraph) == 1:
                # The dateline is the whole paragraph: nothing of the body is left in it.
                state.paragraphs.pop(number)
            return
        if number + 1 == tries or _has_words(joined_text(lines, paragraph), _SHORT_PARAGRAPH_WORDS):
            return
        if not turns and (turn := _SPEAKER_TURN.match(lines[first].text.lstrip())) is not None:
            # Only a speaker with a role opens a transcript ("JANE ROE, HOST:",
            # Knowledge.speaker_roles), or the role alone ("REPORTER: Why did
            # the council …?" over "MAYOR: The roof …"): a label or an
            # organisation in capitals ("UPDATE: …", "NATO: …", "FIRST ON THE
            # VALE POST: …") is none, and the colon dateline under it stays
            # the story's.
            role = turn.group("role") or turn.group("paren") or turn.group("name")
            turns = role.strip() in options.knowledge.speaker_roles


# How many paragraphs under a transcript's first are looked at for its first
# speaker's next turn.
_FIRST_SPEAKER_REACH = 5


def _turn_follows(
    lines: list[Line], state: LineState, options: ParseOptions, first_speaker: str
) -> bool:
    """One of the two paragraphs under the story's first opens with a speaker's
    turn in capitals (``TOM HALE: Thanks, Jane.``): a name of two words or more,
    not a label (``UPDATE:``) nor an organisation's one word (``NATO: The
    alliance said …`` under a ``CAIRO:`` dateline); and the first paragraph's
    speaker (``first_speaker``, ``JANE ROE``) takes a turn again below it, as a
    transcript's host does: a dateline's place over an interview's turns
    (``LONDON: …`` / ``TOM HALE: …`` / ``JANE ROE: …``) never does."""
    second = returns = False
    for number, paragraph in enumerate(state.paragraphs[1:_FIRST_SPEAKER_REACH], start=1):
        opening = lines[paragraph[0]].text.lstrip()
        if not opening[:1].isupper() or (turn := _SPEAKER_TURN.match(opening)) is None:
            continue
        name = turn.group("name").strip()
        if name == first_speaker:
            returns = second
            continue
        word = name.split(maxsplit=1)[0].rstrip(":,.")
        if number < 3 and " " in name and word not in options.knowledge.dateline_labels:
            second = True
        if returns:
            break
    return second and returns


def _lone_second_speaker(lines: list[Line], state: LineState, options: ParseOptions) -> bool:
    """A paragraph under the story's first, in ``_FIRST_SPEAKER_REACH``,
    opens with a speaker's turn in capitals (a name of two words or more, no
    label, in the possessive too: ``EDITOR'S NOTE:``), and every such turn
    there is that one speaker's: a transcript of two turns (``JANE ROE: …`` /
    ``JOHN DOE: …``) or one answer under a dateline, which read the same. An
    interview under a dateline (``LONDON: …`` / ``TOM HALE: …`` / ``JANE
    ROE: …``) has two speakers under it."""
    speakers = set()
    for paragraph in state.paragraphs[1:_FIRST_SPEAKER_REACH]:
        opening = lines[paragraph[0]].text.lstrip()
        if not opening[:1].isupper() or (turn := _SPEAKER_TURN.match(opening)) is None:
            continue
        name = turn.group("name").strip()
        word = name.split(maxsplit=1)[0].rstrip(":,.")
        # "EDITOR'S NOTE:", "TODAY'S WEATHER:": a label in the possessive
        # opens a note or a box, no speaker's turn.
        if " " not in name or _POSSESSIVE.sub("", word) in options.knowledge.dateline_labels:
            continue
        speakers.add(name)
    return len(speakers) == 1


# A word's possessive ending in capitals ("EDITOR'S"). Anchored: linear.
_POSSESSIVE = re.compile(r"['’]S$")


# A transcript's turn: a speaker's name in capitals, maybe a comma and a role
# in capitals or the role in parentheses, a colon ("JANE ROE, HOST: Good
# morning.", "JANE ROE (HOST): …"). Bounded runs: linear.
_SPEAKER_TURN = re.compile(
    r"(?P<name>[A-Z][A-Z'’.\- ]{1,40})"
    r"(?:, (?P<role>[A-Z][A-Z ]{1,30})| \((?P<paren>[A-Z][A-Z ]{1,30})\))?:\s"
)


# A dateline alone on its line is short: a place, a region, a date, an agency.
_DATELINE_ALONE_MAX_CHARS = 60


def _dateline_over_dash(
    lines: list[Line], number: int, state: LineState, found: WireFields, options: ParseOptions
) -> bool:
    """A dateline printed on a line of its own, its dash opening the line under
    it (``JAKARTA, KOMPAS.com`` / ``– The minister said …``, ``OSLO, March
    3`` / ``- The minister …``): a scrape broke the line at the dash.
    Read as one (``find_dateline`` on the two joined), the dash is the
    dateline's, not the body's first character. The line under it must follow
    right under (no blank line) and open with a dateline's dash
    (:attr:`~wirestory.Knowledge.dateline_dashes`); True when it was read."""
    paragraphs = state.paragraphs
    paragraph = paragraphs[number]
    first = paragraph[0]
    text = lines[first].text.strip()
    if not text or len(text) > _DATELINE_ALONE_MAX_CHARS or first + 1 >= len(lines):
        return False
    below = first + 1
    if len(paragraph) > 1:
        if paragraph[1] != below:
            return False
    elif number + 1 >= len(paragraphs) or paragraphs[number + 1][0] != below:
        return False
    under = lines[below].text
    opening = under.lstrip()
    dashes = options.knowledge.dateline_dashes
    if not opening.startswith(dashes):
        return False
    dash = max((d for d in dashes if opening.startswith(d)), key=len)
    if opening[len(dash) : len(dash) + 1] not in (" ", "\t"):
        return False  # "-5 degrees", "--" glued to a word: no dateline's dash
    joined = f"{text} {opening}"
    dateline = _paragraph_dateline(joined, number, state, options)
    # The dateline must take the whole line and the dash under it, no more;
    # a place alone ("MARKETS" over "- Stocks rose") is a section's label over
    # a list as often, but on a page, which put the line there only past its
    # own tests for a place alone (dateline-own-line).
    taken = len(text) + 1 + len(dash)
    if dateline is None or not taken <= dateline.length <= taken + 2:
        return False
    if state.kind != "page" and not more_than_place(dateline):
        return False
    found.dateline = dateline
    found.dateline_line = first
    found.dateline_dash_line = below
    found.dateline_dash_cut = len(under) - len(opening) + dateline.length - len(text) - 1
    if len(paragraph) == 1:
        paragraphs.pop(number)
    else:
        del paragraph[0]
    return True


def _undashed_agency_form(text: str, dateline: Dateline) -> bool:
    """Is ``dateline`` an agency's dated form with no dash, the paragraph's
    first sentence right after the parentheses (``New Delhi, Dec 5 (PTI)
    The …``, PTI's and IANS's own wire form)? A dash, or the dateline alone
    on its line, vouches for it anywhere."""
    return (
        bool(dateline.agencies)
        and dateline.date_text is not None
        and dateline.raw.endswith(")")
        and dateline.length < len(text.strip())
    )


def _dateline_over_blank(
    lines: list[Line], number: int, state: LineState, found: WireFields, options: ParseOptions
) -> bool:
    """A dateline ending in its dash, printed as a paragraph of its own above
    the body's first (``LONDON –`` / blank / ``The council met …``): a site
    that sets the dateline in an element of its own, as a marked story's
    scrape under its repeated header shows. Alone, the line reads as no
    dateline (a dateline's form wants the story's words after its dash), so
    it is asked again joined to the next paragraph's first line, and taken
    when the dateline found is the whole line and no more. True when it was
    read (its paragraph is dropped from the body: the line is the dateline's
    segment)."""
    paragraphs = state.paragraphs
    paragraph = paragraphs[number]
    if len(paragraph) != 1 or number + 1 >= len(paragraphs):
        return False
    first = paragraph[0]
    text = lines[first].text.strip()
    # The dash closing the line is what says the words under it are the
    # story's: a place or a label alone (``LONDON``, ``MARKETS``) says nothing.
    if not text or len(text) > _DATELINE_ALONE_MAX_CHARS:
        return False
    if not text.endswith(options.knowledge.dateline_dashes):
        return False
    opening = lines[paragraphs[number + 1][0]].text.lstrip()
    dateline = _paragraph_dateline(f"{text} {opening}", number, state, options)
    if dateline is None or dateline.raw.rstrip() != text:
        return False
    found.dateline = attrs.evolve(dateline, length=len(lines[first].text))
    found.dateline_line = first
    paragraphs.pop(number)
    if (
        not dateline.agencies
        and dateline.date_text is None
        and not place_said_in_story(dateline, lines, state)
    ):
        # A place alone and its dash (``LONDON –``) reads as a section's or a
        # column's label does (``WEATHER –``, ``MARKETS –``): no table tells
        # the two, so the story says so, as the page layout does for a place
        # in capitals alone. An agency or a date (``PARIS (AFP) -``) is a
        # dateline's own, and so is a place the story names after "in" (``…
        # told reporters in London``): a label is a common noun.
        state.problems.append(
            Problem(
                "dateline-own-line",
                f"the line {text!r} alone above the story's first paragraph is read as "
                "the story's dateline; a section's label ending in a dash reads the same",
                first,
            )
        )
    return True


def _has_words(text: str, count: int) -> bool:
    """Does ``text`` hold at least ``count`` words? Splits no further than that."""
    return len(text.split(None, count)) >= count


def _separator_among(lines: list[Line], paragraphs: list[list[int]]) -> bool:
    """Is one of ``paragraphs`` a separator line (``___``)? A paragraph of one
    line, its marks unspaced: a spaced asterism (``* * *``) with paragraphs
    under it is a section break inside the story (a feature's last section,
    ``* * *`` / ``Engineers said …``), not the rule over its notes; alone as
    the last paragraph (a dump's rule between two stories) it is still read
    as a trailer's separator by the walk in ``_trailers``."""
    return any(
        len(p) == 1 and is_separator(text := lines[p[0]].text) and " " not in text.strip()
        for p in paragraphs
    )


def _trailers(
    lines: list[Line], state: LineState, found: WireFields, options: ParseOptions
) -> None:
    """Read trailing paragraphs backwards until one is body text.

    Paragraphs after the last separator line (``___``) near the end are notes
    whatever they say; before it, each must be a recognised trailer. Only the
    paragraphs read are classified: most stories stop at their last paragraph.
    """
    paragraphs = state.paragraphs
    # The writer's bio closing a page's story stays in the body, flagged
    # (author-bio-in-body, as the labelled pages keep it); a note printed
    # above it (``Correction: An earlier version of this story …`` / ``Jane
    # Roe covers city government …``) is read as under the story.
    bio = (
        paragraphs.pop()
        if len(paragraphs) > _BIO_OVER_NOTE_PARAGRAPHS
        and any(
            p.code == "author-bio-in-body" and p.index == paragraphs[-1][0] for p in state.problems
        )
        else None
    )
    if paragraphs and len(paragraphs[-1]) > 1:
        # A sign-off on the line right under the last paragraph's last line,
        # no blank line between (``… on Friday.`` / ``-- AP``), or an end mark
        # (Yonhap's ``jrk@yna.co.kr`` / ``(END)``): a paragraph of its own, so
        # that the walk below reads it.
        last = paragraphs[-1][-1]
        text = lines[last].text.strip()
        if (
            text in END_MARKS
            # A dump's rule right under the story's last line (``… on
            # Friday.`` / ``-----``), as a script joining files prints it:
            # no line of the paragraph, whose text took it in.
            or (is_separator(text) or is_dump_rule(text))
            or (text[:1] in "-–—(=" and is_dashed_sign_off(text, knowledge=options.knowledge))
            or ("@" in text and _address_under_sentence(lines, last, text, options.knowledge))
        ):
            paragraphs[-1] = paragraphs[-1][:-1]
            paragraphs.append([last])
        elif (
            state.kind != "page"
            and text[:1] in "Cc"
            and text.partition(":")[0].casefold() in CONTRIBUTORS_LABELS
            and writer_sign_off(lines[paragraphs[-1][-2]].text.strip(), options.knowledge)
            is not None
        ):
            # Single-line-break wire copy: the writer's sign-off over the
            # contributors line, no blank line between (``Ivo Marsh,
            # Kellsmouth Echo`` / ``Contributing: Tom Hale``): two
            # paragraphs of their own; glued, the contributors were lost
            # in the story's last paragraph, silently.
            sign_off = paragraphs[-1][-2]
            paragraphs[-1] = paragraphs[-1][:-2]
            if not paragraphs[-1]:
                paragraphs.pop()
            paragraphs.append([sign_off])
            paragraphs.append([last])
    if (
        len(paragraphs) > 1
        and len(paragraphs[-2]) > 1
        and len(paragraphs[-1]) == 1
        and lines[paragraphs[-1][0]].text.strip() in END_MARKS
    ):
        # The writer's address on the last line of the paragraph over the
        # end mark, glued to the story's last sentence (``… the story.`` /
        # ``jrk@yna.co.kr`` / ``(END)``; after the writer's name or the
        # bureau's place, ``Seoul, Korea (Yonhap) jrk@…``, ``trailers.signed_address``):
        # a paragraph of its own, a contact
        # for the notes as it is with a blank line over it; it stayed in the
        # body.
        above = paragraphs[-2][-1]
        address = lines[above].text.strip()
        if "@" in address and (
            # After words, the address may close the sentence over it
            # (``… readers may write to`` / ``Jane Roe, jane.roe@…``).
            " " not in address or _sentence_ends_over(lines, above, options.knowledge)
        ):
            trailer = classify_trailer(address, knowledge=options.knowledge)
            if trailer is not None and trailer.kind == "contact":
                paragraphs[-2] = paragraphs[-2][:-1]
                paragraphs.insert(-1, [above])
    start = max(0, len(paragraphs) - _TRAILER_PARAGRAPHS)
    kinds: list[Trailer | None] = []  # of paragraphs[cut:], last first
    passed_separator = False  # has the walk back passed the last separator?
    cut = len(paragraphs)
    label = _notes_label_over_rows(lines, paragraphs, start, options.knowledge)
    if label is not None:
        kinds.extend(Trailer("note") for _ in range(label, cut))
        cut = label
        start = min(start, label)
    while cut > start:
        text = joined_text(lines, paragraphs[cut - 1])
        kind = classify_trailer(text, knowledge=options.knowledge)
        if kind is None and _address_under_story(lines, paragraphs, cut - 1, text):
            kind = Trailer("note")
        if kind is None and contact_shaped(text):
            # A press release's contacts under their label (``Media
            # contact:`` / ``Tom Hale`` / ``+47 555 0100``): each line a
            # trailer, however many the contacts hold.
            label = _contact_label_above(lines, paragraphs, cut - 1)
            if label is not None:
                kinds.extend(Trailer("contact") for _ in range(label, cut))
                cut = label
                start = min(start, label)
                continue
        if kind is None and (
            passed_separator or not _separator_among(lines, paragraphs[start : cut - 1])
        ):
            break  # body text, not after the last separator
        kinds.append(kind)
        passed_separator = passed_separator or (kind is not None and kind.kind == "separator")
        cut -= 1
    kinds.reverse()
    while kinds and _listed_outlet(lines, paragraphs, cut, kinds[0], options.knowledge):
        # A list of papers closing the story (``Papers that backed the
        # plan:`` / ``- Vale Post`` / ``- Kellsmouth Echo``): each row of an
        # outlet's dashed name read as the story's sign-off, all of them lost
        # to the trailers, silently. A story is signed once, under no colon.
        kinds.pop(0)
        cut += 1
    if 0 < cut < len(paragraphs) and joined_text(lines, paragraphs[cut - 1]).endswith(":"):
        # The story's own list of addresses under the line introducing it
        # (``… to the councillors for each ward:`` / ``North Ward: Jane Roe,
        # jane.roe@…``): rows of the story, no writer signing it; they went
        # to the notes, silently. A bare address (``jrk@yna.co.kr``) stays
        # the writer's.
        while (
            kinds
            and kinds[0] is not None
            and kinds[0].kind == "contact"
            and signed_address(joined_text(lines, paragraphs[cut]))
        ):
            kinds.pop(0)
            cut += 1
    for paragraph, trailer in zip(paragraphs[cut:], kinds, strict=True):
        name = trailer.kind if trailer is not None else "note"
        _claim(state, paragraph, Role.TRAILER, f"trailer-{name}")
        if trailer is not None and name == "contributors":
            found.contributors += trailer.contributors
        elif name == "copyright" and not found.copyright:
            found.copyright = paragraph
        elif name in ("note", "contact"):
            found.notes.append(paragraph)
            if trailer is not None and name == "note":
                _flag_note_story(lines, paragraph, state, options)
    taken = cut < len(paragraphs)
    if taken:
        _flag_unreferenced_notes(lines, paragraphs, cut, state)
    del paragraphs[cut:]
    _sign_off_over_trailers(lines, state, found, options, taken=taken)
    if state.kind != "page":
        _flag_credit_line_in_body(lines, state, options.knowledge)
    # The names and ``reported`` open the paragraph: its first line holds them
    # (most stories are turned down there, without joining the paragraph).
    if paragraphs and "reported" in lines[paragraphs[-1][0]].text:
        closing = joined_text(lines, paragraphs[-1])
        if "reported from" in closing and opens_with_reporters(
            closing, knowledge=options.knowledge
        ):
            # ``Jane Roe reported from Oslo and Tom Hale from the island of
            # Senja.``: names and ``reported from``, but not only such clauses.
            state.problems.append(
                Problem(
                    "reporters-in-body",
                    "the story's last paragraph opens with people's names and 'reported "
                    "from' but was kept as body: it may credit the story's reporters",
                    paragraphs[-1][0],
                )
            )
    if paragraphs:
        _glued_sign_off(lines, paragraphs[-1], state, found, options)
    if bio is not None:
        paragraphs.append(bio)


def _flag_credit_line_in_body(lines: list[Line], state: LineState, knowledge: Knowledge) -> None:
    """Say so (``credit-line-in-body``) when a paragraph between two of wire
    copy's is a name and an outlet after a comma alone on its line (``Jane
    Roe, Vale Post``: :func:`~wirestory.layouts.page.writer_sign_off`, the
    outlet ending in a newspaper's word, ``Post``, ``Times``, ``Herald``:
    ``_NEWSPAPER_WORDS``) right under a one-line sentence: copy
    with no blank lines prints a photo's caption and its credit so, and both
    stayed the story's paragraphs, silently (silent64). A letter's signature
    names a place (``Jane Roe, Kellston``) or a group (``Tom Hale, Kellston
    Carers Network``: a network's, a radio's, an agency's word is no paper's,
    review65), and says nothing; a sign-off closes the story
    (:func:`_sign_off_over_trailers`). Once a story."""
    paragraphs = state.paragraphs
    for number in range(1, len(paragraphs) - 1):
        paragraph = paragraphs[number]
        above = paragraphs[number - 1]
        if len(paragraph) != 1 or len(above) != 1:
            continue
        text = lines[paragraph[0]].text.strip()
        if len(text) > _BYLINE_AFTER_MAX_CHARS or ", " not in text or text[-1:] in ".!?:":
            continue
        caption = lines[above[0]].text.strip()
        if caption[-1:] != "." or len(caption.split(None, _CAPTION_LINE_WORDS)) > (
            _CAPTION_LINE_WORDS
        ):
            continue
        signed = writer_sign_off(text, knowledge)
        if signed is None or signed.organization is None:
            continue
        if signed.organization.rpartition(" ")[2].casefold() not in _NEWSPAPER_WORDS:
            continue
        state.problems.append(
            Problem(
                "credit-line-in-body",
                f"the paragraph {text!r}, a name and an outlet alone under the short sentence "
                f"{caption[:50]!r}, was kept as the story's: the two may be a photo's caption "
                "and its credit",
                paragraph[0],
            )
        )
        return


# The most words of a caption's one line over a credit in wire copy.
_CAPTION_LINE_WORDS = 25
# The last words of a newspaper's name, folded (``Vale Post``, ``Kellston
# Herald``): a photo's credit names the paper. Knowledge.outlet_words holds
# a network's, a radio's, an agency's, a monitor's, a review's too, and a
# letter signed by a group (``Tom Hale, Kellston Carers Network``) or a
# quote's speaker and his group said ``credit-line-in-body`` falsely
# (review65). Words that name firms and groups as well as papers (``Tom
# Hale, Royal Mail``, ``Kellston Express`` the coach firm, ``Kellston
# Independent`` the school, ``Vale Sentinel`` the security firm, ``Harbour
# Echo`` the choir, ``Kellston Courier``, ``… Guardian``, ``… Standard``,
# ``… Globe``, ``… Dispatch``, ``… Gleaner``) said it of a reader's letter
# signed by one, falsely (review s15c): they are left out, and a credit naming
# such a paper goes unsaid.
_NEWSPAPER_WORDS: Final = frozenset(
    (
        "post",
        "times",
        "herald",
        "gazette",
        "chronicle",
        "tribune",
        "journal",
        "telegraph",
        "observer",
        "mirror",
        "argus",
        "examiner",
        "inquirer",
        "enquirer",
        "advertiser",
        "bulletin",
        "recorder",
    )
)


def _notes_label_over_rows(
    lines: list[Line], paragraphs: list[list[int]], start: int, knowledge: Knowledge
) -> int | None:
    """The paragraph of a notes label (``Notes``, ``Notes and references``,
    ``Sources``, ``Footnotes``, ``Einzelnachweise``, ``Notas``: a whole short
    paragraph, ``_NOTES_LABEL``) over the story's last paragraphs when each of
    those is a numbered or marked row (``1. The fares are from the operator's
    timetable …``, ``2) …``, ``^ …``, ``• …``: ``_NOTE_ROW``), or None. A long
    read's notes numbered so were read as the story's: the label a
    subheading, the notes its last paragraphs, silently (silent61; notes
    opening with ``[1]`` are each a note alone). A story's own numbered list
    stands under a heading that names no notes (``What changes``); a
    paragraph opening with ``Notes`` is a sentence, no label. Looks at most
    ``_TRAILER_PARAGRAPHS`` paragraphs up from the end. A label that is
    another word too (``_NOTES_LABEL_AMBIGUOUS``: English ``Note`` over a
    story's own list, German ``Quellen`` and Italian ``Fonti`` are springs,
    Dutch ``Noten`` grades) counts only over rows written in its language
    (review63: ``Note`` / ``1. Fares for children …`` moved the story's list
    into notes, silently)."""
    rows = len(paragraphs)
    while rows > start and _NOTE_ROW.match(joined_text(lines, paragraphs[rows - 1])):
        rows -= 1
    if rows == len(paragraphs) or rows < 2:
        # No row, or no story's paragraph over the label.
        return None
    text = joined_text(lines, paragraphs[rows - 1]).strip().rstrip(":").strip()
    if len(text) > _NOTES_LABEL_MAX_CHARS or not _NOTES_LABEL.match(text):
        return None
    language = _NOTES_LABEL_AMBIGUOUS.get(text.casefold(), "")
    if language == "":
        return rows - 1
    if text.casefold() in _CITING_LABELS:
        # German "Quellen" over a German story's springs, Dutch "Noten" over
        # its grades or "Bronnen" over its springs are rows in the label's
        # language as notes are: only rows citing (a page, an author and a
        # year, "ebd.", "a.a.O.", "aldaar", a web address with a path) tell notes,
        # more than half of them so (silent64: a story's own list moved
        # into notes, silently; notes citing in few stop words stayed body).
        cited = sum(
            _CITING_MARK.search(joined_text(lines, row)) is not None for row in paragraphs[rows:]
        )
        return rows - 1 if cited * 2 > len(paragraphs) - rows else None
    written = guess_language(
        "\n".join(joined_text(lines, row) for row in paragraphs[rows:]), knowledge=knowledge
    )
    # Dutch has no stop-word table: its rows are asked only to be no English.
    return rows - 1 if written == language or (language is None and written != "en") else None


# A notes label alone on its paragraph, in the languages of the furniture
# tables: notes, footnotes, endnotes, references, sources and their pairs
# (``Notes and references``, ``Notes et références``, ``Notas y
# referencias``). Alternatives of plain words, no repeat: linear.
_NOTES_LABEL = re.compile(
    r"(?:(?:foot|end)?notes|references|sources|notes (?:and|&) (?:references|sources)"
    r"|sources (?:and|&) notes|notes et (?:références|sources)|références|anmerkungen"
    r"|einzelnachweise|fußnoten|quellen|notas(?: y referencias| e referências)?|referencias"
    r"|referências|fuentes|fontes|note(?: e riferimenti)?|fonti|riferimenti|noten|voetnoten"
    r"|bronnen|przypisy|źródła|примечания|источники)\Z",
    re.IGNORECASE,
)
_NOTES_LABEL_MAX_CHARS = 40
# Notes labels that are other words too, and the language whose rows they
# label (None: a language with no stop-word table, its rows no English).
_NOTES_LABEL_AMBIGUOUS: Final[dict[str, str | None]] = {
    "note": "it",
    "fonti": "it",
    "quellen": "de",
    "bronnen": None,
    "noten": None,
}
# Ambiguous labels whose notes are told by rows citing (_CITING_MARK), not by
# the rows' language: German and Dutch lists of springs and grades are
# written as notes are.
_CITING_LABELS: Final = frozenset({"quellen", "bronnen", "noten"})
# A note's citing: a page (``S. 12``, ``p. 12``, ``blz. 12``), a year in
# brackets (``1. Statistisches Bundesamt (2023): …``, ``1. J. Roth (2021)``,
# ``Jansen et al. (2020)``, ``1. Roth, Jana (2021): …``), a reference back
# (``ebd.``, ``a.a.O.``, ``ibid.``, ``aldaar``, ``t.a.p.``, ``vgl.``), a web
# address with a path (``https://www.example.org/quellen``) or an ISBN or
# DOI. A site's bare address (``zie www.molenbron.nl``) is a story's list's
# too (review65). A year in brackets only after ``Family, Given,`` left an
# organisation's or initials' citations body, silently (review s15c), so any
# year in brackets counts again, as at silent64: a story's own list with
# years in brackets (``Die Marienquelle am Mühlbach (1823)``) goes to notes,
# as it did then. Alternatives of plain words, each class bounded: linear.
_CITING_MARK = re.compile(
    r"\b(?:S|pp?|blz|Bd)\.\s?\d|\(\d{4}\)|\b(?:ebd|ibid|aldaar|vgl)\.|\ba\.\s?a\.\s?O\."
    r"|\bt\.a\.p\.|(?:https?://|\bwww\.)[^\s/]{1,253}/\S|\bISBN\b|\bdoi:",
    re.IGNORECASE,
)
# A note's row: a number and a full stop or a bracket, a caret or a bullet,
# then a space (``1. The fares …``, ``2) …``, ``^ …``, ``• …``).
_NOTE_ROW = re.compile(r"\s{0,3}(?:\d{1,3}[.)]|\^|•|\*)\s")


def is_notes_label(text: str) -> bool:
    """Is ``text`` a notes label alone (``Notes``, ``Anmerkungen``,
    ``Références``: ``_NOTES_LABEL``, a colon after it or not)? The page
    layout asks it of the block under a story over numbered rows
    (``page._notes_rows_under_label``)."""
    label = text.strip().rstrip(":").strip()
    return len(label) <= _NOTES_LABEL_MAX_CHARS and _NOTES_LABEL.match(label) is not None


def is_note_row(text: str) -> bool:
    """Does ``text`` open as a numbered or marked notes row (``1. …``,
    ``2) …``, ``^ …``, ``• …``: ``_NOTE_ROW``)?"""
    return _NOTE_ROW.match(text) is not None


def _sign_off_over_trailers(
    lines: list[Line],
    state: LineState,
    found: WireFields,
    options: ParseOptions,
    *,
    taken: bool,
) -> None:
    """The writer's sign-off (``Jane Roe, USA TODAY``, ``Ivo Marsh,
    Kellsmouth Echo``: ``writer_sign_off``) left as the last paragraph of
    wire copy once its trailers are read. Over a ``Contributing:`` line
    with no byline opening the story (``taken``): the byline, as
    ``_byline_after_story`` reads it with no trailer under it. Under a
    byline naming the same writers: a trailer (``trailer-sign-off``), its
    outlet the byline's organisation when the byline names none. Naming
    someone else: kept, said (``sign-off-in-body``), as a second writer's
    and a photo's credit read the same. Each stayed the story's last
    paragraph, silently."""
    paragraphs = state.paragraphs
    if len(paragraphs) < 2 or len(paragraphs[-1]) != 1:
        return
    last = paragraphs[-1][0]
    if state.kind == "page" and state.rules[last] != PAGE_SIGN_OFF_RULE:
        # A page's last paragraph is the sign-off only where the layout read
        # it under the story's stretch (page._trailing_contributors).
        return
    text = site_stop_dropped(lines[last].text.strip())
    if state.kind != "page" and _dashed_name_under_story(lines, state, found, options, text):
        return
    if (
        ", " not in text
        or len(text) > _BYLINE_AFTER_MAX_CHARS
        or text[-1:] in ".!?:"
        or not _plain_words(text)
    ):
        return
    if found.byline is None and not state.byline:
        if taken:
            _byline_after_story(lines, state, found, options.knowledge)
        return
    signed = writer_sign_off(text, options.knowledge)
    if signed is None or found.byline is None:
        return
    if {name.casefold() for name in signed.names} == {
        name.casefold() for name in found.byline.names
    }:
        paragraphs.pop()
        _claim(state, [last], Role.TRAILER, "trailer-writer-sign-off")
        word = signed.organization
        if found.byline.organization is None and word is not None:
            if not _sign_off_town(word, options.knowledge) or _sign_off_outlet(word, lines):
                found.byline = attrs.evolve(found.byline, organization=word)
            elif not _sign_off_town_named(word, lines, found):
                state.problems.append(
                    Problem(
                        "sign-off-word-may-be-outlet",
                        f"the writer's sign-off {text!r} under the story names one word after "
                        f"her name, {word!r}, read as the town she filed from (no organisation): "
                        "no dateline nor 'in' in the story names it as a place, it may be her "
                        "outlet",
                        last,
                    )
                )
        return
    state.problems.append(
        Problem(
            "sign-off-in-body",
            f"the story's last paragraph {text[:60]!r} reads as a writer's sign-off (a name "
            f"and an outlet) but names someone the byline ({', '.join(found.byline.names)}) "
            "does not: kept as the story's, it may be a second writer's or a photo's credit",
            last,
        )
    )


def _dashed_name_under_story(
    lines: list[Line],
    state: LineState,
    found: WireFields,
    options: ParseOptions,
    text: str,
) -> bool:
    """Wire copy's last paragraph ``text`` a person's name alone after a dash
    (``— Jane Roe``, ``-- Ivo Marsh``), as writers and columnists sign their
    copy: the byline's own writer's is a trailer (``trailer-writer-sign-off``);
    another name, or one under no byline, is kept and said
    (``sign-off-in-body``: a second writer's sign-off, a quote's or a
    letter's author read the same). Each stayed the story's last paragraph,
    silently. A list's dashed rows (under a colon or another dashed row:
    :func:`_dashed_row`) are the story's, unsaid. True when the line is such
    a name (whatever was done with it)."""
    named = _DASHED_PERSON.fullmatch(text)
    if named is None:
        return False
    paragraphs = state.paragraphs
    above = joined_text(lines, paragraphs[-2]).rstrip()
    if above.endswith(":") or _dashed_row(above):
        return True
    signed = page_person_names(named["name"], knowledge=options.knowledge)
    if signed is None or signed.organization is not None or not signed.names:
        return False
    last = paragraphs[-1][0]
    byline = found.byline
    if byline is not None and {name.casefold() for name in signed.names} == {
        name.casefold() for name in byline.names
    }:
        paragraphs.pop()
        _claim(state, [last], Role.TRAILER, "trailer-writer-sign-off")
        return True
    whose = (
        f"someone the byline ({', '.join(byline.names)}) does not"
        if byline is not None
        else "a person, the story having no byline"
    )
    state.problems.append(
        Problem(
            "sign-off-in-body",
            f"the story's last paragraph {text[:60]!r} is a name alone after a dash, as a "
            f"writer signs off, naming {whose}: kept as the story's, it may be a second "
            "writer's sign-off or a quote's author",
            last,
        )
    )
    return True


# A name after one or two dashes alone on a line (``— Jane Roe``, ``--Ivo
# Marsh``, ``– Ada van Quinn``): two to four words, the first and the last
# capitalised, at most a small particle between. Each word bounded by a
# space, no run nested in another: linear.
_DASHED_PERSON = re.compile(
    r"[-\u2013\u2014]{1,2} ?"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?: [a-z]{1,3})?(?: [A-Z][\w'\u2019.-]*){1,2})"
)


def _listed_outlet(
    lines: list[Line],
    paragraphs: list[list[int]],
    number: int,
    trailer: Trailer | None,
    knowledge: Knowledge,
) -> bool:
    """Is paragraph ``number``, read as a sign-off trailer for an outlet's
    dashed name (``- Vale Post``: :func:`~wirestory.trailers.is_dashed_outlet`,
    no agency's ``- AP``), a row of the story's list: under a line ending in
    a colon or another dashed row, or over a dashed row? A sign-off stands
    alone under the story's last sentence."""
    if trailer is None or trailer.kind != "sign-off" or not 0 < number < len(paragraphs):
        return False
    text = joined_text(lines, paragraphs[number])
    if not is_dashed_outlet(text, knowledge=knowledge) or is_dashed_sign_off(
        text, knowledge=knowledge
    ):
        return False
    above = joined_text(lines, paragraphs[number - 1]).rstrip()
    below = joined_text(lines, paragraphs[number + 1]) if number + 1 < len(paragraphs) else ""
    return above.endswith(":") or _dashed_row(above) or _dashed_row(below)


# The dashes a list's row opens with (``- Vale Post``, ``– Harbour Radio``).
_DASH_ROW_OPENINGS = "-\u2013\u2014"
# The most words of a list's dashed row of names (``- Kellsmouth Evening Echo``).
_DASH_ROW_MAX_WORDS = 5


def _dashed_row(text: str) -> bool:
    """Is ``text`` a list's row of a name after a dash (``- Sport``, ``–
    Harbour Radio``): a dash, a space, then a few words each opening with a
    capital? Not a dump's end mark (``-30-``, ``- 30 -``), nor a dashed
    credit line (``– Additional reporting by Tom Bay``): a sign-off over
    either is the story's."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0] in _DASH_ROW_OPENINGS
        and len(words) <= _DASH_ROW_MAX_WORDS + 1
        and all(word[:1].isupper() for word in words[1:])
    )


def _sign_off_town(word: str, knowledge: Knowledge) -> bool:
    """Is ``word``, after the writer's name in their own sign-off under the
    story (``Jane Roe, Kellsmouth`` under ``By Jane Roe``), the town they
    filed from rather than their outlet: one word, not in capitals (``AFP``,
    ``CNN``), no outlet's last word (``Knowledge.outlet_words``: ``Jane Roe,
    Echo``)? Wire copy's writers sign off with their town as often as with
    their paper; the town was read as the byline's organisation, silently."""
    return " " not in word and not word.isupper() and word.casefold() not in knowledge.outlet_words


# An outlet's one word by its shape: a capital inside it after a small letter
# (``BuzzFeed``, ``NowThis``) or a web address (``Valetickets.com``). Towns
# take a capital inside after a name's prefix (``McAllen``, ``MacLeod``,
# ``DeKalb``, ``LaGrange``, ``DuBois``, ``VanBuren``): no outlet's shape, so
# such a word is asked as any other (read as the town, said).
_OUTLET_WORD_SHAPE = re.compile(
    r"^(?!(?:Ma?c|D[aeiu]|L[aeo]|Van|Fitz)[A-Z])[A-Z][a-z]{3,}[A-Z]|\.[A-Za-z]{2,}$"
)


def _sign_off_outlet(word: str, lines: list[Line]) -> bool:
    """Is ``word`` (after the writer's name in her own sign-off, not an
    outlet's word: :func:`_sign_off_town`) her outlet by its form: an
    outlet's shape (``_OUTLET_WORD_SHAPE``) or named by a copyright line of
    the text (``© 2025 Politico``, ``Copyright Politico``)? ``Jane Roe,
    Politico`` and ``Jane Roe, Kellsmouth`` read the same otherwise."""
    if _OUTLET_WORD_SHAPE.search(word):
        return True
    # The word the holder's whole name, not one word of a longer one nor of
    # the notice's rest: ``© 2025 Kellsmouth Council`` names the town's
    # council, ``© 2025 Vale Post Ltd, Kellsmouth`` the holder's town, ``…
    # Not for resale or sale.`` no one (each read as her outlet, the town
    # was lost, silently).
    folded = word.casefold()
    return any(_copyright_holder(line.text) == folded for line in lines)


def _copyright_holder(text: str) -> str | None:
    """The holder a copyright line names, case-folded, its company's ending
    dropped (``© 2025 Politico LLC. All rights reserved.``: ``politico``):
    the words after ``©`` or ``Copyright`` and the years, up to the first
    full stop, comma, bar, semicolon or spaced dash. None for another line.

    >>> _copyright_holder("Copyright © 2024-2025 Vale Post Ltd, Kellsmouth.")
    'vale post'
    """
    at = text.find("©")
    if at >= 0:
        rest = text[at + 1 :]
    elif text.lstrip()[:9].casefold() == "copyright":
        rest = text.lstrip()[9:]
    else:
        return None
    words = [
        word
        for word in _HOLDER_END.split(rest, maxsplit=1)[0].casefold().split()
        if word not in ("©", "(c)", "copyright")
        and not word.replace("-", "").replace("–", "").isdigit()
    ]
    # ``© 2025 Politico All Rights Reserved``: the notice's words, no stop before them.
    for at in range(len(words) - 1):
        if words[at] in ("all", "some") and words[at + 1].startswith("right"):
            del words[at:]
            break
    while words and words[-1] in _COMPANY_ENDINGS:
        words.pop()
    return " ".join(words)


# Where a copyright line's holder ends (``© 2025 Vale Post. All rights
# reserved.``, ``© Vale Post, Kellsmouth``, ``© Vale Post | Privacy``).
_HOLDER_END = re.compile(r"[.,;|]|\s[-–—]\s")
_COMPANY_ENDINGS = frozenset("ltd llc inc plc corp co gmbh ag sa limited".split())


def _sign_off_town_named(word: str, lines: list[Line], found: WireFields) -> bool:
    """Is ``word``, read as the writer's town in her sign-off, named as a
    place by the story: its dateline's place (``KELLSMOUTH, March 4 -``) or
    ``in Kellsmouth`` in its text? Then the reading is sure; otherwise it is
    said (``sign-off-word-may-be-outlet``)."""
    folded = word.casefold()
    if found.dateline is not None and any(
        place.casefold() == folded for place in found.dateline.places
    ):
        return True
    within = re.compile(rf"\b(?:in|near) {re.escape(word)}\b")
    return any(
        # ``wrote in Politico``, ``an op-ed in Politico``: a paper's name
        # after the words of what it printed, no place (read as one, her
        # outlet was dropped as her town, silently).
        _word_before(line.text, found.start()) not in _PRINTED_WORDS
        for line in lines
        for found in within.finditer(line.text)
    )


def _word_before(text: str, at: int) -> str:
    """The word right before offset ``at`` of ``text`` (a space between),
    case-folded, its quotation marks and punctuation stripped; "" for none."""
    return (
        text[max(0, at - 40) : at]
        .rpartition(" ")[0]
        .rpartition(" ")[2]
        .casefold()
        .strip(_WORD_EDGE_MARKS)
    )


# The words before ``in`` that make the name after it a paper's, not a
# place's: what a writer or a paper prints (``wrote in Politico``, ``a
# column in Politico``, ``first reported in Politico``).
_PRINTED_WORDS = frozenset(
    """wrote writes written writing published appeared printed reported column
    columns op-ed op-eds article articles piece pieces essay interview
    interviewed editorial commentary podcast newsletter letter story stories
    report reports quoted cited told featured mentioned profiled reviewed
    review analysis investigation poll survey ad ads advert adverts
    advertisement headline columnist reporter editor correspondent""".split()
)
_WORD_EDGE_MARKS = "\"'“”‘’(),;:"


def _address_under_story(
    lines: list[Line], paragraphs: list[list[int]], number: int, text: str
) -> bool:
    """Is paragraph ``number`` (its text ``text``) an address alone under the
    story (``https://…/news/ferry-strike``, ``Source: https://…``)? A
    scraper prints each page's address under it, and a dump joining pages
    leaves the next page's address there when it is cut at the next page's
    header; read as the last paragraph, it was body text, silently. An
    address under a paragraph introducing it (``The report is online at:``)
    is the story's, as is the last of the story's list of links (an item's
    name over its address, item after item: another address alone two
    paragraphs up)."""
    if "://" not in text or not is_source_address(text):
        return False
    if number == 0:
        return True
    above = joined_text(lines, paragraphs[number - 1]).rstrip()
    return not above.endswith(":") and not (
        number > 1 and is_source_address(joined_text(lines, paragraphs[number - 2]))
    )


def _address_under_sentence(lines: list[Line], last: int, text: str, knowledge: Knowledge) -> bool:
    """Is ``text``, the last line of the story's last paragraph, the writer's
    address (``jrk@yna.co.kr``, ``Jane Roe, jane.roe@valepost.example``,
    ``Seoul, Korea (Yonhap) jrk@yna.co.kr``: a contact trailer) glued under a
    line ending a sentence? Hard-wrapped copy with no ``(END)`` under it kept
    the address in the story's last paragraph, silently; a line going on from
    the one above (``… readers may write to`` / ``Jane Roe, …``) is the
    sentence's."""
    if not _sentence_ends_over(lines, last, knowledge):
        return False
    trailer = classify_trailer(text, knowledge=knowledge)
    return trailer is not None and trailer.kind == "contact"


def _sentence_ends_over(lines: list[Line], index: int, knowledge: Knowledge) -> bool:
    """Does the line over ``lines[index]`` (of the same paragraph) end a
    sentence? An abbreviation's full stop ends none: ``… should contact the
    U.S.`` / ``Embassy Consular Section consular@…`` (or ``… Dr.`` over a
    name) goes on into the address, which was cut off to the notes."""
    above = lines[index - 1].text.rstrip().rstrip(knowledge.closing_quotes)
    if not above or above[-1:] not in knowledge.sentence_ends:
        return False
    stem = above.rpartition(" ")[2][:-1]
    return not (
        above[-1:] == "." and ("." in stem or stem.casefold() in knowledge.name_abbreviations)
    )


# The story's paragraphs a writer's bio must close for a note above it to be
# looked for: a note, the story's paragraphs, the bio.
_BIO_OVER_NOTE_PARAGRAPHS = 2


# A note opening with its number in square brackets (``[1] Minutes of …``);
# the same number is its marker in the story (``… to the river.[1]``).
# Bounded: linear.
_BRACKET_NOTE = re.compile(r"\[(\d{1,3})\]")
# A label over footnotes (``Notes``, ``Footnotes``), lower-cased, no colon:
# the notes are labelled, so no list of the story's.
_NOTE_LABELS = frozenset(
    {"notes", "note", "footnotes", "endnotes", "references", "sources", "source"}
)
# A label over notes is a few words opening with one of ``_NOTE_LABELS``
# (``Notes and references``, ``Sources and notes``): at most this many words.
_NOTE_LABEL_MAX_WORDS = 4
# A note's number printed as its marker in the story other than in square
# brackets (fixF61): in superscript figures (``… the sea wall¹``, ``2019²``),
# in parentheses (``… the sea wall (1)``, ``wall(1)``) or glued to a word's
# last small letter (``… the sea wall1,``: a superscript flattened). Each
# marker's number is the group read; bounded, no nested repeat: linear. A
# figure glued to a word is also a name's (``covid19``, ``mp3``, ``h2``):
# such markers count only as a series, the notes' first number among them
# (:func:`_note_markers`).
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A superscript after a unit of area or volume (``12 km²``, ``800 m²``,
# ``800m²``, ``5 m³``, ``40 ft²``) or after ten, a power's base (``10⁶``), is
# a power, no marker: read as one, ``²`` named note [2] and silenced
# ``notes-may-be-list`` (silent64). After any other figure it is a marker
# (``a park by 2027¹``, ``40,000² readers``): silent64 dropped those, and
# ``notes-may-be-list`` was said on real notes (review65). Lookbehinds of
# fixed width, alternatives of plain letters: linear.
_NOTE_MARKER = re.compile(
    r"(?<!\b[kcmd]m)(?<!\bm)(?<!\bft)(?<!\bmi)(?<!\d[kcmd]m)(?<!\dm)(?<!\dft)(?<!\dmi)"
    r"(?<!\b10)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
    r"|\((\d{1,3})\)|(?<=[a-z])(\d{1,3})(?![\w])"
)


def _flag_unreferenced_notes(
    lines: list[Line], paragraphs: list[list[int]], cut: int, state: LineState
) -> None:
    """``notes-may-be-list`` when the story's trailers (from paragraph
    ``cut`` on) hold notes opening with a number in square brackets (``[1]
    …``, ``[2] …``) that no label names as notes (``Notes``, ``Footnotes``,
    ``Notes and references``: its opening word)
    and whose numbers the story's paragraphs never print as markers (``….[1]``,
    ``sea wall¹``, ``(1)``, ``wall1``: :func:`_note_markers`):
    footnotes read so; a list of the story's numbered in brackets (``[1] Check
    the new timetable`` / ``[2] Buy a season ticket …``) reads the same, and
    went to the notes, silently (silent60)."""
    numbers: list[str] = []
    first = -1
    # The label may close the body (``Notes and references`` is no trailer's
    # label): the paragraph over the trailers is looked at too.
    for number in range(max(cut - 1, 0), len(paragraphs)):
        text = joined_text(lines, paragraphs[number]).strip()
        words = text.rstrip(":").casefold().split(None, _NOTE_LABEL_MAX_WORDS)
        if (
            words
            and words[0] in _NOTE_LABELS
            and len(words) <= _NOTE_LABEL_MAX_WORDS
            and text[-1:] not in ".!?"
        ):
            # ``Notes``, ``Notes and references``: the label names notes.
            return
        if number >= cut and text[:1] == "[" and (note := _BRACKET_NOTE.match(text)) is not None:
            numbers.append(note.group(0))
            if first < 0:
                first = paragraphs[number][0]
    if not numbers:
        return
    body = "\n".join(joined_text(lines, paragraph) for paragraph in paragraphs[:cut])
    note_numbers = {str(int(number.strip("[]"))) for number in numbers}
    first_number = min(note_numbers, key=int)
    if any(marker in body for marker in numbers) or (
        _note_markers(body, first_number) & note_numbers
    ):
        return
    state.problems.append(
        Problem(
            "notes-may-be-list",
            f"{len(numbers)} line(s) under the story opening with a number in square brackets "
            f"({numbers[0]} …) were read as its notes, under no notes label and with no marker "
            "of theirs in the story: they may be a list of the story's",
            first,
        )
    )


def _note_markers(body: str, first_number: str) -> set[str]:
    """The notes' numbers the story's text prints as markers other than in
    square brackets (``_NOTE_MARKER``): superscript figures (``sea wall¹``),
    a number in parentheses (``(2)``), a figure glued to a word (``wall1``).
    Figures glued to words count only when ``first_number``, the notes'
    first, is among them: flattened superscripts mark a series of notes from
    its first (``stage1,`` … ``wall2.``), where a word ending in figures
    (``an mp3``, ``the h2 bus``) is a name's, and read as the marker of a
    story's own list in square brackets (``[1]`` … ``[3]``), silenced
    ``notes-may-be-list`` (tidy61)."""
    found: set[str] = set()
    glued_found: set[str] = set()
    for marker in _NOTE_MARKER.finditer(body):
        superscript, parenthesised, glued = marker.groups()
        if superscript is not None:
            found.add(str(int(superscript.translate(_SUPERSCRIPT_DIGITS))))
        elif parenthesised is not None:
            found.add(str(int(parenthesised)))
        else:
            glued_found.add(str(int(glued)))
    if first_number in glued_found:
        found |= glued_found
    return found


def _flag_note_story(
    lines: list[Line], paragraph: list[int], state: LineState, options: ParseOptions
) -> None:
    """``note-holds-story`` on a note paragraph that holds a sentence of the
    story after the note's (``This story has been updated with the vote.
    Residents can still write to the council until Friday.``): the paragraph
    goes to ``notes`` whole, and the story's sentence with it."""
    text = joined_text(lines, paragraph)
    if ". " not in text:
        return  # one sentence: the note alone
    sentence = note_story_sentence(text, knowledge=options.knowledge)
    if sentence is None:
        return
    state.problems.append(
        Problem(
            "note-holds-story",
            f"a paragraph under the story was read as a note, whole, but holds a sentence "
            f"that is no note ({sentence[:60]!r}): it may be the story's, kept out of the body",
            paragraph[0],
        )
    )


# The most paragraphs a press release's contacts run to under their label
# (two or three contacts of a name, a title, a telephone and an address each).
_CONTACT_PARAGRAPHS = 16


def _contact_label_above(lines: list[Line], paragraphs: list[list[int]], last: int) -> int | None:
    """The paragraph of the label (``Media contact:``, ``CONTACT: …``) over
    paragraph ``last``, a line of a contact's shape, with only such lines
    between; None when a paragraph of another shape comes first. Short lines
    with no label over them are the story's (a list, a table)."""
    for number in range(last - 1, max(-1, last - _CONTACT_PARAGRAPHS), -1):
        text = joined_text(lines, paragraphs[number])
        if is_contact_label(text):
            return number
        if not contact_shaped(text):
            return None
    return None


def _glued_sign_off(
    lines: list[Line],
    paragraph: list[int],
    state: LineState,
    found: WireFields,
    options: ParseOptions,
) -> None:
    """The agency's sign-off glued at the end of the last body line (``… said on
    Friday. -- AP``, ``… coast. (AFP)``, ``… northeast. Enditem``): a trailer,
    cut from the line as a dateline is cut from the start of its own, so the
    paragraph keeps only its sentences and the input is still rebuilt exactly
    from the segments."""
    last = paragraph[-1]
    text = lines[last].text
    cut = glued_sign_off(text, knowledge=options.knowledge)
    if cut is None:
        cut = glued_word_sign_off(text, knowledge=options.knowledge)
    if cut is None and len(paragraph) > 1:
        cut = _wrapped_sign_off(lines, paragraph, options)
        if cut is not None and not text[:cut].strip():
            # The sign-off is the paragraph's whole last line, a wrap's
            # (``… in the northeast.`` / ``Enditem``): the line is a trailer.
            paragraph.pop()
            state.claim(last, Role.TRAILER, "trailer-sign-off")
            return
    if cut is None:
        return
    if last == found.dateline_line and found.dateline is not None and cut <= found.dateline.length:
        return  # the sign-off would cut into the dateline: no sentence before it
    if last == found.dateline_dash_line and cut <= found.dateline_dash_cut:
        return  # the same, the dateline's dash opening the line
    found.sign_off_line = last
    found.sign_off_cut = cut


def _wrapped_sign_off(lines: list[Line], paragraph: list[int], options: ParseOptions) -> int | None:
    """Where the agency's sign-off glued after the last sentence starts on
    the paragraph's last line, read over the paragraph's lines joined, or
    None: hard-wrapped copy leaves the sentence's few last words on the line
    with it (``… higher corn yields in the`` / ``northeast. Enditem``), too
    few for a sentence on the line alone, and the sign-off stayed in the
    body, silently; or the sign-off alone on it (``northeast.`` /
    ``Enditem``)."""
    text = lines[paragraph[-1]].text
    tail = text.strip()
    # A sign-off ends in a word or a bracket, maybe a dash after it: most
    # last lines end in a full stop, turned down before the lines are joined.
    end = tail.rstrip("-–— ")[-1:]
    if not (end.isalpha() or end in ")）"):
        return None
    joined = joined_text(lines, paragraph)
    knowledge = options.knowledge
    cut = glued_sign_off(joined, knowledge=knowledge)
    if cut is None:
        cut = glued_word_sign_off(joined, knowledge=knowledge)
    opening = len(joined) - len(tail)
    if cut is None or cut < opening:
        return None
    return cut - opening + len(text) - len(text.lstrip())


# How many of the first body paragraphs are compared with the headline.
_HEADLINE_AGAIN_PARAGRAPHS = 3


def _headline_in_body(lines: list[Line], state: LineState) -> None:
    """Say when one of the first body paragraphs shows the headline again.

    A header the layout rules did not recognise leaves its repeat in the body:
    ``Storm Hits Coast`` / ``XY`` / blank / ``Storm Hits Coast`` (a header
    without captions under an unknown marker line), or an edited repeat with
    no captions to confirm it (``STORM HITS COAST``). Either may also be a
    first paragraph that restates the headline, so the line stays body and the
    story says so (``headline-in-body``).
    """
    if state.headline is None:
        return
    compare = showing_comparer(lines[state.headline].text)  # its words built once
    for paragraph in state.paragraphs[:_HEADLINE_AGAIN_PARAGRAPHS]:
        if len(paragraph) == 1 and compare(lines[paragraph[0]].text) is not None:
            state.problems.append(
                Problem(
                    "headline-in-body",
                    f"the body shows the headline again on line {lines[paragraph[0]].number}: "
                    "a header that was not recognised, or a paragraph restating it",
                    paragraph[0],
                )
            )
            return


def _caption_in_body(lines: list[Line], state: LineState) -> None:
    """Say when a body paragraph shows one of the story's captions again, word
    for word with its credit.

    A marked header whose repeat the layout rules did not recognise leaves the
    captions' second showing in the body: with no marker line, the headline
    rewritten in the repeat (``Harbour Wall Repairs Begin`` / blank / ``A
    caption. (AFP)`` / blank / ``Dover Starts Work on Wall`` / blank / ``A
    caption. (AFP)``) reads as a wire story whose header caption is shown
    again under a subheading. The line stays body (a story may print a
    photo's caption twice) and the story says so (``caption-in-body``); the
    marked layout says it already for an uncredited caption under its marker.
    """
    if not state.captions or any(p.code == "caption-in-body" for p in state.problems):
        return
    joined = state.joined
    shown = {joined.get(index, lines[index]).text.strip() for index in state.captions}
    for paragraph in state.paragraphs:
        if len(paragraph) == 1 and lines[paragraph[0]].text.strip() in shown:
            state.problems.append(
                Problem(
                    "caption-in-body",
                    f"the body shows a caption of the header again on line "
                    f"{lines[paragraph[0]].number}: a repeat of the header that was not "
                    "recognised, or the caption printed twice",
                    paragraph[0],
                )
            )
            return


# A story glued on after a separator line starts with its headline and a
# paragraph of prose at least this long; the notes an agency prints after its
# separator (``___`` / ``Online: …`` / ``Follow Jane Roe on X``) are short or
# read as trailers.
_GLUED_PROSE_WORDS = 10
# A section break of three to five spaced marks (``* * *``, ``~~~``, ``~ ~ ~``,
# ``# # #``, ``• • •``): no trailer's separator (is_separator), but a story
# glued on under one, its headline and prose, reads as under ``***``.
# Told by str methods on the (short) line: no pattern to compile at import.
_DINKUS_MARKS = "*~#•·"


def _dinkus(mark: str) -> bool:
    """Is ``mark`` (a stripped line) a section break of spaced marks?"""
    squeezed = "".join(mark.split())
    return (
        3 <= len(squeezed) <= 5 and squeezed[0] in _DINKUS_MARKS and not squeezed.strip(squeezed[0])
    )


# What a separator line starts with (``***``, ``---``, ``___``), or white space.
_RULES = frozenset("_*=- \t")
# White space a marker or an end mark line may carry around it and still be
# looked at.
_MARK_PADDING = 16
# The longest end mark, for the length a mark line is looked at up to.
_END_MARK_LONGEST = max(map(len, END_MARKS))
# A headline glued on by one blank line is short (wire.looks_like_headline
# counts its words; this bounds the characters before it is asked).
_HEADLINE_MAX_CHARS = 150
# A byline or a photo's caption with its credit under such a headline is at
# most this long (a caption of CAPTION_MAX_WORDS words and its credit).
_HEADER_LINE_MAX_CHARS = 500
# A byline line is short (bylines.find_byline reads up to 300 characters;
# a name or two and an outlet fit in this), and a credit's slash stands within
# this many characters of the line's end.
_BYLINE_MAX_CHARS = 120
_CREDIT_TAIL_CHARS = 60
# A page break (form feed), a file, group or record separator (``\\x1c`` to
# ``\\x1e``) or a paragraph separator (U+2029). A line ends only at CR and LF
# (lines.py, as editors and ``grep -n`` count lines): text on either side of
# one joins a line and a paragraph (``… the union said.\\fDam repairs begin``),
# and one alone on a line is one blank line between paragraphs. Old wire dumps
# and printed text put a page break between stories; a line or a story is
# not cut at it (a page turned inside a story reads the same), it is flagged.
# A line's text, read in C.
_LINE_TEXT = operator.attrgetter("text")
# Searched for with str.find, not a pattern: ``re`` builds a table of the
# Basic Multilingual Plane for a class holding U+2029, milliseconds at import.
_PAGE_BREAK_CHARS = ("\f", "\x1c", "\x1d", "\x1e", "\u2029")


def _glued_stories(
    lines: list[Line], state: LineState, found: WireFields, options: ParseOptions
) -> None:
    """Say where a second story seems to start inside this one
    (``possible-story-boundary``).

    Stories are cut at runs of blank lines; two stories with one blank line
    between them, or a separator line instead, read as one, and nothing in the
    fields shows it. Three forms give the second story away:

    - a paragraph past the story's own dateline opens with a dateline naming an
      agency or a date (``NEW YORK (Reuters) - …``, ``BAHRAIN, Oct 19 -``): a
      wire story's first paragraph (a place alone, ``LONDON —``, is how a
      roundup moves to another city, and stays quiet);
    - a line of the body that is an end mark (``###``, ``-30-``, ``END``) with
      a paragraph after it, or the site's marker line (``TT``: a marked header
      glued on, which starts at the headline-like paragraph above it);
    - a separator line (``***``, ``---``, ``___``) followed by a headline-like
      paragraph and a paragraph of prose: a story, where an agency's notes
      after its separator are short lines.

    The story is not cut (a roundup or a long quotation can look the same);
    the diagnostic names the line where the other story would start. Of the
    page layout, whose story is a stretch chosen among a page's blocks (its
    other forms are its own diagnostics' business), only the first form is
    asked, past the story's first paragraph whatever its dateline: a block
    of prose in the stretch opening with an agency's or a dated dateline is
    another story's teaser kept among the paragraphs (``LONDON (Reuters) -
    The council in the next town …`` between or under the story's), or the
    story's real first paragraph under blocks of the page kept above it (a
    survey's prompt, a gallery's captions); the dateline of a lower
    paragraph is read as the story's (:func:`_dateline`), so it is asked too,
    and a place alone so read (:func:`_flag_lower_place_dateline`).
    """
    knowledge = options.knowledge
    starts: list[int] = []
    if state.kind == "page":
        _second_datelines(lines, state.paragraphs, 1, knowledge, starts)
        # Under a boundary the layout flagged (a second page's title line over
        # its headline), the dateline is that page's story's: flagged once.
        flagged = [p.index for p in state.problems if p.code == "possible-story-boundary"]
        _flag_glued(
            lines,
            state,
            [start for start in starts if not flagged or start < min(flagged)],
            "a dateline naming an agency or a date opens a paragraph of the page's story "
            "past its first: another story's teaser, or the story's first paragraph under "
            "blocks of the page kept above it",
        )
        _flag_lower_place_dateline(lines, state, found, flagged)
        _flag_glued(lines, state, _addresses_over_headlines(lines, state, [], knowledge))
        _flag_glued(lines, state, _pages_under_titles(lines, state, knowledge), _PAGE_WHY)
        return
    _flag_glued(lines, state, _pages_under_titles(lines, state, knowledge), _PAGE_WHY)
    markers = options.markers
    paragraphs = state.paragraphs
    # Past the story's own dateline: the paragraphs opening after its line (a
    # dateline that was its paragraph's whole text has left the paragraphs),
    # and never the first paragraph.
    after = 1
    if found.dateline_line is not None:
        dateline_line = found.dateline_dash_line or found.dateline_line
        after = max(after, sum(1 for paragraph in paragraphs if paragraph[0] <= dateline_line))
        # The story's dateline read from a paragraph under a headline-like one
        # with prose above both (``Ferry crews walked out.`` / ``Grain prices
        # climb`` / ``CHICAGO, March 3 (Reuters) - …``): a wire story glued under
        # a story that opened with no dateline, whose dateline it became.
        dateline = found.dateline
        if after >= 3 and dateline is not None and (dateline.agencies or dateline.date_text):
            start = _headline_above(lines, paragraphs, after - 1, knowledge)
            if start != paragraphs[after - 1][0]:
                starts.append(start)
    limit = max(_END_MARK_LONGEST, max(map(len, markers), default=0)) + _MARK_PADDING
    last = len(paragraphs) - 1
    sentence_ends = knowledge.sentence_ends
    closing = knowledge.closing_quotes + BLANK_CHARS
    # This sees every paragraph of wire copy, so each form has its own loop
    # with the cheapest test first (the order of ``starts`` does not matter:
    # they are sorted below).
    _second_datelines(lines, paragraphs, after, knowledge, starts)
    # An end mark, a marker or a separator closes what stands above it: the
    # last line of a paragraph with another after it, short (a marker padded
    # with more white space than _MARK_PADDING is not looked at) or opening
    # like a separator (or with white space).
    # Paragraphs of one or two short lines past the dateline: a headline glued
    # on by one blank line? Gathered here, on this loop's way, and asked below.
    short: list[int] = []
    # Paragraphs past the dateline ending in a line no longer than a list
    # item's date or link (``_listed_items``), gathered on the way too.
    brief: list[int] = []
    for number in range(last):
        paragraph = paragraphs[number]
        end = lines[paragraph[-1]].text
        size = len(end)
        if size <= _ITEM_LINE_MAX_CHARS and number >= after:
            brief.append(number)
        if size > limit and end[:1] not in _RULES:
            if (
                size <= _HEADLINE_MAX_CHARS
                and number >= after
                and (
                    len(paragraph) <= 2
                    # A headline glued right under a paragraph's last
                    # sentence, no blank line between: the paragraph's
                    # last line (_headlines_with_a_header).
                    or lines[paragraph[-2]].text.rstrip(closing)[-1:] in sentence_ends
                )
            ):
                short.append(number)
            continue
        mark = end.strip()
        if mark in END_MARKS:
            starts.append(paragraphs[number + 1][0])
        elif mark in markers:
            # A marker closes a header: the glued story starts at its
            # headline, the headline-like paragraph above the captions.
            starts.append(_headline_above(lines, paragraphs, number, knowledge))
        elif (
            len(paragraph) == 1
            and number + 2 <= last
            and (is_separator(mark) or _dinkus(mark))
            and _glued_after_separator(lines, paragraphs, number + 1, knowledge)
        ):
            starts.append(paragraphs[number + 1][0])
        elif len(paragraph) <= 2 and number >= after:
            short.append(number)
    if short:
        starts += _headlines_with_a_header(lines, paragraphs, short, knowledge)
    # Joined in C and searched for each character at memchr speed: cheaper
    # than a pattern over each line.
    joined = "".join(map(_LINE_TEXT, lines))
    if any(map(joined.__contains__, _PAGE_BREAK_CHARS)):
        starts += _page_breaks(lines)
    if "://" in joined:
        starts += _addresses_over_headlines(lines, state, starts, knowledge)
    _flag_glued(lines, state, starts)
    if not brief:
        return
    _flag_glued(
        lines,
        state,
        _listed_items(lines, paragraphs, brief, after, knowledge),
        "a list's next item: a date, a time stamp or a count by a headline-like line, or a "
        "link to the full story over one",
    )


# How far under a page's address another flag tells the same glued page (its
# title line right under the address, its headline under the masthead).
_ADDRESS_REACH = 3


# A line's text (``Line`` is a named tuple: its first field).
_TEXT_OF = operator.itemgetter(0)


def _addresses_over_headlines(
    lines: list[Line], state: LineState, starts: list[int], knowledge: Knowledge
) -> list[int]:
    """The lines past the story's first that are a page's address alone
    (``https://…/school-meals``) right over a headline-like line, no blank
    line between, under a blank line or a line ending a sentence: a crawled
    page glued on under the story, its address joined to its title as one
    paragraph (the splitter cuts at such an address only in a story that
    opened with one). An address under a line pointing at it (``The report is
    online at``), over another address, or over a line with an address under
    it (a list of sources or of shop links, each address over its title) is
    none. Nor is one with a boundary already told within ``_ADDRESS_REACH``
    lines under it (in ``starts``, or flagged): the same page, said once."""
    known = [*starts] + [
        problem.index for problem in state.problems if problem.code == "possible-story-boundary"
    ]
    found = []
    sentence_ends = knowledge.sentence_ends
    # The lines holding an address's "://" (few of a story's) are picked in C.
    holding = map(
        operator.contains, map(_TEXT_OF, lines[1 : max(1, len(lines) - 2)]), repeat("://")
    )
    for index in compress(range(1, len(lines) - 2), holding):
        text = lines[index].text
        if not is_source_address(text):
            continue
        above = lines[index - 1].text.rstrip()
        below = lines[index + 1].text
        if (
            (not above or above[-1] in sentence_ends)
            and below.strip()
            and not is_source_address(below)
            and not is_source_address(lines[index + 2].text)
            and looks_like_headline(below, knowledge)
            and not any(index < other <= index + _ADDRESS_REACH for other in known)
        ):
            found.append(index)
    return found


def _flag_lower_place_dateline(
    lines: list[Line], state: LineState, found: WireFields, flagged: list[int]
) -> None:
    """A page story's dateline of a place alone (``HARBOURTON - …``) read
    from a paragraph past the story's first is the story's only in the third
    case of three, the others reading the same: a roundup moving to another
    city (the story has no dateline), another story's teaser kept among the
    paragraphs, or the story's first paragraph under blocks of the page kept
    above it. A ``possible-story-boundary`` at it says so; a dateline naming
    an agency or a date is :func:`_second_datelines`' business."""
    line = found.dateline_line
    dateline = found.dateline
    paragraphs = state.paragraphs
    if dateline is None or line is None or not paragraphs or line <= paragraphs[0][0]:
        return
    if dateline.agencies or dateline.date_text or (flagged and line >= min(flagged)):
        return
    _flag_glued(
        lines,
        state,
        [line],
        "a dateline of a place alone, read as the story's, opens a paragraph of the page's "
        "story past its first: a roundup's next city, another story's teaser, or the "
        "story's first paragraph under blocks of the page kept above it",
    )


def _second_datelines(
    lines: list[Line],
    paragraphs: list[list[int]],
    after: int,
    knowledge: Knowledge,
    starts: list[int],
) -> None:
    """Add to ``starts`` where a story glued on opens, from ``paragraphs[after]``
    on, with a dateline naming an agency or a date
    (:func:`~wirestory.datelines.opens_glued_story`): a place in capitals
    (``NEW YORK``), an agency (``(CNN)``), an indent (1987 copy), or a place
    in title case with the agency's parenthesis right after it (``Berlin
    (dpa) -``); or with a place that is a word too before an agency's
    parenthesis (``Mobile (AP) - Mobile police …``), no dateline read from it."""
    for number in range(after, len(paragraphs)):
        if opens_glued_story(lines[paragraphs[number][0]].text, knowledge):
            starts.append(_headline_above(lines, paragraphs, number, knowledge))


_PAGE_WHY = (
    "a page's title line 'Headline | Site' over its headline shown again, a byline or a "
    "date line and prose: a scraped page pasted under this story with no menu between"
)
# The longest title line asked (a page's title holds a headline and a site's name).
_PAGE_TITLE_MAX_CHARS = 200
# The non-blank lines under a title line read for its page's header
# (shows_page_under_title reads the headline part within four lines and
# four lines under it: no more).
_PAGE_HEADER_LINES = 8


def _pages_under_titles(lines: list[Line], state: LineState, knowledge: Knowledge) -> list[int]:
    """The lines inside the story, past its first paragraph, where a
    scraped page pasted under it opens with no menu between its title and its
    headline (``Ferries return | Vale Post`` / ``Ferries return`` / ``By Mara
    Quill`` / ``March 4, 2025`` / prose): story splitting cuts a page whose
    title's headline part is two words, or which stands under ``Read more:``,
    only over a menu (a table's row over its side's name reads the same), so
    the page stayed in the story above, silently
    (:func:`~wirestory.layouts.page.shows_page_under_title`). A title line
    holds a separator; most lines are asked nothing more."""
    paragraphs = state.paragraphs
    if not paragraphs:
        return []
    starts: list[int] = []
    for index in range(paragraphs[0][0] + 1, len(lines)):
        text = lines[index].text
        if (
            len(text) > _PAGE_TITLE_MAX_CHARS
            or " " not in text
            # A title's separator is one of its marks (most lines hold none:
            # asked title_part, each was a pattern's split) with white space
            # around it as ``re`` finds it (TITLE_SEPARATOR_SHAPE, where
            # title_part finds no part: a dash or a colon with none around it,
            # ``well-known``, ``10:30``, was asked title_part too).
            or TITLE_SEPARATOR_SHAPE.search(text) is None
            or title_part(text) is None
        ):
            continue
        under = [text.strip()]
        # By index, not over a slice of the lines below: a page of many
        # title-shaped lines (a menu of ``News | Sport`` items) copied the
        # rest of the story once for each.
        for later in range(index + 1, len(lines)):
            later_text = lines[later].text
            if not is_blank(later_text):
                under.append(later_text.strip())
                if len(under) > _PAGE_HEADER_LINES:
                    break
        if shows_page_under_title(under, knowledge):
            starts.append(index)
    return starts


def _flag_glued(
    lines: list[Line],
    state: LineState,
    starts: list[int],
    why: str = "a dateline, an end mark, a marker, a separator or a page break above it",
) -> None:
    """A ``possible-story-boundary`` at each line of ``starts`` not flagged yet,
    saying ``why``."""
    if not starts:
        return
    known = {
        problem.index for problem in state.problems if problem.code == "possible-story-boundary"
    }
    for index in sorted(set(starts)):
        if index not in known:
            state.problems.append(
                Problem(
                    "possible-story-boundary",
                    f"line {lines[index].number} could start a separate story glued to "
                    f"this one ({why})",
                    index,
                )
            )


def _headlines_with_a_header(
    lines: list[Line], paragraphs: list[list[int]], short: list[int], knowledge: Knowledge
) -> list[int]:
    """The headline-shaped paragraphs inside the story under which a story's
    header goes on: a story glued to this one by a single blank line.

    A second story's headline after one blank line is a short line between
    paragraphs, as a subheading is (``What happens next``), and a flag on
    every subheading would be noise. What a subheading never has is a story's
    header under it: a byline paragraph (``Dam repairs begin`` / ``By Anna
    Berg``), a caption ending in a credit naming an agency (``Workers on the
    dam wall. (Photo: Anna Berg/Reuters)``), a paragraph opening with a
    dateline in capitals, even a place alone (``OSLO — Work on …``: a roundup
    moves to another city under its place alone, not under a heading; a brief
    in a column of briefs reads the same), or the headline shown twice on its
    own two lines (``Dam repairs begin`` / ``Dam repairs begin``). The story is
    not cut: each is a doubt (a heading over a quoted letter's byline reads the
    same). Cheapest test first: a paragraph of one or two short lines ending
    in no full stop (``short``: the paragraphs of one or two lines below the
    story's own dateline, whose paragraphs above are its header's)."""
    starts: list[int] = []
    stops = knowledge.full_stops + knowledge.clause_ends
    sentence_ends = knowledge.sentence_ends
    closing = knowledge.closing_quotes + BLANK_CHARS
    for number in short:
        paragraph = paragraphs[number]
        head = paragraph[0]
        if len(paragraph) >= 2:
            text = lines[head].text
            # The headline shown twice, or a headline over a wrapped line.
            if len(paragraph) == 2 and line_key(lines[paragraph[1]].text) == line_key(text):
                if looks_like_headline(text, knowledge) and text.rstrip()[-1:] not in stops:
                    starts.append(head)
                continue
            # A headline glued under the paragraph's last sentence with no
            # blank line between (``… last year.`` / ``Rail line closed`` /
            # blank / ``By Tomas Vell``): read as the paragraph's last line,
            # the story above kept it and the next story's header, silently.
            if lines[paragraph[-2]].text.rstrip(closing)[-1:] not in sentence_ends:
                continue
            head = paragraph[-1]
        text = lines[head].text
        if len(text) > _HEADLINE_MAX_CHARS or text.rstrip()[-1:] in stops:
            continue
        # What is under it first (most short lines between paragraphs stand
        # over prose: a line of a sentence's length, ending in a full stop, is
        # neither a byline nor a caption with its credit at the end), then
        # whether the line itself has a headline's shape.
        under = paragraphs[number + 1]
        first = lines[under[0]].text.strip()
        single = len(under) == 1 and len(first) <= _HEADER_LINE_MAX_CHARS
        if (
            (single and len(first) <= _BYLINE_MAX_CHARS and find_byline(first, knowledge=knowledge))
            or (single and _credit_shaped(first) and _agency_credit(first, knowledge))
            or (first[:2].isupper() and find_dateline(first, knowledge=knowledge) is not None)
        ) and looks_like_headline(text, knowledge):
            starts.append(head)
    return starts


# How many lines of an item's paragraph its date or its count stands within
# (``Title`` / ``Link`` / ``Published: …``: the third line of a feed's item).
_ITEM_HEAD_LINES = 3
# The longest line read as an item's date, count or link to the full story.
_ITEM_LINE_MAX_CHARS = 48
# A feed's machine time stamp alone on a line (an Atom entry's
# ``2025-03-04T10:32:00Z``), which a date line's words do not cover. Bounded
# digits, anchored: linear.
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
# A newsletter's link to the full story closing each item (``Read more``,
# ``Read the full story →``), casefolded, its arrows and dots taken off.
_READ_ON = frozenset(
    (
        "read more",
        "read the full story",
        "read the full article",
        "continue reading",
        "full story",
        "read on",
        "read the story",
    )
)
_READ_ON_TRIM = " \t.:>»→›*[]()"


def _listed_items(
    lines: list[Line],
    paragraphs: list[list[int]],
    brief: list[int],
    after: int,
    knowledge: Knowledge,
) -> list[int]:
    """The paragraphs past the story's first that open another item of a list
    of stories cut at no run of blank lines: a feed's items as a reader or a
    script exports them (``Title: …`` / ``Link: …`` / ``Published: Tue, 04 Mar
    2025 10:32:00 GMT`` / ``Summary: …``, or the title over its date with no
    labels), an archive's stories each under its date line (``March 3, 2025``
    / ``Rail line reopens``) or its count (``Article 2 of 2``), and a
    newsletter's items each closed by its link (``Read more``) over the next
    item's headline. Each is a paragraph holding a date, a time stamp or a
    count alone on one of its first lines next to a headline-like line, or a
    headline-like paragraph with prose under it right after a link to the
    full story. The story is not cut (a live report's entries under their
    times read the same): each is a doubt. Cheapest test first: a short line
    (``brief``: the paragraphs past the dateline ending in a line of
    ``_ITEM_LINE_MAX_CHARS`` at most, gathered by the caller's loop; a wire
    story's paragraphs are long lines). ``MORE`` alone is a wire take's mark,
    no link."""
    first = paragraphs[after][0]
    starts: list[int] = []
    for number in brief:
        paragraph = paragraphs[number]
        for index in paragraph[:_ITEM_HEAD_LINES]:
            text = lines[index].text.strip()
            if text and len(text) <= _ITEM_LINE_MAX_CHARS and any(map(str.isdigit, text)):
                start = _item_start(lines, index, text, knowledge)
                if start is not None and start >= first:
                    starts.append(start)
                    break
        end = paragraph[-1]
        if (end > first or number > after) and lines[end].text.strip(
            _READ_ON_TRIM
        ).casefold() in _READ_ON:
            head = _next_text_line(lines, end + 1)
            if (
                head is not None
                and _next_text_line(lines, head + 1) is not None
                and looks_like_headline(lines[head].text, knowledge)
            ):
                starts.append(head)
    return starts


def _next_text_line(lines: list[Line], index: int) -> int | None:
    """The first line from ``index`` on holding text, or None."""
    for number in range(index, len(lines)):
        if not is_blank(lines[number].text):
            return number
    return None


def _item_start(lines: list[Line], index: int, text: str, knowledge: Knowledge) -> int | None:
    """Where a list's item starts when line ``index`` (``text``) is its date,
    time stamp or count: at the top of its run of lines under a blank line,
    within ``_ITEM_HEAD_LINES``, a headline-like line above it (``Title: …`` /
    ``Link: …`` / ``Published: …``), or at it when a headline-like line is
    right under it (an archive's date over each story). None when it is no
    such line or stands by no headline (a sentence's line holding a date, a
    date line inside a paragraph's run of lines)."""
    # The lines around it first (most short lines holding a digit are a
    # paragraph alone, a blank line under them), then the date's patterns.
    if index + 1 >= len(lines) or is_blank(lines[index + 1].text):
        return None  # a summary, a link or a headline goes on under an item's date
    top = index
    while top and index - top < _ITEM_HEAD_LINES - 1 and not is_blank(lines[top - 1].text):
        top -= 1
    if not _under_prose(lines, top, knowledge):
        return None
    counted = export_count(text)
    if not counted:
        label, colon, rest = text.partition(":")
        stamp = rest.strip() if colon and label.isalpha() else text
        if _ISO_STAMP.fullmatch(stamp) is None and not front_date_line(text, knowledge):
            return None
    if top < index:
        # The item's summary or link goes on under its date (asked above); a
        # date ending the block is a sentence's last line (``The vote is due
        # on`` / ``March 3, 2025``).
        return top if looks_like_headline(lines[top].text, knowledge) else None
    # A date over a headline alone, a blank line and more under it: a site's
    # footer (``Published 7:07 PM EST`` / ``Terms of Service`` / ``©``) has no
    # blank line under its short line. A count (``Article 2 of 5``) stands
    # over the story's whole header (its source's line, its writer).
    if (
        index + 3 < len(lines)
        and (counted or is_blank(lines[index + 2].text))
        and looks_like_headline(lines[index + 1].text, knowledge)
    ):
        return index
    return None


def _under_prose(lines: list[Line], top: int, knowledge: Knowledge) -> bool:
    """Does line ``top`` stand under a blank line with a line ending a sentence
    above it (the close of the item above), or a feed's own time stamp (``Updated:
    2025-03-04T10:40:00Z`` under the feed's title, over its first item)? A
    page's header has its headline, a deck or a byline over its date (``Prison
    guards charged`` / ``Jane Roe USA TODAY`` / ``Published 7:07 PM EST Nov
    19, 2019``), a story's close a contributor's line over the page's date,
    neither ending a sentence."""
    above = top - 1
    if above < 0 or not is_blank(lines[above].text):
        return False
    while above >= 0 and is_blank(lines[above].text):
        above -= 1
    if above < 0:
        return False
    text = lines[above].text.strip()
    if text[-1:] in knowledge.sentence_ends:
        return True
    label, colon, rest = text.partition(":")
    return bool(colon) and label.isalpha() and _ISO_STAMP.fullmatch(rest.strip()) is not None


def _credit_shaped(text: str) -> bool:
    """Does a line end like a credit naming an agency: in parentheses (``(Photo:
    Anna Berg/Reuters)``, ``(AFP)``) or with a slash near its end
    (``REUTERS/Anna Berg``)? Asked before the credit is looked for."""
    return text[-1:] == ")" or "/" in text[-_CREDIT_TAIL_CHARS:]


def _agency_credit(text: str, knowledge: Knowledge) -> bool:
    """A line ending in a credit that names an agency (``(Photo: Anna Berg/
    Reuters)``): a photographer's name alone is no proof (a shop's product
    line ends ``(Latest Model)``, which has a name's shape)."""
    credit = split_credit(text, knowledge=knowledge)[1]
    return credit is not None and parse_credit(credit, knowledge=knowledge).agency is not None


def _page_breaks(lines: list[Line]) -> list[int]:
    """The lines where text follows a page break (``_PAGE_BREAK_CHARS``) with
    text of the story above it: the line holding the break when text follows
    it on that line, else the next line holding text."""
    starts: list[int] = []
    pending = False
    for index, line in enumerate(lines):
        text = line.text
        if pending and text.strip(BLANK_CHARS):
            starts.append(index)
            pending = False
        found = [(text.find(c), text.rfind(c)) for c in _PAGE_BREAK_CHARS if c in text]
        if not found:
            continue
        before = text[: min(first for first, _ in found)].strip(BLANK_CHARS)
        if text[max(last for _, last in found) + 1 :].strip(BLANK_CHARS):
            if index or before:
                starts.append(index)
        else:
            pending = bool(index or before)
    return starts


def _headline_above(
    lines: list[Line], paragraphs: list[list[int]], number: int, knowledge: Knowledge
) -> int:
    """Where a story glued on at ``paragraphs[number]`` starts: at the paragraph
    above when that is a headline-like line, else at its own first line."""
    above = paragraphs[number - 1] if number else []
    if len(above) == 1 and looks_like_headline(lines[above[0]].text, knowledge):
        return above[0]
    return paragraphs[number][0]


def _glued_after_separator(
    lines: list[Line], paragraphs: list[list[int]], number: int, knowledge: Knowledge
) -> bool:
    """Do ``paragraphs[number]`` and the one after it, under a separator line,
    start a story: a headline-like line, then a paragraph of at least
    ``_GLUED_PROSE_WORDS`` words, neither of them a trailer?"""
    headline = joined_text(lines, paragraphs[number])
    prose = joined_text(lines, paragraphs[number + 1])
    return (
        len(paragraphs[number]) == 1
        and looks_like_headline(headline, knowledge)
        and _has_words(prose, _GLUED_PROSE_WORDS)
        and classify_trailer(headline, knowledge=knowledge) is None
        and classify_trailer(prose, knowledge=knowledge) is None
    )


def _place_after_writer(state: LineState, found: WireFields, knowledge: Knowledge) -> None:
    """The second of a byline's two names, a comma alone before it, read as
    where the only writer filed from when it names a place: wire copy's ``By
    Jane Roe, New Delhi`` (South Asian and Gulf services print the writer's
    city so) whose last name opens as places' names do and no person's
    (``New``, ``Port``, ``San``: :func:`~wirestory.bylines.place_shaped`) or
    is the place of the story's dateline (``ABU DHABI (Reuters) -``). Read as
    two writers, the place was a second writer. A place told by its shape
    alone says ``byline-place-after-name``: a second writer whose given name
    opens places' names too (``Santa Ono``, ``St John``) reads the same.
    ``By JANE DOE, JOHN ROE``, two writers joined by a comma (wire copy's own
    form), stays; so does the page layout's byline, which reads its own place
    (and says so). Set lookups on a byline of two names only."""
    byline = found.byline
    if (
        state.kind == "page"
        or byline is None
        or len(byline.names) != _WRITER_AND_PLACE
        or byline.organization is not None
    ):
        return
    place = byline.names[1].casefold()
    named = found.dateline is not None and any(p.casefold() == place for p in found.dateline.places)
    if not named and not place_shaped(place, knowledge=knowledge):
        line = byline_line(state, found)
        if (
            line is not None
            and not byline.names[1].isupper()
            and place_after_name(byline, knowledge=knowledge) is not None
        ):
            # "By Jane Roe, Abu Dhabi" with no dateline naming the place:
            # two writers, or the writer and where they filed from, read the
            # same (the page layout reads the place and says so). Names in
            # capitals, "By JANE DOE, JOHN ROE", are wire copy's own list.
            state.problems.append(
                Problem(
                    "byline-place-after-name",
                    f"{byline.names[1]!r} after the writer's name and a comma is read as a "
                    "second writer; where the writer filed from reads the same",
                    line,
                )
            )
        return
    split = place_after_name(byline, knowledge=knowledge)
    if split is not None:
        found.byline = split
        state.byline_found = split
        line = byline_line(state, found)
        if not named and line is not None:
            # "By Jane Roe, Santa Ono", "By Jane Roe, St John": a second
            # writer whose given name opens places' names too reads the same
            # (the page layout says so alike); a dateline naming the place
            # leaves no doubt.
            state.problems.append(place_after_name_problem(split, line))


# A byline's two names: the writer's and, after a comma, maybe the place.
_WRITER_AND_PLACE = 2


def _correspondent_city(lines: list[Line], state: LineState, found: WireFields) -> None:
    """Drop a Korean correspondent's "name" that is the city of the post
    (``하노이 특파원``, the Hanoi correspondent: the city opens with a family
    name's syllable, so :func:`~wirestory.bylines.script_byline` read it as a
    name): the story's dateline names it as its place, or its paragraphs
    write it before ``에서`` ("in, at": ``하노이에서 열린 …``), which follows a
    place or a body, never a person. The byline keeps its line, no writer.
    A string test on the byline first: only a correspondent's."""
    byline = found.byline
    if byline is None or not byline.names or not byline.raw.rstrip().endswith("특파원"):
        return
    places = set(found.dateline.places) if found.dateline is not None else set()
    text = "\n".join(lines[number].text for paragraph in state.paragraphs for number in paragraph)
    names = tuple(name for name in byline.names if name not in places and f"{name}에서" not in text)
    if names != byline.names:
        found.byline = attrs.evolve(byline, names=names)


def _flag_word_as_organization(
    lines: list[Line], state: LineState, found: WireFields, knowledge: Knowledge
) -> None:
    """Say so (``byline-organization-may-be-word``) when a byline's
    organisation is one capitalised word after the names' comma that the
    story's own paragraphs write in small letters (``By Jane Roe, New`` over
    "… the new branch …"; ``Local``, ``Latest``): an outlet's or an agency's
    name (``Reuters``, ``Bloomberg``) is never a word the prose writes so; a
    title's or an outlet's word (``Staff``, ``Daily``, ``Post``:
    ``Knowledge.byline_title_words``, ``outlet_words``), a known agency or a
    writer's title are left alone. A byline a story, then one search of
    its paragraphs."""
    byline = found.byline
    word = byline.organization if byline is not None else None
    if (
        byline is None
        or word is None
        or not byline.names
        or not word.isalpha()
        or not word.istitle()
        or not byline.raw.rstrip().endswith(f", {word}")
    ):
        return
    folded = word.casefold()
    if (
        # A known agency whose name is a word too ("Antara", Indonesian
        # "between"; "Belga": Knowledge.dateline_agencies) is the
        # organisation whatever the prose writes.
        folded in agency_spellings(knowledge)
        or any(
            folded == alias.casefold()
            for agency in knowledge.dateline_agencies
            for alias in agency.aliases
        )
        # "By Jane Roe, Agencies" over "… government agencies …".
        or names_the_wires(word)
        or folded in knowledge.byline_title_words
        or folded in knowledge.outlet_words
        or names_a_writer(word, knowledge=knowledge)
    ):
        return
    small = re.compile(rf"\b{re.escape(word.lower())}\b")
    if not any(
        small.search(lines[number].text) for paragraph in state.paragraphs for number in paragraph
    ):
        return
    line = byline_line(state, found)
    if line is None:
        return
    state.problems.append(
        Problem(
            "byline-organization-may-be-word",
            f"{word!r} after the writer's name and a comma is read as the byline's "
            "organisation; the story writes it as a word in small letters: it may be none",
            line,
        )
    )


def byline_line(state: LineState, found: WireFields) -> int | None:
    """Index of the story's byline line: the layout's header byline, else the one
    enrichment read from the body's first paragraph (None when neither)."""
    return state.byline[0] if state.byline else found.byline_line


def enrich(lines: list[Line], state: LineState, options: ParseOptions) -> WireFields:
    """Take advisories, byline, dateline and trailers out of the body paragraphs."""
    found = WireFields()
    _advisories(lines, state, found, options)
    _flag_withdrawal(lines, state)
    _byline(lines, state, found, options)
    _flag_phrase_names(lines, state, found, options.knowledge)
    _headline_in_body(lines, state)
    _caption_in_body(lines, state)
    _dateline(lines, state, found, options)
    _flag_unread_cable(lines, state, found)
    _flag_word_before_agency(lines, state, found, options.knowledge)
    _flag_word_as_place(lines, state, found, options.knowledge)
    _place_after_writer(state, found, options.knowledge)
    _flag_word_as_organization(lines, state, found, options.knowledge)
    _correspondent_city(lines, state, found)
    _glued_stories(lines, state, found, options)
    _trailers(lines, state, found, options)
    _credit_contributors(lines, state, found, options)
    found.notes.sort()
    mark_subheadings(lines, state, options)
    if 0 in state.subheadings and found.byline is None and not state.byline:
        _flag_name_as_subheading(lines, state, options)
        _flag_given_names_as_subheading(lines, state, options)
    if state.kind == "page" and found.byline is None and not state.byline:
        _flag_given_names_in_header(lines, state, options)
    if state.kind == "page" and len(state.paragraphs) - 2 in state.subheadings:
        _flag_closing_teaser(lines, state, options.knowledge)
    return found


# The rules that leave a line out of the body with no field of its own: a
# photo's credit alone (no caption it credits), a line between a page's
# headline and its story, a credit under the story.
_LONE_CREDIT_RULES = frozenset(
    {"caption-credit-line", "between-headline-and-story", "credit-under-story"}
)
# The first letters of a credit for the pictures or the film (``Photographs
# by``, ``Video by``) or of an expert's review (``Medically reviewed by``,
# ``Fact checked by``, ``Reviewed by``, ``Clinically reviewed by``): the
# quick test before the trailer's patterns.
_CREDIT_LINE_FIRSTS = frozenset("PpVvMmFfRrCc")


def _credit_contributors(
    lines: list[Line], state: LineState, found: WireFields, options: ParseOptions
) -> None:
    """Read the people a line out of the body credits for the story's
    pictures or film (``Photographs by Ana Diaz``, ``Photos by``,
    ``Photography by``, ``Video by``: a page's header or the line under the
    story) or for its review (``Medically reviewed by Ana Diaz, MD``: a health
    site's header) as contributors (``photography``, ``video``,
    ``reviewing``). The line was taken out of the body as a photo's credit
    with no caption, or as the header's furniture, and landed in no field:
    the photographer was lost, silently. A credit of a caption is the
    caption's (``Caption.credit``)."""
    # A page's byline line may hold the reviewer's credit between its parts
    # ("Medically reviewed by Ana Diaz, MD — Written by Tom Hale — …").
    if state.kind == "page":
        for index in state.byline:
            credited = header_credits(lines[index].text, options.knowledge)
            if credited is not None:
                found.contributors += credited[1]
    # Most stories hold no such line: one pass over the rules in C first.
    if _LONE_CREDIT_RULES.isdisjoint(state.rules):
        return
    credits = set(state.caption_credits.values())
    rules = state.rules
    # The few lines of those rules are picked in C, not walked a line at a time.
    for index in compress(range(len(rules)), map(_LONE_CREDIT_RULES.__contains__, rules)):
        if index in credits:
            continue
        text = lines[index].text.strip()
        # A picture's credit names its role before ``by``: a line without
        # the word ("PA Media", "Photo: Reuters") is no such credit.
        if text[:1] not in _CREDIT_LINE_FIRSTS or "by" not in text.casefold():
            continue
        trailer = classify_trailer(text, knowledge=options.knowledge)
        later: tuple[Contributor, ...] = ()
        if trailer is None:
            # Two credits on one line of the header (``Reviewed by Jane Roe |
            # Photographs by Tom Bay``): each part read as a line of its own.
            # A credit beside the header's date or reading time (``Photographs
            # by Tom Bay | Updated March 4, 2025``) is read so too.
            parts = credit_parts(text, options.knowledge, partial(header_stamp, options.knowledge))
            if parts is None:
                continue
            text, trailer = parts[0]
            later = tuple(person for _, other in parts[1:] for person in other.contributors)
        if not trailer.contributors:
            continue
        if _review_byline(text, state, found, rules[index]):
            # A book's or a show's review under its headline, no other
            # byline: ``Reviewed by Jane Roe`` is the critic's byline (the
            # writer was a ``reviewing`` contributor and the story had no
            # byline, silently). An expert's check names its kind
            # (``Medically reviewed by``, ``Fact checked by``) or their
            # credentials after a comma (``Reviewed by Jane Roe, RN``).
            found.byline = Byline(
                raw=text,
                names=tuple(contributor.name for contributor in trailer.contributors),
                organization=None,
            )
            found.byline_line = index
            state.claim(index, Role.BYLINE, "byline")
            found.contributors += later
            continue
        if all(contributor.role in CREDIT_LINE_ROLES for contributor in trailer.contributors):
            found.contributors += trailer.contributors + later


def _review_byline(text: str, state: LineState, found: WireFields, rule: str) -> bool:
    """Is ``text``, a line of a page's header between its headline and its
    story, a bare ``Reviewed by`` and names (no comma: no credentials), on
    a page whose story has no byline otherwise?"""
    return (
        state.kind == "page"
        and rule == "between-headline-and-story"
        and found.byline is None
        and not state.byline
        and text[:12].casefold() == "reviewed by "
        and "," not in text
    )


# Story paragraphs above a closing heading and its blurb: with fewer, the
# heading is the story's own first subheading as likely as another story's.
_PARAGRAPHS_OVER_TEASER = 2
# The story's paragraphs above a closing heading whose words its sentence is
# held against.
_CLOSING_STORY_PARAGRAPHS = 4


def _flag_closing_teaser(lines: list[Line], state: LineState, knowledge: Knowledge) -> None:
    """Say so (``closing-heading-may-be-teaser``) when a page's story ends in
    a subheading over one paragraph of one line and one sentence of
    ``_SHORT_PARAGRAPH_WORDS`` words at most (``Council to review bus fares``
    / ``The council will review the fares of its bus routes in May.`` under
    the story): another story's teaser, its headline and its blurb printed
    under the story, reads the same as the story's last section. Not when the
    layout read that paragraph as the writer's bio (``About the author`` /
    ``Jane Roe is a former city engineer …``: ``author-bio-in-body``)."""
    paragraphs = state.paragraphs
    heading = len(paragraphs) - 2
    if heading < _PARAGRAPHS_OVER_TEASER or len(paragraphs[-1]) != 1:
        return
    last = paragraphs[-1][0]
    text = lines[last].text.strip()
    if _has_words(text, _SHORT_PARAGRAPH_WORDS) or any(
        break_.group(1).isupper() for break_ in _SENTENCE_BREAK.finditer(text[:-1])
    ):
        return
    # The writer's bio under an "About the author" heading closes a column so:
    # the layout has said what the paragraph may be (author-bio-in-body).
    if any(p.index == last and p.code == "author-bio-in-body" for p in state.problems):
        return
    index = paragraphs[heading][0]
    # "What happens next?" / "The council will meet again in May to vote on
    # the plan …": a signpost its sentence does not repeat, over the story's
    # own words, is the story's last section; a teaser's blurb tells its
    # headline again.
    above = [
        joined_text(lines, paragraph)
        for paragraph in paragraphs[max(0, heading - _CLOSING_STORY_PARAGRAPHS) : heading]
    ]
    if closing_section_goes_on(
        lines[index].text,
        text,
        above,
        knowledge,
        in_series=_heading_in_series(lines, paragraphs[:heading], lines[index].text),
    ):
        return
    state.problems.append(
        Problem(
            "closing-heading-may-be-teaser",
            f"the story ends in the subheading {lines[index].text.strip()[:60]!r} over one "
            "short sentence: another story's teaser (its headline and its blurb) printed "
            "under the story reads the same",
            index,
        )
    )


def _heading_in_series(lines: list[Line], above: list[list[int]], heading: str) -> bool:
    """Does one of the story's paragraphs ``above`` a closing ``heading`` read
    as a subheading of the same series: one line of at most
    ``_SERIES_HEADING_WORDS`` words, ending in no sentence's mark, opening
    with the heading's first word (an explainer's ``What we know`` / ``What
    we don't know`` over ``What happens next``)? A teaser's headline printed
    under the story opens as none of the story's own headings; the
    explainer's last section said ``closing-heading-may-be-teaser``
    (alarms60). The story's first paragraph is no heading."""
    first = heading.split()[:1]
    if not first:
        return False
    opening = first[0].casefold()
    for paragraph in above[1:]:
        if len(paragraph) != 1:
            continue
        words = lines[paragraph[0]].text.split()
        if (
            0 < len(words) <= _SERIES_HEADING_WORDS
            and words[0].casefold() == opening
            and words[-1][-1:] not in _SERIES_HEADING_ENDS
        ):
            return True
    return False


# The most words of a subheading of an explainer's series, and the marks
# none of them ends in (a question's mark is a heading's: "Why now?").
_SERIES_HEADING_WORDS = 8
_SERIES_HEADING_ENDS = frozenset(".!…,;")


# A sentence's end inside a paragraph: an end mark, a space and a capital,
# of any alphabet (``… in May. Åsa Berg said …``); the letter is told a
# capital by str.isupper.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]? +([^\W\d_])")


def _flag_given_names_as_subheading(
    lines: list[Line], state: LineState, options: ParseOptions
) -> None:
    """Say so (``byline-given-names-only``) when the story's first paragraph,
    read as a subheading, opens with a byline's opener over given names
    (``By Jane and Tom``) or a given name before a name of three words
    (``Por Ana y Juan Pérez García``: Spanish, two family names that Ana may
    share): no writer is read from them, and the form does not tell the
    writers' line from a section's heading (``By Land and Sea``)."""
    index = state.paragraphs[0][0]
    if len(state.paragraphs[0]) != 1:
        return
    text = lines[index].text.strip()
    if not given_names_byline(text, knowledge=options.knowledge):
        return
    state.problems.append(
        Problem(
            "byline-given-names-only",
            f"the story's first line under its headline, {text!r}, opens with a byline's "
            "opener over given names (or a given name whose family names may be shared), "
            "was read as a subheading of the body: it may be the story's byline",
            index,
        )
    )


def _flag_given_names_in_header(lines: list[Line], state: LineState, options: ParseOptions) -> None:
    """The same doubt (``byline-given-names-only``) for a page with no byline
    whose header left such a line under the headline out as furniture
    (``between-headline-and-story``): the writers, if it names them, were
    dropped with no word. The first such line only."""
    for index, rule in enumerate(state.rules):
        if rule == "between-headline-and-story" and given_names_byline(
            lines[index].text.strip(), knowledge=options.knowledge
        ):
            state.problems.append(
                Problem(
                    "byline-given-names-only",
                    f"the line under the headline {lines[index].text.strip()!r} opens with a "
                    "byline's opener over given names (or a given name whose family names may "
                    "be shared) and was left out as the page's furniture: it may be the "
                    "story's byline",
                    index,
                )
            )
            return


# A writer's name alone on its line is this many words at most.
_NAME_ALONE_WORDS = 3
# A sentence's last character, closing quotes included.
_SENTENCE_ENDS = frozenset('.!?"”’')


def _flag_name_as_subheading(lines: list[Line], state: LineState, options: ParseOptions) -> None:
    """Say so (``name-as-subheading``) when the story's first paragraph, read
    as a subheading, is a person's name alone (``Ferry fares to rise`` /
    ``Tom Hale`` / the story): a writer's name under the headline with no
    ``By`` reads the same as a section's heading, and the name went into the
    body with no byline."""
    index = state.paragraphs[0][0]
    text = lines[index].text.strip()
    if len(text.split(None, _NAME_ALONE_WORDS)) > _NAME_ALONE_WORDS or len(state.paragraphs) < 2:
        return
    # The story's prose right under the name: a sentence. A name over its
    # book's publisher and price (``Vale Books, $18.99; ages 5-8``) or over its
    # bearer's title (``Chief economist, Vale Bank``) heads an entry of a list.
    if lines[state.paragraphs[1][-1]].text.rstrip()[-1:] not in _SENTENCE_ENDS:
        return
    found = page_person_names(text, knowledge=options.knowledge)
    if (
        found is None
        or found.organization is not None
        # "Mill Street", "Cape Town": a place's name heads its section.
        or place_shaped(text, knowledge=options.knowledge)
    ):
        return
    state.problems.append(
        Problem(
            "name-as-subheading",
            f"the story's first line under its headline, {text!r}, a person's name alone, "
            "was read as a subheading of the body: it may be the story's byline, printed "
            "without 'By'",
            index,
        )
    )
