/**
 * Errors from the server in words a coordinator understands. The API gives each error an `extensions.code`
 * (docs/DESIGN.md contract); this module reads it from whatever the client library threw and picks the sentence.
 */
import type { Localized } from './vocabulary';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'LOGIN_FAILED'
  | 'TOO_MANY_ATTEMPTS'
  | 'ACCOUNT_DISABLED'
  | 'QUERY_TOO_COMPLEX'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BUNDLE_INVALID'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_REQUESTS'
  | 'GDS_UNAVAILABLE'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'OFFLINE'
  | 'UNKNOWN';

export const errorTexts: Record<ErrorCode, Localized> = {
  UNAUTHENTICATED: {
    ja: 'ログインの有効期限が切れたか、ログインしていません。もう一度ログインしてください。',
    en: 'Your login has expired or you are not logged in. Please log in again.',
  },
  LOGIN_FAILED: {
    ja: 'ユーザー名またはパスワードが違います。',
    en: 'The username or the password is wrong.',
  },
  TOO_MANY_ATTEMPTS: {
    ja: 'ログインの失敗が続いたため、しばらくログインできません。{minutes}分ほど待ってから、もう一度お試しください。',
    en: 'Too many failed logins. Please wait about {minutes} minutes and try again.',
  },
  ACCOUNT_DISABLED: {
    ja: 'この利用者は停止されています。管理者に連絡してください。',
    en: 'This account is disabled. Please contact your administrator.',
  },
  QUERY_TOO_COMPLEX: {
    ja: '一度に求める内容が多すぎるため、サーバーが応じませんでした。管理者に連絡してください。',
    en: 'The server refused a request that asks too much at once. Please tell your administrator.',
  },
  FORBIDDEN: {
    ja: 'この情報を見る、または変更する権限がありません。担当地域と役割を管理者に確認してください。',
    en: 'Your role may not see or change this. Ask your administrator about your areas and role.',
  },
  BAD_USER_INPUT: {
    ja: '入力内容に誤りがあります。内容を確かめて、もう一度お試しください。',
    en: 'Something in the input is not right. Please check it and try again.',
  },
  NOT_FOUND: {
    ja: 'お探しのデータが見つかりません。削除されたか、別の地域のデータかもしれません。',
    en: 'This could not be found. It may have been deleted, or belong to another area.',
  },
  CONFLICT: {
    ja: '同じデータが既にあるか、他の人が先に変更しました。画面を更新して、もう一度お試しください。',
    en: 'This already exists or someone changed it first. Reload and try again.',
  },
  BUNDLE_INVALID: {
    ja: '取り込むファイルに誤りがあります。表示されたファイル名・行・列を直してください。',
    en: 'The files to import have errors. Fix the file, line and column shown.',
  },
  PAYLOAD_TOO_LARGE: {
    ja: '送ったデータが大きすぎます。ファイルを分けるか、管理者に連絡してください。',
    en: 'What was sent is too large. Split the files or tell your administrator.',
  },
  TOO_MANY_REQUESTS: {
    ja: '短い時間に続けて行ったため、しばらく受け付けません。{minutes}分ほど待ってから、もう一度お試しください。',
    en: 'Too many requests in a short time. Please wait about {minutes} minutes and try again.',
  },
  GDS_UNAVAILABLE: {
    ja: 'ネットワーク構造の分析（Graph Data Science）がこのデータベースでは使えません。他の分析は使えます。管理者に連絡してください。',
    en: 'The structure analysis (Graph Data Science) is not available on this database; the other analyses work. Tell your administrator.',
  },
  DATABASE_UNAVAILABLE: {
    ja: 'データベースが応答しません。少し待ってから、もう一度お試しください。',
    en: 'The database does not answer. Please wait a moment and try again.',
  },
  INTERNAL_SERVER_ERROR: {
    ja: 'サーバーで予期しない問題が起きました（記録されています）。時間をおいてお試しいただき、続くときは管理者に連絡してください。',
    en: 'Something unexpected went wrong on the server (it has been logged). Try again later; if it persists, tell your administrator.',
  },
  OFFLINE: {
    ja: 'サーバーにつながりません。ネットワークの接続を確かめてください。',
    en: 'The server cannot be reached. Please check the network connection.',
  },
  UNKNOWN: {
    ja: '問題が起きました。もう一度お試しください。',
    en: 'Something went wrong. Please try again.',
  },
};

