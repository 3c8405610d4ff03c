/**
 * A plot described as data. Claims build PlotSpecs from their case records; the report
 * renders them (SVG in HTML, a LaTeX picture in the .tex report). No rendering here.
 */
export interface PlotPoint {
  x: number;
  y: number;
  /** Optional label shown next to the point or in a tooltip. */
  label?: string;
  /** Optional error bar (e.g. a 95% confidence interval), drawn from yLow to yHigh; both must be given. */
  yLow?: number;
  yHigh?: number;
}

export interface PlotSeries {
  name: string;
  points: PlotPoint[];
  /** How the series is drawn: a polyline, markers only, or a dashed line (bounds). */
  style: 'line' | 'points' | 'dashed' | 'bars';
}

export interface PlotAxis {
  label: string;
  log?: boolean;
}

/** A small image of values (a saliency map, a generator matrix), row-major. */
export interface Heatmap {
  label: string;
  rows: number;
  cols: number;
  values: number[];
}

export interface PlotSpec {
  /** Stable id within the claim (used for anchors and file names). */
  id: string;
  title: string;
  x: PlotAxis;
  y: PlotAxis;
  series: PlotSeries[];
  /**
   * When given, the plot is a row of heat maps (one shared, zero-centred diverging colour
   * scale) instead of axes and series; `x`, `y` and `series` are then ignored.
   */
  heatmaps?: Heatmap[];
  /** One or two sentences under the plot: what a reader should see. */
  caption?: string;
}
