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

## Payment methods in a sentence
payment-method-brand = { $brand } •••• { $last4 }
payment-method-card = Card
payment-method-sepa = SEPA Direct Debit •••• { $last4 }
tax-id-generic = Tax ID

## Invoice lines (written on the invoice in its customer's language)
line-item-quantity = { $quantity } × { $product }
line-unused-time = Unused time on { $item } after { $date }
line-remaining-time = Remaining time on { $item } after { $date }
line-unused-credit = Unused credit from invoice { $number }

## Reviewing a plan change
review-title = Review change — { $merchant }
review-heading = Review your change
review-from-to = From { $current } to { $new } ({ $terms }).
review-adjustments = Adjustments for the current period
review-charged-today = You'll be charged { $amount } today.
review-next-invoice = Your next invoice on { $date } is { $total }.
review-deferred = You keep { $current } until { $date }; the change takes effect then, and nothing is charged today. Your invoice on { $date } will be { $total }.
review-discount = Discount applied with this change: { $name } ({ $amount } off your next invoice).
review-schedule = Schedule change
review-confirm = Confirm change

## Invoices
invoices-title = Invoices — { $merchant }
invoices-heading = Invoices
invoices-empty = You don't have any invoices yet.
invoices-section = Your invoices
invoices-column-invoice = Invoice
invoices-column-date = Date
invoices-column-total = Total
invoices-column-status = Status
invoices-column-actions = Actions
invoices-pages = Invoice pages
invoices-newer = Newer
invoices-older = Older
invoice-pay-now = Pay now
invoice-title = Invoice { $number } — { $merchant }
invoice-heading = Invoice { $number }
invoice-paid-notice = Thank you, the invoice is paid.
invoice-issued = Issued { $date } · Period { $period }
invoice-period-range = { $start } – { $end }
invoice-from = From
invoice-billed-to = Billed to
invoice-lines = Invoice lines
invoice-description = Description
invoice-period = Period
invoice-quantity = Qty
invoice-amount = Amount
invoice-subtotal = Subtotal
invoice-total = Total
invoice-amount-paid = Amount paid
invoice-amount-due = Amount due
invoice-payment-method = Payment method: { $method }
invoice-download = Download PDF
invoice-badge-paid = Paid
invoice-badge-open = Due
invoice-badge-void = Void
invoice-badge-uncollectible = Uncollectible
invoice-badge-draft = Draft
invoice-badge-processing = Processing

## Messages after a refused action
error-session-ended = Your session has ended. Please return and open the billing portal again.
error-not-found = We couldn't find that subscription.
error-not-available = That plan isn't available for this subscription. Please choose another.
error-choose-plan = Please choose a plan.
error-price-changed = The price of this change has changed since you reviewed it. Please check the new amounts and confirm again.
error-card-number = Your card number is incomplete or invalid. Please check it.
error-card-expiry = Your card's expiration date is incomplete or in the past.
error-card-cvc = Your card's security code is incomplete.
error-card-declined = Your card was declined. Please try another card.
error-payment-method-missing = We couldn't find that payment method.
error-iban-invalid = That IBAN isn't valid for SEPA Direct Debit. Please check the country, length and digits.
error-holder-name = Please enter the account holder's name.
error-card-postal-code = Enter the postal code of the card's billing address.
error-holder-email = Please enter a valid e-mail address.
error-mandate-required = Please accept the SEPA Direct Debit mandate to continue.
error-last-method = This is your only payment method and a subscription is billed to it. Add another one first.
error-payment-failed = The payment did not go through. Please check your card or add another one.
error-server = Sorry, something went wrong on our side. Please try again.

## The invoice PDF (the rest of its words are the invoice page's)
pdf-title = Invoice
pdf-number = Invoice number
pdf-date-of-issue = Date of issue
pdf-billing-period = Billing period
pdf-status = Status
pdf-paid-with = Paid with { $method }
pdf-page-of = Page { $page } of { $pages }
pdf-privacy = Privacy: { $url }
pdf-terms = Terms: { $url }

## Receipt e-mails
receipt-subject = Your receipt from { $business } [{ $number }]
receipt-from = Receipt from { $business }
receipt-heading = Receipt for invoice { $number }
receipt-amount-paid = Amount paid: { $amount }
receipt-invoice = Invoice: { $number }
receipt-date = Date: { $date }
receipt-total = Total: { $total }
receipt-pdf = Invoice PDF: { $url }
receipt-questions = Questions? { $contact }
receipt-paid-on = Paid { $date }
receipt-paid-on-with = Paid { $date } with { $method }
receipt-download = Download the invoice (PDF)

