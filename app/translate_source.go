package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
	"tafsiri/internal/closer"
	"tafsiri/internal/textnorm"
	"tafsiri/translate/detect"
)

// detectDelay is how long typing must pause before the language is detected again.
const detectDelay = 400 * time.Millisecond

// maxSourceBytes bounds the files the view opens: a notice, not a book.
const maxSourceBytes = 4 << 20

// sourceExtensions are the files the view opens.
var sourceExtensions = []string{".txt", ".md", ".markdown", ".text"}

// sourcePanel is the text to translate, its language (detected, or chosen
// from a list) and the ways to fill it: typing, pasting, opening, dropping.
type sourcePanel struct {
	v      *translateView
	entry  *shortcutEntry
	header fyne.CanvasObject

	pick     *widget.Button // "From: …": opens the language list
	detected *widget.Label  // what detection says

	// lang is the language of the text: the one chosen, else the one
	// detected for the current text; "" while it is not known.
	lang   string
	manual bool // lang was chosen from the list; detection does not change it

	languages []string     // the database's languages, for the list
	det       *detectorBox // the detector of the latest load
	warned    bool         // a detector error was shown once; do not repeat it
	timer     *time.Timer
	stopPrev  context.CancelFunc // cancels the detection under way
	// detectDone closes when the detection of the current text is shown; tests wait on it.
	detectDone chan struct{}
	// loaded closes when the languages of the latest load are listed; tests wait on it.
	loaded chan struct{}
	// opened closes when the latest file opened or dropped is in the entry,
	// or has failed; tests wait on it.
	opened chan struct{}
}

// detectorBox holds a detector that is being built: its fields are set
// before ready closes.
type detectorBox struct {
	ready chan struct{}
	d     *detect.Detector
	err   error
}

// detect names the language of text once the detector is ready.
func (b *detectorBox) detect(ctx context.Context, text string) (detect.Result, error) {
	select {
	case <-b.ready:
	case <-ctx.Done():
		return detect.Result{}, ctx.Err()
	}
	if b.err != nil {
		return detect.Result{}, fmt.Errorf("prepare the detector: %w", b.err)
	}
	return b.d.Detect(ctx, text)
}

func newSourcePanel(v *translateView) *sourcePanel {
	s := &sourcePanel{v: v, detectDone: make(chan struct{}), opened: make(chan struct{}), loaded: make(chan struct{}),
		det: &detectorBox{ready: make(chan struct{})}} // detection waits for the first load
	s.entry = newShortcutEntry()
	s.entry.SetPlaceHolder("Type or paste a notice, or open or drop a .txt or .md file")
	s.entry.SetMinRowsVisible(6)
	s.entry.OnChanged = func(string) { s.textChanged() }
	s.pick = widget.NewButtonWithIcon("From: detect automatically", theme.MenuDropDownIcon(), s.showPicker)
	s.detected = widget.NewLabel("")
	open := widget.NewButtonWithIcon("Open…", theme.FolderOpenIcon(), s.showOpen)
	s.header = container.New(layout.NewBorderLayout(nil, nil, s.pick, open), s.pick, s.detected, open)
	return s
}

// load builds a detector over the database as it is now, in the background,
// and lists its languages for the picker.
func (s *sourcePanel) load() {
	box := &detectorBox{ready: make(chan struct{})}
	s.det, s.warned = box, false
	loaded := make(chan struct{})
	s.loaded = loaded
	st := s.v.u.store
	go func() {
		ctx := context.Background()
		box.d, box.err = exchange.NewDetector(ctx, st, nil)
		close(box.ready)
		langs, err := st.Languages(ctx)
		onUI(func() {
			defer close(loaded)
			if err != nil {
				s.v.showError(err, "Check the database with 'tafsiri doctor'.")
				return
			}
			s.languages = langs
		})
	}()
	if strings.TrimSpace(s.entry.Text) != "" {
		s.detectSoon(0)
	}
}

// detectorBox returns the detector of the latest load.
func (s *sourcePanel) detectorBox() *detectorBox { return s.det }

// textChanged forgets the detected language and detects it again once
// typing pauses.
func (s *sourcePanel) textChanged() {
	if !s.manual {
		s.lang = ""
	}
	s.detectSoon(detectDelay)
}

