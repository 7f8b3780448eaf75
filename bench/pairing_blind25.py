"""Round 25 of pairing's development set: real pairs set in 38 thread shapes (26 positive, 12 negative) written blind (by a
writer who read neither the pairing code nor earlier rounds' wordings), in settings no earlier round
used: mosque and church newsletter comments, issue trackers for right-to-left bugs, a manuscripts
mailing list, genealogy forums, coin and stamp boards, calligraphy sellers, football transfer
rumours, airline complaints, app beta feedback, Wikimedia Commons file talk, Anki decks, Clozemaster
forums, BoardGameGeek, Vimeo recipe comments, Gumtree listings, parenting forums, crossword forums,
escape-room reviews, dashcam clips and Substack notes.

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out
ones, so no held-out thread uses a tuned wording. A gold span is the translation and only it (leads,
notes, sign-offs, emoji, hashtags and handles out); the translation may carry its writer's habits
(a typo, bracketed insertions, British spelling, clauses turned round, no capital or full stop),
which :func:`same` knows by name.

Three judgement calls, kept the same in every thread of their shape:
- "crossword: a third person corrects one word": B posts the translation with one word's number
  wrong, C quotes it back corrected ("close, but ...: '...'"), and A thanks C. Gold is C's quote: it
  is the whole, right translation and the one the thread settles on; B's is superseded.
- "escape room: Google's output disowned": a pasted machine output labelled nonsense is no gold
  (its poster says it is not what the Arabic means); the human translation after it is. In the
  negative "airline: machine output called wrong" nobody gives more than the disowned output, which
  is also not a translation of the Arabic: no pair.
- "genealogy: inscription split over two posts": the author posts the gravestone's two lines in two
  comments and a relative translates both in one reply; each Arabic post is its own passage, so each
  is paired with its own sentence of the reply.

Run: python3 bench/pairing_blind25.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import _blind  # bench/_blind.py, beside this file
from _blind import Pairs, Piece, Planned

SEED = 25
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round25.jsonl"

# Every bank: even entries word tuned threads, odd entries held-out ones. "{}" marks where the
# translation (or the word, the name) goes.
BANKS: dict[str, list[str]] = {
    "user": [
        "umm_yusuf", "hassan.k", "brother_idris", "layla-m", "geo_nana", "farid1987", "stampman_uk", "deena_r",
        "coinhound", "mirage_tx", "olive.tree", "saltmarsh", "karim_b", "wren_f", "noor.h", "tomasz_p",
        "bookbinder", "quietfox", "sami_al", "june.r", "abu_adam", "grey_heron", "mona_s", "dave_c",
    ],
    # 1 mosque newsletter: translation inside a longer reply that answers a question
    "mosque_ask": [
        "Is this a prayer? I saw it printed under the Friday timetable.",
        "Sorry if this is a silly question but is that line at the bottom a dua?",
        "What is the Arabic at the end of this month's newsletter, is it from the Quran?",
        "Could someone say if the text under the photo is a prayer or a saying?",
    ],
    "mosque_answer": [
        "Yes it's a prayer. Roughly: '{}'. Hope that helps!",
        "It is a dua, yes. It means something like \"{}\" Hope this helps, sister.",
        "Good question! It's a supplication, and it says '{}'. JazakAllah khair for reading.",
        "Not from the Quran, it's a saying. In English: \"{}\" Any more questions just ask.",
    ],
    # 2 RTL issue tracker
    "rtl_lead": [
        "The onboarding screen renders this string with the words in reverse order:",
        "Bidi bug: the following label is mirrored and the punctuation jumps to the wrong side:",
        "On Android 14 the toast shows this Arabic text cut off at the left edge:",
        "Steps: switch the locale to ar-EG, open Settings, look at the footer. It shows:",
    ],
    "rtl_gloss": [
        "(for non-Arabic readers it says: {})",
        "English meaning, so you can find the key: {}",
        "(Meaning: {})",
        "Translation for whoever picks this up: {}",
    ],
    "rtl_tail": [
        "Expected: right-aligned, read right to left.",
        "Build 4.2.1, Pixel 7.",
        "Screenshot attached.",
        "Happens in dark mode too.",
    ],
    # 3 manuscripts mailing list: bracketed insertions
    "ms_ask": [
        "Could a list member check my reading of the marginal note on folio 12v? I transcribe:",
        "A colophon from a private collection, transcribed as best I can:",
        "I would be grateful for help with this ownership note (inner cover):",
        "The following line appears in a later hand beneath the explicit:",
    ],
    "ms_reply": [
        "My rendering, with words supplied in square brackets:\n\n{}\n\nThe hand looks later than the main text.",
        "I read it the same way. Translated, my additions bracketed:\n{}\n\nBest wishes,",
        "Yes. In English, with the implied words added in brackets: {}\nRegards from Leiden.",
        "Your transcription is sound. I would translate it thus (brackets mine): {}\n\nWith all good wishes,",
    ],
    # 4 genealogy: inscription split over two posts
    "grave_lead1": [
        "Great-grandfather's stone in the old cemetery, top line:",
        "Finally found the grave! First line of the inscription reads",
        "Photo from the family plot, first line:",
        "Here's what's carved on great-uncle's headstone, line one:",
    ],
    "grave_lead2": [
        "and the second line:",
        "second line (partly worn):",
        "and underneath:",
        "then the bottom line reads",
    ],
    "grave_reply": [
        "Aunt Samira helped me with this. Together they say: {} Lovely find!",
        "My dad translated it over the phone: {} 🕊️",
        "Both lines together in English: {} Hope this helps your tree.",
        "I asked at the mosque: {} What a beautiful stone.",
    ],
    # 5 coin board: bullet list
    "coin_ask": [
        "Bought this token at a fair, can anyone ID it? Legend on the reverse:",
        "Help with a medal please, the inscription around the edge says",
        "Need an attribution for this piece. Text on the obverse:",
        "Anyone read Arabic? Picked this up in a job lot, the field reads",
    ],
    "coin_bullets": [
        "Here's what I've got:\n- Script: naskh\n- Legend: {}\n- Date: worn, maybe 1950s",
        "• Type: commemorative\n• Inscription: {}\n• Metal: brass I think",
        "Quick notes:\n* Language: Arabic\n* Meaning: {}\n* Value: a few dollars",
        "- Material: copper-nickel\n- Reading: {}\n- Mint: unclear",
    ],
    # 6 calligraphy seller: table
    "callig_intro": [
        "Hand-written on handmade paper, 30x40 cm. Text and meaning:",
        "Each piece is signed. What this one says:",
        "Custom orders welcome. The phrase in this frame:",
        "Gold ink on black card. Details below:",
    ],
    "callig_head": [
        "| Arabic | English |\n|---|---|\n",
        "| Text | Meaning |\n| --- | --- |\n",
        "| Original | Translation |\n|:-|:-|\n",
        "| Calligraphy | In English |\n|---|---|\n",
    ],
    "callig_tail": [
        "\n\nShips in 3-5 days.",
        "\n\nMessage me for other sizes ✨",
        "\n\nFree gift wrap.",
        "\n\nFramed version also available.",
    ],
    # 7 football rumours: > quote then translation
    "foot_post": [
        "Club insider just posted this:",
        "Big if true. From the journalist's account:",
        "Egyptian media are reporting this:",
        "This is the tweet everyone's talking about:",
    ],
    "foot_reply": [
        "for those who can't read it:",
        "rough translation below",
        "what it says:",
        "",
    ],
    "foot_tail": [
        "Take it with a pinch of salt.",
        "HERE WE GO?? 👀",
        "Not a tier 1 source though.",
        "Believe it when I see the medical.",
    ],
    # 8 airline complaint: translation before the Arabic
    "air_before": [
        "\"{}\" That's what I told the gate agent in Arabic, word for word:",
        "{} (that's my message to their Arabic support, copied below)",
        "In English: {} And this is what I actually sent them:",
        "\"{}\" is what I wrote in the complaint form:",
    ],
    "air_after": [
        "Still no reply after two weeks.",
        "Anyone had luck with a refund?",
        "Three days and nothing.",
        "Avoid this airline.",
    ],
    # 9 app beta: Arabic with English hashtags, author translates in a reply
    "beta_tags": [
        " #beta #feedback",
        " #RTL #bugreport",
        " #testflight #arabic",
        " #betatester #UI",
    ],
    "beta_reply": [
        "English for the devs: {}",
        "translating my own post: {} #feedback",
        "Meant to add the English. {}",
        "(tl;dr in English: {}) #beta",
    ],
    # 10 Wikimedia Commons: translation split over two posts
    "wm_ask": [
        "The description is only in Arabic. Can someone add an English caption?",
        "{{Translation request}} Please provide an English description.",
        "Could this file's description be translated so it can be categorised?",
        "Needs an English caption before it can go to the Featured pictures candidates.",
    ],
    "wm_one": [
        "English, part 1: {}",
        "Here goes (1/2): {}",
        "Translation, first sentence: {}",
        "Start: {}",
    ],
    "wm_two": [
        "part 2: {} ~~~~",
        "(2/2) {}",
        "and the second sentence: {} --~~~~",
        "Rest: {}",
    ],
    # 11 Anki deck: Front/Back card
    "anki_lead": [
        "Card #214 in the deck looks wrong to me:",
        "Reporting a card, it has a typo on the front:",
        "Is the back of this card right? Here it is:",
        "This card keeps showing up twice:",
    ],
    "anki_front": ["Front: ", "Q: ", "Side A: ", "Prompt: "],
    "anki_back": ["Back: ", "Reverse: ", "Side B: ", "Answer: "],
    "anki_tail": [
        "\n\nUsing the latest version of the deck.",
        "\n\nThanks for making this deck btw.",
        "\n\nShould I suggest an edit on the page?",
        "\n\nOtherwise a great deck.",
    ],
    # 12 Clozemaster: typo / British spelling inside the translation
    "cloze_ask": [
        "This sentence came up in Fluency Fast Track and I can't parse it:",
        "Stuck on this one, the cloze word is the verb:",
        "What's the natural English for this sentence from the Arabic collection?",
        "Got this wrong three times now:",
    ],
    "cloze_reply": [
        "I think it's: {}",
        "I'd put it as {} but native speakers may correct me.",
        "Closest I can get: {}",
        "Mine was {} and that was accepted.",
    ],
    # 13 BoardGameGeek: clauses reordered
    "bgg_ask": [
        "Got the Arabic edition from a trip. Anyone know what this event card says?",
        "My copy has an Arabic card, and I can't tell if it's a rules change:",
        "Translation help for a promo card please:",
        "Picked up a Middle East printing; this card text is a mystery to me:",
    ],
    "bgg_reply": [
        "Rough translation (I moved the clauses around so it reads better): {}",
        "My wife reads Arabic, she says: {} (she swapped the order to sound natural)",
        "Translated, reordered into normal English: {}",
        "It reads: {} Order changed a bit from the Arabic.",
    ],
    "bgg_tail": [
        "Not a rules change, just flavour text.",
        "So it's the same as the English version.",
        "No gameplay effect then.",
        "Thematic, nothing more.",
    ],
    # 14 Vimeo recipe: partial translation of the first sentence
    "vimeo_ask": [
        "What is she saying at 2:15? The auto subtitles are gibberish.",
        "Can anyone translate what the chef says right before adding the onions?",
        "Subtitles please! What's said when she lifts the lid?",
        "At 4:02 she says something important, what is it?",
    ],
    "vimeo_reply": [
        "The first bit says '{}', not sure about the rest",
        "First sentence is \"{}\" then she talks too fast for me.",
        "Only caught the start: {} Sorry!",
        "She starts with '{}' and I lose her after that lol",
    ],
    # 15 Gumtree: translation in brackets with a (not perfect) note
    "gum_lead": [
        "Selling my late father's things. Note found with the set:",
        "Moving abroad, everything must go. Label on the box says",
        "Genuine item, comes with original card:",
        "Written on the back of the frame:",
    ],
    "gum_note": [
        " (translation not perfect)",
        " - my translation, not perfect",
        " (rough, sorry)",
        " (not a perfect translation)",
    ],
    "gum_tail": [
        "\nCollection only, cash on pickup.",
        "\nNo time wasters please.",
        "\n£40 ono.",
        "\nCan deliver locally.",
    ],
    # 16 parenting forum: author's later top-level comment
    "parent_post": [
        "My mother-in-law sent this about the baby's name and I'm not sure how to take it:",
        "Grandma keeps posting this on the family group after every photo of our son:",
        "Got this voice-note transcript from my husband's aunt. Should I be offended?",
        "Relatives wrote this on the baby card:",
    ],
    "parent_reply": [
        "Can you post the English? Hard to judge otherwise.",
        "Depends what it means, is there a translation?",
        "Need the English to help you out hun.",
        "What does it say in English though?",
    ],
    "parent_side": [
        "Sending hugs, in-laws are hard work.",
        "My husband's family do the same, you're not alone.",
        "I'd just smile and nod honestly.",
        "Sounds like she means well though?",
    ],
    "parent_later": [
        "For those who asked about my MIL's message, it says: {} So I think it's fine?",
        "Update for everyone asking: hubby says it means {} Feeling silly now 😅",
        "OK so the English is: {} Thanks all for your patience.",
        "Sorry I forgot to add, it's basically \"{}\" Still annoyed tbh",
    ],
    # 17 crossword forum: third-person correction
    "cross_post": [
        "Today's cryptic had an Arabic phrase as a theme clue. The phrase:",
        "Setter's note mentions a saying in Arabic:",
        "The puzzle's hidden theme is this line, apparently:",
        "Found the theme! It comes from this:",
    ],
    "cross_first": [
        "My go at it: \"{}\"",
        "It means '{}', I think.",
        "Translated: {}",
        "Roughly \"{}\"",
    ],
    "cross_fix": [
        "close, but '{w}' not '{v}': \"{t}\"",
        "Nearly! It's {w} rather than {v}, so: '{t}'",
        "Almost right. {w}, not {v}: \"{t}\"",
        "Small fix, {w} instead of {v} — '{t}'",
    ],
    "cross_thanks": [
        "Thanks, that makes the anagram work!",
        "Ah, that's why 14 across fits.",
        "Cheers, got it now.",
        "That solves my last clue, thank you.",
    ],
    # 18 escape room: Google's output disowned, human translation follows
    "esc_lead": [
        "The final puzzle had this painted over the door:",
        "Room 3's clue was only in Arabic:",
        "There's a scroll in the last room with this written on it:",
        "This was the code clue in the Pharaoh room:",
    ],
    "esc_google": [
        "Google says '{}' but that's nonsense.",
        "Translate app gave me \"{}\" which makes zero sense.",
        "Google Lens says: {} ... clearly wrong.",
        "The app's version was '{}' - useless.",
    ],
    "esc_human": [
        "Our guide told us afterwards it actually means: {}",
        "What it really says is {} Great room though!",
        "The staff said the real meaning is \"{}\" and then it all clicked.",
        "Proper translation: {} 5 stars, would escape again.",
    ],
    # 19 dashcam: two passages, translations in different places
    "dash_title": [
        "Near miss on the ring road this morning.",
        "Roundabout chaos, watch till the end.",
        "Taxi driver cut me off and then got out to argue.",
        "Lorry merging without looking.",
    ],
    "dash_a": [
        "The taxi driver shouts at 0:34:",
        "what the guy yells out the window:",
        "At 0:50 you can hear him:",
        "The driver's words were",
    ],
    "dash_a_tr": [
        "^ that means \"{}\"",
        "i.e. {}",
        "(which is: {})",
        "he's saying {}",
    ],
    "dash_b_lead": [
        "and my passenger answers:",
        "then the lady on the pavement says",
        "and the bystander replies",
        "Someone else in the video:",
    ],
    "dash_b_tr": [
        "The passenger says {} lol",
        "the pavement lady: \"{}\"",
        "bystander translation: {}",
        "second voice = {}",
    ],
    # 20 Substack note: curly quotes after an em dash, emoji
    "sub_lead": [
        "A line from my grandmother's letters that I keep coming back to",
        "Today's note is a sentence I overheard on the tram in Alexandria",
        "Reading old notebooks again, found this",
        "Something my teacher wrote in my copybook",
    ],
    "sub_mid": [" — “{}” 🌿", " — in English, “{}” ✍️", " — roughly “{}” 💭", " — “{}” 📓"],
    "sub_sign": ["\n\nRestack if it moved you.", "\n\n— M.", "\n\nMore on Sunday.", "\n\nSubscribe for the full essay."],
    # 21 church newsletter: rough translation with British spelling and a prayer emoji
    "church_lead": [
        "Thank you to the choir for singing this line at the Arabic Mass:",
        "The verse on the cover of this week's bulletin:",
        "Father Elias closed with this blessing:",
        "Lovely to see this on the parish noticeboard:",
    ],
    "church_ask": [
        "What does it mean? We don't all speak Arabic 🙂",
        "Could someone post it in English for the newsletter?",
        "English please, for those of us who missed the homily!",
        "Would love to know what it says.",
    ],
    "church_reply": [
        "Translation (mine, rough): {} 🙏",
        "My rough go, from the choir: {} God bless.",
        "In English (mine, not perfect): {} 🕯️",
        "Here it is, roughly: {} Peace be with you.",
    ],
    # 22 genealogy photo: translation in brackets inside a longer question
    "photo_lead": [
        "Grandma wrote ",
        "On the back of this photo it says ",
        "Found this written under a picture in the album: ",
        "The caption in pencil reads ",
    ],
    "photo_mid": [" ({}) — ", " [{}] - ", " (\"{}\") — ", " (= {}) "],
    "photo_q": [
        "does anyone know who the man on the left is?",
        "any idea what year this might be?",
        "can anyone place the street?",
        "does anyone recognise the uniform?",
    ],
    # 23 open-source tracker: author's own translation after "Translation:" in a follow-up
    "oss_issue": [
        "Arabic user report forwarded from support. Original text:",
        "Received this crash report comment from a user in Riyadh:",
        "Issue copied from the forum, user wrote:",
        "Feedback form entry (verbatim):",
    ],
    "oss_follow": [
        "Translation: {}\n\n(Labels: i18n, needs-triage)",
        "Translated by me: {}",
        "Translation:\n{}\n\ncc the RTL team",
        "English:\n{}",
    ],
    # 24 BGG second: translation after a quote mark line in a table of cards? -> Memrise-style bullet list of two
    "mem_ask": [
        "These two sentences from the course have no audio, what do they mean together?",
        "Two sentences from level 9 that I can't get, sorry for the long post:",
        "Course sentences with missing translations:",
        "Can someone translate these two lines from the community course?",
    ],
    "mem_bullets": [
        "Sure:\n- {}\n- {}\nGood luck with the course!",
        "• {}\n• {}\n(hope I got them right)",
        "1. {}\n2. {}",
        "Here you go:\n* {}\n* {}",
    ],
    # 25 calligraphy seller: customer translates in a review, translation before the Arabic
    "review_before": [
        "\"{}\" — that's what I ordered, and it came out beautifully:",
        "The piece reads {} and here's the original:",
        "Mine says \"{}\" (the Arabic is below):",
        "Ordered '{}' for my mum:",
    ],
    "review_tail": ["Five stars.", "Fast shipping too.", "Will order again 💛", "Perfect gift."],
    # Negatives
    # N1 long comment with the same names and numbers
    "names_lead": [
        "Not the same family I think, but I have a {} in my tree as well, born around the same time; the census of that year lists three households with the name and I could never work out which was ours.",
        "Funny, {} comes up in my research too. I spent years on the parish records and the ship manifests from that decade, and the dates never lined up with what my grandmother remembered.",
        "Tangent, but my great-aunt's diary mentions {} over and over. We think it was a neighbour, though the letters from that period are mostly lost and the few that survive are water damaged.",
        "Same names in our tree ({}), but different town. The archive visit was worth it anyway, and the clerk there was incredibly patient with my questions about the old registers.",
    ],
    # N2 reply that only corrects the Arabic's spelling
    "spell_fix": [
        "Small thing: it's usually spelled {} in that word.",
        "*{} — sorry, spelling pedant here.",
        "I think you mean {}? Typo in the post.",
        "Pretty sure that's written {} normally.",
    ],
    # N3 question asking what one word means, with a guess
    "word_guess": [
        "What does {} mean? Is it 'door'?",
        "Quick one: {} — does that mean 'tomorrow'? Just guessing from context.",
        "Is {} 'village' or am I way off?",
        "I recognise {}, isn't it something like 'blessing'?",
    ],
    # N4 machine output labelled wrong, no human translation
    "mt_wrong": [
        "Google says '{}' but that's nonsense, it can't be right.",
        "DeepL gives \"{}\", which is obviously garbage.",
        "Bing translated it as {} Definitely not it.",
        "The app spat out '{}' - no idea how it got that.",
    ],
    "mt_after": [
        "Still waiting for someone who actually reads Arabic.",
        "Anyone? The airline won't answer in English.",
        "If anyone can help I'd appreciate it.",
        "Bumping this.",
    ],
    # N5 Turkish near the Arabic, English translating the Turkish ("turkish|english")
    "turkish": [
        "Bu sezon şampiyonluk bizim olacak!|This season the championship will be ours!",
        "Transfer haberi doğruysa taraftarlar çok sevinecek.|If the transfer news is true the fans will be very happy.",
        "Yarın akşam maç saat dokuzda başlıyor.|Tomorrow evening the match starts at nine.",
        "Hocanın açıklamasını bekliyoruz.|We are waiting for the coach's statement.",
    ],
    "tr_lead": [
        "The Turkish side are replying too:",
        "Meanwhile a Fenerbahçe account posted",
        "Turkish reaction below:",
        "And from Istanbul:",
    ],
    "tr_gloss": [
        "The Turkish one says \"{}\"",
        "Turkish bit = {}",
        "(Turkish tweet translates to: {})",
        "that one's Turkish, means '{}'",
    ],
    # N6 Persian near the Arabic, English translating the Persian ("persian|english")
    "persian": [
        "چه روز قشنگی است، دلم برای خانه تنگ شده|What a lovely day, I miss home",
        "این کتاب را پدربزرگم به من هدیه داد|My grandfather gave me this book as a gift",
        "گل‌های باغ ما امسال زودتر شکفتند|The flowers in our garden bloomed earlier this year",
        "کی به ایران برمی‌گردی؟ همه منتظرت هستند|When are you coming back to Iran? Everyone is waiting for you",
    ],
    "fa_lead": [
        "Two pieces this week. The second is Persian (nastaliq):",
        "Also available, a Farsi line:",
        "And this one in Persian for a customer in Shiraz:",
        "Bonus piece, Persian this time:",
    ],
    "fa_gloss": [
        "The Persian one means: {}",
        "(Farsi piece: {})",
        "Persian translation: {}",
        "Second piece in English - {}",
    ],
    # N7 quote of the Arabic then a rebuttal
    "rebut": [
        "That's simply not how compensation works under the regulations, you'd need a written claim.",
        "This is wrong. The airline isn't liable for weather delays, whatever the post says.",
        "Nope. I flew with them last month and they were completely fine with my luggage.",
        "Disagree completely, the crew on my flight were great and the refund came in a week.",
    ],
    # N8 request answered with something else
    "req_ask": [
        "Can you translate it for us?",
        "English translation please?",
        "What does this say?",
        "Translation? 🙏",
    ],
    "req_other": [
        "It's from my grandmother's letter. She also wrote: {}",
        "Long story, it was on a postcard. My cousin's caption under the photo was: {}",
        "It came with the parcel. The English leaflet inside said \"{}\"",
        "Not sure myself! My neighbour's only comment was {}",
    ],
    # N9 translation of a different Arabic passage (not in the thread)
    "other_sign": [
        "The sign in the second room (not pictured) said \"{}\" which was the actual clue.",
        "The other scroll, the one by the exit, translates as: {}",
        "Fun fact, the poster in the lobby says '{}'",
        "The hint card they gave us afterwards read: {}",
    ],
    # N10 paraphrase / summary
    "summary": [
        "Basically she's complaining about the delay and wants money back.",
        "tl;dr he's angry about the service and blames the staff.",
        "The gist: someone's unhappy and wants it fixed.",
        "In short it's a rant, nothing you need to worry about.",
    ],
    # N11 gloss of one word (Anki vocab list)
    "gloss": [
        "Vocab on this card:\n• {} – 'peace'\nEverything else is review.",
        "New word here: {} (= 'road'). Rest are old.",
        "Only unknown word for me was {}, which the deck glosses as 'house'.",
        "Key word: {} — 'to travel'.",
    ],
    # N12 English hashtag commentary only
    "tag_comment": [
        "Same on my device. #RTL still broken on build 4.3 #beta",
        "Can confirm the text overflows the button #bugreport",
        "+1, the keyboard covers the input field too #testflight",
        "Seeing this on iPad as well. #UI #beta",
    ],
    "beta_ack": [
        "Thanks, logged it for the next build.",
        "Dev here: known issue, fix is in review.",
        "Can you share your OS version?",
        "Duplicate of the ticket from last week, closing this one.",
    ],
    # N13 (positive) Arabic split across two posts by author with a hashtag? -> shared sign-offs
    "thanks": ["Thank you so much!", "Wow, thanks 🙏", "Perfect, thanks!", "Appreciated ❤️"],
}


# ---- the translator's habits: each a deterministic rewrite of the reference English ------------

_BRITISH = [("ize", "ise"), ("color", "colour"), ("center", "centre"), ("favor", "favour"), ("neighbor", "neighbour"),
            ("program", "programme"), ("traveled", "travelled"), ("honor", "honour"), ("analyze", "analyse"), ("gray", "grey")]
_AMERICAN = [(b, a) for a, b in _BRITISH]
_WORD = re.compile(r"[A-Za-z]+")
_SMALL = re.compile(r"\b(the|my|his|her|its|our|their|is|are|was)\b")


def as_is(text: str) -> str:
    return text


def typo(text: str) -> str:
    """Two letters in the middle of the first longest word swapped ("recieve")."""
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= 5]
    if not words:
        return text
    m = max(words, key=lambda w: len(w.group()))
    w = m.group()
    k = len(w) // 2
    if w[k - 1] == w[k]:
        return text
    return text[: m.start()] + w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :] + text[m.end() :]


def bracketed(text: str) -> str:
    """The translator's supplied words in square brackets: the first two small words ("[the] house")."""
    out, done, last = [], 0, 0
    for m in _SMALL.finditer(text):
        if done == 2:
            break
        out += [text[last : m.start()], f"[{m.group()}]"]
        last, done = m.end(), done + 1
    return "".join(out) + text[last:]


