/*
 * DecisionsPortal search: Snowball stemmers for Finnish, Swedish and English.
 *
 * The build stems documents with Lucene.Net.Analysis.Common 4.8.0-beta00017
 * (Lucene.Net.Tartarus.Snowball.Ext.{Finnish,Swedish,English}Stemmer). Query
 * terms typed in the browser must be stemmed to exactly the same strings, or
 * they miss the index. This file is our own port of the published Snowball
 * algorithms, in the variant that Lucene 4.8 ships (older than today's
 * snowballstem.org scripts - the differences are noted where they matter).
 * tests/DecisionsPortal.Tests/Search/StemmerWords/*.txt hold the word lists
 * that are checked against Lucene.Net word by word.
 *
 * Classic script, no modules: defines globalThis.DPStemmers = { fi, sv, en },
 * each taking one lower-cased word and returning its stem.
 */
(function (root) {
  'use strict';

  // ---------------------------------------------------------------------------
  // Shared machinery. Snowball programs work on a string with a cursor `c`,
  // a backward limit `lb` (set by "setlimit", e.g. to the start of region R1)
  // and a slice [bra, ket) that the last matched suffix occupies. Every rule
  // below runs "backwards", i.e. from the end of the word towards its start.
  // Keeping that model (instead of plain endsWith/slice code) reproduces the
  // corner cases of the generated code, e.g. a word that shrinks below R1.
  // ---------------------------------------------------------------------------

  function Z(word) {
    this.s = word;
    this.c = word.length;
    this.lb = 0;
    this.bra = 0;
    this.ket = 0;
  }

  // Consume one character before the cursor if it is (inB) / is not (outB)
  // in the set. Characters outside the alphabet count as "not in the set".
  Z.prototype.inB = function (set) {
    if (this.c <= this.lb || set.indexOf(this.s[this.c - 1]) < 0) return false;
    this.c--;
    return true;
  };
  Z.prototype.outB = function (set) {
    if (this.c <= this.lb || set.indexOf(this.s[this.c - 1]) >= 0) return false;
    this.c--;
    return true;
  };
  // Consume a literal that ends at the cursor.
  Z.prototype.eqB = function (lit) {
    if (this.c - this.lb < lit.length || !this.s.endsWith(lit, this.c)) return false;
    this.c -= lit.length;
    return true;
  };
  // Step back one character ("next" in backward mode).
  Z.prototype.prev = function () {
    if (this.c <= this.lb) return false;
    this.c--;
    return true;
  };
  // "among": the longest entry that ends at the cursor (not reaching below lb).
  // Returns its result (null = none) and leaves the cursor in front of it.
  // If the caller's action then fails, no shorter entry is tried.
  Z.prototype.among = function (table) {
    for (var i = 0; i < table.length; i++) {
      var e = table[i];
      if (this.c - this.lb >= e[0].length && this.s.endsWith(e[0], this.c)) {
        this.c -= e[0].length;
        return e[1];
      }
    }
    return null;
  };
  // "[substring] among" restricted to the region starting at `mark`
  // ("setlimit tomark mark for ([substring])"). Sets bra/ket around the match.
  Z.prototype.suffix = function (mark, table) {
    if (this.c < mark) return null;
    var lb = this.lb;
    this.lb = mark;
    this.ket = this.c;
    var r = this.among(table);
    this.bra = this.c;
    this.lb = lb;
    return r;
  };
  // Replace the slice [bra, ket) and keep the cursor where Snowball keeps it.
  Z.prototype.slice = function (text) {
    var adj = text.length - (this.ket - this.bra);
    this.s = this.s.slice(0, this.bra) + text + this.s.slice(this.ket);
    if (this.c >= this.ket) this.c += adj;
    else if (this.c > this.bra) this.c = this.bra;
  };
  Z.prototype.del = function () { this.slice(''); };
  // Run one step from the end of the word; a failing step changes nothing more.
  Z.prototype.run = function (step) {
    this.c = this.s.length;
    step(this);
  };

  // Build an among table from {suffix: result}; results are never null.
  // Sorted longest first so that Z.among finds the longest match.
  function table(map) {
    return Object.keys(map).map(function (k) { return [k, map[k]]; }).sort(function (a, b) { return b[0].length - a[0].length; });
  }
  function list(words, result) {
    var m = {};
    words.split(' ').forEach(function (w) { m[w] = result || 1; });
    return m;
  }

  // Forward region marking shared by all three: the position just after the
  // first non-vowel that follows a vowel, searching from `from`; or len.
  function regionAfter(s, from, vowels) {
    var i = from;
    while (i < s.length && vowels.indexOf(s[i]) < 0) i++;
    while (i < s.length && vowels.indexOf(s[i]) >= 0) i++;
    return i < s.length ? i + 1 : s.length;
  }

  // ---------------------------------------------------------------------------
  // Finnish (snowballstem.org "Finnish stemming algorithm", Lucene 4.8 variant)
  // ---------------------------------------------------------------------------

  var fi = (function () {
    var V1 = 'aeiouyäö', AEI = 'aäei', PARTICLE_END = V1 + 'nt';
    var LONG = table(list('aa ee ii oo uu ää öö'));
    function isLong(z) { return z.among(LONG) !== null; }

    // Particles/clitics: -kin -kaan -kään -ko -kö -han -hän -pa -pä need a
    // preceding vowel, n or t; -sti (adverbs) must lie in R2.
    var PARTICLE = table(Object.assign(list('kin kaan kään ko kö han hän pa pä'), { sti: 2 }));
    // Possessive suffixes.
    var POSSESSIVE = table({ si: 1, ni: 2, nsa: 3, 'nsä': 3, mme: 3, nne: 3, an: 4, 'än': 5, en: 6 });
    var AFTER_AN = table(list('ta ssa sta lla lta na'));
    var AFTER_AEN = table(list('tä ssä stä llä ltä nä'));
    var AFTER_EN = table(list('lle ine'));
    // Case endings. The Snowball script also lists 'siin' 'seen' (after a
    // long vowel) and 'den' 'tten' (after i + vowel) with a condition checked
    // during the lookup. Lucene's generated code evaluates those conditions on
    // a shared static stemmer instance whose buffer is empty, so they never
    // hold and these words always fall back to the plain '-n' rule. We do the
    // same by leaving the four entries out.
    var CASE = table(Object.assign(
      list('lla na ssa ta lta sta llä nä ssä tä ltä stä lle ine ksi', -1),
      { han: 11, hen: 12, hin: 13, hon: 14, 'hän': 15, 'hön': 16, n: 7, a: 8, 'ä': 8, tta: 9, 'ttä': 9 }
    ));
    var CASE_VOWEL = { 11: 'a', 12: 'e', 13: 'i', 14: 'o', 15: 'ä', 16: 'ö' };
    // Comparative/superlative endings and -eja, only in R2.
    var OTHER = table(Object.assign(list('mma mpa mmi mpi mmä mpä'), list('eja ejä imma impa immi impi immä impä', -1)));
    var I_J = table(list('i j'));
    var MMA = table({ mma: 1, imma: -1 });

    return function (word) {
      var z = new Z(word);
      var p1 = regionAfter(word, 0, V1);
      var p2 = regionAfter(word, p1, V1);
      var endingRemoved = false;

      z.run(function (z) {
        var r = z.suffix(p1, PARTICLE);
        if (!r) return;
        if (r === 1 && !z.inB(PARTICLE_END)) return;
        if (r === 2 && z.c < p2) return;
        z.del();
      });

      z.run(function (z) {
        switch (z.suffix(p1, POSSESSIVE)) {
          case 1: if (!z.eqB('k')) z.del(); return;          // 'kensi' stays
          case 2:                                            // 'kseni' -> 'ksi'
            z.del();
            z.ket = z.c;
            if (z.eqB('kse')) { z.bra = z.c; z.slice('ksi'); }
            return;
          case 3: z.del(); return;
          case 4: if (z.among(AFTER_AN)) z.del(); return;    // deletes only '-an'
          case 5: if (z.among(AFTER_AEN)) z.del(); return;
          case 6: if (z.among(AFTER_EN)) z.del(); return;
        }
      });

      z.run(function (z) {
        var r = z.suffix(p1, CASE);
        if (!r) return;
        if (CASE_VOWEL[r]) {
          if (!z.eqB(CASE_VOWEL[r])) return;                // illative -hVn needs the same vowel before it
        } else if (r === 7) {
          // genitive/illative -n: after a long vowel or 'ie' take one vowel too.
          // Checked on the whole word (the R1 limit is already lifted).
          var c = z.c;
          if (isLong(z) || (z.c = c, z.eqB('ie'))) {
            z.c = c;
            if (z.prev()) z.bra = z.c;
          }
          z.c = c;
        } else if (r === 8) {
          // partitive -a/-ä after vowel + non-vowel. Lucene tests "not V1"
          // here, not the consonant group of newer scripts.
          if (!z.inB(V1) || !z.outB(V1)) return;
        } else if (r === 9) {
          if (!z.eqB('e')) return;
        }
        z.del();
        endingRemoved = true;
      });

      z.run(function (z) {
        var r = z.suffix(p2, OTHER);
        if (!r || (r === 1 && z.eqB('po'))) return;         // -mma etc. not after 'po'
        z.del();
      });

      if (endingRemoved) {
        z.run(function (z) { if (z.suffix(p1, I_J)) z.del(); });
      } else {
        z.run(function (z) {
          // plural -t after a vowel (inside R1), then -mma in R2 unless after 'po'.
          if (z.c < p1) return;
          var lb = z.lb;
          z.lb = p1;
          z.ket = z.c;
          var ok = z.eqB('t') && (z.bra = z.c, z.inB(V1));
          z.lb = lb;
          if (!ok) return;
          z.c = z.bra;
          z.del();
          var r = z.suffix(p2, MMA);
          if (!r || (r === 1 && z.eqB('po'))) return;
          z.del();
        });
      }

      z.run(function (z) {
        // Tidy-up inside R1; skipped entirely if the word is now shorter than R1.
        if (z.c < p1) return;
        var lb = z.lb;
        z.lb = p1;
        if (isLong(z)) {                                       // undouble vowel
          z.c = z.s.length;
          z.ket = z.c;
          if (z.prev()) { z.bra = z.c; z.del(); }
        }
        z.c = z.s.length;
        z.ket = z.c;
        if (z.inB(AEI) && (z.bra = z.c, z.outB(V1))) z.del();  // trailing a ä e i
        z.c = z.s.length;
        z.ket = z.c;
        if (z.eqB('j') && (z.bra = z.c, z.eqB('o') || z.eqB('u'))) z.del();
        z.c = z.s.length;
        z.ket = z.c;
        if (z.eqB('o') && (z.bra = z.c, z.eqB('j'))) z.del();
        z.lb = lb;
        // Undouble the last consonant of the word (whole word, not just R1).
        z.c = z.s.length;
        while (!(z.c > z.lb && V1.indexOf(z.s[z.c - 1]) < 0)) if (!z.prev()) return;
        z.ket = z.c;
        if (!z.prev()) return;
        z.bra = z.c;
        if (z.eqB(z.s.slice(z.bra, z.ket))) z.del();
      });

      return z.s;
    };
  })();

  // ---------------------------------------------------------------------------
  // Swedish (snowballstem.org "Swedish stemming algorithm", Lucene 4.8 variant)
  // ---------------------------------------------------------------------------

  var sv = (function () {
    var V = 'aeiouyäåö';
    var S_ENDING = 'bcdfghjklmnoprtvy';
    var MAIN = table(Object.assign(list(
      'a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ' +
      'ar er heter or as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast'
    ), { s: 2 }));
    var PAIRS = table(list('dd gd nn dt gt kt tt'));
    var OTHER = table({ lig: 1, ig: 1, els: 1, 'löst': 2, fullt: 3 });

    return function (word) {
      var z = new Z(word);
      // R1, but never starting before the fourth letter; words shorter than
      // three letters get an empty R1.
      var p1 = word.length;
      if (word.length >= 3) p1 = Math.max(3, regionAfter(word, 0, V));

      z.run(function (z) {
        var r = z.suffix(p1, MAIN);
        if (r === 1 || (r === 2 && z.inB(S_ENDING))) z.del();
      });
      z.run(function (z) {
        // undouble: drop the last letter of a final dd gd nn dt gt kt tt in R1
        if (z.c < p1) return;
        var lb = z.lb;
        z.lb = p1;
        if (z.among(PAIRS)) {
          z.c = z.s.length;
          z.ket = z.c;
          z.prev();
          z.bra = z.c;
          z.del();
        }
        z.lb = lb;
      });
      z.run(function (z) {
        var r = z.suffix(p1, OTHER);
        if (r === 1) z.del();
        else if (r === 2) z.slice('lös');
        else if (r === 3) z.slice('full');
      });
      return z.s;
    };
  })();

  // ---------------------------------------------------------------------------
  // English (Porter2 / snowballstem.org "English stemming algorithm", the
  // revision Lucene 4.8 ships: only gener/commun/arsen as R1 exceptions)
  // ---------------------------------------------------------------------------

  var en = (function () {
    var V = 'aeiouy', V_WXY = 'aeiouywxY', VALID_LI = 'cdeghkmnrt';
    var EXCEPTIONS = new Map([
      ['skis', 'ski'], ['skies', 'sky'], ['dying', 'die'], ['lying', 'lie'], ['tying', 'tie'],
      ['idly', 'idl'], ['gently', 'gentl'], ['ugly', 'ugli'], ['early', 'earli'], ['only', 'onli'],
      ['singly', 'singl'], ['sky', 'sky'], ['news', 'news'], ['howe', 'howe'], ['atlas', 'atlas'],
      ['cosmos', 'cosmos'], ['bias', 'bias'], ['andes', 'andes']
    ]);
    // Left alone once Step 1a has run ('innings' -> 'inning').
    var EXCEPTIONS2 = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
    var APOSTROPHE = table(list("' 's 's'"));
    var STEP1A = table({ sses: 1, ied: 2, ies: 2, s: 3, us: -1, ss: -1 });
    var STEP1B = table({ eed: 1, eedly: 1, ed: 2, edly: 2, ing: 2, ingly: 2 });
    var STEP1B_END = table(Object.assign({ '': 3, at: 1, bl: 1, iz: 1 }, list('bb dd ff gg mm nn pp rr tt', 2)));
    var STEP2 = table({
      tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize', ization: 'ize',
      ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful',
      ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble',
      ogi: 'og', fulli: 'ful', lessli: 'less', li: ''
    });
    var STEP3 = table({ tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '', ness: '', ative: 'R2' });
    var STEP4 = table(Object.assign(list('al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize'), { ion: 2 }));
    var STEP5 = table({ e: 1, l: 2 });

    // Short syllable ending at the cursor: non-vowel (not w, x, Y) + vowel +
    // non-vowel, or vowel + non-vowel at the very start of the word.
    function shortv(z) {
      var c = z.c;
      var ok = (z.outB(V_WXY) && z.inB(V) && z.outB(V)) ||
        (z.c = c, z.outB(V) && z.inB(V) && z.c <= z.lb);
      z.c = c;
      return ok;
    }
    // Backward "gopast vowel": is there a vowel before the cursor?
    function vowelBefore(z) {
      for (var i = z.c - 1; i >= z.lb; i--) if (V.indexOf(z.s[i]) >= 0) return i;
      return -1;
    }

    return function (word) {
      if (EXCEPTIONS.has(word)) return EXCEPTIONS.get(word);
      if (word.length < 3) return word;

      // Prelude: drop one leading apostrophe; mark consonant y as Y
      // (initial y, and y after a vowel - scanning left to right).
      var s = word[0] === "'" ? word.slice(1) : word;
      var yFound = false;
      if (s[0] === 'y') { s = 'Y' + s.slice(1); yFound = true; }
      for (var i = 0; i + 1 < s.length; i++) {
        if (V.indexOf(s[i]) >= 0 && s[i + 1] === 'y') {
          s = s.slice(0, i + 1) + 'Y' + s.slice(i + 2);
          yFound = true;
        }
      }

      var prefix = /^(gener|commun|arsen)/.exec(s);
      var p1 = prefix ? prefix[0].length : regionAfter(s, 0, V);
      var p2 = regionAfter(s, p1, V);

      var z = new Z(s);

      z.run(function (z) {  // Step 1a
        z.ket = z.c;
        if (z.among(APOSTROPHE)) { z.bra = z.c; z.del(); }
        z.ket = z.c;
        var r = z.among(STEP1A);
        z.bra = z.c;
        if (r === 1) z.slice('ss');
        else if (r === 2) z.slice(z.c - 2 >= z.lb ? 'i' : 'ie');  // 'ties' -> 'tie', 'cries' -> 'cri'
        else if (r === 3) {
          // -s goes if a vowel occurs before the letter preceding it: 'gas' stays.
          if (z.prev() && vowelBefore(z) >= 0) z.del();
        }
      });

      if (!EXCEPTIONS2.has(z.s)) {
        z.run(function (z) {  // Step 1b
          z.ket = z.c;
          var r = z.among(STEP1B);
          z.bra = z.c;
          if (r === 1) { if (z.c >= p1) z.slice('ee'); return; }
          if (r !== 2 || vowelBefore(z) < 0) return;
          z.del();
          var end = z.c;
          r = z.among(STEP1B_END);
          z.c = end;
          if (r === 1) { z.s += 'e'; }                                 // luxuriat -> luxuriate
          else if (r === 2) { z.ket = end; z.bra = end - 1; z.del(); } // hopp -> hop
          else if (r === 3 && end === p1 && shortv(z)) { z.s += 'e'; } // hop -> hope
        });

        z.run(function (z) {  // Step 1c: y/Y -> i after a non-vowel that is not the first letter
          z.ket = z.c;
          if (!(z.eqB('y') || z.eqB('Y'))) return;
          z.bra = z.c;
          if (z.outB(V) && z.c > z.lb) z.slice('i');
        });

        z.run(function (z) {  // Step 2 (R1)
          z.ket = z.c;
          var r = z.among(STEP2);
          z.bra = z.c;
          if (r === null || z.c < p1) return;
          if (r === 'og') { if (z.eqB('l')) z.slice(r); }          // -logi only
          else if (r === '') { if (z.inB(VALID_LI)) z.del(); }    // -li after c d e g h k m n r t
          else z.slice(r);
        });

        z.run(function (z) {  // Step 3 (R1; -ative in R2)
          z.ket = z.c;
          var r = z.among(STEP3);
          z.bra = z.c;
          if (r === null || z.c < p1) return;
          if (r === 'R2') { if (z.c >= p2) z.del(); }
          else z.slice(r);
        });

        z.run(function (z) {  // Step 4 (R2); -ion only after s or t
          z.ket = z.c;
          var r = z.among(STEP4);
          z.bra = z.c;
          if (!r || z.c < p2) return;
          if (r === 2 && !(z.eqB('s') || z.eqB('t'))) return;
          z.del();
        });

        z.run(function (z) {  // Step 5: -e in R2, or in R1 unless after a short syllable; -ll in R2
          z.ket = z.c;
          var r = z.among(STEP5);
          z.bra = z.c;
          if (r === 1 && (z.c >= p2 || (z.c >= p1 && !shortv(z)))) z.del();
          else if (r === 2 && z.c >= p2 && z.eqB('l')) z.del();
        });
      }

      return yFound ? z.s.replace(/Y/g, 'y') : z.s;
    };
  })();

  root.DPStemmers = { fi: fi, sv: sv, en: en };
})(typeof globalThis !== 'undefined' ? globalThis : this);
