"""Who said each quotation.

In order of strength: a cue right after the quotation (", he said", "said Mr Johnson", "according
to X", "X was quoted ... as saying", "Polish ambassador to the EU X told reporters"); a relative
clause whose verb is speech (", the X Coalition, which said ... “...”"); words reported inside
another's sentence ("how Brandt had said the pipeline was “...”"); the subject of the sentence the
quotation sits in ("Mr Biden said:", "X hit back, telling a radio station that Mr Y had offered
“...”" -- the one before the speech verb, not a name inside the reported clause); and for a
quotation standing alone, the speaker of the quotation just before it or the person the previous
paragraph was about. Pronouns resolve to the most recent salient subject or speaker whose gender
fits (from honorifics, kinship nouns, first names and the pronouns already used for them), never to
the nearest name. Bodies named again ("the court", "the agency", "KCNA") are reported by the full
name the article introduced. Anything else stays unknown.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import ahocorasick

from .gazetteer import country_key
from .lexicon import (
    ANON_NOUNS,
    FIRST_NAME_GENDER,
    GENDER_WORDS,
    NAME_TITLES,
    ORG_TAILS,
    SPEECH_VERBS,
    STOP_CAPS,
    _words,
)
from .people import (
    _GENDER_PRON_RE,
    _PARTY_TAILS,
    _PERSON_NOUNS,
    _ROLE_GENDER_RE,
    _SPEECH_ALT,
    _U,
    SPEECH_AFTER_RE,
    SUBORDINATE_OPENERS,
    TOK,
    Entity,
    PeopleFinder,
    Person,
    _last_word,
    in_subclause,
    is_object_position,
)
from .quotes import NAME_LABEL_RE, TITLE_LABEL_RE, TRANSCRIPT_RE, RawQuote

# one character class first: a scan skips to the few characters that can end a sentence
_BOUNDARY_RE = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[)\]]?\s+(?=[\"“‘'(\[A-Z0-9])|(?<=\n)\s*)")
_ABBREV_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Jr|Sr|No|vs|Mt|Ft|Inc|Ltd|Co|Corp|Jan|Feb|"
    r"Aug|Sept|Oct|Nov|Dec)|(?<![\w’'\-])[A-Z])[.]\s*$"
)
_VERBISH_RE = re.compile(
    r"(?:['’]s\b)?\s*(?:(?:in|at|from|for|of|with)\s+[A-Z]?\w+\s*)?(?:(?:\s*,[^,\n]{1,150}){1,2}\s*,|\s*,)?\s*(?:(?:also|then|later|again|not|never|\w+ly|on\s+\w+|in\s+\w+|"
    r"last\s+\w+|this\s+\w+)\s+){0,2}"
    r"(?:[a-z]+ed|[a-z]{2,}s|has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|"
    r"did|does|do|told|made|took|gave|spoke|met|wrote|sought|thought|felt|began|saw|went|came|got|"
    r"held|left|led|put|set|stood|won|lost|kept|knew|became|brought|chose|fought|found|heard|let|"
    rf"meant|paid|rose|sent|struck|swore|taught|threw|understood|withdrew|{_SPEECH_ALT})\b"
)
_CLAUSE_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+(?:while|whereas)\s+|,?\s+as\s+(?=[A-Z])")
# a company is seldom named by its kind ("TikTok ... the company said", "Qantas ... the airline said")
_COMPANY_NOUNS = frozenset(
    _words("company firm airline carrier lender insurer retailer broadcaster platform startup manufacturer carmaker")
)
_POINTING_BACK = {
    "statement",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "group",
    "ministry",
    "department",
    "organisation",
    "organization",
    "agency",
    "company",
    "party",
    "embassy",
    "office",
    "campaign",
    "union",
    "committee",
    "council",
    "commission",
    "court",
    "bank",
    # named again by a kind of body rather than by a word of its name ("the union", "the force")
    "forum",
    "force",
    "association",
    "federation",
    "alliance",
    "coalition",
    "movement",
    "network",
    "foundation",
    "institute",
    "body",
    "firm",
    "authority",
    "board",
    "service",
    # kinds of company: "the airline said", "the lender said"
    *_COMPANY_NOUNS,
    "regulator",
    "watchdog",
    "charity",
    "tribunal",
    "panel",
    "bureau",
}
# "the forum said", "the force said": body nouns the finder does not mark, met before a cue verb
_EXTRA_DEF_BODIES = frozenset(
    _words(
        "forum force association federation alliance coalition movement network foundation institute body firm "
        "board authority regulator watchdog charity tribunal panel bureau airline carrier lender insurer retailer "
        "broadcaster platform startup manufacturer carmaker"
    )
)
# a noun that may stand for a body of another kind: a teachers' association is "the union"
_BODY_KIN = {
    "union": frozenset(_words("association federation congress confederation guild syndicate union")),
    "association": frozenset(_words("association federation union society")),
    "federation": frozenset(_words("association federation union congress confederation")),
    "force": frozenset(_words("police constabulary force forces army")),
    "firm": frozenset(_words("company corporation limited ltd inc plc group firm")),
    "body": frozenset(_words("association federation union council board authority commission institute forum")),
    "board": frozenset(_words("board council commission committee authority trust")),
    "authority": frozenset(_words("authority commission agency board office council")),
    "regulator": frozenset(_words("authority commission agency board office regulator")),
    "watchdog": frozenset(_words("authority commission agency board office regulator")),
    "charity": frozenset(_words("trust foundation fund society charity")),
    "panel": frozenset(_words("committee commission board panel inquiry")),
}
# what a company is not: a body of the state or a public body that a "the company" never points back to
_NOT_COMPANY_TAILS = frozenset(
    _words(
        "Ministry Department Government Administration Parliament Senate Congress Assembly Court Council "
        "Committee Commission Party Police Army Navy Force Forces Agency Office Union University Cabinet "
        "Treasury Secretariat Reuters AFP AP BBC CNN"
    )
)
# "TikTok said it would appeal": a one-word name that speaks of itself as "it" is a company
_SAID_IT_RE = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|confirmed|stated|added)\s+(?:(?:that|on\s+\w+)\s+)?it\b"
)
# "the force" may be a police service known only by its acronym ("The RCMP confirmed ... the force said")
_ACRONYM_KIN = frozenset(("force", "union", "body", "firm"))
# "A Hamas official", "a White House spokesman": the unnamed official of a named body speaks for it
_BODY_OFFICIAL_RE = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:senior|top|high-ranking|second|another)\s+)?"
    r"(?P<body>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+"
    r"(?:official|spokesman|spokeswoman|spokesperson|representative)"
)
# nouns naming one person in a body's service, whatever the article first called them
_PERSON_ROLE_NOUNS = frozenset(_words("official aide adviser advisor envoy negotiator diplomat"))
# a person's calling, said of someone already named (not "official": the official may be anonymous)
_DESCRIBED_NOUNS = frozenset(_words("diplomat envoy negotiator adviser advisor aide"))
_OFFICIAL_NOUNS = ("official", "spokesman", "spokeswoman", "spokesperson", "representative")
_KIND_OFFICIAL_RE = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:senior|top|second|another)\s+)?(?P<kind>[a-z]+)\s+"
    r"(?:official|spokesman|spokeswoman|spokesperson|representative)$"
)
# "the Prime Minister's Office": an office word owned by a capitalised title
_OWNER_BEFORE_RE = re.compile(r"(?<![\w’'])(?P<own>(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['’]s\s+)$")
# a document speaks through its reader: "the statement read", "the letter reads"
_READ_AFTER_RE = re.compile(r"\s+(?:read|reads|went\s+on)(?![\w’'])")
_OWNED_HEADS = frozenset(_words("Office Ministry Department Secretariat Cabinet"))
# "Netanyahu's office said", "South Korea's presidential office said", "The president's chancellery
# issued a statement": a body named by its owner and its kind speaks as that body
_OWNED_BODY_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<own>(?:[A-Z][\w\-.]*\s+){0,4}[A-Z][\w\-.]*|[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|"
    r"[Gg]overnor|[Mm]ayor|[Kk]ing|[Pp]remier)['’]s\s+(?P<kind>(?:[a-z]+\s+){0,2}?(?:office|chancellery|secretariat|"
    r"press\s+service|press\s+office|spokesperson['’]s\s+office|administration|cabinet|campaign))(?![\w’'])"
)
# "A spokesperson for the AfD said", "an official at the Treasury told": the unnamed voice of a body
_VOICE_FOR_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:senior|top|second|another|party|government)\s+)?"
    r"(?:spokesperson|spokesman|spokeswoman|official|representative)\s+(?:for|of|at|from)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w\-&]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w\-&]*){0,5})"
)
_OPENER_TUPLE = tuple(SUBORDINATE_OPENERS)
# capitalised function words that may open a body's name or its voice ("The Forum", "A spokesperson for")
_VOICE_OPENERS = frozenset(_words("The A An One"))
# "the Kremlin press service said": a body's own service speaks for it
_BODY_SERVICE_RE = re.compile(
    r"(?:['’]s)?\s+(?:press\s+service|press\s+office|press\s+team|spokesperson|spokesman|spokeswoman)(?![\w’'])"
)
# "His office said": the office the article named in lower case ("the presidential office in Yongsan")
_LOWER_OFFICE_RE = re.compile(r"(?<![\w’'])the\s+(?P<o>(?:[a-z][a-z’'\-]+\s+){1,2}office)(?![\w’'])")
_GAP_PLAIN_RE = re.compile(r"[\s,.;:—–\-]*")
_GAP_VERB_RE = re.compile(rf"[\s,—–\-]*(?:{_SPEECH_ALT})(?:\s+\w+ly)?\s+")
_ACCORDING_RE = re.compile(
    r"\baccording\s+to\s+(?:(?:an?|the)\s+(?:\w+\s+)?(?:statement|report|post|readout|release|letter)\s+"
    r"(?:from|by|issued\s+by|of)\s+)?$"
)


def _speech_automaton() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for w in set(SPEECH_VERBS):
        a.add_word(w, w)
    a.make_automaton()
    return a


# speech verbs in one pass over the text (a regex alternation of this size is slow to search)
_SPEECH_AUTOMATON = _speech_automaton()
_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-’'_")
_PREPOSITIONS = frozenset(
    _words("in at on from of for by with into within outside inside near beyond behind across before after")
)
_KIN_BEFORE_RE = re.compile(
    r"(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w\-]*['’]s)\s+(?:late\s+|former\s+|elder\s+|younger\s+)?"
    r"(?:(?P<m>husband|son|father|brother|widower|nephew|uncle|grandson|grandfather)|"
    r"(?P<f>wife|daughter|mother|sister|widow|niece|aunt|granddaughter|grandmother))\s*,?\s+$"
)
_RELATIVE_SPEECH_RE = re.compile(
    rf"\s*,\s*(?P<rel>which|who)\s+(?:(?:also|has|have|had|later|then|earlier|previously)\s+)?"
    rf"(?:{_SPEECH_ALT})(?![\w’'])"
)
# "The Post Office chief executive, Nick Read, said": a name set off by commas after its role
_APPOS_NAME_RE = re.compile(
    rf"(?<=[a-z]),\s+(?P<name>{TOK}(?:[ \u00a0]+{TOK}){{1,3}})\s*,\s+(?:(?:also|then|later)\s+)?$"
)
_BODY_HEADS = (
    "Society|Caucus|Association|Union|Council|Committee|Commission|Federation|Coalition|Alliance|Front|"
    "Movement|League|Institute|Foundation|Network|Forum|Board|Authority|Agency|Ministry|Department|Office|"
    "Bureau|Organisation|Organization|Group|Party|Chamber|Tribunal|Court|Bank|Fund|Trust|Service|Secretariat"
)
# "The Hostages and Missing Families Forum, which represents ..., said": a body no list knows, named by
# capitalised words ending in a kind of body, opening the sentence
_BODY_OPENING_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){{1,5}}(?:{_BODY_HEADS})"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){0,3})?)(?![\w’'])"
)
_ORG_BEFORE_RE = re.compile(
    # the first letter before the look-behind ("the" at the start or after a space, quote or bracket)
    # lets a search skip to the T's
    rf"[Tt](?<![^\s“\"(].)he\s+(?P<org>(?:[A-Z][\w’'\-]*\s+){{1,4}}(?:{_BODY_HEADS})"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?"
    rf"|(?:{_BODY_HEADS})\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,2}})"
    r"\s+(?:(?:also|has|had)\s+)?$"
)
_WORD_STOP_RE = re.compile(r'[\s“"‘(]')  # what ends the word before a speech verb, walking back
_INTRO_AFTER_COMMA = (" who ", " whose ", " of ", " from ", " a ", " an ")
_INTRO_OPENERS = (
    # "One, Declan Byrne from Cork, said": one of a group just described
    frozenset(_words("Outside Inside Near Back Nearby Elsewhere Meanwhile Later Earlier One Another"))
    | SUBORDINATE_OPENERS
)
# "Declan Byrne from Cork, said", "Ana Ruiz of Valencia, a nurse, said": a name tied to its place
_FROM_PLACE = r"\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}\s*,"
_INTRO_NAME_RE = re.compile(
    rf"(?:(?:But|And|Meanwhile|Later|Now|Still),?\s+)?(?P<name>{TOK}(?:[ \u00a0]+{TOK}){{0,3}})"
    r"(?=\s*,\s*(?:\d{1,3}\s*,|who\s|whose\s|of\s+(?:the\s+)?[A-Z]|from\s+(?:the\s+)?[A-Z]|(?P<art>an?\s))"
    rf"|{_FROM_PLACE})"
)
# "a street vendor named Jorge Espinoza", "a nurse called Ana Ruiz": a description, then the full name
_NAMED_DESC_RE = re.compile(r"(?<![\w’'])(?:an?|one|another)\s+(?:[a-z][\w\-]*\s+){0,3}?(?P<noun>[a-z][\w\-]*)$")
_NAMED_NAME_RE = re.compile(rf"(?:named|called)\s+(?P<name>{TOK}(?:[ \u00a0]+{TOK}){{1,3}})")
# a description of a person before "named"/"called" ("vendor", "pensioner", "woman"); things with names
# ("a tanker named", "a computer called") are told apart by the name's first word
_PERSONISH_NOUN_RE = re.compile(rf"(?:{_PERSON_NOUNS}|man|woman|boy|girl|child|[a-z]+(?:or|ist|ian|ant|ent|ee))$")
_NOT_DESCRIPTIONS = frozenset(
    _words(
        "tanker trawler freighter carrier container computer server poster banner folder chapter character "
        "shelter theatre center centre tower charter register"
    )
)
# "a 52-year-old motorcycle taxi driver": the appositive describes a person
_PERSONISH_RE = re.compile(rf"\s*,\s*an?\s+[^,.;\n]{{0,60}}?(?:-year-old|\b(?:{_PERSON_NOUNS})s?\b)")
# "(NNPC Ltd)": a company's acronym may carry its legal form
_CO_SUFFIX = r"(?: (?:Ltd|Plc|PLC|Inc|LLC|Co|Corp|SA|AG|NV|SE|GmbH))?"
_ACRONYM_DEF_RE = re.compile(
    rf"(?P<full>[A-Z][\w’'\-]*(?:\s+(?:of|for|and|the|on|de|[A-Z][\w’'\-]*)){{1,7}})\s+"
    rf"\((?P<acr>[A-Z][A-Za-z]{{1,7}}{_CO_SUFFIX})\)$"
)
_ACRONYM_PAREN_RE = re.compile(rf" \([A-Z][A-Za-z]{{1,7}}{_CO_SUFFIX}\)")
_ACRONYM_SMALL = frozenset(("of", "for", "and", "the", "on", "de"))
_APPOS_GAP_RE = re.compile(r"\s*,?\s*(?:(?:and|or)\s+(?:(?:an?|the)\s+)?(?:[\w\-]+\s+){0,3})?")
_AND_BEFORE_RE = re.compile(r"(?<![\w’'])(?:and|or)\s+$")
_VERB_BEFORE_RE = re.compile(r"(?<![\w’'])(?:[a-z]{3,}ed|met|told|saw|thanked|with|to|by|from)(?![\w’'])")
_CAP_RUN_BEFORE_RE = re.compile(
    r"(?<![\w’'])(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'\-]*){0,6})$"
)
_KIN_NOUNS = frozenset(
    _words(
        "husband son father brother widower nephew uncle grandson grandfather wife daughter mother sister "
        "widow niece aunt granddaughter grandmother"
    )
)
_FULL_NAME_RE = re.compile(r"(?<![\w’'])([A-Z][a-z]+)\s+[A-Z][a-z]+(?:[\-’'][A-Z]?[a-z]+)?(?![\w’'])")
_OF_TAIL_RE = re.compile(r" (?:of|for) (?:the )?[A-Z][\w’'\-]*(?: (?:and )?[A-Z][\w’'\-]*){0,3}")
_CAP_RUN_RE = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}")
# head nouns that may stand for a body whose name does not contain them
_SEMI_GENERIC = frozenset(("agency", "organisation", "organization"))
_AUX_GAP_RE = re.compile(r"\s+(?:(?:had|has|have|also|then|later|previously|once|once\s+again)\s+)*")
# "..., when he warned that": words that open a clause inside a reported sentence
_REPORT_CLAUSE_OPENERS = frozenset(_words("when as after because that where since before while and"))
# verbs that report someone's words (not "described", "called", "praised", which take an object)
_REPORTED_VERBS = ("said", "says", "claimed", "claims", "argued", "insisted", "warned", "declared", "stated")
_PARTY_NAME_RE = re.compile(rf"(?<![\w’'])(?:{_PARTY_TAILS})$")
_SPEECH_NOUN_RE = re.compile(
    r"['’]s\s+(?:[a-z\-]+\s+)?(?:claims?|remarks?|comments?|words|description|promises?|pledges?|warnings?|"
    r"assertion|insistence|suggestion|calls?|demands?|message|statement|speech|letter|tweet|post|vows?|"
    r"threats?|boasts?|accusations?|arguments?|verdict|assessment|description)\s+(?:that|of|to|as|:)"
)
_FROM_AFTER_RE = re.compile(r"\s+(?:from|by|issued\s+by|of)\s+")
# "..., with the chairman of the committee saying the episode had “...”": an absolute clause whose
# participle is speech; its own subject speaks, not the subject of the sentence
_WITH_SPEAKING_RE = re.compile(
    r"(?<![\w’'])with\s+(?P<np>[^,;:“”\"\n]{2,80}?)\s+(?:saying|adding|warning|arguing|insisting|telling|"
    r"noting|claiming|describing|calling|declaring|stressing)(?![\w’'])"
)
# "was described as “a fraud” by X", "was called “a disgrace” by the minister X": the words of X
_PASSIVE_NAMING_RE = re.compile(
    r"(?<![\w’'])(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:called|branded|labelled|labeled|"
    r"(?:described|dismissed|denounced|hailed|criticised|criticized|condemned|derided|praised)\s+as)\s+"
    r"(?:(?:an?|the)\s+)?\W?$"
)
_BY_GAP_RE = re.compile(r"\W?\s+by\s+(?:(?:the|[a-z][\w\-]*|[A-Z][\w\-]*)\s+){0,4}")
# a full name standing alone before a comma: "According to Karl Oster, ..."
_LEAD_NAME_RE = re.compile(rf"{TOK}(?:[ \u00a0]+{TOK}){{1,3}}(?=\s*,)")
# "called Zelensky a “...”", "branded the plan “...”", "described the deal as “...”": a naming verb, its
# object and the quotation as what the object is called
_NAMING_BEFORE_RE = re.compile(
    r"(?<![\w’'])(?:called|calls|branded|brands|labelled|labeled|labels|described|describes)\s+"
    r"(?:(?!as\b)[\w’'\-]+\s+){1,4}?(?:as\s+)?(?:(?:an?|the)\s+)?\W?$"
)
_QUOTED_RE = re.compile(r"\s*(?:was|were|has\s+been|had\s+been|is)\s+quoted\b")


# An explicit cue names the speaker even when the name is new to us: "Siddaramaiah, 75, said",
# "said Park.", "D K Shivakumar told reporters". Verbs that take a person as object ("told
# Reuters", "thanked Park") are cues only with the name before them.
_CUE_VERBS_BEFORE = (
    "said|says|added|adds|told|tells|continued|stated|declared|insisted|explained|warned|wrote|tweeted|"
    "posted|replied|responded|argued|claimed|stressed|noted|remarked|announced|admitted|conceded|"
    "acknowledged|asked|urged|recalled|countered|retorted|joked|quipped|observed|cautioned|insists|warns"
)
_CUE_VERBS_AFTER = (
    "said|says|added|adds|continued|stated|declared|insisted|explained|warned|wrote|tweeted|replied|"
    "responded|argued|claimed|stressed|noted|remarked|asked|recalled|countered|retorted|joked|quipped"
)
_CUE_AFTER_SET = frozenset(_CUE_VERBS_AFTER.split("|"))
_CUE_ADVERBS = frozenset(_words("also then later again simply only had has"))


def _cue_automaton() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for w in _CUE_VERBS_BEFORE.split("|"):
        a.add_word(w, w)
    a.make_automaton()
    return a


# cue verbs in one pass (the regex alternation was the analyser's slowest search here)
_CUE_AUTOMATON = _cue_automaton()


_TITLE_GAP_WORDS = frozenset(_words("group party bloc caucus faction the of for"))


def _title_gap(gap: str, first: str) -> bool:
    """Between a quotation and a name whose span opens with its role ("chair X", "leader X"): only the
    words of the body the role belongs to ("EPP group", "S&", "Labour Party")."""
    words = gap.strip(" \u00a0,—–-").split()
    if not words or len(words) > 5 or "\n" in gap:
        return False
    glued = not gap[-1:].isspace()
    if not (first.islower() or (glued and first.isupper())):
        return False
    return all(w[:1].isupper() or w in _TITLE_GAP_WORDS for w in words)


_OBJ_FOLLOWERS = frozenset(
    _words("for to in on at by with from of over about against and or but as than after before")
    + _words("last this next again once twice too")
)


def _object_pronoun(t: str, a: int, b: int) -> bool:
    """ "him", or "her" as an object ("ran against her for the post", "thanked her."), not "her husband"."""
    w = t[a:b].lower()
    if w in ("him", "himself", "herself"):
        return w != "himself" and w != "herself"
    if w != "her":
        return False
    nxt = t[b : b + 12].split(None, 1)
    return not nxt or not nxt[0][:1].isalpha() or nxt[0].lower().strip(",.;:") in _OBJ_FOLLOWERS


def _title_words(s: str) -> bool:
    """ "while Course of Freedom leader X said": the clause opens with the capitalised words of a title,
    so the "of" before the name's span belongs to the title, not to a preposition taking an object."""
    words = s.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in _TITLE_GAP_WORDS for w in words)


