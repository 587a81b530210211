// Every table of the app, one file per aggregate. Conventions: snake_case columns, camelCase fields,
// money as integer cents, instants as ISO 8601 UTC text, calendar dates as 'YYYY-MM-DD' text.
export * from './pact.ts';
export * from './settings.ts';
