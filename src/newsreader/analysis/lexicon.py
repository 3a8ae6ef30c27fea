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

# Country names and adjectives -> one key, so "the French president" finds France's president. Every UN member
# plus Taiwan, Kosovo, Palestine and the Vatican. Capitals are listed only where news uses them for the government
# and the word is neither a common word nor a name ("Dakar", not "Sofia", "Kingston", "Victoria", "Wellington");
# cities with a mayor or governor of their own are shown as written in role labels (see gazetteer.COUNTRY_SEATS).
# Ambiguous pairs: "Congolese" is the DR Congo's (the usual sense in news), "Dominican" the Dominican Republic's,
# "Guinean" Guinea's, "Sudanese" Sudan's ("South Sudanese" is matched first, being longer), "Korea" the South's.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States", "America", "American", "Washington"),
    "UK": ("UK", "U.K.", "Britain", "British", "United Kingdom", "Great Britain", "English", "England"),
    "France": ("France", "French", "Élysée", "Elysee"),
    "Germany": ("Germany", "German"),
    "Russia": ("Russia", "Russian", "Kremlin", "Moscow"),
    "China": ("China", "Chinese", "Beijing"),
    "Japan": ("Japan", "Japanese", "Tokyo"),
    "India": ("India", "Indian", "Delhi", "New Delhi"),
    "Brazil": ("Brazil", "Brazilian", "Brasilia", "Brasília"),
    "Canada": ("Canada", "Canadian", "Ottawa"),
    "Australia": ("Australia", "Australian", "Canberra"),
    "Italy": ("Italy", "Italian"),
    "Spain": ("Spain", "Spanish"),
    "Mexico": ("Mexico", "Mexican"),
    "Argentina": ("Argentina", "Argentine", "Argentinian", "Argentinean"),
    "Indonesia": ("Indonesia", "Indonesian"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "Saudi Arabian", "Riyadh"),
    "South Africa": ("South Africa", "South African", "Pretoria"),
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
    "Sweden": ("Sweden", "Swedish", "Stockholm"),
    "Norway": ("Norway", "Norwegian", "Oslo"),
    "Denmark": ("Denmark", "Danish", "Copenhagen"),
    "Finland": ("Finland", "Finnish", "Helsinki"),
    "Ireland": ("Ireland", "Irish", "Dublin"),
    "Scotland": ("Scotland", "Scottish"),
    "Wales": ("Wales", "Welsh"),
    "Northern Ireland": ("Northern Ireland",),
    "Greece": ("Greece", "Greek"),
    "Portugal": ("Portugal", "Portuguese"),
    "Austria": ("Austria", "Austrian"),
    "Switzerland": ("Switzerland", "Swiss"),
    "Hungary": ("Hungary", "Hungarian", "Budapest"),
    "Czech Republic": ("Czech Republic", "Czech", "Czechia", "Prague"),
    "Slovakia": ("Slovakia", "Slovak", "Bratislava"),
    "Romania": ("Romania", "Romanian", "Bucharest"),
    "Bulgaria": ("Bulgaria", "Bulgarian"),
    "Serbia": ("Serbia", "Serbian", "Belgrade"),
    "Croatia": ("Croatia", "Croatian", "Zagreb"),
    "Belarus": ("Belarus", "Belarusian", "Minsk"),
    "Georgia": ("Georgia", "Georgian", "Tbilisi"),
    "Moldova": ("Moldova", "Moldovan", "Chisinau", "Chișinău"),
    "Lithuania": ("Lithuania", "Lithuanian", "Vilnius"),
    "Latvia": ("Latvia", "Latvian", "Riga"),
    "Estonia": ("Estonia", "Estonian", "Tallinn"),
    "Kazakhstan": ("Kazakhstan", "Kazakh", "Kazakhstani", "Astana"),
    "Venezuela": ("Venezuela", "Venezuelan", "Caracas"),
    "Colombia": ("Colombia", "Colombian", "Bogota", "Bogotá"),
    "Chile": ("Chile", "Chilean"),
    "Peru": ("Peru", "Peruvian"),
    "Cuba": ("Cuba", "Cuban", "Havana"),
    "Nigeria": ("Nigeria", "Nigerian", "Abuja"),
    "Kenya": ("Kenya", "Kenyan"),
    "Ethiopia": ("Ethiopia", "Ethiopian", "Addis Ababa"),
    "Qatar": ("Qatar", "Qatari", "Doha"),
    "UAE": ("UAE", "United Arab Emirates", "Emirati", "Abu Dhabi"),
    "Jordan": ("Jordan", "Jordanian"),
    "Lebanon": ("Lebanon", "Lebanese", "Beirut"),
    "Palestine": ("Palestine", "Palestinian", "State of Palestine"),
    "Taiwan": ("Taiwan", "Taiwanese", "Taipei"),
    "Vietnam": ("Vietnam", "Vietnamese", "Viet Nam", "Hanoi"),
    "Philippines": ("Philippines", "Philippine", "Filipino"),
    "Thailand": ("Thailand", "Thai"),
    "Malaysia": ("Malaysia", "Malaysian"),
    "Singapore": ("Singapore", "Singaporean"),
    "New Zealand": ("New Zealand",),
    "Bangladesh": ("Bangladesh", "Bangladeshi", "Dhaka"),
    "Sri Lanka": ("Sri Lanka", "Sri Lankan", "Colombo"),
    "Algeria": ("Algeria", "Algerian", "Algiers"),
    "Morocco": ("Morocco", "Moroccan", "Rabat"),
    "Tunisia": ("Tunisia", "Tunisian", "Tunis"),
    "Libya": ("Libya", "Libyan"),
    "Sudan": ("Sudan", "Sudanese", "Khartoum"),
    # --- the rest of the UN members, with Kosovo and the Vatican ---
    "Albania": ("Albania", "Albanian", "Tirana"),
    "Andorra": ("Andorra", "Andorran"),
    "Angola": ("Angola", "Angolan", "Luanda"),
    "Antigua and Barbuda": ("Antigua and Barbuda", "Antiguan"),
    "Armenia": ("Armenia", "Armenian", "Yerevan"),
    "Azerbaijan": ("Azerbaijan", "Azerbaijani", "Azeri", "Baku"),
    "Bahamas": ("Bahamas", "Bahamian"),
    "Bahrain": ("Bahrain", "Bahraini", "Manama"),
    "Barbados": ("Barbados", "Barbadian"),
    "Belize": ("Belize", "Belizean"),
    "Benin": ("Benin", "Beninese"),
    "Bhutan": ("Bhutan", "Bhutanese", "Thimphu"),
    "Bolivia": ("Bolivia", "Bolivian"),
    "Bosnia": ("Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnian", "Sarajevo"),
    "Botswana": ("Botswana", "Botswanan", "Gaborone"),
    "Brunei": ("Brunei", "Bruneian"),
    "Burkina Faso": ("Burkina Faso", "Burkinabe", "Burkinabè", "Ouagadougou"),
    "Burundi": ("Burundi", "Burundian"),
    "Cambodia": ("Cambodia", "Cambodian", "Phnom Penh"),
    "Cameroon": ("Cameroon", "Cameroonian", "Yaounde", "Yaoundé"),
    "Cape Verde": ("Cape Verde", "Cabo Verde", "Cape Verdean"),
    "Central African Republic": ("Central African Republic", "Bangui"),
    "Chad": ("Chad", "Chadian", "N'Djamena", "N’Djamena"),
    "Comoros": ("Comoros", "Comorian"),
    "Congo": ("Congo", "Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Brazzaville"),
    "DR Congo": (
        "DR Congo",
        "DRC",
        "Democratic Republic of Congo",
        "Democratic Republic of the Congo",
        "Congolese",
        "Kinshasa",
    ),
    "Costa Rica": ("Costa Rica", "Costa Rican"),
    "Cyprus": ("Cyprus", "Cypriot", "Nicosia"),
    "Djibouti": ("Djibouti", "Djiboutian"),
    "Dominica": ("Dominica",),
    "Dominican Republic": ("Dominican Republic", "Dominican", "Santo Domingo"),
    "East Timor": ("East Timor", "Timor-Leste", "Timorese"),
    "Ecuador": ("Ecuador", "Ecuadorian", "Ecuadorean", "Quito"),
    "El Salvador": ("El Salvador", "Salvadoran", "Salvadorean"),
    "Equatorial Guinea": ("Equatorial Guinea", "Equatorial Guinean", "Equatoguinean", "Malabo"),
    "Eritrea": ("Eritrea", "Eritrean", "Asmara"),
    "Eswatini": ("Eswatini", "Swaziland", "Swazi"),
    "Fiji": ("Fiji", "Fijian"),
    "Gabon": ("Gabon", "Gabonese", "Libreville"),
    "Gambia": ("Gambia", "The Gambia", "Gambian"),
    "Ghana": ("Ghana", "Ghanaian", "Accra"),
    "Grenada": ("Grenada", "Grenadian"),
    "Guatemala": ("Guatemala", "Guatemalan"),
    "Guinea": ("Guinea", "Guinean", "Conakry"),
    "Guinea-Bissau": ("Guinea-Bissau", "Bissau-Guinean"),
    "Guyana": ("Guyana", "Guyanese"),
    "Haiti": ("Haiti", "Haitian", "Port-au-Prince"),
    "Honduras": ("Honduras", "Honduran", "Tegucigalpa"),
    "Iceland": ("Iceland", "Icelandic", "Reykjavik"),
    "Ivory Coast": ("Ivory Coast", "Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire", "Ivorian"),
    "Jamaica": ("Jamaica", "Jamaican"),
    "Kiribati": ("Kiribati",),
    "Kosovo": ("Kosovo", "Kosovar", "Pristina"),
    "Kuwait": ("Kuwait", "Kuwaiti"),
    "Kyrgyzstan": ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    "Laos": ("Laos", "Lao", "Laotian", "Vientiane"),
    "Lesotho": ("Lesotho", "Basotho"),
    "Liberia": ("Liberia", "Liberian", "Monrovia"),
    "Liechtenstein": ("Liechtenstein",),
    "Luxembourg": ("Luxembourg",),
    "Madagascar": ("Madagascar", "Malagasy", "Antananarivo"),
    "Malawi": ("Malawi", "Malawian", "Lilongwe"),
    "Maldives": ("Maldives", "Maldivian"),
    "Mali": ("Mali", "Malian", "Bamako"),
    "Malta": ("Malta", "Maltese", "Valletta"),
    "Marshall Islands": ("Marshall Islands", "Marshallese"),
    "Mauritania": ("Mauritania", "Mauritanian", "Nouakchott"),
    "Mauritius": ("Mauritius", "Mauritian"),
    "Micronesia": ("Micronesia", "Micronesian"),
    "Monaco": ("Monaco", "Monegasque"),
    "Mongolia": ("Mongolia", "Mongolian", "Ulaanbaatar"),
    "Montenegro": ("Montenegro", "Montenegrin", "Podgorica"),
    "Mozambique": ("Mozambique", "Mozambican", "Maputo"),
    "Myanmar": ("Myanmar", "Burma", "Burmese", "Naypyitaw", "Naypyidaw"),
    "Namibia": ("Namibia", "Namibian", "Windhoek"),
    "Nauru": ("Nauru", "Nauruan"),
    "Nepal": ("Nepal", "Nepali", "Nepalese", "Kathmandu"),
    "Nicaragua": ("Nicaragua", "Nicaraguan", "Managua"),
    "Niger": ("Niger", "Nigerien", "Niamey"),
    "North Macedonia": ("North Macedonia", "Macedonia", "Macedonian", "Skopje"),
    "Oman": ("Oman", "Omani", "Muscat"),
    "Palau": ("Palau", "Palauan"),
    "Panama": ("Panama", "Panamanian"),
    "Papua New Guinea": ("Papua New Guinea", "Papua New Guinean", "Port Moresby"),
    "Paraguay": ("Paraguay", "Paraguayan", "Asuncion", "Asunción"),
    "Rwanda": ("Rwanda", "Rwandan", "Kigali"),
    "Saint Kitts and Nevis": ("Saint Kitts and Nevis", "St Kitts and Nevis", "Kittitian"),
    "Saint Lucia": ("Saint Lucia", "St Lucia", "Saint Lucian"),
    "Saint Vincent and the Grenadines": (
        "Saint Vincent and the Grenadines",
        "St Vincent and the Grenadines",
        "Vincentian",
    ),
    "Samoa": ("Samoa", "Samoan"),
    "San Marino": ("San Marino", "Sammarinese"),
    "São Tomé and Príncipe": ("São Tomé and Príncipe", "Sao Tome and Principe"),
    "Senegal": ("Senegal", "Senegalese", "Dakar"),
    "Seychelles": ("Seychelles", "Seychellois"),
    "Sierra Leone": ("Sierra Leone", "Sierra Leonean", "Freetown"),
    "Slovenia": ("Slovenia", "Slovenian", "Slovene", "Ljubljana"),
    "Solomon Islands": ("Solomon Islands", "Solomon Islander"),
    "Somalia": ("Somalia", "Somali", "Mogadishu"),
    "South Sudan": ("South Sudan", "South Sudanese"),
    "Suriname": ("Suriname", "Surinamese", "Paramaribo"),
    "Tajikistan": ("Tajikistan", "Tajik", "Dushanbe"),
    "Tanzania": ("Tanzania", "Tanzanian", "Dodoma"),
    "Togo": ("Togo", "Togolese", "Lome", "Lomé"),
    "Tonga": ("Tonga", "Tongan"),
    "Trinidad and Tobago": ("Trinidad and Tobago", "Trinidadian"),
    "Turkmenistan": ("Turkmenistan", "Turkmen", "Ashgabat"),
    "Tuvalu": ("Tuvalu", "Tuvaluan"),
    "Uganda": ("Uganda", "Ugandan", "Kampala"),
    "Uruguay": ("Uruguay", "Uruguayan", "Montevideo"),
    "Uzbekistan": ("Uzbekistan", "Uzbek", "Tashkent"),
    "Vanuatu": ("Vanuatu", "Vanuatuan"),
    "Vatican": ("Vatican", "Holy See", "Vatican City"),
    "Yemen": ("Yemen", "Yemeni", "Sanaa", "Sana'a"),
    "Zambia": ("Zambia", "Zambian", "Lusaka"),
    "Zimbabwe": ("Zimbabwe", "Zimbabwean", "Harare"),
    "EU": ("EU", "European Union", "European", "Brussels"),
    "Nato": ("Nato", "NATO"),
    "UN": ("UN", "U.N.", "United Nations"),
}

