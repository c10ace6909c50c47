import base64
import hashlib
import hmac
import unittest
from dataclasses import dataclass

from pagination.keyset_cursor import (
    CursorPosition,
    InvalidCursorError,
    decode_cursor,
    encode_cursor,
    paginate,
)


@dataclass(frozen=True)
class Trip:
    created_at: int
    id: str


def sign(token):
    return hmac.new(b"test-secret", token.encode(), hashlib.sha256).hexdigest()


# Ten trips t01..t10 one second apart, plus t00 sharing t05's timestamp.
TRIPS = [Trip(1_000 * i, f"t{i:02}") for i in range(1, 11)]
TRIPS.append(Trip(5_000, "t00"))


def walk(limit, signer=None):
    pages, after = [], None
    while True:
        page = paginate(TRIPS, limit, after, signer)
        pages.append([trip.id for trip in page.items])
        if page.next_cursor is None:
            return pages
        after = page.next_cursor


class CursorFormatTest(unittest.TestCase):
    def test_decodes_a_cursor_made_by_the_typescript_code(self):
        # encodeCursor({ createdAt: Date.parse('2026-11-20T08:14:03Z'),
        # id: 'trp_81' }) in src/reference/pagination/keyset.ts.
        cursor = "eyJ2IjoxLCJjIjoxNzk1MTYyNDQzMDAwLCJpIjoidHJwXzgxIn0"
        position = CursorPosition(1_795_162_443_000, "trp_81")
        self.assertEqual(decode_cursor(cursor), position)
        self.assertEqual(encode_cursor(position), cursor)

    def test_encodes_non_ascii_and_escapes_byte_for_byte_like_typescript(self):
        cases = {
            "eyJ2IjoxLCJjIjoxNzAwMDAwMDAwMTIzLCJpIjoidHJpcF_DqS8rPyJ9": (
                CursorPosition(1_700_000_000_123, "trip_\u00e9/+?")
            ),
            "eyJ2IjoxLCJjIjoxLjUsImkiOiJhXCJiXFxjXG4ifQ": (
                CursorPosition(1.5, 'a"b\\c\n')
            ),
        }
        for cursor, position in cases.items():
            self.assertEqual(encode_cursor(position), cursor)
            self.assertEqual(decode_cursor(cursor), position)

    def test_rejects_garbage_with_a_reason(self):
        def token(json_text):
            raw = base64.urlsafe_b64encode(json_text.encode()).decode()
            return raw.rstrip("=")

        cases = {
            "": "encoding",
            "not base64!": "encoding",
            "abcde": "encoding",
            token("{"): "encoding",
            token('{"v":1,"c":NaN,"i":"x"}'): "encoding",
            token("[1,2]"): "shape",
            token('{"v":2,"c":1,"i":"x"}'): "version",
            token('{"v":true,"c":1,"i":"x"}'): "version",
            token('{"v":1,"c":"1","i":"x"}'): "shape",
            token('{"v":1,"c":true,"i":"x"}'): "shape",
            token('{"v":1,"c":1,"i":7}'): "shape",
            token('{"v":1,"c":1,"i":"x"}') + ".sig": "encoding",
            "a" * 513: "encoding",
            # Standard-alphabet characters and padding are not base64url.
            "eyJ2IjoxLCJjIjoxLCJpIjoiYS8_In0".replace("_", "/"): "encoding",
            "eyJ2IjoxLCJjIjoxLCJpIjoieCJ9==": "encoding",
            # Beyond a float: JSON.parse reads Infinity.
            token('{"v":1,"c":1' + "0" * 330 + ',"i":"x"}'): "shape",
        }
        for cursor, reason in cases.items():
            with self.subTest(cursor=cursor[:40]):
                with self.assertRaises(InvalidCursorError) as caught:
                    decode_cursor(cursor)
                self.assertEqual(caught.exception.reason, reason)

    def test_signed_cursor_round_trips_and_tampering_is_caught(self):
        cursor = encode_cursor(CursorPosition(5, "t05"), sign)
        self.assertEqual(decode_cursor(cursor, sign), CursorPosition(5, "t05"))
        signature = cursor[cursor.index("."):]
        forged = encode_cursor(CursorPosition(9, "t09")) + signature
        for bad in (forged, cursor.split(".")[0], cursor + ".x"):
            with self.assertRaises(InvalidCursorError) as caught:
                decode_cursor(bad, sign)
            self.assertEqual(caught.exception.reason, "signature")


class PaginateTest(unittest.TestCase):
    def test_pages_newest_first_with_ties_broken_by_id(self):
        self.assertEqual(
            walk(4),
            [
                ["t10", "t09", "t08", "t07"],
                ["t06", "t05", "t00", "t04"],
                ["t03", "t02", "t01"],
            ],
        )

    def test_a_page_boundary_between_equal_timestamps_loses_nothing(self):
        pages = walk(6)  # the boundary falls between t05 and t00
        self.assertEqual(pages[0][-1], "t05")
        self.assertEqual(pages[1][0], "t00")
        flat = [trip_id for page in pages for trip_id in page]
        self.assertCountEqual(flat, [trip.id for trip in TRIPS])

    def test_rows_inserted_between_requests_do_not_shift_the_next_page(self):
        first = paginate(TRIPS, 3)
        newer = TRIPS + [Trip(99_000, "t99")]
        second = paginate(newer, 3, first.next_cursor)
        self.assertEqual([t.id for t in second.items], ["t07", "t06", "t05"])

    def test_last_page_has_no_cursor(self):
        page = paginate(TRIPS, 11)
        self.assertEqual(len(page.items), 11)
        self.assertFalse(page.has_more)
        self.assertIsNone(page.next_cursor)

    def test_signed_pages_walk_the_same_rows(self):
        self.assertEqual(walk(4, sign), walk(4))

    def test_validates_the_page_size(self):
        for limit in (0, 101, 2.5, True):
            with self.assertRaisesRegex(ValueError, "from 1 to 100, got"):
                paginate(TRIPS, limit)


if __name__ == "__main__":
    unittest.main()
