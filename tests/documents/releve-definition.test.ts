// The relevé's definition is a pure function of its data: tested on its content without rendering.
import { describe, expect, it } from 'vitest';
import { releveAvisDocument, type ReleveData } from '../../core/documents/releve-avis.ts';

const data: ReleveData = {
  session: { id: 3, title: 'CAI de décembre', heldOn: '2017-12-15', place: 'Salle du conseil', callTitle: 'Appel à projets 2018' },
  attendance: [{ name: 'Agnès Martin', civility: '', role: 'Responsable des dispositifs d’insertion', organisation: 'CCAS', isPermanent: true, attendance: 'Présent', representedBy: null, isChair: true }],
  quorumStatement: 'Quorum atteint : 1 membre titulaire présent ou représenté sur 1 (1 requis).',
  quorumReached: true,
  conflicts: [],
  rows: [{ position: 1, providerName: 'Mobiliclés', title: 'Vélo-école', leverNumber: 6, requestedCents: 1_234_567, mean: '12,35', jurorsCounted: 4, avis: 'Favorable', proposedCents: 1_000_000 }],
  totals: { envelopeCents: 42_000_000, requestedCents: 1_234_567, proposedCents: 1_000_000, remainingCents: 41_000_000, levers: [{ leverNumber: 6, envelopeCents: null, proposedCents: 1_000_000 }] },
  chair: null,
};

const frame = { organisation: { name: 'CCAS de Rennes', department: '', address: '', postalCode: '', city: '', logoDataUrl: null }, reference: 'CAI-2017-12-15-S3-RELEVE', generatedOn: '2017-12-15', dataSha256: 'a'.repeat(64) };

describe('relevé d’avis definition', () => {
  const definition = releveAvisDocument(frame, data);
  const text = JSON.stringify(definition.content);

  it('writes amounts with no-break spaces and never the narrow one the font lacks', () => {
    expect(text).toContain('12\u00A0345,67\u00A0€');
    expect(text).not.toContain('\u202F');
  });

  it('dates the session the French way and states the quorum', () => {
    expect(text).toContain('le 15 décembre 2017, Salle du conseil');
    expect(text).toContain('Quorum atteint');
  });

  it('repeats the header of long tables on each page and never splits a row', () => {
    // The totals table sits in the block that keeps it with the signature: tables are looked for at any depth.
    type Node = { table?: { headerRows: number; dontBreakRows: boolean }; stack?: Node[] };
    const tablesIn = (nodes: Node[]): Node[] => nodes.flatMap((node) => (node.table ? [node] : node.stack ? tablesIn(node.stack) : []));
    const tables = tablesIn(definition.content as Node[]);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const item of tables) expect(item.table).toMatchObject({ headerRows: 1, dontBreakRows: true });
  });

  it('prints the fingerprint and the page numbers in the footer', () => {
    const footer = definition.footer as (page: number, pages: number) => unknown;
    const printed = JSON.stringify(footer(2, 5));
    expect(printed).toContain('Empreinte AAAA AAAA AAAA AAAA');
    expect(printed).toContain('Page 2 / 5');
  });
});
