"""Write round 19 of pairing's development set, worded blind (issue 14), to ~/.cache/bilingual/pairing-devset-round19.jsonl.

Written by someone who has not read the pairing code nor the earlier rounds' wordings, from issue 14,
the seeds and the sample exports. The angle is places earlier rounds may not have looked: news-site
comment sections, family groups on Facebook, comments under songs and nasheeds, tattoo and calligraphy
checks, signs, menus and labels, religious quotes with references and named translators, condolence
and congratulation threads, sports and gaming chat, two translations and a third reader who settles
it, a translation long after an unrelated exchange, two passages translated in the opposite order,
parentheses mid-sentence, caption style, emoji, British, Indian and Nigerian idiom, careless
lower-case typing. Negatives that look like answers: a summary, a reaction, a transliteration, a
name of the text, a complaint about machine translation, a counter-quote in Arabic.

Every gold span is the translation's first to last character (leads, notes, references, quotation
marks and sign-offs out). Each phrase bank is cut in two: the tuned half takes its even entries, the
held-out half its odd ones, so a wording of one half never appears in the other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import _blind  # bench/_blind.py, beside this file

OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round19.jsonl"
SEED = 19
TUNED, HELD_OUT = 3, 2  # threads per shape and data set

Part = _blind.Piece

# Each bank: the tuned half's wordings at even places, the held-out half's at odd places.
BANKS: dict[str, tuple[str, ...]] = {
    "news_open": (
        "Honestly the article buries the lede.",
        "I've read this paper for twenty years and this is the laziest piece yet.",
        "Nobody in this comment section seems to have watched the actual footage.",
        "People keep pretending this came out of nowhere, it didn't.",
        "The reporter clearly doesn't speak the language, so let me help.",
        "Every time this outlet covers the region the comments turn into a bin fire.",
    ),
    "slogan_lead": (
        "The crowd outside the ministry kept chanting",
        "Half the banners at the march read",
        "What they were shouting on the bridge was",
        "The slogan painted along the wall says",
    ),
    "means_mid": (
        "which means",
        "meaning",
        "i.e.",
        "roughly",
    ),
    "news_close": (
        "and yet the minister calls that foreign interference. Give me a break.",
        "so tell me again how this is about the economy alone.",
        "That isn't a fringe position, that's the street.",
        "Read that twice before you type another hot take.",
    ),
    "statement_lead": (
        "Here is what the minister actually said on state TV:",
        "Direct quote from the spokesman's press conference:",
        "This is the line from his speech everyone is sharing:",
        "From the official statement posted last night:",
    ),
    "statement_tr_lead": (
        "For those who can't read Arabic, he said: ",
        "Translation for everyone else:\n",
        "In English that comes out as: ",
        "Quick translation of the quoted bit:\n",
    ),
    "news_tail": (
        "Draw your own conclusions.",
        "Make of it what you like.",
        "Not my words, his.",
        "Doesn't sound like someone backing down.",
    ),
    "news_thanks": (
        "Thanks, that's the part the article left out.",
        "Appreciate it, the paper should hire you.",
        "Cheers for that, makes the whole thing clearer.",
        "Thank you, I was relying on the subtitles and they were awful.",
    ),
    "summary": (
        "basically he's angry at the government and wants the cameras to know it",
        "Long story short, he's blaming everyone except himself.",
        "tl;dr he is furious and wants the ministers gone",
        "The gist: same promises as the last election, nothing new.",
    ),
    "news_reply": (
        "This is exactly why nobody trusts either side anymore.",
        "Source for any of that? Or are we just vibing?",
        "You're conflating two completely different protests here.",
        "Comments like this are why I stopped reading the comments.",
    ),
    "partial_lead": (
        "I can only do the first sentence with any confidence: ",
        "First half, at least: ",
        "The opening line translates as ",
        "Partial translation, the start only:\n",
    ),
    "partial_tail": (
        "The rest is an idiom I'd butcher, someone else can try.",
        "No idea about the second bit, it's dialect.",
        "The second sentence I'll leave to a native speaker.",
        "Can't make out the rest from the clip.",
    ),
    "fb_saying_lead": (
        "My teta always said this whenever we complained about anything:",
        "Grandma's favourite saying, she repeated it at every family dinner:",
        "Found this in my late grandmother's notebook today:",
        "Mum says this was my grandfather's motto, he had it framed:",
    ),
    "aunt_means": (
        "my aunt says it means ",
        "Asked my khalto, she says it means: ",
        "My auntie just told me on the phone it means ",
        "Called my amto and she says: ",
    ),
    "fb_thanks": (
        "Thank you habibti ❤️",
        "Aww thank you, that made me cry a bit",
        "Yes!! That's exactly it, thank you 🙏",
        "Thanks cuz, she would have loved this",
    ),
    "aunt_reaction": (
        "my aunt says this every single Eid and we all roll our eyes 😂",
        "My auntie says that too!! Every family has one of these",
        "Haha my khalto still says it to my cousins, classic",
        "My aunt says this is the wisest thing ever written and honestly she's right",
    ),
    "recipe_intro": (
        "Trying to make mama's maqluba for the first time without her. Her notes are all in Arabic.",
        "Found my grandmother's recipe for ma'amoul in the back of a drawer!",
        "Making my nana's lentil soup tonight but I'm stuck on one step of her card.",
        "Aunty's kibbeh recipe, copied from the card she gave me before she moved back home.",
    ),
    "step_label": (
        "Step 3:",
        "Her step 4:",
        "The tricky part:",
        "Line near the bottom:",
    ),
    "recipe_ask": (
        "Anyone able to read it for me?",
        "Can someone help please, I don't want to ruin it.",
        "What does this bit mean??",
        "Help a useless diaspora kid out 🙈",
    ),
    "step_en": (
        "Step 3 in English: ",
        "That step says ",
        "It reads: ",
        "Her note says: ",
    ),
    "recipe_tail": (
        "Good luck, post a picture when it's done! x",
        "She was very particular about that part lol",
        "Don't skip it!!",
        "Let us know how it turns out 🍲",
    ),
    "invite_intro": (
        "My cousin's wedding card arrived and everyone here is too shy to admit they can't read it",
        "The invitation for Sara's wedding in Irbid! Top line is the usual verse, but what's the second part?",
        "Wedding invite from back home, can someone translate the middle line for my husband",
        "Got the engagement card today 💍 the bit under the names is in fancy script",
    ),
    "invite_ask": (
        "Thanks in advance 🙏",
        "He wants to write something back to them",
        "Please and thank you!",
        "Shukran everyone",
    ),
    "card_reads": (
        "The card reads:",
        "Middle line says:",
        "It says:",
        "That part of the invite says:",
    ),
    "congrats": (
        "Congratulations to the couple!!",
        "Mabrook to the families 🎉",
        "Alf mabrook! Wish I could be there",
        "Congrats to them both 💐",
    ),
    "ts_sep": (
        " = ",
        " → ",
        " ~ ",
        " >> ",
    ),
    "yt_gush": (
        "this part gives me chills every single time",
        "I don't even understand half of it and I'm crying",
        "came back for this line, it never gets old",
        "the way his voice breaks here 😭",
    ),
    "chorus_lead": (
        "the chorus",
        "chorus",
        "this line in the chorus",
        "the part everyone sings along to",
    ),
    "chorus_means": (
        "the chorus means ",
        "that line means ",
        "for the non arab fans it means: ",
        "english: ",
    ),
    "yt_ask": (
        "can someone translate pls",
        "need the english lyrics for this part",
        "translation anyone??",
        "what is he saying here I need to know",
    ),
    "yt_year": (
        "who's still listening in 2026?",
        "the algorithm brought me back here",
        "my dad played this in the car every morning",
        "replaying this on loop during exams",
    ),
    "emoji_a": (
        "😭😭",
        "🥺❤️",
        "🔥🔥🔥",
        "🤍🕊️",
    ),
    "tattoo_ask": (
        "Getting this tattooed on my forearm on Saturday. Is this tattoo correct? It should say",
        "Is this correct?? My artist printed this from a website. It's supposed to say",
        "Before I get this inked — is the Arabic right? It should mean",
        "Please check my tattoo design, I want it to say",
    ),
    "tattoo_fix": (
        "Please don't get this.",
        "Stop. Don't book it yet.",
        "Glad you asked first!",
        "Oh no, good thing you checked.",
    ),
    "actual_lead": (
        "What you have actually says: ",
        "As written, this reads: ",
        "This one says: ",
        "It actually means ",
    ),
    "tattoo_advice": (
        "Nothing like what you wanted. Ask a native speaker to write it out by hand.",
        "Whoever made the website copied the wrong line.",
        "Get a proper calligrapher, it's worth the money.",
        "Also the letters are disconnected, so it would look odd anyway.",
    ),
    "callig_ask": (
        "Practising my calligraphy, is the spelling right?",
        "My first piece in diwani script! Did I spell everything correctly?",
        "Calligraphy check please, did I join the letters properly?",
        "First try at thuluth, be gentle. Is it readable?",
    ),
    "callig_fix": (
        "Lovely strokes, but the third word is missing a letter and two letters in the middle are joined wrong.",
        "The spacing is off and one letter faces the wrong way.",
        "Beautiful, but you dropped a dot on the second word.",
        "Nearly there! The last letter of the first word shouldn't connect.",
    ),
    "actual_lead2": (
        "Read as it should be, it says ",
        "Fixed, it reads ",
        "Once corrected it means ",
        "The sentence itself is ",
    ),
    "callig_tail": (
        "Keep practising!",
        "Great start though.",
        "Redo it and post again 👍",
        "The composition is very nice.",
    ),
    "tattoo_ask2": (
        "Is this tattoo correct? My friend wrote it for me.",
        "Tattoo check!! Getting it tomorrow.",
        "Can someone confirm this is right before I get it done?",
        "Is this the right way round? Getting it on my ribs.",
    ),
    "translit_lead": (
        "It reads: ",
        "Pronounced ",
        "Sounds like ",
        "Phonetically: ",
    ),
    "callig_opinion": (
        "The font is very generic, get a real calligrapher.",
        "It's written left to right by the look of it, letters are fine though.",
        "Spelling looks fine to me.",
        "Nice script choice honestly.",
    ),
    "sign_ask": (
        "Saw this on a shop door in Amman, what does it say?",
        "This sign was outside our hotel in Dubai. Should we be worried? 😅",
        "Spotted this on a bus stop in Cairo, my friend says it's funny",
        "What does this note on our rental's fridge say? Host only speaks Arabic",
    ),
    "sign_says": (
        "the sign says: ",
        "It says ",
        "sign reads: ",
        "the note says ",
    ),
    "menu_ask": (
        "Two things on the specials board at the cafe near my office, what are they?",
        "Menu from the bakery downstairs, can anyone read these two lines?",
        "Back of the menu at our local shawarma place, these two lines aren't translated",
        "Two lines off the board at the juice stall:",
    ),
    "line1": (
        "First line: ",
        "Top: ",
        "1st one: ",
        "Top one: ",
    ),
    "line2": (
        "Second line: ",
        "Bottom: ",
        "2nd one: ",
        "Bottom one: ",
    ),
    "menu_tail": (
        "Not exactly menu material, the owner has a sense of humour.",
        "Neither is food btw lol",
        "So not specials, just the owner's thoughts.",
        "Go and ask the owner about it, he'll love that someone noticed.",
    ),
    "label_lead": (
        "The back of the jar reads",
        "The sticker on the box says",
        "Fine print under the brand name:",
        "There's a line on the tin that reads",
    ),
    "paren_lead": (
        "translation: ",
        "lit. ",
        "trans.: ",
        "eng: ",
    ),
    "label_tail": (
        "so I think it's fine to eat?",
        "which is not what I expected on crisps.",
        "so is it halal or not?",
        "weird thing to put on packaging tbh.",
    ),
    "translator": (
        "Sahih International",
        "Mustafa Khattab",
        "Pickthall",
        "Yusuf Ali",
    ),
    "surah": (
        "Surah",
        "Quran",
        "Al-Baqarah",
        "Surat",
    ),
    "ameen": (
        "Ameen 🤲",
        "SubhanAllah, needed this today",
        "JazakAllahu khayran for posting",
        "Beautiful reminder",
    ),
    "hadith_lead": (
        "The narration in English",
        "Translation of the hadith",
        "For non-Arabic speakers",
        "Here it is translated",
    ),
    "collection": (
        "Sahih al-Bukhari",
        "Sahih Muslim",
        "Riyad as-Salihin",
        "Sunan an-Nasa'i",
    ),
    "names_text": (
        "this is Surah Yasin, I recognise the rhythm",
        "That's from Sahih Muslim if I remember right",
        "This is the dua from the end of Al-Baqarah",
        "It's from Surah Ar-Rahman, verse 13 I think?",
    ),
    "condolence_news": (
        "My grandfather passed away this morning. Please keep him in your prayers.",
        "We lost my uncle last night after a long illness. Thank you all for the messages.",
        "Mum's funeral is on Friday at the mosque on King Street, everyone is welcome.",
        "My dear friend Khaled passed away in the accident on Tuesday.",
    ),
    "formula": (
        "الله يرحمه ويغفر له",
        "إنا لله وإنا إليه راجعون",
        "البقاء لله",
        "رحمه الله وأسكنه فسيح جناته",
        "عظم الله أجركم",
        "لا حول ولا قوة إلا بالله",
    ),
    "formula_en": (
        "So sorry for your loss.",
        "Sending love to you and the whole family.",
        "My deepest condolences, may he rest in peace.",
        "Thinking of you all ❤️",
        "Heartbroken reading this.",
        "He was a good man, we'll miss him.",
    ),
    "what_means": (
        "wait what does that say 😅",
        "translation for us non-Arabs?? 🙈",
        "english please, I want to congratulate properly 😂",
        "what does it mean!!",
    ),
    "emoji_pre": (
        "😂😂 ",
        "🥰 ",
        "hahaha ",
        "❤️❤️ ",
    ),
    "emoji_post": (
        "🤲❤️❤️",
        "💍🎉",
        "🎊🎊🎊",
        "✨🤍",
    ),
    "gg": (
        "gg",
        "wp all",
        "ez",
        "nice try lads",
    ),
    "huh": (
        "english pls",
        "??",
        "bro what",
        "translate??",
    ),
    "he_said": (
        "he said ",
        "he says ",
        "lmao he said ",
        "he typed ",
    ),
    "lol": (
        " lol",
        " 💀",
        " lmao",
        " 😭",
    ),
    "chant_lead": (
        "The whole stadium was singing this for ninety minutes:",
        "Ultras' new chant, heard it at the derby:",
        "What the away end was singing after the second goal:",
        "The chant from last night's final, absolute goosebumps:",
    ),
    "chant_goes": (
        "Chant goes: ",
        "The words mean ",
        "Translated: ",
        "It's basically saying ",
    ),
    "chant_tail": (
        "Absolute scenes 🔥",
        "Best fans in the league.",
        "Shame we bottled it after.",
        "Still hear it in my sleep.",
    ),
    "trash_en": (
        "cope harder, you lost 3-0",
        "imagine typing that after getting carried",
        "mute him already",
        "ratio + you're on my team next game",
    ),
    "mt_lead": (
        "google gives nonsense for this one, something like",
        "Google Translate says",
        "DeepL gives me",
        "the app translated it as",
    ),
    "mt_tail": (
        "which can't be right.",
        "lol no way that's it",
        "?? that makes zero sense",
        "which I refuse to believe.",
    ),
    "native_ask": (
        "anyone who actually speaks Arabic here?",
        "Machine translation is useless for dialect.",
        "Need a human on this one.",
        "Paging the Egyptians in the group",
    ),
    "ask_meaning": (
        "What does this mean? My neighbour wrote it on a card.",
        "Someone left this on my car windscreen, meaning?",
        "My colleague put this as her status, what is it?",
        "Got this text from my father-in-law, help!",
    ),
    "tr_lead_a": (
        "It means ",
        "Pretty sure it's ",
        "I think it says: ",
        "It's saying ",
    ),
    "tr_lead_b": (
        "No, it says: ",
        "Not quite. It's ",
        "Actually it means ",
        "That's not it. Correct reading: ",
    ),
    "adjudicate": (
        "The second one is right; the first reply is a different sentence entirely.",
        "Native speaker here, the second translation is correct.",
        "Second one. First is a guess.",
        "Listen to the second reply, it's accurate.",
    ),
    "caption_lead": (
        "Graffiti near my flat, been there for years:",
        "Caption from my grandad's old photo album:",
        "Written on the back of a postcard I bought at a market:",
        "Found this scratched into a desk at uni:",
    ),
    "offtopic_q": (
        "Which city is that?",
        "Is that near the old port?",
        "Nice photo, what camera?",
        "Wait, is that your street?",
    ),
    "offtopic_a": (
        "Tripoli, last summer.",
        "Yeah, about ten minutes' walk.",
        "Just my phone honestly.",
        "Used to be, we moved in March.",
    ),
    "offtopic_b": (
        "Beautiful place, want to go back.",
        "Love that area, the food is unreal.",
        "Phones are ridiculous these days.",
        "Ah fair, the rent there is mad now.",
    ),
    "late_lead": (
        "Oh and for anyone wondering, the writing means ",
        "Forgot to say, it translates to: ",
        "Also, since a few people DM'd me, it says: ",
        "PS the caption: ",
    ),
    "rev_lead": (
        "Translations, bottom one first:",
        "Here's what they mean (the second line first):",
        "In English, starting from the lower one:",
        "Meanings, reversed order because I wrote them bottom-up:",
    ),
    "second_label": (
        "Bottom line: ",
        "2) ",
        "Lower: ",
        "Second: ",
    ),
    "first_label": (
        "Top line: ",
        "1) ",
        "Upper: ",
        "First: ",
    ),
    "caption": (
        "[Arabic text] | [translation: |]",
        "[Image description: a note reading | which translates to: |]",
        "[Arabic] | [English: |]",
        "[Photo of a sign: | — meaning: |]",
    ),
    "idiom_lead": (
        "Kindly note, it means: ",
        "Abeg, na so e mean: ",
        "Right, so it's: ",
        "Dear sir, the meaning is ",
    ),
    "idiom_tail": (
        " Hope this helps, do revert if any doubt.",
        " Sha, ask your Arab friend to confirm o.",
        " Cheers.",
        " Please do the needful.",
    ),
    "upthread": (
        "The one further up was translated as: ",
        "Someone in the other reply chain translated theirs as ",
        "Top comment's translation was ",
        "Not sure about this one, the earlier post means ",
    ),
    "branch_ask": (
        "Mine is different, anyone?",
        "Can someone do this one too?",
        "and this one??",
        "Same question, different text:",
    ),
    "lower_lead": (
        "its saying ",
        "it says ",
        "means ",
        "translates to ",
    ),
    "paren_story": (
        "My dad says this all the time (|) and it drives us absolutely mad.",
        "Whenever I visit, my nan greets me with this (|) and then feeds me until I burst.",
        "My teacher wrote it on the board on the first day (|) and left it there all year.",
        "Our neighbour shouts it over the fence every morning (|) without fail.",
    ),
}

_ROMAN = str.maketrans({
    "ا": "a", "أ": "a", "إ": "i", "آ": "aa", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a",
    "ء": "'", "ؤ": "'", "ئ": "'", "،": ",", "؟": "?", "؛": ";",
})


def romanized(arabic: str) -> str:
    """A rough letter-by-letter romanization (a reader's transliteration, which gives no meaning)."""
    return " ".join("".join(ch for ch in arabic.translate(_ROMAN) if ch.isascii()).split())


def careless(english: str) -> str:
    """English as typed in a hurry: lower case, no apostrophes, commas or final stop."""
    kept = "".join(ch for ch in english.lower() if ch not in "',’\"").strip()
    return kept.rstrip(".!?;: ").strip()


def loose(text: str) -> str:
    """Letters, digits and single spaces of ``text`` in lower case: what a careless copy keeps."""
    return " ".join("".join(ch for ch in text.lower() if ch.isalnum() or ch.isspace()).split())


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: nothing around it, the same words (case, punctuation and white
    space forgiven, as a careless copy drops them)."""
    return bool(gold) and gold == gold.strip() and loose(gold) == loose(" ".join(want))


def check_banks() -> None:
    """Every bank has wordings for both halves, no wording is in both, and no wording of eight
    characters or more of one half is inside one of the other (shorter ones are common words)."""
    tuned = [p for bank in BANKS.values() for p in bank[0::2]]
    held = [p for bank in BANKS.values() for p in bank[1::2]]
    for name, bank in BANKS.items():
        if len(bank) < 2 or len(bank) % 2:
            raise AssertionError(f"bank {name}: an even number of wordings, at least two")
    for h in held:
        for t in tuned:
            a, b = h.strip(), t.strip()
            if a == b or (len(a) >= 8 and a in b) or (len(b) >= 8 and b in a):
                raise AssertionError(f"wording in both halves: {h!r} / {t!r}")


class Writer(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`): its wordings from this round's banks."""

    def say(self, bank: str) -> str:
        """A wording of ``bank`` from this thread's half."""
        return self.rng.choice(BANKS[bank][self.half :: 2])

    def post(self, cid: str, parent: str | None, author: str, *parts: Part) -> None:
        """Add a comment made of ``parts``, recording where each slotted part lands."""
        self.rows.append([cid, parent, author, _blind.joined(cid, parts, self.spans, self.texts)])

    def second(self) -> tuple[str, str]:
        """Another pair of the part (Arabic, English), sharing no text with the thread's example."""
        own = set(self.p.example.arabic) | set(self.p.example.english) | set(self.p.example.other)
        while True:
            arabic, english = self.p.pool[self.p.rng.randrange(len(self.p.pool))]
            if arabic not in own and english not in own:
                return arabic.strip(), english.strip()

    def stamp(self) -> str:
        """A song's timestamp, "2:31"."""
        return f"{self.p.rng.randrange(0, 5)}:{self.p.rng.randrange(0, 60):02d}"


def arabic(w: Writer, lines: bool = False) -> str:
    """The example's passage, its sentences on one line or one a line."""
    return ("\n" if lines else " ").join(a.strip() for a in w.p.example.arabic)


def english(w: Writer) -> str:
    """The example's translation, its sentences joined by a space."""
    return " ".join(e.strip() for e in w.p.example.english)


def other(w: Writer, k: int = 0) -> str:
    """English of another pair (a wrong translation, an unrelated line)."""
    return w.p.example.other[k].strip()


def _news_slogan(w: Writer) -> None:
    w.post("n1", None, "RealistRaja", w.say("news_open"), " ", w.say("slogan_lead"), " \"", ("a", arabic(w)), "\", ",
           w.say("means_mid"), " \"", ("e", english(w)), "\" — ", w.say("news_close"))
    w.post("n2", "n1", "oldschool_tom", w.say("news_reply"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _news_statement(w: Writer) -> None:
    w.post("n1", None, "Mariam_K", w.say("news_open"), "\n\n", w.say("statement_lead"), "\n", ("a", arabic(w)), "\n\n", w.say("news_close"))
    w.post("n2", "n1", "GeoffInLeeds", w.say("news_reply"))
    w.post("n3", "n1", "yousef.h", w.say("statement_tr_lead"), ("e", english(w)), "\n\n", w.say("news_tail"))
    w.post("n4", "n3", "GeoffInLeeds", w.say("news_thanks"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _news_summary(w: Writer) -> None:
    w.post("n1", None, "Mariam_K", w.say("news_open"), "\n\n", w.say("statement_lead"), "\n", ("a", arabic(w)))
    w.post("n2", "n1", "yousef.h", w.say("summary"))
    w.post("n3", "n2", "GeoffInLeeds", w.say("news_reply"))
    w.items = _blind.partial_items([("a", None, False)], w.spans)


def _news_partial(w: Writer) -> None:
    first = w.p.example.english[0].strip()
    w.post("n1", None, "Mariam_K", w.say("statement_lead"), "\n", ("a", arabic(w, lines=True)), "\n\n", w.say("news_close"))
    w.post("n2", "n1", "yousef.h", w.say("partial_lead"), ("e", first), "\n", w.say("partial_tail"))
    w.items = _blind.partial_items([("a", "e", True)], w.spans)


def _fb_aunt(w: Writer) -> None:
    w.post("f1", None, "Lina Haddad", w.say("fb_saying_lead"), "\n", ("a", arabic(w)), " ❤️")
    w.post("f2", "f1", "Rami Haddad", w.say("aunt_means"), ("e", english(w)))
    w.post("f3", "f2", "Lina Haddad", w.say("fb_thanks"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _fb_recipe(w: Writer) -> None:
    w.post("f1", None, "Noor A.", w.say("recipe_intro"), "\n\n", w.say("step_label"), " ", ("a", arabic(w)), "\n\n", w.say("recipe_ask"))
    w.post("f2", "f1", "Huda Saleh", w.say("step_en"), ("e", english(w)), " ", w.say("recipe_tail"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _fb_invitation(w: Writer) -> None:
    w.post("f1", None, "Amal Nasser", w.say("invite_intro"), "\n\n", ("a", arabic(w, lines=True)), "\n\n", w.say("invite_ask"))
    w.post("f2", "f1", "Samir Odeh", w.say("card_reads"), "\n", ("e", english(w)), "\n", w.say("congrats"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _fb_reaction(w: Writer) -> None:
    w.post("f1", None, "Lina Haddad", w.say("fb_saying_lead"), "\n", ("a", arabic(w)), " ❤️")
    w.post("f2", "f1", "Rami Haddad", w.say("aunt_reaction"))
    w.post("f3", "f2", "Lina Haddad", w.say("fb_thanks"))
    w.items = _blind.partial_items([("a", None, False)], w.spans)


def _yt_timestamps(w: Writer) -> None:
    stamp = w.stamp()
    w.post("y1", None, "@layla_sings", stamp, " ", ("a", arabic(w)), "\n", stamp, w.say("ts_sep"), ("e", english(w)), "\n\n", w.say("yt_gush"))
    w.post("y2", "y1", "@mo.beats", w.say("emoji_a"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _yt_chorus(w: Writer) -> None:
    w.post("y1", None, "@nasheed_lover", w.say("chorus_lead"), " ", w.stamp(), " ", ("a", arabic(w)), " ", w.say("emoji_a"))
    w.post("y2", "y1", "@hamza.r", w.say("chorus_means"), ("e", english(w)), " ", w.say("emoji_a"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _yt_no_translation(w: Writer) -> None:
    w.post("y1", None, "@layla_sings", w.stamp(), " ", ("a", arabic(w)), " ", w.say("emoji_a"))
    w.post("y2", "y1", "@mo.beats", w.say("yt_gush"))
    w.post("y3", "y1", "@jess_k", w.say("yt_ask"))
    w.post("y4", None, "@anon4471", w.say("yt_year"))
    w.items = _blind.partial_items([("a", None, False)], w.spans)


def _tattoo_actual(w: Writer) -> None:
    w.post("t1", None, "inkedkatie", w.say("tattoo_ask"), " \"", other(w), "\"\n\n", ("a", arabic(w)))
    w.post("t2", "t1", "Tariq_calligraphy", w.say("tattoo_fix"), "\n\n", w.say("actual_lead"), ("e", english(w)), "\n\n", w.say("tattoo_advice"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _calligraphy_fix(w: Writer) -> None:
    w.post("t1", None, "qalam_student", w.say("callig_ask"), "\n\n", ("a", arabic(w)))
    w.post("t2", "t1", "Tariq_calligraphy", w.say("callig_fix"), " ", w.say("actual_lead2"), "\"", ("e", english(w)), "\" ", w.say("callig_tail"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _tattoo_transliteration(w: Writer) -> None:
    w.post("t1", None, "inkedkatie", w.say("tattoo_ask2"), "\n\n", ("a", arabic(w)))
    w.post("t2", "t1", "dan_the_tattooist", w.say("translit_lead"), romanized(arabic(w)))
    w.post("t3", "t1", "Tariq_calligraphy", w.say("callig_opinion"))
    w.items = _blind.partial_items([("a", None, False)], w.spans)


def _sign_says(w: Writer) -> None:
    w.post("s1", None, "backpacker_jo", w.say("sign_ask"), "\n\n", ("a", arabic(w)))
    w.post("s2", "s1", "omar_in_amman", w.say("sign_says"), ("e", english(w)))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _menu_lines(w: Writer) -> None:
    a2, e2 = w.second()
    w.post("s1", None, "hungry_in_hackney", w.say("menu_ask"), "\n\n", ("a", arabic(w)), "\n", ("a2", a2))
    w.post("s2", "s1", "Dina.M", w.say("line1"), ("e", english(w)), "\n", w.say("line2"), ("e2", e2), "\n\n", w.say("menu_tail"))
    w.items = _blind.partial_items([("a", "e", False), ("a2", "e2", False)], w.spans)


def _label_parentheses(w: Writer) -> None:
    w.post("s1", None, "snackreviewer", w.say("label_lead"), " ", ("a", arabic(w)), " (", w.say("paren_lead"), ("e", english(w)), ") ", w.say("label_tail"))
    w.post("s2", "s1", "Dina.M", w.say("callig_opinion") if w.p.rng.random() < 0.5 else w.say("news_thanks"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _verse_reference(w: Writer) -> None:
    ref = f"({w.say('surah')} {w.p.rng.randrange(1, 115)}:{w.p.rng.randrange(1, 200)})"
    w.post("r1", None, "daily.reminders", ("a", arabic(w)), "\n\n\"", ("e", english(w)), "\"\n— ", w.say("translator"), " ", ref)
    w.post("r2", "r1", "umm_yusuf", w.say("ameen"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _narration_reference(w: Writer) -> None:
    ref = f"{w.say('collection')} {w.p.rng.randrange(1, 7000)}"
    w.post("r1", None, "daily.reminders", ("a", arabic(w)))
    if w.p.rng.random() < 0.5:
        w.post("r2", "r1", "abu_bakr_uk", w.say("hadith_lead"), f" ({ref}): ", ("e", english(w)))
    else:
        w.post("r2", "r1", "abu_bakr_uk", w.say("hadith_lead"), ":\n", ("e", english(w)), f"\n[{ref}]")
    w.post("r3", "r1", "umm_yusuf", w.say("ameen"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _names_the_text(w: Writer) -> None:
    w.post("r1", None, "daily.reminders", ("a", arabic(w)))
    w.post("r2", "r1", "abu_bakr_uk", w.say("names_text"))
    w.post("r3", "r1", "umm_yusuf", w.say("ameen"))
    w.items = _blind.partial_items([("a", None, False)], w.spans)


def _condolences(w: Writer) -> None:
    a2, _ = w.second()
    w.post("c1", None, "Yasmin Farouk", w.say("condolence_news"))
    w.post("c2", "c1", "Hassan Ali", w.say("formula"))
    w.post("c3", "c1", "Claire Bennett", w.say("formula_en"))
    w.post("c4", "c1", "Mahmoud Saad", w.say("formula"), "\n", ("a", arabic(w)), "\n", ("e", english(w)))
    w.post("c5", "c1", "Aisha B.", w.say("formula"), " ", w.say("formula_en"))
    w.post("c6", "c1", "Karim", ("a2", a2), " 🤲")
    w.post("c7", "c1", "Tom Price", w.say("formula_en"))
    w.items = _blind.partial_items([("a", "e", False), ("a2", None, False)], w.spans)


def _congratulations(w: Writer) -> None:
    w.post("c1", None, "Rania 🌸", ("a", arabic(w)), " 💍🎉❤️")
    w.post("c2", "c1", "Becky", w.say("what_means"))
    w.post("c3", "c2", "Rania 🌸", w.say("emoji_pre"), ("e", english(w)), " ", w.say("emoji_post"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _gaming_lowercase(w: Writer) -> None:
    w.post("g1", None, "xXsniperXx", w.say("gg"))
    w.post("g2", None, "abu_headshot", ("a", arabic(w)))
    w.post("g3", None, "noobmaster", w.say("huh"))
    w.post("g4", None, "zaid_plays", w.say("he_said"), ("e", careless(english(w))), w.say("lol"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _stadium_chant(w: Writer) -> None:
    w.post("g1", None, "WydadTillIDie", w.say("chant_lead"), "\n\n", ("a", arabic(w)))
    w.post("g2", "g1", "ultras_sami", w.say("chant_goes"), ("e", english(w)), " ", w.say("chant_tail"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _trash_talk(w: Writer) -> None:
    a2, _ = w.second()
    w.post("g1", None, "abu_headshot", ("a", arabic(w)))
    w.post("g2", "g1", "karim_gamer", ("a2", a2), " 😂")
    w.post("g3", "g1", "xXsniperXx", w.say("trash_en"))
    w.post("g4", None, "noobmaster", w.say("gg"))
    w.items = _blind.partial_items([("a", None, False), ("a2", None, False)], w.spans)


def _mt_complaint(w: Writer) -> None:
    w.post("m1", None, "curious_cat", ("a", arabic(w)))
    w.post("m2", "m1", "dave_m", w.say("mt_lead"), " \"", other(w), "\" ", w.say("mt_tail"))
    w.post("m3", "m2", "curious_cat", w.say("native_ask"))
    w.items = _blind.partial_items([("a", None, False)], w.spans)


def _adjudicated(w: Writer) -> None:
    w.post("d1", None, "puzzled_pete", ("a", arabic(w)), "\n\n", w.say("ask_meaning"))
    w.post("d2", "d1", "learner_lou", w.say("tr_lead_a"), other(w))
    w.post("d3", "d1", "nadia_translates", w.say("tr_lead_b"), ("e", english(w)))
    w.post("d4", "d3", "ahmad.k", w.say("adjudicate"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _late_translation(w: Writer) -> None:
    w.post("l1", None, "wanderer_zee", w.say("caption_lead"), "\n", ("a", arabic(w)))
    w.post("l2", "l1", "ben_h", w.say("offtopic_q"))
    w.post("l3", "l2", "wanderer_zee", w.say("offtopic_a"))
    w.post("l4", "l3", "ben_h", w.say("offtopic_b"))
    w.post("l5", "l4", "wanderer_zee", w.say("late_lead"), ("e", english(w)))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _reversed_pair(w: Writer) -> None:
    a2, e2 = w.second()
    w.post("o1", None, "sami_writes", ("a", arabic(w)), "\n", ("a2", a2), "\n\n", w.say("rev_lead"), "\n",
           w.say("second_label"), ("e2", e2), "\n", w.say("first_label"), ("e", english(w)))
    w.post("o2", "o1", "ben_h", w.say("news_thanks"))
    w.items = _blind.partial_items([("a", "e", False), ("a2", "e2", False)], w.spans)


def _caption_style(w: Writer) -> None:
    opening, middle, closing = w.say("caption").split("|")
    w.post("v1", None, "a11y_alex", opening, ("a", arabic(w)), middle, ("e", english(w)), closing)
    w.post("v2", "v1", "mona_z", w.say("fb_thanks"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _idiom_reply(w: Writer) -> None:
    w.post("i1", None, "curious_cat", ("a", arabic(w)), "\n\n", w.say("ask_meaning"))
    w.post("i2", "i1", "chidi_lagos", w.say("idiom_lead"), ("e", english(w)), w.say("idiom_tail"))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _other_branch(w: Writer) -> None:
    a2, _ = w.second()
    w.post("b1", None, "first_poster", ("a", arabic(w)))
    w.post("b2", "b1", "helpful_hana", w.say("tr_lead_a"), ("e", english(w)))
    w.post("b3", None, "second_poster", w.say("branch_ask"), "\n", ("a2", a2))
    w.post("b4", "b3", "lazy_larry", w.say("upthread"), english(w))
    w.items = _blind.partial_items([("a", "e", False), ("a2", None, False)], w.spans)


def _lowercase_reply(w: Writer) -> None:
    w.post("w1", None, "curious_cat", ("a", arabic(w)))
    w.post("w2", "w1", "teen_tarek", w.say("lower_lead"), ("e", careless(english(w))))
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


def _parenthesised_story(w: Writer) -> None:
    before, after = w.say("paren_story").split("|")
    w.post("p1", None, "grandkid_gemma", ("a", arabic(w)))
    w.post("p2", "p1", "grandkid_gemma", before, ("e", english(w)), after)
    w.items = _blind.partial_items([("a", "e", False)], w.spans)


Builder = Callable[[Writer], None]

#: shape: (builder, sentences of the example's passage, pos or neg)
SHAPES: dict[str, tuple[Builder, int, str]] = {
    "news: slogan translated mid-argument": (_news_slogan, 1, "pos"),
    "news: politician's statement, a reader translates": (_news_statement, 2, "pos"),
    "news: a summary, not a translation": (_news_summary, 2, "neg"),
    "news: only the first sentence translated": (_news_partial, 2, "pos"),
    "facebook: my aunt says it means": (_fb_aunt, 1, "pos"),
    "facebook: recipe step": (_fb_recipe, 1, "pos"),
    "facebook: wedding invitation lines": (_fb_invitation, 2, "pos"),
    "facebook: a reaction, not a translation": (_fb_reaction, 1, "neg"),
    "youtube: lyric line and its English, timestamped": (_yt_timestamps, 1, "pos"),
    "youtube: the chorus means": (_yt_chorus, 2, "pos"),
    "youtube: requests and reactions, no translation": (_yt_no_translation, 1, "neg"),
    "tattoo: it should say, it actually says": (_tattoo_actual, 1, "pos"),
    "calligraphy: spelling corrected, reading given": (_calligraphy_fix, 1, "pos"),
    "tattoo: a transliteration, no meaning": (_tattoo_transliteration, 1, "neg"),
    "sign: the sign says": (_sign_says, 1, "pos"),
    "menu: two lines, two translations": (_menu_lines, 1, "pos"),
    "label: translation in parentheses mid-sentence": (_label_parentheses, 1, "pos"),
    "religious: verse with translator and reference": (_verse_reference, 1, "pos"),
    "religious: narration with collection reference": (_narration_reference, 1, "pos"),
    "religious: names the text, no translation": (_names_the_text, 1, "neg"),
    "condolences: formulas, one passage translated": (_condolences, 1, "pos"),
    "congratulations: emoji-heavy own reply": (_congratulations, 1, "pos"),
    "gaming: chat, lower-case third-person translation": (_gaming_lowercase, 1, "pos"),
    "sports: stadium chant": (_stadium_chant, 2, "pos"),
    "gaming: trash talk, counter-quote in Arabic": (_trash_talk, 1, "neg"),
    "machine-translation complaint": (_mt_complaint, 2, "neg"),
    "two translations, a third reader settles it": (_adjudicated, 1, "pos"),
    "translation after an unrelated exchange": (_late_translation, 1, "pos"),
    "two passages, translations in the opposite order": (_reversed_pair, 1, "pos"),
    "caption style: [Arabic text] [translation: ...]": (_caption_style, 1, "pos"),
    "British, Indian, Nigerian idiom": (_idiom_reply, 1, "pos"),
    "the other branch's translation quoted": (_other_branch, 1, "pos"),
    "careless lower-case reply": (_lowercase_reply, 1, "pos"),
    "translation in parentheses mid-story": (_parenthesised_story, 2, "pos"),
}


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, OUT, TUNED, HELD_OUT, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
