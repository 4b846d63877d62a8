/** Sentences of the area report (地域カルテ) as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';
import type { Localized } from '../../models/vocabulary';

export const reportMessages = {
  'report.title': ['地域カルテ：{name}', 'Area report: {name}'],
  'report.loading': ['地域カルテを集計しています…', 'Counting the area report…'],
  'report.asOf': ['{date} 時点', 'As of {date}'],
  'report.compareNote': ['（ ）内は1年前（{date}）との差', 'In brackets: change since {date}'],
  'report.keyFigures': ['主な数値', 'Key figures'],
  'report.hubsByKind': ['拠点・居場所の種類', 'Hubs by kind'],
  'report.orgsByField': ['分野別の支援関係機関', 'Organizations by field'],
  'report.councils': ['協議体・会議と構成員数', 'Councils and their members'],
  'report.unmetByField': ['分野別の支援の届いていない人（制度の狭間）', 'People with unmet needs, by field'],
  'report.cases': ['支援ケースの数値', 'Casework in figures'],
  'report.casesPeriod': [
    '{from}から{to}までの年度累計（年度は4月1日から）。右の列は前年度の同じ期間です。',
    'This 年度 (from 1 April) from {from} to {to}; the column on the right is the same span of the year before.',
  ],
  'report.casesCommunity': [
    '「地域から」は相談経路が{routes}のケースです。',
    '"Through the community": the route was {routes}.',
  ],
  'report.csv': ['CSV', 'CSV'],
  'report.csvOf': ['{title}をCSVで保存', 'Save {title} as CSV'],
  'report.xlsx': ['Excel（全表）', 'Excel (all tables)'],
  'report.xlsxOf': ['地域カルテの全表をExcelブックで保存', 'Save every table of the report as an Excel workbook'],
  'report.xlsxWorking': ['作成中…', 'Making…'],
  'report.xlsxFailed': ['Excelブックを作れませんでした', 'The workbook could not be made'],
  'report.about': ['この数字について', 'About these figures'],
  'report.noSiblings': [
    '同じ層の地域との比較：あなたの閲覧範囲に、比べられる同じ層の地域がありません（範囲外の地域 {count} 件は表示しません）。',
    'Compared with its neighbouring areas: none of them lies within your areas ({count} outside them are not shown).',
  ],
  'report.siblingsWithheld': [
    '閲覧範囲外の同じ層の地域 {count} 件は含めていません。',
    '{count} neighbouring areas outside your areas are left out.',
  ],
  'report.siblingsAggregate': [
    'あなたの担当外の地域は、計画担当者と同じく集計値のみ（5人未満は「5未満」）で示しています。',
    'Areas outside yours are shown as a planner sees them: aggregates only, counts under 5 as "under 5".',
  ],
  'report.noCouncils': ['この地域を担当する協議体・会議は登録されていません。', 'No council covers this area yet.'],
  'report.children': ['下の地域の比較', 'The areas inside, compared'],
  'report.siblings': ['同じ層の地域との比較', 'Compared with its neighbouring areas'],
  'report.isolationRate': ['孤立率', 'Isolation rate'],
  'report.hubsPer1000': ['高齢者千人あたり拠点', 'Hubs per 1,000 elderly'],
  'report.none': ['なし', 'None'],
  'report.print': ['印刷する', 'Print'],
  'report.printView': ['印刷プレビュー（A4）', 'Print preview (A4)'],
  'report.leavePrint': ['通常の表示に戻る', 'Back to the screen view'],
  'report.openMap': ['地図を開く', 'Open the map'],
  'report.better': ['改善', 'better'],
  'report.worse': ['悪化', 'worse'],
  'report.source': [
    '出典：つながり（{date}集計）。人口・世帯・高齢者数は登録された統計値。',
    'Source: Tsunagari ({date}). Population figures as recorded from statistics.',
  ],
  'report.planner': [
    '地域福祉計画の資料として使えます。個人が特定される情報は含みません。',
    'Fit for the community welfare plan: no one can be identified from it.',
  ],
} as const satisfies Messages;

/** 「この数字について」: one definition per figure, as the server counts it (server/areas/inArea.ts, areaReport). */
export const figureDefinitions: readonly (readonly [Localized, Localized])[] = [
  [
    { ja: '把握している住民', en: 'Residents known' },
    {
      ja: 'この地域（下の地域を含む）に住所のある、つながりに登録された人。人口ではありません。',
      en: 'People recorded in Tsunagari who live in the area or an area within it — not the population.',
    },
  ],
  [
    { ja: '孤立率', en: 'Isolation rate' },
    {
      ja: '把握している住民のうち、世帯の外に有効なつながりが一つもない人の割合（人口比ではありません）。小数第1位まで。',
      en: 'The share of residents known with no active tie outside their household (not of the population); one decimal.',
    },
  ],
  [
    { ja: '支援の届いていない人（制度の狭間）', en: 'People with unmet needs' },
    {
      ja: 'ニーズのうち一つでも、その分野の機関からの有効な支援がない人。分野別では一人が複数の分野に数えられます。',
      en: 'People with a need no organization of its field supports; by field, one person may count in several.',
    },
  ],
  [
    { ja: '支援関係機関', en: 'Organizations' },
    {
      ja: 'この地域（下の地域を含む）に所在する機関と、この地域を担当する機関。複数の地域を担当していても1つと数えます。地域一覧の機関数と同じ定義です。',
      en: 'Organizations located in or serving the area or an area within it, each once — the same count as the area list.',
    },
  ],
  [
    { ja: '拠点・居場所', en: 'Hubs' },
    {
      ja: 'この地域（下の地域を含む）に所在する拠点・居場所。高齢者千人あたりは、登録された高齢者数（統計値）で割った値。',
      en: 'Hubs located in the area or an area within it; per 1,000 elderly uses the recorded statistic.',
    },
  ],
  [
    { ja: '協議体の構成員数', en: 'Council members' },
    {
      ja: 'この地域の構成員のみ：この地域に所在する・担当する機関と、この地域に住む個人。協議体全体の人数ではありません。',
      en: 'Members in this area only: organizations located in or serving it, people living in it — not the whole council.',
    },
  ],
  [
    { ja: '支援ケースの数値（年度累計）', en: 'Casework (this 年度 so far)' },
    {
      ja: '年度（4月1日から）の初めから基準日まで。ケースは本人・世帯の住所の地域で数えます。新規：受付日が期間内。地域から：相談経路が知人・近隣または民生委員・地域。終結：終結日が期間内、理由別。プラン：作成日が期間内の初回と見直し（版の数）。会議：この地域の協議体・会議ごとの開催日が期間内の回数（個別ケース会議を除く）。',
      en: 'From the start of the 年度 (1 April) to the report date; a case counts where its person or household lives. New: opened in the period. Through the community: route 知人・近隣 or 民生委員・地域. Closed: closed in the period, by reason. Plans: first plans and revisions made in the period. Meetings: held in the period, per council of the area (not case conferences).',
    },
  ],
  [
    { ja: '複数の世帯員にニーズのある世帯', en: 'Households with two or more members in need' },
    {
      ja: 'この地域の世帯のうち、ニーズが登録された世帯員が2人以上いる世帯（基準日の登録内容）。',
      en: 'Households of the area where two or more members have a need recorded (as recorded on the report date).',
    },
  ],
  [
    { ja: '終結後の確認', en: 'Follow-up after closing' },
    {
      ja: '終結したケースのうち確認予定日が期間内のものと、そのうち予定日までに確認の記録があるもの。',
      en: 'Closed cases whose follow-up date falls in the period, and of them those with a follow-up recorded on or before that date.',
    },
  ],
  [
    { ja: '「5未満」・非表示', en: '"under 5" and hidden' },
    {
      ja: '計画担当者・協議体委員には、5人未満の人数（ケース・世帯の数を含む）と、そこから計算される率・差を表示しません。内訳で一つだけ「5未満」になるときは、合計から逆算されないようもう一つも伏せます。支援措置の対象者とそのケースは数えません。',
      en: 'Planners and council members see counts under 5 (of cases and households too), and the rates and changes made from them, withheld; when a breakdown would hide one cell alone, a second is hidden so the total cannot give it back. People under a support measure, and their cases, are not counted.',
    },
  ],
];
