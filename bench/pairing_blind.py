"""Round 15 of issue 14's pairing development set, written blind: threads worded the way people
write on Reddit, YouTube, X, Disqus and news sites, by someone who has not read the pairing code
nor the wordings of rounds 1-14.

Every thread is one shape (25 kinds of translation found somewhere in the thread, 10 kinds of
replies that are no translation), built from the same real Arabic/English pairs as the other rounds
(Tatoeba, TICO-19, ArzEn-ST through :func:`pairing_devset.load_sources`, split into tuned and
held-out pairs exactly as :func:`pairing_devset.build` splits them). Every phrase bank below is cut
in two halves (even and odd entries): tuned threads are worded from the first, held-out threads
from the second, so no phrase of one half appears in the other. A gold span runs from the
translation's first character to its last, leads, notes, hedges, emoji and signatures excluded;
every span is checked to slice to the text that was put there.

Run: python3 bench/pairing_blind.py [--out PATH] [--tuned 4] [--held-out 2]
Score: python3 bench/bench_pairing.py --devset-only --no-shapes --devset ~/.cache/bilingual/pairing-devset-round15.jsonl --split tuned
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
import pairing_devset  # noqa: E402  (bench/pairing_devset.py, beside this file)
from pairing_devset import Example  # noqa: E402

OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round15.jsonl"
SEED = 15
SPLITS = ("tuned", "held-out")
MARKS = ("a", "a2", "t", "t2")  # the slots whose spans are gold: Arabic passages and translations
_SLOT = re.compile(r"\{(\w+)\}")

# ------------------------------------------------------------------------------------------
# Phrase banks: even entries word tuned threads, odd entries held-out ones.

BANKS: dict[str, tuple[str, ...]] = {
    "user": (
        "sam_k", "layla.m", "xXdesertXx", "Jenny R", "abu_omar88", "throwaway_4471", "mike from ohio", "noor ✨",
        "TheRealKhaled", "Brenda Walsh", "kareem_dev", "yasmin.h", "grumpycat2000", "DrAhmadF", "lurker_since_09",
        "Marta G.", "zz_top_fan", "hana_b", "OldManJenkins", "rami.s", "coffee_addict", "Fatima Z", "pete_the_great",
        "salma_22",
    ),
    "post": (
        "{a}", "{a} ❤️", "saw this written on a wall downtown\n\n{a}", "{a} 🌙", "{a} 🤲", "my grandma used to say this all the time\n{a}",
        "{a}\n\nthoughts?", "lol\n{a}", "{a} 🔥🔥", "{a}\n\n#repost", "found this in my dad's old notebook:\n{a}", "{a} 💯",
    ),
    "request": (
        "what does this say?", "translation pls 🙏", "english???", "wat does it mean", "can someone transalte this for the rest of us",
        "que dice? 😅", "Would anyone be kind enough to translate?", "ok but what does it MEAN", "any arabic speakers here? what's this",
        "was heißt das auf Englisch?", "Translate please, I'm curious!", "sorry, I don't speak Arabic. Meaning?", "tl;dr in english?",
        "c'est quoi en anglais ?", "Can u translate", "eli5 what this says", "Someone pls explain what this means 😭", "meaning???",
        "ya3ni what? 😂", "Can we get an english translation", "hello translation?", "I wish I could read this. What does it say?",
    ),
    "author_answer": (
        "it says: {t}", "lol ok so basically {t}", "english version:\n{t}", "Roughly translated: {t}", "sure! {t}", "it means \"{t}\"",
        "haha sorry. {t}", "Translation: {t}", "In English it's something like: {t}", "My bad, here:\n{t}", "literally: {t}",
        "{t} (rough translation)", "It roughly translates to {t}", "ok so:\n\n{t}", "basically it's saying {t}", "np! {t}",
    ),
    "note": (
        "\n\n(not a native speaker so could be off)", " - my arabic is rusty tho", "\n\nhope that helps", " 🙂", "\n\nedit: typo",
        "\n\nit sounds better in arabic tbh", "\n\nthe last word is slang btw", " lol", "\n\nSource: I'm Egyptian", " (more or less)",
        "\n\nsomeone correct me if I'm wrong", "\n\nanyway that's the gist",
    ),
    "third_answer": (
        "Not OP but it says: {t}", "{t}\n\nnative speaker here", "it's \"{t}\"", "OP said: {t}", "Translation for you: {t}", "Means {t}",
        "he's saying {t}", "fwiw: {t}", "I got you: {t}", "She says: {t}", "From what I can tell: {t}", "{t} ← that's what it says",
    ),
    "self_reply": (
        "for the non-Arabic speakers: {t}", "(translation: {t})", "english: {t}", "= {t}", "meaning: {t}", "tl: {t}",
        "for my english friends 👉 {t}", "In case anyone wonders, {t}", "translation below\n\n{t}", "EN - {t}",
    ),
    "same_after": (
        "{a}\n\n{t}", "{a}\n({t})", "{a}\n\nEN: {t}", "{a}\n— {t}", "{a}\n\ntranslation for my non arab friends: {t}", "{a} = {t}",
        "{a}\n\n[{t}]", "{a}\n\nwhich means {t}", "{a}\n\n🇬🇧 {t}", "{a}\n\nEnglish:\n{t}",
    ),
    "same_before": (
        "{t}\n\n{a}", "{t}\nin arabic:\n{a}", "\"{t}\"\n\n{a}", "My favourite quote: {t}\n{a}", "{t} / {a}", "English first: {t}\n\nOriginal: {a}",
        "{t}\n\n(original below)\n{a}", "Dad's advice: {t}\n\n{a}",
    ),
    "quote_translate": (
        "> {q}\n\n{t}", "> {q}\n\nThis means: {t}", "\"{q}\"\n= {t}", ">{q}\n{t}\n\nif I'm not mistaken", "{q} → {t}",
        "quoting: {q}\ntranslation: {t}", "> {q}\n\nlit. {t}", "\"{q}\" is basically \"{t}\"",
    ),
    "chat": (
        "first", "who's here in 2024?", "the algorithm brought me here", "This comment section is wild", "underrated video",
        "Great article, thanks for sharing.", "Anyone know the song at 2:31?", "lmao", "I'm here from the other thread",
        "The editing on this is great", "Been waiting for this", "Source?", "this aged well", "Upvoted for visibility",
        "Can't believe this only has 200 views", "whoever is reading this, have a nice day",
    ),
    "late": (
        "@{user} sorry just saw this. it means {t}", "Late, but: {t}", "For whoever asked earlier, it says {t}",
        "coming back to this - {t}", "Since a few people asked: {t}", "ok I'm back. {t}", "@{user} {t}\n\nsorry for the late reply",
        "Sorry, was at work. It says {t}",
    ),
    "later_top": (
        "re my arabic comment earlier: {t}", "Translation of my post above for those who asked: {t}", "(my comment above) = {t}",
        "Ok since people keep asking what I wrote: {t}", "English version of what I posted: {t}", "To everyone DMing me: it means {t}",
        "My first comment translated: {t}", "Edit since I can't edit: my comment above means {t}",
    ),
    "attempt": (
        "something about \"{f}...\"? not sure", "I only got \"{f}\" lol", "{f}... something? my arabic is bad",
        "maybe \"{f}\"?", "I think it starts with {f} but idk", "{f} something something",
    ),
    "correct": (
        "That's not quite it. It's {t}", "nope, closer to: {t}", "Not quite, it says {t}", "@{user} that's half of it lol. {t}",
        "Actually it means {t}", "Correction: {t}", "Here's the whole thing: {t}", "@{user} close! full version: {t}",
    ),
    "partial": (
        "First sentence is {t} no idea about the rest", "{t} ... can't make out the second part",
        "Only know the first bit: {t}", "the beginning says {t} (rest is dialect I don't get)", "{t}\n\nthat's just the first half sorry",
        "start: {t} - someone else do the rest 😅", "I can do the first part: {t}", "{t}\n\n(the rest I'm not sure about)",
    ),
    "split": (
        "{t} (1/2)|(2/2) {t2}", "{t}...|...{t2}", "{t}|and the second line: {t2}", "first part: {t}|second part: {t2}",
        "{t} cont.|{t2}", "{t}|oops forgot the rest: {t2}", "{t} [1/2]|[2/2] {t2}", "{t}|then: {t2}",
    ),
    "signature": (
        "{t}\n\n- {me}", "{t}\n\nCheers,\n{me}", "{t}\n\n~{me} (native speaker)", "{t} //{me}", "{t}\n\nHope this helps!\n{me}",
        "{t}\n\n-- sent from my phone", "{t}\n\nregards, {me}", "{t}\n\n{me} out ✌️",
    ),
    "thanks": (
        "Thanks for asking! {t}", "omg someone finally asked 😂 {t}", "Good question. {t}", "thank you for your interest!! {t}",
        "Ha, glad you asked. {t}", "thx for the q. {t}", "Aww thanks for caring. {t}", "Happy to help. {t}",
    ),
    "lines": (
        "It says:\n{t}", "Here:\n\n{t}", "translation:\n\n{t}", "here you go\n{t}", "line by line:\n{t}", "{t}\n\n(two lines, like the original)",
    ),
    "quoted": (
        "it’s a proverb: “{t}”", "\"{t}\" - that's what it says", "it's like '{t}'", "The sign says “{t}” lol", "Meaning: \"{t}\"",
        "translates to «{t}»", "He wrote \"{t}\", if anyone cares", "it's 'basically' \"{t}\"",
    ),
    "emoji": (
        "{t} 😂😂", "😭😭 {t}", "{t} 💀", "🙏 {t} 🙏", "{t} 🤣 classic", "✨{t}✨", "{t} 😅😅😅", "👇\n{t}",
    ),
    "foreign_request": (
        "que significa? 🤔", "was bedeutet das?", "traduction svp", "ano daw ibig sabihin", "cosa vuol dire?", "o que significa isso?",
        "çeviri lütfen", "terjemahan please",
    ),
    "foreign_answer": (
        "In English: {t}", "(English) {t}", "sorry I only speak english and arabic 😅 {t}", "{t}\n\n(in english bc I don't speak spanish sorry)",
        "english ok? {t}", "Here's the English: {t}", "no hablo español lol but: {t}", "Can only do English: {t}",
    ),
    "mention": (
        "@{user} {t}", "@{user} it says {t}", "{t} @{user}", "@{user}\n{t}", "@{user} here: {t}", "@{user} lol {t}",
        "@{user} ☝️ {t}", "@{user} means {t}",
    ),
    "context": (
        "It's an old saying people use when someone is being stubborn. Literally: {t}",
        "It's from a song. The line goes: {t}",
        "Context: it's a reply to the guy in the video. He's saying {t}",
        "This is Egyptian dialect, so it's a bit loose, but: {t}",
        "It's a quote from a news report. {t}",
        "It's what my teacher wrote on the board. Translated: {t}",
        "It's a line from a film everyone here knows. {t}",
        "My aunt posted it on Facebook. Word for word: {t}",
    ),
    "note_after": (
        "{t}\n\nThe word for it doesn't really translate though", "{t} (in Egyptian slang)", "{t}\n\nNote: it's more polite in Arabic",
        "{t} That's the gist anyway.", "{t}\n\nPS it's a bit of a pun in arabic", "{t} -- word for word, it reads weirder",
        "{t}\n\n(the grammar is very formal, like old books)", "{t} Sounds less dramatic in the original.",
    ),
    "aside": (
        "lol same", "this is so relatable", "why is this so true", "Came here to say this", "hahaha", "my mom every day",
        "honestly", "bro 😂",
    ),
    "ask_op": (
        "wait what did OP say?", "lol what does the post even say", "can someone tell me what the original says", "what's the OP mean though",
        "ok but what does the arabic say", "translation of the top comment?",
    ),
    "hedge": (
        "roughly: {t} (don't quote me)", "{t}? I think", "I think it's \"{t}\" but I might be wrong", "Something like {t} idk",
        "prob {t}", "{t} — if I remember my Arabic classes right", "I'd say {t} but there's nuance", "my best guess: {t}",
    ),
    "news": (
        "For readers who don't read Arabic, the guest above wrote: {t} Which is exactly the point the article makes.",
        "The comment above says: {t} I could not agree more.",
        "Translation of the previous commenter: {t} Make of it what you will.",
        "He wrote: {t} And people wonder why nothing changes.",
        "What the Arabic says: {t} Interesting perspective, to say the least.",
        "Google tells me the commenter said {t} Fair point, frankly.",
        "In plain English the commenter is saying {t} The article misses that entirely.",
        "That reads: {t} Worth thinking about.",
    ),
    "discuss": (
        "This is so true. My family says the same thing.", "Posting this in 2024 hits different", "people really need to hear this",
        "I don't agree with this at all tbh", "the calligraphy version of this is gorgeous", "My teacher used to say this before every exam lol",
        "I've heard a different version of this from my uncle", "Is this from the old TV series?",
    ),
    "discuss_back": (
        "right?? my dad too", "fair, people see it differently", "yes! same in our house", "which version did he say?",
        "exactly 💯", "it could be, I'm not sure",
    ),
    "argue": (
        "That's not what happened and you know it.", "Source? This sounds made up.", "Typical. Always blaming others.",
        "Nobody in my city thinks like this.", "You people never change.", "This is exactly the problem with this sub.",
    ),
    "argue_back": (
        "Read the news for once.", "I was there, you weren't.", "Keep telling yourself that.", "Ok buddy.",
        "Go outside and ask anyone.", "Cope harder.",
    ),
    "joke": (
        "I understood nothing but I agree 😂", "me pretending I can read this: 🧐", "google translate gave up lol",
        "my 3 weeks of duolingo are not enough for this 💀", "reading this right to left and still lost", "saving this for when I finally learn arabic",
        "the font alone is a vibe", "I read it in my mom's angry voice somehow",
    ),
    "ask_back": (
        "why do you want to know? 😂", "google it lol", "it's a long story", "you don't want to know trust me", "hmm hard to translate honestly",
        "is it not obvious?", "guess first 👀", "ask your Arab friend lol",
    ),
    "ask_back_reply": (
        "fair enough", "ok rude lol", "just curious!", "come on 😭", "lol ok", "I'll figure it out myself then",
    ),
    "else_question": (
        "where was this taken?", "what font is this?", "is this Egyptian or Levantine?", "which app did you use to type this?",
        "Who wrote this originally?", "Is this from the Quran?", "how old is this?", "did you write this yourself?",
    ),
    "else_answer": (
        "Cairo, last summer.", "No idea, found it on Pinterest.", "Egyptian, my mom is from Alexandria.", "Just the normal phone keyboard.",
        "Nobody knows, it's been around forever.", "No, it's just a saying people use.", "At least fifty years I think.",
        "Nope, my brother did. I just posted it.",
    ),
    "praise": (
        "beautiful 😍", "mashallah 🤍", "Your handwriting is so nice", "love this!!", "this made my day", "So beautiful, thank you for sharing.",
        "Wow. Just wow.", "needed this today 🥹",
    ),
    "praise_back": (
        "thank you!! ❤️", "aww thanks", "glad you liked it", "🙏🙏", "thanks habibi", "appreciate it!",
    ),
    "other_translation": (
        "unrelated, but the caption on the second pic says: {x}", "the guy at 1:02 says {x}", "Reminds me of this one: {x}",
        "The headline in the Arabic edition was: {x}", "My favourite line from the same author: {x}", "On the back of the card it says {x}",
        "the song playing in the background: {x}", "The other sign in the picture reads {x}",
    ),
    "rebut": (
        "That's just not true.", "lol no. Nobody believes this anymore.", "And who exactly decided that?", "This is propaganda, plain and simple.",
        "Says who?", "Sure, and I'm the king of England.", "Tell that to the people living there.", "Wrong on every level.",
    ),
    "bump": (
        "bump", "+1 need translation", "also wondering", "following", "same question", "up 🙏",
    ),
    "no_translate": (
        "lol it's an inside joke, can't translate it", "it doesn't really work in English sorry", "DM me", "it's a private thing 🙂",
        "not gonna translate this one 😅", "trust me it loses everything in English",
    ),
    "author_chat": (
        "sorry for the formatting, on mobile", "edit: posted twice, deleted the other one", "why is this getting downvoted?",
        "this is my first post here, be nice 😅", "can't believe this blew up", "mods pls don't remove",
    ),
}


def half(bank: str, split: str) -> tuple[str, ...]:
    """The phrases of ``bank`` that ``split`` may use: even entries for tuned, odd for held-out."""
    return BANKS[bank][SPLITS.index(split) :: 2]


# ------------------------------------------------------------------------------------------
# A thread under construction.


@dataclass
class Draft:
    """The comments of one thread, the spans of its marked slots, and its items (passage, translation)."""

    rows: list[list[str | None]] = field(default_factory=list)
    spans: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    items: list[tuple[str, str | None, tuple[str, ...]]] = field(default_factory=list)

    def post(self, parent: str | None, author: str, template: str, **fill: str) -> str:
        """Add a comment worded by ``template`` with its ``{slots}`` filled; record where each
        marked slot (:data:`MARKS`) lands. Returns the comment's id."""
        cid = str(len(self.rows) + 1)
        out: list[str] = []
        at = 0
        for k, piece in enumerate(_SLOT.split(template)):
            text = fill[piece] if k % 2 else piece
            if k % 2 and piece in MARKS:
                if piece in self.spans:
                    raise ValueError(f"slot {piece} filled twice")
                self.spans[piece] = (cid, at, at + len(text))
                self.texts[piece] = text
            out.append(text)
            at += len(text)
        self.rows.append([cid, parent, author, "".join(out)])
        return cid

    def item(self, arabic: str, translation: str | None, *continued: str) -> None:
        """A passage of the thread (its slot), the slot of its translation (None: nobody
        translates it) and the slots of the translation's later parts."""
        self.items.append((arabic, translation, continued))


