// When a year's bilan is due: six months after the year's end unless the convention says otherwise.

/** 'YYYY-MM-DD': 30 June of the following year. */
export function defaultBilanDueOn(year: number): string {
  return `${year + 1}-06-30`;
}

/** Late: still expected (attendu or incomplet) after its due date. */
export function isBilanLate(status: string, dueOn: string, today: string): boolean {
  return (status === 'attendu' || status === 'incomplet') && dueOn < today;
}
