// Reading one cell or one CSV file's bytes: the French ways of writing values, and the traps of the
// tools that produced the file (Excel's numbers, Node's Windows-1252).
import { describe, expect, it } from 'vitest';
import { cellCode, cellCount, cellDate, cellEuros, cellYesNo } from '../../core/service/imports/cell-values.ts';
import { decodeCsv, detectSeparator } from '../../core/service/imports/read-csv.ts';

describe('import cells', () => {
  it('an Excel number of euros becomes exact cents; a third decimal is refused', () => {
    expect(cellEuros(12345.67)).toEqual({ ok: true, value: 1_234_567 });
    expect(cellEuros(0.1)).toEqual({ ok: true, value: 10 });
    expect(cellEuros('12 345,67 €')).toEqual({ ok: true, value: 1_234_567 });
    expect(cellEuros(1.005)).toMatchObject({ ok: false, message: expect.stringContaining('deux décimales au plus') });
    expect(cellEuros('  ')).toEqual({ ok: true, value: null });
  });

  it('codes Excel turned into numbers get their leading zeros back', () => {
    expect(cellCode(5000, 5)).toBe('05000');
    expect(cellCode(299123456, 10)).toBe('0299123456');
    expect(cellCode(' 35000 ', 5)).toBe('35000');
  });

  it('dates come as text jj/mm/aaaa, as Excel dates or as Excel serials; impossible ones are refused', () => {
    expect(cellDate('08/01/2018')).toEqual({ ok: true, value: '2018-01-08' });
    expect(cellDate(new Date(Date.UTC(2018, 0, 8)))).toEqual({ ok: true, value: '2018-01-08' });
    expect(cellDate(43108)).toEqual({ ok: true, value: '2018-01-08' });
    expect(cellDate('31/02/2018')).toEqual({ ok: false, message: 'Date impossible : « 31/02/2018 ».' });
  });

  it('counts are whole; yes and no are read in French', () => {
    expect(cellCount('1 200')).toEqual({ ok: true, value: 1200 });
    expect(cellCount('12,5')).toMatchObject({ ok: false, message: 'Nombre entier attendu : « 12,5 ».' });
    expect([cellYesNo('Oui'), cellYesNo('NON'), cellYesNo('x')]).toEqual([{ ok: true, value: true }, { ok: true, value: false }, { ok: true, value: true }]);
    expect(cellYesNo('peut-être')).toMatchObject({ ok: false });
  });
});

describe('CSV bytes', () => {
  it('Windows-1252 bytes 0x80–0x9F are the typographic characters, not control codes', () => {
    // "L’€ « œuvre » – 3…" as French Excel saves it.
    const bytes = Uint8Array.from([0x4c, 0x92, 0x80, 0x20, 0xab, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0xbb, 0x20, 0x96, 0x20, 0x33, 0x85]);
    expect(decodeCsv(bytes)).toEqual({ text: 'L’€ « œuvre » – 3…', encoding: 'windows-1252' });
  });

  it('a BOM settles UTF-8, and valid UTF-8 without one is UTF-8', () => {
    const text = 'Intitulé;Résumé';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(utf8)).toEqual({ text, encoding: 'utf-8' });
  });

  it('the separator is read on the header line, outside quotes', () => {
    expect(detectSeparator('Nom;Ville\r\n"a,b,c";d')).toBe(';');
    expect(detectSeparator('Nom,Ville,"Précision; autre"\r\na;b;c;d;e')).toBe(',');
    expect(detectSeparator('"Montant, en euros";Nom\n')).toBe(';');
    expect(detectSeparator('Nom\n')).toBe(';');
  });
});
