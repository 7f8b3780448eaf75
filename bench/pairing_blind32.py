"""Round 32 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: table cells, code fences, BBCode and markdown quotes, subtitle cues, timestamps,
italics, curly quotes, links, handles and hashtags left out) and one third with English that looks
like a translation and is not.

Settings of this round: calligraphy and perfume forums, a cooking channel's YouTube comments, a
beekeepers' board, a mobile game's chat, a language exchange, falconry, an app's localisation
tracker, a football supporters' club with French, Spanish, German and Italian members, a vintage
motorbike forum (BBCode), a fansub team (SRT cues), a learners' board, a tattoo subreddit, a
genealogy forum, cat photos, aquarium keepers, a family-travel Disqus blog, X threads, birdwatchers,
a car review channel's HTML-escaped comment export, a chess club, a news subreddit, oud lessons,
a music channel, a spreadsheet help desk and a gardening video's chapters.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind32.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import flat  # noqa: E402

SEED = 3232
DEFAULT_OUT = Path("/tmp/r32/pairing-devset-round32.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "name": ("Khadija_W", "Fergus", "Salma.R", "Anwar_77", "quietbeekeeper", "Noor_Hamdan", "Elif", "Rashid",
             "Yasmin_B", "Declan", "Hala_m", "Bjorn"),
    "helper": ("Marwan_T", "Soraya", "Tariq.dev", "Ghada_S", "Wael", "Basma_from_Tunis", "Karim_A", "Leen"),
    "asker": ("Ollie_P", "Chiara", "Frank_H", "Agnes", "matt_plays", "Rosalind", "Viktor", "Priya_K"),
    # table
    "table_head": ("| Arabic | English |\n|---|---|\n", "| AR | EN |\n|:--|:--|\n", "| Original | Translation |\n|---|---|\n",
                   "| Script | Meaning |\n| --- | --- |\n"),
    "table_lead": ("Here you go, lined up:\n\n", "Put it in a table so it's easier to read:\n\n", "Side by side:\n\n",
                   "Formatted it for you:\n\n"),
    # EDIT appended
    "edit": ("\n\nEDIT: translation: ", "\n\nEdit - English: ", "\n\nETA translation for everyone: ",
             "\n\nedit: in english since a few people asked - "),
    "edit_ask": ("what's the scent note written there?", "OP can you translate? curious", "is that the bottle's label?",
                 "sounds lovely, but what does it mean"),
    # YouTube timestamps
    "ts_dash": (" - ", " – ", " → ", ": "),
    "ts_tail": ("", "", " 😂", " lmao"),
    # typo then self-correction
    "typo_fix": ("*{good}, typo", "*{good} not {bad}, sorry, phone keyboard", "oops *{good}", "{bad} -> {good}, fat fingers"),
    # lowercase, no punctuation
    "lower_lead": ("", "", "ok so ", "basically "),
    # dictionary link after
    "dict_tail": ("\n\nhttps://www.almaany.com/en/dict/ar-en/ is handy for single words btw",
                  "\n\n(double-checked one word on https://en.wiktionary.org/wiki/)",
                  "\n\nSource for the tricky word: https://www.almaany.com/",
                  "\n\nlink to the dictionary I used: https://arabicstudentsdictionary.com/"),
    # two translators
    "first_try": ("It says: ", "I read it as: ", "Pretty sure it's: ", "Means: "),
    "counter": ("Not quite, it's: ", "No, that's off. Correct version: ", "Respectfully, it's actually: ",
                "That's not it, it says: "),
    "settle_second": ("Thanks both! Going with the second one, my teacher said the same.",
                      "Checked with my uncle, the correction is right. Cheers!",
                      "The second reading matches the context, thanks.",
                      "Asked at the club, the second one is correct 👍"),
    "settle_first": ("The first one was right after all, I asked my teacher.",
                     "Ah, my bad, I misread it. The first translation stands.",
                     "The original translation is correct, the second one is a different line.",
                     "Asked at the club: it's the first one."),
    # code block
    "fence": ("```\n", "```text\n", "~~~\n", "```txt\n"),
    "fence_lead": ("Suggested English source string:\n\n", "Should be:\n\n", "Here's the English for the string table:\n\n",
                   "English:\n\n"),
    # question in another language
    "foreign_ask": ("Quelqu'un peut traduire s'il vous plaît ?", "¿Alguien lo puede traducir?", "Kann das jemand übersetzen?",
                    "Qualcuno può tradurre per favore?", "Quelqu'un sait ce que ça veut dire ?", "¿Qué dice? No entiendo nada."),
    "foreign_lead": ("Only English from me, sorry: ", "In English (can't write yours well): ", "English, hope that's ok: ",
                     "Answering in English: "),
    # BBCode quote
    "bbcode": ("[quote={who}]", "[QUOTE=\"{who}\"]", "[quote]", "[QUOTE]"),
    # subtitles
    "srt_tail": ("\n\nTiming might need a nudge.", "\n\n(check the cue length)", "", "\n\nEdited the timing a bit."),
    # learner
    "attempt_lead": ("\n\nMy attempt at translating:\n", "\n\nMy try: ", "\n\nHere's what I got:\n", "\n\nI think it means: "),
    "attempt_tail": ("\n\nIs this right? Be brutal 😅", " — did I get it?", "\n\nCorrections welcome!", "\n\nclose enough?"),
    "confirm": ("Yes, spot on 👍", "Perfect, nothing to fix.", "That's exactly it, well done!", "Correct! Your Arabic is improving."),
    # tattoo emphasis
    "emph": ("*", "_", "**", "__"),
    "tattoo_lead": ("Relax, it's fine 😂 It says:\n\n", "Nothing embarrassing, it reads:\n\n", "You're good. Translation:\n\n",
                    "Don't worry, it's:\n\n"),
    # genealogy
    "transcribe_lead": ("Your transcription looks right to me:\n", "Transcription checks out:\n", "Cleaned up the text:\n",
                        "Read it as:\n"),
    "transcribe_mid": ("\n\nTranslation:\n", "\n\nIn English:\n", "\n\nTranslated:\n", "\n\nMeaning:\n"),
    "transcribe_tail": ("\n\nLovely letter.", "\n\nWhat a find!", "\n\nTreasure it.", "\n\nBeautiful handwriting too."),
    # joke first
    "joke": ("It says \"feed me or face the consequences\"", "Obviously: \"I knocked it off the table on purpose\"",
             "\"the human is late with dinner again\" obviously", "It means \"this box is mine now\""),
    "joke_fix": ("lol no. Actual translation: ", "😂 ignore him. Real one: ", "Ha. Seriously though: ", "Funny, but it's really: "),
    # pile-on
    "pile": ("Following", "+1 also curious", "bump", "commenting to find out later", "same question", "need to know this"),
    # inline "which means"
    "means_lead": ("My grandmother used to say ", "Our guide in Alexandria kept repeating ", "The sign at the hostel read ",
                   "A fisherman told us "),
    "means_mid": (", which means \"", ", meaning \"", ", which translates to \"", " — roughly \""),
    "means_tail": ("\" and it still makes me smile.", "\" and we laughed the whole way.", "\" — loved this post!",
                   "\", thought you'd like that."),
    # tweet link first
    "tweet_lead": ("Source tweet: https://x.com/{who}/status/{n}\n\nTranslation: ", "https://x.com/{who}/status/{n}?s=20\n\n",
                   "(original: https://twitter.com/{who}/status/{n})\n\n", "Link: x.com/{who}/status/{n}\n\nEnglish: "),
    # curly quotes
    "curly_tail": (" (my dad's translation, he grew up in Aleppo)", " (that's how my mum put it)", " (translated by my wife)",
                   " (per my Egyptian coworker)"),
    "curly_lead": ("", "", "Asked at home: ", "Family says: "),
    # HTML-escaped export
    "br_lead": ("Translation:<br>", "English:<br><br>", "In English<br>", "for anyone wondering:<br>"),
    "br_tail": ("<br><br>hope this helps", "<br><br>great review btw", "<br>", "<br><br>👍"),
    # handles and hashtags
    "hashtag": (" #translation", " #Arabic", " #TranslationThread", " #ArabicTwitter"),
    # DM
    "dm_lead": ("DM'd you, but here for everyone: ", "Sent you a message, posting here too so others see: ",
                "Replied in chat as well, but: ", "Messaged you, copying here: "),
    # quote lines
    "qlines_gap": ("\n\n", "\n\n", "\n\n→ ", "\n\n= "),
    # negatives
    "pron_ask": ("how do you pronounce this?", "can someone write it out in English letters?", "how is this read aloud?",
                 "transliteration please? want to sing along"),
    "pron_lead": ("Pronounced: ", "Roughly: ", "It's read like: ", "Phonetically: "),
    "summary_lead": ("Summary of the article for non-Arabic readers: ", "TL;DR of the linked piece: ",
                     "What the article is about: ", "The piece itself, summarised: "),
    "lyrics_lead": ("This reminds me of another song:\n", "Not this one, but my favourite lines are:\n",
                    "Totally different song but:\n", "Same vibe as:\n"),
    "guess": ("I think it says something about {t}? My Arabic is too rusty for the rest.",
              "Something about {t}, I think, not sure of the details.",
              "Pretty sure it's about {t} but I can't read the rest.",
              "No idea exactly, I only caught a word about {t}."),
    "topic": ("a wedding", "the weather", "a journey", "the market", "family", "work"),
    "bump": ("bump, still need a translation of this", "anyone? still curious", "bumping this", "still waiting 🙏"),
    "reask": ("Asking again since the first request got buried: what does the post above say?",
              "Second try: can anyone translate the top post?",
              "Did anyone ever translate the first comment?",
              "Still hoping someone can translate this one."),
    "wrong_reply": ("@{who} I think this is what yours says: ", "@{who} yours means: ", "@{who} translating your comment: ",
                    "@{who} here's yours: "),
    "define": ("Not a full translation, but «{w}» is {d}.", "Just the one word I know: «{w}», {d}.",
               "Looked up «{w}» in Hans Wehr: {d}.", "«{w}» on its own is {d}, the rest I can't do."),
    "definition": ("a noun with a few senses depending on context", "from a common root, used a lot in dialect",
                   "a word with about six meanings in the dictionary", "a verb form, the dictionary lists several senses",
                   "a word you mostly see in formal writing", "a plural, the singular is quite different"),
    "explain_q": ("(for the others: she's asking whether someone can translate it)", "She's asking what it says.",
                  "(he wants to know if anyone can translate)", "Translation of the question: can someone translate this?"),
    "table_fill": ("can someone fill in the English column?", "need the right-hand column, anyone?",
                   "help me finish the table please", "English column still empty, help!"),
    "excel_q": ("Excel shows question marks instead of this text, why?", "My CSV export mangles this line:",
                "Why does this show as ??? in Excel?", "The spreadsheet breaks this text, any idea?"),
    "excel_a": ("Your file is UTF-8 but Excel opens it as Windows-1252. Write it with a BOM:\n\n```\ndf.to_csv('out.csv', encoding='utf-8-sig')\n```",
                "Excel needs a byte order mark to read UTF-8. Try:\n\n```python\nopen(path, 'w', encoding='utf-8-sig')\n```",
                "Import it through Data > From Text and pick 65001 (UTF-8):\n\n```\nFile origin: 65001 : Unicode (UTF-8)\n```",
                "The encoding is wrong on export. This fixes it:\n\n```\niconv -f utf-8 -t utf-16le in.csv > out.csv\n```"),
    "chapters": ("0:00 intro\n{a} pruning the roses\n{b} watering schedule\n{c} Q&A",
                 "0:00 Intro\n{a} Soil prep\n{b} Planting the bulbs\n{c} Outro",
                 "00:00 hello!\n{a} compost tour\n{b} the greenhouse\n{c} thanks for watching",
                 "Chapters:\n0:00 start\n{a} tools\n{b} cuttings\n{c} final tips"),
}

_ROMAN = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "'", "gh", "f", "q", "k",
    "l", "m", "n", "h", "w", "y", "a", "a", "'", "a", "i", "aa", "'u", "'i"]))


def romanized(arabic: str) -> str:
    """A rough romanization of Arabic script (harakat dropped), punctuation kept."""
    out = []
    for ch in arabic:
        if "\u064b" <= ch <= "\u0652":
            continue
        out.append(_ROMAN.get(ch, ch))
    return "".join(out).replace("،", ",").replace("؟", "?")


def lowered(text: str) -> str:
    """How someone typing fast in a game chat writes a sentence: lower case, no punctuation."""
    text = text.lower().replace("-", " ").replace("–", " ")
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def escaped(text: str) -> str:
    """Text as a comment export escapes it (YouTube's API style)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


def typo(text: str) -> tuple[str, str, str] | None:
    """``text`` with two letters of one longer word swapped, the good word and the bad one (None: no such word)."""
    for m in re.finditer(r"[A-Za-z]{5,}", text):
        word = m.group()
        if word[1] != word[2]:
            bad = word[0] + word[2] + word[1] + word[3:]
            return text[: m.start()] + bad + text[m.end() :], word, bad
    return None


class Writer(_blind.Writer):
    """One thread of this round being written (:class:`_blind.Writer`) with this round's banks."""

    banks = BANKS

    def stamp(self) -> str:
        s = self.p.rng.randrange(15, 900)
        return f"{s // 60}:{s % 60:02d}"


Shape = Callable[[Writer], None]

# --- positives -----------------------------------------------------------------------------------


def table(w: Writer) -> None:
    """Calligraphy forum: the reply lines the Arabic and the English up in a markdown table."""
    w.add("1", None, w.who("name"), "Finished this piece today, the client wants the English too:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("table_lead"), w.ph("table_head"), "| ", w.arabic, " | ", ("E", w.english), " |")
    w.item(("A", "E"))


def edit_appended(w: Writer) -> None:
    """Perfume forum: the poster edits their own comment and appends the translation."""
    a = w.who("name")
    w.add("1", None, a, "The label on my new bottle 🌹\n\n", ("A", w.arabic), w.ph("edit"), ("E", w.english))
    w.add("2", "1", w.who("asker"), w.ph("edit_ask"))
    w.item(("A", "E"))


def timestamps(w: Writer) -> None:
    """Cooking channel: a viewer quotes a line at a timestamp, another gives its English at the same one."""
    ts = w.stamp()
    w.add("1", None, w.who("name"), ts + " ", ("A", w.arabic), w.ph("ts_tail"))
    w.add("2", "1", w.who("helper"), ts, w.ph("ts_dash"), ("E", w.english))
    w.item(("A", "E"))


def self_corrected(w: Writer) -> None:
    """Beekeepers: the translator replies to themselves fixing a typo in their translation (gold: the
    translation as posted, typo and all)."""
    fixed = typo(w.english)
    b = w.who("helper")
    w.add("1", None, w.who("name"), "Sticker on the hive box from my supplier:\n", ("A", w.arabic))
    if fixed is None:
        w.add("2", "1", b, ("E", w.english))
        w.add("3", "2", b, "(double-checked, that's right)")
    else:
        text, good, bad = fixed
        w.add("2", "1", b, ("E", text))
        w.add("3", "2", b, w.ph("typo_fix").format(good=good, bad=bad))
    w.item(("A", "E"))


def lowercase(w: Writer) -> None:
    """Mobile game chat: the translation typed fast, all lower case and no punctuation."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), "wat does that mean")
    w.add("3", "2", w.who("helper"), w.ph("lower_lead"), ("E", lowered(w.english)))
    w.item(("A", "E"))


def dictionary_link(w: Writer) -> None:
    """Language exchange: the translation, then the dictionary the translator used."""
    w.add("1", None, w.who("name"), "Heard this from my exchange partner today:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("dict_tail"))
    w.item(("A", "E"))


def disagree(w: Writer) -> None:
    """Falconry forum: two translators disagree; the asker settles it (on the second reading in some
    threads, the first in others: the gold span is the one the thread settles on)."""
    a, b = w.who("name"), w.who("helper")
    c = w.who("helper", b)
    w.add("1", None, a, "Engraved on a hood I bought at auction:\n", ("A", w.arabic))
    if w.p.rng.random() < 0.5:
        w.add("2", "1", b, w.ph("first_try"), w.other)
        w.add("3", "2", c, w.ph("counter"), ("E", w.english))
        w.add("4", "3", a, w.ph("settle_second"))
    else:
        w.add("2", "1", b, w.ph("first_try"), ("E", w.english))
        w.add("3", "2", c, w.ph("counter"), w.other)
        w.add("4", "3", a, w.ph("settle_first"))
    w.item(("A", "E"))


def code_block(w: Writer) -> None:
    """App localisation tracker: the English source string in a code fence."""
    fence = w.ph("fence")
    close = "~~~" if fence.startswith("~") else "```"
    w.add("1", None, w.who("name"), "The vendor sent this string back, what should the English be?\n\n", ("A", w.arabic))
    w.add("2", "1", "loc-bot" if w.half else "l10n_lead", w.ph("fence_lead"), fence, ("E", w.english), "\n", close)
    w.item(("A", "E"))


def foreign_question(w: Writer) -> None:
    """Football supporters' club: asked in French, Spanish, German or Italian, answered in English."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("foreign_ask"))
    w.add("3", "2", w.who("helper"), w.ph("foreign_lead"), ("E", w.english))
    w.item(("A", "E"))


def bbcode(w: Writer) -> None:
    """Vintage motorbike forum: a BBCode quote of the Arabic, then the English."""
    a = w.who("name")
    w.add("1", None, a, "Found this stamped under the tank of my old Jawa:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("bbcode").format(who=a), w.arabic, "[/QUOTE]" if w.half else "[/quote]", "\n\n", ("E", w.english))
    w.item(("A", "E"))


def subtitles(w: Writer) -> None:
    """Fansub team: the reply is an SRT cue with the English line(s)."""
    n = w.p.rng.randrange(3, 400)
    s = w.p.rng.randrange(10, 3000)
    cue = f"{n}\n{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d},{w.p.rng.randrange(0, 10)}00 --> {(s + 3) // 3600:02d}:{(s + 3) // 60 % 60:02d}:{(s + 3) % 60:02d},{w.p.rng.randrange(0, 10)}00\n"
    w.add("1", None, w.who("name"), f"Stuck on line {n} of the episode:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), cue, ("E", "\n".join(e.strip() for e in w.p.example.english)), w.ph("srt_tail"))
    w.item(("A", "E"))


def learner(w: Writer) -> None:
    """Learners' board: the poster's own attempt under the Arabic, asking whether it is right."""
    w.add("1", None, w.who("name"), ("A", w.arabic), w.ph("attempt_lead"), ("E", w.english), w.ph("attempt_tail"))
    w.add("2", "1", w.who("helper"), w.ph("confirm"))
    w.item(("A", "E"))


def tattoo(w: Writer) -> None:
    """Tattoo subreddit: the translation in italics or bold."""
    mark = w.ph("emph")
    w.add("1", None, w.who("name"), "Got this in Cairo years ago, what does it actually say? 😬\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("tattoo_lead"), mark, ("E", w.english), mark)
    w.item(("A", "E"))


def genealogy(w: Writer) -> None:
    """Genealogy forum: a helper checks the poster's transcription (a copy of the Arabic), then translates."""
    w.add("1", None, w.who("name"), "A letter from my great-grandfather, I typed out what I could read:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("transcribe_lead"), w.arabic, w.ph("transcribe_mid"), ("E", w.english), w.ph("transcribe_tail"))
    w.item(("A", "E"))


def joke_first(w: Writer) -> None:
    """Cat photos: a joke "translation" first, the real one in the reply to it."""
    w.add("1", None, w.who("name"), "My cat's new bowl came with this on it 🐱\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("joke"))
    w.add("3", "2", w.who("helper"), w.ph("joke_fix"), ("E", w.english))
    w.item(("A", "E"))


def pile_on(w: Writer) -> None:
    """Aquarium keepers: "following", "+1", "bump", then a plain translation among the siblings."""
    w.add("1", None, w.who("name"), "On the box my new filter came in:\n", ("A", w.arabic))
    piles = list(BANKS["pile"][w.half :: 2])
    w.p.rng.shuffle(piles)
    for k, text in enumerate(piles):
        w.add(str(k + 2), "1", w.who("asker"), text)
    w.add(str(len(piles) + 2), "1", w.who("helper"), ("E", w.english))
    w.item(("A", "E"))


def which_means(w: Writer) -> None:
    """Family-travel blog (Disqus): the Arabic inside an English sentence, its meaning in quotes."""
    w.add("1", None, w.who("name"), w.ph("means_lead"), ("A", w.arabic), w.ph("means_mid"), ("E", w.english), w.ph("means_tail"))
    w.item(("A", "E"))


def tweet_link(w: Writer) -> None:
    """X thread: the reply links the source tweet before the translation."""
    user = w.who("name").replace(".", "_")
    n = str(w.p.rng.randrange(10**17, 10**18))
    w.add("1", None, w.who("name"), "This is going around today:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("tweet_lead").format(who=user, n=n), ("E", w.english))
    w.item(("A", "E"))


def curly(w: Writer) -> None:
    """Birdwatchers: the English in curly quotes, who translated it after."""
    w.add("1", None, w.who("name"), "Plaque at the hide in the wetlands:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("curly_lead"), "“", ("E", w.english), "”", w.ph("curly_tail"))
    w.item(("A", "E"))


def html_export(w: Writer) -> None:
    """Car review channel, an exported comment: <br> for line breaks, quotes and apostrophes escaped
    (the gold span is the escaped translation as it stands in the export)."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("br_lead"), ("E", escaped(w.english)), w.ph("br_tail"))
    w.item(("A", "E"))


def handles(w: Writer) -> None:
    """X reply: two handles, the translation, a hashtag."""
    a, b = w.who("name"), w.who("asker")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", b, "@" + a.replace(".", "_") + " translation pls")
    w.add("3", "2", w.who("helper"), "@" + b + " @" + a.replace(".", "_") + " ", ("E", w.english), w.ph("hashtag"))
    w.item(("A", "E"))


def dm_too(w: Writer) -> None:
    """Chess club: the translator says they sent a private message and posts it too."""
    w.add("1", None, w.who("name"), "Written on the back of the old club trophy:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("dm_lead"), ("E", w.english))
    w.item(("A", "E"))


def quote_lines(w: Writer) -> None:
    """Calligraphy swap: the poster's two lines quoted one "> " line each, the English under them."""
    lines = [a.strip() for a in w.p.example.arabic]
    w.add("1", None, w.who("name"), ("A", "\n".join(lines)))
    w.add("2", "1", w.who("helper"), "".join("> " + line + "\n" for line in lines).rstrip("\n"), w.ph("qlines_gap"), ("E", w.english))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_pronounced(w: Writer) -> None:
    """Oud lessons: the reply romanizes the Arabic, no English."""
    w.add("1", None, w.who("name"), "Lyrics for this week's exercise:\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("pron_ask"))
    w.add("3", "2", w.who("helper"), w.ph("pron_lead"), romanized(w.arabic))
    w.item(("A", None))


def n_summary(w: Writer) -> None:
    """News subreddit: a summary of the linked article, not of the headline posted."""
    w.add("1", None, w.who("name"), "Headline: ", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("summary_lead"), w.other, " ", w.unrelated)
    w.item(("A", None))


def n_lyrics(w: Writer) -> None:
    """Music channel: lines of another song, as lyrics."""
    w.add("1", None, w.who("name"), ("A", w.arabic), " 🎶")
    w.add("2", "1", w.who("asker"), w.ph("lyrics_lead"), "♪ ", w.other, "\n♪ ", w.unrelated)
    w.item(("A", None))


def n_guess(w: Writer) -> None:
    """Spice market photo: "I think it says something about ...", and a real sentence of chat beside."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("guess").format(t=w.ph("topic")))
    w.add("3", "1", w.who("asker"), w.other)
    w.item(("A", None))


def n_request_repeated(w: Writer) -> None:
    """Bike shop notice: the request bumped and asked again, chat beside it."""
    a = w.who("asker")
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", a, "translation?")
    w.add("3", "2", w.who("asker", a), w.ph("bump"))
    w.add("4", None, w.who("name"), w.other)
    w.add("5", None, a, w.ph("reask"))
    w.item(("A", None))


def n_other_passage(w: Writer) -> None:
    """Cooking group: a translation of another Arabic comment, replied under ours by mistake."""
    b_arabic, b_english = w.other_pair()
    a = w.who("name")
    b = w.who("name", a)
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", None, b, b_arabic)
    w.add("3", "1", w.who("helper"), w.ph("wrong_reply").format(who=b), b_english)
    w.item(("A", None))


def n_definition(w: Writer) -> None:
    """Calligraphy class: one word of the passage defined, nothing translated."""
    words = [re.sub(r"[^\u0621-\u064a]", "", t) for t in w.arabic.split()]
    word = max(words, key=len) or w.arabic.split()[0]
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("define").format(w=word, d=w.ph("definition")))
    w.item(("A", None))


def n_question_translated(w: Writer) -> None:
    """Supporters' club: someone translates the French or Spanish question, not the Arabic."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("foreign_ask"))
    w.add("3", "2", w.who("helper"), w.ph("explain_q"))
    w.add("4", "1", w.who("asker"), w.other)
    w.item(("A", None))


def n_empty_table(w: Writer) -> None:
    """Learners' board: a table with the English column left for others to fill."""
    w.add("1", None, w.who("name"), w.ph("table_head"), "| ", ("A", w.arabic), " | ? |\n\n", w.ph("table_fill"))
    w.add("2", "1", w.who("asker"), w.other)
    w.item(("A", None))


def n_encoding(w: Writer) -> None:
    """Spreadsheet help desk: the answer is about the file's encoding, with code."""
    w.add("1", None, w.who("name"), w.ph("excel_q"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("excel_a"))
    w.item(("A", None))


def n_chapters(w: Writer) -> None:
    """Gardening video: the Arabic quoted at a timestamp, a reply listing the video's chapters."""
    ts = w.stamp()
    a, b, c = sorted(w.p.rng.sample(range(20, 900), 3))
    fmt = [f"{x // 60}:{x % 60:02d}" for x in (a, b, c)]
    w.add("1", None, w.who("name"), ts + " ", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("chapters").format(a=fmt[0], b=fmt[1], c=fmt[2]))
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "markdown table": (table, 1, "pos"),
    "EDIT appended to own comment": (edit_appended, 2, "pos"),
    "YouTube timestamps": (timestamps, 1, "pos"),
    "typo fixed in a self-reply": (self_corrected, 1, "pos"),
    "lower case, no punctuation": (lowercase, 1, "pos"),
    "dictionary link after": (dictionary_link, 2, "pos"),
    "two translators disagree": (disagree, 1, "pos"),
    "code fence": (code_block, 1, "pos"),
    "asked in another language": (foreign_question, 2, "pos"),
    "BBCode quote first": (bbcode, 1, "pos"),
    "SRT subtitle cue": (subtitles, 2, "pos"),
    "learner's own attempt": (learner, 1, "pos"),
    "italics or bold": (tattoo, 1, "pos"),
    "transcription then translation": (genealogy, 2, "pos"),
    "joke translation first": (joke_first, 1, "pos"),
    "pile-on replies": (pile_on, 1, "pos"),
    "inline 'which means'": (which_means, 1, "pos"),
    "tweet link first": (tweet_link, 2, "pos"),
    "curly quotes, credited": (curly, 1, "pos"),
    "HTML-escaped export": (html_export, 2, "pos"),
    "handles and hashtag": (handles, 1, "pos"),
    "sent by DM too": (dm_too, 1, "pos"),
    "quote line per sentence": (quote_lines, 2, "pos"),
    "neg: romanization": (n_pronounced, 1, "neg"),
    "neg: article summary": (n_summary, 1, "neg"),
    "neg: another song's lyrics": (n_lyrics, 1, "neg"),
    "neg: vague guess": (n_guess, 1, "neg"),
    "neg: request repeated": (n_request_repeated, 1, "neg"),
    "neg: other passage translated": (n_other_passage, 1, "neg"),
    "neg: one word defined": (n_definition, 2, "neg"),
    "neg: question translated": (n_question_translated, 1, "neg"),
    "neg: empty table column": (n_empty_table, 1, "neg"),
    "neg: encoding answer": (n_encoding, 1, "neg"),
    "neg: video chapters": (n_chapters, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, or as the round writes it
    (lower case without punctuation, HTML-escaped, one word's letters swapped by a typo)."""
    if gold != gold.strip() or not gold:
        return False
    text = flat(" ".join(want))
    g = flat(gold)
    if g in (text, lowered(text)) or html.unescape(g) == text:
        return True
    fixed = typo(text)
    return fixed is not None and g == fixed[0]


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
