"""Issue 14, forty-sixth round: round 20's forms, each probed with wordings of its own (not the round's): a translation
split over its writer's numbered posts ("1/2 ...", "2/2 ...", X's way, no bracket or colon after the number), a lead
ending in a downward pointer ("EN ↓", "English 👇"), a question closing the translation that asks the reader to check it
("Is that right?", "Did I get it?"), a verdict on someone's try before the right translation ("Not quite. It should be:
..."), a chat sign-off or a run of marks closing a text-speak answer ("... hope that helps", "... SAMI. !!!"), a person's
shouted words in quotation marks after "he's screaming", and a remark after the closing quote when the Arabic was
quoted whole. The share of probes cut exactly at the translation is printed (``-s``) and held to a floor; look-alikes
that are the translation's own ("1/2 cup ...", a translated question) keep their words."""

from __future__ import annotations

import itertools

from test_pairing import make_thread
from test_pairing_leads17 import PLAIN, _answer

from bilingual.pairing import pairs
from bilingual.pairing.cues import continues, continues_from

# ---------------------------------------------------------------------------------------------------------------------
# A translation split over the writer's numbered posts, X's way: "1/2 <English>", then "2/2 <English>" replying to it.
FIRST_LEADS = ["", "English ↓ ", "translation: ", "EN 👇 ", "tl, two posts: ", "Eng: "]
SECOND_LEADS = ["", "and ", "👉 "]
TWO = [
    (0, 1), (2, 3), (4, 5), (6, 8), (9, 10), (3, 11),
]


def _numbered(lead: str, second_lead: str, a: int, b: int) -> tuple[list[tuple[str, str | None, str, str]], str, str]:
    """A thread whose Arabic has two sentences, translated in two numbered posts of its writer."""
    (ar1, en1), (ar2, en2) = PLAIN[a], PLAIN[b]
    second = f"and {en2[0].lower()}{en2[1:]}" if second_lead == "and " else en2  # "2/2 and ...": the sentence goes on, in lower case
    rows = [("1", None, "A", f"{ar1} {ar2} 🧵"), ("2", "1", "A", f"1/2 {lead}{en1}"), ("3", "2", "A", f"2/2 {'' if second_lead == 'and ' else second_lead}{second}")]
    return rows, en1, second


def test_a_translation_over_numbered_posts_is_paired_with_every_post():
    """"1/2 English ↓ <first>", then "2/2 <second>" under it: the numbers, bare before the text, say the posts are one
    translation's parts (before, only "(1/2)", "[1/2]" or "1/2:" did); the number and the lead are no words of it."""
    cases = list(itertools.product(FIRST_LEADS, SECOND_LEADS, TWO))
    right = 0
    for lead, second_lead, (a, b) in cases:
        rows, en1, en2 = _numbered(lead, second_lead, a, b)
        (p,) = pairs(make_thread(rows))
        got = sorted([p.translation_text or "", *p.continued_text])
        right += got == sorted([en1, en2])
    share = right / len(cases)
    print(f"numbered posts: {share:.3f} of {len(cases)}")
    assert share >= 0.8


def test_a_bare_number_before_lower_case_is_no_part_mark():
    """"1/2 cup of sugar", "3/4 of them": a fraction the text goes on with, not a post's number."""
    for text in ["1/2 cup of sugar and a pinch of salt", "3/4 of them came late", "2/3 teaspoon of salt", "1/2 hour later"]:
        assert not continues(text) and not continues_from(text)
    assert continues("1/2 The storm caused a lot of damage.") and continues_from("2/2 The rabbit hid behind the tree.")


# ---------------------------------------------------------------------------------------------------------------------
# A lead ending in a pointer down at the translation: "EN ↓ ", "English ⬇️ ", "Translation 👇 ".
POINTERS = ["EN ↓ ", "English ↓ ", "English ⬇️ ", "Translation 👇 ", "eng ⤵️ ", "in english 👇 ", "for my english followers ↓ "]


def test_a_lead_pointing_down_is_no_part_of_the_translation():
    """A caption's "EN ↓" before its English, in the Arabic's comment under it, or in a reply: the lead points at the
    translation (as "→" and "👉" did), so the span starts after it."""
    cases = [(pointer, *PLAIN[k % len(PLAIN)]) for k, pointer in enumerate(POINTERS * 2)]
    right = 0
    for k, (pointer, arabic, english) in enumerate(cases):
        if k % 2:
            (p,) = pairs(make_thread([("1", None, "A", f"{arabic}\n\n{pointer}{english}\n\n#travel #life")]))
            right += p.translation_text == english
        else:
            (p,) = _answer(arabic, f"{pointer}{english}")
            right += p.translation_text == english
    share = right / len(cases)
    print(f"pointers: {share:.3f} of {len(cases)}")
    assert share >= 0.85


