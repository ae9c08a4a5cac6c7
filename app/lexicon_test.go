package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"tafsiri/exchange"
	"tafsiri/lexicon"
	"tafsiri/storage"
	"tafsiri/translate"
)

// clinicLexiconTSV is a small lexicon in the team's format.
const clinicLexiconTSV = `# source: Tafsiri team lexicon 1
# licence: CC BY 4.0
en	pos	es-419	fr	sw
foot|feet	noun	pie|pies	pied|pieds	mguu|miguu
fever	noun	fiebre	fièvre	homa
ibuprofen	noun	ibuprofeno
`

// openLexicon shows the lexicon view of st in a test window and waits until it has loaded.
func openLexicon(t *testing.T, st *storage.Store) *lexiconView {
	t.Helper()
	v := openTab(t, st, "Lexicon", fyne.NewSize(1100, 700)).lexicon
	waitUI(t, v.loaded, "the lexicon list")
	return v
}

// importClinicLexicon imports clinicLexiconTSV through the view, as the file dialog does.
func importClinicLexicon(t *testing.T, v *lexiconView) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "lexicon.tsv")
	if err := os.WriteFile(path, []byte(clinicLexiconTSV), 0o644); err != nil {
		t.Fatal(err)
	}
	v.importPath(path, exchange.LexiconOptions{})
	waitUI(t, v.done, "the import")
	waitUI(t, v.loaded, "the lexicon list")
}

// words are the source lemmas and translations the list shows, in order.
func (v *lexiconView) words() []string {
	var out []string
	for _, e := range v.rows {
		out = append(out, e.SrcText()+">"+e.TgtText())
	}
	return out
}

func TestLexiconImportThroughTheViewListsTheEntries(t *testing.T) {
	v := openLexicon(t, curationStore(t))
	if got := v.status.Text; !strings.Contains(got, "The lexicon is empty") {
		t.Errorf("an empty lexicon says %q, want a hint to import", got)
	}
	importClinicLexicon(t, v)
	report := shownTexts(v.u.win)
	for _, want := range []string{"Imported 7 entries from lexicon.tsv; 0 were already there.", "Sources: Tafsiri team lexicon 1."} {
		if !strings.Contains(report, want) {
			t.Errorf("the report does not say %q; the dialogs show:\n%s", want, report)
		}
	}
	if got := v.status.Text; got != "Entries 1–7 of 7" {
		t.Errorf("status = %q", got)
	}
	v.list.Select(0)
	if got := v.detail.Text; !strings.Contains(got, "From Tafsiri team lexicon 1; licence: CC BY 4.0.") {
		t.Errorf("the selected entry's detail %q does not say where it comes from", got)
	}
}

func TestLexiconSearchFindsAnyFormInEitherLanguage(t *testing.T) {
	v := openLexicon(t, curationStore(t))
	importClinicLexicon(t, v)
	cases := map[string][]string{
		"miguu":     {"foot>mguu"},
		"FEET":      {"foot>pie", "foot>pied", "foot>mguu"},
		"ibuprofen": {"ibuprofen>ibuprofeno"},
	}
	for text, want := range cases {
		t.Run(text, func(t *testing.T) {
			v.focusSearch()
			v.search.SetText(text)
			waitUI(t, v.loaded, "the search")
			if got := v.words(); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("search %q lists %q, want %q", text, got, want)
			}
		})
	}
	v.search.SetText("xylophone")
	waitUI(t, v.loaded, "the search")
	if got := v.status.Text; got != "No entry holds “xylophone”." {
		t.Errorf("status = %q", got)
	}
}

func TestLexiconListsOnePairReadFromItsSource(t *testing.T) {
	v := openLexicon(t, curationStore(t))
	importClinicLexicon(t, v)
	v.setPair("sw", "en")
	waitUI(t, v.loaded, "the list of a pair")
	if got, want := v.words(), []string{"homa>fever", "mguu>foot"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sw→en lists %q, want %q", got, want)
	}
}

func TestADictionarySpanIsMarkedAndSaysWhereItCameFrom(t *testing.T) {
	st := curationStore(t)
	if _, err := st.ImportLexicon(context.Background(), []lexicon.Entry{{SrcLang: "en", SrcForms: []string{"ibuprofen"}, POS: "noun",
		TgtLang: "es-419", TgtForms: []string{"ibuprofeno"}, Source: "Tafsiri team lexicon 1", Licence: "CC BY 4.0"}}); err != nil {
		t.Fatal(err)
	}
	ui := openTab(t, st, "Lexicon", fyne.NewSize(1100, 700))
	span := translate.Span{Text: "ibuprofeno", Source: "ibuprofen", Origin: translate.FromDictionary}
	res := &translate.Result{From: "en", To: "es-419", Text: "Beba ibuprofeno.", Spans: []translate.Span{span}}
	if got := provenanceOf(&span); got != provDictionary {
		t.Errorf("a dictionary span is marked %q, want %q", got.name, provDictionary.name)
	}
	d := describeSpan(context.Background(), ui, res, span)
	rows := detailText(d)
	if d.Title != "Dictionary (the lexicon)" || !strings.Contains(rows, "Entry 1: ibuprofen → ibuprofeno  ← used") ||
		!strings.Contains(rows, "From: noun, from Tafsiri team lexicon 1; licence: CC BY 4.0") {
		t.Errorf("detail %q:\n%s", d.Title, rows)
	}
}
