/*
 * The search page over the engine (search.js, DPSearch): the form, the filters and the results,
 * with the search held in the address so that a result list can be linked, reloaded and gone back to.
 * It reads the search index of format 2 (SearchIndexWriter.Format; the build refuses a theme whose scripts read another).
 */
(function (root) {
  'use strict';

  var D = root.DPSearch, analyzer = D.analyzer, engine = D.engine, filter = D.filter, FACETS = D.facets, PAGE = 10;
  if (!document.getElementById('search-app') || !root.DPSearchManifest || !root.DPStemmers) return;
  ui(root.DPSearchManifest, root.DPStemmers);

  function ui(M, S) {
    var A = analyzer(M, S), E = engine(M, A), T = M.text, $ = function (id) { return document.getElementById(id); };
    var app = $('search-app'), form = $('search-form'), input = $('search-q'), status = $('search-status'),
      list = $('search-list'), pages = $('search-pages'), facets = $('search-facets'), runId = 0, typing = false,
      toggle = $('search-filters-button'), active = $('search-active'), activeList = $('search-active-list');
    app.hidden = false;

    function el(tag, attrs, children) {
      var e = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]); });
      (children || []).forEach(function (c) { e.append(c); });
      return e;
    }

    function read() {
      var p = new URLSearchParams(location.search), s = { q: p.get('q') || '', from: p.get('from') || '', to: p.get('to') || '', sort: p.get('sort') || '', page: Math.max(1, parseInt(p.get('page'), 10) || 1) };
      FACETS.forEach(function (f) { s[f] = p.getAll(f); });
      return s;
    }

    function query(s) {
      var p = new URLSearchParams();
      if (s.q) p.set('q', s.q);
      FACETS.forEach(function (f) { s[f].forEach(function (v) { p.append(f, v); }); });
      ['from', 'to', 'sort'].forEach(function (k) { if (s[k]) p.set(k, s[k]); });
      if (s.page > 1) p.set('page', s.page);
      var text = p.toString();
      return location.pathname + (text ? '?' + text : '');
    }

    function fromForm() {
      var s = read();
      s.q = input.value; s.sort = form.elements.sort.value === 'relevance' ? '' : form.elements.sort.value;
      s.from = form.elements.from.value; s.to = form.elements.to.value; s.page = 1;
      FACETS.forEach(function (f) {
        s[f] = Array.prototype.filter.call(facets.querySelectorAll('input[name="' + f + '"]'), function (c) { return c.checked; }).map(function (c) { return c.value; });
      });
      return s;
    }

    function fill(s) {
      input.value = s.q;
      form.elements.sort.value = s.sort || 'relevance';
      form.elements.from.value = s.from; form.elements.to.value = s.to;
    }

    function go(s, push, live) {
      var url = query(s);
      if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
      return run(s, live);
    }

    // Marks every word of a text whose analysis meets a query term (or a compound containing one),
    // and the forms of a base form the terms found stand for, whose own terms differ ("luvat" for "lupa").
    function highlight(text, parsed) {
      var out = [], at = 0, terms = [], prefixes = [], forms = new Set();
      parsed.clauses.forEach(function (c) {
        terms = terms.concat(c.terms); prefixes = prefixes.concat(c.prefixes);
        (c.entries || []).forEach(function (e) { e.forms.forEach(function (f) { forms.add(f); }); });
      });
      A.words(text).forEach(function (w) {
        var folded = A.fold(w.word), hit = forms.has(w.word) || A.langs.some(function (l) {
          var t = A.fold(l.stem(w.word));
          return terms.indexOf(t) >= 0 || prefixes.some(function (p) { return t.lastIndexOf(p, 0) === 0 || folded.lastIndexOf(p, 0) === 0; });
        }) || terms.some(function (t) { return t.length >= 4 && folded.indexOf(t) > 0; });
        if (!hit) return;
        out.push(text.slice(at, w.start), el('mark', {}, [text.slice(w.start, w.end)]));
        at = w.end;
      });
      out.push(text.slice(at));
      return out;
    }

    function count(n) { return n + ' ' + (n === 1 ? T.decision_singular : T.decision_plural); }

    // Rebuilding the filters would drop the focus of a keyboard user ticking one to <body>: it
    // goes back to the same filter (by id), or to the results' status when that filter is gone.
    function renderFacets(counts, s) {
      var focused = facets.contains(document.activeElement) ? document.activeElement.id : null;
      facets.textContent = '';
      var labels = {
        body: [T.kind_body, M.bodies], topic: [T.kind_topic, M.topics], lang: [T.search_language, M.languages.map(function (l) { return [l[0], l[1]]; })],
        year: [T.kind_year, Array.from(counts.year.keys()).concat(s.year).sort().reverse().filter(function (y, i, a) { return a.indexOf(y) === i; }).map(function (y) { return [y, y]; })],
      };
      FACETS.forEach(function (f) {
        var items = labels[f][1].filter(function (v) { return counts[f].get(v[0]) || s[f].indexOf(v[0]) >= 0; });
        if (!items.length || (f === 'lang' && items.length < 2 && !s.lang.length)) return;
        var set = el('fieldset', { class: 'facet' }, [el('legend', {}, [labels[f][0]])]);
        items.forEach(function (v) {
          var id = 'facet-' + f + '-' + v[0];
          var box = el('input', { type: 'checkbox', id: id, name: f, value: v[0] });
          box.checked = s[f].indexOf(v[0]) >= 0;
          set.append(el('p', {}, [box, ' ', el('label', { for: id }, [v[1] + ' (' + (counts[f].get(v[0]) || 0) + ')'])]));
        });
        facets.append(set);
      });
      if (focused) ($(focused) || status).focus();
    }

    // The filters in force, each a button that removes it; the status names them too.
    function chosen(s) {
      var out = [], labels = { body: M.bodies, topic: M.topics, lang: M.languages };
      FACETS.forEach(function (f) {
        s[f].forEach(function (v) {
          var known = (labels[f] || []).filter(function (l) { return l[0] === v; })[0];
          out.push({ label: known ? known[1] : v, without: Object.assign({}, s, { page: 1 }, (function () { var o = {}; o[f] = s[f].filter(function (x) { return x !== v; }); return o; })()) });
        });
      });
      ['from', 'to'].forEach(function (k) {
        if (s[k]) { var o = { page: 1 }; o[k] = ''; out.push({ label: T['search_' + k] + ' ' + s[k], without: Object.assign({}, s, o) }); }
      });
      return out;
    }

    function renderChosen(s) {
      var items = chosen(s);
      activeList.textContent = '';
      items.forEach(function (c) {
        var b = el('button', { type: 'button', class: 'remove-filter' }, [el('span', { class: 'visually-hidden' }, [T.search_remove_filter + ': ']), c.label, el('span', { 'aria-hidden': 'true' }, [' ×'])]);
        b.addEventListener('click', function () { typing = false; go(c.without, true); input.focus(); });
        activeList.append(el('li', {}, [b]));
      });
      if (items.length > 1) {
        var clear = Object.assign({}, s, { page: 1, from: '', to: '' });
        FACETS.forEach(function (f) { clear[f] = []; });
        var all = el('button', { type: 'button', class: 'remove-filter' }, [T.search_clear]);
        all.addEventListener('click', function () { typing = false; go(clear, true); input.focus(); });
        activeList.append(el('li', {}, [all]));
      }
      active.hidden = !items.length;
      toggle.textContent = T.search_filters + (items.length ? ' (' + items.length + ')' : '');
      return items;
    }

    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      facets.classList.toggle('open', open);
    });

    function pageLink(s, n, label, rel) {
      var target = Object.assign({}, s, { page: n }), a = el('a', { href: query(target), rel: rel }, [label]);
      // The link is gone once the new page is shown: focus goes to the count at the top of the results.
      a.addEventListener('click', function (ev) { ev.preventDefault(); go(target, true).then(function () { status.focus({ preventScroll: true }); }); $('search-results-heading').scrollIntoView(); });
      return a;
    }

    async function run(s, live) {
      var id = ++runId;
      fill(s);
      // The other language's search page runs the same search: organs, topics and years have the same ids there.
      document.querySelectorAll('.languages a[hreflang]').forEach(function (a) { a.search = location.search; });
      if (!s.q.trim() && !FACETS.some(function (f) { return s[f].length; }) && !s.from && !s.to) {
        status.textContent = T.search_prompt; list.textContent = ''; pages.textContent = '';
        if (facets.contains(document.activeElement)) input.focus();
        facets.textContent = '';
        renderChosen(s);
        app.setAttribute('data-done', id);
        return;
      }
      app.setAttribute('aria-busy', 'true');
      try {
        // With no filter chosen the results need no document table: they are shown first, and the
        // table (every decision's facets, the largest file of a query on a large site) is fetched
        // after them, for the filters' counts.
        var filtered = FACETS.some(function (f) { return s[f].length; }) || s.from || s.to;
        var m = await E.match(s.q, live, !filtered), parsed = m.parsed || { clauses: [], phrases: [] };
        var hits = m.hits || Array.from({ length: m.table.count }, function (_, i) { return { doc: i, score: 0 }; });
        var f = filter(M, m.table, hits, s), total = f.results.length;
        var last = Math.max(1, Math.ceil(total / PAGE)), page = Math.min(s.page, last);
        var shown = f.results.slice((page - 1) * PAGE, page * PAGE);
        var chunks = await Promise.all(shown.map(function (h) { return E.meta(Math.floor(h.doc / M.chunk)); }));
        if (id !== runId) return;
        list.textContent = ''; pages.textContent = '';
        shown.forEach(function (h, i) {
          var d = chunks[i][h.doc % M.chunk], lang = M.languages[d[6]], foreign = lang[0] !== M.lang;
          var link = el('a', { href: M.base + d[3], class: 'decision-link', hreflang: foreign ? lang[0] : null, lang: foreign ? lang[0] : null }, highlight(d[0], parsed));
          var meta = el('p', { class: 'meta' }, [el('time', { datetime: d[1] }, [d[2]]), ' · ' + M.bodies[d[5]][1]]);
          if (foreign) meta.append(' · ', el('span', { class: 'language-badge' }, [lang[2]]));
          if (d[7]) meta.append(' · ', el('strong', { class: 'status', lang: foreign ? lang[0] : null }, [d[7]]));
          var item = el('li', {}, [link, meta, el('p', { class: 'snippet', lang: foreign ? lang[0] : null }, highlight(d[4], parsed))]);
          // Found only in the attachments (of which the index holds the words): named and linked.
          if (h.attached && d[8]) {
            var found = el('p', { class: 'snippet attachment-hit' }, [T.search_in_attachment ? T.search_in_attachment + ': ' : '']);  // a theme of its own may lack the text
            d[8].forEach(function (a, k) { if (k) found.append(', '); found.append(el('a', { href: M.base + a[1], lang: foreign ? lang[0] : null }, [a[0]])); });
            item.append(found);
          }
          list.append(item);
        });
        var q = s.q.trim(), words = [count(total)], filters = renderChosen(s).map(function (c) { return c.label; });
        if (q) words.push(' ' + T.search_results_for + ' ”' + q + '”');
        var named = filters.length ? ', ' + T.search_filtered_by + ': ' + filters.join(', ') : '';
        status.textContent = total ? words.join('') + named + '.' : (q ? T.search_no_results + ' ”' + q + '”' + named + '.' : count(0) + named + '.');
        // A word found only through a guess of its base form says so: a wrong guess is then seen for what it is.
        if (total && m.guessed.length && T.search_searched_as) status.append(' ' + T.search_searched_as + ': ' + m.guessed.join(', ') + '.');
        var suggestion = m.missing.filter(function (x) { return x.suggestion; })[0];
        if (!total && suggestion) {
          var fixed = Object.assign({}, s, { q: s.q.replace(new RegExp(suggestion.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), suggestion.suggestion), page: 1 });
          var a = el('a', { href: query(fixed) }, [suggestion.suggestion]);
          a.addEventListener('click', function (ev) { ev.preventDefault(); go(fixed, true); });
          status.append(' ' + T.search_did_you_mean + ' ', a, '?');
        }
        if (last > 1) {
          if (page > 1) pages.append(pageLink(s, page - 1, T.previous_page, 'prev'), ' ');
          pages.append(el('span', {}, [page + '/' + last]));
          if (page < last) pages.append(' ', pageLink(s, page + 1, T.next_page, 'next'));
        }
        var counts = f.counts;
        if (!counts) {
          counts = filter(M, await E.docs(), hits, s).counts;
          if (id !== runId) return;
        }
        renderFacets(counts, s);
      } catch (e) {
        if (id === runId) status.textContent = T.search_error;
      } finally {
        if (id === runId) { app.removeAttribute('aria-busy'); app.setAttribute('data-done', id); }
      }
    }

    var timer = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { go(fromForm(), !typing, true); typing = true; }, 150);
    });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); clearTimeout(timer); typing = false; go(fromForm(), query(fromForm()) !== location.pathname + location.search); });
    form.addEventListener('change', function (ev) { if (ev.target !== input) { typing = false; go(fromForm(), true); } });
    facets.addEventListener('change', function () { typing = false; go(fromForm(), true); });
    window.addEventListener('popstate', function () { typing = false; run(read()); });
    run(read());
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
