package lexicon

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"tafsiri/internal/textnorm"
)

// teamTSV is a lexicon in the team's format, with its whole header.
const teamTSV = `# Tafsiri lexicon: a test
# source: Tafsiri team lexicon 1
# licence: CC BY 4.0
en	pos	es-419	fr	pt-BR	ar	sw	hi	bn	ur	fa	zh-Hans	ru	id
hand|hands	noun	mano|manos	main|mains										
foot|feet	noun	pie|pies	pied|pieds	pé|pés
sick	adj	enfermo|enferma
fever	noun
`

func readTSV(t *testing.T, text string) *Dictionary {
	t.Helper()
	d, err := ReadTSV(strings.NewReader(text), "lexicon.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReadTSVReadsOneEntryPerTranslatedCellWithItsForms(t *testing.T) {
	d := readTSV(t, teamTSV)
	want := []Entry{
		{SrcLang: "en", SrcForms: []string{"hand", "hands"}, POS: "noun", TgtLang: "es-419", TgtForms: []string{"mano", "manos"}},
		{SrcLang: "en", SrcForms: []string{"hand", "hands"}, POS: "noun", TgtLang: "fr", TgtForms: []string{"main", "mains"}},
		{SrcLang: "en", SrcForms: []string{"foot", "feet"}, POS: "noun", TgtLang: "es-419", TgtForms: []string{"pie", "pies"}},
		{SrcLang: "en", SrcForms: []string{"foot", "feet"}, POS: "noun", TgtLang: "fr", TgtForms: []string{"pied", "pieds"}},
		{SrcLang: "en", SrcForms: []string{"foot", "feet"}, POS: "noun", TgtLang: "pt-BR", TgtForms: []string{"pé", "pés"}},
		{SrcLang: "en", SrcForms: []string{"sick"}, POS: "adj", TgtLang: "es-419", TgtForms: []string{"enfermo", "enferma"}},
	}
	for i := range want {
		want[i].Source, want[i].Licence = "Tafsiri team lexicon 1", "CC BY 4.0"
	}
	if !reflect.DeepEqual(d.Entries, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", d.Entries, want)
	}
	if got, want := d.Skipped, []Skip{{"lexicon.tsv:8", `"fever" has no translation`}}; !reflect.DeepEqual(got, want) {
		t.Errorf("skipped = %v, want %v", got, want)
	}
}

func TestATargetFormTranslatesTheSourceFormOfItsPlace(t *testing.T) {
	d := readTSV(t, teamTSV)
	cases := map[string]struct {
		entry Entry
		form  int
		want  string
	}{
		"feet → pies":                       {d.Entries[2], 1, "pies"},
		"foot → pie":                        {d.Entries[2], 0, "pie"},
		"a cell of one form translates all": {Entry{TgtForms: []string{"mkono"}}, 1, "mkono"},
		"enferma reads back as sick":        {d.Entries[5].Reverse(), 1, "sick"},
		"pies reads back as feet":           {d.Entries[2].Reverse(), 1, "feet"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := c.entry.Translation(c.form); got != c.want {
				t.Errorf("Translation(%d) = %q, want %q", c.form, got, c.want)
			}
		})
	}
}

func TestARowsOwnProvenanceColumnsWinOverTheComments(t *testing.T) {
	d := readTSV(t, "en\tpos\tsw\tsource\tlicence\nwater\tnoun\tmaji\tKamusi 2\tCC0\nsoap\tnoun\tsabuni\n")
	if e := d.Entries[0]; e.Source != "Kamusi 2" || e.Licence != "CC0" {
		t.Errorf("first row: source %q, licence %q; want its own columns", e.Source, e.Licence)
	}
	if e := d.Entries[1]; e.Source != "lexicon.tsv" || e.Licence != "" {
		t.Errorf("second row: source %q, licence %q; want the file's name and no licence", e.Source, e.Licence)
	}
}

func TestABadLineIsAnErrorNamingFileAndLineAndNothingIsRead(t *testing.T) {
	const header = "en\tpos\tes-419\tfr\n"
	cases := map[string]struct {
		text, want string
	}{
		"more cells than the header":   {header + "hand\tnoun\tmano\tmain\textra\n", "lexicon.tsv:2: "},
		"an empty form":                {header + "# a comment\nhand|\tnoun\tmano\n", "lexicon.tsv:3: "},
		"an empty form between others": {header + "hand\tnoun\tmano||manos\n", "lexicon.tsv:2: "},
		"a translation of nothing":     {header + "water\tnoun\tagua\n\tnoun\tmano\n", "lexicon.tsv:3: "},
		"no pos column":                {"en\tes-419\tfr\n", "lexicon.tsv:1: "},
		"a header cell that is no tag": {"en\tpos\tSpanish!\n", "lexicon.tsv:1: "},
		"a language twice":             {"en\tpos\tfr\tfr-FR\tfr\n", "lexicon.tsv:1: "},
		"no target language":           {"en\tpos\n", "lexicon.tsv:1: "},
		"no header at all":             {"# only comments\n\n", "lexicon.tsv: "},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			d, err := ReadTSV(strings.NewReader(c.text), "lexicon.tsv")
			if err == nil {
				t.Fatalf("read %d entries, want an error", len(d.Entries))
			}
			if !strings.Contains(err.Error(), c.want) || !errors.Is(err, ErrFormat) {
				t.Errorf("error %q; want one naming %q that wraps ErrFormat", err, c.want)
			}
		})
	}
}

func TestTextThatIsNotUTF8IsRefusedWithItsLine(t *testing.T) {
	_, err := ReadTSV(strings.NewReader("en\tpos\tfr\nhand\tnoun\tmain\nfoot\tnoun\tpi\xe9d\n"), "lexicon.tsv")
	if !errors.Is(err, textnorm.ErrNotText) || !strings.Contains(err.Error(), "lexicon.tsv:3") {
		t.Errorf("error = %v, want ErrNotText at lexicon.tsv:3", err)
	}
}

func TestCRLFLinesAndTagsAsFilesWriteThemAreRead(t *testing.T) {
	d := readTSV(t, "EN\tPOS\tpt_BR\tzh-hans\r\nhand\tnoun\tmão\t手\r\n")
	var langs []string
	for _, e := range d.Entries {
		langs = append(langs, e.SrcLang+">"+e.TgtLang+":"+e.TgtText())
	}
	if want := []string{"en>pt-BR:mão", "en>zh-Hans:手"}; !reflect.DeepEqual(langs, want) {
		t.Errorf("entries %q, want %q", langs, want)
	}
}
