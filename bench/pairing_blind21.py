"""Round 21 of pairing's development set, written blind, in places earlier rounds did not use.

Real (Arabic, English) pairs set in threads of Reddit language-learning subs, YouTube lyrics comments, Discord
logs, BBCode forums, Disqus news comments, Facebook groups, recipe blogs, game chat, fansub
discussions, travel reviews, Wikipedia talk pages, Telegram channels, GitHub localization issues,
academic mailing lists and Slack threads.

Written by a writer who did not read the pairing code nor earlier rounds' wordings, so the held-out
half says how the rules do on wordings nobody tuned them for. Every phrase bank is cut between the
halves: even entries are used by tuned threads, odd entries by held-out ones, so no held-out thread
uses a wording a tuned thread uses (:func:`check_banks`).

Positive shapes hold a commenter's translation (gold: its comment and the exact span of the
translation, leads, notes, handles, emoji, signatures and sign-offs left out; a translation split
over two posts is one item with a ``continued`` part; a translation of the first sentence only is
``"partial": true``). Negative shapes hold English that looks as if it might translate the Arabic
and does not (chance shared names or numbers, a gloss of one word, a summary, a quote and a
rebuttal, an answer about something else, a translation of another passage not in the thread).

Writes ``~/.cache/bilingual/pairing-devset-round21.jsonl`` by default, ``--tuned`` and ``--held-out``
threads per shape and data set (default 3 and 2), in bench/bench_pairing.py's format.

Run: python3 bench/pairing_blind21.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import Pairs, Piece, Planned  # noqa: E402

SEED = 2121
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round21.jsonl"
HOLE = "<T>"  # where a wrapping phrase puts its text

# Every bank: even entries for tuned threads, odd entries for held-out ones (written in pairs).
BANKS: dict[str, tuple[str, ...]] = {
    "user": (
        "sandstone_owl", "quietfig", "mtn_goat_77", "lanternfish", "ya_habibti_no", "corvid_chorus",
        "bilal.k", "hanan_writes", "rustypelican", "o_m_a_r", "tinyfalafel", "zaatar_zealot",
        "graveldrift", "mirrorlake9", "saltbox", "nightjar_22", "kestrel_ink", "pomegranate.seed",
        "deadpixel", "lemonrind", "oud_and_ink", "citrine_moth", "buttonquail", "the_real_dina",
        "kareem_fc", "amber_static", "wadi_walker", "yasmin.reads", "northbay_sam", "cloud_cuckoo",
        "layla_b", "teapot_tyrant", "frostbyte", "hummus_enjoyer", "old_minaret", "marigold_92",
    ),
    # Reddit language-learning subs
    "reddit_lead": (
        "Saw this written on a wall in my neighbourhood, trying to work it out myself.",
        "My tutor gave me this sentence as homework practice and I want a sanity check.",
        "Found this in an old notebook of my dad's. Beginner here, be gentle.",
        "Heard this in a voice note from my host family, I wrote down what I think it was.",
        "Practising my reading with random sentences, here is today's one.",
        "Came across this on a poster at the airport while waiting.",
    ),
    "reddit_attempt": (
        "My attempt:",
        "Here's how I'd put it into English:",
        "What I came up with:",
        "My best guess at it:",
        "How I read it ->",
        "So far I have:",
    ),
    "reddit_thanks": (
        "Thanks in advance!",
        "Any corrections appreciated :)",
        "Cheers, and shukran!",
        "Be brutal, I can take it.",
        "TIA!!",
        "Grateful for any help here.",
    ),
    "reddit_ask": (
        "Can someone help me understand this one? My app gives nonsense.",
        "What does this say? Got it in a group chat and everyone laughed.",
        "Help with this please, I'm stuck on the grammar.",
        "Could a native speaker break this down for me?",
        "ELI5 what this sentence means? Context: a friend's caption.",
        "Translation request, no context sorry.",
    ),
    "reddit_translation_lead": (
        "It means:",
        "Native speaker here. It says:",
        "Literally:",
        "In natural English:",
        "Straightforward one:",
        "Sure! Roughly:",
    ),
    "reddit_edit": (
        "Edit: fixed a typo",
        "EDIT: formatting on mobile, sorry",
        "Edit 2: thanks for the gold kind stranger",
        "edit: spelling",
        "ETA: happy to explain the grammar if you want",
        "Edit - wording",
    ),
    "reddit_partial_lead": (
        "I'm only sure about the first bit:",
        "First sentence is easy:",
        "Can only do the first half:",
        "The start says",
        "Partial answer, the beginning means",
        "Not a native but the opening part is",
    ),
    "reddit_partial_tail": (
        "The second part is slang I don't know.",
        "No clue about the rest, sorry.",
        "Someone else will have to do the ending.",
        "After that it loses me.",
        "The rest is dialect I never learned.",
        "Can't help with what follows, hope someone can.",
    ),
    "reddit_anchor": (
        "Off topic but <T> came up in my class today as well, what are the odds",
        "lol <T> again, this sub has a theme this week",
        "Unrelated: is <T> a common thing to see on these? I keep noticing it",
        "Funny, my textbook's chapter 3 opens with <T> too",
        "Wait, <T>? I just saw that in a meme an hour ago",
        "Hot take: posts that mention <T> should get a flair",
    ),
    "reddit_gloss": (
        "Only word I recognise is \"<W>\", I think that's <G>? The rest no idea.",
        "\"<W>\" = <G> I'm fairly sure. Good luck with the rest.",
        "Can't do the whole thing, but <W> is <G> if that helps",
        "Just a hint: look up <W>, it's related to <G>.",
        "The key word is <W> (<G>), build from there.",
        "<W> probably means <G>, I'll leave the rest to a native.",
    ),
    # YouTube music and lyrics comments
    "yt_lyric_lead": (
        "this part gets me every time",
        "the way she sings this line",
        "can't stop replaying",
        "this verse hits different at 3am",
        "goosebumps at",
        "the best line in the whole song",
    ),
    "yt_translation_lead": (
        "= ",
        "meaning: ",
        "-> ",
        "translation: ",
        ":: ",
        "in English it's ",
    ),
    "yt_emoji": (
        "😭😭", "❤️", "🥺🔥", "💔", "🎶✨", "😢🙏",
    ),
    "yt_first_lead": (
        "for everyone who doesn't speak arabic:",
        "for the non arab fans here:",
        "english speakers this is what she's saying:",
        "lyrics translated for you guys ↓",
        "since people keep asking what it means:",
        "for my international friends:",
    ),
    "yt_question": (
        "what is he saying at <TS>?? need to know",
        "can someone tell me what <TS> means pls",
        "<TS> translation anyone?",
        "what's the line at <TS>, i keep humming it",
        "i need the meaning of <TS> asap",
        "someone explain <TS> to me",
    ),
    "yt_other_verse": (
        "the line at <TS> is: ",
        "<TS> translates to: ",
        "and at <TS> she says ",
        "the chorus at <TS> means ",
        "<TS> is literally ",
        "my favourite bit, <TS>: ",
    ),
    # Discord
    "discord_chatter": (
        "lmaooo", "wait what", "ok but why is this so relatable", "💀", "bro", "hahaha no way",
    ),
    "discord_tl": (
        "(tl: <T>)",
        "*<T>",
        "tl; <T>",
        "[trans: <T>]",
        "for the server: <T>",
        "^ <T>",
    ),
    "discord_ask": (
        "anyone know what that says",
        "translate for the rest of us??",
        "english pls 😭",
        "can an arab in chat explain",
        "what did he say",
        "context for the non speakers?",
    ),
    "discord_third": (
        "he said \"<T>\"",
        "it's basically <T>",
        "<T> is what he wrote",
        "they're saying <T>",
        "he means <T>",
        "translation: <T>",
    ),
    "discord_offtopic": (
        "it's just an egyptian meme, don't worry about it",
        "my cousin sends these all the time, it's an in-joke",
        "nah it's nothing, ignore it",
        "lol you don't want to know",
        "it's from a show, you'd need to watch it",
        "too long to explain, it's a family thing",
    ),
    "discord_game_offtopic": (
        "anyway who's on for raids tonight",
        "ok back to the build, which weapon are we using",
        "did anyone see the patch notes",
        "reminder the event ends sunday",
        "brb dinner",
        "someone ping me when the lobby is up",
    ),
    # BBCode forums
    "bb_translation_lead": (
        "Translated for the English-speaking members:",
        "For those who can't read it:",
        "Here's what he posted in English:",
        "Quick translation:",
        "Rendered into English:",
        "English for the thread:",
    ),
    "bb_signature": (
        "[size=1]Sent from my phone, excuse typos[/size]",
        "[i]-- moderator, Languages subforum[/i]",
        "[color=gray]Member since 2009[/color]",
        "[size=2]Still learning, always learning[/size]",
        "[url=#]My gallery[/url] | [url=#]Rules[/url]",
        "[i]Posts are my own opinion[/i]",
    ),
    "bb_smiley": (
        ":)", ";)", ":D", ":rolleyes:", ":thumbsup:", ":cool:",
    ),
    "bb_rebuttal": (
        "Sorry but that's simply not true, and you know it.",
        "I completely disagree with this.",
        "This is the kind of claim that needs a source.",
        "Nope. Not how it works at all.",
        "You keep posting this and it's still wrong.",
        "With respect, that's nonsense.",
    ),
    # Disqus news comments
    "disqus_note": (
        "(my translation, not perfect: <T>)",
        "(rough translation: <T>)",
        "(translated by me: <T>)",
        "(roughly: <T>)",
        "(EN, sorry if clumsy: <T>)",
        "(in English: <T>)",
    ),
    "disqus_english_please": (
        "English please, this is an English-language site.",
        "Could you post that in English so everyone can follow?",
        "Not everyone here reads Arabic, translation?",
        "What does this say? Care to share with the rest of us?",
        "Some of us would like to know what you wrote.",
        "Translate please, genuinely curious.",
    ),
    "disqus_summary": (
        "tl;dr it's about <A> and <B>, nothing new.",
        "So basically a rant about <A>. And <B>. Same old.",
        "Summary for the lazy: <A>, <B>, move along.",
        "It's something about <A> and <B> I think.",
        "In short: <A> plus <B>. Next.",
        "He's going on about <A>, then <B>.",
    ),
    # Facebook groups
    "fb_share_lead": (
        "Sharing from the family group 👇",
        "My aunt posted this, too good not to share",
        "Saw this in the neighbourhood group:",
        "Reposting for the people who left the other group",
        "This was on my feed this morning",
        "From the parents' group, thought you'd like it",
    ),
    "fb_split_first_tail": (
        " (1/2)", " ...", " (cont.)", " (part 1)", " →", " [1]",
    ),
    "fb_split_second_lead": (
        "(2/2) ", "... ", "cont: ", "part 2: ", "→ ", "[2] ",
    ),
    "fb_later_lead": (
        "For those who asked, my post above says: ",
        "To answer the DMs, what I posted earlier means: ",
        "Since a few people asked, the first post translates as: ",
        "Translation of my earlier post: ",
        "People keep messaging me, so here it is: ",
        "What I wrote up top, in English: ",
    ),
    "fb_caption": (
        "📍 Old town, last summer.",
        "Throwback to our trip, miss it already.",
        "Photo credit: my brother.",
        "Taken on my old phone, sorry for the quality.",
        "Tag someone who needs to see this.",
        "Look at that light though.",
    ),
    # Recipe blogs
    "recipe_stars": (
        "★★★★★", "5 stars!", "★★★★☆", "Rated 5/5", "⭐⭐⭐⭐⭐", "4.5 stars",
    ),
    "recipe_en_lead": (
        "EN: ", "English: ", "In English - ", "Translation: ", "(EN) ", "For the English readers: ",
    ),
    "recipe_signoff": (
        "- Mona, Alexandria", "Greetings from Amman", "x Sara", "— Hiba from Dubai", "Love from Tunis", "-R.",
    ),
    "recipe_owner_reply": (
        "Thank you so much for trying the recipe, so glad the family loved it!",
        "Aww this made my day, thank you for coming back to tell me!",
        "So happy it worked out! Did you use the butter or the ghee?",
        "Thanks for the lovely comment, happy cooking!",
        "That's wonderful to hear, thank you for the stars!",
        "Thank you! Let me know how the next batch goes.",
    ),
    # Game chat
    "game_request": (
        "wat dose that mean", "translaet?", "wht he say", "tranlsation plz", "huh? englsh", "wat that mean lol",
    ),
    "game_tail": (
        "xD", "gg", "lol", ":P", "ez", "glhf",
    ),
    # Fansubs
    "fansub_lead": (
        "I'd sub it as",
        "My proposal for this cue:",
        "Going with",
        "Suggested line:",
        "How about",
        "QC note, I'd change it to",
    ),
    "fansub_note": (
        "timing is a frame late on this one btw",
        "typesetting needs a second look here",
        "leaving this for the editor to polish",
        "karaoke timing still missing",
        "check the line break on mobile",
        "fixed the overlap with the sign",
    ),
    "fansub_other_cue": (
        "The cue before this one should read",
        "Unrelated, but line 12 should be",
        "Also the previous cue needs to say",
        "Meanwhile the cue after it reads",
        "Reminder that the opening cue is",
        "Separate issue: the cue above says",
    ),
    # Travel reviews
    "travel_title": (
        "Amazing stay!!", "Would come back in a heartbeat", "Great location, tiny rooms", "Hidden gem", "Mixed feelings", "Not what the photos show",
    ),
    "travel_below": (
        "English below 👇", "(English version:)", "For English speakers:", "EN ↓", "Translated:", "Same review in English:",
    ),
    "travel_stay": (
        "Date of stay: March 2019", "Stayed 3 nights, travelled as a couple", "Trip type: family", "Visited October 2022", "Room 214, sea view", "Travelled solo, 2 nights",
    ),
    "travel_response": (
        "Response from the owner: Dear guest, thank you for your feedback, we hope to welcome you again soon.",
        "Management response: Thank you for staying with us and for taking the time to write.",
        "Response from the hotel: We appreciate your review and have shared it with our team.",
        "Owner reply: Thank you, it was a pleasure hosting you!",
        "Response from the manager: We are sorry to hear about the noise and are looking into it.",
        "Host response: So glad you enjoyed the terrace, come back soon!",
    ),
    # Wikipedia talk pages
    "wiki_lead": (
        "The cited source actually reads",
        "Checking the reference, the original sentence is",
        "From the source (p. 14):",
        "The quote in the article should be",
        "Per the primary source:",
        "I looked it up; the newspaper says",
    ),
    "wiki_which": (
        "which translates to",
        "i.e.",
        "meaning",
        "which in English is",
        "-- that is,",
        "or in English",
    ),
    "wiki_sig_name": (
        "Brianna_K", "Tarqeem", "OldHistorian", "Ferula", "Quillon", "Nabatean88",
    ),
    "wiki_anchor": (
        "Per the source it is <T>, not what the infobox says.",
        "Where does <T> come from? Needs a citation.",
        "<T> appears in three other articles with different wording; we should harmonise.",
        "I'd remove the bit about <T> until someone finds a second source.",
        "Is <T> mentioned in the English-language coverage at all?",
        "Flagging <T> for the fact-check drive.",
    ),
    # Telegram channels
    "tg_views": (
        "👁 1.2K", "👁 843", "👁 15.6K", "👁 2.1K", "👁 407", "👁 9.9K",
    ),
    "tg_forwarded": (
        "Forwarded from Daily Wisdom", "Forwarded from City News", "Forwarded from Cairo Updates", "Forwarded from The Bulletin", "Forwarded from Health Watch", "Forwarded from Morning Brief",
    ),
    # GitHub localization issues
    "gh_lead": (
        "The Arabic string for this key looks off to me:",
        "Reviewing the ar locale, current value:",
        "This is what ships in the Arabic build right now:",
        "Found while testing the RTL layout, the string is:",
        "Arabic translation from the last Crowdin sync:",
        "Current ar.json value:",
    ),
    "gh_back": (
        "reading it back in English:",
        "the Arabic currently says:",
        "in English that reads",
        "what users see, back in English:",
        "back in English it comes out as",
        "this currently means",
    ),
    "gh_tail": (
        "LGTM otherwise 👍",
        "Happy to open a PR.",
        "/cc the localization team",
        "Not a blocker for the release.",
        "Let me know if you want a screenshot.",
        "Can take this one.",
    ),
    "gh_key": (
        "settings.privacy.title", "onboarding.welcome_body", "errors.network_timeout", "cart.empty_state", "profile.delete_warning", "share.sheet_caption",
    ),
    "gh_other_string": (
        "Unrelated, but the string right below it (`<K>`) still shows \"<T>\" untranslated.",
        "Side note: `<K>` falls back to English: \"<T>\"",
        "Also noticed `<K>` is still the source text, \"<T>\"",
        "Same screen, `<K>` displays \"<T>\" in English.",
        "FYI `<K>` is missing from ar.json, it shows \"<T>\".",
        "And `<K>` renders as \"<T>\" on Android.",
    ),
    # Academic mailing lists
    "ml_open": (
        "Dear colleagues, could someone confirm my reading of this line from the manuscript?",
        "Dear all, a quick query from an archival trip:",
        "Hello list, I came across the following in a 1950s periodical and would value a second opinion.",
        "Dear list members, apologies for cross-posting. An informant said the following:",
        "Colleagues, I'd be grateful for help with a passage in a letter I'm editing:",
        "Dear friends, a puzzle from my fieldwork notes:",
    ),
    "ml_close": (
        "With thanks,", "Best wishes,", "Many thanks in advance,", "Kind regards,", "All best,", "Gratefully,",
    ),
    "ml_name": (
        "Dr. Helen Marsh\nDept. of Near Eastern Studies", "J. Okafor", "Prof. Rania Saad", "Tomas Lindqvist\nPhD candidate",
        "M. Haddad", "A. Fernández-Ruiz\nUniversity Library",
    ),
    "ml_wrote": (
        "On <D>, <N> wrote:", "<N> wrote on <D>:", "Quoting <N> (<D>):", "On <D> <N> (via the list) wrote:", "<D>, <N>:", "Am <D> schrieb <N>:",
    ),
    "ml_in_english": (
        "In English:", "My reading:", "I would translate:", "Which I take to mean:", "Rendered:", "Translation follows:",
    ),
    "ml_inline_lead": (
        "The dedication reads", "The colophon has", "Line 4 of the inscription reads", "The epigraph is", "The marginal note says", "The opening of the letter is",
    ),
    "ml_inline_after": (
        "Any thoughts on the dating?",
        "The hand suggests a later copyist.",
        "I'd welcome comparanda.",
        "The ink changes here.",
        "Comments welcome off-list.",
        "Is this formula attested elsewhere?",
    ),
    "ml_refer": (
        "I'd ask Layla at SOAS, she works on exactly this dialect.",
        "This is outside my area, but the Leiden group may know.",
        "Have you tried the regional dictionary? It covers most of these forms.",
        "Not my period, I'm afraid. Perhaps post it on the other list too?",
        "You might write to the archive directly, they have a reading room service.",
        "Someone at the Institut in Damascus would be the person to ask.",
    ),
    # Slack threads
    "slack_ask": (
        "what does this mean? client sent it", "can someone help with this one", "need this in English for the ticket", "anyone? 🙏", "is this urgent or not", "translation for the standup?",
    ),
    "slack_hold": (
        "one sec", "on it", "give me a minute", "typing it up", "hang on", "doing it now",
    ),
    # Reactions and other glue
    "thanks_reply": (
        "thank you!!", "ahh that makes sense now", "legend", "perfect, thanks", "appreciated 🙏", "oh nice",
    ),
}

#: Where each wrapping bank puts its text: banks whose entries hold HOLE, W/G, A/B, TS, K/T or D/N.
PLACEHOLDERS = ("<T>", "<W>", "<G>", "<A>", "<B>", "<TS>", "<K>", "<D>", "<N>")


def _half(bank: str, split: str) -> tuple[str, ...]:
    return BANKS[bank][0::2] if split == "tuned" else BANKS[bank][1::2]


class Writer(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its phrases and users drawn from its half."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self._users: list[str] = []

    # phrases
    def pick(self, bank: str) -> str:
        return self.rng.choice(_half(bank, self.p.split))

    def picks(self, bank: str, count: int) -> list[str]:
        """``count`` different phrases of ``bank``."""
        return self.rng.sample(_half(bank, self.p.split), count)

    def user(self) -> str:
        free = [u for u in _half("user", self.p.split) if u not in self._users]
        name = self.rng.choice(free)
        self._users.append(name)
        return name

    def wrap(self, bank: str, slot: str, text: str, **fill: str) -> list[Piece]:
        """A phrase of ``bank`` with ``text`` put at its hole as slot ``slot``, other holes filled."""
        phrase = self.pick(bank)
        for key, value in fill.items():
            phrase = phrase.replace(key, value)
        before, _, after = phrase.partition(HOLE)
        return [before, (slot, text), after]

    def fill(self, bank: str, **fill: str) -> str:
        phrase = self.pick(bank)
        for key, value in fill.items():
            phrase = phrase.replace(key, value)
        return phrase

    # the pair's text
    def lines(self) -> tuple[str, str]:
        """The passage and its translation, a sentence a line (a song's lyrics)."""
        return "\n".join(a.strip() for a in self.p.example.arabic), "\n".join(e.strip() for e in self.p.example.english)

    def sentence(self, k: int) -> str:
        return self.p.example.english[k].strip()

    def wrong(self) -> str:
        """English of another pair: a translation of a passage that is not in the thread."""
        return self.p.example.other[0].strip()

    def unrelated(self) -> str:
        return self.p.example.unrelated.strip()

    def another_pair(self) -> tuple[str, str]:
        """Another pair of this part's pool (a second passage for the thread)."""
        mine = set(self.p.example.arabic) | set(self.p.example.english)
        while True:
            arabic, english = self.rng.choice(self.p.pool)
            if arabic not in mine and english not in mine:
                return arabic.strip(), english.strip()

    def timestamp(self) -> str:
        return f"{self.rng.randrange(0, 5)}:{self.rng.randrange(0, 60):02d}"

    def cue_time(self) -> str:
        m, s, ms = self.rng.randrange(0, 45), self.rng.randrange(0, 57), self.rng.randrange(0, 1000)
        return f"00:{m:02d}:{s:02d},{ms:03d} --> 00:{m:02d}:{s + 2:02d},{(ms + 450) % 1000:03d}"

    # the thread
    def post(self, parent: str | None, author: str, *pieces: Piece) -> str:
        cid = f"c{len(self.rows) + 1}"
        self.rows.append([cid, parent, author, _blind.joined(cid, pieces, self.spans, self.texts)])
        return cid

    def item(self, arabic: str = "ar", translation: str | None = "en", partial: bool = False, continued: Sequence[str] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, translation, partial, continued))


