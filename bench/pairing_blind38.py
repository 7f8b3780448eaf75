"""Round 38 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: an AMA host's answer after it, a wiki template's quotes and signature, a GitHub
issue's code fence and a guess at the cause, a bot embed's bold field names and footer, an X thread's
"2/2" counter, the other language's lines of an interleaved comment, an "Original:" Arabic after it, a
table's pipes, a quoted signature, a recipe card's bullets, a chant's emoji, a meme's "Top:/Bottom:"
labels, a Stack Overflow comment's quotes and byline, a Discord spoiler's bars and an "ETA" line, a court
transcript's speaker labels, a genealogy reply's remark on the dates, a live blog's time and "Our
translation:", a LaTeX footnote's braces, a CSV row's quotes, a review suggestion's JSON key, a fan
account's "[TRANS]" tag and credit line, a marketplace buyer's lead, a homework site's "Answer:" and
"Explanation:" left out) and one third with English that looks like a translation and is not.

Settings of this round (new topics): a Reddit AMA host translating a question asked in Arabic before
answering it, a Wikipedia talk page with the Arabic in a {{lang|ar|...}} template and the editor's
English in quotes after it, a GitHub issue whose Arabic-locale error dialog is translated by another user,
a Discord translation bot's embed with a bold "**Translation**" field, an X author's "(translation
below)" with the English in his own next post of the thread, a long Disqus comment interleaving Arabic and
English sentence by sentence (one item per sentence), a reply giving the English first and the Arabic
after "Original:", a markdown table "| ar | en |" (one item per row), an e-mail reply quoting the
sender's signature and translating its Arabic motto, a grandmother's recipe card notes as bullets
translated as bullets (one item per bullet), a football chant, a meme's top and bottom text (one item
each), a Stack Overflow comment "@user it says: ...", a translation in a Discord ||spoiler|| followed by
"ETA: fixed a word", a court hearing transcript with "THE INTERPRETER:" lines, a headstone inscription on
a genealogy forum, a news live blog's "Our translation:", a TeX question's \\textarabic with the English
in a \\footnote, a glossary CSV row, a pull request review's ```suggestion block for an en.json string,
a fan account's "[TRANS]" of a singer's post, a marketplace listing explained by another buyer, and a
homework site's "Answer:/Explanation:"; negatives on a reply quoting a published English translation
(of another line) and criticising it, a calligraphy critique about the script itself, a summary of the
thread for latecomers, a translation bot's "Sorry, I can't translate this", a reply giving the Arabic in
Latin letters only (no meaning), an AMA host answering the Arabic question without translating it, a
maintainer answering a GitHub issue about the bug only, an X thread whose "2/2" says something else, a
court transcript whose interpreter only asks for a question to be repeated, a genealogy reply about
another headstone, and a meme answered with an English meme of its own.

Decided: a published translation that a commenter quotes and criticises is not the commenter's own
translation, so it is no pair to report; this round's shape quotes the English of another sentence, so
the thread holds no translation of its Arabic either way. A bot's translation posted in the thread
(the embed) is paired as a translation, as a third person's "Google Translate gives: ..." is. Not used:
inline Arabic words glossed in brackets inside the English (that would change the real English) and a
recipe's ingredient list (the data give sentences, not lists: the recipe card's notes are sentences).

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind38.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
import pairing_devset  # noqa: E402  (bench/pairing_devset.py: the Arabizi spelling of the data's Arabic)

SEED = 38611
DEFAULT_OUT = Path("/tmp/r38/pairing-devset-round38.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "poster": ("Yasmin_Q", "Aldous", "Tariq.H", "Philippa", "Lubna_S", "Evander", "Ghassan.M", "Rosamund", "Hiba_W",
               "Cornelius", "Nabil.F", "Georgiana"),
    "helper": ("Maysa.D", "Khaled_R", "Wafa.J", "Ammar_N", "Dima.L", "Sami_Y", "Lina.G", "Hussam"),
    "asker": ("Barnaby", "Ottilie", "Lucan", "Henrietta", "Fitzroy", "Marigold", "Ambrose", "Dorothea"),
    # Reddit AMA
    "ama_intro": ("I'm a street food vendor in Cairo who went viral last month. AMA!",
                  "I spent ten years as a lighthouse keeper on the Red Sea coast. Ask me anything.",
                  "We are the team that restored the old cinema in Jaffa. AMA!",
                  "I've been a long-haul truck driver between Amman and Riyadh for 20 years, AMA"),
    "ama_sorry": ("Sorry my English is not good, I ask in Arabic:\n\n", "(asking in Arabic, hope that's ok)\n\n",
                  "Question in Arabic because I can't write it well in English:\n\n", "Sorry for the Arabic 🙏\n\n"),
    "ama_tr": ("Translating the question for everyone else first: ", "For the non-Arabic speakers, the question was: ",
               "Great question! Translated for the thread: ", "Let me translate so everyone can follow. The question is: "),
    "ama_ans": ("\n\nMy answer: honestly it depends on the season, but the busiest days are always right before the holidays. "
                "We work from early morning until late at night.",
                "\n\nAnd to answer it: yes, many times. The hardest part was always the weather, the rest you get used to.",
                "\n\nAnswer: we started with a small grant and a lot of volunteers, and most of the money went on the roof.",
                "\n\nTo answer: the long nights were lonely at first, but you learn to enjoy the quiet and the radio."),
    # Wikipedia talk page
    "wk_head": ("== Motto on the crest ==\n", "== Inscription above the main gate ==\n", "== Caption of the 1923 photograph ==\n",
                "== Text on the founding plaque ==\n"),
    "wk_mid": ("}}, which I would translate as \"", "}} (my rendering: \"", "}}, in English \"", "}}; I'd gloss it as \""),
    "wk_end": ("\". Does the translation need a source, or is an editor's own fine per WP:NOENG? ",
               "\"). Adding this to the infobox unless someone objects. ",
               "\". Happy to be corrected by a native speaker. ",
               "\"). Could someone check before I move it into the article? "),
    "wk_stamp": ("09:14, 2 March 2024 (UTC)", "17:40, 11 August 2023 (UTC)", "22:05, 30 January 2025 (UTC)",
                 "06:51, 19 October 2022 (UTC)"),
    "wk_reply": (":Looks fine to me. ", ":Per MOS:FOREIGN an editor's own translation is acceptable. ",
                 ":Agree, thanks for adding it. ", ":{{done}} Moved to the article. "),
    # GitHub issue
    "gh_bug": ("**Describe the bug**\nSetup fails on a machine with Arabic locale. The dialog says:\n\n```\n",
               "### Bug report\nAfter updating, the app shows this error (my system language is Arabic):\n\n```\n",
               "**What happened?**\nThe sync stops with a popup in Arabic:\n\n```\n",
               "## Steps to reproduce\n1. Open settings\n2. Click Export\n\nError shown:\n\n```\n"),
    "gh_env": ("\n```\n\n**Environment**: v2.4.1, Windows 11 (ar-SA)", "\n```\n\nVersion 0.19.3, macOS 14, locale ar_EG",
               "\n```\n\n- OS: Ubuntu 22.04 (LANG=ar_JO.UTF-8)\n- App: 5.0.0", "\n```\n\nv3.1, Android 14, phone set to Arabic"),
    "gh_lead": ("For the maintainers, the message translates to:\n\n", "I read Arabic, the dialog says:\n\n",
                "Translation of the error for anyone triaging:\n\n", "FWIW in English that popup is:\n\n"),
    "gh_tail": ("\n\nProbably the localized string for a permissions error.", "\n\nLooks like the wrong string is mapped to this error code.",
                "\n\nSo it's not a crash, just a badly translated message.", "\n\n+1, same here on 0.19.2."),
    # Discord bot embed
    "bot_name": ("Polyglot BOT", "TranslateIt APP", "Babel BOT", "LinguaBridge APP"),
    "bot_head": ("**Detected language:** Arabic\n**Translation**\n", "🌐 **Source:** ar → en\n**Translation**\n",
                 "**From:** Arabic (98%)\n\n**Translation**\n", "**Language:** ar\n**Translation**\n"),
    "bot_foot": ("\n\nRequested by @{a} • Today at 5:02 PM", "\n\nReact with 🔁 to translate again • @{a}",
                 "\n\nTranslated for {a} • Yesterday at 10:48 PM", "\n\n@{a} used /translate"),
    # X thread, translation in the next post
    "xt_below": ("(translation below 👇)", "(English in the next tweet)", "⬇️ translation below", "(EN below)"),
    "xt_tail": ("", " #solidarity", "", " 🕊️"),
    # Disqus interleaved
    "dq_lead": ("I'm writing this in both languages so my parents can read it too.\n\n",
                "Long-time reader, first comment. Arabic and English so everyone can follow:\n\n",
                "Posting this in Arabic with my English under each sentence:\n\n",
                "My mother asked me to post her comment, I'll add my English line by line.\n\n"),
    "dq_end": ("\n\nThank you for the article.", "\n\nKeep up the good work.", "\n\nGreetings from Alexandria.",
               "\n\nRespect to the writer."),
    "dq_meta": ("1 reply · 14 likes", "Reply · Share ›", "6 upvotes · Reply", "Reply · 3 ↑"),
    # English first, Original after
    "or_ask": ("Does anyone have the exact quote from the interview?", "What was the line the coach said after the final?",
               "Anyone remember what the sign at the border said?", "What was written on the first page of the report?"),
    "or_lead": ("Found it. In English: ", "Here you go: ", "It was this: ", "Got it from the recording: "),
    "or_orig": ("\n\nOriginal: ", "\n\nOriginal:\n", "\n\n(Original: ", "\n\nOriginal text: "),
    # table
    "tb_ask": ("Here's part of my sentence sheet, does the English column look right?\n\n",
               "Made a table for our study group, please check:\n\n",
               "Sentences from today's lesson with my translations:\n\n", "Glossary for the project, first rows:\n\n"),
    "tb_head": ("| ar | en |\n|---|---|\n", "| Arabic | English |\n|:--|:--|\n", "| ar | en |\n| --- | --- |\n",
                "| AR | EN |\n|----|----|\n"),
    "tb_reply": ("Both rows look right to me.", "All good 👍", "Correct, nice work.", "These are fine."),
    # quoted e-mail signature
    "em_body": ("Hi all,\n\nAttached are the minutes from Tuesday's meeting.\n\nBest,\n",
                "Hello team,\n\nReminder that the office is closed on Monday.\n\nThanks,\n",
                "Dear colleagues,\n\nPlease find the updated schedule below.\n\nKind regards,\n",
                "Hi everyone,\n\nThe invoices are in the shared folder.\n\nCheers,\n"),
    "em_role": ("Procurement", "Field Operations", "Finance", "Partnerships"),
    "em_lead": ("Off topic, but for everyone who asked me about the line in your signature: it means \"",
                "Thanks! PS since people keep asking, the Arabic at the bottom of your signature says \"",
                "Noted. And the motto in your signature, for the curious: \"",
                "Thanks. Side note, the quote in your signature translates to \""),
    "em_tail": ("\"\n\nRegards", "\"\n\nBest", "\"", "\" — lovely choice."),
    # recipe card notes
    "rc_ask": ("Found my teta's recipe card! The back has these notes in her handwriting:\n\n",
               "My grandmother's maamoul recipe, she wrote these notes at the bottom:\n\n",
               "Old recipe card from my aunt, can anyone read the notes?\n\n",
               "Notes scribbled on my grandma's recipe card:\n\n"),
    "rc_lead": ("Translated:\n\n", "Here are the notes in English:\n\n", "My translation of the notes:\n\n", "In English:\n\n"),
    "rc_bullet": ("- ", "• ", "* ", "– "),
    "rc_end": ("\n\nShe sounds like a wonderful cook.", "\n\nSave that card forever ❤️", "\n\nWhat a treasure.", ""),
    # football chant
    "ch_ask": ("What are the fans singing at the start of the second half? The whole stadium joins in:",
               "Ultras chant from last night's derby, meaning?", "This chant went viral after the match, what does it say?",
               "Our section sings this every game and I only know the sounds lol:"),
    "ch_lead": ("It's the ultras' chant, it goes: ", "The chant means: ", "Roughly the stadium is singing: ",
                "The words are: "),
    "ch_tail": (" 🔴⚪", " 💚🤍", " Goosebumps every time.", " 🔥🔥"),
    # meme
    "mm_ask": ("someone explain pls 😭", "my cousin sent this and everyone in the group chat is crying laughing",
               "why is this funny??", "context please"),
    "mm_end": ("\n\nit's funnier in Arabic trust me", "\n\nyou had to be there", "\n\nthe timing is everything",
               "\n\nclassic Egyptian humour 😂"),
    # Stack Overflow comment
    "so_q": ("I get this exception but the message is localized and I can't read it:\n\n    ",
             "My users report this error text (their OS is in Arabic):\n\n    ",
             "The log contains only this line, in Arabic:\n\n    ",
             "Running the tests on the CI box (locale ar_SA) prints:\n\n    "),
    "so_say": (" it says: \"", " the message is \"", " that reads \"", " in English: \""),
    "so_tail": ("\". Try LANG=C to get English messages.", "\". Check the file permissions.", "\" – looks like a timeout.",
                "\", so the path is wrong."),
    "so_when": ("2 hours ago", "Mar 3 at 14:02", "yesterday", "Nov 12, 2023 at 9:15"),
    # Discord spoiler + ETA
    "sp_ask": ("guess before you open the spoiler:", "quiz time! answer's in the spoiler below",
               "try it yourself first, then check mine:", "no peeking 👀"),
    "sp_eta": ("\n\nETA: fixed a word", "\n\nETA: fixed one word, thanks {a}", "\n\nETA: typo", "\n\nETA: corrected the verb"),
    # court transcript
    "ct_lead": ("Excerpt from the hearing transcript (the witness testified through an interpreter):\n\n",
                "From the deposition, page 14:\n\n", "Transcript, day 2, afternoon session:\n\n",
                "Relevant part of the transcript for the appeal:\n\n"),
    "ct_q": ("Q. And what did you tell him?\n", "Q. What happened when you arrived?\n", "Q. Please tell the court what you saw.\n",
             "Q. What did the officer say to you?\n"),
    "ct_after": ("\nQ. What happened next?", "\nMR. HALE: Objection.\nTHE COURT: Overruled.", "\nQ. Thank you.",
                 "\nQ. Did anyone else hear this?"),
    "ct_reply": ("Interesting, thanks for posting the transcript.", "The interpreter did a good job there.",
                 "That's the key testimony.", "Thanks, this helps."),
    # genealogy headstone
    "gv_ask": ("My great-grandfather's headstone in the old family plot. Can anyone read the inscription? Typed from the photo:\n\n",
               "Found this stone at the village cemetery, it may be a relative. The text:\n\n",
               "Headstone of my 3x great-grandmother, photo attached. I copied the lettering as best I can:\n\n",
               "Cemetery visit today. Inscription on grandpa's brother's stone:\n\n"),
    "gv_lead": ("Lovely stone. The inscription reads: ", "It says: ", "The inscription translates as: ", "Here's the text in English: "),
    "gv_tail": ("\n\nThe dates underneath are Hijri; post a closer photo and I'll convert them.",
                "\n\nThe last line is a verse, very common on stones of that era.",
                "\n\nGood luck with the research!", "\n\nThe carving style looks 1950s to me."),
    # live blog
    "lb_time": ("14:32 BST\n", "09:05 GMT\n", "16:48 EEST\n", "11:20 CET\n"),
    "lb_lead": ("The minister spoke in Arabic at the start of the press conference:\n\n",
                "A spokesperson read a short statement in Arabic:\n\n",
                "The mayor addressed the crowd in Arabic a moment ago:\n\n",
                "The health ministry has just posted this on its account:\n\n"),
    "lb_tr": ("\n\nOur translation: ", "\n\nTranslation (ours):\n", "\n\nOur translation reads: ", "\n\nIn our translation: "),
    "lb_end": ("\n\nMore to follow.", "\n\nWe'll bring you the full statement shortly.", "\n\nStay with us.", ""),
    # TeX footnote
    "tx_ask": ("The Arabic renders fine but the footnote overflows the page. MWE:\n\n",
               "How do I keep the footnote on the same page as the epigraph?\n\n",
               "babel + Arabic: the footnote number comes out on the wrong side.\n\n",
               "Epigraph with an Arabic quotation and an English footnote, minimal example:\n\n"),
    # what comes before the Arabic and after the footnote's English, split at "@@"
    "tx_wrap": ("\\epigraph{\\textarabic{@@}}{}\n", "\\begin{quote}\\textarabic{@@}\\end{quote}\n",
                "\\noindent\\textarabic{@@}\\par\n", "{\\centering\\textarabic{@@}\\par}\n"),
    # CSV
    "cv_ask": ("Pasting a few lines of our glossary export, is the English OK?\n\n",
               "CSV from the translation vendor, spot-checking one row:\n\n",
               "Row from our subtitles spreadsheet (exported as CSV):\n\n",
               "Checking the dataset row before I commit it:\n\n"),
    "cv_head": ("id,ar,en\n", "key,source_ar,target_en\n", "row,arabic,english\n", "n,text_ar,text_en\n"),
    "cv_key": ("17", "onboarding_3", "204", "faq_12"),
    # PR review suggestion
    "pr_key": ("welcome_body", "empty_state", "error_generic", "share_hint"),
    "pr_note": ("Looks like the Arabic string got pasted into the English file.", "This line in en.json is still Arabic.",
                "en.json has the Arabic text here by mistake.", "Untranslated string in the English locale."),
    "pr_tail": ("\n```\nTranslated from ar.json.", "\n```\nHere's the English for it.", "\n```\n",
                "\n```\nMy translation, feel free to tweak."),
    # fan account [TRANS]
    "fn_tag": ("[TRANS] ", "[ENG TRANS] ", "[TRANS] 📝 ", "[ENG] "),
    "fn_cr": ("\n\ntrans by me, take out with credit 🙏", "\n\n(translated by @{a}, please credit)",
              "\n\n✨ translation: mine, reposts with credit only", "\n\ncr: @{a} for the translation"),
    "fn_post": ("📸✨", "🎤 #tour2024", "❤️", "🎶"),
    # marketplace
    "mk_listing": ("Listed 3 days ago in Dearborn, MI · $120\n\n", "Listed a week ago in Paterson, NJ · $45\n\n",
                   "Listed yesterday in Anaheim, CA · Free\n\n", "Listed 2 days ago in Toledo, OH · $300\n\n"),
    "mk_lead": ("For anyone else wondering, the description says: ", "The seller wrote: ", "Translation for the others asking: ",
                "It says: "),
    "mk_tail": ("\n\nI messaged, still available.", "\n\nSeems legit.", "\n\nPickup only I think.", ""),
    # homework site
    "hw_ask": ("Translate into English (10 points):\n\n", "Help!! translate this sentence for my homework, due tomorrow:\n\n",
               "Translate to English please (15 pts)\n\n", "what is this in English? for class\n\n"),
    "hw_expl": ("\n\nExplanation:\nThe sentence starts with the verb, so in English the subject comes first.",
                "\n\nExplanation:\nArabic puts the adjective after the noun; English puts it before.",
                "\n\nExplanation:\nI translated it by meaning, not word for word.",
                "\n\nExplanation:\nThe tense is past, so the English verbs are in the past too."),
    "hw_star": ("\n\n⭐ Brainliest please!", "", "\n\nHope this helps! 😊", ""),
    # --- negatives ---
    "pb_ask": ("A line from the novel I'm reading for class:\n\n", "Opening line of a poem we studied:\n\n",
               "This sentence from the short story keeps coming up in the exam:\n\n", "From the memoir I'm reading:\n\n"),
    "pb_crit": ("The published English edition has \"{x}\", which I think is a poor choice: the translator flattens everything.",
                "The Penguin translation gives \"{x}\" and honestly it misses the whole point.",
                "The website everyone cites has \"{x}\". That's not even close in tone.",
                "The old 1970s translation reads \"{x}\", which is far too stiff."),
    "cg_ask": ("My first attempt at thuluth, be honest:\n\n", "Practice piece, diwani style. Feedback welcome:\n\n",
               "Finished this naskh practice sheet today:\n\n", "Trying out a new reed pen:\n\n"),
    "cg_crit": ("Really nice control! The kashida on the third word is a bit long and the dots sit too high. "
                "Your previous sheet had \"{x}\" as the caption and the baseline was steadier there.",
                "The alif is a touch too thin, and watch the nib angle on the curves. I'd caption a practice piece like this "
                "with something simple, e.g. \"{x}\"",
                "Spacing is uneven between the second and third words, and the final letters could be rounder. "
                "For comparison, the exemplar in my book is captioned \"{x}\"",
                "Great rhythm. Hold the pen at a steeper angle for the descenders. My teacher's model sheet says \"{x}\" at the bottom."),
    "sm_lead": ("Thread summary for latecomers: {a} posted the text, {b} asked what it means, and nobody has translated it yet. ",
                "Summary so far: {a} shared it, {b} asked for the meaning, still no answer. ",
                "Recap for anyone just arriving: {a} posted this, {b} asked, no translation yet. ",
                "Catching up: {a} posted the Arabic and {b} wants to know the meaning. Nobody's answered. "),
    "sm_tail": ("The shop's English flyer just says \"{x}\"", "Meanwhile the English page of the same site says \"{x}\"",
                "The only English near it was a sticker: \"{x}\"", "Someone guessed in the other thread that it's about \"{x}\""),
    "bt_sorry": ("⚠️ Sorry, I can't translate this message (language confidence too low).",
                 "❌ Translation failed: text could not be processed. Try again later.",
                 "⚠️ I couldn't translate that. Try /translate ar en <text>.",
                 "❌ Sorry, translation is unavailable in this channel."),
    "bt_user": ("bot's broken again lol. anyway, ", "ugh. meanwhile, ", "of course it fails now. ", "classic. "),
    "tl_ask": ("How do you pronounce this? I only need the sounds:\n\n", "Can someone write this in English letters?\n\n",
               "I can't read the script, how is this said?\n\n", "Pronunciation please, I want to read it aloud at the wedding:\n\n"),
    "tl_lead": ("In Latin letters: ", "Roughly: ", "Said like this: ", "Transliterated: "),
    "tl_tail": ("\n\nI'll leave the meaning to someone else.", "\n\nStress the first syllable of each word.",
                "\n\nThat's just the pronunciation, not a translation.", "\n\n(sounds only)"),
    "ama_ans_only": ("Thanks for asking! ", "Good question, and the answer is long. ", "Ha, I get this one a lot. ",
                     "Thank you, brother. "),
    "gh_maint": ("Thanks for the report! Could you attach the full log? ", "Thanks, this is fixed in the next release. ",
                 "Can you reproduce this on the latest nightly? ", "Known issue, tracked in #2291. "),
    "gh_maint2": ("The last line of the log is usually \"{x}\"", "Release notes will say \"{x}\"",
                  "The changelog entry reads \"{x}\"", "Our docs say \"{x}\""),
    "ct_interp": ("THE INTERPRETER: The witness asks for the question to be repeated.",
                  "THE INTERPRETER: Your Honor, the interpreter needs a moment.",
                  "THE INTERPRETER: The witness did not hear the question.",
                  "THE INTERPRETER: May the interpreter clarify one word with the witness?"),
    "gv_other": ("Can't read it from the photo, sorry. My own family's stone says \"{x}\", if the style helps.",
                 "Too blurry for me. The stone next to it in your photo reads \"{x}\" though.",
                 "I can't make out the Arabic, but the English plaque beside it says \"{x}\"",
                 "Not legible for me, sorry. Our village stones mostly say \"{x}\""),
    "mm_own": ("[image]\nTop text: {x}\nBottom text: me at 3am", "[image]\nTop: {x}\nBottom: nobody:",
               "[image]\nTop text: {x}\nBottom text: my brain", "[image]\nTop: {x}\nBottom: also me"),
}


class Writer(_blind.Writer):
    """One thread of this round being written (:class:`_blind.Writer`) with this round's banks."""

    banks = BANKS


