// How a calibration's evaluators split on one criterion: one bar, met / not met / N/A side by side.
const svgNamespace = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

export function outcomeSplit(spread, names) {
  const total = spread.met + spread.notMet + spread.notApplicable;
  const width = 180, height = 18;
  const chart = svg('svg', { class: 'outcome-split', role: 'img', viewBox: `0 0 ${width} ${height}`, width, height },
    svg('title', {}, `${names.met} ${spread.met} · ${names.notMet} ${spread.notMet} · ${names.notApplicable} ${spread.notApplicable}`));
  let x = 0;
  for (const [key, count] of [['met', spread.met], ['not-met', spread.notMet], ['not-applicable', spread.notApplicable]]) {
    if (!count) continue;
    const part = width * count / Math.max(1, total);
    chart.append(svg('rect', { class: `split ${key}`, x, y: 0, width: part, height }),
      svg('text', { x: x + part / 2, y: 13, 'text-anchor': 'middle' }, count));
    x += part;
  }
  return chart;
}