def spelled_other_side(text: str) -> str:
    """British spelling where the reference is American and American where it is British."""
    for table in (_BRITISH, _AMERICAN):
        new = text
        for a, b in table:
            new = re.sub(a, b, new)
        if new != text:
            return new
    return text


def reordered(text: str) -> str:
    """Clauses turned round: two sentences swapped, or the parts either side of the first comma."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(parts) >= 2:
        return " ".join(parts[1:] + parts[:1])
    head, sep, tail = text.partition(", ")
    if not sep or not tail or not head:
        return text
    end = tail[-1] if tail[-1] in ".!?" else ""
    tail = tail[:-1] if end else tail
    return tail[:1].upper() + tail[1:] + ", " + (head[:1].lower() if head[:2] != "I " else head[:1]) + head[1:] + end


def casual(text: str) -> str:
    """No capital at the start, no full stop at the end."""
    text = text.strip()
    if text.endswith("."):
        text = text[:-1]
    return text[:1].lower() + text[1:]


HABITS: dict[str, Callable[[str], str]] = {
    "as is": as_is, "typo": typo, "bracketed": bracketed, "spelling": spelled_other_side, "reordered": reordered, "casual": casual,
}


def same(gold: str, want: list[str]) -> bool:
    """A gold span is the translation ``want`` (its sentences) as one of :data:`HABITS` writes it,
    nothing around it, white space made flat."""
    joined = " ".join(e.strip() for e in want)
    return gold == gold.strip() and any(_blind.flat(gold) == _blind.flat(habit(joined)) for habit in HABITS.values())


# ---- the thread writer --------------------------------------------------------------------------


class Writer(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its wordings and people from this round's banks."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self.ex = p.example
        self.people = self.rng.sample(BANKS["user"][self.half :: 2], 4)

    def say(self, bank: str) -> str:
        return self.rng.choice(BANKS[bank][self.half :: 2])

    def around(self, bank: str) -> tuple[str, str]:
        before, _, after = self.say(bank).partition("{}")
        return before, after

    def post(self, cid: str, parent: str | None, who: int, *pieces: Piece) -> None:
        self.rows.append([cid, parent, self.people[who], _blind.joined(cid, pieces, self.spans, self.texts)])

    def item(self, arabic: str, translation: str | None = None, partial: bool = False, continued: Sequence[str] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, translation, partial, continued))


def _word(w: Writer) -> str:
    """The longest Arabic word of the passage, punctuation off."""
    words = [re.sub(r"[^\u0621-\u064a]", "", t) for t in w.arabic.split()]
    return max(words, key=len) or "كلمة"


_RESPELL = [(r"ة$", "ه"), (r"ه$", "ة"), (r"ى$", "ي"), (r"ي$", "ى"), (r"[أإ]", "ا"), (r"^ا", "أ")]


def _respelled(w: Writer) -> str:
    """A word of the passage as a spelling pedant would rewrite it (ة/ه, ى/ي, the hamza): the first
    word, longest first, that one of the rewrites changes."""
    words = sorted({re.sub(r"[^\u0621-\u064a]", "", t) for t in w.arabic.split()}, key=lambda t: (-len(t), t))
    for word in words:
        for pattern, repl in _RESPELL:
            new = re.sub(pattern, repl, word, count=1)
            if new != word and len(word) >= 3:
                return new
    return _word(w) + "ا"


def _names(w: Writer) -> str:
    """Capitalised words inside the English and its numbers (chance anchors); else those of the
    other pairs' English (the same topic, other names); else a family name."""
    for text in (w.english, w.p.example.other[1], w.p.example.unrelated):
        words = _WORD.findall(text)
        caps = [t for k, t in enumerate(words) if k and t[:1].isupper() and t != "I"]
        picked = list(dict.fromkeys(caps + re.findall(r"\d+", text)))[:3]
        if picked:
            return " and ".join(picked)
    return "the Haddad family"