# Anchors a negative may share with the translation by chance: numbers, then names, then a long word.
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*%?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]{3,}")
_SMALL = {"the", "and", "that", "this", "with", "have", "from", "they", "there", "their", "what", "when", "were", "will",
          "would", "about", "because", "which", "been", "into", "could", "should", "also", "than", "then", "them"}


def anchors(english: str) -> list[str]:
    """Numbers and names of ``english`` (capitalised words of three letters or more not starting a sentence), else
    its longest word."""
    found = _NUMBER.findall(english)
    for sentence in re.split(r"(?<=[.!?])\s+", english):
        words = _WORD.findall(sentence)
        found += [w for w in words[1:] if w[0].isupper() and len(w) >= 3 and w not in {"I'm", "I'll", "I've", "I'd"}]
    if found:
        return found
    return [max(_WORD.findall(english) or ["that"], key=len)]


def content_words(english: str, count: int) -> list[str]:
    """The ``count`` longest words of ``english`` that are not function words, lower case, in text order."""
    words = [w for w in _WORD.findall(english) if w.lower() not in _SMALL and len(w) > 3]
    if not words:
        words = _WORD.findall(english) or ["it"]
    longest = sorted(set(words), key=lambda w: (-len(w), w))[:count]
    ordered = [w for w in dict.fromkeys(words) if w in longest]
    while len(ordered) < count:
        ordered.append(ordered[-1])
    return [w.lower() for w in ordered]


