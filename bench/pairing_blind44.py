"""Round 44 of pairing's development set, written blind: real (Arabic, English) pairs set in more of the
ordinary places issue 14 is about, not the ones rounds 42 and 43 took: language-learning forums (a learner's
"is my translation right?", a Duolingo-style sentence discussion), Twitch and YouTube live-chat replays,
Steam and app-store reviews, GitHub issues and pull requests about an app's Arabic strings, Discourse and
phpBB posts with [quote] blocks, Hacker News and Mastodon threads, and Genius-style lyrics annotations;
about two thirds with a commenter's translation and one third with English near the Arabic that is not its
translation.

Settings: a learner's own attempt under the Arabic, confirmed in a reply; a native answering a stuck
learner, a grammar note after; a learner forum reply typed casually; a sentence discussion whose first post
gives the sentence and its English; a sentence discussion where someone's typed answer was marked wrong; a
Twitch chat replay pasted into one comment ("[21:04:12] name: text"); a YouTube live-chat replay pasted
("41:03 Name: text"); a live chat as messages, translated a few messages later, or in two messages; a Steam
review with the English after the Arabic, and one translated in a comment; a store review shown
machine-translated (the English first, the original after); a store review with the reviewer's own English
"for the devs"; a GitHub issue giving a string's back-translation and what it should say; a pull request
whose diff replaces one Arabic string by another and whose description translates the new one; a review
comment quoting a string and asking whether its English reading is meant; a Discourse reply with a
[quote="name, post:1, topic:N"] block, and one whose translation comes in two posts; a phpBB
[quote=name] reply; a forum post with the English first and the original after; a Hacker News reply with
a "> " quote; a later Hacker News top-level comment about the Arabic upthread; a Mastodon reply after
@user@server mentions, and a Mastodon post of one's own translating another's (no reply link); a Genius
annotation of one line, of two lines (line by line), and of the first sentence only.
Negatives: a learner's grammar question answered in grammar; sentence-discussion chatter; Twitch chat spam
with an unanswered "what did he say"; a Steam review's comments saying machine translation is useless; a
developer's generic store response; a GitHub issue on a truncated string; a GitHub issue "it says X, it
should say Y" with both in Arabic; a Discourse rebuttal quoting the Arabic; a Hacker News reply translating
the next line of the article, not the quoted one; Mastodon jokes; a Genius annotation on the song's
background; a phpBB request bumped and never answered; a live chat where another viewer's Arabic is
translated and the passage is not.

Decided (the gold span is the translation only, first word to last word):
- Leads ("My attempt:", "lol it means", "he said", "(Translated by Google)", "EN:", a chat line's
  "[21:04:12] name:", "@user@server" mentions, "Re the Arabic in X's comment:") are outside the span, and so
  are remarks after it ("hope that helps", an emoji, "someone correct me", a grammar note, "Did I get it?",
  a Genius explanation, a GitHub "but the source says ...").
- Quote marks, [quote] blocks, code fences, a diff's "+ " and a "> " around either side are outside it; the
  translation's own final stop, when it has one, is inside.
- A translation typed casually (lower case, no final stop, one typo) is the span as typed; the check is round
  42's (case-folded, without a final stop, one swap of neighbouring letters allowed).
- A run-on lead ("it's basically saying the ...") puts the translation's first letter in lower case; the
  span starts at that word.
- A learner's own attempt posted with the Arabic, and an answer a learner typed and quotes ("I wrote
  "..." and it was marked wrong"), are the commenter's translations: positives.
- A platform's machine translation shown with a review ("(Translated by Google) ... (Original) ...") is the
  English given for the Arabic: a positive.
- A GitHub back-translation ("which back-translates to "X", but the source string is "Y"") pairs with X;
  Y, the English the string should have said, is no translation of the Arabic.
- A pull request's old string (the diff's "- " line) is a passage of its own nobody translates: an item
  with no span.
- A quoted copy of the Arabic ([quote] block, "> " line) is a copy: the item is the Arabic where it was
  first posted.
- A first-sentence-only translation of a two-sentence passage is the gold, marked partial; a translation
  in two messages or posts is one item: the first part ``expected``, the second ``continued``.
- Two lyric lines annotated line by line are two items, each its own span.
- English of another passage (the article's next line, another viewer's message) is no translation of the
  posted one: a negative.
Not used: wrong or loose translations (the data give one English per pair), other languages, Arabizi.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out ones,
and every bank holds 8 wordings or more. The gold check, the casual typing and a split translation's check
are round 42's, the run-on lead and the quoted lines round 43's (imported, not copied).

Run: python3 bench/pairing_blind44.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
import pairing_blind42  # noqa: E402  (its gold check and typing helpers, not its wordings)
import pairing_blind43  # noqa: E402  (its lead and quoting helpers, not its wordings)
from pairing_blind42 import casual, quoted, same  # noqa: E402
from pairing_blind43 import after_lead, quote_lines, run_on, tail  # noqa: E402

SEED = 44129
DEFAULT_OUT = Path("/tmp/r44/pairing-devset-round44.jsonl")

BANKS: dict[str, tuple[str, ...]] = {
    # --- people, by place (even entries tuned, odd held out) ---
    "learn": ("throwaway_arabic22", "qalb_student", "mariam_s_", "lazyLinguist", "bookworm_fez", "NorthernSaj",
              "duskwalker91", "hamza_teaches", "ElinaStudies", "kiwi_in_amman", "polyglot_pete", "wadi_walker",
              "ZeynepLearns", "tired_grad_student"),
    "duo": ("Margo_Owl", "JackieB.9", "streak_1200", "Tarek_F", "Lingot_hoarder", "ana.maria.r", "owlbait", "Sofi3",
            "bel_bel", "RakanA", "GretaPlays", "nour_m"),
    "chat": ("xXfalconXx", "abu_fahd", "kebabenjoyer", "lurk_mode", "cozy_cactus", "zaina_gg", "pog_champion_7",
             "miso_soup", "khaled_tv", "ratJAM_", "sandstorm_99", "velvetcat", "omar_ow", "g0blin", "lemonsqueezy",
             "hayat_plays"),
    "yt": ("Ahmed Salah", "Jenny K", "The Quiet Viewer", "Mo Dahabi", "Rania Z", "PixelPaul", "Sarah Al-Otaibi",
           "bored at work", "Yousef M", "Lena Fischer", "Tariq Vlogs", "Chris P.", "Huda", "Marco Rossi"),
    "steam": ("Saqr_", "ToasterBath", "dz_gamer", "SirClicksalot", "Meshari", "n00bmaster", "Haytham",
              "CrateOpener", "Fennec", "LaggyLarry", "Bassel.exe", "WhiskeyTango"),
    "app": ("Abdullah M.", "happy customer", "Noura123", "Dave R", "Maha.A", "iPhoneUser8821", "Fahad S", "KP",
            "Layan", "not impressed", "Hessa K", "Ben T"),
    "gh": ("mkhalil", "octo-dev", "rtl-fixer", "jpetersen", "a-hassan", "lina-l10n", "sarah-codes", "yzaid",
           "danielfm", "hind-qa", "tkoenig", "omarsh"),
    "forum": ("Moderator_Ali", "OldTimer", "Bint_Ahmed", "grumpy_gus", "translator_tom", "Safiya", "LeMarcheur",
              "Ibn_Rushd_fan", "Fenwick", "Rimah", "Quill", "abdelkader"),
    "hn": ("throwaway2938", "jmorrison", "nabeel_h", "pcw", "ktheory", "amira_s", "fsck_ok", "lindqvist", "mhj",
           "snowcrash", "oddbit", "qasim"),
    "masto": ("hana@mastodon.social", "rob@fosstodon.org", "layla@tech.lgbt", "kettle@mas.to",
              "yusuf@hachyderm.io", "birdwatcher@mstdn.social", "mira@social.coop", "dtm@infosec.exchange",
              "sami@toot.community", "pancake@chaos.social", "nadine@mastodon.online", "fox@octodon.social"),
    "genius": ("lyricnerd", "shaabi_head", "RapCaviar99", "mahraganat_fan", "Ouda", "Transcriber_K", "dj_nadine",
               "bassline", "Fairuz_forever", "hook_line", "Zeina_R", "ModLinus"),
    # --- language-learning forums ---
    "ll_title": ("Is my translation right?\n\n", "Checking my homework, the sentence is:\n\n",
                 "Can someone check this for me?\n\n", "Translation check please!\n\n",
                 "Working through my textbook and this one took me ages:\n\n", "Sentence from today's lesson:\n\n",
                 "Quick check before my exam tomorrow:\n\n", "Found this in a reading exercise:\n\n",
                 "Did I get this right?\n\n", "My tutor gave me this to translate:\n\n"),
    "ll_attempt": ("\n\nMy attempt: ", "\n\nWhat I came up with: ", "\n\nI got: ", "\n\nHere's mine: ",
                   "\n\nMy translation: ", "\n\nMy version: ", "\n\nI'd translate it as: ", "\n\nSo far I have: "),
    "ll_after": ("\n\nDid I get it?", "\n\nNot sure about the second half.", " Is that right?",
                 "\n\nAny feedback appreciated!", "\n\nDoes that sound natural?", "\n\nWhat did I miss?",
                 "\n\nThanks in advance 🙏", "\n\nBe brutal lol"),
    "ll_yes": ("Yep, that's correct. Nice work!", "Spot on.", "That's right, though a native would say it a bit differently.",
               "Looks good to me 👍", "Correct! Your reading of the grammar is solid.", "Yes. Well done.",
               "You nailed it.", "100% right, keep going"),
    "ll_stuck": ("I know every word here but can't put it together:\n\n", "Can't parse this sentence at all:\n\n",
                 "What does this mean? The dictionary isn't helping.\n\n", "Help, what's the meaning of this?\n\n",
                 "Struggling with this one:\n\n", "No idea how to read this as a whole:\n\n",
                 "Could a native explain this sentence?\n\n", "Been staring at this for twenty minutes:\n\n"),
    "lead_colon": ("Translation: ", "It means: ", "Roughly: ", "In English: ", "Literally: ", "My go at it: ",
                   "Meaning: ", "Here you go: ", "It says: ", "Translated: "),
    "lead_run": ("lol it means ", "it's basically saying ", "ok so roughly ", "it says ", "basically ",
                 "pretty sure it's ", "it just means ", "i think it's ", "means ", "the gist is "),
    "grammar": ("\n\nThe verb is past tense, which is why it's 'did' and not 'does'.",
                "\n\nWatch the word order, the verb comes first in formal Arabic.",
                "\n\nThe little word at the start is just a connector, you can ignore it in English.",
                "\n\nThe ending on the second word marks it as the object.",
                "\n\nThat pronoun suffix is what tells you who it refers to.",
                "\n\nYour dictionary probably lists the root, not this form of the verb.",
                "\n\nThis is more formal than what people say day to day.",
                "\n\nThe negation goes before the verb, that's what threw you."),
    "remark": (" hope that helps", " — someone correct me if I'm off", " 🙂", "\n\nThe second part is an idiom btw.",
               "\n\nHope this helps!", " (more or less)", " lol", "\n\nNatives feel free to correct me.", " 👍",
               "\n\nThe wording is a bit formal in the original.", " — at least that's how I read it",
               "\n\nGood luck with your studies!"),
    "casual_ask": ("wait what does it mean", "can someone translate pls", "english??", "whats that mean",
                   "translation?", "i dont get it, meaning?", "what does this say lol", "pls explain"),
    # --- Duolingo-style sentence discussions ---
    "duo_label": ("Translation: ", "Correct solution: ", "English: ", "Accepted answer: ", "Answer: ",
                  "Solution: ", "Translation given: ", "Meaning in English: "),
    "duo_q": ("Why is there no word for 'is' here?", "Is the word order flexible here?",
              "The audio swallows the last word, anyone else?", "Why can't I use 'a' instead of 'the'?",
              "Can someone break down the second word?", "Is this formal or everyday Arabic?",
              "Why does the verb end like that?", "I keep mixing up two of these letters."),
    "duo_wrote": ("I wrote {q} and it was marked wrong??", "Typed {q} and got rejected. Why?",
                  "My answer {q} was not accepted, is it wrong?", "Why is {q} not accepted?",
                  "Put {q} and got a red X", "I answered {q} and lost a heart 😭",
                  "mine was {q} and it said incorrect", "Shouldn't {q} count? It got marked wrong"),
    "duo_answer": ("Report it, the course is still being updated.", "It's probably a missing alternative, use the report button.",
                   "Your answer looks fine, report it.", "Same thing happened to me.",
                   "Probably a typo somewhere, the checker is picky.", "Flag it, they add answers all the time.",
                   "Yeah the checker is strict on this one.", "I had the same, reported it last week."),
    "duo_chat": ("Day 400 streak and this sentence still gets me.", "The audio is way too fast on this one.",
                 "Report it if you think your answer should count.", "Anyone else hear a different word at the end?",
                 "This course needs more speaking exercises.", "Lingots for everyone who made it this far 🦉",
                 "Why does the slow audio sound robotic?", "Took me five tries lol"),
    # --- live chat (Twitch, YouTube) ---
    "replay_intro": ("clip from last night's stream, chat went wild:\n\n", "chat replay from the vod around the 2h mark:\n\n",
                     "pasting the chat from that moment:\n\n", "here's the chat log from when it happened:\n\n",
                     "from the stream replay:\n\n", "copied this from the chat replay:\n\n",
                     "chat at that point:\n\n", "the replay chat, for context:\n\n"),
    "chat_noise": ("KEKW", "LUL", "W stream", "first time catching this live", "lmaooo", "?????",
                   "chat is he serious", "clip it", "monkaS", "the lag is insane", "Pog", "F in the chat",
                   "OMEGALUL", "no way", "this guy lol", "Clap"),
    "chat_ask": ("what did he say", "translate pls", "english??", "can someone translate",
                 "what does that mean chat", "huh what language", "subtitles when", "mods translate"),
    "chat_lead": ("he said: ", "he said ", "translation: ", "roughly ", "lol it means ", "he's saying ",
                  "basically ", "it means "),
    "yt_noise": ("hello from Morocco!", "first", "Love your content ❤️", "who's watching in 2024",
                 "the audio is out of sync", "greetings from Jordan", "can you say hi to my mom",
                 "this stream is so chill", "where is this place?", "ads are so long today",
                 "What camera do you use?", "lol", "hi everyone", "yes!!", "🔥🔥🔥", "been waiting all week"),
    "yt_ask": ("What did she just say?", "Can someone translate for us English speakers?", "translation please 🙏",
               "English please?", "What does that mean?", "anyone know what that means", "meaning??",
               "Someone translate that pls"),
    "yt_two_lead": ("she said ", "ok she said: ", "ok so: ", "she's saying ", "it's: ", "what she means is ",
                    "for the chat: ", "roughly she says "),
    "yt_thanks": ("thanks!!", "ahh thank you", "ty", "appreciate it", "oh that's sweet", "makes sense now",
                  "thank youuu", "nice, thanks"),
    # --- Steam and app stores ---
    "steam_en": ("\n\nEN: ", "\n\n[English] ", "\n\nFor the non-Arabic speakers: ", "\n\nEnglish version: ",
                 "\n\n--\nEnglish: ", "\n\nTL for everyone: ", "\n\nSame in English: ", "\n\nin english: "),
    "steam_comment": ("based", "helpful review", "rated helpful", "this is the way", "agreed 100%",
                      "the dev should read this", "how is this not the top review", "lol accurate"),
    "steam_ask": ("what does this say", "english?", "translate?", "can someone tell me what this review says",
                  "what's the review say", "any translation for this?", "what did he write", "anyone? english?"),
    "steam_after": ("\n\nfair review tbh", " lol", "\n\nwhich is true, the servers are bad", " 😂",
                    "\n\nhe's not wrong", "", "\n\nyeah the last patch broke a lot", " xD"),
    "app_title": ("★☆☆☆☆\n", "★★☆☆☆\n", "★★★★★\n", "★★★★☆\n", "★☆☆☆☆ ", "★★★☆☆\n", "★★★★★ ", "★★☆☆☆ "),
    "mt_label": ("(Translated by Google) ", "[Translated] ", "Translated from Arabic: ", "(Auto-translated) ",
                 "Translated by Google\n", "(Machine translation) ", "Google Translate:\n", "(Translated) "),
    "orig_label": ("\n\n(Original)\n", "\n\nOriginal:\n", "\n\n— Original —\n", "\n\nOriginal review:\n",
                   "\n\n(Original) ", "\n\nShow original:\n", "\n\nOriginal text:\n", "\n\nIn the original:\n"),
    "app_en": ("\n\nEnglish for the devs: ", "\n\nIn English so the developers understand: ", "\n\n(English) ",
               "\n\nTranslation for the dev team: ", "\n\nEnglish:\n", "\n\nFor the developers, in English: ",
               "\n\nEN version: ", "\n\nDevs, in English: "),
    "app_dev": ("Thanks for your feedback! We've passed this on to our team.",
                "Hi, we're sorry for the trouble. Please contact support@example.com with your order number.",
                "Thank you for the review! The latest update should fix this.",
                "We appreciate you taking the time to write. Please update to version 5.2.",
                "Thanks for the stars! We're glad you enjoy the app.",
                "Sorry to hear that. Could you send us a screenshot through the Help section?",
                "Thank you! Your feedback helps us improve.",
                "We're looking into this. Thanks for your patience."),
    # --- GitHub ---
    "gh_screen": ("Settings > Account", "the login screen", "Checkout", "the onboarding carousel", "Notifications",
                  "the empty cart page", "Profile > Privacy", "the share sheet"),
    "gh_open": ("The Arabic string currently shipped is:", "On {s} the Arabic reads:", "Current Arabic text:",
                "This string on {s} is off:", "We show this on {s}:", "The Arabic translation here is:",
                "Arabic string in question:", "In the Arabic build, {s} says:"),
    "bt_lead": ("which back-translates to ", "In English this reads as ", "This literally says ",
                "A native reading this sees ", "which means ", "Translated back, it says ", "Back-translation: ",
                "That comes out as "),
    "bt_mid": (", but the English source string is ", ", while the source says ", ". The original English string is ",
               " — it should say ", ". It's supposed to convey ", ". Expected meaning: ", " instead of ",
               ", which doesn't match the source "),
    "gh_ack": ("Thanks, good catch. Can you open a PR on the strings file?", "Confirmed, assigning to the l10n team.",
               "Oops. Labelling as i18n, PRs welcome.", "Thanks! Fixed on main, will ship in the next release.",
               "Good find. I'll ask our translator to take a look.", "Can you suggest the corrected string?",
               "Agreed, that's a bad one. Marking as good first issue.", "Nice catch, thank you for reporting."),
    "pr_title": ("Fix Arabic string for the checkout button\n\n", "l10n(ar): reword the welcome message\n\n",
                 "ar: correct settings title\n\n", "Update Arabic translation of the reminder\n\n",
                 "Fix mistranslated Arabic error text\n\n", "i18n: better Arabic wording for the hint\n\n",
                 "ar-SA: fix the empty state text\n\n", "Arabic: rewrite the share dialog string\n\n"),
    "string_key": ("checkout_button", "settings_title", "onboarding_welcome", "error_network", "profile_empty_state",
                   "notification_reminder", "login_hint", "share_dialog_body"),
    "pr_lead": ("The new string means: ", "New wording in English: ", "For reviewers, it now says: ",
                "English meaning of the new line: ", "It now reads: ", "What the new text says: ",
                "Back-translation of the new string: ", "In English the new one is: "),
    "pr_after": ("\n\nThe old one was machine translated.", "\n\nCloses #412.", "\n\nMatches the English source now.",
                 "\n\nTested on a Pixel 6 in RTL.", "\n\nThe old wording confused users in Egypt.",
                 "\n\nFixes #87", "\n\nScreenshots below.", "\n\nNo other strings touched."),
    "review_ask": ("This reads as {q} — is that what we want here?", "Native speaker here: this says {q}. Intended?",
                   "Hmm, to me this reads {q}. Is that right?", "FYI this translates to {q}, is that the meaning?",
                   "Just checking, this means {q}?", "Reads as {q} to me. OK with that?",
                   "This comes out as {q} in English. Was that the idea?", "Small thing: this means {q}. Fine?"),
    "review_reply": ("Yes, that's the intent.", "Yep, it matches the source.", "Correct, thanks for checking.",
                     "That's what product asked for.", "Yes, approved by our translator.", "Yes, good to merge.",
                     "Intended, yes.", "Right, that's the meaning."),
    "gh_trunc": ("The Arabic label is cut off on small screens:", "This string overflows the button on iPhone SE:",
                 "Text gets truncated with an ellipsis on Android:", "The Arabic here wraps onto three lines:",
                 "This doesn't fit in the toolbar:", "Clipped on tablets in landscape:",
                 "Cut off in the notification preview:", "The Arabic text is too long for the chip:"),
    "gh_trunc_reply": ("Thanks, fixed in #123 by allowing two lines.", "We'll shorten it, thanks.",
                       "Can you attach a screenshot with the device model?", "Duplicate of #301.",
                       "Closing, fixed by the new layout.", "Looks like an autosize issue, not the string.",
                       "Assigned to design.", "Reproduced on a Galaxy A12."),
    "gh_should": ("The Arabic says the first, it should say the second:", "Current vs. what it should be:",
                  "It says this, it should say that:", "Shipped string and my suggested fix:",
                  "Wrong word here, proposed change below:", "Existing text, then the correction:",
                  "The first line is live, the second is better:", "Before and after:"),
    "gh_should_reply": ("The second is more natural in the Gulf, but Egyptians use the first.",
                        "I'd keep the current one, it's what the style guide uses.",
                        "Agree, the verb in the first is too formal.", "Not sure, let's ask a second reviewer.",
                        "Either is fine, the second is shorter which helps on mobile.",
                        "The first one is the standard term in banking apps.",
                        "Let's go with your suggestion.", "Both are wrong honestly, I'll propose a third."),
    # --- forums (Discourse, phpBB) ---
    "forum_post": ("Found this written inside an old book I bought:\n\n", "My grandmother used to say this:\n\n",
                   "Saw this on a sign in Cairo:\n\n", "Got this message from a colleague:\n\n",
                   "This was on the back of a photo:\n\n", "A friend sent me this, no idea:\n\n",
                   "Heard this in a film and wrote it down:\n\n", "This came with a package:\n\n"),
    "forum_lead": ("It says: ", "", "Translation: ", "Here's what it says: ", "Roughly: ", "It reads: ",
                   "", "Meaning: "),
    "forum_more": ("Oops, forgot the rest: ", "Second half: ", "And the rest of it: ", "Missed a bit: ",
                   "Edit, the last part: ", "Plus: ", "Rest of it: ", "Forgot this bit: "),
    "bump": ("bump", "Anyone?", "bumping this", "Still looking for help with this", "bump, sorry",
             "up", "Anyone at all?", "bumping once more"),
    "forum_ask": ("Can anyone translate this for me?", "Does anyone here read Arabic?", "Any help appreciated!",
                  "What does it say?", "Would love to know what it means.", "Translation please?",
                  "Thanks in advance to anyone who can help.", "Curious what this means."),
    "rebuttal": ("That's not what it says at all, you're reading too much into it.", "This is taken out of context.",
                 "Source? That quote is fake.", "Nobody actually says this, it's a meme.",
                 "You're mixing up two different sayings.", "That's a mistranslation people keep repeating.",
                 "This isn't from the book you think it is.", "Wrong attribution, it's much older."),
    "before_lead": ("In English: ", "Translation first, original below:\n", "English: ", "Here it is in English:\n",
                    "The English: ", "English version first:\n", "Translated: ", "What it means:\n"),
    "before_mid": ("\n\nOriginal:\n", "\n\nThe Arabic:\n", "\n\nOriginal text:\n", "\n\nIn Arabic:\n",
                   "\n\nArabic original:\n", "\n\nAs written:\n", "\n\nSource text:\n", "\n\nOriginal wording:\n"),
    # --- Hacker News, Mastodon ---
    "hn_post": ("The sign in the photo says ", "The article's pull quote in Arabic is ", "The banner reads ",
                "The original tweet was ", "The error message in the screenshot is ", "The minister actually said ",
                "The graffiti in the third photo: ", "The app's splash screen says "),
    "hn_ask": ("Does anyone know what it says?", "What does that translate to?", "Can someone translate?",
               "Any Arabic speakers here?", "Meaning?", "I'd love a translation.", "What's that in English?",
               "Would someone mind translating?"),
    "hn_lead": ("It translates to something like ", "It says ", "Translation: ", "Roughly: ",
                "Native speaker: ", "It means ", "Literally, ", "Approximately: "),
    "hn_later": ("Re the Arabic in {n}'s comment: it says ", "For those asking about {n}'s quote, it means ",
                 "Since nobody answered: the Arabic {n} posted says ", "The quote upthread (from {n}) translates to: ",
                 "{n}'s quote, in English: ", "Re: the Arabic in {n}'s post, roughly: ",
                 "Answering the question under {n}'s comment: ", "The Arabic at the top ({n}) means: "),
    "hn_other": ("The line right after that in the article says: ", "The next sentence in the piece: ",
                 "The paragraph before it says: ", "The headline above it reads: ",
                 "The caption under the photo says: ", "Further down they write: ",
                 "The English subtitle below it says: ", "The sentence before the quote: "),
    "hn_topic": ("This is a good reminder that translation is political.", "The whole article is paywalled for me.",
                 "I visited there in 2019, very different now.", "Interesting, I didn't know that.",
                 "This thread is going off topic fast.", "Flagged for being off topic.",
                 "Reminds me of the localization bugs at my last job.", "Source for the claim?"),
    "masto_lead": ("", "it means ", "", "roughly: ", "translation: ", "", "it says ", ""),
    "masto_own": ("Translation of @{n}'s post: ", "for non-Arabic readers, @{n} wrote: ", "Translating @{n}: ",
                  "@{n}'s toot in English: ", "What @{n} said: ", "In English, from @{n}: ",
                  "Re @{n}'s post, it says: ", "English for @{n}'s toot: "),
    "masto_tags": (" #Arabic", " #translation", " #ArabicLanguage", " #LanguageLearning", " #mastodon #Arabic",
                   " #Translate", " #arabic #lang", ""),
    "masto_joke": ("me pretending I can read this 🧐", "alt text please!", "this is why I need to finish my course",
                   "boosting for the Arabic speakers", "I understood one word and it was 'and'", "nice font",
                   "saving this for my lesson later", "ok but what's the emoji mean"),
    # --- Genius annotations ---
    "section": ("Chorus", "Verse 1", "Hook", "Verse 2", "Intro", "Bridge", "Outro", "Pre-Chorus"),
    "genius_lead": ("", "Literally: ", "Translation: ", "", "He's saying ", "The line means ", "", "Roughly: "),
    "genius_explain": ("The artist is talking about leaving his neighbourhood behind.",
                       "This is a nod to an old Umm Kulthum song.", "It's a double meaning, the word also means 'night'.",
                       "He wrote this after his father passed.", "A common phrase in Cairo slang.",
                       "This line became a meme after the music video dropped.",
                       "The rhyme only works in the original.", "He repeats this in the outro with a twist."),
    "genius_partial": ("Just the first bit: ", "The first line: ", "First part: ", "Only the opening: ",
                       "The start of it: ", "First sentence: ", "Beginning: ", "Opening line: "),
    "genius_rest": ("\n\nThe rest is wordplay that doesn't translate.", "\n\nNot sure about the second half.",
                    "\n\nThe second sentence is slang I can't pin down.", "\n\nCan someone do the rest?",
                    "\n\nThe rest doesn't work in English.", "\n\nNo idea about the rest tbh.",
                    "\n\nThe second part is a pun.", "\n\nSomeone else can take the second line."),
    "genius_background": ("This song was released in 2019 as the lead single of the album.",
                          "The producer sampled a 70s record for this beat.",
                          "The music video was shot in Alexandria.", "He performed this live at the festival in 2021.",
                          "This was the first song of his to chart outside Egypt.",
                          "The track was leaked a week before release.",
                          "He said in an interview this verse was written in one night.",
                          "The feature was recorded remotely during lockdown."),
    # --- negatives: the rest ---
    "gram_q": ("Why does the verb come before the subject here?", "What's the root of the second word?",
               "Is the first word a noun or a verb here?", "Why is there no 'the' on the last word?",
               "Which tense is this?", "How do you know it's plural?", "Is this sentence MSA or dialect?",
               "Why is the ending different from my textbook?"),
    "gram_a": ("Verb-subject order is normal in formal writing, it's just style.", "The root is three letters, look for them.",
               "It's a verb, the prefix tells you.", "It's a construct phrase, the first part never takes the article.",
               "Past tense, you can tell from the ending.", "The broken plural pattern gives it away.",
               "It's standard Arabic, a bit formal.", "Your textbook uses a different vowel marking."),
    "gt_useless": ("google translate is useless for this", "tried machine translation, got nonsense",
                   "translator app says something about a cow lol", "deepl gives gibberish here",
                   "MT can't handle dialect at all", "google says something completely different every time",
                   "auto translate button doesn't even work on reviews", "tried three translators, three answers"),
}


class Writer(pairing_blind43.Writer):
    """A thread being written: every :meth:`who` a person of its own, this round's banks."""

    banks = BANKS


