import { test, expect, type APIRequestContext, type Page } from '@playwright/test';

// The demo merchant's test key and customer (the Makefile starts the demo with this key).
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const auth = { Authorization: `Bearer ${secretKey}` };

async function configureCancellation(request: APIRequestContext, subscriptionCancel: object) {
  const response = await request.post('/v1/billing/portal/configurations/default', {
    headers: auth,
    data: { features: { subscriptionCancel } },
  });
  expect(response.status()).toBe(200);
}

async function openPortal(page: Page, request: APIRequestContext) {
  const response = await request.post('/v1/billing/portal/sessions', {
    headers: auth,
    data: { customer: 'cust_8sJ2kLpQ', returnUrl: 'https://example.com/account' },
  });
  expect(response.status()).toBe(200);
  await page.goto((await response.json()).url);
  await expect(page).toHaveURL(/\/portal$/);
  await page.locator('body[data-hydrated]').waitFor();
}

test.describe.configure({ mode: 'serial' });

test('a customer declines the offer, cancels with a reason, then renews', async ({ page, request }) => {
  await configureCancellation(request, {
    enabled: true,
    mode: 'at_period_end',
    retention: { offerCoupon: 'rwd_save20' },
    cancellationReason: { enabled: true, options: ['too_expensive', 'unused', 'other'] },
  });
  await openPortal(page, request);

  await page.getByRole('link', { name: 'Cancel plan' }).click();
  await expect(page).toHaveTitle('Cancel plan — Acme Cloud');
  await expect(page.getByRole('heading', { name: 'Before you go' })).toBeVisible();
  await expect(page.getByText('20% off for 3 months')).toBeVisible();
  await page.getByRole('link', { name: 'No thanks, continue to cancel' }).click();

  await expect(page.getByText(/will be canceled on/)).toBeVisible();
  await page.getByRole('radio', { name: "It's too expensive" }).check();
  await page.getByLabel("Anything else you'd like to tell us? (optional)").fill('We are cutting costs');
  await page.getByRole('button', { name: 'Cancel plan' }).click();

  await expect(page.getByRole('status')).toHaveText('Your plan will be canceled at the end of the billing period.');
  await expect(page.locator('.period')).toHaveText(/^Cancels on /);
  await expect(page.getByRole('link', { name: 'Cancel plan' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Renew plan' }).click();
  await expect(page.getByRole('status')).toHaveText('Your plan will renew as usual.');
  await expect(page.locator('.period')).toHaveText(/^Renews on /);
});

test('a customer accepts the retention offer and sees the discount', async ({ page, request }) => {
  await openPortal(page, request);
  await page.getByRole('link', { name: 'Cancel plan' }).click();
  await page.getByRole('button', { name: 'Accept offer' }).click();
  await expect(page.getByRole('status')).toHaveText('Offer applied. Thanks for staying!');
  await expect(page.locator('.discount')).toHaveText('Save 20%: 20% off for 3 months');
  await expect(page.locator('.period')).toHaveText(/^Renews on /);

  // The offer is made once: the next cancellation goes straight to the confirmation.
  await page.getByRole('link', { name: 'Cancel plan' }).click();
  await expect(page.getByRole('heading', { name: 'Before you go' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel plan' })).toBeVisible();
});
