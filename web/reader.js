/* global document, location, Element */
// Reader: clicking an event highlights its evidence in the text and scrolls to it.

/** Highlights the evidence of event `i` (or clears when i is null). */
export function highlight(i) {
  for (const m of document.querySelectorAll('mark.ev.on')) m.classList.remove('on');
  for (const b of document.querySelectorAll('button.event')) b.setAttribute('aria-pressed', String(b.dataset.ev === i));
  if (i === null) return [];
  const marks = [...document.querySelectorAll('mark.ev')].filter((m) => m.dataset.ev === i);
  for (const m of marks) m.classList.add('on');
  return marks;
}

export function start() {
  let current = null;
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button.event') : null;
    if (!button) return;
    current = current === button.dataset.ev ? null : button.dataset.ev;
    const marks = highlight(current);
    if (marks.length) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
  const m = /^#ev-(\d+)$/.exec(location.hash);
  if (m) {
    current = m[1];
    highlight(current)[0]?.scrollIntoView({ block: 'center' });
  }
}
