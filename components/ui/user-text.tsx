// Text that came from users or events, isolated from its surroundings (see
// lib/format/text.ts): a name with a right-to-left override cannot reverse the
// sentence it appears in.
export function UserText({ children, className }: { children: string; className?: string }) {
  return <bdi className={className}>{children}</bdi>;
}
