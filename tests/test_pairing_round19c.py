"""Issue 14, forty-second round: round 19's closings and leads, each form probed with wordings of its own (not the round's):
a remark closing a translation when the English's end punctuation matches the Arabic's end (":" included) or after an
unpunctuated Arabic, on the same line or the next ("... damage What a night", "... damage.\\nSo proud of the lads!!"),
judged by how much of it the Arabic accounts for. The share of probes cut exactly at the translation is printed (``-s``)
and held to a floor; translations whose last words the Arabic gives keep them."""

from __future__ import annotations

from test_pairing_leads17 import PLAIN, _answer

from bilingual.pairing.edges import extra_lead, extra_tail

REMARKS = [
    "What a night",
    "Absolute cinema",
    "Never forget",
    "Proper goosebumps",
    "Shame we lost it after.",
    "Best day of my life!!",
    "So proud of the lads!!",
    "Congrats to them both!",
]
JOINS = [" ", "\n"]


def _share(cases: list[tuple[str, str, str]]) -> float:
    """The share of ``cases`` (arabic, answer, english) whose pair is the English, from its first word to its last."""
    return sum([p.translation_text for p in _answer(arabic, answer)] == [english] for arabic, answer, english in cases) / len(cases)


def _unpunctuated() -> list[tuple[str, str, str]]:
    """A remark after the translation of an Arabic with no end punctuation, on the same line (its own punctuation or
    none) or the next: (arabic, answer, english)."""
    cases = []
    for k, remark in enumerate(REMARKS):
        for j, join in enumerate(JOINS):
            arabic, english = PLAIN[(2 * k + j) % len(PLAIN)]
            arabic = arabic.rstrip(".!?؟")
            cases.append((arabic, f"{english}{join}{remark}", english))
            bare = english.rstrip(".!?")
            cases.append((arabic, f"{bare} {remark}", bare))
    return cases


def test_a_remark_after_an_unpunctuated_arabics_translation_is_left_out():
    """"... a lot of damage What a night", "... damage.\\nSo proud of the lads!!": the Arabic accounts for none of the remark."""
    share = _share(_unpunctuated())
    print(f"remark after unpunctuated Arabic: {share:.3f} of {len(_unpunctuated())}")
    assert share >= 0.8


def test_a_remark_after_a_colon_the_arabic_ends_with_is_left_out():
    """A colon that ends the Arabic and the English's translation ends it there (a translation ending in a colon is paired
    only beside a sentence before it, so the edge is asked directly)."""
    arabic = "أحدثت العاصفة الكثير من الخسائر. اختبأ الأرنب خلف الشجرة:"
    english = "The storm caused a lot of damage. The rabbit hid behind the tree:"
    for remark in REMARKS:
        text = f"{english} {remark}"
        assert text[: extra_tail(text, 0, len(text), arabic)] == english


def test_a_translations_own_last_words_stay():
    """A translation of an unpunctuated Arabic whose last sentence or words the Arabic gives keeps them."""
    cases = [
        ("يجب أن اخذ الدواء كل ست ساعات", "I have to take my medicine every six hours"),
        ("اختبأ الأرنب خلف الشجرة. أحدثت العاصفة الكثير من الخسائر", "The rabbit hid behind the tree. The storm caused a lot of damage"),
        ("يأكل الكلب طعامه\nالجو بارد جدا فى استانبول", "The dog is eating his food\nThe weather is very cold in Istanbul"),
        ("سأريك بعض الصور. جاء توم إلى بوسطن", "I will show you some pictures. Tom came to Boston"),
    ]
    assert _share([(a, e, e) for a, e in cases]) == 1.0


# A clause of the writer's that reports where the meaning came from, ending in "it means" (its person or subject whatever).
REPORTS = [
    "My auntie just told me on the phone",
    "my neighbour checked with her husband and",
    "Asked my teacher after class and",
    "my grandpa looked at the photo and said",
    "Our driver read it out loud and",
    "my cousin texted back that",
]
SAYINGS = ["it means", "it says", "that means"]


def _reported() -> list[tuple[str, str, str]]:
    """A reporting clause before "it means" and a translation in lower case or with its capital: (arabic, answer, english)."""
    cases = []
    for k, (report, saying) in enumerate((r, s) for r in REPORTS for s in SAYINGS):
        arabic, english = PLAIN[k % len(PLAIN)]
        lower = english if english.startswith(("I ", "Tom")) else english[0].lower() + english[1:]
        cases.append((arabic, f"{report} {saying} {lower}", lower))
    return cases


def test_a_reporting_clause_the_arabic_gives_nothing_of_is_a_lead():
    """"My auntie just told me on the phone it means and can you ...": the clause's words, none the Arabic's, make it a
    lead whatever its first person."""
    share = _share(_reported())
    print(f"reported leads: {share:.3f} of {len(_reported())}")
    assert share >= 0.8


def test_a_translations_own_it_means_stays():
    """A translation whose Arabic gives the words before its own "it means" keeps them."""
    cases = [
        ("الجو بارد جدا فى استانبول، هذا يعني أن الشتاء جاء.", "The weather is very cold in Istanbul, that means winter has come."),
        ("أحدثت العاصفة الكثير من الخسائر وهذا يعني أن المدينة ستعاني.", "The storm caused a lot of damage and this means the city will suffer."),
    ]
    assert _share([(a, e, e) for a, e in cases]) == 1.0


PEOPLE = ["he said", "she says", "they said", "lol he said", "lmao she said", "haha he says"]
# ArzEn-ST pairs whose English the table gives only words of middle frequency of ("was", "really", "for"), none of the rarest.
LOOSE = [
    ("كانت حاجة بالنسبالي وحشة جدا.", "it was really terrible for me"),
    ("فبقى كان بيحكي قصته و أزاي هو بي .. يعني بيعيش الموضوع ده", "it was about his biography and how he was living"),
    ("مثلا دي من الحاجات اللي أنا بحبها", "for example, I like that"),
]


def _chat_said() -> list[tuple[str, str, str]]:
    """A person's verb of saying before a lower-case translation in chat, laughter after it or none: (arabic, text, english)."""
    return [
        (arabic, f"{person} {english}{after}", english)
        for k, person in enumerate(PEOPLE)
        for j, (arabic, english) in enumerate(LOOSE)
        for after in [("", " lmao", " lol")[(k + j) % 3]]
    ]


def test_a_chat_frame_before_lower_case_the_arabic_gives_half_of_is_left_out():
    """"lmao he said to know that ...": half the lower-case rest's words are the Arabic's (not only its rarest), so the
    strong frame is trusted. (Such loose translations are seldom paired whole by the window: the edge is asked directly.)"""
    cases = _chat_said()
    share = sum(extra_lead(text, 0, len(text), arabic) == text.index(english) for arabic, text, english in cases) / len(cases)
    print(f"chat frames: {share:.3f} of {len(cases)}")
    assert share >= 0.8