# ---------------------------------------------------------------------------------------------------------------------
# A question closing the translation that asks the reader to check it.
CHECKS = ["Is that right?", "Did I get it?", "Did I get that right??", "Am I close?", "Does that sound right?",
          "Is my translation correct?", "is this accurate?", "Close enough?"]
INTROS = ["My translation (please check):\n", "I think it means:\n", ""]


def test_a_question_asking_to_check_the_translation_closes_it():
    """"<Arabic>\\n\\nMy translation:\\n<English>\\n\\nIs that right?": the question asks whether the English is right, so
    it is no sentence of it, whatever the Arabic's sentences (a long Arabic had room for it before)."""
    cases = list(itertools.product(CHECKS, INTROS, range(3)))
    right = 0
    for k, (check, intro, shift) in enumerate(cases):
        arabic, english = PLAIN[(3 * k + shift) % len(PLAIN)]
        arabic = arabic.rstrip(".؟") if k % 2 else arabic  # unpunctuated, as a transcript's: how many sentences it has is unknown
        comment = f"The letter says:\n\n> {arabic}\n\n{intro}{english}\n\n{check}"
        (p,) = pairs(make_thread([("1", None, "A", comment), ("2", "1", "B", "Looks right to me.")]))
        right += p.translation_text == english
    share = right / len(cases)
    print(f"checks: {share:.3f} of {len(cases)}")
    assert share >= 0.98


def test_a_translated_question_keeps_its_question():
    """The Arabic asks it too ("هل هذا صحيح؟"): the English question is its translation, not a check."""
    (p,) = _answer("هل هذا صحيح؟", "Is that right?")
    assert p.translation_text == "Is that right?"


# ---------------------------------------------------------------------------------------------------------------------
# A verdict on someone's try before the right translation.
VERDICTS = ["Not quite. It should be: ", "Nope. It's: ", "Close! The answer is: ", "Almost. It should read: ",
            "Not exactly. Correct one: ", "So close. It's actually: "]


def test_a_verdict_before_the_right_translation_is_no_part_of_it():
    """"My kid wrote "..." is this right?" answered "Not quite. It should be: <English>": the verdict answers the asker."""
    cases = [(verdict, *PLAIN[(k + shift) % len(PLAIN)]) for k, verdict in enumerate(VERDICTS) for shift in (0, 4, 8)]
    right = 0
    for k, (verdict, arabic, english) in enumerate(cases):
        arabic = arabic.rstrip(".؟") if k % 2 else arabic  # unpunctuated, as a transcript's
        rows = [("1", None, "A", f"My kid's worksheet says {arabic} and he put \"I like cheese.\" is this right?"),
                ("2", "1", "B", f"{verdict}{english}")]
        (p,) = pairs(make_thread(rows))
        right += p.translation_text == english
    share = right / len(cases)
    print(f"verdicts: {share:.3f} of {len(cases)}")
    assert share >= 0.8


# ---------------------------------------------------------------------------------------------------------------------
# A chat's sign-off without punctuation, or a run of marks, closing the answer.
CLOSERS = [" hope that helps", " hope this helps", " hth", " i hope that helps", " !!!", " ?!?!"]


def test_a_sign_off_or_marks_closing_a_chat_answer_are_no_part_of_it():
    """"ok so it means the storm caused a lot of damage hope that helps", "IT MEANS THE STORM ... DAMAGE. !!!": the chat's
    sign-off (as laughter was) and the reaction's marks close the answer, not the translation."""
    cases = []
    for k, closer in enumerate(CLOSERS * 3):
        arabic, english = PLAIN[k % len(PLAIN)]
        if closer.strip(" !?"):
            english = english.rstrip(".").lower()
        cases.append((arabic, english, closer))
    right = 0
    for arabic, english, closer in cases:
        (p,) = _answer(arabic, f"ok so it means {english}{closer}")
        right += p.translation_text == english
    share = right / len(cases)
    print(f"closers: {share:.3f} of {len(cases)}")
    assert share >= 0.85


# ---------------------------------------------------------------------------------------------------------------------
# A person's words quoted after a verb of shouting, and a remark after the closing quote.
SHOUTS = ["for those asking, he's screaming ", "she's shouting ", "he yells ", "lol he's yelling ", "they shouted ",
          "the commentator screams "]
REMARKS = [" legendary", " 😂", " iconic", ""]


