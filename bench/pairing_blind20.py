"""Round 20 of the pairing development set, written blind: threads as X/Twitter, Instagram, TikTok,
WhatsApp forwards, Stack Exchange answers, poetry boards, paperwork and homework questions,
marketplace listings, sports clips, proverbs and e-mail style replies carry a translation.

Written without reading the pairing code or the earlier rounds' wordings (only bench/_blind.py's
plumbing, the data loading of bench/pairing_devset.py and bench/bench_pairing.py's format). Real
(Arabic, English) pairs of Tatoeba, TICO-19 and ArzEn-ST (``pairing_devset.load_sources``) are set in
36 shapes: 24 positive (the thread holds the commenter's translation; its comment and exact span,
leads, handles, hashtags, emoji, notes and sign-offs left out, are the gold) and 12 negative (English
in the thread that does not translate the Arabic: French or Spanish, a question restating the topic,
a joke, "+1", a Google Translate link, a word gloss, a quoted unrelated text, other pairs' English
in a translation's place). A translation split over two posts of one author is one item whose
``continued`` holds the second part; a translation of the first sentence only is ``partial``.

Judgement calls, as a user publishing the pairs would want them: a proverb's literal rendering is
the translation, the "meaning ..." after it is the commenter's reading (left out); a Stack Exchange
answer's word-by-word table is not the translation, the smooth sentence after it is; a child's
wrong answer quoted in a homework question is not the translation, the parent's correction is; a
translation in ALL CAPS or text-speak ("u", "ur", "bc") is the translation as written.

Every phrase bank is cut between the halves (even entries tuned, odd entries held out): no
held-out thread uses a wording a tuned thread uses. Deterministic; written outside the repository
(``~/.cache/bilingual/pairing-devset-round20.jsonl``) like the data it comes from.

Run: python3 bench/pairing_blind20.py [--tuned 3] [--held-out 2] [--out PATH]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import Pairs, Piece, Planned  # noqa: E402

OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round20.jsonl"
SEED = 20
TUNED, HELD_OUT = 3, 2

Bank = tuple[str, ...]
# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, Bank] = {
    "handle": ("@noor_reads", "@lina_writes", "@sami_k", "@omar_h", "@dina.m", "@rana.j", "@tariq88", "@yusuf22"),
    "chatter": ("this is so true", "needed to read this today", "who else is here in 2024", "crying at this",
                "facts.", "the way this hit me"),
    "qt_lead": ("for the non-Arabic speakers on my TL, she's saying:", "English for the folks asking in my mentions:",
                "translating this because it deserves to be seen:", "quote-posting with a translation since people asked:"),
    "qt_tail": ("(my own translation)", "— translation mine", "#ArabicTwitter", "#TranslatedForYou"),
    "x_ask": ("what does this mean?", "anyone got a translation?", "english pls 🙏", "can someone translate for us"),
    "x_answer": ("she means", "in English:", "he says it means", "roughly"),
    "split_lead": ("English ↓", "thread in English:", "translation, in two because of the limit:", "for my English-speaking followers:"),
    "ig_caption": ("✨", "🌼", "🤍", "🕊️"),
    "ig_pointer": ("caption translation in comments 👇", "translation below 👇🏼", "(English in the comments)",
                   "eng in the replies ⬇️"),
    "ig_lead": ("Translation:", "as promised, the English:", "caption in English ✨", "Eng:"),
    "ig_tail": ("🤍", "💛", "🌙✨", "🌿"),
    "ig_fan": ("😍😍", "obsessed with this", "queen 👑", "so beautiful"),
    "ig_never": ("forgot to add it, will do later 😅", "translation coming soon, I promise", "will post it tonight!",
                 "ugh, it's on my other phone, later"),
    "hashtags": ("#arabic #quotes #sunset", "#cairo #memories", "#dubai #life", "#poetry #words"),
    "flag_lead": ("🇬🇧", "🇺🇸:", "EN ↓", "English —"),
    "tt_ask": ("what does she say at 0:12?? 😭", "the part at 1:04, what is it", "someone translate what he says at 0:31 pls",
               "what's the line at 0:47 😩"),
    "tt_says": ("at 0:12 she goes", "the line is", "he says", "what she sings is"),
    "tt_means": ("which means", "i.e.", "=", "aka"),
    "fwd_intro": ("Forwarded as received", "Fwd as received 🙏", "↪️ Forwarded many times", "*Forwarded* from the family group"),
    "dashes": ("------------------", "_______________", "~~~~~~~~~~~~", "— — — — — —"),
    "fwd_tail": ("Please share 🙏", "share with your groups", "Send to 10 people", "copied, not mine"),
    "emoji_row": ("🌹🌹🌹🌹🌹", "💐💐💐💐", "🌸🌸🌸", "⭐⭐⭐⭐⭐"),
    "forum_paste": ("My aunt sent this on WhatsApp, pasting it here:", "Got this in a group chat, what's the source?",
                    "Pasting a forward I received:", "Does anyone know who wrote this forward?"),
    "se_q": ("How would you translate this sentence? I'm stuck on the grammar.", "What is the structure of the following sentence?",
             "Can someone break this down for me?", "I understand each word but not the whole:"),
    "se_gloss": ("Word by word:", "Glossing it piece by piece:", "Interlinear gloss first:", "Token by token:"),
    "se_head": ("| Arabic | gloss |\n|---|---|", "| word | meaning |\n|---|---|", "| ar | en |\n|---|---|",
                "| token | sense |\n|---|---|"),
    "se_smooth": ("Smooth translation:", "Put together idiomatically:", "So in natural English:", "Which reads, as a whole:"),
    "se_note": ("Note the verb agrees with the subject here.", "The particle at the start marks emphasis.",
                "The word order is fairly free in the spoken register.", "Dialect spelling varies a lot."),
    "se_give_up": ("Not sure how to put it together though.", "The rest I can't parse.",
                   "That's as far as I get.", "Someone more fluent can assemble it."),
    "poem_intro": ("Lines I keep coming back to:", "This verse has been stuck in my head all week:",
                   "From a poem my father recites:", "A stanza from an old notebook:"),
    "poet": ("— Darwish, I think", "— unknown poet", "(Qabbani?)", "— from memory"),
    "poem_lead": ("my rough attempt:", "tried my hand at it:", "a freer version:", "loosely rendered:"),
    "poem_tail": ("(the rhyme is lost, sorry)", "(meter not preserved)", "— still working on it", "corrections welcome"),
    "stamp_ask": ("Got this stamped on my residence papers, the stamp says:", "The clerk wrote this on my form:",
                  "Screenshot of the official's note on my file:", "This is printed on the back of the receipt:"),
    "stamp_ask2": ("What does it mean? Do I need to do anything?", "Can anyone read it?", "Should I worry?", "Is it bad news?"),
    "stamp_lead": ("It reads:", "Roughly it states:", "The stamp says:", "What it says is:"),
    "stamp_tail": ("Standard wording, nothing to worry about.", "Totally routine.", "You're fine.", "Just a formality."),
    "letter_intro": ("The letter from the embassy reads:", "The consulate's email says:", "Part of the ministry's reply:",
                     "My appointment letter has this line:"),
    "letter_mine": ("My translation (please check):", "Here's how I read it:", "I think it means:", "What I got from it:"),
    "letter_ask": ("Is that right?", "Am I close?", "Did I get it?", "Any corrections?"),
    "confirm": ("Yes, spot on.", "That's it exactly.", "Looks right to me.", "Correct."),
    "hw_ask1": ("My kid's worksheet says", "The exercise in my son's book is", "Daughter's homework has", "Her worksheet asks about"),
    "hw_ask2": ("and she wrote", "and her answer was", "and he put", "and the answer he gave is"),
    "hw_ask3": ("— is this right?", "— did she get it?", "is that correct??", "right or wrong?"),
    "hw_fix": ("Not quite. It should be:", "She's off, it's actually:", "Close, but the answer is:", "Correct version:"),
    "hw_nohelp": ("No idea, sorry, ask her teacher.", "Can't help, my Arabic is rusty.", "Beats me, I never learned to read it.",
                  "Try the class group chat?"),
    "list_head": ("📦 FOR SALE", "🛒 Available now", "[SELLING]", "Listing:"),
    "list_tail": ("DM for price. Pickup only.", "Message me, cash only.", "Price negotiable, no delivery.", "Serious buyers please."),
    "list_q": ("is it still available?", "how much?", "can you ship?", "where are you located?"),
    "sport_intro": ("The commentator at 87' 🔥🔥", "Listen to the call at the final whistle:", "Commentary on the winning goal:",
                    "The radio guy at 90+3:"),
    "sport_lead": ("for those asking, he's screaming", "the commentator goes", "he yells", "translated, it's"),
    "sport_tail": ("😂", "goosebumps", "legendary", "what a call"),
    "laugh": ("😂😂", "🤣", "LMAOOO", "dead 💀"),
    "prov_intro": ("My grandmother always says:", "As my uncle puts it:", "Old saying from home:", "There's a proverb for this:"),
    "prov_lit": ("Literally", "Literal version:", "Word for word it's", "The literal sense is"),
    "prov_meaning": ("meaning don't count your chickens.", "in other words, every cloud has a silver lining.",
                     "meaning patience pays off.", "i.e. mind your own business."),
    "signoff": ("Best,\nSam", "Regards,\nM.", "Cheers, R.", "Thanks —J"),
    "q_ask": ("what does this say? genuinely curious", "No idea what this is, anyone?", "Can someone tell me what this means?",
              "Would love to know what this says"),
    "q_lead": ("Sure:", "Here you go —", "It says:", "Answering this one:"),
    "spell_lead": ("Small typo first:", "Spelling nit:", "One letter off:", "Quick fix to the spelling:"),
    "spell_mid": ("— anyway, it means:", "That aside:", "Otherwise fine. Translation:", "With that fixed, it's:"),
    "caps_lead": ("IT SAYS:", "SHE SAID", "OMG IT MEANS", "LITERALLY:"),
    "caps_tail": ("!!!", "💀💀", "😭😭", "(sorry caps lock)"),
    "txt_lead": ("ok so it means", "its like", "basically smth like", "tldr:"),
    "txt_tail": ("lol", "ngl", "hope that helps", "np"),
    "part_lead": ("only got the first bit:", "I can do the start:", "first line means", "half of it:"),
    "part_tail": ("no clue about the rest", "someone else can take the rest", "the second sentence is beyond me",
                  "rest is dialect I don't know"),
    "foreign_lead": ("En français :", "Pour les francophones :", "En español:", "Traducción:"),
    "foreign": ("Je ne sais pas ce que cela veut dire, mais c'est joli.", "Nous allons au marché demain matin avec ma sœur.",
                "Es una frase muy bonita, gracias por compartir.", "El tren llega tarde otra vez esta semana."),
    "restate": ("Is this about the flooding last week?", "So this is about her wedding plans, right?",
                "Wait, is he complaining about the new tax?", "Is she talking about the exams?"),
    "joke": ("my Arabic teacher would cry if she saw how little of this I get 😂", "google translate gave me something about a camel, so no",
             "I understood 'and' and that's it", "reading this like I know what it says 🧐"),
    "plus_one": ("same", "this 👆", "+1", "^ this"),
    "gt_link": ("https://translate.google.com/?sl=ar&tl=en&op=translate", "try https://translate.google.com/ lol",
                "just paste it here: translate.google.com", "translate.google.com is your friend"),
    "word_lead": ("I only know", "one word I recognise:", "pretty sure", "the word"),
    "word_tail": ("no idea about the rest", "that's all I've got", "the others escape me", "can't do more than that"),
    "quote_lead": ("Reminds me of the line", "Makes me think of", "Like that old saying:", "Somebody once wrote"),
    "quote_tail": ("— no idea who said it.", "(can't remember the source)", "from a book I read years ago.", "— my teacher's favourite."),
}
_TEXT_SPEAK = {"you": "u", "your": "ur", "because": "bc", "are": "r", "please": "pls", "tonight": "2nite"}
_WORD = regex.compile(r"\b\w+\b")


def check_banks() -> None:
    """Each bank has a phrase for both halves, and no phrase of one half is one of the other, or (6
    characters or more) inside one of the other."""
    tuned = [p for bank in BANKS.values() for p in bank[0::2]]
    held = [p for bank in BANKS.values() for p in bank[1::2]]
    for name, bank in BANKS.items():
        if len(bank) < 2:
            raise AssertionError(f"bank {name}: a phrase for each half needed")
    for h in held:
        for t in tuned:
            if h == t or (len(h) >= 6 and h in t) or (len(t) >= 6 and t in h):
                raise AssertionError(f"{h!r} and {t!r} word both halves")


class Writer(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`): the phrases and handles of its half."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self.handles = list(BANKS["handle"][self.half :: 2])
        self.rng.shuffle(self.handles)

    def say(self, bank: str) -> str:
        """A phrase of ``bank`` from this thread's half."""
        return self.rng.choice(BANKS[bank][self.half :: 2])

    def post(self, parent: str | None, who: int, *pieces: Piece) -> str:
        """Add a comment by person ``who`` (0 the Arabic's poster) under ``parent``; its id."""
        cid = str(len(self.rows) + 1)
        self.rows.append([cid, parent, self.handles[who].lstrip("@"), _blind.joined(cid, pieces, self.spans, self.texts)])
        return cid

    @property
    def english(self) -> str:
        """The translation on a positive, another pair's English on a negative."""
        return " ".join(e.strip() for e in (self.p.example.english if self.p.kind == "pos" else self.p.example.other[:1]))

    def sentences(self) -> list[str]:
        """The English put in, sentence by sentence (two other pairs' on a negative)."""
        ex = self.p.example
        return [e.strip() for e in (ex.english if self.p.kind == "pos" else ex.other)]

    def simple(self, arabic: str = "ar", english: str | None = "en", partial: bool = False) -> None:
        """The thread's one item; its gold ``english`` on a positive."""
        self.items = _blind.partial_items([(arabic, english if self.p.kind == "pos" else None, partial)], self.spans)


