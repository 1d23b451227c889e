package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/geokg/geokg"
	"github.com/geokg/geokg/gazetteer"
)

// TestCoreferenceForFrames checks the references the coreference step resolves, one category of
// language a case, on sentences written for this test. The frames alone read them
// (WithoutPatterns), so that a case fails when the reference is not given to the frames.
func TestCoreferenceForFrames(t *testing.T) {
	frames := embeddedExtractor(t).WithoutPatterns()
	checkSentenceCases(t, frames, []sentenceCase{
		// he/she: the salient official (the subject of the sentence before), not the
		// latest one named
		{"pronoun is the subject official", "Foreign Minister Pavel Orlov met with envoy Mark Stone of Canada on Monday. He condemned Latvia on Tuesday.",
			[]string{"Pavel Orlov CONDEMNS Latvia"}, []string{"Mark Stone CONDEMNS Latvia"}},
		// "it": the main clause's subject of the sentence before, not an actor of its
		// opening "After ..." clause
		{"it after an opening clause", "After weeks of holding its fire as it waited for Egypt, Hamas responded to the raid. It fired rockets at Israel on Monday.",
			[]string{"Hamas ATTACKS Israel"}, []string{"Egypt ATTACKS Israel"}},
		// the "it" of "when it comes to" is no actor; "when it" before another verb is
		{"when it comes to is no actor", "The Andean Pact met in Lima on Monday. Few voters trust Peru when it comes to defending Chile.",
			nil, []string{"Peru SUPPORTS Chile"}},
		{"when it came to is no actor", "Bolivia sent troops to the border. When it came to attacking Peru, nobody moved.",
			nil, []string{"Bolivia ATTACKS Peru"}},
		{"when it before another verb is an actor", "Chile sent troops to the border. When it attacked Peru on Monday, Bolivia protested.",
			[]string{"Chile ATTACKS Peru"}, nil},
		// in its own sentence, a pronoun is the nearest official before it
		{"she is the nearest official in its sentence", "Foreign Minister Pavel Orlov visited Brussels on Monday. He stood next to the EU's foreign policy chief, Anna Lind, while she condemned Belarus.",
			[]string{"Anna Lind CONDEMNS Belarus"}, []string{"Pavel Orlov CONDEMNS Belarus"}},
		// an honorific shows the gender; a he inside a quotation is not its speaker
		{"Ms is no he", "Foreign Minister Pavel Orlov met EU envoy Anna Lind on Monday. Ms. Lind spoke first. He condemned Belarus.",
			[]string{"Pavel Orlov CONDEMNS Belarus"}, []string{"Anna Lind CONDEMNS Belarus"}},
		// a first name shows the gender too; one of either sex shows none
		{"a man's first name is no she", "Foreign Minister Anna Lind met envoy Pedro Soto of Chile on Monday. Soto spoke first. She condemned Belarus.",
			[]string{"Anna Lind CONDEMNS Belarus"}, []string{"Pedro Soto CONDEMNS Belarus"}},
		{"a woman's first name is no he", "President Maria Lopez of Peru met Foreign Minister Pavel Orlov on Monday. Lopez spoke first. He condemned Latvia.",
			[]string{"Pavel Orlov CONDEMNS Latvia"}, []string{"Maria Lopez CONDEMNS Latvia"}},
		{"a first name of either sex shows no gender", "Foreign Minister Robin Hale met envoy Pavel Orlov on Monday. Hale spoke first. She condemned Latvia.",
			[]string{"Robin Hale CONDEMNS Latvia"}, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"he in a quotation is not the speaker", "Foreign Minister Pavel Orlov praised envoy Mark Stone. “He condemned Belarus,” Orlov said.",
			nil, []string{"Pavel Orlov CONDEMNS Belarus"}},
		{"he outside a quotation is not one named inside it", "Foreign Minister Pavel Orlov spoke on Monday. “President Anna Ruiz is wrong,” he said, and he condemned Latvia.",
			[]string{"Pavel Orlov CONDEMNS Latvia"}, []string{"Anna Ruiz CONDEMNS Latvia"}},
		{"he outside a quotation is not one quoted in the sentence before", "Foreign Minister Pavel Orlov spoke on Monday. “We met President Anna Ruiz. She agreed with us.” He then condemned Latvia.",
			[]string{"Pavel Orlov CONDEMNS Latvia"}, []string{"Anna Ruiz CONDEMNS Latvia"}},
		// a possessive that opens a phrase before the clause's subject points forward to it
		{"his before the subject official", "Foreign Minister Pavel Orlov spoke on Monday. In his meeting with President Anna Ruiz of Peru, Foreign Minister Mark Stone of Canada condemned Latvia.",
			[]string{"Mark Stone MEETS Anna Ruiz"}, []string{"Pavel Orlov MEETS Anna Ruiz"}},
		{"his in a phrase that is no opening one", "Foreign Minister Pavel Orlov spoke on Monday. Latvia was absent from his meeting with President Anna Ruiz of Peru, Foreign Minister Mark Stone of Canada said.",
			nil, []string{"Mark Stone MEETS Anna Ruiz"}},
		{"his before a subject official with his country's demonym", "Foreign Minister Pavel Orlov spoke on Monday. In his meeting with President Anna Ruiz of Peru, Canadian Foreign Minister Mark Stone condemned Latvia.",
			[]string{"Mark Stone MEETS Anna Ruiz"}, []string{"Pavel Orlov MEETS Anna Ruiz"}},
		{"his before a subject official with his country's possessive", "Foreign Minister Pavel Orlov spoke on Monday. During his talks with President Anna Ruiz of Peru, Canada's foreign minister Mark Stone condemned Latvia.",
			[]string{"Mark Stone MEETS Anna Ruiz"}, []string{"Pavel Orlov MEETS Anna Ruiz"}},
		{"his after for in a clause is no cataphor", "Foreign Minister Mark Stone of Canada spoke on Monday. He thanked Peru for his talks with President Anna Ruiz of Peru, Foreign Minister Pavel Orlov said.",
			nil, []string{"Pavel Orlov MEETS Anna Ruiz"}},
		// a speaker's "us" is a side, not one person to meet
		{"told us is no meeting with the speaker", "President Anna Ruiz spoke in Lima. “We fought hard,” Foreign Minister Pavel Orlov said. “The president has now told us they used chemical weapons.”",
			nil, []string{"Anna Ruiz MEETS Pavel Orlov"}},
		// "we" in a quotation: its speaker, when the sentence names one
		{"we is the quoted speaker", "“We support Ukraine,” Polish Foreign Minister Anna Nowak said on Friday.",
			[]string{"Anna Nowak SUPPORTS Ukraine"}, nil},
		{"we is the speaker after said", "“We condemn Latvia,” said Russian Foreign Minister Pavel Orlov.",
			[]string{"Pavel Orlov CONDEMNS Latvia"}, nil},
		{"we with two speakers is no one", "Anna Nowak met Pavel Orlov. “We support Ukraine,” Nowak told Orlov.",
			nil, []string{"Anna Nowak SUPPORTS Ukraine", "Pavel Orlov SUPPORTS Ukraine"}},
		{"we in the next quoted sentence is the same speaker", "“Latvia has made a grave mistake,” Russian Foreign Minister Pavel Orlov said on Monday. “We support Belarus.”",
			[]string{"Pavel Orlov SUPPORTS Belarus"}, nil},
		{"we in a quotation running over two sentences", "Russian Foreign Minister Pavel Orlov declared: “We do not support anyone. We support Belarus and its people.”",
			[]string{"Pavel Orlov SUPPORTS Belarus"}, nil},
		// a speaker set off from the reporting verb by an apposition or a clause
		{"we with the speaker before an apposition", "“We support Ukraine,” Anna Nowak, Poland's foreign minister, said on Friday.",
			[]string{"Anna Nowak SUPPORTS Ukraine"}, []string{"Poland SUPPORTS Ukraine"}},
		{"we with the speaker before a clause", "Foreign Minister Anna Nowak, asked whether Poland backed Latvia, declared: “We support Ukraine.”",
			[]string{"Anna Nowak SUPPORTS Ukraine"}, []string{"Poland SUPPORTS Ukraine", "Latvia SUPPORTS Ukraine"}},
		{"we after a comma with no actor before the clause is no one", "On Friday, in a speech to diplomats, said to be her last, Nowak stressed: “We support Ukraine.”",
			nil, []string{"Ukraine SUPPORTS Ukraine"}},
		// a quotation over three sentences, the middle one attributing nothing
		{"we two quoted sentences after the speaker", "Foreign Minister Pavel Orlov declared: “We do not support anyone. It is not a question of people. We support Belarus.”",
			[]string{"Pavel Orlov SUPPORTS Belarus"}, nil},
		{"we after a quoted sentence with its own unclear speaker is no one", "“Latvia erred,” Pavel Orlov said. “It is over,” Anna Nowak told Orlov. “We support Belarus.”",
			nil, []string{"Pavel Orlov SUPPORTS Belarus", "Anna Nowak SUPPORTS Belarus"}},
		{"we with an act one has to do is no act", "“We have to arm the Free Syrian Army,” Pavel Orlov, Russia's foreign minister, said.",
			nil, []string{"Pavel Orlov AIDS Free Syrian Army", "Russia AIDS Free Syrian Army"}},
		{"we in a quotation after a sentence with no quotation is no one", "Anna Nowak met Pavel Orlov on Monday. “We support Ukraine.”",
			nil, []string{"Pavel Orlov SUPPORTS Ukraine", "Anna Nowak SUPPORTS Ukraine"}},
		// a quotation whose speaker is named where it ends, sentences later, or that runs
		// over paragraphs (each opened with a mark, only the last closed), or that a
		// paragraph ending with a colon introduces
		{"we in a quotation attributed in its next sentence", "Polish Foreign Minister Anna Nowak met Russian Foreign Minister Pavel Orlov on Monday. “We support Ukraine. It is a question of principle,” Orlov said.",
			[]string{"Pavel Orlov SUPPORTS Ukraine"}, []string{"Anna Nowak SUPPORTS Ukraine"}},
		{"we in a quotation attributed two sentences later", "Russian Foreign Minister Pavel Orlov spoke on Monday. “We condemn Latvia. It is over. Nothing will change that,” Polish Foreign Minister Anna Nowak said.",
			[]string{"Anna Nowak CONDEMNS Latvia"}, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"we in a quotation attributed later to two speakers is no one", "Russian Foreign Minister Pavel Orlov met Polish Foreign Minister Anna Nowak on Monday. “We condemn Latvia. It is over,” Nowak told Orlov.",
			nil, []string{"Anna Nowak CONDEMNS Latvia", "Pavel Orlov CONDEMNS Latvia"}},
		{"we in a quotation closed before its attribution", "Polish Foreign Minister Anna Nowak spoke on Monday. “We condemn Latvia.” Russian Foreign Minister Pavel Orlov said this in Minsk.",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"we in a quotation continued over a paragraph", "Russian Foreign Minister Pavel Orlov declared: “We do not support anyone.\n\n“We support Belarus and its people.”",
			[]string{"Pavel Orlov SUPPORTS Belarus"}, nil},
		{"we in a quotation continued over two paragraphs", "Russian Foreign Minister Pavel Orlov said: “It is over.\n\n“Nothing will change that.\n\n“We condemn Latvia.”",
			[]string{"Pavel Orlov CONDEMNS Latvia"}, nil},
		{"we in a new quotation after a closed one is no one", "Russian Foreign Minister Pavel Orlov said: “It is over.”\n\n“We condemn Latvia.”",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"we in a quotation after a colon that ends a paragraph", "Polish Foreign Minister Anna Nowak met Russian Foreign Minister Pavel Orlov on Monday. In a statement, Orlov said:\n\n“We condemn Latvia.”",
			[]string{"Pavel Orlov CONDEMNS Latvia"}, []string{"Anna Nowak CONDEMNS Latvia"}},
		{"we in a quotation after a colon with no speaker is no one", "Russian Foreign Minister Pavel Orlov met Polish Foreign Minister Anna Nowak on Monday. The text reads:\n\n“We condemn Latvia.”",
			nil, []string{"Pavel Orlov CONDEMNS Latvia", "Anna Nowak CONDEMNS Latvia"}},
		{"we outside a quotation is no one", "Pavel Orlov spoke on Monday. We support Ukraine, the statement said.",
			nil, []string{"Pavel Orlov SUPPORTS Ukraine"}},
		// "the kingdom": the latest kingdom, not the latest country
		{"the kingdom is a kingdom", "Saudi Arabia recalled its envoy on Monday. Iran criticised the move. The kingdom then expelled Iran's ambassador.",
			[]string{"Saudi Arabia EXPELS Iran"}, []string{"Iran EXPELS Iran"}},
		{"the country after a demonym opening its sentence", "Japan protested on Monday. North Korean state media said on Tuesday that the country had expelled two Japanese diplomats.",
			[]string{"North Korea EXPELS Japan"}, []string{"Japan EXPELS Japan"}},
		{"the country of the one nationality in its sentence", "Chile protested on Monday. Hezbollah now holds more Lebanese territory and has attacked the country again.",
			[]string{"Hezbollah ATTACKS Lebanon"}, []string{"Hezbollah ATTACKS Chile"}},
		{"the country after nationalities of two countries is none of them", "Chile protested on Monday. Hezbollah now holds more Lebanese and Syrian territory and has attacked the country again.",
			nil, []string{"Hezbollah ATTACKS Lebanon", "Hezbollah ATTACKS Syria"}},
		{"its in an opening phrase is the subject after the comma", "Beginning in May with its invasion of Latvia, Russia has threatened Poland.",
			[]string{"Russia ATTACKS Latvia"}, nil},
		{"the Jewish state", "Israel closed the crossing on Monday. The Jewish state then accused Iran of arming Hamas.",
			[]string{"Israel ACCUSES Iran"}, nil},
		{"the hermit kingdom", "Japan protested on Monday. North Korea fired a missile on Tuesday. The hermit kingdom also threatened Japan.",
			[]string{"North Korea THREATENS Japan"}, []string{"Japan THREATENS Japan"}},
		{"the emirate's", "Kuwait hosted the talks on Monday. The emirate's backing for Iraq angered Iran.",
			[]string{"Kuwait SUPPORTS Iraq"}, nil},
		// "they": a group named in the plural
		{"they is a plural group", "The Houthis seized a cargo ship on Sunday. They attacked Saudi Arabia on Monday.",
			[]string{"Houthi movement ATTACKS Saudi Arabia"}, nil},
		// "the administration": the country of the latest head of state or government
		{"the administration", "President Joe Biden spoke at the White House on Monday. The administration has imposed new sanctions on Iran.",
			[]string{"United States SANCTIONS Iran"}, nil},
		{"the administration's", "President Boric of Chile met Peruvian leaders. Peru criticized the administration's sanctions on Bolivia.",
			[]string{"Chile SANCTIONS Bolivia"}, nil},
		{"the new administration", "The Boric administration took office in March. The new administration urged Bolivia to reopen the border.",
			[]string{"Chile DEMANDS Bolivia"}, nil},
		{"the new government with no government named", "President Boric of Chile met Peruvian leaders. The new government urged Bolivia to reopen the border.",
			nil, []string{"Chile DEMANDS Bolivia", "Peru DEMANDS Bolivia"}},
		// else the one country the article has called an administration, however far back
		{"the administration far after the X administration", "The Boric administration took office in March. " + strings.Repeat("The talks went on for hours. ", 11) + "The administration urged Bolivia to reopen the border.",
			[]string{"Chile DEMANDS Bolivia"}, nil},
		{"the administration far after two administrations", "The Chilean administration took office in March. The Peruvian administration took office in April. " + strings.Repeat("The talks went on for hours. ", 11) + "The administration urged Bolivia to reopen the border.",
			nil, []string{"Chile DEMANDS Bolivia", "Peru DEMANDS Bolivia"}},
		// "the spokesman": the latest official with that post
		{"the spokesman", "Foreign ministry spokesman Wang Lei spoke in Beijing on Monday. The spokesman criticised Japan.",
			[]string{"Wang Lei CONDEMNS Japan"}, nil},
		// "the former minister", "the ex-minister": an official the article named as
		// former, never the sitting one of that post
		{"the ex-minister", "Former French minister Michel Roussin spoke in Paris on Monday. The ex-minister also criticised Belgium.",
			[]string{"Michel Roussin CONDEMNS Belgium"}, nil},
		{"the former president is not the sitting one", "Former President Barack Obama spoke in Chicago on Monday. President Donald Trump was in Ohio on Tuesday. The former president criticised Russia.",
			[]string{"Barack Obama CONDEMNS Russia"}, []string{"Donald Trump CONDEMNS Russia"}},
		{"the former president needs a former one", "President Donald Trump spoke on Monday. The former president criticised Russia.",
			nil, []string{"Donald Trump CONDEMNS Russia"}},
		{"a president-elect is not former", "President-elect Donald Trump spoke on Monday. The former president criticised Russia.",
			nil, []string{"Donald Trump CONDEMNS Russia"}},
		// "the leader": the latest head of state or government, not one named in the sentence
		{"the leader", "Egyptian President Abdel Fattah al-Sisi spoke on Monday. A statement said the leader had told Benjamin Netanyahu to stop the raids.",
			[]string{"Abdel Fattah al-Sisi DEMANDS Benjamin Netanyahu"}, []string{"Benjamin Netanyahu DEMANDS Benjamin Netanyahu"}},
		// "the president" after the one president named before it in its own sentence
		{"the president named earlier in the sentence", "President Vladimir Putin flew to Minsk on Monday, where the president condemned Poland.",
			[]string{"Vladimir Putin CONDEMNS Poland"}, nil},
		{"two presidents named earlier in the sentence are no clear one", "After Vladimir Putin met Xi Jinping in Beijing, the president condemned Japan.",
			nil, []string{"Vladimir Putin CONDEMNS Japan", "Xi Jinping CONDEMNS Japan"}},
		// an official's possessive government is the official's
		{"X's government", "President Bashar al-Assad spoke on Monday. Iran backs President Bashar al-Assad's government in the war.",
			[]string{"Iran SUPPORTS Bashar al-Assad"}, []string{"Iran SUPPORTS Syria"}},
		{"the X administration", "President Joe Biden spoke on Monday. Iran accused the Biden administration of lying.",
			[]string{"Iran ACCUSES United States"}, nil},
		// "the government of President X", "the regime of Syrian President X": X's country
		{"the government of a president", "President Gabriel Boric spoke on Monday. Peru backs the government of President Gabriel Boric.",
			[]string{"Peru SUPPORTS Chile"}, []string{"Peru SUPPORTS Gabriel Boric"}},
		{"the regime of a leader named with his nationality", "Bolivia condemned the regime of Chilean President Gabriel Boric.",
			[]string{"Bolivia CONDEMNS Chile"}, []string{"Bolivia CONDEMNS Gabriel Boric"}},
		{"the government of a president as a subject", "The government of President Gabriel Boric expelled the Peruvian ambassador.",
			[]string{"Chile EXPELS Peru"}, nil},
		{"no government noun before the president", "Peru backs the opponents of President Gabriel Boric.",
			nil, []string{"Peru SUPPORTS Chile"}},
		// "it" after an official's government is the official's country
		{"it after the X administration", "The Biden administration met Iraqi officials on Monday as it accused Iran of arming militias.",
			[]string{"United States ACCUSES Iran"}, []string{"Iraq ACCUSES Iran"}},
		{"it after the X administration in the sentence before", "The Biden administration met Iraqi officials on Monday. It accused Iran of arming militias.",
			[]string{"United States ACCUSES Iran"}, []string{"Iraq ACCUSES Iran"}},
		// "they" after a country's people who open the sentence and stand for it
		{"they after officials of a country", "Iranian officials said on Monday that they strongly condemned Israel.",
			[]string{"Iran CONDEMNS Israel"}, nil},
		{"they after officials reporting their own act", "Iranian security officials said they had attacked Israel.",
			[]string{"Iran ATTACKS Israel"}, nil},
		{"they after people who do not stand for the state", "Iranian protesters said they would attack Israel.",
			nil, []string{"Iran THREATENS Israel", "Iran ATTACKS Israel"}},
		{"they after two countries is no one", "Russia and China said they had attacked Ukraine.",
			nil, []string{"China ACCUSES Russia", "Russia ACCUSES China"}},
		// "They" opening a sentence after one opened by two actors joined by "and"
		{"they after two countries opening the sentence before", "Chile and Peru recalled their envoys on Monday. They accused Bolivia of lying.",
			[]string{"Chile ACCUSES Bolivia", "Peru ACCUSES Bolivia"}, nil},
		{"they after both", "Both Chile and Peru voted against the plan. They condemned Bolivia on Tuesday.",
			[]string{"Chile CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}, nil},
		{"they after two leaders", "President Anna Ruiz and Foreign Minister Pavel Orlov met in Lima. They criticised Bolivia afterwards.",
			[]string{"Anna Ruiz CONDEMNS Bolivia", "Pavel Orlov CONDEMNS Bolivia"}, nil},
		{"they after two countries' people", "Chile and Peru's envoys met in Lima on Monday. They condemned Bolivia.",
			nil, []string{"Chile CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		{"they after two countries not opening the sentence", "Officials met Chile and Peru on Monday. They condemned Bolivia.",
			nil, []string{"Chile CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		{"they in a quotation after two countries", "Chile and Peru have sent jets to the border. “They condemned Bolivia,” Orlov said.",
			nil, []string{"Chile CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		// "the North", "the South": the one country of that name the article has named
		{"the North", "North Korea tested a missile on Monday. The North also condemned Japan.",
			[]string{"North Korea CONDEMNS Japan"}, nil},
		{"the South", "North Korea and South Korea met on Monday. The South later condemned Japan.",
			[]string{"South Korea CONDEMNS Japan"}, []string{"North Korea CONDEMNS Japan"}},
		{"the North of a country is no country", "Kenya held elections on Monday. The North condemned Japan.",
			nil, []string{"Kenya CONDEMNS Japan"}},
		// "the Assad regime" is the official's country, as "the Assad government"
		{"the X regime", "President Bashar al-Assad spoke on Monday. The Assad regime condemned Turkey on Tuesday.",
			[]string{"Syria CONDEMNS Turkey"}, nil},
		// "a spokesman for X" without a name speaks for X
		{"a spokesman for", "A spokesman for the Kremlin criticised Poland on Monday.",
			[]string{"Russia CONDEMNS Poland"}, nil},
		// a description after the verb is not the subject of its own clause
		{"the country is not the clause's subject", "The United States accuses Cuba of abuses. It has imposed new sanctions on the country, officials said.",
			[]string{"United States SANCTIONS Cuba"}, []string{"United States SANCTIONS United States"}},
		{"the country of a reported clause may be the speaker", "Iran said the country would never accept sanctions.",
			nil, []string{"Iran REJECTS Iran"}},
		// "them" is most often the people just named, not a group
		{"them is no group", "India's Ministry of External Affairs denied the allegations. India expelled six Canadian diplomats and ordered them to leave.",
			[]string{"India EXPELS Canada"}, []string{"India EXPELS Ministry of External Affairs"}},
		// "its" after a description the frames' references read ("The kingdom affirms")
		{"its after a description read for the frames", "Saudi Arabia spoke on Monday. The kingdom affirms its rejection of the American demands.",
			[]string{"Saudi Arabia REJECTS United States"}, nil},
		{"its takes a nearer name after the description", "Saudi Arabia spoke on Monday. The kingdom affirms Iran ended its support for the Houthis.",
			nil, []string{"Saudi Arabia SUPPORTS Houthi movement"}},
		// "the Islamists", "the rebels", "the militants": the one armed group the text
		// calls so, by a word of its name or a noun written with it before
		{"the Islamists are the group named Islamic", "Fighters of the Islamic Courts Union entered Kismayo on Monday. President Ali Farah later denounced the Islamists.",
			[]string{"Ali Farah CONDEMNS Islamic Courts Union"}, nil},
		{"the militants after a name written with the noun", "Hamas militants crossed the border on Saturday. Egypt condemned the militants on Sunday.",
			[]string{"Egypt CONDEMNS Hamas"}, nil},
		{"the rebels after an apposition", "The Houthis, the rebels who hold Sanaa, seized a ship. Saudi Arabia then attacked the rebels.",
			[]string{"Saudi Arabia ATTACKS Houthi movement"}, nil},
		{"the rebels are no group the text never called so", "Hezbollah sent fighters to Syria on Monday. Iran condemned the rebels.",
			nil, []string{"Iran CONDEMNS Hezbollah"}},
		{"the rebels are no organisation named before", "The United Nations met on Monday. Russia accused the rebels of shelling Donetsk.",
			nil, []string{"Russia ACCUSES United Nations"}},
		{"the militants of two groups are neither", "Hamas militants and Islamic Jihad militants fired rockets. Egypt condemned the militants.",
			nil, []string{"Egypt CONDEMNS Hamas", "Egypt CONDEMNS Palestinian Islamic Jihad"}},
		// "the two countries": the two latest countries that acted
		{"the two countries", "Iran and Saudi Arabia held talks in Beijing. The two countries agreed to restore diplomatic relations.",
			[]string{"Iran RESTORES_TIES_WITH Saudi Arabia"}, []string{"China RESTORES_TIES_WITH Iran"}},
		// "both sides of the aisle (the border)": the halves of a divide, not two actors
		{"both sides of a divide are no pair", "Chile and Peru met in Lima on Monday. Both sides of the aisle condemned Bolivia.",
			nil, []string{"Chile CONDEMNS Bolivia", "Peru CONDEMNS Bolivia"}},
		// the pair an actor acts on is two others than that actor or its official's country
		{"the pair a country urges is two others", "Chile and Bolivia clashed at the border on Monday. Peru urged both sides to show restraint.",
			[]string{"Peru DEMANDS Chile", "Peru DEMANDS Bolivia"}, nil},
		{"the pair a country calls on is two others", "Chile and Bolivia clashed at the border on Monday. Peru called on the two countries to talk.",
			[]string{"Peru DEMANDS Chile", "Peru DEMANDS Bolivia"}, nil},
		{"the pair an official urges is not his country", "Chile and Bolivia clashed at the border on Monday. Peru sent troops to the area. Peruvian envoy Ana Ruiz then urged both sides to show restraint.",
			[]string{"Ana Ruiz DEMANDS Chile", "Ana Ruiz DEMANDS Bolivia"}, []string{"Ana Ruiz DEMANDS Peru"}},
		{"the pair that condemns a country is two others", "Chile and Bolivia signed a pact on Monday. Peru protested the pact. Both sides condemned Peru.",
			[]string{"Chile CONDEMNS Peru", "Bolivia CONDEMNS Peru"}, nil},
		{"no other pair named", "Peru met Chile on Monday. Peru urged both sides to show restraint.",
			nil, []string{"Peru DEMANDS Chile"}},
		// another party named in a sentence between the pair and the reference: the two
		// sides may be it and another, no pair of countries
		{"a group named after the pair", "Boric praised the fishing pacts with Peru and Bolivia. Last year Boric signed a deal with the OAS. The two sides then agreed to talk about tariffs.",
			nil, []string{"Peru MEETS Bolivia"}},
		{"an official without a country named after the pair", "Peru and Bolivia argued over tariffs on Monday. Secretary-General Pedro Salas of the Andean Pact later phoned President Boric. The two sides agreed to talk again.",
			nil, []string{"Peru MEETS Bolivia"}},
		{"officials of the pair named after it", "Peru and Bolivia argued over tariffs on Monday. President Castillo of Peru later phoned President Arce of Bolivia. The two countries agreed to talk again.",
			[]string{"Peru MEETS Bolivia"}, nil},
		{"a group named with the pair", "Peru and Bolivia worked together against the Shining Path on Monday. The two countries agreed to talk again.",
			[]string{"Peru MEETS Bolivia"}, nil},
		{"the one who acts on the pair", "Peru and Bolivia argued over tariffs on Monday. The OAS chief Pedro Salas urged the two countries to talk again.",
			[]string{"Pedro Salas DEMANDS Peru", "Pedro Salas DEMANDS Bolivia"}, nil},
		// "they" after a pair that opens its own sentence as the subject is that pair,
		// outside a quotation
		{"they of a pair in its sentence", "Chile and Bolivia hailed the deal they have struck with Peru on fishing rights.",
			[]string{"Chile SIGNS_AGREEMENT_WITH Peru", "Bolivia SIGNS_AGREEMENT_WITH Peru"}, nil},
		{"they of a pair in a clause after it", "Chile and Bolivia flew to Lima after they accused Peru of spying.",
			[]string{"Chile ACCUSES Peru", "Bolivia ACCUSES Peru"}, nil},
		{"they after a pair that is no subject is none", "Ana Ruiz met Chile and Bolivia on Monday and said they accused Peru of spying.",
			nil, []string{"Chile ACCUSES Peru", "Bolivia ACCUSES Peru"}},
		{"they after a pair's people is none", "Chile and Bolivia's envoys flew to Lima after they accused Peru of spying.",
			nil, []string{"Chile ACCUSES Peru", "Bolivia ACCUSES Peru"}},
		// "the two leaders", "both presidents": the two latest heads named, when the
		// sentence that names the second names no third
		{"the two leaders", "President Boric of Chile flew to Lima on Monday to see President Castillo of Peru. The two leaders met for three hours.",
			[]string{"Gabriel Boric MEETS Castillo"}, nil},
		{"both presidents", "Chilean President Boric received Peruvian President Castillo in Santiago. Both presidents signed a pact on fishing rights.",
			[]string{"Gabriel Boric SIGNS_AGREEMENT_WITH Castillo"}, nil},
		{"the two leaders after a group's leader", "Shining Path leader Ramon Ortega wrote to President Castillo of Peru. The two leaders met in a prison in Callao.",
			[]string{"Ramon Ortega MEETS Castillo"}, nil},
		{"the two leaders after three heads are none", "President Boric will meet President Castillo and President Arce. After a quarrel with Foreign Minister Ruiz, the two leaders met in Lima.",
			nil, []string{"Castillo MEETS Arce", "Gabriel Boric MEETS Arce", "Gabriel Boric MEETS Castillo"}},
		{"the two leaders are no ministers", "Foreign Minister Ana Ruiz of Chile flew to Lima to see Foreign Minister Pavel Orlov. The two leaders met for three hours.",
			nil, []string{"Ana Ruiz MEETS Pavel Orlov"}},
	})
}

// TestActors checks actors named by common nouns, counterparts and bodies of two
// countries, on sentences written for this test.
func TestActors(t *testing.T) {
	x := embeddedExtractor(t)
	checkSentenceCases(t, x, []sentenceCase{
		{"investigators stand for their state", "Italian investigators accused Russia of the cyberattack.",
			[]string{"Italy ACCUSES Russia"}, nil},
		{"prosecutors stand for their state", "German prosecutors accused Iran of plotting the bombing.",
			[]string{"Germany ACCUSES Iran"}, nil},
		{"protesters do not", "Iranian protesters accused Iraq of meddling.",
			nil, []string{"Iran ACCUSES Iraq"}},
		{"ministries of two countries", "The Russian and Syrian defence ministries accused Turkey of shelling civilians.",
			[]string{"Ministry of Defence of Russia ACCUSES Turkey", "Syrian Ministry of Defence ACCUSES Turkey"}, nil},
		{"the Kingdom of", "Israel struck Gaza on Monday. The Kingdom of Saudi Arabia condemned Iran on Tuesday.",
			[]string{"Saudi Arabia CONDEMNS Iran"}, []string{"Israel CONDEMNS Iran"}},
		{"the country of a body is its country", "Britain summoned Iran's envoy on Sunday. Iran's foreign ministry said on Monday that the country had expelled two British diplomats.",
			[]string{"Iran EXPELS United Kingdom"}, []string{"United Kingdom EXPELS United Kingdom"}},
		{"a group's leader is the leader named before", "Hezbollah leader Hassan Nasrallah spoke on Friday. Hezbollah's leader also threatened Israel.",
			[]string{"Hassan Nasrallah THREATENS Israel"}, nil},
		{"counterpart with a comma is the official, not the country", "Vladimir Putin held talks with his Chinese counterpart, Xi Jinping, on Monday.",
			[]string{"Vladimir Putin MEETS Xi Jinping"}, []string{"Vladimir Putin MEETS China"}},
	})
	structural := []sentenceCase{
		{"counterpart holds the post of the other", "French Foreign Minister Jean Dupont met his Italian counterpart Luigi Rossi in Rome.",
			[]string{"Luigi Rossi MEMBER_OF Italy", "Jean Dupont MEETS Luigi Rossi"}, []string{"Luigi Rossi LEADS Italy"}},
		{"a head of state's counterpart leads", "President Emmanuel Macron received his Chilean counterpart Ana Ruiz in Paris.",
			[]string{"Ana Ruiz LEADS Chile"}, nil},
		{"counterpart without a known post is no title", "Ana Ruiz later phoned her Peruvian counterpart Pedro Salas.",
			nil, []string{"Pedro Salas MEMBER_OF Peru", "Pedro Salas LEADS Peru"}},
		{"a bloc that groups", "The Shanghai Cooperation Organisation, a bloc that groups China, Russia and Kazakhstan, condemned the strikes.",
			[]string{"China MEMBER_OF Shanghai Cooperation Organisation", "Russia MEMBER_OF Shanghai Cooperation Organisation", "Kazakhstan MEMBER_OF Shanghai Cooperation Organisation"}, nil},
		{"an alliance made up of", "NATO, the military alliance made up of the United States, Canada and European countries, met in Brussels.",
			[]string{"United States MEMBER_OF NATO", "Canada MEMBER_OF NATO"}, nil},
		{"members set off by a double hyphen", "The Shanghai Cooperation Organisation -- which groups China, Russia and Kazakhstan -- condemned the strikes.",
			[]string{"China MEMBER_OF Shanghai Cooperation Organisation", "Russia MEMBER_OF Shanghai Cooperation Organisation", "Kazakhstan MEMBER_OF Shanghai Cooperation Organisation"}, nil},
		{"members set off by a dash", "He said the Andean Community—which includes Peru, Chile and Bolivia—would meet in May.",
			[]string{"Peru MEMBER_OF Andean Community", "Chile MEMBER_OF Andean Community", "Bolivia MEMBER_OF Andean Community"}, nil},
		{"an alliance with dashes that includes", "On Monday, NATO -- which includes the United States, Canada and Norway -- met in Brussels.",
			[]string{"United States MEMBER_OF NATO", "Canada MEMBER_OF NATO", "Norway MEMBER_OF NATO"}, nil},
		{"an aside with dashes that lists no members", "The Shanghai Cooperation Organisation -- which China and Russia founded -- condemned Kazakhstan.",
			nil, []string{"Kazakhstan MEMBER_OF Shanghai Cooperation Organisation"}},
		{"a group that includes one actor and other things is no list", "The European Union, a bloc that includes France and its budget rules, met on Monday.",
			nil, []string{"France MEMBER_OF European Union"}},
		{"a spokesman for a body", "Karl Weber, a spokesman for the German foreign ministry, condemned Iran.",
			[]string{"Karl Weber MEMBER_OF Federal Foreign Office"}, nil},
		{"a spokesman for a country's seat", "Dmitry Orlov, a spokesman for the Kremlin, criticised Poland.",
			[]string{"Dmitry Orlov MEMBER_OF Russia"}, nil},
		{"bodies of two countries are parts of each", "The Russian and Syrian defence ministries accused Turkey of shelling civilians.",
			[]string{"Ministry of Defence of Russia PART_OF Russia", "Syrian Ministry of Defence PART_OF Syria"}, nil},
	}
	checkCases(t, x, structural, relationStrings, nil)
	t.Run("the army is the armed forces named before", func(t *testing.T) {
		ex, err := x.Extract(context.Background(), "Pakistan's military rejected the report on Monday. The army said it had killed ten fighters.", geokg.Article{Published: "2024-05-01"})
		require.NoError(t, err)
		var aliases []string
		for _, e := range ex.Entities {
			if e.Kind == geokg.KindGroup && e.Subtype == geokg.Military && e.Country == "PAK" {
				aliases = append(aliases, e.Aliases...)
			}
		}
		assert.Contains(t, aliases, "The army")
	})
	t.Run("the army of two named armed forces is none", func(t *testing.T) {
		ex, err := x.Extract(context.Background(), "Pakistan's military and the Indian army exchanged fire. The army said it had killed ten fighters.", geokg.Article{Published: "2024-05-01"})
		require.NoError(t, err)
		for _, e := range ex.Entities {
			assert.NotContains(t, e.Aliases, "The army", e.Name)
		}
	})
}

// TestDescriptionsOfGroupsFitTheirKind checks that "the group", "the militia", "the
// agency", "the organisation" take only a group of a kind the noun names, on sentences
// written for this test.
func TestDescriptionsOfGroupsFitTheirKind(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the agency is an agency", "The CIA briefed reporters on Monday. The agency accused Russia of hacking the vote.",
			[]string{"Central Intelligence Agency ACCUSES Russia"}, nil},
		{"the militia is an armed group", "Hezbollah fighters crossed the border on Monday. The militia attacked Israel on Tuesday.",
			[]string{"Hezbollah ATTACKS Israel"}, nil},
		{"the militia is no alliance", "NATO met in Brussels on Monday. The militia attacked Latvia on Tuesday.",
			nil, []string{"NATO ATTACKS Latvia"}},
		{"the group is no legislature", "Congress debated the budget on Monday. The group condemned Iran on Tuesday.",
			nil, []string{"United States Congress CONDEMNS Iran"}},
		{"the organisation is no party", "The Republican Party met in Ohio. Trump later criticised the organization.",
			nil, []string{"Donald Trump CONDEMNS Republican Party"}},
		{"the agency is no ministry", "Cuba's foreign ministry spoke on Monday. US officials, speaking to the agency, accused Cuba.",
			nil, []string{"Ministry of Foreign Affairs of Cuba MEETS United States", "Cuban Ministry of Foreign Affairs MEETS United States"}},
	})
}

// TestNamedBodyDescriptions checks "the court" and "the tribunal" for the one court or
// tribunal the article names (namedBody), also as a title's context ("the court's
// president"), none after two and none of another kind; on sentences written for this test.
func TestNamedBodyDescriptions(t *testing.T) {
	checkCases(t, embeddedExtractor(t), []sentenceCase{
		{"the court", "The International Criminal Court opened an inquiry on Monday. The court accused Peru of hiding evidence.",
			[]string{"International Criminal Court ACCUSES Peru"}, nil},
		{"the tribunal", "Chile's Electoral Tribunal met on Monday. On Tuesday the tribunal condemned Bolivia.",
			[]string{"Chilean Electoral Tribunal CONDEMNS Bolivia"}, nil},
		{"the court's president", "Peru's Supreme Court met on Monday. The court's president, Ana Soto, condemned Bolivia.",
			[]string{"Ana Soto LEADS Peruvian Supreme Court"}, nil},
		{"two courts name none", "Peru's Supreme Court and the International Criminal Court met on Monday. The court accused Chile of hiding evidence.",
			nil, []string{"Peruvian Supreme Court ACCUSES Chile", "International Criminal Court ACCUSES Chile"}},
		{"no court named", "The CIA briefed reporters on Monday. The court accused Peru of hiding evidence.",
			nil, []string{"Central Intelligence Agency ACCUSES Peru"}},
		{"a court is no tribunal", "Peru's Supreme Court met on Monday. The tribunal accused Chile of hiding evidence.",
			nil, []string{"Peruvian Supreme Court ACCUSES Chile"}},
	}, relationStrings, nil)
}

// TestDescriptiveWordsBeforeACountryNoun checks descriptions of a country with a word
// that names no region ("the isolated nation", "the rogue regime"): the one country
// named just before, none after two; on sentences written for this test.
func TestDescriptiveWordsBeforeACountryNoun(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the isolated nation", "Bolivia tested a missile on Monday. President Boric urged the isolated nation to return to talks.",
			[]string{"Gabriel Boric DEMANDS Bolivia"}, nil},
		{"after two countries the isolated nation is none", "Bolivia tested a missile on Monday. Peru urged the isolated nation to return to talks.",
			nil, []string{"Peru DEMANDS Bolivia", "Peru DEMANDS Peru"}},
		{"the reclusive state is the subject before", "Chile protested on Monday. Peru closed its border. The reclusive state then expelled two Chilean diplomats.",
			[]string{"Peru EXPELS Chile"}, []string{"Chile EXPELS Chile"}},
		{"the rogue regime is not the subject's own", "Bolivia fired a missile over the lake. President Boric condemned the rogue regime on Tuesday.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, []string{"Gabriel Boric CONDEMNS Chile"}},
		{"a word that sets one country apart describes none", "Chile fired a missile over the lake. Peru held talks with the only state in the region.",
			nil, []string{"Peru MEETS Chile"}},
		{"a state without a descriptive word is none", "Chile fired a missile over the lake. Peru condemned the state on Tuesday.",
			nil, []string{"Peru CONDEMNS Chile"}},
		{"a capitalised word is a name", "Chile fired a missile over the lake. Peru condemned the Rogue State podcast on Tuesday.",
			nil, []string{"Peru CONDEMNS Chile"}},
	})
}

// TestTheRegime checks "the regime": the one country the article called a regime, else
// the one country named just before; on sentences written for this test.
func TestTheRegime(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the country called a regime", "Bolivia's regime tested a missile on Monday. Chile and Peru met in Lima. Peru condemned the regime on Tuesday.",
			[]string{"Peru CONDEMNS Bolivia"}, []string{"Peru CONDEMNS Chile"}},
		{"the one country named before", "Bolivia tested a missile on Monday. President Boric condemned the regime on Tuesday.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
		{"two countries called regimes are none", "The Bolivian regime and the Peruvian regime met on Monday. Chile condemned the regime on Tuesday.",
			nil, []string{"Chile CONDEMNS Bolivia", "Chile CONDEMNS Peru"}},
	})
}

