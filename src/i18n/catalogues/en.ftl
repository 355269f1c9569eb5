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

## Dashboard: the frame
dash-sign-in = Sign in
dash-sign-out = Sign out
dash-error-signed-out = Please sign in to continue.
dash-error-two-step-title = Set up two-step sign-in
dash-error-two-step = Your team requires two-step sign-in.
dash-error-not-found-title = Not found
dash-error-not-found = We couldn't find that.
dash-error-refused-title = Not allowed
dash-error-server-title = Something went wrong
dash-error-server = Sorry, something went wrong on our side. Please try again.
dash-nav-label = Dashboard
dash-nav-home = Home
dash-nav-customers = Customers
dash-nav-catalogue = Catalogue
dash-nav-branding = Branding
dash-nav-portal = Portal
dash-nav-domains = Domains
dash-nav-payments = Payments
dash-nav-api-keys = API keys
dash-nav-webhooks = Webhooks
dash-nav-events = Events
dash-nav-audit-log = Audit log
dash-nav-portal-sessions = Portal sessions
dash-nav-team = Team
dash-live-mode = Live mode
dash-test-mode = Test mode
dash-view-test-data = View test data
dash-view-live-data = View live data
dash-test-mode-strip = You are viewing test data. Nothing here moves real money.

## Dashboard: signing in and the account
dash-sign-in-title = Sign in — VINR Portal dashboard
dash-sign-in-heading = Sign in to your dashboard
dash-signed-out = You are signed out.
dash-email = E-mail
dash-password = Password
dash-sign-in-error-credentials = That e-mail and password do not match an account.
dash-sign-in-error-expired = The sign-in took more than 5 minutes; enter your e-mail and password again.
dash-sign-in-error-code = That code is not right, or it was used already. Type the 6 digits your app shows now, or a recovery code.
dash-password-error-short = Choose a password of at least 12 characters.
dash-password-error-long = Choose a password of at most 256 characters.
dash-password-error-common = This password is one of the most common ones: choose another.
dash-password-error-email = Your password must not be your e-mail address.
dash-password-error-mismatch = The two passwords are not the same.
dash-password-error-current = Your current password is not the one you typed.
dash-code-title = Your sign-in code — VINR Portal dashboard
dash-code-heading = Enter your sign-in code
dash-code-text = Open your authenticator app and type the 6-digit code it shows for VINR Portal. Lost your phone? Type one of your recovery codes instead.
dash-code = Code
dash-code-start-again = Start again
dash-setup-expired-title = Link expired — VINR Portal dashboard
dash-setup-expired-heading = This link has expired
dash-setup-expired-text = Setup links work once and for 72 hours. Ask whoever set up your account for a new one.
dash-setup-title = Choose your password — VINR Portal dashboard
dash-setup-heading = Choose your password
dash-setup-as = You will sign in as { $email }.
dash-new-password = New password
dash-password-hint = At least 12 characters. A few unrelated words make a strong password.
dash-setup-confirm = The same password again
dash-setup-save = Save password and sign in
dash-account-title = Your account — { $merchant } dashboard
dash-account-heading = Your account
dash-account-signed-in-as = Signed in as { $email } ({ $role }).
dash-account-password-changed = Password changed. You are still signed in here; every other session of your account has ended.
dash-account-change-heading = Change your password
dash-account-current-password = Current password
dash-account-confirm = The new password again
dash-account-change-password = Change password
dash-two-step-heading = Two-step sign-in
dash-two-step-off-done = Two-step sign-in is off. You sign in with your password alone.
dash-two-step-wrong = That code is not right, or it was used already. Type the 6 digits your app shows now.
dash-two-step-restart = Start the setup again: there is no new secret waiting for a code.
dash-two-step-required = Your team requires two-step sign-in, so it stays on.
dash-two-step-needed = Your team requires two-step sign-in. Set it up here to go on using the dashboard.
dash-two-step-codes-left = { $left ->
    [one] { $left } of 10 recovery codes left.
   *[other] { $left } of 10 recovery codes left.
}
dash-two-step-on = On
dash-two-step-on-text = You sign in with your password and a code from your authenticator app.
dash-two-step-renew-label = Code from your app, for new recovery codes
dash-two-step-renew = Make new recovery codes
dash-two-step-disable-label = Code from your app, to turn it off
dash-two-step-disable = Turn off two-step sign-in
dash-two-step-step-add = In your authenticator app (1Password, Google Authenticator, Authy…), add an account with this key, or open the link on this device:
dash-two-step-setup-key = Setup key
dash-two-step-open-app = Open in an authenticator app on this device
dash-two-step-step-code = Type the 6-digit code the app now shows for VINR Portal:
dash-two-step-code-label = Code from your app
dash-two-step-enable = Turn on two-step sign-in
dash-two-step-off-text = Off. With it on, signing in also asks for a code from an authenticator app on your phone, so a stolen password is not enough.
dash-two-step-team-requires = Your team requires it of everyone.