Shape = Callable[[Writer], None]


def _first(name: str) -> str:
    return re.split(r"[_.]", name)[0]


# --- positives -----------------------------------------------------------------------------------


def ama(w: Writer) -> None:
    """Reddit AMA: a question asked in Arabic; the host translates it for the thread, then answers."""
    host = w.who("poster")
    w.add("1", None, host, w.ph("ama_intro"))
    w.add("2", "1", w.who("helper"), w.ph("ama_sorry"), ("A", w.arabic))
    w.add("3", "2", host, w.ph("ama_tr"), ("E", w.english), w.ph("ama_ans"))
    w.item(("A", "E"))


def wiki_talk(w: Writer) -> None:
    """Wikipedia talk page: the Arabic in {{lang|ar|...}}, the editor's English in quotes, a signature."""
    a = w.who("poster")
    sig = f"[[User:{a}|{a}]] ([[User talk:{a}|talk]]) {w.ph('wk_stamp')}"
    w.add("1", None, a, w.ph("wk_head"), "The text reads {{lang|ar|", ("A", w.arabic), w.ph("wk_mid"), ("E", w.english),
          w.ph("wk_end"), sig)
    b = w.who("asker")
    w.add("2", "1", b, w.ph("wk_reply"), f"[[User:{b}|{b}]] {w.ph('wk_stamp')}")
    w.item(("A", "E"))


