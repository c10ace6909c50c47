/**
 * The bookmark (outline) titles of a PDF, in file order. Chromium writes each outline item as an
 * uncompressed object with `/Title (literal)` or `/Title <hex>`, so no inflating or font decoding
 * is needed: the titles are the text of the document's headings.
 */
export function pdfOutlineTitles(pdf: Buffer): string[] {
	const text = pdf.toString('latin1');
	const titles: string[] = [];
	for (const match of text.matchAll(/\/Title\s*(\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) {
		const raw = match[1] ?? '';
		titles.push(
			raw.startsWith('(') ? decodeLiteral(raw.slice(1, -1)) : decodeHex(raw.slice(1, -1)),
		);
	}
	return titles;
}

/** A PDF literal string: backslash escapes, octal codes, bytes as Latin-1 or UTF-16BE with BOM. */
function decodeLiteral(body: string): string {
	const escapes: Record<string, string> = {
		n: '\n',
		r: '\r',
		t: '\t',
		b: '\b',
		f: '\f',
		'(': '(',
		')': ')',
		'\\': '\\',
	};
	const bytes = body.replace(/\\([0-7]{1,3}|[\s\S])/g, (_all, code: string) =>
		/^[0-7]+$/.test(code) ? String.fromCharCode(parseInt(code, 8)) : (escapes[code] ?? code),
	);
	return fromPdfBytes(Buffer.from(bytes, 'latin1'));
}

function decodeHex(body: string): string {
	const hex = body.replace(/\s+/g, '');
	return fromPdfBytes(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
}

function fromPdfBytes(bytes: Buffer): string {
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	return bytes.toString('latin1');
}