## Dashboard: words built from what the services read
dash-role-owner = Owner
dash-role-admin = Admin
dash-role-developer = Developer
dash-role-viewer = Viewer
dash-home-past-due-since = { $subscription } · past due since { $date }
dash-home-unpaid-since = { $subscription } · unpaid since { $date }
dash-home-endpoint-disabled = Disabled: it receives no events
dash-home-endpoint-failing-since = Deliveries failing since { $date }
dash-home-endpoint-failing = Deliveries failing
dash-home-domain-lapsed = Stopped serving: its TXT record is missing
dash-home-domain-txt-missing = Its TXT record is missing; it stops serving after 7 days
dash-home-domain-waiting = Waiting for its DNS records
dash-status-active = Active
dash-status-trial = Trial
dash-status-past-due = Past due
dash-status-unpaid = Unpaid
dash-status-paused = Paused
dash-status-canceled = Canceled
dash-customer-keep = Keep the subscription
dash-customer-keep-confirm = Yes, keep the subscription
dash-customer-keep-text = It renews on { $date } as before.
dash-customer-cancel-at-period-end = Cancel at period end
dash-customer-cancel-at-period-end-confirm = Yes, cancel at period end
dash-customer-cancel-at-period-end-text = The customer keeps the plan until { $date }; nothing more is charged.
dash-customer-cancel-now = Cancel now
dash-customer-cancel-now-confirm = Yes, cancel now
dash-customer-cancel-now-text = The subscription ends today. The unused time is not credited.
dash-customer-subscription-renews = { $subscription } · { $price } · renews { $date }
dash-customer-subscription-cancels = { $subscription } · { $price } · cancels { $date }
dash-customer-mandate = Mandate { $reference }
dash-customer-card-expires = Expires { $expiry }
dash-default = Default
dash-invoice-paid = Paid
dash-invoice-due = Due
dash-invoice-uncollectible = Uncollectible
dash-invoice-void = Void
dash-invoice-draft = Draft
dash-customer-pay-now = Pay now
dash-customer-pay-now-confirm = Yes, pay now
dash-customer-pay-now-text = Charges { $amount } to the customer's default payment method now.
dash-customer-void = Void invoice
dash-customer-void-confirm = Yes, void invoice
dash-customer-void-text = The customer will no longer owe it. This cannot be undone.
dash-customer-tax-id = Tax ID
dash-customer-change-by = { $when } · by { $actor }
dash-customer-configuration-default = { $id } (default)
dash-browser-on-system = { $browser } on { $system }
dash-session-signed-in = Signed in
dash-session-not-opened = Link not opened yet
dash-session-ended = Ended
dash-session-expired-unopened = Expired unopened
dash-session-created = Created { $when } · configuration { $configuration }
dash-session-works-until = works until { $when }
dash-session-opened = Opened { $when }
dash-session-opened-from = Opened { $when } from { $address }
dash-keys-unnamed = Unnamed key
dash-keys-last-used = Last used { $when }
dash-keys-never-used = Never used
dash-created = Created { $when }
dash-keys-stops-working = Stops working { $when }
dash-portal-for-past-due = For past-due customers
dash-portal-alternate = Alternate
dash-webhooks-enabled = Enabled
dash-webhooks-disabled = Disabled
dash-webhooks-all-events = All events
dash-delivery-delivered = Delivered
dash-delivery-failed = Failed
dash-delivery-retrying = Retrying
dash-delivery-waiting = Waiting
dash-delivery-next-try = next try { $when }
dash-delivery-http = HTTP { $status } in { $ms } ms
dash-delivery-no-answer-error = No answer ({ $error }) after { $ms } ms
dash-delivery-no-answer = No answer after { $ms } ms
dash-delivery-try = Try { $number } · { $when }
dash-team-invited-until = Invited · link works until { $when }
dash-team-invitation-expired = Invitation expired
dash-actor-dashboard = dashboard
dash-actor-api-key = API key
dash-actor-portal = the customer, in the portal
dash-events-object-by = { $object } · by { $actor }
dash-domains-verified = Verified
dash-domains-waiting = Waiting for DNS
dash-domains-lapsed = Lapsed
dash-domains-checked-error = Checked { $when }: { $error }
dash-domains-checked-ok = Checked { $when }: the TXT record is in place.
dash-domains-serving-until = The TXT record is missing: the domain keeps serving until { $when }, then stops unless the record is back.

