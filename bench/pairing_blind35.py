"""Round 35 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: a Stack Exchange blockquote and its EDIT line, a Discord reply header, Instagram's
'Reply · See translation' rows, a WhatsApp export's date and name prefix, an e-mail's quoted 'On
... wrote:' block, a wiki signature and timestamp, a romanization line, a word-by-word breakdown,
'TL;DR:', a footnote asterisk, a Telegram forward header, a video timestamp, a Quora byline, an
r/translator command, a locale file's key, an IRC log's time and nick, a citation, a T/N note, a
quoted post, a Zoom chat line and an Amazon answer's byline left out) and one third with English
that looks like a translation and is not.

Settings of this round: a Stack Exchange answer with a blockquote and a later 'EDIT:' line, a Discord
message under a reply header, Instagram comments with 'Reply · See translation' rows, a WhatsApp
chat export where the sender translates her own message, a top-posted e-mail reply above its quoted
'On ... wrote:' block, a Wikipedia talk-page reply with ':' indents and a signature, Arabic then a
romanization line then the English, a translation then a word-by-word breakdown, 'TL;DR:' at the
end of a long answer, a phone user's translation in lower case with no punctuation, a footnote
asterisk after the translation, a Telegram forwarded message, a YouTube reply starting with the
video's timestamp, a Quora answer with its byline and view count, r/translator's '!translated'
command, a Rails locale YAML entry, a pasted IRC log, a scholar's '(my translation; cf. ...)', a
scanlation's 'T/N:' note, an X quote post with the translation above the quoted post, a Stack
Exchange comment with its '– name date' signature, a saved Zoom chat and an Amazon seller's
answer; negatives on English only about the article's subject, a romanization with no translation,
a translation of the headline only, Google Translate's nonsense quoted in a complaint, the same in
Turkish or Hebrew, a reply answering the post rather than translating it, a grammar answer with
an EDIT line, a WhatsApp export of other messages, an e-mail about something else above the quoted
Arabic, a talk-page dispute over sourcing, and Instagram comments about the photo.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind35.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import flat  # noqa: E402

SEED = 35807
DEFAULT_OUT = Path("/tmp/r35/pairing-devset-round35.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "poster": ("Ruqayya_H", "Lachlan", "Bassel.D", "Ingrid_V", "Maysa", "Thibault", "Omar_Fq", "Priyanka", "Ziad_K",
               "Margot", "Dalia.R", "Eamon"),
    "helper": ("Haitham_S", "Souad", "Jalal.b", "Nesrine", "Fadi_M", "Ghada", "Issam_R", "Batoul"),
    "asker": ("Clemence", "Rory_B", "Anneliese", "Dmitri", "Saoirse", "Benedikt", "Imogen", "Tomasz"),
    # Stack Exchange answer
    "se_ask": ("I came across this in a novel and can't parse it:\n\n", "What does the following sentence mean?\n\n",
               "Could someone explain this line from my textbook?\n\n", "Seen in a newspaper column, meaning?\n\n"),
    "se_note": ("The word order is ordinary for this register, nothing unusual is going on.",
                "Nothing idiomatic here; it is read exactly as written.",
                "It is standard Arabic with a couple of colloquial touches.",
                "The verb agrees with what follows it, which is what may have confused you."),
    "se_edit": ("**EDIT:** fixed a typo in the quote, thanks to the commenter.", "EDIT: added the register note per the comments.",
                "**Edit:** as @someone points out, the dialect is probably Egyptian.", "EDIT 2: removed a wrong remark about the verb."),
    # Discord
    "dc_time": ("Today at 21:14", "Yesterday at 09:02", "Today at 16:47", "03/12/2024 11:30"),
    "dc_ask": ("can someone tl this 👀", "what does this mean", "anyone able to translate?", "context: my friend sent this, meaning??"),
    # Instagram
    "ig_ago": ("1d", "3h", "2w", "5d", "11h", "1w"),
    "ig_ask": ("Caption in English please? 😍", "What does it say? Beautiful photo",
               "can someone translate the caption 🙏", "Translation? Love this"),
    "ig_thanks": ("thank youuu", "Ahh that's so sweet 🥹", "Thanks!!", "ok now I'm crying"),
    # WhatsApp
    "wa_date": ("12/03/2024", "3/7/24", "28/10/2023", "11/22/23"),
    "wa_lead": ("My colleague sends voice notes and texts in Arabic then translates for me. Exported our chat:\n\n",
                "Sharing a bit of a chat export with my friend so you can see how she writes:\n\n",
                "Chat export with my tutor, for the record:\n\n", "Here's the exported chat you asked about:\n\n"),
    "wa_huh": ("??", "in english pls 😅", "I only got half of that", "huh"),
    "wa_ok": ("ahh ok 😂", "got it, thanks", "haha right", "👍"),
    # e-mail
    "mail_day": ("Tue, 12 Mar 2024 at 21:14", "Mon, Oct 7, 2024 at 9:02 AM", "Thu, 3 Apr 2025 at 16:47", "Fri, Jan 19, 2024 at 11:30 PM"),
    "mail_lead": ("Hi {a},\n\nIt means:\n\n", "Hello {a} —\n\n", "{a},\n\nRoughly translated:\n\n", "Hi {a}, sure thing.\n\n"),
    "mail_end": ("\n\nCheers,\n{b}", "\n\n{b}", "\n\nAll best,\n{b}", "\n\n— {b}"),
    "mail_ask": ("Could you tell me what this says? It was on the invoice.", "What does this mean? The supplier wrote it.",
                 "Can you translate this for me when you have a minute?", "Sorry to bother you, what's this in English?"),
    # Wikipedia talk page
    "wk_head": ("== Untranslated quote in Reception ==\n", "== Quote in the Legacy section ==\n",
                "== Arabic text in the lead ==\n", "== Translation needed for the inscription ==\n"),
    "wk_ask": ("The article quotes this without a translation:\n:", "We have this in the body with no English:\n:",
               "This is quoted in the article but never translated:\n:", "Source gives only the Arabic:\n:"),
    "wk_time": ("14:02, 3 March 2024 (UTC)", "09:17, 22 November 2023 (UTC)", "21:45, 8 July 2024 (UTC)", "03:33, 1 February 2025 (UTC)"),
    "wk_lead": ("::Proposed translation: ", "::It says ", "::Translation for the footnote: ", "::My rendering: "),
    # romanization
    "rom_ask": ("My attempt at reading this, with transliteration and my own translation, please check:\n\n",
                "Practising: original, how I'd say it, what I think it means.\n\n",
                "Homework check please (original / romanized / English):\n\n",
                "Sentence from today's lesson, transliterated and translated by me:\n\n"),
    "rom_reply": ("Looks right to me.", "The transliteration is fine, well done.", "Good job, only the vowels are a bit off.", "Spot on."),
    # word by word
    "wbw_head": ("\n\nWord by word:\n", "\n\nBreakdown:\n", "\n\nWord for word, roughly:\n", "\n\nPiece by piece:\n"),
    # TL;DR
    "long": ("This is a good question, because the sentence looks harder than it is. Most of the words are everyday ones, and the "
             "structure is a plain statement, so you do not need anything beyond first-year grammar to read it.",
             "I teach this to beginners every year and the same thing trips them up: the sentence reads right to left, "
             "the short vowels are not written, and a learner guesses the wrong ones. Once you vowel it, it falls into place.",
             "Context matters a lot with sentences like this. Without the surrounding paragraph you might take it "
             "several ways, but the most natural reading, and the one a native speaker would give you first, is below.",
             "Your dictionary will not help much here, because two of the words have several meanings each. I asked my "
             "mother, who grew up speaking it, and she read it the same way I did."),
    "tldr": ("\n\nTL;DR: ", "\n\ntl;dr ", "\n\nTL;DR - ", "\n\nTLDR: "),
    # footnote asterisk
    "fn": ("\n\n*the verb could also be read as a plural, but the singular fits better.",
           "\n\n* I'm guessing at one word, the handwriting is unclear.",
           "\n\n*dialect, so take the tone with a pinch of salt.",
           "\n\n* one letter is cut off in your photo."),
    # Telegram
    "tg_from": ("Forwarded from Cairo News Digest", "Forwarded from Amman Traffic", "Forwarded from Gulf Deals 🔥",
                "Forwarded from Beirut Weather"),
    "tg_views": ("👁 1.2K  21:14", "👁 845  09:02", "👁 3.4K  16:47", "👁 210  11:30"),
    "tg_tail": ("", "\n\nedited", "", "\n\nedited 21:20"),
    # YouTube
    "yt_ask": ("What does the grandmother say at the end? Auto-captions are useless", "Can someone translate what she says? 😭",
               "anyone know what he says right before the music starts", "what's the line at the end??"),
    "yt_stamp": ("{m}:{s:02d} — ", "{m}:{s:02d} ", "At {m}:{s:02d}: ", "{m}:{s:02d} - "),
    # Quora
    "q_by": ("Arabic teacher · Answered 2y", "Lived in Cairo 10 years · Answered Mar 3", "Translator (Arabic-English) · Updated 1y",
             "Studied Arabic at SOAS · Answered 4y"),
    "q_more": ("It is an ordinary sentence, nothing poetic about it.", "You'll hear this kind of sentence every day in the region.",
               "A native speaker would not find anything odd in it.", "The tone is neutral, neither formal nor rude."),
    "q_tail": ("\n\n312 views · View upvotes", "\n\n1.1K views · View 4 upvotes", "\n\n58 views", "\n\n2.7K views · View upvotes · Answer requested by {a}"),
    # r/translator
    "rt_title": ("[Arabic > English] Written on a postcard from my late grandfather\n\n", "[Arabic > English] Short phrase on a mug\n\n",
                 "[Arabic > English] text message from my host family\n\n", "[Arabic > English] Caption on an old photo\n\n"),
    "rt_cmd": ("\n\n!translated", "\n\n!doublecheck", "\n\n!translated", "\n\n!translated"),
    # YAML
    "yaml_key": ("welcome_banner", "checkout.confirm_title", "errors.network_down", "settings.help_text"),
    "yaml_lead": ("Here's the entry for the locale files:\n\n", "Added both locales:\n\n", "Suggested config/locales entry:\n\n",
                  "Diff for the YAML:\n\n"),
    # IRC
    "irc_chan": ("#arabic on Libera", "#translation on OFTC", "#learnarabic", "#languages on Libera"),
    "irc_lead": ("Someone asked the exact same thing in {c} last night, log:\n\n", "From {c} earlier today:\n\n",
                 "Pasting from {c}, the answer is in there:\n\n", "Same question came up in {c}:\n\n"),
    # citation
    "cite_lead": ("In the edition I have, it runs: ", "The passage reads: ", "Which I would give as: ", "That line goes: "),
    "cite": (" (my translation; cf. Lane 1863, p. 412).", " (my translation; see Wehr 1979, s.v.)", " (tr. mine; cf. Badawi & Hinds 1986).",
             " (my translation, after Wright's Grammar, §112)."),
    # T/N
    "tn": ("\n\nT/N: we kept the names as in the raws.", "\n\nTL note: the speaker is the older sister.",
           "\n\nT/N: the sound effect on that page is just a door.", "\n\nTranslator's note: honorifics dropped."),
    "tn_ask": ("Raw of page 14, the speech bubble says:\n\n", "Panel 3 of the new chapter:\n\n",
               "Can't find this bubble in the English release:\n\n", "Untranslated bubble, chapter 22:\n\n"),
    # X quote post
    "x_lead": ("translation for the non-Arabic speakers in my timeline:\n\n", "tl for those asking:\n\n",
               "English below, since people keep asking:\n\n", "for my followers:\n\n"),
    "x_ago": ("3h", "12m", "1d", "Mar 3"),
    # SE comment signature
    "se_sig": (" – {b} Mar 3, 2021 at 14:02", " – {b} Nov 22, 2023 at 9:17", " – {b} Jul 8, 2024 at 21:45", " – {b} Feb 1 at 3:33"),
    # Zoom
    "zoom_time": ("21:14:03", "09:02:47", "16:47:20", "11:30:05"),
    # Amazon
    "amz_q": ("Question: What does the engraving on the back say?", "Question: Is there a translation of the text printed on the box?",
              "Question: what does the writing on the lid mean?", "Question: English meaning of the inscription?"),
    "amz_by": ("\nBy {b} SELLER on March 3, 2024", "\nBy {b} on November 22, 2023", "\nBy {b} SELLER on July 8, 2024",
               "\nBy {b} on February 1, 2025"),
    # negatives
    "subj_lead": ("The article itself says more than the quote does. ", "Read the whole piece, not just the quote. ",
                  "What the quote leaves out: ", "Important context from the article: "),
    "rom_only": ("In Latin letters it's: ", "Romanized, for anyone who can't read the script: ", "Transliteration: ",
                 "Here it is in Roman letters: "),
    "rom_after": ("\n\nSorry, I can read it but I can't translate it.", "\n\nCan't help with the meaning though.",
                  "\n\nNo idea what it means, I just know the alphabet.", "\n\nMeaning is beyond me, sorry."),
    "head_ask": ("Screenshot from a news site, headline and first line:\n\nHeadline: ", "News app notification:\n\n",
                 "From a newspaper clipping, title then text:\n\n", "Headline and subheading from today's paper:\n\n"),
    "head_lead": ("The headline means: ", "Just the title: ", "Title in English: ", "Headline says: "),
    "head_tail": ("\n\nThe rest is too long for me, sorry.", "\n\nDidn't get to the body yet.", "", "\n\nSomeone else can do the rest."),
    "gt": ("Google Translate gives me \"{x}\" which is complete nonsense", "Tried Google Translate, got \"{x}\"?? that can't be right",
           "Google says \"{x}\" lol, useless", "DeepL and Google both give something like \"{x}\", makes no sense"),
    "other_lang": ("Bu cümleyi çok severim, annem hep söylerdi.|Turkish", "זה משפט שאמא שלי אמרה כל יום.|Hebrew",
                   "Yarın sabah erkenden yola çıkacağız.|Turkish", "אנחנו נוסעים לים בסוף השבוע.|Hebrew",
                   "Kapıyı kapatmayı unutma lütfen.|Turkish", "הקפה כאן טוב יותר מבבית.|Hebrew"),
    "ol_lead": ("The same in {lang}: ", "We'd say it like this in {lang}: ", "For comparison, in {lang}: ", "{lang} version: "),
    "answer": ("To answer what you asked in the post: ", "Re your question: ", "Answering you: ", "To your question, "),
    "grammar": ("The first word is a verbal noun and the rest is an idafa chain; the subject comes after the verb.",
                "Look at the attached pronoun at the end: it refers back to the first noun, not the second.",
                "It is a nominal sentence: a topic fronted, then a comment on it, with the copula left out.",
                "The particle at the start governs the subjunctive, which is why the verb ends in -a."),
    "wa_media": ("<Media omitted>", "<attached: photo>", "This message was deleted", "<attached: sticker>"),
    "mail_other": ("Hi {a},\n\nThanks, I got the file. ", "{a} — quick one: ", "Hello {a},\n\nBefore I forget: ", "Hi {a}, "),
    "wk_dispute": ("::The source for this quote is a blog, not a reliable source. I would rewrite the sentence as: ",
                   "::Is this quote even notable? If we keep anything, the body should just say: ",
                   "::Per WP:RS the quote should go; propose replacing the paragraph with: ",
                   "::I've tagged it {{better source needed}}. Suggested wording instead: "),
    "ig_react": ("🔥🔥🔥", "stunning 😍", "💯", "miss this place"),
    "ig_about": ("where is this?? ", "The light in this photo 😍 ", "been there last summer! ", "Great shot. "),
}

_LATIN_OF = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "'", "gh", "f", "q", "k",
    "l", "m", "n", "h", "w", "y", "a", "a", "'", "a", "i", "aa", "'", "'"]))


def romanized(arabic: str) -> str:
    """A crude romanization: each Arabic letter a Latin one, other Arabic marks dropped, the rest kept."""
    out = []
    for ch in arabic:
        if ch in _LATIN_OF:
            out.append(_LATIN_OF[ch])
        elif "\u0600" <= ch <= "\u06ff":
            out.append({"،": ",", "؟": "?", "؛": ";"}.get(ch, ""))
        else:
            out.append(ch)
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def mobile(text: str) -> str:
    """``text`` as typed on a phone in a hurry: lower case, no punctuation (an apostrophe kept)."""
    return " ".join(re.sub(r"[.,!?;:\"()]", " ", text.lower()).split())


class Writer(_blind.Writer):
    """One thread of this round being written (:class:`_blind.Writer`) with this round's banks."""

    banks = BANKS


