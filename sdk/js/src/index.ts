/**
 * `@vinr/sdk`: the VINR Portal API from Node.js 18+ and workers, with no dependencies.
 *
 *     import { Vinr } from '@vinr/sdk';
 *     const vinr = new Vinr({ secretKey: process.env.VINR_SECRET_KEY });
 *     const session = await vinr.billing.portalSessions.create({ customer, returnUrl });
 *
 * Types come from the server's OpenAPI document (`src/schema.ts`, generated at build time).
 */
import { HttpClient, type FileResponse, type Query, type RequestOptions } from './http.js';
import { verifyWebhook, type VerifyOptions, type WebhookHeaders } from './webhooks.js';
import type { components, operations } from './schema.js';

export * from './errors.js';
export { signWebhook, type VerifyOptions, type WebhookHeaders } from './webhooks.js';
export type { FileResponse, RequestOptions } from './http.js';
export type { components, operations, paths } from './schema.js';

type Schemas = components['schemas'];
type QueryOf<K extends keyof operations> = operations[K] extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type PortalSession = Schemas['PortalSessionObject'];
export type PortalSessionDetails = Schemas['PortalSessionDetails'];
export type PortalConfiguration = Schemas['ConfigurationObject'];
export type Customer = Schemas['CustomerObject'];
export type PaymentMethod = Schemas['PaymentMethodObject'];
export type TaxId = Schemas['TaxIdObject'];
export type Product = Schemas['ProductObject'];
export type Price = Schemas['PriceObject'];
export type Coupon = Schemas['CouponObject'];
export type Subscription = Schemas['SubscriptionObject'];
export type ChangePreview = Schemas['ChangePreview'];
export type Invoice = Schemas['InvoiceObject'];
export type Receipt = Schemas['ReceiptObject'];
export type WebhookEndpoint = Schemas['WebhookEndpointObject'];
export type WebhookDelivery = Schemas['DeliveryObject'];
export type Event = Schemas['EventObject'];
export type AuditEntry = Schemas['AuditEntryObject'];
export type CustomDomain = Schemas['CustomDomainObject'];
export type Branding = Schemas['BrandingObject'];
export type ApiKey = Schemas['ApiKeyObject'];
export type TestClock = Schemas['TestClockObject'];
export type PaymentProcessor = Schemas['PaymentProcessorObject'];

/** One page of a list, as the API answers it. */
export interface Page<T> {
  object: 'list' | string;
  data: T[];
  hasMore: boolean;
}

/**
 * A list call: `await` it for the first page, or iterate it for every item across pages
 * (`for await (const invoice of vinr.invoices.list({ customer }))`).
 */
export class PageList<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  constructor(private readonly fetchPage: (startingAfter: string | undefined) => Promise<Page<T>>) {}

  then<A = Page<T>, B = never>(onFulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.fetchPage(undefined).then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.fetchPage(undefined).catch(onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let startingAfter: string | undefined;
    for (;;) {
      const page = await this.fetchPage(startingAfter);
      for (const item of page.data) yield item;
      const last = page.data[page.data.length - 1] as { id?: unknown } | undefined;
      if (!page.hasMore || typeof last?.id !== 'string') return;
      startingAfter = last.id;
    }
  }

  /** Every item, across pages, as one array. */
  async toArray(): Promise<T[]> {
    const items: T[] = [];
    for await (const item of this) items.push(item);
    return items;
  }
}

export interface VinrOptions {
  /** A secret key (`sk_test_...` or `sk_live_...`). Never in a browser. */
  secretKey?: string;
  /** Your VINR Portal server, e.g. `https://billing.example.com`; else `VINR_BASE_URL`. */
  baseUrl?: string;
  /** The endpoint secret `webhooks.verify` checks against, unless given there. */
  webhookSecret?: string;
  /** Milliseconds before a try is abandoned and retried (default 30 000). */
  timeout?: number;
  /** Retries after the first try for network errors, 409 in use, 429 and 5xx (default 2). */
  maxRetries?: number;
  /** Another `fetch` (a proxy's, a test's). */
  fetch?: typeof fetch;
}

function environment(name: string): string | undefined {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return process?.env?.[name];
}

