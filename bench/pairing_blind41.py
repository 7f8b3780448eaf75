"""Round 41 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: an imageboard's ">>" post link and greentext lines, a vBulletin quote header and
"Last edited by" line, a mailing list's attribution line, "> " quote, signature and list footer, XML
tags and escapes of an Android strings.xml, the quotes and key of an iOS .strings line, XLIFF tags, an
OpenStreetMap tag's key, a Quizlet export's tab, a Google Play review's stars and helpfulness rows, a
dataset row's JSON and the label argument after it, a notebook's "# " comment marker, a PGN's move
numbers and braces, a knitting pattern's row number and stitch advice, a khutbah's "which means"
lead, a Minecraft log's time, thread and player name, "lit." and "i.e.", invisible bidi marks (U+200E,
U+200F), ornaments and an END OF AYAH sign, a tatweel rule, a citation template's parameter names, a
photo's camera line, a mod author's back-translation remark, and a freelancer's delivery note) and
one third with English that looks like a translation and is not.

Settings of this round (new topics): an imageboard reply ">>48213377" quoting the Arabic as greentext,
with more greentext lines before and after the translation, a vBulletin reply under "Quote: Originally
Posted by X" with a "Last edited by Y; date. Reason: ..." line, a mailing list reply bottom-posted under
"On <date>, X wrote:" and "> " lines, with the English hard-wrapped at 64 columns, a "-- " signature and
the list's footer, an Android pull request adding values/strings.xml for a string that only existed in
values-ar (the English with strings.xml escapes \\', \\" and &amp;), an iOS Localizable.strings question
answered with the en.lproj line (\\" escaped), an XLIFF trans-unit with <source xml:lang="ar"> and
<target xml:lang="en"> in a localisation vendor's QA ticket, an OpenStreetMap changeset discussion
adding inscription:en= to a memorial's inscription=, a Quizlet set exported with a tab between term and
definition (one item per card), a bilingual Google Play review (Arabic, a dash line, English), a Hugging
Face dataset discussion on a mislabelled row, a Kaggle notebook's "# translation:" code comment, a
Lichess study's PGN comment { ... } translated in the forum, a Ravelry pattern's row note from an Arabic
designer, a khutbah transcript's "which means" inside the speech, a Minecraft server log pasted in a ban
appeal with another player's translation in chat, a translation after "lit." or "i.e." in the same
sentence, Arabic between U+200F marks with the reply's English after a U+200E mark, Arabic between ﴿ ﴾
or ۞ ornaments with a verse-number sign, an Instagram caption with a tatweel rule "ـــــ" between the
two languages, a Wikipedia talk page's {{cite news |quote= |trans-quote=}}, a Flickr photo description
with the English in brackets and a camera line, a Nexus Mods translator's back-translation of a line of
his Arabic patch, and a Fiverr freelancer's delivery message; negatives on a reply naming the source
only ("That's from ..."), a reply saying "this is Persian, not Arabic" and the poster's answer, a reply
translating the video's title rather than the comment, a reply quoting the news article's English that
the Arabic answers, a scholarly transliteration ("ʿ", "ḥ", "ā") with "no idea what it means", a mailing
list reply about the message's encoding, an OpenStreetMap mapper saying not to invent name:en tags, an
XLIFF unit with an empty target and a developer's <note> quoting other English, a dataset maintainer
quoting another row's English, a chess reply about the engine line only, and a freelancer quoting a
price.

Decided: a quoted copy of the Arabic (greentext, a vBulletin quote, a mailing list's "> " lines) is a
copy; the item is the Arabic where it was first posted. In a file format the gold is the value as the
format writes it: the strings.xml value with its \\', \\" and &amp; escapes, the .strings value with its \\"
escapes, the XLIFF <target>'s text, the tag's value after "inscription:en=", the |trans-quote= value;
the check takes the escapes out. The mailing list's English is the translation with its hard line
breaks, one span. The Quizlet card's definition is the gold of its term, one item per card. In the
Minecraft log the translation is another player's chat line in the same pasted comment; the span is
the English after his lead, not the log's prefix. A bidi mark (U+200E) before the English is no part
of the span (it is invisible; the span starts at the first word). The Wikipedia citation's
|trans-title= translates the title, which is no item. The XLIFF note that quotes other English is
context for translators, not a translation: a negative. Not used: a reply translating into French or
Spanish (the data give no French or Spanish, and one made up would not be a real translation), a
learner's attempt corrected by a native speaker (round 34 had one), an AutoModerator removal note
(round 34 had one), and tatweel inside the Arabic's words (it would change the real Arabic).

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind41.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)

SEED = 41177
DEFAULT_OUT = Path("/tmp/r41/pairing-devset-round41.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "poster": ("Hamza_Q", "Orla", "Samar.B", "Tobias", "Reem_AZ", "Cosima", "Bilal.K", "Ingrid", "Nadine_H", "Leopold"),
    "helper": ("Tariq.S", "Joumana", "Fadi_M", "Hala.R", "Anas_B", "Maysa", "Ziad.N", "Rula_K"),
    "asker": ("Winifred", "Caspian", "Mabel", "Desmond", "Odette", "Fitzgerald", "Clementine", "Alaric"),
    # imageboard
    "ib_op": ("what does this say? found it on a wall near my uni\n\n", "arabicanons, translate pls\n\n",
              "wat dis mean\n\n", "saw this tattooed on a guy at the gym, what does it say\n\n"),
    "ib_green": (">he can't read arabic\n", ">not using a translator\n", ">asking a mongolian basket weaving forum\n",
                 ">2026\n>still can't read arabic\n"),
    "ib_lead": ("it says: ", "lmao ok. ", "", "here you go anon: "),
    "ib_after": ("\n>being this new", "\nyou're welcome", "\n>tfw bilingual", "\nnow post the rest of the wall"),
    # vBulletin
    "vb_ask": ("Can anyone help me with this? My pen pal wrote it and I'm stuck.\n\n",
               "Hi all, first post here. What does this mean please?\n\n",
               "Need a quick translation of this line, thanks in advance!\n\n",
               "Got this in a card from a colleague:\n\n"),
    "vb_reason": ("typo", "spelling", "fixed a word", "formatting"),
    "vb_date": ("03-12-2009 at 10:14 PM", "11-04-2011 at 08:37 AM", "07-23-2008 at 03:02 PM", "01-15-2012 at 11:58 PM"),
    # mailing list
    "ml_list": ("arabic-l", "translators-ar", "arabic-learners", "mideast-lang"),
    "ml_ask": ("Hi all,\n\ncould someone render this for me? It is from a letter my grandfather kept.\n\n",
               "Dear list,\n\nI would be grateful for a translation of the following:\n\n",
               "Hello everyone,\n\na colleague sent me this and I would like to be sure I read it right:\n\n",
               "Folks,\n\nquick one, what does this say?\n\n"),
    "ml_date": ("Tue, 3 Mar 2009 14:02:11 +0200", "Thu, 17 Jun 2010 09:45:30 -0400", "Mon, 9 Nov 2009 22:13:07 +0100",
                "Sat, 2 Apr 2011 07:30:55 +0000"),
    "ml_lead": ("It means, roughly:\n\n", "My rendering:\n\n", "", "Here it is in English:\n\n"),
    # Android strings.xml
    "an_key": ("onboarding_body", "error_sync_body", "settings_note", "dialog_confirm_body"),
    "an_ask": ("The string `{k}` exists only in values-ar, so non-Arabic locales show the key. Can whoever added it "
               "provide the English? values-ar/strings.xml:\n\n",
               "Lint fails with MissingDefaultResource for `{k}`; it was only added to the Arabic file:\n\n",
               "Found a string with no default: `{k}` in values-ar. Here is what it has:\n\n",
               "`{k}` has no English source, only this in values-ar/strings.xml:\n\n"),
    "an_lead": ("Sorry, my bad. Added to values/strings.xml:\n\n", "Fixed in the latest push:\n\n",
                "Good catch. Default resource added:\n\n", "Pushed a commit with the default:\n\n"),
    # iOS .strings
    "io_key": ("welcome.subtitle", "checkout.notice", "profile.hint", "alert.message"),
    "io_ask": ("Our app was written Arabic-first and the designer only filled ar.lproj. I need the English for this "
               "line, can someone help?\n\n",
               "Base localization is missing one entry. ar.lproj/Localizable.strings has:\n\n",
               "How do I add the English for this key? The Arabic file has:\n\n",
               "Only the Arabic .strings file has this key:\n\n"),
    "io_lead": ("Add this to en.lproj/Localizable.strings:\n\n", "The English line would be:\n\n",
                "Put it in the Base/English file like this:\n\n", "Here's the en.lproj entry:\n\n"),
    "io_tail": ("\n\nRemember the semicolon at the end, or the whole file fails to parse.",
                "\n\nKeep the key identical in both files.",
                "\n\nThen run `plutil -lint` on the file to be sure.", ""),
    # XLIFF
    "xl_ticket": ("Reverse-translation QA, file checkout.xlf, unit {n}. Please confirm the target:\n\n",
                  "Back-translation check for release 4.{n}, flagged unit below:\n\n",
                  "QA sample from onboarding.xlf, unit {n}:\n\n", "Spot check, help-center.xlf, trans-unit {n}:\n\n"),
    "xl_reply": ("Target approved.", "Looks good, closing.", "Confirmed, no change needed.", "OK from our side."),
    # OSM
    "os_what": ("a memorial plaque at the square", "the fountain's dedication stone", "the plaque on the old school",
                "the stone at the cemetery gate"),
    "os_post": ("Added {w} (node {n}):\n\nhistoric=memorial\nmemorial=plaque\ninscription=",
                "Mapped {w}, node {n}. Tags:\n\nhistoric=memorial\ninscription=",
                "New node {n} for {w}:\n\nhistoric=memorial\nmemorial=stone\ninscription=",
                "Node {n} is {w}:\n\nhistoric=memorial\ninscription="),
    "os_lead": ("Nice. I added the English from the bilingual panel under it:\n\ninscription:en=",
                "Thanks! Added\n\ninscription:en=", "Good work. I've set\n\ninscription:en=",
                "Added a translation tag:\n\ninscription:en="),
    "os_tail": ("\n\nsource:inscription=survey", "", "\n\n(the panel is on the left side of the plaque)", ""),
    # Quizlet export
    "qz_head": ("Exported my Quizlet set \"Unit 6 sentences\" (tab between term and definition, one card per line):\n\n",
                "My Quizlet export, in case anyone wants it:\n\n",
                "Here's the export of my set, import with \"Tab\" and \"New line\":\n\n",
                "Quizlet set for this week's sentences:\n\n"),
    "qz_reply": ("Thanks, importing now!", "Life saver.", "Imported, works perfectly.", "Thank you 🙏"),
    # Google Play review
    "gp_stars": ("★★☆☆☆", "★☆☆☆☆", "★★★☆☆", "★★☆☆☆"),
    "gp_date": ("March 3, 2026", "January 19, 2026", "February 11, 2026", "December 28, 2025"),
    "gp_sep": ("\n—\n", "\n------\n", "\n— — —\n", "\n~\n"),
    "gp_rows": ("\n\n14 people found this review helpful\n", "\n\n3 people found this review helpful\n",
                "\n\n27 people found this review helpful\n", "\n\n"),
    "gp_dev": ("Hi, sorry about this! Version 4.2.1, rolling out now, fixes it. Please update and let us know.",
               "Thanks for the feedback. Please write to support@ with your device model so we can look into it.",
               "We're sorry for the trouble. This was fixed in yesterday's update.",
               "Thank you for taking the time to review. Our team is on it."),
    # Hugging Face discussion
    "hf_label": ("sports", "negative", "politics", "spam"),
    "hf_open": ("Row {n} in the train split looks mislabelled:\n\n```json\n{{\"id\": {n}, \"text\": \"",
                "Possible label error, train row {n}:\n\n```json\n{{\"id\": {n}, \"text\": \"",
                "Reporting row {n} (test split):\n\n```json\n{{\"id\": {n}, \"text\": \"",
                "I think row {n} has the wrong label:\n\n```json\n{{\"id\": {n}, \"text\": \""),
    "hf_mid": ("It translates to \"", "In English the text is \"", "The text says \"", "Translated: \""),
    "hf_tail": ("\", which has nothing to do with {l}.", "\". I don't see how that is {l}.",
                "\", so '{l}' seems wrong to me.", "\". Definitely not {l}."),
    "hf_reply": ("Thanks, relabelled in the next revision.", "Good catch, fixed in v1.2.", "Will check with the annotators.",
                 "Merged a fix, thank you."),
    # Kaggle notebook comment
    "kg_post": ("Quick question on the baseline notebook. When I print a misclassified example I get this:\n\n",
                "For anyone else confused by the errors in cell 14, here is one of them with my note:\n\n",
                "Sharing a misclassified sample from my run:\n\n", "Error analysis, first example:\n\n"),
    "kg_lead": ("# translation: ", "# EN: ", "# means: ", "# in English: "),
    "kg_after": ("\n# predicted: 0, true: 1\n```\n\nAny idea why the model gets this wrong?",
                 "\n```\n\nSo the model is clearly keying on the negation.",
                 "\n# label 2, model says 0\n```", "\n```\n\nNot sure what is going on here."),
    # Lichess study
    "lc_post": ("I'm going through a Lichess study by an Egyptian coach and chapter {c} has comments in Arabic. "
                "Here's the PGN:\n\n", "Can someone translate the comment in this study chapter? PGN below.\n\n",
                "Great study, but the annotations are in Arabic. Chapter {c}:\n\n",
                "Study chapter {c}, what does the coach say at move 12?\n\n"),
    "lc_lead": ("On 12.Nf3 the coach writes: ", "The comment says: ", "Move 12 note: ", "He says: "),
    "lc_tail": ("\n\nBasically, don't rush ...h6 in this structure.", "\n\nGood study, by the way.",
                "\n\nThe rest of the chapter is just engine lines.", ""),
    # Ravelry
    "rv_pat": ("Cardamom Cowl", "Olive Grove Shawl", "Nile Socks", "Jasmine Yoke"),
    "rv_post": ("The {p} pattern came as the designer's Arabic PDF, and the note on row {r} has me stuck:\n\n",
                "Knitting the {p}! The English version is missing the row {r} note. The Arabic one says:\n\n",
                "{p}, row {r}. Can anyone read the designer's note?\n\n",
                "Help with the {p} pattern, row {r}:\n\n"),
    "rv_lead": ("Row {r} says: ", "The note reads: ", "Translated: ", "It says "),
    "rv_tail": ("\n\nSo you do the decreases on the purl side for that row.", "\n\nHappy knitting!",
                "\n\nI'd place a marker there, it helps.", " 🧶"),
    # khutbah transcript
    "kh_head": ("Khutbah transcript, Jumu'ah {d}\n\n", "Transcript of today's khutbah ({d})\n\n",
                "Friday khutbah, {d}, transcribed by the volunteers\n\n", "Jumu'ah {d}: khutbah notes\n\n"),
    "kh_day": ("14 March", "2 May", "21 November", "9 January"),
    "kh_pre": ("All praise is due to Allah. Dear brothers and sisters, today I want to begin with words our elders "
               "repeated to us, words that still matter. ",
               "Brothers and sisters, I remember hearing this as a child, and I have never forgotten it. ",
               "Let me begin with something a teacher of mine used to say. ",
               "Before we speak about patience, listen to these words. "),
    "kh_mid": (" And that means, dear brothers and sisters: ", " Which means: ", " And what does that mean? It means: ",
               " Meaning: "),
    "kh_post": ("\n\nSo let us take this to heart this week, in our homes and in our work.",
                "\n\nMay Allah make us among those who listen and follow the best of it.",
                "\n\nThink about this on your way home today.", "\n\nKeep this with you."),
    # Minecraft log
    "mc_post": ("Ban appeal review for {p}. Log from the night in question:\n\n```\n",
                "Mute appeal, relevant chat below:\n\n```\n", "Report on {p}, from latest.log:\n\n```\n",
                "Appeal for {p}. Pulled the log:\n\n```\n"),
    "mc_other": ("lol what", "?? english pls", "huh", "anyone?"),
    "mc_lead": ("he said ", "he goes ", "he's saying ", "it means "),
    "mc_after": ("\n```\n\nSo nothing rude, I think the ban was a mistake.", "\n```\n\nNo rule broken as far as I can see.",
                 "\n```\n\nLooks harmless.", "\n```"),
    "mc_verdict": ("Appeal accepted, unbanned. Sorry about that.", "Thanks for the log. Mute lifted.",
                   "Accepted.", "Reviewed, ban reversed."),
    # lit. / i.e.
    "li_pre": ("My grandmother always says ", "There's a line on my mug: ", "My dad's favourite thing to say is ",
               "A neighbour once told me "),
    "li_form": (" (lit. |)", " (i.e. |)", ", lit. |", ", i.e. |"),
    "li_post": ("\n\nI never understood it until I moved abroad.", " Makes sense once you think about it.",
                "\n\nStill makes me laugh.", " Anyway."),
    # bidi marks
    "bd_post": ("Got this message and my phone shows it weird:\n\n", "What does this mean?\n\n",
                "Copied from a WhatsApp group:\n\n", "Translate pls:\n\n"),
    "bd_lead": ("It says: ", "Means: ", "Translation: ", ""),
    # ornaments
    "or_open": ("﴿ ", "۞ ", "﴿", "✿ "),
    "or_close": (" ﴾ ۝١", " ۞", "﴾ ﴿٣﴾", " ✿"),
    "or_post": ("Saw this on a poster at the mosque, but I don't think it's a verse:\n\n", "Beautiful words ✨\n\n",
                "Is this from the Quran? What does it mean?\n\n", "My aunt posted this:\n\n"),
    "or_lead": ("Not a verse, it just has the ornaments. It says: ", "In English: ",
                "No, it's not Quran, they only decorated it. Meaning: ", "It means: "),
    # tatweel rule
    "tw_rule": ("\n\nـــــــــــــــــــــــ\n\n", "\n\nـــــــ ✦ ـــــــ\n\n", "\n\nــــــــــــ🌙ــــــــــــ\n\n",
                "\n\n— ـــــــــــ —\n\n"),
    "tw_tail": ("\n\n📍 Amman, Jordan", "\n\n📍 Alexandria", "", "\n\n📍 Sharjah"),
    "tw_reply": ("Thank you for always writing both 🤍", "Beautiful caption", "Love this", "😍😍"),
    # Wikipedia cite
    "wk_lead": ("I've added the quote from the interview, with my own translation:\n\n",
                "Added a source for the statement, quote translated by me:\n\n",
                "New ref below; the trans-quote is my translation, corrections welcome:\n\n",
                "Sourced the paragraph:\n\n"),
    "wk_work": ("Al-Ahram", "Al-Masry Al-Youm", "Asharq Al-Awsat", "Al-Quds Al-Arabi"),
    "wk_title": ("مقابلة مع الوزير|Interview with the minister", "حوار خاص|A special conversation",
                 "تصريحات جديدة|New statements", "في لقاء مع الصحيفة|In a meeting with the newspaper"),
    "wk_reply": ("Thanks, that settles it.", "Looks fine to me.", "Good, I've removed the citation needed tag.",
                 "Thank you for the translation."),
    # Flickr
    "fl_place": ("Mar Mikhael, Beirut", "Jabal al-Weibdeh, Amman", "Downtown Cairo", "Old Medina, Tunis"),
    "fl_post": ("Graffiti, {p}\n\nThe wall reads: ", "{p}\n\nHand-painted on a shutter: ", "Street art in {p}. It says ",
                "{p}, shop shutter: "),
    "fl_cam": ("\n\nCanon EOS R6 · RF35mm F1.8 · ƒ/2.8 · 1/320 · ISO 100", "\n\nFujifilm X-T4 · 23mm · ƒ/4 · 1/500 · ISO 160",
               "\n\nSony α7 III · 50mm · ƒ/1.8 · 1/250 · ISO 200", "\n\niPhone 13 · ƒ/1.6 · 1/1000 · ISO 50"),
    "fl_reply": ("Great shot!", "Love the colours.", "Fave'd", "Wonderful light."),
    # Nexus Mods
    "nx_game": ("the courier at the gate", "the innkeeper's greeting", "the guard captain", "the merchant's first line"),
    "nx_ask": ("In your Arabic patch, {g} says this, and my wife thinks it sounds off:\n\n",
               "Small thing in the Arabic translation mod: the line for {g} reads\n\n",
               "Is this line for {g} right? Arabic patch v1.3:\n\n", "Question about {g} in the Arabic patch:\n\n"),
    "nx_lead": ("It back-translates as: ", "In English it says: ", "That line means: ", "Back-translation: "),
    "nx_tail": ("\n\nThat matches the original line, so it's fine unless she means the dialect.",
                "\n\nSame as vanilla. I went for Levantine on purpose.",
                "\n\nIt's the vanilla line, word for word.", "\n\nKept close to the original."),
    # Fiverr
    "fv_ask": ("Hi, can you translate this message from my landlord? It's urgent.\n\n",
               "Hello! Short job: this text from my mother-in-law.\n\n",
               "Hi there, I need this translated into English please:\n\n", "Order details:\n\n"),
    "fv_lead": ("Delivery #1 ✅\n\nHere's your translation:\n\n", "Delivered!\n\n", "Hi! Your order is ready:\n\n",
                "✅ Delivery\n\n"),
    "fv_tail": ("\n\nIf you're happy with it, a review would mean a lot 🙏", "\n\nLet me know if you need a revision.",
                "\n\nThanks for your order!", "\n\nPleasure working with you."),
    # --- negatives ---
    "so_reply": ("That's from a Fairuz song, the one she sang in the seventies.", "That's a line from Bab al-Hara, season 2.",
                 "That's Nizar Qabbani, I'm fairly sure.", "It's from an old Abdel Halim Hafez film."),
    "fa_reply": ("This is Persian, not Arabic. Try r/farsi.", "Pretty sure that's Farsi, not Arabic.",
                 "That's Urdu, mate, not Arabic.", "Wrong sub, this is Persian."),
    "fa_back": ("No, it's Arabic. My dad wrote it.", "It's definitely Arabic lol", "It's Arabic, Egyptian dialect.",
                "Nope, Arabic. I know because my grandmother wrote it."),
    "vt_reply": ("For those wondering, the video title means \"{x}\"", "Title in English: \"{x}\"",
                 "The video's title translates to \"{x}\"", "Title = \"{x}\""),
    "aq_reply": ("> {x}\n\nThat's the line in the article you're answering, right? The journalist never claimed more than that.",
                 "> {x}\n\nThe article says exactly this. Did you read it?",
                 "> {x}\n\nThis is what the piece says. Your comment doesn't address it.",
                 "> {x}\n\nQuoting the article for context."),
    "tl_reply": ("Sounds out as: {z} but no idea what it means tbh", "Transliterated: {z}. No clue about the meaning though.",
                 "{z}? That's as far as I get, sorry.", "I can read it ({z}) but I can't understand it."),
    "en_reply": ("Your message came through as mojibake here, windows-1256 I think. Could you resend it as UTF-8? "
                 "Most of us read the list in plain text.",
                 "Please don't send HTML mail to the list; the Arabic arrived as question marks for me.",
                 "It displays fine in my client, for what it's worth. Maybe it's the digest that breaks it.",
                 "The archive page shows it correctly, but the digest mangled it."),
    "od_reply": ("Please don't add name:en or inscription:en unless an English text is actually on the ground. "
                 "We map what is there, not translations.",
                 "Just a note: translation tags are only for signed text. Keep it to what's written.",
                 "Looks good. Don't invent an English version though, there isn't one on the plaque.",
                 "Thanks. I removed the translation tag someone added, since it isn't signed."),
    "xn_note": ("Shown under the heading \"{x}\"", "Appears right after the line \"{x}\"",
                "Context: the previous screen says \"{x}\"", "Tooltip next to \"{x}\""),
    "xn_reply": ("Target still empty, sending back to the translator.", "Please fill the target.",
                 "No target yet, flagging.", "Returned: missing translation."),
    "ho_reply": ("Labels come from the original annotators and we don't relabel by hand. For comparison, row {n} is "
                 "\"{x}\" and it is labelled {l} too.",
                 "We follow the annotators. Row {n} (\"{x}\") has the same label, for instance.",
                 "See the dataset card on labelling. Similar case: row {n}, \"{x}\".",
                 "Not a bug, I think. Compare row {n}: \"{x}\""),
    "ce_reply": ("Engine says 13.h3 is the only move here, the rest loses a pawn.", "That line is refuted by 13.Ng5!",
                 "Stockfish gives +1.2 after 13.Bxf6.", "Both moves are fine according to the engine."),
    "fq_reply": ("Hi! I can do this for $10, delivery in 24h. Is that the full text, or is there more on the back?",
                 "Sure, I can help. Please place the order and I'll start right away.",
                 "Hello! Certified or normal translation? Prices differ.",
                 "Hi, thanks for reaching out. Send me the full document and I'll quote you."),
}


class Writer(_blind.Writer):

    banks = BANKS


Shape = Callable[[Writer], None]


def xml_escaped(text: str) -> str:
    """Text as an XML element's content: '&' and '<' escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def android_escaped(text: str) -> str:
    """Text as an Android strings.xml value: XML escapes, and apostrophes and double quotes escaped with a backslash."""
    return xml_escaped(text).replace("'", "\\'").replace('"', '\\"')


