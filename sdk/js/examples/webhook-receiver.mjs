// A webhook receiver: "Verify those events with vinr.webhooks.verify(payload, signature)."
// Reads the raw body (a signature covers the exact bytes), answers 200 to a verified event
// and 400 to anything else, and hands each verified event to `onEvent`.
import http from 'node:http';
import { Vinr } from '@vinr/sdk';

export function createWebhookReceiver({ webhookSecret, onEvent }) {
  const vinr = new Vinr({ secretKey: process.env.VINR_SECRET_KEY, webhookSecret });
  return http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const payload = Buffer.concat(chunks);
    const signature = req.headers['vinr-signature'];
    try {
      const event = await vinr.webhooks.verify(payload, signature);
      onEvent(event, req.headers);
      res.writeHead(200).end();
    } catch (error) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end(error.message);
    }
  });
}