def _asked(w: Writer, lead: str = "chatter") -> str:
    """The Arabic posted top-level, with a bystander's reply; the Arabic's id."""
    c1 = w.post(None, 0, ("ar", w.arabic))
    w.post(c1, 3, w.say(lead))
    return c1


# --- X / Twitter -------------------------------------------------------------------------------


def x_quote_post(w: Writer) -> None:
    c1 = _asked(w)
    w.post(c1, 1, w.say("qt_lead"), " ", ("en", w.english), " ", w.say("qt_tail"))
    w.simple()


def x_rt_reply(w: Writer) -> None:
    c1 = w.post(None, 1, "RT ", w.handles[0], ": ", ("ar", w.arabic))
    c2 = w.post(c1, 3, w.handles[1], " ", w.say("x_ask"))
    w.post(c2, 2, w.handles[3], " ", w.handles[1], " ", w.say("x_answer"), " ", ("en", w.english))
    w.simple()


def x_thread_split(w: Writer) -> None:
    """The author's own translation in a two-post thread (🧵 1/2, 2/2): one item, continued."""
    one, two = w.sentences()
    c1 = w.post(None, 0, ("ar", w.arabic), " 🧵")
    lead: list[Piece] = [w.say("split_lead"), " "] if w.p.kind == "pos" else []
    c2 = w.post(c1, 0, "1/2 ", *lead, ("en1", one))
    w.post(c2, 0, "2/2 ", ("en2", two))
    if w.p.kind == "neg":
        w.simple()
        return
    item = _blind.partial_items([("ar", "en1", False)], w.spans)[0]
    item["continued"] = [list(w.spans["en2"])]
    w.items = [item]