// TestTheUnnamedOfficial checks "the official" after an official named only by a
// country, on sentences written for this test (the frames alone read it).
func TestTheUnnamedOfficial(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t).WithoutPatterns(), []sentenceCase{
		{"the official is the country's", "A senior Burmese official spoke to reporters on Monday. The official accused Britain of lying.",
			[]string{"Myanmar ACCUSES United Kingdom"}, nil},
		{"the officials are the country's", "Iranian security officials met in Tehran on Monday. The officials condemned Israel.",
			[]string{"Iran CONDEMNS Israel"}, nil},
		{"officials of two countries are no one", "Iranian officials met Iraqi officials in Baghdad. The officials condemned Israel.",
			nil, []string{"Iran CONDEMNS Israel", "Iraq CONDEMNS Israel"}},
		{"a named official of that post first", "Agriculture official Ana Ruiz of Peru spoke on Monday. A Chilean official was there too. The official condemned Bolivia.",
			nil, []string{"Chile CONDEMNS Bolivia"}},
	})
}

// TestItIsAStateOnlyWhenOneOpensTheClause checks the pronoun "it" on sentences written
// for this test: a country or group before it in its sentence, or the one that opens the
// sentence before as its subject, else nothing (a deal, a drone or a decision is more
// often "it" than a state named further back); "it is outrageous that" is no actor.
func TestItIsAStateOnlyWhenOneOpensTheClause(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"it after a country opening the sentence before", "Chile expelled two Peruvian diplomats on Monday. It also accused Peru of spying.",
			[]string{"Chile ACCUSES Peru"}, nil},
		{"it after an opening phrase with no comma", "In recent years the United States has frozen the assets of Venezuelan officials. It has also criticised Venezuela's courts.",
			[]string{"United States CONDEMNS Venezuela"}, nil},
		{"it after the administration in its sentence", "The Biden administration met Iraqi officials on Monday. The administration said it had condemned Iran's attacks.",
			[]string{"United States CONDEMNS Iran"}, nil},
		{"it after a thing that opens the sentence before", "The agreement was welcomed by Chile on Monday. Foreign Minister Pavel Orlov defended it on Tuesday.",
			nil, []string{"Pavel Orlov SUPPORTS Chile"}},
		{"it after a person who opens the sentence before", "Foreign Minister Pavel Orlov spoke to Chile on Monday. He said it was making a big mistake.",
			nil, []string{"Pavel Orlov CONDEMNS Chile"}},
		{"it two sentences after the state", "Chile expelled two diplomats on Monday. The move surprised observers. Foreign Minister Pavel Orlov praised it.",
			nil, []string{"Pavel Orlov SUPPORTS Chile"}},
		{"it outside a quotation is no state named inside one", "“Chile has made a grave mistake.” However, it was welcomed by Foreign Minister Pavel Orlov.",
			nil, []string{"Pavel Orlov SUPPORTS Chile"}},
		{"its before a pattern's noun is no state named sentences before", "Chile protested on Monday. The talks ended in the evening. Observers doubted its support for Bolivia.",
			nil, []string{"Chile SUPPORTS Bolivia"}},
		{"it is outrageous that", "Chile closed its border on Monday. Foreign Minister Pavel Orlov said it was outrageous that Peru had been blamed.",
			nil, []string{"Pavel Orlov CONDEMNS Chile"}},
		// a country named as where something is ("In Lima,") is no antecedent
		{"it after a place that opens the sentence", "In Lima, the Chilean embassy said that it had been summoned by the Peruvian foreign ministry.",
			[]string{"Peruvian Foreign Ministry MEETS Chile"}, []string{"Peruvian Foreign Ministry MEETS Peru"}},
		{"it after a place inside the sentence", "Talks were held at Lima on Monday, and Chile said it would expel two Bolivian diplomats.",
			nil, []string{"Peru EXPELS Bolivia"}},
	})
}

