package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"

	"tafsiri/translate/lm"
	"tafsiri/translate/phrases"
)

// errCorrupt reports a packed phrase or n-gram blob that cannot be read back.
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

// appendNGram packs one n-gram in backoff form onto buf.
func appendNGram(buf []byte, e lm.Entry) []byte {
	text := strings.Join(e.Words, " ")
	buf = binary.AppendUvarint(buf, uint64(len(text)))
	buf = append(buf, text...)
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(float32(e.LogProb)))
	return binary.LittleEndian.AppendUint32(buf, math.Float32bits(float32(e.Backoff)))
}

// readNGrams unpacks count n-grams of one order and appends them to out.
func readNGrams(buf []byte, count int, out []lm.Entry) ([]lm.Entry, error) {
	for range count {
		text, rest, err := readString(buf)
		if err != nil || len(rest) < 8 {
			return nil, errCorrupt
		}
		out = append(out, lm.Entry{
			Words:   strings.Split(text, " "),
			LogProb: float64(math.Float32frombits(binary.LittleEndian.Uint32(rest))),
			Backoff: float64(math.Float32frombits(binary.LittleEndian.Uint32(rest[4:]))),
		})
		buf = rest[8:]
	}
	if len(buf) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the last n-gram", errCorrupt, len(buf))
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