# ---- positive shapes ------------------------------------------------------------------------------


def mosque_reply(w: Writer) -> None:
    w.post("1", None, 0, w.say("mosque_ask"), "\n\n", ("a", w.arabic))
    b, a = w.around("mosque_answer")
    w.post("2", "1", 1, b, ("e", w.english), a)
    w.item("a", "e")


def rtl_issue(w: Writer) -> None:
    b, a = w.around("rtl_gloss")
    w.post("1", None, 0, w.say("rtl_lead"), "\n\n", ("a", w.arabic), "\n\n", b, ("e", w.english), a, "\n\n", w.say("rtl_tail"))
    w.post("2", "1", 1, w.say("rtl_tail"))
    w.item("a", "e")


def manuscript_brackets(w: Writer) -> None:
    w.post("1", None, 0, w.say("ms_ask"), "\n\n", ("a", w.arabic))
    b, a = w.around("ms_reply")
    w.post("2", "1", 1, b, ("e", bracketed(w.english)), a)
    w.item("a", "e")


def gravestone_split(w: Writer) -> None:
    w.post("1", None, 0, w.say("grave_lead1"), " ", ("a1", w.ex.arabic[0].strip()))
    w.post("2", "1", 0, w.say("grave_lead2"), " ", ("a2", w.ex.arabic[1].strip()))
    b, a = w.around("grave_reply")
    w.post("3", "2", 1, b, ("e1", w.ex.english[0].strip()), " ", ("e2", w.ex.english[1].strip()), a)
    w.item("a1", "e1")
    w.item("a2", "e2")


