"""Round 28 of pairing's development set, written blind: real (Arabic, English) pairs in threads of
club and community boards (volunteer firefighters, a food bank, a tenant union, a PTA board, a quilting
circle, a sourdough forum, a hiking club, ...), each shape a commenter's habit.

Two thirds of the shapes are positive: a commenter's translation is in the thread, and the gold span is
exactly the translation (its lead, label, handle, emoji, note and sign-off left out; a translation over
two comments is one item with a ``continued`` part; a partial one is marked ``"partial": true``; one
shape holds two passages, only the second translated, by a reply introduced as "translation:" under the
first). One third are negative: English that looks like it might translate the Arabic and does not.

Every phrase bank is cut between the halves (even entries for tuned threads, odd for held-out ones),
so no held-out thread uses a wording a tuned thread uses. Deterministic.

Run: python3 bench/pairing_blind28.py [--out PATH] [--tuned 3] [--held-out 2]
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
from pairing_devset import Example  # noqa: E402

SEED = 28
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round28.jsonl"

# Even entries are for tuned threads, odd ones for held-out threads.
BANKS: dict[str, tuple[str, ...]] = {
    # leads nobody lists
    "lead": ("Roughly:", "Near enough:", "Gist ->", "The sense of it -", "In English it goes -", "Loosely put,",
             "My attempt:", "Best I can manage:", "Ballpark version:", "What it boils down to:", "Approx.",
             "Give or take:"),
    "request": ("what does the notice say?", "sorry, no Arabic here, what is this?", "can someone put this in English pls",
                "anyone able to read this one?", "english for the rest of us?", "Could you translate? Missed the meeting",
                "meaning??", "is this about us? can't read it"),
    "chat": ("Saw this on the board yesterday too.", "Same thing went up at the other site.", "Thanks for posting!",
             "Good to know, cheers.", "Bumping so the night crew see it.", "Is this the new one or last month's?",
             "Ha, classic.", "Pinned by the admins I think.", "Who printed it, the office?", "Love the handwriting on these.",
             "Saving this.", "First time I see one in Arabic here."),
    "chat2": ("lol same", "right?", "it was raining the whole time", "no idea mate", "the coffee was the best part",
              "ours was cancelled", "did anyone bring the ladder back", "sending to my sister"),
    "signoff": (" - Samir", " -- Lina, PTA secretary", " ~ Dee", " /Karim", " - H.", " -- the committee", " — Noor x",
                " ~ Tariq from 4B"),
    "emoji": (" 🙏", " 🔥", " 👍", " 🌿", " 😊", " 🧵", " ✨", " ☕"),
    "unasked": ("Nobody asked, but here goes:", "Wasn't tagged, just helping:", "Jumping in since I can read it:",
                "Not my thread, but", "Butting in -", "Saw no one answered, so:", "Unsolicited:", "For what it's worth,"),
    "bracket": ("[English]", "[ENG]", "(eng)", "(in English)", "[en]", "{English}", "[translation]", "(english ver.)"),
    "bold": ("**EN:**", "**English:**", "__EN:__", "*Eng:*", "**In English**:", "**Translated:**", "**ENG** -", "__English__ -"),
    "rule": ("---", "***", "___", "- - -", "* * *", "-----"),
    "partial": ("(the rest is a verse I can't do)", "(can't do the second bit, sorry)",
                "(second sentence is beyond me, someone else?)", "(the rest is dialect I don't know)",
                "(left out the last line, not sure of it)", "(only got the first part)"),
    "doubt": ("(not sure about the last bit)", "(might be off on one word)", "(don't quote me)",
              "(my Arabic is rusty)", "(someone check pls)", "(literal-ish)"),
    "later": ("For the altos who asked, my post above says:", "Re my earlier post, in English:",
              "Catching up - the Arabic bit above means:", "Since a few of you messaged, the top post says",
              "Following up on my first post:", "To answer the DMs, what I posted reads"),
    "edit": ("EDIT for the non-Arabic readers:", "Edit - English below:", "ETA translation:", "Edit: since people asked,",
             "UPDATE, in English:", "edit (English):"),
    "quoted": ("The label says", "Her card reads", "It literally says", "The note reads", "What it says is", "Translates as"),
    "question": ("Anyone know if the disk is still around?", "Does the club still have the manual?",
                 "Who's got the spare cable?", "Was it the grey model or the beige one?", "Anyone near the shop this week?",
                 "Is the swap meet still on?"),
    "chatlead": ("@jo no idea about the spot. My attempt at the sign:", "@pat it was the north trail. The sign, roughly:",
                 "@sam the red ones, yes. As for the sign:", "@kit dunno. Sign says, more or less,",
                 "@lee never went there. The notice -", "@max same spot as last year. Board says"),
    "translabel": ("translation:", "Translation -", "translation =", "TRANSLATION:", "Translation >>", "transl.:"),
    "first_en": ("English first, Arabic below for the elders.", "English then Arabic, as agreed at the meeting.",
                 "(EN above, AR below)", "English up top, Arabic underneath.", "Both versions:", "In both languages:"),
    "original": ("Original:", "Arabic:", "AR:", "In Arabic:", "Arabic version:", "The original:"),
    # negatives
    "notthere": ("Translation of the jingle we played:", "Translation of the station ident:",
                 "translation of the caption on the photo:", "Translation of the sign behind her:",
                 "Translation of the first track:", "translation of the banner:"),
    "context": ("This is what people say at funerals.", "It's the thing grannies say when you leave the house.",
                "That's a line people post before Eid.", "It's what you hear at every wedding, basically.",
                "This gets said when someone new moves in.", "Typical thing to write under a group photo.",
                "People say this when it won't stop raining.", "It's a blessing, the kind you say after a meal."),
    "askown": ("Could someone translate mine too? My grandmother wrote something on the box.",
               "While we're at it, can anyone read the note on my jar?", "Can someone do mine next? It's on the back of a label.",
               "Side question: what does the stamp on my mould say?", "Mine next please! Photo below of my card.",
               "Could someone look at my label as well? My cousin says"),
    "dict": ("Looked it up: «{w}» - dictionary says '{e}'.", "Hans Wehr has «{w}» as '{e}', for what it's worth.",
             "«{w}» = '{e}' according to my dictionary app.", "The word «{w}» alone is '{e}' I think.",
             "Just the one word: «{w}» means '{e}'.", "«{w}»: '{e}' (dictionary). No idea about the rest."),
    "sarcasm": ("Thanks for the translation 🙄", "wow, thanks so much for translating. oh wait",
                "Great, very helpful translation there /s", "Cheers for the English version... that never came",
                "Thanks for the translation! (there isn't one)", "lovely translation, really clears it up /s"),
    "mt": ("google translate says gibberish, something about a window and a cow", "Google Translate gives me total nonsense on this",
           "DeepL just spat out word salad", "tried google translate, got 'the chicken of the morning is open'",
           "machine translation is useless on this one", "Translate app gave me three different answers, none make sense"),
    "answer": ("Yes, Saturday still works for me.", "No, the launch was moved to the east field.",
               "I can bring two more, no problem.", "It was at the old hall, not the new one.",
               "Nope, nobody found it yet.", "Sure, put me down for the morning.", "Ten of us, I think.",
               "Ask at the desk, they know."),
    "names": ("{n} again! Same {n} as last spring?", "Is that the {n} from the cleanup crew?", "Say hi to {n} for me.",
              "{n} is a legend.", "Wait, {n} is back?", "Tell {n} we miss her."),
    "nonames": ("Is that the one from the cleanup crew?", "Who wrote this, the new guy?", "Say hi from us!",
                "Legend.", "Wait, they're back?", "We miss them."),
    "promise": ("(will add tonight, on my phone now)", "(coming later, sorry)", "- to follow!", "(someone fill this in?)",
                "(tomorrow, promise)", "(TBD)"),
    "agenda": ("1. Costumes\n2. Hall booking\n3. AOB", "1) Minutes\n2) Treasurer's report\n3) Next dig day",
               "1. Tea rota\n2. Parking\n3. Raffle", "1) Rehearsal times\n2) Shoes\n3) Any other business",
               "1. Tools check\n2. Finds log\n3. Close", "1) Welcome\n2) Budget\n3) Dates"),
    "plain": ("Edit: fixed the date.", "Edit - typo.", "P.S. bring gloves.", "PS: parking is round the back.",
              "Edit: wrong photo, sorry.", "P.S. doors at six."),
    "points": ("1.", "1)", "(1)", "1 -"),
    "second": ("and on the back board:", "the spine has this:", "and under it, smaller:", "plus the stamp on the back:"),
    "guess": ("apparently, but I doubt it.", "says my neighbour, no idea if right.", "is my cousin's guess.",
              "according to the seller, hmm."),
    "gist_num": ("Two parts:", "In two bits:", "Point by point:", "Line by line:", "Both lines:", "Sentence by sentence:"),
}

# Per setting: the line that comes with the Arabic post (tuned, held, ...)
SETTINGS: dict[str, tuple[str, ...]] = {
    "fire": ("Drill notice from the station board:", "Posted at the firehouse door:", "From the volunteer rota sheet:",
             "Station 4 noticeboard, copied:"),
    "food": ("Pinned at the pantry entrance:", "From the donation sheet:", "Sign on the sorting table:", "Left with the Tuesday crates:"),
    "tenant": ("From the flyer under every door:", "Building meeting note:", "Stuck in the lift:", "Letter from the 3rd floor:"),
    "pta": ("From the class rep group:", "For the bake sale board:", "Parent note, forwarded:", "From the newsletter draft:"),
    "quilt": ("Stitched on the back of the donated quilt:", "Label on the antique top:", "Embroidered on the border:",
              "From the pattern envelope:"),
    "bread": ("My teta's note with the starter:", "Written on the old flour tin:", "From the bakery's wall:", "On the back of the recipe:"),
    "hike": ("Trailhead board, last Sunday:", "From the guide's message:", "Posted at the hut:", "Sign at the spring:"),
    "film": ("Written on the back of the print:", "On the film canister:", "Note in the second-hand camera bag:",
             "Pencilled on the negative sleeve:"),
    "car": ("Glovebox paper from the '72 Mercedes:", "Under the dashboard, handwritten:", "In the service book:",
            "Taped inside the boot lid:"),
    "tea": ("On the tin from the souk:", "The shopkeeper's card:", "Label on the loose-leaf bag:", "Note from the tea stall:"),
    "rv": ("Campground office notice:", "Left on our windscreen at the site:", "From the park ranger's sheet:",
           "Note at the dump station:"),
    "sail": ("Harbour master's notice:", "In the marina log:", "Posted at the slipway:", "From the regatta sheet:"),
    "allot": ("On the shed door at plot 12:", "From the allotment committee:", "Tag on the seed swap box:", "Note by the water butt:"),
    "bind": ("Inside the cover of the old ledger:", "Flyleaf inscription:", "Written on the endpaper:", "On the spine label:"),
    "climb": ("Route card at the wall:", "Gym whiteboard today:", "Taped to the bouldering mat:", "From the setter's notes:"),
    "theatre": ("Line from the second act:", "The director's note to the cast:", "Programme blurb:", "From the script margin:"),
    "choir": ("Top of the new score:", "From the choirmaster:", "Verse we're learning:", "Note on the rehearsal sheet:"),
    "science": ("Label on the specimen photo:", "Volunteer's field note:", "On the museum drawer tag:", "Written on the sample bag:"),
    "retro": ("Sticker on the floppy:", "From the manual's inside cover:", "On the cassette inlay:", "Screen of the boot disk:"),
    "coop": ("From the board's letter:", "Notice by the mailboxes:", "Minutes, item 4:", "The caretaker's note:"),
    "forage": ("Sign at the forest gate:", "Board at the car park:", "Warden's notice:", "On the picnic table:"),
    "brew": ("Written on my uncle's recipe:", "Label on the old jug:", "From the market stall's sign:", "On the barrel tag:"),
    "radio": ("Tonight's listener message:", "Caller left this:", "Text to the studio:", "From the request line:"),
    "beach": ("Note from the cleanup leader:", "Sign at the promenade:", "Posted in the group:", "From the volunteer list:"),
    "kite": ("Written on the kite's tail:", "Festival programme note:", "On the spool:", "Banner at the field:"),
    "cheese": ("Note on the rennet packet:", "From the dairy's card:", "On the cheese cloth bag:", "Farmer's handwriting:"),
    "rocket": ("Launch day notice:", "On the range safety card:", "From the club chair:", "Sign at the field gate:"),
    "blood": ("From the donor drive poster:", "SMS from the centre:", "Sign at reception:", "Leaflet text:"),
    "ferry": ("Announcement board at the pier:", "Ticket office sign:", "Message in the commuters' group:", "Notice on the gangway:"),
    "orient": ("Control card note:", "From the event organiser:", "Posted at the start tent:", "Question from the new member:"),
    "soap": ("Recipe card from the souk:", "Note with the lye order:", "From my aunt's notebook:", "Label on the olive oil tin:"),
    "typewriter": ("Typed on the test sheet:", "Inside the case lid:", "From the repair tag:", "Paper left in the platen:"),
    "dance": ("From the troupe leader:", "Song we're dancing to:", "Costume note:", "Rehearsal message:"),
    "dig": ("Finds tray label:", "From the site director:", "Tag on trench B:", "Volunteer briefing note:"),
}

GLOSS = ("{d} ({e})", "{d} [{e}]", "{d} (= {e})", "{d} /{e}/")  # an Arabic word kept, glossed inline (even: tuned)
DIALECT: tuple[tuple[str, str], ...] = (
    ("I mean", "ya3ni"), ("God", "Allah"), ("okay", "mashi"), ("OK", "mashi"), ("tomorrow", "bokra"), ("today", "ennaharda"),
    ("money", "felous"), ("house", "el beit"), ("home", "el beit"), ("work", "shoghl"), ("really", "begad"),
    ("friend", "sa7by"), ("people", "el nas"), ("thing", "7aga"), ("good", "kwayyes"), ("school", "el madrasa"),
    ("father", "baba"), ("mother", "mama"), ("now", "delwa2ty"), ("fever", "sokhoneya"), ("hospital", "el mostashfa"),
    ("water", "mayya"), ("yes", "aywa"), ("no", "la2"), ("doctor", "el doktor"), ("food", "akl"), ("car", "el 3arabeya"),
    ("street", "el share3"), ("time", "wa2t"), ("day", "yom"), ("child", "el 3ayyel"), ("children", "el 3eyal"),
    ("coffee", "ahwa"), ("tea", "shay"), ("bread", "3eish"), ("brother", "akhoya"), ("sister", "okhty"),
    ("because", "3ashan"), ("why", "leh"), ("very", "awi"), ("also", "kaman"), ("enough", "khalas"),
    ("beautiful", "gamil"), ("nice", "helw"), ("want", "3ayez"), ("know", "3aref"), ("all", "kol"),
)
NAMES: tuple[tuple[str, str], ...] = (
    ("Tom", "توم"), ("Mary", "ماري"), ("Sami", "سامي"), ("Layla", "ليلى"), ("Fadil", "فاضل"), ("Dania", "دانية"),
    ("John", "جون"), ("Dima", "ديما"), ("Salima", "سليمة"), ("Rima", "ريما"), ("Ziri", "زيري"), ("Wuhan", "ووهان"),
    ("China", "الصين"), ("Egypt", "مصر"), ("Cairo", "القاهرة"), ("Algeria", "الجزائر"), ("Italy", "إيطاليا"),
)
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_POINT = re.compile(r"\n[ \t]*(?:\(\d+\)|\d+[.)]|\d+ -)[ \t]+")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}\b")
_DIGIT = re.compile(r"\d")
# A few Arabic words with the meaning a dictionary gives first (the one-word negative)
LEXICON: tuple[tuple[str, str], ...] = (
    ("المنزل", "the house"), ("البيت", "the house"), ("الله", "God"), ("اليوم", "today"), ("الآن", "now"),
    ("كتاب", "book"), ("الماء", "the water"), ("المدرسة", "the school"), ("يريد", "he wants"), ("أريد", "I want"),
    ("كان", "was"), ("كانت", "she was"), ("يوم", "day"), ("كل", "every, all"), ("لماذا", "why"), ("هل", "question particle"),
    ("ليس", "is not"), ("عندما", "when"), ("مع", "with"), ("على", "on"), ("إلى", "to"), ("من", "from, of"), ("في", "in"),
    ("لا", "no, not"), ("أن", "that"), ("و", "and"),
)


def half(bank: Sequence[str], split: str) -> Sequence[str]:
    """The entries of a bank one half may use: even ones for tuned threads, odd ones for held-out threads."""
    return bank[0::2] if split == "tuned" else bank[1::2]


class Writer(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its wordings from this round's banks and settings."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self.ex = p.example

    def pick(self, bank: str) -> str:
        return self.rng.choice(list(half(BANKS[bank], self.p.split)))

    def ctx(self, setting: str) -> str:
        return self.rng.choice(list(half(SETTINGS[setting], self.p.split)))

    def say(self, parent: str | None, author: str, *pieces: Piece) -> str:
        cid = f"c{len(self.rows) + 1}"
        self.rows.append([cid, parent, author, _blind.joined(cid, pieces, self.spans, self.texts)])
        return cid

    @property
    def arabic(self) -> str:
        """The passage of :attr:`ex` (a shape may put another example there), on one line."""
        return " ".join(a.strip() for a in self.ex.arabic)

    @property
    def english(self) -> str:
        return " ".join(e.strip() for e in self.ex.english)

    @property
    def other(self) -> str:
        return self.ex.other[0].strip()

    def prefer(self, wanted: Callable[[str, str], bool]) -> None:
        """Swap the thread's pair for a pair of the same part that ``wanted(arabic, english)`` holds (a
        one-sentence shape about a habit only some sentences allow); kept when it already fits or none is found."""
        if wanted(self.arabic, self.english):
            return
        others = {o.strip() for o in (*self.ex.other, self.ex.unrelated)}
        for _ in range(400):
            arabic, english = self.p.pool[self.rng.randrange(len(self.p.pool))]
            if wanted(arabic.strip(), english.strip()) and english.strip() not in others and arabic.strip() not in others:
                self.ex = Example([arabic], [english], self.ex.other, self.ex.unrelated)
                return

    def item(self, arabic: str, translation: str | None, partial: bool = False, continued: Sequence[str] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, translation, partial, continued))


def dialect(english: str, split: str, glossed: bool) -> str:
    """The translation with one everyday word left in Egyptian Arabizi (glossed inline in brackets when
    ``glossed``), the first word of :data:`DIALECT` it holds; unchanged when it holds none."""
    for eng, dia in DIALECT:
        m = re.search(rf"\b{re.escape(eng)}\b", english, flags=re.IGNORECASE)
        if m:
            forms = half(GLOSS, split)
            form = forms[len(english) % len(forms)] if glossed else "{d}"
            return english[: m.start()] + form.format(d=dia, e=m.group(0)) + english[m.end() :]
    return english


def keep_names(english: str, arabic: str) -> str:
    """The translation with each name of :data:`NAMES` that both sides hold left in Arabic script."""
    for eng, ara in NAMES:
        if ara in arabic:
            english = re.sub(rf"\b{eng}\b", ara, english)
    return english


#: Each English word of :data:`DIALECT` as a whole word, in any case: one pattern, compiled once (a shape that prefers
#: dialect tries up to 400 pairs, and a pattern per word built and looked up in ``re``'s cache each time cost seconds).
_DIALECT_WORDS = re.compile("|".join(rf"\b{re.escape(eng)}\b" for eng, _ in DIALECT), flags=re.IGNORECASE)


def has_dialect(english: str) -> bool:
    """The English holds a word of :data:`DIALECT`."""
    return _DIALECT_WORDS.search(english) is not None


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation ``want``: nothing around it, the same words up to white space, case, a
    numbered point's marker, Eastern Arabic digits, and one everyday word left in Arabizi (glossed or not)."""
    if gold != gold.strip():
        return False
    g = _POINT.sub(" ", gold).translate(WESTERN)
    for eng, ara in NAMES:
        g = g.replace(ara, eng)
    g = _blind.flat(g).lower()
    w = _blind.flat(" ".join(want)).lower()
    if g == w:
        return True
    for eng, dia in DIALECT:
        for form in (*GLOSS, "{d}"):
            kept = form.format(d=dia, e=eng).lower()
            if kept in g and g.replace(kept, eng.lower(), 1) == w:
                return True
    return False


