"""Round 22 of pairing's development set, written blind: real (Arabic, English) pairs set in threads
of places no earlier round used (Quora answers, Goodreads reviews, learner forums, Letterboxd,
Steam reviews, Twitch chat, Tumblr reblogs, LinkedIn posts, news live blogs, podcast show notes,
Genius annotations, Mastodon, app store replies, Wattpad, Kickstarter, Google Maps questions, Patreon
and Ask-style pages), with the habits that make pairing hard: a translation interleaved line by line
with the Arabic, the translator's own words in brackets inside the translation, a translation in a
reply to a different comment that quotes the Arabic, typos and no capitals, numbered lists of lines
and of their translations, a translation before the Arabic, a partial one; and negatives that
paraphrase loosely, answer the Arabic's question, gloss one word, quote and rebut, or translate a
passage that is not in the thread.

Every phrase bank is cut between the halves: a tuned thread uses the even entries, a held-out one
the odd entries, so no held-out thread uses a wording a tuned thread uses. Deterministic.

Run: python3 bench/pairing_blind22.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import difflib
import random
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import _blind  # bench/_blind.py, beside this file
from _blind import Pairs, Piece, Planned

OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round22.jsonl"
SEED = 2222

# Every bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, list[str]] = {
    "handle": ["nour_reads", "kestrel88", "samirah.k", "pixelmoth", "dune_walker", "hollowfern", "yusuf_codes", "marigold_fm",
               "tarek.b", "quietbyte", "leilalovesbooks", "cobaltowl", "hanaa_h", "frostlark", "omar.writes", "amberwick"],
    "quora_lead": ["Here it is with my rendering under each line:", "Original first, then my English under every line:",
                   "I'll put the English right under each line so you can follow:", "Line by line (Arabic, then what it says):"],
    "quora_tail": ["Hope that answers it.", "Happy to explain the grammar if anyone wants.",
                   "That's the gist of the exchange.", "Upvote if this helped, I guess."],
    "gr_lead": ["My favourite passage, in my own clumsy translation:", "The line I keep rereading goes, more or less:",
                "For the non-Arabic readers, here's how I'd put it:", "Quick translation of that bit for the group:"],
    "gr_insert": ["[he means the army]", "[i.e. the old regime]", "[she's talking about her mother]", "[meaning the city]",
                  "[the narrator, not the author]", "[they = the neighbours]", "[literally 'the people of the house']",
                  "[referring to the war years]"],
    "gr_tail": ["4 stars, the ending dragged.", "Read it in one sitting.", "Still thinking about this book weeks later.",
                "Not for everyone but I loved it."],
    "duo_q": ["Can someone check my translation of this sentence?", "Is my answer for this one acceptable?",
              "Why was my translation marked wrong here?", "not sure about this one, help?"],
    "duo_lead": ["my try:", "what i put was:", "i wrote", "i answered with"],
    "duo_note": ["(not sure about the verb tho)", "(the word order confused me)", "(probably wrong lol)",
                 "(did I miss something?)"],
    "hinative_q": ["What does this mean?", "Can someone explain this sentence in English?",
                   "What is the nuance of this?", "Please tell me what this says."],
    "hinative_lead": ["It means:", "In natural English:", "It's like:", "Natural translation:"],
    "hinative_tail": ["Hope it helps!", "It sounds casual.", "Good luck with your studies!", "It's a common phrase."],
    "lb_tail": ["this line destroyed me", "the sound design in this scene though", "watched it twice in a week",
                "best subtitle work I've seen this year"],
    "lb_rating": ["★★★★½", "★★★★", "★★★½", "★★★★★"],
    "steam_part": ["(1/2)", "part 1:", "[1 of 2]", "1/"],
    "steam_part2": ["(2/2)", "part 2:", "[2 of 2]", "2/"],
    "steam_lead": ["translating for the devs since they asked:", "the review above, in english:",
                   "for the devs who asked what this says:", "english version of the review:"],
    "twitch_time": ["[20:14]", "[21:03]", "[19:47]", "[22:30]"],
    "twitch_chatter": ["PogChamp that clutch", "is this a new patch?", "LUL chat is wild today", "first time catching a stream live",
                       "what's the song?", "GG", "the raid boss is bugged", "hydrate streamer"],
    "twitch_lead": ["they said", "TL:", "chat, they're saying", "ngl it reads"],
    "tumblr_reblog": ["reblogging because this is gorgeous", "rb for the beautiful script", "saving this forever",
                      "rebloggin for my mutuals who read arabic"],
    "tumblr_lead": ["for anyone wondering, the post says:", "op's text translates to:", "not op but it says:",
                    "here's what it says:"],
    "tumblr_tags": ["#langblr #arabic", "#translation #not mine", "#arabic langblr", "#text post #translation"],
    "linkedin_open": ["Sharing this in both languages for my network.", "A quick note in English and Arabic.",
                      "Bilingual post today:", "For my English-speaking colleagues first:"],
    "linkedin_tags": ["#Leadership #Growth", "#Hiring #Teamwork", "#Careers #MENA", "#Learning #Community"],
    "live_time": ["14:32", "09:15", "18:04", "11:47"],
    "live_statement": ["Statement from the ministry, just posted (in Arabic):", "The spokesman's words, as read out:",
                       "Full text of the announcement:", "What the official account posted a moment ago:"],
    "live_later": ["Our translation of the statement above:", "We've now translated the statement at {t}:",
                   "Translation of the earlier statement, by our desk:", "Here is that statement from {t} in English:"],
    "pod_open": ["Quote of the episode (at 23:10):", "Line we kept coming back to (around 41:05):",
                 "Guest's closing words (1:02:14):", "Pull quote (17:48):"],
    "pod_note": ["(rough translation)", "(our translation, roughly)", "(loosely translated)", "(translation ours, not perfect)"],
    "genius_head": ["[Verse 1]", "[Chorus]", "[Bridge]", "[Verse 2]"],
    "genius_lead": ["This line literally translates to", "Word for word, the line reads", "In English the bar says",
                    "The literal meaning here is"],
    "genius_after": ["The artist is referencing the neighbourhood he grew up in.", "It's a nod to an older song.",
                     "Fans read it as a jab at his former label.", "A double meaning runs through the whole verse."],
    "masto_part": ["(2/2) EN:", "🧵 2/2 in English:", "2/2 — English:", "(English, 2/2)"],
    "masto_cw": ["CW: politics", "CW: news", "CW: long post", "CW: mental health"],
    "numbered_q": ["What do these mean?", "Can someone translate these for me?", "Lines from my grandmother's letter:",
                   "Phrases from the sign, what do they say?"],
    "numbered_lead": ["In order:", "Here you go:", "Translations:", "Sure:"],
    "partial_lead": ["first bit says", "the first sentence is", "start of it means", "the opening line says"],
    "partial_tail": ["no idea about the rest sorry", "rest is too dialect-y for me", "can't read the second part",
                     "someone else will have to do the second half"],
    "two_ask": ["And the second quote, anyone?", "What about the other one?", "Can someone do the second?",
                "and the other quote?"],
    "appstore_lead": ["For our team, the review says:", "Translated for our engineers:", "We read it as:",
                      "Our support team translated your review as:"],
    "appstore_tail": ["We're working on a fix.", "Thanks for your patience!", "Please contact support if it continues.",
                      "The next update addresses this."],
    "maps_lead": ["(Q translated:", "(question in English:", "(for others reading:", "(translating the question:"],
    "maps_answer": ["Yes, they open at nine on Fridays.", "Parking is behind the building.",
                    "No reservations needed on weekdays.", "It's wheelchair accessible."],
    "patreon_ask": ["english pls 🙏", "translation?? 🥺", "can u translate for us non-arabic speakers", "eng please!!"],
    "patreon_lead": ["sorry guys:", "oops ok:", "my bad, here:", "right sorry!!"],
    "wattpad_lead": ["Translation (mine, not perfect):", "My translation (not great):", "Translation, mine, rough:",
                     "Translation (by me, probably off):"],
    "wattpad_tail": ["THIS CHAPTER 😭", "I'm screaming", "update soon pls", "the foreshadowing!!"],
    "kick_lead": ["Google Translate gives:", "Google gives me:", "Machine translation says:", "DeepL gives:"],
    "kick_tail": ["— hope that's right! Shipping update next week.", "Hope that's close. Backer survey coming soon.",
                  "Please correct me if wrong! Pledges close Friday.", "Let us know if that's off. Thanks for backing!"],
    "later_lead": ["For those who asked, my review above says:", "Since a few people asked, the first comment says:",
                   "For those asking, what I wrote up there is:", "Several asked: my comment above says"],
    "deep_q": ["what's the quote?", "which scene is that?", "source?", "what's it from?"],
    "deep_a": ["it's from the film, the last scene", "the final monologue", "the wedding scene near the end", "the opening"],
    "deep_lead": ["and in english:", "roughly:", "which means:", "i.e."],
    "before_tail": ["(the original is below)", "↓ original", "(Arabic below)", "original:"],
    "ask_reply": ["Honestly it depends on where you live.", "Short answer: yes, but book early.",
                  "I'd say no, and here's why.", "Depends on the season, really."],
    "paraphrase_lead": ["not gonna translate all of it but it's basically about", "tl;dr it's roughly about",
                        "summary: something about", "the gist is it's about"],
    "paraphrase_tail": ["gorgeous prose anyway", "worth reading in the original", "the rest is context",
                        "the writing is lovely though"],
    "gloss": ["'home'", "'patience'", "'tomorrow'", "'of course'", "'enough'", "'maybe'", "'together'", "'slowly'"],
    "gloss_lead": ["just means", "here means", "is basically", "translates as"],
    "gloss_tail": ["the rest you had right", "everything else is fine", "rest is fine", "the rest is correct"],
    "rebut": ["No. That's simply not what happened.", "This is wrong and you know it.", "Source? Because that's false.",
              "Completely disagree with this."],
    "request": ["what does it say?", "translate?", "english?", "meaning?"],
    "busy": ["will do later, busy now.", "later, on mobile.", "can't now, at work.", "give me an hour."],
    "diff_lead": ["Translation of the earlier statement (not this one):", "For context, here's yesterday's post translated:",
                  "Translating the previous post, not this one:", "Here's the first statement in English, this one later:"],
    "number_lead": ["Related:", "Same as in", "See also", "Reminds me of"],
    "number_tail": ["thread", "post", "discussion", "roundup"],
    "genius_context": ["This line references", "The bar alludes to", "This is about", "Here he's pointing at"],
    "genius_context2": ["the artist grew up in Alexandria.", "the producer sampled an old record.",
                        "the video was shot downtown.", "his mother's hometown."],
    "pod_title": ["Ep. 42:", "Episode 17 —", "S2E5:", "Ep 108 |"],
    "lb_other": ["is the line that got me, but this one too:", "was my favourite line, also:",
                 "stuck with me, and so did this:", "— that line! and also:"],
    "dev_generic": ["Thank you for your feedback! We're sorry to hear about this.", "Thanks for the review, we hear you.",
                    "We appreciate you taking the time to write this.", "Sorry for the trouble!"],
    "notes_lead": ["my notes under each line:", "commentary line by line:", "thoughts per line:", "annotating as I go:"],
    "answers_lead": ["my answers:", "answering in order:", "my two cents on each:", "replies:"],
    "summary_lead": ["TL;DR for my English-speaking network: it's about", "In short, the post covers",
                     "Summary for non-Arabic readers: mostly about", "Short version: it touches on"],
    "masto_reply": ["boosting for reach", "this, so much", "thank you for saying it", "this needs more boosts"],
    "ask_q": ["Reply to this if you know:", "Quick question for locals:", "Anyone know?", "Asking for a trip:"],
    "steam_rebut": ["The devs already patched it.", "Works fine on my machine.", "Skill issue, honestly.",
                    "Refund it then."],
}

STOP = {"this", "that", "with", "from", "have", "they", "their", "there", "were", "what", "when", "which", "would",
        "about", "your", "will", "into", "been", "some", "more", "than", "then", "them", "these", "those", "also"}


class T(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its wordings and handles from its half of the banks."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self.ex = p.example
        self.names = self.rng.sample(BANKS["handle"][self.half :: 2], 5)

    def w(self, bank: str) -> str:
        return self.rng.choice(BANKS[bank][self.half :: 2])

    def post(self, cid: str, parent: str | None, author: int, *pieces: Piece) -> None:
        self.rows.append([cid, parent, self.names[author], _blind.joined(cid, pieces, self.spans, self.texts)])

    def item(self, arabic: str, english: str | None = None, partial: bool = False, more: tuple[str, ...] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, english, partial, more))

    def other_pair(self) -> tuple[str, str]:
        """Another pair of the same part (a second Arabic passage and its translation)."""
        for _ in range(50):
            a, e = self.rng.choice(self.p.pool)
            if a.strip() not in self.ex.arabic and e.strip() not in self.ex.english and e.strip() not in self.ex.other:
                return a.strip(), e.strip()
        raise AssertionError(f"{self.p.name}: no other pair")

    def content_words(self, n: int) -> list[str]:
        words = [re.sub(r"^\W+|\W+$", "", x) for x in self.english.split()]
        keep = sorted({x.lower() for x in words if len(x) >= 4 and x.lower() not in STOP}, key=lambda x: (-len(x), x))
        out = keep[:n]
        while len(out) < n:
            out.append(["family", "money", "work", "weather"][len(out)])
        return out


def bracketed(text: str, note: str, rng: random.Random) -> str:
    """``text`` with the translator's own ``note`` put after a word in its middle."""
    words = text.split(" ")
    if len(words) < 3:
        return f"{words[0]} {note} {' '.join(words[1:])}".rstrip() if len(words) > 1 else f"{text} {note}"
    k = rng.randrange(1, len(words) - 1)
    return " ".join(words[:k] + [note] + words[k:])


