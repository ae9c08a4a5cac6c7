package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

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
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			v.showError(fmt.Errorf("export notice: %w", err), "Choose another folder or file name.")
			return
		}
		if w == nil {
			return // cancelled
		}
		go func() {
			err := exchange.WriteNotice(w, n)
			if cerr := w.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("export notice: %w", cerr)
			}
			onUI(func() {
				if err != nil {
					v.showError(err, "Check that the folder can be written to and has room, then export again.")
					return
				}
				dialog.ShowInformation("Notice saved", "Saved "+w.URI().Name()+
					": open it in a browser to print it.", v.u.win)
			})
		}()
	}, v.u.win)
	d.SetFileName("notice.html")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".html", ".htm"}))
	d.Show()
}
