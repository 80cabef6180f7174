#!/usr/bin/env node
// Writes tests/data/html-entities.json, the table of every HTML5 named character reference
// (2,125 with a semicolon, 106 legacy ones also without), from the npm package `entities`
// 3.0.1, whose lib/maps hold the WHATWG list as JSON. Run it from anywhere with the package
// installed outside the repository:
//   npm install --prefix /tmp/entities entities@3.0.1
//   scripts/make-entity-fixture.js /tmp/entities/node_modules/entities
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: make-entity-fixture.js PATH/TO/node_modules/entities');
  process.exit(2);
}
const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
const named = JSON.parse(fs.readFileSync(path.join(dir, 'lib/maps/entities.json'), 'utf8'));
const legacy = JSON.parse(fs.readFileSync(path.join(dir, 'lib/maps/legacy.json'), 'utf8'));
const sorted = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
const out = {
  source: `npm entities ${version} (lib/maps/entities.json, lib/maps/legacy.json)`,
  // "&name;" means the characters; the legacy names mean them without the semicolon too.
  named: sorted(named),
  legacy: sorted(legacy),
};
const target = path.join(__dirname, '..', 'tests', 'data', 'html-entities.json');
fs.writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`${target}: ${Object.keys(named).length} named, ${Object.keys(legacy).length} legacy`);
