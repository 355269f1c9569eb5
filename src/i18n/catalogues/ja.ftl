# VINR Portal: 日本語

## ポータルの枠
layout-return = { $merchant } に戻る
layout-footer-links = サポートと規約
layout-support = サポート
layout-privacy = プライバシーポリシー
layout-terms = 利用規約
layout-sign-out = ログアウト
layout-powered-by = VINR Portal で提供
layout-language = 言語
layout-language-apply = 言語を変更

## 概要
overview-title = ご請求 — { $merchant }
overview-heading = ご請求
overview-no-subscription = まだ契約中のプランはありません。
overview-payment-failed = 前回のお支払いができませんでした。自動的に再試行しますので、お支払い方法が最新かどうかご確認ください。
overview-update-payment-method = お支払い方法を更新
overview-current-plan = 現在のプラン
overview-payment-method = お支払い方法
overview-no-payment-method = 登録済みのお支払い方法はありません
overview-manage-payment-methods = お支払い方法を管理
overview-billing-details = 請求先情報
overview-edit-billing-details = 請求先情報を編集
overview-invoices = 請求書
overview-invoices-text = 過去の請求書の確認、未払い分のお支払い、PDF のダウンロードができます。
overview-view-invoices = 請求書を見る
overview-activity = 履歴
overview-activity-text = アカウントで何が、いつ、誰によって変更されたかを確認できます。
overview-view-activity = 履歴を見る
overview-quantity = 数量: { $quantity }
overview-keep-current-plan = 現在のプランを維持
overview-change-plan = プランを変更
overview-cancel-plan = プランを解約
overview-pause-billing = 請求を一時停止
overview-pause-until-resumed = 再開するまで
overview-pause-for-months = { $months ->
   *[other] { $months } か月間
}
overview-pause = 一時停止
overview-resume-billing = 請求を再開
overview-renew-plan = プランを更新

## 操作後のお知らせ
notice-plan-updated = プランを変更しました。
notice-cancel-scheduled = プランは請求期間の終了時に解約されます。
notice-canceled = プランを解約しました。
notice-reactivated = プランはこれまでどおり更新されます。
notice-offer-accepted = 特典を適用しました。引き続きご利用いただきありがとうございます。
notice-change-scheduled = プランの変更は請求期間の終了時に行われます。
notice-change-dropped = 現在のプランを維持します。
notice-paused = 請求を一時停止しました。停止中は請求されません。
notice-resumed = 請求を再開しました。

## 概要のプラン
subscription-ended-on = { $date } に終了しました
subscription-cancels-on = { $date } に終了します
subscription-paused-period = 請求は一時停止中です。期間は { $date } に終了します
subscription-renews-on = { $date } に更新されます
subscription-changes-to = { $quantity ->
   *[other] { $date } に { $plan }（{ $quantity } 件）に変更されます
}
subscription-paused-until = { $date } まで一時停止中
subscription-paused = 一時停止中
subscription-latest-invoice = 最新の請求書 { $number } · { $date } · { $total } · { $status }
subscription-draft-number = （下書き）

## ステータス
status-trialing = お試し期間
status-active = 有効
status-past-due = 支払い期限切れ
status-paused = 一時停止中
status-canceled = 解約済み
status-unpaid = 未払い
invoice-status-paid = 支払い済み
invoice-status-open = お支払い待ち
invoice-status-uncollectible = 未払い
invoice-status-void = 無効
invoice-status-draft = 下書き

## 料金
price-per-month = { $count ->
    [1] 月額 { $amount }
   *[other] { $count } か月ごとに { $amount }
}
price-per-year = { $count ->
    [1] 年額 { $amount }
   *[other] { $count } 年ごとに { $amount }
}

## プランの変更
common-back = 戻る
plan-title = プランの変更 — { $merchant }
plan-heading = プランの変更
plan-current = 現在のプランは { $plan } です。
plan-choose = プランを選択
plan-current-badge = 現在のプラン
plan-quantity = 数量（{ $minimum }〜{ $maximum }）
plan-review = 変更内容を確認
plan-none = 変更できるほかのプランはありません。