Shape = Callable[[Writer], None]


def stamp(seconds: int) -> str:
    """A Twitch chat replay line's time of day: "[21:04:12] "."""
    return f"[{20 + seconds // 3600:02}:{seconds // 60 % 60:02}:{seconds % 60:02}] "


def elapsed(seconds: int) -> str:
    """A YouTube live-chat replay line's time into the stream: "41:03 "."""
    return f"{seconds // 60}:{seconds % 60:02} "


def chat_lines(w: Writer, bank: str, count: int) -> list[str]:
    """``count`` different chat messages of ``bank`` (noise between the lines that matter)."""
    return w.p.rng.sample(list(w.banks[bank][w.half :: 2]), count)


def in_quotes(english: str) -> str:
    """The English in the quote marks a commenter puts around it."""
    op, cl = quoted(english)
    return op + english + cl


def split_at(template: str, english: str) -> tuple[str, str]:
    """A template's text before and after its ``{q}``, where the English goes in quote marks."""
    op, cl = quoted(english)
    before, after = template.split("{q}")
    return before + op, cl + after


# --- positives: language-learning forums ------------------------------------------------------------


def ll_own_attempt(w: Writer) -> None:
    """A learner posts the Arabic and an own attempt under it; a reply confirms without translating."""
    learner = w.who("learn")
    w.add("1", None, learner, w.ph("ll_title"), ("A", w.arabic), w.ph("ll_attempt"), ("E", w.english), w.ph("ll_after"))
    w.add("2", "1", w.who("learn"), w.ph("ll_yes"))
    w.item(("A", "E"))


