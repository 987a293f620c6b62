// An agent's evaluation scores, oldest first, one column each: red when a red line zeroed it, amber
// below the pass mark, green at or above it, so a run of weak scores stands out at a glance.
const svgNamespace = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

export function evaluationScores(evaluations, { title, passMark, describe, format }) {
  const width = 640, height = 200, left = 36, right = 12, top = 16, bottom = 24;
  const slot = Math.min(56, (width - left - right) / Math.max(1, evaluations.length));
  const y = score => top + (height - top - bottom) * (1 - score / 100);
  const chart = svg('svg', { class: 'chart evaluation-scores', role: 'img', viewBox: `0 0 ${width} ${height}`, width: '100%' }, svg('title', {}, title));
  for (const tick of [0, 50, 100]) {
    chart.append(svg('line', { class: 'grid-line', x1: left, x2: width - right, y1: y(tick), y2: y(tick) }),
      svg('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, tick));
  }
  chart.append(svg('line', { class: 'limit', x1: left, x2: width - right, y1: y(passMark), y2: y(passMark) }),
    svg('text', { x: width - right, y: y(passMark) - 4, 'text-anchor': 'end' }, passMark));
  evaluations.forEach((evaluation, index) => {
    const score = Number(evaluation.score);
    const x = left + index * slot + slot * 0.2, barWidth = slot * 0.6;
    const kind = evaluation.autoFailed ? 'failed' : score >= passMark ? 'passed' : 'short';
    chart.append(
      svg('rect', { class: `bar ${kind}`, x, y: y(Math.max(score, 1)), width: barWidth, height: y(0) - y(Math.max(score, 1)) }, svg('title', {}, describe(evaluation))),
      svg('text', { x: x + barWidth / 2, y: y(Math.max(score, 1)) - 3, 'text-anchor': 'middle' }, format(score)),
      svg('text', { x: x + barWidth / 2, y: height - 8, 'text-anchor': 'middle' }, index + 1));
  });
  return chart;
}
