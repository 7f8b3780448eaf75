"""Round 17 of issue 14's pairing development set, written blind: places earlier rounds may not have
looked, by someone who has read neither the pairing code nor the wordings of rounds 1-16.

Every thread is one shape: news-site comment sections (Disqus: formal readers, long comments,
"Reply to X", sign-offs), Facebook-style pages (names as handles, "See translation" pasted, emoji
reactions, "Like · Reply · 2h" lines), forums (phpBB "Quote:" and vBulletin "[QUOTE=...]" blocks, a
signature under every post), Telegram/WhatsApp exports pasted as threads ("[12:03] name:" on every
comment, or a whole chat in one comment), quotes with a scholar's translation and a reference, poetry
and song lyrics line by line, Arabic headlines with "Headline says: ...", translators' notes and
footnotes, translators who disagree, a translation asked for in Arabic ("شو يعني؟"), gists
("basically he's saying ..."), British, Indian and Nigerian English wordings; and negatives that look
like answers (a formal reply about something else, a rebuttal under a quote, "Amen" under a
"See translation", a chat that moves on, a headline remark, a reference without a translation ...).

The Arabic and its English are real pairs of Tatoeba, TICO-19 and ArzEn-ST
(:func:`pairing_devset.load_sources`), cut into tuned and held-out pairs exactly as
:func:`pairing_devset.build` cuts them; chatter is partly real English of other pairs of the same part.
Every phrase bank is cut in two halves (even entries word tuned threads, odd entries held-out ones)
and :func:`check_banks` refuses a phrase found in both halves.

A gold span runs from the translation's first character to its last (leads, quotation marks,
references, notes, footnotes, signatures, timestamps, handles, emoji and sign-offs out). A partial
translation's item is marked ``"partial": true`` (its span is the part translated). Every span is
checked to slice to the text put there.

Run: python3 bench/pairing_blind17.py [--out PATH] [--tuned 6] [--held-out 3]
Score: python3 bench/bench_pairing.py --devset-only --no-shapes --devset ~/.cache/bilingual/pairing-devset-round17.jsonl --split tuned
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from pairing_devset import Example  # noqa: E402

OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round17.jsonl"
SEED = 17

# Every bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "name": (
        "Ahmed Hassan", "Chidi Okafor", "Priya Nair", "Tom Whitfield", "Fatima Zahra", "Oluwaseun Adeyemi",
        "Rahul Verma", "Siobhan Clarke", "Layla Mansour", "Emeka Nwosu", "Graham Pike", "Ananya Iyer",
        "Youssef Karim", "Ngozi Eze", "Deepak Menon", "Harriet Cole",
    ),
    "formal_ask": (
        "Could a reader fluent in Arabic render the line above into English?",
        "I would be grateful if someone could translate the quoted passage for the rest of us.",
        "For the benefit of those of us without Arabic, what does this say?",
        "Would anyone care to provide an English rendering? The article does not.",
        "Might I ask what the sign in the photograph actually says?",
        "Perhaps a bilingual reader could oblige with a translation.",
    ),
    "formal_lead": (
        "With pleasure. It reads: ",
        "Certainly. In English it says: ",
        "A fair rendering would be: ",
        "As best I can make out, the line says: ",
        "The passage translates as follows: ",
        "My rendering, for what it is worth: ",
    ),
    "signoff": (
        "\n\nRegards,\nJ. Whitcombe", "\n\nKind regards, a long-time reader", "\n\n-- M.R., Leeds",
        "\n\nYours, a retired schoolteacher", "\n\nBest wishes to all,\nHenry", "\n\n(Former correspondent, Cairo bureau)",
    ),
    "disqus_context": (
        "I have read this paper for twenty years and rarely comment, but the coverage of the protests has been thin.",
        "The article quotes a placard but never tells us what it says, which seems an odd editorial choice.",
        "Having lived in the region for a decade, I find the framing of this piece rather one-sided.",
        "Several readers below have asked about the banner in the second photograph, so let me set it out.",
        "The correspondent deserves credit for going there, though the headline oversells the story.",
        "As someone who grew up a few streets from where this was filmed, I can add some context.",
    ),
    "disqus_after": (
        "Whether one agrees with it is another matter entirely, but that is what it says.",
        "I leave readers to draw their own conclusions from that.",
        "It loses something in translation, as these things always do.",
        "Make of that what you will; the editors certainly made a great deal of it.",
        "The original is rather more forceful than my English suggests.",
        "Context matters, and the article gives none.",
    ),
    "disqus_other": (
        "With respect, the article omits the economic background entirely.",
        "I fear the comments here are generating more heat than light.",
        "The same thing was said in 2011 and we know how that ended.",
        "One wonders whether the editors read these comments at all.",
        "This is the third such piece this month and none has interviewed a local.",
        "I would gently remind readers that the community guidelines apply here too.",
    ),
    "emoji": ("😂😂", "❤️❤️❤️", "🙏", "😍😍", "👍", "🔥🔥", "🤣", "💯"),
    "fb_ask": (
        "translate pls 🙏", "English please??", "what does it say 😅", "can someone translate for us non arabic speakers",
        "wait what does this mean", "Translation anyone? 😂", "meaning pls", "for the non-arabs in the comments please",
    ),
    "fb_meta": ("\nLike · Reply · 2h", "\nLike · Reply · 5h", "\nLike · Reply · 1d", "\nLike · Reply · 3w"),
    "fb_amen": ("Ameen 🤲", "Amen amen amen", "Beautiful words ❤️", "Mashallah 😍", "So true 👏👏", "This 💯"),
    "forum_ask": (
        "Can anybody here translate this for me? Found it on the back of an old photo.",
        "Long time lurker, first post. What does this say? Cheers in advance.",
        "Mods, sorry if wrong section. Need this translated please.",
        "Got this text from a supplier, could someone tell me what it says?",
        "My neighbour wrote this on a card, too embarrassed to ask her what it means.",
        "Any Arabic speakers on the board? Translation needed, will rep.",
    ),
    "forum_lead": (
        "", "Here you go mate:\n\n", "", "Easy one:\n\n", "", "It says:\n\n",
    ),
    "signature": (
        "\n\n--\nProud Leeds fan since 1998", "\n\n_____\nSent from my Nokia using Tapatalk",
        "\n\n~ Ravi | Pune | cricket tragic ~", "\n\n--\nNo PMs please, ask in the thread",
        "\n\n_______________\nMy rig: i7 / 32GB / way too many cables", "\n\n--\nIf I helped, click the rep button",
        "\n\n--\nLagos born, Manchester raised", "\n\n__________\n2005 Civic, 310k and counting",
    ),
    "forum_rebut": (
        "That is simply not true and you know it.", "Rubbish. Nobody serious believes this anymore.",
        "Posting this without a source is exactly the problem with this board.", "Same old nonsense, different year.",
        "Prove it. Links or it didn't happen.", "I've heard this a hundred times and it's never once been right.",
    ),
    "chat_ask": (
        "what does that mean", "eh? english pls", "translate?", "what's that in english", "huh", "meaning??",
    ),
    "chat_lead": ("", "it means ", "", "means ", "", "lol it's ",),
    "chat_other": (
        "who's bringing the charger", "running 10 mins late sorry", "did anyone book the table",
        "ok see you all at 8", "can someone send the location again", "haha no way",
        "battery dying, talk later", "pls stop spamming stickers",
    ),
    "reference": (
        " (Quran 2:255)", " [Sahih Bukhari 6018]", " (Surah Al-Baqarah, 286)", " (Riyad as-Salihin 1)",
        " — Quran 94:5", " [Muslim 2699]",
    ),
    "scholar_lead": (
        "Sahih International renders it: ", "The translation by Yusuf Ali: ", "In Pickthall's translation: ",
        "Muhsin Khan's English reads: ", "Abdel Haleem has it as: ", "The standard English translation: ",
    ),
    "scholar_thanks": (
        "JazakAllah khair for sharing this", "SubhanAllah, needed this today", "May Allah reward you for posting",
        "Which surah is this from, brother?", "Barakallahu feek", "Can you share the source please?",
    ),
    "poem_note": (
        "\n\n— my own rendering, forgive the meter", "\n\n(rough, it rhymes in the original)",
        "\n\n— translation mine, the music is lost", "\n\n(doesn't scan in English, sorry)",
        "\n\n— loosely, by me", "\n\n(translated by ear, corrections welcome)",
    ),
    "song_intro": (
        "Lyrics with translation, line by line:", "Here's the chorus with my translation underneath each line:",
        "Song from the video, Arabic then English:", "Translating the lyrics since people keep asking:",
        "The bit everyone is singing at the wedding:", "Lyrics + English below:",
    ),
    "song_other": (
        "Who sings this? It's been stuck in my head all week", "The 2004 version is better tbh",
        "My mum used to play this every Friday", "Anyone know the name of the album?",
        "The live performance gives me chills", "Came here from the film, what a tune",
    ),
    "headline_lead": (
        "Headline says: ", "The headline says: ", "Headline translates to: ", "Headline reads: ",
        "Headline: ", "Translated headline: ",
    ),
    "headline_other": (
        "Headline says it all really.", "Typical clickbait headline from them.",
        "The headline and the article say two different things.", "Can't believe they ran that headline.",
        "They changed the headline an hour later.", "Every outlet has the same headline today.",
    ),
    "tn": (
        "\n\nTN: the original uses a dialect word with no neat English equivalent.",
        "\n\nTranslator's note: word order kept close to the Arabic on purpose.",
        "\n\n[1] Literally the wording is more formal than this.",
        "\n\nNote: I've smoothed the grammar a little.",
        "\n\nT/N: the verb is colloquial in the original.",
        "\n\n* the original is in dialect, so this is approximate.",
    ),
    "disagree": (
        "That's not quite how I'd put it, the tone is more sarcastic than that.",
        "Close, but you've lost the humour of the original.",
        "I'd render it differently, but the gist is right.",
        "Hmm, that's too literal imo.",
        "Not sure about that, sounds more like a complaint to me.",
        "Technically right, but nobody would say it that way.",
    ),
    "disagree_third": (
        "You're both overthinking it lol", "Language nerds fighting in the comments again 😂",
        "This is why I never trust translations", "Both fine honestly",
        "Can we get a third opinion", "I just came here for the video",
    ),
    "arabic_ask": ("شو يعني؟", "يعني ايه؟", "شنو معناها؟", "ايش يعني؟"),
    "arabic_noanswer": (
        "no idea, I don't read Arabic either", "asking the same thing", "same question lol",
        "waiting for someone who knows", "my Arabic isn't good enough sorry", "google it?",
    ),
    "gist_lead": (
        "basically he's saying ", "Basically she's saying ", "tl;dr: ", "the gist is: ",
        "in short: ", "short version: ",
    ),
    "gist_partial_tail": (
        " ... and then something I can't make out", ", the rest is slang I don't know",
        " (didn't get the second half)", ", not sure about the rest tbh",
        " ... second part is beyond me", ", rest is too fast for me",
    ),
    "british": (
        "It's saying, more or less: ", "Right, so it says ", "Roughly speaking it's ",
        "Near enough it's ", "What it says is ", "Translation, for what it's worth: ",
    ),
    "indian": (
        "Kindly find the translation: ", "The meaning is as follows: ", "It means to say that ",
        "Translation is: ", "Dear friend, meaning is: ", "He is saying that ",
    ),
    "nigerian": (
        "Abeg, the meaning na: ", "E mean say: ", "My brother, it means ", "The meaning be say: ",
        "Oya see the translation: ", "Na so e talk: ",
    ),
    "regional_after": (
        " Hope this helps.", " Cheers!", " Thank you.", " God bless.", " No wahala.", " Hope it helps!",
    ),
    "solved": (
        "Sorted, my neighbour told me. ", "Update for anyone finding this later: ",
        "Got it in the end, it says ", "Solved! A colleague translated it: ",
    ),
    "pasted_chat": (
        "lol look at this from our group chat", "Family group chat is at it again",
        "Screenshot was blurry so pasting the chat", "Context for the argument in my last post:",
    ),
    "quote_by": (
        "Originally Posted by ", "Quote from ", "Posted by ", "Quoting ",
    ),
    "pay": (
        "I'll pay for a proper translation if anyone does this professionally.",
        "Is there a translator on here who takes commissions?",
        "Need a certified translation of a longer document in this style, DM me rates.",
        "Any recommendations for a translation agency in London?",
    ),
    "pay_answer": (
        "Try the translators' section of the forum, they're good.",
        "My cousin does this for work, I'll send you her number.",
        "Rates are usually per word, expect around 10p a word.",
        "Don't use an agency, they just run it through a machine.",
    ),
    "story": (
        "My grandad used to say something like this every morning.",
        "Saw this painted on a wall in Amman last summer.",
        "This was my late dad's favourite line.",
        "Our teacher wrote this on the board on the first day.",
        "Heard this in a taxi in Cairo and never forgot it.",
        "A stranger said this to me at the airport.",
    ),
}


def check_banks() -> None:
    """Refuse a phrase found in both halves of the banks (a held-out thread must be worded anew)."""
    halves: dict[str, set[str]] = {"tuned": set(), "held-out": set()}
    for bank in BANKS.values():
        halves["tuned"].update(p for p in bank[0::2] if p)
        halves["held-out"].update(p for p in bank[1::2] if p)
    both = halves["tuned"] & halves["held-out"]
    if both:
        raise AssertionError(f"phrases in both halves: {sorted(both)}")


@dataclass(frozen=True)
class Mark:
    """Text whose place in its comment is recorded under ``slot`` (a passage or its translation)."""

    slot: str
    text: str


@dataclass
class Draft:
    """A thread being written: its rows, where each marked text landed, and the items to score."""

    rows: list[list[str | None]] = field(default_factory=list)
    spans: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    items: list[tuple[str, str | None, bool]] = field(default_factory=list)

    def post(self, parent: str | None, author: str, *pieces: str | Mark) -> str:
        """Add a comment made of ``pieces`` (marked ones recorded); its id."""
        cid = f"c{len(self.rows) + 1}"
        slotted = [(piece.slot, piece.text) if isinstance(piece, Mark) else piece for piece in pieces]
        self.rows.append([cid, parent, author, _blind.joined(cid, slotted, self.spans, self.texts)])
        return cid

    def want(self, arabic: str, translation: str | None = None, partial: bool = False) -> None:
        """Score the passage in slot ``arabic`` against the translation in slot ``translation`` (None: unpaired)."""
        self.items.append((arabic, translation, partial))


class Words:
    """The wordings of one thread: phrases from its half of the banks, names, chatter of its part."""

    def __init__(self, split: str, rng: random.Random, pool: list[tuple[str, str]], ex: Example) -> None:
        self.half = 0 if split == "tuned" else 1
        self.rng = rng
        self.pool = pool
        self.own = set(ex.english) | set(ex.arabic)
        self.minute = rng.randrange(7 * 60, 12 * 60)  # the chat clock, in minutes after midnight

    def pick(self, bank: str) -> str:
        """One phrase of ``bank`` from this thread's half."""
        return self.rng.choice(BANKS[bank][self.half :: 2])

    def people(self, n: int) -> list[str]:
        """``n`` different names of this thread's half."""
        return self.rng.sample(BANKS["name"][self.half :: 2], n)

    def english(self) -> str:
        """Real English of another pair of the same part (never this thread's own)."""
        while True:
            arabic, english = self.pool[self.rng.randrange(len(self.pool))]
            if arabic not in self.own and english not in self.own:
                return english.strip()

    def time(self) -> str:
        """The next message's time, ``HH:MM``, a few minutes after the one before (the first in the morning)."""
        self.minute += self.rng.randrange(1, 9)
        return f"{self.minute // 60:02d}:{self.minute % 60:02d}"

    def clock(self) -> str:
        """A chat timestamp, ``[HH:MM]``."""
        return f"[{self.time()}]"


