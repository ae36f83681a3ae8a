"use client";

import { ReferenceArea } from "recharts";

/** Hatching over today's still-filling UTC day (from the previous point to the last); the chart's subtitle says what it means. */
export function PartialDayPattern() {
  return (
    <defs>
      <pattern id="partial-day" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" fillOpacity="0.55" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#94a3b8" strokeWidth="2" />
      </pattern>
    </defs>
  );
}

export function partialDayArea(labels: string[], partialLabel: string | null) {
  const i = partialLabel ? labels.lastIndexOf(partialLabel) : -1;
  if (i < 1) return null;
  return <ReferenceArea x1={labels[i - 1]} x2={labels[i]} fill="url(#partial-day)" ifOverflow="visible" />;
}