## クーポン
discount-percent-off = { $percent }% オフ
discount-amount-off = { $amount } オフ
discount-once = 1 回のみ
discount-forever = 無期限
discount-months = { $months ->
   *[other] { $months } か月間
}
discount-terms = { $duration } { $off }
discount-named = { $name }: { $terms }
discount-unknown = 割引

## Payment methods in a sentence
payment-method-brand = { $brand } •••• { $last4 }
payment-method-card = カード
payment-method-sepa = SEPA口座振替 •••• { $last4 }
tax-id-generic = 税務登録番号

## Invoice lines (written on the invoice in its customer's language)
line-item-quantity = { $product } × { $quantity }
line-unused-time = { $item } の未使用期間（{ $date } 以降）
line-remaining-time = { $item } の残り期間（{ $date } 以降）
line-unused-credit = 請求書 { $number } の未使用クレジット

## Reviewing a plan change
review-title = 変更内容の確認 — { $merchant }
review-heading = 変更内容の確認
review-from-to = { $current } から { $new }（{ $terms }）に変更します。
review-adjustments = 今回の請求期間の調整
review-charged-today = 本日 { $amount } が請求されます。
review-next-invoice = 次回の請求日は { $date }、請求額は { $total } です。
review-deferred = { $date } までは { $current } をご利用いただけます。変更はその日から適用され、本日の請求はありません。{ $date } の請求額は { $total } です。
review-discount = この変更で割引「{ $name }」が適用されます（次回の請求から { $amount } 割引）。
review-schedule = 変更を予約する
review-confirm = 変更を確定する

## Invoices
invoices-title = 請求書 — { $merchant }
invoices-heading = 請求書
invoices-empty = 請求書はまだありません。
invoices-section = 請求書一覧
invoices-column-invoice = 請求書
invoices-column-date = 日付
invoices-column-total = 合計
invoices-column-status = ステータス
invoices-column-actions = 操作
invoices-pages = 請求書のページ
invoices-newer = 新しい請求書
invoices-older = 以前の請求書
invoice-pay-now = 今すぐ支払う
invoice-title = 請求書 { $number } — { $merchant }
invoice-heading = 請求書 { $number }
invoice-paid-notice = お支払いいただきありがとうございます。この請求書は支払い済みです。
invoice-issued = 発行日 { $date } · 対象期間 { $period }
invoice-period-range = { $start }〜{ $end }
invoice-from = 請求元
invoice-billed-to = 請求先
invoice-lines = 請求明細
invoice-description = 内容
invoice-period = 期間
invoice-quantity = 数量
invoice-amount = 金額
invoice-subtotal = 小計
invoice-total = 合計
invoice-amount-paid = お支払い済み
invoice-amount-due = 未払い額
invoice-payment-method = お支払い方法: { $method }
invoice-download = PDFをダウンロード
invoice-badge-paid = 支払い済み
invoice-badge-open = 未払い
invoice-badge-void = 無効
invoice-badge-uncollectible = 回収不能
invoice-badge-draft = 下書き
invoice-badge-processing = 処理中

## Messages after a refused action
error-session-ended = セッションの有効期限が切れました。元のウェブサイトに戻り、もう一度請求ポータルを開いてください。
error-not-found = そのサブスクリプションが見つかりませんでした。
error-not-available = このサブスクリプションではそのプランをご利用いただけません。別のプランを選択してください。
error-choose-plan = プランを選択してください。
error-price-changed = 確認後にこの変更の料金が変わりました。新しい金額をご確認のうえ、もう一度確定してください。
error-card-number = カード番号が不完全か、正しくありません。ご確認ください。
error-card-expiry = カードの有効期限が不完全か、すでに過ぎています。
error-card-cvc = カードのセキュリティコードが不完全です。
error-card-declined = カードが承認されませんでした。別のカードをお試しください。
error-payment-method-missing = そのお支払い方法が見つかりませんでした。
error-iban-invalid = このIBANはSEPA口座振替に使用できません。国、桁数、数字をご確認ください。
error-holder-name = 口座名義人の氏名を入力してください。
error-card-postal-code = カードの請求先住所の郵便番号を入力してください。
error-holder-email = 有効なメールアドレスを入力してください。
error-mandate-required = 続行するにはSEPA口座振替の委任に同意してください。
error-last-method = これは唯一のお支払い方法で、サブスクリプションの請求に使われています。先に別のお支払い方法を追加してください。
error-payment-failed = お支払いが完了しませんでした。カードをご確認いただくか、別のカードを追加してください。
error-server = 申し訳ありません。サーバーで問題が発生しました。もう一度お試しください。

