package extract

// This file holds the word lists of the extractor: titles of officials, government
// bodies, region words for descriptions such as "the Baltic nation", and the words that
// mark negation, modality and reported speech. They are plain Go tables so that they are
// easy to read and extend.

// Role says what a title makes of its holder.
type Role uint8

// The roles of a title.
const (
	RoleHead   Role = iota + 1 // heads the country or group: LEADS
	RoleMember                 // holds a post in it: MEMBER_OF
	// RoleGroupHead heads a group, but is only a member when the context is a country
	// ("Hamas leader" LEADS; "army chief" of a country is a member of it).
	RoleGroupHead
	RoleMinister // a minister: heads a ministry named with it, else a member of the country
	// RoleBusinessHead heads a company or an organisation named with the title ("Gazprom
	// CEO"): LEADS a group, and holds no post of a country ("a Peruvian CEO").
	RoleBusinessHead
)

// titleHeads maps the last word of a title to its role. Titles are found by their head
// word, extended to the left over titleModifiers and capitalised words ("Foreign
// Minister", "Deputy Prime Minister") and to the right over "of State", "-General".
var titleHeads = map[string]Role{
	"president": RoleHead, "premier": RoleHead, "king": RoleHead, "queen": RoleHead,
	"emir": RoleHead, "amir": RoleHead, "sultan": RoleHead, "chancellor": RoleHead,
	"monarch": RoleHead, "ruler": RoleHead, "dictator": RoleHead, "shah": RoleHead,
	"strongman": RoleHead, "leader": RoleGroupHead, "prime minister": RoleHead,
	"minister": RoleMinister, "secretary": RoleMember, "spokesman": RoleMember,
	"spokeswoman": RoleMember, "spokesperson": RoleMember, "ambassador": RoleMember,
	"envoy": RoleMember, "diplomat": RoleMember, "negotiator": RoleMember,
	"adviser": RoleMember, "advisor": RoleMember, "gen": RoleMember, "adm": RoleMember,
	"admiral": RoleMember, "col": RoleMember, "colonel": RoleMember,
	"commander": RoleMember, "senator": RoleMember, "lawmaker": RoleMember,
	"congressman": RoleMember, "congresswoman": RoleMember, "representative": RoleMember,
	"chief": RoleGroupHead, "head": RoleGroupHead, "director": RoleGroupHead,
	"chairman": RoleGroupHead, "chairwoman": RoleGroupHead, "chair": RoleGroupHead,
	"secretary-general": RoleGroupHead, "secretary general": RoleGroupHead,
	"general secretary": RoleGroupHead, "ceo": RoleBusinessHead, "chief executive": RoleBusinessHead,
	"director-general": RoleGroupHead, "director general": RoleGroupHead,
	"speaker": RoleGroupHead, "official": RoleMember, "attorney general": RoleMember,
	"charge d'affaires": RoleMember, "chargé d'affaires": RoleMember, "mp": RoleMember,
	"governor": RoleMember, "investigator": RoleMember, "inspector": RoleMember,
	"undersecretary": RoleMember, "under-secretary": RoleMember, "consul": RoleMember,
	"crown prince": RoleMember, "vice-president": RoleMember, "vice president": RoleMember,
	"chief of staff": RoleMember, "national security adviser": RoleMember,
	"national security advisor": RoleMember, "foreign secretary": RoleMember,
	"supreme leader": RoleHead, "head of state": RoleHead, "coordinator": RoleMember,
	"sen": RoleMember, "rep": RoleMember, "cardinal": RoleMember, "member": RoleMember,
	"figure": RoleMember, "pm": RoleHead, "gov": RoleMember, "general counsel": RoleMember,
	"special counsel": RoleMember, "chief counsel": RoleMember, "legal counsel": RoleMember,
	"inspector general": RoleMember, "inspector-general": RoleMember,
	"solicitor general": RoleMember, "councilor": RoleMember, "councillor": RoleMember,
}

// nationalPosts are titles only a state's government has, read from the words that end
// the title without its complement or the whole title: "Attorney General Ana Ruiz",
// "Deputy National Security Adviser Ruiz", "Acting Director of National Intelligence
// Ruiz" serve the state the article is about.
var nationalPosts = map[string]bool{
	"attorney general": true, "special counsel": true, "secretary of state": true,
	"solicitor general": true, "director of national intelligence": true,
	"national security adviser": true, "national security advisor": true,
}

