import { test, expect } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// The portal inside a merchant's own page: an iframe from an origin the configuration lists
// works (redeems, navigates, and "Return" tells the parent page); from any other origin the
// browser refuses to show it.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const customer = 'cust_8sJ2kLpQ';
const auth = { Authorization: `Bearer ${secretKey}` };

/** A page on `host` that frames `portalUrl` and records the messages it receives. */
async function embeddingPage(host: string): Promise<{ origin: string; close: () => void; setPortal: (url: string) => void }> {
  let portalUrl = 'about:blank';
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>Merchant app</title>
<h1>Your account</h1>
<iframe id="portal" title="Billing portal" src="${portalUrl}" style="width:480px;height:640px"></iframe>
<script>
  window.portalMessages = [];
  window.addEventListener('message', (event) => window.portalMessages.push({ origin: event.origin, data: event.data }));
</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host === '127.0.0.1' ? '127.0.0.1' : 'localhost'}:${port}`,
    close: () => server.close(),
    setPortal: (url: string) => {
      portalUrl = url;
    },
  };
}

async function mint(request: import('@playwright/test').APIRequestContext, configuration?: string): Promise<string> {
  const minted = await request.post('/v1/billing/portal/sessions', {
    headers: auth,
    data: { customer, returnUrl: 'https://example.com/account', ...(configuration ? { configuration } : {}) },
  });
  expect(minted.status()).toBe(200);
  return (await minted.json()).url;
}

test('an allowed origin embeds the portal; another origin is refused', async ({ page, request, baseURL }) => {
  const allowed = await embeddingPage('localhost');
  const other = await embeddingPage('127.0.0.1');
  try {
    const created = await request.post('/v1/billing/portal/configurations', {
      headers: auth,
      data: {
        features: { subscriptionUpdate: { enabled: true, products: ['prod_basic', 'prod_pro'] } },
        frameAncestors: [allowed.origin],
      },
    });
    expect(created.status()).toBe(200);
    const configuration = (await created.json()).id;

    // Framed by the allowed origin: the link redeems inside the frame, pages work there.
    allowed.setPortal(await mint(request, configuration));
    await page.goto(allowed.origin);
    const frame = page.frameLocator('#portal');
    await expect(frame.getByRole('heading', { name: 'Current plan' })).toBeVisible();
    await frame.getByRole('link', { name: 'Change plan' }).click();
    await expect(frame.getByRole('button', { name: 'Review change' })).toBeVisible();

    // "Return" signs out and posts vinr:portal:closed to the parent instead of leaving
    // inside the frame.
    await frame.getByRole('button', { name: /Return to/ }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { portalMessages: unknown[] }).portalMessages))
      .toEqual([
        {
          origin: new URL(baseURL ?? 'http://127.0.0.1:3000').origin,
          data: { type: 'vinr:portal:closed', returnUrl: 'https://example.com/account' },
        },
      ]);
    await expect(frame.getByRole('button', { name: 'Review change' })).toBeVisible();

    // Framed by an origin not on the list: the browser shows nothing of the portal, and the
    // link, never opened, still works top-level.
    const refusedUrl = await mint(request, configuration);
    other.setPortal(refusedUrl);
    const refusals: string[] = [];
    page.on('console', (message) => refusals.push(message.text()));
    await page.goto(other.origin);
    await page.waitForTimeout(1000);
    await expect(page.frameLocator('#portal').locator('main')).toHaveCount(0);
    expect(refusals.join('\n')).toContain('frame-ancestors');
    await page.goto(refusedUrl);
    await expect(page).toHaveURL(/\/portal$/);
  } finally {
    allowed.close();
    other.close();
  }
});