def ll_native(w: Writer) -> None:
    """A stuck learner; a native translates with a lead and adds a grammar note; the learner thanks."""
    learner, native = w.who("learn"), w.who("learn")
    w.add("1", None, learner, w.ph("ll_stuck"), ("A", w.arabic))
    lead = w.ph("lead_colon")
    w.add("2", "1", native, lead, ("E", after_lead(lead, w.english, w.p.pool)), w.ph("grammar"))
    w.add("3", "2", learner, w.ph("yt_thanks"))
    w.item(("A", "E"))


def ll_casual(w: Writer) -> None:
    """A learner forum: someone asks casually, a third person answers typed on a phone, a remark after."""
    poster, asker, helper = w.who("learn"), w.who("learn"), w.who("learn")
    w.add("1", None, poster, w.ph("ll_stuck"), ("A", w.arabic))
    w.add("2", "1", asker, w.ph("casual_ask"))
    w.add("3", "2", helper, w.ph("lead_run"), ("E", casual(w.english, w.p.rng, w.p.rng.random() < 0.5)), w.ph("remark"))
    w.item(("A", "E"))


def duo_header(w: Writer) -> None:
    """A sentence discussion: the first post gives the sentence and its English under a label; questions follow."""
    q1, q2 = w.two_of("duo_q")
    w.add("1", None, w.who("duo"), ("A", w.arabic), "\n" + w.ph("duo_label"), ("E", w.english))
    w.add("2", "1", w.who("duo"), q1)
    w.add("3", "1", w.who("duo"), q2)
    w.item(("A", "E"))


