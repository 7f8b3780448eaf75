"""Issue 14: where a translation ends. The end is where the English stops being explained by the Arabic: a reaction run on
after it on a word that opens any sentence ("... pandemic I'm so moved."), a paragraph of the writer's own or a line after a
finished sentence that says nothing of the Arabic, a sentence turning to the reader after an unpunctuated Arabic's translation;
and a hard-wrapped line's last word is no signature. A part of a translation split over two replies beside each other, under
the writer's own post of the Arabic, is found from the second part ("part 2: ...") back to the first."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs

_TICO_ARABIC = "اعتبارًا من 6 أبريل 2020، لم تثبُت دقة أي منها بشكل كافٍ لاعتماد استخدامها على نطاق واسع. تعلن منظمة الصحة العالمية أن كوفيد-19 جائحة"
_TICO_ENGLISH = (
    "As of 6 April 2020, none of these has been proved sufficiently accurate to be approved for widespread use."
    " World Health Organization declares COVID-19 pandemic"
)
_HOPE_ARABIC = "نأمل أن تتمكن التقنية الجديدة من تحسين الحساسية والملاءمة تحسينًا كبيرًا إذا تم التحقق منها في العينات السريرية."
_HOPE_ENGLISH = "Hopefully, the new technique can dramatically enhance the sensitivity and convenience if verified in clinical samples."


def _span(arabic: str, english: str) -> str | None:
    """The translation found for the Arabic of comment "p", answered by ``english`` in a reply to a reader's request."""
    rows = [
        ("p", None, "Mona", f"Saw this on the clinic's noticeboard:\n\n{arabic}"),
        ("q", "p", "Dev", "What does it say?"),
        ("r", "q", "Mona", english),
    ]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "p"]
    return pair.translation_text


@pytest.mark.parametrize("reaction", [" I'm honestly speechless.", " That's wild to read now."])
def test_a_reaction_run_on_after_the_translation_is_left_out(reaction: str) -> None:
    """Before, a reaction after the translation's last word with no mark between them stayed, unless the Arabic ended in a
    mark or the translation's last word was the Arabic's last: now also where the English before it translates the Arabic to
    its end and is no further from its length, when it restarts on a word that opens any sentence ("I'm", "That's")."""
    assert _span(_TICO_ARABIC, _TICO_ENGLISH + reaction) == _TICO_ENGLISH


def test_a_name_after_a_small_letter_is_no_restart() -> None:
    """A capital after a small letter that is a name's ("... by Ann."), not a word opening any sentence, goes on with the
    translation, though the Arabic spells the name too loosely for the table to find it."""
    english = "I was given this present by Ann."
    assert _span("أُعطيتُ هذه الهدية من قبل آن.", english) == english


def _same_comment(rows: list[tuple[str, str | None, str, str]], cid: str) -> str | None:
    """The translation found for the Arabic of comment ``cid`` in the thread of ``rows``."""
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == cid]
    return pair.translation_text


@pytest.mark.parametrize("remark", ["\n\nSo you do the increases on the knit side for that row."])
def test_a_paragraph_of_the_writers_own_after_the_translation_is_left_out(remark: str) -> None:
    """A last paragraph that says nothing of the Arabic the English before it leaves unsaid, after English that translates the
    Arabic to its end, is the writer's own, whatever its words talk of (before, only one talking of the text or the reader went)."""
    rows = [
        ("1", None, "Winifred", f"The sock pattern came as the designer's Arabic PDF, and the note on row 7 has me stuck:\n\n{_HOPE_ARABIC}"),
        ("2", "1", "Ziad", f"Row 7 says: {_HOPE_ENGLISH}{remark}"),
    ]
    assert _same_comment(rows, "1") == _HOPE_ENGLISH


