// User-supplied text (model names, team and feature names, end-user ids) may carry
// bidirectional controls such as U+202E RIGHT-TO-LEFT OVERRIDE. Shown raw, one
// such name reverses the sentence around it. In HTML, render it inside <bdi>
// (components/ui/user-text.tsx); where markup is impossible (SVG chart labels,
// plain strings), wrap it in a first-strong isolate, which has the same effect.

const FSI = "\u2068"; // FIRST STRONG ISOLATE
const PDI = "\u2069"; // POP DIRECTIONAL ISOLATE

/** `text` isolated so its direction controls cannot leak into the surrounding text. */
export function isolateText(text: string): string {
  return `${FSI}${text}${PDI}`;
}
