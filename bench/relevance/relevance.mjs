// Relevance benchmark of the site search on real text (Universal Dependencies treebanks with
// lemmas). Writes ~290 decisions a language in the project's content format, builds them with the
// generator, then runs the browser's own search.js and stemmers.js under node over the index the
// build wrote, and compares the hits with the gold: every decision that holds any form of the
// query's lemma. See bench/README.md ("Relevance") for how to get the treebanks.
//
//   node bench/relevance/relevance.mjs --fi fi_tdt-ud-test.conllu --sv sv_talbanken-ud-test.conllu
//
// Options: --docs N (decisions a language, 290), --queries N (lemmas a language, 175: each gives
// a base-form query and, when the text holds another form, an inflected one), --dll PATH (the
// generator, default generator/bin/Release/net10.0/DecisionsPortal.dll), --work DIR
// (bench/work/relevance), --no-build (reuse the last build), --json FILE, --misses N (print N
// missed and N wrong examples a language), --unseen-fi FILE / --unseen-sv FILE (another treebank
// split, e.g. the dev one: each query lemma also typed in its most frequent form there that no
// decision holds, the kind "unseen"; not pooled into "all", so "all" stays comparable).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = parseArgs(process.argv.slice(2));
const work = path.resolve(args.work || path.join(repo, 'bench/work/relevance'));
const docsPerLanguage = +(args.docs || 290), queriesPerLanguage = +(args.queries || 175);
const languages = ['fi', 'sv'].filter(l => args[l]);
if (!languages.length) { console.error('usage: node bench/relevance/relevance.mjs --fi FILE.conllu --sv FILE.conllu'); process.exit(2); }

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^--/, '');
    if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[k] = argv[++i]; else out[k] = true;
  }
  return out;
}

// --- treebank to documents ---------------------------------------------------------------
function readConllu(file) {
  const sentences = [];
  let cur = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) cur = { text: line.slice(9).trim(), tokens: [] };
    else if (/^\d+\t/.test(line) && cur) {
      const f = line.split('\t');
      cur.tokens.push({ form: f[1], lemma: f[2], upos: f[3] });
    } else if (line.trim() === '' && cur) { if (cur.tokens.length) sentences.push(cur); cur = null; }
  }
  if (cur && cur.tokens.length) sentences.push(cur);
  return sentences;
}

const isWord = w => /^[\p{L}]+$/u.test(w);
const lower = w => w.toLocaleLowerCase('und');

function documents(sentences, n) {
  const per = Math.max(1, Math.floor(sentences.length / n)), docs = [];
  for (let d = 0; d < n && d * per < sentences.length; d++) docs.push(sentences.slice(d * per, (d + 1) * per));
  return docs;
}

const markdown = s => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

function writeSite(docsByLanguage) {
  fs.rmSync(path.join(work, 'site'), { recursive: true, force: true });
  const site = path.join(work, 'site');
  fs.mkdirSync(site, { recursive: true });
  fs.cpSync(path.join(repo, 'templates'), path.join(site, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(site, 'site.yml'), [
    'title: { fi: Relevanssi, sv: Relevans }',
    'base_url: https://example.org/',
    'languages: [fi, sv]',
    'content: content', 'templates: templates', 'output: public', 'page_size: 20',
    'bodies:', '  lautakunta: { fi: Lautakunta, sv: Nämnd, appeal: rectification }',
    'topics:', '  general: { fi: Yleinen, sv: Allmän }', ''].join('\n'));
  for (const [lang, docs] of Object.entries(docsByLanguage)) {
    docs.forEach((sentences, i) => {
      const id = 'd' + String(i).padStart(4, '0');
      const title = sentences[0].text.split(/\s+/).slice(0, 8).join(' ');
      const date = new Date(Date.UTC(2024, 0, 1) + i * 864e5).toISOString().slice(0, 10);
      // The first sentence is also the proposal (the title is its first words), the rest the text.
      const body = [];
      for (let s = 1; s < sentences.length; s += 2) body.push(sentences.slice(s, s + 2).map(x => markdown(x.text)).join(' '));
      const file = path.join(site, 'content', lang, '2024', id + '.md');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, ['---', 'title: ' + JSON.stringify(title), 'date: ' + date, 'body: lautakunta',
        'preparer: { name: Qx Zq, title: Qx }', 'presenter: { name: Qx Zq, title: Qx }',
        'proposal: ' + JSON.stringify(sentences[0].text), '---', body.join('\n\n'), ''].join('\n'));
    });
  }
  return site;
}

// --- queries and gold ----------------------------------------------------------------------
function fnv(s) { let h = 2166136261; for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0; return h; }