def x_author_answers(w: Writer) -> None:
    c1 = w.post(None, 0, ("ar", w.arabic))
    c2 = w.post(c1, 1, w.handles[0], " ", w.say("x_ask"))
    w.post(c2, 0, w.handles[1], " ", ("en", w.english))
    w.simple()


# --- Instagram / TikTok --------------------------------------------------------------------------


def ig_in_comments(w: Writer) -> None:
    c1 = w.post(None, 0, w.say("ig_caption"), " ", ("ar", w.arabic), "\n.\n.\n", w.say("hashtags"), "\n", w.say("ig_pointer"))
    w.post(c1, 1, w.say("ig_fan"))
    w.post(c1, 0, w.say("ig_lead"), " ", ("en", w.english), " ", w.say("ig_tail"))
    w.simple()


def ig_pointer_never(w: Writer) -> None:
    c1 = w.post(None, 0, ("ar", w.arabic), "\n\n", w.say("ig_pointer"))
    c2 = w.post(c1, 1, w.say("x_ask"))
    w.post(c2, 0, w.say("ig_never"))
    w.simple()


def ig_flag_caption(w: Writer) -> None:
    c1 = w.post(None, 0, ("ar", w.arabic), "\n\n", w.say("flag_lead"), " ", ("en", w.english), "\n\n", w.say("hashtags"))
    w.post(c1, 1, w.say("ig_fan"))
    w.simple()


