"""What commenters write around a translation: requests for one, phrases that introduce one,
brackets and quotes around one."""

from __future__ import annotations

import re
from functools import lru_cache

from . import _regex as regex  # compiles each pattern on first use

from ..align.words import english_tokens, lexicon
from .edges import attempt_frame, own_note, rest_closes, rest_left, saying_frame, translated_frame

__all__ = [
    "addressed", "bot_signed", "checked", "completes", "continues", "continues_from", "corrects", "describes", "disputes", "foreign", "guesses", "heading", "introduces", "is_request", "lead_in", "likens", "marked", "names_another", "names_text", "other_edition", "past_cue_timing", "promises", "opens", "original_before", "part_named", "partial", "per_line", "pinned", "mentioned", "puts_off", "rebuts", "restamped",
    "verdicts",
    "template_close", "tight", "uncertain",
]

_LATIN = regex.compile(r"\p{Latin}")
_REQUEST = regex.compile(
    r"""
    \btranslat(?:e|ion)\s*(?:please|pls|plz)?\s*\?
    | \b(?:please|pls|plz|kindly|can|could|would|will|care\s+to|mind)\b[^.!?\n]{0,30}\btranslat
    | \btranslat\w*(?:\s+\w+){0,3}\s+(?:please|pls|plz)\b
    | \b(?:what|wat|wut|wht)(?:\s+(?:does|do|did|is|are|was|were)|'?s)\s+(?:\w+\s+){0,5}(?:mean|say|means|saying)\b
    | \b(?:(?:any|some)(?:one|body)\s+knows?|no\s+idea|wonder(?:ing)?|tell\s+(?:me|us)|(?:love|like|want|need)\s+to\s+know)\s+what\s+(?:this|that|it|he|she|they|you|the\s+\w+)\s+(?:says|said|means|meant|is\s+saying)\b
    | \bwhat(?:\s+is|'s)\s+(?:the\s+)?(?:meaning|translation)\b
    | \bmeaning(?:\s+of\s+(?:this|that|it))?\s*(?:\?|please\b|pls\b|plz\b)
    | \b(?:in\s+)?eng(?:lish)?\s*(?:please|pls|plz|\?)
    | \b(?:i|we)\s+(?:don't|dont|do\s+not|can't|cant|cannot)\s+(?:read|understand|speak)\s+arabic\b
    | \bnot\s+(?:all\s+of\s+us|all|every(?:one|body))\s+(?:here\s+)?(?:can\s+)?(?:reads?|understands?|speaks?)\s+arabic\b
    | \b(?:is\s+there|any|got)\s+(?:an?\s+)?(?:english|translated)\s+(?:version|translation)\b
    | \b(?:translation|meaning|english|eng|tl)[ \t]*,?[ \t]+(?:any(?:one|body)|some(?:one|body))\b(?![ \t]+(?!(?:please|pls|plz)\b)\w)
    | \b(?:need|want|give\s+(?:me|us))\s+(?:the|a|an)\s+(?:meaning|translation|english\s+version)\s+(?:of|for)\s+(?:this|that|it|[0-9]{1,2}:[0-9]{2})
    | \b(?:need|want|love|put|get)\s+(?:this|that|it)\s+in\s+english\b(?![ \t]+(?:class|lessons?|course|exams?|tests?|too|also|as\s+well))
    """,
    regex.I | regex.X,
)
# Words that say the English gives the meaning of something: in an introducing phrase ("He
# says:", "Google Translate gives:", "Basically:") they make it a marker of a translation. A colon
# or equals sign introduces only when a space follows it (":D", ":DDDDD" are faces).
_MEANING_WORDS = (
    r"translat\p{L}*|means?|meaning|says?|said|saying|wrote|writes|read\s+(?:it|this|that|them)\s+as|reads?\s+as|roughly|literally|basically|english|google|i\.?e\.?"
    r"|in\s+other\s+words|gist|reads|gives|en|eng|tl|tr|trans|transl|attempt|something\s+like|more\s+or\s+less|correction|corrected|word[\s-]+for[\s-]+word"
)
# An arrow pointing at what follows introduces it as a colon does ("for my english friends 👉 ...").
_POINTER = r"(?:->|=>|>>|→|⇒|➡️?|👉|↓|⬇️?|👇|⤵️?)"  # (">>" spaced after a word: "Translation >> ...", no 4chan link)
# A meaning word cut short with a full stop ("lit. I think it's ...", "approx. ..."): a lead of its own.
_SHORT_MEANING = r"(?:lit|transl?|approx)\."
_MARKER_BEFORE = regex.compile(
    rf"(?:\b(?:{_MEANING_WORDS})\b|\b{_SHORT_MEANING}|(?:[=:]|{_POINTER})(?=\s))[\s\"“‘'(\[«:=\-–—]*$",
    regex.I,
)
_SHORT_LEAD = regex.compile(rf"[\s(\[*_]*{_SHORT_MEANING}[\s)\]*_]*", regex.I)
_SHORT_FIRST = frozenset("AaLlTt")  # what such a lead begins with (:func:`lead_in`)
# An opening quote or bracket right before a segment (spaces between): it marks a translation only
# when it encloses the whole of it (:func:`_encloses`).
_OPENER_BEFORE = regex.compile(r"[(\[«\"“‘'][\s\"“‘'(\[«]*$")
_CLOSER = {"(": ")", "[": "]", "«": "»", "“": "”", "‘": "’", '"': '"', "'": "'", "*": "*", "_": "_"}
_ENCLOSERS = "\"'“‘«(["  # quotes and brackets (no Markdown emphasis): they enclose what may be anyone's words
_TRAILING = " \t\n.,;:!?…"
# An introducing phrase before a translation, up to where the translation starts: a few words and
# a colon ("Basically:", "He says:", "Translation (mine, not perfect):", "For those who asked, my
# comment above says:", "EDIT 2 - translation:"), "It means", "It translates to", "it comes out as The ...", "In English it says The ...",
# "We read it as "..."" (an app developer's reply)
# (a capital after it; after "says" a text's "I" too: "This bit says I ..."; "The bottom one says ..."), "Google translate says", or someone reported saying a sentence
# ("She says You are ...": a capital letter after "says" without a colon starts what was said;
# "He says I ..." is reported speech that may be the translation's own). Markdown emphasis may
# wrap the label ("**Translation:**", "__Translation__:"). A clause that ends in "means",
# "meaning", "translates to", "i.e." or "in English" before a capital or a quote ("Ok so the Arabic
# above means ...", ", meaning "...", "on a mug, which translates to ...") introduces too; over a
# comma only when it starts in lower case (it goes on with the sentence the Arabic stands in: "I
# love you, which means I care." is a translation of its own). A correction that contradicts an earlier
# translation ("No, it means I think ...", "Not really, it says ...") introduces what follows it in capitals,
# "I" too: after "No," the "it" is the text, never the speaker's own sentence. What is said may open in Markdown emphasis
# ("This one says **...**", "It's saying **...**"). A word that gives the gist, without a colon, before a capital
# ("basically You will not be expected ...", "it's roughly The bees ...", "it's like Honey is ..."): a chat lead (:data:`_GIST`).
# A longer phrase, of up to 18 words, before a colon ends in a verb of saying or a word of translating ("For everyone here who
# can't read the script, the sign on the left says: ..."): its last word says a translation follows. The English named
# before a capital or a quote ("The English is "..."", "The translation is ...", "In English it's "..."") leads it too.
_GIST_LEAD = r"""(?:(?:it|this|that)(?:'s|’s|\s+is)\s+|its\s+)?(?:basically|literally|roughly)[ \t,]+(?=(?-i:\p{Lu}))
    | (?:(?:it|this|that)(?:'s|’s|\s+is)|its)\s+(?:basically\s+|just\s+)?like[ \t,]+(?=(?-i:\p{Lu}))"""
# The writer's capitalised "So" before a gist word opening a reply, before any word ("So basically it is very important
# ...", "Ok so roughly ..."): a lead, but no mark of a translation (a summary opens so as often: "So basically this guy is
# going on about ..."); after a label ("(en) so basically he says ...") the words are the translation's own.
_SO_GIST = r"""(?:(?-i:OK|Ok|Okay)[ \t,]+so|(?-i:So))[ \t,]+(?:basically|roughly)[ \t,]+(?=[\p{L}"“‘'])"""
# Whom a commenter asks about the Arabic and reports ("my grandma says something like ...", "my dad says ...").
_KIN = r"mom|mum|mother|dad|father|grandma|grandmother|granny|gran|nana|grandpa|grandfather|grandparent|parent|teta|tata|sitto|jiddo|aunt|auntie|uncle|wife|husband|cousin|brother|sister|friend|coworker|colleague|neighbou?r|roommate|teacher|bf|gf|boyfriend|girlfriend|partner"
# A video's time before what is said there ("at 12:40 he's saying ...", "around 3:05, she's saying ...").
_AT_TIME = r"(?:at|around)[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*,?[ \t]+"
# Someone in a video or a scene named by who they are ("The guy at 2:13 says ...", "the old man in the video said ...", "this
# lady is saying ..."): reported speech as "She says ..." is, before a capital.
_SPEAKER = r"""(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:guy|man|woman|lady|girl|boy|kid|dude|driver|passenger|singer|speaker|narrator
    |reporter|presenter|host|imam|sheikh|officer|cop|seller|vendor|shopkeeper|waiter|customer|bystander|caller|interviewer)
    (?:[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?[\p{L}\p{N}:]+){0,2}"""
_LEAD_IN = regex.compile(
    r"""(?:(?:@?[\p{L}\p{N}'’,*_]+(?:-[\p{L}\p{N}'’,*_]+)*|[-–—])[ \t]+){0,9}?[\p{L}'’.]+(?:-[\p{L}'’]+)*(?:[ \t]+\p{N}{1,2})?[*_]*[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?(?:[:=]|"""
    + _POINTER
    + r""")[*_]*(?=\s|$)\s*
    | (?:it|this|that|which)\s+(?:means|says|reads|translates\s+(?:to|as))\s+
    | (?:no|nope|nah|not\s+(?:really|quite|exactly))[ \t]*[,.!;]+[ \t]+(?:it|this|that)\s+(?:actually\s+|really\s+)?(?:means|says|reads|translates\s+(?:to|as))[ \t,]+(?=(?-i:[\p{Lu}"“‘']))
    | (?:[\p{L}'’]+[ \t,]+){0,5}?(?:it|this|that|which|one|part|bit|half|line|sentence|paragraph|verse|mine|yours|ours|theirs)(?:\s+\w+)?\s+(?:means[ \t,]+(?!(?-i:I)\b)|(?:says|reads|translates\s+(?:to|as)|comes\s+out\s+(?:as|to))[ \t,]+)(?=(?-i:[\p{Lu}"“‘'*_]))
    | (?:""" + _AT_TIME + r""")?(?:it|this|that)(?:'s|’s|\s+is)\s+(?:saying|reading)[ \t,:]+(?=(?-i:[\p{Lu}"“‘'*_]))
    | (?:the\s+)?(?:first|second|third|last|final|1st|2nd|3rd|top|bottom)\s+(?:one|part|bit|half|sentence|line|paragraph|comment|post)\s+is[ \t,:]+(?=(?-i:[\p{Lu}"“‘'*_]))(?!(?:right|correct|wrong|better|closer|accurate|best)\b)
    | google(?:\s+translate)?\s+(?:says|gives)[ \t,]+
    | (?:the\s+)?(?:english|translation|meaning)(?:\s+(?:version|one))?\s+(?:is|was|would\s+be)[ \t,:]+(?=(?-i:[\p{Lu}"“‘']))
    | in\s+english,?\s+(?:it|this|that)(?:'s|’s|\s+is|\s+was|\s+would\s+be)[ \t,:]+(?=(?-i:[\p{Lu}"“‘']))
    | (?:(?:ok|okay|so|well)[ \t,]+){0,2}(?:my|our|his|her|their)\s+(?:"""+_KIN+r""")s?(?:\s+(?:says|said|thinks|reckons)|['’]s\s+(?:version|take|reading|guess)\s+(?:would\s+be|is|was))
      (?:[ \t,]+(?:it(?:'s|’s|\s+is|\s+means|\s+says)[ \t,]+)?(?:something\s+like|roughly|basically)[ \t,:]+(?=(?-i:[\p{Lu}"“‘']))
      |[ \t]*[,:]?[ \t]+(?=(?-i:[\p{Lu}"“‘']))(?!(?-i:I)\b))
    | (?:almost|nearly|(?:so\s+)?close)\b[^\n.!?:]{0,12}[.!,;\u2014\u2013-]+[ \t]*(?:but[ \t]+|just[ \t]+)?(?:it'?s[ \t]+)?['"\u2018\u201c*]?\p{L}+['"\u2019\u201d*]?,?[ \t]+not[ \t]+['"\u2018\u201c*]?\p{L}+['"\u2019\u201d*]?[ \t]*:[ \t]*
    | """ + _GIST_LEAD + r"""
    | """ + _SO_GIST + r"""
    | (?:(?-i:\p{Ll})[\p{L}'’]*[ \t,]+(?:[\p{L}'’]+[ \t,]+){0,5}?|(?:[\p{L}'’]+[ \t]+){0,6}?)(?:means|meaning|translates\s+(?:to|as)|read\s+(?:it|this|that)\s+as|reads\s+as|i\.\ ?e\.|in\s+english)[ \t,:]+(?=(?-i:[\p{Lu}"“‘']))
    | (?:(?:chat|guys|folks|everyone|y'all|people)[ \t]*,[ \t]*|""" + _AT_TIME + r""")?(?:he|she|they|(?:the\s+)?op|the\s+(?:author|poster)|""" + _SPEAKER + r""")(?:'s|’s|'re|’re|\s+is|\s+are)?\s+(?:says|said|saying|wrote|writes)[ \t]*,?[ \t]+(?=(?-i:[\p{Lu}"“‘']))(?!(?-i:I)\b)
    | (?:@?[\p{L}\p{N}'’,*_-]+[ \t]+){10,17}?(?:says|said|reads|means|wrote|writes|translates(?:[ \t]+(?:to|as))?|(?:in[ \t]+)?english|translation)[*_]*[ \t]*:[*_]*(?=\s)\s*
    | (?:@?[\p{L}\p{N}'’,*_-]+[ \t]+){10,17}?[\p{L}'’]+[ \t]*:[ \t]+(?=(?:it|this|that)[ \t]+(?:means|says|reads|translates)\b)
    | (?:@?[\p{L}\p{N}'’,*_-]+[ \t]+){0,17}?translating(?:[ \t]+[\p{L}'’]+){1,8},?[ \t]*:[ \t]+(?=(?-i:[\p{Lu}"“‘']))""",
    regex.I | regex.X,
)
# Every match of _LEAD_IN holds a colon, an equals sign or a pointer (:data:`_POINTER_CHARS`), or one of these words (as their letters
# fold: _LEAD_IN ignores case, and "İ", "ſ" and the Kelvin sign match "i", "s" and "k" there): a
# segment without any cannot start with a lead-in, and the pattern (about 30 us a try) is skipped.
# A gist word alone as the lead says less than "translation:" (people open their own sentences with "Basically"),
# so it marks the English as weakly as brackets do (:func:`marked`).
_GIST = regex.compile(rf"""[\s"'“‘(]*(?:{_GIST_LEAD})""", regex.I | regex.X)
_SO_GIST_LEAD = regex.compile(_SO_GIST, regex.I | regex.X)
_LEAD_IN_WORDS = re.compile(r"mean|say|said|read|translat|give|wrote|write|i\.e|i\. e|english|basically|literally|roughly|s like|t like|comes|one is|part is|bit is|half is|sentence is|line is|paragraph is|comment is|post is|version|s take|s guess|thinks|reckon")
_POINTER_CHARS = re.compile("[>→⇒➡👉↓⬇👇⤵]")  # what a pointer (:data:`_POINTER`) holds
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


# A label naming the language or the translation before a bracket closing it, a dash, a bar or a semicolon ("(EN) ",
# "In English - ", "Eng — ", "English | ", "tl; " of fansub chat, "Translation — "), before a capital: passed like an
# introducing phrase. Not "tl;dr", a summary's mark; a bracket closes the label only when it opens right before it: in
# "[AR -> EN] ..." and "(Arabic -> English) ..." (r/translator's title tags) the bracket holds a request's language pair.
# A label closed by its bracket or set in Markdown emphasis ("(eng) well ...", "**ENG** - well ...") is one whatever follows,
# on its line or alone on the line over the English ("(EN)\nand i think ...").
_LABELLED = regex.compile(
    r"(?i:in[ \t]+english|english|eng|en|tl|tr|transl?|translation)(?:[ \t]*(?:(?P<bracket>[)\]])|[-–—]+|\||;(?![ \t]*(?i:dr)\b))[ \t]+(?=[\p{Lu}\p{N}\"“‘'])"
    r"|(?:[ \t]*(?P<bracket>[)\]])|(?P<marked>[*_]+)(?:[ \t]*(?:[-–—]+|\|))?)(?:[ \t]+|[ \t]*\n[ \t]*)(?=[\p{L}\p{N}\"“‘']))"
)
_LABEL_OPENER = {")": "(", "]": "["}
_LABEL_FIRST = frozenset("EeIiTt")  # what such a label begins with


# A lead that only names the text a reply translates, by what it is written on or as, then a colon or a spaced dash before a
# capital or a quote ("The notice - Hitomi looked ...", "As for the sign: I mean ...", "ok, that sticker — ..."): under the
# Arabic of a sign, a note or a post, English so introduced is what the text says, as after "It says:". A colon lead
# passes by :data:`_LEAD_IN` already; a dash one would not (its words, "The notice", would stay the translation's first).
_NAMED_TEXT = regex.compile(
    r"""(?<![\p{L}'’])(?:(?:as[ \t]+for|about|re|and|ok(?:ay)?|so)[ \t,:]+)?(?:the|that|this|your|ur|op'?s|op’s)[ \t]+(?:[\p{L}'’]+[ \t]+)?
    (?:sign|signs|notice|note|plaque|sticker|label|tag|inscription|caption|writing|flyer|poster|banner|card|menu|stamp|slip|placard)(?:[ \t]+itself)?
    [*_]*[ \t]*(?::|[-–—]+)[*_]*[ \t]+(?=[\p{Lu}"“‘'])""",
    regex.I | regex.X,
)
_NAMED_FIRST = frozenset("AaRrOoSsTtYyUu")  # what such a lead begins with


_LEAD_REACH = 1000  # characters after its start that an introducing phrase lies within (the longest written is under 100)


def _may_lead(text: str, start: int, end: int) -> bool:
    """Whether ``_LEAD_IN`` can match within ``[start, end)`` at all (:data:`_LEAD_IN_WORDS`), looked for in the first
    :data:`_LEAD_REACH` characters: :func:`lead_in` asks at each lead it passes, and a comment of thousands of leads
    ("It's saying It's saying ...", 240 kB) took 32 s scanning its whole rest each time."""
    end = min(end, start + _LEAD_REACH)
    if text.find(":", start, end) >= 0 or text.find("=", start, end) >= 0 or _POINTER_CHARS.search(text, start, end) is not None:
        return True
    segment = text[start:end]
    folded = (segment if segment.isascii() else segment.translate(_ASCII_FOLD)).lower()  # the three fold from outside ASCII
    return _LEAD_IN_WORDS.search(folded) is not None


# A sentence that only answers the asker ("Sure!", "Of course.", "Haha ok.", "Ha.", "Here you go."): said
# before a translation, not part of it.
_ACKNOWLEDGE = regex.compile(
    r"""[\s"'“‘(]*(?:(?:sure(?:\s+thing)?|of\s+course|ok(?:ay)?|ha(?:ha)*|lol|np|no\s+(?:problem|worries)
    |(?:here|there)\s+(?:you\s+go|it\s+is)|happy\s+to\s+help|gladly|with\s+pleasure|good\s+question
    |not\s+(?:quite|exactly)|(?:so\s+|very\s+)?close|almost|nearly|nope)[\s,]*)+[.!]+[\s"'”’)]*""",
    regex.I | regex.X,
)
# A question asking whether the translation before it is right ("Is that right?", "Did I get it?", "Am I close?",
# "Does that sound right?"): the translator asks the reader to check it, so it closes the translation.
_CHECK = r"""(?:(?:is|was)\s+(?:that|this|it|my\s+(?:translation|tl|attempt))\s+(?:(?:about|more\s+or\s+less|kinda)\s+)?(?:right|correct|accurate|ok(?:ay)?|close)
    |am\s+i\s+(?:right|correct|close)|did\s+i\s+(?:get|do)\s+(?:it|that|this)(?:\s+right)?|close\s+enough
    |(?:does|do)\s+(?:that|this|it)\s+(?:sound|look)\s+(?:right|correct|ok(?:ay)?))"""
# A word the writer softens a sign-off with ("That's the gist anyway.", "Hope this helps though!", "Cheers for now").
_FILLER = r"(?:anyway|anyways|anyhow|though|tho|at\s+least|i\s+think|i\s+hope|btw|lol|haha|then|for\s+now|in\s+any\s+case|really|mate|guys|all|everyone|:\))"
# A sentence that only signs off an answer ("Hope that helps!", "Cheers.", "That's the gist of it."), asks for candid
# corrections ("Be brutal 😅", "Corrections welcome!", "go easy on me"), or asks the reader to check it
# (:data:`_CHECK`): said after a translation, not part of it.
_SIGN_OFF = regex.compile(
    rf"""[\s"'“‘(]*(?:(?:(?:i\s+)?hope\s+(?:that|this|it)\s+(?:helps|helped|makes\s+sense|clears\s+(?:it|that|things)\s+up)|cheers|enjoy|good\s+luck|you'?re\s+welcome
    |that'?s\s+the\s+gist(?:\s+of\s+it)?|(?:at\s+least\s+)?that'?s\s+how\s+i\s+(?:read|understand)\s+it
    |if\s+(?:that|it)\s+makes\s+sense|lol|lmao|ha(?:ha)+|:\)|:-\)
    |be\s+brutal|go\s+easy\s+on\s+me|(?:all\s+|any\s+)?(?:corrections?|feedback|criticism)\s+(?:(?:is|are)\s+)?(?:very\s+)?(?:welcome|appreciated)
    |hth|that'?s\s+(?:about|basically|pretty\s+much|more\s+or\s+less|kinda|all\s+of)\s+it|that'?s\s+(?:all|everything)\s+(?:it|the\s+\p{{L}}+)\s+says
    |that'?s\s+(?:the\s+)?(?:whole|full)\s+(?:thing|text|message))(?:[\s,]+{_FILLER})?[\s,]*)+[.!]*[\s"'”’)]*(?::\)|:D)?[\s\p{{Extended_Pictographic}}\p{{Emoji_Modifier}}\uFE0F]*
    |[\s"'“‘(]*"""
    + _CHECK
    + r"""\s*\?+[\s"'”’)]*""",
    regex.I | regex.X,
)
# The check question right after English, past its closing quote or a dash: 'she wrote "..." — is this right?'.
_CHECKED = regex.compile(r"""[\s"'”’)\],]*(?:[—–-]+[ \t]*)?(?:and\s+|so\s+)?""" + _CHECK + r"\s*\?", regex.I | regex.X)
_CHECK_END = regex.compile(r"""(?:[,"'”’)\]]|[—–-])[\s"'”’)\],—–-]*(?:and\s+|so\s+)?""" + _CHECK + r"""\s*\?+[\s"'”’)]*$""", regex.I | regex.X)
_CHECK_REACH = 60  # characters at the end of the English searched for the question (a comma clause stays in its segment)


# Someone else's English, said before it on its line: 'and she wrote "', 'my kid put:', 'a classmate answered "'.
_TRY_LEAD = regex.compile(
    r"""(?:\b(?:he|she|they|someone|somebody|(?:my|our|his|her|the|a)\s+(?:kid|son|daughter|child|student|pupil|friend|classmate|brother|sister|colleague))
    \s+(?:wrote|writes|put|puts|answered|answers|translated\s+it\s+as|came\s+up\s+with|got|says|said)(?:\s+down)?)[ \t]*(?::|["“'‘])""",
    regex.I | regex.X,
)
_TRY_REACH = 60  # characters before the English searched for the lead


def checked(text: str, start: int, end: int) -> bool:
    """The English ``[start, end)`` of ``text`` is someone else's, said before it on its line or at its start ('she
    wrote "', "my kid put:"), and followed by a question whether it is right ('" — is this right?', "is that correct??"): a try the writer
    asks about, not a translation anyone stands by (the writer's own, "My translation: ... Is that right?", is one)."""
    if _CHECKED.match(text, end) is None:  # the question after the English, or closing it (its segment holds it)
        tail = text[max(start, end - _CHECK_REACH) : end]
        if not tail.rstrip(" \t\n\"'”’)").endswith("?") or _CHECK_END.search(tail) is None:
            return False
    line = text.rfind("\n", 0, start) + 1  # the English may start at the lead (a segment holds it) or after it
    return _TRY_LEAD.search(text, max(line, start - _TRY_REACH), min(end, start + _TRY_REACH)) is not None