export interface DescribedError {
  code: ErrorCode;
  text: Localized;
  /** The server's own message (English), shown as a detail for the administrator. */
  detail?: string;
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: unknown; [key: string]: unknown };
}

const known = new Set<string>(Object.keys(errorTexts));

function fromGraphQLErrors(errors: GraphQLErrorLike[], context: 'login' | undefined): DescribedError {
  const first = errors[0] ?? {};
  const raw = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
  let code: ErrorCode = known.has(raw) ? (raw as ErrorCode) : 'UNKNOWN';
  if (code === 'UNAUTHENTICATED' && context === 'login') code = 'LOGIN_FAILED';
  // GraphQL validation errors (a field the server does not have) are our bug, not the user's
  if (raw === 'GRAPHQL_VALIDATION_FAILED' || raw === 'GRAPHQL_PARSE_FAILED') code = 'INTERNAL_SERVER_ERROR';
  const detail =
    errors
      .map((e) => e.message)
      .filter(Boolean)
      .join(' / ') || undefined;
  return { code, text: withWait(errorTexts[code], first.extensions?.retryAfterSeconds), detail };
}

/** Puts the minutes to wait (TOO_MANY_ATTEMPTS) into the sentence. */
function withWait(text: Localized, retryAfterSeconds: unknown): Localized {
  const minutes = String(typeof retryAfterSeconds === 'number' ? Math.max(1, Math.ceil(retryAfterSeconds / 60)) : 15);
  return { ja: text.ja.replace('{minutes}', minutes), en: text.en.replace('{minutes}', minutes) };
}

function parseBody(text: unknown): GraphQLErrorLike[] | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const body = JSON.parse(text) as { errors?: GraphQLErrorLike[] };
    return Array.isArray(body.errors) && body.errors.length > 0 ? body.errors : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Describes an error thrown by the GraphQL client: GraphQL errors (`errors[]`), an HTTP error whose body holds
 * GraphQL errors (a 401 for a missing token), or a failed fetch.
 */
export function describeError(error: unknown, context?: 'login'): DescribedError {
  if (!error || typeof error !== 'object') return { code: 'UNKNOWN', text: errorTexts.UNKNOWN };
  const e = error as { errors?: unknown; bodyText?: unknown; statusCode?: unknown; message?: unknown; cause?: unknown };
  if (Array.isArray(e.errors) && e.errors.length > 0) return fromGraphQLErrors(e.errors as GraphQLErrorLike[], context);
  const fromBody = parseBody(e.bodyText);
  if (fromBody) return fromGraphQLErrors(fromBody, context);
  if (e.statusCode === 401) return fromGraphQLErrors([{ extensions: { code: 'UNAUTHENTICATED' } }], context);
  if (e.statusCode === 403) return fromGraphQLErrors([{ extensions: { code: 'FORBIDDEN' } }], context);
  if (typeof e.statusCode === 'number' && e.statusCode >= 500) {
    return { code: 'INTERNAL_SERVER_ERROR', text: errorTexts.INTERNAL_SERVER_ERROR, detail: `HTTP ${e.statusCode}` };
  }
  const message = typeof e.message === 'string' ? e.message : '';
  if (/failed to fetch|networkerror|load failed|network request failed|ECONNREFUSED/i.test(message)) {
    return { code: 'OFFLINE', text: errorTexts.OFFLINE, detail: message };
  }
  if (e.cause) return describeError(e.cause, context);
  return { code: 'UNKNOWN', text: errorTexts.UNKNOWN, detail: message || undefined };
}
