/** What the API answers on an error: `{"error": {"type", "code", "message", "param"}}`. */
export interface ErrorBody {
  type?: string;
  code?: string;
  message?: string;
  param?: string | null;
}

/** Every error the SDK throws. Branch on `code` (or the class); show `message` to a person. */
export class VinrError extends Error {
  /** `invalid_request_error`, `authentication_error`, `card_error`, `api_error`, `connection_error`, `signature_verification_error`. */
  readonly type: string;
  /** Machine-readable: `resource_missing`, `parameter_invalid`, `idempotency_key_in_use`, ... */
  readonly code: string | undefined;
  /** The request field the error is about (`items.0.price`), when there is one. */
  readonly param: string | undefined;
  /** The HTTP status, or `undefined` when no response arrived. */
  readonly statusCode: number | undefined;
  /** The response's `Request-Id`, to quote when asking for help. */
  readonly requestId: string | undefined;
  /** The parsed error body, as the API sent it. */
  readonly raw: ErrorBody;

  constructor(message: string, init: { type: string; code?: string; param?: string | null; statusCode?: number; requestId?: string | null; raw?: ErrorBody; cause?: unknown }) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.type = init.type;
    this.code = init.code;
    this.param = init.param ?? undefined;
    this.statusCode = init.statusCode;
    this.requestId = init.requestId ?? undefined;
    this.raw = init.raw ?? {};
  }
}

/** 400 or 404: a parameter, the body, or an id the key's merchant and mode do not have. */
export class InvalidRequestError extends VinrError {}
/** 401: no API key, or one that is not valid (revoked, expired, mistyped). */
export class AuthenticationError extends VinrError {}
/** 402: the payment was declined; `message` is fit for the customer. */
export class CardError extends VinrError {}
/** 403: the key's mode or the merchant's settings do not allow this. */
export class PermissionError extends VinrError {}
/** 409: the object's state does not allow this now. */
export class ConflictError extends VinrError {}
/** 400 with code `idempotency_error` (the key was used for another request) or 409 `idempotency_key_in_use`. */
export class IdempotencyError extends VinrError {}
/** 413: the request body is too large. */
export class PayloadTooLargeError extends VinrError {}
/** 429: too many requests; retried by the SDK before it is thrown. */
export class RateLimitError extends VinrError {}
/** 5xx: something went wrong on the server; retried by the SDK before it is thrown. */
export class ApiError extends VinrError {}
/** No answer: the network failed or the request timed out; retried before it is thrown. */
export class ConnectionError extends VinrError {}
/** A webhook whose signature does not match its payload and secret, or is too old. */
export class SignatureVerificationError extends VinrError {}

/** The error class for a response's status and body. */
export function errorFromResponse(status: number, body: ErrorBody, requestId: string | null): VinrError {
  const init = {
    type: body.type ?? (status >= 500 ? 'api_error' : 'invalid_request_error'),
    code: body.code,
    param: body.param,
    statusCode: status,
    requestId,
    raw: body,
  };
  const message = body.message ?? `The API answered ${status}`;
  if (body.type === 'idempotency_error' || body.code === 'idempotency_error' || body.code === 'idempotency_key_in_use') {
    return new IdempotencyError(message, init);
  }
  switch (status) {
    case 401:
      return new AuthenticationError(message, init);
    case 402:
      return new CardError(message, init);
    case 403:
      return new PermissionError(message, init);
    case 409:
      return new ConflictError(message, init);
    case 413:
      return new PayloadTooLargeError(message, init);
    case 429:
      return new RateLimitError(message, init);
  }
  if (status >= 500) return new ApiError(message, init);
  return new InvalidRequestError(message, init);
}
