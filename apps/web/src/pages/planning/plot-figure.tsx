import { Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

interface PlotFigureProps {
  /** Builds the Observable Plot SVG; a new function draws it again. */
  build: () => SVGSVGElement | HTMLElement;
  /** What the figure shows, for screen readers. */
  label: string;
  caption: ReactNode;
}

/** An Observable Plot chart (plain SVG, no scripts) in a figure with its caption. */
export function PlotFigure({ build, label, caption }: PlotFigureProps) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = build();
    // Observable Plot names its mark groups with aria-label, which ARIA allows only on elements
    // with a role; the figure itself carries the accessible name, so the groups become plain groups.
    for (const group of chart.querySelectorAll('g[aria-label]'))
      group.setAttribute('role', 'group');
    holder.current?.replaceChildren(chart);
    return () => {
      chart.remove();
    };
  }, [build]);
  return (
    <figure className="plot-figure" style={{ margin: 0 }}>
      <div ref={holder} role="img" aria-label={label} />
      <Text component="figcaption" size="sm" c="gray.7" mt={4}>
        {caption}
      </Text>
    </figure>
  );
}
