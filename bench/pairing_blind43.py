"""Round 43 of pairing's development set, written blind: real (Arabic, English) pairs set in more of the
ordinary places issue 14 is about, not the ones round 42 took: news-site comment sections, Instagram and
TikTok comments, Quora and Stack Exchange questions and answers, Wikipedia talk pages, Goodreads and Amazon
reviews, WhatsApp group exports and mailing-list digests; about two thirds with a commenter's translation
and one third with English near the Arabic that is not its translation.

Settings: a news commenter quoting a statement and a third person translating on request; the English under
the Arabic in one news comment, an opinion after it; the English quoted first and the original after it; a
later top-level news comment for "those asking upthread"; an Instagram caption in both languages with
hashtags; an Instagram "@handle" reply; a TikTok reply typed casually (lower case, no stop, sometimes a
typo); a TikTok top-level comment translating another's lyric; a Quora answer with the translation in quote
marks and an explanation; a Quora answer translating the first sentence only; a Stack Exchange answer with
the translation as a "> " block; a Stack Exchange learner's own translation to check; a Stack Exchange
question with two lines translated line by line; a Wikipedia talk page reply (":" indentation, signature)
and a deeper one ("::") after talk on sourcing; a Goodreads review with the English after the Arabic; an
Amazon review with the English first; a WhatsApp export pasted into one comment ("12/03/2024, 21:14 -
Name: text"); a WhatsApp chat as messages, translated in one message or in two; a mailing-list digest
pasted whole, the reply quoting the Arabic with "> "; a list reply on its own, quoting and translating;
"not a native speaker but" with a request to be corrected; a review's comment thread answered casually.
Negatives: a news reply on the topic; an Instagram request nobody answers; "google translate gives
nonsense"; a Stack Exchange answer translating the line before the posted one; a Wikipedia talk rebuttal
quoting the Arabic; TikTok jokes; a Goodreads review going on in English about the book; a WhatsApp chat
about plans; a list request nobody answers; an Amazon review complaining the leaflet is only in Arabic; a
Quora answer about the dialect only; an Instagram caption whose English line is a place and a mood.

Decided (the gold span is the translation only, first word to last word):
- Leads ("Roughly:", "@name", "it means", "For those asking upthread ...:", "My attempt:", a WhatsApp line's
  "date, time - Name:", a list message's headers, a Wikipedia ":" or "::") are outside the span, and so are
  remarks after it ("hope that helps", an emoji, hashtags, "someone correct me", a grammar note, an
  opinion, a Wikipedia signature).
- Quote marks, brackets and a "> " around the translation are outside it; the translation's own final
  stop, when it has one, is inside.
- A translation typed casually (lower case, no final stop, one typo) is the span as typed; the check
  compares it case-folded, without a final stop, allowing one swap of neighbouring letters (round 42's).
- A run-on lead ("it's basically saying the ...") puts the translation's first letter in lower case; the
  span starts at that word.
- A first-sentence-only translation of a two-sentence passage is the gold, marked partial.
- A translation split over two messages is one item: the first part ``expected``, the second ``continued``.
- A quoted copy of the Arabic (a list reply's "> " lines, a rebuttal's quote) is a copy: the item is the
  Arabic where it was first posted.
- A learner's own translation posted with the Arabic is the commenter's translation: a positive.
- Two lines of a question translated line by line ("Line 1: ...") are two items, each its own span.
- English of another passage (the line before it in the book) is no translation of the posted one: a
  negative.
Not used: wrong or loose translations (the data give one English per pair), other languages, Arabizi.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out ones,
and every bank holds 8 wordings or more. The gold check, the casual typing and a split translation's check
are round 42's (imported, not copied).

Run: python3 bench/pairing_blind43.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
import pairing_blind42  # noqa: E402  (its gold check and typing helpers, not its wordings)
from _blind import Pairs  # noqa: E402
from pairing_blind42 import casual, lower_first, quoted, same  # noqa: E402

SEED = 43317
DEFAULT_OUT = Path("/tmp/r43/pairing-devset-round43.jsonl")

BANKS: dict[str, tuple[str, ...]] = {
    # --- people, by place ---
    "news": ("OldLeftie", "Marwan_K", "BrightonRock", "sahara_dust", "PeterInLeeds", "Nadia1987", "factsfirst",
             "yusuf_h", "Calloway", "DohaReader", "cynicalobserver", "AmalInLondon"),
    "ig": ("lina.eats", "_omarphoto", "sara.k_", "travelwithmo", "hxnna", "desertbloom.art", "karim__b",
           "yasmin.writes", "the.daily.dalia", "noor_a", "amir.visuals", "jojo.lifts"),
    "tt": ("user8823419", "zaynab🌙", "mo.fan.page", "laylaaa", "hamoody_", "kebab_king", "sleepyhana",
           "cairo.nights", "user55102", "rania.xo", "tamer_77", "bint.alnil"),
    "quora": ("Khalid Mansour", "Emily Carter", "Tariq Al-Amin", "Jonathan Reyes", "Fatima Zahra Idrissi",
              "Daniel Ong", "Hussein Abbas", "Rachel Stein", "Mariam Saleh", "Owen Hughes", "Samir Haddad",
              "Priya Nair"),
    "se": ("user2291", "Qasim", "Dmitri K.", "Ahmed Yousef", "jlmr", "Wissam", "Anna B", "kb_learner",
           "Nasser Ali", "LaineyG", "grammar-nerd", "Yousef Z"),
    "wiki": ("Hanifa-ibn", "Kestrel77", "Jamal Q", "BlueHeron", "Pharos-editor", "LeChatNoir", "Zaytuna",
             "OttoBlank", "Sandcastle9", "IbisReads", "TalkativeTom", "Mubarak2012"),
    "wa": ("Aunt Samira", "Omar", "Dad", "Reem 🌸", "Khaled Cousin", "Mona", "Yusuf", "Lina", "Tante Hala",
           "Bilal", "Sara", "Uncle Nabil"),
    "mail": ("Peter Morrow", "Leila Haddad", "Tom Fenwick", "Rania Aziz", "Greg Paulson", "Salma Idris",
             "Ian McKay", "Hoda Farouk", "Martin Lowe", "Amira Nasser", "Chris Dalton", "Widad Karam"),
    "review": ("BookwormBeth", "A. Khoury", "Kindle Customer", "Mark T.", "Huda reads", "J. Okafor",
               "readinginrabat", "Samantha", "Tom W", "layla_reads", "Amazon Customer", "Graham"),
    # --- news sites ---
    "news_post": ("The minister's actual words, for the record: ", "What he actually said at the press conference:\n",
                  "For anyone who missed it, the original statement was ", "The banner in photo 3 reads:\n",
                  "Quote from the interview (the paper didn't translate it): ",
                  "The line everyone is sharing on Arabic twitter is this one:\n",
                  "Worth reading the original: ", "Here is what the spokesman said, word for word:\n"),
    "ask": ("Can someone translate please?", "Any Arabic speakers here who can tell us what that says?",
            "Translation?", "and in English that would be...?", "what does it say though",
            "Could you put that in English for the rest of us?", "I'd love to know what this means.",
            "Sorry, what does that mean?", "english pls", "Would anyone mind translating?"),
    "lead_colon": ("Roughly: ", "In English: ", "Translation: ", "It says: ", "My attempt: ", "Here you go: ",
                   "Rough translation: ", "Translated: ", "It reads: ", "Best I can do: ", "Loosely: ",
                   "Sure, it's: "),
    "lead_run": ("it means ", "lol it means ", "it's basically saying ", "basically ", "the gist is ",
                 "it translates to ", "roughly translates as ", "its saying ", "pretty much ", "ok so roughly ",
                 "that says ", "it literally says "),
    "remark": (" Hope that helps!", " Someone correct me if I'm wrong.", " 🙂", " (more or less)",
               " The second part is an idiom though.", " Happy to help.", " Not 100% sure about the last word.",
               " It sounds better in Arabic tbh.", " cheers", " It loses a lot in translation.", " ✌️",
               " Native speakers feel free to improve it."),
    "same_lead": ("In English:\n", "For non-Arabic speakers:\n", "Translation below:\n", "(English) ",
                  "Which means:\n", "For the English readers here: ", "My translation:\n", "i.e. "),
    "opinion": (" Make of that what you will.", "\n\nWhich is exactly the problem.", " Not exactly reassuring.",
                "\n\nSays it all really.", " Hardly the climbdown the headline suggests.",
                " Quite different from the paper's summary.", " That's a long way from an apology.",
                "\n\nRead it twice and tell me it's not a threat."),
    "before_open": ("He said, and I quote, ", "The exact words were ", "Her reply translates as ",
                    "The statement (my translation): ", "What she actually said was ", "In his words: ",
                    "Translated, the quote is ", "The relevant sentence: "),
    "before_mid": ("\n\nOriginal: ", " — the original: ", "\n\nIn Arabic it was:\n", " Original below.\n\n",
                   "\n(Arabic: ", " The Arabic, for anyone who wants to check: ", "\n\nThe source: ",
                   " In the original:\n"),
    "upthread": ("For those asking upthread what {n}'s quote means: ", "Since a few people asked about {n}'s Arabic: ",
                 "Re the quote {n} posted earlier, it says: ", "Nobody answered, so: {n}'s quote is ",
                 "To whoever asked about the Arabic further up: ", "Catching up on this thread. The Arabic {n} posted = ",
                 "The quote at the top (from {n}) translates to: ", "Answering the question above about {n}'s post: "),
    "topic_reply": ("Same thing happened last year and nobody was held to account.",
                    "The comments section on this paper never disappoints.",
                    "Interesting that the English version of the article leaves this out.",
                    "I was there in March and the mood was very different.",
                    "This is why I read more than one outlet.",
                    "The photo captions are wrong as well, that's not the same square.",
                    "Depressing reading, all of it.",
                    "Worth noting the timing, a week before the vote."),
    "topic_back": ("Fair point.", "Exactly this.", "Agreed, well said.", "Hadn't thought of that.",
                   "Quite.", "Ha, yes.", "Couldn't agree more.", "True enough."),
    "topic_long": ("This is the same line they used in 2019 and nothing changed afterwards.",
                   "The real story is the budget, not the speech.",
                   "Funny how the journalist didn't ask a single follow-up question.",
                   "Anyone who has lived there knows this is for domestic consumption.",
                   "I'd wait for the actual vote before getting excited.",
                   "The translation in the article was already pretty watered down.",
                   "He said much the same in parliament last month.",
                   "Nothing new here, honestly."),
    # --- Instagram and TikTok ---
    "emoji": (" 🤍", " ✨", " 🌙", " ❤️", " 🥹", " 🌿", " ☀️", " 💫"),
    "hashtags": ("\n\n#arabic #quotes #cairo", "\n.\n.\n#عربي #poetry #mood", "\n\n#sundayvibes #family",
                 "\n\n#arabiccalligraphy #art", "\n#travel #morocco #quoteoftheday", "\n\n#love #words #explore",
                 "\n\n#ramadan #reminder", "\n\n#photography #goldenhour"),
    "ig_ask": ("what does it mean 🥺", "translation please?? 😭", "what does this say", "english pls 🙏",
               "meaning??", "can u translate 🥺👉👈", "i need the translation asap", "wait what does it say"),
    "ig_praise": ("so beautiful 😍", "love this 🔥", "obsessed", "the colours!!", "stunning ❤️", "wow 😍😍",
                  "need this on my wall", "goosebumps"),
    "tt_other": ("the way this song lives in my head", "who's here in 2024", "this sound is everywhere rn",
                 "the editing 😭", "came back to this again", "why is this so relaxing",
                 "ok but the transition", "this deserves more views"),
    "tt_lead": ("translation for the curious: ", "for anyone wondering, it's ", "the lyrics say ",
                "english for the non arabs: ", "it goes like ", "translating the part at 0:12: ",
                "the line means ", "for the people asking: "),
    "ig_unrelated": ("📍 Alexandria, golden hour", "Weekend with my favourite people",
                     "Last day of the trip, not ready to go home", "Sunday reset ☕",
                     "New piece, swipe for the process", "Found this corner and couldn't leave",
                     "Throwback to the best summer", "Link in bio for prints"),
    "ig_wait": ("someone??", "bump 🙏", "also wondering", "same question", "+1", "pls 😭",
                "i need to know", "anyone?"),
    "joke": ("me nodding like i understand 😂", "my 2 years of duolingo did not prepare me for this",
             "reading this in my head with an american accent 💀", "i understood 'and' and that's it",
             "the way i paused to translate and gave up", "bro wrote a whole essay 😭",
             "me pretending i get it so i don't look left out", "my arabic teacher would be so disappointed"),
    # --- Quora and Stack Exchange ---
    "q_ask": ("What does \"{a}\" mean in English?", "Can someone translate this Arabic sentence: {a}",
              "What is the meaning of this: {a}?", "I got this message from a friend: {a} What does it say?",
              "How would you translate \"{a}\" into English?", "Saw this written on a card: {a} — what does it mean?",
              "Translation needed: {a}", "What's the English for this Arabic? {a}"),
    "q_lead": ("It translates to: ", "In English it means ", "It means ", "A natural translation would be ",
               "The sentence says ", "It roughly means ", "Literally: ", "In plain English: "),
    "explain": ("\n\nArabic often drops the verb 'to be' in the present, so don't look for a word for 'is'.",
                "\n\nThe word order is different in Arabic, which is why word-for-word tools struggle with it.",
                "\n\nThis is Modern Standard Arabic, the kind you'd see in newspapers.",
                "\n\nThe tone is fairly neutral; nothing rude or hidden in it.",
                "\n\nIf you're learning, the verb at the start is a good one to look up.",
                "\n\nNote the verb agrees with the subject, which is a common stumbling block.",
                "\n\nIt's a perfectly ordinary sentence, nothing idiomatic.",
                "\n\nYou'd hear this phrasing in the news more than in conversation."),
    "partial_after": (" The second sentence I'm not sure about, maybe someone else can help.",
                      " No idea about the rest, sorry.", " The rest is a bit beyond me.",
                      " Can't make out the second part.", " I'll leave the second sentence to a native speaker.",
                      " The second bit uses a word I don't know.", " That's the first half anyway.",
                      " Someone else can take the rest."),
    "partial_lead": ("The first sentence means: ", "I can only do the first part: ", "The beginning says ",
                     "Part one: ", "First sentence: ", "I only get the start: ", "The opening line is ",
                     "Start of it: "),
    "se_q": ("I came across this sentence in my textbook:\n\n> {a}\n\nI know the individual words but can't put "
             "them together. What does it mean?",
             "From a news article I'm reading:\n\n> {a}\n\nWhat is a good translation?",
             "My tutor wrote this on the board:\n\n> {a}\n\nCould someone explain what it says?",
             "Found in an old letter:\n\n> {a}\n\nI'd like an idiomatic English version.",
             "This was the example sentence in an exercise:\n\n> {a}\n\nHow should it be translated?",
             "I've been stuck on this line for a while:\n\n> {a}\n\nAny help appreciated.",
             "Reading practice text:\n\n> {a}\n\nIs there a natural way to say this in English?",
             "A colleague sent me this:\n\n> {a}\n\nWhat does it mean exactly?"),
    "se_lead": ("A fairly literal translation:\n\n> ", "I would translate it as:\n\n> ", "It means:\n\n> ",
                "English version:\n\n> ", "Something like:\n\n> ", "In idiomatic English:\n\n> ",
                "Here's my rendering:\n\n> ", "Closest I can get:\n\n> "),
    "learner_lead": ("My translation: ", "I think it means: ", "My attempt: ", "What I got: ",
                     "I translated it as ", "My guess: ", "Here's how I read it: ", "So far I have: "),
    "learner_ask": ("\n\nIs this right? I'm unsure about the tense.", "\n\nDid I get it right?",
                    "\n\nIs that correct, or am I missing something?", "\n\nAny corrections welcome!",
                    "\n\nCan someone check this for me?", "\n\nDoes that sound right to native speakers?",
                    "\n\nAm I close?", "\n\nIs the word order throwing me off here?"),
    "learner_yes": ("Yes, that's correct.", "That's right, well done.", "Spot on.", "Correct, nothing to add.",
                    "Yes, good translation.", "That's fine.", "Looks good to me.", "Exactly right."),
    "two_q": ("Two lines from a song I like, what do they mean?\n\n", "These two lines are on a poster in my office:\n\n",
              "Two sentences from my homework:\n\n", "I have two lines I can't figure out:\n\n",
              "My friend sent these:\n\n", "Two captions from a photo album:\n\n",
              "Can someone help with these two?\n\n", "From a menu, two lines:\n\n"),
    "line_labels": ("Line 1: |Line 2: ", "First: |Second: ", "1) |2) ", "(1) |(2) ", "1. |2. ", "Top line: |Bottom line: ",
                    "The first one: |The second one: ", "#1: |#2: "),
    "gt": ("Google Translate gives me complete nonsense for this one.", "google translate is useless for this",
           "I tried three different apps and got three different answers.",
           "DeepL and Google disagree completely, so I won't guess.",
           "Machine translation mangles this, you need a human.",
           "Translate apps choke on anything that isn't standard Arabic.",
           "Google gave me something about a camel, so clearly not.",
           "Auto-translate here is worse than useless."),
    "other_lead": ("For context, the sentence right before it in the book is: \"{o}\"",
                   "If it helps, the previous line in the text reads \"{o}\"",
                   "The paragraph it comes from starts with \"{o}\"",
                   "The chapter title, in English, is \"{o}\"",
                   "The next line in the original, translated, is \"{o}\"",
                   "The same author writes elsewhere: \"{o}\"",
                   "Context matters here: the sentence before is \"{o}\"",
                   "The caption under the same picture says \"{o}\""),
    "dialect": ("This is Egyptian dialect, you can tell from the negation.", "That's Levantine, not standard Arabic.",
                "Looks Gulf to me, the spelling gives it away.", "It's Moroccan Darija, which most Arabs struggle with too.",
                "Standard Arabic, nothing dialectal about it.", "This is Iraqi, I'd recognise that anywhere.",
                "Definitely Sudanese, the vocabulary is distinctive.", "It mixes MSA and dialect, which is very common online."),
    "hedge": ("Not a native speaker, but: ", "I'm still learning, so take this with a grain of salt: ",
              "Heritage speaker here, my best shot: ", "Not fluent, but I think it's: ",
              "Non-native, so roughly: ", "I studied it at uni, so: ", "Learner here, my take: ",
              "Amateur attempt: "),
    "correct_me": (" Someone correct me please.", " Corrections welcome.", " Please correct me if that's off.",
                   " A native speaker can probably do better.", " Could be wrong though.",
                   " Happy to be corrected.", " Don't quote me on it.", " I might be off on a word or two."),
    # --- Wikipedia talk pages ---
    "wiki_heading": ("== Untranslated quote in the Reception section ==", "== Arabic quotation needs translating ==",
                     "== Quote in the lead ==", "== Source language ==", "== Translation request ==",
                     "== Epigraph ==", "== Inscription text ==", "== Motto =="),
    "wiki_open": ("The article quotes {a} with no translation. Could someone add one?",
                  "The infobox has {a} but nothing in English. Anyone able to help?",
                  "We quote {a} in the lead without a translation, which is against MOS.",
                  "The inscription is given as {a}; an English rendering would help readers.",
                  "Per MOS:FOREIGNQUOTE we need a translation of {a}.",
                  "Someone added {a} to the History section. Can anyone render it in English?",
                  "Is there a reliable translation of {a}? I'd rather not use machine translation.",
                  "The motto {a} needs an English gloss."),
    "wiki_lead": ("It says: ", "The English is: ", "Translation: ", "Per the source, it says: ",
                  "Added to the article as: ", "In English it reads: ", "A literal translation: ",
                  "Reasonable rendering: "),
    "wiki_source": ("Is the quote itself sourced, though?", "The cited source is a blog, we should find something better.",
                    "The ref is dead, I've tagged it.", "Found it in the 2012 edition, page 44.",
                    "I've checked the source, the quote is accurate.", "Fine by me as long as it's cited.",
                    "The archive link still works.", "It's in the printed version, I have a copy."),
    "wiki_rebut": ("The source says {a} — it doesn't mention the date at all, so the claim should go.",
                   "Read the source again: {a}. Nothing there supports the sentence in our article.",
                   "The quote is {a}, and that's all it says. The article overstates it.",
                   "{a} is the entire quote. Where does the article's interpretation come from?",
                   "The cited text is {a}. I don't see how that supports 'widely criticised'.",
                   "Quoting the source directly: {a}. This is about a different event.",
                   "It literally only says {a}, so I've removed the claim pending a better source.",
                   "Disagree. {a} is about the old building, not the new one."),
    "wiki_agree": ("Agree, removed.", "Fair enough, I've tagged it as failed verification.",
                   "Good catch.", "Done.", "I'll look for another source.", "Makes sense.",
                   "Reverted, thanks.", "Noted."),
    # --- Goodreads and Amazon ---
    "rv_open": ("4 stars.\n\n", "Loved this one. ", "★★★★☆\n\n", "Not what I expected, in a good way. ",
                "3.5, rounded up.\n\n", "Beautiful book. ", "Five stars, no question.\n\n", "A slow burn but worth it. "),
    "rv_quote_in": ("The epigraph is ", "The line that stayed with me: ", "The book opens with ",
                    "My favourite passage: ", "The grandmother keeps repeating ", "The last page has ",
                    "There's a moment where the narrator says ", "The dedication reads "),
    "rv_after": (" — which roughly translates as \"{e}\"", " (\"{e}\")", " — in English, \"{e}\"",
                 " (my translation: \"{e}\")", " — \"{e}\"", " (roughly: \"{e}\")", ", i.e. \"{e}\"",
                 " — or, as the English edition has it, \"{e}\""),
    "rv_more": (" The rest of the book lives up to it.", " It sets the tone for everything after.",
                " I read that page three times.", " The translation in the English edition is clunkier.",
                " Worth it for the ending alone.", " The middle drags a little but stick with it.",
                " I underlined half the book.", " Highly recommend."),
    "rv_before": ("The inside cover says \"{e}\" and underneath, in the original: ",
                  "It's engraved with \"{e}\". The Arabic on it: ", "The card reads \"{e}\" — in Arabic: ",
                  "The print says \"{e}\", and the original text is ",
                  "Front of the mug: \"{e}\" Back of the mug: ", "The English tagline is \"{e}\"; the Arabic: ",
                  "Inside it's printed \"{e}\" and under it ", "The bookmark says \"{e}\", the other side: "),
    "rv_end": (" Lovely touch.", " Arrived quickly and well packed.", " My mum loved it.",
               " Great gift.", " Print quality is good.", " Would buy again.", " Exactly as pictured.",
               " Nice quality for the price."),
    "rv_noise": ("The prose is gorgeous and the pacing never lets up.", "The characters feel like real people.",
                 "I didn't care for the ending but the first half is brilliant.",
                 "Read it in two sittings.", "The family scenes are the heart of it.",
                 "Some of the politics went over my head.", "It made me call my grandmother.",
                 "The translator deserves an award."),
    "rv_packaging": ("The instructions are only in Arabic: ", "The whole leaflet is in Arabic, e.g. ",
                     "No English on the box at all, just ", "The label says ", "The manual only has this: ",
                     "Every page is in Arabic, starting with ", "The warning sticker reads ",
                     "The setup guide says "),
    "rv_complain": (" Had to use my phone camera to figure it out. 2 stars.", " Not helpful if you can't read it.",
                    " Seller should include an English version.", " Returned it.",
                    " Works fine, but come on.", " One star off for that.",
                    " Had to ask my neighbour. 3 stars.", " Product is ok otherwise."),
    "rv_ask": ("what does the arabic bit mean?", "Sorry, what's the Arabic line in English?",
               "Can you translate the quote?", "What does that line say?", "the quote in english?",
               "I'd love to know what the epigraph says!", "translation of the quote?",
               "what's that passage mean"),
    # --- WhatsApp ---
    "wa_intro": ("my aunt sent this in the family group, my cousin translated for me lol\n\n",
                 "Exported from our group chat, the translation is at the end:\n\n",
                 "Context for this thread (WhatsApp export):\n\n", "Posting the chat as it was:\n\n",
                 "This is from my in-laws' group:\n\n", "Copy of the chat below.\n\n",
                 "Family chat from last night:\n\n", "Here's the exchange:\n\n"),
    "wa_ask": ("???", "what does this mean", "english please 😅", "huh", "I don't read Arabic remember 😂",
               "can someone translate", "meaning?", "sorry what"),
    "wa_lead": ("", "it says ", "so it's ", "she said ", "basically ", "", "lol ", "means "),
    "wa_thanks": ("ahh ok thanks", "thank you!!", "aww", "ok got it", "❤️", "thanks 😊", "haha ok", "ok 👍"),
    "wa_chat": ("are we still on for Friday?", "I'll bring dessert", "who's picking up grandma",
                "running 10 min late", "did anyone book the table?", "traffic is terrible",
                "can someone send the address", "see you all there"),
    "wa_two_lead": ("ok so ", "first part: ", "", "she's saying ", "ok ", "it says ", "so basically ", "lemme try: "),
    # --- mailing lists ---
    "list": ("arabic-learners", "translators-l", "mideast-history", "calligraphy-group", "book-club",
             "linguistics-digest", "heritage-archive", "family-history"),
    "mail_open": ("Hi all,\n\nCan anyone help with this line from my grandfather's letter?\n\n",
                  "Hello list,\n\nA quick one: what's this in English?\n\n",
                  "Dear all,\n\nI found this inscription on a photograph:\n\n",
                  "Hi everyone,\n\nThis was on the back of a postcard:\n\n",
                  "Hello,\n\nCould someone translate the following?\n\n",
                  "Dear list,\n\nI'd be grateful for a translation of:\n\n",
                  "Hi,\n\nStuck on this sentence:\n\n",
                  "Hello all,\n\nThis came up in the archive today:\n\n"),
    "mail_lead": ("It reads: ", "My reading: ", "That means: ", "In English: ", "I make it: ",
                  "Here it is in English: ", "This says: ", "Roughly: "),
    "mail_sign": ("\n\nBest,\n{n}", "\n\nCheers,\n{n}", "\n\n-- \n{n}", "\n\nRegards,\n{n}",
                  "\n\nKind regards,\n{n}", "\n\nAll best,\n{n}", "\n\nThanks,\n{n}", "\n\nWarm wishes,\n{n}"),
    "mail_stuck": ("Can anyone on the list help with this one? I'm stuck.", "Bumping this, does anyone read Arabic?",
                   "I'm also curious, no idea myself.", "Try the translators' forum, they're quicker.",
                   "Not my area, sorry. Maybe ask the university?", "Is there a photo of the original?",
                   "I'd be careful with the handwriting, some letters look alike.",
                   "Following this one."),
    "mail_admin": ("Reminder: the list moves to the new server on Monday.",
                   "Please trim quoted text when replying to the digest.",
                   "Meeting notes are now on the wiki.", "Membership renewals are due this month.",
                   "Welcome to our new members!", "The archive is down for maintenance tonight.",
                   "Next call is on the 14th.", "Please keep replies on topic."),
}


class Writer(pairing_blind42.Writer):
    """A thread being written: every :meth:`who` a person of its own, this round's banks."""

    banks = BANKS

    def two_of(self, bank: str) -> list[str]:
        """Two different phrases of ``bank`` from this thread's half (two people do not say the same)."""
        return self.p.rng.sample(list(self.banks[bank][self.half :: 2]), 2)


