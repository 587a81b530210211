// The app's addresses. Hash routing: Electron's app:// handler serves files only, so every address of the app is the one index.html.
import { createHashRouter } from 'react-router';
import { HomePage } from '../features/setup/home-page.tsx';
import { SetupPage } from '../features/setup/setup-page.tsx';
import { TerritoryListPage } from '../features/territories/territory-list-page.tsx';
import { ApplicationDetailPage } from '../features/applications/application-detail-page.tsx';
import { ApplicationFormPage } from '../features/applications/application-form-page.tsx';
import { ApplicationListPage } from '../features/applications/application-list-page.tsx';
import { CallDetailPage } from '../features/calls/call-detail-page.tsx';
import { CallFormPage } from '../features/calls/call-form-page.tsx';
import { CallListPage } from '../features/calls/call-list-page.tsx';
import { ConventionDetailPage } from '../features/conventions/convention-detail-page.tsx';
import { ConventionListPage } from '../features/conventions/convention-list-page.tsx';
import { ImportPage } from '../features/imports/import-page.tsx';
import { JuryPackPage } from '../features/packs/jury-pack-page.tsx';
import { JurorListPage } from '../features/jurors/juror-list-page.tsx';
import { CurationNotesView } from '../features/pact/curation-notes-view.tsx';
import { GovernanceView } from '../features/pact/governance-view.tsx';
import { KeyFiguresView } from '../features/pact/key-figures-view.tsx';
import { LeverView } from '../features/pact/lever-view.tsx';
import { PactPage } from '../features/pact/pact-page.tsx';
import { ProviderDetailPage } from '../features/providers/provider-detail-page.tsx';
import { ProviderEditPage } from '../features/providers/provider-edit-page.tsx';
import { ProviderListPage } from '../features/providers/provider-list-page.tsx';
import { ProviderNewPage } from '../features/providers/provider-new-page.tsx';
import { DeliberationPage } from '../features/scoring/deliberation-page.tsx';
import { JuryModePage } from '../features/scoring/jury-mode-page.tsx';
import { SearchPage } from '../features/search/search-page.tsx';
import { SessionDetailPage } from '../features/sessions/session-detail-page.tsx';
import { SessionFormPage } from '../features/sessions/session-form-page.tsx';
import { SessionListPage } from '../features/sessions/session-list-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { BilanDetailPage } from '../features/bilans/bilan-detail-page.tsx';
import { BilanListPage } from '../features/bilans/bilan-list-page.tsx';
import { DashboardPage } from '../features/dashboard/dashboard-page.tsx';
import { CataloguePage } from '../features/indicators/catalogue-page.tsx';
import { PactReviewsPage } from '../features/pact-reviews/pact-reviews-page.tsx';
import { RollupsPage } from '../features/rollups/rollups-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

export function createAppRouter() {
  return createHashRouter([
    // Jury mode has its own frame, without the navbar or the search: a juror at the chair's laptop sees their sheet only.
    { path: '/seances/:id/jure', element: <JuryModePage />, errorElement: <RouteErrorPage /> },
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        // "Pour commencer" while the first setup is incomplete (and not hidden), else the dashboard.
        { index: true, element: <HomePage /> },
        { path: 'pour-commencer', element: <SetupPage /> },
        { path: 'territoires', element: <TerritoryListPage /> },
        {
          path: 'pacte',
          element: <PactPage />,
          children: [
            { index: true, element: <LeverView /> },
            { path: 'levier/:leverNumber', element: <LeverView /> },
            { path: 'chiffres-cles', element: <KeyFiguresView /> },
            { path: 'gouvernance', element: <GovernanceView /> },
            { path: 'notes-de-curation', element: <CurationNotesView /> },
          ],
        },
        {
          path: 'appels-a-projets',
          children: [
            { index: true, element: <CallListPage /> },
            { path: 'nouveau', element: <CallFormPage /> },
            { path: ':callId', element: <CallDetailPage /> },
            { path: ':callId/modifier', element: <CallFormPage /> },
          ],
        },
        {
          path: 'prestataires',
          children: [
            { index: true, element: <ProviderListPage /> },
            { path: 'nouveau', element: <ProviderNewPage /> },
            { path: ':id', element: <ProviderDetailPage /> },
            { path: ':id/modifier', element: <ProviderEditPage /> },
          ],
        },
        {
          path: 'dossiers',
          children: [
            { index: true, element: <ApplicationListPage /> },
            { path: 'nouveau', element: <ApplicationFormPage /> },
            { path: ':id', element: <ApplicationDetailPage /> },
            { path: ':id/modifier', element: <ApplicationFormPage /> },
          ],
        },
        {
          path: 'seances',
          children: [
            { index: true, element: <SessionListPage /> },
            { path: 'nouvelle', element: <SessionFormPage /> },
            { path: ':id', element: <SessionDetailPage /> },
            { path: ':id/modifier', element: <SessionFormPage /> },
            { path: ':id/deliberation', element: <DeliberationPage /> },
          ],
        },
        // The jury members: a tab of "Séances CAI" (the navbar keeps that section lit).
        { path: 'jury', element: <JurorListPage /> },
        {
          path: 'conventions',
          children: [
            { index: true, element: <ConventionListPage /> },
            { path: ':id', element: <ConventionDetailPage /> },
          ],
        },
        { path: 'tableau-de-bord', element: <DashboardPage /> },
        {
          path: 'indicateurs',
          children: [
            { index: true, element: <RollupsPage /> },
            { path: 'bilans', element: <BilanListPage /> },
            { path: 'bilans/:id', element: <BilanDetailPage /> },
            { path: 'revues', element: <PactReviewsPage /> },
            { path: 'catalogue', element: <CataloguePage /> },
          ],
        },
        // No navbar entry of its own: one file may feed providers and applications alike.
        { path: 'import', element: <ImportPage /> },
        // Reached from the header's search box (Enter), which every screen has.
        { path: 'recherche', element: <SearchPage /> },
        { path: 'parametres', element: <SettingsPage /> },
        // A juror's laptop: opens the chair's pack on a fresh install, then holds the export of the notes.
        { path: 'dossier-jure', element: <JuryPackPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
