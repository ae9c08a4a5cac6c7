package app

import (
	"os"
	"testing"
	"time"
)

// uiQueue holds the widget changes that background work hands to the UI
// goroutine. In these tests the UI goroutine is the test's own: it runs them
// while it waits (waitUI, runUIUntil), so no other goroutine touches a widget.
var uiQueue = make(chan func(), 1<<16)

func TestMain(m *testing.M) {
	onUI = func(f func()) { uiQueue <- f }
	onUIAndWait = func(f func()) {
		done := make(chan struct{})
		uiQueue <- func() {
			defer close(done)
			f()
		}
		<-done
	}
	os.Exit(m.Run())
}

// uiWaitLimit bounds every wait for the UI, so that a change that never
// comes fails the test instead of hanging it; it is not a measurement. The
// longest wait is the defaults' install (twelve pairs trained), which took
// over two minutes under the race detector on two loaded cores.
const uiWaitLimit = 10 * time.Minute

// waitUI runs queued UI work on the test goroutine until done is closed.
func waitUI(t testing.TB, done <-chan struct{}, what string) {
	t.Helper()
	limit := time.NewTimer(uiWaitLimit)
	defer limit.Stop()
	for {
		select {
		case <-done:
			return
		case f := <-uiQueue:
			f()
		case <-limit.C:
			t.Fatalf("%s did not finish within %v", what, uiWaitLimit)
		}
	}
}

// runUIUntil runs queued UI work on the test goroutine until cond holds;
// cond is checked after each piece of work, so it must be about something
// the UI work changes.
func runUIUntil(t testing.TB, what string, cond func() bool) {
	t.Helper()
	limit := time.NewTimer(uiWaitLimit)
	defer limit.Stop()
	for !cond() {
		select {
		case f := <-uiQueue:
			f()
		case <-limit.C:
			t.Fatalf("%s: not within %v", what, uiWaitLimit)
		}
	}
}

// runUIQueued runs the UI work queued so far, without waiting for more.
func runUIQueued() {
	for {
		select {
		case f := <-uiQueue:
			f()
		default:
			return
		}
	}
}
