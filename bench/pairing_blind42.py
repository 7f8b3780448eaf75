"""Round 42 of pairing's development set, written blind: real (Arabic, English) pairs set in the ordinary
comment threads issue 14 is about (Reddit, YouTube, Disqus, news-site comments, Facebook groups, forum
threads, Discord and Telegram chats, X replies), about two thirds with a commenter's translation and one
third with English near the Arabic that is not its translation.

Settings (no file formats this round): the author answering a request in a reply; a third person
translating unasked beside a reply about the topic; the English after the Arabic in the same comment, its
lead on a line of its own; the English before the Arabic (a Facebook post for "my English-speaking
friends"); the author's later top-level comment with no reply link; a third person translating the first
sentence only; an X reply thread split "1/2", "2/2"; a YouTube "@handle" reply; a Disqus reply quoting
the translation and then arguing; a news-site comment with the English in brackets after the Arabic; a
Reddit reply quoting the Arabic with "> " before translating; a reply pasting what X's translate button
gives; a Facebook group post with language labels or flags; a Telegram chat pasted into one comment; a
flat Discord chat translated a few messages later, lower case and without a final stop; a learner asking
whether the own translation under the Arabic is right; an "EDIT:" line under the Arabic and a remark;
"not a native speaker but" with "someone correct me"; a phone reply with a typo; two Arabic comments
translated in one third comment ("Name: ..."); the author's unrelated English beside a third person's
"He says: ..."; a bare translation followed by a question; the author giving only the gist (the first
sentence); a Markdown-italic or ">"-quoted translation; an Instagram-style "Arabic — English" line; a
Discord translation sent as two messages. Negatives: a reply on the topic, a request nobody answers,
"google translate is useless", a reply translating something else (the video's title, a sign), a
rebuttal quoting the Arabic, a joke, the author answering a request with something other than a
translation, the same comment going on in English about something else, a question about the dialect,
a Discord chat that never translates, "will translate later", and a translation of another commenter's
Arabic that is no item.

Decided (the gold span is the translation only, first word to last word):
- Leads ("ok so roughly:", "@name", "lol it means", "He says:", "EDIT:", a chat line's "[21:17] Name:",
  "Translated from Arabic by Google", a language label or flag) are outside the span, and so are
  remarks after it ("hope that helps", an emoji, "someone correct me", a follow-up question, an opinion).
- Quote marks, brackets, Markdown asterisks or underscores and a "> " around the translation are
  outside it; the translation's own final stop, when it has one, is inside.
- A translation typed casually (lower case, no final stop, one typo) is the span as typed; the check
  compares it case-folded, without a final stop, allowing one swap of neighbouring letters.
- A run-on lead ("it's basically saying the ...") puts the translation's first letter in lower case; the
  span starts at that word.
- A first-sentence-only translation of a two-sentence passage is the gold, marked partial; "no idea
  about the rest" is a remark outside it.
- A translation split over two comments (X's "1/2" "2/2", two Discord messages) is one item: the first
  part is ``expected``, the second ``continued``; the marks "1/2" are outside both.
- A quoted copy of the Arabic ("> ..." in a reply) is a copy: the item is the Arabic where it was posted.
- A learner's own translation posted with the Arabic is the commenter's translation: a positive.
- Two passages translated in one comment are two items, each with its own span after "Name:".
- A translation of another commenter's Arabic (not an item) leaves the item untranslated: a negative.
Not used: wrong or loose translations (the data give one English per pair; one made up would not be a
real translation), French or Spanish replies, and Arabizi (other rounds have it).

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind42.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import Pairs  # noqa: E402

SEED = 42211
DEFAULT_OUT = Path("/tmp/r42/pairing-devset-round42.jsonl")

# Each bank: even entries for tuned threads, odd entries for held-out ones.
BANKS: dict[str, tuple[str, ...]] = {
    # --- names ---
    "redditor": ("kebab_enjoyer", "olive_tree_92", "QuietFalcon", "not_a_bot_pls", "sandstorm_sam", "TeaWithMint",
                 "marooned_in_ohio", "dune_buggy_77", "throwaway_8812", "midnightsnacker", "fig_and_honey", "Bald_Eagle_Sr"),
    "yt": ("@laylaaa.k", "@bigmo4455", "@user-xk3lp9", "@TheRealHassan", "@sofia.travels", "@omar_vlogs", "@nooronthego",
           "@justjack99", "@mariam.s", "@zaidplays", "@grandpa_reacts", "@hxnnah"),
    "fb": ("Rania Haddad", "Mike Donnelly", "Salma Youssef", "Karen Whitfield", "Ahmed Nasser", "Jill Ortega",
           "Youssef Amrani", "Dana Kowalski", "Hiba Mansour", "Pete Lindqvist", "Lina Said", "Tony Russo"),
    "chat": ("zizou", "moth", "nana🌙", "kai.exe", "dodo", "Lulu", "frostbyte", "samo", "hamoodi", "pixel", "rayyan", "bee"),
    "x": ("@amira_writes", "@dxb_dave", "@kh4lid", "@sunset_chaser", "@Nour_S", "@tomwrites", "@yasmine_b", "@benji_k",
          "@m7md_x", "@elle_reads", "@ghada__", "@ryan_o"),
    "disqus": ("J. Whitaker", "desertrose", "Observer_55", "Samir B.", "truthseeker", "Leila M", "oldtimer", "Hadi K",
               "common_sense", "Margaret T.", "Realist2020", "Fouad"),
    "kin": ("Aunt Samira", "Teta", "Uncle Fawzi", "Mama", "Khalto Rima", "Baba", "Amo Nabil", "Grandpa", "Cousin Dina",
            "Tante Hoda"),
    "kin2": ("Cousin Tarek", "my sister", "Yasmin", "Karim", "Big bro", "Nadia", "Sami", "Lara", "Omar (cousin)", "Jad"),
    # --- around the Arabic ---
    "post_intro": ("my favourite line from this whole thing:\n\n", "", "this is what my teta wrote in the card 🥹\n\n",
                   "The comment that made me cry:\n\n", "Saw this written on a wall in the old city\n\n",
                   "Arabic speakers, this one's for you:\n\n", "", "my dad's reply in the family group chat 💀\n\n",
                   "Found this in my notes app from years ago\n\n", "Best comment on the whole video imo\n\n"),
    "ask": ("what does it say?", "Translation please 🙏", "can someone translate for us non arabic speakers",
            "english?", "what does this mean", "Anyone? I'm dying to know what it says", "ELI5 what this says pls",
            "translation??", "i'm so curious what it says", "Would love a translation!", "Can you translate? 🥺",
            "for the rest of us?"),
    # --- leads ---
    "lead_colon": ("ok so roughly: ", "my attempt:\n", "Translation for the curious: ", "Rough translation:\n\n",
                   "here you go: ", "Sure! It says:\n", "it reads: ", "In English: ", "Basically:\n",
                   "It translates to: ", "transaltion: ", "roughly translated: ", "Here's my translation:\n\n",
                   "Translation (mine): ", "Loosely: ", "Literally: "),
    "mention": ("", "u/{n} ", "@{n} ", "", "hey u/{n} ", "{n} ", "", "@{n}, ", "", ""),
    "lead_run": ("lol it means ", "it's basically saying ", "it says ", "means ", "he's saying ", "it's like ",
                 "translates to smth like ", "the gist is ", "ok so it means ", "it roughly means ", "basically ",
                 "it's saying "),
    "remark": (" hope that helps!", "\n\nsomeone correct me if I'm wrong", " 🙂", "\n\n(the second part is an idiom, "
               "doesn't translate well)", "", " — more or less", "\n\nHope this helps x", " lol", "",
               "\n\nnot 100% on the last word though", " 👍", "\n\nEdit: typo", "\n\nit sounds way better in Arabic tbh",
               " ✌️", "\n\nsource: my mom", "\n\nkinda loses something in English"),
    "emoji_end": (" 🙏", "", " ❤️", " 😂", "", " 🫡", " 💀", " 🥲", " 👀", ""),
    "same_lead": ("Translation for the curious:\n", "For those who don't speak Arabic:\n", "TL: ",
                  "English for my non-arab followers:\n", "translation below 👇\n\n", "Eng:\n",
                  "For the non-Arabic speakers here: ", "In English it's something like\n", "my own translation, "
                  "not perfect:\n", "—\n", "(English) ", "Translated:\n\n"),
    "before_lead": ("For my English-speaking friends: ", "Posting in both languages so everyone can read 🙂\n\n",
                    "English first, Arabic below.\n\n", "For those who asked what I wrote: ", "", "\U0001F1EC\U0001F1E7 ",
                    "(English) ", "EN: ", "Translation first for the non-Arabic speakers:\n", "English version:\n"),
    "before_mid": ("\n\n", "\n\nIn Arabic:\n", "\n\nبالعربي:\n", "\n\n—\n", "\n\nOriginal:\n", "\n\n\U0001F1F8\U0001F1E6 ",
                   "\n\n(Arabic) ", "\n\nAR: ", "\n\nAnd the original:\n\n", "\n\nعربي:\n"),
    "later_lead": ("For those who asked, my comment above says: ", "Since a few people asked what my comment said: ",
                   "Translation of my comment up there: ", "re: my arabic comment above — ", "ppl keep asking so here: ",
                   "My earlier comment in English:\n", "Can't reply to everyone so:\n\n",
                   "For the non-Arabic speakers, what I wrote above:\n\n", "translating my own comment since it blew up: ",
                   "To everyone asking about my comment: "),
    "partial_lead": ("First bit is: ", "I only get the first sentence: ", "the first part says: ", "Start of it: ",
                     "Can only do the first line: ", "first sentence is ", "Half of it at least: ", "Partial: ",
                     "the beginning means: ", "Got the first part: "),
    "partial_after": ("\n\nno idea about the rest sorry", " The rest is too dialect-y for me.", "\n\nsomeone else can "
                      "do the second part", " ...can't make out the second sentence", " (didn't get the rest)",
                      "\n\nrest is beyond my level lol", " Second sentence I'm not sure.", " not sure about the rest",
                      "\n\nthe rest I'd just be guessing", " 🤷 rest idk"),
    "gist_lead": ("the important bit is: ", "Gist: ", "tl;dr it means: ", "Short version: ", "Mainly: ",
                  "the main part: ", "Long story short: ", "In a nutshell: ", "Main point: ", "the key line: "),
    "gist_after": ("\n\nthe rest is just me ranting", " The rest is greetings and stuff.", "\n\n(rest isn't important)",
                   " — the rest is family gossip lol", "", "\n\nthe second half is hard to translate", " rest is filler",
                   "", "\n\nskipping the rest, it's personal", " plus some extra stuff"),
    "split_marks": ("(1/2)|(2/2)", "1/|2/", "[1/2]|[2/2]", "cont. below|cont:", "...|...", "👇|", "1/2|2/2",
                    "(cont)|(cont'd)", "[a]|[b]", "[part 1]|[part 2]"),
    "x_lead": ("Translation: ", "TL: ", "in english: ", "English: ", "tl: ", "Eng: ", "It says: ", "translated: ",
               "Here: ", "It reads: "),
    "says_lead": ("He literally said ", "The comment says ", "lol he wrote ", "Roughly, he's saying ",
                  "basically he's saying ", "What he wrote is ", "The guy said ", "OP said ", "He says ",
                  "For everyone else, it's "),
    "opinion": (" and honestly he has a point.", ". Couldn't agree more.", " and I'm not sure I agree.",
                ". Facts.", " — which is a bit rich coming from him.", ". Can't argue with that.",
                " and people are mad about it?", ". Say it louder.", ", which is exactly what the article missed.",
                " and he's not wrong."),
    "paren_lead": ("tr: ", "roughly: ", "", "for the English speakers: ", "trans: ", "i.e. ", "in English: ",
                   "= ", "English: ", "meaning: "),
    "x_button": ("the translate button gives:\n\n", "Twitter's translation:\n", "Translate post says: ",
                 "X translate: ", "Translated from Arabic by Google\n", "auto-translate gives this:\n\n",
                 "the built-in translation:\n", "Machine translation (X):\n\n", "Per the translate button: ",
                 "Grok translation lol:\n"),
    "x_after": ("", "\n\nnot bad for a machine", " (auto translation, might be off)", "\n\nsurprisingly decent",
                "", " — take with salt", "\n\nfor what it's worth", "", " 🤖", "\n\nseems right to me"),
    "fb_intro": ("📢 ", "", "Dear members,\n\n", "Good morning everyone ☀️\n\n", "", "📌 Pinned\n\n", "Hi all,\n\n",
                 "", "❗ Reminder\n\n", "Salam everyone 👋\n\n"),
    "fb_labels": ("🇸🇦|🇬🇧", "Arabic:|English:", "[AR]|[EN]", "عربي|English", "AR:|EN:", "🇯🇴|🇺🇸",
                  "Arabic 👇|English 👇", "—— عربي ——|—— English ——", "(AR)|(EN)", "🟢 Arabic|🔵 English"),
    "fb_outro": ("", "\n\n#community #events", "\n\nThanks for reading 🌸", "", "\n\n— The admins", "\n\nShare please 🙏",
                 "", "\n\nComments open below 👇", "\n\nDM for details", ""),
    "tg_style": ("[{t}] {n}: {x}", "{n}, [{d} {t}]\n{x}", "{n} ({t}): {x}", "[{d} {t}] {n}: {x}", "{t} - {n}: {x}",
                 "{n}\n{x}\n{t}", "{n}: {x}", "[{t}] <{n}> {x}", "{t} {n}: {x}", "{n} — {t}\n{x}"),
    "tg_intro": ("my aunt sent this in the family telegram and now everyone's arguing 😂\n\n",
                 "Pasting the chat because it's too good:\n\n", "Context from the group chat:\n\n",
                 "family whatsapp strikes again\n\n", "this is how my family communicates lmao\n\n",
                 "Copied from our telegram group:\n\n", "the group chat this morning:\n\n",
                 "Screenshot wouldn't upload so here's the text:\n\n", "lol\n\n", "for context:\n\n"),
    "tg_me": ("??? english please", "what does that mean", "I don't read Arabic 😭", "translate?", "huh",
              "can someone explain", "in english pls", "?? 😅", "wait what", "meaning?"),
    "tg_end": ("👍", "❤️", "thanks habibti", "😂😂", "ok", "ahh got it", "lol", "mashallah", "🙏", "ohh"),
    "discord_ask": ("translate??", "english pls 😭", "bro what", "we don't all speak arabic man", "ok but what does it mean",
                    "subtitles please", "??", "translation for the plebs", "huh", "meaning???"),
    "discord_chat": ("anyone up for ranked later", "brb dinner", "lmao", "who took my spot in vc", "gg",
                     "server's lagging again", "did you see the patch notes", "ok i'm back", "same", "nah that's cap",
                     "who's streaming tonight", "i need sleep"),
    "learner_ask": ("Is this translation right? Practising for my exam\n\n", "Did I get this right?\n\n",
                    "Self-study here, can someone check my translation?\n\n", "Checking my work:\n\n",
                    "Homework help: is my translation ok?\n\n", "Is this a good translation?\n\n",
                    "Beginner here, how did I do?\n\n", "Please correct me!\n\n",
                    "Translation check please 🙏\n\n", "First time translating something real:\n\n"),
    "learner_lead": ("\n\nMy attempt: ", "\n\nMy translation:\n", "\n\nI got: ", "\n\n→ ", "\n\nMine: ",
                     "\n\nWhat I came up with: ", "\n\nEN: ", "\n\nMy version:\n", "\n\nAttempt: ", "\n\nI think it's: "),
    "learner_end": ("\n\nThanks in advance!", "", "\n\nespecially unsure about the verb", "\n\nShukran!", "",
                    "\n\nWas the word order ok?", "\n\nbe brutal lol", "\n\nThanks 🙏", "", "\n\nstill learning"),
    "native_reply": ("Pretty much spot on! Only thing I'd change is the tense.", "Looks good to me 👍",
                     "Yes that's right, well done", "Perfect, nothing to add.", "Close enough, a native would say it "
                     "slightly differently but yes", "Great job!", "Yep. Nice work", "100% correct",
                     "this is right, good job", "Good! Keep practicing"),
    "aside": ("My grandfather used to say this every single morning.", "Can't believe this is 10 years old now.",
              "Still gives me chills.", "Posting it here because nobody in my family reads Reddit.",
              "No context, sorry.", "This is why I love this sub.", "Mods please don't delete.",
              "Yes I know my handwriting is bad.", "Someone had to say it.", "This lives in my head rent free."),
    "edit_lead": ("EDIT: since a few people asked, it means: ", "Edit - translation: ", "ETA for the non-Arabic "
                  "speakers: ", "edit: ok fine here's the translation lol — ", "Edit 2: in English: ",
                  "UPDATE: english version: ", "EDIT: translation since my inbox exploded: ", "edit: eng: ",
                  "Edit: as requested: ", "EDIT (translation): "),
    "unsure_lead": ("not a native speaker but i think it's: ", "My Arabic is rusty but roughly: ",
                    "I'm a learner so take this with a grain of salt: ", "Heritage speaker here, something like: ",
                    "could be wrong but: ", "Not fluent, but I'd say:\n", "best guess: ", "Google + my broken Arabic says: ",
                    "idk if this is right but: ", "Only semi-fluent, so: "),
    "unsure_after": ("\n\npls correct me", " (correct me if I'm wrong)", " 🤷", "\n\nNative speakers feel free to fix this",
                     " ...I think", "\n\nhappy to be corrected!", "", "", "\n\nwait for a native to confirm",
                     " — don't quote me"),
    "both_lead": ("translating the two arabic comments above for everyone:", "Both comments in English:",
                  "For everyone scrolling, the two Arabic comments say:", "ok translation time:",
                  "Since nobody translated these yet:", "In English:", "quick translations:", "Here's both:",
                  "translations for the thread:", "What they said:"),
    "aside_author": ("Read the article and you'll see what I mean.", "It's obvious if you live here.",
                     "You wouldn't understand unless you were there.", "Everyone back home knows this.",
                     "Google it.", "That's just how it is.", "Ask anyone from my generation.",
                     "Not everything needs to be in English lol", "I've said what I said.", "It's a long story."),
    "third_lead": ("He says: ", "He's saying: ", "What he wrote: ", "The comment says: ", "Translation of his comment: ",
                   "They said: ", "His comment in English: ", "For you: ", "It says: ", "OP's comment: "),
    "followup_q": ("where is this from btw?", "Is this from the new album?", "who wrote it?", "What's the context?",
                   "Where did you find this?", "is that your grandma's handwriting?", "Which city is this?",
                   "Is there a video of it?", "why is it on a wall tho", "How old is this?"),
    "md_wrap": ("*{}*", "_{}_", "**{}**", "> {}", "*\"{}\"*", "*{}* (roughly)", "_\"{}\"_", "\"*{}*\"", "***{}***",
                "> *{}*"),
    "md_lead": ("Translation:\n\n", "", "It says:\n\n", "Rough translation:\n\n", "", "Here you go:\n\n",
                "Basically:\n\n", "In English:\n\n", "My go at it:\n\n", "Roughly:\n\n"),
    "dash": (" — ", " | ", " - ", " / ", " // ", " ~ ", " → ", " = ", " :: ", " • "),
    "caption_end": ("", " #travel #mood", " 🌙", "", " 📍Amman", " #quotes", " ✨", "", " 🤍", " #arabic"),
    "topic_reply": ("This is beautiful", "Who's watching in 2024?", "The production on this is insane",
                    "Commenting so I can find this later", "Respect from Brazil 🇧🇷", "The flag at 0:32 though",
                    "Anyone know the name of the song at the end?", "this comment section is so wholesome",
                    "came here from tiktok", "Underrated channel tbh", "Where is this place?", "First time hearing this"),
    # --- negatives ---
    "topic_long": ("This is exactly how my grandmother used to talk. Miss her so much.",
                   "So true. People forget how hard it was back then.",
                   "I've heard this a hundred times and it still hits.",
                   "This is why I keep coming back to this channel.",
                   "Couldn't have said it better. The comments here are gold.",
                   "Man, this takes me back to summers in Irbid.",
                   "The way people talk about this in the comments is so wholesome.",
                   "Honestly the best take in this whole thread.",
                   "We need more people saying this out loud.",
                   "Reading this at 3am and getting emotional."),
    "topic_back": ("❤️", "right?!", "exactly 🙏", "Miss her too", "glad I'm not the only one", "🥹", "facts",
                   "thank you 🤍", "ikr", "always"),
    "plus_one": ("+1 would also like to know", "following", "same question", "bump", "also curious", "^ this",
                 "commenting for the translation", "someone pls", "waiting for the translation 👀", "me too"),
    "gt_useless": ("google translate gives me complete nonsense for this lol", "Google Translate is useless for this",
                   "GT says something about a camel, so I'm guessing that's wrong", "tried google translate, it just "
                   "gave up", "translate app output is gibberish", "Google Translate output makes zero sense",
                   "Even DeepL can't handle this one", "lol the translate button is struggling",
                   "machine translation absolutely butchered this", "autotranslate is drunk again"),
    "gt_back": ("yeah it's dialect, GT can't handle it", "lol GT is hopeless with Egyptian", "it's not that deep haha",
                "yeah it mangles slang", "Machines can't do Arabic jokes 😂", "that's because it's not formal Arabic",
                "lmao a camel", "it's always worse with dialect", "don't trust it", "it tries its best"),
    "other_tr": ("The title means “{x}”", "fwiw the line at 1:12 in the video is: {x}",
                 "The sign in the thumbnail says: {x}", "The caption under the photo says “{x}”",
                 "The banner in the background reads: {x}", "the song's chorus is “{x}”",
                 "The text on the mug in the video says: {x}", "the headline they're reacting to: {x}",
                 "The subtitle at the start translates to: {x}", "What the narrator says at the end: {x}"),
    "rebut": ("This is just not true. Look at the numbers before posting.", "Source? Because this sounds made up.",
              "Completely wrong, and you know it.", "No one actually believes this anymore.",
              "Stop spreading this, it has been debunked so many times.", "Lol no. Try again.",
              "That's a very selective reading of history.", "This aged badly.", "Imagine writing this with a straight face.",
              "Not how it works. Not even close."),
    "joke": ("I don't speak Arabic but I'm 100% sure this is about food 😂", "I understood none of that but I'm upvoting anyway",
             "my brain just auto-translated this to 'mom's calling'", "this reads like a spell tbh",
             "Me pretending I can read this: mmm yes, indeed", "I'm going to assume it's a recipe",
             "translation: 'subscribe to my channel'", "All I see is beautiful squiggles", "pretty sure it says 'no refunds'",
             "My Duolingo owl is crying"),
    "joke_back": ("😂😂", "lmao", "not far off honestly", "💀", "close enough", "I laughed way too hard", "no but same",
                  "🤣", "this thread is gold", "stop 😭"),
    "author_else": ("It's from a poem my dad wrote, he'd kill me if I translated it lol", "Long story, it's an inside joke with my cousins",
                    "It's personal, sorry!", "Nothing important, just something my mom always says",
                    "I'll leave it a mystery 😉", "It's a reference to an old TV show, you had to be there",
                    "honestly not worth translating, it's a boomer meme", "DM me and I'll explain, too long for here",
                    "It's from the song in the video!", "Ask your Arab friends 😄"),
    "switch_lead": ("Anyway, ", "P.S. ", "Also unrelated but ", "Side note: ", "Off topic but ", "In other news: ",
                    "btw ", "And another thing: ", "Random but ", "Also: "),
    "dialect_q": ("Is this Egyptian or Levantine?", "Is this Moroccan? I can't understand half of it",
                  "Which dialect is this?", "Is that Gulf Arabic?", "Is this MSA or dialect?",
                  "Sounds Syrian to me, am I right?", "Is this Sudanese?", "Iraqi?", "What country is this from?",
                  "Is this Palestinian dialect?"),
    "dialect_a": ("Egyptian, you can tell from the way they write it", "Definitely not Moroccan lol",
                  "It's mostly standard Arabic with a bit of dialect", "Levantine for sure",
                  "Hard to say from text alone", "Nope, Egyptian", "MSA mostly", "Could be Jordanian", "Gulf I think",
                  "it's a mix"),
    "later_promise": ("will translate when I'm home!", "I'll post a translation later, on my phone rn",
                      "give me a sec, typing it up", "Tomorrow! Promise", "later tonight 🙏",
                      "I'll edit my comment with it when I have time", "working on it lol", "soon™",
                      "remind me in an hour", "ok ok I'll do it after work"),
    "thanks": ("ok thanks!", "ty!", "waiting 👀", "holding you to that", "🙏", "RemindMe! 1 day", "cool", "lol ok",
               "appreciate it", "still waiting 😅"),
}


class Writer(_blind.Writer):
    """A thread being written: every :meth:`who` a person of its own (a poster who speaks again is named again
    by the shape)."""

    banks = BANKS

    def __init__(self, p: _blind.Planned) -> None:
        super().__init__(p)
        self.named: set[str] = set()

    def who(self, bank: str, *avoid: str) -> str:
        """A name of ``bank`` from this thread's half that no one in the thread has yet."""
        name = super().who(bank, *avoid, *self.named)
        self.named.add(name)
        return name


