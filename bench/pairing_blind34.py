"""Round 34 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: a collapsed block's tags, quoted copies, footnote markers and links, reaction
lines, emotes, cue numbers and timings, table cells' pipes, code fences, Slack quote marks, BBCode
quotes, hashtags, author's notes, a P.S., a year-and-price note and a question back left out) and
one third with English that looks like a translation and is not.

Settings of this round: a GitHub issue comment with a collapsed <details> block, a Hacker News reply
quoting with '> ' and a footnote link, a Facebook group export ('Like · Reply · 2y' lines), a
Twitch chat in lower case between emotes, a Goodreads review quoting a poem line by line, a
Duolingo forum answer correcting a learner's attempt, a neighbourhood forum answer with 'Hope that
helps!' and a P.S., a reply that addresses the asker by name first, a heritage society's British
reply (British spelling, a year and a price in pounds after), a translator who first asks 'which
part?', a Mastodon post behind a content warning with hashtags, a fansub's .srt cue, a Markdown
table of Arabic and English, a translation in a code fence, a Slack '>' quote, a lyrics site's
annotation, a help desk's internal note, a translation in curly quotes, a Tumblr reblog chain, a
fan fiction author's note, a phpBB BBCode quote and a photo of a shop sign with a question back;
negatives on a thread summary, a paraphrase of the poster's own English remark, a Persian or Urdu
passage translated beside the Arabic, a word's root explained, a guess ('maybe it's about the
weather?'), a famous English saying, Twitch chat, a GitHub issue's steps to reproduce in <details>,
an AutoModerator removal notice, a Facebook export with friends tagged, a learner asking how to
say another sentence, and another cue of a subtitle file.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind34.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import flat  # noqa: E402

SEED = 34219
DEFAULT_OUT = Path("/tmp/r34/pairing-devset-round34.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "poster": ("Yasmin_T", "Gwilym", "Khaled.N", "Henrike", "SamirCodes", "Philippa", "Noura_A", "Declan", "Tarek88",
               "Solveig", "Hana.M", "Arjun"),
    "helper": ("Mounir_B", "Farah", "Walid.tr", "Lina_S", "Adnan", "Rasha_from_Homs", "Karim_E", "Nizar"),
    "asker": ("Elodie", "Brendan_K", "Marisol", "Tobias", "Wren", "Kasia_P", "Oskar", "Fenella"),
    # GitHub <details>
    "gh_ask": ("The Arabic locale shows this string on the onboarding screen and we have no source for it:\n\n",
               "A user reported this text in the crash dialog (ar build), does anyone know what it says?\n\n",
               "Found this in `strings-ar.xml` with no English counterpart:\n\n",
               "Screenshot text from the issue reporter, transcribed:\n\n"),
    "gh_summary": ("<summary>Translation</summary>", "<summary>English (click to expand)</summary>",
                   "<summary>EN</summary>", "<summary>What it says</summary>"),
    "gh_after": ("\n\nI'll open a PR adding it to `strings.xml`.", "\n\nShould be safe to merge with that wording.",
                 "", "\n\ncc @i18n-team"),
    # Hacker News
    "hn_top": ("The article quotes the minister directly, and the English version leaves it out:\n\n",
               "Interesting that the original statement isn't translated anywhere in the piece:\n\n",
               "The source linked at the bottom has the full quote:\n\n",
               "Buried in the Arabic version of the press release:\n\n"),
    "hn_link": ("https://news.ycombinator.com/item?id=38{n}", "https://example.org/archive/{n}.html",
                "https://web.archive.org/web/2024/{n}", "https://example.net/press/{n}"),
    # Facebook export
    "fb_ago": ("2y", "37w", "1y", "5d", "12w", "3y"),
    "fb_ask": ("Anyone know what this says? It's on the back of the old school photo", "Translation please 🙏",
               "what does the caption mean?", "Can someone translate for those of us who don't read Arabic?"),
    "fb_thanks": ("Thank you so much!!", "❤️❤️", "Thanks, that's lovely", "Oh wow thank you"),
    # Twitch
    "emote": ("PogChamp", "KEKW", "LUL", "monkaS", "Kappa", "PepeHands", "catJAM", "OMEGALUL"),
    "tw_ask": ("chat what did streamer just read", "translate???", "whats the donation msg say", "english pls"),
    # Goodreads
    "gr_lead": ("Favourite lines, with my own rough English under each:\n\n", "The lines that got me (my translation below each one):\n\n",
                "Quoting two lines, each with my English:\n\n", "From the third poem, line by line:\n\n"),
    "gr_tail": ("\n\n★★★★★", "\n\n4.5 stars, rounded up.", "\n\nRead it in one sitting.", "\n\n★★★★☆ — the notes are thin."),
    # Duolingo
    "duo_q": ("I typed \"{t}\" and it was marked wrong. Why?", "My answer was \"{t}\" — what's missing?",
              "Wrote \"{t}\", got the red bar. Is the app wrong?", "\"{t}\" wasn't accepted, can someone explain?"),
    "duo_lead": ("You left a word out. The accepted answer is: ", "Close! The full answer is: ",
                 "You dropped the end. It should be: ", "Almost there. The correct English is: "),
    "duo_tail": ("\n\nHave a lingot.", "\n\nKeep going, you're doing great!", "", "\n\n(Report it if you think your version should count.)"),
    # Hope that helps + P.S.
    "hope": ("\n\nHope that helps!", "\n\nHope this helps :)", "\n\nHope that helps!!", "\n\nHope this helps, good luck!"),
    "ps": ("\n\nP.S. The handwriting is lovely, whoever wrote it.", "\n\nPS: the last word is smudged, I guessed from context.",
           "\n\nP.S. tell your gran I said hi", "\n\nPS - frame it, it's a nice piece."),
    "ps_ask": ("My neighbour left this note on our gate, should I be worried?\n\n", "Found this note tucked inside a library book:\n\n",
               "Card that came with the flowers, no name:\n\n", "Note left on my windscreen this morning:\n\n"),
    # addressed by name first
    "address": ("{a}, ", "@{a} ", "{a} — ", "Dear {a}: "),
    # British
    "brit_ask": ("Plaque on the wall of our village hall, donated by an Egyptian family years ago. Any idea?\n\n",
                 "Inscription on a brass tray in the society's collection:\n\n",
                 "Lettering on an old tin sign we were given for the museum:\n\n",
                 "Text on the back of a ceramic plate at the car boot sale:\n\n"),
    "brit_note": ("\n\n(It went up in 1987, when it cost about £40 to have one made.)",
                  "\n\nThe tray dates from about 1952; ours was valued at £120 in 2019.",
                  "\n\n(We think 1964, it cost the parish £15 at the time.)",
                  "\n\nProbably 1970s; a dealer offered £25 for it last year."),
    # which part
    "which": ("which part? the whole thing or just the first line?", "Which bit do you need, all of it?",
              "happy to help — which part exactly?", "Sure, which part? Both sentences?"),
    "which_reply": ("all of it please!", "The whole thing if you don't mind", "both please 🙏", "everything, thanks!"),
    "which_then": ("Ok, here's the whole thing:\n\n", "", "Right:\n\n", ""),
    # Mastodon
    "cw": ("CW: translation of the post above\n\n", "CW: Arabic → English\n\n", "cw: translation, long-ish\n\n", "CW: lang (ar→en)\n\n"),
    "tags": ("\n\n#Arabic #Translation", "\n\n#LanguageLearning #Translations #Levantine", "\n\n#arabic", "\n\n#Translation #Levant"),
    # .srt
    "srt_lead": ("Here's the cue for the .srt:\n\n", "Subtitle line as I have it:\n\n", "From my .srt, cue below:\n\n",
                 "I'd subtitle it like this:\n\n"),
    "srt_ask": ("Can someone help with the subtitle at 01:02? The speaker says:\n\n", "Fansubbing episode 3, stuck on this line:\n\n",
                "Need English subs for this line in the short film:\n\n", "What would the subtitle be for this line?\n\n"),
    # table
    "table_head": ("| Arabic | English |\n|---|---|\n", "| Original | Translation |\n| --- | --- |\n",
                   "| AR | EN |\n|:--|:--|\n", "| Text | Meaning |\n|---|---|\n"),
    # code fence
    "fence_lead": ("Translated:\n\n", "English version for the docs:\n\n", "Here, paste this in:\n\n", "Suggested string:\n\n"),
    "fence": ("```\n", "```text\n", "```\n", "```txt\n"),
    # Slack
    "slack_head": ("*Translation* :white_check_mark:\n>", ":flag-gb: English:\n>", "*EN:*\n>", "translation for the deck :point_down:\n>"),
    "slack_tail": ("", "\n(lmk if the tone is off)", "", "\nposting in #marketing too"),
    # lyrics annotation
    "lyr_lead": ("**Translation:** ", "Translation — ", "**In English:** ", "English: "),
    "lyr_note": ("\n\nThe line is a nod to the singer's childhood in Alexandria.",
                 "\n\nThis comes back in the last chorus, sung by the whole crowd.",
                 "\n\nFans read it as a jab at the old label.",
                 "\n\nHe wrote it the week his father passed, per the liner notes."),
    # help desk
    "desk_head": ("Internal note (not visible to customer)\nCustomer writes: ", "INTERNAL — customer message in English: ",
                  "Private note\nTranslation of the ticket: ", "Internal note: customer says "),
    "desk_tail": ("\nNext step: escalate to billing.", "\nAssigning to tier 2.", "\nRefund approved, closing after reply.",
                  "\nWaiting on warehouse."),
    # curly quotes
    "curly_lead": ("It reads “", "That says “", "Reads “", "The sign says “"),
    "curly_tail": ("”", "” — nothing sinister.", "”.", "” in case anyone was wondering."),
    # Tumblr
    "tumblr_tags": ("\n\n#langblr #arabic #translation", "\n\n#arabic langblr #tl", "\n\n#reblog #arabic", "\n\n#translation #ar"),
    # AO3
    "ao3_lead": ("A/N: a few of you asked, so here's the line in English:\n\n",
                 "Author's note: the Arabic line in chapter 7 means\n\n",
                 "(A/N) The grandmother's line translated:\n\n",
                 "A/N — translation of what Sitti says:\n\n"),
    "ao3_tail": ("\n\nThank you for reading! Next chapter Sunday.", "\n\nKudos and comments keep me going <3",
                 "\n\nUpdates will be slower this month, sorry!", "\n\nThank you all for the lovely comments."),
    # BBCode
    "bb_tail": ("", "\n\nNice find btw", "\n\n:)", "\n\nWhere did you buy it?"),
    # question back
    "back": ("\n\nWhere was this taken? The font looks like Tripoli's old town.", "\n\nIs that the shop near the port?",
             "\n\nWhere was this? Looks like Aleppo to me.", "\n\nWas it a bakery? That's a bakery kind of sign."),
    # negatives
    "summary": ("Thread summary for late arrivals: nobody has translated it yet. {x} thinks it's from a film, {y} thinks it reads like a headline, something like \"{o}\"",
                "Recap so far: no translation yet; {x} says it's Gulf dialect, {y} guessed \"{o}\" but wasn't sure.",
                "TL;DR of the comments: {x} reckons it's a proverb, {y} thought it might be \"{o}\", still no confirmed translation.",
                "So far in this thread: {x} asked about the script, {y} suggested \"{o}\" as a guess, and the OP hasn't replied."),
    "para_lead": ("Unrelated, but ", "Side note: ", "Off topic: ", "Also: "),
    "para": ("In other words: ", "If I follow you, you mean ", "So what you're saying is: ", "Rephrasing to check I got it: "),
    "other_lang": ("امروز هوا خیلی سرد است و من در خانه می‌مانم.|The weather is very cold today and I'm staying home.|Persian",
                   "این کتاب را برادرم به من هدیه داد.|My brother gave me this book as a present.|Persian",
                   "مجھے چائے بہت پسند ہے لیکن کافی نہیں۔|I really like tea, but not coffee.|Urdu",
                   "کل ہم بازار گئے اور نئے کپڑے خریدے۔|Yesterday we went to the market and bought new clothes.|Urdu",
                   "لطفاً در را ببندید، باد می‌آید.|Please close the door, it's windy.|Persian",
                   "یہ سڑک شہر کے پرانے حصے کی طرف جاتی ہے۔|This road goes towards the old part of the city.|Urdu"),
    "ol_lead": ("In English: ", "That one means: ", "Translation of the {lang}: ", "The {lang} one says: "),
    "root": ("The root of {w} is {r}. Words built on it share a core meaning, and the pattern adds who does it or where.",
             "{w} comes from the root {r}; the prefix marks the verb form, the rest is the pattern.",
             "If you strip {w} down you get the root {r}, a three-letter root like most Arabic words.",
             "Root of {w}: {r}. Look it up under those letters in Hans Wehr, not under the whole word."),
    "root_ask": ("What's the root of the longest word here?\n\n", "How would I find this in a dictionary?\n\n",
                 "Trying to learn roots, which one is in this?\n\n", "Which root should I look up for this?\n\n"),
    "guess": ("no idea but maybe it's about the weather? something like \"{o}\"", "maybe it says \"{o}\"?? total guess",
              "Could it be \"{o}\"? I don't read Arabic, just going by the picture.", "my guess: \"{o}\" lol, I can't read it"),
    "saying": ("Reminds me of the old saying: \"Every cloud has a silver lining.\"",
               "As my granddad used to say, \"Where there's a will, there's a way.\"",
               "Like they say: \"Actions speak louder than words.\"",
               "\"Don't count your chickens before they hatch,\" as the saying goes.",
               "Good old \"The early bird catches the worm.\"",
               "Well, \"Better late than never,\" right?"),
    "automod": ("I am a bot, and this action was performed automatically. Your post has been removed because titles must be in English (Rule 3). Please resubmit with an English title.",
                "Hi! Your submission has been flagged for review: posts asking for translations need the [Translation Request] flair. A moderator will look at it soon.",
                "Thanks for posting! Please remember to say where the text is from; requests without context may be removed after 24 hours.",
                "This post has been automatically locked because it received too many reports. Contact the moderators if you think this is a mistake."),
    "fb_tag": ("Ahmed Ali Sara Mansour look!!", "Dina Haddad 😂😂", "Yusuf Karam Rima Nassar remember this?", "Mona Saleh this is you"),
    "fb_q": ("Is the shop open on Fridays?", "Where is this exactly?", "How much were the tickets?", "Who took the photo?"),
    "how_say": ("How do I say \"{o}\" in Arabic? Same lesson as this one", "Related: what's \"{o}\" in Arabic?",
                "Can someone tell me how to say \"{o}\"? Trying to build on this sentence", "How would \"{o}\" go in Arabic?"),
    "steps": ("<details>\n<summary>Steps to reproduce</summary>\n\n1. Switch the UI to Arabic\n2. {o}\n3. Tap Continue\n\n</details>",
              "<details><summary>Repro</summary>\n\n- Set locale to ar\n- {o}\n- App freezes\n\n</details>",
              "<details>\n<summary>Environment and steps</summary>\n\nAndroid 14, build 2.3.1\n\n{o}\n\n</details>",
              "<details><summary>More info</summary>\n\nHappens on every launch. {o}\n\n</details>"),
}

_BRITISH = {"color": "colour", "colors": "colours", "favorite": "favourite", "center": "centre", "theater": "theatre",
            "neighbor": "neighbour", "neighbors": "neighbours", "honor": "honour", "labor": "labour", "behavior": "behaviour",
            "harbor": "harbour", "gray": "grey", "traveled": "travelled", "traveling": "travelling", "realize": "realise",
            "realized": "realised", "organize": "organise", "organized": "organised", "apologize": "apologise",
            "recognize": "recognise", "recognized": "recognised", "favor": "favour", "humor": "humour", "flavor": "flavour",
            "meter": "metre", "meters": "metres", "canceled": "cancelled", "defense": "defence", "license": "licence",
            "analyze": "analyse", "mom": "mum", "jewelry": "jewellery"}


def british(text: str) -> str:
    """``text`` with American spellings made British (a capital kept)."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        brit = _BRITISH.get(word.lower())
        if brit is None:
            return word
        return brit[:1].upper() + brit[1:] if word[:1].isupper() else brit

    return re.sub(r"[A-Za-z]+", swap, text)


