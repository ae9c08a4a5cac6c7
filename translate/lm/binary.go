package lm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
)

// The binary form, version 1, stores the built model so that Load only
// decodes flat arrays: no string splitting, sorting or hashing. Integers are
// little-endian; per-node arrays cover nodes 1 to N-1 in breadth-first order
// (node 0, the root, is implicit):
//
//	magic     8 bytes    "TAFSIRLM"
//	version   uint32     1
//	order     uint32     Order()
//	words     uint32     V, the vocabulary size
//	spelling  uint32     total bytes of the words' spellings
//	nodes     uint32     N, trie nodes including the root
//	depth     uint32     D, the length of the longest n-gram
//	slots     uint32     hash table size, tableSize(N-1)
//	levels    D×uint32   how many n-grams of each length 1..D
//	lengths   V×uint32   the byte length of each word, by WordID
//	text      bytes      the words' spellings, concatenated
//	parent    int32  ×(N-1)
//	word      int32  ×(N-1)
//	suffix    int32  ×(N-1)
//	logProb   float32×(N-1)
//	backoff   float32×(N-1)
//	occupied  slots/8 bytes  hash table occupancy, bit j%8 of byte j/8 for slot j
//	table     int32  ×(N-1)  the node in each occupied slot, in slot order
//	crc       uint32     CRC-32C (Castagnoli) of every byte before it
//
// The table keys are not stored: the key of node i is its parent and word.
// Listing the table in slot order lets Load fill it front to back.
// Log probabilities and backoffs are rounded to float32, as the database's
// n-gram rows already are: a loaded model scores exactly as FromEntries on
// float32-rounded entries, and a model whose numbers are float32 values
// already (one from Load, or rebuilt from those rows) round-trips unchanged.
// States, which Load recomputes, are not stored.
const (
	binaryMagic   = "TAFSIRLM"
	binaryVersion = 1
	// headerSize is the fixed part of the header, before levels.
	headerSize = len(binaryMagic) + 7*4
	// nodeSize is the bytes each node other than the root takes, its table
	// entry included.
	nodeSize = 6 * 4
	crcSize  = 4
)

// crcTable is CRC-32C, which amd64 and arm64 compute in hardware.
var crcTable = crc32.MakeTable(crc32.Castagnoli)

// header holds the counts at the start of the binary form.
type header struct {
	version, order, words, spelling, nodes, depth, slots uint32
	levels                                               [MaxOrder]uint32
}

// size returns the length of the whole binary form h describes, computed in
// 64 bits so that no header can overflow it.
func (h *header) size() uint64 {
	return uint64(headerSize) + 4*uint64(h.depth) + 4*uint64(h.words) + uint64(h.spelling) +
		nodeSize*(uint64(h.nodes)-1) + uint64(h.slots)/8 + crcSize
}

// MarshalBinary encodes the model in a versioned binary form that Load reads
// back without rebuilding; probabilities and backoffs are kept as float32.
func (m *Model) MarshalBinary() ([]byte, error) {
	h, err := m.header()
	if err != nil {
		return nil, fmt.Errorf("encode model: %w", err)
	}
	buf := make([]byte, 0, h.size())
	buf = h.append(buf)
	buf = m.appendVocab(buf)
	buf = appendInt32s(buf, m.parent[1:])
	buf = appendInt32s(buf, m.word[1:])
	buf = appendNodes(buf, m.nodes[1:], func(n *node) uint32 { return uint32(n.suffix) })
	buf = appendNodes(buf, m.nodes[1:], func(n *node) uint32 { return math.Float32bits(float32(n.logProb)) })
	buf = appendNodes(buf, m.nodes[1:], func(n *node) uint32 { return math.Float32bits(float32(n.backoff)) })
	buf, err = m.appendTable(buf)
	if err != nil {
		return nil, fmt.Errorf("encode model: %w", err)
	}
	return binary.LittleEndian.AppendUint32(buf, crc32.Checksum(buf, crcTable)), nil
}

// header returns the counts of m, refusing what the format cannot hold.
func (m *Model) header() (header, error) {
	if len(m.levels) < 3 || len(m.nodes) != int(m.levels[len(m.levels)-1]) {
		return header{}, errors.New("model is not built")
	}
	h := header{
		version: binaryVersion,
		order:   uint32(m.order),
		words:   uint32(len(m.vocab.words)),
		nodes:   uint32(len(m.nodes)),
		depth:   uint32(len(m.levels) - 2),
		slots:   uint32(len(m.index.slots)),
	}
	spelling := 0
	for _, w := range m.vocab.words {
		spelling += len(w)
	}
	if uint64(spelling) > math.MaxUint32 {
		return header{}, fmt.Errorf("vocabulary of %d bytes is too large", spelling)
	}
	h.spelling = uint32(spelling)
	for k := 1; k <= int(h.depth); k++ {
		h.levels[k-1] = uint32(m.levels[k+1] - m.levels[k])
	}
	return h, nil
}

// append encodes h onto buf.
func (h *header) append(buf []byte) []byte {
	buf = append(buf, binaryMagic...)
	for _, v := range []uint32{h.version, h.order, h.words, h.spelling, h.nodes, h.depth, h.slots} {
		buf = binary.LittleEndian.AppendUint32(buf, v)
	}
	for _, v := range h.levels[:h.depth] {
		buf = binary.LittleEndian.AppendUint32(buf, v)
	}
	return buf
}

// appendTable encodes which slots of the hash table are occupied, then the
// node in each, checking that the table holds every node but the root once.
func (m *Model) appendTable(buf []byte) ([]byte, error) {
	occupied := make([]byte, len(m.index.slots)/8)
	seen := make([]bool, len(m.nodes))
	count := 0
	for j, s := range m.index.slots {
		if s.val == 0 {
			continue
		}
		if s.val < 0 || int(s.val) >= len(seen) || seen[s.val] {
			return nil, fmt.Errorf("hash table holds node %d wrongly", s.val)
		}
		seen[s.val] = true
		occupied[j/8] |= 1 << (j % 8)
		count++
	}
	if count != len(m.nodes)-1 {
		return nil, fmt.Errorf("hash table holds %d of %d nodes", count, len(m.nodes)-1)
	}
	buf = append(buf, occupied...)
	for _, s := range m.index.slots {
		if s.val != 0 {
			buf = binary.LittleEndian.AppendUint32(buf, uint32(s.val))
		}
	}
	return buf, nil
}

// appendVocab encodes the length of every word, then their spellings.
func (m *Model) appendVocab(buf []byte) []byte {
	for _, w := range m.vocab.words {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(len(w)))
	}
	for _, w := range m.vocab.words {
		buf = append(buf, w...)
	}
	return buf
}

func appendInt32s(buf []byte, xs []int32) []byte {
	for _, x := range xs {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(x))
	}
	return buf
}

// appendNodes encodes one 32-bit field of every node.
func appendNodes(buf []byte, nodes []node, field func(*node) uint32) []byte {
	for i := range nodes {
		buf = binary.LittleEndian.AppendUint32(buf, field(&nodes[i]))
	}
	return buf
}