## The invoice PDF (the rest of its words are the invoice page's)
pdf-title = 請求書
pdf-number = 請求書番号
pdf-date-of-issue = 発行日
pdf-billing-period = 請求期間
pdf-status = ステータス
pdf-paid-with = お支払い方法: { $method }
pdf-page-of = { $page } / { $pages } ページ
pdf-privacy = プライバシーポリシー: { $url }
pdf-terms = 利用規約: { $url }

## Receipt e-mails
receipt-subject = { $business } からの領収書 [{ $number }]
receipt-from = { $business } からの領収書
receipt-heading = 請求書 { $number } の領収書
receipt-amount-paid = お支払い金額: { $amount }
receipt-invoice = 請求書: { $number }
receipt-date = 日付: { $date }
receipt-total = 合計: { $total }
receipt-pdf = 請求書PDF: { $url }
receipt-questions = ご不明な点は: { $contact }
receipt-paid-on = { $date } にお支払い済み
receipt-paid-on-with = { $date } に { $method } でお支払い済み
receipt-download = 請求書をダウンロード（PDF）

## Cancelling
cancel-title = プランの解約 — { $merchant }
cancel-heading = プランの解約
cancel-offer-heading = 解約の前に
cancel-offer-text = { $plan } を続けると { $offer } が適用されます。
cancel-accept-offer = 特典を受け取る
cancel-decline-offer = 特典は不要、解約に進む
cancel-at-period-end = { $plan } プランは { $date } に解約されます。それまではご利用いただけ、その前ならいつでも更新できます。
cancel-now-credited = { $plan } プランはただちに終了します。未使用期間の金額は次回の請求から差し引かれます。
cancel-now = { $plan } プランはただちに終了します。
cancel-reason = 解約の理由（任意）
cancel-comment = ほかにお伝えいただきたいことはありますか？（任意）
cancel-confirm = プランを解約する
cancel-keep = プランを継続する
reason-too-expensive = 料金が高すぎる
reason-missing-features = 必要な機能がない
reason-switched-service = 別のサービスに乗り換える
reason-unused = あまり使っていない
reason-customer-service = カスタマーサービスに満足できなかった
reason-too-complex = 使い方が複雑すぎる
reason-low-quality = 品質に満足できなかった
reason-other = その他の理由

