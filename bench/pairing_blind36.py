"""Round 36 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: hashtags, a film review's stars, a blogger's greeting, a lyrics annotation's vote
row, a game review's hours line, a thread's '2/3' counter, a struck-out first guess, a pinned
channel header, transcript speaker labels, parentheses, a 'Source:' line, an attribution under a
quoted block, italics markers, a certification statement, tattoo quotes, a review's footer, an
'(edited)' marker, a fediverse mention, a document comment's 'resolved' line, a caption dash and
an invitation card's ornaments left out) and one third with English that looks like a translation
and is not.

Settings of this round (new topics): a LinkedIn post with hashtags and '…see more', a Letterboxd
review quoting a film's line, a recipe blog's comment answered by the blogger, a Genius lyrics
annotation, a Steam review with its hours on record, an X thread numbered '1/3', a Reddit comment
whose wrong first guess is '~~struck out~~', a Telegram channel's pinned message with an English
half, a podcast transcript with an interpreter's speaker label, a translation in parentheses after
each Arabic sentence, a translation with a 'Source:' line under it, a partial translation of the
first sentence only (marked partial), a quoted block attributed '— my dad', a Medium post whose
translation is in markdown italics, a HelloTalk moment with its app rows, a certified translation
with the translator's statement, a tattoo forum's 'it means' in quotes, a Tripadvisor review with
'Date of experience', a Teams message marked '(edited)', a Mastodon reply opening with a
'@user@instance' mention, a Google Docs comment thread marked resolved, a museum caption 'Arabic —
English' on one line, and a bilingual wedding invitation; negatives on a reply translating a
different passage of the same thread, English lyrics of a song with the same title, a dictionary
definition of one word, a moderator's rule reminder, a sarcastic "yeah that's totally what it
says", a LinkedIn congratulation, a Steam reply about the game, a recipe substitution question, a
podcast host's next question, a tattoo warning, and a Letterboxd review quoting a different film.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind36.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)

SEED = 36241
DEFAULT_OUT = Path("/tmp/r36/pairing-devset-round36.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "poster": ("Wafa_Kh", "Torsten", "Hiba.S", "Guillermo", "Nadim_A", "Sunniva", "Rasha.M", "Cormac", "Yara_T",
               "Ottilie", "Anas.B", "Lisbeth"),
    "helper": ("Marwan_Q", "Ibtisam", "Tarek.h", "Lamis", "Sami_J", "Nour.E", "Khalil_R", "Widad"),
    "asker": ("Fenella", "Jarek_P", "Solveig", "Ambrose", "Philippa", "Radek", "Henrietta", "Kasimir"),
    # LinkedIn
    "li_tags": ("#leadership #gratitude #teamwork", "#career #newbeginnings", "#innovation #MENA #startups",
                "#proud #milestone #community"),
    "li_head": ("Senior Project Manager at a logistics firm", "Head of Growth | Speaker | Mentor",
                "Civil Engineer · Riyadh", "Product Designer · open to work"),
    "li_lead": ("For my non-Arabic network: ", "English for everyone who asked: ", "For those who can't read it: ",
                "In English, for my colleagues abroad: "),
    # Letterboxd
    "lb_stars": ("★★★★½", "★★★", "★★★★★", "★★½"),
    "lb_after": ("and that line stayed with me all the way home.", "delivered in one take, no music, nothing. perfect.",
                 "the subtitles butchered it, so here is what she actually says.", "i rewound three times."),
    "lb_film": ("Watched at a festival screening, Arabic with bad subtitles.", "Rewatched with my sister.",
                "First watch, no idea why I waited this long.", "Saw it in a half-empty cinema on a Tuesday."),
    # recipe blog
    "rb_ask": ("My grandmother wrote this at the bottom of her copy of this recipe, can you tell me what it says?",
               "Found this note in my mum's handwriting next to the recipe, any idea what it means?",
               "Made this last night! My aunt added this line in the family group chat, what does it say?",
               "There's a note on my teta's recipe card that nobody in the family can read anymore:"),
    "rb_hi": ("Hi {a}! Your note says: ", "Oh how lovely, {a}! It says: ", "{a}, what a treasure. It reads: ",
              "Hello {a}, I asked my mother and she says it reads: "),
    "rb_end": ("Happy baking! xx", "Enjoy every bite 💕", "Let me know how it turns out!", "Thanks for sharing this with me."),
    # Genius
    "gn_sect": ("[Verse 1]", "[Chorus]", "[Bridge]", "[Outro]"),
    "gn_note": ("The line plays on the title of the album.", "He said in an interview that this bar is about his mother.",
                "A nod to the old song the beat samples.", "Fans read this as a response to the rival's diss track."),
    "gn_votes": ("+41 · Improve · Share", "+7 · Improve", "+112 · Improve · Share", "+19 · Improve"),
    # Steam
    "st_hours": ("Recommended · 142.3 hrs on record", "Not Recommended · 12.8 hrs on record",
                 "Recommended · 1,204.6 hrs on record", "Recommended · 3.1 hrs on record (2.9 hrs at review time)"),
    "st_ask": ("what does the review say? google gives garbage", "english pls, is this positive or negative",
               "translation? the thumbs up confuses me", "can anyone tl this review"),
    "st_helpful": ("\n\n17 people found this comment helpful", "\n\nHelpful? Yes No Funny", "\n\n3 people found this comment funny",
                   "\n\nHelpful? Yes No"),
    # X thread
    "x_intro": ("A short thread on a sentence I keep seeing quoted out of context.", "Thread on the viral quote from last night.",
                "Let me explain this screenshot, since it is going around.", "Some context on the quote in everyone's feed."),
    "x_close": ("Make of it what you will.", "That's all, thanks for reading.", "Please share the full quote, not the clipped one.",
                "End of thread."),
    # strikethrough
    "ss_wrong": ("~~something about a wedding?~~", "~~I think it's a complaint about prices~~",
                 "~~no clue, looks like a poem~~", "~~pretty sure it's about football~~"),
    "ss_edit": ("\n\nEdit: my wife corrected me, it actually says: ", "\n\nEDIT: scratch that, a native speaker DMed me. It says: ",
                "\n\nedit: I was way off. It's: ", "\n\nEdit 2: ignore the above, real meaning: "),
    # Telegram pinned
    "tp_pin": ("📌 Pinned message", "📌 Pinned Message", "📌 pinned", "📌 Pin #3 · channel"),
    "tp_chan": ("Cairo Expat Housing", "Dubai Second-hand Market", "Tunis Students 2024", "Jeddah Running Club"),
    "tp_en": ("\n\n🇬🇧 English:\n", "\n\n🇬🇧\n", "\n\n— English —\n", "\n\nEN:\n"),
    # podcast transcript
    "pc_host": ("HOST", "MODERATOR", "PRESENTER", "INTERVIEWER"),
    "pc_interp": ("INTERPRETER", "TRANSLATOR (voice-over)", "INTERPRETER (off mic)", "VOICE-OVER"),
    "pc_thanks": ("Thank you. And what happened after that?", "Right. Let's take a short break there.",
                  "That's remarkable. Can you say more?", "Thank you for being so open with us."),
    "pc_lead": ("Transcript excerpt from episode 14, for anyone searching:\n\n", "Pasting the relevant bit of the transcript:\n\n",
                "Auto-transcript, cleaned up by me:\n\n", "From the show notes transcript:\n\n"),
    # parentheses per sentence
    "par_lead": ("My aunt's message for the reunion, my English after each sentence:\n\n", "Sentence by sentence, English in brackets:\n\n",
                 "Grandpa's voice note, typed out, my translation after each line:\n\n", "Original with translation inline:\n\n"),
    # Source line
    "src_line": ("\nSource: my Egyptian coworker", "\nSource: native speaker (my husband)", "\nSource: my Arabic teacher",
                 "\nSource: asked my roommate from Amman"),
    # partial
    "part_lead": ("I can only do the first sentence: ", "Only the first bit, the rest is beyond me: ",
                  "First sentence is ", "Got the start at least: "),
    "part_tail": ("\nNo idea about the second part, sorry.", "\nSomeone else will have to do the rest.",
                  "\nThe rest uses words I don't know.", "\nCan't make out the second half."),
    # attribution
    "dad": ("— my dad", "— my mum, who grew up in Alexandria", "— my dad (born in Baghdad)", "— my grandmother, via phone"),
    "dad_lead": ("Asked at dinner:\n\n", "Sent it to the family chat:\n\n", "Called home about it:\n\n", "My parents' take:\n\n"),
    # Medium italics
    "md_lead": ("The poster on the wall read:\n\n", "At the entrance a sign said:\n\n", "My host wrote in my notebook:\n\n",
                "The card that came with the gift said:\n\n"),
    "md_after": ("I have thought about it every day since.", "It took me weeks to understand why.",
                 "Nobody else in the room seemed to notice it.", "I keep the card on my desk."),
    # HelloTalk
    "ht_rows": ("🔊 · Transliteration · Translate", "Translate · 🔊 · Correct", "🔊 Translate · Transliterate", "Translate · Correct · 🔊"),
    "ht_lang": ("AR ➜ EN", "Native: Arabic · Learning: English", "AR → EN", "Native Arabic · learning English"),
    # certified
    "cert": ("\n\nI, {b}, certify that I am competent to translate from Arabic into English and that the above is a true and "
             "accurate translation of the original document.",
             "\n\nTranslator's statement: the above translation was made by {b} and is complete and accurate to the best of "
             "my knowledge and ability.",
             "\n\nCertified by {b}, sworn translator. Stamp and signature on the paper copy.",
             "\n\n{b} declares that this English version faithfully renders the attached Arabic original."),
    "cert_ask": ("For my visa file I need the English of this line from my employer's letter:\n\n",
                 "Line from my diploma supplement, needs a certified English version:\n\n",
                 "This is in the birth certificate remarks field:\n\n", "Court letter sentence, need it in English for my lawyer:\n\n"),
    # tattoo
    "tat_ask": ("Getting this tattooed on Saturday, can someone confirm what it says?",
                "My artist found this design, is it legit? What does it mean?",
                "Want this on my forearm, please check before I commit",
                "Thinking of this for my first tattoo, what's the meaning?"),
    "tat_lead": ("Before you get it inked: it means ", "It reads ", "Literally it says ", "It's fine, it says "),
    "tat_tail": (" It's not misspelled, go for it.", " Grammar is fine.", " Nothing embarrassing, promise.", " Looks correct to me."),
    # Tripadvisor
    "ta_foot": ("\n\nDate of experience: March 2024", "\n\nDate of stay: November 2023", "\n\nDate of visit: July 2024",
                "\n\nDate of experience: February 2025"),
    "ta_trip": ("Trip type: Traveled as a couple", "Trip type: Family", "Trip type: Solo", "Trip type: Business"),
    "ta_ask": ("Can anyone translate this review? Considering booking.", "What does this review say? Good or bad?",
               "Translation please, thinking of going next month", "Anyone? Is this review a warning?"),
    # Teams
    "tm_time": ("10:42 AM", "3:07 PM", "9:15 AM", "4:58 PM"),
    "tm_mark": (" (edited)", "\nEdited", " (edited)", "\n(edited)"),
    # Mastodon
    "ma_inst": ("mastodon.social", "fosstodon.org", "hachyderm.io", "mas.to"),
    "ma_tags": ("\n\n#Arabic #translation", "", "\n\n#languages", "\n\n#ArabicLanguage"),
    # Google Docs
    "gd_ask": ("+{x}@example.com can you translate this paragraph before we send it?", "@{x} what does this line say? Need it for the deck",
               "+{x}@example.com English please", "@{x} could you give me the English for the client?"),
    "gd_res": ("\nMarked as resolved", "\nResolved", "\n{a} marked this as resolved", "\nRe-opened"),
    # museum caption
    "mu_lead": ("Caption from the exhibition, as printed on the wall:\n\n", "Label next to the object:\n\n",
                "Catalogue entry, both languages on one line:\n\n", "The placard reads:\n\n"),
    "mu_dash": (" — ", " – ", " / ", " | "),
    "mu_ask": ("Is the English on the label accurate?", "Did they translate it right?", "Does the English match?",
               "Curious whether the English is faithful."),
    # wedding invitation
    "wd_orn": ("~ ❦ ~", "✿ ✿ ✿", "⁂", "· · ·"),
    "wd_ask": ("Designing our wedding invitation, is the English line a fair match for the Arabic?",
               "My cousin wrote both lines for our invitation card, do they match?",
               "Invitation draft, checking the translation before printing:",
               "Final proof from the printer, please sanity check:"),
    # --- negatives ---
    "dp_lead": ("And the second sign said:\n\n", "Another one from the same wall:\n\n", "Also this one, next to it:\n\n",
                "One more from the same trip:\n\n"),
    "dp_tr": ("That second one says: ", "The other sign means: ", "Second photo: ", "For the other one: "),
    "lyr_lead": ("Haha there's an English song with exactly that title, it goes:\n", "Reminds me of the English song with the same name:\n",
                 "Not a translation, but the English song called the same thing goes:\n", "Same title as a song I love, lyrics:\n"),
    "dict_lead": ("Just the first word: ", "Dictionary entry for the first word: ", "From Hans Wehr, first word only: ",
                  "Looked up the first word: "),
    "dict_def": ("(noun) a thing that is given or handed over; a portion or share.",
                 "(verb) to go out, leave, or depart from a place.",
                 "(adjective) large, great in size or importance; old in age.",
                 "(noun) a house, dwelling or home; also a verse of poetry."),
    "rule": ("Reminder: Rule 3. Translation requests must include where the text is from. Please edit your post.",
             "Mod note: please flair your post with the language pair, or it will be removed.",
             "Friendly reminder that requests for tattoo translations go in the weekly thread.",
             "This post has been approved. Please be civil in the comments and don't guess."),
    "sarc": ("\"{x}\" — yeah that's totally what it says 🙄", "lmao sure, \"{x}\". that's exactly what it says",
             "Yeah, \"{x}\", word for word, definitely 🙃", "oh absolutely, it clearly says \"{x}\" /s"),
    "congr": ("Congratulations! ", "So well deserved 👏 ", "Huge congrats! ", "Amazing news. "),
    "steam_rep": ("Agree with this review. ", "Dev here, thanks for playing. ", "Hard disagree. ", "Same experience here. "),
    "sub_ask": ("Can I use something else instead of semolina? ", "Does this work without an oven? ",
                "Quick question unrelated to the note: ", "Off topic, but "),
    "tat_warn": ("Please don't, it's not what you think. ", "Careful, the letters are disconnected in that design. ",
                 "Get a second opinion before inking. ", "Don't trust the artist's font, the letters are reversed. "),
    "lb_other": ("Reminds me of another film's line: ", "Honestly this is just like that other movie where he says ",
                 "My favourite line in any film is still: ", "Better line from a different film: "),
}


class Writer(_blind.Writer):
    """One thread of this round being written (:class:`_blind.Writer`) with this round's banks."""

    banks = BANKS


