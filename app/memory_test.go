package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tafsiri/memory"
	"tafsiri/storage"
)

// clinicTMX is a small English–Swahili memory; its last unit lacks Swahili.
const clinicTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en"><seg>Wash your hands with soap and water.</seg></tuv><tuv xml:lang="sw"><seg>Nawa mikono yako kwa sabuni na maji.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Drink clean water every day.</seg></tuv><tuv xml:lang="sw"><seg>Kunywa maji safi kila siku.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Cover your mouth when you cough.</seg></tuv><tuv xml:lang="sw"><seg>Funika mdomo wako unapokohoa.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Only English here.</seg></tuv></tu>
</body>
</tmx>
`

// openMemory shows the memory view of st in a test window and waits until it has loaded.
func openMemory(t *testing.T, st *storage.Store) *memoryView {
	t.Helper()
	v := openTab(t, st, "Memory", fyne.NewSize(1100, 700)).memory
	waitUI(t, v.loaded, "the memory list")
	return v
}

// importClinicTMX imports clinicTMX through the view, as the file dialog does.
func importClinicTMX(t *testing.T, v *memoryView) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "clinic.tmx")
	if err := os.WriteFile(path, []byte(clinicTMX), 0o644); err != nil {
		t.Fatal(err)
	}
	rc, err := fstorage.Reader(fstorage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	v.importFrom(rc, "", "")
	waitUI(t, v.done, "the import")
	waitUI(t, v.loaded, "the memory list")
}

// sources are the source texts the list shows, in order.
func (v *memoryView) sources() []string {
	var out []string
	for _, r := range v.rows {
		out = append(out, r.seg.Source)
	}
	return out
}

func TestMemoryImportTMXThroughTheViewShowsTheReportAndThePair(t *testing.T) {
	v := openMemory(t, curationStore(t))
	if got := v.status.Text; !strings.Contains(got, "import a TMX") {
		t.Errorf("an empty memory says %q, want a hint to import", got)
	}
	importClinicTMX(t, v)
	report := shownTexts(v.u.win)
	for _, want := range []string{"Imported from clinic.tmx (en → sw): 3 new segments, 0 already there.",
		"Skipped 1 unit.", "clinic.tmx:8: "} {
		if !strings.Contains(report, want) {
			t.Errorf("the report does not say %q; the dialogs show:\n%s", want, report)
		}
	}
	if src, tgt := v.pair(); src != "en" || tgt != "sw" {
		t.Errorf("pair after the import = %s→%s, want en→sw", src, tgt)
	}
	if got := v.status.Text; got != "Segments 1–3 of 3" {
		t.Errorf("status = %q", got)
	}
	if len(v.rows) != 3 || v.rows[0].seg.Target != "Nawa mikono yako kwa sabuni na maji." {
		t.Errorf("rows = %+v", v.rows)
	}
}

func TestMemorySearchShowsTheMatchPercentageAndTheDifference(t *testing.T) {
	v := openMemory(t, curationStore(t))
	importClinicTMX(t, v)
	v.focusSearch()
	v.search.SetText("Wash your hands with water.")
	waitUI(t, v.loaded, "the search")
	if len(v.rows) == 0 || v.rows[0].seg.Source != "Wash your hands with soap and water." {
		t.Fatalf("search found %q, want the hand-washing segment first", v.sources())
	}
	hit := v.rows[0]
	if hit.score >= 100 || hit.score < memoryThreshold {
		t.Errorf("score = %d, want a fuzzy match", hit.score)
	}
	var match, changed []string
	for _, o := range test.LaidOutObjects(v.list) {
		switch x := o.(type) {
		case *widget.Label:
			if strings.HasSuffix(x.Text, "%") {
				match = append(match, x.Text)
			}
		case *widget.RichText:
			for _, s := range x.Segments {
				if ts, ok := s.(*widget.TextSegment); ok && ts.Style.TextStyle.Bold {
					changed = append(changed, strings.TrimSpace(ts.Text))
				}
			}
		}
	}
	if len(match) == 0 || match[0] != strconv.Itoa(hit.score)+"%" {
		t.Errorf("match column shows %q, want %d%%", match, hit.score)
	}
	if len(changed) != 1 || changed[0] != "soap and" {
		t.Errorf("marked as differing: %q, want the words the search lacks, \"soap and\"", changed)
	}
	if !strings.HasPrefix(v.status.Text, "1 match of 50% or more") {
		t.Errorf("status = %q", v.status.Text)
	}
}

func TestMemoryEditATranslation(t *testing.T) {
	ctx := context.Background()
	st := curationStore(t)
	v := openMemory(t, st)
	importClinicTMX(t, v)
	v.list.Select(1)
	if !v.editor.save.Disabled() {
		t.Error("Save is enabled before any edit")
	}
	v.editor.target.SetText("Kunyweni maji safi kila siku.")
	test.Tap(v.editor.save)
	waitUI(t, v.done, "the save")
	id := v.rows[1].seg.ID
	seg, err := st.Segment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if seg.Target != "Kunyweni maji safi kila siku." || seg.Origin != "user" || !seg.Approved {
		t.Errorf("stored after the edit: %+v", seg)
	}
	if v.rows[1].seg.Target != seg.Target || v.editor.info.Text != "From user, used 0 times, approved" {
		t.Errorf("shown after the edit: row %+v, info %q", v.rows[1].seg, v.editor.info.Text)
	}
}

func TestMemoryDeleteAsksFirstAndCanBeUndone(t *testing.T) {
	ctx := context.Background()
	st := curationStore(t)
	v := openMemory(t, st)
	importClinicTMX(t, v)
	v.list.Select(0)
	seg := v.rows[0].seg

	test.Tap(v.editor.del)
	test.Tap(dialogButton(t, v.u.win, "Yes"))
	waitUI(t, v.done, "the delete")
	waitUI(t, v.loaded, "the memory list")
	if _, err := st.Segment(ctx, seg.ID); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("after the delete the segment reads with err = %v", err)
	}
	if len(v.rows) != 2 || !v.undo.box.Visible() {
		t.Fatalf("after the delete: %q listed, undo banner shown %v", v.sources(), v.undo.box.Visible())
	}

	test.Tap(v.undo.undo)
	waitUI(t, v.done, "the undo")
	waitUI(t, v.loaded, "the memory list")
	back, err := st.Segment(ctx, seg.ID)
	if err != nil || back != seg {
		t.Fatalf("after undo the segment is %+v, %v, want %+v", back, err, seg)
	}
	hits, err := memory.Search(ctx, st, "en", "sw", seg.Source, 0, 0)
	if err != nil || len(hits) == 0 || hits[0].Score != 100 {
		t.Errorf("the restored segment is not found again: %+v, %v", hits, err)
	}
	if cur, ok := v.current(); !ok || cur.seg.ID != seg.ID {
		t.Errorf("after undo the selected segment is %+v, want the restored one", cur.seg)
	}
}

func TestMemoryExportWritesTMX(t *testing.T) {
	v := openMemory(t, curationStore(t))
	importClinicTMX(t, v)
	path := filepath.Join(t.TempDir(), "out.tmx")
	v.exportTo(path, "en", "sw")
	waitUI(t, v.done, "the export")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(data); !strings.Contains(got, "<tmx") || !strings.Contains(got, "Funika mdomo wako unapokohoa.") {
		t.Errorf("exported TMX:\n%s", got)
	}
	if text := shownTexts(v.u.win); !strings.Contains(text, "Wrote 3 segments (en → sw) to out.tmx.") {
		t.Errorf("the dialogs show:\n%s", text)
	}
}

func TestMemoryDiffRunsFromTheRightInRightToLeftLanguages(t *testing.T) {
	for _, c := range []struct {
		lang string
		ops  []memory.DiffOp
		want []string // the runs, left to right on the screen
	}{
		{"ar", []memory.DiffOp{
			{Kind: memory.Equal, Candidate: "اغسل يديك"},
			{Kind: memory.Delete, Candidate: "بالصابون"},
			{Kind: memory.Equal, Candidate: "والماء"},
		}, []string{"والماء", "بالصابون", "اغسل يديك"}},
		{"en", []memory.DiffOp{
			{Kind: memory.Equal, Candidate: "Wash your hands"},
			{Kind: memory.Delete, Candidate: "with soap"},
			{Kind: memory.Equal, Candidate: "."},
		}, []string{"Wash your hands", "with soap", "."}},
	} {
		t.Run(c.lang, func(t *testing.T) {
			segs := diffSegments(c.lang, c.ops)
			var got []string
			for i, s := range segs {
				ts := s.(*widget.TextSegment)
				got = append(got, strings.TrimSpace(withoutBidiControls(ts.Text)))
				if ts.Style.Alignment != textAlign(c.lang) || ts.Inline() != (i < len(segs)-1) {
					t.Errorf("segment %d: alignment %v, inline %v", i, ts.Style.Alignment, ts.Inline())
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("runs left to right = %q, want %q", got, c.want)
			}
			if ts := segs[1].(*widget.TextSegment); !ts.Style.TextStyle.Bold {
				t.Error("the deleted words are not marked")
			}
		})
	}
}

// withoutBidiControls drops the marks and overrides displayText adds.
func withoutBidiControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\u200e' || r == '\u200f' || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') {
			return -1
		}
		return r
	}, s)
}
