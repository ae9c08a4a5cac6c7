package xmltext

import (
	"fmt"
	"io"
	"strings"

	"tafsiri/internal/textnorm"
)

// UTF8Reader returns r as UTF-8 without a byte order mark, decoding UTF-16
// with or without a byte order mark as every text reader does
// (textnorm.Decode). It leaves checking the text to the XML decoder, which
// reports invalid UTF-8 and NUL characters with their line.
func UTF8Reader(r io.Reader) (io.Reader, error) {
	br, err := textnorm.Decode(r)
	if err != nil {
		return nil, err
	}
	return br, nil
}

// CharsetReader accepts the encodings UTF8Reader already turned into UTF-8;
// encoding/xml calls it for any declared encoding other than UTF-8.
func CharsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "utf-16", "utf-16le", "utf-16be", "ucs-2", "unicode",
		"us-ascii", "ascii", "iso-646", "utf8":
		return input, nil
	}
	return nil, fmt.Errorf("unsupported encoding %q (want UTF-8 or UTF-16)", label)
}
