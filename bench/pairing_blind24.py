"""Round 24 of the pairing development set, written blind: real (Arabic, English) pairs set in thread
shapes from places earlier rounds did not visit (tattoo forums, obituary guestbooks, petition comments,
film reviews, music comments, photo pages, pin boards, craft-shop messages, neighbourhood boards,
activity feeds, merge-request reviews, document comments, membership posts, peer reviews, museum
visitor books, answer archives, support transcripts, language-exchange apps, Bluesky, VK).

About two thirds of the shapes are positive (the thread holds a commenter's translation; its comment and
exact span are gold, leads, notes, sign-offs, emoji, handles and markdown left out) and a third negative
(English that looks like it might translate the Arabic but does not: a transliteration, a one-word gloss,
the name of the script, a joke "translation", a rebuttal after a quote, a summary of the thread, the
translation of a similar but different sentence, a bot's translation of another post, chance shared names
and numbers, answers to something else).

Every wording comes from a phrase bank (:data:`BANKS`) cut between the halves: even entries for tuned
threads, odd entries for held-out ones, so no held-out thread uses a wording a tuned thread uses. The pairs
are cut as bench/pairing_devset.py cuts them (bench/_blind.py), so held-out sentences stay held out.

Run: python3 bench/pairing_blind24.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import Pairs, Piece  # noqa: E402

SEED = 2424
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round24.jsonl"

# ------------------------------------------------------------------------------------------
# Phrase banks: even entries word tuned threads, odd entries held-out ones.

BANKS: dict[str, tuple[str, ...]] = {
    # tattoo forums
    "tattoo_ask": (
        "Got this done in Dubai last summer, artist swore it's a nice saying. What does my tattoo actually say?",
        "ok so my ex picked this design for me years ago... can anyone tell me what the ink on my ribs means",
        "Fresh ink! Need someone to confirm the meaning before I show my mum",
        "Before I get this on my forearm tomorrow, is the wording below legit? Don't want a menu item on my arm",
        "Found this in my grandpa's notebook and I want it as a memorial piece. Meaning please?",
        "Tattoo checkers of the sub, I summon thee. What's written here?",
    ),
    "tattoo_translit": (
        "It reads: {tr}",
        "pronounced roughly \"{tr}\"",
        "Phonetically it's {tr}",
        "Sounds like: {tr} (sorry, I can read it but not translate it)",
        "in latin letters that's {tr}",
        "transliteration: {tr}",
    ),
    "tattoo_gloss": (
        "The word {w} is in there, that's the main bit.",
        "I only know {w}, the rest is beyond my school Arabic",
        "{w} jumps out at me, no idea about the rest tbh",
        "pretty sure {w} is a key word but don't quote me",
    ),
    "tattoo_answer": (
        "It says: ",
        "Native speaker here. It means ",
        "Translated, it's ",
        "My wife is Egyptian, she says it reads ",
        "Word for word-ish: ",
        "Meaning in English: ",
    ),
    "tattoo_after": (
        " Nice linework btw.",
        " Spelling looks right to me.",
        " Congrats, it's legit.",
        " No typos either, you're safe.",
    ),
    "script_name": (
        "That's Naskh calligraphy, pretty clean work.",
        "Looks like Diwani script to me, the letters flow into each other.",
        "Thuluth style I think, the tall verticals give it away.",
        "This is Ruq'ah handwriting, the everyday style, not a fancy font.",
        "Kufic-inspired lettering, very geometric.",
        "It's a Nastaliq-ish flourish, more Persian than Arabic in style.",
    ),
    "joke": (
        "it says 'buy more bread' lol",
        "Obviously it says 'this guy paid too much for this tattoo' haha",
        "pretty sure it's the wifi password 😂",
        "it reads 'I'm with stupid' and there's an arrow missing",
        "definitely says 'chicken shawarma, extra garlic' lmao",
        "'Property of the tattoo shop' /s",
    ),
    # obituary guestbooks
    "obit_intro": (
        "Posted by the family. ",
        "Guestbook entry: ",
        "From the family of the departed. ",
        "Signed the guestbook for Auntie. ",
    ),
    "obit_condolence": (
        "So sorry for your loss. Thinking of all of you.",
        "Rest in peace, you will be missed by the whole street.",
        "Our deepest sympathies to the family.",
        "She always had a smile for the kids at the bus stop. Sending love.",
        "May his memory be a blessing.",
        "Heartbroken to read this. Holding you all in my thoughts.",
    ),
    "obit_relative": (
        "For those who can't read Arabic, my aunt wrote: ",
        "My cousin asked me to translate her message for everyone: ",
        "Translating Mum's entry above for our English-speaking friends: ",
        "What my grandmother wrote, in English: ",
        "For dad's colleagues, this is what uncle posted: ",
        "Translated from Teta's note: ",
    ),
    "obit_thanks": (
        "\n\nThank you all for your kind words.",
        "\n— the family",
        "\nWe are grateful for every message.",
        "\nThank you for coming to the service.",
    ),
    "obit_other": (
        "The family asked me to share what grandpa wrote in the card: ",
        "From the card that was read out at the burial: ",
        "Someone asked what was said at the service, it was this: ",
        "Words from the eulogy, translated by my brother: ",
    ),
    "obit_summary": (
        "Reading through everyone's messages, it's clear how loved she was. So many prayers from so many places.",
        "So many beautiful tributes here in so many languages.",
        "Lovely to see friends from both countries leaving messages on this page.",
        "All these messages show what a big heart he had.",
    ),
    # petitions
    "petition_intro": (
        "Signed! ",
        "Just signed and shared. ",
        "Signing from abroad. ",
        "Added my name. ",
    ),
    "petition_lead": (
        "for the non-Arabic speakers: ",
        "English: ",
        "what she said, in English: ",
        "rough English version: ",
        "basically: ",
        "in English that'd be: ",
    ),
    "petition_rebuttal": (
        "Respectfully, I disagree. The council already held two public meetings and nobody showed up.",
        "This petition won't change anything, write to your representative instead.",
        "That's not what the proposal says at all, read page 4 before signing.",
        "I don't think that's fair to the shop owners on that road.",
        "People keep repeating this but the numbers don't support it.",
        "Sorry but this has nothing to do with the park closure.",
    ),
    # film reviews
    "imdb_intro": (
        "Saw it at a festival screening. The best line in the whole film is the aunt's: ",
        "8/10. One line stuck with me: ",
        "The dialogue is gold, e.g. ",
        "Spoiler-free review. Favourite quote: ",
    ),
    "imdb_lit": (
        "lit. ",
        "literally: ",
        "literally \u2014 ",
        "lit: ",
    ),
    "imdb_gist": (
        ", i.e. the usual family drama",
        ", i.e. she's being sarcastic there",
        ", i.e. classic passive aggression",
        ", i.e. he's giving up, basically",
    ),
    "imdb_summary": (
        "So the consensus in this thread is the ending was rushed but the acting was great.",
        "TL;DR of the comments: watch it for the cinematography, skip the last act.",
        "Sounds like everyone here loved the aunt and hated the subplot.",
        "Summing up the replies: great cast, weak script.",
    ),
    # music comments
    "music_intro": (
        "1:42 this line though ",
        "the bridge at 2:10 ",
        "who else is here in 2025 ",
        "chills at 0:58 ",
    ),
    "music_spoiler": (
        "translation (spoiler so it doesn't ruin it for learners): ",
        "english >> ",
        "meaning, hidden: ",
        "tap to reveal: ",
    ),
    # photo pages
    "flickr_caption": (
        "Shop sign in the old market, shot on film. It says ",
        "Graffiti near the harbour. The text: ",
        "Wall mural, found on a walk. Reads ",
        "Plaque by the mosque door, the inscription is ",
    ),
    "flickr_after": (
        ".\n\nCanon AE-1, Portra 400. Thanks for 10k views!",
        ".\n\nFujifilm X100V, no edits.",
        ".\n\nBest viewed large.",
        ".\n\nPart of my street signs album.",
    ),
    "footnote_mark": (
        "[1]",
        "[*]",
        "(1)",
        "¹",
    ),
    "flickr_note": (
        "\nThanks to my neighbour for the help.",
        "\n(translation by my friend Samir)",
        "\nCorrections welcome.",
        "\nvia a kind stranger in the comments",
    ),
    # membership posts and bots
    "patreon_intro": (
        "Monthly update for supporters: ",
        "Behind-the-scenes post, patrons only: ",
        "Quick note to my patrons: ",
        "New chapter notes: ",
    ),
    "bot_name": (
        "TranslateBot",
        "AutoTranslate",
        "LinguaBot",
        "TransBot",
    ),
    "bot_lead": (
        "Translation: ",
        "EN: ",
        "Translated from Arabic: ",
        "(ar \u2192 en) ",
    ),
    "bot_tail": (
        "\n\n^(I am a bot. Reply !wrong to report a bad translation.)",
        "\n\n--\nbeep boop, automated translation",
        "\n\n*This translation was generated automatically.*",
        "\n\n(bot, may be inaccurate)",
    ),
    # pin boards
    "pin_intro": (
        "Saved this for my living room print! ",
        "Quote board inspo. ",
        "Calligraphy wall art idea. ",
        "Pinned for my wedding invites. ",
    ),
    "pin_lead": (
        "The English is ",
        "Here's what it means ",
        "English on the back of the print: ",
        "In English: ",
    ),
    # museum visitor books
    "museum_intro": (
        "Visitor book, page 12. A visitor wrote:",
        "From the museum's guest book, west gallery:",
        "Copied from the visitor book by the exit:",
        "Guest book entry, Islamic art wing:",
    ),
    "museum_translator": (
        "Below it, in another hand:",
        "Someone added a translation underneath:",
        "And under that, in English:",
        "The next entry translates it:",
    ),
    "museum_style": (
        "Beautiful handwriting in the book, almost like calligraphy.",
        "The ink has faded a bit but you can still read it.",
        "Someone drew a little lantern next to it.",
        "It's written very neatly, right to left across the whole page.",
    ),
    # answer archives
    "ya_ask": (
        "Found this written on the back of an old photo:",
        "What is this sentence? My neighbour slid it under my door",
        "My pen pal wrote this at the end of her letter:",
        "Saw this on a bus stop poster:",
    ),
    "ya_q": (
        "?",
        "??",
        "???",
        "?? lol",
    ),
    "ya_best": (
        "Best answer: ",
        "Chosen by asker: ",
        "",
        "Asker's choice: ",
    ),
    "ya_other": (
        "try google translate",
        "wrong category, try Languages",
        "looks like a phone number on the corner? call it",
        "why would someone put that under your door, call the landlord",
        "ask at a local restaurant, they'll know",
        "is this homework",
    ),
    "ya_request": (
        "Can someone translate this for me please?",
        "translation please!! 10 points",
        "What does this say? Serious answers only",
        "Need this in English asap",
    ),
    # activity feeds
    "strava_title": (
        "Morning ride. ",
        "Long run, legs dead. ",
        "Hill repeats. ",
        "Recovery spin. ",
    ),
    "strava_later": (
        "And the one from Saturday's club ride: ",
        "Also what I said on the climb: ",
        "Saturday's caption: ",
        "plus the one from the group ride: ",
    ),
    "strava_both": (
        "for the club members who asked: ",
        "since people keep asking, both captions in English: ",
        "translations of my captions: ",
        "ok ok, English versions: ",
    ),
    "strava_kudos": (
        "Kudos! What does the caption mean?",
        "Great pace! Caption in English?",
        "Nice effort. Translate the title?",
        "Strong ride! What's the caption say?",
    ),
    "strava_chance": (
        "{x} km today, ",
        "split {x} was brutal. ",
        "{x} riders showed up! ",
        "segment {x} again, ",
    ),
    "strava_name": (
        "{x} from the club says hi. ",
        "Did {x} ride too? ",
        "{x} would love this route. ",
        "Tag {x} next time! ",
    ),
    # craft-shop messages
    "etsy_intro": (
        "Hi! For the engraved bracelet, the text is below.",
        "Hello, here is what I'd like on the wooden sign.",
        "Hi there, order note for the necklace:",
        "Hey! Engraving request, please check spelling:",
    ),
    "etsy_order": (
        "English first so you know what it means: ",
        "Meaning: ",
        "(it translates as: ",
        "English version for reference: ",
    ),
    "etsy_arabic": (
        "\nArabic to engrave: ",
        "\nAnd in Arabic: ",
        "\nThe Arabic: ",
        "\nWhat goes on it: ",
    ),
    "etsy_gloss": (
        "Quick question, is \"{w}\" a name? It looks like a name to me.",
        "I think \"{w}\" means something like 'the', is that the first word?",
        "My daughter says \"{w}\" is a kind of greeting, is that right?",
        "Is \"{w}\" the part that means 'love'? Just checking the letters.",
    ),
    "etsy_seller": (
        "Thanks! I'll send a proof before engraving.",
        "Got it, proof coming tomorrow.",
        "Received, will confirm the spacing.",
        "Thank you, I'll check the letters with my supplier.",
    ),
    # neighbourhood boards
    "nextdoor_intro": (
        "Lost cat! ",
        "Notice from the mosque on Elm Street: ",
        "Posting for my dad: ",
        "Community notice: ",
    ),
    "nextdoor_first": (
        "English, part 1: ",
        "Translation (1/2): ",
        "in English: ",
        "Part one: ",
    ),
    "nextdoor_second": (
        "part 2: ",
        "(2/2) ",
        "and the rest: ",
        "cont.: ",
    ),
    # merge-request reviews
    "gitlab_intro": (
        "Reviewer note on `locale/ar/strings.po` line 88: the new string is",
        "Suggestion on `i18n/ar.json`: current value",
        "Comment on the Arabic fixture in `tests/fixtures/ar_sample.txt`:",
        "Nit in `docs/ar/README.md`: this sentence",
    ),
    "gitlab_partial": (
        "The first sentence means: ",
        "First sentence, for other reviewers: ",
        "I only checked the opening sentence: ",
        "Translating just the first part: ",
    ),
    "gitlab_partial_tail": (
        " (didn't get to the rest)",
        "\nSomeone else should check the second sentence.",
        " \u2014 the rest looks fine, not sure though.",
        "\nCan't vouch for the second half.",
    ),
    "gitlab_summary": (
        "This fixture is about health data, fine for the tests.",
        "The string is some kind of narration, not UI text, should it be in docs?",
        "It's a conversation snippet, should be OK to ship.",
        "It reads like a news sentence, not a label. Please move it.",
    ),
    # document comments
    "docs_lead": (
        "Suggested translation: ",
        "Proposed EN for this paragraph: ",
        "Draft English: ",
        "My attempt: ",
    ),
    "docs_note": (
        " (not perfect)",
        " \u2014 not perfect, feel free to edit",
        " (rough, please polish)",
        " (not 100% sure about the wording)",
    ),
    "docs_reply": (
        "Resolved.",
        "Looks good to me, accepting.",
        "Marked as resolved.",
        "Thanks! Merged into the main doc.",
    ),
    # peer review
    "review_intro": (
        "Weakness 2. The example in Section 3 is unclear: ",
        "Minor: the running example ",
        "Q1. In Table 1 the authors give ",
        "The qualitative example ",
    ),
    "review_after": (
        " does not illustrate the claim about dialect mixing.",
        " is not analysed further.",
        " needs a gloss for readers.",
        " is too long for the figure.",
    ),
    # support transcripts
    "zendesk_open": (
        "Chat started. Customer wrote:",
        "Ticket #4471, customer message:",
        "Inbound message from customer:",
        "Conversation transcript, customer:",
    ),
    "zendesk_agent": (
        "Internal note for tier 2 \u2014 customer said: ",
        "Escalating. Summary of the customer's words: ",
        "Note for the English team: the customer wrote ",
        "Handing over. Customer's message in English: ",
    ),
    "zendesk_close": (
        " Please follow up by email.",
        " Priority normal.",
        " Refund not yet approved.",
        " Waiting for the warehouse.",
    ),
    # language-exchange apps
    "ht_intro": (
        "Practising my Arabic! Please correct me \U0001f64f",
        "Moment: trying to write in Arabic today",
        "Learning Arabic, day 40. Is this correct?",
        "New post, corrections welcome",
    ),
    "ht_lead": (
        "Translaton: ",
        "What I ment: ",
        "Englsh: ",
        "tranlsation: ",
    ),
    "ht_correction": (
        "Very good! Just check the word order a little.",
        "Nice job, small spelling thing but very understandable.",
        "Great! Sounds natural.",
        "Good effort! Maybe a different verb would sound more natural.",
    ),
    "tandem_similar": (
        "Ooh I think I know this one, in my textbook it's: ",
        "We had almost exactly this in class: ",
        "Reminds me of my textbook example: ",
        "my teacher gave us a similar one: ",
    ),
    # Bluesky
    "bsky_lead": (
        "\U0001f9f5 2/2 EN: ",
        "EN \u2193\n",
        "(english) ",
        "\U0001f1ec\U0001f1e7 ",
    ),
    "bsky_tail": (
        " \U0001f319 @layla.bsky.social",
        " #arabic #translation",
        " \u2728 (cc @sami.bsky.social)",
        " \U0001f49a",
    ),
    # VK
    "vk_reply": (
        "Here's the first post in English: ",
        "Translation of the top post: ",
        "For the English speakers in the group, the first one says: ",
        "Re the first post: ",
    ),
    "vk_chat": (
        "Nice group, greetings from Kazan!",
        "Who is coming to the meetup on Friday?",
        "Subscribed, waiting for new posts.",
        "Admins, please pin the rules.",
    ),
}


def check_banks() -> None:
    """Each bank has wordings for both halves, no wording sits in both, and no wording of 12 characters
    or more of one half is inside a wording of the other. Raises AssertionError naming the bank."""
    tuned = [p for bank in BANKS.values() for p in bank[0::2]]
    held = [p for bank in BANKS.values() for p in bank[1::2]]
    for name, bank in BANKS.items():
        if len(bank) < 2 or set(bank[0::2]) & set(bank[1::2]):
            raise AssertionError(f"bank {name}: not cut between the halves")
    for a_side, b_side in ((tuned, held), (held, tuned)):
        for phrase in a_side:
            core = phrase.strip()
            if len(core) >= 12 and any(core in other for other in b_side):
                raise AssertionError(f"{core!r} words both halves")


# ------------------------------------------------------------------------------------------
# Letters, words and numbers of a passage.

_LETTERS = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "'", "gh", "f", "q", "k",
    "l", "m", "n", "h", "w", "y", "a", "a", "'", "a", "i", "aa", "u'", "'i"]))


def transliterated(arabic: str, words: int = 0) -> str:
    """The Arabic words of ``arabic`` (the first ``words`` of them, all when 0) in Latin letters, as a
    reader who sounds them out writes them; Latin words of a code-switched line are skipped."""
    out = []
    for word in arabic.split():
        latin = "".join(_LETTERS.get(ch, "") for ch in word)
        if latin.strip("'"):
            out.append(latin)
    return " ".join(out[:words] if words else out)


def arabic_words(arabic: str) -> list[str]:
    """The words of ``arabic`` of three Arabic letters or more, punctuation off."""
    out = []
    for word in arabic.split():
        bare = "".join(ch for ch in word if ch in _LETTERS)
        if len(bare) >= 3 and bare == word.strip("،.؟!?,:"):
            out.append(bare)
    return out


def chance(english: Sequence[str]) -> tuple[list[str], list[str]]:
    """The numbers and the names (capitalised words not first in a sentence) of the translation."""
    numbers, names = [], []
    for sentence in english:
        words = sentence.replace(",", " ").replace(".", " ").replace("?", " ").split()
        for k, word in enumerate(words):
            if word.isdigit():
                numbers.append(word)
            elif k and word[:1].isupper() and word[1:].islower() and word.isalpha() and word not in ("I", "I'm") and len(word) > 2:
                names.append(word)
    return numbers, names


# ------------------------------------------------------------------------------------------
# A thread being written.


class Thread(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its wordings from this round's banks."""

    def __init__(self, planned: _blind.Planned) -> None:
        super().__init__(planned)
        self.sentences = [e.strip() for e in planned.example.english]

    def say(self, bank: str, **fill: str) -> str:
        """A wording of ``bank`` from this thread's half, filled in."""
        half = BANKS[bank][0::2] if self.p.split == "tuned" else BANKS[bank][1::2]
        phrase = self.p.rng.choice(half)
        return phrase.format(**fill) if fill else phrase

    def post(self, cid: str, parent: str | None, author: str, *pieces: Piece) -> None:
        self.rows.append([cid, parent, author, _blind.joined(cid, pieces, self.spans, self.texts)])

    def item(self, arabic: str, translation: str | None = None, partial: bool = False, continued: tuple[str, ...] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, translation, partial, continued))

    def other_pair(self) -> tuple[str, str]:
        """Another pair of this part (its Arabic and English unlike the thread's), drawn at random."""
        ex = self.p.example
        while True:
            arabic, english = self.p.rng.choice(self.p.pool)
            if arabic.strip() not in ex.arabic and english.strip() not in self.sentences and english not in ex.other:
                return arabic.strip(), english.strip()

    def similar(self) -> str:
        """The English of another pair of this part that shares the most words with this thread's
        first sentence without being it (a similar sentence on the same topic); ties to the first."""
        mine = {w.lower().strip(".,?!") for w in self.sentences[0].split()}
        best, best_score = self.p.example.other[0], 0.0
        for arabic, english in self.p.pool:
            if arabic.strip() in self.p.example.arabic or english.strip() in self.sentences:
                continue
            theirs = {w.lower().strip(".,?!") for w in english.split()}
            shared = len(mine & theirs) / max(1, len(mine | theirs))
            if best_score < shared < 0.6:
                best, best_score = english.strip(), shared
        return best


