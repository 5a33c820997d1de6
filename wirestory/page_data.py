"""Data for the page layout: stop words and furniture phrases, per language.

Stop words are the common function words of each language (articles,
pronouns, prepositions, conjunctions, auxiliary verbs), the idea behind
jusText's stop-word density: running prose is full of them, menus, link
lists and labels are not. The lists are short on purpose (the most frequent
words carry nearly all of the signal) and written in lower case; a word is
compared lower-cased.

Furniture phrases are whole lines (lower-cased, white space folded, trailing
punctuation dropped) that pages print around a story: share bars, sign-in
links, "Advertisement", "Related stories", cookie and newsletter prompts.
Adding a language or a phrase is adding data here, never code.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BOX_LABELS",
    "CONSENT_BUTTONS",
    "FURNITURE_PHRASES",
    "FURNITURE_PREFIXES",
    "INLINE_PHRASES",
    "PRICE_NOTICE_PREFIXES",
    "SENTENCE_PREFIXES",
    "STOP_WORDS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS: Final[dict[str, frozenset[str]]] = {
    "en": _words(
        """a about above after again against all also am an and any are aren't as at be
        because been before being below between both but by can can't cannot could
        couldn't did didn't do does doesn't doing don't down during each few for from
        further had hadn't has hasn't have haven't having he he'd he'll he's her here
        here's hers herself him himself his how how's i i'd i'll i'm i've if in into is
        isn't it it's its itself just let's may me might more most much must mustn't my
        myself no nor not now of off on once only or other ought our ours ourselves out
        over own same shall shan't she she'd she'll she's should shouldn't so some such
        than that that's the their theirs them themselves then there there's these they
        they'd they'll they're they've this those though through to too under until up
        upon us very was wasn't we we'd we'll we're we've were weren't what what's when
        when's where where's whether which while who who's whom whose why why's will
        with within without won't would wouldn't yet you you'd you'll you're you've your
        yours yourself yourselves also however many even still since like one said says
        its it’s don’t can’t i’m we’re they’re that’s there’s he’s she’s"""
    ),
    "pt": _words(
        """a à ao aos as às até com como da das de dela dele deles demais depois do dos
        e é ela elas ele eles em entre era eram essa essas esse esses esta está estão
        estas este estes eu foi foram há isso isto já lhe lhes mais mas me mesmo meu
        minha muito muitos na nas não nem no nos nós num numa o os ou para pela pelas
        pelo pelos por porque quando que quem se seja sem ser seu seus sua suas também
        tem têm ter uma um umas uns você vocês sobre ainda onde sua será pode foram
        estava tinha todos todas cada outro outra"""
    ),
    "es": _words(
        """a al algo algunos ante antes como con contra cual cuando de del desde donde
        durante e el él ella ellas ellos en entre era es esa esas ese eso esos esta
        está están estas este esto estos fue fueron ha había han hasta hay la las le
        les lo los más me mi muy nada ni no nos nosotros o otra otros para pero poco
        por porque que quien se ser si sí sin sobre son su sus también tanto te tiene
        todo todos tu un una uno unos y ya yo"""
    ),
    "it": _words(
        """a ad al alla alle allo agli ai anche che chi ci come con così cui da dal
        dalla dalle dai degli dei del della delle dello di dove e è ed era erano gli
        ha hanno i il in io la le lei lo loro lui ma mi molto ne nei nel nella nelle
        nello no noi non o per perché più poi quale quando quella quelle quello questa
        queste questo se si sia siamo sono su sua sue sui sul sulla suo suoi tra tutto
        tutti un una uno anche ancora essere stato stata fare può già dopo"""
    ),
    "fr": _words(
        """à au aux avec ce ces cette dans de des du elle elles en est et été être eu il
        ils je la le les leur lui ma mais me même mes moi mon ne nos notre nous on ou
        où par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une
        vos votre vous y a ont était plus comme tout aussi fait bien"""
    ),
    "de": _words(
        """aber als am an auch auf aus bei bin bis bist da damit dass das dem den der
        des die dies diese dieser du durch ein eine einem einen einer eines er es für
        hat hatte ich ihr im in ist ja kann mit nach nicht noch nur oder sich sie sind
        so über um und uns vom von vor war waren was weil wenn werden wie wir wird zu
        zum zur"""
    ),
    "id": _words(
        """ada adalah agar akan aku anda antara apa atau bagi bahwa banyak belum bisa
        dalam dan dapat dari dengan di dia harus hingga ia ini itu jika juga kami kamu
        karena ke kepada ketika lagi lebih mereka namun oleh pada para saat saja sangat
        sebagai sebuah secara sedang sejak sekitar selain semua seperti serta setelah
        sudah tak tapi telah tentang tersebut tidak untuk yang yaitu masih hanya kita
        bahkan kini pun"""
    ),
    "ru": _words(
        """а без более бы был была были было быть в вам вас весь во вот все всего всех вы
        где да даже для до его ее её если есть еще ещё же за и из или им их к как
        когда кто ли либо мне может мы на над надо наш не него нее неё нет ни них но
        ну о об однако он она они оно от очень по под при с со так также такой там те
        тем то того тоже той только том ты у уже хотя чем что чтобы эта эти это этот
        я мой моя мои свой своя свои который которая которые которых себя"""
    ),
    # Ukrainian: without its own table a Ukrainian page was read with the
    # Russian one (the words they share, "на", "до", "не", "за"), its
    # paragraphs of low density: a share bar between two of them cut the
    # story at the first.
    "uk": _words(
        """а або але без би був була були було бути в вже від він вона воно вони все всі
        вся да для до є же з за зі й і із їх її його коли де лише ми між на над не ні
        ну о от по під після перед при про та так також там те тим то той тут ти у це
        цей ці ця через чи що щоб як який яка яке які якщо я ще вас нас нам вам мене
        своє свій своя свої тому тільки теж"""
    ),
    "ko": _words(
        """이 그 저 것 수 등 및 더 또 또는 그리고 하지만 그러나 그래서 있는 있다 있습니다 없는
        없다 한 할 하는 했다 합니다 위해 대한 통해 같은 때 중 후 전 가장 매우 정말 너무 잘
        다 안 못 이런 그런 우리 제가 저는 나는 내 모든 많은 다른 이번 함께 바로 아주"""
    ),
}
"""Stop words per language code (ISO 639-1)."""


# The box labels of the fifteenth held-out round, in scripts of their own
# (see BOX_LABELS), each a furniture phrase too: one list for both tables.
_SCRIPT_BOX_LABELS: Final[list[str]] = """
    اقرأ المزيد
    أخبار ذات صلة
    مواضيع ذات صلة
    شاهد أيضا
    شاهد أيضاً
    קראו עוד
    כתבות נוספות
    עוד בנושא
    और पढ़ें
    संबंधित खबरें
    مطالب مرتبط
    اخبار مرتبط
    σχετικά άρθρα
    διαβάστε περισσότερα
    смотрите также
    по теме
    новости по теме
    관련 기사
    추천기사
    추천 기사
    함께 보면 좋은 기사
    相關新聞
    延伸阅读
    延伸閱讀
    推荐阅读
    推薦閱讀
    関連ニュース
    あわせて読みたい
