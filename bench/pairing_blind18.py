"""Round 18 of pairing's development set, written blind (issue 14): translation-request boards,
learners' forums, glosses, transliterations, inline quotes, lists, chat, Q&A and review pages.

Written without reading the pairing code or the other rounds' wordings, from issue 14, the seeds
and ``tests/data/exports/``. Every thread is built from real pairs (Tatoeba, TICO-19, ArzEn-ST;
``pairing_devset.load_sources``), cut into tuned and held-out pairs as every round cuts them
(``_blind.pools``). Every English wording comes from a phrase bank whose even entries word tuned
threads and odd entries held-out ones, so no phrase words both halves. Each gold span is the
translation alone (leads, quotation marks, bold and code marks, transliterations, references,
notes and sign-offs out), checked to slice to it. The glosses of the word-by-word shape pair the
Arabic's first words with the translation's words by position: a stand-in for a learner's
gloss, not a dictionary's.

Run: python3 bench/pairing_blind18.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)

OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round18.jsonl"
SEED = 18
TUNED, HELD_OUT = 3, 2  # threads per shape and data set in each half

Piece = _blind.Piece
Items = list[tuple[str, "str | None", bool]]

# Each bank: even entries word tuned threads, odd entries held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "user": ("nightowl", "qamar_fan", "rustybike", "levant_lad", "k_marie", "tealpot", "yusuf88", "plainjane", "dunebug", "orchid_7"),
    "asker": ("curious_sam", "jl_photo", "lost_in_cairo", "mira.k", "tattoo_ideas", "bookwyrm", "grandmas_box", "ferryman"),
    "mod": ("translator-BOT", "AutoModerator", "LangBot", "ModHelper"),
    "title": (
        "[Arabic > English] What does this say?",
        "[AR -> EN] Found this on the back of an old photo",
        "[Arabic > English] Text from a friend, please help",
        "Arabic to English: can someone read this caption?",
        "[Arabic > English] Short message, I'd love to know what it means",
        "(Arabic -> English) Written on a card my neighbour left",
    ),
    "context": (
        "My coworker sent this and I don't want to ask her again.",
        "It was on a postcard in a thrift store book.",
        "Got this in a group chat, context is a birthday.",
        "No idea where it's from, it was in my dad's notebook.",
        "Someone replied this to my story.",
        "Seen on a poster near the station last week.",
    ),
    "answer_lead": (
        "Translation:",
        "It says:",
        "Here you go:",
        "It reads:",
        "In English:",
        "Literally it's:",
        "The text says:",
        "This means:",
    ),
    "voted": (
        "!translated thank you so much",
        "Solved! Thanks, that makes sense now",
        "!translated perfect, cheers",
        "Marking this solved, you're a star",
    ),
    "bot": (
        "Your post has been marked as translated. Thank you for using this community!",
        "This request is now marked as translated. Please remember to thank the translators.",
        "Status changed to Translated. If this was a mistake, reply with !reset.",
        "Translated tag applied by the requester. Mods can reverse this if needed.",
    ),
    "guess": (
        "I think it's a prayer? Not sure though.",
        "Looks like a religious phrase to me, maybe a blessing.",
        "Probably a poem, the handwriting is really nice.",
        "It might be a proverb, my grandpa used to write those.",
    ),
    "bump": ("Bump, anyone?", "Still hoping someone can help", "bumping this one", "Anyone around who reads Arabic?"),
    "nudge": (
        "I can read some of it but not all, sorry.",
        "Tagging someone who knows this better than me.",
        "I'd love to know too, following.",
        "Same question here, subscribing.",
    ),
    "se_question": (
        "How would this sentence best be rendered in English?",
        "What is an idiomatic English translation of the following?",
        "I am struggling with the meaning of this line from my textbook:",
        "Could someone explain what this sentence means in English?",
    ),
    "se_tail": (
        "I understand most of the words individually, but not the sentence as a whole.",
        "My teacher gave it as an exercise without the answer key.",
        "Any help with the structure would be appreciated.",
        "The dictionary did not help much with the overall meaning.",
    ),
    "se_lead": (
        "The phrase can be rendered as:",
        "A natural rendering would be:",
        "I would translate it as follows:",
        "In idiomatic English this comes out as:",
    ),
    "se_note": (
        "Note that the word order follows the Arabic less closely than a literal version would.",
        "A more literal version is possible but sounds stilted in English.",
        "The tense is inferred from context; the verb form alone does not fix it.",
        "Keep in mind that the register here is colloquial rather than formal.",
    ),
    "se_intro": (
        "Let us take the sentence apart before translating it. The first clause sets up the situation, and the verb agrees with its subject in gender and number, which is why the ending looks unusual.",
        "The difficulty is mostly syntactic. The opening word is a particle that links the clause to what precedes it, and the pronoun suffix refers back to the subject mentioned earlier.",
        "Two features deserve comment. First, the verb is in the imperfect, which here expresses a habitual or general action. Second, the negation is dialectal rather than standard.",
        "Before giving a translation, it helps to identify the verb and its subject. Once that is clear, the remaining words fall into place as complements and adverbials.",
    ),
    "se_together": (
        "Putting it all together, a faithful translation would be:",
        "Taking these points into account, the sentence means:",
        "So the whole sentence, in plain English:",
        "With that in mind, I would render the full sentence as:",
    ),
    "se_closing": (
        "I hope this clarifies the construction.",
        "Other renderings are of course possible, depending on tone.",
        "See any standard reference grammar for more on this construction.",
        "Happy to expand on any of these points in the comments.",
    ),
    "attempt": (
        "My attempt:",
        "I tried:",
        "What I have so far:",
        "My try at it:",
    ),
    "attempt_tail": (
        "and then I get lost.",
        "but the rest doesn't make sense to me.",
        "and I can't work out the ending.",
        "and that's as far as I got.",
    ),
    "correct": (
        "Close! The whole thing is:",
        "Good start. The full sentence means:",
        "You're on the right track. All together:",
        "Nearly there. The complete meaning is:",
    ),
    "gloss_head": ("Word by word:", "Breaking it down:", "Piece by piece:", "Roughly, word for word:"),
    "gloss_so": ("So all together:", "Which gives:", "So the whole thing:", "Put together:"),
    "rom_label": ("Transliteration:", "Pronounced:", "Romanized:", "Sounds like:"),
    "mean_label": ("Meaning:", "Gloss:", "What it means:", "Sense:"),
    "pronounce": (
        "How do you pronounce it and what does it mean?",
        "What's it say and how would I say it out loud?",
        "Can you write how it sounds and what it means?",
        "Pronunciation and meaning please?",
    ),
    "inline_open": (
        "My grandmother kept saying",
        "The driver muttered",
        "At the wedding everyone shouted",
        "My roommate's mom always texts",
    ),
    "which_means": (", which means", ", which roughly means", " and apparently that means", " (meaning"),
    "inline_close": (
        " It still makes me smile.",
        " Funny how that sticks with you.",
        " I wrote it down so I wouldn't forget.",
        " Never forgot it since.",
    ),
    "inline_lost": (
        "and I have no clue what it means, can anyone help?",
        "over and over and nobody would tell me what it meant.",
        "and then laughed, what did I miss?",
        "at me and walked off. Rude or nice?",
    ),
    "list_head": (
        "The two lines on the sign, with translations:",
        "Both lines and what they mean:",
        "Here are the lines with my translations underneath:",
        "Line by line:",
    ),
    "bullet_head": (
        "Line by line for you:",
        "Taking each line in turn:",
        "Here's each one:",
        "In order:",
    ),
    "chat_short": ("wat", "??", "huh", "lol what", "english pls", "eh?", "translate?", "no comprende"),
    "chat_after": ("ah ok", "oh nice", "ty", "gotcha", "coolcool", "ahh"),
    "chat_other": (
        "anyway who's up for the raid later",
        "brb getting food",
        "did anyone finish the quest",
        "stream starts in 10",
        "my wifi is dying again",
        "gg everyone",
    ),
    "at_lead": ("it means", "they said", "that says", "means"),
    "quora_title": (
        "What does this mean in English:",
        "Can anyone translate this Arabic sentence:",
        "What is the meaning of the phrase",
        "How do you translate this into English:",
    ),
    "quora_open": (
        "Great question. I grew up speaking Arabic at home, so I hear this kind of sentence all the time.",
        "As a native speaker from Alexandria I can help with this one.",
        "I teach Arabic to adults, and this is a common question from my students.",
        "My family is from Amman, so this is very familiar to me.",
    ),
    "quora_lead": ("It means:", "In English it would be:", "The meaning is:", "A good translation is:"),
    "quora_context": (
        "You will hear it in everyday conversation, and the tone depends a lot on who is speaking.",
        "The sentence is fairly ordinary; nothing about it is idiomatic or hidden.",
        "Depending on the region, people might pronounce some of the words differently.",
        "It is the kind of thing people say casually, not a formal expression.",
    ),
    "signoff": ("Hope this helps!", "Cheers.", "Good luck with your studies!", "All the best."),
    "stars": ("★★★★☆", "★★★☆☆", "Rated 5 out of 5", "4/5 stars"),
    "review_lead": (
        "For anyone who can't read it, the review says:",
        "Translated for the non-Arabic speakers:",
        "English version of this review:",
        "In case it helps other buyers, it says:",
    ),
    "review_helpful": ("12 people found this helpful", "Was this helpful? Yes (4)", "Helpful (7)", "Report abuse"),
    "either": ("Either", "Most likely", "It's either", "Could be"),
    "alternative": (
        "or, if it's meant sarcastically, pretty much the opposite, depending on context.",
        "or it's a figure of speech and means something else entirely, depending on who says it.",
        "or it's a joke between them and I'm missing the point.",
        "or it's a quote from a song; hard to tell without context.",
    ),
    "bold_lead": ("It's saying", "Translation is", "This one says", "Basically it's"),
    "bold_note": (
        "(source: my mom, who is way better at this than me)",
        "(I double checked with my cousin)",
        "(native speaker here)",
        "(from my Lebanese coworker)",
    ),
    "code_lead": ("Translated:", "Output:", "English text:", "Rendered:"),
    "loose_lead": (
        "Not word for word, but the gist is:",
        "Loosely:",
        "The idea is more or less:",
        "Paraphrasing a bit:",
    ),
    "partial_lead": (
        "The first part says:",
        "I only got the beginning:",
        "First sentence is:",
        "Only sure about the start:",
    ),
    "partial_tail": (
        "Not sure about the rest, sorry.",
        "Someone else will have to do the second half.",
        "The second bit is beyond my level.",
        "No idea what follows.",
    ),
    "ref_lead": (
        "Following the usual dictionary senses, the sentence reads:",
        "Checked against the textbook glossary, it translates as:",
        "Using the standard dictionary entries, this is:",
        "With the dictionary's first senses, it comes out as:",
    ),
    "ref": (
        "[1] Hans Wehr, A Dictionary of Modern Written Arabic, 4th ed.",
        "[1] Al-Kitaab, Part One, 3rd ed., glossary.",
        "[1] Lane's Lexicon, entry under the root.",
        "[1] Badawi and Hinds, Dictionary of Egyptian Arabic.",
    ),
    "etymology": (
        "The first verb is a form II from a three-letter root, which is why it has the doubled middle letter. The ending marks the feminine plural.",
        "Interesting construction: the particle at the start is dialectal, and the pronoun is attached to the preposition, not the verb.",
        "The word in the middle comes from Aramaic originally, at least according to my linguistics professor.",
        "Grammar note: the verb is jussive after the negation, which is why the final vowel drops.",
    ),
    "joke": (
        "lol this is exactly what my mom yells when I leave dishes in the sink",
        "my Duolingo owl would be so disappointed in me right now",
        "I read this in my dad's voice and now I'm scared",
        "this is the energy I need on a Monday morning",
    ),
    "reverse": (
        "Off topic, but how would I say this in Arabic:",
        "Slightly related question, can someone translate this into Arabic for me:",
        "While we're here, what's the Arabic for",
        "Can anyone do the reverse for me? English to Arabic:",
    ),
    "reverse_tail": ("Thanks in advance!", "It's for a tattoo.", "For my mother in law's birthday card.", "Want to surprise a friend."),
    "needs_review": (
        "!doublecheck",
        "!needs_review",
        "!identify Arabic",
        "!page Arabic",
    ),
    "bot_pending": (
        "This post is still waiting for a translation. Please be patient.",
        "Reminder: requests without an answer after a week are archived.",
        "A translator has been paged for this language.",
        "Request status: untranslated. Volunteers are notified automatically.",
    ),
    "rom_only": (
        "Reading it out:",
        "Phonetically that's:",
        "Sounds out as:",
        "Spelled in Latin letters:",
    ),
    "rom_only_tail": (
        "sorry, I can read the script but I don't know what it means.",
        "no idea about the meaning though, I only learned the alphabet.",
        "that's how it sounds, the meaning I can't help with.",
        "I can sound it out but my vocabulary is tiny.",
    ),
    "seller": (
        "Yes, the charger is included in the box.",
        "Thank you for your feedback! We ship within two days.",
        "It fits most standard sizes, please check the chart.",
        "We're sorry to hear that, please contact our support team.",
    ),
    "qa_q": ("Question:", "Buyer asks:", "Q:", "Asked by a customer:"),
    "qa_a": ("Answer from the seller:", "Store reply:", "A:", "Seller response:"),
}


def check_banks() -> None:
    """No phrase words both halves: no tuned phrase (of 8 characters or more) is, or is inside, a
    held-out one, nor the other way round; every bank has two phrases or more in each half."""
    for name, bank in BANKS.items():
        tuned, held = [p.lower() for p in bank[0::2]], [p.lower() for p in bank[1::2]]
        if len(tuned) < 2 or len(held) < 2:
            raise AssertionError(f"bank {name}: fewer than two phrases in a half")
    everything = [(p.lower(), k % 2) for bank in BANKS.values() for k, p in enumerate(bank)]
    for a, half_a in everything:
        for b, half_b in everything:
            if half_a != half_b and len(a) >= 8 and a in b:
                raise AssertionError(f"{a!r} words both halves")


def say(t: Thread, bank: str) -> str:
    """A phrase of ``bank`` from the thread's own half."""
    return t.rng.choice(BANKS[bank][t.half :: 2])