def other_pair(w: Writer) -> tuple[str, str]:
    """Another pair of the part, its Arabic and English apart from the thread's own."""
    own = {t.strip() for t in (*w.ex.arabic, *w.ex.english, *w.ex.other)}
    flat_own = _blind.flat(w.arabic)
    while True:
        arabic, english = w.p.pool[w.rng.randrange(len(w.p.pool))]
        if arabic.strip() not in own and english.strip() not in own and _blind.flat(arabic) != flat_own:
            return arabic.strip(), english.strip()


# ---- positives ---------------------------------------------------------------------------------


def fire_lead(w: Writer) -> None:
    """Volunteer firefighters: asked, the author answers under a lead nobody lists."""
    c1 = w.say(None, "Capt_Haddad", w.ctx("fire") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "probie_mike", w.pick("request"))
    c3 = w.say(c2, "Capt_Haddad", w.pick("lead") + " ", ("en", w.english))
    w.say(c3, "probie_mike", w.pick("chat2"))
    w.item("ar", "en")


def food_plain_under(w: Writer) -> None:
    """Food bank: a volunteer's reply straight under the Arabic is only the translation."""
    c1 = w.say(None, "Umm Yusuf", w.ctx("food") + "\n\n", ("ar", w.arabic))
    w.say(c1, "dan.volunteer", ("en", w.english))
    w.say(c1, "Bea (Tuesdays)", w.pick("chat"))
    w.item("ar", "en")


