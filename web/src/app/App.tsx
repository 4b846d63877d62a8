/** The app: providers, then the screen for the current route (login first when there is no session). */
import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { LoginPage } from '../features/login/LoginPage';
import { AreasPage } from '../features/map/AreasPage';
import { Progress } from '../ui/Progress';
import { ErrorNotice } from './ErrorNotice';
import { I18nProvider, useI18n } from './i18n';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouterProvider, useRouter } from './router';
import { SessionProvider, useSession, ViewerProvider } from './session';

// the map and its Cytoscape are the heavy part: loaded when first needed, or at once when the app opens on a map
const loadMapPage = () => import('../features/map/MapPage');
if (window.location.pathname.startsWith('/map/')) void loadMapPage();
const MapPage = lazy(() => loadMapPage().then((m) => ({ default: m.MapPage })));
const EcomapPage = lazy(() => import('../features/ecomap/EcomapPage').then((m) => ({ default: m.EcomapPage })));
const AreaReportPage = lazy(() =>
  import('../features/area-report/AreaReportPage').then((m) => ({ default: m.AreaReportPage })),
);
const DirectoryPage = lazy(() =>
  import('../features/directory/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
);
const AdminPage = lazy(() => import('../features/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const ImportPage = lazy(() => import('../features/editing/ImportPage').then((m) => ({ default: m.ImportPage })));
const ViewsPage = lazy(() => import('../features/views/ViewsPage').then((m) => ({ default: m.ViewsPage })));
// a view and slides draw the map: they come with its code
const ViewPage = lazy(() => import('../features/views/ViewPage').then((m) => ({ default: m.ViewPage })));
const SlidesPage = lazy(() => import('../features/views/SlidesPage').then((m) => ({ default: m.SlidesPage })));
const CasePage = lazy(() => import('../features/cases/CasePage').then((m) => ({ default: m.CasePage })));
const WorkListPage = lazy(() => import('../features/worklist/WorkListPage').then((m) => ({ default: m.WorkListPage })));
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const PasswordPage = lazy(() => import('../features/account/PasswordPage').then((m) => ({ default: m.PasswordPage })));

export function App() {
  return (
    <I18nProvider>
      <RouterProvider>
        <SessionProvider>
          <Screens />
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  );
}

function Screens() {
  const { token } = useSession();
  const { route, navigate } = useRouter();

  useEffect(
    function sendToLoginOrBack() {
      if (!token && route.name !== 'login') {
        const here = window.location.pathname + window.location.search;
        navigate({ name: 'login', next: here === '/' ? undefined : here }, { replace: true });
      } else if (token && route.name === 'login') {
        const next = route.next?.startsWith('/') && !route.next.startsWith('//') ? route.next : '/';
        window.history.replaceState(null, '', next);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }
    },
    [token, route, navigate],
  );

  if (!token || route.name === 'login') return token ? null : <LoginPage />;
  return (
    <ViewerProvider fallback={({ error }) => <Loading error={error} />}>
      <Layout>
        <Suspense fallback={<Loading />}>
          <Screen />
        </Suspense>
      </Layout>
    </ViewerProvider>
  );
}

function Loading({ error }: { error?: unknown }): ReactNode {
  const { t } = useI18n();
  return (
    <div className="page page--centered">
      {error ? (
        <ErrorNotice error={error} onRetry={() => window.location.reload()} />
      ) : (
        <Progress label={t('common.loading')} />
      )}
    </div>
  );
}

function Screen() {
  const { route } = useRouter();
  switch (route.name) {
    case 'home':
      return <AreasPage />;
    case 'map':
      return <MapPage key={route.areaId} areaId={route.areaId} nodeId={route.nodeId} open={route.open} />;
    case 'ecomap':
      return <EcomapPage key={`${route.subject}:${route.id}`} subject={route.subject} id={route.id} />;
    case 'report':
      return <AreaReportPage key={route.areaId} areaId={route.areaId} print={route.print ?? false} />;
    case 'directory':
      return <DirectoryPage key={route.areaId} areaId={route.areaId} />;
    case 'admin':
      return <AdminPage />;
    case 'audit':
      return <AuditPage />;
    case 'import':
      return <ImportPage />;
    case 'password':
      return <PasswordPage />;
    case 'views':
      return <ViewsPage />;
    case 'view':
      return <ViewPage key={route.id} id={route.id} />;
    case 'slides':
      return <SlidesPage ids={route.ids} at={route.at} />;
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'today':
      return <WorkListPage />;
    case 'meetings':
      return <MeetingsPage key={route.councilId} councilId={route.councilId} />;
    default:
      return <NotFoundPage />;
  }
}
