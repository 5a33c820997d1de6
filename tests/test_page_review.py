"""Page forms a review of the held-out page rules found read silently wrong:
short paragraphs taken for boxes or furniture, prose taken for captions or
datelines, credits with abbreviations turned down, and the stories read on past
a box or cut above prose with no word in the record.

Every text here is invented, in the shape of real page text (the page around it
is ``test_page_heldout``'s)."""

from __future__ import annotations

import pytest
from test_page_heldout import _PARAGRAPHS, _page, _rules

import wirestory
from wirestory import ParseOptions
from wirestory.captions import find_credit, is_credit_line
from wirestory.datelines import find_dateline
from wirestory.layouts.page import furniture_phrase

PAGE = ParseOptions(layout="page")


@pytest.mark.parametrize(
    "line",
    [
        "Recommended: book a seat early, as the boats fill by noon.",
        "Don't miss: the last boat leaves the quay at eleven.",
        "Read also: the timetable on the harbour office's door.",
        "You might also like: a walk along the old sea wall.",
        "Related content: the council's notice is pinned at the library.",
        "Leia mais: a fila começa às seis da manhã.",
    ],
)
def test_a_short_paragraph_opening_with_a_box_label_is_the_storys(line: str) -> None:
    """A short paragraph that opens with a box label's words and a colon ends in
    a full stop, as no box's headline does (``READ MORE: Headline``, kept a box
    by ``test_a_box_of_links_between_paragraphs_does_not_end_the_story``): it
    is a body paragraph, not a ``listing-box``."""
    text = _page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert [*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]] == list(story.body)
    assert _rules(story, text)[line] != "in-story:listing-box"


_SUBTITLE = "THE harbour board has approved a quay on the site of the old fish market."


@pytest.mark.parametrize(
    "first",
    ["The vote was close.", "\u201cIt was a long night,\u201d said one member."],
)
def test_a_short_first_paragraph_under_the_byline_is_the_storys(first: str) -> None:
    """``Headline`` / subtitle / ``By Name`` / date / share count / a short first
    paragraph / story: the date line and the count are the header's furniture,
    the short sentence under them is the story's first paragraph (it was
    furniture, ``between-headline-and-story``, above the first paragraph of a
    paragraph's length). A date line ending in a full stop stays furniture."""
    header = f"{_SUBTITLE}\nBy Jane Roe\nUpdated Nov. 19, 2019 6:10 a.m.\n0\n{first}"
    text = _page(header, *_PARAGRAPHS, header="")
    story = wirestory.parse_story(text, options=PAGE)
    assert story.standfirst == _SUBTITLE
    assert [first, *_PARAGRAPHS] == list(story.body)
    assert _rules(story, text)["Updated Nov. 19, 2019 6:10 a.m."] == "between-headline-and-story"