def tenant_two_down(w: Writer) -> None:
    """Tenant union: chatter, a reply to it, then a plain reply that is only the translation."""
    c1 = w.say(None, "flat_3C", w.ctx("tenant") + " ", ("ar", w.arabic))
    c2 = w.say(c1, "Marguerite", w.pick("chat"))
    c3 = w.say(c2, "ozzie_2A", w.pick("chat2"))
    w.say(c3, "Rasha", ("en", w.english))
    w.item("ar", "en")


def pta_bracket(w: Writer) -> None:
    """School PTA board: the translation in the same comment, labelled in brackets."""
    w.say(None, "Mrs. Aziz (Y3 rep)", w.ctx("pta") + "\n", ("ar", w.arabic), "\n\n" + w.pick("bracket") + " ", ("en", w.english))
    w.item("ar", "en")


def quilt_bold(w: Writer) -> None:
    """Quilting circle: a reply whose markdown label is bold."""
    c1 = w.say(None, "quiltingnana", w.ctx("quilt") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "patchwork_pam", w.pick("request"))
    w.say(c2, "Hiba S.", w.pick("bold") + " ", ("en", w.english), w.pick("emoji"))
    w.item("ar", "en")


def bread_dialect(w: Writer) -> None:
    """Sourdough forum: the translation keeps an everyday Egyptian word as it is."""
    w.prefer(lambda _, english: has_dialect(english))
    c1 = w.say(None, "crumbshot", w.ctx("bread") + "\n", ("ar", w.arabic))
    w.say(c1, "Mai_bakes", ("en", dialect(w.english, w.p.split, glossed=False)))
    w.item("ar", "en")


