package storage

import (
	"encoding/binary"
	"errors"
	"math"

	"tafsiri/translate/phrases"
)

// errCorrupt reports a packed phrase blob that cannot be read back.
var errCorrupt = errors.New("corrupt packed data")

// appendTarget packs one target phrase and its features onto buf.
func appendTarget(buf []byte, e phrases.Entry) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(e.Target)))
	buf = append(buf, e.Target...)
	for _, v := range e.Scores {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
	}
	return buf
}

// readTargets unpacks the target phrases of one source phrase.
func readTargets(buf []byte) ([]phrases.Entry, error) {
	var out []phrases.Entry
	for len(buf) > 0 {
		text, rest, err := readString(buf)
		if err != nil {
			return nil, err
		}
		if len(rest) < 4*phrases.NumScores {
			return nil, errCorrupt
		}
		e := phrases.Entry{Target: text}
		for i := range e.Scores {
			e.Scores[i] = math.Float32frombits(binary.LittleEndian.Uint32(rest[4*i:]))
		}
		out = append(out, e)
		buf = rest[4*phrases.NumScores:]
	}
	return out, nil
}

func readString(buf []byte) (string, []byte, error) {
	n, k := binary.Uvarint(buf)
	if k <= 0 || uint64(len(buf)-k) < n {
		return "", nil, errCorrupt
	}
	return string(buf[k : k+int(n)]), buf[k+int(n):], nil
}