def lines(text: str, width: int) -> str:
    """``text`` broken into lines of about ``width`` words, breaks falling mid-sentence."""
    words = text.split(" ")
    return "\n".join(" ".join(words[k : k + width]) for k in range(0, len(words), width))


# ------------------------------------------------------------------------------------------
# Positive shapes.


def tattoo_translated(t: Thread) -> None:
    """Tattoo forum: the asker posts the Arabic; one answer gives a transliteration, one a word,
    one (in a varying place) the translation."""
    t.post("1", None, "inkdrinker", t.say("tattoo_ask"), "\n\n", ("ar", t.arabic))
    words = arabic_words(t.arabic) or [t.arabic.split()[0]]
    noise = [
        ("tattoo_translit", t.say("tattoo_translit", tr=transliterated(t.arabic))),
        ("tattoo_gloss", t.say("tattoo_gloss", w=t.p.rng.choice(words))),
    ]
    at = t.p.rng.randrange(3)
    k = 2
    for n in range(3):
        if n == at:
            t.post(str(k), "1", "nadia_k", t.say("tattoo_answer"), ("en", t.english), t.say("tattoo_after"))
        else:
            t.post(str(k), "1", f"reader{n}", noise.pop(0)[1])
        k += 1
    t.item("ar", "en")


def obituary_relative(t: Thread) -> None:
    """Obituary guestbook: a prayer in Arabic, condolences in English, then a relative's translation."""
    t.post("1", None, "Guestbook", t.say("obit_intro"), ("ar", t.arabic))
    t.post("2", None, "Margaret H.", t.say("obit_condolence"))
    t.post("3", None, "Omar (nephew)", t.say("obit_relative"), ("en", t.english), t.say("obit_thanks"))
    t.post("4", None, "The Bakers", t.say("obit_condolence"))
    t.item("ar", "en")


