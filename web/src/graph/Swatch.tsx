/** Small drawings of a node kind or a tie category for legends, from the same tokens as the map's stylesheet. */
import type { EdgeCategory } from '../models/network';
import { shapePath } from '../models/svgScene';
import type { NodeKind, Strength } from '../models/vocabulary';
import {
  categoryStyles,
  changeStyles,
  type KindMark,
  kindStyles,
  markedKind,
  markStyles,
  strengthStyles,
  tierStyles,
} from './stylesheet';

export function KindSwatch({ kind, mark }: { kind: NodeKind; mark?: KindMark }) {
  const style = kindStyles[kind];
  const { fill, stroke, strokeWidth: width } = markedKind(kind, mark);
  return (
    <svg className="swatch" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      {mark === 'isolated' && <circle cx="11" cy="11" r="10.5" fill={markStyles.isolated} opacity="0.2" />}
      <path d={shapePath(style.shape, 11, 11, 7)} fill={fill} stroke={stroke} strokeWidth={width} />
      {mark === 'minsei' && (
        <path d={shapePath(style.shape, 11, 11, 4.8)} fill="none" stroke={style.border} strokeWidth="1" />
      )}
    </svg>
  );
}

export function TierSwatch({ tier }: { tier: 1 | 2 | 3 }) {
  const style = tierStyles[tier];
  return (
    <svg className="swatch" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <rect x="2" y="4" width="18" height="14" rx="3" fill={style.fill} stroke={style.border} strokeWidth="2" />
    </svg>
  );
}

export function CategorySwatch({ category, ended = false }: { category: EdgeCategory; ended?: boolean }) {
  const style = categoryStyles[category];
  return (
    <svg className="swatch swatch--line" width="34" height="22" viewBox="0 0 34 22" aria-hidden="true">
      <line
        x1="2"
        y1="11"
        x2="32"
        y2="11"
        stroke={style.color}
        strokeWidth={style.width + 0.5}
        strokeDasharray={style.dashed ? '6 4' : ended ? '2 3' : undefined}
        opacity={ended ? 0.5 : 1}
      />
    </svg>
  );
}

/** A tie that began or ended between two compared days, as the map draws it. */
export function ChangeSwatch({ change }: { change: keyof typeof changeStyles }) {
  const style = changeStyles[change];
  return (
    <svg className="swatch swatch--line" width="34" height="22" viewBox="0 0 34 22" aria-hidden="true">
      <line
        x1="2"
        y1="11"
        x2="32"
        y2="11"
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={style.dotted ? '2 3' : undefined}
      />
    </svg>
  );
}

/** The ecomap's line for a strength: solid, thick, dashed, or hatched (stressful). */
export function StrengthLine({
  strength,
  x1,
  y1,
  x2,
  y2,
  color = '#333',
}: {
  strength: Strength;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color?: string;
}) {
  const style = strengthStyles[strength];
  const stroke = style.color ?? color;
  const line = (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke={stroke}
      strokeWidth={style.width}
      strokeDasharray={style.pattern === 'dashed' ? '7 5' : undefined}
      strokeLinecap="round"
    />
  );
  if (style.pattern !== 'hatched') return line;
  // hatches across the line every 9 units: the hand-drawn sign of a stressful relationship
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const ticks = [];
  for (let at = 8; at < length - 6; at += 9) {
    const cx = x1 + ux * at;
    const cy = y1 + uy * at;
    ticks.push(
      <line
        key={at}
        x1={cx - uy * 5 - ux * 2}
        y1={cy + ux * 5 - uy * 2}
        x2={cx + uy * 5 + ux * 2}
        y2={cy - ux * 5 + uy * 2}
        stroke={stroke}
        strokeWidth="1.6"
      />,
    );
  }
  return (
    <g>
      {line}
      {ticks}
    </g>
  );
}

export function StrengthSwatch({ strength }: { strength: Strength }) {
  return (
    <svg className="swatch swatch--line" width="44" height="22" viewBox="0 0 44 22" aria-hidden="true">
      <StrengthLine strength={strength} x1={3} y1={11} x2={41} y2={11} />
    </svg>
  );
}