// cabinetPortfolios are the portfolios that make a minister or secretary a member of a
// national cabinet ("Defense Secretary", "Interior Minister").
var cabinetPortfolios = map[string]bool{
	"foreign": true, "defense": true, "defence": true, "interior": true, "finance": true,
	"justice": true, "treasury": true, "commerce": true, "homeland": true, "trade": true,
	"energy": true, "health": true, "education": true, "agriculture": true, "labor": true,
	"labour": true, "transport": true, "transportation": true, "economy": true, "home": true,
}

// shortTitles spell out the title heads written short, so that "the PM" names the post
// of "Prime Minister Ana Ruiz" and "the prime minister" that of "PM Ana Ruiz"
// (spelledTitle), and "the Danish PM" is the prime minister (possessedTitle).
var shortTitles = map[string]string{"pm": "prime minister"}

// surnameRanks are the rank heads of titleHeads that make no post before a surname
// alone: "Col. Ruiz", "Admiral Soto" name a person the rank places in no state's
// service (on the corpus such a surname was as often a head of state's, "Col. Qaddafi",
// or another person's, "Admiral Baker"); "Gen. Ruiz" keeps its post.
var surnameRanks = map[string]bool{"adm": true, "admiral": true, "col": true, "colonel": true}

// titleModifiers are words that may precede a title head and belong to the title.
var titleModifiers = map[string]bool{
	"deputy": true, "vice": true, "assistant": true, "acting": true, "interim": true,
	"first": true, "foreign": true, "defence": true, "defense": true, "interior": true,
	"finance": true, "justice": true, "trade": true, "economy": true, "information": true,
	"intelligence": true, "oil": true, "energy": true, "health": true, "education": true,
	"culture": true, "security": true, "state": true, "home": true, "treasury": true,
	"commerce": true, "agriculture": true, "labor": true, "labour": true, "transport": true,
	"telecommunications": true, "communications": true, "petroleum": true, "war": true,
	"top": true, "chief": true, "senior": true, "special": true, "military": true,
	"army": true, "navy": true, "police": true, "government": true, "ministry": true,
	"cabinet": true, "presidential": true, "national": true, "prime": true, "supreme": true,
	"executive": true, "general": true, "permanent": true, "regional": true, "junior": true,
	"parliamentary": true, "opposition": true, "party": true, "spy": true, "nuclear": true,
	"peace": true, "un": true, "u.n.": true, "eu": true, "white": true, "house": true,
	"kremlin": true, "administration": true, "human": true, "rights": true, "media": true,
	"policy": true, "press": true, "senate": true, "majority": true, "minority": true,
	"spiritual": true, "associate": true,
}

// headModifiers are the titleModifiers that keep a group head's title the head's: "top",
// "supreme", "general", "executive" and "spiritual" name no field under the head ("executive director
// of the Andean Center" LEADS it; "military chief" of a group is a member).
var headModifiers = map[string]bool{"top": true, "supreme": true, "general": true, "executive": true, "spiritual": true}

// kinship nouns after a possessive name show that the title belongs to someone else:
// "King Harald's son".
var kinship = map[string]bool{
	"brother": true, "sister": true, "son": true, "daughter": true, "wife": true,
	"husband": true, "father": true, "mother": true, "nephew": true, "niece": true,
	"cousin": true, "widow": true, "uncle": true, "half-brother": true,
}

// honorifics come between a title and a name and are dropped from the name.
var honorifics = map[string]bool{
	"sheikh": true, "sheik": true, "ayatollah": true, "mullah": true, "grand": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true, "lord": true,
	"gen": true, "general": true, "col": true, "colonel": true, "lt": true, "maj": true,
	"adm": true, "admiral": true, "cmdr": true, "capt": true, "hajj": true, "imam": true,
	// the rest of military ranks ("Rear Adm. John Kirby", "Brig. Gen. Yahya Rasool")
	"rear": true, "brig": true, "sgt": true, "cdr": true,
}

