import { test, expect, type APIRequestContext } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { startReceiver, type Delivery } from './receiver';

// A portal plan switch reaches the merchant's webhook endpoint (a receiver on loopback)
// as a signed `subscription.updated` within 2 s; the same switch through the API carries
// the same `data`.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const customer = 'cust_8sJ2kLpQ';
const returnUrl = 'https://example.com/account';
const auth = { Authorization: `Bearer ${secretKey}` };

/// Verifies `Vinr-Signature` with node:crypto alone, as a merchant without our SDK would.
function vinrSignatureValid(delivery: Delivery, secret: string): boolean {
  const header = String(delivery.headers['vinr-signature'] ?? '');
  const t = header.match(/t=(\d+)/)?.[1];
  const expected = createHmac('sha256', secret).update(`${t}.${delivery.body}`).digest('hex');
  return header.split(',').some((part) => part === `v1=${expected}`);
}

async function setPlan(request: APIRequestContext, subscription: string, price: string) {
  const response = await request.post(`/v1/subscriptions/${subscription}`, { headers: auth, data: { price } });
  expect(response.status()).toBe(200);
}

async function waitForUpdate(deliveries: Delivery[], from: number, initiatedBy: string) {
  await expect
    .poll(() => deliveries.slice(from).find((d) => d.event.initiatedBy.type === initiatedBy), { timeout: 10_000 })
    .toBeTruthy();
  return deliveries.slice(from).find((d) => d.event.initiatedBy.type === initiatedBy)!;
}

test('a portal plan switch reaches the webhook endpoint signed, within 2 s, like the API switch', async ({ page, request }) => {
  const receiver = await startReceiver();
  const minted = await request.post('/v1/billing/portal/sessions', { headers: auth, data: { customer, returnUrl } });
  expect(minted.status()).toBe(200);
  await page.goto((await minted.json()).url);
  await expect(page).toHaveURL(/\/portal$/);
  const subscription = (await page.locator('[data-subscription]').first().getAttribute('data-subscription'))!;
  if ((await page.locator('.plan-name').first().textContent()) !== 'Basic') {
    await setPlan(request, subscription, 'price_basic_monthly');
    await page.reload();
  }

  const created = await request.post('/v1/webhook_endpoints', {
    headers: auth,
    data: { url: receiver.url, enabledEvents: ['subscription.updated'], description: 'e2e receiver' },
  });
  expect(created.status()).toBe(200);
  const endpoint = await created.json();
  try {
    await page.getByRole('link', { name: 'Change plan' }).click();
    await page.getByRole('radio', { name: /Pro/ }).check();
    await page.getByRole('button', { name: 'Review change' }).click();
    const confirmedAt = Date.now();
    await page.getByRole('button', { name: 'Confirm change' }).click();
    await expect(page.getByRole('status')).toHaveText('Your plan has been updated.');

    const fromPortal = await waitForUpdate(receiver.deliveries, 0, 'portal_session');
    expect(fromPortal.at - confirmedAt).toBeLessThanOrEqual(2_000);
    expect(fromPortal.event.type).toBe('subscription.updated');
    expect(fromPortal.event.initiatedBy.id).toMatch(/^bps_/);
    expect(fromPortal.event.data.object.price.id).toBe('price_pro_monthly');
    expect(fromPortal.event.data.previousAttributes.price.id).toBe('price_basic_monthly');
    expect(fromPortal.headers['webhook-id']).toBe(fromPortal.event.id);
    expect(vinrSignatureValid(fromPortal, endpoint.secret)).toBe(true);
    expect(vinrSignatureValid(fromPortal, 'whsec_not-the-secret')).toBe(false);

    // The same switch through the API: the same data, another initiator.
    await setPlan(request, subscription, 'price_basic_monthly');
    const before = receiver.deliveries.length;
    await setPlan(request, subscription, 'price_pro_monthly');
    await expect
      .poll(() => receiver.deliveries.slice(before).find((d) => d.event.data.object.price.id === 'price_pro_monthly'), { timeout: 10_000 })
      .toBeTruthy();
    const fromApi = receiver.deliveries.slice(before).find((d) => d.event.data.object.price.id === 'price_pro_monthly')!;
    expect(fromApi.event.initiatedBy.type).toBe('api_key');
    expect(fromApi.event.data).toEqual(fromPortal.event.data);

    // The customer sees their change on the Activity page.
    await page.goto('/portal/activity');
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
    const mine = page.locator('.activity-entry', { hasText: 'Changed plan from Basic to Pro' }).filter({ hasText: 'You' });
    await expect(mine.first()).toBeVisible();
  } finally {
    await request.delete(`/v1/webhook_endpoints/${endpoint.id}`, { headers: auth });
    await setPlan(request, subscription, 'price_basic_monthly');
    receiver.close();
  }
});