// TestPeopleTheGazetteerDoesNotKnow checks "he", "she", "his" and "her" near a person the
// gazetteer does not know, on sentences written for this test: when the pronoun would be
// that person's (the subject of the sentence before, the nearest person in its own
// sentence, a name after the comma of an opening phrase), it is nobody's, not the
// official named further back's.
func TestPeopleTheGazetteerDoesNotKnow(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"he after an unknown person who opens the sentence before", "Foreign Minister Pavel Orlov met reporters on Monday. James Whitfield, a lawyer, testified on Tuesday. He accused Latvia of lying.",
			nil, []string{"Pavel Orlov ACCUSES Latvia"}},
		{"he after Mr and a name", "Foreign Minister Pavel Orlov spoke on Monday. Mr. Blackwood then took the floor. He condemned Latvia.",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"he after a surname named in full before", "Foreign Minister Pavel Orlov spoke on Monday. James Whitfield was fired in May. On Tuesday Whitfield talked to reporters. He accused Latvia of lying.",
			nil, []string{"Pavel Orlov ACCUSES Latvia"}},
		{"she after an unknown person in her sentence", "Foreign Minister Pavel Orlov spoke on Monday. Reporters asked Susan Whitfield whether she had condemned Latvia.",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"his before an unknown person after the comma", "Foreign Minister Pavel Orlov spoke on Monday. In his meeting with President Anna Ruiz, James Whitfield said little.",
			nil, []string{"Pavel Orlov MEETS Anna Ruiz"}},
		{"his of as for", "Foreign Minister Mark Stone of Canada spoke on Monday. As for his talks with President Anna Ruiz of Peru, Foreign Minister Pavel Orlov said little.",
			[]string{"Pavel Orlov MEETS Anna Ruiz"}, []string{"Mark Stone MEETS Anna Ruiz"}},
		{"his before a country's possessive and a thing is none", "Foreign Minister Pavel Orlov of Latvia spoke on Monday. In his meeting with President Anna Ruiz of Peru, Canada's position was clear.",
			[]string{"Pavel Orlov MEETS Anna Ruiz"}, nil},
		{"his before Mr. and an official after the comma", "Foreign Minister Pavel Orlov of Russia spoke on Monday. Canadian Foreign Minister Mark Stone arrived. President Anna Ruiz of Peru spoke first. In his talks with Mr. Orlov, Mr. Stone made it clear that Canada would not yield.",
			[]string{"Mark Stone MEETS Pavel Orlov"}, []string{"Anna Ruiz MEETS Pavel Orlov"}},
		{"he in a quotation with no clear speaker is only someone it names", "Foreign Minister Pavel Orlov spoke on Monday. “You ask yourself why. In every chapter of the letter he condemns Latvia.”",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"he in a quotation with no clear speaker names someone in it", "Foreign Minister Pavel Orlov spoke on Monday. “You ask why. President Mark Stone of Peru wrote a letter. He condemns Latvia in it.”",
			[]string{"Mark Stone CONDEMNS Latvia"}, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"he after an official who opens the sentence before an unknown person", "Foreign Minister Pavel Orlov met James Whitfield on Monday. He accused Latvia of lying.",
			[]string{"Pavel Orlov ACCUSES Latvia"}, nil},
		{"he after an unknown person in an opening clause", "Around the time James Whitfield was arrested, Foreign Minister Pavel Orlov was in Riga. He accused Latvia of lying.",
			[]string{"Pavel Orlov ACCUSES Latvia"}, nil},
		{"he after a Ms", "Foreign Minister Pavel Orlov spoke on Monday. Ms. Whitfield said nothing. He accused Latvia of lying.",
			[]string{"Pavel Orlov ACCUSES Latvia"}, nil},
		{"he after a rival named with a role noun", "Foreign Minister Pavel Orlov spoke on Monday. His rival Teodor Vasko also addressed the crowd. Vasko called the vote a fraud, as he also criticized Latvia.",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"he after a boxer named with a role noun", "Foreign Minister Pavel Orlov spoke on Monday. The boxer Dario Ferrante arrived later. He accused Latvia of lying.",
			nil, []string{"Pavel Orlov ACCUSES Latvia"}},
		{"he after a boxer named with a role noun and a surname", "Foreign Minister Pavel Orlov spoke on Monday. Former boxer Teodor Vasko joined the race. Vasko was a candidate in 2014, but he condemned Latvia.",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"he after a lawyer named with a role noun", "Foreign Minister Pavel Orlov spoke on Monday. His lawyer Oskar Brandt told the court that he condemned Latvia.",
			nil, []string{"Pavel Orlov CONDEMNS Latvia"}},
		{"a role noun with no name after it is nobody", "Foreign Minister Pavel Orlov spoke on Monday. He met the boxer on Tuesday. He accused Latvia of lying.",
			[]string{"Pavel Orlov ACCUSES Latvia"}, nil},
		{"a party's member is no person's name", "Foreign Minister Pavel Orlov spoke on Monday. A Virginia Democrat was there too. He accused Latvia of lying.",
			[]string{"Pavel Orlov ACCUSES Latvia"}, nil},
		// a family name of two officials of the article, which no mention reads: the one of
		// them the pronoun's gender fits, else nobody
		{"he after a family name of a man and a woman", "Peruvian President Pedro Tello and Foreign Minister Maria Tello flew to Santiago. Tello met President Boric on Monday. He accused Bolivia of spying.",
			[]string{"Pedro Tello ACCUSES Bolivia"}, []string{"Gabriel Boric ACCUSES Bolivia"}},
		{"she after a family name of a man and a woman", "Peruvian President Pedro Tello and Foreign Minister Maria Tello flew to Santiago. Tello met President Boric on Monday. She accused Bolivia of spying.",
			[]string{"Maria Tello ACCUSES Bolivia"}, []string{"Gabriel Boric ACCUSES Bolivia"}},
		{"he after a family name of two men is nobody", "Peruvian President Pedro Tello and Foreign Minister Juan Tello flew to Santiago. Tello met President Boric on Monday. He accused Bolivia of spying.",
			nil, []string{"Gabriel Boric ACCUSES Bolivia", "Pedro Tello ACCUSES Bolivia", "Juan Tello ACCUSES Bolivia"}},
		{"a family name before an office noun is no person", "Peruvian President Pedro Tello and Foreign Minister Juan Tello flew to Santiago. The Tello government met President Boric on Monday. He accused Bolivia of spying.",
			[]string{"Gabriel Boric ACCUSES Bolivia"}, nil},
		{"a family name after a preposition is no antecedent", "Peruvian President Pedro Tello and Foreign Minister Juan Tello flew to Santiago. President Boric met with Tello on Monday, and he accused Bolivia of spying.",
			[]string{"Gabriel Boric ACCUSES Bolivia"}, nil},
	})
}

