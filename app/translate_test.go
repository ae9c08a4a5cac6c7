package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"tafsiri/glossary"
	storagedb "tafsiri/storage"
	"tafsiri/translate"
	"tafsiri/translate/detect"
)

// noticeEnEs is a tiny English–Spanish corpus whose phrases are easy to check
// by hand (the one of translate/engine_test.go).
var noticeEnEs = []translate.Pair{
	{Src: "Wash your hands.", Tgt: "Lávese las manos."},
	{Src: "Wash your hands with soap.", Tgt: "Lávese las manos con jabón."},
	{Src: "Wash your face with soap.", Tgt: "Lávese la cara con jabón."},
	{Src: "Drink clean water.", Tgt: "Beba agua limpia."},
	{Src: "Drink clean water every day.", Tgt: "Beba agua limpia todos los días."},
	{Src: "Boil the water.", Tgt: "Hierva el agua."},
	{Src: "Keep the water clean.", Tgt: "Mantenga el agua limpia."},
	{Src: "The clinic opens at 8:00.", Tgt: "La clínica abre a las 8:00."},
	{Src: "The clinic is closed today.", Tgt: "La clínica está cerrada hoy."},
	{Src: "Call 0800 123 456 for help.", Tgt: "Llame al 0800 123 456 para pedir ayuda."},
	{Src: "Vaccines are free.", Tgt: "Las vacunas son gratuitas."},
	{Src: "Vaccines are free at the clinic.", Tgt: "Las vacunas son gratuitas en la clínica."},
}