def github_error(w: Writer) -> None:
    """GitHub issue: an Arabic-locale error dialog pasted in a code fence; another user translates it."""
    w.add("1", None, w.who("poster"), w.ph("gh_bug"), ("A", w.arabic), w.ph("gh_env"))
    w.add("2", "1", w.who("helper"), w.ph("gh_lead"), ("E", w.english), w.ph("gh_tail"))
    w.item(("A", "E"))


def bot_embed(w: Writer) -> None:
    """Discord: a translation bot's embed with a bold '**Translation**' field and a footer."""
    a = w.who("poster")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", w.ph("bot_name"), w.ph("bot_head"), ("E", w.english), w.ph("bot_foot").format(a=a.lower()))
    w.item(("A", "E"))


def x_next_post(w: Writer) -> None:
    """X thread: '(translation below)' under the Arabic, the English in the author's own next post."""
    a = w.who("poster")
    w.add("1", None, a, ("A", w.arabic), f"\n\n{w.ph('xt_below')} 1/2")
    w.add("2", "1", a, "2/2 ", ("E", w.english), w.ph("xt_tail"))
    w.add("3", "2", w.who("asker"), "Thank you for translating 🙏")
    w.item(("A", "E"))


def disqus_interleaved(w: Writer) -> None:
    """Disqus: a long comment, Arabic sentence, its English, Arabic, English (one item per sentence)."""
    a1, a2, e1, e2 = w.two()
    w.add("1", None, w.who("poster"), w.ph("dq_lead"), ("A1", a1), "\n", ("E1", e1), "\n\n", ("A2", a2), "\n", ("E2", e2),
          w.ph("dq_end"), "\n\n", w.ph("dq_meta"))
    w.add("2", "1", w.who("asker"), "Thank you for writing it in both.")
    w.item(("A1", "E1"), ("A2", "E2"))