def tiktok_timestamp(w: Writer) -> None:
    c1 = w.post(None, 1, w.say("tt_ask"))
    w.post(c1, 2, w.say("laugh"))
    w.post(c1, 0, w.say("tt_says"), " «", ("ar", w.arabic), "» ", w.say("tt_means"), " \"", ("en", w.english), "\"")
    w.simple()


# --- WhatsApp forwards pasted into a forum ---------------------------------------------------


def wa_dashes(w: Writer) -> None:
    c1 = w.post(None, 1, w.say("forum_paste"))
    w.post(c1, 1, w.say("fwd_intro"), "\n\n*", ("ar", w.arabic), "*\n\n", w.say("dashes"), "\n", ("en", w.english), "\n\n",
           w.say("fwd_tail"))
    w.simple()


def wa_emoji_row(w: Writer) -> None:
    c1 = w.post(None, 1, w.say("forum_paste"), "\n\n*", ("ar", w.arabic), "*\n", w.say("emoji_row"), "\n_", ("en", w.english), "_")
    w.post(c1, 2, w.say("chatter"))
    w.simple()


def _other_arabic(p: Planned) -> str:
    """The Arabic of another pair of the thread's half (not one of its passage's sentences)."""
    while True:
        arabic = p.pool[p.rng.randrange(len(p.pool))][0].strip()
        if arabic not in p.example.arabic:
            return arabic


