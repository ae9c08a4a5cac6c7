package storage

import (
	"context"
	"fmt"
)

// Size returns the bytes the database's pages take, including pages still in the write-ahead log.
func (s *Store) Size(ctx context.Context) (int64, error) {
	var pages, pageSize int64
	if err := s.db.QueryRowContext(ctx, `SELECT page_count, page_size FROM pragma_page_count(), pragma_page_size()`).
		Scan(&pages, &pageSize); err != nil {
		return 0, fmt.Errorf("measure database size: %w", err)
	}
	return pages * pageSize, nil
}
