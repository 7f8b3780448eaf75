"""Round 37 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: a "Translation:" label and the cultural paragraph after it, a Discord quote of the
Arabic, a learner's "Correct me if wrong" line, a lyric's timestamps and arrows, a horizontal rule, a
blockquote's marker and a gloss table, a heritage speaker's hedge, a follow-up question, a "Context:"
paragraph, a screenshot's label, an English proverb compared, a translation platform's labels and vote
count, an e-reader's highlight header and "Note:" label, a flashcard's field names and tags, a host's
"English below" arrow and sign-off, a voice message's transcript header, a "(my own translation...)"
flag, Jira's {quote} markup, an owner's response header, a newsletter mailbag's lead, a callout's marker and a to-do, and an Etsy
seller's shipping line left out) and one third with English that looks like a translation and is not.

Settings of this round (new topics): a Reddit comment with a "Translation:" line and a long cultural
explanation after it, a Discord reply quoting the Arabic with "> " and translating under the quote, a
Facebook language-learning group post "Correct me if wrong:" (a learner's own English of her own
Arabic), a YouTube comment translating song lyrics line by line under timestamps (one item per line),
a forum post whose translation sits under a horizontal rule "---", a Stack Exchange answer with the
translation in a blockquote and a word gloss table, "Rough translation (I'm a heritage speaker):", an
ALL CAPS English to match an Arabic shout (the gold span is the capitals: the same text up to case), a
translator asking a follow-up question after translating, a translation followed by a "Context:"
paragraph, a commenter translating a screenshot's typed-out text, a proverb translated and compared to
an English one ("a bit like our '...'"), a Crowdin-style suggestion with source and vote rows, a Kindle
highlight with the reader's note, an Anki card "Front:/Back:", an Airbnb host's bilingual message
"(English below)", a voice message's transcript translated by a friend, a translation with "(my own
translation, corrections welcome)" after it, a Jira comment in {quote} markup, a Google Maps owner's
response translating a sign in a review photo, a newsletter's reader mailbag, a Notion page's '> 💡' callout, and an Etsy seller
translating the engraving a buyer asked for; negatives on a reply paraphrasing the English version of
the article (not the Arabic), an English line from a novel that the Arabic reminds someone of, a reply
translating a different commenter's Arabic in another branch, a reply correcting the Arabic's spelling,
a "Google Translate says ..." that the commenter disputes (a disputed machine output is not the
commenter's translation: a negative; its English is another pair's), a reply asking "is this Quran?"
with an English verse, an Airbnb host's answer to an Arabic review, a translation platform reviewer's
note about placeholders, an Etsy seller's shipping answer, a flashcard tip, and a heritage speaker who
declines to translate.

Not used, decided: "Literally: ... / Naturally: ..." two versions (the data give one English, a made-up
literal one would be no real pair) and an English that keeps one Arabic word in Latin letters (that
would change the real English).

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind37.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)

SEED = 37529
DEFAULT_OUT = Path("/tmp/r37/pairing-devset-round37.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "poster": ("Dalia_N", "Brennan", "Suha.K", "Ingeborg", "Zaid_M", "Percival", "Manal.R", "Tamsin", "Fadi_O",
               "Leopold", "Reem.A", "Clementine"),
    "helper": ("Omar_Sh", "Hala.B", "Yousef_T", "Nisreen", "Bilal.K", "Samar_H", "Jamil.Z", "Rula"),
    "asker": ("Gwendolyn", "Thaddeus", "Margit", "Ignatius", "Rosalind", "Bartek", "Winifred", "Casimir"),
    # Reddit: Translation line + cultural paragraph
    "rc_ask": ("Saw this painted on a wall in my neighbourhood, what does it say?",
               "My coworker put this as her status, curious what it means",
               "This was on a banner at a protest downtown, translation?",
               "Overheard this phrase a lot at my in-laws, what does it mean?"),
    "rc_label": ("Translation: ", "Translated:\n", "**Translation:** ", "Translation -> "),
    "rc_culture": ("Some cultural background: phrases like this are said all the time at family gatherings, and older "
                   "relatives especially love them. It is not meant literally, it is more a way of showing that you care "
                   "and that you are paying attention to the person in front of you.",
                   "A bit of background, since people always ask: this kind of sentence is very typical of how people talk "
                   "in the region, where politeness is layered and indirect. Outsiders often read it as too formal, but "
                   "locals would not think twice about it.",
                   "For context on why it sounds the way it does: the register here is halfway between the formal written "
                   "language and everyday dialect, which is how a lot of public messages are written. It signals seriousness "
                   "without being stiff.",
                   "Culturally, you will hear this sort of thing from aunties and shopkeepers alike. The tone is warm, and "
                   "nobody would find it strange; if anything, not saying something like it would come across as cold."),
    # Discord quote
    "dc_time": ("Today at 4:12 PM", "Yesterday at 11:03 PM", "Today at 9:48 AM", "Yesterday at 7:30 PM"),
    "dc_ask": ("can someone tl? 🙏", "anyone know what this says", "@here translation pls", "what's this mean lol"),
    # Facebook learners
    "fb_group": ("Arabic Learners Worldwide", "Learn Egyptian Arabic Together", "Arabic for Beginners (Official)",
                 "MSA Study Circle"),
    "fb_lead": ("Day 40 of learning! I wrote this myself. Correct me if wrong:\n\n",
                "First time writing a full sentence without help 😅 correct me if wrong:\n\n",
                "Practising for my exam, correct me if I'm wrong please:\n\n",
                "Trying to write about my week. Correct me if wrong!\n\n"),
    "fb_meant": ("\n\nWhat I mean: ", "\n\nI'm trying to say: ", "\n\nMeaning: ", "\n\n(in English: "),
    "fb_reply": ("Very good! Just one small thing with the verb, otherwise perfect 👏", "Excellent, keep going!",
                 "Nice work, it reads naturally.", "Well done, I understood everything."),
    # YouTube lyrics
    "yt_lead": ("Translating the chorus for everyone asking in the comments:\n\n", "Line by line for non-Arabic speakers:\n\n",
                "My translation of the part that gives me chills:\n\n", "For my friends who don't speak Arabic:\n\n"),
    "yt_arrow": ("\n→ ", "\n= ", "\n» ", "\n↳ "),
    "yt_tail": ("\n\nWhat a voice 😭", "\n\nThis song never gets old", "\n\n2025 and still listening", "\n\nSend this to someone you miss"),
    # horizontal rule
    "hr_ask": ("Found this in a letter among my late grandfather's papers. Can anyone help?",
               "Inscription on the back of an old family photo:",
               "This was handwritten inside the cover of a book I bought second-hand.",
               "A note left on my car windshield, no idea what it says:"),
    "hr_top": ("Sure, here you go.", "Happy to help.", "Here is what it says, as best I can tell.", "Had a go at it."),
    "hr_sig": ("\n\n---\n_Posted from the mobile app_", "", "\n\n---\nNative speaker, Levantine", ""),
    # Stack Exchange gloss table
    "se_lead": ("The sentence translates as:\n\n", "A fair translation would be:\n\n", "In English this reads:\n\n",
                "I would render it as:\n\n"),
    "se_table": ("Word by word:\n\n| Arabic | Gloss |\n|---|---|\n", "Glosses:\n\n| word | meaning |\n|---|---|\n",
                 "Breakdown:\n\n| form | gloss |\n|---|---|\n", "Vocabulary:\n\n| Arabic | English |\n|---|---|\n"),
    "se_gloss": ("(first word)", "(see above)", "(head word)", "(initial form)"),
    # heritage speaker
    "hs_lead": ("Rough translation (I'm a heritage speaker):\n\n", "Rough translation (heritage speaker, grew up hearing it at home):\n\n",
                "Rough translation, I'm a heritage speaker so don't quote me:\n\n", "Rough tl (heritage speaker here):\n\n"),
    # all caps
    "cap_ask": ("Why is my neighbour shouting this at the kids every evening??", "Got this all-caps-energy message from my landlord:",
                "My friend sent me this with like ten exclamation marks, should I be worried?",
                "This was yelled at the end of the match, what was it?"),
    "cap_tail": ("\n\n(he's really angry lol)", "\n\nthat's the energy of it", "\n\nyes the shouting is intended 😂", ""),
    # follow-up question
    "fq_q": ("\n\nQuick question though: where did you find this? The wording is a bit unusual.",
             "\n\nCan I ask who wrote it? Knowing the context would help me check one word.",
             "\n\nDo you have a photo of the rest? It looks like it continues.",
             "\n\nOut of curiosity, is this from a letter or a message?"),
    # Context paragraph
    "ctx_para": ("\n\nContext: this is the kind of thing you would see on an official notice, so the tone is formal.",
                 "\n\nContext: it sounds like part of a longer conversation, probably a reply to something earlier.",
                 "\n\nContext: people post sentences like this on social media after the news, it is fairly common.",
                 "\n\nContext: the wording suggests it was written for the public, not a private message."),
    # screenshot
    "sc_ask": ("Screenshot from my group chat, I typed the text out below:\n\n", "OCR'd this from a screenshot, hope it's right:\n\n",
               "Text from the screenshot (typed out since the image is blurry):\n\n", "Screenshot text copied here:\n\n"),
    "sc_lead": ("The screenshot says: ", "Your screenshot reads: ", "What's in the screenshot: ", "Screenshot translation: "),
    # proverb
    "pv_ask": ("My grandmother always says this, is it a proverb?", "Heard this saying in a film, what does it mean?",
               "Is this a common expression? My teacher used it.", "Old saying my dad repeats, meaning?"),
    "pv_like": (" A bit like our \"every cloud has a silver lining\".", " Similar to \"you reap what you sow\" in English.",
                " Kind of like saying \"actions speak louder than words\".", " Our version would be \"where there's a will there's a way\"."),
    # Crowdin
    "cr_key": ("Key: onboarding.welcome_body", "Key: settings.privacy_notice", "String ID 4471 · checkout.error_text",
               "String ID 982 · profile.about_hint"),
    "cr_votes": ("\n👍 3  👎 0 · Approve", "\n+2 · Approved by proofreader", "\n👍 1 · Approve", "\n+5 · Approved"),
    # Kindle
    "kd_head": ("Your Highlight on page 87 | Location 1334-1336", "Highlight (yellow) | Location 412", "Your Highlight on page 12 | Added on Sunday",
                "Highlight (blue) | Page 203"),
    "kd_note": ("\n\nNote: ", "\n\nMy note: ", "\n\nNote to self: ", "\n\nNOTE: "),
    "kd_club": ("Sharing my highlights for book club:\n\n", "From this week's chapter:\n\n", "My favourite passage so far:\n\n",
                "Exporting my notes for the discussion:\n\n"),
    # Anki
    "ak_tags": ("\nTags: arabic::sentences deck::daily", "\nTags: msa reading", "\nTags: arabic::a2 mined", "\nTags: sentences egyptian"),
    "ak_ask": ("Made this card for my deck, did I get the back right?", "Sentence-mining card, is my back side accurate?",
               "Checking my Anki card before I add it:", "Is the back of this card a good translation?"),
    # Airbnb
    "ab_below": ("(English below)", "English version below ⬇️", "(see English below)", "⬇️ English ⬇️"),
    "ab_sign": ("\n\nBest regards,\n{a} (your host)", "\n\nWarmly, {a}", "\n\n— {a}, Superhost", "\n\nSee you soon!\n{a}"),
    # voice note
    "vn_head": ("🎤 Voice message (0:14)\nTranscript: ", "🎤 0:21 · Transcribed\n", "🎙️ Voice note (0:09) — auto-transcript:\n",
                "🎤 Voice message 0:17 · Transcription: "),
    "vn_lead": ("she's saying ", "he says ", "basically she said ", "the voice note says "),
    # own flag
    "of_flag": (" (my own translation, corrections welcome)", " (my own translation, feel free to correct)",
                " (own translation, may be off)", " (translation mine, happy to be corrected)"),
    # Jira
    "jr_head": ("h3. English\n{quote}", "*In English:*\n{quote}", "h4. EN\n{quote}", "English version:\n{quote}"),
    "jr_tail": ("{quote}\nCan we use this for the release notes?", "{quote}\n[~{a}] please review.", "{quote}\nMoving to QA.",
                "{quote}\nClosing the sub-task."),
    # Google Maps owner response
    "gm_rev": ("★★★★★ · 2 weeks ago\nLovely spot. Photo 3 is the sign by the door, no idea what it says:\n\n",
               "★★★★☆ · a month ago\nGreat coffee. The sign at the entrance (last photo) says:\n\n",
               "★★★★★ · 3 days ago\nFriendly staff! Can the owner tell us what the sign says?\n\n",
               "★★★☆☆ · 5 months ago\nOkay food. There's a framed sentence on the wall:\n\n"),
    "gm_resp": ("Response from the owner · 1 week ago\nThank you! The sign says: ", "Response from the owner\nThe sign reads: ",
                "Response from the owner · 2 days ago\nHello and thanks! It says: ", "Response from the owner\nIt means: "),
    "gm_end": (" Hope to see you again!", " Come back soon.", " Thanks for the kind words.", " We appreciate your visit."),
    # newsletter mailbag
    "nl_lead": ("📬 From the mailbag\n\nA reader in Amman wrote in (in Arabic, so bear with my translation):\n\n",
                "Reader mail of the week\n\nThis one arrived in Arabic:\n\n",
                "📬 Mailbag\n\nA long-time subscriber sent this:\n\n", "Letters\n\nOne of you wrote to me in Arabic:\n\n"),
    "nl_tr": ("\n\nWhich, translated, says: ", "\n\nIn English: ", "\n\nMy translation: ", "\n\nRoughly: "),
    "nl_end": ("\n\nThank you, it made my week.", "\n\nKeep the letters coming.", "\n\nI read every one of these.", "\n\nReplies below!"),
    # Etsy
    "et_ask": ("Hi! I'd like this engraved on the bracelet, can you tell me exactly what it says first?",
               "Before I order: my fiancé wants this on the ring, what does it say?",
               "Could you confirm the meaning of this text for the custom necklace?",
               "For the custom plate, this is the text. What does it mean exactly?"),
    "et_lead": ("Hi! Of course. It says: ", "Hello, thanks for your order! The text means: ", "Sure! In English it reads: ",
                "Hi there! It translates to: "),
    "et_ship": (" Ready to ship in 3 business days.", " Processing time is 1 to 2 weeks.", " I'll send a proof before engraving.",
                " Free shipping on this item."),
    # --- negatives ---
    "ar_lead": ("The Arabic edition quotes the minister as saying:\n\n", "Quote from the Arabic version of the article:\n\n",
                "The Arabic headline reads:\n\n", "From the Arabic press release:\n\n"),
    "ar_para": ("The English version of the article is different, it just says: ", "The English edition paraphrases the story as: ",
                "FWIW the English article leads with: ", "The English-language site has a shorter piece: "),
    "bk_lead": ("Reminds me of a line in a novel I read last year: ", "There's a passage in an old book I love: ",
                "This always makes me think of a line from a memoir: ", "Not the same, but a novel I read has: "),
    "br_ask": ("Another one, different sign:\n\n", "Mine is from a different street:\n\n", "Piggybacking with my own:\n\n",
               "Different one, can someone do this too?\n\n"),
    "br_tr": ("Yours says: ", "This one means: ", "For yours: ", "Here: "),
    "sp_fix": ("Small spelling fix: the second word should end in ة, not ه. ", "Spelling: you're missing a hamza on the alif. ",
               "The third word is misspelled, it takes a ط not a ت. ", "Just a typo note: double the final letter. "),
    "sp_after": ("Unrelated, but ", "Also, ", "Anyway, ", "Side note: "),
    "gt_says": ("Google Translate says \"{x}\" but that can't be right, the grammar doesn't fit.",
                "google translate gives \"{x}\"... no way, that's nonsense.",
                "GT says \"{x}\", which is obviously wrong.", "Google Translate: \"{x}\". I really doubt it."),
    "qr_ask": ("Is this Quran? It sounds like the verse \"{x}\" ({s})", "is this from the Quran? reminds me of \"{x}\" ({s})",
               "Quran? The English of {s} I know goes \"{x}\"", "Is it a verse? I only know \"{x}\" ({s}) in English"),
    "qr_sura": ("2:286", "94:5", "13:28", "65:3"),
    "abr_rev": ("★★★★★\n", "★★★★☆\n", "★★★★★ Stayed 3 nights\n", "★★★☆☆\n"),
    "abr_resp": ("Response from {a}: Thank you so much for staying with us! ", "Response from {a}: Thanks for the review. ",
                 "Host response: We're glad you came. ", "Response from {a}: Thank you for your feedback. "),
    "cr_note": ("Reviewer note: please keep the {0} placeholder as is. ", "QA: the string is too long for the button. ",
                "Proofreader: check the plural forms before approving. ", "Note: this key is reused on the checkout page. "),
    "et_ship_ans": ("Yes, I can engrave that! ", "Of course, no problem. ", "Sure thing, we do Arabic engraving. ",
                    "Happy to! "),
    "ak_tip": ("Tip: split long sentences into two cards. ", "Use cloze deletions for this kind of card. ",
               "I'd add audio to the front. ", "Put the vowel marks on the front while you learn. "),
    "hs_no": ("Heritage speaker here, but formal Arabic is beyond me, sorry. ", "I grew up speaking it and still can't read this one. ",
              "Sorry, my Arabic is kitchen Arabic only. ", "Heritage speaker, but I won't attempt this one. "),
}


class Writer(_blind.Writer):
    """One thread of this round being written (:class:`_blind.Writer`) with this round's banks."""

    banks = BANKS


