/** The staff index's words in Japanese (see ./en.ts). Replies are polite です/ます to the customer. */
import type { StaffWords } from './en';

export const ja = {
  page: {
    title: 'サポート担当者向けの回答リンク',
    description: 'ヘルプセンターのすべての回答と、その固定リンク、1行の要約です。チケットの返信にそのまま貼り付けられます。',
    breadcrumb: '回答リンク',
    lede: (count) =>
      `リンクできる回答は全部で${count}件です。各原因、各記事のすべてのセクション、すべての質問を含みます。リンクは変わらないので、チケットにそのまま貼り付けてください。`,
    filterLabel: '回答を絞り込む',
    filterPlaceholder: '例：vpn、シークレット、解決',
    groups: 'グループ',
    none: '「{query}」に一致する回答はありません。「vpn」や「Cookie」など、1語で試してください。',
  },
  browser: {
    copyLink: 'リンクをコピー',
    copyReply: '返信文をコピー',
    copied: 'コピーしました',
    failed: 'コピーできません',
    linkCopied: 'リンクをコピーしました',
    replyCopied: '返信文をコピーしました',
    couldNotCopy: 'コピーできませんでした。{what}を選択して、手動でコピーしてください。',
    link: 'リンク',
    reply: '返信文',
    shown: '{total}件中{shown}件を表示しています。',
    filterWordsUrl: '/ja/answers/filter-words.json',
  },
  sectionSummaries: {
    'is-this-you': 'この原因に当てはまるかどうかの目安と、当てはまらない場合の確認先。',
    'why-it-happens': 'メッセージの裏で起きていることを、わかりやすく説明します。',
    'fix-it-now': '何も失わずに、今すぐログインし直すための手順。',
    'stop-it-happening-again': '再発を防ぐための設定と習慣。',
    'keep-your-work-safe': '起きたときに、入力中の文章やチャットを失わない方法。',
  },
  partOf: (title) => `「${title}」の一部です。`,
  replies: {
    cause: (title) => `お知らせいただいた内容から、ガイド「${title}」で説明している原因に当てはまるようです。解決の手順はこちらです：`,
    section: (section, causeTitle) => `ガイド「${causeTitle}」のこの部分（「${section}」）が参考になるはずです：`,
    fixedSection: {
      'is-this-you': (causeTitle) => `この原因に当てはまるかどうかは、「${causeTitle}」にある目安でご確認いただけます：`,
      'why-it-happens': (causeTitle) => `これが起きる理由はこちらで説明しています（「${causeTitle}」）：`,
      'fix-it-now': (causeTitle) => `こちらの手順で、もう一度ログインできるはずです（「${causeTitle}」）：`,
      'stop-it-happening-again': (causeTitle) => `再発を防ぐには、こちらの設定と習慣が役立ちます（「${causeTitle}」）：`,
      'keep-your-work-safe': (causeTitle) => `起きたときに作業内容を失わないよう、「${causeTitle}」をご覧ください：`,
    },
    other: (title) => `これはログインの問題ではありません。メッセージの意味と対処法はこちらです（「${title}」）：`,
    message: (message) => `メッセージ「${message}」の意味と、当てはまる回答はこちらです：`,
    faq: (question, summary) => `${question}${summary}詳しくはこちら：`,
    checklistItem: (action) => `役立つことの一つは「${action}」ことです。理由と方法はこちら：`,
    wizardResult: (title) => `ご回答の内容から、最も可能性が高い原因は「${title}」です。理由と対処法はこちらのページで説明しています：`,
  },
  groups: {
    other: 'ログインの問題ではないもの',
    messages: 'メッセージ（表示どおりの原文）',
    faq: 'よくある質問',
    wizard: '診断結果',
    tools: 'ツールと一覧',
  },
  keywords: {
    messages: ['メッセージ', 'エラー', '文言', '原文'],
    faq: ['質問', 'よくある質問', 'faq'],
    prevent: ['予防', '防ぐ', 'チェックリスト'],
    wizard: ['診断', '結果'],
    tools: ['ツール'],
  },
  checklist: {
    title: '予防のチェックリスト',
    summary: 'ほとんどのログアウトを防げる設定と習慣の短いリスト。',
    reply: 'この短いチェックリストで、こうしたログアウトのほとんどを防げます：',
  },
  diagnose: {
    title: '問題を診断する',
    summary: 'いくつかの質問に答えると、当てはまる原因がわかります。ブラウザのライブチェック付きです。',
    reply: 'この短い質問に答えていただくと、ブラウザを確認しながら原因を一緒に絞り込めます：',
  },
  check: {
    title: 'ブラウザをチェックする',
    summary: 'Cookie、ストレージ、プライベートモード、時計、ネットワーク、ブロッカー、ブラウザのバージョンをその場で確認します。',
    reply: 'このページで、よくある原因がないかブラウザを確認できます。データが端末の外に送られることはありません：',
  },
  causes: {
    title: 'すべての原因',
    summary: 'メッセージのすべての原因を、1行ずつまとめています。',
    reply: '考えられる原因をすべて、1行ずつまとめています：',
  },
  unclear: {
    title: '1つの原因に絞り込めません',
    summary: 'ご回答からは1つの原因に絞り込めませんでした。可能性の高い原因の一覧と、ブラウザのライブチェックで詳しく確認できます。',
  },
} satisfies StaffWords;
