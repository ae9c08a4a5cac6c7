package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fileJob is an import or export running in the background, shown in a
// dialog with its progress and a Cancel button: the window stays usable
// and the user can always stop a long file.
type fileJob struct {
	ctx    context.Context
	cancel context.CancelFunc
	size   int64 // bytes in the file, 0 when unknown
	read   atomic.Int64
	stop   chan struct{}

	ended  bool // on the UI goroutine only, like the widgets
	dlg    *dialog.CustomDialog
	status *widget.Label
	bar    *widget.ProgressBar // nil when the size is unknown
}

// startFileJob shows the progress dialog of a job over size bytes (0 when
// unknown: the bar then only shows that work goes on).
func startFileJob(win fyne.Window, title, what string, size int64) *fileJob {
	ctx, cancel := context.WithCancel(context.Background())
	j := &fileJob{ctx: ctx, cancel: cancel, size: size, stop: make(chan struct{})}
	j.status = widget.NewLabel(what)
	var bar fyne.CanvasObject = widget.NewProgressBarInfinite()
	if size > 0 {
		j.bar = widget.NewProgressBar()
		bar = j.bar
	}
	stop := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), func() {
		cancel()
		j.status.SetText("Cancelling…")
	})
	j.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(bar, j.status, container.NewCenter(stop)), win)
	j.dlg.Resize(fyne.NewSize(440, 160))
	j.dlg.Show()
	go j.tick(what)
	return j
}

// counted returns r counting the bytes read through it into the job's
// progress, and failing once the job is cancelled, so that Cancel stops
// even a reader that parses a long stretch of the file between entries.
func (j *fileJob) counted(r io.Reader) io.Reader {
	return &countingReader{ctx: j.ctx, r: r, n: &j.read}
}

// tick shows the bytes read every 200 ms until the job ends.
func (j *fileJob) tick(what string) {
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-j.stop:
			return
		case <-t.C:
			n := j.read.Load()
			onUI(func() { j.show(what, n) })
		}
	}
}

func (j *fileJob) show(what string, n int64) {
	if j.ended || j.ctx.Err() != nil {
		return
	}
	msg := what + " " + byteSize(n) + " read"
	if j.size > 0 {
		msg = what + " " + byteSize(n) + " of " + byteSize(j.size) + " read"
		j.bar.SetValue(float64(n) / float64(j.size))
	}
	j.status.SetText(msg)
}

// end closes the dialog; call it on the UI goroutine when the work is done.
func (j *fileJob) end() {
	if j.ended {
		return
	}
	j.ended = true
	close(j.stop)
	j.cancel()
	j.dlg.Hide()
}

// countingReader adds the bytes read through it to n, until ctx ends.
type countingReader struct {
	ctx context.Context
	r   io.Reader
	n   *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	k, err := c.r.Read(p)
	c.n.Add(int64(k))
	return k, err
}

// uriSize is the size of a local file, or 0 when it cannot be known.
func uriSize(u fyne.URI) int64 {
	if u == nil || u.Scheme() != "file" {
		return 0
	}
	info, err := os.Stat(u.Path())
	if err != nil {
		return 0
	}
	return info.Size()
}

// importEnded shows how an import of the file name ended: cancelled (and so
// nothing imported), failed (the error and hint, what to do), or done, when
// done runs and the report is shown under title.
func (u *UI) importEnded(name string, canceled bool, err error, hint, title string, report func() string, done func()) {
	switch {
	case canceled && err != nil:
		dialog.ShowInformation("Import cancelled", "Nothing of "+name+" was imported.", u.win)
	case err != nil:
		dialog.ShowError(fmt.Errorf("import %s: %w\n\nNothing was imported. %s", name, err, hint), u.win)
	default:
		showReport(u.win, title, report())
		done()
	}
}

// showReport shows what an import did in a dialog that can be scrolled and
// whose text can be selected and copied.
func showReport(win fyne.Window, title, text string) {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Selectable = true
	d := dialog.NewCustom(title, "Close", container.NewVScroll(l), win)
	d.Resize(fyne.NewSize(620, 420))
	d.Show()
}

// undoBanner offers to undo the last delete until another change or a close.
type undoBanner struct {
	box    *fyne.Container
	msg    *widget.Label
	undo   *widget.Button
	action func()
	// relayout refreshes the container the banner is in: showing or hiding
	// a container does not lay its parent out again.
	relayout func()
}

func newUndoBanner() *undoBanner {
	b := &undoBanner{msg: widget.NewLabel("")}
	b.msg.Wrapping = fyne.TextWrapWord
	b.undo = widget.NewButtonWithIcon("Undo", theme.ContentUndoIcon(), func() {
		if act := b.action; act != nil {
			b.hide()
			act()
		}
	})
	b.undo.Importance = widget.HighImportance
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), b.hide)
	b.box = container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), container.NewHBox(b.undo, closeBtn), b.msg)
	b.box.Hide()
	return b
}

// show says msg, with an Undo button running undo when it is not nil.
func (b *undoBanner) show(msg string, undo func()) {
	b.msg.SetText(msg)
	b.action = undo
	if undo == nil {
		b.undo.Hide()
	} else {
		b.undo.Show()
	}
	b.box.Show()
	b.relaid()
}

func (b *undoBanner) hide() {
	b.action = nil
	b.box.Hide()
	b.relaid()
}

func (b *undoBanner) relaid() {
	if b.relayout != nil {
		b.relayout()
	}
}

// runInBackground runs work off the UI goroutine, then after with its error
// on the UI goroutine; the channel it returns closes once after has run.
func runInBackground(work func(ctx context.Context) error, after func(err error)) chan struct{} {
	done := make(chan struct{})
	go func() {
		err := work(context.Background())
		onUI(func() {
			defer close(done)
			after(err)
		})
	}()
	return done
}
