import { test, expect, type APIRequestContext, type Page } from '@playwright/test';

// Billing journeys on fresh customers of the demo merchant (test mode), with their own
// test clocks so that renewals happen when the test says so.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const auth = { Authorization: `Bearer ${secretKey}` };
const DAY = 86_400;

async function api(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: object) {
  const response = method === 'GET'
    ? await request.get(path, { headers: auth })
    : await request.post(path, { headers: auth, data });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

async function configure(request: APIRequestContext, features: object) {
  await api(request, 'POST', '/v1/billing/portal/configurations/default', { features });
}

/** A new customer with a test Visa, subscribed to Basic; returns their ids and period. */
async function newCustomer(request: APIRequestContext, name: string) {
  const customer = await api(request, 'POST', '/v1/customers', { name, email: `${name.toLowerCase()}@example.com` });
  await api(request, 'POST', `/v1/customers/${customer.id}/payment_methods`, {
    type: 'card',
    card: { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2035, cvc: '123' },
  });
  const subscription = await api(request, 'POST', '/v1/subscriptions', { customer: customer.id, price: 'price_basic_monthly' });
  return {
    customer: customer.id as string,
    subscription: subscription.id as string,
    start: Date.parse(subscription.currentPeriodStart) / 1000,
    end: Date.parse(subscription.currentPeriodEnd) / 1000,
  };
}

async function advanceClock(request: APIRequestContext, customer: string, frozenTime: number) {
  return api(request, 'POST', '/v1/test_helpers/test_clocks/advance', { customer, frozenTime });
}

async function openPortal(page: Page, request: APIRequestContext, customer: string) {
  const session = await api(request, 'POST', '/v1/billing/portal/sessions', {
    customer,
    returnUrl: 'https://example.com/account',
  });
  await page.goto(session.url);
  await expect(page).toHaveURL(/\/portal$/);
  await page.locator('body[data-hydrated]').waitFor();
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await configure(request, {
    subscriptionUpdate: {
      enabled: true,
      prorationBehavior: 'create_prorations',
      products: ['prod_basic', { product: 'prod_pro', adjustableQuantity: { enabled: true, minimum: 1, maximum: 5 } }],
    },
  });
});

test.afterAll(async ({ request }) => {
  // Leave the demo configuration as the other journeys expect it.
  await configure(request, {
    subscriptionUpdate: {
      enabled: true,
      prorationBehavior: 'create_prorations',
      products: ['prod_basic', 'prod_pro'],
      scheduleAtPeriodEnd: { conditions: [] },
    },
    subscriptionCancel: { enabled: true, mode: 'at_period_end', prorationBehavior: 'none' },
  });
});

