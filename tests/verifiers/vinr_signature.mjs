// Verifies a `Vinr-Signature` header with nothing but node:crypto, the way a merchant
// without our library would. Reads {"secret", "body", "header"} as JSON on stdin; prints
// "ok" and the event type, or "rejected" and why.
import { createHmac, timingSafeEqual } from "node:crypto";

const input = JSON.parse(await new Promise((resolve) => {
  let data = "";
  process.stdin.on("data", (chunk) => (data += chunk));
  process.stdin.on("end", () => resolve(data));
}));

function verify({ secret, body, header }, toleranceSeconds = 300) {
  const parts = header.split(",").map((part) => part.split("="));
  const t = parts.find(([key]) => key === "t")?.[1];
  const signatures = parts.filter(([key]) => key === "v1").map(([, value]) => value);
  if (!t || signatures.length === 0) return "rejected bad header";
  if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return "rejected timestamp";
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  const matches = signatures.some((hex) => {
    const given = Buffer.from(hex, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? `ok ${JSON.parse(body).type}` : "rejected signature";
}

console.log(verify(input));
