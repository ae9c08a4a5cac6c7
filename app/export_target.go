package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"tafsiri/exchange"
)

// chooseExportPath asks where an export titled title goes: a path,
// offered as name in the folder of the last export, that can be typed or
// put in another folder with a folder dialog. It calls then with the path
// once the user confirms and, when a file is there already, agrees to
// replace it.
//
// Fyne's save dialog is not used: it creates and empties the chosen file
// before its callback runs (storage.Writer), so choosing the open database
// there would wipe it before exchange could refuse to write over it. This
// dialog only names a file; the exports write it themselves, whole or not
// at all.
func (u *UI) chooseExportPath(title, name string, then func(path string)) {
	path := widget.NewEntry()
	path.SetText(filepath.Join(u.exportFolder(), name))
	path.Validator = validExportPath
	browse := widget.NewButton("Choose folder…", func() { u.chooseExportFolder(path) })
	items := []*widget.FormItem{widget.NewFormItem("Save as", path), widget.NewFormItem("", browse)}
	items[0].HintText = "The folder and the file name; type them, or choose the folder"
	d := dialog.NewForm(title, "Export", "Cancel", items, func(ok bool) {
		if ok {
			u.confirmExportPath(filepath.Clean(strings.TrimSpace(path.Text)), then)
		}
	}, u.win)
	d.Resize(fyne.NewSize(640, 220))
	d.Show()
}

// validExportPath accepts a whole path that ends in a file name.
func validExportPath(s string) error {
	s = strings.TrimSpace(s)
	switch {
	case !filepath.IsAbs(s):
		return errors.New("give the whole path, from the top folder")
	case strings.HasSuffix(s, string(filepath.Separator)) || filepath.Clean(s) == filepath.Dir(s):
		return errors.New("give a file name after the folder")
	}
	return nil
}

// exportFolder is the folder offered for an export: the last one, else
// the home folder ("" when the system names none).
func (u *UI) exportFolder() string {
	if u.exportDir != "" {
		return u.exportDir
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return home
}

// chooseExportFolder moves the file named in path to a folder chosen in a
// folder dialog, which opens where path points.
func (u *UI) chooseExportFolder(path *widget.Entry) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		switch {
		case err != nil:
			dialog.ShowError(fmt.Errorf("open the folder: %w\n\nChoose another folder.", err), u.win)
		case dir == nil: // cancelled
		case dir.Scheme() != "file":
			dialog.ShowError(fmt.Errorf("export to %s: not a folder on this computer\n\nChoose a folder on this computer.", dir), u.win)
		default:
			path.SetText(filepath.Join(dir.Path(), filepath.Base(strings.TrimSpace(path.Text))))
		}
	}, u.win)
	if at, err := fstorage.ListerForURI(fstorage.NewFileURI(filepath.Dir(strings.TrimSpace(path.Text)))); err == nil {
		d.SetLocation(at)
	}
	d.Show()
}

// confirmExportPath remembers the folder of path for the next export and
// calls then, after asking whether to replace a file that is there.
func (u *UI) confirmExportPath(path string, then func(path string)) {
	u.exportDir = filepath.Dir(path)
	info, err := os.Stat(path)
	switch {
	case err != nil: // no file yet; any other problem is the export's to report
		then(path)
	case info.IsDir():
		dialog.ShowError(fmt.Errorf("export to %s: it is a folder\n\nAdd a file name to the path.", path), u.win)
	default:
		name := filepath.Base(path)
		d := dialog.NewConfirm("Replace "+name+"?", name+" is already in "+filepath.Dir(path)+
			".\nThe export replaces it once it is written whole.", func(ok bool) {
			if ok {
				then(path)
			}
		}, u.win)
		d.SetConfirmText("Replace")
		d.SetDismissText("Cancel")
		d.Show()
	}
}

// exportEnded shows how the export of what (such as "the memory") to path
// ended: cancelled, failed, or done, when message says under title what
// it wrote.
// Exports are written whole or not at all, so a failed one left any
// earlier file at path as it was.
func exportEnded(win fyne.Window, what, path string, canceled bool, err error, title string, message func() string) {
	name := filepath.Base(path)
	switch {
	case canceled && err != nil:
		dialog.ShowInformation("Export cancelled", "Nothing was written to "+name+".", win)
	case errors.Is(err, exchange.ErrDatabaseTarget):
		dialog.ShowError(fmt.Errorf("export %s: %w\n\nAn export never replaces a database, and %s is as it was: choose another file.",
			what, err, name), win)
	case err != nil:
		dialog.ShowError(fmt.Errorf("export %s: %w\n\nNothing was written, and any earlier %s is as it was. "+
			"Choose another file or folder, and check there is space on the disk.", what, err, name), win)
	default:
		dialog.ShowInformation(title, message(), win)
	}
}