Shape = Callable[[Writer], None]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def signature(w: Writer, name: str) -> str:
    """A Wikipedia talk page signature, the time drawn for the thread."""
    rng = w.p.rng
    return (f" [[User:{name}|{name}]] ([[User talk:{name}|talk]]) {rng.randrange(24):02}:{rng.randrange(60):02},"
            f" {rng.randrange(1, 29)} {rng.choice(MONTHS)} 2024 (UTC)")


def wa_prefix(day: int, hour: int, minute: int, name: str) -> str:
    """A WhatsApp export line's prefix: "12/03/2024, 21:14 - Name: "."""
    return f"{day:02}/03/2024, {hour:02}:{minute:02} - {name}: "


def run_on(english: str, pool: Pairs) -> str:
    """The English after a run-on lead ("basically the ..."): its first letter in lower case unless its first word is
    a name, one the part's English writes capitalized after a lower-case word or never in lower case ("Sami", "Tom")."""
    word = regex.match(r"\p{L}*", english)
    text = "\n".join(e for _, e in pool)
    if word and word[0] and (regex.search(rf"\p{{Ll}} {word[0]}\b", text) or not regex.search(rf"\b{word[0].lower()}\b", text)):
        return english
    return lower_first(english)


def after_lead(lead: str, english: str, pool: Pairs) -> str:
    """The English as typed after ``lead``: as it is after a colon, a line break or no lead, else :func:`run_on`."""
    return english if not lead or lead.endswith((": ", "\n", "= ")) else run_on(english, pool)