## Dashboard: home
dash-home-title = Home — { $merchant } dashboard
dash-home-heading = What needs attention
dash-home-past-due = Customers past due
dash-home-past-due-none = No customer is past due.
dash-home-failing-endpoints = Failing webhook endpoints
dash-home-failing-endpoints-none = Every webhook endpoint is receiving its events.
dash-home-domains = Custom domains
dash-home-domains-none = No custom domain waits for verification.
dash-home-activity = Recent portal activity
dash-home-activity-none = No customer has changed anything in the portal yet.

## Dashboard: API keys
dash-keys-title = API keys — { $merchant } dashboard
dash-keys-revoked = Key revoked. Requests made with it are refused from now on.
dash-keys-role = Your role in this team does not allow this change; ask an owner, an admin or a developer.
dash-keys-overlap = Choose how long the old key keeps working: from now to 7 days.
dash-keys-name-too-long = A key's name can have at most 100 characters.
dash-keys-unknown = That key no longer works, or it is not one of this account's.
dash-keys-create-test = Create a test key
dash-keys-create-live = Create a live key
dash-keys-lede = Secret keys let your server call the REST API and mint portal sessions. Keep them on your server: never in a browser, an app or a repository.
dash-keys-new = New key
dash-name = Name
dash-keys-name-placeholder = Production server
dash-keys-name-hint = What the key is for, so that you know which one to revoke later.
dash-keys-go-live = Go live
dash-keys-go-live-text = A live key opens live mode: real customers, and real payments once Stripe is connected under Settings → Payments.
dash-keys-live-server = Live server
dash-keys-none = No working keys in this mode.
dash-keys-revoke-confirm = Yes, revoke { $name } ({ $key })
dash-keys-roll-or-revoke = Roll or revoke
dash-keys-overlap-label = The old key keeps working
dash-keys-overlap-none = not at all: stop it now
dash-keys-overlap-hour = for 1 hour
dash-keys-overlap-day = for 24 hours
dash-keys-overlap-week = for 7 days
dash-keys-roll = Roll: make a new key
dash-keys-revoke-hint = Revoking refuses every request made with this key, at once, on every instance.

## Dashboard: customers
dash-customers-title = Customers — { $merchant } dashboard
dash-customers-none = No customers yet. Customers created through the API appear here.
dash-customers-no-match = No customer matches “{ $search }”.
dash-customers-search-label = Search by id, name or e-mail
dash-customers-search = Search
dash-customers-since = { $id } · since { $date }
dash-pages = Pages
dash-previous-page = Previous page
dash-next-page = Next page
dash-customer-title = { $name } — { $merchant } dashboard
dash-customer-configuration = Portal configuration
dash-customer-open-portal = Open the portal as this customer
dash-customer-subscriptions = Subscriptions
dash-customer-subscriptions-none = No subscriptions.
dash-customer-payment-methods = Payment methods
dash-customer-payment-methods-none = No payment methods on file.
dash-customer-invoices = Invoices
dash-customer-invoices-none = No invoices yet.
dash-customer-tax-ids = Tax IDs
dash-customer-tax-ids-none = No tax IDs.
dash-customer-changes = Events and audit entries
dash-customer-changes-none = No changes recorded yet.
dash-customer-done-cancel-period-end = The subscription will cancel at the end of its period.
dash-customer-done-cancel-now = The subscription is canceled.
dash-customer-done-reactivated = The subscription will renew as before.
dash-customer-done-paid = Payment taken: the invoice is paid.
dash-customer-done-voided = The invoice is void.
dash-done = Done.
dash-decline-card-declined = The payment failed: the customer's card was declined.
dash-decline-insufficient-funds = The payment failed: the card has insufficient funds.
dash-decline-expired-card = The payment failed: the customer's card has expired.
dash-decline-incorrect-cvc = The payment failed: the card's security code was refused.
dash-decline-debit-failed = The payment failed: the customer's bank returned the debit.
dash-decline-authentication-required = The customer's bank asks them to confirm this payment; they can in the portal.
dash-decline-refused = The payment processor refused the payment; see the log for why.
dash-decline-no-payment-method = The customer has no payment method on file; they can add one in the portal.
dash-decline-unavailable = The payment processor could not be reached; try again in a moment.
dash-role-owner-or-admin = Your role in this team does not allow this change; ask an owner or an admin.
dash-customer-not-theirs = That is not one of this customer's.