def arabic_of(ex: Example) -> Mark:
    return Mark("a", " ".join(a.strip() for a in ex.arabic))


def english_of(ex: Example) -> Mark:
    return Mark("e", " ".join(e.strip() for e in ex.english))


Shape = Callable[[Draft, Example, Words], None]


# Positives: news-site comment sections.


def disqus_reply(d: Draft, ex: Example, w: Words) -> None:
    """A formal reader quotes the Arabic and asks; another answers with a formal lead and signs off."""
    op, other, answerer = w.people(3)
    top = d.post(None, op, w.pick("disqus_context"), "\n\n", arabic_of(ex), "\n\n", w.pick("formal_ask"))
    d.post(top, other, w.pick("disqus_other"))
    d.post(top, answerer, f"Reply to {op}:\n\n", w.pick("formal_lead"), english_of(ex), w.pick("signoff"))
    d.want("a", "e")


def disqus_long_own(d: Draft, ex: Example, w: Words) -> None:
    """One long comment: context, the Arabic, its English in quotation marks, then more opinion."""
    op, other = w.people(2)
    top = d.post(None, op, w.pick("disqus_context"), "\n\n", arabic_of(ex), "\n\n", w.pick("formal_lead"), "\"",
                 english_of(ex), "\"\n\n", w.pick("disqus_after"), w.pick("signoff"))
    d.post(top, other, w.pick("disqus_other"))
    d.want("a", "e")


