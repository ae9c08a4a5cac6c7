package exchange

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ErrNoLexicon reports a path that holds no lexicon file Tafsiri reads.
var ErrNoLexicon = errors.New("no lexicon file")

// lexiconFile is one lexicon on disk: a TSV, or a dictd dictionary's two files.
type lexiconFile struct {
	tsv         string // the TSV's path, or ""
	index, data string // a dictd dictionary's index and articles
	name        string // a dictd dictionary's name: its index's name without .index
}

// lexiconFiles finds the lexicons path stands for: a team TSV (.tsv, .tab
// or .txt), a dictd dictionary (its .index, .dict.dz or .dict; the other
// file is found beside it), or a folder such as /usr/share/dictd, whose
// FreeDict dictionaries (freedict-*.index) are each one.
func lexiconFiles(path string) ([]lexiconFile, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	if info.IsDir() {
		indexes, err := filepath.Glob(filepath.Join(path, "freedict-*.index"))
		if err != nil {
			return nil, fmt.Errorf("list %s: %w", path, err)
		}
		if len(indexes) == 0 {
			return nil, fmt.Errorf("open lexicon %s: %w: the folder holds no FreeDict dictionary (freedict-*.index)", path, ErrNoLexicon)
		}
		slices.Sort(indexes)
		var files []lexiconFile
		for _, index := range indexes {
			f, err := dictdFiles(strings.TrimSuffix(index, ".index"))
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
		return files, nil
	}
	lower := strings.ToLower(path)
	base := ""
	for _, ext := range []string{".index", ".dict.dz", ".dict"} {
		if strings.HasSuffix(lower, ext) {
			base = path[:len(path)-len(ext)]
			break
		}
	}
	switch ext := filepath.Ext(lower); {
	case ext == ".tsv" || ext == ".tab" || ext == ".txt":
		return []lexiconFile{{tsv: path}}, nil
	case base != "":
		f, err := dictdFiles(base)
		if err != nil {
			return nil, err
		}
		return []lexiconFile{f}, nil
	}
	return nil, fmt.Errorf("open lexicon %s: %w: want a .tsv in the team's format, a dictd dictionary (.index with its .dict.dz) or a folder of FreeDict dictionaries", path, ErrNoLexicon)
}

// dictdFiles finds the files of the dictd dictionary base: base.index and
// base.dict.dz, or base.dict.
func dictdFiles(base string) (lexiconFile, error) {
	f := lexiconFile{index: base + ".index", name: filepath.Base(base)}
	if _, err := os.Stat(f.index); err != nil {
		return lexiconFile{}, fmt.Errorf("open dictionary %s: %w", f.name, err)
	}
	for _, data := range []string{base + ".dict.dz", base + ".dict"} {
		if _, err := os.Stat(data); err == nil {
			f.data = data
			return f, nil
		}
	}
	return lexiconFile{}, fmt.Errorf("open dictionary %s: %w: %s.dict.dz (or .dict), its articles, is not beside its index", f.name, ErrNoLexicon, base)
}
