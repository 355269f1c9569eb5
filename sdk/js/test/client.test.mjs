// The client's own behaviour: configuration, typed errors, pagination, retries with one
// idempotency key per call, timeouts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import {
  AuthenticationError,
  ConnectionError,
  IdempotencyError,
  InvalidRequestError,
  Vinr,
  VinrError,
} from '@vinr/sdk';
import { baseUrl, listen, misbehavingProxy, secretKey, unique } from './support.mjs';

const vinr = new Vinr({ secretKey, baseUrl });

test('the base URL comes from the option, else VINR_BASE_URL, else a clear error', () => {
  const saved = process.env.VINR_BASE_URL;
  try {
    delete process.env.VINR_BASE_URL;
    assert.throws(() => new Vinr({ secretKey }), /baseUrl.*VINR_BASE_URL/);
    assert.ok(new Vinr({ secretKey, baseUrl: 'https://billing.example.com' }));
    assert.throws(() => new Vinr({ secretKey, baseUrl: 'not a url' }), /not a URL/);
  } finally {
    process.env.VINR_BASE_URL = saved;
  }
  assert.throws(() => new Vinr({ secretKey: '', baseUrl }), /secretKey/);
});

test('errors are typed and carry type, code, param, message, status and request id', async () => {
  await assert.rejects(vinr.customers.retrieve('cust_doesNotExist'), (error) => {
    assert.ok(error instanceof InvalidRequestError);
    assert.ok(error instanceof VinrError);
    assert.equal(error.statusCode, 404);
    assert.equal(error.type, 'invalid_request_error');
    assert.equal(error.code, 'resource_missing');
    assert.equal(error.param, 'id');
    assert.match(error.message, /cust_doesNotExist/);
    assert.match(error.requestId, /^req_/);
    return true;
  });
  await assert.rejects(vinr.customers.create({ name: 'No Email' }), (error) => {
    assert.ok(error instanceof InvalidRequestError);
    assert.equal(error.statusCode, 400);
    assert.equal(error.param, 'email');
    return true;
  });
  const wrongKey = new Vinr({ secretKey: 'sk_test_notARealKey', baseUrl, maxRetries: 0 });
  await assert.rejects(async () => wrongKey.products.list(), (error) => {
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.statusCode, 401);
    assert.equal(error.code, 'invalid_api_key');
    return true;
  });
});

test('one idempotency key answers the first response again; another request with it is an IdempotencyError', async () => {
  const idempotencyKey = `sdk-${unique()}`;
  const first = await vinr.customers.create({ name: 'Once Only', email: `once+${unique()}@example.com` }, { idempotencyKey });
  const again = await vinr.customers.create({ name: 'Once Only', email: first.email }, { idempotencyKey });
  assert.equal(again.id, first.id);
  await assert.rejects(vinr.customers.create({ name: 'Someone Else', email: first.email }, { idempotencyKey }), (error) => {
    assert.ok(error instanceof IdempotencyError);
    assert.equal(error.statusCode, 400);
    assert.equal(error.code, 'idempotency_error');
    assert.equal(error.param, 'Idempotency-Key');
    return true;
  });
});

test('lists iterate across pages with startingAfter', async () => {
  const customer = await vinr.customers.create({ name: 'Many Sessions', email: `many+${unique()}@example.com` });
  const minted = [];
  for (let i = 0; i < 5; i++) {
    minted.push((await vinr.billing.portalSessions.create({ customer: customer.id, returnUrl: 'https://app.example.com/account' })).id);
  }
  const firstPage = await vinr.billing.portalSessions.list({ customer: customer.id, limit: 2 });
  assert.equal(firstPage.data.length, 2);
  assert.equal(firstPage.hasMore, true);
  const all = [];
  for await (const session of vinr.billing.portalSessions.list({ customer: customer.id, limit: 2 })) all.push(session.id);
  assert.equal(all.length, 5);
  assert.deepEqual(new Set(all), new Set(minted));
});

test('a dropped answer is retried with the same idempotency key: exactly one object is made', async () => {
  const proxy = await misbehavingProxy((n) => (n === 1 ? 'drop-after' : 'forward'));
  try {
    const client = new Vinr({ secretKey, baseUrl: proxy.url, maxRetries: 2 });
    const email = `retry+${unique()}@example.com`;
    const customer = await client.customers.create({ name: 'Retried Create', email });
    assert.equal(proxy.seen.length, 2);
    assert.ok(proxy.seen[0].idempotencyKey);
    assert.equal(proxy.seen[1].idempotencyKey, proxy.seen[0].idempotencyKey);
    // The server handled the first try; the retry was answered from it, not made again.
    const created = await vinr.events.list({ type: 'customer.created', customer: customer.id });
    assert.equal(created.data.length, 1);
  } finally {
    await proxy.close();
  }
});

test('a connection that dies, a 503 and a 429 are retried; a GET carries no idempotency key', async () => {
  const faults = ['drop-before', 503, 429];
  const proxy = await misbehavingProxy((n) => faults[n - 1] ?? 'forward');
  try {
    const client = new Vinr({ secretKey, baseUrl: proxy.url, maxRetries: 3 });
    const products = await client.products.list();
    assert.ok(products.data.length >= 1);
    assert.equal(proxy.seen.length, 4);
    assert.ok(proxy.seen.every((r) => r.idempotencyKey === undefined));
  } finally {
    await proxy.close();
  }
  const stubborn = await misbehavingProxy(() => 503);
  try {
    const client = new Vinr({ secretKey, baseUrl: stubborn.url, maxRetries: 1 });
    await assert.rejects(async () => client.products.list(), (error) => error.statusCode === 503 && error.name === 'ApiError');
    assert.equal(stubborn.seen.length, 2);
  } finally {
    await stubborn.close();
  }
});

test('a call that gets no answer in time is a ConnectionError after its retries', async () => {
  const silent = http.createServer(() => {});
  const url = await listen(silent);
  try {
    const client = new Vinr({ secretKey, baseUrl: url, timeout: 200, maxRetries: 1 });
    await assert.rejects(async () => client.products.list(), (error) => {
      assert.ok(error instanceof ConnectionError);
      assert.equal(error.code, 'timeout');
      return true;
    });
  } finally {
    silent.closeAllConnections();
    silent.close();
  }
});
