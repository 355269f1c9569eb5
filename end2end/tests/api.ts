import { expect, type APIRequestContext } from '@playwright/test';

// The demo merchant's REST API, for journeys that set up their own customers.
const secretKey = process.env.VINR_DEMO_SECRET_KEY ?? '';
const auth = { Authorization: `Bearer ${secretKey}` };

/// POSTs `data` to `path` with the demo's secret key; the answer, which must be 200.
export async function api(request: APIRequestContext, path: string, data: object) {
  const response = await request.post(path, { headers: auth, data });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body;
}
