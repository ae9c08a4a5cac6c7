package cli

import "tafsiri/translate"

// testSet is the --from, --to and --tmx flags of commands that work on a
// held-apart set of translations (eval, tune).
type testSet struct{ from, to, tmx *string }

func addTestSetFlags(fs *flagSet, what string) testSet {
	return testSet{
		from: fs.String("from", "", "source language"),
		to:   fs.String("to", "", "target language"),
		tmx:  fs.String("tmx", "", what+" as a TMX file"),
	}
}

// read checks the flags and reads the from→to pairs of the TMX file.
func (t testSet) read(m *Main, fs *flagSet) (*translate.Corpus, error) {
	if *t.from == "" || *t.to == "" || *t.tmx == "" || fs.NArg() > 0 {
		return nil, usagef("give --from, --to and --tmx")
	}
	return readCorpus(m, *t.tmx, "", "", *t.from, *t.to)
}
