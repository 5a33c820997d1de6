"""silent61: misreadings the last session left silent (read wrong, no
diagnostic), each probed with invented text first.

- A masthead under a section's title (``News | The Island Courier`` /
  ``The Island Courier`` / ``Ferry fares rise`` / ``By Anna Berg``) was taken
  for the headline: the masthead is furniture now, the line over the byline
  the headline; where the line between may be a deck (shaped as a name
  too) the masthead stays and the page says so
  (``headline-may-be-site-name``).
- A page's last block cut off mid-sentence that is a rights notice or a
  promo in French, Spanish, Portuguese, Italian, German, Dutch or Polish was
  kept as the story's cut-off paragraph (the check knew English words only).
- A title line naming the site over a short headline, no byline or date
  line (``Ferry fares rise - The Island Courier`` / ``Ferry fares rise`` /
  the story), was read as wire copy: the title the headline, the headline a
  subheading. Read as the page now (a two-word headline: the title, said
  ``headline-from-title``).
- ``Advertisement`` / ``Read more`` (a bidding phrase read as furniture)
  between the story's paragraphs ended the story, the paragraphs under it
  lost; a caption's sentence between two ad labels was kept as a paragraph
  unsaid (said ``paragraph-may-be-caption`` now).
- A deck right over the story's first paragraph, no byline or date line, was
  left out as furniture, unsaid: still left out (a photo's caption with no
  credit stands there as often, heldout8), said ``header-line-left-out``.
- A site's name over the date in a byline's place (``Vale Post · March 4,
  2025`` under ``Ferry fares rise - Vale Post``) was read as the writer,
  said only when its last word was an organisation's: not read now, said
  (``byline-name-unread``: a blog's writer is its site's name as often).
- A notes label (``Notes``, ``Sources``, ``Notes et références``, …) over
  numbered sentences closing the story was read as a subheading over the
  story's last paragraphs: the label and its rows are notes now.
- Pinned as already right or already said: a notes label over a list of
  short notes (left out with the list); a sentence alone under ``Sponsored`` (said
  ``story-runs-past-listing``); a title line naming the site over a long
  headline; a deck over a date line.

Every page and line here is invented.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from story_checks import one_story as _one

_LEAD = (
    "Residents of the northern villages will pay more to cross the strait from next "
    "month, the operator said on Tuesday, blaming the price of fuel and crew wages.\n\n"
    "A return ticket for a car and driver rises by four pounds, and foot passengers pay "
    "fifty pence more each way, according to the new timetable.\n\n"
)
_LAST = (
    "The council said it would ask the operator to keep the discount for islanders who "
    "travel to the mainland hospital.\n"
)
_BODY = _LEAD + _LAST
_HEADER = "Ferry fares rise - Vale Post\n\nFerry fares rise\n\nBy Anna Berg\n\n"


# --- 2. A masthead under a section's title -------------------------------------------


@pytest.mark.parametrize(
    ("title", "masthead", "headline", "byline"),
    [
        ("News | The Island Courier", "The Island Courier", "Ferry fares rise", "By Anna Berg"),
        (
            "Local - Marsh Valley Courier",
            "Marsh Valley Courier",
            "Bridge shut for repairs",
            "By Tom Hale",
        ),
        ("Sport · The Vale Post", "The Vale Post", "Rovers sign keeper", "By Jane Roe"),
    ],
)
def test_masthead_under_section_title_is_no_headline(
    title: str, masthead: str, headline: str, byline: str
) -> None:
    # Before: the masthead was the headline, the real one left out between
    # it and the byline, no diagnostic.
    story = _one(f"{title}\n\n{masthead}\n\n{headline}\n\n{byline}\n\n{_BODY}")
    assert story.headline == headline
    assert story.byline is not None
    assert story.byline.raw == byline
    assert len(story.body) == 3
    assert "headline-may-be-site-name" not in _codes(story)


def test_masthead_over_name_shaped_line_is_said() -> None:
    # The line between is in title case too: a headline in title case over
    # its deck reads the same. Kept, said (before: silent).
    story = _one(
        "News | The Island Courier\n\nThe Island Courier\n\n"
        "Islanders Face Higher Ferry Fares\n\nBy Anna Berg\n\n" + _BODY
    )
    assert story.headline == "The Island Courier"
    assert "headline-may-be-site-name" in _codes(story)


def test_title_case_headline_over_deck_is_said_not_moved() -> None:
    # The neighbour the rule must not move: a section's title over a headline
    # in title case and a short deck in title case (both names' shape).
    story = _one(
        "Sport | Ferry Fares Rise\n\nFerry Fares Rise\n\nIslanders Pay More\n\n"
        "By Anna Berg\n\n" + _BODY
    )
    assert story.headline == "Ferry Fares Rise"
    assert "headline-may-be-site-name" in _codes(story)


def test_headline_and_site_title_keeps_headline() -> None:
    # ``Headline | Site``: the headline is the title's longer part; the rule
    # asks for a section's label first, and must not fire.
    story = _one(
        "Ferry fares rise on northern route | Vale Post\n\nFerry fares rise on northern route\n\n"
        "By Anna Berg\n\n" + _BODY
    )
    assert story.headline == "Ferry fares rise on northern route"
    assert story.byline is not None
    assert story.byline.raw == "By Anna Berg"
    assert "headline-may-be-site-name" not in _codes(story)


# --- 7. Rights notices and promos in other languages ---------------------------------

_FRENCH = (
    "Hausse des tarifs du ferry - Le Courrier\n\nHausse des tarifs du ferry\n\nPar Anne Berg\n\n"
    "Les habitants des villages du nord paieront plus cher la traversée à partir du mois "
    "prochain, a annoncé mardi l'opérateur, qui invoque le prix du carburant et des salaires.\n\n"
    "Un aller-retour pour une voiture et son conducteur augmente de quatre euros, et les "
    "piétons paieront cinquante centimes de plus, selon le nouvel horaire.\n\n"
)
_SPANISH = (
    "Suben las tarifas del ferri - El Correo\n\nSuben las tarifas del ferri\n\nPor Ana Berg\n\n"
    "Los vecinos de los pueblos del norte pagarán más por cruzar el estrecho a partir del mes "
    "que viene, dijo el martes la naviera, que culpa al precio del combustible.\n\n"
    "Un billete de ida y vuelta para un coche y su conductor sube cuatro euros, y los "
    "pasajeros a pie pagarán cincuenta céntimos más, según el nuevo horario.\n\n"
)


@pytest.mark.parametrize(
    ("page", "last"),
    [
        (
            _FRENCH,
            "Tous droits réservés, la reproduction de tout ou partie de ce contenu est "
            "interdite sans l'accord de la rédaction et",
        ),
        (
            _FRENCH,
            "Vous pouvez lire la suite de notre couverture de la traversée et de tous les "
            "sujets de la région dans",
        ),
        (
            _SPANISH,
            "Puede leer más sobre la travesía y sobre todos los temas de la región en la "
            "portada de nuestra cobertura de",
        ),
    ],
)
def test_cut_off_notice_in_other_languages_is_no_paragraph(page: str, last: str) -> None:
    # Before: kept as the story's paragraph cut off at the page's end
    # (page-prose-cut-off), silently.
    story = _one(page + last + "\n")
    assert len(story.body) == 2
    assert last[:30] not in " ".join(story.body)


@pytest.mark.parametrize(
    ("page", "last"),
    [
        (
            _FRENCH,
            "Le conseil a indiqué qu'il demanderait à la compagnie de garder la réduction pour "
            "les habitants qui se rendent à l'hôpital du continent et",
        ),
        (
            _SPANISH,
            "El ayuntamiento dijo que pedirá a la naviera que mantenga el descuento para los "
            "vecinos que viajan al hospital de la península y",
        ),
    ],
)
def test_cut_off_paragraph_in_other_languages_is_kept(page: str, last: str) -> None:
    # The neighbour: a story's paragraph cut off mid-sentence stays its last.
    story = _one(page + last + "\n")
    assert len(story.body) == 3
    assert story.body[-1] == last


# --- Already right or already said: pinned -------------------------------------------


# --- 3. A site's name as the writer --------------------------------------------------


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Ferry fares rise - Vale Post", "Vale Post · March 4, 2025"),
        ("Ferry fares rise - Vale Post", "Vale Post | March 4, 2025"),
        ("Ferry fares rise | Harbour Notes", "Harbour Notes · March 4, 2025"),
        ("Ferry fares rise – Kelsham Evening Star", "Kelsham Evening Star | 4 March 2025"),
    ],
)
def test_site_name_over_date_is_no_writer(title: str, line: str) -> None:
    # Before: read as the writer, said only when its last word was an
    # organisation's (``Post``); ``Harbour Notes`` silently.
    story = _one(f"{title}\n\nFerry fares rise\n\n{line}\n\n" + _BODY)
    assert story.byline is None
    assert "byline-name-unread" in _codes(story)
    assert len(story.body) == 3


def test_site_name_in_copyright_over_date_is_no_writer() -> None:
    story = _one(
        "Ferry fares rise\n\nFerry fares rise\n\nHarbour Notes · March 4, 2025\n\n"
        + _BODY
        + "\n© 2025 Harbour Notes. All rights reserved.\n"
    )
    assert story.byline is None or "byline-name-unread" in _codes(story)


def test_by_site_name_stays_the_outlets_byline() -> None:
    # The neighbour: ``By Vale Post`` credits the outlet, read as before.
    story = _one("Ferry fares rise - Vale Post\n\nFerry fares rise\n\nBy Vale Post\n\n" + _BODY)
    assert story.byline is not None
    assert story.byline.names == ("Vale Post",)
    assert "byline-name-unread" not in _codes(story)


def test_writer_named_over_date_is_read_unsaid() -> None:
    # The neighbour: a writer's name over the date is the byline, no doubt.
    story = _one(
        "Ferry fares rise - Vale Post\n\nFerry fares rise\n\nAnna Berg · March 4, 2025\n\n" + _BODY
    )
    assert story.byline is not None
    assert story.byline.names == ("Anna Berg",)
    assert "byline-name-may-be-phrase" not in _codes(story)


@pytest.mark.parametrize(
    "label", ["Notes and references", "Notes", "References", "Sources", "Footnotes"]
)
def test_notes_label_over_notes_left_out(label: str) -> None:
    story = _one(
        _HEADER
        + _BODY
        + f"\n{label}\n\n1. Operator timetable, 2025.\n2. Council minutes, March meeting.\n"
    )
    assert story.body[-1] == _LAST.strip()
    assert len(story.body) == 3


_NUMBERED_NOTES = (
    "1. The fares are from the operator's timetable published in March 2025.\n\n"
    "2. The council's figures were given at its meeting on the ferry service.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Notes and references",
        "Notes",
        "References",
        "Sources",
        "Footnotes:",
        "Anmerkungen",
        "Notas y referencias",
        "Notes et références",
    ],
)
def test_notes_label_over_numbered_sentences_reads_notes(label: str) -> None:
    # Before: the label a subheading, the notes the story's last paragraphs,
    # no diagnostic.
    story = _one(_HEADER + _BODY + f"\n{label}\n\n" + _NUMBERED_NOTES)
    assert story.body[-1] == _LAST.strip()
    assert story.subheading_indices == ()
    assert story.notes[0] == label
    assert story.notes[-1].startswith("2. The council's figures")


def test_numbered_list_under_story_heading_stays_body() -> None:
    # The neighbour: the story's own numbered list under a heading that
    # names no notes.
    story = _one(_HEADER + _BODY + "\nWhat changes\n\n" + _NUMBERED_NOTES)
    assert story.body[-1].startswith("2. The council's figures")
    assert not story.notes


def test_last_paragraph_opening_notes_stays_body() -> None:
    # The neighbour: a story's last paragraph opening with the word.
    last = "Notes from the council meeting show the operator asked for the rise in January."
    story = _one(_HEADER + _BODY + "\n" + last + "\n")
    assert story.body[-1] == last
    assert not story.notes


def test_sentence_under_sponsored_is_said() -> None:
    story = _one(
        _HEADER
        + _LEAD
        + "Sponsored\n\nThe best island holidays are booked early this year.\n\n"
        + _LAST
    )
    assert story.body[-1] == _LAST.strip()
    assert _codes(story)


def test_title_over_long_headline_is_a_page() -> None:
    story = _one(
        "Ferry fares rise on the northern route | Vale Post\n\n"
        "Ferry fares rise on the northern route\n\n" + _BODY
    )
    assert story.layout == "page"
    assert story.headline == "Ferry fares rise on the northern route"
    assert len(story.body) == 3


def test_deck_over_date_is_the_standfirst() -> None:
    story = _one(
        "Ferry fares rise - Vale Post\n\nFerry fares rise\n\n"
        "Islanders face higher costs from April\n\n"
        "March 4, 2025\n\n" + _BODY
    )
    assert story.standfirst == "Islanders face higher costs from April"


# --- 1. A title line over a short headline, no byline -------------------------------


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Ferry fares rise - The Island Courier", "Ferry fares rise"),
        ("Rovers sign keeper · The Vale Post Daily", "Rovers sign keeper"),
        ("Pier closes early · The Kelsham Evening Star", "Pier closes early"),
    ],
)
def test_title_over_short_headline_is_read_as_page(title: str, headline: str) -> None:
    # Before: read as wire copy, the title the headline and the real one a
    # subheading, no diagnostic (the site's part was the title's longer).
    story = _one(f"{title}\n\n{headline}\n\n{_BODY}")
    assert story.layout == "page"
    assert story.headline == headline
    assert len(story.body) == 3
    assert not _codes(story)


def test_two_word_headline_under_title_is_said() -> None:
    # Read as a page now; a headline of two words is no title key: the title
    # is taken for the headline, said (before: wire copy, silent).
    story = _one("Bridge shut | Marsh Valley Courier\n\nBridge shut\n\n" + _BODY)
    assert story.layout == "page"
    assert "headline-from-title" in _codes(story)


def test_wire_headline_with_dash_stays_wire() -> None:
    # The neighbour: wire copy whose headline holds a dash, its first part
    # never printed again under it.
    story = _one("Ferry fares rise - islanders protest\n\n" + _BODY)
    assert story.layout == "wire"
    assert story.headline == "Ferry fares rise - islanders protest"
    assert len(story.body) == 3


# --- 5. Advertisements' lines ---------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "button"),
    [
        ("Advertisement", "Read more"),
        ("Sponsored", "See more"),
        ("Advertising", "Click here"),
        ("Advertisement", "Continue reading"),
    ],
)
def test_paragraph_under_ad_button_is_kept(label: str, button: str) -> None:
    # Before: the label and its button ended the story, the paragraph under
    # them lost, silently.
    story = _one(_HEADER + _LEAD + f"{label}\n\n{button}\n\n" + _LAST)
    assert story.body[-1] == _LAST.strip()
    assert len(story.body) == 3
    assert button not in story.body


def test_teaser_under_ad_button_ends_story() -> None:
    # The neighbour: a teaser's headline (no prose) under the button is no
    # story's paragraph; the story ends over the ad.
    story = _one(_HEADER + _LEAD + "Advertisement\n\nRead more\n\nRovers sign new keeper\n")
    assert len(story.body) == 2
    assert "Rovers sign new keeper" not in story.body


def test_caption_between_ad_labels_is_said() -> None:
    # Before: kept as a paragraph, no diagnostic.
    story = _one(
        _HEADER
        + _LEAD
        + "Advertisement\n\nA ferry leaves the northern harbour at dawn.\n\nAdvertisement\n\n"
        + _LAST
    )
    assert "paragraph-may-be-caption" in _codes(story)


@pytest.mark.parametrize(
    "short",
    ["Most telling of all, the champions stayed away.", "Police are investigating the crash."],
)
def test_short_paragraph_between_ad_labels_is_unsaid(short: str) -> None:
    # The neighbour: the story's short paragraph an AMP page slots between
    # two ads narrates (a comma, a past or an auxiliary): kept, not said.
    story = _one(_HEADER + _LEAD + f"Advertisement\n\n{short}\n\nAdvertisement\n\n" + _LAST)
    assert short in story.body
    assert "paragraph-may-be-caption" not in _codes(story)


# --- 6. A short deck with no byline -------------------------------------------------


@pytest.mark.parametrize(
    "deck",
    [
        "Islanders face higher costs from April",
        "Operator blames fuel and wages for the rise",
        "Islanders face higher costs from April as the operator blames fuel",
    ],
)
def test_deck_over_story_without_byline_is_said(deck: str) -> None:
    # Before: left out as furniture between the headline and the story,
    # silently. A photo's caption with no credit stands there as often
    # (heldout8 keeps it out of the standfirst): left out, said.
    story = _one("Ferry fares rise - Vale Post\n\nFerry fares rise\n\n" + deck + "\n\n" + _BODY)
    assert story.standfirst is None
    assert len(story.body) == 3
    assert "header-line-left-out" in _codes(story)


def test_kicker_over_story_is_no_standfirst() -> None:
    # The neighbour: a line in title case (a section's label) is no deck,
    # and not said.
    story = _one("Ferry fares rise - Vale Post\n\nFerry fares rise\n\nIsland News\n\n" + _BODY)
    assert story.standfirst is None
    assert "header-line-left-out" not in _codes(story)
