// Every resource against the live server, through the SDK's own calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vinr } from '@vinr/sdk';
import { baseUrl, liveKey, secretKey, unique } from './support.mjs';

const vinr = new Vinr({ secretKey, baseUrl });

test('products, prices and coupons: create, retrieve, update, list', async () => {
  const id = unique();
  const product = await vinr.products.create({ id: `prod_sdk${id}`, name: 'SDK Team', description: 'Made by the SDK test' });
  assert.equal(product.name, 'SDK Team');
  assert.equal((await vinr.products.retrieve(product.id)).id, product.id);
  assert.equal((await vinr.products.update(product.id, { name: 'SDK Team Plus' })).name, 'SDK Team Plus');
  assert.ok((await vinr.products.list()).data.some((p) => p.id === product.id));

  const price = await vinr.prices.create({ product: product.id, unitAmount: 4900, currency: 'eur', recurring: { interval: 'month' }, lookupKey: `sdk_${id}` });
  assert.equal(price.unitAmount, 4900);
  assert.equal((await vinr.prices.retrieve(price.id)).product, product.id);
  const byLookup = await vinr.prices.list({ lookupKey: `sdk_${id}` });
  assert.deepEqual(byLookup.data.map((p) => p.id), [price.id]);
  assert.equal((await vinr.prices.update(price.id, { active: false })).active, false);

  const coupon = await vinr.coupons.create({ id: `rwd_sdk${id}`, percentOff: 15, duration: 'once' });
  assert.equal(coupon.percentOff, 15);
  assert.equal((await vinr.coupons.retrieve(coupon.id)).duration, 'once');
  assert.ok((await vinr.coupons.list()).data.some((c) => c.id === coupon.id));
});

test('customers with payment methods and tax IDs; subscriptions; invoices with their PDF', async () => {
  const customer = await vinr.customers.create({ name: 'Ada Lovelace', email: `ada+${unique()}@example.com` });
  assert.equal((await vinr.customers.retrieve(customer.id)).name, 'Ada Lovelace');
  assert.equal((await vinr.customers.update(customer.id, { phone: '+44 20 7946 0958' })).phone, '+44 20 7946 0958');

  const card = await vinr.customers.paymentMethods.attach(customer.id, {
    type: 'card',
    card: { number: '4242424242424242', expMonth: 12, expYear: new Date().getFullYear() + 2, cvc: '123' },
  });
  assert.equal(card.card.last4, '4242');
  await vinr.customers.update(customer.id, { invoiceSettings: { defaultPaymentMethod: card.id } });
  assert.deepEqual((await vinr.customers.paymentMethods.list(customer.id)).data.map((m) => m.id), [card.id]);

  const taxId = await vinr.customers.taxIds.create(customer.id, { type: 'eu_vat', value: 'DE123456788' });
  assert.equal(taxId.country, 'DE');
  assert.equal((await vinr.customers.taxIds.list(customer.id)).data.length, 1);
  assert.equal((await vinr.customers.taxIds.del(customer.id, taxId.id)).id, taxId.id);

  const subscription = await vinr.subscriptions.create({ customer: customer.id, price: 'price_basic_monthly', quantity: 1 });
  assert.equal(subscription.status, 'active');
  assert.equal((await vinr.subscriptions.retrieve(subscription.id)).customer, customer.id);
  const listed = await vinr.subscriptions.list({ customer: customer.id });
  assert.deepEqual(listed.data.map((s) => s.id), [subscription.id]);

  const preview = await vinr.subscriptions.preview(subscription.id, { price: 'price_pro_monthly' });
  assert.equal(preview.newPriceId, 'price_pro_monthly');
  assert.ok(Number.isInteger(preview.amountDueToday));
  // The seed: "A plan switch made in the portal is identical to one made via vinr.subscriptions.update(...)".
  const switched = await vinr.subscriptions.update(subscription.id, { price: 'price_pro_monthly', prorationBehavior: 'none' });
  assert.equal(switched.price.id, 'price_pro_monthly');
  const updated = await vinr.events.list({ customer: customer.id, type: 'subscription.updated' });
  assert.ok(updated.data.some((event) => event.data.object.id === subscription.id));

  const invoices = [];
  for await (const invoice of vinr.invoices.list({ customer: customer.id })) invoices.push(invoice);
  assert.ok(invoices.length >= 1);
  const first = invoices[invoices.length - 1];
  assert.equal((await vinr.invoices.retrieve(first.id)).status, 'paid');
  const pdf = await vinr.invoices.pdf(first.id);
  assert.equal(pdf.contentType, 'application/pdf');
  assert.equal(new TextDecoder().decode(pdf.bytes.slice(0, 5)), '%PDF-');
  assert.equal((await vinr.invoices.receipt(first.id)).invoice, first.id);

  const canceled = await vinr.subscriptions.cancel(subscription.id);
  assert.equal(canceled.status, 'canceled');
  assert.equal((await vinr.customers.paymentMethods.detach(card.id)).id, card.id);
});

