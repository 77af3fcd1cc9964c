// Lint rules: typescript-eslint's recommended type-aware set, React hooks, and the house rules of CONVENTIONS.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-test', 'dist-bench', 'node_modules', 'artifacts', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from datasets is rendered as React text, never as HTML.',
        },
      ],
    },
  },
  {
    // The model runs in Node, the browser and a worker: no React, no Cytoscape, no DOM-only or Node-only API.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'react', 'react-dom', 'cytoscape', 'cytoscape-*', 'react-cytoscapejs'] },
      ],
    },
  },
  {
    // Only graph-view talks to Cytoscape (the thin adapter).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/graph-view/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'cytoscape', 'cytoscape-*', 'react-cytoscapejs'] },
      ],
    },
  },
  {
    files: ['src/graph-view/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*'] }] },
  },
);
