package app

import (
	"errors"
	"path/filepath"

	"tafsiri/exchange"
)

// notice gathers the translated text and every translation, as edited, for
// a printable notice: the source first, then the targets in list order.
func (v *translateView) notice() (exchange.Notice, error) {
	var n exchange.Notice
	for _, p := range v.outputs.panels {
		if p.results == nil {
			continue
		}
		if len(n.Sections) == 0 {
			n.Sections = append(n.Sections, exchange.NoticeSection{Lang: p.from, Text: p.source})
		}
		n.Sections = append(n.Sections, exchange.NoticeSection{Lang: p.lang, Text: p.text()})
	}
	if len(n.Sections) == 0 {
		return n, errors.New("export notice: nothing is translated yet")
	}
	return n, nil
}

// exportNotice saves the text and its translations as one HTML page to print.
func (v *translateView) exportNotice() {
	n, err := v.notice()
	if err != nil {
		v.showError(err, "Translate the text first (Ctrl+Enter), then export it.")
		return
	}
	v.u.chooseExportPath("Export the notice as a web page", "notice.html", func(path string) {
		done := make(chan struct{})
		v.exported = done
		go func() {
			err := exchange.ExportNotice(v.u.store, path, n)
			onUI(func() {
				defer close(done)
				exportEnded(v.u.win, "the notice", path, false, err, "Notice saved", func() string {
					return "Saved " + filepath.Base(path) + ": open it in a browser to print it."
				})
			})
		}()
	})
}
