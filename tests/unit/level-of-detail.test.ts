// The renderer's level of detail: a document-sized graph stays crisp while the camera moves; a case file's pans a
// picture of itself until the view rests.
import { describe, expect, it } from 'vitest';
import { levelOfDetail, SNAPSHOT_FROM_ELEMENTS } from '../../src/graph-view/level-of-detail';

describe('levelOfDetail', () => {
  it('redraws the MI6 graph (85 entities, 140 relations) crisp on every frame of a pan', () => {
    expect(levelOfDetail(85, 140).snapshotOnMotion).toBe(false);
  });

  it('fades the rest of the MI6 graph on a selection, but only marks the neighbourhood in a 1,000-entity graph', () => {
    expect(levelOfDetail(85, 140).fadeOnSelect).toBe(true);
    expect(levelOfDetail(1000, 2000).fadeOnSelect).toBe(false);
  });

  it('sizes and places the names of the MI6 graph for each view, and leaves a 1,000-entity graph to Cytoscape', () => {
    expect(levelOfDetail(85, 140).placeLabels).toBe(true);
    expect(levelOfDetail(1000, 2000).placeLabels).toBe(false);
  });

  it('pans and zooms a picture of a 1,000-entity graph with 2,000 relations, of 5,000 / 10,000 and of larger ones', () => {
    expect(levelOfDetail(1000, 2000).snapshotOnMotion).toBe(true);
    expect(levelOfDetail(5000, 10_000).snapshotOnMotion).toBe(true);
    expect(levelOfDetail(20_000, 40_000).snapshotOnMotion).toBe(true);
  });

  it('switches at 1,500 elements, nodes and edges counted together', () => {
    expect(levelOfDetail(500, SNAPSHOT_FROM_ELEMENTS - 501).snapshotOnMotion).toBe(false);
    expect(levelOfDetail(500, SNAPSHOT_FROM_ELEMENTS - 500).snapshotOnMotion).toBe(true);
  });
});