def petition_translit_first(t: Thread) -> None:
    """Petition comment: a signer's Arabic, a reply giving the transliteration of its opening words in
    brackets, then the translation (gold leaves the bracket out)."""
    t.post("1", None, "Signer 1182", t.say("petition_intro"), ("ar", t.arabic))
    tr = transliterated(t.arabic, 3) or "ya rab"
    t.post("2", "1", "Signer 1190", t.say("petition_lead"), f"({tr}) ", ("en", t.english))
    t.item("ar", "en")


def imdb_literal_gist(t: Thread) -> None:
    """Film review: a line of dialogue, then "lit. ..., i.e. ...". The literal rendering is gold: it is
    the human translation of the whole line, while the "i.e." part is the reviewer's gist of its intent
    (a reading of the tone, which translates none of the words)."""
    t.post("1", None, "cinephile_77", t.say("imdb_intro"), ("ar", t.arabic), "\n", t.say("imdb_lit"), ("en", t.english), t.say("imdb_gist"))
    t.item("ar", "en")


def music_spoiler(t: Thread) -> None:
    """Music comment: a lyric line, the translation under a spoiler tag in a reply."""
    t.post("1", None, "sandstorm_fm", t.say("music_intro"), ("ar", t.arabic))
    t.post("2", "1", "sandstorm_fm", t.say("music_spoiler"), ">!", ("en", t.english), "!<")
    t.item("ar", "en")


