package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
)

// chooseFile asks for a TMX file, reads its languages in the background and
// asks which pair to train.
func (v *modelsView) chooseFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("open the file: %w\n\nChoose a TMX file you can read.", err), v.u.win)
			return
		}
		if r == nil {
			return // the dialog was dismissed
		}
		path := r.URI().Path()
		if err := r.Close(); err != nil { // the languages are read from path
			dialog.ShowError(fmt.Errorf("close %s: %w", r.URI().Name(), err), v.u.win)
			return
		}
		go func() {
			src, langs, err := tmxLanguages(path)
			onUI(func() {
				if err != nil {
					dialog.ShowError(fmt.Errorf("%w\n\nChoose a TMX file that holds sentences in two languages.", err), v.u.win)
					return
				}
				v.confirmLanguages(path, src, langs)
			})
		}()
	}, v.u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".tmx", ".TMX"}))
	d.Show()
}

// confirmLanguages asks for the source and target language, offering the
// file's languages and starting from its source and first other language.
func (v *modelsView) confirmLanguages(path, src string, langs []string) {
	names := make([]string, len(langs))
	tagOf := map[string]string{}
	for i, tag := range langs {
		names[i] = langLabel(tag)
		tagOf[names[i]] = tag
	}
	srcSel, tgtSel := widget.NewSelect(names, nil), widget.NewSelect(names, nil)
	srcSel.SetSelected(langLabel(src))
	for _, tag := range langs {
		if tag != src {
			tgtSel.SetSelected(langLabel(tag))
			break
		}
	}
	items := []*widget.FormItem{
		widget.NewFormItem("File", widget.NewLabel(filepath.Base(path))),
		widget.NewFormItem("Source language", srcSel),
		widget.NewFormItem("Target language", tgtSel),
	}
	dialog.ShowForm("Train a language pair", "Train", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		from, to := tagOf[srcSel.Selected], tagOf[tgtSel.Selected]
		if from == "" || to == "" || from == to {
			dialog.ShowError(errors.New("train: choose two different languages\n\nPick the file's source and target language and try again."), v.u.win)
			return
		}
		v.startTraining(path, from, to)
	}, v.u.win)
}

// trainJob is one request to train: the file, the languages, and whether
// the user agreed to replace the serving models although exchange.Train
// refused the file.
type trainJob struct {
	path, src, tgt string
	force          bool
}

// startTraining trains both directions of src–tgt from the TMX at path.
func (v *modelsView) startTraining(path, src, tgt string) {
	v.runTraining(trainJob{path: path, src: src, tgt: tgt})
}

// runTraining runs job in the background, showing each stage on the
// progress bar; Cancel stops it. When it ends the table is read again and a
// summary, the error, or why the file was refused, is shown.
func (v *modelsView) runTraining(job trainJob) {
	ctx, stop := context.WithCancel(context.Background())
	trained := make(chan struct{})
	v.stop, v.trained = stop, trained
	v.train.Disable()
	v.cancel.Enable()
	v.progress.SetValue(0)
	v.stage.SetText("Starting…")
	v.status.Hide()
	v.training.Show()
	go func() {
		defer stop()
		res, err := trainFromTMX(ctx, v.u.store, job.path, job.src, job.tgt, job.force, func(stage string) {
			onUIAndWait(func() { v.showStage(stage) })
		})
		if err == nil {
			v.u.engine.Refresh()
		}
		// Read now: the deferred stop cancels ctx before the UI runs this.
		cancelled := ctx.Err() != nil
		onUI(func() {
			defer close(trained)
			v.trainingDone(job, res, err, cancelled)
		})
	}()
}

// showStage moves the progress bar to stage. Saving can be cancelled too:
// both directions are published together at its very end, or nothing is.
func (v *modelsView) showStage(stage string) {
	v.stage.SetText(strings.ToUpper(stage[:1]) + stage[1:] + "…")
	v.progress.SetValue(stageProgress[stage])
	if v.onStage != nil {
		v.onStage(stage)
	}
}

// cancelTraining stops the training in progress.
func (v *modelsView) cancelTraining() {
	if v.stop != nil {
		v.stop()
	}
	v.cancel.Disable()
	v.stage.SetText("Cancelling…")
}

// trainingDone shows how training ended: a summary, that it was cancelled,
// why the file was refused (with the offer to train anyway), or what went
// wrong and what to do.
func (v *modelsView) trainingDone(job trainJob, res *trainResult, err error, cancelled bool) {
	v.training.Hide()
	v.train.Enable()
	v.stop = nil
	v.status.Show()
	var refusal *exchange.Refusal
	switch {
	case cancelled && err != nil:
		v.status.SetText("Training was cancelled; the models that were installed keep serving.")
	case errors.As(err, &refusal):
		v.status.SetText("Nothing was trained; the models that were installed keep serving.")
		v.confirmReplace(job, refusal)
	case err != nil:
		v.status.SetText("Training failed; the models that were installed keep serving.")
		dialog.ShowError(fmt.Errorf("train from %s: %w\n\nCheck that the file is a TMX with sentences in both languages, "+
			"or choose other languages.", filepath.Base(job.path), err), v.u.win)
	default:
		v.status.SetText("")
		v.status.Hide()
		v.refresh()
		dialog.ShowInformation("Training finished", res.summary(), v.u.win)
	}
}

// confirmReplace says why exchange.Train refused job's file and offers to
// train from it anyway, replacing the models that serve now.
func (v *modelsView) confirmReplace(job trainJob, r *exchange.Refusal) {
	msg := fmt.Sprintf("Training from %s would likely make translation worse:\n\n• %s\n\n"+
		"Nothing has changed. Train anyway, and replace the models that serve now?",
		filepath.Base(job.path), strings.Join(r.Reasons(), "\n• "))
	d := dialog.NewConfirm("Replace the serving models?", msg, func(ok bool) {
		if ok {
			job.force = true
			v.runTraining(job)
		}
	}, v.u.win)
	d.SetConfirmText("Train anyway")
	d.SetDismissText("Keep them")
	d.Show()
}
