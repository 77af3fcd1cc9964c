// The one place the raw reference page takes Dossier's own drawing parts from: the same stylesheet and elements.
// (If the app renames these exports, only this file changes.)
export { buildStylesheet } from '../../src/graph-view/stylesheet';
export { buildElements } from '../../src/graph-view/elements';
