/** The language chrome's words in Japanese (see en.ts): です/ます, full-width punctuation. */
import type { ChromeWords } from './en';

export const ja = {
  offer: {
    label: '言語',
    text: 'このページは日本語でもご覧いただけます。',
    go: '日本語で読む',
    dismiss: '表示しない',
  },
  copyLink: {
    button: 'リンクをコピー',
    label: '「{title}」へのリンクをコピー',
    copied: 'コピーしました',
    failed: 'コピーできませんでした',
    said: 'リンクをコピーしました',
    saidFailed: 'コピーできませんでした。リンクはアドレスバーに表示されています。',
  },
} satisfies ChromeWords;
