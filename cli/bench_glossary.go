package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"tafsiri/exchange"
	"tafsiri/glossary"
	"tafsiri/storage"
	"tafsiri/translate"
)

// glossaryBench is one row of the glossary report: how often the approved
// target term of a source term found in a dev sentence is in its translation.
type glossaryBench struct {
	code               string
	concepts, terms    int
	conflicts          int
	sentences, occurs  int // dev sentences with an approved term, and term occurrences in them
	withTerms, without int // occurrences whose approved term is in the output, with and without enforcement
	misses             []string
	glued              []string // found once hyphens are split off: "NIOSH-n95" for n95
	elapsed            time.Duration
}

// benchGlossary imports each pair's TICO-19 terminology as approved terms,
// trains the pair with them, and translates the dev sentences that contain
// them, with and without the glossary enforced.
func benchGlossary(ctx context.Context, w io.Writer, dir string, codes []string) error {
	return withScratch("tafsiri-bench-glossary-", func(scratch string) error {
		fmt.Fprintf(w, "| pair | concepts | terms | conflicts | dev sentences with a term | term uses | in output, glossary enforced | model alone | time |\n")
		fmt.Fprintf(w, "|---|---|---|---|---|---|---|---|---|\n")
		var total glossaryBench
		var misses, glued []string
		for _, code := range codes {
			files, err := terminologyFiles(dir, code)
			if err != nil {
				return err
			}
			if len(files) == 0 {
				continue
			}
			r, err := benchGlossaryPair(ctx, dir, scratch, code, files)
			if err != nil {
				return fmt.Errorf("bench glossary %s: %w", code, err)
			}
			fmt.Fprintf(w, "| en-%s | %d | %d | %d | %d | %d | %s | %s | %.0fs |\n", code, r.concepts, r.terms, r.conflicts,
				r.sentences, r.occurs, share(r.withTerms, r.occurs), share(r.without, r.occurs), r.elapsed.Seconds())
			total.sentences, total.occurs = total.sentences+r.sentences, total.occurs+r.occurs
			total.withTerms, total.without = total.withTerms+r.withTerms, total.without+r.without
			misses, glued = append(misses, r.misses...), append(glued, r.glued...)
		}
		fmt.Fprintf(w, "| all | | | | %d | %d | %s | %s | |\n", total.sentences, total.occurs,
			share(total.withTerms, total.occurs), share(total.without, total.occurs))
		fmt.Fprintf(w, "\n%d of the term uses counted found with the glossary enforced are glued to a hyphenated neighbour"+
			" by detokenisation (all the term's words are there, in order):\n", len(glued))
		for i, g := range glued {
			if i == 10 {
				fmt.Fprintf(w, "... and %d more\n", len(glued)-10)
				break
			}
			fmt.Fprintf(w, "glued: %s\n", g)
		}
		for i, miss := range misses {
			if i == 10 {
				fmt.Fprintf(w, "... and %d more misses\n", len(misses)-10)
				break
			}
			fmt.Fprintf(w, "miss: %s\n", miss)
		}
		return nil
	})
}

// spaceHyphens puts spaces around every hyphen, so that the words of a
// hyphenated compound are separate tokens.
func spaceHyphens(s string) string { return strings.ReplaceAll(s, "-", " - ") }

func share(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%% (%d)", 100*float64(n)/float64(of), n)
}

// terminologyFiles lists the TICO-19 terminology files with terms in the
// language of pair code (f_en-fr_FR.csv, g_en_fr-FR.csv, g_fr_en.csv for fr).
func terminologyFiles(dir, code string) ([]string, error) {
	base, _, _ := strings.Cut(code, "-")
	var out []string
	for _, pattern := range []string{"f_en-" + base + "_*.csv", "g_en_" + base + ".csv", "g_en_" + base + "-*.csv",
		"g_" + base + "_en.csv", "g_" + base + "-*_en.csv"} {
		found, err := filepath.Glob(filepath.Join(dir, "terminologies", pattern))
		if err != nil { // a bad pattern: a pair code with glob characters
			return nil, fmt.Errorf("find terminologies of %s: %w", code, err)
		}
		out = append(out, found...)
	}
	sort.Strings(out)
	return out, nil
}

