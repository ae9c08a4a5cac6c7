package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"tafsiri/defaults"
	"tafsiri/exchange"
	"tafsiri/internal/datetime"
	"tafsiri/storage"
	"tafsiri/translate"
	"tafsiri/translate/metric"
)

// noticeLangs are the languages of the team's notice test set, in report order.
var noticeLangs = []string{"es-419", "fr", "pt-BR", "ar", "sw", "hi", "bn", "ur", "fa", "zh-Hans", "ru", "id"}

// benchNotices translates the team's notice test set (DIR/en.txt and a
// line-aligned DIR/<tag>.txt per language) with the default data only, in a
// scratch database, and reports per language the chrF against the team's
// references, the chrF of the references translated back into English
// against en.txt, the share of English words left in the output, the English
// month and weekday names left, and the invented and left-out content
// (content words of the output aligned to no source word, and of the source
// aligned to no output word, by alignments learnt on the phrasebook; the
// same for the references in brackets).
func benchNotices(ctx context.Context, w io.Writer, dir string, opts benchOptions) error {
	en, err := readNoticeFile(filepath.Join(dir, "en.txt"))
	if err != nil {
		return err
	}
	corpora, err := defaults.Corpora()
	if err != nil {
		return err
	}
	return withScratch("tafsiri-notices-", func(scratch string) error {
		return useStore(ctx, filepath.Join(scratch, "notices.db"), func(st *storage.Store) error {
			if _, err := defaults.Install(ctx, st, nil); err != nil {
				return err
			}
			engine, err := opts.configure(ctx, st, exchange.NewEngine(st))
			if err != nil {
				return err
			}
			opts.header(w)
			fmt.Fprintf(w, "Notice test set (%s, %d sentences), defaults only\n\n", dir, len(en))
			fmt.Fprintf(w, "| lang | chrF | chrF into en | English words left (of the source's) | English month/weekday names | invented %% (refs) | left out %% (refs) |\n|---|---|---|---|---|---|---|\n")
			var chrfs, backs []float64
			var invented, refInvented translate.Invention
			var left, words, names int
			for _, lang := range noticeLangs {
				refs, err := readNoticeFile(filepath.Join(dir, lang+".txt"))
				if os.IsNotExist(err) {
					continue
				}
				if err != nil {
					return err
				}
				if len(refs) != len(en) {
					return fmt.Errorf("read %s.txt: %d lines for the %d of en.txt", lang, len(refs), len(en))
				}
				results, err := engine.TranslateLines(ctx, "en", lang, en)
				if err != nil {
					return err
				}
				hyps := make([]string, len(results))
				l, n, c := 0, 0, 0
				for i, r := range results {
					hyps[i] = r.Text
					a, b := englishLeft(en[i], r.Text, refs[i])
					l, n = l+a, n+b
					c += calendarNamesLeft(r.Text, refs[i])
				}
				chrf, err := metric.ChrF(hyps, refs)
				if err != nil {
					return err
				}
				back, err := chrfIntoEnglish(ctx, engine, lang, refs, en)
				if err != nil {
					return err
				}
				inv, err := translate.MeasureInvention(ctx, corpora[lang], en, hyps)
				if err != nil {
					return err
				}
				refInv, err := translate.MeasureInvention(ctx, corpora[lang], en, refs)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "| %s | %.1f | %.1f | %.1f %% (%d of %d) | %d | %.1f (%.1f) | %.1f (%.1f) |\n", lang, chrf, back, percentOf(l, n), l, n, c,
					inv.Rate(), refInv.Rate(), inv.OmittedRate(), refInv.OmittedRate())
				invented, refInvented = invented.Add(inv), refInvented.Add(refInv)
				chrfs, backs = append(chrfs, chrf), append(backs, back)
				left, words, names = left+l, words+n, names+c
			}
			if len(chrfs) == 0 {
				return fmt.Errorf("read %s: no reference file (es-419.txt, fr.txt, ...)", dir)
			}
			fmt.Fprintf(w, "| mean | %.1f (lowest %.1f) | %.1f (lowest %.1f) | %.1f %% (%d of %d) | %d | %.1f (%.1f) | %.1f (%.1f) |\n",
				mean(chrfs), slices.Min(chrfs), mean(backs), slices.Min(backs), percentOf(left, words), left, words, names,
				invented.Rate(), refInvented.Rate(), invented.OmittedRate(), refInvented.OmittedRate())
			return nil
		})
	})
}

// chrfIntoEnglish translates the references of lang into English and
// scores them against the English sources.
func chrfIntoEnglish(ctx context.Context, engine *translate.Engine, lang string, refs, en []string) (float64, error) {
	results, err := engine.TranslateLines(ctx, lang, "en", refs)
	if err != nil {
		return 0, err
	}
	hyps := make([]string, len(results))
	for i, r := range results {
		hyps[i] = r.Text
	}
	return metric.ChrF(hyps, en)
}

// mean returns the mean of xs.
func mean(xs []float64) float64 {
	var sum float64
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// englishLeft counts the output's words that are English left untranslated:
// words of the source, written with Latin letters, that the reference does
// not have (names and terms the reference keeps, such as "HIV", are not
// counted); and the source's words, which the share is of (an output in
// Chinese has no spaces to count its words by).
func englishLeft(source, out, ref string) (left, words int) {
	inSource, inRef := wordSet(source), wordSet(ref)
	for _, w := range strings.FieldsFunc(out, notWordRune) {
		lw := strings.ToLower(w)
		if inSource[lw] && !inRef[lw] && isLatin(w) {
			left++
		}
	}
	return left, len(strings.FieldsFunc(source, notWordRune))
}

// calendarNamesLeft counts the English month and weekday names of out that
// ref does not write too (Indonesian writes "April" as English does).
func calendarNamesLeft(out, ref string) int {
	n := 0
	for _, name := range datetime.EnglishNames(out) {
		if !strings.Contains(ref, name) {
			n++
		}
	}
	return n
}

func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, notWordRune) {
		set[strings.ToLower(w)] = true
	}
	return set
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\'' && r != '-'
}

func isLatin(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) }) < 0
}

func percentOf(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return 100 * float64(n) / float64(total)
}

// readNoticeFile reads the lines of a notice test set file.
func readNoticeFile(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimRight(string(data), "\n"), "\n"), nil
}