## Payment methods
payment-methods-title = お支払い方法 — { $merchant }
payment-methods-heading = お支払い方法
payment-methods-empty = お支払い方法はまだ登録されていません。
payment-methods-due = お支払いが必要です
payment-methods-debit-on-its-way = 口座振替の処理中です。銀行からの回答をお待ちください
payment-methods-confirm-asked = 銀行がこのお支払いの確認を求めています
payment-methods-confirm = お支払いを確認する
payment-methods-yours = 登録済みのカード
payment-methods-add-card = カードを追加
payment-methods-card-number = カード番号
payment-methods-card-brand = カードブランド: { $brand }
payment-methods-expiry = 有効期限（MM/YY）
payment-methods-cvc = セキュリティコード
payment-methods-name-on-card = カード名義
payment-methods-postal-code = 請求先の郵便番号
payment-methods-use-as-default = 既定のお支払い方法にする
payment-methods-add-card-button = カードを追加する
payment-methods-add-bank = 銀行口座を追加（SEPA口座振替）
payment-methods-holder-name = 口座名義人
payment-methods-email = メールアドレス
payment-methods-accept-mandate = SEPA口座振替の委任に同意します
payment-methods-add-bank-button = 銀行口座を追加する
payment-methods-needs-javascript = カードや銀行口座の追加にはJavaScriptが必要です。入力内容は決済代行会社に直接送信され、このサイトには送られません。
payment-methods-default = 既定
payment-methods-expired = 期限切れ
payment-methods-expires-soon = まもなく期限切れ
payment-methods-make-default = 既定にする
payment-methods-remove = 削除
payment-methods-remove-named = { $name } を削除
payment-methods-expires = 有効期限 { $date }
payment-methods-bank = { $country } の銀行口座 · 委任番号 { $mandate }
payment-methods-bank-accepted = { $country } の銀行口座 · 委任番号 { $mandate }（{ $date } に同意）
payment-methods-card-added = カードを追加しました。
payment-methods-bank-added = 銀行口座を追加しました。
payment-methods-default-changed = 既定のお支払い方法を変更しました。
payment-methods-removed = カードを削除しました。
payment-methods-payment-confirmed = ありがとうございます。銀行がお支払いを確認しました。まもなく請求書が支払い済みと表示されます。
payment-methods-mandate = IBANを入力してこのお支払いを確定することにより、お客様は { $merchant } およびその決済代行会社が口座からの引き落としをお客様の銀行に指示すること、ならびにお客様の銀行がその指示に従って口座から引き落とすことを承認します。お客様は銀行との契約条件に従い、銀行から返金を受ける権利があります。返金の請求は、口座から引き落とされた日から8週間以内に行う必要があります。

## Billing details
details-title = 請求先情報 — { $merchant }
details-needs-attention = 入力内容をご確認ください。何も保存されていません。
details-contact = 連絡先と住所
details-name = 氏名
details-email = メールアドレス
details-phone = 電話番号
details-country = 国
details-choose-country = 国を選択
details-line1 = 住所 1
details-line2 = 住所 2（任意）
details-city = 市区町村
details-postal-code = 郵便番号
details-state = 都道府県・州（該当する場合）
details-save = 保存する
details-tax-ids = 税務登録番号
details-no-tax-id = 登録されている税務登録番号はありません。
details-tax-type = 種類
details-add-tax-id = 税務登録番号を追加
details-tax-id-invalid = この税務登録番号は種類と国に合っていません。形式をご確認ください（例: 法人番号は13桁の数字）。
details-saved = 請求先情報を保存しました。
details-tax-id-added = 税務登録番号を追加しました。
details-tax-id-removed = 税務登録番号を削除しました。
details-error-name = 氏名を1〜200文字で入力してください。
details-error-email = 有効なメールアドレスを入力してください（例: name@example.com）。
details-error-phone = 電話番号を6〜15桁で入力してください。+ ( ) - とスペースを使用できます。
details-error-line1 = 住所を入力してください。
details-error-city = 市区町村を入力してください。
details-error-postal-code = 国の形式に合った郵便番号を入力してください。
details-error-state = 州・地域のコードを入力してください（例: CA、ON）。
details-error-country = リストから国を選択してください。
details-error-not-editable = ここでは変更できません。
tax-id-type-eu-vat = EU VAT番号
tax-id-type-gb-vat = 英国VAT番号
tax-id-type-ch-vat = スイスVAT番号
tax-id-type-no-vat = ノルウェーVAT番号
tax-id-type-us-ein = 米国EIN
tax-id-type-ca-bn = カナダ事業者番号
tax-id-type-au-abn = オーストラリアABN
tax-id-type-in-gst = インドGSTIN
tax-id-type-jp-cn = 法人番号

