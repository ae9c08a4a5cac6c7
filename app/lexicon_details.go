package app

import (
	"context"
	"fmt"
	"strings"

	"tafsiri/lexicon"
	"tafsiri/translate"
)

// maxDictionaryEntries is how many lexicon entries a dictionary span's details show.
const maxDictionaryEntries = 6

// spanDictionaryRows says why a span comes from the lexicon and shows the
// src→tgt entries of its source, with where each comes from and under
// which licence; the one the translation used is marked.
func spanDictionaryRows(ctx context.Context, u *UI, src, tgt string, span translate.Span) []detailRow {
	rows := []detailRow{{"Why", "The phrase model does not know this word, so the lexicon's translation is used, " +
		"in the form of the text where the lexicon lists it. Correct the translation and accept it, " +
		"or add the word to the glossary to make it the translation everywhere.", ""}}
	key := lexicon.Key(src, span.Source)
	found, err := u.store.LexiconLookup(ctx, src, tgt, []string{key})
	if err != nil {
		return append(rows, detailRow{"Lexicon entries", "Could not be read: " + err.Error(), ""})
	}
	entries := found[key]
	if len(entries) == 0 {
		return append(rows, detailRow{"Lexicon entries", "None any more (deleted since).", ""})
	}
	chosen := lexicon.Key(tgt, span.Text)
	for i, e := range entries[:min(len(entries), maxDictionaryEntries)] {
		mark := ""
		if lexicon.Key(tgt, e.Translation(e.Form)) == chosen {
			mark = "  ← used"
		}
		rows = append(rows, detailRow{fmt.Sprintf("Entry %d", i+1),
			fmt.Sprintf("%s → %s%s", lexicon.JoinForms(e.SrcForms), lexicon.JoinForms(e.TgtForms), mark), tgt})
		from := e.Source
		if e.POS != "" {
			from = e.POS + ", from " + from
		}
		if e.Licence != "" {
			from += "; licence: " + e.Licence
		}
		rows = append(rows, detailRow{"From", strings.TrimSpace(from), ""})
	}
	return rows
}
