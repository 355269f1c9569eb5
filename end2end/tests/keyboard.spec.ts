import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { api } from './api';

// Keyboard only: Tab, Shift+Tab, Enter, Space and the arrow keys, never the mouse. Each
// control reached shows a visible focus indicator.

/// A fresh subscriber to Basic with a card, in the portal.
async function openPortal(page: Page, request: APIRequestContext, name: string) {
  const customer = await api(request, '/v1/customers', { name, email: `${name.toLowerCase()}@example.com` });
  await api(request, `/v1/customers/${customer.id}/payment_methods`, {
    type: 'card',
    card: { number: '4242424242424242', expMonth: 12, expYear: 2035, cvc: '123' },
  });
  await api(request, '/v1/subscriptions', { customer: customer.id, price: 'price_basic_monthly' });
  const session = await api(request, '/v1/billing/portal/sessions', {
    customer: customer.id, returnUrl: 'https://example.com/account',
  });
  await page.goto(session.url);
  await expect(page).toHaveURL(/\/portal$/);
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

/// Presses `key` (Tab or Shift+Tab) until the focused control's words match `name`, and
/// checks that it shows a focus indicator.
async function moveTo(page: Page, name: RegExp, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    if (name.test(await focused(page))) {
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
