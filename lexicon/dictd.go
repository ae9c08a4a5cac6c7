package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrDictd is what every error of ReadDictd about the files' content wraps.
var ErrDictd = errors.New("not a dictd dictionary")

// maxDictdData is the largest uncompressed .dict ReadDictd reads: the
// largest FreeDict dictionaries are a few tens of megabytes.
const maxDictdData = 1 << 30

// DictdOptions say what ReadDictd reads.
type DictdOptions struct {
	// Name is the dictionary's name, its index file's name without
	// ".index" ("freedict-eng-spa"): skipped entries are reported as
	// Name.index:LINE, and a FreeDict name gives the languages
	// (FreeDictLanguages) and the entries' source ("FreeDict eng-spa 0.3.1").
	Name string
	// SrcLang and TgtLang, when set, are the languages of the headwords and
	// of their translations, over what the name says.
	SrcLang, TgtLang string
}

// ReadDictd reads a dictionary in the dictd format, as FreeDict ships them:
// index holds one line per headword (the headword, then the offset and the
// length of its article in data, in dictd's base64 digits, separated by
// tabs); data is the articles, gzip- or dictzip-compressed (.dict.dz) or
// not (.dict). An article of a FreeDict dictionary is its headword as
// written, with its pronunciation between slashes and its parts of speech
// between angle brackets ("bed /bɛd/ <n>"), then its senses, numbered
// ("1. cuadro") or not, each a list of translations separated by commas
// or semicolons. Each translation of a headword is one Entry, with the
// part of speech of its sense, or of the headword when it has one; a
// headword of variants ("aesthetically, esthetically") gives entries for
// each.
// Translations that are patterns rather than words ("no...más", "%h"),
// notes ("see: ...") and descriptions longer than maxTranslationWords are
// left out; a headword left with no translation is skipped (Skipped).
// The dictionary's own information article (00-database-info) gives the
// entries' licence and its version the source's. A malformed index, or an
// article outside data, is an error naming the index's line, and nothing
// is read.
func ReadDictd(index, data io.Reader, opt DictdOptions) (*Dictionary, error) {
	src, tgt, err := dictdLanguages(opt)
	if err != nil {
		return nil, err
	}
	body, err := readDictdData(data, opt.Name)
	if err != nil {
		return nil, err
	}
	heads, err := readDictdIndex(index, opt.Name+".index", len(body))
	if err != nil {
		return nil, err
	}
	info := readDictdInfo(heads, body)
	d := &Dictionary{Name: opt.Name}
	seen := map[[2]int]bool{} // an article listed under several headwords is read once
	for _, h := range heads {
		if isDictdMeta(h.word) || seen[[2]int{h.offset, h.length}] {
			continue
		}
		seen[[2]int{h.offset, h.length}] = true
		a := parseArticle(string(body[h.offset:h.offset+h.length]), h.word)
		words, reason := a.usableHeadwords()
		if reason != "" {
			d.Skipped = append(d.Skipped, Skip{Where: fmt.Sprintf("%s.index:%d", opt.Name, h.line), Reason: reason})
			continue
		}
		for _, w := range words {
			for _, s := range a.senses {
				for _, t := range s.translations {
					d.Entries = append(d.Entries, Entry{SrcLang: src, SrcForms: []string{w}, POS: s.pos,
						TgtLang: tgt, TgtForms: []string{t}, Source: info.source(opt.Name), Licence: info.licence})
				}
			}
		}
	}
	return d, nil
}

// dictdLanguages returns the languages of a dictionary: those given, else
// those its FreeDict name says.
func dictdLanguages(opt DictdOptions) (src, tgt string, err error) {
	src, tgt, _ = FreeDictLanguages(opt.Name)
	if opt.SrcLang != "" {
		src = opt.SrcLang
	}
	if opt.TgtLang != "" {
		tgt = opt.TgtLang
	}
	if src == "" || tgt == "" {
		return "", "", fmt.Errorf("read %s: the name does not say its languages (freedict-eng-spa does): name them", opt.Name)
	}
	if src, err = canonicalTag(src); err == nil {
		tgt, err = canonicalTag(tgt)
	}
	if err != nil {
		return "", "", fmt.Errorf("read %s: %w", opt.Name, err)
	}
	return src, tgt, nil
}

// readDictdData reads the articles, decompressing them when they are gzip
// or dictzip (which gzip reads whole).
func readDictdData(r io.Reader, name string) ([]byte, error) {
	br := bufio.NewReader(r)
	var in io.Reader = br
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read %s articles: %w", name, err)
	}
	if bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("read %s.dict.dz: %w", name, err)
		}
		in = zr
	}
	data, err := io.ReadAll(io.LimitReader(in, maxDictdData+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("read %s articles: %w", name, err)
	case len(data) > maxDictdData:
		return nil, fmt.Errorf("read %s articles: %w: more than %d MiB", name, ErrDictd, maxDictdData>>20)
	}
	return data, nil
}

// dictdHead is one line of an index.
type dictdHead struct {
	word           string
	offset, length int
	line           int
}

// readDictdIndex reads every line of an index whose articles are in a
// .dict of size bytes.
func readDictdIndex(r io.Reader, name string, size int) ([]dictdHead, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxTSVLine)
	var heads []dictdHead
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSuffix(sc.Text(), "\r")
		if text == "" {
			continue
		}
		h, err := parseIndexLine(text, size)
		if err != nil {
			return nil, fmt.Errorf("read %s:%d: %w: %w", name, line, ErrDictd, err)
		}
		h.line = line
		heads = append(heads, h)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(heads) == 0 {
		return nil, fmt.Errorf("read %s: %w: no headword", name, ErrDictd)
	}
	return heads, nil
}

// parseIndexLine reads "headword TAB offset TAB length".
func parseIndexLine(text string, size int) (dictdHead, error) {
	cells := strings.Split(text, "\t")
	if len(cells) < 3 {
		return dictdHead{}, fmt.Errorf("want a headword, an offset and a length separated by tabs, found %d fields", len(cells))
	}
	offset, err1 := decodeDictdNumber(cells[1])
	length, err2 := decodeDictdNumber(cells[2])
	if err := errors.Join(err1, err2); err != nil {
		return dictdHead{}, err
	}
	if offset+length > size {
		return dictdHead{}, fmt.Errorf("the article of %q (bytes %d to %d) is past the end of the articles (%d bytes)", cells[0], offset, offset+length, size)
	}
	return dictdHead{word: cells[0], offset: offset, length: length}, nil
}

// dictdDigits are the digits of dictd's base64 numbers, 0 to 63.
const dictdDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decodeDictdNumber reads a number written in dictd's base64 digits.
func decodeDictdNumber(s string) (int, error) {
	if s == "" || len(s) > 6 { // 6 digits reach 64^6 = 2^36 bytes
		return 0, fmt.Errorf("%q is not a dictd number", s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(dictdDigits, s[i])
		if d < 0 {
			return 0, fmt.Errorf("%q is not a dictd number", s)
		}
		n = n*64 + d
	}
	return n, nil
}

// isDictdMeta reports the headwords of a dictionary's information
// articles ("00databaseinfo", "00-database-short").
func isDictdMeta(word string) bool {
	return strings.HasPrefix(word, "00database") || strings.HasPrefix(word, "00-database-")
}
