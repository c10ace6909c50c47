// Package pagination holds keyset (cursor) pagination's cursor format.
//
// keysetcursor.go: encode and decode the opaque cursor that names the last row
// served, ordered by (created_at DESC, id DESC), for the query
//
//	SELECT * FROM trips WHERE (created_at, id) < ($1, $2)
//	ORDER BY created_at DESC, id DESC LIMIT 21;  -- page size + 1 tells has_more
//
// What an interviewer probes: the cursor holds the sort key, not an offset, so
// rows inserted meanwhile never shift a page; the id breaks ties between equal
// timestamps; and the cursor is untrusted input (validated, optionally signed).
// The format is the TypeScript version's (src/reference/pagination/keyset.ts):
// base64url without padding of the JSON {"v":1,"c":createdAt,"i":id}, plus
// ".signature" when signed, so any of the handbook's languages decodes the others'.
// Encode writes the same bytes as JSON.stringify except for ids holding U+2028
// or U+2029, which Go's encoder escapes as \u2028 and \u2029: a different token
// that decodes to the same position everywhere.
package pagination

import (
	"bytes"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Position is the sort key of a row: Unix milliseconds, then id. CreatedAt is a
// whole number here; a cursor whose "c" has a fraction or exceeds 2^53 (where
// JavaScript numbers lose precision) is rejected as "shape".
type Position struct {
	CreatedAt int64
	ID        string
}

// InvalidCursorError says why a cursor was rejected; an API answers it with 400.
// Reason is "encoding", "version", "shape" or "signature", safe to show clients.
type InvalidCursorError struct{ Reason string }

func (e *InvalidCursorError) Error() string { return "invalid cursor (" + e.Reason + ")" }

const (
	cursorVersion   = 1
	maxCursorLength = 512
	// JSON numbers are float64 in JavaScript; beyond 2^53 they lose precision.
	maxSafeInteger    = 1<<53 - 1
	base64URLAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// Codec encodes and decodes cursors. The zero value makes unsigned cursors; set
// Sign (for example an HMAC-SHA256 of the token under a server secret) to sign them.
type Codec struct {
	Sign func(token string) string
}

// Encode returns the cursor for p.
func (c Codec) Encode(p Position) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // JSON.stringify leaves < > & as they are; so must we
	_ = enc.Encode(struct {
		V int    `json:"v"`
		C int64  `json:"c"`
		I string `json:"i"`
	}{cursorVersion, p.CreatedAt, p.ID}) // cannot fail for these field types
	token := base64.RawURLEncoding.EncodeToString(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	if c.Sign == nil {
		return token
	}
	return token + "." + c.Sign(token)
}

// Decode parses a cursor, returning *InvalidCursorError for garbage or tampering.
func (c Codec) Decode(cursor string) (Position, error) {
	if len(cursor) > maxCursorLength {
		return Position{}, &InvalidCursorError{"encoding"}
	}
	parts := strings.Split(cursor, ".")
	token := parts[0]
	if c.Sign != nil {
		// Constant-time comparison, so response timing does not leak the signature.
		if len(parts) != 2 || subtle.ConstantTimeCompare([]byte(parts[1]), []byte(c.Sign(token))) != 1 {
			return Position{}, &InvalidCursorError{"signature"}
		}
	} else if len(parts) != 1 {
		return Position{}, &InvalidCursorError{"encoding"}
	}
	// The decoder alone would skip '\r' and '\n'; the alphabet check refuses them.
	if token == "" || strings.TrimLeft(token, base64URLAlphabet) != "" {
		return Position{}, &InvalidCursorError{"encoding"}
	}
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || !utf8.Valid(raw) {
		return Position{}, &InvalidCursorError{"encoding"}
	}
	// UseNumber keeps a number out of float64's range (1e400) a parse success,
	// so it is rejected as "shape" below, as JSON.parse's Infinity is in TypeScript.
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var parsed interface{}
	if err := dec.Decode(&parsed); err != nil {
		return Position{}, &InvalidCursorError{"encoding"}
	}
	if _, err := dec.Token(); err != io.EOF { // nothing may follow the value
		return Position{}, &InvalidCursorError{"encoding"}
	}
	fields, ok := parsed.(map[string]interface{})
	if !ok {
		return Position{}, &InvalidCursorError{"shape"}
	}
	if v, ok := finiteNumber(fields["v"]); !ok || v != cursorVersion {
		return Position{}, &InvalidCursorError{"version"}
	}
	createdAt, okC := finiteNumber(fields["c"])
	id, okI := fields["i"].(string)
	if !okC || !okI || createdAt != math.Trunc(createdAt) || math.Abs(createdAt) > maxSafeInteger {
		return Position{}, &InvalidCursorError{"shape"}
	}
	return Position{CreatedAt: int64(createdAt), ID: id}, nil
}

// finiteNumber reads a JSON number that fits a float64; anything else is false.
func finiteNumber(value interface{}) (float64, bool) {
	n, ok := value.(json.Number)
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(n), 64)
	return f, err == nil
}
