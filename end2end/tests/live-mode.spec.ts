import { test, expect, type APIRequestContext, type Page } from '@playwright/test';

// Live mode through localstripe (started by `make e2e`): the demo merchant connects Stripe
// with its live key, and customers enter cards in the processor's own fields (localstripe's
// fake Stripe.js); charges are checked at the processor.
const liveKey = process.env.VINR_DEMO_LIVE_SECRET_KEY ?? '';
const stripeBase = process.env.VINR_E2E_STRIPE_BASE ?? '';
const auth = { Authorization: `Bearer ${liveKey}` };
const stripeAuth = { Authorization: 'Bearer sk_live_e2eLocalstripeJourneys0000' };
const webhookSecret = 'whsec_e2eLocalstripeJourneys0000';

async function api(request: APIRequestContext, path: string, data?: object) {
  const response = data === undefined
    ? await request.get(path, { headers: auth })
    : await request.post(path, { headers: auth, data });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

test.beforeAll(async ({ request }) => {
  expect(liveKey, 'VINR_DEMO_LIVE_SECRET_KEY must be set').toMatch(/^sk_live_/);
  expect(stripeBase, 'VINR_E2E_STRIPE_BASE must name localstripe').toMatch(/^http/);
  const connection = await api(request, '/v1/payment_processors', {
    processor: 'stripe',
    secretKey: 'sk_live_e2eLocalstripeJourneys0000',
    webhookSecret,
    publishableKey: 'pk_live_e2eLocalstripeJourneys0000',
  });
  expect(connection.secretKeyLast4).toBe('0000');
  // localstripe posts its events to the path the connection names, signed with the secret.
  const base = process.env.VINR_E2E_BASE_URL ?? 'http://127.0.0.1:3000';
  const registered = await request.post(`${stripeBase}/_config/webhooks/vinr`, {
    form: { url: `${base}${connection.webhookPath}`, secret: webhookSecret },
  });
  expect(registered.ok()).toBe(true);
});

async function openPortal(page: Page, request: APIRequestContext, name: string) {
  const customer = await api(request, '/v1/customers', { name, email: `${name.toLowerCase()}@example.com` });
  const session = await api(request, '/v1/billing/portal/sessions', { customer: customer.id, returnUrl: 'https://example.com/account' });
  expect(session.livemode).toBe(true);
  await page.goto(session.url);
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto('/portal/payment-methods');
  return customer.id as string;
}

// localstripe's card element: its own inputs, named by their placeholders, in our page.
async function typeCard(page: Page, number: string) {
  const form = page.locator('form[data-processor-form="card"]');
  await form.getByPlaceholder('number').fill(number);
  await form.getByPlaceholder('exp_month').fill('12');
  await form.getByPlaceholder('exp_year').fill('34');
  await form.getByPlaceholder('cvc').fill('123');
  await form.getByPlaceholder('postal_code').fill('10115');
  await form.getByRole('button', { name: 'Add card' }).click();
}

async function intentsFor(request: APIRequestContext, invoice: string) {
  const response = await request.get(`${stripeBase}/v1/payment_intents?limit=100`, { headers: stripeAuth });
  const list = await response.json();
  return (list.data as any[]).filter((intent) => intent.metadata?.vinr_invoice === invoice);
}

test('a live customer adds a card in the processor\'s fields and is charged at the processor', async ({ page, request }) => {
  const requests: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().startsWith(process.env.VINR_E2E_BASE_URL ?? 'http://127.0.0.1:3000')) {
      requests.push(`${sent.url()} ${sent.postData() ?? ''}`);
    }
  });
  const customer = await openPortal(page, request, 'Livia');
  // No card number field of ours: the processor's fields are mounted instead.
  await expect(page.getByLabel('Card number')).toHaveCount(0);
  await expect(page.locator('form[data-processor-form="card"] [data-processor-field] input')).toHaveCount(5);
  await typeCard(page, '4242424242424242');
  await expect(page.getByRole('status')).toHaveText('Your card has been added.');
  await expect(page.locator('.method-name')).toHaveText(['Visa •••• 4242']);
  // The number went to the processor, never to our server.
  for (const sent of requests) expect(sent).not.toContain('4242424242424242');

  const subscription = await api(request, '/v1/subscriptions', { customer, price: 'price_basic_monthly' });
  expect(subscription.status).toBe('active');
  const invoice = await api(request, `/v1/invoices/${subscription.latestInvoice}`);
  expect(invoice.status).toBe('paid');
  const [intent] = await intentsFor(request, subscription.latestInvoice);
  expect(intent.amount).toBe(900);
  expect(intent.currency).toBe('usd');
  expect(intent.status).toBe('succeeded');
});

