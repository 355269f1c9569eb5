import { test, expect, type Page } from '@playwright/test';

// The demo owner (the Makefile starts the demo with this password).
const email = 'owner@acme.example';
const password = process.env.VINR_DEMO_DASHBOARD_PASSWORD ?? '';

async function signIn(page: Page) {
  expect(password, 'VINR_DEMO_DASHBOARD_PASSWORD must be set').not.toBe('');
  await page.goto('/dashboard/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test('a merchant signs in to the dashboard, sees what needs attention and signs out', async ({ page }) => {
  // Signed out, the dashboard sends the visitor to sign in.
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to your dashboard' })).toBeVisible();

  // A wrong password is refused with a message tied to the fields.
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That e-mail and password do not match an account.');
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');

  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'What needs attention' })).toBeVisible();
  await expect(page.getByText('Acme Cloud')).toBeVisible();
  await expect(page.getByText('Test mode', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Customers past due' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recent portal activity' })).toBeVisible();
  await expect(page).toHaveTitle('Home — Acme Cloud dashboard');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/dashboard\/sign-in\?signed_out=1$/);
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/dashboard\/sign-in$/);
});

test('the dashboard signs in with the keyboard alone and fits a 375 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/dashboard/sign-in');
  // Tab from the top of the page to the e-mail field, then through the form.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-mail')).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'What needs attention' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The sign-out button is reachable by keyboard and has a touch-sized target.
  const signOut = page.getByRole('button', { name: 'Sign out' });
  const box = await signOut.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test('a merchant finds a customer and opens the portal as them in a new tab', async ({ page, context }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await page.getByLabel('Search by id, name or e-mail').fill('jenny');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/dashboard\/customers\?q=jenny$/);
  await page.getByRole('link', { name: 'Jenny Rosen' }).click();
  await expect(page).toHaveURL(/\/dashboard\/customers\/cust_8sJ2kLpQ$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Jenny Rosen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Subscriptions' })).toBeVisible();
  await expect(page.getByText('Visa •••• 4242')).toBeVisible();

  const [portal] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open the portal as this customer' }).click(),
  ]);
  await portal.waitForURL(/\/portal$/);
  await expect(portal.getByText('Jenny Rosen')).toBeVisible();
  await portal.close();
});
