// Avis technique: what the commission tells a provider about one application — the action, the pact
// objectives it serves, the jury's result, the avis and the amount proposed, signed by the chair of the
// commission and dated of the session. A pure function of its data. The jury's result is collective
// only: means, counts, never a juror. A usual avis (a few lines of text) holds on one page.
import type { Content, ContentTable, ContentText, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatSiret } from '../domain/identifiers.ts';
import { FUNDING_AVIS, type AvisKind } from '../domain/jury/avis.ts';
import { formatScore } from '../domain/jury/results.ts';
import { roleTitle, type Civility } from '../domain/french-gender.ts';
import { formatEuros } from '../domain/money.ts';
import { COLORS, dataTable, framedDocument, type DocumentFrame } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';
import { KEEP_LIMIT_CHARS, endingWithSignature, headingWithText, paragraph, paragraphTexts, signatureBlock, splitTail } from './page-flow.ts';

export type AvisTechniqueData = {
  session: { id: number; title: string; heldOn: string; callTitle: string };
  application: { id: number; position: number; title: string; summary: string; requestedCents: number; startsOn: string | null; endsOn: string | null; expectedParticipants: number };
  provider: { name: string; siret: string | null };
  /** The primary objective first. */
  objectives: { leverNumber: number; leverTitle: string; code: string; title: string; isPrimary: boolean }[];
  result: {
    /** On 20; null when no juror's sheet was counted. */
    mean: number | null;
    jurorsCounted: number;
    /** Jurors who withdrew for a conflict of interest: they did not score this application. */
    conflictedCount: number;
    /** In the grid's order, each mean on the criterion's own scale. */
    criteria: { label: string; weight: number; scaleMin: number; scaleMax: number; mean: number | null; count: number }[];
  };
  avis: { kind: AvisKind; label: string; conditions: string; reasons: string; motivation: string; proposedCents: number };
  /** Signs the avis; the heading agrees with the civility ("La présidente de la commission"). */
  chair: { name: string; civility: Civility } | null;
};

export const AVIS_TECHNIQUE_TITLE = 'Avis technique';

/** Headings tighter than the shared style, so that a usual avis holds on one page. */
const heading = (text: string): ContentText => ({ text, style: 'h2', fontSize: 11, margin: [0, 6, 0, 2] });
const subheading = (text: string): ContentText => ({ text, bold: true, margin: [0, 4, 0, 1] });

/** The shared data table, in a smaller type and with tighter rows (the frame's rules and repeated header kept). */
function compactTable(...args: Parameters<typeof dataTable>): Content {
  const table = dataTable(...args) as ContentTable;
  return { ...table, fontSize: 8.5, layout: { ...(table.layout as CustomTableLayout), paddingTop: () => 1.5, paddingBottom: () => 1 } };
}

const label = (text: string): { text: string; color: string } => ({ text, color: COLORS.muted });

function period(application: AvisTechniqueData['application']): string | null {
  const { startsOn, endsOn } = application;
  if (startsOn && endsOn) return `du ${formatLongDate(startsOn)} au ${formatLongDate(endsOn)}`;
  if (startsOn) return `à partir du ${formatLongDate(startsOn)}`;
  if (endsOn) return `jusqu’au ${formatLongDate(endsOn)}`;
  return null;
}

/** The file as a form reads, two facts a line: who, what, how much, when; led by its place on the agenda. */
function applicationBlock(data: AvisTechniqueData): Content {
  const { application, provider, session } = data;
  const when = period(application);
  // « position » is feminine: 1re, 2e…
  const rank = application.position === 1 ? '1re' : `${application.position}e`;
  const body: TableCell[][] = [
    [label('Prestataire'), { text: provider.name, bold: true }, label('SIRET'), provider.siret ? formatSiret(provider.siret) : 'non renseigné'],
    [label('Action'), { text: application.title, bold: true, colSpan: 3 }, '', ''],
    [
      label('Montant demandé'),
      formatEuros(application.requestedCents),
      label('Participants attendus'),
      application.expectedParticipants > 0 ? plural(application.expectedParticipants, 'personne') : 'non précisé',
    ],
    ...(when ? [[label('Période'), { text: when, colSpan: 3 }, '', ''] as TableCell[]] : []),
  ];
  return {
    unbreakable: true,
    stack: [
      { text: `Dossier n° ${application.id}, examiné en ${rank} position de l’ordre du jour, au titre de l’appel « ${session.callTitle} ».`, margin: [0, 0, 0, 4] },
      { table: { widths: [82, '*', 100, 110], body }, layout: { defaultBorder: false, paddingLeft: () => 0, paddingTop: () => 1, paddingBottom: () => 1 } },
    ],
  };
}