Shape = Callable[[Writer], None]


def lower_first(text: str) -> str:
    """Text with its first letter in lower case, as after a run-on lead ("it means the ..."); "I", "I'm" and an
    acronym keep theirs."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[1].isupper() or word in ("I", "I'm", "I'll", "I've", "I'd") or not word[:1].isupper():
        return text
    return text[0].lower() + text[1:]


def casual(text: str, rng: random.Random, typo: bool) -> str:
    """Text as typed on a phone: all lower case, no final stop, with ``typo`` two neighbouring letters of one longer
    word swapped."""
    out = text.lower().rstrip(" .!")
    if typo:
        spots = [k for k in range(1, len(out) - 3) if out[k - 1] == " " and out[k : k + 5].isalpha()]
        if spots:
            k = rng.choice(spots) + 2
            out = out[:k] + out[k + 1] + out[k] + out[k + 2 :] if out[k] != out[k + 1] else out
    return out


def quoted(text: str) -> tuple[str, str]:
    """The quote marks a commenter puts around ``text``: curly ones where it holds a straight one."""
    return ("“", "”") if '"' in text else ('"', '"')


def _loose(text: str) -> str:
    return _blind.flat(text).casefold().rstrip(" .!")


def _one_swap(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring characters swapped."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


# --- positives -----------------------------------------------------------------------------------


def reddit_author_reply(w: Writer) -> None:
    """Reddit: the author posts Arabic, someone asks, the author replies with a lead, the translation and a remark."""
    poster, asker = w.who("redditor"), w.who("redditor")
    w.add("1", None, poster, w.ph("post_intro"), ("A", w.arabic))
    w.add("2", "1", asker, w.ph("ask"))
    w.add("3", "2", poster, w.ph("mention").format(n=asker) + w.ph("lead_colon"), ("E", w.english), w.ph("remark"))
    w.item(("A", "E"))


def third_unasked(w: Writer) -> None:
    """A third person translates unasked, beside an earlier reply on the topic."""
    poster, other, helper = w.who("redditor"), w.who("redditor"), w.who("redditor")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", other, w.ph("topic_reply"))
    w.add("3", "1", helper, w.ph("mention").format(n=poster) + w.ph("lead_colon"), ("E", w.english), w.ph("remark"))
    w.item(("A", "E"))


def same_after_own_line(w: Writer) -> None:
    """The English after the Arabic in the same comment, its lead on a line of its own."""
    w.add("1", None, w.who("redditor"), w.ph("post_intro"), ("A", w.arabic), "\n\n", w.ph("same_lead"), ("E", w.english),
          w.ph("emoji_end"))
    w.add("2", "1", w.who("yt"), w.ph("topic_reply"))
    w.item(("A", "E"))


def fb_before(w: Writer) -> None:
    """A Facebook post: the English first, then the Arabic."""
    w.add("1", None, w.who("fb"), w.ph("before_lead"), ("E", w.english), w.ph("before_mid"), ("A", w.arabic),
          w.ph("fb_outro"))
    w.add("2", "1", w.who("fb"), w.ph("topic_back"))
    w.item(("A", "E"))


def later_top_level(w: Writer) -> None:
    """The author's later top-level comment translates the first, with no reply link, after other talk."""
    poster, asker, a, b = w.who("redditor"), w.who("redditor"), w.who("redditor"), w.who("redditor")
    w.add("1", None, poster, w.ph("post_intro"), ("A", w.arabic))
    w.add("2", "1", asker, w.ph("ask"))
    w.add("3", None, a, w.ph("topic_reply"))
    w.add("4", "3", b, w.ph("topic_back"))
    w.add("5", None, poster, w.ph("later_lead"), ("E", w.english))
    w.item(("A", "E"))