def hike_gloss(w: Writer) -> None:
    """Hiking club: an everyday word kept in Arabizi, glossed inline."""
    w.prefer(lambda _, english: has_dialect(english))
    c1 = w.say(None, "trail_ahmed", w.ctx("hike") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "Gwen", w.pick("request"))
    w.say(c2, "trail_ahmed", w.pick("lead") + " ", ("en", dialect(w.english, w.p.split, glossed=True)))
    w.item("ar", "en")


def film_partial(w: Writer) -> None:
    """Film photography: only the first sentence translated, a note saying why."""
    c1 = w.say(None, "35mm_nadia", w.ctx("film") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "grainlover", w.pick("request"))
    w.say(c2, "35mm_nadia", ("en", w.ex.english[0].strip()), " " + w.pick("partial"))
    w.item("ar", "en", partial=True)


def car_unasked(w: Writer) -> None:
    """Vintage cars: asked of the author, answered by a third person who was not asked."""
    c1 = w.say(None, "benz_w114", w.ctx("car") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "rusty_pete", "@benz_w114 " + w.pick("request"))
    w.say(c1, "Walid.R", w.pick("unasked") + " ", ("en", w.english))
    w.say(c2, "benz_w114", w.pick("chat2"))
    w.item("ar", "en")


def tea_numbers(w: Writer) -> None:
    """Tea forum: the translation keeps the names in Arabic script and the digits Eastern Arabic."""
    w.prefer(lambda arabic, english: bool(_DIGIT.search(english)) or keep_names(english, arabic) != english)
    c1 = w.say(None, "oolong_omar", w.ctx("tea") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "gyokuro_jen", w.pick("request"))
    w.say(c2, "oolong_omar", ("en", keep_names(w.english, w.arabic).translate(EASTERN)))
    w.item("ar", "en")