def duo_wrote(w: Writer) -> None:
    """A sentence discussion titled by the Arabic: a learner quotes the answer typed and marked wrong."""
    english = casual(w.english, w.p.rng, False) if w.p.rng.random() < 0.4 else w.english
    before, after = split_at(w.ph("duo_wrote"), english)
    w.add("1", None, w.who("duo"), ("A", w.arabic))
    w.add("2", "1", w.who("duo"), before, ("E", english), after)
    w.add("3", "2", w.who("duo"), w.ph("duo_answer"))
    w.item(("A", "E"))


# --- positives: live chat ------------------------------------------------------------------------------


def twitch_replay(w: Writer) -> None:
    """A Twitch chat replay pasted into one comment: the Arabic, noise, a question, more noise, a translation."""
    rng = w.p.rng
    speaker, asker, helper = w.who("chat"), w.who("chat"), w.who("chat")
    others = [w.who("chat") for _ in range(3)]
    noise = chat_lines(w, "chat_noise", 3)
    t = rng.randrange(3600 * 3)
    lead = w.ph("chat_lead")
    english = casual(w.english, rng, rng.random() < 0.3) if rng.random() < 0.5 else after_lead(lead, w.english, w.p.pool)
    lines = [stamp(t) + speaker + ": ", stamp(t + 2) + others[0] + ": " + noise[0], stamp(t + 3) + asker + ": "
             + w.ph("chat_ask"), stamp(t + 5) + others[1] + ": " + noise[1], stamp(t + 9) + helper + ": " + lead]
    w.add("1", None, w.who("learn"), w.ph("replay_intro") + lines[0], ("A", w.arabic), "\n" + "\n".join(lines[1:]),
          ("E", english), "\n" + stamp(t + 11) + others[2] + ": " + noise[2])
    w.item(("A", "E"))


