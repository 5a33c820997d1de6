"""The wire layout: a headline, then a byline and photo captions, then the body.

The shape of agency copy and of most scraped story text::

    Ad sales boost Time Warner profit        headline
    By JANE DOE                              byline
    Associated Press                         byline
    A diver on the quay. (Roman Garba via AP)  caption-with-credit
    WASHINGTON (AP) — Quarterly profits ...  dateline, body

It is chosen when a story's first line looks like a headline: short, not a
sentence ending in a full stop, not a byline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import regex

from wirestory.bylines import (
    Byline,
    catalan_writers,
    dated_place_after_name,
    find_byline,
    find_page_byline,
    is_organization_line,
    names_hold_function_words,
    organization_under,
    outlet_may_be_writer,
    page_person_names,
    person_names,
    script_byline,
    signature_may_be_writer,
    title_outlet_may_be_surname,
    writer_for_outlet,
)
from wirestory.captions import (
    CAPTION_MAX_WORDS,
    CAPTION_MIN_WORDS,
    QUOTE_MARKS,
    credit_mark,
    credit_names_no_one,
    credit_names_someone,
    ends_in_named_parenthesis,
    is_credit_line,
    is_page_caption,
    page_credit_split,
    parse_credit,
    photo_label_words,
    source_before_agency,
    split_credit,
)
from wirestory.datelines import find_dateline, more_than_place
from wirestory.knowledge import DEFAULT_KNOWLEDGE, Knowledge
from wirestory.layouts.page import (
    HOST_NAME,
    author_bio_at_end,
    author_box_at_end,
    claim_credit_under_story,
    flag_pull_quotes,
    flag_signed_caption,
    generic_caption_narrates,
    is_date_line,
    is_reading_time,
    live_blog_stamp,
    name_may_be_phrase,
    name_over_date,
    name_phrase_problem,
    outlet_may_be_writer_problem,
    place_after_name_problem,
    surname_as_word_problem,
    unframed_byline_problem,
    written_with_two_family_names,
)
from wirestory.lines import Line, is_blank, joined_text, line_key, opens_small, word_count
from wirestory.model import Role
from wirestory.options import ParseOptions
from wirestory.paragraphs import claim_body, runs_to_prose
from wirestory.state import LineState, Problem, skip_blanks
from wirestory.trailers import find_advisory, is_speech_word, signed_off_report

__all__ = [
    "caption_with_credit",
    "credit_alone",
    "credit_alone_may_be_title",
    "detect",
    "export_count",
    "front_date_line",
    "is_reading_time",
    "is_slug",
    "looks_like_headline",
    "may_end_in_credit",
    "opens_record",
    "read",
]

# A wire headline is rarely longer than this (AP's longest run near 20 words).
_HEADLINE_MAX_WORDS = 30
# A first line longer than this, ending in no full stop, is read as the
# headline but said to be doubtful: a headline that long is rare, and a lead
# paragraph whose full stop was lost (``Ferry crews walked out on Monday …,
# leaving thousands stranded``) or a quotation cut at the end of its line
# reads the same.
_HEADLINE_DOUBT_WORDS = 20

# A wire service's keyword slug over the headline, one token of a desk's code
# in capitals and words joined by hyphens (or slashes), maybe a comma and a
# version and word count after it: ``BC-EU-Grain-Prices,0412``,
# ``BC-US--Election-Results,1st Ld-Writethru,0842``, ``US-CHINA-TRADE/TARIFFS``.
# At least three parts, so a hyphenated headline word (``Covid-19``) is none.
# What follows a comma or a space is a version or a count (``1st Ld-Writethru``,
# ``0412``, ``AM-Cyprus-Talks 1stLd-Writethru``): codes, each token holding a
# digit or a hyphen; after a comma, one token may be a word (``Advisory``).
# Words after it (``NATO-EU-US, allies meet in Brussels``, ``… in 2026``: a
# digit among words is no code) are a headline's, not a slug's.
# A desk's topic code of two capital parts and a slash (``SPORTS-FOOTBALL/ENGLAND``,
# ``HEALTH-CORONAVIRUS/``): one token in capitals only, a hyphen and a slash in
# it; no headline is written so. It was the headline, the headline its deck.
# The Press Trust of India's slug line: a desk's code of capitals and the
# take's number, then a keyword in capitals of parts joined by hyphens
# (``DEL45 LAW-COURTS``, ``BOM12 BIZ-MARKETS``), a part may hold digits after
# its first capital (``DEL12 COP28-CLIMATE``: it was the headline, silently);
# a headline in capitals holds more words and no code glued to its digits
# (``G20 LEADERS MEET``).
# Linear: possessive runs, fullmatch from one position.
_SLUG_CODE = r"[^,\s\d-]{0,40}+[\d-][^,\s]{0,40}+"
_PTI_SLUG_FORM = r"\p{Lu}{2,4}+\d{1,4}+\ \p{Lu}[\p{Lu}\d]{1,19}+(?:-\p{Lu}[\p{Lu}\d]{1,19}+)++"
_SLUG = regex.compile(
    r"\p{Lu}{2,5}+(?:-{1,2}+[\p{L}\p{N}&'’./]++){2,}+"
    rf"(?:(?:,\ ?+|\ ){_SLUG_CODE}(?:\ {_SLUG_CODE}){{0,3}}+|,\ ?+[^,\s]{{1,40}}+){{0,3}}+"
    r"|\p{Lu}{2,20}+(?:-\p{Lu}[\p{Lu}\p{N}]{0,30}+)++(?:/[\p{Lu}\p{N}-]{0,30}+)++"
    rf"|{_PTI_SLUG_FORM}"
)
# PTI's slug line alone: a headline in capitals of a code glued to its digits
# and hyphenated words (``COP28 CLIMATE-DEAL``, ``MH17 CRASH-PROBE``) has its
# form, the desk's code of letters and digits reading like any such code.
_PTI_SLUG = regex.compile(_PTI_SLUG_FORM)


def is_slug(text: str) -> bool:
    """Is ``text`` (a stripped line) a wire service's keyword slug
    (``BC-EU-Grain-Prices,0412``, ``DEL45 LAW-COURTS``)?"""
    # Every form of a slug holds a hyphen (``AM-Cyprus-Talks``,
    # ``SPORTS-FOOTBALL/ENGLAND``): a line without one is told without the
    # pattern.
    return "-" in text and _SLUG.fullmatch(text) is not None


def looks_like_headline(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A wire headline: short, not a sentence ending in a full stop, not a byline.

    ``Ad sales boost Time Warner profit`` is one; a caption (``People walk past
    the exchange in Mumbai May 13, 2014.``) or a lead paragraph is not.
    """
    stripped = text.strip()
    # Split no further than one word past a headline's most: a lead
    # paragraph (every headless story's first line is asked) is turned down
    # without cutting all its words.
    words = stripped.split(None, _HEADLINE_MAX_WORDS)
    return (
        0 < len(words) <= _HEADLINE_MAX_WORDS
        and stripped[-1] not in knowledge.full_stops + knowledge.clause_ends
        and find_byline(stripped, knowledge=knowledge) is None
    )


def _wire_front_matter(
    lines: list[Line], start: int, state: LineState, options: ParseOptions
) -> int:
    """Claim bylines and photo captions between a wire headline and its body.

    AP pages print ``By NAME, ...`` then ``Associated Press``; scraped pages put
    the photo captions, each ending in a credit such as ``(Roman Garba via AP)``,
    right under the headline. A caption here must have a credit that names an
    agency or a photographer: a plain first paragraph never becomes a caption.
    Returns where the body starts.
    """
    knowledge = options.knowledge
    index = start
    limit = min(len(lines), start + options.max_header_lines)
    body_start = start
    byline: Byline | None = None  # the last byline line and the lines under it
    while index < limit:
        text = lines[index].text
        if is_blank(text):
            state.claim(index, Role.BLANK, "blank")
            index += 1
            continue
        if (
            not state.byline
            and all(is_blank(lines[k].text) for k in range(start, index))
            and _kicker_shape(text, knowledge) is True
            and _line_below(lines, index) is not None
        ):
            # "Headline" / "ANALYSIS" / "Deck" / "By Jane Roe": a label of the
            # story's kind printed under the headline, as over it; read as a
            # paragraph, it ended the front matter there, the deck and the
            # byline read as the body's (the deck said a story's boundary).
            state.claim(index, Role.FURNITURE, "kicker")
            index += 1
            body_start = index
            continue
        under = (
            organization_under(byline, text, knowledge=knowledge)
            if byline is not None and state.byline[-1] == index - 1
            else None
        )
        found = find_byline(text, knowledge=knowledge) or under
        if found is not None:
            byline = found
            state.byline.append(index)
            state.claim(index, Role.BYLINE, "byline")
            split = (
                dated_place_after_name(found, knowledge=knowledge)
                if len(state.byline) == 1 and state.byline_found is None
                else None
            )
            if split is not None:
                # "By Jane Roe, New Delhi, Nov 19": the writer, the place
                # they filed from and the date; two writers joined by a
                # comma, then the date, read the same (but after "and").
                byline = state.byline_found = split
                if len(split.names) == 1:
                    state.problems.append(place_after_name_problem(split, index))
            elif outlet_may_be_writer(found, knowledge=knowledge):
                state.problems.append(outlet_may_be_writer_problem(found, index))
            elif signature_may_be_writer(found, knowledge=knowledge) or title_outlet_may_be_surname(
                found, knowledge=knowledge
            ):
                # "By Tom Times": the outlet, or a writer surnamed "Times";
                # "By Mary Jane Times Staff Writer": the same, or a title.
                state.problems.append(surname_as_word_problem(found, index))
        elif not state.byline and (
            (page_byline := _page_byline(text, knowledge)) is not None
            # "Jane Roe for The Vale Post": the writer and the outlet they
            # file for, no "By"; it was a deck or the body's first paragraph.
            or (page_byline := writer_for_outlet(text, knowledge=knowledge)) is not None
        ):
            # A scraped story's byline with its date (``By Jane Roe | Dec. 3,
            # 2026``): the page's form, read as the page layout reads it.
            byline = state.byline_found = page_byline
            state.byline.append(index)
            state.claim(index, Role.BYLINE, "byline")
            if writer_for_outlet(text, knowledge=knowledge) is not None:
                state.problems.append(unframed_byline_problem(text, index))
            elif title_outlet_may_be_surname(page_byline, knowledge=knowledge):
                # "By Mary Jane Times Staff Writer": a title, or a surname.
                state.problems.append(surname_as_word_problem(page_byline, index))
        elif not state.byline and (named := _name_over_date_line(lines, index, knowledge)):
            # "Jane Roe" / "March 4, 2025": a scrape of an article's text
            # prints the writer's name with no "By" over the story's date; it
            # was the body's first paragraph, the date glued under it.
            byline = state.byline_found = named
            state.byline.append(index)
            state.claim(index, Role.BYLINE, "byline-over-date")
            headline = lines[state.headline].text if state.headline is not None else ""
            if name_may_be_phrase(
                named,
                headline,
                knowledge,
                two_family_names=written_with_two_family_names(lines, index + 1, knowledge),
            ):
                # "Floods Hit Towns" / "March 4, 2025": a kicker over the date
                # reads as a name of three words; the page layout says the same.
                state.problems.append(name_phrase_problem(text, index))
        elif front_date_line(text, knowledge) or (state.byline and _day_month_year(text)):
            state.claim(index, Role.FURNITURE, "wire-date-line")
        elif is_reading_time(text):
            state.claim(index, Role.FURNITURE, "reading-time")
        elif _JUMP_FROM.fullmatch(text.strip()) is not None:
            # "FERRY" / "From Page A1": a print page's jump head over the rest
            # of a story begun on another page (an e-paper's or a scan's
            # text); it was the body's first paragraph.
            state.claim(index, Role.FURNITURE, "print-jump")
        elif credit_alone(text, knowledge):
            # "Photo by Jane Roe", "Foto di ANSA" under the headline: the credit
            # of a photo whose caption the scrape left out (the page layout
            # reads it so); it was the body's first paragraph, or a subheading.
            state.claim(index, Role.CAPTION, "caption-credit-line")
        elif any(line_key(text) == line_key(lines[c].text) for c in state.captions):
            # Scraped pages repeat a caption, not always on the next line.
            state.claim(index, Role.DUPLICATE, "caption-shown-again")
        elif state.headline is not None and line_key(text) == line_key(lines[state.headline].text):
            # The headline shown again, exactly: a header repeated without its
            # captions (``Storm Hits Coast`` / blank / ``Storm Hits Coast``), or
            # a page's title over its headline. Never a paragraph.
            state.claim(index, Role.DUPLICATE, "repeated-headline")
        elif (
            (
                # The line's credit found once, asked both readings.
                credit_names_someone(
                    credit := split_credit(text, knowledge=knowledge)[1], knowledge=knowledge
                )
                # "Crowds gather outside the court (Handout)", "… — Supplied"
                # under the headline: a photo's caption whose credit names no
                # one; a deck or a lead never ends in one.
                or (
                    len(text.split()) > CAPTION_MIN_WORDS
                    and credit_names_no_one(credit, knowledge=knowledge)
                    # "Tickets will be sold from Friday - Online": a deck's
                    # or a lead's sentence ending in the word, as before.
                    and not generic_caption_narrates(text, knowledge)
                )
            )
            and not _opens_lead(lines, index, knowledge)
            # "… overnight, officials said. — AFP": the lead, signed off.
            and not signed_off_report(text, knowledge=knowledge)
            # "Per Jordi Puig (EFE)" over a Catalan story: its writer and
            # agency, read as the byline (a string test first).
            and catalan_writers(text, (line.text for line in lines), knowledge=knowledge) is None
        ):
            state.captions.append(index)
            state.claim(index, Role.CAPTION, "caption-with-credit")
        elif _deck_over_byline(lines, index, state, knowledge):
            state.standfirst = index
            state.claim(index, Role.STANDFIRST, "deck-over-byline")
            _flag_section_over_deck(lines, state)
            if is_page_caption(text, knowledge=knowledge):
                # "Passengers board the ferry at dawn. © Jane Roe": a photo's
                # caption with its credit in a page's form, which wire copy's
                # captions do not read, has a deck's shape too.
                state.problems.append(
                    Problem(
                        "standfirst-may-be-caption",
                        "the line over the byline, read as the story's deck (the "
                        "standfirst), ends like a photo's caption with its credit",
                        index,
                    )
                )
        else:
            break
        index += 1
        body_start = index
    return body_start