test('a declined live payment makes the subscription past due and "Pay now" with a new card recovers it', async ({ page, request }) => {
  const customer = await openPortal(page, request, 'Declina');
  // This card is saved, and every charge of it is declined.
  await typeCard(page, '4000000000000341');
  await expect(page.getByRole('status')).toHaveText('Your card has been added.');
  const subscription = await api(request, '/v1/subscriptions', { customer, price: 'price_basic_monthly' });
  expect(subscription.status).toBe('past_due');

  await page.goto('/portal');
  await expect(page.getByText('Your last payment failed')).toBeVisible();
  await page.goto('/portal/payment-methods');
  await typeCard(page, '4242424242424242');
  await expect(page.getByRole('status')).toHaveText('Your card has been added.');
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByRole('status')).toHaveText('Thank you, the invoice is paid.');
  expect((await api(request, `/v1/subscriptions/${subscription.id}`)).status).toBe('active');
  const intents = await intentsFor(request, subscription.latestInvoice);
  expect(intents.some((intent) => intent.status === 'succeeded' && intent.amount === 900)).toBe(true);
});

test('a card the processor declines at entry is refused with its message', async ({ page, request }) => {
  await openPortal(page, request, 'Refusa');
  await typeCard(page, '4000000000000002');
  await expect(page.locator('[data-processor-error]').first()).toHaveText(/declined/);
  await expect(page.getByRole('button', { name: 'Add card' })).toBeEnabled();
  await expect(page.locator('.method-name')).toHaveCount(0);
});

test('a card needing 3-D Secure is authenticated when added and when its payment is confirmed', async ({ page, request }) => {
  const customer = await openPortal(page, request, 'Secura');
  // Saving the card asks for authentication (localstripe's stand-in for the bank's page).
  await typeCard(page, '4000002500003155');
  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await expect(page.getByRole('status')).toHaveText('Your card has been added.');

  // The off-session charge needs the customer too: the invoice waits for them.
  const subscription = await api(request, '/v1/subscriptions', { customer, price: 'price_basic_monthly' });
  expect(subscription.status).toBe('past_due');
  const waiting = await api(request, `/v1/invoices/${subscription.latestInvoice}`);
  expect(waiting.lastPaymentError).toBe('Your bank asks you to confirm this payment');

  await page.goto('/portal/payment-methods');
  await page.getByRole('button', { name: 'Confirm your payment' }).click();
  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await expect(page.getByRole('status')).toHaveText(/your bank confirmed the payment/);
  // The processor's event pays the invoice.
  await expect.poll(async () => (await api(request, `/v1/invoices/${subscription.latestInvoice}`)).status,
    { timeout: 15_000 }).toBe('paid');
  expect((await api(request, `/v1/subscriptions/${subscription.id}`)).status).toBe('active');
});

test('a live payment_method_update deep link ends back at the merchant once a card is added in the processor\'s fields', async ({ page, request }) => {
  const base = process.env.VINR_E2E_BASE_URL ?? 'http://127.0.0.1:3000';
  const merchantPage = `${base.replace('127.0.0.1', 'localhost')}/healthz`;
  const customer = await api(request, '/v1/customers', { name: 'Deepa', email: 'deepa@example.com' });
  const session = await api(request, '/v1/billing/portal/sessions', {
    customer: customer.id,
    returnUrl: 'https://example.com/account',
    flow: { type: 'payment_method_update', afterCompletion: { type: 'redirect', redirect: { returnUrl: merchantPage } } },
  });
  await page.goto(session.url);
  await expect(page).toHaveURL(/\/portal\/payment-methods$/);
  await typeCard(page, '4242424242424242');
  await expect(page).toHaveURL(merchantPage);
  const methods = await api(request, `/v1/customers/${customer.id}/payment_methods`);
  expect(methods.data.map((m: any) => m.card?.last4)).toEqual(['4242']);
});