## Dashboard: branding
dash-branding-title = Branding — { $merchant } dashboard
dash-branding-support-url = Support page
dash-branding-support-email = Support e-mail
dash-branding-privacy = Privacy policy
dash-branding-terms = Terms of service
dash-branding-links = Support and legal links
dash-branding-links-hint = Shown at the foot of every portal page and on invoices. Leave a field empty to show nothing.
dash-branding-logo = Logo
dash-branding-current-logo = Your current logo
dash-branding-remove-logo = Remove the logo (the portal shows your business name alone)
dash-branding-upload-logo = Upload a new logo
dash-branding-logo-hint = PNG or SVG, at most 512 KB. It appears at most 36 pixels high, on white.
dash-branding-lede = Your brand on the customer portal, invoice PDFs and receipts, in test and live mode alike. Customers see a saved change on the next page they open.
dash-branding-saved = Branding saved.
dash-branding-samples = Samples
dash-branding-samples-hint = Drawn with what is in this form now, saved or not, for a sample customer; they open in a new tab and save nothing.
dash-branding-sample-invoice = Sample invoice PDF
dash-branding-sample-receipt = Sample receipt
dash-branding-save = Save branding
dash-branding-read-only = Your role lets you see the brand. An owner or an admin can change it.
dash-branding-business-name = Business name
dash-branding-empty-name = Empty: the portal shows “{ $merchant }”.
dash-branding-accent = Accent colour
dash-branding-picker = Colour picker
dash-branding-not-a-colour = Type a colour as # and six hex digits, like #4f46e5.
dash-branding-summary-white = Buttons use { $accent } with white text; links show in { $link }.
dash-branding-summary-dark = Buttons use { $accent } with dark text; links show in { $link }.
dash-branding-summary-white-darkened = Buttons use { $accent } with white text. The colour has a contrast of { $ratio }:1 on the portal's light backgrounds, under the 4.5:1 that text needs, so links show in { $link } instead.
dash-branding-summary-dark-darkened = Buttons use { $accent } with dark text. The colour has a contrast of { $ratio }:1 on the portal's light backgrounds, under the 4.5:1 that text needs, so links show in { $link } instead.
dash-branding-preview = Preview of the portal
dash-branding-preview-button = Update plan
dash-branding-preview-link = View invoice history

## Dashboard: portal settings
dash-portal-title = Portal settings — { $merchant } dashboard
dash-portal-heading = Portal settings
dash-portal-lede = What customers may do in the portal. Sessions use the default configuration unless the merchant's server names another when creating them.
dash-portal-saved = Portal settings saved. Sessions opened from now on use them; open sessions pick them up on their next page.
dash-portal-created = Configuration created as a copy of the default. Pass its id as `configuration` when you create portal sessions.
dash-portal-preview-refused = Choose one of your test customers to preview the portal as.
dash-portal-unknown = That configuration does not exist in this account.
dash-portal-field-address = Billing address
dash-portal-field-phone = Phone
dash-portal-proration-create = Credit or charge the difference on the next invoice
dash-portal-proration-invoice = Invoice the difference at once
dash-portal-proration-none = No proration
dash-portal-proration-default = Nothing (the default)
dash-portal-configurations = Portal configurations
dash-portal-new = New configuration
dash-portal-preview-as = Preview as
dash-portal-preview = Preview
dash-portal-preview-hint = Opens the portal in a new tab as this test customer, with this configuration as saved.
dash-portal-save = Save portal settings
dash-portal-read-only = Your role lets you see the portal settings. An owner or an admin can change them.
dash-portal-no-price-ticked = No price ticked: every price of the product.
dash-portal-quantity = Customers choose the quantity
dash-portal-quantity-from = From
dash-portal-quantity-to = to
dash-portal-payments-and-invoices = Payments and invoices
dash-portal-payment-methods-detail = customers add cards and SEPA mandates, remove them and choose the default.
dash-portal-invoice-history = Invoice history
dash-portal-invoice-history-detail = customers see their invoices, download PDFs and pay open ones.
dash-portal-billing-details = Billing details
dash-portal-billing-details-detail = customers edit what is printed on their invoices.
dash-portal-they-may-change = They may change:
dash-portal-plan-changes = Plan changes
dash-portal-plan-changes-detail = customers switch to another plan or change their quantity.
dash-portal-plans = Plans they may switch to:
dash-portal-update-proration = Charges for a plan change
dash-portal-schedule = These changes wait for the end of the paid period instead of applying at once:
dash-portal-schedule-downgrade = A cheaper plan (a downgrade)
dash-portal-schedule-shorter = A shorter billing period (yearly to monthly)
dash-portal-cancellation = Cancellation
dash-portal-cancellation-detail = customers cancel their plan themselves.
dash-portal-cancel-mode = When a cancellation takes effect:
dash-portal-cancel-at-period-end = At the end of the paid period (they can change their mind until then)
dash-portal-cancel-at-once = At once
dash-portal-cancel-proration = Refund for the unused time, when cancelling at once
dash-portal-ask-why = Ask why
dash-portal-ask-why-detail = customers pick a reason before they confirm.
dash-portal-retention = Retention offer
dash-portal-no-offer = No offer
dash-portal-retention-hint = A coupon offered once before the customer confirms; accepting it keeps the plan at the discount.
dash-portal-pause = Pause
dash-portal-pause-detail = customers pause collection for a while instead of cancelling.
dash-portal-words-and-links = Words and links
dash-portal-headline = Headline
dash-portal-headline-placeholder = Manage your subscription
dash-portal-return-url = Default return address
dash-portal-return-url-hint = Where “Return to the website” leads when a session names no return address.
dash-portal-frame-ancestors = Sites that may embed the portal
dash-portal-frame-ancestors-hint = One origin per line, at most 10. Empty: no site may show the portal in a frame.
dash-portal-use = Use
dash-portal-is-default = This is the default configuration. To change that, make another one the default.
dash-portal-make-default = Make this the default configuration
dash-portal-past-due-default = Use it for customers whose payment has failed (past due)

