// next-auth v4 configuration: email + password always; GitHub and a generic OIDC
// provider when their environment variables are set. Sessions are JWTs carrying
// the user id and a session id that must still exist in the `sessions` table
// (lib/auth/sessions.ts), so sign-out revokes them; the role is re-read from the
// database on every request.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { z } from "zod";
import { redirectWithinApp } from "@/lib/auth/callback-url";
import { linkOAuthAccount, primaryVerifiedGitHubEmail } from "@/lib/auth/oauth-link";
import { createSession, isSessionActive, revokeSession, SESSION_MAX_AGE_S } from "@/lib/auth/sessions";
import { clientIp } from "@/lib/auth/login-throttle";
import { lockedErrorCode } from "@/lib/auth/login-errors";
import { passwordLogin } from "@/lib/auth/password-login";

// bounded so nobody can make the server run scrypt over megabytes
const credentialsSchema = z.object({ email: z.string().max(320).email(), password: z.string().min(1).max(1024) });

function providers(): Provider[] {
  const list: Provider[] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        let result;
        try {
          result = await passwordLogin({ ...parsed.data, ip: clientIp(req?.headers) });
        } catch (err) {
          // a thrown message reaches the browser as the error code: keep database details in the log
          console.error("[auth] sign-in failed:", err);
          throw new Error("Unavailable");
        }
        if (result.ok) return result.user;
        // next-auth passes a thrown message to the client as its error code; the form explains it
        if (result.reason === "locked") throw new Error(lockedErrorCode(result.retryAfterS));
        return null;
      },
    }),
  ];
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
    list.push(
      GitHubProvider({
        clientId: process.env.GITHUB_ID,
        clientSecret: process.env.GITHUB_SECRET,
        // next-auth's default takes the public profile email, else the primary
        // (or first) address without checking `verified`. Use only the primary
        // address GitHub has verified, and say so the way OIDC does.
        userinfo: {
          url: "https://api.github.com/user",
          async request({ client, tokens }) {
            const profile = await client.userinfo(tokens.access_token!);
            const res = await fetch("https://api.github.com/user/emails", {
              headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: "application/vnd.github+json", "User-Agent": "costwise" },
            });
            const email = res.ok ? primaryVerifiedGitHubEmail(await res.json()) : null;
            return { ...profile, email: email ?? undefined, email_verified: email !== null };
          },
        },
      }),
    );
  }
  if (process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET) {
    list.push({
      id: "oidc",
      name: process.env.OIDC_NAME ?? "Single sign-on",
      type: "oauth",
      wellKnown: `${process.env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: process.env.OIDC_CLIENT_ID,
      clientSecret: process.env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      // email_verified is checked in the signIn callback (lib/auth/oauth-link.ts)
      profile(p: { sub: string; email?: string; name?: string }) {
        return { id: p.sub, email: p.email ?? null, name: p.name ?? null };
      },
    });
  }
  return list;
}

export const authOptions: NextAuthOptions = {
  providers: providers(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  // errors (a refused OAuth account, a malformed callbackUrl) land on the login page, which explains them
  pages: { signIn: "/login", error: "/login" },
  callbacks: {
    // Only paths on this app: next-auth's default accepts `//host` and throws (500) on URLs it cannot parse.
    redirect({ url, baseUrl }) {
      return redirectWithinApp(url, baseUrl);
    },
    // OAuth sign-ins map to a Costwise user by provider-verified email only; access still needs a membership.
    async signIn({ user, account, profile }) {
      if (!account || account.provider === "credentials") return true;
      const linked = await linkOAuthAccount({ provider: account.provider, providerAccountId: account.providerAccountId, type: account.type, name: user.name, profile });
      if ("refused" in linked) return "/login?error=EmailNotVerified";
      user.id = linked.userId;
      return true;
    },
    // Runs at sign-in (with `user`) and on every session read.
    async jwt({ token, user }) {
      if (user?.id) return { ...token, sub: user.id, sid: await createSession(user.id) };
      if (typeof token.sid === "string" && token.sub && (await isSessionActive(token.sid, token.sub))) return token;
      // signed out, revoked, expired, or issued before session ids existed: anonymous from now on
      return {};
    },
    async session({ session, token }) {
      if (!token.sub) return { expires: session.expires };
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};
