import { ConnectionError, errorFromResponse, type ErrorBody, VinrError } from './errors.js';

export interface ClientOptions {
  secretKey: string;
  baseUrl: string;
  /** Milliseconds before a try is abandoned (and retried). */
  timeout: number;
  /** Retries after the first try, for network errors, 409 in use, 429 and 5xx. */
  maxRetries: number;
  fetch: typeof fetch;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  /** Your own idempotency key; by default each POST and DELETE call gets a fresh one, reused across its retries. */
  idempotencyKey?: string;
  /** Overrides the client's timeout for this call. */
  timeout?: number;
  /** Overrides the client's retries for this call. */
  maxRetries?: number;
}

/** A response's bytes and type, for the calls that answer a file (the invoice PDF). */
export interface FileResponse {
  contentType: string;
  filename: string | undefined;
  bytes: Uint8Array;
}

/** Statuses worth another try: the request may not have run, or may run next time. */
function retryable(status: number, body: ErrorBody): boolean {
  return status === 429 || status >= 500 || (status === 409 && body.code === 'idempotency_key_in_use');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** 0.5 s, 1 s, 2 s, ... with jitter, at most 8 s; a server's `Retry-After` wins. */
function backoff(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 60_000);
  const base = Math.min(500 * 2 ** attempt, 8000);
  return base / 2 + Math.random() * (base / 2);
}

function randomKey(): string {
  const webCrypto = (globalThis as { crypto?: Crypto }).crypto;
  if (webCrypto?.randomUUID) return webCrypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (webCrypto?.getRandomValues) {
    webCrypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class HttpClient {
  constructor(readonly options: ClientOptions) {}

  url(path: string, query?: Query): string {
    const url = new URL(path, this.options.baseUrl.replace(/\/*$/, '/'));
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  async json<T>(method: string, path: string, body?: unknown, query?: Query, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, body, query, options, 'application/json');
    const text = await response.text();
    return (text ? JSON.parse(text) : {}) as T;
  }

  async file(path: string, options: RequestOptions = {}): Promise<FileResponse> {
    const response = await this.send('GET', path, undefined, undefined, options, '*/*');
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1];
    return {
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      filename,
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  }

  /** One call: tries until a final answer, with one idempotency key for every try of a write. */
  private async send(method: string, path: string, body: unknown, query: Query | undefined, options: RequestOptions, accept: string): Promise<Response> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.options.secretKey}`,
      Accept: accept,
      'User-Agent': 'vinr-sdk-js/0.1.0',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method === 'POST' || method === 'DELETE') {
      headers['Idempotency-Key'] = options.idempotencyKey ?? randomKey();
    }
    const url = this.url(path, query);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const maxRetries = options.maxRetries ?? this.options.maxRetries;
    const timeout = options.timeout ?? this.options.timeout;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.options.fetch(url, {
          method,
          headers,
          body: payload,
          signal: AbortSignal.timeout(timeout),
        });
      } catch (cause) {
        if (attempt < maxRetries) {
          await sleep(backoff(attempt, null));
          continue;
        }
        const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
        throw new ConnectionError(
          timedOut ? `No answer from ${this.options.baseUrl} within ${timeout} ms` : `Could not reach ${this.options.baseUrl}: ${cause instanceof Error ? cause.message : String(cause)}`,
          { type: 'connection_error', code: timedOut ? 'timeout' : 'network_error', cause },
        );
      }
      if (response.ok) return response;
      const requestId = response.headers.get('request-id');
      let errorBody: ErrorBody = {};
      try {
        const parsed = (await response.json()) as { error?: ErrorBody };
        errorBody = parsed.error ?? {};
      } catch {
        errorBody = { message: `The API answered ${response.status} without an error body` };
      }
      if (retryable(response.status, errorBody) && attempt < maxRetries) {
        await sleep(backoff(attempt, response.headers.get('retry-after')));
        continue;
      }
      throw errorFromResponse(response.status, errorBody, requestId);
    }
  }
}

export { VinrError };
