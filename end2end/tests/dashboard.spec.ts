import { test, expect, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { startReceiver } from './receiver';

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

// A 1×1 PNG, uploaded as the logo.
const pngLogo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);
const liveKey = process.env.VINR_DEMO_LIVE_SECRET_KEY ?? '';
const testKey = process.env.VINR_DEMO_SECRET_KEY ?? '';

test('a merchant sets the accent colour and a logo and sees them in a new portal session', async ({ page, request }) => {
  await signIn(page);
  try {
    await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Branding' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Branding' })).toBeVisible();
    await page.locator('body[data-hydrated]').waitFor();
    // The preview follows the colour as it is typed, with the contrast warning.
    const accent = page.getByLabel('Accent colour', { exact: true });
    await accent.fill('#ffdd00');
    await expect(page.locator('#accent-summary')).toContainText('under the 4.5:1');
    await expect(page.getByRole('group', { name: 'Preview of the portal' })).toHaveAttribute('style', /--accent: #ffdd00/);
    await accent.fill('#0f766e');
    await expect(page.locator('#accent-summary')).toContainText('white text');
    await page.getByLabel('Business name', { exact: true }).fill('Acme Rockets');
    await page.getByLabel('Upload a new logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngLogo });
    // A sample receipt in a new tab wears what is typed, logo included, before saving.
    const [receipt] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Sample receipt' }).click(),
    ]);
    await receipt.waitForLoadState();
    await expect(receipt.getByRole('heading', { level: 1 })).toHaveText('Acme Rockets');
    await expect(receipt.getByRole('img', { name: 'Acme Rockets' })).toBeVisible();
    await receipt.close();
    // The form is not left busy by the sample: saving still works.
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page).toHaveURL(/\/dashboard\/settings\/branding\?saved=1$/);
    await expect(page.getByRole('status')).toHaveText('Branding saved.');
    await expect(page.getByRole('img', { name: 'Your current logo' })).toBeVisible();

    // A freshly minted portal session wears the brand, and so does an invoice PDF's logo.
    const minted = await request.post('/v1/billing/portal/sessions', {
      headers: { Authorization: `Bearer ${testKey}` },
      data: { customer: 'cust_8sJ2kLpQ', returnUrl: 'https://example.com/account' },
    });
    await page.goto((await minted.json()).url);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.locator('.merchant-name')).toContainText('Acme Rockets');
    await expect(page.locator('.merchant-logo')).toBeVisible();
    await expect(page.locator('.portal')).toHaveAttribute('style', /--accent: #0f766e/);

    // A mistyped colour is refused with a message at the field, and what was typed stays.
    await page.goto('/dashboard/settings/branding');
    await page.getByLabel('Accent colour', { exact: true }).fill('teal');
    await page.getByLabel('Business name', { exact: true }).fill('Acme Rockets Ltd');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect(page.getByRole('alert')).toContainText('like #4f46e5');
    await expect(page.getByLabel('Accent colour', { exact: true })).toHaveValue('teal');
    await expect(page.getByLabel('Accent colour', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Business name', { exact: true })).toHaveValue('Acme Rockets Ltd');
  } finally {
    await request.post('/v1/branding', {
      headers: { Authorization: `Bearer ${liveKey}` },
      data: { businessName: null, accentColor: null, supportUrl: null, privacyPolicyUrl: null, termsOfServiceUrl: null, logo: null },
    });
  }
});

