"""Round 16 of issue 14's pairing development set, written blind: long, noisy threads the way people
write them, by someone who has read neither the pairing code nor the wordings of rounds 1-15.

Every thread is one shape: 27 kinds of translation found somewhere in a thread (far down a 20-60
comment thread, in an edit, under a Reddit "> quote", a YouTube "@handle", an X "Replying to", a
4chan ">>number", inside a longer opinion, in italics or quotation marks, with bracketed glosses,
in lower case with typos, mixed with Arabic words, corrected by someone else, one of two Arabic
passages, partial ...) and 11 kinds of thread where nobody translates (a summary of something else,
a proverb's translation, a joke, a repeated request, "idk", a rebuttal quoting the Arabic ...).
The Arabic and its English are real pairs of Tatoeba, TICO-19 and ArzEn-ST
(:func:`pairing_devset.load_sources`), cut into tuned and held-out pairs exactly as
:func:`pairing_devset.build` cuts them; chatter is partly real English of other pairs of the same
part. Every phrase bank below is cut in two halves (even entries word tuned threads, odd entries
held-out ones) and :func:`check_banks` refuses a phrase found in both halves.

A gold span runs from the translation's first character to its last (leads, quotes, italics marks,
notes, glosses after it, sign-offs out; a gloss inside the sentence in). A partial translation's
item is marked ``"partial": true`` (its span is the part translated). Every span is checked to
slice to the text put there.

Run: python3 bench/pairing_blind16.py [--out PATH] [--tuned 6] [--held-out 3]
Score: python3 bench/bench_pairing.py --devset-only --no-shapes --devset ~/.cache/bilingual/pairing-devset-round16.jsonl --split tuned
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
from pairing_devset import Example  # noqa: E402

OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round16.jsonl"
SEED = 16
_SLOT = re.compile(r"\{(\w+)\}")

# ------------------------------------------------------------------------------------------
# Phrase banks: even entries word tuned threads, odd entries held-out ones.

BANKS: dict[str, tuple[str, ...]] = {
    "handles": (
        "desert_fox", "mkhalil", "noor.bakes", "throwaway_8812", "sam_in_leeds", "abu_zaid77", "lina.travels", "ghostpepper",
        "karim_dev", "rosewater99", "jdog_official", "yasmin_k", "the_real_omar", "catmom4life", "fadi.photos", "bigtuna",
        "salma_writes", "kevin_from_ohio", "hamza.b", "nadia_ix", "user8831", "tariqq", "petra_in_berlin", "m0hammed",
        "zaynab_x", "oldschoolgamer", "rami_k", "sunflower_seed", "dave_t", "leila.m", "nomad_bilal", "pixelpusher",
        "huda_reads", "cornbread_jim", "adam.s", "mira_yousef", "beirut_boy", "frostbyte", "amal_h", "wanderlust_tom",
    ),
    "crowd": (
        "lurker_42", "ok_boomer_2", "Sarah M", "jpeg_artifact", "ahmed.r", "coffee_addict", "Marco", "bluejay_88",
        "Fatima Z", "notabot_9", "Hassan", "quietstorm", "Emily R.", "tw1ster", "Yousef A", "redpanda_fan",
        "Chris P", "nightowl", "Rania", "mapleleaf_22", "Tom H", "anon_reader", "Layla", "grumpy_cat_dad",
    ),
    "titles": (
        "Found this note in my late grandfather's wallet", "Street art in Cairo, anyone know what it says?",
        "My neighbour left this on my door", "Tattoo idea, need help checking it", "Protest signs from today",
        "This was written inside an old book I bought", "Saw this on a truck in Jordan", "Old family letter, part 1",
        "Graffiti near the university", "My coworker posted this on the group chat", "Sign outside a restaurant in Dubai",
        "Caption from a video that went viral", "Handwritten note on a wedding gift", "Lyrics from a song stuck in my head",
    ),
    "intro": (
        "My grandpa wrote this on the back of a photo:\n\n", "saw this on a wall downtown\n\n",
        "This is what my friend texted me after the match\n\n", "Posting this here because it made me smile\n\n",
        "", "my teacher used to say this all the time\n\n", "From the card my aunt sent:\n\n",
        "not gonna lie this hit hard\n\n",
    ),
    "ask": (
        "what does this say?", "translation pls", "can someone translate for the rest of us", "English please? 🙏",
        "wait what does that mean", "anyone care to translate?", "I'd love to know what this says",
        "ELI5 what this says pls", "what's it say", "Translation? Genuinely curious.", "help a non-arabic speaker out here",
        "so... what does it mean lol", "not all of us read arabic my guy", "meaning?", "Can I get a translation",
        "someone explain pls", "google translate gives me gibberish, what does it actually say?",
        "what language is this and what does it mean", "is there an english version", "sorry, what does that say?",
    ),
    "again": (
        "+1 would like to know too", "bump, also curious", "seconding this", "same question here", "also wondering",
        "following for the translation", "^ this", "yeah someone pls", "commenting so I see the answer", "me too!!",
    ),
    "lead": (
        "it says ", "basically ", "lol ok so it's ", "It translates to ", "means ", "haha my bad. ", "Sure thing. ",
        "oh it's just ", "in english it's ", "Sorry, forgot not everyone reads it! ", "ok so ", "It's saying ",
        "Right, it means ", "ahh sorry. ",
    ),
    "lead3": (
        "He's saying ", "the comment says ", "Not OP but it says ", "Native speaker here. ", "OP wrote: ",
        "I can help. ", "It reads: ", "From what I can tell it's ", "They wrote ", "My Arabic's decent, it says ",
        "Here you go: ", "it's ",
    ),
    "edit": (
        "EDIT: for those asking, it means ", "Edit: since a few of you asked, it says ",
        "ETA translation for the non-Arabic speakers: ", "edit - people keep DMing me so here: ",
        "EDIT 2: ok ok, it means ", "Edit: translation since I got asked like 10 times: ",
        "ETA: in english: ", "edit: for context it translates to ",
    ),
    "later": (
        "Since people keep asking, my comment up there says ", "For everyone who asked about my first comment: ",
        "ok to answer everyone at once, what I posted means ", "Didn't expect so many replies! The Arabic I posted is ",
        "Answering the DMs here: my comment translates to ", "Late reply but my post above says ",
    ),
    "opinion": (
        "Honestly people are overreacting to this.", "I've seen this posted before and nobody ever explains it.",
        "This thread is wholesome for once.", "Kind of wild how much attention this got.",
        "I don't get why everyone's arguing about it.", "Some of these replies are hilarious.",
        "Funny how a two-second clip turns into this.", "No idea why the mods haven't locked this yet.",
    ),
    "inline_lead": (
        "The line itself means ", "What it says is ", "Word for word it comes out as ", "The Arabic bit translates to ",
        "Literally it's ", "The sentence says ",
    ),
    "after": (
        "Which is kind of the whole point of the post.", "Not sure why that's controversial tbh.",
        "Anyway, beautiful sentiment.", "Pretty normal thing to say where I'm from.", "So no, nothing sinister.",
        "People read way too much into it.",
    ),
    "story": (
        "My grandma used to say it every time we left the house.", "It's from an old song my dad loved.",
        "We say it a lot back home, it's nothing deep.", "I wrote it for my brother's graduation.",
        "It was on a poster in my school.", "It's a line my uncle always quotes at weddings.",
    ),
    "signoff": ("hope that helps!", "cheers", "— a native speaker", "np 🙂", "you're welcome lol", "peace ✌️"),
    "between": (
        "and this one is from the second page:", "then underneath it says", "and the other one:",
        "and then the reply was", "second line on the card:", "plus this:",
    ),
    "which": (
        "can someone do the {n} one?", "what does the {n} one say?", "the {n} one please?", "{n} one translation?",
    ),
    "which_lead": ("The {n} one: ", "{n} one says ", "ok the {n} one is ", "{n}: "),
    "cannot": (
        "The other one I honestly can't read.", "no clue about the other one sorry", "Not sure about the other, it's dialect.",
        "the other one is too blurry for me", "Can't help with the other one.", "Someone else can do the other!",
    ),
    "correct": (
        "Close, but it's more like: ", "Not quite — it actually says ", "Small correction: ", "Almost! The proper translation is ",
        "That's not what it says. It's ", "Slight fix: ",
    ),
    "wrong_word": ("camel", "tomorrow", "mountain", "uncle", "window", "cheese", "river", "pencil", "wedding", "desert"),
    "dispute": (
        "are you sure about \"{w}\"? doesn't sound right", "I think \"{w}\" is off there", "hmm \"{w}\"? that's not how I'd read it",
        "not convinced about \"{w}\" tbh",
    ),
    "insist": (
        "Yes, 100%. Native speaker.", "pretty sure, it's how we say it in my city", "Yeah, it's right, trust me.",
        "it is, my whole family talks like that", "I'm sure. Checked with my mom too.", "yes that's the word",
    ),
    "wrap_lead": ("it says ", "roughly ", "it's like ", "", "the gist: ", "more or less "),
    "gloss": (
        "(lit. 'by God')", "(the word is 'khalas')", "(literally 'my eye')", "(they say 'yalla' there)",
        "[lit. 'on my head']", "(lit. 'God willing')", "(the dialect word is 'baddi')", "[lit. 'my soul']",
    ),
    "note": (
        "(word for word it's clunkier, that's the gist)", "(lit. it's more poetic than that)",
        "(the literal version makes no sense in english)", "(the slang doesn't really carry over)",
        "(it rhymes in arabic btw)", "(that's a loose translation)",
    ),
    "sloppy_lead": ("its ", "it means ", "lol its ", "basicaly ", "ok so its ", "it say "),
    "mix": (
        "والله it says |", "يعني |", "| الله أعلم", "habibi it means | ❤️", "| يا ريت", "ya3ni |", "it's | ماشي؟",
        "| هيك يعني",
    ),
    "joke": (
        "it says send money lol", "it says 'like and subscribe'", "pretty sure it's the wifi password",
        "it's a recipe for hummus obviously", "it's the terms and conditions nobody reads",
        "translation: 'touch grass'", "it says OP owes me 20 bucks", "literally just says hello world trust me",
    ),
    "actually": ("ok but actually it says ", "jokes aside, ", "lmao no. it means ", "real answer: ", "for real though: ", "Serious answer: "),
    "partial": (
        "I only get the first part: ", "The beginning says ", "first bit is ", "Can only do half: ", "start of it means ",
        "Partly: ",
    ),
    "partial_tail": (
        "the second bit I'm not sure about", "no idea about the rest, sorry", "someone else can do the rest",
        "the rest is dialect I don't know", "rest is beyond me lol", "can't make out the second sentence",
    ),
    "mt": (
        "Google Translate gives: |", "DeepL says |\n\nno idea how accurate that is", "google translate: | — seems about right",
        "Ran it through a translator: |", "According to google it's |", "the translate button says |",
    ),
    "summary": (
        "tl;dr of the article: ", "So basically the article is saying ", "Summary for the lazy: ", "The gist of the video: ",
        "short version: ", "What the piece actually argues: ",
    ),
    "about": (
        "what's the article actually about?", "can someone summarise, paywall", "is the video worth watching?",
        "what happened here?", "context?", "wait what is this about",
    ),
    "proverb": (
        "Reminds me of something my dad used to say: ", "We have a saying for that, roughly ", "my grandma's version of this was ",
        "There's a proverb back home, something like ", "Kind of like the old saying ", "Ha, in my family we say ",
    ),
    "idk": (
        "idk what it says but it sounds beautiful", "no clue, my arabic stops at shukran",
        "I can read the letters but not the dialect, sorry", "can't help, I only did a bit of MSA at school",
        "no idea but following", "honestly no idea, maybe ask on a language sub", "my mom could tell you but she's asleep lol",
        "I tried google translate and it gave me nonsense",
    ),
    "rebut": (
        "That's just not true. ", "No. ", "Source: trust me bro. ", "This is nonsense. ", "Completely wrong. ",
        "lol no. ",
    ),
    "context": (
        "haha it's just something my grandma says, hard to explain", "it's from a song, doesn't translate well tbh",
        "inside joke, sorry!", "long story, it's a quote from a TV show here", "it's personal, sorry guys",
        "you had to be there lol", "it's a local thing, wouldn't make sense in english", "nah I'll keep this one a mystery",
    ),
    "edit_not": (
        "EDIT: wow this blew up. ", "Edit: thanks for the award kind stranger!", "EDIT: not translating it, sorry, it's personal",
        "Edit: to the people DMing me, no I won't translate it.", "ETA: thanks everyone for the kind words ", "edit: typo",
    ),
    "chatter": (
        "lol this thread", "Source?", "This aged well", "First time seeing this sub on my feed", "Arabic script is so beautiful",
        "I wish I could read this", "underrated comment", "why is this so far down", "take my upvote", "who's here in 2026?",
        "that's wild", "came here to say this", "The calligraphy on these is gorgeous", "I need more context",
        "lmao", "this is the content I'm here for", "can confirm", "wait really?", "Not the point though",
        "I'm learning arabic rn and can't read any of this", "same", "username checks out", "ok but why",
        "great thread", "This made my day", "The font alone is art", "nice", "who asked", "happy to see this here",
        "bookmarking", "I'm crying", "beautiful", "the replies are gold", "ratio", "100%", "Facts",
        "my feed is weird today", "how did I end up here", "agreed", "hmm interesting",
    ),
    "chat_ask": ("wdym", "english?", "huh", "translate??", "what", "say that in english pls", "?? ", "i don't speak that lol"),
}

_NTH = ("first", "second")


def check_banks() -> None:
    """Refuse a phrase that words both halves (the held-out part must be worded apart)."""
    tuned = {p for bank in BANKS.values() for p in bank[0::2]}
    held = {p for bank in BANKS.values() for p in bank[1::2]}
    both = (tuned & held) - {""}  # no lead at all is no phrase
    if both:
        raise ValueError(f"phrases in both halves: {sorted(both)}")


# ------------------------------------------------------------------------------------------
# Threads under construction.


@dataclass(frozen=True)
class Mark:
    """A piece of a comment whose span is gold (an Arabic passage or a translation)."""

    slot: str
    text: str


@dataclass
class Draft:
    """A thread being written: rows in bench_pairing's format, the gold spans and the items."""

    ids: Callable[[int], str] = lambda k: f"c{k}"
    rows: list[list[str | None]] = field(default_factory=list)
    spans: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    items: list[tuple[str, str | None, bool]] = field(default_factory=list)

    def next_id(self) -> str:
        return self.ids(len(self.rows) + 1)

    def post(self, parent: str | None, author: str, template: str, **values: str | Mark) -> str:
        """Add a comment: ``template``'s ``{name}`` slots filled from ``values`` (a :class:`Mark`
        records its span). Returns the new comment's id."""
        cid = self.next_id()
        pieces: list[_blind.Piece] = []
        pos = 0
        for m in _SLOT.finditer(template):
            value = values[m.group(1)]
            pieces += [template[pos : m.start()], (value.slot, value.text) if isinstance(value, Mark) else value]
            pos = m.end()
        pieces.append(template[pos:])
        self.rows.append([cid, parent, author, _blind.joined(cid, pieces, self.spans, self.texts)])
        return cid

    def item(self, arabic: str, translation: str | None, partial: bool = False) -> None:
        self.items.append((arabic, translation, partial))


