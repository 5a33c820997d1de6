"""review66: the defects a reviewer confirmed in silent66's rules, read as
before silent66 (23337eb) again.

- 1. An English or French paywall question over its prompt (``Already a
  subscriber? Log in.``, ``Déjà abonné ? Connectez-vous.``, a prompt of more
  than six words) cut the story unsaid: ``story-cut-by-paywall`` again.
- 2. A site's own numbered list under the story (``Before you comment``,
  ``Popular now``, ``How to sign up``, ``More from …``) was read as the
  story's last paragraphs, silently: left out again.
- 3. Rows kept in the body still said ``list-rows-left-out``: the rows are
  left out again, and the diagnostic says so truly.
- 4. A letter's or a spokesperson's line over a firm's name (``Tom Hale,
  Royal Mail``, ``Ann Park, Harbour Echo``, ``Jane Roe, Daily Star``) said
  ``credit-line-in-body`` falsely: quiet again.
- 5. A refrain printed twice (``Give the post a chance``) said
  ``paragraph-shown-again`` falsely.
- 6. Lines of marks (``“!”``, ``!!!``, ``,!``) and a site's labels (``“Breaking!”``,
  ``Live!``, ``New!``, ``Stay informed!``) printed over the story said
  ``chant-over-story-left-out`` falsely.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory

# A page with a story of five paragraphs, a block between it and the footer.
_PARAGRAPHS = (
    "The council approved a new bridge over the river on Tuesday after a debate that lasted "
    "more than four hours.",
    "The bridge will cost about 12 million pounds and will carry two lanes of traffic and a "
    "cycle path, officials said on Tuesday evening.",
    "Residents have campaigned for a new crossing for more than a decade, saying the old "
    "ferry was too slow and too expensive.",
    "Work on the foundations is due to begin in the spring, and the council hopes the first "
    "cars will cross in two years.",
    "Opposition councillors said the cost had doubled since the plan was first put forward "
    "and called for an independent review.",
)
_PAGE = (
    "Council approves new bridge over river | The Vale Courier\n\nHome | News | Sport | "
    "Contact\n\nCouncil approves new bridge over river\n\nBy Tom Harris\n\nMarch 12, 2024\n\n"
    + "\n\n".join(_PARAGRAPHS)
    + "\n\n{}\n\nAbout us | Privacy | Advertise\n"
)
# Wire copy with no blank lines, a line or two and a name over its last line.
_WIRE = (
    "KELLSTON, March 4 (Reuters) - Hundreds of students marched through the town centre on "
    "Saturday to protest against the closure of the library.\nThey carried banners and sang "
    "as they passed the shops, and the police closed the high street to traffic for an hour."
    "\n{}\nThe council will vote on the closure again in May, after a month in which "
    "residents can comment on the plan.\n"
)
# A page whose story opens under the header with what is put over it.
_MARCH_LEAD = (
    "Hundreds of students marched through the town centre on Saturday to protest against the "
    "closure of the library on Mill Street.",
    "They carried banners and sang as they passed the shops, and the police closed the high "
    "street to traffic for an hour.",
)
_MARCH_END = (
    "The chant rose again when the mayor came out of the town hall to speak to them, and she "
    "promised to listen to their case.",
    "The council will vote on the closure again in May, after a month in which residents "
    "can comment on the plan.",
)
_MARCH = (
    "Students march to save the library | The Vale Post\n\nHome\nNews\nWorld\nBusiness\nSport"
    "\n\nStudents march to save the library\nBy Jane Roe\nMarch 4, 2025\n\n{}\n\n"
    + "\n\n".join(_MARCH_END)
    + "\n\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n© 2025 The Vale Post\n"
)


def _codes(story: wirestory.Story) -> set[str]:
    return {d.code for d in story.diagnostics}


# --- 1. An English or French paywall question over its prompt -----------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Already subscribed? Log in with your email address to keep on reading",
        "Déjà abonné ? Connectez-vous.",
        "Already a subscriber? Log in.",
        "Already a subscriber? Sign in.",
        "Already a member? Log in.",
        "Already a subscriber? Click here to log in.",
        "Déjà abonné ? Se connecter.",
        "Déjà abonné ? Connectez-vous pour lire la suite de cet article",
    ],
)
def test_a_paywall_question_over_its_prompt_says_the_cut(notice: str) -> None:
    (story,) = wirestory.parse(_PAGE.format(notice))
    assert list(story.body) == list(_PARAGRAPHS)
    assert "story-cut-by-paywall" in _codes(story)


# --- 2. and 3. A numbered list under the story --------------------------------------


@pytest.mark.parametrize(
    ("heading", "rows"),
    [
        (
            "Before you comment",
            (
                "1. Comments are checked before they appear.",
                "2. We remove abusive posts without warning.",
            ),
        ),
        (
            "Popular now",
            (
                "1. Ferry crews walk out over pay on the islands.",
                "2. School roof repairs finish early in Kellston.",
            ),
        ),
        (
            "How to sign up",
            (
                "1. Open the app on your phone and tap the menu.",
                "2. Choose a password and confirm your email address.",
            ),
        ),
        (
            "More from The Vale Courier",
            (
                "1. Ferry crews walk out over pay on the islands.",
                "2. School roof repairs finish early in Kellston.",
            ),
        ),
    ],
)
def test_a_site_s_numbered_list_under_the_story_stays_out(
    heading: str, rows: tuple[str, ...]
) -> None:
    (story,) = wirestory.parse(_PAGE.format("\n\n".join((heading, *rows))))
    assert list(story.body) == list(_PARAGRAPHS)
    assert "list-rows-left-out" not in _codes(story)


@pytest.mark.parametrize(
    ("heading", "rows"),
    [
        (
            "What happens next",
            (
                "1. The council votes on the plan in June.",
                "2. Work on the bridge starts in the autumn.",
                "3. The first cars cross it in two years.",
            ),
        ),
        (
            "House rules",
            (
                "1. Keep your comments on the subject of the story.",
                "2. Do not post the same comment more than once.",
                "3. Be kind to other readers in every reply.",
            ),
        ),
    ],
)
def test_rows_said_left_out_are_left_out(heading: str, rows: tuple[str, ...]) -> None:
    # A heading of no notes over three rows: which list it is the page does
    # not show, so the rows are left out and said so (as before silent66),
    # never kept in the body while said left out.
    (story,) = wirestory.parse(_PAGE.format("\n\n".join((heading, *rows))))
    assert list(story.body) == list(_PARAGRAPHS)
    assert "list-rows-left-out" in _codes(story)


# --- 4. A letter's or a spokesperson's line over a firm -----------------------------


@pytest.mark.parametrize(
    "lines",
    [
        "Sir, the plan to close the post office on Mill Street is short-sighted and will hurt "
        "the old.\nThe branch in Kellston has served the town for a hundred years.\n"
        "Tom Hale, Royal Mail",
        "Deliveries in Kellston are back to normal after the strike.\nTom Hale, Royal Mail",
        "Members sang at St Mary's church in Kellston last Christmas.\nAnn Park, Harbour Echo",
        "The mayor told the Kellston Courier on Monday.\nJane Roe, Daily Star",
    ],
)
def test_a_firm_under_a_letter_or_a_speaker_says_no_credit(lines: str) -> None:
    (story,) = wirestory.parse(_WIRE.format(lines))
    assert lines.rpartition("\n")[2] in story.body
    assert "credit-line-in-body" not in _codes(story)


# --- 5. A refrain printed twice -----------------------------------------------------


def test_a_refrain_opening_on_give_is_no_button() -> None:
    refrain = "Give the post a chance"
    (story,) = wirestory.parse(_MARCH.format("\n\n".join((*_MARCH_LEAD, refrain, refrain))))
    assert story.body.count(refrain) == 2
    assert "paragraph-shown-again" not in _codes(story)


# --- 6. Marks and a site's labels printed over the story ----------------------------


@pytest.mark.parametrize(
    "label",
    [
        ("“!”", "“!”"),
        ("“Breaking!”", "“Breaking!”"),
        ("!!!", "!!!", "!!!"),
        ("Live!", "Live!", "Live!"),
        ("Stay informed!", "Stay informed!", "Stay informed!"),
        ("New!", "New!", "New!"),
        (",!", ",!"),
    ],
)
def test_marks_or_a_label_over_the_story_is_no_chant(label: tuple[str, ...]) -> None:
    (story,) = wirestory.parse(_MARCH.format("\n\n".join((*label, *_MARCH_LEAD))))
    assert list(story.body) == [*_MARCH_LEAD, *_MARCH_END]
    assert "chant-over-story-left-out" not in _codes(story)
