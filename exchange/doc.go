// Package exchange moves glossaries, translation memories and training data
// between files and the store, the same way for every caller: the command
// line, the desktop window and the defaults imported on first start. It
// reads each file format through its own package (tbx, termcsv, tmx) and
// writes through storage, in one transaction per import.
package exchange