def rv_rule(w: Writer) -> None:
    """Caravan owners: the translation in the same comment, under a horizontal rule."""
    w.say(None, "AirstreamAmal", w.ctx("rv") + "\n\n", ("ar", w.arabic), "\n\n" + w.pick("rule") + "\n\n", ("en", w.english))
    w.item("ar", "en")


def sail_points(w: Writer) -> None:
    """Sailing club: a two-sentence notice translated point by point in one reply."""
    c1 = w.say(None, "harbour_hassan", w.ctx("sail") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "skipper_sue", w.pick("request"))
    mark = w.pick("points")
    second = mark.replace("1", "2")
    body = w.ex.english[0].strip() + "\n" + second + " " + w.ex.english[1].strip()
    w.say(c2, "harbour_hassan", w.pick("gist_num") + "\n" + mark + " ", ("en", body))
    w.item("ar", "en")


def allot_split(w: Writer) -> None:
    """Allotments: a two-sentence note translated over two numbered replies."""
    c1 = w.say(None, "plot12_fatma", w.ctx("allot") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "plot12_fatma", "1/2 ", ("en", w.ex.english[0].strip()))
    w.say(c2, "plot12_fatma", "2/2 ", ("en2", w.ex.english[1].strip()))
    w.item("ar", "en", continued=["en2"])


