/**
 * A chart's downloads and link, made in the browser on click (loaded on intent by
 * ChartDownloadsScript.astro). CSV and JSON come from the chart's frame — its caption and data
 * table on a page, or the document the compare tool embeds — written by the same functions the
 * tests check (src/lib/charts/downloads.ts); SVG is the drawing on the page made standalone (its
 * size fixed, the page's computed colours and fonts written onto each mark); PNG is that SVG
 * painted on a canvas at twice the size. The only request is the site's small sources file, for
 * the JSON's source details, fetched once.
 */
import { copyText, saveFile } from '@/components/islands/compare/browser';
import {
  chartCsv,
  chartFileName,
  chartJson,
  readChartFrame,
  readEmbeddedChartDocument,
  type ChartDocument,
  type CitedSource,
} from '@/lib/charts/downloads';
import { SOURCES_JSON } from '@/lib/downloads/paths';
import { href } from '@/lib/site/urls';

let sources: Promise<Record<string, CitedSource>> | undefined;
const siteSources = () =>
  (sources ??= fetch(href(SOURCES_JSON))
    .then((response) => {
      if (!response.ok) throw new Error(`${SOURCES_JSON}: ${response.status}`);
      return response.json() as Promise<Record<string, CitedSource>>;
    })
    .catch((error: unknown) => {
      sources = undefined; // a later click tries again
      throw error;
    }));

/**
 * The chart's document: embedded by the compare tool, else read from the frame's caption and table
 * (with the sources' details for the JSON; the CSV, rows only, needs no request).
 */
async function documentOf(frame: HTMLElement, figure: HTMLElement, format: 'csv' | 'json'): Promise<ChartDocument> {
  const embedded = frame.querySelector('script[data-chart-document]')?.textContent;
  if (embedded) return readEmbeddedChartDocument(embedded);
  return readChartFrame(figure, format === 'json' ? await siteSources() : undefined);
}

/** Presentation properties copied from the page's CSS onto the SVG's elements. */
const STYLED = ['fill', 'stroke', 'stroke-width', 'font-family', 'font-size', 'font-weight', 'font-style'] as const;

/** The chart's SVG as a standalone document: what the page shows, at the size it is shown. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = copies[i]!;
    for (const property of STYLED) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  for (const attribute of ['aria-labelledby', 'aria-describedby']) copy.removeAttribute(attribute);
  const title = svg.ownerDocument.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent;
  if (title) {
    const element = copy.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
    element.textContent = title;
    copy.prepend(element);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** The SVG painted on a canvas (twice the size, on the page's background colour) as a PNG. */
async function pngOf(svg: SVGSVGElement): Promise<Blob> {
  const text = standaloneSvg(svg);
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const context = canvas.getContext('2d')!;
    context.fillStyle =
      getComputedStyle(svg.closest('[data-chart-frame]') ?? document.body).backgroundColor || '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('No PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Acts on a click of one of a chart's controls. */
export async function handle(control: HTMLElement): Promise<void> {
  const frame = control.closest<HTMLElement>('[data-chart-downloads]');
  const figure = control.closest<HTMLElement>('[data-chart-frame]');
  if (!frame || !figure) return;
  const status = frame.querySelector<HTMLElement>('[data-chart-status]');
  const say = (text: string) => status && (status.textContent = text);
  const [kind = '', id = figure.id] = (frame.dataset.page ?? '').split('/');
  const base = chartFileName({ kind, id }, figure.dataset.chartId ?? figure.id, '').slice(0, -1);
  if (control.hasAttribute('data-chart-copy-link')) {
    const link = `${location.origin}${location.pathname}${location.search}#${figure.id}`;
    if (await copyText(link)) say('Link to this chart copied.');
    else {
      location.hash = figure.id;
      say('Could not copy the link: the address bar now shows it.');
    }
    return;
  }
  const svg = figure.querySelector<SVGSVGElement>('[data-chart-drawing] svg');
  const format = control.dataset.chartDownload;
  if (format === 'csv' || format === 'json') {
    let data: ChartDocument;
    try {
      data = await documentOf(frame, figure, format);
    } catch {
      // The sources file did not load (offline, say): the link's own target, the page's full data file, instead.
      say(
        'Could not make the file here: the page’s full data file, which holds this chart’s rows, is downloaded instead.',
      );
      if (control instanceof HTMLAnchorElement) {
        // A plain copy of the link (the page's click handler only takes chart controls): the browser downloads it.
        const link = document.createElement('a');
        link.href = control.href;
        link.download = control.getAttribute('download') ?? '';
        link.click();
      }
      return;
    }
    if (format === 'csv') saveFile(chartCsv(data), 'text/csv;charset=utf-8', `${base}.csv`);
    else saveFile(chartJson(data), 'application/json', `${base}.json`);
  } else if (format === 'svg' && svg) saveFile(standaloneSvg(svg), 'image/svg+xml', `${base}.svg`);
  else if (format === 'png' && svg) saveFile(await pngOf(svg), 'image/png', `${base}.png`);
  say(`Downloaded ${format?.toUpperCase()}.`);
}
