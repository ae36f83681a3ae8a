// Types for next.config.js, so TypeScript tests can import it (allowJs is off).
import type { NextConfig } from "next";

declare const nextConfig: NextConfig;
export default nextConfig;
