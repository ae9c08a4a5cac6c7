package xmltext

import (
	"errors"
	"io"
	"testing"
)

// failOnce fails its first read with err and ends after that: a read error
// that a second read would not see again.
type failOnce struct {
	err    error
	failed bool
}

func (f *failOnce) Read([]byte) (int, error) {
	if f.failed {
		return 0, io.EOF
	}
	f.failed = true
	return 0, f.err
}

func TestUTF8ReaderReportsAFailedRead(t *testing.T) {
	errDisk := errors.New("disk gone")
	_, err := UTF8Reader(&failOnce{err: errDisk})
	if !errors.Is(err, errDisk) {
		t.Errorf("error = %v, want it to wrap %v", err, errDisk)
	}
}