# Capitals and seats of government in COUNTRIES: they stand for the country in "Moscow said", but a role written
# "Washington: governor" or "Delhi: chief minister" is the city's or region's own, shown as written.
COUNTRY_SEATS = frozenset(
    _words(
        """Washington Élysée Elysee Kremlin Moscow Beijing Tokyo Delhi Brasilia Brasília Ottawa Canberra Riyadh Pretoria
    Seoul Pyongyang Ankara Kyiv Kiev Warsaw Tehran Baghdad Damascus Cairo Islamabad Kabul Stockholm Oslo Copenhagen
    Helsinki Dublin Budapest Prague Bratislava Bucharest Belgrade Zagreb Minsk Tbilisi Chisinau Chișinău Vilnius Riga
    Tallinn Astana Caracas Bogota Bogotá Havana Abuja Doha Beirut Taipei Hanoi Dhaka Colombo Algiers Rabat Tunis
    Khartoum Tirana Luanda Yerevan Baku Manama Thimphu Sarajevo Gaborone Ouagadougou Yaounde Yaoundé Bangui N'Djamena
    N’Djamena Brazzaville Kinshasa Nicosia Quito Malabo Asmara Libreville Accra Conakry Port-au-Prince Tegucigalpa
    Reykjavik Pristina Bishkek Vientiane Monrovia Antananarivo Lilongwe Bamako Valletta Nouakchott Ulaanbaatar
    Podgorica Maputo Naypyitaw Naypyidaw Windhoek Kathmandu Managua Niamey Skopje Muscat Asuncion Asunción Kigali
    Dakar Freetown Ljubljana Mogadishu Paramaribo Dushanbe Dodoma Lome Lomé Ashgabat Kampala Montevideo Tashkent Sanaa
    Sana'a Lusaka Harare Brussels"""
    )
) | {"New Delhi", "Addis Ababa", "Abu Dhabi", "Phnom Penh", "Santo Domingo", "Port Moresby", "Vatican City"}

# The adjective a role label uses when the key's words do not give it by their ending ("Kyrgyz president").
COUNTRY_ADJECTIVES: dict[str, str] = {
    "US": "US",
    "UK": "UK",
    "EU": "EU",
    "Nato": "Nato",
    "UN": "UN",
    "Kazakhstan": "Kazakh",
    "Kyrgyzstan": "Kyrgyz",
    "Tajikistan": "Tajik",
    "Uzbekistan": "Uzbek",
    "Turkmenistan": "Turkmen",
    "Philippines": "Philippine",
    "Myanmar": "Myanmar",
    "Laos": "Lao",
    "Switzerland": "Swiss",
    "Greece": "Greek",
    "Kosovo": "Kosovar",
    "Madagascar": "Malagasy",
    "Seychelles": "Seychellois",
    "Burkina Faso": "Burkinabe",
    "Lesotho": "Lesotho",
    "Monaco": "Monegasque",
    "Vatican": "Vatican",
    "Ivory Coast": "Ivorian",
    "Burundi": "Burundian",
    "Central African Republic": "Central African",
    "Saudi Arabia": "Saudi",
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
