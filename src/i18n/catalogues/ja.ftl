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
