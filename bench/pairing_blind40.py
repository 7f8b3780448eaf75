"""Round 40 of pairing's development set, written blind: real (Arabic, English) pairs set in thread
shapes of this round's own, about two thirds with a commenter's translation (the gold span is the
translation only: a Reddit spoiler's ">!" and "!<" and the content note above it, a Quora answer's long
personal introduction, a GitHub issue's image markup and bug report around the quoted English, a YouTube
reply's "2:13" timestamp, a forum reply's "1)" "2)" numbers, curly quotes and the writer's name under
them, Indian and British English pleasantries, the "Casual:" line of a two-register answer, a Telegram
channel's flag line and footer, a "Rough translation (not native):" label, a Discord "-# " subtext
marker, a Substack comment's rows, a Wattpad author's mention and aside, an Arabic.SE answer's "**" and
its notes, a course forum's vote row, a condolence reply's thanks, a product label's transcription and
small print remark, a markdown footnote's "[^1]:" marker, a Strava reply's kudos, a board game forum's
rules remark, a Postcrossing reply's compliments, and a Bluesky image description's "ALT:" lead) and
one third with English that looks like a translation and is not.

Settings of this round (new topics): a Reddit comment whose translation sits in a ">!spoiler!<" under a
content note, a Quora answer that translates after a long personal introduction, a GitHub issue whose
Arabic sits in an image's alt text ![...](url) and whose body quotes the English, a YouTube reply that
timestamps "2:13" before translating the viewer's lyric comment, a forum reply numbering each
sentence "1)" "2)" (one item per sentence), a quotation in «» signed with an Arabic writer's name
translated in curly quotes with the name in Latin letters, a translation wrapped in Indian English
("Kindly find below", "do the needful") or British English ("had a bash", "cheers") idioms, a
translation in two registers "Formal:" / "Casual:", a Telegram channel post in two languages separated
by an emoji flag line, a Reddit comment "Rough translation (not native):", a Discord reply translating
in "-# " subtext, a Substack author translating a reader's comment, a Wattpad inline comment on a
chapter's Arabic dialogue answered by the author, an Arabic.SE answer with the translation in **bold**,
a Coursera-style course forum where a learner posts the translation of the mentor's exercise, a
condolence thread where a family member translates a relative's message, a product label photo
transcribed then translated in the same reply (the transcription is the passage), a translation with
bracketed insertions ("[is]", "[the]") for words Arabic leaves unsaid, a markdown footnote "[^1]:"
holding the translation, a Strava activity's Arabic comment translated by the athlete, a BoardGameGeek
thread translating an Arabic edition's card text, a Postcrossing forum post of a card from Jordan, and a
Bluesky post whose image description carries the English; negatives on a reply translating one word
only, a reply giving the English of the neighbouring top-level comment's different Arabic, a reply
summarising the whole video, an English reply arguing with the Arabic's claim, a bot's language
detection notice, a reply writing the Arabic in Arabizi (romanization, no translation), a reply
quoting another line by the same writer in English, a Substack author's thanks without translating, a
Wattpad author's "no spoilers" tease, a course forum learner's question about the exercise with the
mentor's unrelated example, and a product label reply giving buying advice.

Decided: in the two-register answer the gold is the "Formal:" line (the data's own English, given
first); the "Casual:" line is the same English made casual by rule (contractions, lower case, no full
stop), the commenter's second rendering, and no part of the span. Bracketed insertions stay in the span
("the house [is] big" is the translation as written); the check takes the text with the brackets taken
out. The product label's Arabic is first posted in the reply that transcribes and translates it, so the
item is that transcription (the opening post is a photo). The Arabic.SE question's "> " blockquote is
the first posting of the Arabic, not a quoted copy, so the item is the Arabic inside it. A reply that
gives one word's English translates no passage: a negative. Arabizi is the same Arabic in Latin letters,
not a translation: a negative. Not used: a formal/casual pair where the casual line would be written by
hand for each sentence (the data give one English) and a Pinterest pin (too near round 36's museum
caption).

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind40.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)

SEED = 40613
DEFAULT_OUT = Path("/tmp/r40/pairing-devset-round40.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    "poster": ("Yasmin_D", "Barnaby", "Karim.H", "Philippa", "Lubna_S", "Ignatius", "Marwan.A", "Rosalind", "Dalia_F",
               "Horatio", "Nabil.Q", "Genevieve"),
    "helper": ("Suhair.M", "Wael_N", "Rasha.K", "Ghassan_T", "Mona.E", "Adel_R", "Lina.J", "Sherif"),
    "asker": ("Felicity", "Ambrose", "Delphine", "Cornelius", "Rosamund", "Peregrine", "Esme", "Thaddeus"),
    # Reddit >!spoiler!< with a content note
    "sp_post": ("My late grandmother's last voice note, I typed it out:\n\n", "Text my father sent from the hospital:\n\n",
                "Found this written on the back of my uncle's photo from the war:\n\n", "Last message in my friend's notebook:\n\n"),
    "sp_note": ("CN: death of a parent\n\n", "Content note: grief, loss\n\n", "TW: hospital, illness\n\n",
                "CN: war, displacement\n\n"),
    "sp_lead": ("Translation spoilered because it's heavy: ", "Putting it behind a spoiler tag: ", "", "Here, tagged: "),
    # Quora long introduction
    "qu_intro": ("I grew up in Zarqa and moved to Leeds when I was twelve, so Arabic is the language of my childhood and "
                 "English the language of my working life. For about eight years I volunteered as an interpreter at a "
                 "refugee legal clinic, mostly for families filling in asylum forms, and I still get asked to check letters "
                 "for neighbours. I mention all this only so you know where my reading comes from. ",
                 "Some background first. My mother is from Tripoli in Lebanon and my father from Nablus, and we spoke a "
                 "mixture of both dialects at home while I went to an English-language school in Dubai. These days I teach "
                 "secondary school history in Ontario, and the odd translation for friends is the only Arabic I use at "
                 "work. So please read this as a native speaker's answer, not a professional's. ",
                 "I studied Arabic for four years at university, then spent two years in Cairo working for a small "
                 "publisher, where I read manuscripts all day and argued with editors about commas. After that I came home "
                 "and left the language alone for a decade, so I am rusty, but sentences like this one are still easy. ",
                 "Quick introduction: I was born in Baghdad, raised partly in Amman and partly in Stockholm, and I now work as "
                 "a nurse in Glasgow. Arabic is what I speak with my parents and my patients' families; I am no linguist, "
                 "but I translate something like this most weeks on the ward. "),
    "qu_lead": ("Anyway, to your question. The sentence means:\n\n", "Now, the sentence itself. In English it says:\n\n",
                "With that said, here is what it means:\n\n", "On to the sentence. It translates as:\n\n"),
    "qu_tail": ("\n\nI hope this helps, and good luck with your studies.", "\n\nFeel free to comment if anything is unclear.",
                "\n\nThanks for the A2A.", "\n\nHappy to answer follow-ups in the comments."),
    # GitHub image alt text
    "gh_app": ("Export dialog shows Arabic text I can't read", "Crash message in Arabic after update 3.2.1",
               "Arabic popup on the settings screen", "Unknown Arabic warning when syncing"),
    "gh_ctx": ("With my phone set to Arabic, this dialog pops up when I tap Export. My colleague read it for me: \"",
               "After the update the app shows this and closes. A friend translated it as \"",
               "Switching the locale to ar-SA brings this up. Roughly, it says \"",
               "This appears every time I sync. According to my Arabic-speaking teammate it means \""),
    "gh_rest": ("\"\n\n### Steps to reproduce\n1. Set the device language to Arabic\n2. Open a project\n3. Tap Export",
                "\"\n\n**Version:** 3.2.1 (build 877)\n**Device:** Pixel 7, Android 14",
                "\"\n\n### Expected behaviour\nNo popup, or at least a localized one that matches the action.",
                "\"\n\n<details><summary>Logs</summary>\n\nnothing useful, the app just stops\n</details>"),
    # YouTube "2:13" reply
    "yt_stamp": ("2:13", "4:07", "1:45", "3:32"),
    "yt_feel": (" 😭😭", " 🤍", " 🔥🔥🔥", " 💔"),
    "yt_lead": (" for the non-Arabic speakers: ", " translated, because this line deserves it: ", " in English it goes: ",
                " → "),
    "yt_tail": ("", " (chills every time)", "", " — still gives me goosebumps"),
    # numbered sentences
    "nm_ask": ("Notice from the building management, can someone translate both lines?\n\n",
               "Two lines from a letter my neighbour got, help please:\n\n",
               "My son's school sent this, what does it say?\n\n", "Sign at the community centre:\n\n"),
    "nm_lead": ("Sentence by sentence:\n", "Here you go, numbered:\n", "", "Line by line:\n"),
    # curly quotes with the writer's name
    "wr_name": ("نزار قباني|Nizar Qabbani", "محمود درويش|Mahmoud Darwish", "جبران خليل جبران|Khalil Gibran",
                "نجيب محفوظ|Naguib Mahfouz", "غسان كنفاني|Ghassan Kanafani", "طه حسين|Taha Hussein"),
    "wr_post": ("Quote of the day ✨\n\n", "Saw this on a café wall in Beirut:\n\n", "My favourite line, from a book I'm reading:\n\n",
                "Written on a bookmark my sister gave me:\n\n"),
    "wr_tail": ("\n\n(my translation, the original is far more beautiful)", "", "\n\n(translation mine)", ""),
    # Indian / British English
    "ib_lead": ("Dear {a}, kindly find below the translation of the above:\n\n", "Right, had a bash at this one:\n\n",
                "Hi {a}, PFB the translation as requested:\n\n", "Had a go, for what it's worth:\n\n"),
    "ib_tail": ("\n\nHope this clears your doubt. Do the needful and revert if any query.",
                "\n\nNot too far off the mark, I reckon. Cheers!",
                "\n\nDo let me know if any further clarification is required. Thanks and regards.",
                "\n\nHope that's not a load of rubbish, mate."),
    # two registers
    "rg_lead": ("Depends how you want it to sound:\n\n", "Two versions, pick whichever fits:\n\n",
                "It can go either way:\n\n", "Register matters here:\n\n"),
    # Telegram flag line
    "tg_flags": ("\n\n🇬🇧🇬🇧🇬🇧\n\n", "\n\n🇺🇸 English 🇺🇸\n\n", "\n\n〰️🇬🇧〰️🇬🇧〰️\n\n", "\n\n🇬🇧 ENGLISH 🇬🇧\n\n"),
    "tg_top": ("🇸🇦\n", "", "🇵🇸 عربي\n", ""),
    "tg_foot": ("\n\n📢 @CityNewsBilingual\n👁 12.4K  edited 14:02", "\n\n➡️ Join: t.me/amman_updates\n👁 3,981",
                "\n\n🔔 @GulfDaily_ArEn\n👁 27K  09:15", "\n\nSubscribe 👉 @levant_bulletin\n👁 8.1K"),
    # Rough translation (not native)
    "rn_lead": ("Rough translation (not native):\n\n", "Rough translation (not native!):\n\n",
                "Rough translation (not native), bear with me:\n\n", "Rough translation, not native:\n\n"),
    "rn_tail": ("\n\nSomeone fluent can probably do better.", "\n\nHappy to be corrected by a native speaker.",
                "\n\nTake it with a grain of salt.", ""),
    # Discord -# subtext
    "ds_react": ("aww this is so sweet 😭", "LMAO", "wait this is actually beautiful", "real"),
    "ds_lead": ("\n-# translation for the chat: ", "\n-# tl: ", "\n-# for the non-arabic speakers: ", "\n-# ", ),
    # Substack
    "ss_essay": ("Reading this from Amman. ", "", "Your essay reached my grandmother's village. ", ""),
    "ss_rows": ("\n\nLike (14) · Reply · Share", "\n\n❤️ 9 · Reply", "\n\nLike (3) · Reply · Share", "\n\n❤️ 27 · Reply"),
    "ss_lead": ("Translating {a}'s lovely note for other readers: ", "For everyone else, {a} wrote: ",
                "{a}, thank you. For readers who don't read Arabic, this says: ", "Sharing {a}'s words in English: "),
    "ss_tail": (" 🙏", "", " I'm so moved.", ""),
    # Wattpad
    "wp_before": ("Teta pressed the key into my palm and closed my fingers around it.\n\n",
                  "The taxi driver glanced at me in the mirror and said something, slow and kind.\n\n",
                  "Mama didn't look up from the stove when she answered.\n\n",
                  "The old man at the border post read my passport twice before he spoke.\n\n"),
    "wp_after": ("\n\nI didn't understand a word, but I nodded.", "\n\nI nodded like I understood.",
                 "\n\nThen she turned away, and that was that.", "\n\nI wanted to ask what it meant, but the door closed."),
    "wp_ask": ("WAIT what did she say 😭😭", "translation??? I need to know", "what does this mean author-nim 🥺",
               "someone translate I'm begging"),
    "wp_lead": ("@{r} “", "@{r} she says “", "@{r} it means “", "@{r} “"),
    "wp_tail": ("” 🥺 it comes back in chapter 9!!", "” 💕", "” (remember this line 👀)", "” 😭"),
    # Arabic.SE bold
    "se_q": ("I came across this sentence in my textbook and I understand each word but not the whole:\n\n> ",
             "How would you translate this? It's from a short story we read in class:\n\n> ",
             "Is my reading of this sentence right? Here it is:\n\n> ", "What's a natural English rendering of this?\n\n> "),
    "se_notes": ("\n\nA couple of notes: the verb agrees with the subject that follows it, which is normal in verbal "
                 "sentences, and the preposition here is governed by the verb rather than adding a separate meaning.",
                 "\n\nThe word order is freer in Arabic than in English, so I moved the adverbial to the end. Nothing is "
                 "lost; it is just how English prefers to arrange things.",
                 "\n\nNote that the tense is inferred from context: the form itself is ambiguous between a habit and a "
                 "single event, and the surrounding story makes the reading above more likely.",
                 "\n\nI've kept it close to the original. A freer version is possible, but for study purposes I think the "
                 "literal shape is more useful."),
    # course forum
    "cf_head": ("Week 3 › Discussion Prompts › Translate the dialogue\n\n", "Module 2 · Practice: sentence translation\n\n",
                "Unit 5 › Peer practice › Short texts\n\n", "Lesson 7 discussion · Reading practice\n\n"),
    "cf_task": ("Translate this into English and post your answer below:\n\n", "Your turn! Render this in English:\n\n",
                "Please post your own translation, then comment on two classmates' answers:\n\n",
                "Translate the following. No dictionaries for the first try!\n\n"),
    "cf_lead": ("My attempt:\n\n", "Here's mine: ", "My translation:\n\n", "I got: "),
    "cf_row": ("\n\n↑ 4 · Reply · Report", "\n\n👍 2 · Reply", "\n\n↑ 7 · Reply · Report", "\n\n👍 1 · Reply"),
    "cf_staff": ("Spot on 👏", "Very good, well done.", "Excellent, that's exactly it.", "Great work!"),
    # condolence
    "cd_post": ("Our father passed away peacefully last night. Thank you all for your messages and prayers.",
                "Mum left us this morning, surrounded by family. We are grateful for every kind word.",
                "Our grandmother died on Sunday at 91. The funeral will be on Thursday.",
                "Dad is gone. Thank you for loving him with us."),
    "cd_lead": ("Translating Uncle Hassan's message for the family abroad: ", "For the in-laws who don't read Arabic, Auntie wrote: ",
                "Khalo's message, in English for everyone: ", "What Amto Salwa wrote, for those who asked: "),
    "cd_tail": (" 🤍 Thank you, Uncle.", "", " Thank you for being here.", " 🕊️"),
    # product label transcribed
    "lb_post": ("[photo: jar with a green label]\n\nBought this at the Arab grocery, what's on the label?",
                "[image] What does the label on this bottle say? No English anywhere.",
                "[photo of a tin]\n\nGift from a friend's mum, can someone read the label?",
                "[pic] Label on a spice packet, help!"),
    "lb_open": ("Label says:\n\n", "Transcribing the label first:\n\n", "The big text reads:\n\n", "Typed out, it's:\n\n"),
    "lb_mid": ("\n\nIn English: ", "\n\nWhich means: ", "\n\nTranslation: ", "\n\nMeaning: "),
    "lb_tail": ("\n\n(the small print is just the address)", "\n\nThe rest is the ingredients list.",
                "\n\n(can't read the bottom line, it's blurry)", ""),
    # bracketed insertions
    "bk_lead": ("Literal-ish, with the words Arabic leaves unsaid in brackets:\n\n", "With implied words bracketed:\n\n",
                "Bracketing what's not in the Arabic:\n\n", "Close to the original, inserted words in []:\n\n"),
    "bk_ask": ("Could I get a close translation of this? I want to see how the grammar works.\n\n",
               "Learner here, literal translation please:\n\n",
               "Can someone translate this as closely as possible?\n\n", "Word order and all, if possible:\n\n"),
    # markdown footnote
    "fn_post": ("Found this in my grandfather's notebook:\n\n", "Opening line of a speech I'm studying:\n\n",
                "A line I keep coming back to:\n\n", "From a letter my mother kept:\n\n"),
    "fn_mark": ("[^1]", "[^tr]", "[^1]", "[^en]"),
    "fn_reply": ("Thanks for footnoting the translation!", "Love that you included the English.",
                 "The footnote is a nice touch.", "Saved, thank you."),
    # Strava
    "sv_act": ("Morning Run · 10.4 km · 52:10\nLegs felt great today.", "Long ride 🚴 · 84.2 km · 3:11:40\nHeadwind all the way home.",
               "Parkrun PB! · 5.0 km · 23:48", "Evening Swim · 2,000 m · 41:05\nSlow but steady."),
    "sv_lead": ("Haha {m} says: ", "For the club: {m} wrote ", "{m} says: ", "Translating {m} for everyone: "),
    "sv_tail": (" 😂 Kudos back!", " 🙌", " — thanks, coach!", " 💪"),
    # BoardGameGeek
    "bg_game": ("Caravan Kings", "Oasis Traders", "Souk Masters", "Desert Lanterns"),
    "bg_post": ("Picked up the Arabic edition of {g}. Card #{n} reads:\n\n", "{g}, Arabic edition. Does card #{n} match the English one?\n\n",
                "Rules question, {g} (Arabic printing), card #{n}:\n\n", "{g} Arabic edition, card #{n} text:\n\n"),
    "bg_lead": ("Translated it for you: ", "Card text in English: ", "It says: ", "My reading of it: "),
    "bg_tail": ("\n\nSo yes, same effect as the English version.", "\n\nMatches the English card as far as I can tell.",
                "\n\nNo errata needed.", "\n\nIdentical to the English rules."),
    # Postcrossing
    "pc_post": ("Got my first card from Jordan today! ID JO-{n}. The sender wrote:\n\n",
                "Received JO-{n} from Amman 📬 Message on the back:\n\n",
                "Lovely card from Egypt, EG-{n}. Handwritten message:\n\n", "EG-{n} arrived! Can anyone read this?\n\n"),
    "pc_lead": ("What a lovely card! The message reads: ", "Beautiful stamp too. It says: ",
                "Such a kind sender. In English: ", "Lucky you! The back says: "),
    # Bluesky image description
    "bs_post": ("Sign at my local bakery 🥖\n\n", "", "Taped to the door of the corner shop this morning:\n\n", ""),
    "bs_alt": ("\n\n[image]\nALT: Handwritten sign taped to a shop window. In English: ",
               "\n\n🖼️ ALT: Photo of a paper sign on a glass door. It reads: ",
               "\n\n[image]\nALT: A note in marker pen on cardboard. Translation: ",
               "\n\n🖼️ ALT: Printed notice on a wall. The text says: "),
    "bs_reply": ("Thank you for the alt text 🙏", "Great alt text.", "Love a translated alt text.", "This is how alt text should be."),
    # --- negatives ---
    "ow_ask": ("What does this mean?\n\n", "Can anyone translate?\n\n", "Help with this one please:\n\n", "Meaning?\n\n"),
    "ow_reply": ("Only know one word: «{a}» is \"{e}\". Sorry, the rest is beyond me.",
                 "«{a}» = \"{e}\", that's all I've got lol",
                 "I can only pick out «{a}», I think that's \"{e}\". Someone else will have to do the rest.",
                 "Not sure about the whole thing, but «{a}» means \"{e}\"."),
    "nb_reply": ("{u}'s comment just above means: \"{x}\" — no idea about yours, sorry.",
                 "Wrong thread maybe? {u} wrote: \"{x}\"",
                 "Translating {u}'s comment since nobody did: \"{x}\"",
                 "@{u} yours says \"{x}\", can't help with this one."),
    "vs_reply": ("Summary of the video for those who skipped it: {x} {y}", "TL;DW: {x} {y}",
                 "For anyone who doesn't want to watch 20 minutes: {x} {y}", "Quick recap of the video: {x} {y}"),
    "ag_reply": ("This is just wrong. {x} Please check your sources before posting.",
                 "Not true at all, and I lived there for ten years. {x}",
                 "I don't buy this. {x} Source?", "That's a myth. {x}"),
    "bt_reply": ("🌐 Detected language: Arabic (confidence 0.97). Auto-translation is off in this server. React with 🇬🇧 to request one.",
                 "🤖 Language detected: ar (98%). This channel is English-only; please use #arabic-chat.",
                 "ℹ️ LangBot: message language identified as Arabic. Translation quota reached for today.",
                 "[LanguageDetector] ar · 0.99 · no action taken"),
    "az_reply": ("For those who can't read the script: {z}", "In Latin letters: {z}", "Romanized: {z}",
                 "Arabizi version for my cousins: {z}"),
    "oq_reply": ("Beautiful. My favourite line of {n}'s in English is “{x}”", "{n} also wrote “{x}”, which I love even more.",
                 "Reminds me of another {n} line: “{x}”", "Not this one, but the English edition of {n} I own opens with “{x}”"),
    "sn_reply": ("{a}, shukran! I'm so glad the essay reached you. {x}", "Thank you, {a} 🙏 {x}",
                 "{a}, this means a lot. {x}", "So happy to see readers from the region, {a}! {x}"),
    "wt_reply": ("@{r} no spoilers 🤐 you'll find out in chapter 14", "@{r} hehe it's a secret for now 👀",
                 "@{r} all will be revealed!! 😌", "@{r} patience, my love, patience 😂"),
    "cq_reply": ("Is the second word plural here? I'm confused by the ending.", "Do we translate the names or keep them?",
                 "How literal should our answer be?", "Is this formal Arabic or dialect?"),
    "cq_staff": ("Good question. Compare this example from last week: \"{x}\"", "Keep it natural. Last week's model answer was: \"{x}\"",
                 "Think of it like this sentence from the reading: \"{x}\"", "As in the lesson's example: \"{x}\""),
    "la_reply": ("That's a well-known brand, very popular. {x}", "Oh I buy these all the time! {x}",
                 "Good pick. {x}", "My mum swears by this one. {x}"),
}


class Writer(_blind.Writer):

    banks = BANKS


Shape = Callable[[Writer], None]


_ARABIC_PUNCT = ".,;:!?؟،؛«»\"'()"


def _longest(text: str) -> str:
    words = [t.strip(_ARABIC_PUNCT) for t in text.split()]
    return max(words, key=len) or text.split()[0]


_CONTRACT = (("I am ", "I'm "), ("do not ", "don't "), ("does not ", "doesn't "), ("did not ", "didn't "),
             ("is not ", "isn't "), ("are not ", "aren't "), ("cannot ", "can't "), ("will not ", "won't "),
             ("It is ", "It's "), ("it is ", "it's "), ("You are ", "You're "), ("We are ", "We're "), ("They are ", "They're "),
             ("have not ", "haven't "), ("That is ", "That's "), ("that is ", "that's "))


def casual(english: str) -> str:
    """The English made casual by rule: contractions, lower case at the start, no final full stop."""
    text = english
    for long, short in _CONTRACT:
        text = text.replace(long, short)
    text = text.rstrip(".")
    return text[:1].lower() + text[1:] if text[:2] != "I " and text[:2] != "I'" else text


def bracketed(english: str) -> str:
    """The English with the words Arabic leaves unsaid in brackets: every copula 'is'/'are'/'am', else the
    first 'the', else the first 'a'/'an' (unchanged when it has none)."""
    text, count = re.subn(r"\b(is|are|am)\b", r"[\1]", english)
    if count:
        return text
    for word in ("the", "a", "an"):
        text, count = re.subn(rf"\b({word})\b", r"[\1]", english, count=1)
        if count:
            return text
    return english


def unbracketed(text: str) -> str:
    """A bracketed translation without its brackets (:func:`bracketed` undone)."""
    return re.sub(r"\[(\w+)\]", r"\1", text)


_ARABIZI = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "a", "b", "t", "th", "j", "7", "5", "d", "th", "r", "z", "s", "sh", "9", "d", "6", "z", "3", "gh", "f", "q", "k",
    "l", "m", "n", "h", "w", "y", "a", "a", "2", "a", "e", "a", "o", "e"]))


def arabizi(arabic: str) -> str:
    """The Arabic in Latin letters and digits, letter by letter (short vowels dropped, as people often write it);
    the harakat and tatweel left out, other characters kept."""
    out = []
    for ch in arabic:
        if "\u064b" <= ch <= "\u0652" or ch == "\u0640":
            continue
        out.append(_ARABIZI.get(ch, {"،": ",", "؟": "?", "؛": ";"}.get(ch, ch)))
    return "".join(out)


# --- positives -----------------------------------------------------------------------------------


def reddit_spoiler(w: Writer) -> None:
    """Reddit: a reply whose translation sits in '>!spoiler!<' under a content note."""
    w.add("1", None, w.who("poster"), w.ph("sp_post"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("sp_note"), w.ph("sp_lead"), ">!", ("E", w.english), "!<")
    w.item(("A", "E"))


def quora_intro(w: Writer) -> None:
    """Quora: an answer that translates after a long personal introduction."""
    w.add("1", None, w.who("asker"), "What does this Arabic sentence mean in English? \"", ("A", w.arabic), "\"")
    w.add("2", "1", w.who("helper"), w.ph("qu_intro"), w.ph("qu_lead"), ("E", w.english), w.ph("qu_tail"))
    w.item(("A", "E"))


def github_alt(w: Writer) -> None:
    """A GitHub issue: the Arabic in an image's alt text, the English quoted in the body."""
    asset = "%08x-%04x-%04x" % (w.p.rng.getrandbits(32), w.p.rng.getrandbits(16), w.p.rng.getrandbits(16))
    w.add("1", None, w.who("poster"), f"**{w.ph('gh_app')}**\n\n### Describe the bug\n\n![", ("A", w.arabic),
          f"](https://github.com/user-attachments/assets/{asset})\n\n", w.ph("gh_ctx"), ("E", w.english), w.ph("gh_rest"))
    w.add("2", "1", w.who("helper"), "Thanks for the report, can you attach the log file?")
    w.item(("A", "E"))


