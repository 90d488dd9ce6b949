/** The words of a report in Japanese (see ./en.ts). */
import type { ReportPageText, ReportText } from './en';

export const ja = {
  status: { ok: '問題なし', warning: '注意', problem: '問題あり', unknown: '不明' },
  reasons: {
    timeout: '時間切れ',
    crashed: 'エラーで停止',
    blocked: 'ブラウザがブロック',
    offline: '端末がオフライン',
    'no-answer': '問い合わせ先のサーバーが応答なし',
    'bad-answer': '応答を読み取れず',
    'needs-visit': '再起動後の2回目の訪問待ち',
    unsupported: 'このブラウザには対応していません',
  },
  statusWithReason: '{status}（{reason}）',
  nameSeparator: '：',
  fact: '（{fact}）',
  errors: {
    empty: 'このリンクにはレポートが含まれていません。',
    'too-long': 'このリンクはどのレポートよりもはるかに長いため、読み込みませんでした。',
    damaged:
      'このレポートのリンクは壊れています。一部が欠けているか変更されているため、表示できません。もう一度リンクを送ってもらい、最後までコピーしてください。',
    'future-version':
      'このレポートはこのサイトの新しいバージョンで作成されたため、ここでは読み込めません。このページを再読み込みしてください。それでも同じ表示が出る場合は、新しいリンクを送ってもらってください。',
    invalid: 'このリンクには、このサイトで作成したレポートが含まれていません。そのため、内容は何も表示しません。',
  },
  copy: {
    copied: 'レポートをコピーしました',
    failed: 'コピーできませんでした。レポートを選択して、手動でコピーしてください。',
    copiedShort: 'コピーしました',
    failedShort: 'コピーできません',
  },
  madeOn: '作成日時：{date}',
  thatIs: 'お使いのタイムゾーンでは{local}です（作成した端末の時計による）。レポート形式のバージョン：{version}。',
  browser: 'ブラウザ：{browser}',
  browserLine: '{name} {version}（{os}）',
  checkResults: 'チェック結果',
  noChecks: 'このブラウザでは、どのチェックも実行されませんでした。',
  pointsTo: '考えられる原因：',
  wizardAnswers: '診断の回答',
  wizardResult: '診断の結果：',
  unknownAnswerOne: 'このサイトが今は尋ねていない質問への回答が1件あります（表示しません）',
  unknownAnswersMany: 'このサイトが今は尋ねていない質問への回答が{n}件あります（表示しません）',
  unknownResult: 'このバージョンのサイトが知らない結果',
  errorHelp: 'レポートは{check}で作成します。そこでチェックを実行し、新しいリンクを共有してください。',
  checkPage: 'チェックページ',
  skew: {
    same: 'サーバーと同じ時刻',
    ahead: 'サーバーより{amount}進んでいます',
    behind: 'サーバーより{amount}遅れています',
    seconds: '{n}秒',
    minutes: '{n}分',
    hours: '{n}時間',
    deviceClock: '端末の時計：{skew}',
  },
  text: {
    title: '{site}：診断レポート',
    made: '作成日時：{date}',
    checks: 'チェック：',
    wizardAnswers: '診断の回答：',
    wizardResult: '診断の結果：{result}',
    pointsTo: '  考えられる原因：{cause}、{url}',
    link: 'レポートのリンク：{link}',
  },
} satisfies ReportText;

export const jaPage = {
  title: '診断レポート',
  description: 'サポート担当者と共有された診断レポートを、お使いのブラウザの中で読み取って表示するページです。',
  breadcrumb: 'レポート',
  lede: 'ある方のブラウザで{check}を実行して見つかった内容を、閲覧専用で表示します。レポートはリンクそのものに含まれていて、お使いのブラウザ内で読み込まれます。当サイトのサーバーに届くことはなく、中身が実行されることもありません。',
  liveCheck: 'ライブチェック',
  jsOff:
    'レポートを読むには JavaScript が必要ですが、このブラウザではオフになっています。オンにしてこのレポートを表示するか、テキスト形式のレポートを送ってもらってください（チェックページでコピーできます）。',
  runChecks: 'ご自分のブラウザでチェックする',
  copy: 'レポートをテキストでコピー',
} satisfies ReportPageText;