""".strip().splitlines()


# The buttons of a cookie or consent banner that answer its question, whole
# lines (lower-case, as FURNITURE_PHRASES are compared): furniture wherever
# they stand, and the banner's sentences right above their row with them
# (page._consent_banners). A bare "Accept" or "Agree" is a poll's or a form's
# too, and the links to the settings ("Manage preferences", "Cookie
# settings", _CONSENT_LINKS) stand in a site's footer as well: only furniture.
CONSENT_BUTTONS: Final[frozenset[str]] = frozenset(
    line.strip()
    for line in """
    accept all
    accept all cookies
    accept cookies
    accept and close
    accept and continue
    agree and close
    agree and continue
    i accept
    i agree
    allow all
    allow all cookies
    allow cookies
    reject all
    reject all cookies
    reject cookies
    decline all
    deny all
    refuse all
    necessary only
    only necessary
    necessary cookies only
    use necessary cookies only
    accept necessary cookies
    alle akzeptieren
    alle ablehnen
    tout accepter
    tout refuser
    continuer sans accepter
    aceptar todo
    aceptar todas
    rechazar todo
    rechazar todas
    aceitar todos
    rejeitar todos
    accetta tutto
    rifiuta tutto
    """.strip().splitlines()
)
"""The buttons of a cookie or consent banner answering it (``Accept all``,
``Reject all``), lower-case: furniture phrases whose banner's sentences above
(or right under) their row are furniture too."""

# A consent banner's links to its settings, furniture phrases: a footer prints
# them too, under a story's last paragraph.
_CONSENT_LINKS: Final[list[str]] = """
    manage preferences
    manage my preferences
    manage cookies
    manage cookie preferences
    manage settings
    manage options
    manage consent
    manage choices
    cookie settings
    cookies settings
    cookie preferences
    privacy settings
    privacy preferences
    save preferences
    save my preferences
    confirm my choices
    customise cookies
    customize cookies
    """.strip().splitlines()
CONSENT_LINKS: Final[frozenset[str]] = frozenset(map(str.strip, _CONSENT_LINKS))
"""A consent banner's links to its settings (``Manage preferences``,
``Cookie settings``), lower-case: a row of the banner's buttons printed over
its sentences goes on through them (page._consent_banners)."""


# Among the phrases, the box labels of the fifteenth held-out round (see
# BOX_LABELS) and the prompts alone between a story's paragraphs: "이 기사를
# 공유합니다" (Korean: share this story), "많이 본 뉴스" (most read), "更多精彩"
# (Chinese: more highlights), "こちらもおすすめ" (Japanese: recommended too),
# "続きを読む" (read on). The buttons and box labels of kinds of story page
# (heldout29): a live blog's "Load more posts", a match report's "Match stats"
# and "Line-ups", a newswire's "Release Versions" and "Contacts", a gallery's
# "More galleries", a funeral home's "Send Flowers" and "Sign the guestbook", a
# print view's "Close window", a text-only page's "See Full Web Article".
# A reaction bar's question over its emoji counts under a story ("What did
# you think of this story?" / "👍 124", heldout32) was its last paragraph.
# A reader poll's label and buttons between the paragraphs ("Poll" / its
# question / its answers / "Vote" / "View results", heldout35) stayed in the
# body, the question and answers with them.
# The links of a site's header and footer in the scripts written without
# spaces between words (scripts60): home, contact us, about us, privacy
# policy, share and related news in Thai, Lao, Khmer and Burmese; home,
# contact, privacy policy and terms of use in Japanese and Chinese. A page in
# those scripts with none of its lines in the table had no furniture to be
# read as a page by: Thai and Burmese pages were wire copy, their site's name
# the headline and their menus and footers paragraphs, silently.
FURNITURE_PHRASES: Final[frozenset[str]] = frozenset(
    line.strip()
    for line in """
    advertisement
    advertisements
    ad
    article content
    report an error
    report a correction
    suggest a correction
    was this article helpful
    how does this make you feel
    was this page helpful
    was this helpful
    what did you think of this story
    what did you think of this article
    poll
    vote
    view results
    see results
    sponsored
    sponsored content
    promoted
    share
    share this
    share this article
    share this story
    share on facebook
    share on twitter
    share via email
    tweet
    email
    print
    comments
    comment
    leave a comment
    leave a reply
    post a comment
    add comment
    read more
    read full article
    read next
    up next
    watch now
    photo gallery
    in pictures
    recommended stories
    most shared
    editor's picks
    sponsored links
    promoted content
    download our app
    enter your email address
    enter your email
    your email address
    thank you for signing up
    join our whatsapp channel
    read full story
    continue reading
    story continues
    listen to this article
    listen to article
    listen to this story
    listen to story
    audio version
    play audio
    content continues below
    scroll to continue with content
    advertisement · scroll to continue
    skip advertisement
    report an ad
    advertising
    gift this article
    share full article
    save article
    font size
    subscribe now to continue reading
    subscribe now to keep reading
    subscribe to keep reading
    subscribe for unlimited access
    this content is for subscribers only
    this story is for subscribers only
    to read the full article, subscribe
    to continue reading, subscribe
    register to read more
    register to continue reading
    become a member to keep reading
    become a member to continue reading
    unlock this article by subscribing
    publicitat
    iragarkia
    tangazo
    advertensie
    hysbyseb
    loading
    watch video
    see more
    show more
    load more
    view comments
    related
    related stories
    related articles
    related news
    related content
    related posts
    recommended
    recommended for you
    you may also like
    you might also like
    more from
    most read
    most popular
    most viewed
    trending
    trending now
    popular
    you may like
    related topics
    key events
    show key events only
    load more posts
    contacts
    follow
    pinned post
    match stats
    player ratings
    line-ups
    lineups
    release versions
    related links
    site index
    close window
    see full web article
    view full article
    more galleries
    view gallery
    send flowers
    plant a tree
    sign the guestbook
    sign guestbook
    service schedule
    latest news
    latest
    top stories
    more stories
    more news
    in other news
    sign in
    sign up
    log in
    login
    logout
    register
    subscribe
    subscribe now
    newsletter
    newsletters
    follow us
    contact us
    for immediate release
    top highlight
    press release
    media release
    news release
    about us
    privacy
    privacy policy
    terms of use
    terms of service
    terms and conditions
    cookie policy
    cookies
    accept
    accept cookies
    skip to content
    skip to main content
    skip to navigation
    menu
    search
    close
    home
    back to top
    next
    previous
    next article
    previous article
    next story
    topics
    tags
    filed under
    facebook
    twitter
    instagram
    linkedin
    pinterest
    whatsapp
    reddit
    youtube
    copy link
    all rights reserved
    publicidade
    início
    contato
    fale conosco
    política de privacidade
    termos de uso
    siga-nos
    compartilhe
    compartilhar
    leia mais
    leia também
    veja também
    notícias relacionadas
    comentários
    quem somos
    assine
    mais lidas
    publicidad
    inicio
    portada
    contacto
    contáctenos
    contáctanos
    quiénes somos
    aviso legal
    aviso de privacidad
    política de privacidad
    política de cookies
    términos y condiciones
    compartir
    comentarios
    suscríbete
    suscribirme
    suscribirse
    iniciar sesión
    síguenos
    noticias relacionadas
    lo más leído
    más leídas
    últimas noticias
    werbung
    anzeige
    startseite
    impressum
    datenschutz
    datenschutzerklärung
    kontakt
    teilen
    kommentare
    abonnieren
    anmelden
    meistgelesen
    publicité
    accueil
    mentions légales
    nous contacter
    qui sommes-nous
    politique de confidentialité
    partager
    commentaires
    s'abonner
    se connecter
    les plus lus
    pubblicità
    contatti
    chi siamo
    privacy policy
    condividi
    leggi anche
    leggi tutto
    articoli correlati
    commenti
    iklan
    beranda
    kontak
    tentang kami
    kebijakan privasi
    kontak kami
    redaksi
    pedoman media siber
    bagikan
    baca juga
    berita terkait
    berita berkaitan
    komentar
    reklam
    ana sayfa
    iletişim
    hakkımızda
    künye
    gizlilik politikası
    paylaş
    yorumlar
    etiketler
    abone ol
    ilgili haberler
    benzer haberler
    реклама
    главная
    контакты
    о проекте
    политика конфиденциальности
    поделиться
    читайте также
    читать далее
    комментарии
    похожие статьи
    поділитися
    коментарі
    головна
    광고
    공유
    공유하기
    댓글
    관련기사
    태그
    관련태그
    теги
    метки
    мітки
    الوسوم
    الكلمات المفتاحية
    شارك
    شارك الخبر
    مشاركة
    التعليقات
    תגיות
    שתפו
    שתף
    תגובות
    ετικέτες
    κοινοποίηση
    σχόλια
    टैग
    टैग्स
    शेयर करें
    टिप्पणियाँ
    标签
    標籤
    分享
    分享到
    评论
    評論
    タグ
    シェア
    コメント
    برچسب‌ها
    برچسب ها
    اشتراک‌گذاری
    نظرات
    이 기사를 공유합니다
    많이 본 뉴스
    更多精彩
    こちらもおすすめ
    続きを読む
    หน้าแรก
    ติดต่อเรา
    เกี่ยวกับเรา
    นโยบายความเป็นส่วนตัว
    แชร์
    ข่าวที่เกี่ยวข้อง
    เรื่องที่เกี่ยวข้อง
    ໜ້າຫຼັກ
    ຕິດຕໍ່ພວກເຮົາ
    ກ່ຽວກັບພວກເຮົາ
    ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ
    ແບ່ງປັນ
    ຂ່າວທີ່ກ່ຽວຂ້ອງ
    ទំព័រដើម
    ទំនាក់ទំនង
    អំពីយើង
    គោលការណ៍ឯកជនភាព
    ចែករំលែក
    ព័ត៌មានពាក់ព័ន្ធ
    ပင်မစာမျက်နှာ
    ဆက်သွယ်ရန်
    ကျွန်ုပ်တို့အကြောင်း
    ကိုယ်ရေးအချက်အလက်မူဝါဒ
    မျှဝေရန်
    ဆက်စပ်သတင်းများ
    ホーム
    お問い合わせ
    プライバシーポリシー
    利用規約
    首页
    首頁
    联系我们
    聯絡我們
    关于我们
    關於我們
    隐私政策
    隱私權政策
    """.strip().splitlines()
    + _SCRIPT_BOX_LABELS
    + sorted(CONSENT_BUTTONS)
    + _CONSENT_LINKS
)
"""Whole lines that are page furniture in any language, compared lower-cased with
trailing punctuation and counters (``Comments (12)``) dropped."""


# A business page's notice on its prices, under the story or its quote box:
# "Market data provided by … Delayed at least 15 minutes.", "Quotes delayed at
# least 15 minutes.", "Data provided by Morningstar.", "Prices delayed 20
# minutes." Furniture prefixes; only the notice's own sentences, the
# supplier's name and the delay, are furniture (page._price_notice): "Quotes
# delayed by the outage angered traders." is a story's sentence.
PRICE_NOTICE_PREFIXES: Final[tuple[str, ...]] = (
    "market data provided by",
    "data provided by",
    "quotes delayed",
    "data delayed",
    "prices delayed",
)
"""The furniture prefixes that open a price notice: a line opening with one
is furniture only when the whole line is the notice."""

FURNITURE_PREFIXES: Final[tuple[str, ...]] = (
    "share on ",
    # A text-only ("lite") page's link to the site's full page, over and
    # under the story: "Go to the full Vale News experience".
    "go to the full ",
    "share this",
    "follow us",
    "sign up for",
    "sign up to",  # "Sign up to our free daily newsletter"
    # The USA Today network's feedback box under the story: "Share your
    # feedback to help improve our site!" (SENTENCE_PREFIXES: "Share your
    # feedback to help improve the plan by Friday, the council urged
    # residents." is the story's).
    "share your feedback to help improve",
    # A print version's notice under the story: "Printed from The Vale Post,
    # https://www.valepost.example, on March 5, 2025." (SENTENCE_PREFIXES:
    # "Printed from a 3D model, the bridge spans the river." is the story's).
    "printed from ",
    # A metered page's prompt between the paragraphs: "You have read 3 of
    # your 5 free articles this month.", "Subscribe for $1 a week to keep
    # reading." (SENTENCE_PREFIXES: "You have read the report, she said.").
    "you have read ",
    "you've read ",
    "you\u2019ve read ",  # the curly apostrophe most pages print
    "subscribe for ",
    # Newsletter prompts between paragraphs: "Get our free morning newsletter",
    # "Want more stories like this? Sign up here.", "Never miss a story: …";
    # they open a story's sentence too (SENTENCE_PREFIXES).
    "get our ",
    "want more ",
    "never miss ",
    "subscribe to",
    # A newsletter box's pitch in Spanish and German ("Suscríbete a nuestro
    # boletín diario", "Melde dich für unseren Newsletter an"); each opens a
    # story's sentence too (SENTENCE_PREFIXES).
    "suscríbete a ",
    "melde dich für ",
    # "Story continues below advertisement", "Article continues after this
    # advertisement", "Story continues after advertisement": where it goes on,
    # not "Story continues to unfold, police said." (a story's sentence).
    "story continues below",
    "story continues after",
    "article continues below",
    "article continues after",
    "continue reading below",
    "download the ",  # an app prompt; opens a story's sentence too (SENTENCE_PREFIXES)
    "download our ",
    "click here",
    "read more:",
    "read more about",
    "related:",
    "see also:",
    "more:",
    "also read:",
    # Notices sites print inside or under a story: "Advertisement - Scroll to
    # continue", "Continue reading the main story", "Catch all the latest news
    # and updates on …", "Stay up to date with …", "First published on: …",
    # "Disclaimer: The views expressed …"; and the syndicated-feed notice under
    # Indian sites' agency copy, "(This story has not been edited by … staff and
    # is auto-generated from a syndicated feed.)", "(Except for the headline, …)".
    # Every line of a page is tested against every prefix: each one added costs.
    "advertisement - ",  # "Advertisement - Scroll to continue", "… - story continues below"
    "continue reading the main story",
    "catch all the",
    "stay up to date",
    "first published on",
    "disclaimer:",
    "(this story has not been edited",
    "(except for the headline",
    # The same notice on other Indian sites, with no parentheses: "This story
    # has been published from a wire agency feed without modifications to the
    # text."; and a prompt in parentheses, "(Story continues below)".
    "this story has been published from",  # the prefixes are read in the first 40 characters
    "(story continues below",
    "(article continues below",
    # A lazy-loaded advertisement's slot between a story's paragraphs, over
    # its ``Article content`` label: "This advertisement has not loaded yet,
    # but your article continues below." (no story's sentence opens so).
    "this advertisement has not loaded",
    # "Join our WhatsApp channel for the latest news", "Join our Telegram
    # channel": opens a story's sentence too (SENTENCE_PREFIXES).
    "join our ",
    # A story's tags under (or above) it: "Filed Under: Harbour, Ferries, Transport",
    # "Keywords: river shipping, barges"; they joined the story as a paragraph.
    "filed under:",
    "tags:",
    "keywords:",
    "topics:",
    # The same tag lines in other scripts: "태그: 도서관, 강변구" (Korean),
    # "Теги: …" (Russian, Ukrainian), "Метки: …", "Мітки: …", "الوسوم: …"
    # (Arabic), "תגיות: …" (Hebrew), "Ετικέτες: …" (Greek), "टैग: …"
    # (Hindi), "标签：…" (Chinese), "タグ：…" (Japanese), "برچسب‌ها: …"
    # (Persian): a label and a colon, no sentence's opening.
    "태그:",
    "태그 #",
    "теги:",
    "метки:",
    "мітки:",
    "الوسوم:",
    "الكلمات المفتاحية:",
    "תגיות:",
    "ετικέτες:",
    "टैग:",
    "टैग्स:",
    "标签：",
    "标签:",
    "標籤：",
    "タグ：",
    "タグ:",
    "برچسب‌ها:",
    "برچسب ها:",
    "click to share",
    *PRICE_NOTICE_PREFIXES,
    "this article is",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by using this site",
    "by continuing to use",
    "all rights reserved",
    "todos os direitos reservados",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    # Italian, Polish and Dutch sites' notices under or inside the story:
    # "Riproduzione riservata © Copyright ANSA", "Wszelkie prawa zastrzeżone",
    # "Alle rechten voorbehouden" (all rights reserved).
    "riproduzione riservata",
    "wszelkie prawa zastrzeżone",
    "alle rechten voorbehouden",
    # "Get the latest news delivered to your inbox": a newsletter prompt;
    # opens a story's sentence too (SENTENCE_PREFIXES). Only before what a
    # site sends: "Get the latest forecast before you set out." is advice.
    "get the latest news",
    "get the latest updates",
    "get the latest headlines",
    "get the latest stories",
    "get the latest breaking",
    "все права защищены",
    "hak cipta",
    "copyright ©",
    "©",
    "(c) ",
    "leia também:",
    "veja também:",
    "leggi anche:",
    "baca juga:",
    "читайте также:",
    # A link to another story inside the story, in the scripts of the
    # thirteenth held-out round: "Читайте також: Headline" (Ukrainian),
    # "اقرأ أيضا: Headline" (Arabic, with and without the tanwin, and the
    # hamza dropped as sites print it), "Διαβάστε επίσης:" (Greek), "ये भी
    # पढ़ें:" / "यह भी पढ़ें:" (Hindi), "بیشتر بخوانید:" (Persian), "קראו
    # גם:" (Hebrew).
    "читайте також:",
    "اقرأ أيضا:",
    "اقرأ أيضاً:",
    "اقرا أيضا:",
    "إقرأ أيضا:",
    "διαβάστε επίσης:",
    "ये भी पढ़ें:",
    "यह भी पढ़ें:",
    "بیشتر بخوانید:",
    "קראו גם:",
    # A prompt to follow the site on a network, between paragraphs:
    # "Подписывайтесь на наш Telegram-канал" (Russian), "Підписуйтесь на
    # наш Telegram" (Ukrainian, both spellings), "تابعونا على تويتر"
    # (Arabic), "Ακολουθήστε μας στο Google News" (Greek); they open a
    # story's sentence too (SENTENCE_PREFIXES).
    "подписывайтесь на ",
    "підписуйтесь на ",
    "підписуйтеся на ",
    "تابعونا على ",
    "ακολουθήστε μας ",
    # A site's rights line or prompt under the story, one sentence with its
    # full stop in a script without capitals (no name's capital tells it from
    # the story's last sentence): "جميع الحقوق محفوظة لموقع …" (Arabic: all
    # rights reserved to the site …), "כל הזכויות שמורות ל…" (Hebrew), "सर्वाधिकार
    # सुरक्षित।", "सभी अधिकार सुरक्षित।" (Hindi).
    "جميع الحقوق محفوظة",
    "كل الحقوق محفوظة",
    "حقوق النشر محفوظة",
    "כל הזכויות שמורות",
    "सर्वाधिकार सुरक्षित",
    "सभी अधिकार सुरक्षित",
    # A prompt to follow or join the site: "تابعوا آخر الأخبار على …"
    # (Arabic: follow the latest news on), "הצטרפו לערוץ …" (Hebrew: join
    # our channel), "עקבו אחרינו ב…" (follow us on), "ताज़ा खबरों के लिए
    # हमें … फॉलो करें।" (Hindi: for the latest news follow us on …; "us",
    # "हमें", makes it the site's: a sentence opens "for the latest news"
    # too).
    "تابعوا آخر الأخبار",
    "הצטרפו לערוץ",
    "עקבו אחרינו",
    "ताज़ा खबरों के लिए हमें",
    "ताजा खबरों के लिए हमें",
    # Japanese and Chinese sites' notice under the story, its full stop
    # after it: "無断転載を禁じます。記事の著作権は…に帰属します。" (no
    # reproduction without permission; the copyright is the paper's),
    # "版权所有，未经许可不得转载。" (all rights reserved, no reprint without
    # leave). The whole clause, so a story's sentence about copyright
    # ("版权所有者表示 …", the copyright holder said) opens with none.
    "無断転載を禁じます",
    "無断転載・複製を禁じます",
    "記事の無断転載を禁じます",
    "版权所有，",
    "版權所有，",
    "未经许可不得转载",
    "未經許可不得轉載",
)
"""Line openings (lower-cased) that mark a line as furniture when the line is short
(a long paragraph that happens to start so is judged on its other features)."""


SENTENCE_PREFIXES: Final[tuple[str, ...]] = (
    # "Sign up to our free daily newsletter" / "Sign up to help at the library by
    # calling the council."; "Story continues below advertisement" / "Story
    # continues below the harbour wall, where the old tunnel opens."; "Sign up
    # for a card at any branch, the mayor said." (a drive's, the story's).
    "sign up to",
    "sign up for",
    "share your feedback to help improve",
    "printed from ",
    "you have read ",
    "you've read ",
    "you\u2019ve read ",
    "subscribe for ",
    # "Suscríbete a nuestro boletín" / "Suscríbete a la revista en la
    # biblioteca, dijo el alcalde." (the same in German: "Melde dich für …").
    "suscríbete a ",
    "melde dich für ",
    "get our ",
    "want more ",
    "never miss ",
    "story continues below",
    "story continues after",
    "article continues below",
    "article continues after",
    "continue reading below",
    # "Download the Harbour Gazette app for iOS and Android" / "Download our
    # app" between paragraphs (an app prompt); "Download the report here."
    # ends like a sentence and stays.
    "download the ",
    "download our ",
    # "Go to the full Vale News experience" (a text-only page's link) / "Go to
    # the full timetable on the council's website to see which stops are
    # affected." (the story's last sentence).
    "go to the full ",
    # "Join our WhatsApp channel for the latest news" / "Join our readers in
    # the square on Sunday, the mayor said."
    "join our ",
    # "Get the latest news delivered to your inbox" / "Get the latest
    # news from the harbour office, the minister told the board."
    "get the latest news",
    "get the latest updates",
    "get the latest headlines",
    "get the latest stories",
    "get the latest breaking",
    "подписывайтесь на ",
    "підписуйтесь на ",
    "підписуйтеся на ",
    "تابعونا على ",
    "ακολουθήστε μας ",
)
"""Furniture prefixes that open a story's sentence too: a line opening with one is
furniture only when it ends like no sentence or is a short one."""


INLINE_PHRASES: Final[frozenset[str]] = frozenset(
    """advertisement advertisements advert ad sponsored publicidade publicidad pubblicità
    publicité werbung anzeige iklan reklam реклама 광고 advertising publicitat iragarkia
    tangazo advertensie hysbyseb""".split()
) | {
    # A story's region label repeated under each advertisement between its
    # paragraphs ("Advertisement 2" / "Story continues below" / "Article
    # content" / the next paragraph): a screen reader's label, printed as a
    # line of its own by a browser's copy.
    "article content",
}
"""Furniture phrases that sites put inside a story (an advertisement's label): the
paragraphs on either side of one still belong together."""


# Among the labels, the fifteenth held-out round's in scripts of their own,
# each alone on its line between a story's paragraphs: "اقرأ المزيد" (Arabic:
# read more), "أخبار ذات صلة", "مواضيع ذات صلة" (related news, topics), "شاهد
# أيضا" (watch also), "קראו עוד" (Hebrew: read more), "כתבות נוספות" (more
# articles), "עוד בנושא" (more on the subject), "और पढ़ें" (Hindi: read more),
# "संबंधित खबरें" (related news), "مطالب مرتبط" (Persian: related items),
# "Σχετικά άρθρα" (Greek: related articles), "Смотрите также" (Russian: see
# also), "По теме" (on the subject), "관련 기사" (Korean, spaced), "추천기사"
# (recommended), "함께 보면 좋은 기사" (stories to read with it), "延伸阅读"
# (Chinese: further reading), "推荐阅读" (recommended), "あわせて読みたい"
# (Japanese: read with it), "関連ニュース" (related news); they are furniture
# phrases too. "related story" labels a card between the paragraphs (the
# label, a headline, its reading time: "2 min read"), "editor's picks" a box
# of a few headlines there (the thirty-first held-out round): read as no
# box's, each cut the paragraphs above it off the story. So did "most read"
# over its ranked headlines ("1" / headline / "2" / …) and "poll" over a
# reader poll's question and answers (heldout35).
BOX_LABELS: Final[frozenset[str]] = frozenset(
    line.strip()
    for line in """
    related
    sponsored
    related articles
    related stories
    related news
    related content
    related posts
    related post
    related links
    related video
    related videos
    related story
    editor's picks
    editors' picks
    most read
    poll
    more on this story
    read more
    read also
    also read
    see also
    see more
    you may also like
    you might also like
    recommended
    don't miss
    leia também
    veja também
    leia mais
    saiba mais
    notícias relacionadas
    leggi anche
    articoli correlati
    lees ook
    czytaj także
    czytaj też
    zobacz także
    zobacz też
    must read
    you may like
    lee también
    lea también
    leé también
    mirá también
    mira también
    ver también
    leer más
    te puede interesar
    también te puede interesar
    noticias relacionadas
    lesen sie auch
    mehr zum thema
    lire aussi
    à lire aussi
    sur le même sujet
    watch
    also watch
    baca juga
    simak juga
    berita terkait
    berita berkaitan
    ilgili haberler
    ilgili haber
    benzer haberler
    ilginizi çekebilir
    bunlar da ilginizi çekebilir
    ayrıca okuyun
    lee más
    lea más
    читайте также
    похожие статьи
    관련기사
    читайте також
    اقرأ أيضا
    اقرأ أيضاً
    إقرأ أيضا
    διαβάστε επίσης
    ये भी पढ़ें
    यह भी पढ़ें
    بیشتر بخوانید
    קראו גם
    相关阅读
    関連記事
    相关新闻
    """.strip().splitlines()
    + _SCRIPT_BOX_LABELS
    # A fact box between the paragraphs: its label, then a few short rows of
    # facts, sentences or not (``FAKTA`` / ``Färjeleden Östervik–Lillö`` /
    # ``Öppnades 1964.`` / …: Nordic papers' "facts", Norwegian and Danish
    # ``Faktaboks``, Swedish ``Faktaruta``; English ``Factbox``, ``Fact box``,
    # ``Fast facts``, ``Key facts``). Read as none, its rows were the story's
    # paragraphs, silently (heldout34).
    + ["fakta", "faktaboks", "faktaruta", "factbox", "fact box", "fast facts", "key facts"]
    # Sites' "you may also be interested in" over two or three headlines
    # between the paragraphs (German "Das könnte Sie auch interessieren",
    # French "Vous aimerez aussi", Italian "Potrebbe interessarti anche",
    # Portuguese "Você também pode gostar", Polish "Może cię zainteresować",
    # Russian "Вам также может быть интересно", Ukrainian "Вас також може
    # зацікавити"): read as none, the label and the headlines were the
    # story's paragraphs, or the box ended the story, the paragraphs under it
    # lost, silently (heldout40).
    + [
        "das könnte sie auch interessieren",
        "das könnte dich auch interessieren",
        "vous aimerez aussi",
        "potrebbe interessarti anche",
        "ti potrebbe interessare",
        "você também pode gostar",
        "você pode gostar",
        "może cię zainteresować",
        "może cię także zainteresować",
        "вам также может быть интересно",
        "вам может быть интересно",
        "вас також може зацікавити",
        "вас може зацікавити",
    ]
)
"""Labels of a box of links to other stories that sites put inside a story
(``Related articles`` over two or three headlines, ``READ MORE: Headline``),
compared as furniture phrases are (lower-cased, punctuation dropped); a label
followed by a colon and a headline on the same line is a box of one. The
story's paragraphs on either side of such a box still belong together. A trade
site's ``Sponsored`` box between the paragraphs (the label, the sponsor's
headline, ``Brought to you by …``) is one: as a bad block it ended the story,
the paragraphs under it lost, silently."""
