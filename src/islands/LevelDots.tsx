import type { LevelDistribution } from '../lib/cohort.ts';

const CELL = 40;
const HEIGHT = 32;
const MAX_RADIUS = 14;

/**
 * A dot plot of one instrument's latest ratings: a row per dimension, a dot per level whose area is the share of the
 * participants who rated the dimension at that level. A picture of the table below it, which carries the figures,
 * so the plot is hidden from screen readers.
 */
export default function LevelDots({ rows }: { rows: LevelDistribution[] }) {
  return (
    <div class="level-dots" aria-hidden="true">
      <div class="level-dots-row level-dots-scale">
        <span />
        <svg viewBox={`0 0 ${CELL * 5} ${HEIGHT / 2}`} focusable="false">
          {[1, 2, 3, 4, 5].map((level) => (
            <text x={CELL * (level - 0.5)} y={HEIGHT / 2 - 3} text-anchor="middle">
              {level}
            </text>
          ))}
        </svg>
      </div>
      {rows.map((row) => (
        <div class="level-dots-row">
          <span class="level-dots-name">{row.name}</span>
          <svg viewBox={`0 0 ${CELL * 5} ${HEIGHT}`} focusable="false">
            <line class="level-dots-axis" x1={CELL / 2} x2={CELL * 4.5} y1={HEIGHT / 2} y2={HEIGHT / 2} />
            {row.counts.map((count, i) =>
              count > 0 ? (
                <circle
                  class="level-dots-dot"
                  cx={CELL * (i + 0.5)}
                  cy={HEIGHT / 2}
                  r={Math.max(2.5, MAX_RADIUS * Math.sqrt(count / row.rated))}
                />
              ) : (
                <circle class="level-dots-none" cx={CELL * (i + 0.5)} cy={HEIGHT / 2} r={1.5} />
              ),
            )}
          </svg>
        </div>
      ))}
    </div>
  );
}
