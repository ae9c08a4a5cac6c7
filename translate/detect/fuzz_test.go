package detect

import (
	"context"
	"math"
	"testing"
)

// FuzzDetect checks that no text makes Detect or Split panic, that Detect
// gives Undetermined or ranked confidences that sum to 1, and that Split
// covers the text.
func FuzzDetect(f *testing.F) {
	for _, seed := range []string{
		"",
		"a",
		"Wash your hands before eating. اغسل يديك قبل الأكل.",
		"ሰላም ለሁሉም",
		"12 345 😷",
		"\xff\xfe\xc3",
		"cafe\u0301 l'eau ta'e",
		"شده\u200cها ۱۱ مارس",
		"\u0301\u0301\u0301",
		"Πλύνετε τα χέρια σας",
		"' ' '' a'",
	} {
		f.Add(seed)
	}
	d := readyDetector(f, Config{Tags: noticeTags})
	f.Fuzz(func(t *testing.T, text string) {
		ctx := context.Background()
		r, err := d.Detect(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		if r.Lang == Undetermined {
			if len(r.Candidates) != 0 {
				t.Errorf("undetermined with candidates %v", r.Candidates)
			}
		} else {
			sum := 0.0
			for _, c := range r.Candidates {
				sum += c.Confidence
			}
			if math.Abs(sum-1) > 1e-6 || r.Candidates[0].Lang != r.Lang {
				t.Errorf("Detect(%q) = %+v: confidences sum to %v", text, r, sum)
			}
		}
		spans, err := d.Split(ctx, text)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, text, spans)
	})
}

// FuzzUnmarshalBinary checks that no data makes UnmarshalBinary panic, and
// that what it accepts marshals back to the same bytes.
func FuzzUnmarshalBinary(f *testing.F) {
	good, err := trainedOnNotices(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:100])
	f.Add([]byte(binaryMagic + "\x01\x04\x01\x01"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var m Model
		if err := m.UnmarshalBinary(data); err != nil {
			return
		}
		again, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(data) {
			t.Errorf("accepted data marshals back differently")
		}
	})
}
