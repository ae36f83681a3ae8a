// Runs in the browser before the app's own code (Next.js instrumentation-client).
// zod 4 probes `new Function("")` once to see whether it may compile fast
// parsers; the page CSP has no 'unsafe-eval' (lib/http/security-headers.ts),
// so the browser blocks the probe and reports a CSP violation on every page.
// jitless skips the probe; the interpreted parsers are fast enough for the UI.
import { config } from "zod/v4/core";

config({ jitless: true });