def coin_bullets(w: Writer) -> None:
    w.post("1", None, 0, w.say("coin_ask"), "\n", ("a", w.arabic))
    b, a = w.around("coin_bullets")
    w.post("2", "1", 1, b, ("e", w.english), a)
    w.post("3", "2", 0, w.say("thanks"))
    w.item("a", "e")


def calligraphy_table(w: Writer) -> None:
    w.post("1", None, 0, w.say("callig_intro"), "\n\n", w.say("callig_head"), "| ", ("a", w.arabic), " | ", ("e", w.english), " |",
           w.say("callig_tail"))
    w.item("a", "e")


def transfer_quote(w: Writer) -> None:
    w.post("1", None, 0, w.say("foot_post"), "\n", ("a", w.arabic))
    lead = w.say("foot_reply")
    w.post("2", "1", 1, "> ", w.arabic, "\n\n", lead + ("\n" if lead else ""), ("e", w.english), "\n\n", w.say("foot_tail"))
    w.item("a", "e")


def airline_before(w: Writer) -> None:
    b, a = w.around("air_before")
    w.post("1", None, 0, b, ("e", w.english), a, "\n\n", ("a", w.arabic), "\n\n", w.say("air_after"))
    w.item("a", "e")


def beta_hashtags(w: Writer) -> None:
    w.post("1", None, 0, ("a", w.arabic), w.say("beta_tags"))
    w.post("2", "1", 2, w.say("tag_comment"))
    b, a = w.around("beta_reply")
    w.post("3", "1", 0, b, ("e", w.english), a)
    w.item("a", "e")


