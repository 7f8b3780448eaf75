"""Round 30 of pairing's development set, written blind: real (Arabic, English) pairs of
``pairing_devset.load_sources`` (Tatoeba, TICO-19, ArzEn-ST) set in threads of shapes and settings
of this round's own (bus drivers' forums, lost-and-found boards, barbershops, spice shops, iftar
volunteers, taxi-app reviews, parking disputes, mango season, ...).

Positives hold a commenter's translation: gold is its comment and exact span (a translation split
over two comments by the same person is one item whose ``continued`` holds the second part), with
leads, notes, sign-offs, emoji and handles left out; glosses in brackets, words left in Arabic
script or Latin letters, list numbers between its sentences stay inside the span. Negatives hold
English that looks as if it might translate the Arabic and does not.

Every phrase bank is cut between the halves: even entries for tuned threads, odd entries for
held-out ones, so no held-out thread uses a wording a tuned thread uses.

Run: python3 bench/pairing_blind30.py [--out PATH] [--tuned 3] [--held-out 2]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _blind  # noqa: E402  (bench/_blind.py, beside this file)
from _blind import Pairs, Piece, Planned  # noqa: E402

SEED = 30
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round30.jsonl"

# ---------------------------------------------------------------------------------------------
# Phrase banks: even entries are the tuned half's, odd entries the held-out half's.

BANKS: dict[str, list[str]] = {
    # a request for a translation
    "ask": [
        "what does this say?",
        "english please, some of us are lost here",
        "could someone translate for the rest of us",
        "no clue what this means, help",
        "translation?? 🙏",
        "would love to know what that says",
        "can anyone put this in english",
        "sorry, what's the meaning of this one",
    ],
    # someone else chatting without translating
    "chatter": [
        "ha, saw this coming",
        "same thing happened to my cousin last week",
        "bumping so more people see it",
        "following this",
        "who's running this page these days?",
        "ok this made my morning",
        "did anybody screenshot it before it changed",
        "not again lol",
    ],
    # thanks after a translation
    "thanks": [
        "thank you so much!",
        "legend, thanks",
        "ahh that makes sense now, cheers",
        "appreciate it 🙌",
        "got it, thanks a lot",
        "perfect, many thanks",
    ],
    # the first part of a translation split over two comments
    "part1": [
        "part 1/2: ",
        "(1/2) ",
        "translation, part 1 of 2 —\n",
        "1/2 ",
        "Part one: ",
        "[1 of 2] ",
    ],
    "part2": [
        "part 2: ",
        "(2/2) ",
        "part 2 of 2 —\n",
        "2/2 ",
        "Part two: ",
        "[2 of 2] ",
    ],
    "nudge": [
        "waiting on part 2 lol",
        "cliffhanger!! go on",
        "and then??",
        "don't leave us hanging",
    ],
    # a long personal anecdote before a translation
    "anecdote": [
        "I grew up above a shop just like this one. My grandfather would sit outside every afternoon with a glass of "
        "tea and argue with whoever walked past. I spent whole summers listening to him and never once won an argument "
        "with him.",
        "Funny story first: the first time I went to a place like this, I sat in the wrong chair for twenty minutes "
        "before anyone told me. The owner laughed so hard he had to step outside. We've been friends ever since.",
        "Long story but bear with me. My dad used to drive the night route for eleven years, and he always kept a "
        "small notebook of things passengers said to him. When he retired he gave it to me, and half of it is in "
        "Arabic that I still can't read properly.",
        "So when I was a kid my mum dragged me to every single one of these on a Saturday morning. I hated it back "
        "then and I miss it now. She'd buy a bag of something sweet and we'd eat it on the bus home.",
        "Okay, a bit of background. I moved here four years ago knowing nobody, and a neighbour brought round a pot "
        "of soup the first week without saying a word. Her handwriting is on a note I still keep on the fridge.",
        "I have to tell you this first. Last winter my phone died on the way back from work, I was completely lost, "
        "and a stranger walked me three streets to the right stop. I only found out later he'd missed his own bus.",
    ],
    "after_anecdote": [
        "Anyway, what the post says: ",
        "Anyway. The translation:\n",
        "Right, back to the comment above. It says: ",
        "OK so, in English:\n",
        "Anyhow, here's the meaning: ",
        "All that to say, the text reads:\n",
    ],
    # a gloss in brackets after a word of the translation
    "gloss": ["(i.e. {x})", "(= {x})", "(meaning {x})", "(lit. {x})", "(that is, {x})", "(read: {x})"],
    "gloss_intro": [
        "Here's my go at it, with a note in brackets:\n",
        "Translated, with my own note:\n",
        "Mine, brackets are mine:\n",
        "My translation (the bracket is me explaining):\n",
    ],
    # a lead before a translation
    "lead": ["So basically ", "Roughly: ", "Gist: ", "Roughly, ", "so basically,\n", "In short: ", "gist —\n", "Basically what it says is "],
    "lead_tail": [
        "\n\n(not word for word)",
        "\n\nsomeone correct me if needed",
        "\n\nthat's the gist anyway",
        "\n\n(loosely)",
    ],
    # a numbered list of a translation's sentences
    "list_head": [
        "Sentence by sentence:\n",
        "Line by line for you:\n",
        "Broken down:\n",
        "Here it is in order:\n",
    ],
    "list_mark": ["{n}. ", "{n}) "],
    # sign-offs and emoji strings after a translation
    "signoff": [
        " — Hamid 🌸🌸🌸",
        "\n\nhope that helps!! 😊😊",
        "\n— love, auntie Salma 💐",
        " 🙏🙏✨",
        "\n\ncheers from the shop 🌹",
        "\n~ Ranya x 🌷🌷",
    ],
    "handle_lead": ["@{h} here you go: ", "@{h} it says: ", "@{h} ", "@{h} — "],
    # not a native speaker
    "non_native": [
        "non-native here, but ",
        "Not a native speaker so take with salt: ",
        "non native, I think it's: ",
        "Arabic is my second language but roughly: ",
        "Learner here! My attempt: ",
        "not native but I'll try —\n",
    ],
    "doubt_tail": [" (could be wrong)", "\n\nnatives feel free to fix", " — I might be off on the ending", "\n\n(still learning, sorry)"],
    # a reply deep in a chain
    "deep1": ["anyone?", "no idea tbh", "same question", "I was about to ask", "we need an Arabic speaker", "pinging someone who knows"],
    "deep2": [
        "my brother-in-law might know, will check",
        "hold on, asking my colleague",
        "tried an app, it made no sense",
        "let me ask at home tonight",
    ],
    "deep_lead": ["My wife says: ", "ok got it — ", "Asked around. ", "Colleague says: ", "here's what I got: ", "Answer from home: "],
    # a machine translation quoted, then corrected
    "mt_lead": ["Google Translate gives: ", "The app says: ", "Translate button shows: ", "Auto-translate: "],
    "mt_fix": [
        "that's a bit off. Better: ",
        "not quite. It's more like:\n",
        "the machine mangled it, it's: ",
        "close but no —\n",
        "Correction: ",
        "Eh, more accurately: ",
    ],
    # American spelling, contractions
    "us_lead": ["Translation: ", "What it says: ", "In English: ", "It reads: "],
    # all caps and title case
    "caps_lead": ["SAYS: ", "TRANSLATION FOR YOU ALL:\n", "IN ENGLISH: ", "FOR EVERYONE ASKING:\n"],
    "caps_other": ["HEADS UP: ", "PSA FOR EVERYONE:\n", "REMINDER: ", "ATTENTION ALL:\n"],
    "title_lead": ["Sign Reads: ", "Notice Says:\n", "Banner Translation: ", "The Board Says:\n"],
    # the author's later top-level comment
    "later": [
        "For those asking about my comment above: ",
        "Edit, since people asked what my comment means: ",
        "to everyone who messaged me, the Arabic above means: ",
        "Since a few asked — my earlier comment: ",
    ],
    # negatives: naming the language or dialect
    "dialect": [
        "that's Egyptian dialect, not standard Arabic",
        "pretty sure that's Levantine, you won't find half of it in a dictionary",
        "this is Gulf Arabic by the spelling",
        "that's colloquial, not the formal kind they teach in school",
        "sounds like a Cairo way of saying it",
        "that's dialect, written how people speak it",
    ],
    # negatives: asking about another passage
    "ask_other": [
        "can someone also do the writing on the second photo?",
        "while we're at it, what does the sticker on the door say?",
        "and the line at the very bottom of the flyer?",
        "could somebody translate the caption on the video too?",
        "what about the handwritten bit on the back?",
        "does anyone know what the banner in the last picture says?",
    ],
    "google_other": [
        "Google says this for the label in my pic: ",
        "fwiw Google says the sign in my photo reads: ",
        "Google says the receipt I posted yesterday is: ",
        "Google says (for the leaflet I got): ",
    ],
    "summary": [
        "TL;DR of this thread: ",
        "Summary for latecomers: ",
        "To sum up the last 40 comments: ",
        "Recap so far: ",
    ],
    "summary_body": [
        "half of you think it opens at nine, the other half think it's closed on Fridays, and nobody has called them.",
        "the admin says the old rules still apply until the new notice goes up.",
        "people are arguing about who parked there first and someone called the landlord.",
        "the order list closes tonight and payment is on pickup.",
    ],
    # negatives: a hashtag only
    "hashtag": ["#عيد_مبارك", "#موسم_المانجو", "#رمضان_كريم", "#صباح_الخير"],
    "hashtag_gloss": [
        "the hashtag just means 'Blessed Eid' btw",
        "fyi the hashtag is 'mango season'",
        "the hashtag says 'Ramadan is generous', it's a greeting",
        "that tag is 'good morning' lol",
    ],
    # negatives: English put into Arabic
    "to_arabic": [
        "Can someone put this into Arabic for the notice board? ",
        "Need this in Arabic for my uncle please: ",
        "How would you say this in Arabic? ",
        "Could anyone translate this INTO Arabic: ",
    ],
    "arabic_answer": ["here you go:\n", "بالعربي:\n", "try this one:\n", "this should work:\n"],
    # negatives: quoting the Arabic and reacting
    "react": [
        "this is beautiful",
        "I'm not crying, you're crying",
        "so true, every word",
        "saving this one",
        "this hit hard",
        "needed this today",
    ],
    # negatives: dictionary meanings of one word
    "dict_head": [
        "the word {w} on its own can mean:\n",
        "dictionary entry for {w}:\n",
        "{w} has a few meanings depending on context:\n",
        "looked up {w}:\n",
    ],
    "dict_senses": [
        "1. to go out\n2. to leave\n3. to set off",
        "- something good\n- a blessing\n- plenty",
        "1) a person\n2) a self\n3) the same",
        "• to open\n• to begin\n• to conquer",
    ],
    # negatives: someone's own story told in parts
    "story1": ["my own story, part 1/2: ", "ok my turn (1/2): ", "story time 1/2 — ", "mine (1 of 2): "],
    "story2": ["part 2: ", "(2/2) ", "2/2 — ", "(2 of 2) "],
    # negatives: numbered questions
    "questions_head": ["Two questions for the admin:\n", "Before I sign up:\n", "Quick ones:\n", "Things I need to know:\n"],
}

# The setting of each shape: the opening post of its thread (even tuned, odd held-out).
SETTINGS: dict[str, list[str]] = {
    "bus drivers": [
        "Route 14 drivers: the depot posted a new notice in the break room, photo below.",
        "Night shift lads, someone left this in the log book at the terminus.",
        "Drivers' forum: new rota came out and there's a message from the supervisor.",
        "Anyone on the 7 line seen this note stuck on the ticket machine?",
    ],
    "lost and found": [
        "FOUND: a brown wallet near the north gate. There was a note folded inside.",
        "Lost & found board: a tag came with these keys handed in at reception.",
        "FOUND: kid's backpack on the 22 bus, a note was pinned inside it.",
        "Lost umbrella returned today with this message taped to the handle.",
    ],
    "barbershop": [
        "Best fade in the neighbourhood, but the owner wrote something on our group page.",
        "Barbershop regulars: there's a new sign by the mirror.",
        "Had a beard trim today and the barber posted this on the shop account.",
        "Our barber's page has a new post, no idea what it says.",
    ],
    "tailor": [
        "Picked up my hemmed trousers and the tailor wrote this on the ticket.",
        "Alterations shop posted an update about Eid orders.",
        "My tailor sent this with the invoice for the suit.",
        "The alterations lady left a message on the shop page.",
    ],
    "phone repair": [
        "Phone repair shop on the corner replied to my review.",
        "Got my screen fixed, this is what the repair guy texted me.",
        "The repair counter put up a new notice about warranty.",
        "Mobile shop review thread: the owner answered.",
    ],
    "funeral home": [
        "Condolence page for our neighbour, the family posted this.",
        "The funeral home page shared the family's message.",
        "Memorial page: a note from his eldest son.",
        "Funeral arrangements were posted with this message.",
    ],
    "cricket club": [
        "Sunday XI chat: the captain posted after the match.",
        "Cricket club notice board, new message from the groundsman.",
        "Nets are moved again, our skipper wrote this.",
        "Club thread: the tea lady left a note for the team.",
    ],
    "iftar volunteers": [
        "Iftar volunteers: the mosque coordinator posted tonight's message.",
        "Volunteer rota for the iftar tent, note from the organiser.",
        "Community iftar thread: the kitchen lead wrote this.",
        "Iftar packing night, message from the imam's wife.",
    ],
    "spice shop": [
        "The spice shop on Market Street replied to a customer.",
        "Spice shop page: new stock post with a message.",
        "Got a bag of za'atar and this note came with it.",
        "The spice seller left this under my online order.",
    ],
    "kite festival": [
        "Kite festival group: the organiser posted the schedule note.",
        "Kite day at the beach, someone shared the rules.",
        "Kite festival page: a message from the old man who makes the kites.",
        "Festival thread: this was posted by the team from Alexandria.",
    ],
    "bakery": [
        "Bakery pre-orders for the weekend are open, owner's message below.",
        "Ordering ka'ak for Eid, the bakery replied with this.",
        "Pre-order thread for the bakery, they posted a note.",
        "Bread pre-orders: the baker wrote this on the page.",
    ],
    "hospital visiting": [
        "Ward 6 visiting rules were updated, the nurse posted this.",
        "Hospital visiting hours changed, here's the notice.",
        "Family group for the maternity ward: a message from the staff.",
        "Visitors thread: the hospital shared this at the entrance.",
    ],
    "school canteen": [
        "Canteen menu for next week, with a message from the cook.",
        "School canteen page: note about the new lunch cards.",
        "Parents asked about the canteen, the manager posted this.",
        "Canteen thread: there's a note on the price board.",
    ],
    "flower shop": [
        "Flower shop page: the florist answered an order.",
        "Ordered a bouquet for my mum, the shop wrote this on the card.",
        "Florist's post for Mother's Day orders.",
        "The flower stall posted this under its opening hours.",
    ],
    "karaoke": [
        "Karaoke night thread: someone posted lyrics from last night.",
        "Karaoke bar page: a regular shared this.",
        "Thursday karaoke, the host posted a shout-out.",
        "Karaoke group: lyrics of the song everyone requested.",
    ],
    "reading circle": [
        "Library reading circle: this month's quote from the novel.",
        "Reading circle thread, a member shared a line from the book.",
        "Book circle at the branch library, quote of the week.",
        "Reading group: favourite passage from chapter 3.",
    ],
    "quiz night": [
        "Quiz night recap: the tie-breaker answer was posted in Arabic.",
        "Pub quiz group: round 5 question from the host.",
        "Quiz team chat: the bonus question was this.",
        "Quiz night page: the host shared a riddle.",
    ],
    "ambulance volunteers": [
        "Ambulance volunteers: the shift lead wrote this after last night.",
        "First responder group: message from dispatch.",
        "Volunteer ambulance crew thread: the new driver posted.",
        "Ambulance station board: a note from the paramedic on duty.",
    ],
    "taxi app": [
        "Taxi app reviews: my driver answered my rating.",
        "Ride review thread: the driver's reply to a one-star review.",
        "Cab app: this came up under my trip receipt.",
        "Driver reply on the app, can't read it.",
    ],
    "solar panels": [
        "Solar install thread: the installer's message after inspection.",
        "Rooftop solar group: a neighbour posted about the inverter.",
        "Solar panel forum: the technician left this note.",
        "Panels are up! The crew lead wrote this.",
    ],
    "parking": [
        "Parking dispute in our lot again, someone left this on my windscreen.",
        "Building parking group: note taped to space 12.",
        "Whoever keeps blocking the garage, this was posted in the chat.",
        "Street parking thread: a note on the lamppost.",
    ],
    "sweet shop": [
        "Eid sweets! The sweet shop posted this with the price list.",
        "Sweet shop queue for Eid, owner's message.",
        "Ma'amoul orders open, the shop wrote this.",
        "Kunafa shop page: holiday message.",
    ],
    "building maintenance": [
        "Building group: the lift is out again, the caretaker posted.",
        "Residents' board: water will be cut tomorrow morning.",
        "Block B maintenance thread, message from the owner.",
        "Building chat: the janitor wrote about the stairs.",
    ],
    "mosaic workshop": [
        "Mosaic workshop photos from Saturday! Our teacher captioned them.",
        "Mosaic class group: the instructor posted this.",
        "Tile mosaic workshop, a note from the studio.",
        "Mosaic course thread, teacher's message.",
    ],
    "embroidery": [
        "Embroidery circle: my grandmother's piece, with the words she stitched.",
        "Cross-stitch group, a member shared this.",
        "Embroidery thread: old pillowcase with writing on it.",
        "Tatreez group: the caption from the exhibition.",
    ],
    "water filters": [
        "Water filter thread: the installer left this on the invoice.",
        "Which filter cartridge? The seller replied with this.",
        "Home water filter group, a note from the technician.",
        "Filter jug review: the company answered.",
    ],
    "plumbing": [
        "Plumbing help: the plumber posted this after the job.",
        "Leaky tap thread, message from the landlord's plumber.",
        "DIY plumbing forum: my neighbour's comment.",
        "Boiler thread: the engineer left a note.",
    ],
    "mango season": [
        "Mango season is here! The fruit seller posted this.",
        "Mango group: first crate of the season.",
        "Mango thread: my uncle's farm post.",
        "Alphonso vs. Ewais, the grower weighed in.",
    ],
    "lifeguards": [
        "Lifeguard crew chat: tomorrow's beach rota.",
        "Pool lifeguards group: the head guard posted.",
        "Beach patrol thread, new flags explained.",
        "Lifeguard training group: message from the instructor.",
    ],
    "bird rescue": [
        "Bird rescue group: we released the kestrel today, a volunteer wrote this.",
        "Rescued pigeon update from our volunteer.",
        "Wildlife rescue thread: a message with the owl photo.",
        "Bird hospital page: the vet posted.",
    ],
    "boat auction": [
        "Fishing boat auction at the harbour, the auctioneer's post.",
        "Harbour auction group: lot 4 description.",
        "Boat sale thread, the owner's message.",
        "Fish market auction: the crier's note.",
    ],
    "car wash": [
        "Car wash queue is insane today, the owner posted this.",
        "Hand car wash page: message from the staff.",
        "Car wash thread, reply to a complaint.",
        "Weekend car wash group: the owner's post.",
    ],
    "laundromat": [
        "Laundromat group: the attendant wrote this.",
        "Laundry shop page, message about the dryers.",
        "Launderette thread: a customer's note.",
        "Coin laundry group: note from the owner.",
    ],
    "pharmacy": [
        "Pharmacy group: the pharmacist posted about the night shift.",
        "Late-night pharmacy thread, message from the staff.",
        "Pharmacy counter notice, posted online too.",
        "Neighbourhood pharmacy page: new post.",
    ],
    "power cuts": [
        "Power cut updates for the district, someone posted this.",
        "Outage thread: the electrician's message.",
        "Blackout group: note from the building owner.",
        "Electricity schedule group, new post.",
    ],
}

NAMES = [
    ["Sami_driver", "Mona.K", "Youssef", "Layla_R", "Omar99", "TomH", "Priya", "Dana_W"],
    ["Hala", "KarimB", "Nour.E", "Ziad_", "Rasha_M", "BenC", "Aisha.T", "Mark_L"],
]

# Words a translator leaves in Latin letters or Arabic script (the English word they stand for).
LATIN_LOANS = {
    "God": "Allah", "market": "souq", "friend": "sahbi", "brother": "akhi", "money": "floos", "tea": "shai",
    "house": "beit", "food": "akl", "work": "shoghl", "people": "nas", "family": "3eila", "doctor": "doktor",
    "hospital": "mustashfa", "school": "madrasa", "car": "3arabeya", "country": "balad", "city": "madina",
    "mother": "mama", "father": "baba", "today": "ennaharda", "tomorrow": "bokra", "water": "mayya", "coffee": "ahwa",
    "good": "kwayes", "problem": "moshkela", "time": "wa2t", "day": "yom", "life": "7ayah", "world": "donya",
    "health": "se7a", "disease": "marad", "children": "3eyal", "love": "7ob", "man": "ragel", "book": "ketab",
    "I mean": "ya3ni", "home": "bet", "virus": "fayrus", "patients": "mardaa", "mom": "mamty", "dad": "babaya",
    "cases": "7alat", "government": "7okoma", "number": "3adad", "person": "shakhs", "question": "so2al", "name": "esm",
    "room": "ooda", "sugar": "sokkar", "year": "sana", "years": "sneen", "night": "leila", "thing": "7aga",
    "things": "7agat", "girl": "bent", "boy": "walad", "job": "wazifa", "hands": "iddein", "pain": "waga3",
    "infection": "3adwa", "vaccine": "la2a7", "treatment": "3elag", "week": "esboo3", "study": "mozakra",
    "Arabic": "3arabi", "Egypt": "Masr", "patient": "marid", "deaths": "wafayat", "death": "mot",
    "human": "ensan", "symptoms": "a3rad", "mask": "kamama", "masks": "kamamat",
}
ARABIC_LOANS = {
    "God": "الله", "market": "سوق", "friend": "صاحبي", "money": "فلوس", "tea": "شاي", "house": "بيت", "work": "شغل",
    "people": "ناس", "family": "عيلة", "doctor": "دكتور", "hospital": "مستشفى", "school": "مدرسة", "car": "عربية",
    "country": "بلد", "city": "مدينة", "mother": "ماما", "father": "بابا", "today": "النهارده", "tomorrow": "بكرة",
    "water": "مية", "coffee": "قهوة", "problem": "مشكلة", "time": "وقت", "life": "حياة", "world": "دنيا",
    "health": "صحة", "disease": "مرض", "children": "عيال", "love": "حب", "good": "كويس", "I mean": "يعني",
    "book": "كتاب", "day": "يوم", "man": "راجل", "virus": "فيروس", "home": "بيتنا", "patients": "مرضى",
    "cases": "حالات", "government": "حكومة", "number": "عدد", "person": "شخص", "question": "سؤال", "name": "اسم",
    "room": "أوضة", "sugar": "سكر", "year": "سنة", "years": "سنين", "night": "ليلة", "thing": "حاجة", "things": "حاجات",
    "girl": "بنت", "boy": "ولد", "job": "وظيفة", "hands": "إيدين", "pain": "وجع", "infection": "عدوى", "vaccine": "لقاح",
    "treatment": "علاج", "week": "أسبوع", "study": "مذاكرة", "Arabic": "عربي", "Egypt": "مصر", "patient": "مريض",
    "deaths": "وفيات", "death": "موت", "brother": "أخويا", "food": "أكل", "mom": "مامتي", "dad": "بابايا",
    "village": "البلد", "human": "إنسان", "symptoms": "أعراض", "mask": "كمامة", "masks": "كمامات", "friends": "صحابي",
}
LOAN_FALLBACK = ("Wallahi", "والله")  # put before a translation none of whose words is in the tables

GLOSS_OF = {
    "God": "Allah", "COVID-19": "the coronavirus disease", "virus": "the coronavirus", "patients": "the sick",
    "government": "the authorities", "disease": "the illness", "he": "the speaker", "she": "the woman", "they": "the people", "it": "the thing", "we": "us here",
    "you": "you all", "this": "this matter", "him": "that man", "her": "that woman", "them": "those people",
    "I": "the writer", "there": "in that place", "that": "that thing",
}

UK_US = {
    "colour": "color", "colours": "colors", "favourite": "favorite", "centre": "center", "centres": "centers",
    "organisation": "organization", "organisations": "organizations", "programme": "program", "travelling": "traveling",
    "realise": "realize", "realised": "realized", "neighbour": "neighbor", "neighbours": "neighbors", "behaviour": "behavior",
    "honour": "honor", "labour": "labor", "defence": "defense", "licence": "license", "theatre": "theater", "metre": "meter",
    "metres": "meters", "apologise": "apologize", "recognise": "recognize", "organise": "organize", "analyse": "analyze",
    "mum": "mom", "grey": "gray", "cheque": "check", "jewellery": "jewelry", "tyre": "tire", "humour": "humor",
}
CONTRACT = [
    ("do not", "don't"), ("does not", "doesn't"), ("did not", "didn't"), ("is not", "isn't"), ("are not", "aren't"),
    ("was not", "wasn't"), ("were not", "weren't"), ("cannot", "can't"), ("will not", "won't"),
    ("would not", "wouldn't"), ("should not", "shouldn't"), ("have not", "haven't"), ("has not", "hasn't"),
    ("it is", "it's"), ("that is", "that's"), ("I am", "I'm"), ("I will", "I'll"), ("you are", "you're"),
    ("we are", "we're"), ("they are", "they're"), ("there is", "there's"), ("what is", "what's"), ("he is", "he's"),
    ("she is", "she's"), ("I have", "I've"), ("let us", "let's"), ("I would", "I'd"), ("you will", "you'll"),
]


def _sub_word(text: str, word: str, new: str, count: int = 0) -> str:
    """``text`` with the whole word (or phrase) ``word`` put as ``new``, its first letter's case kept."""

    def put(m: re.Match[str]) -> str:
        old = m.group(0)
        return new[0].upper() + new[1:] if old[0].isupper() and new[0].islower() else new

    return re.sub(rf"(?<![\w']){re.escape(word)}(?![\w'])", put, text, count=count, flags=re.IGNORECASE)


