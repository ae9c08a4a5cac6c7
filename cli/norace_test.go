//go:build !race

package cli

// raceDetector reports whether the tests run under the race detector,
// which makes a big import several times slower.
const raceDetector = false