@dataclass
class Words:
    """What one thread is worded from: its part's half of each bank, its part's pairs and its own generator."""

    split: str
    rng: random.Random
    pool: list[tuple[str, str]]

    def pick(self, bank: str) -> str:
        entries = BANKS[bank][0::2] if self.split == "tuned" else BANKS[bank][1::2]
        return self.rng.choice(entries)

    def names(self, count: int) -> list[str]:
        """``count`` different handles of this part."""
        entries = BANKS["handles"][0::2] if self.split == "tuned" else BANKS["handles"][1::2]
        return self.rng.sample(entries, count)

    def english(self, ex: Example) -> str:
        """Real English of another pair of this part (never one of the example's)."""
        own = set(ex.english) | set(ex.other) | {ex.unrelated}
        while True:
            _, english = self.pool[self.rng.randrange(len(self.pool))]
            if english not in own:
                return english

    def arabic(self, ex: Example) -> str:
        """Real Arabic of another pair of this part, for a second passage nobody translates."""
        while True:
            arabic, english = self.pool[self.rng.randrange(len(self.pool))]
            if arabic not in ex.arabic and english not in ex.english:
                return arabic


def arabic_of(ex: Example) -> str:
    return " ".join(a.strip() for a in ex.arabic)


def english_of(ex: Example) -> str:
    return " ".join(e.strip() for e in ex.english)