def yt_replay(w: Writer) -> None:
    """A YouTube live-chat replay pasted: "41:03 Name: text" lines, the translation three messages on."""
    rng = w.p.rng
    speaker, asker, helper, other = w.who("yt"), w.who("yt"), w.who("yt"), w.who("yt")
    noise = chat_lines(w, "yt_noise", 2)
    t = 600 + rng.randrange(3000)
    lead = w.ph("lead_colon")
    w.add("1", None, w.who("learn"), w.ph("replay_intro") + elapsed(t) + speaker + ": ", ("A", w.arabic), "\n"
          + elapsed(t + 1) + other + ": " + noise[0] + "\n" + elapsed(t + 2) + asker + ": " + w.ph("yt_ask") + "\n"
          + elapsed(t + 4) + other + ": " + noise[1] + "\n" + elapsed(t + 6) + helper + ": " + lead, ("E", w.english),
          "\n" + elapsed(t + 8) + asker + ": " + w.ph("yt_thanks"))
    w.item(("A", "E"))


def live_rows(w: Writer) -> None:
    """A live chat as messages (no reply links): the Arabic, noise and a question, the translation a few later."""
    speaker, asker, helper, a, b = (w.who("yt") for _ in range(5))
    noise = chat_lines(w, "yt_noise", 3)
    lead = w.ph("lead_run")
    w.add("1", None, speaker, ("A", w.arabic))
    w.add("2", None, a, noise[0])
    w.add("3", None, asker, w.ph("yt_ask"))
    w.add("4", None, b, noise[1])
    w.add("5", None, a, noise[2])
    w.add("6", None, helper, lead, ("E", casual(w.english, w.p.rng, False) if w.p.rng.random() < 0.5
                                       else run_on(w.english, w.p.pool)))
    w.add("7", None, asker, w.ph("yt_thanks"))
    w.item(("A", "E"))


