// The attachments of the demo applications: one-page PDFs that say they are fictional. Written by hand
// (a few objects and their cross-reference table) because the demo loads in one synchronous
// transaction, where the app's PDF renderer, which streams, cannot run.

/** Windows-1252 codes of the characters outside Latin-1 that French text uses (Helvetica's WinAnsiEncoding). */
const WIN_ANSI: Readonly<Record<string, number>> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c };

/** A PDF string literal in WinAnsiEncoding: parentheses and backslashes escaped, anything unknown as "?". */
function pdfString(text: string): Buffer {
  const bytes: number[] = [0x28];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0x3f;
    const byte = WIN_ANSI[char] ?? (code >= 0x20 && code <= 0xff && !(code >= 0x7f && code < 0xa0) ? code : 0x3f);
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) bytes.push(0x5c);
    bytes.push(byte);
  }
  bytes.push(0x29);
  return Buffer.from(bytes);
}

/** One A4 page: a title, then lines of text; Helvetica, no image, deterministic bytes. */
export function demoPiecePdf(title: string, lines: readonly string[]): Buffer {
  const text: Buffer[] = [Buffer.from('BT /F1 16 Tf 56 770 Td '), pdfString(title), Buffer.from(' Tj /F1 11 Tf 0 -30 Td 15 TL')];
  for (const line of lines) text.push(Buffer.from(' '), pdfString(line), Buffer.from(" '"));
  text.push(Buffer.from(' ET'));
  const stream = Buffer.concat(text);
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `)].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
