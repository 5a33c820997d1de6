"""The Hangul weighting's page sieve (issue #17).

A page's blocks outside ASCII are scanned once for a Hangul syllable
(U+AC00 to U+D7A3) before each block's syllables are counted (a syllable
weighs two letters: ``_tokens_and_weights``); a page holding none keeps its
weights. These hold the sieve to the rule: a Korean story of one-sentence
paragraphs around a photo's credit is read as the story whatever other
characters as high as Hangul or higher (emoji, full-width forms, CJK
compatibility ideographs, which weigh nothing more) the page holds and
wherever they stand, and whichever syllables the credit's outlet is spelt in.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from news_pages import news_page

import wirestory

_KOREAN = (
    "서울 강변구의회는 4일 오래된 도서관을 폐관하는 안건을 표결에 부쳐 찬성 다수로 "
    "통과시켰다고 밝혔다.",
    "의원들은 건물이 수년간 안전하지 않았으며 새 분관이 봄에 역 근처에 문을 열 것이라고 설명했다.",
    "구청장은 책들이 새 분관으로 옮겨질 것이며 그때까지 구청 안에 열람실이 운영될 것이라고 말했다.",
    "주민들은 이달 말까지 계획에 대한 의견을 낼 수 있으며 구의회는 5월에 다시 표결할 예정이다.",
)

# Characters at U+AC00 or above that are no Hangul syllable.
_HIGH_NOT_HANGUL = st.sampled_from(
    ["\U0001f44d", "\uff01", "\uf900", "\ud7b0", "\ufe0f", "\U00020000", "\uffe5"]
)


@given(
    high=st.lists(_HIGH_NOT_HANGUL, min_size=0, max_size=3),
    where=st.sampled_from(["headline", "after", "caption"]),
    outlet=st.text(
        alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=2, max_size=4
    ),
)
def test_korean_paragraphs_are_the_story_whatever_else_is_high(
    high: list[str], where: str, outlet: str
) -> None:
    extra = "".join(high)
    credit = f"사진={outlet}"
    blocks: list[str] = [_KOREAN[0], credit, *_KOREAN[1:]]
    headline = "강변구 오래된 도서관 폐관 결정"
    if where == "headline" and extra:
        headline = f"{headline} {extra}"
    elif where == "after" and extra:
        blocks.append(f"{extra} 12")
    elif extra:
        blocks[1] = f"{credit} {extra}"
    page = news_page(
        *blocks, headline=headline, header="입력 2025.03.04 10:15", site="강변일보", year=2025
    )
    story = wirestory.parse_story(page)
    assert [p for p in story.body if p in _KOREAN] == list(_KOREAN)