def americanised(text: str) -> str:
    """American spelling and contractions, as a casual American commenter writes them."""
    for uk, us in UK_US.items():
        text = _sub_word(text, uk, us)
    for full, short in CONTRACT:
        text = _sub_word(text, full, short)
    return text


def title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


_STARTERS = {
    "the", "a", "an", "it", "it's", "this", "that", "these", "those", "he", "she", "we", "they", "you", "there", "my",
    "our", "your", "his", "her", "their", "no", "yes", "so", "well", "and", "but", "even", "how", "what", "when", "why",
    "where", "who", "if", "do", "don't", "does", "did", "can", "could", "would", "should", "please", "in", "on", "at",
    "after", "before", "as", "of", "for", "to", "some", "many", "most", "all", "people", "one", "not", "maybe", "now",
    "then", "also", "because", "like", "is", "are", "was", "were", "have", "has", "let's", "thank", "thanks", "likewise",
}


def decap(text: str) -> str:
    """The first letter made small after a lead ("So basically he ..."), on a common first word only (names keep theirs)."""
    first = text.split(" ", 1)[0]
    if first.lower().rstrip(",.") not in _STARTERS:
        return text
    return text[0].lower() + text[1:]


def garbled(text: str) -> str:
    """A clumsy machine translation of ``text``: articles dropped, two neighbouring words swapped."""
    words = [w for w in text.split(" ") if w.lower() not in ("the", "a", "an")]
    if len(words) >= 4:
        words[1], words[2] = words[2], words[1]
    out = " ".join(words)
    return out if out != text else text.rstrip(".!?") + " of it."