Shape = Callable[[Writer], None]

# --- positives -----------------------------------------------------------------------------------


def se_edit(w: Writer) -> None:
    """Stack Exchange answer: the Arabic blockquoted, the English, a note, then a later 'EDIT:' line."""
    w.add("1", None, w.who("poster"), w.ph("se_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "> ", w.arabic, "\n\n", ("E", w.english), "\n\n", w.ph("se_note"), "\n\n", w.ph("se_edit"))
    w.item(("A", "E"))


def discord_reply(w: Writer) -> None:
    """Discord: the answer under a 'Replying to @name' header with a snippet of the message it replies to."""
    a, b = w.who("poster"), w.who("helper")
    snippet = w.arabic[:24].rstrip() + "…"
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("dc_ask"))
    w.add("3", "1", b, f"╭ Replying to @{a}: {snippet}\n{b} — {w.ph('dc_time')}\n", ("E", w.english))
    w.item(("A", "E"))


def instagram(w: Writer) -> None:
    """Instagram: every comment followed by its '1d · 12 likes · Reply · See translation' row."""
    a, b, c = w.who("poster"), w.who("asker"), w.who("helper")
    n = w.p.rng.randrange(2, 900)
    w.add("1", None, a, ("A", w.arabic), f"\n{w.ph('ig_ago')} · {n} likes · See translation")
    w.add("2", "1", b, w.ph("ig_ask"), f"\n{w.ph('ig_ago')} · 3 likes · Reply")
    w.add("3", "2", c, f"@{b} ", ("E", w.english), f"\n{w.ph('ig_ago')} · {n // 3 + 1} likes · Reply")
    w.add("4", "3", b, w.ph("ig_thanks"), f"\n{w.ph('ig_ago')} · 1 like · Reply")
    w.item(("A", "E"))


def whatsapp(w: Writer) -> None:
    """WhatsApp chat export pasted in one post: the sender writes Arabic, is asked, and translates herself."""
    me, her = w.who("poster"), w.who("helper")
    d = w.ph("wa_date")
    h = w.p.rng.randrange(8, 23)
    w.add("1", None, me, w.ph("wa_lead"),
          f"{d}, {h}:14 - {her}: ", ("A", w.arabic), "\n",
          f"{d}, {h}:15 - {me}: {w.ph('wa_huh')}\n",
          f"{d}, {h}:17 - {her}: ", ("E", w.english), "\n",
          f"{d}, {h}:17 - {me}: {w.ph('wa_ok')}")
    w.item(("A", "E"))


def email_quote(w: Writer) -> None:
    """E-mail reply posted to a list: the translation on top, the quoted 'On ... wrote:' block under it."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, w.ph("mail_ask"), "\n\n", ("A", w.arabic))
    quoted = "\n".join("> " + line for line in (w.ph("mail_ask"), "", w.arabic))
    w.add("2", "1", b, w.ph("mail_lead").format(a=a), ("E", w.english), w.ph("mail_end").format(b=b),
          f"\n\nOn {w.ph('mail_day')}, {a} <{a.lower().replace('.', '_')}@example.com> wrote:\n", quoted)
    w.item(("A", "E"))


def wiki_talk(w: Writer) -> None:
    """Wikipedia talk page: the reply indented with '::' and signed with a user link and a timestamp."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, w.ph("wk_head"), w.ph("wk_ask"), ("A", w.arabic), f"\nCan someone help? [[User:{a}|{a}]] ([[User talk:{a}|talk]]) {w.ph('wk_time')}")
    w.add("2", "1", b, w.ph("wk_lead"), ("E", w.english), f" [[User:{b}|{b}]] ([[User talk:{b}|talk]]) {w.ph('wk_time')}")
    w.item(("A", "E"))


def romanization(w: Writer) -> None:
    """A learner's post: the Arabic, a romanization line, then the learner's own English."""
    w.add("1", None, w.who("poster"), w.ph("rom_ask"), ("A", w.arabic), "\n", romanized(w.arabic), "\n", ("E", w.english))
    w.add("2", "1", w.who("helper"), w.ph("rom_reply"))
    w.item(("A", "E"))


def word_by_word(w: Writer) -> None:
    """The translation, then a word-by-word list of the Arabic words with their romanization."""
    words = [t for t in w.arabic.split() if re.search(r"[\u0621-\u064a]", t)][:6]
    lines = "\n".join(f"{t} = {romanized(t)}" for t in words)
    w.add("1", None, w.who("poster"), "Learning to read, what does this say?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("wbw_head"), lines)
    w.item(("A", "E"))


def tldr_end(w: Writer) -> None:
    """A long answer whose translation comes only at the end, after 'TL;DR:'."""
    w.add("1", None, w.who("poster"), "I've been staring at this for an hour:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("long"), "\n\n", w.ph("q_more"), w.ph("tldr"), ("E", w.english))
    w.item(("A", "E"))


def phone_lower(w: Writer) -> None:
    """A phone user's translation: lower case, no punctuation."""
    w.add("1", None, w.who("poster"), "Text from my mother in law, what does it mean 😬\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", mobile(w.english)))
    w.item(("A", "E"))


def footnote_star(w: Writer) -> None:
    """A footnote asterisk right after the translation, the footnote under it."""
    w.add("1", None, w.who("poster"), "Written on the back of a recipe card:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), "*", w.ph("fn"))
    w.item(("A", "E"))


def telegram_forward(w: Writer) -> None:
    """Telegram: a forwarded channel message with its view count, the translation in a reply."""
    w.add("1", None, w.who("poster"), w.ph("tg_from"), "\n", ("A", w.arabic), "\n", w.ph("tg_views"))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("tg_tail"))
    w.item(("A", "E"))


def youtube_stamp(w: Writer) -> None:
    """YouTube: the Arabic typed out in a comment, the reply starts with the video's timestamp."""
    m, s = w.p.rng.randrange(0, 15), w.p.rng.randrange(0, 60)
    w.add("1", None, w.who("poster"), w.ph("yt_ask"), "\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("yt_stamp").format(m=m, s=s), ("E", w.english))
    w.item(("A", "E"))


def quora(w: Writer) -> None:
    """Quora answer: name and credential byline, the translation, a remark, the view count."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, "What does this Arabic sentence mean in English?\n\n", ("A", w.arabic))
    w.add("2", "1", b, f"{b}\n", w.ph("q_by"), "\n\n", ("E", w.english), "\n\n", w.ph("q_more"), w.ph("q_tail").format(a=a))
    w.item(("A", "E"))


def r_translator(w: Writer) -> None:
    """r/translator: the translation, then the '!translated' (or '!doublecheck') command on its own line."""
    w.add("1", None, w.who("poster"), w.ph("rt_title"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("rt_cmd"))
    w.item(("A", "E"))


def yaml_locale(w: Writer) -> None:
    """A Rails locale YAML entry: the same key under 'ar:' with the Arabic and under 'en:' with the English."""
    key = w.ph("yaml_key")
    w.add("1", None, w.who("poster"), "The Arabic copy for the new banner came in, can someone give me the English?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("yaml_lead"), f"ar:\n  {key}: {w.arabic}\nen:\n  {key}: ", ("E", w.english), "\n")
    w.item(("A", "E"))


def irc_log(w: Writer) -> None:
    """A third person pastes an IRC log where someone else translated the same text."""
    x, y = w.who("asker"), w.who("helper")
    w.add("1", None, w.who("poster"), "Anyone? ", ("A", w.arabic))
    w.add("2", "1", w.who("asker", x), w.ph("irc_lead").format(c=w.ph("irc_chan")),
          f"[21:03] <{x.lower()}> {w.arabic}\n[21:04] <{y.lower()}> ", ("E", w.english), f"\n[21:05] <{x.lower()}> ty!")
    w.item(("A", "E"))


def citation(w: Writer) -> None:
    """A scholar's answer: the translation, then '(my translation; cf. ...)'."""
    w.add("1", None, w.who("poster"), "Quoted in a footnote of the monograph without English:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("cite_lead"), ("E", w.english), w.ph("cite"))
    w.item(("A", "E"))


def tn_note(w: Writer) -> None:
    """Scanlation: the bubble's English, then a 'T/N:' note."""
    w.add("1", None, w.who("poster"), w.ph("tn_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("tn"))
    w.item(("A", "E"))


def x_quote(w: Writer) -> None:
    """X quote post: the translation on top, the quoted post (name, handle, Arabic) under it."""
    a = w.who("poster")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("x_lead"), ("E", w.english), f"\n\nQuote\n{a.replace('_', ' ')} @{a.lower()} · {w.ph('x_ago')}\n", w.arabic)
    w.item(("A", "E"))


def se_comment(w: Writer) -> None:
    """Stack Exchange comment: the translation, then the ' – name date' signature comments carry."""
    b = w.who("helper")
    w.add("1", None, w.who("poster"), "What does this mean? I only need the gist.\n\n", ("A", w.arabic))
    w.add("2", "1", b, ("E", w.english), w.ph("se_sig").format(b=b))
    w.item(("A", "E"))


def zoom_chat(w: Writer) -> None:
    """A saved Zoom chat: 'HH:MM:SS From X to Everyone:' then the message on a tab-indented line."""
    a, b = w.who("poster"), w.who("helper")
    t1, t2 = w.ph("zoom_time"), w.ph("zoom_time")
    w.add("1", None, a, f"{t1} From {a} to Everyone:\n\t", ("A", w.arabic))
    w.add("2", "1", b, f"{t2} From {b} to Everyone:\n\t", ("E", w.english))
    w.item(("A", "E"))


def amazon_answer(w: Writer) -> None:
    """Amazon Q&A: the question quoting the engraving, 'Answer:' then the English and the seller's byline."""
    b = w.who("helper")
    w.add("1", None, w.who("poster"), w.ph("amz_q"), "\n", ("A", w.arabic))
    w.add("2", "1", b, "Answer: ", ("E", w.english), w.ph("amz_by").format(b=b))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_subject(w: Writer) -> None:
    """A news comment about the article's subject, not the quote."""
    w.add("1", None, w.who("poster"), "Quote from the article, no English given:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("subj_lead"), w.other)
    w.item(("A", None))


def n_romanized(w: Writer) -> None:
    """A reply that romanizes the Arabic and translates nothing."""
    w.add("1", None, w.who("poster"), "Can't read this script at all, help?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("rom_only"), romanized(w.arabic), w.ph("rom_after"))
    w.item(("A", None))


def n_headline(w: Writer) -> None:
    """A headline and a passage posted; the reply translates the headline only."""
    w.add("1", None, w.who("poster"), w.ph("head_ask"), w.other_pair()[0], "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("head_lead"), w.other, w.ph("head_tail"))
    w.item(("A", None))


def n_gt_nonsense(w: Writer) -> None:
    """A complaint that Google Translate gives nonsense, the nonsense quoted (words of other English shuffled)."""
    words = w.unrelated.rstrip(".!?").split()
    w.p.rng.shuffle(words)
    w.add("1", None, w.who("poster"), "My neighbour slipped this under the door:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("gt").format(x=" ".join(words).lower()))
    w.item(("A", None))


def n_other_language(w: Writer) -> None:
    """'The same in Turkish/Hebrew:' with a sentence in that language, no English."""
    text, lang = w.ph("other_lang").split("|")
    w.add("1", None, w.who("poster"), "Nice sentence from my Arabic class:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ol_lead").format(lang=lang), text)
    w.item(("A", None))


def n_answer(w: Writer) -> None:
    """A reply answering the post in English rather than translating it."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("answer"), w.other[:1].lower() + w.other[1:])
    w.item(("A", None))


def n_se_grammar(w: Writer) -> None:
    """Stack Exchange answer: the Arabic blockquoted, its grammar explained, an EDIT line, no translation."""
    w.add("1", None, w.who("poster"), w.ph("se_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "> ", w.arabic, "\n\n", w.ph("grammar"), "\n\n", w.ph("se_edit"))
    w.item(("A", None))


def n_whatsapp(w: Writer) -> None:
    """WhatsApp export: the Arabic, a media line, and an English message about something else."""
    me, her = w.who("poster"), w.who("helper")
    d = w.ph("wa_date")
    w.add("1", None, me, w.ph("wa_lead"),
          f"{d}, 19:02 - {her}: ", ("A", w.arabic), "\n",
          f"{d}, 19:03 - {her}: {w.ph('wa_media')}\n",
          f"{d}, 19:10 - {me}: {w.other}")
    w.item(("A", None))


def n_email(w: Writer) -> None:
    """E-mail reply about something else, the Arabic in its quoted 'On ... wrote:' block."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, w.ph("mail_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", b, w.ph("mail_other").format(a=a), w.other, w.ph("mail_end").format(b=b),
          f"\n\nOn {w.ph('mail_day')}, {a} wrote:\n> ", w.arabic)
    w.item(("A", None))


def n_wiki(w: Writer) -> None:
    """Wikipedia talk page: a dispute over sourcing proposing other wording for the article."""
    a, b = w.who("poster"), w.who("helper")
    w.add("1", None, a, w.ph("wk_head"), w.ph("wk_ask"), ("A", w.arabic), f"\n[[User:{a}|{a}]] {w.ph('wk_time')}")
    w.add("2", "1", b, w.ph("wk_dispute"), w.other, f" [[User:{b}|{b}]] ([[User talk:{b}|talk]]) {w.ph('wk_time')}")
    w.item(("A", None))


def n_instagram(w: Writer) -> None:
    """Instagram: a caption with 'See translation', comments about the photo."""
    a, b, c = w.who("poster"), w.who("asker"), w.who("helper")
    w.add("1", None, a, ("A", w.arabic), f"\n{w.ph('ig_ago')} · 88 likes · See translation")
    w.add("2", "1", b, w.ph("ig_about"), w.other, f"\n{w.ph('ig_ago')} · 2 likes · Reply")
    w.add("3", "1", c, w.ph("ig_react"), f"\n{w.ph('ig_ago')} · Reply")
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "Stack Exchange blockquote and EDIT": (se_edit, 2, "pos"),
    "Discord reply header": (discord_reply, 1, "pos"),
    "Instagram rows": (instagram, 1, "pos"),
    "WhatsApp export, sender translates": (whatsapp, 1, "pos"),
    "e-mail above quoted block": (email_quote, 2, "pos"),
    "Wikipedia talk signature": (wiki_talk, 1, "pos"),
    "Arabic, romanization, English": (romanization, 1, "pos"),
    "word-by-word breakdown after": (word_by_word, 1, "pos"),
    "TL;DR at the end": (tldr_end, 2, "pos"),
    "phone lower case no punctuation": (phone_lower, 1, "pos"),
    "footnote asterisk": (footnote_star, 1, "pos"),
    "Telegram forward": (telegram_forward, 1, "pos"),
    "YouTube timestamp first": (youtube_stamp, 1, "pos"),
    "Quora byline and views": (quora, 2, "pos"),
    "r/translator command": (r_translator, 1, "pos"),
    "locale YAML": (yaml_locale, 1, "pos"),
    "pasted IRC log": (irc_log, 1, "pos"),
    "my translation; cf.": (citation, 2, "pos"),
    "T/N note": (tn_note, 1, "pos"),
    "X quote post": (x_quote, 1, "pos"),
    "Stack Exchange comment signature": (se_comment, 1, "pos"),
    "Zoom chat": (zoom_chat, 1, "pos"),
    "Amazon answer byline": (amazon_answer, 1, "pos"),
    "neg: article's subject": (n_subject, 1, "neg"),
    "neg: romanization only": (n_romanized, 1, "neg"),
    "neg: headline only": (n_headline, 1, "neg"),
    "neg: Google Translate nonsense": (n_gt_nonsense, 1, "neg"),
    "neg: Turkish or Hebrew": (n_other_language, 1, "neg"),
    "neg: answers the post": (n_answer, 1, "neg"),
    "neg: grammar with EDIT": (n_se_grammar, 1, "neg"),
    "neg: WhatsApp other message": (n_whatsapp, 1, "neg"),
    "neg: e-mail about something else": (n_email, 1, "neg"),
    "neg: talk-page sourcing dispute": (n_wiki, 1, "neg"),
    "neg: Instagram photo comments": (n_instagram, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, or as a phone user types it."""
    if gold != gold.strip() or not gold:
        return False
    text = flat(" ".join(want))
    return flat(gold) in (text, mobile(text))


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
