package storage

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
)

// BenchmarkOpenFresh measures creating and migrating a new database: the first start.
func BenchmarkOpenFresh(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	for i := 0; b.Loop(); i++ {
		st, err := Open(ctx, filepath.Join(dir, strconv.Itoa(i)+".db"))
		if err != nil {
			b.Fatal(err)
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenExisting measures opening an up-to-date database: every later start.
func BenchmarkOpenExisting(b *testing.B) {
	ctx := context.Background()
	path := newDBPath(b)
	st, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		st, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
}
