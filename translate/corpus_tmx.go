package translate

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"tafsiri/tmx"
)

// ReadTMX reads the srcLang–tgtLang pairs of a translation memory. Languages
// are matched by BCP 47 ("es" finds the file's "es-LA"). With srcLang empty
// the header's srclang is used; with tgtLang empty the file must hold exactly
// one other language. Units lacking either language are skipped and reported.
func ReadTMX(r io.Reader, name, srcLang, tgtLang string) (*Corpus, error) {
	return EachTMXPair(r, name, srcLang, tgtLang, nil)
}

// EachTMXPair reads a translation memory as ReadTMX does, but hands each
// pair to fn as it is read instead of keeping it, so that a file of any size
// takes little memory: the Corpus it returns has the languages and skipped
// units and no Pairs. An error from fn ends the reading. A nil fn keeps the
// pairs, as ReadTMX.
func EachTMXPair(r io.Reader, name, srcLang, tgtLang string, fn func(c *Corpus, p Pair) error) (*Corpus, error) {
	tr, err := tmx.NewReader(r, name)
	if err != nil {
		return nil, err
	}
	var c *Corpus
	var fileSrc, fileTgt string // the file's own codes for the two languages
	seen := map[string]bool{}
	for {
		u, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if c == nil {
			for _, v := range u.Variants {
				seen[v.Lang] = true
			}
			if c, fileSrc, fileTgt, err = tmxCorpus(name, tr.Header().SrcLang, srcLang, tgtLang, seen); err != nil {
				return nil, err
			}
			c.each = fn
		}
		where := fmt.Sprintf("%s:%d", name, u.Line)
		src, okS := u.Text(fileSrc)
		tgt, okT := u.Text(fileTgt)
		if !okS || !okT {
			c.Skipped = append(c.Skipped, Skip{where, fmt.Sprintf("unit %q lacks %s or %s", u.ID, fileSrc, fileTgt)})
			continue
		}
		if err := c.add(where, src, tgt); err != nil {
			return nil, err
		}
	}
	for _, s := range tr.Skipped() {
		if c != nil {
			c.Skipped = append(c.Skipped, Skip{fmt.Sprintf("%s:%d", name, s.Line), s.Reason})
		}
	}
	if c == nil {
		return nil, fmt.Errorf("read %s: no translation units", name)
	}
	if fn != nil {
		return c, nil
	}
	return c, c.check()
}

// tmxCorpus resolves the requested languages against the codes a file uses.
func tmxCorpus(name, headerSrc, srcLang, tgtLang string, fileLangs map[string]bool) (c *Corpus, fileSrc, fileTgt string, err error) {
	byTag := map[string]string{} // canonical tag → the file's code
	var tags []string
	for code := range fileLangs {
		if tag, err := CanonicalTag(code); err == nil {
			byTag[tag] = code
			tags = append(tags, tag)
		}
	}
	sort.Strings(tags)
	if srcLang == "" && !strings.EqualFold(headerSrc, "*all*") {
		srcLang = headerSrc
	}
	resolve := func(want, role string) (string, error) {
		if want == "" {
			return "", fmt.Errorf("read %s: name the %s language; the file has %s", name, role, strings.Join(tags, ", "))
		}
		tag, ok := MatchTag(want, tags)
		if !ok {
			return "", fmt.Errorf("read %s: no %s (%s language) in the file; it has %s", name, want, role, strings.Join(tags, ", "))
		}
		return tag, nil
	}
	src, err := resolve(srcLang, "source")
	if err != nil {
		return nil, "", "", err
	}
	if tgtLang == "" && len(tags) == 2 {
		tgtLang = tags[0]
		if tgtLang == src {
			tgtLang = tags[1]
		}
	}
	tgt, err := resolve(tgtLang, "target")
	if err != nil {
		return nil, "", "", err
	}
	if src == tgt {
		return nil, "", "", fmt.Errorf("read %s: source and target are both %s", name, src)
	}
	return &Corpus{Src: src, Tgt: tgt, Source: name}, byTag[src], byTag[tgt], nil
}
