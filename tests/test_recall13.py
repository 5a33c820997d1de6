"""Body recall and precision by form on pages: a story in a script that marks
no sentence's end (Thai), and a comment section under a bare heading
(``Comentarios``), with the counter-cases that read like them and must stay
as they are.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import news_page

import wirestory

# A Thai story: clauses set apart by spaces, no full stop anywhere.
_THAI = (
    "เมื่อวันที่ 3 มี.ค. ผู้สื่อข่าวรายงานว่า เทศบาลเมืองริมน้ำได้เปิดท่าเรือข้ามฟาก"
    "แห่งใหม่ให้ประชาชนใช้บริการแล้ว หลังจากปิดปรับปรุงมานานกว่าสองปี โดยนายกเทศมนตรี"
    "กล่าวว่า ท่าเรือแห่งนี้จะช่วยให้ชาวบ้านเดินทางไปทำงานในตัวเมืองได้สะดวกและรวดเร็ว"
    "ขึ้นกว่าเดิมมาก",
    "ชาวบ้านที่มารอขึ้นเรือในเช้าวันแรกต่างแสดงความยินดี บางคนบอกว่าเคยต้องนั่งรถอ้อม"
    "ไปไกลกว่าหนึ่งชั่วโมงเพื่อข้ามแม่น้ำทุกวัน ส่วนพ่อค้าแม่ค้าในตลาดริมท่าก็หวังว่า"
    "จะมีลูกค้ามากขึ้นในช่วงเทศกาลที่จะถึงนี้ เพราะนักท่องเที่ยวจะเดินทางมาได้ง่ายขึ้น",
    "ทางเทศบาลระบุว่า เรือข้ามฟากจะให้บริการทุกวันตั้งแต่เวลาหกโมงเช้าจนถึงสองทุ่ม และ"
    "จะพิจารณาเพิ่มเที่ยวเรือในช่วงเย็นหากมีผู้โดยสารมากพอ โดยค่าโดยสารจะยังคงเท่าเดิม"
    "ตลอดปีนี้ และผู้สูงอายุกับนักเรียนจะได้รับส่วนลดครึ่งราคาเช่นเดิม",
)
# A related-stories box under it: a label and two headlines, short lines.
_THAI_RELATED = "ข่าวที่เกี่ยวข้อง\nเทศบาลเตรียมซ่อมสะพานข้ามคลองหลังน้ำท่วม\nตลาดน้ำริมท่าเปิดใหม่รับนักท่องเที่ยว"


def _thai_page(*blocks: str) -> str:
    return news_page(
        *blocks,
        headline="เทศบาลเปิดท่าเรือข้ามฟากแห่งใหม่ หลังปิดปรับปรุงสองปี",
        header="วันที่ 3 มี.ค. 2568 เวลา 10:15 น.",
        site="ข่าวริมน้ำ",
        year=2025,
    )


def test_thai_paragraphs_are_the_story() -> None:
    """A Thai story's paragraphs end in no full stop: read as prose by their
    length, not left as furniture for want of a sentence's end."""
    story = wirestory.parse_story(_thai_page(*_THAI, _THAI_RELATED))
    assert story.body == _THAI


def test_thai_related_headlines_stay_out() -> None:
    """Near miss: the related stories' headlines under the story, short Thai
    lines, stay out of its body."""
    story = wirestory.parse_story(_thai_page(*_THAI, _THAI_RELATED))
    assert not any("สะพาน" in paragraph for paragraph in story.body)


def test_thai_menu_row_is_no_prose() -> None:
    """Near miss: a long row of Thai menu items set apart by spaces (short
    words, no clause) stays furniture, though it is long and in Thai."""
    row = " ".join(
        ["การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา", "บันเทิง", "สังคม", "การศึกษา", "ภูมิภาค"] * 4
    )
    assert len(row) > 200
    story = wirestory.parse_story(_thai_page(*_THAI, row))
    assert story.body == _THAI


def test_latin_line_without_full_stop_is_no_prose() -> None:
    """Near miss: a long line in Latin script that ends in no full stop (a row
    of tags) is still no paragraph of the story."""
    tags = " ".join(f"Tag{n} harbour ferry quay island" for n in range(12))
    story = wirestory.parse_story(_thai_page(*_THAI, tags))
    assert story.body == _THAI


