package detect

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

func TestTrainLearnsEveryLanguageWithText(t *testing.T) {
	m, err := Train(map[string][]string{"en": {"Wash your hands."}, "fr": {"", ""}, "sw": {"Nawa mikono."}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.Tags(), []string{"en", "sw"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Tags = %v, want %v (a language without text is left out)", got, want)
	}
}

func TestTrainFailsWithoutText(t *testing.T) {
	tests := map[string]map[string][]string{
		"no samples":         nil,
		"only empty texts":   {"en": {""}, "fr": nil},
		"no language at all": {},
	}
	for name, samples := range tests {
		t.Run(name, func(t *testing.T) {
			if m, err := Train(samples); err == nil {
				t.Errorf("Train = %v, want an error", m.Tags())
			}
		})
	}
}

func TestTrainLearnsTheScriptsOfEachLanguage(t *testing.T) {
	m := trainedOnNotices(t)
	want := map[string]string{"am": "Ethiopic", "ar": "Arabic", "en": "Latin", "sw": "Latin"}
	for i, tag := range m.tags {
		if script, ok := want[tag]; ok {
			if got := scriptNames()[m.scripts[i][0].script]; got != script {
				t.Errorf("%s is mostly written in %s, want %s", tag, got, script)
			}
		}
	}
}

func TestModelNamesTheLanguageOfUnseenSentences(t *testing.T) {
	d := readyDetector(t, Config{Tags: noticeTags})
	tests := map[string]struct{ text, want string }{
		"English":  {"Please wash your hands before you eat.", "en"},
		"French":   {"Lavez-vous les mains avant de manger, s'il vous plaît.", "fr"},
		"Spanish":  {"Por favor, lávese las manos antes de comer.", "es-419"},
		"Swahili":  {"Tafadhali nawa mikono kabla ya kula.", "sw"},
		"Arabic":   {"من فضلك اغسل يديك قبل الأكل.", "ar"},
		"Amharic":  {"እባክዎ ከመብላትዎ በፊት እጅዎን ይታጠቡ።", "am"},
		"one word": {"médecin", "fr"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := d.Detect(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if got.Lang != tt.want {
				t.Errorf("Detect(%q) = %s, want %s (candidates %v)", tt.text, got.Lang, tt.want, got.Candidates)
			}
		})
	}
}

func TestModelSurvivesMarshalling(t *testing.T) {
	m := trainedOnNotices(t)
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var loaded Model
	if err := loaded.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	again, err := loaded.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, data) {
		t.Error("marshalling the loaded model gives other bytes")
	}
	trained := readyDetector(t, Config{Tags: noticeTags, Model: m})
	reloaded := readyDetector(t, Config{Tags: noticeTags, Model: &loaded})
	for _, text := range []string{"Wash your hands.", "Nawa mikono.", "ንጹህ ውሃ", "اغسل يديك"} {
		want, err := trained.Detect(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		got, err := reloaded.Detect(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Detect(%q) after loading = %+v, want %+v", text, got, want)
		}
	}
}

func TestUnmarshalBinaryRejectsCorruptData(t *testing.T) {
	good, err := trainedOnNotices(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte {
		b := append([]byte(nil), good...)
		b[i] ^= 0xff
		return b
	}
	tests := map[string][]byte{
		"empty":          nil,
		"not a model":    []byte("PNG\x89 not a model at all"),
		"other version":  flip(4),
		"bad orders":     flip(5),
		"truncated":      good[:len(good)/2],
		"one byte short": good[:len(good)-1],
		"trailing bytes": append(append([]byte(nil), good...), 0),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			var m Model
			err := m.UnmarshalBinary(data)
			if !errors.Is(err, errCorrupt) {
				t.Errorf("UnmarshalBinary = %v, want an error wrapping %v", err, errCorrupt)
			}
		})
	}
}
