import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { api } from './api';

// Keyboard only: Tab, Shift+Tab, Enter, Space and the arrow keys, never the mouse. Each
// control reached shows a visible focus indicator.

/// A fresh subscriber to Basic with a card, in the portal.
async function openPortal(page: Page, request: APIRequestContext, name: string) {
  const customer = await subscriber(request, name);
  const session = await api(request, '/v1/billing/portal/sessions', {
    customer, returnUrl: 'https://example.com/account',
  });
  await page.goto(session.url);
  await expect(page).toHaveURL(/\/portal$/);
}

/// A fresh customer of the demo merchant paying for Basic with a card; its id.
async function subscriber(request: APIRequestContext, name: string): Promise<string> {
  const customer = await api(request, '/v1/customers', { name, email: `${name.toLowerCase()}@example.com` });
  await api(request, `/v1/customers/${customer.id}/payment_methods`, {
    type: 'card',
    card: { number: '4242424242424242', expMonth: 12, expYear: 2035, cvc: '123' },
  });
  await api(request, '/v1/subscriptions', { customer: customer.id, price: 'price_basic_monthly' });
  return customer.id;
}

/// The id of the focused element.
async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/// What the focused element says: its accessible label, text or value.
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const labelled = element.getAttribute('aria-label');
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    return (labelled ?? label ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/// Presses `key` (Tab or Shift+Tab) until the focused control's words match `name` (and,
/// given `within`, it sits in the list item saying `within`), and checks that it shows a
/// focus indicator.
async function moveTo(page: Page, name: RegExp, key = 'Tab', within?: string) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(key);
    const inside = within === undefined || await page.evaluate(
      (text) => document.activeElement?.closest('li')?.textContent?.includes(text) ?? false, within);
    if (inside && name.test(await focused(page))) {
      const indicated = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' || style.boxShadow !== 'none';
      });
      expect(indicated, `a visible focus indicator on ${name}`).toBe(true);
      return;
    }
  }
  throw new Error(`${name} not reached with ${key}`);
}

