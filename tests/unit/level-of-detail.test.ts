// The renderer's level of detail: a document-sized graph stays crisp while the camera moves; a case file's pans a
// snapshot of itself.
import { describe, expect, it } from 'vitest';
import { levelOfDetail } from '../../src/graph-view/level-of-detail';

describe('levelOfDetail', () => {
  it('redraws the MI6 graph (85 entities, 140 relations) crisp on every frame of a pan', () => {
    expect(levelOfDetail(85, 140).textureOnViewport).toBe(false);
  });

  it('fades the rest of the MI6 graph on a selection, but only marks the neighbourhood in a 1,000-entity graph', () => {
    expect(levelOfDetail(85, 140).fadeOnSelect).toBe(true);
    expect(levelOfDetail(1000, 2000).fadeOnSelect).toBe(false);
  });

  it('sizes and places the names of the MI6 graph for each view, and leaves a 1,000-entity graph to Cytoscape', () => {
    expect(levelOfDetail(85, 140).placeLabels).toBe(true);
    expect(levelOfDetail(1000, 2000).placeLabels).toBe(false);
  });

  it('pans and zooms a snapshot of a 1,000-entity graph with 2,000 relations, and of larger ones', () => {
    expect(levelOfDetail(1000, 2000).textureOnViewport).toBe(true);
    expect(levelOfDetail(20_000, 40_000).textureOnViewport).toBe(true);
  });
});
