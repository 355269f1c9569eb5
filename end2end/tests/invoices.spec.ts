import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// The customer's invoice history: the list, one invoice, and its PDF saved to disk.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const customer = 'cust_8sJ2kLpQ';
const returnUrl = 'https://example.com/account';

test('invoice list → invoice page → PDF download', async ({ page, request }) => {
  const minted = await request.post('/v1/billing/portal/sessions', {
    headers: { Authorization: `Bearer ${secretKey}` },
    data: { customer, returnUrl },
  });
  expect(minted.status()).toBe(200);
  await page.goto((await minted.json()).url);
  await expect(page).toHaveURL(/\/portal$/);

  await page.getByRole('link', { name: 'View invoices' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  const first = page.locator('tr[data-invoice]').first();
  await expect(first.locator('.badge')).toHaveText(/Paid|Due|Void|Uncollectible/);
  const number = (await first.locator('td a').first().textContent())!.trim();
  expect(number).toMatch(/-\d{4}$/);
  await first.locator('td a').first().click();

  await expect(page.getByRole('heading', { level: 1, name: `Invoice ${number}` })).toBeVisible();
  await expect(page.getByText('Billed to')).toBeVisible();
  await expect(page.locator('.invoice-totals')).toContainText('Total');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const path = test.info().outputPath(`${number}.pdf`);
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  // A valid document whose text names the invoice.
  execFileSync('qpdf', ['--check', path]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString();
  expect(text).toContain(number);
});
