import { test, expect } from '@playwright/test';

// The API reference at /docs: rendered from /v1/openapi.json, readable on a phone without
// sideways scrolling, and its contents column leads to each operation.
for (const width of [320, 1280]) {
  test(`the API reference reflows at ${width} px and its contents lead to each operation`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/docs');
    await expect(page.getByRole('heading', { level: 1, name: 'VINR Portal API' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('navigation', { name: 'Contents' })
      .getByRole('link', { name: /Mint a short-lived, single-use portal link/ }).click();
    await expect(page).toHaveURL(/#createPortalSession$/);
    const operation = page.locator('#createPortalSession');
    await expect(operation.getByRole('heading', { level: 3 })).toContainText('/v1/billing/portal/sessions');
    await operation.getByText('Example request').click();
    await expect(operation.locator('pre').first()).toContainText('cust_8sJ2kLpQ');
    await operation.getByRole('link', { name: 'PortalSessionObject' }).first().click();
    await expect(page.locator('#schema-portalsessionobject')).toBeInViewport();
  });
}