def around(template: str, text: str | Mark) -> tuple[str, dict[str, str | Mark]]:
    """A bank entry of the form ``before|after`` as a template around ``text``."""
    before, _, after = template.partition("|")
    return "{b}{t}{e}", {"b": before, "t": text, "e": after}


def chatter(d: Draft, w: Words, ex: Example, count: int, flat: bool = False, authors: list[str] | None = None) -> None:
    """``count`` comments of chatter anywhere in the thread: bank lines and real English of other pairs."""
    for _ in range(count):
        parent = None
        if not flat and d.rows and w.rng.random() < 0.7:
            parent = str(w.rng.choice(d.rows)[0])
        author = w.rng.choice(authors) if authors else w.pick("crowd")
        text = w.pick("chatter") if w.rng.random() < 0.5 else w.english(ex)
        d.post(parent, author, "{x}", x=text)


def sloppy(text: str, rng: random.Random) -> str:
    """The translation typed fast: lower case, no punctuation, one or two letters swapped."""
    words = re.sub(r"[.,](?!\d)|[!?;:\"“”]", "", text.lower()).split()  # "3.4" and "90,053" keep their marks
    long = [i for i, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
    for i in rng.sample(long, min(2, len(long))):
        word = words[i]
        j = rng.randrange(1, len(word) - 2)
        words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return " ".join(words)


def misworded(text: str, w: Words) -> str:
    """The translation with one word wrong (someone's attempt that another corrects)."""
    words = text.split(" ")
    spots = [i for i, word in enumerate(words) if i and len(word) >= 4 and word.isalpha()] or [len(words) - 1]
    i = w.rng.choice(spots)
    words[i] = w.pick("wrong_word")
    return " ".join(words)


def glossed(text: str, w: Words) -> str:
    """The translation with the commenter's bracketed gloss after one of its words (inside the span)."""
    words = text.split(" ")
    spots = [i for i, word in enumerate(words[:-1]) if len(word) >= 5 and word.isalpha()]
    if not spots:  # a short sentence: after its longest word
        spots = [max(range(max(1, len(words) - 1)), key=lambda i: len(words[i]))]
    i = w.rng.choice(spots)
    return " ".join(words[: i + 1] + [w.pick("gloss")] + words[i + 1 :])


def a_word(text: str, w: Words) -> str:
    """A word of the translation for someone to doubt."""
    words: list[str] = [word for word in re.findall(r"[A-Za-z']+", text) if len(word) >= 4] or re.findall(r"\w+", text) or ["it"]
    return w.rng.choice(words)


# ------------------------------------------------------------------------------------------
# Shapes with a translation.


def _ask(d: Draft, w: Words, under: str, asker: str) -> str:
    return d.post(under, asker, "{x}", x=w.pick("ask"))


def _top(d: Draft, w: Words, ex: Example, op: str, parent: str | None = None) -> str:
    return d.post(parent, op, "{i}{a}", i=w.pick("intro"), a=Mark("a", arabic_of(ex)))


def far_down(d: Draft, ex: Example, w: Words) -> None:
    """A 20-60 comment thread: the request early, the author's answer far down after chatter."""
    op, asker = w.names(2)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(4, 15))
    ask = _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(14, 38))
    d.post(ask, op, "{l}{t}", l=w.pick("lead"), t=Mark("t", english_of(ex)))
    chatter(d, w, ex, w.rng.randint(0, 4))
    d.item("a", "t")