// translateStore is a database with an en↔es-419 model trained from
// noticeEnEs and the approved glossary term soap → jabón.
func translateStore(t *testing.T) *storagedb.Store {
	t.Helper()
	ctx := context.Background()
	st := storeWithModels(t, &translate.Corpus{Src: "en", Tgt: "es-419", Source: "test", Pairs: noticeEnEs})
	_, err := st.ImportConcepts(ctx, []glossary.Concept{{Subject: "hygiene", Terms: []glossary.Term{
		{Lang: "en", Text: "soap", Status: glossary.Approved},
		{Lang: "es-419", Text: "jabón", Status: glossary.Approved},
	}}}, storagedb.ImportOptions{By: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// openTranslate opens the window on st with the translate view in front,
// once the view has listed its languages and target languages.
func openTranslate(t *testing.T, st *storagedb.Store) (*UI, *translateView) {
	t.Helper()
	ui := openTab(t, st, "Translate", fyne.NewSize(1000, 700))
	v := ui.translate
	// Bringing the tab forward reads the languages again.
	waitUI(t, v.targets.settled, "the target languages were not listed")
	waitUI(t, v.source.loaded, "the source languages were not listed")
	return ui, v
}

// typeSource types text into the source box and waits until its language is shown.
func typeSource(t *testing.T, v *translateView, text string) {
	t.Helper()
	test.Type(v.source.entry, text)
	waitUI(t, v.source.detectDone, "the language was not detected")
	waitUI(t, v.targets.settled, "the targets were not updated for the source language")
}

// translateNow presses Ctrl+Enter in the source box and waits for the output.
func translateNow(t *testing.T, v *translateView) *outputPanel {
	t.Helper()
	v.source.entry.TypedShortcut(translateShortcut)
	waitUI(t, v.translated, "the translation did not finish")
	if len(v.outputs.panels) != 1 || v.outputs.panels[0].results == nil {
		t.Fatalf("after translating: %d output panels, status %q", len(v.outputs.panels), statusOf0(v))
	}
	return v.outputs.panels[0]
}

func statusOf0(v *translateView) string {
	if len(v.outputs.panels) == 0 {
		return ""
	}
	return v.outputs.panels[0].status.Text
}

// chipsIn finds the span chips drawn in o, in logical order.
func chipsIn(o fyne.CanvasObject) []*spanChip {
	switch o := o.(type) {
	case *spanChip:
		return []*spanChip{o}
	case *container.ThemeOverride:
		return chipsIn(o.Content)
	case *fyne.Container:
		var out []*spanChip
		for _, c := range o.Objects {
			out = append(out, chipsIn(c)...)
		}
		return out
	}
	return nil
}

// chipWith is the chip showing text, or nil.
func chipWith(p *outputPanel, text string) *spanChip {
	for _, c := range chipsIn(p.body) {
		if c.text == text {
			return c
		}
	}
	return nil
}

// TestTranslateAcceptAndTranslateAgain is the workflow: paste a
// notice → its language is shown → translate → the approved glossary term
// is marked in the output → edit and accept → the memory has it →
// translating again gives a memory-exact span.
func TestTranslateAcceptAndTranslateAgain(t *testing.T) {
	st := translateStore(t)
	ui, v := openTranslate(t, st)
	const notice = "Wash your hands with soap every day."
	const corrected = "Lávese las manos con jabón cada día."

	typeSource(t, v, notice)
	if got := v.source.detected.Text; !strings.HasPrefix(got, "Detected: English (en) ") || !strings.HasSuffix(got, "%") {
		t.Errorf("detected = %q, want English with its confidence", got)
	}
	es := v.targets.checks["es-419"]
	if es == nil || es.Disabled() || !v.targets.checks["en"].Disabled() {
		t.Fatalf("targets %v: want es-419 offered and en (the source) disabled", v.targets.tags)
	}
	test.Tap(es)
	waitUI(t, v.targets.saved, "storing the ticked languages")
	if got, _, err := st.Setting(context.Background(), settingTargets); err != nil || got != "es-419" {
		t.Fatalf("stored targets = %q (%v), want es-419", got, err)
	}

	p := translateNow(t, v)
	term := approvedTermSpan(t, p, "jabón")
	t.Run("tapping a span shows its glossary entry", func(t *testing.T) {
		d := describeSpan(context.Background(), ui, p.results[0], *term)
		rows := detailText(d)
		if d.Title != "Glossary term, approved" || !strings.Contains(rows, "Term en (approved): soap") ||
			!strings.Contains(rows, "Term es-419 (approved): jabón") {
			t.Errorf("detail %q\n%s", d.Title, rows)
		}
		test.Tap(chipWith(p, "jabón"))
		waitUI(t, v.detailShown, "tapping the span showed nothing")
		waitOverlay(t, ui.win, "Glossary term, approved")
		ui.win.Canvas().Overlays().Top().Hide()
	})

	editAndAccept(t, p, corrected)
	segs, err := st.Segments(context.Background(), "en", "es-419")
	if err != nil {
		t.Fatal(err)
	}
	if len(segs) != 1 || segs[0].Source != notice || segs[0].Target != corrected || segs[0].Origin != "user" {
		t.Fatalf("memory after Accept = %+v, want the corrected translation from the user", segs)
	}

	again := translateNow(t, v)
	checkMemorySpan(t, ui, again, corrected)

	ui.win.Canvas().(fyne.Shortcutable).TypedShortcut(copyShortcut)
	if got := ui.app.Clipboard().Content(); got != corrected {
		t.Errorf("Ctrl+Shift+C copied %q, want %q", got, corrected)
	}
	n, err := v.notice()
	if err != nil || len(n.Sections) != 2 || n.Sections[0].Lang != "en" || n.Sections[1].Text != corrected {
		t.Errorf("notice = %+v, %v; want the English text and its accepted translation", n, err)
	}
}

// TestTheMemoryFillsValuesAndOnlySuggestsSimilarSentences: a sentence the
// memory holds but for a number comes back with the new number, marked and
// explained; one with another word comes from the model, the stored
// translation shown apart as a suggestion.
func TestTheMemoryFillsValuesAndOnlySuggestsSimilarSentences(t *testing.T) {
	st := translateStore(t)
	ui, v := openTranslate(t, st)
	if err := ui.engine.Accept(context.Background(), "en", "es-419",
		"Children under 2 years should not wear a mask.", "Los niños menores de 2 años no deben usar mascarilla."); err != nil {
		t.Fatal(err)
	}
	typeSource(t, v, "Children under 5 years should not wear a mask.")
	test.Tap(v.targets.checks["es-419"])
	p := translateNow(t, v)
	res := p.results[0]
	if res.Text != "Los niños menores de 5 años no deben usar mascarilla." || len(res.Spans) != 1 || res.Spans[0].Origin != translate.FromMemoryValues {
		t.Fatalf("a number changed: %q %+v; want the stored translation with 5, as one tm-values span", res.Text, res.Spans)
	}
	if c := chipWith(p, "5"); c == nil || c.fill != provValues.fill {
		t.Errorf("the chip of 5 = %+v, want it marked as memory with values filled", c)
	}
	d := describeSpan(context.Background(), ui, res, res.Spans[0])
	if rows := detailText(d); d.Title != "Translation memory, values filled" || !strings.Contains(rows, "Value filled in: 2 (stored) → 5 (this text)") {
		t.Errorf("detail %q:\n%s", d.Title, rows)
	}

	v.source.entry.SetText("Children under 5 years should not wear a hat.")
	waitUI(t, v.source.detectDone, "the language was not detected")
	p = translateNow(t, v)
	if res := p.results[0]; strings.Contains(res.Text, "mascarilla") {
		t.Errorf("a word changed: %q says what the source does not (mascarilla)", res.Text)
	}
	shown := textsIn(p.suggestions)
	if !strings.Contains(shown, "Memory suggestion") || !strings.Contains(shown, "mascarilla") || !strings.Contains(shown, "“hat”") {
		t.Errorf("suggestions shown: %q; want the stored translation with its match and the differing word", shown)
	}
}

// approvedTermSpan finds the approved glossary span of term in p's first
// line, and checks that its chip is tappable and marked as such.
func approvedTermSpan(t *testing.T, p *outputPanel, term string) *translate.Span {
	t.Helper()
	res := p.results[0]
	if !strings.Contains(res.Text, term) {
		t.Fatalf("output %q lacks the glossary term %s", res.Text, term)
	}
	var span *translate.Span
	for i, s := range res.Spans {
		if s.Origin == translate.FromGlossary && s.Text == term && s.TermStatus == "approved" {
			span = &res.Spans[i]
		}
	}
	if span == nil {
		t.Fatalf("no approved glossary span %s in %+v", term, res.Spans)
	}
	if c := chipWith(p, term); c == nil || c.fill != provApproved.fill || c.onTapped == nil {
		t.Errorf("the chip of %s = %+v, want it tappable and marked as an approved glossary term", term, c)
	}
	return span
}

// editAndAccept opens p's editor, writes text and accepts it.
func editAndAccept(t *testing.T, p *outputPanel, text string) {
	t.Helper()
	test.Tap(p.editBtn)
	if !p.editor.Visible() {
		t.Fatal("Edit did not show the editor")
	}
	p.edit.SetText(text)
	test.Tap(p.acceptBtn)
	waitUI(t, p.accepted, "accepting did not finish")
}

// checkMemorySpan checks that p shows want as one memory-exact span, marked
// so, whose detail is the stored segment.
func checkMemorySpan(t *testing.T, ui *UI, p *outputPanel, want string) {
	t.Helper()
	res := p.results[0]
	if res.Text != want || len(res.Spans) != 1 || res.Spans[0].Origin != translate.FromMemory {
		t.Fatalf("translated again: %q %+v, want the accepted text as one tm-exact span", res.Text, res.Spans)
	}
	for _, word := range strings.Fields(want) {
		if c := chipWith(p, word); c == nil || c.fill != provMemory.fill {
			t.Errorf("the word %q of the memory span is not marked as an exact match: %+v", word, c)
		}
	}
	d := describeSpan(context.Background(), ui, res, res.Spans[0])
	if !strings.Contains(detailText(d), "Stored translation: "+want) || d.Title != "Translation memory, 100% match" {
		t.Errorf("memory span detail %q:\n%s", d.Title, detailText(d))
	}
}

// detailText lists a span detail's rows as "label: value" lines.
func detailText(d spanDetail) string {
	var b strings.Builder
	for _, r := range d.Rows {
		b.WriteString(r.Label + ": " + r.Value + "\n")
	}
	return b.String()
}

// waitOverlay waits until a dialog showing want is on top of win.
func waitOverlay(t *testing.T, win fyne.Window, want string) {
	t.Helper()
	runUIUntil(t, "a dialog showing "+want, func() bool {
		top := win.Canvas().Overlays().Top()
		return top != nil && strings.Contains(textsIn(top), want)
	})
}

// textsIn joins every text drawn in o.
func textsIn(o fyne.CanvasObject) string {
	switch o := o.(type) {
	case *canvas.Text:
		return o.Text + " "
	case *fyne.Container:
		var b strings.Builder
		for _, c := range o.Objects {
			b.WriteString(textsIn(c))
		}
		return b.String()
	case fyne.Widget:
		var b strings.Builder
		for _, c := range test.WidgetRenderer(o).Objects() {
			b.WriteString(textsIn(c))
		}
		return b.String()
	}
	return ""
}

func TestTranslateSaysWhatToDoWhenItCannot(t *testing.T) {
	st := translateStore(t)
	if _, err := st.AddLanguage(context.Background(), "sw"); err != nil {
		t.Fatal(err)
	}
	ui, v := openTranslate(t, st)

	v.translate()
	waitOverlay(t, ui.win, "Type or paste the text")
	ui.win.Canvas().Overlays().Top().Hide()

	typeSource(t, v, "Nawa mikono kwa sabuni.")
	v.source.choose("sw")
	waitUI(t, v.targets.settled, "the targets were not updated for Kiswahili")
	if got := v.source.pick.Text; got != "From: Kiswahili (sw)" {
		t.Errorf("picker shows %q", got)
	}
	if !v.targets.checks["es-419"].Disabled() || !strings.Contains(v.targets.hint.Text, "No model translates from Kiswahili") {
		t.Errorf("from sw: es-419 disabled %v, hint %q; want no target offered and a hint",
			v.targets.checks["es-419"].Disabled(), v.targets.hint.Text)
	}
	v.translate()
	waitOverlay(t, ui.win, "Tick at least one language")
}

func TestALongTranslationCanBeCancelled(t *testing.T) {
	st := translateStore(t)
	_, v := openTranslate(t, st)
	v.source.entry.SetText(strings.Repeat("Wash your hands with soap every day.\n", 400)) // pasted
	waitUI(t, v.source.detectDone, "the language was not detected")
	waitUI(t, v.targets.settled, "the targets were not updated for the source language")
	test.Tap(v.targets.checks["es-419"])
	test.Tap(v.translateBtn)
	if !v.translateBtn.Disabled() || v.cancelBtn.Disabled() {
		t.Error("while translating, Translate should be disabled and Cancel enabled")
	}
	test.Tap(v.cancelBtn)
	waitUI(t, v.translated, "the cancelled translation did not stop")
	p := v.outputs.panels[0]
	if p.status.Text != "Cancelled." || p.results != nil || v.translateBtn.Disabled() {
		t.Errorf("after Cancel: status %q, results %d, Translate disabled %v", p.status.Text, len(p.results), v.translateBtn.Disabled())
	}
}

func TestADroppedFileBecomesTheSourceText(t *testing.T) {
	st := translateStore(t)
	ui, v := openTranslate(t, st)
	path := filepath.Join(t.TempDir(), "notice.txt")
	if err := os.WriteFile(path, []byte("\uFEFFDrink clean water every day.\r\nBoil the water.\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(path)})
	waitUI(t, v.source.opened, "the dropped file was not opened")
	if got, want := v.source.entry.Text, "Drink clean water every day.\nBoil the water.\n"; got != want {
		t.Errorf("source = %q, want %q", got, want)
	}
	waitUI(t, v.source.detectDone, "the language of the file was not detected")
	waitUI(t, v.targets.settled, "the targets were not updated for the file's language")
	if v.source.lang != "en" {
		t.Errorf("language of the file = %q, want en", v.source.lang)
	}

	v.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(filepath.Join(t.TempDir(), "scan.pdf"))})
	waitOverlay(t, ui.win, "opens .txt and .md files")
}

func TestOutputLinesAreCutIntoChipsThatKeepTheirSpans(t *testing.T) {
	const text = "Lávese las manos con jabón."
	res := &translate.Result{Text: text, Spans: []translate.Span{
		{Text: "Lávese las manos", Start: 0, Origin: translate.FromModel},
		{Text: "con", Start: strings.Index(text, "con"), Origin: translate.FromModel},
		{Text: "jabón", Start: strings.Index(text, "jabón"), Origin: translate.FromGlossary, TermStatus: "approved"},
		{Text: ".", Start: strings.Index(text, "."), Origin: translate.FromModel},
	}}
	var got []string
	for _, c := range lineChips(res, false) {
		s := c.Text
		if c.SpaceBefore {
			s = "_" + s
		}
		got = append(got, s+"/"+provenanceOf(c.Span).name)
	}
	want := "Lávese/model _las/model _manos/model _con/model _jabón/glossary, approved ./model"
	if strings.Join(got, " ") != want {
		t.Errorf("chips = %s\nwant     %s", strings.Join(got, " "), want)
	}
	uncovered := &translate.Result{Text: "12 ok", Spans: nil}
	if chips := lineChips(uncovered, false); len(chips) != 2 || chips[0].Span != nil {
		t.Errorf("text without spans gave %+v, want two plain chips", chips)
	}
	arabic := &translate.Result{Text: "استخدم «Tafsiri» app."}
	got = nil
	for _, c := range lineChips(arabic, true) {
		s := c.Text
		if c.SpaceBefore {
			s = "_" + s
		}
		got = append(got, s)
	}
	if want := "استخدم _« Tafsiri » _app ."; strings.Join(got, " ") != want {
		t.Errorf("right-to-left chips = %s, want %s", strings.Join(got, " "), want)
	}
}

func TestRightToLeftLinesAreInVisualOrder(t *testing.T) {
	cases := []struct {
		name  string
		rtl   bool
		words string // logical order, spaces between chips
		want  string // left to right on the screen
	}{
		{"Latin", false, "Wash your hands", "Wash your hands"},
		{"Arabic", true, "اغسل يديك بالصابون", "بالصابون يديك اغسل"},
		{"Arabic with a Latin name", true, "استخدم Tafsiri app الآن", "الآن Tafsiri app استخدم"},
		{"Arabic with a number", true, "اتصل بالرقم 0800 123", "123 0800 بالرقم اتصل"},
		{"Latin word and its number", true, "version 2 جديد", "جديد version 2"},
		{"Arabic words in an English line", false, "Say مرحبا بكم now", "Say بكم مرحبا now"},
		{"a full stop after a Latin word", true, "مع Tafsiri app .", ". Tafsiri app مع"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var specs []chipSpec
			for i, w := range strings.Fields(c.words) {
				specs = append(specs, chipSpec{Text: w, SpaceBefore: i > 0})
			}
			flow := newLineFlow(c.rtl, specs)
			var got []string
			for _, u := range chipVisualOrder(flow.units, c.rtl) {
				if !u.gap {
					got = append(got, specs[u.chip].Text)
				}
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("visual order = %q, want %q", strings.Join(got, " "), c.want)
			}
		})
	}
}

func TestAnRTLLineIsRightAlignedAndWraps(t *testing.T) {
	test.NewTempApp(t)
	specs := []chipSpec{{Text: "اغسل"}, {Text: "يديك", SpaceBefore: true}, {Text: "بالصابون", SpaceBefore: true}}
	var objs []fyne.CanvasObject
	for _, s := range specs {
		objs = append(objs, newSpanChip(s.Text, provModel.fill, nil))
	}
	line := container.New(newLineFlow(true, specs), objs...)
	line.Resize(fyne.NewSize(1000, 40))
	first, last := objs[0], objs[2]
	if first.Position().X+first.Size().Width != 1000 || last.Position().X >= first.Position().X {
		t.Errorf("first word at %v, last at %v: want the first at the right edge, the last to its left",
			first.Position(), last.Position())
	}
	narrow := objs[1].MinSize().Width + objs[2].MinSize().Width
	line.Resize(fyne.NewSize(narrow, 40))
	if objs[2].Position().Y <= objs[0].Position().Y {
		t.Errorf("at width %v the third word did not wrap to a second row", narrow)
	}
	if h := line.MinSize().Height; h <= objs[0].MinSize().Height {
		t.Errorf("a wrapped line asks for height %v, want more than one row", h)
	}
}

func TestTheLanguagePickerSearchesOwnAndEnglishNames(t *testing.T) {
	choices := pickerChoices([]string{"ar", "en", "es-419", "sw"})
	cases := map[string][]string{
		"":        {"", "ar", "en", "es-419", "sw"},
		"arab":    {"ar"},
		"العربية": {"ar"},
		"ESPAÑOL": {"es-419"},
		"spanish": {"es-419"},
		"sw":      {"sw"},
		"auto":    {""},
		"xyz":     nil,
	}
	for q, want := range cases {
		var got []string
		for _, c := range filterPickerChoices(choices, q) {
			got = append(got, c.Tag)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("search %q = %q, want %q", q, got, want)
		}
	}
}

func TestDetectionIsShownWithItsConfidence(t *testing.T) {
	cases := map[string]detect.Result{
		"Detected: English (en) 97%": {Lang: "en", Confidence: 0.966},
		"Detected: Kiswahili (sw) 55% — unsure: choose the language if this is wrong": {Lang: "sw", Confidence: 0.55, Unsure: true},
		"No language detected: the text has no words yet.":                            {Lang: detect.Undetermined},
	}
	for want, res := range cases {
		if got := detectionText(res); got != want {
			t.Errorf("detectionText(%+v) = %q, want %q", res, got, want)
		}
	}
}

func TestAcceptedTranslationsArePairedLineByLine(t *testing.T) {
	cases := []struct {
		name, src, tgt string
		want           [][2]string
	}{
		{"one line", "Boil the water.", " Hierva el agua. ", [][2]string{{"Boil the water.", "Hierva el agua."}}},
		{"line by line", "A.\n\nB.", "a.\n\nb.", [][2]string{{"A.", "a."}, {"B.", "b."}}},
		{"lines merged", "A.\nB.", "a. b.", [][2]string{{"A.\nB.", "a. b."}}},
		{"nothing", "A.", "  ", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := acceptedPairs(c.src, c.tgt)
			if len(got) != len(c.want) {
				t.Fatalf("pairs = %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("pair %d = %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

// TestARepairedMemoryMatchIsMarkedAndExplained: the stored text of a
// repaired match has its own colour and says that its replaced words need
// checking.
func TestARepairedMemoryMatchIsMarkedAndExplained(t *testing.T) {
	st := translateStore(t)
	ui, _ := openTranslate(t, st)
	span := translate.Span{Text: "Cubra los", Source: "Cover the fruit.", Origin: translate.FromMemoryRepaired, Match: 83}
	if p := provenanceOf(&span); p != provRepaired {
		t.Errorf("a repaired span is marked %q, want %q", p.name, provRepaired.name)
	}
	res := &translate.Result{From: "en", To: "es-419", Text: "Cubra los frutas.", Spans: []translate.Span{span}}
	d := describeSpan(context.Background(), ui, res, span)
	if rows := detailText(d); d.Title != "Translation memory, repaired (83% match)" || !strings.Contains(rows, "Check them") {
		t.Errorf("detail %q:\n%s", d.Title, rows)
	}
}
