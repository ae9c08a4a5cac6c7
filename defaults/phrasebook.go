package defaults

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"tafsiri/assets"
	"tafsiri/internal/closer"
	"tafsiri/memory"
	"tafsiri/tmx"
	"tafsiri/translate"
)

// The files of the defaults, in assets.Defaults.
const (
	phrasebookFile = "defaults/phrasebook.tmx"
	glossaryFile   = "defaults/glossary.tbx"
)

// SourceLang is the language the phrasebook and glossary were written in.
const SourceLang = "en"

// phrasebook is the default phrasebook: per target language, its sentences
// paired with the English ones.
type phrasebook struct {
	langs   []string // target languages, in file order
	corpora map[string]*translate.Corpus
}

// readPhrasebook reads the embedded phrasebook TMX.
func readPhrasebook() (_ *phrasebook, err error) {
	f, err := assets.Defaults.Open(phrasebookFile)
	if err != nil {
		return nil, fmt.Errorf("open default phrasebook: %w", err)
	}
	defer closer.Close(&err, f, phrasebookFile)
	return parsePhrasebook(f, phrasebookFile)
}

// Corpora returns, per target language, the phrasebook's sentences paired
// with the English ones: the parallel text the default models are trained
// on (with the glossary's terms), for measuring what they were taught.
func Corpora() (map[string]*translate.Corpus, error) {
	pb, err := readPhrasebook()
	if err != nil {
		return nil, err
	}
	return pb.corpora, nil
}

func parsePhrasebook(f fs.File, name string) (*phrasebook, error) {
	r, err := tmx.NewReader(f, name)
	if err != nil {
		return nil, err
	}
	pb := &phrasebook{corpora: map[string]*translate.Corpus{}}
	for {
		u, err := r.Next()
		if errors.Is(err, io.EOF) {
			return pb, nil
		}
		if err != nil {
			return nil, err
		}
		if err := pb.add(u, name); err != nil {
			return nil, err
		}
	}
}

// add files one unit's translations under their languages.
func (pb *phrasebook) add(u tmx.Unit, name string) error {
	src, ok := u.Text(SourceLang)
	if !ok || src == "" {
		return fmt.Errorf("read %s:%d: unit %s has no %s sentence", name, u.Line, u.ID, SourceLang)
	}
	for _, v := range u.Variants {
		if v.Lang == SourceLang {
			continue
		}
		c := pb.corpora[v.Lang]
		if c == nil {
			tag, err := translate.CanonicalTag(v.Lang)
			if err != nil {
				return fmt.Errorf("read %s:%d: %w", name, u.Line, err)
			}
			c = &translate.Corpus{Src: SourceLang, Tgt: tag, Source: ModelSource}
			pb.corpora[v.Lang] = c
			pb.langs = append(pb.langs, v.Lang)
		}
		c.Pairs = append(c.Pairs, translate.Pair{Src: src, Tgt: v.Text})
	}
	return nil
}

// segments returns every sentence pair as a translation-memory segment.
func (pb *phrasebook) segments() []memory.Segment {
	var out []memory.Segment
	for _, l := range pb.langs {
		c := pb.corpora[l]
		for _, p := range c.Pairs {
			out = append(out, memory.Segment{SrcLang: c.Src, TgtLang: c.Tgt, Source: p.Src, Target: p.Tgt, Origin: segmentOrigin})
		}
	}
	return out
}

// segmentOrigin is the memory origin of the phrasebook's segments: a newer
// version replaces the segments of this origin (storage.ReplaceSegments),
// and a user's edit makes one the user's.
const segmentOrigin = "default"
