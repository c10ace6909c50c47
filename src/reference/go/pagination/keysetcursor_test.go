package pagination

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"testing"
)

// Cursors printed by encodeCursor in src/reference/pagination/keyset.ts.
const (
	tsCursor       = "eyJ2IjoxLCJjIjoxNzAwMDAwMDAwMTIzLCJpIjoidHJpcF_DqS8rPzwmPiJ9" // {1700000000123, "trip_é/+?<&>"}
	tsSignedCursor = "eyJ2IjoxLCJjIjo1MDAwLCJpIjoidDA1In0.10tl9qj"                  // {5000, "t05"}, toySign
)

// toySign is the keyset test's toy keyed signature (FNV-1a over "secret:"+token,
// base 36); production code uses HMAC-SHA256 with a server secret.
func toySign(token string) string {
	h := uint32(2166136261)
	for _, unit := range "secret:" + token { // the token is ASCII, so runes are UTF-16 units
		h = (h ^ uint32(unit)) * 16777619
	}
	return strconv.FormatUint(uint64(h), 36)
}

func reasonOf(err error) string {
	var invalid *InvalidCursorError
	if errors.As(err, &invalid) {
		return invalid.Reason
	}
	return ""
}

func TestDecodesACursorMadeByTheTypeScriptVersion(t *testing.T) {
	p, err := Codec{}.Decode(tsCursor)
	if err != nil || p != (Position{1_700_000_000_123, "trip_é/+?<&>"}) {
		t.Fatalf("Decode = %+v, %v", p, err)
	}
	p, err = Codec{Sign: toySign}.Decode(tsSignedCursor)
	if err != nil || p != (Position{5_000, "t05"}) {
		t.Fatalf("signed Decode = %+v, %v", p, err)
	}
}

func TestEncodesTheSameBytesAsTheTypeScriptVersion(t *testing.T) {
	if got := (Codec{}).Encode(Position{1_700_000_000_123, "trip_é/+?<&>"}); got != tsCursor {
		t.Fatalf("Encode = %s, want %s", got, tsCursor)
	}
	if got := (Codec{Sign: toySign}).Encode(Position{5_000, "t05"}); got != tsSignedCursor {
		t.Fatalf("signed Encode = %s, want %s", got, tsSignedCursor)
	}
}

func TestRoundTripsThroughAnOpaqueURLSafeToken(t *testing.T) {
	p := Position{-42, "ü. \"quoted\" \\ 😀"}
	cursor := Codec{}.Encode(p)
	if strings.Trim(cursor, base64URLAlphabet) != "" {
		t.Fatalf("%q has characters outside base64url", cursor)
	}
	if got, err := (Codec{}).Decode(cursor); err != nil || got != p {
		t.Fatalf("round trip = %+v, %v", got, err)
	}
}

func TestRejectsGarbageAsEncoding(t *testing.T) {
	for _, bad := range []string{"", "not a cursor!", "!!!!", strings.Repeat("x", 600), "eyJ2Ijox\nfQ", tsCursor + "=", tsCursor + ".sig", "/w", base64.RawURLEncoding.EncodeToString([]byte(`{"v":1,"c":1,"i":"a"} {}`))} {
		if _, err := (Codec{}).Decode(bad); reasonOf(err) != "encoding" {
			t.Errorf("Decode(%.20q) = %v, want reason encoding", bad, err)
		}
	}
}

func TestRejectsAWrongVersionOrShape(t *testing.T) {
	b64 := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	cases := map[string]string{
		`{"v":2,"c":1,"i":"a"}`:     "version",
		`{"c":1,"i":"a"}`:           "version",
		`{"v":1,"c":1}`:             "shape",
		`{"v":1,"c":"1","i":"a"}`:   "shape",
		`{"v":1,"c":1.5,"i":"x"}`:   "shape", // whole milliseconds only
		`{"v":1,"c":1e300,"i":"x"}`: "shape",
		`{"v":1,"c":1e400,"i":"x"}`: "shape", // JSON.parse: Infinity
		`{"v":1e400,"c":1,"i":"x"}`: "version",
		`[1]`:                       "shape",
		`null`:                      "shape",
		`{}`:                        "version",
	}
	for payload, want := range cases {
		if _, err := (Codec{}).Decode(b64(payload)); reasonOf(err) != want {
			t.Errorf("%s: got %v, want reason %s", payload, err, want)
		}
	}
}

func TestRejectsATamperedOrUnsignedCursorWhenSigning(t *testing.T) {
	signer := Codec{Sign: toySign}
	signature := strings.Split(signer.Encode(Position{5_000, "t05"}), ".")[1]
	forged := Codec{}.Encode(Position{9_999_999, "t99"}) + "." + signature
	for _, bad := range []string{forged, Codec{}.Encode(Position{5_000, "t05"}), tsSignedCursor + ".x"} {
		if _, err := signer.Decode(bad); reasonOf(err) != "signature" {
			t.Errorf("Decode(%s) = %v, want reason signature", bad, err)
		}
	}
}
