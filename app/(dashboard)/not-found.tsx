import { PageMessage } from "@/components/ui/page-message";

export default function DashboardNotFound() {
  return (
    <PageMessage code={404} title="Nothing here">
      This page does not exist, or it belongs to another organisation.
    </PageMessage>
  );
}
