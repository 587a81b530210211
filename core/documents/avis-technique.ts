// Avis technique: what the commission tells a provider about one application — the action, the pact
// objectives it serves, the jury's result, the avis and the amount proposed, signed by the chair.
// A pure function of its data. The jury's result is collective only: means, counts, never a juror.
import type { Content, ContentTable, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatSiret } from '../domain/identifiers.ts';
import { FUNDING_AVIS, type AvisKind } from '../domain/jury/avis.ts';
import { formatScore } from '../domain/jury/results.ts';
import { formatEuros } from '../domain/money.ts';
import { COLORS, dataTable, framedDocument, type DocumentFrame } from './document-frame.ts';
import { formatLongDate, plural } from './french-text.ts';

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
  chair: { name: string } | null;
};

export const AVIS_TECHNIQUE_TITLE = 'Avis technique';

/** Headings a little tighter than the shared style: an avis holds on one page when its texts are short. */
const heading = (text: string): Content => ({ text, style: 'h2', margin: [0, 8, 0, 3] });

/** The shared data table with tighter rows (the frame's rules and repeated header kept). */
function compactTable(...args: Parameters<typeof dataTable>): Content {
  const table = dataTable(...args) as ContentTable;
  return { ...table, layout: { ...(table.layout as CustomTableLayout), paddingTop: () => 1.5, paddingBottom: () => 1.5 } };
}

const label = (text: string): { text: string; color: string } => ({ text, color: COLORS.muted });

function period(application: AvisTechniqueData['application']): string | null {
  const { startsOn, endsOn } = application;
  if (startsOn && endsOn) return `du ${formatLongDate(startsOn)} au ${formatLongDate(endsOn)}`;
  if (startsOn) return `à partir du ${formatLongDate(startsOn)}`;
  if (endsOn) return `jusqu’au ${formatLongDate(endsOn)}`;
  return null;
}

/** The file as a form reads, two facts a line: who, what, how much, when. */
function applicationBlock(data: AvisTechniqueData): Content {
  const { application, provider } = data;
  const when = period(application);
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
  return { table: { widths: [82, '*', 100, 110], body }, layout: { defaultBorder: false, paddingLeft: () => 0, paddingTop: () => 1, paddingBottom: () => 1 } };
}

function objectivesBlock(data: AvisTechniqueData): Content {
  if (data.objectives.length === 0) return { text: 'Le dossier ne désigne aucun objectif du pacte.', italics: true };
  return compactTable(
    ['Levier du pacte', 'Objectif opérationnel visé'],
    data.objectives.map((objective): TableCell[] => [
      { text: [{ text: `Levier ${objective.leverNumber}`, bold: true }, objective.leverTitle ? ` — ${objective.leverTitle}` : ''] },
      { text: [{ text: `${objective.code} `, bold: true }, objective.title, objective.isPrimary ? { text: ' (objectif principal)', color: COLORS.accent } : ''] },
    ]),
    ['40%', '*'],
  );
}

/** Blank lines separate paragraphs; single line breaks are kept inside them. */
function paragraphTexts(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function paragraphs(text: string): Content[] {
  return paragraphTexts(text).map((paragraph): Content => ({ text: paragraph, margin: [0, 0, 0, 4], alignment: 'justify' }));
}

/** A heading never ends a page alone: it travels with the first lines that follow it (when they are short). */
function keptWithHeading(title: Content, body: Content[], firstLength: number): Content[] {
  const [first, ...rest] = body;
  if (!first) return [title];
  return firstLength <= 700 ? [{ stack: [title, first], unbreakable: true }, ...rest] : [title, first, ...rest];
}

function summaryBlock(summary: string): Content[] {
  const body = paragraphs(summary);
  if (body.length === 0) return [{ stack: [heading('Présentation de l’action'), { text: 'Le dossier ne présente pas de résumé de l’action.', italics: true }], unbreakable: true }];
  return keptWithHeading(heading('Présentation de l’action'), body, paragraphTexts(summary)[0]?.length ?? 0);
}

function resultBlock(data: AvisTechniqueData): Content[] {
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
    margin: [0, 1, 0, 4],
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
  return [{ stack: [heading('Résultat de la notation du jury'), headline, conflicts], unbreakable: true }, criteria, note];
}

/** The avis set off beside the amount; then what the provider must know (conditions or reasons), then the motivation. */
function avisBlock(data: AvisTechniqueData): Content[] {
  const { avis, application } = data;
  const funded = FUNDING_AVIS.has(avis.kind);
  const box: Content = {
    table: { widths: ['*'], body: [[{ text: avis.label, bold: true, fontSize: 13, color: funded ? COLORS.accent : COLORS.warning, margin: [6, 4, 6, 4] }]] },
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
  const texts: Content[] = [];
  const part = (title: string, body: string) => {
    if (body.trim() === '') return;
    texts.push(...keptWithHeading({ text: title, bold: true, margin: [0, 6, 0, 2] }, paragraphs(body), paragraphTexts(body)[0]?.length ?? 0));
  };
  part(avis.kind === 'favorable_sous_reserve' ? 'Sous réserve de' : 'Conditions', avis.conditions);
  part(avis.kind === 'ajourne' ? 'Motifs de l’ajournement' : avis.kind === 'defavorable' ? 'Motifs de l’avis défavorable' : 'Motifs', avis.reasons);
  part('Motivation', avis.motivation);
  return [{ stack: [heading('Avis de la commission'), { columns: [{ width: '*', stack: [box] }, { width: 230, stack: [amounts] }], columnGap: 16 }], unbreakable: true }, ...texts];
}

function signatureBlock(data: AvisTechniqueData, city: string): Content {
  return {
    unbreakable: true,
    margin: [0, 14, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 230,
        stack: [
          { text: `Fait${city ? ` à ${city}` : ''}, le ${formatLongDate(data.session.heldOn)}`, margin: [0, 0, 0, 4] },
          { text: 'Le président de la commission', bold: true },
          { text: data.chair?.name ?? '', margin: [0, 0, 0, 30] },
          { text: 'Signature', style: 'small' },
        ],
      },
    ],
  };
}

export function avisTechniqueDocument(frame: Omit<DocumentFrame, 'title' | 'sessionLine' | 'pageOrientation'>, data: AvisTechniqueData): TDocumentDefinitions {
  const { session, application } = data;
  // « position » is feminine: 1re, 2e…
  const rank = application.position === 1 ? '1re' : `${application.position}e`;
  const content: Content[] = [
    { text: `Dossier n° ${application.id}, examiné en ${rank} position de l’ordre du jour, au titre de l’appel « ${session.callTitle} ».` },
    { stack: [heading('Le dossier'), applicationBlock(data)], unbreakable: true },
    heading('Objectifs du pacte visés'),
    objectivesBlock(data),
    ...summaryBlock(application.summary),
    ...resultBlock(data),
    ...avisBlock(data),
    signatureBlock(data, frame.organisation.city),
  ];
  return framedDocument({ ...frame, title: AVIS_TECHNIQUE_TITLE, sessionLine: `${session.title} — séance du ${formatLongDate(session.heldOn)}`, pageOrientation: 'portrait' }, content);
}