def edit_own(d: Draft, ex: Example, w: Words) -> None:
    """The author's Arabic comment ends with an edit translating it; requests and chatter under it."""
    op, asker = w.names(2)
    root = d.post(None, op, "{i}{a}\n\n{e}{t}", i=w.pick("intro"), a=Mark("a", arabic_of(ex)), e=w.pick("edit"),
                  t=Mark("t", english_of(ex)))
    _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(18, 45))
    d.item("a", "t")


def edit_later(d: Draft, ex: Example, w: Words) -> None:
    """The author's later top-level comment (no reply link): an opinion, then what the Arabic said."""
    op, asker, other = w.names(3)
    root = _top(d, w, ex, op)
    _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(13, 30))
    d.post(None, other, "{x}", x=w.pick("ask"))
    chatter(d, w, ex, w.rng.randint(3, 12))
    d.post(None, op, "{o}\n\n{l}{t}", o=w.pick("opinion"), l=w.pick("later"), t=Mark("t", english_of(ex)))
    d.item("a", "t")


def quote_arabic(d: Draft, ex: Example, w: Words) -> None:
    """Reddit: a third person quotes the Arabic ("> ...") and translates under the quote."""
    op, helper = w.names(2)
    post = d.post(None, op, "{x}", x=w.pick("titles"))
    root = d.post(post, op, "{a}", a=Mark("a", arabic_of(ex)))
    chatter(d, w, ex, w.rng.randint(3, 10))
    d.post(root, helper, "> {q}\n\n{l}{t}", q=arabic_of(ex), l=w.pick("lead3"), t=Mark("t", english_of(ex)))
    d.item("a", "t")


