// Package fynelocale gives Fyne a language it can read when the environment
// names the C or POSIX locale with a codeset or modifier (LANG=C.UTF-8, the
// default of many containers and minimal systems).
//
// Fyne's lang package looks up the user's locales in its package init,
// before main runs, through go-locale. go-locale takes a bare "C" or "POSIX"
// for no locale, but passes "C.UTF-8" on as the language "C", which is no
// BCP 47 tag: Fyne then logs three lines of "Error parsing user locale C" on
// stderr from every run of the binary, headless commands included, and again
// whenever the window asks for the locale. LANGUAGE is read first by
// go-locale when the locale is not a bare C, so setting it to "en" gives
// Fyne the English the C locale means.
//
// This package's init must run before Fyne's lang init, and does: the Go
// spec initializes, at each step, the first package in import-path order
// whose imports are all initialized. This package imports only os and
// strings, and fyne.io/fyne/v2/lang imports text/template, which needs both
// and whose path sorts after "tafsiri/..."; so this package is initialized
// before text/template, hence before Fyne's lang. The binary's test
// (TestHeadlessCommandsPrintNothingOfFyneUnderTheCLocale) fails if that changes.
package fynelocale

import (
	"os"
	"strings"
)

// language is the variable go-locale reads before the locale when the
// locale is not a bare C; GNU gettext reads it for message catalogs.
const language = "LANGUAGE"

// applied says whether Apply set LANGUAGE (the user had not).
var applied bool

func init() { Apply() }

// Apply sets LANGUAGE to "en" when the messages locale (LC_ALL, else
// LC_MESSAGES, else LANG) is C or POSIX with a codeset or modifier and
// LANGUAGE is unset; it changes nothing otherwise.
func Apply() {
	if os.Getenv(language) != "" || !cLocaleWithSuffix(messagesLocale()) {
		return
	}
	if os.Setenv(language, "en") == nil {
		applied = true
	}
}

// Revert undoes Apply, so that a command that opens no window, and the
// programs it starts, see the environment the user gave.
func Revert() {
	if applied && os.Unsetenv(language) == nil {
		applied = false
	}
}

// messagesLocale is the locale that names the language of messages, as
// go-locale and gettext choose it.
func messagesLocale() string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			return v
		}
	}
	return ""
}

// cLocaleWithSuffix reports whether locale is C or POSIX followed by a
// codeset or modifier ("C.UTF-8", "POSIX@euro"); a bare "C" needs no help.
func cLocaleWithSuffix(locale string) bool {
	i := strings.IndexAny(locale, ".@")
	if i < 0 {
		return false
	}
	lang := locale[:i]
	return lang == "C" || lang == "POSIX"
}
