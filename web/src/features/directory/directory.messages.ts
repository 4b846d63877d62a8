/** Sentences of the 生活便利帳 (resource directory) as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const directoryMessages = {
  'directory.title': ['{name} 生活便利帳', '{name}: resource directory'],
  'directory.subtitle': ['暮らしの相談先と地域の居場所', 'Where to turn for help, and places to meet'],
  'directory.asOf': ['{date} 現在', 'As of {date}'],
  'directory.loading': ['生活便利帳をまとめています…', 'Putting the directory together…'],
  'directory.print': ['印刷する', 'Print'],
  'directory.csv': ['CSVで保存', 'Save as CSV'],
  'directory.back': ['地域一覧へ', 'Back to the areas'],
  'directory.hsdsZip': ['オープンデータ（HSDS・CSV一式）', 'Open data (HSDS, CSV package)'],
  'directory.hsdsJson': ['オープンデータ（HSDS・JSON）', 'Open data (HSDS, JSON)'],
  'directory.hsdsHint': [
    'Open Referral HSDS 3 形式の機関・拠点・サービスの一覧です（個人の情報は含みません）。',
    'The organizations, hubs and services in Open Referral HSDS 3 (no personal information).',
  ],
  'directory.hsdsFailed': ['HSDS形式で書き出せませんでした', 'The HSDS export failed'],
  'directory.organizations': ['相談・支援の窓口（分野別）', 'Where to turn, by field'],
  'directory.organizationsLead': [
    '困りごとの分野ごとに、この地域で相談できる機関です。「市全域」は市内のどこからでも相談できる窓口です。',
    'The organizations to turn to, by field. “Town-wide” ones take people from anywhere in the town.',
  ],
  'directory.hubs': ['地域の居場所・拠点（種類別）', 'Places to meet, by kind'],
  'directory.hubsLead': [
    '誰でも立ち寄れるサロン、通いの場、子ども食堂などです。',
    'Salons, exercise groups, children’s canteens and other places anyone may drop in.',
  ],
  'directory.name': ['名称', 'Name'],
  'directory.kind': ['種別', 'Kind'],
  'directory.fields': ['分野', 'Fields'],
  'directory.where': ['所在', 'Located in'],
  'directory.serves': ['対象地域', 'Serves'],
  'directory.what': ['内容', 'What happens there'],
  'directory.runBy': ['運営', 'Run by'],
  'directory.noOrganizations': ['この地域に登録された機関はありません。', 'No organization is recorded for this area.'],
  'directory.noHubs': ['この地域に登録された拠点はありません。', 'No hub is recorded for this area.'],
  'directory.notHeld': [
    '開いている日時・連絡先：台帳にまだ記録がありません。各窓口へのご案内は、お近くの社会福祉協議会・地域包括支援センターへ。',
    'Opening times and contacts are not yet recorded; ask the council of social welfare or the community support centre nearby.',
  ],
  'directory.source': [
    'つながり（Tsunagari）の台帳から作成。個人の情報は含みません。',
    'Made from the Tsunagari records. It holds no personal information.',
  ],
} as const satisfies Messages;