def quote_request(d: Draft, ex: Example, w: Words) -> None:
    """Reddit: the author quotes the request ("> what does it say?") and answers under it."""
    op, asker = w.names(2)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(2, 8))
    request = w.pick("ask")
    ask = d.post(root, asker, "{x}", x=request)
    chatter(d, w, ex, w.rng.randint(2, 8))
    d.post(ask, op, "> {q}\n\n{t}", q=request, t=Mark("t", english_of(ex)))
    d.item("a", "t")


def youtube(d: Draft, ex: Example, w: Words) -> None:
    """YouTube: every reply under the top comment, addressed by "@handle"."""
    op, asker = w.names(2)
    root = d.post(None, f"@{op}", "{a}", a=Mark("a", arabic_of(ex)))
    for _ in range(w.rng.randint(2, 8)):
        d.post(root, "@" + w.pick("crowd").replace(" ", ""), "@{h} {x}", h=op, x=w.pick("chatter"))
    d.post(root, f"@{asker}", "@{h} {x}", h=op, x=w.pick("ask"))
    for _ in range(w.rng.randint(1, 6)):
        d.post(root, "@" + w.pick("crowd").replace(" ", ""), "{x}", x=w.pick("chatter"))
    d.post(root, f"@{op}", "@{h} {l}{t}", h=asker, l=w.pick("lead"), t=Mark("t", english_of(ex)))
    d.item("a", "t")


def x_reply(d: Draft, ex: Example, w: Words) -> None:
    """X: a third person's answer pasted with its "Replying to @a @b" line."""
    op, asker, helper = w.names(3)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(2, 8))
    ask = d.post(root, asker, "Replying to @{h}\n{x}", h=op, x=w.pick("ask"))
    d.post(ask, helper, "Replying to @{h} @{g}\n{l}{t}", h=asker, g=op, l=w.pick("lead3"), t=Mark("t", english_of(ex)))
    d.item("a", "t")


def fourchan(d: Draft, ex: Example, w: Words) -> None:
    """4chan: numbered posts by "Anonymous (ID: ...)", replies linked by ">>number"."""
    base = w.rng.randrange(400_000_000, 499_000_000)
    d.ids = lambda k: str(base + k)
    ids = [f"Anonymous (ID: {w.rng.getrandbits(32):08x})" for _ in range(6)]
    op, asker, helper = ids[:3]
    root = d.post(None, op, "{a}", a=Mark("a", arabic_of(ex)))
    chatter(d, w, ex, w.rng.randint(3, 12), flat=True, authors=ids[3:])
    ask = d.post(root, asker, ">>{n}\n{x}", n=root, x=w.pick("ask"))
    chatter(d, w, ex, w.rng.randint(1, 6), flat=True, authors=ids[3:])
    d.post(ask, helper, ">>{n}\n{l}{t}", n=ask, l=w.pick("lead3"), t=Mark("t", english_of(ex)))
    d.item("a", "t")


def flat_chat(d: Draft, ex: Example, w: Words) -> None:
    """A chat room (Discord, Telegram): no reply links; the author explains a few messages later."""
    names = w.names(6)
    op = names[0]
    chatter(d, w, ex, w.rng.randint(3, 12), flat=True, authors=names[1:])
    d.post(None, op, "{a}", a=Mark("a", arabic_of(ex)))
    d.post(None, names[1], "{x}", x=w.pick("chat_ask"))
    chatter(d, w, ex, w.rng.randint(1, 5), flat=True, authors=names[2:])
    d.post(None, op, "{l}{t}", l=w.pick("lead"), t=Mark("t", english_of(ex)))
    chatter(d, w, ex, w.rng.randint(2, 10), flat=True, authors=names[1:])
    d.item("a", "t")


def inside_opinion(d: Draft, ex: Example, w: Words) -> None:
    """A third person's longer comment: an opinion, the translation, a remark after it."""
    op, helper = w.names(2)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(2, 8))
    d.post(root, helper, "{o} {l}{t} {r}", o=w.pick("opinion"), l=w.pick("inline_lead"), t=Mark("t", english_of(ex)),
           r=w.pick("after"))
    d.item("a", "t")


def story_after(d: Draft, ex: Example, w: Words) -> None:
    """The author answers a request, then tells where the line comes from and signs off."""
    op, asker = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(1, 6))
    d.post(ask, op, "{l}{t}\n\n{s} {g}", l=w.pick("lead"), t=Mark("t", english_of(ex)), s=w.pick("story"), g=w.pick("signoff"))
    d.item("a", "t")


def two_comments(d: Draft, ex: Example, w: Words) -> None:
    """Two Arabic comments; a request under one and a third person's answer to it; the other stays untranslated."""
    op, other, asker, helper = w.names(4)
    first = w.rng.random() < 0.5
    if not first:
        d.post(None, other, "{a}", a=Mark("a2", w.arabic(ex)))
    root = _top(d, w, ex, op)
    if first:
        d.post(None, other, "{a}", a=Mark("a2", w.arabic(ex)))
    chatter(d, w, ex, w.rng.randint(2, 10))
    ask = _ask(d, w, root, asker)
    d.post(ask, helper, "{l}{t}", l=w.pick("lead3"), t=Mark("t", english_of(ex)))
    d.item("a", "t")
    d.item("a2", None)


