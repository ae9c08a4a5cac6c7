package app

import (
	"fmt"
	"os"
	"strings"
)

// editorName is who the glossary and memory views record as making a change:
// the login name, or "editor" when the system gives none.
func editorName() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "editor"
}

// langLabel names a language in its own language, with its tag:
// "Kiswahili (sw)"; a tag x/text cannot name is shown as it is. The label
// is a line of the left-to-right interface that may hold a right-to-left
// name, so it is put in display order as such: the name's letters read
// from the right, the "(ar)" after it with its brackets the right way round.
func langLabel(tag string) string {
	return displayText("en", langSelfName(tag))
}

// langChoices are the options of a language Select, each a langLabel, and
// the way back from an option to its tag.
type langChoices struct {
	labels []string
	tags   map[string]string // label → tag
}

// newLangChoices offers tags, in their order; extra labels (such as "All
// languages") come first and stand for the empty tag.
func newLangChoices(tags []string, extra ...string) langChoices {
	c := langChoices{tags: map[string]string{}}
	for _, e := range extra {
		c.labels = append(c.labels, e)
		c.tags[e] = ""
	}
	for _, tag := range tags {
		l := langLabel(tag)
		c.labels = append(c.labels, l)
		c.tags[l] = tag
	}
	return c
}

// offered lists the options that stand for a language, without the extras.
func (c langChoices) offered() []string {
	var out []string
	for _, l := range c.labels {
		if c.tags[l] != "" {
			out = append(out, l)
		}
	}
	return out
}

// tag is the language an option (or a typed tag) stands for.
func (c langChoices) tag(label string) string {
	if tag, ok := c.tags[label]; ok {
		return tag
	}
	return strings.TrimSpace(label)
}

// label is the option of tag: its langLabel when offered, else tag itself.
func (c langChoices) label(tag string) string {
	for _, l := range c.labels {
		if c.tags[l] == tag && tag != "" {
			return l
		}
	}
	return tag
}

// has reports whether tag is one of the offered languages.
func (c langChoices) has(tag string) bool {
	for _, t := range c.tags {
		if t == tag && tag != "" {
			return true
		}
	}
	return false
}

// byteSize says how much data n bytes are, for progress messages.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// countEntries says how many glossary entries there are ("1 entry", "2 entries").
func countEntries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", n)
}
