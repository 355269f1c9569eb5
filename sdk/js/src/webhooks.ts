import { SignatureVerificationError } from './errors.js';

/** Header values as any runtime gives them: `Headers`, Node's `IncomingHttpHeaders`, or a plain record. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyOptions {
  /** The endpoint's `whsec_...` secret; defaults to the client's `webhookSecret`. */
  secret?: string;
  /** Seconds a signature's timestamp may be from now (default 300). */
  tolerance?: number;
}

const encoder = new TextEncoder();

async function subtle(): Promise<SubtleCrypto> {
  const webCrypto = (globalThis as { crypto?: Crypto }).crypto;
  if (webCrypto?.subtle) return webCrypto.subtle;
  // Node 18 keeps Web Crypto on the module rather than the global.
  const specifier = 'node:crypto';
  const nodeCrypto = (await import(specifier)) as { webcrypto: Crypto };
  return nodeCrypto.webcrypto.subtle;
}

async function hmacSha256(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const crypto = await subtle();
  const cryptoKey = await crypto.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.sign('HMAC', cryptoKey, message as BufferSource));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Equal strings in time that depends only on their length, not on where they differ. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

function payloadBytes(payload: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof payload === 'string') return encoder.encode(payload);
  return payload instanceof Uint8Array ? payload : new Uint8Array(payload);
}

function refuse(message: string, code: string): never {
  throw new SignatureVerificationError(message, { type: 'signature_verification_error', code });
}

function checkTime(timestamp: number, tolerance: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (!Number.isFinite(timestamp)) refuse('The signature has no valid timestamp', 'signature_malformed');
  if (Math.abs(now - timestamp) > tolerance) {
    refuse(`The signature's timestamp is more than ${tolerance} seconds from now`, 'signature_expired');
  }
}

function parseEvent<T>(bytes: Uint8Array): T {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch {
    return refuse('The payload is not a JSON event', 'payload_malformed');
  }
}

/**
 * Checks a delivery's signature and answers its event. `signature` is the `Vinr-Signature`
 * header (`t=...,v1=...`), or all the request's headers: then `Vinr-Signature` when present,
 * else Standard Webhooks' `webhook-id` / `webhook-timestamp` / `webhook-signature`.
 * Pass the raw body, exactly as received (not re-serialised JSON).
 */
export async function verifyWebhook<T = unknown>(
  payload: string | Uint8Array | ArrayBuffer,
  signature: string | WebhookHeaders,
  secret: string | undefined,
  tolerance = 300,
): Promise<T> {
  if (!secret) refuse('No webhook secret: pass it, or `webhookSecret` to new Vinr()', 'secret_missing');
  const bytes = payloadBytes(payload);
  if (typeof signature !== 'string') {
    const vinr = header(signature, 'vinr-signature');
    if (vinr !== undefined) return verifyWebhook<T>(bytes, vinr, secret, tolerance);
    return verifyStandard<T>(bytes, signature, secret, tolerance);
  }
  let timestamp = NaN;
  const candidates: string[] = [];
  for (const part of signature.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't') timestamp = Number(value);
    else if (name === 'v1' && value) candidates.push(value);
  }
  if (candidates.length === 0) refuse('The Vinr-Signature header has no v1 signature', 'signature_malformed');
  checkTime(timestamp, tolerance);
  const expected = toHex(await hmacSha256(encoder.encode(secret), concat(encoder.encode(`${timestamp}.`), bytes)));
  // Every candidate is compared, so the time taken does not tell which one matched.
  let matched = false;
  for (const candidate of candidates) matched = constantTimeEqual(candidate, expected) || matched;
  if (!matched) refuse('No signature matches the payload and the secret', 'signature_mismatch');
  return parseEvent<T>(bytes);
}

async function verifyStandard<T>(bytes: Uint8Array, headers: WebhookHeaders, secret: string, tolerance: number): Promise<T> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) {
    refuse('No Vinr-Signature, and no webhook-id, webhook-timestamp and webhook-signature headers', 'signature_missing');
  }
  checkTime(Number(timestamp), tolerance);
  const key = fromBase64(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret);
  const expected = toBase64(await hmacSha256(key, concat(encoder.encode(`${id}.${timestamp}.`), bytes)));
  let matched = false;
  for (const entry of signatures.split(' ')) {
    const [version, value] = entry.split(',', 2);
    if (version === 'v1' && value) matched = constantTimeEqual(value, expected) || matched;
  }
  if (!matched) refuse('No signature matches the payload and the secret', 'signature_mismatch');
  return parseEvent<T>(bytes);
}

/** The `Vinr-Signature` header a server would send: for tests of your own webhook handlers. */
export async function signWebhook(payload: string | Uint8Array, secret: string, timestamp = Math.floor(Date.now() / 1000)): Promise<string> {
  const signature = await hmacSha256(encoder.encode(secret), concat(encoder.encode(`${timestamp}.`), payloadBytes(payload)));
  return `t=${timestamp},v1=${toHex(signature)}`;
}