def disqus_deep(d: Draft, ex: Example, w: Words) -> None:
    """The translation three replies down a formal argument, "Reply to X" on each comment."""
    op, b, c = w.people(3)
    top = d.post(None, op, w.pick("disqus_context"), "\n\n", arabic_of(ex))
    r1 = d.post(top, b, f"Reply to {op}: ", w.pick("disqus_other"))
    r2 = d.post(r1, c, f"Reply to {b}: ", w.pick("formal_ask"))
    d.post(r2, op, f"Reply to {c}:\n", english_of(ex), w.pick("signoff"))
    d.want("a", "e")


# Facebook-style pages.


def fb_see_translation(d: Draft, ex: Example, w: Words) -> None:
    """The Arabic pasted with its "See translation" button; a reply tags the asker by name, then translates."""
    op, asker, answerer = w.people(3)
    top = d.post(None, op, arabic_of(ex), "\nSee translation", w.pick("fb_meta"))
    ask = d.post(top, asker, w.pick("fb_ask"), w.pick("fb_meta"))
    d.post(top, answerer, f"{asker} ", english_of(ex), " ", w.pick("emoji"), w.pick("fb_meta"))
    d.post(ask, op, w.pick("emoji"))
    d.want("a", "e")


def fb_author_emoji(d: Draft, ex: Example, w: Words) -> None:
    """Reactions under the Arabic, then the author's own reply with emoji after the English."""
    op, a, b = w.people(3)
    top = d.post(None, op, arabic_of(ex), " ", w.pick("emoji"))
    d.post(top, a, w.pick("emoji"))
    d.post(top, b, w.pick("fb_ask"))
    d.post(top, op, english_of(ex), " ", w.pick("emoji"), w.pick("fb_meta"))
    d.want("a", "e")


