import { api } from './api.js';
import { h } from './dom.js';

// The coverage heatmap is an SVG the API draws and guards with the caller's token, so the browser cannot
// load it by address. Fetched with the token, it is shown as an image from a data: URL: the page's policy
// already allows those, and an SVG shown as an image can never run script or reach the page.
export async function heatmapImage(rosterId, altText) {
  const svg = await api(`/api/scheduling/rosters/${encodeURIComponent(rosterId)}/heatmap.svg`, { headers: { Accept: 'image/svg+xml, application/problem+json' } });
  return h('img', {
    class: 'heatmap',
    alt: altText,
    'data-heatmap': rosterId,
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
  });
}