# ---- positive shapes ------------------------------------------------------------------------


def reddit_attempt_in_post(w: Writer) -> None:
    """r/learnarabic: the OP's own attempt under the Arabic, thanks after."""
    op = w.user()
    w.post(None, op, w.pick("reddit_lead"), "\n\n", ("ar", w.arabic), "\n\n", w.pick("reddit_attempt"), " ", ("en", w.english),
           "\n\n", w.pick("reddit_thanks"))
    w.item()


def reddit_reply_quotes_then_translates(w: Writer) -> None:
    """A reply quotes the Arabic (Markdown ``>``), translates it, and adds an edit note."""
    op, other = w.user(), w.user()
    root = w.post(None, op, w.pick("reddit_ask"), "\n\n", ("ar", w.arabic))
    w.post(root, other, "> ", w.arabic, "\n\n", w.pick("reddit_translation_lead"), " ", ("en", w.english), "\n\n", w.pick("reddit_edit"))
    w.item()


def reddit_partial_first_sentence(w: Writer) -> None:
    """Someone translates the first sentence only and says the rest is beyond them."""
    op, other = w.user(), w.user()
    root = w.post(None, op, w.pick("reddit_ask"), "\n\n", ("ar", w.arabic))
    w.post(root, other, w.pick("reddit_partial_lead"), " ", ("en", w.sentence(0)), "\n", w.pick("reddit_partial_tail"))
    w.item(partial=True)


