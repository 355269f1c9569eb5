// The seed's "Creating a session", verbatim inside a small Node HTTP handler: a signed-in
// user who asks for /billing is sent (303) to their hosted portal.
import http from 'node:http';
import { Vinr } from '@vinr/sdk';

const vinr = new Vinr({ secretKey: process.env.VINR_SECRET_KEY });

/** Express's `res.redirect(status, url)`, for Node's plain response. */
function withRedirect(res) {
  res.redirect = (status, url) => {
    res.writeHead(status, { Location: url });
    res.end();
  };
  return res;
}

export function createBillingServer() {
  return http.createServer(async (req, plainRes) => {
    const res = withRedirect(plainRes);
    if (req.url !== '/billing') {
      res.writeHead(404).end();
      return;
    }
    try {
      // In a route handler, after authenticating the signed-in user.
      const session = await vinr.billing.portalSessions.create({
        customer: 'cust_8sJ2kLpQ',                 // your authenticated customer
        returnUrl: 'https://app.example.com/account', // where to send them back
      });

      // 302 the browser to the hosted portal.
      res.redirect(303, session.url);
    } catch (error) {
      res.writeHead(502, { 'Content-Type': 'text/plain' }).end(`Billing is unavailable: ${error.message}`);
    }
  });
}
