"""Word lists for English news copy: reporting verbs, offices, places, bodies.

Kept as plain data so the rules in the other modules read as rules. Everything here is
lower-case unless the case itself carries meaning (names, titles).
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


# Verbs that introduce or attribute speech, in the forms journalists use.
SPEECH_VERBS = _words(
    "said says say saying told tells telling added adds adding continued continues continuing stated "
    "states declared declares insisted insists insisting explained explains explaining warned warns "
    "warning wrote writes tweeted tweets posted replied replies responded responds asked asks argued "
    "argues arguing claimed claims claiming stressed stresses stressing noted notes noting remarked "
    "remarks announced announces admitted admits conceded concedes acknowledged acknowledges "
    "suggested suggests urged urges urging pledged pledges vowed vows promised promises predicted "
    "predicts observed observes cautioned cautions commented comments recalled recalls reiterated "
    "reiterates emphasised emphasized emphasises emphasizes confirmed confirms denied denies "
    "complained complains joked jokes quipped boasted countered counters retorted shouted yelled "
    "whispered mused demanded demands described describes describing called calls calling branded "
    "brands labelled labeled dismissed dismisses criticised criticized accused accuses praised "
    "praises hailed hails thanked thanks agreed agrees believed believes thinks thought felt feels "
    "wants wanted expressed expresses outlined outlines signalled signaled indicated indicates "
    "reported reports revealed reveals disclosed discloses briefed briefs informed informs wrote "
    "writes posted posts tweeted assured assures reassured reassures"
)

# Verbs that only ever introduce words (used where a cue must be unambiguous: "He continued: ...").
COLON_VERBS = _words(
    "said says added adds continued continues stated states declared declares insisted insists "
    "explained explains warned warns wrote writes tweeted tweets posted replied replies responded "
    "responds told tells argued argues stressed stresses noted notes remarked remarks announced "
    "announces concluded concludes asked asks"
)

# Office nouns that make a named person a leader (political or public office).
OFFICES = (
    "president|vice[- ]president|vice-president|president-elect|prime minister|deputy prime minister|premier|"
    "chancellor|vice[- ]chancellor|minister|secretary of state|secretary|secretary-general|secretary general|"
    "spokesman|spokeswoman|spokesperson|press secretary|"
    "adviser|advisor|national security adviser|national security advisor|aide|"
    "senator|congressman|congresswoman|lawmaker|legislator|"
    "governor|mayor|MP|MPs|MEP|MSP|peer|"
    "leader|party leader|speaker|chairman|chairwoman|chair|"
    "ambassador|envoy|king|queen|monarch|emperor|crown prince|prince|emir|sultan|sheikh|"
    "counterpart|commissioner|attorney general|attorney-general|solicitor general|"
    "chief of staff|whip|chief whip|general secretary|foreign minister|foreign secretary|"
    "home secretary|defence secretary|defense secretary|health secretary|justice secretary|"
    "business secretary|education secretary|culture secretary|transport secretary|"
    "environment secretary|energy secretary|treasury secretary|"
    "home minister|defence minister|defense minister|finance minister|interior minister|"
    "economy minister|trade minister|health minister|energy minister|justice minister|"
    "councillor|councilor|deputy|official|diplomat|ayatollah|supreme leader|president's spokesman|"
    "treasurer|shadow treasurer|co-chair|co-chairman|co-chairwoman|co-leader|chief minister|first minister|"
    "MLA|MLAs|MNA|MPP|TD|MK|MKs|"
    "alderman|alderwoman|councilmember|assemblymember|assemblyman|assemblywoman|member of parliament|state senator|"
    "attorney general|governor-general|governor general|lieutenant governor|deputy speaker|"
    "opposition leader|party chairman|party president|cabinet secretary|mayor-elect|party chief|party boss|"
    "party head|party secretary|backbencher|frontbencher|deputy leader|parliamentary leader|floor leader"
)

# Words that make an office private rather than public: "financial adviser", "company president".
PRIVATE_ROLE_WORDS = {
    "financial",
    "investment",
    "legal",
    "tax",
    "marketing",
    "sales",
    "company",
    "club",
    "firm",
    "bank's",
    "bank",
    "corporate",
    "business",
    "independent",
    "fashion",
    "style",
    "wedding",
    "school",
    "student",
    "union",
    "keynote",
    "guest",
    "motivational",
    "church",
    "methodist",
    "baptist",
    "anglican",
    "presbyterian",
    "parish",
    "prison",
    "hospital",
    "university",
    "college",
    "charity",
    "team",
    "museum",
    "society",
    "choir",
    "festival",
    "conference",
    "theatre",
    "gallery",
    "academy",
    "hotel",
    "restaurant",
    "shop",
    "store",
    "household",
    "league",
    "association",
    "ceo",
}

# Titles written directly before a name (capitalised), longest first when several words.
NAME_TITLES = {
    # honorifics: not offices
    "Mr": "honorific",
    "Mr.": "honorific",
    "Mrs": "honorific",
    "Mrs.": "honorific",
    "Ms": "honorific",
    "Ms.": "honorific",
    "Miss": "honorific",
    "Dr": "honorific",
    "Dr.": "honorific",
    "Sir": "honorific",
    "Dame": "honorific",
    "Madam": "honorific",
    "Professor": "honorific",
    "Gen.": "honorific",
    "Brig.": "honorific",
    "Maj.": "honorific",
    "Adm.": "honorific",
    "Col.": "honorific",
    "Lt.": "honorific",
    "Capt.": "honorific",
    "Rev.": "honorific",
    "Rev": "honorific",
    "Reverend": "honorific",
    "Prof": "honorific",
    "Prof.": "honorific",
    "Lord": "peer",
    "Lady": "peer",
    "Baroness": "peer",
    "Baron": "peer",
    # offices
    "President": "office",
    "Vice": "office",
    "Prime": "office",
    "Minister": "office",
    "Chancellor": "office",
    "Secretary": "office",
    "Senator": "office",
    "Sen.": "office",
    "Rep.": "office",
    "Representative": "office",
    "Congressman": "office",
    "Congresswoman": "office",
    "Governor": "office",
    "Gov.": "office",
    "Mayor": "office",
    "Premier": "office",
    "King": "office",
    "Queen": "office",
    "Prince": "honorific",
    "Princess": "honorific",
    "Emperor": "office",
    "Crown": "office",
    "Sheikh": "office",
    "Emir": "office",
    "Sultan": "office",
    "Ayatollah": "office",
    "Speaker": "office",
    "Ambassador": "office",
    "Commissioner": "office",
    "Leader": "office",
    "Chairman": "office",
    "Chairwoman": "office",
    "Chair": "office",
    "Deputy": "office",
    "Shadow": "office",
    "Foreign": "office",
    "Home": "office",
    "Defence": "office",
    "Defense": "office",
    "Health": "office",
    "Justice": "office",
    "Treasury": "office",
    "Business": "office",
    "Education": "office",
    "Culture": "office",
    "Transport": "office",
    "Environment": "office",
    "Energy": "office",
    "Interior": "office",
    "Finance": "office",
    "Trade": "office",
    "Attorney": "office",
    "General": "office",
    "Majority": "office",
    "Minority": "office",
    "Senate": "office",
    "House": "office",
    "Labour": "office",
    "Tory": "office",
    "Conservative": "office",
    "Democratic": "office",
    "Republican": "office",
    "Liberal": "office",
    "Opposition": "office",
    "Former": "office",
    "Acting": "office",
    "Spokesman": "office",
    "Spokeswoman": "office",
    "Spokesperson": "office",
    "Press": "office",
    "Chief": "office",
    "Party": "office",
    "State": "office",
    "Envoy": "office",
    "Supreme": "office",
    "Whip": "office",
    "MP": "office",
    "MEP": "office",
    "MLA": "office",
    "MSP": "office",
    "MNA": "office",
    "MPP": "office",
    # a member of the Knesset ("Likud MK X")
    "MK": "office",
    # US city and state legislators, a German state premier
    "Alderman": "office",
    "Alderwoman": "office",
    "Councilmember": "office",
    "Assemblymember": "office",
    "Minister-President": "office",
    "TD": "office",
    "Treasurer": "office",
    "Co-chair": "office",
    "Co-Chair": "office",
    "Co-chairman": "office",
    "Councillor": "office",
    "Councilor": "office",
    "Cllr": "office",
    "Assemblyman": "office",
    "Assemblywoman": "office",
    "Delegate": "office",
    "Governor-General": "office",
    "Attorney-General": "office",
    "President-elect": "office",
    "President-Elect": "office",
    "Premier-elect": "office",
    "Governor-elect": "office",
    "Mayor-elect": "office",
    "Chancellor-elect": "office",
    "Solicitor": "office",
    "Inspector": "office",
    "Director": "office",
    "Lieutenant": "office",
    # how some countries write a lawyer's or engineer's name: an honorific, not part of the name
    "Barrister": "honorific",
    "Advocate": "honorific",
    "Adv": "honorific",
    "Adv.": "honorific",
    "Engr": "honorific",
    "Engr.": "honorific",
    # descriptors written like titles ("Pensioner Gail Brennan"): the person is private
    **{
        w: "descriptor"
        for w in _words(
            "Pensioner Retiree Farmer Teacher Nurse Doctor Student Shopkeeper Resident Activist Campaigner "
            "Lawyer Solicitor Attorney Journalist Author Writer Historian Economist Analyst Businessman "
            "Businesswoman Entrepreneur Grandmother Grandfather Mother Father Widow Veteran Survivor Victim "
            "Landlord Tenant Commuter Driver Worker Volunteer Artist Singer Actor Actress Chef Pastor Imam "
            "Rabbi Comedian Novelist Poet Photographer Researcher Scientist Engineer Architect Designer "
            "Producer Director Founder Investor Trader Broker Blogger Influencer Fan Mum Dad Pupil"
        )
        if w not in ("Attorney", "Director")
    },
}

# Titles that are offices in their own right (a name after them is a leader).
POLITICAL_TITLES = {
    "President",
    "Prime",
    "Minister",
    "Chancellor",
    "Secretary",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Gov.",
    "Mayor",
    "Premier",
    "King",
    "Queen",
    "Emperor",
    "Sheikh",
    "Emir",
    "Sultan",
    "Ayatollah",
    "Speaker",
    "Ambassador",
    "Commissioner",
    "Leader",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Envoy",
    "Supreme",
    "Whip",
    "MP",
    "Vice",
    "Crown",
    "MEP",
    "MLA",
    "MSP",
    "MNA",
    "MPP",
    "MK",
    "Alderman",
    "Alderwoman",
    "Councilmember",
    "Assemblymember",
    "Minister-President",
    "TD",
    "Treasurer",
    "Co-chair",
    "Co-Chair",
    "Co-chairman",
    "Councillor",
    "Councilor",
    "Cllr",
    "Assemblyman",
    "Assemblywoman",
    "Governor-General",
    "Attorney-General",
    "President-elect",
    "President-Elect",
    "Premier-elect",
    "Governor-elect",
    "Mayor-elect",
    "Chancellor-elect",
}

# Honorific/title words kept in a surname-only form ("Mr Biden", "President Putin").
FORM_TITLES = {
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Dr",
    "Dr.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "President",
    "Chancellor",
    "Senator",
    "Sen.",
    "Rep.",
    "Gov.",
    "Governor",
    "Premier",
    "King",
    "Queen",
    "Prince",
    "Sheikh",
    "Emir",
    "Ayatollah",
    "Speaker",
    "Mayor",
    "Secretary",
    "Minister",
    "Director",
    "Treasurer",
    "Councillor",
    "Barrister",
    "Advocate",
}

# Capitalised words that start sentences or clauses but never begin a name.
STOP_CAPS = set(
    _words(
        "The A An And But Or Nor So Yet For If When While Whilst As At In On Of To By With From Into "
        "After Before During Since Until Although Though Because Unless Whether Despite Amid Among Ahead "
        "Following Under Over Against Without Within About Around Across Between Through He She It They "
        "We I You His Her Its Their Our My Your This That These Those There Here What Which Who Whom "
        "Whose Why How Where Then Now Also Only Even Still Just Yet Meanwhile However Moreover "
        "Furthermore Indeed Instead Nevertheless Nonetheless Otherwise Thus Hence Yesterday Today "
        "Tomorrow Tonight Last Next Earlier Later Asked Speaking Writing Asked Monday Tuesday Wednesday "
        "Thursday Friday Saturday Sunday January February March April June July August September October "
        "November December Mondays Sundays Some Many Most Several Few All Both Each Every Any No Not "
        "Neither Either One Two Three Four Five Six Seven Eight Nine Ten First Second Third Another Other "
        "Such Like Unlike Please Watch Read Follow Join Sign Click Subscribe Thank Thanks Comments "
        "Advertisement Yes Oh Well Let Do Does Did Is Are Was Were Be Been Has Have Had Would Can "
        "Could Should Shall May Might Must"
    )
)

# Last words that make a capitalised phrase a body, not a person.
ORG_TAILS = set(
    _words(
        "House Office Street Department Ministry Party Council Union Agency Bank Times Post Journal News "
        "Press Association Committee Commission Court Parliament Senate Congress Assembly Government "
        "Administration Institute University College School Foundation Fund Trust Organisation "
        "Organization Corporation Company Inc Ltd Group Images Airlines Airways Centre Center Army Forces "
        "Force Navy Police Service Services Club Network Channel Radio TV Television Review Magazine "
        "Herald Guardian Telegraph Independent Mail Express Mirror Observer Economist Tribune Gazette "
        "Chronicle Daily Weekly Sunday Reuters AFP AP BBC CNN Zone Office Square Palace Hall Hospital "
        "Airport Station Port Bridge Road Avenue Building Tower Centre Museum Library Church Cathedral "
        "Mosque Temple Stadium Park Forum Summit Alliance Coalition Movement Front Federation Republic "
        "Kingdom States Emirates Islands Ocean Sea River Mountains Valley Region Province County City "
        "Town Village District Exchange Market Markets Index Reserve Treasury Cabinet Secretariat Board "
        "Authority Council Bureau Command Corps Guard Brigade Regiment Division Fleet Museum Festival Cup "
        "League Championship Games Olympics Prize Award Awards Act Bill Treaty Agreement Accord Accords "
        "Plan Programme Program Initiative Project Operation War Crisis Day Facebook Twitter Instagram "
        "YouTube Google Microsoft Apple Amazon Dimanche Monde Times"
    )
)

# Bodies that speak: how they are written -> the name used as speaker.
BODIES = {
    "White House": "White House",
    "Kremlin": "Kremlin",
    "Downing Street": "Downing Street",
    "Number 10": "Downing Street",
    "No 10": "Downing Street",
    "No. 10": "Downing Street",
    "Elysee": "Elysee",
    "Élysée": "Elysee",
    "Elysée": "Elysee",
    "Élysée Palace": "Elysee",
    "Elysee Palace": "Elysee",
    "Pentagon": "Pentagon",
    "State Department": "State Department",
    "state department": "state department",
    "Foreign Office": "Foreign Office",
    "Home Office": "Home Office",
    "Treasury": "Treasury",
    "Cabinet Office": "Cabinet Office",
    "Ministry of Defence": "Ministry of Defence",
    "MoD": "Ministry of Defence",
    "Foreign, Commonwealth and Development Office": "Foreign Office",
    "FCDO": "Foreign Office",
    "Department of Health": "Department of Health",
    "Justice Department": "Justice Department",
    "Department of Justice": "Justice Department",
    "Department of Homeland Security": "Department of Homeland Security",
    "Defense Department": "Defense Department",
    "Kremlin spokesman": "Kremlin",
    "Labour": "Labour",
    "Labour Party": "Labour",
    "Conservative Party": "Conservative Party",
    "the Conservatives": "Conservative Party",
    "Tories": "Conservative Party",
    "Liberal Democrats": "Liberal Democrats",
    "Lib Dems": "Liberal Democrats",
    "SNP": "SNP",
    "Democratic Party": "Democratic Party",
    "Republican Party": "Republican Party",
    "Republican National Committee": "Republican National Committee",
    "Democratic National Committee": "Democratic National Committee",
    "Nato": "Nato",
    "NATO": "NATO",
    "European Commission": "European Commission",
    "EU Commission": "European Commission",
    "United Nations": "United Nations",
    "UN": "UN",
    "Security Council": "Security Council",
    "Bundestag": "Bundestag",
    "Chancellery": "Chancellery",
    "Foreign Ministry": "Foreign Ministry",
    "foreign ministry": "foreign ministry",
    "defence ministry": "defence ministry",
    "defense ministry": "defense ministry",
    "Defence Ministry": "Defence Ministry",
    "Defense Ministry": "Defense Ministry",
    "Ministry of Foreign Affairs": "Ministry of Foreign Affairs",
    "Foreign Affairs Ministry": "Foreign Affairs Ministry",
    "Ministry of Defense": "Ministry of Defense",
    "Zhongnanhai": "Zhongnanhai",
    "Blue House": "Blue House",
    "Kantei": "Kantei",
    "Quai d'Orsay": "Quai d'Orsay",
    "Home Ministry": "Home Ministry",
    "Interior Ministry": "Interior Ministry",
    "interior ministry": "interior ministry",
    "Finance Ministry": "Finance Ministry",
    "finance ministry": "finance ministry",
    "Senate": "Senate",
    "Congress": "Congress",
    "Parliament": "Parliament",
    "Federal Reserve": "Federal Reserve",
    "Bank of England": "Bank of England",
    "European Central Bank": "European Central Bank",
    "IMF": "IMF",
    "World Bank": "World Bank",
    "WHO": "WHO",
    "World Health Organization": "World Health Organization",
    "Ministry of Foreign Affairs of Ukraine": "Ministry of Foreign Affairs",
}

# Country names and adjectives -> one key, so "the French president" finds France's president.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States", "America", "American", "Washington"),
    "UK": ("UK", "U.K.", "Britain", "British", "United Kingdom", "Great Britain", "English", "England"),
    "France": ("France", "French", "Élysée", "Elysee"),
    "Germany": ("Germany", "German"),
    "Russia": ("Russia", "Russian", "Kremlin", "Moscow"),
    "China": ("China", "Chinese", "Beijing"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "India": ("India", "Indian", "Delhi"),
    "Brazil": ("Brazil", "Brazilian"),
    "Canada": ("Canada", "Canadian", "Ottawa"),
    "Australia": ("Australia", "Australian", "Canberra"),
    "Italy": ("Italy", "Italian"),
    "Spain": ("Spain", "Spanish"),
    "Mexico": ("Mexico", "Mexican"),
    "Argentina": ("Argentina", "Argentine", "Argentinian", "Argentinean"),
    "Indonesia": ("Indonesia", "Indonesian"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "Saudi Arabian"),
    "South Africa": ("South Africa", "South African"),
    "South Korea": ("South Korea", "South Korean", "Korea", "Korean", "Seoul"),
    "North Korea": ("North Korea", "North Korean", "Pyongyang"),
    "Turkey": ("Turkey", "Turkish", "Türkiye", "Turkiye", "Ankara"),
    "Ukraine": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "Poland": ("Poland", "Polish", "Warsaw"),
    "Israel": ("Israel", "Israeli"),
    "Iran": ("Iran", "Iranian", "Tehran"),
    "Iraq": ("Iraq", "Iraqi", "Baghdad"),
    "Syria": ("Syria", "Syrian", "Damascus"),
    "Egypt": ("Egypt", "Egyptian", "Cairo"),
    "Pakistan": ("Pakistan", "Pakistani", "Islamabad"),
    "Afghanistan": ("Afghanistan", "Afghan", "Kabul"),
    "Netherlands": ("Netherlands", "Dutch", "Holland"),
    "Belgium": ("Belgium", "Belgian"),
    "Sweden": ("Sweden", "Swedish"),
    "Norway": ("Norway", "Norwegian"),
    "Denmark": ("Denmark", "Danish"),
    "Finland": ("Finland", "Finnish"),
    "Ireland": ("Ireland", "Irish", "Dublin"),
    "Scotland": ("Scotland", "Scottish"),
    "Wales": ("Wales", "Welsh"),
    "Northern Ireland": ("Northern Ireland",),
    "Greece": ("Greece", "Greek"),
    "Portugal": ("Portugal", "Portuguese"),
    "Austria": ("Austria", "Austrian"),
    "Switzerland": ("Switzerland", "Swiss"),
    "Hungary": ("Hungary", "Hungarian", "Budapest"),
    "Czech Republic": ("Czech Republic", "Czech", "Czechia"),
    "Slovakia": ("Slovakia", "Slovak"),
    "Romania": ("Romania", "Romanian"),
    "Bulgaria": ("Bulgaria", "Bulgarian"),
    "Serbia": ("Serbia", "Serbian"),
    "Croatia": ("Croatia", "Croatian"),
    "Belarus": ("Belarus", "Belarusian", "Minsk"),
    "Georgia": ("Georgia", "Georgian", "Tbilisi"),
    "Moldova": ("Moldova", "Moldovan"),
    "Lithuania": ("Lithuania", "Lithuanian"),
    "Latvia": ("Latvia", "Latvian"),
    "Estonia": ("Estonia", "Estonian"),
    "Kazakhstan": ("Kazakhstan", "Kazakh"),
    "Venezuela": ("Venezuela", "Venezuelan"),
    "Colombia": ("Colombia", "Colombian"),
    "Chile": ("Chile", "Chilean"),
    "Peru": ("Peru", "Peruvian"),
    "Cuba": ("Cuba", "Cuban"),
    "Nigeria": ("Nigeria", "Nigerian"),
    "Kenya": ("Kenya", "Kenyan"),
    "Ethiopia": ("Ethiopia", "Ethiopian"),
    "Qatar": ("Qatar", "Qatari"),
    "UAE": ("UAE", "United Arab Emirates", "Emirati"),
    "Jordan": ("Jordan", "Jordanian"),
    "Lebanon": ("Lebanon", "Lebanese"),
    "Palestine": ("Palestine", "Palestinian"),
    "Taiwan": ("Taiwan", "Taiwanese", "Taipei"),
    "Vietnam": ("Vietnam", "Vietnamese"),
    "Philippines": ("Philippines", "Philippine", "Filipino"),
    "Thailand": ("Thailand", "Thai"),
    "Malaysia": ("Malaysia", "Malaysian"),
    "Singapore": ("Singapore", "Singaporean"),
    "New Zealand": ("New Zealand",),
    "Bangladesh": ("Bangladesh", "Bangladeshi"),
    "Sri Lanka": ("Sri Lanka", "Sri Lankan"),
    "Algeria": ("Algeria", "Algerian"),
    "Morocco": ("Morocco", "Moroccan"),
    "Tunisia": ("Tunisia", "Tunisian"),
    "Libya": ("Libya", "Libyan"),
    "Sudan": ("Sudan", "Sudanese"),
    "EU": ("EU", "European Union", "European", "Brussels"),
    "Nato": ("Nato", "NATO"),
    "UN": ("UN", "U.N.", "United Nations"),
}

# Offices that head a state or government: "the French leader" means one of these.
HEAD_OFFICES = {
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "monarch",
    "emperor",
    "supreme leader",
    "emir",
    "crown prince",
    "leader",
    "counterpart",
    "head of state",
    "sultan",
}

# Office aliases -> one name.
OFFICE_SYNONYMS = {
    "pm": "prime minister",
    "premier": "prime minister",
    "foreign secretary": "foreign minister",
    "secretary of state": "foreign minister",
    "vice-president": "vice president",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "advisor": "adviser",
    "national security advisor": "national security adviser",
    "defense secretary": "defence secretary",
    "defense minister": "defence minister",
    "secretary general": "secretary-general",
    "attorney-general": "attorney general",
}

# Nouns for unnamed people: a subject built on one of these is an anonymous source.
ANON_NOUNS = _words(
    "official officials source sources aide aides diplomat diplomats analyst analysts critic critics "
    "observer observers expert experts insider insiders person people spokesman spokeswoman "
    "spokesperson spokespeople representative representatives minister ministers adviser advisers "
    "advisor advisors staffer staffers member members lawmaker lawmakers politician politicians "
    "leader leaders resident residents witness witnesses voter voters protester protesters campaigner "
    "campaigners activist activists economist economists broker brokers trader traders investor "
    "investors commentator commentators colleague colleagues friend friends ally allies supporter "
    "supporters opponent opponents officer officers soldier soldiers doctor doctors statement report "
    "reports study survey poll document documents memo letter"
)

# Established labels journalists put in scare quotes: never quotations.
LABELS = {
    "war on terror",
    "special military operation",
    "special relationship",
    "partygate",
    "brexit",
    "megxit",
    "levelling up",
    "leveling up",
    "take back control",
    "get brexit done",
    "make america great again",
    "maga",
    "fake news",
    "deep state",
    "iron curtain",
    "axis of evil",
    "cold war",
    "new normal",
    "red wall",
    "blue wall",
    "woke",
    "anti-woke",
    "stop the boats",
    "build back better",
    "shock and awe",
    "denazification",
    "demilitarisation",
    "demilitarization",
    "people's republic",
}

# Capitalised tokens that are never the first word of a person's name in running text.
NOT_FIRST_NAMES = {
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Central",
    "New",
    "Old",
    "Great",
    "Greater",
    "Middle",
    "Far",
    "Near",
    "Upper",
    "Lower",
    "North",
    "South",
    "East",
    "West",
    "Saint",
    "St",
    "St.",
    "Fort",
    "Mount",
    "Lake",
    "Cape",
    "Port",
    "Royal",
    "National",
    "International",
    "Federal",
    "Supreme",
    "Constitutional",
    "Islamic",
    "Catholic",
    "Christian",
    "Muslim",
    "Jewish",
    "Arab",
    "Baltic",
    "Nordic",
    "Atlantic",
    "Pacific",
    "Oval",
    "Patriot",
    "Red",
    "Black",
    "White",
    "Green",
    "Blue",
    "Yellow",
    "Covid",
    "Coronavirus",
    "Brexit",
}


def _first_names() -> tuple[dict[str, str], frozenset[str]]:
    """Read first_names.txt once: the gender of each f:/m: name, and every name of any section."""
    from importlib import resources

    gender: dict[str, str] = {}
    unisex: set[str] = set()
    section = ""
    for line in resources.files(__package__).joinpath("first_names.txt").read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line in ("f:", "m:", "u:"):
            section = line[0]
            continue
        if section == "u":
            unisex.update(line.split())
        else:
            gender.update(dict.fromkeys(line.split(), section))
    # A name listed as unisex anywhere gives no gender: unknown is better than wrong.
    for name in unisex & gender.keys():
        del gender[name]
    return gender, frozenset(unisex | gender.keys())


# First name -> "f" or "m" (names used for both genders, section u:, are not listed).
FIRST_NAME_GENDER: dict[str, str]
# Every known first name, gendered or unisex: "is this capitalised word a first name".
FIRST_NAMES: frozenset[str]
FIRST_NAME_GENDER, FIRST_NAMES = _first_names()

# Words before or beside a name that say which gender the person is.
GENDER_WORDS = {
    "Mr": "m",
    "Mr.": "m",
    "Sir": "m",
    "Lord": "m",
    "King": "m",
    "Prince": "m",
    "Baron": "m",
    "Sheikh": "m",
    "Emir": "m",
    "Sultan": "m",
    "Congressman": "m",
    "Spokesman": "m",
    "Chairman": "m",
    "Mrs": "f",
    "Mrs.": "f",
    "Ms": "f",
    "Ms.": "f",
    "Miss": "f",
    "Madam": "f",
    "Dame": "f",
    "Lady": "f",
    "Baroness": "f",
    "Queen": "f",
    "Princess": "f",
    "Congresswoman": "f",
    "Spokeswoman": "f",
    "Chairwoman": "f",
    "Businesswoman": "f",
    "Businessman": "m",
}
