package metric

import (
	"math"
	"testing"
)

// tolerance absorbs float rounding in hand-computed and published scores.
const tolerance = 1e-9

// assertClose fails the test unless got is within tol of want.
func assertClose(tb testing.TB, got, want, tol float64) {
	tb.Helper()
	if math.Abs(got-want) > tol {
		tb.Errorf("got %.10f, want %.10f (±%g)", got, want, tol)
	}
}