@pytest.mark.parametrize("question", ["Can somebody check my attempt?", "Can a native speaker confirm this?"])
def test_a_question_on_a_paragraph_of_its_own_is_left_out_whatever_its_first_word(question: str) -> None:
    """"Can" opening the question is the sentence's capital, no name the Arabic spells (كإن, كده): the question stays out."""
    arabic = "بس فبدأت بقى اللى هو أضحكهم و بعد كده خلاص بقى كله بقى تمام و بدأت أشرح و خلاص ولا كإن حصل حاجة"
    english = "I started joking and then everything went well, I started explaining, and that was it, as if nothing went wrong"
    rows = [("1", None, "Dmitri", f"{arabic}\n\nMy attempt: {english}\n\n{question}"), ("2", "1", "user8", "Looks good to me.")]
    assert _same_comment(rows, "1") == english


def test_a_line_after_a_finished_sentence_is_a_unit_of_its_own() -> None:
    """In a transcript, the next question on the line after the interpreter's finished sentence ("...?\nQ. ...") says nothing
    of the Arabic: it goes, as a paragraph would."""
    arabic = "لأ، الحياة و انا بتشتغل أوحش عشان .. عشان .. بينتقدونى اللي هو ليه دخلت هندسة وأنا أصلا عايزة أشتغل فى مجال تانى خالص غير الدراسة بتاعتى يعنى من الأول؟ ليه؟"
    english = (
        "Life is harder when I'm working because .. because .. They criticize me for choosing engineering when I want to work"
        " in a total different field in the first place. They ask why?"
    )
    text = f"Transcript, day 3:\n\nQ. Tell the court what you saw.\nA. (In Arabic) {arabic}\nTHE INTERPRETER: {english}\nQ. Where were you standing at that moment?"
    rows = [("1", None, "Nabil", text), ("2", "1", "Ambrose", "That's the key testimony.")]
    assert _same_comment(rows, "1") == english


def test_a_hard_wrapped_last_word_is_no_signature() -> None:
    """"poor." alone on the last line is the sentence's last word, wrapped: the line before it ends inside its sentence and
    it opens in a small letter. Before, it was cut off as a signature's name."""
    english = "I wasn't sure what was going on. His knowledge of French is\npoor."
    assert _span("لم أكن واثقا مما يجري. لغته الفرنسية ضعيفة.", english) == english


@pytest.mark.parametrize("question", ["Did the pharmacist hand it to you like that?", "Was it printed on the box too?"])
def test_a_question_to_the_reader_after_an_unpunctuated_arabic_is_left_out(question: str) -> None:
    """After the translation of an Arabic that marks no sentence's end, a last sentence that turns to the reader (here a
    question, where the translation asks none) may cost the English some closeness to the Arabic's length and still goes."""
    arabic = "فكنت لازم ت .. ت .. انت تشكل نفسك أن أنت تعرف تتعامل معاهم، هم .. مش هم اللي هيتشكلوا أن هم يعرفوا يتعاملوا معاك"
    english = "You should adapt yourself to get along with people, they shouldn't adapt themselves to get along with you."
    rows = [("c1", None, "Hadi", f"Label on my prescription, what does it say?\n{arabic}"), ("c2", "c1", "kareem", f"Sticker says: {english} {question}")]
    assert _same_comment(rows, "c1") == english


def test_a_word_to_the_reader_after_an_unpunctuated_arabic_is_left_out() -> None:
    """The same for a sentence saying "you" where the translation does not ("Read into it what you like.")."""
    english = "I can't wait for the new part."
    text = f"The minister's actual words, for the record: هو أنا مش قادر أستني الجزء الجديد\n\nIn English:\n{english} Read into it what you like."
    assert _same_comment([("1", None, "Peter", text), ("2", "1", "cynic", "Quite.")], "1") == english


