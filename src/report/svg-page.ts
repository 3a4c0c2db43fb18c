// The page Chromium opens to draw diagrams: its HTML, its script, and the test that it is ready.

/**
 * The page's own code, written to a file beside the page: it imports Mermaid and draws
 * diagrams when asked. Kept as text because it runs in the browser, where no build step or
 * test transform may rewrite its `import()`.
 */
export const pageScript = (mermaidUrl: string): string => `
// Mermaid deep-copies its whole configuration (~700 properties) on every getConfig(), which
// its flowchart renderer calls for each node and edge, defining each property with
// Object.defineProperty: that is a third of the time it spends drawing. For the one case it
// uses (a writable, enumerable, configurable value on an ordinary extensible object that has
// no property of that name, own or inherited) plain assignment makes exactly the same
// property, in the same order, several times faster. Every other call is left as it was.
const defineProperty = Object.defineProperty;
Object.defineProperty = function (object, key, descriptor) {
  if (
    typeof key === 'string' && descriptor !== null && typeof descriptor === 'object' &&
    descriptor.writable === true && descriptor.enumerable === true && descriptor.configurable === true &&
    !('get' in descriptor) && !('set' in descriptor) &&
    Object.getPrototypeOf(object) === Object.prototype && Object.isExtensible(object) && !(key in object)
  ) {
    object[key] = descriptor.value;
    return object;
  }
  return defineProperty(object, key, descriptor);
};

const mermaidLoaded = import(${JSON.stringify(mermaidUrl)}).then(({ default: mermaid }) => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true, theme: 'default' });
  return mermaid;
});
window.mlsys = {
  ready: mermaidLoaded.then(() => true),
  async render(diagrams) {
    const mermaid = await mermaidLoaded;
    const container = document.getElementById('diagram');
    const drawn = [];
    for (const diagram of diagrams) {
      try {
        const { svg } = await mermaid.render(diagram.id, diagram.source);
        container.innerHTML = svg;
        // A standalone .svg file must be XML: serialise the element rather than keep Mermaid's HTML string.
        drawn.push({ svg: new XMLSerializer().serializeToString(container.querySelector('svg')) });
      } catch (error) {
        drawn.push({ error: error instanceof Error ? error.message : String(error) });
      } finally {
        container.innerHTML = '';
      }
    }
    return drawn;
  },
};
`;

// The page may run scripts only from files (its own and Mermaid's), inline styles (Mermaid's
// SVG carries its CSS) and data: images; it may fetch nothing, so a diagram cannot reach out.
export const PAGE = [
  '<!doctype html><html><head><meta charset="utf-8">',
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src file:; style-src 'unsafe-inline'; img-src data:; ` +
    `font-src data:">`,
  '<script type="module" src="render.mjs"></script>',
  '</head><body><div id="diagram"></div></body></html>',
].join('');

// Waits for the page's script to run, then for Mermaid to load.
export const WHEN_READY =
  'new Promise((resolve, reject) => { const wait = () => (window.mlsys ? window.mlsys.ready.then(resolve, reject) : setTimeout(wait, ' +
    '5)); wait(); })';
