/** Whether a parsed address is one citebot can cite and fetch: http or https. */
export function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** The address parsed (relative to `base` when given) if it is an http or https one, else undefined. */
export function httpUrl(address: string, base?: string | URL): URL | undefined {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return undefined;
  }
  return isHttp(url) ? url : undefined;
}
