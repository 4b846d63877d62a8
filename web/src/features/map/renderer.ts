/** Which Cytoscape renderer a map uses, and the first-paint mark that `npm run bench` and the browser tests read. */

/** Maps above this many elements draw with the WebGL renderer (no dashes) on a graphics card, unless ?renderer= says. */
const webglThreshold = 3000;
/** Maps above this many elements move as a snapshot while panning and zooming (the canvas renderer). */
export const largeMap = 2000;

/**
 * Whether this browser draws WebGL on a graphics card. A software WebGL (SwiftShader, llvmpipe) is slower than the
 * canvas renderer with snapshot panning (`npm run bench`, map section), so it does not count.
 */
function hardwareWebgl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    return !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

export function chooseRenderer(elements: number): boolean {
  const asked = new URLSearchParams(window.location.search).get('renderer');
  if (asked === 'canvas') return false;
  if (asked === 'webgl') return true;
  return elements > webglThreshold && hardwareWebgl();
}

/** The time from navigation to the first frame of the map, for `npm run bench` and the browser tests. */
export function recordFirstPaint(elements: number, webgl: boolean) {
  const at = performance.now();
  performance.mark('tsunagari:map-first-paint');
  (window as unknown as { __tsunagariMap?: object }).__tsunagariMap = { firstPaintMs: at, elements, webgl };
}