def sloppy(text: str, rng: random.Random) -> str:
    """``text`` typed carelessly: no capitals, no apostrophes, no final full stop, two letters swapped in a word."""
    out = text.lower().replace("'", "").replace("’", "").rstrip()
    if out.endswith("."):
        out = out[:-1]
    words = out.split(" ")
    long = [k for k, x in enumerate(words) if len(x) >= 5 and x.isalpha()]
    for k in rng.sample(long, min(2, len(long))):
        x = words[k]
        j = rng.randrange(1, len(x) - 2)
        words[k] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
    return " ".join(words)


# --- positives ---------------------------------------------------------------------------------


def quora_interleaved(t: T) -> None:
    """A Quora answer: each Arabic line with its English under it."""
    a0, a1 = (s.strip() for s in t.ex.arabic)
    e0, e1 = (s.strip() for s in t.ex.english)
    t.post("q", None, 3, "What did the man in the video actually say?")
    t.post("1", "q", 0, t.w("quora_lead"), "\n\n", ("a0", a0), "\n", ("e0", e0), "\n", ("a1", a1), "\n", ("e1", e1),
           "\n\n", t.w("quora_tail"))
    t.item("a0", "e0")
    t.item("a1", "e1")


def goodreads_bracket_note(t: T) -> None:
    """A Goodreads review quoting the book, then the reviewer's translation with a note of their own in brackets."""
    t.post("1", None, 0, t.w("gr_tail"), "\n\n", ("a", t.arabic), "\n\n", t.w("gr_lead"), " ",
           ("e", bracketed(t.english, t.w("gr_insert"), t.rng)))
    t.post("2", "1", 1, "Adding this to my list!")
    t.item("a", "e")


