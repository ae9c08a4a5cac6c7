package detect

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// The binary form of a Model: a magic and version, then the counts that
// training gathered, as varints where they are small. Sorted keys are
// stored as gaps, which take two bytes where the keys take four. Scoring
// tables are derived again on load, so they cost nothing to store.
const (
	binaryMagic   = "TFLD"
	binaryVersion = 1
)

// errCorrupt reports a binary model that cannot be decoded.
var errCorrupt = errors.New("corrupt model data")

// MarshalBinary encodes the model compactly, for the app's database.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 3*len(m.table.keys)+2*len(m.table.langs)+1024)
	b = append(b, binaryMagic...)
	b = append(b, binaryVersion, byte(m.features.orders), boolByte(m.features.words), boolByte(m.features.pairs))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(m.smoothing))
	for _, w := range m.weights {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(w))
	}
	b = binary.AppendUvarint(b, uint64(len(m.tags)))
	for l, tag := range m.tags {
		b = appendString(b, tag)
		for _, n := range m.totals[l*numClasses : (l+1)*numClasses] {
			b = binary.AppendUvarint(b, n)
		}
		b = binary.AppendUvarint(b, uint64(len(m.scripts[l])))
		for _, sh := range m.scripts[l] {
			b = appendString(b, scriptNames()[sh.script])
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(sh.share))
		}
	}
	for _, n := range m.distinct {
		b = binary.AppendUvarint(b, n)
	}
	return m.table.appendBinary(b), nil
}

// appendBinary appends the table: its sizes, then for each key the gap
// from the previous key and the number of its postings, then each posting.
func (t *table) appendBinary(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(t.keys)))
	b = binary.AppendUvarint(b, uint64(len(t.langs)))
	prev := uint32(0)
	for i, k := range t.keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		b = binary.AppendUvarint(b, uint64(t.offs[i+1]-t.offs[i]))
		prev = k
	}
	for p, l := range t.langs {
		b = binary.AppendUvarint(b, uint64(l))
		b = binary.AppendUvarint(b, uint64(t.counts[p]))
	}
	return b
}

// UnmarshalBinary loads a model that MarshalBinary encoded, replacing m.
func (m *Model) UnmarshalBinary(data []byte) error {
	r := &reader{b: data}
	loaded, err := r.model()
	if err != nil {
		return fmt.Errorf("load language model: %w", err)
	}
	*m = *loaded
	return nil
}

// model decodes a whole model.
func (r *reader) model() (*Model, error) {
	if string(r.bytes(len(binaryMagic))) != binaryMagic {
		return nil, fmt.Errorf("%w: not a language model", errCorrupt)
	}
	if v := r.u8(); v != binaryVersion && r.err == nil {
		return nil, fmt.Errorf("%w: version %d, want %d", errCorrupt, v, binaryVersion)
	}
	m := &Model{}
	m.features = featureConfig{orders: int(r.u8()), words: r.u8() == 1, pairs: r.u8() == 1}
	m.smoothing = r.f64()
	for c := range m.weights {
		m.weights[c] = r.f64()
	}
	if m.features.orders < 1 || m.features.orders > maxOrder || !(m.smoothing > 0) || m.smoothing > 1e6 {
		r.fail("bad settings")
	}
	for _, w := range m.weights {
		if !(w >= 0 && w <= 1e6) {
			r.fail("bad class weight")
		}
	}
	n := r.count(math.MaxUint16)
	if n == 0 {
		r.fail("no language")
	}
	for range n {
		r.language(m)
	}
	for c := range m.distinct {
		m.distinct[c] = r.uvarint()
	}
	r.table(&m.table, n)
	if r.err == nil && r.off != len(r.b) {
		r.fail("trailing bytes")
	}
	if r.err != nil {
		return nil, r.err
	}
	if !slices.IsSorted(m.tags) || len(slices.Compact(slices.Clone(m.tags))) != len(m.tags) {
		return nil, fmt.Errorf("%w: tags not sorted and distinct", errCorrupt)
	}
	m.prepare()
	return m, nil
}

// language decodes one language's tag, totals and scripts into m.
func (r *reader) language(m *Model) {
	m.tags = append(m.tags, r.str())
	for range numClasses {
		m.totals = append(m.totals, r.uvarint())
	}
	var shares []scriptShare
	for range r.count(len(scriptNames())) {
		name, share := r.str(), r.f32()
		if i, ok := slices.BinarySearch(scriptNames()[1:], name); ok {
			shares = append(shares, scriptShare{script: i + 1, share: share})
		} // a script this Go's unicode does not know: no text can be in it
	}
	m.scripts = append(m.scripts, shares)
}

// table decodes the feature table of a model of n languages.
func (r *reader) table(t *table, n int) {
	// Every key takes two bytes at least and every posting two.
	keys := r.count(len(r.b) / 2)
	posts := r.count(len(r.b) / 2)
	if r.err != nil {
		return
	}
	t.keys, t.offs = make([]uint32, keys), make([]uint32, keys+1)
	var k uint64
	for i := range keys {
		gap, size := r.uvarint(), r.uvarint()
		k += min(gap, math.MaxUint32+1) // a larger gap overflows either way
		if k > math.MaxUint32 || (i > 0 && uint32(k) <= t.keys[i-1]) || size == 0 || size > uint64(n) {
			r.fail("bad key")
			return
		}
		t.keys[i], t.offs[i+1] = uint32(k), t.offs[i]+uint32(size)
	}
	if int(t.offs[keys]) != posts {
		r.fail("bad posting count")
		return
	}
	t.langs, t.counts = make([]uint16, posts), make([]uint16, posts)
	for p := range posts {
		l, c := r.uvarint(), r.uvarint()
		if l >= uint64(n) || c > maxSaturate {
			r.fail("bad posting")
			return
		}
		t.langs[p], t.counts[p] = uint16(l), uint16(c)
	}
}

// reader decodes binary data, remembering the first error; once it has
// failed, every read returns zero.
type reader struct {
	b   []byte
	off int
	err error
}

// fail records a decoding error.
func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at byte %d", errCorrupt, what, r.off)
	}
}

// bytes returns the next n bytes.
func (r *reader) bytes(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b)-r.off {
		r.fail("truncated")
		return nil
	}
	r.off += n
	return r.b[r.off-n : r.off]
}

// u8 reads a byte.
func (r *reader) u8() byte {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

// f64 reads a little-endian float64.
func (r *reader) f64() float64 {
	if b := r.bytes(8); b != nil {
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	}
	return 0
}

// f32 reads a little-endian float32.
func (r *reader) f32() float32 {
	if b := r.bytes(4); b != nil {
		return math.Float32frombits(binary.LittleEndian.Uint32(b))
	}
	return 0
}

// uvarint reads an unsigned varint.
func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.off += n
	return v
}

// count reads a length and checks it is at most limit.
func (r *reader) count(limit int) int {
	v := r.uvarint()
	if v > uint64(limit) {
		r.fail("length out of range")
		return 0
	}
	return int(v)
}

// str reads a string with its length.
func (r *reader) str() string {
	return string(r.bytes(r.count(len(r.b))))
}

// appendString appends s with its length.
func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// boolByte encodes a flag.
func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}