def flickr_footnote(t: Thread) -> None:
    """Photo page: the caption quotes a sign's Arabic with a footnote mark; the note at the end holds
    the translation."""
    mark = t.say("footnote_mark")
    t.post("1", None, "streetframes", t.say("flickr_caption"), ("ar", t.arabic), mark, t.say("flickr_after"),
           f"\n\n{mark} ", ("en", t.english), t.say("flickr_note"))
    t.item("ar", "en")


def patreon_bot(t: Thread) -> None:
    """Membership post in Arabic; a translation bot's reply carries the translation."""
    t.post("1", None, "Creator", t.say("patreon_intro"), ("ar", t.arabic))
    bot = t.say("bot_name")
    t.post("2", "1", bot, f"{bot}: ", t.say("bot_lead"), ("en", t.english), t.say("bot_tail"))
    t.item("ar", "en")


def pin_markdown(t: Thread) -> None:
    """Pin board: a quote in Arabic, the translation in bold or italics in a comment."""
    t.post("1", None, "homebyhala", t.say("pin_intro"), ("ar", t.arabic))
    mark = t.p.rng.choice(("**", "_", "*", "__"))
    t.post("2", "1", "homebyhala", t.say("pin_lead"), mark, ("en", t.english), mark)
    t.item("ar", "en")


