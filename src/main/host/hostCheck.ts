import os from 'node:os';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** The hostname of a Host header (`name:port`, `[v6]:port`), lower-cased; null when unreadable. */
export function hostnameOf(header: string | undefined): string | null {
  if (!header) return null;
  try {
    return new URL(`http://${header}`).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return null;
  }
}

function localAddresses(): Set<string> {
  const addresses = new Set<string>();
  for (const list of Object.values(os.networkInterfaces())) {
    for (const item of list ?? []) addresses.add(item.address.toLowerCase());
  }
  return addresses;
}

/**
 * Which names a request may address the host by. A web page on another site can make a browser
 * send requests to the host under that site's own name (DNS rebinding): the Origin then matches the
 * Host, so only refusing unknown Host names stops it. Allowed: loopback names; the address the host
 * is bound to (when bound to all interfaces: this computer's own addresses); and names the
 * administrator listed with `--allow-host`. The CLI binds to loopback only until setup is done.
 */
export function createHostCheck(bound: string, extraNames: readonly string[] = []) {
  const boundName = bound.replace(/^\[|\]$/g, '').toLowerCase();
  const names = new Set([...LOOPBACK_NAMES, ...extraNames.map((n) => n.toLowerCase())]);
  if (!WILDCARDS.has(boundName)) names.add(boundName);
  return (header: string | undefined): boolean => {
    const hostname = hostnameOf(header);
    if (hostname === null) return false;
    if (names.has(hostname)) return true;
    return WILDCARDS.has(boundName) && localAddresses().has(hostname);
  };
}