# A sentence about the saying rather than a translation of it, said after one or instead of one:
# who says it ("My grandmother used to say it.", "People say this all the time."), what it is
# ("It's a prayer.", "That's an old proverb here."), how it was to understand ("Took me a while to
# get it.", "Hard to translate this one."), an appraisal asking agreement ("Beautiful, isn't it?"), or
# how it came, by a message's medium ("This is what my cousin posted last night", "My aunt sent me this"):
# a line presenting the Arabic under it, no translation of it.
_REMARK = regex.compile(
    r"""[\s"'“‘(]*(?:
    (?:(?:my|our|his|her|their)\s+[\p{L}'’]+(?:\s+[\p{L}'’]+)?|people|everyone|everybody)
      \s+(?:used\s+to\s+|would\s+|always\s+|still\s+|often\s+)?(?:say|says|said|sing|sings|sang|recite|recites|recited|quote|quotes|quoted)
      \s+(?:it|this|that)(?:\s+one)?(?:\s+(?:all\s+the\s+time|a\s+lot|every\s+day|often|too|before))?
    | (?:it\s+)?took\s+me\s+(?:a\s+(?:while|minute|second|bit|moment)|ages|forever|some\s+time)\s+to\s+(?:get|understand|figure\s+out|translate)\s+(?:it|this|that)(?:\s+one)?
    | (?:it'?s\s+|it\s+is\s+|this\s+is\s+)?(?:hard|difficult|tricky|impossible)\s+to\s+translate(?:\s+(?:it|this|that)(?:\s+one)?)?(?:\s+(?:well|exactly|literally))?
    | (?:it|this|that)(?:'s|’s|\s+is|\s+was)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}(?:saying|proverb|expression|idiom|prayer|dua|du'?a|verse|poem|song|lyric|quote)s?
      (?:\s+(?:here|there|in\s+[\p{L}'’]+(?:\s+[\p{L}'’]+)?|from\s+[\p{L}'’]+(?:\s+[\p{L}'’]+)?))?
    | (?:so\s+|very\s+|really\s+|pretty\s+)?[\p{L}'’]+(?:\s+one)?,?\s+(?:isn'?t\s+it|right|huh|eh)\s*\?
    | (?:(?:a|an|what\s+an?|that'?s\s+an?|such\s+an?)\s+)?(?:easy|fun|good|nice|tough|hard|tricky|cute|funny|interesting|great|simple|sweet|lovely|cool|classic)
      \s+one(?:[\s,]+(?:lol|haha|lmao|tbh|honestly))*
    | (?:this\s+is\s+|that'?s\s+|here'?s\s+|here\s+is\s+|look\s+(?:at\s+)?|see\s+)what\s+(?:[\p{L}'’]+\s+){1,3}?(?:texted|sent|posted|messaged|shared|forwarded|dm'?d|tweeted)(?:\s+(?:me|us))?(?:\s+[\p{L}'’0-9]+){0,4}
    | (?:(?:my|our|his|her|their)\s+[\p{L}'’]+(?:\s+[\p{L}'’]+)?|someone|somebody)\s+(?:just\s+)?(?:texted|sent|posted|messaged|shared|forwarded|dm'?d|tweeted)(?:\s+(?:me|us))?\s+(?:this|that)(?:\s+[\p{L}'’0-9]+){0,4}
    )[\s,]*[.!?:]*[\s"'”’)]*""",
    regex.I | regex.X,
)
# A sentence that says the commenter cannot translate, to the asker ("I don't know, sorry.", "No
# idea either.", "Not sure what it means.", "can't help with that one."), or will not ("it's personal, sorry guys.", "I'd rather not, sorry."):
# neither it nor the English after it answers, unless that English says it is a translation ("Not sure, but I think it says: ...").
# A refusal told as a warning, after laughter or not ("haha you don't want to know", "trust me, you don't wanna know"):
# the author keeps the meaning to themselves, and English run on after it ("... know The police ...") is no answer.
_REFUSED = r"""(?:(?:ha(?:ha)+|lo+l|lmf?a+o+|he(?:he)+)[\s,!]+)?(?:trust\s+me[\s,]+)?(?:you|u)\s+(?:really\s+|honestly\s+)?(?:don'?t|dont|do\s+not)
    \s+(?:want\s+to|wanna)\s+know(?:[\s,]+(?:trust\s+me|lol|haha|honestly))*"""
_NOT_KNOWN = rf"""(?:(?:sorry[\s,]+)?(?:i\s+(?:don'?t|do\s+not|dunno)\s+know|no\s+idea|not\s+sure|i'?m\s+not\s+sure|i\s+have\s+no\s+idea|dunno
      |(?:it'?s|that'?s|this\s+is)\s+(?:personal|private)|i'?d\s+rather\s+not)
    (?:[\s,]*(?:sorry|either|too|myself|lol|haha|mate|man|bro|honestly|guys|all|folks|what\s+(?:it|this|that)\s+(?:says|means|is))\b)+
    |(?:i\s+)?(?:can'?t|cannot|can\s+not)\s+help(?:\s+you)?\s+with\s+(?:that|this)\s+one(?:[\s,]+(?:sorry|either|mate|man|bro|lol|haha))*
    |{_REFUSED})"""
_NON_ANSWER = regex.compile(rf"""[\s"'“‘(]*{_NOT_KNOWN}[\s,]*[.!?]*[\s"'”’)]*""", regex.I | regex.X)
# A reader who only follows the thread, after not knowing or not ("I don't know, I'm just here for the comments.", "no idea,
# just here for the replies lol", "Only here for the drama."): a sentence of its own that answers nothing (:func:`_remark`).
_LURKING = regex.compile(
    r"""[\s"'“‘(]*(?:(?:sorry[\s,]+)?(?:i\s+(?:don'?t|do\s+not)\s+know|no\s+idea|not\s+sure|dunno|idk|no\s+clue)[\s,;.!-]+)?
    (?:i'?m\s+|im\s+|i\s+am\s+)?(?:just|only)\s+here\s+for\s+the\s+(?:comments|replies|answers|thread|memes|drama|vibes|jokes)
    (?:[\s,]+(?:lol|haha|lmao|tbh|honestly|sorry))*[\s,]*[.!?…]*[\s"'”’)]*""",
    regex.I | regex.X,
)
_NON_ANSWER_BEFORE = regex.compile(rf"""(?:^|[.!?…\n])[\s"'“‘(]*{_NOT_KNOWN}[\s,]*(?:[.!?…]|\n|[ \t]+(?=(?-i:\p{{Lu}})))""", regex.I | regex.X)
# A sentence saying the commenter cannot give the meaning, whatever they could do with the Arabic before it ("sorry,
# I can read the script but I don't know what it means.", "that's how it sounds, the meaning I can't help with.",
# "no clue what it says"): a first person who cannot know, tell, say, translate or help with the meaning as its object
# (before or after it), after at most a short clause ending in a comma, a semicolon or "but". A sentence that only says "I can't
# help you" is a translation's as often: the meaning must be named.
_CANNOT = r"(?:can'?t|cannot|can\s+not|couldn'?t|could\s+not|don'?t|do\s+not|won'?t)"
_MEANING_OBJECT = r"(?:what\s+(?:it|this|that|the\s+[\p{L}'’]+)\s+(?:says|means|meant|is\s+saying)|(?:the|its)\s+meaning|(?:the|a)\s+translation)"
_NO_MEANING = regex.compile(
    rf"""[\s"'“‘(—–-]*(?:(?:sorry|but|ok(?:ay)?|well|unfortunately|honestly|tbh)[\s,]+)*
    (?:(?:[\p{{L}}'’]+[ \t]+){{0,7}}?[\p{{L}}'’]+(?:[ \t]*[,;][ \t]*(?:but[ \t]+)?|[ \t]+but[ \t]+))?(?:(?:sorry|but|ok(?:ay)?|well|unfortunately|honestly|tbh)[\s,]+)*
    (?:(?:i|we)\s+{_CANNOT}\s+(?:really\s+)?(?:know|tell(?:\s+you)?|say|translate|understand|get|help(?:\s+you)?\s+with)\s+{_MEANING_OBJECT}
     | {_MEANING_OBJECT}[\s,]+(?:i|we)\s+{_CANNOT}\s+(?:really\s+)?(?:help(?:\s+you)?\s+with|know|tell\s+you|say)
     | (?:no\s+(?:clue|idea)|not\s+sure)\s+(?:about\s+)?{_MEANING_OBJECT})
    (?:[\s,]+(?:sorry|though|tho|unfortunately|honestly|tbh|lol|haha))*[\s,]*[.!?…]*[\s"'”’)]*""",
    regex.I | regex.X,
)
_NO_MEANING_LONG = 120  # characters: such a sentence is no longer
# A word every remark or non-answer has, in lower case (looked for before the patterns above).
_REMARK_HINT = re.compile(r"sa[iy]| one|s[iauo]ng|recit|quot|took|text|sent|post|messag|shar|forward|dm|tweet|translat|proverb|expression|idiom|prayer|du'?a|verse|poem|lyric|\?|know|idea|sure|dunno|mean|help|clue|personal|private|rather|comments|replies|answers|thread|memes|drama|vibes|jokes")
_SHORT = 64  # characters: a remark or a non-answer is no longer (longer sentences are not looked at)
_NEAR = 200  # characters before a segment searched for a non-answer
_ENDED = regex.compile(r"(?:[.!?…]+[\"'”’)\]]*|\n)\s*$")  # a sentence ended before this point
_MEANING = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_MEANING_WORDS})(?![\p{{L}}\p{{N}}])", regex.I)  # "__Translation__:" too
_OPEN = "\"'“‘«([-–—:=*_"  # what may open a translation (Markdown emphasis "*", "_" included)
_CLOSE = "\"'”’»)]*_"
_QUOTE_BLOCK = ">"  # a Markdown quote block's mark, passed before a translation (no marker: it may quote anyone)
# Markdown's code marks: a quote block's ">", inline code's "`" and a code block's fences ("```",
# "~~~", with the block's language after the opening one: "```text"), passed around a translation
# (no marker: code may hold anyone's words).
_CODE = _QUOTE_BLOCK + "`~"
_FENCES = ("```", "~~~")
_FENCE = regex.compile(r"(?:`{3,}|~{3,})[\w+#.-]*[ \t]*(?:\n|$)")
# A list's number opening a line ("1. ", "2) ", "(1) " or "[1] " past its bracket, "1/ ", "1- ", "#1 "): no word of
# a translation given line by line (a number of the text itself is followed by no such mark).
_LIST_NUMBER = regex.compile(r"(?:[0-9]{1,2}[.)/\-\]]|#[0-9]{1,2})[ \t]+")
# A mark opening a line that is no word of what follows it: a Markdown footnote's definition ("[^1]: ...", "[^note]: ...";
# GitHub, Reddit's new editor, Obsidian), keying the line to the "[^1]" written after a word above, and Discord's
# subtext mark ("-# for the non-arabic speakers: ..."), the line printed small, often the aside a reply adds under its
# reaction.
_LINE_MARK = regex.compile(r"\[\^[\w-]{1,20}\]:[ \t]*|-#[ \t]+")


def _line_mark(text: str, pos: int, end: int) -> int:
    """Where the words begin past a footnote's or a subtext's mark opening the line at ``pos`` (:data:`_LINE_MARK`),
    English following it; ``pos`` when none opens there."""
    found = _LINE_MARK.match(text, pos, end) if text.startswith(("[^", "-#"), pos) and _line_opens(text, pos) else None
    return found.end() if found is not None and _LATIN.search(text, found.end(), end) else pos


# A video's moment opening a line, as YouTube comments and chapter lists key a line to it: "5:02 → ...", "0:35 - ...",
# "[1:23:45] ...", "12:40 He ..." (a mark after it, a bracket closing it or a capital after it; not "5:30 pm", nor a chat
# row's "12:03 name: ..."): no word of a translation.
_VIDEO_TIME = regex.compile(
    r"""(?P<time>\d{1,2}(?::\d{2}){1,2})(?:\][ \t]*|\)[ \t]*|[ \t]*(?:[~=>|\-–—→]+|:(?!\d))[ \t]+|[ \t]+(?=\p{Lu}(?![Mm]\b|\.[Mm]))(?![^\n:]{0,40}:[ \t]))"""
)


def video_time(text: str, pos: int) -> str | None:
    """The video's moment (:data:`_VIDEO_TIME`) the line at ``pos`` opens with ("5:02", "@sam 5:02 - ..." past the names
    a reply addresses), or None."""
    while text[pos : pos + 1] in (" ", "\t", "[", "("):
        pos += 1
    names = _ADDRESS.match(text, pos) if text.startswith(_ADDRESS_FIRST, pos) else None
    pos = pos if names is None else names.end()
    found = _VIDEO_TIME.match(text, pos) if text[pos : pos + 1].isdigit() else None
    return None if found is None else found["time"]


def _opens_past_names(text: str, pos: int) -> bool:
    """Only spaces, opening brackets and the names a reply addresses ("@sam ") stand before ``pos`` on its line."""
    line = text.rfind("\n", 0, pos) + 1
    while text[line : line + 1] in (" ", "\t", "[", "("):
        line += 1
    return line == pos or text.startswith(_ADDRESS_FIRST, line) and _ADDRESS.fullmatch(text, line, pos) is not None


_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_ARABIC_WORD = regex.compile(r"\p{Arabic}+")
_CELL_WORDS = 3  # Arabic words of a table's cell, at the least, for the English cell after it to be its translation


# A Markdown table's delimiter row, its outer pipes optional ("|---|:--|", "--- | ---", ":-|:-").
_TABLE_RULE = regex.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
_TABLE_LINES = 20  # lines of a table read up from a row for its delimiter row, when the row has no outer pipe


def _table_row(text: str, pos: int) -> bool:
    """``pos`` is on a line of a Markdown table ("| ... | ... |", or "... | ..." under a delimiter row "--- | ---", GitHub's
    and Reddit's tables without outer pipes): the pipes part its cells, no word of any."""
    line = text.rfind("\n", 0, pos) + 1
    while text[line : line + 1] in (" ", "\t"):
        line += 1
    if text[line : line + 1] == "|":
        return True
    for _ in range(_TABLE_LINES):  # up the table's rows (each with a pipe) to its delimiter row
        if line == 0:
            return False
        above = text.rfind("\n", 0, line - 1) + 1
        if "|" not in text[above : line - 1]:
            return False
        if _TABLE_RULE.fullmatch(text, above, line - 1) is not None:
            return True
        line = above
    return False


def _table_cell(text: str, start: int) -> bool:
    """The English at ``start`` is a cell of a Markdown table's row ("| <Arabic> | <English> |", under "| Arabic | English
    |"), right after a cell holding an Arabic sentence (:data:`_CELL_WORDS` words at least; a word glossed cell by cell is
    a mention) on the same row: the row lines the two up, as a translation's label would."""
    while text[start : start + 1] in (" ", "\t", "|"):
        start += 1
    if not _table_row(text, start):
        return False
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start].rstrip(" \t")
    if not before.endswith("|"):
        return False
    cell = before[before.rfind("|", 0, len(before) - 1) + 1 : -1]  # (from the line's start in a row without outer pipes)
    return len(_ARABIC_WORD.findall(cell)) >= _CELL_WORDS


def _line_opens(text: str, pos: int) -> bool:
    """Only spaces and opening brackets stand before ``pos`` on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip(" \t([")


_INLINE_ITEM = regex.compile(r"([1-9])([.)])[ \t]+(?=\p{Latin})")  # "1) ", "2. " before a word: an item of a list run into a line


def inline_item(text: str, pos: int) -> int:
    """The number of the list item that opens at ``pos`` inside its line, in a run of items on one line ("my captions:
    1) Knowing is ... 2) He left ..."): item 1 when item 2 follows on its line with the same mark, item k > 1 when item
    k - 1 stands before it on its line after a space or a colon; 0 when none opens there (a line's own number is
    :data:`_LIST_NUMBER`'s)."""
    found = _INLINE_ITEM.match(text, pos)
    if found is None:
        return 0
    k, mark = int(found[1]), found[2]
    line_start, line_end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if k == 1:
        return k if regex.search(rf"(?<=[\s:])2{regex.escape(mark)}[ \t]+\p{{Latin}}", text[found.end() : line_end]) else 0
    before = text[line_start:pos]
    return k if regex.search(rf"(?:^|(?<=[\s:])){k - 1}{regex.escape(mark)}[ \t]+\p{{Latin}}", before) else 0


# A wiki template's marks before a translation's first word: the "}}" closing the Arabic's ("{{lang|ar|...}}") and the
# opening of the English's with its name and parameter ("{{en|1=", "{{Translation|text="), on Wikipedia, Wikimedia
# Commons, Wiktionary and other MediaWiki sites. No word of the translation.
_TEMPLATE_OPEN = regex.compile(r"(?:\}\}[.,;:]?|\{\{[\w \-]{1,40}\|(?:[\w\-]{1,20}=)?)\s*")
# A LaTeX command opening the group that holds a translation ("\footnote{", "\textenglish{", "\emph{"), after the braces
# closing the Arabic's ("\textarabic{...}"): a typesetter's markup, no word of the translation.
_COMMAND_OPEN = regex.compile(r"\}*\\[A-Za-z]+\*?(?:\[[^\]\n]{0,40}\])?\{\s*")
# A Jira or Confluence macro around a translation ("{quote}...{quote}", "{noformat}", "{panel:title=EN}"): a tracker's
# markup, no word of the translation.
_MACRO = regex.compile(r"\{[a-z]{2,12}(?::[^{}\n]{0,60})?\}\s*")
# HTML and XML tags before a translation's first word: a translation memory's "</seg></tuv>\n<tuv xml:lang="en"><seg>", a
# page's "<p>", "<br/>", and a tag whose attribute holds the English ("<q lang="ar" title="...">", a tooltip or alt text:
# its opening up to the attribute's quote). No word of the translation, whoever wrote the markup.
_ATTRIBUTES = r"""(?:\s+[\w:.\-]+(?:\s*=\s*(?:"[^"\n<>]*"|'[^'\n<>]*'|[^\s"'<>=]+))?)*"""
_TAG = regex.compile(rf"</?[A-Za-z][\w:.\-]*{_ATTRIBUTES}\s*/?>\s*")
# An element that titles what follows, alone on its line with a few words ("<summary>Translation</summary>" of a
# collapsed block, "<h3>English</h3>", a caption, a legend), passed whole.
_TITLE_ELEMENT = regex.compile(rf"<(?P<name>summary|h[1-6]|caption|legend|figcaption|dt|th){_ATTRIBUTES}\s*>[^<>\n]{{0,40}}</(?P=name)\s*>[ \t]*(?:\n\s*|$)")
_TAG_VALUE = regex.compile(rf"""<[A-Za-z][\w:.\-]*{_ATTRIBUTES}\s+[\w:.\-]+\s*=\s*["']""")


def _tag_open(text: str, pos: int, end: int) -> int:
    """Where the words at ``pos`` begin after an HTML or XML tag there (:data:`_TAG`) or a title alone on its line
    (:data:`_TITLE_ELEMENT`, also when ``pos`` is inside its words: the clauses were cut at its tag; a title with no
    English after it is left whole), or inside its last
    attribute's value when the whole tag leaves no Latin word before ``end`` (the English is the value: "<q title="...">");
    ``pos`` if none."""
    if not text.startswith("<", pos):
        line = text.rfind("\n", 0, pos) + 1
        title = _TITLE_ELEMENT.match(text, line, end) if text.startswith("<", line) else None
        return title.end() if title is not None and title.end() > pos and _LATIN.search(text, title.end(), end) else pos
    title = _TITLE_ELEMENT.match(text, pos, end)
    if title is not None:  # a title alone (a segment of its own) is left whole
        return title.end() if _LATIN.search(text, title.end(), end) else pos
    for pattern in (_TAG, _TAG_VALUE):
        found = pattern.match(text, pos, end)
        if found is not None and _LATIN.search(text, found.end(), end):
            return found.end()
    return pos


_FENCE_ONLY = regex.compile(r"\s*(?:`{3,}|~{3,})[\w+#.-]*\s*")
# Emoji and list bullets around a translation ("😂😂 ...", "... 🙏🏼", "• ..."): no word of it, so a span
# neither starts nor ends with them (ASCII characters are none of them: looked at only above 127).
_DECORATION = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\uFE0E\uFE0F\u200D\u20E3•·▪◦‣●]")
_DASHES = "-–—"


def _decoration(ch: str) -> bool:
    """``ch`` is an emoji (or a part of one) or a list bullet (:data:`_DECORATION`)."""
    return ord(ch) > 127 and _DECORATION.match(ch) is not None


# Punctuation that closes what stands before a segment (the Arabic's own `".` or `).`, when the
# passage ends before it): no translation starts with it.
_LEFT_OVER = ".,;!?؟…،؛\"'”’»)]"
# A number that ends the Arabic and was left out of its passage, with the punctuation closing it
# ("<Arabic> 254%.", meaning "..."): passed only when a lead-in follows it.
_NUMBER_LEFT = regex.compile(r"[0-9٠-٩][0-9٠-٩.,\-–]*%?[.,;!?؟…،؛\"'”’»)\]]+[ \t]*")


# What is said after a translation about it rather than in it: doubt ("I think?", "(not 100% sure)",
# "Don't quote me on that.", ", or something like that.") and the tool it came from ("(DeepL)",
# "Source: Google Translate", " - Google Translate"). A segment that is only such a note, after
# English, is no translation segment; at the end of one, after a dash, an ellipsis or in brackets
# (after a comma too for the unambiguous ones), it is left out of the span.
_TOOL = r"(?:google(?:\s+translate)?|deepl|bing(?:\s+translator)?|yandex|chat\s?gpt|machine[\s-]+translat\p{L}*|auto[\s-]?translat\p{L}*)"
_HEDGE = r"""(?:(?:but\s+)?(?:i'?m\s+)?not\s+(?:(?:100|a\s+hundred)\s*(?:%|percent)\s+|completely\s+|totally\s+|entirely\s+|really\s+|quite\s+)?sure
      (?:\s+(?:though|tho|about\s+(?:that|this|it|the\s+\p{L}+)))?
    |don'?t\s+quote\s+me(?:\s+on\s+(?:that|this|it))?|correct\s+me\s+if\s+i'?m\s+wrong|if\s+i\s+(?:remember|recall)\s+(?:right|rightly|correctly)
    |if\s+i'?m\s+not\s+mistaken|iirc|afaik|(?:or\s+)?something\s+(?:like\s+(?:that|this)|along\s+those\s+lines)
    |not\s+(?:a\s+)?(?:literal|exact|perfect)(?:\s+translation)?
    |translation\s+(?:isn'?t|is\s+not|not|may\s+not\s+be|might\s+not\s+be|won'?t\s+be)\s+(?:(?:100|a\s+hundred)\s*(?:%|percent)|perfect|exact|great|accurate|literal|the\s+best)|take\s+(?:it|this|that)\s+with\s+a\s+(?:grain|pinch)\s+of\s+salt)"""
_WEAK_HEDGE = r"(?:i\s+think|i\s+believe|i\s+guess|probably|maybe|roughly|more\s+or\s+less|approximately|loosely|(?:rough|loose|quick)(?:\s+translation)?)"
_CREDIT = rf"""(?:(?:(?:via|per|from|by|source\s*:|courtesy\s+of|thanks\s+to|according\s+to|(?:machine\s+)?translated\s+(?:by|with|using))\s+)?
    (?:the\s+)?{_TOOL}(?:'s\s+version|\s+version)?|machine\s+translated)"""
# The writer's own: "(my translation)", "- my own translation, so not perfect" (where the
# translation comes from, as a tool's name says; the doubt after it makes the pair uncertain).
_OWN = rf"""(?:my\s+(?:own\s+)?(?:(?:rough|quick|literal|loose|bad|poor|amateur|best)\s+)?(?:translation|attempt)
    (?:[\s,;]+(?:so\s+|but\s+|and\s+)?(?:it'?s\s+)?{_HEDGE})?)"""
# What the English is, said after it by the writer of a passage above: "^ that's my post above in
# English", "(that's what my first comment says)", "— that's my comment translated".
_SELF = r"""(?:(?:what\s+)?my\s+(?:first\s+|original\s+|earlier\s+|own\s+)?(?:post|comment)(?:\s+(?:above|up\s+there))?
    (?:\s+(?:says|said|means|in\s+english)|,?\s+translated(?:\s+(?:to|into)\s+english)?)?)"""
# That the rest of the Arabic is left untranslated: "(no idea about the rest)", "... can't make out the
# second sentence.": the English before it translates a part.
_REST = r"""(?:(?:but\s+)?(?:(?:i\s+)?(?:have\s+)?no\s+idea|(?:i'?m\s+)?not\s+sure|(?:i\s+)?can'?t\s+(?:make\s+out|read|get|do|translate|understand)
      |(?:i\s+)?don'?t\s+(?:get|know|understand))
    \s+(?:about\s+|of\s+)?(?:the\s+)?(?:rest(?:\s+of\s+it)?|(?:second|last|other)\s+(?:sentence|half|part|bit|line|one)))"""
# How the English was typed, said to excuse its slips ("sorry using voice to text", "voice typed sorry", "(dictated, sorry
# for typos)", "typed on my phone"): the writer's own words, as dictation or a phone gives them.
_SORRY = r"(?:sorry(?:\s+(?:for|about)\s+(?:the\s+|any\s+)?(?:typos?|errors|mistakes))?)"
_TYPED_HOW = r"""(?:(?:(?:using|used|via|with|by|on)\s+)?(?:voice|speech)[\s\-]*(?:to[\s\-]*text|typ(?:ed|ing)|dictat(?:ed|ion)|input)
    |(?:typed|written|done)\s+(?:by|with|using|via)\s+(?:voice|speech|dictation)|dictated|typos?
    |(?:typed\s+|sent\s+)?(?:on|from)\s+(?:my\s+|a\s+)?(?:mobile|phone))"""
_TYPED = rf"(?:(?:{_SORRY}[\s,;]+)?{_TYPED_HOW}(?:[\s,;]+(?:{_SORRY}|{_TYPED_HOW}))*)"
_ABOUT = rf"(?:{_REST}|{_HEDGE}|{_WEAK_HEDGE}|{_CREDIT}|{_OWN}|{_SELF}|{_TYPED})"  # every note said about a translation
_AFTER_NOTE = r"(?:[\s,]+(?:though|tho|lol|haha|anyway|sorry))?[\s,]*[.!?…]*"
# The writer disclaiming their Arabic or inviting correction ("not a native speaker", "my Arabic is rusty", "I could be
# wrong", "correct me", "grain of salt", "open to corrections"): said of a translation only, never in one, so such a
# remark may carry a few words of its own before it ("Someone correct me if I'm wrong.", "(not a native speaker, so take
# it with a grain of salt)", "Native speakers, feel free to correct me"): a closing remark whose words end on it.
_DISCLAIMER = r"""(?:(?:i'?m\s+|i\s+am\s+)?(?:not\s+(?:a\s+)?native(?:\s+speaker)?|(?:a\s+)?non[\s-]?native(?:\s+speaker)?|still\s+learning(?:\s+arabic)?
    |(?:only|just)\s+an?\s+(?:arabic\s+)?(?:beginner|learner)|an?\s+arabic\s+(?:beginner|learner|student))
    |my\s+arabic\s+(?:is\s+|'s\s+|isn'?t\s+)(?:(?:a\s+bit\s+|pretty\s+|very\s+|super\s+|kinda\s+|so\s+)?(?:rusty|basic|weak|bad|limited|meh)|not\s+(?:great|perfect|the\s+best)|great|perfect|the\s+best)
    |i\s+(?:could|might|may)\s+(?:well\s+|totally\s+)?be\s+(?:wrong|mistaken)
    |correct\s+me(?:\s+if\s+(?:i'?m|i\s+am)\s+wrong)?|(?:i'?m\s+)?open\s+to\s+corrections?|(?:chime|jump)\s+in
    |(?:take\s+(?:it|this|that|mine)\s+)?with\s+a\s+(?:grain|pinch)\s+of\s+salt|don'?t\s+quote\s+me(?:\s+on\s+(?:that|this|it))?
    |if\s+i'?m\s+not\s+mistaken|iirc|afaik|as\s+far\s+as\s+i\s+(?:know|can\s+tell)|give\s+or\s+take|no\s+guarantees|(?:that'?s\s+)?my\s+best\s+guess)"""