def partial_third(w: Writer) -> None:
    """A third person translates the first sentence of two only."""
    _, _, e1, _ = w.two()
    w.add("1", None, w.who("disqus"), ("A", w.arabic))
    w.add("2", "1", w.who("disqus"), w.ph("ask"))
    w.add("3", "2", w.who("disqus"), w.ph("partial_lead"), ("E", e1), w.ph("partial_after"))
    w.items = _blind.partial_items([("A", "E", True)], w.spans)


def x_split(w: Writer) -> None:
    """X: the author translates in two replies marked "1/2", "2/2" (a character limit)."""
    _, _, e1, e2 = w.two()
    poster, asker = w.who("x"), w.who("x")
    first, second = w.ph("split_marks").split("|")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", asker, f"{poster} " + w.ph("ask"))
    w.add("3", "2", poster, f"{asker} " + w.ph("x_lead"), ("E", e1), f" {first}".rstrip())
    w.add("4", "3", poster, f"{second} ".lstrip(), ("E2", e2))
    w.item(("A", "E"))
    w.items[0]["continued"] = [list(w.spans["E2"])]


def youtube_handle(w: Writer) -> None:
    """YouTube: a reply starting with the author's @handle, after another reply."""
    poster, other, helper = w.who("yt"), w.who("yt"), w.who("yt")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", other, w.ph("ask"))
    w.add("3", "1", helper, f"{poster} ", w.ph("lead_colon"), ("E", w.english),
          w.ph("remark"))
    w.item(("A", "E"))


