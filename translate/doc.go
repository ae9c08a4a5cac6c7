// Package translate is Tafsiri's translation engine: it trains phrase models
// from parallel text (tokenize, align, phrases, lm) and translates with them
// (decoder), pivoting through English when no direct model exists, and it
// tunes and evaluates them (metric). Language detection lives in detect.
//
// The engine knows no screen and no SQL driver: it depends on small interfaces
// that the storage package implements, and the app package calls it.
package translate