def people(t: Thread, bank: str, count: int) -> list[str]:
    """``count`` different names of ``bank``'s half (the plain users' bank is large enough)."""
    return t.rng.sample(list(BANKS[bank][t.half :: 2]), count)


_ROMAN = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "'", "gh", "f", "q", "k",
    "l", "m", "n", "h", "w", "y", "a", "a", "'", "a", "i", "aa", "'", "'"]))


def romanize(arabic: str) -> str:
    """A learner's letter-by-letter spelling of the Arabic in Latin letters (no Arabic left)."""
    words = []
    for word in arabic.split():
        spelled = "".join(_ROMAN.get(ch, "") for ch in word if regex.match(r"\p{Arabic}", ch))
        if spelled.strip("'"):
            words.append(spelled.strip("'"))
    return " ".join(words) or "ya"


class Thread(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`); each comment numbered in turn."""

    def add(self, parent: str | None, author: str, *pieces: Piece) -> str:
        """Append a comment made of ``pieces``; returns its id."""
        cid = str(len(self.rows) + 1)
        self.rows.append([cid, parent, author, _blind.joined(cid, pieces, self.spans, self.texts)])
        return cid


def arabic(t: Thread) -> str:
    """The thread's passage on one line (white space inside it made flat too)."""
    return _blind.flat(" ".join(t.p.example.arabic))


def single(t: Thread) -> Items:
    """The one item of a thread whose translation (if any) is in slot ``en``."""
    return [("ar", "en" if "en" in t.spans else None, False)]


# ------------------------------------------------------------------------------------------
# Positive shapes: each returns the thread and its items.


def request_voted(t: Thread) -> None:
    """A translation-request board: the request, an answer, the requester's "!translated", the bot."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, say(t, "title"), "\n\n", ("ar", arabic(t)), "\n\n", say(t, "context"))
    answer = t.add(post, helper, say(t, "answer_lead"), " ", ("en", t.english))
    t.add(answer, op, say(t, "voted"))
    t.add(post, say(t, "mod"), say(t, "bot"))
    t.items = _blind.partial_items(single(t), t.spans)


def request_guess_then_answer(t: Thread) -> None:
    """A guess ("I think it's a prayer") first, then a real answer, thanked."""
    op = people(t, "asker", 1)[0]
    guesser, helper = people(t, "user", 2)
    post = t.add(None, op, say(t, "title"), "\n\n", ("ar", arabic(t)))
    t.add(post, guesser, say(t, "guess"))
    answer = t.add(post, helper, say(t, "answer_lead"), "\n\n", ("en", t.english))
    t.add(answer, op, say(t, "voted"))
    t.items = _blind.partial_items(single(t), t.spans)


def request_deep(t: Thread) -> None:
    """Bumps and a "can read some of it" before the answer, three replies deep."""
    op = people(t, "asker", 1)[0]
    a, b = people(t, "user", 2)
    post = t.add(None, op, say(t, "title"), "\n\n", ("ar", arabic(t)))
    bump = t.add(post, op, say(t, "bump"))
    nudge = t.add(bump, a, say(t, "nudge"))
    t.add(nudge, b, say(t, "answer_lead"), " ", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def se_blockquote(t: Thread) -> None:
    """A learners' forum: the sentence block-quoted in the question, a formal answer with a note."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    q = t.add(None, op, say(t, "se_question"), "\n\n> ", ("ar", arabic(t)), "\n\n", say(t, "se_tail"))
    t.add(q, helper, say(t, "se_lead"), "\n\n> ", ("en", t.english), "\n\n", say(t, "se_note"))
    t.items = _blind.partial_items(single(t), t.spans)


def se_long(t: Thread) -> None:
    """A long formal answer: grammar first, the translation near the end, a closing paragraph."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    q = t.add(None, op, say(t, "se_question"), "\n\n", ("ar", arabic(t)))
    t.add(q, helper, say(t, "se_intro"), "\n\n", say(t, "se_together"), "\n\n", ("en", t.english), "\n\n", say(t, "se_closing"))
    t.items = _blind.partial_items(single(t), t.spans)


def learner_corrected(t: Thread) -> None:
    """A learner's unfinished attempt (the first words, then lost); a teacher gives the whole."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    start = " ".join(t.english.split()[:3]).rstrip(".,!?;:")
    q = t.add(None, op, ("ar", arabic(t)), "\n\n", say(t, "attempt"), f' "{start}..." ', say(t, "attempt_tail"))
    t.add(q, helper, say(t, "correct"), " ", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def gloss_then_whole(t: Thread) -> None:
    """Word-by-word glosses ("word = gloss"), then the whole translation."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, ("ar", arabic(t)))
    words = [w for w in arabic(t).split() if regex.search(r"\p{Arabic}", w)][:3]
    glosses = [regex.sub(r"[^\p{L}'-]", "", w) for w in t.english.split()][: len(words)]
    bare = [regex.sub(r"[^\p{Arabic}]", "", w) for w in words]
    lines = "\n".join(f"{a} = {g.lower() or '?'}" for a, g in zip(bare, glosses))
    t.add(post, helper, say(t, "gloss_head"), "\n", lines, "\n...\n", say(t, "gloss_so"), " ", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def translit_dash(t: Thread) -> None:
    """The transliteration, a dash, the translation ("Ana bahebak — I love you")."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, ("ar", arabic(t)))
    t.add(post, helper, romanize(arabic(t)), " — ", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def translit_labelled(t: Thread) -> None:
    """A labelled transliteration line, then a labelled meaning line."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, say(t, "title"), "\n\n", ("ar", arabic(t)))
    t.add(post, helper, say(t, "rom_label"), " ", romanize(arabic(t)), "\n", say(t, "mean_label"), " ", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def translit_own_later(t: Thread) -> None:
    """Asked for pronunciation and meaning, the author gives the transliteration, then the translation."""
    op, asker = people(t, "user", 1)[0], people(t, "asker", 1)[0]
    post = t.add(None, op, ("ar", arabic(t)))
    ask = t.add(post, asker, say(t, "pronounce"))
    t.add(ask, op, romanize(arabic(t)), "\n\n", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def marks(text: str) -> tuple[str, str]:
    """The quotation marks a writer puts around ``text``: curly ones where it holds straight ones."""
    return ("\u201c", "\u201d") if '"' in text else ('"', '"')


def inline_quote(t: Thread) -> None:
    """Arabic quoted inside an English sentence, its meaning quoted after it."""
    means = say(t, "which_means")
    close = ")" if means.startswith(" (") else ""
    (ao, ac), (eo, ec) = marks(arabic(t)), marks(t.english)
    t.add(None, people(t, "user", 1)[0], say(t, "inline_open"), " " + ao, ("ar", arabic(t)), ac + means + " " + eo, ("en", t.english),
          ec + close, say(t, "inline_close"))
    t.items = _blind.partial_items(single(t), t.spans)


def numbered_lines(t: Thread) -> None:
    """A numbered list, each Arabic line with its English line under it."""
    ar, en = t.p.example.arabic, t.p.example.english
    t.add(None, people(t, "user", 1)[0], say(t, "list_head"), "\n\n1. ", ("ar1", ar[0].strip()), "\n   ", ("en1", en[0].strip()), "\n2. ",
          ("ar2", ar[1].strip()), "\n   ", ("en2", en[1].strip()))
    t.items = _blind.partial_items([("ar1", "en1", False), ("ar2", "en2", False)], t.spans)


def bullet_pairs(t: Thread) -> None:
    """Two Arabic bullets posted; a reply translates each on a bullet of its own."""
    ar, en = t.p.example.arabic, t.p.example.english
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, "- ", ("ar1", ar[0].strip()), "\n- ", ("ar2", ar[1].strip()))
    t.add(post, helper, say(t, "bullet_head"), "\n- ", ("en1", en[0].strip()), "\n- ", ("en2", en[1].strip()))
    t.items = _blind.partial_items([("ar1", "en1", False), ("ar2", "en2", False)], t.spans)


def discord_own(t: Thread) -> None:
    """A flat chat channel: the Arabic, two short puzzled messages, the author's translation, "ah ok"."""
    op, a, b, c = people(t, "user", 4)
    t.add(None, op, ("ar", arabic(t)))
    t.add(None, a, say(t, "chat_short"))
    t.add(None, b, say(t, "chat_short"))
    t.add(None, op, ("en", t.english))
    t.add(None, c, say(t, "chat_after"))
    t.items = _blind.partial_items(single(t), t.spans)


def twitch_mention(t: Thread) -> None:
    """A live chat: someone answers with an @mention and a short lead."""
    op, a, b = people(t, "user", 3)
    t.add(None, op, ("ar", arabic(t)))
    t.add(None, a, say(t, "chat_other"))
    t.add(None, b, f"@{op} ", say(t, "at_lead"), " ", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def quora_long(t: Thread) -> None:
    """A question with the Arabic in it; a long answer: background, the translation, context, sign-off."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    q = t.add(None, op, say(t, "quora_title"), ' "', ("ar", arabic(t)), '"?')
    t.add(q, helper, say(t, "quora_open"), "\n\n", say(t, "quora_lead"), " ", ("en", t.english), "\n\n", say(t, "quora_context"), "\n\n",
          say(t, "signoff"))
    t.items = _blind.partial_items(single(t), t.spans)


def review_translated(t: Thread) -> None:
    """A product review in Arabic with its rating; another buyer translates it."""
    op, helper = people(t, "user", 2)
    post = t.add(None, op, say(t, "stars"), "\n", ("ar", arabic(t)), "\n", say(t, "review_helpful"))
    t.add(post, helper, say(t, "review_lead"), " ", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def two_alternatives(t: Thread) -> None:
    """ "Either 'X' or ... depending on context": one translation and a hedge."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, ("ar", arabic(t)))
    opening, closing = marks(t.english)
    t.add(post, helper, say(t, "either"), " " + opening, ("en", t.english), closing + " ", say(t, "alternative"))
    t.items = _blind.partial_items(single(t), t.spans)


def bold(t: Thread) -> None:
    """The translation in bold, a source note after it."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, say(t, "title"), "\n\n", ("ar", arabic(t)))
    t.add(post, helper, say(t, "bold_lead"), " **", ("en", t.english), "** ", say(t, "bold_note"))
    t.items = _blind.partial_items(single(t), t.spans)


def code_span(t: Thread) -> None:
    """The translation in a code span."""
    op, helper = people(t, "user", 2)
    post = t.add(None, op, ("ar", arabic(t)))
    t.add(post, helper, say(t, "code_lead"), " `", ("en", t.english), "`")
    t.items = _blind.partial_items(single(t), t.spans)


def loose(t: Thread) -> None:
    """Said to be loose ("not word for word, but the gist is"), the honest translation after it."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, ("ar", arabic(t)), "\n\n", say(t, "context"))
    t.add(post, helper, say(t, "loose_lead"), " ", ("en", t.english))
    t.items = _blind.partial_items(single(t), t.spans)


def partial(t: Thread) -> None:
    """Someone translates the first of two sentences and says so."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    post = t.add(None, op, say(t, "title"), "\n\n", ("ar", arabic(t)))
    t.add(post, helper, say(t, "partial_lead"), " ", ("en", t.p.example.english[0].strip()), " ", say(t, "partial_tail"))
    t.items = _blind.partial_items([("ar", "en", True)], t.spans)


def with_reference(t: Thread) -> None:
    """A formal answer: a lead naming the dictionary, the translation, a footnote mark and the reference."""
    op, helper = people(t, "asker", 1)[0], people(t, "user", 1)[0]
    q = t.add(None, op, say(t, "se_question"), "\n\n", ("ar", arabic(t)))
    t.add(q, helper, say(t, "ref_lead"), " ", ("en", t.english), " [1]\n\n", say(t, "ref"))
    t.items = _blind.partial_items(single(t), t.spans)


# ------------------------------------------------------------------------------------------
# Negative shapes: English that looks like an answer and translates nothing of the passage.


def _request(t: Thread) -> str:
    """A request post with the passage; the post's id."""
    return t.add(None, people(t, "asker", 1)[0], say(t, "title"), "\n\n", ("ar", arabic(t)))


def etymology(t: Thread) -> None:
    """A grammar and etymology explanation, no translation."""
    post = _request(t)
    t.add(post, people(t, "user", 1)[0], say(t, "etymology"))
    t.items = _blind.partial_items(single(t), t.spans)


def joke(t: Thread) -> None:
    """A joke reply and a "prayer?" guess."""
    post = _request(t)
    a, b = people(t, "user", 2)
    t.add(post, a, say(t, "joke"))
    t.add(post, b, say(t, "guess"))
    t.items = _blind.partial_items(single(t), t.spans)


def different_passage(t: Thread) -> None:
    """A confident answer that translates a different passage."""
    post = _request(t)
    t.add(post, people(t, "user", 1)[0], say(t, "answer_lead"), " ", t.p.example.other[0].strip())
    t.items = _blind.partial_items(single(t), t.spans)


def reverse_request(t: Thread) -> None:
    """Someone asks for the reverse: English (of another pair) into Arabic."""
    op, other = people(t, "user", 2)
    post = t.add(None, op, ("ar", arabic(t)))
    t.add(post, other, say(t, "reverse"), ' "', t.p.example.other[0].strip(), '" ', say(t, "reverse_tail"))
    t.items = _blind.partial_items(single(t), t.spans)


def unanswered(t: Thread) -> None:
    """A request nobody answers: a page command, the bot's status line, a bump."""
    post = _request(t)
    t.add(post, people(t, "user", 1)[0], say(t, "needs_review"))
    t.add(post, say(t, "mod"), say(t, "bot_pending"))
    t.add(post, people(t, "asker", 1)[0], say(t, "bump"))
    t.items = _blind.partial_items(single(t), t.spans)


def translit_only(t: Thread) -> None:
    """The transliteration alone, and "I don't know what it means"."""
    post = _request(t)
    t.add(post, people(t, "user", 1)[0], say(t, "rom_only"), " ", romanize(arabic(t)), " — ", say(t, "rom_only_tail"))
    t.items = _blind.partial_items(single(t), t.spans)


def seller_answer(t: Thread) -> None:
    """A product Q&A: the question in Arabic, the seller's English answer to it (no translation)."""
    op, seller = people(t, "user", 2)
    q = t.add(None, op, say(t, "qa_q"), " ", ("ar", arabic(t)))
    t.add(q, seller, say(t, "qa_a"), " ", say(t, "seller"))
    t.items = _blind.partial_items(single(t), t.spans)


def chat_unrelated(t: Thread) -> None:
    """A flat chat: the Arabic, then chatter and English of other pairs."""
    op, a, b = people(t, "user", 3)
    t.add(None, op, ("ar", arabic(t)))
    t.add(None, a, say(t, "chat_other"))
    t.add(None, b, t.p.example.other[0].strip())
    t.add(None, op, t.p.example.other[1].strip())
    t.items = _blind.partial_items(single(t), t.spans)


def inline_no_meaning(t: Thread) -> None:
    """Arabic quoted inside an English sentence that asks what it means."""
    opening, closing = marks(arabic(t))
    t.add(None, people(t, "asker", 1)[0], say(t, "inline_open"), " " + opening, ("ar", arabic(t)), closing + " ", say(t, "inline_lost"))
    t.items = _blind.partial_items(single(t), t.spans)


Builder = Callable[[Thread], None]

# name -> (builder, sentences in the passage, kind)
SHAPES: dict[str, tuple[Builder, int, str]] = {
    "request board, answer voted !translated": (request_voted, 1, "pos"),
    "request board, a guess then the answer": (request_guess_then_answer, 2, "pos"),
    "request board, answer after bumps": (request_deep, 1, "pos"),
    "learners' forum, block-quoted": (se_blockquote, 1, "pos"),
    "learners' forum, long formal answer": (se_long, 2, "pos"),
    "learner's attempt, completed": (learner_corrected, 1, "pos"),
    "word-by-word glosses, then the whole": (gloss_then_whole, 1, "pos"),
    "transliteration — translation": (translit_dash, 1, "pos"),
    "transliteration and meaning labelled": (translit_labelled, 2, "pos"),
    "author: transliteration, then translation": (translit_own_later, 1, "pos"),
    "Arabic quoted inline, its meaning after": (inline_quote, 1, "pos"),
    "numbered list, English under each line": (numbered_lines, 2, "pos"),
    "bullets translated bullet by bullet": (bullet_pairs, 2, "pos"),
    "flat chat, the author's own line": (discord_own, 1, "pos"),
    "live chat, an @mention answer": (twitch_mention, 1, "pos"),
    "Q&A site, long answer": (quora_long, 2, "pos"),
    "review translated by a buyer": (review_translated, 2, "pos"),
    "either this or a hedge": (two_alternatives, 1, "pos"),
    "translation in bold": (bold, 1, "pos"),
    "translation in a code span": (code_span, 1, "pos"),
    "loose but honest": (loose, 2, "pos"),
    "first sentence only (partial)": (partial, 2, "pos"),
    "formal answer with a footnote": (with_reference, 1, "pos"),
    "neg: grammar and etymology only": (etymology, 1, "neg"),
    "neg: a joke and a guess": (joke, 1, "neg"),
    "neg: a different passage translated": (different_passage, 1, "neg"),
    "neg: the reverse asked for": (reverse_request, 1, "neg"),
    "neg: request unanswered, bot lines": (unanswered, 2, "neg"),
    "neg: transliteration only": (translit_only, 1, "neg"),
    "neg: a seller answers the question": (seller_answer, 1, "neg"),
    "neg: chat, other English": (chat_unrelated, 1, "neg"),
    "neg: quoted inline, meaning asked": (inline_no_meaning, 1, "neg"),
}


ROUND = _blind.Round(__doc__, SEED, SHAPES, Thread, _blind.same_flat, OUT, TUNED, HELD_OUT, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