def youtube_lyric_lines(w: Writer) -> None:
    """A timestamped lyric in two lines, its translation in two lines under it, emoji after."""
    arabic, english = w.lines()
    w.post(None, w.user(), w.timestamp(), " ", w.pick("yt_lyric_lead"), "\n", ("ar", arabic), "\n\n", w.pick("yt_translation_lead"),
           ("en", english), " ", w.pick("yt_emoji"))
    w.item()


def youtube_translation_first(w: Writer) -> None:
    """The translation before the Arabic, under a lead for the non-speakers."""
    w.post(None, w.user(), w.pick("yt_first_lead"), "\n", ("en", w.english), "\n\n", ("ar", w.arabic), " ", w.pick("yt_emoji"))
    w.item()


def youtube_asked_at_timestamp(w: Writer) -> None:
    """A lyric posted with its timestamp; someone asks about it; a third person answers with a handle."""
    first, asker, helper = w.user(), w.user(), w.user()
    ts = w.timestamp()
    root = w.post(None, first, ts, " ", ("ar", w.arabic), " ", w.pick("yt_emoji"))
    ask = w.post(root, asker, w.fill("yt_question", **{"<TS>": ts}))
    w.post(ask, helper, f"@{asker} ", ("en", w.english))
    w.item()


def discord_next_message(w: Writer) -> None:
    """A flat channel: the Arabic, someone's chatter, then the author's translation wrapped in a marker."""
    author = w.user()
    w.post(None, author, ("ar", w.arabic))
    w.post(None, w.user(), w.pick("discord_chatter"))
    w.post(None, author, *w.wrap("discord_tl", "en", w.english))
    w.item()