// TestTitleDescriptionsKeepTheirPost checks a title without a name on sentences written
// for this test: "the vice president" is not the president named before, "the
// president" not the vice president, "the deputy leader" not the leader.
func TestTitleDescriptionsKeepTheirPost(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the president is the president", "President Anna Ruiz of Peru spoke on Monday. Later the president condemned Chile.",
			[]string{"Anna Ruiz CONDEMNS Chile"}, nil},
		{"the vice president is not the president", "President Anna Ruiz of Peru spoke on Monday. Later the vice president condemned Chile.",
			nil, []string{"Anna Ruiz CONDEMNS Chile"}},
		{"the president is not the vice president", "Vice President Mark Stone of Peru spoke on Monday. Later the president condemned Chile.",
			nil, []string{"Mark Stone CONDEMNS Chile"}},
		{"the president is not a former president", "Former President Mark Stone of Peru spoke on Monday. Later the president condemned Chile.",
			nil, []string{"Mark Stone CONDEMNS Chile"}},
		{"the deputy foreign minister is not the foreign minister", "Foreign Minister Mark Stone of Peru spoke on Monday. Later the deputy foreign minister condemned Chile.",
			nil, []string{"Mark Stone CONDEMNS Chile"}},
		// of two presidents, the one the article names at least twice as often as the
		// latest one, else the latest
		{"the president is the article's main one", "President Anna Ruiz of Peru spoke in Lima on Monday. Ruiz praised the army. Ruiz later met President Pedro Soto of Bolivia. Then the president condemned Chile.",
			[]string{"Anna Ruiz CONDEMNS Chile"}, []string{"Pedro Soto CONDEMNS Chile"}},
		{"the president is the latest one named as often", "President Anna Ruiz of Peru spoke in Lima on Monday. She later met President Pedro Soto of Bolivia. Then the president condemned Chile.",
			[]string{"Pedro Soto CONDEMNS Chile"}, []string{"Anna Ruiz CONDEMNS Chile"}},
		// in a quotation, "the president" is the speaker's country's when the article has
		// named one lately, not a foreign one named after it
		{"the president in a quotation is the speaker's country's", "President Luis Vega of Peru spoke on Monday. President Pedro Soto of Bolivia arrived in Lima. “The president condemned Chile,” Peruvian Foreign Minister Ana Ruiz said.",
			[]string{"Luis Vega CONDEMNS Chile"}, []string{"Pedro Soto CONDEMNS Chile"}},
		{"the president in a quotation of a speaker of no known country stays", "President Luis Vega of Peru spoke on Monday. President Pedro Soto of Bolivia arrived in Lima. “The president condemned Chile,” Vice Minister Karl Weber said.",
			nil, []string{"Luis Vega CONDEMNS Chile"}},
		{"the president in a quotation with none of the speaker's country stays", "President Pedro Soto of Bolivia arrived in Lima. “The president condemned Chile,” Peruvian Foreign Minister Ana Ruiz said.",
			nil, []string{"Luis Vega CONDEMNS Chile", "Ana Ruiz CONDEMNS Chile"}},
		{"the president is the latest one named not twice as often", "President Anna Ruiz of Peru spoke in Lima on Monday. President Pedro Soto of Bolivia spoke too. Ruiz later met Soto. Then the president condemned Chile.",
			[]string{"Pedro Soto CONDEMNS Chile"}, []string{"Anna Ruiz CONDEMNS Chile"}},
	})
}