func benchGlossaryPair(ctx context.Context, dir, scratch, code string, files []string) (*glossaryBench, error) {
	start := time.Now()
	r := &glossaryBench{code: code}
	train, err := readTMXFile(filepath.Join(dir, "train", "en-"+code+".tmx"), "en", code)
	if err != nil {
		return nil, err
	}
	dev, err := readTMXFile(filepath.Join(dir, "dev", "en-"+code+".tmx"), "en", code)
	if err != nil {
		return nil, err
	}
	err = useStore(ctx, filepath.Join(scratch, code+".db"), func(st *storage.Store) error {
		if err := importApproved(ctx, st, files, train.Src, train.Tgt, r); err != nil {
			return err
		}
		// With the approved terms imported, Train adds them to what it trains on.
		if _, err := exchange.Train(ctx, st, train, exchange.TrainOptions{}); err != nil {
			return err
		}
		return countTermUses(ctx, st, dev, r)
	})
	if err != nil {
		return nil, err
	}
	r.elapsed = time.Since(start)
	return r, nil
}

// importApproved imports terminology files with every term approved and
// every language tag mapped to the pair's (es-ES and es-419 both to es-419).
func importApproved(ctx context.Context, st *storage.Store, files []string, src, tgt string, r *glossaryBench) error {
	var all []glossary.Concept
	for _, f := range files {
		concepts, _, err := exchange.ReadGlossaryFile(f, "", "")
		if err != nil {
			return err
		}
		for _, c := range concepts {
			kept := c.Terms[:0]
			for _, t := range c.Terms {
				if tag, ok := translate.MatchTag(t.Lang, []string{src, tgt}); ok {
					t.Lang, t.Status = tag, glossary.Approved
					kept = append(kept, t)
				}
			}
			if c.Terms = kept; len(kept) == 2 {
				all = append(all, c)
			}
		}
	}
	rep, err := st.ImportConcepts(ctx, all, storage.ImportOptions{By: "bench"})
	if err != nil {
		return err
	}
	r.concepts, r.terms, r.conflicts = rep.Concepts, rep.Terms, len(rep.Conflicts)
	return nil
}

// countTermUses translates the dev sentences holding an approved source
// term, with the glossary enforced and without, and counts the approved
// target terms the outputs contain.
func countTermUses(ctx context.Context, st *storage.Store, dev *translate.Corpus, r *glossaryBench) error {
	rules, err := st.TermRules(ctx, dev.Src, dev.Tgt)
	if err != nil {
		return err
	}
	var entries []glossary.Entry
	for i, rule := range rules {
		if rule.Status == glossary.Approved {
			entries = append(entries, glossary.Entry{TermID: int64(i), Text: rule.Source, Status: rule.Status})
		}
	}
	matcher := glossary.NewMatcher(dev.Src, entries, glossary.Options{Stem: true})
	var lines []string
	var uses [][]int // per line, the rules whose approved target must appear
	for _, p := range dev.Pairs {
		var want []int
		last := -1
		for _, m := range matcher.Match(p.Src) {
			if m.Start != last { // several terms on one span: the engine uses the first
				want, last = append(want, int(m.Term.TermID)), m.Start
			}
		}
		if len(want) > 0 {
			lines, uses = append(lines, p.Src), append(uses, want)
		}
	}
	r.sentences = len(lines)
	enforced := translate.NewEngine(st)
	enforced.Terms = st
	for _, e := range []*translate.Engine{enforced, translate.NewEngine(st)} {
		results, err := e.TranslateLines(ctx, dev.Src, dev.Tgt, lines)
		if err != nil {
			return err
		}
		for i, res := range results {
			for _, rule := range uses[i] {
				target := rules[rule].Target
				found := glossary.Contains(dev.Tgt, res.Text, target, glossary.Options{})
				if !found && glossary.Contains(dev.Tgt, spaceHyphens(res.Text), spaceHyphens(target), glossary.Options{}) {
					found = true // all its words are there, in order, but glued to a hyphenated neighbour
					if e == enforced {
						r.glued = append(r.glued, fmt.Sprintf("en-%s: %q in %q", r.code, target, res.Text))
					}
				}
				switch {
				case found && e == enforced:
					r.withTerms++
				case found:
					r.without++
				case e == enforced:
					r.misses = append(r.misses, fmt.Sprintf("en-%s: %q → %q lacks %q", r.code, lines[i], res.Text, rules[rule].Target))
				}
			}
		}
	}
	for _, u := range uses {
		r.occurs += len(u)
	}
	return nil
}
