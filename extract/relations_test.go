package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRelationPatterns checks each relation type in the active voice, in the passive
// where English has one, and negated or hypothetical (nothing written).
func TestRelationPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// ACCUSES
		{"accuses active", "Albania accused Iran of the cyberattack.", []string{"Albania ACCUSES Iran"}},
		{"accuses blame", "Albania blames Iran for the renewed attack.", []string{"Albania ACCUSES Iran"}},
		{"accuses passive", "Iran was accused by Albania of hacking.", []string{"Albania ACCUSES Iran"}},
		{"accuses negated", "Albania did not accuse Iran of the attack.", []string{}},
		{"accuses blame on", "British authorities have blamed the poisoning on the Kremlin.", []string{"United Kingdom ACCUSES Russia"}},
		{"accuses held responsible", "Israel held Hamas responsible for the rockets.", []string{"Israel ACCUSES Hamas"}},
		{"reported speech", "Iran said the United States was behind the attack.", []string{"Iran ACCUSES United States"}},
		{"reported attack", "China said the United States attacked its networks.", []string{"China ACCUSES United States"}},
		// CONDEMNS
		{"condemns active", "France condemned Russia on Monday.", []string{"France CONDEMNS Russia"}},
		{"condemns passive", "Russia was denounced by France.", []string{"France CONDEMNS Russia"}},
		{"condemns negated", "France has never criticised Russia.", []string{}},
		{"condemns lash out", "The Kremlin lashed out at Britain.", []string{"Russia CONDEMNS United Kingdom"}},
		{"condemns characterisation", "Iran rejected the claim, calling Albania's decision \"an ill-considered action\".", []string{"Iran CONDEMNS Albania", "Iran DENIES Albania"}},
		// DENIES
		{"denies after accusation", "Albania accused Iran of the attack. Iran denied the accusations.", []string{"Albania ACCUSES Iran", "Iran DENIES Albania"}},
		{"denies named accuser", "Russia rejected the British claims.", []string{"Russia DENIES United Kingdom"}},
		// REJECTS
		{"rejects", "Cuba rejected the US plan.", []string{"Cuba REJECTS United States"}},
		{"rejects negated", "Cuba has not rejected the US plan.", []string{}},
		// DEMANDS
		{"demands call on", "The European Union called on Israel to halt the plan.", []string{"European Union DEMANDS Israel"}},
		{"demands urge", "France urged Iran to free the sailors.", []string{"France DEMANDS Iran"}},
		{"demands passive", "Iran was urged by France to free the sailors.", []string{"France DEMANDS Iran"}},
		{"demands tell to", "Abbas's envoy told Israel to stop.", []string{}},
		// THREATENS
		{"threatens", "China threatened Denmark with retaliation.", []string{"China THREATENS Denmark"}},
		{"threatens vow", "Iran vowed retaliation against the United States.", []string{"Iran THREATENS United States"}},
		{"threat of sanctions", "The United States threatened to impose sanctions on Cuba.", []string{"United States THREATENS Cuba"}},
		{"future hostile act", "Russia said it would expel British diplomats.", []string{"Russia THREATENS United Kingdom"}},
		{"conditional threat", "Turkey warned it could cut ties with Israel if the move went ahead.", []string{"Turkey THREATENS Israel"}},
		// SANCTIONS
		{"sanctions impose", "The US announced sanctions on Friday on Iran.", []string{"United States SANCTIONS Iran"}},
		{"sanctions verb", "The United States sanctioned Russia.", []string{"United States SANCTIONS Russia"}},
		{"sanctions passive", "Cuba was sanctioned by the United States.", []string{"United States SANCTIONS Cuba"}},
		{"sanctions noun", "US sanctions on Cuba remain in force.", []string{"United States SANCTIONS Cuba"}},
		{"sanctions may", "The EU may impose sanctions on Russia.", []string{}},
		{"sanctions considering", "The EU is considering sanctions on Russia.", []string{}},
		// LIFTS_SANCTIONS
		{"lifts", "The United States lifted sanctions on Cuba.", []string{"United States LIFTS_SANCTIONS Cuba"}},
		{"lifts negated", "The United States refused to lift sanctions on Cuba.", []string{}},
		// SEVERS_TIES_WITH
		{"severs", "Albania cut diplomatic ties with Tehran.", []string{"Albania SEVERS_TIES_WITH Iran"}},
		{"severs recall", "Jordan recalled its ambassador from Israel.", []string{"Jordan SEVERS_TIES_WITH Israel"}},
		// RESTORES_TIES_WITH
		{"restores", "The United States moved to restore relations with Cuba.", []string{"United States RESTORES_TIES_WITH Cuba"}},
		// EXPELS
		{"expels", "The United States expelled 35 Russian diplomats.", []string{"United States EXPELS Russia"}},
		{"expels passive", "Russian diplomats were expelled by Britain.", []string{"United Kingdom EXPELS Russia"}},
		{"expels deadline", "Saudi Foreign Minister Adel al-Jubeir said Iranian diplomats had 48 hours to leave.", []string{"Saudi Arabia EXPELS Iran"}},
		{"expels negated", "Putin said Russia would not expel American diplomats.", []string{}},
		// ATTACKS
		{"attacks", "Israel attacked Hamas on Wednesday.", []string{"Israel ATTACKS Hamas"}},
		{"attacks launch", "Hamas launched rockets into Israel.", []string{"Hamas ATTACKS Israel"}},
		{"attacks noun", "Iraq's invasion of Kuwait shocked the region.", []string{"Iraq ATTACKS Kuwait"}},
		{"attacks alleged", "Albania accused Iran of attacking its systems.", []string{"Albania ACCUSES Iran"}},
		// HOSTS
		{"hosts", "Albania began hosting members of the MEK.", []string{"Albania HOSTS People's Mujahedeen of Iran"}},
		{"hosts passive", "Hamas leaders are sheltered by Qatar.", []string{"Qatar HOSTS Hamas"}},
		// SUPPORTS
		{"supports", "France backed Albania on Monday.", []string{"France SUPPORTS Albania"}},
		{"supports weight", "Washington threw its weight behind Albania.", []string{"United States SUPPORTS Albania"}},
		{"supports modifier", "Iran-backed Hezbollah fighters crossed.", []string{"Iran SUPPORTS Hezbollah"}},
		{"supports passive", "Hezbollah, backed by Iran, fired.", []string{"Iran SUPPORTS Hezbollah"}},
		{"supports urged to", "The US urged Canada to back Albania.", []string{"United States DEMANDS Canada"}},
		// MEETS
		{"meets", "Vladimir Putin met Chinese President Xi Jinping in Moscow.", []string{"Vladimir Putin MEETS Xi Jinping"}},
		{"meets talks", "Iran held talks with France on Monday.", []string{"Iran MEETS France"}},
		{"meets planned", "Iran plans to hold talks with France.", []string{}},
		// SIGNS_AGREEMENT_WITH
		{"signs", "Jordan signed a peace treaty with Israel.", []string{"Jordan SIGNS_AGREEMENT_WITH Israel"}},
		// COOPERATES_WITH
		{"cooperates", "Iraq cooperated with the United Nations.", []string{"Iraq COOPERATES_WITH United Nations"}},
		// AIDS
		{"aids", "Russia sent weapons to Syria.", []string{"Russia AIDS Syria"}},
		// RECOGNIZES
		{"recognizes", "The United States recognised Israel in 1948.", []string{"United States RECOGNIZES Israel"}},
		{"recognizes negated", "Iraq does not recognize the zones set by the United States.", []string{}},
		// more negated and passive forms
		{"demands negated", "France did not urge Iran to free the sailors.", []string{}},
		{"threatens negated", "China has never threatened Denmark.", []string{}},
		{"severs negated", "Albania did not cut ties with Iran.", []string{}},
		{"restores negated", "Cuba has not restored relations with the United States.", []string{}},
		{"hosts negated", "Qatar refused to host Hamas leaders.", []string{}},
		{"supports negated", "France did not back Albania.", []string{}},
		{"meets negated", "Iran did not hold talks with France.", []string{}},
		{"signs negated", "Jordan never signed a treaty with Israel.", []string{}},
		{"cooperates negated", "Iraq did not cooperate with the United Nations.", []string{}},
		{"aids negated", "Russia did not send weapons to Syria.", []string{}},
		{"attacks passive", "Israel was attacked by Hamas on Saturday.", []string{"Hamas ATTACKS Israel"}},
		{"attacks negated", "Hamas did not attack Israel.", []string{}},
		{"recognizes passive", "Israel was recognised by the United States.", []string{"United States RECOGNIZES Israel"}},
		{"supports passive agent", "Albania was backed by France.", []string{"France SUPPORTS Albania"}},
		{"question", "Will Iran attack Israel?", []string{}},
		// coordination
		{"coordinated subjects", "The UK, US and Canada accused Russia of the attack.", []string{"Canada ACCUSES Russia", "United Kingdom ACCUSES Russia", "United States ACCUSES Russia"}},
		{"coordinated objects", "The US imposed sanctions on Iran and Russia.", []string{"United States SANCTIONS Iran", "United States SANCTIONS Russia"}},
		// coreference
		{"region description", "Albania has suffered a second attack, days after the Balkan nation cut ties with Tehran.", []string{"Albania SEVERS_TIES_WITH Iran"}},
		{"it is the subject", "Albania blames Iran for the attack days after it cut ties with Tehran.", []string{"Albania ACCUSES Iran", "Albania SEVERS_TIES_WITH Iran"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, interactions(extractText(t, tt.text, "2022-09-10")))
		})
	}
}