def strings_escaped(text: str) -> str:
    """Text as an iOS .strings value: backslashes and double quotes escaped."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def unescaped(text: str) -> str:
    """A value of :func:`android_escaped`, :func:`strings_escaped` or :func:`xml_escaped` as the plain text."""
    return text.replace("\\'", "'").replace('\\"', '"').replace("\\\\", "\\").replace("&lt;", "<").replace("&amp;", "&")


def wrapped(text: str, width: int = 64) -> str:
    """The English hard-wrapped at ``width`` columns, as a mail client sends it."""
    return textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)


_SCHOLARLY = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "ā", "b", "t", "th", "j", "ḥ", "kh", "d", "dh", "r", "z", "s", "sh", "ṣ", "ḍ", "ṭ", "ẓ", "ʿ", "gh", "f", "q", "k",
    "l", "m", "n", "h", "w", "y", "á", "h", "ʾ", "ʾa", "ʾi", "ʾā", "ʾ", "ʾ"]))


def scholarly(arabic: str) -> str:
    """The Arabic in a scholarly transliteration, letter by letter (the harakat and tatweel left out, the
    short vowels unwritten as in the script); other characters kept, Arabic punctuation made Latin."""
    out = []
    for ch in arabic:
        if "\u064b" <= ch <= "\u0652" or ch == "\u0640":
            continue
        out.append(_SCHOLARLY.get(ch, {"،": ",", "؟": "?", "؛": ";"}.get(ch, ch)))
    return "".join(out)


# --- positives -----------------------------------------------------------------------------------


def imageboard(w: Writer) -> None:
    """An imageboard: the OP's Arabic; a reply '>>No.' quoting it as greentext, more greentext, the translation,
    more greentext."""
    no = 48000000 + w.p.rng.randrange(900000)
    w.add(str(no), None, "Anonymous", w.ph("ib_op"), ("A", w.arabic))
    w.add(str(no + 1 + w.p.rng.randrange(40)), str(no), "Anonymous", f">>{no}\n>{w.arabic}\n", w.ph("ib_green"), w.ph("ib_lead"),
          ("E", w.english), w.ph("ib_after"))
    w.item(("A", "E"))


def vbulletin(w: Writer) -> None:
    """vBulletin: a reply under 'Quote: Originally Posted by X' (a copy of the Arabic), then a 'Last edited by' line."""
    asker, helper = w.who("asker"), w.who("helper")
    w.add("1", None, asker, w.ph("vb_ask"), ("A", w.arabic))
    w.add("2", "1", helper, f"Quote:\nOriginally Posted by {asker}\n{w.arabic}\n\n", ("E", w.english),
          f"\n\nLast edited by {helper}; {w.ph('vb_date')}. Reason: {w.ph('vb_reason')}")
    w.item(("A", "E"))


def mailing_list(w: Writer) -> None:
    """A mailing list: a bottom-posted reply under 'On <date>, X wrote:' and '> ' lines, the English hard-wrapped,
    a '-- ' signature and the list's footer."""
    asker, helper, lst = w.who("asker"), w.who("helper"), w.ph("ml_list")
    footer = f"\n_______________________________________________\n{lst} mailing list\n{lst}@lists.example.org"
    ask = w.ph("ml_ask")
    w.add("1", None, asker, ask, ("A", w.arabic), f"\n\nThanks,\n{asker}\n{footer}")
    quoted = "\n".join("> " + line if line else ">" for line in (ask + w.arabic).split("\n"))
    w.add("2", "1", helper, f"On {w.ph('ml_date')}, {asker} <{asker.lower()}@example.org> wrote:\n{quoted}\n\n",
          w.ph("ml_lead"), ("E", wrapped(w.english)), f"\n\n-- \n{helper}\n{footer}")
    w.item(("A", "E"))


