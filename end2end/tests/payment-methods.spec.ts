import { test, expect, type APIRequestContext, type Page } from '@playwright/test';

// Cards and SEPA mandates in the portal's own fields, and the dunning path, on fresh
// customers of the demo merchant (test mode).
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const auth = { Authorization: `Bearer ${secretKey}` };

async function api(request: APIRequestContext, path: string, data?: object) {
  const response = data === undefined
    ? await request.get(path, { headers: auth })
    : await request.post(path, { headers: auth, data });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

// What the journeys type: none of it may come back in any page, script or JSON served.
const typed = ['4242424242424242', '5555555555554444', '4000000000000002', '4000000000009995',
  'DE89370400440532013000', 'DE89370400440532013001'];
const served: { url: string; body: string }[] = [];

test.beforeEach(async ({ page }) => {
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/html|json|javascript|text/.test(type)) return;
    try {
      served.push({ url: response.url(), body: await response.text() });
    } catch {
      // Redirects have no body.
    }
  });
});

test.afterAll(() => {
  expect(served.length).toBeGreaterThan(0);
  for (const { url, body } of served) {
    const digits = body.replace(/[\s+]/g, '');
    for (const secret of typed) {
      expect(digits.includes(secret), `${secret} served in ${url}`).toBe(false);
    }
  }
});

async function newSubscriber(request: APIRequestContext, name: string, card: string) {
  const customer = await api(request, '/v1/customers', { name, email: `${name.toLowerCase()}@example.com` });
  await api(request, `/v1/customers/${customer.id}/payment_methods`, {
    type: 'card',
    card: { number: card, expMonth: 12, expYear: 2035, cvc: '123' },
  });
  const subscription = await api(request, '/v1/subscriptions', { customer: customer.id, price: 'price_basic_monthly' });
  return { customer: customer.id as string, subscription };
}

async function openPortal(page: Page, request: APIRequestContext, customer: string, path = '/portal') {
  const session = await api(request, '/v1/billing/portal/sessions', { customer, returnUrl: 'https://example.com/account' });
  await page.goto(session.url);
  await expect(page).toHaveURL(/\/portal$/);
  if (path !== '/portal') await page.goto(path);
  await page.locator('body[data-hydrated]').waitFor();
}

test('a customer adds a card, makes it default, removes the old one and keeps the last', async ({ page, request }) => {
  const { customer } = await newSubscriber(request, 'Carda', '4242424242424242');
  await openPortal(page, request, customer);
  await page.getByRole('link', { name: 'Manage payment methods' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payment methods' })).toBeVisible();
  await expect(page.locator('.method-name')).toHaveText(['Visa •••• 4242']);

  // The brand is named while typing.
  const number = page.getByLabel('Card number');
  await number.pressSequentially('5555 5555');
  await expect(page.getByText('Card brand: Mastercard')).toBeVisible();
  await number.pressSequentially(' 5555 4444');
  await page.getByLabel('Expiry (MM/YY)').fill('12/34');
  await page.getByLabel('Security code').fill('817');
  await page.getByLabel('Name on card').fill('Carda Customer');
  await page.getByLabel('Billing postal code').fill('10115');
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByRole('status')).toHaveText('Your card has been added.');
  const mastercard = page.locator('.payment-method', { hasText: 'Mastercard •••• 4444' });
  await expect(mastercard.getByText('Default')).toBeVisible();

  // Back to Visa as the default, then remove the Mastercard.
  const visa = page.locator('.payment-method', { hasText: 'Visa •••• 4242' });
  await visa.getByRole('button', { name: 'Make default' }).click();
  await expect(page.getByRole('status')).toHaveText('Your default payment method has been updated.');
  await page.getByRole('button', { name: 'Remove Mastercard •••• 4444' }).click();
  await expect(page.getByRole('status')).toHaveText('The card has been removed.');
  await expect(page.locator('.method-name')).toHaveText(['Visa •••• 4242']);

  // The last card of a subscriber stays, with a clear message.
  await page.getByRole('button', { name: 'Remove Visa •••• 4242' }).click();
  await expect(page.getByRole('alert')).toHaveText(/only payment method and a subscription is billed to it/);
  await expect(page.locator('.method-name')).toHaveText(['Visa •••• 4242']);

  // A declined card is refused and not kept.
  await page.getByLabel('Card number').fill('4000 0000 0000 0002');
  await page.getByLabel('Expiry (MM/YY)').fill('12/34');
  await page.getByLabel('Security code').fill('817');
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByRole('alert')).toHaveText('Your card was declined. Please try another card.');
  await expect(page.locator('.method-name')).toHaveText(['Visa •••• 4242']);
  expect(page.url()).not.toContain('4000');
});

