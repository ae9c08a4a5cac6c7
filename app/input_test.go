package app

import (
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"fyne.io/fyne/v2"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tafsiri/storage"
)

// inUTF16 encodes text as UTF-16 in order, after a byte order mark when bom is set.
func inUTF16(text string, order binary.AppendByteOrder, bom bool) []byte {
	units := utf16.Encode([]rune(text))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		out = order.AppendUint16(out, u)
	}
	return out
}

// overlayObjects lists the objects of type T that the window's dialogs show.
func overlayObjects[T fyne.CanvasObject](w fyne.Window) []T {
	var out []T
	for _, o := range w.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if x, ok := obj.(T); ok {
				out = append(out, x)
			}
		}
	}
	return out
}

func TestLooksXMLReadsTheDecodedText(t *testing.T) {
	tbx := `<?xml version="1.0"?><tbx type="TBX-Basic"></tbx>`
	csv := "en,sw\nfever,homa\n"
	for name, c := range map[string]struct {
		head []byte
		want bool
	}{
		"TBX in UTF-8":                {[]byte(tbx), true},
		"TBX in UTF-8 with a BOM":     {append([]byte("\uFEFF"), tbx...), true},
		"TBX in UTF-16LE with a BOM":  {inUTF16(tbx, binary.LittleEndian, true), true},
		"TBX in UTF-16BE without BOM": {inUTF16(tbx, binary.BigEndian, false), true},
		"CSV in UTF-8":                {[]byte(csv), false},
		"CSV in UTF-16LE with a BOM":  {inUTF16(csv, binary.LittleEndian, true), false},
		"CSV in UTF-16BE with a BOM":  {inUTF16(csv, binary.BigEndian, true), false},
	} {
		t.Run(name, func(t *testing.T) {
			if got := looksXML(c.head); got != c.want {
				t.Errorf("looksXML = %v, want %v", got, c.want)
			}
		})
	}
}

func TestAUTF16OmegaTGlossaryIsAskedForItsLanguagesAndImported(t *testing.T) {
	st := curationStore(t)
	v := openGlossary(t, st)
	data := inUTF16("fever\thoma\ncough\tkikohozi\n", binary.LittleEndian, true) // what Excel saves as "Unicode text"
	v.importGlossary(io.NopCloser(bytes.NewReader(data)), "clinic.txt", int64(len(data)))
	if text := shownTexts(v.u.win); !strings.Contains(text, "clinic.txt is an OmegaT glossary: which languages?") {
		t.Fatalf("the window does not ask for the languages; the dialogs show:\n%s", text)
	}
	langs := overlayObjects[*widget.SelectEntry](v.u.win)
	if len(langs) != 2 {
		t.Fatalf("the question has %d language boxes, want 2", len(langs))
	}
	langs[0].SetText("en")
	langs[1].SetText("sw")
	test.Tap(dialogButton(t, v.u.win, "Import"))
	v.settle(t)
	cs, err := st.Concepts(context.Background(), storage.ConceptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		for _, term := range c.Terms {
			got = append(got, term.Lang+":"+term.Text)
		}
	}
	if want := "en:fever sw:homa en:cough sw:kikohozi"; strings.Join(got, " ") != want {
		t.Errorf("imported terms %q, want %s", got, want)
	}
}

func TestAnOpenedFileIsDecodedOrRefusedWithItsLine(t *testing.T) {
	const text = "Drink clean water.\r\nBoil it.\r\n"
	const want = "Drink clean water.\nBoil it.\n"
	for name, c := range map[string]struct {
		data    []byte
		wantErr string // what the error dialog says; "" when the file opens
	}{
		"UTF-8":                  {[]byte(text), ""},
		"UTF-16LE with a BOM":    {inUTF16(text, binary.LittleEndian, true), ""},
		"UTF-16BE with a BOM":    {inUTF16(text, binary.BigEndian, true), ""},
		"UTF-16LE without a BOM": {inUTF16(text, binary.LittleEndian, false), ""},
		"invalid UTF-8":          {[]byte("Drink clean water.\nBoil \xff it.\n"), "notice.txt:2: invalid UTF-8"},
	} {
		t.Run(name, func(t *testing.T) {
			ui := openTab(t, openTestStore(t, "source.db"), "Translate", fyne.NewSize(1000, 700))
			v := ui.translate
			path := filepath.Join(t.TempDir(), "notice.txt")
			if err := os.WriteFile(path, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			v.onDropped(fyne.NewPos(10, 10), []fyne.URI{fstorage.NewFileURI(path)})
			waitUI(t, v.source.opened, "the dropped file")
			shown := shownTexts(ui.win)
			if c.wantErr != "" {
				if !strings.Contains(shown, c.wantErr) || v.source.entry.Text != "" {
					t.Errorf("source %q; the dialogs show:\n%s\nwant an error saying %q", v.source.entry.Text, shown, c.wantErr)
				}
				return
			}
			if got := v.source.entry.Text; got != want {
				t.Errorf("source = %q, want %q; the dialogs show:\n%s", got, want, shown)
			}
		})
	}
}