// nameParticles may join the capitalised words of a name ("Abu Bakr al-Sayed",
// "Faisal bin Nasser", "Marie-Claire Le Roy").
var nameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "de": true, "da": true,
	"di": true, "del": true, "van": true, "von": true, "der": true, "den": true, "la": true,
	"le": true, "abu": true, "abd": true, "ul": true, "e": true, "y": true, "dos": true,
}

// notNameWords are capitalised words that never belong to a person's name.
var notNameWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "for": true, "to": true, "by": true, "with": true,
	"from": true, "as": true, "is": true, "was": true, "has": true, "had": true, "said": true,
	"says": true, "told": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"his": true, "her": true, "its": true, "their": true, "this": true, "that": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "today": true, "yesterday": true,
	"minister": true, "president": true, "ministry": true, "government": true, "state": true,
	"department": true, "secretary": true, "who": true, "which": true, "after": true,
	"before": true, "when": true, "while": true, "also": true, "will": true, "would": true,
	"could": true, "not": true, "if": true, "last": true, "next": true, "new": true,
	"foreign": true, "prime": true, "spokesman": true, "spokeswoman": true, "ambassador": true,
	"council": true, "party": true, "army": true, "forces": true, "says:": true, "i": true,
	"read": true, "more": true, "video": true, "photo": true, "watch": true, "click": true,
}

// bodyHeads are the head words of government bodies built from patterns, with the
// subtype of the group they make.
var bodyHeads = map[string]string{
	"ministry": "AGENCY", "department": "AGENCY", "office": "AGENCY", "agency": "AGENCY",
	"army": "MILITARY", "military": "MILITARY", "navy": "MILITARY",
	"parliament": "OTHER", "senate": "OTHER", "congress": "OTHER", "cabinet": "AGENCY",
	"air force": "MILITARY", "armed forces": "MILITARY",
	"intelligence service": "AGENCY", "intelligence services": "AGENCY", "intelligence agency": "AGENCY", "foreign office": "AGENCY",
	"coast guard": "MILITARY", "national assembly": "OTHER", "state security": "AGENCY",
	"revolutionary guards": "MILITARY", "state department": "AGENCY",
	"defense department": "AGENCY", "defence department": "AGENCY",
	"justice department": "AGENCY", "treasury department": "AGENCY",
	"council of ministers": "AGENCY", "national police": "AGENCY",
	"committee": "AGENCY", "commission": "AGENCY", "security council": "AGENCY",
}

// usBranchHeads are the heads of bodies that, written in capitals with no country, name
// the United States' armed service of that name in an article that names the United
// States (usBranch): "the Air Force", "the Coast Guard".
var usBranchHeads = map[string]bool{"air force": true, "coast guard": true}

// bodyModifiers may stand between the country and the head of a body ("the country's
// interior ministry", "Chinese foreign ministry").
var bodyModifiers = map[string]bool{
	"foreign": true, "interior": true, "defence": true, "defense": true, "intelligence": true,
	"finance": true, "justice": true, "trade": true, "economy": true, "information": true,
	"oil": true, "energy": true, "health": true, "security": true, "home": true,
	"state": true, "treasury": true, "commerce": true, "national": true, "federal": true,
	"war": true, "petroleum": true, "agriculture": true, "education": true, "culture": true,
	"and": true, "affairs": true, "communications": true, "labour": true, "labor": true,
	"homeland": true, "judiciary": true, "appropriations": true, "banking": true, "ethics": true,
	"armed": true, "services": true, "relations": true, "oversight": true, "veterans": true,
}

