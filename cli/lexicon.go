package cli

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"tafsiri/exchange"
	"tafsiri/lexicon"
	"tafsiri/storage"
	"tafsiri/translate"
)

const lexiconUsage = `
Usage: tafsiri lexicon import FILE|DIR [--src LANG --tgt LANG] [--replace]
       tafsiri lexicon list [--src LANG] [--tgt LANG] [--limit 50] [--offset 0]
       tafsiri lexicon search [--src LANG] [--tgt LANG] [--limit 50] TEXT
       tafsiri lexicon export FILE [--src en]
       tafsiri lexicon delete --source SOURCE

The lexicon is a bilingual dictionary: words and expressions with their
translations and forms, and where each comes from under which licence.
Translating, the engine offers its translations for the words its model does
not know ('translate --explain' shows them as "dictionary"); unlike the
glossary, nothing in it is forced into a translation.

import reads the team's tab-separated lexicon (docs/lexicon-format.md), a
dictd dictionary (the .index of a FreeDict dictionary with its .dict.dz, as
'apt-get install dict-freedict-eng-spa' puts them in /usr/share/dictd), or a
folder of FreeDict dictionaries (freedict-*.index), all of it or nothing, and
reports on stderr what it imported and skipped (file:line, why). --src and
--tgt name the languages of a dictionary whose name does not say them (a
FreeDict name does), or keep one column of a TSV; --replace makes the entries
of each source imported replace those the lexicon had of it.

list and search print one entry a line, tab-separated: source language,
source forms (lemma first, separated by |), part of speech, target language,
target forms, source. An entry stored the other way is printed from --src.
search finds entries one of whose forms, on either side, is or holds TEXT.
export writes the entries with a side in --src in the team's TSV format.
delete removes every entry of a source (as list prints it).
`

func runLexicon(ctx context.Context, m *Main, args []string) error {
	if len(args) == 0 {
		return usagef("lexicon needs import, list, search, export or delete")
	}
	switch args[0] {
	case "import":
		return runLexiconImport(ctx, m, args[1:])
	case "list":
		return runLexiconList(ctx, m, "list", args[1:])
	case "search":
		return runLexiconList(ctx, m, "search", args[1:])
	case "export":
		return runLexiconExport(ctx, m, args[1:])
	case "delete":
		return runLexiconDelete(ctx, m, args[1:])
	case "-h", "--help", "help":
		fmt.Fprint(m.Stdout, strings.TrimLeft(lexiconUsage, "\n"))
		return nil
	}
	return usagef("lexicon: unknown action %q (import, list, search, export, delete)", args[0])
}

func runLexiconImport(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("lexicon import", lexiconUsage)
	src := fs.String("src", "", "language of the headwords (default: what the dictionary's name says)")
	tgt := fs.String("tgt", "", "language of the translations (default: what the dictionary's name says)")
	replace := fs.Bool("replace", false, "replace the entries the lexicon has of each source imported")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("lexicon import takes one FILE or folder")
	}
	opt := exchange.LexiconOptions{Replace: *replace}
	var err error
	if opt.Src, err = lexiconLang(*src); err != nil {
		return err
	}
	if opt.Tgt, err = lexiconLang(*tgt); err != nil {
		return err
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		rep, err := exchange.ImportLexicon(ctx, st, fs.Arg(0), opt)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "imported %d lexicon entries from %s (%s); skipped %d; already there %d",
			rep.Added, strings.Join(rep.Files, ", "), strings.Join(rep.Sources, "; "), len(rep.Skipped), rep.Duplicates)
		if *replace {
			fmt.Fprintf(m.Stderr, "; replaced %d", rep.Replaced)
		}
		fmt.Fprintln(m.Stderr)
		lines := make([]string, len(rep.Skipped))
		for i, s := range rep.Skipped {
			lines[i] = s.String()
		}
		printList(m, "skipped", lines)
		return nil
	})
}

func runLexiconList(ctx context.Context, m *Main, action string, args []string) error {
	fs := m.flagSet("lexicon "+action, lexiconUsage)
	src := fs.String("src", "", "only entries with a side in this language, printed from it")
	tgt := fs.String("tgt", "", "only entries with a side in this language, the other")
	limit := fs.Int("limit", 50, "print at most this many entries (0: all)")
	offset := fs.Int("offset", 0, "skip this many entries first")
	if err := fs.parse(args); err != nil {
		return err
	}
	q := storage.LexiconQuery{Limit: max(*limit, 0), Offset: max(*offset, 0)}
	switch {
	case action == "search" && fs.NArg() == 0:
		return usagef("lexicon search needs the TEXT to look for")
	case action == "list" && fs.NArg() > 0:
		return usagef("lexicon list takes no TEXT (lexicon search does)")
	}
	q.Text = strings.Join(fs.Args(), " ")
	var err error
	if q.Src, err = lexiconLang(*src); err != nil {
		return err
	}
	if q.Tgt, err = lexiconLang(*tgt); err != nil {
		return err
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		entries, total, err := st.LexiconEntries(ctx, q)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(m.Stdout)
		for _, e := range entries {
			fmt.Fprintln(w, strings.Join([]string{e.SrcLang, lexicon.JoinForms(e.SrcForms), e.POS,
				e.TgtLang, lexicon.JoinForms(e.TgtForms), e.Source}, "\t"))
		}
		if err := w.Flush(); err != nil {
			return err
		}
		switch {
		case total == 0:
			fmt.Fprintln(m.Stderr, "no lexicon entry found")
		case len(entries) < total:
			fmt.Fprintf(m.Stderr, "%d–%d of %d entries (--limit, --offset for more)\n", q.Offset+1, q.Offset+len(entries), total)
		}
		return nil
	})
}

func runLexiconExport(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("lexicon export", lexiconUsage)
	src := fs.String("src", "en", "the language of the first column: entries with a side in it are written")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("lexicon export takes one FILE")
	}
	tag, err := lexiconLang(*src)
	if err != nil {
		return err
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		n, err := exchange.ExportLexicon(ctx, st, fs.Arg(0), tag)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "exported %d lexicon entries to %s\n", n, fs.Arg(0))
		return nil
	})
}

func runLexiconDelete(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("lexicon delete", lexiconUsage)
	source := fs.String("source", "", "the source whose entries to delete, as list prints it")
	if err := fs.parse(args); err != nil {
		return err
	}
	if *source == "" || fs.NArg() > 0 {
		return usagef("lexicon delete takes --source SOURCE")
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		n, err := st.DeleteLexiconSource(ctx, *source)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "deleted %d lexicon entries of %s\n", n, *source)
		return nil
	})
}

// lexiconLang returns the canonical tag of a language code, "" for none; a
// code that is no language tag is a usage error.
func lexiconLang(code string) (string, error) {
	if code == "" {
		return "", nil
	}
	tag, err := translate.CanonicalTag(code)
	if err != nil {
		return "", usagef("%v", err)
	}
	return tag, nil
}