def disqus_quote_opinion(w: Writer) -> None:
    """Disqus: a reply gives the translation in quote marks and goes on with an opinion."""
    left, right = quoted(w.english)
    w.add("1", None, w.who("disqus"), ("A", w.arabic))
    w.add("2", "1", w.who("disqus"), w.ph("says_lead") + left, ("E", w.english), right + w.ph("opinion"))
    w.item(("A", "E"))


def news_parens(w: Writer) -> None:
    """A news-site comment: the English in brackets after the Arabic."""
    w.add("1", None, w.who("disqus"), ("A", w.arabic), " (" + w.ph("paren_lead"), ("E", w.english), ")")
    w.add("2", "1", w.who("disqus"), w.ph("topic_long"))
    w.item(("A", "E"))


def reddit_quote(w: Writer) -> None:
    """Reddit: a reply quotes the Arabic with "> " and translates under it."""
    poster, helper = w.who("redditor"), w.who("redditor")
    w.add("1", None, poster, w.ph("post_intro"), ("A", w.arabic))
    w.add("2", "1", helper, f"> {w.arabic}\n\n", w.ph("mention").format(n=poster) + w.ph("lead_colon"), ("E", w.english), w.ph("remark"))
    w.item(("A", "E"))


def x_translate_button(w: Writer) -> None:
    """X: a reply pasting what the translate button gives."""
    poster = w.who("x")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", w.who("x"), f"{poster} " + w.ph("ask"))
    w.add("3", "2", w.who("x"), w.ph("x_button"), ("E", w.english), w.ph("x_after"))
    w.item(("A", "E"))


