// `cargo leptos end-to-end` starts the server and Playwright at once: wait until it answers.
export default async function globalSetup() {
  const base = process.env.VINR_E2E_BASE_URL ?? 'http://127.0.0.1:3000';
  const deadline = Date.now() + 120_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/readyz`);
      if (response.ok) return;
      lastError = `readyz answered ${response.status}`;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${base} did not become ready: ${lastError}`);
}
