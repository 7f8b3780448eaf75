"""Round 29 of pairing's development set, written blind: real (Arabic, English) pairs in thread shapes of this round's own.

The pairs are those of :func:`pairing_devset.load_sources` (Tatoeba, TICO-19, ArzEn-ST), cut into tuned and held-out
halves as every round cuts them (bench/_blind.py). Settings not used before: subtitle QC sheets, court interpreters'
forums, henna artists, language exchange cafés, veterinary forums, date-palm farmers, Hajj/Umrah agencies, pharmacies,
tutoring marketplaces, dental clinics, refugee volunteer boards, oud lessons, camel racing, olive co-ops, night school,
wedding photographers, pen pals, yearbooks, translators' guilds, alumni groups, charity auctions, prayer-time apps,
type-design boards, qanun makers, neighbourhood watch, blood drives, halal restaurants, tour guides, museum audio guides,
board-game translations, carpools, community fridges, barbers, driving schools.

Positives (the thread holds a commenter's translation; gold is its comment and exact span, leads, hedging notes
outside it, sign-offs, handles and emoji left out): a translation quoted line by line (one span from the first English
line to the last, the scorer's way of joining the parts of one comment), in quotation marks with attribution, in lower
case amid text-speak, with hedges inside it, as a bulleted list, followed by a question, edited afterwards, after an
answer to someone else, quoted back by a third person (gold: the translator's comment), after a quote of the Arabic,
beginning with "..." or ending with "etc", in British spelling, before the Arabic, split over two comments, partial.

Negatives (English that looks like a translation and is not): transliterations, French and Spanish renderings, a
paraphrase of the article, a joke "translation", the title's translation only, a one-word correction of a deleted
translation, a quote of another English comment, a translation of a passage in another thread, an English answer
about something else.

Every phrase bank is cut between the halves: even entries in tuned threads, odd entries in held-out ones.

Run: python3 bench/pairing_blind29.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import Pairs, Piece, Planned  # noqa: E402

SEED = 2929
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round29.jsonl"

# Phrase banks: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, list[str]] = {
    "names": ["Rania_QC", "subtitler_jo", "Hadi.K", "marwa_t", "OmarInterprets", "lina.b", "Tariq88", "Noor_h",
              "sami_trans", "Yasmin.R", "kareem_w", "dalia_f", "Fadi_M", "huda.s", "Ziad_P", "Reem_A",
              "bassam_o", "Salma.J", "walid_k", "Amal_N"],
    "qc_lead": ["Line check for the reel, source then my EN:", "QC pass on cue 14, pasting source and target:",
                "Going through the sheet line by line:", "Checked each line against the audio, source / EN below:"],
    "qc_after": ["Timing looks fine on both cues.", "Flagging the second cue for reading speed.",
                 "No overlaps, ready for burn-in.", "Will re-time after lunch."],
    "it_says": ["it says", "the witness statement reads", "she is saying", "the line in the transcript reads"],
    "court_after": ["I'd render it the same way in court.", "Happy to hear other renderings before Thursday's hearing.",
                    "That's how I gave it on the record.", "Consecutive, no notes, so take it with care."],
    "basically": ["basically:", "in short it's like:", "so roughly:", "gist of it:"],
    "henna_after": ["gorgeous design btw 😍", "the bridal set is stunning!!", "love the mandala on the palm",
                    "need this for my sister's wedding"],
    "ok_so": ["ok so it says", "omg ok it says", "ok ok so basically it says", "lol ok i think it says"],
    "text_after": ["lol", "haha idk", "lmaooo", "hahaha tbh"],
    "paren_hedge": ["(I think)", "(if I remember right)", "(not 100%)", "(probably)"],
    "vet_after": ["Hope your cat feels better soon.", "Get the vet to double check the dose though.",
                  "Our dog had the same thing last spring.", "Keep him off the stairs for a week."],
    "square_hedge": ["[not sure about this word]", "[unsure of this one]", "[word?]", "[might be wrong here]"],
    "farm_lead": ["From the co-op notice:", "Roughly what the grower posted:", "Put it in English for the group:",
                  "Translated for the new members:"],
    "bullet_lead": ["Translation for anyone who needs it:", "In English, point by point:", "Here it is in English:",
                    "For the English speakers on the tour:"],
    "bullet": ["- ", "• ", "* ", "– "],
    "question": ["Is that the same medicine they gave you last time?", "Did the pharmacist say how long to take it?",
                 "Do you still have the box with the leaflet?", "Was this for your mum or for you?"],
    "edit": ["EDIT: fixed a word", "Edit - fixed the second word, misread it", "EDIT: typo",
             "edit: corrected one word thanks to the comment below"],
    "other_question": ["Do they take walk-ins?", "Is parking free there?", "How long was the wait?",
                       "Did they do the cleaning on the same day?"],
    "other_answer": ["yes, walk-ins until noon.", "there's a small lot behind the building.",
                     "about twenty minutes for me.", "yes, same visit."],
    "as_for": ["As for the review itself:", "And the review above says:", "For the post:", "And the Arabic review means:"],
    "thanks": ["thank you so much, that's exactly what I needed", "thanks! passing this on to the family",
               "this is so helpful, thank you", "perfect, thanks, I'll print it for the shelter"],
    "oud_after": ["That's what the teacher wrote under the maqam exercise.", "Practise it slowly with the metronome.",
                  "That line is in the second lesson too.", "Same advice my first teacher gave me."],
    "race_lead": ["The commentator says", "Commentary at the end:", "What he's shouting at 2:10:", "Caption on the clip:"],
    "olive_after": ["etc", "etc etc", "and so on", "blah blah etc"],
    "olive_lead": ["Notice from the press, roughly:", "The board posted this:", "In short the message is:",
                   "Pickers' notice:"],
    "brit_lead": ["Tonight's homework sentence, in English:", "My attempt for Tuesday's class:",
                  "English version for the evening class:", "Here's mine for the night-school exercise:"],
    "brit_after": ["Cheers, see you all on Thursday.", "Teacher said to bring it printed.", "Any corrections welcome, ta.",
                   "Off to the pub after class if anyone fancies it."],
    "caption_lead": ["Caption for the album (English first, then the original):", "EN caption:",
                     "Couple's words for the slideshow, English then Arabic:", "Gallery caption -"],
    "pal_ask": ["what did your letter say? 😊", "can you tell me what you wrote?", "translate pls!! 💌",
                "I can only read my name there haha"],
    "pal_lead": ["It says:", "My letter said:", "I wrote:", "In English I said:"],
    "pal_sign": ["xx", "hugs from Amman 💛", "write back soon!", "love, your pen pal"],
    "yearbook_tag": ["#ClassOf2024", "#Seniors", "#yearbookquote", "#graduation"],
    "yearbook_emoji": ["🎓", "✨", "📚", "🌟"],
    "guild_lead": ["here you go:", "as requested:", "quick one for you:", "done:"],
    "guild_sign": ["— Samir, certified AR>EN", "Regards, Leila (guild member since 2015)", "~ Karim, sworn translator",
                   "— Hala, AR/EN, court and medical"],
    "partial_lead": ["Only got the first bit:", "Can only do the first sentence:", "First line is:",
                     "Half of it, the rest is too blurry:"],
    "partial_after": ["someone else can do the rest?", "the second part is beyond me.", "no idea about the rest.",
                      "will try the rest tonight."],
    "auction_lead": ["Lot description in English:", "The donor's note on this one says:", "The tag reads:",
                     "For bidders who don't read Arabic:"],
    "part_lead": ["part 1:", "(1/2)", "first half:", "1)"],
    "part2_lead": ["part 2:", "(2/2)", "second half:", "2)"],
    "app_review": ["Two stars, this needs translating:", "Review from the store, copying it here:",
                   "Pasting the review for the dev team:", "Latest review on the app:"],
    "type_lead": ["Specimen (EN):", "English sample line:", "Latin companion text:", "Paired EN setting:"],
    "type_after": ["Kerning on the Latin needs work.", "Both set at 24pt.", "The Naskh weight feels heavier.",
                   "Proof printed on uncoated stock."],
    "pronounce": ["for pronunciation:", "how it sounds:", "read out it's:", "in Latin letters:"],
    "french": ["en français ça donne : « Il faut prévenir la mairie avant la fête du quartier. »",
               "traduction rapide : « Les voisins demandent de fermer le portail le soir. »",
               "en français : « La réunion est reportée à jeudi soir. »",
               "pour les francophones : « Merci de ne pas garer devant l'école. »"],
    "spanish": ["en español sería: «Necesitamos donantes de todos los grupos sanguíneos esta semana.»",
                "traducido al español: «La campaña empieza a las nueve en el centro cívico.»",
                "en castellano: «Traed vuestro documento de identidad, por favor.»",
                "para los hispanohablantes: «Se ofrecerá zumo y galletas después de donar.»"],
    "article_lead": ["The article says", "From the article:", "Basically the piece is about how",
                     "The news story itself says"],
    "joke": ["it says 'buy more bread' lol", "pretty sure it says 'the camel is the manager now' 😂",
             "translation: 'please feed the tour guide' haha", "it clearly says 'all sandals are free today' lol"],
    "title": ["Open day at the museum", "Summer hours", "New exhibition hall", "Family audio tour"],
    "title_lead": ["just the title:", "the heading means", "title says", "all I can read is the title:"],
    "word_fix": ["isn't right there, the original is more formal", "is too strong, the Arabic is softer",
                 "should be past tense", "is the wrong word, it's a place name in the original"],
    "word_after": ["otherwise fine.", "rest was ok.", "small thing.", "just that word."],
    "agree": ["this, exactly", "agreed 100%", "came here to say this", "couldn't have said it better"],
    "url_lead": ["I translated the one in the other thread:", "Same post was translated over here:",
                 "There's a translation in this thread:", "Someone did the other notice here:"],
    "qc_intro": ['Cue 12-13, source:', 'Reel 3, cues 40-41, original:', 'Source for the two cues:', 'Original dialogue, lines 7 and 8:'],
    "court_intro": ['Exhibit line we argued about today:', 'From the recorded call in the file:', "Defendant's text message, verbatim:", 'Line from the police interview:'],
    "henna_tag": ['#henna', '#mehndi', '#bridalhenna', '#hennaart'],
    "caption_ask": ["what's the caption say?", 'what does the writing mean?', 'caption in english pls?', 'anyone know what the words are?'],
    "cafe_after": ["who's coming thursday? ☕", 'see u all at the café sunday', 'new members welcome!! ☕', 'exchange night is on as usual'],
    "cafe_ask": ['wait wat does this mean', 'huh?? translate', 'sorry whaaat', 'english pls 🙏'],
    "vet_intro": ['The vet wrote this on the discharge sheet, can anyone help?', 'Instructions from the clinic, what do they mean?', 'Got this note with the tablets, help please.', "Can someone read the vet's handwriting for me?"],
    "vet_lead": ['Translation:', 'It reads:', 'Means:', 'The note says:'],
    "umrah_intro": ["Important for this season's groups 🕋", 'Reminder to all pilgrims booked with us:', 'Please read before departure 🕋', 'Update for the Ramadan Umrah group:'],
    "umrah_after": ['May your journey be accepted.', 'Safe travels everyone!', 'See you at the airport.', 'Any questions, message the office.'],
    "pharm_intro": ['Label on my prescription, what does it say?', 'Pharmacist stuck this on the bottle:', "Sticker on my dad's medicine box:", 'What does this label mean?'],
    "pharm_lead": ['Says:', 'The label reads:', 'Sticker says:', 'It reads as:'],
    "tutor_intro": ['Sample from my homework, could a tutor translate it?', "Trial lesson text, what's the English?", "Looking for a tutor, here's my level:", 'Can a tutor check what this means?'],
    "stars": ['⭐⭐⭐⭐⭐', '5/5', '⭐⭐⭐⭐', '10/10'],
    "oud_intro": ["My teacher's note:", 'Written in my lesson book:', 'What my ustaz wrote after class:', 'Note on the sheet music:'],
    "race_intro": ['🐪🏁', 'Al Marmoom final lap 🐪', '🐪🐪🐪', 'Heat 4, robot jockeys 🏁'],
    "olive_tag": ['🫒', '🫒🫒', '— the press committee', '#harvest'],
    "night_intro": ['Sentence for Tuesday:', "This week's dictation:", 'Translation exercise 6:', "For Thursday's class:"],
    "wedding_tag": ['📸💍', '#weddingphotography', '💍✨', '#nikah'],
    "pal_tag": ['💌', '✉️', '📮', '💛'],
    "guild_intro": ['Could a member check this for a client?', 'Urgent, certificate wording:', 'Second opinion wanted on this line:', 'Anyone free for a short one?'],
    "alumni_intro": ['Found this in the old class album 📷', 'Written on the back of our graduation photo:', "From the farewell card, class of '98:", 'Anyone remember who wrote this?'],
    "type_intro": ['New Naskh specimen, feedback welcome.', 'Kufi display weight, first proof:', 'Specimen sheet v3 for the bilingual family:', 'Testing the Arabic with its Latin pair:'],
    "qanun_intro": ["Inscription on the new qanun's soundboard:", 'The maker carved this inside the case:', 'Written on the label inside:', 'Burned into the bridge:'],
    "chat_lead": ["can't type arabic on this phone so:", 'no arabic keyboard, here:', 'spelled out phonetically:', 'in franco:'],
    "watch_intro": ['Notice from the building committee:', 'Posted in the lobby today:', 'Watch group reminder:', 'From the street WhatsApp, reposting:'],
    "blood_intro": ['🩸', 'Donate this Friday 🩸', '❤️🩸', 'Blood drive update:'],
    "halal_link": ['https://news.example.org/food/halal-grill-reopens', 'https://citypaper.example.com/2024/05/shawarma-row', 'https://news.example.org/eat/new-mandi-place', 'https://localnews.example.net/review/kebab-house'],
    "tour_intro": ['Sign at the old souq gate 👇', 'Our guide pointed at this one:', 'Plaque by the fort entrance 👇', 'Seen on the walking tour:'],
    "title_after": ["', can't read the rest sorry", "', the rest is beyond me", "' and that's all I got", "', no clue about the body"],
    "game_intro": ['Card text for the Arabic edition:', 'Event card from the Cairo print run:', 'Rulebook page 4, Arabic version:', 'Box back text:'],
    "car_tag": ['🚗', '🚙💨', '#carpool', '🚗🚗'],
    "fridge_intro": ['New note taped on the fridge:', 'Sign stuck on the pantry shelf:', 'Someone left this with the bread:', 'Message on the fridge door:'],
    "barber_ask": ['translation?', "what's this say?", 'english?', 'meaning??'],
    "deflect": ["It's my grandfather's note, I'll ask him tonight.", "Not sure, I copied it from the shop window.",
                "My cousin wrote it, waiting for her to reply.", "Honestly no idea, it was on the receipt."],
}

_ARABIC = regex.compile(r"\p{Arabic}")
_BRACKETED = regex.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")

# American -> British spellings (a few common ones); the gold check reads both the same.
BRITISH = {
    "color": "colour", "colors": "colours", "favorite": "favourite", "favorites": "favourites", "center": "centre",
    "centers": "centres", "neighbor": "neighbour", "neighbors": "neighbours", "honor": "honour", "labor": "labour",
    "organize": "organise", "organized": "organised", "organization": "organisation", "realize": "realise",
    "realized": "realised", "recognize": "recognise", "recognized": "recognised", "apologize": "apologise",
    "behavior": "behaviour", "theater": "theatre", "traveling": "travelling", "traveled": "travelled",
    "meter": "metre", "meters": "metres", "liter": "litre", "program": "programme", "defense": "defence",
    "license": "licence", "gray": "grey", "analyze": "analyse", "mom": "mum", "humor": "humour", "harbor": "harbour",
    "jewelry": "jewellery", "catalog": "catalogue", "fiber": "fibre", "vapor": "vapour",
    "hospitalized": "hospitalised", "minimize": "minimise", "prioritize": "prioritise", "emphasize": "emphasise",
}
_WORD = regex.compile(r"\p{L}+")

# Arabic letters in Latin ones: plain and chat (digits) spellings.
_TRANSLIT = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "aa", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a",
    "ء": "'", "ئ": "'", "ؤ": "'", "،": ",", "؟": "?", "؛": ";", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v",
}
_CHAT = _TRANSLIT | {"ح": "7", "ع": "3", "ق": "2", "ء": "2", "ئ": "2", "ؤ": "2", "أ": "2", "خ": "5", "ج": "g", "ص": "9", "ط": "6"}


def transliterated(arabic: str, chat: bool) -> str:
    """``arabic`` in Latin letters, harakat dropped (Latin words it holds kept as they are)."""
    table = _CHAT if chat else _TRANSLIT
    out = []
    for ch in arabic:
        if ch in table:
            out.append(table[ch])
        elif _ARABIC.match(ch):
            continue  # harakat, tatweel and the like
        else:
            out.append(ch)
    return "".join(out)


def british(text: str) -> str:
    """``text`` in British spelling (the words of :data:`BRITISH`), double quotes single, "Mr." and "Dr." without stops."""

    def swap(m: regex.Match[str]) -> str:
        word = m.group(0)
        new = BRITISH.get(word.lower())
        if new is None:
            return word
        return new.capitalize() if word[0].isupper() else new

    text = _WORD.sub(swap, text)
    text = text.replace('"', "'").replace("Mr.", "Mr").replace("Dr.", "Dr").replace("Mrs.", "Mrs")
    return text


def plain(text: str) -> str:
    """Text compared by words: lines holding Arabic out (a quoted source line), bracketed notes out, British spelling,
    lower case, no punctuation, bullets or emoji."""
    lines = [line for line in text.split("\n") if not _ARABIC.search(line)]
    text = " ".join(lines)
    while True:
        new = _BRACKETED.sub(" ", text)
        if new == text:
            break
        text = new
    text = british(text).lower()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation ``want`` (its sentences): nothing around it, the same words once quoted source
    lines, hedges, case, spelling and punctuation are set aside."""
    return bool(gold) and gold == gold.strip() and plain(gold) == plain(" ".join(want))


