package app

import (
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tafsiri/storage"
	"tafsiri/translate"
)

// clinicEnSw is a tiny English–Swahili corpus.
var clinicEnSw = []translate.Pair{
	{Src: "Wash your hands.", Tgt: "Nawa mikono."},
	{Src: "Wash your hands with soap.", Tgt: "Nawa mikono kwa sabuni."},
	{Src: "Drink clean water.", Tgt: "Kunywa maji safi."},
	{Src: "Boil the water.", Tgt: "Chemsha maji."},
	{Src: "The clinic is closed today.", Tgt: "Kliniki imefungwa leo."},
	{Src: "Vaccines are free.", Tgt: "Chanjo ni bure."},
}

// clinicEnEs is a tiny English–Spanish corpus.
var clinicEnEs = []translate.Pair{
	{Src: "Wash your hands.", Tgt: "Lávese las manos."},
	{Src: "Wash your hands with soap.", Tgt: "Lávese las manos con jabón."},
	{Src: "Drink clean water.", Tgt: "Beba agua limpia."},
	{Src: "Boil the water.", Tgt: "Hierva el agua."},
	{Src: "The clinic is closed today.", Tgt: "La clínica está cerrada hoy."},
	{Src: "Vaccines are free.", Tgt: "Las vacunas son gratuitas."},
}

