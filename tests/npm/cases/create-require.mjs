// module.createRequire from ESM: require CJS packages, package JSON files and
// resolve paths; compare with what import gives for the same packages.
import { createRequire, builtinModules, isBuiltin } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const rel = (p) => path.relative(process.cwd(), p);
console.log(require('lodash/package.json').version, require('typescript/package.json').name, require('../package.json').name);
console.log(rel(require.resolve('lodash')), rel(require.resolve('zod')), rel(require.resolve('immer')), rel(require.resolve('date-fns/locale')));
console.log(rel(require.resolve('uuid')), rel(require.resolve('yargs')), rel(require.resolve('#fixture-lib')));
console.log(require.resolve('node:fs'), require.resolve('fs'), isBuiltin('node:test'), isBuiltin('test'), builtinModules.includes('fs'));
const semverViaRequire = require('semver');
const semverViaImport = (await import('semver')).default;
console.log('same CJS instance for require and import', semverViaRequire === semverViaImport);
const { z } = require('zod');
const { z: zEsm } = await import('zod');
console.log('dual package: different instances (require vs import)', z === zEsm, typeof z.string, typeof zEsm.string);
console.log(require.resolve.paths('lodash').slice(0, 3).map(rel));
const draft7 = require('ajv/dist/refs/json-schema-draft-07.json');
console.log(draft7.$schema, Object.keys(draft7.definitions));
const req2 = createRequire(new URL('../node_modules/express/', import.meta.url));
console.log(rel(req2.resolve('path-to-regexp')), req2('path-to-regexp').length);
