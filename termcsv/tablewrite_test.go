package termcsv

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// exportEntries exercise every rule of WriteTable.
var exportEntries = []Entry{
	{ID: "c1", Subject: "vaccination", Definition: "Gives immunity, for years.", Note: `Say "jab" only
in speech.`, Terms: []Term{
		{Lang: "en", Text: "vaccine", PartOfSpeech: "noun", Status: StatusApproved},
		{Lang: "sw", Text: "chanjo", PartOfSpeech: "noun", Status: StatusApproved},
		{Lang: "en", Text: "jab", PartOfSpeech: "noun", Status: StatusDraft},
		{Lang: "EN", Text: "shot", PartOfSpeech: "noun", Status: StatusDraft},
		{Lang: "fr", Text: "vaccin", Status: StatusApproved},
	}},
	{Terms: []Term{
		{Lang: "es_XX", Text: "fiebre", Definition: "Temperatura alta.", Note: "TICO", Source: "TICO-19 terminology"},
		{Lang: "en", Text: " fever ", Definition: "High temperature.", Note: "TICO", Source: "TICO-19 terminology"},
	}},
	{Terms: []Term{{Lang: "de", Text: "Fieber"}}},
}

func TestWriteTableGolden(t *testing.T) {
	got := writeTable(t, []string{"en", "sw", "es-XX"}, exportEntries...)
	want, err := os.ReadFile(filepath.Join("testdata", "writer", "want.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteTableRoundTrip(t *testing.T) {
	tests := map[string]struct {
		langs []string
		in    []Entry
		want  []Entry // in, as ReadTable gives it back; nil means in itself
	}{
		"one row per entry": {
			langs: []string{"en", "sw", "zh-Hans"},
			in: []Entry{
				{Definition: "Cleaning hands, with soap.", Note: "line one\nline two", Terms: withPOS("noun", StatusApproved,
					Term{Lang: "en", Text: "hand washing"}, Term{Lang: "sw", Text: "kunawa mikono"}, Term{Lang: "zh-Hans", Text: "洗手"})},
				{Terms: []Term{{Lang: "en", Text: `say "hi", then 'bye'`}}},
				{Terms: withPOS("verb", StatusForbidden, Term{Lang: "sw", Text: " leading space"})},
			},
			want: []Entry{
				{Definition: "Cleaning hands, with soap.", Note: "line one\nline two", Terms: withPOS("noun", StatusApproved,
					Term{Lang: "en", Text: "hand washing"}, Term{Lang: "sw", Text: "kunawa mikono"}, Term{Lang: "zh-Hans", Text: "洗手"})},
				{Terms: []Term{{Lang: "en", Text: `say "hi", then 'bye'`}}},
				{Terms: withPOS("verb", StatusForbidden, Term{Lang: "sw", Text: "leading space"})},
			},
		},
		"an entry's source wins over its terms' sources": {
			langs: []string{"en", "sw"},
			in: []Entry{{Source: "Tafsiri team draft, not yet reviewed by a native medical translator\nMinistry, 2021", Terms: []Term{
				{Lang: "en", Text: "vaccine", Source: "WHO"}, {Lang: "sw", Text: "chanjo", Source: "Kamusi"},
			}}},
			want: []Entry{{Source: "Tafsiri team draft, not yet reviewed by a native medical translator\nMinistry, 2021", Terms: []Term{
				{Lang: "en", Text: "vaccine"}, {Lang: "sw", Text: "chanjo"},
			}}},
		},
		"term sources fill the row's source when the entry has none": {
			langs: []string{"en", "sw"},
			in: []Entry{
				{Terms: []Term{{Lang: "en", Text: "vaccine", Source: "WHO"}, {Lang: "sw", Text: "chanjo", Source: "Kamusi"}}},
				{Terms: []Term{{Lang: "en", Text: "fever"}}},
			},
			want: []Entry{
				{Source: "WHO\nKamusi", Terms: []Term{{Lang: "en", Text: "vaccine"}, {Lang: "sw", Text: "chanjo"}}},
				{Terms: []Term{{Lang: "en", Text: "fever"}}},
			},
		},
		"synonyms and statuses become rows": {
			langs: []string{"en", "sw"},
			in:    exportEntries[:1],
			want: []Entry{
				{Definition: "Gives immunity, for years.", Note: "Say \"jab\" only\nin speech.", Terms: withPOS("noun", StatusApproved,
					Term{Lang: "en", Text: "vaccine"}, Term{Lang: "sw", Text: "chanjo"})},
				{Definition: "Gives immunity, for years.", Note: "Say \"jab\" only\nin speech.", Terms: withPOS("noun", StatusDraft,
					Term{Lang: "en", Text: "jab"})},
				{Definition: "Gives immunity, for years.", Note: "Say \"jab\" only\nin speech.", Terms: withPOS("noun", StatusDraft,
					Term{Lang: "en", Text: "shot"})},
			},
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, skipped := mustReadTable(t, writeTable(t, tt.langs, tt.in...), "export.csv")
			if len(skipped) != 0 {
				t.Errorf("skipped %+v", skipped)
			}
			want := tt.want
			if want == nil {
				want = tt.in
			}
			if got := withoutLines(got); !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteTableErrors(t *testing.T) {
	ok := []Entry{{Terms: []Term{{Lang: "en", Text: "mask"}}}}
	tests := map[string]struct {
		langs   []string
		entries []Entry
		out     interface{ Write([]byte) (int, error) }
		wantIs  error
	}{
		"no language":            {entries: ok},
		"language not a tag":     {langs: []string{"en", "Swahili"}, entries: ok},
		"language a column name": {langs: []string{"en", "pos"}, entries: ok},
		"unknown status": {langs: []string{"en"}, entries: []Entry{
			{ID: "e1", Terms: []Term{{Lang: "en", Text: "mask", Status: "maybe"}}},
		}},
		"failing output": {langs: []string{"en"}, entries: ok, out: failingWriter{}, wantIs: errDiskFull},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			out := tt.out
			if out == nil {
				out = &bytes.Buffer{}
			}
			_, err := WriteTable(out, tt.langs, tt.entries)
			if err == nil {
				t.Fatal("got no error")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %v does not wrap %v", err, tt.wantIs)
			}
		})
	}
}