def bind_other_passage(w: Writer) -> None:
    """Bookbinding: two inscriptions; a reply under the first, introduced as "translation:", translates the second."""
    arabic2, english2 = other_pair(w)
    c1 = w.say(None, "marbled_endpapers", w.ctx("bind") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "Yara_binds", w.pick("second") + "\n", ("ar2", arabic2))
    if w.rng.random() < 0.5:
        w.say(c2, "glue_and_thread", w.pick("translabel") + " ", ("en2", english2))
    else:
        w.say(c1, "glue_and_thread", "@Yara_binds " + w.pick("translabel") + " ", ("en2", english2))
    w.item("ar", None)
    w.item("ar2", "en2")


def climb_decorated(w: Writer) -> None:
    """Climbing gym: handle, emoji and sign-off around a plain translation."""
    c1 = w.say(None, "setter_ziad", w.ctx("climb") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "crimpqueen", w.pick("request"))
    w.say(c2, "Rana_frontdesk", "@crimpqueen ", ("en", w.english), w.pick("emoji"), w.pick("signoff"))
    w.item("ar", "en")


def theatre_doubt(w: Writer) -> None:
    """Amateur theatre: a lead, the translation, then a note of doubt."""
    c1 = w.say(None, "director_leila", w.ctx("theatre") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "stage_mgr_tom", w.pick("request"))
    w.say(c2, "director_leila", w.pick("lead") + " ", ("en", w.english), " " + w.pick("doubt"))
    w.item("ar", "en")


def choir_later(w: Writer) -> None:
    """Choir board: the author's later top-level comment, no reply link."""
    c1 = w.say(None, "alto_mariam", w.ctx("choir") + "\n", ("ar", w.arabic))
    w.say(c1, "bass_george", w.pick("chat"))
    w.say(None, "tenor_raj", w.pick("chat"))
    w.say(None, "alto_mariam", w.pick("later") + " ", ("en", w.english))
    w.item("ar", "en")


def science_quoted(w: Writer) -> None:
    """Citizen science: the translation inside quotation marks after a lead."""
    c1 = w.say(None, "specimen_sami", w.ctx("science") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "volunteer_kate", w.pick("request"))
    opening, closing = w.rng.choice([("\u201c", "\u201d"), ('"', '"')])
    w.say(c2, "specimen_sami", w.pick("quoted") + " " + opening, ("en", w.english), closing)
    w.item("ar", "en")