def discord_third_person(w: Writer) -> None:
    """Someone asks in a Discord reply; a third member answers the asker with the translation."""
    author, asker, helper = w.user(), w.user(), w.user()
    root = w.post(None, author, ("ar", w.arabic))
    ask = w.post(root, asker, w.pick("discord_ask"))
    w.post(ask, helper, *w.wrap("discord_third", "en", w.english))
    w.item()


def bbcode_quoted_then_translated(w: Writer) -> None:
    """A forum: another member's later post quotes the Arabic in [quote] and translates it, signature after."""
    author, member = w.user(), w.user()
    w.post(None, author, ("ar", w.arabic))
    w.post(None, member, f'[quote="{author}"]', w.arabic, "[/quote]\n", w.pick("bb_translation_lead"), "\n", ("en", w.english),
           "\n\n", w.pick("bb_signature"))
    w.item()


def bbcode_italic_own(w: Writer) -> None:
    """The author's own post: the Arabic, the translation in [i] tags, a smiley."""
    w.post(None, w.user(), ("ar", w.arabic), "\n[i]", ("en", w.english), "[/i] ", w.pick("bb_smiley"))
    w.item()


def disqus_bracket_note(w: Writer) -> None:
    """A news comment: the Arabic, then the translation in brackets behind a note of doubt."""
    w.post(None, w.user(), ("ar", w.arabic), " ", *w.wrap("disqus_note", "en", w.english))
    w.item()


def disqus_answer_after_side_reply(w: Writer) -> None:
    """Someone asks for English; an unrelated reply comes in between; the author answers the request."""
    author, asker, other = w.user(), w.user(), w.user()
    root = w.post(None, author, ("ar", w.arabic))
    ask = w.post(root, asker, w.pick("disqus_english_please"))
    w.post(root, other, w.unrelated())
    w.post(ask, author, ("en", w.english))
    w.item()


def facebook_split_over_two_replies(w: Writer) -> None:
    """The author translates in two replies, one sentence each, with part markers."""
    author = w.user()
    root = w.post(None, author, w.pick("fb_share_lead"), "\n", ("ar", w.arabic))
    first = w.post(root, author, ("en", w.sentence(0)), w.pick("fb_split_first_tail"))
    w.post(first, author, w.pick("fb_split_second_lead"), ("en2", w.sentence(1)))
    w.item(continued=("en2",))


