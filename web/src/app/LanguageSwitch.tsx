/** The Japanese / English switch. */
import { useI18n } from './i18n';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'ja' ? 'en' : 'ja';
  return (
    <button
      type="button"
      className="button button--ghost button--small"
      lang={other}
      aria-label={t('lang.switchLabel')}
      onClick={() => setLang(other)}
    >
      {t('lang.switch')}
    </button>
  );
}
