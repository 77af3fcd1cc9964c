// Component tests cannot reach the canvas's Cytoscape instance through the app (the test hook is compiled out of
// this build), so the canvas component is wrapped to hand each instance it makes to the test as well. A test file
// mocks react-cytoscapejs with `captureCytoscape` and reads `canvas.cy`.
import { createElement } from 'react';
import type { Core } from 'cytoscape';
import type CytoscapeComponentType from 'react-cytoscapejs';

/** The Cytoscape instance the canvas drew last, once one is drawn. */
export const canvas: { cy: Core | null } = { cy: null };

/** The mocked module: the real canvas component, handing its instances to `canvas` before the app's own callback. */
export async function captureCytoscape(importOriginal: <T>() => Promise<T>) {
  const Real = (await importOriginal<{ default: typeof CytoscapeComponentType }>()).default;
  type Props = React.ComponentProps<typeof CytoscapeComponentType>;
  return {
    default: (props: Props) =>
      createElement(Real, {
        ...props,
        cy: (instance: Core) => {
          canvas.cy = instance;
          props.cy?.(instance);
        },
      }),
  };
}
