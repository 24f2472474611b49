/**
 * An Observable Plot chart inside a figure. The SVG is one image to assistive technology, named by
 * `summary`; the same numbers are in the table beside it (`children`), which a sighted person can
 * open too. Plot (about 80 kB gzipped) is its own chunk, fetched after the page shows: the
 * manager and HR pages stay in the first-load budget, and the staff pages never load it.
 */
import type * as PlotModule from '@observablehq/plot';
import { useEffect, useRef, type ReactNode } from 'react';

export type Plot = typeof PlotModule;
let plotModule: Promise<Plot> | undefined;
const loadPlot = () => (plotModule ??= import('@observablehq/plot'));

export function PlotFigure({
  options,
  summary,
  caption,
  tableLabel = 'Show the numbers as a table',
  children,
}: {
  /** Plot.plot options for the container's width (a phone gets narrower margins, no scrolling). */
  options: (plot: Plot, width: number) => PlotModule.PlotOptions;
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
    let Plot: Plot | undefined;
    let live = true;
    const draw = () => {
      if (!Plot) return;
      const width = Math.max(240, Math.min(el.clientWidth || 640, 960));
      // Only a new width redraws (a new chart's height would otherwise call back again).
      if (width === drawn) return;
      drawn = width;
      const chart = Plot.plot({ width, style: { fontSize: '13px', background: 'transparent' }, ...options(Plot, width) });
      chart.setAttribute('aria-hidden', 'true');
      el.replaceChildren(chart);
    };
    const observer = new ResizeObserver(() => draw());
    loadPlot().then(
      (m) => {
        if (!live) return;
        Plot = m;
        draw();
        observer.observe(el);
      },
      () => {
        // Without the chart, the table below still has every number.
        if (live) el.replaceChildren(document.createTextNode('The chart could not be loaded; the table has the same numbers.'));
      },
    );
    return () => {
      live = false;
      observer.disconnect();
    };
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
