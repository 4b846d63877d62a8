/** What the map prints as: a title, the date, the whole map as an image fitted to the page, and the legend. */
import { type RefObject, useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n';
import type { CanvasHandle } from '../../graph/CytoscapeCanvas';
import type { MapElement } from '../../models/network';
import { Legend } from './Legend';

export function PrintView({
  canvas,
  title,
  elements,
}: {
  canvas: RefObject<CanvasHandle | null>;
  title: string;
  elements: readonly MapElement[];
}) {
  const { t, lang } = useI18n();
  const [image, setImage] = useState<string>();

  useEffect(
    function snapshotBeforePrinting() {
      const before = () => {
        const cy = canvas.current?.core();
        if (cy)
          setImage(
            cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 }),
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
          {t('app.name')} ・ {new Date().toLocaleDateString(lang === 'ja' ? 'ja-JP' : 'en-GB')}
        </p>
      </header>
      {image && <img className="map-print__image" src={image} alt={title} />}
      <Legend elements={elements} />
    </div>
  );
}
