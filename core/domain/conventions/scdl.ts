// The national open-data file of subsidies (SCDL "subventions" 2.1.1, décret 2017-779): one CSV row per
// convention, built all at once or not at all, so that a published file is never missing a convention
// silently. The rules below follow the schema (table-schema and its Validata custom checks).
import { isIsoDate } from '../french-parsing.ts';
import { isLuhnValid, isSiretKeyValid, normalizeRna, normalizeSiret, sirenOfSiret } from '../identifiers.ts';

export const SCDL_SCHEMA_VERSION = '2.1.1';

/** The 16 columns of the schema, in its order, with its exact names. */
export const SCDL_COLUMNS = [
  'nomAttribuant',
  'idAttribuant',
  'dateConvention',
  'referenceDecision',
  'nomBeneficiaire',
  'idBeneficiaire',
  'rnaBeneficiaire',
  'objet',
  'montant',
  'nature',
  'conditionsVersement',
  'datesPeriodeVersement',
  'idRAE',
  'notificationUE',
  'pourcentageSubvention',
  'dispositifAide',
] as const;
export type ScdlColumn = (typeof SCDL_COLUMNS)[number];

/** maxLength of `objet`, counted in characters (Unicode code points, as the Python validators count). */
export const SCDL_OBJECT_MAX_LENGTH = 256;

// LF, as the official example files (etalab/format-subventions exemple.csv, SCDL exemple_valide.csv)
// end their lines; table-schema validators read CRLF and LF alike.
export const SCDL_LINE_END = '\n';

/** The CCAS as the granting authority, from the organisation settings. */
export type ScdlAuthority = { name: string; siret: string | null };

/** One convention to publish, as the service gathers it (money in cents, dates 'YYYY-MM-DD'). */
export type ScdlConventionRow = {
  conventionNumber: string;
  providerName: string;
  providerSiret: string | null;
  providerRna: string | null;
  /** The convention's openDataObject (the manager may shorten the full object to 256 characters). */
  object: string;
  /** The total after avenants. */
  totalCents: number;
  /** The later of the two signature dates; null while unsigned. */
  signedOn: string | null;
  /** The CA deliberation, with the avenants (see scdlDecisionReference); null or '' when none. */
  decisionRef: string | null;
  /** One date per dated line of the current schedule (paid on, else planned on, else its trigger's date). */
  paymentDates: readonly string[];
  /** The lines of the current schedule (superseded ones excluded), dated or not. */
  scheduleLineCount: number;
  /**
   * The date by which the undated lines will be paid (the convention's end date): a balance waits for
   * the bilan and has no date yet when the convention is published. Null refuses undated lines.
   */
  periodEnd: string | null;
  /** In-kind aid is not valued by the app: every row is "aide en numéraire". */
  inKind: false;
};

/** Why a convention (or, with conventionNumber null, the authority) cannot be exported, in French. */
export type ScdlProblem = { conventionNumber: string | null; field: ScdlColumn; message: string };

export type ScdlExport = { ok: true; csv: string; rowCount: number } | { ok: false; problems: ScdlProblem[] };

const RNA_PATTERN = /^W\d{9}$/u;

/** Characters as the schema counts them: code points, so an emoji counts once. */
function characterCount(text: string): number {
  return [...text].length;
}

// Validata's check (python-stdnum fr.siret) also verifies the SIREN's own key; the app's SIRET
// check does not, so both are asked here.
function siretProblem(input: string, whose: string): string | null {
  const siret = normalizeSiret(input);
  if (siret === null) return `Le SIRET ${whose} « ${input.trim()} » doit compter 14 chiffres.`;
  if (!isSiretKeyValid(siret)) return `Le SIRET ${whose} « ${siret} » a une clé de contrôle invalide.`;
  if (!isLuhnValid(sirenOfSiret(siret))) return `Le SIRET ${whose} « ${siret} » commence par un SIREN dont la clé est invalide.`;
  return null;
}

/** Integer cents as the schema's number: point decimal, two decimals ("12500.00"). */
export function scdlAmount(cents: number): string {
  const units = cents % 100;
  return `${(cents - units) / 100}.${String(units).padStart(2, '0')}`;
}

