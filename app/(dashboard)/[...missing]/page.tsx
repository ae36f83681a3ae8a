import { notFound } from "next/navigation";

// Any unknown path renders the in-frame 404 (navigation included), after the
// dashboard layout has checked the session; signed-out visitors go to /login.
export default function MissingPage() {
  notFound();
}