def youtube_stamp(w: Writer) -> None:
    """YouTube: a viewer's lyric line under a timestamp; a reply with the same timestamp translates it."""
    stamp = w.ph("yt_stamp")
    w.add("1", None, "@" + w.who("poster").lower().replace(".", ""), f"{stamp} ", ("A", w.arabic), w.ph("yt_feel"))
    w.add("2", "1", "@" + w.who("helper").lower().replace(".", ""), stamp, w.ph("yt_lead"), ("E", w.english), w.ph("yt_tail"))
    w.item(("A", "E"))


def numbered(w: Writer) -> None:
    """A forum reply numbering each sentence '1)' '2)' (one item per sentence)."""
    a1, a2, e1, e2 = w.two()
    w.add("1", None, w.who("asker"), w.ph("nm_ask"), ("A1", a1), " ", ("A2", a2))
    w.add("2", "1", w.who("helper"), w.ph("nm_lead"), "1) ", ("E1", e1), "\n2) ", ("E2", e2))
    w.item(("A1", "E1"), ("A2", "E2"))


def writer_quote(w: Writer) -> None:
    """A quotation in «» signed with an Arabic writer's name; the reply in curly quotes with the name in Latin letters."""
    arabic_name, latin_name = w.ph("wr_name").split("|")
    w.add("1", None, w.who("poster"), w.ph("wr_post"), "«", ("A", w.arabic), f"»\n— {arabic_name}")
    w.add("2", "1", w.who("helper"), "“", ("E", w.english), f"”\n— {latin_name}", w.ph("wr_tail"))
    w.item(("A", "E"))


