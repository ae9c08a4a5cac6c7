package termcsv

import "strings"

// statusWords maps a status cell, lowercased and without the "-admn-sts"
// and "term" endings of TBX, to a Term status.
var statusWords = map[string]string{
	"":           "",
	"approved":   StatusApproved,
	"preferred":  StatusApproved,
	"draft":      StatusDraft,
	"admitted":   StatusDraft,
	"forbidden":  StatusForbidden,
	"deprecated": StatusForbidden,
	"superseded": StatusForbidden,
}

// parseStatus returns the status a cell names: approved, draft, forbidden
// or empty, in any case, or the TBX administrativeStatus values
// preferredTerm-admn-sts (approved), admittedTerm-admn-sts (draft),
// deprecatedTerm-admn-sts and supersededTerm-admn-sts (forbidden), with or
// without their endings. It reports false for any other value.
func parseStatus(cell string) (string, bool) {
	w := strings.ToLower(strings.TrimSpace(cell))
	w = strings.TrimSuffix(w, "-admn-sts")
	w = strings.TrimSuffix(w, "term")
	s, ok := statusWords[w]
	return s, ok
}
