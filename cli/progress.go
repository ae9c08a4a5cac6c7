package cli

import (
	"fmt"
	"io"
	"os"
)

// progressReader reports on w how much of a large file has been read, every
// tenth of it, so a 200 MB import never looks frozen.
type progressReader struct {
	r           io.Reader
	w           io.Writer
	label       string
	size, done  int64
	nextPercent int64
}

// progressMinSize is the file size from which reading progress is reported
// (a variable so that tests can report on small files).
var progressMinSize int64 = 10 << 20

func newProgressReader(f *os.File, w io.Writer, label string) io.Reader {
	info, err := f.Stat()
	if err != nil || info.Size() < progressMinSize {
		return f
	}
	return &progressReader{r: f, w: w, label: label, size: info.Size(), nextPercent: 10}
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.done += int64(n)
	for p.nextPercent <= 100 && p.done*100 >= p.nextPercent*p.size {
		fmt.Fprintf(p.w, "%s: %d%%\n", p.label, p.nextPercent)
		p.nextPercent += 10
	}
	return n, err
}
