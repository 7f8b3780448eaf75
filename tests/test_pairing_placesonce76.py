"""Issue 14, false pairs on negatives: a reply that only names the place or people the Arabic names ("Egypt again!
Same Egypt as last spring?" under Egyptian Arabic about the best place in Egypt) is a remark on the post. The anchors
count the shared place (مصر and "Egypt" name the same CLDR territory), and the word table counted it again as a word
translated: where such names are all that ties the two, they count once, as spelled names do (find._places_shared,
read by find._names_once, when the English is too short for a translation). A translation that names the place keeps
its pair."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

A1 = ("بس اكتر مكان عجبني في مصر يعني اعتقد دهب، بإن هو حاستها حتة برا مصر، بس هي جوا مصر، يعني هي واخدة الطبيعة .. "
      "يعني طبيعة مصر و ال .. و اللي هو الصخور و الحاجات دي، بس هي الجو فيها برا مصر، و طريقة الناس و كل حاجة")
A2 = "سافرت عائلتي إلى مصر في الصيف الماضي وزرنا الأهرامات والمتحف الكبير."


def test_a_remark_naming_the_place_is_no_translation():
    """Before, paired at 0.88."""
    rows = [("c1", None, "A", "Posted in the group:\n" + A1), ("c2", "c1", "B", "Egypt again! Same Egypt as last spring?")]
    assert [p.translation_text for p in pairs(make_thread(rows)) if p.translation] == []


@pytest.mark.parametrize("english", [
    "My family travelled to Egypt last summer and we visited the pyramids and the big museum.",
])
def test_a_translation_naming_the_place_keeps_its_pair(english):
    (p,) = pairs(make_thread([("1", None, "A", A2), ("2", "1", "B", "english?"), ("3", "2", "A", english)]))
    assert p.translation is not None and p.translation_text == english


def test_a_loose_translation_as_long_as_the_arabic_keeps_the_place():
    """A loose Egyptian translation the table explains little of, tied by the people it names: as long as a
    translation, so the place still counts as the table's word (without the length gate it was lost)."""
    text = "اسفرهم برا بقى ياباني اعمل ايه؟ ❤️\nI can let them travel abroad as I'm a Japanese."
    (p,) = pairs(make_thread([("1", None, "A", text)]))
    assert p.translation_text == "I can let them travel abroad as I'm a Japanese."
