"""Round 23 of pairing's development set, written blind: real (Arabic, English) pairs set in threads of places
no earlier round used (Hacker News, imageboards, Usenet archives, Amazon questions, app store and map reviews
with owners' replies, Airbnb hosts, Zoom chat exports, Jira tickets, Coursera forums, Kaggle discussions, AO3 and
Wattpad comments, Crowdin translators' comments, Eurovision fan forums, an interfaith board, Substack and Medium
comments), in the habits of real commenters: the translation before the Arabic, under nested ">" quotes, linked by
post number (">>48213"), spread over three comments, as a table or "Arabic = English", in an "EDIT:", pasted from
Google Translate by someone else, corrected by a second commenter, or of the second sentence only; and English
that looks like a translation and is not one (a rebuttal under a quote, an answer to something else after a
request, a gloss of one word, mockery, a translation of a deleted comment, shared numbers).

Every phrase bank is cut between the halves: even entries word tuned threads, odd entries held-out ones.

    python bench/pairing_blind23.py [--out PATH] [--tuned N] [--held-out N]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import _blind
from _blind import Pairs, Piece, Planned

SEED = 2323
OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round23.jsonl"

BANKS: dict[str, list[str]] = {
    # leads before a translation
    "lead": [
        "In English: ", "Roughly, in English it reads: ", "english version: ", "What it says in english -> ",
        "For the non-Arabic speakers here: ", "Translating for everyone else: ",
    ],
    "lead_typo": [
        "Tranlsation: ", "translaton for those who asked: ", "Transaltion -- ", "engish pls? ok here: ",
    ],
    "request": [
        "Can someone translate this please?", "anyone able to tell me what this says?",
        "What does that mean in English?", "English please? Some of us can't read it",
        "would love a translation of this", "Sorry, which language is that and what does it say?",
    ],
    "thanks": ["Thanks, that helps a lot.", "ah got it, cheers", "Appreciated!", "thank you 🙏 makes sense now"],
    "note": [" (not perfect)", " (my translation, not perfect)", " (rough, corrections welcome)", " (not a native speaker, so take it with salt)"],
    "hn_after": [
        "\n\nThe original line from the article: ", "\n\n(Original, since people asked for the source: ",
        "\n\nSource text for the curious: ", "\n\nThe sentence as it was printed: ",
    ],
    "hn_opener": [
        "Interesting piece, though the quote in the middle is worth reading in full.",
        "The author buries the most important quote halfway down.",
        "Nobody seems to have noticed the quote the whole argument rests on.",
        "The headline undersells what the interviewee actually said.",
    ],
    "chan_tail": ["\nthat's what it says, more or less", "\nyou're welcome anon", "\nliteral but close enough", "\nnot hard, just learn the script"],
    "chan_op": ["found this written on a wall, what is it", "wat does this say", "qrd on this text?", "explain this pic rel text"],
    "usenet_ask": ["Could anyone on the group render this into English?", "Is there a kind soul who can translate the above?",
                   "I'd be grateful for an English version.", "Any Arabists reading who could help?"],
    "usenet_intro": ["Here you go:", "It means, as near as I can make it out:", "My attempt follows.", "Rendered plainly:"],
    "sig": ["\n\n-- \nRegards, Tom", "\n\n--\nM. Lindqvist\nUppsala", "\n\n-- \nJ. Ferris (not speaking for my employer)", "\n\n--\nhttp://www.example.org/~karl/"],
    "ao3_open": ["OMG this chapter!!", "I'm screaming at the ending", "ok this made me cry", "the slow burn is killing me"],
    "ao3_lead": ["the Arabic line Yusuf says, in case anyone wondered: ", "for the line in the letter: ", "Teta's words mean: ", "what the grandmother whispers: "],
    "cont_mark": ["(cont.) ", "...cont: ", "(contd) ", "... "],
    "cont_end": ["...", " (1/3)", " …", " [cont]"],
    "wrong_lead": ["I think it says: ", "pretty sure it's: ", "It translates to: ", "Basically it means: "],
    "correct_lead": ["Not quite, it says: ", "That's not right. It actually says: ", "Close, but no. It means: ", "Hmm, I'd say it's closer to: "],
    "after_wrong": ["I'm fairly sure about this one, it's standard.", "no idea why people upvote the other one", "my teacher agreed with me anyway", "source: I grew up speaking it"],
    "course_q": ["Week 3 discussion: the reading has this sentence, can anyone help?", "For the module 2 quiz we were given this:",
                 "Stuck on the practice exercise:", "Our instructor posted this without a translation:"],
    "table_head": ["| Arabic | English |\n|---|---|\n| ", "| Original | Meaning |\n| --- | --- |\n| ", "| AR | EN |\n|:--|:--|\n| ", "| Text | Translation |\n|-----|-----|\n| "],
    "kaggle_open": ["Here's a sample row from the dataset in case it helps:", "Quick sanity check on the labels, one example:",
                    "I pulled one of the misclassified rows:", "Posting a row from train.csv:"],
    "crowdin_open": ["Source string: ", "Context for translators, source: ", "Key welcome_msg, source: ", "String #4411: "],
    "crowdin_eq": [" = ", " == ", " → ", " ⇒ "],
    "crowdin_tail": ["\nPlease keep the tone formal.", "\nMax 120 characters.", "\nApproved by proofreader.", "\nDo not translate placeholder names."],
    "edit": ["\n\nEDIT: a few people asked, in English: ", "\n\nEdit - translation: ", "\n\nEDIT 2: since you asked: ", "\n\n[edit] english for the others: "],
    "medium_open": ["Beautiful essay. It reminded me of my grandfather's saying:", "This is what my mother always told me:",
                    "My favourite line from the book you mention:", "There's a line I keep coming back to:"],
    "gt_lead": ["Google Translate gives: ", "google translate says: ", "Ran it through Google Translate: ", "GT output: "],
    "gt_tail": ["\nno idea how accurate that is", "\n(machine translated, so grain of salt)", "\nhope that's close", "\nmay be off a bit"],
    "amazon_q": ["Question from a buyer:", "Asked by a customer:", "Customer question:", "Question:"],
    "partial_second": ["The second line is the important bit: ", "Only the last sentence matters for the bug: ",
                       "Skip the first part, the key sentence is: ", "Second sentence translated: "],
    "partial_first": ["first sentence: ", "I can only do the start: ", "The beginning says: ", "Only got the first bit: "],
    "partial_tail": ["\nnot sure about the rest", "\nthe rest is beyond me", "\nsomeone else can do the second half", "\ncan't read the rest"],
    "jira_open": ["Reporter's original description:", "From the customer's ticket:", "Pasted from the support email:", "User feedback attached:"],
    "jira_tail": ["\nAssigning to QA.", "\nMoving to In Progress.", "\nLinked to the release ticket.", "\nPriority: medium."],
    "maps_open": ["Owner's response: ", "Response from the owner: ", "Reply from the business: ", "Owner replied: "],
    "maps_host": ["Thank you so much for your kind words! For our other guests, the review says: ",
                  "Many thanks! For the English-speaking visitors, this review reads: ",
                  "Shukran! In English, our guest wrote: ", "We're delighted! Translated for everyone: "],
    "maps_bye": [" We hope to see you again soon 🙏", " Hope to welcome you back!", " See you next summer ☀️", " Come back anytime!"],
    "zoom_tail": ["(sorry, mic is broken)", "brb", "can everyone see my screen?", "(typing since I'm on mute)"],
    "zoom_lead": ["for the non-Arabic folks: ", "translating for the others: ", "in english: ", "so in English that's: "],
    "euro_open": ["The chorus lyric is stuck in my head!!", "Best entry this year, no contest", "That key change 😭", "12 points from me"],
    "euro_quote": ["Translation: \"", "Meaning: \"", "lyric translation: “", "It means “"],
    "faith_open": ["A verse-like saying I was taught as a child:", "From our community's newsletter this week:",
                   "Something my imam said on Friday:", "Quoted at our interfaith dinner:"],
    "faith_second": ["And another one from the same evening:", "And a second saying, from a different talk:", "Also this one:", "Plus a line from the closing remarks:"],
    "faith_tr_lead": ["The second one means: ", "The later one is: ", "For the second quote: ", "The other one says: "],
    "faith_tr_own": ["Sorry, I forgot to translate my first quote: ", "Forgot the English for the first one: ",
                     "My first quote in English: ", "Belatedly, the first saying: "],
    "substack_handle": ["@Layla_writes ", "@omar.k ", "@reader_from_cairo ", "@nadia_h "],
    "signoff": [" — Karim ✌️", " ~S", " Cheers, Dan", " -- N."],
    "hn_later": ["(For those asking about my comment upthread, it says: ", "Since a few asked about the quote in my other comment: ",
                 "Re my earlier comment, the quote translates as ", "To answer the replies to my top comment, the quote means: "],
    "jira_ask": ["@Ahmed can you put this in English for the QA team?", "@Ahmed translation please, QA doesn't read Arabic",
                 "Ahmed, could you translate the description?", "@Ahmed English version for the ticket?"],
    "jira_sure": ["sure — ", "Sure: ", "Yes, here: ", "of course: "],
    "wattpad_open": ["This part made me tear up!", "Loved this chapter so much", "Omg the grandmother!!", "The flashback scene 😭"],
    "wattpad_lead": ["\n\nfor the non-Arabic readers: ", "\n\nIn English for everyone: ", "\n\nThe line means: ", "\n\nTranslated: "],
    "wattpad_note": [" (my own translation so bear with me)", " (I'm learning so might be off)", " (roughly!)", " (not perfect but close)"],
    "bracket_open": ["[", "(", "[EN: ", "(English rendering: "],
    "other_passage_lead": ["The other quote means: ", "The one below is: ", "That second post says: ", "For the other one: "],
    # negatives
    "rebut": ["That's simply not true. ", "I really disagree with this. ", "No, that's not how it works. ", "This is a myth. "],
    "not_sure": ["Not sure what it says, sorry. ", "No idea, my Arabic is rusty. Anyway: ", "can't help with that one. ", "Dunno about the text. Off topic: "],
    "mock": ["lol imagine posting this here 😂 ", "bro thought we'd all read that 💀 ", "ok grandpa 🙄 ", "sir this is a coding forum 😂 "],
    "deleted_lead": ["(re the deleted comment) Google Translate gives: ", "For the removed post above, GT says: ",
                     "The deleted one said, via Google Translate: ", "Machine translation of the post that got removed: "],
    "gloss_one": ["Only word I know there is «{w}», no clue about the rest.", "«{w}» is the only word I recognise lol",
                  "I can make out «{w}» at the start and that's it.", "Pretty sure «{w}» is a name? Can't read the rest."],
    "number_reply": ["{n} is my lucky number too!", "Douze points, and {n} more for the staging!", "I counted {n} people in the video.", "Only {n} days to the final!"],
    "number_none": ["7 days until the final!", "Saw it live in 2019.", "12 points from Sweden, obviously.", "3rd time I've watched it today."],
    "edit_other": ["\n\nEDIT: fixed the formatting. ", "\n\nEdit: ", "\n\nEDIT - unrelated, but ", "\n\n[edit] also, "],
    "summary": ["Summary for the meeting notes: ", "tl;dr for the minutes: ", "Action item from this: ", "Noting for the record: "],
    "dev_reply": ["Hi, thanks for the report. ", "Thanks for reaching out! ", "Hello, we appreciate the feedback. ", "Hey, sorry for the trouble. "],
    "other_thread": ["The caption on the second photo (not pasted here) says: ", "The title of the other post means: ",
                     "In the video (not the text above) he says: ", "The sign in the background reads: "],
    "agree": ["agreed, ", "+1, ", "yes and ", "exactly, "],
}

NAMES = [["Anouk", "Bilal", "Chen", "Dana"], ["Elif", "Farid", "Greta", "Hiro"]]


class Thread(_blind.Thread):
    """One thread being written (:class:`_blind.Thread`), its wordings and names from this round's banks."""

    def __init__(self, p: Planned) -> None:
        super().__init__(p)
        self.names = list(NAMES[self.half])
        self.rng.shuffle(self.names)

    def say(self, bank: str) -> str:
        return self.rng.choice(BANKS[bank][self.half :: 2])

    def add(self, cid: str, parent: str | None, author: str, pieces: Sequence[Piece]) -> None:
        self.rows.append([cid, parent, author, _blind.joined(cid, pieces, self.spans, self.texts)])

    def item(self, arabic: str, expected: str | None = None, continued: Sequence[str] = (), partial: bool = False) -> None:
        self.items.append(_blind.gold_item(self.spans, arabic, expected, partial, continued))

    def other_pair(self) -> tuple[str, str]:
        """Another pair of the part (not the example's Arabic nor English)."""
        ex = self.p.example
        while True:
            a, e = self.rng.choice(self.p.pool)
            if a.strip() not in ex.arabic and e.strip() not in ex.english and a.strip() not in self.arabic and e.strip() not in self.english:
                return a.strip(), e.strip()