// detectSoon detects the language of the text after delay, off the UI
// goroutine; a newer call cancels an older one.
func (s *sourcePanel) detectSoon(delay time.Duration) {
	if s.timer != nil {
		s.timer.Stop()
	}
	if s.stopPrev != nil {
		s.stopPrev()
	}
	done := make(chan struct{})
	s.detectDone = done
	text := s.entry.Text
	if strings.TrimSpace(text) == "" {
		s.detected.SetText("")
		close(done)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.stopPrev = cancel
	box := s.det
	s.timer = time.AfterFunc(delay, func() {
		res, err := box.detect(ctx, text)
		onUI(func() {
			if ctx.Err() != nil {
				return // the text changed again: a newer detection shows its result
			}
			defer close(done)
			if err != nil {
				s.detectFailed(err)
				return
			}
			s.showDetected(text, res)
		})
	})
}

// showDetected shows what detection says of text, and takes its language
// unless one was chosen.
func (s *sourcePanel) showDetected(text string, res detect.Result) {
	if text != s.entry.Text {
		return
	}
	s.detected.SetText(detectionText(res))
	if !s.manual && res.Lang != detect.Undetermined {
		s.lang = res.Lang
		s.v.targets.setSource(s.lang)
	}
}

func (s *sourcePanel) detectFailed(err error) {
	s.detected.SetText("The language could not be detected.")
	if s.warned || errors.Is(err, context.Canceled) {
		return
	}
	s.warned = true
	s.v.showError(fmt.Errorf("detect the language: %w", err),
		"Choose the language of the text with the “From” button.")
}

// choose sets the language of the text; "" goes back to detecting it.
func (s *sourcePanel) choose(tag string) {
	s.manual = tag != ""
	s.lang = tag
	if tag == "" {
		s.pick.SetText("From: detect automatically")
		s.detectSoon(0)
		return
	}
	s.pick.SetText("From: " + languageLabel(tag))
	s.v.targets.setSource(tag)
}

// showPicker lets the user choose the language of the text from a searchable list.
func (s *sourcePanel) showPicker() {
	showLanguagePicker(s.v.u.win, "Language of the text", s.languages, s.choose)
}

// showOpen asks for a text file to translate.
func (s *sourcePanel) showOpen() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.v.showError(fmt.Errorf("open file: %w", err), "Try again, or paste the text instead.")
			return
		}
		if r != nil {
			done := make(chan struct{})
			s.opened = done
			s.read(r, r.URI().Name(), done)
		}
	}, s.v.u.win)
	d.SetFilter(storage.NewExtensionFileFilter(sourceExtensions))
	d.Show()
}

// openURI opens a file given by URI, as a drop on the window gives it.
func (s *sourcePanel) openURI(uri fyne.URI) {
	ext := strings.ToLower(uri.Extension())
	known := false
	for _, e := range sourceExtensions {
		known = known || ext == e
	}
	if !known {
		s.v.showError(fmt.Errorf("open %s: not a text file", uri.Name()),
			"Tafsiri opens .txt and .md files: save the notice as plain text (UTF-8) and drop that.")
		return
	}
	done := make(chan struct{})
	s.opened = done
	go func() {
		r, err := storage.Reader(uri)
		if err != nil {
			onUI(func() {
				defer close(done)
				s.v.showError(fmt.Errorf("open %s: %w", uri.Name(), err), "Check that the file still exists and can be read.")
			})
			return
		}
		s.read(r, uri.Name(), done)
	}()
}

// read loads a text file off the UI goroutine and makes it the source
// text, then closes done.
func (s *sourcePanel) read(r io.ReadCloser, name string, done chan struct{}) {
	go func() {
		text, err := readSourceText(r, name)
		onUI(func() {
			defer close(done)
			if err != nil {
				s.v.showError(err, "Save the file as plain text (UTF-8 or UTF-16) and open it again.")
				return
			}
			s.choose("") // a new text: detect its language
			s.entry.SetText(text)
			s.detectSoon(0)
		})
	}()
}

// readSourceText reads a whole text file, in UTF-8 or UTF-16, and closes
// it, with Unix line ends. Bytes that are not text are refused with the
// file's name and line (textnorm.NewReader).
func readSourceText(r io.ReadCloser, name string) (_ string, err error) {
	defer closer.Close(&err, r, name)
	text, err := textnorm.NewReader(r, name)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	b, err := io.ReadAll(io.LimitReader(text, maxSourceBytes+1))
	if err != nil {
		var bad *textnorm.InputError
		if errors.As(err, &bad) {
			return "", err // it says "read NAME:LINE: …" already
		}
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) > maxSourceBytes {
		return "", fmt.Errorf("open %s: the file is larger than %d MB", name, maxSourceBytes>>20)
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}
