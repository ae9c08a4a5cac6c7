// Package translate is Tafsiri's translation engine: it names the language of
// a text and, in later steps, trains and decodes local phrase models.
//
// The engine knows no screen and no SQL driver: it depends on small interfaces
// that the storage package implements, and the app package calls it.
package translate
