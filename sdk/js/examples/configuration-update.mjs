// The seed's "Configuring features", verbatim.
import { Vinr } from '@vinr/sdk';

const vinr = new Vinr({ secretKey: process.env.VINR_SECRET_KEY });

export async function configurePortal() {
  await vinr.billing.portalConfigurations.update('default', {
    features: {
      paymentMethodUpdate: { enabled: true },
      invoiceHistory: { enabled: true },
      subscriptionCancel: {
        enabled: true,
        mode: 'at_period_end',        // or 'immediately'
        retention: { offerCoupon: 'rwd_save20' },
      },
      subscriptionUpdate: {
        enabled: true,
        products: ['prod_basic', 'prod_pro'],   // allowed plan switches
        prorationBehavior: 'create_prorations',
      },
    },
  });
}
