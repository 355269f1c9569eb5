import { test, expect, type APIRequestContext } from '@playwright/test';

// Deep links (`flow` when minting a session): each flow lands on its page, and each way of
// ending it (the portal's home, back to the merchant, a hosted confirmation) is followed.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const auth = { Authorization: `Bearer ${secretKey}` };
const base = process.env.VINR_E2E_BASE_URL ?? 'http://127.0.0.1:3000';
// Back to "the merchant": a URL of this machine (offline), which return URLs may name.
const merchantPage = `${base.replace('127.0.0.1', 'localhost')}/healthz`;

async function api(request: APIRequestContext, path: string, data?: object) {
  const response = data === undefined
    ? await request.get(path, { headers: auth })
    : await request.post(path, { headers: auth, data });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

async function subscriber(request: APIRequestContext, name: string) {
  const customer = await api(request, '/v1/customers', { name, email: `${name.toLowerCase()}@example.com` });
  await api(request, `/v1/customers/${customer.id}/payment_methods`, {
    type: 'card',
    card: { number: '4242424242424242', expMonth: 12, expYear: 2035, cvc: '123' },
  });
  const subscription = await api(request, '/v1/subscriptions', { customer: customer.id, price: 'price_basic_monthly' });
  return { customer: customer.id as string, subscription: subscription.id as string };
}

async function deepLink(request: APIRequestContext, customer: string, flow: object) {
  const session = await api(request, '/v1/billing/portal/sessions', {
    customer, returnUrl: 'https://example.com/account', flow,
  });
  return session.url as string;
}

test('payment_method_update lands on payment methods and a new card goes back to the merchant', async ({ page, request }) => {
  const { customer } = await subscriber(request, 'Linka');
  await page.goto(await deepLink(request, customer, {
    type: 'payment_method_update',
    afterCompletion: { type: 'redirect', redirect: { returnUrl: merchantPage } },
  }));
  await expect(page).toHaveURL(/\/portal\/payment-methods$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Payment methods' })).toBeVisible();
  await page.locator('body[data-hydrated]').waitFor();
  await page.getByLabel('Card number').fill('5555 5555 5555 4444');
  await page.getByLabel('Expiry (MM/YY)').fill('12/34');
  await page.getByLabel('Security code').fill('817');
  await page.getByLabel('Name on card').fill('Linka Customer');
  await page.getByLabel('Billing postal code').fill('10115');
  await page.getByRole('button', { name: 'Add card' }).click();
  await expect(page).toHaveURL(merchantPage);
  const methods = await api(request, `/v1/customers/${customer}/payment_methods`);
  expect(methods.data.map((m: any) => m.card?.last4)).toContain('4444');
});

test('customer_update lands on billing details and saved details go back to the merchant', async ({ page, request }) => {
  const { customer } = await subscriber(request, 'Custa');
  await page.goto(await deepLink(request, customer, {
    type: 'customer_update',
    afterCompletion: { type: 'redirect', redirect: { returnUrl: merchantPage } },
  }));
  await expect(page).toHaveURL(/\/portal\/billing-details$/);
  await page.getByLabel('Country').selectOption('NL');
  await page.getByLabel('Address line 1').fill('Damrak 1');
  await page.getByLabel('City').fill('Amsterdam');
  await page.getByLabel('Postal code').fill('1012 LG');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page).toHaveURL(merchantPage);
  const saved = await api(request, `/v1/customers/${customer}`);
  expect(saved.address?.city, JSON.stringify(saved)).toBe('Amsterdam');
});

test('subscription_update lands on the plan choice and a confirmed change ends on the portal home', async ({ page, request }) => {
  const { customer, subscription } = await subscriber(request, 'Upda');
  await page.goto(await deepLink(request, customer, {
    type: 'subscription_update', subscriptionUpdate: { subscription },
  }));
  await expect(page).toHaveURL(new RegExp(`/portal/subscriptions/${subscription}/update$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Change plan' })).toBeVisible();
  await page.locator('body[data-hydrated]').waitFor();
  await page.getByRole('radio', { name: /Pro/ }).check();
  await page.getByRole('button', { name: 'Review change' }).click();
  await page.getByRole('button', { name: 'Confirm change' }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.locator('.plan-name')).toHaveText('Pro');
});

test('subscription_update_confirm with a discount lands on the review, applies the coupon and goes back to the merchant', async ({ page, request }) => {
  const { customer, subscription } = await subscriber(request, 'Confa');
  const coupon = await api(request, '/v1/coupons', {
    id: `rwd_upgrade${Date.now()}`, name: 'Upgrade offer', percentOff: 20, duration: 'forever',
  });
  await page.goto(await deepLink(request, customer, {
    type: 'subscription_update_confirm',
    subscriptionUpdateConfirm: {
      subscription, items: [{ price: 'price_pro_monthly', quantity: 1 }], discounts: [{ coupon: coupon.id }],
    },
    afterCompletion: { type: 'redirect', redirect: { returnUrl: merchantPage } },
  }));
  await expect(page).toHaveURL(/\/review\?price=price_pro_monthly&quantity=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Review your change' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Remaining time on Pro/ })).toBeVisible();
  await expect(page.getByText('Discount applied with this change: Upgrade offer ($5.80 off your next invoice).')).toBeVisible();
  await page.getByRole('button', { name: 'Confirm change' }).click();
  await expect(page).toHaveURL(merchantPage);
  const changed = await api(request, `/v1/subscriptions/${subscription}`);
  expect(changed.price.id).toBe('price_pro_monthly');
  expect(changed.discount.coupon).toBe(coupon.id);
});

test('subscription_cancel lands on the cancellation and ends on a hosted confirmation, on a phone', async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const { customer, subscription } = await subscriber(request, 'Canca');
  await page.goto(await deepLink(request, customer, {
    type: 'subscription_cancel',
    subscriptionCancel: { subscription },
    afterCompletion: { type: 'hosted_confirmation', hostedConfirmation: { customMessage: 'Your data stays with us for 30 days.' } },
  }));
  await expect(page).toHaveURL(new RegExp(`/portal/subscriptions/${subscription}/cancel$`));
  // A retention offer another journey configured may come first.
  const noThanks = page.getByRole('link', { name: 'No thanks, continue to cancel' });
  if (await noThanks.isVisible()) await noThanks.click();
  await page.getByRole('button', { name: 'Cancel plan' }).click();
  await expect(page).toHaveURL(/\/portal\/done$/);
  await expect(page.getByRole('heading', { level: 1, name: 'All done' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Your data stays with us for 30 days.');
  await expect(page.getByRole('link', { name: 'Return to the website' })).toHaveAttribute('href', 'https://example.com/account');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const canceled = await api(request, `/v1/subscriptions/${subscription}`);
  expect(canceled.cancelAtPeriodEnd === true || canceled.status === 'canceled').toBe(true);
});