def _parts(text: str, n: int) -> list[str]:
    """``text`` cut into ``n`` runs of words (fewer when it has fewer words)."""
    words = text.split()
    n = max(1, min(n, len(words)))
    cuts = [round(k * len(words) / n) for k in range(n + 1)]
    return [" ".join(words[cuts[k] : cuts[k + 1]]) for k in range(n)]


# ---- positives ----------------------------------------------------------------------------------------


def hn_before(t: Thread) -> None:
    """Hacker News: a reply with the commenter's translation first, the Arabic after it as the source."""
    after = t.say("hn_after")
    t.add("1", None, t.names[0], [t.say("hn_opener")])
    t.add("2", "1", t.names[1], [("e", t.english), after, ("a", t.arabic), ")" if "(" in after else ""])
    t.item("a", "e")


def hn_before_plain(t: Thread) -> None:
    """Hacker News: translation, then the Arabic on its own line after a phrase."""
    after = t.say("hn_after")
    t.add("1", None, t.names[0], [t.say("hn_opener"), "\n\n", ("e", t.english), after, ("a", t.arabic), ")" if "(" in after else ""])
    t.item("a", "e")


def chan_postnum(t: Thread) -> None:
    """Imageboard: flat posts by Anonymous, the translation linked by post number only."""
    base = t.rng.randrange(40_000_000, 49_000_000)
    op, ar_post, noise, tr = (str(base + k) for k in (0, 3, 5, 9))
    t.add(op, None, "Anonymous", [t.say("chan_op")])
    t.add(ar_post, None, "Anonymous", [f">>{op}\n", ("a", t.arabic)])
    t.add(noise, None, "Anonymous", [f">>{op}\n", t.p.example.unrelated.strip()])
    t.add(tr, None, "Anonymous", [f">>{ar_post}\n", ("e", t.english), t.say("chan_tail")])
    t.item("a", "e")