test('the owner sees the Stripe connection in the dashboard, on a phone too, with no secret shown', async ({ page }) => {
  const password = process.env.VINR_DEMO_DASHBOARD_PASSWORD ?? '';
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/dashboard/sign-in');
  await page.getByLabel('E-mail').fill('owner@acme.example');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'View live data' }).click();
  await expect(page.locator('.mode-badge')).toHaveText('Live mode');
  await page.goto('/dashboard/settings/payments');
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(page.getByText('•••• 0000').first()).toBeVisible();
  await expect(page.getByLabel('Webhook URL to give Stripe')).toHaveValue(/\/webhooks\/stripe\/mer_/);
  await expect(page.locator('body')).not.toContainText('sk_live_e2eLocalstripe');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Keys that do not go together are refused with the field named; nothing is replaced.
  await page.getByLabel('Secret key or restricted key').fill('sk_test_notALiveKey000');
  await page.getByLabel('Publishable key').fill('pk_live_e2eLocalstripeJourneys0000');
  await page.getByLabel('Webhook signing secret').fill('whsec_e2eLocalstripeJourneys0000');
  await page.getByRole('button', { name: 'Replace keys' }).click();
  await expect(page.getByRole('alert')).toHaveText(/same mode as the secret key/);
  await expect(page.getByLabel('Publishable key')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('•••• 0000').first()).toBeVisible();
  await expect(page.locator('.badge', { hasText: 'Test keys' })).toHaveCount(0);
});