def _wordish(c: str) -> bool:
    return c.isalnum() or c in "_’'"


_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)[ \u00a0]+)"
_NAME = rf"{_HONORIFIC}?{TOK}(?:[ \u00a0]+{TOK}){{0,3}}"
# the lookahead: a name starts with a capital, so the other start positions of the search fail at once
_NAME_BEFORE_RE = re.compile(
    rf"(?=[{_U}])(?P<name>{_NAME})(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?:(?:also|then|later|again|simply|only|had|has)\s+)?$"
)
_NAME_AFTER_RE = re.compile(rf"[ \u00a0]+(?P<name>{_NAME})(?=\s*[,.;:!?\n]|\s*$|\s+(?:in|on|at|who)\b)")
_CLAUSE_START_RE = re.compile(r"(?:^|[.!?:;,”\"’'—–(\n]\s*|\b(?:and|but|yet|so)\s+)$")
_POST_QUOTE_RE = re.compile(r"[,”\"’'—–]\s*$")
_NOT_NAMES = (
    STOP_CAPS
    | {w.capitalize() for w in ANON_NOUNS}
    | {w.capitalize() for w in _PERSON_NOUNS.split("|")}
    | {w.capitalize() + "s" for w in _PERSON_NOUNS.split("|")}
    | set(_words("Police Officials Critics Analysts Experts Reports Residents Others Witnesses Sources"))
)
# tail words that are bodies even alone; others (Park, Long, Read ...) are surnames too
_ONE_WORD_BODIES = frozenset(
    _words(
        "Parliament Senate Congress Assembly Government Administration Treasury Cabinet Police Army Navy "
        "Reuters AFP AP BBC CNN Secretariat Commission Council Ministry Court"
    )
)
# "one person familiar with the matter said", "a source close to the talks added"
_ANON_TAIL_RE = re.compile(rf"[^.;:!?\n“”\"]{{0,80}}?(?<![\w’'])(?:{_SPEECH_ALT})(?![\w’'])")
# "a post on Imran Khan's account said": the account's owner speaks
_ACCOUNT_RE = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}(?:account|page|channel|feed|handle|profile)s?\b")
_BODY_NAME_RES: dict[str, re.Pattern[str]] = {}
_KIN_NAME_RES: dict[str, re.Pattern[str]] = {}
# "the Japanese minister said", "Spain's acting prime minister said", "the former chief minister added"
_ROLE_WORDS = (
    "prime minister|chief minister|first minister|minister|president|premier|chancellor|governor|mayor|"
    "senator|treasurer|speaker|secretary|attorney general|leader|chairman|chairwoman|chair|commissioner|"
    "crown prince|king|queen|emir|ambassador|envoy|deputy|congressman|congresswoman|lawmaker|mp|politician|"
    "legislator|parliamentarian"
)
_ROLE_SUBJ_RE = re.compile(
    r"(?<![\w’'])(?P<role>(?:[Tt]he|[A-Z][\w\-]+['’]s)\s+(?:[\w\-]+\s+){0,3}?"
    rf"(?:{_ROLE_WORDS}))(?:\s*,[^,\n]{{1,60}},)?\s+(?:(?:also|then|later|again)\s+)?$",
    re.I,
)
# “...,” Polish ambassador to the EU X said: a title between the quotation and the name
_ROLE_GAP_RE = re.compile(
    rf"[\s,—–\-]*(?:(?:[A-Z][\w’'\-]*|the|to|of|for|at|in|and|deputy|former|senior|foreign|chief)\s+){{0,4}}"
    rf"(?:{_ROLE_WORDS})\s+(?:(?:to|of|for|at|in|the)\s+){{0,2}}"
)
_ROLE_LAST = frozenset(w.split()[-1] for w in _ROLE_WORDS.split("|"))
# descriptions that fit any politician, so they point back to the one just named
_DESCRIPTOR_NOUNS = frozenset(
    _words("politician lawmaker legislator parliamentarian mp senator congressman congresswoman")
)
# a topic phrase opening a sentence: "For Park, the lesson was simpler."
_TOPIC_OPENERS = ("For ", "To ")
_TOPIC_RE = re.compile(r"(?:For|To)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'\-.]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-.]*){0,2})(?=,)")
# "The party, he told the BBC, needed ...", "The new leader, she said, would have ...": a speech cue set
# off by commas inside the sentence names who speaks
_PAREN_CUE_RE = re.compile(
    r",\s+(?P<who>he|she|they|[A-ZÀ-ÖØ-Þ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'\-]+){0,2})\s+"
    r"(?:(?:also|later|has|had)\s+)?(?:said|says|told|tells|added|argued|argues|insisted|insists|believes|thinks|"
    r"suggested|suggests|warned|warns|explained|explains|claimed|claims)(?:\s+[^,;:“”\"\n]{1,40})?,\s+"
)
# titles that take a seat or portfolio after "for"/"of" ("MP for Wentworth", "Member of Parliament")
_SEAT_TITLES = frozenset(_words("mp mla mpp mep msp senator member congressman congresswoman representative"))
# prepositions that tie a seat or portfolio to an office ("Minister for Health", "ambassador to the UN")
_TITLE_PREPS = frozenset(("of", "for", "in", "to", "at"))
_COMMA_GAP_RE = re.compile(r"\s*,\s*")
_TRANSCRIPT_NOT = frozenset(_words("NOTE UPDATE EDITOR EDITORS PHOTO WATCH READ MORE CORRECTION BREAKING"))
_HONORIFIC_GENDER = {"Mr": "m", "Mr.": "m", "Mrs": "f", "Mrs.": "f", "Ms": "f", "Ms.": "f", "Miss": "f"}


