package translate

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"tafsiri/internal/limits"
)

// ErrLongTag reports a language code longer than any tag in use
// (limits.TagBytes): private-use subtags could make one of any length.
var ErrLongTag = fmt.Errorf("longer than %d bytes", limits.TagBytes)

// fileCodes maps language codes that translation files write but BCP 47
// reads differently: TICO-19's "es-LA" means Latin America, not Laos.
var fileCodes = map[string]string{
	"es-la": "es-419",
}

// CanonicalTag returns the BCP 47 tag Tafsiri stores for a language code as a
// file or a user writes it ("es-LA" → "es-419", "EN_us" → "en-US"). A code
// that is no BCP 47 tag, or longer than limits.TagBytes (ErrLongTag), is an
// error that names it.
func CanonicalTag(code string) (string, error) {
	code = strings.ReplaceAll(strings.TrimSpace(code), "_", "-")
	if len(code) > limits.TagBytes {
		return "", fmt.Errorf("read language code %s: %w", limits.Quote(code), ErrLongTag)
	}
	if fixed, ok := fileCodes[strings.ToLower(code)]; ok {
		code = fixed
	}
	t, err := language.Parse(code)
	if err != nil {
		return "", fmt.Errorf("read language code %s: %w", limits.Quote(code), err)
	}
	return t.String(), nil
}

// MatchTag picks from available the tag that serves want ("es" finds
// "es-419", "pt" finds "pt-BR"), using x/text's language matcher. An exact
// tag always wins; otherwise the match must be of high confidence and of the
// same base language: the matcher would offer English to a Swahili reader,
// which is no translation at all.
func MatchTag(want string, available []string) (string, bool) {
	if len(available) == 0 {
		return "", false
	}
	canonical, err := CanonicalTag(want)
	if err != nil {
		return "", false
	}
	tags := make([]language.Tag, 0, len(available))
	for _, a := range available {
		if a == canonical {
			return a, true
		}
		tags = append(tags, language.Make(a))
	}
	wanted := language.Make(canonical)
	_, index, confidence := language.NewMatcher(tags).Match(wanted)
	wantBase, _ := wanted.Base()
	gotBase, _ := tags[index].Base()
	if confidence < language.High || wantBase != gotBase {
		return "", false
	}
	return available[index], true
}
