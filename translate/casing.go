package translate

import (
	"strings"

	"tafsiri/translate/tokenize"
)

// casingCounter learns how a language spells each case-folded word, so
// output built from folded phrase tables gets its capitals back ("kenya" →
// "Kenya", "covid-19" → "COVID-19").
type casingCounter map[string]map[string]int

// observe counts the spellings in one sentence. The first word is left out:
// its capital says where it stands, not what it is; unless its key is not
// its text case-folded, as the month of a date spelt out for training
// ("May@date", spellDates), whose spelling it must learn.
func (c casingCounter) observe(s segment) {
	first := true
	for i, t := range s.tokens {
		if t.Kind != tokenize.Word {
			continue
		}
		if first {
			first = false
			if !strings.Contains(s.keys[i], dateMonthSuffix) {
				continue
			}
		}
		forms := c[s.keys[i]]
		if forms == nil {
			forms = map[string]int{}
			c[s.keys[i]] = forms
		}
		forms[t.Text]++
	}
}

// table keeps, for each word, its most frequent spelling when that differs from the folded key.
func (c casingCounter) table() map[string]string {
	out := map[string]string{}
	for key, forms := range c {
		best, bestN := key, forms[key]
		for form, n := range forms {
			if n > bestN || n == bestN && form < best {
				best, bestN = form, n
			}
		}
		if best != key {
			out[key] = best
		}
	}
	return out
}
