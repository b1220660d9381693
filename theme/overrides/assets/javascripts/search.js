/*
 * Search page: reads the static index written by generator/search/index.py (its docstring
 * describes the files) and lists the records that hold every word of the query.
 *
 * Words are compared by key: no marks, đ as d, "y" for "i" where both are spelt, numbers without
 * leading zeros (the same rule as generator.domain.text.search_key), so "nguyen van duc" finds
 * "Nguyễn Văn Đức"; a document's number and symbol is one term ("8/QD-UBND" finds "08/QĐ-UBND",
 * generator/search/terms.py); an abbreviation of the index's table reads the words it stands for.
 * Results that match the marks a reader typed come first; then records whose title holds every
 * term, those whose name is exactly the query first; then the rest. While a reader types, the
 * last word also matches the commonest longer words it starts; a submitted query (Enter, or an
 * address with ?q=) matches whole words only, and so reads fewer files. Only files the index says
 * exist are read: no request answers 404.
 */
(function () {
  "use strict";

  var form = document.getElementById("tdkt-search");
  if (!form || !window.fetch) return;
  var input = form.elements.q;
  var groupSelect = form.elements.nhom;
  var filterSelects = { nam: form.elements.nam, cap: form.elements.cap, dh: form.elements.dh };
  var status = document.getElementById("tdkt-search-status");
  var list = document.getElementById("tdkt-search-results");
  var more = document.getElementById("tdkt-search-more");
  var indexUrl = new URL(form.getAttribute("data-index"), location.href);
  var rootUrl = new URL(form.getAttribute("data-root"), location.href);
  var PAGE = 10;
  var COMPLETIONS = 3;

  var cache = {};
  function get(path, parse) {
    if (!cache[path]) {
      cache[path] = fetch(new URL(path, indexUrl)).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return parse(response);
      });
    }
    return cache[path];
  }
  function json(response) { return response.json(); }
  function buffer(response) { return response.arrayBuffer(); }

  function plain(word) {
    return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  // Keys are cut to their first 30 characters, as the index cuts them (generator/search/terms.py).
  function cut(key) { return Array.from(key).slice(0, 30).join(""); }
  function searchKey(word) {
    var key = plain(word);
    if (/^[0-9]+$/.test(key)) return key.replace(/^0+(?=[0-9])/, "");
    return /^(qu|[hklmst])y$/.test(key) ? key.slice(0, -1) + "i" : key;
  }
  function keyFile(key) {
    if (/^[a-z0-9][a-z0-9-]*$/.test(key)) return key;
    return "_" + Array.from(new TextEncoder().encode(key), function (b) {
      return b.toString(16).padStart(2, "0");
    }).join("");
  }
  function words(text) {
    return text.match(/[\p{L}\p{N}]+/gu) || [];
  }
  /* As NUMBER_SIGN in generator/search/terms.py: "15/QĐ-UBND", "86/2023/NĐ-CP". */
  var SIGN = /[0-9]+(?:\/[0-9]+)*\/[\p{L}][\p{L}\p{N}_]*(?:-[\p{L}\p{N}_]+)*/gu;
  /* The terms of a query: each number and symbol whole, and the words outside them. */
  function terms(query) {
    var text = query.normalize("NFC");
    var found = [];
    var at = 0;
    function plainWords(piece) {
      words(piece).forEach(function (word) {
        found.push({ spelling: word.toLowerCase(), key: cut(searchKey(word)), sign: false });
      });
    }
    text.replace(SIGN, function (sign, offset) {
      plainWords(text.slice(at, offset));
      found.push({ spelling: sign.toLowerCase(), key: cut(words(sign).map(searchKey).join("-")), sign: sign });
      at = offset + sign.length;
      return sign;
    });
    plainWords(text.slice(at));
    return found;
  }

  function decode(data) {
      var bytes = new Uint8Array(data);
      var at = 0;
      function varint() {
        var number = 0, scale = 1, byte;
        do {
          byte = bytes[at++];
          number += (byte & 127) * scale;
          scale *= 128;
        } while (byte & 128);
        return number;
      }
      var spellings = [];
      var decoder = new TextDecoder();
      while (at < bytes.length) {
        var length = varint();
        var spelling = decoder.decode(bytes.subarray(at, at + length));
        at += length;
        var code = 0;
        var codes = [];
        for (var items = varint(); items > 0; items--) {
          var item = varint();
          var repeats = item % 2 ? varint() : 1;
          for (var difference = Math.floor(item / 2); repeats > 0; repeats--) codes.push(code += difference);
        }
        spellings.push({ spelling: spelling, codes: codes });
      }
      return spellings;
  }

  /* The keys starting with a key's first character, with their record counts; null when the
   * index has none. */
  function vocabulary(key) {
    var first = keyFile(key)[0];
    return indexInfo().then(function (meta) {
      if (meta.chu_dau.indexOf(first) < 0) return null;
      return get("tu/" + first + ".txt", function (response) {
        return response.text().then(function (body) {
          var counts = new Map();
          body.split("\n").forEach(function (line) {
            var entry = line.split("\t");
            if (entry[0]) counts.set(entry[0], Number(entry[1]));
          });
          return counts;
        });
      });
    });
  }

  function postings(key) {
    return get("k/" + keyFile(key) + ".bin", buffer).then(decode);
  }

  /* The key if the index has it, and, while it is being typed, the commonest longer keys it starts. */
  function knownKeys(key, completing) {
    return vocabulary(key).then(function (counts) {
      if (!counts) return [];
      var found = counts.has(key) ? [key] : [];
      if (!completing) return found;
      var longer = [];
      counts.forEach(function (count, other) {
        if (other !== key && other.indexOf(key) === 0) longer.push([other, count]);
      });
      longer.sort(function (a, b) { return b[1] - a[1]; });
      return found.concat(longer.slice(0, COMPLETIONS).map(function (entry) { return entry[0]; }));
    });
  }

  /* For one term of the query: record number -> {exact, title, whole}. */
  function matches(term, completing) {
    var typed = term.spelling;
    var marked = !term.expanded && plain(typed) !== typed;
    return knownKeys(term.key, completing).then(function (all) {
      return Promise.all(all.map(postings)).then(function (lists) {
        var found = new Map();
        lists.forEach(function (spellings, i) {
          var whole = all[i] === term.key;
          spellings.forEach(function (entry) {
            var exact = !marked || (whole ? entry.spelling === typed : entry.spelling.indexOf(typed) === 0);
            entry.codes.forEach(function (code) {
              var number = code >> 1;
              var seen = found.get(number) || { exact: false, title: false, whole: false };
              seen.exact = seen.exact || exact;
              seen.title = seen.title || (code & 1) === 1;
              seen.whole = seen.whole || whole;
              found.set(number, seen);
            });
          });
        });
        return found;
      });
    });
  }

  /* The query's terms, an abbreviation of the index's table replaced by the words it stands for
   * (a record that writes the abbreviation is indexed under those words too). */
  function queryTerms(query, meta) {
    var found = [];
    terms(query).forEach(function (term) {
      var meaning = !term.sign && meta.viet_tat[term.key];
      if (!meaning) return found.push(term);
      meaning.forEach(function (key) { found.push({ spelling: key, key: key, sign: false, expanded: true }); });
    });
    return found;
  }

  /* The number of different terms of record `number`'s name (do-dai.bin, four bits a record). */
  function nameLengths() {
    return get("do-dai.bin", buffer).then(function (data) {
      var bytes = new Uint8Array(data);
      return function (number) { return (bytes[number >> 1] >> (number & 1 ? 4 : 0)) & 15; };
    });
  }

  /* The records every chosen filter keeps, or null when none is chosen. The index has a file
   * for every value the page offers (generator/domain/facets.py). */
  function kept(chosen) {
    var lists = Object.keys(chosen).filter(function (field) { return chosen[field]; }).map(function (field) {
      return get("loc/" + field + "-" + chosen[field] + ".bin", buffer).then(function (data) {
        var spellings = decode(data);
        return new Set(spellings.length ? spellings[0].codes.map(function (code) { return code >> 1; }) : []);
      });
    });
    if (!lists.length) return Promise.resolve(null);
    return Promise.all(lists);
  }

  function rank(asking, range, sets, typing) {
    if (!asking.length) return Promise.resolve([]);
    var last = asking.length - 1;
    return Promise.all(asking.map(function (term, i) { return matches(term, typing && i === last); }))
      .then(function (maps) {
        var smallest = maps.reduce(function (a, b) { return a.size <= b.size ? a : b; });
        var results = [];
        smallest.forEach(function (_, number) {
          if (range && (number < range[0] || number >= range[1])) return;
          if (sets && !sets.every(function (set) { return set.has(number); })) return;
          var score = { number: number, exact: 0, title: 0, whole: true, extra: 0 };
          for (var i = 0; i < maps.length; i++) {
            var seen = maps[i].get(number);
            if (!seen) return;
            score.exact += seen.exact ? 1 : 0;
            score.title += seen.title ? 1 : 0;
            if (i === last) score.whole = seen.whole;
          }
          results.push(score);
        });
        var titled = results.filter(function (score) { return score.title === maps.length; });
        if (!titled.length) return results;
        return nameLengths().then(function (length) {
          // A title holding every term: the fewer other words its name has, the closer the match
          // ("Bà Nguyễn Thị Hường" is named exactly by "nguyen thi huong").
          titled.forEach(function (score) { score.extra = Math.max(0, length(score.number) - maps.length); });
          return results;
        });
      })
      .then(function (results) {
        return results.sort(function (a, b) {
          var aAll = a.title === asking.length, bAll = b.title === asking.length;
          return (b.exact - a.exact) || (b.whole - a.whole) || (bAll - aAll) || (a.extra - b.extra) ||
            (b.title - a.title) || (a.number - b.number);
        });
      });
  }

  function shown(meta, number) {
    var shard = Math.floor(number / meta.co_manh);
    return get("bg/" + shard + ".json", json).then(function (records) { return records[number - shard * meta.co_manh]; });
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  }

  function link(address, content) {
    var node = element("a", "", content);
    node.href = new URL(address, rootUrl).href;
    return node;
  }

  function render(record) {
    var item = element("li", "tdkt-result");
    item.appendChild(element("p", "tdkt-result__kind", record[2] + (record[4] ? " · " + record[4] : "")));
    var title = element("h2", "tdkt-result__title");
    title.appendChild(link(record[0], record[1]));
    item.appendChild(title);
    if (record[3]) item.appendChild(element("p", "tdkt-result__description", record[3]));
    if (record[5]) {
      // One person's or unit's awards, each leading to its row in the decision.
      var awards = element("ul", "tdkt-result__awards");
      awards.setAttribute("aria-label", "Các lần được khen thưởng");
      record[5].forEach(function (award) {
        var line = element("li");
        line.appendChild(link(award[0], award[1]));
        awards.appendChild(line);
      });
      if (record[6] > record[5].length) {
        awards.appendChild(element("li", "", "và " + (record[6] - record[5].length).toLocaleString("vi-VN") +
          " lần khác"));
      }
      item.appendChild(awards);
    }
    return item;
  }

  /* Read when first needed: a visit that does not search fetches nothing of the index. */
  var info = null;
  function indexInfo() {
    if (!info) info = get("thong-tin.json", json);
    return info;
  }
  var latest = 0;
  var current = [];
  var shownCount = 0;

  function showMore() {
    var request = latest;
    var batch = current.slice(shownCount, shownCount + PAGE);
    return indexInfo().then(function (meta) {
      return Promise.all(batch.map(function (result) { return shown(meta, result.number); }));
    }).then(function (records) {
      if (request !== latest) return;
      records.forEach(function (record) { list.appendChild(render(record)); });
      shownCount += batch.length;
      more.hidden = shownCount >= current.length;
    });
  }

  function chosenFilters() {
    var chosen = {};
    Object.keys(filterSelects).forEach(function (field) { chosen[field] = filterSelects[field].value; });
    return chosen;
  }

  function say(message) {
    list.textContent = "";
    more.hidden = true;
    status.textContent = message;
  }

  /* `asked`: the reader submitted the query (Enter, the button, an address with ?q=), rather
   * than typing it. */
  function search(typing, asked) {
    var query = input.value.trim();
    var group = groupSelect.value;
    var chosen = chosenFilters();
    var request = ++latest;
    var url = new URL(location.href);
    url.searchParams.set("q", query);
    if (group) url.searchParams.set("nhom", group); else url.searchParams.delete("nhom");
    Object.keys(chosen).forEach(function (field) {
      if (chosen[field]) url.searchParams.set(field, chosen[field]); else url.searchParams.delete(field);
    });
    history.replaceState(null, "", url);
    var filtered = group || Object.keys(chosen).some(function (field) { return chosen[field]; });
    if (!terms(query).length) {
      // Said at once: nothing of the index is needed to know there is nothing to look for.
      say(asked ? "Hãy gõ từ cần tìm: tên người, tên đơn vị, số quyết định (ví dụ 15/QĐ-UBND) " +
        "hoặc danh hiệu (ví dụ Chiến sĩ thi đua, CSTĐ)." : "");
      return Promise.resolve();
    }
    return indexInfo().then(function (meta) {
      var asking = queryTerms(query, meta);
      var range = null;
      meta.nhom.forEach(function (entry) { if (entry[0] === group) range = [entry[1], entry[2]]; });
      if (group && !range) range = [0, 0];
      return kept(chosen).then(function (sets) {
        return rank(asking, range, sets, typing);
      }).then(function (results) {
        if (request !== latest) return;
        current = results;
        shownCount = 0;
        list.textContent = "";
        return showMore().then(function () {
          // Said once the results are on the page, so that a screen reader can go on to them.
          if (request !== latest) return;
          if (results.length) {
            status.textContent = "Tìm thấy " + results.length.toLocaleString("vi-VN") + " kết quả cho “" + query + "”.";
            return;
          }
          var sign = asking.filter(function (term) { return term.sign; })[0];
          status.textContent = sign && !typing
            ? "Không có văn bản nào mang số ký hiệu “" + sign.sign + "” trên cổng. Hãy kiểm tra lại số " +
              "và ký hiệu (ví dụ 15/QĐ-UBND), hoặc tìm theo tên người, tên đơn vị."
            : "Không tìm thấy kết quả nào cho “" + query + "”. " +
              (filtered ? "Hãy bỏ bớt bộ lọc, hoặc gõ từ khác." : "Hãy thử bớt từ hoặc gõ từ khác.");
        });
      });
    }).catch(function () {
      if (request === latest) status.textContent = "Không tải được dữ liệu tìm kiếm. Vui lòng thử lại.";
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    // A space after the last word says it is finished.
    timer = setTimeout(function () { search(!/\s$/.test(input.value), false); }, 250);
  });
  [groupSelect].concat(Object.keys(filterSelects).map(function (field) { return filterSelects[field]; }))
    .forEach(function (select) { select.addEventListener("change", function () { search(false, false); }); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(false, true);
  });
  more.addEventListener("click", function () {
    var first = shownCount;
    showMore().then(function () {
      var next = list.children[first];
      if (next) next.querySelector("a").focus();
    });
  });

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  groupSelect.value = params.get("nhom") || "";
  Object.keys(filterSelects).forEach(function (field) { filterSelects[field].value = params.get(field) || ""; });
  // The filters are folded away unless the address chose one.
  if (groupSelect.value || Object.keys(filterSelects).some(function (field) { return filterSelects[field].value; })) {
    document.getElementById("tdkt-search-filters").open = true;
  }
  if (params.has("q")) search(false, true); else input.focus();
})();
