/**
 * An Observable Plot chart inside a figure. The SVG is one image to assistive technology, named by
 * `summary`; the same numbers are in the table beside it (`children`), which a sighted person can
 * open too. Plot is only imported by the manager and HR chunks, never by the staff pages.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef, type ReactNode } from 'react';

export function PlotFigure({
  options,
  summary,
  caption,
  tableLabel = 'Show the numbers as a table',
  children,
}: {
  /** Plot.plot options for the container's width (a phone gets narrower margins, no scrolling). */
  options: (width: number) => Plot.PlotOptions;
  /** One sentence that says what the chart shows, read as the image's name. */
  summary: string;
  caption: string;
  tableLabel?: string;
  /** The text alternative: a table of the same data. */
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let drawn = 0;
    const draw = () => {
      const width = Math.max(240, Math.min(el.clientWidth || 640, 960));
      // Only a new width redraws (a new chart's height would otherwise call back again).
      if (width === drawn) return;
      drawn = width;
      const chart = Plot.plot({ width, style: { fontSize: '13px', background: 'transparent' }, ...options(width) });
      chart.setAttribute('aria-hidden', 'true');
      el.replaceChildren(chart);
    };
    draw();
    const observer = new ResizeObserver(() => draw());
    observer.observe(el);
    return () => observer.disconnect();
  }, [options]);
  return (
    <figure className="margin-x-0 margin-y-3">
      <figcaption className="text-bold margin-bottom-1">{caption}</figcaption>
      <div ref={ref} role="img" aria-label={summary} className="overflow-hidden" />
      <details className="margin-top-1">
        <summary>{tableLabel}</summary>
        {children}
      </details>
    </figure>
  );
}
