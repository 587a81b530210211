// Demo data: a fictional year — a call for projects with its providers and applications, the
// recevabilité, a closed CAI session with its jury, scores and avis, and the conventions that
// followed, at every status; and a second, open call whose recevable applications wait for a
// session (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

/** 'unchanged' when the demo call is already in the database: nothing is written twice. */
export type DemoLoadResult = {
  status: 'created' | 'unchanged';
  callId: number;
  providers: number;
  applications: number;
  /** The demo's CAI session (closed), null for a demo loaded before the session was part of it. */
  sessionId: number | null;
  jurors: number;
  conventions: number;
  /**
   * The second demo call, open: its recevable applications are on no session's agenda, for whoever
   * tries the app to hold a CAI session of their own. Null only if it could not be loaded.
   */
  openCall: { callId: number; applications: number; recevable: number } | null;
};

export const demoMethods = {
  'demo.load': defineMethod<DemoLoadResult>()(z.object({}).strict()),
};
