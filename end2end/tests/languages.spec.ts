import { test, expect, type APIRequestContext } from '@playwright/test';
import { api } from './api';

// The portal in the customer's language: the session's locale, then the footer's switcher,
// with <html lang>, translated words and money written for the language.

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

// One journey per language: the overview and an invoice in its words, with <html lang> and
// money written as the language writes it (ICU4X on the server).
const journeys = [
  { locale: 'en', overview: 'Billing', price: '$9.00 per month', invoices: 'Invoices', invoice: 'Invoice', subtotal: 'Subtotal', paid: 'Paid', total: '$9.00' },
  { locale: 'de', overview: 'Abrechnung', price: '9,00\u00a0$ pro Monat', invoices: 'Rechnungen', invoice: 'Rechnung', subtotal: 'Zwischensumme', paid: 'Bezahlt', total: '9,00\u00a0$' },
  { locale: 'fr', overview: 'Facturation', price: '9,00\u00a0$US par mois', invoices: 'Factures', invoice: 'Facture', subtotal: 'Sous-total', paid: 'Payée', total: '9,00\u00a0$US' },
  { locale: 'es', overview: 'Facturación', price: '9,00\u00a0US$ al mes', invoices: 'Facturas', invoice: 'Factura', subtotal: 'Subtotal', paid: 'Pagada', total: '9,00\u00a0US$' },
  { locale: 'ja', overview: 'ご請求', price: '月額 $9.00', invoices: '請求書', invoice: '請求書', subtotal: '小計', paid: '支払い済み', total: '$9.00' },
];

for (const words of journeys) {
  test(`the overview and an invoice read ${words.locale}`, async ({ page, request }) => {
    await page.goto(await subscriberSession(request, `Lang${words.locale}`, words.locale));
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.locator('html')).toHaveAttribute('lang', words.locale);
    await expect(page.getByRole('heading', { level: 1, name: words.overview })).toBeVisible();
    await expect(page.locator('.price')).toHaveText(words.price);

    await page.locator('a[href="/portal/invoices"]').first().click();
    await expect(page.getByRole('heading', { level: 1, name: words.invoices })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', words.locale);
    const row = page.locator('table.invoices tbody tr').first();
    await expect(row.locator('.badge')).toHaveText(words.paid);
    await expect(row.locator('td.amount')).toHaveText(words.total);
    await row.locator('a').first().click();

    await expect(page).toHaveURL(/\/portal\/invoices\/in_/);
    await expect(page.locator('html')).toHaveAttribute('lang', words.locale);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(words.invoice);
    const totals = page.locator('.invoice-totals');
    await expect(totals).toContainText(words.subtotal);
    await expect(totals.locator('dd.total')).toHaveText(words.total);
  });
}
