// eslint-import-resolver (interface v2) for eslint-plugin-boundaries: the `@/` alias of tsconfig and
// vite.config.ts, then Node's resolution with TypeScript extensions, so boundaries see real file paths.
'use strict';
const path = require('node:path');
const node = require('eslint-import-resolver-node');

const src = path.resolve(__dirname, '../../src');
const extensions = ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'];

exports.interfaceVersion = 2;

exports.resolve = function resolve(source, file) {
  const target = source.startsWith('@/') ? path.join(src, source.slice(2)) : source;
  return node.resolve(target, file, { extensions });
};