def android(w: Writer) -> None:
    """An Android pull request: a string only in values-ar; the contributor adds the English default."""
    key = w.ph("an_key")
    w.add("1", None, w.who("asker"), w.ph("an_ask").format(k=key), f'```xml\n<string name="{key}">', ("A", w.arabic),
          "</string>\n```")
    w.add("2", "1", w.who("helper"), w.ph("an_lead"), f'```xml\n<string name="{key}">', ("E", android_escaped(w.english)),
          "</string>\n```")
    w.item(("A", "E"))


def ios_strings(w: Writer) -> None:
    """An iOS question: the ar.lproj line; the answer gives the en.lproj line ('\\"' escaped)."""
    key = w.ph("io_key")
    w.add("1", None, w.who("asker"), w.ph("io_ask"), f'```\n"{key}" = "', ("A", w.arabic), '";\n```')
    w.add("2", "1", w.who("helper"), w.ph("io_lead"), f'```\n"{key}" = "', ("E", strings_escaped(w.english)), '";\n```',
          w.ph("io_tail"))
    w.item(("A", "E"))


def xliff(w: Writer) -> None:
    """A localisation vendor's QA ticket: an XLIFF trans-unit, Arabic source and English target."""
    n = 10 + w.p.rng.randrange(400)
    w.add("1", None, w.who("helper"), w.ph("xl_ticket").format(n=n),
          f'```xml\n<trans-unit id="{n}">\n  <source xml:lang="ar">', ("A", w.arabic),
          '</source>\n  <target xml:lang="en" state="translated">', ("E", xml_escaped(w.english)),
          "</target>\n</trans-unit>\n```")
    w.add("2", "1", w.who("asker"), w.ph("xl_reply"))
    w.item(("A", "E"))


