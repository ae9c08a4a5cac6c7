package translate

import (
	"fmt"

	"tafsiri/internal/limits"
)

// overLong says why a unit is left out when one of its segments is longer
// than limits.SegmentBytes, or returns "" when none is: one such segment
// took gigabytes of memory to import, and no sentence is that long.
func overLong(texts ...string) string {
	for _, t := range texts {
		if len(t) > limits.SegmentBytes {
			return fmt.Sprintf("a segment of %d bytes is longer than the %d KiB limit", len(t), limits.SegmentBytes>>10)
		}
	}
	return ""
}