def detect(lines: Sequence[Line], start: int, options: ParseOptions) -> int | None:
    """``start`` when the story's first line looks like a wire headline, else None.

    Two first lines that are short and end in no full stop are still no
    headline: a lead paragraph pasted without its headline that opens with
    its dateline and a sentence (``LONDON (Reuters) - Heavy rain closed roads``, cut at the
    end of a line), and the first line of a hard-wrapped paragraph (``Heavy
    rain closed roads across the valley`` / ``and the hills, officials
    said.``). Read as a headline, the first would lose its dateline and the
    second would leave half a sentence at the top of the body, both silently;
    read as headless, the dateline is found and the paragraph stays whole.
    """
    text = lines[start].text
    knowledge = options.knowledge
    if not looks_like_headline(text, knowledge):
        # A kicker over the headline or lead (``EXCLUSIVE:``), or a note to
        # editors over the headline: read() sets them apart.
        if _kicker(lines, start, knowledge) is not None:
            return start
        return start if _note_over_headline(lines, start, knowledge) else None
    if _wrapped_paragraph(lines, start, knowledge):
        return None
    if signed_off_report(text, knowledge=knowledge):
        # A lead reporting speech, an agency's sign-off glued on (``…,
        # officials said. — AFP``): it ends in no full stop, as a headline
        # does, but holds a sentence's end before its sign-off.
        return None
    if may_end_in_credit(text) and caption_with_credit(text, knowledge) is True:
        return None  # a photo's caption above the story: headless, which claims it
    if credit_alone(text, knowledge):
        return None  # "Photo by Jane Roe" over the story: headless claims the credit
    dateline = find_dateline(text.lstrip(), knowledge=knowledge)
    # A sentence follows the dateline, in lower case: a headline in capitals
    # with a spaced dash (``U.S. CORPORATE FINANCE - COMPANIES ON SIDELINES``)
    # has the shape of a dateline in capitals but no lower-case word after it.
    if dateline is not None and any(c.islower() for c in text.lstrip()[dateline.length :]):
        return None
    if dateline is None and _dateline_over_dash(lines, start, knowledge):
        return None  # "OSLO (Reuters)" / "- The ferry …": a lead, its dateline's line broken
    return start


# How far down a paragraph's lines are followed to find where it ends: a lead
# paragraph wrapped at 60 to 80 columns is rarely longer than this.
_WRAPPED_MAX_LINES = 12


def credit_alone(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Is ``text`` a photo's credit alone with its label (``Photo by Jane
    Roe``, ``Photo: Jane Roe``, ``Foto di ANSA``:
    :func:`~wirestory.captions.credit_mark` and
    :func:`~wirestory.captions.is_credit_line`), the photo's caption not in
    the text? Such a line is no headline and no paragraph. The anchored
    label's match first: most lines open with none."""
    return credit_mark(text, knowledge=knowledge) is not None and is_credit_line(
        text, knowledge=knowledge
    )