def goodreads_reply_bracket(t: T) -> None:
    """A reviewer posts the Arabic; another reader's reply translates it, a note in brackets inside."""
    t.post("1", None, 0, ("a", t.arabic), "\n\n", t.w("lb_rating"))
    t.post("2", "1", 1, ("e", bracketed(t.english, t.w("gr_insert"), t.rng)))
    t.post("3", "1", 2, t.ex.other[0])
    t.item("a", "e")


def learner_forum_typos(t: T) -> None:
    """A learner forum: the course sentence, a learner's lower-case, typo-ridden attempt and a note."""
    t.post("1", None, 0, t.w("duo_q"), "\n\n", ("a", t.arabic))
    t.post("2", "1", 1, t.w("duo_lead"), " ", ("e", sloppy(t.english, t.rng)), " ", t.w("duo_note"))
    t.item("a", "e")


def hinative_answer(t: T) -> None:
    """A HiNative-style question with the Arabic inside it; a native speaker answers after a label."""
    t.post("1", None, 0, t.w("hinative_q"), "\n", ("a", t.arabic))
    t.post("2", "1", 1, t.w("hinative_lead"), " ", ("e", t.english), "\n", t.w("hinative_tail"))
    t.item("a", "e")


def letterboxd_before(t: T) -> None:
    """A Letterboxd review: the English in quote marks first, then the Arabic it translates."""
    t.post("1", None, 0, t.w("lb_rating"), "\n\n“", ("e", t.english), "” — ", ("a", t.arabic), "\n\n", t.w("lb_tail"))
    t.item("a", "e")


