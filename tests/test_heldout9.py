"""Page and wire forms of the ninth held-out round: an editor after a wire
byline's comma, an outlet with a number after a bar, bare agency credits after
a bar, stock tickers and newsletter boxes inside a story, with the
counter-cases that read like them and must be read otherwise.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from news_pages import news_page

import wirestory
from wirestory.bylines import find_byline, find_page_byline

_PARAGRAPHS = (
    "The river board will raise the flood wall along the old quay by 2028 to guard the "
    "market district, officials said on Thursday.",
    "The flood wall will cost about 800 million and will be built by three local firms, "
    "the river board said in a statement.",
    "Shopkeepers on the quay said they feared the building work would keep buyers away "
    "during the busy festival season.",
    "The river board said it would pay shopkeepers on the quay for any trade lost during "
    "the building work.",
)
_HEADLINE = "River board to raise flood wall along old quay"


# A page: title line, menu, headline, ``header``, the blocks (set apart by
# blank lines), a footer.
_page = functools.partial(
    news_page,
    headline=_HEADLINE,
    header="By Nadia Farouk\nMarch 4, 2025",
    site="The Valley Courier",
    year=2025,
)


# --- Bylines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("By Nadia Farouk, Edited by Omar Sheikh", ("Nadia Farouk",), None),
        ("By Nadia Farouk, edited by Omar Sheikh", ("Nadia Farouk",), None),
        ("By Nadia Farouk, Reuters, Edited by Omar Sheikh", ("Nadia Farouk",), "Reuters"),
    ],
)
def test_an_editor_after_a_wire_byline_s_comma_is_no_organisation(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    """``By Jane Roe, Edited by Tom Hale`` in wire copy: the editor after the
    comma is neither a writer nor the organisation (the page reader's rule)."""
    found = find_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (names, organization)
    story = wirestory.parse_story(f"{_HEADLINE}\n{line}\n\n" + "\n\n".join(_PARAGRAPHS))
    assert story.byline is not None
    assert story.byline.organization == organization


def test_a_second_writer_after_a_wire_byline_s_comma_stays() -> None:
    """Only ``Edited by`` after the comma names an editor."""
    found = find_byline("By Nadia Farouk, Omar Sheikh")
    assert found is not None
    assert found.names == ("Nadia Farouk", "Omar Sheikh")


@pytest.mark.parametrize("header", ["Nadia Farouk | News24", "By Nadia Farouk | News24"])
def test_an_outlet_with_a_number_after_the_bar(header: str) -> None:
    """``Jane Roe | News24``: an outlet whose name ends in a number after the
    bar is the byline's organisation, as ``| Daily Planet`` is."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{header}\nMarch 4, 2025"))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (("Nadia Farouk",), "News24")


@pytest.mark.parametrize("tail", ["| June5", "| Mar 4", "| 24"])
def test_a_date_after_the_bar_is_no_outlet(tail: str) -> None:
    """A month glued to a day, a date or a bare number after the bar is no
    outlet."""
    found = find_page_byline(f"By Nadia Farouk {tail}")
    assert found is not None
    assert (found.names, found.organization) == (("Nadia Farouk",), None)


@pytest.mark.parametrize(
    ("header", "organization"),
    [
        ("Source: Xinhua | 2025-03-04 10:12:30 | Editor: Zhang Lei", "Xinhua"),
        ("Source: Xinhua\nMarch 4, 2025", "Xinhua"),
        ("SOURCE: REUTERS\nMarch 4, 2025", "REUTERS"),
    ],
)
def test_a_source_line_naming_an_agency_under_the_headline(header: str, organization: str) -> None:
    """``Source: Xinhua | date | Editor: Jane Roe`` under the headline (Chinese
    state media's English sites): the agency is the byline's organisation,
    no writer; the editor is no writer either."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == ((), organization)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "line", ["Source: River board figures", "Source: Nadia Farouk", "Sources: Xinhua"]
)
def test_a_source_line_naming_no_agency_is_no_byline(line: str) -> None:
    """A study's or a chart's source, or a person after ``Source:``, is no
    byline."""
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    "header",
    [
        "By Park Ji-won (jiwon@valleycourier.example)\nPublished : Mar. 4, 2025 - 10:12",
        "Park Ji-won (jiwon@valleycourier.example)\nMarch 4, 2025",
    ],
)
def test_a_writer_s_address_in_parentheses_after_the_names(header: str) -> None:
    """``By Jane Roe (jroe@example.com)`` (Korean English-language papers): the
    address in parentheses is neither organisation nor reason to drop the
    byline; without ``By``, the address must hold a word of the name."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (("Park Ji-won",), None)


@pytest.mark.parametrize(
    "line",
    ["Contact Us (desk@valleycourier.example)", "Park Ji-won (newsdesk@valleycourier.example)"],
)
def test_an_address_naming_no_writer_is_no_byline(line: str) -> None:
    """An address in parentheses after words that are no name, or after a name
    the address does not hold, without ``By``: no byline."""
    assert find_page_byline(line) is None


# --- Captions and credits --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "photographer"),
    [
        ("Workers mend the flood wall on the old quay on Monday. — White Star", None),
        (
            "Workers mend the flood wall on Monday. — Photo by Imran Qureshi/White Star",
            "Imran Qureshi",
        ),
    ],
)
def test_a_pakistani_paper_s_photo_service_is_a_credit(line: str, photographer: str | None) -> None:
    """``— White Star`` after a caption (Pakistani papers' photo service): the
    caption's credit, as ``— AFP`` is."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], line, *_PARAGRAPHS[1:]))
    assert [c.agency for c in story.captions] == ["White Star"]
    assert story.captions[0].photographer == photographer
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_ship_line_s_name_ending_a_sentence_is_no_credit() -> None:
    """``White Star`` ending a story's sentence, no sentence's end before it,
    stays the story's text."""
    line = "Passengers boarded the old liner that once sailed for the White Star"
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], line, *_PARAGRAPHS[1:]))
    assert story.captions == ()


