package align_test

import (
	"context"
	"testing"

	"tafsiri/translate/align"
)

func BenchmarkDirectionalTICO(b *testing.B) {
	pairs := loadTICO(b)
	for b.Loop() {
		if _, err := align.Directional(context.Background(), pairs, align.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBidirectionalTICO(b *testing.B) {
	pairs := loadTICO(b)
	for b.Loop() {
		if _, err := align.Bidirectional(context.Background(), pairs, align.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDirectionalTICOMaxLikelihood(b *testing.B) {
	pairs := loadTICO(b)
	for b.Loop() {
		if _, err := align.Directional(context.Background(), pairs, align.Options{MaxLikelihood: true}); err != nil {
			b.Fatal(err)
		}
	}
}
