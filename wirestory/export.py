"""Stories out: JSON Lines records (schema ``wirestory/1``), IPTC ninjs 3.1 and 2.1, text.

The JSON record is derived from the attrs fields of :class:`~wirestory.Story`
generically (see :mod:`wirestory.records`): a field added to ``Story`` (or to a
record it holds) appears in the output, and is read back by
:func:`story_from_dict`, with no change here.

>>> import wirestory
>>> [story] = wirestory.parse("Rain Returns\\n\\nIt rained.\\n")
>>> record = to_dict(story)
>>> record["schema"], record["headline"], record["body"]
('wirestory/1', 'Rain Returns', ['It rained.'])
>>> story_from_dict(to_dict(story, with_spans=True)) == story
True
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
from collections.abc import Callable, Mapping
from typing import Any

from wirestory.model import Story
from wirestory.records import SCHEMA
from wirestory.trailers import Contributor

__all__ = [
    "SCHEMA",
    "story_from_dict",
    "to_dict",
    "to_ninjs",
    "to_ninjs2",
    "to_text",
    "uri_for",
]


def to_dict(story: Story, *, with_spans: bool = False) -> dict[str, Any]:
    """The story as a JSON-ready ``dict`` in the ``wirestory/1`` schema.

    Without ``with_spans`` the record holds the story's fields (headline,
    captions, body, diagnostics with line and column, ...); with it, also every
    input line as a segment (role, rule, offsets, line) and the character offsets
    of captions and diagnostics. ``docs/wirestory-1.schema.json`` describes it.
    The same as :meth:`Story.to_dict <wirestory.Story.to_dict>`.
    """
    return story.to_dict(with_spans=with_spans)


def story_from_dict(data: Mapping[str, Any]) -> Story:
    """The :class:`~wirestory.Story` a :func:`to_dict` record describes.

    ``story_from_dict(to_dict(story, with_spans=True)) == story`` always. A
    record written without spans gives the story with offsets 0 and no segments.
    Keys this version does not know are ignored; a ``schema`` other than
    ``wirestory/1`` raises :class:`ValueError`. The same as
    :meth:`Story.from_dict <wirestory.Story.from_dict>`.
    """
    return Story.from_dict(data)


# ---------------------------------------------------------------------------
# IPTC ninjs. Each mapping below turns one part of a story into ninjs 3.1
# properties; ninjs 2.1 is the same document with lower-case property names.
# A new Story field maps in by adding one small function to _NINJS_MAPPINGS.
# ---------------------------------------------------------------------------

DEFAULT_URI_PREFIX = "urn:wirestory:"
"""What :func:`uri_for` puts before the content hash unless told otherwise."""


def uri_for(story: Story, *, prefix: str = DEFAULT_URI_PREFIX) -> str:
    """A stable identifier derived from the story's content: ``prefix`` + a hash.

    The hash (SHA-256, first 32 hex digits) covers the headline, the body and the
    captions with their credits, so the same story gets the same ``uri`` in every
    run, whatever file or offset it came from; pass your own ``prefix``
    (``"https://example.com/stories/"``) to make it resolvable.

    >>> story = Story(headline="Rain", captions=(), marker=None, body=("Wet.",), segments=())
    >>> uri_for(story)
    'urn:wirestory:9cef475d23f88a0d92b3d34e14d3d22c'
    """
    content = [story.headline, list(story.body), [[c.text, c.credit] for c in story.captions]]
    digest = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()
    return prefix + digest[:32]


def _identity(story: Story, uri: str) -> dict[str, Any]:
    return {"uri": uri, "type": "text"}


def _headlines(story: Story, uri: str) -> dict[str, Any]:
    # headline → headlines[{role: main}]; the standfirst (a subtitle the site
    # shows under the headline) is the summary description.
    data: dict[str, Any] = {}
    if story.headline:
        data["headlines"] = [{"role": "main", "value": story.headline}]
    if story.standfirst:
        data["descriptions"] = [{"role": "summary", "value": story.standfirst}]
    return data


def _bodies(story: Story, uri: str) -> dict[str, Any]:
    # body → bodies[{role: text}]; paragraphs separated by a blank line.
    if not story.body:
        return {}
    value = "\n\n".join(story.body)
    return {
        "bodies": [
            {
                "role": "text",
                "contentType": "text/plain",
                "value": value,
                "charCount": len(value),
                "wordCount": len(value.split()),
            }
        ]
    }


def _pictures(story: Story, uri: str) -> dict[str, Any]:
    # each caption → a picture association; its credit is who made the picture.
    if not story.captions:
        return {}
    pictures = []
    for number, caption in enumerate(story.captions, start=1):
        picture: dict[str, Any] = {
            "name": f"picture{number}",
            "uri": f"{uri}/picture/{number}",
            "type": "picture",
            "descriptions": [{"role": "caption", "value": caption.text}],
        }
        if caption.credit:
            picture["by"] = caption.credit
        pictures.append(picture)
    return {"associations": pictures}


def _byline(story: Story, uri: str) -> dict[str, Any]:
    # byline → by (its first line as written: an organisation line printed under
    # it is already in the first line or in infoSources) and people[{rel: "author"}].
    if story.byline is None:
        return {}
    data: dict[str, Any] = {"by": " ".join(story.byline.raw.splitlines()[0].split())}
    if story.byline.names:
        data["people"] = [{"name": name, "rel": "author"} for name in story.byline.names]
    return data


def _contributors(story: Story, uri: str) -> dict[str, Any]:
    # trailer credits (Reporting by X; Editing by Y) → people[{rel: their role}].
    if not story.contributors:
        return {}
    return {"people": [{"name": c.name, "rel": c.role} for c in story.contributors]}


def _dateline(story: Story, uri: str) -> dict[str, Any]:
    # dateline place(s) and region → located (``LONDON/SINGAPORE`` → "LONDON, SINGAPORE").
    if story.dateline is None or not story.dateline.places:
        return {}
    parts = [*story.dateline.places, *([story.dateline.region] if story.dateline.region else [])]
    return {"located": ", ".join(parts)}


def _agencies(story: Story, uri: str) -> dict[str, Any]:
    # agencies the dateline names → infoSources[{role: "source"}].
    if story.dateline is None or not story.dateline.agencies:
        return {}
    return {"infoSources": [{"name": name, "role": "source"} for name in story.dateline.agencies]}


def _trailers(story: Story, uri: str) -> dict[str, Any]:
    # advisories and notes kept out of the body → edNote, one per line.
    return {"edNote": "\n".join(story.notes)} if story.notes else {}


def _copyright(story: Story, uri: str) -> dict[str, Any]:
    # the copyright line → copyrightNotice.
    return {"copyrightNotice": story.copyright} if story.copyright else {}


NinjsMapping = Callable[[Story, str], dict[str, Any]]
"""One part of the ninjs mapping: the story and its ``uri`` in, ninjs 3.1 properties out."""

_NINJS_MAPPINGS: tuple[NinjsMapping, ...] = (
    _identity,
    _headlines,
    _byline,
    _contributors,
    _dateline,
    _agencies,
    _bodies,
    _pictures,
    _trailers,
    _copyright,
)
"""Applied in order; list-valued properties from several mappings are concatenated
(the byline's ``people`` and the contributors' ``people``, say)."""


def to_ninjs(story: Story, *, uri_prefix: str = DEFAULT_URI_PREFIX) -> dict[str, Any]:
    """The story as an IPTC ninjs 3.1 document (camelCase property names).

    headline → ``headlines[{role: "main"}]``, standfirst → ``descriptions[{role:
    "summary"}]``, byline → ``by`` and ``people[{rel: "author"}]``, trailer
    contributors → ``people[{rel: role}]``, dateline place → ``located``, its
    agencies → ``infoSources[{role: "source"}]``, body → ``bodies[{role: "text",
    contentType: "text/plain", value, charCount, wordCount}]``, each caption → an
    ``associations[]`` item of ``type: "picture"`` with ``descriptions[{role:
    "caption"}]`` and its credit in ``by``, notes and advisories → ``edNote``,
    copyright → ``copyrightNotice``; ``uri`` is :func:`uri_for` the story with
    ``uri_prefix``.
    """
    uri = uri_for(story, prefix=uri_prefix)
    document: dict[str, Any] = {}
    for mapping in _NINJS_MAPPINGS:
        for key, value in mapping(story, uri).items():
            if isinstance(value, list) and isinstance(document.get(key), list):
                document[key] = document[key] + value
            else:
                document[key] = value
    return document


def _lowercase_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {key.lower(): _lowercase_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_lowercase_keys(item) for item in value]
    return value


def to_ninjs2(story: Story, *, uri_prefix: str = DEFAULT_URI_PREFIX) -> dict[str, Any]:
    """The story as an IPTC ninjs 2.1 document: :func:`to_ninjs` with 2.1's
    lower-case property names (``contenttype``, ``charcount``, ...)."""
    document: dict[str, Any] = _lowercase_keys(to_ninjs(story, uri_prefix=uri_prefix))
    return document


def _contributors_text(contributors: tuple[Contributor, ...]) -> str:
    """``Reporting by Jane Doe in Cairo and Sam Poe; Editing by Ann Lee`` (one phrase
    per run of the same role), ``Sam Poe in New York contributed``."""
    phrases = []
    for role, group in itertools.groupby(contributors, key=operator.attrgetter("role")):
        who = " and ".join(c.name + (f" in {c.place}" if c.place else "") for c in group)
        if role == "contributing":
            phrases.append(f"{who} contributed")
        elif role == "reviewing":
            # "Reviewing by" is no English: a health site writes "Reviewed by".
            phrases.append(f"Reviewed by {who}")
        else:
            phrases.append(f"{role.capitalize()} by {who}")
    return "; ".join(phrases)


def to_text(story: Story) -> str:
    """The clean story as plain text, every field a reader needs, in reading order:
    headline, standfirst, captions (each with its credit in parentheses), byline
    (as written), body paragraphs with the dateline opening the first, then the
    contributors, the notes and the copyright line; blocks separated by a blank
    line. Only the site's marker and the lines kept out of every field
    (duplicates, furniture) are left out.

    >>> story = Story(headline="Rain", captions=(), marker="TT", body=("Wet.", "Cold."),
    ...               segments=())
    >>> print(to_text(story), end="")
    Rain
    <BLANKLINE>
    Wet.
    <BLANKLINE>
    Cold.
    """
    blocks = [story.headline] if story.headline else []
    if story.standfirst:
        blocks.append(story.standfirst)
    if story.captions:
        blocks.append(
            "\n".join(f"{c.text} ({c.credit})" if c.credit else c.text for c in story.captions)
        )
    if story.byline is not None:
        blocks.append(story.byline.raw)
    body = list(story.body)
    if story.dateline is not None:
        # As the wire prints it: "WASHINGTON (AP) — The Senate passed ...".
        if body:
            body[0] = f"{story.dateline.raw} {body[0]}"
        else:
            body.append(story.dateline.raw)
    blocks.extend(body)
    if story.contributors:
        blocks.append(_contributors_text(story.contributors))
    blocks.extend(story.notes)
    if story.copyright:
        blocks.append(story.copyright)
    return "\n\n".join(blocks) + "\n"
