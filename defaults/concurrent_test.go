package defaults

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

func TestEachConcurrentlyRunsEveryIndexOnce(t *testing.T) {
	var seen [10]atomic.Int32
	if err := eachConcurrently(context.Background(), len(seen), 3, func(_ context.Context, i int) error {
		seen[i].Add(1)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for i := range seen {
		if n := seen[i].Load(); n != 1 {
			t.Errorf("index %d ran %d times, want once", i, n)
		}
	}
}

func TestEachConcurrentlyStopsAtTheFirstError(t *testing.T) {
	failed := errors.New("train en–fr: no pairs")
	var ran atomic.Int32
	err := eachConcurrently(context.Background(), 100, 1, func(_ context.Context, i int) error {
		ran.Add(1)
		if i == 2 {
			return failed
		}
		return nil
	})
	if !errors.Is(err, failed) {
		t.Errorf("err = %v, want the first failure", err)
	}
	if n := ran.Load(); n != 3 {
		t.Errorf("%d ran, want 3: nothing after the failure at index 2", n)
	}
}