def credit_alone_may_be_title(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """Is ``text``, a photo's credit alone (:func:`credit_alone`), a label and
    a colon before a name no common given name opens and naming no agency
    (``Photos: Election Night``, ``PHOTOS: Harbourton Marathon``)? A
    gallery's headline is written so as often as a photographer's credit
    (``Photos: Jane Roe``, ``Photo by Khaled Desouki``: a ``by`` names a
    person)."""
    mark = credit_mark(text, knowledge=knowledge)
    if mark is None or not mark.group().rstrip().endswith(":"):
        return False
    found = parse_credit(text[mark.end() :].strip(), knowledge=knowledge)
    name = found.photographer
    return (
        found.agency is None
        and name is not None
        and name.split()[0].casefold() not in knowledge.given_names
    )


def may_end_in_credit(text: str) -> bool:
    """Could ``text`` end in a photo's credit: a bracket closing it (``…
    (Photo: Anna Berg/Reuters)``), or a slash near its end (``… on
    Tuesday. REUTERS/Anna Berg``, ``… Anna Berg/AFP``: the Reuters and Getty
    form, with no bracket; the first line of a scraped story opening with its
    photo's caption in that form was read as the headline, silently). A cheap
    test before :func:`caption_with_credit`."""
    stripped = text.rstrip()
    if stripped[-1:] == ")":
        return True
    return "/" in stripped[-_CREDIT_TAIL:]


# A credit with a slash (``REUTERS/Anna Berg-Lindqvist``) ends a line within
# this many characters.
_CREDIT_TAIL = 40


def caption_with_credit(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool | None:
    """Is a story's first line a photo's caption (True), may it be one (None),
    or not (False)?

    A scraped story may open with its photo's caption, the credit at its end
    (``Ferry crews on the quay in Oslo on Monday. (Photo: Anna Berg/Reuters)``):
    short and ending in no full stop, it has a headline's shape. A caption is
    a sentence: its text before a credit naming an agency or a photographer
    ends in a full stop and holds at least ``CAPTION_MIN_WORDS`` words. Without
    the full stop, a credit naming a photographer (``… on Monday (Anna
    Berg/Reuters)``) may be a caption's; an agency alone after a headline
    (``Storm hits coast (Reuters)``: a feed's title) is no doubt.

    >>> caption_with_credit("Crews on the quay in Oslo. (Photo: Anna Berg/Reuters)")
    True
    >>> caption_with_credit("Storm hits coast (Reuters)")
    False
    """
    caption, credit = split_credit(text.strip(), knowledge=knowledge)
    if credit is None or signed_off_report(text, knowledge=knowledge):
        # A lead reporting speech, an agency's sign-off glued on (``…,
        # officials said. — AFP``), is no caption.
        return False
    # "… on Monday. (Egyptian Presidency) (AFP)": the text ends before the source.
    caption, credit = source_before_agency(caption, credit, knowledge=knowledge)
    parsed = parse_credit(credit, knowledge=knowledge)
    if parsed.agency is None and parsed.photographer is None:
        return False
    if parsed.agency is not None and ends_in_named_parenthesis(caption, knowledge=knowledge):
        # "… on Monday. (Khaled Desouki) (AFP)": a photographer's name before
        # the agency, or a party's: it may be a caption (it was a headline
        # with no doubt said).
        return None
    caption = caption.rstrip()
    if len(caption.split()) >= CAPTION_MIN_WORDS and caption[-1:] in knowledge.full_stops:
        return True
    return None if parsed.photographer is not None else False


def _wrapped_paragraph(lines: Sequence[Line], start: int, knowledge: Knowledge) -> bool:
    """Is ``lines[start]`` the first line of a hard-wrapped paragraph? The line
    under it goes on in lower case (``and the hills, officials said.``; not a
    byline) and the block of lines ends a sentence. A headline wrapped over two
    lines (``Storm floods northern towns as rivers`` / ``burst their banks``)
    ends in none, and stays a headline."""
    following = start + 1
    if following >= len(lines):
        return False
    second = lines[following].text.strip()
    if not second[:1].islower() or find_byline(second, knowledge=knowledge) is not None:
        return False
    last = second
    for index in range(following + 1, min(len(lines), following + _WRAPPED_MAX_LINES)):
        text = lines[index].text.strip()
        if is_blank(text):
            break
        last = text
    return last.rstrip(knowledge.closing_quotes)[-1:] in knowledge.sentence_ends


def read(
    lines: list[Line], start: int, found: int | None, state: LineState, options: ParseOptions
) -> None:
    """Claim the headline, the front matter under it and the body.

    A wire slug above the headline (``BC-EU-Grain-Prices,0412`` over ``Grain
    prices hold steady``) is an advisory, kept in the story's notes: it was the
    headline, and the headline the body's first paragraph. Over a lead with no
    headline, the story under the slug is headless. So is a kicker over the
    headline (``ANALYSIS``): furniture, not the headline."""
    del found
    knowledge = options.knowledge
    first = _below_notice(lines, _below_date_line(lines, start, state, knowledge), state, knowledge)
    slugged = _below_slug(lines, first, state, knowledge)
    below = _below_kicker(
        lines, _below_host_name(lines, slugged, state, knowledge), state, knowledge
    )
    if below != slugged:
        # A priority word over the slug (``URGENT`` / ``BC-EU-Ferries,0321`` /
        # headline), as wire systems print a story's priority above its
        # keyword line: the slug was the headline and the headline a deck.
        below = _below_slug(lines, below, state, knowledge)
    if below != first:
        # The page's date may stand under the slug or the kicker too.
        below = _below_date_line(lines, below, state, knowledge)
    if below != start:
        start = below
        if not looks_like_headline(lines[start].text, knowledge):
            claim_body(lines, start, state)
            _claim_body_captions(lines, start, state, knowledge)
            _credit_under_story(lines, state, knowledge)
            return
    state.headline = start
    state.claim(start, Role.HEADLINE, "headline")
    text = lines[start].text
    if len(text.split(None, _HEADLINE_DOUBT_WORDS)) > _HEADLINE_DOUBT_WORDS:
        state.problems.append(
            Problem(
                "headline-may-be-lead",
                f"the first line, read as the headline, holds more than {_HEADLINE_DOUBT_WORDS} "
                "words and no full stop: it may be a lead paragraph",
                start,
            )
        )
    elif _WIRE_PREFIX.match(text) is not None:
        state.problems.append(
            Problem(
                "headline-holds-wire-prefix",
                "the headline opens with a wire's version prefix (UPDATE 2-, REFILE-): "
                "kept in the headline",
                start,
            )
        )
    elif may_end_in_credit(text) and caption_with_credit(text, options.knowledge) is None:
        state.problems.append(
            Problem(
                "headline-may-be-caption",
                "the first line, read as the headline, ends in a photographer's credit: "
                "it may be a photo's caption",
                start,
            )
        )
    elif (
        below == start
        and _kicker_shape(text, knowledge) is False
        and _line_below(lines, start) is not None
    ):
        # ``HOW WE VOTED`` and ``BREAKING NEWS`` over the lead read the same:
        # a headline in capitals, or a kicker over a story with no headline
        # (_kicker takes neither apart, as a headline in capitals is common).
        state.problems.append(
            Problem(
                "headline-may-be-kicker",
                "the headline, a few words in capitals opening with a kicker's label, "
                "may be a kicker over the story's headline or lead",
                start,
            )
        )
    elif _section_under_label(lines, start):
        # ``WORLD`` / ``Politics`` / the headline / ``By Jane Roe``: a
        # kicker over the section's name over the story's headline; the
        # headline and byline went to the body under the section's name.
        state.problems.append(
            Problem(
                "headline-may-be-kicker",
                f"the headline {text.strip()!r}, one word over another line of one word, "
                "may be a kicker over a section's name and the story's headline",
                start,
            )
        )
    elif _menu_under_headline(lines, start, knowledge):
        state.problems.append(
            Problem(
                "headline-over-menu",
                f"the headline {text.strip()!r}, a few words over "
                f"{_MENU_UNDER_HEADLINE} lines of a menu item's few words, may be a site's "
                "name over its menu: a web page read as wire copy",
                start,
            )
        )
    fields_end = _record_fields(lines, start, state)
    body_start = _wire_front_matter(
        lines,
        fields_end if fields_end > start + 1 else _headline_block(lines, start, state, knowledge),
        state,
        options,
    )
    claim_body(lines, body_start, state)
    _claim_body_captions(lines, body_start, state, options.knowledge)
    _captions_between_paragraphs(lines, state, knowledge)
    _live_blog_stamps(lines, state, knowledge)
    _credit_under_story(lines, state, knowledge)
    _byline_between_paragraphs(lines, state, knowledge)
    if state.paragraphs:
        # A scrape of an article's text without the page around it keeps the
        # author's box under the story (``Jane Roe`` / ``Senior reporter``,
        # ``Jane Roe is a senior reporter at …``) and the pull quotes between
        # its paragraphs as a page's does: read as the page layout reads them.
        writer = state.byline_found
        if writer is None and state.byline:
            writer = find_byline(lines[state.byline[0]].text, knowledge=knowledge)
        author_box_at_end(lines, state, knowledge, writer)
        author_bio_at_end(lines, state, knowledge, writer)
        flag_pull_quotes(lines, state)


# A byline alone on its line is short ("By Tom Hale", "BY JANE ROE, AP").
_BYLINE_LINE_MAX_CHARS = 80


def lone_byline(text: str, knowledge: Knowledge) -> Byline | None:
    """The byline of a short line opening with ``By`` / ``BY`` and naming
    someone (``By Tom Hale``), or None: the form of a byline printed alone
    on its line inside wire copy's body."""
    if text[:3] not in ("By ", "BY ") or len(text) > _BYLINE_LINE_MAX_CHARS:
        return None
    found = find_byline(text, knowledge=knowledge)
    return found if found is not None and found.names else None


def _byline_between_paragraphs(lines: list[Line], state: LineState, knowledge: Knowledge) -> None:
    """Say so when a ``By Tom Hale`` line stands alone between two paragraphs of
    the body's prose (``byline-inside-story``): kept where it stands, it may be
    a second story's byline (the paragraph above its headline), a contributor's
    or the story's own, printed late. Only one-line paragraphs opening with a
    byline's ``By`` are read."""
    paragraphs = state.paragraphs
    for number in range(1, len(paragraphs) - 1):
        paragraph = paragraphs[number]
        text = lines[paragraph[0]].text.strip()
        if (
            len(paragraph) != 1
            or text[-1:] in knowledge.sentence_ends
            or paragraph[0] in state.byline
            or lone_byline(text, knowledge) is None
        ):
            continue
        around = [joined_text(lines, paragraphs[near]) for near in (number - 1, number + 1)]
        if not all(
            runs_to_prose(prose) and prose.rstrip()[-1:] in knowledge.sentence_ends
            for prose in around
        ):
            continue
        state.problems.append(
            Problem(
                "byline-inside-story",
                f"{text!r} stands alone between the story's paragraphs, kept in the body: "
                "it may be a second story's byline, a contributor's or the story's own",
                paragraph[0],
            )
        )
        return


# A photo's credit alone on a line is short (``Photo: Tom Hale/Reuters``).
_CREDIT_MAX_CHARS = 80


def _credit_under_story(lines: list[Line], state: LineState, knowledge: Knowledge) -> None:
    """Take a photo's credit alone at the body's end out of it: the last
    paragraph a credit (:func:`~wirestory.layouts.page.credit_alone`: ``Jane
    Roe / AFP``, ``Photo: Tom Hale/Reuters``), or the last line of the last
    paragraph, under a line ending a sentence. It was the body's last
    paragraph, or glued to it, silently. A caption segment holding only a
    credit (``credit-under-story``); without a photo label it may sign the
    story, its writer and agency, and the story says so. A bare agency
    (``Reuter``, ``AP``) is the trailers' sign-off."""
    if len(state.paragraphs) < 2:
        return  # a story of one paragraph: no credit under it
    last = state.paragraphs[-1]
    index = last[-1]
    text = lines[index].text.rstrip()
    # Cheapest first: most stories end in a sentence, a credit in none.
    if len(text) > _CREDIT_MAX_CHARS or text[-1:] in knowledge.sentence_ends:
        return
    if len(last) > 1 and _runs_on(lines[index - 1].text, knowledge):
        return  # a wrapped paragraph's last line (``… said`` / ``Jane Roe, AP``)
    if not claim_credit_under_story(lines[index].text, index, state, knowledge):
        return
    if len(last) > 1:
        state.paragraphs[-1] = last[:-1]
    else:
        state.paragraphs.pop()


def _opens_lead(lines: list[Line], index: int, knowledge: Knowledge) -> bool:
    """Is ``lines[index]``, which ends like a credited caption, the lead's first
    line? It opens with a dateline, or goes on into the line under it in small
    letters: a hard-wrapped lead whose first line ends in an agency's name
    (``BEIJING, Oct 19 - China will cut tariffs, the news agency Xinhua`` /
    ``said on Monday.``), or a lead of one line signed off on it (``OSLO
    (Reuters) - The ferry sails. -- AP``), which were captions, the dateline
    and the lead lost from the body; or it is a dateline alone whose dash
    opens the line under it (``OSLO (Reuters)`` / ``- The ferry sails …``:
    the enrichment reads the two as one)."""
    if find_dateline(lines[index].text.lstrip(), knowledge=knowledge) is not None:
        return True
    below = index + 1
    if below < len(lines) and lines[below].text.lstrip()[:1].islower():
        return True
    return _dateline_over_dash(lines, index, knowledge)


def _dateline_over_dash(lines: Sequence[Line], index: int, knowledge: Knowledge) -> bool:
    """Is ``lines[index]`` a dateline alone whose dash opens the line right
    under it (``OSLO (Reuters)`` / ``- The ferry sails …``: a scrape broke the
    line at the dash)? The two joined read as a dateline; the enrichment
    reads them so. A headline over a lead opening with a dash reads as none,
    and a place alone (``MARKETS`` / ``- Stocks rose …``) is a section's
    label over a list as often: more than a place is wanted."""
    below = index + 1
    if below >= len(lines):
        return False
    under = lines[below].text.lstrip()
    if not under.startswith(knowledge.dateline_dashes):
        return False
    dateline = find_dateline(f"{lines[index].text.strip()} {under}", knowledge=knowledge)
    return dateline is not None and more_than_place(dateline)


# A page's byline with a date after it is short; the lead paragraph under a
# headline, which the front matter stops at, is not looked at.
_PAGE_BYLINE_MAX_CHARS = 160


def _page_byline(text: str, knowledge: Knowledge) -> Byline | None:
    """A byline in a page's form (a date, a bar, a handle after the names) that
    opens with a byline's opener (``By``, ``Por``, ``Author:``). The page's forms
    without one (``Name - Nov 19, 2019``) read a dateline's line of a
    hard-wrapped wire paragraph as a byline (``FORT WORTH, Texas, Oct 19 -
    Sept 30 end``): not here."""
    stripped = text.strip()
    if len(stripped) > _PAGE_BYLINE_MAX_CHARS:
        return None
    if stripped[:1] >= "\u05d0":
        # Hebrew and the scripts after it in Unicode (``بقلم: سارة الحسن``
        # under an Arabic article's headline): their own labels, as a page
        # reads them; the line was the body's first paragraph, silently.
        return script_byline(stripped, knowledge=knowledge)
    opener = stripped.split(None, 1)[0] if stripped else ""
    if (
        opener not in knowledge.byline_openers
        and opener not in knowledge.page_byline_openers
        # "From Mark Ellison in Madrid": find_page_byline reads "From" only
        # before names and the place they were filed from.
        and (opener != "From" or " in " not in stripped)
    ):
        return None
    return find_page_byline(stripped, knowledge=knowledge)


def _title_case(text: str) -> bool:
    """Every word of three letters or more opens in a capital (``Storm Floods
    Northern Towns``): how a headline wrapped over two lines and a headline
    over its deck both look."""
    return all(word[:1].isupper() for word in text.split() if len(word) > 3)


# A crawler's or an export's record opens with its fields, each a label and a
# value on its line: the title (the headline), then where and when it was
# fetched (``Title: …`` / ``URL: https://…`` / ``Date: 2025-03-04``).
_TITLE_LABELS: Final = frozenset({"title", "headline"})
_RECORD_LABELS: Final = frozenset(
    {"url", "link", "source", "date", "published", "updated", "modified", "fetched", "crawled"}
)
# A field's label is a word or two before its colon.
_RECORD_LABEL_MAX_CHARS = 16


def _record_label(text: str) -> str | None:
    """The label of a record's field line (``URL: https://…`` gives
    ``url``), lower-case, or None for a line of no such form."""
    label, colon, value = text.partition(":")
    if not colon or len(label) > _RECORD_LABEL_MAX_CHARS or not value.strip():
        return None
    return label.strip().casefold()


def opens_record(title: str, below: str) -> bool:
    """Do ``title`` and ``below``, two lines in a row, open a crawler's
    record: a ``Title:`` field over a field of the record (``URL: https://…``,
    ``Date: 2025-03-04``)?"""
    return _record_label(title) in _TITLE_LABELS and _record_field(below)


def _record_field(text: str) -> bool:
    """Is ``text`` a record's field under its title (a date's holds a digit,
    an address's an address)?"""
    return _record_label(text) in _RECORD_LABELS and (
        "://" in text or any(character.isdigit() for character in text)
    )


def _record_fields(lines: list[Line], headline: int, state: LineState) -> int:
    """Claim the fields of a crawler's record under its ``Title:`` line (the
    headline): ``URL: https://…``, ``Date: 2025-03-04``, ``Published: …``,
    each alone on its line, no blank line between (furniture,
    ``record-field``). Where the front matter starts: the line under the
    last field, or the line under the headline when it has none. Read on as
    the headline's block, the fields were the body's first paragraph and the
    byline under them a subheading, silently."""
    index = headline + 1
    if _record_label(lines[headline].text) not in _TITLE_LABELS:
        return index
    while index < len(lines) and not is_blank(lines[index].text):
        if not _record_field(lines[index].text):
            break
        state.claim(index, Role.FURNITURE, "record-field")
        index += 1
    return index


def _headline_block(
    lines: list[Line], headline: int, state: LineState, knowledge: Knowledge
) -> int:
    """Claim the rest of the headline's block: where the front matter starts.

    A headline wrapped over lines goes on in small letters (``Storm floods
    northern towns as rivers`` / ``burst their banks``): the lines are one
    headline (``headline-continued``), where the first line alone was the
    headline and the rest the body's first paragraph. A line of a headline's
    shape under it in the same block, alone there, opening in a capital, is its
    deck (``Traders watch the weather as the plains get wet again``): the
    story's standfirst. When both are in title case the deck may be the
    headline's second line (``Storm Floods Northern Towns As`` / ``Rivers Burst
    Their Banks``): the story says so (``standfirst-may-be-headline``).
    Bylines, credited captions and date lines are the front matter's, not a
    deck."""
    index = headline + 1
    if index >= len(lines) or is_blank(lines[index].text):
        return index
    parts = [lines[headline].text.strip()]
    words = len(parts[0].split())
    # Lines of words (a list of links opens in small letters too, one token
    # a line), no more than a headline holds in all, under a first line as
    # long as a wrap leaves one: under a short headline, a line in small
    # letters is a scraper's furniture (``posted 3 hours ago``, ``via
    # Reuters``), not the headline's words.
    unsure: int | None = None  # the first line joined with no sign of a wrap
    # A print column's headline (an e-paper's or a scan's text) wraps short
    # (``Council backs`` / ``ferry plan``), its byline or the column's
    # narrow lines under the block: a line going on in small letters there
    # is the headline's end, however short the line above it. It was the
    # body's first paragraph, the byline under it unread.
    column = len(parts[0]) < _WRAPPED_MIN_CHARS and _over_column(lines, index, knowledge)
    # A column's headline set in capitals (a scan of a page whose headlines
    # are capitals, ``POOL REOPENS`` / ``AFTER REFIT``) shows no small letters
    # to go on in: over the column, a line in capitals goes on as one would.
    capitals = column and parts[0].isupper()
    while (
        words > 1
        and (column or len(parts[-1]) >= _WRAPPED_MIN_CHARS)
        and index < len(lines)
        and (lines[index].text.lstrip()[:1].islower() or (capitals and lines[index].text.isupper()))
        and 1 < len(more := lines[index].text.split()) <= _HEADLINE_MAX_WORDS - words
        and looks_like_headline(lines[index].text, knowledge)
        # "by Reuters December 3, 2026": a byline in a page's form, in
        # small letters, is the front matter's.
        and _page_byline(lines[index].text, knowledge) is None
    ):
        wrap = _surely_wrapped(parts[-1], more[0], lines, index, knowledge)
        if wrap is None:
            break  # a deck opening with a brand's name (``iPhone sales rise``)
        # A line in capitals under a capitals headline is no sure wrap, however
        # it reads: a credit or the paper's name stands there too (``POOL
        # REOPENS`` / ``FROM OUR CORRESPONDENT``, ``THE VALE HERALD``).
        if (not wrap or not lines[index].text.lstrip()[:1].islower()) and unsure is None:
            unsure = index
        words += len(more)
        parts.append(lines[index].text.strip())
        state.claim(index, Role.HEADLINE, "headline-continued")
        index += 1
    if len(parts) > 1:
        state.headline_text = " ".join(parts)
        if unsure is not None:
            state.problems.append(
                Problem(
                    "headline-may-hold-deck",
                    "a line going on under the headline (in small letters, or in capitals "
                    "under a headline in capitals) was joined to it as its wrapped end, with "
                    "no sure sign of a wrap: it may be the headline's deck (a clause of its "
                    "own), a credit or the paper's name",
                    unsure,
                )
            )
        return index
    text = lines[index].text.strip()
    if (
        index + 1 < len(lines)
        and not is_blank(lines[index + 1].text)
        # A scrape of one block a line (``Headline`` / ``Deck`` / ``By Jane
        # Roe`` / ``The lead …``) sets no blank under the deck; the byline
        # under it says the story has not begun.
        and not _byline_at(lines, index + 1, knowledge)
    ) or not _deck_line(text, knowledge):
        return index
    state.standfirst = index
    state.claim(index, Role.STANDFIRST, "deck-under-headline")
    _flag_section_over_deck(lines, state)
    if _title_case(parts[0]) and _title_case(text):
        state.problems.append(
            Problem(
                "standfirst-may-be-headline",
                "the line under the headline, in title case like it, was read as its deck "
                "(the standfirst): it may be the headline's second line",
                index,
            )
        )
    return index + 1


def _flag_section_over_deck(lines: list[Line], state: LineState) -> None:
    """``headline-may-be-kicker`` on a headline of one word over the deck just
    read. A section's name alone over the story's headline (``UPDATE`` /
    ``Markets`` / ``Council votes to close the old library`` / ``By Jane
    Roe``: a kicker, the section, the headline) reads so; one word is rarely
    a headline, and the deck may be the story's headline."""
    headline = state.headline
    if headline is None or state.headline_text is not None:
        return
    text = lines[headline].text.strip()
    if len(text.split(None, 1)) != 1:
        return
    state.problems.append(
        Problem(
            "headline-may-be-kicker",
            f"the headline {text!r}, one word over a line read as its deck (the "
            "standfirst), may be a section's label over the story's headline",
            headline,
        )
    )


def _deck_line(text: str, knowledge: Knowledge) -> bool:
    """Could ``text``, a line alone under the headline, be its deck by its
    shape? Opening in a capital, a number (``3 missing after ferry
    capsizes``: a subheading, had it been the body's first paragraph) or a
    brand's name, a headline's length with no full stop, and none of the
    front matter's lines: a date line, a reading time, a byline, a credited
    caption, a dateline."""
    return (
        (text[:1].isupper() or text[:1].isdigit() or _brand_opening(text))
        and looks_like_headline(text, knowledge)
        and not is_date_line(text, knowledge=knowledge)
        and not is_reading_time(text)
        and _page_byline(text, knowledge) is None
        and writer_for_outlet(text, knowledge=knowledge) is None
        and not credit_names_someone(
            credit := split_credit(text, knowledge=knowledge)[1], knowledge=knowledge
        )
        and not credit_names_no_one(credit, knowledge=knowledge)
        and find_dateline(text, knowledge=knowledge) is None
        and _deck_shaped(text, knowledge)
    )


def _deck_over_byline(
    lines: list[Line], index: int, state: LineState, knowledge: Knowledge
) -> bool:
    """Is ``lines[index]``, a block of one line between the headline's block
    and a byline's (``Water board raises prices`` / blank / ``Customers will
    pay more from April`` / blank / ``By Jane Roe``), the story's deck? A
    scrape of an article's text keeps the deck as a block of its own, where
    :func:`_headline_block` reads a deck only in the headline's block; the
    byline under it says the story has not begun: a lead is not printed
    above its byline. A deck may end in a full stop (``Customers will pay
    more from April.``) if it is one sentence."""
    if state.standfirst is not None or state.byline or state.captions:
        return False
    after = index + 1
    if after >= len(lines) or not is_blank(lines[after].text):
        return False
    # The page's date may stand between the deck and the byline.
    while after < len(lines) and (
        is_blank(lines[after].text) or front_date_line(lines[after].text, knowledge)
    ):
        after += 1
    if after >= len(lines):
        return False
    if not _byline_at(lines, after, knowledge):
        return False
    text = lines[index].text.strip()
    stop = text[-1:]
    if stop and stop in knowledge.full_stops:
        text = text[:-1]
        if any(f"{mark} " in text for mark in knowledge.sentence_ends):
            return False  # two sentences: a lead's, not a deck's
    return _deck_line(text, knowledge)


def _byline_at(lines: list[Line], index: int, knowledge: Knowledge) -> bool:
    """Does ``lines[index]`` open the front matter's byline: a ``By`` line
    (a page's form too) or a writer's name over the story's date?"""
    text = lines[index].text
    return (
        find_byline(text, knowledge=knowledge) is not None
        or _page_byline(text, knowledge) is not None
        or _name_over_date_line(lines, index, knowledge) is not None
    )


# How many lines a print column's headline goes on over under its first.
_COLUMN_HEADLINE_LINES = 2
# The widest a print column's text is wrapped at (a page's column of about 30
# characters; a wire story wrapped at 40 columns or more reads as none).
_COLUMN_MAX_CHARS = 38


def _over_column(lines: list[Line], index: int, knowledge: Knowledge) -> bool:
    """Does the block going on at ``lines[index]`` under a headline's first
    line end within ``_COLUMN_HEADLINE_LINES`` lines over a byline (at most
    one blank line between, or none: the byline in the block), or over a
    paragraph of a print column's narrow lines (two lines or more, none
    wider than ``_COLUMN_MAX_CHARS``)?"""
    end = index
    while end < len(lines) and not is_blank(lines[end].text):
        if end > index and _byline_at(lines, end, knowledge):
            # "Council backs" / "ferry plan" / "By Jane Roe" / "Staff
            # Writer": the block holds its byline and the writer's title
            # under it; counted as the headline's lines, the block was too
            # long for a column's, the byline lost in the body.
            return True
        if end - index == _COLUMN_HEADLINE_LINES:
            return False
        end += 1
    below = _line_below(lines, end - 1) if end > index else None
    if below is None:
        return False
    if _byline_at(lines, below, knowledge):
        return True
    stop = below
    while stop < len(lines) and not is_blank(lines[stop].text):
        if len(lines[stop].text.rstrip()) > _COLUMN_MAX_CHARS:
            return False
        stop += 1
    return stop - below > 1


def _name_over_date_line(lines: list[Line], index: int, knowledge: Knowledge) -> Byline | None:
    """The writer ``lines[index]`` names, when it holds only a name (a title
    after a comma at most: :func:`~wirestory.layouts.page.name_over_date`)
    and the next line, in its block, is the story's date (``Jane Roe`` /
    ``March 4, 2025``), as the page layout reads a name above a date line;
    else None. A name alone in the front matter is no byline: it may be the
    subject of a profile's headline."""
    after = index + 1
    if (
        after >= len(lines)
        or not front_date_line(lines[after].text, knowledge)
        or not name_over_date(lines[index].text, knowledge)
    ):
        return None
    return page_person_names(lines[index].text.strip(), knowledge=knowledge)


def _brand_opening(text: str) -> bool:
    """Does ``text`` open with a word in small letters with a capital inside
    (``iPhone``, ``eBay``, ``mRNA``)? A brand's name, written so at the start
    of a line of its own: a deck under the headline, not its wrapped end."""
    first = text.split(None, 1)[0] if text else ""
    return first[:1].islower() and any(c.isupper() for c in first[1:])


# How many lines under the headline are looked at for the width the text is
# wrapped at (a paragraph or two of a hard-wrapped story).
_WRAP_WIDTH_LINES = 12


def _surely_wrapped(
    above: str, word: str, lines: Sequence[Line], index: int, knowledge: Knowledge
) -> bool | None:
    """Is ``lines[index]``, going on in small letters under a headline's line
    ``above`` (its first word ``word``), surely the headline's wrapped end?

    True when the join shows: ``above`` ends in a function word (``Storm
    floods the towns as`` / ``rivers burst``; a headline ends in none) or the
    line opens with one (``… across the valley burst`` / ``their banks``).
    Else None when it opens with a brand's name (``Apple results beat
    forecasts for the quarter`` / ``iPhone sales rise ten pct in Asia``): a
    deck, as no wrap's end opens so. True again when the story under
    it is hard-wrapped at a width its first word would overrun after ``above``
    (``Dutch court orders the state to cut`` / ``emissions by a quarter`` over
    paragraphs wrapped at 40 columns). False otherwise: a line of its own that
    may be a deck in small letters (``thousands of homes lose power``), which
    the caller joins and flags."""
    stops = dict(knowledge.stop_words).get("en", frozenset())
    last = above.rsplit(None, 1)[-1].casefold() if above.strip() else ""
    if last in stops or word.casefold() in stops:
        return True
    if _brand_opening(word):
        return None
    # The width of the text under the headline block: its longest line. A
    # story whose paragraphs are one line each has no width to go by.
    width = 0
    wrapped = False  # a paragraph of two lines or more below
    previous_blank = True
    end = min(len(lines), index + 1 + _WRAP_WIDTH_LINES)
    for below in range(index + 1, end):
        text = lines[below].text.rstrip()
        blank = is_blank(text)
        wrapped = wrapped or (not blank and not previous_blank)
        previous_blank = blank
        width = max(width, len(text))
    return wrapped and len(above) + 1 + len(word) > width


# A deck says something (``Traders watch the weather``): a line of fewer words
# under the headline is a label, a place or a name (``Opinion``, ``OSLO``,
# ``Staff Reporter``).
_DECK_MIN_WORDS = 4


# The words of a line, for the date-word test (possessive: linear).
_LETTER_RUNS = regex.compile(r"\p{L}++")
# A time of day: "10:15", "10.15", "10h00" (Portuguese, French).
_CLOCK_TIME = regex.compile(r"\d[:.h]\d\d")
# Knowledge.date_line_words holds short words that English and other languages
# use for much else: time zones ("ART", "EAT", "CAT", "WIT", "SGT") and clock
# words ("h", "el", "il", "ore"). Alone beside a number, with no time of day,
# such a word makes a headline's or a deck's line ("Cat 5", "Art 2026"), so a
# date line of one word wants it longer than this.
_SHORT_DATE_WORD = 3
# The short words of Knowledge.date_line_words that are weekdays, not time
# zones nor clock words: beside a day's number they make a date line ("Sat 12",
# "Sun 5", "Wed, 3"), as a site prints the day over its story.
_WEEKDAY_ABBREVIATIONS = frozenset("mon tue wed thu fri sat sun".split())
# A day of the month, alone beside the weekday: 1 to 31.
_DAY_NUMBER = regex.compile(r"(?:0?[1-9]|[12]\d|3[01])")
_DIGIT_RUNS = regex.compile(r"\d++")


def _deck_shaped(text: str, knowledge: Knowledge) -> bool:
    """Could ``text``, a line alone under the headline, be its deck? Words
    enough, and no writers' names nor an agency (``Jane Roe and Tom Hale``,
    ``Associated Press``: a byline's line without its ``By``, as some copy
    prints it under the headline; a deck in title case may read as names,
    but holds a function word: ``Prices Rise In Five Towns``), nor only a
    page's date words and numbers (``Updated 3 hours ago``, ``Posted 10:15
    am ET``: a date line with no month, :attr:`~wirestory.Knowledge.date_line_words`)."""
    words = text.split(None, _DECK_MIN_WORDS)
    if len(words) < _DECK_MIN_WORDS:
        return False
    letters = _LETTER_RUNS.findall(text.casefold())
    if all(word in knowledge.date_line_words for word in letters):
        return False
    names = person_names(text, knowledge=knowledge)
    return names is None or (
        bool(names.names) and names_hold_function_words(names, knowledge=knowledge)
    )


# A line of a page's date words and numbers is short (``Updated 3 hours ago``,
# ``Posted 10:15 am ET``); a longer line is looked at no further.
_DATE_WORDS_MAX_CHARS = 60


def front_date_line(text: str, knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> bool:
    """A line holding only a date, as a scrape keeps the page's above or under a
    story's headline: :func:`~wirestory.layouts.page.is_date_line` (``Tuesday,
    December 3, 2026 10:15 AM``), or a number and only the page's date words
    (``Posted 10:15 am ET``, ``Updated 3 hours ago``). Both hold a digit: most
    lines (a headline, a lead) are turned down by that alone."""
    return _holds_digit(text) and (
        is_date_line(text, knowledge=knowledge) or _date_words_line(text, knowledge)
    )


# An ASCII digit: in ASCII text, the only characters str.isdigit() accepts.
_ASCII_DIGIT: Final = re.compile("[0-9]")


def _holds_digit(text: str) -> bool:
    """Does ``text`` hold a character that ``str.isdigit()`` accepts? Asked of
    every line the front matter and the body's date lines look at, most of
    them a paragraph of wire copy: in ASCII text (most of it) one search in C
    for ``0`` to ``9``, in place of a call of ``isdigit`` per character; other
    text is asked character by character (superscripts and circled digits
    are digits too)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


# A day, a month's name in a script without capitals and a year alone on a
# line (``4 مارس 2025``, an Arabic article's date under its byline): no table
# holds the month (Knowledge.months is English unless a user adds a
# language). The month's letters one run of a class, bounded digits around
# it: linear.
_DAY_MONTH_YEAR = regex.compile(r"\d{1,2} [\p{Lo}\p{M}]{2,12}[،,]? (?:19|20)\d\d")


def _day_month_year(text: str) -> bool:
    """Is ``text`` a date alone in a day, a month's name in a script without
    capitals and a year (``4 مارس 2025``)? Asked only under a byline in the
    front matter: a line of such a shape there is the story's date (it was
    the body's first line, silently). The digit and the length asked first."""
    stripped = text.strip()
    return (
        stripped[:1].isdigit()
        and len(stripped) <= _DATE_WORDS_MAX_CHARS
        and _DAY_MONTH_YEAR.fullmatch(stripped) is not None
    )


# A digit right after a letter: a desk's code (``AT-A0/``, a slug's ``DEL45``),
# no number of a date line (a time glues its letters after the digits,
# ``10:15am``). One character class pair: linear.
_CODE_DIGIT = regex.compile(r"[^\W\d_]\d")


def _date_words_line(text: str, knowledge: Knowledge) -> bool:
    """A page's date line with no month, in a wire story's front matter: a
    number and only :attr:`~wirestory.Knowledge.date_line_words` besides
    (``Updated 3 hours ago``, ``Posted 10:15 am ET``), which
    :func:`~wirestory.layouts.page.is_date_line` leaves, wanting a month or a
    numeric date. It was the body's first paragraph. A lead that gives a time
    (``The storm hit at 10:15 am.``) holds other words. The caller
    (:func:`front_date_line`) has seen a digit in it."""
    stripped = text.strip()
    if len(stripped) > _DATE_WORDS_MAX_CHARS or _CODE_DIGIT.search(stripped):
        return False
    letters = _LETTER_RUNS.findall(stripped.casefold())
    if (
        len(letters) == 1
        and len(letters[0]) <= _SHORT_DATE_WORD
        and _CLOCK_TIME.search(stripped) is None
    ):
        return letters[0] in _WEEKDAY_ABBREVIATIONS and _weekday_and_day(stripped)
    if all(word in _TIME_UNITS for word in letters) and len(_DIGIT_RUNS.findall(stripped)) == 1:
        # One number and a unit of time alone (``90 Minutes``, ``Minuto 90``,
        # ``24 Horas``: a programme's or a column's name, a match's minute)
        # names no date nor time of day: it was taken for the story's date
        # line over the byline, lost from every field. ``Updated 3 hours
        # ago`` and ``hace 2 horas`` hold a label or an ``ago`` beside it; a
        # time of day holds two numbers (``10:32 horas``), as does a reader
        # mode's reading time (``5–6 minutes``, read under the writer's name
        # as this line's date, heldout29).
        return False
    return (
        bool(letters)
        and all(word in knowledge.date_line_words for word in letters)
        # A line of a number and small words alone (``Issue 12``, ``As of
        # 2025``, ``Data 2025``, ``At 10``: a heading, a label, a count) names
        # no date: the date line's label, weekday, clock word or zone is a
        # word of no such use, or the line gives a time of day (``um 10:00``).
        and (
            any(word not in _DATE_LINE_SMALL_WORDS for word in letters)
            or _CLOCK_TIME.search(stripped) is not None
        )
    )


# Words of Knowledge.date_line_words that a date line holds only beside
# another (a label, a weekday, a clock word, a month): prepositions and
# articles (``as of``, ``on``, ``at``, ``de``, ``um``, ``kl``), ordinal
# endings and the labels' second words (``Data publikacji``, ``Issue #112
# · March 4``). With a number alone they were taken for wire copy's date line
# over the byline, the line lost from every field (_date_words_line).
_DATE_LINE_SMALL_WORDS: Final = frozenset(
    """as of on at a p m st nd rd th de às las le um el em il u ob kl klo gada alle ore
    first last issue data""".split()
)


# Units of time among Knowledge.date_line_words, lower-case: beside a number
# alone they count a span, no date (_date_words_line).
_TIME_UNITS: Final = frozenset(
    "hour hours minute minutes hora horas minuto minutos h hs hrs".split()
)


def _weekday_and_day(text: str) -> bool:
    """Is ``text`` (one weekday's abbreviation and digits) that weekday and a
    day of the month alone (``Sat 12``, ``Sun, 5``)? A year or a count beside
    it (``Sat 2026``) is no day."""
    numbers = _DIGIT_RUNS.findall(text)
    return len(numbers) == 1 and _DAY_NUMBER.fullmatch(numbers[0]) is not None


# Reuters' version prefixes, glued by a hyphen to a headline's first word in a
# capital (``UPDATE 2-Ferry crews strike``, ``REFILE-``, ``CORRECTED-UPDATE 1-``,
# ``RPT-``): the agency prints them, so the headline keeps them, said. A
# keyword pair (``EU-UK talks``) opens with no such word. Linear: anchored,
# bounded repeats.
_WIRE_PREFIX = regex.compile(
    r"\s*(?:(?:UPDATE(?: \d{1,2})?|REFILE|CORRECTED|RPT|WRAPUP(?: \d{1,2})?)-){1,3}"
    r"(?=[A-Z0-9\"'‘“])"
)


# A wire's service notices over a story, in the capitals wire systems print
# them: a kill or withdrawal (``KILL - KILL - KILL``, ``WITHDRAWAL``), an
# advisory line (``ADVISORY - Ferry story withdrawn``); and a take line, a
# slug's keyword and its take (``Ferry strike, Add 2``, ``…, 1st Add``, ``…, 2nd
# Ld``). None is a headline: ``Kill the bill``, ``Advisory board meets`` and
# ``Add-ons cost more`` are no such form. Linear: anchored, possessive runs.
_KILL_WORD = r"(?:MANDATORY\ )?+(?:KILL|WITHDRAWAL|ELIMINATION)"
_KILL_LINE = regex.compile(rf"{_KILL_WORD}(?:\ *+[-–—]\ *+{_KILL_WORD}){{0,4}}+")
_ADVISORY_LINE = regex.compile(r"ADVISORY\ *+[-–—:]\ *+\S.{0,200}+")
_TAKE_LINE = regex.compile(
    r"[^,\n]{1,60}+,\ *+(?:Add\ \d{1,2}+|\d{1,2}+(?:st|nd|rd|th)\ (?:Add|Ld|Lead)(?:-Writethru)?+)"
)
# A notice that withdraws the story: the consumer must see it is killed.
_WITHDRAWN = regex.compile(r"(?i)\b(?:kill(?:ed)?+|withdrawn?+|withdrawal|eliminat\w*+)\b")
# The same notices as other systems and desks print them: the kill repeated
# in any case (``Kill - Kill - Kill``), or a note to editors that kills or
# withdraws (``Editors: kill the story …``, ``Eds: Please withdraw …``).
# The note names what it kills (the story, the item, the photo) within a few
# words and asks nothing: a headline addressing editors or using the verb
# (``Editors, kill time with our quiz``, ``Eds: kill fee dispute goes to
# court``, ``Editor: Kill the messenger? Not this time``) names none, or after
# a question mark. Linear: anchored, possessive runs, bounded repeats.
_ANY_CASE_KILL = regex.compile(
    rf"(?i:{_KILL_WORD}(?:\ *+[-–—]\ *+{_KILL_WORD}){{1,4}}+)"
    r"|(?i:editors?|eds?)\ *+[:.–—-]\ *+(?i:please\ ++)?(?i:kill|withdraw|eliminate)\b"
    r"[^?\n]{0,80}?(?i:\b(?:story|stories|items?|reports?|dispatch(?:es)?|articles?|pieces?"
    r"|takes?|photos?|pictures?|graphics?|videos?|versions?|copy|slugs?)\b)[^?\n]{0,300}+"
)


def withdrawal_notice(text: str) -> bool:
    """Is ``text`` a wire's notice killing or withdrawing the story, in any
    case (``KILL - KILL - KILL``, ``Kill - Kill``, ``Editors: kill the story on
    the tram strike.``)? The wire layout claims such a notice on the story's
    first line in capitals; the enrichment asks this of the story's first
    lines so that none is left unsaid."""
    stripped = text.strip()
    # The quick test first, asked of every story's first lines: each notice
    # opens with a letter of its first word (``KILL``, ``MANDATORY``,
    # ``WITHDRAWAL``, ``ELIMINATION``, ``Editors``) in either case.
    if stripped[:1] not in _NOTICE_FIRSTS:
        return False
    return (
        _KILL_LINE.fullmatch(stripped) is not None or _ANY_CASE_KILL.fullmatch(stripped) is not None
    )


# The letters a withdrawing notice opens with, as the case-blind patterns
# match them (the Kelvin sign is a capital K to them).
_NOTICE_FIRSTS = frozenset("EeKkMmWw\u212a")


def _below_notice(lines: list[Line], start: int, state: LineState, knowledge: Knowledge) -> int:
    """``start``, or, when a wire's service notice stands there (``KILL - KILL -
    KILL`` with its explanation under it, ``ADVISORY - …``, a take line ``Ferry
    strike, Add 2``) with a line under it, that line; the notice is claimed for
    (``wire-notice``, a take line ``wire-slug``), kept in the story's notes. A
    notice withdrawing the story is flagged ``story-withdrawn`` (so is a kill
    notice with nothing under its explanation, the explanation then body, and a
    killing notice alone, the story's only line)."""
    text = lines[start].text.strip()
    kill = _KILL_LINE.fullmatch(text) is not None
    if kill or _ADVISORY_LINE.fullmatch(text) is not None:
        rule = "wire-notice"
    elif _TAKE_LINE.fullmatch(text) is not None:
        rule = "wire-slug"
    else:
        return start
    below = _line_below(lines, start)
    claimed = [start]
    if kill and below is not None:
        # The explanation's paragraph under the kill line, when a story's lines
        # stand under it; else it is the story's only text (its body, flagged).
        end = below
        while end < len(lines) and not is_blank(lines[end].text):
            end += 1
        after = end + 1 if end < len(lines) else end
        # A headline-shaped line under the kill is the story's headline, no explanation.
        explained = not looks_like_headline(lines[below].text, knowledge)
        if explained and after < len(lines) and not is_blank(lines[after].text):
            claimed.extend(range(below, end))
            below = after
    withdrawn = kill or any(_WITHDRAWN.search(lines[i].text) for i in claimed)
    if withdrawn:
        state.problems.append(
            Problem(
                "story-withdrawn",
                "a wire's notice over the story kills or withdraws it "
                f"({text[:60]!r}): the story is not to be used",
                start,
            )
        )
    if below is None:
        if rule == "wire-slug":
            state.problems.append(_slug_alone(text, start))
        return start  # a notice alone: the story's only line, flagged when it kills
    for index in claimed:
        state.claim(index, Role.ADVISORY, rule)
        if index + 1 < len(lines) and is_blank(lines[index + 1].text):
            skip_blanks(lines, index + 1, state)
    return skip_blanks(lines, below, state)


def _slug_alone(text: str, index: int) -> Problem:
    """``headline-is-slug`` for a slug or a take line that is the story's only
    line (``BC-Weather-Forecast,0456``, ``Ferry strike, Add 2``): kept as the
    headline, as no other line is; the story's own headline is not in the
    text (a take's slug line sent alone, or cut from its story)."""
    return Problem(
        "headline-is-slug",
        f"the story's only line {text[:60]!r} is a wire slug or a take line, read as the "
        "headline: the story's own headline is not in the text",
        index,
    )


def _below_slug(lines: list[Line], start: int, state: LineState, knowledge: Knowledge) -> int:
    """``start``, or, when a wire slug or a note to editors stands there with a
    line under it (at most one blank line between) that is no slug too, that
    line; the slug's line is claimed for (``wire-slug``, or ``advisory``: the
    note, ``Eds: Updates with closing prices.``, over a headline, which made the
    story headless and its headline a subheading)."""
    text = lines[start].text.strip()
    if is_slug(text):
        rule = "wire-slug"
    elif find_advisory(text, knowledge=knowledge):
        rule = "advisory"
    else:
        return start
    below = _line_below(lines, start)
    if below is None:
        # A slug alone: the story's only line, its headline, and the story
        # says so when it is no note to editors.
        if rule == "wire-slug":
            state.problems.append(_slug_alone(text, start))
        return start
    if is_slug(lines[below].text.strip()):
        return start  # two slugs: neither is surely the headline
    if rule == "advisory" and not looks_like_headline(lines[below].text, knowledge):
        return start  # a note over the lead: the body's, as enrich reads it
    if (
        rule == "wire-slug"
        and _PTI_SLUG.fullmatch(text) is not None
        and not looks_like_headline(lines[below].text, knowledge)
        and not _desk_over_its_dateline(text, lines[below].text, knowledge)
    ):
        # PTI's slug over the dateline leaves the story headless; a headline
        # in capitals of the same form (``COP28 CLIMATE-DEAL``) went to the
        # notes so, silently. The slug stays a note, and the story says so.
        state.problems.append(
            Problem(
                "slug-may-be-headline",
                f"the line {text[:60]!r} over the story's first paragraph was read as a PTI "
                "slug (a note; the story headless): a headline in capitals of a code and "
                "hyphenated words reads the same",
                start,
            )
        )
    state.claim(start, Role.ADVISORY, rule)
    return skip_blanks(lines, start + 1, state)


def _desk_over_its_dateline(slug: str, below: str, knowledge: Knowledge) -> bool:
    """Is ``slug``, a line of PTI's slug form, PTI's own over a dateline of
    the desk it names: the line ``below`` opens with a dateline of the Press
    Trust of India whose place the desk's letters abbreviate (``DEL12
    COP28-CLIMATE`` over ``New Delhi, Dec 5 (PTI) …``, ``LKO3 UP-FLOODS`` over
    ``Lucknow, …``), or its former name (``BOM8 STOCKS-CLOSE`` over ``Mumbai``,
    once Bombay: Knowledge.former_place_names)? A headline's code names no
    desk over its place (``COP28 CLIMATE-DEAL`` or ``MH17 CRASH-PROBE`` over
    ``New Delhi``, ``COP28`` over ``Mumbai``). A
    desk's code is three capitals: a headline's code of two or four
    (``NH48 TOLL-HIKE`` over ``New Delhi``, ``AI112 EMERGENCY-LANDING`` over
    ``Amritsar``) may spell its place's letters in order all the same."""
    # The slug's form makes its first word the desk's capitals and the take's
    # digits (``DEL12``): the capitals are the desk.
    desk = slug.split(maxsplit=1)[0].rstrip("0123456789").casefold()
    if len(desk) != _PTI_DESK_LETTERS:
        return False
    dateline = find_dateline(below, knowledge=knowledge)
    if dateline is None or "Press Trust of India" not in dateline.agencies:
        return False
    names = [place.casefold() for place in dateline.places]
    names += [
        pair.partition(" ")[2]
        for pair in knowledge.former_place_names
        if pair.partition(" ")[0] in names
    ]
    return any(_abbreviates(desk, name) for name in names)


# PTI's desks are named by three capitals (``DEL``, ``BOM``, ``LKO``, ``HYD``).
_PTI_DESK_LETTERS = 3


def _abbreviates(code: str, place: str) -> bool:
    """Does ``code`` abbreviate ``place`` as a desk's code does: its first
    letter opens a word of the place, its other letters follow in order
    (``del`` in ``new delhi``, ``lko`` in ``lucknow``, ``hyd`` in
    ``hyderabad``)? A few string searches on a short name."""
    at = place.find(code[:1])
    while at >= 0:
        if at == 0 or not place[at - 1].isalpha():
            end = at + 1
            for letter in code[1:]:
                end = place.find(letter, end) + 1
                if end == 0:
                    break
            else:
                return True
        at = place.find(code[:1], at + 1)
    return False


def _below_date_line(lines: list[Line], start: int, state: LineState, knowledge: Knowledge) -> int:
    """``start``, or, when the story's first line holds only a date (``Tuesday,
    December 3, 2026 10:15 AM``, ``Posted 10:15 am ET``: a scrape that kept the
    page's date above the headline) with a line under it (at most one blank
    line between), that line; the date's line is furniture (``wire-date-line``).
    It was the headline, silently, and the headline a deck or a subheading.
    A reading time there (``2 min read``) is furniture too (``reading-time``)."""
    text = lines[start].text
    if front_date_line(text, knowledge):
        rule = "wire-date-line"
    elif _print_folio(text, knowledge):
        rule = "print-folio"
    elif export_count(text):
        rule = "export-count"
    elif is_reading_time(text):
        rule = "reading-time"
    else:
        return start
    below = _line_below(lines, start)
    if below is None:
        return start  # a date alone: the story's only line of a headline's shape
    state.claim(start, Role.FURNITURE, rule)
    return skip_blanks(lines, start + 1, state)


# The longest line read as a print page's folio.
_FOLIO_MAX_CHARS = 80
# A print page's number in its folio, a word of its own: ``A3``, ``B12``,
# ``Page 3``, ``P. 3``. Bounded alternatives, one character looked at around
# them: linear.
_FOLIO_PAGE = regex.compile(r"(?<!\S)(?:[A-Z]\d{1,2}|(?:Page|PAGE|P\.?) ?\d{1,3})(?!\S)")
# The fewest words of the paper's name in a folio: a headline in capitals
# with a code and a date (``G7 SUMMIT  March 4, 2025``: ``G7`` reads as a
# page's number) names one.
_FOLIO_NAME_MIN_WORDS = 2
# What sets a folio's parts apart besides spaces (``A3 | THE VALE TIMES``).
_FOLIO_RULES = "|•·-–—/"


def _print_folio(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a print page's header (its folio), as an e-paper's or a
    scan's text keeps it over the page's first story: the paper's name in
    capitals at one end, the date and the page's number (``THE VALE TIMES
    Tuesday, March 4, 2025  A3``, ``A6  THE VALE TIMES  Tuesday, March 4,
    2025``, ``Page 3 | THE VALE TIMES | March 4, 2025``)? It was the
    headline, silently, the story's headline a line of its body. The length
    and a digit asked first."""
    if len(text) > _FOLIO_MAX_CHARS or not any(map(str.isdigit, text)):
        return False
    page = _FOLIO_PAGE.search(text)
    if page is None:
        return False
    rest = [
        word
        for word in f"{text[: page.start()]} {text[page.end() :]}".split()
        if word.strip(_FOLIO_RULES)
    ]
    name = 0
    while name < len(rest) and rest[name].isupper() and rest[name].isalpha():
        name += 1
    if name:
        date = rest[name:]
    else:
        while name < len(rest) and rest[-1 - name].isupper() and rest[-1 - name].isalpha():
            name += 1
        date = rest[: len(rest) - name]
    day = " ".join(date).strip(_FOLIO_RULES + " ")
    return name >= _FOLIO_NAME_MIN_WORDS and bool(day) and front_date_line(day, knowledge)


# A print page's line over the rest of a story begun on another page: "From
# Page A1", "Continued from Page 1", "Continued from A1". Anchored, bounded:
# linear.
_JUMP_FROM = regex.compile(
    r"(?i)(?:continued from (?:page |p\. ?)?|from (?:page |p\. ?))[a-z]?\d{1,3}\.?"
)
# A database export's count over each story (``Article 2 of 5``, ``Document
# 3 of 12``). Bounded digits, anchored: linear.
_EXPORT_COUNT = regex.compile(r"(?i)(?:article|document|item|story) \d{1,5} of \d{1,5}")


def export_count(text: str) -> bool:
    """Is ``text`` a database export's count over a story (``Article 2 of
    5``)? Over the first story it was the headline, silently."""
    return " of " in text and _EXPORT_COUNT.fullmatch(text.strip()) is not None


def _note_over_headline(lines: Sequence[Line], start: int, knowledge: Knowledge) -> bool:
    """A note to editors (``Eds: Updates with closing prices.``) with a line of
    a headline's shape under it (at most one blank line between)."""
    if not find_advisory(lines[start].text.strip(), knowledge=knowledge):
        return False
    below = _line_below(lines, start)
    return below is not None and looks_like_headline(lines[below].text, knowledge)


# Text is hard-wrapped at 30 columns or more (a headline line near it, a word
# short of it); a headline line shorter than this was not cut by a wrap.
_WRAPPED_MIN_CHARS = 25


# A kicker is a label of a word or three: ``ANALYSIS``, ``EXCLUSIVE:``, ``FACTBOX``.
_KICKER_MAX_WORDS = 3
# ... opening with a word, not a letter: the labels hold ``Q`` and ``A`` (``Q: Why
# now?``), and a headline may open with ``A``.
_KICKER_MIN_CHARS = 3


def _kicker(lines: Sequence[Line], start: int, knowledge: Knowledge) -> int | None:
    """Where the story goes on under a kicker at ``start`` (at most one blank
    line between), or None when there is no kicker.

    A kicker is a label in capitals above the headline: a word or three, no
    small letter, the first a label that opens no dateline
    (:attr:`~wirestory.Knowledge.dateline_labels`: ``ANALYSIS``,
    ``EXCLUSIVE:``, ``FACTBOX``, ``UPDATE``), maybe a colon or dash after it,
    and no organisation written in capitals (``WHO``, of
    :attr:`~wirestory.Knowledge.dateline_acronyms`). When a word of it is no
    such label (``BREAKING NEWS``), the line under it must be a headline in
    small letters: a headline in capitals over a deck is not taken apart, nor
    one over the lead (``HOW WE VOTED``, ``WHO DECLARES EMERGENCY`` over
    ``GENEVA (Reuters) - The …``), which it heads."""
    all_labels = _kicker_shape(lines[start].text, knowledge)
    if all_labels is None:
        return None
    below = _line_below(lines, start)
    if below is None:
        return None
    if not all_labels and not (
        any(c.islower() for c in lines[below].text)
        and looks_like_headline(lines[below].text, knowledge)
    ):
        return None
    return below


# A web page read as wire copy opens with its site's name over its menu's
# items, one a line (``ข่าวบ้านนา`` / ``หน้าหลัก`` / ``ท้องถิ่น`` / ``กีฬา`` /
# the headline / the story): the name was read as the headline, the menu, the
# headline and the byline as paragraphs. A wire story's headline stands over
# its byline, its dateline or its first paragraph, no run of a menu's items.
# Lengths in words as a script without spaces counts them too
# (lines.word_count): a Thai page, whose footer and byline no table knew, was
# read so, silently (scripts60).
_MENU_UNDER_HEADLINE: Final = 3
_MENU_HEADLINE_MAX_WORDS: Final = 4
_MENU_ITEM_MAX_WORDS: Final = 3


def _menu_under_headline(lines: Sequence[Line], start: int, knowledge: Knowledge) -> bool:
    """Is the headline at ``start`` a few words (``_MENU_HEADLINE_MAX_WORDS``)
    over ``_MENU_UNDER_HEADLINE`` lines of a menu item's few words each
    (``_MENU_ITEM_MAX_WORDS``), each line opening with a letter, a capital in
    a script with case (a list's rows in small letters, ``user type`` /
    ``visit count``, and a list of addresses are no menu), with no end mark
    and no byline or date among them (blank lines between passed over), no
    row holding a figure (a table's), and no story opening with its dateline
    under the run (a team's line-up under a wire headline)?"""
    ends = knowledge.sentence_and_clause_ends
    headline = lines[start].text.strip()
    if (
        not 0 < word_count(headline) <= _MENU_HEADLINE_MAX_WORDS
        or headline[-1:] in ends
        or not headline[:1].isalpha()
        or opens_small(headline)
    ):
        return False
    found = 0
    for index in range(start + 1, len(lines)):
        text = lines[index].text.strip()
        if is_blank(text):
            continue
        if (
            word_count(text) > _MENU_ITEM_MAX_WORDS
            or text[-1:] in ends
            or not text[:1].isalpha()
            or opens_small(text)
            # A row holding a figure (``Arsenal 61``) is a table's, no menu's.
            or any(c.isdigit() for c in text)
            or find_byline(text, knowledge=knowledge) is not None
            or is_date_line(text, knowledge=knowledge)
        ):
            # The run's end: a story opening with its dateline under the rows
            # (``LONDON (Reuters) - …``) makes them a team's line-up under its
            # headline (``England Team Named`` / ``Freddie Steward`` / …), no
            # menu (review62); a menu stands over a page's headline.
            return (
                found >= _MENU_UNDER_HEADLINE and find_dateline(text, knowledge=knowledge) is None
            )
        found += 1
    return found >= _MENU_UNDER_HEADLINE


def _section_under_label(lines: Sequence[Line], start: int) -> bool:
    """Is line ``start`` a word of letters alone right over another (a kicker
    over a section's name, ``WORLD`` / ``Politics``)? Letters only: a list of
    addresses, one a line, is no kicker."""
    below = start + 1
    return (
        below < len(lines)
        and lines[start].text.strip().isalpha()
        and lines[below].text.strip().isalpha()
    )


def _line_below(lines: Sequence[Line], start: int) -> int | None:
    """The line under ``start``, at most one blank line between, or None."""
    below = start + 1
    if below < len(lines) and is_blank(lines[below].text):
        below += 1
    if below >= len(lines) or is_blank(lines[below].text):
        return None
    return below


def _kicker_shape(line: str, knowledge: Knowledge) -> bool | None:
    """Is ``line`` shaped as a kicker (see :func:`_kicker`)? None if not; True
    when every word of it is a label, False when one is not."""
    text = line.strip().rstrip(":-–—|").rstrip()
    words = text.split()
    labels = knowledge.dateline_labels
    if (
        not 0 < len(words) <= _KICKER_MAX_WORDS
        or len(words[0]) < _KICKER_MIN_CHARS
        or any(c.islower() for c in text)
        or words[0].rstrip(".") not in labels
        or words[0] in knowledge.dateline_acronyms
    ):
        return None
    return all(word.rstrip(".") in labels for word in words)


def _below_host_name(lines: list[Line], start: int, state: LineState, knowledge: Knowledge) -> int:
    """``start``, or, when a site's host name stands there alone
    (``valeherald.example``: ``page.HOST_NAME``) over a line of a headline's
    shape, the line under it; the host's line is claimed (furniture, rule
    ``host-name``). A browser's reader view prints the host over the
    story's headline: read as the headline, the headline was its deck (said
    only ``headline-may-be-kicker``)."""
    if HOST_NAME.fullmatch(lines[start].text.strip()) is None:
        return start
    under = start + 1
    while under < len(lines) and is_blank(lines[under].text):
        under += 1
    if under == len(lines) or not looks_like_headline(lines[under].text, knowledge):
        return start
    state.claim(start, Role.FURNITURE, "host-name")
    return skip_blanks(lines, start + 1, state)


def _below_kicker(lines: list[Line], start: int, state: LineState, knowledge: Knowledge) -> int:
    """``start``, or, when a kicker stands there, the line under it; the
    kicker's line is claimed for (furniture, rule ``kicker``)."""
    if _kicker(lines, start, knowledge) is None:
        return start
    state.claim(start, Role.FURNITURE, "kicker")
    return skip_blanks(lines, start + 1, state)


def _claim_body_captions(
    lines: list[Line], start: int, state: LineState, knowledge: Knowledge
) -> None:
    """Take out of the body the photos a scraped page prints between its
    paragraphs: a caption line with its credit alone on the line right under
    it, the credit closing the block (``Teachers rally at the Statehouse,
    Tuesday.`` / ``Jane Roe, AP`` / blank line). The credit must be a credit by
    :func:`~wirestory.captions.is_credit_line` (an agency, ``Name/Outlet``,
    ``X via AP``, ``Photo: Name``) and open with a capital, the caption 4 to 60
    words opening with a capital or digit and neither a byline nor a credit: a
    wrapped paragraph's last line (``said Jane Roe, AP``) opens in lower case,
    and a paragraph followed by another one is no photo, nor is a quotation
    and its speaker (``captions.QUOTE_MARKS``). An agency alone under
    the last paragraph (``Reuter``, ``AP``) is the story's sign-off, no credit.

    The pair must stand apart. Above the caption, a blank line, the body's
    start, or a line that ends a sentence or a date (a page's ``Published
    11:11 PM EST Nov 19, 2019`` right above its photo): a line ending in a
    word or a comma goes on into the next one, as a hard-wrapped paragraph's
    lines do (``… cost less than the board`` / ``Expected when it asked …`` /
    ``Harbour Board/Getty Images``). Below the pair, another paragraph: the
    story's last paragraph with a name and outlet under it (``… decide on
    repairs.`` / ``Jane Roe, AP``) is a sign-off, not a photo."""
    taken: set[int] = set()
    last_text = len(lines) - 1
    while last_text > start and is_blank(lines[last_text].text):
        last_text -= 1
    # A body set one paragraph a line, no blank line in it (a converter
    # dropping the blank lines between ``<p>``s): the pair stands apart by
    # its lines, the next paragraph right under the credit (``… Nov. 16,
    # 2019.`` / ``Jane Roe, AP`` / ``The town council paid …``); asked for
    # a blank line, the caption and its credit were paragraphs, silently.
    by_line = not any(is_blank(line.text) for line in lines[start:last_text])
    for index in range(start + 1, last_text):
        text = lines[index].text.lstrip()
        if (
            not text[:1].isupper()
            or index - 1 in taken
            or not (by_line or is_blank(lines[index + 1].text))
        ):
            continue
        above = lines[index - 1].text.strip()
        first = index - 1
        if index - 2 >= start and _runs_on(lines[index - 2].text, knowledge):
            if by_line:
                continue  # no blank line tells where a wrapped caption opens
            first = _wrapped_caption_top(lines, start, index, knowledge)
            if first < 0:
                continue
            above = joined_text(lines, range(first, index))
        # Cheapest tests first, without a call: most lines of a body have a
        # blank line above them (wire copy) or are followed by another.
        if (
            not (above[:1].isupper() or above[:1].isdigit())
            or above[:1] in QUOTE_MARKS
            or above[-1:] in QUOTE_MARKS
            or not CAPTION_MIN_WORDS <= len(above.split()) <= CAPTION_MAX_WORDS
            or not is_credit_line(text, knowledge=knowledge)
            or is_organization_line(text, knowledge=knowledge)
            or (by_line and not _credit_marked(text, knowledge))
            or is_credit_line(above, knowledge=knowledge)
            or find_byline(above, knowledge=knowledge) is not None
        ):
            continue
        taken.update(range(first, index + 1))
        state.captions.append(first)
        state.caption_credits[first] = index
        for number in range(first, index):
            state.claim(number, Role.CAPTION, "caption-credit-below")
        state.claim(index, Role.CAPTION, "caption-credit-line")
        if first < index - 1:
            state.joined[first] = Line(
                above, lines[first].start, lines[index - 1].end, lines[first].number
            )
    if taken:
        paragraphs = [[i for i in p if i not in taken] for p in state.paragraphs]
        state.paragraphs[:] = [p for p in paragraphs if p]


# The separators of a credit's parts a signature never holds: ``Jane
# Roe/Getty Images``, ``Photo via Facebook``, ``Jane Roe | The Vale Post``,
# ``© Jane Roe``.
_CREDIT_SEPARATORS: Final = ("/", " via ", " | ", "\u00a9")


def _credit_marked(text: str, knowledge: Knowledge) -> bool:
    """Does the credit line ``text`` carry a photo credit's own mark: an
    agency (``Tom Hale, AP``), a credit's separator (``/``, `` via ``, a bar,
    ``©``) or a photo word or label (``Photo: Jane Roe``, ``Staff photo by
    Jane Roe``, ``Photographer Jane Roe``)? A bare ``Name, Place`` is no
    credit's form alone: it is how a letter or a statement is signed (``The
    fares are far too high …`` / ``Jane Roe, Kelby``). Asked of a body set
    one paragraph a line, where no blank line sets a photo apart from a
    letters page's letters (review63: the first letter and its writer were
    read as a caption and its credit, silently)."""
    if any(mark in text for mark in _CREDIT_SEPARATORS):
        return True
    if parse_credit(text, knowledge=knowledge).agency is not None:
        return True
    labels, _ = photo_label_words(knowledge)
    return any(word.strip(":.,").casefold() in labels for word in text.split())


def _wrapped_caption_top(lines: list[Line], start: int, credit: int, knowledge: Knowledge) -> int:
    """The first line of a caption hard-wrapped over the lines right above
    its ``credit`` line, else -1: the lines up from the credit's run on into
    each other from a blank line (or the body's start) down, and the last
    ends a sentence or a date (``… at the reopened market`` / ``in Harbour
    Town, Saturday, Nov. 16, 2019.`` / ``Jane Roe, AP``). Wire copy wrapped
    at 72 columns cuts a caption as it cuts a paragraph; asked for one line,
    the caption and its credit were read as paragraphs, silently. A
    paragraph running on into the credit (``… according to`` / ``Harbour
    Board/Getty Images``) is no caption."""
    if is_blank(lines[credit - 1].text) or _runs_on(lines[credit - 1].text, knowledge):
        return -1
    first = credit - 1
    while first - 1 >= start and not is_blank(lines[first - 1].text):
        if not _runs_on(lines[first - 1].text, knowledge):
            return -1
        first -= 1
    return first


def _page_credited(text: str, words: list[str], knowledge: Knowledge) -> bool:
    """A caption line ending in a page's credit that names someone and no
    year (``Passengers board the ferry at dawn. © Jane Roe``, ``… | Photo
    Credit: Jane Roe``): wire copy's credits do not read these marks, a
    scrape of an article's text keeps them between its paragraphs. The text
    before the credit is a sentence of 4 to 60 words; ``© 2025 Vale Post``
    closing a paragraph is the site's copyright line, no photo's."""
    if not (text[:1].isupper() or text[:1].isdigit()) or not (
        CAPTION_MIN_WORDS <= len(words) <= CAPTION_MAX_WORDS
    ):
        return False
    split = page_credit_split(text, knowledge=knowledge)
    if split is None:
        return False
    caption, credit = split
    return (
        credit is not None
        and not any(c.isdigit() for c in credit)
        and len(caption.split()) >= CAPTION_MIN_WORDS
        and caption.rstrip()[-1:] in knowledge.full_stops
    )


def _captions_between_paragraphs(lines: list[Line], state: LineState, knowledge: Knowledge) -> None:
    """Take out of the body a photo's caption with its credit on its line,
    a paragraph of one line between two others (``Passengers board the
    ferry at dawn. Picture: Jane Roe``, ``… (Jane Roe/Vale Post)``, ``…
    [Jane Roe/Al Jazeera]``): a scrape of an article's text keeps the page's
    photos between its paragraphs, as :func:`_wire_front_matter` reads them
    under the headline (a credit naming an agency or a photographer, or a
    photo label's). A caption of 4 to 60 words opening with a capital or a
    digit; a sentence reporting speech (``… the mayor said. Reuters``) or a
    byline is the story's. The paragraph above must be prose (twelve words or
    more, a sentence's end): under a short line (``Dam repairs begin``) the
    caption may open a second story glued on, which the boundary's check reads
    in the body. An agency's name after a dash, or in brackets after a sentence
    that narrates, may sign a paragraph
    (:func:`~wirestory.layouts.page.flag_signed_caption`), and words that
    narrate before any credit (``was``, ``had``, ``will``, ``said``) are a
    sentence's more than a photo's: ``caption-may-be-paragraph``."""
    paragraphs = state.paragraphs
    pictured: list[int] = []
    for number in range(1, len(paragraphs) - 1):
        paragraph = paragraphs[number]
        if len(paragraph) != 1:
            continue
        text = lines[paragraph[0]].text.strip()
        # The caption's own shape first (both readings below ask it): most
        # paragraphs of wire copy are turned down here, before the paragraph
        # above is joined and split.
        if not (text[:1].isupper() or text[:1].isdigit()):
            continue
        # Split no further than one word past the most a caption holds: a
        # paragraph of wire copy may be a whole story's text on one line, and a
        # caption's words (at most CAPTION_MAX_WORDS, none left unsplit) are
        # the same either way.
        words = text.split(None, CAPTION_MAX_WORDS)
        if not CAPTION_MIN_WORDS <= len(words) <= CAPTION_MAX_WORDS:
            continue
        above = joined_text(lines, paragraphs[number - 1])
        if above.rstrip()[-1:] not in knowledge.sentence_ends or not runs_to_prose(above):
            continue
        # The line's credit found once: both readings ask it, and hold only
        # of a line that has one.
        credit = split_credit(text, knowledge=knowledge)[1]
        credited = (
            credit_names_someone(credit, knowledge=knowledge)
            # "… dawn. Photo: Supplied": a credit naming no one, as the
            # front matter reads it, unless the sentence narrates.
            or (
                credit_names_no_one(credit, knowledge=knowledge)
                and not generic_caption_narrates(text, knowledge)
            )
        ) or _page_credited(text, words, knowledge)
        if (
            credited
            and not any(is_speech_word(word, knowledge=knowledge) for word in words)
            and find_byline(text, knowledge=knowledge) is None
        ):
            pictured.append(number)
    for number in pictured:
        index = paragraphs[number][0]
        state.captions.append(index)
        state.claim(index, Role.CAPTION, "caption-in-story")
        # "Ferries were cancelled twice last winter. (Reuters)": a paragraph
        # the agency signs reads so too, as the page layout says of its
        # captions; so does one whose words narrate with no end mark before
        # the credit ("… were cancelled twice last winter (Reuters)").
        flagged = len(state.problems)
        flag_signed_caption(lines[index].text, index, state, knowledge)
        if len(state.problems) == flagged and generic_caption_narrates(
            lines[index].text, knowledge
        ):
            state.problems.append(
                Problem(
                    "caption-may-be-paragraph",
                    f"a paragraph between the story's paragraphs "
                    f"({lines[index].text.strip()[:60]!r}) ends in a credit and was read as "
                    "a photo's caption, but its words narrate: it may be a paragraph",
                    index,
                )
            )
    for number in reversed(pictured):
        del paragraphs[number]


# The fewest stamps alone on their lines that make an article a live blog.
_LIVE_BLOG_MIN_STAMPS = 2


# A stamp under a paragraph ending so answers it or is listed under it.
_NO_STAMP_UNDER = frozenset("?:")


def _entry_under_stamp(text: str, knowledge: Knowledge) -> bool:
    """Does ``text``, the paragraph under a time alone, read as a live blog's
    entry: no time alone itself, ending as a sentence does (a quotation's
    closing mark or a bracket after its end mark)?"""
    return not live_blog_stamp(text) and text.rstrip("\"'”’»)")[-1:] in knowledge.sentence_ends


def _live_blog_stamps(lines: list[Line], state: LineState, knowledge: Knowledge) -> None:
    """Take a live blog's stamps out of the body: paragraphs of one line
    holding only a time (``14.05 GMT``, ``9.05am``, ``2 min ago``:
    :func:`~wirestory.layouts.page.live_blog_stamp`) over each entry, two or
    more, in an article's text read as wire copy. They are the page's
    furniture (``live-blog-stamp``), as the page layout reads them; one time
    alone may answer the paragraph above (``When did the doors close?`` /
    ``4pm``). Each stamp stands over an entry, a paragraph ending as a
    sentence does, and under no question nor a colon: times answering
    questions (``When does the first boat leave?`` / ``7.05am``) or listed
    under a heading (``Tuesday's sailings:`` / ``7.05am`` / ``9.40am``) are
    the story's."""
    paragraphs = state.paragraphs
    # A stamp is a paragraph of one line holding a time alone: fewer than two
    # such lines in the story, and no paragraph's text need be joined.
    if (
        sum(
            1
            for paragraph in paragraphs
            if len(paragraph) == 1 and live_blog_stamp(lines[paragraph[0]].text)
        )
        < _LIVE_BLOG_MIN_STAMPS
    ):
        return
    texts = [joined_text(lines, paragraph).strip() for paragraph in paragraphs]
    stamps = [
        number
        for number, paragraph in enumerate(paragraphs)
        if len(paragraph) == 1
        and live_blog_stamp(texts[number])
        and number + 1 < len(paragraphs)
        and _entry_under_stamp(texts[number + 1], knowledge)
        and (number == 0 or texts[number - 1][-1:] not in _NO_STAMP_UNDER)
    ]
    if len(stamps) < _LIVE_BLOG_MIN_STAMPS:
        return
    for number in reversed(stamps):
        state.claim(paragraphs.pop(number)[0], Role.FURNITURE, "live-blog-stamp")


def _runs_on(text: str, knowledge: Knowledge) -> bool:
    """Whether a non-blank line reads on into the next one: it ends in neither
    a sentence's end (inside closing quotes) nor a digit (a date, a time)."""
    end = text.rstrip().rstrip(knowledge.closing_quotes)[-1:]
    return end != "" and not end.isdigit() and end not in knowledge.sentence_ends
