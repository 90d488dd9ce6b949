/** The runner's and the wizard's checks' sentences in Japanese (shape and slots: `LiveWords`, src/i18n/checks/en-live.ts). */
import type { LiveWords } from './en-live';

export const jaLive = {
  runner: {
    timedOutSummary: 'このチェックは時間がかかりすぎたため、中止しました。',
    timedOutDetail: '{seconds}秒以内に終わらなかったため、今回は何も分かりませんでした。「もう一度チェック」を押して、やり直してください。',
    crashedSummary: 'このチェックは、このブラウザでは実行できませんでした。',
    crashedDetail: 'エラー（{error}）で止まったため、問題については何も分かりませんでした。ほかのチェックには影響しません。',
    wrongShape: '結果の形式が正しくありませんでした',
  },
  privateMode: {
    unknownSummary: 'プライベートウィンドウかどうか判断できませんでした。',
    unknownDetail:
      'このブラウザは判定の対象外です。プライベートウィンドウやシークレットウィンドウでこのページを開いている場合、そこでのログインはウィンドウを閉じると消えます。',
    browserNote: '（{name}）',
    privateSummary: 'プライベートウィンドウまたはシークレットウィンドウの可能性があります。',
    privateDetail:
      'プライベートウィンドウ{browser}では、Cookie やサイトのデータは最後のプライベートウィンドウを閉じるまでしか保持されないため、毎回ログアウトされます。これは推定で、確実ではありません。通常のウィンドウだと分かっている場合は、無視してください。',
    okSummary: 'プライベートウィンドウではないと思われます。',
    okDetail:
      'プライベートウィンドウの兆候は見つかりませんでした{browser}。これは推定です。プライベートウィンドウやシークレットウィンドウを開いている場合は、閉じたときにログアウトされます。',
  },
  clock: {
    unknownSummary: 'サーバーの時計を読み取れませんでした。',
    unknownDetail: '使える時刻が返ってきませんでした。ほかの端末の時計と手動で比べてください。',
    okSummary: 'お使いの端末の時計はサーバーの時計と合っています。',
    aheadSummary: 'お使いの端末の時計は、サーバーより約{duration}進んでいます。',
    behindSummary: 'お使いの端末の時計は、サーバーより約{duration}遅れています。',
    problemDetail:
      'ログインできなくなるほどのずれです。時計を参照するログインページやセキュリティチェックが、ログインしたばかりでも期限切れと判断することがあります。日付と時刻の自動設定をオンにしてから、もう一度チェックしてください。',
    warningDetail:
      '少しずれています。これだけでログアウトされることはあまりありませんが、ワンタイムコードや一部のセキュリティチェックが失敗することがあります。日付と時刻の自動設定をオンにしてください。',
    okDetail: 'ずれは約{duration}で、通常の誤差です。ログインに影響するほどではありません。',
  },
  status: {
    statusLink: '{product} のステータスページ',
    unknownSummary: '現在、{product} の状況を読み取れませんでした。',
    unknownDetail: '{host} に問い合わせましたが、{why}。ステータスページを開いて、障害が出ていないか確認してください。',
    offline: 'この端末がオフラインでした',
    blocked:
      'ブラウザが応答を読み取れませんでした（ブロッカーやネットワークのフィルタが止めたか、サービスがほかのサイトからの読み取りを許可していません）',
    httpError: 'エラーが返されました（HTTP {status}）',
    emptyOrHuge: '応答が空か、大きすぎました',
    notJson: '応答が正しい JSON ではありませんでした',
    timeout: '{seconds}秒以内に応答がありませんでした',
    unreadable: '応答が読み取れるステータスの形式ではありませんでした（{what}）',
    unexpectedFormat: '想定外の形式',
    checkedAgo: '（{ago}前に確認しました）',
    lessThanMinute: '1分足らず',
    quoted: '「{name}」',
    nameJoin: '、',
    andMore: 'ほか{count}件',
    degradedSummary: '現在、{product} でパフォーマンスの低下が報告されています。',
    degradedMeaning:
      'リクエストが遅くなったり失敗したりすると、ログアウトされることがあります。問題が同じころに始まったなら、これが原因と考えられます。',
    maintenanceSummary: '現在、{product} はメンテナンス中です。',
    outageSummary: '現在、{product} で障害が発生しています。',
    partialOutageSummary: '現在、{product} で一部の障害が発生しています。',
    downMeaning:
      'サービスが停止していると、Web アプリのセッションは失われることが多く、ブラウザ側では直せません。解決するのを待ってから、もう一度ログインしてください。',
    anIncident: '障害',
    aProblem: '問題',
    cannotTellSummary: '{maker} が{what}を報告していますが、どのサービスに影響するかは示されていません。',
    cannotTellMeaning: 'ステータスページを開いてください。{product} の名前があり、問題が同じころに始まったなら、これが原因と考えられます。',
    elsewhereSummary: '{maker} がほかのサービスの{what}を報告しています。{product} は含まれていません。',
    clearSummary: '現在、{product} に障害やメンテナンスの報告はありません。',
    okMeaning: 'サービス側の問題でログアウトされた可能性は低いでしょう。',
    okMeaningElsewhere: 'どれも {product} には触れていないため、サービス側の問題でログアウトされた可能性は低いでしょう。',
    lists: 'ステータスページには {names} が掲載されています。',
    planned: '予定されているメンテナンス：{names}{starts}。',
    startsIn: '（約{duration}後に開始）',
  },
} satisfies LiveWords;