def fb_handle_answer(d: Draft, ex: Example, w: Words) -> None:
    """Flat Facebook comments (no reply links): the asker is named, then the translation."""
    op, asker, answerer = w.people(3)
    d.post(None, op, arabic_of(ex))
    d.post(None, asker, w.pick("fb_ask"))
    d.post(None, answerer, f"{asker} ", english_of(ex))
    d.want("a", "e")


# Forums.


def forum_quote(d: Draft, ex: Example, w: Words) -> None:
    """phpBB: the asker's post with a signature; a reply quotes the Arabic, translates, signs."""
    op, answerer = w.people(2)
    top = d.post(None, op, w.pick("forum_ask"), "\n\n", arabic_of(ex), w.pick("signature"))
    d.post(top, answerer, f"Quote: {w.pick('quote_by')}{op}\n", " ".join(a.strip() for a in ex.arabic), "\n\n",
           w.pick("forum_lead"), english_of(ex), w.pick("signature"))
    d.want("a", "e")


def forum_bbcode(d: Draft, ex: Example, w: Words) -> None:
    """vBulletin: "[QUOTE=name]Arabic[/QUOTE]" then the translation, a signature under it."""
    op, other, answerer = w.people(3)
    top = d.post(None, op, arabic_of(ex), "\n\n", w.pick("forum_ask"), w.pick("signature"))
    d.post(top, other, "bump" + w.pick("signature"))
    d.post(top, answerer, f"[QUOTE={op}]", " ".join(a.strip() for a in ex.arabic), "[/QUOTE]\n\n",
           english_of(ex), w.pick("signature"))
    d.want("a", "e")


