/** Sentences of saved views and slides as [Japanese, English]. */
import type { Messages } from '../../app/messages.types';

export const viewsMessages = {
  'nav.views': ['保存したビュー', 'Saved views'],
  'views.title': ['保存したビュー', 'Saved views'],
  'views.lead': [
    '地図の見え方（開いた地域、絞り込み、注目、日付）に名前をつけて保存し、会議でスライドとして順に映せます。リンクを渡された人には、その人の権限で見える範囲だけが表示されます。',
    'Save the state of the map (opened areas, filters, focus, date) under a name, and step through saved views as slides in a meeting. Whoever you give a link to sees only what their own role allows.',
  ],
  'views.empty': [
    'まだ保存したビューはありません。地図の「ビューを保存」から作れます。',
    'No saved views yet. Use “Save view” on the map to make one.',
  ],
  'views.name': ['名前', 'Name'],
  'views.area': ['地域', 'Area'],
  'views.updated': ['更新', 'Updated'],
  'views.actions': ['操作', 'Actions'],
  'views.open': ['開く', 'Open'],
  'views.up': ['上へ', 'Up'],
  'views.down': ['下へ', 'Down'],
  'views.delete': ['削除', 'Delete'],
  'views.deleteConfirm': ['「{name}」を削除しますか。', 'Delete “{name}”?'],
  'views.copyLink': ['リンクをコピー', 'Copy link'],
  'views.copied': ['リンクをコピーしました。', 'Link copied.'],
  'views.pick': ['スライドに入れる', 'Include in slides'],
  'views.slides': ['選んだビューをスライドで映す（{count}件）', 'Show the chosen views as slides ({count})'],
  'views.save': ['ビューを保存', 'Save view'],
  'views.neutral': ['名前を伏せる', 'Hide names'],
  'views.neutralHint': [
    '会議で映すときに、住民と世帯の名前を「住民 1」「世帯 A」に置き換えます。',
    'For a screen in a meeting: people and households are shown as “Person 1”, “Household A”.',
  ],
  'views.saveTitle': ['いまの地図をビューとして保存', 'Save the map as it is now'],
  'views.saveHint': [
    '名前はリンクを渡した人にも表示されます。住民の名前は入れないでください。',
    'The name is shown to everyone you give the link to: do not put a resident’s name in it.',
  ],
  'views.saveSubmit': ['保存する', 'Save'],
  'views.saved': ['「{name}」を保存しました。', '“{name}” saved.'],
  'views.nameMissing': ['名前を入れてください。', 'Give it a name.'],
  'views.loading': ['ビューを読み込んでいます…', 'Loading the view…'],
  'views.sharedBy': ['{owner} さんが保存したビュー「{name}」', 'View “{name}” saved by {owner}'],
  'slides.title': ['スライド {at} / {count}：{name}', 'Slide {at} of {count}: {name}'],
  'slides.previous': ['前へ', 'Previous'],
  'slides.next': ['次へ', 'Next'],
  'slides.fullscreen': ['全画面', 'Full screen'],
  'slides.exit': ['終わる', 'End'],
  'slides.help': ['← → キーで切り替え、Esc で全画面を終わります。', 'Use ← → to step; Esc leaves full screen.'],
  'slides.missing': [
    'このスライドのビューは見つかりません（削除されたか、あなたの地域の外です）。',
    'This slide’s view cannot be found (deleted, or outside your areas).',
  ],
} as const satisfies Messages;
