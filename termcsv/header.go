package termcsv

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"tafsiri/internal/limits"
	"tafsiri/internal/textnorm"
)

// role is what a column of a table holds.
type role int

const (
	roleIgnored    role = iota // a header the reader does not know
	roleLang                   // the terms of one language
	rolePOS                    // the part of speech
	roleDefinition             // the definition or description
	roleNote                   // a note or comment
	roleStatus                 // the status of the row's terms
	roleSubject                // the subject field
	roleSource                 // where the row comes from
)

// headerRoles maps a header, lowercased and without spaces, hyphens and
// underscores, to the role of its column. These names win over language
// tags: "pos" is also the code of a language.
var headerRoles = map[string]role{
	"pos":          rolePOS,
	"partofspeech": rolePOS,
	"definition":   roleDefinition,
	"description":  roleDefinition,
	"note":         roleNote,
	"notes":        roleNote,
	"comment":      roleNote,
	"comments":     roleNote,
	"status":       roleStatus,
	"subject":      roleSubject,
	"subjectfield": roleSubject,
	"domain":       roleSubject,
	"source":       roleSource,
}

// headerKey returns the key of a header cell in headerRoles.
func headerKey(cell string) string {
	drop := func(r rune) rune {
		if r == ' ' || r == '-' || r == '_' {
			return -1
		}
		return r
	}
	return strings.Map(drop, strings.ToLower(textnorm.OneLine(cell)))
}

// roleOf returns the role of a column from its header cell.
func roleOf(cell string) role {
	if r, ok := headerRoles[headerKey(cell)]; ok {
		return r
	}
	if isTag(textnorm.OneLine(cell)) {
		return roleLang
	}
	return roleIgnored
}

// isTag reports whether s is a well-formed BCP 47 tag, such as "sw",
// "es-419" or "zh_CN"; subtags missing from the registry, as in TICO-19's
// "ns_ZA", are accepted; none is longer than limits.TagBytes.
func isTag(s string) bool {
	if s == "" || len(s) > limits.TagBytes {
		return false
	}
	_, err := language.Parse(s)
	var unknown language.ValueError
	return err == nil || errors.As(err, &unknown)
}

// column is a column of a table with its role.
type column struct {
	index int
	role  role
	lang  string // the header as written, for language columns
}

// tableColumns returns the columns of a table header that the reader uses,
// in header order, whether one of them is a language, and why each other
// column with a header is left out, so that no data goes unsaid: a
// misspelt tag ("xx yy", "en_UKK") would otherwise drop its terms unseen.
func tableColumns(header []string) (cols []column, hasLang bool, ignored []string) {
	for i, cell := range header {
		r := roleOf(cell)
		if r == roleIgnored {
			if name := textnorm.OneLine(cell); name != "" {
				ignored = append(ignored, fmt.Sprintf("column %d: %s is neither a language tag nor a known column name; skipped", i+1, limits.Quote(name)))
			}
			continue
		}
		cols = append(cols, column{index: i, role: r, lang: textnorm.OneLine(cell)})
		hasLang = hasLang || r == roleLang
	}
	return cols, hasLang, ignored
}
