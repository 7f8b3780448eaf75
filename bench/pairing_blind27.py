"""Round 27 of pairing's development set, written blind: real (Arabic, English) pairs of
../shared/data set in hobby and enthusiast threads nobody tuned the pairing for.

Settings new to this round: record collectors, anime lists, K-pop boards, ham radio, railway and
plane-spotting forums, architecture and photography critique, woodworking, home repair, makeup,
gyms, student housing, bird checklists, storm chasers, crypto, library boards, Freecycle, pottery,
re-enactment, geocaching, 3D printing, cosplay; and for the negatives falconry, diving, drones,
speedcubing, lockpicking, miniature painting, antique clocks, bonsai, keyboards, synthesizers and
auctions. Habits: a translation line by line between the Arabic lines, added in an "EDIT:" or
"Update:" paragraph, split over two comments "(1/2)" "(2/2)", two levels down after "which part?",
one English sentence for two Arabic ones, in a blockquote or a code block, followed by a word
gloss, with British spelling, with a translator's "[sic]" or "[the shop]" (kept in the gold).
Negatives: "Ameen" to a prayer, the source of a quote only, a transliteration, a spelling fix, a
guess by someone who reads no Arabic, a quote and its rebuttal, the translation of another
passage, an answer about something else, a one-word gloss, a summary, shared numbers.

Every phrase bank is cut between the halves: even entries for tuned threads, odd ones for held-out
threads. Run: python3 bench/pairing_blind27.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import Pairs, Piece  # noqa: E402

SEED = 2727
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round27.jsonl"

# Phrase banks: entries 0, 2, 4, ... word tuned threads, entries 1, 3, 5, ... held-out threads.
BANKS: dict[str, list[str]] = {
    "handle": ["vinyl_hoarder", "kestrel.jo", "tinnitus_tom", "m7md.spins", "lotte_leaves", "qarawi88", "ferro_fern", "saltmarsh_ed"],
    "emoji": [" 🎶", " 🦉", " 🔧", " 🌪️", " ✨", " 🚂", " 🙏🏼", " 📻"],
    "ask": ["what's the caption say?", "anyone able to translate this for the rest of us", "translation pls 🙏",
            "can someone tell me what this means?", "english?", "no clue what this says, help", "eli5 what's written here",
            "could you put that in English by any chance"],
    "which_part": ["which part, the caption or the stamp text?", "sure, which bit do you mean?", "the top line or all of it?",
                   "you mean the handwritten note?"],
    "whole": ["the whole thing if you don't mind", "all of it please!", "everything, I'm hopeless with scripts",
              "the lot, cheers"],
    "edit": ["EDIT: ", "Edit - ", "ETA: ", "edit 2: "],
    "edit_lead": ["for the non-Arabic speakers in the club, ", "since a few of you DMed me, ", "translating for the thread, ",
                  "ok people keep asking so here goes: "],
    "update": ["Update: ", "UPDATE — ", "Update (for those asking): ", "Later update: "],
    "update_note": ["Photos by my cousin, wig from a local shop.", "Armour is EVA foam, took about three weeks.",
                    "Went to the con on Saturday, absolutely packed.", "Props were printed and sanded by hand."],
    "part1": ["(1/2) ", "1/2: ", "[1/2] ", "pt 1/2 "],
    "part2": [" (2/2)", " — 2/2", " [2/2]", " (pt 2/2)"],
    "part_lead": ["ok translating, bear with me ", "my try at it ", "fan translation incoming ", "doing my best here "],
    "merged_lead": ["In one go: ", "Means roughly: ", "My reading: ", "Basically it says "],
    "quote_after": ["\n\nthat's about the size of it", "\n\n(my dad helped with this one)", "\n\nhope that clears it up",
                    "\n\nmight be a bit stiff but that's the meaning"],
    "code_lead": ["putting the translation here so the formatting holds:\n", "for the folks asking:\n",
                  "translation below\n", "here ya go\n"],
    "gloss_lead": ["word by word:", "vocab if it helps:", "some of the words:", "glossary:"],
    "british_lead": ["Translated it for you: ", "Here's my translation, ", "English version: ", "Roughly translated: "],
    "sic_lead": ["Translation, typos theirs: ", "he wrote: ", "The label reads: ", "Their note says: "],
    "insert_it": ["[the palette]", "[the foundation]", "[the primer]", "[the lipstick]"],
    "insert_he": ["[the makeup artist]", "[her brother]", "[the shop owner]", "[my cousin]"],
    "insert_she": ["[the seller]", "[my sister]", "[the beautician]", "[my aunt]"],
    "insert_they": ["[the brand]", "[the staff]", "[the reviewers]", "[the company]"],
    "insert_there": ["[at the mall]", "[in the shop]", "[at the counter]", "[in Cairo]"],
    "insert_none": ["[unclear word]", "[sic]", "[word missing]", "[?]"],
    "before_lead": ["My translation first, original below:\n", "(translation up top, Arabic underneath)\n",
                    "English first for the lads:\n", "Posting it in both languages.\n"],
    "partial_lead": ["the first bit says: ", "I only get the first sentence: ", "start of it is ", "partly: "],
    "partial_tail": [" (not sure about the rest)", " — the second half is beyond me", " ... can't read the rest",
                     " and then something about dates, no idea"],
    "not_perfect": ["Translation (not perfect): ", "Rough translation: ", "My translation, probably off: ",
                    "Translation (not my first language): "],
    "typo_ask": ["tranlsation plz?", "waht does it say", "transaltion anyone", "any1 speak arabic?"],
    "typo_lead": ["Transaltion: ", "heres the translaton - ", "translatin: ", "it sayz: "],
    "crypto_ask": ["can you translate both posts?", "english for both pls ser", "both of these in English?",
                   "what do the two posts say"],
    "crypto_second": ["second one: ", "This post: ", "the one you replied to: ", "This one says: "],
    "crypto_first": ["and my first post says: ", "First post, since people asked: ", "The earlier post: ",
                     "For the top post: "],
    "library_sign": [" — posted by the front desk", " ~ branch staff", " — reference team", " (Friends of the Library)"],
    "freecycle_ask": ["what is she offering?", "is it still available? what does it say", "what's being given away?",
                      "did she say where to collect?"],
    "third_person": ["She says: ", "he's saying: ", "They wrote: ", "Her post says: "],
    "pottery_reply": ["That glaze is gorgeous", "love the shape of that bowl", "what cone did you fire to?",
                      "the texture on this is unreal"],
    "pottery_later": ["For anyone wondering, my post above says: ", "What I wrote up there in English: ",
                      "Sorry, the caption on my photo: ", "for those asking about my first post: "],
    "pottery_other": ["Anyone have tips for centering on a kick wheel?", "First time trying a soda firing this weekend.",
                      "Is it normal for underglaze to crawl like this?", "Our studio is moving next month."],
    "reenact_ask": ["what does the second one say?", "and this one?", "translate the banner text?",
                    "what's written on this one"],
    "reenact_lead": ["This one reads: ", "the banner says ", "This one: ", "It reads "],
    "found_it": ["Found it! Log says", "TFTC, the note says", "Signed the log. It says", "Quick find, the note inside said"],
    "print_lead": ["Translation:\n", "English:\n", "Translation below\n", "In English:\n"],
    "ameen": ["Ameen, may God accept it from you 🤲", "Ameen ya rabb, from all of us", "Ameen! and from you too",
              "ameen, may Allah reward you"],
    "ameen2": ["Ameen 🤍", "Allahumma ameen", "ameen ameen", "ameen x3"],
    "source_ask": ["beautiful, where is this from?", "what's this quote from?", "who wrote this?", "source?"],
    "source": ["That's from a poem by {name}, {year}.", "It's a line from {name}'s {year} collection, page {num}.",
               "{name} wrote that, published in {year} I think.", "From {name}, letter no. {num}, dated {year}."],
    "names": ["Nizar Qabbani", "Mahmoud Darwish", "Fadwa Tuqan", "Ahmed Shawqi", "Badr Shakir al-Sayyab", "Nazik al-Malaika",
              "Elia Abu Madi", "Khalil Gibran"],
    "translit_lead": ["for those who can't read the script: ", "in latin letters: ", "transliterated: ",
                      "romanised for the non-readers: "],
    "spelling": ["small typo: you wrote {w} but it should be {v}", "{w} is spelled {v}, otherwise perfect",
                 "nitpick, {w} → {v}", "think you meant {v} not {w}"],
    "guess": ["no idea, I can't read Arabic, but I'd guess it's about {a} and {b}?",
              "I don't speak a word of Arabic but my guess is something about {a}, maybe {b}",
              "can't read it at all, guessing it mentions {a} and {b}?",
              "zero Arabic here lol, probably about {a} or {b}?"],
    "rebut": ["That's just not true, and you know it.", "No. Nobody who has actually tried this would say so.",
              "Completely wrong, sorry.", "This is a myth that keeps going around."],
    "other_lead": ["Translation: ", "It means: ", "Google says: ", "In English: "],
    "bonsai_ask": ["what does the tag say?", "translation?", "what's written on the pot?", "meaning?"],
    "bonsai_lead": ["oh that? ", "haha ", "Ah sorry, ", "lol "],
    "one_word": ["{w} = \"{e}\" if anyone wondered", "the word {w} just means \"{e}\"", "{w} ~ {e}, fyi",
                 "fun fact: {w} is \"{e}\""],
    "summary": ["tl;dr something about {a}, nothing important", "short version: it's about {a}",
                "Summary: {a} stuff, basically", "gist is {a}, don't worry about it"],
    "lot": ["Lot {num}: ", "Item #{num} — ", "Lot no. {num}. ", "#{num}: "],
    "chatter_discogs": ["great pressing, what's the matrix number?", 'is this the original 1970s press or a reissue?'],
    "chatter_mal": ['this review is better than the show lol', '10/10 agree, the ending was rushed'],
    "signoff_ham": [' 73!', ' 73 de OD5'],
    "plumber": ['\n\nwhat is my plumber telling me', '\n\ngot this from the contractor, help?'],
    "chatter_photo": ['horizon is tilted a touch, otherwise lovely', "I'd crop a little off the left side"],
    "chatter_gym": ['solid advice, form over weight', 'saving this for leg day'],
    "chatter_crypto": ['gas fees are insane today', 'who else is buying the dip'],
    "chatter_cosplay": ['the armour is insane', 'how long did the helmet take??'],
    "prayer_emoji": [' 🤲', ' 🕊️'],
    "lot_tail": [" Starting bid is low.", " Shipping extra.", " Reserve not met yet.", " Viewing on Friday."],
}

_WORD = re.compile(r"[A-Za-z]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]{3,}")
_DIGITS = re.compile(r"\d+")
_STOP = {"about", "there", "their", "which", "would", "could", "should", "these", "those", "because", "where", "after",
         "before", "other", "still", "being", "every", "never", "always", "while", "things", "thing", "really", "going",
         "don't", "didn't", "doesn't", "there's", "what", "when", "with", "have", "this", "that", "from", "they", "will"}
_SPELL = {"color": "colour", "center": "centre", "favorite": "favourite", "organization": "organisation",
          "realize": "realise", "recognize": "recognise", "honor": "honour", "neighbor": "neighbour",
          "behavior": "behaviour", "analyze": "analyse", "apologize": "apologise", "theater": "theatre",
          "defense": "defence", "labor": "labour", "gray": "grey", "organize": "organise", "traveling": "travelling",
          "mom": "mum", "meter": "metre", "liter": "litre", "kilometers": "kilometres", "program": "programme",
          "colors": "colours", "centers": "centres", "favorites": "favourites", "neighbors": "neighbours",
          "neighborhood": "neighbourhood", "behaviors": "behaviours", "honored": "honoured", "labored": "laboured",
          "traveled": "travelled", "traveler": "traveller", "travelers": "travellers", "canceled": "cancelled",
          "analyzed": "analysed", "paralyzed": "paralysed", "humor": "humour", "rumor": "rumour", "rumors": "rumours",
          "harbor": "harbour", "flavor": "flavour", "favor": "favour", "moms": "mums",
          "jewelry": "jewellery", "pajamas": "pyjamas", "catalog": "catalogue", "fiber": "fibre"}
_STARTERS = {"a", "an", "the", "he", "she", "it", "we", "they", "there", "this", "that", "you", "my", "his", "her", "our",
             "your", "their", "what", "how", "why", "when", "where", "do", "does", "did", "is", "are", "was", "were", "can",
             "will", "no", "not", "all", "every", "some", "please", "if", "in", "on", "at", "its", "it's", "don't",
             "he's", "she's", "they're", "we're", "you're", "there's", "that's", "could", "would", "should"}
_PRONOUNS = {"it", "he", "she", "they", "him", "her", "them", "there"}
_REFERENT = {"it": "insert_it", "he": "insert_he", "him": "insert_he", "she": "insert_she", "her": "insert_she",
             "they": "insert_they", "them": "insert_they", "there": "insert_there"}
_IZE = re.compile(r"\b([A-Za-z]{3,})iz(e|ed|es|ing|ation|ations)\b")
_BOTH = {**_SPELL, **{b: a for a, b in _SPELL.items()}}
_TRANSLIT = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "'", "gh", "f", "q", "k",
    "l", "m", "n", "h", "w", "y", "a", "a", "'", "a", "i", "aa", "'u", "'i"]))


def respell(text: str) -> str:
    """``text`` with British and American spellings swapped both ways (colour/color, centre/center, ...)."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        new = _BOTH.get(word.lower())
        if new is None:
            return word
        return new.capitalize() if word[0].isupper() else new

    return _IZE.sub(lambda m: m.group(1) + "is" + m.group(2), _WORD.sub(swap, text))


