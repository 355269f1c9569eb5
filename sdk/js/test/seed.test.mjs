// The seed's snippets, verbatim from examples/, against the live server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import { Vinr } from '@vinr/sdk';
import { createBillingServer } from '../examples/portal-session-handler.mjs';
import { configurePortal } from '../examples/configuration-update.mjs';
import { createWebhookReceiver } from '../examples/webhook-receiver.mjs';
import { baseUrl, listen, secretKey, unique } from './support.mjs';

const vinr = new Vinr({ secretKey, baseUrl });

test('the seed reads its server from VINR_BASE_URL: new Vinr({ secretKey }) works unchanged', () => {
  assert.ok(new Vinr({ secretKey: process.env.VINR_SECRET_KEY }));
});

test("the seed's handler answers 303 to a portal session's url, which opens the customer's portal", async () => {
  const server = createBillingServer();
  const url = await listen(server);
  try {
    const response = await fetch(`${url}/billing`, { redirect: 'manual' });
    assert.equal(response.status, 303);
    const location = response.headers.get('location');
    assert.match(location, /\/session\/bps_[A-Za-z0-9]+#/);
    assert.ok(location.startsWith(baseUrl), `${location} is on ${baseUrl}`);
    // The link is the portal's: its page asks the browser to redeem it.
    const page = await fetch(location.split('#')[0]);
    assert.equal(page.status, 200);
    // And the session is the seed's customer's.
    const id = /bps_[A-Za-z0-9]+/.exec(location)[0];
    const session = await vinr.billing.portalSessions.retrieve(id);
    assert.equal(session.customer, 'cust_8sJ2kLpQ');
    assert.equal(session.returnUrl, 'https://app.example.com/account');
    assert.equal(session.state, 'open');
  } finally {
    server.close();
  }
});

test("the seed's configuration update is applied to the default configuration", async () => {
  await configurePortal();
  const configuration = await vinr.billing.portalConfigurations.retrieve('default');
  assert.equal(configuration.isDefault, true);
  assert.equal(configuration.features.subscriptionCancel.mode, 'at_period_end');
  assert.equal(configuration.features.subscriptionCancel.retention.offerCoupon, 'rwd_save20');
  assert.equal(configuration.features.subscriptionUpdate.prorationBehavior, 'create_prorations');
  assert.equal(configuration.features.invoiceHistory.enabled, true);
});

test('the webhook receiver verifies a real delivery from the server, and refuses a forged one', async () => {
  const received = [];
  // A free port for the receiver, whose endpoint (and so its secret) must exist first.
  const probe = http.createServer();
  const url = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  const endpoint = await vinr.webhookEndpoints.create({
    url: `${url}/webhooks`,
    enabledEvents: ['subscription.updated'],
    description: `SDK seed test ${unique()}`,
  });
  const receiver = createWebhookReceiver({ webhookSecret: endpoint.secret, onEvent: (event) => received.push(event) });
  receiver.listen(Number(new URL(url).port), '127.0.0.1');
  await once(receiver, 'listening');
  try {
    const sent = await vinr.webhookEndpoints.test(endpoint.id);
    const deadline = Date.now() + 20_000;
    while (!received.some((event) => event.id === sent.id) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const event = received.find((e) => e.id === sent.id);
    assert.ok(event, 'the test event arrived and verified');
    assert.equal(event.type, 'webhook_endpoint.test');

    const forged = await fetch(`${url}/webhooks`, {
      method: 'POST',
      headers: { 'Vinr-Signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
      body: JSON.stringify({ id: 'evt_forged', type: 'subscription.updated' }),
    });
    assert.equal(forged.status, 400);
    assert.ok(!received.some((e) => e.id === 'evt_forged'));
  } finally {
    receiver.close();
    await vinr.webhookEndpoints.del(endpoint.id);
  }
});
