import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { api } from './api';

// axe-core on every portal page, in every language, with an error shown: no violation of
// WCAG 2.0, 2.1 and 2.2 at levels A and AA.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/// A customer with a card and a Basic subscription, and a portal session in `locale`.
async function subscriber(request: APIRequestContext, locale: string) {
  const customer = await api(request, '/v1/customers', {
    name: `Axe ${locale}`, email: `axe-${locale}@example.com`,
  });
  await api(request, `/v1/customers/${customer.id}/payment_methods`, {
    type: 'card',
    card: { number: '4242424242424242', expMonth: 12, expYear: 2035, cvc: '123' },
  });
  const subscription = await api(request, '/v1/subscriptions', {
    customer: customer.id, price: 'price_basic_monthly',
  });
  const session = await api(request, '/v1/billing/portal/sessions', {
    customer: customer.id, returnUrl: 'https://example.com/account', locale,
  });
  return { url: session.url as string, subscription: subscription.id as string };
}

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(found, `${what}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

for (const locale of ['en', 'de', 'fr', 'es', 'ja']) {
  test(`every portal page passes axe in ${locale}`, async ({ page, request }) => {
    const { url, subscription } = await subscriber(request, locale);
    await page.goto(url);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const pages = [
      '/portal',
      `/portal/subscriptions/${subscription}/update`,
      `/portal/subscriptions/${subscription}/update?error=choose_plan`,
      `/portal/subscriptions/${subscription}/review?price=price_pro_monthly`,
      `/portal/subscriptions/${subscription}/cancel`,
      `/portal/subscriptions/${subscription}/cancel?declined=1`,
      '/portal/payment-methods',
      '/portal/payment-methods?error=card_declined',
      '/portal/billing-details',
      '/portal/invoices',
      '/portal/activity',
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expectNoViolations(page, `${locale} ${path}`);
    }
    await page.goto('/portal/invoices');
    await page.locator('table.invoices tbody a').first().click();
    await expect(page).toHaveURL(/\/portal\/invoices\/in_/);
    await expectNoViolations(page, `${locale} invoice`);
  });
}

// The dashboard (English for now): the sign-in page with its refused state, then every page.
const email = 'owner@acme.example';
const password = process.env.VINR_DEMO_DASHBOARD_PASSWORD ?? '';

test('every dashboard page passes axe', async ({ page }) => {
  await page.goto('/dashboard/sign-in');
  await expectNoViolations(page, 'sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, 'sign-in refused');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const path of [
    '/dashboard',
    '/dashboard/customers',
    '/dashboard/catalogue',
    '/dashboard/settings/branding',
    '/dashboard/settings/portal',
    '/dashboard/settings/domains',
    '/dashboard/settings/payments',
    '/dashboard/portal-sessions',
    '/dashboard/developers/api-keys',
    '/dashboard/developers/webhooks',
    '/dashboard/developers/events',
    '/dashboard/developers/audit-log',
    '/dashboard/account',
    '/dashboard/team',
  ]) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }
  await page.goto('/dashboard/customers');
  await page.locator('a[href^="/dashboard/customers/cust_"]').first().click();
  await expectNoViolations(page, 'a customer');
});

test('the screens outside a session pass axe, and the check does find a violation', async ({ page }) => {
  await page.goto('/session/bps_unknown');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'expired link');
  // The check is live: an image without a text alternative is reported.
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    document.querySelector('main')?.append(image);
  });
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((violation) => violation.id)).toContain('image-alt');
});