def live_split(w: Writer) -> None:
    """A live chat: a viewer translates two sentences in two messages, one chat line between the question and them."""
    _, _, e1, e2 = w.two()
    speaker, asker, helper, other = (w.who("yt") for _ in range(4))
    lead = w.ph("yt_two_lead")
    w.add("1", None, speaker, ("A", w.arabic))
    w.add("2", None, asker, w.ph("yt_ask"))
    w.add("3", None, other, chat_lines(w, "yt_noise", 1)[0])
    w.add("4", None, helper, lead, ("E", after_lead(lead, e1, w.p.pool)))
    w.add("5", None, helper, ("E2", e2))
    w.add("6", None, asker, w.ph("yt_thanks"))
    w.item(("A", "E"))
    w.items[0]["continued"] = [list(w.spans["E2"])]


# --- positives: Steam and app stores -------------------------------------------------------------------


def steam_header(w: Writer) -> str:
    """A Steam review's header: recommended or not, hours on record."""
    rng = w.p.rng
    return f"{rng.choice(('Recommended', 'Not Recommended'))}\n{rng.randrange(2, 900)}.{rng.randrange(10)} hrs on record\n\n"


def steam_same(w: Writer) -> None:
    """A Steam review: the Arabic, then the reviewer's own English after a label; comments after."""
    w.add("1", None, w.who("steam"), steam_header(w), ("A", w.arabic), w.ph("steam_en"), ("E", w.english))
    c1, c2 = w.two_of("steam_comment")
    w.add("2", "1", w.who("steam"), c1)
    w.add("3", "1", w.who("steam"), c2)
    w.item(("A", "E"))


def steam_third(w: Writer) -> None:
    """A Steam review in Arabic; a commenter asks, another translates casually with a remark."""
    reviewer, asker, helper = w.who("steam"), w.who("steam"), w.who("steam")
    w.add("1", None, reviewer, steam_header(w), ("A", w.arabic))
    w.add("2", "1", asker, w.ph("steam_ask"))
    w.add("3", "1", w.who("steam"), w.ph("steam_comment"))
    lead = w.ph("lead_run")
    w.add("4", "2", helper, lead, ("E", after_lead(lead, w.english, w.p.pool)), w.ph("steam_after"))
    w.item(("A", "E"))


def app_machine(w: Writer) -> None:
    """A store review shown machine-translated: the label, the English, then the original; a developer's response."""
    w.add("1", None, w.who("app"), w.ph("app_title") + w.ph("mt_label"), ("E", w.english), w.ph("orig_label"),
          ("A", w.arabic))
    w.add("2", "1", "Developer Response", w.ph("app_dev"))
    w.item(("A", "E"))


def app_own(w: Writer) -> None:
    """A store review in Arabic with the reviewer's own English "for the devs" after it; a developer's response."""
    w.add("1", None, w.who("app"), w.ph("app_title"), ("A", w.arabic), w.ph("app_en"), ("E", w.english))
    w.add("2", "1", "Developer Response", w.ph("app_dev"))
    w.item(("A", "E"))


# --- positives: GitHub ---------------------------------------------------------------------------------


def gh_backtranslation(w: Writer) -> None:
    """A GitHub issue: the shipped Arabic string in a code block, its back-translation in quotes, then the
    English it should say (another sentence); a maintainer answers."""
    screen = w.ph("gh_screen")
    source = w.other
    w.add("1", None, w.who("gh"), w.ph("gh_open").format(s=screen) + "\n\n```\n", ("A", w.arabic), "\n```\n\n"
          + w.ph("bt_lead") + quoted(w.english)[0], ("E", w.english), quoted(w.english)[1] + w.ph("bt_mid")
          + in_quotes(source) + ".")
    w.add("2", "1", w.who("gh"), w.ph("gh_ack"))
    w.item(("A", "E"))


def gh_pr_diff(w: Writer) -> None:
    """A pull request: a diff replacing an Arabic string by another, the description translating the new one."""
    old, _ = w.neighbour()
    key = w.ph("string_key")
    w.add("1", None, w.who("gh"), w.ph("pr_title") + f"```diff\n-    <string name=\"{key}\">", ("B", old),
          f"</string>\n+    <string name=\"{key}\">", ("A", w.arabic), "</string>\n```\n\n" + w.ph("pr_lead"),
          ("E", w.english), w.ph("pr_after"))
    w.add("2", "1", w.who("gh"), w.ph("review_reply"))
    w.item(("A", "E"), ("B", None))


def gh_review_quote(w: Writer) -> None:
    """A pull request's JSON line with the Arabic; a reviewer quotes it with "> " and gives its English reading."""
    key = w.ph("string_key")
    author = w.who("gh")
    w.add("1", None, author, w.ph("pr_title") + f"```json\n  \"{key}\": \"", ("A", w.arabic), "\",\n```")
    before, after = split_at(w.ph("review_ask"), w.english)
    w.add("2", "1", w.who("gh"), quote_lines(w.arabic) + "\n\n" + before, ("E", w.english), after)
    w.add("3", "2", author, w.ph("review_reply"))
    w.item(("A", "E"))


# --- positives: forums -----------------------------------------------------------------------------------


def discourse_quote(w: Writer) -> None:
    """A Discourse reply quoting the Arabic in a [quote="name, post:1, topic:N"] block, translating under it."""
    poster, helper = w.who("forum"), w.who("forum")
    topic = 1000 + w.p.rng.randrange(9000)
    w.add("1", None, poster, w.ph("forum_post"), ("A", w.arabic), "\n\n" + w.ph("forum_ask"))
    lead = w.ph("forum_lead")
    w.add("2", "1", helper, f"[quote=\"{poster}, post:1, topic:{topic}\"]\n{w.arabic}\n[/quote]\n\n" + lead,
          ("E", after_lead(lead, w.english, w.p.pool)), w.ph("remark"))
    w.add("3", "2", poster, w.ph("yt_thanks"))
    w.item(("A", "E"))


def discourse_two_posts(w: Writer) -> None:
    """A Discourse helper translates the first sentence in one post and the second in the next."""
    _, _, e1, e2 = w.two()
    poster, helper = w.who("forum"), w.who("forum")
    w.add("1", None, poster, w.ph("forum_post"), ("A", w.arabic), "\n\n" + w.ph("forum_ask"))
    lead = w.ph("forum_lead")
    w.add("2", "1", helper, lead, ("E", after_lead(lead, e1, w.p.pool)))
    w.add("3", "1", helper, w.ph("forum_more"), ("E2", e2))
    w.item(("A", "E"))
    w.items[0]["continued"] = [list(w.spans["E2"])]


def phpbb_quote(w: Writer) -> None:
    """A phpBB reply: [quote=name] around the Arabic, the bare translation under it, a remark."""
    poster, helper = w.who("forum"), w.who("forum")
    w.add("1", None, poster, w.ph("forum_post"), ("A", w.arabic))
    w.add("2", "1", w.who("forum"), w.ph("bump"))
    w.add("3", "1", helper, f"[quote={poster}]{w.arabic}[/quote]\n", ("E", w.english), w.ph("remark"))
    w.item(("A", "E"))


def forum_before(w: Writer) -> None:
    """A forum post with the English first and the original under it."""
    w.add("1", None, w.who("forum"), w.ph("before_lead"), ("E", w.english), w.ph("before_mid"), ("A", w.arabic))
    w.add("2", "1", w.who("forum"), w.ph("hn_topic"))
    w.item(("A", "E"))