@dataclass
class Words:
    """The wording of one thread: phrases from its split's halves, and distinct user names."""

    split: str
    rng: random.Random
    taken: list[str] = field(default_factory=list)

    def __call__(self, bank: str) -> str:
        return self.rng.choice(half(bank, self.split))

    def user(self) -> str:
        """A user name not yet in the thread."""
        name = self("user")
        while name in self.taken:
            name = self("user")
        self.taken.append(name)
        return name


def english(ex: Example) -> str:
    return pairing_devset._join(ex.english)


def arabic(ex: Example) -> str:
    return pairing_devset._join(ex.arabic)


def handle(name: str) -> str:
    """A user name as an @-mention writes it (no spaces)."""
    return name.replace(" ", "_")


def fragment(text: str) -> str:
    """The first half of a translation's words (a third person's failed attempt)."""
    words = text.split()
    return " ".join(words[: max(2, len(words) // 2)]).rstrip(".,!?")


# ------------------------------------------------------------------------------------------
# Shapes with a translation. Each builder fills a draft; ``A`` is the Arabic's author.


def _asked(d: Draft, ex: Example, w: Words, answer: str, by_author: bool = True, note: str = "") -> None:
    """The Arabic, a request under it, an answer under the request (by the author or a third person)."""
    a, b = w.user(), w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    ask = d.post(post, b, w("request"))
    d.post(ask, a if by_author else w.user(), answer + note, t=english(ex), user=handle(b))
    d.item("a", "t")


def request_author(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, w("author_answer"))


def request_author_note(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, "{t}", note=w("note"))


def request_third(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, w("third_answer"), by_author=False)


def own_reply(d: Draft, ex: Example, w: Words) -> None:
    a = w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    d.post(post, a, w("self_reply"), t=english(ex))
    d.item("a", "t")


def same_after(d: Draft, ex: Example, w: Words) -> None:
    d.post(None, w.user(), w("same_after"), a=arabic(ex), t=english(ex))
    d.item("a", "t")


def same_before(d: Draft, ex: Example, w: Words) -> None:
    d.post(None, w.user(), w("same_before"), a=arabic(ex), t=english(ex))
    d.item("a", "t")


def quote_translate(d: Draft, ex: Example, w: Words) -> None:
    post = d.post(None, w.user(), w("post"), a=arabic(ex))
    d.post(post, w.user(), w("aside"))
    d.post(post, w.user(), w("quote_translate"), q=arabic(ex), t=english(ex))
    d.item("a", "t")


def _chatter(d: Draft, w: Words, under: str, count: int) -> None:
    """``count`` unrelated comments, top-level or under ``under``."""
    for _ in range(count):
        d.post(None if w.rng.random() < 0.5 else under, w.user(), w("chat"))


def far_down(d: Draft, ex: Example, w: Words) -> None:
    a, b = w.user(), w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    ask = d.post(post, b, w("request"))
    _chatter(d, w, post, 4 + w.rng.randrange(3))
    d.post(ask, a, w("late"), t=english(ex), user=handle(b))
    d.item("a", "t")


def later_top_level(d: Draft, ex: Example, w: Words) -> None:
    a = w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    d.post(post, w.user(), w("request"))
    _chatter(d, w, post, 2 + w.rng.randrange(3))
    d.post(None, a, w("later_top"), t=english(ex))
    d.item("a", "t")


def correction(d: Draft, ex: Example, w: Words) -> None:
    post = d.post(None, w.user(), w("post"), a=arabic(ex))
    ask = d.post(post, w.user(), w("request"))
    helper = w.user()
    attempt = d.post(ask, helper, w("attempt"), f=fragment(english(ex)))
    d.post(attempt, w.user(), w("correct"), t=english(ex), user=handle(helper))
    d.item("a", "t")


def partial_third(d: Draft, ex: Example, w: Words) -> None:
    post = d.post(None, w.user(), w("post"), a=arabic(ex))
    ask = d.post(post, w.user(), w("request"))
    d.post(ask, w.user(), w("partial"), t=ex.english[0].strip())
    d.item("a", "t")


def split_comments(d: Draft, ex: Example, w: Words) -> None:
    a = w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    ask = d.post(post, w.user(), w("request"))
    first, second = w("split").split("|")
    one = d.post(ask, a, first, t=ex.english[0].strip())
    d.post(one, a, second, t2=ex.english[1].strip())
    d.item("a", "t", "t2")


def signature(d: Draft, ex: Example, w: Words) -> None:
    a = w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    ask = d.post(post, w.user(), w("request"))
    d.post(ask, a, w("signature"), t=english(ex), me=a.split()[0])
    d.item("a", "t")


def thanks_first(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, w("thanks"))


def multiline(d: Draft, ex: Example, w: Words) -> None:
    a = w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    ask = d.post(post, w.user(), w("request"))
    d.post(ask, a, w("lines"), t="\n".join(s.strip() for s in ex.english))
    d.item("a", "t")


def quoted_translation(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, w("quoted"), by_author=False)


def emoji(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, w("emoji"))


def foreign_request(d: Draft, ex: Example, w: Words) -> None:
    a = w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    ask = d.post(post, w.user(), w("foreign_request"))
    d.post(ask, a, w("foreign_answer"), t=english(ex))
    d.item("a", "t")


def mention(d: Draft, ex: Example, w: Words) -> None:
    a, b = w.user(), w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    d.post(post, b, w("request"))
    d.post(post, a, w("mention"), t=english(ex), user=handle(b))
    d.item("a", "t")


def context_before(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, w("context"), by_author=w.rng.random() < 0.5)


def note_after(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, w("note_after"))


def deep_chain(d: Draft, ex: Example, w: Words) -> None:
    a = w.user()
    post = d.post(None, a, w("post"), a=arabic(ex))
    aside = d.post(post, w.user(), w("aside"))
    ask = d.post(aside, w.user(), w("ask_op"))
    d.post(ask, a, w("author_answer"), t=english(ex))
    d.item("a", "t")


def hedge(d: Draft, ex: Example, w: Words) -> None:
    _asked(d, ex, w, w("hedge"), by_author=False)


def news_commentary(d: Draft, ex: Example, w: Words) -> None:
    post = d.post(None, w.user(), w("post"), a=arabic(ex))
    d.post(None, w.user(), w("discuss"))
    d.post(post, w.user(), w("news"), t=english(ex))
    d.item("a", "t")


def two_posts(d: Draft, ex: Example, w: Words) -> None:
    """The author posts two Arabic sentences apart; only the first is asked about and translated."""
    a = w.user()
    post = d.post(None, a, w("post"), a=ex.arabic[0].strip())
    ask = d.post(post, w.user(), w("request"))
    d.post(ask, a, w("author_answer"), t=ex.english[0].strip())
    d.post(None, w.user(), w("chat"))
    d.post(None, a, "{a2}", a2=ex.arabic[1].strip())
    d.item("a", "t")
    d.item("a2", None)


# ------------------------------------------------------------------------------------------
# Shapes without a translation: nothing may be paired.


def _posted(d: Draft, ex: Example, w: Words) -> tuple[str, str]:
    """The Arabic post of a negative thread (its author, its id)."""
    a = w.user()
    return a, d.post(None, a, w("post"), a=arabic(ex))


def discuss(d: Draft, ex: Example, w: Words) -> None:
    _, post = _posted(d, ex, w)
    talk = d.post(post, w.user(), w("discuss"))
    d.post(talk, w.user(), w("discuss_back"))
    d.item("a", None)


def argue(d: Draft, ex: Example, w: Words) -> None:
    a, post = _posted(d, ex, w)
    talk = d.post(post, w.user(), w("argue"))
    d.post(talk, a, w("argue_back"))
    d.item("a", None)


def joke(d: Draft, ex: Example, w: Words) -> None:
    _, post = _posted(d, ex, w)
    d.post(post, w.user(), w("joke"))
    d.post(post, w.user(), w("joke"))
    d.item("a", None)


def ask_back(d: Draft, ex: Example, w: Words) -> None:
    a, post = _posted(d, ex, w)
    b = w.user()
    ask = d.post(post, b, w("request"))
    back = d.post(ask, a, w("ask_back"))
    d.post(back, b, w("ask_back_reply"))
    d.item("a", None)


def answers_else(d: Draft, ex: Example, w: Words) -> None:
    a, post = _posted(d, ex, w)
    ask = d.post(post, w.user(), w("else_question"))
    d.post(ask, a, w("else_answer"))
    d.item("a", None)


def praise(d: Draft, ex: Example, w: Words) -> None:
    a, post = _posted(d, ex, w)
    nice = d.post(post, w.user(), w("praise"))
    d.post(nice, a, w("praise_back"))
    d.item("a", None)


def translates_other(d: Draft, ex: Example, w: Words) -> None:
    _, post = _posted(d, ex, w)
    d.post(post, w.user(), w("other_translation"), x=ex.other[0].strip())
    d.item("a", None)


def quote_rebut(d: Draft, ex: Example, w: Words) -> None:
    _, post = _posted(d, ex, w)
    d.post(post, w.user(), "> {q}\n\n" + w("rebut"), q=arabic(ex))
    d.item("a", None)


def unanswered(d: Draft, ex: Example, w: Words) -> None:
    a, post = _posted(d, ex, w)
    ask = d.post(post, w.user(), w("request"))
    d.post(ask, w.user(), w("bump"))
    d.post(ask, a, w("no_translate"))
    d.item("a", None)


def author_chat(d: Draft, ex: Example, w: Words) -> None:
    a, post = _posted(d, ex, w)
    d.post(post, a, w("author_chat"))
    d.post(post, w.user(), w("chat"))
    d.item("a", None)


Builder = Callable[[Draft, Example, Words], None]
# name -> (builder, Arabic sentences, kind)
SHAPES: dict[str, tuple[Builder, int, str]] = {
    "request, author answers": (request_author, 2, "pos"),
    "request, author answers with a note": (request_author_note, 1, "pos"),
    "request, third person answers": (request_third, 1, "pos"),
    "author's own reply": (own_reply, 1, "pos"),
    "same comment, after the Arabic": (same_after, 1, "pos"),
    "same comment, before the Arabic": (same_before, 1, "pos"),
    "third person quotes, then translates": (quote_translate, 1, "pos"),
    "answer far down the thread": (far_down, 1, "pos"),
    "author's later top-level comment": (later_top_level, 1, "pos"),
    "correction of a partial attempt": (correction, 1, "pos"),
    "partial translation by a third person": (partial_third, 2, "pos"),
    "translation split over two comments": (split_comments, 2, "pos"),
    "signed answer": (signature, 1, "pos"),
    "thanks, then the translation": (thanks_first, 1, "pos"),
    "translation over two lines": (multiline, 2, "pos"),
    "translation in quotation marks": (quoted_translation, 1, "pos"),
    "translation with emoji": (emoji, 1, "pos"),
    "request in another language": (foreign_request, 1, "pos"),
    "@-mention answer": (mention, 1, "pos"),
    "context sentence, then the translation": (context_before, 1, "pos"),
    "translation, then a note": (note_after, 1, "pos"),
    "answer deep in a reply chain": (deep_chain, 1, "pos"),
    "hedged translation": (hedge, 1, "pos"),
    "news-site reply with commentary": (news_commentary, 1, "pos"),
    "two posts, one translated": (two_posts, 2, "pos"),
    "neg: replies discuss": (discuss, 1, "neg"),
    "neg: replies argue": (argue, 1, "neg"),
    "neg: replies joke": (joke, 1, "neg"),
    "neg: request, author asks back": (ask_back, 1, "neg"),
    "neg: author answers another question": (answers_else, 1, "neg"),
    "neg: praise": (praise, 1, "neg"),
    "neg: translation of something else": (translates_other, 1, "neg"),
    "neg: quote and rebut": (quote_rebut, 1, "neg"),
    "neg: request never answered": (unanswered, 1, "neg"),
    "neg: author chats in English": (author_chat, 1, "neg"),
}


# ------------------------------------------------------------------------------------------
# Records.


def record(p: _blind.Planned, d: Draft) -> dict[str, object]:
    """A thread in bench/bench_pairing.py's format: each item's passage, translation and its later parts."""
    items = [_blind.gold_item(d.spans, arabic, translation, continued=continued) for arabic, translation, continued in d.items]
    return _blind.record(p, d.rows, d.spans, d.texts, items)


def build(sources: dict[str, list[tuple[str, str]]] | None = None, tuned: int = 4, held_out: int = 2) -> list[dict[str, object]]:
    """Every shape's threads: ``tuned`` and ``held_out`` per data set (:func:`_blind.plan`)."""
    out: list[dict[str, object]] = []
    for p in _blind.plan(SEED, SHAPES, sources, tuned, held_out):
        d = Draft()
        p.builder(d, p.example, Words(p.split, p.rng))
        out.append(record(p, d))
    return out


def main(argv: list[str] | None = None) -> int:
    return _blind.main(__doc__, OUT, build, 4, 2, argv)


if __name__ == "__main__":
    raise SystemExit(main())