def indian_british(w: Writer) -> None:
    """A translation wrapped in Indian or British English pleasantries."""
    a = w.who("asker")
    w.add("1", None, a, "Please translate:\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("ib_lead").format(a=a), ("E", w.english), w.ph("ib_tail"))
    w.item(("A", "E"))


def registers(w: Writer) -> None:
    """A translation in two registers, 'Formal:' then 'Casual:' (the gold: the formal line, the data's English)."""
    w.add("1", None, w.who("asker"), "How would you say this in English?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("rg_lead"), "Formal: ", ("E", w.english), "\nCasual: ", casual(w.english))
    w.item(("A", "E"))


def telegram_flags(w: Writer) -> None:
    """A Telegram channel post in two languages separated by an emoji flag line."""
    w.add("1", None, w.who("poster"), w.ph("tg_top"), ("A", w.arabic), w.ph("tg_flags"), ("E", w.english), w.ph("tg_foot"))
    w.item(("A", "E"))


def rough_not_native(w: Writer) -> None:
    """Reddit: 'Rough translation (not native):' then the English."""
    w.add("1", None, w.who("poster"), "Can someone tell me what this says?\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("rn_lead"), ("E", w.english), w.ph("rn_tail"))
    w.item(("A", "E"))


def discord_subtext(w: Writer) -> None:
    """Discord: a reply reacting, then the translation in '-# ' subtext."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("ds_react"), w.ph("ds_lead"), ("E", w.english))
    w.item(("A", "E"))


def substack(w: Writer) -> None:
    """Substack: a reader's Arabic comment; the author translates it for other readers."""
    a = w.who("poster")
    w.add("1", None, a, w.ph("ss_essay"), ("A", w.arabic), w.ph("ss_rows"))
    w.add("2", "1", f"{w.who('helper')} (Author)", w.ph("ss_lead").format(a=a), ("E", w.english), w.ph("ss_tail"),
          w.ph("ss_rows"))
    w.item(("A", "E"))


def wattpad(w: Writer) -> None:
    """Wattpad: an inline comment on a chapter's Arabic dialogue, the author's reply translates it."""
    author, reader = w.who("poster"), w.who("asker")
    w.add("1", None, author, w.ph("wp_before"), "“", ("A", w.arabic), "”", w.ph("wp_after"))
    w.add("2", "1", reader, w.ph("wp_ask"))
    w.add("3", "2", author, w.ph("wp_lead").format(r=reader), ("E", w.english), w.ph("wp_tail"))
    w.item(("A", "E"))


def arabic_se(w: Writer) -> None:
    """Arabic.SE: an answer with the translation in **bold** and notes under it."""
    w.add("1", None, w.who("asker"), w.ph("se_q"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), "**", ("E", w.english), "**", w.ph("se_notes"))
    w.item(("A", "E"))


def course_forum(w: Writer) -> None:
    """A course forum: the mentor's exercise, a learner's translation with a vote row, the mentor's praise."""
    w.add("1", None, "Course Staff", w.ph("cf_head"), w.ph("cf_task"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("cf_lead"), ("E", w.english), w.ph("cf_row"))
    w.add("3", "2", "Course Staff", w.ph("cf_staff"))
    w.item(("A", "E"))


def condolence(w: Writer) -> None:
    """A condolence thread: a relative's Arabic message translated by a family member."""
    family = w.who("poster")
    w.add("1", None, family, w.ph("cd_post"))
    w.add("2", "1", w.who("helper"), ("A", w.arabic))
    w.add("3", "2", family, w.ph("cd_lead"), ("E", w.english), w.ph("cd_tail"))
    w.item(("A", "E"))


def label(w: Writer) -> None:
    """A product label photo: a reply transcribes the Arabic, then translates it (the transcription is the passage)."""
    w.add("1", None, w.who("asker"), w.ph("lb_post"))
    w.add("2", "1", w.who("helper"), w.ph("lb_open"), ("A", w.arabic), w.ph("lb_mid"), ("E", w.english), w.ph("lb_tail"))
    w.item(("A", "E"))


def brackets(w: Writer) -> None:
    """A close translation with the words Arabic leaves unsaid in brackets ('[is]', '[the]')."""
    w.add("1", None, w.who("asker"), w.ph("bk_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("bk_lead"), ("E", bracketed(w.english)))
    w.item(("A", "E"))


def footnote(w: Writer) -> None:
    """Markdown: the Arabic with a footnote mark, the English in the '[^1]:' footnote."""
    mark = w.ph("fn_mark")
    w.add("1", None, w.who("poster"), w.ph("fn_post"), ("A", w.arabic), f"{mark}\n\n{mark}: ", ("E", w.english))
    w.add("2", "1", w.who("asker"), w.ph("fn_reply"))
    w.item(("A", "E"))


def strava(w: Writer) -> None:
    """Strava: a club member's Arabic comment on an activity, translated by the athlete."""
    athlete, member = w.who("asker"), w.who("helper")
    w.add("1", None, athlete, w.ph("sv_act"))
    w.add("2", "1", member, ("A", w.arabic))
    w.add("3", "2", athlete, w.ph("sv_lead").format(m=member), ("E", w.english), w.ph("sv_tail"))
    w.item(("A", "E"))


def boardgame(w: Writer) -> None:
    """BoardGameGeek: an Arabic edition's card text translated, with a rules remark."""
    n = 10 + w.p.rng.randrange(90)
    w.add("1", None, w.who("asker"), w.ph("bg_post").format(g=w.ph("bg_game"), n=n), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("bg_lead"), ("E", w.english), w.ph("bg_tail"))
    w.item(("A", "E"))


def postcrossing(w: Writer) -> None:
    """Postcrossing forum: a card's handwritten Arabic message, translated by another member."""
    n = 100000 + w.p.rng.randrange(900000)
    w.add("1", None, w.who("asker"), w.ph("pc_post").format(n=n), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("pc_lead"), ("E", w.english))
    w.item(("A", "E"))


def bluesky_alt(w: Writer) -> None:
    """Bluesky: the Arabic typed in the post, the English in the image description ('ALT:')."""
    w.add("1", None, w.who("poster"), w.ph("bs_post"), ("A", w.arabic), w.ph("bs_alt"), ("E", w.english))
    w.add("2", "1", w.who("asker"), w.ph("bs_reply"))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_one_word(w: Writer) -> None:
    """A reply giving the English of one word only."""
    w.add("1", None, w.who("asker"), w.ph("ow_ask"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("ow_reply").format(a=_longest(w.arabic), e=_longest(w.english).lower()))
    w.item(("A", None))


def n_neighbour(w: Writer) -> None:
    """Two top-level Arabic comments; a reply under the second gives the English of the first (the neighbour's)."""
    other_ar, other_en = w.neighbour()
    first = w.who("poster")
    w.add("1", None, first, other_ar)
    w.add("2", None, w.who("poster", first), ("A", w.arabic))
    w.add("3", "2", w.who("helper"), w.ph("nb_reply").format(u=first, x=other_en))
    w.item(("A", None))


def n_video_summary(w: Writer) -> None:
    """YouTube: an Arabic comment; a reply summarises the whole video."""
    w.add("1", None, "@" + w.who("poster").lower().replace(".", ""), ("A", w.arabic))
    w.add("2", "1", "@" + w.who("asker").lower(), w.ph("vs_reply").format(x=w.other, y=w.unrelated))
    w.item(("A", None))


def n_argue(w: Writer) -> None:
    """An English reply arguing with the Arabic's claim."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("ag_reply").format(x=w.other))
    w.item(("A", None))


def n_detect_bot(w: Writer) -> None:
    """A bot's language detection notice under the Arabic."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", "LangBot", w.ph("bt_reply"))
    w.item(("A", None))


def n_arabizi(w: Writer) -> None:
    """A reply writing the Arabic in Arabizi (romanization, no translation)."""
    w.add("1", None, w.who("poster"), ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("az_reply").format(z=arabizi(w.arabic)))
    w.item(("A", None))


def n_other_quote(w: Writer) -> None:
    """A writer's quotation; the reply quotes another line by the same writer in English."""
    arabic_name, latin_name = w.ph("wr_name").split("|")
    w.add("1", None, w.who("poster"), w.ph("wr_post"), "«", ("A", w.arabic), f"»\n— {arabic_name}")
    w.add("2", "1", w.who("helper"), w.ph("oq_reply").format(n=latin_name, x=w.other))
    w.item(("A", None))


def n_substack_thanks(w: Writer) -> None:
    """Substack: the author thanks the reader in English without translating."""
    a = w.who("poster")
    w.add("1", None, a, w.ph("ss_essay"), ("A", w.arabic), w.ph("ss_rows"))
    w.add("2", "1", f"{w.who('helper')} (Author)", w.ph("sn_reply").format(a=a, x=w.other), w.ph("ss_rows"))
    w.item(("A", None))


def n_wattpad_tease(w: Writer) -> None:
    """Wattpad: the author teases 'no spoilers' instead of translating."""
    author, reader = w.who("poster"), w.who("asker")
    w.add("1", None, author, w.ph("wp_before"), "“", ("A", w.arabic), "”", w.ph("wp_after"))
    w.add("2", "1", reader, w.ph("wp_ask"))
    w.add("3", "2", author, w.ph("wt_reply").format(r=reader))
    w.item(("A", None))


def n_course_question(w: Writer) -> None:
    """A course forum: a learner's question about the exercise, the mentor's unrelated example."""
    w.add("1", None, "Course Staff", w.ph("cf_head"), w.ph("cf_task"), ("A", w.arabic))
    w.add("2", "1", w.who("asker"), w.ph("cq_reply"))
    w.add("3", "2", "Course Staff", w.ph("cq_staff").format(x=w.other))
    w.item(("A", None))


def n_label_advice(w: Writer) -> None:
    """A product label transcribed by the poster; the reply gives buying advice, no translation."""
    w.add("1", None, w.who("asker"), w.ph("lb_post"), "\n\n", ("A", w.arabic))
    w.add("2", "1", w.who("helper"), w.ph("la_reply").format(x=w.other))
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "Reddit >!spoiler!< under a content note": (reddit_spoiler, 1, "pos"),
    "Quora answer after a long introduction": (quora_intro, 2, "pos"),
    "GitHub issue: Arabic in image alt text": (github_alt, 1, "pos"),
    "YouTube reply with the same 2:13 timestamp": (youtube_stamp, 1, "pos"),
    "forum reply numbered 1) 2) per sentence": (numbered, 2, "pos"),
    "writer's quote in curly quotes with the name": (writer_quote, 1, "pos"),
    "Indian / British English pleasantries": (indian_british, 2, "pos"),
    "two registers Formal:/Casual:": (registers, 1, "pos"),
    "Telegram channel emoji flag line": (telegram_flags, 2, "pos"),
    "Rough translation (not native):": (rough_not_native, 1, "pos"),
    "Discord -# subtext": (discord_subtext, 1, "pos"),
    "Substack author translates a reader": (substack, 2, "pos"),
    "Wattpad inline comment, author answers": (wattpad, 1, "pos"),
    "Arabic.SE answer in **bold**": (arabic_se, 2, "pos"),
    "course forum learner's translation": (course_forum, 1, "pos"),
    "condolence thread, family translates": (condolence, 2, "pos"),
    "product label transcribed then translated": (label, 1, "pos"),
    "bracketed insertions [is] [the]": (brackets, 1, "pos"),
    "markdown footnote [^1]:": (footnote, 2, "pos"),
    "Strava athlete translates a comment": (strava, 1, "pos"),
    "BoardGameGeek Arabic edition card": (boardgame, 1, "pos"),
    "Postcrossing card message": (postcrossing, 2, "pos"),
    "Bluesky image ALT: description": (bluesky_alt, 1, "pos"),
    "neg: one word's English only": (n_one_word, 1, "neg"),
    "neg: English of the neighbour's Arabic": (n_neighbour, 1, "neg"),
    "neg: summary of the whole video": (n_video_summary, 1, "neg"),
    "neg: English reply argues with the claim": (n_argue, 1, "neg"),
    "neg: bot language detection notice": (n_detect_bot, 1, "neg"),
    "neg: Arabizi romanization": (n_arabizi, 1, "neg"),
    "neg: another line by the same writer": (n_other_quote, 1, "neg"),
    "neg: Substack author thanks, no translation": (n_substack_thanks, 1, "neg"),
    "neg: Wattpad author's no-spoilers tease": (n_wattpad_tease, 1, "neg"),
    "neg: course learner's question": (n_course_question, 1, "neg"),
    "neg: label reply gives buying advice": (n_label_advice, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation: the same text up to white space, nothing around it; a bracketed
    translation (:func:`bracketed`) is the same once its brackets are taken out."""
    return bool(gold) and (_blind.same_flat(gold, want) or _blind.same_flat(unbracketed(gold), want))


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
