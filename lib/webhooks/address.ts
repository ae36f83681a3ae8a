// SSRF guard: a webhook may only reach public addresses. The URL is checked when
// it is saved and again at every send, where the request then connects to the
// very address that passed (lib/webhooks/send.ts), so DNS rebinding between the
// check and the connect cannot reach an internal service.
// COSTWISE_ALLOW_PRIVATE_WEBHOOKS=1 lifts the rule (a receiver on your own network, tests).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const forbidden = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network", incl. unspecified 0.0.0.0
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) forbidden.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) forbidden.addSubnet(net, prefix, "ipv6");

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible IPv6 address, else null. */
function embeddedIPv4(ip: string): string | null {
  const dotted = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (dotted) return dotted[1];
  const hex = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!hex) return null;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** True for loopback, private, link-local, CGNAT, unspecified, multicast and reserved addresses (and IPv6 forms of them). */
export function isForbiddenAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return forbidden.check(ip, "ipv4");
  if (family !== 6) return true;
  const v4 = embeddedIPv4(ip);
  if (v4) return forbidden.check(v4, "ipv4");
  return forbidden.check(ip, "ipv6");
}

export const privateWebhooksAllowed = (env: Record<string, string | undefined> = process.env) => env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS === "1";

export type Resolver = (hostname: string) => Promise<string[]>;

/** All addresses of a hostname (A and AAAA), as the system resolver gives them. */
export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** A URL that must not be called; `transient` when it may work later (the name did not resolve). */
export class UnsafeWebhookUrl extends Error {
  constructor(message: string, readonly transient = false) {
    super(message);
  }
}

export type CheckedUrl = { url: URL; hostname: string; address: string };

/**
 * Parse and check a webhook URL: http(s) only, no credentials, and every address
 * the host resolves to must be public (unless private webhooks are allowed).
 * Returns the address to connect to. Throws UnsafeWebhookUrl with a message for people.
 */
export async function checkWebhookUrl(raw: string, resolve: Resolver = systemResolver, allowPrivate = privateWebhooksAllowed()): Promise<CheckedUrl> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeWebhookUrl("the URL is not valid");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UnsafeWebhookUrl("the URL must start with https:// or http://");
  if (url.username || url.password) throw new UnsafeWebhookUrl("the URL must not contain a user name or password");
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: string[];
  if (isIP(hostname)) addresses = [hostname];
  else {
    try {
      addresses = await resolve(hostname);
    } catch {
      throw new UnsafeWebhookUrl(`the host ${hostname} could not be resolved`, true);
    }
    if (addresses.length === 0) throw new UnsafeWebhookUrl(`the host ${hostname} could not be resolved`, true);
  }
  const bad = addresses.find(isForbiddenAddress);
  if (bad && !allowPrivate) {
    const what = bad === hostname ? `${hostname} is` : `${hostname} resolves to ${bad},`;
    throw new UnsafeWebhookUrl(`${what} a private, loopback or link-local address; webhooks may only reach public addresses`);
  }
  return { url, hostname, address: addresses[0] };
}