def test_a_translation_over_two_replies_beside_each_other_under_the_writers_own_post() -> None:
    """The writer posts the Arabic, then translates it in two replies to it ("in English: ...", "part 2: ..."): the second says
    it goes on, and the part before it is the writer's reply beside it, not the post of the Arabic they both answer."""
    first = "Presumably, it has already been adapted to another host close to humans."
    second = "The first recorded incidents of COVID-19 infection in Bangladesh were on March 8, in two people who returned from Italy."
    rows = [
        ("a", None, "Hassan", "Lost cat! يبدو أنه قد تكيف بالفعل مع مضيف آخر قريب من الإنسان. سُجِّلت حالات الإصابة الأولى بمرض كوفيد-19 في بنغلاديش في 8 مارس، لشخصين عادا من إيطاليا."),
        ("b", "a", "Hassan", f"in English: {first}"),
        ("c", "a", "Hassan", f"part 2: {second}"),
    ]
    (pair,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "a"]
    assert pair.translation is not None
    assert sorted((pair.translation_text, *pair.continued_text)) == sorted([first, second])


def test_two_lines_quoted_one_by_one_pair_line_by_line() -> None:
    """An annotator quotes the English of each Arabic line on a line of its own ('"..."\\n"..."'): the quoted lines are a list
    of as many items as the Arabic has lines, so each line pairs with its own, and the first line's translation ends at its
    closing quote, not at the second's."""
    first, second = "The train left before they got to the station.", "Fadil was devoted to church and community."
    rows = [
        ("1", None, "versefan", "[Hook]\nغادرالقطار قبل أن يصلوا إلى المحطة.\nكان فاضل مخلصا للكنيسة والمجتمع."),
        ("2", "1", "annotator", f'"{first}"\n"{second}"\n\nThe second line is a jab at the label, I think.'),
    ]
    found = sorted((p.passage.location.start, p.translation_text) for p in pairs(make_thread(rows)) if p.passage.location.comment == "1")
    assert [text for _, text in found] == [first, second]


def test_a_quoted_translation_ends_where_the_writers_sentence_goes_on_after_the_quote() -> None:
    """'which means "...", but the English source string is "..."': after the closing quote the writer's own sentence goes on
    with a conjunction, and may quote more of its own, longer than a remark; the translation is the quotation."""
    english = "Of course, I should change my way according to who I'm addressing and so on."
    text = (
        "The settings screen shows:\n\n```\nأكيد يعني لازم أغير الطريقة على حسب أنا بكلم مين يعني و كده\n```\n\n"
        f'which reads "{english}", while the English source string is "Your changes were saved, and the app will restart in a'
        ' few seconds so the new language takes effect.".'
    )
    assert _same_comment([("1", None, "dev", text), ("2", "1", "maint", "Oops, labelling as i18n.")], "1") == english


@pytest.mark.parametrize("header", ["\n\nQuoted post\nNour Adel @nour_adel · 3h", "\n\nLaila M. @laila.m · Mar 4"])
def test_a_quoted_posts_header_after_the_translation_is_left_out(header: str) -> None:
    """The header of a post the reply quotes under its translation (a label line, then name, handle, a middle dot and the post's
    age or date) is the platform's, whatever the Arabic's words: the translation ends before it."""
    arabic = "يعني اللي هو عارف اللي هو يقولوا عليها قرشانة تقريبا كده  مش عارف"
    english = "You know they refer to her as ((rude))  I don't know."
    rows = [("1", None, "nour_adel", arabic), ("2", "1", "Issam", f"English below, since people keep asking:\n\n{english}{header}\n{arabic}")]
    assert _same_comment(rows, "1") == english


@pytest.mark.parametrize("remark", ["\nCould be wrong, my MSA is a bit shaky.", " Btw the link in your bio is broken.", "\nKept the word order close to the original."])
def test_a_remark_after_a_translation_of_one_sentence_of_several_is_left_out(remark: str) -> None:
    """A reply quotes one of the Arabic's sentences and translates it: the English reads as the translation of that sentence
    only, not of the Arabic's end, so the remark after it is judged against the sentence it translates (before, it stayed)."""
    arabic = "ذهب أبي إلى السوق صباحا. اشترت أمي خبزا وجبنا."
    english = "My father went to the market in the morning."
    rows = [("1", None, "A", arabic), ("2", "1", "B", f"> ذهب أبي إلى السوق صباحا.\n\nIn English: {english}{remark}")]
    assert _same_comment(rows, "1") == english