def fb_labels(w: Writer) -> None:
    """A Facebook group post in both languages, each under a label or flag."""
    ar, en = w.ph("fb_labels").split("|")
    w.add("1", None, w.who("fb"), w.ph("fb_intro"), f"{ar}\n", ("A", w.arabic), f"\n\n{en}\n", ("E", w.english),
          w.ph("fb_outro"))
    w.add("2", "1", w.who("fb"), w.ph("topic_back"))
    w.item(("A", "E"))


def telegram_paste(w: Writer) -> None:
    """A Telegram chat pasted into one comment: the Arabic, someone asks, a cousin translates."""
    style, kin, kin2 = w.ph("tg_style"), w.who("kin"), w.who("kin2")
    day = f"{1 + w.p.rng.randrange(28):02d}.{1 + w.p.rng.randrange(12):02d}.24"
    hour, minute = 8 + w.p.rng.randrange(14), w.p.rng.randrange(50)

    pieces: list[_blind.Piece] = [w.ph("tg_intro")]
    for k, (name, slot, text) in enumerate([(kin, "A", w.arabic), ("Me", "", w.ph("tg_me")), (kin2, "E", w.english),
                                            (kin, "", w.ph("tg_end"))]):
        before, after = style.format(t=f"{hour}:{minute + k:02d}", d=day, n=name, x="\x00").split("\x00")
        pieces += [before, (slot, text) if slot else text, after + ("\n" if k < 3 else "")]
    w.add("1", None, w.who("redditor"), *pieces)
    w.item(("A", "E"))


