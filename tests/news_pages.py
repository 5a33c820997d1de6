"""A news page around invented story blocks, as a scraper's text gives it.

The held-out rounds' tests (``test_heldout7.py`` and after) build their pages
so: the page's title with the site's name, a menu, the headline, the header
lines (byline, date), the story's blocks set apart by blank lines, a footer.
"""

from __future__ import annotations

import functools

import wirestory

# Four paragraphs of one invented story (a council closing its library), the
# silent-wrong rounds' prose around the form each test puts between them.
LIBRARY_STORY = (
    "The town council voted on Tuesday to close the old library on Mill Street after "
    "a long debate about its roof and the cost of repairs.",
    "Members said the building had been unsafe for years and that a new branch would "
    "open near the station in the spring.",
    "The mayor said the books would move to the new branch and that a reading room "
    "would stay open in the town hall until then.",
    "Residents have until the end of the month to comment on the plan, which the "
    "council will vote on again in May.",
)


def news_page(*blocks: str, headline: str, header: str, site: str, year: int) -> str:
    """The page text: title line, menu, ``headline``, ``header``, the
    ``blocks`` (set apart by blank lines), a footer naming ``site`` and
    ``year``.

    >>> print(news_page("The story.", headline="Quay reopens", header="By Jane Roe",
    ...                 site="The Vale Post", year=2024))  # doctest: +NORMALIZE_WHITESPACE
    Quay reopens | The Vale Post
    <BLANKLINE>
    Home
    News
    World
    Business
    Sport
    <BLANKLINE>
    Quay reopens
    By Jane Roe
    <BLANKLINE>
    The story.
    <BLANKLINE>
    Advertisement
    About us
    Contact us
    Privacy Policy
    © 2024 The Vale Post
    """
    return (
        f"{headline} | {site}\n\nHome\nNews\nWorld\nBusiness\nSport\n\n"
        f"{headline}\n{header}\n\n"
        + "\n\n".join(blocks)
        + f"\n\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n© {year} {site}\n"
    )


# The library story's headline and a caption of its photo, and its page: the
# header a byline and a date line on the Vale Post's site (the held-out rounds
# from the eleventh on).
LIBRARY_HEADLINE = "Council votes to close old library"
LIBRARY_CAPTION = "Pupils leave the old library on Mill Street on Monday."
library_page = functools.partial(
    news_page,
    headline=LIBRARY_HEADLINE,
    header="By Orla Keane\nMarch 4, 2025",
    site="The Vale Post",
    year=2025,
)


def library_story(
    *blocks: str,
    headline: str = LIBRARY_HEADLINE,
    header: str = "By Jane Roe\nMarch 4, 2025",
) -> wirestory.Story:
    """The one story of the Vale Post's page around ``blocks``, read as a page
    (the silent-wrong rounds from the eighteenth on)."""
    text = news_page(*blocks, headline=headline, header=header, site="The Vale Post", year=2025)
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


# A header (a byline, a credit line) over three of the library story's
# paragraphs with no page around it: how the byline rounds (the seventeenth
# silent round on) read one header line in each layout.
HEADER_HEADLINE = "Council votes to close the old library"


def story_under_header(header: str, layout: str = "auto") -> wirestory.Story:
    """The first story of the headline, ``header`` and three paragraphs, read
    in ``layout``."""
    text = f"{HEADER_HEADLINE}\n\n{header}\n\n" + "\n\n".join(LIBRARY_STORY[:3]) + "\n"
    return wirestory.parse(text, options=wirestory.ParseOptions(layout=layout))[0]


def wire_story_under_header(header: str) -> wirestory.Story:
    """The story of the headline, ``header`` and three paragraphs, the first
    opening with a dateline, read as wire copy."""
    text = f"{HEADER_HEADLINE}\n\n{header}\n\nLONDON (Reuters) - " + "\n\n".join(LIBRARY_STORY[:3])
    [story] = wirestory.parse(text + "\n", options=wirestory.ParseOptions(layout="wire"))
    return story


def page_story_under_header(header: str) -> wirestory.Story:
    """The story of a page with a title, a menu, the headline with ``header``
    under it and three paragraphs, read as a page."""
    text = (
        f"{HEADER_HEADLINE} | Harbour Voice\n\nHome | News | Sport\n\n"
        f"{HEADER_HEADLINE}\n{header}\n\n" + "\n\n".join(LIBRARY_STORY[:3]) + "\n"
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


def three_readings(line: str) -> list[wirestory.Story]:
    """``line`` in a page's header, under an article's headline, in wire copy."""
    return [
        library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025"),
        story_under_header(line),
        wire_story_under_header(line),
    ]


# The library story in Spanish, on a Spanish paper's page (the rounds on
# Spanish names: alarm31, review31a, alarm35).
SPANISH_STORY = (
    "El ayuntamiento votó el martes cerrar la vieja biblioteca de la calle Molino tras un "
    "largo debate sobre el tejado y el coste de las reparaciones.",
    "Los concejales dijeron que el edificio llevaba años siendo inseguro y que una nueva "
    "sede abriría junto a la estación en primavera.",
    "El alcalde dijo que los libros se trasladarían a la nueva sede y que una sala de "
    "lectura seguiría abierta en el ayuntamiento hasta entonces.",
)
SPANISH_HEADLINE = "El ayuntamiento cierra la vieja biblioteca"


def spanish_page(header: str) -> wirestory.Story:
    """The Spanish story on a page with ``header`` under its headline, read as a page."""
    text = news_page(
        *SPANISH_STORY,
        headline=SPANISH_HEADLINE,
        header=header,
        site="El Faro del Puerto",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story
