// Package assets holds what the app ships inside its binary: the icon now,
// and later the default phrasebook, glossary and fonts.
package assets

import _ "embed"

// IconPNG is the application icon, a 512×512 PNG.
//
//go:embed icon.png
var IconPNG []byte