def discord_flat(w: Writer) -> None:
    """A flat Discord chat: the author translates a few messages later, lower case and without a final stop."""
    a, b, c = w.who("chat"), w.who("chat"), w.who("chat")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", None, b, w.ph("discord_ask"))
    w.add("3", None, c, w.ph("discord_chat"))
    w.add("4", None, a, w.ph("lead_run"), ("E", casual(w.english, w.p.rng, typo=False)))
    w.item(("A", "E"))


def learner_check(w: Writer) -> None:
    """A learner posts the Arabic with an own translation to be checked; a native speaker answers."""
    w.add("1", None, w.who("redditor"), w.ph("learner_ask"), ("A", w.arabic), w.ph("learner_lead"), ("E", w.english),
          w.ph("learner_end"))
    w.add("2", "1", w.who("redditor"), w.ph("native_reply"))
    w.item(("A", "E"))


def edit_line(w: Writer) -> None:
    """The Arabic, an English aside, then an "EDIT:" line with the translation, in one comment."""
    w.add("1", None, w.who("redditor"), ("A", w.arabic), "\n\n" + w.ph("aside") + "\n\n" + w.ph("edit_lead"),
          ("E", w.english))
    w.add("2", "1", w.who("redditor"), w.ph("topic_back"))
    w.item(("A", "E"))


def not_native(w: Writer) -> None:
    """A third person, unsure: "not a native speaker but ...", "someone correct me"."""
    w.add("1", None, w.who("yt"), ("A", w.arabic))
    w.add("2", "1", w.who("yt"), w.ph("ask"))
    w.add("3", "2", w.who("yt"), w.ph("unsure_lead"), ("E", w.english), w.ph("unsure_after"))
    w.item(("A", "E"))


def phone_typo(w: Writer) -> None:
    """A phone reply: a run-on lead, the translation in lower case with a typo, no final stop, an emoji."""
    w.add("1", None, w.who("x"), ("A", w.arabic))
    w.add("2", "1", w.who("x"), w.ph("ask"))
    w.add("3", "2", w.who("x"), w.ph("lead_run"), ("E", casual(w.english, w.p.rng, typo=True)), w.ph("emoji_end"))
    w.item(("A", "E"))