def merged(first: str, second: str) -> str:
    """Two English sentences as one: the first's full stop dropped, ", and " then the second."""
    head = first.strip().rstrip(".!?;")
    tail = second.strip()
    first_word = tail.split(" ")[0].rstrip(",")
    if first_word[:1].isupper() and (first_word.lower() in _STARTERS or first_word.endswith("ly") or tail.split(" ")[0].endswith(",")):
        tail = tail[0].lower() + tail[1:]
    return f"{head}, and {tail}"


def with_insert(text: str, note: str | Callable[[str], str], rng: random.Random) -> str:
    """``text`` with a translator's bracketed note put after one of its inner words: ``note`` itself, or
    ``note(word)`` after a pronoun it clarifies (its word "" where the text has no pronoun)."""
    words = text.split(" ")
    pronouns = [k for k in range(1, len(words)) if words[k - 1].lower() in _PRONOUNS]
    inner = [k for k in range(1, len(words)) if words[k - 1] and words[k - 1][-1].isalpha()] or [len(words)]
    k = rng.choice(pronouns or inner)
    if callable(note):
        note = note(words[k - 1].lower() if pronouns else "")
    return " ".join([*words[:k], note, *words[k:]])


def transliterated(arabic: str) -> str:
    """A rough Latin spelling of ``arabic`` (what a reply in Latin letters gives)."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in arabic if not "\u064b" <= ch <= "\u0652")


def content_words(english: str) -> list[str]:
    """The longer words of ``english`` that carry its meaning (a guess or summary reuses them)."""
    seen: list[str] = []
    for w in _WORD.findall(english):
        if len(w) >= 5 and w.lower() not in _STOP and w.lower() not in seen:
            seen.append(w.lower())
    return seen or ["something"]


class Thread(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its wordings from this round's banks."""

    def say(self, bank: str, **fields: str) -> str:
        """A wording of ``bank`` from this thread's half of it."""
        half = BANKS[bank][0::2] if self.p.split == "tuned" else BANKS[bank][1::2]
        text = self.rng.choice(half)
        return text.format(**fields) if fields else text

    def post(self, cid: str, parent: str | None, author: str, pieces: Sequence[Piece]) -> None:
        self.rows.append([cid, parent, author, _blind.joined(cid, pieces, self.spans, self.texts)])

    def item(self, arabic: str, translation: str | None, partial: bool = False, continued: Sequence[str] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, translation, partial, continued))