# --- positives: Hacker News, Mastodon --------------------------------------------------------------------


def hn_reply(w: Writer) -> None:
    """A Hacker News comment quoting Arabic; a reply, maybe quoting it with "> ", translates."""
    poster = w.who("hn")
    opening = w.ph("hn_post")
    w.add("1", None, poster, opening, ("A", w.arabic), tail(". " + w.ph("hn_ask"), w.arabic))
    quote = "> " + w.arabic + "\n\n" if w.p.rng.random() < 0.5 else ""
    lead = w.ph("hn_lead")
    w.add("2", "1", w.who("hn"), quote + lead, ("E", after_lead(lead, w.english, w.p.pool)))
    w.item(("A", "E"))


def hn_later(w: Writer) -> None:
    """Hacker News: a question under the Arabic goes unanswered; a later top-level comment translates it."""
    poster, asker = w.who("hn"), w.who("hn")
    w.add("1", None, poster, w.ph("hn_post"), ("A", w.arabic))
    w.add("2", "1", asker, w.ph("hn_ask"))
    w.add("3", None, w.who("hn"), w.ph("hn_topic"))
    lead = w.ph("hn_later").format(n=poster)
    w.add("4", None, w.who("hn"), lead, ("E", after_lead(lead, w.english, w.p.pool)))
    w.item(("A", "E"))


def masto_reply(w: Writer) -> None:
    """A Mastodon reply after one or two @user@server mentions, maybe a short lead, an emoji after."""
    poster, asker, helper = w.who("masto"), w.who("masto"), w.who("masto")
    w.add("1", None, poster, ("A", w.arabic), w.ph("masto_tags"))
    w.add("2", "1", asker, f"@{poster} " + w.ph("hn_ask"))
    mentions = f"@{asker} @{poster} " if w.p.rng.random() < 0.5 else f"@{asker} "
    lead = w.ph("masto_lead")
    w.add("3", "2", helper, mentions + lead, ("E", after_lead(lead, w.english, w.p.pool)), w.ph("remark"))
    w.item(("A", "E"))


def masto_own(w: Writer) -> None:
    """A Mastodon post of one's own translating another's (no reply link), hashtags after."""
    poster = w.who("masto")
    w.add("1", None, poster, ("A", w.arabic))
    w.add("2", "1", w.who("masto"), f"@{poster} " + w.ph("masto_joke"))
    lead = w.ph("masto_own").format(n=poster)
    w.add("3", None, w.who("masto"), lead, ("E", after_lead(lead, w.english, w.p.pool)), w.ph("masto_tags"))
    w.item(("A", "E"))


# --- positives: Genius annotations ---------------------------------------------------------------------


def genius_line(w: Writer) -> None:
    """A Genius annotation: the lyric line posted under its section, the annotation's translation, an explanation."""
    w.add("1", None, w.who("genius"), f"[{w.ph('section')}]\n", ("A", w.arabic))
    lead = w.ph("genius_lead")
    if lead and not lead.endswith(": "):
        w.add("2", "1", w.who("genius"), lead, ("E", run_on(w.english, w.p.pool)), "\n\n" + w.ph("genius_explain"))
    else:
        op, cl = quoted(w.english)
        w.add("2", "1", w.who("genius"), lead + op, ("E", w.english), cl + "\n\n" + w.ph("genius_explain"))
    w.item(("A", "E"))


def genius_two_lines(w: Writer) -> None:
    """A Genius annotation of two lyric lines, each translated in quotes on a line of its own: two items."""
    other_a, other_e = w.neighbour()
    w.add("1", None, w.who("genius"), f"[{w.ph('section')}]\n", ("A", w.arabic), "\n", ("B", other_a))
    op, cl = quoted(w.english)
    op2, cl2 = quoted(other_e)
    w.add("2", "1", w.who("genius"), op, ("E", w.english), cl + "\n" + op2, ("F", other_e),
          cl2 + "\n\n" + w.ph("genius_explain"))
    w.item(("A", "E"), ("B", "F"))


def genius_partial(w: Writer) -> None:
    """A Genius annotation translating only the first sentence of a two-sentence lyric, saying so."""
    _, _, e1, _ = w.two()
    w.add("1", None, w.who("genius"), f"[{w.ph('section')}]\n", ("A", w.arabic))
    w.add("2", "1", w.who("genius"), w.ph("genius_partial"), ("E", e1), w.ph("genius_rest"))
    w.items = _blind.partial_items([("A", "E", True)], w.spans)


# --- negatives -----------------------------------------------------------------------------------------


def n_ll_grammar(w: Writer) -> None:
    """A learner's grammar question about the Arabic, answered in grammar, no translation."""
    learner = w.who("learn")
    w.add("1", None, learner, w.ph("ll_stuck"), ("A", w.arabic), "\n\n" + w.ph("gram_q"))
    w.add("2", "1", w.who("learn"), w.ph("gram_a"))
    w.add("3", "2", learner, w.ph("yt_thanks"))
    w.item(("A", None))


def n_duo_chatter(w: Writer) -> None:
    """A sentence discussion titled by the Arabic: chatter about audio, streaks and reports."""
    c1, c2, c3 = w.p.rng.sample(list(w.banks["duo_chat"][w.half :: 2]), 3)
    w.add("1", None, w.who("duo"), ("A", w.arabic))
    w.add("2", "1", w.who("duo"), c1)
    w.add("3", "2", w.who("duo"), c2)
    w.add("4", "1", w.who("duo"), c3)
    w.item(("A", None))


def n_twitch_spam(w: Writer) -> None:
    """A Twitch chat replay: the Arabic, a "what did he say" nobody answers, spam."""
    t = w.p.rng.randrange(3600 * 3)
    speaker, asker = w.who("chat"), w.who("chat")
    others = [w.who("chat") for _ in range(3)]
    noise = chat_lines(w, "chat_noise", 3)
    w.add("1", None, w.who("learn"), w.ph("replay_intro") + stamp(t) + speaker + ": ", ("A", w.arabic), "\n"
          + stamp(t + 1) + others[0] + ": " + noise[0] + "\n" + stamp(t + 3) + asker + ": " + w.ph("chat_ask") + "\n"
          + stamp(t + 4) + others[1] + ": " + noise[1] + "\n" + stamp(t + 6) + others[2] + ": " + noise[2])
    w.add("2", "1", w.who("learn"), w.ph("casual_ask"))
    w.item(("A", None))


def n_steam_gt(w: Writer) -> None:
    """A Steam review in Arabic; comments say machine translation is useless, and one is a plain comment."""
    w.add("1", None, w.who("steam"), steam_header(w), ("A", w.arabic))
    w.add("2", "1", w.who("steam"), w.ph("steam_ask"))
    w.add("3", "2", w.who("steam"), w.ph("gt_useless"))
    w.add("4", "1", w.who("steam"), w.ph("steam_comment"))
    w.item(("A", None))


def n_app_generic(w: Writer) -> None:
    """A store review in Arabic and the developer's generic English response."""
    w.add("1", None, w.who("app"), w.ph("app_title"), ("A", w.arabic))
    w.add("2", "1", "Developer Response", w.ph("app_dev"))
    w.item(("A", None))