## Dashboard: portal settings form
dash-portal-error-minimum = Type the smallest quantity as a whole number, like { $example }.
dash-portal-error-maximum = Type the largest quantity as a whole number, like { $example }.
dash-portal-field-minimum = Smallest quantity
dash-portal-field-maximum = Largest quantity
dash-portal-field-products = Plans to switch to
dash-portal-field-reasons = Cancellation reasons
dash-portal-field-cancel-proration = Refund on cancellation
dash-portal-field-schedule = Changes at period end

## Dashboard: catalogue
dash-catalogue-title = Catalogue — { $merchant } dashboard
dash-catalogue-done-product = Product created. Add a price so that customers can subscribe to it.
dash-catalogue-done-price = Price added.
dash-catalogue-done-archived = Archived: no longer offered to new subscriptions or plan switches. Subscriptions already on it keep renewing.
dash-catalogue-done-restored = Restored: offered again wherever your portal settings list it.
dash-catalogue-done-coupon = Coupon created. Offer it as a retention coupon under Settings → Portal.
dash-catalogue-new-product = New product
dash-catalogue-product = Product
dash-catalogue-description = Description (optional)
dash-catalogue-create-product = Create product
dash-catalogue-lede = Products and their prices are what customers subscribe to and switch between in the portal. Coupons are discounts, offered as retention coupons when a customer cancels.
dash-catalogue-products = Products
dash-catalogue-products-none = No products yet.
dash-catalogue-coupons = Coupons
dash-catalogue-coupons-none = No coupons yet.
dash-catalogue-archived = Archived
dash-catalogue-prices-of = Prices of { $name }
dash-catalogue-archive-product = Archive product
dash-catalogue-archive-product-text = New subscriptions and plan switches no longer offer its prices. Subscriptions already on them keep renewing, and you can restore it at any time.
dash-catalogue-archive-confirm = Yes, archive { $name }
dash-catalogue-archive = Archive { $name }
dash-catalogue-restore = Restore { $name }
dash-catalogue-add-price-summary = Add a price…
dash-catalogue-prices-none = No prices yet: customers cannot subscribe to it.
dash-catalogue-price = Price
dash-id = Id
dash-status = Status
dash-action = Action
dash-catalogue-lookup-key = Lookup key
dash-catalogue-new-price = New price for { $product }
dash-catalogue-months = Months
dash-catalogue-years = Years
dash-catalogue-amount = Amount
dash-catalogue-currency = Currency
dash-catalogue-billed-every = Billed every
dash-catalogue-months-or-years = Months or years
dash-catalogue-lookup-key-optional = Lookup key (optional)
dash-catalogue-add-price = Add price
dash-coupon-percent-kind = A percentage off
dash-coupon-amount-kind = An amount off
dash-coupon-once = Once: the next invoice
dash-coupon-repeating = For a number of months
dash-coupon-forever = Forever
dash-coupon-new = New coupon
dash-coupon = Coupon
dash-coupon-name = Name (optional)
dash-coupon-name-placeholder = Stay with us
dash-coupon-discount = Discount
dash-coupon-percent = Percent off (for a percentage)
dash-coupon-amount = Amount off (for an amount)
dash-coupon-currency = Currency (for an amount)
dash-coupon-applies = Applies
dash-coupon-months = Months (for a number of months)
dash-coupon-create = Create coupon
dash-catalogue-not-found = That product or price is not in this account's catalogue.
dash-catalogue-error-currency = Choose a currency from the list
dash-catalogue-error-interval-count = Type how many months or years one period lasts, as a whole number
dash-catalogue-error-percent = Type the percentage off as a number, like 20
dash-catalogue-error-months = Type for how many months the coupon applies, from 1 to 120