test('a customer adds a SEPA mandate after fixing a mistyped IBAN', async ({ page, request }) => {
  const { customer } = await newSubscriber(request, 'Sepa', '4242424242424242');
  await openPortal(page, request, customer, '/portal/payment-methods');
  await expect(page.getByText(/you authorise Acme Cloud and its payment provider/)).toBeVisible();
  const fill = async (iban: string) => {
    await page.getByLabel('Account holder name').fill('Sepa Customer');
    await page.getByLabel('E-mail').fill('sepa@example.com');
    await page.getByLabel('IBAN').fill(iban);
    await page.getByLabel('I accept the SEPA Direct Debit mandate').check();
    await page.getByRole('button', { name: 'Add bank account' }).click();
  };
  await fill('DE89 3704 0044 0532 0130 01');
  await expect(page.getByRole('alert')).toHaveText(/That IBAN isn't valid for SEPA Direct Debit/);
  expect(page.url()).not.toContain('DE89');
  await fill('DE89 3704 0044 0532 0130 00');
  await expect(page.getByRole('status')).toHaveText('Your bank account has been added.');
  const mandate = page.locator('.payment-method', { hasText: 'SEPA Direct Debit •••• 3000' });
  await expect(mandate.getByText('Default')).toBeVisible();
  await expect(mandate.getByText(/Bank account in Germany · mandate VINR-/)).toBeVisible();
  await expect(page.getByText('370400440532013000')).toHaveCount(0);
});

test('a failed renewal shows the banner and a new card pays the invoice', async ({ page, request }) => {
  const { customer, subscription } = await newSubscriber(request, 'Dunning', '4242424242424242');
  // The customer's default becomes a card whose charges fail; the renewal's charge fails.
  const poor = await api(request, `/v1/customers/${customer}/payment_methods`, {
    type: 'card',
    card: { number: '4000000000009995', expMonth: 12, expYear: 2035, cvc: '123' },
  });
  await api(request, `/v1/customers/${customer}`, { invoiceSettings: { defaultPaymentMethod: poor.id } });
  const end = Date.parse(subscription.currentPeriodEnd) / 1000;
  await api(request, '/v1/test_helpers/test_clocks/advance', { customer, frozenTime: end + 60 });
  expect((await api(request, `/v1/subscriptions/${subscription.id}`)).status).toBe('past_due');

  await openPortal(page, request, customer);
  await expect(page.getByRole('alert')).toContainText('Your last payment failed');
  await page.getByRole('link', { name: 'Update payment method' }).click();
  await page.getByLabel('Card number').fill('5555 5555 5555 4444');
  await page.getByLabel('Expiry (MM/YY)').fill('12/34');
  await page.getByLabel('Security code').fill('817');
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByRole('heading', { name: 'Payment due' })).toBeVisible();
  await expect(page.getByText(/· \$9\.00$/)).toBeVisible();
  await page.getByRole('button', { name: 'Pay now' }).click();
  await expect(page.getByRole('status')).toHaveText('Thank you, the invoice is paid.');
  expect((await api(request, `/v1/subscriptions/${subscription.id}`)).status).toBe('active');
  await page.goto('/portal');
  await expect(page.getByText('Your last payment failed')).toHaveCount(0);
});