def forum_own_later(d: Draft, ex: Example, w: Words) -> None:
    """The asker works it out and posts the answer later in the topic, signature included."""
    op, a, b = w.people(3)
    top = d.post(None, op, w.pick("forum_ask"), "\n\n", arabic_of(ex), w.pick("signature"))
    d.post(top, a, w.pick("pay_answer") + w.pick("signature"))
    d.post(top, b, w.english() + w.pick("signature"))
    d.post(top, op, w.pick("solved"), english_of(ex), w.pick("signature"))
    d.want("a", "e")


# Chat exports.


def telegram_rows(d: Draft, ex: Example, w: Words) -> None:
    """A Telegram export pasted as a flat thread: "[HH:MM] name:" opens every comment."""
    op, asker, answerer, other = w.people(4)
    d.post(None, op, f"{w.clock()} {op}: ", arabic_of(ex))
    d.post(None, other, f"{w.clock()} {other}: {w.pick('chat_other')}")
    d.post(None, asker, f"{w.clock()} {asker}: {w.pick('chat_ask')}")
    d.post(None, answerer, f"{w.clock()} {answerer}: {w.pick('chat_lead')}", english_of(ex))
    d.want("a", "e")


def whatsapp_one_comment(d: Draft, ex: Example, w: Words) -> None:
    """A whole WhatsApp chat pasted into one comment; the translation is a later line of it."""
    poster, op, asker = w.people(3)
    day = f"{w.rng.randrange(1, 28):02d}/0{w.rng.randrange(1, 9)}/2024"

    def line(who: str) -> str:
        return f"{day}, {w.time()} - {who}: "

    top = d.post(None, poster, w.pick("pasted_chat"), "\n\n", line(op), arabic_of(ex), "\n",
                 line(asker), w.pick("chat_ask"), "\n", line(op), english_of(ex), "\n", line(asker), w.pick("chat_other"))
    d.post(top, asker, w.pick("emoji"))
    d.want("a", "e")