# --- Widgets inside the story's stretch --------------------------------------


def _rules(story: wirestory.Story, text: str) -> dict[str, str]:
    return {text[s.start : s.end].strip(): s.rule for s in story.segments}


@pytest.mark.parametrize(
    "widget",
    [
        "QUAYBANK\n412.50\n+3.2%",
        "QUAYBANK\n1,204.75 +12.40 (+1.0%)\nRIVCO\n188.10\n-0.8%",
        "RIVCO.B\n−0.8%",
    ],
)
def test_a_stock_widget_inside_the_story_is_furniture(widget: str) -> None:
    """A stock widget between two paragraphs (business pages): lines that are
    only a symbol over a price, a price, or a change in per cent are furniture,
    and the story's paragraphs below stay in the story."""
    text = _page(*_PARAGRAPHS[:2], widget, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text)
    assert list(story.body) == list(_PARAGRAPHS)
    rules = _rules(story, text)
    assert {rules[line] for line in widget.splitlines()} == {"in-story:widget-box"}


@pytest.mark.parametrize(
    "line",
    [
        # A live blog's time over its entry (British sites).
        "07.13",
        # A story's sentence holding figures.
        "Shares in the river board's builder rose 3.2% to 412.50 on Thursday.",
        # A one-word subheading in capitals, no price under it.
        "BACKGROUND",
    ],
)
def test_figures_and_capitals_that_are_no_widget_stay(line: str) -> None:
    """A time, a sentence with prices, capitals with no quote under them are
    no stock widget."""
    text = _page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text)
    assert _rules(story, text)[line] not in {"in-story:widget-box", "in-story:furniture-phrase"}


@pytest.mark.parametrize(
    "box",
    [
        "Newsletter\nThe week's river news, every Friday in your inbox.\nEnter your email\nSign up",
        "Newsletter\nMorning Briefing\nEnter your email\nSubscribe",
    ],
)
def test_a_newsletter_box_inside_the_story_does_not_end_it(box: str) -> None:
    """A newsletter's sign-up box of several lines between two paragraphs
    (its label, a pitch, the e-mail field, the button) is furniture; the
    story's paragraphs below it stay in the story."""
    text = _page(*_PARAGRAPHS[:2], box, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text)
    assert list(story.body) == list(_PARAGRAPHS)
    assert "prose-left-out" not in {d.code for d in story.diagnostics}
    rules = _rules(story, text)
    assert "in-story:widget-box" in {rules[line] for line in box.splitlines()}


