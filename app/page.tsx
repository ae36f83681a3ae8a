import { redirect } from "next/navigation";
import { getCurrentMember } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function Home() {
  redirect((await getCurrentMember()) ? "/overview" : "/login");
}