@pytest.mark.parametrize(
    "line",
    [
        "The old sign still hangs over the door. \u00a9 marks like that one, the owner "
        "said, were painted by his father.",
        "He pointed at the tin. \u00a9 Harbour Foods, it read, in letters an inch high.",
        "He pointed at the old tin on the shelf by the door. \u00a9 Harbour Foods, it read",
        "Fans held up a banner reading Home | Photo Credit: Us as the team came out.",
        "The boat pulled away. Photo credits: she said, should go to her son, who held it.",
    ],
)
def test_a_sentence_after_a_credit_mark_is_no_credit(line: str) -> None:
    """A copyright sign or a ``| Photo Credit:`` label inside a paragraph followed
    by the rest of a sentence (a lower-case word after the label and a full
    stop at the end, or an English function word after the label when the
    line was cut short with no full stop) is no inline credit: the line is a
    body paragraph, not a caption. ``© Provided by Harbour Media`` and ``| Photo Credit: PTI`` stay
    credits (``test_a_caption_between_paragraphs_keeps_its_credit``)."""
    assert find_credit(line, page=True).credit is None
    text = _page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert not story.captions
    assert [*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]] == list(story.body)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("A plant in bloom. Image Credit: Supplied", "Image Credit: Supplied"),
        ("The sky at dusk. Photo: Jane Roe.", "Photo: Jane Roe."),
        ("Workers at dawn. Photo: Jane Roe and Tom Hale", "Photo: Jane Roe and Tom Hale"),
        (
            "Workers at dawn. \u00a9 Jane Roe, courtesy of the Harbour Board",
            "\u00a9 Jane Roe, courtesy of the Harbour Board",
        ),
    ],
)
def test_an_inline_credit_that_is_a_name_is_kept(line: str, credit: str) -> None:
    """A name after the label, even one ending in a full stop, is still a credit;
    so are names joined by ``and`` and a ``courtesy of`` after a comma."""
    assert find_credit(line, page=True).credit == credit


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Courtesy of Mrs. Ada Penrose", True),
        ("Courtesy of Prof. Tom Hale", True),
        ("Courtesy of Harbour Bros. Archive", True),
        ("Courtesy of the Dept. of Parks", True),
        ("Jane Roe/Harbour Inc. Images", True),
        ("Photo: Jane Roe, Harbour Ltd. Archive", True),
        ("Photo: Jane Roe for Harbour Corp. Media", True),
        ("Workers on the quay at dawn. REUTERS/Jane Roe", False),
        ("The mill shut. Courtesy of Tom Hale", False),
    ],
)
def test_an_abbreviation_in_a_credit_ends_no_sentence(line: str, expected: bool) -> None:
    """A full stop after an abbreviation (``Knowledge.name_abbreviations``) inside
    a credit alone on its line ends no sentence; a sentence before a credit
    still makes the line no credit alone."""
    assert is_credit_line(line) is expected


def test_a_caption_over_a_credit_with_an_abbreviation_is_one_caption() -> None:
    """A caption line in the story, its paragraphs set apart by no blank line,
    with ``Courtesy of Mrs. Name`` under it is one caption with that credit;
    both lines were the story's (a paragraph and a subheading)."""
    caption = "The captain and his crew on the quay in the summer of 1978"
    credit = "Courtesy of Mrs. Ada Penrose"
    text = _page("\n".join([*_PARAGRAPHS[:2], caption, credit, *_PARAGRAPHS[2:]]))
    story = wirestory.parse_story(text, options=PAGE)
    assert [(caption, credit)] == [(c.text, c.credit) for c in story.captions]
    assert list(_PARAGRAPHS) == list(story.body)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Monday, Nov 18: Council votes to close the pier.",
        "MONDAY, Nov 18: Council votes to close the pier.",
        "Last Friday, Nov 22: The ferry stopped.",
        "Deadline, March 3: Forms must be in by noon.",
        "The Big Day, June 1: Everyone came.",
        "Sunday, Mar 3 - Crews left the quay.",
    ],
)
def test_a_weekday_or_title_case_words_before_a_date_and_colon_are_no_dateline(
    paragraph: str,
) -> None:
    """A date and a colon after title-case words or a weekday open a sentence,
    not a dateline: the colon form wants a place in capitals, and a weekday is
    never a place."""
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "places"),
    [
        ("DUBAI, Nov 19: The airport opened a new terminal.", ("DUBAI",)),
        ("NEW DELHI, Nov 19: The airport opened a new terminal.", ("NEW DELHI",)),
        ("Chicago, Oct 19 - Shares rose.", ("Chicago",)),
        ("SUN CITY, Nov 3 - The resort reopened.", ("SUN CITY",)),
    ],
)
def test_a_place_before_a_date_is_still_a_dateline(paragraph: str, places: tuple[str, ...]) -> None:
    """A place in capitals before a date and a colon, and a place before a date
    and a dash, are datelines."""
    found = find_dateline(paragraph)
    assert found is not None
    assert found.places == places