test('the branding page works at 375 px and with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page);
  await page.goto('/dashboard/settings/branding');
  // Once hydrated, a colour picker sits between the name and the hex field.
  await page.locator('body[data-hydrated]').waitFor();
  await expect(page.getByLabel('Colour picker')).toBeVisible();
  await page.getByLabel('Business name', { exact: true }).focus();
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Tab');
  // The colour picker, then the hex field.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Accent colour', { exact: true })).toBeFocused();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a merchant revokes a portal session and the customer’s next page says it expired', async ({ page, context, request }) => {
  const minted = await request.post('/v1/billing/portal/sessions', {
    headers: { Authorization: `Bearer ${testKey}` },
    data: { customer: 'cust_8sJ2kLpQ', returnUrl: 'https://example.com/account' },
  });
  const session = await minted.json();
  const customer = await context.newPage();
  await customer.goto(session.url);
  await expect(customer).toHaveURL(/\/portal$/);

  await signIn(page);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Portal sessions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portal sessions' })).toBeVisible();
  const line = page.locator('li.session-line', { hasText: session.id });
  await expect(line).toContainText('Signed in');
  await expect(line).toContainText(/Opened .* from .* · Chrome on /);
  await line.getByRole('button', { name: /^Revoke/ }).click();
  await expect(page.getByRole('status')).toHaveText('Session revoked.');
  await expect(page.locator('li.session-line', { hasText: session.id })).toContainText('Ended');

  await customer.reload();
  await expect(customer.getByRole('heading', { level: 1 })).toHaveText('Your session has ended');
});

test('a merchant creates an API key, uses it, revokes it and sees it refused', async ({ page, request }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
  await page.getByLabel('Name').fill('Journey server');
  await page.getByRole('button', { name: 'Create a test key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your new API key' })).toBeVisible();
  const secret = await page.getByLabel('Secret key').inputValue();
  expect(secret).toMatch(/^sk_test_/);
  // The copy button puts exactly the key on the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy secret key' }).click();
  await expect(page.getByRole('button', { name: /^Copied/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  const used = await request.get('/v1/branding', { headers: { Authorization: `Bearer ${secret}` } });
  expect(used.status()).toBe(200);

  await page.getByRole('link', { name: 'Back to API keys' }).click();
  const line = page.locator('li.key-line', { hasText: `sk_test_...${secret.slice(-4)}` });
  await expect(line).toBeVisible();
  await expect(line).toContainText('Journey server');
  await expect(line).toContainText('Last used');
  await line.getByText('Roll or revoke').click();
  await line.getByRole('button', { name: /^Yes, revoke/ }).click();
  await expect(page.getByRole('status')).toContainText('Key revoked.');
  await expect(page.locator('li.key-line', { hasText: `sk_test_...${secret.slice(-4)}` })).toHaveCount(0);

  const refused = await request.get('/v1/branding', { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
});

test('a merchant changes their password from the account page', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: email }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  // A wrong current password is refused at the field; nothing changes.
  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel('New password', { exact: true }).fill('a fresh passphrase for today');
  await page.getByLabel('The new password again').fill('a fresh passphrase for today');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('alert')).toHaveText('Your current password is not the one you typed.');
  await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  // The same password again keeps the demo's password and shows the whole round trip.
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('The new password again').fill(password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Password changed.');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
});

test('a merchant turns cancellation off in the portal settings and a new session offers no “Cancel plan”', async ({ page, request }) => {
  const auth = { Authorization: `Bearer ${testKey}` };
  const original = await (await request.get('/v1/billing/portal/configurations/default', { headers: auth })).json();
  const mintAndOpen = async () => {
    const minted = await request.post('/v1/billing/portal/sessions', {
      headers: auth,
      data: { customer: 'cust_8sJ2kLpQ', returnUrl: 'https://example.com/account' },
    });
    await page.goto((await minted.json()).url);
    await expect(page).toHaveURL(/\/portal$/);
  };
  await mintAndOpen();
  await expect(page.getByRole('link', { name: 'Cancel plan' })).toBeVisible();
  await signIn(page);
  try {
    await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Portal', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Portal settings' })).toBeVisible();
    const cancellation = page.getByRole('checkbox', { name: /^Cancellation —/ });
    await expect(cancellation).toBeChecked();
    await cancellation.uncheck();
    await page.getByRole('button', { name: 'Save portal settings' }).click();
    await expect(page).toHaveURL(/\/dashboard\/settings\/portal\/bpc_\w+\?saved=1$/);
    await expect(page.getByRole('status')).toContainText('Portal settings saved.');
    await expect(page.getByRole('checkbox', { name: /^Cancellation —/ })).not.toBeChecked();

    // A refused save names the field, and everything typed stays.
    await page.getByLabel('Headline').fill('Your Acme plan');
    await page.getByLabel('Sites that may embed the portal').fill('not an origin');
    await page.getByRole('button', { name: 'Save portal settings' }).click();
    await expect(page.getByRole('alert')).toContainText('Sites that may embed the portal:');
    await expect(page.getByLabel('Sites that may embed the portal')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Headline')).toHaveValue('Your Acme plan');
    await expect(page.getByRole('checkbox', { name: /^Cancellation —/ })).not.toBeChecked();

    await mintAndOpen();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Cancel plan' })).toHaveCount(0);
  } finally {
    await request.post('/v1/billing/portal/configurations/default', {
      headers: auth,
      data: {
        features: original.features,
        businessProfile: original.businessProfile,
        defaultReturnUrl: original.defaultReturnUrl,
        frameAncestors: original.frameAncestors,
      },
    });
  }
});