def tail(after: str, arabic: str) -> str:
    """Text after the Arabic in a sentence, its first stop or question mark left out where the Arabic ends in one."""
    return after[1:] if after[:1] in ".?" and arabic[-1:] in ".?!؟" else after


def mail_header(w: Writer, number: int, name: str, subject: str) -> str:
    """A digest message's header lines."""
    address = name.lower().replace(" ", ".") + "@example.org"
    return (f"------------------------------\n\nMessage: {number}\nDate: Tue, 12 Mar 2024 21:{10 + number:02}:0{number}"
            f" +0000\nFrom: {name} <{address}>\nSubject: {subject}\n\n")


def quote_lines(text: str) -> str:
    """Text quoted as a mail reply quotes it, "> " before each line."""
    return "\n".join("> " + line for line in text.split("\n"))


# --- positives -----------------------------------------------------------------------------------


def news_third_reply(w: Writer) -> None:
    """A news commenter quotes a statement, a reader asks, a third reader translates in a reply, a remark after."""
    poster, asker, helper = w.who("news"), w.who("news"), w.who("news")
    w.add("1", None, poster, w.ph("news_post"), ("A", w.arabic))
    w.add("2", "1", asker, w.ph("ask"))
    w.add("3", "2", helper, w.ph("lead_colon"), ("E", w.english), w.ph("remark"))
    w.item(("A", "E"))