def wa_two_forwards(w: Writer) -> None:
    """Two forwards in a row, only the second with English under it: the first stays unpaired."""
    other = _other_arabic(w.p)
    c1 = w.post(None, 1, w.say("fwd_intro"), "\n*", ("other", other.strip()), "*")
    w.post(c1, 1, w.say("fwd_intro"), "\n*", ("ar", w.arabic), "*\n", w.say("dashes"), "\n", ("en", w.english))
    w.items = _blind.partial_items([("other", None, False), ("ar", "en", False)], w.spans)


# --- Stack Exchange -----------------------------------------------------------------------------


def _gloss_table(w: Writer) -> str:
    """A word-by-word table of the Arabic's first three words, glossed with its translation's words in
    order (on a negative too: a gloss with no sentence is no translation)."""
    arabic = [t for t in regex.findall(r"\p{Arabic}+", w.arabic)][:3]
    english = [t.lower() for t in _WORD.findall(" ".join(w.p.example.english)) if len(t) > 3][: len(arabic)]
    english += ["?"] * (len(arabic) - len(english))
    return w.say("se_head") + "".join(f"\n| {a} | {e} |" for a, e in zip(arabic, english))


def se_gloss_then_smooth(w: Writer) -> None:
    c1 = w.post(None, 1, w.say("se_q"), "\n\n", ("ar", w.arabic))
    w.post(c1, 2, w.say("se_gloss"), "\n\n", _gloss_table(w), "\n\n", w.say("se_smooth"), " ", ("en", w.english), "\n\n",
           w.say("se_note"))
    w.simple()


