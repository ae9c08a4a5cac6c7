package closer

import (
	"errors"
	"testing"
)

type closeFunc func() error

func (f closeFunc) Close() error { return f() }

func TestClose(t *testing.T) {
	errRead := errors.New("read failed")
	errClose := errors.New("disk gone")
	tests := map[string]struct {
		before, close error
		want          string
		is            []error
	}{
		"both fine":        {want: ""},
		"only close fails": {close: errClose, want: "close notes.txt: disk gone", is: []error{errClose}},
		"only work fails":  {before: errRead, want: "read failed", is: []error{errRead}},
		"both fail": {before: errRead, close: errClose, want: "read failed\nclose notes.txt: disk gone",
			is: []error{errRead, errClose}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			err := tt.before
			Close(&err, closeFunc(func() error { return tt.close }), "notes.txt")
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("err = %q, want %q", got, tt.want)
			}
			for _, target := range tt.is {
				if !errors.Is(err, target) {
					t.Errorf("errors.Is(err, %v) = false, want true", target)
				}
			}
		})
	}
}
