/** The frame of every screen after login: a header with the way around, the language switch and logout. */
import type { ReactNode } from 'react';
import { administers, seesPeople, transfersBundles } from '../models/permissions';
import { useI18n } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import type { MessageKey } from './messages';
import { Link, useRouter } from './router';
import { useRights, useSession, useViewer } from './session';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { route } = useRouter();
  const viewer = useViewer();
  const rights = useRights();
  const session = useSession();
  const areaId = route.name === 'map' || route.name === 'report' ? route.areaId : undefined;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="shell__header">
        <Link to={{ name: 'home' }} className="shell__brand" aria-label={t('app.name')}>
          <span className="shell__logo" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </Link>
        <nav className="shell__nav" aria-label={t('app.tagline')}>
          <Link to={{ name: 'home' }} aria-current={route.name === 'home' ? 'page' : undefined}>
            {t('nav.areas')}
          </Link>
          {areaId && (
            <>
              <Link to={{ name: 'map', areaId }} aria-current={route.name === 'map' ? 'page' : undefined}>
                {t('nav.map')}
              </Link>
              <Link to={{ name: 'report', areaId }} aria-current={route.name === 'report' ? 'page' : undefined}>
                {t('nav.report')}
              </Link>
            </>
          )}
          {seesPeople(rights) && (
            <Link to={{ name: 'today' }} aria-current={route.name === 'today' ? 'page' : undefined}>
              {t('nav.today')}
            </Link>
          )}
          <Link to={{ name: 'views' }} aria-current={route.name === 'views' ? 'page' : undefined}>
            {t('nav.views')}
          </Link>
          {administers(rights) && (
            <Link to={{ name: 'admin' }} aria-current={route.name === 'admin' ? 'page' : undefined}>
              {t('nav.admin')}
            </Link>
          )}
          {viewer.role === 'ADMIN' && (
            <Link to={{ name: 'audit' }} aria-current={route.name === 'audit' ? 'page' : undefined}>
              {t('nav.audit')}
            </Link>
          )}
          {transfersBundles(rights) && (
            <Link to={{ name: 'import' }} aria-current={route.name === 'import' ? 'page' : undefined}>
              {t('nav.import')}
            </Link>
          )}
        </nav>
        <div className="shell__tools">
          <span className="shell__user">
            {t('nav.user', { username: viewer.username, role: t(`role.${viewer.role}` as MessageKey) })}
          </span>
          <Link
            to={{ name: 'password' }}
            className="button button--ghost button--small"
            aria-current={route.name === 'password' ? 'page' : undefined}
          >
            {t('nav.password')}
          </Link>
          <LanguageSwitch />
          <button type="button" className="button button--ghost button--small" onClick={() => void session.logOut()}>
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