/** "CA-2018-12 ; avenant n° 1 ; avenant n° 2": the decision and the avenants that changed it. */
export function scdlDecisionReference(deliberationRef: string | null, avenantNumbers: readonly number[]): string {
  const parts = [deliberationRef?.trim() ?? '', ...[...avenantNumbers].sort((a, b) => a - b).map((n) => `avenant n° ${n}`)];
  return parts.filter((part) => part !== '').join(' ; ');
}

const NEEDS_QUOTES = /[",\r\n]/u;

/** RFC 4180 quoting: quotes around a field holding a comma, a quote or a line break; quotes doubled. */
function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

type Cells = Record<ScdlColumn, string>;
type RowOutcome = { cells: Cells; problems: ScdlProblem[] };

function beneficiaryIds(row: ScdlConventionRow, report: (field: ScdlColumn, message: string) => void): { siret: string; rna: string } {
  const siretInput = row.providerSiret?.trim() ?? '';
  const rnaInput = row.providerRna?.trim() ?? '';
  const siretError = siretInput === '' ? null : siretProblem(siretInput, 'du prestataire');
  if (siretError !== null) report('idBeneficiaire', siretError);
  const siret = siretInput !== '' && siretError === null ? (normalizeSiret(siretInput) ?? '') : '';

  const rnaCompact = rnaInput.replace(/\s+/gu, '').toUpperCase();
  let rna = '';
  if (RNA_PATTERN.test(rnaCompact)) rna = rnaCompact;
  else if (rnaInput !== '') {
    // Corsican and overseas RNA numbers carry a letter (W2A…, W9R…), which the schema's pattern refuses:
    // with a valid SIRET the row stays exact without it; alone it cannot identify the beneficiary.
    const lettered = normalizeRna(rnaInput) !== null;
    if (!lettered || siret === '') {
      report('rnaBeneficiaire', lettered
        ? `Le numéro RNA « ${rnaCompact} » contient une lettre, ce que la norme SCDL refuse (W suivi de 9 chiffres) : renseignez le SIRET du prestataire.`
        : `Le numéro RNA « ${rnaInput} » doit s'écrire W suivi de 9 chiffres (par exemple W352012345).`);
    }
  }
  if (siretInput === '' && rnaInput === '') {
    report('idBeneficiaire', "Ni SIRET ni numéro RNA pour le prestataire : la norme SCDL exige l'un des deux.");
  }
  return { siret, rna };
}

/** The date or period of payment: one date for a single dated payment, else "first/last". */
function paymentPeriod(row: ScdlConventionRow, report: (field: ScdlColumn, message: string) => void): string {
  const field = 'datesPeriodeVersement';
  const badDates = row.paymentDates.filter((date) => !isIsoDate(date));
  if (badDates.length > 0) report(field, `Dates de versement illisibles : ${badDates.join(', ')} (attendu AAAA-MM-JJ).`);
  if (row.periodEnd !== null && !isIsoDate(row.periodEnd)) report(field, `Date de fin illisible : ${row.periodEnd} (attendu AAAA-MM-JJ).`);
  const undated = row.scheduleLineCount - row.paymentDates.length;
  if (undated < 0) report(field, `${row.paymentDates.length} dates de versement pour ${row.scheduleLineCount} échéance(s).`);
  if (undated > 0 && row.periodEnd === null) {
    report(field, `${undated} échéance(s) sur ${row.scheduleLineCount} sans date prévue ni date de paiement.`);
  }
  const dated = row.paymentDates.filter((date) => isIsoDate(date));
  const bounds = [...dated];
  if (dated.length === 0 && row.signedOn !== null && isIsoDate(row.signedOn)) bounds.push(row.signedOn);
  if (undated > 0 && row.periodEnd !== null && isIsoDate(row.periodEnd)) bounds.push(row.periodEnd);
  if (bounds.length === 0) return '';
  bounds.sort();
  const first = bounds[0] ?? '';
  const last = bounds[bounds.length - 1] ?? '';
  return row.scheduleLineCount === 1 && undated === 0 && dated.length === 1 ? first : `${first}/${last}`;
}

function exportRow(authority: { name: string; siret: string }, row: ScdlConventionRow): RowOutcome {
  const problems: ScdlProblem[] = [];
  const report = (field: ScdlColumn, message: string) => problems.push({ conventionNumber: row.conventionNumber, field, message });

  const name = row.providerName.trim();
  if (name === '') report('nomBeneficiaire', 'Le nom du prestataire est vide.');
  const { siret, rna } = beneficiaryIds(row, report);

  if (row.signedOn === null) report('dateConvention', 'Convention non signée : la date de la convention (dernière signature) manque.');
  else if (!isIsoDate(row.signedOn)) report('dateConvention', `Date de signature illisible : ${row.signedOn} (attendu AAAA-MM-JJ).`);

  const object = row.object.trim();
  const length = characterCount(object);
  if (object === '') report('objet', "L'objet publié de la convention est vide.");
  else if (length > SCDL_OBJECT_MAX_LENGTH) {
    report('objet', `L'objet publié compte ${length} caractères ; la norme en admet ${SCDL_OBJECT_MAX_LENGTH} : raccourcissez l'objet open data de la convention.`);
  }

  if (!Number.isSafeInteger(row.totalCents) || row.totalCents <= 0) report('montant', 'Le montant de la convention doit être un nombre positif de centimes.');

  if (!Number.isSafeInteger(row.scheduleLineCount) || row.scheduleLineCount < 1) {
    report('conditionsVersement', "La convention n'a pas d'échéancier.");
  }
  const period = row.scheduleLineCount >= 1 ? paymentPeriod(row, report) : '';

  const cells: Cells = {
    nomAttribuant: authority.name,
    idAttribuant: authority.siret,
    dateConvention: row.signedOn ?? '',
    referenceDecision: row.decisionRef?.trim() ?? '',
    nomBeneficiaire: name,
    idBeneficiaire: siret,
    rnaBeneficiaire: rna,
    objet: object,
    montant: Number.isSafeInteger(row.totalCents) ? scdlAmount(row.totalCents) : '',
    nature: 'aide en numéraire',
    conditionsVersement: row.scheduleLineCount === 1 ? 'unique' : 'échelonné',
    datesPeriodeVersement: period,
    idRAE: '',
    notificationUE: 'non',
    pourcentageSubvention: '1.00',
    dispositifAide: '',
  };
  return { cells, problems };
}

function authorityProblems(authority: ScdlAuthority): ScdlProblem[] {
  const problems: ScdlProblem[] = [];
  if (authority.name.trim() === '') {
    problems.push({ conventionNumber: null, field: 'nomAttribuant', message: "Le nom de l'organisme attribuant (paramètres) est vide." });
  }
  const siret = authority.siret?.trim() ?? '';
  const siretError = siret === '' ? 'Le SIRET du CCAS manque : renseignez-le dans les paramètres.' : siretProblem(siret, 'du CCAS');
  if (siretError !== null) problems.push({ conventionNumber: null, field: 'idAttribuant', message: siretError });
  return problems;
}

/**
 * The SCDL CSV of these conventions, in the order given: UTF-8 text without BOM (the caller writes
 * the string as UTF-8), comma-separated, LF line ends, a header row and one row per convention. Any
 * convention that cannot be published makes the whole export fail with every reason found.
 */
export function buildScdlCsv(authority: ScdlAuthority, rows: readonly ScdlConventionRow[]): ScdlExport {
  const problems = authorityProblems(authority);
  const issuer = { name: authority.name.trim(), siret: normalizeSiret(authority.siret ?? '') ?? '' };
  const lines = [SCDL_COLUMNS.join(',')];
  for (const row of rows) {
    const outcome = exportRow(issuer, row);
    problems.push(...outcome.problems);
    lines.push(SCDL_COLUMNS.map((column) => csvField(outcome.cells[column])).join(','));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, csv: lines.map((line) => `${line}${SCDL_LINE_END}`).join(''), rowCount: rows.length };
}