def retro_question(w: Writer) -> None:
    """Retro computing: the translation, then a question to the group in the same reply."""
    c1 = w.say(None, "amiga_adel", w.ctx("retro") + "\n", ("ar", w.arabic))
    w.say(c1, "amiga_adel", ("en", w.english), "\n\n" + w.pick("question"))
    w.item("ar", "en")


def coop_before(w: Writer) -> None:
    """Housing co-op board: English first, the Arabic below it in the same comment."""
    w.say(None, "coop_secretary", w.pick("first_en") + "\n\n", ("en", w.english), "\n\n" + w.pick("original") + "\n", ("ar", w.arabic))
    w.item("ar", "en")


def forage_chatlead(w: Writer) -> None:
    """Mushroom foraging: a reply answering someone, then the translation behind a lead."""
    c1 = w.say(None, "chanterelle_chris", w.ctx("forage") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "fungi_fiona", w.pick("request"))
    w.say(c2, "Basma", w.pick("chatlead") + " ", ("en", w.english))
    w.item("ar", "en")


def brew_edit(w: Writer) -> None:
    """Home brewing: the author edits the post to add the translation."""
    w.say(None, "hopsandhabibi", w.ctx("brew") + "\n", ("ar", w.arabic), "\n\n" + w.pick("edit") + " ", ("en", w.english))
    w.item("ar", "en")


# ---- negatives ---------------------------------------------------------------------------------


def radio_not_there(w: Writer) -> None:
    """Community radio: "Translation of ..." under the Arabic, of something not in the thread."""
    c1 = w.say(None, "night_show_dj", w.ctx("radio") + "\n", ("ar", w.arabic))
    w.say(c1, "producer_ana", w.pick("notthere") + " " + w.other)
    w.item("ar", None)


def beach_names(w: Writer) -> None:
    """Beach cleanup: a reply sharing only the names in the Arabic."""
    w.prefer(lambda _, english: bool(_NAME.search(english)))
    c1 = w.say(None, "shore_sara", w.ctx("beach") + "\n", ("ar", w.arabic))
    names = _NAME.findall(w.english)
    text = w.pick("names").format(n=names[0]) if names else w.pick("nonames")
    w.say(c1, "bagsandgloves", text)
    w.item("ar", None)


def kite_context(w: Writer) -> None:
    """Kite festival: a reply explaining where the line is said, not what it means."""
    c1 = w.say(None, "kite_karim", w.ctx("kite") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "stringtheory", w.pick("request"))
    w.say(c2, "Noura", w.pick("context"))
    w.item("ar", None)


def cheese_askown(w: Writer) -> None:
    """Cheese making: a reply asking for a translation of its own, with someone's guess at it."""
    c1 = w.say(None, "curd_nerd", w.ctx("cheese") + "\n", ("ar", w.arabic))
    w.say(c1, "feta_fan", w.pick("askown") + " '" + w.other + "' " + w.pick("guess"))
    w.item("ar", None)


def rocket_dict(w: Writer) -> None:
    """Model rockets: the dictionary meaning of one word of the Arabic."""
    c1 = w.say(None, "launch_laila", w.ctx("rocket") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "estes_ed", w.pick("request"))
    found = re.findall(r"[\u0621-\u064A]+", w.arabic) or w.arabic.split()
    word, meaning = next(((a, e) for a, e in LEXICON if a in found), (max(found, key=len), "a whole column of senses"))
    w.say(c2, "Omar_T", w.pick("dict").format(w=word, e=meaning))
    w.item("ar", None)


def blood_sarcasm(w: Writer) -> None:
    """Blood donors: a sarcastic thanks for a translation nobody gave."""
    c1 = w.say(None, "donor_drive_dina", w.ctx("blood") + "\n", ("ar", w.arabic))
    c2 = w.say(c1, "o_negative_oli", w.pick("request"))
    w.say(c2, "o_negative_oli", w.pick("sarcasm"))
    w.item("ar", None)


def ferry_mt(w: Writer) -> None:
    """Ferry commuters: a complaint about machine translation, no translation."""
    c1 = w.say(None, "pier7_youssef", w.ctx("ferry") + "\n", ("ar", w.arabic))
    w.say(c1, "commuter_claire", w.pick("mt"))
    w.item("ar", None)


def orient_answer(w: Writer) -> None:
    """Orienteering: a reply in English answering what the Arabic asked."""
    c1 = w.say(None, "compass_kamal", w.ctx("orient") + "\n", ("ar", w.arabic))
    w.say(c1, "flag_finder", w.pick("answer"))
    w.item("ar", None)


def soap_plain_other(w: Writer) -> None:
    """Soap making: a plain English reply straight under the Arabic, of other words."""
    c1 = w.say(None, "lye_lady_lubna", w.ctx("soap") + "\n", ("ar", w.arabic))
    w.say(c1, "castile_carl", w.other)
    w.item("ar", None)


