"""Round 33 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: chat-log prefixes, mail quote headers and signatures, forward headers, glosses,
credential lines, talk-page signatures, translator's notes, footers and sources left out; a
translator's aside in the middle left in) and one third with English that looks like a translation
and is not.

Settings of this round: a modding server's Discord log pasted into a bug report, a family WhatsApp
chat, a software translators' mailing list (bottom-posted and top-posted replies), a housing block's
Telegram group, the Arabic Language StackExchange (an answer with a word-by-word gloss, a comment
with its signature), voice typing from a hiking club, a visa consultants' forum in Indian English, a
Lagos forum in Nigerian English, museum volunteers, a bilingual school's parents, a Steam review, a
recipe blog's Disqus with a pasted Google Translate output, an Oman travel vlog, Quora, a fountain
pen forum (XenForo quotes), a Wikipedia talk page, a webtoon scanlation group (T/N notes), a
marketplace's questions and answers, a coin collectors' subreddit, an old maps subreddit and a
keyboard app's Play Store developer replies; negatives on a poetry night, a dialect podcast, a
news link, a candle shop, a crypto forum, a Gulf cooking group, a game server, a translators' list
(PO files), a sports Telegram channel, a Steam patch thread and a grammar question.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind33.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import flat  # noqa: E402

SEED = 33071
DEFAULT_OUT = Path("/tmp/r33/pairing-devset-round33.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "name": ("Lubna_K", "Ossian", "Mahmoud.S", "Tereza", "ZaidPlays", "Ingrid_V", "Rawan", "Callum", "Suha_92",
             "Benedikt", "Nadia.F", "Ravi"),
    "helper": ("Hisham_A", "Dalia", "Yousef.tr", "Reem_H", "Bassel", "Amira_from_Sfax", "Omar_K", "Jude"),
    "asker": ("Finn_O", "Margot", "Harriet", "Luca_B", "Pavel", "Sunita", "Theo_R", "Aoife"),
    "clock": ("12:04", "21:37", "09:15", "18:02", "23:48", "07:30"),
    # Discord log
    "discord_q": ("wait what does that mean", "translate pls", "??", "english?? 😭"),
    "discord_lead": ("My teammate posted this in our modpack server and then explained it, pasting the log:\n\n",
                     "Log from the server so you can see the context:\n\n", "Copied from our Discord:\n\n",
                     "Here's the bit of chat the crash report refers to:\n\n"),
    # WhatsApp
    "wa_lead": ("Asked my aunt on WhatsApp, she says:\n", "Sent it to the family group, my uncle replied:\n",
                "My mum's answer on WhatsApp:\n", "Forwarded it to my cousin, got this back:\n"),
    "wa_who": ("Aunt Samira", "Khalo Adel", "Mama", "Cousin Dina"),
    # mailing list
    "mail_lead": ("Hi all, the installer shows this line and the English source is missing, what should it say?\n\n",
                  "Hello list, can someone give me the English of this string from the old catalogue?\n\n",
                  "Hi, the upstream file has only the Arabic for this message:\n\n",
                  "Dear translators, what is the English for this line?\n\n"),
    "mail_day": ("Mon, 3 Mar 2025 at 10:12", "Tue, 11 Feb 2025 at 22:40", "Wed, 8 Jan 2025 at 08:05",
                 "Thu, 20 Mar 2025 at 17:51"),
    "mail_sig": ("\n\n-- \n{who}\nArabic l10n team", "\n\n--\n{who}", "\n\nCheers,\n{who}", "\n\nBest,\n{who}\n(sent from my phone)"),
    "mail_top_lead": ("", "It says:\n\n", "", "Sure, here:\n\n"),
    # Telegram
    "tg_lead": ("Notice from the management, in the group just now:\n\n", "Building committee posted this:\n\n",
                "Message from the caretaker:\n\n", "Pinned in the block C chat:\n\n"),
    "tg_fwd": ("Forwarded from Block C English\n", "[Forwarded from Residents translations]\n",
               "Forwarded from Tower 2 – EN\n", "↪ Forwarded from Building news (English)\n"),
    # StackExchange answer with a gloss
    "se_head": ("## Word by word\n\n", "**Gloss**\n\n", "### Literally\n\n", "Word for word:\n\n"),
    "se_mid": ("\n\n## Full translation\n\n", "\n\n**Put together:**\n\n", "\n\n### In natural English\n\n",
               "\n\nAll together:\n\n"),
    "se_tail": ("", "\n\nThe dialect words are Egyptian.", "\n\nHope that helps.", ""),
    "se_ask": ("I found this sentence in a textbook exercise and can't parse it:\n\n",
               "How would you translate this? I'm stuck on the structure:\n\n",
               "Meaning of this sentence from a comic I'm reading?\n\n",
               "Could someone break this down for me?\n\n"),
    # voice typing
    "voice_tail": ("\n\nvoice typed sorry", "\n\n(dictated, driving)", "\n\nsorry using voice to text", "\n\n(mic typing on the trail lol)"),
    # Indian English
    "kindly_lead": ("Dear Sir/Madam,\nKindly find below the English translation of the above text:\n\n",
                    "Hello,\nPFB the translation for your kind reference:\n\n",
                    "Dear {who},\nPlease find the translation as below:\n\n",
                    "Respected Sir,\nAs requested, the translation is given hereunder:\n\n"),
    "kindly_tail": ("\n\nDo revert in case of any query.\nRegards,\n{who}", "\n\nThanks & Regards\n{who}",
                    "\n\nHope this is helpful. Do the needful.\nThanks,\n{who}", "\n\nKindly confirm receipt.\nWarm regards"),
    # Nigerian English
    "naija_lead": ("Oya, na this one it mean:\n\n", "Abeg see the meaning here o:\n\n", "My guy, e dey talk say:\n\n",
                   "Make I help you. E mean:\n\n"),
    "naija_tail": ("\n\nNo wahala 👍", "\n\nShey you don see am now?", "\n\nYou fit thank me later 😄", "\n\nNa so e be."),
    # aside
    "aside": ("(not sure about this bit)", "(this part is a guess)", "(might be wrong here)", "(unsure of this word)"),
    "aside_ask": ("Label on a donated lamp, what does it say?\n\n", "Text painted inside the chest that came in today:\n\n",
                  "Inscription on the tray, anyone?\n\n", "Written on the back of a photo in the archive box:\n\n"),
    # two passages
    "two_first": ("The top one: ", "Note 1 says: ", "First: ", "The first note: "),
    "two_second": ("\nThe bottom one: ", "\nNote 2 says: ", "\nSecond: ", "\nThe second note: "),
    # Steam
    "steam_head": ("Recommended\n142.3 hrs on record\n\n", "Recommended\n38.9 hrs on record\n\n",
                   "Not Recommended\n7.2 hrs on record\n\n", "Recommended\n511.0 hrs on record\n\n"),
    "steam_tail": ("\n\n10/10", "\n\nwould buy again", "\n\n9/10, fix the servers", "\n\nGG"),
    # Google Translate
    "gt_lead": ("Pasted it into Google Translate:\n\n", "Google Translate says:\n\n", "GT gives this:\n\n",
                "Here's what Google Translate came up with:\n\n"),
    "gt_tail": ("\n\nno idea how accurate that is", "\n\n(machine translation, take with a pinch of salt)",
                "\n\nseems about right?", ""),
    # re-quoted with a rule
    "rule": ("\n———\n", "\n⬇️\n", "\n----\n", "\n=\n"),
    # Quora
    "quora_cred": ("{who} · Studied Arabic at the University of Jordan\n", "{who} · Lives in Amman (2012–present)\n",
                   "{who} · Translator (Arabic-English)\n", "{who} · Native speaker of Arabic\n"),
    "quora_foot": ("\n\n3.4K views · View upvotes", "\n\n812 views · Answer requested by {ask}",
                   "\n\n1.1K views · 14 upvotes", "\n\n97 views · View upvotes · Answer requested by {ask}"),
    # XenForo
    "xf_tail": ("", "\n\nNice find, by the way.", "\n\nLovely pen.", ""),
    "xf_ask": ("Engraved on the cap band of a pen I got at a flea market:\n", "Imprint on the barrel, any Arabic readers here?\n",
               "Written on the box my vintage pen came in:\n", "The nib has this engraved next to the maker's mark:\n"),
    # Wikipedia talk
    "wp_lead": (":It says: ", ":Translation of the quoted passage: ", "::", ":Checked it; in English: "),
    # scanlation
    "tl_lead": ("TL: ", "[TL] ", "Translation: ", "tl: "),
    "tn": ("\n\nT/N: the verb is dialect, kept it casual", "\n\nT/N: no exact English word for this, went with the closest",
           "\n\nT/N: the original is more formal", "\n\nT/N: a pun in the raw, lost in English"),
    # marketplace Q&A
    "qa_q": ("Question: What does the writing on the lid say?\n", "Question: Can someone translate the text on the box?\n",
             "Question: what's printed on the side?\n", "Question: English meaning of the label please\n"),
    "qa_foot": ("\nBy {who} on 3 March 2024 · Seller", "\nBy {who} on 19 July 2023\nSee more answers (2)",
                "\nBy {who} on 2 May 2024 · Verified purchase", "\nBy {who} on 14 Oct 2023"),
    # reddit superscript
    "sup": ("^(native speaker, from Oran)", "^(Levantine speaker, could be slightly off)", "^(source: my dad)",
            "^(from Iraq, this is how we'd say it)"),
    # native + source
    "native_lead": ("Native speaker here.\n\n", "Egyptian here.\n\n", "Speaker here, ", "Arab here, "),
    "source_tail": ("\n\nSource: am Egyptian", "\n\nSource: grew up in Beirut", "\n\nsource: native", "\n\nSource: my whole family speaks it"),
    # developer reply
    "dev_lead": ("Hi {who}, thanks for the review! Translating for our team: \"", "Hello {who}. Our translator read your review as: \"",
                 "Hi {who}! For the team, your review in English: \"", "Thanks {who}. You wrote (our translation): \""),
    "dev_tail": ("\" We've passed this on and will fix it in 4.2.", "\" Sorry about that, an update is coming this week.",
                 "\" We're looking into it.", "\" Please email support so we can help."),
    # SE comment
    "se_comment_tail": (" – {who} Mar 3 at 14:02", " – {who} 2 hours ago", " – {who} Jan 9, 2024 at 8:11", " – {who} yesterday"),
    # negatives
    "opinion": ("This is beautiful. My grandmother said things like this all the time.",
                "Honestly one of the best lines I've read this year, thank you for posting.",
                "Wow, this gave me chills. Poetry hits different in Arabic.",
                "I love how much is packed into so few words here."),
    "translit_lead": ("It's pronounced like: ", "Reads roughly: ", "Sounds like this: ", "In Latin letters: "),
    "translit_word": ("like", "basically", "so", "you know"),
    "headline_lead": ("The headline in English: ", "Article title translated: ", "For non-Arabic readers, the headline: ",
                      "Title of the piece: "),
    "scripture": ("Reminds me of Ecclesiastes: \"To every thing there is a season, and a time to every purpose under the heaven.\"",
                  "Like the Psalm says: \"The LORD is my shepherd; I shall not want.\"",
                  "Proverbs has it too: \"A soft answer turneth away wrath: but grievous words stir up anger.\"",
                  "Same idea as the Gospel of Matthew: \"Blessed are the meek: for they shall inherit the earth.\"",
                  "Very close to Isaiah: \"They shall mount up with wings as eagles; they shall run, and not be weary.\"",
                  "There's a line in the Dhammapada: \"Hatred does not cease by hatred, but only by love.\""),
    "joke": ("it says 'buy more bitcoin' lol", "clearly says 'HODL' 😂", "translation: 'wen lambo'", "it says 'not financial advice' lmao"),
    "ar_ask": ("شو يعني؟", "ممكن حد يشرح؟", "ايش معناها؟", "يعني ايه؟"),
    "chat_tail": ("lol", "brb", "gg", "ok"),
    "po_lead": ("Applied, thanks. Also the next string in the file,\n\nmsgid \"", "Pushed. By the way this one still has no msgstr:\n\nmsgid \"",
                "Thanks, merged. Unrelated, but the string after it,\n\nmsgid \"", "Committed. Next untranslated one is\n\nmsgid \""),
    "po_tail": ("\"\n\nis still empty.", "\"\n\nif anyone has time.", "\"\n\nneeds someone.", "\"\n\nstill fuzzy."),
    "tg_news": ("Forwarded from Match Day EN\n", "[Forwarded from Club news in English]\n", "Forwarded from Transfer window 📰\n",
                "↪ Forwarded from Fan zone updates\n"),
    "patch_lead": ("dev here, patch notes in English: ", "Patch notes for the English speakers: ", "Changelog (EN): ",
                   "From today's update notes: "),
    "grammar": ("This is a nominal sentence: the subject comes first and the predicate after. Compare an English sentence like \"{o}\"",
                "The verb agrees with its subject here. It works like \"{o}\" in English, word order aside.",
                "Look at the particle at the start, it changes the mood. Grammar-wise it's parallel to \"{o}\"",
                "Note the construct state in the middle. An example with the same pattern in English: \"{o}\""),
    "grammar_ask": ("Why is the second word in this form?\n\n", "Can someone explain the grammar here?\n\n",
                    "What's the grammatical structure of this?\n\n", "Which case is the last word in?\n\n"),
}

_LATIN = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "a", "b", "t", "th", "g", "h", "kh", "d", "z", "r", "z", "s", "sh", "s", "d", "t", "z", "a", "gh", "f", "2", "k",
    "l", "m", "n", "h", "w", "i", "a", "a", "2", "a", "e", "aa", "o2", "e2"]))

_HOMOPHONES = {"there": "their", "their": "there", "to": "too", "right": "write", "here": "hear", "know": "no",
               "would": "wood", "for": "four", "by": "buy", "one": "won", "see": "sea", "new": "knew", "week": "weak",
               "hour": "our", "which": "witch", "whether": "weather", "its": "it's", "where": "wear"}


def voiced(text: str) -> str:
    """``text`` as voice typing writes it: no punctuation but apostrophes, homophones swapped (a capital kept)."""
    text = re.sub(r"[^\w\s']", " ", text)
    out = []
    for word in text.split():
        swap = _HOMOPHONES.get(word.lower())
        out.append(word if swap is None else swap[:1].upper() + swap[1:] if word[:1].isupper() else swap)
    return " ".join(out)


def latin(arabic: str, filler: str) -> str:
    """A loose Latin-letter spelling of Arabic (harakat dropped), ``filler`` put after its first word."""
    out = "".join(_LATIN.get(ch, ch) for ch in arabic if not "\u064b" <= ch <= "\u0652")
    words = re.sub(r"[^\w\s']", " ", out.replace("،", ",")).split()
    return " ".join(words[:1] + [filler] + words[1:])


_WORDS = {
    "أنا": "I", "انا": "I", "أن": "that / to", "ان": "that / to", "في": "in", "من": "from / who", "على": "on", "إلى": "to",
    "الى": "to", "عن": "about", "مع": "with", "هذا": "this", "هذه": "this (f.)", "ده": "this", "دي": "this (f.)", "لا": "no / not",
    "لم": "did not", "لن": "will not", "مش": "not", "كان": "was", "كانت": "was (f.)", "هو": "he", "هي": "she", "نحن": "we",
    "هم": "they", "ما": "what / not", "كل": "every", "بس": "but / only", "يعني": "I mean", "عشان": "because / so that",
    "اللي": "who / which", "التي": "which (f.)", "الذي": "which", "ايه": "what", "كده": "like this", "لو": "if", "إذا": "if",
    "قد": "may / has", "بعد": "after", "قبل": "before", "عند": "at / have", "عندي": "I have", "كثير": "a lot", "كتير": "a lot",
    "جدا": "very", "جداً": "very", "لكن": "but", "ولكن": "and but", "أو": "or", "او": "or", "حتى": "until / even", "كيف": "how",
    "لماذا": "why", "متى": "when", "أين": "where", "هل": "(question)", "أيضًا": "also", "أيضا": "also", "برضه": "also",
}


def gloss(arabic: str) -> list[str]:
    """Up to three 'Arabic word — English' gloss lines, for the common words of the passage in order (the first
    two words with a question mark where it has none)."""
    words = [w for w in (re.sub(r"[^\u0621-\u064a]", "", t) for t in arabic.split()) if w]
    known = [f"{w} — {_WORDS[w]}" for w in words if w in _WORDS][:3]
    return known or [f"{w} — ?" for w in words[:2]]


class Writer(_blind.Writer):
    """One thread of this round being written (:class:`_blind.Writer`) with this round's banks."""

    banks = BANKS


