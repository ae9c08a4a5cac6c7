package exchange

import (
	"fmt"
	"strings"

	"tafsiri/memory"
	"tafsiri/tmx"
)

// memoryUnits groups segments into TMX units: the segments that translate
// one source sentence (same source language and text, as the defaults and
// multilingual TMX imports store a unit in several languages) become one
// unit holding every language, so an export reads back as the multilingual
// memory it came from. The first segment of a group gives the unit its ID
// and origin; a second translation into a language already in the unit
// (two translations of one sentence) starts a unit of its own. Units keep
// the order of their first segment.
func memoryUnits(segs []memory.Segment) []tmx.Unit {
	var units []tmx.Unit
	open := map[string]int{} // source language and text → index of its latest unit
	for _, s := range segs {
		key := s.SrcLang + "\x00" + s.Source
		if i, ok := open[key]; ok && !hasLang(units[i], s.TgtLang) && units[i].Props["x-tafsiri-origin"] == s.Origin {
			units[i].Variants = append(units[i].Variants, tmx.Variant{Lang: s.TgtLang, Text: s.Target})
			continue
		}
		open[key] = len(units)
		units = append(units, tmx.Unit{ID: fmt.Sprint(s.ID), Variants: []tmx.Variant{
			{Lang: s.SrcLang, Text: s.Source}, {Lang: s.TgtLang, Text: s.Target}},
			Props: map[string]string{"x-tafsiri-origin": s.Origin}})
	}
	return units
}

func hasLang(u tmx.Unit, lang string) bool {
	for _, v := range u.Variants {
		if strings.EqualFold(v.Lang, lang) {
			return true
		}
	}
	return false
}

// commonSource is the source language of every segment, or "" when they
// have several (the header then says "*all*").
func commonSource(segs []memory.Segment) string {
	if len(segs) == 0 {
		return ""
	}
	for _, s := range segs[1:] {
		if s.SrcLang != segs[0].SrcLang {
			return ""
		}
	}
	return segs[0].SrcLang
}