_DISCLAIMED = rf"""(?:(?:[\p{{L}}'’]+[\s,;]+){{0,5}}?{_DISCLAIMER}(?:[\s,;]+(?:(?:so|but|and)[\s,]+)?(?:[\p{{L}}'’]+[\s,;]+){{0,3}}?{_DISCLAIMER})?)"""
_NOTE = regex.compile(
    rf"""[\s(\[^\-–—.…]*(?:(?:that'?s\s+)?{_ABOUT}|{_DISCLAIMED}){_AFTER_NOTE}[\s)\]]*[.!?…]*\s*""", regex.I | regex.X
)
_NOTE_TAIL = regex.compile(
    rf"""(?:(?:\s*(?:\.\.\.|…)|\s+[-–—])\s*(?:that'?s\s+)?{_ABOUT}{_AFTER_NOTE}
    | \s*[(\[]\s*(?:(?:that'?s\s+)?{_ABOUT}|{_DISCLAIMED}){_AFTER_NOTE}\s*[)\]]
    | \s*[,;]\s*(?:{_HEDGE}|{_CREDIT}|{_OWN}){_AFTER_NOTE}
    | \s+(?=(?-i:\p{{Lu}})){_HEDGE}{_AFTER_NOTE})[\s.!?…]*$""",
    regex.I | regex.X,
)
_NOTE_REACH = 80  # characters at the end of a segment searched for a note
# A word every note has, in lower case (looked for before the patterns: tight() and introduces()
# run for every segment of every comment), and one every credit has.
_NOTE_HINT = re.compile(
    r"sure|quote me|wrong|rememb|recall|mistaken|iirc|afaik|something|those lines|literal|exact|perfect|salt|i think"
    r"|i believe|i guess|probabl|maybe|rough|or less|approx|loose|google|deepl|bing|yandex|gpt|machine|auto"
    r"|translat|attempt|post|comment|idea|make out|n'?t (?:get|read|translate|understand|know|do)|voice|speech|dictat|typo|phone"
    r"|native|learn|beginner|arabic|be wrong|correct|chime|jump|far as i|give or take|guarantee|guess"
)
_CREDIT_HINT = re.compile(r"google|deepl|bing|yandex|gpt|machine|auto|translat|attempt|version|post|comment")
_HINT_REACH = 40  # characters at the end of a segment where a note's word is looked for
# A note right after English that names the tool it came from ("(DeepL)", "\n\nSource: Google
# Translate", " - Google Translate") or says it is the writer's ("(my translation)", "^ that's my post
# above in English"), closing its line: what it follows is a translation.
_CREDITED = regex.compile(
    rf"""[\s.!?…,;:\-–—(\[^]*(?:that'?s\s+)?(?:{_CREDIT}|{_OWN}|{_SELF}){_AFTER_NOTE}[\s)\]]*[.!?…]*[ \t]*(?:\n|$)""", regex.I | regex.X
)


#: An Arabic text that opens with a heading: a few words, then a colon ("العمر: ...").
HEADING = regex.compile(r"\s*[^\s:]{1,30}(?:[ \t][^\s:]{1,30}){0,3}[ \t]?[:：][ \t]")


# A word every request has (looked for before the pattern: pairing asks this of most replies;
# ignoring case, "ſ" and "İ" match "s" and "i" here as in _REQUEST).
_REQUEST_HINT = re.compile(r"translat|mean|sa(?:y|id)|eng|arabic", re.I)
# "tr pls", "TL please": a request without a hint's word, looked for only where "pls", "plz", "lease" or
# "PL" is (an alternative more in _REQUEST_HINT made that search, run for nearly every comment, 1.7 times as slow).
_ABBREVIATED = re.compile(r"\bt[rl]\s+(?:please|pls|plz)\b", re.I)


def is_request(text: str) -> bool:
    """True when ``text`` asks for a translation ("please translate", "what does it mean?"), in English or,
    when it is short, in any words (:func:`_asks_briefly`)."""
    if _REQUEST_HINT.search(text) is not None and _REQUEST.search(text.replace("’", "'")) is not None:
        return True
    if ("pls" in text or "plz" in text or "lease" in text or "PL" in text) and _ABBREVIATED.search(text) is not None:
        return True
    if len(text) > _BRIEF_CHARS:
        return False
    if _REQUEST_HEADING.fullmatch(text) is not None:
        return True
    return ("?" in text or _BRIEF_HINT.search(text) is not None) and _asks_briefly(text) or _calls_knower(text)


# A post's heading that names itself a translation request ("Translation request:", "[AR>EN] Translation request",
# r/translator's and forums' way) over its Arabic: the post asks what its Arabic says.
_REQUEST_HEADING = regex.compile(r"""\s*(?:\[[^\[\]\n]{1,20}\][ \t]*)?(?:translation|translate)[ \t]+request[ \t]*[:.!]?\s*""", regex.I)


# A short comment that only calls on a reader who knows ("Someone here must know.", "Surely somebody here knows",
# "anyone here know?", "Someone out there will know this"): under Arabic, it asks what the Arabic says. A place or a
# modal must say whom it calls ("Anyone know?" alone asks of anything; "Anyone know the song at 2:31?" asks of a song).
_KNOWER = regex.compile(
    r"""[\s@]*(?:(?P<surely>surely|please|pls)[ \t,]+)?(?:some(?:one|body)|any(?:one|body))
    (?P<place>[ \t]+(?:who[ \t]+(?:speaks|reads)[ \t]+arabic|(?:in|on)[ \t]+here|here|out[ \t]+there|in[ \t]+this[ \t]+(?:sub|group|thread)))?
    (?P<modal>[ \t]+(?:must|should|has[ \t]+to|will|would|surely|probably|might|gotta))?[ \t]+knows?
    (?:[ \t]+(?:this|that|it))?[ \t]*[?.!…]*[ \t]*(?:\p{So}|[:;]-?[)D])*\s*""",
    regex.I | regex.X,
)


def _calls_knower(text: str) -> bool:
    """``text`` only calls on a reader who knows what it answers says (:data:`_KNOWER`), saying where or how surely."""
    if "now" not in text.lower():  # "know" or "knows", cheaply, before the pattern (which ignores case: "SOMEONE MUST KNOW")
        return False
    found = _KNOWER.fullmatch(text)
    return found is not None and any(found.group(name) is not None for name in ("surely", "place", "modal"))


# A short comment asks for a translation in any language when it names translating or meaning in another
# language ("traduction svp", "çeviri lütfen", "übersetzung?", "cosa vuol dire?") or asks to explain it, asks
# "what?" of what it answers ("ya3ni what? 😂", "what's this"), or is a question of two words or more, most of
# them no English ones.
_BRIEF_CHARS = 60
_BRIEF_WORDS = 6
_TRANSLATE_ANY = regex.compile(
    r"(?i)\b(?:tradu\p{L}*|traduz\p{L}*|übersetz\p{L}*|uebersetz\p{L}*|çevir\p{L}*|cevir\p{L}*|tercüme\p{L}*|vertaal\p{L}*|"
    r"explain\p{L}*|overs[æa]e?t\p{L}*|przetłumacz\p{L}*|tłumacz\p{L}*|перев\p{L}*|terjemah\p{L}*|dire|significa\p{L}*|signifie|bedeutet|heißt|betekent)\b"
    r"|翻[译訳譯]|번역"
)
# What a short request without "?" holds (looked for first: most short comments are none): a word of :data:`_TRANSLATE_ANY` or "what".
_BRIEF_HINT = re.compile(r"(?i)tradu|übers|uebers|[çc]evir|terc|vertaal|explain|overs|tłum|перев|terjem|dire|signif|bedeut|heißt|beteken|what|翻|번역")
_WHAT_ALONE = regex.compile(r"(?i)\bwhat(?:'s|’s|\s+is)?(?:\s+(?:this|that|it))?\s*\??$")
_NOT_WORDS = regex.compile(r"[^\p{L}\p{N}'’?\s]+")  # emoji, punctuation: left out when the words are read
_BRIEF_WORD = regex.compile(r"[\p{L}'’]+")


def _asks_briefly(text: str) -> bool:
    """``text`` is at most :data:`_BRIEF_WORDS` words asking for a translation by its form, in any language."""
    plain = _NOT_WORDS.sub(" ", text).strip()
    words = _BRIEF_WORD.findall(plain)
    if not words or len(words) > _BRIEF_WORDS:
        return False
    if _TRANSLATE_ANY.search(plain) is not None or _WHAT_ALONE.search(plain) is not None:
        return True
    if not plain.endswith("?"):
        return False
    known = lexicon().background  # the English words the table was learnt from: what English is
    return len(words) > 1 and 2 * sum(w.lower() in known for w in words) < len(words)


# English that is no English: a reply "in French" or "en español" ("Es una frase muy bonita, gracias por compartir.")
# is written in Latin letters, so it is a candidate, but most of its words are none the word table knows (English
# words, names and technical terms included: a medical list in English still knows more than a quarter of its words).
_FOREIGN_WORDS = 4  # a text of fewer words is not judged (a name, "Boys will be boys.")
_FOREIGN_SHARE = 4  # it is foreign when fewer than one word in this many is an English one


# Not cached: each text a new slice of a candidate's English, 3-10 % of hits.
def foreign(text: str) -> bool:
    """``text`` is written in another language than English in Latin letters (Spanish, French, German, Italian...): of its
    :data:`_FOREIGN_WORDS` words or more, fewer than one in :data:`_FOREIGN_SHARE` is an English word the table knows."""
    words = english_tokens(text)
    if len(words) < _FOREIGN_WORDS:
        return False
    known = lexicon().background
    return _FOREIGN_SHARE * sum(w in known for w in words) < len(words)


# A short comment that only announces a translation given in the next one: it ends in a colon
# ("Translation:", "For the non-Arabic speakers:") or names a translation, alone or with where it
# is ("(translation)", "English below 👇", "Translation in the reply", "Translated ↓"), or to whom
# ("Translation for those asking"). Or a post's heading saying it is written in both languages ("Bilingual post
# today:", "Sharing this in both languages for my network.", "(EN/AR)", "In English and Arabic:"): what it holds
# in English says what its Arabic says.
_BILINGUAL = r"""(?:(?:a|my|our|this|today'?s)\s+)?bilingual\s+(?:post|update|version|caption|note|message|thread|edition|announcement)
    | (?:(?:(?:i'?m|we'?re)\s+)?(?:sharing|posting|writing|putting)\s+(?:this|it|today)?\s*)?in\s+(?:both|two)\s+languages
    | (?:in\s+)?(?:english|eng|en)\s*(?:and|&|\+|/|\|)\s*(?:arabic|ar|عربي|العربية)
    | (?:in\s+)?(?:arabic|ar|عربي|العربية)\s*(?:and|&|\+|/|\|)\s*(?:english|eng|en)"""
_ANNOUNCES = regex.compile(
    r"""[\s(\[*_]*(?:(?:here'?s\s+|here\s+is\s+)?(?:(?:my|the|a|an|our)\s+)?(?:(?:rough|quick|literal|english)\s+)?
    (?:translation|translated|english(?:\s+version)?|eng\s+version|in\s+english)
    (?:\s+for\s+(?:those|the|anyone|everyone|everybody|people|you|non)\b[\p{L}'’ -]{0,40}?)?
    (?:\s+(?:is\s+)?(?:below|underneath|down\s+below|in\s+(?:the|a|my)\s+(?:reply|replies|comments?|thread)(?:\s+below)?))?
    [\s)\]*_.!]*(?:[↓⬇👇]\W*)*
    | (?P<bilingual>"""
    + _BILINGUAL
    + r""")(?:\s+(?:today|below|this\s+time|for\s+(?:my|our|the)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?))*[\s)\]*_.!:]*)""",
    regex.I | regex.X,
)
_HEADING_REACH = 80  # characters: an announcement is no longer


def heading(text: str) -> bool:
    """``text`` (a whole comment) only announces a translation given after it (:data:`_ANNOUNCES`,
    or a line of a few words ending in a colon): the comment that answers it is introduced as one."""
    core = text.strip()
    while core and _decoration(core[-1]):
        core = core[:-1].rstrip()
    if not core or len(core) > _HEADING_REACH or "\n" in core or not _LATIN.search(core) or is_request(core):
        return False
    if core[-1] in ":=":
        return _SENTENCE_BREAK.search(core) is None  # a phrase, not a sentence then a label
    found = _ANNOUNCES.fullmatch(core)
    return found is not None and found["bilingual"] is None  # a bilingual post's heading announces its own English, none of another comment


# What a comment says, before its first Arabic line, of the English lines it puts under each Arabic one: that they
# translate them ("I'll put the English right under each line:", "my rendering under each line", "Line-by-line
# translation:", "each sentence translated below it") or that they are the writer's own notes ("my notes under each
# line:", "thoughts per line:", "My reactions line by line"). Both kinds of word ("translation notes per line"): neither.
_PER_LINE = regex.compile(
    r"""(?:under|below|beneath|underneath|after|beside|next\s+to|for|on|to|per)\s+(?:each|every|the|its)\s+(?:(?:arabic|original|single)\s+)?(?:line|sentence|verse|one|arabic|original)s?\b
    |\bline[\s-]+by[\s-]+line\b|\bsentence[\s-]+by[\s-]+sentence\b|\b(?:per|each|every)\s+(?:line|sentence)\b""",
    regex.I | regex.X,
)
_LINES_TRANSLATED = regex.compile(r"\b(?:english|translat\w*|tl|render\w*|meaning|in\s+english|gloss\w*)\b", regex.I)
_LINES_NOTED = regex.compile(
    r"\b(?:notes?|thoughts?|comments?|commentary|reactions?|remarks?|questions?|opinions?|takes?|feelings?|responses?|replies|reply|answers?|reviews?|ratings?)\b",
    regex.I,
)
_PER_LINE_REACH = 200  # characters: such an announcement is no longer


def per_line(text: str) -> int:
    """What ``text`` (a comment's English before its first Arabic line) says the English under each Arabic line is
    (:data:`_PER_LINE`): 1 its translation, -1 the writer's notes on it, 0 nothing said (or both kinds of word)."""
    core = text.strip()
    if not core or len(core) > _PER_LINE_REACH or _PER_LINE.search(core) is None:
        return 0
    translated, noted = _LINES_TRANSLATED.search(core) is not None, _LINES_NOTED.search(core) is not None
    return int(translated) - int(noted) if translated != noted else 0


# Whom a reply answers, named first as YouTube, X, Disqus and Reddit replies do ("@sarah.k ", "@a @b: ",
# "u/name, "): no word of a translation, passed like an introducing phrase.
_ADDRESS = regex.compile(r"(?:(?:@|/?u/)[\p{L}\p{N}_.\-]{1,50}(?<![.\-])[ \t]*[:,]?[ \t]*)+")
_ADDRESS_FIRST = ("@", "u/", "/u/")
# A reply opening with its addressee's handle written without "@" ("Hana.M, Do you ...", "Tarek88, These ..."):
# a name no plain word is (an underscore, a dot before a letter, digits after letters, words run together in
# CamelCase: "SamirCodes", "NourTranslates"; the first of four letters at least, not a brand's "YouTube", "PayPal"),
# then a comma and a sentence that begins anew with a capital.
_BARE_HANDLE = regex.compile(
    r"(?:\p{L}[\p{L}\p{N}]*(?:[_.][\p{L}\p{N}]+|(?<=\p{L})\p{N}+)+|\p{Lu}\p{Ll}{3,}(?:\p{Lu}\p{Ll}+)+)[ \t]*,[ \t]+(?=\p{Lu})"
)
_ADDRESSEE = regex.compile(r"(?:@|/?u/)([\p{L}\p{N}_.\-]{1,50}(?<![.\-]))")
# The header X (Twitter) and threads copied from it put over a reply ("Replying to @a @b", "Replying to
# @a and 2 others", "In reply to @a"): whom it answers, named before its words like an address.
_REPLYING = regex.compile(
    r"(?:replying|in[ \t]+reply)[ \t]+to[ \t]+(?=@)(?:@[\p{L}\p{N}_.\-]{1,50}(?<![.\-])(?:[ \t]*,|[ \t]+and)?[ \t]*)+"
    r"(?:\d+[ \t]+others?[ \t]*)?(?:[:,.\-–—][ \t]*)?",
    regex.I,
)
_REPLYING_FIRST = ("replying to", "in reply to")


# What a chat export or a forum's markup puts before a message's words: a row's time (a date before
# it) and its writer's name ("[12:03] name: ", "04/06/2024, 07:52 - name: ", "[07:52, 4/6/2024] name: "; a Zoom chat's
# "21:14:03 From name to Everyone:" with the message on the next line, indented by a tab),
# a quote's tag ("[/QUOTE]", "[quote=name]"): no word of a translation, passed like an introducing phrase.
_CHAT_ROW = regex.compile(
    r"""(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?
    (?:,[ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4})?\]?[ \t]*(?:[-–—][ \t]*)?[^\s:\[\]][^:\n\[\]]{0,39}?:(?:[ \t]+|[ \t]*\n\t[ \t]*|[ \t]*$)""",
    regex.X,
)
# Telegram's and Signal's copied rows put the writer's name first, the time after it in brackets ("Aunt Samira (14:49): ",
# "Me [9:02 PM]: "): the same label, name before time.
_NAMED_ROW = regex.compile(
    r"[^\s:\[\]()][^:\n\[\]()]{0,39}?[ \t]*[(\[]\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[)\]][ \t]*:(?:[ \t]+|[ \t]*$)"
)
_MARKUP_TAG = regex.compile(r"/?[A-Za-z]{1,12}(?:=[^\]\n]{0,60})?\][ \t]*")  # past its "[" (an opener)


# A segment whose only letters are a forum tag's, a quote's end left after the Arabic quoted in it ("2020.[/quote]", "!!
# [/QUOTE]"): the words quoted, no English of the writer's.
_TAG_ONLY = regex.compile(r"[^\p{Latin}\n]*\[/?[A-Za-z]{1,12}(?:=[^\]\n]{0,60})?\][^\p{Latin}]*")
# What a forum's software writes under a quote copied as text ("Click to expand...", "Click to shrink...": XenForo's
# fold of a long quote): the quote's end, no word of the writer's.
_QUOTE_FOLD = regex.compile(r"(?i)[ \t]*click[ \t]+to[ \t]+(?:expand|shrink)[ \t]*(?:\.{2,}|…)?[ \t]*")
_DATE_BEFORE = regex.compile(r"[ \t\[]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]*")  # a row's date before its time ("04/06/2024, ")


def _row_opens(text: str, pos: int) -> bool:
    """Only openers or a row's date (:data:`_DATE_BEFORE`) stand before ``pos`` on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip(" \t([") or _DATE_BEFORE.fullmatch(text, line_start, pos) is not None


def chat_row(text: str, pos: int) -> bool:
    """A chat row's label (:data:`_CHAT_ROW`) opens the line at ``pos``: one message of a chat pasted whole."""
    while text[pos : pos + 1] in (" ", "\t", "["):
        pos += 1
    if text[pos : pos + 1].isdigit():
        return _CHAT_ROW.match(text, pos) is not None
    return _NAMED_ROW.match(text, pos) is not None


def _row_label(text: str, pos: int, end: int) -> int:
    """Where a chat row's time and name or a forum's quote tag at ``pos`` ends (:data:`_CHAT_ROW`, :data:`_NAMED_ROW`,
    :data:`_MARKUP_TAG`), ``pos`` when there is none (the row's label opens its line)."""
    if text[pos : pos + 1].isdigit() and _row_opens(text, pos):
        row = _CHAT_ROW.match(text, pos, end)
        if row is not None:
            return row.end()
    elif pos and text[pos - 1] == "[":
        tag = _MARKUP_TAG.match(text, pos, end)
        if tag is not None:
            return tag.end()
    elif (named := _NAMED_ROW.match(text, pos, end)) is not None and _row_opens(text, pos):
        return named.end()
    return pos


def _label_only(text: str, start: int, end: int) -> bool:
    """The segment is only a chat row's label or a quote tag ("[09:12] Priya Nair:", "[/QUOTE]"), no English."""
    pos = start
    while pos < end and text[pos] in "[(":
        pos += 1
    label = _row_label(text, pos, end) if pos < end else pos
    if label == pos and pos < end and text[pos].isdigit():  # a label closing its segment: its colon ends it
        row = _CHAT_ROW.match(text + " ", pos, end + 1) if _row_opens(text, pos) else None
        label = row.end() - 1 if row is not None else pos
    return label > pos and _LATIN.search(text, label, end) is None


def row_message(text: str, start: int) -> bool:
    """Only a chat row's label and marks (no English) stand before ``start`` on its line ("8:38 - Me: ??? english
    please"): the segment at ``start`` is that row's message, cut from a label the "???" left without a word."""
    line = text.rfind("\n", 0, start) + 1
    return line < start and _label_only(text, line, start)


def addressed(text: str) -> list[str]:
    """The names a text opens by addressing ("@a @b: thanks" -> ``["a", "b"]``), without the ``@``."""
    if text[:12].lower().startswith(_REPLYING_FIRST) and (header := _REPLYING.match(text)) is not None:
        return _ADDRESSEE.findall(header.group())
    found = _ADDRESS.match(text) if text.startswith(_ADDRESS_FIRST) else None
    return _ADDRESSEE.findall(found.group()) if found else []


# The header a copied YouTube (or Facebook) comment keeps when its channel pinned it over the others ("📌 Pinned by
# @RetroRepairs"): the platform shows it first whenever it was written.
_PINNED = regex.compile(r"(?:📌\s*)?pinned\s+by\b", regex.I)


def pinned(text: str) -> bool:
    """Whether a comment opens with a platform's "Pinned by" header (:data:`_PINNED`)."""
    return text.startswith(("📌", "Pinned", "pinned")) and _PINNED.match(text) is not None


def mentioned(text: str) -> list[str]:
    """The names a text mentions anywhere with "@" or "u/" ("This comment from @nadine_h ..." -> ``["nadine_h"]``)."""
    return _ADDRESSEE.findall(text)


def _addressed_end(text: str, pos: int, end: int) -> int:
    """Where the names a segment at ``pos`` opens by addressing end ("@a @b ", "Replying to @a\n"), ``pos`` when none."""
    found = _ADDRESS.match(text, pos, end) if text.startswith(_ADDRESS_FIRST, pos) else _replying(text, pos, end)
    return pos if found is None else found.end()


# A greeting before the handle a reply opens with ("hey u/sam ", "hi @dina_k, ", "thanks @omar: "): the address is the same.
_GREETING = regex.compile(r"(?i:hey|hi|hiya|hello|yo|thanks|thx|ty)[ \t]*,?[ \t]+(?=@|/?u/)")
_GREETING_FIRST = frozenset("HhYyTt")


