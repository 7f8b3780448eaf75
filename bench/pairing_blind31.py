"""Round 31 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own (stamp shows, seed swaps, rooftop gardens, radio call-in shows, night
markets, piano tuners, ...), about two thirds with a commenter's translation (the gold span is the
translation only: leads, mod notes, spoiler tags, handles, emoji and sign-offs left out) and one third
with English that looks like a translation and is not.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind31.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import flat  # noqa: E402

SEED = 3131
DEFAULT_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round31.jsonl"

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "name": ("Rania_K", "Tomasz", "Layla.M", "Ibrahim88", "grumpy_gardener", "Yousef_H", "Nadia", "Callum", "Mariam_S", "Oskar"),
    "helper": ("Hassan_bakes", "Farida.T", "Zaid_reads", "Lina_from_Amman", "Samir", "Reem_N", "Amjad", "Dounia"),
    "asker": ("Pete_W", "Gemma", "Brian_O", "Ines", "kev_the_collector", "Maud", "Sunil", "Tove"),
    "ask": ("what does it say?", "anyone able to translate this?", "can someone tell me what this says", "no clue what this means, help?",
            "English please?", "would love to know what this says!", "any Arabic speakers here?", "translation anyone? 🙏"),
    "image": ("[image text]: ", "[Image text]: ", "[image text]:\n", "[text in image]: "),
    "argue": ("Honestly I don't think that is a fair point though, the rules changed years ago and nobody told the vendors.",
              "I disagree with the people saying it's rude, it's just how people talk there.",
              "And for what it's worth, I think the organisers were right to move the date.",
              "Whether you agree with it or not is another matter; I mostly don't.",
              "Not sure why everyone is piling on, the point is a reasonable one.",
              "I'd push back on the idea that this is some kind of complaint, it really isn't."),
    "argue_lead": ("The post says: ", "It says: ", "What it says is: ", "So it reads: "),
    "skip": ("(the rest is the same line repeated, so I only did it once)", "(it's pasted three times, translated once)",
             "(skipped the repeats, it's the same sentence)", "(same line again and again, I left the copies out)"),
    "skip_lead": ("Translating once: ", "Once is enough: ", "Here: ", "Only the first copy: "),
    "formula": ("Inshallah.", "Mashallah!", "inshallah", "mashallah", "In sha Allah.", "Masha'Allah."),
    "formula_ar": ("إن شاء الله", "ما شاء الله", "إن شاء الله", "ما شاء الله", "إن شاء الله", "ما شاء الله"),
    "mod_open": ("[MOD] Posting a translation so this can stay up under rule 3 (English summaries required):\n\n",
                 "Mod note: non-English posts need a translation, here it is for everyone.\n\n",
                 "**Moderator:** translated below so the thread stays on topic.\n\n",
                 "🛡️ Mod team here. Rule 5 says posts must be readable by all members, so:\n\n"),
    "mod_close": ("\n\nPlease keep replies civil. — the mod team", "\n\nLocked replies will reopen tomorrow.",
                  "\n\n(Report anything off topic, thanks.)", "\n\n-- mods"),
    "twice_first": ("Literal: ", "Word for word: ", "Literally: ", "Direct: "),
    "twice_second": ("Natural:", "In normal English:", "More naturally:", "Smoother:"),
    "spoiler": ("||", ">!", "[spoiler]", "<spoiler>"),
    "two_lead": ("Answering both of you at once.\n", "Since two of you asked:\n", "Both requests, one reply:\n", "For the two people who asked:\n"),
    "first_label": ("The first one: ", "Top comment: ", "First post: ", "Upper one: "),
    "second_label": ("The second one: ", "Reply below it: ", "Second post: ", "Lower one: "),
    "heading": ("**Translation**\n", "## Translation\n\n", "**TRANSLATION**\n\n", "__Translation__\n"),
    "radio_lead": ("Producer here, this is what the caller texted in: ", "From the studio, the message reads: ",
                   "Our presenter translated it on air: ", "Host here, for the English listeners: "),
    "piano_lead": ("(for my English-speaking customers) ", "For the non-Arabic readers: ", "In English too: ", "English version: "),
    "before_tail": ("\n\nOriginal below 👇\n", "\n\nand in Arabic:\n", "\n\n— original:\n", "\n\nArabic text:\n"),
    "third_lead": ("My wife reads Arabic, she says it's: ", "Asked my neighbour, it means: ", "Colleague translated it for me: ",
                   "A friend who speaks Arabic says: "),
    "later_lead": ("Forgot to translate my post above: ", "For those asking about my earlier comment: ",
                   "Adding the English for my post further up: ", "Sorry, should have translated this earlier: "),
    "inline_open": ("(EN: ", "(English: ", "[EN: ", "(in English: "),
    "chat": ("Are you going this year?", "The queue was huge last time.", "Which day is best?", "Saw this last week, lovely.",
             "Is parking free there?", "Went with my kids, they loved it."),
    "rough_lead": ("Roughly: ", "Something like: ", "More or less: ", "Approximately: "),
    "rough_tail": (" (my Arabic is rusty)", " (not 100% sure on this)", " (someone correct me if wrong)", " (I'm still learning)"),
    "signoff": ("\n– Sam, Swift Removals", "\n\nCheers, Dave @ MoveRight", "\n— Alia (office team)", "\n\nThanks, Kieran | Two Vans Ltd"),
    "emoji": (" 🔥🔥", " ✨", " 🙌🙌", " 💯"),
    "deep_talk": ("Did anyone translate the first post?", "Still waiting on a translation lol", "Someone here must know.", "I tried an app but it was gibberish."),
    "video": ("The video's gist: ", "Basically in the clip: ", "What happens in the video: ", "Video summary: "),
    "video_tail": (" Then he shows the finished sign.", " The captions just describe it.", " Good clip overall.", " Worth watching to the end."),
    "app": ("Just use the Reverso app, it handles dialect far better than the usual one.",
            "Try Google Lens on a screenshot, it does Arabic pretty well now.",
            "DeepL has Arabic now, paste it in there.",
            "There's an app called Almaany that's great for this kind of thing.",
            "Honestly Microsoft Translator's camera mode is the best for signs like this.",
            "Copy it into Yandex Translate, it's surprisingly good with Arabic."),
    "deleted": ("[deleted]", "[removed by moderator]", "[comment removed]", "[this comment was deleted]"),
    "deleted_lead": ("The deleted one said: ", "For context, the removed comment said: ", "What the removed post said: ", "It said: "),
    "quote_author": ("That's a famous line by Naguib Mahfouz.", "This is a well-known quote, it's from Mahmoud Darwish.",
                     "Pretty sure that's Gibran Khalil Gibran.", "That's a Nizar Qabbani quote, a classic.",
                     "Famous saying, usually credited to Ali ibn Abi Talib.", "It's from Taha Hussein if I remember right."),
    "ar_reply": ("شكرا جزيلا على المشاركة", "أتفق معك تماما", "صحيح والله", "كلام جميل جدا", "الله يعطيك العافية", "معك حق"),
    "hashtags": ("Tags on this one: #StampShow #Philately #Cairo #Collectors", "The hashtags are #seedswap #heirloom #organic",
                 "It's tagged #lanternfestival #nightlights #family", "Hashtags say #rooftopgarden #urbanfarming",
                 "Tags: #nightmarket #streetfood #weekend", "#skipatrol #snow #safetyfirst are the tags"),
    "article": ("From the article: ", "Article text: ", "The story above says: ", "Quoting the article: "),
    "neg_image": ("[image text]: ", "[Image text]: ", "[image text]:\n", "[text in image]: "),
    "unrelated_ask": ("no idea sorry", "can't help, don't read Arabic", "wish I knew", "same question here"),
    "update_head": ("**Update**\n", "## Update\n\n", "**UPDATE**\n\n", "__Update__\n"),
}

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def in_words(n: int) -> str:
    """A whole number below ten thousand in English words."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        return _UNITS[n // 100] + " hundred" + (" and " + in_words(n % 100) if n % 100 else "")
    return in_words(n // 1000) + " thousand" + (" " + in_words(n % 1000) if n % 1000 else "")


def spelled(text: str) -> str:
    """``text`` with each whole number below ten thousand (digits standing alone) written as words."""
    return re.sub(r"(?<![\w.,:/-])\d{1,4}(?![\d.,:/%]|\w)", lambda m: in_words(int(m.group())), text)


class Writer(_blind.Writer):
    """One thread of this round being written (:class:`_blind.Writer`) with this round's banks."""

    banks = BANKS


Shape = Callable[[Writer], None]

# --- positives -----------------------------------------------------------------------------------


def image_text(w: Writer) -> None:
    """Stamp show: a reply's image description is the translation."""
    a, b = w.who("name"), w.who("helper")
    w.add("1", None, a, "Found this on a cover at the stamp show 📮\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ask"))
    w.add("3", "2", b, w.ph("image"), ("E", w.english))
    w.item(("A", "E"))