def usenet_nested(t: Thread) -> None:
    """Usenet: the translation under a nested ">" quote of the Arabic and the request, a signature below."""
    t.add("m1", None, "layla@example.net", [("a", t.arabic)])
    ask = t.say("usenet_ask")
    t.add("m2", "m1", "pete@example.org", [f"layla@example.net wrote:\n> {t.arabic}\n\n{ask}"])
    t.add("m3", "m2", "hassan@example.com", [
        f"pete@example.org wrote:\n> layla@example.net wrote:\n>> {t.arabic}\n>\n> {ask}\n\n{t.say('usenet_intro')}\n\n",
        ("e", t.english), t.say("sig")])
    t.item("a", "e")


def ao3_three(t: Thread) -> None:
    """AO3 comments: a translation spread over three comments with "..." and "(cont.)"."""
    parts = _parts(t.english, 3)
    t.add("c1", None, t.names[0], [t.say("ao3_open"), "\n\n", ("a", t.arabic)])
    pieces: list[Piece] = [t.say("ao3_lead"), ("e0", parts[0])]
    t.add("c2", "c1", t.names[0], pieces + ([t.say("cont_end")] if len(parts) > 1 else []))
    slots = []
    for k, part in enumerate(parts[1:], 1):
        more: list[Piece] = [t.say("cont_end")] if k < len(parts) - 1 else []
        t.add(f"c{k + 2}", f"c{k + 1}", t.names[0], [t.say("cont_mark"), (f"e{k}", part), *more])
        slots.append(f"e{k}")
    t.item("a", "e0", slots)


