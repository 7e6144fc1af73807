// Importing CommonJS packages from ESM: named exports come from static analysis
// of the CJS source (cjs-module-lexer); the default export is module.exports.
import qs, { parse, stringify } from 'qs';
import { satisfies, SemVer } from 'semver';
import express, { Router, json } from 'express';
import { useState, createElement } from 'react';
import { match } from 'path-to-regexp';
import { Command } from 'commander';
import * as lodashNs from 'lodash';
import * as cookieNs from 'cookie';
import * as mimeTypesNs from 'mime-types';

console.log(parse('a=1&b[c]=2'), stringify({ x: [1, 2] }), qs.parse === parse);
console.log(satisfies('1.2.3', '^1'), new SemVer('2.0.0').major, typeof express, typeof Router, typeof json);
console.log(typeof useState, typeof createElement, typeof match, typeof Command);
console.log('lodash namespace', Object.keys(lodashNs), typeof lodashNs.default.map);
console.log('cookie namespace', Object.keys(cookieNs).sort());
console.log('mime-types namespace', Object.keys(mimeTypesNs).sort());
for (const name of ['express', 'react', 'debug', 'semver', 'ms', 'dotenv', 'bluebird', 'jsonwebtoken', 'immutable']) {
  const ns = await import(name);
  console.log(name, Object.keys(ns).sort().join(','));
}
try {
  await import('../fixtures/bad-named-import.mjs');
} catch (e) {
  console.log(e.name, e.message.split('\n')[0]);
}
