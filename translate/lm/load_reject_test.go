package lm

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"strings"
	"testing"
)

// The reject tests damage the binary form of toy at order 3: words <unk> <s>
// </s> a b; nodes 1-5 the unigrams, 6 "<s> a", 7 "<s> b", 8 "a b", 9 "b </s>",
// 10 "<s> a b", 11 "<s> b </s>", 12 "a b </s>". Edits under a valid checksum
// stand for a malicious blob.

// TestLoadRejectsEdits edits the bytes of the binary form.
func TestLoadRejectsEdits(t *testing.T) {
	tests := map[string]struct {
		edit func(blob []byte, m *Model) []byte
		want string
	}{
		"empty":          {func([]byte, *Model) []byte { return nil }, "too short"},
		"bad magic":      {func(b []byte, _ *Model) []byte { b[0] = 'X'; return b }, "magic"},
		"future version": {func(b []byte, _ *Model) []byte { b[8] = 2; return reseal(b) }, "version 2"},
		"truncated":      {func(b []byte, _ *Model) []byte { return b[:len(b)-1] }, "truncated"},
		"damaged":        {func(b []byte, _ *Model) []byte { b[len(b)/2]++; return b }, "checksum"},
		"counts do not add up": {func(b []byte, m *Model) []byte {
			off := headerSize + 4*(len(m.levels)-3) // the count of the longest n-grams
			return editUint32(b, off, binary.LittleEndian.Uint32(b[off:])+1)
		}, "do not make"},
		"word overruns":           {func(b []byte, m *Model) []byte { return editUint32(b, lengthAt(m, 4), 2) }, "runs past"},
		"bytes left over":         {func(b []byte, m *Model) []byte { return editUint32(b, lengthAt(m, 4), 0) }, "belong to no word"},
		"table node out of range": {func(b []byte, m *Model) []byte { return editUint32(b, tableAt(b, m, 0), 13) }, "holds node 13"},
		"table node zero":         {func(b []byte, m *Model) []byte { return editUint32(b, tableAt(b, m, 0), 0) }, "holds node 0"},
		"table node twice": {func(b []byte, m *Model) []byte {
			return editUint32(b, tableAt(b, m, 1), binary.LittleEndian.Uint32(b[tableAt(b, m, 0):]))
		}, "twice"},
		"extra occupied slot":   {func(b []byte, m *Model) []byte { return editOccupied(b, m, 0) }, "more occupied slots"},
		"missing occupied slot": {func(b []byte, m *Model) []byte { return editOccupied(b, m, 1) }, "fewer occupied slots"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := train(t, toy, 3)
			assertRejected(t, tt.edit(marshal(t, m), m), tt.want)
		})
	}
}

// TestLoadRejectsTampered encodes a model whose structures were tampered with.
func TestLoadRejectsTampered(t *testing.T) {
	tests := map[string]struct {
		tamper func(m *Model)
		want   string
	}{
		"order too high":              {func(m *Model) { m.order = 9 }, "order 9"},
		"deeper than order":           {func(m *Model) { m.order = 2 }, "depth 3"},
		"unigrams not the vocabulary": {func(m *Model) { m.levels[2]++ }, "unigrams for"},
		"table too large":             {func(m *Model) { m.index = rehashed(m, 100) }, "hash table"},
		"no <unk>":                    {func(m *Model) { m.vocab.words[0] = "<UNK>" }, "word 0"},
		"words out of order":          {func(m *Model) { m.vocab.words[3], m.vocab.words[4] = "b", "a" }, "out of order"},
		"repeated word":               {func(m *Model) { m.vocab.words[4] = "a" }, "repeated"},
		"parent one level up":         {func(m *Model) { m.parent[10] = 2 }, "node 10 has parent 2"},
		"word out of range":           {func(m *Model) { m.word[12] = 99 }, "word 99"},
		"negative word":               {func(m *Model) { m.word[12] = -1 }, "word -1"},
		"siblings out of order":       {func(m *Model) { m.word[6], m.word[7] = m.word[7], m.word[6] }, "breadth-first"},
		"suffix loops":                {func(m *Model) { m.nodes[8].suffix = 8 }, "node 8 has suffix 8"},
		"suffix too short":            {func(m *Model) { m.nodes[10].suffix = 5 }, "node 10 has suffix 5"},
		"suffix of another":           {func(m *Model) { m.nodes[10].suffix = 7 }, "node 10 has suffix 7"},
		"unigram with suffix":         {func(m *Model) { m.nodes[4].suffix = 1 }, "node 4 has suffix 1"},
		"NaN log probability":         {func(m *Model) { m.nodes[3].logProb = math.NaN() }, "node 3 has log probability NaN"},
		"infinite backoff":            {func(m *Model) { m.nodes[6].backoff = math.Inf(1) }, "backoff +Inf"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			m := train(t, toy, 3)
			tt.tamper(m)
			assertRejected(t, marshal(t, m), tt.want)
		})
	}
}

func assertRejected(tb testing.TB, blob []byte, want string) {
	tb.Helper()
	if _, err := Load(blob); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), want) {
		tb.Errorf("Load = %v, want ErrMalformed saying %q", err, want)
	}
}

// reseal rewrites the checksum of a binary model after an edit.
func reseal(blob []byte) []byte {
	if len(blob) < crcSize {
		return blob
	}
	body := blob[:len(blob)-crcSize]
	binary.LittleEndian.PutUint32(blob[len(body):], crc32.Checksum(body, crcTable))
	return blob
}

// rehashed returns m's n-grams in a table sized for size entries.
func rehashed(m *Model, size int) table {
	t := newTable(size)
	for i := 1; i < len(m.nodes); i++ {
		t.getOrPut(m.parent[i], m.word[i], int32(i))
	}
	return t
}

// lengthAt returns the offset of the length of word w in m's binary form.
func lengthAt(m *Model, w WordID) int {
	return headerSize + 4*(len(m.levels)-2) + 4*int(w)
}

// tableAt returns the offset of the node in the k-th occupied hash table slot
// in m's binary form blob.
func tableAt(blob []byte, m *Model, k int) int {
	return len(blob) - crcSize - 4*(len(m.nodes)-1) + 4*k
}

// editOccupied flips the first hash table occupancy bit that is set to want
// and reseals blob.
func editOccupied(blob []byte, m *Model, want byte) []byte {
	start := tableAt(blob, m, 0) - len(m.index.slots)/8
	for j := range m.index.slots {
		if blob[start+j/8]>>(j%8)&1 == want {
			blob[start+j/8] ^= 1 << (j % 8)
			break
		}
	}
	return reseal(blob)
}

// editUint32 overwrites the uint32 at off and reseals blob.
func editUint32(blob []byte, off int, v uint32) []byte {
	binary.LittleEndian.PutUint32(blob[off:], v)
	return reseal(blob)
}