// storeWithModels opens a fresh database and trains both directions of
// each corpus into it.
func storeWithModels(t *testing.T, corpora ...*translate.Corpus) *storage.Store {
	t.Helper()
	ctx := context.Background()
	st := openTestStore(t, "models.db")
	for _, c := range corpora {
		fwd, rev, err := translate.Train(ctx, c, translate.TrainOptions{LMOrder: 3})
		if err != nil {
			t.Fatalf("train %s–%s: %v", c.Src, c.Tgt, err)
		}
		for _, m := range []*translate.Trained{fwd, rev} {
			if _, err := st.SaveModel(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
	}
	return st
}

// writeTMX writes pairs as a src–tgt TMX file in a temporary folder.
func writeTMX(t *testing.T, name, src, tgt string, pairs []translate.Pair) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="%s" datatype="plaintext"/>
<body>
`, src)
	for i, p := range pairs {
		fmt.Fprintf(&b, "<tu tuid=\"%d\"><tuv xml:lang=\"%s\"><seg>%s</seg></tuv><tuv xml:lang=\"%s\"><seg>%s</seg></tuv></tu>\n",
			i+1, src, html.EscapeString(p.Src), tgt, html.EscapeString(p.Tgt))
	}
	b.WriteString("</body></tmx>\n")
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// openModelsView shows a models view of st in a test window and waits until
// it has read the models.
func openModelsView(t *testing.T, st *storage.Store) *modelsView {
	t.Helper()
	v := openTab(t, st, "Models", fyne.NewSize(1200, 700)).models
	waitUI(t, v.loaded, "the models view did not load")
	return v
}

// rowTexts is what the models table shows in each row, cells joined by " | ".
func rowTexts(v *modelsView) []string {
	out := make([]string, len(v.rows))
	for r := range v.rows {
		cells := make([]string, len(modelColumns))
		for c := range modelColumns {
			cells[c] = v.cell(r, c)
		}
		out[r] = strings.Join(cells, " | ")
	}
	return out
}

// findRow returns the row of the models table that starts with prefix.
func findRow(t *testing.T, v *modelsView, prefix string) string {
	t.Helper()
	rows := rowTexts(v)
	for _, r := range rows {
		if strings.HasPrefix(r, prefix) {
			return r
		}
	}
	t.Fatalf("no row starts with %q; the table shows:\n%s", prefix, strings.Join(rows, "\n"))
	return ""
}

// dialogText is the text of the dialog on top of win, "" when none is shown.
func dialogText(win fyne.Window) string {
	top := win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var texts []string
	for _, o := range test.LaidOutObjects(top) {
		switch w := o.(type) {
		case *widget.Label:
			texts = append(texts, w.Text)
		case *widget.RichText:
			texts = append(texts, w.String())
		}
	}
	return strings.Join(texts, "\n")
}

// tapDialogButton taps the button labelled label in the dialog on top of win.
func tapDialogButton(t *testing.T, win fyne.Window, label string) {
	t.Helper()
	if top := win.Canvas().Overlays().Top(); top != nil {
		for _, o := range test.LaidOutObjects(top) {
			if b, ok := o.(*widget.Button); ok && b.Text == label {
				test.Tap(b)
				return
			}
		}
	}
	t.Fatalf("no %q button in the dialog on top; it shows %q", label, dialogText(win))
}

func TestModelsListsEachPairWithItsFigures(t *testing.T) {
	st := storeWithModels(t, &translate.Corpus{Src: "en", Tgt: "sw", Source: "clinic.tmx", Pairs: clinicEnSw})
	v := openModelsView(t, st)

	if len(v.rows) != 2 {
		t.Fatalf("rows = %q, want en→sw and sw→en", rowTexts(v))
	}
	// The figures each row must show, read from the database, not from the view.
	stored, err := st.Models(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{"en": "English (en)", "sw": "Kiswahili (sw)"}
	for _, m := range stored {
		if m.PhraseCount == 0 || m.NGramCount == 0 {
			t.Errorf("%s→%s model has %d phrases and %d n-grams, want some of each", m.Src, m.Tgt, m.PhraseCount, m.NGramCount)
		}
		want := fmt.Sprintf("%s | %s | clinic.tmx | 6 | %d | %d | not measured | %s", names[m.Src], names[m.Tgt],
			m.PhraseCount, m.NGramCount, m.TrainedAt.Local().Format("2006-01-02 15:04"))
		if got := findRow(t, v, names[m.Src]+" | "+names[m.Tgt]); got != want {
			t.Errorf("%s→%s row = %q\nwant         %q", m.Src, m.Tgt, got, want)
		}
	}
	if got := v.summary.Text; got != "Direct models: 2 pairs. Through English, with two models in a row: 0 pairs." {
		t.Errorf("summary = %q", got)
	}
}

func TestModelsShowPairsServedThroughEnglish(t *testing.T) {
	st := storeWithModels(t,
		&translate.Corpus{Src: "en", Tgt: "sw", Source: "sw.tmx", Pairs: clinicEnSw},
		&translate.Corpus{Src: "en", Tgt: "es-419", Source: "es.tmx", Pairs: clinicEnEs})
	v := openModelsView(t, st)

	for _, prefix := range []string{
		"Kiswahili (sw) | español latinoamericano (es-419) | via English (sw→en, then en→es-419) |  |  |  |  | ",
		"español latinoamericano (es-419) | Kiswahili (sw) | via English (es-419→en, then en→sw) |  |  |  |  | ",
	} {
		findRow(t, v, prefix)
	}
	if len(v.rows) != 6 {
		t.Errorf("rows = %d, want 4 models and 2 pairs through English:\n%s", len(v.rows), strings.Join(rowTexts(v), "\n"))
	}
	if got := v.summary.Text; got != "Direct models: 4 pairs. Through English, with two models in a row: 2 pairs." {
		t.Errorf("summary = %q", got)
	}
}

func TestModelsFilterByLanguage(t *testing.T) {
	st := storeWithModels(t,
		&translate.Corpus{Src: "en", Tgt: "sw", Source: "sw.tmx", Pairs: clinicEnSw},
		&translate.Corpus{Src: "en", Tgt: "es-419", Source: "es.tmx", Pairs: clinicEnEs})
	v := openModelsView(t, st)
	for _, c := range []struct {
		query string
		rows  int
	}{
		{"sw", 4},      // its tag: both models and both pairs through English
		{"es", 4},      // the base language of es-419
		{"Español", 4}, // part of its own name, in any case
		{"english", 4}, // English has the models only
		{"fr", 0},      // no French here
		{"", 6},        // everything again
	} {
		v.filter.SetText(c.query)
		if len(v.rows) != c.rows {
			t.Errorf("filter %q shows %d rows, want %d:\n%s", c.query, len(v.rows), c.rows, strings.Join(rowTexts(v), "\n"))
		}
	}
}

func TestTrainingFromATMXAddsThePair(t *testing.T) {
	st := storeWithModels(t, &translate.Corpus{Src: "en", Tgt: "sw", Source: "sw.tmx", Pairs: clinicEnSw})
	v := openModelsView(t, st)
	path := writeTMX(t, "clinic-es.tmx", "en", "es-419", clinicEnEs)

	src, langs, err := tmxLanguages(path)
	if err != nil || src != "en" || strings.Join(langs, ",") != "en,es-419" {
		t.Fatalf("tmxLanguages = %q, %q, %v; want en and en,es-419", src, langs, err)
	}
	v.confirmLanguages(path, src, langs)
	if got := dialogText(v.u.win); !strings.Contains(got, "clinic-es.tmx") {
		t.Fatalf("the train dialog shows %q, want the file", got)
	}
	tapDialogButton(t, v.u.win, "Train")
	if !v.train.Disabled() || v.training.Hidden {
		t.Error("while training, Train should be disabled and the progress shown")
	}
	waitUI(t, v.trained, "training did not end")
	waitUI(t, v.loaded, "the models view did not reload")

	findRow(t, v, "English (en) | español latinoamericano (es-419) | clinic-es.tmx | 6 | ")
	findRow(t, v, "español latinoamericano (es-419) | English (en) | clinic-es.tmx | 6 | ")
	findRow(t, v, "Kiswahili (sw) | español latinoamericano (es-419) | via English")
	if got := dialogText(v.u.win); !strings.Contains(got, "Trained en → es-419 and es-419 → en from clinic-es.tmx") {
		t.Errorf("dialog after training = %q, want the summary", got)
	}
	res, err := v.u.engine.Translate(context.Background(), "en", "es-419", "Drink clean water.")
	if err != nil || res.Text != "Beba agua limpia." {
		t.Errorf("the engine translates with the new model: %v, %v", res, err)
	}
}

func TestCancellingTrainingLeavesTheModelsAsTheyWere(t *testing.T) {
	st := storeWithModels(t, &translate.Corpus{Src: "en", Tgt: "sw", Source: "sw.tmx", Pairs: clinicEnSw})
	v := openModelsView(t, st)
	path := writeTMX(t, "clinic-es.tmx", "en", "es-419", clinicEnEs)

	var stages []string
	v.onStage = func(stage string) {
		stages = append(stages, stage)
		if stage == "aligning words" {
			test.Tap(v.cancel)
		}
	}
	v.startTraining(path, "en", "es-419")
	waitUI(t, v.trained, "training did not end")

	if got := strings.Join(stages, ", "); got != "reading the file, gathering the glossary and stored text, tokenizing, aligning words" {
		t.Errorf("stages shown = %s; want training to stop at alignment", got)
	}
	models, err := st.Models(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(models) != 2 {
		t.Errorf("after cancelling, %d models serve, want the 2 there were", len(models))
	}
	if got := v.status.Text; !strings.HasPrefix(got, "Training was cancelled") {
		t.Errorf("status = %q", got)
	}
	if got := dialogText(v.u.win); got != "" {
		t.Errorf("cancelling showed a dialog: %q", got)
	}
	if v.train.Disabled() || !v.training.Hidden {
		t.Error("after cancelling, Train should be enabled again and the progress hidden")
	}
}

func TestTrainingFromABrokenFileSaysWhatToDo(t *testing.T) {
	st := storeWithModels(t)
	v := openModelsView(t, st)
	path := filepath.Join(t.TempDir(), "broken.tmx")
	if err := os.WriteFile(path, []byte("<tmx><body><tu>"), 0o644); err != nil {
		t.Fatal(err)
	}
	v.startTraining(path, "en", "sw")
	waitUI(t, v.trained, "training did not end")
	if got := dialogText(v.u.win); !strings.Contains(got, "Train from broken.tmx") || !strings.Contains(got, "Check that the file is a TMX") {
		t.Errorf("error dialog = %q", got)
	}
	if got := v.summary.Text; !strings.HasPrefix(got, "No models yet") {
		t.Errorf("summary = %q", got)
	}
}

func TestTheScreenshotDriverShowsATabWithASample(t *testing.T) {
	st := storeWithModels(t,
		&translate.Corpus{Src: "en", Tgt: "sw", Source: "sw.tmx", Pairs: clinicEnSw},
		&translate.Corpus{Src: "en", Tgt: "es-419", Source: "es.tmx", Pairs: clinicEnEs})
	ui := New(test.NewTempApp(t), st)
	waitStarted(t, ui)
	v := ui.models

	if ui.ShowTab("Dictionary") {
		t.Error("ShowTab found a tab that is not there")
	}
	if !ui.ShowTab("models") {
		t.Fatal("ShowTab did not find the Models tab")
	}
	if ui.tabs.Selected().Content != v.content {
		t.Fatalf("ShowTab brought %q to the front", ui.tabs.Selected().Text)
	}
	waitUI(t, v.loaded, "the models view did not reload")
	env := map[string]string{"TAFSIRI_SCREENSHOT_TEXT": "sw"}
	ui.ShowSample(SampleFromEnv(func(key string) string { return env[key] }))
	if v.filter.Text != "sw" || len(v.rows) != 4 {
		t.Errorf("after the sample, the filter is %q and shows %d rows, want sw and 4", v.filter.Text, len(v.rows))
	}
}

// Issue 13 case 2 in the window: a file that gives much less to train on
// than the serving models had is refused with a question; the models stay
// unless the user chooses to train anyway.
func TestTrainingFromMuchLessAsksBeforeReplacingTheModels(t *testing.T) {
	st := storeWithModels(t, &translate.Corpus{Src: "en", Tgt: "sw", Source: "clinic.tmx", Pairs: clinicEnSw})
	v := openModelsView(t, st)
	path := writeTMX(t, "two.tmx", "en", "sw", clinicEnSw[:2])
	sources := func() string {
		models, err := st.Models(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, m := range models {
			out = append(out, m.Src+"→"+m.Tgt+" "+m.Source)
		}
		return strings.Join(out, ", ")
	}

	for _, answer := range []struct{ button, want string }{
		{"Keep them", "en→sw clinic.tmx, sw→en clinic.tmx"},
		{"Train anyway", "en→sw two.tmx, sw→en two.tmx"},
	} {
		v.startTraining(path, "en", "sw")
		waitUI(t, v.trained, "training did not end")
		got := dialogText(v.u.win)
		for _, want := range []string{"Training from two.tmx would likely make translation worse",
			"the en→sw model serving now was trained on 6 pairs, this file gives 2"} {
			if !strings.Contains(got, want) {
				t.Errorf("the dialog shows %q, want %q", got, want)
			}
		}
		if got := sources(); got != "en→sw clinic.tmx, sw→en clinic.tmx" {
			t.Errorf("while asking, the models are %s; want them unchanged", got)
		}
		tapDialogButton(t, v.u.win, answer.button)
		waitUI(t, v.trained, "training did not end")
		if got := sources(); got != answer.want {
			t.Errorf("after %q, the models are %s; want %s", answer.button, got, answer.want)
		}
	}
}

// Issue 13 case 4 in the window: one cancellation rule for all training,
// saving included: until both directions are published, nothing changes.
func TestCancellingWhileSavingLeavesTheModelsAsTheyWere(t *testing.T) {
	st := storeWithModels(t, &translate.Corpus{Src: "en", Tgt: "sw", Source: "sw.tmx", Pairs: clinicEnSw})
	v := openModelsView(t, st)
	path := writeTMX(t, "clinic-es.tmx", "en", "es-419", clinicEnEs)
	v.onStage = func(stage string) {
		if stage == "saving" {
			test.Tap(v.cancel)
		}
	}
	v.startTraining(path, "en", "es-419")
	waitUI(t, v.trained, "training did not end")
	models, err := st.Models(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(models) != 2 {
		t.Errorf("after cancelling while saving, %d models serve, want the 2 there were", len(models))
	}
	if got := v.status.Text; !strings.HasPrefix(got, "Training was cancelled") {
		t.Errorf("status = %q", got)
	}
}