def commons_split(w: Writer) -> None:
    w.post("1", None, 0, ("a", w.arabic))
    w.post("2", "1", 1, w.say("wm_ask"))
    b, a = w.around("wm_one")
    w.post("3", "2", 2, b, ("e1", w.ex.english[0].strip()), a)
    b, a = w.around("wm_two")
    w.post("4", "3", 2, b, ("e2", w.ex.english[1].strip()), a)
    w.item("a", "e1", continued=["e2"])


def anki_card(w: Writer) -> None:
    w.post("1", None, 0, w.say("anki_lead"), "\n\n", w.say("anki_front"), ("a", w.arabic), "\n", w.say("anki_back"), ("e", w.english),
           w.say("anki_tail"))
    w.item("a", "e")


def cloze_typo(w: Writer) -> None:
    w.post("1", None, 0, w.say("cloze_ask"), "\n", ("a", w.arabic))
    b, a = w.around("cloze_reply")
    habit = typo if w.rng.random() < 0.5 else spelled_other_side
    w.post("2", "1", 1, b, ("e", habit(w.english)), a)
    w.item("a", "e")


def bgg_reordered(w: Writer) -> None:
    w.post("1", None, 0, w.say("bgg_ask"), "\n\n", ("a", w.arabic))
    b, a = w.around("bgg_reply")
    w.post("2", "1", 1, b, ("e", reordered(w.english)), a)
    w.post("3", "2", 0, w.say("bgg_tail"))
    w.item("a", "e")


