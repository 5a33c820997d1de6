"""One way to do each thing (tidy36): tests of the helpers that replaced copies.

- An e-mail address is one pattern in ``bylines``: the writer's address in
  parentheses or brackets after a byline's names, the address alone under a
  wire story, and the address line under a writer's name in a page's header
  all read it. Before, ``trailers`` and the page layout each kept their own
  test, and the three could part on the same text.
- The English auxiliaries are two tables in ``knowledge``
  (``NARRATION_AUXILIARIES``, ``MODAL_VERBS``), read by the captions' and the
  page layout's rules. The captions' own copy had left ``shall`` out: a
  sentence under the story opening ``Photos by readers shall …`` was read as
  a photo's caption.
- What a Korean credit's bracket holds before ``=`` (``사진``, photo; ``글``,
  text) is one table in ``bylines``; the datelines' copy had left ``글`` out,
  and ``[글=연합뉴스]`` was read as a dateline placed in ``글``.

Every line here is invented, in the shape of real text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story

from wirestory import find_dateline
from wirestory.bylines import find_page_byline, holds_email_address, is_email_address
from wirestory.captions import is_page_caption
from wirestory.trailers import classify_trailer

_ADDRESSES = ["jrk@yna.co.kr", "stennant@valepost.example", "jane.roe+desk@mail.example.org"]
_NO_ADDRESSES = ["@jroe", "jroe@valepost", "jroe@", "jroe@valepost.example.", "Email:jroe@x.ex"]


@pytest.mark.parametrize("address", _ADDRESSES)
def test_an_address_reads_the_same_at_every_site(address: str) -> None:
    """The address alone is a contact under a story and no organisation in a byline."""
    assert is_email_address(address)
    assert holds_email_address(f"Email:{address}.")
    trailer = classify_trailer(address)
    assert trailer is not None
    assert trailer.kind == "contact"
    byline = find_page_byline(f"By Jane Roe ({address})")
    assert byline is not None
    assert byline.names == ("Jane Roe",)
    assert byline.organization is None


@pytest.mark.parametrize("text", _NO_ADDRESSES)
def test_no_address_alone(text: str) -> None:
    """A handle, a host with no dot, marks around the address: no address alone."""
    assert not is_email_address(text)
    assert classify_trailer(text) is None


@pytest.mark.parametrize("text", ["@jroe", "jroe@valepost", "x@.example", "Email: none"])
def test_no_address_held(text: str) -> None:
    """The page header's looser test still wants a name, an "@" and a dotted host."""
    assert not holds_email_address(text)


def test_a_modal_after_a_photo_label_makes_a_sentence() -> None:
    """``shall`` after ``Photos by`` and a word is a sentence's verb, as ``will`` is."""
    sentence = "Photos by readers shall be shown at the fair in May."
    assert not is_page_caption(sentence)
    story = library_story(*LIBRARY_STORY, sentence)
    assert story.body == (*LIBRARY_STORY, sentence)
    assert story.captions == ()


@pytest.mark.parametrize("slot", ["사진", "그래픽", "글"])
def test_a_korean_credit_slot_is_no_place(slot: str) -> None:
    """``[사진=…]``, ``[글=…]`` credit a photo or a text: no dateline's place."""
    assert find_dateline(f"[{slot}=연합뉴스] 시의회는 화요일 옛 도서관을 닫기로 했다.") is None


def test_a_korean_dateline_still_reads() -> None:
    """``[서울=연합뉴스]``: Seoul, Yonhap."""
    dateline = find_dateline("[서울=연합뉴스] 시의회는 화요일 옛 도서관을 닫기로 했다.")
    assert dateline is not None
    assert dateline.places == ("서울",)
    assert dateline.agencies == ("Yonhap",)