def se_gloss_only(w: Writer) -> None:
    c1 = w.post(None, 1, w.say("se_q"), "\n\n", ("ar", w.arabic))
    w.post(c1, 2, w.say("se_gloss"), "\n\n", _gloss_table(w), "\n\n", w.say("se_give_up"))
    w.simple()


# --- poetry, paperwork, homework, listings, sport, proverbs ----------------------------------


def poem_lines(w: Writer) -> None:
    """A two-line verse and a translation in two lines with a lead and a note."""
    ex = w.p.example
    c1 = w.post(None, 0, w.say("poem_intro"), "\n\n", ("ar", "\n".join(a.strip() for a in ex.arabic)), "\n\n", w.say("poet"))
    w.post(c1, 1, w.say("poem_lead"), "\n", ("en", "\n".join(w.sentences())), "\n", w.say("poem_tail"))
    w.simple()


def stamp_says(w: Writer) -> None:
    c1 = w.post(None, 0, w.say("stamp_ask"), "\n", ("ar", w.arabic), "\n", w.say("stamp_ask2"))
    w.post(c1, 1, w.say("stamp_lead"), " ", ("en", w.english), " ", w.say("stamp_tail"))
    w.simple()


def embassy_letter(w: Writer) -> None:
    c1 = w.post(None, 0, w.say("letter_intro"), "\n\n> ", ("ar", w.arabic), "\n\n", w.say("letter_mine"), "\n", ("en", w.english),
                "\n\n", w.say("letter_ask"))
    w.post(c1, 1, w.say("confirm"))
    w.simple()


def _worksheet(w: Writer) -> str:
    ex = w.p.example
    return w.post(None, 0, w.say("hw_ask1"), " ", ("ar", w.arabic), " ", w.say("hw_ask2"), " \"", ("kid", ex.other[1].strip()),
                  "\" ", w.say("hw_ask3"))


def homework_corrected(w: Writer) -> None:
    """The child's wrong answer quoted in the question; the parent's correction is the translation."""
    w.post(_worksheet(w), 1, w.say("hw_fix"), " ", ("en", w.english))
    w.simple()


def homework_no_help(w: Writer) -> None:
    w.post(_worksheet(w), 1, w.say("hw_nohelp"))
    w.simple()


def listing(w: Writer) -> None:
    c1 = w.post(None, 0, w.say("list_head"), "\n", ("ar", w.arabic), "\n———\n", ("en", w.english), "\n", w.say("list_tail"))
    w.post(c1, 1, w.say("list_q"))
    w.simple()


def sport_call(w: Writer) -> None:
    c1 = w.post(None, 0, w.say("sport_intro"), "\n\"", ("ar", w.arabic), "\"")
    w.post(c1, 1, w.say("laugh"))
    w.post(c1, 2, w.say("sport_lead"), " \"", ("en", w.english), "\" ", w.say("sport_tail"))
    w.simple()


def proverb(w: Writer) -> None:
    """"Literally '...', meaning ...": the literal rendering is the gold, the reading after it is not."""
    c1 = w.post(None, 0, w.say("prov_intro"), " ", ("ar", w.arabic))
    w.post(c1, 1, w.say("prov_lit"), " \"", ("en", w.english), "\", ", w.say("prov_meaning"))
    w.simple()