def vimeo_partial(w: Writer) -> None:
    w.post("1", None, 0, w.say("vimeo_ask"), "\n", ("a", w.arabic))
    b, a = w.around("vimeo_reply")
    w.post("2", "1", 1, b, ("e", w.ex.english[0].strip()), a)
    w.item("a", "e", partial=True)


def gumtree_brackets(w: Writer) -> None:
    w.post("1", None, 0, w.say("gum_lead"), "\n", ("a", w.arabic), "\n(", ("e", casual(w.english)), ")", w.say("gum_note"), w.say("gum_tail"))
    w.item("a", "e")


def parenting_later(w: Writer) -> None:
    w.post("1", None, 0, w.say("parent_post"), "\n\n", ("a", w.arabic))
    w.post("2", "1", 1, w.say("parent_reply"))
    w.post("3", "1", 2, w.say("parent_side"))
    b, a = w.around("parent_later")
    w.post("4", None, 0, b, ("e", w.english), a)
    w.item("a", "e")


def _one_word_off(text: str) -> tuple[str, str, str]:
    """The text with one word's number changed (plural/singular), the right word and the wrong one."""
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= 4]
    m = max(words, key=lambda x: len(x.group())) if words else None
    if m is None:
        return text + " too", "", "too"
    right = m.group()
    wrong = right[:-1] if right.endswith("s") else right + "s"
    return text[: m.start()] + wrong + text[m.end() :], right, wrong


