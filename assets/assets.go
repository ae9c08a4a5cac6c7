// Package assets holds what the app ships inside its binary: the icon, the
// default phrasebook and glossary the team wrote, and the fonts that draw
// every script the app has text in.
package assets

import (
	"embed"
	_ "embed"
)

// Defaults holds the default data: defaults/phrasebook.tmx (health-notice
// sentences in many languages) and defaults/glossary.tbx (health concepts).
//
//go:embed defaults
var Defaults embed.FS

// IconPNG is the application icon, a 512×512 PNG.
//
//go:embed icon.png
var IconPNG []byte

// FontRegular and FontBold are the app's text fonts (OpenType, CFF outlines): Noto Sans
// merged with the Noto fonts of the Arabic, Devanagari, Bengali, Tamil,
// Ethiopic, Myanmar, Khmer and Chinese (simplified, GB 2312) scripts, so
// that text in any of them renders without fonts installed on the machine.
// fonts/build.py makes them from Debian's Noto packages; fonts/README.md
// lists the sources, versions and licence (SIL Open Font License 1.1).
//
//go:embed fonts/TafsiriScripts-Regular.otf
var FontRegular []byte

// FontBold is the bold weight of FontRegular.
//
//go:embed fonts/TafsiriScripts-Bold.otf
var FontBold []byte
