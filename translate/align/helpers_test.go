package align_test

import (
	"fmt"
	"strings"
	"testing"

	"tafsiri/translate/align"
)

// parsePairs turns "source words | target words" lines into pairs.
func parsePairs(tb testing.TB, lines ...string) []align.Pair {
	tb.Helper()
	pairs := make([]align.Pair, len(lines))
	for i, line := range lines {
		src, tgt, ok := strings.Cut(line, "|")
		if !ok {
			tb.Fatalf("line %q has no '|'", line)
		}
		pairs[i] = align.Pair{Src: strings.Fields(src), Tgt: strings.Fields(tgt)}
	}
	return pairs
}

// parseLinks turns "0-0 1-2" into links.
func parseLinks(tb testing.TB, s string) []align.Link {
	tb.Helper()
	var links []align.Link
	for _, f := range strings.Fields(s) {
		var l align.Link
		if _, err := fmt.Sscanf(f, "%d-%d", &l.Src, &l.Tgt); err != nil {
			tb.Fatalf("parse link %q: %v", f, err)
		}
		links = append(links, l)
	}
	return links
}

// formatLinks renders links as "0-0 1-2" for readable failures.
func formatLinks(links []align.Link) string {
	parts := make([]string, len(links))
	for i, l := range links {
		parts[i] = fmt.Sprintf("%d-%d", l.Src, l.Tgt)
	}
	return strings.Join(parts, " ")
}
