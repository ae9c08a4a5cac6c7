package lm

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
)

// le is the byte order of the binary form.
var le = binary.LittleEndian

// Load decodes a model written by MarshalBinary; corrupt or truncated data is
// an error wrapping ErrMalformed that says what is wrong, never a panic, and
// a model Load accepts scores every State and WordID without panicking. Load
// keeps no reference to data.
func Load(data []byte) (*Model, error) {
	h, err := readHeader(data)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	m, err := decode(&h, data[headerSize+4*int(h.depth):len(data)-crcSize])
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	return m, nil
}

// readHeader decodes and checks the header, the length of data and its
// checksum.
func readHeader(data []byte) (header, error) {
	if len(data) < headerSize+crcSize {
		return header{}, fmt.Errorf("%w: %d bytes is too short for a header", ErrMalformed, len(data))
	}
	if string(data[:len(binaryMagic)]) != binaryMagic {
		return header{}, fmt.Errorf("%w: no magic %q: not a binary language model", ErrMalformed, binaryMagic)
	}
	var h header
	for i, f := range []*uint32{&h.version, &h.order, &h.words, &h.spelling, &h.nodes, &h.depth, &h.slots} {
		*f = le.Uint32(data[len(binaryMagic)+4*i:])
	}
	if h.version != binaryVersion {
		return header{}, fmt.Errorf("%w: format version %d, want %d", ErrMalformed, h.version, binaryVersion)
	}
	if h.order < MinOrder || h.order > MaxOrder || h.depth < 1 || h.depth > h.order || h.nodes < 1 {
		return header{}, fmt.Errorf("%w: order %d, depth %d, %d nodes", ErrMalformed, h.order, h.depth, h.nodes)
	}
	if want := h.size(); uint64(len(data)) != want {
		return header{}, fmt.Errorf("%w: %d bytes, header says %d: truncated or padded", ErrMalformed, len(data), want)
	}
	body := data[:len(data)-crcSize]
	if got, want := crc32.Checksum(body, crcTable), le.Uint32(data[len(body):]); got != want {
		return header{}, fmt.Errorf("%w: checksum %08x, want %08x: data damaged", ErrMalformed, got, want)
	}
	for k := range h.depth {
		h.levels[k] = le.Uint32(data[headerSize+4*int(k):])
	}
	if err := h.checkCounts(); err != nil {
		return header{}, err
	}
	return h, nil
}

// checkCounts verifies that the n-grams of each length add up to the nodes,
// that the unigrams are the vocabulary, and that the table has the size
// newTable would give it, so that it always keeps an empty slot.
func (h *header) checkCounts() error {
	total := uint64(1)
	for _, c := range h.levels[:h.depth] {
		if c == 0 {
			return fmt.Errorf("%w: n-gram counts %v include none", ErrMalformed, h.levels[:h.depth])
		}
		total += uint64(c)
	}
	if total != uint64(h.nodes) || h.nodes > math.MaxInt32 {
		return fmt.Errorf("%w: n-gram counts %v do not make %d nodes", ErrMalformed, h.levels[:h.depth], h.nodes)
	}
	if h.levels[0] != h.words || h.words < numSpecial {
		return fmt.Errorf("%w: %d unigrams for %d words", ErrMalformed, h.levels[0], h.words)
	}
	if want := tableSize(int(h.nodes) - 1); uint64(h.slots) != uint64(want) {
		return fmt.Errorf("%w: hash table of %d slots, want %d", ErrMalformed, h.slots, want)
	}
	return nil
}

// decode builds the model from the sections after the header, which
// readHeader has sized to fit body exactly.
func decode(h *header, body []byte) (*Model, error) {
	n, v := int(h.nodes), int(h.words)
	lengths, body := body[:4*v], body[4*v:]
	text, body := body[:h.spelling], body[h.spelling:]
	width := 4 * (n - 1) // bytes of one per-node array
	column := func(k int) []byte { return body[width*k : width*(k+1)] }
	occupied := body[5*width : 5*width+int(h.slots)/8]
	m := &Model{order: int(h.order), nodes: make([]node, n), levels: h.levelStarts()}
	var err error
	if m.vocab, err = decodeVocab(lengths, text); err != nil {
		return nil, err
	}
	if err := m.decodeTrie(column(0), column(1)); err != nil {
		return nil, err
	}
	if err := m.decodeNodes(column(2), column(3), column(4)); err != nil {
		return nil, err
	}
	if err := m.decodeTable(occupied, body[len(body)-width:]); err != nil {
		return nil, err
	}
	m.linkStates()
	return m, nil
}

