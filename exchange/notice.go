package exchange

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Notice is a text with its translations, to print and put on a wall: one
// section per language, in the order given.
type Notice struct {
	Title    string // optional heading above every section
	Sections []NoticeSection
}

// NoticeSection is a notice in one language.
type NoticeSection struct {
	Lang string // BCP 47 tag, e.g. "ar" or "es-419"
	Name string // what the section is headed with; "" names the language in itself
	Text string // the notice, one paragraph a line
}

// noticeSection is a section as the template needs it.
type noticeSection struct {
	Lang, Dir, Name string
	Paragraphs      []string
}

// WriteNotice writes n as one UTF-8 HTML page that prints cleanly: each
// section carries its language and writing direction, so browsers pick
// fonts, shape and order right-to-left text themselves.
func WriteNotice(w io.Writer, n Notice) error {
	if len(n.Sections) == 0 {
		return fmt.Errorf("write notice: no languages to write")
	}
	page := struct {
		Lang, Dir, Title string
		Sections         []noticeSection
	}{Title: n.Title}
	for _, s := range n.Sections {
		tag, err := language.Parse(s.Lang)
		if err != nil {
			return fmt.Errorf("write notice: language %q: %w", s.Lang, err)
		}
		sec := noticeSection{Lang: tag.String(), Dir: Direction(s.Lang), Name: s.Name}
		if sec.Name == "" {
			sec.Name = display.Self.Name(tag)
		}
		for _, line := range strings.Split(s.Text, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				sec.Paragraphs = append(sec.Paragraphs, line)
			}
		}
		page.Sections = append(page.Sections, sec)
	}
	// The page as a whole is in its first language: that is the one its
	// title is written in.
	page.Lang, page.Dir = page.Sections[0].Lang, page.Sections[0].Dir
	if err := noticeTemplate.Execute(w, page); err != nil {
		return fmt.Errorf("write notice: %w", err)
	}
	return nil
}

// Direction is "rtl" for a language written right to left (Arabic, Urdu,
// Persian, Pashto, Dari, Sorani, Hebrew...), else "ltr": the value of an
// HTML dir attribute.
func Direction(lang string) string {
	tag, err := language.Parse(lang)
	if err != nil {
		return "ltr"
	}
	script, _ := tag.Script() // the likely script when the tag names none
	base, _ := tag.Base()
	if fixed, ok := directionOfBase[base.String()]; ok && script.String() == "Zzzz" {
		return fixed
	}
	switch script.String() {
	case "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg":
		return "rtl"
	}
	return "ltr"
}

// directionOfBase gives the direction of languages whose script CLDR's likely
// subtags do not know: Dari (prs) is written in the Persian alphabet.
var directionOfBase = map[string]string{"prs": "rtl"}

// noticeTemplate is the page; html/template escapes every text and attribute.
var noticeTemplate = template.Must(template.New("notice").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}" dir="{{.Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Tafsiri">
<title>{{if .Title}}{{.Title}}{{else}}Notice{{end}}</title>
<style>
body {
  font-family: "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Devanagari",
    "Noto Sans Bengali", "Noto Sans Tamil", "Noto Sans Ethiopic", "Noto Sans Myanmar",
    "Noto Sans Khmer", "Noto Sans CJK SC", system-ui, sans-serif;
  font-size: 14pt; line-height: 1.5; color: #000; background: #fff;
  max-width: 42em; margin: 2em auto; padding: 0 1em;
}
h1 { font-size: 1.6em; margin: 0 0 0.5em; }
section { border-top: 1px solid #888; padding: 0.6em 0; break-inside: avoid; page-break-inside: avoid; }
section:first-of-type { border-top: none; }
h2 { font-size: 0.8em; font-weight: normal; color: #444; margin: 0 0 0.2em; }
p { margin: 0 0 0.4em; }
@page { margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 12pt; }
}
</style>
</head>
<body>
{{if .Title}}<h1>{{.Title}}</h1>
{{end}}{{range .Sections}}<section lang="{{.Lang}}" dir="{{.Dir}}">
<h2>{{.Name}}</h2>
{{range .Paragraphs}}<p>{{.}}</p>
{{end}}</section>
{{end}}</body>
</html>
`))