def n_gh_truncated(w: Writer) -> None:
    """A GitHub issue: the Arabic string is cut off on a screen; the maintainer answers about layout."""
    w.add("1", None, w.who("gh"), w.ph("gh_trunc") + "\n\n```\n", ("A", w.arabic), "\n```\n\nDevice: "
          + w.p.rng.choice(("Pixel 7", "iPhone SE", "Galaxy A12", "iPad mini")))
    w.add("2", "1", w.who("gh"), w.ph("gh_trunc_reply"))
    w.item(("A", None))


def n_gh_should(w: Writer) -> None:
    """A GitHub issue: it says this Arabic, it should say that Arabic; the talk is about word choice."""
    other, _ = w.neighbour()
    w.add("1", None, w.who("gh"), w.ph("gh_should") + "\n\n```\n", ("A", w.arabic), "\n```\n\n```\n", ("B", other), "\n```")
    w.add("2", "1", w.who("gh"), w.ph("gh_should_reply"))
    w.item(("A", None), ("B", None))


def n_discourse_rebuttal(w: Writer) -> None:
    """A Discourse reply quoting the Arabic in a [quote] block and arguing with it, no translation."""
    poster = w.who("forum")
    topic = 1000 + w.p.rng.randrange(9000)
    w.add("1", None, poster, w.ph("forum_post"), ("A", w.arabic))
    w.add("2", "1", w.who("forum"), f"[quote=\"{poster}, post:1, topic:{topic}\"]\n{w.arabic}\n[/quote]\n\n"
          + w.ph("rebuttal"))
    w.item(("A", None))


def n_hn_other_line(w: Writer) -> None:
    """Hacker News: a reply translating the article's next line (another pair's English), not the quoted Arabic."""
    w.add("1", None, w.who("hn"), w.ph("hn_post"), ("A", w.arabic), tail(". " + w.ph("hn_ask"), w.arabic))
    w.add("2", "1", w.who("hn"), w.ph("hn_other") + w.other)
    w.item(("A", None))


def n_masto_jokes(w: Writer) -> None:
    """A Mastodon post in Arabic; replies are jokes and requests for alt text."""
    poster = w.who("masto")
    j1, j2 = w.two_of("masto_joke")
    w.add("1", None, poster, ("A", w.arabic), w.ph("masto_tags"))
    w.add("2", "1", w.who("masto"), f"@{poster} " + j1)
    w.add("3", "1", w.who("masto"), f"@{poster} " + j2)
    w.item(("A", None))


def n_genius_background(w: Writer) -> None:
    """A Genius annotation on a lyric line about the song's background, not its meaning."""
    b1, b2 = w.two_of("genius_background")
    w.add("1", None, w.who("genius"), f"[{w.ph('section')}]\n", ("A", w.arabic))
    w.add("2", "1", w.who("genius"), b1 + " " + b2)
    w.item(("A", None))


def n_phpbb_bumped(w: Writer) -> None:
    """A phpBB request: the Arabic and a plea, bumped twice, never answered."""
    poster = w.who("forum")
    b1, b2 = w.two_of("bump")
    w.add("1", None, poster, w.ph("forum_post"), ("A", w.arabic), "\n\n" + w.ph("forum_ask"))
    w.add("2", "1", poster, b1)
    w.add("3", "1", poster, b2)
    w.item(("A", None))


def n_live_other(w: Writer) -> None:
    """A live chat: two viewers post Arabic; the second one's is translated, the first one's is not."""
    other_a, other_e = w.neighbour()
    first, second, helper, asker = (w.who("yt") for _ in range(4))
    w.add("1", None, first, ("A", w.arabic))
    w.add("2", None, w.who("yt"), chat_lines(w, "yt_noise", 1)[0])
    w.add("3", None, second, ("B", other_a))
    w.add("4", None, asker, w.ph("yt_ask"))
    w.add("5", None, helper, f"@{second} " + w.ph("lead_run") + run_on(other_e, w.p.pool))
    w.item(("A", None))


SHAPES: dict[str, tuple[Shape, int, str]] = {
    "learner forum: own attempt under the Arabic, confirmed": (ll_own_attempt, 1, "pos"),
    "learner forum: native answers, grammar note after": (ll_native, 2, "pos"),
    "learner forum: casual third-person reply": (ll_casual, 1, "pos"),
    "sentence discussion: sentence and labelled English": (duo_header, 1, "pos"),
    "sentence discussion: my answer was marked wrong": (duo_wrote, 1, "pos"),
    "Twitch chat replay pasted, timestamps": (twitch_replay, 1, "pos"),
    "YouTube live-chat replay pasted, elapsed times": (yt_replay, 1, "pos"),
    "live chat as messages, translated a few later": (live_rows, 1, "pos"),
    "live chat: translation in two messages": (live_split, 2, "pos"),
    "Steam review with the reviewer's English after": (steam_same, 1, "pos"),
    "Steam review translated in a comment": (steam_third, 1, "pos"),
    "store review machine-translated, original after": (app_machine, 1, "pos"),
    "store review with English for the devs": (app_own, 2, "pos"),
    "GitHub issue: back-translation and what it should say": (gh_backtranslation, 1, "pos"),
    "GitHub PR: diff of two strings, new one translated": (gh_pr_diff, 1, "pos"),
    "GitHub PR review: > quoted string read in English": (gh_review_quote, 1, "pos"),
    "Discourse [quote] reply translating": (discourse_quote, 1, "pos"),
    "Discourse translation in two posts": (discourse_two_posts, 2, "pos"),
    "phpBB [quote=name] reply, bare translation": (phpbb_quote, 1, "pos"),
    "forum post: English first, original after": (forum_before, 1, "pos"),
    "Hacker News reply, maybe > quoted": (hn_reply, 1, "pos"),
    "Hacker News later top-level comment": (hn_later, 1, "pos"),
    "Mastodon reply after @user@server mentions": (masto_reply, 1, "pos"),
    "Mastodon own post translating another's": (masto_own, 1, "pos"),
    "Genius annotation of one line": (genius_line, 1, "pos"),
    "Genius annotation of two lines": (genius_two_lines, 1, "pos"),
    "Genius annotation: first sentence only (partial)": (genius_partial, 2, "pos"),
    "neg: learner grammar question answered in grammar": (n_ll_grammar, 1, "neg"),
    "neg: sentence discussion chatter": (n_duo_chatter, 1, "neg"),
    "neg: Twitch replay, question unanswered": (n_twitch_spam, 1, "neg"),
    "neg: Steam comments say machine translation fails": (n_steam_gt, 1, "neg"),
    "neg: store review, generic developer response": (n_app_generic, 1, "neg"),
    "neg: GitHub issue on a truncated string": (n_gh_truncated, 1, "neg"),
    "neg: GitHub issue, says X should say Y, both Arabic": (n_gh_should, 1, "neg"),
    "neg: Discourse rebuttal quoting the Arabic": (n_discourse_rebuttal, 1, "neg"),
    "neg: Hacker News reply translates the next line": (n_hn_other_line, 1, "neg"),
    "neg: Mastodon jokes": (n_masto_jokes, 1, "neg"),
    "neg: Genius annotation on the song's background": (n_genius_background, 1, "neg"),
    "neg: phpBB request bumped, never answered": (n_phpbb_bumped, 1, "neg"),
    "neg: live chat, another viewer's Arabic translated": (n_live_other, 1, "neg"),
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
