// Types for cytoscape-svg, which ships none: an extension registered with cytoscape.use (it adds cy.svg()).
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const register: Ext;
  export default register;
}
