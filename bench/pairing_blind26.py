"""Round 26 of pairing's development set: real (Arabic, English) pairs set in comment threads of
settings no earlier round used (real-estate listings, admission forums, hospital reviews, car forums,
wedding boards, pet adoption pages, trail reviews, local news comments, hotel Q&A, open-courseware
subtitles, fundraisers, esports threads, bookshops, language meetups, fishing, astronomy, perfume,
coffee, cycling clubs, tailors, chess clubs, aquarium keepers, beekeepers, plant swaps, vintage
watches, knitting circles, running clubs, souk trip albums, tea houses), written blind.

About two thirds of the shapes are positive (a commenter's translation is in the thread: the gold
span is exactly the translation, leads, notes, handles, emoji and sign-offs left out) and one third
negative (English that looks as if it might translate the Arabic and does not). Every phrase bank
is cut between the halves: even entries for tuned threads, odd entries for held-out ones.

    python bench/pairing_blind26.py [--out PATH] [--tuned N] [--held-out N]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import _blind  # bench/_blind.py, beside this file
from _blind import Pairs, Piece, Planned

SEED = 2626
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round26.jsonl"
ILLEGIBLE = " ... [illegible] ... "

# Every bank: even entries words tuned threads, odd entries held-out ones.
BANKS: dict[str, list[str]] = {
    "listing_lead": [
        "For buyers who don't read Arabic, the owner's note: ",
        "English version of the landlord's message for the expats here: ",
        "Owner asked me to put it in English too -> ",
        "Non-Arabic speakers, here is what the seller wrote ~ ",
    ],
    "listing_tail": [
        "\n\nViewing on weekends only, DM for the floor plan.",
        "\n\nKeys available from the caretaker, ask for the ground floor flat.",
        "\n\nNo agents please, direct from owner.",
        "\n\nPrice is negotiable for a long lease.",
    ],
    "admission_q": [
        "Got this from the registrar office, anyone know what it means for transfer students?",
        "Is this about the scholarship deadline? The portal only shows it like this.",
        "My offer letter came with this paragraph, can someone help before I reply",
        "This was pinned on the faculty page today, what is it saying??",
    ],
    "hospital_ask": [
        "Can someone translate this review please, thinking of booking the clinic",
        "what does the top review say? google translate gives nonsense",
        "Anyone able to put this one into English? My dad is going there next week",
        "Translation of this review would help a lot, thanks in advance!",
    ],
    "hospital_more": [
        "(cont.)",
        "...and the rest:",
        "second half ->",
        "part 2 of it:",
    ],
    "car_note": [
        " (not perfect, my Arabic is rusty)",
        " (rough, someone correct me)",
        " (not word for word)",
        " (more or less, the dialect threw me)",
    ],
    "car_ask": [
        "What does the seller say about the gearbox here? Arabic only listing",
        "mechanic left this note on my invoice, translation?",
        "Found this on a forum about the same engine, anyone read Arabic?",
        "Is this a warning or just advice? Sticker on the imported bumper",
    ],
    "wedding_after": [
        " — rough translation, my cousin wrote it for the card",
        " is roughly how it goes, we're printing it on the menus",
        " — that's the English we agreed on with the venue",
        " (my aunt's wording, not mine)",
    ],
    "pet_note": [
        "\n\n(I couldn't read the last part of the handwriting, sorry, the second sentence is missing)",
        "\n\nThe second sentence on the card is smudged so I left it out.",
        "\n\n^ only the first line, the rest of the note got wet and I can't make it out",
        "\n\nDidn't translate the ending, the photo is too blurry there.",
    ],
    "pet_ask": [
        "The shelter's card about Miso is in Arabic, what does it say? Thinking of adopting",
        "Can anyone read the foster's note on the kennel? Adopting this weekend hopefully",
        "Rescue sent me this with the adoption papers, help me read it pls",
        "What's written on the collar tag note? We found him near the park",
    ],
    "grandma_lead": [
        "ok so my grandma says something like ",
        "my teta always tells me, I think it goes like ",
        "my grandmother's version would be roughly ",
        "growing up my mom would say something like ",
    ],
    "grandma_tail": [
        " I think? my arabic is kitchen arabic tbh",
        " ... or close to that, I only speak it at home",
        " I'm pretty sure, second gen here so take it with salt",
        " if I remember it right lol",
    ],
    "sign_ask": [
        "What does the sign in the photo say? Posted at the entrance of the park",
        "can someone tell me what the banner says, next to the new roundabout",
        "Photo of the notice on the council door, what does it say?",
        "What's written on that board by the bus stop?",
    ],
    "sign_lead": [
        "It says: ",
        "The sign reads: ",
        "Board says ",
        "It reads ",
    ],
    "hotel_comment": [
        " Honestly that's what every hotel around the old town says though, we had the opposite experience in March.",
        " Funny because when we stayed the manager told us the exact opposite at check in.",
        " No idea why they posted that in the Q&A, it has nothing to do with the pool question.",
        " Sounds nice on paper but the reception desk never replied to our emails.",
    ],
    "hotel_ask": [
        "Someone answered my question about breakfast in Arabic, what did they say?",
        "The owner replied in Arabic, could someone put it in English",
        "Can anybody translate the hotel's response?",
        "What is the management saying here?",
    ],
    "speech_lead": [
        "she's saying '",
        "the lecturer says '",
        "at 12:40 he's saying \"",
        "she says, \"",
    ],
    "speech_ask": [
        "Subtitle missing at 12:40, what is the lecturer saying?",
        "The auto captions skip this line, what does she say here?",
        "No English subs for this segment, can anyone help",
        "What is she saying right before the slide changes?",
    ],
    "speech_tail": [
        "' — and then she moves on to the next slide",
        "' and then the video cuts",
        "\" (the audio is a bit quiet there)",
        "\" before the Q&A starts",
    ],
    "code_word": ["OK", "weekend", "sorry", "online", "deadline", "seriously"],
    "charity_lead": [
        "Translated for our donors: ",
        "For the English-speaking supporters — ",
        "Update from the family, in English: ",
        "Here's the message from the field team, translated: ",
    ],
    "charity_sign": [
        "\n\n— Team Hope 💛",
        "\n\nWith gratitude, the organisers",
        "\n\nThank you all, every share counts 🙏",
        "\n\n- on behalf of the volunteers",
    ],
    "esports_ask": [
        "what did the captain type in all chat after the second map?? screenshot above",
        "Anyone translate the coach's tweet from the screenshot",
        "What's the Arabic message on the victory screen?",
        "pls someone translate what he wrote in chat before the GG",
    ],
    "esports_lead": [
        "screenshot is blurry but: ",
        "best I can read: ",
        "from the clip: ",
        "he wrote ",
    ],
    "book_lead": [
        "The back cover blurb: ",
        "Quote from chapter two: ",
        "The dedication on the first page: ",
        "Line the shop owner wrote on the bookmark: ",
    ],
    "book_tr": [
        "translation of the second one: ",
        "2nd quote in English: ",
        "the other one means ",
        "that one says ",
    ],
    "meetup_lead": [
        "heres teh translaton for evryone who asked: ",
        "transaltion for the non arabic speakers lol: ",
        "for the englsh group, it sais: ",
        "quick translatoin: ",
    ],
    "meetup_tail": [
        " 😊 @sara_organiser",
        " see u all thursday!! 🎉",
        " cc @meetup_host",
        " ☕️ see you at the café",
    ],
    "fish_handle": ["@abu_khalid ", "@reelman_77 ", "@sea_bass_sami ", "@nile_angler "],
    "fish_sign": [" tight lines!", " good luck out there 🎣", " cheers, Tom", " 🐟🐟"],
    "astro_ask": [
        "Two comments on my photo of the comet are in Arabic, can someone translate?",
        "What are these two saying under my Saturn shot?",
        "Got Arabic comments on my nebula image, translations appreciated",
        "Could anyone read these replies on my eclipse post?",
    ],
    "astro_lead": [
        "The second one says: ",
        "Second comment: ",
        "Bottom one is ",
        "The later reply means ",
    ],
    "astro_skip": [
        "(the first one I can't help with, different dialect)",
        "no idea about the first one sorry",
        "(other one is beyond me)",
        "can't do the top one",
    ],
    "perfume_emoji": ["🌹 ", "✨ ", "🌸🌸 ", "💐 "],
    "perfume_after": [" 🌹", " ✨✨", " 🌸", " 💐💐"],
    "coffee_ask": [
        "What did my Jordanian friend write about the cardamom? He put it in Arabic",
        "Grandpa's note on how to brew it, can anyone read?",
        "What's the roaster saying in this comment?",
        "Could someone translate this bit about the coffee pot",
    ],
    "coffee_note": [
        "\n\nThat's the gist of it.",
        "\n\nHope that helps with the brewing!",
        "\n\nClassic advice honestly",
        "\n\nMy dad says the same thing every morning.",
    ],
    "cycle_lead": ["translation: ", "Translation - ", "English: ", "Translated: "],
    "cycle_edit": [
        "\n\nEDIT: fixed a word, thanks @pedal_hana",
        "\n\nedit: typo",
        "\n\nEdit — changed one word after Karim's message",
        "\n\n(edited for a spelling mistake)",
    ],
    "tailor_lead": [
        "Translating for my mum who owns the shop: ",
        "My uncle runs the tailoring shop, he says: ",
        "From the owner (I'm his daughter, translating): ",
        "My mum asked me to reply in English: ",
    ],
    "tailor_sign": [
        " — she says thank you all x",
        " — he's very grateful for the reviews",
        " (she reads every comment!)",
        " Thanks again from the whole family",
    ],
    "chess_ask": [
        "What's the quote in your signature? Looks cool",
        "english please? :)",
        "translate for the rest of the club?",
        "what does that mean? the opening thread is in English",
    ],
    "chess_own": [
        "oh sorry! it means: ",
        "Ah my bad — ",
        "sure, roughly: ",
        "haha sorry, in English: ",
    ],
    "aqua_below": [
        "Translation below 👇",
        "English in the next comment",
        "translating in a reply so it's not too long",
        "(translation in the reply)",
    ],
    "bee_lead": [
        "Translated line by line:\n",
        "In English:\n",
        "My attempt:\n",
        "Here it is:\n",
    ],
    "bee_tail": [
        "\n\n🐝 happy beekeeping",
        "\n\nHope your hive does well!",
        "\n\nBee safe 🐝",
        "\n\nFingers crossed for the queen.",
    ],
    "plant_q": [
        "Swap note from my neighbour, translation needed 🌱",
        "Cutting came with this tag, anyone?",
        "Care note for the fig tree, what's it say?",
        "What does the seed packet say?",
    ],
    "plant_lead": [
        "The tag says\n",
        "Tag:\n",
        "Packet reads\n",
        "Note says\n",
    ],
    "watch_bracket_lead": [
        "Engraving on the caseback: ",
        "Seller's description: ",
        "The dedication inside: ",
        "Back of the box reads: ",
    ],
    "knit_lead": [
        "Pattern note from the Egyptian group, English before the original:\n",
        "Translation first then the original for the Arabic readers:\n",
        "English (then Arabic below for those who want it):\n",
        "Here's the note in both:\n",
    ],
    "run_quote_tail": [
        "\n\nthat's what the coach wrote in the group",
        "\n\n— from the captain's message",
        "\n\nCoach's words, not mine 😅",
        "\n\n(from the pinned post)",
    ],
    # negatives
    "retell": [
        "So basically this guy is going on about the {a} and the {b}, typical of that neighbourhood. Honestly I'd ignore it.",
        "Lol she's complaining about {a} again, and something about {b}. Some people are never happy.",
        "He's telling the whole story of the {a} and the {b} like anyone asked, classic uncle behaviour.",
        "From what I gather he's mad about {a} and blames {b}. I don't buy it tbh.",
    ],
    "hashtag_reply": [
        "the hashtag just means '{h}' btw",
        "#{h} is what the tag says",
        "hashtag = {h}",
        "the tag at the end translates to '{h}'",
    ],
    "quote_other_tail": [
        "\n\nThis. 100% this.",
        "\n\nCouldn't agree more with this comment",
        "\n\n^ exactly what I was going to say",
        "\n\nWell said!",
    ],
    "repeat_ask": [
        "Can someone translate this please?",
        "translation?? 🙏",
        "Would love to know what this says",
        "English please anyone?",
    ],
    "repeat_again": [
        "+1 also want to know what it says",
        "bump, same question",
        "Seconding the request for a translation!",
        "still waiting on a translation here 😅",
    ],
    "arabizi_joke": [
        "hahaha ya3ni eh el kalam da 😂 el mo2allef ma3rafsh",
        "wallahi ana mesh fahem 7aga 😂😂",
        "lol 3amel nafso faylasoof 😂",
        "ya 3am 7aram 3aleik 😂 eh da",
    ],
    "rebuttal": [
        "No, that's not how it works. ",
        "Completely disagree. ",
        "This is misleading. ",
        "Source? Because ",
    ],
    "else_lead": [
        "No idea sorry, but about the parking question: ",
        "can't read it, but re the opening hours — ",
        "Not sure about that one. For the route though: ",
        "Don't know Arabic, but to answer the earlier question: ",
    ],
    "different_lead": [
        "Translation of the caption on the second photo: ",
        "The other post (the one about the mountain) says: ",
        "For the first picture in the album: ",
        "The sticker on the box (not the letter) says ",
    ],
    "gloss": [
        "«{w}» just means '{e}' I think",
        "{w} = {e}",
        "the word {w} is '{e}' if that helps",
        "I only know {w}, it's like '{e}'",
    ],
    "number_reply": [
        "{n} out of 10 from me too, great stay. ",
        "We were {n} people in the group and nobody complained. ",
        "Page {n} of the manual covers that. ",
        "Took us {n} hours from the trailhead. ",
    ],
    "summary": [
        "Summary for the non-Arabic folks: it's a positive review, mostly about the service.",
        "tl;dr they liked it but thought it was a bit expensive",
        "Gist: he's not happy with the delivery times, that's all.",
        "Basically a complaint about the staff, nothing about the product itself.",
    ],
    "hashtags": [
        "خليك_في_البيت|stay at home",
        "صباح_الخير|good morning",
        "رمضان_كريم|Ramadan Kareem",
        "جمعة_مباركة|blessed Friday",
        "عيد_سعيد|happy Eid",
        "الحمد_لله|thank God",
    ],
    "names": [
        "Layla_H", "MarkTheMechanic", "dr_salma", "JoJo_runs", "hiker_amir", "NadiaK",
        "ollie.b", "Rami88", "gardengirl", "tarek.s", "Priya_V", "yousef_astro",
    ],
}


def check_banks() -> None:
    """Every bank has words for both halves, and no phrase is in both (nor one half's phrase inside
    the other's). Raises AssertionError naming the bank."""
    tuned = [p for bank in BANKS.values() for p in bank[0::2]]
    held = [p for bank in BANKS.values() for p in bank[1::2]]
    for name, bank in BANKS.items():
        if len(bank) < 2:
            raise AssertionError(f"bank {name} cannot be cut")
    for p in held:
        if len(p.strip()) >= 12 and any(p.strip() in q for q in tuned):
            raise AssertionError(f"held-out phrase {p!r} is in a tuned one")
    for q in tuned:
        if len(q.strip()) >= 12 and any(q.strip() in p for p in held):
            raise AssertionError(f"tuned phrase {q!r} is in a held-out one")


class T(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its wordings and names from this round's banks."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self.ex = p.example
        self._names = list(BANKS["names"][0::2] if p.split == "tuned" else BANKS["names"][1::2])
        self.rng.shuffle(self._names)

    def say(self, bank: str) -> str:
        words = BANKS[bank][0::2] if self.p.split == "tuned" else BANKS[bank][1::2]
        return self.rng.choice(words)

    def who(self, k: int) -> str:
        return self._names[k % len(self._names)]

    def post(self, parent: str | None, author: int | str, pieces: Sequence[Piece]) -> str:
        cid = f"c{len(self.rows) + 1}"
        text = _blind.joined(cid, pieces, self.spans, self.texts)
        self.rows.append([cid, parent, author if isinstance(author, str) else self.who(author), text])
        return cid

    def item(self, arabic: str, translation: str | None, partial: bool = False, continued: Sequence[str] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, translation, partial, continued))

    def two(self, tuned: str, held_out: str) -> str:
        """A fixed wording of a shape, cut between the halves like the banks."""
        return tuned if self.p.split == "tuned" else held_out

    @property
    def ar(self) -> str:
        return " ".join(self.ex.arabic)

    @property
    def en(self) -> str:
        return " ".join(self.ex.english)


# ---- positive shapes -----------------------------------------------------------------------------


def realestate_before(t: T) -> None:
    """A listing comment: the English first, then the owner's Arabic, in one comment."""
    c = t.post(None, 0, [t.say("listing_lead"), ("en", t.en), "\n\n", ("ar", t.ar), t.say("listing_tail")])
    t.post(c, 1, [t.two("Is parking included?", "does the rent cover water and electricity")])
    t.item("ar", "en")


def admission_brackets(t: T) -> None:
    """The Arabic with its translation in brackets right after it, in a reply that quotes the office."""
    c = t.post(None, 0, [t.say("admission_q")])
    t.post(c, 1, [("ar", t.ar), t.two(" (", " ["), ("en", t.en), t.two(")", "]")])
    t.item("ar", "en")


def hospital_split(t: T) -> None:
    """A review; the translation of its two sentences split over two replies by the same person."""
    r = t.post(None, 0, [("ar", "\n".join(t.ex.arabic))])
    q = t.post(r, 1, [t.say("hospital_ask")])
    a = t.post(q, 2, [("en1", t.ex.english[0])])
    t.post(a, 2, [t.say("hospital_more"), " ", ("en2", t.ex.english[1])])
    t.item("ar", "en1", continued=["en2"])


def car_not_perfect(t: T) -> None:
    """'Translation:' and a '(not perfect)' note after it."""
    q = t.post(None, 0, [t.say("car_ask"), "\n\n", ("ar", t.ar)])
    t.post(q, 1, [t.two("Translation: ", "Translation:\n"), ("en", t.en), t.say("car_note")])
    t.item("ar", "en")


def wedding_quote_mark(t: T) -> None:
    """The translation in quote marks, then who wrote it."""
    c = t.post(None, 0, [t.two("Verse for the invitation, what do you all think?\n\n", "Our welcome line for the hall entrance:\n"), ("ar", t.ar)])
    t.post(c, 0, ["\"", ("en", t.en), "\"", t.say("wedding_after")])
    t.post(c, 1, [t.two("Beautiful, congratulations!", "mabrook!! 💍")])
    t.item("ar", "en")


def pet_partial(t: T) -> None:
    """Only the first sentence translated: the second could not be read (partial)."""
    q = t.post(None, 0, [t.say("pet_ask"), "\n", ("ar", t.ar)])
    t.post(q, 1, [("en", t.ex.english[0]), t.say("pet_note")])
    t.item("ar", "en", partial=True)


def trail_grandma(t: T) -> None:
    """A second-generation speaker's hedged translation: a lead and a hedge around it."""
    c = t.post(None, 0, [t.two("Carved on the bench at the summit viewpoint: ", "Painted on a rock near the waterfall loop -> "), ("ar", t.ar), t.two(" — what does it mean?", "")])
    t.post(c, 1, [t.say("grandma_lead"), ("en", t.en), t.say("grandma_tail")])
    t.item("ar", "en")


def news_sign(t: T) -> None:
    """'What does the sign say?' under a photo whose caption holds the sign's Arabic."""
    c = t.post(None, "LocalNewsDesk", [t.two("[photo] Sign put up overnight at the market square:\n", "PHOTO: new notice outside the old library\n\n"), ("ar", t.ar)])
    q = t.post(c, 0, [t.say("sign_ask")])
    t.post(q, 1, [t.say("sign_lead"), ("en", t.en)])
    t.item("ar", "en")


def hotel_then_comment(t: T) -> None:
    """The translation, then the translator's own opinion in the same paragraph."""
    c = t.post(None, "HotelManagement", [("ar", t.ar)])
    q = t.post(c, 0, [t.say("hotel_ask")])
    t.post(q, 1, [("en", t.en), t.say("hotel_comment")])
    t.item("ar", "en")


def ocw_speech(t: T) -> None:
    """The translation given as speech: she's saying '...'."""
    c = t.post(None, 0, [t.say("speech_ask"), t.two("\nAuto transcript: ", "\n[transcript] "), ("ar", t.ar)])
    t.post(c, 1, [t.say("speech_lead"), ("en", t.en), t.say("speech_tail")])
    t.item("ar", "en")


def charity_english_word(t: T) -> None:
    """An Arabic update with an English word inside it; the organisers' translation with a lead and sign-off."""
    words = t.ex.arabic[0].split(" ")
    at = 1 + t.rng.randrange(max(1, len(words) - 1))
    arabic = " ".join([*words[:at], t.say("code_word"), *words[at:]] + t.ex.arabic[1:])
    c = t.post(None, "HopeFundraiser", [t.two("Update from the family 🙏\n", "Latest news from the hospital:\n"), ("ar", arabic)])
    t.post(c, "HopeFundraiser", [t.say("charity_lead"), ("en", t.en), t.say("charity_sign")])
    t.post(c, 0, [t.two("Donated, stay strong", "Shared with my office 💪")])
    t.item("ar", "en")


def esports_illegible(t: T) -> None:
    """A translation with an unreadable word left as '... [illegible] ...'."""
    words = t.en.split(" ")
    if len(words) >= 4:
        k = 1 + t.rng.randrange(len(words) - 2)
        english = " ".join(words[:k]) + ILLEGIBLE + " ".join(words[k + 1 :])
    else:
        english = t.en
    c = t.post(None, 0, [t.two("GG what a series. Chat screenshot: ", "what a comeback in game 3\n[screenshot text] "), ("ar", t.ar)])
    q = t.post(c, 1, [t.say("esports_ask")])
    t.post(q, 2, [t.say("esports_lead"), ("en", english)])
    t.item("ar", "en")


def bookshop_two_places(t: T) -> None:
    """Two Arabic quotes in two comments; the second translated first, the first translated later."""
    a = t.post(None, 0, [t.say("book_lead"), ("ar1", t.ex.arabic[0])])
    b = t.post(None, 1, [t.two("and this one from the same book: ", "Another favourite, page 40:\n"), ("ar2", t.ex.arabic[1])])
    t.post(b, 2, [t.say("book_tr"), ("en2", t.ex.english[1])])
    t.post(a, 3, [t.two("Lovely shop. First quote: ", "The first quote translates as "), ("en1", t.ex.english[0])])
    t.item("ar1", "en1")
    t.item("ar2", "en2")


def meetup_typo_lead(t: T) -> None:
    """A lead with typos, emoji and a handle after the translation."""
    c = t.post(None, 0, [t.two("Reminder from our Arabic table host:\n", "Host message for Thursday night\n\n"), ("ar", t.ar)])
    t.post(c, 1, [t.say("meetup_lead"), ("en", t.en), t.say("meetup_tail")])
    t.item("ar", "en")


def fishing_handle(t: T) -> None:
    """A handle before the translation and a sign-off after it."""
    c = t.post(None, 0, [t.two("Old timer at the pier told me this, written down as he said it:\n", "Saying the boat captain taught me: "), ("ar", t.ar)])
    t.post(c, 1, [t.two("Anyone?", "bump for the translators")])
    t.post(c, 2, [t.say("fish_handle"), ("en", t.en), t.say("fish_sign")])
    t.item("ar", "en")


def astronomy_one_of_two(t: T) -> None:
    """Two Arabic comments; only the second is translated."""
    c = t.post(None, 0, [t.say("astro_ask")])
    t.post(c, 1, [("ar1", t.ex.arabic[0])])
    t.post(c, 2, [("ar2", t.ex.arabic[1])])
    t.post(c, 3, [t.say("astro_lead"), ("en2", t.ex.english[1]), "\n", t.say("astro_skip")])
    t.item("ar1", None)
    t.item("ar2", "en2")


def perfume_emoji(t: T) -> None:
    """The translation between emoji."""
    c = t.post(None, 0, [t.two("Review from the Dubai boutique page:\n", "Top comment on the oud launch post — "), ("ar", t.ar)])
    t.post(c, 1, [t.say("perfume_emoji"), ("en", t.en), t.say("perfume_after")])
    t.item("ar", "en")


def coffee_quoted(t: T) -> None:
    """A reply quoting the Arabic, the translation below the quote and a remark after it."""
    c = t.post(None, 0, [t.say("coffee_ask"), "\n\n", ("ar", t.ar)])
    t.post(c, 1, ["> ", t.ar, "\n\n", ("en", t.en), t.say("coffee_note")])
    t.item("ar", "en")


def cycling_edit(t: T) -> None:
    """'translation:' and an edit note after it."""
    c = t.post(None, 0, [t.two("Message from the club president for Sunday's ride:\n", "Route note from Hassan (ride leader)\n"), ("ar", t.ar)])
    t.post(c, 1, [t.say("cycle_lead"), ("en", t.en), t.say("cycle_edit")])
    t.item("ar", "en")


def tailor_for_mum(t: T) -> None:
    """The owner's daughter translates her mother's reply to a review."""
    c = t.post(None, 0, [t.two("Best alterations in town, fixed my suit in a day.", "Took my dress in for the wedding, perfect fit!")])
    m = t.post(c, "UmmSamirTailoring", [("ar", t.ar)])
    t.post(m, "UmmSamirTailoring", [t.say("tailor_lead"), ("en", t.en), t.say("tailor_sign")])
    t.item("ar", "en")


def chess_own(t: T) -> None:
    """Asked, the Arabic's own poster translates it."""
    c = t.post(None, 0, [t.two("Good game last night everyone. ", "Signature: "), ("ar", t.ar)])
    q = t.post(c, 1, [t.say("chess_ask")])
    t.post(q, 0, [t.say("chess_own"), ("en", t.en)])
    t.item("ar", "en")


def aquarium_next(t: T) -> None:
    """'Translation below' in the Arabic's comment, the translation alone in the poster's reply to it."""
    c = t.post(None, 0, [t.two("Tip from the breeder about the shrimp tank:\n", "The seller's advice on the betta: "), ("ar", t.ar), "\n", t.say("aqua_below")])
    t.post(c, 0, [("en", t.en)])
    t.post(c, 1, [t.two("Thanks, good to know", "saving this 🐠")])
    t.item("ar", "en")


def bee_lines(t: T) -> None:
    """Two sentences translated line by line, a lead and a wish after."""
    c = t.post(None, 0, [t.two("From the old beekeeper's notebook:\n", "My grandfather's hive notes, page one\n\n"), ("ar", "\n".join(t.ex.arabic))])
    t.post(c, 1, [t.say("bee_lead"), ("en", "\n".join(t.ex.english)), t.say("bee_tail")])
    t.item("ar", "en")


def plant_tag(t: T) -> None:
    """The tag's Arabic in a question; the answer starts on a new line after 'the tag says'."""
    c = t.post(None, 0, [t.say("plant_q"), "\n", ("ar", t.ar)])
    t.post(c, 1, [t.say("plant_lead"), ("en", t.en), t.two("\n🌿", " 🪴")])
    t.item("ar", "en")


def watch_bracket_before(t: T) -> None:
    """The translation in square brackets before the Arabic, in the seller's own comment."""
    t.post(None, 0, [t.say("watch_bracket_lead"), "[", ("en", t.en), "] ", ("ar", t.ar)])
    t.item("ar", "en")


def knitting_first(t: T) -> None:
    """English before the original, on lines of their own."""
    t.post(None, 0, [t.say("knit_lead"), ("en", t.en), "\n\n", ("ar", t.ar), t.two("\n\n🧶", "")])
    t.item("ar", "en")


def running_quote(t: T) -> None:
    """The translation as a '>' quote, who said it after."""
    c = t.post(None, 0, [t.two("Coach posted this in the Arabic group chat:\n", "From the Saturday long-run chat: "), ("ar", t.ar)])
    t.post(c, 1, [t.two("> ", "\u201c"), ("en", t.en), t.two("", "\u201d"), t.say("run_quote_tail")])
    t.item("ar", "en")


# ---- negative shapes -----------------------------------------------------------------------------


def _content(english: str) -> list[str]:
    words = sorted({w.strip(".,;:!?\"'()").lower() for w in english.split()}, key=lambda w: (-len(w), w))
    return [w for w in words if w] or ["thing"]


def news_retell(t: T) -> None:
    """English that retells the Arabic's story in the third person, with an opinion."""
    c = t.post(None, 0, [("ar", t.ar)])
    words = _content(t.en)
    t.post(c, 1, [t.say("retell").format(a=words[0], b=words[min(1, len(words) - 1)])])
    t.item("ar", None)


def hashtag_only(t: T) -> None:
    """A reply translating only the Arabic's hashtag."""
    tag, meaning = t.say("hashtags").split("|")
    c = t.post(None, 0, [("ar", t.ar), " #", tag])
    t.post(c, 1, [t.two("what's the hashtag?", "and the tag?")])
    t.post(c, 2, [t.say("hashtag_reply").format(h=meaning)])
    t.item("ar", None)


def quote_other_english(t: T) -> None:
    """A reply under the Arabic quoting a different comment's English."""
    c = t.post(None, 0, [t.two("Thoughts on the new bike lanes?", "Anyone else seen the herons by the lake?")])
    t.post(c, 1, [t.ex.other[0]])
    a = t.post(c, 2, [("ar", t.ar)])
    t.post(a, 3, ["> ", t.ex.other[0], t.say("quote_other_tail")])
    t.item("ar", None)


def request_repeated(t: T) -> None:
    """A translation request, repeated by a second person; nobody answers it."""
    c = t.post(None, 0, [t.two("Review of the new hospital wing:\n", "Patient feedback posted today — "), ("ar", t.ar)])
    q = t.post(c, 1, [t.say("repeat_ask")])
    t.post(q, 2, [t.say("repeat_again")])
    t.post(c, 3, [t.ex.unrelated])
    t.item("ar", None)


def arabizi_joke(t: T) -> None:
    """A joke reply in Arabizi, and an unrelated English comment."""
    c = t.post(None, 0, [("ar", t.ar)])
    t.post(c, 1, [t.say("arabizi_joke")])
    t.post(c, 2, [t.two("lmao", "😂 dead")])
    t.item("ar", None)


def rebuttal(t: T) -> None:
    """A quote of the Arabic followed by a rebuttal in English."""
    c = t.post(None, 0, [("ar", t.ar)])
    t.post(c, 1, ["> ", t.ar, "\n\n", t.say("rebuttal"), t.ex.other[0]])
    t.item("ar", None)


def answers_else(t: T) -> None:
    """After a request, a reply that answers something else."""
    c = t.post(None, 0, [t.two("Trail closed? Found this at the gate: ", "Notice at the campsite office:\n"), ("ar", t.ar)])
    q = t.post(c, 1, [t.two("what does it say?", "translation anyone")])
    t.post(q, 2, [t.say("else_lead"), t.ex.other[0]])
    t.item("ar", None)


def different_passage(t: T) -> None:
    """A translation of a different Arabic text (one not in the thread)."""
    c = t.post(None, 0, [t.two("Two photos from the souk, first is the shop sign:\n", "Album from the trip. The ferry ticket: "), ("ar", t.ar)])
    t.post(c, 1, [t.say("different_lead"), t.ex.other[0]])
    t.item("ar", None)


def one_word_gloss(t: T) -> None:
    """A gloss of one word of the Arabic."""
    c = t.post(None, 0, [t.two("Seen on a mug at the tea house: ", "Printed on the tin of mint tea -> "), ("ar", t.ar)])
    arabic_words = [w for w in t.ar.split() if len(w) >= 4] or t.ar.split()
    t.post(c, 1, [t.say("gloss").format(w=t.rng.choice(arabic_words), e=_content(t.en)[0])])
    t.item("ar", None)


def shared_number(t: T) -> None:
    """English that shares a number or name with the Arabic by chance."""
    digits = re.findall(r"[0-9٠-٩]+", t.ar)
    number = digits[0] if digits else str(2 + t.rng.randrange(9))
    c = t.post(None, 0, [("ar", t.ar)])
    t.post(c, 1, [t.say("number_reply").format(n=number), t.ex.other[1]])
    t.item("ar", None)


def summary(t: T) -> None:
    """A summary of the Arabic, not a translation."""
    c = t.post(None, 0, [("ar", t.ar)])
    q = t.post(c, 1, [t.two("english?", "what does this say in English")])
    t.post(q, 2, [t.say("summary")])
    t.item("ar", None)


SHAPES: dict[str, tuple[Callable[[T], None], int, str]] = {
    "realestate_before": (realestate_before, 1, "pos"),
    "admission_brackets": (admission_brackets, 1, "pos"),
    "hospital_split": (hospital_split, 2, "pos"),
    "car_not_perfect": (car_not_perfect, 1, "pos"),
    "wedding_quote_mark": (wedding_quote_mark, 1, "pos"),
    "pet_partial": (pet_partial, 2, "pos"),
    "trail_grandma": (trail_grandma, 1, "pos"),
    "news_sign": (news_sign, 1, "pos"),
    "hotel_then_comment": (hotel_then_comment, 1, "pos"),
    "ocw_speech": (ocw_speech, 1, "pos"),
    "charity_english_word": (charity_english_word, 1, "pos"),
    "esports_illegible": (esports_illegible, 1, "pos"),
    "bookshop_two_places": (bookshop_two_places, 2, "pos"),
    "meetup_typo_lead": (meetup_typo_lead, 1, "pos"),
    "fishing_handle": (fishing_handle, 1, "pos"),
    "astronomy_one_of_two": (astronomy_one_of_two, 2, "pos"),
    "perfume_emoji": (perfume_emoji, 1, "pos"),
    "coffee_quoted": (coffee_quoted, 1, "pos"),
    "cycling_edit": (cycling_edit, 2, "pos"),
    "tailor_for_mum": (tailor_for_mum, 1, "pos"),
    "chess_own": (chess_own, 1, "pos"),
    "aquarium_next": (aquarium_next, 1, "pos"),
    "bee_lines": (bee_lines, 2, "pos"),
    "plant_tag": (plant_tag, 1, "pos"),
    "watch_bracket_before": (watch_bracket_before, 1, "pos"),
    "knitting_first": (knitting_first, 1, "pos"),
    "running_quote": (running_quote, 1, "pos"),
    "news_retell": (news_retell, 1, "neg"),
    "hashtag_only": (hashtag_only, 1, "neg"),
    "quote_other_english": (quote_other_english, 1, "neg"),
    "request_repeated": (request_repeated, 1, "neg"),
    "arabizi_joke": (arabizi_joke, 1, "neg"),
    "rebuttal": (rebuttal, 1, "neg"),
    "answers_else": (answers_else, 1, "neg"),
    "different_passage": (different_passage, 1, "neg"),
    "one_word_gloss": (one_word_gloss, 1, "neg"),
    "shared_number": (shared_number, 2, "neg"),
    "summary": (summary, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, nothing around it; or, with
    an unreadable word left as '... [illegible] ...', the translation's words before and after it."""
    if _blind.same_flat(gold, want):
        return True
    if gold != gold.strip() or ILLEGIBLE not in gold:
        return False
    before, after = gold.split(ILLEGIBLE, 1)
    whole = _blind.flat(" ".join(want))
    rest = whole[len(before) + 1 :]
    return whole.startswith(before + " ") and rest.endswith(" " + after) and " " not in rest[: -len(after) - 1]


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every item's Arabic is a posted passage (an English word put inside it aside); a positive's
    span, its split parts joined, is its translation (the first sentence on a partial one); a
    negative has no span. Raises AssertionError naming the thread."""
    english = _blind.translations(sources)
    for thread in threads:
        problem = "" if thread["items"] else "no item"
        for item in thread["items"]:
            arabic = _blind.flat(_blind.sliced(thread, item["arabic"]))
            if arabic not in english:
                arabic = _blind.flat(re.sub(r"\b[A-Za-z]+\b", " ", arabic))
            if arabic not in english:
                problem = "an item's Arabic is no posted passage"
            elif item["expected"] is not None:
                wants = [w[:1] if item.get("partial") else w for w in english[arabic]]
                parts = [_blind.sliced(thread, span) for span in [item["expected"], *item["continued"]]]
                if thread["kind"] != "pos" or not all(p == p.strip() for p in parts) or not any(same(" ".join(parts), w) for w in wants):
                    problem = "split gold span" if item["continued"] else "a gold span is not the translation"
        if (thread["kind"] == "pos") != any(item["expected"] for item in thread["items"]):
            problem = "a positive without a span" if thread["kind"] == "pos" else "a negative with a span"
        if problem:
            raise AssertionError(f"{thread['id']}: {problem}")


ROUND = _blind.Round(__doc__, SEED, SHAPES, T, same, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
