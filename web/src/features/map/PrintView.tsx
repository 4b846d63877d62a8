/** What the map prints as: a title, the date, the whole map as an image fitted to the page, and the legend. */
import { type RefObject, useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n';
import type { CanvasHandle } from '../../graph/CytoscapeCanvas';
import type { MapElement } from '../../models/network';
import { Legend } from './Legend';

export function PrintView({ canvas, title, elements }: { canvas: RefObject<CanvasHandle | null>; title: string; elements: readonly MapElement[] }) {
  const { t } = useI18n();
  const [image, setImage] = useState<string>();

  useEffect(
    function snapshotBeforePrinting() {
      const before = () => {
        const cy = canvas.current?.core();
        if (cy) setImage(cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 }));
      };
      window.addEventListener('beforeprint', before);
      return () => window.removeEventListener('beforeprint', before);
    },
    [canvas],
  );

  return (
    <div className="print-only map-print">
      <header className="print-header">
        <h1>{title}</h1>
        <p>
          {t('app.name')} ・ {new Date().toLocaleDateString('ja-JP')}
        </p>
      </header>
      {image && <img className="map-print__image" src={image} alt={title} />}
      <Legend elements={elements} />
    </div>
  );
}
