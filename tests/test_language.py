"""The language of an Arabic-script run (bilingual.text.language.detect): letters weighed, words when
the letters are only a keyboard's, never one letter alone."""

from __future__ import annotations

import pytest

from bilingual.text.language import LANGUAGES, Language, detect


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Arabic typed on a Persian keyboard (ی for ي, ک for ك) stays Arabic: its words are Arabic
        ("بسم الله الرحمن الرحیم", "ar"),
        ("سأذهب إلی الشاطئ", "ar"),
        ("قال الرئیس إن الوضع صعب", "ar"),
        ("اللهم بلغنا ديمقراطية السعودية", "ar"),
        # Persian with the same letters stays Persian
        ("این یک متن فارسی است که می‌خواهم بنویسم", "fa"),
        ("من به مدرسه رفتم و کتاب خواندم", "fa"),
        # Sorani Kurdish and Pashto have their own labels, even with many ی and ک around
        ("ئەمە نموونەیەکی کوردییە و زۆر جوانە", "ckb"),
        ("ھەموو مرۆڤەکان ئازاد و یەکسان لەدایک دەبن", "ckb"),  # a ھ does not make Kurdish Urdu
        ("دا یو پښتو جمله ده چې زه یې لیکم", "ps"),
        ("یہ ایک اردو جملہ ہے جو میں نے لکھا", "ur"),
    ],
)
def test_language_of_a_run(text: str, code: str) -> None:
    result = detect(text)
    assert isinstance(result, Language) and result.code == code
    assert result.confidence is not None and 0 < result.confidence <= 1


@pytest.mark.parametrize("text", ["الله", "کتاب", "ی", "ھ", "123 ، ؟", "الحمد لله", "من تو را دوست دارم"])
def test_one_letter_or_word_decides_nothing(text: str) -> None:
    assert detect(text) == Language("und", None)


@pytest.mark.parametrize("text", ["أنا لا أفهم هذا", "ما شاء الله", "هذا من الله"])
def test_common_arabic_words_decide_a_run_without_arabic_only_letters(text: str) -> None:
    """Two common Arabic words and no Persian one make a short run Arabic, though no letter is Arabic-only."""
    result = detect(text)
    assert result.code == "ar" and result.confidence is not None and 0 < result.confidence < 1


def test_labels_are_the_documented_ones() -> None:
    assert set(LANGUAGES) == {"ar", "fa", "ur", "ckb", "ps", "und"}
    assert detect("") == Language("und", None)
