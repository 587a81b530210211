// What the convention documents are built from: plain data the service reads from the database,
// self-contained (no database or service type), money in integer cents, dates 'YYYY-MM-DD'.
import type { Civility } from '../domain/french-gender.ts';
import type { OrganisationIdentity } from './document-frame.ts';

export type ConventionInstrument = 'convention' | 'arrete';
export type ConventionDuration = 'annuelle' | 'pluriannuelle';
export type ScheduleKind = 'avance' | 'acompte' | 'solde';
/** 'signature': the signature of the convention (the notification of an arrêté); 'bilan': the year's bilan accepted. */
export type ScheduleTrigger = 'signature' | 'date' | 'bilan';
export type ProviderLegalForm = 'association' | 'siae' | 'entreprise' | 'etablissement_public' | 'autre';

/** A person who signs or represents a party: the texts agree with the civility ("habilitée", "Je soussignée"). */
export type Person = { name: string; role: string; civility: Civility };

/** The CCAS: the frame's identity (Paramètres) plus its SIRET and the person who signs for it. */
export type CcasParty = OrganisationIdentity & { siret: string | null; representative: Person | null };

export type ProviderParty = {
  name: string;
  legalForm: ProviderLegalForm;
  siret: string | null;
  rna: string | null;
  address: string;
  postalCode: string;
  city: string;
  representative: Person | null;
};

/** One line of the échéancier still in force (lines superseded by an avenant are left out, or given apart). */
export type ScheduleLineData = {
  rank: number;
  year: number;
  kind: ScheduleKind;
  /** Share of the year's amount in basis points (7000 = 70 %), when the line was computed from one. */
  percentBp: number | null;
  amountCents: number;
  trigger: ScheduleTrigger;
  /** The date of a 'date' trigger, or the expected date of the event. */
  plannedOn: string | null;
  /** The trigger + 60 days, once the trigger's date is known. */
  dueOn: string | null;
};

export type ActionObjective = { leverNumber: number; leverTitle: string; code: string; title: string; isPrimary: boolean };

/** Annexe I, from the application. */
export type ConventionAction = {
  title: string;
  summary: string;
  /** French labels ("Allocataires du RSA"), the "autre" public spelled out. */
  publics: string[];
  expectedParticipants: number;
  startsOn: string | null;
  endsOn: string | null;
  mobility: string;
  /** Names of the territories (quartiers) the action serves. */
  territories: string[];
  /** The primary objective first. */
  objectives: ActionObjective[];
};

/** Annexe II: one line of the budget prévisionnel, its label as the Cerfa prints it ("64 – Charges de personnel"). */
export type BudgetRow = { label: string; amountCents: number };

/** Annexe III: a target may be left empty (null or '') until it is agreed; the annex exists anyway. */
export type IndicatorRow = { label: string; target: string | null; year: number | null };

/** Annexe III: a target the convention sets for a common indicator in one year; `unit` is the catalogue's (personnes, pourcent…). */
export type IndicatorTargetRow = { year: number; code: string; label: string; unit: string; target: number };

export type ConventionFacts = {
  ccas: CcasParty;
  provider: ProviderParty;
  pact: { title: string };
  call: { title: string };
  /** The CAI's session and avis: only a funding avis leads to a convention. */
  cai: { heldOn: string; avisKind: 'favorable' | 'favorable_sous_reserve' };
  /** The board's deliberation approving the convention; null fields before it. */
  ca: { deliberationRef: string | null; deliberationOn: string | null };
  convention: {
    number: string;
    instrument: ConventionInstrument;
    duration: ConventionDuration;
    object: string;
    startsOn: string;
    endsOn: string;
    totalCents: number;
    eligibleCostCents: number;
    /** The conditions of a "favorable sous réserve" avis ('' otherwise): blank lines separate them. */
    conditions: string;
    signedCcasOn: string | null;
    signedProviderOn: string | null;
  };
  /** One amount per year (a single line for an annual convention); they sum to totalCents. */
  years: { year: number; amountCents: number }[];
  /** The lines in force, in rank order; they sum to totalCents. */
  schedule: ScheduleLineData[];
  /** What the provider receives from the CCAS per calendar year, all its conventions counted (the 23 000 € rule). */
  providerYearTotals: { year: number; totalCents: number }[];
  action: ConventionAction;
  budget: { charges: BudgetRow[]; produits: BudgetRow[] };
  indicators: IndicatorRow[];
  /** The targets of the common indicators, by year then catalogue order; absent or empty: none set yet. */
  targets?: IndicatorTargetRow[];
};

export type ConventionDocumentData = ConventionFacts & {
  /** The date the document is dated of, taken from the data (its last change), never the clock. */
  issuedOn: string;
  /** Before the board's validation: titled « Projet de … », the deliberation's number and date left as dotted lines. */
  draft: boolean;
};

/** What an avenant changes; the values after the change are those of `convention`. */
export type AvenantChange =
  | { field: 'amount'; beforeCents: number; afterCents: number }
  | { field: 'endDate'; before: string; after: string }
  | { field: 'object'; before: string; after: string }
  | { field: 'schedule' };

export type AvenantDocumentData = {
  issuedOn: string;
  /** Before the board approves the avenant: its deliberation left as dotted lines. */
  draft: boolean;
  /** The convention as the avenant leaves it (amount, years, end date, object, schedule after the change); `ca` is the original deliberation. */
  convention: ConventionFacts;
  avenant: {
    rank: number;
    reason: string;
    deliberationRef: string | null;
    deliberationOn: string | null;
    signedOn: string | null;
    changes: AvenantChange[];
    /** The lines the avenant supersedes, shown for the record. */
    supersededSchedule: ScheduleLineData[];
  };
};

export type CertificatDocumentData = {
  issuedOn: string;
  ccas: CcasParty;
  provider: { name: string; siret: string | null; rna: string | null };
  convention: { number: string; instrument: ConventionInstrument; object: string; totalCents: number; signedOn: string | null };
  line: ScheduleLineData & { triggerMet: boolean; triggerMetOn: string | null };
  payment: { id: number; amountCents: number; mandateRef: string; orderedOn: string | null; paidOn: string | null; overrideReason: string };
  /** Paid on the convention before this payment (cancelled payments left out). */
  paidBeforeCents: number;
};