// With Stripe's test keys live mode rehearses in Stripe's test mode, where test clocks work:
// renewals charged at the processor, a declined renewal, a SEPA debit returned later.
test.describe('rehearsing live mode with Stripe test keys', () => {
  const connect = (request: APIRequestContext, mode: 'test' | 'live') => api(request, '/v1/payment_processors', {
    processor: 'stripe',
    secretKey: `sk_${mode}_e2eLocalstripeJourneys0000`,
    webhookSecret,
    publishableKey: `pk_${mode}_e2eLocalstripeJourneys0000`,
  });
  test.beforeAll(async ({ request }) => {
    expect((await connect(request, 'test')).sandbox).toBe(true);
  });
  test.afterAll(async ({ request }) => {
    expect((await connect(request, 'live')).sandbox).toBe(false);
  });

  async function advance(request: APIRequestContext, customer: string, days: number) {
    const frozenTime = Math.floor(Date.now() / 1000) + days * 86_400;
    return api(request, '/v1/test_helpers/test_clocks/advance', { customer, frozenTime });
  }

  test('the dashboard says the connection uses test keys', async ({ page }) => {
    const password = process.env.VINR_DEMO_DASHBOARD_PASSWORD ?? '';
    await page.goto('/dashboard/sign-in');
    await page.getByLabel('E-mail').fill('owner@acme.example');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'View live data' }).click();
    await page.goto('/dashboard/settings/payments');
    await expect(page.locator('.badge', { hasText: 'Test keys' })).toBeVisible();
    await expect(page.getByText(/no real money moves/)).toBeVisible();
  });

  test('a live subscription renews with a test clock and the renewal is charged at the processor', async ({ page, request }) => {
    const customer = await openPortal(page, request, 'Renata');
    await typeCard(page, '4242424242424242');
    await expect(page.getByRole('status')).toHaveText('Your card has been added.');
    const subscription = await api(request, '/v1/subscriptions', { customer, price: 'price_basic_monthly' });
    expect(subscription.status).toBe('active');

    const clock = await advance(request, customer, 32);
    expect(clock.livemode).toBe(true);
    expect(clock.renewed).toBe(1);
    const renewed = await api(request, `/v1/subscriptions/${subscription.id}`);
    expect(renewed.latestInvoice).not.toBe(subscription.latestInvoice);
    const [intent] = await intentsFor(request, renewed.latestInvoice);
    expect([intent.amount, intent.currency, intent.status]).toEqual([900, 'usd', 'succeeded']);
    // The customer sees both invoices paid.
    await page.goto('/portal/invoices');
    await expect(page.locator('tr[data-invoice] .badge')).toHaveText(['Paid', 'Paid']);
    await page.goto('/portal');
    await expect(page.getByText(/Renews on/)).toBeVisible();
  });

  test('a declined renewal makes the subscription past due and "Pay now" with a new card recovers it', async ({ page, request }) => {
    const customer = await openPortal(page, request, 'Renfail');
    await typeCard(page, '4242424242424242');
    await expect(page.getByRole('status')).toHaveText('Your card has been added.');
    const subscription = await api(request, '/v1/subscriptions', { customer, price: 'price_basic_monthly' });
    expect(subscription.status).toBe('active');
    // The customer's new default card is declined at every charge.
    await typeCard(page, '4000000000000341');
    await expect(page.locator('.method-name')).toHaveCount(2);
    await expect(page.locator('li.payment-method', { has: page.locator('.badge', { hasText: 'Default' }) }))
      .toContainText('•••• 0341');

    const clock = await advance(request, customer, 32);
    expect(clock.renewed).toBe(1);
    const pastDue = await api(request, `/v1/subscriptions/${subscription.id}`);
    expect(pastDue.status).toBe('past_due');
    const [declined] = await intentsFor(request, pastDue.latestInvoice);
    expect(declined.amount).toBe(900);
    expect(declined.status).not.toBe('succeeded');

    await page.goto('/portal');
    await expect(page.getByText('Your last payment failed')).toBeVisible();
    await page.goto('/portal/payment-methods');
    await typeCard(page, '5555555555554444');
    await expect(page.getByRole('status')).toHaveText('Your card has been added.');
    await page.getByRole('button', { name: 'Pay now' }).click();
    await expect(page.getByRole('status')).toHaveText('Thank you, the invoice is paid.');
    expect((await api(request, `/v1/subscriptions/${subscription.id}`)).status).toBe('active');
    const intents = await intentsFor(request, pastDue.latestInvoice);
    expect(intents.some((intent) => intent.status === 'succeeded' && intent.amount === 900)).toBe(true);
  });

  test('a SEPA debit the bank returns later reverts the invoice through the processor\'s webhook', async ({ page, request }) => {
    const customer = await openPortal(page, request, 'Sepira');
    // A mandate the merchant already holds at Stripe, brought over by id (localstripe's
    // Stripe.js has no IBAN field); this IBAN's debits are returned.
    const created = await request.post(`${stripeBase}/v1/payment_methods`, {
      headers: stripeAuth,
      form: {
        type: 'sepa_debit', 'sepa_debit[iban]': 'DE62370400440532013001',
        'billing_details[name]': 'Sepira', 'billing_details[email]': 'sepira@example.com',
      },
    });
    expect(created.ok()).toBe(true);
    const mandate = await created.json();
    const method = await api(request, `/v1/customers/${customer}/payment_methods`, {
      type: 'sepa_debit', processorPaymentMethod: mandate.id, makeDefault: true,
    });
    expect(method.sepaDebit.last4).toBe('3001');
    const subscription = await api(request, '/v1/subscriptions', { customer, price: 'price_basic_monthly' });
    const invoiceId = subscription.latestInvoice;

    // While the bank answers: nothing to pay (checked only if its answer is not in yet).
    await page.reload();
    const pending = await page.locator('main').innerText();
    if ((await api(request, `/v1/invoices/${invoiceId}`)).lastPaymentError === null) {
      expect(pending).toContain('your bank debit is on its way');
      expect(pending).not.toContain('Pay now');
    }
    // The processor's event says the debit was returned: the invoice is due again.
    await expect.poll(async () => (await api(request, `/v1/invoices/${invoiceId}`)).lastPaymentError,
      { timeout: 15_000 }).toBe('Your bank declined the debit of this account');
    expect((await api(request, `/v1/subscriptions/${subscription.id}`)).status).toBe('past_due');
    await page.goto('/portal');
    await expect(page.getByText('Your last payment failed')).toBeVisible();
    await page.goto(`/portal/invoices/${invoiceId}`);
    await expect(page.locator('.badge.status-open')).toHaveText('Due');
    await expect(page.getByRole('button', { name: 'Pay now' })).toBeVisible();
  });
});