/** The objectives grouped under their lever (a lever's title once, however many of its objectives are aimed at), the primary first. */
function objectivesBlock(data: AvisTechniqueData): Content {
  const title = heading('Objectifs du pacte visés');
  if (data.objectives.length === 0) return { stack: [title, { text: 'Le dossier ne désigne aucun objectif du pacte.', italics: true }], unbreakable: true };
  const levers = new Map<number, AvisTechniqueData['objectives']>();
  for (const objective of data.objectives) levers.set(objective.leverNumber, [...(levers.get(objective.leverNumber) ?? []), objective]);
  const lines = [...levers.values()].flatMap(([first, ...others]): Content[] => {
    if (!first) return [];
    return [
      { text: [{ text: `Levier ${first.leverNumber}`, bold: true }, first.leverTitle ? ` — ${first.leverTitle}` : ''], margin: [0, 1, 0, 0] },
      ...[first, ...others].map((objective): Content => ({
        text: [{ text: `${objective.code} `, bold: true }, objective.title, objective.isPrimary ? { text: ' (objectif principal)', color: COLORS.accent } : ''],
        margin: [12, 0, 0, 0],
      })),
    ];
  });
  return { stack: [title, { stack: lines, fontSize: 9 }], unbreakable: true };
}

function summaryBlock(summary: string): Content[] {
  const texts = paragraphTexts(summary);
  if (texts.length === 0) return [{ stack: [heading('Présentation de l’action'), { text: 'Le dossier ne présente pas de résumé de l’action.', italics: true }], unbreakable: true }];
  return headingWithText(heading('Présentation de l’action'), texts);
}

/** The heading, the mean, the conflicts and the criteria: one block, at most a grid's length (about 20 rows). */
function resultBlock(data: AvisTechniqueData): Content {
  const { result } = data;
  const headline: Content =
    result.mean === null
      ? { text: 'Aucune note n’a été comptée pour ce dossier.', bold: true }
      : {
          text: [
            'Moyenne du jury : ',
            { text: `${formatScore(result.mean)} / 20`, bold: true, fontSize: 12, color: COLORS.accent },
            `, sur les notes de ${plural(result.jurorsCounted, 'membre')} du jury.`,
          ],
        };
  const conflicts: Content = {
    text:
      result.conflictedCount === 0
        ? 'Aucun membre du jury ne s’est retiré pour conflit d’intérêts sur ce dossier.'
        : `${plural(result.conflictedCount, 'membre')} du jury ${result.conflictedCount > 1 ? 'se sont retirés' : 's’est retiré'} pour conflit d’intérêts : ${result.conflictedCount > 1 ? 'ils n’ont' : 'il n’a'} pas noté ce dossier.`,
    margin: [0, 0, 0, 3],
  };
  const criteria = compactTable(
    ['Critère de la grille', 'Coefficient', 'Échelle', 'Notes', 'Moyenne'],
    result.criteria.map((criterion): TableCell[] => [
      criterion.label,
      String(criterion.weight).replace('.', ','),
      `${criterion.scaleMin} à ${criterion.scaleMax}`,
      String(criterion.count),
      criterion.mean === null ? { text: '—', alignment: 'right' } : { text: formatScore(criterion.mean), bold: true, alignment: 'right' },
    ]),
    ['*', 54, 46, 34, 50],
    { alignRight: [1, 2, 3, 4] },
  );
  const note: Content = { text: 'Moyenne de chaque critère sur sa propre échelle ; « Notes » : notes comptées (un critère jugé non applicable ne l’est pas).', style: 'small', margin: [0, 2, 0, 0] };
  return { stack: [heading('Résultat de la notation du jury'), headline, conflicts, criteria, note], unbreakable: true };
}

