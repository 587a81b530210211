// `pacte documents …`: the PDF documents of a session written from the command line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deliberatedSession } from '../support/deliberated-session.ts';
import { readPdf } from '../support/pdf-text.ts';
import { pacte } from '../support/run-pacte.ts';
import { openTestService, tempDir } from '../support/test-app.ts';

describe('pacte documents avis', () => {
  it('writes one avis, a folder of avis (created if needed) or one combined PDF whose pages add up', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    const { service, close } = openTestService({ file: db });
    const setup = await deliberatedSession(service, { conflict: true });
    // A long motivation takes the first avis onto a second page: the combined file must add pages up, not count avis.
    const first = setup.applications[0];
    await service.invoke('sessions.setAvis', { sessionId: setup.sessionId, applicationId: first?.id ?? 0, kind: 'favorable', proposedCents: first?.requestedCents ?? 0, motivation: 'Action bien ancrée dans le quartier, partenariats solides et publics bien ciblés. '.repeat(50).trim() });
    close();
    const session = String(setup.sessionId);

    const folder = path.join(dir, 'avis', 'séance de mars');
    const many = await pacte(['--db', db, 'documents', 'avis', '--session', session, '--out', folder]);
    expect(many.stderr).toBe('');
    expect(many.code).toBe(0);
    const names = setup.applications.map((application, index) => `avis-technique-${application.id}-prestataire-${'abc'[index] ?? '?'}.pdf`);
    expect(readdirSync(folder).sort()).toEqual([...names].sort());
    for (const name of names) expect(many.stdout).toContain(`Document écrit : ${path.join(folder, name)} (`);
    expect(many.stdout).toContain(`3 avis techniques écrits dans ${folder}.`);
    const pageCounts = names.map((name) => readPdf(readFileSync(path.join(folder, name)), name).pages);
    expect(pageCounts).toEqual([2, 1, 1]);

    const combinedFile = path.join(dir, 'avis-de-la-seance.pdf');
    const combined = await pacte(['--db', db, 'documents', 'avis', '--session', session, '--out', combinedFile, '--json']);
    expect(combined.code).toBe(0);
    const [summary] = JSON.parse(combined.stdout) as { file: string; reference: string }[];
    expect(summary).toMatchObject({ file: combinedFile, reference: `CAI-2018-03-12-S${session}-AVIS` });
    const pdf = readPdf(readFileSync(combinedFile), 'combined.pdf');
    expect(pdf.pages).toBe(pageCounts.reduce((sum, pages) => sum + pages, 0));
    expect(pdf.text).toContain('Prestataire C');

    const single = path.join(dir, 'un-avis.pdf');
    const one = await pacte(['--db', db, 'documents', 'avis', '--session', session, '--application', String(setup.applicationIds[1]), '--out', single]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Document écrit : .*un-avis\.pdf \(\d+ octets, réf\. CAI-2018-03-12-S\d+-AVIS-\d+, empreinte [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}\)\.\n$/u);
    expect(readFileSync(single)).toEqual(readFileSync(path.join(folder, names[1] ?? '')));

    // A refusal writes nothing, not even the folder.
    const refusedFolder = path.join(dir, 'refus');
    const offAgenda = await pacte(['--db', db, 'documents', 'avis', '--session', session, '--application', '999', '--out', refusedFolder]);
    expect(offAgenda.code).toBe(1);
    expect(offAgenda.stderr).toBe('pacte : Le dossier n° 999 n’est pas à l’ordre du jour de cette séance.\n  - applicationId : Pas à l’ordre du jour.\n');
    expect(existsSync(refusedFolder)).toBe(false);
  });
});