def two_passages(w: Writer) -> None:
    """Two Arabic comments translated in one later comment, each after its writer's name."""
    other_ar, other_en = w.neighbour()
    a, b = w.who("redditor"), w.who("redditor")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", "1", b, ("B", other_ar))
    w.add("3", None, w.who("redditor"), w.ph("both_lead") + f"\n\n{a}: ", ("E", w.english), f"\n\n{b}: ", ("F", other_en))
    w.item(("A", "E"), ("B", "F"))


def third_beside_author(w: Writer) -> None:
    """A news site: after a request the author answers with unrelated English, a third person translates."""
    w.add("1", None, w.who("disqus"), ("A", w.arabic))
    w.add("2", "1", w.who("disqus"), w.ph("ask"))
    w.add("3", "2", w.rows[0][2], w.ph("aside_author"))
    w.add("4", "2", w.who("disqus"), w.ph("third_lead"), ("E", w.english))
    w.item(("A", "E"))


def then_question(w: Writer) -> None:
    """A bare translation, then a question of the replier's own."""
    w.add("1", None, w.who("yt"), w.ph("post_intro"), ("A", w.arabic))
    w.add("2", "1", w.who("yt"), ("E", w.english), "\n\n" + w.ph("followup_q"))
    w.item(("A", "E"))


def author_gist(w: Writer) -> None:
    """After a request the author gives only the gist: the first of two sentences."""
    _, _, e1, _ = w.two()
    poster = w.who("fb")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", w.who("fb"), w.ph("ask"))
    w.add("3", "2", poster, w.ph("gist_lead"), ("E", e1), w.ph("gist_after"))
    w.items = _blind.partial_items([("A", "E", True)], w.spans)


def markdown_wrap(w: Writer) -> None:
    """Reddit: the translation in Markdown italics or bold, or "> " quoted, under an optional lead."""
    before, after = w.ph("md_wrap").split("{}")
    w.add("1", None, w.who("redditor"), ("A", w.arabic))
    w.add("2", "1", w.who("redditor"), w.ph("md_lead") + before, ("E", w.english), after)
    w.item(("A", "E"))


def caption_dash(w: Writer) -> None:
    """An Instagram caption: the Arabic, a dash or bar, the English on the same line."""
    w.add("1", None, w.who("yt").lstrip("@"), ("A", w.arabic), w.ph("dash"), ("E", w.english), w.ph("caption_end"))
    w.add("2", "1", w.who("yt").lstrip("@"), w.ph("topic_back"))
    w.item(("A", "E"))


def discord_two_messages(w: Writer) -> None:
    """A flat Discord chat: the author translates two sentences in two messages one after the other."""
    _, _, e1, e2 = w.two()
    a, b = w.who("chat"), w.who("chat")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", None, b, w.ph("discord_ask"))
    w.add("3", None, a, w.ph("lead_run"), ("E", lower_first(e1)))
    w.add("4", None, a, ("E2", lower_first(e2)))
    w.item(("A", "E"))
    w.items[0]["continued"] = [list(w.spans["E2"])]


# --- negatives -----------------------------------------------------------------------------------


def n_topic(w: Writer) -> None:
    """A reply on the topic; the author thanks."""
    poster = w.who("yt")
    w.add("1", None, poster, w.ph("post_intro"), ("A", w.arabic))
    w.add("2", "1", w.who("yt"), w.ph("topic_long"))
    w.add("3", "2", poster, w.ph("topic_back"))
    w.item(("A", None))


def n_unanswered(w: Writer) -> None:
    """A request nobody answers: "+1", then talk about something else."""
    w.add("1", None, w.who("redditor"), ("A", w.arabic))
    w.add("2", "1", w.who("redditor"), w.ph("ask"))
    w.add("3", "2", w.who("redditor"), w.ph("plus_one"))
    w.add("4", None, w.who("redditor"), w.ph("topic_reply"))
    w.item(("A", None))


def n_gt_useless(w: Writer) -> None:
    """"Google Translate is useless" and the author's answer, no translation."""
    poster = w.who("x")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", w.who("x"), w.ph("gt_useless"))
    w.add("3", "2", poster, w.ph("gt_back"))
    w.item(("A", None))


def n_other_translated(w: Writer) -> None:
    """A reply translates something else (the video's title, a sign): other English."""
    w.add("1", None, w.who("yt"), ("A", w.arabic))
    w.add("2", "1", w.who("yt"), w.ph("other_tr").format(x=w.other))
    w.item(("A", None))


def n_rebuttal(w: Writer) -> None:
    """A rebuttal quoting the Arabic with "> "."""
    w.add("1", None, w.who("disqus"), ("A", w.arabic))
    w.add("2", "1", w.who("disqus"), f"> {w.arabic}\n\n" + w.ph("rebut"))
    w.item(("A", None))


def n_joke(w: Writer) -> None:
    """A joke about not reading Arabic, and a laugh."""
    w.add("1", None, w.who("yt"), ("A", w.arabic))
    w.add("2", "1", w.who("yt"), w.ph("joke"))
    w.add("3", "2", w.who("yt"), w.ph("joke_back"))
    w.item(("A", None))


def n_author_else(w: Writer) -> None:
    """After a request the author answers with English about the passage, not a translation."""
    poster = w.who("fb")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", w.who("fb"), w.ph("ask"))
    w.add("3", "2", poster, w.ph("author_else"))
    w.item(("A", None))


def n_switch(w: Writer) -> None:
    """The same comment goes on in English about something else."""
    lead = w.ph("switch_lead")
    rest = w.unrelated if lead.endswith(": ") or lead[0].isupper() and lead.endswith(". ") else lower_first(w.unrelated)
    w.add("1", None, w.who("redditor"), ("A", w.arabic), "\n\n" + lead + rest)
    w.add("2", "1", w.who("redditor"), w.ph("topic_back"))
    w.item(("A", None))


