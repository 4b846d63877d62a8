/** Language of the UI: Japanese by default, English on request; remembered in this browser. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Lang, Localized } from '../models/vocabulary';
import { type MessageKey, messages } from './messages';

export type Params = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A UI sentence by key, with `{name}` placeholders filled. */
  t(key: MessageKey, params?: Params): string;
  /** Picks the current language of a model label. */
  l(text: Localized | undefined): string;
  /** A number in the current locale (thousands separators). */
  n(value: number | null | undefined, digits?: number): string;
  /** Items as a list in the current language: 「A、B」 or "A, B". */
  list(items: readonly string[]): string;
  /** An aside after a word: 「（…）」 or " (…)". */
  aside(text: string): string;
  /** A label before its value: 「対象：」 or "About: ". */
  labelled(label: string): string;
}

const storageKey = 'tsunagari.lang';

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function initialLang(): Lang {
  const url = new URLSearchParams(window.location.search).get('lang');
  if (url === 'en' || url === 'ja') return url;
  return window.localStorage.getItem(storageKey) === 'en' ? 'en' : 'ja';
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(
    function reflectLanguageOnDocument() {
      document.documentElement.lang = lang;
      document.title =
        lang === 'ja' ? 'つながり — 地域の支援ネットワーク' : 'Tsunagari — the community-support network';
    },
    [lang],
  );

  const setLang = useCallback((next: Lang) => {
    window.localStorage.setItem(storageKey, next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const index = lang === 'ja' ? 0 : 1;
    const numbers = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 });
    return {
      lang,
      setLang,
      t: (key, params) => fill(messages[key][index], params),
      list: (items) => items.join(lang === 'ja' ? '、' : ', '),
      aside: (text) => (lang === 'ja' ? `（${text}）` : ` (${text})`),
      labelled: (label) => (lang === 'ja' ? `${label}：` : `${label}: `),
      l: (text) => (text ? text[lang] : ''),
      n: (value, digits) =>
        value === null || value === undefined || Number.isNaN(value)
          ? '—'
          : digits === undefined
            ? numbers.format(value)
            : value.toFixed(digits),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider above it');
  return value;
}
