package translate

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"tafsiri/tmx"
)

// TMXSource returns the source language of a translation memory, so that
// importing one needs no --src: the header's srclang, read alone, when it
// names a language; else (srclang="*all*", as Tafsiri's export of every
// pair writes it) the language every unit holds, as a canonical tag. When
// several languages are in every unit, the one the first unit gives first
// is taken, since an export writes each unit's source first. When none is,
// the error names the file's languages, for the caller to choose.
func TMXSource(r io.Reader, name string) (string, error) {
	tr, err := tmx.NewReader(r, name)
	if err != nil {
		return "", err
	}
	if src := tr.Header().SrcLang; src != "" && !strings.EqualFold(src, "*all*") {
		return src, nil
	}
	var common []string       // in the first unit's order
	seen := map[string]bool{} // every language of the file
	for units := 0; ; units++ {
		u, err := tr.Next()
		if errors.Is(err, io.EOF) {
			if units == 0 {
				return "", fmt.Errorf("read %s: no translation units", name)
			}
			break
		}
		if err != nil {
			return "", err
		}
		tags := unitTags(u)
		for _, t := range tags {
			seen[t] = true
		}
		if units == 0 {
			common = tags
		} else {
			common = slices.DeleteFunc(common, func(t string) bool { return !slices.Contains(tags, t) })
		}
	}
	if len(common) == 0 {
		langs := make([]string, 0, len(seen))
		for t := range seen {
			langs = append(langs, t)
		}
		sort.Strings(langs)
		return "", fmt.Errorf("read %s: the header names no source language (srclang=\"*all*\") and no language is in every unit; name the source language (the file has %s)",
			name, strings.Join(langs, ", "))
	}
	return common[0], nil
}

// unitTags returns the canonical tags of a unit's languages, in file order,
// each once; a language that is no tag is left out.
func unitTags(u tmx.Unit) []string {
	var tags []string
	for _, v := range u.Variants {
		if tag, err := CanonicalTag(v.Lang); err == nil && !slices.Contains(tags, tag) {
			tags = append(tags, tag)
		}
	}
	return tags
}