def news_same_after(w: Writer) -> None:
    """One news comment: the Arabic, the English under it, then the commenter's opinion."""
    w.add("1", None, w.who("news"), w.ph("news_post"), ("A", w.arabic), "\n\n", w.ph("same_lead"), ("E", w.english),
          w.ph("opinion"))
    w.add("2", "1", w.who("news"), w.ph("topic_back"))
    w.item(("A", "E"))


def news_before(w: Writer) -> None:
    """A news comment quoting the English first (in quote marks) and the original after it."""
    op, cl = quoted(w.english)
    mid = w.ph("before_mid")
    close = ")" if mid.endswith("(Arabic: ") else ""
    w.add("1", None, w.who("news"), w.ph("before_open"), op, ("E", w.english), cl, mid, ("A", w.arabic), close)
    w.add("2", "1", w.who("news"), w.ph("topic_reply"))
    w.item(("A", "E"))


def news_upthread(w: Writer) -> None:
    """A later top-level news comment translates a quote "for those asking upthread", no reply link."""
    poster, asker, a, helper = w.who("news"), w.who("news"), w.who("news"), w.who("news")
    w.add("1", None, poster, w.ph("news_post"), ("A", w.arabic))
    w.add("2", "1", asker, w.ph("ask"))
    w.add("3", None, a, w.ph("topic_reply"))
    lead = w.ph("upthread").format(n=poster)
    w.add("4", None, helper, lead, ("E", after_lead(lead, w.english, w.p.pool)))
    w.item(("A", "E"))