def osm(w: Writer) -> None:
    """An OpenStreetMap changeset discussion: a memorial's inscription=; another mapper adds inscription:en=."""
    n = 1000000000 + w.p.rng.randrange(9000000000)
    w.add("1", None, w.who("poster"), w.ph("os_post").format(w=w.ph("os_what"), n=n), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("os_lead"), ("E", w.english), w.ph("os_tail"))
    w.item(("A", "E"))


def quizlet(w: Writer) -> None:
    """A Quizlet set exported with a tab between term and definition (one item per card)."""
    a1, a2, e1, e2 = w.two()
    w.add("1", None, w.who("poster"), w.ph("qz_head"), ("A1", a1), "\t", ("E1", e1), "\n", ("A2", a2), "\t", ("E2", e2))
    w.add("2", "1", w.who("asker"), w.ph("qz_reply"))
    w.item(("A1", "E1"), ("A2", "E2"))


def google_play(w: Writer) -> None:
    """A bilingual Google Play review: stars and date, the Arabic, a dash line, the English, helpfulness rows."""
    w.add("1", None, w.who("poster"), f"{w.ph('gp_stars')}  {w.ph('gp_date')}\n", ("A", w.arabic), w.ph("gp_sep"),
          ("E", w.english), w.ph("gp_rows"),
          "Did you find this helpful?  Yes  No")
    w.add("2", "1", "Developer response", w.ph("gp_dev"))
    w.item(("A", "E"))


