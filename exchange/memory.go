package exchange

import (
	"bufio"
	"fmt"
	"os"

	"tafsiri/memory"
	"tafsiri/tmx"
)

// WriteMemoryFile exports translation-memory segments as a TMX 1.4b file
// whose source language is src ("*all*" when empty); each unit keeps the
// segment's origin as an x-tafsiri-origin prop. A failed export leaves no file.
func WriteMemoryFile(path, src string, segs []memory.Segment) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create export file: %w", err)
	}
	bw := bufio.NewWriter(f)
	w, err := tmx.NewWriter(bw, tmx.Header{SrcLang: src})
	for i := 0; err == nil && i < len(segs); i++ {
		s := segs[i]
		err = w.Write(tmx.Unit{ID: fmt.Sprint(s.ID), Variants: []tmx.Variant{
			{Lang: s.SrcLang, Text: s.Source}, {Lang: s.TgtLang, Text: s.Target}},
			Props: map[string]string{"x-tafsiri-origin": s.Origin}})
	}
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path) // never leave half an export behind
		return fmt.Errorf("export memory: %w", err)
	}
	return nil
}
