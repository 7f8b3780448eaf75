"""Issue 14, false pairs on negatives: a reply that glosses one word of the Arabic, quoted, with "(just) means"
("«اللغات.» just means 'together', the rest you had right") gives that word's meaning, no translation of the passage
(as "word = meaning" already was). A reply that translates the whole passage after such a gloss on a line of its own keeps its pair."""

from __future__ import annotations

import itertools

from test_pairing import make_thread

from bilingual.pairing import pairs

SENTENCES = [("لوكان غير جِيت مسرّح في ڤاع اللغات.", "اللغات", "languages"), ("سافر أحمد إلى القاهرة في عام 2019 مع عائلته.", "عائلته", "his family"),
             ("كان سامي يعلم أنّ ليلى كانت تبحث عنه.", "تبحث", "looking for"), ("لا يتوفر لقاح حتى الآن.", "لقاح", "vaccine")]
FORMS = ["«{w}.» just means '{m}', the rest you had right", "\"{w}\" means {m}, the rest is fine", "{w} just means \"{m}\" btw",
         "'{w}' only means {m} here"]


def _paired(rows: list[tuple[str, str | None, str, str]]) -> bool:
    return any(p.translation is not None for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")


def test_a_word_glossed_with_means_is_no_translation():
    """Before, 3 of 16 such glosses were paired with the passage."""
    paired = sum(_paired([("1", None, "A", f"Can someone check my translation of this sentence?\n{ar}"), ("2", "1", "B", form.format(w=w, m=m))])
                 for (ar, w, m), form in itertools.product(SENTENCES, FORMS))
    print(f"glosses paired: {paired} of 16")
    assert paired <= 1


def test_a_translation_after_a_gloss_line_keeps_its_pair():
    ar, w, m = SENTENCES[1]
    rows = [("1", None, "A", ar), ("2", "1", "B", f"«{w}» means {m}.\nThe whole thing: Ahmed travelled to Cairo in 2019 with his family.")]
    assert _paired(rows)
