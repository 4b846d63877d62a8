/**
 * What the map prints as, on one A4 landscape page: the title, the day shown, the map as it is on the screen (what
 * the viewer zoomed to: a whole town on one sheet would print its labels a few points high) filling the page, and
 * the legend.
 */
import { type RefObject, useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n';
import type { CanvasHandle } from '../../graph/CytoscapeCanvas';
import type { MapElement } from '../../models/network';
import { Legend } from './Legend';

export function PrintView({
  canvas,
  title,
  dayLine,
  elements,
}: {
  canvas: RefObject<CanvasHandle | null>;
  title: string;
  /** The day the map shows, in words. */
  dayLine: string;
  elements: readonly MapElement[];
}) {
  const { t } = useI18n();
  const [image, setImage] = useState<string>();

  useEffect(
    function snapshotBeforePrinting() {
      const before = () => {
        const cy = canvas.current?.core();
        if (cy)
          setImage(
            cy.png({ output: 'base64uri', full: false, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 }),
          );
      };
      // browsers tell a print by the event, print-to-PDF tools sometimes only by the media query
      const media = window.matchMedia('print');
      const onMedia = (event: MediaQueryListEvent) => {
        if (event.matches) before();
      };
      window.addEventListener('beforeprint', before);
      media.addEventListener('change', onMedia);
      return () => {
        window.removeEventListener('beforeprint', before);
        media.removeEventListener('change', onMedia);
      };
    },
    [canvas],
  );

  return (
    <div className="print-only map-print">
      <header className="print-header">
        <h1>{title}</h1>
        <p>
          {dayLine} ・ {t('app.name')}
        </p>
      </header>
      {image && <img className="map-print__image" src={image} alt={title} />}
      <Legend elements={elements} />
    </div>
  );
}