def letterboxd_deep_reply(t: T) -> None:
    """The translation three replies down, under the author's answer to someone else's question."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, t.w("deep_q"))
    t.post("3", "2", 0, t.w("deep_a"))
    t.post("4", "3", 2, t.w("deep_lead"), " ", ("e", t.english))
    t.item("a", "e")


def steam_split(t: T) -> None:
    """A Steam review in Arabic; a player translates it in two comments, a sentence each."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, t.w("steam_lead"), " ", t.w("steam_part"), " ", ("e", t.ex.english[0].strip()))
    t.post("3", "2", 1, t.w("steam_part2"), " ", ("e2", t.ex.english[1].strip()))
    t.item("a", "e", more=("e2",))


def twitch_chat(t: T) -> None:
    """A Twitch chat log, a message a comment: the Arabic, chatter, then a viewer's @-reply translating it."""
    t.post("1", None, 0, t.w("twitch_time"), " ", ("a", t.arabic))
    t.post("2", None, 1, t.w("twitch_chatter"))
    t.post("3", None, 3, t.w("twitch_chatter"))
    t.post("4", None, 2, f"@{t.names[0]} ", t.w("twitch_lead"), " ", ("e", t.english.rstrip(".")), " ", "KEKW")
    t.item("a", "e")


def tumblr_quote_chain(t: T) -> None:
    """The Arabic in a post; a different post reblogs it as a quote; a reply to that reblog translates."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", None, 1, t.w("tumblr_reblog"), "\n\n> ", t.arabic)
    t.post("3", "2", 2, t.w("tumblr_lead"), " ", ("e", t.english), "\n\n", t.w("tumblr_tags"))
    t.item("a", "e")


def linkedin_english_first(t: T) -> None:
    """A bilingual LinkedIn post: the English first, then the Arabic, then hashtags."""
    t.post("1", None, 0, t.w("linkedin_open"), "\n\n", ("e", t.english), "\n\n—\n\n", ("a", t.arabic), "\n\n",
           t.w("linkedin_tags"))
    t.post("2", "1", 1, "Congratulations! 👏")
    t.item("a", "e")


def live_blog_later(t: T) -> None:
    """A news live blog: the statement in Arabic, other entries, the desk's translation later, no reply link."""
    time = t.w("live_time")
    t.post("1", None, 0, time, " — ", t.w("live_statement"), "\n\n", ("a", t.arabic))
    t.post("2", None, 0, t.ex.other[0])
    t.post("3", None, 0, t.w("live_later").format(t=time), "\n\n", ("e", t.english))
    t.item("a", "e")