def ig_caption(w: Writer) -> None:
    """An Instagram caption: the Arabic, the English on the next line, an emoji and hashtags."""
    poster = w.who("ig")
    w.add("1", None, poster, ("A", w.arabic), "\n", ("E", w.english), w.ph("emoji"), w.ph("hashtags"))
    w.add("2", "1", w.who("ig"), w.ph("ig_praise"))
    w.item(("A", "E"))


def ig_mention(w: Writer) -> None:
    """Instagram: someone asks under the caption, a third person answers "@asker" with a lead and an emoji."""
    poster, asker, helper = w.who("ig"), w.who("ig"), w.who("ig")
    w.add("1", None, poster, ("A", w.arabic), w.ph("emoji"))
    w.add("2", "1", asker, f"@{poster} " + w.ph("ig_ask"))
    w.add("3", "1", helper, f"@{asker} " + w.ph("lead_colon"), ("E", w.english), w.ph("emoji"))
    w.item(("A", "E"))


def tt_casual(w: Writer) -> None:
    """TikTok: a reply typed on a phone, a run-on lead, lower case, no stop, sometimes a typo."""
    poster, asker, helper = w.who("tt"), w.who("tt"), w.who("tt")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", asker, w.ph("ig_ask"))
    w.add("3", "1", helper, f"@{asker} " + w.ph("lead_run"), ("E", casual(w.english, w.p.rng, w.p.rng.random() < 0.5)))
    w.item(("A", "E"))