_COMMON = {"the", "a", "an", "it", "it's", "this", "that", "these", "those", "we", "he", "she", "they", "you", "there",
           "my", "his", "her", "our", "their", "your", "and", "but", "so", "in", "on", "at", "to", "for", "if", "when",
           "what", "is", "are", "was", "were", "do", "does", "did", "please", "many", "some", "all", "no", "not", "as",
           "with", "from", "one", "most", "people", "every", "each", "how", "why", "where", "who", "can", "let's"}


def _lead_lower(text: str) -> str:
    """``text`` with its first letter lower case where its first word is a common one (not "I", a name, an acronym)."""
    first = text.split(" ", 1)[0].rstrip(",.;:!?")
    return text[:1].lower() + text[1:] if first.lower() in _COMMON and not first[1:2].isupper() else text


def _phrase_lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _no_stop(text: str) -> str:
    return text.rstrip().rstrip(".!?。").rstrip()


def _hedged(text: str, hedge: str, rng: random.Random) -> str:
    """``text`` with ``hedge`` put after one of its words (not inside brackets or quotes, not after the last word)."""
    spots = []
    depth = 0
    for m in regex.finditer(r"\S+", text):
        word = m.group(0)
        depth += word.count("(") + word.count("[") - word.count(")") - word.count("]")
        if depth == 0 and m.end() < len(text.rstrip()) - 1 and regex.search(r"\p{L}$", word):
            spots.append(m.end())
    if not spots:
        body = text.rstrip()
        cut = len(body.rstrip(".!?"))
        return body[:cut] + " " + hedge + body[cut:]
    at = spots[len(spots) // 2] if len(spots) < 3 else rng.choice(spots[: max(1, len(spots) - 1)])
    return text[:at] + " " + hedge + text[at:]


class Writer(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its wordings and names from this round's banks."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self._names = self.rng.sample(BANKS["names"][self.half :: 2], 5)

    def say(self, bank: str) -> str:
        """A phrase of ``bank`` from this thread's half."""
        return self.rng.choice(BANKS[bank][self.half :: 2])

    def who(self, k: int) -> str:
        return self._names[k]

    @property
    def pos(self) -> bool:
        return self.p.kind == "pos"

    def post(self, cid: str, parent: str | None, author: str, *pieces: Piece) -> None:
        self.rows.append([cid, parent, author, _blind.joined(cid, pieces, self.spans, self.texts)])

    def merge(self, slot: str, first: str, last: str) -> None:
        """One gold span ``slot`` from the start of ``first`` to the end of ``last`` (parts of one comment)."""
        cid, start, _ = self.spans[first]
        cid2, _, end = self.spans[last]
        assert cid == cid2
        self.spans[slot] = (cid, start, end)
        self.texts[slot] = next(str(r[3]) for r in self.rows if r[0] == cid)[start:end]

    def item(self, arabic: str = "ar", english: str | None = "en", partial: bool = False, continued: Sequence[str] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, english, partial, continued))

    def other_pair(self) -> tuple[str, str]:
        """Another pair of this half whose Arabic is not this thread's."""
        while True:
            a, e = self.rng.choice(self.p.pool)
            if a.strip() not in self.arabic:
                return a.strip(), e.strip()


# ---- positives ------------------------------------------------------------------------------------------------


def line_by_line(w: Writer) -> None:
    """Subtitle QC sheet: the translator quotes each Arabic line, its English under it."""
    a1, a2 = (a.strip() for a in w.p.example.arabic)
    e1, e2 = (e.strip() for e in w.p.example.english)
    w.post("c1", None, w.who(0), w.say("qc_intro") + "\n", ("ar", a1 + "\n" + a2))
    w.post("c2", "c1", w.who(1), w.say("qc_lead") + "\n\n> " + a1 + "\n", ("e1", e1), "\n> " + a2 + "\n", ("e2", e2),
           "\n\n" + w.say("qc_after"))
    w.merge("en", "e1", "e2")
    w.item()


def it_says_quoted(w: Writer) -> None:
    """Court interpreters' forum: 'it says "..."' with attribution."""
    w.post("c1", None, w.who(0), w.say("court_intro") + "\n\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("it_says") + ' "', ("en", w.english), '"\n\n' + w.say("court_after"))
    w.item()


def basically_single(w: Writer) -> None:
    """Henna artist's post: a follower answers another's question with "basically: '...'"."""
    w.post("c1", None, w.who(0), "✨ ", ("ar", w.arabic), " ✨ " + w.say("henna_tag"))
    w.post("c2", "c1", w.who(1), w.say("caption_ask"))
    w.post("c3", "c2", w.who(2), "@" + w.who(1) + " " + w.say("basically") + " '", ("en", w.english), "' " + w.say("henna_after"))
    w.item()


def lower_text_speak(w: Writer) -> None:
    """Language exchange café group: a lower-case translation amid text-speak."""
    w.post("c1", None, w.who(0), ("ar", w.arabic), "\n\n" + w.say("cafe_after"))
    w.post("c2", "c1", w.who(1), w.say("cafe_ask"))
    w.post("c3", "c2", w.who(2), w.say("ok_so") + " ", ("en", _no_stop(w.english.lower())), " " + w.say("text_after"))
    w.item()


def paren_hedge(w: Writer) -> None:
    """Veterinary forum: a translation with "(I think)" inside it."""
    w.post("c1", None, w.who(0), w.say("vet_intro") + "\n\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("vet_lead") + " ", ("en", _hedged(w.english, w.say("paren_hedge"), w.rng)), "\n\n" + w.say("vet_after"))
    w.item()


def square_hedge(w: Writer) -> None:
    """Date-palm farmers' board: a translation with "[not sure about this word]" inside it."""
    w.post("c1", None, w.who(0), ("ar", w.arabic), "\n🌴")
    w.post("c2", "c1", w.who(1), w.say("farm_lead") + "\n", ("en", _hedged(w.english, w.say("square_hedge"), w.rng)))
    w.item()


def bulleted(w: Writer) -> None:
    """Hajj/Umrah agency's page: the two sentences as a bulleted list."""
    e1, e2 = (e.strip() for e in w.p.example.english)
    bullet = w.say("bullet")
    w.post("c1", None, w.who(0), w.say("umrah_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("bullet_lead") + "\n" + bullet, ("e1", e1), "\n" + bullet, ("e2", e2), "\n\n" + w.say("umrah_after"))
    w.merge("en", "e1", "e2")
    w.item()


def question_after(w: Writer) -> None:
    """Pharmacy page: a translation, then a question to the poster in the same comment."""
    w.post("c1", None, w.who(0), w.say("pharm_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("pharm_lead") + " ", ("en", w.english), " " + w.say("question"))
    w.item()


def edited(w: Writer) -> None:
    """Tutoring marketplace: a tutor's translation edited afterwards."""
    w.post("c1", None, w.who(0), w.say("tutor_intro") + "\n\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), ("en", w.english), "\n\n" + w.say("edit"))
    w.item()


def answers_other_first(w: Writer) -> None:
    """Dental clinic review: a reply first answers another reader, then translates the review."""
    w.post("c1", None, w.who(0), w.say("stars") + " ", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("other_question"))
    w.post("c3", "c2", w.who(2), "@" + w.who(1) + " " + w.say("other_answer") + "\n\n" + w.say("as_for") + " ", ("en", w.english))
    w.item()


def quoted_back(w: Writer) -> None:
    """Refugee volunteer board: a third person quotes the translation back and thanks the translator."""
    w.post("c1", None, w.who(0), ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), ("en", w.english))
    w.post("c3", "c2", w.who(2), "> " + w.english + "\n\n@" + w.who(1) + " " + w.say("thanks"))
    w.item()


def quote_then_english(w: Writer) -> None:
    """Oud lessons: "> <the Arabic>" then the English."""
    w.post("c1", None, w.who(0), w.say("oud_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), "> " + w.arabic + "\n\n", ("en", w.english), "\n\n" + w.say("oud_after"))
    w.item()


def leading_ellipsis(w: Writer) -> None:
    """Camel racing clip: a translation that begins mid-sentence with "..."."""
    w.post("c1", None, w.who(0), w.say("race_intro") + " ", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("race_lead") + " ...", ("en", _lead_lower(w.english)))
    w.item()


def trailing_etc(w: Writer) -> None:
    """Olive harvest co-op: a translation that ends with "etc"."""
    w.post("c1", None, w.who(0), ("ar", w.arabic), "\n" + w.say("olive_tag"))
    w.post("c2", "c1", w.who(1), w.say("olive_lead") + " ", ("en", _no_stop(w.english)), ", " + w.say("olive_after"))
    w.item()


def british_spelling(w: Writer) -> None:
    """Night-school class: a translation in British spelling and punctuation."""
    w.post("c1", None, w.who(0), w.say("night_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("brit_lead") + "\n\n", ("en", british(w.english)), "\n\n" + w.say("brit_after"))
    w.item()


def before_arabic(w: Writer) -> None:
    """Wedding photographer: the English caption first, then the Arabic, one comment."""
    w.post("c1", None, w.who(0), w.say("caption_lead") + "\n", ("en", w.english), "\n\n", ("ar", w.arabic), "\n\n" + w.say("wedding_tag"))
    w.item()


def pen_pal(w: Writer) -> None:
    """Pen pals: the author's answer to a request, a sign-off after it."""
    w.post("c1", None, w.who(0), ("ar", w.arabic), " " + w.say("pal_tag"))
    w.post("c2", "c1", w.who(1), w.say("pal_ask"))
    w.post("c3", "c2", w.who(0), w.say("pal_lead") + " ", ("en", w.english), "\n\n" + w.say("pal_sign"))
    w.item()


def yearbook(w: Writer) -> None:
    """School yearbook quote: Arabic and English in one comment, emoji and hashtags around the English."""
    mark = w.say("yearbook_emoji")
    w.post("c1", None, w.who(0), ("ar", w.arabic), "\n" + mark + " ", ("en", w.english), " " + mark + " " + w.say("yearbook_tag"))
    w.item()


def guild_signature(w: Writer) -> None:
    """Translators' guild: a handle, a lead, the translation, a signature."""
    w.post("c1", None, w.who(0), w.say("guild_intro") + "\n\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), "@" + w.who(0) + " " + w.say("guild_lead") + "\n\n", ("en", w.english), "\n\n" + w.say("guild_sign"))
    w.item()


def partial_first(w: Writer) -> None:
    """Alumni group: only the first sentence translated (partial)."""
    e1 = w.p.example.english[0].strip()
    w.post("c1", None, w.who(0), w.say("alumni_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("partial_lead") + " ", ("en", e1), " " + w.say("partial_after"))
    w.item(partial=True)


def one_of_two(w: Writer) -> None:
    """Charity auction: two lots in Arabic, one translated, the other left."""
    other, _ = w.other_pair()
    lot = w.rng.randrange(2, 40)
    if w.rng.random() < 0.5:
        w.post("c1", None, w.who(0), f"Lot {lot}: ", ("ar", w.arabic), f"\n\nLot {lot + 1}: ", ("ar2", other))
    else:
        w.post("c1", None, w.who(0), f"Lot {lot - 1}: ", ("ar2", other), f"\n\nLot {lot}: ", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), f"Lot {lot}, " + _phrase_lower(w.say("auction_lead")) + " ", ("en", w.english))
    w.item()
    w.item("ar2", None)


def split_two(w: Writer) -> None:
    """Prayer-time app reviews: the translation split over two comments."""
    e1, e2 = (e.strip() for e in w.p.example.english)
    w.post("c1", None, w.who(0), w.say("app_review") + "\n\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("part_lead") + " ", ("en", e1))
    w.post("c3", "c2", w.who(1), w.say("part2_lead") + " ", ("en2", e2))
    w.item(continued=["en2"])


def type_specimen(w: Writer) -> None:
    """Type-design board: an Arabic specimen line and its English companion."""
    w.post("c1", None, w.who(0), w.say("type_intro") + "\n\n", ("ar", w.arabic), "\n\n" + w.say("type_lead") + " ",
           ("en", w.english), "\n\n" + w.say("type_after"))
    w.item()


# ---- negatives ------------------------------------------------------------------------------------------------


def translit_plain(w: Writer) -> None:
    """Qanun makers: a reply gives the Arabic in Latin letters, not a translation."""
    w.post("c1", None, w.who(0), w.say("qanun_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("pronounce") + " " + transliterated(w.arabic, chat=False))
    w.item(english=None)


def translit_chat(w: Writer) -> None:
    """Driving school forum: the Arabic retyped in chat letters (Arabizi)."""
    w.post("c1", None, w.who(0), ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("chat_lead") + " " + transliterated(w.arabic, chat=True))
    w.item(english=None)


def french(w: Writer) -> None:
    """Neighbourhood watch: a reply renders a notice in French."""
    w.post("c1", None, w.who(0), w.say("watch_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("french"))
    w.item(english=None)


def spanish(w: Writer) -> None:
    """Blood donation drive: a reply in Spanish."""
    w.post("c1", None, w.who(0), w.say("blood_intro") + " ", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("spanish"))
    w.item(english=None)


def article_paraphrase(w: Writer) -> None:
    """Halal restaurant reviews: a reply paraphrases the linked article, not the Arabic comment."""
    w.post("c1", None, w.who(0), w.say("halal_link") + "\n\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("article_lead") + " " + _lead_lower(w.p.example.other[0].strip()))
    w.item(english=None)


def joke(w: Writer) -> None:
    """Tour guides: a joke "translation" nobody would take for one."""
    w.post("c1", None, w.who(0), w.say("tour_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("joke"))
    w.item(english=None)


def title_only(w: Writer) -> None:
    """Museum audio guides: a reply translates only the post's title (not in the comment)."""
    w.post("c1", None, w.who(0), ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("title_lead") + " '" + w.say("title") + "'" + w.say("title_after"))
    w.item(english=None)


def word_fix(w: Writer) -> None:
    """Board-game translations: a one-word correction of a deleted translation."""
    words = [m.group(0) for m in regex.finditer(r"\p{L}{5,}", w.english)] or ["card"]
    word = w.rng.choice(words).lower()
    w.post("c1", None, w.who(0), w.say("game_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), "[deleted]")
    w.post("c3", "c2", w.who(2), "'" + word + "' " + w.say("word_fix") + ", " + w.say("word_after"))
    w.item(english=None)


def quotes_other_english(w: Writer) -> None:
    """Carpool group: a reply quotes another English comment."""
    opinion = w.p.example.other[0].strip()
    w.post("c1", None, w.who(0), ("ar", w.arabic), " " + w.say("car_tag"))
    w.post("c2", "c1", w.who(1), opinion)
    w.post("c3", "c2", w.who(2), "> " + opinion + "\n\n" + w.say("agree"))
    w.item(english=None)


def other_thread(w: Writer) -> None:
    """Community fridge board: a reply gives the translation of a different notice in another thread."""
    w.post("c1", None, w.who(0), w.say("fridge_intro") + "\n", ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("url_lead") + " https://board.example.net/t/" + str(w.rng.randrange(1000, 9999))
           + "\n\n\"" + w.p.example.other[1].strip() + "\"")
    w.item(english=None)


def answers_else(w: Writer) -> None:
    """Barber shop reviews: the author answers a request with something else."""
    w.post("c1", None, w.who(0), ("ar", w.arabic))
    w.post("c2", "c1", w.who(1), w.say("barber_ask"))
    w.post("c3", "c2", w.who(0), w.say("deflect") + " " + w.p.example.unrelated.strip())
    w.item(english=None)


SHAPES: dict[str, tuple[Callable[..., None], int, str]] = {
    "quoted line by line (subtitle QC)": (line_by_line, 2, "pos"),
    "it says \"...\" (court interpreters)": (it_says_quoted, 1, "pos"),
    "basically: '...' (henna)": (basically_single, 1, "pos"),
    "lower case, text-speak (language café)": (lower_text_speak, 1, "pos"),
    "(I think) inside (vet forum)": (paren_hedge, 1, "pos"),
    "[unsure] inside (date palms)": (square_hedge, 1, "pos"),
    "bulleted list (Umrah agency)": (bulleted, 2, "pos"),
    "question after (pharmacy)": (question_after, 1, "pos"),
    "EDIT after (tutoring)": (edited, 1, "pos"),
    "answers someone else first (dentist)": (answers_other_first, 1, "pos"),
    "quoted back with thanks (refugee board)": (quoted_back, 1, "pos"),
    "> Arabic then English (oud)": (quote_then_english, 1, "pos"),
    "begins with ... (camel racing)": (leading_ellipsis, 1, "pos"),
    "ends with etc (olive co-op)": (trailing_etc, 1, "pos"),
    "British spelling (night school)": (british_spelling, 1, "pos"),
    "English before Arabic (wedding photos)": (before_arabic, 1, "pos"),
    "author answers, signs off (pen pals)": (pen_pal, 1, "pos"),
    "emoji and hashtags around (yearbook)": (yearbook, 1, "pos"),
    "handle and signature (translators' guild)": (guild_signature, 1, "pos"),
    "first sentence only (alumni)": (partial_first, 2, "pos"),
    "one lot of two (charity auction)": (one_of_two, 1, "pos"),
    "split over two comments (prayer app)": (split_two, 2, "pos"),
    "specimen and companion (type design)": (type_specimen, 1, "pos"),
    "transliteration (qanun makers)": (translit_plain, 1, "neg"),
    "chat-letter transliteration (driving school)": (translit_chat, 1, "neg"),
    "French rendering (neighbourhood watch)": (french, 1, "neg"),
    "Spanish rendering (blood drive)": (spanish, 1, "neg"),
    "paraphrases the article (halal grill)": (article_paraphrase, 1, "neg"),
    "joke translation (tour guides)": (joke, 1, "neg"),
    "title only (audio guide)": (title_only, 1, "neg"),
    "one-word fix, translation deleted (board games)": (word_fix, 1, "neg"),
    "quotes other English (carpool)": (quotes_other_english, 1, "neg"),
    "other thread's translation (community fridge)": (other_thread, 1, "neg"),
    "author answers something else (barber)": (answers_else, 1, "neg"),
}


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every gold span, its parts joined where a translation is split over comments, is its translation by
    :func:`same` (:func:`_blind.check_gold_parts`). Raises AssertionError naming the thread."""
    _blind.check_gold_parts(threads, sources, same)


def check_banks() -> None:
    """Every bank has entries for both halves, and no phrase of one half is, or holds, a phrase of the other."""
    tuned = {p.strip() for bank in BANKS.values() for p in bank[0::2]}
    held = {p.strip() for bank in BANKS.values() for p in bank[1::2]}
    for name, bank in BANKS.items():
        if len(bank) < 2:
            raise AssertionError(f"bank {name} has no held-out entry")
    for a in tuned:
        for b in held:
            if a == b or (len(b) >= 12 and b in a) or (len(a) >= 12 and a in b):
                raise AssertionError(f"{a!r} and {b!r} word both halves")


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