def test_a_weekday_and_date_opening_a_story_stay_its_words() -> None:
    """``Sunday, Mar 3: Crews …`` opening a page's story or a wire story is the
    first paragraph, whole: no dateline takes its first words."""
    first = (
        "Sunday, Mar 3: Crews on the island ferries stopped work at midnight, leaving "
        "about two thousand people to find other ways across the sound."
    )
    page = wirestory.parse_story(_page(first, *_PARAGRAPHS), options=PAGE)
    assert page.dateline is None
    assert page.body[0] == first
    wire = wirestory.parse_story(f"Ferry crews walk out\n\n{first}\n\n{_PARAGRAPHS[0]}\n")
    assert wire.dateline is None
    assert wire.body[0] == first


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to help at the library by calling the council on a weekday.",
        "Story continues below the harbour wall, where the old tunnel opens.",
    ],
)
def test_a_sentence_opening_like_a_furniture_prompt_is_the_storys(line: str) -> None:
    """A sentence of more than eight words opening with ``Sign up to`` or ``Story
    continues below`` (``Knowledge.sentence_prefixes``) is the story's
    paragraph, not furniture; the prompts themselves stay furniture
    (``test_a_furniture_line_between_paragraphs_parts_nothing``)."""
    assert not furniture_phrase(line)
    text = _page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert [*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]] == list(story.body)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to receive our newsletter.",
        "Story continues below advertisement",
        "Subscribe to our monthly newsletter and get the best stories straight to your inbox.",
    ],
)
def test_furniture_prompts_stay_furniture(line: str) -> None:
    """A short sentence opening with a sentence prefix, a line that is no
    sentence, and a long sentence opening with another furniture prefix are
    furniture."""
    assert furniture_phrase(line)


_OTHER_STORY = (
    "Bakers in the old town say the rising price of flour will put a loaf up by a "
    "fifth before the summer, and that two small shops may have to close.",
    "Volunteers cleared four tonnes of plastic from the north beach at the weekend, "
    "the most they have collected since the monthly clean-ups began.",
)


@pytest.mark.parametrize(
    "box",
    [
        "Related stories\nLighthouse keeper retires at last\nFerry fares to rise in the new year",
        "You may also like",
    ],
)
def test_a_story_read_past_a_box_into_other_prose_says_so(box: str) -> None:
    """Read past a box of links, prose that shares no distinctive word with the
    story above the box may be the linked stories' teasers: the story carries
    ``story-runs-past-listing`` (it was glued silently). Prose that goes on
    with the story's words is read past with no diagnostic
    (``test_a_box_of_links_between_paragraphs_does_not_end_the_story``)."""
    text = _page(*_PARAGRAPHS[:3], box, *_OTHER_STORY)
    story = wirestory.parse_story(text, options=PAGE)
    assert "story-runs-past-listing" in [d.code for d in story.diagnostics]


_SHARE_BAR = "Share this article\nFacebook\nTwitter\nWhatsApp\nEmail\nCopy link"


def test_two_paragraphs_under_a_share_bar_are_read_past() -> None:
    """A share bar inside a long story, the paragraphs under it going on with
    the story's words, is read past (``widget-box``): they were cut off the
    story (``prose-left-out`` said so; silently before that)."""
    text = _page("\n".join([*_PARAGRAPHS[:3], _SHARE_BAR, *_PARAGRAPHS[3:]]))
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS) == list(story.body)
    assert "prose-left-out" not in [d.code for d in story.diagnostics]


def test_other_prose_under_a_share_bar_is_not_flagged() -> None:
    """Two paragraphs of another story under the share bar, lighter than the story
    and sharing none of its words, are no loss: no ``prose-left-out``."""
    text = _page("\n".join([*_PARAGRAPHS[:3], _SHARE_BAR, *_OTHER_STORY]))
    story = wirestory.parse_story(text, options=PAGE)
    assert list(_PARAGRAPHS[:3]) == list(story.body)
    assert "prose-left-out" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize("line", ["By Sea Or Air", "By Then It Was Too Late", "By Night Or Day"])
