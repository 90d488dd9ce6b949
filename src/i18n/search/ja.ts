/** Search's interface words in Japanese (see en.ts): です/ます, full-width punctuation. */
import type { SearchWords } from './en';
import { ja as chrome } from '../ja';

export const ja = {
  kinds: {
    Cause: '原因',
    'Not a sign-in problem': chrome.common.notSignIn,
    Message: 'メッセージ',
    Question: 'よくある質問',
    'Prevention checklist': chrome.common.preventionChecklist,
    Page: 'ページ',
  },
  count: {
    none: '0件',
    one: '1件',
    many: '{n}件',
  },
  header: {
    list: '検索結果',
    allResults: '「{query}」の検索結果をすべて見る',
    searchPage: '「{query}」を検索ページで探す',
    nothing: 'その言葉に一致するページはありません。言葉を減らすか、簡単な言葉でお試しください。または、{diagnose}。',
    diagnose: '問題を診断してください',
    found: '{count}の結果があります。上下の矢印キーで選び、Enter キーで開きます。',
    none: '「{query}」の検索結果は{count}です。',
    unavailable: '検索結果をすぐに表示できません。Enter キーを押すと検索できます。',
  },
  page: {
    status: '「{query}」の検索結果は{count}です。',
    failed: '検索を読み込めませんでした。接続を確認してページを再読み込みするか、下の原因の一覧をご覧ください。',
  },
} satisfies SearchWords;
