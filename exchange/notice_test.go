package exchange

import (
	"strings"
	"testing"
)

func TestANoticeHasOneSectionPerLanguageWithItsDirection(t *testing.T) {
	var b strings.Builder
	err := WriteNotice(&b, Notice{Title: "Clinic", Sections: []NoticeSection{
		{Lang: "en", Text: "Wash your hands.\n\nThe clinic opens at 8:00."},
		{Lang: "ar", Text: "اغسل يديك."},
		{Lang: "es-419", Name: "Español", Text: "Lávese las manos."},
		{Lang: "ur", Text: "اپنے ہاتھ دھوئیں۔"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	html := b.String()
	for _, want := range []string{
		`<meta charset="utf-8">`,
		`<html lang="en" dir="ltr">`,
		`<h1>Clinic</h1>`,
		`<section lang="en" dir="ltr">`,
		`<p>Wash your hands.</p>`,
		`<p>The clinic opens at 8:00.</p>`,
		`<section lang="ar" dir="rtl">`,
		`<h2>العربية</h2>`,
		`<p>اغسل يديك.</p>`,
		`<section lang="es-419" dir="ltr">`,
		`<h2>Español</h2>`,
		`<section lang="ur" dir="rtl">`,
		`@media print`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the notice lacks %s:\n%s", want, html)
		}
	}
	if got := strings.Count(html, "<section "); got != 4 {
		t.Errorf("%d sections, want 4", got)
	}
	if strings.Contains(html, "<p></p>") {
		t.Error("a blank line became an empty paragraph")
	}
}

func TestANoticeEscapesWhatItIsGiven(t *testing.T) {
	var b strings.Builder
	err := WriteNotice(&b, Notice{Title: `<b>"x"</b>`, Sections: []NoticeSection{
		{Lang: "en", Name: `<img src=x onerror=alert(1)>`, Text: `<script>alert("hi")</script> & more`},
	}})
	if err != nil {
		t.Fatal(err)
	}
	html := b.String()
	for _, bad := range []string{"<script>", "<img", "<b>"} {
		if strings.Contains(html, bad) {
			t.Errorf("the notice holds %s unescaped:\n%s", bad, html)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;alert(&#34;hi&#34;)&lt;/script&gt; &amp; more") {
		t.Errorf("the text is not escaped as expected:\n%s", html)
	}
}

func TestANoticeNeedsValidLanguages(t *testing.T) {
	cases := map[string]Notice{
		"no sections":  {},
		"invalid lang": {Sections: []NoticeSection{{Lang: "not a tag!", Text: "x"}}},
	}
	for name, n := range cases {
		t.Run(name, func(t *testing.T) {
			if err := WriteNotice(&strings.Builder{}, n); err == nil {
				t.Error("WriteNotice succeeded, want an error")
			}
		})
	}
}

func TestDirectionOfRightToLeftLanguages(t *testing.T) {
	cases := map[string]string{
		"ar": "rtl", "ur": "rtl", "fa": "rtl", "ps": "rtl", "prs": "rtl", "ckb": "rtl", "he": "rtl",
		"en": "ltr", "sw": "ltr", "hi": "ltr", "am": "ltr", "zh": "ltr", "ku": "ltr", "pa-Arab": "rtl", "": "ltr",
	}
	for lang, want := range cases {
		if got := Direction(lang); got != want {
			t.Errorf("Direction(%q) = %q, want %q", lang, got, want)
		}
	}
}
