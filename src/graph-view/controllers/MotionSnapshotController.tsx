// Controller: a large graph's pan and zoom move a picture of the canvas until the view rests (motion-snapshot.ts).
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { snapshotDuringMotion } from '../motion-snapshot';

export function MotionSnapshotController({ cy, headless }: { cy: Core; headless: boolean }) {
  // Headless Cytoscape (the component tests) has no canvas to copy.
  useEffect(() => (headless ? undefined : snapshotDuringMotion(cy)), [cy, headless]);
  return null;
}