class Writer(_blind.Writer):
    """One thread of this round being written (:class:`_blind.Writer`) with this round's banks."""

    banks = BANKS


Shape = Callable[[Writer], None]

# --- positives -----------------------------------------------------------------------------------


def gh_details(w: Writer) -> None:
    """GitHub issue: the answer holds the translation in a collapsed <details> block."""
    w.add("1", None, w.who("poster"), w.ph("gh_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "<details>\n", w.ph("gh_summary"), "\n\n", ("E", w.english), "\n\n</details>", w.ph("gh_after"))
    w.item(("A", "E"))


def hn_footnote(w: Writer) -> None:
    """Hacker News: the reply quotes the Arabic with '> ', the English follows with a footnote marker
    and the footnote's link under it."""
    n = w.p.rng.randrange(100000, 999999)
    mark = w.p.rng.choice(["[1]", " [1]", ""])
    w.add("1", None, w.who("poster"), w.ph("hn_top"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "> ", w.arabic, "\n\n", ("E", w.english), mark, "\n\n[1] ", w.ph("hn_link").format(n=n))
    w.item(("A", "E"))


def fb_export(w: Writer) -> None:
    """Facebook group export: each comment followed by its 'Like · Reply · 2y' line."""
    a, b, c = w.who("poster"), w.who("asker"), w.who("helper")
    w.add("1", None, a, ("A", w.arabic), f"\nLike · Comment · Share · {w.ph('fb_ago')}")
    w.add("2", "1", b, f"{b}\n", w.ph("fb_ask"), f"\nLike · Reply · {w.ph('fb_ago')}")
    w.add("3", "1", c, f"{c}\n", ("E", w.english), f"\nLike · Reply · {w.ph('fb_ago')}")
    w.add("4", "3", b, f"{b}\n", w.ph("fb_thanks"), f"\nLike · Reply · {w.ph('fb_ago')}")
    w.item(("A", "E"))


def twitch(w: Writer) -> None:
    """Twitch chat: lines between emotes, the translation typed in lower case with an emote on either side."""
    e1, e2, e3 = w.p.rng.sample(BANKS["emote"][w.half :: 2], 2) + [w.ph("emote")]
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), f"{e1} {w.ph('tw_ask')} {e1}")
    w.add("3", "1", w.who("helper"), f"{e2} ", ("E", w.english.lower()), f" {e3}")
    w.item(("A", "E"))


def goodreads_poem(w: Writer) -> None:
    """Goodreads review: two lines of a poem quoted, each followed by the reviewer's English."""
    a1, a2 = (a.strip() for a in w.p.example.arabic)
    e1, e2 = (e.strip() for e in w.p.example.english)
    w.add("1", None, w.who("poster"), w.ph("gr_lead"), ("A1", a1), "\n", ("E1", e1), "\n\n", ("A2", a2), "\n", ("E2", e2), w.ph("gr_tail"))
    w.add("2", "1", w.who("asker"), "Adding this to my list.")
    w.item(("A1", "E1"), ("A2", "E2"))


def duolingo(w: Writer) -> None:
    """Duolingo forum: a learner's attempt with its last word missing, then the corrected answer."""
    words = w.english.split()
    attempt = " ".join(words[:-1]) if len(words) > 2 else "it"
    w.add("1", None, w.who("asker"), ("A", w.arabic), "\n\n", w.ph("duo_q").format(t=attempt))
    w.add("2", "1", w.who("helper"), w.ph("duo_lead"), ("E", w.english), w.ph("duo_tail"))
    w.item(("A", "E"))


def hope_ps(w: Writer) -> None:
    """Neighbourhood forum: the translation, 'Hope that helps!', then a P.S."""
    w.add("1", None, w.who("poster"), w.ph("ps_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("hope"), w.ph("ps"))
    w.item(("A", "E"))


def addressed(w: Writer) -> None:
    """The reply starts with the asker's name, then the translation."""
    a = w.who("poster")
    w.add("1", None, a, "Text on a bracelet my grandmother left me, does anyone know?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("address").format(a=a), ("E", w.english))
    w.item(("A", "E"))


def british_note(w: Writer) -> None:
    """Local heritage society: British spelling, then a note with a year and a price in pounds."""
    w.add("1", None, w.who("poster"), w.ph("brit_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", british(w.english)), w.ph("brit_note"))
    w.item(("A", "E"))


def which_part(w: Writer) -> None:
    """The translator asks 'which part?' first, the asker answers, then the translation."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, "Got this in a voice note transcript from my landlord:\n\n", ("A", w.arabic))
    w.add("2", "1", b, w.ph("which"))
    w.add("3", "2", a, w.ph("which_reply"))
    w.add("4", "3", b, w.ph("which_then"), ("E", w.english))
    w.item(("A", "E"))


def mastodon_cw(w: Writer) -> None:
    """Mastodon: the reply sits behind a content warning line, hashtags after it."""
    w.add("1", None, w.who("poster"), ("A", w.arabic), "\n\n#Arabic")
    w.add("2", "1", w.who("helper"), w.ph("cw"), ("E", w.english), w.ph("tags"))
    w.item(("A", "E"))


def srt_cue(w: Writer) -> None:
    """Fansub: the English as an .srt cue, its number and timing line before it."""
    n = w.p.rng.randrange(3, 400)
    s = w.p.rng.randrange(0, 50)
    w.add("1", None, w.who("poster"), w.ph("srt_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("srt_lead"), f"{n}\n00:{s:02d}:02,500 --> 00:{s:02d}:05,900\n", ("E", w.english), "\n")
    w.item(("A", "E"))


def md_table(w: Writer) -> None:
    """A Markdown table: the Arabic copied in one cell, the English in the next."""
    w.add("1", None, w.who("poster"), "For the glossary page, what's this in English?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("table_head"), "| ", w.arabic, " | ", ("E", w.english), " |")
    w.item(("A", "E"))


def code_fence(w: Writer) -> None:
    """The translation inside a code fence, ready to paste into a strings file."""
    w.add("1", None, w.who("poster"), "Need the English for this tooltip before the release:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("fence_lead"), w.ph("fence"), ("E", w.english), "\n```")
    w.item(("A", "E"))


def slack_quote(w: Writer) -> None:
    """Slack thread: the English behind a '>' quote mark."""
    w.add("1", None, w.who("poster"), "client sent this for the campaign, can someone translate? ", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("slack_head"), ("E", w.english), w.ph("slack_tail"))
    w.item(("A", "E"))


def lyrics(w: Writer) -> None:
    """Lyrics site annotation: 'Translation:' then the English, then what the line refers to."""
    w.add("1", None, w.who("poster"), "[Verse 2]\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("lyr_lead"), ("E", w.english), w.ph("lyr_note"))
    w.item(("A", "E"))


def helpdesk(w: Writer) -> None:
    """Help desk ticket: the customer's Arabic, an agent's internal note with the English and the next step."""
    w.add("1", None, "Customer", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("desk_head"), ("E", w.english), w.ph("desk_tail"))
    w.item(("A", "E"))


def curly(w: Writer) -> None:
    """The translation in curly quotes inside a sentence."""
    w.add("1", None, w.who("poster"), "This is painted on the wall opposite my flat, should I be worried? ", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("curly_lead"), ("E", w.english), w.ph("curly_tail"))
    w.item(("A", "E"))


def tumblr(w: Writer) -> None:
    """Tumblr reblog chain in one post: the first blog's Arabic, the second blog's English, tags."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, w.who("asker"), f"{a.lower()}:\n\n", ("A", w.arabic), f"\n\n{b.lower()}:\n\n", ("E", w.english), w.ph("tumblr_tags"))
    w.item(("A", "E"))


def ao3_note(w: Writer) -> None:
    """Fan fiction site: the author's note translates a line from the chapter."""
    a = w.who("poster")
    w.add("1", None, a, "Chapter 7 excerpt:\n\nSitti leaned over the stove and said, ", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), "what does she say?? I need to know")
    w.add("3", None, a, w.ph("ao3_lead"), ("E", w.english), w.ph("ao3_tail"))
    w.item(("A", "E"))


def bbcode(w: Writer) -> None:
    """phpBB forum: a [quote] block of the Arabic copied as BBCode, the English under it."""
    a = w.who("poster")
    w.add("1", None, a, "Stamped on the underside of a brass lamp:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), f"[quote=\"{a}\"]", w.arabic, "[/quote]\n", ("E", w.english), w.ph("bb_tail"))
    w.item(("A", "E"))


def question_back(w: Writer) -> None:
    """Photo of a shop sign: the translation, then a question back about where it was taken."""
    w.add("1", None, w.who("poster"), "Shop sign from my trip, transcribed:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("back"))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_summary(w: Writer) -> None:
    """A summary of the thread, quoting a guess that is not the translation."""
    x, y = w.who("asker"), w.who("helper")
    w.add("1", None, w.who("poster"), "Written on the inside of a ring:\n\n", ("A", w.arabic))
    w.add("2", "1", x, "No idea, sorry")
    w.add("3", None, w.who("asker", x), w.ph("summary").format(x=x, y=y, o=w.other))
    w.item(("A", None))


def n_paraphrase(w: Writer) -> None:
    """The poster's own English remark elsewhere, and a reply paraphrasing it."""
    a = w.who("poster")
    w.add("1", None, a, "Posting this for my sister's wedding card:\n\n", ("A", w.arabic))
    w.add("2", None, a, w.ph("para_lead"), w.other)
    w.add("3", "2", w.who("helper"), w.ph("para"), w.other[:1].lower() + w.other[1:])
    w.item(("A", None))


def n_other_language(w: Writer) -> None:
    """A Persian or Urdu passage beside the Arabic, and its translation (not the Arabic's)."""
    text, english, lang = w.ph("other_lang").split("|")
    w.add("1", None, w.who("poster"), "Two lines from my notebook, from a trip years ago:\n\n", ("A", w.arabic))
    w.add("2", None, w.who("asker"), f"Mine is in {lang} I think:\n\n{text}")
    w.add("3", "2", w.who("helper"), w.ph("ol_lead").format(lang=lang), english)
    w.item(("A", None))


def n_root(w: Writer) -> None:
    """A word's root explained, no translation."""
    words = [re.sub(r"[^\u0621-\u064a]", "", t) for t in w.arabic.split()]
    word = max(words, key=len) or "كتب"
    letters = [ch for ch in word if ch not in "اويةأإآىال"][:3] or list("كتب")
    w.add("1", None, w.who("poster"), w.ph("root_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("root").format(w=word, r="-".join(letters)))
    w.item(("A", None))


def n_guess(w: Writer) -> None:
    """A commenter who cannot read it guesses."""
    w.add("1", None, w.who("poster"), "Graffiti near the station, what does it say?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("guess").format(o=w.other))
    w.item(("A", None))


def n_saying(w: Writer) -> None:
    """A famous English saying quoted in reply."""
    w.add("1", None, w.who("poster"), "My grandfather's favourite line:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("saying"))
    w.item(("A", None))


def n_twitch(w: Writer) -> None:
    """Twitch chat: lines between emotes about something else."""
    e1, e2 = w.p.rng.sample(BANKS["emote"][w.half :: 2], 2)
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), f"{e1} {e1} {e1}")
    w.add("3", None, w.who("helper"), f"{e2} {w.other.lower()} {e2}")
    w.item(("A", None))


def n_details(w: Writer) -> None:
    """GitHub issue: the <details> block holds steps to reproduce, not a translation."""
    w.add("1", None, w.who("poster"), w.ph("gh_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), "Same here.\n\n", w.ph("steps").format(o=w.other))
    w.item(("A", None))


def n_automod(w: Writer) -> None:
    """An AutoModerator notice and an unrelated reply."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", "AutoModerator", w.ph("automod"))
    w.add("3", "2", w.who("asker"), w.other)
    w.item(("A", None))


def n_facebook(w: Writer) -> None:
    """Facebook export: friends tagged, and an English answer to another comment's question."""
    b, c, d = w.who("asker"), w.who("helper"), w.who("poster")
    w.add("1", None, d, ("A", w.arabic), f"\nLike · Comment · Share · {w.ph('fb_ago')}")
    w.add("2", "1", b, f"{b}\n", w.ph("fb_tag"), f"\nLike · Reply · {w.ph('fb_ago')}")
    w.add("3", "1", c, f"{c}\n", w.ph("fb_q"), f"\nLike · Reply · {w.ph('fb_ago')}")
    w.add("4", "3", d, f"{d}\n", w.other, f"\nLike · Reply · {w.ph('fb_ago')}")
    w.item(("A", None))


def n_how_say(w: Writer) -> None:
    """A learner asks how to say another sentence in Arabic and is answered in Arabic."""
    w.add("1", None, w.who("poster"), "Today's sentence:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("how_say").format(o=w.other))
    w.add("3", "2", w.who("helper"), w.other_pair()[0])
    w.item(("A", None))


def n_srt(w: Writer) -> None:
    """Fansub: the reply gives the .srt cue before the line, not the line asked about."""
    n = w.p.rng.randrange(3, 400)
    s = w.p.rng.randrange(0, 50)
    w.add("1", None, w.who("poster"), w.ph("srt_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "Not that one, but the cue before it is wrong in the file too:\n\n",
          f"{n}\n00:{s:02d}:58,100 --> 00:{s:02d}:59,900\n{w.other}\n")
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "GitHub <details> block": (gh_details, 2, "pos"),
    "Hacker News quote and footnote": (hn_footnote, 1, "pos"),
    "Facebook export reaction lines": (fb_export, 1, "pos"),
    "Twitch lower case between emotes": (twitch, 1, "pos"),
    "Goodreads poem line by line": (goodreads_poem, 2, "pos"),
    "Duolingo correction": (duolingo, 1, "pos"),
    "Hope that helps and P.S.": (hope_ps, 2, "pos"),
    "addressed by name first": (addressed, 1, "pos"),
    "British spelling, year and pounds": (british_note, 2, "pos"),
    "which part? first": (which_part, 2, "pos"),
    "Mastodon content warning and hashtags": (mastodon_cw, 1, "pos"),
    ".srt cue": (srt_cue, 1, "pos"),
    "Markdown table": (md_table, 1, "pos"),
    "code fence": (code_fence, 1, "pos"),
    "Slack '>' quote": (slack_quote, 2, "pos"),
    "lyrics annotation": (lyrics, 1, "pos"),
    "help desk internal note": (helpdesk, 2, "pos"),
    "curly quotes in a sentence": (curly, 1, "pos"),
    "Tumblr reblog chain": (tumblr, 1, "pos"),
    "fan fiction author's note": (ao3_note, 1, "pos"),
    "BBCode quote": (bbcode, 2, "pos"),
    "question back after": (question_back, 1, "pos"),
    "neg: thread summary": (n_summary, 1, "neg"),
    "neg: paraphrase of poster's English": (n_paraphrase, 1, "neg"),
    "neg: Persian or Urdu translated": (n_other_language, 1, "neg"),
    "neg: word root": (n_root, 1, "neg"),
    "neg: guess": (n_guess, 1, "neg"),
    "neg: English saying": (n_saying, 1, "neg"),
    "neg: Twitch chat": (n_twitch, 1, "neg"),
    "neg: <details> steps to reproduce": (n_details, 1, "neg"),
    "neg: AutoModerator": (n_automod, 1, "neg"),
    "neg: Facebook tags": (n_facebook, 1, "neg"),
    "neg: how do I say": (n_how_say, 1, "neg"),
    "neg: another .srt cue": (n_srt, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, in lower case (Twitch), or
    in British spelling."""
    if gold != gold.strip() or not gold:
        return False
    text = flat(" ".join(want))
    g = flat(gold)
    return g in (text, text.lower(), british(text))


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
