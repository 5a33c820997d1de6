"""Invented news pages with one slot a test fills, shared by the test modules
that probe the same page with different lines (silent57 and its review).

Each page is a template for ``str.format``: ``{line}`` is the line between
the headline and the date line, where a writer or a section's label stands;
``{table}`` is a block between the story's first and second paragraphs.
Every text is invented.
"""

from __future__ import annotations

# A Hindi page (no capitals): site, menu, headline, ``{line}``, date, story.
HINDI_PAGE = (
    "समाचार वाणी\nहोम\nदेश\nखेल\nराजधानी में भारी बारिश से कई सड़कें जलमग्न\n{line}\n"
    "04 मार्च 2025, 10:32\nरात भर हुई बारिश के बाद राजधानी की कई सड़कें जलमग्न हो गईं।\n"
    "मौसम विभाग ने अगले दो दिनों तक और बारिश की चेतावनी जारी की है।\n"
    "नगर निगम ने पानी निकालने के लिए अतिरिक्त कर्मचारी तैनात किए हैं।\n"
    "लोगों से अनावश्यक यात्रा से बचने की अपील की गई है।\n"
)

# An Arabic page, the same shape.
ARABIC_PAGE = (
    "أخبار الوادي\nالرئيسية\nرياضة\nاقتصاد\nأمطار غزيرة تغمر شوارع المدينة خلال الليل\n"
    "{line}\n04 مارس 2025 10:32\n"
    "غمرت الأمطار الغزيرة التي هطلت خلال الليل عدة شوارع في المدينة وعطلت حركة المرور.\n"
    "وقالت الأرصاد الجوية إن الأمطار ستستمر خلال اليومين المقبلين.\n"
    "ونشرت البلدية فرقا إضافية لتصريف المياه.\n"
)

# A Bengali page, the same shape, its date line labelled.
BENGALI_PAGE = (
    "খবরের দেশ\nপ্রচ্ছদ\nদেশ\nখেলা\nনদীভাঙনে ঘর হারাল চল্লিশ পরিবার\n{line}\n"
    "প্রকাশ: ০৪ মার্চ ২০২৫\n"
    "নদীভাঙনে গত এক সপ্তাহে চল্লিশটি পরিবার তাদের ঘর হারিয়েছে বলে স্থানীয় প্রশাসন জানিয়েছে।\n"
    "ক্ষতিগ্রস্ত পরিবারগুলোকে অস্থায়ী আশ্রয়কেন্দ্রে সরিয়ে নেওয়া হয়েছে।\n"
    "প্রশাসন জানিয়েছে, বাঁধ মেরামতের কাজ শিগগিরই শুরু হবে।\n"
)

# A Georgian page (Unicode's small letters, no capitals), blocks set apart
# by blank lines, a footer link.
GEORGIAN_PAGE = (
    "ველის ამბები\nმთავარი\nპოლიტიკა\nსპორტი\n\n"
    "ქალაქში მდინარეზე ახალი საავტომობილო ხიდი დღეს გაიხსნა\n\n{line}\n04.03.2025 10:32\n\n"
    "ქალაქში მდინარეზე ახალი საავტომობილო ხიდი გაიხსნა, რომელიც ორ უბანს აკავშირებს.\n\n"
    "ხიდის მშენებლობა ორ წელიწადს გაგრძელდა და ოცდაათი მილიონი ლარი დაჯდა.\n\n"
    "მერიის ცნობით, ხიდი ქალაქის ცენტრში საცობებს შეამცირებს.\n\n"
    "ხიდზე მოძრაობა დღეიდან დაიწყება.\n\nკონტაქტი\n"
)
GEORGIAN_HEADLINE = "ქალაქში მდინარეზე ახალი საავტომობილო ხიდი დღეს გაიხსნა"

# An English sport page: ``{table}`` stands under the first paragraph, whose
# last words point at it.
SPORT_PAGE = (
    "Vale Citizen | Sport\nHome\nNews\nSport\n\n"
    "Harbour Rovers stay top after late win at Cliffside\n\nBy Tom Hale\nMarch 3, 2026\n\n"
    "Harbour Rovers stayed top of the county league on Saturday after a late goal gave them "
    "a two-one win at Cliffside, the table below shows.\n\n{table}\n\n"
    "The winner came in the last minute, when the striker turned in a low cross from the "
    "right after a long run by the captain.\n\n"
    "Cliffside had led at half time and looked set for a point until the visitors changed "
    "their shape and pressed higher.\n\nAbout us\nContact\n"
)