def _passage(t: Thread) -> Piece:
    return ("a", t.arabic)


# ---- positives ----------------------------------------------------------------------------------


def discogs_line_by_line(t: Thread) -> None:
    """A record collector posts the sleeve notes, each Arabic line followed by its English line."""
    (a0, a1), (e0, e1) = t.p.example.arabic, t.p.example.english
    t.post("1", None, t.say("handle"), [("a0", a0.strip()), "\n", ("e0", e0.strip()), "\n", ("a1", a1.strip()), "\n",
                                         ("e1", e1.strip()), t.say("emoji")])
    t.post("2", "1", "crate_digger", [t.say("chatter_discogs")])
    t.item("a0", "e0")
    t.item("a1", "e1")


def myanimelist_edit(t: Thread) -> None:
    """An anime review in Arabic, the translation added later in an EDIT paragraph of the same comment."""
    t.post("1", None, t.say("handle"), [_passage(t), "\n\n", t.say("edit"), t.say("edit_lead"), ("e", t.english)])
    t.post("2", "1", "otaku_k", [t.say("chatter_mal")])
    t.item("a", "e")


def kpop_split_two_posts(t: Thread) -> None:
    """A fan translates a two-sentence post over two comments marked (1/2) and (2/2)."""
    e0, e1 = (e.strip() for e in t.p.example.english)
    t.post("1", None, "bias_wrecked", [_passage(t)])
    t.post("2", "1", "stan4ever", [t.say("ask")])
    fan = t.say("handle")
    t.post("3", "2", fan, [t.say("part_lead"), t.say("part1"), ("e0", e0)])
    t.post("4", "3", fan, [("e1", e1), t.say("part2")])
    t.item("a", "e0", continued=["e1"])


