"""Issue 14 (bilingual/pairing/evidence.py base_form, from LemmInflect's dictionary): a translation writes the form its
sentence needs and the table learned one form of a word as the Arabic's sense; the word's lemma, from a lemmatizer made
for it, covers the sense on both sides. Besides the verb forms the hand-written rules gave, the dictionary knows what
they missed: -ize verbs and British doubled -l ("realized", "travelled"), "died"/"dying", plurals in -es ("classes",
"watches"), comparatives ("easier", "worse") and irregular plurals ("children", "women"). Forms as often another word
stay apart ("later" is no "late", "media" no "medium"). Pairing reads the lemmas from a table the build script derives from
LemmInflect (its dictionary at run time costs numpy, a second and tens of MiB): the shipped table is LemmInflect's."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from bilingual.align.words import english_stem
from bilingual.pairing import evidence

FORMS = [  # (Arabic, English in the table's form of a word, the same English in another form of it)
    ("الأطفال بيلعبوا في الجنينة", "The children are playing in the garden", "The child is playing in the garden"),
    ("الراجل ده مات السنة اللي فاتت", "That man died last year", "That man is dying this year"),
    ("سافرنا لندن الصيف اللي فات", "We travelled to London last summer", "We travel to London every summer"),
    ("الامتحان كان أسهل من المتوقع", "The exam was easier than expected", "The exam was easy, unexpectedly"),
    ("لغيت الحجز امبارح", "I cancelled the booking yesterday", "I cancel the booking yesterday"),
    ("حضرت الدروس كلها", "I attended all the classes", "I attended the class"),
]


@pytest.mark.parametrize(("arabic", "table_form", "other_form"), FORMS)
def test_another_form_covers_the_word(arabic: str, table_form: str, other_form: str) -> None:
    assert evidence.explained((arabic,), (other_form,)) == evidence.explained((arabic,), (table_form,))


@pytest.mark.parametrize(("word", "lemma"), [
    ("children", "child"), ("women", "woman"), ("easier", "easy"), ("bigger", "big"), ("worse", "bad"), ("realized", "realize"),
    ("travelled", "travel"), ("cancelled", "cancel"), ("died", "die"), ("dying", "die"), ("watches", "watch"), ("classes", "class"),
])
def test_forms_are_taken_to_their_lemma(word: str, lemma: str) -> None:
    assert evidence.base_form(english_stem(word)) == evidence.base_form(lemma) == lemma


@pytest.mark.parametrize("word", ["later", "latest", "further", "media", "rial"])
def test_forms_of_another_sense_stay_apart(word: str) -> None:
    assert evidence.base_form(word) == word


@pytest.mark.parametrize(("arabic", "english"), [("نتكلم بعدين", "Sorry I am late"), ("الإعلام بيكدب", "The medium is the message")])
def test_a_near_miss_covers_nothing(arabic: str, english: str) -> None:
    assert evidence.explained((arabic,), (english,))[0] == 0


def test_pairing_never_loads_the_lemmatizer() -> None:
    code = ("import sys; from bilingual.pairing import evidence; "
            "print(evidence.base_form('children'), 'lemminflect' in sys.modules, 'numpy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split() == ["child", "False", "False"]


@pytest.mark.slow  # a check of the shipped data against its source, over every entry
def test_the_shipped_table_is_lemminflects() -> None:
    """``bilingual/data/english_lemmas.tsv`` is what ``scripts/build_english_lemmas.py`` makes from the installed
    LemmInflect and the shipped word table (rebuild it when either changes)."""
    pytest.importorskip("lemminflect")
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_english_lemmas", root / "scripts" / "build_english_lemmas.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.TARGET.read_text(encoding="utf-8") == build.build()