def test_shouted_words_in_quotation_marks_are_the_translation():
    """The post quotes the commentator's Arabic ('"<Arabic>"'); a reply says 'he's screaming "<English>" legendary': the
    verb of shouting frames the quotation, and the remark after its close is no part of it (the Arabic's own closing
    quote wraps it whole, no quotation inside it)."""
    cases = list(itertools.product(SHOUTS, REMARKS))
    right = 0
    for k, (shout, remark) in enumerate(cases):
        arabic, english = PLAIN[k % len(PLAIN)]
        rows = [("1", None, "A", f'The commentator at 87\'\n"{arabic}"'), ("2", "1", "B", "LMAOOO"),
                ("3", "1", "C", f'{shout}"{english}"{remark}')]
        (p,) = pairs(make_thread(rows))
        right += p.translation_text == english
    share = right / len(cases)
    print(f"shouts: {share:.3f} of {len(cases)}")
    assert share >= 0.8


# ---------------------------------------------------------------------------------------------------------------------
# A word of the Arabic glossed in a reply, the rest left: no translation of the passage.
GLOSS_LEADS = ["I only know ", "pretty sure ", "the first word ", "not sure, but ", ""]
GLOSS_MARKS = [" = '{}'", " = {}", ": {}", " → {}", " = \"{}\""]
GLOSS_TAILS = [", the others escape me", ", no idea about the rest", "", " lol"]
WORDS = [("الحرب", "war"), ("الأرنب", "rabbit"), ("العاصفة", "storm"), ("الكلب", "dog"), ("الصور", "pictures")]
SENTENCES = {"الحرب": 2, "الأرنب": 1, "العاصفة": 0, "الكلب": 9, "الصور": 5}  # the PLAIN sentence each word is taken from


def test_a_word_glossed_in_a_reply_is_no_translation_of_the_passage():
    """"I only know الحرب = 'war', the others escape me" under a sentence: the English glosses the word the reply
    copied, not the sentence; the sentence has no translation (a word copied from it is no copy of it)."""
    cases = list(itertools.product(GLOSS_LEADS, GLOSS_MARKS, GLOSS_TAILS))
    paired = 0
    for k, (lead, mark, tail) in enumerate(cases):
        word, gloss = WORDS[k % len(WORDS)]
        arabic = PLAIN[SENTENCES[word]][0]
        rows = [("1", None, "A", arabic), ("2", "1", "B", f"{lead}{word}{mark.format(gloss)}{tail}")]
        found = pairs(make_thread(rows))
        paired += any(p.translation is not None and p.passage.location.comment == "1" for p in found)
    share = paired / len(cases)
    print(f"word glosses paired with the sentence: {share:.3f} of {len(cases)}")
    assert share <= 0.05


def test_a_sentence_translated_after_its_copy_in_a_reply_is_still_paired():
    """A reply that quotes the whole sentence before its English ("<Arabic> = <English>") translates it: no word gloss."""
    for arabic, english in PLAIN[:6]:
        (p, *_) = pairs(make_thread([("1", None, "A", arabic), ("2", "1", "B", f"{arabic} = {english}")]))
        assert p.translation_text == english


# ---------------------------------------------------------------------------------------------------------------------
# A literal translation in quotation marks, then what the saying means.
LITERAL_LEADS = ["Word for word it's ", "Literally ", "lit. ", "Literally translated: ", "The literal version is "]
MEANINGS = [", meaning patience pays off in the end, whatever people around you keep saying.",
            ", i.e. don't count your chickens before they hatch, as my grandfather used to warn us.",
            ", which means be patient with people and they will be patient with you.",
            ", meaning you reap what you sow, sooner or later, one way or another"]


def test_a_literal_in_quotation_marks_before_its_meaning_is_the_translation():
    """'Literally "<English>", meaning patience pays off.': the closing quote ends the literal translation; the meaning
    after the comma is the saying's sense, a clause of its own (before, the one clause held both and scored below the bar)."""
    cases = list(itertools.product(LITERAL_LEADS, MEANINGS, (True, False)))
    right = 0
    for k, (lead, meaning, stop_inside) in enumerate(cases):
        arabic, english = PLAIN[k % len(PLAIN)]
        quoted = english if stop_inside else english.rstrip(".?")
        (p,) = pairs(make_thread([("1", None, "A", f"Old saying from home: {arabic}"), ("2", "1", "B", f'{lead}"{quoted}"{meaning}')]))
        right += p.translation_text == quoted
    share = right / len(cases)
    print(f"literals: {share:.3f} of {len(cases)}")
    assert share >= 0.85


def test_the_meaning_of_a_quoted_arabic_is_its_translation():
    """'We say "<Arabic>", meaning "<English>"': the quotation closed before the comma is the Arabic's, so the meaning
    after it is the translation (only a literal in English before it makes the meaning no translation)."""
    for arabic, english in PLAIN[:6]:
        (p,) = pairs(make_thread([("1", None, "A", f'We say "{arabic}", meaning "{english}"')]))
        assert p.translation_text == english
