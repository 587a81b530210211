// Demo data: a fictional year — a call for projects with its providers and applications, the
// recevabilité, a closed CAI session with its jury, scores and avis, and the conventions that
// followed, at every status (browser-safe).
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
};

export const demoMethods = {
  'demo.load': defineMethod<DemoLoadResult>()(z.object({}).strict()),
};