/// Tabs to the link or button `name`, presses Enter and waits for the page titled `heading`.
async function follow(page: Page, name: RegExp, heading: string) {
  await moveTo(page, name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('switching plan with the keyboard only', async ({ page, request }) => {
  await openPortal(page, request, 'Keys');
  await moveTo(page, /^Change plan$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/update$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Change plan' })).toBeVisible();
  // The radio group is one tab stop; the arrow keys choose within it.
  await moveTo(page, /^Basic/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Pro/ })).toBeChecked();
  await moveTo(page, /^Review change$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/review\?price=price_pro_monthly/);
  await expect(page.getByRole('heading', { level: 1, name: 'Review your change' })).toBeVisible();
  // Backwards from the end of the page (the footer) to the confirmation; Space presses it.
  await moveTo(page, /^Confirm change$/, 'Shift+Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('Your plan has been updated.');
  await expect(page.locator('.plan-name')).toHaveText('Pro');
});

test('cancelling with the keyboard only, declining the retention offer', async ({ page, request }) => {
  await api(request, '/v1/billing/portal/configurations/default', {
    features: {
      subscriptionCancel: {
        enabled: true,
        mode: 'at_period_end',
        retention: { offerCoupon: 'rwd_save20' },
        cancellationReason: { enabled: true, options: ['too_expensive', 'unused', 'other'] },
      },
    },
  });
  await openPortal(page, request, 'Leaver');
  await moveTo(page, /^Cancel plan$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Before you go' })).toBeVisible();
  await moveTo(page, /^No thanks, continue to cancel$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cancel\?declined=1$/);
  await expect(page.getByText(/will be canceled on/)).toBeVisible();
  await moveTo(page, /^It's too expensive$/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: "It's too expensive" })).toBeChecked();
  await moveTo(page, /^Anything else/);
  await page.keyboard.type('Cutting costs');
  await moveTo(page, /^Cancel plan$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Your plan will be canceled at the end of the billing period.');
});

test('adding a card with the keyboard only, focus on the card number after a decline', async ({ page, request }) => {
  await openPortal(page, request, 'Cardkeys');
  await follow(page, /^Manage payment methods$/, 'Payment methods');
  await page.locator('body[data-hydrated]').waitFor();

  // A card the bank declines: the refused page puts the focus back on the card number.
  await moveTo(page, /^Card number$/);
  await page.keyboard.type('4000 0000 0000 0002');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12/34');
  await page.keyboard.press('Tab');
  await page.keyboard.type('123');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').first()).toContainText('declined');
  await expect.poll(() => focusedId(page)).toBe('card-number');
  await expect(page.getByLabel('Card number')).toHaveAttribute('aria-invalid', 'true');

  await page.keyboard.type('5555 5555 5555 4444');
  await expect(page.getByText('Card brand: Mastercard')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.type('12/34');
  await page.keyboard.press('Tab');
  await page.keyboard.type('817');
  await moveTo(page, /^Name on card$/);
  await page.keyboard.type('Card Keys');
  await moveTo(page, /^Add card$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Your card has been added.');
  await expect(page.locator('.method-name', { hasText: 'Mastercard •••• 4444' })).toBeVisible();
});

test('editing billing details with the keyboard only, focus on the refused field', async ({ page, request }) => {
  await openPortal(page, request, 'Addresskeys');
  await follow(page, /^Edit billing details$/, 'Billing details');
  await moveTo(page, /^Country$/);
  // A closed select chooses by typing the start of an option's name.
  await page.keyboard.type('Netherlands');
  await expect(page.getByLabel('Country')).toHaveValue('NL');
  await moveTo(page, /^Address line 1$/);
  await page.keyboard.type('Damrak 1');
  await moveTo(page, /^City$/);
  await page.keyboard.type('Amsterdam');
  await moveTo(page, /^Postal code$/);
  await page.keyboard.type('012 AB');
  await moveTo(page, /^Save details$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Some fields need attention. Nothing was saved.')).toBeVisible();
  // Focus is on the refused field, which is tied to its message.
  await expect.poll(() => focusedId(page)).toBe('field-postal_code');
  await expect(page.getByLabel('Postal code')).toHaveAccessibleDescription('Enter a postal code in the format of the country.');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1012 JS');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Your billing details have been saved.');
  await expect(page.getByLabel('Postal code')).toHaveValue('1012 JS');
});

test('downloading an invoice with the keyboard only', async ({ page, request }) => {
  await openPortal(page, request, 'Invoicekeys');
  await follow(page, /^View invoices$/, 'Invoices');
  const number = (await page.locator('tr[data-invoice] td a').first().textContent())!.trim();
  await moveTo(page, new RegExp(`^${number}$`));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Invoice ${number}` })).toBeVisible();
  await moveTo(page, /^Download PDF$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const path = test.info().outputPath(`${number}.pdf`);
  await download.saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
});

// The demo owner (the Makefile starts the demo with this password).
const ownerEmail = 'owner@acme.example';
const ownerPassword = process.env.VINR_DEMO_DASHBOARD_PASSWORD ?? '';

async function signInByKeyboard(page: Page) {
  await page.goto('/dashboard/sign-in');
  await moveTo(page, /^E-mail$/);
  await page.keyboard.type(ownerEmail);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ownerPassword);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard$/);
}

test('changing the branding in the dashboard with the keyboard only', async ({ page, request }) => {
  await signInByKeyboard(page);
  try {
    await follow(page, /^Branding$/, 'Branding');
    await page.locator('body[data-hydrated]').waitFor();
    await moveTo(page, /^Accent colour$/);
    await page.keyboard.press('ControlOrMeta+a');
    // A mistyped colour is refused and the focus comes back to it.
    await page.keyboard.type('teal');
    await moveTo(page, /^Save branding$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('like #4f46e5');
    await expect.poll(() => focusedId(page)).toBe('accent_color');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('#0f766e');
    await expect(page.locator('#accent-summary')).toContainText('white text');
    await moveTo(page, /^Business name$/, 'Shift+Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Keyboard Rockets');
    await moveTo(page, /^Save branding$/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toHaveText('Branding saved.');
    await expect(page.getByLabel('Business name', { exact: true })).toHaveValue('Keyboard Rockets');
    await expect(page.getByLabel('Accent colour', { exact: true })).toHaveValue('#0f766e');
  } finally {
    await request.post('/v1/branding', {
      headers: { Authorization: `Bearer ${process.env.VINR_DEMO_LIVE_SECRET_KEY ?? ''}` },
      data: { businessName: null, accentColor: null },
    });
  }
});

test('creating and revoking an API key in the dashboard with the keyboard only', async ({ page, request }) => {
  await signInByKeyboard(page);
  await follow(page, /^API keys$/, 'API keys');
  await moveTo(page, /^Name$/);
  await page.keyboard.type('Keyboard server');
  await follow(page, /^Create a test key$/, 'Your new API key');
  const secret = await page.getByLabel('Secret key').inputValue();
  expect(secret).toMatch(/^sk_test_/);
  const used = await request.get('/v1/branding', { headers: { Authorization: `Bearer ${secret}` } });
  expect(used.status()).toBe(200);

  await follow(page, /^Back to API keys$/, 'API keys');
  // The key's disclosure opens with Enter; its confirmation is the next stop.
  await moveTo(page, /^Roll or revoke/, 'Tab', 'Keyboard server');
  await page.keyboard.press('Enter');
  await moveTo(page, /^Yes, revoke/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Key revoked.');
  await expect(page.locator('li.key-line', { hasText: 'Keyboard server' })).toHaveCount(0);
  const refused = await request.get('/v1/branding', { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
});
