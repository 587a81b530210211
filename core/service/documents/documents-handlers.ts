// Builds the session's PDF documents from the database: data first (refused in French when the state
// does not allow the document), then the pure definition, then the one renderer.
import { currentAuditHead } from '../audit/audit-head.ts';
import type { Handlers } from '../handlers.ts';
import { avisSource, avisSources } from './avis-data.ts';
import { renderAvis, renderAvisSeries } from './avis-documents.ts';
import { organisationIdentity } from './document-context.ts';
import { generateFiche } from './fiche-data.ts';
import type { GeneratedDocument, documentsMethods } from './documents-api.ts';
import { generateRapportCa } from './rapport-data.ts';
import { generateReleve } from './releve-data.ts';

export const documentsHandlers: Handlers<keyof typeof documentsMethods> = {
  'documents.releve': ({ sessionId }, { db }) => generateReleve(db, sessionId),
  'documents.avis': async ({ sessionId, applicationId }, { db }): Promise<GeneratedDocument> => {
    const source = avisSource(db, sessionId, applicationId);
    const { signatories: _signatories, ...organisation } = organisationIdentity(db);
    return renderAvis(source, organisation, currentAuditHead(db));
  },
  'documents.avisAll': async ({ sessionId, combined }, { db }) => {
    const sources = avisSources(db, sessionId);
    const { signatories: _signatories, ...organisation } = organisationIdentity(db);
    return renderAvisSeries(sources, organisation, combined, currentAuditHead(db));
  },
  'documents.rapportCa': ({ sessionId }, { db }) => generateRapportCa(db, sessionId),
  'documents.fiche': ({ sessionId, jurorId, blank }, { db }) => generateFiche(db, sessionId, jurorId, blank),
};