def podcast_notes(t: T) -> None:
    """Podcast show notes: a quote, a dash, its English and a note that it is rough."""
    t.post("1", None, 0, t.w("pod_open"), " ", ("a", t.arabic), " — ", ("e", t.english), " ", t.w("pod_note"))
    t.item("a", "e")


def genius_annotation(t: T) -> None:
    """A Genius lyric line and its annotation: the literal English in quote marks, then commentary."""
    t.post("1", None, 0, t.w("genius_head"), "\n", ("a", t.arabic))
    t.post("2", "1", 1, t.w("genius_lead"), " “", ("e", t.english), "”. ", t.w("genius_after"))
    t.item("a", "e")


def mastodon_self_reply(t: T) -> None:
    """A Mastodon post behind a content warning; the author's own next post gives the English."""
    t.post("1", None, 0, t.w("masto_cw"), "\n\n", ("a", t.arabic), "\n\n(1/2)")
    t.post("2", "1", 0, t.w("masto_part"), " ", ("e", t.english))
    t.post("3", "1", 1, t.w("masto_reply"))
    t.item("a", "e")


def numbered_lists(t: T) -> None:
    """A numbered list of Arabic lines; a reply with a numbered list of their translations."""
    a0, a1 = (s.strip() for s in t.ex.arabic)
    e0, e1 = (s.strip() for s in t.ex.english)
    t.post("1", None, 0, t.w("numbered_q"), "\n1. ", ("a0", a0), "\n2. ", ("a1", a1))
    t.post("2", "1", 1, t.w("numbered_lead"), "\n1. ", ("e0", e0), "\n2. ", ("e1", e1))
    t.item("a0", "e0")
    t.item("a1", "e1")


def partial_first(t: T) -> None:
    """Someone translates the first sentence only and says so."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, t.w("partial_lead"), " “", ("e", t.ex.english[0].strip()), "” ", t.w("partial_tail"))
    t.item("a", "e", partial=True)


def two_passages_apart(t: T) -> None:
    """A Quora answer with two Arabic quotes: the first translated in brackets beside it, the second in a reply."""
    b, f = t.other_pair()
    t.post("1", None, 0, "Two quotes people attribute to him:\n\n", ("a", t.arabic), " (", ("e", t.english), ")\n\n",
           ("b", b))
    t.post("2", "1", 1, t.w("two_ask"))
    t.post("3", "2", 2, ("f", f))
    t.item("a", "e")
    t.item("b", "f")


def two_passages_one_left(t: T) -> None:
    """Two Arabic posts in a Goodreads group; only the second is translated, by its own author, later."""
    b, _ = t.other_pair()
    t.post("1", None, 0, ("b", b))
    t.post("2", None, 1, ("a", t.arabic))
    t.post("3", "1", 2, t.ex.other[0])
    t.post("4", None, 1, t.w("later_lead"), " ", ("e", t.english))
    t.item("b", None)
    t.item("a", "e")


def appstore_dev_reply(t: T) -> None:
    """An app store review in Arabic; the developer's reply quotes its translation for the team."""
    t.post("1", None, 0, "★★☆☆☆ ", ("a", t.arabic))
    t.post("2", "1", 1, t.w("appstore_lead"), " “", ("e", t.english), "” ", t.w("appstore_tail"))
    t.item("a", "e")