def argues(w: Writer) -> None:
    """Seed swap: the translation inside a longer reply that argues a point."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("argue_lead"), ("E", w.english), "\n\n", w.ph("argue"))
    w.item(("A", "E"))


def line_breaks(w: Writer) -> None:
    """Rooftop garden: the Arabic on one line, the translation broken into lines elsewhere."""
    words = w.english.split(" ")
    cut = max(1, len(words) // 2)
    broken = " ".join(words[:cut]) + "\n" + " ".join(words[cut:]) if len(words) > 1 else w.english
    w.add("1", None, w.who("name"), "🌿 rooftop update\n", ("A", w.arabic))
    w.add("2", "1", w.who("name"), ("E", broken))
    w.item(("A", "E"))


def skipped_repeat(w: Writer) -> None:
    """Night market chant pasted three times; the translator does it once and says so."""
    w.add("1", None, w.who("name"), ("A", w.arabic), "\n", w.arabic, "\n", w.arabic)
    w.add("2", "1", w.who("helper"), w.ph("skip_lead"), ("E", w.english), " ", w.ph("skip"))
    w.item(("A", "E"))


def number_words(w: Writer) -> None:
    """Ice-cream van route: the translation writes the numbers as words (a pair of the part with a
    number in it when the example has none)."""
    arabic, english = w.arabic, w.english
    for _ in range(300 if spelled(english) == english else 0):
        a, e = w.p.rng.choice(w.p.pool)
        if spelled(e.strip()) != e.strip():
            arabic, english = a.strip(), e.strip()
            break
    w.add("1", None, w.who("name"), ("A", arabic))
    w.add("2", "1", w.who("asker"), w.ph("ask"))
    w.add("3", "2", w.who("helper"), ("E", spelled(english)))
    w.item(("A", "E"))


def formula(w: Writer) -> None:
    """Mountain hut guestbook: the translation keeps the religious formula in Latin letters."""
    k = w.p.rng.randrange(len(BANKS["formula"]) // 2) * 2 + w.half
    w.add("1", None, w.who("name"), ("A", w.arabic), " ", BANKS["formula_ar"][k])
    w.add("2", "1", w.who("name"), ("E", w.english + " " + BANKS["formula"][k]))
    w.item(("A", "E"))


def mod_note(w: Writer) -> None:
    """Street food permits board: a moderator posts the translation inside a mod note."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", "AutoModerator" if w.half else "mod_team", w.ph("mod_open"), ("E", w.english), w.ph("mod_close"))
    w.item(("A", "E"))


