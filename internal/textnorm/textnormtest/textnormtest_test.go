package textnormtest

import "testing"

func TestUTF16(t *testing.T) {
	cases := map[string]struct {
		got, want string
	}{
		"little-endian with BOM":    {UTF16LE("hé😷", true), "\xff\xfeh\x00\xe9\x00\x3d\xd8\x37\xde"},
		"little-endian without BOM": {UTF16LE("hi", false), "h\x00i\x00"},
		"big-endian with BOM":       {UTF16BE("hi", true), "\xfe\xff\x00h\x00i"},
		"big-endian without BOM":    {UTF16BE("hé😷", false), "\x00h\x00\xe9\xd8\x3d\xde\x37"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("got % x, want % x", c.got, c.want)
			}
		})
	}
}