def museum_poem(t: Thread) -> None:
    """Museum visitor book: a passage written as a poem, translated under it line by line, the lines
    breaking mid-sentence."""
    t.post("1", None, "Transcriber", t.say("museum_intro"), "\n", ("ar", lines(t.arabic, 5)), "\n\n", t.say("museum_translator"),
           "\n", ("en", lines(t.english, 4)))
    t.item("ar", "en")


def yahoo_bare_question(t: Thread) -> None:
    """Answer archive: the author posts Arabic, someone answers "?" and the author translates."""
    t.post("1", None, "Anonymous", ("ar", t.arabic))
    t.post("2", "1", "Rusty", t.say("ya_q"))
    t.post("3", "2", "Anonymous", ("en", t.english))
    t.item("ar", "en")


def strava_numbered(t: Thread) -> None:
    """Activity feed: one athlete's two Arabic captions, translated in one later comment as "1) ... 2) ..."."""
    arabic2, english2 = t.other_pair()
    t.post("1", None, "Yousef A.", t.say("strava_title"), ("ar", t.arabic))
    t.post("2", "1", "Kim", t.say("strava_kudos"))
    t.post("3", "1", "Yousef A.", t.say("strava_later"), ("ar2", arabic2))
    t.post("4", "1", "Yousef A.", t.say("strava_both"), "1) ", ("en", t.english), " 2) ", ("en2", english2))
    t.item("ar", "en")
    t.item("ar2", "en2")