const enc = encodeURIComponent;

abstract class Resource {
  constructor(protected readonly http: HttpClient) {}

  protected get<T>(path: string, query?: Query, options?: RequestOptions): Promise<T> {
    return this.http.json<T>('GET', path, undefined, query, options);
  }

  protected post<T>(path: string, body?: unknown, options?: RequestOptions, query?: Query): Promise<T> {
    return this.http.json<T>('POST', path, body ?? {}, query, options);
  }

  protected delete<T>(path: string, query?: Query, options?: RequestOptions): Promise<T> {
    return this.http.json<T>('DELETE', path, undefined, query, options);
  }

  protected pages<T>(path: string, query: Query = {}, options?: RequestOptions): PageList<T> {
    return new PageList<T>((startingAfter) =>
      this.get<Page<T>>(path, startingAfter === undefined ? query : { ...query, startingAfter }, options),
    );
  }
}

class PortalSessions extends Resource {
  /** A short-lived, single-use portal link for one customer: redirect the browser to `url`. */
  create(params: Schemas['PortalSessionCreate'], options?: RequestOptions): Promise<PortalSession> {
    return this.post('/v1/billing/portal/sessions', params, options);
  }
  list(params: QueryOf<'listPortalSessions'> = {}, options?: RequestOptions): PageList<PortalSessionDetails> {
    return this.pages('/v1/billing/portal/sessions', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<PortalSessionDetails> {
    return this.get(`/v1/billing/portal/sessions/${enc(id)}`, undefined, options);
  }
  /** Ends the session at once: a signed-in browser is signed out on its next request. */
  revoke(id: string, options?: RequestOptions): Promise<PortalSessionDetails> {
    return this.post(`/v1/billing/portal/sessions/${enc(id)}/revoke`, undefined, options);
  }
}

class PortalConfigurations extends Resource {
  create(params: Schemas['ConfigurationChanges'], options?: RequestOptions): Promise<PortalConfiguration> {
    return this.post('/v1/billing/portal/configurations', params, options);
  }
  /** `id` may be `default`. */
  update(id: string, params: Schemas['ConfigurationChanges'], options?: RequestOptions): Promise<PortalConfiguration> {
    return this.post(`/v1/billing/portal/configurations/${enc(id)}`, params, options);
  }
  /** `id` may be `default`. */
  retrieve(id: string, options?: RequestOptions): Promise<PortalConfiguration> {
    return this.get(`/v1/billing/portal/configurations/${enc(id)}`, undefined, options);
  }
  list(options?: RequestOptions): PageList<PortalConfiguration> {
    return this.pages('/v1/billing/portal/configurations', {}, options);
  }
}

class CustomerPaymentMethods extends Resource {
  list(customer: string, options?: RequestOptions): PageList<PaymentMethod> {
    return this.pages(`/v1/customers/${enc(customer)}/payment_methods`, {}, options);
  }
  /** A processor's payment method (`processorPaymentMethod: 'pm_...'`), or in test mode a test card or IBAN. */
  attach(customer: string, params: Schemas['AttachPaymentMethod'], options?: RequestOptions): Promise<PaymentMethod> {
    return this.post(`/v1/customers/${enc(customer)}/payment_methods`, params, options);
  }
  detach(paymentMethod: string, options?: RequestOptions): Promise<PaymentMethod> {
    return this.post(`/v1/payment_methods/${enc(paymentMethod)}/detach`, undefined, options);
  }
}

class CustomerTaxIds extends Resource {
  list(customer: string, options?: RequestOptions): PageList<TaxId> {
    return this.pages(`/v1/customers/${enc(customer)}/tax_ids`, {}, options);
  }
  create(customer: string, params: Schemas['TaxIdCreate'], options?: RequestOptions): Promise<TaxId> {
    return this.post(`/v1/customers/${enc(customer)}/tax_ids`, params, options);
  }
  del(customer: string, taxId: string, options?: RequestOptions): Promise<TaxId> {
    return this.delete(`/v1/customers/${enc(customer)}/tax_ids/${enc(taxId)}`, undefined, options);
  }
}

class Customers extends Resource {
  readonly paymentMethods = new CustomerPaymentMethods(this.http);
  readonly taxIds = new CustomerTaxIds(this.http);
  create(params: Schemas['CustomerCreate'], options?: RequestOptions): Promise<Customer> {
    return this.post('/v1/customers', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<Customer> {
    return this.get(`/v1/customers/${enc(id)}`, undefined, options);
  }
  update(id: string, params: Schemas['CustomerUpdate'], options?: RequestOptions): Promise<Customer> {
    return this.post(`/v1/customers/${enc(id)}`, params, options);
  }
  /** Ends every portal session of the customer. */
  revokePortalSessions(id: string, options?: RequestOptions): Promise<Schemas['PortalSessionsRevoked']> {
    return this.post(`/v1/customers/${enc(id)}/portal_sessions/revoke`, undefined, options);
  }
}

class Products extends Resource {
  create(params: Schemas['ProductCreate'], options?: RequestOptions): Promise<Product> {
    return this.post('/v1/products', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<Product> {
    return this.get(`/v1/products/${enc(id)}`, undefined, options);
  }
  update(id: string, params: Schemas['ProductUpdate'], options?: RequestOptions): Promise<Product> {
    return this.post(`/v1/products/${enc(id)}`, params, options);
  }
  list(options?: RequestOptions): PageList<Product> {
    return this.pages('/v1/products', {}, options);
  }
}

class Prices extends Resource {
  create(params: Schemas['PriceCreate'], options?: RequestOptions): Promise<Price> {
    return this.post('/v1/prices', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<Price> {
    return this.get(`/v1/prices/${enc(id)}`, undefined, options);
  }
  update(id: string, params: Schemas['PriceUpdate'], options?: RequestOptions): Promise<Price> {
    return this.post(`/v1/prices/${enc(id)}`, params, options);
  }
  list(params: QueryOf<'listPrices'> = {}, options?: RequestOptions): PageList<Price> {
    return this.pages('/v1/prices', params, options);
  }
}

class Coupons extends Resource {
  create(params: Schemas['CouponCreate'], options?: RequestOptions): Promise<Coupon> {
    return this.post('/v1/coupons', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<Coupon> {
    return this.get(`/v1/coupons/${enc(id)}`, undefined, options);
  }
  list(options?: RequestOptions): PageList<Coupon> {
    return this.pages('/v1/coupons', {}, options);
  }
}

class Subscriptions extends Resource {
  create(params: Schemas['SubscriptionCreate'], options?: RequestOptions): Promise<Subscription> {
    return this.post('/v1/subscriptions', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<Subscription> {
    return this.get(`/v1/subscriptions/${enc(id)}`, undefined, options);
  }
  /** The same change the portal makes: price, quantity, cancellation at period end, coupon, pause. */
  update(id: string, params: Schemas['SubscriptionUpdate'], options?: RequestOptions): Promise<Subscription> {
    return this.post(`/v1/subscriptions/${enc(id)}`, params, options);
  }
  list(params: QueryOf<'listSubscriptions'>, options?: RequestOptions): PageList<Subscription> {
    return this.pages('/v1/subscriptions', params, options);
  }
  /** Cancels now; `{ prorate: true }` credits the unused time. */
  cancel(id: string, params: QueryOf<'cancelSubscription'> = {}, options?: RequestOptions): Promise<Subscription> {
    return this.delete(`/v1/subscriptions/${enc(id)}`, params, options);
  }
  /** What a change would cost, without making it. */
  preview(id: string, params: Schemas['SubscriptionPreview'], options?: RequestOptions): Promise<ChangePreview> {
    return this.post(`/v1/subscriptions/${enc(id)}/preview`, params, options);
  }
}

class Invoices extends Resource {
  list(params: QueryOf<'listInvoices'>, options?: RequestOptions): PageList<Invoice> {
    return this.pages('/v1/invoices', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<Invoice> {
    return this.get(`/v1/invoices/${enc(id)}`, undefined, options);
  }
  pay(id: string, options?: RequestOptions): Promise<Invoice> {
    return this.post(`/v1/invoices/${enc(id)}/pay`, undefined, options);
  }
  void(id: string, options?: RequestOptions): Promise<Invoice> {
    return this.post(`/v1/invoices/${enc(id)}/void`, undefined, options);
  }
  /** The invoice as a PDF: `{ contentType, filename, bytes }`. */
  pdf(id: string, options?: RequestOptions): Promise<FileResponse> {
    return this.http.file(`/v1/invoices/${enc(id)}/pdf`, options);
  }
  receipt(id: string, options?: RequestOptions): Promise<Receipt> {
    return this.get(`/v1/invoices/${enc(id)}/receipt`, undefined, options);
  }
}

class WebhookEndpoints extends Resource {
  /** The answer carries the endpoint's signing secret, this once. */
  create(params: Schemas['WebhookEndpointCreate'], options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.post('/v1/webhook_endpoints', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.get(`/v1/webhook_endpoints/${enc(id)}`, undefined, options);
  }
  update(id: string, params: Schemas['WebhookEndpointUpdate'], options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.post(`/v1/webhook_endpoints/${enc(id)}`, params, options);
  }
  list(options?: RequestOptions): PageList<WebhookEndpoint> {
    return this.pages('/v1/webhook_endpoints', {}, options);
  }
  del(id: string, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this.delete(`/v1/webhook_endpoints/${enc(id)}`, undefined, options);
  }
  deliveries(id: string, params: QueryOf<'listWebhookDeliveries'> = {}, options?: RequestOptions): PageList<WebhookDelivery> {
    return this.pages(`/v1/webhook_endpoints/${enc(id)}/deliveries`, params, options);
  }
  /** Sends a signed `webhook_endpoint.test` event to this endpoint alone. */
  test(id: string, options?: RequestOptions): Promise<Event> {
    return this.post(`/v1/webhook_endpoints/${enc(id)}/test`, undefined, options);
  }
}

class Events extends Resource {
  list(params: QueryOf<'listEvents'> = {}, options?: RequestOptions): PageList<Event> {
    return this.pages('/v1/events', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<Event> {
    return this.get(`/v1/events/${enc(id)}`, undefined, options);
  }
  resend(id: string, params: Schemas['EventResend'] = {}, options?: RequestOptions): Promise<Page<WebhookDelivery>> {
    return this.post(`/v1/events/${enc(id)}/resend`, params, options);
  }
}

class AuditLog extends Resource {
  list(params: QueryOf<'listAuditLog'> = {}, options?: RequestOptions): PageList<AuditEntry> {
    return this.pages('/v1/audit_log', params, options);
  }
}

class CustomDomains extends Resource {
  create(params: Schemas['CustomDomainCreate'], options?: RequestOptions): Promise<CustomDomain> {
    return this.post('/v1/custom_domains', params, options);
  }
  retrieve(id: string, options?: RequestOptions): Promise<CustomDomain> {
    return this.get(`/v1/custom_domains/${enc(id)}`, undefined, options);
  }
  list(options?: RequestOptions): PageList<CustomDomain> {
    return this.pages('/v1/custom_domains', {}, options);
  }
  del(id: string, options?: RequestOptions): Promise<CustomDomain> {
    return this.delete(`/v1/custom_domains/${enc(id)}`, undefined, options);
  }
  verify(id: string, options?: RequestOptions): Promise<CustomDomain> {
    return this.post(`/v1/custom_domains/${enc(id)}/verify`, undefined, options);
  }
}

class BrandingResource extends Resource {
  retrieve(options?: RequestOptions): Promise<Branding> {
    return this.get('/v1/branding', undefined, options);
  }
  /** `null` clears a field. */
  update(params: Schemas['BrandingUpdate'], options?: RequestOptions): Promise<Branding> {
    return this.post('/v1/branding', params, options);
  }
}

class ApiKeys extends Resource {
  create(params: Schemas['ApiKeyCreate'] = {}, options?: RequestOptions): Promise<ApiKey> {
    return this.post('/v1/api_keys', params, options);
  }
  list(options?: RequestOptions): PageList<ApiKey> {
    return this.pages('/v1/api_keys', {}, options);
  }
  roll(id: string, params: Schemas['ApiKeyRoll'] = {}, options?: RequestOptions): Promise<ApiKey> {
    return this.post(`/v1/api_keys/${enc(id)}/roll`, params, options);
  }
  revoke(id: string, options?: RequestOptions): Promise<ApiKey> {
    return this.delete(`/v1/api_keys/${enc(id)}`, undefined, options);
  }
}

class PaymentProcessors extends Resource {
  connect(params: Schemas['ConnectProcessor'], options?: RequestOptions): Promise<PaymentProcessor> {
    return this.post('/v1/payment_processors', params, options);
  }
  list(options?: RequestOptions): PageList<PaymentProcessor> {
    return this.pages('/v1/payment_processors', {}, options);
  }
}

class TestClocks extends Resource {
  /** Moves a test-mode customer's clock forward; what falls due by then runs now. */
  advance(params: Schemas['TestClockAdvance'], options?: RequestOptions): Promise<TestClock> {
    return this.post('/v1/test_helpers/test_clocks/advance', params, options);
  }
}

class Webhooks {
  constructor(private readonly secret: string | undefined) {}

  /**
   * Checks a delivery and answers its event: `signature` is the `Vinr-Signature` header, or
   * the request's headers (Standard Webhooks' `webhook-*` headers are accepted too). Pass the
   * raw body. Throws `SignatureVerificationError` when it does not match or is stale.
   */
  verify<T = Event>(payload: string | Uint8Array | ArrayBuffer, signature: string | WebhookHeaders, options: VerifyOptions | string = {}): Promise<T> {
    const { secret, tolerance } = typeof options === 'string' ? { secret: options, tolerance: undefined } : options;
    return verifyWebhook<T>(payload, signature, secret ?? this.secret, tolerance ?? 300);
  }
}

/** The client. One per secret key; safe to share between requests. */
export class Vinr {
  readonly billing: { portalSessions: PortalSessions; portalConfigurations: PortalConfigurations };
  readonly customers: Customers;
  readonly products: Products;
  readonly prices: Prices;
  readonly coupons: Coupons;
  readonly subscriptions: Subscriptions;
  readonly invoices: Invoices;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly events: Events;
  readonly auditLog: AuditLog;
  readonly customDomains: CustomDomains;
  readonly branding: BrandingResource;
  readonly apiKeys: ApiKeys;
  readonly paymentProcessors: PaymentProcessors;
  readonly testHelpers: { testClocks: TestClocks };
  readonly webhooks: Webhooks;

  constructor(options: VinrOptions = {}) {
    const secretKey = options.secretKey ?? environment('VINR_SECRET_KEY');
    if (!secretKey) {
      throw new TypeError('new Vinr(): pass { secretKey } (sk_test_... or sk_live_...), or set VINR_SECRET_KEY');
    }
    const baseUrl = options.baseUrl ?? environment('VINR_BASE_URL');
    if (!baseUrl) {
      throw new TypeError('new Vinr(): pass { baseUrl } (your VINR Portal server, e.g. https://billing.example.com), or set VINR_BASE_URL');
    }
    try {
      new URL(baseUrl);
    } catch {
      throw new TypeError(`new Vinr(): baseUrl ${JSON.stringify(baseUrl)} is not a URL`);
    }
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw new TypeError('new Vinr(): no fetch in this runtime; pass { fetch }');
    const http = new HttpClient({
      secretKey,
      baseUrl,
      timeout: options.timeout ?? 30_000,
      maxRetries: options.maxRetries ?? 2,
      fetch: fetchImpl.bind(globalThis),
    });
    this.billing = { portalSessions: new PortalSessions(http), portalConfigurations: new PortalConfigurations(http) };
    this.customers = new Customers(http);
    this.products = new Products(http);
    this.prices = new Prices(http);
    this.coupons = new Coupons(http);
    this.subscriptions = new Subscriptions(http);
    this.invoices = new Invoices(http);
    this.webhookEndpoints = new WebhookEndpoints(http);
    this.events = new Events(http);
    this.auditLog = new AuditLog(http);
    this.customDomains = new CustomDomains(http);
    this.branding = new BrandingResource(http);
    this.apiKeys = new ApiKeys(http);
    this.paymentProcessors = new PaymentProcessors(http);
    this.testHelpers = { testClocks: new TestClocks(http) };
    this.webhooks = new Webhooks(options.webhookSecret);
  }
}

export default Vinr;
