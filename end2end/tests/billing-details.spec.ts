import { test, expect, type APIRequestContext } from '@playwright/test';

// Billing details in the portal, on a fresh customer of the demo merchant.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const auth = { Authorization: `Bearer ${secretKey}` };

async function api(request: APIRequestContext, path: string, data?: object) {
  const response = data === undefined
    ? await request.get(path, { headers: auth })
    : await request.post(path, { headers: auth, data });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}

test('a customer fixes a postal code, saves the address and adds a VAT number', async ({ page, request }) => {
  const customer = await api(request, '/v1/customers', { name: 'Detail', email: 'detail@example.com' });
  const session = await api(request, '/v1/billing/portal/sessions', { customer: customer.id, returnUrl: 'https://example.com/account' });
  await page.goto(session.url);
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByRole('link', { name: 'Edit billing details' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing details' })).toBeVisible();

  await page.getByLabel('Country').selectOption('NL');
  await page.getByLabel('Address line 1').fill('Damrak 1');
  await page.getByLabel('City').fill('Amsterdam');
  await page.getByLabel('Postal code').fill('012 AB');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Some fields need attention. Nothing was saved.')).toBeVisible();
  const postal = page.getByLabel('Postal code');
  await expect(postal).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a postal code in the format of the country.')).toBeVisible();
  await expect(page.getByLabel('Address line 1')).toHaveValue('Damrak 1');
  await postal.fill('1012 JS');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('status')).toHaveText('Your billing details have been saved.');
  expect((await api(request, `/v1/customers/${customer.id}`)).address.postalCode).toBe('1012 JS');

  await page.getByLabel('Tax ID', { exact: true }).fill('NL123456789X01');
  await page.getByRole('button', { name: 'Add tax ID' }).click();
  await expect(page.getByText(/This tax ID isn't valid for its type and country/)).toBeVisible();
  await expect(page.getByLabel('Tax ID', { exact: true })).toHaveValue('NL123456789X01');
  await page.getByLabel('Tax ID', { exact: true }).fill('NL123456789B01');
  await page.getByRole('button', { name: 'Add tax ID' }).click();
  await expect(page.getByRole('status')).toHaveText('The tax ID has been added.');
  await expect(page.getByText('EU VAT number: NL123456789B01')).toBeVisible();
});
