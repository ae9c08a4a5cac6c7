//go:build !unix

package phrases

import (
	"testing"
	"time"
)

// cpuTime is zero where getrusage is missing, so cpu-ms/op reads 0 there.
func cpuTime(testing.TB) time.Duration { return 0 }
