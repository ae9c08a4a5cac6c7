package lm

import (
	"context"
	"fmt"
)

// checkEvery is how many stream positions counting goes between checks of ctx.
const checkEvery = 1 << 14

// Train builds a model of the given order (MinOrder..MaxOrder) from tokenized
// sentences (<s> and </s> are added by Train); it returns ErrEmptyCorpus for
// no sentences, since nothing then says which words exist. Tokens spelled
// <s>, </s> or <unk> are counted as <unk>.
func Train(ctx context.Context, sentences [][]string, order int) (*Model, error) {
	if order < MinOrder || order > MaxOrder {
		return nil, fmt.Errorf("train model: %w: %d", ErrOrder, order)
	}
	if len(sentences) == 0 {
		return nil, fmt.Errorf("train model: %w", ErrEmptyCorpus)
	}
	v, stream := encode(sentences)
	b, raw, err := count(ctx, stream, order)
	if err != nil {
		return nil, fmt.Errorf("train model: %w", err)
	}
	m, perm, err := b.canonical(order, v)
	if err != nil {
		return nil, fmt.Errorf("train model: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("train model: %w", err)
	}
	m.estimate(permute(raw, perm))
	m.linkStates()
	return m, nil
}

// count builds the trie of every n-gram up to order in stream, never across
// a </s>, with its raw counts, plus the unigram <unk>.
func count(ctx context.Context, stream []WordID, order int) (*builder, []int32, error) {
	b := newBuilder(len(stream) * 2)
	raw := make([]int32, 1, cap(b.parent))
	for i := range stream {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, fmt.Errorf("count n-grams: %w", err)
			}
		}
		n := int32(0)
		for _, w := range stream[i:min(i+order, len(stream))] {
			var added bool
			if n, added = b.add(n, w); added {
				raw = append(raw, 0)
			}
			raw[n]++
			if w == eos {
				break
			}
		}
	}
	if _, added := b.add(0, Unknown); added {
		raw = append(raw, 0)
	}
	return b, raw, nil
}
