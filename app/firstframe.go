package app

import (
	"fmt"
	"image"
	"io"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// frameMarker is an invisible pixel in the corner of the window whose image
// the painter asks for while it draws the first frame in which the window's
// content is shown: the moment the window stops being blank.
type frameMarker struct {
	widget.BaseWidget
	raster *canvas.Raster

	mu    sync.Mutex
	drawn bool
	fns   []func()
}

func newFrameMarker() *frameMarker {
	m := &frameMarker{}
	m.raster = canvas.NewRaster(func(w, h int) image.Image {
		m.paintedOnce()
		return image.NewNRGBA(image.Rect(0, 0, 1, 1)) // one transparent pixel
	})
	m.ExtendBaseWidget(m)
	return m
}

// paintedOnce runs the waiting functions, on the UI goroutine, after the
// first frame has been painted.
func (m *frameMarker) paintedOnce() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.drawn {
		return
	}
	m.drawn = true
	for _, f := range m.fns {
		onUI(f) // queued: they run once this frame is on screen
	}
	m.fns = nil
}

// add runs f after the first frame, at once when it has been painted already.
func (m *frameMarker) add(f func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.drawn {
		onUI(f)
		return
	}
	m.fns = append(m.fns, f)
}

// CreateRenderer draws the pixel at the top left corner, whatever room the marker has.
func (m *frameMarker) CreateRenderer() fyne.WidgetRenderer {
	return &markerRenderer{m: m}
}

type markerRenderer struct{ m *frameMarker }

func (r *markerRenderer) Layout(fyne.Size) {
	r.m.raster.Resize(fyne.NewSize(1, 1))
	r.m.raster.Move(fyne.NewPos(0, 0))
}
func (r *markerRenderer) MinSize() fyne.Size           { return fyne.NewSize(0, 0) }
func (r *markerRenderer) Refresh()                     {}
func (r *markerRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.m.raster} }
func (r *markerRenderer) Destroy()                     {}

// OnFirstFrame runs f on the UI goroutine once the window has drawn its
// first frame with its content, or at once (queued) if it already has.
// Call it before ShowAndRun: the first call puts an invisible marker over
// the window's content.
func (u *UI) OnFirstFrame(f func()) {
	content := u.win.Content()
	if stack, ok := content.(*fyne.Container); ok && len(stack.Objects) == 2 {
		if m, ok := stack.Objects[1].(*frameMarker); ok {
			m.add(f)
			return
		}
	}
	m := newFrameMarker()
	m.add(f)
	u.win.SetContent(container.NewStack(content, m))
}

// ReportFirstFrame writes to w, once the first frame is on screen, how long
// after start that was and the wall-clock time, so that a script that noted
// when it started the process can measure from there too:
//
//	tafsiri: first frame 412 ms after start (unix ms 1764162000123)
func (u *UI) ReportFirstFrame(w io.Writer, start time.Time) {
	u.OnFirstFrame(func() {
		now := time.Now()
		fmt.Fprintf(w, "tafsiri: first frame %d ms after start (unix ms %d)\n", now.Sub(start).Milliseconds(), now.UnixMilli())
	})
}
