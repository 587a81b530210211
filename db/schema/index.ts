// Every table of the app, one file per aggregate. Conventions: snake_case columns, camelCase fields,
// money as integer cents, instants as ISO 8601 UTC text, calendar dates as 'YYYY-MM-DD' text.
export * from './applications.ts';
export * from './calls.ts';
export * from './pact.ts';
export * from './providers.ts';
export * from './settings.ts';
export * from './territories.ts';
export * from './attachments.ts';
export * from './eligibility.ts';
export * from './audit.ts';
export * from './jury.ts';
export * from './scoring.ts';
export * from './sessions.ts';
export * from './packs.ts';
export * from './conventions.ts';
export * from './indicators.ts';