def original_after(w: Writer) -> None:
    """A reply giving the English first and the Arabic after 'Original:'."""
    orig = w.ph("or_orig")
    w.add("1", None, w.who("asker"), w.ph("or_ask"))
    w.add("2", "1", w.who("helper"), w.ph("or_lead"), ("E", w.english), orig, ("A", w.arabic), ")" if "(" in orig else "")
    w.item(("A", "E"))


def table_rows(w: Writer) -> None:
    """A markdown table '| ar | en |', one row per sentence (one item per row)."""
    a1, a2, e1, e2 = w.two()
    w.add("1", None, w.who("poster"), w.ph("tb_ask"), w.ph("tb_head"), "| ", ("A1", a1), " | ", ("E1", e1), " |\n| ",
          ("A2", a2), " | ", ("E2", e2), " |")
    w.add("2", "1", w.who("helper"), w.ph("tb_reply"))
    w.item(("A1", "E1"), ("A2", "E2"))


def email_signature(w: Writer) -> None:
    """An e-mail reply quoting the sender's signature and translating its Arabic motto."""
    a = w.who("poster")
    role = w.ph("em_role")
    name = a.replace("_", " ").replace(".", " ")
    w.add("1", None, a, w.ph("em_body"), f"{_first(a)}\n\n--\n{name} | {role}\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), f"> --\n> {name} | {role}\n> {w.arabic}\n\n", w.ph("em_lead"), ("E", w.english),
          w.ph("em_tail"))
    w.item(("A", "E"))