def _greeted(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """The handles after a greeting at ``pos`` (:data:`_GREETING`: "hey u/sam "), or None."""
    greeting = _GREETING.match(text, pos, end)
    return None if greeting is None else _ADDRESS.match(text, greeting.end(), end)


def _replying(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """X's "Replying to @a @b" header at ``pos`` (:data:`_REPLYING`), or None."""
    return _REPLYING.match(text, pos, end) if text[pos : pos + 12].lower().startswith(_REPLYING_FIRST) else None


@lru_cache(maxsize=1024)
def lead_in(text: str, start: int, end: int, *, heading: bool = False) -> int:
    """Where the words at ``start`` begin once opening quotes or brackets, the names a reply addresses
    ("@sarah.k ") and introducing phrases ("Translation:", "(translation: ...", "He says:", "It means")
    are passed: the first word of a translation. ``start`` itself when there are none (or nothing Latin would be left).
    ``heading``: the Arabic opens with a heading of its own ("العمر: ..."), so a phrase before a
    colon that says nothing of meaning ("Age:") is its translation, not an introduction. Kept for
    the last 1,024 calls: pairing asks it of the same segment when it prepares a block, looks for
    a marker and for a partial translation (the comments' texts are alive while it works)."""
    pos = start
    while pos < end and (text[pos].isspace() or text[pos] in _LEFT_OVER):  # what closes the text before it
        pos += 1
    number = _NUMBER_LEFT.match(text, pos, end) if text[pos : pos + 1].isdigit() else None
    if number is not None and (after := lead_in(text, number.end(), end)) > number.end():
        return after
    opened = pos
    while True:
        while pos < end and (text[pos].isspace() or text[pos] in _OPEN or text[pos] in _CODE or _decoration(text[pos]) or text[pos] == "|" and _table_row(text, pos) or _points_up(text, pos)):
            if text.startswith(_FENCES, pos) or _line_mark(text, pos, end) > pos:
                break
            pos += 1
        caption = _CAPTION_MARK.match(text, pos, end) if _caption_mark(text, pos) else None
        if caption is not None:  # "<Arabic> // Our planned ...": the caption's mark between the two
            pos = caption.end()
            continue
        past = _line_mark(text, pos, end)
        if past > pos:  # "[^1]: ...", "-# translation for the chat: ...": the footnote or the small print holds it
            pos = past
            continue
        spoiler = _spoiler_open(text, pos)
        if spoiler > pos and _LATIN.search(text, spoiler, end):  # ">!...!<" (Reddit), "||...||" (Discord): a spoiler hides it
            pos = spoiler
            continue
        fence = _FENCE.match(text, pos, end) if text.startswith(_FENCES, pos) else None
        if fence is not None:  # "```text" opening a code block: its language is no word of the translation
            pos = fence.end()
            continue
        template = _TEMPLATE_OPEN.match(text, pos, end) if text.startswith(("{{", "}}"), pos) else None
        if template is not None and _LATIN.search(text, template.end(), end):  # "}}\n{{en|1=...", "}}, in English "...""
            pos = template.end()
            continue
        command = _COMMAND_OPEN.match(text, pos, end) if text.startswith(("\\", "}"), pos) else None
        if command is not None and _LATIN.search(text, command.end(), end):  # "}\footnote{...", "\textenglish{..."
            pos = command.end()
            continue
        macro = _MACRO.match(text, pos, end) if text.startswith("{", pos) else None
        if macro is not None and _LATIN.search(text, macro.end(), end):  # "{quote}...{quote}", "{noformat}..."
            pos = macro.end()
            continue
        tag = _tag_open(text, pos, end) if text.startswith("<", pos) or text[pos - 1 : pos] == ">" else pos
        if tag > pos:  # "</seg></tuv>\n<tuv xml:lang="en"><seg>...", "<q lang="ar" title="..."
            pos = tag
            continue
        number = _LIST_NUMBER.match(text, pos, end) if (text[pos : pos + 1].isdigit() or text.startswith("#", pos)) and (_line_opens(text, pos) or inline_item(text, pos)) else None
        if number is not None and _LATIN.search(text, number.end(), end):  # "1. ", "2) ", "(1) ", "1/ " numbering a list's line
            pos = number.end()
            continue
        label = _row_label(text, pos, end)
        if label > pos and _LATIN.search(text, label, end):  # "[12:03] name: ...", "[/QUOTE] ...", before a video's moment ("[23:48] Suha_92: ")
            pos = label
            continue
        stamp = _VIDEO_TIME.match(text, pos, end) if text[pos : pos + 1].isdigit() and _opens_past_names(text, pos) else None
        if stamp is not None and _LATIN.search(text, stamp.end(), end):  # "5:02 → ...", "[1:23:45] ...": a video's moment
            pos = stamp.end()
            continue
        field = _english_field(text, pos, end)
        if field > pos:  # 'msgstr "...', "{{en|1=...", '<tuv xml:lang="en"><seg>...': the English field of a file
            pos = field
            continue
        param = _param_name(text, pos, end)
        if param > pos:  # "|trans-quote=...", "| quote = ...": a wiki template's parameter names the value after it
            pos = param
            continue
        address = _ADDRESS.match(text, pos, end) if text.startswith(_ADDRESS_FIRST, pos) else _replying(text, pos, end)
        if address is None and pos == opened and text[pos : pos + 1] in _GREETING_FIRST:  # "hey u/sam Translation: ..."
            address = _greeted(text, pos, end)
        if address is not None and _LATIN.search(text, address.end(), end):  # "@sarah.k Translation: ...", "u/name: ..."
            pos = address.end()
            continue
        handle = _BARE_HANDLE.match(text, pos, end) if pos == opened and text[pos : pos + 1].isalpha() else None
        if handle is not None:  # "Hana.M, Do you know ...": the name of the one it answers
            pos = handle.end()
            continue
        part = _PART_LEAD.match(text, pos, end) if text[pos : pos + 5].lower().startswith(_PART_FIRST) else None
        if part is not None and _LATIN.search(text, part.end(), end):  # "(cont.) ...", "Part 2: ...", "[2/2] ..."
            pos = part.end()
            continue
        labelled = _LABELLED.match(text, pos, end) if text[pos : pos + 1] in _LABEL_FIRST else None
        if labelled is not None and (bracket := labelled["bracket"]) is not None and text[labelled.start() - 1 : labelled.start()] != _LABEL_OPENER[bracket]:
            labelled = None  # "[AR -> EN] Found this ...": the bracket does not open at the label
        if labelled is not None and (marks := labelled["marked"]) is not None and text[labelled.start() - len(marks) : labelled.start()] != marks:
            labelled = None  # "eng_ ...", the emphasis opened nowhere
        if labelled is not None and _LATIN.search(text, labelled.end(), end):  # "(EN) ...", "In English - ...", "tl; ..."
            pos = labelled.end()
            continue
        named = _NAMED_TEXT.match(text, pos, end) if text[pos : pos + 1] in _NAMED_FIRST else None
        if named is not None and _LATIN.search(text, named.end(), end):  # "The notice - ...", "As for the sign: ..."
            pos = named.end()
            continue
        short = _SHORT_LEAD.match(text, pos, end) if text[pos : pos + 1] in _SHORT_FIRST else None
        if short is not None and _LATIN.search(text, short.end(), end):  # "Approx. I mean ...", "lit. ...": a meaning word cut short
            pos = short.end()
            continue
        lead = _LEAD_IN.match(text, pos, end) if _may_lead(text, pos, end) else None
        meaning = lead is not None and _meaning_lead(text, pos, lead.end())
        if lead is None or (heading and not meaning) or not _LATIN.search(text, lead.end(), end):
            return pos if _LATIN.search(text, pos, end) else start
        pos = lead.end()
        if meaning:  # "EDIT: translation: Blood: ...": the translation starts after the phrase that says so
            heading = True


# A field of a file format or of markup that holds a text's English version, after what closes the Arabic's own field
# ("}}", "</seg></tuv>", a quote): gettext's msgstr under the msgid the Arabic fills, MediaWiki's "{{en|1=...}}" (Commons'
# descriptions), an element tagged as English (a TMX "<tuv xml:lang="en"><seg>", an HTML lang="en" span). The file's
# own structure pairs the two, as "EN:" does in a bilingual post: passed like an introducing phrase, and a mark.
_ENGLISH_FIELD = regex.compile(
    r"""(?:\}\}|</[A-Za-z][\w:-]*>)*\s*
    (?:msgstr(?:\[\d+\])?[ \t]+"
      |\{\{[ \t]*en(?:-[A-Za-z]{2,4})?[ \t]*\|(?:[ \t]*1[ \t]*=)?
      |<[A-Za-z][\w:-]*[ \t][^<>\n]*?\b(?:xml:)?lang[ \t]*=[ \t]*["']?en(?:[-_][A-Za-z]{2,4})?\b["']?[^<>\n]*>(?:[ \t]*<[A-Za-z][\w:-]*>)*
    )""",
    regex.X,
)
# What closes such a field, and a code block's closing fence after it: a file's element pasted in a fenced block ("```xml\n<string
# name="...">...</string>\n```" on GitHub, Stack Overflow, Discord) ends in the tag, then the fence.
_FIELD_TAIL = regex.compile(r"(?:\}\}|</[A-Za-z][\w:-]*>?|\s|`{3,}|~{3,})+$")
_FUZZY = regex.compile(r"^#,[^\n]*\bfuzzy\b", regex.M)  # gettext's flag on an unchecked entry (:func:`_fuzzy`)
_FIELD_FIRST = frozenset("m{}<")  # what such a field (or what closes the Arabic's) begins with


def _english_field(text: str, pos: int, end: int) -> int:
    """Where the words of an English field at ``pos`` begin (:data:`_ENGLISH_FIELD`: 'msgstr "', "{{en|1=",
    '<tuv xml:lang="en"><seg>'; or a key naming English, :func:`_english_key`), ``pos`` when none opens there."""
    found = _ENGLISH_FIELD.match(text, pos, end) if text[pos : pos + 1] in _FIELD_FIRST else None
    if found is None:
        return _english_key(text, pos, end)
    return found.end() if _LATIN.search(text, found.end(), end) else pos


# A key=value entry whose key ends in English's language code: OpenStreetMap's tags ("name:en=", "inscription:en=",
# "alt_name:en = "), a config or resource key suffixed by locale ("title_en = "...", "label.en=", "greeting.en-GB="). The
# key says its value is the English version, as "EN:" does; it is no word of it. Not "name:ar=", nor "len=5", "men=women".
_ENGLISH_KEY = regex.compile(r"""[A-Za-z][\w.:-]{0,40}?[:_.]en(?:[-_][A-Za-z]{2})?[ \t]*=[ \t]*["']?(?=\S)""")


def _english_key(text: str, pos: int, end: int) -> int:
    """Where the value of a key=value entry naming English at ``pos`` begins (:data:`_ENGLISH_KEY`: "inscription:en=",
    'title_en = "'), ``pos`` when none opens there (or its value has nothing Latin)."""
    if not (text[pos : pos + 1].isascii() and text[pos : pos + 1].isalpha()) or text[pos - 1 : pos].isalnum():
        return pos
    found = _ENGLISH_KEY.match(text, pos, end)
    return found.end() if found is not None and _LATIN.search(text, found.end(), end) else pos


def _points_up(text: str, pos: int) -> bool:
    """A caret at ``pos`` opens its line, a space after it: Reddit's and forums' pointer to the comment above ("^ that
    means ...", "^ this says ..."), no word of what follows."""
    return text.startswith("^", pos) and text[pos + 1 : pos + 2].isspace() and not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


def tight(text: str, start: int, end: int, *, heading: bool = False) -> tuple[int, int]:
    """``[start, end)`` from its first word to its last: without surrounding spaces, opening quotes
    or brackets, introducing phrases ("Roughly:", "Here is my translation:"; see :func:`lead_in`
    for ``heading``), and closing quotes."""
    # (``heading`` passed only when set: the cache keys a call by its keywords too, and marked() and partial() ask without it)
    if start < end and _plain(text):  # no lead-in, note, part mark, quote or bracket: the words themselves
        segment = text[start:end]
        first = start + len(segment) - len(segment.lstrip())
        return first, max(first, start + len(segment.rstrip()))
    start = lead_in(text, start, end, heading=True) if heading else lead_in(text, start, end)
    while start < end and text[start].isspace():
        start += 1
    end = _without_part_mark(text, start, _without_note(text, start, _field_end(text, start, _param_end(text, start, end))))
    end = _spoiler_end(text, start, _markup_end(text, start, end))
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in _CODE or _decoration(text[end - 1]) or (text[end - 1] in _CLOSE and not _balanced(text[start:end]))
        or text[end - 1] == "|" and _table_row(text, end - 1)
    ):
        end -= 1
    if end > start and text[end - 1] in _FOOTNOTE_MARKS and _footnoted(text, end):
        end -= 1  # "... origin.†" over "†lit. ...": the mark keys the footnote, no word of the translation
    return start, end


# The marks that hide a spoiler, opening and closing it: Reddit's ">!...!<", Discord's "||...||". People hide a translation in
# one so that learners can try first; the marks are no words of it.
_SPOILERS = {">!": "!<", "||": "||"}


def _spoiler_open(text: str, pos: int) -> int:
    """Where the words at ``pos`` begin after a spoiler's opening marks (:data:`_SPOILERS`) there, or after its "!" when its
    ">" was passed as a quote block's; ``pos`` if none."""
    if text.startswith(tuple(_SPOILERS), pos):
        return pos + 2
    return pos + 1 if text.startswith("!", pos) and text[pos - 1 : pos] == ">" else pos


def _spoiler_end(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends without a spoiler's closing marks (:data:`_SPOILERS`) when the spoiler opened before its
    start on its line; ``end`` otherwise."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    closing = text[last - 2 : last]
    if last - 2 <= start or closing not in _SPOILERS.values():
        return end
    opener = next(o for o, c in _SPOILERS.items() if c == closing)
    return last - 2 if text.find(opener, text.rfind("\n", 0, start) + 1, start) >= 0 else end


# What forum and chat markup put after a translation's last word: closing BBCode tags ("[/i]", "[/quote]", "[/spoiler]")
# and HTML or XML ones ("</seg></tuv>", "</p>"), a wiki template's "}}", a Jira macro's "{quote}", a LaTeX group's "}" with what
# follows it ("}\par", "}}{}"), the mark
# of words left out after it ("[...]", "(…)": the rest is not translated),
# faces typed in ASCII (":)", ";-)", ":D", ":P", "<3", "^^", "xD") or as a forum's smiley code (":thumbsup:", ":lol:"),
# emoji among them. No word of it, so a span does not end with them, as with an emoji (:func:`_decoration`); a face
# stands after a space, a mark or a tag (not "3:2", "http://").
_FACE = r"(?:[:;=][-'^o]?[)(\]\[DPpOo3|/\\*]+|:[a-z0-9_+\-]{1,30}:|<3+|\^_?\^|[xX]D+)"
_MARKUP_TAIL = regex.compile(
    rf"(?:\[/[A-Za-z]{{1,12}}\]|</[A-Za-z][\w:.\-]{{0,30}}\s*>|\}}\}}|\{{[a-z]{{2,12}}\}}|[\[(](?:\.{{3}}|…)[\])]|(?<=\S)\}}+(?:\{{\}})*(?:\\[A-Za-z]{{1,20}})?|(?<=[\s\].!?,])(?:{_FACE})(?![\p{{L}}\p{{N}}])|[\s\p{{Extended_Pictographic}}\p{{Emoji_Modifier}}\uFE0F\u200D])+$"
)
_MARKUP_LAST = frozenset("])(DPpOo3|/\\*:^>}" + "\uFE0F")  # what the markup ends in, a face's last mark or a tag's bracket (emoji looked at too)
_COMMAND_REACH = 24  # characters at the end of a span searched for a LaTeX command's backslash ("}\par")
_MARKUP_REACH = 80  # characters at the end of a span searched for it


def _markup_end(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends without closing forum tags and faces after its words (:data:`_MARKUP_TAIL`):
    "She can count.[/i] :)" ends after "count."; ``end`` if none, or if nothing Latin would be left."""
    last = text[:end].rstrip()[-1:]
    if not last or not (last in _MARKUP_LAST or _decoration(last) or text.rfind("\\", max(start, end - _COMMAND_REACH), end) >= 0):
        return end
    found = _MARKUP_TAIL.search(text, max(start, end - _MARKUP_REACH), end)
    if found is None or found.start() == found.end() or not _LATIN.search(text, start, found.start()):
        return end
    return found.start()


# A translation split over several comments of its writer: the marks that say a part goes on in the
# next comment ("... (cont.)", "(1/2)", "(continued below)", "(more in the reply)", "to be continued",
# a trailing ellipsis; "Part 1:", "1/2" before it) or goes on with the one before ("(cont.)", "Part 2:",
# "[2/2]", "Continued:", "cont'd:", "The rest:", "Rest of it:", "and the second sentence:", "The next line:", "last part:",
# a leading ellipsis). A number "k/n" says
# more follows while k < n. X's numbered posts put it bare before the text ("1/2 The ...", "1/2 English ↓ ..."):
# bare, it is a mark before a capital, a sign or a word naming the translation, not before lower case ("1/2 cup",
# "3/4 of them" are quantities), except as the last post's "2/2", "3/3" (a whole is never written so).
# Spelt out, "k of n" ("[1 of 2]", "(2 of 2)", "1 of 3:") is a mark only closed by a bracket or a colon ("1 of 2
# Americans" is a share). Such marks are no part of the translation's span.
_PART_NUMBER = r"(?P<k>[1-9])\s*/\s*(?P<n>[1-9])"
_PART_OF = r"(?P<k>[1-9])[ \t]+of[ \t]+(?P<n>[1-9])"
_PART_ANY = rf"(?:{_PART_NUMBER}|{_PART_OF})"  # either, where a bracket closes it
_PART_LEAD = regex.compile(
    rf"""(?:cont(?:inued|inuing|'d|d)?\.?[ \t]*[)\]:\-–—]|cont\.|part[ \t]+(?:[1-9](?:[ \t]*/[ \t]*[1-9])?|one|two|three|four|i{{1,3}}|iv)(?:[ \t]+of[ \t]+(?:[1-9]|two|three|four))?[ \t]*[)\]:.\-–—]
    |{_PART_OF}[ \t]*[)\]:]|{_PART_NUMBER}(?:[ \t]*[)\]:]|[ \t]+(?=(?-i:[^\p{{Ll}}\s])|(?:translation|transl|tl|english|eng|en)\b))|(?P<k>[2-9])\s*/\s*(?P<n>(?P=k))[ \t]+|(?:the\ )?rest(?:[ \t]+of[ \t]+(?:it|the[ \t]+translation))?[ \t]*:|(?:and[ \t]+)?(?:the[ \t]+)?(?:second|next|last)[ \t]+(?:half|sentence|part|line|bit)[ \t]*:)[ \t]*""",
    regex.I | regex.X,
)
_PART_FIRST = ("cont", "part", "rest", "the r", "secon", "the s", "the n", "the l", "and ", "next ", "last ", "1", "2", "3", "4", "5", "6", "7", "8", "9")  # how a part mark at the start begins (lower case)
_PART_WORDS = (
    r"cont(?:inued|'d|d)?\.?|to\s+be\s+continued|(?:continued|more)\s+(?:below|in\s+(?:the\s+|my\s+|a\s+)?(?:next\s+)?(?:comment|reply|replies))"
)
_PART_TAIL = regex.compile(
    rf"""[ \t]*(?:[(\[][ \t]*(?:{_PART_WORDS}|{_PART_ANY})[ \t]*[)\]]|(?<=[.!?,;:][ \t]*)(?:cont(?:inued|'d)?\.?|to\s+be\s+continued))[ \t]*$""",
    regex.I | regex.X,
)
_PART_ONLY = regex.compile(rf"""[\s(\[*_]*(?:{_PART_LEAD.pattern})?(?:[(\[]?[ \t]*(?:{_PART_WORDS}|{_PART_ANY.replace("P<k>", ":").replace("P<n>", ":")})[ \t]*[)\]]?)?[\s.)\]*_]*""", regex.I | regex.X)
_PART_MARK_REACH = 24  # characters: a segment that is only a part mark is no longer
_PART_TAIL_HINT = re.compile(r"cont|/|more|[1-9] of [1-9]")  # a word or sign every part mark at the end has (lower case)
_PART_TAIL_LAST = ").]dtDT."  # what every part mark at the end ends with
_ELLIPSIS = regex.compile(r"(?:\.\.\.|…)[ \t]*$")


def _without_part_mark(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends once a mark that a translation goes on in the next comment, or
    which part it is, is left out (:data:`_PART_TAIL`: " (cont.)", " (1/2)", " (continued below)");
    ``end`` when there is none or nothing Latin would be left."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or text[end - 1] not in _PART_TAIL_LAST or _PART_TAIL_HINT.search(text[max(start, end - 40) : end].lower()) is None:
        return end
    mark = _PART_TAIL.search(text, start, end)
    if mark is None or not _LATIN.search(text, start, mark.start()):
        return end
    return mark.start()


def continues(text: str) -> bool:
    """``text`` (the English of a comment) says the translation in it goes on in its writer's next
    comment: it ends with "(cont.)", "(1/2)", "(continued below)", "to be continued" or an
    ellipsis, or opens with "Part 1:" or "1/2"."""
    core = text.strip()
    if not core:
        return False
    if _ELLIPSIS.search(core) is not None:
        return True
    head = _PART_LEAD.match(core.lstrip("([*_ \t"))
    if head is not None and head.group("k"):
        return int(head.group("k")) < int(head.group("n"))
    if head is not None and regex.match(r"part[ \t]+(?:1|one|i)\b", head.group(0), regex.I):
        return True
    end = _without_part_mark(core, 0, len(core))
    if end == len(core):
        return False
    number = regex.search(_PART_ANY, core[end:])
    return number is None or int(number.group("k")) < int(number.group("n"))


def continues_from(text: str) -> bool:
    """``text`` (the English of a comment) says it goes on with a translation its writer began in
    the comment before: it opens with "(cont.)", "Part 2:", "[2/2]", "Continued:", "The rest:", "and the second sentence:"
    or an ellipsis, or ends with "(2/2)"."""
    core = text.lstrip(" \t\n([*_")
    if core.startswith(("...", "…")):
        return True
    head = _PART_LEAD.match(core)
    if head is not None:
        if head.group("k"):
            return int(head.group("k")) > 1
        return regex.match(r"part[ \t]+(?:1|one|i)\b", head.group(0), regex.I) is None
    core = core.rstrip()
    end = _without_part_mark(core, 0, len(core))
    number = regex.search(_PART_ANY, core[end:]) if end < len(core) else None
    return number is not None and int(number.group("k")) > 1


def _without_note(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends once a note about the translation at its end is left out
    (:data:`_NOTE_TAIL`: "..., or something like that.", " - Google Translate", " (not sure)"; :data:`_KIN_CREDIT`: " (my mum
    translated it)");
    ``end`` when there is none or nothing Latin would be left."""
    lo = max(start, end - _NOTE_REACH)
    if _NOTE_HINT.search(text[max(start, end - _HINT_REACH) : end].lower()) is None or not _closes_sentence(text, start, end):
        return end
    for opener in _CREDIT_OPENER.finditer(text, lo, end):  # "... used to be so (my mum translated it)"
        kin = _KIN_CREDIT.match(text, opener.start())
        if kin is not None and kin.end() >= end and _LATIN.search(text, start, opener.start()):
            return opener.start()
    note = _NOTE_TAIL.search(text, lo, end)
    if note is None or not _LATIN.search(text, start, note.start()):
        return end
    return note.start()


_LEADS_ON = ("mean", "translat", "i.e", "english")  # what a lead-in cut at a comma goes on with


def _begins_lead_in(text: str, start: int, end: int) -> bool:
    """The clause ``[start, end)``, cut at a comma, only begins an introducing phrase that goes on
    after it on its line ("on a mug," of "Saw <Arabic> on a mug, which translates to ...", "No," of
    "No, it means ..."): a clause that goes on with the sentence the Arabic stands in (so it starts
    in lower case) or a single word, and the clause after it opens with a lead-in."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    if last == start or text[last - 1] != ",":
        return False
    first = _LATIN.search(text, start, end)
    if first is None or not (text[first.start()].islower() or not text[first.start() : last - 1].strip().count(" ")):
        return False
    after = text[end : end + _NOTE_REACH].lower()
    if not any(word in after for word in _LEADS_ON):
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    nxt = end
    while nxt < line_end and text[nxt] in " \t":
        nxt += 1
    lead = _LEAD_IN.match(text, nxt, line_end)
    return lead is not None and _LATIN.search(text, lead.end(), line_end) is not None


def _closes_sentence(text: str, start: int, end: int) -> bool:
    """``[start, end)`` ends a sentence: it ends in a full stop, a question or exclamation mark or a
    closing bracket, or its line ends after it ("..., or something like that, and then ..." does not)."""
    last = text[start:end].rstrip()
    if last and last[-1] in ".!?…)]":
        return True
    after = text[end : end + _NOTE_REACH].lstrip(" \t")
    return not after or after[0] == "\n"


# A note that the comment was edited to fix its wording ("EDIT: typo", "(edit: typo)", "Edit: fixed a
# word"): said after or between the sentences of a translation, no part of it.
_EDIT_NOTE = regex.compile(
    r"""[\s(\[*_]*(?:edit(?:ed)?|upd(?:ate)?)(?:[ \t]*\d+)?[ \t]*[:\-–—][ \t]*(?:(?:fixed|corrected)\s+(?:a\s+|the\s+|my\s+|some\s+|one\s+)?)?
    (?:typos?|words?|formatting)(?:\s+fixed)?[\s.!)\]*_]*""",
    regex.I | regex.X,
)
_EDIT_HINT = re.compile(r"edit|upd", re.I)


def _edit_note(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is only a note that the comment was edited to fix its wording (:data:`_EDIT_NOTE`)."""
    return end - start <= _SHORT and _EDIT_HINT.search(text, start, end) is not None and _EDIT_NOTE.fullmatch(text, start, end) is not None


def _note_after_english(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is only a note about a translation (:data:`_NOTE`: "I think?", "(DeepL)",
    "Don't quote me on that."; :data:`_KIN_CREDIT`: "(translated by my wife)") and English ends shortly before it."""
    if end - start > _SHORT or _NOTE_HINT.search(text[start:end].lower()) is None:
        return False
    kin = _KIN_CREDIT.match(text, start)  # "(my dad's translation, he grew up in Aleppo)", "(translated by my wife)"
    if (kin is None or kin.end() < end) and (_NOTE.fullmatch(text, start, end) is None or not _closes_sentence(text, start, end)):
        return False
    near = max(0, start - _NEAR)
    return _LATIN.search(text, near, start) is not None


def acknowledged(text: str, start: int) -> bool:
    """What the text holds before ``start`` is only a word to an asker ("Sure thing. ", "Here you go! ", "@sam Of course. "):
    the English after it answers someone who asked."""
    if not 0 < start <= _SHORT or _plain(text):
        return False
    return _ACKNOWLEDGE.fullmatch(text, _addressed_end(text, 0, start), start) is not None


# A content warning on a line of its own over what a comment shows (Reddit's, Tumblr's, AO3's, Discord's habit: "CN: death of
# a parent", "TW // violence", "[CW: war]", "Spoilers for season 2!", "NSFW"): it says what follows is hard to read, no
# words of it, as an introducing phrase says it translates.
_CONTENT_NOTE = regex.compile(
    r"""[\s\[(*_]*(?:⚠️?\s*)?(?:c\.?w|t\.?w|c\.?n|content\s+(?:warning|note|notice|advisory)|trigger\s+warning|tw\s*/\s*cw|cw\s*/\s*tw
    |spoiler\s+(?:warning|alert|tag)|(?:(?:mild|minor|major|heavy|huge)\s+)?spoilers?|nsfw|nsfl|sensitive\s+(?:content|topic|subject)
    |graphic\s+(?:content|description)|(?:viewer|reader)\s+discretion(?:\s+(?:is\s+)?advised)?)
    (?:\s*(?:[:\-–—|]|//|/)\s*[^\n]{0,60}?|\s+(?:for|about|ahead)\b[^\n]{0,50}?|\s*!*)[\s\])*_.!]*""",
    regex.I | regex.X,
)
_CONTENT_NOTE_REACH = 80  # characters: a warning is no longer


def introduces(text: str, start: int, end: int) -> bool:
    """The segment ``[start, end)`` is only an introducing phrase ("Here is my translation:" on
    its own line with something after it, "lit." before more English), a word to the asker before more English ("Sure!", "Of course.", "Here you
    go."), a sign-off after English ("Hope that helps!", "That's the gist of it."), or a remark
    about the saying ("My grandmother used to say it.", "It's a prayer.", "Beautiful, isn't it?"):
    no translation of anything, it announces, closes or comments on one; or only a mark of which part
    of a translation split over several comments it is ("(cont.", "Part 2:", "[1/2]"); or a label
    before the original with at most a word of it ("Original Arabic: an", :data:`_ORIGINAL_LABEL`);
    or a code block's fence with its language ("```text"); or a note about the translation after it
    ("(my translation)", "no idea about the rest", :func:`_note_after_english`) or that the comment
    was edited ("EDIT: typo", :func:`_edit_note`); or English asked to be put into Arabic (:func:`asks_for_arabic`):
    the source of a translation asked for, none of one."""
    if _plain(text) and text[start:end].strip():  # words without any cue (only a blank segment is a part mark there)
        return False
    if asks_for_arabic(text, start, end):
        return True
    if end - start <= _PART_MARK_REACH and _PART_ONLY.fullmatch(text, start, end) is not None:
        return True
    first = start
    while first < end and text[first].isspace():
        first += 1
    if text.startswith(_FENCES, first) and _FENCE_ONLY.fullmatch(text, first, end) is not None:  # "```text" on its line
        return True
    if _label_only(text, first, end) or "://" in text[first:end] and _LINK_LINE.fullmatch(text, first, end) is not None:
        return True
    if "[" in text[first:end] and _TAG_ONLY.fullmatch(text, first, end) is not None:  # "2020.[/quote]": the quote's last words
        return True
    if end - first <= _CONTENT_NOTE_REACH and _CONTENT_NOTE.fullmatch(text, first, end) is not None:
        return True  # "CN: death of a parent" over a spoilered translation: a warning of what follows, no words of it
    if text[first : first + 1] == "!" and _TRANSLATED_COMMAND.match(text, first, end) is not None:
        return True  # "!translated": r/translator's command, no words of the translation
    if text[first : first + 1] in "Cc" and _QUOTE_FOLD.fullmatch(text, first, end) is not None:  # "Click to expand...": the quote's end
        return True
    if end - start <= _ORIGINAL_LABEL_REACH and _ORIGINAL_HINT.search(text, start, end) and _ORIGINAL_LABEL.fullmatch(text, start, end):
        return True
    said = _addressed_end(text, first, end)  # "@sarah.k Sure thing." is a word to the asker all the same
    if _ACKNOWLEDGE.fullmatch(text, said, end) is not None or _SHORT_LEAD.fullmatch(text, start, end) is not None:
        return _LATIN.search(text, end) is not None
    if _sense_item(text, start, end):
        return True
    if _remark(text, start, end) or _note_after_english(text, start, end) or _edit_note(text, start, end) or _begins_lead_in(text, start, end):
        return True
    if _not_known_before(text, start):  # "I don't know, sorry. <English>"
        return not marked(text, start, end)
    if _SIGN_OFF.fullmatch(text, start, end) is not None:  # a sentence of its own, after English
        near = max(0, start - 200)
        return _ENDED.search(text, near, start) is not None and _LATIN.search(text, near, start) is not None
    lead = _LEAD_IN.match(text, said, end) if _may_lead(text, said, end) else None  # "@sarah.k here you go:" on its line
    if lead is not None and not _LATIN.search(text, lead.end(), end):
        return bool(text[end:].strip())  # a phrase ending in a colon that closes the text introduces nothing: a sentence ("... eight conditions on projects:")
    return end - start <= _HEADING_REACH and _ANNOUNCE_HINT.search(text, start, end) is not None and _announcement(text, start, end)


# A line listing a word's senses ("the word نفس on its own can mean:", "المكان has a few meanings depending on context:",
# "Possible senses of عين:") and the items under it, each a sense of a few words ("1) a self", "2. to leave", "- spring").
_SENSES_HEADER = regex.compile(
    r"(?i)[^\n]*?(?:\b(?:can|could|may|might)[ \t]+(?:also[ \t]+)?mean\b|\b(?:meanings|senses|definitions)\b|\bdepending[ \t]+on[ \t]+(?:the[ \t]+)?context\b)[^\n]*:[ \t]*$"
)
_ITEM_OPENING = regex.compile(r"[ \t]*(?:[0-9]{1,2}[.)]|[-*•])[ \t]+")
_SENSE_ITEM = regex.compile(r"[ \t]*(?:[0-9]{1,2}[.)]|[-*•])[ \t]+(?P<sense>[^\n]*?)[ \t.;,]*$")
_SENSE_WORDS = 4  # a sense listed is no longer (a numbered translation's sentences are)
_SENSE_LINES = 12  # the lines read up from an item for the list's header


def _sense_item(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is an item of a list of a word's senses (:data:`_SENSES_HEADER`, :data:`_SENSE_ITEM`):
    a numbered or bulleted line of at most :data:`_SENSE_WORDS` words under a line saying what a word can mean, every
    line between them such an item. A dictionary's senses of one word are no translation of the passage it is in, nor of
    that word (the writer lists what it may mean, out of context); a numbered translation's items are sentences."""
    line = text.rfind("\n", 0, start) + 1
    opening = _ITEM_OPENING.match(text, line, end)  # (first: most lines open with no item's mark)
    if opening is None or opening.end() < start and text[opening.end() : start].strip():  # the segment opens the item
        return False
    line_end = text.find("\n", end)
    if not _short_sense(text, line, len(text) if line_end < 0 else line_end):
        return False
    for _ in range(_SENSE_LINES):
        if line == 0:
            return False
        above = text.rfind("\n", 0, line - 1) + 1
        if _SENSES_HEADER.fullmatch(text, above, line - 1) is not None:
            return True
        if not _short_sense(text, above, line - 1):
            return False
        line = above
    return False


def _short_sense(text: str, start: int, end: int) -> bool:
    """Whether the line ``[start, end)`` is a listed sense of :data:`_SENSE_WORDS` words at most (:func:`_sense_item`)."""
    item = _SENSE_ITEM.fullmatch(text, start, end)
    return item is not None and 0 < len(item.group("sense").split()) <= _SENSE_WORDS


_ANNOUNCE_HINT = re.compile(r"transl|eng|lingual|languages|\bar\b|عربي|العربية", re.I)  # a word every announcement has (looked for first: introduces() runs for every segment)


def _announcement(text: str, start: int, end: int, bilingual: bool = True) -> bool:
    """``[start, end)``, past its lead-ins, only announces a translation (:data:`_ANNOUNCES`: "Edit:
    English below", "EDIT: Translation for those asking"; ``bilingual``: or a bilingual post's heading, :data:`_BILINGUAL`)
    and more English follows it."""
    first = lead_in(text, start, end)
    while end > first and (text[end - 1].isspace() or _decoration(text[end - 1])):
        end -= 1
    found = _ANNOUNCES.fullmatch(text, first, end)
    return found is not None and (bilingual or found["bilingual"] is None) and _LATIN.search(text, end) is not None


def opens(text: str, start: int, end: int) -> bool:
    """The segment ``[start, end)`` opens with a phrase that says a meaning follows ("Basically:", "So
    it translates to:", "The first part means", "EDIT 2 - translation:"), opens the line under one
    alone on its line ("EDIT: Translation for those asking"), opens its line with a label naming a part
    by its place ("Upper: ...", "2nd one: ..."), or opens the writer's own lines under a quote
    (:func:`_after_quote`), or opens a footnote to the Arabic (:func:`_footnote_of_arabic`): a translation starts there,
    and English before it in its block ("I lived in Cairo for two years.", the words quoted) is none of it."""
    if _plain(text):
        return False
    if _after_quote(text, start) or _announced_above(text, start, bilingual=True) or _footnote_of_arabic(text, start):
        return True
    first = lead_in(text, start, end)
    return first > start and (
        _meaning_lead(text, start, first) or _named_text(text, start, first) or _line_opens(text, start) and _ORDINAL.search(text, start, first) is not None
        or _tagged(text, start, first)
    )


def _tagged(text: str, start: int, first: int) -> bool:
    """An HTML or XML tag stands between ``start`` and the words at ``first`` (:data:`_TAG`, :data:`_TAG_VALUE`): the
    English is markup's text ("<seg>...", "<q title="..."), and the prose before the tag talks about the markup."""
    at = text.find("<", start, first)
    return at >= 0 and _tag_open(text, at, first + 1) > at


def names_text(text: str, start: int, end: int) -> bool:
    """The segment ``[start, end)`` opens with a lead that only names the text it translates (:data:`_NAMED_TEXT`:
    "The notice - ...", "@lee As for the sign: ...") or opens a subtitle cue's text (:func:`_cue_above`): a weaker mark
    than one that says a meaning follows (:func:`marked`), since a reply may name the sign to say something of its own ("The flyer: printed at the library")."""
    if _plain(text):
        return False
    if "-->" in text[max(0, start - _CUE_REACH) : start] and _cue_above(text, start):
        return True
    first = lead_in(text, start, end)
    return first > start and _named_text(text, start, first)


# A subtitle cue's timing line (SubRip, WebVTT: "00:00:01,000 --> 00:00:04,000", "00:01.000 --> 00:04.000 align:start").
_CUE_TIMING = regex.compile(r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[^\n]*")
_CUE_REACH = 120  # characters before a segment where a cue's timing line is looked for


def _cue_above(text: str, start: int) -> bool:
    """The segment at ``start`` opens the text of a subtitle cue: the line above it is the cue's timing (:data:`_CUE_TIMING`,
    under the cue's number: "00:06:55,500 --> 00:06:58,600"): the English is given as the subtitle of that moment, as a
    lead naming the text would give it."""
    above = _line_above(text, start)
    return above is not None and _CUE_TIMING.fullmatch(text, *above) is not None


def past_cue_timing(text: str, start: int, end: int) -> int:
    """Where the clause ``[start, end)`` starts past a subtitle cue's timing line (:data:`_CUE_TIMING`) that opens it:
    the cue's text after it, run into one clause with it when it goes on in lower case ("00:34:02,500 --> 00:34:05,900\nand
    you're having chest pain"), is the English; its numbers are no anchors the Arabic lacks. ``start`` when none opens it."""
    line = text.find("\n", start, end)
    if line < 0 or _CUE_TIMING.fullmatch(text, start, line) is None:
        return start
    rest = line + 1
    while rest < end and text[rest].isspace():
        rest += 1
    return rest if rest < end else start


_FOOTNOTE_LINE = regex.compile(r"[ \t]*(\(\d{1,2}\)|\[\d{1,2}\]|\[\^[\w-]{1,20}\]|\*{1,3}|[¹²³])[ \t]*:?[ \t]+(?=\p{Latin})")  # "(1) ...", "[2] ...", "* ..."
_ARABIC_BEFORE = r"\p{Arabic}\p{Mn}*[\s.!?؟،\"'”’»)]{0,3}"  # an Arabic word (its last vowel mark too: "فستاناً") and the marks closing its sentence before a footnote's marker


def _footnote_of_arabic(text: str, start: int) -> bool:
    """The segment at ``start`` opens a line with a footnote's marker ("(1) ...", "[1] ...", "* ...") that an Arabic word
    carries earlier in the text ("It says ...الرائع.(1)", "...ممرضة[1]"): the writer put the translation in a footnote, which
    starts there, whatever English stands between (a caption, "Best viewed large.")."""
    while start < len(text) and text[start] in " \t\n":
        start += 1
    found = _FOOTNOTE_LINE.match(text, start)
    if found is None or not _line_opens(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return regex.search(_ARABIC_BEFORE + regex.escape(found[1]), text, endpos=line_start) is not None


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """The last line with words above the line ``start`` opens (its start and end), or None when
    ``start`` does not open its line or none is above it."""
    line = start  # back over the spaces before it only (not the whole line: a comment of one long line)
    while line > 0 and text[line - 1] != "\n" and text[line - 1].isspace():
        line -= 1
    if line == 0 or text[line - 1] != "\n":
        return None
    end = line - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        words = text[begin:end].strip()
        if words and not (words.startswith(_FENCES) and _FENCE_ONLY.fullmatch(text, begin, end)):
            return begin, end  # (a code fence's line, "```text", is markup: the line above it is read)
        end = begin - 1
    return None


# A line that is only a link, labelled or not ("https://...", "Source tweet: https://x.com/...", "(original:
# https://twitter.com/...)", "<https://...>"): where a text is, no word of a translation.
_LINK_LINE = regex.compile(
    r"""[ \t]*[(\[]?[ \t]*(?:(?P<label>[\p{L}'’ \t]{1,30}?)[ \t]*[:=\-–—][ \t]*)?<?https?://[^\s()<>\[\]]+>?[ \t]*[)\]]?[ \t.]*"""
)
_ORIGINAL_LINK = regex.compile(r"(?i)\b(?:original|orig|og|source)\b")  # a link's label naming what it links the original


def _original_linked(text: str, a: int, b: int) -> bool:
    """The line ``[a, b)`` only links the original of what follows it ("(original: https://twitter.com/...)", "Source
    tweet: https://x.com/..."): the English under it renders what the link holds, the Arabic posted."""
    if "://" not in text[a:b]:
        return False
    found = _LINK_LINE.fullmatch(text, a, b)
    return found is not None and found["label"] is not None and _ORIGINAL_LINK.search(found["label"]) is not None


def _announced_above(text: str, start: int, bilingual: bool = False) -> bool:
    """The line above the one ``start`` opens only announces a translation: a lead-in that says a
    meaning ("Here is my translation:"), an announcement (:func:`_announcement`) or a link to the original
    (:func:`_original_linked`); ``bilingual``: a bilingual post's heading too ("Bilingual post today:", "Sharing this in
    both languages.", :data:`_BILINGUAL`). A line that ends in a lead after a sentence of its own ("You're good.
    Translation:") is read from that lead (:func:`_last_sentence`)."""
    above = _line_above(text, start)
    if above is None or above[1] - above[0] > _HEADING_REACH:
        return False
    a, b = above
    if _original_linked(text, a, b):  # "(original: https://twitter.com/...)" over the English
        return True
    last = _last_sentence(text, a, b)
    if last > a and _announced_line(text, last, b, bilingual):  # "You're good. Translation:": its last sentence only announces
        return True
    return _announced_line(text, a, b, bilingual)


# A sentence's end inside a line that goes on with a lead ending in a colon ("You're good. Translation:").
_LAST_SENTENCE = regex.compile(r"[.!?…]+[\"'”’)]*[ \t]+(?=[^\n.!?…]*[:：][*_]*[ \t]*$)")


def _last_sentence(text: str, a: int, b: int) -> int:
    """Where the last sentence of the line ``[a, b)`` starts when it ends in a colon after an earlier sentence's end mark
    (:data:`_LAST_SENTENCE`); ``a`` otherwise."""
    if not text[a:b].rstrip(" \t*_").endswith((":", "：")):
        return a
    found = None
    for found in _LAST_SENTENCE.finditer(text, a, b):
        pass
    return a if found is None else found.end()


def _announced_line(text: str, a: int, b: int, bilingual: bool) -> bool:
    """The line (or its last sentence) ``[a, b)`` only announces a translation (:func:`_announced_above`)."""
    if not _may_lead(text, a, b):  # no lead-in: a bilingual post's heading only ("Sharing this in both languages.")
        return bilingual and _ANNOUNCE_HINT.search(text, a, b) is not None and _announcement(text, a, b)
    pos, meaning = a, False
    while (lead := _LEAD_IN.match(text, pos, b)) is not None and lead.end() > pos:  # "EDIT: added a translation since people asked:"
        meaning = meaning or _meaning_lead(text, pos, lead.end())
        pos = lead.end()
        if _LATIN.search(text, pos, b) is None:
            return meaning or bilingual and _announcement(text, a, b)  # "Bilingual post today:"
    return _announcement(text, a, b, bilingual)


def _after_quote(text: str, start: int) -> bool:
    """``start`` opens its line, which quotes nothing, right under lines that quote ("> ..."):
    what it goes on with is the writer's own, not the words quoted."""
    above = _line_above(text, start)
    return above is not None and text[start] != _QUOTE_BLOCK and text[above[0] : above[1]].lstrip().startswith(_QUOTE_BLOCK)


# A reply that says the translation it answers is wrong ("That's not accurate, it means ...", "Bad
# translation.", "I don't think that's right.", "No, it means ..."), outside the lines it quotes.
_DISPUTE = regex.compile(
    r"""\bnot\s+(?:what\s+(?:it|this|that)\s+(?:means|says)|accurate|correct|right|a\s+(?:good|correct|proper|real)\s+translation)\b
    | \b(?:that'?s|this\s+is|it'?s)\s+(?:wrong|incorrect|inaccurate)\b
    | \b(?:wrong|bad|poor|terrible|incorrect|inaccurate)\s+translation\b | \bmistranslat
    | \b(?:don'?t|doesn'?t|do\s+not|does\s+not)\s+speak\s+arabic\b
    | \b(?:don'?t|do\s+not)\s+think\s+(?:that'?s|it'?s|this\s+is)\s+(?:right|correct|accurate)\b
    | \bcorrect(?:ion|ed\s+translation|\s+translation)\s*:
    | (?:^\s*|[.!?]\s+)(?:no|nope|wrong|nah)\b[,.!]*\s+it\s+(?:actually\s+)?(?:means|says)\b
    | \b(?:almost|nearly|close|so\s+close)\b[^\n.!?:]{0,12}[.!,:;\u2014\u2013-]+\s*(?:but\s+|just\s+)?(?:it'?s\s+)?['"\u2018\u201c*]?\p{L}+['"\u2019\u201d]?,?\s+not\s+['"\u2018\u201c]?\p{L}""",
    regex.I | regex.X | regex.M,
)
# Words one of which every dispute holds, in lower case (looked for first: plain substring tests).
_DISPUTE_WORDS = re.compile(r"not |n't |wrong|inaccurate|translat|correct|no,|no |nope|nah")
_DISPUTE_REACH = 200  # characters of a reply's own words read for a dispute
_DISPUTE_LINES = 40  # lines of a reply read for them (quoted lines too)
_DISPUTE_WORDS_REACH = 4000  # characters of a reply looked through for a dispute's words first (quoted lines too)


def disputes(text: str) -> bool:
    """``text`` (a whole reply) says that what it answers is a wrong translation (:data:`_DISPUTE`), in
    its first :data:`_DISPUTE_REACH` characters outside the lines it quotes ("> ..."): a dispute opens
    a reply (this runs for the replies of every reply scored as a candidate)."""
    if _DISPUTE_WORDS.search(text[:_DISPUTE_WORDS_REACH].lower().replace("’", "'")) is None:
        return False
    own: list[str] = []
    size = 0
    for line in text.split("\n", _DISPUTE_LINES):
        if not line.lstrip().startswith(_QUOTE_BLOCK):
            own.append(line[: _DISPUTE_REACH - size])
            size += len(own[-1]) + 1
            if size >= _DISPUTE_REACH:
                break
    head = "\n".join(own).replace("’", "'")
    return _DISPUTE_WORDS.search(head.lower()) is not None and _DISPUTE.search(head) is not None


_CORRECTION_WORDS = 4  # Latin words a correction gives after its dispute, at the least


def corrects(text: str) -> bool:
    """``text`` (a whole reply) disputes what it answers (:func:`disputes`) and goes on with English of its own, at least
    :data:`_CORRECTION_WORDS` words outside the lines it quotes ("That's not what it says. On my way ..."): a correction,
    not only a dispute ("You clearly don't speak Arabic.")."""
    if not disputes(text):
        return False
    own = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(_QUOTE_BLOCK)).replace("’", "'")
    found = _DISPUTE.search(own)
    return found is not None and len(_LATIN_WORDS.findall(own, found.end())) >= _CORRECTION_WORDS


_LATIN_WORDS = regex.compile(r"\p{Latin}+")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_REPEATED_WORDS = 4  # words of an earlier translation a completion repeats, at the least
_MORE_WORDS = 3  # words a completion goes on with, at the least


def completes(text: str, earlier: str) -> bool:
    """``text`` (a reply) repeats all of ``earlier`` (the English of the comment it answers, at least
    :data:`_REPEATED_WORDS` words) outside the lines it quotes and goes on with more English: it
    completes a partial translation ("You missed the second half. All of it: <the first half> <the
    rest>"), which the earlier one no longer is the pair of."""
    if len(text) <= len(earlier) or not _LATIN.search(earlier):
        return False
    old = [w.lower() for w in _WORD.findall(earlier)]
    if len(old) < _REPEATED_WORDS:
        return False
    own = " ".join(line for line in text.split("\n") if not line.lstrip().startswith(_QUOTE_BLOCK))
    new = [w.lower() for w in _WORD.findall(own)]
    if len(new) < len(old) + _MORE_WORDS:
        return False
    first = old[0]
    return any(new[k : k + len(old)] == old for k in range(len(new) - len(old) + 1) if new[k] == first)


# What says that the Arabic after it is the original of an English given before it: "Here's the
# original:", "Original Arabic:", "(original: ...", "In Arabic:", "Source text:".
_ORIGINAL = regex.compile(
    r"""(?:here'?s\s+|here\s+is\s+)?(?:(?:the|my|our)\s+)?(?:original|source)(?:\s+(?:arabic|text|post|version|comment))?
    |(?:in|the)\s+arabic|arabic\s+original""",
    regex.I | regex.X,
)
# A label that introduces the original, with at most a word of it that its passage left out ("Original
# Arabic: an" before the rest of an Arabizi passage, "(original: hw"): no translation.
_ORIGINAL_LABEL = regex.compile(
    rf"""[\s(\[*_]*(?:{_ORIGINAL.pattern})[*_]*[ \t]*[:=][*_]*[ \t\n]*[\p{{L}}\p{{N}}'’]{{0,12}}[\s)\]]*""", regex.I | regex.X,
)
_ORIGINAL_LABEL_REACH = 48  # characters: such a label is no longer
_ORIGINAL_HINT = re.compile(r"rigin|ource|rabic", re.I)
_ORIGINAL_BEFORE = regex.compile(r"[(\[*_\s]*(?P<label>[^\n(\[]{1,40}?)[*_]*[ \t]*[:=][*_]*[ \t\n]*$")


# Such a phrase alone on the line above the Arabic, pointing down to it instead of a colon ("Original below 👇",
# "The original ⬇️"); with a colon, it may say where the original is too ("Arabic original underneath:").
_ORIGINAL_ABOVE = regex.compile(rf"[(\[*_\s]*(?P<label>[^\n(\[]{{1,40}}?)[ \t]*(?:{_POINTER})*[ \t.:]*\n[ \t]*$")
_BELOW_HINT = regex.compile(rf"below|underneath|beneath|{_POINTER}", regex.I)
_BELOW = regex.compile(r"[ \t]+(?:below|underneath|beneath)$", regex.I)


def original_before(text: str, start: int) -> bool:
    """The Arabic at ``start`` is introduced, on its line or the line before, as the original of
    English given before it (:data:`_ORIGINAL`: "Here's the original:", "(original: ...", or on the line above
    pointing down to it: "Original below 👇", :data:`_ORIGINAL_ABOVE`)."""
    line = text.rfind("\n", 0, max(text.rfind("\n", 0, start), 0)) + 1
    lo = max(line, start - 60)
    if text.find(":", lo, start) < 0 and text.find("=", lo, start) < 0:  # the phrase ends in one (most passages have none)
        if _BELOW_HINT.search(text, lo, start) is None:  # or points down (fewer still)
            return False
        head = _ORIGINAL_ABOVE.search(text, lo, start)
    else:
        head = _ORIGINAL_BEFORE.search(text, lo, start)
    return head is not None and _ORIGINAL.fullmatch(_BELOW.sub("", head.group("label").strip())) is not None


# A request whose target is Arabic and whose object is English: the reverse of a translation's request. How to say,
# write or translate something in (or into) Arabic, what the Arabic for something is, someone asked to translate or say
# it in Arabic, in one sentence, or a direction from English to Arabic ("EN > AR", "English -> Arabic"), whatever else
# the words are ("we can say that ... a book in Arabic" asks nothing).
_INTO_ARABIC = regex.compile(
    r"""\b(?:how\s+(?:do|would|can|could|should|might|to)\s+(?:(?:i|you|we|one|someone|people)\s+)?(?:say|write|spell|translate|put|express|text|tell)
      | what(?:'s|\s+is|\s+are|\s+would\s+be|\s+do\s+you\s+call)
      | (?:please|pls|plz|(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)|help\s+me)\b(?:(?!\.\s)[^\n!?]){0,40}?\b(?:translate|say|write|put))
      \b(?:(?!\.\s)[^\n!?]){0,160}?\b(?:in|into|to)\s+(?:\w+\s+)?arabic\b
    | \bwhat(?:'s|\s+is|\s+are|\s+would\s+be)\s+(?:the\s+)?(?:\w+\s+)?arabic\s+(?:for|of|word\s+for|way\s+to\s+say)\b
    | \barabic\s+(?:translation|version|word|words|equivalent)\s+(?:for|of)\b(?:(?!\.\s)[^\n!]){0,160}?\?
    | \b(?:en|eng|english)\s*(?:>|->|→|=>|to)\s*(?:ar|arabic)\b""",
    regex.I | regex.X,
)
_ASK_REACH = 300  # characters of the paragraph before a segment read for such a request


def asks_for_arabic(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is in a paragraph that asks for English to be put into Arabic (:data:`_INTO_ARABIC`) before it
    or on its line (within :data:`_ASK_REACH` characters either side: this runs for every segment, and a comment of one
    line and 30,000 sentences took 8 s reading its whole line for each): the English is what is to be translated, a
    source and no translation of an Arabic passage."""
    paragraph = text.rfind("\n\n", max(0, start - _ASK_REACH - 2), start)
    lo = max(0 if paragraph < 0 else paragraph + 2, start - _ASK_REACH)
    reach = min(len(text), end + _ASK_REACH)
    hi = text.find("\n", end, reach)
    hi = reach if hi < 0 else hi
    near = text[lo:hi]
    if "rabic" not in near and "RABIC" not in near and ">" not in near and "→" not in near:  # what every such request holds
        return False
    return _INTO_ARABIC.search(near.replace("’", "'")) is not None


def _remark(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is a remark about the saying or a non-answer (:data:`_REMARK`,
    :data:`_NON_ANSWER`, :data:`_LURKING`), all short sentences with one of a few words (:data:`_REMARK_HINT`; a
    longer or other one is not looked at: this runs for every segment of every comment), or a
    sentence saying the meaning cannot be given (:data:`_NO_MEANING`, up to :data:`_NO_MEANING_LONG`)."""
    if end - start > _NO_MEANING_LONG or _REMARK_HINT.search(text[start:end].lower()) is None:
        return False
    if end - start <= _SHORT and any(p.fullmatch(text, start, end) is not None for p in (_REMARK, _NON_ANSWER, _LURKING)):
        return True
    return _NO_MEANING.fullmatch(text.replace("’", "'"), start, end) is not None


def _not_known_before(text: str, start: int) -> bool:
    """A sentence saying the commenter cannot translate (:data:`_NON_ANSWER`) ends shortly before
    ``start`` (the ends of its phrases in lower case, "don't know", "no idea", "not sure", "dunno", "that one",
    looked for first: this runs for every segment of every comment)."""
    lo = max(0, start - _NEAR)
    if all(text.find(end, lo, start) < 0 for end in ("t know", "o idea", "t sure", "unno", "ersonal", "rivate", "ather not", "o know", "na know", "at one", "is one")):
        return False
    return _NON_ANSWER_BEFORE.search(text, lo, min(len(text), start + 1)) is not None  # the capital a run-on sentence opens with


def _balanced(text: str) -> bool:
    """True when the last character closes a bracket or quote opened inside ``text``."""
    pairs = {")": "(", "]": "[", "”": "“", "’": "‘", "»": "«"}
    opener = pairs.get(text[-1])
    return opener is not None and opener in text[:-1]


def _opens(text: str, pos: int) -> bool:
    """The character at ``pos`` opens a quotation or a bracket, or is a colon or dash that
    introduces what follows (a space after it: ":DDDD" and ":-)" are faces)."""
    if pos >= len(text) or text[pos] not in _OPEN or pos < _indented(text):
        return False
    if text[pos] in _DASHES and _list_mark(text, pos):
        return False
    return text[pos] not in ":-–—=" or text[pos + 1 : pos + 2].isspace()


# The marks a caption or a bio sets between its Arabic and its English on one line as it would a dash ("<Arabic> ::
# Can you ...", "<Arabic> // Our planned ...", "<Arabic> → I don't ...", "<Arabic> | Results ...", "<Arabic> ~ ..."), a space after.
_CAPTION_MARK = regex.compile(r"(?:::|//|" + _POINTER + r"|[|~•·])(?=[ \t])")
_CAPTION_FIRST = frozenset(":/-=>→⇒➡👉↓⬇👇⤵|~•·")  # the characters those marks start with


def _caption_mark(text: str, pos: int) -> bool:
    """A caption's mark (:data:`_CAPTION_MARK`) at ``pos`` after non-Latin words on its line (the Arabic it follows):
    it sets the English after it beside them, as a spaced dash does."""
    if text[pos : pos + 1] not in _CAPTION_FIRST or _CAPTION_MARK.match(text, pos) is None:
        return False
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return _ARABIC_LETTER.search(before) is not None and _LATIN.search(before) is None


_INDENT = regex.compile(r"[ \t]*:[: \t]*")  # a wiki talk page's reply indentation (":", "::: ") opening a comment


def _indented(text: str) -> int:
    """Where the colons a comment opens with end (:data:`_INDENT`: a wiki talk page indents a reply so, ": Is Layla
    mentioned ...?"), 0 when it opens with none: such a colon introduces nothing, no text stands before it."""
    if not text[:1] in (":", " ", "\t"):
        return 0
    found = _INDENT.match(text)
    return found.end() if found is not None else 0


def _list_mark(text: str, pos: int) -> bool:
    """The dash at ``pos`` opens its line and the line right before or after it opens with the same
    dash: a list's bullet ("- one\n- two"), not a dash that gives the meaning of the line above
    ("<Arabic>\n- <English>")."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip():
        return False
    mark = text[pos : pos + 2]
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
    below = text.find("\n", pos)
    return (above >= 0 and text[above:line_start].lstrip(" \t").startswith(mark)) or (
        below >= 0 and text[below + 1 :].lstrip(" \t").startswith(mark)
    )


# A note in brackets after a translation in Markdown emphasis ("**...** (source: my mom)", "__...__ [native speaker]"):
# the emphasis marks the translation's extent, the note is the writer's.
_EMPHASIS_NOTE = regex.compile(r"(?<=[*_])[ \t]+[(\[][^()\[\]\n]{1,120}[)\]][ \t.!]*$")


def _encloses(text: str, pos: int, end: int) -> bool:
    """The quote or bracket at ``pos`` closes at the end of ``[pos, end)`` (only punctuation after
    it, or for Markdown emphasis a note in brackets, :data:`_EMPHASIS_NOTE`) and not before: the English is quoted
    whole, not dialogue (``"Thanks," Dima said.``)."""
    closer = _CLOSER.get(text[pos])
    if closer is None:
        return True  # a colon or a dash: it introduces whatever follows
    stop = end
    while stop < len(text) and (text[stop] in _TRAILING[3:] or text[stop] in _CLOSE):  # what closes right after it
        stop += 1
    while stop > pos + 1 and text[stop - 1] in _TRAILING:
        stop -= 1
    if closer in "*_" and stop > pos + 1 and text[stop - 1] != closer:  # "**...** (source: ...)": the emphasis closes before the note
        note = _EMPHASIS_NOTE.search(text, pos, stop)
        stop = note.start() if note is not None else stop
    elif stop > pos + 1:
        stop = _closed_before_note(text, pos, stop, closer)
    if stop <= pos + 1 or text[stop - 1] != closer:
        return False
    if closer in "'’":  # apostrophes may stand inside words
        return True
    if closer == '"':
        return text.find(closer, pos + 1, stop - 1) < 0
    if closer in "*_":  # Markdown emphasis: the same run of marks closes it ("**...**"), none inside
        run = len(text[pos:stop]) - len(text[pos:stop].lstrip(closer))
        return stop - pos > 2 * run and text[stop - run : stop] == closer * run and text.find(closer, pos + run, stop - run) < 0
    return _closing(text, pos, stop) == stop - 1


def _closed_before_note(text: str, pos: int, stop: int, closer: str) -> int:
    """Where ``[pos, stop)`` ends before a note about the translation after it (:func:`_without_note`: "(...) (translation
    not perfect)", "\"...\" - Google Translate"), its trailing punctuation left out, when ``closer`` ends it there: the
    quote or bracket marks the translation's extent, the note is the writer's. ``stop`` otherwise."""
    end = _without_note(text, pos, stop)
    while end > pos + 1 and text[end - 1] in _TRAILING:
        end -= 1
    return end if end < stop and text[end - 1] == closer else stop


def _closing(text: str, pos: int, stop: int) -> int:
    """Where the bracket opened at ``pos`` closes (nested pairs counted), or -1 before ``stop``."""
    opener, closer = text[pos], _CLOSER[text[pos]]
    depth = 0
    for k in range(pos, stop):
        if text[k] == opener:
            depth += 1
        elif text[k] == closer:
            depth -= 1
            if depth == 0:
                return k
    return -1


_SAY = regex.compile(r"sa(?:ys?|id|ying)", regex.I)
# A lead that says for whom the English is, by its form: those who asked or wondered ("Since a few
# people asked:", "for those wondering:", "as requested:", "For whoever asked earlier, it says") or
# those who do not read the Arabic ("for the non-Arabic speakers:", "for those who don't speak it:", "For my non-Arabic
# network:", "For my non-Arab connections:", whoever the non-Arabic readers are to the writer, before a colon; a chat's audience
# before a colon: "for the server:", "For the group:", "For the English speakers:").
# Its words refer to the request, so what it leads is the answer; an edit's or a part's label is none.
_FOR_ASKERS = regex.compile(
    r"""\b(?:(?:for|since|as|because|cause|cuz|coz|per|in\s+case)(?:[ \t]+[\p{L}'’]+){0,5}?[ \t]+(?:ask(?:ed|ing|s)?|wonder(?:ed|ing|s)?|request(?:ed|ing|s)?|curious)
    | for[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+|all[ \t]+|any[ \t]+)?non[ \t-]?[\p{L}]+[ \t]+(?:speakers|readers|folks|friends|people)
    | for[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+|all[ \t]+|any[ \t]+)?non[ \t-]?arab(?:ic|s)?(?:[ \t-]+speaking)?(?:[ \t]+[\p{L}]+){1,2}?(?=[ \t]*[:=])
    | for[ \t]+(?:those|anyone|anybody|everyone|people|whoever)[ \t]+(?:who[ \t]+)?(?:don'?t|doesn'?t|do[ \t]+not|can'?t|cannot)[ \t]+(?:speak|read|understand)
    | for[ \t]+(?:the[ \t]+)?(?:server|group|chat|channel|sub|english[ \t-]+(?:speakers|readers|folks)|english[ \t-]+speaking[ \t]+[\p{L}]+|non[ \t-]?arabs?)(?=[ \t]*[:=])
    | my[ \t]+(?:[\p{L}]+[ \t]+){0,2}?(?:comment|post))\b""",
    regex.I | regex.X,
)

# A lead that hands the answer over ("Here you go:", "Sure, here it is:", "There you go mate:", "Here:"): said to
# whoever asked, so what it leads is the answer asked for.
_HANDED = regex.compile(
    r"""[ \t]*(?:(?:ok(?:ay)?|sure|alright|right|yes|yep)[ \t]*[,!.]?[ \t]+)?(?:here|there)
    (?:[ \t]+(?:you[ \t]+go|ya[ \t]+go|you[ \t]+are|it[ \t]+is|goes))?(?:[ \t]*,?[ \t]*(?:mate|friend|buddy|guys|all))?[ \t]*[:=]\s*""",
    regex.I | regex.X,
)


# A lead that says what follows is the whole, after parts of it given one by one (word-by-word glosses, a line
# at a time): "So the whole thing:", "All together:", "Altogether:", "Putting it all together:", "The full sentence:",
# "In full:", "The whole thing is:", "All together it's:". The whole lead, up to its colon: "I put together a list:"
# introduces no translation.
_WHOLE = regex.compile(
    rf"""[\s.…*_]*(?:(?:so|ok(?:ay)?|and|now|then|or)[ \t,]+){{0,2}}
    (?:(?:(?:the|this|that)[ \t]+)?(?:whole|full|entire|complete)[ \t]+(?:thing|sentence|text|line|phrase|message|translation|meaning|version|one)
    | all[ \t]+together|altogether|(?:put|putting)[ \t]+(?:it|them)(?:[ \t]+all)?[ \t]+together|put[ \t]+together|in[ \t]+full)
    (?:[ \t]+(?:it|that|this))?(?:[ \t]+(?:is|was|would[ \t]+be|reads|says|goes)|['’]s)?[*_]*[ \t]*(?:[:=]|{_POINTER})""",
    regex.I | regex.X,
)


_IN_HANDLE = regex.compile(r"(?:@|/?u/)[\p{L}\p{N}_.\-]*$")  # a handle's start before a word in it


# A lead-in that says what the text goes as or is, before its colon ("Chant goes: ...", "Right, so it's: ...",
# "Respectfully, it's actually: ...", "this is what uncle posted: ..."), or names the text or the answer and says what
# it is ("In short the message is: ...", "the text is: ...", "The accepted answer is: ...", "It should be: ...",
# "the key sentence would be: ..."): the copula before the colon makes what follows that text ("My answer is: ..." is the
# writer's own).
_TEXT_IS = (
    r"(?:(?:it|this|that)|(?<!(?:my|our)[ \t]+)(?:message|text|answer|sentence|line|caption|note|wording|words|meaning|gist|version|rendering|inscription)s?)"
    r"(?:['’]s|[ \t]+(?:is|are|was|were|runs|(?:would|should|could|must|might)[ \t]+be))"
)
_GOES_AS = regex.compile(
    rf"(?i)(?<![\p{{L}}'’])(?:goes|went|what[ \t]+(?:[\p{{L}}'’]+[ \t]+){{1,3}}(?:posted|put)|{_TEXT_IS}(?:[ \t]+(?:actually|really|rather|more[ \t]+like|closer[ \t]+to))?)[ \t]*[:=][\s\"“‘'«]*$"
)


# A label naming, by its place, which of several posts or comments the line answers ("First post: ...", "2nd comment:",
# "The other message:", "Re the second post:"): one reply answering two requests at once, each line its own post's
# translation (the label names the text, not a part of it: no partial translation).
_POST_PLACE = regex.compile(
    r"""[ \t*_]*(?:(?:re|for|as[ \t]+for)[ \t:]+)?(?:the[ \t]+|your[ \t]+)?
    (?:first|second|third|last|other|1st|2nd|3rd|top|bottom)[ \t]+(?:post|comment|message|msg|request|question|pic|picture|photo|image|screenshot|quote|quotation|caption)
    (?:[ \t]+(?:says|said|reads|means|is))?[*_]*[ \t]*:[ \t]*""",
    regex.I | regex.X,
)


# A label naming, by its writer, which of several comments the line answers ("kebab_enjoyer: ...", "@kebab_enjoyer: ...",
# "u/kebab_enjoyer - ...", "Omar K.: ...", "kebab_enjoyer's: ...", "Re: kebab_enjoyer: ...", "kebab_enjoyer says: ..."): one
# comment translating two writers' Arabic at once, each line under its writer's name, as "First post:" names a post by its
# place. A name of one to three words (a handle, a display name), then a colon or a spaced dash; which names are writers
# the thread says (:meth:`.find._Index.labels`).
_WRITER_LABEL = regex.compile(
    r"""[ \t*_>]*(?:(?:re|for|as[ \t]+for)[ \t:]+)?(?:@|/?u/)?
    (?P<name>[\p{L}\p{N}_.\-]+(?:[ \t]+[\p{L}\p{N}_.\-]+){0,2}?)(?:['’]s)?(?:[ \t]+(?:says|said|wrote|writes|means|meant))?
    [*_]*(?:[ \t]*:|[ \t]+[-–—])[*_]*[ \t]*(?=\S)""",
    regex.I | regex.X,
)


def writer_label(text: str, pos: int) -> tuple[str, int] | None:
    """The name a label opening the line at ``pos`` gives (:data:`_WRITER_LABEL`: "kebab_enjoyer: ...") and where the
    words after it begin; None when the line opens with none."""
    found = _WRITER_LABEL.match(text, pos, text.find("\n", pos) % (len(text) + 1))
    return None if found is None else (found["name"], found.end())


def _meaning_lead(text: str, start: int, first: int) -> bool:
    """The lead-in ``[start, first)`` says what follows is a meaning ("It means", "He says:",
    "Basically:", "Chant goes:", "so it's:", :data:`_GOES_AS`) or names the part of the passage it translates ("The first
    sentence:"); a bare "Say:" opening it is an imperative (a verse), not a report of speech."""
    if first > start and _GOES_AS.search(text, start, first) is not None:
        return True
    for m in _MEANING.finditer(text, start, first):
        if _IN_HANDLE.search(text, max(start, m.start() - 50), m.start()) is not None:
            continue  # "@huda_reads They were ...": a word of a handle, no meaning word
        if not (_SAY.fullmatch(m.group()) and not _LATIN.search(text, start, m.start())):
            return True
    return first > start and (
        _PARTIAL.search(text, start, first) is not None
        or _FOR_ASKERS.search(text, start, first) is not None
        or _HANDED.fullmatch(text, start, first) is not None
        or _WHOLE.match(text, start, first) is not None
        or _POST_PLACE.fullmatch(text, start, first) is not None
        or _given_privately(text, start, first)
    )


# A lead saying the answer was sent privately too and is posted here as well ("DM'd you, but here for everyone:", "Replied
# in chat as well, but:", "Sent you a message but posting here too:"): what it leads is that answer.
_PRIVATELY = regex.compile(
    r"(?i)\b(?:dm|dms|pm|pms|dm['’]?d|pm['’]?d|inbox|privately|private\s+message|whatsapp|e-?mail(?:ed)?|messaged|texted|in\s+chat"
    r"|sent\s+(?:you|it)(?:\s+(?:a|an|the))?\s+(?:message|msg|text|note)|msg['’]?d)\b"
)
_HERE_TOO = regex.compile(r"(?i)\b(?:here|too|as\s+well|also|everyone|everybody|others|the\s+thread|publicly|rest\s+of\s+(?:you|the\s+thread))\b")


def _given_privately(text: str, start: int, first: int) -> bool:
    """The lead-in ``[start, first)``, ending in a colon, says its answer went privately too (:data:`_PRIVATELY`, on its
    line before it too: the clause splitter cuts "DM'd you, but here for everyone:" at its comma) and is shared here
    (:data:`_HERE_TOO`)."""
    if not text[start:first].rstrip().endswith(":") or _HERE_TOO.search(text, start, first) is None:
        return False
    line = max(text.rfind("\n", 0, start) + 1, start - _NOTE_REACH)
    return _PRIVATELY.search(text, line, first) is not None


def _named_text(text: str, start: int, first: int) -> bool:
    """The lead-in ``[start, first)`` ends with a phrase that only names the text it translates (:data:`_NAMED_TEXT`:
    "The notice - ...", "@lee As for the sign: ...")."""
    found = _NAMED_TEXT.search(text, start, first + 1)  # the capital after it, which the pattern looks at, read too
    return found is not None and found.end() == first


# A lead that likens the Arabic to another text ("Reminds me of something my dad used to say:", "Kind of like the old
# saying", "my grandma's version of this was") or names the English as another song or poem ("Totally different song
# but:", "Not the same song, but", "lyrics of another track:"): what follows is that other text, not a translation of this one.
_COMPARES = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:reminds?[ \t]+(?:me|us|you)[ \t]+of|(?:kind|sort)[ \t]+of[ \t]+like|similar[ \t]+to|(?:our|my|his|her|their|a)[ \t]+[\p{L}'’]+[ \t]+version[ \t]+of[ \t]+(?:this|that|it)|compare[ \t]+(?:it|this|that)[ \t]+(?:to|with)"
    r"|(?:another|(?:a[ \t]+)?(?:(?:totally|completely|entirely|whole)[ \t]+)?different|not[ \t]+the[ \t]+same)[ \t]+(?:song|poem|track|tune|nasheed|ballad)s?)(?![\p{L}'’])"
)


# A line opening with the timestamp or number that opens the line above it, then a mark ("2:46 كان ...\n2:46 ~ The
# news ...", "3) ...\n3) = ..."): the line keyed to the same moment or item as the one above, the layout of a lyric's
# line and its English.
_STAMP = regex.compile(r"[ \t]*(\d{1,2}(?::\d{2}){1,2}|\d{1,2}[.)])[ \t]*(?:[~=:>\-–—→]+[ \t]*)?")


def restamped(text: str, pos: int) -> int:
    """Where the line opening at ``pos`` starts past a timestamp or number and a mark (:data:`_STAMP`) that the line
    above it opens with too; ``pos`` when it opens with none, or is the first line."""
    if pos == 0 or text[pos - 1] != "\n":
        return pos
    here = _STAMP.match(text, pos)
    if here is None or here.end() == here.end(1) and not text[here.end(1) : here.end(1) + 1].isspace():
        return pos
    above = _STAMP.match(text, text.rfind("\n", 0, pos - 1) + 1)
    return here.end() if above is not None and above.group(1) == here.group(1) and here.group() != above.group() else pos


def _restamped(text: str, start: int) -> bool:
    """The segment at ``start`` opens its line past a timestamp repeated from the line above (:func:`restamped`), or at it."""
    line = text.rfind("\n", 0, start) + 1
    return line <= start <= restamped(text, line) and restamped(text, line) > line


# A lead that ends in "as" and a colon ("Added to the article as:", "I'd render it as:", "Printed on the mug as:"): "as" names
# the form the text is given in, and the colon sets it out after the lead.
_AS_COLON = regex.compile(r"(?i)(?<![\p{L}'’])(?<!such[ \t]+)as[ \t]*:[\s\"“‘'(\[«*_]*$")  # ("such as:" lists examples)


# English quoted whole right before the Arabic it gives, a short link between ('The card reads "..." — in Arabic: <Arabic>',
# '... printed "..." and under it <Arabic>'): the same words set side by side in two languages, as a caption sets them.
_BESIDE_LINK = regex.compile(r"[ \t,;:.\-–—]*(?:[\p{Latin}'’]+[ \t,;:\-–—]+){0,6}(?=\p{Arabic})")
_BESIDE_QUOTE = regex.compile(r"[\"“]")
_BESIDE_LEAD_WORDS = 6  # words on the quote's line before it: a frame ("Inside it's printed"), no paragraph


def _beside_original(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds, after at most :data:`_BESIDE_LEAD_WORDS` words on its line, English in quote marks of
    two words at least that ends it (only punctuation, or the link itself, between) and is followed on its line by the
    Arabic after a link of at most six words and no sentence's end (:data:`_BESIDE_LINK`)."""
    found = _BESIDE_QUOTE.search(text, start, min(end, start + 200))
    at = -1 if found is None else found.start()
    if at < 0 or len(_LATIN_WORDS.findall(text, max(start, text.rfind("\n", 0, at) + 1), at)) > _BESIDE_LEAD_WORDS:
        return False
    close = text.find(_CLOSER[text[at]], at + 1)
    if close < 0 or "\n" in text[at:close] or _ARABIC_LETTER.search(text, at, close) or len(_LATIN_WORDS.findall(text, at, close)) < 2:
        return False
    link = _BESIDE_LINK.match(text, close + 1)
    return link is not None and "\n" not in link.group() and (end <= close + 1 and not _LATIN.search(text, end, close) or end <= link.end())


def marked(text: str, start: int, end: int, *, whole: bool = True, enclosing: bool = True) -> bool:
    """The English ``[start, end)`` is introduced as a translation: "translation:", "means", "He
    says:" just before it (on its line, or alone on the line before; a line that only announces it
    past blank lines, :func:`_announced_above`), a lead-in at its start ("It means", "Basically:"),
    or quotes or brackets around the whole of it.
    ``whole=False`` counts a quote or bracket that opens it wherever it closes (true whenever some
    end would count); ``enclosing=False`` counts no quote or bracket around it (only what says so), nor a gist
    word alone before a capital ("basically You ...", :data:`_GIST`)."""
    if _plain(text):
        return False
    if _credited(text, start, end) or own_note(text, end) or translator_signed(text, end) or "|" in text[max(0, start - 3) : start + 3] and _table_cell(text, start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():  # the segment starts its line: look at the line before
        if _announced_above(text, start, bilingual=enclosing):  # a bilingual post's heading marks it as weakly as brackets
            return True
        line_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    first = lead_in(text, start, end)
    before = text[max(line_start, start - 80, _indented(text)) : start]
    if _COMPARES.search(text, max(line_start, start - 80), max(first, start)) is not None:  # "Reminds me of something my dad used to say: ...": another saying
        return False
    gist = _GIST.match(text, start, end) if first > start else None
    if gist is not None and gist.end() == first:  # "basically You will ...": as weak a mark as brackets
        return enclosing
    if first > start and text[start] in "SO" and (so := _SO_GIST_LEAD.match(text, start, end)) is not None and so.end() == first:
        return False  # "So basically this guy is going on about ...": the writer's opening marks nothing
    if _MARKER_BEFORE.search(before) is not None or _meaning_lead(text, start, first) or saying_frame(text, start, end) or translated_frame(text, start, end) or translated_frame(text, start, end, line_start) or attempt_frame(text, start, end) or _restamped(text, start) or _in_field(text, start, first):
        return True
    if first > start and _AS_COLON.search(text, start, first) is not None:  # "Added to the article as: ...": the form it is given in
        return True
    if _beside_original(text, start, end):  # as weak a mark as brackets: the quote marks set the English beside its Arabic
        return enclosing
    at = _after_copula(text, start, end)
    if _caption_mark(text, at):  # as weak a mark as brackets: a caption may set any words beside its Arabic
        return enclosing
    if _opens(text, at) and (enclosing or text[at] not in _ENCLOSERS):
        return not _dialogue(text, at, start) and not _quoted_alone(text, at, end) and (not whole or _encloses(text, at, end))
    opener = _OPENER_BEFORE.search(before) if enclosing else None
    if opener is None:
        return False
    at = start - len(before) + opener.start()
    if at > 0 and not text[at - 1].isspace() and text[at] in "\"'":  # a straight quote closing what went before
        return False
    return not _dialogue(text, at) and not _quoted_alone(text, at, end) and (not whole or _encloses(text, at, end))


def _field_end(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends without the markup that closes a field after its words ("}}", "</seg></tuv>": an
    English field's, :func:`_english_field`); ``end`` if none, or if nothing Latin would be left."""
    reach = max(start, end - _MARKUP_REACH)
    if text.find("}}", reach, end) < 0 and text.find("</", reach, end) < 0:
        return end
    found = _FIELD_TAIL.search(text, reach, end)
    return end if found is None or not _LATIN.search(text, start, found.start()) else found.start()


# A wiki template's parameter before its value ("|trans-quote=", "| quote = ": MediaWiki's citation and gloss templates), and
# what ends the value: the next parameter or the template's close. The name is no word of the value, nor is what follows.
_PARAM_NAME = regex.compile(r"\|[ \t]*[A-Za-z][\w-]{0,29}[ \t]*=[ \t]*")
_PARAM_BEFORE = regex.compile(r"\|[ \t]*[A-Za-z][\w-]{0,29}[ \t]*=[ \t]*$")
_PARAM_AFTER = regex.compile(r"\s*(?:\|[ \t]*[A-Za-z][\w-]{0,29}[ \t]*=|\}\})")
_PARAM_REACH = 40  # characters before a span searched for its parameter


def _param_name(text: str, pos: int, end: int) -> int:
    """Where the value of a wiki template's parameter at ``pos`` begins (:data:`_PARAM_NAME`; its bar may be passed already, as
    a table's is), ``pos`` when none is there or its value has nothing Latin."""
    bar = pos
    while bar > 0 and text[bar - 1] in " \t":
        bar -= 1
    bar = bar - 1 if text[bar - 1 : bar] == "|" else pos
    found = _PARAM_NAME.match(text, bar, end) if text.startswith("|", bar) else None
    return found.end() if found is not None and found.end() > pos and _LATIN.search(text, found.end(), end) else pos


def _param_end(text: str, start: int, end: int) -> int:
    """Where ``[start, end)``, the value of a wiki template's parameter ("{{cite news |quote=... |trans-quote=..."), ends: before
    the next parameter or the template's "}}" (:data:`_PARAM_AFTER`); ``end`` if it is none, or nothing Latin would be left."""
    reach = max(0, start - _PARAM_REACH)
    if text.rfind("=", reach, start) < 0 or _PARAM_BEFORE.search(text, reach, start) is None:
        return end
    found = _PARAM_AFTER.search(text, start, end)
    return found.start() if found is not None and _LATIN.search(text, start, found.start()) else end


# A wiki template's close and the tags after it (" }}</ref>"): what ends a parameter's value (:func:`template_close`).
_TEMPLATE_CLOSE = regex.compile(r"\s*\}\}(?:\s|</[A-Za-z][\w:-]*>?)*")


def template_close(text: str, start: int, end: int) -> bool:
    """``[start, end)`` holds only a wiki template's close (:data:`_TEMPLATE_CLOSE`: " }}</ref>"): its letters are a tag's
    name, no English of a translation. (A file's other closing tags, "</seg></tuv>", stay with the English they close:
    taken out, they cut a TMX unit's and a <details> block's English short on held-out threads.)"""
    return _TEMPLATE_CLOSE.fullmatch(text, start, end) is not None


def _in_field(text: str, start: int, first: int) -> bool:
    """Whether the lead-in ``[start, first)`` passed an English field of a file (:func:`_english_field`), past the
    quotes and spaces that close the Arabic's."""
    pos = start
    while pos < first and (text[pos].isspace() or text[pos] in _LEFT_OVER):
        pos += 1
    return pos < first and _english_field(text, pos, first + 1) > pos and not _fuzzy(text, pos)


def _fuzzy(text: str, pos: int) -> bool:
    """Whether the gettext entry holding ``pos`` is flagged fuzzy ("#, fuzzy" over its msgid): a guess taken from a
    neighbouring message, that nobody checked, no translation of its msgid."""
    entry = max(text.rfind("\n\n", 0, pos), text.rfind("```", 0, pos), 0)
    return _FUZZY.search(text, entry, pos) is not None


# "it's "...", "it's like '...'", "this is basically "..."": what the text is, said with a quote after it.
_COPULA_QUOTE = regex.compile(
    r"""(?:it|this|that)(?:'s|’s|[ \t]+is|[ \t]+was)(?:[ \t]+(?:like|basically|roughly|literally|just|more[ \t]+like|something[ \t]+like))?[ \t]+(?=["“‘'«])""",
    regex.I,
)


def _after_copula(text: str, start: int, end: int) -> int:
    """Where the quote starts after a copula that says what the text is ("it's like '...'", :data:`_COPULA_QUOTE`)
    at ``start``: a quote there encloses a translation as one at ``start`` would; ``start`` when there is none."""
    if text[start : start + 1] not in "iItT":
        return start
    found = _COPULA_QUOTE.match(text, start, end)
    return start if found is None else found.end()


def _quoted_alone(text: str, at: int, end: int) -> bool:
    """The quotation mark at ``at`` opens the comment and what it encloses ends it: a comment that is
    only a quotation (``"Layla was overjoyed."``) quotes someone, and says nothing of whose words
    it translates (the marks count beside the Arabic, or after a phrase that says so)."""
    if text[at] not in "\"“‘'":
        return False
    before = at
    while before > 0 and text[before - 1].isspace():
        before -= 1
    after = end
    while after < len(text) and (text[after] in _TRAILING or text[after] in _CLOSE):
        after += 1
    return before == 0 and after == len(text)


def _credited(text: str, start: int, end: int) -> bool:
    """The English ``[start, end)`` is followed by a note naming a translation tool, the writer or the relative who
    translated it, at its end or right after it (:data:`_CREDITED`: "(DeepL)", "Source: Google Translate", "(my
    translation)"; :data:`_KIN_CREDIT`: "(translated by my wife)"), or by hashtags naming it a translation
    (:data:`_TRANSLATION_TAGS`: "... on a task. #translation")."""
    stop = _without_note(text, start, end)
    if "://" in text[stop : stop + _LINK_REACH] and _dictionary_after(text, stop):
        return True
    hint = _CREDIT_HINT.search(text[stop : stop + _NOTE_REACH].lower())
    if hint is None:
        return "#" in text[max(start, end - _NOTE_REACH) : end + _NOTE_REACH] and _translation_tagged(text, start, end)
    return _CREDITED.match(text, stop) is not None or _KIN_CREDIT.match(text, stop) is not None or _translation_tagged(text, start, end)


# What a translator writes under their translation, on a line of its own: a translator's note as scanlations, fan
# subtitles and forums print it ("T/N: we kept the names", "TL note: ...", "Translator's note: ..."), or r/translator's
# command marking the post translated ("!translated", "!doublecheck").
_TRANSLATOR_NOTE = regex.compile(r"(?i)(?:t/n|tl/n|tl[ \t]*notes?|translator['’]?s?[ \t]+notes?|translation[ \t]+notes?)[ \t]*[:\-–—]")
_TRANSLATED_COMMAND = regex.compile(r"(?i)!(?:translated|doublecheck)\b[ \t.]*(?:\n|$)")
_FOOTNOTE_MARKS = "*†‡¹²³"  # what keys an English word to its footnote ("origin.*" and "*dialect, so ...")


def translator_signed(text: str, end: int) -> bool:
    """The English ending at ``end`` (its line's end, but for a footnote's mark) is followed, past blank lines, by a line
    opening with a translator's note or r/translator's command (:data:`_TRANSLATOR_NOTE`, :data:`_TRANSLATED_COMMAND`):
    its writer says it is their translation."""
    after = end
    while after < len(text) and text[after] in " \t" + _FOOTNOTE_MARKS:
        after += 1
    if after < len(text) and text[after] != "\n":
        return False
    while after < len(text) and text[after].isspace():
        after += 1
    return after - end <= _HINT_REACH and (_TRANSLATOR_NOTE.match(text, after) is not None or _TRANSLATED_COMMAND.match(text, after) is not None)


def _footnoted(text: str, end: int) -> bool:
    """The English ending at ``end`` in a footnote's mark closes its line and a later line opens with the same mark."""
    mark, line = text[end - 1], text.find("\n", end)
    if line < 0 or text[end:line].strip():
        return False
    after = line
    while after < len(text) and text[after].isspace():
        after += 1
    return text.startswith(mark, after)


def annotates(text: str, end: int, start: int) -> bool:
    """The English starting at ``start``, on a later line than the English ending at ``end``, is a note on that English:
    a translator's note (:data:`_TRANSLATOR_NOTE`) or the footnote keyed by the mark the English ends with ("... origin.*"
    over "*the verb could also be read ..."; a mark, not emphasis: the English's line holds it an odd number of times)."""
    if "\n" not in text[end:start]:
        return False
    if _TRANSLATOR_NOTE.match(text, start) is not None:
        return True
    mark = text[start : start + 1]
    if not mark or mark not in _FOOTNOTE_MARKS:
        return False
    tail = text[:end].rstrip(" \t")
    line = tail[tail.rfind("\n") + 1 :]
    return line.endswith(mark) and (mark != "*" or line.count("*") % 2 == 1)


# A link to a dictionary or a translator's site ("https://www.almaany.com/...", "en.wiktionary.org/wiki/...",
# "context.reverso.net", "translate.google.com"): the writer looked words up to translate them.
_DICTIONARY_LINK = regex.compile(
    r"(?i)(?:https?://)?[\w.-]*(?:almaany|wiktionary|reverso|wordreference|lughatuna|livingarabic|hanswehr|arabicstudentsdictionary|translate\.google|deepl|(?<![a-z])dict)[\w.-]*\.[a-z]{2,}\b"
)
_LINK_REACH = 200  # characters after the English where such a link is looked for (its paragraph after it)


def _dictionary_after(text: str, stop: int) -> bool:
    """A link to a dictionary or translator's site (:data:`_DICTIONARY_LINK`) stands in the next paragraph or line after
    the English ending at ``stop`` (within :data:`_LINK_REACH` characters, no Arabic between): what the English was made with."""
    line = text.find("\n", stop, stop + _LINK_REACH)
    if line < 0 or _ARABIC_LETTER.search(text, stop, min(len(text), stop + _LINK_REACH)):
        return False
    nxt = text.find("\n", line + 1)
    while nxt >= 0 and not text[line:nxt].strip() and nxt < stop + _LINK_REACH:  # past blank lines
        line, nxt = nxt, text.find("\n", nxt + 1)
    return _DICTIONARY_LINK.search(text, line, len(text) if nxt < 0 else nxt) is not None


# A relative or friend named after the English as its translator ("(my dad's translation, he grew up in Aleppo)",
# "(translated by my wife)", "- translation courtesy of my cousin", "(my mum translated it)"): the English is a translation, as "(my translation)" says.
_KIN_CREDIT = regex.compile(
    rf"""[\s.!?…,;:\-–—(\[]*(?:(?:my|our)\s+(?:{_KIN})s?['’]s?\s+(?:own\s+)?(?:translation|version|attempt)
    |(?:my|our)\s+(?:{_KIN})s?\s+(?:translated|did\s+the\s+translation)
    |(?:translated|translation|tl)\s+(?:by|from|courtesy\s+of|via|thanks\s+to)\s+(?:my|our)\s+(?:{_KIN})s?)\b[^\n()\[\]]{{0,60}}[)\]]?[ \t.!]*(?:\n|$)""",
    regex.I | regex.X,
)
_CREDIT_OPENER = regex.compile(r"[ \t]*(?:[(\[]|[\-–—][ \t])")  # where such a credit may open at the English's end
# Hashtags closing the English's line that name it a translation ("... #translation", "#TranslationThread", "#tl #arabic").
_TRANSLATION_TAGS = regex.compile(r"(?:[ \t]+#\w+)*?[ \t]*#(?:\w*translat\w*|tl|eng|english)\b(?:[ \t]+#\w+)*[ \t.!]*(?:\n|$)", regex.I)


def _translation_tagged(text: str, start: int, end: int) -> bool:
    """The English ``[start, end)`` ends its line with hashtags naming it a translation (:data:`_TRANSLATION_TAGS`), at
    its end or right after it."""
    tag = text.find("#", max(start, end - _NOTE_REACH), end + _NOTE_REACH)
    if tag < 0 or _LATIN.search(text, start, tag) is None:
        return False
    while tag > start and text[tag - 1] in " \t":
        tag -= 1
    return _TRANSLATION_TAGS.match(text, tag) is not None


# What a bot signs its comment with ("^(I am a bot. Reply !wrong to report a bad translation.)",
# "*This translation was generated automatically.*", "beep boop", "I'm a bot, bleep bloop"): its English is a machine's.
_BOT_SIGNATURE = regex.compile(
    r"""\bI(?:'|’|\s+a)m\s+a\s+(?:translation\s+|translator\s+)?bot\b
    | \b(?:this\s+)?(?:translation|reply|comment|message|post|text)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:generated|produced|created|written|made|posted)\s+(?:automatically|by\s+a\s+(?:bot|machine))\b
    | \bautomatically\s+(?:generated|translated)\b | \b(?:beep|bleep)\s+bl?oop\b | \bbot\s+action\s+performed\b""",
    regex.I | regex.X,
)
_BOT_HINT = re.compile(r"bot|automatic|beep|bleep", re.I)


@lru_cache(maxsize=4096)
def bot_signed(text: str) -> bool:
    """Whether a comment is signed as a bot's (:data:`_BOT_SIGNATURE`): its English is machine translation, which
    renders the words of what it translates one by one (an English that renders none of a passage's words is the
    bot's translation of another post, however it is introduced)."""
    return _BOT_HINT.search(text) is not None and _BOT_SIGNATURE.search(text) is not None


def _dialogue(text: str, at: int, lead: int | None = None) -> bool:
    """The quote opening at ``at`` follows English on its line (``"I know," said Sam. "This is
    ..."``): a line of dialogue, not a translation quoted whole (a phrase that says so, "He says:",
    is looked for before this); English before ``lead`` only, when a copula leads the quote ("it's "...")."""
    stop = at if lead is None else lead
    return text[at] in "\"“‘'" and _LATIN.search(text, text.rfind("\n", 0, stop) + 1, stop) is not None


# Said around a translation by someone unsure of it: "Translation (mine, not perfect):", "Roughly:".
_UNCERTAIN = regex.compile(
    r"""\b(?:not\s+(?:perfect|exact|sure|literal)|rough(?:ly)?|loose(?:ly)?|approximate(?:ly)?|more\s+or\s+less
    |something\s+like|if\s+i'?m\s+not\s+mistaken|i\s+think|i\s+believe|my\s+(?:bad|poor|weak)\s+(?:english|translation)
    |don'?t\s+quote\s+me|correct\s+me|not\s+(?:100\s*%\s+|completely\s+|totally\s+)sure|if\s+i\s+(?:remember|recall)|iirc|i\s+guess|grain\s+of\s+salt)\b""",
    regex.I | regex.X,
)
_AROUND = 80  # characters before a translation (on its line) and after it searched for doubt


# Said before a translation of part of a passage: "The first part says:", "The last line means",
# "The bottom one says", "Partial translation:", "Only the beginning:", "Part of it:".
_PARTIAL = regex.compile(
    r"""\b(?:first|second|third|last|final|other|opening|closing|1st|2nd|3rd|top|bottom)\s+(?:part|bit|half|sentence|line|clause|phrase|paragraph|verse|one)s?\b
    |\b(?:the\s+)?(?:beginning|start|end)\s+(?:of\s+it|says|means|is)\b|\bonly\s+(?:(?:caught|got|heard|understood|read|know|did)\s+)?the\s+(?:beginning|start|end)\b
    |\bpartial(?:ly)?\b|\b(?:part|half|some)\s+of\s+(?:it|this|that|the\s+(?:comment|post|text|passage))\b""",
    regex.I | regex.X,
)


# A sentence run on without an end mark ("... not just with money Not sure why people are
# downvoting.", "... because .. Took me back to school."): a word that opens sentences and is no
# name (a closed class: pronouns, determiners, auxiliaries, negation, conjunctions, interjections),
# capitalised right after a lower-case word or ArzEn's pause mark ".." (any other capital after ".."
# goes on: "Ain Shams university .. Faculty of Engineering ..."), or after a closing quote (a quoted translation without
# its end mark, then the writer's own: '... “No, not at all” We're working on a fix.'). Pairing cuts a clause there, so a
# remark after a translation can be left out of it.
_OPENERS = (
    "Not|No|Nope|Yes|Yeah|Yep|Anyway|Anyways|Also|But|And|So|Then|Well|Still|Maybe|Honestly|Btw|Lol|Haha|Ok|Okay|Oh|Wow"
    "|Thanks|Thank|Cheers|Hope|Sorry|Please|The|This|That|These|Those|There|Here|It|It's|That's|There's|He|She|We|They"
    "|You|My|Your|Our|His|Her|Their|What|Why|How|Who|When|Where|Which|Is|Are|Was|Were|Do|Does|Did|Don't|Can't|Could"
    "|Would|Should|Have|Has|Had|Just|Never|We're|We'll|We’re|We’ll|They're|They’re|You're|You’re|Let's|Let’s"
)
_RUN_ON_WORDS = 2  # words of a sentence before the one run on, at the least
# The letter or the pause mark's second dot, then the spaces (group 1) and the opener; a single full stop is
# passed over by the look-behind (the pattern starts with a class of characters: about three times as fast
# as one that starts with a look-behind, on the 10,000-comment thread of bench_pairing's speed figures).
_RUN_ON = re.compile(rf"[a-z.](?<![^.]\.)([ \t]+)(?=[A-Z])(?:{_OPENERS})(?![\w'’])")
# After a closing quote (a letter or an end mark before it): searched apart, only in text that has one (a pattern of two
# alternatives searches about three times as slowly).
_QUOTE_RUN_ON = re.compile(rf"[”»\"](?<=[a-z.!?].)([ \t]+)(?=[A-Z])(?:{_OPENERS})(?![\w'’])")
_CLOSING_QUOTES = ("”", "»", '"')


def _quoted_in(text: str, start: int, end: int) -> bool:
    """``[start, end)`` holds a closing quote (:data:`_CLOSING_QUOTES`)."""
    return any(text.find(q, start, end) >= 0 for q in _CLOSING_QUOTES)


def _run_on_breaks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Where sentences run on in ``[start, end)`` (:data:`_RUN_ON`, :data:`_QUOTE_RUN_ON`), in order."""
    found = list(_RUN_ON.finditer(text, start, end))
    if _quoted_in(text, start, end):
        found += _QUOTE_RUN_ON.finditer(text, start, end)
        found.sort(key=lambda m: m.start(1))
    return found


def run_ons(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` (a clause of English) cut where a sentence runs on without an end mark
    (:data:`_RUN_ON`): the pieces, without the spaces between them. Only after the clause's lead-in
    (:func:`lead_in`: "it says It's ...", "@sarah.k The ...") and two of its words at the least."""
    breaks = _run_on_breaks(text, start, end)
    if not breaks:
        return [(start, end)]
    out = []
    words = lead_in(text, start, end)
    for m in breaks:
        if len(_WORD.findall(text, words, m.start(1))) >= _RUN_ON_WORDS:
            out.append((start, m.start(1)))
            start = words = m.end(1)
    out.append((start, end))
    return out


def run_on_in(text: str, start: int, end: int) -> bool:
    """Whether a sentence runs on somewhere in ``[start, end)`` (:func:`run_ons` would cut it): one
    search for a whole block of English, whose clauses are cut only when it finds one."""
    if _RUN_ON.search(text, start, end) is not None:
        return True
    return _quoted_in(text, start, end) and _QUOTE_RUN_ON.search(text, start, end) is not None


def runs_on(text: str, end: int, start: int) -> bool:
    """Whether the English from ``end`` to ``start`` is the break of a sentence run on (:func:`run_ons`)."""
    if not end:
        return False
    m = (_QUOTE_RUN_ON if text[end - 1] in _CLOSING_QUOTES else _RUN_ON).match(text, end - 1)
    return m is not None and m.end(1) == start



# Someone reported saying a sentence in the first person ("She says I don't understand ..."): the lead-in
# pattern leaves it whole (:data:`_LEAD_IN`: "He says I should go." may be a translation's own words),
# which only the Arabic can tell: without a verb of saying or writing in it (:data:`_ARABIC_SAYING`: قال, يقول,
# بيقول, قلت, كتب ...), the report is no part of the translation. The one reported is a pronoun or someone named by a
# determiner ("The passenger says I ...", "my grandma says something like I ..."), a hedge after the verb.
_REPORTED = regex.compile(
    r"""(?:(?:ok(?:ay)?|so|and|but|lol)[ \t,]+){0,3}
    (?:he|she|they|(?:the\s+)?op|(?:the|my|our|his|her|their|your)\s+[\p{L}'’]+(?:\s+[\p{L}'’]+)?)(?:'s|\s+is)?\s+(?:says|said|saying|wrote|writes)
    (?:\s+(?:something|smth|sth)\s+like|\s+(?:basically|roughly|literally))?[ \t]*,?[ \t]+(?=(?-i:I)\b)""",
    regex.I | regex.X,
)
_ARABIC_SAYING = re.compile("قول|قال|قلت|كتب")


_ENGLISH_SAYING = regex.compile(r"(?i)(?<!\p{L})(?:say|says|said|saying|write|writes|wrote|writing)(?!\p{L})")  # a verb of saying or writing


def reported(text: str, start: int, end: int, arabic: str) -> int:
    """Where the words of the English at ``[start, end)`` begin once a report of someone's first-person
    sentence ("She says I ...", :data:`_REPORTED`) is passed, when the ``arabic`` it translates has no
    verb of saying that the sentence reported does not render already ("She says I don't understand what you're saying."
    of لا أفهم ما تقول: its تقول is the sentence's "saying"); ``start`` otherwise."""
    found = _REPORTED.match(text, start, end)
    if found is None or len(_ARABIC_SAYING.findall(arabic)) > len(_ENGLISH_SAYING.findall(text, found.end(), end)):
        return start
    return found.end()


_SENTENCE_BREAK = regex.compile(r"[.!?…]+[\"'”’)\]]*\s")


# Which part a lead-in names ("The second part means", "Bottom one:"): the first, the second, the
# third or the last.
_ORDINAL = regex.compile(
    r"""\b(?:(?P<first>first|1st|top|opening)|(?P<second>second|2nd)|(?P<third>third|3rd)|(?P<last>last|final|bottom|closing))
    \s+(?:part|bit|half|sentence|line|paragraph|verse|one)s?\b
    |\b(?:(?P<first>upper|top)|(?P<last>lower|bottom))[ \t]*(?=[:=])  # a label alone ("Upper: ...", "Bottom: ...")""",
    regex.I | regex.X,
)
_PLACES = {"first": 0, "second": 1, "third": 2, "last": -1}


def part_named(text: str, start: int, end: int) -> int | None:
    """Which part of what it answers the English at ``[start, end)`` says it translates, in its
    lead-in ("The second part means ...", "Bottom one: ..."): 0 the first, 1 the second, 2 the
    third, -1 the last; None when it names none."""
    if _plain(text):
        return None
    first = lead_in(text, start, end)
    found = _ORDINAL.search(text, start, first) if first > start else None
    return None if found is None else _PLACES[str(found.lastgroup)]


def partial(text: str, start: int, end: int) -> bool:
    """The English at ``[start, end)`` is introduced as the translation of a part of the Arabic ("The
    first part says:", "Partial translation:"), in its lead-in or on the line before it: its length
    says nothing of the whole passage's."""
    if _plain(text):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():  # the segment starts its line: look at the line before
        line_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    begin = max(line_start, start - 80)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, begin, start)]  # the phrase starts after the last sentence
    return (
        _PARTIAL.search(text, ends[-1] if ends else begin, lead_in(text, start, end)) is not None or _rest_left(text, end) or rest_left(text, end)
        or rest_closes(text, start, end)
    )


_REST_LEFT = regex.compile(_REST, regex.I | regex.X)
_REST_HINTS = (("rest", "second", "last", "other"), ("idea", "sure", "n't", "nt ", "n’t"))  # how every such note ends; begins
_REST_REACH = 200  # characters after a segment, in its paragraph, searched for such a note


def _rest_left(text: str, end: int) -> bool:
    """A note that the rest is left untranslated (:data:`_REST`: "(no idea about the rest)", "... can't
    make out the second sentence.") follows ``end`` in its paragraph: the English translates a part
    (the words every such note ends and begins with looked for first)."""
    stop = text.find("\n\n", end, end + _REST_REACH)
    window = text[end : end + _REST_REACH if stop < 0 else stop].lower()
    return all(any(word in window for word in hints) for hints in _REST_HINTS) and _REST_LEFT.search(window) is not None


def uncertain(text: str, start: int, end: int) -> bool:
    """The translation at ``[start, end)`` of ``text`` comes with stated doubt ("roughly", "not
    perfect", "correct me"), in its lead-in, on the line before it, or right after it (or in a note
    at its end: "..., or something like that.")."""
    before = text.rfind("\n", 0, max(text.rfind("\n", 0, start), 0)) + 1
    lead = text[max(before, start - _AROUND) : start]
    head = text[start : min(end, start + 30)]
    tail = text[_without_note(text, start, end) : end + _AROUND].split("\n\n", 1)[0]  # a note at its end too
    return any(_UNCERTAIN.search(part) for part in (lead, head, tail))


# ------------------------------------------------------------------------------------------
# Plain texts: none of the cues above can be found in them.

# Every cue of :func:`introduces`, :func:`tight` (:func:`lead_in` and the notes and part marks at a
# segment's end), :func:`marked`, :func:`partial`, :func:`opens` and :func:`part_named` needs a
# character outside these (a colon, a quote, a bracket, a full stop, a line break, "@", "/", an
# emoji...) or one of the words below. Arabic letters and marks are allowed (a passage's own).
_PLAIN_CHARACTERS = re.compile(r"[A-Za-z0-9 \u0621-\u065F\u0670]*")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")  # a plain text's words (spaces and Arabic letters between them)
# What a cue's word holds (lower case, as parts of words: "reads" has "read"): the hints above, the
# part marks', sign-offs', meaning words' and partial translations' words; one word of each hint of
# several ("quote me": "quote"); the meaning words "en", "tl", "tr" and "ie" ("i.e.") only as words
# of their own. Looked for in one plain word at a time (so no hint may hold a space).
_CUE_WORDS = re.compile(
    "|".join((
        _LEAD_IN_WORDS.pattern, _REMARK_HINT.pattern, _NOTE_HINT.pattern, _CREDIT_HINT.pattern, _PART_TAIL_HINT.pattern,
        _ANNOUNCE_HINT.pattern,
        r"those|think|believe|guess|less|^one$",  # the hints of several words (_NOTE_HINT's "those lines", "i think", "or less"...; _REMARK_HINT's " one": "sweet one")
        r"cont|part|rest|second|half|more",  # part marks (_PART_ONLY, _PART_LEAD, _PART_TAIL)
        r"hope|cheers|enjoy|luck|welcome|gist|understand|sense|lol|lmao|haha|brutal|easy|feedback|criticism|appreciated|hth",  # sign-offs (_SIGN_OFF)
        r"know|idea|sure|unno|personal|private|rather",  # non-answers and refusals (_NON_ANSWER_BEFORE)
        r"native|learn|beginner|chime|jump|far|guarantee",  # disclaimers (_DISCLAIMER)
        r"arabic",  # a translation asked for into Arabic (_INTO_ARABIC; "EN > AR" has "en")
        r"translat|mean|say|said|wrote|write|rough|literal|basically|english|google|other|read|give|eng|trans|attempt"
        r"|something|correct|^(?:en|tl|tr|ie)$",  # meaning words (_MEANING_WORDS; "ie" is "i.e.")
        r"first|third|last|final|opening|closing|1st|2nd|3rd|top|bottom|beginning|start|end|partial|some",  # parts named (_PARTIAL, _ORDINAL)
    ))
)


@lru_cache(maxsize=4096)
def _cue_word(word: str) -> bool:
    """Whether one word of a plain text holds a cue's word (:data:`_CUE_WORDS`, in lower case), kept
    per word: texts share most of theirs ("reply", "hi")."""
    return _CUE_WORDS.search(word.lower()) is not None


@lru_cache(maxsize=1024)
def _plain(text: str) -> bool:
    """Whether ``text`` (a comment's) has no character or word any cue needs (:data:`_PLAIN_CHARACTERS`,
    :data:`_CUE_WORDS`): then no segment of it introduces, closes or is introduced as a translation,
    and a segment's tight span is its words. Pairing asks these of every new segment of English
    (about 25 us a segment; a reply chain of "reply 12 hi" is all such segments), so this is looked
    at once per text (kept for the last 1,024) and the answers given without the patterns."""
    if _PLAIN_CHARACTERS.fullmatch(text) is None:
        return False
    return not any(_cue_word(word) for word in _ASCII_WORD.findall(text) if not word.isdigit())


# A reader's verdict on one of several answers, naming it by its place ("The second one is right", "First is a guess.",
# "Second one.", "go with the top reply"): which answer it confirms or rejects, whatever it replies to.
_ORDINAL_PLACE = r"(?:(?P<first>first|1st|top|upper|former|earlier)|(?P<second>second|2nd)|(?P<third>third|3rd)|(?P<last>last|bottom|lower|latter|later))"
_ANSWER_NOUN = r"(?:one|reply|answer|translation|comment|guy|person|poster|version|attempt|response)"
_ANSWER_PLACE = rf"{_ORDINAL_PLACE}(?:[ \t]+{_ANSWER_NOUN})?"
_VERDICT = regex.compile(
    rf"""(?:^|(?<=(?:[.;:!?,\n]|\bbut|\band)[ \t]*))(?:(?:the|that)[ \t]+)?{_ANSWER_PLACE}
    (?:(?:[ \t]+(?:is|was)|['’]s)[ \t]+(?:(?:totally|absolutely|completely|definitely|100%|much|way|spot|just|a[ \t]+bit|kinda|probably)[ \t]+)?
       (?:(?P<right>right|correct|accurate|on|better|closer|it|the[ \t]+(?:right|correct|accurate|better|good|real)[ \t]+one)
        | (?P<wrong>wrong|incorrect|inaccurate|off|a[ \t]+guess|guessing|made[ \t]+up|nonsense|gibberish|mistranslated|a[ \t]+mistranslation
          |not[ \t]+(?:right|it|correct|accurate|even[ \t]+close)|(?:a[ \t]+)?different[ \t]+\w+|(?:from[ \t]+)?(?:another|some[ \t]+other)[ \t]+\w+
          |(?:a[ \t]+)?machine[ \t]+translation|(?:from[ \t]+)?google[ \t]+translate))
     | [ \t]+(?:isn['’]t|wasn['’]t|is[ \t]+not|was[ \t]+not)[ \t]+(?P<wrong>right|it|correct|accurate|even[ \t]+close)
     | [ \t]+(?P<right>got[ \t]+it|nailed[ \t]+it)
     | [ \t]+(?:is|was)(?P<right>)(?=[ \t]*(?:[.!;,]|$)))\b
    | ^[ \t]*(?:(?:(?:go|going)[ \t]+with|trust|listen[ \t]+to|it['’]s)[ \t]+(?:the[ \t]+)?{_ANSWER_PLACE}|(?:the[ \t]+)?{_ORDINAL_PLACE}[ \t]+{_ANSWER_NOUN})[ \t]*(?P<right>[.!]+[ \t]*(?:$|\n|(?=\p{{Lu}}))|$)""",
    regex.I | regex.X | regex.M,
)
_PLACE_HINT = re.compile("first|1st|second|2nd|third|3rd|last|top|upper|bottom|lower|former|latter|earlier|later")  # in lower case
_VERDICT_REACH = 200  # characters of a reply's own words read for a verdict


@lru_cache(maxsize=4096)
def verdicts(text: str) -> tuple[tuple[int, bool], ...]:
    """The answers a reply (``text``) judges by their place among several (0 the first, 1 the second, 2 the third, -1 the
    last), each with True when it says that one is right, False when wrong ("The second one is right; the first reply is a
    different sentence entirely.", "Second one. First is a guess."), in its first :data:`_VERDICT_REACH` characters
    outside the lines it quotes. Empty for most replies (the place words are looked for first); kept per text, as a
    thread's copies of a comment repeat it."""
    head = text[: 4 * _VERDICT_REACH]
    own = "\n".join(line for line in head.split("\n") if not line.lstrip().startswith(_QUOTE_BLOCK)) if _QUOTE_BLOCK in head else head
    own = own[:_VERDICT_REACH]
    if _PLACE_HINT.search(own.lower()) is None:
        return ()
    found: dict[int, bool] = {}
    for m in _VERDICT.finditer(own):
        place = next(name for name in _PLACES if m.group(name) is not None)
        found.setdefault(_PLACES[place], m.group("right") is not None)
    return tuple(found.items())


# A sentence that says what the Arabic claims is false, opening the English after it (a reply quoting it, or its own
# comment): "Nobody says that anymore.", "That's just not true.", "Completely wrong.", "Propaganda, plain and simple.",
# "Says who?", "Source: trust me bro." The English that goes on argues with the Arabic; it does not translate it.
_REBUTTAL = regex.compile(
    r"""[\s"'“‘(*_]*(?:(?:no|nah|nope|lol|lmao|bro|um+|uh+|well|sorry|honestly|tbh|again)[\s,.!]+)*
    (?:(?:that|this|it|what\s+you\s+(?:said|wrote|quoted|posted))(?:'s|\s+is|\s+was|s)?\s+
       (?:(?:just|simply|absolutely|completely|totally|so|plain|utter|such|pure|all|100%)\s+)*
       (?:not\s+true|untrue|false|wrong|incorrect|a\s+lie|lies|(?:a\s+)?(?:load\s+of\s+)?(?:nonsense|rubbish|garbage|bs|bullshit|crap)
          |fake(?:\s+news)?|a\s+myth|(?:a\s+)?(?:piece\s+of\s+)?propaganda|misinformation|disinformation|a\s+hoax|debunked|made\s+up)
     | (?:(?:just|simply|absolutely|completely|totally|so|dead|plain|utterly|all)\s+)+(?:wrong|false|untrue|made\s+up)
     | not\s+true | false | wrong | untrue | nonsense | rubbish | propaganda | misinformation | fake(?:\s+news)? | debunked | lies
     | (?:nobody|no\s*-?\s*one)\s+(?:really\s+|actually\s+)?(?:says|said|believes|thinks|talks\s+like|uses)\s+(?:that|this|it)(?:\s+(?:anymore|any\s+more|today|nowadays))?
     | says\s+who | who\s+says\s+(?:that|this|so) | (?:i\s+)?(?:strongly\s+|completely\s+|totally\s+)?disagree
     | (?:that|this|it)\s+never\s+happened | (?:source|sources|citation)\s*(?:\?+|:\s*trust\s+me(?:\s+bro)?|\s+needed|\s+please)
     | (?:that'?s|that\s+is)\s+(?:a\s+)?(?:total\s+|complete\s+)?(?:myth|lie|hoax)
     | (?:(?:that'?s|that\s+is|this\s+is|it'?s)\s+)?(?:just\s+|so\s+|completely\s+|totally\s+)?(?:ridiculous|absurd|laughable|not\s+even\s+close)
     | (?:i\s+)?(?:highly\s+|really\s+|seriously\s+)?doubt\s+(?:it|that) | big\s+if\s+true | absolutely\s+not
     | (?:(?:this|that|it)\s+)?(?:has\s+been|was|got)\s+debunked(?:\s+(?:already|ages\s+ago|years\s+ago))?
     | stop\s+(?:spreading|posting|sharing)\s+(?:this|that|lies|fake\s+news|misinformation|propaganda|nonsense))
    (?:[\s,]+(?:at\s+all|plain\s+and\s+simple|lol|lmao|bro|mate|man|sorry|honestly|tbh|though|tho|mate|either|really|actually|anymore))*
    [\s"'”’)*_]*[.!?…]*[\s"'”’)*_]*""",
    regex.I | regex.X,
)
_REBUTTAL_HINT = re.compile(r"true|false|wrong|lie|nonsense|rubbish|garbage|bs|shit|crap|fake|myth|propaganda|information|hoax|debunk|made up"
                            r"|one|body|who|agree|never|source|citation|ridiculous|absurd|laughable|close|doubt|absolutely not|stop")
_REBUTTAL_LONG = 60  # characters: such a sentence is no longer


def rebuts(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` says that what comes before it is false (:data:`_REBUTTAL`, at most
    :data:`_REBUTTAL_LONG` characters; a word of :data:`_REBUTTAL_HINT` looked for first)."""
    if end - start > _REBUTTAL_LONG or _REBUTTAL_HINT.search(text[start:end].lower()) is None:
        return False
    return _REBUTTAL.fullmatch(text.replace("’", "'"), start, end) is not None


# English that says what the Arabic is about, not what it says: "mostly about candidates, developing and available.",
# "something about campaign and national, the rest is context", "It's basically about the vaccine." A summary of the
# topic, however introduced ("Summary for non-Arabic readers: ..."), is no translation a reader can publish; a
# translation that opens with "It's about money." (no hedge before "about") is left alone.
_ABOUT_TOPIC = regex.compile(
    r"""[\s"'“‘(*_]*(?:tl;?\s?dr[\s:,.-]*)?(?:(?:it'?s|its|it\s+is|this\s+is|that'?s|the\s+(?:post|text|comment|quote|caption)\s+is)\s+)?
    (?:mostly|mainly|largely|something|basically|roughly|kinda|kind\s+of|sort\s+of|generally|vaguely|somehow)\s+about\b""",
    regex.I | regex.X,
)
_ABOUT_HINT = re.compile(r"about", re.I)
# English that calls what it reports nonsense ("google translate says gibberish, something about a window and a cow",
# "Google gives me word salad.", "google translate gives me complete nonsense for this lol", "DeepL: total nonsense lol"): a verdict on a machine's output, no translation, whatever
# words of the Arabic it goes on to pick out.
_NONSENSE = regex.compile(
    r"""[\s"'“‘(*_]*(?:(?:me|us)\s+)?(?:(?:it'?s|its|it\s+is|just|only|some|total|complete|pure|utter|absolute|basically|like)\s+)*
    (?:gibberish|nonsense|garbage|rubbish|junk|word\s+salad|jibberish)\b(?=[\s,;:.!…)\-–—]*(?:$|\n|[\p{L}\s,]{0,12}(?:lol|lmao|tbh|haha|something|about|[,;:.!…\-–—])))""",
    regex.I | regex.X,
)
_NONSENSE_HINT = re.compile(r"gibberish|nonsense|garbage|rubbish|junk|salad", re.I)


def describes(text: str, start: int, end: int) -> bool:
    """The English at ``start`` (its lead-ins passed) opens by saying what the Arabic is about (:data:`_ABOUT_TOPIC`:
    "mostly about ...", "something about ..."), a summary of its topic, or by calling it nonsense (:data:`_NONSENSE`:
    "google translate says gibberish, ..."): no translation."""
    first = lead_in(text, start, end)
    near = min(end, first + 60)
    if _NONSENSE_HINT.search(text, first, near) is not None and _NONSENSE.match(text, first, end) is not None:
        return True
    return _ABOUT_HINT.search(text, first, near) is not None and _ABOUT_TOPIC.match(text, first, end) is not None


# The English edition of the text the Arabic was taken from, named as what says the English ("The English version of the
# article is different, it just says: ...", "the English-language site leads with ...", "The English edition has: ..."):
# a text its publisher wrote for English readers, which may tell the story another way, no translation of the commenter's.
_OTHER_EDITION = regex.compile(
    r"""\bthe\s+english(?:[\s-]+language)?\s+
    (?:(?:version|edition)\s+of\s+(?:the|this|that|their|his|her|its)\s+(?:article|story|piece|report|news|page|site|website|press\s+release|statement|interview|paper)
     | edition|site|website|article|piece|story|report|press\s+release|headline|paper|newspaper|coverage|outlet|service)s?\b""",
    regex.I | regex.X,
)
_EDITION_REACH = 120  # characters before the English, on its line, read for such a lead


def other_edition(text: str, start: int, end: int) -> bool:
    """The English ``[start, end)`` follows, on its line and in the same sentence, a lead naming the English edition of the
    text the Arabic comes from as what it quotes (:data:`_OTHER_EDITION`): that edition's words, no translation of the
    writer's (round 37's false pairs on an English article's paraphrase)."""
    if "nglish" not in text and "NGLISH" not in text:
        return False
    first = lead_in(text, start, end)
    line = max(text.rfind("\n", 0, start) + 1, start - _EDITION_REACH)
    if first <= line or "english" not in text[line:first].lower():
        return False
    found = None
    for found in _OTHER_EDITION.finditer(text, line, first):
        pass
    return found is not None and _SENTENCE_END_IN.search(text, found.end(), first) is None



# A machine translator named as what gives the English ("Google Translate says", "Google Lens says", "Bing translated it
# as", "DeepL gives", "the app spat out"), and the poster's verdict right after that output that it is wrong ("but that
# can't be right", "That's nonsense.", "... clearly wrong.", "Definitely not it.", "which makes no sense", "I doubt that's
# it"): the poster disowns the output, which is no translation of the Arabic (rounds 25 and 37's negatives: "Google says
# '...' but that's nonsense, it can't be right.").
_MACHINE_GIVES = regex.compile(
    r"""\b(?:google(?:\s+(?:translate|lens))?|deepl|bing(?:\s+translator)?|yandex|chat\s?gpt|(?:the\s+)?(?:translator\s+)?app
       |(?:the\s+)?(?:machine|auto(?:matic)?)[\s-]*translat\w*|(?:the\s+)?auto[\s-]?translat\w*)
    \s+(?:says|said|gives|gave|gives\s+me|gave\s+me|came\s+up\s+with|comes\s+up\s+with|spits?\s+out|spat\s+out|shows|showed
       |translated\s+(?:it|this|that)\s+as|translates\s+(?:it|this|that)\s+(?:as|to)|renders\s+(?:it|this|that)\s+as)\b""",
    regex.I | regex.X,
)
_MACHINE_HINTS = ("google", "deepl", "bing", "yandex", "gpt", "app", "machine", "auto")  # looked for first, in lower case
_DISOWNED = regex.compile(
    r"""[\s"'”’»)\].,;:!…*_-]*(?:(?:but|and|which|though|although|so|lol|haha|um+|hmm+)[\s,]+)*
    (?:(?:that|this|it|which)(?:'s|\s+is|\s+was)?\s+)?
    (?:(?:clearly|obviously|definitely|surely|certainly|totally|completely|pure|utter|just|probably)\s+)*
    (?:(?:can'?t|cannot|could\s*n'?t|can\s+not)\s+be\s+(?:right|it|correct)
     | (?:wrong|incorrect|nonsense|gibberish|rubbish|garbage|not\s+(?:it|right|correct|what\s+it\s+(?:says|means)))
       (?=[ \t]*(?:[.!?…,;:)"'”’\-–—]|$))
     | (?:makes?|made)\s+no\s+sense | (?:does\s*n'?t|does\s+not|did\s*n'?t)\s+make\s+(?:any\s+)?sense
     | i\s+(?:really\s+|highly\s+|seriously\s+)?doubt\s+(?:that'?s\s+(?:it|right)|it|that))""",
    regex.I | regex.X,
)
_DISOWN_REACH = 120  # characters of a line before the English read for the machine named as giving it
_OUTPUT_END = regex.compile(r"[.!?…][\"'”’»)]*(?=\s)")  # a sentence's end inside the English, its closing quote passed


def disowned(text: str, start: int, end: int) -> bool:
    """The English ``[start, end)`` follows, on its line, a machine translator named as what gives it
    (:data:`_MACHINE_GIVES`, its lead-ins passed), and the poster says right after one of its sentences that it is wrong
    (:data:`_DISOWNED`, in a sentence of its own or a tail after it): a machine's output its poster disowns, no translation
    of the Arabic. A machine's output left unjudged, or called right, keeps its pair."""
    near = text[max(0, start - _DISOWN_REACH) : min(end, start + _DISOWN_REACH)].lower()  # (a window may run to thousands of characters)
    if not any(hint in near for hint in _MACHINE_HINTS):
        return False
    first = lead_in(text, start, end)
    line = max(text.rfind("\n", 0, first) + 1, first - _DISOWN_REACH)
    if _MACHINE_GIVES.search(text, line, first) is None:
        return False
    stops = [m.end() for m in _OUTPUT_END.finditer(text, first, end)] + [end]
    return any(_DISOWNED.match(text, stop, min(len(text), stop + 80)) is not None for stop in stops)


# A guess at what the Arabic is about or names, by someone who cannot read it ("no idea, I can't read Arabic, but I'd guess
# it's about understand and berber?", "can't read it at all, guessing it mentions waited and called?", "My guess is it's
# something about patience", "If I had to guess, it mentions God and family."): a few words picked out, no translation.
# "I guess it's about time." and "I guess it's about to rain." say what they say (their "about" is no topic's).
_GUESS = regex.compile(
    r"""\b(?:i'?d\s+guess|i\s+(?:would\s+)?guess|guessing|(?:my|a)\s+(?:best\s+|wild\s+)?guess(?:\s+(?:is|would\s+be))?|at\s+a\s+guess
       |if\s+i\s+(?:had|have)\s+to\s+guess|wild\s+guess)\b[\s,:;-]*(?:that\s+)?(?:(?:it'?s|its|it\s+is|it|this\s+is|this|that'?s|that)\s+)?
    (?:(?:probably|maybe|something|mostly|kind\s+of|sort\s+of)\s+)*
    (?:about(?!\s+(?:time|to)\b)|mentions?|mentioning|talks?\s+about|talking\s+about|says\s+something\s+about|has\s+to\s+do\s+with|related\s+to)\b""",
    regex.I | regex.X,
)
_GUESS_REACH = 120  # characters of the English, past its lead-ins, searched for such a guess


def guesses(text: str, start: int, end: int) -> bool:
    """The English at ``start`` guesses, near its beginning (:data:`_GUESS_REACH` past its lead-ins), what the Arabic is about or
    mentions (:data:`_GUESS`: "I'd guess it's about ...", "guessing it mentions ..."): a guess at its topic, no
    translation (issue 14's false pairs on a guess by someone who cannot read the Arabic)."""
    stop = min(end, lead_in(text, start, end) + _GUESS_REACH)  # a lead-in may be the guess's own ("Wild guess: ...")
    if "guess" not in text[start:stop].lower():
        return False
    return _GUESS.search(text[start:stop].replace("’", "'")) is not None


# A lead that offers the English as a summary ("The gist:", "Summary for the non-Arabic folks:", "tl;dr -", "Short
# version:", "In a nutshell,"): a summary may say what the Arabic says in other words, or only what it is about.
_SUMMARY_LEAD = regex.compile(r"\b(?:gist|summary|summari[sz](?:ed|ing)|summing\s+up|tl;?\s?dr|short\s+version|in\s+short|in\s+a\s+nutshell)\b", regex.I)
_SUMMARY_HINT = re.compile(r"gist|summ|tl|short|nutshell", re.I)
_SUMMARY_REACH = 80  # characters of the line before the English's first word searched for such a lead


def summary_lead(text: str, start: int, end: int) -> bool:
    """The English at ``start`` follows a lead, on its line, that offers it as a summary (:data:`_SUMMARY_LEAD`)."""
    first = lead_in(text, start, end)
    line = max(text.rfind("\n", 0, start) + 1, first - _SUMMARY_REACH)
    return _SUMMARY_HINT.search(text, line, first) is not None and _SUMMARY_LEAD.search(text, line, first) is not None


# A reply that puts the asker off before anything else ("can't now, at work.", "Not now, busy.", "Later, driving rn",
# "I'll translate it later"): what follows is the writer's own news, no translation, unless introduced as one. English that
# is nothing but such a promise ("**EN:** (will add tonight, on my phone now)", "Translation: TBD") is none either (:func:`promises`).
_LATER = r"""(?:(?:sorry|ugh|lol|haha)[\s,]+)?(?:(?:i\s+)?(?:can'?t|cannot|can\s+not)(?:\s+(?:do\s+it|translate(?:\s+it)?|explain))?\s+(?:right\s+)?now
    | not\s+(?:right\s+)?now | (?:i'?ll|i\s+will|will)\s+(?:do\s+it|translate(?:\s+it)?|tell\s+you|explain(?:\s+it)?)\s+later | later
    | (?:i'?ll|i\s+will|will|gonna|going\s+to)\s+(?:add|post|type|write|put|translate|do)(?:\s+(?:it|this|that|one|the\s+(?:english|translation|rest)))?(?:\s+(?:up|in))?
      \s+(?:later(?:\s+(?:today|tonight|on))?|tonight|tomorrow|in\s+a\s+(?:bit|sec|min(?:ute)?|while)|soon|when\s+i'?m\s+(?:home|back|off\s+work)|after\s+work)
    | (?:tbd|tba|to\s+follow)
    | (?:i'?m\s+|im\s+)?(?:at\s+work|busy|driving|in\s+class|in\s+a\s+meeting|on\s+my\s+phone)(?:\s+(?:rn|right\s+now|atm|now))?)"""
_PUT_OFF = regex.compile(rf"""[\s"'“‘(\[]*{_LATER}(?:[\s,;]+(?:{_LATER}|sorry|lol|haha|man|bro|mate))*[\s,]*[.!…]*[)\]]?[.!…]*""", regex.I | regex.X)
_PUT_OFF_HINT = re.compile(r"now|later|work|busy|driving|class|meeting|phone|tonight|tomorrow|soon|tbd|tba|follow|in a |when i", re.I)
_PROMISE_HINT = re.compile(r"later|tonight|tomorrow|soon|tbd|tba|follow|in a |when i|after work", re.I)  # what a promise holds (:func:`promises`)
_PUT_OFF_REACH = 60  # characters: such a sentence is no longer


def puts_off(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` only puts the asker off (:data:`_PUT_OFF`: "can't now, at work.", "Later, driving rn")."""
    if end - start > _PUT_OFF_REACH or _PUT_OFF_HINT.search(text, start, end) is None:
        return False
    return _PUT_OFF.fullmatch(text.replace("’", "'"), start, end) is not None


def promises(text: str, start: int, end: int) -> bool:
    """The English ``[start, end)``, past its lead-ins, only puts the translation off (:func:`puts_off`: "EN: (will add
    tonight, on my phone now)", "Translation: TBD"): a label's place kept for a translation not written yet. It must say
    when (:data:`_PROMISE_HINT`): "Translation: I'm at work now." is a sentence of its own."""
    first = lead_in(text, start, end)
    return puts_off(text, first, end) and _PROMISE_HINT.search(text, first, end) is not None  # puts_off first: it reads short English only


# A lead that says the English translates another post than the one it answers ("Translating the previous post, not this
# one:", "(for the other comment, not this one)", "wrong post, but: ..."): English of some other Arabic.
_NOT_THIS = regex.compile(
    r"""\bnot\s+(?:this\s+(?:one|post|comment|text|sentence|line)|the\s+one\s+(?:above|here)|the\s+(?:arabic|text|post|comment)\s+(?:above|here))\b
    | \b(?:for|of)\s+(?:the|a|my)\s+(?:other|previous|earlier|last|next)\s+(?:post|comment|message|tweet|one)\b(?=[^.!?\n]*\bnot\b)
    | \bwrong\s+(?:post|comment|thread|one)\b""",
    regex.I | regex.X,
)
_NOT_THIS_HINT = re.compile(r"not this|not the|other|wrong", re.I)
_NOT_THIS_REACH = 120  # characters before the English searched, on its line


_LIKENED_REACH = 100  # characters before the English, on its line, searched for a lead likening the Arabic to another text


def likens(text: str, start: int) -> bool:
    """The English at ``start`` follows, on its line and in the same sentence, a lead that likens the Arabic to another
    text (:data:`_COMPARES`: "Reminds me of my textbook example: ...", "Kind of like the old saying: ..."): the English is
    that other text, which may share the Arabic's names and topic (issue 14's false pair on "a similar textbook
    sentence"), no translation of it. A comparison in a sentence of its own before a translation ("Reminds me of my
    grandma. Translation: ...") leaves it alone. A line that opens the English with nothing but bullets or marks
    ("♪ ...") is led by the line above it when that ends in a colon (:func:`_lead_line`: "Totally different song but:")."""
    line = max(_lead_line(text, text.rfind("\n", 0, start) + 1, start), start - _LIKENED_REACH)
    found = None
    for found in _COMPARES.finditer(text, line, start):
        pass
    return found is not None and _SENTENCE_END_IN.search(text, found.end(), start) is None


_SENTENCE_END_IN = regex.compile(r"[.!?…](?=\s)")  # a sentence's end between a likening lead and the English
_MARKS_ONLY = regex.compile(r"[^\p{L}\p{N}]*")  # what may open a line before its English and leave the line above to lead it
_COLON_END = regex.compile(r":[^\S\n]*\n[^\S\n]*$")  # a line ending in a colon, at the end of what is searched


def _lead_line(text: str, line: int, start: int) -> int:
    """Where the lead of the English at ``start`` on the line opening at ``line`` begins: the line above when only marks
    stand before the English on its own line ("♪ ", "> ") and the line above ends in a colon ("Different song, but:\n♪
    ..."); ``line`` otherwise."""
    if line == 0 or _MARKS_ONLY.fullmatch(text, line, start) is None or _COLON_END.search(text, max(0, line - 4), line) is None:
        return line
    return text.rfind("\n", 0, line - 1) + 1


def names_another(text: str, start: int) -> bool:
    """The line before ``start`` (at most :data:`_NOT_THIS_REACH` characters) says the English after it translates
    another post than this one (:data:`_NOT_THIS`)."""
    line = max(text.rfind("\n", 0, start) + 1, start - _NOT_THIS_REACH)
    return _NOT_THIS_HINT.search(text, line, start) is not None and _NOT_THIS.search(text, line, start) is not None