def test_a_newsletter_box_under_the_story_still_ends_it() -> None:
    """A sign-up box under the story's last paragraph, with no prose of the
    story below it, is furniture after the story: nothing below is glued."""
    box = (
        "Newsletter\nThe week's river news, every Friday in your inbox.\nEnter your email\nSign up"
    )
    text = _page(*_PARAGRAPHS, box)
    story = wirestory.parse_story(text)
    assert list(story.body) == list(_PARAGRAPHS)
    assert "in-story:widget-box" not in _rules(story, text).values()


# --- Datelines -------------------------------------------------------------

_ITALIAN = (
    "La diga sul fiume sarà rialzata entro il 2028 per proteggere il quartiere del "
    "mercato, hanno detto giovedì i funzionari del consorzio.",
    "Il muro costerà circa 800 milioni e sarà costruito da tre imprese locali, ha detto "
    "il consorzio in una nota diffusa in serata.",
    "I negozianti del lungofiume temono che i cantieri allontanino i clienti durante la "
    "stagione delle feste.",
)
_PORTUGUESE = (
    "O muro do rio será elevado até 2028 para proteger o bairro do mercado, disseram na "
    "quinta-feira os responsáveis do consórcio.",
    "O muro vai custar cerca de 800 milhões e será construído por três empresas locais, "
    "disse o consórcio numa nota divulgada à noite.",
    "Os comerciantes da margem temem que as obras afastem os clientes durante a época das festas.",
)


@pytest.mark.parametrize(
    ("opening", "paragraphs", "place", "date_text"),
    [
        ("Roma, 12 giugno - ", _ITALIAN, "Roma", "12 giugno"),
        ("Roma, 12 giugno 2025 - ", _ITALIAN, "Roma", "12 giugno 2025"),
        ("Lisboa, 3 de dezembro - ", _PORTUGUESE, "Lisboa", "3 de dezembro"),
        (
            "Porto Alegre, 3 de dezembro de 2025 – ",
            _PORTUGUESE,
            "Porto Alegre",
            "3 de dezembro de 2025",
        ),
    ],
)
def test_a_title_case_place_before_a_day_first_month_spelled_out(
    opening: str, paragraphs: tuple[str, ...], place: str, date_text: str
) -> None:
    """Italian and Portuguese sites open the story with the place in title
    case, the day and the month spelled out (``Roma, 12 giugno - Il …``,
    ``Lisboa, 3 de dezembro - O …``): the dateline, read by its shape and the
    month (``dateline-place-by-shape``: a person's name before a date reads
    the same) unless the page names the place."""
    story = wirestory.parse_story(_page(opening + paragraphs[0], *paragraphs[1:]))
    assert story.dateline is not None
    assert (story.dateline.places, story.dateline.date_text) == ((place,), date_text)
    assert list(story.body) == list(paragraphs)
    assert [d.code for d in story.diagnostics] == ["dateline-place-by-shape"]
    header = f"By Nadia Farouk, {place}\nMarch 4, 2025"
    story = wirestory.parse_story(_page(opening + paragraphs[0], *paragraphs[1:], header=header))
    assert story.dateline is not None
    assert story.diagnostics == ()


def test_a_title_case_place_with_a_joining_word() -> None:
    """``Rio de Janeiro, 3 de dezembro - O …``: small joining words between a
    title-case place's words."""
    found = wirestory.find_dateline(
        "Rio de Janeiro, 3 de dezembro - O muro do rio será elevado.", page=True
    )
    assert found is not None
    assert (found.places, found.date_text) == (("Rio de Janeiro",), "3 de dezembro")


def test_a_place_in_capitals_before_de_and_the_month() -> None:
    """``LISBOA, 3 de dezembro - O …``: ``de`` before the month, in the
    capitals' form too (wire copy as pages)."""
    found = wirestory.find_dateline("LISBOA, 3 de dezembro - O muro do rio será elevado.")
    assert found is not None
    assert (found.places, found.date_text) == (("LISBOA",), "3 de dezembro")