def hamradio_which_part(t: Thread) -> None:
    """A QSL card's text; asked for a translation, the author asks "which part?" first."""
    t.post("1", None, "OD5_op", [_passage(t)])
    t.post("2", "1", "G4_portable", [t.say("ask")])
    t.post("3", "2", "OD5_op", [t.say("which_part")])
    t.post("4", "3", "G4_portable", [t.say("whole")])
    t.post("5", "4", "OD5_op", [("e", t.english), t.say("signoff_ham")])
    t.item("a", "e")


def railway_one_sentence_for_two(t: Thread) -> None:
    """Two short Arabic sentences under a station photo, translated in one English sentence."""
    e0, e1 = t.p.example.english
    t.post("1", None, "branchline_bill", [_passage(t)])
    t.post("2", "1", "branchline_bill", [t.say("merged_lead"), ("e", merged(e0, e1)), t.say("emoji")])
    t.item("a", "e")


def planespotters_blockquote(t: Thread) -> None:
    """The translation of a hangar sign given as a markdown blockquote by another spotter."""
    t.post("1", None, "rwy27_spotter", [_passage(t)])
    t.post("2", "1", "heavy_jet", [t.say("ask")])
    t.post("3", "2", t.say("handle"), ["> ", ("e", t.english), t.say("quote_after")])
    t.item("a", "e")