def tt_top_level(w: Writer) -> None:
    """TikTok: one commenter posts a lyric, another translates it in a top-level comment of their own."""
    w.add("1", None, w.who("tt"), ("A", w.arabic))
    w.add("2", None, w.who("tt"), w.ph("tt_other"))
    w.add("3", None, w.who("tt"), w.ph("tt_lead"), ("E", run_on(w.english, w.p.pool)), w.ph("emoji"))
    w.item(("A", "E"))


def quora_answer(w: Writer) -> None:
    """Quora: a question with the Arabic in it; an answer with the translation in quote marks and an explanation."""
    q, a = w.ph("q_ask").split("{a}")
    op, cl = quoted(w.english)
    w.add("1", None, w.who("quora"), q, ("A", w.arabic), tail(a, w.arabic))
    w.add("2", "1", w.who("quora"), w.ph("q_lead") + op, ("E", w.english), cl + w.ph("explain"))
    w.item(("A", "E"))


def quora_partial(w: Writer) -> None:
    """Quora: an answer translating the first of two sentences only, saying so."""
    _, _, e1, _ = w.two()
    q, a = w.ph("q_ask").split("{a}")
    w.add("1", None, w.who("quora"), q, ("A", w.arabic), tail(a, w.arabic))
    lead = w.ph("partial_lead")
    w.add("2", "1", w.who("quora"), lead, ("E", after_lead(lead, e1, w.p.pool)), w.ph("partial_after"))
    w.items = _blind.partial_items([("A", "E", True)], w.spans)


def quora_hedged(w: Writer) -> None:
    """Quora: "not a native speaker but" before the translation, a request to be corrected after it."""
    q, a = w.ph("q_ask").split("{a}")
    w.add("1", None, w.who("quora"), q, ("A", w.arabic), tail(a, w.arabic))
    w.add("2", "1", w.who("quora"), w.ph("hedge"), ("E", w.english), w.ph("correct_me"))
    w.item(("A", "E"))


def se_block(w: Writer) -> None:
    """Stack Exchange: the Arabic as a "> " block in the question, the translation as one in the answer."""
    q, a = w.ph("se_q").split("{a}")
    w.add("1", None, w.who("se"), q, ("A", w.arabic), tail(a, w.arabic))
    w.add("2", "1", w.who("se"), w.ph("se_lead"), ("E", w.english), w.ph("explain"))
    w.item(("A", "E"))


def se_learner(w: Writer) -> None:
    """Stack Exchange: a learner posts the Arabic and an own translation to check; an answer says it is right."""
    lead = w.ph("learner_lead")
    op, cl = quoted(w.english) if not lead.endswith(": ") or w.p.rng.random() < 0.5 else ("", "")
    w.add("1", None, w.who("se"), ("A", w.arabic), "\n\n", lead + op, ("E", w.english), cl, w.ph("learner_ask"))
    w.add("2", "1", w.who("se"), w.ph("learner_yes"))
    w.item(("A", "E"))


def se_two_lines(w: Writer) -> None:
    """Stack Exchange: two lines in a question, translated line by line in an answer: two items."""
    other_a, other_e = w.neighbour()
    first, second = w.ph("line_labels").split("|")
    w.add("1", None, w.who("se"), w.ph("two_q"), ("A", w.arabic), "\n", ("B", other_a))
    w.add("2", "1", w.who("se"), first, ("E", w.english), "\n" + second, ("F", other_e))
    w.item(("A", "E"), ("B", "F"))


def wiki_talk(w: Writer) -> None:
    """A Wikipedia talk page: a heading and a request with the Arabic, a ":" reply translating, signatures."""
    opener, helper = w.who("wiki"), w.who("wiki")
    before, after = w.ph("wiki_open").split("{a}")
    w.add("1", None, opener, w.ph("wiki_heading") + "\n" + before, ("A", w.arabic), tail(after, w.arabic) + signature(w, opener))
    op, cl = quoted(w.english)
    w.add("2", "1", helper, ":" + w.ph("wiki_lead") + op, ("E", w.english), cl + signature(w, helper))
    w.item(("A", "E"))


def wiki_nested(w: Writer) -> None:
    """A Wikipedia talk page: a ":" reply on sourcing, then a "::" reply translating."""
    opener, other, helper = w.who("wiki"), w.who("wiki"), w.who("wiki")
    before, after = w.ph("wiki_open").split("{a}")
    w.add("1", None, opener, w.ph("wiki_heading") + "\n" + before, ("A", w.arabic), tail(after, w.arabic) + signature(w, opener))
    w.add("2", "1", other, ":" + w.ph("wiki_source") + signature(w, other))
    w.add("3", "2", helper, "::" + w.ph("wiki_lead"), ("E", w.english), signature(w, helper))
    w.item(("A", "E"))


def goodreads_after(w: Writer) -> None:
    """A Goodreads review quoting the Arabic, its English after it, then more review."""
    before, after = w.ph("rv_after").split("{e}")
    w.add("1", None, w.who("review"), w.ph("rv_open") + w.ph("rv_quote_in"), ("A", w.arabic), before,
          ("E", w.english), after + "." * (not w.english.endswith((".", "!", "?"))) + w.ph("rv_more"))
    w.add("2", "1", w.who("review"), w.ph("topic_back"))
    w.item(("A", "E"))


