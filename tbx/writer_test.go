package tbx

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// goldenEntries exercise every part of the Writer's output.
var goldenEntries = []Entry{
	{
		ID: "c1", Subject: "vaccination", Definition: "Gives immunity.", Note: "Poster 3\nChecked by the ministry.",
		Source: "Tafsiri team draft, not yet reviewed by a native medical translator",
		Terms: []Term{
			{Lang: "en", Text: "vaccine", PartOfSpeech: "noun", Status: StatusApproved, Definition: "A preparation <of antigens>.", Source: "WHO & UNICEF"},
			{Lang: "en", Text: "jab", Status: StatusDraft, Definition: "A preparation <of antigens>.", Note: "Informal.", Source: "Editor\nReviewer"},
			{Lang: "sw", Text: "chanjo", Status: StatusForbidden, Note: `Say "chanjo" & smile.`},
		},
	},
	{Terms: []Term{{Lang: "ar", Text: "حمى"}}},
}

func TestWriterGolden(t *testing.T) {
	tests := map[string]Dialect{
		"want2008.tbx": Dialect2008,
		"wantv3.tbx":   DialectV3,
	}
	for file, d := range tests {
		t.Run(file, func(t *testing.T) {
			got := writeDoc(t, d, goldenEntries...)
			want, err := os.ReadFile(filepath.Join("testdata", "writer", file))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestWriterXMLLint checks with libxml2 that the output is well-formed XML.
func TestWriterXMLLint(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not found; install libxml2-utils to run this test")
	}
	odd := Entry{ID: `a&b<"c">`, Terms: []Term{
		{Lang: `en"x`, Text: "bell\x07 \xff \uFFFE ]]> <![CDATA[", Note: "tab\there\r\nline"},
	}}
	for _, d := range []Dialect{Dialect2008, DialectV3} {
		t.Run(d.String(), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.tbx")
			if err := os.WriteFile(path, writeDoc(t, d, append(goldenEntries, odd)...), 0o600); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command(xmllint, "--noout", path).CombinedOutput(); err != nil {
				t.Errorf("xmllint: %v\n%s", err, out)
			}
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// newTestWriter returns a Writer of dialect d with source language "en".
func newTestWriter(t *testing.T, out io.Writer, d Dialect) *Writer {
	t.Helper()
	w, err := NewWriter(out, d, "en")
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestWriterErrors(t *testing.T) {
	good := Entry{ID: "ok", Terms: []Term{{Lang: "en", Text: "fine"}}}
	write := func(t *testing.T, e Entry) error { return newTestWriter(t, &bytes.Buffer{}, DialectV3).Write(e) }
	tests := map[string]struct {
		run    func(t *testing.T) error
		wantIs error
	}{
		"unknown dialect": {run: func(t *testing.T) error {
			_, err := NewWriter(&bytes.Buffer{}, Dialect(0), "en")
			return err
		}},
		"no source language": {run: func(t *testing.T) error {
			_, err := NewWriter(&bytes.Buffer{}, Dialect2008, "")
			return err
		}},
		"entry without term": {run: func(t *testing.T) error { return write(t, Entry{ID: "e"}) }},
		"term without language": {run: func(t *testing.T) error {
			return write(t, Entry{Terms: []Term{{Lang: "en", Text: "a"}, {Text: "b"}}})
		}},
		"term without text": {run: func(t *testing.T) error {
			return write(t, Entry{Terms: []Term{{Lang: "en", Text: " \n "}}})
		}},
		"unknown status": {run: func(t *testing.T) error {
			return write(t, Entry{Terms: []Term{{Lang: "en", Text: "a", Status: "preferred"}}})
		}},
		"write after close": {wantIs: errClosed, run: func(t *testing.T) error {
			w := newTestWriter(t, &bytes.Buffer{}, DialectV3)
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			return w.Write(good)
		}},
		"failing output": {wantIs: errDiskFull, run: func(t *testing.T) error {
			w := newTestWriter(t, failingWriter{}, Dialect2008)
			if err := w.Write(good); err != nil {
				return err
			}
			return w.Close()
		}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := tt.run(t)
			if err == nil {
				t.Fatal("got no error")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %v does not wrap %v", err, tt.wantIs)
			}
		})
	}
}
