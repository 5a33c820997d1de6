"""My read of the session's merges (2026-12-07, fourth session of the day):
near misses of the rounds' rules that read silently wrong, each fixed here.
Every text is invented.

- On a page set one block a line (no blank line in its story), a photo
  credit standing between two paragraphs that both report speech took the
  paragraph above for its caption, unsaid: silent55 added the bare bracketed
  credit (``(Jane Roe/Getty Images)``) to the credits read there, where
  ``Photo: …`` and ``Name | Paper`` already did so. Now said
  (``caption-credit-between``); a caption reporting no speech over its
  credit, the common order, still reads unsaid.
- A caption under a photo's label with no credit (``Photo: Workers mend the
  old harbour wall at low tide on Monday.``) between the header's date line
  and the story was left out as the header's furniture, silently (found by
  captions55); between paragraphs the same line was a caption. Now a caption
  there too (``caption-in-header``), said ``caption-without-credit`` as it
  is in the story.
- A video player's row at the top of a page's body (a prompt's sentence
  over ``JUST WATCHED`` / a video's title / ``Replay`` / ``More Videos ...``
  over the story's first paragraph) was kept as the story's paragraphs,
  silently (two news pages of the labelled corpus print it so): now said,
  ``labels-over-story``.

A second reviewer's read of the merges (silent55, captions55, speed54p) and
the commits above, each fixed here:

- ``(Source: ONS/Reuters)`` under a paragraph took the paragraph for a
  photo's caption (silent55's bracketed credit with no label): a label that
  is no credit's mark holds a colon the bare credit never does.
- A writer's ``© Jane Roe`` over ``Posted …`` under the story made the last
  paragraph a caption (silent55's sign over a header line): the header only.
- A paragraph reporting speech over ``(Jane Roe/Getty Images)`` over a
  paragraph too long for a caption was still taken unsaid (the speech test
  above was reached only under a caption-sized sentence).
- ``With reporting by local media suggesting a higher death toll.``, the
  story's last sentence, was moved into its notes (silent55's note form):
  at most four words after ``by`` or ``from``.
- A video's promo (``WATCH: …`` / ``0:45``) over a description in words of
  its own no longer said ``story-runs-past-listing`` (silent55): said again
  when prose stands right under the video's length.
- ``byline-may-be-credit`` said of ``By Jane Roe | Vale Citizen`` (an opener
  names the writer).
- ``labels-over-story`` said of a list the story leads into (``The ports
  are:`` / ``Dover`` / ``Calais`` / ``Dunkirk``).

A third read, of the variants52 and heldout34 merges and the fixes above:

- ``(Video: Jane Roe/Getty Images)`` under a caption left the caption in no
  field (the fix above turned down every bracketed label with a colon; now
  only a figure's source: ``Source:``, ``Data:``).
- heldout34's notes took a story's sentences: ``… written with the help of
  AI and reviewed by three judges, the council said.`` and ``If you are
  affected by the issues identified in the report, the council urges …``.
- A one-word place, agency or section between a caseless headline and the
  date line (``ירושלים``) was read as the writer (heldout34).
- An Urdu story of short sentences said ``closing-sentence-may-be-notice``
  on each; now on the last only.
- A capitals line under a capitals headline over a column (``FROM OUR
  CORRESPONDENT``, ``THE VALE HERALD``) was joined to it unsaid
  (variants52): now said ``headline-may-hold-deck``.
- ``Photographs by Tom Bay | Updated …`` under the headline was read as a
  caption (``caption-in-header`` above): a caption there ends a sentence.
- Left by the third read, fixed at the stop: a two-word place between a
  caseless headline and the date line, named again by the story's lead
  (``नई दिल्ली`` / date / ``नई दिल्ली: …``), was read as the writer; and a
  writer's name with the place they file from after a comma (``احمد رضا،
  کراچی``) was left out with the header's furniture, silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wirestory

_PAGE = (
    "Vale Citizen | Local news\nHome\nNews\nSport\nOpinion\n"
    "Council approves new harbour wall after long debate\n"
    "By Tom Hale\nMarch 3, 2026\n"
    "The council voted on Monday to approve the plan for a new harbour wall after a "
    "debate that ran late into the night.\n"
    "The harbour master said the old wall had been failing for a decade and the storms "
    "of the last two winters had made repairs urgent.\n"
    "{above}\n{credit}\n"
    "The wall will cost about four million pounds, most of it paid by a national fund "
    "for coastal towns, officials said.\n"
    "Residents who spoke at the meeting welcomed the plan but asked for the works to "
    "stop during the summer season.\n"
    "About us\nContact\nPrivacy policy\n"
)

_CREDITS = [
    "(Jane Roe/Getty Images)",
    "(Jane Roe via AP)",
    "Photo: Jane Roe/Getty Images",
    "Jane Roe | Vale Citizen",
]


@pytest.mark.parametrize("credit", _CREDITS)
def test_a_credit_between_two_paragraphs_reporting_speech_is_said(credit: str) -> None:
    above = (
        "Work will begin in the spring and last two years, the council's engineer said, "
        "with the road closed for part of it."
    )
    [story] = wirestory.parse(_PAGE.format(above=above, credit=credit))
    codes = [problem.code for problem in story.diagnostics]
    # Read as the caption of the paragraph above, which leaves the body: said.
    assert [caption.text for caption in story.captions] == [above]
    assert "caption-credit-between" in codes


@pytest.mark.parametrize("credit", _CREDITS)
def test_a_caption_reporting_no_speech_over_its_credit_reads_unsaid(credit: str) -> None:
    above = "Workers mend the old harbour wall at low tide on Monday."
    [story] = wirestory.parse(_PAGE.format(above=above, credit=credit))
    assert [caption.text for caption in story.captions] == [above]
    assert [caption.credit for caption in story.captions] == [credit.strip("()")]
    assert above not in story.body
    assert "caption-credit-between" not in [problem.code for problem in story.diagnostics]


_HEADER_PAGE = (
    "Vale Citizen | Local news\nHome\nNews\nSport\n\n"
    "Council approves new harbour wall after long debate\n\nBy Tom Hale\n\n"
    "March 3, 2026\n\n{line}\n\n"
    "The council voted on Monday to approve the plan for a new harbour wall after a "
    "debate that ran late into the night.\n\n"
    "Work will begin in the spring and last two years, the council's engineer said, "
    "with the road closed for part of it.\n\n"
    "The wall will cost about four million pounds, most of it paid by a national fund "
    "for coastal towns, officials said.\n\nAbout us\nContact\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Workers mend the old harbour wall at low tide on Monday.",
        "Image: The harbour wall at low tide in March.",
        "Foto: Arbeiter reparieren die alte Hafenmauer am Montag.",
    ],
)
def test_a_labelled_caption_under_the_date_line_is_a_caption(line: str) -> None:
    [story] = wirestory.parse(_HEADER_PAGE.format(line=line))
    assert [caption.text for caption in story.captions] == [line]
    assert story.headline == "Council approves new harbour wall after long debate"
    assert story.body[0].startswith("The council voted on Monday")
    assert len(story.body) == 3
    assert "caption-without-credit" in [problem.code for problem in story.diagnostics]


_PLAYER_PAGE = (
    "Vale Post - World news\nWorld\nBusiness\nSport\n\n"
    "Ferry operators warn of summer strikes across the Channel ports\n\n"
    "By Jane Roe, Vale Post\n\nUpdated 0339 GMT March 3, 2026\n\n{above}\n\n"
    "Ferry operators warned on Monday that strikes at three Channel ports could halt "
    "crossings for much of the summer.\n\n"
    "The unions said talks over pay had broken down after the operators offered a rise "
    "of two percent, well below inflation.\n\n"
    "Passenger numbers have yet to recover to their levels before the pandemic, the "
    "operators' association said in a statement.\n\nAbout us\nContact\n"
)
_PROMPT = "Chat with us on our app. Find out what is happening in the world as it unfolds."


@pytest.mark.parametrize(
    "labels",
    [
        "JUST WATCHED\n\nFerry strike: what it means for you\n\nReplay\n\nMore Videos ...",
        "Rating\n\nUnproven\n\nAbout this rating",
        "Share to facebook\n\nShare to twitter\n\nShare to linkedin",
    ],
)
def test_labels_over_the_story_at_the_top_of_its_body_are_said(labels: str) -> None:
    [story] = wirestory.parse(_PLAYER_PAGE.format(above=_PROMPT + "\n\n" + labels))
    assert story.body[0] == _PROMPT
    assert story.body[-1].startswith("Passenger numbers")
    assert "labels-over-story" in [problem.code for problem in story.diagnostics]


@pytest.mark.parametrize(
    "above",
    [
        # Two labels only, or three under the body's third paragraph: no row.
        _PROMPT + "\n\nJUST WATCHED\n\nReplay",
        _PROMPT
        + "\n\nThe strike would be the first at the ports in a decade.\n\n"
        + "Talks resume on Friday, the unions said in a joint statement.\n\n"
        + "Dover\n\nCalais\n\nDunkirk",
        # Short sentences ending like sentences are the story's own.
        _PROMPT + "\n\nIt was not to be.\n\nThey said no.\n\nTalks failed.",
    ],
)
def test_no_row_of_labels_over_the_story_says_nothing(above: str) -> None:
    [story] = wirestory.parse(_PLAYER_PAGE.format(above=above))
    assert "labels-over-story" not in [problem.code for problem in story.diagnostics]


_CITIZEN = "Vale Citizen | Local news\nHome\nNews\nSport\nOpinion\n"
_WALL = (
    "The council voted on Monday to approve the plan for a new harbour wall after a "
    "debate that ran late into the night."
)
_WORK = (
    "Work will begin in the spring and last two years, the council's engineer said, with "
    "the road closed for part of it."
)


def _codes(story: wirestory.Story) -> list[str]:
    return [problem.code for problem in story.diagnostics]


@pytest.mark.parametrize("source", ["(Source: ONS/Reuters)", "(Data: ONS via Reuters)"])
def test_a_bracketed_source_under_a_paragraph_takes_no_caption(source: str) -> None:
    inflation = "Inflation in the region rose to 4.2 percent in February, up from 3.9 percent."
    text = (
        _CITIZEN + "Prices in Vale rise at the fastest pace in a year\nBy Tom Hale\n"
        "March 3, 2026\n"
        "Prices in the town rose at the fastest pace in a year in February, driven by food.\n"
        f"{inflation}\n{source}\n"
        "The council will publish its own figures next week, officials said.\n"
        "About us\nContact\nPrivacy policy\n"
    )
    [story] = wirestory.parse(text)
    assert inflation in story.body
    assert inflation not in [caption.text for caption in story.captions]


def test_a_writers_sign_over_a_date_under_the_story_takes_no_caption() -> None:
    last = "Whatever the cost, the town cannot afford another winter without a wall that holds."
    text = (
        "Vale Citizen | Opinion\nHome\nNews\nOpinion\n"
        "Why the harbour wall is worth every penny\nBy Jane Roe\nMarch 3, 2026\n"
        f"{_WALL}\n{_WORK}\n{last}\n© Jane Roe\nPosted March 4, 2026 at 10:00\n"
        "About us\nContact\n"
    )
    [story] = wirestory.parse(text)
    assert story.body[-1] == last
    assert story.captions == ()


def test_speech_over_a_credit_over_a_long_paragraph_is_said() -> None:
    long_paragraph = (
        "The wall will cost about four million pounds, most of it paid by a national fund "
        "for coastal towns that was set up after the floods of 2014, and the rest by the "
        "council and the harbour trust, which has agreed to raise its mooring fees for the "
        "first time in a decade to cover its share of the bill, officials said on Monday "
        "after the meeting closed."
    )
    text = (
        _CITIZEN + "Council approves new harbour wall after long debate\nBy Tom Hale\n"
        f"March 3, 2026\n{_WALL}\n{_WORK}\n(Jane Roe/Getty Images)\n{long_paragraph}\n"
        "Residents asked for the works to stop during the summer season, the chair said.\n"
        "About us\nContact\nPrivacy policy\n"
    )
    [story] = wirestory.parse(text)
    assert _WORK in story.body or "caption-credit-between" in _codes(story)


@pytest.mark.parametrize(
    "sentence",
    [
        "With reporting by local media suggesting a higher death toll.",
        "With inputs from suppliers now costing more the farm may close.",
    ],
)
def test_a_story_sentence_opening_with_reporting_by_stays_in_the_body(sentence: str) -> None:
    text = (
        "Harbour wall approved after long debate\n\nBy Tom Hale\n\n"
        f"VALE, March 3 (Reuters) - {_WALL}\n\n{_WORK}\n\n{sentence}\n"
    )
    [story] = wirestory.parse(text)
    assert story.body[-1] == sentence
    assert story.notes == ()


def test_a_video_promo_over_a_description_is_still_said() -> None:
    lines = [
        "Cranberry jam | Vale Kitchen",
        "Vale Kitchen",
        "Recipes",
        "About",
        "Cranberry jam",
        "By Dana Whitlock",
        "March 4, 2025",
        "This winter I wanted a jam that tastes of the holidays, and cranberries with a "
        "little orange peel turned out to be the answer after three tries in my kitchen.",
        "Is there anything better than warm toast with a spoon of homemade jam on a cold "
        "morning? My children ask for it every weekend now.",
        "WATCH: Our kitchen tour in one minute",
        "0:45",
        "Dana shows where she keeps the jars, the pans and the spices she uses most.",
        "Canning jam at home is simpler than it looks: acidic fruit only needs a water "
        "bath, and the jars keep for a year in a cool cupboard.",
        "Share",
        "Privacy Policy",
        "",
    ]
    [story] = wirestory.parse("\n\n".join(lines))
    assert "story-runs-past-listing" in _codes(story)


@pytest.mark.parametrize("byline", ["By Jane Roe | Vale Citizen", "BY JANE ROE | VALE CITIZEN"])
def test_a_bar_byline_with_its_opener_is_no_credit(byline: str) -> None:
    text = (
        "Council approves new harbour wall after long debate | Vale Citizen\nVale Citizen\n"
        "Home\nNews\nSport\nCouncil approves new harbour wall after long debate\n"
        "The vote ends a decade of debate over the town's sea defences.\n"
        f"{byline}\nMarch 3, 2026\n{_WALL}\n{_WORK}\n"
        "The wall will cost about four million pounds, officials said.\nAbout us\nContact\n"
    )
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names
    assert "byline-may-be-credit" not in _codes(story)


def test_a_list_the_story_leads_into_is_no_row_of_labels() -> None:
    above = (
        "Unions at three Channel ports voted on Monday to strike from July 1, the union "
        "said.\n\nThe ports are:\n\nDover\n\nCalais\n\nDunkirk"
    )
    [story] = wirestory.parse(_PLAYER_PAGE.format(above=above))
    assert story.body[1:5] == ("The ports are:", "Dover", "Calais", "Dunkirk")
    assert "labels-over-story" not in _codes(story)


_ORCHARD = (
    "The Vale Post\nHome\nNews\nSport\nHow one village bought its orchard\n"
    "By Hannah Vogt\nMarch 4, 2025\n{top}"
    "When the orchard at Greyfield Farm came up for sale last spring, the village decided "
    "to buy it.\nIn six weeks, 300 households raised £180,000, enough to buy the land and "
    "replant the oldest trees.\n{end}Subscribe\n"
)


def test_a_labelled_picture_credit_under_a_caption_keeps_the_caption() -> None:
    caption = "Volunteers pick apples at Greyfield Farm on Saturday."
    top = f"{caption}\n(Video: Jane Roe/Getty Images)\n"
    [story] = wirestory.parse(_ORCHARD.format(top=top, end=""))
    assert [(c.text, c.credit) for c in story.captions] == [
        (caption, "Video: Jane Roe/Getty Images")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "This report was written with the help of AI and reviewed by three judges, the "
        "council said.",
        "If you are affected by the issues identified in the report, the council urges you "
        "to contact its housing team.",
    ],
)
def test_a_story_sentence_shaped_like_a_note_stays_in_the_body(sentence: str) -> None:
    [story] = wirestory.parse(_ORCHARD.format(top="", end=sentence + "\n"))
    assert story.body[-1] == sentence
    assert story.notes == ()


def test_a_one_word_place_over_the_date_is_no_writer() -> None:
    text = (
        "חדשות העמק\nראשי\nחדשות\nספורט\nגשמים כבדים הציפו את רחובות העיר הלילה\n"
        "ירושלים\n04.03.2025 10:32\n"
        "גשמים כבדים שירדו במהלך הלילה הציפו כמה רחובות בעיר ושיבשו את התנועה.\n"
        "לפי השירות המטאורולוגי, הגשמים צפויים להימשך ביומיים הקרובים.\n"
        "העירייה הציבה צוותים נוספים לניקוז המים מהרחובות הראשיים.\n"
    )
    [story] = wirestory.parse(text)
    assert story.byline is None or "ירושלים" not in story.byline.names


def test_a_run_of_short_caseless_sentences_says_notice_once() -> None:
    text = (Path(__file__).parent / "cases_heldout34" / "ur_urdu_shaya_photo_file.txt").read_text(
        encoding="utf-8"
    )
    [story] = wirestory.parse(text)
    assert len(story.body) == 4
    assert _codes(story).count("closing-sentence-may-be-notice") <= 1


@pytest.mark.parametrize("line", ["FROM OUR CORRESPONDENT", "THE VALE HERALD"])
def test_a_capitals_line_joined_to_a_capitals_headline_is_said(line: str) -> None:
    text = (
        f"POOL REOPENS\n{line}\nBy Jane Roe\n\nThe town's swimming pool\nreopened on "
        "Saturday after\na six-month refit that cost\nthe council £1.2 million.\n"
    )
    [story] = wirestory.parse(text)
    assert story.headline == "POOL REOPENS" or "headline-may-hold-deck" in _codes(story)


_HINDI = (
    "समाचार वाणी\nहोम\nदेश\nखेल\nराजधानी में भारी बारिश से कई सड़कें जलमग्न\n{line}\n"
    "04 मार्च 2025, 10:32\n{lead}रात भर हुई बारिश के बाद राजधानी की कई सड़कें जलमग्न हो "
    "गईं और यातायात बाधित रहा।\nमौसम विभाग ने अगले दो दिनों तक और बारिश की चेतावनी जारी की "
    "है।\nनगर निगम ने पानी निकालने के लिए अतिरिक्त कर्मचारी तैनात किए हैं।\n"
    "लोगों से अनावश्यक यात्रा से बचने की अपील की गई है।\n"
)


def test_a_place_named_again_in_the_lead_is_no_writer() -> None:
    [story] = wirestory.parse(_HINDI.format(line="नई दिल्ली", lead="नई दिल्ली: "))
    assert story.byline is None
    assert story.headline == "राजधानी में भारी बारिश से कई सड़कें जलमग्न"


def test_a_caseless_writer_is_still_read() -> None:
    [story] = wirestory.parse(_HINDI.format(line="रमेश थापा", lead=""))
    assert story.byline is not None
    assert story.byline.names == ("रमेश थापा",)


def test_a_caseless_writer_and_their_city_after_a_comma() -> None:
    text = (Path(__file__).parent / "cases_heldout34" / "ur_urdu_shaya_photo_file.txt").read_text(
        encoding="utf-8"
    )
    [story] = wirestory.parse(text.replace("احمد رضا\n", "احمد رضا، کراچی\n"))
    assert story.byline is not None
    assert story.byline.names == ("احمد رضا",)
    assert story.byline.raw == "احمد رضا، کراچی"


_HINDI_MENU = (
    "समाचार वाणी\nहोम\nदेश\nताज़ा ख़बरें\nखेल\nराजधानी में भारी बारिश से कई सड़कें जलमग्न\n"
    "{line}\n04 मार्च 2025, 10:32\nरात भर हुई बारिश के बाद रमेश थापा के घर समेत राजधानी की कई "
    "सड़कें जलमग्न हो गईं।\nमौसम विभाग ने अगले दो दिनों तक और बारिश की चेतावनी जारी की है।\n"
    "नगर निगम ने पानी निकालने के लिए अतिरिक्त कर्मचारी तैनात किए हैं।\n"
)


def test_a_section_the_menu_names_is_no_writer() -> None:
    [story] = wirestory.parse(_HINDI_MENU.format(line="ताज़ा ख़बरें"))
    assert story.byline is None


def test_a_writer_named_again_inside_the_story_is_still_the_writer() -> None:
    # A guard: the namesake in the lead's middle does not make the name a place.
    [story] = wirestory.parse(_HINDI_MENU.format(line="रमेश थापा"))
    assert story.byline is not None
    assert story.byline.names == ("रमेश थापा",)