def n_dialect(w: Writer) -> None:
    """A question about the dialect and its answer."""
    w.add("1", None, w.who("yt"), ("A", w.arabic))
    w.add("2", "1", w.who("yt"), w.ph("dialect_q"))
    w.add("3", "2", w.who("yt"), w.ph("dialect_a"))
    w.item(("A", None))


def n_discord_chatter(w: Writer) -> None:
    """A flat Discord chat that never translates."""
    a, b, c = w.who("chat"), w.who("chat"), w.who("chat")
    lines = w.p.rng.sample(BANKS["discord_chat"][w.half :: 2], 3)
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", None, b, lines[0])
    w.add("3", None, c, lines[1])
    w.add("4", None, a, lines[2])
    w.item(("A", None))


def n_promise(w: Writer) -> None:
    """After a request the author promises a translation later; it never comes."""
    poster, asker = w.who("redditor"), w.who("redditor")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", asker, w.ph("ask"))
    w.add("3", "2", poster, w.ph("later_promise"))
    w.add("4", "3", asker, w.ph("thanks"))
    w.item(("A", None))


def n_other_arabic(w: Writer) -> None:
    """Another commenter's Arabic (no item) is translated in a reply to it; the item stays untranslated."""
    other_ar, other_en = w.neighbour()
    second = w.who("yt")
    w.add("1", None, w.who("yt"), ("A", w.arabic))
    w.add("2", None, second, other_ar)
    w.add("3", "2", w.who("yt"), f"{second} " + w.ph("lead_colon") + other_en)
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "Reddit: author replies to a request": (reddit_author_reply, 1, "pos"),
    "third person translates unasked beside a topic reply": (third_unasked, 2, "pos"),
    "same comment, lead on its own line": (same_after_own_line, 1, "pos"),
    "Facebook: English first, then the Arabic": (fb_before, 1, "pos"),
    "author's later top-level comment, no reply link": (later_top_level, 2, "pos"),
    "third person, first sentence only (partial)": (partial_third, 2, "pos"),
    "X: split over two replies 1/2 2/2": (x_split, 2, "pos"),
    "YouTube @handle reply": (youtube_handle, 1, "pos"),
    "Disqus: quoted translation then an opinion": (disqus_quote_opinion, 1, "pos"),
    "news site: English in brackets after the Arabic": (news_parens, 1, "pos"),
    "Reddit: > quoted Arabic then the translation": (reddit_quote, 1, "pos"),
    "X: what the translate button gives": (x_translate_button, 1, "pos"),
    "Facebook group: language labels or flags": (fb_labels, 2, "pos"),
    "Telegram chat pasted in one comment": (telegram_paste, 1, "pos"),
    "Discord flat chat, lower case, no stop": (discord_flat, 1, "pos"),
    "learner posts an own translation to check": (learner_check, 1, "pos"),
    "EDIT: line under an English aside": (edit_line, 1, "pos"),
    "not a native speaker but, correct me": (not_native, 1, "pos"),
    "phone reply: lower case, a typo": (phone_typo, 1, "pos"),
    "two Arabic comments translated in one": (two_passages, 1, "pos"),
    "third person's He says: beside the author's aside": (third_beside_author, 1, "pos"),
    "bare translation then a question": (then_question, 1, "pos"),
    "author gives the gist only (partial)": (author_gist, 2, "pos"),
    "Markdown italics or > quoted translation": (markdown_wrap, 1, "pos"),
    "caption: Arabic, dash, English": (caption_dash, 1, "pos"),
    "Discord: translation in two messages": (discord_two_messages, 2, "pos"),
    "neg: a reply on the topic": (n_topic, 1, "neg"),
    "neg: a request nobody answers": (n_unanswered, 1, "neg"),
    "neg: google translate is useless": (n_gt_useless, 1, "neg"),
    "neg: translates something else": (n_other_translated, 1, "neg"),
    "neg: rebuttal quoting the Arabic": (n_rebuttal, 1, "neg"),
    "neg: a joke": (n_joke, 1, "neg"),
    "neg: author answers with something else": (n_author_else, 1, "neg"),
    "neg: same comment goes on in English": (n_switch, 1, "neg"),
    "neg: which dialect is this": (n_dialect, 1, "neg"),
    "neg: Discord chat, no translation": (n_discord_chatter, 1, "neg"),
    "neg: will translate later": (n_promise, 1, "neg"),
    "neg: another commenter's Arabic translated": (n_other_arabic, 1, "neg"),
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation and nothing around it: the same text up to white space, or as typed casually
    (the same case-folded and without a final stop, or with two neighbouring letters swapped)."""
    if not gold or gold != gold.strip():
        return False
    if _blind.same_flat(gold, want):
        return True
    typed, meant = _loose(gold), _loose(" ".join(want))
    return typed == meant or _one_swap(typed, meant)


class Round(_blind.Round):
    """This round's checks: a translation split over two comments is read part by part, and every bank holds 8
    wordings or more."""

    def check_gold(self, threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
        """Every item's Arabic is a posted passage and every gold span its translation (see :func:`same`); a
        translation split over two comments is its first sentence in ``expected`` and its second in ``continued``."""
        english = _blind.passages(sources)
        firsts = []
        for thread in threads:
            items = []
            for item in thread["items"]:
                if item.get("continued"):
                    (rest,) = item["continued"]
                    want = english.get(_blind.flat(_blind.sliced(thread, item["arabic"])), [])
                    if len(want) != 2 or not same(_blind.sliced(thread, rest), want[1:]):
                        raise AssertionError(f"{thread['id']}: a continued part is not the second sentence")
                    item = {**item, "partial": True}
                items.append(item)
            firsts.append({**thread, "items": items})
        super().check_gold(firsts, sources)

    def check_banks(self) -> None:
        """Every bank has at least 8 wordings, for both halves, and no wording of one half is in one of the other."""
        short = [name for name, bank in BANKS.items() if len(bank) < 8]
        if short:
            raise AssertionError(f"banks with fewer than 8 wordings: {short}")
        super().check_banks()


ROUND = Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
