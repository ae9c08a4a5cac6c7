package align

// Defaults used when an Options field is zero.
const (
	defaultModel1Iterations = 5
	defaultIterations       = 5
	defaultTension          = 4.0
	defaultNullProb         = 0.08
	defaultAlpha            = 0.01
	maxAlpha                = 1e6
)

// Bounds keeping the learned diagonal tension sane, as in fast_align.
const (
	minTension = 0.1
	maxTension = 14.0
)

// Options controls training; zero values mean sensible defaults.
type Options struct {
	// Model1Iterations is the number of IBM Model 1 EM iterations (0 means 5, negative none).
	Model1Iterations int
	// Iterations is the number of diagonal IBM Model 2 EM iterations (0 means 5, negative none).
	Iterations int
	// Tension is the initial diagonal tension of Model 2; larger favours the diagonal more (0 means 4).
	Tension float64
	// FixedTension keeps Tension fixed instead of re-estimating it after every Model 2 iteration.
	FixedTension bool
	// NullProb is Model 2's prior probability of aligning a token to NULL (0 means 0.08).
	NullProb float64
	// Alpha is the Dirichlet concentration of variational Bayes estimation (0 means 0.01).
	Alpha float64
	// MaxLikelihood estimates lexical tables by plain EM instead of variational Bayes.
	MaxLikelihood bool
	// Progress, when set, is called after every EM iteration with the iterations done and planned.
	Progress func(done, total int)
}

// resolved returns a copy of o with defaults filled in and out-of-range values clamped.
func (o Options) resolved() Options {
	o.Model1Iterations = iterations(o.Model1Iterations, defaultModel1Iterations)
	o.Iterations = iterations(o.Iterations, defaultIterations)
	if !(o.Tension > 0) {
		o.Tension = defaultTension
	}
	o.Tension = clamp(o.Tension, minTension, maxTension)
	if !(o.NullProb > 0 && o.NullProb < 1) {
		o.NullProb = defaultNullProb
	}
	if !(o.Alpha > 0 && o.Alpha <= maxAlpha) {
		o.Alpha = defaultAlpha
	}
	return o
}

// total is the number of EM iterations o asks for.
func (o Options) total() int { return o.Model1Iterations + o.Iterations }

// iterations maps the zero value to def and negative values to none.
func iterations(n, def int) int {
	switch {
	case n == 0:
		return def
	case n < 0:
		return 0
	}
	return n
}

// clamp limits x to [lo, hi].
func clamp(x, lo, hi float64) float64 {
	return max(lo, min(hi, x))
}