def etsy_before(t: Thread) -> None:
    """Craft-shop message: the buyer gives the English before the Arabic to engrave."""
    lead = t.say("etsy_order")
    close = ")" if lead.startswith("(") else ""
    t.post("1", None, "buyer", t.say("etsy_intro"), "\n", lead, ("en", t.english), close, t.say("etsy_arabic"), ("ar", t.arabic))
    t.post("2", "1", "shop", t.say("etsy_seller"))
    t.item("ar", "en")


def nextdoor_split(t: Thread) -> None:
    """Neighbourhood board: a two-sentence notice in Arabic; its author translates it over two posts."""
    t.post("1", None, "Hassan, Elm St", t.say("nextdoor_intro"), ("ar", t.arabic))
    t.post("2", "1", "Hassan, Elm St", t.say("nextdoor_first"), ("en", t.sentences[0]))
    t.post("3", "1", "Hassan, Elm St", t.say("nextdoor_second"), ("en2", " ".join(t.sentences[1:])))
    t.item("ar", "en", continued=("en2",))


def gitlab_partial(t: Thread) -> None:
    """Merge-request review: a reviewer translates only the first of two sentences."""
    t.post("1", None, "reviewer-a", t.say("gitlab_intro"), "\n\n", ("ar", t.arabic))
    t.post("2", "1", "reviewer-b", t.say("gitlab_partial"), ("en", t.sentences[0]), t.say("gitlab_partial_tail"))
    t.item("ar", "en", partial=True)


def docs_not_perfect(t: Thread) -> None:
    """Document comment thread: a suggested translation with a "(not perfect)" note, then resolved."""
    t.post("1", None, "Rania M.", ("ar", t.arabic))
    t.post("2", "1", "Chris P.", t.say("docs_lead"), ("en", t.english), t.say("docs_note"))
    t.post("3", "1", "Rania M.", t.say("docs_reply"))
    t.item("ar", "en")


def zendesk_quoted(t: Thread) -> None:
    """Support transcript: the customer's Arabic, the agent's note quoting it in English in quote marks."""
    t.post("1", None, "Customer", t.say("zendesk_open"), "\n", ("ar", t.arabic))
    quote = t.p.rng.choice((('"', '"'), ("\u201c", "\u201d"), ("'", "'")))
    t.post("2", "1", "Agent Dana", t.say("zendesk_agent"), quote[0], ("en", t.english), quote[1], t.say("zendesk_close"))
    t.item("ar", "en")


def hellotalk_typo(t: Thread) -> None:
    """Language-exchange post: a learner's Arabic with their own translation after a misspelt lead,
    and a native speaker's correction in English."""
    t.post("1", None, "learner_amy", t.say("ht_intro"), "\n", ("ar", t.arabic), "\n", t.say("ht_lead"), ("en", t.english))
    t.post("2", "1", "native_kareem", t.say("ht_correction"))
    t.item("ar", "en")


def bluesky_thread(t: Thread) -> None:
    """Bluesky: a post in Arabic, the author's self-reply with the translation between emoji and handles."""
    t.post("1", None, "layla.bsky.social", ("ar", t.arabic))
    t.post("2", "1", "layla.bsky.social", t.say("bsky_lead"), ("en", t.english), t.say("bsky_tail"))
    t.item("ar", "en")


def vk_two_posts(t: Thread) -> None:
    """VK wall: two Arabic posts by different members; only the first is translated, lower down."""
    arabic2, _ = t.other_pair()
    t.post("1", None, "Amina", ("ar", t.arabic))
    t.post("2", None, "Tariq", ("ar2", arabic2))
    t.post("3", None, "Lena", t.say("vk_chat"))
    t.post("4", "1", "Pavel", t.say("vk_reply"), ("en", t.english))
    t.item("ar", "en")
    t.item("ar2")


