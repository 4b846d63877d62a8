/** For tests: a small town bundle with prefixed ids, written to a temporary folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type BundleTexts = Record<string, string | Uint8Array>;

/** Writes the files to a new temporary folder and returns its path. */
export function writeBundleFolder(files: BundleTexts): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-bundle-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content);
  return folder;
}

export function readBundleFolderTexts(folder: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
  );
}

/** CSV text from rows (no quoting: test values hold no commas). */
export function csv(...rows: string[]): string {
  return rows.join('\n') + '\n';
}

/** A municipality with two tier-2 areas, three neighbourhoods, and one of everything, all ids starting with `p`. */
export function smallTown(p: string): Record<string, string> {
  return {
    'areas.csv': csv(
      'id,name,tier,parent_id,population,households,elderly',
      `${p}city,みどり市,1,,52000,23000,16000`,
      `${p}north,北中学校区,2,${p}city,26000,,`,
      `${p}south,南中学校区,2,${p}city,,,`,
      `${p}n1,北小学校区,3,${p}north,9000,4000,3000`,
      `${p}s1,南小学校区,3,${p}south,,,`,
    ),
    'households.csv': csv('id,name,area_id', `${p}h1,山田家,${p}n1`),
    'people.csv': csv(
      'id,name,area_id,household_id,age_band,roles,needs,interests,consent',
      `${p}p1,山田ハナ,${p}n1,${p}h1,80代,,ELDERLY;HEALTH,園芸;体操,COMMUNITY`,
      `${p}p2,佐藤一郎,${p}n1,,70代,MINSEI_IIN;VOLUNTEER,,,PROFESSIONALS`,
      `${p}p3,山田太郎,${p}s1,${p}h1,50代,RESIDENT,EMPLOYMENT,,`,
    ),
    'organizations.csv': csv(
      'id,name,kind,fields,area_id,serves',
      `${p}o1,北地域包括支援センター,地域包括支援センター,ELDERLY;HEALTH,${p}north,${p}north`,
      `${p}o2,みどり市社会福祉協議会,社会福祉協議会,COMMUNITY;POVERTY,${p}city,${p}north;${p}south`,
    ),
    'councils.csv': csv('id,name,kind,tier,covers', `${p}c1,北第2層協議体,協議体,2,${p}north`),
    'hubs.csv': csv('id,name,kind,area_id,tags', `${p}hub1,北サロン,サロン,${p}n1,体操;お茶`),
    'ties.csv': csv(
      'from_id,to_id,type,since,until,strength,note',
      `${p}p2,${p}p1,WATCHES_OVER,2023-04-01,,STRONG,週1回訪問`,
      `${p}p1,${p}p3,FAMILY,,,,`,
      `${p}o1,${p}h1,SUPPORTS,2024-01-10,,,`,
      `${p}o1,${p}c1,MEMBER_OF,,,,`,
      `${p}p1,${p}hub1,PARTICIPATES_IN,2022-05-01,2023-03-31,WEAK,`,
      `${p}o2,${p}hub1,RUNS,,,,`,
      `${p}o1,${p}o2,COLLABORATES,,,,`,
    ),
  };
}
