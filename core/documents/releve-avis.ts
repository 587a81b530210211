// Relevé d'avis de la séance (minutes): who sat, the quorum, the conflicts, every application with its
// mean and avis, the totals against the envelope and by lever, signed by the chair of the commission and
// dated of the session. A pure function of its data. Every heading stays with the lines that follow it.
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { roleTitle, type Civility } from '../domain/french-gender.ts';
import { formatEuros } from '../domain/money.ts';
import { COLORS, dataTable, framedDocument, keptWithNext, type DocumentFrame } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';
import { signatureBlock } from './page-flow.ts';

export type ReleveData = {
  session: { id: number; title: string; heldOn: string; place: string; callTitle: string };
  /** `role` and `attendance` already agreed with the member's civility ("Représentante du Département", "Présente"). */
  attendance: { name: string; civility: Civility; role: string; organisation: string; isPermanent: boolean; attendance: string; representedBy: string | null; isChair: boolean }[];
  quorumStatement: string;
  quorumReached: boolean;
  conflicts: { jurorName: string; target: string; type: string }[];
  rows: { position: number; providerName: string; title: string; leverNumber: number | null; requestedCents: number; mean: string | null; jurorsCounted: number; avis: string; proposedCents: number }[];
  totals: { envelopeCents: number; requestedCents: number; proposedCents: number; remainingCents: number; levers: { leverNumber: number | null; envelopeCents: number | null; proposedCents: number }[] };
  /** The chair of the session signs the minutes; none named leaves the line to be filled by hand. */
  chair: { name: string; civility: Civility } | null;
};

const heading = (text: string): ContentText => ({ text, style: 'h2' });

function attendanceTable(data: ReleveData): Content {
  return dataTable(
    ['Membre', 'Qualité', 'Organisme', 'Statut', 'Présence'],
    data.attendance.map((member) => [
      { text: member.isChair ? `${member.name} (${roleTitle('président', member.civility)})` : member.name, bold: member.isChair },
      member.role,
      member.organisation || '—',
      member.isPermanent ? 'Titulaire' : roleTitle('Suppléant', member.civility),
      member.representedBy ? `${member.attendance} par ${member.representedBy}` : member.attendance,
    ]),
    ['22%', '26%', '22%', '12%', '18%'],
  );
}

function applicationsTable(data: ReleveData): Content {
  return dataTable(
    ['N°', 'Prestataire', 'Action', 'Levier', 'Demandé', 'Moyenne /20', 'Avis', 'Proposé'],
    data.rows.map((row) => [
      String(row.position),
      row.providerName,
      row.title,
      row.leverNumber === null ? '—' : String(row.leverNumber),
      formatEuros(row.requestedCents),
      row.mean === null ? 'non noté' : `${row.mean} (${row.jurorsCounted})`,
      row.avis,
      formatEuros(row.proposedCents),
    ]),
    [18, '15%', '*', 34, 62, 60, 104, 62],
    { alignRight: [4, 5, 7] },
  );
}

function totalsTable(data: ReleveData): Content {
  const { totals } = data;
  const leverRows = totals.levers.map((lever) => [
    lever.leverNumber === null ? 'Sans levier' : `Levier ${lever.leverNumber}`,
    lever.envelopeCents === null ? '—' : formatEuros(lever.envelopeCents),
    formatEuros(lever.proposedCents),
    lever.envelopeCents === null ? '—' : formatEuros(lever.envelopeCents - lever.proposedCents),
  ]);
  const over = totals.remainingCents < 0;
  return dataTable(
    ['', 'Enveloppe', 'Proposé', 'Reste'],
    [
      ...leverRows,
      [
        { text: 'Total de l’appel', bold: true },
        { text: formatEuros(totals.envelopeCents), bold: true, alignment: 'right' },
        { text: formatEuros(totals.proposedCents), bold: true, alignment: 'right' },
        { text: formatEuros(totals.remainingCents), bold: true, alignment: 'right', color: over ? COLORS.warning : COLORS.ink },
      ],
    ],
    ['*', 90, 90, 90],
    { alignRight: [1, 2, 3] },
  );
}

export function releveAvisDocument(frame: Omit<DocumentFrame, 'title' | 'sessionLine' | 'generatedOn'>, data: ReleveData): TDocumentDefinitions {
  const { session } = data;
  const present = data.attendance.filter((member) => member.attendance.startsWith('Présent')).length;
  const signature = signatureBlock({ city: frame.organisation.city, signedOn: session.heldOn, heading: roleTitle('Le président de la commission', data.chair?.civility ?? ''), name: data.chair?.name ?? '' });
  const content: Content[] = [
    { text: `La Commission des actions d’insertion s’est réunie le ${formatLongDate(session.heldOn)}${session.place ? `, ${session.place}` : ''}, pour examiner ${plural(data.rows.length, 'dossier')} de l’appel « ${session.callTitle} ».` },
    keptWithNext(heading('Composition et présences')),
    attendanceTable(data),
    { text: `${plural(present, 'membre présent', 'membres présents')}. ${data.quorumStatement}`, margin: [0, 6, 0, 0], bold: true, color: data.quorumReached ? COLORS.ink : COLORS.warning },
    keptWithNext(heading('Conflits d’intérêts déclarés')),
    data.conflicts.length === 0
      ? { text: 'Aucun conflit d’intérêts n’a été déclaré.' }
      : dataTable(['Membre', 'Dossier ou prestataire', 'Nature'], data.conflicts.map((conflict) => [conflict.jurorName, conflict.target, conflict.type]), ['25%', '*', '25%']),
    data.conflicts.length === 0 ? { text: '' } : { text: 'Les membres concernés n’ont pas noté ces dossiers et ne sont pas comptés dans leurs moyennes.', style: 'small', margin: [0, 4, 0, 0] },
    keptWithNext(heading('Avis rendus')),
    applicationsTable(data),
    { text: 'Entre parenthèses : le nombre de membres dont la note est comptée.', style: 'small', margin: [0, 4, 0, 0] },
    // The totals (a row per lever of the pact: a few) and the signature that closes the minutes, on one page.
    { stack: [heading('Montants proposés au regard de l’enveloppe'), totalsTable(data), signature], unbreakable: true },
  ];
  // The minutes are the commission's act at its session: dated of it, as the signature is.
  return framedDocument(
    { ...frame, generatedOn: session.heldOn, title: 'Relevé d’avis de la séance', sessionLine: `${session.title} — séance du ${formatLongDate(session.heldOn)}`, pageOrientation: 'landscape' },
    content,
  );
}
