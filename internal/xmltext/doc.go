// Package xmltext is what the XML translation formats (TMX, TBX) share:
// reading a document in UTF-8 or UTF-16 whatever its declaration says, and
// escaping text and attribute values when writing one.
package xmltext
