// The two faces of "Séances CAI": the sessions, and the jury members they convene (kept from year to year).
import type { ReactNode } from 'react';
import { SectionTabs } from '../../components/section-tabs.tsx';
import { JURY_PATH } from '../jurors/juror-labels.ts';
import { SESSIONS_PATH } from './session-labels.ts';

const TABS = [
  { value: 'seances', label: 'Séances', path: SESSIONS_PATH },
  { value: 'jury', label: 'Membres du jury', path: JURY_PATH },
] as const;

type Props = { active: (typeof TABS)[number]['value']; intro: string; actions?: ReactNode; children: ReactNode };

export function SessionsTabs(props: Props) {
  return <SectionTabs title="Séances CAI" tabs={TABS} testIdPrefix="sessions-tab" {...props} />;
}