@dataclass(slots=True)
class _State:
    last_person: Person | None = None
    person_pos: int = -1
    last_org: str | None = None
    recent: list[Person] = field(default_factory=list)  # salient people, most recent first
    # (gender, pos) -> the person last named before pos who may have that gender
    named_before: Callable[[str, int], Person | None] | None = None
    # what this article says, over the finder's guess (None: the guess is withdrawn)
    gender: dict[int, str | None] = field(default_factory=dict)

    def touch(self, p: Person, pos: int) -> None:
        self.last_person, self.person_pos = p, pos
        if not self.recent or self.recent[0] is not p:
            self.recent = [p, *(q for q in self.recent[:5] if q is not p)]

    def gender_of(self, p: Person) -> str | None:
        k = id(p)
        return self.gender[k] if k in self.gender else getattr(p, "gender", None)

    def pronoun(self, ref: str, pos: int = -1) -> Person | None:
        """'she' is the most recent salient person who may be a woman, 'he' a man; a person of
        unknown gender may be either. When no salient person fits, the person last mentioned
        before ``pos`` who fits (the object of "members elected Thoko D, ... She defeated");
        with no one fitting at all the old rule stands."""
        p = self.last_person
        want = "f" if ref == "she" else "m"
        if p is None:
            # nobody salient yet ("Anna Berg spoke first, and she praised ..."): the last one named
            return self.named_before(want, pos) if pos >= 0 and self.named_before is not None else None
        if self.gender_of(p) in (want, None):
            return p
        for q in self.recent:
            if self.gender_of(q) in (want, None):
                return q
        if pos >= 0 and self.named_before is not None:
            q = self.named_before(want, pos)
            if q is not None:
                return q
        # nobody named fits: a person of the other gender is surely not meant
        return None if self.gender_of(p) else p

    def heard(self, ref: str, p: Person | None) -> None:
        """A pronoun resolved to the salient person ``p``: a person of unknown gender now has one."""
        if p is not None and p is self.last_person and self.gender_of(p) is None:
            self.gender[id(p)] = "f" if ref == "she" else "m"


@dataclass(slots=True)
class Attribution:
    speaker: str | None
    person: Person | None


def _find_all(text: str, word: str) -> list[int]:
    """Every index of ``word`` in ``text`` (a plain search is far cheaper than a regex scan)."""
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _name_start_bound(text: str, lo: int, vs: int) -> int:
    """The earliest place in text[lo:vs] where a name ending before a cue verb at ``vs`` can start
    (what ``_NAME_BEFORE_RE`` may match: capitalised words, an age, an adverb), so the costly search
    runs over a few words rather than the whole window. Exact: the word before the capitalised run
    is included, since a name may start inside it ("(Smith", "al-Sudani")."""
    words = text[lo:vs].split()
    i = len(words) - 1
    if i >= 0 and words[i] in _CUE_ADVERBS:
        i -= 1
    while i >= 0 and (words[i].strip(",").isdigit() or words[i] == ","):
        i -= 1
    while i >= 0 and words[i][:1].isupper():
        i -= 1
    if i < 0:
        return lo
    # where words[i] starts: found from the end, word by word
    pos = vs
    for w in words[: i - 1 : -1] if i else words[::-1]:
        pos = text.rfind(w, lo, pos)
    return pos


def _after_preposition(text: str, start: int, person: bool = False) -> bool:
    """ "Morena's leader in the Senate, X, ...": a body after a preposition is no subject."""
    if text[start - 1 : start] != " ":
        return False
    w = text[max(0, start - 12) : start].split()
    if w and w[-1] in ("the", "The"):
        w.pop()
    if not (w and w[-1].lower() in _PREPOSITIONS) or _after_seat_title(text, start):
        return False
    return not (person and _after_role_title(text, start))


def _after_role_title(text: str, start: int) -> bool:
    """ "Secretary of State Antony Blinken said", "Leader of Opposition Rahul Gandhi posted", "deputy
    leader in the Lok Sabha Gaurav Gogoi said": a person named after an office and its seat or
    portfolio holds the office; the preposition belongs to the title, not to a verb."""
    w = text[max(0, start - 70) : start].split()
    if w and w[-1] in ("the", "The"):
        w.pop()
    if len(w) < 2 or w[-1] not in _TITLE_PREPS:
        return False
    # "Chairman of the Joint Chiefs of Staff Mark Milley": the office may stand a few title words back
    for x in w[-2:-9:-1]:
        if x.lower() in _ROLE_LAST:
            return True
        if not (x[:1].isupper() or x in _TITLE_PREPS or x in ("the", "and")):
            return False
    return False


def _after_seat_title(text: str, start: int) -> bool:
    """ "Independent MP for Wentworth Allegra Spender told ...": the seat belongs to the title, and the
    name after it is the title holder, not the object of "for"."""
    w = text[max(0, start - 30) : start].split()
    return len(w) >= 2 and w[-1] in ("for", "of") and w[-2].lower() in _SEAT_TITLES


def _object_position(text: str, start: int, person: bool = False) -> bool:
    """Like ``is_object_position``, but a name after a comma opens a clause: "In his acceptance
    remarks, the president said" ("remarks" is also a speech verb)."""
    j = start
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    return (
        text[j - 1 : j] != ","
        and is_object_position(text, start)
        and not _after_seat_title(text, start)
        and not (person and _after_role_title(text, start))
    )


def _sentences(text: str, masked: bytearray, quotes: list[RawQuote]) -> list[tuple[int, int]]:
    """Sentence spans; a boundary at a position ``masked`` marks (inside a quotation) is none."""
    cuts = {0, len(text)}
    for m in _BOUNDARY_RE.finditer(text):
        i = m.start()
        if text[i] == "\n":
            cuts.add(m.end())
            continue
        if masked[m.start()]:
            continue  # a paragraph of a quotation that runs on into the next one
        if "\n" in m.group():
            # a paragraph break ends a sentence even after "X." (a network, not an initial)
            cuts.add(m.end())
            continue
        # an abbreviation ends in "." after at most four letters (a word of six letters is none)
        short = not (i >= 6 and text[i - 6 : i].isalpha())
        if text[i] == "." and short and _ABBREV_RE.search(text, max(0, i - 6), i + 1):
            continue
        cuts.add(m.end())
    for q in quotes:
        if q.colon or q.close >= len(text):
            continue
        # “... miracles.” He said -- a quotation ending a sentence ends it
        if text[q.close - 1 : q.close] in ".!?" or text[q.end - 1 : q.end] in ".!?":
            j = q.close + 1
            while j < len(text) and text[j] in " \t":
                j += 1
            if j < len(text) and (text[j].isupper() or text[j] in "“\"‘'"):
                cuts.add(j)
    s = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(s) if a < b]