_SPANISH = (
    "El ayuntamiento de Villaverde del Río aprobó ayer la reforma del mercado "
    "municipal, que cerrará sus puertas durante seis meses a partir de febrero, según "
    "informó el alcalde en una rueda de prensa.",
    "Los comerciantes del mercado se trasladarán mientras tanto a una carpa instalada "
    "en la plaza mayor, donde podrán seguir vendiendo sus productos en el mismo horario "
    "de siempre, explicó el concejal de Comercio.",
    "La obra costará cerca de dos millones de euros y la pagarán a medias el "
    "ayuntamiento y la diputación provincial, que ya ha aprobado su parte del dinero.",
    "El alcalde dijo que el nuevo mercado tendrá más puestos, un aparcamiento para "
    "bicicletas y una terraza abierta a los vecinos durante todo el año.",
)
_COMMENTS = (
    "Marisa del Valle\nHace 12 minutos",
    "Ya era hora de que arreglaran el mercado, el tejado lleva años con goteras y "
    "nadie hacía nada por los comerciantes del barrio.",
    "Vecino88\nHace una hora",
    "Seis meses es mucho tiempo para los puestos pequeños, a ver si cumplen los plazos "
    "esta vez y no pasa como con la piscina municipal.",
)


def _spanish_page(*blocks: str) -> str:
    return news_page(
        *blocks,
        headline="Villaverde reformará el mercado municipal",
        header="Por Ana Roldán | 12/02/2025",
        site="El Correo del Valle",
        year=2025,
    )


@pytest.mark.parametrize(
    "heading",
    ["Comentarios", "Comentar", "Comments", "Kommentare", "Comentários", "Commenti", "Комментарии"],
)
def test_bare_comment_heading_ends_the_story(heading: str) -> None:
    """A comment section under a bare heading (``Comentarios`` alone on its
    line), each reader's comment under a name and a time: the story ends at the
    heading."""
    story = wirestory.parse_story(_spanish_page(*_SPANISH, heading, *_COMMENTS))
    assert story.body == _SPANISH


def test_sentence_opening_with_comments_stays() -> None:
    """Near miss: a paragraph that opens with the word (``Comentarios del
    alcalde …``) goes on past it: no heading, the story goes on."""
    paragraph = (
        "Comentarios del alcalde sobre el aparcamiento provocaron las quejas de la "
        "asociación de vecinos, que pide más plazas para coches."
    )
    story = wirestory.parse_story(_spanish_page(*_SPANISH[:2], paragraph, *_SPANISH[2:]))
    assert story.body == (*_SPANISH[:2], paragraph, *_SPANISH[2:])


def test_comment_link_between_paragraphs_does_not_end_the_story() -> None:
    """Near miss: the comment count's link alone on its line (``Comments``)
    between two of the story's paragraphs, prose right under it: the story
    goes on past it."""
    story = wirestory.parse_story(
        _spanish_page(*_SPANISH[:3], "Comments", _SPANISH[3], "Comments", *_COMMENTS)
    )
    assert story.body == _SPANISH


# A story of long paragraphs, as a magazine prints it.
_LONG = (
    "The harbour board voted on Tuesday to close the old fish market on the east quay "
    "after ninety years, saying the building no longer met the rules for handling food "
    "and would cost more to repair than to replace with a new hall on the west side.",
    "Traders who have sold there for decades said they had not been asked, and several "
    "of them told the board's meeting that the move would cost them the walk-in "
    "customers who come off the ferries every morning and buy on their way into town.",
    "The board's chair said the new hall would open within eighteen months and that "
    "every trader on the east quay would be offered a stall there at the same rent for "
    "the first three years, with help for the cost of moving their cold stores.",
    "A petition against the closure has gathered more than four thousand names in a "
    "week, and the traders' association said the fish market on the east quay was "
    "worth keeping for the ferries' walk-in customers, whatever the board says.",
)
# A recommendation widget: a label over four stories, each a section, a
# headline and a writer, each line short and no sentence, then a photo's caption.
_MOST_POPULAR = (
    "Most Popular\n\nSport\nThe Lighthouse Keepers Win the County Cup\n\nAnna Berg\n\n"
    "Business\nWhy Ferry Fares Are Going Up Again\n\nOla Strand\n\n"
    "Culture\nThe Island Film Festival Picks Its Winners\n\nMia Lund\n\n"
    "Science\nHow Seals Found Their Way Back to the Bay\n\nPer Holm\n\n"
    "Boats moored at the east quay on Monday. Photograph: Jan Ek/Harbour Weekly"
)


def _harbour_page(*blocks: str) -> str:
    return news_page(
        *blocks,
        headline="Harbour board votes to close the old fish market",
        header="By Lena Sund | March 4, 2025",
        site="The Harbour Weekly",
        year=2025,
    )


def test_story_cut_at_long_widget_is_diagnosed() -> None:
    """A widget of a dozen short lines between two of the story's paragraphs,
    the story's paragraphs going on under it: wherever the story is ended, it
    is never silently short of its last paragraphs."""
    story = wirestory.parse_story(_harbour_page(*_LONG[:2], _MOST_POPULAR, *_LONG[2:]))
    codes = {d.code for d in story.diagnostics}
    assert story.body == _LONG or "prose-left-out" in codes
    assert story.body[:2] == _LONG[:2]
