# VINR Portal: English, the reference catalogue. Every other language has exactly these
# keys with the same placeholders (tests/integration/catalogues.rs checks it).

## The portal's frame
layout-return = Return to { $merchant }
layout-footer-links = Support and legal
layout-support = Support
layout-privacy = Privacy policy
layout-terms = Terms of service
layout-sign-out = Sign out
layout-powered-by = Powered by VINR Portal
layout-language = Language
layout-language-apply = Change language

## Overview
overview-title = Billing — { $merchant }
overview-heading = Billing
overview-no-subscription = You don't have a subscription yet.
overview-payment-failed = Your last payment failed. We'll retry it automatically; please make sure your payment method is up to date.
overview-update-payment-method = Update payment method
overview-current-plan = Current plan
overview-payment-method = Payment method
overview-no-payment-method = No payment method on file
overview-manage-payment-methods = Manage payment methods
overview-billing-details = Billing details
overview-edit-billing-details = Edit billing details
overview-invoices = Invoices
overview-invoices-text = See past invoices, pay an open one, and download them as PDF.
overview-view-invoices = View invoices
overview-activity = Activity
overview-activity-text = See what changed on your account, when, and by whom.
overview-view-activity = View activity
overview-quantity = Quantity: { $quantity }
overview-keep-current-plan = Keep current plan
overview-change-plan = Change plan
overview-cancel-plan = Cancel plan
overview-pause-billing = Pause billing
overview-pause-until-resumed = until I resume
overview-pause-for-months = { $months ->
    [one] for { $months } month
   *[other] for { $months } months
}
overview-pause = Pause
overview-resume-billing = Resume billing
overview-renew-plan = Renew plan

## Notices after an action
notice-plan-updated = Your plan has been updated.
notice-cancel-scheduled = Your plan will be canceled at the end of the billing period.
notice-canceled = Your plan has been canceled.
notice-reactivated = Your plan will renew as usual.
notice-offer-accepted = Offer applied. Thanks for staying!
notice-change-scheduled = Your plan change is scheduled for the end of the billing period.
notice-change-dropped = You're keeping your current plan.
notice-paused = Billing is paused. You won't be charged while it is paused.
notice-resumed = Billing has resumed.

## A subscription on the overview
subscription-ended-on = Ended on { $date }
subscription-cancels-on = Cancels on { $date }
subscription-paused-period = Billing paused; the period ends on { $date }
subscription-renews-on = Renews on { $date }
subscription-changes-to = { $quantity ->
    [one] Changes to { $plan } on { $date }
   *[other] Changes to { $quantity } × { $plan } on { $date }
}
subscription-paused-until = Paused until { $date }
subscription-paused = Paused
subscription-latest-invoice = Latest invoice { $number } · { $date } · { $total } · { $status }
subscription-draft-number = (draft)

## Statuses (badges carry words, not only colours)
status-trialing = Trial
status-active = Active
status-past-due = Past due
status-paused = Paused
status-canceled = Canceled
status-unpaid = Unpaid
invoice-status-paid = Paid
invoice-status-open = Payment due
invoice-status-uncollectible = Unpaid
invoice-status-void = Void
invoice-status-draft = Draft

## Prices
price-per-month = { $count ->
    [one] { $amount } per month
   *[other] { $amount } every { $count } months
}
price-per-year = { $count ->
    [one] { $amount } per year
   *[other] { $amount } every { $count } years
}

## Changing plan
common-back = Back
plan-title = Change plan — { $merchant }
plan-heading = Change plan
plan-current = You're on { $plan }.
plan-choose = Choose a plan
plan-current-badge = Current plan
plan-quantity = Quantity ({ $minimum } to { $maximum })
plan-review = Review change
plan-none = There are no other plans to switch to.

## Coupons
discount-percent-off = { $percent }% off
discount-amount-off = { $amount } off
discount-once = once
discount-forever = forever
discount-months = { $months ->
    [one] for { $months } month
   *[other] for { $months } months
}
discount-terms = { $off } { $duration }
discount-named = { $name }: { $terms }
discount-unknown = Discount
