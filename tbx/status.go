package tbx

import "strings"

// statusWords maps an administrativeStatus value, lowercased and without
// its "-admn-sts" and "term" endings, to a Term status.
var statusWords = map[string]string{
	"preferred":    StatusApproved,
	"legal":        StatusApproved,
	"regulated":    StatusApproved,
	"standardized": StatusApproved,
	"approved":     StatusApproved,
	"admitted":     StatusDraft,
	"draft":        StatusDraft,
	"deprecated":   StatusForbidden,
	"superseded":   StatusForbidden,
	"forbidden":    StatusForbidden,
}

// statusFromTBX returns the status an administrativeStatus value stands
// for, or "" when it is not one the package knows.
func statusFromTBX(value string) string {
	w := strings.ToLower(strings.TrimSpace(value))
	w = strings.TrimSuffix(w, "-admn-sts")
	w = strings.TrimSuffix(w, "term")
	return statusWords[w]
}

// statusToTBX returns the administrativeStatus value the Writer writes for
// status, and false when status is not a Term status.
func statusToTBX(status string) (string, bool) {
	switch status {
	case StatusApproved:
		return "preferredTerm-admn-sts", true
	case StatusDraft:
		return "admittedTerm-admn-sts", true
	case StatusForbidden:
		return "deprecatedTerm-admn-sts", true
	}
	return "", false
}
