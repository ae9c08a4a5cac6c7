package cli

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"tafsiri/exchange"
	"tafsiri/glossary"
	"tafsiri/internal/closer"
	"tafsiri/storage"
	"tafsiri/translate"
)

const glossaryUsage = `
Usage: tafsiri glossary import FILE [--src LANG --tgt LANG] [--by NAME]
       tafsiri glossary export --format tbx|tbx3|csv|tsv FILE [--lang en,es]
       tafsiri glossary list [--lang LANG] [--status draft|approved|forbidden] [--search WORD [--any-accent]]
       tafsiri glossary add --src en:"hand sanitizer" --tgt es:"desinfectante de manos" [--status approved]
       tafsiri glossary approve|forbid|draft CONCEPT LANG:"text"
       tafsiri glossary edit CONCEPT [LANG:"text"] [--text T] [--pos P] [--definition D] [--note N]
       tafsiri glossary delete CONCEPT
       tafsiri glossary history CONCEPT
       tafsiri glossary restore VERSION

import reads TBX (2008 and v3), OmegaT tab-separated glossaries (give --src and
--tgt), CSV/TSV with one column per language tag, and TICO-19 terminologies,
in one transaction, and reports what it imported, skipped (file:line, why) and
which entries conflict with approved terms already there (never overwritten).

CONCEPT is the number glossary list prints first. Approving a term makes the
language's previously approved term a draft. Every change is kept: history
lists the versions, restore brings one back (also after a delete).

list writes a control character in a term as an escape (ESC as \x1b, BEL as
\a), so that a term never acts on the terminal or breaks its line.
`

func runGlossary(ctx context.Context, m *Main, args []string) error {
	if len(args) == 0 {
		return usagef("glossary needs an action: import, export, list, add, approve, forbid, draft, edit, delete, history or restore")
	}
	switch args[0] {
	case "import":
		return runGlossaryImport(ctx, m, args[1:])
	case "export":
		return runGlossaryExport(ctx, m, args[1:])
	case "list":
		return runGlossaryList(ctx, m, args[1:])
	case "add":
		return runGlossaryAdd(ctx, m, args[1:])
	case "approve":
		return runGlossarySetStatus(ctx, m, glossary.Approved, args[1:])
	case "forbid":
		return runGlossarySetStatus(ctx, m, glossary.Forbidden, args[1:])
	case "draft":
		return runGlossarySetStatus(ctx, m, glossary.Draft, args[1:])
	case "edit":
		return runGlossaryEdit(ctx, m, args[1:])
	case "delete":
		return runGlossaryDelete(ctx, m, args[1:])
	case "history":
		return runGlossaryHistory(ctx, m, args[1:])
	case "restore":
		return runGlossaryRestore(ctx, m, args[1:])
	case "-h", "--help", "help":
		fmt.Fprint(m.Stdout, strings.TrimLeft(glossaryUsage, "\n"))
		return nil
	}
	return usagef("glossary: unknown action %q (see tafsiri glossary --help)", args[0])
}

func runGlossaryImport(ctx context.Context, m *Main, args []string) (err error) {
	fs := m.flagSet("glossary import", glossaryUsage)
	src := fs.String("src", "", "source language of an OmegaT glossary")
	tgt := fs.String("tgt", "", "target language of an OmegaT glossary")
	by := fs.String("by", os.Getenv("USER"), "who the terms are recorded as imported by")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("glossary import takes one FILE")
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("open glossary: %w", err)
	}
	defer closer.Close(&err, f, "glossary")
	name := filepath.Base(fs.Arg(0))
	file, err := exchange.ReadGlossary(newProgressReader(f, m.Stderr, "read "+name), name, *src, *tgt)
	if err != nil {
		return err
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		rep, err := exchange.ImportGlossary(ctx, st, file, *by)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "imported %d concepts and %d terms from %s; skipped %d; conflicts %d\n",
			rep.Concepts, rep.Terms, fs.Arg(0), len(rep.Skipped), len(rep.Conflicts))
		printList(m, "skipped", rep.Skipped)
		printList(m, "conflict", rep.Conflicts)
		return nil
	})
}

