package cli

import "io"

// stickyWriter remembers the first error writing to w and fails every write
// after it, so that a command can print with fmt.Fprintf and still learn,
// once at the end, that its output was lost (a full disk, a closed file).
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}