def architecture_code_block(t: Thread) -> None:
    """The author pastes the translation of a plaque in a code block to keep the formatting."""
    t.post("1", None, "brutalist_b", [_passage(t)])
    t.post("2", "1", "brutalist_b", [t.say("code_lead"), "```\n", ("e", t.english), "\n```"])
    t.item("a", "e")


def photo_critique_gloss_after(t: Thread) -> None:
    """The translation of a photo's caption followed by a word-by-word gloss (not part of it)."""
    words = _ARABIC_WORD.findall(t.arabic)[:2] or ["صورة"]
    glosses = content_words(t.english)
    lines = [f"{w} = {glosses[k % len(glosses)]}" for k, w in enumerate(words)]
    t.post("1", None, "f8_and_be_there", [_passage(t)])
    t.post("2", "1", "f8_and_be_there", [("e", t.english), "\n\n", t.say("gloss_lead"), "\n", "\n".join(lines)])
    t.post("3", "1", "bokeh_bob", [t.say("chatter_photo")])
    t.item("a", "e")


def woodworking_british_spelling(t: Thread) -> None:
    """A reply translating a shop note in the other side's spelling (colour/color, centre/center): a pair
    of the part whose English has such a word is taken where the part has one."""
    pool = t.p.pool
    start = t.rng.randrange(len(pool))
    arabic, english = t.arabic, t.english
    for k in range(len(pool)):  # a pair whose English has a word spelt differently on the other side, where there is one
        a, e = pool[(start + k) % len(pool)]
        if respell(e.strip()) != e.strip() and a.strip() != arabic:
            arabic, english = a.strip(), e.strip()
            break
    t.post("1", None, "dovetail_dan", [("a", arabic)])
    t.post("2", "1", "chisel_chap", [t.say("british_lead"), ("e", respell(english))])
    t.item("a", "e")


def diy_repair_sic(t: Thread) -> None:
    """A translation of a contractor's note with "[sic]" where the writer slipped (kept in the gold)."""
    t.post("1", None, "leaky_tap", [_passage(t), t.say("plumber")])
    t.post("2", "1", "fixit_fatma", [t.say("sic_lead"), ("e", with_insert(t.english, "[sic]", t.rng))])
    t.item("a", "e")


def makeup_bracketed_insertion(t: Thread) -> None:
    """A translation of a review with a translator's clarification in square brackets (kept)."""
    t.post("1", None, "contour_queen", [_passage(t)])
    t.post("2", "1", "swatch_sara", [t.say("ask")])
    def note(pronoun: str) -> str:
        return t.say(_REFERENT.get(pronoun, "insert_none"))

    t.post("3", "2", "contour_queen", [("e", with_insert(t.english, note, t.rng)), t.say("emoji")])
    t.item("a", "e")


def gym_translation_first(t: Thread) -> None:
    """A lifter posts the English first, then the Arabic original, in one comment."""
    t.post("1", None, "deadlift_dina", [t.say("before_lead"), ("e", t.english), "\n\n", _passage(t)])
    t.post("2", "1", "spotter_sam", [t.say("chatter_gym")])
    t.item("a", "e")


def student_housing_partial(t: Thread) -> None:
    """Someone else translates only the first sentence of a two-sentence housing notice."""
    t.post("1", None, "room4rent", [_passage(t)])
    t.post("2", "1", "fresher_fin", [t.say("partial_lead"), ("e", t.p.example.english[0].strip()), t.say("partial_tail")])
    t.item("a", "e", partial=True)


