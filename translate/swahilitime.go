package translate

import (
	"golang.org/x/text/language"

	"tafsiri/internal/datetime"
	"tafsiri/translate/tokenize"
)

// SetSwahiliTime makes Swahili translations write times in Swahili time
// ("saa 2 asubuhi" for 8:00, datetime.SwahiliClock); by default they keep
// the 24-hour clock of CLDR and the source ("8:00", "16:00"). It may change
// while translations run.
func (e *Engine) SetSwahiliTime(on bool) { e.swahiliTime.Store(on) }

// SwahiliTime reports whether Swahili translations write Swahili time.
func (e *Engine) SwahiliTime() bool { return e.swahiliTime.Load() }

// swahiliTimes rewrites the times of the pieces of a Swahili translation in
// Swahili time, the model's words and the memory's stored text alike: "8:00"
// becomes "saa 2", "16:00" "saa 10 jioni", and "saa 8:00" "saa 2" (the
// word is not said twice). A time datetime cannot read is left as it is.
func swahiliTimes(pieces []piece) {
	prev := ""
	rewrite := func(t tokenize.Token) string {
		out := t.Text
		if v, ok := datetime.Parse(t.Text); ok && t.Kind == tokenize.Time && v.Kind == datetime.KindTime {
			if s, err := datetime.SwahiliClock(v.Clock); err == nil {
				out = s
				if datetime.IsSwahiliHourWord(prev) {
					out = s[len("saa "):]
				}
			}
		}
		prev = t.Text
		return out
	}
	for i := range pieces {
		p := &pieces[i]
		if p.text != "" {
			p.text = mapTokens("sw", p.text, rewrite)
			continue
		}
		words := make([]string, len(p.words))
		for j, w := range p.words {
			words[j] = mapTokens("sw", w, rewrite)
		}
		p.words = words
	}
}

// isSwahili reports whether the tag names Swahili ("sw", "sw-KE", "sw-TZ").
func isSwahili(tag string) bool {
	base, _ := language.Make(tag).Base()
	return base.String() == "sw"
}
