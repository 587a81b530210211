// The landing page: "Pour commencer" while the first setup is incomplete and not hidden on this
// computer, the dashboard otherwise.
import { Navigate, useNavigate } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useAppInfo } from '../settings/use-app-info.ts';
import { isSetupHidden, setSetupHidden } from './setup-hidden.ts';
import { SetupChecklist } from './setup-checklist.tsx';
import { useSetupStatus } from './use-setup-status.ts';

const DASHBOARD_PATH = '/tableau-de-bord';

export function HomePage() {
  usePageTitle('Pour commencer');
  const navigate = useNavigate();
  const status = useSetupStatus();
  const info = useAppInfo();

  if (status.isPending || info.isPending) return <PageLoader label="Chargement…" />;
  // A guide, never a wall: if the host cannot say how far the setup has gone, the app opens as before.
  if (status.isError) return <Navigate to={DASHBOARD_PATH} replace />;
  const databaseFile = info.data?.databaseFile ?? '';
  if (status.data.complete || (databaseFile !== '' && isSetupHidden(databaseFile))) return <Navigate to={DASHBOARD_PATH} replace />;
  return (
    <SetupChecklist
      status={status.data}
      hidden={false}
      onHiddenChange={(hidden) => {
        if (databaseFile !== '') setSetupHidden(databaseFile, hidden);
        void navigate(DASHBOARD_PATH, { replace: true });
      }}
    />
  );
}
