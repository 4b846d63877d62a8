/** A URL that names no screen. */
import { useI18n } from './i18n';
import { Link } from './router';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page page--centered">
      <h1>{t('notFound.title')}</h1>
      <Link to={{ name: 'home' }} className="button">
        {t('notFound.home')}
      </Link>
    </div>
  );
}