## Cancelling
cancel-title = Cancel plan — { $merchant }
cancel-heading = Cancel plan
cancel-offer-heading = Before you go
cancel-offer-text = Stay on { $plan } and get { $offer }.
cancel-accept-offer = Accept offer
cancel-decline-offer = No thanks, continue to cancel
cancel-at-period-end = Your { $plan } plan will be canceled on { $date }. You can keep using it until then, and renew any time before.
cancel-now-credited = Your { $plan } plan will end immediately. The unused time is credited to your next invoice.
cancel-now = Your { $plan } plan will end immediately.
cancel-reason = Why are you cancelling? (optional)
cancel-comment = Anything else you'd like to tell us? (optional)
cancel-confirm = Cancel plan
cancel-keep = Keep my plan
reason-too-expensive = It's too expensive
reason-missing-features = Some features are missing
reason-switched-service = I'm switching to another service
reason-unused = I don't use it enough
reason-customer-service = Customer service was less than expected
reason-too-complex = It's too complicated to use
reason-low-quality = Quality was less than expected
reason-other = Another reason

## Payment methods
payment-methods-title = Payment methods — { $merchant }
payment-methods-heading = Payment methods
payment-methods-empty = You haven't added a payment method yet.
payment-methods-due = Payment due
payment-methods-debit-on-its-way = your bank debit is on its way; nothing to do until your bank answers
payment-methods-confirm-asked = your bank asks you to confirm this payment
payment-methods-confirm = Confirm your payment
payment-methods-yours = Your cards
payment-methods-add-card = Add a card
payment-methods-card-number = Card number
payment-methods-card-brand = Card brand: { $brand }
payment-methods-expiry = Expiry (MM/YY)
payment-methods-cvc = Security code
payment-methods-name-on-card = Name on card
payment-methods-postal-code = Billing postal code
payment-methods-use-as-default = Use as my default payment method
payment-methods-add-card-button = Add card
payment-methods-add-bank = Add a bank account (SEPA Direct Debit)
payment-methods-holder-name = Account holder name
payment-methods-email = E-mail
payment-methods-accept-mandate = I accept the SEPA Direct Debit mandate
payment-methods-add-bank-button = Add bank account
payment-methods-needs-javascript = Adding a card or bank account needs JavaScript: the details go straight to our payment processor, never to this site.
payment-methods-default = Default
payment-methods-expired = Expired
payment-methods-expires-soon = Expires soon
payment-methods-make-default = Make default
payment-methods-remove = Remove
payment-methods-remove-named = Remove { $name }
payment-methods-expires = Expires { $date }
payment-methods-bank = Bank account in { $country } · mandate { $mandate }
payment-methods-bank-accepted = Bank account in { $country } · mandate { $mandate }, accepted { $date }
payment-methods-card-added = Your card has been added.
payment-methods-bank-added = Your bank account has been added.
payment-methods-default-changed = Your default payment method has been updated.
payment-methods-removed = The card has been removed.
payment-methods-payment-confirmed = Thank you: your bank confirmed the payment. The invoice shows as paid in a moment.
payment-methods-mandate = By providing your IBAN and confirming this payment, you authorise { $merchant } and its payment provider to send instructions to your bank to debit your account, and your bank to debit your account in accordance with those instructions. You are entitled to a refund from your bank under the terms and conditions of your agreement with your bank. A refund must be claimed within 8 weeks starting from the date on which your account was debited.

## Billing details
details-title = Billing details — { $merchant }
details-needs-attention = Some fields need attention. Nothing was saved.
details-contact = Contact and address
details-name = Name
details-email = E-mail
details-phone = Phone
details-country = Country
details-choose-country = Choose a country
details-line1 = Address line 1
details-line2 = Address line 2 (optional)
details-city = City
details-postal-code = Postal code
details-state = State or province (where used)
details-save = Save details
details-tax-ids = Tax IDs
details-no-tax-id = No tax ID on file.
details-tax-type = Type
details-add-tax-id = Add tax ID
details-tax-id-invalid = This tax ID isn't valid for its type and country. Check the format, for example DE123456789 for an EU VAT number.
details-saved = Your billing details have been saved.
details-tax-id-added = The tax ID has been added.
details-tax-id-removed = The tax ID has been removed.
details-error-name = Enter a name of 1 to 200 characters.
details-error-email = Enter a valid e-mail address, such as name@example.com.
details-error-phone = Enter a phone number of 6 to 15 digits; + ( ) - and spaces are allowed.
details-error-line1 = Enter the street address.
details-error-city = Enter the city.
details-error-postal-code = Enter a postal code in the format of the country.
details-error-state = Enter the state or province code, such as CA or ON.
details-error-country = Choose a country from the list.
details-error-not-editable = This can't be changed here.
tax-id-type-eu-vat = EU VAT number
tax-id-type-gb-vat = UK VAT number
tax-id-type-ch-vat = Swiss VAT number
tax-id-type-no-vat = Norwegian VAT number
tax-id-type-us-ein = US EIN
tax-id-type-ca-bn = Canadian BN
tax-id-type-au-abn = Australian ABN
tax-id-type-in-gst = Indian GSTIN
tax-id-type-jp-cn = Japanese corporate number

