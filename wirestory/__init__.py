"""wirestory: raw news text in, clean structured stories out.

>>> import wirestory
>>> dump = "Rain Returns\\n\\nWet streets. (AFP)\\nWet streets. (AFP)\\nTT\\n\\nRain Returns\\n\\n"
>>> dump += "Wet streets. (AFP)\\nWet streets. (AFP)\\n\\nIt rained.\\n"
>>> [story] = wirestory.parse(dump)
>>> story.headline, story.captions[0].credit, story.body
('Rain Returns', 'AFP', ('It rained.',))
"""

from wirestory.decode import decode
from wirestory.errors import DecodeError, DecodeWarning, ParseError, WirestoryError
from wirestory.model import Caption, Diagnostic, Role, Segment, Story, StoryChunk
from wirestory.normalize import normalize
from wirestory.options import ParseOptions, QuotePolicy
from wirestory.parser import iter_stories, parse, parse_story
from wirestory.stories import split_stories

__version__ = "0.1.0.dev0"

__all__ = [
    "Caption",
    "DecodeError",
    "DecodeWarning",
    "Diagnostic",
    "ParseError",
    "ParseOptions",
    "QuotePolicy",
    "Role",
    "Segment",
    "Story",
    "StoryChunk",
    "WirestoryError",
    "__version__",
    "decode",
    "iter_stories",
    "normalize",
    "parse",
    "parse_story",
    "split_stories",
]
