"""Issue 14 (round 26's rescue note, first line only; bilingual/pairing/edges._about_paragraph): a paragraph of its own after a
partial translation that says a part of the Arabic was not read or is not known ("(I couldn't read the last part of the
handwriting, sorry, the second sentence is missing)") is no part of the translation, up to twenty words, a longer note than
one run on after it; the translation is reported as the part it is. A paragraph the Arabic gives the words of stays."""

from __future__ import annotations

import pytest

from bilingual.pairing.edges import extra_tail

ARABIC = "ذهبت إلى السوق صباحا واشتريت الخبز والحليب. بعد ذلك زرت جدتي في المستشفى وبقيت معها حتى المساء."
ENGLISH = "I went to the market in the morning and bought bread and milk."


def _span(text: str, arabic: str) -> str:
    return text[: extra_tail(text, 0, len(text), arabic)]


@pytest.mark.parametrize(
    "note",
    [
        "\n\n(sorry, I couldn't make out the second line at all, the photo is too blurry to read it)",
        "\n\n(I couldn't read the last part of the handwriting, sorry, the second sentence is missing)",
        "\n\n[no idea about the second sentence, my Arabic is not good enough for that part honestly]",
        "\n\nCouldn't read the last line because the ink was smudged, maybe someone else can try it.",
    ],
)
def test_a_paragraph_saying_a_part_is_not_known_is_left_out(note):
    assert _span(ENGLISH + note, ARABIC) == ENGLISH


@pytest.mark.parametrize(
    "arabic, english",
    [
        ("ابني العزيز، لم أستطع قراءة بقية رسالتك لأن الحبر كان باهتا جدا، اكتب لي مرة أخرى قريبا.",
         "My dear son,\n\nI couldn't read the rest of your letter because the ink was very faint, write again soon."),
        ("انتظرنا في المحطة ساعتين. القطار الثاني لم يأت أبدا ولم يستطع أحد أن يخبرنا لماذا كان مفقودا من اللوحة.",
         "We waited at the station for two hours.\n\nThe second train never came and nobody could tell us why it was missing from the board."),
    ],
)
def test_a_paragraph_the_arabic_gives_stays(arabic, english):
    assert _span(english, arabic) == english
