package exchange

import (
	"tafsiri/storage"
	"tafsiri/translate"
)

// NewEngine returns a translation engine over everything st holds, as the
// window and the command line translate: its phrase models, its glossary
// (approved terms enforced), its memory and its lexicon. ConfigureEngine
// applies the stored settings.
func NewEngine(st *storage.Store) *translate.Engine {
	e := translate.NewEngine(st)
	e.Terms, e.Memory, e.Lexicon = st, st, st
	return e
}
