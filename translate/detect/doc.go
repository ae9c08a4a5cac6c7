// Package detect names the language of a text. Its lingua.go is the only
// code in Tafsiri that imports lingua-go: lingua's models are large and its
// detector is costly to build, so the wrapper builds it once, in the
// background, for a restricted set of languages, and speaks BCP 47 tags.
package detect
