/** The sentences of the checks only /check/ runs, in Japanese (shape: `MoreWords`, src/i18n/checks/en-more.ts). */
import { dateWords, humanDuration, localDayTimeWords, unitWords } from '../../common/time-words';
import type { MoreWords } from './en-more';

const DAY_MS = 86_400_000;
const day = (n: number) => dateWords(n * DAY_MS, 'ja');
const d = (ms: number) => humanDuration(ms, 'ja');
const openFor = (ms: number) => (ms < 10_000 ? '数秒' : d(ms));

export const jaMore = {
  cookies: {
    okSummary: 'Cookie は使えます。このブラウザはテスト用の Cookie を保存し、また削除しました。',
    okDetail: (deleted: boolean) =>
      `ログイン状態は通常 Cookie に保存されます。このブラウザはこのサイトの Cookie を受け入れています${deleted ? '' : '（指示してもテスト用の Cookie を削除しませんでしたが、ここでは問題ありません）'}。ブラウザを開き直すたびにログアウトされる場合は、「再起動後のデータ」のチェックを見てください。`,
    problemSummary: 'Cookie がブロックされています。このブラウザはテスト用の Cookie を保存しませんでした。',
    problemDetail: (saysOn: boolean) =>
      `${saysOn ? 'ブラウザは Cookie が有効だと報告していますが、テスト用の Cookie を拒否しました。設定か拡張機能がブロックしています。' : 'ブラウザは Cookie が無効になっていると報告しています。'}Cookie がないとサイトはログイン状態を保てないため、ページを読み込むたびに新しい訪問のように扱われ、「session expired」と表示されることがあります。`,
    unavailableSummary: 'このページでは Cookie を使えません。',
    unavailableDetail:
      'ブラウザが、このページによる Cookie の読み書きをまったく許可しませんでした。この状態ではサイトはログイン状態を保てません。',
  },
  storage: {
    local: 'ローカルストレージ',
    session: 'セッションストレージ',
    indexedDb: 'IndexedDB',
    line: (store: string, why?: string) => `${store}：${why === undefined ? '使えます' : `使えません（${why}）`}。`,
    notGivenBack: '書き込んだ内容が返ってきませんでした',
    notDeleted: 'テスト用のデータが削除されませんでした',
    refused: (error: string) => `拒否されました：${error}`,
    notOffered: 'このブラウザには機能がありません',
    noAnswer: (seconds: number) => `${seconds}秒以内に応答がありませんでした`,
    facts: (lines: readonly string[]) => lines.join(''),
    persistent: 'このサイトのデータは永続として扱われています。ブラウザが容量を空けるために自動で消去することはありません。',
    bestEffort:
      'このサイトのデータは、ほとんどのサイトと同じく「ベストエフォート」で保存されています。ブラウザが消去するのは容量が足りなくなったときだけです。',
    okSummary: 'サイトのストレージは使えます。ローカルストレージ、セッションストレージ、IndexedDB のすべてにテストデータを保存できました。',
    problemSummary: 'このブラウザでは、サイトのストレージがブロックされているか、正しく動作していません。',
    problemDetail: (facts: string) =>
      `アプリはログイン情報の一部や保存前の作業をサイトのストレージに保存します。これがブロックされたり消去されたりすると、ログアウトされることがあります。多くの場合、ブラウザの設定でサイトのデータがブロックされているか、プライベートウィンドウを使っています。${facts}`,
    warningSummary: 'セッションストレージは使えませんが、ほかは使えます。',
    warningDetail: (facts: string) => `アプリによっては、タブごとのログイン状態をセッションストレージに保存します。${facts}`,
  },
  network: {
    dropped: (times: number) => `接続が${times}回切れました`,
    switched: (change?: string) => `接続が切り替わりました（${change ?? '種類が変わりました'}）`,
    slept: (ms: number) => `端末が約${d(ms)}スリープまたは停止しました`,
    seen: (events: readonly string[]) => events.join('。'),
    offlineSummary: '現在オフラインです。',
    offlineDetail: (seen?: string) =>
      `このブラウザはネットワークに接続していません。オフライン中のリクエストや、何度も切れる接続によって、セッションが終了したり、終了したように見えたりすることがあります。${seen ? `このページを開いている間に、${seen}。` : ''}`,
    unreachableSummary: 'ブラウザはオンラインだと報告していますが、このサイトに接続できませんでした。',
    unreachableDetail:
      'このサイトへのリクエストがたった今失敗しました。キャプティブポータル、再接続中の VPN、不安定な接続などが原因で、同じことがログインも妨げます。',
    changedSummary: 'このページを開いている間に接続が変わりました。',
    changedDetail: (openMs: number, seen: string) =>
      `このページを開いていた${openFor(openMs)}の間に、${seen}。接続やアドレスが途中で変わると、アプリがセッションを終了することがあります（VPN がサーバーを切り替えたときも同じです）。`,
    okSummary: 'オンラインです。切断、切り替え、スリープはありませんでした。',
    okDetail: (openMs: number) =>
      `オンラインです。このページを開いていた${openFor(openMs)}の間、接続が切れたり変わったりせず、端末もスリープしませんでした。作業中はこのページを開いたままにしておくと、あとで起きた変化も分かります。そのあと「もう一度チェック」を押してください。`,
  },
  blockers: {
    offlineSummary: 'コンテンツブロッカーが有効か判断できませんでした。現在このサイトに接続できません。',
    offlineDetail:
      'テスト用のスクリプトを読み込めませんでしたが、今はこのサイトのほかのものも読み込めないため（オフラインかもしれません）、ブロッカーについては何も分かりません。オンラインに戻ったら「もう一度チェック」を押してください。',
    hidden: '広告のように見えるテスト用の要素が非表示にされました',
    blocked: '広告のような名前のテスト用スクリプトがブロックされました',
    replaced: '広告のような名前のテスト用スクリプトが空のものに置き換えられました',
    warningSummary: 'コンテンツブロッカーが有効になっている可能性があります。',
    warningDetail: (signs: readonly string[]) =>
      `このページで、${signs.join('。また、')}。広告、トラッカー、プライバシーのブロッカーは、ログインに必要なリクエストや Cookie までブロックすることがあります。アプリのサイトでは一時停止するか、拡張機能のないウィンドウでログインしてみてください。`,
    noAnswerSummary: 'コンテンツブロッカーが有効か判断できませんでした。',
    noAnswerDetail:
      'テスト用のスクリプトは時間内に読み込まれず、失敗もしませんでした。広告やトラッカーをブロックする拡張機能、プライバシー保護の拡張機能を使っている場合は、アプリのサイトで一時停止してみてください。',
    okSummary: 'このページでは、コンテンツブロッカーの形跡はありません。',
    okDetail:
      'テスト用の要素は表示されたままで、テスト用のスクリプトも実行されました。Cookie を消去またはブロックするだけの拡張機能はこうした形跡を残さないため、プライバシーやセキュリティの拡張機能を使っている場合は、それが原因のこともあります。',
  },
  browser: {
    unknownName: '不明なブラウザ',
    unknownLabel: '不明なブラウザ',
    on: (os?: string) => (os ? `（${os}）` : ''),
    noDataSummary: (browser: string) => `お使いのブラウザは ${browser} です。このブラウザのリリース日の情報はありません。`,
    noDataDetail: (name: string) =>
      `この ${name} のバージョンがどれくらい古いかは分かりませんでした。どのブラウザでも、最新の状態にしておけば、とうに修正されたログインの不具合を避けられます。`,
    newerSummary: (browser: string) => `お使いのブラウザは ${browser} で、最新のバージョンです。`,
    newerDetail: (name: string, builtDay: number) =>
      `このバージョンは、このサイトの作成時（${day(builtDay)}）に分かっていたどの ${name} のリリースよりも新しいため、最新の状態です。`,
    since: (releaseDay: number, before: boolean) => `${day(releaseDay)}${before ? 'より前' : ''}`,
    oldSummary: (browser: string, days: number, more: boolean) =>
      `お使いのブラウザは ${browser} で、${unitWords(Math.round(days / 30), 'month', 'ja')}${more ? '以上' : ''}前にリリースされたものです。`,
    oldDetail: (since: string, newestVersion: string, newestDay: number, name: string) =>
      `このバージョンのリリースは${since}です。把握している最新のバージョンは ${newestVersion}（${day(newestDay)}）です。Web アプリは最新のブラウザで動作確認されており、古いバージョンのログインの不具合は修正されません。${name} を更新して再起動してください。`,
    recentSummary: (browser: string) => `お使いのブラウザは ${browser} で、最近のバージョンです。`,
    recentDetail: (since: string, days: number, limitDays: number) =>
      `このバージョンのリリースは${since}（${unitWords(days, 'day', 'ja')}前）です。リリースから${unitWords(limitDays, 'day', 'ja')}以内のバージョンを最新とみなしています。`,
  },
  persistence: {
    restartLink: '2回の訪問によるチェックを最初からやり直す',
    returnLink: '戻るためのリンク',
    notRestartedSummary: 'ブラウザはまだ再起動されていません。',
    notRestartedDetail:
      'このタブには以前保存した内容が残っているため、ブラウザは完全には閉じられていません。ブラウザを完全に終了し（すべてのウィンドウ）、もう一度開いてから、戻るためのリンクを開いてください。',
    keptSummary: 'ブラウザは再起動後もこのサイトのデータを保持していました。',
    keptDetail: (since?: number) =>
      `再起動前に保存した Cookie とローカルストレージのデータが${since === undefined ? '' : `${localDayTimeWords(since, 'ja')}から`}残っています。ブラウザを閉じてもサイトのデータは消去されないため、それがログアウトの原因ではありません。`,
    partSummary: (cookieKept: boolean) =>
      `ブラウザを閉じたときに、${cookieKept ? 'Cookie は残りましたが、ローカルストレージのデータ' : 'ローカルストレージのデータは残りましたが、Cookie'}は消去されました。`,
    partDetail: (cookieKept: boolean) =>
      `このサイトのデータの一部が再起動後に残っていませんでした。ログイン状態を保つには両方が必要です。終了時に${cookieKept ? 'サイトのデータ' : 'Cookie'}を消去する設定、クリーニングツール、拡張機能があると、ログアウトされます。`,
    earlierSummary: 'この戻るためのリンクは、以前のテストのものです。',
    earlierDetail:
      '今保存されている目印は、このリンクが想定するものより新しいものです。2回の訪問によるチェックを最初からやり直し、新しいリンクを使ってください。',
    goneSummary: 'ブラウザを閉じたときに、このサイトのデータが消去されました。',
    goneDetail:
      '再起動前に保存した Cookie とローカルストレージのデータがなくなっています。終了時に Cookie とサイトのデータを消去するよう設定されたブラウザ（またはクリーニングツールや拡張機能）では、毎回すべてのサイトからログアウトされます。アプリのサイトにデータの保持を許可してから、もう一度このチェックを行ってください。',
    notStoredSummary: 'このブラウザは目印をまったく保存しませんでした。',
    notStoredDetail:
      'Cookie もローカルストレージも書き込めなかったため、このサイトが保存したものは再読み込みでさえ残りません。「Cookie」と「サイトのストレージ」のチェックを見てください。',
    step1Summary: '手順 1/2 が完了しました。ブラウザを再起動して、このページに戻ってきてください。',
    step1Detail:
      'このサイト用に小さな目印（Cookie とローカルストレージのデータ。個人情報は含みません）を保存しました。戻るためのリンクをコピーするかブックマークしてから、ブラウザを完全に終了し、もう一度開いてリンクを開いてください。目印が残っていたかどうかが分かります。',
  },
} satisfies MoreWords;