Shape = Callable[[Writer], None]

# --- positives -----------------------------------------------------------------------------------


def discord_log(w: Writer) -> None:
    """Modding server: a pasted Discord log, '[12:04] name:' before each line; the poster's own
    explanation is a later line of the same comment."""
    a, b = w.who("name"), w.who("asker")
    t1, t2 = sorted(w.p.rng.sample(BANKS["clock"][w.half :: 2], 2))
    w.add("1", None, w.who("helper"), w.ph("discord_lead"),
          f"[{t1}] {a}: ", ("A", w.arabic), f"\n[{t1}] {b}: {w.ph('discord_q')}\n[{t2}] {a}: ", ("E", w.english))
    w.item(("A", "E"))


def whatsapp(w: Writer) -> None:
    """Family WhatsApp: the reply pastes the aunt's answer with WhatsApp's date and name prefix."""
    d = w.p.rng.randrange(1, 28)
    w.add("1", None, w.who("name"), "What does this say? It's on my grandmother's recipe card\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("wa_lead"), f"[{d:02d}/03/25, {w.ph('clock')}:{w.p.rng.randrange(60):02d}] {w.ph('wa_who')}: ",
          ("E", w.english))
    w.item(("A", "E"))


def mail_bottom(w: Writer) -> None:
    """Translators' mailing list: 'On ..., X wrote:' and '> ' quoted lines, the English under them, a signature."""
    a, b = w.who("name"), w.who("helper")
    w.add("1", None, a, w.ph("mail_lead"), ("A", w.arabic))
    quoted = "> " + w.arabic
    w.add("2", "1", b, f"On {w.ph('mail_day')}, {a} <{a.lower().replace('.', '_')}@example.org> wrote:\n{quoted}\n\n",
          ("E", w.english), w.ph("mail_sig").format(who=b))
    w.item(("A", "E"))