def typewriter_rule(w: Writer) -> None:
    """Typewriter collectors: English under a horizontal rule that is a note, not a translation."""
    w.say(None, "olivetti_osama", w.ctx("typewriter") + "\n\n", ("ar", w.arabic), "\n\n" + w.pick("rule") + "\n\n" + w.pick("plain"))
    w.item("ar", None)


def dance_promise(w: Writer) -> None:
    """Folk dance troupe: an English label with no translation after it."""
    w.say(None, "dabke_dalia", w.ctx("dance") + "\n", ("ar", w.arabic), "\n\n" + w.pick("bold") + " " + w.pick("promise"))
    w.item("ar", None)


def dig_agenda(w: Writer) -> None:
    """Archaeology dig: numbered English points after the Arabic, an agenda."""
    w.say(None, "trench_b_tamer", w.ctx("dig") + "\n", ("ar", w.arabic), "\n\nAgenda:\n" + w.pick("agenda"))
    w.item("ar", None)


SHAPES: dict[str, tuple[Callable[..., None], int, str]] = {
    "firefighters: unlisted lead after a request": (fire_lead, 1, "pos"),
    "food bank: plain translation straight under": (food_plain_under, 1, "pos"),
    "tenant union: plain translation two replies down": (tenant_two_down, 1, "pos"),
    "PTA board: bracket label, same comment": (pta_bracket, 1, "pos"),
    "quilting: bold markdown label": (quilt_bold, 1, "pos"),
    "sourdough: dialect word left untranslated": (bread_dialect, 1, "pos"),
    "hiking club: dialect word glossed inline": (hike_gloss, 1, "pos"),
    "film photography: partial with a note": (film_partial, 2, "pos"),
    "vintage cars: unasked third person": (car_unasked, 1, "pos"),
    "tea forum: Arabic digits kept": (tea_numbers, 1, "pos"),
    "caravan owners: under a horizontal rule": (rv_rule, 1, "pos"),
    "sailing club: numbered points, one reply": (sail_points, 2, "pos"),
    "allotments: numbered points, two replies": (allot_split, 2, "pos"),
    "bookbinding: 'translation:' of the other passage": (bind_other_passage, 1, "pos"),
    "climbing gym: handle, emoji, sign-off": (climb_decorated, 1, "pos"),
    "amateur theatre: lead and a note of doubt": (theatre_doubt, 1, "pos"),
    "choir: author's later top-level comment": (choir_later, 1, "pos"),
    "citizen science: in quotation marks": (science_quoted, 1, "pos"),
    "retro computing: translation then a question": (retro_question, 1, "pos"),
    "housing co-op: English before the Arabic": (coop_before, 1, "pos"),
    "foraging: answer to someone, then a lead": (forage_chatlead, 1, "pos"),
    "home brewing: edit adds the translation": (brew_edit, 1, "pos"),
    "community radio: translation of something absent": (radio_not_there, 1, "neg"),
    "beach cleanup: names only": (beach_names, 1, "neg"),
    "kite festival: context explained": (kite_context, 1, "neg"),
    "cheese making: asks for a translation of its own": (cheese_askown, 1, "neg"),
    "model rockets: one word's dictionary meaning": (rocket_dict, 1, "neg"),
    "blood donors: sarcastic thanks": (blood_sarcasm, 1, "neg"),
    "ferry commuters: machine translation complaint": (ferry_mt, 1, "neg"),
    "orienteering: English answer to the Arabic": (orient_answer, 1, "neg"),
    "soap making: plain unrelated reply under": (soap_plain_other, 1, "neg"),
    "typewriters: note under a horizontal rule": (typewriter_rule, 1, "neg"),
    "folk dance: label, translation promised": (dance_promise, 1, "neg"),
    "archaeology dig: numbered agenda": (dig_agenda, 1, "neg"),
}


def check_banks() -> None:
    """No phrase is in both halves: no held-out entry (of 12 characters or more) is inside a tuned one,
    nor the other way round, and every bank gives each half something."""
    tuned = [p.strip() for bank in (*BANKS.values(), *SETTINGS.values()) for p in half(bank, "tuned")]
    held = [p.strip() for bank in (*BANKS.values(), *SETTINGS.values()) for p in half(bank, "held-out")]
    for name, bank in (*BANKS.items(), *SETTINGS.items()):
        if len(bank) < 2:
            raise AssertionError(f"bank {name} has no held-out entry")
    for a, others in ((held, tuned), (tuned, held)):
        for phrase in a:
            if len(phrase) >= 12 and any(phrase in o for o in others):
                raise AssertionError(f"{phrase!r} is in both halves")
    for phrase in held:
        if phrase in tuned:
            raise AssertionError(f"{phrase!r} is in both halves")


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every gold span, its parts joined where a translation is split over comments, is its translation by
    :func:`same` (:func:`_blind.check_gold_parts`). Raises AssertionError naming the thread."""
    _blind.check_gold_parts(threads, sources, same)


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
