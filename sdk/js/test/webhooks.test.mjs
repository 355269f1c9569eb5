// vinr.webhooks.verify: Vinr-Signature and Standard Webhooks, stale and forged signatures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { SignatureVerificationError, Vinr, signWebhook } from '@vinr/sdk';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const vinr = new Vinr({ secretKey: 'sk_test_x', baseUrl: 'https://billing.example.com', webhookSecret: secret });
const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'subscription.updated', data: { object: {} } });
const now = () => Math.floor(Date.now() / 1000);

test('a Vinr-Signature made with the secret verifies and answers the event', async () => {
  const event = await vinr.webhooks.verify(payload, await signWebhook(payload, secret));
  assert.equal(event.type, 'subscription.updated');
  // Node's own HMAC agrees with the SDK's Web Crypto one.
  const t = now();
  const v1 = createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex');
  assert.equal((await vinr.webhooks.verify(Buffer.from(payload), `t=${t},v1=${v1}`)).id, 'evt_1');
  // During a rotation a delivery carries two signatures; either one verifies.
  assert.equal((await vinr.webhooks.verify(payload, `t=${t},v1=${'a'.repeat(64)},v1=${v1}`)).id, 'evt_1');
});

test('a forged, tampered or stale signature is refused', async () => {
  const refused = (promise, code) =>
    assert.rejects(promise, (error) => error instanceof SignatureVerificationError && error.code === code);
  await refused(vinr.webhooks.verify(payload, await signWebhook(payload, 'whsec_other')), 'signature_mismatch');
  await refused(vinr.webhooks.verify(`${payload} `, await signWebhook(payload, secret)), 'signature_mismatch');
  await refused(vinr.webhooks.verify(payload, await signWebhook(payload, secret, now() - 301)), 'signature_expired');
  await refused(vinr.webhooks.verify(payload, 't=123'), 'signature_malformed');
  // A wider tolerance accepts the older one.
  const old = await signWebhook(payload, secret, now() - 600);
  assert.equal((await vinr.webhooks.verify(payload, old, { tolerance: 900 })).id, 'evt_1');
  // The secret can be given per call.
  const other = new Vinr({ secretKey: 'sk_test_x', baseUrl: 'https://billing.example.com' });
  await refused(other.webhooks.verify(payload, await signWebhook(payload, secret)), 'secret_missing');
  assert.equal((await other.webhooks.verify(payload, await signWebhook(payload, secret), secret)).id, 'evt_1');
});

test("Standard Webhooks' webhook-id / webhook-timestamp / webhook-signature headers verify too", async () => {
  const id = 'evt_1';
  const t = now();
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${t}.${payload}`).digest('base64');
  const headers = { 'webhook-id': id, 'webhook-timestamp': String(t), 'webhook-signature': `v1,${signature}` };
  assert.equal((await vinr.webhooks.verify(payload, headers)).id, 'evt_1');
  assert.equal((await vinr.webhooks.verify(payload, new Headers(headers))).id, 'evt_1');
  await assert.rejects(
    vinr.webhooks.verify(payload, { ...headers, 'webhook-signature': `v1,${Buffer.alloc(32).toString('base64')}` }),
    SignatureVerificationError,
  );
  await assert.rejects(vinr.webhooks.verify(payload, { ...headers, 'webhook-timestamp': String(t - 400) }), SignatureVerificationError);
});