def ebird_not_perfect_quoted(t: Thread) -> None:
    """A checklist comment: the Arabic, then "Translation (not perfect):" and the English in quotes."""
    t.post("1", None, "warbler_watch", [_passage(t), "\n\n", t.say("not_perfect"), "\"", ("e", t.english), "\""])
    t.item("a", "e")


def storm_chasers_typo_lead(t: Thread) -> None:
    """After a misspelt request, the author translates behind a misspelt lead."""
    t.post("1", None, "supercell_sami", [_passage(t)])
    t.post("2", "1", "hail_hunter", [t.say("typo_ask")])
    t.post("3", "2", "supercell_sami", [t.say("typo_lead"), ("e", t.english)])
    t.item("a", "e")


def crypto_two_passages_apart(t: Thread) -> None:
    """Two Arabic posts by one author, the second translated in a reply, the first in a later top-level post."""
    (a0, a1), (e0, e1) = t.p.example.arabic, t.p.example.english
    t.post("1", None, "hodl_hamza", [("a0", a0.strip())])
    t.post("2", None, "hodl_hamza", [("a1", a1.strip())])
    t.post("3", "2", "gm_ser", [t.say("crypto_ask")])
    t.post("4", "3", "hodl_hamza", [t.say("crypto_second"), ("e1", e1.strip())])
    t.post("5", None, "whale_alert", [t.say("chatter_crypto")])
    t.post("6", None, "hodl_hamza", [t.say("crypto_first"), ("e0", e0.strip())])
    t.item("a0", "e0")
    t.item("a1", "e1")


def library_board_brackets(t: Thread) -> None:
    """A library's notice with its translation in brackets and a staff sign-off."""
    t.post("1", None, "branch_library", [_passage(t), " (", ("e", t.english), ")", t.say("library_sign")])
    t.item("a", "e")


def freecycle_third_person(t: Thread) -> None:
    """A neighbour says what the poster offers ("She says: ..."), beside an unrelated reply."""
    t.post("1", None, "giveaway_g", [_passage(t)])
    t.post("2", "1", "collector_c", [t.say("freecycle_ask")])
    t.post("3", "2", "neighbour_n", [t.say("third_person"), ("e", t.english)])
    t.post("4", "1", "other_o", [t.p.example.other[0].strip()])
    t.item("a", "e")


def pottery_later_top_level(t: Thread) -> None:
    """The potter's later top-level comment translating their own caption (no reply link)."""
    t.post("1", None, "kiln_gods", [_passage(t)])
    t.post("2", "1", "wedging_will", [t.say("pottery_reply")])
    t.post("3", None, "slip_trailer", [t.say("pottery_other")])
    t.post("4", None, "kiln_gods", [t.say("pottery_later"), ("e", t.english)])
    t.item("a", "e")


def reenactment_other_passage_untranslated(t: Thread) -> None:
    """A re-enactor posts two Arabic banners; only the second is translated (the first stays unpaired)."""
    (a0, a1), (_, e1) = t.p.example.arabic, t.p.example.english
    t.post("1", None, "pikeman_p", [("a0", a0.strip())])
    t.post("2", "1", "pikeman_p", [("a1", a1.strip())])
    t.post("3", "2", "musket_m", [t.say("reenact_ask")])
    t.post("4", "3", "pikeman_p", [t.say("reenact_lead"), ("e1", e1.strip())])
    t.item("a0", None)
    t.item("a1", "e1")


def geocaching_curly_quotes(t: Thread) -> None:
    """A finder's log quoting the cache note's meaning in curly quotes."""
    t.post("1", None, "cache_owner", [_passage(t)])
    t.post("2", "1", "trackable_t", [t.say("found_it"), " “", ("e", t.english), "”", t.say("emoji")])
    t.item("a", "e")


def printing3d_translation_line_signoff(t: Thread) -> None:
    """A print's Arabic caption, "Translation:" on its own line, the English, a handle and emoji."""
    t.post("1", None, "layer_lines", [_passage(t), "\n\n", t.say("print_lead"), ("e", t.english), "\n\n— @",
                                      t.say("handle"), t.say("emoji")])
    t.item("a", "e")


def cosplay_update_paragraph(t: Thread) -> None:
    """A cosplayer's caption, a note in English, and an "Update:" paragraph with the translation."""
    t.post("1", None, "foam_smith", [_passage(t), "\n\n", t.say("update_note"), "\n\n", t.say("update"), ("e", t.english)])
    t.post("2", "1", "wig_wizard", [t.say("chatter_cosplay")])
    t.item("a", "e")


