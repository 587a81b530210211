// Offline laptops: jury packs out of the chair's machine and into a juror's jury database, score packs back.
import { sessionPackHandovers, sessionScorePackReturns } from '../../../db/queries/session-pack-handovers.ts';
import { sessionRow } from '../../../db/queries/session-read.ts';
import type { Handlers } from '../handlers.ts';
import { createJuryPack } from './jury-pack-export.ts';
import { openedPackInfo, openJuryPack } from './jury-pack-open.ts';
import type { packsMethods } from './packs-api.ts';
import { exportScorePack } from './score-pack-export.ts';
import { importScorePack } from './score-pack-import.ts';

export const packsHandlers: Handlers<keyof typeof packsMethods> = {
  'juryPack.create': (input, context) => createJuryPack(context, input),
  'juryPack.open': (input, context) => openJuryPack(context, input),
  'juryPack.info': (_input, { db }) => ({ pack: openedPackInfo(db) }),
  'juryPack.list': ({ sessionId }, { db }) => {
    sessionRow(db, sessionId);
    return { handovers: sessionPackHandovers(db, sessionId), returns: sessionScorePackReturns(db, sessionId) };
  },
  'scorePack.export': (input, context) => exportScorePack(context, input),
  'scorePack.import': (input, context) => importScorePack(context, input),
};