/** The avis set off beside the amount. */
function avisHead(data: AvisTechniqueData): Content {
  const { avis, application } = data;
  const funded = FUNDING_AVIS.has(avis.kind);
  const box: Content = {
    table: { widths: ['*'], body: [[{ text: avis.label, bold: true, fontSize: 13, color: funded ? COLORS.accent : COLORS.warning, margin: [6, 3, 6, 3] }]] },
    layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, hLineColor: () => COLORS.rule, vLineColor: () => COLORS.rule },
  };
  const amounts: Content = funded
    ? {
        table: {
          widths: ['*', 'auto'],
          body: [
            // The label drops to the baseline of the larger amount beside it.
            [{ ...label('Montant proposé'), margin: [0, 2, 0, 0] }, { text: formatEuros(avis.proposedCents), bold: true, fontSize: 12, alignment: 'right' }],
            [label('Montant demandé'), { text: formatEuros(application.requestedCents), alignment: 'right' }],
          ],
        },
        layout: { defaultBorder: false, paddingTop: () => 1, paddingBottom: () => 1 },
      }
    : { text: 'Aucun financement n’est proposé pour cette action.', bold: true, margin: [0, 6, 0, 0] };
  return { stack: [heading('Avis de la commission'), { columns: [{ width: '*', stack: [box] }, { width: 230, stack: [amounts] }], columnGap: 16 }], unbreakable: true };
}

/** What the provider must know (conditions or reasons), then the motivation: each a title and its paragraphs. */
function avisTexts(data: AvisTechniqueData): { title: string; texts: string[] }[] {
  const { avis } = data;
  const parts = [
    { title: avis.kind === 'favorable_sous_reserve' ? 'Sous réserve de' : 'Conditions', texts: paragraphTexts(avis.conditions) },
    { title: avis.kind === 'ajourne' ? 'Motifs de l’ajournement' : avis.kind === 'defavorable' ? 'Motifs de l’avis défavorable' : 'Motifs', texts: paragraphTexts(avis.reasons) },
    { title: 'Motivation', texts: paragraphTexts(avis.motivation) },
  ];
  return parts.filter((part) => part.texts.length > 0);
}

/**
 * The avis, its texts and the signature: the signature travels with the last lines before it (the
 * last paragraph, or the last sentences of a paragraph too long to be kept whole), never alone.
 */
function avisBlock(data: AvisTechniqueData, signature: Content): Content[] {
  const parts = avisTexts(data);
  const last = parts.pop();
  const blocks: Content[] = [avisHead(data), ...parts.flatMap((part) => headingWithText(subheading(part.title), part.texts))];
  if (!last) return endingWithSignature(blocks, signature);
  const final = last.texts.at(-1) ?? '';
  const { head, tail } = splitTail(final, KEEP_LIMIT_CHARS);
  const flowing = [...last.texts.slice(0, -1), ...(head ? [head] : [])];
  if (flowing.length === 0) return [...blocks, { stack: [subheading(last.title), paragraph(tail), signature], unbreakable: true }];
  return [...blocks, ...headingWithText(subheading(last.title), flowing), { stack: [paragraph(tail), signature], unbreakable: true }];
}

export function avisTechniqueDocument(frame: Omit<DocumentFrame, 'title' | 'sessionLine' | 'pageOrientation' | 'generatedOn'>, data: AvisTechniqueData): TDocumentDefinitions {
  const { session } = data;
  // The commission gives its avis at the session: the document is dated of it, as its signature is.
  const signature = signatureBlock({ city: frame.organisation.city, signedOn: session.heldOn, heading: roleTitle('Le président de la commission', data.chair?.civility ?? ''), name: data.chair?.name ?? '' });
  const content: Content[] = [applicationBlock(data), objectivesBlock(data), ...summaryBlock(data.application.summary), resultBlock(data), ...avisBlock(data, signature)];
  return framedDocument(
    { ...frame, generatedOn: session.heldOn, title: AVIS_TECHNIQUE_TITLE, sessionLine: `${session.title} — séance du ${formatLongDate(session.heldOn)}`, pageOrientation: 'portrait' },
    content,
  );
}
