/** The message catalog's group and place names in Japanese (see ./en.ts). */
import { site } from '../../config/site';
import type { CatalogWords } from './en';

const { name: app, appUrl } = site.product;

export const ja = {
  groups: {
    session: 'セッションとログイン',
    security: 'セキュリティチェックとアカウントの保護',
    'apps-tools': `${app} アプリ、拡張機能、その他のツール`,
    service: 'エラーと障害',
    limits: '利用上限',
    'files-conversations': 'ファイルと会話',
    account: 'アカウントへのアクセス',
  },
  places: {
    web: `ブラウザの ${new URL(appUrl).host}`,
    app: `${app} アプリ`,
    tool: '拡張機能、デスクトップ用ラッパー、その他のツール',
    cloudflare: 'Cloudflare のセキュリティページ',
  },
} satisfies CatalogWords;