// farFiller is eleven sentences that name no one: what they separate lies beyond the
// ten sentences within which a title without a name takes the latest official of its post.
var farFiller = func() string {
	var b strings.Builder
	for i := 1; i <= 11; i++ {
		fmt.Fprintf(&b, " Rain fell on the capital's %d markets.", i*3)
	}
	return b.String() + " "
}()

// TestTitleDescriptionsFarBack checks a title without a name on sentences written for
// this test: the one official of that post the article named, however far back, when the
// title names one post of a country; the title may run over its field ("the secretary of
// state") and "the commander in chief" is the president.
func TestTitleDescriptionsFarBack(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the president far back", "President Anna Ruiz of Peru spoke in Lima." + farFiller + "Then the president condemned Chile.",
			[]string{"Anna Ruiz CONDEMNS Chile"}, nil},
		{"the foreign minister far back", "Foreign Minister Mark Stone of Peru spoke in Lima." + farFiller + "Then the foreign minister condemned Chile.",
			[]string{"Mark Stone CONDEMNS Chile"}, nil},
		{"the secretary of state", "Secretary of State Mark Stone of Peru spoke in Lima. Then the secretary of state condemned Chile.",
			[]string{"Mark Stone CONDEMNS Chile"}, nil},
		{"the secretary of state far back", "Secretary of State Mark Stone of Peru spoke in Lima." + farFiller + "Then the secretary of state condemned Chile.",
			[]string{"Mark Stone CONDEMNS Chile"}, nil},
		{"the commander in chief", "President Anna Ruiz of Peru spoke in Lima. Then the commander in chief condemned Chile.",
			[]string{"Anna Ruiz CONDEMNS Chile"}, nil},
		{"the commander-in-chief far back", "President Anna Ruiz of Peru spoke in Lima." + farFiller + "Then the commander-in-chief condemned Chile.",
			[]string{"Anna Ruiz CONDEMNS Chile"}, nil},
		// two of the post, a post many hold, a commander in chief of an army, a title in
		// apposition to another name: nobody
		{"two presidents far back", "President Anna Ruiz of Peru met President Pedro Soto of Bolivia in Lima." + farFiller + "Then the president condemned Chile.",
			nil, []string{"Anna Ruiz CONDEMNS Chile", "Pedro Soto CONDEMNS Chile"}},
		{"the minister far back", "Minister Mark Stone of Peru spoke in Lima." + farFiller + "Then the minister condemned Chile.",
			nil, []string{"Mark Stone CONDEMNS Chile"}},
		{"the party leader far back", "Peruvian opposition party leader Mark Stone spoke in Lima." + farFiller + "Then the party leader condemned Chile.",
			nil, []string{"Mark Stone CONDEMNS Chile"}},
		{"the commander in chief of an army", "President Anna Ruiz of Peru spoke in Lima. Then the commander in chief of the army condemned Chile.",
			nil, []string{"Anna Ruiz CONDEMNS Chile"}},
		{"a title in apposition far back", "Foreign Minister Mark Stone of Peru spoke in Lima." + farFiller + "Then Pedro Soto, the foreign minister, condemned Chile.",
			nil, []string{"Mark Stone CONDEMNS Chile"}},
	})
}

