/** How findings name things in Japanese: people as 〜さん, households as 〜世帯, fields by their labels. */
import { fields } from '../../vocabulary/codes.js';

export function personLabel(name: string | null | undefined): string {
  const text = (name ?? '').trim();
  if (!text) return '氏名未登録の方';
  return /(さん|様|氏)$/.test(text) ? text : `${text}さん`;
}

export function householdLabel(name: string | null | undefined): string {
  const text = (name ?? '').trim();
  if (!text) return '氏名未登録の世帯';
  return /(世帯|家)$/.test(text) ? text : `${text}世帯`;
}

export function fieldLabel(field: string): string {
  return (fields.labels as Record<string, string>)[field] ?? field;
}

/** 「A、B、C」 */
export function listJa(items: readonly string[]): string {
  return items.join('、');
}

/** 「AとB」, 「A、BとC」 */
export function andJa(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}と${items[items.length - 1]}`;
}
