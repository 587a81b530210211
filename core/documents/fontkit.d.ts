// The part of fontkit (2.0.4, pdfkit's own font reader) the documents use; it ships no types.
declare module 'fontkit' {
  export type Font = { hasGlyphForCodePoint: (codePoint: number) => boolean };
  export function openSync(file: string): Font;
}