def with_loan(text: str, script: str) -> str:
    """``text`` with one word left in Latin letters (``script`` "latin") or Arabic script."""
    table = LATIN_LOANS if script == "latin" else ARABIC_LOANS
    for english, loan in table.items():
        new = _sub_word(text, english, loan, count=1)
        if new != text:
            return new
    fallback = LOAN_FALLBACK[0] if script == "latin" else LOAN_FALLBACK[1]
    return f"{fallback}, {decap(text)}"


def glossed(text: str, form: str) -> str:
    """``text`` with a gloss in brackets after its first word that has one (else after its longest word)."""
    for word, gloss in GLOSS_OF.items():
        m = re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", text, flags=re.IGNORECASE if word not in ("God", "I") else 0)
        if m:
            return text[: m.end()] + " " + form.format(x=gloss) + text[m.end() :]
    words = re.findall(r"[A-Za-z]+", text)
    longest = max(words, key=len) if words else ""
    at = text.find(longest) + len(longest) if longest else len(text)
    return text[:at] + " (not sure of this word)" + text[at:]


# ---------------------------------------------------------------------------------------------
# The gold check: a gold span is the translation put there, read through what a commenter does to it.

_REVERSE = {loan.lower(): english.lower() for table in (LATIN_LOANS, ARABIC_LOANS) for english, loan in table.items()}
_REVERSE.update({LOAN_FALLBACK[0].lower(): "", LOAN_FALLBACK[1]: ""})
_EXPAND = {short.lower(): full.lower() for full, short in CONTRACT}
_MARKS = re.compile(r"(?m)^\s*(?:\d+[.)]|[-•])\s+")
_BRACKETS = re.compile(r"\s*\([^()]*\)")