// TestTitleAsWritten checks a title without a name against the titles the article
// wrote with an official's name, on sentences written for this test: the article's
// title of one post of a country over a dictionary's of another term, a title written
// short ("PM").
func TestTitleAsWritten(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the article's title of a known official", "Chilean Foreign Minister Gabriel Boric visited Lima. Then the foreign minister condemned Bolivia.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
		{"the article's deputy title far back", "Vice President Gabriel Boric visited Lima." + farFiller + "Then the vice president condemned Bolivia.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
		{"the PM after a prime minister", "Prime Minister Ana Ruiz of Peru spoke in Lima. The PM also condemned Chile.",
			[]string{"Ana Ruiz CONDEMNS Chile"}, nil},
		{"the prime minister after a PM", "Peruvian PM Ana Ruiz spoke in Lima." + farFiller + "The prime minister condemned Chile.",
			[]string{"Ana Ruiz CONDEMNS Chile"}, nil},
		{"a country's PM", "King Pedro Soto of Peru met Prime Minister Ana Ruiz of Peru in Lima. Later the Peruvian PM condemned Chile.",
			[]string{"Ana Ruiz CONDEMNS Chile"}, []string{"Pedro Soto CONDEMNS Chile"}},
		// a deputy is not the head the dictionary made him later; a title set after the
		// name; a post many hold; two of the post; a time
		{"the president after a vice president", "Vice President Gabriel Boric visited Lima. Then the president condemned Bolivia.",
			nil, []string{"Gabriel Boric CONDEMNS Bolivia"}},
		{"a title after the name", "Gabriel Boric, the vice president's adviser, visited Lima. Then the vice president condemned Bolivia.",
			nil, []string{"Gabriel Boric CONDEMNS Bolivia"}},
		{"a post many hold", "Chilean Senator Gabriel Boric visited Lima. Then the senator condemned Bolivia.",
			nil, []string{"Gabriel Boric CONDEMNS Bolivia"}},
		{"the PM after two prime ministers", "Prime Minister Ana Ruiz of Peru met Prime Minister Pedro Soto of Chile." + farFiller + "The PM condemned Bolivia.",
			nil, []string{"Ana Ruiz CONDEMNS Bolivia", "Pedro Soto CONDEMNS Bolivia"}},
		{"a time is no PM", "Prime Minister Ana Ruiz of Peru spoke in Lima. At 5 PM Soto condemned Chile.",
			nil, []string{"Soto CONDEMNS Chile", "Ana Ruiz CONDEMNS Chile"}},
		{"a word of a name is no PM", "Prime Minister Ana Ruiz of Peru spoke in Lima. The Lima Radio PM Soto show condemned Chile.",
			nil, []string{"Soto CONDEMNS Chile", "Ana Ruiz CONDEMNS Chile"}},
	})
}

