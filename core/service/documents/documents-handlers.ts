// Builds the session's PDF documents from the database: data first (refused in French when the state
// does not allow the document), then the pure definition, then the one renderer.
import type { JsonValue } from '../../domain/jury/audit-chain.ts';
import { dataSha256 } from '../../documents/fingerprint.ts';
import { releveAvisDocument } from '../../documents/releve-avis.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import type { Handlers } from '../handlers.ts';
import { avisSource, avisSources } from './avis-data.ts';
import { renderAvis, renderAvisSeries } from './avis-documents.ts';
import { organisationIdentity } from './document-context.ts';
import { generateFiche } from './fiche-data.ts';
import type { GeneratedDocument, documentsMethods } from './documents-api.ts';
import { generateRapportCa } from './rapport-data.ts';
import { releveSource } from './releve-data.ts';

const isoDay = (instant: string) => instant.slice(0, 10);

export const documentsHandlers: Handlers<keyof typeof documentsMethods> = {
  'documents.releve': async ({ sessionId }, { db }): Promise<GeneratedDocument> => {
    const source = releveSource(db, sessionId);
    const { signatories, ...organisation } = organisationIdentity(db);
    const sha256 = dataSha256({ organisation, data: source.data } as unknown as JsonValue);
    const reference = `CAI-${source.heldOn}-S${sessionId}-RELEVE`;
    const generatedOn = isoDay(source.lastChange || source.heldOn);
    const definition = releveAvisDocument({ organisation, reference, generatedOn, dataSha256: sha256 }, { ...source.data, signatory: source.data.signatory ?? signatories[0] ?? null });
    const bytes = await renderPdf(definition, {
      title: `Relevé d’avis — ${source.data.session.title}`,
      subject: `Relevé d’avis de la séance de la CAI du ${source.heldOn} (${source.data.session.callTitle})`,
      author: organisation.name || 'Pacte CAI',
      keywords: `CAI, relevé d’avis, ${reference}, empreinte ${sha256}`,
      creationDate: new Date(source.lastChange || `${source.heldOn}T00:00:00.000Z`),
    });
    return { fileName: `releve-avis-seance-${sessionId}-${source.heldOn}.pdf`, contentBase64: bytes.toString('base64'), dataSha256: sha256, reference };
  },
  'documents.avis': async ({ sessionId, applicationId }, { db }): Promise<GeneratedDocument> => {
    const source = avisSource(db, sessionId, applicationId);
    const { signatories: _signatories, ...organisation } = organisationIdentity(db);
    return renderAvis(source, organisation);
  },
  'documents.avisAll': async ({ sessionId, combined }, { db }) => {
    const sources = avisSources(db, sessionId);
    const { signatories: _signatories, ...organisation } = organisationIdentity(db);
    return renderAvisSeries(sources, organisation, combined);
  },
  'documents.rapportCa': ({ sessionId }, { db }) => generateRapportCa(db, sessionId),
  'documents.fiche': ({ sessionId, jurorId, blank }, { db }) => generateFiche(db, sessionId, jurorId, blank),
};
