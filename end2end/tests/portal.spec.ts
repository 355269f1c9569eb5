import { test, expect, type APIRequestContext } from '@playwright/test';

// The demo merchant's test key and customer (the Makefile starts the demo with this key).
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const customer = 'cust_8sJ2kLpQ';
const returnUrl = 'https://example.com/account';

async function mintSession(request: APIRequestContext): Promise<string> {
  expect(secretKey, 'VINR_DEMO_SECRET_KEY must be set').toMatch(/^sk_test_/);
  const response = await request.post('/v1/billing/portal/sessions', {
    headers: { Authorization: `Bearer ${secretKey}` },
    data: { customer, returnUrl },
  });
  expect(response.status()).toBe(200);
  const session = await response.json();
  expect(session.url).toContain('/session/bps_');
  return session.url;
}

async function setPlan(request: APIRequestContext, subscription: string, price: string) {
  const response = await request.post(`/v1/subscriptions/${subscription}`, {
    headers: { Authorization: `Bearer ${secretKey}` },
    data: { price },
  });
  expect(response.status()).toBe(200);
}

test('a customer switches from Basic to Pro, and the link works only once', async ({ page, request, browser }) => {
  const url = await mintSession(request);

  await page.goto(url);
  await expect(page).toHaveURL(/\/portal$/);
  expect(page.url()).not.toContain('#');
  await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
  await expect(page.getByText('Jenny Rosen')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Return to Acme Cloud' })).toBeVisible();
  await expect(page.locator('form.return-form')).toHaveAttribute('data-return-url', returnUrl);

  // Start from Basic even when an earlier run left the demo on Pro.
  const subscription = await page.locator('[data-subscription]').first().getAttribute('data-subscription');
  expect(subscription).toMatch(/^sub_/);
  if ((await page.locator('.plan-name').first().textContent()) !== 'Basic') {
    await setPlan(request, subscription!, 'price_basic_monthly');
    await page.reload();
  }
  await expect(page.locator('.plan-name')).toHaveText('Basic');
  await expect(page.getByText('$9.00 per month')).toBeVisible();

  await page.locator('body[data-hydrated]').waitFor();
  await page.getByRole('link', { name: 'Change plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change plan' })).toBeVisible();
  await expect(page).toHaveTitle('Change plan — Acme Cloud');
  await page.getByRole('radio', { name: /Pro/ }).check();
  await page.getByRole('button', { name: 'Review change' }).click();

  // The review shows the proration the confirmation will apply.
  await expect(page.getByRole('heading', { level: 1, name: 'Review your change' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Unused time on Basic/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Remaining time on Pro/ })).toBeVisible();
  await expect(page.getByText(/Your next invoice on .* is \$/)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm change' }).click();

  await expect(page.getByRole('status')).toHaveText('Your plan has been updated.');
  await expect(page.locator('.plan-name')).toHaveText('Pro');
  await expect(page.getByText('$29.00 per month')).toBeVisible();

  await page.reload();
  await expect(page.locator('.plan-name')).toHaveText('Pro');

  // The same link again: already used.
  const again = await page.goto(url);
  expect(again?.status()).toBe(410);
  await expect(page.getByRole('heading', { name: 'This session has expired' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Return to the website' })).toHaveAttribute('href', returnUrl);

  // Another browser without the cookie cannot see the portal.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  const response = await strangerPage.goto('/portal');
  expect(response?.status()).toBe(401);
  await expect(strangerPage.getByRole('heading', { name: 'Your session has ended' })).toBeVisible();
  await expect(strangerPage.getByText('Jenny Rosen')).toHaveCount(0);
  await stranger.close();

  // Leave the demo as it was.
  await setPlan(request, subscription!, 'price_basic_monthly');
});

test('the plan form works before the WASM bundle loads', async ({ browser, request }) => {
  const url = await mintSession(request);
  const context = await browser.newContext();
  const page = await context.newPage();
  // Hold back the WASM so the page stays server-rendered HTML only.
  await page.route('**/*.wasm', () => {});
  await page.goto(url);
  await expect(page).toHaveURL(/\/portal$/);
  const subscription = await page.locator('[data-subscription]').first().getAttribute('data-subscription');
  await page.getByRole('link', { name: 'Change plan' }).click();
  await page.getByRole('radio', { name: /Pro/ }).check();
  await page.getByRole('button', { name: 'Review change' }).click();
  await page.getByRole('button', { name: 'Confirm change' }).click();
  await expect(page.getByRole('status')).toHaveText('Your plan has been updated.');
  await expect(page.locator('.plan-name')).toHaveText('Pro');
  expect(await page.locator('body[data-hydrated]').count()).toBe(0);
  await setPlan(request, subscription!, 'price_basic_monthly');
  await context.close();
});

test('a pending plan change shows a busy button and is not submitted twice', async ({ page, request }) => {
  const url = await mintSession(request);
  await page.goto(url);
  const subscription = await page.locator('[data-subscription]').first().getAttribute('data-subscription');
  await page.getByRole('link', { name: 'Change plan' }).click();
  await page.getByRole('radio', { name: /Pro/ }).check();
  await page.getByRole('button', { name: 'Review change' }).click();
  await page.locator('body[data-hydrated]').waitFor();

  // Hold the server function's answer to observe the pending state.
  let posts = 0;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/**', async (route) => {
    posts += 1;
    await held;
    await route.continue();
  });
  // Everything is observed from inside the page: Playwright's clicks and locators would wait
  // for the navigation that the held request keeps pending.
  const reports: Array<{ prevented: boolean; busy: string | null; spinnerShown: boolean }> = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('vinr-submit ')) reports.push(JSON.parse(text.slice('vinr-submit '.length)));
  });
  await page.evaluate(() => {
    const form = document.querySelector('main form')!;
    const button = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    form.addEventListener('submit', (event) => {
      setTimeout(() => {
        const spinner = form.querySelector('.spinner')!;
        const report = {
          prevented: event.defaultPrevented,
          busy: form.getAttribute('aria-busy'),
          spinnerShown: getComputedStyle(spinner).display !== 'none',
        };
        console.log('vinr-submit ' + JSON.stringify(report));
      }, 0);
    });
    button.click();
    setTimeout(() => button.click(), 100);
  });
  await expect.poll(() => reports.length).toBe(2);
  expect(reports[0]).toEqual({ prevented: false, busy: 'true', spinnerShown: true });
  expect(reports[1]).toEqual({ prevented: true, busy: 'true', spinnerShown: true });
  release();
  await expect(page.getByRole('status')).toHaveText('Your plan has been updated.');
  expect(posts).toBe(1);
  await setPlan(request, subscription!, 'price_basic_monthly');
});

test('"Sign out" and "Return to" end the session on the server', async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(await mintSession(request));
  await expect(page).toHaveURL(/\/portal$/);
  const cookies = await context.cookies();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: "You're signed out" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Return to the website' })).toHaveAttribute('href', returnUrl);

  // The old cookie, put back by hand, no longer opens the portal: the server ended it.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  const response = await replayPage.goto('/portal');
  expect(response?.status()).toBe(401);
  await replay.close();

  // "Return to Acme Cloud" signs out too, then goes back to the merchant.
  await page.goto(await mintSession(request));
  await expect(page).toHaveURL(/\/portal$/);
  await page.route('https://example.com/**', (route) => route.fulfill({ status: 200, body: 'merchant' }));
  await page.getByRole('button', { name: 'Return to Acme Cloud' }).click();
  await expect(page).toHaveURL(returnUrl);
  const after = await page.goto('/portal');
  expect(after?.status()).toBe(401);
  await context.close();
});