def recipe_card(w: Writer) -> None:
    """A grandmother's recipe card notes as bullets, translated as bullets (one item per bullet)."""
    a1, a2, e1, e2 = w.two()
    b = w.ph("rc_bullet")
    w.add("1", None, w.who("poster"), w.ph("rc_ask"), b, ("A1", a1), "\n", b, ("A2", a2))
    w.add("2", "1", w.who("helper"), w.ph("rc_lead"), b, ("E1", e1), "\n", b, ("E2", e2), w.ph("rc_end"))
    w.item(("A1", "E1"), ("A2", "E2"))


def chant(w: Writer) -> None:
    """A football chant asked about; the reply gives its words in English and emoji."""
    w.add("1", None, w.who("asker"), w.ph("ch_ask"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("ch_lead"), ("E", w.english), w.ph("ch_tail"))
    w.item(("A", "E"))


def meme(w: Writer) -> None:
    """A meme's top and bottom text in Arabic, translated 'Top:/Bottom:' (one item each)."""
    a1, a2, e1, e2 = w.two()
    w.add("1", None, w.who("asker"), "[image]\nTop text: ", ("A1", a1), "\nBottom text: ", ("A2", a2), f"\n\n{w.ph('mm_ask')}")
    w.add("2", "1", w.who("helper"), "Top: ", ("E1", e1), "\nBottom: ", ("E2", e2), w.ph("mm_end"))
    w.item(("A1", "E1"), ("A2", "E2"))


def so_comment(w: Writer) -> None:
    """Stack Overflow: a localized message in the question; a comment '@user it says: "..."' with a byline."""
    a = w.who("asker")
    w.add("1", None, a, w.ph("so_q"), ("A", w.arabic), "\n\nWhat does it mean?")
    h = w.who("helper")
    w.add("2", "1", h, f"@{a}", w.ph("so_say"), ("E", w.english), w.ph("so_tail"), f" – {h} {w.ph('so_when')}")
    w.item(("A", "E"))


def spoiler_eta(w: Writer) -> None:
    """Discord: the English in a ||spoiler||, then 'ETA: fixed a word'."""
    a = w.who("poster")
    w.add("1", None, a, w.ph("sp_ask"), "\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "||", ("E", w.english), "||", w.ph("sp_eta").format(a=a.lower()))
    w.item(("A", "E"))


def court(w: Writer) -> None:
    """A hearing transcript: the witness's Arabic, 'THE INTERPRETER:' and the English."""
    w.add("1", None, w.who("poster"), w.ph("ct_lead"), w.ph("ct_q"), "A. (In Arabic) ", ("A", w.arabic), "\nTHE INTERPRETER: ",
          ("E", w.english), w.ph("ct_after"))
    w.add("2", "1", w.who("asker"), w.ph("ct_reply"))
    w.item(("A", "E"))


def headstone(w: Writer) -> None:
    """A genealogy forum: a headstone's inscription typed out; a member translates it, a remark on the dates."""
    w.add("1", None, w.who("asker"), w.ph("gv_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("gv_lead"), ("E", w.english), w.ph("gv_tail"))
    w.item(("A", "E"))


def live_blog(w: Writer) -> None:
    """A news live blog entry: a statement in Arabic, 'Our translation:'."""
    w.add("1", None, w.who("poster"), w.ph("lb_time"), w.ph("lb_lead"), "“", ("A", w.arabic), "”", w.ph("lb_tr"),
          ("E", w.english), w.ph("lb_end"))
    w.add("2", "1", w.who("asker"), "Thanks for the live updates.")
    w.item(("A", "E"))


def tex_footnote(w: Writer) -> None:
    """A TeX question: the Arabic in \\textarabic{...}, the English in \\footnote{...}."""
    pre, post = w.ph("tx_wrap").split("@@")
    w.add("1", None, w.who("asker"), w.ph("tx_ask"), pre, ("A", w.arabic), "}\\footnote{", ("E", w.english), post)
    w.add("2", "1", w.who("helper"), "Load the footmisc package with the [bottom] option.")
    w.item(("A", "E"))


def csv_row(w: Writer) -> None:
    """A glossary CSV row pasted: key, the Arabic and the English in double quotes."""
    w.add("1", None, w.who("poster"), w.ph("cv_ask"), w.ph("cv_head"), f"{w.ph('cv_key')},\"", ("A", w.arabic), "\",\"",
          ("E", w.english), "\"")
    w.add("2", "1", w.who("helper"), "Looks right.")
    w.item(("A", "E"))


def pr_suggestion(w: Writer) -> None:
    """A pull request review: the Arabic string left in en.json; a ```suggestion block with the English."""
    key = w.ph("pr_key")
    w.add("1", None, w.who("poster"), f"`locales/en.json` line 42:\n```diff\n+  \"{key}\": \"", ("A", w.arabic), "\",\n```\n",
          w.ph("pr_note"))
    w.add("2", "1", w.who("helper"), f"```suggestion\n  \"{key}\": \"", ("E", w.english), "\",", w.ph("pr_tail"))
    w.item(("A", "E"))


def fan_trans(w: Writer) -> None:
    """A singer's post in Arabic; a fan account's '[TRANS]' with a credit line."""
    fan = w.who("helper")
    w.add("1", None, w.who("poster"), ("A", w.arabic), f" {w.ph('fn_post')}")
    w.add("2", "1", fan, w.ph("fn_tag"), ("E", w.english), w.ph("fn_cr").format(a=fan.lower()))
    w.item(("A", "E"))


def marketplace(w: Writer) -> None:
    """A marketplace listing in Arabic; another buyer says what it says."""
    w.add("1", None, w.who("poster"), w.ph("mk_listing"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), "Is this still available?")
    w.add("3", "1", w.who("helper"), w.ph("mk_lead"), ("E", w.english), w.ph("mk_tail"))
    w.item(("A", "E"))


def homework(w: Writer) -> None:
    """A homework help site: 'Answer:' on its own line, the English, 'Explanation:' after."""
    w.add("1", None, w.who("asker"), w.ph("hw_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "Answer:\n", ("E", w.english), w.ph("hw_expl"), w.ph("hw_star"))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_published(w: Writer) -> None:
    """A reply quoting a published English translation (of another line) and criticising it."""
    w.add("1", None, w.who("poster"), w.ph("pb_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("pb_crit").format(x=w.other))
    w.item(("A", None))


def n_calligraphy(w: Writer) -> None:
    """A calligraphy critique about the script itself, quoting another sheet's English caption."""
    w.add("1", None, w.who("poster"), w.ph("cg_ask"), ("A", w.arabic), "\n\n[photo]")
    w.add("2", "1", w.who("helper"), w.ph("cg_crit").format(x=w.other))
    w.item(("A", None))


def n_summary(w: Writer) -> None:
    """A summary of the thread for latecomers: nobody has translated the Arabic."""
    a, b = w.who("poster"), w.who("asker")
    w.add("1", None, a, "Sign outside the new shop on my street:\n\n", ("A", w.arabic))
    w.add("2", "1", b, "What does it say?")
    w.add("3", "1", w.who("helper"), w.ph("sm_lead").format(a=a, b=b), w.ph("sm_tail").format(x=w.other))
    w.item(("A", None))


def n_bot_fails(w: Writer) -> None:
    """A translation bot's 'Sorry, I can't translate this', and a user's unrelated English."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.ph("bot_name"), w.ph("bt_sorry"))
    w.add("3", "2", w.who("asker"), w.ph("bt_user"), w.other)
    w.item(("A", None))


_LEXICON: dict[str, str] = {}


def _latin(arabic: str) -> str:
    """The Arabic in Latin letters (the Arabizi spelling of each word the data's lexicon knows)."""
    if not _LEXICON:
        _LEXICON.update(pairing_devset._arabizi_lexicon() or {"": ""})
    return pairing_devset.arabizi(arabic, _LEXICON) or "..."


def n_transliteration(w: Writer) -> None:
    """A reply giving the Arabic in Latin letters only, no meaning."""
    w.add("1", None, w.who("asker"), w.ph("tl_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("tl_lead"), _latin(w.arabic), w.ph("tl_tail"))
    w.item(("A", None))


def n_ama_answer(w: Writer) -> None:
    """Reddit AMA: the host answers the Arabic question in English without translating it."""
    host = w.who("poster")
    w.add("1", None, host, w.ph("ama_intro"))
    w.add("2", "1", w.who("helper"), w.ph("ama_sorry"), ("A", w.arabic))
    w.add("3", "2", host, w.ph("ama_ans_only"), w.other)
    w.item(("A", None))


def n_github_maint(w: Writer) -> None:
    """GitHub issue: the maintainer answers about the bug only."""
    w.add("1", None, w.who("poster"), w.ph("gh_bug"), ("A", w.arabic), w.ph("gh_env"))
    w.add("2", "1", w.who("helper"), w.ph("gh_maint"), w.ph("gh_maint2").format(x=w.other))
    w.item(("A", None))


def n_x_other(w: Writer) -> None:
    """X thread: the author's '2/2' says something else in English."""
    a = w.who("poster")
    w.add("1", None, a, ("A", w.arabic), " 1/2")
    w.add("2", "1", a, "2/2 ", w.other, w.ph("xt_tail"))
    w.item(("A", None))


def n_court(w: Writer) -> None:
    """A transcript whose interpreter only asks for the question to be repeated; the next question in English."""
    w.add("1", None, w.who("poster"), w.ph("ct_lead"), w.ph("ct_q"), "A. (In Arabic) ", ("A", w.arabic), "\n", w.ph("ct_interp"),
          f"\nQ. {w.other}")
    w.add("2", "1", w.who("asker"), w.ph("ct_reply"))
    w.item(("A", None))


def n_headstone(w: Writer) -> None:
    """A genealogy reply about another headstone's English."""
    w.add("1", None, w.who("asker"), w.ph("gv_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("gv_other").format(x=w.other))
    w.item(("A", None))


def n_meme(w: Writer) -> None:
    """A meme in Arabic answered with an English meme of its own."""
    w.add("1", None, w.who("asker"), "[image]\nTop text: ", ("A", w.arabic), "\nBottom text: 😭", f"\n\n{w.ph('mm_ask')}")
    w.add("2", "1", w.who("helper"), w.ph("mm_own").format(x=w.other))
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "Reddit AMA host translates an Arabic question": (ama, 1, "pos"),
    "Wikipedia talk {{lang|ar}} + English in quotes": (wiki_talk, 1, "pos"),
    "GitHub issue Arabic error translated": (github_error, 2, "pos"),
    "Discord bot embed **Translation**": (bot_embed, 1, "pos"),
    "X (translation below), English next post": (x_next_post, 2, "pos"),
    "Disqus interleaved sentence by sentence": (disqus_interleaved, 2, "pos"),
    "English first, Original: after": (original_after, 1, "pos"),
    "table | ar | en | rows": (table_rows, 2, "pos"),
    "quoted e-mail signature motto": (email_signature, 1, "pos"),
    "recipe card notes as bullets": (recipe_card, 2, "pos"),
    "football chant": (chant, 1, "pos"),
    "meme Top/Bottom text": (meme, 2, "pos"),
    "Stack Overflow comment @user it says": (so_comment, 1, "pos"),
    "Discord ||spoiler|| + ETA": (spoiler_eta, 1, "pos"),
    "court transcript THE INTERPRETER": (court, 2, "pos"),
    "genealogy headstone inscription": (headstone, 2, "pos"),
    "live blog Our translation": (live_blog, 1, "pos"),
    "TeX \\textarabic + \\footnote": (tex_footnote, 1, "pos"),
    "glossary CSV row": (csv_row, 1, "pos"),
    "PR review ```suggestion en.json": (pr_suggestion, 1, "pos"),
    "fan account [TRANS]": (fan_trans, 2, "pos"),
    "marketplace listing explained": (marketplace, 2, "pos"),
    "homework Answer:/Explanation:": (homework, 1, "pos"),
    "neg: published translation criticised": (n_published, 1, "neg"),
    "neg: calligraphy critique": (n_calligraphy, 1, "neg"),
    "neg: thread summary": (n_summary, 1, "neg"),
    "neg: bot can't translate": (n_bot_fails, 1, "neg"),
    "neg: transliteration only": (n_transliteration, 1, "neg"),
    "neg: AMA answered, not translated": (n_ama_answer, 1, "neg"),
    "neg: GitHub maintainer answer": (n_github_maint, 1, "neg"),
    "neg: X 2/2 says something else": (n_x_other, 1, "neg"),
    "neg: interpreter asks for repeat": (n_court, 1, "neg"),
    "neg: other headstone's English": (n_headstone, 1, "neg"),
    "neg: meme answered with a meme": (n_meme, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, nothing around it."""
    return bool(gold) and _blind.same_flat(gold, want)


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