def two_in_one(d: Draft, ex: Example, w: Words) -> None:
    """Two Arabic passages in one comment, English between; the author translates the one asked about."""
    op, asker = w.names(2)
    nth = w.rng.choice(_NTH)
    mine, other = (arabic_of(ex), w.arabic(ex))
    a, b = (Mark("a", mine), Mark("a2", other)) if nth == "first" else (Mark("a2", other), Mark("a", mine))
    root = d.post(None, op, "{x}\n\n{y}\n\n{z}", x=a, y=w.pick("between"), z=b)
    chatter(d, w, ex, w.rng.randint(1, 6))
    ask = d.post(root, asker, "{x}", x=w.pick("which").format(n=nth))
    lead = w.pick("which_lead").format(n=nth)
    d.post(ask, op, "{l}{t}\n\n{c}", l=lead[0].upper() + lead[1:], t=Mark("t", english_of(ex)), c=w.pick("cannot"))
    d.item("a", "t")
    d.item("a2", None)


def corrected(d: Draft, ex: Example, w: Words) -> None:
    """Someone's translation with a wrong word; another corrects it with the whole right translation."""
    op, first, second = w.names(3)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, w.pick("crowd"))
    attempt = d.post(ask, first, "{l}{x}", l=w.pick("lead3"), x=misworded(english_of(ex), w))
    chatter(d, w, ex, w.rng.randint(0, 4))
    d.post(attempt, second, "{c}{t}", c=w.pick("correct"), t=Mark("t", english_of(ex)))
    d.item("a", "t")


def disputed(d: Draft, ex: Example, w: Words) -> None:
    """A right translation that someone doubts over a word; the translator stands by it."""
    op, helper, doubter = w.names(3)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, w.pick("crowd"))
    answer = d.post(ask, helper, "{l}{t}", l=w.pick("lead3"), t=Mark("t", english_of(ex)))
    doubt = d.post(answer, doubter, "{x}", x=w.pick("dispute").format(w=a_word(english_of(ex), w)))
    d.post(doubt, helper, "{x}", x=w.pick("insist"))
    d.item("a", "t")


def italics(d: Draft, ex: Example, w: Words) -> None:
    """The author's answer in Markdown italics."""
    op, asker = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    mark = w.rng.choice(("*", "_"))
    d.post(ask, op, "{l}{m}{t}{m}", l=w.pick("wrap_lead"), m=mark, t=Mark("t", english_of(ex)))
    d.item("a", "t")


def quoted(d: Draft, ex: Example, w: Words) -> None:
    """A third person's answer in quotation marks."""
    op, helper = w.names(2)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(1, 5))
    ask = _ask(d, w, root, w.pick("crowd"))
    left, right = w.rng.choice((("\"", "\""), ("“", "”"), ("'", "'")))
    d.post(ask, helper, "{l}{o}{t}{c}", l=w.pick("wrap_lead"), o=left, t=Mark("t", english_of(ex)), c=right)
    d.item("a", "t")


def gloss_inside(d: Draft, ex: Example, w: Words) -> None:
    """The author's translation with a bracketed gloss after one of its words (the gloss is in the span)."""
    op, asker = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    d.post(ask, op, "{l}{t}", l=w.pick("lead"), t=Mark("t", glossed(english_of(ex), w)))
    d.item("a", "t")


def gloss_after(d: Draft, ex: Example, w: Words) -> None:
    """A third person's translation followed by a bracketed note on it (the note is not in the span)."""
    op, helper = w.names(2)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(1, 6))
    d.post(root, helper, "{l}{t} {n}", l=w.pick("lead3"), t=Mark("t", english_of(ex)), n=w.pick("note"))
    d.item("a", "t")


def typed_fast(d: Draft, ex: Example, w: Words) -> None:
    """The author's answer in lower case, without punctuation, with typos."""
    op, asker = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(0, 5))
    d.post(ask, op, "{l}{t}", l=w.pick("sloppy_lead"), t=Mark("t", sloppy(english_of(ex), w.rng)))
    d.item("a", "t")


def mixed(d: Draft, ex: Example, w: Words) -> None:
    """A third person's answer with Arabic words before or after the English."""
    op, helper = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, w.pick("crowd"))
    template, values = around(w.pick("mix"), Mark("t", english_of(ex)))
    d.post(ask, helper, template, **values)
    d.item("a", "t")


def asked_twice(d: Draft, ex: Example, w: Words) -> None:
    """A request, a second person repeating it, the author answering the second."""
    op, asker, again = w.names(3)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(2, 10))
    bump = d.post(ask, again, "{x}", x=w.pick("again"))
    d.post(bump, op, "{l}{t}", l=w.pick("lead"), t=Mark("t", english_of(ex)))
    d.item("a", "t")


def joke_first(d: Draft, ex: Example, w: Words) -> None:
    """A joke answer to the request first, laughter, then a real answer by someone else."""
    op, asker, joker, helper = w.names(4)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    joke = d.post(ask, joker, "{x}", x=w.pick("joke"))
    d.post(joke, w.pick("crowd"), "{x}", x=w.pick("chatter"))
    d.post(ask, helper, "{l}{t}", l=w.pick("actually"), t=Mark("t", english_of(ex)))
    d.item("a", "t")