def amazon_before(w: Writer) -> None:
    """An Amazon review of a print or a mug: the English first, in quote marks, the Arabic after it."""
    before, after = w.ph("rv_before").split("{e}")
    w.add("1", None, w.who("review"), w.ph("rv_open") + before, ("E", w.english), after, ("A", w.arabic),
          w.ph("rv_end"))
    w.item(("A", "E"))


def review_casual(w: Writer) -> None:
    """A review's comments: someone asks about the Arabic line, the reviewer answers casually."""
    reviewer, asker = w.who("review"), w.who("review")
    w.add("1", None, reviewer, w.ph("rv_open") + w.ph("rv_quote_in"), ("A", w.arabic), "\n\n" + w.ph("rv_noise"))
    w.add("2", "1", asker, w.ph("rv_ask"))
    w.add("3", "2", reviewer, w.ph("lead_run"), ("E", casual(w.english, w.p.rng, w.p.rng.random() < 0.4)))
    w.item(("A", "E"))


def wa_paste(w: Writer) -> None:
    """A WhatsApp export pasted into one forum comment; a cousin's line translates the aunt's."""
    aunt, me, cousin = w.who("wa"), w.who("wa"), w.who("wa")
    day, hour, minute = 1 + w.p.rng.randrange(28), 8 + w.p.rng.randrange(14), w.p.rng.randrange(40)
    lead = w.ph("wa_lead")
    w.add("1", None, w.who("news"), w.ph("wa_intro") + wa_prefix(day, hour, minute, aunt), ("A", w.arabic), "\n"
          + wa_prefix(day, hour, minute + 2, me) + w.ph("wa_ask") + "\n" + wa_prefix(day, hour, minute + 3, cousin) + lead,
          ("E", after_lead(lead, w.english, w.p.pool)), "\n" + wa_prefix(day, hour, minute + 4, me) + w.ph("wa_thanks"))
    w.item(("A", "E"))


def wa_messages(w: Writer) -> None:
    """A WhatsApp chat as messages: the Arabic, a question, the same person translating in lower case."""
    a, b = w.who("wa"), w.who("wa")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", None, b, w.ph("wa_ask"))
    w.add("3", None, a, w.ph("lead_run"), ("E", run_on(w.english, w.p.pool)))
    w.add("4", None, b, w.ph("wa_thanks"))
    w.item(("A", "E"))


def wa_split(w: Writer) -> None:
    """A WhatsApp chat: a third person translates two sentences in two messages one after the other."""
    _, _, e1, e2 = w.two()
    a, b, c = w.who("wa"), w.who("wa"), w.who("wa")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", None, b, w.ph("wa_ask"))
    lead = w.ph("wa_two_lead")
    w.add("3", None, c, lead, ("E", after_lead(lead, e1, w.p.pool)))
    w.add("4", None, c, ("E2", e2))
    w.item(("A", "E"))
    w.items[0]["continued"] = [list(w.spans["E2"])]


def mail_digest(w: Writer) -> None:
    """A mailing-list digest pasted whole: a message with the Arabic, a reply quoting it with "> " and translating."""
    asker, helper = w.who("mail"), w.who("mail")
    subject = f"[{w.ph('list')}] Translation help"
    w.add("1", None, asker, "Today's Topics:\n\n   1. Translation help\n   2. Re: Translation help\n\n"
          + mail_header(w, 1, asker, subject) + w.ph("mail_open"), ("A", w.arabic), w.ph("mail_sign").format(n=asker)
          + "\n\n" + mail_header(w, 2, helper, "Re: " + subject) + quote_lines(w.arabic) + "\n\n" + w.ph("mail_lead"),
          ("E", w.english), w.ph("mail_sign").format(n=helper))
    w.item(("A", "E"))


def mail_reply(w: Writer) -> None:
    """A list's messages as comments: the reply quotes the Arabic with "> " and translates under it."""
    asker, helper = w.who("mail"), w.who("mail")
    w.add("1", None, asker, w.ph("mail_open"), ("A", w.arabic), w.ph("mail_sign").format(n=asker))
    w.add("2", "1", helper, f"On Tue, 12 Mar 2024, {asker} wrote:\n" + quote_lines(w.arabic) + "\n\n"
          + w.ph("mail_lead"), ("E", w.english), w.ph("mail_sign").format(n=helper))
    w.item(("A", "E"))


# --- negatives -----------------------------------------------------------------------------------


def n_news_topic(w: Writer) -> None:
    """A news reply on the topic, not translating; the poster agrees."""
    poster = w.who("news")
    w.add("1", None, poster, w.ph("news_post"), ("A", w.arabic))
    w.add("2", "1", w.who("news"), w.ph("topic_long"))
    w.add("3", "2", poster, w.ph("topic_back"))
    w.item(("A", None))


def n_ig_unanswered(w: Writer) -> None:
    """Instagram: people ask what the caption says; nobody answers."""
    poster, a, b = w.who("ig"), w.who("ig"), w.who("ig")
    w.add("1", None, poster, ("A", w.arabic), w.ph("emoji"), w.ph("hashtags"))
    w.add("2", "1", a, f"@{poster} " + w.ph("ig_ask"))
    w.add("3", "1", b, f"@{a} " + w.ph("ig_wait"))
    w.add("4", "1", w.who("ig"), w.ph("ig_praise"))
    w.item(("A", None))


def n_quora_gt(w: Writer) -> None:
    """Quora: an answer saying machine translation fails, without translating."""
    q, a = w.ph("q_ask").split("{a}")
    w.add("1", None, w.who("quora"), q, ("A", w.arabic), tail(a, w.arabic))
    w.add("2", "1", w.who("quora"), w.ph("gt"))
    w.item(("A", None))


def n_se_other_passage(w: Writer) -> None:
    """Stack Exchange: an answer giving the English of another line of the book, not the posted one."""
    q, a = w.ph("se_q").split("{a}")
    w.add("1", None, w.who("se"), q, ("A", w.arabic), tail(a, w.arabic))
    w.add("2", "1", w.who("se"), w.ph("other_lead").format(o=w.other))
    w.item(("A", None))


def n_wiki_rebuttal(w: Writer) -> None:
    """A Wikipedia talk page: an editor quotes the Arabic source to dispute a claim; another agrees."""
    editor, other = w.who("wiki"), w.who("wiki")
    before, after = w.ph("wiki_rebut").split("{a}")
    w.add("1", None, editor, w.ph("wiki_heading") + "\n" + before, ("A", w.arabic), tail(after, w.arabic) + signature(w, editor))
    w.add("2", "1", other, ":" + w.ph("wiki_agree") + signature(w, other))
    w.item(("A", None))