def openreview_bracketed(t: Thread) -> None:
    """Peer review: the reviewer quotes the paper's Arabic example with its English in brackets."""
    opening, closing = t.p.rng.choice((("(", ")"), ("[", "]"), ("(", ")")))
    t.post("1", None, "Reviewer 2", t.say("review_intro"), ("ar", t.arabic), f" {opening}", ("en", t.english), closing, t.say("review_after"))
    t.item("ar", "en")


def pin_before_partial(t: Thread) -> None:
    """Pin board: the first sentence's English before a two-sentence Arabic quote (partial)."""
    t.post("1", None, "quoteboard", t.say("pin_lead"), "\u201c", ("en", t.sentences[0]), "\u201d\n", ("ar", t.arabic))
    t.item("ar", "en", partial=True)


def tattoo_relative_later(t: Thread) -> None:
    """Tattoo forum: a script comment first, then the asker's own translation after a relative told them."""
    t.post("1", None, "ink_and_oud", t.say("tattoo_ask"), "\n", ("ar", t.arabic))
    t.post("2", "1", "letterer", t.say("script_name"))
    t.post("3", "2", "ink_and_oud", t.say("tattoo_answer"), ("en", t.english))
    t.item("ar", "en")


# ------------------------------------------------------------------------------------------
# Negative shapes.


def tattoo_untranslated(t: Thread) -> None:
    """Tattoo forum: a transliteration, a word, the script's name and a joke; nobody translates."""
    t.post("1", None, "inkdrinker", t.say("tattoo_ask"), "\n\n", ("ar", t.arabic))
    words = arabic_words(t.arabic) or [t.arabic.split()[0]]
    answers = [
        t.say("tattoo_translit", tr=transliterated(t.arabic)),
        t.say("tattoo_gloss", w=t.p.rng.choice(words)),
        t.say("script_name"),
        t.say("joke"),
    ]
    t.p.rng.shuffle(answers)
    for k, text in enumerate(answers):
        t.post(str(k + 2), "1", f"reader{k}", text)
    t.item("ar")


def obituary_other_card(t: Thread) -> None:
    """Obituary guestbook: the Arabic prayer, condolences, and a relative's translation of a different
    text (a card read out elsewhere), then a summary of the page."""
    t.post("1", None, "Guestbook", t.say("obit_intro"), ("ar", t.arabic))
    t.post("2", None, "Margaret H.", t.say("obit_condolence"))
    t.post("3", None, "Omar (nephew)", t.say("obit_other"), t.p.example.other[0])
    t.post("4", None, "Jen", t.say("obit_summary"))
    t.item("ar")


def petition_rebuttal(t: Thread) -> None:
    """Petition comment: a reply quotes the Arabic and rebuts it in English."""
    t.post("1", None, "Signer 1182", t.say("petition_intro"), ("ar", t.arabic))
    t.post("2", "1", "Signer 1207", "> ", ("ar_q", t.arabic), "\n\n", t.say("petition_rebuttal"))
    t.item("ar")


def imdb_summary(t: Thread) -> None:
    """Film review: a line of dialogue; the replies sum the thread up."""
    t.post("1", None, "cinephile_77", t.say("imdb_intro"), ("ar", t.arabic))
    t.post("2", "1", "reelreader", t.say("imdb_summary"))
    t.post("3", "1", "popcornfan", t.p.example.unrelated)
    t.item("ar")


def tandem_similar(t: Thread) -> None:
    """Language exchange: a learner's Arabic; a partner offers the translation of a similar sentence
    on the same topic from a textbook."""
    t.post("1", None, "learner_amy", t.say("ht_intro"), "\n", ("ar", t.arabic))
    t.post("2", "1", "partner_joe", t.say("tandem_similar"), t.similar())
    t.item("ar")


def etsy_word_gloss(t: Thread) -> None:
    """Craft-shop messages: the buyer asks about one word of the Arabic; nobody translates."""
    words = arabic_words(t.arabic) or [t.arabic.split()[0]]
    t.post("1", None, "buyer", t.say("etsy_intro"), t.say("etsy_arabic"), ("ar", t.arabic))
    t.post("2", "1", "shop", t.say("etsy_gloss", w=t.p.rng.choice(words)))
    t.post("3", "2", "buyer", t.say("etsy_seller"))
    t.item("ar")


def strava_chance(t: Thread) -> None:
    """Activity feed: an English comment sharing the translation's numbers or names by chance."""
    numbers, names = chance(t.sentences)
    bits = []
    if numbers:
        bits.append(t.say("strava_chance", x=numbers[0]))
    if names:
        bits.append(t.say("strava_name", x=names[0]))
    if not bits:
        bits.append(t.say("strava_chance", x=str(len(t.sentences[0].split()))))
    t.post("1", None, "Yousef A.", t.say("strava_title"), ("ar", t.arabic))
    t.post("2", "1", "Kim", "".join(bits), t.p.example.other[1])
    t.item("ar")