# Scripture, poetry and lyrics.


def scholar_reference(d: Draft, ex: Example, w: Words) -> None:
    """The Arabic with a reference; a reply gives a named scholar's translation with the reference again."""
    op, a, b = w.people(3)
    ref = w.pick("reference")
    top = d.post(None, op, arabic_of(ex), ref)
    d.post(top, a, w.pick("scholar_thanks"))
    d.post(top, b, w.pick("scholar_lead"), "\"", english_of(ex), "\"", ref)
    d.want("a", "e")


def scholar_same_comment(d: Draft, ex: Example, w: Words) -> None:
    """Arabic, then the scholar's English in quotation marks, then the reference, in one comment."""
    op, a = w.people(2)
    top = d.post(None, op, arabic_of(ex), "\n\n", w.pick("scholar_lead"), "\n\"", english_of(ex), "\"\n", w.pick("reference").strip())
    d.post(top, a, w.pick("scholar_thanks"))
    d.want("a", "e")


def poem_lines(d: Draft, ex: Example, w: Words) -> None:
    """Two lines of verse; a reply translates both, one English line each, then a note."""
    op, a, b = w.people(3)
    top = d.post(None, op, w.pick("story"), "\n\n", Mark("a", ex.arabic[0].strip() + "\n" + ex.arabic[1].strip()))
    d.post(top, a, w.pick("fb_ask"))
    d.post(top, b, Mark("e", ex.english[0].strip() + "\n" + ex.english[1].strip()), w.pick("poem_note"))
    d.want("a", "e")


def lyrics_interleaved(d: Draft, ex: Example, w: Words) -> None:
    """Song lyrics, each Arabic line followed by its English line, in one comment."""
    op, a = w.people(2)
    top = d.post(None, op, w.pick("song_intro"), "\n\n", Mark("a1", ex.arabic[0].strip()), "\n", Mark("e1", ex.english[0].strip()),
                 "\n\n", Mark("a2", ex.arabic[1].strip()), "\n", Mark("e2", ex.english[1].strip()))
    d.post(top, a, w.pick("song_other"))
    d.want("a1", "e1")
    d.want("a2", "e2")


# Headlines, notes, disagreement.


def headline_reply(d: Draft, ex: Example, w: Words) -> None:
    """A news account posts an Arabic headline; a reader answers "Headline says: ..."."""
    op, a, b = w.people(3)
    top = d.post(None, op, arabic_of(ex), "\n", "https://example.org/news/" + str(w.rng.randrange(10_000, 99_999)))
    d.post(top, a, w.pick("headline_other"))
    d.post(top, b, w.pick("headline_lead"), english_of(ex))
    d.want("a", "e")


def translator_note(d: Draft, ex: Example, w: Words) -> None:
    """A translation followed by a translator's note or footnote."""
    op, asker, answerer = w.people(3)
    top = d.post(None, op, arabic_of(ex))
    ask = d.post(top, asker, w.pick("fb_ask"))
    d.post(ask, answerer, english_of(ex), w.pick("tn"))
    d.want("a", "e")


def translators_disagree(d: Draft, ex: Example, w: Words) -> None:
    """One person translates; another argues with the wording; a third shrugs."""
    op, a, b, c = w.people(4)
    top = d.post(None, op, arabic_of(ex))
    tr = d.post(top, a, english_of(ex))
    d.post(tr, b, w.pick("disagree"))
    d.post(tr, c, w.pick("disagree_third"))
    d.want("a", "e")


def asked_in_arabic(d: Draft, ex: Example, w: Words) -> None:
    """The request itself is Arabic ("شو يعني؟"); the author answers in English."""
    op, asker = w.people(2)
    top = d.post(None, op, w.pick("story"), "\n", arabic_of(ex))
    ask = d.post(top, asker, w.pick("arabic_ask"))
    d.post(ask, op, english_of(ex))
    d.want("a", "e")


def gist(d: Draft, ex: Example, w: Words) -> None:
    """A third person gives the English after "basically he's saying"."""
    op, asker, answerer = w.people(3)
    top = d.post(None, op, arabic_of(ex))
    d.post(top, asker, w.pick("fb_ask"))
    d.post(top, answerer, w.pick("gist_lead"), english_of(ex))
    d.want("a", "e")


def gist_partial(d: Draft, ex: Example, w: Words) -> None:
    """Only the first sentence translated, then an admission the rest was not understood."""
    op, answerer = w.people(2)
    top = d.post(None, op, arabic_of(ex))
    d.post(top, answerer, w.pick("gist_lead"), Mark("e", ex.english[0].strip()), w.pick("gist_partial_tail"))
    d.want("a", "e", partial=True)