## Dashboard: webhooks, and the pages that show a secret once
dash-copy = Copy
dash-copied = Copied
dash-back-to-account = Back to your account
dash-back-to-keys = Back to API keys
dash-back-to-team = Back to the team
dash-recovery-codes-title = Your recovery codes
dash-recovery-codes-text = Two-step sign-in is on. Keep these codes somewhere safe, away from your phone: each one signs you in once if you lose it. This is the only time they are shown.
dash-invitation-link = Invitation link
dash-invitation-link-text = E-mail is not configured on this server, so send this link to { $email } yourself. It works once, for 72 hours, and lets them choose their password.
dash-new-key-title = Your new API key
dash-new-key-field = Secret key
dash-new-key-text-test = Copy it now and keep it on your server: this is the only time it is shown. It works in test mode.
dash-new-key-text-live = Copy it now and keep it on your server: this is the only time it is shown. It works in live mode.
dash-signing-secret-title = Your endpoint's signing secret
dash-signing-secret = Signing secret
dash-go-to-endpoint = Go to the endpoint
dash-signing-secret-new = Check each delivery's Vinr-Signature header with it on your server. Copy it now: this is the only time it is shown.
dash-signing-secret-rotated = Deliveries are signed with this secret and, for the next 24 hours, with the old one too, so you can switch your server over. Copy it now: this is the only time it is shown.
dash-team-role-forbids = Your role does not allow this change: owners and admins manage the team, and only an owner grants or takes ownership.
dash-team-not-found = That person is not in this team.
dash-team-choose-role = Choose a role.
dash-domains-not-found = That domain is not one of this account's.
dash-webhooks-title = Webhooks — { $merchant } dashboard
dash-webhooks-done-saved = Endpoint saved.
dash-webhooks-done-test = Test event sent. Its delivery appears below within a few seconds; reload to see it.
dash-webhooks-done-resent = Event queued again for this endpoint.
dash-webhooks-done-enabled = Endpoint enabled: it receives events again.
dash-webhooks-done-disabled = Endpoint disabled: it receives no events until you enable it.
dash-webhooks-done-deleted = Endpoint deleted. Its pending deliveries will not be sent.
dash-webhooks-refused-disabled = This endpoint is disabled; enable it before sending or resending events.
dash-webhooks-refused-unknown = That endpoint or event does not exist in this account.
dash-webhooks-lede = Endpoints on your servers that receive signed events when something changes, from the API, the portal or this dashboard alike.
dash-webhooks-none = No endpoints yet.
dash-webhooks-new = Add an endpoint
dash-webhooks-add = Add endpoint
dash-webhooks-endpoint = Endpoint
dash-webhooks-url = Endpoint URL
dash-webhooks-description = Description
dash-webhooks-description-placeholder = Order sync on the production server
dash-webhooks-events = Events to send
dash-webhooks-all-events-later = , including types added later
dash-webhooks-only-these = Or only these:
dash-webhooks-error-events = Events to send: tick “All events” or at least one event type.
dash-endpoint-title = Webhook endpoint — { $merchant } dashboard
dash-endpoint-heading = Webhook endpoint
dash-endpoint-disable = Disable
dash-endpoint-enable = Enable
dash-endpoint-send-test = Send test event
dash-endpoint-rotate = Rotate secret
dash-endpoint-delete = Delete
dash-endpoint-delete-text = Deleting stops every delivery to this endpoint, including pending ones. This cannot be undone.
dash-endpoint-delete-confirm = Yes, delete this endpoint
dash-endpoint-edit = Edit URL, description and events
dash-endpoint-save = Save endpoint
dash-endpoint-deliveries = Deliveries
dash-endpoint-deliveries-none = No deliveries yet. Send a test event, or change something in test mode.
dash-endpoint-older = Older deliveries: GET /v1/webhook_endpoints/{"{"}id{"}"}/deliveries.
dash-delivery-response = Response
dash-delivery-request-body = Request body
dash-delivery-resend = Resend

