// Charts of the monthly appraisal: how scores spread over the centre, and what one agent's score is made of.
const svgNamespace = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

// Scores fall into ten-point bands (the last band holds 100); each band's column stacks pacesetters on
// top of everyone else, so the reader sees where the top of the centre starts.
export function scoreDistribution(lines, { title, bandLabel, countLabel }) {
  const bands = Array.from({ length: 10 }, (_, index) => ({ from: index * 10, to: index * 10 + 10, others: 0, pacesetters: 0 }));
  for (const line of lines) {
    const band = bands[Math.min(9, Math.floor(Number(line.score) / 10))];
    if (line.pacesetter) band.pacesetters++;
    else band.others++;
  }
  const width = 640, height = 220, left = 36, bottom = 28, top = 14, step = (width - left - 10) / bands.length;
  const maximum = Math.max(1, ...bands.map(band => band.others + band.pacesetters));
  const y = count => top + (height - top - bottom) * (1 - count / maximum);
  const chart = svg('svg', { class: 'chart appraisal-distribution', role: 'img', viewBox: `0 0 ${width} ${height}`, width: '100%' }, svg('title', {}, title));
  bands.forEach((band, index) => {
    const x = left + index * step + 4, barWidth = step - 8;
    const total = band.others + band.pacesetters;
    const name = bandLabel(band);
    if (band.others) {
      chart.append(svg('rect', { class: 'bar', x, y: y(band.others), width: barWidth, height: y(0) - y(band.others) },
        svg('title', {}, `${name}: ${countLabel(band.others)}`)));
    }
    if (band.pacesetters) {
      chart.append(svg('rect', { class: 'bar pacesetter', x, y: y(total), width: barWidth, height: y(band.others) - y(total) },
        svg('title', {}, `${name}: ${countLabel(band.pacesetters)} ★`)));
    }
    if (total) chart.append(svg('text', { x: x + barWidth / 2, y: y(total) - 3, 'text-anchor': 'middle' }, total));
    chart.append(svg('text', { x: x + barWidth / 2, y: height - 10, 'text-anchor': 'middle' }, `${band.from}–${band.to}`));
  });
  chart.append(svg('line', { class: 'axis', x1: left, x2: width - 10, y1: y(0), y2: y(0) }));
  for (const tick of [0, Math.round(maximum / 2), maximum]) {
    chart.append(svg('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, tick));
  }
  return chart;
}

// One bar from 0 to 100: each part's share of the weighted score side by side, the complaint deduction
// hatched at the end, and a marker at the final score.
export function scoreBreakdown(parts, deduction, score, { title, format }) {
  const width = 640, height = 54, left = 4, right = 20, scale = (width - left - right) / 100;
  const chart = svg('svg', { class: 'chart score-breakdown', role: 'img', viewBox: `0 0 ${width} ${height}`, width: '100%' }, svg('title', {}, title));
  chart.append(svg('rect', { class: 'track', x: left, y: 6, width: 100 * scale, height: 22 }));
  let cursor = 0;
  for (const part of parts) {
    chart.append(svg('rect', { class: `part ${part.key}`, x: left + cursor * scale, y: 6, width: Math.max(0, part.points * scale), height: 22 },
      svg('title', {}, `${part.name}: ${format(part.points)}`)));
    cursor += part.points;
  }
  if (deduction > 0) {
    const taken = Math.min(deduction, cursor);
    chart.append(svg('rect', { class: 'part deduction', x: left + (cursor - taken) * scale, y: 6, width: taken * scale, height: 22 },
      svg('title', {}, `−${format(deduction)}`)));
  }
  chart.append(svg('line', { class: 'score-marker', x1: left + score * scale, x2: left + score * scale, y1: 2, y2: 32 }));
  for (const tick of [0, 25, 50, 75, 100]) {
    chart.append(svg('text', { x: left + tick * scale, y: 46, 'text-anchor': tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle' }, tick));
  }
  return chart;
}