@pytest.mark.parametrize(
    "paragraph",
    [
        # A weekday before the date is a date line's.
        "Monday, 12 June - The river board met on Thursday.",
        "Segunda-feira, 3 de dezembro - O consórcio reuniu-se.",
        # A month abbreviated after a title-case place vouches for nothing.
        "Roma, 12 giu. - Il consorzio si è riunito.",
        # Small letters after the dash.
        "Roma, 12 giugno - il consorzio si è riunito.",
        # A number that is no day.
        "Roma, 120 giugno - Il consorzio si è riunito.",
    ],
)
def test_a_title_case_place_before_a_day_first_date_counter_cases(paragraph: str) -> None:
    """No dateline where a weekday, an abbreviation or a sentence's words
    stand in a day-first dateline's place."""
    assert wirestory.find_dateline(paragraph, page=True) is None


def test_a_title_case_day_first_dateline_is_a_page_form_only() -> None:
    """Wire copy is read by its own forms: ``Roma, 12 giugno - Il`` there is no
    dateline."""
    assert wirestory.find_dateline("Roma, 12 giugno - Il consorzio si è riunito.") is None


# --- The stock widget's quotes, found by their shape first ---------------------------

_WIDGET_LINES = st.sampled_from(
    [
        "HARBSHIP",
        "BRK.B",
        "FTSE 100",
        "412.50",
        "1,204.75",
        "+3.2%",
        "-12.40",
        "(-0.8%)",
        "07.13",
        "Labour",
        "41.2%",
        "MENU",
        "",
        "The council met on Tuesday.",
        "+12.40 (+3.2%)",
    ]
)


def _quote_blocks_line_by_line(
    stripped: list[str], found: list[bool], quote_shaped: Callable[[str], bool] | None = None
) -> list[bool]:
    """The rule restated line by line, bottom up: a quote under a symbol or
    another quote, and the symbol right above such a quote. A quote is
    ``is_stock_quote``'s shape, or ``quote_shaped``'s when given."""
    from wirestory.layouts.page import is_stock_quote

    is_quote = is_stock_quote if quote_shaped is None else quote_shaped

    def symbol(text: str) -> bool:
        # A ticker's symbol: capitals, maybe a dot and a class letter.
        head, dot, tail = text.partition(".")
        return (
            2 <= len(head) <= 12
            and head.isalpha()
            and head.isupper()
            and (not dot or (1 <= len(tail) <= 2 and tail.isalpha() and tail.isupper()))
        )

    found = list(found)
    previous_quote = False
    for number in range(len(stripped) - 1, -1, -1):
        text = stripped[number]
        above = stripped[number - 1] if number > 0 else ""
        quote = is_quote(text) and (symbol(above) or is_quote(above))
        if quote or (previous_quote and symbol(text)):
            found[number] = True
        previous_quote = quote
    return found


@given(st.lists(st.tuples(_WIDGET_LINES, st.booleans()), max_size=12))
def test_quote_blocks_found_by_shape_agree_with_the_line_by_line_rule(
    blocks: list[tuple[str, bool]],
) -> None:
    from wirestory.layouts.page import stock_widget_quotes

    stripped = [text for text, _ in blocks]
    found = [flag for _, flag in blocks]
    assert stock_widget_quotes(stripped, list(found)) == _quote_blocks_line_by_line(stripped, found)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["QUAYBANK", "$412.50", "€24.50", "£3", "¥1,204", "+1.2%", "Rent", ""]),
            st.booleans(),
        ),
        max_size=10,
    )
)
def test_quote_blocks_after_a_currency_sign_are_found_as_line_by_line(
    blocks: list[tuple[str, bool]],
) -> None:
    """A price after a currency's sign is a quote's shape too (``QUAYBANK`` /
    ``$412.50``): the blocks opening with a sign are among those the sieve
    over a page's first characters lets through."""
    from wirestory.layouts.page import is_stock_quote, stock_widget_quotes

    def quote_or_price(text: str) -> bool:
        # A price after a currency's sign, restated: a sign, then digits,
        # groups of three after commas and maybe cents.
        price = regex.fullmatch(r"[$€£¥]\d{1,7}(?:,\d{3}){0,3}(?:\.\d{1,4})?", text)
        return is_stock_quote(text) or (len(text) <= 24 and price is not None)

    stripped = [text for text, _ in blocks]
    found = [flag for _, flag in blocks]
    assert stock_widget_quotes(stripped, list(found)) == _quote_blocks_line_by_line(
        stripped, found, quote_or_price
    )