## Dashboard: domains, payments, team, audit log, events, portal sessions
dash-branding-error-accent = Type the accent colour as # and six hex digits, like #4f46e5.
dash-branding-error-name = Keep the business name to 200 characters.
dash-branding-error-email = Type the support e-mail as an address, like help@example.com.
dash-branding-error-support-url = Type the support page as a full web address, starting with https://.
dash-branding-error-privacy-url = Type the privacy policy as a full web address, starting with https://.
dash-branding-error-terms-url = Type the terms of service as a full web address, starting with https://.
dash-branding-error-logo = The logo must be a PNG or SVG image of at most 512 KB.
dash-branding-error-unreadable = The form could not be read. A logo may be at most 512 KB; try again with a smaller file.
dash-too-many-attempts-title = Too many sign-in attempts
dash-too-many-attempts = { $minutes ->
    [one] Too many failed sign-ins. Try again in { $minutes } minute.
   *[other] Too many failed sign-ins. Try again in { $minutes } minutes.
}
dash-back-to-sign-in = Back to sign-in
dash-audit-title = Audit log — { $merchant } dashboard
dash-audit-lede = Every change to this account's data, from the API, the portal and this dashboard, with who made it and from where.
dash-audit-object = Object
dash-audit-actor = Actor
dash-audit-actor-placeholder = someone@example.com or an id
dash-audit-none = No entries match.
dash-audit-older = Older entries
dash-audit-by = By { $actor }
dash-audit-field = Field
dash-audit-before = Before
dash-audit-after = After
dash-audit-page-gone = That page of the audit log is not available; start again from the newest entries.
dash-filter = Filter
dash-filter-clear = Clear
dash-filter-customer = Customer
dash-filter-from = From
dash-filter-to = To
dash-filter-error-date = Type the date as year-month-day, like 2026-12-06 (not “{ $text }”).
dash-events-title = Events — { $merchant } dashboard
dash-events-lede = Everything that happened in this mode, as your webhook endpoints receive it.
dash-events-all-types = All types
dash-events-none = No events match.
dash-events-older = Older events
dash-events-body = Event body
dash-events-page-gone = That page of events is not available; start again from the newest.
dash-domains-title = Custom domains — { $merchant } dashboard
dash-domains-done-added = Domain added. Add its two records at your DNS host, then choose Verify now.
dash-domains-done-verified = Verified: new portal links use this domain.
dash-domains-done-removed = Domain removed. New portal links use the default address again.
dash-domains-lede = Serve the portal under a name of your own, like billing.example.com. Portal links use a verified domain; the dashboard stays on this server's own address.
dash-domains-none = No custom domain yet.
dash-domains-new = Add a domain
dash-domains-domain = Domain
dash-domains-name = Domain name
dash-domains-name-hint = A name you control, with no scheme or path.
dash-domains-add = Add domain
dash-domains-remove-confirm = Yes, remove { $domain }
dash-domains-records = Records to add at your DNS host
dash-domains-type = Type
dash-domains-value = Value
dash-domains-record-name = { $kind } record name
dash-domains-record-value = { $kind } record value
dash-domains-verify = Verify now
dash-domains-remove = Remove
dash-domains-remove-text = The portal stops answering on this name at once.
dash-payments-title = Payments — { $merchant } dashboard
dash-payments-connected-done = Stripe is connected: live payments go through your Stripe account.
dash-payments-test-lede = Test mode charges Stripe's test cards with the built-in test processor: nothing to connect. Switch to live mode to connect your Stripe account and take real payments.
dash-payments-live-lede = Live payments go through your own Stripe account. Customers enter cards and bank accounts in Stripe's fields, so card numbers never reach this server.
dash-payments-replace-heading = Replace the keys
dash-payments-connect = Connect Stripe
dash-payments-replace = Replace keys
dash-payments-keys = Stripe keys
dash-payments-secret-key = Secret key or restricted key
dash-payments-secret-key-hint = From Stripe's dashboard, Developers → API keys. It is checked with Stripe, then stored encrypted. Test keys (sk_test_…) rehearse live mode without real money.
dash-payments-publishable-key = Publishable key
dash-payments-webhook-secret = Webhook signing secret
dash-payments-webhook-secret-hint = From the webhook endpoint you add in Stripe for the URL shown on this page.
dash-payments-test-keys = Test keys
dash-payments-connected = Connected
dash-payments-sandbox = Connected with Stripe's test keys: live mode rehearses in Stripe's test mode, no real money moves, and test clocks work. Replace them with your live keys to take real payments; customers' saved payment methods stay with Stripe's test account.
dash-payments-webhook-url = Webhook URL to give Stripe
dash-payments-webhook-url-short = Webhook URL
dash-payments-webhook-events = Send payment_intent.succeeded, payment_intent.payment_failed and payment_method.detached.
dash-sessions-title = Portal sessions — { $merchant } dashboard
dash-sessions-lede = The latest 50 sessions minted for your customers. Revoking one ends it at once: the customer's next page says the session has expired.
dash-sessions-revoked = Session revoked.
dash-sessions-none = No portal sessions yet. Sessions minted through the API or from a customer's page appear here.
dash-sessions-ended = That session had already ended, or it is not one of this account's.
dash-sessions-revoke-label = Revoke { $customer }'s session
dash-sessions-revoke = Revoke
dash-team-title = Team — { $merchant } dashboard
dash-team-done-emailed = Invitation e-mailed. The link in it works once, for 72 hours.
dash-team-done-role = Role changed. It applies to their next page.
dash-team-done-removed = Removed from the team. They were signed out at once.
dash-team-done-two-step-on = Two-step sign-in is now required: teammates without it set it up on their next page.
dash-team-done-two-step-off = Two-step sign-in is no longer required (teammates who use it keep it).
dash-team-stop-requiring = Stop requiring two-step sign-in
dash-team-require = Require two-step sign-in for everyone
dash-team-two-step-required = Required: everyone signs in with a password and a code from an authenticator app.
dash-team-two-step-not-required = Not required: each teammate chooses on their account page.
dash-team-invite-heading = Invite a teammate
dash-team-invitation = Invitation
dash-team-role = Role
dash-team-roles-hint = Admins do everything but ownership. Developers manage API keys, webhooks and portal sessions. Viewers read only.
dash-team-send-invitation = Send invitation
dash-team-lede = Everyone who can sign in to this dashboard, and what their role lets them do.
dash-team-remove-confirm = Yes, remove { $email }
dash-team-change-role = Change role
dash-team-reinvite = Send a new link
dash-team-remove-text = They are signed out at once and can no longer sign in. You can invite them again later.
dash-team-you = (you)