## Activity
activity-title = Activity — { $merchant }
activity-intro = Recent changes to your subscription, payment methods and billing details.
activity-section = Recent changes
activity-empty = No changes yet.
activity-when = { $date }, { $time } UTC
activity-you = You
activity-automatic = Automatic
activity-separator = {"; "}
activity-list-separator = {", "}
activity-subscribed = Subscribed to { $plan }
activity-ended = Subscription ended
activity-changed-plan = Changed plan from { $from } to { $to }
activity-changed-quantity = Changed quantity from { $from } to { $to }
activity-cancel-scheduled = Cancelled the subscription at the end of the period
activity-cancel-withdrawn = Kept the subscription (cancellation withdrawn)
activity-change-dropped = Dropped a scheduled plan change
activity-change-scheduled = Scheduled a plan change for the period end
activity-paused = Paused the subscription
activity-resumed = Resumed the subscription
activity-cancelled = Cancelled the subscription
activity-past-due = Payment is past due
activity-status = Subscription is now { $status }
activity-updated = Subscription updated
activity-discount = Applied a discount
activity-renewed = Subscription renewed
activity-default-method = Changed the default payment method
activity-details = Updated billing details ({ $fields })
activity-field-name = name
activity-field-email = e-mail
activity-field-phone = phone
activity-field-address = address
activity-tax-id-added = Added tax ID { $value }
activity-tax-id-removed = Removed tax ID { $value }
activity-method-added = Added { $method }
activity-method-removed = Removed { $method }
activity-invoice-paid = Paid invoice { $number }
activity-invoice-failed = Payment failed for invoice { $number }
activity-invoice-uncollectible = Invoice { $number } was marked uncollectible
activity-invoice-voided = Invoice { $number } was voided

## A deep link's end
done-title = Done — { $merchant }
done-heading = All done
done-saved = Your change has been saved.
done-return = Return to the website

## Screens outside a session (in the browser's language)
screen-expired-title = Session expired
screen-expired-heading = This session has expired
screen-expired-text = For your security, billing portal links work once and only for a short time. Go back and open the billing portal again to continue.
screen-signed-out-title = Signed out
screen-signed-out-heading = You're signed out
screen-signed-out-text = Your billing portal session has ended. To come back, open the billing portal again from the website.
screen-error-title = Something went wrong
screen-error-text = Sorry, something went wrong on our side. Please reload the page to try again.
screen-opening-title = Opening your billing portal
screen-opening = Opening your billing portal…
screen-needs-javascript = Please turn on JavaScript to open this secure link.
screen-ended-title = Session ended
screen-ended-heading = Your session has ended
screen-ended-text = For your security, the billing portal signs you out after a while. Go back to the website you came from and open the billing portal again.
screen-not-found-title = Not found
screen-not-found-heading = We couldn't find that
screen-back-to-overview = Back to your billing overview
screen-not-available = Not available
screen-nothing-to-confirm = Nothing to confirm
screen-nothing-to-confirm-text = This payment no longer needs your confirmation: it has been paid, or a newer payment is on its way. You can close this page.

## The "Confirm your payment" e-mail
confirm-mail-subject = Confirm your payment to { $business } [{ $number }]
confirm-mail-asks = Your bank asks you to confirm your payment of { $amount } to { $business } (invoice { $number }).
confirm-mail-link = Confirm it here: { $link }
confirm-mail-lifetime = { $days ->
    [one] The link works for { $days } day. Until the payment is confirmed, the invoice stays due.
   *[other] The link works for { $days } days. Until the payment is confirmed, the invoice stays due.
}