# ---- negatives ----------------------------------------------------------------------------------


def falconry_ameen(t: Thread) -> None:
    """Replies of "Ameen" to a falconer's Arabic line: an answer, not a translation."""
    t.post("1", None, "saker_sultan", [_passage(t), t.say("prayer_emoji")])
    t.post("2", "1", "hood_maker", [t.say("ameen")])
    t.post("3", "1", "lure_line", [t.say("ameen2")])
    t.item("a", None)


def _number(t: Thread) -> str:
    digits = _DIGITS.findall(t.arabic) + _DIGITS.findall(t.english)
    return str(int(digits[0])) if digits else str(t.rng.randint(2, 40))


def scuba_source_only(t: Thread) -> None:
    """A diver asks where a line comes from; the answer names a poet and a year (and the line's numbers)."""
    caps = [w for w in t.english.split()[1:] if w[:1].isupper() and w.isalpha() and w != "I"]
    name = caps[0] + " " + t.say("names").split()[-1] if caps else t.say("names")
    year = str(t.rng.randint(1938, 1979))
    t.post("1", None, "reef_rider", [_passage(t)])
    t.post("2", "1", "deco_stop", [t.say("source_ask")])
    t.post("3", "2", "nitrox_n", [t.say("source", name=name, year=year, num=_number(t))])
    t.item("a", None)


def drone_transliteration(t: Thread) -> None:
    """A reply spelling the Arabic in Latin letters: not a translation."""
    t.post("1", None, "fpv_freestyle", [_passage(t)])
    t.post("2", "1", "gimbal_guy", [t.say("translit_lead"), transliterated(t.arabic)])
    t.item("a", None)


def speedcubing_spelling_fix(t: Thread) -> None:
    """A reply correcting a word's spelling, in English."""
    words = _ARABIC_WORD.findall(t.arabic) or ["كتاب"]
    w = t.rng.choice(words)
    v = w[:-1] + "ة" if w.endswith("ه") else w[:-1] + "ه" if w.endswith("ة") else w.replace("ا", "أ", 1) if "ا" in w else w + "ا"
    t.post("1", None, "sub10_solver", [_passage(t)])
    t.post("2", "1", "cfop_cat", [t.say("spelling", w=w, v=v)])
    t.item("a", None)


def lockpicking_guess(t: Thread) -> None:
    """Someone who reads no Arabic guesses at the meaning, with words of the real translation."""
    words = content_words(t.english)
    a, b = words[0], words[1] if len(words) > 1 else "locks"
    t.post("1", None, "tension_wrench", [_passage(t)])
    t.post("2", "1", "spp_pro", [t.say("ask")])
    t.post("3", "2", "bump_key_ben", [t.say("guess", a=a, b=b)])
    t.item("a", None)


def miniatures_quote_rebuttal(t: Thread) -> None:
    """A reply quoting the Arabic and arguing with it in English."""
    t.post("1", None, "drybrush_d", [_passage(t)])
    t.post("2", "1", "wash_wendy", ["> ", t.arabic, "\n\n", t.say("rebut")])
    t.item("a", None)


def clocks_other_translation(t: Thread) -> None:
    """After a request, a "Translation:" that is the English of another pair."""
    t.post("1", None, "escapement_e", [_passage(t)])
    t.post("2", "1", "pendulum_p", [t.say("ask")])
    t.post("3", "2", "horologist_h", [t.say("other_lead"), t.p.example.other[0].strip()])
    t.item("a", None)


def bonsai_answer_elsewhere(t: Thread) -> None:
    """Asked what the tag says, the author answers in English about something else."""
    t.post("1", None, "juniper_j", [_passage(t)])
    t.post("2", "1", "wire_w", [t.say("bonsai_ask")])
    t.post("3", "2", "juniper_j", [t.say("bonsai_lead"), t.p.example.other[1].strip()])
    t.item("a", None)


def keyboards_one_word_gloss(t: Thread) -> None:
    """A reply glossing one word of the Arabic."""
    words = _ARABIC_WORD.findall(t.arabic) or ["زر"]
    t.post("1", None, "thock_t", [_passage(t)])
    t.post("2", "1", "lubed_linears", [t.say("one_word", w=t.rng.choice(words), e=content_words(t.english)[0])])
    t.item("a", None)


def synths_summary(t: Thread) -> None:
    """A one-line summary of the Arabic, not a translation of it."""
    t.post("1", None, "modular_m", [_passage(t)])
    t.post("2", "1", "patch_cable", [t.say("summary", a=content_words(t.english)[0])])
    t.item("a", None)


