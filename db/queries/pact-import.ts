// Writes one curated pact file as a new, self-contained referential tree.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../core/domain/app-error.ts';
import { positionCode, type PactFile } from '../../core/domain/pact/pact-file.ts';
import { toSearchText } from '../../core/domain/text.ts';
import type { Db } from '../open-database.ts';
import {
  pactActions,
  pactCurationNotes,
  pactGovernanceBodies,
  pactKeyFigures,
  pactLevers,
  pactObjectives,
  pactOperationalObjectives,
  pacts,
} from '../schema/pact.ts';

export type PactImportOutcome = { pactId: number; code: string; status: 'created' | 'unchanged' };

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Importing a pact never touches another pact: same code and same content is a no-op,
 * same code with other content is refused (a new version of a pact gets a new code).
 */
export function importPact(db: Db, pact: PactFile, contentSha256: string, importedAt: string): PactImportOutcome {
  return db.transaction((tx) => {
    const existing = tx.select({ id: pacts.id, contentSha256: pacts.contentSha256 }).from(pacts).where(eq(pacts.code, pact.code)).get();
    if (existing) {
      if (existing.contentSha256 === contentSha256) return { pactId: existing.id, code: pact.code, status: 'unchanged' as const };
      throw new AppError(
        'conflict',
        `Un référentiel de code « ${pact.code} » existe déjà avec un autre contenu. Les référentiels importés ne sont jamais réécrits : donnez un autre code à cette version (par exemple « ${pact.code}-v2 »).`,
      );
    }

    const pactId = tx
      .insert(pacts)
      .values({
        code: pact.code,
        title: pact.title,
        subtitle: pact.subtitle,
        territory: pact.territory,
        periodStart: pact.period.start,
        periodEnd: pact.period.end,
        source: pact.source,
        formatVersion: pact.formatVersion,
        contentSha256,
        importedAt,
      })
      .returning({ id: pacts.id })
      .get().id;

    pact.levers.forEach((lever) => {
      const leverId = tx
        .insert(pactLevers)
        .values({ pactId, number: lever.number, code: positionCode(lever.number), title: lever.title, summary: lever.summary, searchText: toSearchText(lever.title) })
        .returning({ id: pactLevers.id })
        .get().id;
      lever.objectives.forEach((objective, objectiveIndex) => {
        const objectiveCode = positionCode(lever.number, objectiveIndex + 1);
        const objectiveId = tx
          .insert(pactObjectives)
          .values({ pactId, leverId, position: objectiveIndex + 1, code: objectiveCode, title: objective.title, searchText: toSearchText(objective.title) })
          .returning({ id: pactObjectives.id })
          .get().id;
        objective.operationalObjectives.forEach((operational, operationalIndex) => {
          const operationalCode = `${objectiveCode}.${operationalIndex + 1}`;
          const operationalObjectiveId = tx
            .insert(pactOperationalObjectives)
            .values({ pactId, objectiveId, position: operationalIndex + 1, code: operationalCode, title: operational.title, searchText: toSearchText(operational.title) })
            .returning({ id: pactOperationalObjectives.id })
            .get().id;
          operational.actions.forEach((action, actionIndex) => {
            tx.insert(pactActions)
              .values({
                pactId,
                operationalObjectiveId,
                position: actionIndex + 1,
                code: `${operationalCode}.${actionIndex + 1}`,
                title: action.title,
                partnersJson: JSON.stringify(action.partners),
                sourcesJson: JSON.stringify(action.sources),
                searchTitle: toSearchText(action.title),
                searchPartners: toSearchText(action.partners.join(' | ')),
                searchSources: toSearchText(action.sources.join(' | ')),
              })
              .run();
          });
        });
      });
    });

    pact.keyFigures.forEach((figure, index) => {
      tx.insert(pactKeyFigures)
        .values({ pactId, position: index + 1, key: figure.id, label: figure.label, value: figure.value, unit: figure.unit, year: figure.year ?? null, note: figure.note ?? null })
        .run();
    });
    pact.governance.forEach((body, index) => {
      tx.insert(pactGovernanceBodies)
        .values({ pactId, position: index + 1, code: body.code, name: body.name, frequency: body.frequency, role: body.role, membersJson: JSON.stringify(body.members) })
        .run();
    });
    pact.curationNotes.forEach((note, index) => {
      tx.insert(pactCurationNotes).values({ pactId, position: index + 1, ...note }).run();
    });

    return { pactId, code: pact.code, status: 'created' as const };
  });
}
