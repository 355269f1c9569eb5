import { test, expect } from '@playwright/test';

// The merchant's brand on the portal: logo, accent colour on a button (with readable text),
// and the support and legal links in the footer.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
// Branding serves both modes, so it changes with the demo's live key only.
const liveKey = process.env.VINR_DEMO_LIVE_SECRET_KEY ?? '';
const customer = 'cust_8sJ2kLpQ';
const auth = { Authorization: `Bearer ${secretKey}` };
const liveAuth = { Authorization: `Bearer ${liveKey}` };
const svgLogo = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10" onload="alert(1)"><script>alert(2)</script><rect width="40" height="10" fill="#0e7490"/></svg>',
).toString('base64');

test('the portal wears the merchant brand', async ({ page, request }) => {
  expect(liveKey, 'VINR_DEMO_LIVE_SECRET_KEY must be set').toMatch(/^sk_live_/);
  const saved = await request.post('/v1/branding', {
    headers: liveAuth,
    data: {
      businessName: 'Acme Cloud GmbH',
      accentColor: '#0e7490',
      supportUrl: 'https://acme.example/help',
      privacyPolicyUrl: 'https://acme.example/privacy',
      termsOfServiceUrl: 'https://acme.example/terms',
      logo: { contentType: 'image/svg+xml', data: svgLogo },
    },
  });
  expect(saved.status()).toBe(200);
  try {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const minted = await request.post('/v1/billing/portal/sessions', {
      headers: auth,
      data: { customer, returnUrl: 'https://example.com/account' },
    });
    await page.goto((await minted.json()).url);
    await expect(page).toHaveURL(/\/portal$/);

    const logo = page.locator('img.merchant-logo');
    await expect(logo).toHaveAttribute('alt', 'Acme Cloud GmbH');
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.locator('.merchant-name')).toContainText('Acme Cloud GmbH');

    // The accent reaches a primary button, with text that reads on it.
    await page.getByRole('link', { name: 'Change plan' }).click();
    const button = page.getByRole('button', { name: 'Review change' });
    await expect(button).toHaveCSS('background-color', 'rgb(14, 116, 144)');
    await expect(button).toHaveCSS('color', 'rgb(255, 255, 255)');

    const footer = page.locator('footer');
    await expect(footer.getByRole('link', { name: 'Support' })).toHaveAttribute('href', 'https://acme.example/help');
    await expect(footer.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', 'https://acme.example/privacy');
    await expect(footer.getByRole('link', { name: 'Terms of service' })).toHaveAttribute('href', 'https://acme.example/terms');

    // The logo opened on its own runs nothing either.
    await page.goto(await logo.getAttribute('src') ?? '');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  } finally {
    await request.post('/v1/branding', {
      headers: liveAuth,
      data: { businessName: null, accentColor: null, supportUrl: null, privacyPolicyUrl: null, termsOfServiceUrl: null, logo: null },
    });
  }
});