def maps_question(t: T) -> None:
    """A Google Maps question in Arabic; a third person's answer starts with the question's translation in brackets."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, t.w("maps_lead"), " ", ("e", t.english), ") ", t.w("maps_answer"))
    t.item("a", "e")


def patreon_lowercase(t: T) -> None:
    """A creator posts Arabic; after patrons ask, the creator answers in lower case with typos."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, t.w("patreon_ask"))
    t.post("3", "1", 2, t.w("patreon_ask"))
    t.post("4", "2", 0, t.w("patreon_lead"), " ", ("e", sloppy(t.english, t.rng)), " ❤️")
    t.item("a", "e")


def wattpad_inline(t: T) -> None:
    """A Wattpad inline comment: the Arabic line, then "Translation (mine, not perfect):" and the English."""
    t.post("1", None, 0, ("a", t.arabic), "\n", t.w("wattpad_lead"), " ", ("e", t.english), "\n\n", t.w("wattpad_tail"))
    t.item("a", "e")


def kickstarter_machine(t: T) -> None:
    """A backer's Arabic comment; the creator answers with what a machine translator gives, then news."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, t.w("kick_lead"), " ", ("e", t.english), " ", t.w("kick_tail"))
    t.item("a", "e")


def interleaved_bracketed(t: T) -> None:
    """A Quora answer interleaved line by line, each English line in brackets under its Arabic one."""
    a0, a1 = (s.strip() for s in t.ex.arabic)
    e0, e1 = (s.strip() for s in t.ex.english)
    t.post("1", None, 0, ("a0", a0), "\n(", ("e0", e0), ")\n", ("a1", a1), "\n(", ("e1", e1), ")")
    t.post("2", "1", 1, "Beautiful, thank you.")
    t.item("a0", "e0")
    t.item("a1", "e1")


def steam_sloppy_before(t: T) -> None:
    """A Steam review: the reviewer's own careless English first, a marker, then the Arabic."""
    t.post("1", None, 0, ("e", sloppy(t.english, t.rng)), " ", t.w("before_tail"), "\n", ("a", t.arabic))
    t.item("a", "e")


# --- negatives ---------------------------------------------------------------------------------


def neg_answers_question(t: T) -> None:
    """An Ask-style page: the English reply answers the Arabic rather than translating it."""
    t.post("1", None, 0, t.w("ask_q"), "\n", ("a", t.arabic))
    t.post("2", "1", 1, t.w("ask_reply"), " ", t.ex.other[0])
    t.item("a")


def neg_loose_paraphrase(t: T) -> None:
    """A Goodreads reply that sums the Arabic up in a few of its own words."""
    w = t.content_words(2)
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, f"{t.w('paraphrase_lead')} {w[0]} and {w[1]}, {t.w('paraphrase_tail')}")
    t.item("a")


def neg_one_word_gloss(t: T) -> None:
    """A learner forum: a reply glosses one Arabic word of the sentence."""
    words = [x for x in t.arabic.split() if len(x) >= 3]
    word = t.rng.choice(words) if words else t.arabic.split()[0]
    t.post("1", None, 0, t.w("duo_q"), "\n", ("a", t.arabic))
    t.post("2", "1", 1, f"«{word}» {t.w('gloss_lead')} {t.w('gloss')}, {t.w('gloss_tail')}")
    t.item("a")


def neg_quote_rebuttal(t: T) -> None:
    """A Steam reply quotes the Arabic review and argues with it."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, "> ", t.arabic, "\n\n", t.w("rebut"), " ", t.ex.other[0], " ", t.w("steam_rebut"))
    t.item("a")


def neg_request_then_other(t: T) -> None:
    """Twitch chat: someone asks what it says; the author answers with something else entirely."""
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, t.w("request"))
    t.post("3", "2", 0, t.w("busy"), " ", t.ex.other[0])
    t.item("a")


def neg_other_passage(t: T) -> None:
    """A live blog: the desk translates an earlier statement that is not in the thread."""
    t.post("1", None, 0, t.w("live_time"), " — ", ("a", t.arabic))
    t.post("2", None, 0, t.w("diff_lead"), " ", t.ex.other[0])
    t.item("a")


def neg_shared_number(t: T) -> None:
    """A Tumblr reply sharing a number (or a year) with the Arabic, about something else."""
    digits = re.findall(r"[0-9٠-٩]+", t.arabic)
    number = digits[0] if digits else str(t.rng.randrange(1990, 2024))
    t.post("1", None, 0, ("a", t.arabic))
    t.post("2", "1", 1, t.ex.other[0], f" ({t.w('number_lead')} {number} {t.w('number_tail')})")
    t.item("a")


def neg_linkedin_summary(t: T) -> None:
    """A LinkedIn post in Arabic; a colleague's English summary names three of its words, nothing more."""
    w = t.content_words(3)
    t.post("1", None, 0, ("a", t.arabic), "\n\n", t.w("linkedin_tags"))
    t.post("2", "1", 1, f"{t.w('summary_lead')} {w[0]}, {w[1]} and {w[2]}. Well said!")
    t.item("a")