def regional(bank: str) -> Shape:
    """A translation introduced and closed the way British, Indian or Nigerian English speakers write."""
    def shape(d: Draft, ex: Example, w: Words) -> None:
        op, asker, answerer = w.people(3)
        top = d.post(None, op, arabic_of(ex))
        ask = d.post(top, asker, w.pick("fb_ask"))
        d.post(ask, answerer, w.pick(bank), english_of(ex), w.pick("regional_after"))
        d.want("a", "e")
    shape.__doc__ = f"A third person's translation with a {bank} English lead and closing."
    return shape


def headline_same(d: Draft, ex: Example, w: Words) -> None:
    """The poster gives the Arabic headline and its English in one comment, then a remark."""
    op, a = w.people(2)
    top = d.post(None, op, arabic_of(ex), "\n\n", w.pick("headline_lead"), english_of(ex), "\n\n", w.pick("headline_other"))
    d.post(top, a, w.pick("disqus_other"))
    d.want("a", "e")


# Negatives that look like answers.


def neg_disqus_formal(d: Draft, ex: Example, w: Words) -> None:
    """A formal request answered with "Reply to X:" and real English about something else."""
    op, a = w.people(2)
    top = d.post(None, op, w.pick("disqus_context"), "\n\n", arabic_of(ex), "\n\n", w.pick("formal_ask"))
    d.post(top, a, f"Reply to {op}:\n\n", w.english(), w.pick("signoff"))
    d.want("a")


def neg_fb_amen(d: Draft, ex: Example, w: Words) -> None:
    """A "See translation" post with reactions and blessings, nobody translating."""
    op, a, b, c = w.people(4)
    top = d.post(None, op, arabic_of(ex), "\nSee translation", w.pick("fb_meta"))
    d.post(top, a, w.pick("fb_amen"), w.pick("fb_meta"))
    d.post(top, b, w.pick("fb_amen"))
    d.post(top, c, w.pick("emoji"))
    d.want("a")


def neg_forum_rebuttal(d: Draft, ex: Example, w: Words) -> None:
    """A forum reply quotes the Arabic and argues with it; signatures under both posts."""
    op, a = w.people(2)
    top = d.post(None, op, arabic_of(ex), w.pick("signature"))
    d.post(top, a, f"[QUOTE={op}]", " ".join(x.strip() for x in ex.arabic), "[/QUOTE]\n\n", w.pick("forum_rebut"), w.pick("signature"))
    d.want("a")


def neg_telegram_moves_on(d: Draft, ex: Example, w: Words) -> None:
    """A chat export where someone asks and the chat moves on to real English about other things."""
    op, asker, other = w.people(3)
    d.post(None, op, f"{w.clock()} {op}: ", arabic_of(ex))
    d.post(None, asker, f"{w.clock()} {asker}: {w.pick('chat_ask')}")
    d.post(None, other, f"{w.clock()} {other}: {w.english()}")
    d.post(None, op, f"{w.clock()} {op}: {w.pick('chat_other')}")
    d.want("a")


def neg_reference_only(d: Draft, ex: Example, w: Words) -> None:
    """The Arabic with a reference, thanks and a question about the source; no translation."""
    op, a, b = w.people(3)
    top = d.post(None, op, arabic_of(ex), w.pick("reference"))
    d.post(top, a, w.pick("scholar_thanks"))
    d.post(top, b, w.pick("scholar_thanks"))
    d.want("a")


def neg_lyrics_talk(d: Draft, ex: Example, w: Words) -> None:
    """Lyrics posted, replies about the singer and the album."""
    op, a, b = w.people(3)
    top = d.post(None, op, w.pick("story"), "\n\n", arabic_of(ex))
    d.post(top, a, w.pick("song_other"))
    d.post(top, b, w.pick("song_other"))
    d.want("a")


def neg_headline_remark(d: Draft, ex: Example, w: Words) -> None:
    """An Arabic headline; a reader's remark about the headline, then real English of another story."""
    op, a, b = w.people(3)
    top = d.post(None, op, arabic_of(ex))
    d.post(top, a, w.pick("headline_other"), " ", w.english())
    d.post(top, b, w.pick("headline_other"))
    d.want("a")


def neg_arabic_ask(d: Draft, ex: Example, w: Words) -> None:
    """Asked in Arabic, answered "no idea"."""
    op, a, b = w.people(3)
    top = d.post(None, op, arabic_of(ex))
    ask = d.post(top, a, w.pick("arabic_ask"))
    d.post(ask, b, w.pick("arabic_noanswer"))
    d.want("a")


