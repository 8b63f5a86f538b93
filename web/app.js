/* global document */
// khabar web UI entry: runs the module of the current page (body[data-page]).
const modules = {
  reader: () => import('/static/reader.js'),
  pair: () => import('/static/timeline.js'),
  graph: () => import('/static/graph.js'),
};

const load = modules[document.body.dataset.page];
if (load) {
  load().then((m) => m.start(document.body.dataset)).catch((err) => {
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = `This page's script failed: ${err.message}`;
    document.querySelector('main')?.prepend(p);
  });
}