## Activity
activity-title = アクティビティ — { $merchant }
activity-intro = サブスクリプション、お支払い方法、請求先情報の最近の変更です。
activity-section = 最近の変更
activity-empty = 変更はまだありません。
activity-when = { $date } { $time } UTC
activity-you = お客様
activity-automatic = 自動
activity-separator = {"、"}
activity-list-separator = {"、"}
activity-subscribed = { $plan } に登録
activity-ended = サブスクリプションが終了
activity-changed-plan = プランを { $from } から { $to } に変更
activity-changed-quantity = 数量を { $from } から { $to } に変更
activity-cancel-scheduled = 期間終了時にサブスクリプションを解約
activity-cancel-withdrawn = サブスクリプションを継続（解約を取り消し）
activity-change-dropped = 予約していたプラン変更を取り消し
activity-change-scheduled = 期間終了時のプラン変更を予約
activity-paused = サブスクリプションを一時停止
activity-resumed = サブスクリプションを再開
activity-cancelled = サブスクリプションを解約
activity-past-due = 支払い期限切れ
activity-status = サブスクリプションのステータス: { $status }
activity-updated = サブスクリプションを更新
activity-discount = 割引を適用
activity-renewed = サブスクリプションを更新（自動継続）
activity-default-method = 既定のお支払い方法を変更
activity-details = 請求先情報を更新（{ $fields }）
activity-field-name = 氏名
activity-field-email = メールアドレス
activity-field-phone = 電話番号
activity-field-address = 住所
activity-tax-id-added = 税務登録番号 { $value } を追加
activity-tax-id-removed = 税務登録番号 { $value } を削除
activity-method-added = { $method } を追加
activity-method-removed = { $method } を削除
activity-invoice-paid = 請求書 { $number } を支払い
activity-invoice-failed = 請求書 { $number } のお支払いに失敗
activity-invoice-uncollectible = 請求書 { $number } が回収不能に設定されました
activity-invoice-voided = 請求書 { $number } が無効になりました

## A deep link's end
done-title = 完了 — { $merchant }
done-heading = 完了しました
done-saved = 変更を保存しました。
done-return = ウェブサイトに戻る

## Screens outside a session (in the browser's language)
screen-expired-title = セッションの有効期限切れ
screen-expired-heading = このセッションは有効期限が切れています
screen-expired-text = セキュリティのため、請求ポータルのリンクは一度だけ、短時間しか使えません。元のページに戻り、もう一度請求ポータルを開いてください。
screen-signed-out-title = ログアウトしました
screen-signed-out-heading = ログアウトしました
screen-signed-out-text = 請求ポータルのセッションは終了しました。再度ご利用の際は、ウェブサイトから請求ポータルを開いてください。
screen-error-title = 問題が発生しました
screen-error-text = 申し訳ありません。サーバーで問題が発生しました。ページを再読み込みしてもう一度お試しください。
screen-opening-title = 請求ポータルを開いています
screen-opening = 請求ポータルを開いています…
screen-needs-javascript = この安全なリンクを開くには、JavaScriptを有効にしてください。
screen-ended-title = セッション終了
screen-ended-heading = セッションが終了しました
screen-ended-text = セキュリティのため、請求ポータルは一定時間が経つとログアウトします。元のウェブサイトに戻り、もう一度請求ポータルを開いてください。
screen-not-found-title = 見つかりません
screen-not-found-heading = お探しのページが見つかりませんでした
screen-back-to-overview = ご請求の概要に戻る
screen-not-available = ご利用いただけません
screen-nothing-to-confirm = 確認が必要なお支払いはありません
screen-nothing-to-confirm-text = このお支払いの確認は不要になりました。支払い済みか、新しいお支払いが処理中です。このページは閉じてかまいません。

## The "Confirm your payment" e-mail
confirm-mail-subject = { $business } へのお支払いの確認 [{ $number }]
confirm-mail-asks = 銀行が、{ $business } への { $amount } のお支払い（請求書 { $number }）の確認を求めています。
confirm-mail-link = こちらから確認してください: { $link }
confirm-mail-lifetime = リンクの有効期間は { $days } 日です。お支払いが確認されるまで、請求書は未払いのままです。
