// The figures of a demo bilan, made from its application: participants near the expected number, each
// breakdown adding up to its total (what is not known goes to "non renseigné"), sub-populations within
// the participants, exits within the participants and the kinds of exit within the exits. Stable: the
// same convention gives the same figures at every load.
import { NOT_REPORTED } from '../../domain/indicators/catalogue.ts';
import type { BilanValueInput } from '../../domain/indicators/bilan-consistency.ts';
import type { ApplicationDetail } from '../applications/applications-api.ts';

type Demand = Pick<ApplicationDetail, 'expectedParticipants' | 'expectedRsaParticipants'>;

/** A share in [low, high) picked by the seed: stable, varied from one convention to the next. */
function share(seed: number, salt: number, low: number, high: number): number {
  return low + (((seed * 31 + salt * 17) % 100) / 100) * (high - low);
}

/** Splits `total` into parts by weights; the rounding remainder goes to the last part. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const parts = weights.map((weight) => Math.floor((total * weight) / sum));
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + total - parts.reduce((acc, part) => acc + part, 0);
  return parts;
}

function breakdown(code: string, dimension: BilanValueInput['dimension'], categories: readonly string[], parts: readonly number[]): BilanValueInput[] {
  return categories.map((category, index) => ({ code, dimension, category, value: parts[index] ?? 0 }));
}

/** Women, men, not reported: about three in five women, one not reported now and then. */
function bySex(code: string, total: number, seed: number): BilanValueInput[] {
  const unknown = seed % 3 === 0 && total > 4 ? 1 : 0;
  const women = Math.round((total - unknown) * share(seed, 1, 0.45, 0.7));
  return breakdown(code, 'sex', ['F', 'H', NOT_REPORTED], [women, total - unknown - women, unknown]);
}

function total(code: string, value: number): BilanValueInput {
  return { code, dimension: 'total', category: '', value };
}

/**
 * The bilan's figures. `territoryCodes`: the territories the application names (its participants live
 * there, a few elsewhere or not said); `years`: a multi-year action reports a year's share.
 */
export function demoBilanValues(application: Demand, territoryCodes: readonly string[], seed: number, years = 1): BilanValueInput[] {
  const participants = Math.max(8, Math.round((application.expectedParticipants / years) * share(seed, 2, 0.8, 1.12)));
  const rsa = Math.min(participants, Math.round((application.expectedRsaParticipants / years) * share(seed, 3, 0.85, 1.1)));
  const qpv = Math.round(participants * share(seed, 4, 0.3, 0.7));
  const rsaUnknown = Math.min(participants - rsa, seed % 2);
  const qpvUnknown = Math.min(participants - qpv, 1);
  const ages = split(participants, [0, share(seed, 5, 2, 4), share(seed, 6, 4, 6), 1, seed % 4 === 0 ? 0.3 : 0]);
  const places = territoryCodes.length > 0 ? split(participants, [...territoryCodes.map((_code, index) => (index === 0 ? 6 : 3)), 1]) : [participants];
  const exits = Math.round(participants * share(seed, 7, 0.6, 0.9));
  const [dropouts = 0, jobs = 0, training = 0, siae = 0] = split(Math.round(exits * share(seed, 8, 0.55, 0.8)), [1, 3, 1.5, 0.7]);
  const exitQpv = Math.min(qpv, Math.round(exits * 0.45));
  const exitRsa = Math.min(rsa, Math.round(exits * 0.6));
  const scheduled = participants * 40;
  return [
    total('IC01', participants),
    ...bySex('IC01', participants, seed),
    ...breakdown('IC01', 'age', ['moins-18', '18-29', '30-54', '55-plus', NOT_REPORTED], ages),
    ...breakdown('IC01', 'qpv', ['oui', 'non', NOT_REPORTED], [qpv, participants - qpv - qpvUnknown, qpvUnknown]),
    ...breakdown('IC01', 'rsa', ['oui', 'non', NOT_REPORTED], [rsa, participants - rsa - rsaUnknown, rsaUnknown]),
    ...breakdown('IC01', 'territory', [...territoryCodes, NOT_REPORTED], places),
    total('IC02', rsa),
    ...bySex('IC02', rsa, seed),
    total('IC03', qpv),
    ...bySex('IC03', qpv, seed + 1),
    total('IC04', Math.round(participants * share(seed, 9, 0.2, 0.45))),
    total('IC05', Math.round(participants * share(seed, 10, 0.1, 0.3))),
    total('IC06', Math.round(participants * share(seed, 11, 0.05, 0.15))),
    total('IC07', Math.round(share(seed, 12, 18, 46))),
    total('IC08', Math.round(scheduled * share(seed, 13, 0.72, 0.93))),
    total('IC16', scheduled),
    total('IC10', exits),
    ...bySex('IC10', exits, seed),
    ...breakdown('IC10', 'qpv', ['oui', 'non', NOT_REPORTED], [exitQpv, exits - exitQpv, 0]),
    ...breakdown('IC10', 'rsa', ['oui', 'non', NOT_REPORTED], [exitRsa, exits - exitRsa, 0]),
    total('IC11', dropouts),
    total('IC12', jobs),
    ...bySex('IC12', jobs, seed + 2),
    total('IC13', training),
    total('IC17', siae),
    total('IC15', Math.round(exits * share(seed, 14, 0.3, 0.6))),
  ];
}