def neg_genius_context(t: T) -> None:
    """A Genius annotation that explains the line's background instead of translating it."""
    w = t.content_words(1)
    t.post("1", None, 0, t.w("genius_head"), "\n", ("a", t.arabic))
    t.post("2", "1", 1, f"{t.w('genius_context')} {w[0]}; {t.w('genius_context2')} ", t.ex.other[0])
    t.item("a")


def neg_english_title_first(t: T) -> None:
    """Podcast show notes: an English episode title before an untranslated Arabic quote."""
    t.post("1", None, 0, t.w("pod_title"), " ", t.ex.other[0], "\n\n", t.w("pod_open"), " ", ("a", t.arabic))
    t.item("a")


def neg_other_line_quoted(t: T) -> None:
    """A Letterboxd review quoting a different line in English beside the Arabic one."""
    t.post("1", None, 0, "“", t.ex.other[0], "” ", t.w("lb_other"), " ", ("a", t.arabic))
    t.item("a")


def neg_dev_generic(t: T) -> None:
    """An app store review in Arabic; the developer's English reply is boilerplate."""
    t.post("1", None, 0, "★☆☆☆☆ ", ("a", t.arabic))
    t.post("2", "1", 1, t.w("dev_generic"), " ", t.ex.other[0])
    t.item("a")


def neg_interleaved_notes(t: T) -> None:
    """Arabic lines interleaved with English lines that comment on them and translate nothing."""
    a0, a1 = (s.strip() for s in t.ex.arabic)
    t.post("1", None, 0, t.w("notes_lead"), "\n", ("a0", a0), "\n", t.ex.other[0], "\n", ("a1", a1), "\n", t.ex.other[1])
    t.item("a0")
    t.item("a1")


def neg_numbered_answers(t: T) -> None:
    """A numbered list of Arabic questions; a reply numbers answers to them, not translations."""
    a0, a1 = (s.strip() for s in t.ex.arabic)
    t.post("1", None, 0, t.w("numbered_q"), "\n1. ", ("a0", a0), "\n2. ", ("a1", a1))
    t.post("2", "1", 1, t.w("answers_lead"), "\n1. ", t.ex.other[0], "\n2. ", t.ex.other[1])
    t.item("a0")
    t.item("a1")


