/**
 * The ecomap as an SVG figure: household circle, nodes by kind, ties in the social workers' line styles. In a
 * comparison, what appeared has a green halo and what disappeared is a dotted ghost (the map's change colours).
 */
import { useI18n } from '../../app/i18n';
import { StrengthLine } from '../../graph/Swatch';
import { categoryStyles, changeStyles, fontFamily, kindStyles, markStyles } from '../../graph/stylesheet';
import type { EcomapDrawing } from '../../models/ecomap';
import { shapePath } from '../../models/svgScene';
import { labelOf, shownTieTypeLabels, standInLabel } from '../../models/vocabulary';

export function EcomapSvg({
  drawing,
  labels,
  title,
}: {
  drawing: EcomapDrawing;
  labels: ReadonlyMap<string, string>;
  title: string;
}) {
  const { lang } = useI18n();
  const labelOfNode = (id: string, fallback: string) => labels.get(id) ?? fallback;
  return (
    <svg
      className="ecomap-svg"
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      role="img"
      aria-label={title}
      fontFamily={fontFamily}
      data-testid="ecomap-svg"
    >
      <title>{title}</title>
      {drawing.household && (
        <g>
          <circle
            cx={drawing.household.x}
            cy={drawing.household.y}
            r={drawing.household.r}
            fill="#fffbe0"
            stroke="#7a6e00"
            strokeWidth="2.5"
          />
          <text
            x={drawing.household.x}
            y={drawing.household.y - drawing.household.r - 8}
            textAnchor="middle"
            fontSize="14"
            fill="#5c5300"
            fontWeight="bold"
          >
            {labelOfNode(drawing.household.id, drawing.household.label)}
          </text>
        </g>
      )}
      {drawing.edges.map((edge) => (
        <g
          key={edge.id}
          opacity={edge.change === 'disappeared' ? 0.55 : edge.active ? 1 : 0.4}
          data-change={edge.change}
          className="ecomap-svg__edge"
        >
          {edge.change === 'appeared' && (
            <line
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              stroke={changeStyles.began.color}
              strokeWidth="11"
              strokeLinecap="round"
              opacity="0.45"
            />
          )}
          {edge.change === 'disappeared' ? (
            <line
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              stroke={changeStyles.ended.color}
              strokeWidth="2.5"
              strokeDasharray="2 4"
            />
          ) : (
            <StrengthLine
              strength={edge.strength}
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
              color={categoryStyles[edge.category].color}
            />
          )}
          <text
            x={(edge.x1 + edge.x2) / 2}
            y={(edge.y1 + edge.y2) / 2 - 5}
            textAnchor="middle"
            fontSize="11"
            fill="#444"
            className="ecomap-svg__edge-label"
          >
            {labelOf(shownTieTypeLabels, edge.type, lang)}
          </text>
        </g>
      ))}
      {drawing.nodes.map((node) => {
        const style = kindStyles[node.kind];
        const r = node.ring === 'centre' ? 22 : 16;
        // a stand-in is a resident in the viewer's language (the server names none of them)
        const label = labelOfNode(node.id, node.anonymous ? standInLabel[lang] : node.label);
        const ghost = node.change === 'disappeared';
        return (
          <g key={node.id} opacity={ghost ? 0.45 : 1} data-change={node.change} className="ecomap-svg__node">
            {node.change && (
              <circle
                cx={node.x}
                cy={node.y}
                r={r + 7}
                fill={ghost ? 'none' : changeStyles.began.color}
                fillOpacity={ghost ? undefined : 0.3}
                stroke={ghost ? changeStyles.ended.color : changeStyles.began.color}
                strokeWidth="2.5"
                strokeDasharray={ghost ? '2 4' : undefined}
              />
            )}
            <path
              d={shapePath(style.shape, node.x, node.y, r)}
              fill={node.anonymous ? markStyles.anonymousFill : style.fill}
              stroke={node.ring === 'centre' ? '#111' : style.border}
              strokeWidth={node.ring === 'centre' ? 3.5 : 1.8}
            />
            <text
              x={node.x}
              y={node.y + r + 15}
              textAnchor="middle"
              fontSize={node.ring === 'centre' ? 15 : 12.5}
              fontWeight={node.ring === 'centre' ? 'bold' : 'normal'}
              fill="#1f2328"
              paintOrder="stroke"
              stroke="#fff"
              strokeWidth="3"
            >
              {label.length > 16 ? `${label.slice(0, 15)}…` : label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
