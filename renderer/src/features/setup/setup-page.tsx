// The "Pour commencer" checklist at its own address: always shown, hidden or complete, so that it can be
// found again after "Masquer".
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useAppInfo } from '../settings/use-app-info.ts';
import { isSetupHidden, setSetupHidden } from './setup-hidden.ts';
import { SetupChecklist } from './setup-checklist.tsx';
import { useSetupStatus } from './use-setup-status.ts';

export function SetupPage() {
  usePageTitle('Pour commencer');
  const status = useSetupStatus();
  const info = useAppInfo();
  const databaseFile = info.data?.databaseFile ?? '';
  const [hidden, setHidden] = useState<boolean | null>(null);

  if (status.isPending || info.isPending) return <PageLoader label="Chargement de la mise en route…" />;
  if (status.isError) return <ErrorAlert error={status.error} title="La mise en route n’a pas pu être lue" onRetry={() => void status.refetch()} />;
  return (
    <SetupChecklist
      status={status.data}
      hidden={hidden ?? isSetupHidden(databaseFile)}
      onHiddenChange={(next) => {
        setSetupHidden(databaseFile, next);
        setHidden(next);
      }}
    />
  );
}
