// The dashboard, the app's home page: where the year's money, bilans, indicators and the pact stand,
// and what to do next (browser-safe: zod and types only).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

/** A row of the money table: one lever of the pact, or 'none' (no lever: envelope not split, action without a primary objective). */
export type DashboardMoneyRow = {
  key: string;
  leverNumber: number | null;
  label: string;
  /** The calls' envelopes of the year (the lever's share of them). */
  envelopeCents: number;
  /** What the CAI proposed: favourable avis (with or without conditions) on the year's applications, the last avis of each. */
  proposedCents: number;
  /** Conventions validated by the board and beyond (abandoned ones aside). */
  validatedCents: number;
  /** Conventions signed and beyond (signée, en cours, soldée, clôturée, résiliée). */
  committedCents: number;
  /** Payments marked paid on those conventions. */
  paidCents: number;
  /** Recoveries (reversements) received on those conventions. */
  recoveredCents: number;
};

export type DashboardMoney = { rows: DashboardMoneyRow[]; total: Omit<DashboardMoneyRow, 'key' | 'leverNumber' | 'label'> };

/** The year's bilans by status; `late`: still expected (attendu or incomplet) past their due date. */
export type DashboardBilans = { attendu: number; recu: number; incomplet: number; valide: number; rejete: number; dispense: number; late: number; total: number };

export type DashboardIndicatorRow = { key: string; leverNumber: number | null; label: string; value: number | null; target: number | null };
/** One key indicator against its targets, by lever; a rate is a ratio of sums, in percent. */
export type DashboardIndicator = {
  code: string;
  label: string;
  unit: 'personnes' | 'pourcent';
  rows: DashboardIndicatorRow[];
  total: { value: number | null; target: number | null };
};

export type DashboardPactLever = {
  leverNumber: number;
  label: string;
  actions: number;
  realisee: number;
  enCours: number;
  nonEngagee: number;
  abandonnee: number;
  /** Réalisées over every action of the lever, in percent; null when the lever has none. */
  completionPercent: number | null;
};
export type DashboardPact = {
  reviewId: number;
  kind: 'annuelle' | 'mi_parcours' | 'finale';
  year: number;
  status: 'brouillon' | 'validee';
  heldOn: string | null;
  levers: DashboardPactLever[];
  total: Omit<DashboardPactLever, 'leverNumber' | 'label'>;
};

export type DashboardTodoKind = 'sessions' | 'signatures' | 'payments' | 'bilans';
export type DashboardTodoItem = { label: string; detail: string; href: string };
/** What to do next, one group per kind: how many in all, the first few, and the address of the whole list. */
export type DashboardTodoGroup = { kind: DashboardTodoKind; title: string; count: number; href: string; items: DashboardTodoItem[] };

export type Dashboard = {
  year: number;
  /** Years that have a call, newest first (the year shown is among them, or the current year when there is none). */
  years: number[];
  today: string;
  /** Calls of the year; zero on a new base, where the page says what to do first. */
  callCount: number;
  money: DashboardMoney;
  bilans: DashboardBilans;
  indicators: DashboardIndicator[];
  /** The latest review of the pact's action plan (of the year or before), null when none was made. */
  pact: DashboardPact | null;
  todo: DashboardTodoGroup[];
};

export const dashboardMethods = {
  'dashboard.get': defineMethod<Dashboard>()(z.object({ year: z.number().int().min(2000, 'Année entre 2000 et 2100.').max(2100, 'Année entre 2000 et 2100.').optional() }).strict()),
};
