// Autosave of a juror's sheet, criterion by criterion: a level is saved at once, a comment after a
// pause in typing (600 ms). Saves go out one after the other so that the last answer given is the one
// kept; whatever is still waiting leaves when the sheet closes (next application, back to the list).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CriterionAnswer } from '../../../../core/domain/jury/sheet-rules.ts';
import { errorMessage } from '../../api/api-call-error.ts';
import { client } from '../../api/client.ts';
import { juryKeys } from './use-jury.ts';

export const COMMENT_DEBOUNCE_MS = 600;

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date; label: string }
  | { state: 'error'; message: string; label: string };

type Pending = { timer: number; run: () => void };

export type SheetAutosave = {
  status: SaveStatus;
  saveNow: (criterionKey: string, label: string, answer: CriterionAnswer) => void;
  saveLater: (criterionKey: string, label: string, answer: CriterionAnswer) => void;
  /** Sends what waits and resolves once every save has been answered (before submitting). */
  settle: () => Promise<void>;
};

export function useSheetAutosave(juryToken: string, applicationId: number): SheetAutosave {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const pending = useRef(new Map<string, Pending>());
  const chain = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);

  const send = useCallback(
    (criterionKey: string, label: string, answer: CriterionAnswer) => {
      inFlight.current += 1;
      setStatus({ state: 'saving' });
      chain.current = chain.current.then(async () => {
        try {
          const sheet = await client.call('jury.saveAnswer', { juryToken, applicationId, criterionKey, answer: { score: answer.score, comment: answer.comment ?? '' } });
          queryClient.setQueryData(juryKeys.sheet(juryToken, applicationId), sheet);
          inFlight.current -= 1;
          if (inFlight.current === 0) setStatus({ state: 'saved', at: new Date(), label });
        } catch (error) {
          inFlight.current -= 1;
          setStatus({ state: 'error', message: errorMessage(error), label });
        }
        // The agenda's "en cours / complète" and the "12 / 40" follow every answer.
        await queryClient.invalidateQueries({ queryKey: juryKeys.session(juryToken) });
      });
    },
    [juryToken, applicationId, queryClient],
  );

  const cancel = (criterionKey: string) => {
    const waiting = pending.current.get(criterionKey);
    if (waiting) window.clearTimeout(waiting.timer);
    pending.current.delete(criterionKey);
  };

  const saveNow = useCallback(
    (criterionKey: string, label: string, answer: CriterionAnswer) => {
      cancel(criterionKey);
      send(criterionKey, label, answer);
    },
    [send],
  );

  const saveLater = useCallback(
    (criterionKey: string, label: string, answer: CriterionAnswer) => {
      cancel(criterionKey);
      const run = () => {
        pending.current.delete(criterionKey);
        send(criterionKey, label, answer);
      };
      pending.current.set(criterionKey, { timer: window.setTimeout(run, COMMENT_DEBOUNCE_MS), run });
    },
    [send],
  );

  const flush = useCallback(() => {
    for (const waiting of [...pending.current.values()]) {
      window.clearTimeout(waiting.timer);
      waiting.run();
    }
  }, []);

  const settle = useCallback(async () => {
    flush();
    await chain.current;
  }, [flush]);

  // A comment typed just before leaving the sheet is still saved.
  useEffect(() => flush, [flush]);

  return { status, saveNow, saveLater, settle };
}
