package cli

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"tafsiri/glossary"
	"tafsiri/storage"
)

// runGlossarySetStatus approves, forbids or drafts one term of a concept:
// tafsiri glossary approve 12 es:"cubrebocas".
func runGlossarySetStatus(ctx context.Context, m *Main, status glossary.Status, args []string) error {
	fs := m.flagSet("glossary "+string(status), glossaryUsage)
	by := fs.String("by", os.Getenv("USER"), "who makes the change")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usagef(`glossary %s takes a CONCEPT id and a term as LANG:"text"`, verbOf(status))
	}
	return withTerm(ctx, m, fs.Arg(0), fs.Arg(1), func(st *storage.Store, c *glossary.Concept, k int) error {
		got, err := st.SetTermStatus(ctx, c.Terms[k].ID, status, *by)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%s %s:%s in concept %d\n", verbOf(status)+"d", c.Terms[k].Lang, c.Terms[k].Text, c.ID)
		printConcept(m, *got)
		return nil
	})
}

// verbOf names the command that gives a term status s.
func verbOf(s glossary.Status) string {
	switch s {
	case glossary.Approved:
		return "approve"
	case glossary.Forbidden:
		return "forbid"
	}
	return "draft"
}

// runGlossaryEdit changes a concept's definition or note, or one term's text
// and details: tafsiri glossary edit 12 es:"mascarilla" --text "mascarilla facial".
func runGlossaryEdit(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("glossary edit", glossaryUsage)
	text := fs.String("text", "", "new text of the term")
	pos := fs.String("pos", "", "part of speech of the term")
	def := fs.String("definition", "", "definition (of the term when one is given, else of the concept)")
	note := fs.String("note", "", "usage note (of the term when one is given, else of the concept)")
	by := fs.String("by", os.Getenv("USER"), "who makes the change")
	if err := fs.parse(args); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	edit := func(field *string, flag, value string) {
		if set[flag] {
			*field = value
		}
	}
	switch fs.NArg() {
	case 1:
		return withConcept(ctx, m, fs.Arg(0), func(st *storage.Store, c *glossary.Concept) error {
			edit(&c.Definition, "definition", *def)
			edit(&c.Note, "note", *note)
			return saveAndShow(ctx, m, st, *c, *by)
		})
	case 2:
		return withTerm(ctx, m, fs.Arg(0), fs.Arg(1), func(st *storage.Store, c *glossary.Concept, k int) error {
			t := &c.Terms[k]
			edit(&t.Text, "text", strings.TrimSpace(*text))
			edit(&t.PartOfSpeech, "pos", *pos)
			edit(&t.Definition, "definition", *def)
			edit(&t.Note, "note", *note)
			return saveAndShow(ctx, m, st, *c, *by)
		})
	}
	return usagef(`glossary edit takes a CONCEPT id, and a term as LANG:"text" to edit one term`)
}

func saveAndShow(ctx context.Context, m *Main, st *storage.Store, c glossary.Concept, by string) error {
	if err := st.SaveConcept(ctx, c, by); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "saved concept %d\n", c.ID)
	printConcept(m, c)
	return nil
}

// runGlossaryDelete removes a concept and says how to undo it.
func runGlossaryDelete(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("glossary delete", glossaryUsage)
	by := fs.String("by", os.Getenv("USER"), "who deletes it")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("glossary delete takes one CONCEPT id")
	}
	return withConcept(ctx, m, fs.Arg(0), func(st *storage.Store, c *glossary.Concept) error {
		undo, err := st.DeleteConcept(ctx, c.ID, *by)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "deleted concept %d (%d terms); undo with: tafsiri glossary restore %d\n", c.ID, len(c.Terms), undo)
		return nil
	})
}

// runGlossaryHistory lists the versions of a concept, deleted or not.
func runGlossaryHistory(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("glossary history", glossaryUsage)
	if err := fs.parse(args); err != nil {
		return err
	}
	id, err := conceptID(fs.Arg(0))
	if err != nil || fs.NArg() != 1 {
		return usagef("glossary history takes one CONCEPT id")
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		versions, err := st.History(ctx, id)
		if err != nil {
			return err
		}
		if len(versions) == 0 {
			return fmt.Errorf("concept %d has no history: %w", id, storage.ErrNotFound)
		}
		w := bufio.NewWriter(m.Stdout)
		for _, v := range versions {
			fmt.Fprintf(w, "version %d\t%s\t%s\tby %s\t%s\n", v.ID, v.At.Format("2006-01-02 15:04:05"), v.Action,
				orUnknown(v.By), termList(v.Concept))
		}
		return w.Flush()
	})
}

// runGlossaryRestore brings back a concept as a history entry recorded it.
func runGlossaryRestore(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("glossary restore", glossaryUsage)
	by := fs.String("by", os.Getenv("USER"), "who restores it")
	if err := fs.parse(args); err != nil {
		return err
	}
	version, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || fs.NArg() != 1 {
		return usagef("glossary restore takes one VERSION number (see glossary history)")
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		c, err := st.RestoreVersion(ctx, version, *by)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "restored concept %d as version %d had it\n", c.ID, version)
		printConcept(m, *c)
		return nil
	})
}

// withConcept opens the store and runs fn on the concept the argument names.
func withConcept(ctx context.Context, m *Main, arg string, fn func(*storage.Store, *glossary.Concept) error) error {
	id, err := conceptID(arg)
	if err != nil {
		return err
	}
	return m.withStore(ctx, func(st *storage.Store) error {
		c, err := st.Concept(ctx, id)
		if err != nil {
			return err
		}
		return fn(st, c)
	})
}

// withTerm runs fn on the term spec (LANG:"text") names in the concept arg names.
func withTerm(ctx context.Context, m *Main, arg, spec string, fn func(*storage.Store, *glossary.Concept, int) error) error {
	lang, text, ok := strings.Cut(spec, ":")
	if !ok || strings.TrimSpace(text) == "" {
		return usagef(`give the term as LANG:"text", e.g. es:"mascarilla"`)
	}
	return withConcept(ctx, m, arg, func(st *storage.Store, c *glossary.Concept) error {
		tag, err := resolveLang(ctx, st, lang)
		if err != nil {
			return err
		}
		key := glossary.LookupKey(tag, text)
		for k, t := range c.Terms {
			if t.Lang == tag && glossary.LookupKey(t.Lang, t.Text) == key {
				return fn(st, c, k)
			}
		}
		return fmt.Errorf("concept %d has no %s term %q (it has %s): %w", c.ID, tag, strings.TrimSpace(text),
			termList(*c), storage.ErrNotFound)
	})
}

func conceptID(arg string) (int64, error) {
	id, err := strconv.ParseInt(arg, 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("%q is not a concept id (the first column of glossary list)", arg)
	}
	return id, nil
}

// printConcept shows a concept on one line, as glossary list does.
func printConcept(m *Main, c glossary.Concept) {
	fmt.Fprintf(m.Stdout, "%d\t%s\n", c.ID, termList(c))
}

// termList shows a concept's terms as "lang:text [status]", tab-separated.
func termList(c glossary.Concept) string {
	parts := make([]string, len(c.Terms))
	for k, t := range c.Terms {
		parts[k] = fmt.Sprintf("%s:%s [%s]", t.Lang, visible(t.Text), t.Status)
	}
	return strings.Join(parts, "\t")
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}