// regionWords says which countries a regional description ("the Baltic nation", "the
// Gulf state") may stand for, by alpha-3 code.
var regionWords = map[string][]string{
	"balkan":           {"ALB", "BIH", "BGR", "HRV", "GRC", "XKX", "MNE", "MKD", "ROU", "SRB", "SVN"},
	"gulf":             {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE", "IRN", "IRQ"},
	"baltic":           {"EST", "LVA", "LTU"},
	"nordic":           {"DNK", "FIN", "ISL", "NOR", "SWE"},
	"scandinavian":     {"DNK", "NOR", "SWE"},
	"caribbean":        {"CUB", "HTI", "DOM", "JAM", "TTO", "BHS", "BRB"},
	"central asian":    {"KAZ", "KGZ", "TJK", "TKM", "UZB"},
	"south asian":      {"AFG", "BGD", "BTN", "IND", "MDV", "NPL", "PAK", "LKA"},
	"southeast asian":  {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"},
	"east asian":       {"CHN", "JPN", "KOR", "PRK", "MNG", "TWN"},
	"asian":            {"AFG", "BGD", "CHN", "IND", "IDN", "JPN", "KAZ", "KOR", "PRK", "MYS", "MMR", "NPL", "PAK", "PHL", "SGP", "LKA", "THA", "VNM", "TWN"},
	"arab":             {"DZA", "BHR", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE", "QAT", "SAU", "SDN", "SYR", "TUN", "ARE", "YEM"},
	"african":          {"DZA", "AGO", "CMR", "TCD", "COD", "EGY", "ETH", "GHA", "KEN", "LBY", "MLI", "MAR", "NGA", "RWA", "SOM", "ZAF", "SSD", "SDN", "TZA", "UGA", "ZWE", "ZAR", "NER", "SEN", "CIV"},
	"east african":     {"KEN", "TZA", "UGA", "RWA", "ETH", "SOM", "SSD", "BDI", "ERI", "DJI"},
	"west african":     {"NGA", "GHA", "SEN", "MLI", "NER", "CIV", "BFA", "GIN", "LBR", "SLE", "TGO", "BEN", "GMB"},
	"north african":    {"DZA", "EGY", "LBY", "MAR", "TUN", "SDN"},
	"latin american":   {"ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "ECU", "SLV", "GTM", "HND", "MEX", "NIC", "PAN", "PRY", "PER", "URY", "VEN"},
	"south american":   {"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "PRY", "PER", "URY", "VEN"},
	"central american": {"CRI", "SLV", "GTM", "HND", "NIC", "PAN", "BLZ"},
	"european":         {"ALB", "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "CHE", "GBR", "UKR", "BLR", "SRB"},
	"middle eastern":   {"BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "TUR", "ARE", "YEM"},
	"mideast":          {"BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "TUR", "ARE", "YEM"},
	"persian":          {"IRN"},
	"jewish":           {"ISR"}, // "the Jewish state"
	"hermit":           {"PRK"}, // "the hermit kingdom"
	"communist":        {"CHN", "PRK", "CUB", "VNM", "LAO", "SUN"},
	"island":           {"CUB", "CYP", "TWN", "JPN", "MDG", "LKA", "ISL", "IRL", "MLT", "HTI", "JAM", "PHL", "IDN", "NZL", "SGP", "BHR"},
	"oil-rich":         {"SAU", "KWT", "ARE", "QAT", "IRQ", "IRN", "LBY", "VEN", "NGA", "BRN"},
	"nuclear-armed":    {"PRK", "PAK", "IND", "ISR", "USA", "RUS", "CHN", "GBR", "FRA"},
	"himalayan":        {"NPL", "BTN"},
	"andean":           {"BOL", "PER", "ECU", "COL"},
	"caucasus":         {"GEO", "ARM", "AZE"},
	"caucasian":        {"GEO", "ARM", "AZE"},
	"pacific":          {"FJI", "PNG", "NZL", "WSM", "TON"},
}

// descriptiveWords describe a country without naming its region ("the isolated nation",
// "the rogue regime", "the reclusive state"): after "the" and before a country noun they
// name the one country of the sentence before and their own (onlyCountryBefore). Words
// that set one country against others ("the only country", "the neighbouring state",
// "the host nation") are not among them.
var descriptiveWords = map[string]bool{
	"isolated": true, "reclusive": true, "secretive": true, "rogue": true, "pariah": true,
	"volatile": true, "authoritarian": true, "repressive": true, "totalitarian": true,
	"embattled": true, "beleaguered": true, "impoverished": true,
	"troubled": true, "tiny": true,
	"landlocked": true, "theocratic": true,
}

// personDescriptors describe the holder of a title between "the" and the title ("the
// embattled president", "the Republican president"), which then still names the one
// holder of that post (definiteTitle); a party's word maps to the party's country, whose
// official the holder must be ("the Republican president" is no Russian).
var personDescriptors = map[string]string{
	"embattled": "", "beleaguered": "", "populist": "", "conservative": "", "leftist": "",
	"socialist": "", "nationalist": "", "veteran": "", "controversial": "",
	"authoritarian": "", "hardline": "", "republican": "USA", "democratic": "USA",
}

// countryNouns are the heads of definite descriptions of a country ("the country", "the
// Baltic nation", "the kingdom").
var countryNouns = map[string]bool{
	"country": true, "nation": true, "state": true, "kingdom": true, "republic": true,
	"regime": true, "emirate": true, "government": true, "sultanate": true,
}

// groupNouns are the heads of definite descriptions of a group ("the group", "the
// movement").
var groupNouns = map[string]bool{
	"group": true, "movement": true, "militia": true, "organization": true,
	"organisation": true, "alliance": true, "bloc": true, "ministry": true, "agency": true,
	"council": true, "body": true, "party": true, "rebels": true, "militants": true,
}

// namedBodyNouns are the heads of definite descriptions of a body named by that word in
// its name: "the court" is the one court the article names, "the tribunal" the one
// tribunal (namedBody). (Committees and panels are left out: on dev "the committee" read a
// call on a state's forces as one on the state.)
var namedBodyNouns = map[string]bool{"court": true, "tribunal": true}

// stateNouns follow a demonym when it stands for the state ("Iranian officials",
// "Russian diplomats", "Saudi government"); a demonym before any other noun ("Iranian
// protesters", "Danish institutions") names people or things, not the state.
// nonStatePeople are people a country's name or demonym may modify who do not speak
// for its state ("Russian activists"; "U.S. lawmakers" name its legislature, legislators):
// the country is no actor then.
var nonStatePeople = map[string]bool{
	"lawmakers": true, "lawmaker": true, "legislators": true, "senators": true, "senator": true,
	"congressmen": true, "congresswoman": true, "congressman": true, "politicians": true,
	"protesters": true, "protestors": true, "demonstrators": true, "activists": true,
	"students": true, "voters": true, "critics": true, "analysts": true, "experts": true,
	"media": true, "newspapers": true, "journalists": true, "commentators": true,
	"businesses": true, "companies": true, "firms": true, "investors": true, "fans": true,
	"citizens": true, "residents": true, "people": true, "public": true, "opposition": true,
	"dissidents": true, "exiles": true, "rebels": true, "insurgents": true, "militants": true,
	"democrats": true, "republicans": true, "scholars": true, "academics": true,
	"lobbyists": true, "unions": true, "workers": true, "farmers": true,
}

var stateNouns = map[string]bool{
	"government": true, "authorities": true, "officials": true, "official": true,
	"leaders": true, "leadership": true, "administration": true, "regime": true,
	"diplomats": true, "diplomat": true, "forces": true, "troops": true, "military": true,
	"army": true, "navy": true, "warplanes": true, "jets": true, "warships": true,
	"soldiers": true, "delegation": true, "delegations": true, "side": true, "state": true, "envoy": true,
	"embassy": true, "mission": true, "negotiators": true, "authority": true,
	"cabinet": true, "spies": true, "intelligence": true, "agents": true, "nationals": true,
	"staff": true, "counterpart": true, "counterparts": true, "investigators": true,
	"prosecutors": true, "court": true, "courts": true, "judiciary": true,
	// nouns of the state's acts: "British demands", "the Chilean decision"
	"demands": true, "demand": true, "claims": true, "accusations": true, "proposal": true,
	"plan": true, "resolution": true, "decision": true, "move": true, "request": true,
	"offer": true, "position": true, "policy": true, "recognition": true, "pressure": true,
}

// Negation and modality words: a relation whose trigger they govern is not written.
var negationWords = map[string]bool{
	"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true,
	"without": true, "cannot": true, "refused": true, "refuses": true, "refuse": true,
	"declined": true, "declines": true, "decline": true, "failed": true, "fails": true,
	"won't": true, "didn't": true, "doesn't": true, "don't": true, "hasn't": true,
	"haven't": true, "wouldn't": true, "isn't": true, "wasn't": true, "aren't": true,
	"weren't": true, "can't": true, "couldn't": true, "avoid": true, "short": true,
	"instead": true, "rather": true,
}

var modalWords = map[string]bool{
	"may": true, "might": true, "could": true, "would": true, "should": true, "if": true,
	"unless": true, "whether": true, "considering": true, "considers": true,
	"consider": true, "mulling": true, "weighing": true, "planning": true, "plans": true,
	"plan": true, "proposed": true, "possible": true, "possibly": true, "likely": true,
	"can": true, "must": true, "will": true, "shall": true, "wants": true, "want": true,
	"wanted": true, "seeking": true, "seek": true, "seeks": true, "ready": true,
	"expected": true, "hope": true, "hopes": true, "urged": true, "urging": true,
	"urge": true, "asked": true, "called": true, "calling": true, "demanded": true,
	"pressed": true, "pressing": true, "lobbied": true, "appealed": true, "would-be": true,
	"suspected": true, "allegedly": true, "alleged": true,
}

// threatWords turn a following hostile act into a threat ("threatened to impose
// sanctions", "vowed to retaliate").
var threatWords = map[string]bool{
	"threaten": true, "threatens": true, "threatened": true, "threatening": true,
	"vow": true, "vows": true, "vowed": true, "vowing": true, "warn": true, "warns": true,
	"warned": true, "warning": true, "pledged": true, "promised": true,
}

// reportingVerbs introduce reported speech ("Peru said Chile had staged the raid").
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "claimed": true,
	"claims": true, "claim": true, "alleged": true, "alleges": true, "insisted": true,
	"insists": true, "believes": true, "believed": true, "added": true, "stated": true,
	"asserted": true, "charged": true, "suggested": true, "argued": true, "maintains": true,
	"maintained": true, "concluded": true, "determined": true, "reported": true,
	"announced": true, "declared": true, "tweeted": true, "wrote": true, "noted": true,
}

// negativeWords mark a characterisation as criticism ("calling the decision
// ill-considered", "described the vote as illegal").
var negativeWords = map[string]bool{
	"ill-considered": true, "short-sighted": true, "illegal": true, "illegitimate": true,
	"unacceptable": true, "baseless": true, "groundless": true, "provocative": true,
	"provocation": true, "mistake": true, "violation": true, "aggression": true,
	"unjustified": true, "hypocrisy": true, "irresponsible": true, "reckless": true,
	"absurd": true, "shameful": true, "outrageous": true, "crime": true, "criminal": true,
	"lawlessness": true, "destabilizing": true, "destabilising": true, "dangerous": true,
	"unlawful": true, "null": true, "void": true, "hostile": true, "interference": true,
	"blackmail": true, "lie": true, "lies": true, "liar": true, "absurdity": true,
	"disappointing": true, "regrettable": true, "deplorable": true, "barbaric": true,
	"terrorist": true, "terrorism": true, "racist": true, "aggressor": true,
	"aggressors": true, "appalling": true, "unfounded": true, "false": true,
	"nonsense": true, "ridiculous": true, "dismayed": true, "ugly": true,
	"unhelpful": true, "inexplicable": true, "counterproductive": true, "regrets": true,
	"extremists": true, "extremist": true, "gang": true, "dictatorship": true, "dictator": true,
	"tyrant": true, "thugs": true, "murderous": true, "brutal": true, "supremacist": true,
	"puppet": true, "usurper": true, "failure": true,
	"deplores": true, "condemnable": true, "unjust": true, "unfair": true, "arrogant": true,
	"hypocritical": true, "irresponsibly": true, "outrageously": true, "catastrophic": true,
}

// chargeOfVerbs take their object and then, with "of", what they charge it with or tell
// it about ("accused the government of lying", "warned the regime of consequences").
var chargeOfVerbs = map[string]bool{
	"accuse": true, "accused": true, "accuses": true, "accusing": true, "suspect": true,
	"suspected": true, "suspects": true, "suspecting": true, "convicted": true, "warn": true,
	"warned": true, "warns": true, "warning": true, "informed": true, "notified": true,
	"reminded": true, "assured": true, "cleared": true, "absolved": true, "convinced": true,
}