## Dashboard: amounts typed in the catalogue
dash-amount-not-a-number = Type an amount like 12.50, with digits only
dash-amount-decimals = { $decimals ->
    [one] This currency has { $decimals } decimal at most
   *[other] This currency has { $decimals } decimals at most
}
dash-amount-too-large = The amount is too large

## Not available: why, in the customer's words
unavailable-feature = This portal doesn't offer that.
unavailable-fields = Some fields need attention.
unavailable-choice = That choice isn't available any more. Please go back and choose again.
refusal-cannot-change-plan = This subscription can't change plan in its current state.
refusal-quantity-out-of-range = Choose a quantity from 1 to { $maximum }.
refusal-plan-not-offered = This plan isn't available to switch to.
refusal-quantity-bounds = Choose a quantity from { $minimum } to { $maximum }.
refusal-quantity-fixed = The quantity of this plan can't be changed here.
refusal-price-unavailable = This price is no longer available.
refusal-currency-mismatch = This plan is billed in { $new }, but your subscription is billed in { $current }.
refusal-already-canceled = This plan is already canceled or set to cancel.
refusal-no-scheduled-change = No plan change is scheduled for this subscription.

## Live mode's processor fields (processor-fields.js)
processor-saving = Saving…
processor-error-save = Your card or bank account could not be saved. Check the details and try again.
processor-error-unreachable = The payment form could not be reached. Check your connection and try again; nothing was saved.
processor-error-bank = Your bank did not confirm the payment. Try again, or add another card.
processor-error-confirm = The payment could not be confirmed: check your connection and try again.
processor-error-load = The payment form could not be loaded. Check your connection and reload the page.

## Dashboard: an invoice's PDF
dash-invoice-not-found = No such invoice.
dash-invoice-no-pdf = This invoice has no PDF yet.