def quoted_request(w: Writer) -> None:
    """Surf school: the reply quotes the request first."""
    ask = w.ph("ask")
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), ask)
    w.add("3", "2", w.who("helper"), "> " + ask + "\n\n", ("E", w.english))
    w.item(("A", "E"))


def twice(w: Writer) -> None:
    """Print shop: literal then natural; the gold span is the whole of both."""
    first = w.ph("twice_first")
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), first, ("E", w.english + "\n" + w.ph("twice_second") + " " + w.english))
    w.item(("A", "E"))


def spoiler(w: Writer) -> None:
    """Trivia app: the translation under a spoiler tag."""
    tag = w.ph("spoiler")
    close = {"||": "||", ">!": "!<", "[spoiler]": "[/spoiler]", "<spoiler>": "</spoiler>"}[tag]
    w.add("1", None, w.who("name"), "Bonus round clue 🧠\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "answer hidden so nobody gets spoiled: ", tag, ("E", w.english), close)
    w.item(("A", "E"))


def two_requests(w: Writer) -> None:
    """Lantern festival: two posts, two requests, one reply translating both."""
    a1, a2 = w.p.example.arabic[0].strip(), w.p.example.arabic[-1].strip()
    e1, e2 = w.p.example.english[0].strip(), w.p.example.english[-1].strip()
    w.add("1", None, w.who("name"), ("A1", a1))
    w.add("2", None, w.who("name"), ("A2", a2))
    w.add("3", "1", w.who("asker"), w.ph("ask"))
    w.add("4", "2", w.who("asker"), w.ph("ask"))
    w.add("5", "3", w.who("helper"), w.ph("two_lead"), w.ph("first_label"), ("E1", e1), "\n", w.ph("second_label"), ("E2", e2))
    w.item(("A1", "E1"), ("A2", "E2"))


def heading(w: Writer) -> None:
    """Bridal shop: the translation's first line is a heading."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("name"), w.ph("heading"), ("E", w.english))
    w.item(("A", "E"))


def radio(w: Writer) -> None:
    """Radio call-in show: the producer relays a listener's message."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", "StudioDesk", w.ph("radio_lead"), ("E", w.english))
    w.item(("A", "E"))


def piano(w: Writer) -> None:
    """Piano tuner: the author's own reply for English-speaking customers."""
    a = w.who("name")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", a, w.ph("piano_lead"), ("E", w.english))
    w.item(("A", "E"))


def before(w: Writer) -> None:
    """Shoe repair notice: the translation first, the Arabic under it."""
    w.add("1", None, w.who("name"), ("E", w.english), w.ph("before_tail"), ("A", w.arabic))
    w.item(("A", "E"))


def third_person(w: Writer) -> None:
    """Locksmith: a third person relays someone else's translation."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ask"))
    w.add("3", "1", w.who("helper"), w.ph("third_lead"), '"', ("E", w.english), '"')
    w.item(("A", "E"))


def later_top(w: Writer) -> None:
    """Community radio: the author's later top-level comment translates the earlier one."""
    a = w.who("name")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", None, w.who("asker", a), w.ph("chat"))
    w.add("3", None, a, w.ph("later_lead"), ("E", w.english))
    w.item(("A", "E"))


def inline(w: Writer) -> None:
    """Ski patrol notice: the English in brackets on the next line."""
    w.add("1", None, "SkiPatrol_North", ("A", w.arabic), "\n", w.ph("inline_open"), ("E", w.english), ")")
    w.item(("A", "E"))


def deep(w: Writer) -> None:
    """Music festival lost property: the translation three replies down."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("deep_talk"))
    w.add("3", "2", w.who("asker"), w.ph("chat"))
    w.add("4", "3", w.who("helper"), ("E", w.english))
    w.item(("A", "E"))


def rough(w: Writer) -> None:
    """Glassblowers: a hedged translation."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("rough_lead"), ("E", w.english), w.ph("rough_tail"))
    w.item(("A", "E"))


def signoff(w: Writer) -> None:
    """Removal company: a handle first, a company sign-off after."""
    a = w.who("name")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", "SwiftMovers", "@" + a + " ", ("E", w.english), w.ph("signoff"))
    w.item(("A", "E"))


def emoji(w: Writer) -> None:
    """Sign painter: the author's next-line translation with emoji after."""
    w.add("1", None, w.who("name"), ("A", w.arabic), "\n", ("E", w.english), w.ph("emoji"))
    w.item(("A", "E"))


def other_comment(w: Writer) -> None:
    """School bus routes: one Arabic post is translated, another (ours) is not."""
    arabic, english = w.other_pair()
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", None, w.who("name"), ("B", arabic))
    w.add("3", "2", w.who("helper"), ("F", english))
    w.item(("A", None), ("B", "F"))


# --- negatives -----------------------------------------------------------------------------------


def n_video(w: Writer) -> None:
    """Football kit supplier: a reply giving the gist of the video the Arabic captions."""
    w.add("1", None, w.who("name"), "🎥 new kit reveal\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("video"), w.other, w.ph("video_tail"))
    w.item(("A", None))


def n_app(w: Writer) -> None:
    """Carpentry apprenticeship board: a reply recommending a translation app."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ask"))
    w.add("3", "2", w.who("helper"), w.ph("app"))
    w.item(("A", None))


def n_deleted(w: Writer) -> None:
    """Public baths review: a reply translating a different, removed comment."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", None, w.who("name"), w.ph("deleted"))
    w.add("3", "2", w.who("helper"), w.ph("deleted_lead"), w.other)
    w.item(("A", None))


def n_quote(w: Writer) -> None:
    """Stamp show: a reply says the Arabic is a famous quote and names its author only."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("quote_author"))
    w.item(("A", None))


def n_arabic_reply(w: Writer) -> None:
    """Seed swap: a reply in Arabic answering the Arabic, and English chat beside it."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("ar_reply"))
    w.add("3", "1", w.who("asker"), w.other)
    w.item(("A", None))


def n_hashtags(w: Writer) -> None:
    """Rooftop garden: a reply listing the post's hashtags."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ask"))
    w.add("3", "2", w.who("helper"), w.ph("hashtags"))
    w.item(("A", None))


def n_article(w: Writer) -> None:
    """Local street food story: English copied from the article under the comments."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("article"), w.other)
    w.item(("A", None))


def n_image(w: Writer) -> None:
    """Glassblowers: an image description of a different picture."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "here's the sign from my stall: ", w.ph("neg_image"), w.other)
    w.item(("A", None))


def n_spoiler(w: Writer) -> None:
    """Trivia app: a spoiler-tagged answer to the quiz, not the Arabic."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "||" + w.other + "||")
    w.item(("A", None))


def n_heading(w: Writer) -> None:
    """Bridal shop: the author's update under a heading, about something else."""
    a = w.who("name")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", a, w.ph("update_head"), w.other)
    w.item(("A", None))


def n_request_unanswered(w: Writer) -> None:
    """Piano tuner: a request, a shrug and unrelated English."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ask"))
    w.add("3", "2", w.who("helper"), w.ph("unrelated_ask"))
    w.add("4", "1", w.who("name"), w.other)
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "image description": (image_text, 1, "pos"),
    "inside an argument": (argues, 2, "pos"),
    "different line breaks": (line_breaks, 2, "pos"),
    "repeat skipped, said so": (skipped_repeat, 1, "pos"),
    "numbers as words": (number_words, 1, "pos"),
    "religious formula in Latin letters": (formula, 1, "pos"),
    "moderator's note": (mod_note, 2, "pos"),
    "request quoted first": (quoted_request, 1, "pos"),
    "literal then natural": (twice, 1, "pos"),
    "spoiler tag": (spoiler, 1, "pos"),
    "two requests answered at once": (two_requests, 2, "pos"),
    "heading first": (heading, 2, "pos"),
    "radio producer relays": (radio, 1, "pos"),
    "author's reply for customers": (piano, 2, "pos"),
    "translation before the Arabic": (before, 1, "pos"),
    "third person relays a friend": (third_person, 1, "pos"),
    "later top-level comment": (later_top, 2, "pos"),
    "bracketed next line": (inline, 1, "pos"),
    "three replies down": (deep, 1, "pos"),
    "hedged translation": (rough, 2, "pos"),
    "handle and company sign-off": (signoff, 1, "pos"),
    "next line with emoji": (emoji, 1, "pos"),
    "another post translated, ours not": (other_comment, 1, "pos"),
    "neg: video gist": (n_video, 1, "neg"),
    "neg: translation app": (n_app, 1, "neg"),
    "neg: removed comment translated": (n_deleted, 1, "neg"),
    "neg: quote's author named": (n_quote, 2, "neg"),
    "neg: Arabic reply": (n_arabic_reply, 1, "neg"),
    "neg: hashtags listed": (n_hashtags, 1, "neg"),
    "neg: article text": (n_article, 1, "neg"),
    "neg: other image's text": (n_image, 1, "neg"),
    "neg: spoiler answer": (n_spoiler, 1, "neg"),
    "neg: update heading": (n_heading, 2, "neg"),
    "neg: request unanswered": (n_request_unanswered, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, with numbers written as words,
    a religious formula kept after it, or given twice (literal, a label, natural)."""
    if gold != gold.strip():
        return False
    text = flat(" ".join(want))
    forms = {text, spelled(text)}
    g = flat(gold)
    if g in forms:
        return True
    if any(g == f"{t} {f}" for t in forms for f in BANKS["formula"]):
        return True
    return any(g == f"{text} {flat(label)} {text}" for label in BANKS["twice_second"])


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