def facebook_two_passages(w: Writer) -> None:
    """Two Arabic posts; the second is translated in a reply, the first by its author in a later post."""
    first, second, helper = w.user(), w.user(), w.user()
    arabic2, english2 = w.another_pair()
    w.post(None, first, ("ar", w.arabic))
    other = w.post(None, second, w.pick("fb_share_lead"), "\n", ("ar2", arabic2))
    w.post(other, helper, ("en2", english2))
    w.post(None, first, w.pick("fb_later_lead"), ("en", w.english))
    w.item()
    w.item("ar2", "en2")


def facebook_one_of_two_translated(w: Writer) -> None:
    """Two shared Arabic posts; only one is translated (in a reply by a third member)."""
    first, second, helper = w.user(), w.user(), w.user()
    arabic2, _ = w.another_pair()
    root = w.post(None, first, w.pick("fb_share_lead"), "\n", ("ar", w.arabic))
    w.post(None, second, ("ar2", arabic2))
    w.post(root, helper, ("en", w.english))
    w.item()
    w.item("ar2", None)


def recipe_en_line(w: Writer) -> None:
    """A recipe-blog comment: stars, the Arabic, an EN line, a sign-off."""
    w.post(None, w.user(), w.pick("recipe_stars"), "\n", ("ar", w.arabic), "\n", w.pick("recipe_en_lead"), ("en", w.english),
           "\n", w.pick("recipe_signoff"))
    w.item()


def game_typo_request(w: Writer) -> None:
    """Game chat: a misspelt request, the author's translation with chat slang after."""
    author, asker = w.user(), w.user()
    root = w.post(None, author, ("ar", w.arabic))
    ask = w.post(root, asker, w.pick("game_request"))
    w.post(ask, author, ("en", w.english), " ", w.pick("game_tail"))
    w.item()


def fansub_quoted_proposal(w: Writer) -> None:
    """A fansub discussion: the cue number, time and Arabic line, then a proposed subtitle in quotes."""
    quote = w.rng.choice([('"', '"'), ("\u201c", "\u201d")])
    w.post(None, w.user(), f"{w.rng.randrange(3, 400)}\n{w.cue_time()}\n", ("ar", w.arabic), "\n\n", w.pick("fansub_lead"), " ",
           quote[0], ("en", w.english), quote[1])
    w.item()


def fansub_srt_block(w: Writer) -> None:
    """An .srt block with the Arabic line and the English line under it, a note after a blank line."""
    w.post(None, w.user(), f"{w.rng.randrange(3, 400)}\n{w.cue_time()}\n", ("ar", w.arabic), "\n", ("en", w.english), "\n\n",
           w.pick("fansub_note"))
    w.item()


def travel_english_below(w: Writer) -> None:
    """A travel review: an English title, the Arabic, "English below", the translation, the stay."""
    w.post(None, w.user(), w.pick("travel_title"), "\n", ("ar", w.arabic), "\n\n", w.pick("travel_below"), "\n", ("en", w.english),
           "\n\n", w.pick("travel_stay"))
    w.item()


def wiki_signed_quote(w: Writer) -> None:
    """A talk page: the source's Arabic in ''italics'', its translation in quotes, a signature."""
    name = w.pick("wiki_sig_name")
    sig = f" --[[User:{name}|{name}]] ([[User talk:{name}|talk]]) {w.rng.randrange(10, 24)}:{w.rng.randrange(0, 60):02d}, " \
          f"{w.rng.randrange(1, 29)} May 20{w.rng.randrange(10, 24)} (UTC)"
    w.post(None, name, w.pick("wiki_lead"), " ''", ("ar", w.arabic), "'' ", w.pick("wiki_which"), ' "', ("en", w.english), '".', sig)
    w.item()


def telegram_english_first(w: Writer) -> None:
    """A Telegram channel post: the English under a flag first, the Arabic under another, the views."""
    w.post(None, w.user(), "🇬🇧 ", ("en", w.english), "\n\n🇸🇦 ", ("ar", w.arabic), "\n\n", w.pick("tg_views"))
    w.item()


def github_back_translation(w: Writer) -> None:
    """A localization issue: the Arabic string in a code block; a reviewer back-translates it."""
    author, reviewer = w.user(), w.user()
    root = w.post(None, author, f"`{w.pick('gh_key')}`\n", w.pick("gh_lead"), "\n\n```\n", ("ar", w.arabic), "\n```")
    w.post(root, reviewer, f"@{author} ", w.pick("gh_back"), " ", ("en", w.english), "\n\n", w.pick("gh_tail"))
    w.item()


def mailing_list_quoted_reply(w: Writer) -> None:
    """A list: the query with the Arabic; a reply quotes it and translates it, signed."""
    asker, answerer = w.user(), w.user()
    day = w.rng.choice(["Mon, 3 Feb 2020", "Tue, 11 May 2021", "Thu, 9 Mar 2017", "Fri, 22 Oct 2019"])
    names = w.picks("ml_name", 2)
    root = w.post(None, asker, w.pick("ml_open"), "\n\n", ("ar", w.arabic), "\n\n", w.pick("ml_close"), "\n", names[0])
    wrote = w.fill("ml_wrote", **{"<D>": day, "<N>": names[0].splitlines()[0]})
    w.post(root, answerer, wrote, "\n> ", w.arabic, "\n\n", w.pick("ml_in_english"), " ", ("en", w.english), "\n\n", w.pick("ml_close"),
           "\n", names[1])
    w.item()


def mailing_list_square_brackets(w: Writer) -> None:
    """A scholar's habit: the Arabic inline with the translation in square brackets, a question after."""
    w.post(None, w.user(), w.pick("ml_inline_lead"), " ", ("ar", w.arabic), " [", ("en", w.english), "]. ", w.pick("ml_inline_after"),
           "\n\n", w.pick("ml_close"), "\n", w.pick("ml_name"))
    w.item()


