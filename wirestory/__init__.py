"""wirestory: raw news text in, clean structured stories out.

>>> import wirestory
>>> dump = "Rain Returns\\n\\nWet streets. (AFP)\\nWet streets. (AFP)\\nTT\\n\\nRain Returns\\n\\n"
>>> dump += "Wet streets. (AFP)\\nWet streets. (AFP)\\n\\nIt rained.\\n"
>>> [story] = wirestory.parse(dump)
>>> story.headline, story.captions[0].credit, story.body
('Rain Returns', 'AFP', ('It rained.',))
"""

from importlib.machinery import EXTENSION_SUFFIXES as _EXTENSION_SUFFIXES

from wirestory import lines as _lines
from wirestory.bylines import Byline, find_byline
from wirestory.captions import Credit, parse_credit, split_credit
from wirestory.datelines import Dateline, find_dateline
from wirestory.decode import decode
from wirestory.errors import (
    BinaryInputError,
    DecodeError,
    DecodeWarning,
    ParseError,
    PathAsTextWarning,
    WirestoryError,
)
from wirestory.knowledge import Agency, Knowledge
from wirestory.model import Caption, Diagnostic, LayoutName, Role, Segment, Story, StoryChunk
from wirestory.normalize import normalize
from wirestory.options import DatelineYear, LayoutChoice, ParseOptions, QuotePolicy
from wirestory.parser import iter_stories, parse, parse_story
from wirestory.reading import read_stories
from wirestory.stories import split_stories
from wirestory.trailers import Contributor

__version__ = "0.1.0"

COMPILED: bool = str(_lines.__file__).endswith(tuple(_EXTENSION_SUFFIXES))
"""True when the installed wheel is the optional compiled build (mypyc: the hot
modules are C extensions, see docs/performance.md), False for the pure-Python
one. The output is the same."""

__all__ = [
    "COMPILED",
    "Agency",
    "BinaryInputError",
    "Byline",
    "Caption",
    "Contributor",
    "Credit",
    "Dateline",
    "DatelineYear",
    "DecodeError",
    "DecodeWarning",
    "Diagnostic",
    "Knowledge",
    "LayoutChoice",
    "LayoutName",
    "ParseError",
    "ParseOptions",
    "PathAsTextWarning",
    "QuotePolicy",
    "Role",
    "Segment",
    "Story",
    "StoryChunk",
    "WirestoryError",
    "__version__",
    "decode",
    "find_byline",
    "find_dateline",
    "iter_stories",
    "normalize",
    "parse",
    "parse_credit",
    "parse_story",
    "read_stories",
    "split_credit",
    "split_stories",
]
