package phrases

import "slices"

// countingSort stably orders ids (0..n-1 when nil) by key, which must lie in
// [0, buckets); the IDs of key k end up in sorted[start[k]:start[k+1]].
func countingSort(ids []int32, n, buckets int, key func(int32) int) (sorted []int32, start []int) {
	if ids == nil {
		ids = make([]int32, n)
		for i := range ids {
			ids[i] = int32(i)
		}
	}
	start = make([]int, buckets+1)
	for _, id := range ids {
		start[key(id)+1]++
	}
	for k := range buckets {
		start[k+1] += start[k]
	}
	next := slices.Clone(start[:buckets])
	sorted = make([]int32, len(ids))
	for _, id := range ids {
		k := key(id)
		sorted[next[k]] = id
		next[k]++
	}
	return sorted, start
}
