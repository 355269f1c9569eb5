import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Delivery = { at: number; headers: IncomingHttpHeaders; body: string; event: any };

/// A webhook receiver on loopback that records every delivery and answers 204.
export function startReceiver() {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      deliveries.push({ at: Date.now(), headers: req.headers, body, event: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });
  return new Promise<{ url: string; deliveries: Delivery[]; close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/hooks`, deliveries, close: () => server.close() });
    });
  });
}