def auction_shared_numbers(t: Thread) -> None:
    """An auction listing in English that shares a number with the Arabic and says something else."""
    t.post("1", None, "gavel_g", [_passage(t)])
    t.post("2", "1", "bidder_b", [t.say("lot", num=_number(t)), t.p.example.unrelated.strip(), t.say("lot_tail")])
    t.item("a", None)


SHAPES: dict[str, tuple[Callable[..., None], int, str]] = {
    "discogs line by line": (discogs_line_by_line, 2, "pos"),
    "myanimelist EDIT paragraph": (myanimelist_edit, 1, "pos"),
    "k-pop split (1/2) (2/2)": (kpop_split_two_posts, 2, "pos"),
    "ham radio which part": (hamradio_which_part, 1, "pos"),
    "railway one sentence for two": (railway_one_sentence_for_two, 2, "pos"),
    "plane spotters blockquote": (planespotters_blockquote, 1, "pos"),
    "architecture code block": (architecture_code_block, 1, "pos"),
    "photo critique gloss after": (photo_critique_gloss_after, 1, "pos"),
    "woodworking other spelling": (woodworking_british_spelling, 1, "pos"),
    "home repair [sic]": (diy_repair_sic, 1, "pos"),
    "makeup bracketed insertion": (makeup_bracketed_insertion, 1, "pos"),
    "gym translation first": (gym_translation_first, 1, "pos"),
    "student housing partial": (student_housing_partial, 2, "pos"),
    "ebird not perfect, quoted": (ebird_not_perfect_quoted, 1, "pos"),
    "storm chasers typo lead": (storm_chasers_typo_lead, 1, "pos"),
    "crypto two posts apart": (crypto_two_passages_apart, 2, "pos"),
    "library board brackets": (library_board_brackets, 1, "pos"),
    "freecycle third person": (freecycle_third_person, 1, "pos"),
    "pottery later top-level": (pottery_later_top_level, 1, "pos"),
    "re-enactment other passage": (reenactment_other_passage_untranslated, 2, "pos"),
    "geocaching curly quotes": (geocaching_curly_quotes, 1, "pos"),
    "3d printing sign-off": (printing3d_translation_line_signoff, 1, "pos"),
    "cosplay update paragraph": (cosplay_update_paragraph, 1, "pos"),
    "falconry ameen": (falconry_ameen, 1, "neg"),
    "scuba source only": (scuba_source_only, 1, "neg"),
    "drone transliteration": (drone_transliteration, 1, "neg"),
    "speedcubing spelling fix": (speedcubing_spelling_fix, 1, "neg"),
    "lockpicking guess": (lockpicking_guess, 1, "neg"),
    "miniatures quote rebuttal": (miniatures_quote_rebuttal, 1, "neg"),
    "clocks other translation": (clocks_other_translation, 1, "neg"),
    "bonsai answer elsewhere": (bonsai_answer_elsewhere, 1, "neg"),
    "keyboards one-word gloss": (keyboards_one_word_gloss, 1, "neg"),
    "synths summary": (synths_summary, 1, "neg"),
    "auction shared numbers": (auction_shared_numbers, 1, "neg"),
}


_BRACKETED = re.compile(r" \[[^\]]*\]")


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation ``want`` (its sentences): nothing around it, the text as put in,
    a translator's bracketed insertion left out, read in either spelling, or two sentences made one."""
    if gold != gold.strip():
        return False
    joined = " ".join(want)
    text = gold if "[" in joined else _BRACKETED.sub("", gold)
    forms = {_blind.flat(joined), _blind.flat(respell(joined))}
    if len(want) == 2:
        forms.add(_blind.flat(merged(want[0], want[1])))
    return _blind.flat(text) in forms


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every gold span, its parts joined where a translation is split over comments, is its translation by
    :func:`same` (:func:`_blind.check_gold_parts`). Raises AssertionError naming the thread."""
    _blind.check_gold_parts(threads, sources, same)


def check_banks() -> None:
    """No wording is in both halves of a bank, nor a held-out wording inside a tuned one."""
    tuned = [p.strip() for bank in BANKS.values() for p in bank[0::2]]
    for name, bank in BANKS.items():
        if len(bank) % 2:
            raise AssertionError(f"bank {name} has an odd number of wordings")
        for held in bank[1::2]:
            h = held.strip()
            if h and any(h == t or (len(h) >= 12 and h in t) for t in tuned):
                raise AssertionError(f"bank {name}: {held!r} is worded in the tuned half too")


ROUND = _blind.Round(__doc__, SEED, SHAPES, Thread, same, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