Shape = Callable[[Writer], None]


def _first(name: str) -> str:
    return re.split(r"[_.]", name)[0]


# --- positives -----------------------------------------------------------------------------------


def reddit_culture(w: Writer) -> None:
    """Reddit: a 'Translation:' line, then a long cultural explanation paragraph."""
    w.add("1", None, w.who("poster"), w.ph("rc_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("rc_label"), ("E", w.english), "\n\n", w.ph("rc_culture"))
    w.add("3", "2", w.who("asker"), "TIL, thanks!")
    w.item(("A", "E"))


def discord_quote(w: Writer) -> None:
    """Discord: the reply quotes the Arabic with '> ' and translates under the quote."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, f"{a} — {w.ph('dc_time')}\n", ("A", w.arabic), f"\n{w.ph('dc_ask')}")
    w.add("2", "1", b, f"{b} — {w.ph('dc_time')}\n> {w.arabic}\n", ("E", w.english))
    w.item(("A", "E"))


def fb_learner(w: Writer) -> None:
    """Facebook language-learning group: a learner's own Arabic and her meaning, 'Correct me if wrong'."""
    a = w.who("poster")
    meant = w.ph("fb_meant")
    close = ")" if meant.endswith("(in English: ") else ""
    w.add("1", None, a, f"{a.replace('_', ' ')} ▸ {w.ph('fb_group')}\n", w.ph("fb_lead"), ("A", w.arabic), meant, ("E", w.english), close)
    w.add("2", "1", w.who("helper"), w.ph("fb_reply"))
    w.item(("A", "E"))


def youtube_lyrics(w: Writer) -> None:
    """YouTube: song lyrics line by line under timestamps, each line's English under it (one item per line)."""
    a1, a2 = (s.strip() for s in w.p.example.arabic)
    e1, e2 = (s.strip() for s in w.p.example.english)
    m = w.p.rng.randrange(1, 4)
    s = w.p.rng.randrange(10, 40)
    arrow = w.ph("yt_arrow")
    w.add("1", None, w.who("asker"), w.ph("yt_lead"), f"{m}:{s:02d} ", ("A1", a1), arrow, ("E1", e1),
          f"\n\n{m}:{s + 7:02d} ", ("A2", a2), arrow, ("E2", e2), w.ph("yt_tail"))
    w.add("2", "1", w.who("poster"), "thank you for this ❤️")
    w.item(("A1", "E1"), ("A2", "E2"))


def horizontal_rule(w: Writer) -> None:
    """Forum: a short greeting, a horizontal rule '---', the translation under it."""
    w.add("1", None, w.who("poster"), w.ph("hr_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("hr_top"), "\n\n---\n\n", ("E", w.english), w.ph("hr_sig"))
    w.item(("A", "E"))


def se_gloss(w: Writer) -> None:
    """Stack Exchange answer: the translation in a blockquote, then a word gloss table with Arabic words."""
    words = [t for t in w.arabic.split() if re.search(r"[\u0621-\u064a]", t)][:2] or ["كلمة"]
    rows = "".join(f"| {t} | {w.ph('se_gloss')} |\n" for t in words)
    w.add("1", None, w.who("poster"), "How would you translate this sentence?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("se_lead"), "> ", ("E", w.english), "\n\n", w.ph("se_table"), rows,
          "\nShare · Improve this answer · Follow")
    w.item(("A", "E"))


def heritage(w: Writer) -> None:
    """Reddit: 'Rough translation (I'm a heritage speaker):' on its own line, the English under it."""
    w.add("1", None, w.who("poster"), "Can anyone help with this?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("hs_lead"), ("E", w.english))
    w.item(("A", "E"))


def all_caps(w: Writer) -> None:
    """An Arabic shout with emoji exclamation marks; the English in ALL CAPS to match it (gold: the capitals)."""
    w.add("1", None, w.who("poster"), w.ph("cap_ask"), "\n\n", ("A", w.arabic), " ‼️‼️")
    w.add("2", "1", w.who("helper"), ("E", w.english.upper()), w.ph("cap_tail"))
    w.item(("A", "E"))


def follow_up(w: Writer) -> None:
    """The translator gives the English, then asks a follow-up question."""
    w.add("1", None, w.who("poster"), "What does this say?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("fq_q"))
    w.add("3", "2", w.who("poster"), "A friend sent it to me, no more context sorry")
    w.item(("A", "E"))


def context_para(w: Writer) -> None:
    """The translation, then a 'Context:' paragraph."""
    w.add("1", None, w.who("poster"), "Translation request:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("ctx_para"))
    w.item(("A", "E"))


def screenshot(w: Writer) -> None:
    """A screenshot's text typed out by the poster; a commenter translates 'the screenshot'."""
    w.add("1", None, w.who("poster"), w.ph("sc_ask"), ("A", w.arabic), "\n\n[image]")
    w.add("2", "1", w.who("helper"), w.ph("sc_lead"), ("E", w.english))
    w.item(("A", "E"))


def proverb(w: Writer) -> None:
    """A saying translated, then compared to an English proverb."""
    w.add("1", None, w.who("poster"), w.ph("pv_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("pv_like"))
    w.item(("A", "E"))


def crowdin(w: Writer) -> None:
    """A translation platform's suggestion: key, source (ar), suggestion (en), vote row."""
    w.add("1", None, w.who("helper"), f"{w.ph('cr_key')}\nSource (ar): ", ("A", w.arabic), "\nSuggestion (en): ",
          ("E", w.english), w.ph("cr_votes"))
    w.add("2", "1", w.who("asker"), "Looks good to me.")
    w.item(("A", "E"))


def kindle(w: Writer) -> None:
    """A Kindle highlight header, the Arabic highlight, the reader's note with the English."""
    w.add("1", None, w.who("poster"), w.ph("kd_club"), w.ph("kd_head"), "\n", ("A", w.arabic), w.ph("kd_note"), ("E", w.english))
    w.add("2", "1", w.who("asker"), "Lovely passage, thanks for the translation.")
    w.item(("A", "E"))


def anki(w: Writer) -> None:
    """An Anki card: 'Front:' the Arabic, 'Back:' the learner's English, tags."""
    w.add("1", None, w.who("asker"), w.ph("ak_ask"), "\n\nFront: ", ("A", w.arabic), "\nBack: ", ("E", w.english), w.ph("ak_tags"))
    w.add("2", "1", w.who("helper"), "Yes, that's right.")
    w.item(("A", "E"))


def airbnb_below(w: Writer) -> None:
    """An Airbnb host's message: '(English below)', the Arabic, an arrow, the English, the sign-off."""
    a = w.who("poster")
    w.add("1", None, a, w.ph("ab_below"), "\n\n", ("A", w.arabic), "\n\n⬇️\n\n", ("E", w.english),
          w.ph("ab_sign").format(a=_first(a)))
    w.add("2", "1", w.who("asker"), "Thank you, see you Friday!")
    w.item(("A", "E"))


def voice_note(w: Writer) -> None:
    """A voice message's transcript; a friend says what she is saying."""
    w.add("1", None, w.who("poster"), w.ph("vn_head"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), "?? I don't speak Arabic")
    w.add("3", "1", w.who("helper"), w.ph("vn_lead"), ("E", w.english))
    w.item(("A", "E"))


def own_flag(w: Writer) -> None:
    """The English, then '(my own translation, corrections welcome)'."""
    w.add("1", None, w.who("poster"), "Anyone? 🙏\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("of_flag"))
    w.item(("A", "E"))


def jira(w: Writer) -> None:
    """A Jira comment: a heading and the English in {quote} markup."""
    a = w.who("poster")
    w.add("1", None, a, "Customer complaint text (from the support ticket):\n{quote}", ("A", w.arabic), "{quote}")
    w.add("2", "1", w.who("helper"), w.ph("jr_head"), ("E", w.english), w.ph("jr_tail").replace("{a}", a.lower()))
    w.item(("A", "E"))


def maps_owner(w: Writer) -> None:
    """Google Maps: a review asks about a sign in a photo; the owner's response translates it."""
    w.add("1", None, w.who("asker"), w.ph("gm_rev"), ("A", w.arabic))
    w.add("2", "1", w.who("poster"), w.ph("gm_resp"), ("E", w.english), w.ph("gm_end"))
    w.item(("A", "E"))


def mailbag(w: Writer) -> None:
    """A newsletter's reader mailbag: the Arabic letter, then the writer's translation, a thanks."""
    w.add("1", None, w.who("poster"), w.ph("nl_lead"), "> ", ("A", w.arabic), w.ph("nl_tr"), ("E", w.english), w.ph("nl_end"))
    w.add("2", "1", w.who("asker"), "What a lovely letter.")
    w.item(("A", "E"))


def notion_callout(w: Writer) -> None:
    """A Notion page export: the Arabic as a heading's text, the English in a '> 💡' callout."""
    w.add("1", None, w.who("poster"), "## Phrase of the week\n\n", ("A", w.arabic), "\n\n> 💡 ", ("E", w.english),
          "\n\n[ ] add to flashcards")
    w.add("2", "1", w.who("asker"), "Added, thanks.")
    w.item(("A", "E"))


def etsy(w: Writer) -> None:
    """Etsy: a buyer's engraving text; the seller translates it, a shipping line after."""
    w.add("1", None, w.who("asker"), w.ph("et_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("poster"), w.ph("et_lead"), ("E", w.english), w.ph("et_ship"))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_article(w: Writer) -> None:
    """A reply paraphrasing the English version of the article, not the Arabic."""
    w.add("1", None, w.who("poster"), w.ph("ar_lead"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("ar_para"), w.other)
    w.item(("A", None))


def n_novel(w: Writer) -> None:
    """An English line from a novel the Arabic reminds someone of."""
    w.add("1", None, w.who("poster"), w.ph("pv_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("bk_lead"), f"\"{w.other}\"")
    w.item(("A", None))


def n_branch(w: Writer) -> None:
    """Another commenter's Arabic in another branch, translated there; the item's Arabic has none."""
    w.add("1", None, w.who("poster"), "Sign on my street, what does it say?\n\n", ("A", w.arabic))
    w.add("2", None, w.who("asker"), w.ph("br_ask"), w.other_pair()[0])
    w.add("3", "2", w.who("helper"), w.ph("br_tr"), w.other)
    w.item(("A", None))


def n_spelling(w: Writer) -> None:
    """A reply correcting the Arabic's spelling, then unrelated English."""
    w.add("1", None, w.who("poster"), "Is my sentence correct?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("sp_fix"), w.ph("sp_after"), w.other)
    w.item(("A", None))


def n_gt_disputed(w: Writer) -> None:
    """'Google Translate says ...' and the commenter disputes it: not the commenter's translation."""
    w.add("1", None, w.who("poster"), "Help, what does this say?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("gt_says").format(x=w.other))
    w.item(("A", None))


def n_quran(w: Writer) -> None:
    """'Is this Quran?' with an English verse citation."""
    w.add("1", None, w.who("poster"), "Heard this in a speech:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("qr_ask").format(x=w.other.rstrip("."), s=w.ph("qr_sura")))
    w.item(("A", None))


def n_airbnb(w: Writer) -> None:
    """An Arabic Airbnb review and the host's English answer about something else."""
    a = w.who("poster")
    w.add("1", None, w.who("asker"), w.ph("abr_rev"), ("A", w.arabic))
    w.add("2", "1", a, w.ph("abr_resp").format(a=_first(a)), w.other)
    w.item(("A", None))


def n_crowdin(w: Writer) -> None:
    """A translation platform's source string with a reviewer's note, no suggestion."""
    w.add("1", None, w.who("poster"), f"{w.ph('cr_key')}\nSource (ar): ", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("cr_note"), w.other)
    w.item(("A", None))


def n_etsy(w: Writer) -> None:
    """Etsy: the engraving text; the seller answers about the order only."""
    w.add("1", None, w.who("asker"), w.ph("et_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("poster"), w.ph("et_ship_ans"), w.other)
    w.item(("A", None))


def n_anki(w: Writer) -> None:
    """An Anki card with an empty back; a reply gives a study tip."""
    w.add("1", None, w.who("asker"), "Not sure what to put on the back of this card:\n\nFront: ", ("A", w.arabic), "\nBack: ???")
    w.add("2", "1", w.who("helper"), w.ph("ak_tip"), w.other)
    w.item(("A", None))


def n_heritage_declines(w: Writer) -> None:
    """A heritage speaker declines to translate and talks about something else."""
    w.add("1", None, w.who("poster"), "Can anyone help with this?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("hs_no"), w.other)
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "Reddit Translation: + cultural paragraph": (reddit_culture, 1, "pos"),
    "Discord '> ' quote then English": (discord_quote, 2, "pos"),
    "Facebook learner 'Correct me if wrong'": (fb_learner, 1, "pos"),
    "YouTube lyrics line by line, timestamps": (youtube_lyrics, 2, "pos"),
    "forum horizontal rule ---": (horizontal_rule, 2, "pos"),
    "Stack Exchange blockquote + gloss table": (se_gloss, 1, "pos"),
    "Rough translation, heritage speaker": (heritage, 2, "pos"),
    "ALL CAPS English for a shout": (all_caps, 1, "pos"),
    "follow-up question after": (follow_up, 1, "pos"),
    "Context: paragraph after": (context_para, 2, "pos"),
    "screenshot text translated": (screenshot, 1, "pos"),
    "proverb + English equivalent": (proverb, 1, "pos"),
    "Crowdin source/suggestion rows": (crowdin, 1, "pos"),
    "Kindle highlight + note": (kindle, 2, "pos"),
    "Anki Front/Back": (anki, 1, "pos"),
    "Airbnb (English below)": (airbnb_below, 2, "pos"),
    "voice message transcript": (voice_note, 1, "pos"),
    "(my own translation) flag": (own_flag, 1, "pos"),
    "Jira {quote}": (jira, 2, "pos"),
    "Google Maps owner response": (maps_owner, 1, "pos"),
    "newsletter mailbag": (mailbag, 2, "pos"),
    "Notion callout 💡": (notion_callout, 1, "pos"),
    "Etsy seller translates engraving": (etsy, 1, "pos"),
    "neg: English article paraphrased": (n_article, 1, "neg"),
    "neg: novel's line": (n_novel, 1, "neg"),
    "neg: other branch translated": (n_branch, 1, "neg"),
    "neg: spelling correction": (n_spelling, 1, "neg"),
    "neg: Google Translate disputed": (n_gt_disputed, 1, "neg"),
    "neg: is this Quran? verse": (n_quran, 1, "neg"),
    "neg: Airbnb host answer": (n_airbnb, 1, "neg"),
    "neg: Crowdin reviewer note": (n_crowdin, 1, "neg"),
    "neg: Etsy order answer": (n_etsy, 1, "neg"),
    "neg: Anki study tip": (n_anki, 1, "neg"),
    "neg: heritage speaker declines": (n_heritage_declines, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space and letter case (the ALL CAPS
    shape), nothing around it."""
    return bool(gold) and gold == gold.strip() and _blind.flat(gold).casefold() == _blind.flat(" ".join(want)).casefold()


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
