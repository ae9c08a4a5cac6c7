package termcsv

import (
	"path/filepath"
	"strings"

	"tafsiri/internal/textnorm"
)

// Format is a kind of file the package reads.
type Format int

// The formats Detect tells apart.
const (
	FormatUnknown Format = iota // none of the others
	FormatOmegaT                // an OmegaT tab-separated glossary: ReadOmegaT
	FormatTable                 // a table with a language per column: ReadTable
	FormatTICO                  // a TICO-19 terminology: ReadTICO
)

// String returns the name of the format.
func (f Format) String() string {
	switch f {
	case FormatOmegaT:
		return "OmegaT glossary"
	case FormatTable:
		return "term table"
	case FormatTICO:
		return "TICO-19 terminology"
	}
	return "unknown format"
}

// Detect returns the format of a file from its name and its first bytes
// (a few kilobytes are plenty), read as text in UTF-8 or UTF-16, with or
// without a byte order mark (textnorm.DecodeHead):
//   - a header with sourceLang, targetLang, sourceString and targetString
//     columns is TICO-19;
//   - a first line starting with # is an OmegaT comment;
//   - a .csv or .tsv file with a language tag among its headers is a table,
//     and so is any other file whose headers are all language tags or
//     known column names, two of them languages;
//   - other tab-separated text is an OmegaT glossary.
func Detect(name string, head []byte) Format {
	first := firstLine(textnorm.DecodeHead(head))
	if first == "" {
		return FormatUnknown
	}
	if strings.HasPrefix(first, "#") {
		return FormatOmegaT
	}
	comma := sniff(first)
	cells := strings.Split(first, string(comma))
	for i, c := range cells {
		cells[i] = strings.Trim(strings.TrimSpace(c), `"`)
	}
	if _, missing := ticoHeader(cells); missing == "" {
		return FormatTICO
	}
	langs, others := 0, 0
	for _, c := range cells {
		switch roleOf(c) {
		case roleLang:
			langs++
		case roleIgnored:
			others++
		}
	}
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case (ext == ".csv" || ext == ".tsv") && langs > 0:
		return FormatTable
	case ext == ".csv" || ext == ".tsv":
		return FormatUnknown
	case langs >= 2 && others == 0:
		return FormatTable
	case comma == '\t':
		return FormatOmegaT
	}
	return FormatUnknown
}

// firstLine returns the first line of text that is not blank, without its
// line ending.
func firstLine(text string) string {
	for line := range strings.Lines(text) {
		if line = strings.TrimRight(line, "\r\n"); strings.TrimSpace(line) != "" {
			return line
		}
	}
	return ""
}