def mail_top(w: Writer) -> None:
    """The same list, top-posted: the English first, the quoted message (the Arabic again) under it."""
    a, b = w.who("name"), w.who("helper")
    lead = w.ph("mail_lead")
    w.add("1", None, a, lead, ("A", w.arabic))
    quoted = "\n".join("> " + line if line else ">" for line in (lead + w.arabic).split("\n"))
    w.add("2", "1", b, w.ph("mail_top_lead"), ("E", w.english), w.ph("mail_sig").format(who=b),
          f"\n\nOn {w.ph('mail_day')}, {a} wrote:\n", quoted)
    w.item(("A", "E"))


def telegram_forward(w: Writer) -> None:
    """Housing block's Telegram group: the English is forwarded from a channel, its header first."""
    w.add("1", None, w.who("name"), w.ph("tg_lead"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("tg_fwd"), ("E", w.english))
    w.item(("A", "E"))


def se_gloss(w: Writer) -> None:
    """Arabic Language StackExchange: an answer with a heading and a word-by-word gloss, then the full
    translation (the gold span)."""
    w.add("1", None, w.who("name"), w.ph("se_ask"), ("A", w.arabic))
    lines = "\n".join("- " + g for g in gloss(w.arabic)) or "- (none)"
    w.add("2", "1", w.who("helper"), w.ph("se_head"), lines, w.ph("se_mid"), ("E", w.english), w.ph("se_tail"))
    w.item(("A", "E"))


def voice(w: Writer) -> None:
    """Hiking club: typed by voice, no punctuation and homophones (gold: the text as dictated)."""
    w.add("1", None, w.who("name"), "Spray-painted on a rock at the trailhead:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", voiced(w.english)), w.ph("voice_tail"))
    w.item(("A", "E"))


