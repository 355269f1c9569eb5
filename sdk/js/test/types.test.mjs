// The SDK's types are the server's document: openapi.json is the document the server
// serves, and src/schema.ts is what openapi-typescript makes of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { baseUrl } from './support.mjs';

test("the SDK's openapi.json is the document the server serves", async () => {
  const served = await (await fetch(new URL('/v1/openapi.json', baseUrl))).json();
  const bundled = JSON.parse(await readFile(new URL('../openapi.json', import.meta.url), 'utf8'));
  assert.deepEqual(bundled, served, 'sdk/js/openapi.json is stale: VINR_UPDATE_OPENAPI=1 cargo test --features ssr --test integration openapi');
});

test('the generated types are what the served document generates', async () => {
  const served = await (await fetch(new URL('/v1/openapi.json', baseUrl))).json();
  const generated = astToString(await openapiTS(served));
  const built = await readFile(new URL('../src/schema.ts', import.meta.url), 'utf8');
  const body = (text) => text.slice(text.indexOf('export'));
  assert.equal(body(built), body(generated));
});