class SpeakerResolver:
    def __init__(self, text: str, quotes: list[RawQuote], people: PeopleFinder) -> None:
        self.text = text
        self.quotes = quotes
        self.people = people
        inq = bytearray(len(text) + 1)
        interior = bytearray(len(text) + 1)
        for q in quotes:
            a, b = (q.start, q.end) if q.colon else (q.open + 1, q.close)
            inq[a:b] = b"\x01" * (b - a)
        self.inq = inq
        self._obj: dict[int, bool] = {}  # entity start -> in object position
        self._aside: dict[int, int] = {}  # entity start -> 1 in a subordinate clause, 2 after a preposition
        self._verbish: dict[int, bool] = {}
        # periods inside quotations do not end the reporting sentence
        for q in quotes:
            if not q.colon:
                interior[q.start : q.end] = b"\x01" * (q.end - q.start)
        self.sentences = _sentences(text, interior, quotes)
        self.sent_starts = [s for s, _ in self.sentences]
        self.ents = self._drop_role_names([e for e in people.entities if not inq[e.start]])
        self.ent_starts = [e.start for e in self.ents]
        replace: list[Entity] = []
        extra = self._named_cues(replace)
        if extra:
            gone = set(map(id, replace))
            self.ents = sorted([e for e in self.ents if id(e) not in gone] + extra, key=lambda e: e.start)
            self.ent_starts = [e.start for e in self.ents]
            replace = []
        extra = self._intro_subjects()
        self._named_intro: set[int] = set()
        if " named " in text or " called " in text:
            extra += self._named_intros(extra)
        self.acronyms: dict[str, str] = {}
        if "(" in text:
            extra += self._acronym_bodies(replace)
        if extra:
            gone = set(map(id, replace))
            self.ents = sorted([e for e in self.ents if id(e) not in gone] + extra, key=lambda e: e.start)
            self.ent_starts = [e.start for e in self.ents]

    def _drop_role_names(self, ents: list[Entity]) -> list[Entity]:
        """ "the NLC President, Joe Ajaero, described ...": a Title-case role taken for a name, set off
        before the name it describes, is no speaker of its own."""
        t = self.text
        drop: set[int] = set()
        for e, o in itertools.pairwise(ents):
            if o.start - e.end > 4 or t[e.end : e.end + 1] != "," or e.kind != "person" or o.kind != "person":
                continue
            if e.possessive:
                continue
            last = t[e.start : e.end].rsplit(None, 1)[-1].lower()
            if last in _ROLE_LAST and _COMMA_GAP_RE.fullmatch(t, e.end, o.start) and t[o.end : o.end + 1] == ",":
                drop.add(id(e))
        return [e for e in ents if id(e) not in drop] if drop else ents

    def _free(self, a: int, b: int, replace: list[Entity] | None = None) -> bool:
        """No entity overlaps text[a:b] (an anonymous one may be given up into ``replace``)."""
        i = bisect.bisect_left(self.ent_starts, b) - 1
        if i < 0 or self.ents[i].end <= a:
            return True
        e = self.ents[i]
        if replace is not None and e.kind == "anon" and (i == 0 or self.ents[i - 1].end <= a):
            replace.append(e)
            return True
        return False

    def _role_holder(self, a: int, b: int) -> Person | None:
        """The leader named earlier whose stated role fits a description like 'the Japanese minister'."""
        desc = self.text[a:b].lower().replace("’s", "").replace("'s", "").split()
        office = desc[-1]
        if office == "minister" and len(desc) > 1 and desc[-2] in ("prime", "chief", "first"):
            office = desc[-2] + " minister"
        best, best_key = None, None
        for p in self.people.persons:
            if not p.political or p.first_pos >= a:
                continue
            texts = [r.lower() for _, r in p.stated_roles]
            gid = p.gid
            if gid is not None:
                texts += [r.office.lower() for r in self.people.gaz.people[gid].roles]
            fit = [x for x in texts if office in x]
            if not fit:
                continue
            overlap = max(sum(w in x for w in desc[1:-1]) for x in fit)
            last = max((s for s, _ in p.mentions if s < a), default=-1)
            key = (overlap, last)
            if best_key is None or key > best_key:
                best, best_key = p, key
        return best

    def _named_cues(self, replace: list[Entity]) -> list[Entity]:
        """Names next to a speech verb that nothing else recognised become speakers."""
        t = self.text
        inq = self.inq
        find = getattr(self.people, "person_for_name", None)
        out: list[Entity] = []
        seen: set[int] = set()
        n = len(t)
        for end, verb in _CUE_AUTOMATON.iter(t):
            vs, ve = end - len(verb) + 1, end + 1
            if inq[vs] or (vs > 0 and _wordish(t[vs - 1])) or (ve < n and _wordish(t[ve])):
                continue
            spans = []
            lo = max(0, vs - 90)
            # the word before the verb decides which patterns can match at all: a capitalised one may
            # end a name or a body's name, a role word a role, a comma an appositive or an age
            k = vs
            while k > lo and t[k - 1] in " \u00a0":
                k -= 1
            sp = t.rfind(" ", lo, k)
            w0 = sp + 1 if sp >= 0 else lo
            if _WORD_STOP_RE.search(t, w0, k):  # the word is not simply the text after the last space
                w0 = k
                while w0 > lo and not t[w0 - 1].isspace() and t[w0 - 1] not in '“"‘(':
                    w0 -= 1
            word = t[w0:k]
            comma = word.endswith(",")
            loose = comma or word in _CUE_ADVERBS
            cap = word[:1].isupper()
            lw = word.lower()
            if lw in _EXTRA_DEF_BODIES and t[w0 - 4 : w0].lower() == "the " and self._free(w0 - 4, k):
                out.append(Entity(w0 - 4, k, "defbody", lw))
                continue
            if lw in _OFFICIAL_NOUNS:
                # "A union spokesperson said", "a company spokesman added": the spokesman of the body of
                # that kind the article named
                mk = _KIND_OFFICIAL_RE.search(t, max(0, w0 - 40), k)
                if mk is not None and mk.group("kind").lower() in _POINTING_BACK and self._free(mk.start(), k):
                    out.append(Entity(mk.start(), k, "defbody", mk.group("kind").lower()))
                    continue
            if lw == "office" and t[w0 - 4 : w0].lower() in ("his ", "her "):
                # "His office said": the office the article named, as it named it
                mo = None
                for mo in _LOWER_OFFICE_RE.finditer(t, 0, w0):  # noqa: B007 -- the last one is wanted
                    pass
                if mo is not None and self._free(w0 - 4, k):
                    out.append(Entity(w0 - 4, k, "org", mo.group("o")))
                continue
            mo = _ORG_BEFORE_RE.search(t, lo, vs) if cap and t.find("he ", lo, vs) >= 0 else None
            if mo is not None:
                # "The Law Society of Kenya said": a body no list knows, named with its head noun
                a, b = mo.span("org")
                if not inq[a] and self._free(a, b, replace):
                    out.append(Entity(a, b, "org", t[a:b]))
                continue
            mb = _NAME_BEFORE_RE.search(t, _name_start_bound(t, lo, vs), vs) if cap or loose else None
            if mb is None and comma:
                mb = _APPOS_NAME_RE.search(t, lo, vs)
            if mb is not None:
                spans.append((mb.start("name"), mb.end("name"), True))
            elif loose or word.lower() in _ROLE_LAST:
                mr = _ROLE_SUBJ_RE.search(t, lo, vs)
                if mr is not None and self._free(mr.start("role"), mr.end("role"), replace):
                    n = len(replace)
                    p = self._role_holder(mr.start("role"), mr.end("role"))
                    del replace[n + (p is not None) :]
                    if p is not None:
                        a, b = mr.span("role")
                        if not any(x < b and a < y for x, y in p.mentions):
                            p.mentions.append((a, b))
                        out.append(Entity(a, b, "person", p))
                        continue
                if mr is not None and word.lower() in _DESCRIPTOR_NOUNS:
                    # "The Labour Party lawmaker said", "the PDI-P politician said": a description, not
                    # an office, of the politician this paragraph has just named
                    a, b = mr.span("role")
                    inner = [e for e in self._ents_in(a, b) if e.start >= a]
                    j = bisect.bisect_left(self.ent_starts, a) - 1
                    if not any(e.kind in ("person", "pron") for e in inner) and (j < 0 or self.ents[j].end <= a):
                        p = self._named_in_paragraph(a)
                        if p is not None:
                            replace.extend(inner)
                            if not any(x < b and a < y for x, y in p.mentions):
                                p.mentions.append((a, b))
                            out.append(Entity(a, b, "person", p))
                            continue
            if verb in _CUE_AFTER_SET and _POST_QUOTE_RE.search(t, max(0, vs - 4), vs):
                ma = _NAME_AFTER_RE.match(t, ve)
                if ma is not None:
                    spans.append((ma.start("name"), ma.end("name"), False))
            for a, b, before in spans:
                if before and a > 0 and not _CLAUSE_START_RE.search(t, max(0, a - 6), a):
                    continue  # "officials in Ukraine said": not the subject
                # drop sentence words and titles in front: "But Park", "Treasurer Jim Chalmers"
                while True:
                    sp = t.find(" ", a, b)
                    w = t[a:sp] if sp >= 0 else t[a:b]
                    if sp < 0 or not (w in STOP_CAPS or (w in NAME_TITLES and w not in _HONORIFIC_GENDER)):
                        break
                    a = sp + 1
                word = t[a:b]
                if a in seen or inq[a] or word in _NOT_NAMES or not self._free(a, b):
                    continue
                seen.add(a)
                last = word.rsplit(None, 1)[-1]
                if (
                    (last in ORG_TAILS and (" " in word or last in _ONE_WORD_BODIES))
                    or country_key(word)
                    or (word.isupper() and len(word) > 1 and " " not in word)
                ):
                    out.append(Entity(a, b, "org", word))
                    continue
                p = find(a, b) if find is not None else None
                if p is None:
                    p = self._known_surname(word, a)
                if p is not None:
                    out.append(Entity(a, b, "person", p))
        return out

    def _named_in_paragraph(self, pos: int) -> Person | None:
        """The politician last named (not as a possessive) earlier in the paragraph of ``pos``."""
        t = self.text
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        while i >= 0 and pos - self.ents[i].start < 400:
            e = self.ents[i]
            i -= 1
            if "\n" in t[e.start : pos]:
                return None
            if e.kind == "person" and not e.possessive:
                p = e.ref
                return p if getattr(p, "political", False) else None  # type: ignore[return-value]
        return None

    def _named_word(self, word: str, pos: int) -> Person | None:
        """The person last named before ``pos`` whose name holds ``word`` ("Park" for Park Ji-won,
        family name first or last)."""
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        while i >= 0:
            e = self.ents[i]
            i -= 1
            if e.kind == "person" and word in getattr(e.ref, "label", "").split():
                return e.ref  # type: ignore[return-value]
        return None

    def _known_surname(self, word: str, pos: int) -> Person | None:
        """ "Mr Read said", "Read said": the finder will not take an ordinary word as a bare name,
        but the surname of someone the article already named in full is that person."""
        core = word.split()[-1]
        found = [p for p in self.people.persons if " " in p.name and p.surname == core and p.first_pos < pos]
        if not found:
            return None
        return max(found, key=lambda p: max((s for s, _ in p.mentions if s < pos), default=-1))

    def _acronym_bodies(self, replace: list[Entity]) -> list[Entity]:
        """ "the Korean Central News Agency (KCNA)": the acronym stands for the full name wherever it
        is used later, and the full name is a body that can speak ("..., calling them ...")."""
        t = self.text
        out: list[Entity] = []
        i = t.find(" (")
        while i >= 0:
            ma = _ACRONYM_PAREN_RE.match(t, i)
            i = t.find(" (", i + 2)
            if ma is None or not t[ma.start() - 1 : ma.start()].isalpha():
                continue
            m = _ACRONYM_DEF_RE.search(t, max(0, ma.start() - 120), ma.end())
            if m is None:
                continue
            acr = m.group("acr")
            letters = "".join(c for c in acr if c.isupper())
            words = m.group("full").split()
            full = None
            for k in range(1, len(words) + 1):
                sub = words[-k:]
                if sub[0] in _ACRONYM_SMALL:
                    continue
                if "".join(w[0] for w in sub if w not in _ACRONYM_SMALL).upper() == letters:
                    full = " ".join(sub)
                    break
            if full is None or self.inq[m.start()]:
                continue
            self.acronyms.setdefault(acr, full)
            if " " in acr:
                self.acronyms.setdefault(acr.split()[0], full)  # "NNPC" for "(NNPC Ltd)"
            a, b = m.end() - len(full) - len(acr) - 3, m.end()
            while t[a : a + len(full)] != full and a < b:
                a += 1
            if self._free(a, b, replace):
                out.append(Entity(a, b, "org", full))
        return out

    def _intro_subjects(self) -> list[Entity]:
        """A name opening a sentence with an appositive and a verb is its subject even when no list
        knows it: "Siddaramaiah, 75, who was chief minister from 2013, thanked the voters",
        "Míriam Nogueras, of Junts, spoke next"."""
        t = self.text
        find = getattr(self.people, "person_for_name", None)
        if find is None:
            return []
        out: list[Entity] = []
        for s0, _ in self.sentences:
            if not t[s0 : s0 + 1].isupper():
                continue
            c = t.find(",", s0, s0 + 60)
            if c < 0:
                continue
            if t[s0 : t.find(" ", s0, c) if t.find(" ", s0, c) > 0 else c] in _INTRO_OPENERS:
                # "Outside Parliament, Wanjiru Kamau, a 24-year-old graduate, ... said"
                s0 = c + 1
                while s0 < len(t) and t[s0] == " ":
                    s0 += 1
                c = t.find(",", s0, s0 + 60)
                if c < 0 or not t[s0 : s0 + 1].isupper():
                    continue
            placed = False
            if not (t[c + 2 : c + 3].isdigit() or t.startswith(_INTRO_AFTER_COMMA, c + 1)):
                if t.find(" from ", s0, c) < 0 and t.find(" of ", s0, c) < 0:
                    continue
                placed = True
            m = _INTRO_NAME_RE.match(t, s0)
            if m is None:
                continue
            a, b = m.span("name")
            word = t[a:b]
            if placed and (" " not in word or not t.startswith((" from ", " of "), b)):
                continue  # "Head of State, ...": a full name only, right before its place
            if m.group("art") and " " not in word and not _PERSONISH_RE.match(t, m.end("name")):
                continue  # "Lagos, a city of 20 million, ...": one word and no person noun
            if (
                self.inq[a]
                or word in _NOT_NAMES
                or word.split()[0] in _NOT_NAMES
                or country_key(word)
                or word.rsplit(None, 1)[-1] in ORG_TAILS
                or (word.isupper() and len(word) < 5)
                or not self._free(a, b)
                or not _VERBISH_RE.match(t, b)
            ):
                continue
            p = find(a, b)
            if p is not None:
                out.append(Entity(a, b, "person", p))
        return out

    def _named_intros(self, taken: list[Entity]) -> list[Entity]:
        """ "a street vendor named Jorge Espinoza was selling ...": a private person introduced by a
        description and "named"/"called" is the subject of the verb after the name, and the surname
        alone ("Espinoza was packing up") names the same person later."""
        t = self.text
        find = getattr(self.people, "person_for_name", None)
        if find is None:
            return []
        out: list[Entity] = []
        used = [(e.start, e.end) for e in taken]
        for k in itertools.chain(_find_all(t, " named "), _find_all(t, " called ")):
            m = _NAMED_NAME_RE.match(t, k + 1)
            if m is None:
                continue
            md = _NAMED_DESC_RE.search(t, max(0, k - 60), k)
            if md is None:
                continue
            noun = md.group("noun")
            a, b = m.span("name")
            word = t[a:b]
            words = word.split()
            if (
                self.inq[a]
                or noun in _NOT_DESCRIPTIONS
                or not (FIRST_NAME_GENDER.get(words[0]) or _PERSONISH_NOUN_RE.match(noun) or noun.endswith("er"))
                or any(w in _NOT_NAMES or w in NAME_TITLES for w in words)
                or country_key(word)
                or words[-1] in ORG_TAILS
                or not self._free(a, b)
                or any(x < b and a < y for x, y in used)
                or not (_VERBISH_RE.match(t, b) or t.startswith((", who ", ", whose "), b))
            ):
                continue
            p = find(a, b)
            if p is None:
                continue
            out.append(Entity(a, b, "person", p))
            used.append((a, b))
            self._named_intro.add(a)
            rx = re.compile(rf"(?<![\w’'\-]){re.escape(words[-1])}(?![\w’'\-])")
            for ms in rx.finditer(t, b):
                sa, sb = ms.span()
                if self.inq[sa] or not self._free(sa, sb) or any(x < sb and sa < y for x, y in used):
                    continue
                q = find(sa, sb)
                if q is p:
                    out.append(Entity(sa, sb, "person", p))
                    used.append((sa, sb))
        return out

    def _named_before(self, st: _State, want: str, pos: int) -> Person | None:
        """The person last named (not as a possessive) within a few paragraphs before ``pos`` whose
        gender is ``want``; failing that, the last one whose gender is unknown."""
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        unknown = None
        while i >= 0 and pos - self.ents[i].start < 1500:
            e = self.ents[i]
            i -= 1
            if e.kind != "person" or e.possessive:
                continue
            g = st.gender_of(e.ref)  # type: ignore[arg-type]
            if g == want:
                return e.ref  # type: ignore[return-value]
            if g is None and unknown is None:
                unknown = e.ref
        if unknown is not None:
            return unknown  # type: ignore[return-value]
        return self._first_name_before(want, pos)

    def _first_name_before(self, want: str, pos: int) -> Person | None:
        """ "organiser Emily Eavis had spent weeks ... she said": a full name no list took, whose first
        name says the gender, in the paragraph before the pronoun."""
        t = self.text
        find = getattr(self.people, "person_for_name", None)
        # this paragraph and the one before ("Karl Oster disagreed.\n\n“...,” he said")
        p1 = t.rfind("\n\n", 0, pos)
        lo = max(t.rfind("\n\n", 0, p1) if p1 > 0 else -1, pos - 600, 0)
        best = None
        for m in _FULL_NAME_RE.finditer(t, lo, pos):
            if FIRST_NAME_GENDER.get(m.group(1)) == want and not self.inq[m.start()]:
                best = m
        if best is None or find is None or not self._free(best.start(), best.end()):
            return None
        return find(best.start(), best.end())

    def _quoted_pronoun_genders(self) -> dict[int, str | None]:
        """The finder may take a person's gender from the first he/she after the introduction; when
        that pronoun stands inside a quotation it is the speaker's word for someone else ("Dr Ann
        Kell, a lecturer, said ... “He has a year at most,” she said"), so the guess is withdrawn
        unless an honorific, the gazetteer, a first name or a gendered role says the same."""
        t, inq = self.text, self.inq
        out: dict[int, str | None] = {}
        if not self.quotes:
            return out
        gp = self.people.gaz.people
        n = len(t)
        for p in self.people.persons:
            if p.gender is None or not p.mentions or (p.gid is not None and gp[p.gid].gender):
                continue
            parts = p.name.split()
            if len(parts) > 1 and any(FIRST_NAME_GENDER.get(w.rstrip(".")) for w in parts[:-1]):
                continue
            # the finder reads the introduction's sentence and the next one
            a = min(p.mentions)[1]
            b = t.find(". ", a + 1, a + 400)
            b = t.find(". ", b + 1, a + 400) if b >= 0 else -1
            b = b if b >= 0 else min(n, a + 400)
            m = _GENDER_PRON_RE.search(t, a, b)
            if m is None:
                continue
            if not (inq[m.start()] or (t.find(". ", a, m.start()) < 0 and _object_pronoun(t, m.start(), m.end()))):
                # a pronoun outside quotation marks is narrative, and names the person -- unless it is
                # the object in the person's own clause ("X, who ran against her, ..."): someone else
                continue
            if any(_ROLE_GENDER_RE.search(r) for _, r in p.stated_roles):
                continue
            if any(
                GENDER_WORDS.get(w)
                for s, e in p.mentions
                for w in (t[s:e].split(None, 1)[0], *t[max(0, s - 16) : s].split()[-1:])
            ):
                continue
            out[id(p)] = None
        return out

    def _kin_genders(self) -> dict[int, str | None]:
        """ "His wife, Dilek X", "her husband Ali": the kinship noun says who the name is, whatever
        pronoun happens to follow the introduction."""
        t = self.text
        out: dict[int, str] = {}
        for e in self.ents:
            if e.kind != "person":
                continue
            w = t[max(0, e.start - 12) : e.start].split()
            if not w or w[-1].rstrip(",") not in _KIN_NOUNS:
                continue
            m = _KIN_BEFORE_RE.search(t, max(0, e.start - 30), e.start)
            if m is not None:
                out.setdefault(id(e.ref), "m" if m.group("m") else "f")
        return out
        for e in self.ents:
            if e.kind != "person":
                continue
            m = _KIN_BEFORE_RE.search(t, max(0, e.start - 30), e.start)
            if m is not None:
                out.setdefault(id(e.ref), "m" if m.group("m") else "f")
        return out

    # -- entity helpers --------------------------------------------------------------------
    def _ents_in(self, a: int, b: int) -> list[Entity]:
        i = bisect.bisect_left(self.ent_starts, a)
        j = bisect.bisect_left(self.ent_starts, b)
        return self.ents[i:j]

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sentences[max(i, 0)]

    def _voice_subject(self, a: int, b: int, ents: list[Entity]) -> Entity | None:
        """A body that opens the clause through its owner ("Netanyahu's office", "South Korea's presidential
        office"), its unnamed voice ("A spokesperson for the AfD") or a name no list knows ("The Hostages
        and Missing Families Forum, which ..., said"), followed by a verb."""
        t = self.text
        if ents and ents[0].start <= a + 4 and not ents[0].possessive:
            return None  # the sentence opens with a name the finder knows (the common case, tested first)
        # the body must open the sentence or follow a leading phrase ("In a statement, ...")
        lo = a
        if t.startswith(_OPENER_TUPLE, a):
            c = t.find(", ", a, b)
            lo = c + 2 if c >= 0 else a
        while lo < b and t[lo] in " “\"‘'":
            lo += 1
        if not t[lo : lo + 1].isupper():
            return None
        sp = t.find(" ", lo, lo + 30)
        first = t[lo:sp] if sp > 0 else ""
        if first in STOP_CAPS and first not in _VOICE_OPENERS:
            return None  # "He said", "But the ...", "In 2020 ...": no body opens the clause
        if ents and ents[0].start <= lo + 4 and ents[0].end > lo and not ents[0].possessive:
            return None  # the clause opens with a name the finder knows: that name is the subject
        w = t[lo : min(b, lo + 160)]
        if ("’s " in w or "'s " in w) and (
            "office" in w
            or "chancellery" in w
            or "secretariat" in w
            or "press " in w
            or "administration" in w
            or "cabinet" in w
            or "campaign" in w
        ):
            m = _OWNED_BODY_RE.match(t, lo, b)
            if m is not None and _VERBISH_RE.match(t, m.end()) and not self.inq[m.start()]:
                own, kind = m.group("own"), m.group("kind")
                sep = t[m.end("own") : m.end("own") + 2].rstrip()
                for e in ents:
                    if e.kind == "person" and e.start <= m.start("own") < e.end:
                        # a named owner by name ("Benjamin Netanyahu's office"); a title as written
                        name = e.ref.label  # type: ignore[union-attr]
                        if name.split()[-1] in own:
                            return Entity(m.start(), m.end(), "org", f"{name}{sep} {kind}")
                        break
                if own[:1].isupper() and (own in _NOT_NAMES or own.split()[0] in STOP_CAPS) and not country_key(own):
                    return None
                return Entity(m.start(), m.end(), "org", f"{own}{sep} {kind}")
        if "spokes" in w or "official" in w or "representative" in w:
            m = _VOICE_FOR_RE.match(t, lo, b)
            if m is not None and _VERBISH_RE.match(t, m.end()) and not self.inq[m.start()]:
                body = m.group("body")
                if country_key(body) or body in _NOT_NAMES:
                    return None
                if any(e.kind == "person" for e in self._ents_in(m.start("body"), m.end("body"))):
                    return None  # "a spokesman for Prime Minister X": a person's voice, not a body's
                return Entity(m.start("body"), m.end("body"), "org", self.acronyms.get(body, body))
        if ents and ents[0].start <= lo + 4:
            return None
        m = _BODY_OPENING_RE.match(t, lo, b)
        if m is not None and _VERBISH_RE.match(t, m.end()) and not self.inq[m.start()]:
            body = m.group("body")
            return Entity(m.start("body"), m.end("body"), "org", self.acronyms.get(body, body))
        return None

    def _subject(self, a: int, b: int) -> Entity | None:
        t = self.text
        ents = self._ents_in(a, b)
        vs = self._voice_subject(a, b, ents)
        if vs is not None:
            return vs
        i = bisect.bisect_left(self.ent_starts, a) - 1
        if i >= 0 and self.ents[i].end > a + 1 and self.ents[i].kind == "person":
            # a name the finder ran across the sentence break ("the PML-N. PTI Chairman Gohar Ali Khan")
            ents = [self.ents[i], *ents]
        for e in ents:
            if e.possessive and e.kind == "person" and _ACCOUNT_RE.match(t, e.end):
                return e
        # a quotation asks again about the sentence it sits in, so what is known of a name is kept
        obj, aside = self._obj, self._aside
        for e in ents:
            if e.start not in obj:
                obj[e.start] = e.start not in self._named_intro and _object_position(t, e.start, e.kind == "person")
        elig = [e for e in ents if not e.possessive and not obj[e.start] and e.end <= b]
        if not elig:
            # "The deputy prime minister and party leader, Ana Diaz, defended ...": a name after "and"
            # is an object only when a verb comes before it
            elig = [
                e
                for e in ents
                if not e.possessive
                and e.end <= b
                and _AND_BEFORE_RE.search(t, max(a, e.start - 5), e.start)
                and self._speech_word(a, e.start) < 0
                and not _VERB_BEFORE_RE.search(t, a, e.start)
                and _VERBISH_RE.match(t, e.end)
            ]
            if not elig:
                return None
        first_word = t[a : a + 20].lstrip("“\"‘' ").split(" ", 1)[0].strip(",")
        if first_word in SUBORDINATE_OPENERS:
            # "As to whether Mr Putin could ..., the French leader suggested": the main clause
            comma = t.find(",", a, b)
            later = [e for e in elig if e.start > comma] if comma >= 0 else []
            elig = later or elig
        for e in elig:
            if e.start not in aside:
                # 1: in a subordinate clause, 2: the object of a preposition
                aside[e.start] = (
                    1
                    if in_subclause(t, e.start) or self._in_relative(a, e.start)
                    else 2
                    if _after_preposition(t, e.start, e.kind == "person")
                    else 0
                )
        main = [e for e in elig if not aside[e.start]]
        # a name in a subordinate clause or after a preposition speaks only when no other name can
        if not main:
            # "An ally of the prime minister said", "Speaking outside Downing Street, the prime minister
            # said": the object of a preposition is not who speaks
            elig = [e for e in elig if aside[e.start] != 2]
            if not elig:
                return None
        win = self._pick(main) or (main[0] if main else self._pick(elig) or elig[0])
        if main and win is not main[0] and main[0].start < win.start:
            vm = self._speech_word(main[0].end, win.start)
            if vm >= 0:
                # "X hit back, telling a radio station that Mr Y had offered ...": the one who speaks
                # stands before the speech verb; names after it sit inside the reported clause
                before = [e for e in main if e.end <= vm]
                win, elig = self._pick(before) or before[0], before
        return self._named_beside(win, elig)

    def _in_relative(self, a: int, pos: int) -> bool:
        """ "The 45-year-old Democrat, whose father X also served ..., thanked": a name inside a relative
        clause still open at ``pos`` (no comma closes it before the name) is not the sentence's subject."""
        t = self.text
        if t.find(", wh", a, pos) < 0:
            return False
        r = max(t.rfind(", whose ", a, pos), t.rfind(", who ", a, pos), t.rfind(", which ", a, pos))
        if r < 0 or self.inq[r]:
            return False
        return t.find(",", r + 2, pos) < 0

    def _pick(self, cands: list[Entity]) -> Entity | None:
        """The first name a verb follows ("Mr Biden, speaking in Ohio, said")."""
        verbish, t = self._verbish, self.text
        for e in cands:
            v = verbish.get(e.end)
            if v is None:
                v = verbish[e.end] = _VERBISH_RE.match(t, e.end) is not None
            if v:
                return e
        return None

    def _speech_word(self, a: int, b: int, last: bool = False) -> int:
        """Where the first (or ``last``) speech verb outside quotation marks in text[a:b] starts, or -1."""
        t, inq = self.text, self.inq
        n = len(t)
        found = -1
        for end, w in _SPEECH_AUTOMATON.iter(t, a, b):
            a0 = end - len(w) + 1
            if inq[a0] or (a0 > 0 and t[a0 - 1] in _WORDISH) or (end + 1 < n and t[end + 1] in _WORDISH):
                continue
            if not last:
                return a0
            found = a0
        return found

    def _named_beside(self, e: Entity, elig: list[Entity]) -> Entity:
        """An anonymous description next to a named person in one noun phrase is that person:
        "The deputy prime minister and party leader, Ana Diaz, defended ...", "X, a senator ... and
        a leading campaigner, said"."""
        if e.kind != "anon":
            return e
        t = self.text
        k = elig.index(e)
        for o in (elig[k + 1] if k + 1 < len(elig) else None, elig[k - 1] if k else None):
            if o is None or o.kind != "person":
                continue
            gap = t[e.end : o.start] if o.start >= e.end else t[o.end : e.start]
            if _APPOS_GAP_RE.fullmatch(gap):
                return o
        return e

    def _resolve(self, e: Entity | None, st: _State) -> Attribution | None:
        if e is None:
            return None
        if e.kind == "person":
            return Attribution(e.ref.label, e.ref)  # type: ignore[union-attr]
        if e.kind == "org" or e.kind == "anon":
            p = self._described_person(e)
            if p is not None:
                return Attribution(p.label, p)
            if e.kind == "org":
                return Attribution(self._org_name(e), None)
            body = self._official_body(e)
            if body is None and st.last_person is not None and self._role_description(e):
                # "Christoph Heusgen became emotional ... the former diplomat said": a definite role
                # description with no body of its own is the salient person, as "he" would be
                p = st.last_person
                return Attribution(p.label, p)
            return Attribution(body, None)
        if e.kind == "pron":
            if e.ref in ("he", "she"):
                p = st.pronoun(str(e.ref), e.start)
                st.heard(str(e.ref), p)
                return Attribution(p.label if p else None, p)
            if e.ref == "it" and st.last_org:
                return Attribution(st.last_org, None)
            return Attribution(None, None)
        if e.kind == "defbody":
            if e.ref in ("spokesperson", "spokesman", "spokeswoman"):
                # "CHP spokesperson X told ... The spokesperson said": the spokesperson named just before
                sp = self._named_spokesperson(e.start)
                if sp is not None:
                    return Attribution(sp.label, sp)
            if e.ref in _POINTING_BACK:
                # "the spokesperson said", "the ministry said": the body named just before
                return Attribution(self._body_before(e.start, str(e.ref)), None)
            return Attribution(str(e.ref), None)
        return Attribution(None, None)

    def _named_spokesperson(self, pos: int) -> Person | None:
        """The person named with a spokesperson's title at the last mention of a spokesperson before ``pos``
        (an unnamed "A Treasury spokesperson" in between means the body's, so no one)."""
        t = self.text
        r = t.rfind("spokes", max(0, pos - 1200), pos)
        if r < 0:
            return None
        for e in self._ents_in(max(0, r - 60), r + 40):
            if (
                e.kind == "person"
                and e.start - 40 <= r < e.end + 20
                and any("spokes" in x.lower() for _, x in e.ref.stated_roles)  # type: ignore[union-attr]
            ):
                return e.ref  # type: ignore[return-value]
        return None

    def _org_name(self, e: Entity) -> str:
        name = str(e.ref)
        if " " not in name:
            # "The Ministry of Finance said": a bare head noun takes its "of" tail
            m = _OF_TAIL_RE.match(self.text, e.end)
            if m is not None and name[:1].isupper():
                return name + m.group()
            if name in _OWNED_HEADS:
                # "the Prime Minister's Office said": the office is named by its owner
                mo = _OWNER_BEFORE_RE.search(self.text, max(0, e.start - 40), e.start)
                if mo is not None:
                    return mo.group("own") + name
        return self.acronyms.get(name, name)

    def _described_person(self, e: Entity) -> Person | None:
        """ "Kremlin aide Yury Ushakov told reporters ... the Kremlin official noted": a definite
        description ("the ... official/aide/envoy") sharing its capitalised word with the role the
        article gave a person already named is that person, not the body."""
        t = self.text
        if not (t.startswith(("the ", "The "), e.start) and " " in t[e.start + 4 : e.end]):
            return None
        words = t[e.start + 4 : e.end].split()
        caps = [w for w in words[:-1] if w[:1].isupper()]
        if not caps:
            return None
        # "the Kremlin official" may be any aide of it, but "the Kremlin spokesman" only its spokesman
        noun = words[-1].lower()
        loose = noun in _PERSON_ROLE_NOUNS
        if not loose and noun not in _OFFICIAL_NOUNS:
            return None
        best: Person | None = None
        last = -1
        for p in self.people.persons:
            if not p.stated_roles or not any(
                (loose or noun in r.lower()) and any(w in r.split() for w in caps) for _, r in p.stated_roles
            ):
                continue
            seen = max((s for s, _ in p.mentions if s < e.start), default=-1)
            if seen > last:
                best, last = p, seen
        return best

    def _role_description(self, e: Entity) -> bool:
        """ "the former diplomat", "the veteran negotiator": a definite description of one person's
        calling, unless the article brought in an unnamed one ("an aide ... the aide said")."""
        t = self.text
        if not t.startswith(("the ", "The "), e.start):
            return False
        words = t[e.start + 4 : e.end].split()
        noun = words[-1].lower() if words else ""
        if noun not in _DESCRIBED_NOUNS or any(w[:1].isupper() for w in words):
            return False
        head = t[: e.start]
        return not any(f"{a} {noun}" in head for a in ("a", "an", "A", "An"))

    def _official_body(self, e: Entity) -> str | None:
        """ "A Hamas official told AFP ...": an unnamed official speaks for the named body, not for a
        country ("an Israeli official") or a person ("a Trump campaign spokesman" is no body's name)."""
        if not self.text.endswith(_OFFICIAL_NOUNS, e.start, e.end):
            return None
        m = _BODY_OFFICIAL_RE.fullmatch(self.text, e.start, e.end)
        if m is None:
            return None
        body = m.group("body")
        words = body.split()
        if country_key(body) or any(country_key(w) for w in words) or words[0] in STOP_CAPS:
            return None
        if any(p.surname in words for p in self.people.persons):
            return None
        return self.acronyms.get(body, body)

    def _body_before(self, pos: int, noun: str) -> str | None:
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        generic = noun in ("statement", "spokesperson", "spokesman", "spokeswoman", "group")
        while i >= 0 and pos - self.ents[i].start < 1500:
            e = self.ents[i]
            if e.kind == "org":
                name = self._org_name(e)
                if generic or noun in name.lower():
                    return name
            i -= 1
        if generic:
            return None
        # "the Supreme Court ... the court said": the last capitalised name ending in that noun
        rx = _BODY_NAME_RES.get(noun)
        if rx is None:
            cap = noun.capitalize()
            rx = _BODY_NAME_RES[noun] = re.compile(
                rf"(?<![\w’'])(?:[A-Z][\w’'\-]*\s+(?:of\s+|for\s+|and\s+)?){{0,4}}{cap}(?:['’]s)?(?![\w’'])(?:\s+\((?P<acr>[A-Z]{{2,6}})\))?"
            )
        found = None
        for m in rx.finditer(self.text, max(0, pos - 1500), pos):
            found = m
        if found is None:
            kin = _BODY_KIN.get(noun)
            if noun in _SEMI_GENERIC or noun == "party" or kin is not None:
                # "The World Health Organization (WHO) warned ... The agency said": the body just named;
                # "The Democratic Alliance (DA) ... The party said": the party just named; "the Texas
                # State Teachers Association (TSTA) ... The union said": a body of a kindred kind
                i = bisect.bisect_left(self.ent_starts, pos) - 1
                while i >= 0 and pos - self.ents[i].start < 600:
                    e = self.ents[i]
                    i -= 1
                    if e.kind != "org":
                        continue
                    name = self._org_name(e)
                    if country_key(name):
                        continue
                    if noun == "party" and not _PARTY_NAME_RE.search(name):
                        continue
                    if kin is not None and not (
                        name.rsplit(None, 1)[-1].lower() in kin
                        or (noun in _ACRONYM_KIN and name.isupper() and 2 <= len(name) <= 6)
                    ):
                        continue
                    return name
                if kin is not None:
                    # "The Competition and Markets Authority blocked the deal. The watchdog said": a
                    # kindred body named in capitals that no list marked
                    rk = _KIN_NAME_RES.get(noun)
                    if rk is None:
                        alt = "|".join(sorted(w.capitalize() for w in kin))
                        rk = _KIN_NAME_RES[noun] = re.compile(
                            rf"(?<![\w’'])(?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and)\s+)?){{1,4}}(?:{alt})(?![\w’'])"
                        )
                    mk = None
                    for mk in rk.finditer(self.text, max(0, pos - 600), pos):  # noqa: B007 -- the last one
                        pass
                    if mk is not None and not self.inq[mk.start()]:
                        return mk.group().removeprefix("The ")
            if noun in _COMPANY_NOUNS:
                return self._company_before(pos)
            return None
        name = found.group().split(" (")[0].removeprefix("The ")
        return name.removesuffix("’s").removesuffix("'s")

    def _company_before(self, pos: int) -> str | None:
        """ "TikTok said it would go to court. In a statement, the company said": the body last named
        before ``pos`` that may be a company (no ministry, court or party), or a one-word name the
        finder took for a person that speaks of itself as "it"."""
        t = self.text
        i = bisect.bisect_left(self.ent_starts, pos) - 1
        while i >= 0 and pos - self.ents[i].start < 1000:
            e = self.ents[i]
            i -= 1
            if e.kind == "org":
                name = self._org_name(e)
                if not country_key(name) and _NOT_COMPANY_TAILS.isdisjoint(name.split()):
                    return name
            elif e.kind == "person" and not e.possessive and _SAID_IT_RE.match(t, e.end):
                word = t[e.start : e.end]
                if " " not in word and word[:1].isupper():
                    return word
        return None

    def _post_cue(self, q: RawQuote, sent: tuple[int, int]) -> Entity | None:
        t = self.text
        start = q.close + 1
        sentence_initial = not t[sent[0] : q.open].strip(" “\"‘'")
        # a quotation ending in "!" or "?" ends its sentence, yet the cue follows: “Thank you!” X wrote
        end = sent[1]
        if end <= start + 2 and t[q.end - 1 : q.end] in "!?" and "\n" not in t[start:end]:
            end = self._sentence_of(min(start + 2, len(t) - 1))[1]
        for e in self._ents_in(start, min(end, start + 160)):
            if any(self.inq[start : e.start]):
                return None  # another quotation comes first
            gap = t[start : e.start]
            if "\n" in gap:
                return None
            if _GAP_PLAIN_RE.fullmatch(gap) and (SPEECH_AFTER_RE.match(t, e.end) or _QUOTED_RE.match(t, e.end)):
                return e
            if e.kind == "defbody" and _GAP_PLAIN_RE.fullmatch(gap) and _READ_AFTER_RE.match(t, e.end):
                return e  # “...,” the statement read
            if e.kind == "org" and _GAP_PLAIN_RE.fullmatch(gap):
                ms = _BODY_SERVICE_RE.match(t, e.end)
                if ms is not None and SPEECH_AFTER_RE.match(t, ms.end()):
                    return e  # “...,” the Kremlin press service said
            if e.kind == "anon" and _GAP_PLAIN_RE.fullmatch(gap) and _ANON_TAIL_RE.match(t, e.end):
                return e  # an unnamed source: the quotation stays unattributed
            if _GAP_VERB_RE.fullmatch(gap):
                if gap.rstrip().rsplit(None, 1)[-1].endswith("ing"):
                    # “...”, urging ministers to ...: a participle's noun is its object, not the speaker
                    continue
                return e
            if _ACCORDING_RE.search(gap):
                if e.kind == "anon" and _FROM_AFTER_RE.match(t, e.end):
                    continue  # "according to a statement from the ministry": the ministry
                return e
            if sentence_initial and "," in gap and SPEECH_AFTER_RE.match(t, e.end):
                return e
            if (
                e.kind in ("person", "org")
                and _BY_GAP_RE.fullmatch(gap)
                and _PASSIVE_NAMING_RE.search(t, max(0, q.open - 50), q.open)
            ):
                return e  # the plan was branded “a fraud” by opposition leader X
            if e.kind == "person" and _ROLE_GAP_RE.fullmatch(gap) and SPEECH_AFTER_RE.match(t, e.end):
                # “...,” Polish ambassador to the EU Andrzej Sados told reporters
                return e
            if e.kind == "person" and _title_gap(gap, t[e.start]) and SPEECH_AFTER_RE.match(t, e.end):
                # “...,” EPP group chair X told ..., “...,” S&D leader X said: the finder took the role
                # word into the name; what is left between is the body the title belongs to
                return e
        return None

    def _transcript(self, q: RawQuote, st: _State) -> Attribution | None:
        t = self.text
        ls = t.rfind("\n", 0, q.start) + 1
        m = (
            TRANSCRIPT_RE.match(t, ls, q.start + 1)
            or TITLE_LABEL_RE.match(t, ls, q.start + 1)
            or NAME_LABEL_RE.match(t, ls, q.start + 1)
        )
        if m is None:
            return None
        who = m.group("who")
        if who in ("Q", "QUESTION", "QUESTIONS", "REPORTER", "AUDIENCE") or who in _TRANSCRIPT_NOT:
            return Attribution(None, None)
        if who in ("A", "ANSWER"):
            # "Q: ... A: ...": the answers are the interviewee's, the person the article is about
            p = st.last_person
            return Attribution(p.label, p) if p is not None else Attribution(None, None)
        find = getattr(self.people, "person_for_name", None)
        p = find(*m.span("who")) if find is not None else None
        if p is None:
            p = self._known_surname(who.title(), m.start("who"))
        return Attribution(p.label, p) if p is not None else Attribution(who.title(), None)

    def _clause_subject(self, a: int, b: int) -> Entity | None:
        """In "X said ..., and Y says he wants it “as soon as possible”", the quote is Y's."""
        t = self.text
        cut = -1
        for m in _CLAUSE_RE.finditer(t, a, b):
            if not self.inq[m.start()]:
                cut = m.end()
        if cut < 0:
            return None
        first = t[cut : cut + 20].split(" ", 1)[0]
        if first.endswith("ing") and first.islower():
            # "..., while acknowledging it was “...”": a participle clause has no subject of its own
            return None
        for e in self._ents_in(cut, b):
            if e.possessive or (
                e.start > cut
                and not _title_words(t[cut : e.start])
                and (is_object_position(t, e.start) or in_subclause(t, e.start))
            ):
                continue
            if _VERBISH_RE.match(t, e.end):
                return e
        # "..., as China accused the leaders of “...”": a country opening the clause speaks
        m = _CAP_RUN_RE.match(t, cut, b)
        if m is not None and country_key(m.group()) and _VERBISH_RE.match(t, m.end()):
            return Entity(m.start(), m.end(), "org", m.group())
        return None

    def _possessive_speech(self, a: int, b: int) -> Entity | None:
        """ "Anna Berg's claim that the scheme was “fully funded”": the owner of the words."""
        t = self.text
        if t.find("’s ", a, b) < 0 and t.find("'s ", a, b) < 0:
            return None
        for e in reversed(self._ents_in(a, b)):
            if e.kind == "pron":
                continue
            if not e.possessive or e.kind != "person":
                return None  # a later name stands nearer the quotation
            m = _SPEECH_NOUN_RE.match(t, e.end)
            if m is None or b - m.end() > 90:
                return None
            if m.group().endswith("as"):
                # "X described Y's remarks as “...”": the words characterise Y's remarks; they are X's
                return None
            return e
        return None

    def _reported_speaker(self, a: int, b: int) -> Entity | None:
        """ "He spoke about how Brandt had said the pipeline was “a mistake”": the quotation belongs to
        the speech verb nearest before it, when a name stands right before that verb."""
        t = self.text
        last = self._speech_word(a, b, last=True)
        if last < 0:
            return None
        i = bisect.bisect_left(self.ent_starts, last) - 1
        if i < 0:
            return None
        e = self.ents[i]
        if e.kind == "pron" and e.ref in ("he", "she") and e.start >= a and _AUX_GAP_RE.fullmatch(t, e.end, last):
            return self._pronoun_in_report(a, e, last)
        # an anonymous reporter ("that other western leaders have warned is “imminent”") leaves it unknown
        if (
            e.start < a
            or e.possessive
            or e.kind not in ("person", "org", "anon")
            or not _AUX_GAP_RE.fullmatch(t, e.end, last)
        ):
            return None
        if not in_subclause(t, e.start) or not t[last : last + 10].startswith(_REPORTED_VERBS):
            return None  # only a name opening a "that/how/whether" clause reports inside another's sentence
        return e

    def _pronoun_in_report(self, a: int, e: Entity, verb: int) -> Entity | None:
        """ "Peskov said ... Putin had set out Russia's position, when he warned that ... were “at war”": a
        pronoun opening a clause inside another's report means the nearest subject before it in the
        sentence whose gender fits (Putin), not the reporter."""
        t = self.text
        if _last_word(t, max(a, e.start - 10), e.start) not in _REPORT_CLAUSE_OPENERS:
            return None
        if not t[verb : verb + 10].startswith(_REPORTED_VERBS):
            return None
        want = "f" if e.ref == "she" else "m"
        for o in reversed(self._ents_in(a, e.start)):
            if o.kind != "person" or o.possessive or getattr(o.ref, "gender", None) not in (want, None):
                continue
            v = _VERBISH_RE.match(t, o.end)
            if v is not None and _SPEECH_AUTOMATON.get(t[o.end : v.end()].split()[-1], None) is None:
                return o  # the subject of a clause of its own, not a reporter ("Peskov said")
            return None
        return None

    def _with_speaker(self, a: int, b: int) -> tuple[bool, Entity | None]:
        """ "Blinken faced questions, with the chairman of the committee saying the episode had
        “shaken the confidence” of Americans": (True, the noun phrase's entity, or None when it names
        no one) when the quotation sits in such a clause; (False, None) otherwise."""
        t = self.text
        i = t.rfind("with ", a, b)
        m = None
        while i >= 0 and m is None:
            m = _WITH_SPEAKING_RE.match(t, i, b)
            i = t.rfind("with ", a, i)
        if m is None or self.inq[m.start()] or self.inq.find(1, m.end(), b) >= 0:
            return False, None
        for e in self._ents_in(m.start("np"), m.end("np")):
            if e.possessive or e.kind == "pron":
                continue
            return True, e
        return True, None

    def _according_lead(self, a: int, b: int) -> Entity | None:
        """ "According to Karl Oster, the health minister, the plan was “fully funded”": the source
        named in a sentence-opening "according to" phrase."""
        t = self.text
        if not t.startswith(("According to ", "according to "), a):
            return None
        c = a + 13
        if self._speech_word(c, b) >= 0:
            return None  # "According to Reuters, the minister said “...”": the minister
        i = bisect.bisect_left(self.ent_starts, c)
        if i < len(self.ents) and self.ents[i].start <= c + 4 and self.ents[i].end < b:
            e = self.ents[i]
            return e if e.kind in ("person", "org", "defbody") and not e.possessive else None
        m = _LEAD_NAME_RE.match(t, c, b)
        find = getattr(self.people, "person_for_name", None)
        if m is None or find is None or m.group() in _NOT_NAMES or country_key(m.group()):
            return None
        p = find(m.start(), m.end())
        return Entity(m.start(), m.end(), "person", p) if p is not None else None

    def _naming_speaker(self, a: int, b: int) -> Entity | None:
        """ "days after Trump called Zelensky a “dictator without elections”": words that name someone
        or something, with the quotation as the predicate, are the words of the name before the verb
        (whatever clause it stands in)."""
        t = self.text
        lo = max(a, b - 70)
        w = t[lo:b]
        if "call" not in w and "brand" not in w and "label" not in w and "describ" not in w:
            return None
        m = _NAMING_BEFORE_RE.search(t, lo, b)
        if m is None or any(self.inq[m.start() : b]):
            return None
        i = bisect.bisect_left(self.ent_starts, m.start()) - 1
        if i < 0:
            return None
        e = self.ents[i]
        if (
            e.start < a
            or e.possessive
            or e.kind not in ("person", "org", "defbody")
            or not _AUX_GAP_RE.fullmatch(t, e.end, m.start())
        ):
            return None
        return e

    def _parenthetical(self, a: int, b: int) -> Entity | None:
        """ "The party, he told the BBC last week, needed “time and patience”": the cue set off by commas
        inside the sentence, before the quotation."""
        t = self.text
        if t.count(",", a, b) < 2:
            return None
        found = None
        for m in _PAREN_CUE_RE.finditer(t, a, b):
            if not self.inq[m.start()] and not any(self.inq[m.start() : m.end()]):
                found = m
        if found is None:
            return None
        ws, we = found.span("who")
        for e in self._ents_in(ws, we + 1):
            if e.start == ws and not e.possessive:
                return e
        return None

    def _relative_person(self, a: int, b: int) -> Person | None:
        """The person a ", who said/told ..." clause in text[a:b] follows (with an appositive between)."""
        t = self.text
        for m in _RELATIVE_SPEECH_RE.finditer(t, a, b):
            if m.group("rel") != "who" or self.inq[m.start()]:
                continue
            i = bisect.bisect_left(self.ent_starts, m.start()) - 1
            e = self.ents[i] if i >= 0 else None
            if e is not None and e.start >= a and e.kind == "person" and not e.possessive:
                gap = t[e.end : m.start()]
                if not gap or (gap.startswith(",") and len(gap) < 120 and not any(self.inq[e.end : m.start()])):
                    return e.ref  # type: ignore[return-value]
            # "the son of Yael Adar, who told the BBC": a full name no list knows, right before
            mc = _CAP_RUN_BEFORE_RE.search(t, max(a, m.start() - 60), m.start())
            find = getattr(self.people, "person_for_name", None)
            if mc is None or find is None or self.inq[mc.start()] or (e is not None and e.end > mc.start()):
                continue
            name = mc.group("name")
            words = name.split()
            if name in _NOT_NAMES or not 2 <= len(words) <= 4 or " of " in name or words[-1] in ORG_TAILS:
                continue
            p = find(mc.start("name"), mc.end("name"))
            if p is not None:
                return p
        return None

    def _relative_speaker(self, a: int, b: int) -> Entity | None:
        """ "..., the Great Lakes Firearms Coalition, which said in a post that it was “...”": the
        quotation sits in a relative clause whose verb is speech; its antecedent speaks."""
        t = self.text
        if t.find(", wh", a, b) < 0 and t.find(",wh", a, b) < 0:
            return None
        m = None
        for m in _RELATIVE_SPEECH_RE.finditer(t, a, b):  # noqa: B007 -- the last one is wanted
            pass
        if m is None or self.inq[m.start()] or any(self.inq[m.end() : b]):
            return None
        i = bisect.bisect_left(self.ent_starts, m.start()) - 1
        e = self.ents[i] if i >= 0 else None
        if e is None or e.end < m.start() - 1:
            # "a grouping of parties, the Progressive Caucus, which said": a capitalised name no list
            # knows, right before the comma
            mc = _CAP_RUN_BEFORE_RE.search(t, max(a, m.start() - 90), m.start())
            if mc is None:
                return None
            name = mc.group("name")
            if name in _NOT_NAMES or self.inq[mc.start()]:
                return None
            if m.group("rel") == "which":
                return Entity(mc.start("name"), mc.end("name"), "org", name)
            # "tabled by Tom Hale, who said ...": a full name no list knows
            find = getattr(self.people, "person_for_name", None)
            words = name.split()
            if find is None or not 2 <= len(words) <= 4 or " of " in name or words[-1] in ORG_TAILS:
                return None
            p = find(mc.start("name"), mc.end("name"))
            return Entity(mc.start("name"), mc.end("name"), "person", p) if p is not None else None
        if e.possessive or e.kind not in ("person", "org", "defbody"):
            return None
        if m.group("rel") in ("which", "that") and e.kind == "person":
            return None  # "X's plan, which said ...": a document, not the person
        return e

    def resolve(self) -> list[Attribution]:
        out: list[Attribution] = []
        st = _State(gender={**self._quoted_pronoun_genders(), **self._kin_genders()})
        st.named_before = lambda want, pos: self._named_before(st, want, pos)
        qi = 0
        prev: tuple[RawQuote, Attribution] | None = None
        prev_embedded = False
        quotes = self.quotes
        t = self.text
        for sent in self.sentences:
            s0, s1 = sent
            speakers: list[Attribution] = []
            while qi < len(quotes) and quotes[qi].open < s1:
                q = quotes[qi]
                qi += 1
                qs = max(s0, self._sentence_of(q.open)[0])
                att = None
                if q.colon:
                    att = self._transcript(q, st)
                if not q.colon:
                    pc = self._post_cue(q, sent)
                    if pc is not None and pc.kind == "pron" and pc.ref in ("he", "she") and qs < q.open:
                        # "X went further, alleging ... “...,” he said": the subject of the same sentence,
                        # named before the quotation, is who the pronoun means
                        sj = self._subject(qs, q.open)
                        want = "f" if pc.ref == "she" else "m"
                        if sj is not None and sj.kind == "person" and st.gender_of(sj.ref) in (want, None):  # type: ignore[arg-type]
                            pc = sj
                    att = self._resolve(pc, st)
                embedded = False
                if att is None and "," in t[qs : q.open]:
                    att = self._resolve(self._parenthetical(qs, q.open), st)
                if att is None:
                    att = self._resolve(self._relative_speaker(qs, q.open) or self._possessive_speech(qs, q.open), st)
                if att is None:
                    att = self._resolve(self._reported_speaker(qs, q.open) or self._naming_speaker(qs, q.open), st)
                    # words reported inside another's sentence: that sentence's subject stays salient
                    embedded = att is not None
                if att is None:
                    att = self._resolve(self._according_lead(qs, q.open), st)
                if att is None:
                    inside, who = self._with_speaker(qs, q.open)
                    if inside:
                        att = self._resolve(who, st) or Attribution(None, None)
                        embedded = True
                if att is None:
                    att = self._resolve(self._clause_subject(qs, q.open) or self._subject(qs, q.open), st)
                if att is None and prev is not None and prev[0].close >= qs:
                    att = prev[1]  # “A,” said X, “B.” -- one speaker for the sentence
                lead = t[qs : q.open]
                if att is None and (
                    len(lead.split()) <= 2
                    # "Then, after a pause: “...”": a lead-in with no one in it continues the speaker
                    or (lead.rstrip().endswith(":") and len(lead.split()) <= 6 and not self._ents_in(qs, q.open))
                ):
                    # a quotation standing alone continues the speaker just before it: the last
                    # quotation's, or the person the previous paragraph was about
                    cands = []
                    if prev is not None and not prev_embedded:
                        cands.append((prev[0].close, prev[1]))
                    if st.last_person is not None:
                        cands.append((st.person_pos, Attribution(st.last_person.label, st.last_person)))
                    if cands:
                        pos, best = max(cands, key=lambda c: c[0])
                        if t.count("\n\n", pos, q.open) <= 1 and q.open - pos < 600:
                            att = best
                if att is None:
                    att = Attribution(None, None)
                out.append(att)
                if not embedded:
                    speakers.append(att)
                prev, prev_embedded = (q, att), embedded
            if t.startswith(_TOPIC_OPENERS, s0):
                # "For Park, the lesson was simpler.": the person the sentence is about is salient
                mt = _TOPIC_RE.match(t, s0, s1)
                if mt is not None:
                    a, b = mt.span("name")
                    i = bisect.bisect_left(self.ent_starts, a)
                    e = self.ents[i] if i < len(self.ents) else None
                    if e is not None and e.start == a:
                        tp = e.ref if e.kind == "person" and e.end == b else None
                    else:
                        tp = self._named_word(mt.group("name"), a)
                    if tp is not None:
                        st.touch(tp, a)  # type: ignore[arg-type]
            subj = self._subject(s0, s1)
            if subj is not None and subj.kind == "pron" and subj.ref in ("he", "she") and st.last_person:
                # "He recalls ...": that person, freshly salient
                p = st.pronoun(str(subj.ref), subj.start) or st.last_person
                st.heard(str(subj.ref), p)
                st.touch(p, subj.start)
            if subj is not None and self._aside.get(subj.start) == 1 and self._in_relative(s0, subj.start):
                # "The 45-year-old Democrat, whose father X served ..., thanked": X is not the subject
                subj = None
            if subj is not None and subj.kind in ("person", "org", "defbody"):
                a = self._resolve(subj, st)
                if a and a.person is not None:
                    st.touch(a.person, subj.start)
                elif a and a.speaker:
                    st.last_org = a.speaker
            rel = self._relative_person(s0, s1) if t.find(", who ", s0, s1) >= 0 else None
            if rel is not None:
                # "Among the protesters was X, a teacher, who said ...": who speaks in a relative clause
                # is the person the next "she said" means
                st.touch(rel, s0)
            for att in speakers:
                if att.person is not None:
                    st.touch(att.person, s0)
                elif att.speaker is not None:
                    st.last_org = att.speaker
        while qi < len(quotes):
            qi += 1
            out.append(Attribution(None, None))
        return out
