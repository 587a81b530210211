// Demo data: a fictional call for projects with its providers and applications (browser-safe).
import { z } from 'zod';
import { defineMethod } from '../define.ts';

/** 'unchanged' when the demo call is already in the database: nothing is written twice. */
export type DemoLoadResult = { status: 'created' | 'unchanged'; callId: number; providers: number; applications: number };

export const demoMethods = {
  'demo.load': defineMethod<DemoLoadResult>()(z.object({}).strict()),
};
