// The dashboard's first page load in Chromium, cold (a fresh browser context: no cache),
// signed in, against the customer portal's first load on the same server as a baseline.
// Usage: node bench/dashboard_load.mjs <base URL> <owner e-mail> <password> <portal cookie>
import { createRequire } from 'node:module';
const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const [base, email, password, portalCookie] = process.argv.slice(2);
const rounds = Number(process.env.BENCH_LOAD_ROUNDS ?? 15);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });

// Sign in once; each measured load then starts from an empty cache with that cookie.
const signIn = await browser.newContext();
const page = await signIn.newPage();
await page.goto(`${base}/dashboard/sign-in`);
await page.fill('#email', email);
await page.fill('#password', password);
await Promise.all([page.waitForURL(/\/dashboard$/), page.click('button[type=submit]')]);
const cookies = await signIn.cookies();
await signIn.close();

const [portalName, portalValue] = portalCookie.split('=');
const host = new URL(base).hostname;
const portalCookies = [{ name: portalName, value: portalValue, domain: host, path: '/' }];

async function firstLoad(path, jar) {
  const context = await browser.newContext();
  await context.addCookies(jar);
  const tab = await context.newPage();
  const started = Date.now();
  await tab.goto(`${base}${path}`, { waitUntil: 'load' });
  await tab.waitForSelector('body[data-hydrated]', { timeout: 10_000 });
  const hydrated = Date.now() - started;
  const timing = await tab.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
  });
  await context.close();
  return { ...timing, hydrated };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pages = [
  ['/portal (baseline)', '/portal', portalCookies],
  ['/dashboard', '/dashboard', cookies],
  ['/dashboard/customers', '/dashboard/customers', cookies],
  ['/dashboard/settings/branding', '/dashboard/settings/branding', cookies],
  ['/dashboard/settings/portal', '/dashboard/settings/portal', cookies],
  ['/dashboard/catalogue', '/dashboard/catalogue', cookies],
];
const results = {};
for (const [name, path, jar] of pages) {
  await firstLoad(path, jar); // warm the server's caches, not the browser's
  const runs = [];
  for (let i = 0; i < rounds; i++) runs.push(await firstLoad(path, jar));
  results[name] = {
    ttfb: median(runs.map((r) => r.ttfb)),
    dcl: median(runs.map((r) => r.dcl)),
    load: median(runs.map((r) => r.load)),
    hydrated: median(runs.map((r) => r.hydrated)),
  };
}
await browser.close();
const baseline = results['/portal (baseline)'].load;
console.log(`${'page (cold, medians of ' + rounds + ')'.padEnd(0)}`.padEnd(34) + 'TTFB ms   DCL ms   load ms   hydrated ms   load ÷ portal');
for (const [name, r] of Object.entries(results)) {
  console.log(
    name.padEnd(34) +
      String(r.ttfb.toFixed(1)).padStart(7) +
      String(r.dcl.toFixed(1)).padStart(9) +
      String(r.load.toFixed(1)).padStart(10) +
      String(r.hydrated).padStart(14) +
      String((r.load / baseline).toFixed(2)).padStart(16),
  );
}
