"""People and bodies in an article: who is named, how, and which of them hold office.

Names come from two places: the gazetteer (Aho-Corasick over the text) and runs of capitalised
words. A run becomes a person only with evidence (a known name, an office or honorific before it,
an appositive role, or a reporting verb next to it), so "Getty Images North America" or a lone
"Mr Smith" with no office never becomes a leader. Every reference -- full name, "Mr X", bare
surname, "President X", "the French president" -- is folded into one person per article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import ahocorasick
from rapidfuzz.distance import Levenshtein

from .gazetteer import FULL, SHORT, SURNAME, Gazetteer, Role, country_key, fold, norm_office, slug
from .lexicon import (
    ANON_NOUNS,
    COUNTRIES,
    FIRST_NAME_GENDER,
    FIRST_NAMES,
    FORM_TITLES,
    GENDER_WORDS,
    HEAD_OFFICES,
    NAME_TITLES,
    NOT_FIRST_NAMES,
    OFFICES,
    ORG_TAILS,
    POLITICAL_TITLES,
    PRIVATE_ROLE_WORDS,
    SPEECH_VERBS,
    STOP_CAPS,
    _words,
)

_U = "A-ZÀ-ÖØ-ÞĀ-ſ"
_L = "a-zà-öø-ÿĀ-ſ"
TOK = (
    r"(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|Capt|Prof|Jr|Sr|Brig|Maj|Adm|Sgt|Cmdr|Rev|Hon|Fr)\."
    r"|[A-Z]\.(?:[ ]?[A-Z]\.){0,2}(?=[ \u00a0][A-Z])"
    # "O'Brien", and "Ichung'wah", "Ndung'u" (an apostrophe inside a Kikuyu name, not "'s" or "n't")
    rf"|[{_U}][{_L}{_U}]*(?:['’][{_U}][{_L}]+|(?<!n)['’](?!(?:s|t|ll|re|ve|d|m)(?![{_L}]))[{_L}]+){{0,2}}(?:-[{_L}{_U}][{_L}]+)*)"
)
PART = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|bin|ibn|al|el|ter|ten|la|le|y)"
# every token starts with a capital: the lookahead rejects the other positions of a scan at once, where
# the engine would otherwise try each branch of TOK (twice as fast over a whole article)
TOK_RE = re.compile(rf"(?=[{_U}]){TOK}")
_PARTICLES = frozenset(PART[3:-1].split("|")) | {"san", "st", "mac", "mc"}
RUN_RE = re.compile(rf"(?=[{_U}]){TOK}(?:(?:[ \u00a0]+(?:{PART}[ \u00a0]+)*|[ \u00a0]+(?:al|el)-){TOK})*")

# the Irish heads of government are offices too ("was elected Taoiseach")
_OFFICE_ALT = "|".join(sorted(set(OFFICES.split("|")) | {"taoiseach", "tánaiste"}, key=len, reverse=True))
_MODW = (
    r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'\-]*(?:['’]s)?|former|ex|then|acting|deputy|shadow|junior|senior|top|chief|foreign|"
    r"home|defence|defense|health|justice|interior|finance|economy|economic|trade|business|education|"
    r"culture|transport|environment|energy|treasury|national|security|press|majority|minority|"
    r"opposition|party|state|federal|regional|local|city|county|vice|prime|general|attorney|cabinet|"
    r"government|presidential|communications|climate|digital|housing|immigration|policy|exchequer|"
    r"affairs|outgoing|incoming|interim|caretaker|then-\w+|ex-\w+|his|her|their|its|the|a|an|"
    r"(?:party|government|country|state|nation|city|province|opposition|bloc|coalition)['’]s|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"committee|select|standing|parliamentary|congressional)"
)
_OFFICE_RE = rf"(?:{_OFFICE_ALT})"
_PORTFOLIOS = (
    "state|defence|defense|foreign affairs|home affairs|presidency|interior|environment|health|education|"
    "finance|economy|justice|women|equalities|housing|transport|agriculture|trade|industry|labour|labor|"
    "culture|energy|tourism|treasury|communities|employment|local government|public works|water|"
    "land reform|mines|mineral resources|fisheries|forestry|sport|sports|youth|science|technology|"
    "infrastructure|planning|immigration|security|police|policing|veterans|pensions|children|families|"
    "social affairs|social security|welfare|digital affairs|europe|development|the economy|climate|"
    "central bank|reserve bank|national assembly|senate|house|assembly|parliament|cabinet|opposition|"
    # "an adviser to the president", "a deputy from the ruling party"
    "president|prime minister|premier|chancellor|governor|mayor|government|party|coalition"
)
# how a party is described before its name: "the left-wing", "the conservative", "the far-right"
_PARTY_ADJ = (
    r"(?:[a-z]+-[a-z]+(?:-[a-z]+)?|conservative|liberal|socialist|communist|nationalist|populist|centrist|"
    r"progressive|radical|ruling|governing|main|largest|biggest|second-largest|green|leftist|rightist|hardline|"
    r"moderate|separatist|secessionist|regional|islamist|religious|social|christian|democratic|new|small|tiny|"
    r"influential|powerful|junior|senior|coalition|eurosceptic|environmentalist|agrarian|opposition|"
    r"nationalistic|reformist|libertarian|ultranationalist|ultra-nationalist|hard-line|pro-government)"
)
# "(EFF)", "(PML-N)", "(JD(S))": a party's abbreviation written after its name
_ACRONYM_PAREN = r"(?:\s*\((?:[A-Z][\w&.\-]*(?:\([A-Z]\))?)\))"
_OF_TAIL = (
    # "senator representing the Federal Capital Territory": a seat is named like a place
    rf"(?:\s+(?:(?:of|for|to|from|representing|responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?|in\s+the\s+|in\s+(?=[A-Z]))"
    rf"(?:{_PARTY_ADJ}\s+){{0,2}}"
    # "MP for Saint John–Rothesay": a seat joining two places with a dash is one name
    rf"(?:[A-Z][\w’'\-]*(?:[–—][A-Z][\w’'\-]*)?|(?:{_PORTFOLIOS})(?![\w-])"
    # "chair of the business and trade committee"
    r"|(?:[a-z][\w’'\-]*\s+(?:and\s+)?){1,5}(?:select\s+)?(?:committee|subcommittee)(?![\w-]))"
    # "of the House of Representatives", "of the Finance and National Planning Committee"
    r"(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w’'\-]*(?:[–—][A-Z][\w’'\-]*)?)*(?:\s+(?:party|ministry|department|committee|"
    rf"commission|council|government|bank|authority|agency))?{_ACRONYM_PAREN}?)?"
)
# "head of the Economic Freedom Fighters", "chief of the Janata Party": words that are an office only
# when a party follows
_PARTY_TAILS = (
    "Party|Left|Right|Front|Alliance|Coalition|Movement|Congress|League|Democrats|Greens|Socialists|"
    "Liberals|Conservatives|Republicans|Labour|Bloc|Fighters|Forum|Union|Rally|Renewal|Platform|"
    "Convention|Pact|Sabha|Dal|Morcha|Samaj|Vikas"
)
_PARTY_OFFICE = (
    r"(?:(?:deputy|acting|interim|former)\s+)?(?:head|chief|boss|leader|chairman|chairwoman|"
    r"chair|president|secretary-general|secretary\s+general|general\s+secretary|spokesman|spokeswoman|"
    rf"spokesperson)\s+of\s+(?:the\s+)?(?:{_PARTY_ADJ}\s+){{0,2}}(?:[A-Z][\w’'\-]*\s+){{0,5}}"
    rf"(?:(?:{_PARTY_TAILS})(?![\w’'])|[A-Z][\w’'\-]*\s+party\b){_ACRONYM_PAREN}?"
)
ROLE_BEFORE_RE = re.compile(
    rf"(?<![\w’'])(?P<role>{_PARTY_OFFICE}|(?:{_MODW}[\s-]+){{0,5}}{_OFFICE_RE}{_OF_TAIL})(?P<comma>\s*,)?\s+$"
)
# after a name and a comma any lower-case words may qualify a clearly public office ("Thoko Didiza,
# the outgoing agriculture minister,"); weaker offices (president, leader, official) keep the word list
_LOWW = (
    r"(?!(?:who|which|whose|whom|when|where|while|and|but|or|was|is|are|were|had|has|have|said|says|told|"
    r"to|in|at|on|with|by|for|from|as|after|before|not|also|then|now|of|a|an|the|his|her|their|its)\b)[a-z][\w’'\-]*"
)
_STRONG_OFFICES = (
    r"(?:minister|secretary|treasurer|shadow treasurer|co-chair|co-chairman|co-chairwoman|MP|MEP|MLA|MSP|MNA|MLC|"
    r"MK|MPP|TD|"
    r"senator|governor|mayor|premier|chief minister|first minister|attorney general|speaker|councillor|"
    r"councilor|lawmaker|legislator|congressman|congresswoman|assemblyman|assemblywoman|whip|chief whip|"
    r"secretary[- ]general|general secretary)"
)
_LEGISLATURES = (
    r"(?:(?:[A-Z][\w’'\-]*\s+){0,3}(?:Parliament|Duma|Assembly|Senate|Congress|Knesset|Bundestag|Bundesrat|Majlis|"
    r"Diet|Legislature|Seimas|Sejm|Storting|Riksdag|Folketing|Eduskunta|Cortes|Senedd|Dáil|Oireachtas|Verkhovna\s+Rada|"
    r"Rada|Lok\s+Sabha|Rajya\s+Sabha|Chamber\s+of\s+Deputies|House\s+of\s+(?:Representatives|Commons|Lords|Assembly)|"
    # "a member at Holyrood": a legislature named by where it sits
    r"National\s+Congress|Holyrood|Stormont|Westminster|Leinster\s+House)|parliament|legislature|national\s+assembly|"
    r"state\s+assembly|senate|lower\s+house|upper\s+house)"
)
# a party's or a government's own officials (spokespeople in all but name): "the party's National
# Communications Officer", "the government's director of communications"; the owner decides it
_PARTY_OFFICIAL = (
    r"(?:(?:national|chief|deputy|senior|head\s+of)\s+)?(?:communications?|press|media|publicity|propaganda|campaigns?|"
    r"organi[sz]ing|information)\s+(?:officer|director|chief|head|secretary|manager|co-?ordinator|lead)(?![\w-])"
    r"|(?:national|general|chief)\s+organi[sz]er|director\s+of\s+(?:communications|media|publicity|campaigns?)"
)
_OFFICIAL_OWNER = (
    r"(?:(?:the\s+)?(?:party|government|presidency|opposition)|(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,3}(?:Party|party))"
    r"['’]s\s+"
)
# the capitalised last words of such an office when it stands before the name as a title
_OFFICIAL_TAIL_WORDS = frozenset(
    _words("Communications Communication Publicity Media Campaigns Campaign Officer Organiser Organizer Coordinator")
)
_OFFICIAL_BEFORE_RE = re.compile(
    r"(?:" + _OFFICIAL_OWNER + r"|(?:the\s+)?(?P<acr>[A-Z]{2,6}(?:-[A-Z])?)['’]s\s+)(?P<role>(?:[A-Z][\w\-]*\s+){0,2}?"
    r"(?i:" + _PARTY_OFFICIAL + r"))\s+$"
)
ROLE_AFTER_RE = re.compile(
    # "X, 75, the ...", "Sen. X, D-N.J., the committee chairman"
    rf"(?:\s*,\s*(?:\d{{1,3}}|[RDI]-[A-Z][A-Za-z.\-]*))?\s*,\s*(?P<role>(?:(?:the|a|an)\s+)?{_PARTY_OFFICE}"
    # "X, the Minister for Housing," as well as "X, the housing minister,"
    rf"|(?:{_MODW}[\s-]+){{0,5}}(?i:{_OFFICE_ALT}){_OF_TAIL}"
    rf"|(?:(?:the|a|an)\s+)?(?:(?:{_MODW}|{_LOWW})[\s-]+){{1,4}}{_STRONG_OFFICES}{_OF_TAIL}"
    # "head of the presidential administration", "the head of the opposition bloc in parliament"
    r"|(?:(?:the|a|an)\s+)?(?:head|chief)\s+of\s+(?:the\s+)?(?:presidential|president['’]s|prime\s+minister['’]s|"
    r"government['’]s|cabinet|opposition|ruling|governing|parliamentary)\s+(?:[\w’'\-]+\s+){0,2}?(?:administration|"
    r"office|staff|secretariat|bloc|faction|group|caucus|party|coalition|cabinet)(?:\s+in\s+(?:the\s+)?"
    + _LEGISLATURES
    + r")?"
    # "first deputy head of the international affairs committee in the upper house": a committee's head
    r"|(?:(?:the|a|an)\s+)?(?:(?:first|deputy|vice)[\s-]+){0,2}head\s+of\s+(?:the\s+)?(?:[a-z][\w’'\-]*\s+"
    r"(?:and\s+)?){1,5}(?:select\s+)?(?:committee|subcommittee)(?:\s+(?:in|of)\s+(?:the\s+)?" + _LEGISLATURES + r")?"
    # "the government's chief scientific adviser": any qualifier once the office is the government's
    rf"|(?:the\s+)?(?:government|president|prime\s+minister|premier|chancellor|governor|mayor)['’]s\s+"
    rf"(?:{_LOWW}[\s-]+){{1,3}}{_OFFICE_RE}{_OF_TAIL}"
    rf"|{_OFFICIAL_OWNER}(?:[A-Za-z][\w\-]*\s+){{0,2}}?(?i:{_PARTY_OFFICIAL}))\s*"
    r"(?=[,.;:)]|$|\s+(?:and|who|said|says|told|has|had|was|is|will|on|in|at|also)\b"
    # "the former environment minister hand-picked by ...", "chief minister from 2013 to 2018"
    r"|\s+(?:[a-z]+-)?[a-z]+ed\s+by\b|\s+(?:from|until|since|between|in)\s+\d)"
)
_PERSON_NOUNS = (
    "analyst|economist|lawyer|attorney|author|journalist|correspondent|editor|reporter|columnist|historian|"
    "researcher|professor|director|executive|chief executive|founder|owner|shopkeeper|resident|student|"
    "teacher|doctor|nurse|expert|scientist|academic|fellow|lecturer|commentator|strategist|pollster|"
    "activist|campaigner|writer|presenter|host|broadcaster|actor|singer|player|coach|manager|partner|"
    "worker|farmer|mother|father|son|daughter|wife|husband|brother|sister|victim|survivor|witness|"
    "businessman|businesswoman|billionaire|entrepreneur|investor|trader|banker|officer|soldier|"
    "commander|general|colonel|captain|priest|bishop|judge|prosecutor|citizen|voter|volunteer|"
    "historian|biographer|novelist|poet|artist|musician|comedian|chef|pilot|driver|engineer|"
    # a relation or a part in talks and protests says a person follows ("her friend Derek Hollis",
    # "Azerbaijan's lead negotiator, Yalchin Rafiyev", "India's representative Chandni Raina")
    "friend|neighbour|neighbor|colleague|relative|cousin|uncle|aunt|grandmother|grandfather|niece|nephew|"
    "negotiator|representative|delegate|protester|protestor|demonstrator|organiser|organizer|retiree|pensioner|"
    "widow|widower|fiancée|fiance|partner|classmate|teammate|co-founder|counsel|consultant|mediator"
)
PERSON_AFTER_RE = re.compile(
    rf"\s*,\s*(?:(?:a|an|the|his|her|their)\s+)?(?:[\w’'\-]+\s+){{0,4}}?(?:{_PERSON_NOUNS})s?\b"
    # "Derek Hollis, 71, is blunter": an age set off after a name is only ever a person's
    r"|\s*,\s*\d{1,3}\s*,"
)
# "Jordi Puig, of the Catalan Republican Left, told the chamber": a member of a named party
PARTY_APPOS_RE = re.compile(
    r"\s*(?:,\s*(?:of|from)\s+(?:the\s+)?|\()(?P<role>(?:[A-Z][\w’'\-]*\s+){0,4}"
    rf"(?:{_PARTY_TAILS}))(?![\w’']){_ACRONYM_PAREN}?\s*(?=[,.;:)])"
)
# "The Special Adviser to the President on Media and Strategy, X, said", "The presidential communication
# office head, X,": a sentence that opens with an office (however long its tail) set off before the name
PRE_APPOS_RE = re.compile(
    # an opening adverbial ("Reacting,", "In a statement on Sunday,") may come first
    r"(?:(?:But|And)\s+)?(?:[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,5},\s+)?(?:[Tt]he|[Aa]n?|[A-Z][\w’'\-]*['’]s)\s+"
    rf"(?P<role>(?P<mods>(?:{_LOWW}[\s-]+|[A-Z][\w’'\-]*\s+){{0,5}}?)"
    rf"(?P<off>(?i:{_OFFICE_ALT})|(?P<head>(?:office|ministry|department|agency|bureau|secretariat|delegation|"
    r"council|commission|party|caucus)\s+(?:head|chief|boss))|(?P<official>(?i:" + _PARTY_OFFICIAL + r")))"
    r"(?:\s+(?:to|of|for|on|in|at|representing)\s+[^.;:“”\"\n]{1,110}?)?)\s*,\s*$"
)
_OFFICE_NAMES = frozenset(norm_office(o) for o in OFFICES.split("|"))
_BODY_END_RE = re.compile(r"(?<![\w-])(?:party|coalition|government)$")
_CORPORATE_OFFICES = frozenset(_words("president chairman chairwoman chair chief head boss"))
_THIS_COUNTRY = frozenset(_words("republic nation country state federation union kingdom"))
_PARTY_AFTER_RE = re.compile(r"[ \u00a0]+part(?:y|ies)(?![\w-])")
_SPOKES_FOR_RE = re.compile(
    r"(?:spokes(?:man|woman|person)\s+(?:for|at|of|from)|\bchair(?:man|woman)?\s+of)\s+(?P<org>[^,;.()]+)"
)
_PUBLIC_BODY_RE = re.compile(
    r"(?i)(?<![\w-])(?:government|ministry|ministries|department|office|cabinet|council|commission|party|"
    r"parliament|senate|congress|assembly|house|presidency|president|prime|minister|chancellor|chancellery|"
    r"kremlin|embassy|consulate|committee|administration|mission|palace|treasury|state|federal|national|"
    rf"military|army|navy|armed|forces|police|governor|mayor|city|county|municipal|region|province|{_PARTY_TAILS}|"
    r"opposition|coalition|campaign|bureau|agency|authority|court|crown|royal|monarchy|king|queen)(?![\w-])"
)
_GOV_MODS = set(
    _words(
        "presidential government governmental state party cabinet ministerial parliamentary federal national "
        "royal palace prime minister's president's"
    )
)
# "Maria Delgado (D-Calif.)", "Tom Reyes, R-Ohio,", "X, a member of the State Duma,": a legislator by party and
# state, or by seat ("a Republican from Texas" is as often a voter)
LEGISLATOR_AFTER_RE = re.compile(
    r"\s*(?:\(\s*(?P<r1>[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*\)"
    r"|,\s*(?P<r2>[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)\s*(?=[,;:)]|\.\s)"
    # "the sole Alba Party member at Holyrood", "a Labour member of the Senedd"
    r"|,\s*(?:an?|the)\s+(?P<r4>(?:[\w’'\-]+\s+){0,4}member\s+(?:of|at|in)\s+(?:the\s+)?"
    + _LEGISLATURES
    + r")(?![\w-])"
    r"\s*(?=[,;:)]|\.\s|\s+(?:and|who|said|says|told)\b))"
)
# "X, who was elected to parliament in 2019": a member of a legislature
WHO_ELECTED_RE = re.compile(
    r"(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:first\s+|narrowly\s+)?"
    r"(?:re-)?elected\s+to\s+(?:the\s+)?(?P<org>" + _LEGISLATURES + r")(?![\w-])"
)
# "X, who sits in the Senate for the Greens": a member of a legislature
WHO_SITS_RE = re.compile(
    r"(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:now\s+|also\s+|still\s+)?(?:sits|sat|has\s+sat)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?P<org>" + _LEGISLATURES + r")(?![\w-])"
)
# "Jane Hill of the ruling ANC said": a member of a party described as ruling or in opposition
PARTY_OF_RULING_RE = re.compile(
    rf"\s+(?:of|from)\s+the\s+(?:{_PARTY_ADJ}\s+){{1,2}}(?P<role>[A-Z]{{2,6}}(?:-[A-Z])?|(?:[A-Z][\w’'\-]*\s+){{0,4}}"
    rf"(?:{_PARTY_TAILS}))(?![\w’'])"
)
PERSON_BEFORE_RE = re.compile(rf"\b(?:{_PERSON_NOUNS})s?\s*,?\s+$")
# "Ramaiah, 75, who was chief minister from 2013 to 2018", "X, who heads the JD(S) and has twice been
# chief minister": an office in a relative clause; a past tense makes it a former office
_WHO_OFFICE = (
    rf"(?:(?:the|a|an)\s+)?(?P<role>(?:{_MODW}[\s-]+){{0,4}}{_OFFICE_RE}{_OF_TAIL}"
    rf"|(?:(?:{_MODW}|{_LOWW})[\s-]+){{1,4}}{_STRONG_OFFICES}{_OF_TAIL})(?![\w’'-])"
)
# "X, who", "X, 75, who", "X, the 29-year-old Republican who": the appositive has no "of" (not "the
# daughter of the man who was president")
_WHO_HEAD = (
    r"(?:\s*,\s*\d{1,3})?\s*,\s*(?:(?:the|a|an)\s+(?:(?!(?:of|for|to|with|and|whose|whom)\b)[\w’'\-]+\s+){1,4}?)?"
    r"who\s+"
)
WHO_ROLE_RE = re.compile(
    _WHO_HEAD + r"(?:(?P<now>is|remains|serves\s+as|also\s+serves\s+as|has\s+been)"
    r"|(?P<was>was|had\s+(?:\w+\s+)?been|has\s+(?:once|twice|thrice|\w+\s+times)\s+been|served\s+as|"
    r"once\s+served\s+as|previously\s+served\s+as|became|"
    # "who resigned as prime minister in 2019": an office given up is a former one
    r"(?:resigned|quit|stepped\s+down|stood\s+down)\s+as))\s+" + _WHO_OFFICE
)
# "who heads the JD(S)", "who leads the Freedom Front": running a party
WHO_HEADS_RE = re.compile(
    r"(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:now\s+|also\s+|still\s+)?(?P<verb>heads|leads|chairs|founded|co-founded)"
    rf"\s+(?:the\s+)?(?P<org>[A-Z]{{2,6}}(?:\([A-Z]\)|-[A-Z])?(?![\w’'])|(?:{_PARTY_ADJ}\s+){{0,2}}"
    rf"(?:[A-Z][\w’'\-]*\s+){{0,5}}(?:{_PARTY_TAILS})(?![\w’']))"
)
# "who chairs parliament's budget committee", "who heads the Senate intelligence panel": a committee of a
# legislature (not a company's audit committee)
# "who presided over the constitutional council", "who chaired the assembly": past tenses give a former office
WHO_CHAIRS_RE = re.compile(
    _WHO_HEAD + r"(?:now\s+|also\s+|still\s+|currently\s+)?(?:(?P<now>chairs|heads|leads|presides\s+over)|"
    r"(?P<was>chaired|headed|led|presided\s+over|has\s+chaired|has\s+presided\s+over))\s+"
    r"(?P<org>(?:(?:the|a|an)\s+)?(?:[\w’'\-]+\s+){0,5}?(?:committee|subcommittee|caucus|panel|council|assembly|"
    r"convention|commission|chamber|senate|parliament|congress))(?![\w’'-])",
    re.I,
)
# a council or assembly of a state or a constitution, not of a company or a charity
_PUBLIC_COUNCIL_RE = re.compile(
    r"(?i)(?<![\w-])(?:constitutional|constituent|legislative|national|city|municipal|county|regional|provincial|"
    r"federal|state|town|district)\s+(?:[\w-]+\s+)?(?:council|assembly|convention|commission|chamber)"
)
_LEGISLATIVE_RE = re.compile(
    r"(?i)(?<![\w-])(?:parliament|parliamentary|senate|house|assembly|congress|congressional|select|commons|lords|"
    r"legislative|legislature|knesset|duma|bundestag|lok\s+sabha|rajya\s+sabha|cabinet|party|senedd|dáil)(?![\w-])"
)
# "the foreign affairs committee": a committee named for a portfolio sits in a legislature
_PORTFOLIO_COMMITTEE_RE = re.compile(
    rf"(?i)(?<![\w-])(?:{_PORTFOLIOS}|budget|appropriations|intelligence|ethics|"
    r"judiciary|armed\s+services|public\s+accounts|home\s+affairs|foreign\s+relations)\s+(?:select\s+)?committee"
)
# "X, of Puigdemont's Junts per Catalunya, ... told members": an affiliation and a speech to the chamber
PARTY_OF_RE = re.compile(
    r"\s*,\s*(?:of|from)\s+(?:the\s+)?(?P<role>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|per|de|del|di|du|for|"
    r"of|and|la|le|y|i))*?(?:\s+[A-Z][\w’'\-]*)?(?:\s*\([A-Z][\w&.\-]*\))?)\s*,"
)
CHAMBER_CUE_RE = re.compile(
    # not "told MPs" or "told lawmakers": witnesses before a committee do that too
    r"\b(?:told|addressed|addressing|telling)\s+(?:the\s+|fellow\s+)?(?:chamber|parliament|Parliament|house|House|"
    r"assembly|Assembly|senate|Senate|members|deputies|Commons)\b(?!\s+of\b)"  # not "the chamber of commerce"
    r"|\bspoke\s+(?:next|in\s+the\s+debate|from\s+the\s+(?:benches|floor|dispatch\s+box))"
)
# "who represents Lyon in the National Assembly": a member of a legislature
WHO_REPRESENTS_RE = re.compile(
    r"(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:now\s+|also\s+)?represents\s+(?:the\s+)?[A-Z][^,;.\n]{0,50}?\s+in\s+(?:the\s+)?"
    r"(?P<org>[Pp]arliament|Congress|Senate|House(?:\s+of\s+[A-Z]\w+)?|National\s+Assembly|[A-Z]\w+\s+Assembly|"
    r"Lok\s+Sabha|Rajya\s+Sabha|Bundestag|Duma|Knesset|Dáil|Senedd|Commons|[Ll]egislature|[Aa]ssembly)(?![\w-])"
)
WHO_PAST_TAIL_RE = re.compile(
    r"[^.;:“”\"]{0,60}?\b(?:was|had\s+(?:\w+\s+)?been|has\s+(?:once|twice|thrice|\w+\s+times)\s+been|"
    r"served\s+as)\s+" + _WHO_OFFICE
)
# "several chief ministers, including Tamil Nadu's M K Stalin and Bihar's Nitish Kumar": each name in the list
INCLUDING_RE = re.compile(
    r"(?<![\w-])(?P<mod>[\w’'\-]+\s+)?(?P<off>chief\s+ministers|prime\s+ministers|foreign\s+ministers|ministers|"
    r"presidents|premiers|governors|mayors|MPs|MEPs|senators|lawmakers|legislators|heads\s+of\s+(?:state|government)|"
    r"party\s+leaders|opposition\s+leaders|world\s+leaders|leaders)(?![\w-])[^.;:“”\"\n]{0,60}?"
    r"(?<![\w-])(?:including|such\s+as|among\s+them|notably)\s+"
    r"(?P<list>(?:(?:[A-Z][\w’'\-.]*|and|of|the|,)\s*)*)$"
)
_LIST_NOT_POLITICAL = set(
    _words("business industry religious community tech civic church union student faith tribal youth world's corporate")
)
# "named Ramaiah as the next chief minister", "X was sworn in as prime minister": a new office
_AS_OFFICE = (
    # not the "first" of "first minister"
    r"(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?:next|new|first(?!\s+minister)|sole|interim|acting|caretaker|party['’]s|"
    r"state['’]s|country['’]s)\s+){0,2}"
    # "was elected deputy Speaker": after "elected" a capitalised office is still the office
    rf"(?P<role>(?:{_MODW}[\s-]+){{0,4}}(?i:{_OFFICE_ALT}){_OF_TAIL})(?![\w’'-])"
)
# "He named Sugiono, a former special forces officer, as foreign minister": an appositive may intervene
_APPOS_SKIP = r"(?:\s*,[^,;.“”\"\n]{1,120},)?"
_COORD_GAP_RE = re.compile(r"(?:\s*,[^.,]{1,60},)?\s*,?\s*(?:and|&)\s+")
_BECOMING_RE = re.compile(
    r"(?:,\s+(?:thereby\s+|and\s+)?becoming|\s+to\s+become)\s+(?:[A-Z][\w’'\-]*['’]s\s+)?"
    r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)?" + _AS_OFFICE
)
AS_ROLE_RE = re.compile(_APPOS_SKIP + r"\s+as\s+" + _AS_OFFICE)
_AS_VERBS = set(
    _words(
        "named name names appointed appoint appoints elected elect elects chose choose chooses picked pick "
        "picks nominated nominate nominates installed install confirmed re-elected reappointed proposed "
        "tapped designated endorsed"
    )
)
PASSIVE_ROLE_RE = re.compile(
    _APPOS_SKIP + r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z]{2,6}(?:-[A-Z])?(?![\w’']))?"  # "X of the DA was elected"
    r"\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be|would\s+be|were)\s+(?:\w+ly\s+)?(?:sworn\s+in|elected|"
    r"re-elected|appointed|named|chosen|confirmed|installed|nominated|designated|voted\s+in)"
    r"(?:\s+(?:\w+ly|unopposed|unanimously))?"
    # "X is expected to be named prime minister", "X was tipped to be appointed as foreign minister"
    r"|(?:is|was|are|were)\s+(?:widely\s+)?(?:expected|set|likely|due|poised|tipped|understood)\s+to\s+be\s+"
    r"(?:named|appointed|sworn\s+in|elected|confirmed|made|installed|nominated)"
    r"|(?:will\s+|would\s+)?(?:remain|remains|stay\s+on|stays\s+on|continue|continues)"
    # "X was made foreign minister", "X was promoted to health secretary", "X resigned as first minister"
    r"|(?:was|is|has\s+been|had\s+been|will\s+be)\s+made(?=\s)"
    r"|(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:promoted|moved|elevated|appointed|named|elected)\s+to"
    r"(?:\s+the\s+(?:post|role|position|job|office)\s+of)?(?=\s)"
    r"|(?P<quit>resigned|quit|stepped\s+down|stood\s+down)(?=\s+as\s)|(?:resigns|quits|steps\s+down|stands\s+down)(?=\s+as\s)"
    # "X will join Cabinet as Minister for Enterprise", "X took over as party leader", "X serves as speaker"
    r"|(?:(?:will|would|is\s+to|is\s+(?:set|expected|likely|due|poised)\s+to)\s+)?(?:serves?|served|"
    r"(?:joins?|joined|rejoins?|rejoined|returns?|returned|enters?|entered)(?:\s+(?:to\s+)?(?:the\s+)?(?:[Cc]abinet|"
    r"[Gg]overnment|[Ss]hadow\s+[Cc]abinet|front\s*bench))?|takes?\s+over|took\s+over|steps?\s+in|stepped\s+in)"
    r"(?=\s+as\s))"
    r"\s+(?:as\s+)?" + _AS_OFFICE
)
COPULA_ROLE_RE = re.compile(
    r"\s+(?P<verb>is|was|became|becomes|has\s+been|had\s+been|serves\s+as|served\s+as|remains)\s+"
    r"(?:also\s+|now\s+|currently\s+|still\s+|once\s+)?" + _AS_OFFICE + r"(?=\s*(?:[,.;:)]|$|\s+(?:and|who|since|"
    r"from|until|in|at|when|under|between)\b))"
)
_WEAK_COPULA_OFFICES = frozenset(
    _words("leader chair chairman chairwoman official deputy adviser peer counterpart spokesman envoy diplomat whip")
)
_SPEECH_ALT = "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True))
SPEECH_AFTER_RE = re.compile(
    r"(?:['’]s\b)?(?:(?:\s*,[^,\n“”\"]{1,150}){1,2}\s*,|\s*,)?\s*(?:(?:also|then|later|again|previously|earlier|"
    r"has|have|had|was|is|would|will|could|may|might|did|does|not|never|once|first|last|"
    r"\w+ly|on\s+\w+|in\s+\w+)\s+){0,3}"
    rf"(?:{_SPEECH_ALT}|was\s+quoted|were\s+quoted)\b"
)
SPEECH_BEFORE_RE = re.compile(rf"\b(?:{_SPEECH_ALT}|according\s+to)\s+$")

# "the French president", "France's president", "the prime minister": a title standing alone.
_CW = sorted({w for ws in COUNTRIES.values() for w in ws} | set(COUNTRIES), key=len, reverse=True)
_COUNTRY_ALT = "|".join(re.escape(w) for w in _CW)
_FORM_OFFICES = (
    "president|prime minister|premier|chancellor|leader|foreign minister|foreign secretary|"
    "secretary of state|vice president|vice-president|defence secretary|defense secretary|"
    "home secretary|defence minister|defense minister|spokesman|spokeswoman|spokesperson|"
    "king|queen|monarch|emir|crown prince|supreme leader|first minister|taoiseach|"
    "national security adviser|press secretary|secretary-general|secretary general|ex-minister|"
    "ex-president|ex-prime minister|ex-chancellor|governor|mayor|speaker|treasurer|shadow treasurer|"
    "chief minister|attorney general|attorney-general|senator|opposition leader|crown prince|minister|"
    "president-elect|prime minister-designate|chancellor-elect|governor-elect|mayor-elect|chairman|chairwoman"
)
ROLE_FORM_RE = re.compile(
    # "The 64-year-old former vice president": an age may stand between the article and the title
    rf"(?<![\w’'])(?:(?P<det>[Tt]he|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\d{{1,3}}-year-old\s+)?(?P<pre>(?:(?:former|ex-|then-|outgoing|incoming|new|current|acting|"
    r"interim|caretaker)\s*)?)"
    # "the veteran leader", "the embattled prime minister": a description that says nothing of the office
    r"(?:(?:veteran|embattled|beleaguered|longtime|long-serving|defiant|combative|besieged|ageing|aging)\s+)?"
    rf"(?:(?P<mod>{_COUNTRY_ALT}|White House|Downing Street)\s+"
    r"|(?P<org>(?:[A-Z][\w\-]+\s){1,2}|(?:commission|council|party|committee|senate|house|labour|tory|"
    r"conservative|democratic|republican|opposition|kremlin|socialist|liberal|green|communist|nationalist|"
    r"centrist|populist)\s+)"
    # "the former postal affairs minister", "the finance minister": a portfolio in lower case
    r"|(?P<port>(?:[a-z]+\s+){1,2})(?=(?i:minister|secretary)(?![\w-])))?"
    rf"|(?P<poss>{_COUNTRY_ALT})['’]s\s+(?P<pre2>(?:acting|new|outgoing|interim|caretaker|current)\s+)?"
    # "Spanish prime minister secures 179 votes": a headline or strap drops the article
    rf"|(?<![^\n])(?P<lmod>{_COUNTRY_ALT})\s+"
    # "Ontario premier says ...": a province or state the article ties to one of its leaders
    r"|(?<![^\n])(?P<lorg>(?!(?:Former|Ex|New|Outgoing|Incoming|Acting|Interim|The|A|An|Our)\b)[A-Z][\w\-]+)\s+)"
    rf"(?P<office>(?i:{_FORM_OFFICES}))(?![\w-])"
)
_OF_PLACE_RE = re.compile(
    rf"\s+of\s+(?:the\s+)?(?P<place>{_COUNTRY_ALT}|[A-Z][\w\-]+(?:\s+(?:of\s+|and\s+)?[A-Z][\w\-]+){{0,4}})(?![\w-])"
)
_ANON_DETS = set(_words("a an one two three several some many other the top"))
_ANON_MODS = set(
    _words(
        "senior junior top former unnamed anonymous western government military intelligence "
        "administration party european defence defense security foreign health"
    )
)
_BODY_BEFORE_RE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:[\w\-]+\s+){0,2}?(?:spokes\w+|official|source|aide)s?\s+"
    r"(?:for|at|from|of)\s+(?:the\s+)?$"
)
_BODY_LINKS = frozenset(("for", "at", "from", "of"))


def _ends_with_body_link(window: str) -> bool:
    """Cheap test before ``_BODY_BEFORE_RE``: the window must end with "for", "at", "from" or "of",
    and maybe "the", as whole words."""
    words = window.split()[-2:]
    if not words:
        return False
    if words[-1] == "the":
        return len(words) == 2 and words[0] in _BODY_LINKS
    return words[-1] in _BODY_LINKS


_ORG_OF_RE = re.compile(
    r"\b(?:Ministry|Department|Office|Council|Committee|Commission|Organization|Organisation|Agency|"
    r"Institute|Court|Federation|Association|Board|Authority|Embassy|Chamber|Coalition|Alliance)"
    r"\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*)*"
)
_CAP_WORD_BEFORE_RE = re.compile(r"(?:^|\s)([A-Z][\w\-]*(?:['’]s)?)\s+$")
# the capital first, then the look-behind: the engine then skips straight to capitals when scanning
_ACRONYM_RE = re.compile(r"[A-Z](?<![\w.].)[A-Z]{1,5}(?![\w.])")
# "the army said", "the statement said": a body named by a common noun; some point back
_DEF_BODY_RE = re.compile(
    r"(?<![\w’'])[Tt]he\s+(army|military|police|government|regime|administration|junta|navy|"
    r"statement|spokesperson|spokesman|spokeswoman|group|ministry|department|organisation|organization|"
    r"agency|company|party|embassy|office|campaign|union|committee|council|commission|court|bank)(?![\w-])"
)
_INSTITUTION_TAILS = set(
    _words(
        "Office Department Ministry Party Council Union Agency Bank Association Committee Commission Court "
        "Parliament Senate Congress Assembly Government Administration Institute University Foundation Fund "
        "Trust Organisation Organization Corporation Company Group Police Army Navy Forces Service Network "
        "Board Authority Bureau Command Guard Secretariat Cabinet Treasury Alliance Coalition Movement Front "
        "Federation Reuters AFP AP BBC CNN News Times Post Journal Press"
    )
)
_FIRST_NAME_TITLES = {"Sir", "Dame", "Prince", "Princess", "King", "Queen", "Sheikh", "Mr", "Mrs", "Ms", "Mr.", "Ms."}
# "Barrister Gohar" for Gohar Ali Khan: in South Asian copy a professional title goes before the first name
_FIRST_NAME_TITLES |= {"Barrister", "Advocate", "Adv", "Adv.", "Engr", "Engr."}


# "the Cop28 President", "the G20 presidency": a numbered intergovernmental summit, not a company
def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"  # "spokesmen", "chairmen"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"  # "deputies", "secretaries"
    return word + "s"


# "ministers", "co-leaders", "MSPs": an office in the plural shared by coordinated names
_PLURAL_OFFICES = {
    _plural(o.split()[-1]): o.split()[-1]
    for o in OFFICES.split("|")
    if not o.endswith("s")
    and "[" not in o
    and "elect" not in o
    # not offices that are also verbs ("chairs", "heads") or bodies ("states"), nor "officials" (anyone's)
    and o.split()[-1]
    not in _words("general official aide peer deputy chair head staff state parliament chief counterpart speaker whip")
}
_PLURAL_OFFICES.update({o: o[:-1] for o in OFFICES.split("|") if o.endswith("s") and o[:2].isupper()})  # "MPs"
_PLURAL_OFFICES.update({k.lower(): v for k, v in _PLURAL_OFFICES.items() if not k.isupper() and k[:2] != "MS"})
# "Ministers Jo Smith and Ann Lee", "Senators X and Y": a capitalised plural title
_PLURAL_OFFICES.update({k.capitalize(): v for k, v in _PLURAL_OFFICES.items() if k.islower()})
_PLURAL_ALT = "|".join(sorted(map(re.escape, _PLURAL_OFFICES), key=len, reverse=True))
_PLURAL_WORD_RE = re.compile(rf"(?<![\w-])(?:{_PLURAL_ALT})(?![\w’'-])")
_NAME_IN_LIST = r"(?:[A-Z][\w’'.\-]*[ \u00a0]+){0,3}[A-Z][\w’'\-]*"
# "Patrick Harvie and Lorna Slater, the Scottish Green co-leaders," / "A, B and C, all ministers in":
# the names before the last one (which is matched where it stands)
_COORD_RE = re.compile(rf"(?:,[ \u00a0]+{_NAME_IN_LIST})*,?[ \u00a0]+(?:and|&)[ \u00a0]+{_NAME_IN_LIST}")
_PLURAL_APPOS_RE = re.compile(
    r"\s*,\s*(?:all\s+(?:two|three|four)|the\s+(?:two|three|four)|both|all|the|two|three)\s+"
    r"(?P<phrase>[^,.;:()\n“”\"]{1,90}?)\s*(?=[,.;:)]|$)"
)
# "Green co-leaders Patrick Harvie and | Lorna Slater": a plural office before the coordinated names
_PLURAL_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<pl>{_PLURAL_ALT})[ \u00a0]+{_NAME_IN_LIST}(?:,[ \u00a0]+{_NAME_IN_LIST})*"
    r"(?P<last>,?[ \u00a0]+(?:and|&)[ \u00a0]+|,[ \u00a0]+)$"
)
# titles that name a person with a surname beyond the lexicon's forms: an Irish TD is "Deputy McDonald"
_SURNAME_FORM_TITLES = frozenset(
    _words(
        "Deputy General Gen. Taoiseach Tánaiste Commissioner Ambassador Colonel Col. Admiral Marshal Comrade "
        "Chairman Chairwoman Representative Congressman Congresswoman Assemblyman Assemblywoman Chief"
    )
)
_TWO_WORD_TITLE_HEADS = frozenset(
    _words(
        "Prime Vice Foreign Home Defence Crown Chief Attorney Solicitor Inspector Surgeon Secretary Major "
        "Lieutenant Brigadier Deputy"
    )
)
_CONGRATS_BEFORE_RE = re.compile(r"congratulat\w*\s+$")
_WIN_AFTER_RE = re.compile(
    # straight after the name, an appositive or a party: not "X said the party had won"
    r"(?:\s*,[^,.;“”\"]{0,60},|\s+(?:of|from)\s+[^,.;“”\"]{0,60}?)?\s*,?\s*(?:has\s+|had\s+|narrowly\s+|comfortably\s+)?"
    r"(?:won|wins|was\s+declared\s+(?:the\s+)?winner|was\s+elected|claimed\s+victory|"
    r"on\s+(?:his|her|their)\s+(?:victory|win|election|re-election))\b"
)
_SENT_END_RE = re.compile(r"[.!?][”\"’']?(?=\s)|\n")
_TENSE_MODS = frozenset(_words("former outgoing incoming acting interim caretaker then ex new"))
_CAP_TAIL_END_RE = re.compile(r"\s(?:of|for)\s+(?:the\s+)?[A-Z][^\s,]*$")
_SUMMIT_RE = re.compile(r"(?:COP|Cop|G)\d{1,2}$")
_GIVEN_NAME_TITLES = frozenset(_words("Sultan Prince Princess King Emir Amir"))
_PERSONAL_HONORIFICS = frozenset(_words("Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. Professor Engr Engr."))
# styles that the labels keep with a full name ("Sir Keir Starmer", "Sheikh Mohamed bin Zayed"); an
# academic "Dr" before a full name is dropped ("Dr Harini Amarasuriya" is named "Harini Amarasuriya")
# honorific styles that stand before a name and are not part of it ("Datuk Seri Takiyuddin Hassan",
# "Tan Sri Johari Abdul", "Alhaji Atiku Abubakar", "Shri Amit Shah", "Hon. Jane Doe"); the label drops them
_STYLES = frozenset(
    _words(
        "Datuk Dato Datin Datuk’ Seri Tun Tengku Tunku Toh Puan Alhaji Alhaja Alhajji Hajiya Hajia Barr Shri Shrimati "
        "Smt Hon Hon. Honourable Honorable Chief"
    )
)
# words that are a style only beside another style: "Tan Sri" (Tan is also a surname), "Dato' Sri" (Sri
# Mulyani is a given name), "Toh Puan"
_PAIR_STYLES = {"Tan": ("Sri",), "Sri": (), "Toh": ("Puan",)}
# an office abbreviated before a surname: "PM Modi", "CM Fadnavis", "FM Jaishankar"
_ABBR_TITLES = {
    "PM": "prime minister",
    "CM": "chief minister",
    "DPM": "deputy prime minister",
    "DCM": "deputy chief minister",
    "FM": "foreign minister",
    "VP": "vice president",
}
_FULL_NAME_STYLES = frozenset(_words("Sir Dame Lord Lady Baroness Sheikh Sheikha Prince Princess"))
_AND_TITLE_RE = re.compile(r"(?:[A-Z][\w\-]*\s+){1,3}(?:and|&)\s+$")
_BODY_DET_RE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+$")
_BODY_AFTER_RE = re.compile(r"\s+(?:spokes\w+|officials?|sources?|aides?|statement|readout)\b")


_ORG_OF_HEADS = _words(
    "ministry department office council committee commission organization organisation agency institute "
    "court federation association board authority embassy chamber coalition alliance"
)
_DEF_BODY_NOUNS = _words(
    "army military police government regime administration junta navy statement spokesperson spokesman "
    "spokeswoman group ministry department organisation organization agency company party embassy office "
    "campaign union committee council commission court bank"
)


def _cue_automaton() -> ahocorasick.Automaton:
    """Office words and nouns for unnamed sources, matched on lower-cased text in one pass."""
    a = ahocorasick.Automaton()
    for w in ANON_NOUNS:
        a.add_word(w, (w, "anon"))
    for w in _FORM_OFFICES.split("|"):
        a.add_word(w, (w, "office"))
    for w in _ORG_OF_HEADS:
        for link in ("of", "for", "on"):
            a.add_word(f"{w} {link}", (f"{w} {link}", "orgof"))
    for w in _DEF_BODY_NOUNS:
        a.add_word(f"the {w}", (f"the {w}", "defbody"))
    a.make_automaton()
    return a


_CUES = _cue_automaton()
_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-’'_")


def _find_cues(text: str) -> dict[str, list[tuple[int, int]]]:
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    n = len(low)
    found: dict[str, list[tuple[int, int]]] = {"anon": [], "office": [], "orgof": [], "defbody": []}
    for end, (key, kind) in _CUES.iter(low):
        s = end - len(key) + 1
        e = end + 1
        if (s > 0 and (low[s - 1] in _WORDISH or low[s - 1].isalpha())) or (
            e < n and (low[e].isalnum() or low[e] in "-_")
        ):
            continue
        found[kind].append((s, e))
    return found


_GENDER_PRON_RE = re.compile(
    r"(?<![\w’'])(?:(?P<m>[Hh]e|[Hh]is|[Hh]im|[Hh]imself)|(?P<f>[Ss]he|[Hh]er|[Hh]ers|[Hh]erself))(?![\w’'])"
)
_TITLE_WORD_RE = re.compile(r"([A-Z][a-z]+\.?)[ \u00a0]+$")
_ROLE_GENDER_RE = re.compile(
    r"\b(?:(?P<m>spokesman|chairman|congressman|businessman|king|prince)"
    r"|(?P<f>spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess))\b",
    re.I,
)
# a first letter before the look-behind lets a scan skip to the few letters a pronoun can start with
PRONOUN_RE = re.compile(r"[HhSsIiTt](?<![\w’'].)(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Ii])t|(?<=[Tt])hey)(?![\w’'])")


def _last_word(text: str, start: int, end: int) -> str:
    """The word just before ``end`` (lower-case, trailing commas and spaces skipped)."""
    s = text[start:end].rstrip(" ,\u00a0\t")
    w = s[s.rfind(" ") + 1 :]
    if w.isalnum():
        return w.lower()  # the usual case: a plain word after a space (or at ``start``)
    i = len(s)
    while i and (s[i - 1].isalnum() or s[i - 1] in "-’'"):
        i -= 1
    return s[i:].lower()


_OFFICE_LAST = {o.split()[-1].lower() for o in OFFICES.split("|")} | {o.split()[-1] for o in _PORTFOLIOS.split("|")}
# last words of a body that may close a role before a name ("The chairman of the Finance Committee, X")
_PARTY_LAST = {w.lower() for w in _PARTY_TAILS.split("|")} | set(
    _words("party committee commission council representatives lords commons chamber")
)
_PERSON_LAST = set(_PERSON_NOUNS.split("|")) | {n + "s" for n in _PERSON_NOUNS.split("|")}
_SPEECH_LAST = set(SPEECH_VERBS) | {"to"}
_OBJ_LAST = set(
    _words(
        "with to of by for from at about against between towards toward and or told met meet meeting "
        "visiting visit host hosted hosting call called urged asked than like on into over under after "
        "before behind via whom thank thanked praised criticised criticized accused tell ask warn urge "
        "see saw invite invited phone phoned became become becomes"
    )
)
_OBJ_LAST |= set(SPEECH_VERBS)
_SUBCLAUSE_LAST = set(_words("whether that if how why because although though unless which who"))


_SUBORD = {
    "In",
    "At",
    "On",
    "During",
    "After",
    "Before",
    "As",
    "Speaking",
    "Asked",
    "Ahead",
    "Following",
    "Despite",
    "Although",
    "While",
    "When",
    "Since",
    "Unlike",
    "Like",
    "With",
    "Writing",
    "Addressing",
    "Responding",
    "Meanwhile",
    "Earlier",
    "Later",
    "Last",
    "Under",
    "Amid",
    "If",
    "Because",
    "Though",
    "Whilst",
    "According",
    "Separately",
    "Elsewhere",
    "However",
    "Today",
    "Yesterday",
}
_PLACE_WORDS = (
    {w for ws in COUNTRIES.values() for w in ws}
    | set(COUNTRIES)
    | set(
        _words(
            "Europe Africa Asia America Americas Crimea Donbas Donbass Pripyat Chernobyl Paris London Berlin "
            "Brussels Washington Moscow Kyiv Kiev Beijing Tokyo Rome Madrid Gaza Westminster Whitehall "
            "Kharkiv Kherson Mariupol Odesa Odessa Bakhmut Luhansk Donetsk Zaporizhzhia Lviv Middle East West "
            "East North South Baltic Balkans Caucasus Scandinavia Arctic Antarctica Hague Geneva Vienna Davos "
            "Munich Hamburg Milan Manchester Birmingham Edinburgh Glasgow Cardiff Belfast Texas California "
            "Florida York Jersey Ohio Pennsylvania Michigan Arizona"
        )
    )
)
# tails of place names that are also common surnames when they open a name ("Park Jin", "Hall")
_SURNAME_NOT_TAIL = {"Park", "Hall", "Church", "Bridge", "Mail"}
# second words that make "Christian ..." a party or a creed rather than a person
_NOT_SURNAME_WORDS = set(
    _words(
        "Democrat Democrats Democratic Social Socialist Socialists Union Science Scientist Scientists Aid Voice "
        "Coalition Alliance Council Right Left Liberal Liberals Conservative Conservatives Front Church"
    )
) | {w for w in _PARTY_TAILS.split("|")}
_NOT_PREFIX_COUNTRIES = {"Jordan", "Georgia", "Chad", "Israel", "India", "Victoria", "Washington"}


@dataclass(slots=True, eq=False)
class Person:
    name: str
    gid: int | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    stated_roles: list[tuple[int, str]] = field(default_factory=list)  # (position, text)
    roles: set[tuple[str | None, str]] = field(default_factory=set)
    political: bool = False
    evidence: bool = False
    first_pos: int = 1 << 60
    display: str | None = None  # the article's own spelling of a known person's full name
    gender: str | None = None  # "f" / "m" / None: from honorifics, the gazetteer, first names, pronouns

    @property
    def label(self) -> str:
        return self.display or self.name

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    kind: str  # person | org | anon | pron
    ref: Person | str | None = None
    possessive: bool = False


@dataclass(slots=True)
class _Cand:
    cs: int
    ce: int
    ms: int
    me: int
    ps: int  # where the role prefix starts
    pe: int  # where an appositive role ends
    core: str
    ntok: int
    titles: list[str]
    role: str | None = None
    political: bool = False
    honorific: bool = False
    evidence: bool = False
    gid: int | None = None
    gkind: int | None = None
    exact: bool = False
    more_roles: tuple[str, ...] = ()
    mononym: bool = False


_PUNCT_RE = re.compile(r"[^\w’'\s-]")
_ABBR_OFFICES = {
    "gov.": "governor",
    "gov": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "pres.": "president",
}


_OFFICE_END_RE = re.compile(_OFFICE_RE + r"\s*$", re.I)


@functools.lru_cache(maxsize=4096)  # roles repeat within and across articles; the search is a long alternation
def _office_of(role: str) -> str:
    low = role.lower()
    last = low.split()[-1] if low.split() else low
    if last in _ABBR_OFFICES:
        return _ABBR_OFFICES[last]  # "California Gov." is a governor
    if ("foreign affairs" in low and "minister" in low) or "external affairs minister" in low:
        return "foreign minister"
    head = role.split(",")[0].split(" of ")[0].strip()
    m = _OFFICE_END_RE.search(head)
    office = norm_office(m.group(0)) if m else norm_office(role.split()[-1])
    if re.search(r"(?i)\bshadow\s+" + re.escape(office.split()[0]), head) and not office.startswith("shadow"):
        office = "shadow " + office  # the shadow chancellor is not "the chancellor"
    return office


@functools.lru_cache(maxsize=4096)
def _country_of(role: str) -> str | None:
    for w in re.findall(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?", role):
        k = country_key(w) or country_key(w.split()[0])
        if k:
            return k
    low = role.lower()
    if "white house" in low:
        return "US"
    if "downing street" in low:
        return "UK"
    return None


_ELECTED = re.compile(
    r"\b(?:MP|MEP|MLA|MSP|MK|MPP|TD|senator|councillor|councilor|candidate|lawmaker|member)s?\b", re.I
)


_PARTY_UNION_RE = re.compile(
    r"(?:Christian|Democratic|Social|Patriotic|Civic|People['’]s|Liberal|Conservative|Popular|Freedom|Progressive|"
    r"Socialist|Republican|Peasant|Unity|Reform|Alliance|Left|Right)\s+(?:[A-Z][\w’'\-]*\s+){0,2}Union\b"
)
_TRADE_UNION_RE = re.compile(
    r"\bunion\b|(?:Trade|Workers|Teachers|Students|Farmers|Football|Rugby|Journalists|Nurses|Doctors|Miners|"
    r"Mineworkers|Employees|Staff)['’]?\s+(?:[A-Z][\w’'\-]*\s+){0,2}Union"
)


# "a home health aide", "a nursing aide": a carer, not a politician's aide; an election commissioner runs an
# independent body and holds no political office
_CARE_OR_POLL_RE = re.compile(
    r"\b(?:health|care|nursing|teaching|classroom|teacher['’]s|dental|medical|home|hospital|kitchen)(?:[\s-]+care)?\s+"
    r"aides?\b(?!\s+to\b)|\belect(?:ion|oral)\s+commissioners?\b"
)


def _private(context: str, role: str) -> bool:
    """A company president or a financial adviser holds no public office; an independent MP does."""
    low = context.lower()
    words = PRIVATE_ROLE_WORDS.intersection(w.removesuffix("’s").removesuffix("'s") for w in low.split())
    if "bank" in words and ("central bank" in low or "reserve bank" in low):
        words.discard("bank")
    if "union" in words and _PARTY_UNION_RE.search(context) and not _TRADE_UNION_RE.search(context):
        words.discard("union")  # "the Christian Union", "the Patriotic Union": a party, not a trade union
    if "committee" in low:
        words -= {"business", "trade", "financial", "investment", "tax", "legal", "union"}  # a select committee
    if words == {"independent"} and _ELECTED.search(role):
        return False
    if not words and ("aide" in low or "commissioner" in low) and _CARE_OR_POLL_RE.search(low):
        return True
    return bool(words)


_FORMER_RE = re.compile(r"(?i)(?:\w+['’]s\s+)?(?:former|ex-|ex\s|then-|one-time|late|erstwhile|three-time|two-time)")


_PARTY_MODS = set(
    _words(
        "democratic republican socialist labour tory conservative liberal green communist nationalist "
        "centrist populist opposition"
    )
)


_PARTYISH_RE = re.compile(rf"(?i:party|opposition|parliament|senate|assembly|{_PARTY_TAILS})")


_PARTY_WORD_RE = re.compile(r"\bpart(?:y|ies|y['’]s)\b", re.I)


def _community_leader(role: str) -> bool:
    """ "a Cape York leader", "a community leader": a leader of people, not of a party or a state."""
    low = role.lower()
    if not low.startswith(("a ", "an ")):
        return False
    return _office_of(role) in ("leader", "co-leader") and not _PARTYISH_RE.search(role)


def _clean_role(role: str) -> str:
    words = role.strip(" ,").split()
    while words and (words[0].lower() in ("the", "a", "an", "his", "her", "their", "its") or words[0] in STOP_CAPS):
        words.pop(0)
    return " ".join(words)


_BARE_HEAD_OFFICES = {"prime minister", "president", "chancellor", "premier", "chief minister", "first minister"}
_BARE_NOT_BEFORE = set(
    _words(
        "a an the former ex then as his her their its our new next deputy vice acting interim caretaker outgoing "
        "would-be future become becomes became of for to be"
    )
)


_PASSIVE_FIRST = frozenset(
    _words(
        "was is has had will would were remain remains stay stays continue continues of from became serve serves "
        "served join joins joined rejoins rejoined return returns returned enters entered take takes took step "
        "steps stepped resigned resigns quit quits stood stands"
    )
)


def _other_ending(known: str, word: str) -> bool:
    """ "Hollander" is not a misspelt Holland: a longer ending makes another surname. One letter more
    ("Zelenskyy") is a spelling, and an ending typed twice ("Macronon") a typo."""
    short, long_ = sorted((known, word), key=len)
    if len(long_) - len(short) < 2 or not long_.startswith(short):
        return False
    return not short.endswith(long_[len(short) :])


@functools.lru_cache(maxsize=1024)  # the same few names recur in an article
def _spelling_of(form: str, name: str) -> bool:
    """Is ``form`` the canonical ``name`` as the article spells or orders it ("Erdogan" for Erdoğan, "Ishiba
    Shigeru"), rather than another name for the person (an alias: "William Lai" for Lai Ching-te)?"""
    toks = [fold(w.lower()) for w in name.split()]
    return all(
        any(
            f == g
            # "S. Jaishankar": an initial of the name
            or (len(f.rstrip(".")) == 1 and g.startswith(f[0]))
            # "Vladimir" for Volodymyr: a transliteration
            or (f[:1] == g[:1] and Levenshtein.distance(f, g, score_cutoff=5) <= max(1, len(g) // 2))
            for g in toks
        )
        for f in (fold(w.lower()) for w in form.split())
    )


def _find_all(text: str, word: str) -> list[int]:
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


_WORD_AT_RE = re.compile(r"[ \u00a0]*([a-z]*)")


def _word_at(text: str, pos: int) -> str:
    """The word starting at ``pos`` after spaces (lower-case letters only)."""
    return _WORD_AT_RE.match(text, pos).group(1)  # type: ignore[union-attr]  # matches the empty string


class PeopleFinder:
    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self.persons: list[Person] = []
        self.by_name: dict[str, Person] = {}
        self.by_gid: dict[int, Person] = {}
        self.entities: list[Entity] = []
        self._ments: list[tuple[int, int, Person, int, int]] = []  # mention + entity span
        self._fuzzy: dict[str, int | None] = {}  # _fuzzy_known's answers for this article
        self._words_of: list[Person] | None = None  # the persons list _name_words last read, and its length
        self._words_n = 0
        self._words: set[str] = set()

    # -- helpers -------------------------------------------------------------------------
    def _person(self, name: str, gid: int | None) -> Person:
        if gid is not None and gid in self.by_gid:
            return self.by_gid[gid]
        p = self.by_name.get(name)
        if p is None:
            p = Person(name=name, gid=gid)
            if gid is not None:
                gp = self.gaz.people[gid]
                p.roles |= {(r.country, r.office) for r in gp.roles}
                p.political = True
                p.evidence = True
                self.by_gid[gid] = p
            self.by_name[name] = p
            self.persons.append(p)
        return p

    def _sentence_start(self, pos: int) -> int:
        t = self.text
        lo = max(0, pos - 160)
        cut = max(t.rfind("\n", lo, pos), t.rfind(". ", lo, pos) + 1, t.rfind("? ", lo, pos) + 1)
        return max(lo, cut)

    # -- candidates ----------------------------------------------------------------------
    def _candidates(self) -> list[_Cand]:
        t = self.text
        hits: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        for s, e, claims in self.gaz.find(t):
            prev = hits.get((s, e))
            hits[(s, e)] = claims if prev is None else prev + claims
        body_tok: set[int] = set()
        self._bodies = self.gaz.find_bodies(t)
        self._org_runs: list[tuple[int, int, str]] = []
        self._cues = _find_cues(t)
        self._pred_roles: list[tuple[int, int]] = []
        self._acr_party: dict[str, bool] = {}
        self._list_cues = sorted(i for w in ("includ", "such as", "among them") for i in _find_all(t, w))
        self._anon_cues, self._office_cues = self._cues["anon"], self._cues["office"]
        for s, e, _name in self._bodies:
            if t[s].isupper():
                body_tok.update(range(s, e))
        self._body_hits = body_tok
        self._hit_starts = sorted(hits)
        self._hits = hits
        cands: list[_Cand] = []
        for run in RUN_RE.finditer(t):
            rs, re_ = run.span()
            word = run[0]  # (subscripts are cheaper than .group() in these hot loops)
            if " " not in word and "\u00a0" not in word:
                if word in STOP_CAPS or word in _PLACE_WORDS:
                    continue
                cands.extend(self._segment([(rs, re_, word)], hits))  # one word: one segment
                continue
            else:
                toks = [(m.start(), m.end(), m[0]) for m in TOK_RE.finditer(t, rs, re_)]
            seg: list[tuple[int, int, str]] = []
            for tk in [*toks, None]:
                if tk is None or (tk[2] in STOP_CAPS and not self._in_known_name(tk[0], tk[1], rs, re_)):
                    if seg:
                        cands.extend(self._segment(seg, hits))
                    seg = []
                else:
                    seg.append(tk)
        return cands

    def _in_known_name(self, s: int, e: int, rs: int, re_: int) -> bool:
        """Is the sentence word at ``s:e`` part of a known full name inside the run ``rs:re_`` ("He
        Lifeng", "Theresa May")? Then it does not split the run."""
        for hs, he in self._hits_from(max(rs, s - 40), e):
            if hs <= s and e <= he <= re_ and hs >= rs and any(k == FULL for _, k in self._hits[(hs, he)]):
                return True
        return False

    def _segment(self, seg: list[tuple[int, int, str]], hits) -> list[_Cand]:
        # the name starts after the last title-like word ("Senate Budget Committee Chairman |
        # Sheldon Whitehouse"), unless a known full name starts earlier
        k = -1
        end = seg[-1][1]
        for j, tk in enumerate(seg):
            claims = hits.get((tk[0], end))
            if claims is not None and any(c[1] == FULL for c in claims):
                k = j
                break
        if k > 0:
            w = seg[k - 1][2]
            if (
                not self._titleish(seg[k - 1])
                and not w.isupper()
                and w not in _PLACE_WORDS
                and (k == 1 or self._titleish(seg[k - 2]))
                and (seg[k - 1][0], seg[-1][1]) not in hits
            ):
                # "NDC National Chairman Johnson | Asiedu Nketia": a word between the titles and a known name
                # that is neither is the name's own first part
                k -= 1
        if k < 0:
            k = 0
            for j in range(len(seg) - 1):
                # an honorific style ("Datuk Seri", "Alhaji") or an abbreviated office ("PM") is no part of the name
                if self._style_at(seg, j) or (
                    self._titleish(seg[j])
                    and not (
                        # "Dr Sultan Al Jaber", "Mr Prince Ofori": after a personal honorific a ruler's title is a
                        # given name
                        j and seg[j][2] in _GIVEN_NAME_TITLES and seg[j - 1][2] in _PERSONAL_HONORIFICS
                    )
                ):
                    k = j + 1
            if len(seg) == 1 and (seg[0][2] in NAME_TITLES or seg[0][2] in _STYLES):
                return []
        titles = seg[:k]
        core = seg[k:]
        words = [w for _, _, w in core]
        if not core or all(w in NAME_TITLES or w in _STYLES for w in words):
            return []  # "Finance Minister Dato’ | Sri Amir Hamzah": the name follows the style's apostrophe
        if len(core) >= 3 and not titles and core[0][2] not in FIRST_NAME_GENDER:
            # "MP for Wentworth Allegra Spender": the place closes the role, the name starts at a first name
            before = self.text[max(0, core[0][0] - 5) : core[0][0]]
            if before.endswith((" for ", " of ")) and (
                _last_word(self.text, max(0, core[0][0] - 40), core[0][0] - 4) in _OFFICE_LAST
            ):
                j = next((j for j in range(1, len(core) - 1) if core[j][2] in FIRST_NAME_GENDER), 1)
                return self._segment(core[j:], hits)
        # hyphenated pairs of names ("Biden-Harris"): each part on its own
        if (
            len(core) == 1
            and "-" in core[0][2]
            and not core[0][2].startswith(("al-", "el-"))
            and (core[0][0], core[0][1]) not in hits
        ):
            parts = core[0][2].split("-")
            if all(p[:1].isupper() for p in parts) and not self._hyphenated_surname(core[0][2]):
                out = []
                pos = core[0][0]
                for p in parts:
                    if (pos, pos + len(p)) in hits:
                        out.append(self._make(pos, pos + len(p), pos, [], hits))
                    pos += len(p) + 1
                out = [c for c in out if c]
                if out:
                    return out
                # "Bhengu-Motsiri" alone: a surname of someone named in full, if anyone
        cs, ce = core[0][0], core[-1][1]
        if words[-1] in _INSTITUTION_TAILS and not titles:
            # "The Met Police said": a body that may speak
            self._org_runs.append((cs, ce, self.text[cs:ce]))
            return []
        claims = hits.get((cs, ce))
        known = claims is not None and any(k == FULL for _, k in claims)
        if (words[0] in NOT_FIRST_NAMES and not known and not self._first_name_after_title(words, titles, ce)) or (
            not known
            and not ORG_TAILS.isdisjoint(words)
            and any(
                w in ORG_TAILS and (i or w not in _SURNAME_NOT_TAIL or len(words) == 1) for i, w in enumerate(words)
            )
        ):
            return []
        if all(w in _PLACE_WORDS or country_key(w) for w in words):
            return []
        if not known and self.text.startswith((" part", "\u00a0part"), ce) and _PARTY_AFTER_RE.match(self.text, ce):
            # "Yoon's People Power party (PPP)": a party named with a lower-case "party" is a body
            self._org_runs.append((cs, ce, self.text[cs:ce]))
            return []
        c = self._make(cs, ce, seg[0][0], titles, hits)
        return [c] if c else []

    def _hyphenated_surname(self, word: str) -> bool:
        """Is ``word`` ("Maipi-Clarke") the last part of a name written in full somewhere in the article
        ("Hana-Rawhiti Maipi-Clarke")? Then it is one surname, not a pair of names like "Biden-Harris"."""
        t = self.text
        for i in _find_all(t, word):
            e = i + len(word)
            if i < 2 or t[i - 1] not in " \u00a0" or (e < len(t) and (t[e].isalnum() or t[e] == "-")):
                continue
            prev = t[max(0, i - 40) : i - 1].rsplit(None, 1)[-1:]
            if prev and prev[0][:1].isupper() and prev[0] not in STOP_CAPS and prev[0] not in NAME_TITLES:
                return True
        return False

    def _first_name_after_title(self, words: list[str], titles: list[tuple[int, int, str]], ce: int) -> bool:
        """ "Finance Minister Christian Weber", "Christian Weber, the finance minister,": a first name that
        also opens place and faith phrases (Christian, Central...) starts a name after an office title or
        before an appositive; "Christian Democrats" and "Northern Territory" stay out."""
        if words[0] not in FIRST_NAME_GENDER or not 2 <= len(words) <= 3:
            return False
        if any(w in NOT_FIRST_NAMES or w in _PLACE_WORDS or w in _NOT_SURNAME_WORDS for w in words[1:]):
            return False
        return any(NAME_TITLES.get(w) == "office" for _, _, w in titles) or self.text.startswith(", ", ce)

    def _style_at(self, seg: list[tuple[int, int, str]], j: int) -> bool:
        """Is the run's word ``j`` an honorific style or an abbreviated office before the name?"""
        w = seg[j][2]
        if w in _ABBR_TITLES:
            # not the time of day ("7:45 PM MYT", "1:58 PM GMTUpdated"): a name follows, after no digit
            nxt = seg[j + 1][2]
            return (
                not self.text[max(0, seg[j][0] - 2) : seg[j][0]].strip()[-1:].isdigit()
                and nxt[1:].islower()
                and nxt[:1].isupper()
            )
        if w not in _STYLES and w not in _PAIR_STYLES:
            return False
        if w == "Chief":
            # "Chief Olusegun Obasanjo": a Nigerian style only before a first name ("Chief Whip" is an office)
            return seg[j + 1][2] in FIRST_NAME_GENDER
        if w in _STYLES:
            return True
        if w == "Sri":  # "Datuk Sri", "Tan Sri", "Dato' Sri"
            return (j > 0 and seg[j - 1][2] in ("Datuk", "Dato", "Tan", "Puan", "Datin")) or self.text[
                max(0, seg[j][0] - 6) : seg[j][0]
            ].endswith(("Dato' ", "Dato’ "))
        return j + 1 < len(seg) and seg[j + 1][2] in _PAIR_STYLES[w]

    def _titleish(self, tok: tuple[int, int, str]) -> bool:
        w = tok[2]
        return (
            w in NAME_TITLES
            or (w in _PLURAL_OFFICES and w[:1].isupper())  # "Labour MPs Jo Smith and Tom Hart"
            or w in _OFFICIAL_TAIL_WORDS  # "Director of Communications Sammy Gyamfi"
            or w in ORG_TAILS
            or tok[0] in self._body_hits
            or (country_key(w) is not None and w not in _NOT_PREFIX_COUNTRIES)
        )

    def _make(self, cs: int, ce: int, ps: int, titles: list[tuple[int, int, str]], hits) -> _Cand | None:
        t = self.text
        core = t[cs:ce]
        ntok = len(core.split())
        ms = cs
        words = [w for _, _, w in titles]
        if (
            ntok == 1
            and titles
            and (words[-1] in FORM_TITLES or words[-1] in _SURNAME_FORM_TITLES or words[-1] in _ABBR_TITLES)
        ):
            # "Mr Biden", "President Putin", "Deputy McDonald", "General Kellogg": the title is part of how the
            # person is named
            i = len(titles) - 1
            while i > 0 and i > len(titles) - 4 and words[i - 1] in _TWO_WORD_TITLE_HEADS:
                i -= 1  # "Deputy Prime Minister Smith"
            ms = titles[i][0]
        if ntok > 1 and titles and words[-1] in _FULL_NAME_STYLES and words[-2:-1] != ["Crown"]:
            ms = titles[-1][0]  # not "Crown Prince Mohammed bin Salman": there "Prince" is the office
        c = _Cand(cs, ce, ms, ce, ps, ce, core, ntok, words)
        if words:
            offices = [w for w in words if w in POLITICAL_TITLES]
            if offices and self._corporate_title(words):
                offices = []  # "Acme President Jo Smith": the president of a company
                c.evidence = True
            elif offices and "Commissioner" in words and _CARE_OR_POLL_RE.search(" ".join(words).lower()):
                offices = []  # "Chief Election Commissioner X": an independent body's head
                c.evidence = True
            chair = any(w in ("Chairman", "Chairwoman", "Chair") for w in words)
            if not offices and chair and any(w in ("Senate", "House", "Committee", "Parliament") for w in words):
                offices = ["Chair"]
            if not offices and (chair or "Chief" in words) and any(self._party_acronym(w) for w in words):
                offices = ["Chair"]  # "PTI Chairman Gohar Ali Khan": the chair of a party
            if not offices and any(
                a in ("Attorney", "Solicitor", "Inspector") and b == "General" for a, b in itertools.pairwise(words)
            ):
                offices = ["General"]  # "Attorney General Dana Nessel"
            if not offices and words[-1] in _PLURAL_OFFICES and _COORD_RE.match(t, ce):
                # "Labour MPs Jo Smith and Tom Hart": a plural title over the list is each one's office
                words = [*words[:-1], _PLURAL_OFFICES[words[-1]]]
                offices = words[-1:]
            if not offices and words == ["Deputy"]:
                offices = words  # "Deputy Kate Moyo": a member of a lower house (Ireland, the Philippines)
            if not offices and words[-1] in _OFFICIAL_TAIL_WORDS:
                # "The NPP's Director of Communications Sammy Gyamfi": a party's official, by its owner
                a = max(t.rfind("\n", 0, cs), t.rfind(". ", 0, cs) + 1, cs - 120, 0)
                om = _OFFICIAL_BEFORE_RE.search(t, a, cs)
                if om is not None and (not om.group("acr") or self._party_acronym(om.group("acr"))):
                    c.role = t[om.start("role") : om.end("role")]
                    c.political = True
                    c.ps = om.start("role")
            kinds = [NAME_TITLES.get(w) or ("honorific" if w in _STYLES or w in _PAIR_STYLES else None) for w in words]
            if "descriptor" in kinds:
                c.evidence = True
            c.honorific = "honorific" in kinds or "peer" in kinds
            if not offices and words[-1] in _ABBR_TITLES:
                offices = words[-1:]
                words = [*words[:-1], _ABBR_TITLES[words[-1]]]
            if offices:
                c.political = True
                c.role = " ".join(
                    w
                    for i, w in enumerate(words)
                    if kinds[i] not in ("honorific", "peer", "descriptor") or (i and words[i - 1] == "Crown")
                )
        claims = hits.get((cs, ce))
        if claims is None and ntok > 1:
            # a known full name inside a longer run ("Joe Biden Jr") still counts
            for (hs, he), cl in ((k, hits[k]) for k in self._hits_from(cs, ce)):
                if he <= ce and he - hs > 3 and any(k == FULL for _, k in cl):
                    claims, c.cs, c.ce, c.ms, c.me = cl, hs, he, hs, he
                    c.core = t[hs:he]
                    break
        if claims is None and ntok == 1 and not titles:
            return self._lone_role(c)  # a lone unknown word: only ever a surname of someone named in full
        if claims:
            best = min(claims, key=lambda x: x[1])
            c.gid, c.gkind = best
            c.exact = best[1] == FULL
            if len({i for i, k in claims if k == best[1]}) > 1:
                c.gkind = SURNAME  # several known people share this form: resolve in the article
                if words:
                    # "Prime Minister Lee": failing anyone named here, the Lee who holds (or last held) that office
                    c.gid = self._title_holder(words, [i for i, k in claims if k == best[1]], c.gid)
        elif ntok > 1:
            c.gid = self._fuzzy_known(core)
            if c.gid is not None:
                c.gkind = FULL
            elif ntok <= 3 and (rid := self._reordered_known(core)) is not None:
                # "Ishiba Shigeru": a known name in the family-name-first order the article uses
                c.gid, c.gkind, c.exact = rid, FULL, True
        if ntok == 1 and not titles and c.gid is not None:
            return self._lone_role(c)  # a known surname on its own: its roles come from where it is named in full
        # role before the name: "Kremlin spokesman Dmitry Peskov", "Germany's chancellor, Olaf Scholz"
        if (
            titles
            and t[max(0, c.ps - 5) : c.ps].endswith((" for ", " of "))
            and all(country_key(w) or w in _PLACE_WORDS or w in NOT_FIRST_NAMES for w in words)
        ):
            c.ps, c.titles, words = c.cs, [], []  # "minister for Northern Ireland Chris Heaton-Harris"
        lo = max(0, c.ps - 100)
        nl = t.rfind("\n", lo, c.ps)
        wstart = nl + 1 if nl >= 0 else lo
        window = t[wstart : c.ps]
        lw = _last_word(t, wstart, c.ps)
        shared = False
        if lw in _PLURAL_OFFICES and _COORD_RE.match(t, c.me):
            # "co-leaders | Patrick Harvie and Lorna Slater": the first of the names holds the office too
            cut = window.rstrip(" ,\u00a0\t")
            window = cut[: len(cut) - len(lw)] + _PLURAL_OFFICES[lw] + window[len(cut) :]
            lw = _PLURAL_OFFICES[lw].lower()
        elif (
            # the middle of a list ("MPs A, | B and C") only when more names follow
            (
                lw == "and"
                or (window.endswith(", ") and t.startswith((", ", " and "), c.me) and _COORD_RE.match(t, c.me))
            )
            and _PLURAL_WORD_RE.search(window)
            and (pm := _PLURAL_BEFORE_RE.search(window)) is not None
        ):
            # "co-leaders Patrick Harvie and | Lorna Slater": the role is the list's, not beside this name
            window = window[: pm.start("pl")] + _PLURAL_OFFICES[pm.group("pl")] + " "
            lw = _PLURAL_OFFICES[pm.group("pl")].lower()
            shared = True
        m = (
            ROLE_BEFORE_RE.search(window)
            if lw in _OFFICE_LAST
            or lw in _PARTY_LAST
            # "the leader of the Democratic Party (PD), Elly Schlein": the abbreviation closes the role
            or (not lw and window.rstrip(" ,\u00a0\t").endswith(")"))
            or (
                # "MP for Wentworth Allegra Spender": a capitalised place closing an office's of/for tail
                lw
                and (" for " in window[-45:] or " of " in window[-45:] or " from " in window[-45:])
                and window.rstrip(" ,\u00a0\t")[-len(lw) :][:1].isupper()
            )
            else None
        )
        if m is not None and not m.group("comma") and _BODY_END_RE.search(m.group("role")):
            m = None  # "the secretary of the small liberal party More Europe": the name is the party's
        if (
            m is not None
            and not m.group("comma")
            and c.gid is None
            and c.core.split()[0] not in FIRST_NAME_GENDER
            and _CAP_TAIL_END_RE.search(m.group("role"))
        ):
            # "the executive secretary of UN Climate Change": a capitalised of-tail running straight into the
            # run is one body's name ("minister for Northern Ireland Chris Heaton-Harris" starts at a first name)
            m = None
        if (
            m is None
            and t.startswith(",", c.me)
            and window.rstrip(" \u00a0").endswith(",")
            # "Qatar's Energy Minister, Prince Faisal bin Nasser,": a style before the name does not matter
            and (not words or all(NAME_TITLES.get(w) == "honorific" for w in words))
        ):
            self._pre_appositive(c)
        if titles and not m:
            # cheap test first: the pattern ends with "and" or "&" before the name
            am = _AND_TITLE_RE.search(window) if window.rstrip().endswith(("and", "&")) else None
            if am:
                c.ps = wstart + am.start()
            elif c.role and lw in _TENSE_MODS and window.endswith(" "):
                # "former President John Mahama", "outgoing President X": the tense of the office is its role
                c.role = f"{lw} {c.role}"
                c.ps = wstart + len(window.rstrip()) - len(lw)
        if m and (
            _private(window[max(0, m.start() - 25) : m.end()], m.group("role"))
            or self._company_spokes(m.group("role"))
            or self._corporate_title(m.group("role").split())
        ):
            m = None
            c.evidence = True
        if m:
            role = _clean_role(m.group("role"))
            if role:
                c.role = (role + (" " + c.role if c.role else "")).strip()
                c.political = True
                if not shared:
                    c.ps = wstart + m.start("role")
        elif lw in _PERSON_LAST and PERSON_BEFORE_RE.search(window):
            c.evidence = True
        poss = t[c.me : c.me + 2] in ("’s", "'s")
        m = None if poss else ROLE_AFTER_RE.match(t, c.me)
        if m and (
            # "the speaker at the conference": what follows up to the next comma can make the office private
            _private(m.group("role") + t[m.end() : m.end() + 40].split(",", 1)[0].split(".", 1)[0], m.group("role"))
            or _community_leader(m.group("role"))
            or self._company_spokes(m.group("role"))
            or self._corporate_title(m.group("role").split())
        ):
            m = None
            c.evidence = True
        if m:
            role = _clean_role(m.group("role"))
            if role:
                if not c.role:
                    c.role = role
                else:
                    c.more_roles += (role,)  # "Sen. X, D-N.J., the committee chairman": both are roles
                c.political = True
                c.pe = m.end("role")
        elif not poss and (
            (t.startswith((",", " (", "("), c.me) and (pm := PARTY_APPOS_RE.match(t, c.me)) is not None)
            or (t.startswith(",", c.me) and (pm := self._chamber_member(c.me)) is not None)
            or (
                t.startswith((" of the ", " from the "), c.me) and (pm := PARTY_OF_RULING_RE.match(t, c.me)) is not None
            )
        ):
            if not c.role:
                c.role = pm.group("role")
            c.political = True
            c.pe = pm.end("role")
        elif (
            not poss
            and t.startswith((",", " (", "("), c.me)
            and ("-" in t[c.me : c.me + 6] or "member " in t[c.me : c.me + 60])  # cheap test first
            and (lm := LEGISLATOR_AFTER_RE.match(t, c.me)) is not None
        ):
            g = next(k for k in ("r1", "r2", "r4") if lm.group(k))
            if not c.role:
                c.role = lm.group(g)
            c.political = True
            c.pe = lm.end(g)
        elif not poss and PERSON_AFTER_RE.match(t, c.me):
            c.evidence = True
        elif not poss and t.startswith((", ", " and ", " & "), c.me) and self._shared_appositive(c):
            pass
        if not poss:
            self._clause_role(c)
        if not c.political and not poss:  # "Tamil Nadu's M K Stalin": the possessive is a place
            self._list_role(c)
        if c.political or c.honorific or c.evidence or c.gid is not None:
            return c
        if (
            SPEECH_AFTER_RE.match(t, c.me)
            or (
                _last_word(t, max(0, c.ms - 30), c.ms) in _SPEECH_LAST
                and SPEECH_BEFORE_RE.search(t, max(0, c.ms - 30), c.ms)
            )
            or self._first_name_run(c)
        ):
            c.evidence = True
        return c

    def _first_name_run(self, c: _Cand) -> bool:
        """ "Eleni Papadimitriou took the floor": two or three capitalised words opening with a known first name,
        none of the rest a place, a body's word or a common capitalised word, name a person where a person
        stands."""
        words = c.core.split()
        if (
            not 2 <= len(words) <= 3
            or words[0] not in FIRST_NAMES
            or words[0] in NOT_FIRST_NAMES
            or words[0].lower() in _PARTICLES  # "Von der Leyen smiled": a surname's particle, not a first name
        ):
            return False
        t = self.text
        # only where a person stands: set off by a descriptive appositive ("Armando Benedetti, a longtime
        # ally"), or opening a sentence as its subject; not "critics such as Tom Hale" or "a tanker named
        # Maria Luisa", which may be anyone or anything
        if not t.startswith((", a ", ", an ", ", the "), c.me):
            j = c.ps
            while j > 0 and t[j - 1] in " \u00a0“\"‘'":
                j -= 1
            if j > 0 and t[j - 1] not in ".!?\n":
                return False
            if not _word_at(t, c.me):
                return False  # a lower-case word (the verb) follows the subject
        return not any(
            w in NOT_FIRST_NAMES
            or w in _PLACE_WORDS
            or w in _NOT_SURNAME_WORDS
            or w in ORG_TAILS
            or w in STOP_CAPS
            or w in NAME_TITLES
            or w.isupper()
            or country_key(w)
            for w in words[1:]
        )

    def _shared_appositive(self, c: _Cand) -> bool:
        """ "Patrick Harvie and Lorna Slater, the Scottish Green co-leaders,", "A and B, both ministers in
        the last government": a plural office set off after coordinated names is each one's office."""
        t = self.text
        e = c.me
        if t.startswith(",", e) and t[max(0, c.cs - 5) : c.cs].endswith((" and ", " & ")):
            end = e  # the last name of the list
            if not re.search(r"[A-Z][\w’'\-]*[ \u00a0]+(?:and|&)[ \u00a0]+$", t[max(0, c.cs - 40) : c.cs]):
                return False
        else:
            j = e + (5 if t.startswith(" and ", e) else 3 if t.startswith(" & ", e) else 2)
            if not t[j : j + 1].isupper() or (cm := _COORD_RE.match(t, e)) is None:
                return False  # no name follows
            end = cm.end()
        if not t.startswith(",", end) or (am := _PLURAL_APPOS_RE.match(t, end)) is None:
            return False
        phrase = am.group("phrase")
        pw = _PLURAL_WORD_RE.search(phrase)
        if pw is None:
            # "A and B, both members of the Senedd,": members of a legislature
            i = phrase.find("members ")
            lm = LEGISLATOR_AFTER_RE.match(", a " + phrase[:i] + phrase[i:].replace("members", "member", 1) + ",")
            if i < 0 or lm is None or lm.group("r4") is None:
                return False
            c.role = c.role or lm.group("r4")
            c.political = True
            return True
        single = phrase[: pw.start()] + _PLURAL_OFFICES[pw.group()] + phrase[pw.end() :]
        m = ROLE_AFTER_RE.match(", " + single + ",")
        if m is None:
            return False
        role = m.group("role")
        if (
            _private(single, role)
            or _community_leader("a " + role)
            or self._company_spokes(role)
            or self._corporate_title(role.split())
        ):
            c.evidence = True
            return False
        role = _clean_role(role)
        if not role:
            return False
        c.role = c.role or role
        c.political = True
        if end == e:
            c.pe = am.start("phrase") + len(role) if phrase.startswith(role) else am.end("phrase")
        return True

    def _pre_appositive(self, c: _Cand) -> None:
        """ "The Special Adviser to the President on Special Duties, Communications and Strategy, X,": an
        office opening the sentence and set off by commas names the person between them."""
        t = self.text
        a = self._sentence_start(c.ps)
        while a < c.ps and t[a] in " \u00a0\n“\"‘'":
            a += 1
        m = PRE_APPOS_RE.fullmatch(t, a, c.ps)
        if m is None:
            return
        role = m.group("role")
        mods = m.group("mods").split()
        # "Qatar's Energy Minister,", "The party's National Communications Officer,": whose office it is
        owner = t[a : m.start("role")].split()[-1].removesuffix("’s").removesuffix("'s")
        public = (
            _GOV_MODS.intersection(w.lower().removesuffix("’s").removesuffix("'s") for w in mods)
            or any(country_key(w) for w in mods)
            or country_key(owner)
            or owner.lower() in _GOV_MODS
        )
        tail = t[m.end("off") : m.end("role")]
        if not public and (m.group("head") or m.group("official") or not re.search(r"\s[A-Z]", tail)):
            return  # "the regional office head", "the leader of the expedition": whose office is not said
        if _private(role, role):
            c.evidence = True
            return
        c.role = _clean_role(role)
        c.political = True
        c.ps = m.start("role")

    def _company_spokes(self, role: str) -> bool:
        """ "a spokeswoman for Tesco": speaking for a body that is neither a government, a party, a
        country nor a person holds no office ("a spokesman for the Home Office", "for Sunak", "for the
        Greens" and "for Indigenous Australians", a shadow portfolio, still do)."""
        if "spokes" not in role and "chair" not in role:
            return False
        m = _SPOKES_FOR_RE.search(role)
        if m is None:
            return False
        org = m.group("org")
        words = org.split()
        caps = [w.removesuffix("’s").removesuffix("'s") for w in words if w[:1].isupper()]
        if not caps or (words[0][:1].islower() and words[0] != "the"):
            return False  # "spokesperson for health": a portfolio
        if _PUBLIC_BODY_RE.search(role) or any(w.isupper() and len(w) > 1 for w in caps):
            return False
        if any(country_key(w) or country_key(w.removesuffix("s")) or w in _PLACE_WORDS for w in caps):
            return False
        if any(w in FIRST_NAME_GENDER or w in NAME_TITLES for w in caps) or self.gaz.find(org):
            return False  # a person's spokesman
        return not any(p.surname in caps for p in self.persons)

    def _title_holder(self, titles: list[str], ids: list[int], default: int | None) -> int | None:
        """Of several known people sharing a surname, the one whose office the title names: the present
        holder first, else the latest."""
        if not any(w in POLITICAL_TITLES for w in titles):
            return default
        first = next(
            i
            for i, w in enumerate(titles)
            if (NAME_TITLES.get(w) == "office" and w not in ("Former", "Acting")) or w in POLITICAL_TITLES
        )
        office = norm_office(" ".join(titles[first:]).removesuffix("."))
        office = _ABBR_OFFICES.get(office + ".", _ABBR_OFFICES.get(office, office))
        best: tuple[int, int] | None = None
        for i in ids:
            for r in self.gaz.people[i].roles:
                if r.office == office:
                    key = (1 << 30 if r.end is None else r.end, -i)
                    if best is None or key > best:
                        best = key
        return -best[1] if best is not None else default

    def _corporate_title(self, words: list[str]) -> bool:
        """ "Tesla chairman", "Acme President": a president, chair or chief of a body that is no country,
        government body, abbreviation or party (a party is one the article calls a party somewhere near its
        name: "Likud chairman")."""
        i = next((i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _CORPORATE_OFFICES), None)
        if i is None or i != len(words) - 1:
            return False
        mods = [
            w.removesuffix("’s").removesuffix("'s")
            for w in words[:i]
            if w[:1].isupper() and w not in NAME_TITLES and w.lower() not in _BARE_NOT_BEFORE
        ]
        if not mods:
            return False
        for w in mods:
            if w.isupper() or _SUMMIT_RE.match(w):
                return False  # "BJP president", "ANC chairman": parties are so often abbreviated that any may be one
            if country_key(w) or w in _PLACE_WORDS or _PUBLIC_BODY_RE.search(w) or w in _NOT_SURNAME_WORDS:
                return False
            if self.gaz.find_bodies(w) or self._party_name(w):
                return False
        return True

    def _party_name(self, w: str) -> bool:
        """Does the article call ``w`` a party somewhere near it ("the Likud party", "Likud, the ruling party")?"""
        hit = self._acr_party.get(w)
        if hit is None:
            t = self.text
            hit = False
            for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", t):
                if _PARTY_WORD_RE.search(t, max(0, m.start() - 80), m.end() + 80):
                    hit = True
                    break
            self._acr_party[w] = hit
        return hit

    def _party_acronym(self, w: str) -> bool:
        """Is ``w`` an abbreviation this article uses for a party ("the PTI said the party would...")?"""
        if not (2 <= len(w) <= 7 and w[:2].isupper() and w.replace("-", "").isalpha()):
            return False
        hit = self._acr_party.get(w)
        if hit is None:
            t = self.text
            hit = False
            for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", t):
                near = t[max(0, m.start() - 80) : m.end() + 80].lower()
                if re.search(r"\bpart(?:y|y['’]s|ies)\b", near):
                    hit = True
                    break
            self._acr_party[w] = hit
        return hit

    def _lone_role(self, c: _Cand) -> _Cand:
        """ "Chalmers, the treasurer,": the appositive is the role of whoever the surname names (not a
        form), but a bare word never makes a leader on its own."""
        t = self.text
        if c.me < len(t) and t[c.me] == ",":
            m = ROLE_AFTER_RE.match(t, c.me)
            if m and not _private(m.group("role"), m.group("role")):
                role = _clean_role(m.group("role"))
                if role:
                    c.role, c.pe = role, m.end("role")
                    # "Ramaiah, 75, the chief minister": an age makes the lone word a person
                    c.political = m.group().lstrip(" ,")[:1].isdigit() and self._may_be_mononym(c)
        if not c.political and t[c.me : c.me + 2] not in ("’s", "'s"):
            c.political = self._clause_role(c, gate=self._may_be_mononym)
        c.mononym = c.political and c.gid is None
        return c

    def _may_be_mononym(self, c: _Cand) -> bool:
        """Could this lone capitalised word be someone's whole name (Siddaramaiah, Lula)?"""
        w = c.core
        return (
            len(w) >= 3
            and not w.isupper()
            and w not in STOP_CAPS
            and w not in _SUBORD
            and w not in NAME_TITLES
            and w not in _PLACE_WORDS
            and w not in ORG_TAILS
            and w not in _INSTITUTION_TAILS
            and w not in NOT_FIRST_NAMES
            and country_key(w) is None
            and _last_word(self.text, max(0, c.cs - 6), c.cs) not in ("the", "a", "an")
        )

    def _list_role(self, c: _Cand) -> bool:
        """ "chief ministers, including Tamil Nadu's M K Stalin and Bihar's Nitish Kumar": a name in a
        list of office holders holds that office."""
        t = self.text
        lo = max(0, c.ps - 220)
        i = bisect.bisect_left(self._list_cues, lo)
        if i >= len(self._list_cues) or self._list_cues[i] >= c.ps:
            return False  # no "including" / "such as" / "among them" just before
        m = INCLUDING_RE.search(t[lo : c.ps])
        if m is None:
            return False
        mod = (m.group("mod") or "").strip().lower()
        if mod in _LIST_NOT_POLITICAL or _private(mod, mod):
            return False
        off = " ".join(m.group("off").split())
        off = "head" + off[5:] if off.startswith("heads ") else off[:-1]
        c.role = c.role or off
        c.political = True
        return True

    def _chamber_member(self, e: int) -> re.Match[str] | None:
        """ "Míriam Nogueras, of Puigdemont's Junts per Catalunya, spoke next. She told members ...":
        an affiliation with no party word, made political by addressing the chamber nearby."""
        t = self.text
        if _word_at(t, e + 1) not in ("of", "from"):
            return None
        m = PARTY_OF_RE.match(t, e)
        if m is None:
            return None
        words = [w.removesuffix("’s").removesuffix("'s") for w in m.group("role").split() if w[:1].isupper()]
        if not words or any(w in ORG_TAILS for w in words) or all(w in _PLACE_WORDS or country_key(w) for w in words):
            return None  # "of the University of Leeds", "of London": not a party
        stop = t.find(". ", t.find(". ", m.end()) + 2)
        if not CHAMBER_CUE_RE.search(t, m.end(), stop if stop > 0 else m.end() + 300):
            return None
        return m

    def _passive_cue(self, e: int, comma: bool) -> str | None:
        """Cheap test before the passive/"as" regexes: "passive" or "as" when the word after the name
        (or after one appositive) is one they can start with, else None."""
        t = self.text
        w = _word_at(t, e)
        if w in _PASSIVE_FIRST:
            return "passive"
        if w == "as":
            return "as"
        if comma:
            j = t.find(",", t.find(",", e) + 1, e + 125)
            if j >= 0:
                w = _word_at(t, j + 1)
                if w in _PASSIVE_FIRST:
                    return "passive"
                if w == "as":
                    return "as"
        return None

    def _clause_role(self, c: _Cand, gate: Callable[[_Cand], bool] | None = None) -> bool:
        """An office stated in a clause after the name: "X, who was chief minister from 2013",
        "X, who heads the JD(S) and has twice been chief minister", "named X as the next chief
        minister", "X was sworn in as prime minister". Past tenses give a former office. Records
        the role(s) on ``c`` when one is found and ``gate`` (if any) accepts ``c``; says whether it did."""
        t = self.text
        e = c.me
        roles: list[str] = []
        span: tuple[int, int] | None = None
        comma = t.startswith(",", e) or t.startswith(" ,", e)
        w = t.find("who", e, e + 60) if comma else -1
        if w >= 0 and (
            w <= e + 16 or (t.startswith((", the ", ", a ", ", an "), e) and t.find(",", e + 1, w) < 0)
        ):  # "X, who ...", "X, the 29-year-old Republican who ...
            m = WHO_ROLE_RE.match(t, e)
            if m is not None and not _private(m.group("role"), m.group("role")):
                role = _clean_role(m.group("role"))
                if m.group("was") and not _FORMER_RE.match(role):
                    role = "former " + role
                roles.append(role)
                span = m.span("role")
            elif (
                (m := WHO_REPRESENTS_RE.match(t, e)) is not None
                or (m := WHO_ELECTED_RE.match(t, e)) is not None
                or (m := WHO_SITS_RE.match(t, e)) is not None
            ):
                roles.append("member of the " + " ".join(m.group("org").split()))
                span = m.span("org")
            elif (m := WHO_CHAIRS_RE.match(t, e)) is not None and (
                _LEGISLATIVE_RE.search(m.group("org"))
                or _PORTFOLIO_COMMITTEE_RE.search(m.group("org"))
                or _PUBLIC_COUNCIL_RE.search(m.group("org"))
            ):
                org = m.group("org")
                # "the National Council of Churches": what follows the body can make it private
                tail = _PUNCT_RE.sub(" ", t[m.end() : m.end() + 40]).split()[:4]
                plain = {w.lower().removesuffix("es") for w in tail} | {w.lower().removesuffix("s") for w in tail}
                if not _private(org, org) and PRIVATE_ROLE_WORDS.isdisjoint(plain):
                    roles.append(("former " if m.group("was") else "") + "chair of " + " ".join(org.split()))
                    span = m.span("org")
            else:
                m = WHO_HEADS_RE.match(t, e)
                if m is not None:
                    org = m.group("org")
                    acr = re.sub(r"\(.*?\)|-.*", "", org)
                    # "who heads the FBI": an abbreviation counts only when the article uses it for a party
                    if not org.isupper() or self._party_acronym(acr) or _PARTY_WORD_RE.search(t, m.end(), m.end() + 40):
                        roles.append(f"{m.group('verb')} the {org}")
                        span = m.span("org")
                    pm = WHO_PAST_TAIL_RE.match(t, m.end())
                    if pm is not None and not _private(pm.group("role"), pm.group("role")):
                        role = _clean_role(pm.group("role"))
                        roles.append(role if _FORMER_RE.match(role) else "former " + role)
        cue = self._passive_cue(e, comma) if not roles and (comma or t.startswith(" ", e)) else None
        if cue is not None:
            m = PASSIVE_ROLE_RE.match(t, e) if cue != "as" else None
            past = m is not None and m.group("quit") is not None  # "resigned as first minister": a former office
            if m is None and cue == "as" and _last_word(t, max(0, c.ps - 16), c.ps) in _AS_VERBS:
                m = AS_ROLE_RE.match(t, e)
            if m is None and cue == "passive" and not comma:
                # "Hill is the country's finance minister", "Hill became health minister in 2021"
                m = COPULA_ROLE_RE.match(t, e)
                if m is not None and (
                    _office_of(m.group("role")) in _WEAK_COPULA_OFFICES and len(m.group("role").split()) < 2
                ):
                    m = None  # "Hill is the leader in the polls"
                past = m is not None and m.group("verb").split()[0] in ("was", "had", "served")
            # "was appointed chairman of the bank": what follows the office can make it private
            if m is not None and not _private(_PUNCT_RE.sub(" ", t[m.start("role") : m.end() + 30]), m.group("role")):
                role = _clean_role(m.group("role"))
                if role and past and not _FORMER_RE.match(role):
                    role = "former " + role
                if role:
                    roles.append(role)
                    span = m.span("role")
        if not roles and "becom" in t[e : e + 200]:
            self._becoming_role(c, roles)
        roles = [r for r in roles if r]
        if not roles or (gate is not None and not gate(c)):
            return False
        if not c.role:
            c.role = roles[0]
            c.more_roles += tuple(roles[1:])
        else:
            c.more_roles += tuple(roles)
        c.political = True
        if span is not None:
            self._pred_roles.append(span)  # a predicate, not a form of the person
        return True

    def _becoming_role(self, c: _Cand, roles: list[str]) -> None:
        """ "X overturned a Labour majority, becoming Reform's fifth MP", "X won the seat to become its first
        MP": an office the sentence's subject takes on at the end of its clause."""
        t = self.text
        s0 = self._sentence_start(c.ms)
        if t[s0 : c.ms].strip(" \n\u00a0\"“'‘") not in ("", "But", "And", "Meanwhile,", "In 2024,"):
            return  # only the subject of the sentence becomes what the clause says
        end = _SENT_END_RE.search(t, c.me)
        stop = end.start() if end is not None else len(t)
        m = _BECOMING_RE.search(t, c.me, stop)
        if m is not None and not _private(m.group("role"), m.group("role")):
            role = _clean_role(m.group("role"))
            if role:
                roles.append(role)
                self._pred_roles.append(m.span("role"))

    def _hits_from(self, cs: int, ce: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self._hit_starts, (cs, 0))
        out = []
        while i < len(self._hit_starts) and self._hit_starts[i][0] < ce:
            out.append(self._hit_starts[i])
            i += 1
        return out

    def _reordered_known(self, core: str) -> int | None:
        """The gazetteer person whose full name is ``core``'s words in the other order ("Ishiba Shigeru" for
        Shigeru Ishiba, "Orbán Viktor"), when the family name is a known one."""
        parts = core.split()
        if not any(parts[0] in self.gaz.people[i].surnames for i in self.gaz.by_first.get(parts[-1], ())):
            return None
        rev = " ".join(reversed(parts))
        found = {i for s, e, cl in self.gaz.find(rev) if s == 0 and e == len(rev) for i, k in cl if k == FULL}
        return found.pop() if len(found) == 1 else None

    def _fuzzy_known(self, core: str) -> int | None:
        # an article names the same unknown person again and again: the answer depends on the words alone
        if core in self._fuzzy:
            return self._fuzzy[core]
        found = self._fuzzy[core] = self._fuzzy_lookup(core)
        return found

    def _fuzzy_lookup(self, core: str) -> int | None:
        parts = core.split()
        cands = self.gaz.by_first.get(parts[0], [])
        last = parts[-1]
        found = [
            i
            for i in cands
            if any(
                s == last
                or (
                    len(last) >= 5
                    and last[:3] == s[:3]
                    and Levenshtein.distance(s, last, score_cutoff=2) <= 2
                    and not _other_ending(s, last)
                )
                for s in self.gaz.people[i].surnames
            )
        ]
        mids = parts[1:-1]
        if mids:
            # "Omar Tariq Khan" is not "Omar Ayub Khan": a middle name both have must agree
            found = [
                i
                for i in found
                if len(self.gaz.people[i].name.split()) < 3
                or any(
                    Levenshtein.distance(m, g, score_cutoff=1) <= 1
                    for m in mids
                    for g in self.gaz.people[i].name.split()[1:-1]
                )
            ]
        return found[0] if len(found) == 1 else None

    # -- resolution ----------------------------------------------------------------------
    def run(self) -> None:
        t = self.text
        cands = self._candidates()
        self._cands = cands
        singles: list[_Cand] = []
        headed: dict[int, bool] = {}
        deferred: list[_Cand] = []
        full_gids = {c.gid for c in cands if c.ntok > 1 and c.gkind == FULL}
        kin = {c.core.rsplit(" ", 1)[-1] for c in cands if c.ntok > 1 and (c.gkind is None or c.gkind == FULL)}
        for c in cands:
            if c.ntok > 1 and c.gkind is None and self._in_title_case_line(c.cs, headed):
                deferred.append(c)  # "Beat Erdogan Twice": in a Title Case line only known names count
            elif c.gkind == SHORT and c.ntok == 1 and not c.titles and c.core in kin and c.gid not in full_gids:
                # "Imee Marcos ... Marcos said": the article's own Marcos, not the gazetteer's president, whom
                # it never names in full; resolved with the other lone surnames
                singles.append(c)
            elif c.gid is not None and c.gkind in (FULL, SHORT):
                p = self._person(self.gaz.people[c.gid].name, c.gid)
                self._attach(p, c)
            elif c.ntok > 1 and c.gkind is None and not self._is_surname_form(c):
                p = self._person(c.core, None)
                self._attach(p, c)
            else:
                singles.append(c)
        if deferred:
            lone = {c.core for c in singles if not self._in_title_case_line(c.cs, headed)}
            for c in deferred:
                self._headline_name(c, lone)
        for c in singles:
            # "Siddaramaiah, 75, who was chief minister": a one-word name, before its other mentions link
            if c.mononym and not self._in_title_case_line(c.cs, headed) and self._link_surname(c) is None:
                self._person(c.core, None)
        for c in singles:
            p = self._link_surname(c)
            if p is None and c.gid is not None and (c.political or c.gkind == SHORT):
                p = self._person(self.gaz.people[c.gid].name, c.gid)
            if p is None and c.titles and (c.honorific or c.political) and not self._in_title_case_line(c.cs, headed):
                name = c.core
                if c.titles[-1] in ("Lord", "Lady", "Baroness"):
                    name = f"{c.titles[-1]} {c.core}"
                p = self._person(name, None)
            if p is None:
                p = self._misspelt(c)
            if p is not None:
                self._attach(p, c)
                if not p.evidence and p.gid is None and " " in p.name and SPEECH_AFTER_RE.match(t, c.me):
                    # "Chandni Raina took the floor ... Raina said": a surname of a name met before, used
                    # alone as the subject of a speech verb, is a person's
                    p.evidence = True
        # keep people with evidence only
        keep = [p for p in self.persons if p.evidence or p.political]
        self.persons = keep
        kept = set(map(id, keep))
        self.by_name = {k: v for k, v in self.by_name.items() if id(v) in kept}
        self.by_gid = {k: v for k, v in self.by_gid.items() if id(v) in kept}
        self._ments = [m for m in self._ments if id(m[2]) in kept]
        self._particle_surnames()
        self._initialisms()
        self._role_forms()
        self._build_entities()
        self._infer_genders()
        del t

    def _particle_surnames(self) -> None:
        """ "vote, von der Leyen urged": a surname that opens with a lower-case particle is no capitalised
        run, so each leader named in full with one is looked up by that surname."""
        t = self.text
        for p in self.persons:
            if not p.political:
                continue
            parts = p.label.split()
            i = next((i for i, w in enumerate(parts[1:-1], 1) if w[:1].islower()), None)
            if i is None:
                continue
            sur = " ".join(parts[i:])
            for a in sorted(_find_all(t, sur) + _find_all(t, sur[0].upper() + sur[1:])):  # "Von der Leyen said"
                b = a + len(sur)
                if (a and (t[a - 1].isalnum() or t[a - 1] in "-’'")) or (b < len(t) and t[b].isalnum()):
                    continue
                # "Leyen" alone was taken for the surname: the whole particle surname replaces it
                inside = [(s, e) for s, e in p.mentions if a <= s and e <= b]
                if inside:
                    p.mentions = [x for x in p.mentions if x not in inside]
                    self._ments = [x for x in self._ments if not (x[2] is p and (x[0], x[1]) in inside)]
                if any(s < b and a < e for s, e in p.mentions) or any(s < b and a < e for s, e, *_ in self._ments):
                    continue
                p.mentions.append((a, b))
                self._ments.append((a, b, p, a, b))

    def _initialisms(self) -> None:
        """ "widely known as AKD", "DKS had insisted": capital initials of a leader's full name (three letters
        or more; "MBS" for Mohammed bin Salman) name that leader wherever they stand."""
        t = self.text
        found: dict[str, Person | None] = {}
        for p in self.persons:
            if not p.political or p.label.count(" ") + p.label.count("-") < 2:
                continue  # "Joe Biden": two initials are no name's own
            parts = p.label.replace("-", " ").split()
            with_all = "".join(w[0].upper() for w in parts if w[0].isalpha())
            caps = "".join(w[0] for w in parts if w[0].isupper())
            for key in {with_all, caps}:
                if 3 <= len(key) <= 5:
                    found[key] = None if key in found and found[key] is not p else p  # shared: nobody's
        for key, p in found.items():
            if p is None or (f"({key})" in t and f"{p.label} ({key})" not in t):
                continue  # "the African National Congress (ANC)": the initials are a body's
            for a in _find_all(t, key):
                b = a + len(key)
                if (a and (t[a - 1].isalnum() or t[a - 1] in "-.")) or (b < len(t) and (t[b].isalnum() or t[b] in "-")):
                    continue
                if any(s < b and a < e for s, e, *_ in self._ments):
                    continue
                p.mentions.append((a, b))
                self._ments.append((a, b, p, a, b))

    # -- gender --------------------------------------------------------------------------
    def _infer_genders(self) -> None:
        """``Person.gender``: an honorific or gendered title at any mention, the gazetteer, a
        gendered role word, a known first name, else the first he/she right after the person is
        introduced (when nobody else is named in between)."""
        t = self.text
        starts: list[tuple[int, int]] = []
        for p in self.persons:
            p.gender = self._gender_of(p, t, starts)

    def _gender_of(self, p: Person, t: str, starts: list[tuple[int, int]]) -> str | None:
        for s, e in p.mentions:
            g = GENDER_WORDS.get(t[s:e].split(" ", 1)[0].split("\u00a0", 1)[0])
            if g is None:
                m = _TITLE_WORD_RE.search(t, max(0, s - 16), s)
                g = GENDER_WORDS.get(m.group(1)) if m else None
            if g:
                return g
        if p.gid is not None and self.gaz.people[p.gid].gender:
            return self.gaz.people[p.gid].gender
        for _, r in p.stated_roles:
            m = _ROLE_GENDER_RE.search(r)
            if m:
                return "m" if m.group("m") else "f"
        parts = p.name.split()
        if len(parts) > 1:
            for w in parts[:-1]:
                g = FIRST_NAME_GENDER.get(w.rstrip("."))
                if g:
                    return g
        if not p.mentions:
            return None
        first = min(p.mentions)
        a = first[1]
        # the introduction's sentence and the next one
        b = a
        for _ in range(2):
            j = t.find(". ", b + 1, a + 400)
            b = j if j >= 0 else min(len(t), a + 400)
        m = _GENDER_PRON_RE.search(t, a, b)
        if m is None:
            return None
        if not starts:
            starts.extend(sorted((s, id(q)) for s, _, q, _, _ in self._ments))
        i = bisect.bisect_left(starts, (a, -1))
        if i < len(starts) and starts[i][0] < m.start() and starts[i][1] != id(p):
            return None  # someone else is named first: the pronoun may be theirs
        return "m" if m.group("m") else "f"

    # -- names found by others -----------------------------------------------------------
    def person_for_name(self, start: int, end: int) -> Person | None:
        """The person a bare or partial name at ``text[start:end]`` refers to.

        For the speaker resolver: "Park said", "said Shivakumar", "Mr Yoon added". Leading titles
        and honorifics and a possessive are dropped; the rest is tied to the fullest earlier form of
        that name in the article (Park -> Park Jin, Shivakumar -> D K Shivakumar, Yoon -> Yoon Suk
        Yeol; all-caps "MELONI" compares case-insensitively), preferring the person last mentioned
        before ``start``. An unknown name becomes a new non-leader person (with a gender from the
        honorific when there is one). The span is recorded as a mention of that person unless it
        overlaps one already recorded. Returns None when no name is left after stripping (or the
        name is a place or a sentence word).
        """
        t = self.text
        raw = t[start:end]
        for suffix in ("’s", "'s"):
            if raw.endswith(suffix):
                raw = raw[: -len(suffix)]
        words = raw.split()
        titles: list[str] = []
        while words and (words[0] in NAME_TITLES or words[0] in STOP_CAPS) and len(words) > 1:
            titles.append(words.pop(0))
        if not words:
            return None
        core = " ".join(words)
        if core in STOP_CAPS or core in NAME_TITLES or core in _PLACE_WORDS or country_key(core):
            return None
        p = self._find_by_name(core, start)
        if p is None:
            full = self._earlier_full_form(core, start)
            if full is not None:
                p = self._person(full.core, None)
                p.mentions.append((full.ms, full.me))
                p.first_pos = min(p.first_pos, full.ms)
                p.evidence = True
        if p is None:
            p = self._person(core, None)
            p.evidence = True
            p.first_pos = min(p.first_pos, start)
            p.gender = next((GENDER_WORDS[w] for w in titles if w in GENDER_WORDS), None) or (
                FIRST_NAME_GENDER.get(words[0]) if len(words) > 1 else None
            )
        if not any(s < end and start < e for s, e in p.mentions):
            p.mentions.append((start, end - (len(t[start:end]) - len(raw))))
        return p

    def person_at(self, start: int, end: int) -> Person | None:
        """The person a mention overlapping ``text[start:end]`` was resolved to, or None.

        Covers names and role phrases this finder already tied to a holder ("the governor", "the
        Japanese minister", "the former chief minister"); ambiguous role phrases ("the Socialist
        leader" with two leaders who could be meant) were deliberately left unresolved.
        """
        for p in self.persons:
            for s, e in p.mentions:
                if s < end and start < e:
                    return p
        return None

    def _earlier_full_form(self, core: str, pos: int) -> _Cand | None:
        """The last multi-word name before ``pos`` that starts or ends with ``core`` (Park -> Park Jin)."""
        best = None
        for c in self._cands:
            if c.ms >= pos:
                break
            if c.ntok > 1 and (c.core.endswith(" " + core) or c.core.startswith(core + " ")):
                best = c
        return best

    def _find_by_name(self, core: str, pos: int) -> Person | None:
        low = core.lower()
        upper = core.isupper() and len(core) > 2

        def fits(p: Person) -> bool:
            names = [p.name, p.label]
            if p.gid is not None:
                gp = self.gaz.people[p.gid]
                if core in gp.surnames or core in gp.short:
                    return True
                names += gp.aliases
            for n in names:
                if upper:
                    n = n.lower()
                    c = low
                else:
                    c = core
                if n == c or n.endswith(" " + c) or n.startswith(c + " ") or n.endswith("-" + c):
                    return True
                if " " not in c and "-" in c and n.split()[-1] == c:
                    return True
            return False

        found = [p for p in self.persons if fits(p)]
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        last = {id(p): max((s for s, _ in p.mentions if s < pos), default=-1) for p in found}
        return max(found, key=lambda p: (last[id(p)], -p.first_pos))

    def _in_title_case_line(self, pos: int, cache: dict[int, bool]) -> bool:
        """Is ``pos`` on a line written in Title Case (a headline, a sub-head), where capitals do
        not mark names? ``cache`` maps line starts to the answer."""
        t = self.text
        a = t.rfind("\n", 0, pos) + 1
        hit = cache.get(a)
        if hit is None:
            b = t.find("\n", pos)
            line = t[a : len(t) if b < 0 else b].rstrip()
            hit = False
            # a headline may hold two sentences ("Istanbul's Mayor Beat Erdoğan Twice. Now He Has to Run a City")
            if len(line) <= 200 and not line.endswith("."):
                words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
                low = sum(not w[0].isupper() for w in words)
                hit = len(words) >= 3 and (low == 0 or (low == 1 and len(words) >= 6))
            cache[a] = hit
        return hit

    def _headline_name(self, c: _Cand, lone: set[str]) -> None:
        """A run in a Title Case line: the longest leading part that names someone named elsewhere,
        else each word that is a known name or the surname of someone named."""
        t = self.text
        toks = [(m.start(), m.end(), m.group()) for m in TOK_RE.finditer(t, c.cs, c.ce)]
        for k in range(len(toks), 1, -1):
            p = self.by_name.get(" ".join(w for _, _, w in toks[:k]))
            if p is not None:
                c.ms, c.me, c.ce = min(c.ms, toks[0][0]), toks[k - 1][1], toks[k - 1][1]
                c.pe = max(c.pe, c.me) if c.pe > c.ce else c.me
                self._attach(p, c)
                return
        for k in range(len(toks), 1, -1):
            if toks[k - 1][2] in lone and not any(w in NAME_TITLES for _, _, w in toks[:k]):
                # "Chalmers Delivers Third Budget" over a body that says "Chalmers": the full name is here
                c.ce = c.me = toks[k - 1][1]
                c.core = t[c.cs : c.ce]
                self._attach(self._person(c.core, None), c)
                return
        for s, e, w in toks:
            p = None
            for (hs, he), claims in ((k, self._hits[k]) for k in self._hits_from(s, e)):
                if (hs, he) == (s, e):
                    best = min(claims, key=lambda x: x[1])
                    if best[1] in (FULL, SHORT) or best[0] in self.by_gid:
                        p = self._person(self.gaz.people[best[0]].name, best[0])
            if p is None:
                found = [q for q in self.persons if " " in q.name and q.surname == w]
                p = found[0] if len(found) == 1 else None
            if p is not None:
                p.mentions.append((s, e))
                p.first_pos = min(p.first_pos, s)
                self._ments.append((s, e, p, s, e))

    def _is_surname_form(self, c: _Cand) -> bool:
        # "Le Drian", "von der Leyen" after a title: a surname of someone already named
        if not c.titles:
            return False
        return any(p.name.endswith(" " + c.core) for p in self.persons)

    def _attach(self, p: Person, c: _Cand) -> None:
        if c.ms < c.cs and " " not in p.name and not c.honorific:
            c.ms = c.cs  # "Chief Minister Siddaramaiah": an office before a one-word full name is a role
        elif c.ms == c.cs and c.titles and c.titles[-1] in _PERSONAL_HONORIFICS and p.name.endswith(" " + c.core):
            # "Dr Al Jaber" for Sultan Al Jaber: with a surname (however many words) the honorific is the form
            j = self.text.rfind(c.titles[-1], max(0, c.cs - len(c.titles[-1]) - 2), c.cs)
            if j >= 0:
                c.ms = j
        if (
            (p.display is None or c.ntok > len(p.display.split()))  # "Sri Mulyani", then her full name
            and c.exact
            and c.ntok > 1
            and c.gid == p.gid
            and (
                not p.name.endswith(" " + c.core)
                or all(w in NAME_TITLES for w in p.name[: -len(c.core)].split())  # "King Felipe VI"
            )
            and _spelling_of(c.core, p.name)  # not an alias ("William Lai" for Lai Ching-te)
        ):
            p.display = c.core  # a spelling of the full name ("Erdogan"), not a shorter one ("Tayyip Erdoğan")
        p.mentions.append((c.ms, c.me))
        p.first_pos = min(p.first_pos, c.ms)
        for r in (c.role, *c.more_roles) if c.role else ():
            p.stated_roles.append((c.ms, r))
            p.roles.add((_country_of(r), _office_of(r)))
        p.political |= c.political
        p.evidence |= c.evidence or c.honorific or c.political
        self._ments.append((c.ms, c.me, p, c.ps, c.pe))

    def _name_words(self) -> set[str]:
        """Every word a surname link can start from: each person's first and last word and their
        gazetteer surnames and short forms; rebuilt when a person is added."""
        if self._words_of is not self.persons or self._words_n != len(self.persons):
            words: set[str] = set()
            for p in self.persons:
                if " " in p.name:
                    words.add(p.name.rsplit(" ", 1)[1])
                parts = p.name.split()
                if parts:
                    words.add(parts[0])
                if p.gid is not None:
                    words.update(self.gaz.people[p.gid].surnames, self.gaz.people[p.gid].short)
            self._words_of, self._words_n, self._words = self.persons, len(self.persons), words
        return self._words

    def _link_surname(self, c: _Cand) -> Person | None:
        core = c.core
        words = self._name_words()
        if core not in words and core.rsplit(" ", 1)[-1] not in words:
            # no person here ends with, starts with or is known by this word ("Monday", "Twitter")
            return self.by_name.get(core)
        tail = " " + core
        found = [
            p
            for p in self.persons
            if p.name != core
            and (
                p.name.endswith(tail)
                or (p.gid is not None and core in self.gaz.people[p.gid].surnames)
                or (p.gid is not None and core in self.gaz.people[p.gid].short)
            )
        ]
        if not found and c.titles and c.titles[-1] in _FIRST_NAME_TITLES:
            found = [p for p in self.persons if " " in p.name and p.name.split()[0] == core]
        if not found and not c.titles and c.ntok == 1 and core not in self.by_name:
            # "Thank you, Giorgia": a first name alone, when exactly one person named here bears it;
            # at a sentence start only when the surname is shared ("Shehbaz" beside Nawaz Sharif)
            found = [p for p in self.persons if " " in p.name and p.name.split()[0] == core]
            if len(found) != 1 or any(p.surname == core for p in self.persons):
                found = []
            elif not (self._mid_sentence(c.ms) or self.text[c.me : c.me + 1] == ","):
                sur = found[0].surname
                if not any(q is not found[0] and " " in q.name and q.surname == sur for q in self.persons):
                    found = []
        if not found:
            if core in self.by_name:
                return self.by_name[core]
            return None
        if c.ntok == 1 and not c.titles:
            # "Nawaz" is Maryam Nawaz's surname and the first name of Nawaz Sharif, whose own surname is
            # shared (so the article calls him by his first name): the one the reader last met
            firsts = [
                p
                for p in self.persons
                if p not in found
                and " " in p.name
                and p.name.split()[0] == core
                and any(q is not p and " " in q.name and q.surname == p.surname for q in self.persons)
            ]
            if firsts:
                both = found + firsts
                last = {id(p): max((s for s, _ in p.mentions if s < c.ms), default=-1) for p in both}
                best = max(both, key=lambda p: last[id(p)])
                if last[id(best)] >= 0:
                    return best
        if len(found) == 1:
            return found[0]
        # two Sharifs: "Mr Sharif" is the one this article names as head of government
        heads = [
            p
            for p in found
            # a head of state or government: "leader of the opposition" is no such head
            if any(
                _office_of(r) in HEAD_OFFICES
                and _office_of(r) not in ("leader", "counterpart")
                and not _FORMER_RE.match(r)
                for _, r in p.stated_roles
            )
        ]
        if len(heads) == 1:
            return heads[0]
        before = [p for p in found if p.first_pos < c.ms]
        return max(before or found, key=lambda p: max((s for s, _ in p.mentions if s < c.ms), default=-1))

    def _mid_sentence(self, pos: int) -> bool:
        t = self.text
        j = pos
        while j > 0 and t[j - 1] in " \u00a0":
            j -= 1
        return j > 0 and t[j - 1] not in ".!?\n“\"‘'(:;—–-"

    def _misspelt(self, c: _Cand) -> Person | None:
        """'Scholtz' -> Olaf Scholz: one edit from exactly one surname of someone named here."""
        if c.ntok != 1 or len(c.core) < 5:
            return None
        fits = {
            id(p): p
            for p in self.persons
            if (p.political or p.gid is not None)
            # one edit changes the length by at most one: skip the distance for the rest
            and len(sur := p.surname) >= 5  # the property splits the name: once per person
            and abs(len(sur) - len(c.core)) <= 1
            and Levenshtein.distance(sur, c.core, score_cutoff=1) == 1
        }
        if len(fits) == 1:
            return next(iter(fits.values()))
        return None

    def _role_forms(self) -> None:
        t = self.text
        leaders = [p for p in self.persons if p.political]
        if not leaders:
            return
        name_starts = {s for s, _, _, ps, _ in self._ments} | {ps for _, _, _, ps, _ in self._ments}
        appos_ends = {pe for _, _, _, _, pe in self._ments}
        for os_, oe in self._office_cues:
            m = ROLE_FORM_RE.search(t, max(0, os_ - 45), oe)
            while m is not None and m.end() != oe:
                m = ROLE_FORM_RE.search(t, m.start() + 1, oe)
            if m is None:
                self._bare_headline_form(os_, oe, name_starts, leaders)
                continue
            s, e = m.span()
            if (m.group("det") or "").lower() in ("his", "her", "their"):
                s = m.start("pre")  # "his finance minister": the possessive is not part of the title
            # a title directly before or beside a full name is that person's role, not a form
            after = t[e : e + 3]
            j = e
            while j < len(t) and t[j] in " ,\u00a0":
                j += 1
            if (j in name_starts or after.startswith("’s") or after.startswith("'s")) and j in name_starts:
                continue
            if any(ps <= s < pe for _, _, _, ps, pe in self._ments) or e in appos_ends:
                continue
            if any(a <= s < b or s <= a < e for a, b in self._pred_roles):
                continue  # "named X as the next chief minister": the office is X's role, not a form
            office = norm_office(m.group("office"))
            country = m.group("mod") or m.group("poss") or m.group("lmod")
            modtext = (m.group("org") or m.group("port") or m.group("lorg") or "").strip().lower() or None
            if m.group("port") and (whole := norm_office(f"{m.group('port').strip()} {office}")) in _OFFICE_NAMES:
                # "the outgoing prime minister": "prime" is part of the office, not a portfolio
                office, modtext = whole, None
            if m.group("det"):
                # "the president of Argentina", "the chairman of the Senate Foreign Relations Committee"
                om = _OF_PLACE_RE.match(t, e)
                if om:
                    place = om.group("place")
                    if country_key(place):
                        country = place
                    elif place.lower() in _THIS_COUNTRY:
                        pass  # "the president of the Republic": the article's own country
                    elif modtext is None:
                        modtext = place.lower()
                    e = om.end()
            ck = country_key(country) if country else None
            if country and ck is None:
                ck = _country_of(country)
            if modtext and country_key(modtext):
                ck, modtext = country_key(modtext), None
            if ck is None and m.group("det") in ("our", "Our"):
                # "“Our foreign minister smiles ...”": the speaker's own country's, where someone holds it
                held = [
                    k
                    for k in self._speaker_countries(s)
                    if any(c == k and (o == office or o.endswith(" " + office)) for p in leaders for c, o in p.roles)
                ]
                ck = held[0] if len(held) == 1 else None
            if (m.group("pre") or "").strip() in ("former", "ex-", "then-") or office.startswith("ex-"):
                # "the former president": only someone this article calls that, and only one
                office = office.removeprefix("ex-").strip()
                possessive = (m.group("det") or "").lower() in ("his", "her", "their")
                port = (m.group("port") or "").strip().lower()
                if port and (whole := norm_office(f"{port} {office}")) in _OFFICE_NAMES:
                    office = whole  # "the former chief minister" is no former minister of "chief"
                # "the former chief minister": one this article calls that, or one the gazetteer knows held
                # it and no longer does; never one who holds it again now; the one the reader last met
                was = [
                    p
                    for p in leaders
                    if (
                        any(
                            _FORMER_RE.match(r)
                            and _office_of(r) == office
                            and (ck is None or _country_of(r) in (None, ck))
                            for _, r in p.stated_roles
                        )
                        and not self._holds_now(p, office)
                    )
                    # not "his former finance minister": that is someone else than the one named before
                    or (not possessive and self._held_before(p, office, ck))
                ]
                last = {id(p): max((a for a, _ in p.mentions if a < s), default=-1) for p in was}
                best = max(was, key=lambda p: last[id(p)], default=None)
                if best is not None and (
                    last[id(best)] >= 0 or (len(was) == 1 and not self._held_before(best, office, ck))
                ):
                    best.mentions.append((s, e))
                    self._ments.append((s, e, best, s, e))
                    continue
                if was or (m.group("det") or "").lower() not in ("his", "her", "their"):
                    continue
                # "Scholz accused his former finance minister": the one who held it under him, whom the
                # article introduced by that office just before he lost it
            if ck is None and modtext is None and office in ("spokesman", "leader", "chair", "chairman"):
                q = self._para_subject(s) if (m.group("det") or "") in ("The", "the") else None
                if (
                    q is not None
                    # taken up in a later sentence, not "X said the leader should go"
                    and _SENT_END_RE.search(t, max((a for a, _ in q.mentions if a < s), default=s), s) is not None
                ) and (
                    any(office in _office_of(r) or (office == "spokesman" and "spokes" in r) for _, r in q.stated_roles)
                    or (office == "leader" and q.political)
                ):
                    # "CHP spokesperson X told ... The spokesperson said", "NCP chief X ... the veteran leader
                    # said": the title taken up again for the one the paragraph is about
                    q.mentions.append((s, e))
                    self._ments.append((s, e, q, s, e))
                    continue
                if office != "spokesman":
                    self.entities.append(Entity(s, e, "anon"))
                continue  # "the spokesperson" alone could be anyone's
            pre = (m.group("pre") or m.group("pre2") or "").strip()
            pool = leaders
            if pre in ("new", "incoming", "outgoing"):
                # "the new president" is not the one the article calls outgoing, and the reverse
                out = [p for p in leaders if any(r.lower().startswith("outgoing") for _, r in p.stated_roles)]
                pool = out if pre == "outgoing" else [p for p in leaders if p not in out]
                if pre == "outgoing" and not out:
                    # nobody called outgoing: any leader the article does not call new or incoming
                    pool = [
                        p
                        for p in leaders
                        if not any(r.lower().startswith(("new ", "incoming ")) for _, r in p.stated_roles)
                    ]
            p = None
            if (m.group("det") or "") in ("The", "the"):
                # "Kishida congratulated Ishiba ... “...,” the outgoing prime minister said": the one the
                # paragraph is about, when the title fits them
                q = self._para_subject(s)
                if (
                    q is not None
                    and q in pool
                    and self._may_hold(q, office, ck)
                    and not any(_FORMER_RE.match(r) for _, r in q.stated_roles if _office_of(r) == office)
                ):
                    p = q
            if p is None:
                p = self._match_role(ck, office, s, pool, modtext)
            if (p is None or not any(a < s for a, _ in p.mentions)) and (m.group("det") or "") in ("The", "the"):
                # "Simon Harris has been elected Taoiseach. The Fine Gael leader, who is 37, ...": a title opening
                # the sentence after one that opens with a leader's name names that leader
                q = self._prev_subject(s)
                # "The Fine Gael leader" names a party; "The opposition leader" does not
                named_party = (m.group("org") or "")[:1].isupper()
                if q is not None and q in pool and self._may_hold(q, office, ck, named_party):
                    p = q
            if p is None and office.endswith("elect"):
                p = self._winner(pool)
            if p is not None:
                p.mentions.append((s, e))
                self._ments.append((s, e, p, s, e))
            else:
                self.entities.append(Entity(s, e, "anon"))

    def _winner(self, pool: list[Person]) -> Person | None:
        """ "the President-elect" when nobody is called that: the one leader the article has winning
        ("X won", "X was declared the winner", "congratulated X on his victory")."""
        t = self.text
        won = set()
        for ms, me, p, ps, pe in self._ments:
            if p not in pool:
                continue
            a = min(ms, ps)
            stop = _SENT_END_RE.search(t, me)
            tail = t[max(me, pe) : stop.start() if stop else len(t)]
            if _CONGRATS_BEFORE_RE.search(t, max(0, a - 20), a) or _WIN_AFTER_RE.match(tail):
                won.add(id(p))
        found = [p for p in pool if id(p) in won]
        return found[0] if len(found) == 1 else None

    def _holds_now(self, p: Person, office: str) -> bool:
        """Does the article (or, failing that, the gazetteer) give ``p`` ``office`` as a present one?"""
        if any(_office_of(r) == office and not _FORMER_RE.match(r) for _, r in p.stated_roles):
            return True
        if any(_office_of(r) == office for _, r in p.stated_roles):
            return False  # the article calls them its former holder: it knows better than the gazetteer's date
        return p.gid is not None and any(r.office == office and r.end is None for r in self.gaz.people[p.gid].roles)

    def _held_before(self, p: Person, office: str, ck: str | None) -> bool:
        """Did the gazetteer's ``p`` hold ``office`` (in country ``ck``, if given) only in the past?"""
        if p.gid is None:
            return False
        if any(_office_of(r) == office and not _FORMER_RE.match(r) for _, r in p.stated_roles):
            return False  # the article gives it as a present office
        roles = [r for r in self.gaz.people[p.gid].roles if r.office == office and (ck is None or r.country == ck)]
        return bool(roles) and all(r.end is not None for r in roles)

    def _bare_headline_form(self, os_: int, oe: int, name_starts: set[int], leaders: list[Person]) -> None:
        """ "Dutton says prime minister should apologise": a headline or strap drops the article, so a
        bare head-of-government title near the top, in a line with no full stop, names its holder."""
        t = self.text
        if os_ > 600:
            return
        office = norm_office(t[os_:oe])
        if office not in _BARE_HEAD_OFFICES or not t[os_].islower():
            return
        a = t.rfind("\n", 0, os_) + 1
        b = t.find("\n", oe)
        line = t[a : len(t) if b < 0 else b].rstrip()
        if len(line) > 200 or line.endswith(".") or ". " in line or "“" in line or '"' in line:
            return  # a body sentence (or a quotation) is not a strap
        before = t[a:os_].split()
        prev = before[-1].lower().strip("‘'\"“") if before else ""
        if prev in _BARE_NOT_BEFORE or (before and before[-1][:1].isupper() and prev not in ("says", "said")):
            return  # "former prime minister", "Spanish prime minister" (handled as a titled form), a name
        j = oe
        while j < len(t) and t[j] in " ,\u00a0":
            j += 1
        if j in name_starts:
            return  # "prime minister Anthony Albanese": a role
        p = self._match_role(None, office, os_, leaders)
        if p is not None:
            p.mentions.append((os_, oe))
            self._ments.append((os_, oe, p, os_, oe))

    def _match_role(
        self, ck: str | None, office: str, pos: int, leaders: list[Person], modtext: str | None = None
    ) -> Person | None:
        def ok(c: str | None, o: str) -> bool:
            if o == "counterpart":
                return ck is not None and c == ck
            if ck is not None and c != ck:
                return False
            return (
                o == office
                or (office == "leader" and o in HEAD_OFFICES)
                or (office == "spokesman" and o.endswith("spokesman"))
                or (office == "chancellor" and o.startswith("chancellor"))
                or (modtext is not None and o.split()[-1:] == office.split()[-1:])
                or (office == "minister" and ck is not None and o.endswith("minister"))
            )

        def ok_s(c: str | None, o: str) -> bool:
            # a role the article states without a country ("Prime Minister X") fits any country
            return ok(ck if c is None else c, o)

        def stated(p: Person) -> set[tuple[str | None, str]]:
            return {(_country_of(r), _office_of(r)) for _, r in p.stated_roles if not _FORMER_RE.match(r)}

        def former_only(p: Person) -> bool:
            # the article calls them the former holder: not the one "the prime minister" means now
            old = {(_country_of(r), _office_of(r)) for _, r in p.stated_roles if _FORMER_RE.match(r)}
            return any(ok_s(c, o) for c, o in old) and not any(ok_s(c, o) for c, o in stated(p))

        def mod_fits(p: Person) -> bool:
            if modtext is None:
                return True
            texts = [r.lower() for _, r in p.stated_roles]
            if p.gid is not None:
                texts += [r.office for r in self.gaz.people[p.gid].roles]
            if any(modtext in x for x in texts):
                return True
            # "the chairman of the Senate Foreign Relations Committee" for "the committee chairman"
            tail = modtext.split()[-1]
            return tail in ("committee", "commission") and any(tail in x.split() for x in texts)

        def holders() -> list[Person]:
            found = [p for p in leaders if any(ok(c, o) for c, o in p.roles) and mod_fits(p) and not former_only(p)]
            # the article's own words about a person outrank the gazetteer: a "Labour leader" here is
            # not the prime minister, whatever office he held later
            return [p for p in found if not stated(p) or any(ok_s(c, o) or o == "counterpart" for c, o in stated(p))]

        found = holders()
        if not found and ck is not None:
            # "Prime Minister X" with no country anywhere: the only such holder fits "the prime minister of Y"
            found = [
                p
                for p in leaders
                if p.gid is None and all(c is None for c, _ in p.roles) and any(ok_s(c, o) for c, o in p.roles)
            ]
            return found[0] if len(found) == 1 else None
        if not found and modtext in _PARTY_MODS:
            # "the Democratic governor": the party is rarely stated beside the name; one holder only
            modtext = None
            found = holders()
            return found[0] if len(found) == 1 else None
        if not found or (ck is None and modtext is None and office == "leader"):
            return None
        if len(found) == 1:
            return found[0]
        # the one the article itself calls that, if the reader has met them already
        confirmed = [p for p in found if any(ok_s(c, o) for c, o in stated(p)) and p.first_pos < pos]
        if len(confirmed) == 1:
            return confirmed[0]
        # several could hold it: the one the reader last met before this phrase
        last = {id(p): max((s for s, _ in p.mentions if s < pos), default=-1) for p in found}
        best = max(found, key=lambda p: last[id(p)])
        if last[id(best)] >= 0:
            return best
        # "Downing Street said the Prime Minister would ... Rishi Sunak's spokesman said": nobody met yet, so
        # the one holder named in this sentence or the next
        t = self.text
        stop = pos
        for _ in range(2):
            m = _SENT_END_RE.search(t, stop + 1)
            stop = m.end() if m else len(t)
        soon = [p for p in found if any(pos < a < stop for a, _ in p.mentions)]
        return soon[0] if len(soon) == 1 else None

    def _speaker_countries(self, pos: int) -> set[str]:
        """The countries (or regions) of the leader named last before ``pos`` (in a quotation, most often its
        speaker), as the article and the gazetteer give them."""
        best = -1
        found: set[str] = set()
        for ms, _me, q, _ps, _pe in self._ments:
            if best < ms < pos and q.political:
                cs = {c for c, _ in q.roles if c is not None}
                if cs:
                    best, found = ms, cs
        return found

    def _prev_subject(self, pos: int) -> Person | None:
        """The leader whose name opens the sentence before the one that ``pos`` opens, if ``pos`` opens one."""
        t = self.text
        j = pos
        while j > 0 and t[j - 1] in " \u00a0\n":
            j -= 1
        if j > 0 and t[j - 1] not in ".!?":
            return None  # not at a sentence start
        end = j - 1
        a = max(t.rfind("\n", 0, end), t.rfind(". ", 0, end) + 1, t.rfind("? ", 0, end) + 1, 0)
        while a < end and t[a] in " \u00a0\n“\"‘'":
            a += 1
        first = None
        named = set()
        for ms, _me, q, ps, _pe in self._ments:
            if a <= ms <= end and q.political:
                named.add(id(q))
                if min(ms, ps) == a:
                    first = q
        # "A, the prime minister, and B, leader of the opposition, spoke. The Socialist leader ...": either
        return first if len(named) == 1 else None

    def _para_subject(self, pos: int) -> Person | None:
        """The person whose name (or the title before it) opens the latest sentence of the paragraph before
        ``pos``: "Kishida congratulated Ishiba ... “...,” the outgoing prime minister said". Only that one:
        a description never reaches past a more recent subject."""
        t = self.text
        para = t.rfind("\n", 0, pos) + 1
        best: Person | None = None
        at = best_end = -1
        for ms, _me, q, ps, _pe in self._ments:
            a = min(ms, ps)
            if not para <= a < pos or a <= at:
                continue
            # the sentence opens with the name, or with a short title before it ("NCP (SP) chief X")
            lo = max(para, a - 40)
            j = max(t.rfind(". ", lo, a) + 2, t.rfind("? ", lo, a) + 2, t.rfind("! ", lo, a) + 2, lo)
            head = t[j:a]
            words = head.split()
            if (
                (j == para or j > lo)
                and "," not in head
                and len(words) <= 3
                and all(not w[:1].islower() or w in _OFFICE_LAST or w in _PERSON_LAST for w in words)
            ):
                best, at, best_end = q, a, _me
        if best is not None:
            # "A and President B met", "A, the prime minister, and B spoke": a coordinated subject is no one
            nxt = min(
                (min(ms, ps) for ms, _, q, ps, _ in self._ments if q is not best and best_end <= min(ms, ps) < pos),
                default=-1,
            )
            if nxt >= 0 and _COORD_GAP_RE.fullmatch(t, best_end, nxt):
                return None
        return best

    def _may_hold(self, p: Person, office: str, ck: str | None, named_party: bool = False) -> bool:
        """Could ``p`` be the one a title names: the leader of a party named in it, or one whose offices
        include it (in that country)?"""
        fits = [c for c, o in p.roles if o == office or (named_party and office in ("leader", "co-leader"))]
        if ck is not None:
            # "Putin ... The French president": a country the article (or the gazetteer) gives them must agree
            return ck in fits or (bool(fits) and all(c is None for c, _ in p.roles))
        return bool(fits)

    def _build_entities(self) -> None:
        t = self.text
        n = len(t)
        occ = bytearray(n + 1)
        ents: list[Entity] = []

        def take(e: Entity) -> None:
            if e.start >= e.end or occ.find(1, e.start, e.end) >= 0:
                return
            occ[e.start : e.end] = b"\x01" * (e.end - e.start)
            ents.append(e)

        for ms, me, p, ps, pe in sorted(self._ments, key=lambda x: (min(x[0], x[3]), -max(x[1], x[4]))):
            poss = t[me : me + 2] in ("’s", "'s")
            take(Entity(min(ms, ps), max(me, pe), "person", p, poss))
        pre = [(e.start, e.end, e) for e in self.entities]
        self.entities = []
        for s, e, name in self._bodies:
            # "a spokesman for the Foreign Office", "a Kremlin spokesman", "White House officials"
            a, b = s, e
            m = (
                _BODY_BEFORE_RE.search(t, max(0, s - 60), s)
                if s >= 4 and t[s - 4 : s].strip() and _ends_with_body_link(t[max(0, s - 60) : s])
                else None
            )
            if m:
                a = m.start()
            else:
                m = _BODY_DET_RE.search(t, max(0, s - 4), s)
                if m:
                    a = m.start()
            m2 = _BODY_AFTER_RE.match(t, e)
            if m2:
                b = m2.end()
            if name[0].islower() and t[s].isupper() and not name[0].isupper():
                name = t[s:e]
            take(Entity(a, b, "org", name))
        for _s, _e, ent in pre:
            take(ent)
        for s, e, name in self._org_runs:
            a = s
            m = _BODY_DET_RE.search(t, max(0, s - 4), s)
            if m:
                a = m.start()
            take(Entity(a, e, "org", name))
        for m in (_ORG_OF_RE.match(t, a) for a, _ in self._cues["orgof"]):
            if m is None:
                continue
            # "India's Ministry of External Affairs", "the World Sikh Organization of Canada"
            a = m.start()
            while True:
                mm = _CAP_WORD_BEFORE_RE.search(t, max(0, a - 30), a)
                if not mm or mm.group(1) in STOP_CAPS:
                    break
                a = mm.start(1)
            take(Entity(a, m.end(), "org", t[a : m.end()].removeprefix("The ")))
        for m in _ACRONYM_RE.finditer(t):
            # "the RSF said": an acronym that speaks is a body
            if country_key(m[0]) is None and SPEECH_AFTER_RE.match(t, m.end()):
                take(Entity(m.start(), m.end(), "org", m.group()))
        for m in (_DEF_BODY_RE.match(t, a) for a, _ in self._cues["defbody"]):
            if m is None:
                continue
            take(Entity(m.start(), m.end(), "defbody", m.group(1).lower()))
        for a, b in self._anon_cues:
            take(Entity(self._anon_start(a), b, "anon"))
        for m in PRONOUN_RE.finditer(t):
            take(Entity(m.start(), m.end(), "pron", m[0].lower()))
        ents.sort(key=lambda e: e.start)
        self.entities = ents

    def _anon_start(self, s: int) -> int:
        """Extend 'officials' left over 'One senior', 'French', 'White House' and the like."""
        t = self.text
        start = s
        for _ in range(4):
            j = start
            while j > 0 and t[j - 1] == " ":
                j -= 1
            if j == start or j == 0:
                break
            i = t.rfind(" ", max(0, j - 40), j) + 1
            w = t[i:j]
            if not (w.isalnum() and (i or j <= 40)):
                # the usual case is a plain word after a space; else walk back over letters and hyphens
                i = j
                while i > 0 and (t[i - 1].isalnum() or t[i - 1] == "-"):
                    i -= 1
                w = t[i:j]
            lw = w.lower()
            if not w:
                break
            if lw in _ANON_DETS:
                return i
            if lw in _ANON_MODS or w[0].isupper() or lw.endswith(("ian", "ese")):
                start = i
                continue
            break
        return start

    def leaders_by_first(self) -> list[Person]:
        return sorted((p for p in self.persons if p.political), key=lambda p: p.first_pos)

    def role_label(self, p: Person) -> str | None:
        # "his French counterpart" says how two people stand, not what office one holds: it labels a
        # person only when nothing better is known.
        offices = [sr for sr in p.stated_roles if _office_of(sr[1]) != "counterpart"]
        if offices:
            return min(offices)[1]
        if p.stated_roles and p.gid is None:
            return min(p.stated_roles)[1]
        if p.gid is not None:
            roles = self.gaz.people[p.gid].roles
            if roles:
                r: Role = max(roles, key=lambda r: (r.end is None, r.end or 0, r.start or 0))
                return r.label()
        return None

    def leader_id(self, p: Person) -> str:
        return self.gaz.people[p.gid].id if p.gid is not None else slug(p.name)


def is_object_position(text: str, start: int) -> bool:
    return _last_word(text, max(0, start - 14), start) in _OBJ_LAST


def in_subclause(text: str, start: int) -> bool:
    return _last_word(text, max(0, start - 12), start) in _SUBCLAUSE_LAST


SUBORDINATE_OPENERS = _SUBORD
