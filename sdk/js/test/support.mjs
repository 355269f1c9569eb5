// What the tests share: the live server they run against (VINR_BASE_URL, VINR_SECRET_KEY,
// as `make e2e` sets them) and a proxy in front of it that can misbehave on purpose.
import http from 'node:http';

export const baseUrl = process.env.VINR_BASE_URL;
export const secretKey = process.env.VINR_SECRET_KEY;
/** A live key of the same merchant, for what only live keys change (branding, custom domains). */
export const liveKey = process.env.VINR_LIVE_SECRET_KEY;
if (!baseUrl || !secretKey) {
  throw new Error('The SDK tests run against a server: set VINR_BASE_URL and VINR_SECRET_KEY (make e2e does)');
}

/** A unique suffix for objects a test creates. */
export function unique() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}

/**
 * A proxy to the server. `misbehave(n, req)` decides the fate of the n-th request (from 1):
 * `'forward'`, `'drop-before'` (the connection dies before the server sees it), `'drop-after'`
 * (the server handles it, but its answer never arrives), or a status to answer instead
 * (`503`, `429`). Every request's method, path and idempotency key is kept in `seen`.
 */
export async function misbehavingProxy(misbehave) {
  const seen = [];
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    seen.push({ method: req.method, path: req.url, idempotencyKey: req.headers['idempotency-key'] });
    const fate = misbehave(seen.length, req);
    if (fate === 'drop-before') {
      req.socket.destroy();
      return;
    }
    if (typeof fate === 'number') {
      res.writeHead(fate, { 'Content-Type': 'application/json', 'Retry-After': '0' });
      res.end(JSON.stringify({ error: { type: 'api_error', code: 'test_fault', message: `The proxy answered ${fate}` } }));
      return;
    }
    const headers = { ...req.headers };
    delete headers.host;
    delete headers['content-length'];
    const upstream = await fetch(new URL(req.url, baseUrl), {
      method: req.method,
      headers,
      body: body.length ? body : undefined,
    });
    const answer = Buffer.from(await upstream.arrayBuffer());
    if (fate === 'drop-after') {
      req.socket.destroy();
      return;
    }
    const replyHeaders = {};
    upstream.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'transfer-encoding' && name !== 'content-length') replyHeaders[name] = value;
    });
    res.writeHead(upstream.status, replyHeaders);
    res.end(answer);
  });
  const url = await listen(server);
  return { url, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}