# --- replies: e-mail quoting, quoted questions, spelling fixes, caps, text-speak, partial -------


def email_quote(w: Writer) -> None:
    ex = w.p.example
    c1 = w.post(None, 0, ("ar", w.arabic))
    quoted = "\n".join("> " + a.strip() for a in ex.arabic)
    w.post(c1, 1, quoted, "\n\n", ("en", w.english), "\n\n", w.say("signoff"))
    w.simple()


def quoted_question(w: Writer) -> None:
    c1 = w.post(None, 0, ("ar", w.arabic))
    question = w.say("q_ask")
    w.post(c1, 1, question)
    w.post(c1, 2, "> ", question, "\n\n", w.say("q_lead"), " ", ("en", w.english))
    w.simple()


def _respelled(arabic: str) -> str:
    """The Arabic's longest word, one letter changed, starred as a correction is."""
    word = str(max(regex.findall(r"\p{Arabic}+", arabic), key=len))
    for old, new in (("ة", "ه"), ("ه", "ة"), ("ى", "ي"), ("ا", "أ")):
        if old in word:
            return "*" + word.replace(old, new, 1)
    return "*" + word + "ا"


def spelling_fixed(w: Writer) -> None:
    c1 = w.post(None, 0, ("ar", w.arabic))
    w.post(c1, 1, w.say("spell_lead"), " ", _respelled(w.arabic), " ", w.say("spell_mid"), " ", ("en", w.english))
    w.simple()


def all_caps(w: Writer) -> None:
    c1 = _asked(w)
    w.post(c1, 1, w.say("caps_lead"), " ", ("en", w.english.upper()), " ", w.say("caps_tail"))
    w.simple()


def text_speak(english: str) -> str:
    """English as a hurried phone user types it: lower case, no final stop, u / ur / bc."""
    lowered = english.lower().rstrip(". ")
    return _WORD.sub(lambda m: _TEXT_SPEAK.get(m.group(0), m.group(0)), lowered)


def texted(w: Writer) -> None:
    c1 = _asked(w, "x_ask")
    w.post(c1, 1, w.say("txt_lead"), " ", ("en", text_speak(w.english)), " ", w.say("txt_tail"))
    w.simple()


def partial_first(w: Writer) -> None:
    c1 = _asked(w, "x_ask")
    w.post(c1, 1, w.say("part_lead"), " ", ("en", w.sentences()[0]), " ", w.say("part_tail"))
    w.simple(partial=True)


# --- negatives that look like answers -----------------------------------------------------------


def _one_reply(bank: str) -> Callable[[Writer], None]:
    def builder(w: Writer) -> None:
        c1 = w.post(None, 0, ("ar", w.arabic))
        w.post(c1, 1, w.say(bank))
        w.simple()

    return builder


def in_french_or_spanish(w: Writer) -> None:
    c1 = w.post(None, 0, ("ar", w.arabic))
    w.post(c1, 1, w.say("foreign_lead"), " ", w.say("foreign"))
    w.simple()


def plus_ones(w: Writer) -> None:
    c1 = w.post(None, 0, ("ar", w.arabic))
    w.post(c1, 1, w.say("plus_one"))
    w.post(c1, 2, w.say("plus_one"))
    w.simple()


def word_gloss(w: Writer) -> None:
    word = regex.findall(r"\p{Arabic}+", w.arabic)[0]
    gloss = next((t.lower() for t in _WORD.findall(" ".join(w.p.example.english)) if len(t) > 3), "thing")
    c1 = w.post(None, 0, ("ar", w.arabic))
    w.post(c1, 1, w.say("word_lead"), " ", word, " = '", gloss, "', ", w.say("word_tail"))
    w.simple()