def slack_three_deep(w: Writer) -> None:
    """A Slack thread: a question, "one sec" from the author, the translation a reply further down."""
    author, asker = w.user(), w.user()
    root = w.post(None, author, ("ar", w.arabic))
    ask = w.post(root, asker, w.pick("slack_ask"))
    hold = w.post(ask, author, w.pick("slack_hold"))
    w.post(hold, author, ("en", w.english))
    w.post(hold, asker, w.pick("thanks_reply"))
    w.item()


# ---- negative shapes ------------------------------------------------------------------------


def reddit_shared_anchor(w: Writer) -> None:
    """A reply that shares a number or name with the translation by chance and says something else."""
    op, other = w.user(), w.user()
    root = w.post(None, op, w.pick("reddit_ask"), "\n\n", ("ar", w.arabic))
    w.post(root, other, w.fill("reddit_anchor", **{"<T>": w.rng.choice(anchors(w.english))}))
    w.item(translation=None)


def reddit_one_word_gloss(w: Writer) -> None:
    """A reply glosses one word and leaves the rest."""
    op, other = w.user(), w.user()
    root = w.post(None, op, w.pick("reddit_ask"), "\n\n", ("ar", w.arabic))
    words = _ARABIC_WORD.findall(w.arabic) or [w.arabic.split()[0]]
    word = max(words, key=len)
    gloss = content_words(w.english, 1)[0]
    w.post(root, other, w.fill("reddit_gloss", **{"<W>": word, "<G>": f'"{gloss}"'}))
    w.item(translation=None)


def youtube_other_verse(w: Writer) -> None:
    """A lyric comment; a reply gives the translation of a different line (not in the thread)."""
    root = w.post(None, w.user(), w.timestamp(), " ", ("ar", w.arabic), " ", w.pick("yt_emoji"))
    w.post(root, w.user(), w.fill("yt_other_verse", **{"<TS>": w.timestamp()}), w.wrong())
    w.item(translation=None)


def discord_answer_about_something_else(w: Writer) -> None:
    """Asked what it means, the author says it is nothing; the channel moves on."""
    author, asker = w.user(), w.user()
    w.post(None, author, ("ar", w.arabic))
    w.post(None, asker, w.pick("discord_ask"))
    w.post(None, author, w.pick("discord_offtopic"))
    w.post(None, w.user(), w.pick("discord_game_offtopic"))
    w.item(translation=None)


def bbcode_quote_rebuttal(w: Writer) -> None:
    """A member quotes the Arabic and argues with it, with English of another topic."""
    author, member = w.user(), w.user()
    w.post(None, author, ("ar", w.arabic))
    w.post(None, member, f'[quote="{author}"]', w.arabic, "[/quote]\n", w.pick("bb_rebuttal"), " ", w.unrelated(), " ",
           w.pick("bb_smiley"))
    w.item(translation=None)


def disqus_summary(w: Writer) -> None:
    """A reply that sums the comment up in two words of its meaning: not a translation."""
    root = w.post(None, w.user(), ("ar", w.arabic))
    first, second = content_words(w.english, 2)
    w.post(root, w.user(), w.fill("disqus_summary", **{"<A>": first, "<B>": second}))
    w.item(translation=None)


def facebook_caption_not_translation(w: Writer) -> None:
    """The Arabic and, where a translation would go, an English caption about the photo."""
    w.post(None, w.user(), ("ar", w.arabic), "\n\n", w.pick("fb_caption"))
    w.item(translation=None)


def recipe_owner_thanks(w: Writer) -> None:
    """A recipe comment in Arabic answered by the blog owner's thanks, and an English review beside it."""
    root = w.post(None, w.user(), w.pick("recipe_stars"), " ", ("ar", w.arabic))
    w.post(root, "blog_owner", w.pick("recipe_owner_reply"))
    w.post(None, w.user(), w.pick("recipe_stars"), " ", w.unrelated())
    w.item(translation=None)


def fansub_other_cue(w: Writer) -> None:
    """A cue's Arabic; a reply gives the English of another cue in quotes."""
    root = w.post(None, w.user(), f"{w.rng.randrange(3, 400)}\n{w.cue_time()}\n", ("ar", w.arabic))
    w.post(root, w.user(), w.pick("fansub_other_cue"), ' "', w.wrong(), '"')
    w.item(translation=None)


def travel_owner_response(w: Writer) -> None:
    """An Arabic review under an English title, and the owner's English response."""
    root = w.post(None, w.user(), w.pick("travel_title"), "\n", ("ar", w.arabic), "\n\n", w.pick("travel_stay"))
    w.post(root, "property_manager", w.pick("travel_response"))
    w.item(translation=None)


def wiki_anchor_dispute(w: Writer) -> None:
    """A talk-page reply about a number or name of the quoted sentence, not translating it."""
    root = w.post(None, w.pick("wiki_sig_name"), w.pick("wiki_lead"), " ''", ("ar", w.arabic), "''")
    w.post(root, w.user(), ": ", w.fill("wiki_anchor", **{"<T>": w.rng.choice(anchors(w.english))}))
    w.item(translation=None)


def telegram_english_of_another_post(w: Writer) -> None:
    """A channel's Arabic post, then an English post under a flag that belongs to another item."""
    w.post(None, "channel", w.pick("tg_forwarded"), "\n🇸🇦 ", ("ar", w.arabic), "\n\n", w.pick("tg_views"))
    w.post(None, "channel", "🇬🇧 ", w.wrong(), "\n\n", w.pick("tg_views"))
    w.item(translation=None)


def github_other_string(w: Writer) -> None:
    """A localization issue about the Arabic string; a reply quotes the English of another key."""
    author = w.user()
    key, other_key = w.picks("gh_key", 2)
    root = w.post(None, author, f"`{key}`\n", w.pick("gh_lead"), "\n\n```\n", ("ar", w.arabic), "\n```")
    w.post(root, w.user(), w.fill("gh_other_string", **{"<K>": other_key, "<T>": w.wrong()}))
    w.item(translation=None)


