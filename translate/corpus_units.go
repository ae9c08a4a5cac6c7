package translate

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"tafsiri/tmx"
)

// Translations says what EachTMXTranslation read: the source language, the
// target languages in the order they first appeared, and the units left out.
type Translations struct {
	Src     string
	Tgts    []string
	Skipped []Skip
}

// EachTMXTranslation reads every language of a translation memory: fn gets,
// for each unit, the source sentence paired with each other language's
// sentence, with the two languages' canonical tags, so that a unit in 13
// languages gives 12 pairs and loses none. The source language is srcLang
// (matched by BCP 47, as ReadTMX does), else the header's srclang. Units
// without the source, or with it alone, are skipped and reported, as are
// variants in a language that is no valid tag; an error from fn ends the reading.
func EachTMXTranslation(r io.Reader, name, srcLang string, fn func(src, tgt string, p Pair) error) (*Translations, error) {
	tr, err := tmx.NewReader(r, name)
	if err != nil {
		return nil, err
	}
	if srcLang == "" && !strings.EqualFold(tr.Header().SrcLang, "*all*") {
		srcLang = tr.Header().SrcLang
	}
	if srcLang == "" {
		return nil, fmt.Errorf("read %s: name the source language; the header says srclang=\"*all*\"", name)
	}
	src, err := CanonicalTag(srcLang)
	if err != nil {
		return nil, fmt.Errorf("read %s: source language: %w", name, err)
	}
	out := &Translations{}
	units := 0
	for {
		u, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		units++
		where := fmt.Sprintf("%s:%d", name, u.Line)
		if err := eachTranslation(u, src, where, out, fn); err != nil {
			return nil, err
		}
	}
	for _, s := range tr.Skipped() {
		out.Skipped = append(out.Skipped, Skip{fmt.Sprintf("%s:%d", name, s.Line), s.Reason})
	}
	if units == 0 {
		return nil, fmt.Errorf("read %s: no translation units", name)
	}
	return out, nil
}

// eachTranslation hands fn the pairs of one unit, source first.
func eachTranslation(u tmx.Unit, src, where string, out *Translations, fn func(string, string, Pair) error) error {
	var source string
	var others []tmx.Variant
	var otherTags []string
	for _, v := range u.Variants {
		tag, err := CanonicalTag(v.Lang)
		switch {
		case err != nil:
			out.Skipped = append(out.Skipped, Skip{where, fmt.Sprintf("unit %q: language %q is no BCP 47 tag", u.ID, v.Lang)})
		case isSource(src, tag, out):
			source = v.Text
		default:
			others, otherTags = append(others, v), append(otherTags, tag)
		}
	}
	if source == "" || len(others) == 0 {
		out.Skipped = append(out.Skipped, Skip{where, fmt.Sprintf("unit %q has no %s sentence with a translation", u.ID, srcName(src, out))})
		return nil
	}
	if why := overLong(source); why != "" {
		out.Skipped = append(out.Skipped, Skip{where, fmt.Sprintf("unit %q, %s: %s", u.ID, out.Src, why)})
		return nil
	}
	for i, v := range others {
		if v.Text == "" {
			continue
		}
		if why := overLong(v.Text); why != "" {
			out.Skipped = append(out.Skipped, Skip{where, fmt.Sprintf("unit %q, %s: %s", u.ID, otherTags[i], why)})
			continue
		}
		tag := otherTags[i]
		if !slices.Contains(out.Tgts, tag) {
			out.Tgts = append(out.Tgts, tag)
		}
		if err := fn(out.Src, tag, Pair{Src: source, Tgt: v.Text}); err != nil {
			return err
		}
	}
	return nil
}

// isSource reports whether a variant's tag is the source language: the first
// one that matches src (as "en" matches a file's "en-US") becomes Src, and
// later units must use the same.
func isSource(src, tag string, out *Translations) bool {
	if out.Src != "" {
		return tag == out.Src
	}
	if _, ok := MatchTag(src, []string{tag}); !ok {
		return false
	}
	out.Src = tag
	return true
}

// srcName is the source language as the file writes it once known, else as asked.
func srcName(src string, out *Translations) string {
	if out.Src != "" {
		return out.Src
	}
	return src
}