def n_tt_jokes(w: Writer) -> None:
    """TikTok: jokes about not understanding the Arabic."""
    first, second = w.two_of("joke")
    w.add("1", None, w.who("tt"), ("A", w.arabic))
    w.add("2", "1", w.who("tt"), first)
    w.add("3", "1", w.who("tt"), second)
    w.item(("A", None))


def n_review_noise(w: Writer) -> None:
    """A Goodreads review quoting the Arabic and going on in English about the book."""
    w.add("1", None, w.who("review"), w.ph("rv_open") + w.ph("rv_quote_in"), ("A", w.arabic), "\n\n"
          + w.ph("rv_noise") + w.ph("rv_more"))
    w.item(("A", None))


def n_wa_plans(w: Writer) -> None:
    """A WhatsApp chat: the Arabic, then English messages about plans."""
    a, b = w.who("wa"), w.who("wa")
    first, second = w.two_of("wa_chat")
    w.add("1", None, a, ("A", w.arabic))
    w.add("2", None, b, first)
    w.add("3", None, a, second)
    w.item(("A", None))


def n_mail_unanswered(w: Writer) -> None:
    """A list: a request with the Arabic, a reply that cannot help, an admin notice."""
    asker = w.who("mail")
    w.add("1", None, asker, w.ph("mail_open"), ("A", w.arabic), w.ph("mail_sign").format(n=asker))
    w.add("2", "1", w.who("mail"), w.ph("mail_stuck"))
    w.add("3", None, w.who("mail"), w.ph("mail_admin"))
    w.item(("A", None))


def n_amazon_leaflet(w: Writer) -> None:
    """An Amazon review complaining the leaflet is only in Arabic, quoting it."""
    w.add("1", None, w.who("review"), w.ph("rv_packaging"), ("A", w.arabic), w.ph("rv_complain"))
    w.item(("A", None))


def n_quora_dialect(w: Writer) -> None:
    """Quora: an answer about the dialect only."""
    q, a = w.ph("q_ask").split("{a}")
    w.add("1", None, w.who("quora"), q, ("A", w.arabic), tail(a, w.arabic))
    w.add("2", "1", w.who("quora"), w.ph("dialect"))
    w.item(("A", None))


def n_ig_place(w: Writer) -> None:
    """An Instagram caption whose English line is a place and a mood, not the Arabic's translation."""
    w.add("1", None, w.who("ig"), ("A", w.arabic), "\n", w.ph("ig_unrelated"), w.ph("hashtags"))
    w.add("2", "1", w.who("ig"), w.ph("ig_praise"))
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "news: a third reader translates on request": (news_third_reply, 2, "pos"),
    "news: English under the Arabic, an opinion after": (news_same_after, 1, "pos"),
    "news: English quoted first, the original after": (news_before, 1, "pos"),
    "news: later top-level comment for those asking upthread": (news_upthread, 2, "pos"),
    "Instagram: caption in both languages, hashtags": (ig_caption, 1, "pos"),
    "Instagram: @asker reply with a lead": (ig_mention, 1, "pos"),
    "TikTok: casual reply, lower case, maybe a typo": (tt_casual, 1, "pos"),
    "TikTok: top-level comment translating a lyric": (tt_top_level, 1, "pos"),
    "Quora: answer in quote marks with an explanation": (quora_answer, 2, "pos"),
    "Quora: first sentence only (partial)": (quora_partial, 2, "pos"),
    "Quora: not a native speaker, correct me": (quora_hedged, 1, "pos"),
    "Stack Exchange: > block question and answer": (se_block, 1, "pos"),
    "Stack Exchange: learner's own translation to check": (se_learner, 1, "pos"),
    "Stack Exchange: two lines translated line by line": (se_two_lines, 1, "pos"),
    "Wikipedia talk: : reply with signature": (wiki_talk, 2, "pos"),
    "Wikipedia talk: :: reply after sourcing talk": (wiki_nested, 1, "pos"),
    "Goodreads: English after the Arabic in the review": (goodreads_after, 1, "pos"),
    "Amazon: English first, the Arabic after": (amazon_before, 1, "pos"),
    "review comments: reviewer answers casually": (review_casual, 1, "pos"),
    "WhatsApp export pasted in one comment": (wa_paste, 1, "pos"),
    "WhatsApp messages: translated in lower case": (wa_messages, 1, "pos"),
    "WhatsApp messages: translation in two messages": (wa_split, 2, "pos"),
    "mail digest pasted whole, > quoted Arabic": (mail_digest, 2, "pos"),
    "mail reply quoting and translating": (mail_reply, 1, "pos"),
    "neg: news reply on the topic": (n_news_topic, 1, "neg"),
    "neg: Instagram request nobody answers": (n_ig_unanswered, 1, "neg"),
    "neg: Quora machine translation fails": (n_quora_gt, 1, "neg"),
    "neg: Stack Exchange English of another line": (n_se_other_passage, 1, "neg"),
    "neg: Wikipedia talk rebuttal quoting the Arabic": (n_wiki_rebuttal, 1, "neg"),
    "neg: TikTok jokes": (n_tt_jokes, 1, "neg"),
    "neg: Goodreads review goes on in English": (n_review_noise, 1, "neg"),
    "neg: WhatsApp chat about plans": (n_wa_plans, 1, "neg"),
    "neg: list request nobody answers": (n_mail_unanswered, 1, "neg"),
    "neg: Amazon leaflet only in Arabic": (n_amazon_leaflet, 1, "neg"),
    "neg: Quora answer about the dialect": (n_quora_dialect, 1, "neg"),
    "neg: Instagram caption's English is a place and mood": (n_ig_place, 1, "neg"),
}


class Round(pairing_blind42.Round):
    """Round 42's checks (a translation split over two messages read part by part) on this round's banks: each holds
    8 wordings or more."""

    def check_banks(self) -> None:
        """Every bank has at least 8 wordings, for both halves, and no wording of one half is in one of the other."""
        short = [name for name, bank in BANKS.items() if len(bank) < 8]
        if short:
            raise AssertionError(f"banks with fewer than 8 wordings: {short}")
        _blind.check_banks(BANKS)


ROUND = Round(__doc__, SEED, SHAPES, Writer, same, DEFAULT_OUT)

if __name__ == "__main__":
    raise SystemExit(ROUND.main())
