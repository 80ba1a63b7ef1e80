/**
 * The container's HEALTHCHECK: exits 0 when this bot's `/healthz` answers 200. In HTTP mode it is
 * on PORT; in gateway mode on METRICS_PORT (the image sets one).
 */
const port = process.env.DISCORD_PUBLIC_KEY?.trim()
  ? process.env.PORT?.trim() || '8080'
  : process.env.METRICS_PORT?.trim();
if (!port) {
  process.stderr.write('citebot healthcheck: no health endpoint: set METRICS_PORT in gateway mode\n');
  process.exit(1);
}
try {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
