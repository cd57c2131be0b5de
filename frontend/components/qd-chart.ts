/**
 * <qd-chart>: a small wrapper around Chart.js 4 for Quizdeck's dashboards.
 *
 * The server (com.quizdeck.dashboard.ui.Chart) sets one property, `spec`, a JSON string:
 *   { kind: 'bar' | 'line', labels: string[], series: [{ label, values: (number|null)[] }],
 *     xTitle?, yTitle?, yMax?, stacked?, description }
 * The canvas is an image with the description as its accessible name; the same numbers are also
 * rendered by the server as a table next to the chart (the text alternative).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement,
  Tooltip, Legend, Filler);

interface Series {
  label: string;
  values: (number | null)[];
  colour?: string | null;
}

interface Spec {
  kind: 'bar' | 'line';
  labels: string[];
  series: Series[];
  xTitle?: string;
  yTitle?: string;
  yMax?: number;
  stacked?: boolean;
  description: string;
}

// Lumo-friendly colours with enough contrast on white; series also differ by point style and dash.
const COLOURS = ['#1a5fb4', '#c64600', '#26734d', '#813d9c', '#5e5c64'];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 2]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star'] as const;

class QdChart extends HTMLElement {
  private chart?: Chart;
  private canvas: HTMLCanvasElement;
  private specValue?: Spec;

  constructor() {
    super();
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
  }

  connectedCallback() {
    if (!this.canvas.isConnected) {
      this.style.display = 'block';
      this.style.position = 'relative';
      this.appendChild(this.canvas);
    }
    this.render();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  set spec(json: string) {
    try {
      this.specValue = JSON.parse(json) as Spec;
    } catch {
      this.specValue = undefined;
    }
    this.render();
  }

  get spec(): string {
    return JSON.stringify(this.specValue ?? null);
  }

  private render() {
    const spec = this.specValue;
    if (!spec || !this.isConnected) {
      return;
    }
    this.canvas.setAttribute('aria-label', spec.description);
    this.chart?.destroy();
    const datasets = spec.series.map((s, i) => {
      const colour = s.colour ?? COLOURS[i % COLOURS.length];
      return {
        label: s.label,
        data: s.values,
        backgroundColor: spec.kind === 'bar' ? colour + 'cc' : colour,
        borderColor: colour,
        borderWidth: spec.kind === 'bar' ? 1 : 2,
        borderDash: spec.kind === 'line' ? DASHES[i % DASHES.length] : undefined,
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: spec.kind === 'line' ? 4 : undefined,
        spanGaps: true,
      };
    });
    this.chart = new Chart(this.canvas, {
      type: spec.kind,
      data: { labels: spec.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: spec.series.length > 1, labels: { usePointStyle: true } },
          tooltip: { enabled: true },
        },
        scales: {
          x: {
            stacked: !!spec.stacked,
            title: { display: !!spec.xTitle, text: spec.xTitle ?? '' },
            ticks: {
              color: '#333',
              // Long category names (deck titles) are cut here; the table view has them in full.
              callback(value) {
                const label = String(this.getLabelForValue(Number(value)));
                return label.length > 24 ? label.slice(0, 23) + '…' : label;
              },
            },
          },
          y: {
            stacked: !!spec.stacked,
            beginAtZero: true,
            max: spec.yMax,
            title: { display: !!spec.yTitle, text: spec.yTitle ?? '' },
            ticks: { color: '#333', precision: 0 },
          },
        },
      },
    });
  }
}

if (!customElements.get('qd-chart')) {
  customElements.define('qd-chart', QdChart);
}