def arabic_replies(d: Draft, ex: Example, w: Words) -> None:
    """An Arabic reply nobody translates sits between the request and the author's answer."""
    op, speaker, asker = w.names(3)
    root = _top(d, w, ex, op)
    d.post(root, speaker, "{a}", a=Mark("a2", w.arabic(ex)))
    chatter(d, w, ex, w.rng.randint(1, 5))
    ask = _ask(d, w, root, asker)
    d.post(ask, op, "{l}{t}", l=w.pick("lead"), t=Mark("t", english_of(ex)))
    d.item("a", "t")
    d.item("a2", None)


def partial(d: Draft, ex: Example, w: Words) -> None:
    """A third person translates the first of two sentences and says so (a partial translation)."""
    op, helper = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, w.pick("crowd"))
    d.post(ask, helper, "{l}{t}\n\n{r}", l=w.pick("partial"), t=Mark("t", ex.english[0].strip()), r=w.pick("partial_tail"))
    d.item("a", "t", partial=True)


def paragraphs(d: Draft, ex: Example, w: Words) -> None:
    """The author's translation of two sentences in two paragraphs."""
    op, asker = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(0, 6))
    d.post(ask, op, "{l}{t}", l=w.pick("lead"), t=Mark("t", "\n\n".join(e.strip() for e in ex.english)))
    d.item("a", "t")


def machine(d: Draft, ex: Example, w: Words) -> None:
    """A third person pastes what a machine translator gives, with a remark."""
    op, helper = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, w.pick("crowd"))
    chatter(d, w, ex, w.rng.randint(0, 5))
    template, values = around(w.pick("mt"), Mark("t", english_of(ex)))
    d.post(ask, helper, template, **values)
    d.item("a", "t")


# ------------------------------------------------------------------------------------------
# Shapes where nobody translates (negatives): English that looks like an answer.


def summary(d: Draft, ex: Example, w: Words) -> None:
    """A summary of the article in someone's own words, sometimes posted under the Arabic by mistake."""
    op, asker, helper = w.names(3)
    post = d.post(None, asker, "{x}", x=w.pick("titles"))
    root = d.post(post, op, "{a}", a=Mark("a", arabic_of(ex)))
    question = d.post(post, asker, "{x}", x=w.pick("about"))
    chatter(d, w, ex, w.rng.randint(1, 6))
    d.post(w.rng.choice((question, root)), helper, "{l}{o}", l=w.pick("summary"), o=ex.other[0])
    d.item("a", None)


def proverb(d: Draft, ex: Example, w: Words) -> None:
    """A reply translating a saying that is not the Arabic posted."""
    op, helper = w.names(2)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(0, 5))
    d.post(root, helper, "{l}{o}", l=w.pick("proverb"), o=ex.other[0])
    d.item("a", None)


def joke(d: Draft, ex: Example, w: Words) -> None:
    """A request answered only with a joke."""
    op, asker, joker = w.names(3)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    joke_id = d.post(ask, joker, "{x}", x=w.pick("joke"))
    d.post(joke_id, w.pick("crowd"), "{x}", x=w.pick("chatter"))
    d.item("a", None)


def never_answered(d: Draft, ex: Example, w: Words) -> None:
    """A long thread where the request is repeated and never answered."""
    op, asker, again = w.names(3)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(6, 20))
    ask = _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(5, 20))
    d.post(ask, again, "{x}", x=w.pick("again"))
    d.post(None, w.pick("crowd"), "{x}", x=w.pick("ask"))
    chatter(d, w, ex, w.rng.randint(5, 15))
    d.item("a", None)


def no_idea(d: Draft, ex: Example, w: Words) -> None:
    """A request answered by people who cannot read it."""
    op, asker, first, second = w.names(4)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    d.post(ask, first, "{x}", x=w.pick("idk"))
    d.post(ask, second, "{x}", x=w.pick("idk"))
    d.post(root, w.pick("crowd"), "{o}", o=ex.other[0])
    d.item("a", None)


def rebuttal(d: Draft, ex: Example, w: Words) -> None:
    """Reddit: a reply quotes the Arabic and argues with it in its own English."""
    op, critic = w.names(2)
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(0, 5))
    d.post(root, critic, "> {q}\n\n{r}{o} {u}", q=arabic_of(ex), r=w.pick("rebut"), o=ex.other[0], u=ex.unrelated)
    d.item("a", None)


def long_chatter(d: Draft, ex: Example, w: Words) -> None:
    """A 20-60 comment thread of chatter; the author talks too, in English, about other things."""
    op = w.names(1)[0]
    root = _top(d, w, ex, op)
    chatter(d, w, ex, w.rng.randint(10, 30))
    d.post(root, op, "{x}", x=ex.other[0])
    chatter(d, w, ex, w.rng.randint(8, 25))
    d.post(None, op, "{o} {x}", o=w.pick("opinion"), x=ex.other[1])
    d.item("a", None)


def explains_context(d: Draft, ex: Example, w: Words) -> None:
    """The author answers the request with where the line comes from, not what it means."""
    op, asker = w.names(2)
    root = _top(d, w, ex, op)
    ask = _ask(d, w, root, asker)
    d.post(ask, op, "{c}. {o}", c=w.pick("context"), o=ex.other[0])
    d.item("a", None)