def crossword_correction(w: Writer) -> None:
    w.post("1", None, 0, w.say("cross_post"), "\n", ("a", w.arabic))
    off, right, wrong = _one_word_off(w.english)
    b, a = w.around("cross_first")
    w.post("2", "1", 1, b, off, a)
    fix = w.say("cross_fix").replace("{w}", right).replace("{v}", wrong)
    b, _, a = fix.partition("{t}")
    w.post("3", "2", 2, b, ("e", w.english), a)
    w.post("4", "3", 0, w.say("cross_thanks"))
    w.item("a", "e")


def escape_google(w: Writer) -> None:
    w.post("1", None, 0, w.say("esc_lead"), "\n", ("a", w.arabic))
    b, a = w.around("esc_google")
    w.post("2", "1", 1, b, w.ex.other[0].strip().rstrip("."), a)
    b, a = w.around("esc_human")
    w.post("3", "2", 2, b, ("e", w.english), a)
    w.item("a", "e")


def dashcam_two(w: Writer) -> None:
    w.post("1", None, 0, w.say("dash_title"), " ", w.say("dash_a"), " ", ("a1", w.ex.arabic[0].strip()))
    b, a = w.around("dash_a_tr")
    w.post("2", "1", 1, b, ("e1", w.ex.english[0].strip()), a)
    w.post("3", None, 2, w.say("dash_b_lead"), " ", ("a2", w.ex.arabic[1].strip()))
    b, a = w.around("dash_b_tr")
    w.post("4", "1", 3, b, ("e2", w.ex.english[1].strip()), a)
    w.item("a1", "e1")
    w.item("a2", "e2")


def dashcam_one_untranslated(w: Writer) -> None:
    w.post("1", None, 0, w.say("dash_title"), " ", w.say("dash_a"), "\n", ("a1", w.ex.arabic[0].strip()))
    w.post("2", "1", 1, w.say("dash_b_lead"), " ", ("a2", w.ex.arabic[1].strip()))
    b, a = w.around("dash_b_tr")
    w.post("3", "2", 2, b, ("e2", w.ex.english[1].strip()), a)
    w.item("a1", None)
    w.item("a2", "e2")


def substack_quote(w: Writer) -> None:
    b, a = w.around("sub_mid")
    w.post("1", None, 0, w.say("sub_lead"), ":\n\n", ("a", w.arabic), b, ("e", w.english), a, w.say("sub_sign"))
    w.item("a", "e")


def church_rough(w: Writer) -> None:
    w.post("1", None, 0, w.say("church_lead"), "\n", ("a", w.arabic))
    w.post("2", "1", 1, w.say("church_ask"))
    b, a = w.around("church_reply")
    w.post("3", "2", 2, b, ("e", spelled_other_side(w.english)), a)
    w.item("a", "e")


def photo_brackets(w: Writer) -> None:
    b, a = w.around("photo_mid")
    w.post("1", None, 0, w.say("photo_lead"), ("a", w.arabic), b, ("e", casual(w.english)), a, w.say("photo_q"))
    w.item("a", "e")


def tracker_follow(w: Writer) -> None:
    w.post("1", None, 0, w.say("oss_issue"), "\n\n", ("a", w.arabic))
    b, a = w.around("oss_follow")
    w.post("2", "1", 0, b, ("e", w.english), a)
    w.item("a", "e")


def memrise_list(w: Writer) -> None:
    w.post("1", None, 0, w.say("mem_ask"), "\n", ("a1", w.ex.arabic[0].strip()), "\n", ("a2", w.ex.arabic[1].strip()))
    pre, mid, post = (w.say("mem_bullets").split("{}") + ["", "", ""])[:3]
    w.post("2", "1", 1, pre, ("e1", w.ex.english[0].strip()), mid, ("e2", w.ex.english[1].strip()), post)
    w.item("a1", "e1")
    w.item("a2", "e2")


def review_before(w: Writer) -> None:
    w.post("1", None, 0, w.say("callig_intro"))
    b, a = w.around("review_before")
    w.post("2", "1", 1, b, ("e", w.english), a, "\n", ("a", w.arabic), "\n", w.say("review_tail"))
    w.item("a", "e")


# ---- negative shapes ------------------------------------------------------------------------------


def names_long_comment(w: Writer) -> None:
    w.post("1", None, 0, w.say("grave_lead1"), " ", ("a", w.arabic))
    w.post("2", "1", 1, w.say("names_lead").replace("{}", _names(w)))
    w.item("a")


def spelling_only(w: Writer) -> None:
    w.post("1", None, 0, w.say("church_lead"), "\n", ("a", w.arabic))
    w.post("2", "1", 1, w.say("spell_fix").replace("{}", _respelled(w)))
    w.item("a")


def word_guess(w: Writer) -> None:
    w.post("1", None, 0, w.say("cloze_ask"), "\n", ("a", w.arabic))
    w.post("2", "1", 1, w.say("word_guess").replace("{}", _word(w)))
    w.item("a")


def machine_called_wrong(w: Writer) -> None:
    w.post("1", None, 0, w.say("air_after"), "\n", ("a", w.arabic))
    w.post("2", "1", 0, w.say("mt_wrong").replace("{}", w.ex.other[0].strip()))
    w.post("3", "2", 1, w.say("mt_after"))
    w.item("a")


def turkish_nearby(w: Writer) -> None:
    turkish, _, english = w.say("turkish").partition("|")
    w.post("1", None, 0, w.say("foot_post"), "\n", ("a", w.arabic))
    w.post("2", "1", 1, w.say("tr_lead"), "\n", turkish)
    w.post("3", "2", 2, w.say("tr_gloss").replace("{}", english))
    w.item("a")