SHAPES: dict[str, tuple[Callable[..., None], int, str]] = {
    "Quora answer interleaved line by line": (quora_interleaved, 2, "pos"),
    "Goodreads review, translator's note in brackets": (goodreads_bracket_note, 1, "pos"),
    "Goodreads reply, translator's note in brackets": (goodreads_reply_bracket, 1, "pos"),
    "learner forum attempt with typos": (learner_forum_typos, 1, "pos"),
    "HiNative-style answer after a label": (hinative_answer, 1, "pos"),
    "Letterboxd, English quoted before the Arabic": (letterboxd_before, 1, "pos"),
    "Letterboxd, translation three replies down": (letterboxd_deep_reply, 1, "pos"),
    "Steam review translated in two comments": (steam_split, 2, "pos"),
    "Twitch chat @-reply": (twitch_chat, 1, "pos"),
    "Tumblr reply to a different post quoting it": (tumblr_quote_chain, 1, "pos"),
    "LinkedIn bilingual post, English first": (linkedin_english_first, 1, "pos"),
    "live blog, desk's translation later": (live_blog_later, 1, "pos"),
    "podcast show notes, rough translation": (podcast_notes, 1, "pos"),
    "Genius annotation in quote marks": (genius_annotation, 1, "pos"),
    "Mastodon self-reply after a content warning": (mastodon_self_reply, 1, "pos"),
    "numbered list and numbered translations": (numbered_lists, 2, "pos"),
    "partial: first sentence only": (partial_first, 2, "pos"),
    "two quotes, translated in two places": (two_passages_apart, 1, "pos"),
    "two posts, only the second translated later": (two_passages_one_left, 1, "pos"),
    "app store developer reply quoting it": (appstore_dev_reply, 1, "pos"),
    "Google Maps answer opening with the translation": (maps_question, 1, "pos"),
    "Patreon reply in lower case with typos": (patreon_lowercase, 1, "pos"),
    "Wattpad inline, mine not perfect": (wattpad_inline, 1, "pos"),
    "Kickstarter creator's machine translation": (kickstarter_machine, 1, "pos"),
    "interleaved, English lines in brackets": (interleaved_bracketed, 2, "pos"),
    "Steam review, sloppy English before the Arabic": (steam_sloppy_before, 1, "pos"),
    "neg: reply answers the Arabic's question": (neg_answers_question, 1, "neg"),
    "neg: loose paraphrase": (neg_loose_paraphrase, 1, "neg"),
    "neg: one word glossed": (neg_one_word_gloss, 1, "neg"),
    "neg: quote and rebuttal": (neg_quote_rebuttal, 1, "neg"),
    "neg: author answers a request with something else": (neg_request_then_other, 1, "neg"),
    "neg: translation of a passage not in the thread": (neg_other_passage, 1, "neg"),
    "neg: shared number": (neg_shared_number, 1, "neg"),
    "neg: LinkedIn three-word summary": (neg_linkedin_summary, 1, "neg"),
    "neg: Genius background note": (neg_genius_context, 1, "neg"),
    "neg: English episode title before the Arabic": (neg_english_title_first, 1, "neg"),
    "neg: a different line quoted in English": (neg_other_line_quoted, 1, "neg"),
    "neg: developer boilerplate": (neg_dev_generic, 1, "neg"),
    "neg: interleaved notes, no translation": (neg_interleaved_notes, 2, "neg"),
    "neg: numbered answers, not translations": (neg_numbered_answers, 2, "neg"),
}


_NOTE = re.compile(r" \[[^\]]*\]")


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation ``want``: nothing around it; the same text up to white space, or with the
    translator's note in brackets taken out, or typed carelessly (the same letters, two pairs swapped at most)."""
    if gold != gold.strip() or not gold:
        return False
    if _blind.same_flat(gold, want) or _blind.same_flat(_NOTE.sub("", gold, count=1), want):
        return True
    a, b = _letters(gold), _letters(" ".join(want))
    if sorted(a) != sorted(b):
        return False
    return sum(1 for x, y in zip(a, b, strict=True) if x != y) <= 4 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.9


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every item's Arabic is a posted passage; a positive's span is exactly its translation by :func:`same` (the
    first sentence of a partial one; each part of one split over two comments, a sentence a part); a negative has
    no span; a positive has one. Raises AssertionError naming the thread."""
    english = _blind.translations(sources)
    for thread in threads:
        items = thread["items"]
        problem = "" if items else "no item"
        for item in items:
            arabic = _blind.flat(_blind.sliced(thread, item["arabic"]))
            if arabic not in english:
                problem = "an item's Arabic is no posted passage"
            elif item["expected"] is not None:
                parts = [_blind.sliced(thread, s) for s in (item["expected"], *item["continued"])]
                ok = False
                for whole in english[arabic]:  # the same Arabic may have several translations in the data
                    want = whole[:1] if item.get("partial") else whole
                    if item["continued"]:
                        ok |= len(parts) == len(want) and all(same(g, [w]) for g, w in zip(parts, want, strict=True))
                    else:
                        ok |= same(parts[0], want)
                if thread["kind"] != "pos" or not ok:
                    problem = "a split gold span is not its part" if item["continued"] else "a gold span is not the translation"
        if thread["kind"] == "pos" and not any(item["expected"] for item in items):
            problem = "a positive without a span"
        if problem:
            raise AssertionError(f"{thread['id']}: {problem}")


def check_banks() -> None:
    """Every bank has a wording for each half, and no wording of one half is inside one of the other."""
    tuned = [p.strip() for bank in BANKS.values() for p in bank[0::2]]
    held = [p.strip() for bank in BANKS.values() for p in bank[1::2]]
    for name, bank in BANKS.items():
        if len(bank) < 4 or len(bank) % 2:
            raise AssertionError(f"bank {name}: {len(bank)} entries")
    for h in held:
        for u in tuned:
            if len(h) >= 6 and len(u) >= 6 and (h in u or u in h):
                raise AssertionError(f"{h!r} and {u!r} are in both halves")


ROUND = _blind.Round(__doc__, SEED, SHAPES, T, same, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