test('the previewed proration is what the renewal invoice charges', async ({ page, request }) => {
  const { customer, start, end } = await newCustomer(request, 'Preview');
  await advanceClock(request, customer, start + 10 * DAY);
  await openPortal(page, request, customer);
  await expect(page.getByText(/Latest invoice .* · \$9\.00 · Paid/)).toBeVisible();

  await page.getByRole('link', { name: 'Change plan' }).click();
  await page.getByRole('radio', { name: /Pro/ }).check();
  await page.getByLabel('Quantity (1 to 5)').fill('2');
  await page.getByRole('button', { name: 'Review change' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Review your change' })).toBeVisible();
  await expect(page.locator('.change-summary')).toContainText('2 × Pro');
  await expect(page.getByRole('cell', { name: /^Unused time on Basic/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Remaining time on 2 × Pro/ })).toBeVisible();
  const totals = await page.getByRole('note').textContent();
  const nextTotal = /Your next invoice on .* is (\$[\d,.]+)\./.exec(totals ?? '')?.[1];
  expect(nextTotal, totals ?? '').toBeTruthy();
  await page.getByRole('button', { name: 'Confirm change' }).click();
  await expect(page.getByRole('status')).toHaveText('Your plan has been updated.');
  await expect(page.locator('.quantity')).toHaveText('Quantity: 2');

  // The period ends on the customer's clock: the renewal charges exactly the preview.
  const clock = await advanceClock(request, customer, end + 60);
  expect(clock.renewed).toBe(1);
  await page.reload();
  await expect(page.locator('.latest-invoice')).toHaveText(new RegExp(`· \\${nextTotal} · Paid$`));
});

test('the quantity stays within the configured bounds', async ({ page, request }) => {
  const { customer } = await newCustomer(request, 'Bounds');
  await openPortal(page, request, customer);
  await page.getByRole('link', { name: 'Change plan' }).click();
  await page.getByRole('radio', { name: /Pro/ }).check();
  const quantity = page.getByLabel('Quantity (1 to 5)');
  await quantity.fill('9');
  await page.getByRole('button', { name: 'Review change' }).click();
  // The browser refuses to submit beyond the maximum: still on the form, the field invalid.
  await expect(page.getByRole('heading', { level: 1, name: 'Change plan' })).toBeVisible();
  expect(await quantity.evaluate((input: HTMLInputElement) => input.validity.rangeOverflow)).toBe(true);

  // A hand-made link beyond the bounds is refused by the server as well.
  const url = new URL(page.url());
  await page.goto(`${url.pathname.replace('/update', '/review')}?price=price_pro_monthly&quantity=9`);
  await expect(page.getByText('Choose a quantity from 1 to 5')).toBeVisible();

  await page.goBack();
  await page.getByRole('radio', { name: /Pro/ }).check();
  await page.getByLabel('Quantity (1 to 5)').fill('3');
  await page.getByRole('button', { name: 'Review change' }).click();
  await expect(page.locator('.change-summary')).toContainText('3 × Pro');
});

test('an immediate cancellation ends the plan now and credits the unused time', async ({ page, request }) => {
  await configure(request, {
    subscriptionCancel: {
      enabled: true,
      mode: 'immediately',
      prorationBehavior: 'create_prorations',
      retention: { offerCoupon: null },
      cancellationReason: { enabled: false, options: [] },
    },
  });
  const { customer, start } = await newCustomer(request, 'Leaver');
  await advanceClock(request, customer, start + 15 * DAY);
  await openPortal(page, request, customer);
  await page.getByRole('link', { name: 'Cancel plan' }).click();
  await expect(page.getByText('Your Basic plan will end immediately. The unused time is credited to your next invoice.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel plan' }).click();
  await expect(page.getByRole('status')).toHaveText('Your plan has been canceled.');
  await expect(page.locator('.badge')).toHaveText('Canceled');
  await expect(page.locator('.period')).toHaveText(/^Ended on /);
  await expect(page.getByRole('link', { name: 'Change plan' })).toHaveCount(0);
});

test('a scheduled downgrade shows its date and can be dropped', async ({ page, request }) => {
  await configure(request, {
    subscriptionUpdate: { scheduleAtPeriodEnd: { conditions: ['decreasing_item_amount'] } },
  });
  const { customer, subscription } = await newCustomer(request, 'Downgrader');
  await api(request, 'POST', `/v1/subscriptions/${subscription}`, { price: 'price_pro_monthly' });
  await openPortal(page, request, customer);
  await page.getByRole('link', { name: 'Change plan' }).click();
  await page.getByRole('radio', { name: /Basic/ }).check();
  await page.getByRole('button', { name: 'Review change' }).click();
  await expect(page.getByText(/You keep Pro until .*nothing is charged today/)).toBeVisible();
  await page.getByRole('button', { name: 'Schedule change' }).click();
  await expect(page.getByRole('status')).toHaveText('Your plan change is scheduled for the end of the billing period.');
  await expect(page.locator('.plan-name')).toHaveText('Pro');
  await expect(page.getByText(/^Changes to Basic on /)).toBeVisible();
  await page.getByRole('button', { name: 'Keep current plan' }).click();
  await expect(page.getByRole('status')).toHaveText("You're keeping your current plan.");
  await expect(page.getByText(/^Changes to Basic on /)).toHaveCount(0);
});
