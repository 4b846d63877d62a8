/** An error from the server, in words a coordinator understands, with the technical detail folded away. */
import { describeError } from '../models/errors';
import { useI18n } from './i18n';

interface Props {
  error: unknown;
  context?: 'login';
  onRetry?: () => void;
}

export function ErrorNotice({ error, context, onRetry }: Props) {
  const { l, t } = useI18n();
  const described = describeError(error, context);
  return (
    <div className="notice notice--error" role="alert" data-error-code={described.code}>
      <p className="notice__text">{l(described.text)}</p>
      {described.detail && described.code !== 'LOGIN_FAILED' && (
        <details className="notice__detail">
          <summary>{t('error.detail')}</summary>
          <code>
            {described.code}: {described.detail}
          </code>
        </details>
      )}
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
