package lexicon

import (
	"path/filepath"
	"strings"
)

// freeDictCodes are the ISO 639-3 codes of FreeDict's names for the
// languages of Tafsiri's defaults and their neighbours, as Tafsiri's tags.
// Other codes are read as BCP 47 reads them (most three-letter codes it
// knows: "ita" is "it").
var freeDictCodes = map[string]string{
	"eng": "en", "spa": "es", "fra": "fr", "por": "pt", "rus": "ru", "ara": "ar",
	"hin": "hi", "swh": "sw", "swa": "sw", "deu": "de", "ben": "bn", "urd": "ur",
	"fas": "fa", "pes": "fa", "zho": "zh", "ind": "id", "ita": "it", "nld": "nl",
}

// FreeDictLanguages returns the languages of a FreeDict dictionary from its
// name or its file's ("freedict-eng-spa.index" → en, es), and false for a
// name that is not a FreeDict dictionary's.
func FreeDictLanguages(name string) (src, tgt string, ok bool) {
	base := filepath.Base(name)
	base = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(base, ".dz"), ".dict"), ".index")
	rest, ok := strings.CutPrefix(base, "freedict-")
	if !ok {
		return "", "", false
	}
	a, b, ok := strings.Cut(rest, "-")
	if !ok || a == "" || b == "" {
		return "", "", false
	}
	return freeDictCode(a), freeDictCode(b), true
}

// freeDictCode returns the tag of a FreeDict language code.
func freeDictCode(code string) string {
	if tag, ok := freeDictCodes[code]; ok {
		return tag
	}
	if tag, err := canonicalTag(code); err == nil {
		return tag
	}
	return code
}
