// The canvas's zoom buttons: in, out, and fit what is drawn.
import type { Core } from 'cytoscape';
import { fitVisible, zoomAboutCentre } from './camera';

export function ZoomButtons({ cy }: { cy: Core | null }) {
  return (
    // A group, not a toolbar: a toolbar promises arrow-key movement between its buttons; these take Tab.
    <div className="canvas-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        onClick={() => cy && zoomAboutCentre(cy, 1.25)}
        aria-label="Zoom in"
        title="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => cy && zoomAboutCentre(cy, 0.8)}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
      <button
        type="button"
        onClick={() => cy && fitVisible(cy)}
        aria-label="Fit graph to view"
        title="Fit graph to view"
      >
        Fit
      </button>
    </div>
  );
}
