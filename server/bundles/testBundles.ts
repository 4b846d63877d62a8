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

/**
 * Support files for smallTown: an ACTIVE case of the household h1 with two plan versions (one item standing on
 * o1's SUPPORTS tie, one that made o2's), two キーパーソン terms (the CSW p4, then the professional p5), monitoring
 * with outcomes and a 支援会議 that discussed it; a CLOSED case of p3 with its 終結後の確認 recorded. people.csv and
 * ties.csv are smallTown's with p4, p5 and o2's tie added.
 */
export function smallCases(p: string): Record<string, string> {
  return {
    'people.csv': `${smallTown(p)['people.csv']}${p}p4,北村 誠,${p}north,,40代,CSW,,,COMMUNITY\n${p}p5,南 佳子,${p}north,,50代,PROFESSIONAL,,,COMMUNITY\n`,
    'ties.csv': `${smallTown(p)['ties.csv']}${p}o2,${p}h1,SUPPORTS,2024-03-01,,,サロンへ誘う\n`,
    'cases.csv': csv(
      'id,subject_id,status,opened_on,opened_by,route,referrer_id,referrer_note,team,direction,review_on,closed_on,close_reason,close_note,follow_up_on,follow_up_done_on,created_at,updated_at',
      `${p}case1,${p}h1,ACTIVE,2024-01-05,admin,COMMUNITY,${p}p2,,${p}o1;${p}o2,世帯全体を支える,2024-06-01,,,,,,2024-01-05T09:00:00.000Z,`,
      `${p}case2,${p}p3,終結,2023-04-01,admin,本人,,窓口に来所,${p}o2,,,2023-09-30,目標達成,就労を始めた,2024-03-31,2024-04-01,,`,
    ),
    'key_persons.csv': csv(
      'case_id,person_id,since,until,by',
      `${p}case1,${p}p4,2024-01-05,2024-02-01,admin`,
      `${p}case1,${p}p5,2024-02-01,,admin`,
    ),
    'plans.csv': csv(
      'id,case_id,version,made_on,made_by,note,meeting_id',
      `${p}plan1,${p}case1,1,2024-01-20,admin,,`,
      `${p}plan2,${p}case1,2,2024-03-01,admin,見直し,${p}meet1`,
    ),
    'plan_items.csv': csv(
      'id,plan_id,position,who_id,what,field,start_on,review_on,status,tie,tie_since',
      `${p}item1,${p}plan1,0,${p}o1,訪問,ELDERLY,2024-01-20,2024-03-01,DONE,,`,
      `${p}item2,${p}plan2,0,${p}o1,訪問を続ける,高齢,2024-03-01,2024-06-01,ONGOING,FOUND,2024-01-10`,
      `${p}item3,${p}plan2,1,${p}o2,サロンへ誘う,COMMUNITY,2024-03-01,2024-06-01,PLANNED,MADE,2024-03-01`,
      `${p}item4,${p}plan2,2,${p}h1,家族で話し合う,,2024-03-01,,予定,,`,
    ),
    'monitoring.csv': csv(
      'id,case_id,on,who,seen,next_review_on,follow_up,recorded_by,recorded_at',
      `${p}mon1,${p}case1,2024-04-15,北包括 担当,落ち着いている,2024-06-01,false,admin,2024-04-15T10:00:00.000Z`,
      `${p}mon2,${p}case2,2024-04-01,社協,就労を続けている,,true,admin,`,
    ),
    'monitoring_outcomes.csv': csv(
      'monitoring_id,item_id,outcome',
      `${p}mon1,${p}item3,まだ参加なし`,
      `${p}mon1,${p}item2,週1回訪問できている`,
    ),
    'meetings.csv': csv(
      'id,council_id,on,basis,attendees,minutes,next_on,recorded_by,recorded_at',
      `${p}meet1,${p}c1,2024-03-01,SUPPORT_MEETING,${p}o1;${p}o2;${p}p2,プランを見直した,2024-06-01,admin,`,
    ),
    'agenda.csv': csv('meeting_id,case_id,position,decision,revised', `${p}meet1,${p}case1,0,プランを見直す,TEAM`),
  };
}