test('portal sessions: create, list newest first, retrieve, revoke', async () => {
  const customer = await vinr.customers.create({ name: 'Grace Hopper', email: `grace+${unique()}@example.com` });
  const first = await vinr.billing.portalSessions.create({ customer: customer.id, returnUrl: 'https://app.example.com/account', locale: 'de' });
  const second = await vinr.billing.portalSessions.create({
    customer: customer.id,
    returnUrl: 'https://app.example.com/account',
    flow: { type: 'payment_method_update' },
  });
  const listed = await vinr.billing.portalSessions.list({ customer: customer.id }).toArray();
  assert.deepEqual(new Set(listed.map((s) => s.id)), new Set([first.id, second.id]));
  const details = await vinr.billing.portalSessions.retrieve(first.id);
  assert.equal(details.locale, 'de');
  assert.equal(details.url, undefined, 'the secret is never answered again');
  assert.equal((await vinr.billing.portalSessions.retrieve(second.id)).flow, 'payment_method_update');
  assert.equal((await vinr.billing.portalSessions.revoke(first.id)).state, 'revoked');
  const revoked = await vinr.customers.revokePortalSessions(customer.id);
  assert.equal(revoked.customer, customer.id);
});

test('portal configurations: create, update, retrieve, list', async () => {
  const created = await vinr.billing.portalConfigurations.create({ features: { invoiceHistory: { enabled: false } } });
  assert.equal(created.features.invoiceHistory.enabled, false);
  const updated = await vinr.billing.portalConfigurations.update(created.id, { features: { invoiceHistory: { enabled: true } } });
  assert.equal(updated.features.invoiceHistory.enabled, true);
  assert.equal((await vinr.billing.portalConfigurations.retrieve(created.id)).id, created.id);
  assert.ok((await vinr.billing.portalConfigurations.list()).data.some((c) => c.id === created.id));
});

test('webhook endpoints, events, deliveries and the audit log', async () => {
  const endpoint = await vinr.webhookEndpoints.create({ url: 'https://hooks.example.com/vinr', enabledEvents: ['customer.updated'] });
  assert.match(endpoint.secret, /^whsec_/);
  assert.equal((await vinr.webhookEndpoints.retrieve(endpoint.id)).secret, undefined);
  const disabled = await vinr.webhookEndpoints.update(endpoint.id, { disabled: true });
  assert.equal(disabled.status, 'disabled');
  assert.ok((await vinr.webhookEndpoints.list()).data.some((e) => e.id === endpoint.id));
  await vinr.webhookEndpoints.update(endpoint.id, { disabled: false });
  const sent = await vinr.webhookEndpoints.test(endpoint.id);
  assert.equal((await vinr.events.retrieve(sent.id)).type, 'webhook_endpoint.test');
  const deliveries = await vinr.webhookEndpoints.deliveries(endpoint.id);
  assert.ok(deliveries.data.some((d) => d.event === sent.id));
  const resent = await vinr.events.resend(sent.id, { endpoint: endpoint.id });
  assert.equal(resent.data.length, 1);
  const audit = await vinr.auditLog.list({ object: endpoint.id });
  assert.ok(audit.data.length >= 1);
  assert.equal((await vinr.webhookEndpoints.del(endpoint.id)).id, endpoint.id);
});

test('branding, custom domains and payment processors, with a live key', { skip: !liveKey && 'set VINR_LIVE_SECRET_KEY' }, async () => {
  const live = new Vinr({ secretKey: liveKey, baseUrl });
  const branding = await vinr.branding.retrieve();
  await assert.rejects(vinr.branding.update({ supportEmail: 'help@example.com' }), (error) => error.code === 'live_key_required');
  const updated = await live.branding.update({ supportEmail: 'help@example.com' });
  assert.equal(updated.supportEmail, 'help@example.com');
  await live.branding.update({ supportEmail: branding.supportEmail ?? null });

  const domain = await live.customDomains.create({ domain: `billing-${unique()}.example.com` });
  assert.equal(domain.status, 'pending');
  assert.equal((await vinr.customDomains.retrieve(domain.id)).domain, domain.domain);
  assert.ok((await vinr.customDomains.list()).data.some((d) => d.id === domain.id));
  assert.equal((await live.customDomains.del(domain.id)).id, domain.id);

  // Processors are connected with live keys: the list answers, with no secret in it.
  const processors = await live.paymentProcessors.list();
  assert.ok(Array.isArray(processors.data));
  assert.ok(processors.data.every((p) => !('secretKey' in p)));
});

test('API keys and test clocks', async () => {

  const key = await vinr.apiKeys.create({ name: 'SDK test key' });
  assert.match(key.secret, /^sk_test_/);
  assert.ok((await vinr.apiKeys.list()).data.some((k) => k.id === key.id));
  assert.equal((await vinr.apiKeys.revoke(key.id)).id, key.id);

  await assert.rejects(async () => vinr.paymentProcessors.list(), (error) => error.statusCode === 400);

  const customer = await vinr.customers.create({ name: 'Clock Customer', email: `clock+${unique()}@example.com` });
  const frozenTime = new Date(Date.now() + 3 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const clock = await vinr.testHelpers.testClocks.advance({ customer: customer.id, frozenTime });
  assert.equal(clock.frozenTime, frozenTime);
});
