// Package assets holds what the app ships inside its binary: the icon, the
// default phrasebook and glossary the team wrote, and later fonts.
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
