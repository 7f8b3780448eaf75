"""Round 39 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: a YouTube creator's pinned comment's handle and thanks, a Facebook group's "for the
non-Arabic speakers" lead, a Discourse [quote] block's copy of the Arabic, a Reddit post's "Edit:" lines
before the "Edit 2:" that translates, a Mastodon "CW:" line, a pasted chat log's times and user names, a
shop seller's answer after the translated review, the other hemistich's line of a couplet, a "[...]"
for the skipped sentence, a hadith's chain of narrators, a forum signature block with an English motto,
a dubbing script's character cue and lip-sync note, a "[sic]" remark, a .po file's msgid/msgstr quotes, a
TMX file's <seg> tags, an HTML title attribute, an AutoModerator sticky's quote marker and bot footer, a
Community Note's label and source remark, a Wikimedia Commons {{en|1=...}} template, a nurse's triage
note, a Reddit ^(superscript), a conference programme's "EN:" label, a Matrix reply's quoted fallback
left out) and one third with English that looks like a translation and is not.

Settings of this round (new topics): a YouTube creator's pinned top-level comment translating a
viewer's Arabic comment (no reply link, shown before it), a Facebook group member's "Translation for the
non-Arabic speakers:", a Discourse reply quoting post 3 in [quote="user, post:3, topic:N"] ... [/quote]
then translating it, a Reddit post whose "Edit 2:" translates it, a Mastodon reply with a content
warning line before the translation, a pasted live stream chat log ("[hh:mm:ss] name: ...") where a
moderator translates a viewer's line, an online shop's Arabic review and the seller's response that
translates it before answering, a couplet's two hemistichs separated by "***" or " / " translated line
by line (one item per hemistich), a translation of a two-sentence notice that gives the first sentence
and "[...]" for the rest (partial), a hadith with its chain of narrators (isnad) before the text and the
English of the text only, a forum reply with a signature block under the translation, a dubbing script
request answered with a character cue, a "[sic]" on a misspelt word before the translation, a gettext
.po entry of an Arabic-first app (msgid Arabic, msgstr English), a TMX translation unit, a web
developer's <span lang="ar" title="..."> tooltip, an AutoModerator sticky relaying the poster's own
translation, an X Community Note translating the post, a Wikimedia Commons file description with
{{ar|1=...}} and {{en|1=...}}, a telehealth portal's nurse note translating a patient's message, a
Reddit reply in ^(superscript), a bilingual conference programme with "AR:/EN:" lines, and a Matrix
reply whose fallback quotes the Arabic; negatives on a reply explaining one word's grammar at length, a
reply asking "Egyptian or Levantine?" and a dialect discussion, a reply quoting English lyrics of a
different song, a joke reply that pretends to translate ("it says 'send money'"), a reply translating
another passage higher up in the thread (the gold of this passage: none), a seller answering an Arabic
review without translating it, a Community Note about the video's date quoting another caption, a chat
log whose English line is another viewer's own message, a .po entry whose fuzzy msgstr belongs to
another string, a creator's pinned comment thanking a viewer in English without translating, and a
hadith reply giving only the reference and grading.

Decided: the quoted copy of the Arabic in a Discourse [quote] or a Matrix reply fallback is a copy,
the item is the Arabic where it was first posted; a hadith's passage is its text (matn) only, the chain
of narrators is Arabic that nobody translated and no part of the item; a partial translation ending in
"[...]" is marked partial and its gold span is the first sentence's English, without the "[...]"; in a
couplet each hemistich is an item with its own line of English; the AutoModerator sticky relays the
poster's own translation and is the only copy in the thread, so its quoted English is the gold; the
.po entry's "#, fuzzy" msgstr from another string is no translation of the msgid. Not used: "Lit.: ...
/ Better: ..." (the data give one English per sentence, so a literal line would have to be written by
hand, which would change the real English) and a subtitle .vtt (too near round 34's .srt).

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind39.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)

SEED = 39257
DEFAULT_OUT = Path("/tmp/r39/pairing-devset-round39.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "poster": ("Rania_K", "Percival", "Omar.Z", "Imogen", "Shireen_A", "Leopold", "Bassel.T", "Winifred", "Nadine_H",
               "Crispin", "Jamal.E", "Octavia"),
    "helper": ("Reem.S", "Fadi_O", "Noor.B", "Issa_K", "Salma.R", "Tamer_J", "Hala.M", "Ziad"),
    "asker": ("Jasper", "Clementine", "Rupert", "Beatrix", "Alistair", "Seraphina", "Tobias", "Millicent"),
    # YouTube pinned
    "yt_creator": ("WanderWithMaya", "TheBreadLab", "RetroRepairs", "DesertDrones"),
    "yt_lead": ("This comment from {v} made my whole week, translating it so everyone can read it: \"",
                "Pinning this because {v} wrote the kindest thing. In English: \"",
                "For everyone asking what {v} wrote below, it says: \"",
                "Had to pin this one. {v} says: \""),
    "yt_tail": ("\" ❤️ Thank you, truly.", "\" 🙏 Comments like this keep the channel going.", "\" Thank you for watching from so far away!",
                "\" — this is why I make videos."),
    "yt_meta": ("\n\n👍 2.1K · Reply", "\n\n1.4K likes", "\n\n👍 873", "\n\n312 likes · 41 replies"),
    # Facebook group
    "fb_group_post": ("Sharing what my neighbour wrote on the community board today:\n\n", "My post from the mosque committee:\n\n",
                      "Announcement (Arabic first, sorry):\n\n", "Posting on behalf of my mother:\n\n"),
    "fb_lead": ("Translation for the non-Arabic speakers: ", "For the non-Arabic speakers in the group: ",
                "Translation for our non-Arabic speaking members: ", "For those in the group who don't read Arabic: "),
    "fb_thanks": ("Thank you for translating, I was curious!", "So kind of you to translate 🌷", "Appreciate the translation!",
                  "Thanks, now I understand."),
    # Discourse quote
    "dc_topic": ("Welcome thread: introduce yourself!", "Share a sentence from your week", "Weekly writing practice",
                 "What did you read today?"),
    "dc_intro": ("Post a line in the language you're learning and someone will help.",
                 "Write something in Arabic and we'll translate it together.",
                 "Any level welcome, just post a sentence.", "One sentence a day keeps the rust away."),
    "dc_ask": ("Could someone translate this for me? I can only read half of it.", "I tried but I get stuck after the first words.",
               "Is there anyone who can put this into English?", "Anyone? I'd love to know what it says."),
    "dc_lead": ("\n\nThat translates to: ", "\n\nIn English: ", "\n\nIt says: ", "\n\nMy go at it: "),
    "dc_tail": ("\n\nNice sentence choice!", "", "\n\nHope that's clear.", ""),
    # Reddit Edit 2
    "ed_title": ("My grandmother wrote this on the back of an old photo\n\n", "Found this note in a library book\n\n",
                 "Text on my late uncle's prayer rug tag\n\n", "Written inside the lid of a music box I bought\n\n"),
    "ed_1": ("\n\nEdit: wow, this blew up, thank you all!", "\n\nEdit: thanks for the awards, kind strangers",
             "\n\nEdit: I'm reading every comment, promise", "\n\nEdit: didn't expect so many replies!"),
    "ed_2": ("\n\nEdit 2: for everyone asking what it means, my cousin says it's: ", "\n\nEdit 2: translation, since people keep asking: ",
             "\n\nEDIT 2: okay, my dad translated it: ", "\n\nEdit 2: for those asking, it means: "),
    "ed_ask": ("What does it say though?", "Translation please!", "I need to know what it says", "So what does it mean??"),
    # Mastodon CW
    "cw_line": ("CW: grief\n\n", "CW: war mention\n\n", "CW: illness\n\n", "CW: loss, family\n\n"),
    "cw_lead": ("Translation: ", "", "In English: ", ""),
    "cw_tags": ("\n\n#Arabic #translation", "", "\n\n#ArabicLanguage", "\n\n#MastoArabic"),
    # live chat log
    "lc_intro": ("Chat log from last night's stream, the moment someone translated for everyone:\n\n",
                 "Pasting the live chat bit I mentioned:\n\n", "From the VOD chat replay:\n\n",
                 "Here is the chat from when the Arabic viewer showed up:\n\n"),
    "lc_time": ("20:14", "21:03", "19:47", "22:38"),
    "lc_viewer": ("nour_gg", "sami_plays", "layla.streams", "khaled_x"),
    "lc_other": ("kevin_plays", "ttv_marcus", "pixelpaula", "dan_the_fan"),
    "lc_mod": ("mod_hana", "mod_yousef", "mod_amira", "mod_tariq"),
    "lc_huh": ("???", "what did they say", "translate pls", "anyone speak arabic?"),
    "lc_after": ("ty mod", "W mod", "ayy thanks", "mods carrying the chat"),
    # shop review
    "sh_stars": ("★★★★☆ ", "★★☆☆☆ ", "★★★★★ ", "★★★☆☆ "),
    "sh_head": ("Verified purchase · Size M\n\n", "Verified buyer\n\n", "Purchased: blue, 2 pack\n\n", "Confirmed order · Colour: sand\n\n"),
    "sh_resp": ("Response from the seller:\n\nHi! To make sure we understood, your review says: ",
                "Seller's reply:\n\nThank you for your review. We had it translated, it reads: ",
                "Response from the owner:\n\nDear customer, in English your review says: ",
                "Seller response:\n\nThanks for writing! Our translation of your review: "),
    "sh_answer": ("\n\nWe're sorry about this and have sent you a replacement.", "\n\nWe've passed this on to our team, thank you.",
                  "\n\nWe will look into it and message you directly.", "\n\nPlease contact us so we can make it right."),
    # couplet
    "po_ask": ("A couplet my grandfather used to recite at every wedding:\n\n", "Two lines of poetry from the wall of a café:\n\n",
               "My teacher wrote this couplet on the board:\n\n", "Verse from an old book my aunt gave me:\n\n"),
    "po_sep": (" *** ", " / ", " *** ", " / "),
    "po_lead": ("Line by line:\n", "Here's each half:\n", "Hemistich by hemistich:\n", "Taking it line by line:\n"),
    # [...] partial
    "sk_ask": ("Notice taped to our building's door, what's it about?\n\n", "Email from the school, could someone tell me the gist?\n\n",
               "This was on the noticeboard at work:\n\n", "Message from the landlord:\n\n"),
    "sk_lead": ("It says: ", "The main point: ", "Starts with: ", "First part: "),
    "sk_tail": (" [...] (the rest is the usual formalities)", " [...] — I skipped the rest, it's standard wording",
                " [...] and then the signature", " [...] (didn't translate the end, nothing important)"),
    # hadith
    "hd_isnad": ("حدثنا قتيبة بن سعيد، قال: حدثنا الليث، عن يزيد بن أبي حبيب، عن أبي الخير، عن عبد الله بن عمرو، أن رسول الله صلى الله عليه وسلم قال: ",
                 "أخبرنا مالك، عن نافع، عن عبد الله بن عمر رضي الله عنهما، أن رسول الله صلى الله عليه وسلم قال: ",
                 "حدثنا مسدد، قال: حدثنا يحيى، عن شعبة، عن قتادة، عن أنس بن مالك رضي الله عنه، عن النبي صلى الله عليه وسلم قال: ",
                 "حدثنا عبد الله بن يوسف، قال: أخبرنا مالك، عن ابن شهاب، عن أبي سلمة، عن أبي هريرة رضي الله عنه قال: "),
    "hd_ask": ("Can someone translate this hadith? ", "Hadith from our study circle, need the English:\n\n",
               "What does this narration say? ", "My teacher sent this, translation please:\n\n"),
    "hd_lead": ("Leaving out the chain of narrators, the text is: ", "(isnad omitted) ", "The matn reads: ",
                "Without the chain: "),
    "hd_tail": ("", " Allah knows best.", "", " And Allah knows best."),
    # signature block
    "sg_ask": ("Could someone translate this line from my grandfather's diary?\n\n", "Line from a letter, translation please:\n\n",
               "What does this sentence mean?\n\n", "Help with this one please:\n\n"),
    "sg_lead": ("", "My translation: ", "", "Here you go: "),
    "sg_block": ("\n\n--\n{h}\nSenior Member · Arabic Learners Forum\n\"A language is a window, not a wall.\"",
                 "\n\n____________________\n{h} | Moderator\nPosts: 4,512 | Joined: 2011\n\"Patience is the key to every door.\"",
                 "\n\n--\n{h}\nVolunteer translator since 2009\n\"Words travel further than caravans.\"",
                 "\n\n~~~~\n{h}\nForum Helper · Amman\n\"Slowly, slowly, the egg will walk.\""),
    # dubbing
    "db_ask": ("Dub request: need an English line for the grandmother at 02:14, she says:\n\n",
               "Working on a fan dub, can anyone give me an English line for this (scene 4)?\n\n",
               "Subtitle/dub request for the café scene, the waiter says:\n\n",
               "Need an English voice line for this bit of dialogue (ep 3, 11:40):\n\n"),
    "db_cue": ("GRANDMOTHER: ", "NARRATOR (V.O.): ", "WAITER: ", "FATHER (off-screen): "),
    "db_note": ("\n\n(lip-sync: trim if it runs long)", "\n\n[3.5 sec, should fit the mouth flaps]", "\n\nTiming note: starts on the door slam.",
                "\n\n(can be cut to fit)"),
    # [sic]
    "sc_ask": ("Shop sign in my neighbourhood, what does it say?\n\n", "Saw this written on a wall:\n\n",
               "Printed on a T-shirt from the market:\n\n", "Label on a jar my friend brought back:\n\n"),
    "sc_lead": ("The sign spells «{w}» like that [sic], but it means: ", "«{w}» is misspelt in the original [sic]. Anyway, it says: ",
                "Ignoring the typo in «{w}» [sic], it reads: ", "(«{w}» [sic], that's how they wrote it) Meaning: "),
    # gettext .po
    "pt_intro": ("Reviewing the English catalogue of our app (Arabic is the source language). Does this entry look right?\n\n",
                 "First pass at `en.po`, Arabic is our msgid language:\n\n",
                 "Translation PR for the help screen, `locale/en/LC_MESSAGES/app.po`:\n\n",
                 "Can a native speaker check this .po entry?\n\n"),
    "pt_ref": ("#: src/screens/help.py:42\n", "#: templates/checkout.html:17\n", "#: app/views/profile.py:88\n",
               "#: ui/dialogs.c:203\n"),
    "pt_reply": ("LGTM, merging.", "Looks good 👍", "Approved.", "Fine by me."),
    # TMX
    "tx_ask": ("Exported this unit from our translation memory, is the alignment right?\n\n",
               "TMX snippet from the client's memory:\n\n", "Our CAT tool produced this, can someone check?\n\n",
               "One unit from the TM we inherited:\n\n"),
    "tx_reply": ("Yes, that one's aligned correctly.", "Looks right.", "Alignment is fine.", "Correct 👍"),
    # HTML title
    "ht_ask": ("Adding an Arabic quote to my portfolio page with an English tooltip, is this the right markup?\n\n",
               "Accessibility question: is a title attribute OK for the translation?\n\n",
               "My footer has this, does the hover text render for you?\n\n",
               "Is lang=\"ar\" with dir=\"rtl\" enough here?\n\n"),
    "ht_tag": ("span", "abbr", "q", "span"),
    "ht_reply": ("Use dir=\"rtl\" too, otherwise fine.", "title isn't read by all screen readers, add the English as visible text.",
                 "Renders fine in Firefox.", "Markup is valid."),
    # AutoModerator
    "am_post": ("Old sign from my grandfather's shop\n\n", "Poem my teacher wrote on the board\n\n",
                "Seen on a bus in Amman\n\n", "My friend's caption, thought it was beautiful\n\n"),
    "am_lead": ("OP has provided the following translation:\n\n> ", "Submission statement / translation from OP:\n\n> ",
                "Translation provided by u/{a}:\n\n> ", "OP's translation (required by rule 3):\n\n> "),
    "am_foot": ("\n\n*I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit "
                "if you have any questions or concerns.*",
                "\n\n^(I am a bot. Reply to this comment if the translation is missing.)",
                "\n\n*Beep boop, I'm a bot. Questions? Message the mods.*",
                "\n\n---\n*This comment was posted automatically.*"),
    # Community Note
    "cn_head": ("Readers added context they thought people might want to know\n\n",
                "Community Note\n\n", "Readers added context\n\n", "Context from readers\n\n"),
    "cn_lead": ("The Arabic text in this post says: \"", "The post's text translates to: \"", "Translated, the post reads: \"",
                "In English, the post says: \""),
    "cn_tail": ("\" It does not mention the claims made in the quote posts.", "\" The viral English caption adds words that are not there.",
                "\" Several accounts are sharing a different translation.", "\" Claims about the video's location are not in the text."),
    "cn_src": ("\n\nSource: original post, translated by contributors", "\n\nNotes are written by contributors.",
               "\n\nRated helpful by people with different perspectives", "\n\nContext written by contributors."),
    # Wikimedia Commons
    "wc_file": ("File:Plaque old souk.jpg", "File:Fountain inscription.jpg", "File:Bookshop sign 1998.jpg",
                "File:School banner.jpg"),
    "wc_date": ("2019-06-14", "2021-03-02", "2017-11-25", "2023-08-09"),
    "wc_reply": ("Nice photo, added to the category.", "Thanks for adding the English.", "Moved to a better category.",
                 "Good description."),
    # telehealth
    "th_portal": ("Message from patient (via portal, in Arabic):\n\n", "Patient message received 08:12:\n\n",
                  "Portal inbox — patient wrote:\n\n", "New message from patient:\n\n"),
    "th_lead": ("RN triage note: patient writes (translated by me): ", "Nurse note — translation of the patient's message: ",
                "Triage: per patient (my translation): ", "RN note. Patient states, translated: "),
    "th_tail": (" Advised to call the clinic if symptoms worsen.", " Callback scheduled for tomorrow.", " Forwarded to Dr. on call.",
                " Will follow up by phone."),
    # superscript
    "su_post": ("My daughter's first handwritten sentence in Arabic 🥹\n\n", "The caption on my favourite old postcard:\n\n",
                "Overheard and wrote it down:\n\n", "Line from my late father's notebook:\n\n"),
    "su_open": ("^(for the curious: ", "^(translation: ", "^(it says ", "^(english: "),
    "su_front": ("Beautiful.\n\n", "This is lovely.\n\n", "", "So sweet.\n\n"),
    # conference programme
    "cp_head": ("Programme, day 1 (bilingual)\n\n09:00 Opening session\n", "Session 2 — Keynote\n",
                "Agenda excerpt:\n\n10:30 Panel: Cities and water\n", "Schedule, Thursday\n\n14:00 Closing remarks\n"),
    "cp_ar": ("AR: ", "AR: ", "[AR] ", "[AR] "),
    "cp_en": ("\nEN: ", "\nEN: ", "\n[EN] ", "\n[EN] "),
    "cp_end": ("\n\nVenue: Hall B", "\n\nLive interpretation on channel 2", "\n\nRoom 104", "\n\nMain auditorium"),
    "cp_reply": ("Will the sessions be recorded?", "Is there interpretation for the panels too?", "Where do we register?",
                 "Thanks for the bilingual schedule."),
    # Matrix reply
    "mx_server": ("matrix.org", "tchncs.de", "envs.net", "mozilla.org"),
    "mx_lead": ("", "that's: ", "", "it means: "),
    # --- negatives ---
    "gr_lead": ("The interesting word here is «{w}». ", "Let's look at «{w}» first. ", "Grammar note on «{w}»: ",
                "«{w}» is worth a closer look. "),
    "gr_body": ("It's built from three root letters, and the vowel pattern on top of them tells you whether it's a verb, a noun "
                "or an adjective. Learners often confuse the patterns because short vowels aren't written. Once you know the "
                "root, a dictionary sorted by roots makes it easy to look up.",
                "Notice the prefix and the ending: together they tell you person, number and sometimes gender. Arabic packs into "
                "one word what English spreads over three or four. That's why word-by-word glosses look so strange.",
                "The ending changes with its role in the sentence in formal Arabic, but in speech most people drop it. That's "
                "why you'll hear it pronounced differently in a news broadcast and in a café.",
                "If you take the letters apart you'll find the root, and many related words share it. Grammar books call this the "
                "pattern system, and it's the single most useful thing to learn early."),
    "dl_ask": ("Is this Egyptian or Levantine?", "Which dialect is this, Egyptian or Levantine?",
               "Egyptian or Levantine? Trying to figure out where my friend is from.", "Is this Masri or Shami?"),
    "dl_answer": ("Looks more Egyptian to me, the word choice gives it away. A Levantine speaker would say it differently.",
                  "Hard to say from writing alone. Spelling in dialect isn't standardised, so people mix conventions.",
                  "Mostly standard Arabic with a dialect word or two, so it could be either honestly.",
                  "I'd lean Levantine, but you'd really need to hear it spoken to be sure."),
    "dl_more": ("Agreed, pronunciation would settle it.", "My Lebanese friend says it doesn't sound like home.",
                "Could also be Palestinian, the dialects overlap a lot.", "Cairenes would write it the same way though."),
    "ly_ask": ("Lyrics from a song my dad used to play:\n\n", "This line from a song won't leave my head:\n\n",
               "Heard this at a wedding, what song is it?\n\n", "Song lyric, anyone know it?\n\n"),
    "ly_reply": ("Reminds me of that English song that goes \"{x}\" 🎶", "Not the same song, but this always plays in my head: \"{x}\"",
                 "lol the only lyric I know is \"{x}\"", "Off topic, but my favourite English lyric ever: \"{x}\""),
    "jk_ask": ("My Arabic friend wrote this on my birthday card:\n\n", "Got this message from my girlfriend's dad:\n\n",
               "My coworker left this on a sticky note on my desk:\n\n", "My neighbour slipped this under my door:\n\n"),
    "jk_reply": ("It says \"send money\" 😂", "Roughly: \"you owe me lunch forever\" lol jk",
                 "It says \"I have taken your parking spot, forever\" 😅 (jk, I can't read Arabic)",
                 "Easy, it says \"give me your wifi password\" 🤣"),
    "jk_more": ("lmao", "😭😭", "I believed you for a second", "stop 😂"),
    "el_first": ("The first sentence from the letter:\n\n", "Line one of the note:\n\n", "First part of the message:\n\n",
                 "Top of the page says:\n\n"),
    "el_second": ("And this is further down, no idea what it means:\n\n", "Then there's this line at the bottom:\n\n",
                  "And the last line:\n\n", "Also this, written smaller:\n\n"),
    "el_tr": ("The first one means: ", "Your first line says: ", "Top one: ", "The first line is: "),
    "el_tail": (" Can't help with the second, sorry.", " Not sure about the other one.", "", " Someone else will know the rest."),
    "sn_answer": ("Response from the seller:\n\nThank you for your review! ", "Seller's reply:\n\nWe appreciate your feedback. ",
                  "Response from the owner:\n\nThanks for shopping with us. ", "Seller response:\n\nHi, thank you for the stars! "),
    "sn_more": ("Also worth knowing: {x}", "By the way: {x}", "One more thing: {x}", "P.S. {x}"),
    "cn_date": ("This video was filmed in 2015, not this week. An earlier upload carries the caption \"{x}\"",
                "The clip is several years old. The original uploader captioned it \"{x}\"",
                "This footage predates the events described. It first circulated with the caption \"{x}\"",
                "Reverse image search shows this photo from 2016, posted then with the text \"{x}\""),
    "lo_say": ("tbh {x}", "{x}", "random but {x}", "{x} lol"),
    "pf_reply": ("That msgstr is wrong, it's a fuzzy match from another string. Needs a real translation.",
                 "The fuzzy flag is right to be there: this English belongs to a different entry.",
                 "Please don't ship this, the msgstr is from a neighbouring message.",
                 "Fuzzy match gone wrong, the English doesn't match the Arabic at all."),
    "yt_thanks": ("Thank you {v}, comments like yours are why I keep filming! Also: {x}",
                  "{v} this made my day 🙏 And to everyone else: {x}",
                  "Shoutout to {v}! Quick update for everyone: {x}",
                  "{v} thank you so much ❤️ Unrelated, but {x}"),
    "hr_ref": ("Sahih al-Bukhari 6018, graded sahih.", "Reported by Muslim (2588). Authentic.",
               "Sunan Abi Dawud 4941, graded hasan by al-Albani.", "Jami' at-Tirmidhi 1924, hasan sahih."),
    "hr_more": ("\n\nThe chapter heading in the English edition: \"{x}\"", "\n\nCheck sunnah.com for the English.",
                "\n\nThe book's English preface begins: \"{x}\"", "\n\nI don't have the English edition to hand."),
}


class Writer(_blind.Writer):

    banks = BANKS


Shape = Callable[[Writer], None]


def _word(w: Writer) -> str:
    """The passage's longest word (a word a commenter would single out)."""
    words = [t.strip(".,;:!?؟،«»\"'()") for t in w.arabic.split()]
    return max(words, key=len) or w.arabic.split()[0]


