/*
 * DecisionsPortal search, run in the browser on the index the generator wrote (see
 * generator/Search/SearchIndexWriter.cs for the file formats). No framework, no build step.
 * The query is analysed exactly as the build analysed the documents: the same word splitting,
 * the stop words and fold table from the manifest, and DPStemmers (stemmers.js), which a test
 * keeps equal to Lucene.Net's Snowball stemmers. Three rounds of requests at most (four, see guess): the scripts
 * (with the page), the term shards the query needs with the document table, then the metadata
 * chunks of the results shown. The page that asks and shows is page.js.
 * It reads the search index of format 2 (SearchIndexWriter.Format; the build refuses a theme whose scripts read another).
 */
(function (root) {
  'use strict';

  var WORD = /[\p{L}\p{N}\p{M}]+(?:\u00AD[\p{L}\p{N}\p{M}]+)*/gu;  // a soft hyphen inside a word is no break (Tokenizer.cs)
  var PREFIX_MIN = 3, PREFIX_SHARDS = 2, PREFIX_WEIGHT = 0.5, EXACT_WEIGHT = 1.5, FOLDED_WEIGHT = 0.25, ATTACHMENT_WEIGHT = 0.5;
  // A word found only in a decision's attachments has a term of its own: the term and this mark (PostingsBuilder.AttachmentMark).
  var ATTACHED = '\u0001';

  function analyzer(M, S) {
    var langs = M.analysis.map(function (a) {
      var stem = a[1] && S[a[0]] ? S[a[0]] : function (w) { return w; };
      return { code: a[0], stem: stem, stop: new Set(a[2]), rewrites: a[3] || [] };
    });
    function fold(w) {
      var out = '';
      w = w.replace(/\p{Mn}/gu, '');
      for (var i = 0; i < w.length; i++) out += M.fold[w[i]] || w[i];
      return out;
    }
    // A letter typed or pasted as its base letter and a mark ('a' and U+0308), composed as the
    // index composed it (LatinMarks): the manifest's table holds each letter, its base and its mark.
    var composed = new Map(), table = M.compose || '';
    for (var i = 0; i + 2 < table.length; i += 3) composed.set(table.slice(i + 1, i + 3), table[i]);
    function compose(w) {
      if (!/[\u0300-\u036f]/.test(w)) return w;
      var out = '';
      for (var i = 0; i < w.length; i++) {
        var letter = out.length && composed.get(out[out.length - 1] + w[i]);
        out = letter ? out.slice(0, -1) + letter : out + w[i];
      }
      return out;
    }
    function words(text) {
      var out = [], m;
      WORD.lastIndex = 0;
      while ((m = WORD.exec(text))) out.push({ word: compose(m[0].replace(/\u00AD/g, '').toLowerCase()), start: m.index, end: m.index + m[0].length });
      return out;
    }
    // The terms a word may have in the index: one per language of the index (a Swedish page
    // also holds Finnish-only decisions), none when it is a stop word of the page's language.
    function terms(w) {
      if (langs[0].stop.has(w)) return [];
      var out = [];
      langs.forEach(function (l) {
        if (!l.stop.has(w)) {
          var t = fold(l.stem(w));
          if (out.indexOf(t) < 0) out.push(t);
        }
      });
      return out;
    }
    // Base forms by the endings learnt from the corpus (SuffixRewrites); unless shallow, then also after an
    // ending to nothing, the rest rewritten as in a longer ending ("kokouksessa": ssa, then kse as in ksen).
    function bases(w, shallow) {
      var out = [];
      langs.forEach(function (l) {
        var r = l.rewrites, n = r.length, i, k, j;
        function add(x, f, t) {
          var c = x.slice(0, -f.length) + t;
          if (f && x.length > f.length + 1 && x.slice(-f.length) === f && !l.stop.has(c) && out.every(function (g) { return g.word !== c; })) out.push({ word: c, term: fold(l.stem(c)) });
        }
        for (i = 0; i < n; i += 2) add(w, r[i], r[i + 1]);
        for (i = 0; !shallow && i < n; i += 2) for (k = 0; !r[i + 1] && w.slice(-r[i].length) === r[i] && k < n; k += 2) {
          for (j = 0; r[k + 1] && j < n; j += 2) if (!r[j + 1] && r[k].slice(-r[j].length) === r[j]) add(w.slice(0, -r[i].length), r[k].slice(0, -r[j].length), r[k + 1]);
        }
      });
      return out;
    }
    return { fold: fold, words: words, terms: terms, langs: langs, bases: bases };
  }

  // --- reading the binary files ------------------------------------------------------------
  function reader(buf) {
    var b = new Uint8Array(buf), dec = new TextDecoder(), r = { pos: 0, b: b };
    r.v = function () { var x = 0, s = 1, c; do { c = b[r.pos++]; x += (c & 127) * s; s *= 128; } while (c & 128); return x; };
    r.s = function () { var n = r.v(), t = dec.decode(b.subarray(r.pos, r.pos + n)); r.pos += n; return t; };
    return r;
  }

  function decodeShard(buf, count) {
    var r = reader(buf), n = r.v(), map = new Map(), list = [], prev = '', bytes = (count + 7) >> 3;
    for (var i = 0; i < n; i++) {
      // An odd count of variants (doubled) is followed by the forms of the term's word that other
      // terms stand for ("luvat" under "lupa"'s): the words a result found by the term marks.
      var term = prev.slice(0, r.v()) + r.s(), variants = [], forms = [], nv = r.v();
      for (var k = 0; k < nv >> 1; k++) variants.push(r.s());
      if (nv & 1) for (var k = 0, nf = r.v(); k < nf; k++) forms.push(r.s());
      var np = r.v(), docs = new Int32Array(np), imp = new Uint8Array(np), mask = new Uint32Array(np), d = 0, j = 0;
      if (np * 8 >= count) {  // common term: a bitmap of its documents
        for (var x = 0; x < bytes; x++) for (var bit = 0, byte = r.b[r.pos + x]; bit < 8; bit++) if (byte & (1 << bit)) docs[j++] = x * 8 + bit;
        r.pos += bytes;
      } else for (; j < np; j++) { d += r.v(); docs[j] = d; }
      // Impact and variant bits (PostingValues.cs): a byte and a varint each, one byte each, or places in a list of pairs.
      var form = r.b[r.pos++];
      if (form === 2) {
        var pi = [], pm = [], pairs = r.v();
        for (k = 0; k < pairs; k++) { pi.push(r.b[r.pos++]); pm.push(r.v()); }
        for (var width = pairs > 1 ? 32 - Math.clz32(pairs - 1) : 0, at = r.pos * 8, j = 0; j < np; j++) {
          for (var x = 0, q = 0; q < width; q++, at++) if (r.b[at >> 3] & (1 << (at & 7))) x |= 1 << q;
          imp[j] = pi[x]; mask[j] = pm[x];
        }
        r.pos = (at + 7) >> 3;
      } else for (j = 0; j < np; j++) {
        if (form) { var x = r.b[r.pos++]; imp[j] = (x >> 4) * 17; mask[j] = x & 15; } else { imp[j] = r.b[r.pos++]; mask[j] = r.v(); }
      }
      var e = { term: term, index: i, variants: variants, forms: forms, docs: docs, imp: imp, mask: mask };
      map.set(term, e); list.push(e); prev = term;
    }
    return { map: map, list: list };
  }

  function decodePositions(buf) {
    var r = reader(buf), starts = [];
    while (r.pos < r.b.length) { var n = r.v(); starts.push(r.pos); r.pos += n; }
    return function (termIndex, postingIndex) {
      r.pos = starts[termIndex];
      for (var j = 0; ; j++) {
        var n = r.v(), out = [], p = 0;
        for (var k = 0; k < n; k++) { p += r.v(); out.push(p); }
        if (j === postingIndex) return out;
      }
    };
  }

  // Each document's organ, language and topics as a bit string (least significant bit first), then the dates.
  function decodeDocs(buf) {
    var r = reader(buf), count = r.v(), bodyBits = r.v(), langBits = r.v(), topicCount = r.v();
    var body = new Uint16Array(count), lang = new Uint16Array(count), topics = [], day = new Int32Array(count), at = r.pos * 8;
    function bits(n) { var x = 0; for (var b = 0; b < n; b++, at++) if (r.b[at >> 3] & (1 << (at & 7))) x |= 1 << b; return x; }
    for (var i = 0; i < count; i++) {
      body[i] = bits(bodyBits); lang[i] = bits(langBits);
      var t = [];
      for (var k = 0; k < topicCount; k++, at++) if (r.b[at >> 3] & (1 << (at & 7))) t.push(k);
      topics.push(t);
    }
    r.pos = (at + 7) >> 3;
    var runs = r.v(), d = r.v(), id = 0;
    for (var k = 0; k < runs; k++) { d -= r.v(); for (var n = r.v(); n > 0; n--) day[id++] = d; }
    return { count: count, body: body, lang: lang, topics: topics, day: day };
  }

  function find(sorted, value) {
    var lo = 0, hi = sorted.length - 1, found = 0;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (sorted[mid] <= value) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    return found;
  }

  function postingIndex(e, doc) {
    var lo = 0, hi = e.docs.length - 1;
    while (lo <= hi) { var mid = (lo + hi) >> 1; if (e.docs[mid] === doc) return mid; if (e.docs[mid] < doc) lo = mid + 1; else hi = mid - 1; }
    return -1;
  }

  function distance(a, b) {
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
    return prev[b.length];
  }

  // --- the engine: query in, ranked and filtered documents out -----------------------------
  function engine(M, A) {
    // Shard i's file: its anchor segment's name and its place there (SearchIndexWriter), from each segment's shard count.
    var first = M.shards, files = [], cache = new Map();
    M.segments.forEach(function (g) { for (var k = 0; k < g[1]; k++) files.push(g[0] + '-' + k); });
    function get(name, decode) {
      if (!cache.has(name)) {
        var p = fetch(M.dir + name).then(function (r) { if (!r.ok) throw new Error(name + ': ' + r.status); return decode === 'json' ? r.json() : r.arrayBuffer().then(decode); });
        p.catch(function () { cache.delete(name); });
        cache.set(name, p);
      }
      return cache.get(name);
    }
    function shard(i) { return get(M.index + '/t' + files[i] + '.bin', function (b) { return decodeShard(b, M.count); }); }
    function positions(i) { return get(M.index + '/p' + files[i] + '.bin', decodePositions); }
    function docs() { return get(M.docs, decodeDocs); }
    function meta(chunk) { return get(M.meta + '/' + chunk + '.json', 'json'); }

    // Quoted parts are phrases; the last word may also match as a prefix (see match).
    function parse(q) {
      var clauses = [], phrases = [], parts = q.split('"');
      parts.forEach(function (part, i) {
        var phrase = i % 2 === 1 ? [] : null;
        A.words(part).forEach(function (w, offset) {
          var t = A.terms(w.word);
          if (!t.length) return;
          var c = { word: w.word, terms: t, prefixes: [], offset: offset };
          clauses.push(c);
          if (phrase) phrase.push(c);
        });
        if (phrase && phrase.length > 1) phrases.push(phrase);
      });
      var last = clauses[clauses.length - 1];
      if (last && parts.length % 2 === 1 && /[\p{L}\p{N}\p{M}]$/u.test(q) && !phrases.some(function (p) { return p.indexOf(last) >= 0; })) {
        [A.fold(last.word)].concat(last.terms).forEach(function (p) { if (p.length >= PREFIX_MIN && last.prefixes.indexOf(p) < 0) last.prefixes.push(p); });
      }
      return { clauses: clauses, phrases: phrases };
    }

    // The shards a prefix spans, all of them ("tun" is searched on both sides of a shard's edge),
    // or none when it spans more than PREFIX_SHARDS (too short to narrow anything down, or beyond
    // the budget: the next letter typed will).
    function prefixShards(p) {
      var from = find(first, p), to = find(first, p + '\uffff'), out = [];
      if (to - from < PREFIX_SHARDS) for (var i = from; i <= to; i++) out.push(i);
      return out;
    }

    function shardsOf(c, withPrefixes) {
      var set = new Set();
      c.terms.forEach(function (t) {
        [t, t + '\u0000' + c.word].forEach(function (k) { set.add(find(first, k)); set.add(find(first, k + ATTACHED)); });
      });
      if (withPrefixes) c.prefixes.forEach(function (p) { prefixShards(p).forEach(function (i) { set.add(i); }); });
      return Array.from(set);
    }

    // Whether a surface form has the letters of the word typed where their folded forms begin
    // alike: "låg" and "lag", "sää" and "saa" do not; "päätöksen" and "päätös" do.
    function agrees(form, word) {
      var a = A.fold(form), b = A.fold(word), n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return form.slice(0, n) === word.slice(0, n);
    }

    function score(c, loaded, withPrefixes) {
      var scores = new Map(), matched = [], attached = new Map();
      // A decision that holds the word only with other diacritics (å, ä, ö are letters of their
      // own) ranks below one that holds it as typed; a posting whose forms are not among the
      // term's listed variants (mask 0) is not judged.
      // A posting of a term's attachment twin ranks below the decision's own words, and marks the
      // document as found in an attachment while it is the document's best for the word.
      function add(e, weight) {
        var inAttachment = e.term.charAt(e.term.length - 1) === ATTACHED;
        if (inAttachment) weight *= ATTACHMENT_WEIGHT;
        var v = e.variants.indexOf(c.word), bit = v >= 0 ? 1 << v : 0, agreeing = 0;
        e.variants.forEach(function (f, k) { if (agrees(f, c.word)) agreeing |= 1 << k; });
        matched.push(e);
        for (var j = 0; j < e.docs.length; j++) {
          var folded = e.mask[j] && !(e.mask[j] & agreeing) ? FOLDED_WEIGHT : 1;
          var s = e.imp[j] * weight * folded * (e.mask[j] & bit ? EXACT_WEIGHT : 1), old = scores.get(e.docs[j]);
          if (old === undefined || s > old) { scores.set(e.docs[j], s); attached.set(e.docs[j], inAttachment); }
        }
      }
      // A word of the corpus whose term several base forms share has a term of its own beside it
      // (the term, NUL, the word): the decisions holding a form of the word's own base forms. A
      // word typed without diacritics also finds the words that differ from it only by them
      // ("lag": låg), ranked below.
      c.terms.forEach(function (t) {
        var own = t + '\u0000' + c.word, e = entry(own) || entry(t), twin = entry(own) || entry(own + ATTACHED) ? entry(own + ATTACHED) : entry(t + ATTACHED);
        if (e) add(e, 1);
        if (twin) add(twin, 1);
        var aliases = loaded[find(first, t + '\u0000')];  // between the two shards loaded for the word, so one of them
        if (e && aliases && e.term !== t && A.fold(c.word) === c.word) aliases.list.forEach(function (o) {
          if (o !== e && o.term.lastIndexOf(t + '\u0000', 0) === 0 && A.fold(o.term.slice(t.length + 1)) === c.word) add(o, 1);
        });
      });
      if (withPrefixes) c.prefixes.forEach(function (p) {
        prefixShards(p).forEach(function (i) {
          loaded[i].list.forEach(function (e) {
            var base = e.term.charAt(e.term.length - 1) === ATTACHED ? e.term.slice(0, -1) : e.term;
            if (base.lastIndexOf(p, 0) === 0 && base.indexOf('\u0000') < 0 && c.terms.indexOf(base) < 0 && matched.indexOf(e) < 0) add(e, PREFIX_WEIGHT);
          });
        });
      });
      function entry(k) { var s = loaded[find(first, k)]; return s && s.map.get(k); }
      c.scores = scores; c.entries = matched; c.attached = attached;
      return scores;
    }

    function suggest(c, loaded) {
      var best = null, bestDistance = 3, word = A.fold(c.word);
      c.terms.forEach(function (t) {
        loaded[find(first, t)].list.forEach(function (e) {
          if (!e.variants.length || e.term.indexOf('\u0000') >= 0) return;
          var d = Math.min(distance(t, e.term), distance(word, A.fold(e.variants[0])));
          if (d < bestDistance) { bestDistance = d; best = e.variants[0]; }
        });
      });
      return best;
    }

    async function phraseMatches(phrase, doc, loaded) {
      var sets = [];
      for (var i = 0; i < phrase.length; i++) {
        var c = phrase[i], all = new Set();
        for (var k = 0; k < c.terms.length; k++) {
          for (var a = 0; a < 2; a++) {
            var t = c.terms[k] + (a ? ATTACHED : ''), si = find(first, t), e = loaded[si] && loaded[si].map.get(t), pi = e ? postingIndex(e, doc) : -1;
            if (pi >= 0) (await positions(si))(e.index, pi).forEach(function (p) { all.add(p - c.offset); });
          }
        }
        sets.push(all);
      }
      return Array.from(sets[0]).some(function (p) { return sets.every(function (s) { return s.has(p); }); });
    }

    // A word that found nothing ("beslutet") is searched as its guessed base form in most decisions (the first
    // of a term): one the index holds, else of a term of no forms of its own ("kokous"), else one an ending
    // makes from a form of its term too ("skolan": "skolorna"). Two more shards at most.
    async function guess(clauses, lists, loaded, needed, load, live) {
      var more = new Set();
      clauses.forEach(function (c) {
        c.guesses = c.scores.size ? [] : A.bases(c.word).filter(function (g) {
          var i = find(first, g.term);
          if (!needed.has(i) && more.size < 2) more.add(i);
          return needed.has(i) || more.has(i);
        });
      });
      more.forEach(function (i) { needed.add(i); });
      await load();
      clauses.forEach(function (c, i) {
        var best = 0, g;
        c.guesses.forEach(function (x) {
          var s = loaded[find(first, x.term)], own = s.map.get(x.term + '\0' + x.word), e = s.map.get(x.term) || own;
          var n = e && (own || e.variants.indexOf(x.word) >= 0 ? 3 : !e.variants.length ? 2 : e.variants.some(function (f) { return A.bases(f, true).some(function (o) { return o.word === x.word; }); }));
          if (n && (n = n * 1e7 + e.docs.length * 2 + !!own) > best) { best = n; g = x; }
        });
        if (g) { c.typed = c.word; c.word = g.word; c.terms = [g.term]; lists[i] = score(c, loaded, live); }
      });
    }

    // The documents matching the query, each with its score, and words that found nothing.
    // While typing (live) the last word also matches as a prefix, ranked below whole words; in
    // a submitted query only when the whole word finds nothing, so prefix matches never bury
    // (or silently outnumber) the decisions that hold the word. With 'later' the document table
    // (every decision's facets) is not fetched, and 'table' is null: the results can be shown
    // without it, and their filters' counts when it has come (docs).
    async function match(q, live, later) {
      var parsed = parse(q), table = later && parsed.clauses.length ? null : docs();
      if (!parsed.clauses.length) return { table: await table, hits: null, missing: [] };
      if (!first.length) return { table: await table, hits: [], missing: [] };
      var needed = new Set(), loaded = {};
      function load() {
        return Promise.all(Array.from(needed).filter(function (i) { return !loaded[i]; }).map(function (i) { return shard(i).then(function (s) { loaded[i] = s; }); }).concat(table ? [table] : []));
      }
      parsed.clauses.forEach(function (c) { shardsOf(c, live).forEach(function (i) { needed.add(i); }); });
      await load();
      var lists = parsed.clauses.map(function (c) { return score(c, loaded, live); });
      await guess(parsed.clauses, lists, loaded, needed, load, live);
      var last = parsed.clauses[parsed.clauses.length - 1];
      if (!live && last.prefixes.length && last.scores.size === 0) {
        shardsOf(last, true).forEach(function (i) { needed.add(i); });
        await load();
        lists[lists.length - 1] = score(last, loaded, true);
      } else if (!live) last.prefixes = [];
      var missing = parsed.clauses.filter(function (c) { return c.scores.size === 0; })
        .map(function (c) { return { word: c.word, suggestion: suggest(c, loaded) }; });
      var smallest = lists.slice().sort(function (a, b) { return a.size - b.size; })[0], hits = [];
      smallest.forEach(function (_, doc) {
        var total = 0;
        for (var i = 0; i < lists.length; i++) { var s = lists[i].get(doc); if (s === undefined) return; total += s; }
        hits.push({ doc: doc, score: total, attached: parsed.clauses.some(function (c) { return c.attached.get(doc); }) });
      });
      if (parsed.phrases.length) {
        var kept = [];
        for (var h = 0; h < hits.length; h++) {
          var ok = true;
          for (var p = 0; p < parsed.phrases.length && ok; p++) ok = await phraseMatches(parsed.phrases[p], hits[h].doc, loaded);
          if (ok) kept.push(hits[h]);
        }
        hits = kept;
      }
      return { table: await table, hits: hits, missing: missing, parsed: parsed, guessed: parsed.clauses.filter(function (c) { return c.typed; }).map(function (c) { return c.word; }) };
    }

    return { match: match, meta: meta, parse: parse, docs: docs };
  }

  // --- facets, filters and order ----------------------------------------------------------
  var FACETS = ['body', 'year', 'topic', 'lang'];

  function facetValues(M, table, doc) {
    return {
      body: [M.bodies[table.body[doc]][0]],
      year: [String(new Date(table.day[doc] * 864e5).getUTCFullYear())],
      topic: table.topics[doc].map(function (t) { return M.topics[t][0]; }),
      lang: [M.languages[table.lang[doc]][0]],
    };
  }

  function dayOf(iso) { var t = Date.parse(iso + 'T00:00:00Z'); return isNaN(t) ? null : Math.floor(t / 864e5); }

  // OR within a facet, AND across facets; a facet's counts ignore its own selection, so they
  // say what ticking one more value would add. Without the table (not come yet, and no filter
  // chosen) every hit is a result, and counts is null.
  function filter(M, table, hits, state) {
    var from = dayOf(state.from), to = dayOf(state.to), counts = table ? {} : null, results = table ? [] : hits.slice();
    FACETS.forEach(function (f) { if (table) counts[f] = new Map(); });
    if (table) hits.forEach(function (h) {
      var day = table.day[h.doc];
      if ((from !== null && day < from) || (to !== null && day > to)) return;
      var values = facetValues(M, table, h.doc), failing = FACETS.filter(function (f) {
        return state[f].length && !values[f].some(function (v) { return state[f].indexOf(v) >= 0; });
      });
      if (!failing.length) results.push(h);
      FACETS.forEach(function (f) {
        if (failing.length === 0 || (failing.length === 1 && failing[0] === f)) {
          values[f].forEach(function (v) { counts[f].set(v, (counts[f].get(v) || 0) + 1); });
        }
      });
    });
    var sort = state.sort || (state.q.trim() ? 'relevance' : 'newest');
    results.sort(function (a, b) {
      if (sort === 'relevance' && a.score !== b.score) return b.score - a.score;
      return sort === 'oldest' ? b.doc - a.doc : a.doc - b.doc;
    });
    return { results: results, counts: counts };
  }

  root.DPSearch = { analyzer: analyzer, engine: engine, filter: filter, facets: FACETS, decodeShard: decodeShard, decodeDocs: decodeDocs };
})(typeof globalThis !== 'undefined' ? globalThis : this);
