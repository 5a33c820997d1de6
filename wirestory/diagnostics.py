"""Every diagnostic code and every rule name, with what it means: the registry.

A :class:`~wirestory.Diagnostic`'s ``code`` is always a key of :data:`CODES`
(a :class:`~wirestory.state.Problem` with another code cannot be made), and a
:class:`~wirestory.Segment`'s ``rule`` is always a key of :data:`RULES`; the
test suite checks both on every labelled case and corpus page, and checks that
docs/diagnostics.md lists each of them. A program reading records can rely on
these names: they change only with a changelog entry.

>>> CODES["repeat-differs"].severity
'warning'
>>> RULES["repeated-headline"]
'the headline shown again: below the marker, or under itself (duplicate)'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

import attrs

__all__ = ["CODES", "RULES", "Code", "Severity"]

Severity = Literal["warning", "info"]
"""``warning``: a field may be wrong or missing, check the story; ``info``: the
input was repaired or set aside and the story's fields are as good as the text
allows."""


@attrs.frozen
class Code:
    """One kind of diagnostic."""

    name: str
    """The stable identifier (``Diagnostic.code``)."""
    severity: Severity
    meaning: str
    """What it says about the story, in one line."""


_CODES = (
    Code("empty-story", "warning", "the story holds no text (only blank or set-aside lines)"),
    Code("no-headline", "warning", "the story starts with its marker line: no headline"),
    Code("no-body", "warning", "no line of the story was read as a body paragraph"),
    Code(
        "page-of-teasers",
        "warning",
        "three or more blocks making most of the story's body are each a headline over a "
        "one-sentence teaser: the text may be a section front or index page listing other "
        "stories, not one story",
    ),
    Code(
        "caption-without-credit",
        "warning",
        "a line read as a caption has no credit: it may be body text or a standfirst",
    ),
    Code(
        "credit-without-caption",
        "warning",
        "a picture's credit alone on its line (Photo: Jane Roe/Getty Images, Jane Roe/Getty "
        "Images, Image copyright AFP, Illustration by Max Ono) with no caption over or under "
        "it, under the headline or among the paragraphs, is set aside in no field (its "
        "segment's role is caption): the picture was printed with no caption, or its "
        "caption is not in the text or was read as another field (a paragraph)",
    ),
    Code(
        "caption-holds-credit",
        "warning",
        "a caption's text, its credit split off, still ends in a credit: of two credits in "
        "parentheses only the last is read as the credit (a name in parentheses after a "
        "sentence's end, opening with no common given name, before an agency's: … on "
        "Monday. (Khaled Desouki) (AFP), a photographer's or a party's)",
    ),
    Code(
        "credit-name-may-be-place",
        "warning",
        "a caption's photographer was read from a name in parentheses before an agency's "
        "credit after the caption's sentence, a common given name first and a last word "
        "that ends a place's name as often as it is a surname (… on Monday. (Jane Hill) "
        "(AFP), (James Park) (AFP)): it may be a park, a hill or a church the caption names",
    ),
    Code(
        "repeat-differs",
        "warning",
        "the repeated header shows the headline or a caption edited, misses a caption or adds one",
    ),
    Code(
        "line-too-long",
        "info",
        "a line longer than max_line_chars was kept as role other, in no field",
    ),
    Code(
        "story-too-large",
        "warning",
        "lines past max_story_chars were kept as role other, in no field",
    ),
    Code(
        "internal-error",
        "warning",
        "wirestory failed to read the story (a defect of its own, the exception named in "
        "the message): its lines were kept as role other, in no field; please report the text",
    ),
    Code("nul-character", "info", "NUL characters were removed from the fields"),
    Code(
        "paragraphs-by-line-shape",
        "warning",
        "the story holds no blank line between its first and last lines, and lines of a "
        "hard wrap's shape (none longer than a wrap's width, not every one ending a "
        "sentence) were joined into one paragraph: copy set one paragraph a line with its "
        "blank lines dropped reads the same, its paragraphs glued together",
    ),
    Code(
        "hard-wrap-doubtful",
        "warning",
        "the story's lines are cut at a fixed width (none wider than 100 characters, lines "
        "filled to it running on mid-sentence onto the next) and the story was read against "
        "the wrap: a field or paragraph ends right under a line of nearly the width ending "
        "like no sentence (its rest may be the next line: a caption's credit, a paragraph's "
        "last words), or a line was joined to the one above though its first word would "
        "have fit there (two fields or paragraphs may be glued, a headline to its byline)",
    ),
    Code(
        "soft-hyphens-read-as-written",
        "warning",
        "a line of the story holds a soft hyphen (U+00AD, a scraper's '&shy;' kept inside "
        "a long word) that the fields keep as written, as the layouts' rules read it: the "
        "story's lines without their soft hyphens read otherwise (its headline, captions, "
        "body, dateline or byline differ, soft hyphens aside); drop U+00AD before parsing",
    ),
    Code(
        "repaired-text-read-as-written",
        "warning",
        "a line of the story holds mojibake ('â€”' for '—', 'Ã©' for 'é': UTF-8 read as "
        "Windows-1252) or an HTML entity ('&quot;', '&#8217;', '&amp;') that normalization "
        "repairs in the fields, while the layouts' rules read the line as written: the "
        "story's lines, repaired, read otherwise (its headline, captions, body, dateline or "
        "byline differ); decode the bytes with wirestory.decode, or unescape the HTML, "
        "before parsing",
    ),
    Code(
        "headline-from-title",
        "warning",
        "a page's title line was taken for its headline (its longest part when the page "
        "shows that part nowhere else: the site's name left out): it may be worded otherwise",
    ),
    Code(
        "headline-may-be-site-name",
        "warning",
        "a page's title has two parts shown as lines ('Pilots strike - Vale Post Daily'): "
        "the one nearer the story, with no byline or date line under it, was read as the "
        "headline and the one at the page's top as the site's name (its masthead): they "
        "may be the other way round",
    ),
    Code(
        "short-page-by-furniture",
        "info",
        "a short text with no page title line (or one that is a site's name alone) was "
        "read as a web page by its furniture lines (Share, Facebook, Related Stories) or "
        "by a menu's items over a headline with a byline or date line under it: the "
        "layout is a choice by form",
    ),
    Code(
        "headline-may-be-lead",
        "warning",
        "a story's first line, read as its headline, holds more than 20 words and no "
        "full stop: it may be a lead paragraph that lost its full stop",
    ),
    Code(
        "headline-holds-wire-prefix",
        "info",
        "a wire headline opens with an agency's version prefix glued to it by a hyphen "
        "('UPDATE 2-', 'REFILE-', 'CORRECTED-', 'RPT-'): it is kept in the headline, "
        "which the agency printed with it",
    ),
    Code(
        "story-withdrawn",
        "warning",
        "a wire's service notice over the story (KILL - KILL - KILL, WITHDRAWAL, or an "
        "ADVISORY line saying the story is killed or withdrawn) withdraws it: kept as the "
        "story's note, not its headline; the story is not to be used. Said too, in every "
        "layout, of such a notice in another case or on another of the story's first three "
        "lines (Kill - Kill - Kill; Editors: kill the story ...; the kill under the headline), "
        "whatever its line was read as; a note to editors names what it kills (the story, the "
        "item) and asks nothing",
    ),
    Code(
        "headline-may-be-caption",
        "warning",
        "a story's first line, read as its headline, ends in a photographer's credit, or "
        "in a name in parentheses after a sentence's end before an agency's credit (… on "
        "Monday. (Khaled Desouki) (AFP)): it may be a photo's caption above a story with "
        "no headline",
    ),
    Code(
        "credit-line-may-be-headline",
        "warning",
        "a story's first line, a photo label and a colon before two or three title-case "
        "words that no common given name opens and that name no agency (Photos: Election "
        "Night), was read as a photo's credit alone over a story with no headline: it may "
        "be a gallery's headline",
    ),
    Code(
        "headline-may-be-kicker",
        "warning",
        "the headline, a few words in capitals opening with a kicker's label, may be a "
        "kicker over the story's headline or lead; or a headless story's headline over its "
        "byline or under its photo is a kicker's label alone (Opinion / By Mark Ellison)",
    ),
    Code(
        "headline-over-menu",
        "warning",
        "a story read as wire copy opens with a headline of a few words over three lines "
        "of a menu item's few words each (words counted as a script without spaces counts "
        "them too): it may be a web page, its site's name read as the headline and its "
        "menu, headline and byline as paragraphs",
    ),
    Code(
        "headline-may-hold-kicker",
        "warning",
        "a page's headline line opens with words before a bar (Cost of living crisis | "
        "Council votes …) or a kicker's label before a colon (Breaking News: …) that the "
        "page's title does not show, or words before a colon that are no kicker's label "
        "(Jane Roe: …) though the title shows only the rest: kept in the headline, they "
        "may be a kicker",
    ),
    Code(
        "standfirst-may-be-headline",
        "warning",
        "the line under a wire headline, in title case like it, was read as its deck "
        "(the standfirst): it may be the headline's second line",
    ),
    Code(
        "standfirst-may-be-lede",
        "warning",
        "the block right under a page's headline, of a deck's length, over the lead photo's "
        "caption with its credit and a short line ending in no full stop (a button's Save "
        "this story, or a subheading) was read as the standfirst: it may be the story's "
        "first paragraph, over its photo and a subheading",
    ),
    Code(
        "opening-may-be-standfirst",
        "warning",
        "a page's first paragraph right under its byline or date line, of a deck's length, "
        "ending in a full stop, stands over a button's short line (Read Later, Save) and "
        "the lead photo's caption: it may be the standfirst, which a magazine prints there "
        "(a short lede reads the same)",
    ),
    Code(
        "standfirst-may-be-caption",
        "warning",
        "the line over a wire story's byline, read as its deck (the standfirst), ends "
        "like a photo's caption with its credit in a page's form (… © Jane Roe, … | "
        "Photo Credit: Jane Roe): it may be a caption",
    ),
    Code(
        "headline-may-hold-deck",
        "warning",
        "a line going on in small letters under a wire headline was joined to it as its "
        "wrapped end with no sign of a wrap (no function word at the join, no hard-wrapped "
        "text under it): it may be the headline's deck",
    ),
    Code(
        "caption-in-body",
        "warning",
        "a body paragraph shows a caption of the header again (below a marked header's "
        "marker, an uncredited one; in any story, one word for word with its credit): a "
        "repeat of the header may be in the body (a duplicate)",
    ),
    Code(
        "headline-in-body",
        "warning",
        "a first body paragraph shows the headline again: a header not recognised?",
    ),
    Code(
        "story-ended-at-listing",
        "warning",
        "a page's story was ended where a list of other stories seems to start: "
        "its last paragraphs may be missing",
    ),
    Code(
        "prose-left-out",
        "warning",
        "a page's story was ended where as much prose as it holds, or paragraphs "
        "going on with its words (below the story, or under a comment heading right "
        "below it), go on below: its last paragraphs may be missing",
    ),
    Code(
        "prose-under-comment-heading",
        "warning",
        "a page's story ends at a comment heading right under it (Comments (12), 12 "
        "comments) with prose right under the heading and no commenter's name, reply button "
        "or relative time near it: it may be the story's last paragraphs under a comment "
        "count's link, left out (comments printed as bare paragraphs read the same)",
    ),
    Code(
        "notice-words-in-story",
        "warning",
        "a sentence of prose holding a site notice's words (an affiliate commission, "
        "cookies) was left out as furniture between two paragraphs of prose around a page's "
        "story: it may be the story's own paragraph (a story on affiliate schemes or cookie "
        "rules), and the story may have been cut short there",
    ),
    Code(
        "story-runs-past-listing",
        "warning",
        "a page's story goes on past a box of links to other stories, or wire copy or "
        "headless text ends in such a box (two blocks or more each a headline over a "
        "one-sentence teaser, under a label or alone; under a label, its lines may be "
        "hard-wrapped): the paragraphs below it may be those stories' teasers",
    ),
    Code(
        "recipe-left-out",
        "warning",
        "a recipe card right under a page's story (an ingredients heading, Ingredients, "
        "Zutaten, Ingrédients, over rows opening with a quantity: 1 tsp cinnamon, 8-9 ripe "
        "pears) was left out of the body with the page's footer: on a recipe's page it is "
        "the story's own text",
    ),
    Code(
        "story-ends-in-question",
        "warning",
        "a page's story ends in one short question (ten words at most, no quotation "
        "mark, none of you, we, our) under a paragraph ending in a full stop: it may be "
        "another story's headline under the story (a related story's link without its "
        "label), read as the story's last paragraph",
    ),
    Code(
        "story-ends-in-question-list",
        "warning",
        "a page's story ends in two or more short questions, one a line in one block, "
        "right under its prose: they may be a box of other stories' headlines without "
        "its label, read as the story's paragraphs",
    ),
    Code(
        "author-bio-in-body",
        "warning",
        "a story's last paragraph (a page's, or a scraped article's read as wire copy) "
        "opens with the writer's name and who they are ('Jane Roe is a …'): it may be "
        "the author's box, not the story",
    ),
    Code(
        "letters-block-left-out",
        "warning",
        "a long block of letters that make no word (each token one letter repeated, "
        "'xxxx xxxx', or a run of 40 characters or more of base64's alphabet) between "
        "two of a page's paragraphs was left out as furniture, the story read whole "
        "across it: it may be the story's text garbled, encoded or redacted",
    ),
    Code(
        "body-of-short-lines",
        "warning",
        "a page holds no paragraph of prose: its body is a run of short sentences, "
        "one a line, or blocks of a sentence's length in a script that marks no "
        "sentence's end (Thai, Lao) (a page with no story, or a story hard-wrapped "
        "into such lines, may read the same); not under a byline, nor of blocks set "
        "apart one by one",
    ),
    Code(
        "byline-after-story",
        "warning",
        "a byline was read from a 'By …' line under the story, not from its "
        "header, or a writer's label and its colon (Penulis : Rina Wulan): it may be a "
        "related story's headline; or from a writer and an outlet in "
        "brackets there ([Jane Roe/The Vale Post]), or after a comma there in wire copy "
        "(Jane Roe, USA TODAY): it may be a photo's credit; or from a "
        "name alone there on a page not in English (Hoài Thu): it may be a short related "
        "headline or a place's name",
    ),
    Code(
        "sign-off-in-body",
        "warning",
        "wire copy's last paragraph reads as a writer's sign-off (a name and an outlet "
        "after a comma: Tom Hale, USA TODAY; or a name alone after a dash: — Tom Hale) "
        "naming someone its byline does not: kept as the story's, it may be a second "
        "writer's or a photo's credit, or a quote's author",
    ),
    Code(
        "sign-off-left-out",
        "warning",
        "a name and an outlet after a comma right under a page's story (Tom Hale, USA "
        "TODAY) naming someone its byline does not was left out as the page's footer: it "
        "may be a second writer's sign-off (a reader's letter is signed the same)",
    ),
    Code(
        "sign-off-word-may-be-outlet",
        "warning",
        "wire copy's writer signs off under the story with her name and one word "
        "(Jane Roe, Kellsmouth; Jane Roe, Politico) that no form tells as her outlet (an "
        "outlet's word, capitals, BuzzFeed's or a web address's shape, a copyright line "
        "naming it) nor as her town (the dateline's place, 'in Kellsmouth' in the story): "
        "read as the town, no organisation, it may be her outlet",
    ),
    Code(
        "list-rows-left-out",
        "warning",
        "three short rows or more of a list's form (numbers counting up or down, dates in calendar "
        "order, a key and a short value after a colon) inside a page's story or right under "
        "it, or three lines or more under a sentence (or a heading of the story's words) "
        "ending in a colon, were left out as "
        "furniture, nothing of the story announcing them as its list: they may be the "
        "story's own (a tour's dates, a table's rows) or a box of links, or past the end of a "
        "list read in (a number skipped, a date out of order); or a sentence ending "
        "in a colon, or a heading of the headline's words, between the headline and the story "
        "over such rows: the table or calendar may be the story. Dated rows under the story "
        "with no lead or a box's heading (Upcoming events:), each naming a headline or an "
        "event in sentence case, none of them writing the story's words, are the site's "
        "(an archive oldest first), unsaid",
    ),
    Code(
        "short-run-left-out",
        "warning",
        "a run of six short lines or more between a page's story's paragraphs, none a "
        "furniture phrase, was left out of the body as a list of links or tags, three of its "
        "lines or more made only of the story's words, the run announced by a sentence "
        "ending in a colon (the run's first line or the paragraph above), or most of its "
        "lines opening with a quantity: it may be the story's own (a match report's "
        "line-ups, a table's rows, a forecast's days, a recipe's ingredients)",
    ),
    Code(
        "name-as-subheading",
        "warning",
        "a story's first paragraph, one line read as a subheading, is a person's name alone "
        "(Ferry fares to rise / Tom Hale / the story): it may be the story's byline printed "
        "without 'By', kept in the body",
    ),
    Code(
        "byline-given-names-only",
        "warning",
        "a story's first paragraph, one line read as a subheading, opens with a byline's "
        "opener over given names (By Jane and Tom) or a given name before a name of three "
        "words (Por Ana y Juan Pérez García): no writer is read, it may be the byline, kept "
        "in the body",
    ),
    Code(
        "dateline-may-be-speaker",
        "warning",
        "a dateline in capitals before a colon (no date, no agency) opens a story whose "
        "next four paragraphs hold turns in capitals of one other speaker only (JANE ROE: "
        "Good morning … / JOHN DOE: Thanks, Jane.): it may be a transcript's first speaker, "
        "not a place",
    ),
    Code(
        "sentence-over-story-left-out",
        "warning",
        "one short sentence between a page's byline or date line and its first paragraph "
        "(or with only the header's short lines between: a share bar, a photo's credit, a "
        "video's title, a listen button) was left out as furniture: it may be the story's "
        "first paragraph, shorter than prose (a photo's caption with no credit reads the "
        "same); so too one followed by a "
        "photo label, a language's 'by' and one capitalised word (... dal ponte. Foto di "
        "Roma): a caption whose credit the form cannot prove",
    ),
    Code(
        "prose-over-story-left-out",
        "warning",
        "two paragraphs of prose or more in a row (twelve words or more each, ending in a "
        "sentence's mark) between a page's headline and its story's first paragraph were "
        "left out as furniture: they may be the story's opening, cut off by short rows "
        "(a menu, a table) the story's stretch did not cross, and the text read as the "
        "story another's (a site's disclaimer); or one such paragraph of 25 words or more, "
        "ending in a full stop, not right under the headline (where a shorter deck sits)",
    ),
    Code(
        "summary-box-over-story",
        "warning",
        "a page's story opens right under a summary box's label (In short:, Key points) or "
        "a notice over a machine-written summary (This is AI generated summarization …): "
        "its first paragraphs may be the box's bullets",
    ),
    Code(
        "heading-over-story-left-out",
        "warning",
        "a short heading-shaped line (no end mark, eight words at most) between a page's "
        "byline or date line and its first paragraph was left out as furniture: it may be "
        "the story's first subheading, lost (a section's label or a photo's caption with no "
        "credit reads the same); or a heading of its own over a guide's first numbered entry "
        "opening the story",
    ),
    Code(
        "chant-over-story-left-out",
        "warning",
        "one short line printed twice or more, in quotation marks or in a crowd's voice "
        "(we, our, us), between a page's header and its story's first paragraph was left out "
        "as furniture: it may be a chant the story opens with",
    ),
    Code(
        "media-label-in-body",
        "warning",
        "a page's body holds a player's label alone (Video, Watch, Audio, Gallery) between "
        "two paragraphs, over a short line ending in no sentence mark, both kept as "
        "paragraphs: they may be a video's or a gallery's box with no running time",
    ),
    Code(
        "credit-line-in-body",
        "warning",
        "a paragraph between two of wire copy's is a name and an outlet after a comma alone "
        "(Jane Roe, Vale Post: the outlet ending in a newspaper's word) right under a one-line "
        "sentence, both kept as the story's: they may be a photo's caption and its credit",
    ),
    Code(
        "comment-heading-read-past",
        "warning",
        "a one-word comment heading (Comments) between a page's story's paragraphs, prose "
        "under it and no reply button or relative time near, was read past as a comment "
        "count's link: the prose under it may be readers' comments with no name, glued to "
        "the story",
    ),
    Code(
        "share-bar-read-past",
        "warning",
        "a share bar (Share / Tweet / Email / Copy link, each alone on its line) between a "
        "page's story's paragraphs was read past, the prose under it naming words of the "
        "prose above: it may be the next story's, glued on (a story ends at its own share "
        "bar, and the next one may open with no headline)",
    ),
    Code(
        "stock-widget-in-body",
        "warning",
        "a page's body holds a short name over a price with its cents, with its signed "
        "change under it or none, each alone (Gold / 24.50 / +0.3%, Gold / 24.50, GOLD / "
        "24.50): kept as the story's lines, they may be a stock widget's row",
    ),
    Code(
        "labels-over-story",
        "warning",
        "a page's body holds, among its first paragraphs, three one-line paragraphs or more "
        "in a row of a few words each ending in no sentence (JUST WATCHED / a video's title "
        "/ Replay / More Videos ...) right over the story's prose: kept as paragraphs, they "
        "may be a video player's or a box's labels",
    ),
    Code(
        "prose-under-stock-widget",
        "warning",
        "a page's story ends right above a stock widget (QUAYBANK / 412.50) with one "
        "paragraph of prose under it, naming fewer than two of the distinctive words of "
        "the paragraphs above: it was left out, and may be the story's last paragraph (a "
        "teaser printed under a market box with no headline reads the same)",
    ),
    Code(
        "prose-under-sign-up-box",
        "warning",
        "a page's story ends right above a newsletter's sign-up box (Sign up for our daily "
        "briefing / its pitch / Enter your email address / Subscribe) with one paragraph "
        "of prose under it, naming fewer than two of the distinctive words of the "
        "paragraphs above: it was left out, and may be the story's last paragraph (a "
        "site's blurb under the box reads the same)",
    ),
    Code(
        "byline-inside-story",
        "warning",
        "a page's byline was read from a name line standing between the story's "
        "paragraphs (two of them above it, another below: Tom Hale (tom@example.com), "
        "By Tom Hale), not in its header or under its end: the paragraphs above it may be "
        "the header's (a deck, a photo's caption), or the line may name a quoted person, "
        "a contributor or a reader; or, in wire copy, a By Tom Hale line alone between two "
        "paragraphs of prose was kept in the body: it may be a second story's byline, a "
        "contributor's or the story's own printed late; or under a short line opening a wire "
        "story's body with no byline read (Issue 12 / By Tom Hale): the story's own under a "
        "label of its header",
    ),
    Code(
        "byline-may-be-deck",
        "warning",
        "a header line 'NAME for OUTLET' without 'By' (Jane Roe for The Vale Post) was read "
        "as the byline, a writer and the outlet they file for: a title-case deck or headline "
        "reads the same (Tough Times for Local News)",
    ),
    Code(
        "byline-may-be-credit",
        "warning",
        "a page's byline is a bare 'Name | The Paper' line (no 'By') right under a one-line "
        "standfirst under the headline: a lead photo's caption over its photographer's "
        "credit reads the same (Buses parked at the depot. / Tom Hale | Vale Citizen)",
    ),
    Code(
        "byline-name-may-be-phrase",
        "warning",
        "a page's header line with no 'By' under the headline or over the date (Jane Roe / "
        "March 4, 2025; Jane Roe in Madrid) was read as the byline though its name is three "
        "capitalised words or more with no initial, hyphen nor small particle, or shares a "
        "word of four letters or more with the headline: a title-case phrase (a kicker, a "
        "section's headline: Floods Hit Towns, Floods Hit Towns in Spain) reads the same; "
        "or a byline in any layout whose given name was read as sharing the last writer's "
        "family name (By Jane and Tom Roe), as a phrase joined by 'and' reads (By Land and "
        "Sea Power), or whose name after 'From' ends in a place's word (From Green Park in "
        "London); or a 'Penulis … | Editor …' header line whose editor's part names no "
        "person (Penulis Muda Berbakat | Editor Pilihan: a heading's words); or a line of a "
        "script without capitals between the headline and the date line, read as the "
        "writer by its place alone with no common given name nor initial to tell it: a "
        "section's label or a phrase there reads the same",
    ),
    Code(
        "byline-opener-as-name",
        "warning",
        "a page's name line of two words whose first is a byline opener and a given name "
        "too (Oleh Sukhov, Ukrainian) was read as one person's name: it may be the opener "
        "and a writer of one name (Oleh Budi, Indonesian: by Budi); or a byline line of three "
        "words whose first is an opener and a surname too, read as the opener and a writer "
        "(Na Hye Jin: Swahili 'by Hye Jin'): it may be one person's name, surname first "
        "(Korean)",
    ),
    Code(
        "byline-may-be-headline",
        "warning",
        "a story with no headline opens with a line read as its byline, names alone after "
        "an opener (By Jane Roe, Von Jana Berg, Na Hye Jin), no outlet or comma after them: "
        "a title-case headline opening with a word that opens bylines reads the same (By "
        "Land And Sea, Von Der Leyen Visits Kyiv, Na Li Wins Final)",
    ),
    Code(
        "byline-may-be-subheading",
        "warning",
        "a line read as a byline of one writer whose name is four capitalised words or "
        "more after an opener of another language (Von, Di, Por, Par, Door, Na, Av, Deur), "
        "none a lower-case name particle and nothing after it, over a story not read as another "
        "language than English: a "
        "title-case subheading opening with that word reads the same (Von Der Leyen Visits "
        "Kyiv, Di Maio Meets Party Leaders)",
    ),
    Code(
        "byline-credential-may-be-outlet",
        "warning",
        "a byline's letters after the writer's name that are a credential and an outlet's "
        "name too (By Jane Roe, MSN), followed by nothing or a date alone, were read as the "
        "writer's credential, no organisation: they may name the outlet the writer files for",
    ),
    Code(
        "byline-titled-name-may-be-place",
        "warning",
        "a byline's last name after a comma opening with a knight's title (By Jane Roe, Sir "
        "Lowry Pass, Nov 19; Dame Street) was read as a second, titled writer: places' names "
        "open with those words too, so it may be where the first writer filed from",
    ),
    Code(
        "opening-may-be-teaser",
        "warning",
        "a short block right above a page's first paragraph, opening with a known agency or "
        "a dateline holding more than a place, was read as the story's first paragraph "
        "(page-agency-opening) though it shares fewer than two of the story's words, or a "
        "page's first paragraph with no dateline is one sentence of one line sharing fewer "
        "than two of the headline's and the story's words over a paragraph restating the "
        "headline: another story's teaser or blurb over the story's own lede reads the same",
    ),
    Code(
        "slug-may-be-headline",
        "warning",
        "a wire story's first line of PTI's slug form (a code of capitals and digits, "
        "hyphenated words in capitals: DEL45 LAW-COURTS) over its first paragraph was read as "
        "a slug, a note, and the story is headless: a headline in capitals of that form "
        "(COP28 CLIMATE-DEAL) reads the same; a desk's code of three capitals abbreviating "
        "the place of the PTI dateline under it (DEL45 over New Delhi, Dec 5 (PTI)) is PTI's "
        "and says nothing",
    ),
    Code(
        "headline-is-slug",
        "warning",
        "a wire story's only line is a slug or a take line (BC-Weather-Forecast,0456; Ferry "
        "strike, Add 2), read as the headline as no other line is: the story's own headline "
        "is not in the text",
    ),
    Code(
        "closing-heading-may-be-teaser",
        "warning",
        "a page's story ends in a subheading over one paragraph of one short sentence: "
        "another story's teaser (its headline and its blurb) printed under the story "
        "reads the same",
    ),
    Code(
        "byline-korean-name-may-be-post",
        "warning",
        "a Korean correspondent's byline (… 특파원) was read with a name whose form does "
        "not tell it from the post's city or region: four syllables after a common family "
        "name (김빛나리; 나이로비 reads the same), two after a rarer one (도진; 도하), or a "
        "native given name's syllable of a foreign sound (한그루, 이스란, 박드림)",
    ),
    Code(
        "byline-from-author-bio",
        "warning",
        "a page's byline was read from the writer's bio under or closing the story (Jane Roe is a "
        "reporter at ..., Write to Jane Roe at ...), not from its header: a profile's "
        "last paragraph has the same shape",
    ),
    Code(
        "byline-place-after-name",
        "warning",
        "the second name of a page's byline ('By Jane Roe, New Delhi', 'By Jane Roe / "
        "Tom Hale', 'Marta Quinlan - Tom Hale') or of a wire byline before a date ('By Jane "
        "Roe, New Delhi, Nov 19') or shaped as a place's ('By Jane Roe, Santa Ono'), or two "
        "words ending in an outlet's word after a byline's last comma ('By Jane Roe, Emily "
        "Post', wire and page), was read as the place the writer filed from (or an outlet): "
        "it may be a second writer; or a wire byline's second name in title case after a "
        "comma alone ('By Jane Roe, Abu Dhabi' with no dateline naming it) was read as a "
        "second writer: it may be where the only writer filed from",
    ),
    Code(
        "byline-organization-may-be-word",
        "warning",
        "a byline's organisation is one capitalised word after the names' comma that the "
        "story's paragraphs write in small letters (By Jane Roe, New; Local): no outlet's or "
        "agency's name, it may be none (a place cut short, a stray word)",
    ),
    Code(
        "byline-surname-as-word",
        "warning",
        "a byline's last word that is a writer's surname as often was read as another "
        "word: two words ending in a newspaper's word alone after 'By' (By Tom Times, "
        "By Anna Gazette) as the outlet signing its copy, no writer, or between two "
        "writers after a comma (By Jane Roe, Tom Times, and Ann Lee) as the first's "
        "outlet; or 'Sun' between "
        "the names and a date (By Mary Jane Sun, Mar 4) as the date's weekday; or a "
        "paper's word glued after a full name, before a title (By Mary Jane Times Staff "
        "Writer), as opening the title: it may be the writer's surname",
    ),
    Code(
        "credit-surname-as-outlet",
        "warning",
        "a caption's credit of two title-case words ending in an outlet's word (Photo: Jane "
        "Herald, Photo: Jane Channel) was read as the photo's source, a paper crediting its "
        "own photo (Photo: Vale Herald): it may be a photographer whose surname is that word",
    ),
    Code(
        "dateline-place-in-menu",
        "warning",
        "two or three title-case words and a colon opening a page's story were read "
        "as its dateline because a line of the page shows the place: it may be a "
        "column's label",
    ),
    Code(
        "dateline-place-by-shape",
        "warning",
        "one title-case word before a colon opening a page's story ('Dubai: The …', "
        "'Dubai, Nov 19: The …') was read as its dateline's place though the page "
        "names it nowhere else (no 'in Dubai' in the headline or the story): it may be "
        "a label or a holiday; or a title-case place beside a site's address "
        "('Liputan6.com, Jakarta – The …'), which may be a person's or a firm's name "
        "('Jane Roe, Example.com – The founder …')",
    ),
    Code(
        "paragraph-shown-again",
        "warning",
        "a page's body holds a paragraph printed again word for word further down; both "
        "are kept: the page may show its text twice, or the text repeats itself",
    ),
    Code(
        "pull-quote-in-body",
        "warning",
        "a page's body holds a short paragraph whose words a longer paragraph says again "
        "word for word: kept, it may be a pull quote, the page's sentence of the story "
        "set again in large type",
    ),
    Code(
        "caption-credit-between",
        "warning",
        "a photo credit standing alone between two blocks of a page was read as the "
        "credit of the block above, or a copyright line (© Jane Roe) under a short "
        "sentence under the header's date line or between two paragraphs as that "
        "sentence's: it may credit the "
        "sentence below, and the block above be a paragraph of the body",
    ),
    Code(
        "caption-credit-taken-below",
        "warning",
        "a photo credit standing alone between two blocks of a page was read as the "
        "credit of the sentence below, the block above reporting speech; or a credit line "
        "right under the header's date line (March 4, 2025 / Photo: Jane Roe/Shutterstock) "
        "was read as the credit of the short sentence below: the sentence below may be a "
        "paragraph of the body (a photo printed with a credit and no caption)",
    ),
    Code(
        "reporters-in-body",
        "warning",
        "a story's last paragraph opens with people's names and 'reported from' (Jane Roe "
        "reported from Oslo and Tom Hale from the island of Senja.) but is not made only of "
        "'NAME reported from PLACE' clauses: kept as body, it may credit the reporters",
    ),
    Code(
        "headlines-between-paragraphs",
        "warning",
        "short lines in a row between a page's paragraphs, each of three to twelve words with "
        "no end mark, one printed twice in the run (Bus fares frozen for another year / "
        "Council approves new harbour bridge / the same again): kept as the story's "
        "subheadings, they may be a promo box's headlines of other stories, printed with no "
        "label over them",
    ),
    Code(
        "advertisement-line-left-out",
        "warning",
        "a short line ending in no end mark right under an advertisement's label between "
        "a page's paragraphs (Advertisement / Quay Bank; a line between two labels), no call "
        "to action or offer: left out as the ad's, it may be a photo's caption or the story's "
        "subheading",
    ),
    Code(
        "notes-may-be-list",
        "warning",
        "lines under the story opening with a number in square brackets ([1] Check the new "
        "timetable / [2] …) were read as its notes, with no notes label over them and no "
        "marker of theirs ([1]) in the story: they may be a list of the story's",
    ),
    Code(
        "video-box-read-past",
        "warning",
        "short lines between a page's paragraphs, each video title beside its running time "
        "alone on a line (Rovers fans celebrate the late winner / 1:45 / Manager praises "
        "young striker / 2:10), no player's label among them: read past as a video player's "
        "box, they may be the story's own list of times (a timetable)",
    ),
    Code(
        "subheading-may-be-teaser",
        "warning",
        "a short line over a furniture line inside a page's story (Ferry fares rise again / "
        "Advertisement), the story's prose under it, was kept as the story's subheading (or a "
        "short sentence as its paragraph) but "
        "shares no word with the paragraphs around it: another story's teaser reads the same",
    ),
    Code(
        "furniture-may-be-subheading",
        "warning",
        "a furniture phrase of a few words between two of a page's paragraphs (Advertising) "
        "was left out of the body, but both paragraphs write its words (… advertising "
        "revenue fell … / Its advertising sales …): it may be the story's subheading",
    ),
    Code(
        "note-holds-story",
        "warning",
        "a paragraph under the story read as a note, opening with a notice on the story "
        "itself (This story has been updated with the vote.), holds a sentence of six "
        "words or more that is no note after it (Residents can still write to the "
        "council until Friday.): it went to notes whole, and the sentence may be the "
        "story's",
    ),
    Code(
        "credit-under-story",
        "warning",
        "a credit alone under a story's last paragraph with no photo label ('Jane Roe / "
        "AFP') was read as a photo's credit (a caption segment): it may sign the story, "
        "its writer and agency",
    ),
    Code(
        "sign-off-may-be-credit",
        "warning",
        "a page's last paragraph of one sentence ends in a known agency's name after a "
        "dash or in parentheses ('… on Monday. -- AP'), read as the story's close and its "
        "sign-off: it may be a photo's caption and its credit",
    ),
    Code(
        "dashed-name-left-out",
        "warning",
        "a name of two or three capitalised words after a dash right under a page's "
        "story ('— Kellsmouth Live'), no outlet's nor agency's name, was left out as the "
        "page's footer: it may be the story's sign-off, its site or writer",
    ),
    Code(
        "caption-long",
        "warning",
        "a block of more than 60 words between a page's paragraphs, ending in a "
        "'Credit:' label after its last sentence ('… (2) galley. Credit: Harbour Space "
        "Agency'), was read as a photo's caption (a diagram's or rendering's): it may be "
        "a paragraph citing its source",
    ),
    Code(
        "byline-stacked-name-unread",
        "warning",
        "a line of two or three capitalised words of a name's shape between a page's "
        "writer (Jane Roe, alone on a line) and the date line, opening with no common given "
        "name (Max Brandt, Priya Shah over the date), was left out: it may be a second "
        "writer whose given name no table holds, or the writer's outlet or section of a "
        "name's shape (Harbour Voice)",
    ),
    Code(
        "byline-name-unread",
        "warning",
        "a page's story has no byline, and a line between its headline and its first "
        "paragraph is a person's name alone that a line under it opens with again (Dale "
        "Morrow under 'Heard on Morning Edition', over the audio's buttons, and DALE MORROW, "
        "HOST: over the transcript), left out as furniture: "
        "it may be the story's writer or host, printed where no byline form reads it; or a "
        "line naming someone right under a share bar (Share / Tweet / Jane van der Roe), not "
        "of the sure shape read as the byline there",
    ),
    Code(
        "sign-up-pitch-in-body",
        "warning",
        "a page's one-line paragraph of at most 30 words bidding the reader to a newsletter, "
        "their inbox or their phone (Get the day's top stories in your inbox every morning., "
        "Want the news in your inbox? Sign up …, Simak … langsung di ponselmu.), or a "
        "sign-up box's consent or thanks (I agree that … can send me the … newsletter., "
        "Keep an eye on your inbox …), reporting no speech, was kept as the story's: it may "
        "be a sign-up box's line",
    ),
    Code(
        "sign-up-pitch-left-out",
        "warning",
        "a one-sentence bid to a newsletter or the reader's inbox (opening Sign up, "
        "Subscribe, Get our, Want more or Never miss) naming nothing as the site's own (no "
        "our, we, us) between two of a page story's paragraphs was left out as a sign-up "
        "box's pitch: it may be the story's own advice (a how-to story's sentence)",
    ),
    Code(
        "header-line-left-out",
        "warning",
        "a line under a page's headline ending in a credit naming no one that a sentence "
        "ends in too (- Online, - Pool, - File, after a dash or in brackets) after words "
        "that narrate (Crews could not reach the fire - File) was left out as furniture: "
        "it may be the lead photo's caption or a standfirst; or a line of 'By' and "
        "capitalised words naming no writer (By Half Time, By Tuesday) left out under the "
        "headline: it may be a subheading or the story's first line; or a summary box's label "
        "and its rows (Key points / In brief over a few sentences) between a page's headline "
        "and its story, left out: the rows sum the story up and are in no field; or numbered "
        "sentences there with no label (1. The pier will be rebuilt … / 2. …), left out",
    ),
    Code(
        "caption-markup-in-body",
        "warning",
        "a page's paragraph holding a WordPress caption shortcode ([caption id=...]<img "
        "...> The quay at dawn. Photo: Jane Roe[/caption]) was kept as the story's: it is "
        "a photo's caption, markup and all",
    ),
    Code(
        "release-boilerplate-in-body",
        "warning",
        "a paragraph 'About Vale Energy' in a page's second half, then one opening 'Vale "
        "Energy is' (was, are, ', a'), was kept as the story's: it may be a press "
        "release's boilerplate, its notes on the company",
    ),
    Code(
        "paragraph-may-be-caption",
        "warning",
        "a page's paragraph between two others, one sentence of six to twenty words naming "
        "a moment (before, after, during) with no comma, quote, credit, speech "
        "verb or word of narration (Supporters of the plan fill the public gallery before "
        "Thursday's vote.), was kept as the story's: it may be a photo's caption; so too "
        "one of at most 40 words ending in a broadcaster's call letters alone in brackets "
        "after its sentence (... on Monday. (WVAL)): a TV site's caption and its credit",
    ),
    Code(
        "figure-rows-under-heading",
        "warning",
        "a short heading with no colon in a page's story or right under it (Weekend "
        "outlook, Results, Specs) over two short rows or more, each a temperature, a score or "
        "a labelled figure and no sentence (Saturday 12C, showers; Vale United 2 Harbour City "
        "1; Weight: 490g), was read as "
        "subheadings or left out as furniture: they may be the story's table",
    ),
    Code(
        "embedded-post-in-body",
        "warning",
        "a social post embedded in a page's story, its signature a dash, a name, a handle "
        "in brackets and a date (— Vale News Agency (@valenews) March 4, 2025), and the "
        "lines of its text above, were kept as the story's paragraphs: they are the post's, "
        "quoted, not the story's prose",
    ),
    Code(
        "story-cut-by-paywall",
        "warning",
        "a block of a page's story, or one of the three under it, is a paywall's notice "
        "(Subscribe to continue reading, This article is for subscribers only, Already a "
        "subscriber? Log in), no paragraph of the story under it: the page holds the story's "
        "opening only, the rest is cut",
    ),
    Code(
        "caption-may-be-paragraph",
        "warning",
        "a block between a page's paragraphs, ending in a known agency's name after a "
        "dash ('… at the quay. — Reuters'), or in parentheses after a sentence that "
        "narrates ('The coast road was closed … (AFP)') or reports a figure in its main clause "
        "('Shares rose 3 percent on Tuesday. (Reuters)'), and reporting no speech, was read "
        "as a photo's caption and its credit: it may be a paragraph the agency signs; or "
        "ending in a credit naming no one ('… gave a one-word answer - Online', '(File)') "
        "after words that narrate or report speech: it may be a paragraph; or of three "
        "sentences or more before its credit, not an agency's in brackets, that narrate or "
        "report speech ('… Courtesy of Vale Museum', '… (Jane Roe/The Vale Post)'): it may be "
        "a paragraph "
        "citing its source; or of two sentences or more before an agency's name alone in "
        "brackets ('… Members voted to close it. (AFP)') or a labelled credit in brackets "
        "naming no agency ('(Photo: Jane Roe)'), or holding a hashtag or a handle before "
        "an agency in brackets ('#BREAKING … (AFP)': a social post); or a header line that "
        "narrates, ending in - Supplied or (Handout), read as the lead photo's caption: it "
        "may be a standfirst; or, in an article read as wire copy, a paragraph of one line "
        "between two others read as a caption whose words narrate before any credit "
        "('… were cancelled twice last winter (Reuters)', '… Picture: Jane Roe'); or a "
        "page's line opening with where its people stand ((L-R)) that ends like a sentence "
        "and narrates ('(L-R) Jane Roe and Tom Hale voted against the plan.'); or a page "
        "story's last block, one sentence, over a writer's name and outlet glued under it "
        "('… again in May.' / 'Jane Roe, USA TODAY'): it may be the last paragraph and its "
        "writer's sign-off",
    ),
    Code(
        "dateline-agency-by-shape",
        "warning",
        "capitals in parentheses after a page's dateline place, or between slashes after "
        "its date (МОСКВА, 3 декабря. /ПРАЙМ/.), or a site's name in title case in "
        "parentheses between a day-first date and a full stop and a dash ('Villa Nueva, "
        "14 de junio (Prensa Sur).– Los …'), were read as an agency that no table "
        "knows: they may be something else",
    ),
    Code(
        "dateline-cable-unread",
        "warning",
        "the first paragraph opens with a reporter-first cable (（中央社記者王小明開羅4日電）) "
        "whose place is none of the tables' (Taiwan's places, the agency's posts abroad): the "
        "reporters' names and the place cannot be told apart, and the cable was left at the "
        "head of the body, no dateline nor byline",
    ),
    Code(
        "dateline-word-unread",
        "warning",
        "the first paragraph opens with a title-case word before an agency and a dash that "
        "the paragraph writes in small letters too and never in title case inside a "
        "sentence (Mobile (AP) - Mobile police … on a mobile phone, Reading (Reuters) - "
        "Councillors … a second reading): read as a common noun opening a sentence, no "
        "dateline, the word and the agency left in the body; it may be a place that is a "
        "word as well (Mobile, Reading, Bath)",
    ),
    Code(
        "dateline-place-may-be-word",
        "warning",
        "the dateline read is one title-case word before an agency in parentheses with "
        "no date, a common English word (Crews (AP) - Ferry workers walked out …), "
        "over an English paragraph that never names the word again, nor the story after "
        "'in': English wire copy "
        "prints its place in capitals, and a common noun opening a sentence reads the "
        "same as a place that is a word (Reading (Reuters) - …); the dateline, and a "
        "dump's cut at its paragraph, stay",
    ),
    Code(
        "dateline-below-lead",
        "warning",
        "on a page, a paragraph below the story's first opens with an agency's dated form "
        "with no dash (New Delhi, Dec 5 (PTI) The …): kept in the body, no dateline read from "
        "it, as it may be another agency's copy quoted in the story; it may be the story's own "
        "dateline under a deck",
    ),
    Code(
        "dateline-own-line",
        "warning",
        "a line in capitals alone above a page's first paragraph, or a place and its "
        "dash alone above any story's first paragraph (LONDON –), was read as the "
        "dateline: it may be a section's label (WEATHER –)",
    ),
    Code(
        "place-and-outlet-over-story",
        "warning",
        "a place, a spaced dash and a name alone above a page's first paragraph in a script "
        "without capitals (الرياض - الشرق الأوسط: an Arabic paper's place and its own name) "
        "was kept as the story's first paragraph, no dateline read from it: a section's "
        "label and the site's name read the same",
    ),
    Code(
        "page-hard-wrapped",
        "warning",
        "a page's text is cut into lines of a fixed width (at most 100 characters), "
        "its paragraphs running on over several lines, and was read with its wrapped "
        "lines joined where a join or a cut may be wrong: a line opening in no small "
        "letter, or any line under a sentence ending on a word of four small letters or "
        "more, was joined to a line ending a sentence (a caption or a byline printed right "
        "under a paragraph's last line of nearly the width reads the same), or a paragraph "
        "opens right under one ending like no sentence, no blank line between (a "
        "paragraph wrapped short of the width may be cut in two), or a caption with its "
        "credit opening in a capital right under a line ending like no sentence was read "
        "with the lines above it (a paragraph ending in no mark may be lost into the "
        "caption); a page whose joins "
        "all go on mid-sentence or into small letters after an abbreviation, a colon or "
        "an ellipsis says nothing",
    ),
    Code(
        "closing-sentence-left-out",
        "warning",
        "a short sentence right under a page's story was left out of the body as "
        "furniture (two sentences, or as many names as words: a prompt or a credit "
        "reads the same), or a subheading over one short sentence (the story's last "
        "section, or another story's teaser): it may be the story's last paragraph",
    ),
    Code(
        "closing-sentence-may-be-notice",
        "warning",
        "a short sentence reporting no speech, in a script without capitals (Arabic, "
        "Hebrew, Devanagari, Hangul, Burmese, Khmer), right under a page's story was read "
        "as the story's last paragraph: no name's capital tells it from a list of names, a "
        "rights line or a site's prompt",
    ),
    Code(
        "closing-sentence-under-ad",
        "warning",
        "a short sentence reporting no speech under an ad's label (Advertisement) below a "
        "page's story was read as the story's last paragraph (the paragraphs on either side "
        "of an ad belong together): it may be the ad's prompt (Scroll to continue with the "
        "story.)",
    ),
    Code(
        "closing-sentence-under-box",
        "warning",
        "short sentences reporting no speech under a box of links read past below a page's "
        "story were read as the story's last paragraphs (the story going on under the box): "
        "they may be other stories' teasers",
    ),
    Code(
        "story-of-menu-lines",
        "warning",
        "a story read as wire copy or headless holds only lines of a few words with no end mark, "
        "each opening with a capital (a site's name over its sections): it may be a page's header "
        "cut from the story under it at a run of blank lines, its first line no headline",
    ),
    Code(
        "may-continue-story-above",
        "warning",
        "a story cut from the one above at a run of blank lines holds paragraphs alone "
        "(no headline, dateline, byline or caption of its own), or a headline of a "
        "subheading's few words or over text running on in lower case, with no dateline, "
        "byline or caption, or a press release's contacts alone: it may be the rest of the "
        "story above, from a page that sets two blank lines between its paragraphs or "
        "around its subheadings, or under its contacts' label",
    ),
    Code(
        "cut-at-doubled-blank-lines",
        "warning",
        "a story holding no blank line was cut from a story above holding none at a run of "
        "just two blank lines: a text setting two blank lines between every block (html-text's "
        "and readability's output, each paragraph's margins a blank line) is cut at each, so "
        "the story, opening with no dateline of its own, may be a block of the one above (a feed's "
        "item, a list's entry)",
    ),
    Code(
        "line-ends-doubled",
        "warning",
        "every line of the story ends with a lone line end and a blank line ending in CRLF "
        "stands under it (CR CR LF: a Windows text written again through a text-mode file, "
        "which turns each LF into CRLF): read as a blank line under every line, a hard-wrapped "
        "paragraph may be read a paragraph a line, a block's lines apart and a feed's items "
        "cut into pieces",
    ),
    Code(
        "possible-story-boundary",
        "warning",
        "a line inside the story could start another story: one after a run of blank "
        "lines, a paragraph opening with a second dateline naming an agency or a date, or with a "
        "title-case word before an agency that it writes in small letters too and again in "
        "title case opening a sentence (Mobile (AP) - Mobile police … on a mobile phone: a "
        "place that is a word) (in "
        "the page layout, any past the story's first paragraph: another story's teaser, or "
        "the story's first paragraph under blocks of the page; and a place alone read as the "
        "story's dateline from such a paragraph), or, outside the page layout, "
        "one after an end mark (###) or a marker line, a headline and prose after a "
        "separator line, or text after a page break (form feed); in the page layout, "
        "a short line over a 'By NAME' line inside the story, or a page's title line "
        "over its headline inside or under the story; in any layout, a page's title line "
        "past the story's first paragraph over its headline, a byline or date line and "
        "prose (a scraped page pasted on with no menu between)",
    ),
)

CODES: Mapping[str, Code] = MappingProxyType({code.name: code for code in _CODES})
"""Every diagnostic code, by name."""

# The page layout judges each block of a page (wirestory.layouts.page): first by
# its own features, then by its neighbours. The segment's rule joins where the
# block stands to that judgment ("before-story:short-at-edge").
_PAGE_BLOCK_RULES = {
    "furniture-phrase": "a known furniture phrase (Share, Advertisement, Related stories)",
    "boilerplate-words": "words only a site's own notices use (cookies, privacy policy)",
    "short": "a block shorter than a line of prose",
    "prose": "a long block dense in function words",
    "prose-medium": "a block of middling length dense in function words",
    "sentence": "a sentence with a few function words",
    "medium-not-a-sentence": "a block of middling length that does not end like a sentence",
    "prose-cut-off": "the text's last block, prose cut off mid-sentence under a paragraph",
    "few-stop-words": "a long block with few function words (a list, a table)",
    "short-between-prose": "a short block between two prose blocks",
    "short-among-furniture": "a short block between two furniture blocks",
    "short-next-to-prose": "a short block next to a medium prose block",
    "short-at-edge": "a short block at the edge of the story",
    "closing-sentence": "a short sentence right under the story's last paragraph (its last line)",
    "medium-among-furniture": "a medium block between two furniture blocks",
    "medium-next-to-prose": "a medium block next to prose",
    "listing-box": "a box of links to other stories between two paragraphs (Related articles)",
    "widget-box": "a stock widget or a newsletter's sign-up box between two paragraphs",
    "advertisement": "an advertisement's label and its prompt between two paragraphs",
    "advertisement-line": (
        "a short line of no call to action under an advertisement's label between two "
        "paragraphs (a brand's name, a tagline; said)"
    ),
    "video-box": (
        "a video player's box between two paragraphs: running times beside titles, with a "
        "player's label (JUST WATCHED, Now playing, Replay)"
    ),
    "video-titles-box": (
        "short titles each beside a running time between two paragraphs, no player's label (said)"
    ),
    "date-line": "the story's date alone inside its stretch (under the byline, or its one date)",
    "desk-signature": "a newsroom's signature (Redacción) over the story's date inside its stretch",
    "consent-banner": (
        "a cookie or consent banner's sentence over or under its buttons (Accept all, Reject all)"
    ),
}
_PAGE_PLACES = {
    "before-story": "page furniture above the story",
    "after-story": "page furniture below the story",
    "in-story": "furniture inside the story's stretch",
}

_RULES: dict[str, str] = {
    # Every layout.
    "blank": "a line holding only white space",
    "paragraph": "a line of a body paragraph",
    "subheading": "a short label between body paragraphs",
    "line-too-long": "a line longer than max_line_chars, set aside (role other)",
    "story-too-large": "a line past max_story_chars, set aside (role other)",
    "internal-error": "a line of a story wirestory failed to read, set aside (role other)",
    "empty-after-normalization": "a paragraph of control or invisible characters only (other)",
    "source-url": "a scraper's source address alone on the story's first line (furniture)",
    "converter-marks": "a converter's marks alone (an underline, a wrapped image's address)",
    "converter-heading": "a Markdown page's one # heading, read over the title line",
    "headline": "the story's first line, read as its headline",
    # Marked layout.
    "caption": "a line of the header between headline and marker",
    "caption-shown-twice": "a caption's second showing on the next line (duplicate)",
    "marker": "the site's marker line closing the header",
    "number-after-marker": "a counter printed right after the marker (furniture)",
    "separator-above-headline": "a dump's separator line right over a marked story's headline "
    "(END OF STORY, Page 2, <hr>), the repeat below the marker showing the line under it",
    "repeat-kicker": "a kicker's label over the headline shown again below the marker (furniture)",
    "repeated-headline": "the headline shown again: below the marker, or under itself (duplicate)",
    "repeated-caption": "a header caption shown again below the marker (duplicate)",
    "caption-only-in-repeat": "a caption shown only in the repeated block",
    "standfirst-not-repeated": "a subtitle under the headline that the repeat leaves out",
    # Wire layout, and the front matter of every layout.
    "byline": "a byline (By NAME)",
    "byline-organization": "the organisation line under a byline (Associated Press), or the "
    "writer's title alone (Transport Correspondent)",
    "caption-with-credit": "a line ending in a credit naming an agency or photographer",
    "caption-shown-again": "a caption shown again (duplicate)",
    "dateline": "the dateline opening the first paragraph",
    "advisory": "a wire advisory above the story ((Adds reaction in paragraph 3), Eds: ...)",
    "headline-continued": "a wire headline's next line, going on in small letters (wrapped)",
    "deck-under-headline": "a wire headline's deck: a headline-shaped line alone under it",
    "deck-over-byline": "a wire headline's deck in a block of its own, a byline's block under it",
    "byline-over-date": "a writer's name alone over the story's date in a wire story's "
    "front matter",
    "kicker": "a label in capitals above a wire headline (ANALYSIS, EXCLUSIVE:)",
    "live-blog-stamp": "a live blog's time alone over an entry, in an article read as wire "
    "copy (14.05 GMT)",
    "reading-time": "a page's reading time in a wire story's front matter (2 min read)",
    "wire-date-line": "a line holding only the story's date in a wire story's front matter "
    "(over or under the headline; by a headless story's opening captions)",
    "print-folio": "a print page's header over a wire story's headline (the paper's name, "
    "the date and the page: THE VALE TIMES  Tuesday, March 4, 2025  A3)",
    "export-count": "a database export's count over a wire story's headline (Article 2 of 5)",
    "record-field": "a crawler's record field under its Title: line (URL: https://…, "
    "Date: 2025-03-04)",
    "print-jump": "a print page's line over the rest of a story begun on another page, "
    "in a wire story's front matter (From Page A1)",
    "wire-slug": "a wire service's keyword slug above the headline (BC-EU-Grain-Prices,0412)",
    "wire-notice": "a wire service's notice above the story (KILL - KILL - KILL and its "
    "explanation, ADVISORY - ...)",
    "trailer-contributors": "a trailer crediting contributors (Reporting by ...)",
    "trailer-copyright": "a copyright line",
    "host-name": "a site's host name alone over a wire-shaped story's headline "
    "(valeherald.example over a reader view's text)",
    "trailer-writer-sign-off": "the byline's writer signing wire copy under its last paragraph "
    "(Jane Roe, USA TODAY under By Jane Roe)",
    "trailer-sign-off": "the agency's sign-off (Reuter; -- AP cut from the end of the last line)",
    "trailer-separator": "a separator line before notes (___)",
    "trailer-note": "a note after the story",
    "trailer-contact": "a press release's contacts under their label (Media contact:, its "
    "names, telephones and addresses) and its SOURCE line",
    # Page layout.
    "page-title": "the page's <title> line (headline when nothing repeats it)",
    "menu-above-title": "a menu or date bar above the page's <title> line (short, no sentence)",
    "caption-above-title": "a photo's caption with its credit above the page's <title> line",
    "credit-under-story": "a credit alone right under a story (a photo's, its caption lost)",
    "headline-repeats-title": "the line above the story that repeats the page title",
    "headline-title-part": "the line equal to the page title's headline part (Headline - Site)",
    "headline-above-byline": "the headline-shaped line above the header's byline or date line",
    "headline-under-date": "a newsroom's headline right under its date line, the menu over the "
    "date and only buttons between it and the story",
    "byline-header-zone": "a byline near the story's first paragraph, outside headline..story",
    "standfirst-above-byline": "a page's subtitle between headline and byline (or the lead "
    "photo's caption), the story below",
    "standfirst-under-headline": "a page's one-line subtitle between headline and byline, "
    "above the story",
    "byline-after-story": "a 'By NAME' line (or 'LABEL: NAME', '[NAME/OUTLET]', or a name "
    "alone on a page not "
    "in English) right under the story, its header holding none",
    "byline-by-alone": "'By' alone on a line of the page header and the name on the next",
    "byline-name-line": "a name without 'By' under the headline, above a date or with a title",
    "byline-author-bio": "the writer's bio under the page's story, its header holding no byline",
    "byline-second-line": "a byline's second line going on with its names (and Tom Hale)",
    "byline-stacked-name": "a page's writers stacked one a line over the date "
    "(Jane Roe / Tom Hale / Published …): each name under the first",
    "between-headline-and-story": "furniture between headline and story (dates, share counts)",
    "button-under-header": "a button's short line (Save this story) right over a page's "
    "first paragraph, under the header's byline and a deck taken as the standfirst",
    "headline-under-captions": "a headless story's headline: a short line alone under "
    "the photo captions opening it",
    "headline-over-byline": "a headless story's headline: a line of a headline's shape right "
    "over a byline (By NAME), on the next line or after a blank one",
    "caption-in-story": "a caption inside the story (credit or photo label)",
    "caption-in-header": "a caption between the headline and the story (credit or photo label)",
    "author-box-under-story": "the writer's name alone under the story, a title or a bio "
    "under it (the author's box)",
    "release-about-box": "a press release's notes on its issuer (About NAME over NAME is …, "
    "NAME named in the release's first paragraph) and all under them: forward-looking "
    "statements, contacts",
    "masthead": "a print view's masthead under its buttons (Print / Close window) over the "
    "headline, named by the page's copyright line (© 2025 NAME)",
    "page-agency-opening": "the short block right above a page's first paragraph opening with "
    "a known agency in parentheses, a dash and a sentence, or with a dateline holding more "
    "than a place and a sentence: the story's first paragraph",
    "page-contents-heading": "the line right above a page's first paragraph, listed in a "
    "table of contents above it beside another of the story's subheadings: the story's "
    "first subheading",
    "page-entry-heading": "the line right above a live blog's first paragraph, under the "
    "entry's stamp or a pinned post's label (or a ticker's framed heading): the first "
    "entry's heading",
    "page-signed-paragraph": "a paragraph between the story's paragraphs reporting speech, an "
    "agency's sign-off glued after it (… officials said. — AFP)",
    "page-signed-off": "the story's last paragraph, an agency's sign-off glued after it "
    "(… on Monday. -- AP; the sign-off a trailer segment)",
    "page-writer-sign-off": "the byline's writer's name and outlet alone right under a "
    "page's story (Jane Roe, USA TODAY under By Jane Roe): read for the enrichment, which "
    "makes it a trailer (trailer-writer-sign-off)",
    "caption-long-credited": "a caption of over 60 words between paragraphs, "
    "a 'Credit:' label ending it",
    "caption-by-position": "a caption told by where its people stand in the photo ((L-R), (left))",
    "caption-pointing-label": "a caption opening with a label pointing at the photo (Pictured:, "
    "Above:, Im Bild:)",
    "caption-repeated-in-series": "a caption printed word for word under each photo of a series "
    "between the story's paragraphs (three times or more; the others caption-shown-again)",
    "caption-under-share-bar": "one short sentence under the header's share bar right over "
    "the story's first paragraph: the lead photo's caption with no credit",
    "caption-picture-agency": "a caption in a picture agency's form, its credit dropped "
    "(LONDON, ENGLAND - MARCH 04: Commuters walk past …)",
    "caption-credit-below": "a caption whose credit stands alone on the line below",
    "caption-credit-above": "a page caption under its credit line (Image copyright X, © X)",
    "caption-source-below": "a caption with a source's name glued under it as its credit",
    "caption-credit-line": "a caption's credit alone on a line",
    "in-story:short-run": "a run of short lines inside the story (links, tags)",
    "in-story:timestamp": (
        "a live blog's stamp alone inside the story (12:41 GMT, 2 min ago, Hace 30 minutos, "
        "vor 2 Stunden)"
    ),
    "in-story:entry-author": (
        "a live blog entry's writer alone under the entry's heading (Claire Dunn, a name "
        "of the byline; not under a sentence's end)"
    ),
    "caption-in-lightbox": "the story's photo caption in a gallery's lightbox under the story, "
    "its folding button after it (… (AP Photo/Jane Roe) less), its title the headline",
    "in-story:gallery-link": "a link to a photo gallery inside the story "
    "(Photos: The old quay through the years)",
    "in-story:video-running-time": "a video's running time and source inside the story "
    "(03:41 - Source: Vale TV)",
    "embedded-post": "a social post embedded inside a page's story, kept as its paragraph: "
    "its text and its signature (— Name (@handle) March 4, 2025)",
    "story-list-row": "a row of the story's own list, inside its stretch or right under it, "
    "kept as a paragraph: rows of one form (numbers counting up or down, one bullet or "
    "letters counting up, dates in calendar order, a key and a short value) announced by a "
    "sentence ending in a colon or a heading naming the story's words (a tour's dates, a "
    "table's rows)",
}
_RULES.update(
    {f"page-{rule}": f"story prose: {meaning}" for rule, meaning in _PAGE_BLOCK_RULES.items()}
)
_RULES.update(
    {
        f"{place}:{rule}": f"{where}: {meaning}"
        for place, where in _PAGE_PLACES.items()
        for rule, meaning in _PAGE_BLOCK_RULES.items()
    }
)

RULES: Mapping[str, str] = MappingProxyType(_RULES)
"""Every rule name a :class:`~wirestory.Segment` can carry, with what it means."""
