// What a jury pack and a score pack say, as JSON: the schemas both machines read them with. The ids are
// the chair's: the laptop's jury database keeps them, so that a score pack names sessions, jurors and
// applications exactly as the chair's database does.
import { z } from 'zod';
import { budgetLineSchema } from '../../domain/budget.ts';
import { evaluationGridSchema } from '../../domain/jury/grid.ts';

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
const isoDate = z.iso.date();
const instant = z.iso.datetime();
const hex64 = z.string().regex(/^[0-9a-f]{64}$/u);
const packId = z.string().regex(/^[0-9a-f]{32}$/u);

const operationalObjectiveSchema = z.object({ code: text(40), title: text(1000), position: z.number().int() }).strict();
const objectiveSchema = z.object({ code: text(40), title: text(1000), position: z.number().int(), operationalObjectives: z.array(operationalObjectiveSchema) }).strict();

/** The call's pact, cut down to the levers and objectives the agenda's applications aim at. */
const pactExtractSchema = z
  .object({
    code: text(80),
    title: text(500),
    territory: text(500),
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    levers: z.array(z.object({ number: z.number().int().positive(), code: text(40), title: text(1000), objectives: z.array(objectiveSchema) }).strict()),
  })
  .strict();

const attachmentSchema = z
  .object({
    documentType: z.enum(['statuts', 'rib', 'compte_rendu_financier', 'contrat_engagement_republicain', 'budget', 'autre']),
    fileName: text(255).min(1),
    mediaType: text(200),
    sha256: hex64,
    addedAt: instant,
    contentBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/u),
  })
  .strict();

const applicationSchema = z
  .object({
    id,
    position: z.number().int().positive(),
    providerId: id,
    title: text(300).min(1),
    summary: text(2000),
    description: text(20000),
    publics: z.array(z.enum(['rsa', 'plie', 'jeunes', 'femmes', 'qpv', 'autre'])).max(6),
    publicOther: text(300),
    expectedParticipants: z.number().int().min(0),
    expectedRsaParticipants: z.number().int().min(0),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
    isRenewal: z.boolean(),
    duration: z.enum(['annuelle', 'pluriannuelle']),
    mobility: text(4000),
    status: z.enum(['brouillon', 'depose', 'recevable', 'irrecevable']),
    budgetLines: z.array(budgetLineSchema.extend({ label: text(200) })).max(200),
    indicators: z.array(z.object({ label: text(300), target: text(300) }).strict()).max(50),
    /** Operational objectives by code in the pact extract. */
    objectives: z.array(z.object({ code: text(40), isPrimary: z.boolean() }).strict()).max(51),
    territoryCodes: z.array(text(80)).max(100),
    attachments: z.array(attachmentSchema).max(100),
  })
  .strict();

export const juryPackBodySchema = z
  .object({
    kind: z.literal('jury-pack'),
    packId,
    /** The key material of this juror's score packs (pack-binding.ts): only ever inside the encrypted pack. */
    binding: hex64,
    createdAt: instant,
    createdBy: text(200),
    appVersion: text(40),
    session: z
      .object({ id, title: text(200), heldOn: isoDate, place: text(300), status: z.enum(['preparation', 'notation', 'deliberation', 'close']), disagreementThreshold: z.number().min(0).max(20) })
      .strict(),
    call: z.object({ id, year: z.number().int(), title: text(500) }).strict(),
    pact: pactExtractSchema,
    grid: z.object({ family: text(80), version: z.number().int().positive(), definition: evaluationGridSchema }).strict(),
    juror: z
      .object({
        id,
        name: text(200).min(1),
        role: z.enum(['responsable_dispositifs', 'responsable_antenne', 'representant_departement', 'representant_allocataires', 'professionnel_diap', 'autre']),
        organisation: text(200),
        isPermanent: z.boolean(),
        /** Always null since format 2: the laptop has no use for it. */
        email: text(320).nullable(),
        /** The chair's PIN hash hashed again at a higher cost for this pack (pack-pin.ts): the laptop asks the same PIN. */
        pinHash: text(400),
      })
      .strict(),
    territories: z.array(z.object({ code: text(80), name: text(200), isPriority: z.boolean(), parentCode: text(80).nullable() }).strict()),
    providers: z.array(z.object({ id, name: text(300).min(1), legalForm: z.enum(['association', 'siae', 'entreprise', 'etablissement_public', 'autre']), city: text(200) }).strict()),
    /** In agenda order. */
    applications: z.array(applicationSchema).max(5000),
    /** This juror's conflicts still in force (never another juror's). */
    conflicts: z.array(
      z
        .object({
          applicationId: id.nullable(),
          providerId: id.nullable(),
          type: z.enum(['membre_conseil', 'salarie', 'lien_familial', 'usager', 'autre']),
          note: text(2000),
          declaredBy: text(200),
          isPinned: z.boolean(),
          createdAt: instant,
        })
        .strict(),
    ),
    conflictedApplicationIds: z.array(id),
  })
  .strict();

export type JuryPackBody = z.output<typeof juryPackBodySchema>;
export type PactExtract = JuryPackBody['pact'];
export type PackApplication = JuryPackBody['applications'][number];

const answerSchema = z.object({ score: z.union([z.number().int(), z.literal('na')]).nullable(), comment: text(4000) }).strict();

export const scorePackBodySchema = z
  .object({
    kind: z.literal('score-pack'),
    packId,
    sessionId: id,
    jurorId: id,
    /** The jury pack this answers: the chair checks it is the one it exported. */
    juryPackSha256: hex64,
    /**
     * When the laptop wrote this pack: a newer one replaces an older one, never the reverse. The chair refuses
     * an instant before the jury pack was handed over, after the scores were revealed, or ahead of its clock.
     */
    savedAt: instant,
    appVersion: text(40),
    sheets: z
      .array(
        z
          .object({
            applicationId: id,
            status: z.enum(['draft', 'submitted']),
            submittedAt: instant.nullable(),
            updatedAt: instant,
            answers: z.record(text(80).min(1), answerSchema),
          })
          .strict(),
      )
      .max(5000),
  })
  .strict();

export type ScorePackBody = z.output<typeof scorePackBodySchema>;
