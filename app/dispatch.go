package app

import "fyne.io/fyne/v2"

// The UI goroutine owns every widget. Work that runs elsewhere (reading the
// database, translating, training, importing) hands its widget changes to
// onUI or onUIAndWait, and nothing else in this package calls fyne.Do: the
// window points them at Fyne's dispatch, and the tests at a queue that the
// test goroutine drains while it waits, so that only one goroutine ever
// touches a widget (Fyne's test driver would run fyne.Do in place, on the
// background goroutine, racing the test's own layout).
var (
	// onUI runs f on the UI goroutine, after the caller goes on.
	onUI = fyne.Do
	// onUIAndWait runs f on the UI goroutine and returns once it has run.
	onUIAndWait = fyne.DoAndWait
)