def yahoo_other_answers(t: Thread) -> None:
    """Answer archive: a translation is asked for; the answers answer something else."""
    t.post("1", None, "Anonymous", t.say("ya_ask"), "\n", ("ar", t.arabic), "\n", t.say("ya_request"))
    first, second = t.p.rng.sample(BANKS["ya_other"][0::2] if t.p.split == "tuned" else BANKS["ya_other"][1::2], 2)
    t.post("2", "1", "Rusty", t.say("ya_best"), first)
    t.post("3", "1", "Bee", second)
    t.item("ar")


def bot_wrong_post(t: Thread) -> None:
    """Membership post: the translation bot's reply translates a different (deleted) post."""
    t.post("1", None, "Creator", t.say("patreon_intro"), ("ar", t.arabic))
    bot = t.say("bot_name")
    t.post("2", None, bot, f"{bot}: ", t.say("bot_lead"), t.p.example.other[0], t.say("bot_tail"))
    t.item("ar")


def music_joke(t: Thread) -> None:
    """Music comment: a lyric line; replies joke about what it says and give a transliteration."""
    t.post("1", None, "sandstorm_fm", t.say("music_intro"), ("ar", t.arabic))
    t.post("2", "1", "bassline", t.say("joke"))
    t.post("3", "1", "wavy", t.say("tattoo_translit", tr=transliterated(t.arabic, 6)))
    t.item("ar")


def museum_script(t: Thread) -> None:
    """Museum visitor book: the entry, and remarks on its hand and script, nothing translated."""
    t.post("1", None, "Transcriber", t.say("museum_intro"), "\n", ("ar", t.arabic))
    t.post("2", "1", "visitor", t.say("museum_style"))
    t.post("3", "1", "guide", t.say("script_name"))
    t.item("ar")


def gitlab_summary(t: Thread) -> None:
    """Merge-request review: the reviewer says what the Arabic string is about, not what it says."""
    t.post("1", None, "reviewer-a", t.say("gitlab_intro"), "\n\n", ("ar", t.arabic))
    t.post("2", "1", "reviewer-b", t.say("gitlab_summary"))
    t.item("ar")


Builder = Callable[[Thread], None]

SHAPES: dict[str, tuple[Builder, int, str]] = {
    "tattoo: one answer translates among transliteration and gloss": (tattoo_translated, 1, "pos"),
    "tattoo: the asker translates after a script remark": (tattoo_relative_later, 1, "pos"),
    "obituary guestbook: a relative translates the prayer": (obituary_relative, 1, "pos"),
    "petition: (transliteration) then translation": (petition_translit_first, 1, "pos"),
    "film review: lit. translation, i.e. gist": (imdb_literal_gist, 1, "pos"),
    "music comment: translation in a spoiler": (music_spoiler, 1, "pos"),
    "photo page: translation as a footnote": (flickr_footnote, 1, "pos"),
    "membership post: a bot's translation": (patreon_bot, 1, "pos"),
    "pin board: translation in bold or italics": (pin_markdown, 1, "pos"),
    "pin board: first sentence's English before the Arabic (partial)": (pin_before_partial, 2, "pos"),
    "museum book: poem translated line by line": (museum_poem, 2, "pos"),
    "answer archive: the author answers a bare ?": (yahoo_bare_question, 1, "pos"),
    "activity feed: two captions translated as 1) 2)": (strava_numbered, 1, "pos"),
    "craft shop: English before the Arabic": (etsy_before, 1, "pos"),
    "neighbourhood board: translation over two posts": (nextdoor_split, 2, "pos"),
    "merge request: first sentence only (partial)": (gitlab_partial, 2, "pos"),
    "document comments: suggestion (not perfect)": (docs_not_perfect, 1, "pos"),
    "support transcript: the agent quotes it in English": (zendesk_quoted, 1, "pos"),
    "language exchange: own translation after a misspelt lead": (hellotalk_typo, 1, "pos"),
    "bluesky: self-reply between emoji and handles": (bluesky_thread, 1, "pos"),
    "vk wall: two posts, the first translated lower down": (vk_two_posts, 1, "pos"),
    "peer review: English in brackets after the example": (openreview_bracketed, 1, "pos"),
    "tattoo: transliteration, gloss, script name, joke only": (tattoo_untranslated, 1, "neg"),
    "obituary guestbook: a different card translated": (obituary_other_card, 1, "neg"),
    "petition: quote and rebuttal": (petition_rebuttal, 1, "neg"),
    "film review: replies sum the thread up": (imdb_summary, 1, "neg"),
    "language exchange: a similar textbook sentence": (tandem_similar, 1, "neg"),
    "craft shop: one word asked about": (etsy_word_gloss, 1, "neg"),
    "activity feed: shared numbers or names by chance": (strava_chance, 1, "neg"),
    "answer archive: answers to something else": (yahoo_other_answers, 1, "neg"),
    "membership post: the bot translates another post": (bot_wrong_post, 1, "neg"),
    "music comment: a joke translation and a transliteration": (music_joke, 1, "neg"),
    "museum book: remarks on the script": (museum_script, 1, "neg"),
    "merge request: what the string is about": (gitlab_summary, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation ``want``: nothing around it, the same text up to white space."""
    return _blind.same_flat(gold, want)


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every gold span, its parts joined where a translation is split over comments, is its translation by
    :func:`same` (:func:`_blind.check_gold_parts`). Raises AssertionError naming the thread."""
    _blind.check_gold_parts(threads, sources, same)


ROUND = _blind.Round(__doc__, SEED, SHAPES, Thread, same, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