def words(text: str) -> list[str]:
    """The words of ``text`` as the check compares them: brackets, list numbers and case out, words left in Arabic
    or Latin letters read as English, contractions spelt out, American spelling made British-neutral."""
    text = _MARKS.sub(" ", text)
    while _BRACKETS.search(text):
        text = _BRACKETS.sub(" ", text)
    text = text.lower().replace("’", "'")
    out: list[str] = []
    for w in re.findall(r"[\w']+", text):
        w = _REVERSE.get(w, w)
        w = _EXPAND.get(w, w)
        for part in w.split():
            out.append(UK_US.get(part, part))
    return out


_ADDED_MARKS = set("().,:=-'’")  # what a gloss in brackets, list numbers or a contraction bring


def _marks(text: str) -> set[str]:
    return {c for c in text if not c.isspace() and not re.match(r"\w", c)}


def same(gold: str, want: list[str]) -> bool:
    """``gold`` is the translation ``want`` (its sentences) and nothing around it: the same words (as :func:`words`
    reads them), no mark the translation and its glosses lack (an emoji, a handle's @), the same last character."""
    whole = " ".join(s.strip() for s in want)
    return (
        bool(gold) and gold == gold.strip() and words(gold) == words(whole)
        and _marks(gold) <= _marks(whole) | _ADDED_MARKS
        and gold[-1].lower() == whole[-1].lower()
    )