def neg_wants_translator(d: Draft, ex: Example, w: Words) -> None:
    """A forum topic about hiring a translator, replies about rates; nothing translated."""
    op, a = w.people(2)
    top = d.post(None, op, arabic_of(ex), "\n\n", w.pick("pay"), w.pick("signature"))
    d.post(top, a, w.pick("pay_answer"), w.pick("signature"))
    d.want("a")


def neg_author_story(d: Draft, ex: Example, w: Words) -> None:
    """Asked what it means, the author answers with the story behind it, not its translation."""
    op, asker = w.people(2)
    top = d.post(None, op, arabic_of(ex))
    ask = d.post(top, asker, w.pick("fb_ask"))
    d.post(ask, op, w.pick("story"))
    d.want("a")


# name -> (builder, sentences of Arabic, kind)
SHAPES: dict[str, tuple[Shape, int, str]] = {
    "disqus reply with a formal lead": (disqus_reply, 1, "pos"),
    "disqus long comment, quoted English": (disqus_long_own, 1, "pos"),
    "disqus deep, Reply to X": (disqus_deep, 2, "pos"),
    "facebook See translation, tagged asker": (fb_see_translation, 1, "pos"),
    "facebook author, emoji after": (fb_author_emoji, 2, "pos"),
    "facebook flat, tagged asker": (fb_handle_answer, 1, "pos"),
    "forum Quote: block, signatures": (forum_quote, 2, "pos"),
    "forum [QUOTE] block, signatures": (forum_bbcode, 1, "pos"),
    "forum asker answers later": (forum_own_later, 1, "pos"),
    "telegram rows with timestamps": (telegram_rows, 1, "pos"),
    "whatsapp chat in one comment": (whatsapp_one_comment, 1, "pos"),
    "scholar's translation with reference": (scholar_reference, 1, "pos"),
    "scholar's translation, same comment": (scholar_same_comment, 2, "pos"),
    "poem lines translated": (poem_lines, 2, "pos"),
    "lyrics line by line": (lyrics_interleaved, 2, "pos"),
    "headline says": (headline_reply, 1, "pos"),
    "headline and English, same comment": (headline_same, 1, "pos"),
    "translator's note after": (translator_note, 2, "pos"),
    "translators disagree": (translators_disagree, 1, "pos"),
    "asked in Arabic": (asked_in_arabic, 1, "pos"),
    "gist lead": (gist, 1, "pos"),
    "gist of the first sentence only": (gist_partial, 2, "pos"),
    "British wording": (regional("british"), 1, "pos"),
    "Indian wording": (regional("indian"), 1, "pos"),
    "Nigerian wording": (regional("nigerian"), 1, "pos"),
    "neg: disqus formal reply elsewhere": (neg_disqus_formal, 1, "neg"),
    "neg: facebook blessings": (neg_fb_amen, 1, "neg"),
    "neg: forum quote and rebuttal": (neg_forum_rebuttal, 1, "neg"),
    "neg: telegram chat moves on": (neg_telegram_moves_on, 1, "neg"),
    "neg: reference, no translation": (neg_reference_only, 1, "neg"),
    "neg: lyrics talk": (neg_lyrics_talk, 1, "neg"),
    "neg: headline remark": (neg_headline_remark, 1, "neg"),
    "neg: asked in Arabic, no idea": (neg_arabic_ask, 1, "neg"),
    "neg: looking for a translator": (neg_wants_translator, 1, "neg"),
    "neg: author tells a story": (neg_author_story, 1, "neg"),
}


def record(p: _blind.Planned, d: Draft) -> dict[str, object]:
    """A thread in bench/bench_pairing.py's format: each item's passage and translation, a partial one marked."""
    return _blind.record(p, d.rows, d.spans, d.texts, _blind.partial_items(d.items, d.spans))


def build(sources: dict[str, list[tuple[str, str]]] | None = None, tuned: int = 6, held_out: int = 3) -> list[dict[str, object]]:
    """Every shape's threads: ``tuned`` and ``held_out`` per data set (:func:`_blind.plan`)."""
    check_banks()
    out: list[dict[str, object]] = []
    for p in _blind.plan(SEED, SHAPES, sources, tuned, held_out):
        d = Draft()
        p.builder(d, p.example, Words(p.split, p.rng, p.pool, p.example))
        out.append(record(p, d))
    return out


def main(argv: list[str] | None = None) -> int:
    return _blind.main(__doc__, OUT, build, 6, 3, argv)


if __name__ == "__main__":
    raise SystemExit(main())