// printList prints the first lines of a report list on stderr and how many more there are.
func printList(m *Main, label string, lines []string) {
	const shown = 10
	for i, l := range lines {
		if i == shown {
			fmt.Fprintf(m.Stderr, "%s: … and %d more\n", label, len(lines)-shown)
			return
		}
		fmt.Fprintf(m.Stderr, "%s: %s\n", label, l)
	}
}

func runGlossaryExport(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("glossary export", glossaryUsage)
	format := fs.String("format", "tbx", "tbx (2008), tbx3, csv or tsv")
	langList := fs.String("lang", "", "comma-separated languages to keep (default: all)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("glossary export takes one FILE")
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		langs, err := resolveLangList(ctx, st, *langList)
		if err != nil {
			return err
		}
		rep, err := exchange.ExportGlossary(ctx, st, fs.Arg(0), *format, langs)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "exported %d concepts to %s\n", rep.Concepts, fs.Arg(0))
		if note := rep.NeutralisedNote(); note != "" {
			fmt.Fprintln(m.Stderr, note)
		}
		return nil
	})
}

// resolveLangList resolves comma-separated language codes, as resolveLang does each.
func resolveLangList(ctx context.Context, st *storage.Store, list string) ([]string, error) {
	var tags []string
	for _, code := range strings.Split(list, ",") {
		if code = strings.TrimSpace(code); code != "" {
			tag, err := resolveLang(ctx, st, code)
			if err != nil {
				return nil, err
			}
			tags = append(tags, tag)
		}
	}
	return tags, nil
}

// resolveLang finds the stored language a user means ("es" → the es-419 the
// glossary holds), else the canonical form of what they wrote; a code that
// is no language tag is a usage error.
func resolveLang(ctx context.Context, st *storage.Store, code string) (string, error) {
	if _, err := translate.CanonicalTag(code); err != nil {
		return "", usagef("%v", err)
	}
	return exchange.ResolveLang(ctx, st, code)
}

func runGlossaryList(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("glossary list", glossaryUsage)
	lang := fs.String("lang", "", "only concepts with a term in this language")
	status := fs.String("status", "", "only terms of this status")
	search := fs.String("search", "", "only terms containing this word")
	anyAccent := fs.Bool("any-accent", false, "search ignoring accents (vacunacion finds vacunación)")
	if err := fs.parse(args); err != nil {
		return err
	}
	f := storage.ConceptFilter{Search: *search, IgnoreAccents: *anyAccent}
	if *status != "" {
		s, err := glossary.ParseStatus(*status)
		if err != nil {
			return usagef("%v", err)
		}
		f.Status = s
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		if *lang != "" {
			tag, err := resolveLang(ctx, st, *lang)
			if err != nil {
				return err
			}
			f.Lang = tag
		}
		concepts, err := st.Concepts(ctx, f)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(m.Stdout)
		for _, c := range concepts {
			fmt.Fprintf(w, "%d\t%s\n", c.ID, termList(c))
		}
		return w.Flush()
	})
}

func runGlossaryAdd(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("glossary add", glossaryUsage)
	src := fs.String("src", "", `source term as LANG:"text"`)
	tgt := fs.String("tgt", "", `target term as LANG:"text"`)
	status := fs.String("status", "draft", "status of both terms")
	def := fs.String("definition", "", "what the concept means")
	by := fs.String("by", os.Getenv("USER"), "who adds it")
	if err := fs.parse(args); err != nil {
		return err
	}
	s, err := glossary.ParseStatus(*status)
	if err != nil {
		return usagef("%v", err)
	}
	c := glossary.Concept{Definition: *def, Source: "tafsiri glossary add"}
	for _, spec := range []string{*src, *tgt} {
		lang, text, ok := strings.Cut(spec, ":")
		if !ok || strings.TrimSpace(text) == "" {
			return usagef(`give --src and --tgt as LANG:"text", e.g. --src en:"hand sanitizer"`)
		}
		c.Terms = append(c.Terms, glossary.Term{Lang: lang, Text: strings.TrimSpace(text), Status: s, Source: c.Source})
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		if err := exchange.NewLangResolver(st).Resolve(ctx, &c); err != nil {
			return err
		}
		rep, err := st.ImportConcepts(ctx, []glossary.Concept{c}, storage.ImportOptions{By: *by, Strict: true})
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "added %d terms\n", rep.Terms)
		return nil
	})
}