def huggingface(w: Writer) -> None:
    """A Hugging Face dataset discussion: a row's JSON with the Arabic text, its English, and the label argued."""
    n, label = 1000 + w.p.rng.randrange(40000), w.ph("hf_label")
    w.add("1", None, w.who("helper"), w.ph("hf_open").format(n=n), ("A", w.arabic),
          f"\", \"label\": \"{label}\"}}\n```\n\n", w.ph("hf_mid"), ("E", w.english), w.ph("hf_tail").format(l=label))
    w.add("2", "1", w.who("poster"), w.ph("hf_reply"))
    w.item(("A", "E"))


def kaggle(w: Writer) -> None:
    """A Kaggle notebook discussion: a printed example and a '# translation:' code comment."""
    n = 100 + w.p.rng.randrange(9000)
    w.add("1", None, w.who("helper"), w.ph("kg_post"), f"```python\n>>> df.loc[{n}, \"text\"]\n'", ("A", w.arabic), "'\n",
          w.ph("kg_lead"), ("E", w.english), w.ph("kg_after"))
    w.item(("A", "E"))


def lichess(w: Writer) -> None:
    """A Lichess study's PGN with an Arabic comment in braces, translated in a forum reply."""
    c = 2 + w.p.rng.randrange(8)
    pgn = f'```\n[Event "Study chapter {c}"]\n\n1. e4 e5 2. Nf3 Nc6 3. Bc4 Bc5 4. c3 Nf6 5. d3 d6 6. O-O O-O 7. Re1 a6 ' \
          "8. a4 Ba7 9. h3 h6 10. Nbd2 Re8 11. Nf1 Be6 12. Ng3 { "
    w.add("1", None, w.who("asker"), w.ph("lc_post").format(c=c), pgn, ("A", w.arabic), " } 12... Qd7 13. Nh2 *\n```")
    w.add("2", "1", w.who("helper"), w.ph("lc_lead"), ("E", w.english), w.ph("lc_tail"))
    w.item(("A", "E"))