def persian_nearby(w: Writer) -> None:
    persian, _, english = w.say("persian").partition("|")
    w.post("1", None, 0, w.say("callig_intro"), "\n", ("a", w.arabic), "\n\n", w.say("fa_lead"), "\n", persian, "\n",
           w.say("fa_gloss").replace("{}", english))
    w.item("a")


def quote_rebuttal(w: Writer) -> None:
    w.post("1", None, 0, w.say("air_after"), "\n\n", ("a", w.arabic))
    w.post("2", "1", 1, "> ", w.arabic, "\n\n", w.say("rebut"))
    w.item("a")


def request_other_answer(w: Writer) -> None:
    w.post("1", None, 0, w.say("parent_post"), "\n", ("a", w.arabic))
    w.post("2", "1", 1, w.say("req_ask"))
    w.post("3", "2", 0, w.say("req_other").replace("{}", w.ex.other[0].strip()))
    w.item("a")


def different_passage(w: Writer) -> None:
    w.post("1", None, 0, w.say("esc_lead"), "\n", ("a", w.arabic))
    w.post("2", "1", 1, w.say("other_sign").replace("{}", w.ex.other[0].strip()))
    w.item("a")


def summary_only(w: Writer) -> None:
    w.post("1", None, 0, w.say("air_after"), "\n", ("a", w.arabic))
    w.post("2", "1", 1, w.say("req_ask"))
    w.post("3", "2", 2, w.say("summary"))
    w.item("a")


def one_word_gloss(w: Writer) -> None:
    w.post("1", None, 0, w.say("anki_lead"), "\n\n", w.say("anki_front"), ("a", w.arabic))
    w.post("2", "1", 1, w.say("gloss").replace("{}", _word(w)))
    w.item("a")


def hashtag_commentary(w: Writer) -> None:
    w.post("1", None, 0, ("a", w.arabic), w.say("beta_tags"))
    w.post("2", "1", 1, w.say("tag_comment"))
    w.post("3", "2", 0, w.say("beta_ack"))
    w.item("a")


# name -> (builder, sentences of a passage, kind)
SHAPES: dict[str, tuple[Callable[[Writer], None], int, str]] = {
    "mosque newsletter: translation inside an answer": (mosque_reply, 1, "pos"),
    "RTL issue: gloss after the Arabic in the report": (rtl_issue, 1, "pos"),
    "manuscripts list: bracketed insertions": (manuscript_brackets, 1, "pos"),
    "genealogy: inscription split over two posts": (gravestone_split, 2, "pos"),
    "coin board: translation in a bullet list": (coin_bullets, 1, "pos"),
    "calligraphy seller: markdown table": (calligraphy_table, 1, "pos"),
    "transfer rumour: > quote then translation": (transfer_quote, 1, "pos"),
    "airline: translation before the Arabic": (airline_before, 1, "pos"),
    "app beta: English hashtags, author translates": (beta_hashtags, 1, "pos"),
    "Wikimedia Commons: translation split over two posts": (commons_split, 2, "pos"),
    "Anki: front and back of a card": (anki_card, 1, "pos"),
    "Clozemaster: typo or other spelling in the translation": (cloze_typo, 1, "pos"),
    "BoardGameGeek: clauses reordered": (bgg_reordered, 1, "pos"),
    "Vimeo recipe: first sentence only": (vimeo_partial, 2, "pos"),
    "Gumtree: brackets with a not-perfect note": (gumtree_brackets, 1, "pos"),
    "parenting forum: author's later top-level comment": (parenting_later, 1, "pos"),
    "crossword: a third person corrects one word": (crossword_correction, 1, "pos"),
    "escape room: Google's output disowned": (escape_google, 1, "pos"),
    "dashcam: two passages translated in two places": (dashcam_two, 2, "pos"),
    "dashcam: one passage untranslated": (dashcam_one_untranslated, 2, "pos"),
    "Substack note: curly quotes after a dash": (substack_quote, 1, "pos"),
    "church bulletin: rough translation, other spelling": (church_rough, 1, "pos"),
    "genealogy photo: brackets inside a question": (photo_brackets, 1, "pos"),
    "issue tracker: author's Translation: follow-up": (tracker_follow, 1, "pos"),
    "Memrise: two lines, two bullets": (memrise_list, 2, "pos"),
    "calligraphy review: translation before the Arabic": (review_before, 1, "pos"),
    "neg genealogy: long comment with the same names": (names_long_comment, 1, "neg"),
    "neg church: reply corrects the spelling only": (spelling_only, 1, "neg"),
    "neg Clozemaster: one word asked with a guess": (word_guess, 1, "neg"),
    "neg airline: machine output called wrong": (machine_called_wrong, 1, "neg"),
    "neg transfer rumour: English translates the Turkish": (turkish_nearby, 1, "neg"),
    "neg calligraphy: English translates the Persian": (persian_nearby, 1, "neg"),
    "neg airline: > quote then rebuttal": (quote_rebuttal, 1, "neg"),
    "neg parenting: request answered with something else": (request_other_answer, 1, "neg"),
    "neg escape room: translation of another sign": (different_passage, 1, "neg"),
    "neg airline: summary, not translation": (summary_only, 1, "neg"),
    "neg Anki: gloss of one word": (one_word_gloss, 1, "neg"),
    "neg app beta: hashtag commentary only": (hashtag_commentary, 1, "neg"),
}


def check_banks() -> None:
    """Every bank has an even number of entries, at least two; no entry is in both halves, nor
    inside an entry of the other half. Raises AssertionError naming the bank."""
    for name, bank in BANKS.items():
        if len(bank) < 2 or len(bank) % 2:
            raise AssertionError(f"bank {name}: {len(bank)} entries")
    tuned = [p for bank in BANKS.values() for p in bank[0::2]]
    held = [p for bank in BANKS.values() for p in bank[1::2]]
    for p in held:
        for q in tuned:
            if p.strip() and q.strip() and (p.strip() in q or (len(q.strip()) >= 12 and q.strip() in p)):
                raise AssertionError(f"{p!r} and {q!r} word both halves")


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every gold span, its parts joined where a translation is split over comments, is its translation by
    :func:`same` (:func:`_blind.check_gold_parts`). Raises AssertionError naming the thread."""
    _blind.check_gold_parts(threads, sources, same)


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