def _elsewhere(w: Writer) -> tuple[str, str]:
    """Another pair of the part (neither its Arabic nor its English the thread's own)."""
    own = {t.strip() for t in (*w.p.example.arabic, *w.p.example.english)}
    while True:
        arabic, english = w.p.pool[w.p.rng.randrange(len(w.p.pool))]
        if arabic.strip() not in own and english.strip() not in own:
            return arabic.strip(), english.strip()


# --- positives -----------------------------------------------------------------------------------


def yt_pinned(w: Writer) -> None:
    """YouTube: the creator's pinned top-level comment (shown first) translates a viewer's Arabic comment."""
    viewer = "@" + w.who("poster").lower().replace(".", "_")
    creator = w.ph("yt_creator")
    w.add("1", None, creator, f"📌 Pinned by @{creator}\n\n", w.ph("yt_lead").format(v=viewer), ("E", w.english), w.ph("yt_tail"),
          w.ph("yt_meta"))
    w.add("2", None, viewer, ("A", w.arabic))
    w.add("3", None, w.who("asker"), "Love this channel.")
    w.item(("A", "E"))


def fb_group(w: Writer) -> None:
    """Facebook group: a member's 'Translation for the non-Arabic speakers:' under an Arabic post."""
    w.add("1", None, w.who("poster"), w.ph("fb_group_post"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("fb_lead"), ("E", w.english))
    w.add("3", "2", w.who("asker"), w.ph("fb_thanks"))
    w.item(("A", "E"))


def discourse_quote(w: Writer) -> None:
    """Discourse: post 3 in Arabic, post 5 quotes it in [quote="user, post:3, topic:N"] and translates."""
    a = w.who("poster")
    topic = 1000 + w.p.rng.randrange(9000)
    w.add("1", None, w.who("asker"), f"{w.ph('dc_topic')}\n\n{w.ph('dc_intro')}")
    w.add("2", None, w.who("asker"), "Hi all, I'm learning on my own, mostly from podcasts.")
    w.add("3", None, a, ("A", w.arabic))
    w.add("4", None, w.who("asker"), w.ph("dc_ask"))
    w.add("5", None, w.who("helper"), f"[quote=\"{a}, post:3, topic:{topic}\"]\n{w.arabic}\n[/quote]", w.ph("dc_lead"),
          ("E", w.english), w.ph("dc_tail"))
    w.item(("A", "E"))


def reddit_edit2(w: Writer) -> None:
    """Reddit: the post's 'Edit:' line, then 'Edit 2:' with the translation, in the same post."""
    w.add("1", None, w.who("poster"), w.ph("ed_title"), ("A", w.arabic), w.ph("ed_1"), w.ph("ed_2"), ("E", w.english))
    w.add("2", "1", w.who("asker"), w.ph("ed_ask"))
    w.item(("A", "E"))


def mastodon_cw(w: Writer) -> None:
    """Mastodon: a reply whose content warning line comes before the translation."""
    a = w.who("poster")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("cw_line"), f"@{a.lower()} ", w.ph("cw_lead"), ("E", w.english), w.ph("cw_tags"))
    w.item(("A", "E"))


