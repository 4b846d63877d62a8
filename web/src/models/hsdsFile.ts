/**
 * The 生活便利帳 as Open Referral HSDS 3 from the server: a zip of the tabular data package (CSV files and
 * datapackage.json) or the compiled services as JSON, for other directories and open-data portals.
 */
export type HsdsFormat = 'zip' | 'json';

export function hsdsFileUrl(areaId: string, format: HsdsFormat): string {
  return `/api/directory/hsds?${new URLSearchParams({ areaId, format })}`;
}
