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

// The dashboard in every language: the sign-in page with its refused state, then every
// page, the language chosen with the header's switcher.
const email = 'owner@acme.example';
const password = process.env.VINR_DEMO_DASHBOARD_PASSWORD ?? '';
const dashboardPages = [
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
];

test('every dashboard page passes axe in every language', async ({ page }) => {
  test.setTimeout(240_000);
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
  for (const locale of ['en', 'de', 'fr', 'es', 'ja']) {
    // The switcher in the header keeps the choice and comes back to the same page.
    await page.goto('/dashboard/team');
    await page.locator('.dashboard-user .language-form select').selectOption(locale);
    await page.locator('.dashboard-user .language-form button').click();
    await expect(page).toHaveURL(/\/dashboard\/team$/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (const path of dashboardPages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expectNoViolations(page, `${locale} ${path}`);
    }
    await page.goto('/dashboard/customers');
    await page.locator('a[href^="/dashboard/customers/cust_"]').first().click();
    await expectNoViolations(page, `${locale} a customer`);
    await page.goto('/dashboard/sign-in?error=credentials');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoViolations(page, `${locale} sign-in refused`);
  }
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

/// The portal pages of a subscription, with an error and a form's choices shown.
function portalPages(subscription: string) {
  return [
    '/portal',
    `/portal/subscriptions/${subscription}/update`,
    `/portal/subscriptions/${subscription}/update?error=choose_plan`,
    `/portal/subscriptions/${subscription}/review?price=price_pro_monthly`,
    `/portal/subscriptions/${subscription}/cancel`,
    '/portal/payment-methods?error=card_declined',
    '/portal/billing-details',
    '/portal/invoices',
    '/portal/activity',
  ];
}

test('every portal page passes axe in the dark scheme', async ({ page, request }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const { url, subscription } = await subscriber(request, 'en');
  await page.goto(url);
  await expect(page).toHaveURL(/\/portal$/);
  for (const path of portalPages(subscription)) {
    await page.goto(path);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(11, 16, 32)');
    await expectNoViolations(page, `dark ${path}`);
  }
});

/// `rgb(r, g, b)` as computed styles give it, to WCAG relative luminance.
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// Accents a merchant can choose, from black to white through the hard middle greys and a
// yellow too light for links: every page passes axe in both schemes, and the focus ring
// reads at 3:1 on the page.
const liveKey = process.env.VINR_DEMO_LIVE_SECRET_KEY ?? '';
for (const accent of ['#000000', '#ffffff', '#ffff00', '#777777', '#0e7490', '#ff0000', '#1e1b4b']) {
  test(`the portal passes axe with the accent ${accent} in both schemes`, async ({ page, request }) => {
    const branded = await request.post('/v1/branding', {
      headers: { Authorization: `Bearer ${liveKey}` }, data: { accentColor: accent },
    });
    expect(branded.status()).toBe(200);
    try {
      const { url, subscription } = await subscriber(request, 'en');
      await page.goto(url);
      await expect(page).toHaveURL(/\/portal$/);
      await expect(page.locator('.portal')).toHaveAttribute('style', new RegExp(`--accent: ${accent}`));
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of [
          '/portal',
          `/portal/subscriptions/${subscription}/update?error=choose_plan`,
          '/portal/payment-methods',
        ]) {
          await page.goto(path);
          await expectNoViolations(page, `${accent} ${scheme} ${path}`);
        }
        // The focus ring on the first link reached by Tab, against the page behind it.
        await page.goto('/portal');
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement as Element);
          return { color: style.outlineColor, width: style.outlineWidth, page: getComputedStyle(document.body).backgroundColor };
        });
        expect(ring.width).toBe('3px');
        expect(contrast(ring.color, ring.page), `${accent} ${scheme} focus ring ${ring.color} on ${ring.page}`)
          .toBeGreaterThanOrEqual(3);
      }
    } finally {
      await request.post('/v1/branding', {
        headers: { Authorization: `Bearer ${liveKey}` }, data: { accentColor: null },
      });
    }
  });
}

// WCAG 1.4.10: content reflows at 320 CSS pixels (a 1280 px window at 400 %) and at 640
// (200 %) without scrolling sideways.
test('every portal and dashboard page reflows at 320 and 640 px without horizontal scrolling', async ({ page, request }) => {
  const { url, subscription } = await subscriber(request, 'de');
  await page.goto(url);
  await expect(page).toHaveURL(/\/portal$/);
  // How far the page scrolls sideways, and the elements sticking out (for the message).
  const overflow = async () => {
    const { by, offenders } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const offenders = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`);
      return { by: document.documentElement.scrollWidth - width, offenders };
    });
    return by > 0 ? `${by} px: ${offenders.join(', ')}` : 0;
  };
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 720 });
    for (const path of portalPages(subscription)) {
      await page.goto(path);
      expect(await overflow(), `${path} at ${width} px (German, the longest words)`).toBe(0);
    }
  }
  await page.goto('/dashboard/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 720 });
    for (const path of [
      '/dashboard', '/dashboard/customers', '/dashboard/catalogue', '/dashboard/settings/branding',
      '/dashboard/settings/portal', '/dashboard/settings/domains', '/dashboard/portal-sessions',
      '/dashboard/developers/api-keys', '/dashboard/developers/webhooks', '/dashboard/developers/events',
      '/dashboard/developers/audit-log', '/dashboard/account', '/dashboard/team',
    ]) {
      await page.goto(path);
      expect(await overflow(), `${path} at ${width} px`).toBe(0);
    }
  }
});

test('with reduced motion asked for, nothing on the page moves', async ({ page, request }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { url } = await subscriber(request, 'en');
  await page.goto(url);
  await page.goto('/portal/payment-methods');
  // A pending form shows its spinner standing still (the button says it is busy).
  await page.evaluate(() => document.querySelector('form:has(.spinner)')?.setAttribute('aria-busy', 'true'));
  const spinner = page.locator('form[aria-busy="true"] .spinner').first();
  await expect(spinner).toBeVisible();
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
    .map((element) => getComputedStyle(element))
    .filter((style) => style.animationName !== 'none' || (style.transitionDuration !== '0s' && style.transitionProperty !== 'none'))
    .length);
  expect(moving).toBe(0);
  // Without the preference the spinner turns.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await spinner.evaluate((element) => getComputedStyle(element).animationName)).toBe('spin');
});
