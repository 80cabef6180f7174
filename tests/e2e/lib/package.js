// Exports fixture courses to packages with the real CLI (CW_CLI, set by tests/CMakeLists.txt):
//   coursewright-cli load COURSE.json X.cwcourse --assets MEDIA --force
//   coursewright-cli export X.cwcourse --format html --out DIR --force
// (or another --format, with its options in the course's exportSettings property).
'use strict';
const {execFileSync} = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
const SCRATCH = process.env.CW_E2E_SCRATCH || path.join(os.tmpdir(), 'coursewright-e2e');
const SCREENSHOTS = process.env.CW_E2E_SCREENSHOTS || path.join(SCRATCH, 'screenshots');

const COURSES = {
  sample: {json: path.join(ROOT, 'templates/starters/sample/course.json'), media: path.join(ROOT, 'templates/starters/sample/assets')},
  'every-kind': {json: path.join(FIXTURES, 'every-kind.json'), media: path.join(FIXTURES, 'media')},
  'scorm-modules': {json: path.join(FIXTURES, 'scorm-modules.json'), media: path.join(FIXTURES, 'media')},
  xss: {json: path.join(FIXTURES, 'xss.json'), media: path.join(FIXTURES, 'media')},
};
// learner-en, -de, -fr, -es (numbers and words in each player language), learner-drafts, learner-survey.
for (const name of ['en', 'de', 'fr', 'es', 'drafts', 'survey']) {
  COURSES['learner-' + name] = {json: path.join(FIXTURES, `learner-${name}.json`), media: path.join(FIXTURES, 'media')};
}

function cli() {
  const bin = process.env.CW_CLI;
  if (!bin || !fs.existsSync(bin)) {
    throw new Error('Set CW_CLI to the coursewright-cli binary (ctest does): CW_CLI=' + bin);
  }
  return bin;
}

function run(bin, args) {
  try {
    return execFileSync(bin, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, LC_ALL: 'C.UTF-8', QT_QPA_PLATFORM: 'offscreen'}});
  } catch (e) {
    throw new Error(`${path.basename(bin)} ${args.join(' ')} failed (${e.status}):\n${e.stdout}${e.stderr}`);
  }
}

// Exports a course (a key of COURSES, or {json, media}) into SCRATCH/<tag>; returns the folder
// (or the zip file when `tag` ends in .zip). `format`: an export target (html, scorm12,
// scorm2004-3, scorm2004-4, xapi, cmi5); `options`: that target's options, given to the CLI as the course's
// exportSettings property ({"format": ..., "<format>": options}); `edit(json)`: changes the
// canonical course JSON before it is loaded (a variant of a fixture).
function exportCourse(course, tag = course, extra = [], {format = 'html', options = null, edit = null} = {}) {
  const source = typeof course === 'string' ? COURSES[course] : course;
  fs.mkdirSync(SCRATCH, {recursive: true});
  const bin = cli();
  const base = tag.replace(/\.zip$/, '');
  const project = path.join(SCRATCH, base + '.cwcourse');
  const out = path.join(SCRATCH, tag);
  fs.rmSync(out, {recursive: true, force: true});
  let json = source.json;
  if (options || edit) {
    const data = JSON.parse(fs.readFileSync(source.json, 'utf8'));
    if (edit) edit(data);
    if (options) data.course.props.exportSettings = {format, [format]: options};
    json = path.join(SCRATCH, base + '.json');
    fs.writeFileSync(json, JSON.stringify(data));
  }
  run(bin, ['load', json, project, '--assets', source.media, '--force']);
  run(bin, ['export', project, '--format', format, '--out', out, '--force', ...extra]);
  const scope = options && options.scope;
  const manifest = {html: 'index.html', xapi: 'tincan.xml', cmi5: 'cmi5.xml'}[format] || 'imsmanifest.xml';
  const expected = tag.endsWith('.zip') || scope === 'package-per-module' ? null : manifest;
  if (expected && !fs.existsSync(path.join(out, expected))) {
    throw new Error(`the export wrote no ${expected} in ${out}`);
  }
  return out;
}

// Reads the Coursewright.data object of an exported package's course.js, with the children that
// the content script of each module carries (data.parts: page blocks, questions, scenario steps)
// put back into the items: the canonical course tree. `{split: true}` leaves it as the player
// first sees it.
function readCourseData(dir, {split = false} = {}) {
  const window = {Coursewright: {}};
  const run = (file) => new Function('window', 'Coursewright', fs.readFileSync(path.join(dir, file), 'utf8'))(window, window.Coursewright);
  run('course.js');
  const data = window.Coursewright.data;
  if (split || !Array.isArray(data.parts)) return data;
  data.parts.forEach((file) => file && run(file));
  const modules = data.course.children.filter((m) => m.kind === 'module');
  modules.forEach((m, i) => m.children.forEach((it) => {
    const part = window.Coursewright.parts[i] || {};
    if (it.id in part) it.children = part[it.id];
  }));
  delete data.parts;
  return data;
}

// Rewrites course.js with `course` (a canonical course tree) as it is, without the exporter's
// rich-text sanitising, so that a test can prove the player itself keeps payloads inert.
function writeCourseData(dir, data) {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  fs.writeFileSync(path.join(dir, 'course.js'), 'window.Coursewright = window.Coursewright || {};\nCoursewright.data = ' + json + ';\n');
}

function loadFixture(name) {
  return JSON.parse(fs.readFileSync(COURSES[name].json, 'utf8'));
}

module.exports = {exportCourse, readCourseData, writeCourseData, loadFixture, COURSES, SCRATCH, SCREENSHOTS, ROOT};