def ravelry(w: Writer) -> None:
    """A Ravelry pattern's row note from an Arabic designer, translated by another knitter."""
    r = 4 + w.p.rng.randrange(40)
    w.add("1", None, w.who("asker"), w.ph("rv_post").format(p=w.ph("rv_pat"), r=r), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("rv_lead").format(r=r), ("E", w.english), w.ph("rv_tail"))
    w.item(("A", "E"))


def khutbah(w: Writer) -> None:
    """A khutbah transcript: the Arabic inside the speech, then 'which means' and the English."""
    w.add("1", None, w.who("poster"), w.ph("kh_head").format(d=w.ph("kh_day")), w.ph("kh_pre"), ("A", w.arabic),
          w.ph("kh_mid"), ("E", w.english), w.ph("kh_post"))
    w.item(("A", "E"))


def minecraft(w: Writer) -> None:
    """A Minecraft server log in a ban appeal: a player's Arabic line, another player's translation in chat."""
    player, friend, other = w.who("poster"), w.who("helper"), w.who("asker")
    h, m = 18 + w.p.rng.randrange(5), 10 + w.p.rng.randrange(40)
    log = f"[{h}:{m}:04] [Server thread/INFO]: <{player}> "
    w.add("1", None, "ServerStaff", w.ph("mc_post").format(p=player), log, ("A", w.arabic),
          f"\n[{h}:{m}:11] [Server thread/INFO]: <{other}> {w.ph('mc_other')}"
          f"\n[{h}:{m}:15] [Server thread/INFO]: [Server] Restarting in 10 minutes"
          f"\n[{h}:{m}:22] [Server thread/INFO]: <{friend}> ", w.ph("mc_lead"), ("E", w.english), w.ph("mc_after"))
    w.add("2", "1", "Admin", w.ph("mc_verdict"))
    w.item(("A", "E"))