def kindly(w: Writer) -> None:
    """Visa consultants' forum, Indian English: 'Kindly find below', regards."""
    a, b = w.who("name"), w.who("helper")
    w.add("1", None, a, "Stamp on my employment letter from the Saudi office, need it in English for the file:\n\n", ("A", w.arabic))
    w.add("2", "1", b, w.ph("kindly_lead").format(who=a), ("E", w.english), w.ph("kindly_tail").format(who=b))
    w.item(("A", "E"))


def naija(w: Writer) -> None:
    """Lagos forum, Nigerian English: 'Oya', 'No wahala'."""
    w.add("1", None, w.who("name"), "My Sudanese colleague dropped this for the group chat, wetin e mean?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("naija_lead"), ("E", w.english), w.ph("naija_tail"))
    w.item(("A", "E"))


def aside(w: Writer) -> None:
    """Museum volunteers: the translator's aside between the two sentences stays inside the span."""
    e1, e2 = (e.strip() for e in w.p.example.english)
    w.add("1", None, w.who("name"), w.ph("aside_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", f"{e1} {w.ph('aside')} {e2}"))
    w.item(("A", "E"))


def two_in_order(w: Writer) -> None:
    """Bilingual school parents: two notes in one comment, translated in order in one reply."""
    a1, a2 = (a.strip() for a in w.p.example.arabic)
    e1, e2 = (e.strip() for e in w.p.example.english)
    w.add("1", None, w.who("name"), "Two notes came home in the school bag today:\n\n", ("A1", a1), "\n\nand\n\n", ("A2", a2),
          "\n\nAny help? My Arabic is hopeless")
    w.add("2", "1", w.who("helper"), w.ph("two_first"), ("E1", e1), w.ph("two_second"), ("E2", e2))
    w.item(("A1", "E1"), ("A2", "E2"))


def steam_paren(w: Writer) -> None:
    """Steam review: the reviewer's own English in parentheses right after the Arabic."""
    w.add("1", None, w.who("name"), w.ph("steam_head"), ("A", w.arabic), " (", ("E", w.english), ")", w.ph("steam_tail"))
    w.add("2", "1", w.who("asker"), "thanks for the english too")
    w.item(("A", "E"))


def google(w: Writer) -> None:
    """Recipe blog's Disqus: a pasted Google Translate output, named as such."""
    w.add("1", None, w.who("name"), "My Syrian neighbour wrote this under the recipe card she gave me:\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("gt_lead"), ("E", w.english), w.ph("gt_tail"))
    w.item(("A", "E"))


def requote(w: Writer) -> None:
    """Oman travel vlog: the replier copies the Arabic again, a rule, then the English under it."""
    w.add("1", None, w.who("name"), "The fisherman at 6:40 says ", ("A", w.arabic), " and everyone laughs, what was the joke?")
    w.add("2", "1", w.who("helper"), w.arabic, w.ph("rule"), ("E", w.english))
    w.item(("A", "E"))


def quora(w: Writer) -> None:
    """Quora: the question holds the Arabic; the answer opens with its writer's credential line and
    ends with the view count."""
    b = w.who("helper")
    w.add("1", None, w.who("asker"), "What does \"", ("A", w.arabic), "\" mean in English?")
    w.add("2", "1", b, w.ph("quora_cred").format(who=b), ("E", w.english), w.ph("quora_foot").format(ask=w.who("asker")))
    w.item(("A", "E"))


def xenforo(w: Writer) -> None:
    """Fountain pen forum: a XenForo quote copied as text ('X said:', 'Click to expand...'), the English after."""
    a = w.who("name")
    w.add("1", None, a, w.ph("xf_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), f"{a} said:\n", w.arabic, "\nClick to expand...\n\n", ("E", w.english), w.ph("xf_tail"))
    w.item(("A", "E"))


def wiki_talk(w: Writer) -> None:
    """Wikipedia talk page: indented with colons, signed '—Name (talk) time (UTC)'."""
    a, b = w.who("name"), w.who("helper")
    h = w.p.rng.randrange(24)
    w.add("1", None, a, "The source quoted in footnote 12 says: ", ("A", w.arabic),
          f" Could someone check the English in the footnote? —{a} (talk) {h:02d}:14, 2 June 2024 (UTC)")
    w.add("2", "1", b, w.ph("wp_lead"), ("E", w.english), f" —{b} (talk) {(h + 2) % 24:02d}:51, 2 June 2024 (UTC)")
    w.item(("A", "E"))


def scanlation(w: Writer) -> None:
    """Webtoon scanlation group: 'TL:' before the English, a translator's note after."""
    w.add("1", None, w.who("name"), "Raw for panel 4, speech bubble 2:\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("tl_lead"), ("E", w.english), w.ph("tn"))
    w.item(("A", "E"))


def marketplace(w: Writer) -> None:
    """Marketplace questions and answers: 'Question:' with the Arabic, 'Answer:' with the English and
    a byline."""
    w.add("1", None, w.who("asker"), w.ph("qa_q"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "Answer: ", ("E", w.english), w.ph("qa_foot").format(who=w.who("helper")))
    w.item(("A", "E"))


def superscript(w: Writer) -> None:
    """Coin collectors' subreddit: the English, then a reddit superscript note."""
    w.add("1", None, w.who("name"), "Found this token in a jar of old coins, the back reads:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), "\n\n", w.ph("sup"))
    w.item(("A", "E"))


def native_source(w: Writer) -> None:
    """Old maps subreddit: 'Native speaker here.' before, 'Source: am Egyptian' after."""
    w.add("1", None, w.who("name"), "Margin note on a 1920s survey map, can anyone read it?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("native_lead"), ("E", w.english), w.ph("source_tail"))
    w.item(("A", "E"))


def developer(w: Writer) -> None:
    """Keyboard app's Play Store page: the developer's reply translates the review inside its answer."""
    a = w.who("name")
    w.add("1", None, a, "★★☆☆☆ ", ("A", w.arabic))
    w.add("2", "1", "KeyNest Support" if w.half else "Developer", w.ph("dev_lead").format(who=a), ("E", w.english), w.ph("dev_tail"))
    w.item(("A", "E"))


def se_comment(w: Writer) -> None:
    """Travel StackExchange comment: the English with the comment's signature after it."""
    w.add("1", None, w.who("name"), "What does this sign at the border post mean? Photo transcribed:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), ("E", w.english), w.ph("se_comment_tail").format(who=w.who("helper")))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_opinion(w: Writer) -> None:
    """Poetry night: the replies are opinions about the passage and chat, no translation."""
    w.add("1", None, w.who("name"), "Read this one tonight at the open mic:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("opinion"))
    w.add("3", "1", w.who("helper"), w.other)
    w.item(("A", None))


def n_translit(w: Writer) -> None:
    """Dialect podcast: a Latin-letter spelling with an English word inside, no translation."""
    w.add("1", None, w.who("name"), "Line from episode 12 I keep hearing:\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), "how do you say it?")
    w.add("3", "2", w.who("helper"), w.ph("translit_lead"), latin(w.arabic, w.ph("translit_word")))
    w.item(("A", None))


def n_headline(w: Writer) -> None:
    """News link: the headline of the linked article translated, not the Arabic comment under it."""
    slug = w.p.rng.randrange(100000, 999999)
    a = w.who("name")
    w.add("1", None, a, f"https://news.example.com/ar/2024/{slug}")
    w.add("2", "1", w.who("name", a), ("A", w.arabic))
    w.add("3", None, w.who("helper"), w.ph("headline_lead"), w.other)
    w.item(("A", None))


def n_scripture(w: Writer) -> None:
    """Candle shop's post: a reply quotes a passage of another scripture in English."""
    w.add("1", None, w.who("name"), "New label for the winter candles:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("scripture"))
    w.item(("A", None))


def n_joke(w: Writer) -> None:
    """Crypto forum: a joke 'translation' and an unrelated reply."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("joke"))
    w.add("3", "2", w.who("helper"), w.other)
    w.item(("A", None))


def n_arabic_answer(w: Writer) -> None:
    """Gulf cooking group: a request in Arabic script, answered in Arabic; unrelated English beside."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ar_ask"))
    w.add("3", "2", w.who("helper"), w.other_pair()[0])
    w.add("4", None, w.who("asker"), w.unrelated)
    w.item(("A", None))


def n_discord(w: Writer) -> None:
    """Game server: a pasted Discord log, the English lines are chat about something else."""
    a, b = w.who("name"), w.who("asker")
    t1, t2 = sorted(w.p.rng.sample(BANKS["clock"][w.half :: 2], 2))
    w.add("1", None, w.who("helper"), w.ph("discord_lead"), f"[{t1}] {a}: ", ("A", w.arabic),
          f"\n[{t1}] {b}: {w.other}\n[{t2}] {a}: {w.ph('chat_tail')}")
    w.item(("A", None))


def n_po_file(w: Writer) -> None:
    """Translators' list: the reply quotes the Arabic and then talks about another string of the PO file."""
    a, b = w.who("name"), w.who("helper")
    w.add("1", None, a, w.ph("mail_lead"), ("A", w.arabic))
    w.add("2", "1", b, f"On {w.ph('mail_day')}, {a} wrote:\n> {w.arabic}\n\n", w.ph("po_lead"), w.other, w.ph("po_tail"))
    w.item(("A", None))


def n_telegram(w: Writer) -> None:
    """Sports Telegram channel: a forwarded English post about other news."""
    w.add("1", None, w.who("name"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("tg_news"), w.other, " ", w.unrelated)
    w.item(("A", None))


def n_patch(w: Writer) -> None:
    """Steam patch thread: the developer posts the patch notes in English under an Arabic review."""
    w.add("1", None, w.who("name"), w.ph("steam_head"), ("A", w.arabic))
    w.add("2", "1", "dev_team" if w.half else "studio_official", w.ph("patch_lead"), w.other)
    w.item(("A", None))


def n_grammar(w: Writer) -> None:
    """Grammar question: the answer explains the structure with an English example sentence."""
    w.add("1", None, w.who("name"), w.ph("grammar_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("grammar").format(o=w.other))
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "Discord log pasted": (discord_log, 1, "pos"),
    "WhatsApp line pasted": (whatsapp, 1, "pos"),
    "mail reply, bottom-posted": (mail_bottom, 2, "pos"),
    "mail reply, top-posted": (mail_top, 1, "pos"),
    "Telegram forward header": (telegram_forward, 1, "pos"),
    "StackExchange gloss first": (se_gloss, 2, "pos"),
    "typed by voice": (voice, 1, "pos"),
    "Indian English 'kindly find'": (kindly, 2, "pos"),
    "Nigerian English": (naija, 1, "pos"),
    "aside inside the translation": (aside, 2, "pos"),
    "two passages, one reply in order": (two_in_order, 2, "pos"),
    "parenthesised after the Arabic": (steam_paren, 1, "pos"),
    "Google Translate output": (google, 2, "pos"),
    "Arabic copied, rule, English": (requote, 1, "pos"),
    "Quora credential and footer": (quora, 2, "pos"),
    "XenForo quote as text": (xenforo, 1, "pos"),
    "Wikipedia talk signature": (wiki_talk, 2, "pos"),
    "scanlation TL and T/N": (scanlation, 1, "pos"),
    "marketplace answer byline": (marketplace, 1, "pos"),
    "reddit superscript note": (superscript, 1, "pos"),
    "native speaker, source after": (native_source, 2, "pos"),
    "developer reply quotes it": (developer, 1, "pos"),
    "StackExchange comment signature": (se_comment, 1, "pos"),
    "neg: opinions": (n_opinion, 1, "neg"),
    "neg: Latin letters with English": (n_translit, 1, "neg"),
    "neg: article headline": (n_headline, 1, "neg"),
    "neg: other scripture": (n_scripture, 1, "neg"),
    "neg: joke": (n_joke, 1, "neg"),
    "neg: answered in Arabic": (n_arabic_answer, 1, "neg"),
    "neg: Discord chat": (n_discord, 1, "neg"),
    "neg: another PO string": (n_po_file, 2, "neg"),
    "neg: forwarded other news": (n_telegram, 1, "neg"),
    "neg: patch notes": (n_patch, 1, "neg"),
    "neg: grammar example": (n_grammar, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, as typed by voice, or with one
    of the round's asides between its sentences."""
    if gold != gold.strip() or not gold:
        return False
    text = flat(" ".join(want))
    g = flat(gold)
    if g in (text, voiced(text)):
        return True
    return any(f" {a} " in g and g.replace(f" {a} ", " ", 1) == text for a in BANKS["aside"])


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