def quotes_other_text(w: Writer) -> None:
    c1 = w.post(None, 0, ("ar", w.arabic))
    w.post(c1, 1, w.say("quote_lead"), " \"", ("en", w.english), "\" ", w.say("quote_tail"))
    w.simple()


Builder = Callable[[Writer], None]
# name -> (builder, sentences of the passage, kind)
SHAPES: dict[str, tuple[Builder, int, str]] = {
    "X quote-post translates": (x_quote_post, 1, "pos"),
    "X RT, third person answers": (x_rt_reply, 1, "pos"),
    "X thread 1/2 2/2 split": (x_thread_split, 2, "pos"),
    "Instagram caption, English in comments": (ig_in_comments, 1, "pos"),
    "Instagram caption with flag and English": (ig_flag_caption, 1, "pos"),
    "TikTok timestamp, quoted and translated": (tiktok_timestamp, 1, "pos"),
    "WhatsApp forward, English under dashes": (wa_dashes, 1, "pos"),
    "WhatsApp, English under emoji row": (wa_emoji_row, 1, "pos"),
    "WhatsApp two forwards, second translated": (wa_two_forwards, 1, "pos"),
    "Stack Exchange gloss table then smooth": (se_gloss_then_smooth, 1, "pos"),
    "poem in lines, rough attempt": (poem_lines, 2, "pos"),
    "paperwork stamp says": (stamp_says, 1, "pos"),
    "embassy letter quoted, own translation": (embassy_letter, 1, "pos"),
    "homework, kid wrong, parent corrects": (homework_corrected, 1, "pos"),
    "marketplace listing bilingual": (listing, 1, "pos"),
    "sports commentator quoted": (sport_call, 1, "pos"),
    "proverb literally, meaning": (proverb, 1, "pos"),
    "email-style quote then reply": (email_quote, 2, "pos"),
    "translator answers quoted question": (quoted_question, 1, "pos"),
    "spelling corrected then translation": (spelling_fixed, 1, "pos"),
    "translation in ALL CAPS": (all_caps, 1, "pos"),
    "translation in text-speak": (texted, 1, "pos"),
    "partial, first sentence by another": (partial_first, 2, "pos"),
    "X author answers with handles": (x_author_answers, 1, "pos"),
    "neg: French or Spanish reply": (in_french_or_spanish, 1, "neg"),
    "neg: English question restating topic": (_one_reply("restate"), 1, "neg"),
    "neg: joke reply": (_one_reply("joke"), 1, "neg"),
    "neg: same / +1 / this": (plus_ones, 1, "neg"),
    "neg: Google Translate link": (_one_reply("gt_link"), 1, "neg"),
    "neg: partial word gloss": (word_gloss, 1, "neg"),
    "neg: quotes unrelated English": (quotes_other_text, 1, "neg"),
    "neg: X thread 1/2 other English": (x_thread_split, 2, "neg"),
    "neg: WhatsApp forward, other English": (wa_dashes, 1, "neg"),
    "neg: gloss table, no sentence": (se_gloss_only, 1, "neg"),
    "neg: homework, no help": (homework_no_help, 1, "neg"),
    "neg: Instagram pointer, never posted": (ig_pointer_never, 1, "neg"),
}


def _key(text: str) -> list[str]:
    """Text's words without case, punctuation or text-speak (``u`` is ``you``)."""
    back = {short: word for word, short in _TEXT_SPEAK.items()}
    return [back.get(t, t) for t in regex.sub(r"[\p{P}\p{S}]+", " ", text.casefold()).split()]


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation ``want``: nothing around it, the same words up to case,
    punctuation, white space (a poem's lines) and text-speak."""
    return gold == gold.strip() and _key(gold) == _key(" ".join(want))


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every gold span, its parts joined where a translation is split over posts, is its translation by
    :func:`same` (:func:`_blind.check_gold_parts`). Raises AssertionError naming the thread."""
    _blind.check_gold_parts(threads, sources, same)


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, OUT, TUNED, HELD_OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