def chat_log(w: Writer) -> None:
    """A pasted live stream chat log: a viewer's Arabic line, a moderator's English line translating it."""
    t = w.ph("lc_time")
    w.add("1", None, w.who("asker"), w.ph("lc_intro"), f"[{t}:03] {w.ph('lc_viewer')}: ", ("A", w.arabic),
          f"\n[{t}:09] {w.ph('lc_other')}: {w.ph('lc_huh')}\n[{t}:21] {w.ph('lc_mod')}: ", ("E", w.english),
          f"\n[{t}:30] {w.ph('lc_other')}: {w.ph('lc_after')}")
    w.add("2", "1", w.who("helper"), "Best moment of the stream honestly.")
    w.item(("A", "E"))


def shop_review(w: Writer) -> None:
    """An online shop: an Arabic review; the seller's response translates it before answering."""
    w.add("1", None, w.who("poster"), w.ph("sh_stars"), w.ph("sh_head"), ("A", w.arabic))
    w.add("2", "1", "Seller", w.ph("sh_resp"), ("E", w.english), w.ph("sh_answer"))
    w.item(("A", "E"))


def couplet(w: Writer) -> None:
    """A couplet's two hemistichs on one line ('***' or ' / '), translated line by line (one item each)."""
    a1, a2, e1, e2 = w.two()
    w.add("1", None, w.who("poster"), w.ph("po_ask"), ("A1", a1), w.ph("po_sep"), ("A2", a2))
    w.add("2", "1", w.who("helper"), w.ph("po_lead"), ("E1", e1), "\n", ("E2", e2))
    w.item(("A1", "E1"), ("A2", "E2"))