// The lemma's relevant documents, the documents that hold it only inside a compound (neither
// relevant nor wrong), and its most frequent other form.
function lemmaTable(docs) {
  const table = new Map(), formLemmas = new Map();
  docs.forEach(sentences => sentences.forEach(s => s.tokens.forEach(t => {
    const f = lower(t.form), l = lower(t.lemma);
    if (!formLemmas.has(f)) formLemmas.set(f, new Set());
    formLemmas.get(f).add(l);
  })));
  docs.forEach((sentences, d) => sentences.forEach(s => s.tokens.forEach(t => {
    const l = lower(t.lemma), f = lower(t.form);
    if (!table.has(l)) table.set(l, { lemma: l, upos: new Set(), docs: new Set(), forms: new Map() });
    const e = table.get(l);
    e.upos.add(t.upos); e.docs.add(d);
    e.forms.set(f, (e.forms.get(f) || 0) + 1);
  })));
  const compounds = [];
  for (const e of table.values()) {
    const parts = e.lemma.split('#');
    if (e.lemma.replace(/#/g, '').length > 3) compounds.push({ whole: e.lemma.replace(/#/g, ''), parts, docs: e.docs });
  }
  return { table, formLemmas, compounds };
}

function inCompound(lemma, c, formLemmas) {
  if (c.whole === lemma || c.whole.length <= lemma.length) return false;
  if (c.parts.length > 1 && c.parts.some(p => p === lemma || (formLemmas.get(p) || new Set()).has(lemma))) return true;
  return lemma.length >= 3 && c.whole.includes(lemma);
}

// Each lemma's forms in another split of the treebank, most frequent first.
function heldOutForms(file) {
  const forms = new Map();
  if (!file) return forms;
  for (const s of readConllu(file)) for (const t of s.tokens) {
    const l = lower(t.lemma), f = lower(t.form);
    if (!forms.has(l)) forms.set(l, new Map());
    forms.get(l).set(f, (forms.get(l).get(f) || 0) + 1);
  }
  return forms;
}

function pickQueries(lt, stop, count, heldOut) {
  const candidates = [...lt.table.values()].filter(e =>
    isWord(e.lemma) && e.lemma.length >= 3 && !stop.has(e.lemma) && e.docs.size >= 2 &&
    ['NOUN', 'VERB', 'ADJ', 'PROPN'].some(u => e.upos.has(u)));
  candidates.sort((a, b) => fnv(a.lemma) - fnv(b.lemma) || (a.lemma < b.lemma ? -1 : 1));
  const queries = [];
  for (const e of candidates.slice(0, count)) {
    const ignored = new Set();
    for (const c of lt.compounds) if (inCompound(e.lemma, c, lt.formLemmas)) c.docs.forEach(d => { if (!e.docs.has(d)) ignored.add(d); });
    queries.push({ kind: 'base', q: e.lemma, lemma: e.lemma, gold: e.docs, ignored });
    const forms = [...e.forms.entries()].filter(([f]) => f !== e.lemma && isWord(f) && !stop.has(f))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (forms.length) queries.push({ kind: 'inflected', q: forms[0][0], lemma: e.lemma, gold: e.docs, ignored });
    const unseen = [...(heldOut.get(e.lemma) || new Map()).entries()].filter(([f]) => f !== e.lemma && isWord(f) && !stop.has(f) && !lt.formLemmas.has(f))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (unseen.length) queries.push({ kind: 'unseen', q: unseen[0][0], lemma: e.lemma, gold: e.docs, ignored });
  }
  return queries;
}

// --- the browser's search under node -------------------------------------------------------
function loadSearch(out, lang) {
  const dir = path.join(out, 'search', lang);
  const manifest = fs.readdirSync(dir).find(f => /^manifest\..*\.js$/.test(f));
  const context = { console, TextDecoder, Promise, Map, Set, URLSearchParams };
  context.globalThis = context;
  context.fetch = async url => {
    const file = path.join(out, decodeURIComponent(url.replace(/^https?:\/\/[^/]+/, '')));
    if (!fs.existsSync(file)) return { ok: false, status: 404 };
    const bytes = fs.readFileSync(file);
    return { ok: true, status: 200, json: async () => JSON.parse(bytes.toString('utf8')), arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
  };
  vm.createContext(context);
  for (const f of [path.join(dir, manifest), path.join(repo, 'templates/assets/search/stemmers.js'), path.join(repo, 'templates/assets/search/search.js')]) {
    vm.runInContext(fs.readFileSync(f, 'utf8'), context, { filename: f });
  }
  const M = context.DPSearchManifest, S = context.DPSearch;
  const A = S.analyzer(M, context.DPStemmers), E = S.engine(M, A);
  return { M, A, E, stop: new Set(M.analysis.find(a => a[0] === lang)[2]) };
}

async function documentIds(search) {
  const { M, E } = search, table = await E.match('').then(m => m.table), ids = [];
  for (let doc = 0; doc < table.count; doc++) {
    const chunk = await E.meta(Math.floor(doc / M.chunk)), d = chunk[doc % M.chunk];
    const m = /\/([a-z]{2})\/2024\/(d\d{4})\/?$/.exec(d[3]) || /(d\d{4})/.exec(d[3]);
    ids.push({ lang: M.languages[table.lang[doc]][0], id: m ? +(m[2] || m[1]).slice(1) : -1 });
  }
  return ids;
}

async function run(lang, docs) {
  const out = path.join(work, 'site', 'public');
  const search = loadSearch(out, lang), ids = await documentIds(search);
  const lt = lemmaTable(docs), queries = pickQueries(lt, search.stop, queriesPerLanguage, heldOutForms(args['unseen-' + lang]));
  const kinds = {}, examples = { missed: [], wrong: [] };
  const started = process.hrtime.bigint();
  for (const q of queries) {
    const m = await search.E.match(q.q, !!args.live);
    const hits = new Set((m.hits || []).map(h => ids[h.doc]).filter(x => x.lang === lang).map(x => x.id));
    const k = kinds[q.kind] ||= { queries: 0, zero: 0, relevant: 0, found: 0, returned: 0, correct: 0 };
    k.queries++;
    if (!hits.size) k.zero++;
    k.relevant += q.gold.size;
    for (const d of hits) {
      if (q.gold.has(d)) { k.found++; k.correct++; k.returned++; }
      else if (!q.ignored.has(d)) { k.returned++; if (examples.wrong.length < 400) examples.wrong.push(q.q + ' → d' + d); }
    }
    const missed = [...q.gold].filter(d => !hits.has(d));
    if (missed.length) examples.missed.push(`${q.kind} ${q.q} (${q.lemma}): ${q.gold.size - missed.length}/${q.gold.size}`);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6 / queries.length;
  const all = Object.entries(kinds).filter(([kind]) => kind !== 'unseen').map(([, k]) => k).reduce((a, k) => { for (const x in k) a[x] = (a[x] || 0) + k[x]; return a; }, {});
  return { lang, docs: docs.length, kinds: { ...kinds, all }, ms, examples };
}

const fmt = (k) => ({
  queries: k.queries, recall: k.found / k.relevant, precision: k.returned ? k.correct / k.returned : 1, zero: k.zero / k.queries,
});

const docsByLanguage = {};
for (const lang of languages) docsByLanguage[lang] = documents(readConllu(args[lang]), docsPerLanguage);
if (!args['no-build']) {
  const site = writeSite(docsByLanguage);
  const dll = args.dll || path.join(repo, 'generator/bin/Release/net10.0/DecisionsPortal.dll');
  const t = Date.now();
  try {
    execFileSync('dotnet', [dll, 'build', '--config', path.join(site, 'site.yml'), '--output', path.join(site, 'public')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    console.error(String(e.stderr).split('\n').slice(0, 10).join('\n'));
    process.exit(1);
  }
  process.stderr.write(`build: ${Date.now() - t} ms\n`);
}
const results = [];
for (const lang of languages) results.push(await run(lang, docsByLanguage[lang]));
console.log('| language | queries | kind | recall | precision | zero results | ms a query |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: |');
for (const r of results) {
  for (const [kind, k] of Object.entries(r.kinds)) {
    const f = fmt(k);
    console.log(`| ${r.lang} | ${f.queries} | ${kind} | ${f.recall.toFixed(3)} | ${f.precision.toFixed(3)} | ${f.zero.toFixed(3)} | ${kind === 'all' ? r.ms.toFixed(1) : ''} |`);
  }
}
if (args.misses) {
  for (const r of results) {
    console.log(`\n${r.lang} missed:\n  ` + r.examples.missed.slice(0, +args.misses).join('\n  '));
    const counts = new Map();
    r.examples.wrong.forEach(w => { const q = w.split(' → ')[0]; counts.set(q, (counts.get(q) || 0) + 1); });
    console.log(`${r.lang} wrong hits by query:\n  ` + [...counts].sort((a, b) => b[1] - a[1]).slice(0, +args.misses).map(([q, n]) => q + ' ' + n).join('\n  '));
  }
}
if (args.json) fs.writeFileSync(args.json, JSON.stringify(results.map(r => ({ lang: r.lang, docs: r.docs, ms: r.ms, kinds: Object.fromEntries(Object.entries(r.kinds).map(([k, v]) => [k, fmt(v)])) })), null, 2));