test('the portal settings work at 375 px and with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page);
  await page.goto('/dashboard/settings/portal');
  await expect(page.getByRole('heading', { level: 1, name: 'Portal settings' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The first switch takes Space from the keyboard.
  const payments = page.getByRole('checkbox', { name: /^Payment methods —/ });
  await payments.focus();
  const before = await payments.isChecked();
  await page.keyboard.press('Space');
  expect(await payments.isChecked()).toBe(!before);
  const box = await page.getByRole('button', { name: 'Save portal settings' }).boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
});

test('a merchant adds a webhook endpoint, sees a portal plan change delivered and resends it', async ({ page, context, request }) => {
  const auth = { Authorization: `Bearer ${testKey}` };
  const receiver = await startReceiver();
  await signIn(page);
  let endpointPath = '';
  let subscription = '';
  try {
    await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Webhooks' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
    await page.getByLabel('Endpoint URL').fill(receiver.url);
    await page.getByLabel('Description').fill('e2e dashboard receiver');
    await page.getByRole('checkbox', { name: /^All events/ }).uncheck();
    await page.getByRole('checkbox', { name: 'subscription.updated', exact: true }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Your endpoint's signing secret" })).toBeVisible();
    expect(await page.getByLabel('Signing secret').inputValue()).toMatch(/^whsec_/);
    await page.getByRole('link', { name: 'Go to the endpoint' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Webhook endpoint' })).toBeVisible();
    endpointPath = new URL(page.url()).pathname;

    // The customer switches plan in the portal.
    const minted = await request.post('/v1/billing/portal/sessions', {
      headers: auth,
      data: { customer: 'cust_8sJ2kLpQ', returnUrl: 'https://example.com/account' },
    });
    const customer = await context.newPage();
    await customer.goto((await minted.json()).url);
    await expect(customer).toHaveURL(/\/portal$/);
    subscription = (await customer.locator('[data-subscription]').first().getAttribute('data-subscription'))!;
    const current = await customer.locator('.plan-name').first().textContent();
    const target = current === 'Pro' ? 'Basic' : 'Pro';
    await customer.getByRole('link', { name: 'Change plan' }).click();
    await customer.getByRole('radio', { name: new RegExp(target) }).check();
    await customer.getByRole('button', { name: 'Review change' }).click();
    await customer.getByRole('button', { name: 'Confirm change' }).click();
    await expect(customer.getByRole('status')).toHaveText('Your plan has been updated.');
    await expect.poll(() => receiver.deliveries.length, { timeout: 10_000 }).toBe(1);
    const eventId = receiver.deliveries[0].event.id;

    // The dashboard shows the delivery with its try; "Resend" sends the same event again.
    const line = page.locator('li.delivery-line', { hasText: eventId });
    await expect(async () => {
      await page.reload();
      await expect(line).toContainText('Delivered', { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(line).toContainText('subscription.updated');
    await expect(line).toContainText(/HTTP 204 in \d+ ms/);
    await line.getByText('Request body').click();
    await expect(line.locator('pre.payload')).toContainText(subscription);
    await line.getByRole('button', { name: 'Resend' }).click();
    await expect(page.getByRole('status')).toContainText('Event queued again');
    await expect.poll(() => receiver.deliveries.length, { timeout: 10_000 }).toBe(2);
    expect(receiver.deliveries[1].event.id).toBe(eventId);
    await customer.close();
  } finally {
    const id = endpointPath.split('/').pop();
    if (id) await request.delete(`/v1/webhook_endpoints/${id}`, { headers: auth });
    if (subscription) await request.post(`/v1/subscriptions/${subscription}`, { headers: auth, data: { price: 'price_basic_monthly' } });
    receiver.close();
  }
});

test('the team, webhooks, events, audit log and portal settings pages fit a 375 px phone and work by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page);
  for (const [path, heading] of [
    ['/dashboard/team', 'Team'],
    ['/dashboard/developers/webhooks', 'Webhooks'],
    ['/dashboard/developers/events', 'Events'],
    ['/dashboard/developers/audit-log', 'Audit log'],
    ['/dashboard/settings/portal', 'Portal settings'],
    ['/dashboard/settings/domains', 'Custom domains'],
    ['/dashboard/account', 'Your account'],
    ['/dashboard/catalogue', 'Catalogue'],
    ['/dashboard/settings/payments', 'Payments'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  // The audit log filters by keyboard alone: type an action, press Enter.
  await page.goto('/dashboard/developers/audit-log');
  await page.getByLabel('Action').focus();
  await page.keyboard.type('dashboard_user.signed_in');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/action=dashboard_user.signed_in/);
  await expect(page.locator('li.audit-entry').first()).toContainText('dashboard_user.signed_in');
  await expect(page.locator('li.audit-entry').first()).toContainText('owner@acme.example (dashboard)');
  // The team's invitation form takes the keyboard: e-mail, role, send.
  await page.goto('/dashboard/team');
  await page.getByLabel('E-mail').focus();
  await page.keyboard.type('new.teammate@acme.example');
  await page.keyboard.press('Tab');
  await expect(page.locator('#invite-role')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Invitation link' })).toBeVisible();
  expect(await page.getByLabel('Invitation link').inputValue()).toContain('/dashboard/setup/');
});

test('an invited viewer joins through the link and cannot change branding', async ({ page, browser }) => {
  await signIn(page);
  await page.goto('/dashboard/team');
  await page.getByLabel('E-mail').fill('viewer.journey@acme.example');
  await page.locator('#invite-role').selectOption('viewer');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();

  // The teammate opens the link in their own browser and chooses a password.
  const theirs = await browser.newContext();
  const viewer = await theirs.newPage();
  await viewer.goto(link);
  await expect(viewer.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
  await viewer.getByLabel('New password', { exact: true }).fill('a viewer journey password');
  await viewer.getByLabel(/again/).fill('a viewer journey password');
  await viewer.getByRole('button', { name: /password/i }).click();
  await expect(viewer).toHaveURL(/\/dashboard$/);
  await expect(viewer.getByText('Viewer', { exact: false }).first()).toBeVisible();

  await viewer.goto('/dashboard/settings/branding');
  await expect(viewer.getByText('An owner or an admin can change it.')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Save branding' })).toHaveCount(0);
  await expect(viewer.getByLabel('Business name', { exact: true })).toBeDisabled();
  await theirs.close();

  // The inviter sees them active.
  await page.goto('/dashboard/team');
  await expect(page.locator('li.member-line', { hasText: 'viewer.journey@acme.example' })).toContainText('Active');
});

test('a merchant archives a plan in the catalogue and the portal stops offering it, then restores it', async ({ page, request }) => {
  const auth = { Authorization: `Bearer ${testKey}` };
  const openPlans = async () => {
    const minted = await request.post('/v1/billing/portal/sessions', {
      headers: auth,
      data: { customer: 'cust_8sJ2kLpQ', returnUrl: 'https://example.com/account' },
    });
    await page.goto((await minted.json()).url);
    await page.getByRole('link', { name: 'Change plan' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Change plan' })).toBeVisible();
  };
  await openPlans();
  await expect(page.getByRole('radio', { name: /Pro/ })).toHaveCount(1);
  await signIn(page);
  try {
    await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Catalogue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
    const pro = page.locator('li#prod_pro');
    await expect(pro).toContainText('$29.00 per month');
    await pro.getByText('Archive product…').click();
    await pro.getByRole('button', { name: 'Yes, archive Pro' }).click();
    await expect(page.getByRole('status')).toContainText('Archived');
    await expect(page.locator('li#prod_pro')).toContainText('Archived');

    await openPlans();
    await expect(page.getByRole('radio', { name: /Pro/ })).toHaveCount(0);

    // Still signed in to the dashboard: restore it.
    await page.goto('/dashboard/catalogue');
    await page.locator('li#prod_pro').getByRole('button', { name: 'Restore Pro' }).click();
    await expect(page.getByRole('status')).toContainText('Restored');
    // A refused price keeps what was typed and says why.
    await page.locator('li#prod_pro').getByText('Add a price…').click();
    await page.locator('#amount-prod_pro').fill('29.999');
    await page.locator('li#prod_pro').getByRole('button', { name: 'Add price' }).click();
    await expect(page.getByRole('alert')).toContainText('at most');
    await expect(page.locator('#amount-prod_pro')).toHaveValue('29.999');
    await expect(page.locator('#amount-prod_pro')).toHaveAttribute('aria-invalid', 'true');

    await openPlans();
    await expect(page.getByRole('radio', { name: /Pro/ })).toHaveCount(1);
  } finally {
    await request.post('/v1/products/prod_pro', { headers: auth, data: { active: true } });
  }
});

/// The 6-digit code an authenticator app shows for a base32 `secret` at `at` (RFC 6238:
/// HMAC-SHA-1, 30-second steps), as a phone would compute it.
function totp(secret: string, at: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

test('a teammate turns on two-step sign-in and then signs in with a code from their app', async ({ page, browser }) => {
  await signIn(page);
  await page.goto('/dashboard/team');
  const teammate = `two.step.${Date.now()}@acme.example`;
  await page.getByLabel('E-mail').fill(teammate);
  await page.locator('#invite-role').selectOption('developer');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();

  const theirs = await browser.newContext();
  const phone = await theirs.newPage();
  const teammatePassword = 'a two-step journey password';
  await phone.goto(link);
  await phone.getByLabel('New password', { exact: true }).fill(teammatePassword);
  await phone.getByLabel(/again/).fill(teammatePassword);
  await phone.getByRole('button', { name: /password/i }).click();
  await expect(phone).toHaveURL(/\/dashboard$/);

  // Set up: the key goes into the app, the app's code turns it on, recovery codes once.
  await phone.goto('/dashboard/account');
  await phone.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  // Shown in groups of four for typing; apps ignore the spaces.
  const secret = (await phone.getByLabel('Setup key').inputValue()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await phone.getByLabel('Code from your app', { exact: true }).fill(totp(secret, Date.now()));
  await phone.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(phone.locator('ol.recovery-codes li')).toHaveCount(10);
  await phone.goto('/dashboard/account');
  await expect(phone.locator('#two-step')).toContainText('10 of 10 recovery codes left.');

  // Signed out, the password alone is not enough: a wrong code is refused, the app's next one signs in.
  await phone.getByRole('button', { name: 'Sign out' }).click();
  await phone.goto('/dashboard/sign-in');
  await phone.getByLabel('E-mail').fill(teammate);
  await phone.getByLabel('Password').fill(teammatePassword);
  await phone.getByRole('button', { name: 'Sign in' }).click();
  await expect(phone).toHaveURL(/\/dashboard\/sign-in\/code$/);
  await expect(phone.getByRole('heading', { level: 1, name: 'Enter your sign-in code' })).toBeVisible();
  await phone.getByLabel('Code').fill('000000');
  await phone.getByRole('button', { name: 'Sign in' }).click();
  await expect(phone.getByRole('alert')).toBeVisible();
  await expect(phone.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
  await phone.getByLabel('Code').fill(totp(secret, Date.now() + 30_000));
  await phone.getByRole('button', { name: 'Sign in' }).click();
  await expect(phone).toHaveURL(/\/dashboard$/);
  await theirs.close();
});
