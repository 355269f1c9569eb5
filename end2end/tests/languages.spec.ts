import { test, expect, type APIRequestContext } from '@playwright/test';

// The portal in the customer's language: the session's locale, then the footer's switcher,
// with <html lang>, translated words and money written for the language.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const auth = { Authorization: `Bearer ${secretKey}` };

async function api(request: APIRequestContext, path: string, data: object) {
  const response = await request.post(path, { headers: auth, data });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

async function subscriberSession(request: APIRequestContext, name: string, locale: string) {
  const customer = await api(request, '/v1/customers', { name, email: `${name.toLowerCase()}@example.com` });
  await api(request, `/v1/customers/${customer.id}/payment_methods`, {
    type: 'card',
    card: { number: '4242424242424242', expMonth: 12, expYear: 2035, cvc: '123' },
  });
  await api(request, '/v1/subscriptions', { customer: customer.id, price: 'price_basic_monthly' });
  const session = await api(request, '/v1/billing/portal/sessions', {
    customer: customer.id, returnUrl: 'https://example.com/account', locale,
  });
  return session.url as string;
}

test('a German session reads German, fits a phone, and the footer switches to Japanese', async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto(await subscriberSession(request, 'Greta', 'de-AT'));
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Abrechnung' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Aktueller Tarif' })).toBeVisible();
  await expect(page.locator('.price')).toHaveText(/^9,00\s\$ pro Monat$/);
  await expect(page.locator('.badge')).toHaveText('Aktiv');
  // German runs longer than English: still no sideways scrolling at 320 px.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByLabel('Sprache').selectOption('ja');
  await page.getByRole('button', { name: 'Sprache wechseln' }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1, name: 'ご請求' })).toBeVisible();
  await expect(page.locator('.price')).toHaveText('月額 $9.00');
  // The choice lasts for the session.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByLabel('言語')).toHaveValue('ja');
});
