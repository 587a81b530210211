// Attachments (pièces jointes) of an application: schemas and result types (browser-safe).
import { z } from 'zod';
import { fileNameProblem, MEDIA_TYPE_PATTERN } from '../../domain/attachment-file.ts';
import { defineMethod } from '../define.ts';

/** The same list as DOCUMENT_TYPES in db/schema/attachments.ts (checked at compile time in db/queries). */
export const DOCUMENT_TYPE_LABELS = {
  statuts: 'Statuts',
  rib: 'RIB',
  compte_rendu_financier: 'Compte rendu financier du dernier financement',
  contrat_engagement_republicain: "Contrat d'engagement républicain signé",
  budget: 'Budget prévisionnel',
  autre: 'Autre pièce',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPE_LABELS;
const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPE_LABELS) as [DocumentType, ...DocumentType[]];

/** 20 Mo: a scanned set of statuts fits; beyond, the file would stall the page that sends it. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export type AttachmentItem = {
  id: number;
  applicationId: number;
  documentType: DocumentType;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
  /** Withdrawn files stay listed, with who withdrew them, when and why. */
  isRemoved: boolean;
  removedAt: string | null;
  removedBy: string | null;
  removedReason: string;
};

/** One line of the required-documents checklist; types that do not concern the file say isRequired false. */
export type DocumentChecklistItem = { documentType: DocumentType; label: string; isRequired: boolean; isPresent: boolean };

export type AttachmentList = { applicationId: number; items: AttachmentItem[]; required: DocumentChecklistItem[] };

export type AttachmentContent = { fileName: string; mediaType: string; contentBase64: string };

const id = z.number().int().positive();

export const attachmentAddSchema = z
  .object({
    applicationId: id,
    documentType: z.enum(DOCUMENT_TYPE_KEYS, { error: 'Type de pièce inconnu.' }),
    fileName: z
      .string()
      .trim()
      .min(1, 'Nom de fichier requis.')
      .max(255, '255 caractères au plus.')
      .superRefine((name, ctx) => {
        const problem = fileNameProblem(name);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    /** Guessed from the file name's extension when absent or empty. */
    mediaType: z
      .string()
      .trim()
      .toLowerCase()
      .max(200)
      .refine((type) => type === '' || MEDIA_TYPE_PATTERN.test(type), 'Type de fichier invalide (par exemple application/pdf).')
      .optional(),
    contentBase64: z
      .string()
      .min(1, 'Le fichier est vide.')
      .max(MAX_BASE64_CHARS, 'Fichier trop volumineux (20 Mo au plus).')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Contenu du fichier mal encodé (base64 attendu).')
      .refine((text) => text.length % 4 === 0, 'Contenu du fichier mal encodé (base64 attendu).'),
  })
  .strict();

export const attachmentsMethods = {
  'attachments.add': defineMethod<AttachmentItem>()(attachmentAddSchema),
  'attachments.list': defineMethod<AttachmentList>()(z.object({ applicationId: id }).strict()),
  'attachments.remove': defineMethod<AttachmentItem>()(
    z
      .object({
        id,
        reason: z.string({ error: 'Indiquez le motif du retrait.' }).trim().min(1, 'Indiquez le motif du retrait.').max(2000, '2 000 caractères au plus.'),
      })
      .strict(),
  ),
  'attachments.content': defineMethod<AttachmentContent>()(z.object({ id }).strict()),
};