def lit(w: Writer) -> None:
    """A translation after 'lit.' or 'i.e.' in the same sentence as the Arabic."""
    before, after = w.ph("li_form").split("|")
    w.add("1", None, w.who("poster"), w.ph("li_pre"), ("A", w.arabic), before, ("E", w.english), after, w.ph("li_post"))
    w.add("2", "1", w.who("asker"), "Love that.")
    w.item(("A", "E"))


def bidi_marks(w: Writer) -> None:
    """The Arabic between U+200F marks (a phone's copy); the reply's English after a U+200E mark."""
    w.add("1", None, w.who("asker"), w.ph("bd_post"), "\u200f", ("A", w.arabic), "\u200f")
    w.add("2", "1", w.who("helper"), w.ph("bd_lead"), "\u200e", ("E", w.english), "\u200e")
    w.item(("A", "E"))


def ornaments(w: Writer) -> None:
    """The Arabic between ornaments (﴿ ﴾, ۞) with a verse-number sign; a reply translates."""
    w.add("1", None, w.who("poster"), w.ph("or_post"), w.ph("or_open"), ("A", w.arabic), w.ph("or_close"))
    w.add("2", "1", w.who("helper"), w.ph("or_lead"), ("E", w.english))
    w.item(("A", "E"))


def tatweel_rule(w: Writer) -> None:
    """An Instagram caption: the Arabic, a tatweel rule, the English, a location line."""
    w.add("1", None, w.who("poster").lower(), ("A", w.arabic), w.ph("tw_rule"), ("E", w.english), w.ph("tw_tail"))
    w.add("2", "1", w.who("asker").lower(), w.ph("tw_reply"))
    w.item(("A", "E"))


def wiki_cite(w: Writer) -> None:
    """A Wikipedia talk page: {{cite news |quote= |trans-quote=}} (the |trans-title= translates the title, no item)."""
    title, trans_title = w.ph("wk_title").split("|")
    w.add("1", None, w.who("helper"), w.ph("wk_lead"),
          f"<ref>{{{{cite news |title={title} |trans-title={trans_title} |work={w.ph('wk_work')} |language=ar |quote=",
          ("A", w.arabic), " |trans-quote=", ("E", w.english), " }}</ref>")
    w.add("2", "1", w.who("asker"), w.ph("wk_reply"))
    w.item(("A", "E"))


def flickr(w: Writer) -> None:
    """A Flickr photo description: the wall's Arabic, the English in brackets, the camera line."""
    w.add("1", None, w.who("poster"), w.ph("fl_post").format(p=w.ph("fl_place")), ("A", w.arabic), " (", ("E", w.english),
          ")", w.ph("fl_cam"))
    w.add("2", "1", w.who("asker"), w.ph("fl_reply"))
    w.item(("A", "E"))


def nexus(w: Writer) -> None:
    """Nexus Mods: a user quotes a line of the Arabic patch; the mod's translator back-translates it."""
    w.add("1", None, w.who("asker"), w.ph("nx_ask").format(g=w.ph("nx_game")), ("A", w.arabic))
    w.add("2", "1", w.who("helper") + " (mod author)", w.ph("nx_lead"), ("E", w.english), w.ph("nx_tail"))
    w.item(("A", "E"))


