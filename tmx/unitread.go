package tmx

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// readUnit reads a tu whose start tag was read at line. It reports false
// when the unit has no usable variant and was recorded as skipped.
func (r *Reader) readUnit(se xml.StartElement, line int) (Unit, bool, error) {
	u := Unit{ID: attr(se, "tuid"), Line: line}
	var dropped []string
	for {
		tok, _, err := r.dec.Token()
		if err != nil {
			return Unit{}, false, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "tuv":
				v, why, err := r.readVariant(t)
				if err != nil {
					return Unit{}, false, err
				}
				if why != "" {
					dropped = append(dropped, why)
				} else {
					u.Variants = append(u.Variants, v)
				}
			case "note", "prop":
				if err := r.readMeta(t, &u.Props, &u.Notes); err != nil {
					return Unit{}, false, err
				}
			default:
				if err := r.dec.Skip(); err != nil {
					return Unit{}, false, err
				}
			}
		case xml.EndElement:
			return u, r.keep(u, dropped), nil
		}
	}
}

// keep reports whether u has a variant, recording it as skipped otherwise.
func (r *Reader) keep(u Unit, dropped []string) bool {
	if len(u.Variants) > 0 {
		return true
	}
	reason := "tu has no tuv"
	if len(dropped) > 0 {
		reason = "no usable tuv: " + strings.Join(dropped, "; ")
	}
	r.skipped = append(r.skipped, Skip{Line: u.Line, ID: u.ID, Reason: reason})
	return false
}

// readVariant reads a tuv. A non-empty reason says why the variant must be
// dropped. Several segs, which the DTD forbids, are joined with a space.
func (r *Reader) readVariant(se xml.StartElement) (Variant, string, error) {
	v := Variant{Lang: langAttr(se)}
	segs := 0
	r.raw = r.raw[:0]
	for {
		tok, _, err := r.dec.Token()
		if err != nil {
			return v, "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "seg" {
				// Notes and props of a variant are not kept.
				if err := r.dec.Skip(); err != nil {
					return v, "", err
				}
				continue
			}
			if segs++; segs > 1 {
				r.raw = append(r.raw, ' ')
			}
			if err := r.readSeg(); err != nil {
				return v, "", err
			}
		case xml.EndElement:
			return r.finishVariant(v, segs)
		}
	}
}

// finishVariant sets the text of v from the segment text read so far.
func (r *Reader) finishVariant(v Variant, segs int) (Variant, string, error) {
	switch {
	case v.Lang == "":
		return v, "tuv without xml:lang", nil
	case segs == 0:
		return v, fmt.Sprintf("tuv %q without seg", v.Lang), nil
	}
	r.clean = collapseSpace(r.clean[:0], r.raw)
	v.Text = nfc(r.clean)
	if v.Text == "" {
		return v, fmt.Sprintf("empty seg in tuv %q", v.Lang), nil
	}
	return v, "", nil
}

// readMeta reads a note into notes or a prop into props; it skips any other
// element.
func (r *Reader) readMeta(se xml.StartElement, props *map[string]string, notes *[]string) error {
	switch se.Name.Local {
	case "note":
		text, err := r.readText()
		if err != nil {
			return err
		}
		*notes = append(*notes, text)
	case "prop":
		text, err := r.readText()
		if err != nil {
			return err
		}
		if *props == nil {
			*props = make(map[string]string)
		}
		(*props)[attr(se, "type")] = text
	default:
		return r.dec.Skip()
	}
	return nil
}

// readText returns the text of the element whose start was just read,
// verbatim, including the text of any nested element.
func (r *Reader) readText() (string, error) {
	var b strings.Builder
	for depth := 0; ; {
		tok, _, err := r.dec.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
		case xml.CharData:
			b.Write(t)
		}
	}
}