def skipped(w: Writer) -> None:
    """A two-sentence notice translated up to '[...]' (the first sentence only: partial)."""
    _, _, e1, _ = w.two()
    w.add("1", None, w.who("asker"), w.ph("sk_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("sk_lead"), ("E", e1), w.ph("sk_tail"))
    w.items = _blind.partial_items([("A", "E", True)], w.spans)


def hadith(w: Writer) -> None:
    """A hadith with its chain of narrators before the text; the English of the text only."""
    w.add("1", None, w.who("asker"), w.ph("hd_ask"), w.ph("hd_isnad"), "«", ("A", w.arabic), "»")
    w.add("2", "1", w.who("helper"), w.ph("hd_lead"), ("E", w.english), w.ph("hd_tail"))
    w.item(("A", "E"))


def signature(w: Writer) -> None:
    """A forum reply with a signature block (and its English motto) under the translation."""
    h = w.who("helper")
    w.add("1", None, w.who("asker"), w.ph("sg_ask"), ("A", w.arabic))
    w.add("2", "1", h, w.ph("sg_lead"), ("E", w.english), w.ph("sg_block").format(h=h))
    w.item(("A", "E"))


def dubbing(w: Writer) -> None:
    """A dubbing request answered with a character cue and a lip-sync note."""
    w.add("1", None, w.who("poster"), w.ph("db_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("db_cue"), ("E", w.english), w.ph("db_note"))
    w.item(("A", "E"))


def sic(w: Writer) -> None:
    """A reply marking a misspelt word '[sic]' before translating."""
    w.add("1", None, w.who("asker"), w.ph("sc_ask"), ("A", w.arabic), "\n\n[photo]")
    w.add("2", "1", w.who("helper"), w.ph("sc_lead").format(w=_word(w)), ("E", w.english))
    w.item(("A", "E"))


def po_entry(w: Writer) -> None:
    """A gettext .po entry of an Arabic-first app: msgid the Arabic, msgstr the English."""
    w.add("1", None, w.who("poster"), w.ph("pt_intro"), "```po\n", w.ph("pt_ref"), "msgid \"", ("A", w.arabic), "\"\nmsgstr \"",
          ("E", w.english), "\"\n```")
    w.add("2", "1", w.who("helper"), w.ph("pt_reply"))
    w.item(("A", "E"))


def tmx_unit(w: Writer) -> None:
    """A TMX translation unit: the Arabic and the English in <seg> tags."""
    w.add("1", None, w.who("poster"), w.ph("tx_ask"), "<tu>\n  <tuv xml:lang=\"ar\"><seg>", ("A", w.arabic),
          "</seg></tuv>\n  <tuv xml:lang=\"en\"><seg>", ("E", w.english), "</seg></tuv>\n</tu>")
    w.add("2", "1", w.who("helper"), w.ph("tx_reply"))
    w.item(("A", "E"))


def html_title(w: Writer) -> None:
    """Web markup: <span lang="ar" title="English">Arabic</span>, the English in the tooltip."""
    tag = w.ph("ht_tag")
    w.add("1", None, w.who("poster"), w.ph("ht_ask"), f"```html\n<{tag} lang=\"ar\" dir=\"rtl\" title=\"", ("E", w.english),
          "\">", ("A", w.arabic), f"</{tag}>\n```")
    w.add("2", "1", w.who("helper"), w.ph("ht_reply"))
    w.item(("A", "E"))


def automod(w: Writer) -> None:
    """Reddit: AutoModerator's sticky relays the poster's own translation in a '> ' quote, with the bot footer."""
    a = w.who("poster")
    w.add("1", None, a, w.ph("am_post"), ("A", w.arabic))
    w.add("2", "1", "AutoModerator", w.ph("am_lead").format(a=a), ("E", w.english), w.ph("am_foot"))
    w.add("3", "1", w.who("asker"), "Beautiful, thanks for sharing.")
    w.item(("A", "E"))


def community_note(w: Writer) -> None:
    """X: a Community Note under the Arabic post translates it, with a remark and a source line."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", "Community Notes", w.ph("cn_head"), w.ph("cn_lead"), ("E", w.english), w.ph("cn_tail"), w.ph("cn_src"))
    w.item(("A", "E"))


def commons(w: Writer) -> None:
    """Wikimedia Commons: a file description with {{ar|1=...}} and {{en|1=...}}."""
    a = w.who("poster")
    w.add("1", None, a, f"{w.ph('wc_file')}\n\n== {{{{int:filedesc}}}} ==\n{{{{Information\n|description={{{{ar|1=", ("A", w.arabic),
          "}}\n{{en|1=", ("E", w.english), f"}}}}\n|date={w.ph('wc_date')}\n|source={{{{own}}}}\n|author=[[User:{a}|{a}]]\n}}}}")
    w.add("2", "1", w.who("helper"), w.ph("wc_reply"))
    w.item(("A", "E"))


def telehealth(w: Writer) -> None:
    """A telehealth portal: the patient's Arabic message, the nurse's triage note translating it."""
    w.add("1", None, "Patient", w.ph("th_portal"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("th_lead"), ("E", w.english), w.ph("th_tail"))
    w.item(("A", "E"))


def superscript(w: Writer) -> None:
    """Reddit: a reply with the translation in ^(superscript)."""
    w.add("1", None, w.who("poster"), w.ph("su_post"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("su_front"), w.ph("su_open"), ("E", w.english), ")")
    w.item(("A", "E"))


def programme(w: Writer) -> None:
    """A bilingual conference programme: 'AR:' and 'EN:' lines under a session."""
    w.add("1", None, w.who("poster"), w.ph("cp_head"), w.ph("cp_ar"), ("A", w.arabic), w.ph("cp_en"), ("E", w.english),
          w.ph("cp_end"))
    w.add("2", "1", w.who("asker"), w.ph("cp_reply"))
    w.item(("A", "E"))


def matrix_reply(w: Writer) -> None:
    """Matrix: a reply whose fallback quotes the Arabic ('> <@user:server> ...'), then the English."""
    a = w.who("poster")
    server = w.ph("mx_server")
    handle = a.lower().replace(".", "_")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", w.who("helper"), f"> <@{handle}:{server}> {w.arabic}\n\n", w.ph("mx_lead"), ("E", w.english))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_grammar(w: Writer) -> None:
    """A reply explaining one word's grammar at length, no translation."""
    w.add("1", None, w.who("asker"), "Can someone break this down for me?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("gr_lead").format(w=_word(w)), w.ph("gr_body"))
    w.item(("A", None))


def n_dialect(w: Writer) -> None:
    """'Egyptian or Levantine?' and a discussion of dialect."""
    w.add("1", None, w.who("poster"), ("A", w.arabic), f"\n\n{w.ph('dl_ask')}")
    w.add("2", "1", w.who("helper"), w.ph("dl_answer"))
    w.add("3", "2", w.who("asker"), w.ph("dl_more"))
    w.item(("A", None))


def n_lyrics(w: Writer) -> None:
    """A reply quoting English 'lyrics' of a different song."""
    w.add("1", None, w.who("poster"), w.ph("ly_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ly_reply").format(x=w.other))
    w.item(("A", None))


def n_joke(w: Writer) -> None:
    """A joke reply pretending to translate."""
    w.add("1", None, w.who("asker"), w.ph("jk_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("jk_reply"))
    w.add("3", "2", w.who("poster"), w.ph("jk_more"))
    w.item(("A", None))


def n_elsewhere(w: Writer) -> None:
    """Two Arabic lines in the thread; a reply translates the first (higher up), not this one."""
    other_ar, other_en = _elsewhere(w)
    a = w.who("poster")
    w.add("1", None, a, w.ph("el_first"), other_ar)
    w.add("2", "1", a, w.ph("el_second"), ("A", w.arabic))
    w.add("3", "2", w.who("helper"), w.ph("el_tr"), other_en, w.ph("el_tail"))
    w.item(("A", None))


def n_seller(w: Writer) -> None:
    """An Arabic review; the seller answers in English without translating it."""
    w.add("1", None, w.who("poster"), w.ph("sh_stars"), w.ph("sh_head"), ("A", w.arabic))
    w.add("2", "1", "Seller", w.ph("sn_answer"), w.ph("sn_more").format(x=w.other))
    w.item(("A", None))


def n_note_date(w: Writer) -> None:
    """A Community Note about the video's date, quoting another caption."""
    w.add("1", None, w.who("poster"), ("A", w.arabic), "\n\n[video]")
    w.add("2", "1", "Community Notes", w.ph("cn_head"), w.ph("cn_date").format(x=w.other), w.ph("cn_src"))
    w.item(("A", None))


def n_chat_other(w: Writer) -> None:
    """A chat log whose English line after the Arabic is another viewer's own message."""
    t = w.ph("lc_time")
    w.add("1", None, w.who("asker"), w.ph("lc_intro"), f"[{t}:03] {w.ph('lc_viewer')}: ", ("A", w.arabic),
          f"\n[{t}:11] {w.ph('lc_other')}: {w.ph('lo_say').format(x=w.other)}\n[{t}:19] {w.ph('lc_mod')}: {w.ph('lc_huh')}")
    w.item(("A", None))


def n_po_fuzzy(w: Writer) -> None:
    """A .po entry whose '#, fuzzy' msgstr belongs to another string; the reviewer says so."""
    w.add("1", None, w.who("poster"), w.ph("pt_intro"), "```po\n", w.ph("pt_ref"), "#, fuzzy\nmsgid \"", ("A", w.arabic),
          f"\"\nmsgstr \"{w.other}\"\n```")
    w.add("2", "1", w.who("helper"), w.ph("pf_reply"))
    w.item(("A", None))


def n_yt_thanks(w: Writer) -> None:
    """YouTube: the creator's pinned comment thanks the viewer in English and says something else."""
    viewer = "@" + w.who("poster").lower().replace(".", "_")
    creator = w.ph("yt_creator")
    w.add("1", None, creator, f"📌 Pinned by @{creator}\n\n", w.ph("yt_thanks").format(v=viewer, x=w.other), w.ph("yt_meta"))
    w.add("2", None, viewer, ("A", w.arabic))
    w.item(("A", None))


def n_hadith_ref(w: Writer) -> None:
    """A hadith; the reply gives only the reference and grading."""
    w.add("1", None, w.who("asker"), w.ph("hd_ask"), w.ph("hd_isnad"), "«", ("A", w.arabic), "»")
    w.add("2", "1", w.who("helper"), w.ph("hr_ref"), w.ph("hr_more").format(x=w.other))
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "YouTube creator's pinned comment translates a viewer": (yt_pinned, 1, "pos"),
    "Facebook group: for the non-Arabic speakers": (fb_group, 1, "pos"),
    "Discourse [quote=post:3] then English": (discourse_quote, 2, "pos"),
    "Reddit Edit 2: translation": (reddit_edit2, 1, "pos"),
    "Mastodon CW line before translation": (mastodon_cw, 2, "pos"),
    "live chat log, moderator translates": (chat_log, 1, "pos"),
    "shop review, seller translates then answers": (shop_review, 2, "pos"),
    "couplet hemistichs *** or /, line by line": (couplet, 2, "pos"),
    "[...] skipped rest (partial)": (skipped, 2, "pos"),
    "hadith, chain of narrators left out": (hadith, 1, "pos"),
    "forum signature block under translation": (signature, 1, "pos"),
    "dubbing script character cue": (dubbing, 1, "pos"),
    "[sic] before translation": (sic, 1, "pos"),
    "gettext .po msgid/msgstr": (po_entry, 1, "pos"),
    "TMX <seg> unit": (tmx_unit, 2, "pos"),
    "HTML title attribute tooltip": (html_title, 1, "pos"),
    "AutoModerator relays OP's translation": (automod, 1, "pos"),
    "X Community Note translates the post": (community_note, 2, "pos"),
    "Wikimedia Commons {{ar}} {{en}}": (commons, 1, "pos"),
    "telehealth nurse triage note": (telehealth, 2, "pos"),
    "Reddit ^(superscript) translation": (superscript, 1, "pos"),
    "conference programme AR:/EN:": (programme, 1, "pos"),
    "Matrix reply fallback quote": (matrix_reply, 1, "pos"),
    "neg: one word's grammar at length": (n_grammar, 1, "neg"),
    "neg: Egyptian or Levantine?": (n_dialect, 1, "neg"),
    "neg: English lyrics of another song": (n_lyrics, 1, "neg"),
    "neg: joke pretend translation": (n_joke, 1, "neg"),
    "neg: reply translates the passage higher up": (n_elsewhere, 1, "neg"),
    "neg: seller answers without translating": (n_seller, 1, "neg"),
    "neg: Community Note about the date": (n_note_date, 1, "neg"),
    "neg: chat log, another viewer's English": (n_chat_other, 1, "neg"),
    "neg: .po fuzzy msgstr of another string": (n_po_fuzzy, 1, "neg"),
    "neg: pinned thanks, no translation": (n_yt_thanks, 1, "neg"),
    "neg: hadith reference and grading only": (n_hadith_ref, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, nothing around it."""
    return bool(gold) and _blind.same_flat(gold, want)


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
