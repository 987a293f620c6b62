// Small SVG charts drawn from data; each has a <title> per mark so values read on hover and by screen readers.
const svgNamespace = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

// Horizontal bars, one per item; a bar is drawn as over when `over` says so, or when it passes the limit line.
export function barChart(items, { label, value, limit, over, format = String, title }) {
  const rowHeight = 22, labelWidth = 170, width = 640, chartWidth = width - labelWidth - 60;
  const maximum = Math.max(1, limit ?? 0, ...items.map(value));
  const scale = chartWidth / maximum;
  const chart = svg('svg', { class: 'chart', role: 'img', viewBox: `0 0 ${width} ${items.length * rowHeight + 24}`, width: '100%' },
    svg('title', {}, title ?? ''));
  items.forEach((item, index) => {
    const y = index * rowHeight + 4;
    const amount = value(item);
    chart.append(
      svg('text', { x: labelWidth - 6, y: y + 14, 'text-anchor': 'end' }, label(item)),
      svg('rect', { class: (over ? over(item) : limit !== undefined && amount > limit) ? 'bar over' : 'bar', x: labelWidth, y, height: rowHeight - 6, width: Math.max(1, amount * scale) },
        svg('title', {}, `${label(item)}: ${format(amount)}`)),
      svg('text', { x: labelWidth + amount * scale + 4, y: y + 14 }, format(amount)));
  });
  if (limit !== undefined) {
    const x = labelWidth + limit * scale;
    chart.append(svg('line', { class: 'limit', x1: x, x2: x, y1: 0, y2: items.length * rowHeight + 4 }),
      svg('text', { x: x + 2, y: items.length * rowHeight + 18 }, format(limit)));
  }
  return chart;
}

// A line over ordered points, e.g. a team's monthly QA average.
export function lineChart(points, { label, value, format = String, title, minimum = 0, maximum = 100 }) {
  const width = 640, height = 220, left = 40, bottom = 30, top = 10;
  const step = points.length > 1 ? (width - left - 20) / (points.length - 1) : 0;
  const y = amount => top + (height - top - bottom) * (1 - (amount - minimum) / Math.max(1e-9, maximum - minimum));
  const chart = svg('svg', { class: 'chart', role: 'img', viewBox: `0 0 ${width} ${height}`, width: '100%' }, svg('title', {}, title ?? ''));
  const path = points.map((point, index) => `${index ? 'L' : 'M'}${left + index * step},${y(value(point))}`).join(' ');
  chart.append(svg('path', { class: 'line', d: path }));
  points.forEach((point, index) => {
    chart.append(
      svg('circle', { cx: left + index * step, cy: y(value(point)), r: 4, fill: 'currentColor' }, svg('title', {}, `${label(point)}: ${format(value(point))}`)),
      svg('text', { x: left + index * step, y: height - 10, 'text-anchor': 'middle' }, label(point)));
  });
  for (const tick of [minimum, (minimum + maximum) / 2, maximum]) {
    chart.append(svg('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, format(tick)));
  }
  return chart;
}
