// Over the canvas while a big graph's overview is computed in its worker: how far it got, and a Stop that keeps
// the layout reached so far (every node placed), so a user never waits on a layout they are happy with.
import type { AtScaleRun } from './layouts';

export function LayoutProgress({ run, entities }: { run: AtScaleRun; entities: number }) {
  const { done, total } = run.progress;
  return (
    <div className="layout-progress" role="status" aria-live="polite">
      <label>
        Laying out {entities.toLocaleString('en')} entities…{' '}
        <progress max={total} value={done}>
          {Math.round((done / total) * 100)}%
        </progress>
      </label>
      <button type="button" onClick={run.stop}>
        Stop here
      </button>
    </div>
  );
}