def edit_no_translation(d: Draft, ex: Example, w: Words) -> None:
    """The author's Arabic comment with an edit that translates nothing."""
    op, asker = w.names(2)
    root = d.post(None, op, "{i}{a}\n\n{e}{o}", i=w.pick("intro"), a=Mark("a", arabic_of(ex)), e=w.pick("edit_not"),
                  o=ex.other[0])
    _ask(d, w, root, asker)
    chatter(d, w, ex, w.rng.randint(18, 40))
    d.item("a", None)


def youtube_unrelated(d: Draft, ex: Example, w: Words) -> None:
    """YouTube: "@handle" replies in English about other things."""
    op, asker, other = w.names(3)
    root = d.post(None, f"@{op}", "{a}", a=Mark("a", arabic_of(ex)))
    d.post(root, f"@{asker}", "@{h} {x}", h=op, x=w.pick("ask"))
    d.post(root, f"@{other}", "@{h} {o}", h=op, o=ex.other[0])
    d.post(root, f"@{op}", "@{h} {o}", h=other, o=ex.other[1])
    d.item("a", None)


def flat_chat_none(d: Draft, ex: Example, w: Words) -> None:
    """A chat room where the Arabic is asked about and the author changes the subject."""
    names = w.names(5)
    op = names[0]
    chatter(d, w, ex, w.rng.randint(3, 10), flat=True, authors=names[1:])
    d.post(None, op, "{a}", a=Mark("a", arabic_of(ex)))
    d.post(None, names[1], "{x}", x=w.pick("chat_ask"))
    d.post(None, op, "{o}", o=ex.other[0])
    chatter(d, w, ex, w.rng.randint(3, 10), flat=True, authors=names[1:])
    d.item("a", None)


Builder = Callable[[Draft, Example, Words], None]

# name -> (builder, Arabic sentences, kind)
SHAPES: dict[str, tuple[Builder, int, str]] = {
    "far down a long thread": (far_down, 1, "pos"),
    "edit in the Arabic comment": (edit_own, 1, "pos"),
    "later top-level comment after talk": (edit_later, 2, "pos"),
    "reddit quote of the Arabic": (quote_arabic, 1, "pos"),
    "reddit quote of the request": (quote_request, 1, "pos"),
    "youtube @handle": (youtube, 1, "pos"),
    "x replying to": (x_reply, 1, "pos"),
    "4chan >>number": (fourchan, 1, "pos"),
    "chat room, no reply links": (flat_chat, 1, "pos"),
    "inside a longer opinion": (inside_opinion, 2, "pos"),
    "story and sign-off after": (story_after, 1, "pos"),
    "one of two Arabic comments": (two_comments, 1, "pos"),
    "one of two passages in a comment": (two_in_one, 1, "pos"),
    "wrong word corrected by another": (corrected, 1, "pos"),
    "right translation disputed": (disputed, 1, "pos"),
    "italics": (italics, 1, "pos"),
    "quotation marks": (quoted, 1, "pos"),
    "gloss inside": (gloss_inside, 1, "pos"),
    "gloss note after": (gloss_after, 1, "pos"),
    "lower case, typos": (typed_fast, 1, "pos"),
    "mixed with Arabic words": (mixed, 1, "pos"),
    "request repeated, answered": (asked_twice, 1, "pos"),
    "joke first, then the answer": (joke_first, 1, "pos"),
    "untranslated Arabic reply between": (arabic_replies, 1, "pos"),
    "partial, first of two": (partial, 2, "pos"),
    "two paragraphs": (paragraphs, 2, "pos"),
    "machine translation pasted": (machine, 1, "pos"),
    "summary of something else": (summary, 1, "neg"),
    "translation of another saying": (proverb, 1, "neg"),
    "joke answer only": (joke, 1, "neg"),
    "request repeated, never answered": (never_answered, 1, "neg"),
    "idk": (no_idea, 1, "neg"),
    "rebuttal quoting the Arabic": (rebuttal, 1, "neg"),
    "long chatter, author talks": (long_chatter, 1, "neg"),
    "author gives context, not meaning": (explains_context, 1, "neg"),
    "edit that translates nothing": (edit_no_translation, 1, "neg"),
    "youtube @handle, unrelated": (youtube_unrelated, 1, "neg"),
    "chat room, subject changed": (flat_chat_none, 1, "neg"),
}


# ------------------------------------------------------------------------------------------
# The set.


def record(p: _blind.Planned, d: Draft) -> dict[str, object]:
    """A thread in bench/bench_pairing.py's format: each item's passage and translation, a partial one marked."""
    return _blind.record(p, d.rows, d.spans, d.texts, _blind.partial_items(d.items, d.spans))


def build(sources: dict[str, list[tuple[str, str]]] | None = None, tuned: int = 6, held_out: int = 3) -> list[dict[str, object]]:
    """Every shape's threads: ``tuned`` and ``held_out`` per data set (:func:`_blind.plan`)."""
    check_banks()
    out: list[dict[str, object]] = []
    for p in _blind.plan(SEED, SHAPES, sources, tuned, held_out):
        d = Draft()
        p.builder(d, p.example, Words(p.split, p.rng, p.pool))
        out.append(record(p, d))
    return out


def main(argv: list[str] | None = None) -> int:
    return _blind.main(__doc__, OUT, build, 6, 3, argv)


if __name__ == "__main__":
    raise SystemExit(main())
