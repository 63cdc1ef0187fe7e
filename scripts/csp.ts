/**
 * The Content-Security-Policy of the production build: scripts only from
 * the app's own origin, no inline script. Sent by `vite preview` (so the
 * e2e suite runs under it) and by scripts/serve.ts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // recharts and React set style attributes; no inline <style> or script is needed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ')