def mailing_list_referral(w: Writer) -> None:
    """A list query with the Arabic; the reply names someone to ask instead."""
    names = w.picks("ml_name", 2)
    closes = w.picks("ml_close", 2)
    root = w.post(None, w.user(), w.pick("ml_open"), "\n\n", ("ar", w.arabic), "\n\n", closes[0], "\n", names[0])
    w.post(root, w.user(), w.pick("ml_refer"), "\n\n", closes[1], "\n", names[1])
    w.item(translation=None)


# name -> (builder, sentences in the passage, kind)
SHAPES: dict[str, tuple[Callable[[Writer], None], int, str]] = {
    "reddit: OP's attempt under the Arabic": (reddit_attempt_in_post, 1, "pos"),
    "reddit: reply quotes, translates, edit note": (reddit_reply_quotes_then_translates, 2, "pos"),
    "reddit: first sentence only (partial)": (reddit_partial_first_sentence, 2, "pos"),
    "youtube: timestamped lyric lines, translation under": (youtube_lyric_lines, 2, "pos"),
    "youtube: translation before the Arabic": (youtube_translation_first, 1, "pos"),
    "youtube: third person answers a timestamp question": (youtube_asked_at_timestamp, 1, "pos"),
    "discord: author's next message in a marker": (discord_next_message, 1, "pos"),
    "discord: third member answers the asker": (discord_third_person, 1, "pos"),
    "bbcode: [quote] then translation, signature": (bbcode_quoted_then_translated, 2, "pos"),
    "bbcode: own post, translation in [i]": (bbcode_italic_own, 1, "pos"),
    "disqus: brackets with a doubt note": (disqus_bracket_note, 1, "pos"),
    "disqus: author answers after a side reply": (disqus_answer_after_side_reply, 2, "pos"),
    "facebook: split over two replies": (facebook_split_over_two_replies, 2, "pos"),
    "facebook: two passages translated in two places": (facebook_two_passages, 1, "pos"),
    "facebook: one of two shared posts translated": (facebook_one_of_two_translated, 1, "pos"),
    "recipe blog: stars, EN line, sign-off": (recipe_en_line, 1, "pos"),
    "game chat: typo'd request, author translates": (game_typo_request, 1, "pos"),
    "fansub: proposed subtitle in quotes": (fansub_quoted_proposal, 1, "pos"),
    "fansub: .srt block with a note": (fansub_srt_block, 1, "pos"),
    "travel review: English below, stay after": (travel_english_below, 2, "pos"),
    "wikipedia talk: quoted translation, signed": (wiki_signed_quote, 1, "pos"),
    "telegram: English first under a flag": (telegram_english_first, 2, "pos"),
    "github: reviewer back-translates a string": (github_back_translation, 1, "pos"),
    "mailing list: quoted reply, signed": (mailing_list_quoted_reply, 1, "pos"),
    "mailing list: translation in square brackets": (mailing_list_square_brackets, 1, "pos"),
    "slack: translation three replies deep": (slack_three_deep, 1, "pos"),
    "reddit neg: a name or number shared by chance": (reddit_shared_anchor, 1, "neg"),
    "reddit neg: a gloss of one word": (reddit_one_word_gloss, 1, "neg"),
    "youtube neg: translation of another line": (youtube_other_verse, 1, "neg"),
    "discord neg: asked, answers something else": (discord_answer_about_something_else, 1, "neg"),
    "bbcode neg: quote and rebuttal": (bbcode_quote_rebuttal, 1, "neg"),
    "disqus neg: a two-word summary": (disqus_summary, 2, "neg"),
    "facebook neg: a caption where a translation would go": (facebook_caption_not_translation, 1, "neg"),
    "recipe blog neg: the owner's thanks": (recipe_owner_thanks, 1, "neg"),
    "fansub neg: English of another cue": (fansub_other_cue, 1, "neg"),
    "travel review neg: the owner's response": (travel_owner_response, 1, "neg"),
    "wikipedia talk neg: a name or number disputed": (wiki_anchor_dispute, 2, "neg"),
    "telegram neg: English of another post": (telegram_english_of_another_post, 1, "neg"),
    "github neg: English of another key": (github_other_string, 1, "neg"),
    "mailing list neg: a referral": (mailing_list_referral, 1, "neg"),
}


def check_banks() -> None:
    """Every bank has entries for both halves, no entry twice, and no literal piece of 12 characters or more
    of one half's entries inside an entry of the other half (case aside). Raises AssertionError naming the
    bank or the piece."""
    seen: set[str] = set()
    halves: dict[str, list[str]] = {"tuned": [], "held-out": []}
    for name, bank in BANKS.items():
        if len(bank) < 2 or not _half(name, "tuned") or not _half(name, "held-out"):
            raise AssertionError(f"bank {name}: entries for both halves needed")
        for entry in bank:
            if entry in seen:
                raise AssertionError(f"bank {name}: {entry!r} twice")
            seen.add(entry)
        for split in halves:
            halves[split] += _half(name, split)
    pattern = re.compile("|".join(re.escape(h) for h in PLACEHOLDERS))
    for split, other in (("tuned", "held-out"), ("held-out", "tuned")):
        for entry in halves[split]:
            for piece in pattern.split(entry):
                piece = piece.strip().lower()
                if len(piece) >= 12 and any(piece in o.lower() for o in halves[other]):
                    raise AssertionError(f"{piece!r} of the {split} half is in the {other} half too")


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every gold span, its parts joined where a translation is split over comments, is exactly its translation
    (:func:`_blind.check_gold_parts`), and a negative holds its passage's translation nowhere. Raises
    AssertionError naming the thread."""
    _blind.check_gold_parts(threads, sources, _blind.same_flat)
    english = _blind.passages(sources)
    for thread in threads:
        for item in thread["items"]:
            sentences = english[_blind.flat(_blind.sliced(thread, item["arabic"]))]
            want = _blind.flat(" ".join(sentences[:1] if item.get("partial") else sentences))
            if thread["kind"] == "neg" and any(want in _blind.flat(str(row[3])) for row in thread["comments"]):
                raise AssertionError(f"{thread['id']}: a negative holds the translation")


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, _blind.same_flat, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