Shape = Callable[[Writer], None]

# --- positives -----------------------------------------------------------------------------------


def linkedin(w: Writer) -> None:
    """LinkedIn: an Arabic post with hashtags and '…see more', a colleague's comment giving the English and tags."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, f"{a.replace('_', ' ')}\n{w.ph('li_head')}\n1w · 🌐\n\n", ("A", w.arabic), f"\n\n{w.ph('li_tags')}\n…see more")
    w.add("2", "1", b, f"{b.replace('_', ' ')}\n{w.ph('li_head')}\n5d\n", w.ph("li_lead"), ("E", w.english), f"\n\n{w.ph('li_tags')}")
    w.item(("A", "E"))


def letterboxd(w: Writer) -> None:
    """Letterboxd: the reviewer quotes a film's Arabic line and gives her English in curly quotes, stars first."""
    w.add("1", None, w.who("poster"), f"{w.ph('lb_stars')}\n{w.ph('lb_film')}\n\n", ("A", w.arabic), "\n\n“", ("E", w.english), "”\n\n", w.ph("lb_after"))
    w.add("2", "1", w.who("asker"), "beautiful review ♥")
    w.item(("A", "E"))


def recipe_blog(w: Writer) -> None:
    """Recipe blog: a reader's comment with a family note in Arabic, the blogger's reply greeting her by name."""
    a = w.who("poster")
    w.add("1", None, a, w.ph("rb_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("rb_hi").format(a=a.split("_")[0].split(".")[0]), ("E", w.english), "\n\n", w.ph("rb_end"))
    w.item(("A", "E"))


def genius(w: Writer) -> None:
    """Genius annotation: the lyric's section header with the Arabic, the annotation's English, a note, the vote row."""
    w.add("1", None, w.who("poster"), w.ph("gn_sect"), "\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), "\n\n", w.ph("gn_note"), "\n\n", w.ph("gn_votes"))
    w.item(("A", "E"))


def steam(w: Writer) -> None:
    """Steam: an Arabic review under its hours-on-record line; the reviewer answers a request with the English."""
    a = w.who("poster")
    w.add("1", None, a, w.ph("st_hours"), "\nPosted: 3 March\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("st_ask"))
    w.add("3", "2", a, ("E", w.english), w.ph("st_helpful"))
    w.item(("A", "E"))


def x_thread(w: Writer) -> None:
    """An X thread numbered '1/3': the quote in the first post, the English in the second, comment in the third."""
    a = w.who("poster")
    w.add("1", None, a, f"{w.ph('x_intro')} 🧵 1/3\n\n", ("A", w.arabic))
    w.add("2", "1", a, ("E", w.english), "\n\n2/3")
    w.add("3", "2", a, f"{w.ph('x_close')} 3/3")
    w.item(("A", "E"))


def strikethrough(w: Writer) -> None:
    """Reddit: a wrong first guess struck out with '~~', an edit with the real meaning under it."""
    w.add("1", None, w.who("poster"), "Found this scribbled in a used book:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ss_wrong"), w.ph("ss_edit"), ("E", w.english))
    w.item(("A", "E"))


def telegram_pinned(w: Writer) -> None:
    """A Telegram channel's pinned message: the Arabic half, then an English half under a flag."""
    w.add("1", None, w.ph("tp_chan"), f"{w.ph('tp_pin')}\n\n", ("A", w.arabic), w.ph("tp_en"), ("E", w.english), "\n\n👁 4.1K")
    w.add("2", "1", w.who("asker"), "thanks admin 🙏")
    w.item(("A", "E"))


def podcast(w: Writer) -> None:
    """A podcast transcript pasted in a comment: the guest's Arabic, the interpreter's line, the host's next line."""
    g, m = w.who("poster"), w.p.rng.randrange(10, 59)
    w.add("1", None, w.who("asker"), w.ph("pc_lead"),
          f"[00:{m}:04] {g.upper().replace('_', ' ')}: ", ("A", w.arabic),
          f"\n[00:{m}:11] {w.ph('pc_interp')}: ", ("E", w.english),
          f"\n[00:{m}:20] {w.ph('pc_host')}: {w.ph('pc_thanks')}")
    w.item(("A", "E"))


def parens_each(w: Writer) -> None:
    """The poster's own post: each Arabic sentence followed by its English in parentheses."""
    a1, a2 = (s.strip() for s in w.p.example.arabic)
    e1, e2 = (s.strip() for s in w.p.example.english)
    w.add("1", None, w.who("poster"), w.ph("par_lead"), ("A1", a1), " (", ("E1", e1), ")\n", ("A2", a2), " (", ("E2", e2), ")")
    w.add("2", "1", w.who("asker"), "this is so helpful for learners, thank you")
    w.item(("A1", "E1"), ("A2", "E2"))


def source_line(w: Writer) -> None:
    """The English, then a 'Source:' line saying who gave it."""
    w.add("1", None, w.who("poster"), "Written inside a card I bought at a market:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("src_line"))
    w.item(("A", "E"))


def partial_first(w: Writer) -> None:
    """A third person translates the first sentence of a two-sentence passage only (marked partial)."""
    e1 = w.p.example.english[0].strip()
    w.add("1", None, w.who("poster"), "My landlord sent this, what does it say?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("part_lead"), ("E", e1), w.ph("part_tail"))
    w.items = _blind.partial_items([("A", "E", True)], w.spans)


def dad_quote(w: Writer) -> None:
    """The English as a quoted block, attributed '— my dad' on the line under it."""
    w.add("1", None, w.who("poster"), "Could a native speaker help with this?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("dad_lead"), "> ", ("E", w.english), "\n\n", w.ph("dad"))
    w.item(("A", "E"))


def medium_italics(w: Writer) -> None:
    """A Medium post: the Arabic in a blockquote, the English in markdown italics under it, the story goes on."""
    w.add("1", None, w.who("poster"), w.ph("md_lead"), "> ", ("A", w.arabic), "\n\n_", ("E", w.english), "_\n\n", w.ph("md_after"))
    w.add("2", "1", w.who("asker"), "Beautiful piece, thank you.")
    w.item(("A", "E"))


def hellotalk(w: Writer) -> None:
    """HelloTalk moment: the Arabic with the app's rows; a language partner's comment with the English."""
    a = w.who("poster")
    w.add("1", None, a, f"{a} · {w.ph('ht_lang')}\n", ("A", w.arabic), f"\n{w.ph('ht_rows')}\n♡ 12  💬 3")
    w.add("2", "1", w.who("helper"), ("E", w.english), f"\n{w.ph('ht_rows')}")
    w.item(("A", "E"))


def certified(w: Writer) -> None:
    """A certified translation: the English, then the translator's statement of accuracy."""
    b = w.who("helper")
    w.add("1", None, w.who("poster"), w.ph("cert_ask"), ("A", w.arabic))
    w.add("2", "1", b, ("E", w.english), w.ph("cert").format(b=b.replace("_", " ")))
    w.item(("A", "E"))


def tattoo(w: Writer) -> None:
    """Tattoo forum: 'it means' with the English in straight double quotes, reassurance after."""
    w.add("1", None, w.who("poster"), w.ph("tat_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("tat_lead"), "\"", ("E", w.english), "\"", w.ph("tat_tail"))
    w.item(("A", "E"))


def tripadvisor(w: Writer) -> None:
    """Tripadvisor: an Arabic review with its footer; a later reviewer posts the English with the same footer."""
    a = w.who("poster")
    w.add("1", None, a, f"{a} wrote a review\n★★★★☆\n", ("A", w.arabic), w.ph("ta_foot"), f"\n{w.ph('ta_trip')}")
    w.add("2", "1", w.who("asker"), w.ph("ta_ask"))
    w.add("3", "2", w.who("helper"), ("E", w.english), w.ph("ta_foot"))
    w.item(("A", "E"))


def teams(w: Writer) -> None:
    """Microsoft Teams: the name and time header, the English message marked '(edited)'."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, f"{a.replace('_', ' ')}  {w.ph('tm_time')}\n", ("A", w.arabic))
    w.add("2", "1", b, f"{b.replace('_', ' ')}  {w.ph('tm_time')}\n", ("E", w.english), w.ph("tm_mark"))
    w.item(("A", "E"))


def mastodon(w: Writer) -> None:
    """Mastodon reply: opens with '@user@instance' mentions, the English, hashtags."""
    a, b = w.who("poster"), w.who("helper")
    inst = w.ph("ma_inst")
    w.add("1", None, f"{a}@{inst}", ("A", w.arabic), w.ph("ma_tags"))
    w.add("2", "1", f"{b}@{w.ph('ma_inst')}", f"@{a.lower()}@{inst} ", ("E", w.english), w.ph("ma_tags"))
    w.item(("A", "E"))


def gdocs(w: Writer) -> None:
    """Google Docs comment thread: an assignment mention, the English reply, 'Marked as resolved'."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, "[Comment on: \"", ("A", w.arabic), f"\"]\n{w.ph('gd_ask').format(x=b.lower().replace('.', '_'))}")
    w.add("2", "1", b, ("E", w.english), w.ph("gd_res").format(a=a))
    w.item(("A", "E"))


def museum(w: Writer) -> None:
    """A museum caption quoted whole: 'Arabic — English' on one line, then a question."""
    w.add("1", None, w.who("poster"), w.ph("mu_lead"), ("A", w.arabic), w.ph("mu_dash"), ("E", w.english), "\n\n", w.ph("mu_ask"))
    w.item(("A", "E"))


def wedding(w: Writer) -> None:
    """A bilingual wedding invitation: Arabic, an ornament line, the English, the couple's names."""
    w.add("1", None, w.who("poster"), w.ph("wd_ask"), "\n\n", ("A", w.arabic), f"\n{w.ph('wd_orn')}\n", ("E", w.english),
          f"\n\n{w.who('helper')} & {w.who('asker')}\n12 . 06 . 2025")
    w.add("2", "1", w.who("asker"), "Gorgeous card!")
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_other_passage(w: Writer) -> None:
    """Two passages in the thread; the reply translates the other one, not the item's."""
    a = w.who("poster")
    w.add("1", None, a, "Signs from my trip, first one:\n\n", ("A", w.arabic))
    w.add("2", "1", a, w.ph("dp_lead"), w.other_pair()[0])
    w.add("3", "2", w.who("helper"), w.ph("dp_tr"), w.other)
    w.item(("A", None))


def n_lyrics(w: Writer) -> None:
    """English lyrics of a song that shares the passage's title."""
    w.add("1", None, w.who("poster"), "Title of a song my neighbour plays every night:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("lyr_lead"), f"♪ {w.other}\n♪ {w.unrelated} ♪")
    w.item(("A", None))


def n_dictionary(w: Writer) -> None:
    """A dictionary definition of the passage's first word."""
    words = [t for t in w.arabic.split() if re.search(r"[\u0621-\u064a]", t)]
    w.add("1", None, w.who("poster"), "What does this mean?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("dict_lead"), f"{words[0] if words else w.arabic[:6]} {w.ph('dict_def')}")
    w.item(("A", None))


def n_mod_rule(w: Writer) -> None:
    """A moderator's rule reminder under the request."""
    w.add("1", None, w.who("poster"), ("A", w.arabic), "\n\ntranslate pls")
    w.add("2", "1", "AutoModerator" if w.half == 0 else "mod_team", w.ph("rule"))
    w.item(("A", None))


def n_sarcastic(w: Writer) -> None:
    """A sarcastic 'yeah that's totally what it says' quoting someone's wrong guess."""
    w.add("1", None, w.who("poster"), "Does this say what I think it says?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("sarc").format(x=w.other.rstrip(".")))
    w.item(("A", None))


def n_linkedin(w: Writer) -> None:
    """LinkedIn: an Arabic post and a congratulation about something else."""
    a = w.who("poster")
    w.add("1", None, a, f"{a.replace('_', ' ')}\n{w.ph('li_head')}\n2d · 🌐\n\n", ("A", w.arabic), f"\n\n{w.ph('li_tags')}")
    w.add("2", "1", w.who("helper"), w.ph("congr"), w.other)
    w.item(("A", None))


def n_steam(w: Writer) -> None:
    """Steam: an Arabic review and an English reply about the game."""
    w.add("1", None, w.who("poster"), w.ph("st_hours"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("steam_rep"), w.other, w.ph("st_helpful"))
    w.item(("A", None))


def n_recipe(w: Writer) -> None:
    """Recipe blog: the family note in Arabic, a reader's English question about something else."""
    w.add("1", None, w.who("poster"), w.ph("rb_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("sub_ask"), w.other)
    w.item(("A", None))


def n_podcast(w: Writer) -> None:
    """Podcast transcript: the guest's Arabic, then the host's next question in English (no interpreter)."""
    g = w.who("poster")
    w.add("1", None, w.who("asker"), w.ph("pc_lead"), f"[00:12:40] {g.upper().replace('_', ' ')}: ", ("A", w.arabic),
          f"\n[00:13:02] {w.ph('pc_host')}: {w.other}")
    w.item(("A", None))


def n_tattoo(w: Writer) -> None:
    """Tattoo forum: a warning and an unrelated remark, no meaning given."""
    w.add("1", None, w.who("poster"), w.ph("tat_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("tat_warn"), w.other)
    w.item(("A", None))


def n_letterboxd(w: Writer) -> None:
    """Letterboxd: the Arabic line quoted, a reply quoting a line from a different film."""
    w.add("1", None, w.who("poster"), f"{w.ph('lb_stars')}\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("lb_other"), f"“{w.other}”")
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "LinkedIn hashtags and see more": (linkedin, 1, "pos"),
    "Letterboxd review curly quotes": (letterboxd, 1, "pos"),
    "recipe blog reply by name": (recipe_blog, 1, "pos"),
    "Genius annotation vote row": (genius, 1, "pos"),
    "Steam review, author answers": (steam, 2, "pos"),
    "X thread 1/3": (x_thread, 2, "pos"),
    "strikethrough first guess": (strikethrough, 1, "pos"),
    "Telegram pinned bilingual": (telegram_pinned, 2, "pos"),
    "podcast transcript interpreter": (podcast, 1, "pos"),
    "parentheses after each sentence": (parens_each, 2, "pos"),
    "Source: line under": (source_line, 1, "pos"),
    "partial: first sentence only": (partial_first, 2, "pos"),
    "quoted block, '— my dad'": (dad_quote, 1, "pos"),
    "Medium italics": (medium_italics, 1, "pos"),
    "HelloTalk rows": (hellotalk, 1, "pos"),
    "certified translation statement": (certified, 2, "pos"),
    "tattoo 'it means' in quotes": (tattoo, 1, "pos"),
    "Tripadvisor footer": (tripadvisor, 1, "pos"),
    "Teams (edited)": (teams, 1, "pos"),
    "Mastodon @user@instance": (mastodon, 1, "pos"),
    "Google Docs comment resolved": (gdocs, 1, "pos"),
    "museum caption one line": (museum, 1, "pos"),
    "wedding invitation ornament": (wedding, 2, "pos"),
    "neg: another passage translated": (n_other_passage, 1, "neg"),
    "neg: song lyrics same title": (n_lyrics, 1, "neg"),
    "neg: dictionary definition": (n_dictionary, 1, "neg"),
    "neg: moderator rule": (n_mod_rule, 1, "neg"),
    "neg: sarcastic totally what it says": (n_sarcastic, 1, "neg"),
    "neg: LinkedIn congratulation": (n_linkedin, 1, "neg"),
    "neg: Steam reply about the game": (n_steam, 1, "neg"),
    "neg: recipe question": (n_recipe, 1, "neg"),
    "neg: podcast host's question": (n_podcast, 1, "neg"),
    "neg: tattoo warning": (n_tattoo, 1, "neg"),
    "neg: another film's line": (n_letterboxd, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, nothing around it."""
    return bool(gold) and _blind.same_flat(gold, want)


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