def test_a_headline_opening_with_by_under_the_story_is_no_byline(line: str) -> None:
    """A related story's headline opening with ``By`` right under the story holds
    English function words (``Or``, ``It``, ``Was``), as no name does: it is no
    byline."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, line, header=""), options=PAGE)
    assert story.byline is None


@pytest.mark.parametrize(
    ("line", "names"),
    [("By Jane Roe", ("Jane Roe",)), ("By Ana de Souza", ("Ana de Souza",))],
)
def test_a_name_opening_with_by_under_the_story_is_the_byline(
    line: str, names: tuple[str, ...]
) -> None:
    """A name under the story, a particle in it or not, is still the byline, and
    the record says where it came from (``byline-after-story``: capitalised
    words alone, ``By Royal Appointment``, may be a related headline)."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, line, header=""), options=PAGE)
    assert story.byline is not None
    assert story.byline.names == names
    assert [d.code for d in story.diagnostics] == ["byline-after-story"]


_COMMENTS_SAME_WORDS = (
    "Fishermen at the harbour said the quay would leave their boats nowhere to "
    "moor, and the board's chairman promised them berths on the west side.",
    "The quay's cost has not been published, and the harbour board said it would "
    "give the figure at its next meeting once the contract was signed.",
)


def test_a_comment_count_between_paragraphs_is_flagged() -> None:
    """``P0`` / ``P1`` / ``12 comments`` / two paragraphs going on with the story's
    words: a comment count printed as a link between paragraphs ends the story
    there, and the paragraphs under it are lost; the record says so
    (``prose-left-out``), where it said nothing before."""
    text = _page(*_PARAGRAPHS[:2], "12 comments", *_COMMENTS_SAME_WORDS)
    story = wirestory.parse_story(text, options=PAGE)
    assert list(story.body) == list(_PARAGRAPHS[:2])
    flagged = [d for d in story.diagnostics if d.code == "prose-left-out"]
    assert len(flagged) == 1
    assert "comment heading" in flagged[0].message


def test_one_paragraph_under_a_comment_count_between_paragraphs_is_flagged() -> None:
    """``P0`` / ``P1`` / ``12 comments`` / one paragraph going on with the story's
    words / the page's furniture: the story's last paragraph under a comment
    count printed as a link is lost, and the record says so; a comment printed
    without its writer's name reads the same and gets the same warning."""
    text = _page(*_PARAGRAPHS[:2], "12 comments", _COMMENTS_SAME_WORDS[0])
    story = wirestory.parse_story(text, options=PAGE)
    assert list(story.body) == list(_PARAGRAPHS[:2])
    flagged = [d for d in story.diagnostics if d.code == "prose-left-out"]
    assert len(flagged) == 1
    assert "one paragraph" in flagged[0].message


@pytest.mark.parametrize(
    "comments",
    [
        # Comments under their writers' names and times: no paragraphs in a row.
        (
            "Tom Hale",
            "2 hours ago",
            _COMMENTS_SAME_WORDS[0],
            "Ann Marsh",
            "3 hours ago",
            _COMMENTS_SAME_WORDS[1],
        ),
        # Paragraphs in a row that share no distinctive word with the story.
        (
            "My grandmother kept chickens in a yard behind the bakery for years, and "
            "every morning we collected the eggs before school started.",
            "Some people will complain about anything at all, whatever it is, and "
            "nothing anyone says or writes will ever change their minds.",
        ),
    ],
)
def test_a_comment_section_under_the_story_is_not_flagged(comments: tuple[str, ...]) -> None:
    """Comments under the story are prose too; under their writers' names, or
    sharing none of the story's distinctive words, they are no lost paragraphs."""
    text = _page(*_PARAGRAPHS, "12 comments", *comments)
    story = wirestory.parse_story(text, options=PAGE)
    assert list(story.body) == list(_PARAGRAPHS)
    assert "prose-left-out" not in [d.code for d in story.diagnostics]