// TestDescribedTitle checks a definite title with a word that describes its holder, on
// sentences written for this test: the one holder of that post, a party's word only of
// an official of the party's country; not a post many hold, nor an outgoing holder.
func TestDescribedTitle(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the leftist president", "President Gabriel Boric of Chile spoke in Lima. The leftist president condemned Bolivia.",
			[]string{"Gabriel Boric CONDEMNS Bolivia"}, nil},
		{"the embattled prime minister far back", "Prime Minister Ana Ruiz of Peru spoke in Lima." + farFiller + "The embattled prime minister condemned Chile.",
			[]string{"Ana Ruiz CONDEMNS Chile"}, nil},
		{"the Republican president of an American", "U.S. President Ana Ruiz spoke in Lima. The Republican president condemned Chile.",
			[]string{"Ana Ruiz CONDEMNS Chile"}, nil},
		{"the Republican president of a Peruvian", "President Pedro Soto of Peru spoke in Lima. The Republican president condemned Chile.",
			nil, []string{"Pedro Soto CONDEMNS Chile"}},
		{"a post many hold", "Senator Ana Ruiz of Peru spoke in Lima. The veteran senator condemned Chile.",
			nil, []string{"Ana Ruiz CONDEMNS Chile"}},
		{"the outgoing president", "President Gabriel Boric of Chile spoke in Lima. The outgoing president condemned Bolivia.",
			nil, []string{"Gabriel Boric CONDEMNS Bolivia"}},
	})
}

// TestSharedFamilyNameNamedJustBefore checks a family name two officials of the article
// share, on sentences written for this test: the one of them the article named first,
// when the sentence before or its own words before it name that one in full and the
// other is not named in the ten sentences before; nobody otherwise.
func TestSharedFamilyNameNamedJustBefore(t *testing.T) {
	first := "Foreign Minister Maria Tello of Peru spoke in Lima. President Pedro Tello of Peru praised her."
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the one named in the sentence before", first + farFiller + "Foreign Minister Maria Tello flew to Santiago. Tello condemned Bolivia.",
			[]string{"Maria Tello CONDEMNS Bolivia"}, []string{"Pedro Tello CONDEMNS Bolivia"}},
		{"the one named before it in its sentence", first + farFiller + "After Foreign Minister Maria Tello flew to Santiago, Tello condemned Bolivia.",
			[]string{"Maria Tello CONDEMNS Bolivia"}, []string{"Pedro Tello CONDEMNS Bolivia"}},
		// the one named just before is not the one the article named first; both named
		// near; the other named within ten sentences; named only far back; an elder or
		// younger one
		{"a relative named just before", first + farFiller + "President Pedro Tello flew to Santiago. Tello condemned Bolivia.",
			nil, []string{"Maria Tello CONDEMNS Bolivia", "Pedro Tello CONDEMNS Bolivia"}},
		{"both named just before", "President Pedro Tello of Peru and Foreign Minister Maria Tello of Peru flew to Santiago. Tello condemned Bolivia.",
			nil, []string{"Maria Tello CONDEMNS Bolivia", "Pedro Tello CONDEMNS Bolivia"}},
		{"the other named a few sentences before", first + " Rain fell. Foreign Minister Maria Tello flew to Santiago. Tello condemned Bolivia.",
			nil, []string{"Maria Tello CONDEMNS Bolivia", "Pedro Tello CONDEMNS Bolivia"}},
		{"named only far back", first + farFiller + "Foreign Minister Maria Tello flew to Santiago." + farFiller + "Tello condemned Bolivia.",
			nil, []string{"Maria Tello CONDEMNS Bolivia", "Pedro Tello CONDEMNS Bolivia"}},
		{"the younger one", first + farFiller + "Foreign Minister Maria Tello flew to Santiago. The younger Tello condemned Bolivia.",
			nil, []string{"Maria Tello CONDEMNS Bolivia", "Pedro Tello CONDEMNS Bolivia"}},
	})
}

// TestBareLegislators checks "lawmakers", "legislators" and "MPs" with no word that picks
// some of them, on sentences written for this test: the one legislature of a country the
// article named before; none with two, none named, or a word before the noun.
func TestBareLegislators(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"lawmakers as the subject", "The Peruvian Congress met on Monday. Lawmakers condemned Bolivia.",
			[]string{"Peruvian Congress CONDEMNS Bolivia"}, nil},
		{"lawmakers as the object", "The Peruvian Congress met on Monday. President Anna Ruiz of Peru urged lawmakers to condemn Bolivia.",
			[]string{"Anna Ruiz DEMANDS Peruvian Congress"}, nil},
		{"MPs after a preposition", "The Peruvian Parliament met on Monday. Chile drew criticism from MPs over the raid.",
			[]string{"Peruvian Parliament CONDEMNS Chile"}, nil},
		{"legislators far back", "The Peruvian Congress met on Monday." + farFiller + "Legislators condemned Bolivia.",
			[]string{"Peruvian Congress CONDEMNS Bolivia"}, nil},
		{"no legislature named", "President Anna Ruiz of Peru urged lawmakers to condemn Bolivia.",
			nil, []string{"Anna Ruiz DEMANDS Peruvian Congress", "Anna Ruiz DEMANDS Peruvian Parliament"}},
		{"two legislatures named", "The Peruvian Congress and the Chilean Congress met on Monday. Lawmakers condemned Bolivia.",
			nil, []string{"Peruvian Congress CONDEMNS Bolivia", "Chilean Congress CONDEMNS Bolivia"}},
		{"some lawmakers", "The Peruvian Congress met on Monday. Some lawmakers condemned Bolivia.",
			nil, []string{"Peruvian Congress CONDEMNS Bolivia"}},
		{"the lawmakers", "The Peruvian Congress met on Monday. The lawmakers condemned Bolivia.",
			nil, []string{"Peruvian Congress CONDEMNS Bolivia"}},
		{"lawmakers placed in another country", "The Peruvian Congress met on Monday. Lawmakers in Chile condemned Bolivia.",
			nil, []string{"Peruvian Congress CONDEMNS Bolivia"}},
		{"lawmakers are no it", "The Peruvian Congress met on Monday. Lawmakers voted on the treaty, and Chile backed it.",
			nil, []string{"Chile SUPPORTS Peruvian Congress"}},
	})
}

// TestQuotedFirstPersonActs checks acts told in the first person inside a quotation:
// the speaker's (or their side's) own acts, whose speaker the sentence names after the
// quotation as a title's apposition, as an unnamed official of a body or a state, or
// as the author of a statement; and what must not be read from a quotation.
func TestQuotedFirstPersonActs(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		// a title set off by commas before the reporting verb
		{"we after a title's apposition", "“We expelled four Latvian diplomats this morning,” Estonia's foreign minister, Karl Tamm, told reporters.",
			[]string{"Karl Tamm EXPELS Latvia", "Estonia EXPELS Latvia"}, nil},
		{"we after a definite title's apposition", "“We have imposed sanctions on Belarus,” the foreign minister of Lithuania, Rasa Jonaitis, said on Monday.",
			[]string{"Rasa Jonaitis SANCTIONS Belarus"}, nil},
		{"we after a president's apposition", "“We support Moldova and its people,” Romania's president, Ion Popa, said on Friday.",
			[]string{"Ion Popa SUPPORTS Moldova"}, nil},
		// an unnamed official of a body or a state
		{"we of a ministry's official", "“We imposed sanctions on Belarus last week,” a Lithuanian foreign ministry official said.",
			[]string{"Lithuanian Foreign Ministry SANCTIONS Belarus"}, nil},
		{"we of a government's spokesman", "“We have recalled our ambassador from Israel,” an Egyptian government spokesman said on Monday.",
			[]string{"Egypt SEVERS_TIES_WITH Israel"}, nil},
		{"we of a department's senior official", "“We strongly condemn North Korea,” a senior State Department official said.",
			[]string{"United States Department of State CONDEMNS North Korea"}, nil},
		// the author of a statement
		{"we of a statement from a spokesman", "“We have lodged a strong protest with Japan,” said a statement Saturday from China's foreign ministry spokesman Liu Wei.",
			[]string{"Liu Wei CONDEMNS Japan"}, nil},
		{"we of a statement from a body", "“We support Sudan and its people,” said a statement from the Arab League.",
			[]string{"Arab League SUPPORTS Sudan"}, nil},
		// the speaker's "our" before a noun of the state is the speaker's state: a friendly
		// act the other party tells of stands, a hostile one is the speaker's accusation
		{"our forces of a friendly act", "“Poland has sent weapons to our forces,” Ukrainian Foreign Minister Olena Koval said.",
			[]string{"Poland AIDS Ukraine"}, nil},
		{"our troops of the speaker's own act", "“Our troops have attacked Hamas in Gaza,” Israeli Defence Minister Avi Cohen said.",
			[]string{"Israel ATTACKS Hamas"}, []string{"Avi Cohen ATTACKS Hamas"}},
		{"our people are not the state", "“China has supported our people from the start,” Ukrainian Foreign Minister Olena Koval said.",
			nil, []string{"China SUPPORTS Ukraine", "China SUPPORTS Olena Koval"}},
		{"our cities of a hostile act", "“Russia has attacked our cities every night,” Ukrainian Foreign Minister Olena Koval said.",
			[]string{"Olena Koval ACCUSES Russia"}, []string{"Russia ATTACKS Ukraine", "Russia ATTACKS Olena Koval"}},
		{"our allies are not the state", "“Russia has attacked our allies,” Ukrainian Foreign Minister Olena Koval said.",
			nil, []string{"Russia ATTACKS Ukraine"}},
		// must not fire: hypotheticals, denials, rhetorical questions, an adversary's act
		// against a third party
		{"a hypothetical", "“We would impose sanctions on Belarus if it attacked,” a Lithuanian foreign ministry official said.",
			nil, []string{"Lithuanian Foreign Ministry SANCTIONS Belarus"}},
		{"a denial", "“We have not expelled any Latvian diplomats,” Estonia's foreign minister, Karl Tamm, told reporters.",
			nil, []string{"Karl Tamm EXPELS Latvia", "Estonia EXPELS Latvia"}},
		{"a rhetorical question", "“Why would we recall our ambassador from Israel?” an Egyptian government spokesman said.",
			nil, []string{"Egypt SEVERS_TIES_WITH Israel"}},
		{"an adversary's act against a third party", "“Russia attacked Georgia in 2008,” Ukrainian Foreign Minister Olena Koval said.",
			[]string{"Olena Koval ACCUSES Russia"}, []string{"Russia ATTACKS Georgia"}},
		{"a spokesman of no one named", "“We have recalled our ambassador from Israel,” a spokesman said.",
			nil, []string{"Egypt SEVERS_TIES_WITH Israel"}},
	})
}