// levelStarts returns the first node of each depth, as Model.levels holds it.
func (h *header) levelStarts() []int32 {
	levels := make([]int32, h.depth+2)
	levels[1] = 1
	for k, c := range h.levels[:h.depth] {
		levels[k+2] = levels[k+1] + int32(c)
	}
	return levels
}

// decodeVocab splits text at lengths, which hold one uint32 per word, and
// indexes the words.
func decodeVocab(lengths, text []byte) (vocab, error) {
	all := string(text)
	words := make([]string, len(lengths)/4)
	off := 0
	for i := range words {
		l := le.Uint32(lengths[4*i:])
		if uint64(l) > uint64(len(all)-off) {
			return vocab{}, fmt.Errorf("%w: word %d runs past the vocabulary", ErrMalformed, i)
		}
		words[i] = all[off : off+int(l)]
		off += int(l)
	}
	if off != len(all) {
		return vocab{}, fmt.Errorf("%w: %d vocabulary bytes belong to no word", ErrMalformed, len(all)-off)
	}
	if err := checkWords(words); err != nil {
		return vocab{}, err
	}
	ids := make(map[string]WordID, len(words))
	for i, w := range words {
		ids[w] = WordID(i)
	}
	return vocab{words: words, ids: ids}, nil
}

// decodeTrie reads every node's parent and last word.
func (m *Model) decodeTrie(parents, words []byte) error {
	n := len(m.nodes)
	m.parent, m.word = make([]int32, n), make([]WordID, n)
	m.parent[0], m.word[0] = -1, -1
	for i := 1; i < n; i++ {
		m.parent[i] = int32(le.Uint32(parents[4*(i-1):]))
		m.word[i] = WordID(le.Uint32(words[4*(i-1):]))
	}
	return m.checkTrie()
}

// decodeNodes reads every node's suffix, log probability and backoff.
func (m *Model) decodeNodes(suffixes, logProbs, backoffs []byte) error {
	for i := 1; i < len(m.nodes); i++ {
		j, n := 4*(i-1), &m.nodes[i]
		n.suffix = int32(le.Uint32(suffixes[j:]))
		n.logProb = float64(math.Float32frombits(le.Uint32(logProbs[j:])))
		n.backoff = float64(math.Float32frombits(le.Uint32(backoffs[j:])))
		if badNumber(n.logProb) || badNumber(n.backoff) {
			return fmt.Errorf("%w: node %d has log probability %g, backoff %g", ErrMalformed, i, n.logProb, n.backoff)
		}
	}
	return m.checkSuffixes()
}

// decodeTable fills the hash table front to back: each occupied slot gets
// the next node of nodes, keyed by its parent and word.
func (m *Model) decodeTable(occupied, nodes []byte) error {
	m.index = newTable(len(m.nodes) - 1)
	slots := m.index.slots
	seen := make([]bool, len(m.nodes))
	next := 0
	for b, bits8 := range occupied {
		for ; bits8 != 0; bits8 &= bits8 - 1 {
			if next == len(nodes) {
				return fmt.Errorf("%w: hash table has more occupied slots than nodes", ErrMalformed)
			}
			i := le.Uint32(nodes[next:])
			if i == 0 || uint64(i) >= uint64(len(m.nodes)) || seen[i] {
				return fmt.Errorf("%w: hash table holds node %d, out of range or twice", ErrMalformed, i)
			}
			seen[i] = true
			j := 8*b + bits.TrailingZeros8(bits8)
			slots[j] = slot{key: pack(m.parent[i], m.word[i]), val: int32(i)}
			next += 4
		}
	}
	if next != len(nodes) {
		return fmt.Errorf("%w: hash table has fewer occupied slots than nodes", ErrMalformed)
	}
	m.index.used = len(m.nodes) - 1
	return nil
}
