package translate

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"tafsiri/internal/textnorm"
)

// Pair is one sentence and its translation.
type Pair struct{ Src, Tgt string }

// Skip is a unit of a file that was left out, and why.
type Skip struct {
	Where  string // file:line
	Reason string
}

// Corpus is parallel text for one language direction.
type Corpus struct {
	Src, Tgt string // canonical BCP 47 tags
	Source   string // the file(s) it came from
	Pairs    []Pair
	Skipped  []Skip
	each     func(*Corpus, Pair) error // when set, takes each pair instead of Pairs
}

// Reverse returns the same corpus for the opposite direction.
func (c *Corpus) Reverse() *Corpus {
	r := &Corpus{Src: c.Tgt, Tgt: c.Src, Source: c.Source, Skipped: c.Skipped}
	r.Pairs = make([]Pair, len(c.Pairs))
	for i, p := range c.Pairs {
		r.Pairs[i] = Pair{Src: p.Tgt, Tgt: p.Src}
	}
	return r
}

// maxLineBytes bounds one line of parallel text or TSV (a whole notice may sit on one line).
const maxLineBytes = 16 << 20

// ReadParallel reads line-aligned parallel text (Moses style): line i of src
// translates line i of tgt. The files may be UTF-8 or UTF-16 (see
// textnorm.NewReader); a file that is neither, or files of different lengths,
// are an error; a line pair with an empty side is skipped.
func ReadParallel(src, tgt io.Reader, srcName, tgtName, srcLang, tgtLang string) (*Corpus, error) {
	c, err := newCorpus(srcLang, tgtLang, srcName+" + "+tgtName)
	if err != nil {
		return nil, err
	}
	ss, err := lineScanner(src, srcName)
	if err != nil {
		return nil, err
	}
	ts, err := lineScanner(tgt, tgtName)
	if err != nil {
		return nil, err
	}
	for line := 1; ; line++ {
		sOK, tOK := ss.Scan(), ts.Scan()
		if !sOK || !tOK {
			if err := errors.Join(ss.Err(), ts.Err()); err != nil {
				return nil, scanError(c.Source, line, err)
			}
			if sOK != tOK {
				longer, shorter := srcName, tgtName
				if tOK {
					longer, shorter = tgtName, srcName
				}
				return nil, fmt.Errorf("read %s: %s has more lines than %s (%s ends at line %d)",
					c.Source, longer, shorter, shorter, line-1)
			}
			break
		}
		if err := c.add(fmt.Sprintf("%s:%d", srcName, line), ss.Text(), ts.Text()); err != nil {
			return nil, err
		}
	}
	return c, c.check()
}

// ReadTSV reads two tab-separated columns per line: source, then target. The
// file may be UTF-8 or UTF-16 (see textnorm.NewReader); a file that is
// neither is an error that names the line.
func ReadTSV(r io.Reader, name, srcLang, tgtLang string) (*Corpus, error) {
	return EachTSVPair(r, name, srcLang, tgtLang, nil)
}

// EachTSVPair reads tab-separated pairs as ReadTSV does, but hands each pair
// to fn as it is read instead of keeping it, as EachTMXPair does for a
// translation memory. An error from fn ends the reading. A nil fn keeps the
// pairs, as ReadTSV.
func EachTSVPair(r io.Reader, name, srcLang, tgtLang string, fn func(c *Corpus, p Pair) error) (*Corpus, error) {
	c, err := newCorpus(srcLang, tgtLang, name)
	if err != nil {
		return nil, err
	}
	c.each = fn
	sc, err := lineScanner(r, name)
	if err != nil {
		return nil, err
	}
	line := 1
	for ; sc.Scan(); line++ {
		where := fmt.Sprintf("%s:%d", name, line)
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 2 {
			c.Skipped = append(c.Skipped, Skip{where, fmt.Sprintf("want 2 tab-separated columns, found %d", len(cols))})
			continue
		}
		if err := c.add(where, cols[0], cols[1]); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, scanError(name, line, err)
	}
	if fn != nil {
		return c, nil
	}
	return c, c.check()
}

func newCorpus(srcLang, tgtLang, source string) (*Corpus, error) {
	if srcLang == "" || tgtLang == "" {
		return nil, fmt.Errorf("read %s: name both languages (source and target)", source)
	}
	src, err := CanonicalTag(srcLang)
	if err != nil {
		return nil, err
	}
	tgt, err := CanonicalTag(tgtLang)
	if err != nil {
		return nil, err
	}
	if src == tgt {
		return nil, fmt.Errorf("read %s: source and target are both %s", source, src)
	}
	return &Corpus{Src: src, Tgt: tgt, Source: source}, nil
}

// add keeps a pair, or hands it on, or records why it was skipped (an
// empty side, a side longer than limits.SegmentBytes). Its
// readers have checked that the text is UTF-8 (textnorm.NewReader, or the
// XML decoder).
func (c *Corpus) add(where, src, tgt string) error {
	src = strings.TrimSpace(strings.TrimPrefix(src, "\ufeff"))
	tgt = strings.TrimSpace(strings.TrimPrefix(tgt, "\ufeff"))
	switch {
	case src == "" || tgt == "":
		c.Skipped = append(c.Skipped, Skip{where, "one side is empty"})
	case overLong(src, tgt) != "":
		c.Skipped = append(c.Skipped, Skip{where, overLong(src, tgt)})
	case c.each != nil:
		return c.each(c, Pair{Src: src, Tgt: tgt})
	default:
		c.Pairs = append(c.Pairs, Pair{Src: src, Tgt: tgt})
	}
	return nil
}

// check fails a corpus that yielded nothing to train on.
func (c *Corpus) check() error {
	if len(c.Pairs) == 0 {
		return fmt.Errorf("read %s: no usable %s–%s sentence pairs (%d skipped)", c.Source, c.Src, c.Tgt, len(c.Skipped))
	}
	return nil
}

// lineScanner returns a scanner of the lines of r, read as checked text
// (textnorm.NewReader) whose errors name the file name.
func lineScanner(r io.Reader, name string) (*bufio.Scanner, error) {
	in, err := textnorm.NewReader(r, name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64<<10), maxLineBytes)
	return sc, nil
}

// scanError reports a failed read of source at line: input that is not
// text already says "read FILE:LINE: what".
func scanError(source string, line int, err error) error {
	var bad *textnorm.InputError
	if errors.As(err, &bad) {
		return err
	}
	return fmt.Errorf("read %s: line %d: %w", source, line, err)
}
