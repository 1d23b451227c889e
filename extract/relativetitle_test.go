package extract

import "testing"

// TestRelativeTitle checks a title held now or then and stated after the name's comma by
// "who is", "who is now/also/currently", "who serves as", "who was then" or "now": read
// as the bare apposition's title; a past post with no "then" ("who was", "who served
// as") and a clause that is no title ("who is visiting Peru") give none.
func TestRelativeTitle(t *testing.T) {
	x := embeddedExtractor(t)
	tests := []sentenceCase{
		{"who is", "Ana Ruiz, who is Peru's foreign minister, criticized Chile.", []string{"Ana Ruiz MEMBER_OF Peru", "Ana Ruiz CONDEMNS Chile"}, []string{"Peru CONDEMNS Chile"}},
		{"who is now", "Ana Ruiz, who is now the Peruvian spokeswoman, criticized Chile.", []string{"Ana Ruiz MEMBER_OF Peru"}, nil},
		{"who is also", "Ana Ruiz, who is also Hamas's spokeswoman, criticized Chile.", []string{"Ana Ruiz MEMBER_OF Hamas"}, nil},
		{"now", "Ana Ruiz, now Peru's foreign minister, criticized Chile.", []string{"Ana Ruiz MEMBER_OF Peru"}, nil},
		{"who was then", "The memo was written by Ana Ruiz, who was then Peru's foreign minister.", []string{"Ana Ruiz MEMBER_OF Peru"}, nil},
		{"who serves as", "Ana Ruiz, who serves as Peru's foreign minister, criticized Chile.", []string{"Ana Ruiz MEMBER_OF Peru"}, nil},
		{"a past post", "Ana Ruiz, who was Peru's foreign minister, criticized Chile.", nil, []string{"Ana Ruiz MEMBER_OF Peru"}},
		{"a past post served", "Ana Ruiz, who served as Peru's foreign minister, criticized Chile.", nil, []string{"Ana Ruiz MEMBER_OF Peru"}},
		{"no title", "Ana Ruiz, who is visiting Peru, criticized Chile.", nil, []string{"Ana Ruiz MEMBER_OF Peru"}},
	}
	checkCases(t, x, tests, relationStrings, nil)
}
