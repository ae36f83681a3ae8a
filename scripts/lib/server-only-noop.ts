// What `import "server-only"` resolves to outside Next.js: in Vitest (alias in
// vitest.config.ts), the CLI scripts (tsconfig.scripts.json, passed to tsx) and
// Playwright's global setup (playwright.config.ts). Those run only on the
// server, so the marker has nothing to guard there; inside Next.js the real
// package still fails any client bundle that reaches a server-only module.
export {};