def fiverr(w: Writer) -> None:
    """Fiverr: a buyer's order with the Arabic; the freelancer's delivery message."""
    w.add("1", None, w.who("asker"), w.ph("fv_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("fv_lead"), ("E", w.english), w.ph("fv_tail"))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_source_only(w: Writer) -> None:
    """A reply naming the source only."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("so_reply"))
    w.item(("A", None))


def n_persian(w: Writer) -> None:
    """A reply saying it is Persian, not Arabic; the poster answers."""
    poster = w.who("poster")
    w.add("1", None, poster, "What does this mean?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("fa_reply"))
    w.add("3", "2", poster, w.ph("fa_back"))
    w.item(("A", None))


def n_video_title(w: Writer) -> None:
    """YouTube: an Arabic comment; a reply translates the video's title (another pair's English), not the comment."""
    _, title_en = w.neighbour()
    w.add("1", None, "@" + w.who("poster").lower().replace(".", ""), ("A", w.arabic))
    w.add("2", "1", "@" + w.who("asker").lower(), w.ph("vt_reply").format(x=title_en))
    w.item(("A", None))


def n_article_quote(w: Writer) -> None:
    """A news site: an Arabic comment; a reply quotes the article's English line that the comment answers."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("aq_reply").format(x=w.other))
    w.item(("A", None))


def n_transliteration(w: Writer) -> None:
    """A scholarly transliteration of the Arabic and 'no idea what it means'."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("tl_reply").format(z=scholarly(w.arabic)))
    w.item(("A", None))


def n_list_encoding(w: Writer) -> None:
    """A mailing list: a reply quoting the Arabic and talking about its encoding."""
    asker, helper, lst = w.who("asker"), w.who("helper"), w.ph("ml_list")
    footer = f"\n_______________________________________________\n{lst} mailing list\n{lst}@lists.example.org"
    ask = w.ph("ml_ask")
    w.add("1", None, asker, ask, ("A", w.arabic), f"\n\nThanks,\n{asker}\n{footer}")
    w.add("2", "1", helper, f"On {w.ph('ml_date')}, {asker} wrote:\n> {w.arabic}\n\n", w.ph("en_reply"),
          f"\n\n-- \n{helper}\n{footer}")
    w.item(("A", None))


def n_osm_no_translation(w: Writer) -> None:
    """OpenStreetMap: a mapper says not to invent translation tags."""
    n = 1000000000 + w.p.rng.randrange(9000000000)
    w.add("1", None, w.who("poster"), w.ph("os_post").format(w=w.ph("os_what"), n=n), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("od_reply"))
    w.item(("A", None))


def n_xliff_note(w: Writer) -> None:
    """An XLIFF unit with an empty target and a developer's <note> quoting other English."""
    n = 10 + w.p.rng.randrange(400)
    w.add("1", None, w.who("helper"), w.ph("xl_ticket").format(n=n),
          f'```xml\n<trans-unit id="{n}">\n  <source xml:lang="ar">', ("A", w.arabic),
          '</source>\n  <target xml:lang="en" state="new"/>\n  <note from="developer">',
          xml_escaped(w.ph("xn_note").format(x=w.other)), "</note>\n</trans-unit>\n```")
    w.add("2", "1", w.who("asker"), w.ph("xn_reply"))
    w.item(("A", None))


def n_hf_other_row(w: Writer) -> None:
    """A dataset discussion: the row's Arabic; the maintainer quotes another row's English."""
    n, label = 1000 + w.p.rng.randrange(40000), w.ph("hf_label")
    w.add("1", None, w.who("helper"), w.ph("hf_open").format(n=n), ("A", w.arabic),
          f"\", \"label\": \"{label}\"}}\n```\n\nIs this right?")
    w.add("2", "1", w.who("poster"), w.ph("ho_reply").format(n=n + 1 + w.p.rng.randrange(500), x=w.other, l=label))
    w.item(("A", None))


def n_chess_engine(w: Writer) -> None:
    """A Lichess study's Arabic comment; the reply is about the engine line only."""
    c = 2 + w.p.rng.randrange(8)
    pgn = f'```\n[Event "Study chapter {c}"]\n\n1. d4 d5 2. c4 e6 3. Nc3 Nf6 4. Bg5 Be7 5. e3 O-O 6. Nf3 h6 7. Bh4 b6 ' \
          "8. cxd5 Nxd5 9. Bxe7 Qxe7 10. Nxd5 exd5 11. Rc1 Be6 12. Qa4 { "
    w.add("1", None, w.who("asker"), w.ph("lc_post").format(c=c), pgn, ("A", w.arabic), " } 12... c5 13. Qa3 *\n```")
    w.add("2", "1", w.who("helper"), w.ph("ce_reply"))
    w.item(("A", None))


def n_fiverr_quote(w: Writer) -> None:
    """Fiverr: the freelancer quotes a price instead of translating."""
    w.add("1", None, w.who("asker"), w.ph("fv_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("fq_reply"))
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "imageboard >>No. reply with greentext": (imageboard, 1, "pos"),
    "vBulletin Originally Posted by, Last edited by": (vbulletin, 1, "pos"),
    "mailing list bottom-post, hard-wrapped English": (mailing_list, 2, "pos"),
    "Android values/strings.xml default added": (android, 1, "pos"),
    "iOS en.lproj Localizable.strings line": (ios_strings, 1, "pos"),
    "XLIFF source ar / target en": (xliff, 1, "pos"),
    "OpenStreetMap inscription:en=": (osm, 1, "pos"),
    "Quizlet export, tab per card": (quizlet, 2, "pos"),
    "bilingual Google Play review": (google_play, 1, "pos"),
    "Hugging Face mislabelled row": (huggingface, 1, "pos"),
    "Kaggle notebook # translation: comment": (kaggle, 1, "pos"),
    "Lichess study PGN comment": (lichess, 1, "pos"),
    "Ravelry pattern row note": (ravelry, 1, "pos"),
    "khutbah transcript which means": (khutbah, 1, "pos"),
    "Minecraft server log in a ban appeal": (minecraft, 1, "pos"),
    "lit. / i.e. in the same sentence": (lit, 1, "pos"),
    "U+200F / U+200E bidi marks": (bidi_marks, 1, "pos"),
    "ornaments and a verse-number sign": (ornaments, 1, "pos"),
    "Instagram caption with a tatweel rule": (tatweel_rule, 2, "pos"),
    "Wikipedia cite news |trans-quote=": (wiki_cite, 1, "pos"),
    "Flickr description with a camera line": (flickr, 1, "pos"),
    "Nexus Mods back-translation": (nexus, 1, "pos"),
    "Fiverr delivery message": (fiverr, 2, "pos"),
    "neg: names the source only": (n_source_only, 1, "neg"),
    "neg: this is Persian, not Arabic": (n_persian, 1, "neg"),
    "neg: translates the video's title": (n_video_title, 1, "neg"),
    "neg: quotes the article's English": (n_article_quote, 1, "neg"),
    "neg: scholarly transliteration, no idea": (n_transliteration, 1, "neg"),
    "neg: mailing list reply about encoding": (n_list_encoding, 1, "neg"),
    "neg: OSM mapper, no translation tags": (n_osm_no_translation, 1, "neg"),
    "neg: XLIFF empty target, developer note": (n_xliff_note, 1, "neg"),
    "neg: maintainer quotes another row": (n_hf_other_row, 1, "neg"),
    "neg: chess engine line only": (n_chess_engine, 1, "neg"),
    "neg: freelancer quotes a price": (n_fiverr_quote, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space (a hard-wrapped mail's line breaks),
    nothing around it; a value in a file format is the same once its escapes are taken out (:func:`unescaped`)."""
    return bool(gold) and (_blind.same_flat(gold, want) or _blind.same_flat(unescaped(gold), want))


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
