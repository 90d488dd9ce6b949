/** The words of the page chrome in Japanese (です/ます, full-width punctuation). Keys and their `{slots}`: `en.ts`. */
import { site } from '../config/site';
import type { Dictionary } from './en';

const { name: product, maker, message } = site.product;

export const ja = {
  common: {
    search: '検索',
    searchHelpCenter: 'ヘルプセンターを検索',
    describeProblem: '困っていることを入力',
    searchExample: '例：昼休みのあとにログアウトされた',
    diagnose: '原因を診断する',
    checkBrowser: 'ブラウザをチェックする',
    answerQuestions: 'いくつかの質問に答える',
    everyMessageWordForWord: 'メッセージ一覧（表示どおりの原文）',
    notSignIn: 'ログインの問題ではないもの',
    preventionChecklist: '予防チェックリスト',
    faq: 'よくある質問',
    sources: '出典',
    lastReviewed: '最終確認：{date}',
    listComma: '、',
  },
  layout: {
    skipToContent: '本文へスキップ',
  },
  header: {
    searchLandmark: 'サイト内検索',
    searchPlaceholder: '検索（例：Wi-Fi でログアウトされる）',
    languages: '言語',
  },
  footer: {
    allCauses: '原因の一覧',
    everyMessage: 'メッセージ一覧',
    staffIndex: 'サポート担当者向けの回答リンク',
    independent: `このサイトは独立したヘルプで、${maker} や ${product} とは関係ありません。アカウントについては、{support}にお問い合わせください。`,
    support: `${product} のサポート`,
  },
  breadcrumbs: {
    landmark: 'パンくずリスト',
    home: 'ホーム',
    causes: '原因',
    messages: 'メッセージ',
  },
  article: {
    onThisPage: 'このページの内容',
    tryThisFirst: 'まず試すこと',
    relatedCauses: '関連する原因',
  },
  detectedBy: {
    title: 'この原因か分からないときは',
    canCheck: 'ライブチェックで、お使いのブラウザにこの原因がないか調べられます：{checks}。データが端末の外に送られることはありません。',
    cannotCheck: 'この原因は、ブラウザのチェックでは直接確認できません。',
    questions: '{questions}と、今起きていることに合う原因が見つかります。',
  },
  browserSteps: {
    yours: '（お使いのブラウザ）',
  },
  home: {
    description: `${product} に「${message}」と表示される理由と、表示されなくする方法。すべての原因、短い診断、ブラウザのライブチェックをご用意しています。`,
    title: `${product} で「${message}」が何度も表示されますか？`,
    keepWorkLead: 'まず、作業内容を守りましょう：',
    keepWork:
      '入力したまま送信していない文章をコピーしてから、ページを再読み込みしてください。再読み込みだけで、ログインし直さなくてもセッションが戻ることがよくあります。',
    lede: 'それでもログアウトされたままですか？原因を見つければ、数分で直せて、再発も防げます。ほとんどの場合、原因はいくつかの設定や習慣のどれかで、その多くはこのページからブラウザ上で確認できます。',
    describeWhatHappens: '起きていることを入力',
    causesTitle: '主な原因',
    otherTitle: '別のメッセージが表示されていますか？',
    otherText: 'ログインとは関係のないメッセージもあります：{others}。画面の文言そのままで探すには、{messages}をご覧ください。',
    mostAsked: 'よく読まれている質問',
    allQuestions: 'すべての質問',
  },
  causes: {
    title: 'メッセージの原因一覧',
    description: (count: number) =>
      `${product} のセッションが途中で切れる ${count} 通りの理由を、1 行ずつ、解決方法へのリンク付きでまとめています。`,
    heading: `「${message}」の原因一覧`,
    lede: '各行から詳しい解決方法へ進めます。どれが当てはまるか分からないときは、{diagnose}こともできます。',
    notSignInText: 'これらのメッセージはセッションの問題に見えますが、ログインし直しても解決しません。',
    exactWords: '画面に出ている文言そのままで探すには、{messages}をご覧ください。',
  },
  faq: {
    title: '質問と回答',
    description: `${product} の「${message}」について、その意味、作業内容が消えるかどうか、止める方法にわかりやすくお答えします。`,
    questionsOnPage: 'このページの質問',
    sources: '出典：{sources}',
    readMore: '詳しくは：{causes}',
  },
  prevent: {
    description: `${product} からログアウトされないための短いチェックリストです。Cookie、プライベートウィンドウ、拡張機能、VPN、時計、使い方の習慣を確認します。`,
    lede: '上から順に一度確認してください。上の項目ほど、多くのログアウトを防げます。各項目から詳しい説明へ進めます。',
    moreOn: (cause: string) => `「${cause}」について詳しく`,
  },
  messages: {
    title: 'メッセージ一覧（表示どおりの原文）',
    description: `${product} とそのセキュリティページに表示されるメッセージと、それぞれの意味、当てはまる回答をまとめています。`,
    lede: '画面に出ている文言をそのまま探せます。各メッセージに意味の説明と、当てはまる回答へのリンクがあります。すべてがログインの問題とは限りません。',
    groups: 'グループ',
    also: '別の表記：{variants}',
    answer: '回答：{answer}',
    seenIn: '表示される場所：{places}。出典：{sources}',
    placeSeparator: '、',
  },
  other: {
    messagesTitle: 'このページで説明しているメッセージ',
    notWhatYouSee: '表示が違う場合は、{questions}か、{messages}をご覧ください。',
    everyMessage: 'メッセージ一覧',
  },
  notFound: {
    title: 'ページが見つかりません',
    description: 'お探しのページは見つかりませんでした。ヘルプセンターを検索するか、質問に答えて原因を診断してください。',
    heading: 'ページが見つかりませんでした',
    lede: 'リンクの入力ミスか、途中で切れている可能性があります。お探しの答えは、おそらく次のどれかです。',
    commonCauses: 'よくある原因',
  },
  search: {
    description: `「${message}」に関する回答を、原因・解決方法・質問から、ご自分の言葉で検索できます。`,
    label: '起きていることを、ご自分の言葉で入力してください',
    noScript:
      '検索結果の表示には JavaScript が必要です。すべての原因は下に、表示どおりのメッセージは{catalog}に、すべての質問は{faq}にあります。',
    catalog: 'メッセージ一覧',
    results: '検索結果',
    nothingMatched: '「{query}」に一致する結果はありませんでした。',
    tryFewer:
      '「Wi-Fi」や「シークレット」のように、短く簡単な言葉で試してください。または、いくつかの質問に答えていただければ、一緒に原因を探します：',
    everyCause: 'すべての原因',
    orFind: '表示どおりのメッセージは{messages}で、よくある質問は{faq}で探せます。',
    questionsAndAnswers: '質問と回答',
  },
} satisfies Dictionary;