# ---------------------------------------------------------------------------------------------
# The writer of one thread.


class Writer(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`): phrases from its half of each bank, a two-line passage
    now and then."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self.ex = p.example
        self.names = list(NAMES[self.half])
        self.rng.shuffle(self.names)

    def pick(self, bank: str) -> str:
        return self.rng.choice(BANKS[bank][self.half :: 2])

    def pick_pair(self, first: str, second: str) -> tuple[str, str]:
        """Matching entries of two banks (the same place in this half of each)."""
        k = self.rng.randrange(len(BANKS[first][self.half :: 2]))
        return BANKS[first][self.half :: 2][k], BANKS[second][self.half :: 2][k]

    def setting(self, name: str) -> str:
        return self.rng.choice(SETTINGS[name][self.half :: 2])

    def who(self, k: int) -> str:
        return self.names[k]

    def say(self, cid: str, parent: str | None, author: str, *pieces: Piece) -> str:
        text = _blind.joined(cid, pieces, self.spans, self.texts)
        self.rows.append([cid, parent, author, text])
        return text

    @property
    def arabic(self) -> str:
        sep = "\n" if len(self.ex.arabic) > 1 and self.rng.random() < 0.4 else " "
        return sep.join(s.strip() for s in self.ex.arabic)

    def item(self, translation: str | None, continued: tuple[str, ...] = ()) -> None:
        self.items.append(_blind.gold_item(self.spans, "ar", translation, continued=continued))

    def opener(self, name: str) -> None:
        """The thread's opening post (the setting) by its first name."""
        self.say("0", None, self.who(0), self.setting(name))


# ---------------------------------------------------------------------------------------------
# Positive shapes.


def split_in_parts(w: Writer) -> None:
    """Bus drivers' forum: the translation in two replies by one person, "part 1/2" then "part 2"."""
    w.opener("bus drivers")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    first, second = (s.strip() for s in w.ex.english)
    one, two = w.pick_pair("part1", "part2")
    w.say("3", "2", w.who(1), one, ("t1", first))
    w.say("4", "3", w.who(1), two, ("t2", second))
    w.item("t1", ("t2",))


def split_with_nudge(w: Writer) -> None:
    """Lost-and-found board: part one, someone else nudging, then part two replying to the nudge."""
    w.opener("lost and found")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    first, second = (s.strip() for s in w.ex.english)
    one, two = w.pick_pair("part1", "part2")
    w.say("2", "1", w.who(2), one, ("t1", first))
    w.say("3", "2", w.who(3), w.pick("nudge"))
    w.say("4", "3", w.who(2), two, ("t2", second))
    w.item("t1", ("t2",))


def anecdote_then_translation(w: Writer) -> None:
    """Barbershop page: a long personal anecdote, then the translation in the same reply."""
    w.opener("barbershop")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("anecdote"), "\n\n", w.pick("after_anecdote"), ("t", w.english))
    w.item("t")


def anecdote_by_author(w: Writer) -> None:
    """Phone repair review: the author's own reply tells a story first, then translates, then thanks."""
    w.opener("phone repair")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(1), w.pick("anecdote"), " ", w.pick("after_anecdote"), ("t", w.english), "\n\n", w.pick("thanks"))
    w.item("t")


def gloss_in_brackets(w: Writer) -> None:
    """Funeral home page: the translation with the translator's own gloss in brackets inside it."""
    w.opener("funeral home")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("gloss_intro"), ("t", glossed(w.english, w.pick("gloss"))))
    w.item("t")


def gloss_by_author(w: Writer) -> None:
    """Cricket club chat: the author adds a glossed translation below the Arabic in the same comment."""
    w.opener("cricket club")
    w.say("1", "0", w.who(1), ("ar", w.arabic), "\n\n", ("t", glossed(w.english, w.pick("gloss"))))
    w.say("2", "1", w.who(2), w.pick("thanks"))
    w.item("t")


def latin_word_kept(w: Writer) -> None:
    """Iftar volunteers: a translation keeping one word in Latin letters ("may Allah ...")."""
    w.opener("iftar volunteers")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("us_lead"), ("t", with_loan(w.english, "latin")))
    w.item("t")


def arabic_word_kept(w: Writer) -> None:
    """Spice shop page: a translation keeping one word in Arabic script."""
    w.opener("spice shop")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), ("t", with_loan(w.english, "arabic")))
    w.say("3", "1", w.who(3), w.pick("chatter"))
    w.item("t")


def so_basically(w: Writer) -> None:
    """Kite festival group: "So basically" / "Roughly:" / "Gist:" and the translation."""
    w.opener("kite festival")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("chatter"))
    lead = w.pick("lead")
    text = decap(w.english) if lead.rstrip(" ")[-1:].isalpha() else w.english
    w.say("3", "1", w.who(3), lead, ("t", text))
    w.item("t")


def lead_and_hedge(w: Writer) -> None:
    """Bakery pre-orders: a lead, the translation, and a note below it."""
    w.opener("bakery")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(1), w.pick("lead"), ("t", w.english), w.pick("lead_tail"))
    w.item("t")


def _listed(w: Writer) -> str:
    mark = w.pick("list_mark")
    return "\n".join(mark.format(n=k + 1) + s.strip() for k, s in enumerate(w.ex.english))


def numbered_list(w: Writer) -> None:
    """Hospital visiting rules: the translation as a numbered list of its sentences."""
    w.opener("hospital visiting")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    listed = _listed(w)
    first = listed.index(" ") + 1  # the span starts at the first word, after "1. "
    w.say("3", "2", w.who(1), w.pick("list_head"), listed[:first], ("t", listed[first:]))
    w.item("t")


def numbered_list_third(w: Writer) -> None:
    """School canteen page: someone else's numbered list under a request, with a thank-you after it."""
    w.opener("school canteen")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    listed = _listed(w)
    first = listed.index(" ") + 1
    w.say("3", "1", w.who(3), listed[:first], ("t", listed[first:]), "\n\n", w.pick("signoff").strip())
    w.say("4", "3", w.who(2), w.pick("thanks"))
    w.item("t")


def sign_off_emoji(w: Writer) -> None:
    """Flower shop page: the translation ending with a sign-off or a string of emoji."""
    w.opener("flower shop")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), ("t", w.english), w.pick("signoff"))
    w.item("t")


def handle_then_emoji(w: Writer) -> None:
    """Karaoke night: "@asker" and the translation, emoji after it."""
    w.opener("karaoke")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("handle_lead").format(h=w.who(2)), ("t", w.english), w.pick("signoff"))
    w.item("t")


def non_native(w: Writer) -> None:
    """Library reading circle: "non-native here, but ..." and the translation."""
    w.opener("reading circle")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    lead = w.pick("non_native")
    text = decap(w.english) if lead.endswith("but ") else w.english
    w.say("3", "2", w.who(3), lead, ("t", text))
    w.item("t")


def non_native_with_doubt(w: Writer) -> None:
    """Quiz night group: a learner's translation with a doubt after it."""
    w.opener("quiz night")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("chatter"))
    lead = w.pick("non_native")
    text = decap(w.english) if lead.endswith("but ") else w.english
    w.say("3", "1", w.who(3), lead, ("t", text), w.pick("doubt_tail"))
    w.item("t")


def two_levels_deep(w: Writer) -> None:
    """Ambulance volunteers: the translation as a reply to a reply of a reply."""
    w.opener("ambulance volunteers")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("deep1"))
    w.say("4", "3", w.who(4), w.pick("deep2"))
    w.say("5", "4", w.who(4), w.pick("deep_lead"), ("t", w.english))
    w.item("t")


def machine_corrected(w: Writer) -> None:
    """Taxi app reviews: a machine translation quoted, then corrected in a reply (gold: the correction)."""
    w.opener("taxi app")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    mt = garbled(w.english)
    w.say("2", "1", w.who(2), w.pick("mt_lead"), mt)
    w.say("3", "2", w.who(3), "> ", mt, "\n\n", w.pick("mt_fix"), ("t", w.english))
    w.item("t")


def american_contractions(w: Writer) -> None:
    """Solar panel forum: the translation in American spelling with contractions."""
    w.opener("solar panels")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("us_lead"), ("t", americanised(w.english)))
    w.item("t")


def all_caps(w: Writer) -> None:
    """Parking dispute: the translation shouted in capitals."""
    w.opener("parking")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("chatter"))
    w.say("3", "1", w.who(3), w.pick("caps_lead"), ("t", w.english.upper()))
    w.item("t")


def title_cased(w: Writer) -> None:
    """Sweet shop at Eid: the translation in Title Case."""
    w.opener("sweet shop")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("title_lead"), ("t", title_case(w.english)))
    w.item("t")


def later_top_level(w: Writer) -> None:
    """Building maintenance board: the author's later top-level comment translating an earlier one."""
    w.opener("building maintenance")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "0", w.who(3), w.pick("chatter"))
    w.say("4", None, w.who(1), w.pick("later"), ("t", americanised(w.english) if w.rng.random() < 0.5 else w.english))
    w.item("t")


# ---------------------------------------------------------------------------------------------
# Negative shapes.


def names_dialect(w: Writer) -> None:
    """Mosaic workshop: replies say which dialect it is; nobody translates."""
    w.opener("mosaic workshop")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("dialect"))
    w.say("4", "1", w.who(4), w.ex.other[0])
    w.item(None)


def asks_for_other(w: Writer) -> None:
    """Embroidery circle: someone asks for another passage to be translated; an unrelated remark beside it."""
    w.opener("embroidery")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask_other"))
    w.say("3", "2", w.who(1), w.ex.other[0])
    w.item(None)


def google_other(w: Writer) -> None:
    """Water filters: "Google says:" and the machine's English of a different passage (a photo not in the thread)."""
    w.opener("water filters")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("google_other"), w.ex.other[0])
    w.item(None)


def thread_summary(w: Writer) -> None:
    """Plumbing forum: a reply summarising the thread in English."""
    w.opener("plumbing")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "0", w.who(2), w.ex.other[0])
    w.say("3", "0", w.who(3), w.pick("chatter"))
    w.say("4", "1", w.who(4), w.pick("summary"), w.pick("summary_body"))
    w.item(None)


def hashtag_only(w: Writer) -> None:
    """Mango season: a reply translates the post's hashtag, not the post."""
    w.opener("mango season")
    w.say("1", "0", w.who(1), ("ar", w.arabic), "\n", w.pick("hashtag"))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("hashtag_gloss"))
    w.item(None)


def english_into_arabic(w: Writer) -> None:
    """Lifeguards: English asked to be put into Arabic; the Arabic answers it (the English is the source)."""
    w.opener("lifeguards")
    w.say("1", "0", w.who(1), w.pick("to_arabic"), w.english)
    w.say("2", "1", w.who(2), w.pick("arabic_answer"), ("ar", w.arabic))
    w.say("3", "2", w.who(1), w.pick("thanks"))
    w.item(None)


def quote_and_react(w: Writer) -> None:
    """Bird rescue: a reply quotes the Arabic and reacts to it."""
    w.opener("bird rescue")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), "> ", w.arabic.replace("\n", " "), "\n\n", w.pick("react"))
    w.say("3", "1", w.who(3), w.ex.other[1])
    w.item(None)


def dictionary_senses(w: Writer) -> None:
    """Fishing boat auction: a reply lists dictionary meanings of one word of the post."""
    w.opener("boat auction")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    arabic_words = [x for x in re.findall(r"[\u0621-\u064A]+", w.arabic) if len(x) >= 3] or ["كلمة"]
    word = max(arabic_words, key=len)
    w.say("3", "2", w.who(3), w.pick("dict_head").format(w=word), w.pick("dict_senses"))
    w.item(None)


def anecdote_no_translation(w: Writer) -> None:
    """Car wash: a long anecdote under the Arabic, ending in English of another pair; no translation."""
    w.opener("car wash")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("ask"))
    w.say("3", "2", w.who(3), w.pick("anecdote"), "\n\n", w.ex.other[0])
    w.item(None)


def own_story_parts(w: Writer) -> None:
    """Laundromat: one person's own story in "1/2" and "2/2" replies under the Arabic, not a translation."""
    w.opener("laundromat")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    one, two = w.pick_pair("story1", "story2")
    w.say("2", "1", w.who(2), one, w.ex.other[0])
    w.say("3", "2", w.who(2), two, w.ex.other[1])
    w.item(None)


def numbered_questions(w: Writer) -> None:
    """Pharmacy page: a numbered list of English under the Arabic, questions of the commenter's own."""
    w.opener("pharmacy")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("questions_head"), "1. ", w.ex.other[0], "\n2. ", w.ex.other[1])
    w.item(None)


def caps_unrelated(w: Writer) -> None:
    """Power cut updates: English in capitals under the Arabic, about something else."""
    w.opener("power cuts")
    w.say("1", "0", w.who(1), ("ar", w.arabic))
    w.say("2", "1", w.who(2), w.pick("caps_other"), w.ex.other[0].upper())
    w.say("3", "2", w.who(3), w.pick("chatter"))
    w.item(None)


# name -> (builder, sentences of the passage, kind)
SHAPES: dict[str, tuple[Callable[..., None], int, str]] = {
    "split in parts (1/2, 2)": (split_in_parts, 2, "pos"),
    "split with a nudge between": (split_with_nudge, 2, "pos"),
    "anecdote then translation": (anecdote_then_translation, 1, "pos"),
    "author's anecdote then translation": (anecdote_by_author, 2, "pos"),
    "gloss in brackets": (gloss_in_brackets, 1, "pos"),
    "author's glossed translation": (gloss_by_author, 1, "pos"),
    "word kept in Latin letters": (latin_word_kept, 1, "pos"),
    "word kept in Arabic script": (arabic_word_kept, 1, "pos"),
    "so basically / roughly / gist": (so_basically, 1, "pos"),
    "lead and hedge after": (lead_and_hedge, 2, "pos"),
    "numbered list": (numbered_list, 2, "pos"),
    "numbered list by someone else": (numbered_list_third, 2, "pos"),
    "sign-off and emoji": (sign_off_emoji, 1, "pos"),
    "handle then emoji": (handle_then_emoji, 1, "pos"),
    "non-native": (non_native, 1, "pos"),
    "non-native with doubt": (non_native_with_doubt, 2, "pos"),
    "reply two levels deep": (two_levels_deep, 1, "pos"),
    "machine translation corrected": (machine_corrected, 1, "pos"),
    "American spelling and contractions": (american_contractions, 1, "pos"),
    "all caps": (all_caps, 1, "pos"),
    "title case": (title_cased, 1, "pos"),
    "author's later top-level comment": (later_top_level, 1, "pos"),
    "names the dialect": (names_dialect, 1, "neg"),
    "asks for another passage": (asks_for_other, 1, "neg"),
    "Google says, of another passage": (google_other, 1, "neg"),
    "thread summary": (thread_summary, 1, "neg"),
    "hashtag only": (hashtag_only, 1, "neg"),
    "English put into Arabic": (english_into_arabic, 1, "neg"),
    "quote and react": (quote_and_react, 1, "neg"),
    "dictionary senses of one word": (dictionary_senses, 1, "neg"),
    "anecdote, no translation": (anecdote_no_translation, 1, "neg"),
    "own story in parts": (own_story_parts, 1, "neg"),
    "numbered questions": (numbered_questions, 1, "neg"),
    "caps, unrelated": (caps_unrelated, 1, "neg"),
}


def check_banks() -> None:
    """No phrase of one half is in the other half of any bank (nor a setting of one half in the other's),
    and every word left in Arabic or Latin letters stands for one English word only."""
    for name, bank in {**BANKS, **{f"setting {k}": v for k, v in SETTINGS.items()}}.items():
        tuned, held = [p.strip() for p in bank[0::2]], [p.strip() for p in bank[1::2]]
        for a in tuned:
            for b in held:
                if a == b or (len(a) >= 12 and a in b) or (len(b) >= 12 and b in a):
                    raise AssertionError(f"bank {name}: {a!r} and {b!r} word both halves")
    loans = [v.lower() for table in (LATIN_LOANS, ARABIC_LOANS) for v in table.values()]
    if len(loans) != len(set(loans)):
        raise AssertionError("a loan word stands for two English words")


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every item's Arabic is a posted passage; a positive's gold (its parts joined) is the translation by
    :func:`same`, each part the translation's own sentence; a negative has no span. Raises AssertionError."""
    english = _blind.translations(sources)
    for thread in threads:
        for item in thread["items"]:
            arabic = _blind.flat(_blind.sliced(thread, item["arabic"]))
            if arabic not in english:
                raise AssertionError(f"{thread['id']}: an item's Arabic is no posted passage")
            if item["expected"] is None:
                if thread["kind"] == "pos":
                    raise AssertionError(f"{thread['id']}: a positive without a span")
                continue
            if thread["kind"] != "pos":
                raise AssertionError(f"{thread['id']}: a negative with a span")
            parts = [item["expected"], *item["continued"]]
            texts = [_blind.sliced(thread, part) for part in parts]
            wants = english[arabic]
            if len(parts) > 1:
                if not any(len(parts) == len(want) and all(same(t, [s]) for t, s in zip(texts, want)) for want in wants):
                    raise AssertionError(f"{thread['id']}: a split gold span is not its part of the translation")
            elif not any(same(texts[0], want) for want in wants):
                raise AssertionError(f"{thread['id']}: a gold span is not the translation: {texts[0]!r}")


ROUND = _blind.Round(__doc__, SEED, SHAPES, Writer, same, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