def course_corrected(t: Thread) -> None:
    """Coursera forum: a wrong translation, then a second learner's correction that is the real one."""
    t.add("1", None, t.names[0], [t.say("course_q"), "\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("wrong_lead"), t.p.example.other[0].strip()])
    t.add("3", "2", t.names[2], [t.say("correct_lead"), ("e", t.english)])
    t.item("a", "e")


def course_miscorrected(t: Thread) -> None:
    """Coursera forum: a right translation, then a "correction" that is wrong (gold: the first)."""
    t.add("1", None, t.names[0], [t.say("course_q"), "\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("wrong_lead"), ("e", t.english)])
    t.add("3", "2", t.names[2], [t.say("correct_lead"), t.p.example.other[0].strip()])
    t.add("4", "3", t.names[1], [t.say("after_wrong")])
    t.item("a", "e")


def kaggle_table(t: Thread) -> None:
    """Kaggle discussion: a reply with a markdown table, the Arabic and the English in one row."""
    t.add("1", None, t.names[0], [t.say("kaggle_open"), "\n\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("table_head"), t.arabic, " | ", ("e", t.english), " |"])
    t.item("a", "e")


def crowdin_equals(t: Thread) -> None:
    """Crowdin: a translator's comment "Arabic = English" under the source string."""
    t.add("1", None, "pm-bot", [t.say("crowdin_open"), ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.arabic, t.say("crowdin_eq"), ("e", t.english), t.say("crowdin_tail")])
    t.item("a", "e")


def medium_edit(t: Thread) -> None:
    """Medium: the translation in an EDIT added to the commenter's own comment."""
    t.add("1", None, t.names[0], [t.say("medium_open"), "\n\n", ("a", t.arabic), t.say("edit"), ("e", t.english)])
    t.item("a", "e")


def amazon_gt(t: Thread) -> None:
    """Amazon Q&A: someone else pastes Google Translate's output under the question."""
    t.add("q1", None, t.names[0], [t.say("amazon_q"), " ", ("a", t.arabic)])
    t.add("a1", "q1", t.names[1], [t.p.example.unrelated.strip()])
    t.add("a2", "q1", t.names[2], [t.say("gt_lead"), ("e", t.english), t.say("gt_tail")])
    t.item("a", "e")


def jira_second(t: Thread) -> None:
    """Jira: only the second of two sentences translated (partial)."""
    t.add("1", None, "Ahmed", [t.say("jira_open"), "\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("partial_second"), ("e", t.p.example.english[1].strip()), t.say("jira_tail")])
    t.item("a", "e", partial=True)


def appstore_first(t: Thread) -> None:
    """App store: the developer's reply translates the first of two sentences only (partial)."""
    t.add("r", None, t.names[0], [("a", t.arabic)])
    t.add("d", "r", "Developer", [t.say("dev_reply"), t.say("partial_first"), "\"", ("e", t.p.example.english[0].strip()), "\"", t.say("partial_tail")])
    t.item("a", "e", partial=True)


def maps_bracket(t: Thread) -> None:
    """Google Maps review: the reviewer's own translation in brackets after the Arabic, a "not perfect" note."""
    opener = t.say("bracket_open")
    close = "]" if opener.startswith("[") else ")"
    t.add("r", None, t.names[0], [("a", t.arabic), "\n", opener, ("e", t.english), close, t.say("note"), " ⭐⭐⭐⭐⭐"])
    t.item("a", "e")


def zoom_two(t: Thread) -> None:
    """Zoom chat export: the Arabic, then its author's translation over two chat lines."""
    parts = list(t.p.example.english) if len(t.p.example.english) == 2 else _parts(t.english, 2)
    parts = [p.strip() for p in parts]
    t.add("10:02:11", None, t.names[0], [("a", t.arabic)])
    t.add("10:02:30", None, t.names[1], [t.say("zoom_tail")])
    t.add("10:02:41", None, t.names[0], [t.say("zoom_lead"), ("e0", parts[0])])
    cont = []
    if len(parts) > 1:
        t.add("10:02:58", None, t.names[0], [("e1", parts[1])])
        cont = ["e1"]
    t.item("a", "e0", cont)


def airbnb_host(t: Thread) -> None:
    """Airbnb: the host's reply translates the guest's Arabic review between thanks and a goodbye."""
    t.add("rev", None, t.names[0], [("a", t.arabic)])
    t.add("host", "rev", "Host " + t.names[1], [t.say("maps_host"), ("e", t.english), t.say("maps_bye")])
    t.item("a", "e")


def euro_quote(t: Thread) -> None:
    """Eurovision fan forum: the translation in quote marks after "Translation:"."""
    q = t.say("euro_quote")
    close = "”" if q.endswith("“") else "\""
    t.add("p1", None, t.names[0], [t.say("euro_open"), "\n", ("a", t.arabic)])
    t.add("p2", "p1", t.names[1], [t.say("request")])
    t.add("p3", "p2", t.names[0], [q, ("e", t.english), close])
    t.item("a", "e")


def euro_typo_lead(t: Thread) -> None:
    """Eurovision fan forum: a lead with a typo before the author's translation in the same post."""
    t.add("p1", None, t.names[0], [t.say("euro_open"), "\n\n", ("a", t.arabic), "\n\n", t.say("lead_typo"), ("e", t.english)])
    t.item("a", "e")


def faith_two(t: Thread) -> None:
    """Interfaith board: two passages; a reply translates the second, the author later the first."""
    a2, e2 = t.other_pair()
    t.add("1", None, t.names[0], [t.say("faith_open"), "\n", ("a", t.arabic), "\n\n", t.say("faith_second"), "\n", ("b", a2)])
    t.add("2", "1", t.names[1], [t.say("faith_tr_lead"), ("f", e2)])
    t.add("3", "1", t.names[2], [t.say("thanks")])
    t.add("4", None, t.names[0], [t.say("faith_tr_own"), ("e", t.english)])
    t.item("a", "e")
    t.item("b", "f")


def faith_nearby(t: Thread) -> None:
    """Interfaith board: a nearby passage translated, the example's one left untranslated."""
    a2, e2 = t.other_pair()
    t.add("1", None, t.names[0], [t.say("faith_open"), "\n", ("a", t.arabic)])
    t.add("2", None, t.names[1], [t.say("faith_second"), "\n", ("b", a2)])
    t.add("3", "2", t.names[2], [t.say("other_passage_lead"), ("f", e2)])
    t.item("a", None)
    t.item("b", "f")


def substack_handle(t: Thread) -> None:
    """Substack: a reply with a handle before the translation and a sign-off with emoji after it."""
    t.add("1", None, t.names[0], [t.say("medium_open"), " ", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("request")])
    t.add("3", "2", t.names[2], [t.say("substack_handle"), t.say("lead"), ("e", t.english), t.say("signoff")])
    t.item("a", "e")


def hn_later(t: Thread) -> None:
    """Hacker News: the author's later top-level comment translates the quote of the earlier one."""
    t.add("1", None, t.names[0], [t.say("hn_opener"), "\n\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("request")])
    t.add("3", None, t.names[2], [t.p.example.unrelated.strip()])
    lead = t.say("hn_later")
    t.add("4", None, t.names[0], [lead, ("e", t.english), ")" if lead.startswith("(") else ""])
    t.item("a", "e")


def jira_request(t: Thread) -> None:
    """Jira: a colleague asks for English; the reporter answers in a nested reply."""
    t.add("1", None, "Ahmed", [t.say("jira_open"), "\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("jira_ask")])
    t.add("3", "2", "Ahmed", [t.say("jira_sure"), ("e", t.english)])
    t.add("4", "3", t.names[1], [t.say("thanks")])
    t.item("a", "e")


def wattpad_note(t: Thread) -> None:
    """Wattpad: a reader quotes the Arabic line and translates it with a hedge after it."""
    t.add("1", None, t.names[0], [t.say("wattpad_open"), "\n\n", ("a", t.arabic), t.say("wattpad_lead"), ("e", t.english), t.say("wattpad_note")])
    t.item("a", "e")


def trello_before(t: Thread) -> None:
    """Trello card comment: translation first, then "original:" and the Arabic in brackets."""
    t.add("1", None, t.names[0], [t.say("lead"), ("e", t.english), "\n(original: ", ("a", t.arabic), ")"])
    t.item("a", "e")


# ---- negatives ----------------------------------------------------------------------------------------


def usenet_rebuttal(t: Thread) -> None:
    """Usenet: a quote of the Arabic followed by a rebuttal."""
    t.add("m1", None, "layla@example.net", [("a", t.arabic)])
    t.add("m2", "m1", "pete@example.org", [f"layla@example.net wrote:\n> {t.arabic}\n\n", t.say("rebut"), t.p.example.other[0].strip(), t.say("sig")])
    t.item("a")


def appstore_other_answer(t: Thread) -> None:
    """App store: a request to translate, and the developer answering something else."""
    t.add("r", None, t.names[0], [("a", t.arabic)])
    t.add("q", "r", t.names[1], [t.say("request")])
    t.add("d", "q", "Developer", [t.say("dev_reply"), t.p.example.other[0].strip()])
    t.item("a")


def chan_mock(t: Thread) -> None:
    """Imageboard: a reply by post number that mocks the Arabic post and says something else."""
    base = t.rng.randrange(40_000_000, 49_000_000)
    t.add(str(base), None, "Anonymous", [t.say("chan_op")])
    t.add(str(base + 2), None, "Anonymous", [f">>{base}\n", ("a", t.arabic)])
    t.add(str(base + 7), None, "Anonymous", [f">>{base + 2}\n", t.say("mock"), t.p.example.other[0].strip()])
    t.item("a")


def amazon_deleted_gt(t: Thread) -> None:
    """Amazon Q&A: Google Translate of a deleted comment, beside the untranslated Arabic question."""
    t.add("q1", None, t.names[0], [t.say("amazon_q"), " ", ("a", t.arabic)])
    t.add("q2", None, t.names[1], ["[deleted]"])
    t.add("a2", "q2", t.names[2], [t.say("deleted_lead"), t.p.example.other[0].strip()])
    t.item("a")


def crowdin_gloss(t: Thread) -> None:
    """Crowdin: a gloss of one word of the source string."""
    word = re.sub(r"[^\w]", "", t.arabic.split()[0]) or t.arabic.split()[0]
    t.add("1", None, "pm-bot", [t.say("crowdin_open"), ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("gloss_one").replace("{w}", word)])
    t.item("a")


def euro_numbers(t: Thread) -> None:
    """Eurovision fan forum: an English reply that shares a number with the Arabic, or just has numbers."""
    digits = re.findall(r"[0-9٠-٩]+", t.arabic)
    t.add("p1", None, t.names[0], [t.say("euro_open"), "\n", ("a", t.arabic)])
    reply = t.say("number_reply").replace("{n}", digits[0]) if digits else t.say("number_none")
    t.add("p2", "p1", t.names[1], [reply, " ", t.p.example.other[0].strip()])
    t.item("a")


def medium_edit_other(t: Thread) -> None:
    """Medium: an EDIT to the commenter's own post that says something else."""
    t.add("1", None, t.names[0], [t.say("medium_open"), "\n\n", ("a", t.arabic), t.say("edit_other"), t.p.example.other[0].strip()])
    t.item("a")


def zoom_summary(t: Thread) -> None:
    """Zoom chat export: an Arabic line, then others' English about other things."""
    t.add("11:15:02", None, t.names[0], [("a", t.arabic)])
    t.add("11:15:20", None, t.names[1], [t.say("agree"), t.p.example.other[0].strip()])
    t.add("11:16:01", None, t.names[2], [t.say("summary"), t.p.example.other[1].strip()])
    t.item("a")


def kaggle_other_thread(t: Thread) -> None:
    """Kaggle discussion: a "translation" of something not in the thread (another image, a video)."""
    t.add("1", None, t.names[0], [t.say("kaggle_open"), "\n\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("other_thread"), t.p.example.other[0].strip()])
    t.item("a")


def faith_opinion(t: Thread) -> None:
    """Interfaith board: after a request, replies with opinions of their own, no translation."""
    t.add("1", None, t.names[0], [t.say("faith_open"), "\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("request")])
    t.add("3", "2", t.names[2], [t.say("not_sure"), t.p.example.other[0].strip()])
    t.add("4", "1", t.names[0], [t.p.example.unrelated.strip()])
    t.item("a")


def coursera_wrong_only(t: Thread) -> None:
    """Coursera forum: a request, a translation of a different Arabic sentence posted by nobody here."""
    t.add("1", None, t.names[0], [t.say("course_q"), "\n", ("a", t.arabic)])
    t.add("2", "1", t.names[1], [t.say("request")])
    t.add("3", "2", t.names[2], [t.say("wrong_lead"), t.p.example.other[1].strip()])
    t.item("a")


SHAPES: dict[str, tuple[Callable[..., None], int, str]] = {
    "hn-translation-before": (hn_before_plain, 1, "pos"),
    "hn-two-before": (hn_before, 2, "pos"),
    "imageboard-post-number": (chan_postnum, 1, "pos"),
    "usenet-nested-quote": (usenet_nested, 2, "pos"),
    "ao3-three-comments": (ao3_three, 1, "pos"),
    "coursera-corrected": (course_corrected, 1, "pos"),
    "coursera-bad-correction": (course_miscorrected, 2, "pos"),
    "kaggle-markdown-table": (kaggle_table, 1, "pos"),
    "crowdin-equals": (crowdin_equals, 1, "pos"),
    "medium-edit": (medium_edit, 2, "pos"),
    "amazon-google-translate": (amazon_gt, 1, "pos"),
    "jira-second-sentence": (jira_second, 2, "pos"),
    "appstore-first-sentence": (appstore_first, 2, "pos"),
    "maps-bracket-note": (maps_bracket, 1, "pos"),
    "zoom-two-lines": (zoom_two, 2, "pos"),
    "airbnb-host": (airbnb_host, 1, "pos"),
    "eurovision-quote-marks": (euro_quote, 1, "pos"),
    "eurovision-typo-lead": (euro_typo_lead, 2, "pos"),
    "interfaith-two-passages": (faith_two, 1, "pos"),
    "interfaith-nearby-only": (faith_nearby, 1, "pos"),
    "substack-handle-signoff": (substack_handle, 1, "pos"),
    "hn-author-later": (hn_later, 2, "pos"),
    "jira-request": (jira_request, 1, "pos"),
    "wattpad-note": (wattpad_note, 1, "pos"),
    "trello-before-original": (trello_before, 2, "pos"),
    "neg-usenet-rebuttal": (usenet_rebuttal, 1, "neg"),
    "neg-appstore-other-answer": (appstore_other_answer, 1, "neg"),
    "neg-imageboard-mock": (chan_mock, 1, "neg"),
    "neg-amazon-deleted-gt": (amazon_deleted_gt, 1, "neg"),
    "neg-crowdin-one-word": (crowdin_gloss, 1, "neg"),
    "neg-eurovision-numbers": (euro_numbers, 2, "neg"),
    "neg-medium-edit-other": (medium_edit_other, 1, "neg"),
    "neg-zoom-summary": (zoom_summary, 1, "neg"),
    "neg-kaggle-other-image": (kaggle_other_thread, 1, "neg"),
    "neg-interfaith-opinion": (faith_opinion, 2, "neg"),
    "neg-coursera-other-sentence": (coursera_wrong_only, 1, "neg"),
}


def check_banks() -> None:
    """No phrase words both halves: no entry of one half is in an entry of the other (AssertionError)."""
    for name, bank in BANKS.items():
        assert len(bank) >= 4 and len(bank) % 2 == 0, name
    tuned = [p.strip() for bank in BANKS.values() for p in bank[0::2]]
    held = [p.strip() for bank in BANKS.values() for p in bank[1::2]]
    for h in held:
        for u in tuned:
            if len(h) >= 4 and len(u) >= 4 and (h in u or u in h):
                raise AssertionError(f"phrase in both halves: {h!r} / {u!r}")
    assert not set(NAMES[0]) & set(NAMES[1])


def check_gold(threads: list[dict[str, Any]], sources: Mapping[str, Pairs]) -> None:
    """Every item's Arabic is a posted passage; a positive's span (its parts joined, for a translation over
    several comments) is its translation, nothing around it (one sentence of two on a partial one); a
    negative has no span. Raises AssertionError naming the thread."""
    english = _blind.translations(sources)  # the same Arabic may come with another English elsewhere in a data set
    for thread in threads:
        problem = "" if thread["items"] else "no item"
        for item in thread["items"]:
            arabic = _blind.flat(_blind.sliced(thread, item["arabic"]))
            if arabic not in english:
                problem = "an item's Arabic is no posted passage"
                continue
            if item["expected"] is None:
                continue
            parts = [_blind.sliced(thread, s) for s in [item["expected"], *item["continued"]]]
            gold = " ".join(parts)
            wants = [[s] for sentences in english[arabic] for s in sentences] if item.get("partial") else english[arabic]
            if thread["kind"] != "pos" or any(p != p.strip() or not p for p in parts) or not any(_blind.same_flat(gold, w) for w in wants):
                problem = "a gold span is not the translation"
        if thread["kind"] == "pos" and not any(item["expected"] for item in thread["items"]):
            problem = "a positive without a span"
        if problem:
            raise AssertionError(f"{thread['id']}: {problem}")


ROUND = _blind.Round(__doc__, SEED, SHAPES, Thread, _blind.same_flat, OUT, gold=check_gold, banks_check=check_banks)


if __name__ == "__main__":
    raise SystemExit(ROUND.main())