// TestReportedWrongdoing checks, through the whole extractor (the prefilter parses a
// sentence with a misdeed and a speech verb), that a misdeed told of another in a
// quotation or a report is the speaker's accusation.
func TestReportedWrongdoing(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"harassment in a quotation", "“The Bolivian government has been harassing our diplomats for months,” Senator Marco Diaz said.",
			[]string{"Marco Diaz ACCUSES Bolivia"}, nil},
		{"meddling reported", "Canada said Iran had meddled in its elections.",
			[]string{"Canada ACCUSES Iran"}, nil},
		{"a violation concluded", "Japan concluded that China had violated the agreement.",
			[]string{"Japan ACCUSES China"}, nil},
		{"meddling denied", "Canada said Iran had never meddled in its elections.",
			nil, []string{"Canada ACCUSES Iran"}},
		{"the speaker's own side", "“We have never interfered in the affairs of Georgia,” Russian Foreign Minister Pavel Orlov said.",
			nil, []string{"Pavel Orlov ACCUSES Russia", "Pavel Orlov ACCUSES Pavel Orlov"}},
		{"a misdeed noun of another", "Russian Foreign Minister Pavel Orlov said the unrest was fuelled by American interference.",
			[]string{"Pavel Orlov ACCUSES United States"}, nil},
		{"a misdeed noun of the speaker's side", "Russian Foreign Minister Pavel Orlov said Russian interference was a myth invented abroad.",
			nil, []string{"Pavel Orlov ACCUSES Russia"}},
		// a speech participle set off by a comma speaks for the subject of its clause
		{"a misdeed after a contending participle", "Peru left the Andean Pact on Monday, contending that Chile had sabotaged its trade talks.",
			[]string{"Peru ACCUSES Chile"}, nil},
		{"a misdeed after an adding participle", "“We are glad,” Minister Ana Ruiz said, adding that Chile had harassed Peruvian fishermen for years.",
			[]string{"Ana Ruiz ACCUSES Chile"}, nil},
		{"an attack after an arguing participle", "Peru closed the border, arguing that Chile had attacked Bolivian posts.",
			[]string{"Peru ACCUSES Chile"}, []string{"Chile ATTACKS Bolivia"}},
		{"a misdeed of it is no accusation", "Senator Ana Ruiz criticised the new pipeline deal with Chile, saying it violated Peruvian law.",
			nil, []string{"Ana Ruiz ACCUSES Chile"}},
		// a noun's act told by a support verb in the complement is the speaker's claim too
		{"an attack ordered, reported", "Chile said Peru ordered the attack on Bolivia.",
			[]string{"Chile ACCUSES Peru"}, []string{"Peru ATTACKS Bolivia"}},
		{"strikes launched, claimed", "Chile claimed Peru launched strikes on Bolivia.",
			[]string{"Chile ACCUSES Peru"}, []string{"Peru ATTACKS Bolivia"}},
		{"an attack ordered, told by the article", "Peru ordered the attack on Bolivia on Monday.",
			[]string{"Peru ATTACKS Bolivia"}, nil},
		{"a warning issued, reported, is no accusation", "Chile said Peru issued a warning to Bolivia.",
			nil, []string{"Chile ACCUSES Peru", "Peru THREATENS Bolivia"}},
		{"a campaign at no one, reported, is no accusation", "Chile said Peru launched a bombing campaign.",
			nil, []string{"Chile ACCUSES Peru"}},
		{"a speaker's own act with another is no report of another's", "President Ana Ruiz of Peru spoke in Lima, saying she and Bolivian President Pedro Soto had met on Sunday.",
			[]string{"Ana Ruiz MEETS Pedro Soto"}, nil},
	})
}

// TestBothStandsForTheOpeningPair checks "both" standing alone as a clause's subject on
// sentences written for this test: the two actors joined by "and" that open its sentence,
// or the sentence before, as their subject; not another actor nearer to it, and nobody
// when the pair is a possessive ("Peru and Chile's envoys") or "both" is an object.
func TestBothStandsForTheOpeningPair(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"after although", "Peru and Chile refused to follow Brazil in imposing sanctions on Bolivia, although both have criticized La Paz for its crackdown.",
			[]string{"Peru CONDEMNS Bolivia", "Chile CONDEMNS Bolivia"}, []string{"Brazil CONDEMNS Bolivia"}},
		{"the sentence before", "Peru and Chile met in Lima on Monday. Both condemned Argentina on Tuesday.",
			[]string{"Peru CONDEMNS Argentina", "Chile CONDEMNS Argentina"}, nil},
		{"a passive", "Russia and China vetoed the draft on Monday, but both were criticized by France.",
			[]string{"France CONDEMNS Russia", "France CONDEMNS China"}, nil},
		{"opening a sentence after a pair", "Peru and Chile spoke at the summit. Both have accused Bolivia of fraud.",
			[]string{"Peru ACCUSES Bolivia", "Chile ACCUSES Bolivia"}, nil},
		{"a possessive pair is no pair", "Peru and Chile's envoys met in Lima on Monday. Both condemned Argentina on Tuesday.",
			nil, []string{"Peru CONDEMNS Argentina", "Chile CONDEMNS Argentina"}},
		{"both as an object", "Argentina and Peru met in Lima, while Chile criticized both for the delay.",
			nil, []string{"Argentina CONDEMNS Chile", "Peru CONDEMNS Chile"}},
	})
}

// TestGenderFromTheGazetteer checks that "he" and "she" pass over an official of the
// other gender that the gazetteer gives (gender) when the first name does not show it: a
// family name first.
func TestGenderFromTheGazetteer(t *testing.T) {
	g, err := gazetteer.FromFile(gazetteer.File{
		Countries: []gazetteer.Country{
			{Code: "PER", Name: "Peru", Demonyms: []string{"Peruvian"}},
			{Code: "CHL", Name: "Chile", Demonyms: []string{"Chilean"}},
		},
		Officials: []gazetteer.Official{
			{Name: "Mamani Quispe", Country: "PER", Title: "President", Gender: "m", Aliases: []string{"Mamani"}},
			{Name: "Tello Ruiz", Country: "PER", Title: "Foreign Minister", Gender: "f", Aliases: []string{"Tello"}},
		},
	})
	require.NoError(t, err)
	read := func(text string) []string {
		ex, err := New(g).Extract(context.Background(), text, geokg.Article{Published: "2024-05-01"})
		require.NoError(t, err)
		return interactions(ex)
	}
	// she after a man only: nobody the text names
	got := read("President Mamani Quispe met Peruvian farmers on Monday. She accused Chile of spying.")
	assert.NotContains(t, got, "Mamani Quispe ACCUSES Chile")
	// he after a woman named last: the man before her
	got = read("President Mamani Quispe spoke on Monday. Foreign Minister Tello Ruiz then met Chilean envoys. He accused Chile of spying.")
	assert.Contains(t, got, "Mamani Quispe ACCUSES Chile")
	assert.NotContains(t, got, "Tello Ruiz ACCUSES Chile")
	// she after a woman: her
	got = read("Foreign Minister Tello Ruiz spoke on Monday. She accused Chile of spying.")
	assert.Contains(t, got, "Tello Ruiz ACCUSES Chile")
}

// TestArmedGroupDescription checks "the militant group", "the terrorist organisation",
// "the rebel group's": the one armed group named in the sentences just before, else the
// one the article named earlier; none when two fit, and a name right after the
// description is the mention itself; on sentences written for this test.
func TestArmedGroupDescription(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the group of the sentence before", "The Shining Path bombed a bridge near Cusco on Monday. President Boric condemned the militant group on Tuesday.",
			[]string{"Gabriel Boric CONDEMNS Shining Path"}, nil},
		{"a faith word and two adjectives", "The Shining Path bombed a bridge near Cusco on Monday. Chile condemned the Sunni extremist terror group on Tuesday.",
			[]string{"Chile CONDEMNS Shining Path"}, nil},
		{"a jihadi army", "The Shining Path bombed a bridge near Cusco on Monday. Chile condemned the jihadi army on Tuesday.",
			[]string{"Chile CONDEMNS Shining Path"}, nil},
		{"the possessive", "The Shining Path seized a village near Cusco. Peru rejected the rebel group's demands on Friday.",
			[]string{"Peru REJECTS Shining Path"}, nil},
		{"the one group the article named earlier", "The Shining Path seized a village near Cusco. The harvest was poor this year. Prices of maize rose. Farmers left for Lima. Rain fell all week. Chile condemned the terrorist organisation on Friday.",
			[]string{"Chile CONDEMNS Shining Path"}, nil},
		{"two groups are none", "The Shining Path and the ELN met near the border on Monday. Chile condemned the militant group on Tuesday.",
			nil, []string{"Chile CONDEMNS Shining Path", "Chile CONDEMNS ELN"}},
		{"a name after the description is the mention", "Hezbollah fired rockets on Monday. Chile condemned the militant group Shining Path on Tuesday.",
			[]string{"Chile CONDEMNS Shining Path"}, []string{"Chile CONDEMNS Hezbollah"}},
		{"a group of another kind", "The Shining Path bombed a bridge near Cusco on Monday. Chile condemned the opposition group on Tuesday.",
			nil, []string{"Chile CONDEMNS Shining Path"}},
	})
}

// TestNationalityOfArmedGroup checks that a nationality adjective before an armed group's
// description ("the Peruvian militant group", "a Bolivian rebel group") names the group
// the article told of, or no one, never the state; on sentences written for this test.
func TestNationalityOfArmedGroup(t *testing.T) {
	checkSentenceCases(t, embeddedExtractor(t), []sentenceCase{
		{"the group named before", "The Shining Path bombed a bridge near Cusco on Monday. Chile condemned the Peruvian militant group on Tuesday.",
			[]string{"Chile CONDEMNS Shining Path"}, []string{"Chile CONDEMNS Peru"}},
		{"no group named before", "Chile condemned the Peruvian militant group on Tuesday.",
			nil, []string{"Chile CONDEMNS Peru"}},
		{"a group of another country is not it", "The Shining Path bombed a bridge near Cusco on Monday. Chile condemned the Bolivian militant group on Tuesday.",
			nil, []string{"Chile CONDEMNS Shining Path", "Chile CONDEMNS Bolivia"}},
		{"an indefinite group", "Chile condemned a Bolivian rebel group for the raid.",
			nil, []string{"Chile CONDEMNS Bolivia"}},
		{"plural groups", "Chile condemned Bolivian terrorist groups on Tuesday.",
			nil, []string{"Chile CONDEMNS Bolivia"}},
		{"the state's own forces stay the state", "Chile condemned the Bolivian army on Tuesday.",
			[]string{"Chile CONDEMNS Bolivian Army"}, nil},
	})
}
