/*
 * Search page: reads the static index written by generator/search/index.py (its docstring
 * describes the files) and lists the records that hold every word of the query.
 *
 * Words are compared by key: no marks, đ as d, "y" for "i" where both are spelt (the same rule as
 * generator.domain.text.search_key), so "nguyen van duc" finds "Nguyễn Văn Đức". Results that
 * match the marks a reader typed come first, then results with the words in their title. While a
 * reader types, the last word also matches the commonest longer words it starts; a submitted query
 * (Enter, or an address with ?q=) matches whole words only, and so reads fewer files.
 */
(function () {
  "use strict";

  var form = document.getElementById("tdkt-search");
  if (!form || !window.fetch) return;
  var input = form.elements.q;
  var groupSelect = form.elements.nhom;
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
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(response.status);
        return parse(response);
      });
    }
    return cache[path];
  }
  function text(response) { return response.text(); }
  function json(response) { return response.json(); }
  function buffer(response) { return response.arrayBuffer(); }

  function plain(word) {
    return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function searchKey(word) {
    var key = plain(word);
    return /^(qu|[hklmst])y$/.test(key) ? key.slice(0, -1) + "i" : key;
  }
  function keyFile(key) {
    // Keys are cut to their first 30 characters, as the index (generator/search/index.py) cuts them.
    key = Array.from(key).slice(0, 30).join("");
    if (/^[a-z0-9]+$/.test(key)) return key;
    return "_" + Array.from(new TextEncoder().encode(key), function (b) {
      return b.toString(16).padStart(2, "0");
    }).join("");
  }
  function words(query) {
    return query.normalize("NFC").match(/[\p{L}\p{N}]+/gu) || [];
  }

  function postings(key) {
    return get("k/" + keyFile(key) + ".bin", buffer).then(function (data) {
      var bytes = new Uint8Array(data || new ArrayBuffer(0));
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
    });
  }

  /* The commonest longer words the last word may be the start of, while it is being typed. */
  function completions(key) {
    var file = keyFile(key);
    if (file !== key) return Promise.resolve([]);
    return get("tu/" + file[0] + ".txt", text).then(function (body) {
      return (body || "").split("\n").map(function (line) { return line.split("\t"); })
        .filter(function (entry) { return entry[0] !== key && entry[0].indexOf(key) === 0; })
        .sort(function (a, b) { return b[1] - a[1]; })
        .slice(0, COMPLETIONS)
        .map(function (entry) { return entry[0]; });
    });
  }

  /* For one word of the query: record number -> {exact, title, whole}. */
  function matches(word, completing) {
    var key = searchKey(word);
    var typed = word.toLowerCase();
    var marked = plain(word) !== typed;
    var keys = completing ? completions(key).then(function (more) { return [key].concat(more); }) : Promise.resolve([key]);
    return keys.then(function (all) {
      return Promise.all(all.map(postings)).then(function (lists) {
        var found = new Map();
        lists.forEach(function (spellings, i) {
          var whole = all[i] === key;
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

  function rank(query, range, typing) {
    var terms = words(query);
    if (!terms.length) return Promise.resolve([]);
    return Promise.all(terms.map(function (word, i) { return matches(word, typing && i === terms.length - 1); }))
      .then(function (maps) {
        var smallest = maps.reduce(function (a, b) { return a.size <= b.size ? a : b; });
        var results = [];
        smallest.forEach(function (_, number) {
          if (range && (number < range[0] || number >= range[1])) return;
          var score = { number: number, exact: 0, title: 0, whole: true };
          for (var i = 0; i < maps.length; i++) {
            var seen = maps[i].get(number);
            if (!seen) return;
            score.exact += seen.exact ? 1 : 0;
            score.title += seen.title ? 1 : 0;
            if (i === maps.length - 1) score.whole = seen.whole;
          }
          results.push(score);
        });
        return results.sort(function (a, b) {
          return (b.exact - a.exact) || (b.whole - a.whole) || (b.title - a.title) || (a.number - b.number);
        });
      });
  }

  function shown(info, number) {
    var shard = Math.floor(number / info.co_manh);
    return get("bg/" + shard + ".json", json).then(function (records) { return records[number - shard * info.co_manh]; });
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  }

  function render(record) {
    var item = element("li", "tdkt-result");
    item.appendChild(element("p", "tdkt-result__kind", record[2] + (record[4] ? " · " + record[4] : "")));
    var title = element("h2", "tdkt-result__title");
    var link = element("a", "", record[1]);
    link.href = new URL(record[0], rootUrl).href;
    title.appendChild(link);
    item.appendChild(title);
    item.appendChild(element("p", "tdkt-result__description", record[3]));
    return item;
  }

  var info = get("thong-tin.json", json);
  var latest = 0;
  var current = [];
  var shownCount = 0;

  function showMore() {
    var request = latest;
    var batch = current.slice(shownCount, shownCount + PAGE);
    return info.then(function (meta) {
      return Promise.all(batch.map(function (result) { return shown(meta, result.number); }));
    }).then(function (records) {
      if (request !== latest) return;
      records.forEach(function (record) { list.appendChild(render(record)); });
      shownCount += batch.length;
      more.hidden = shownCount >= current.length;
    });
  }

  function search(typing) {
    var query = input.value.trim();
    var group = groupSelect.value;
    var request = ++latest;
    var url = new URL(location.href);
    url.searchParams.set("q", query);
    if (group) url.searchParams.set("nhom", group); else url.searchParams.delete("nhom");
    history.replaceState(null, "", url);
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      more.hidden = true;
      return Promise.resolve();
    }
    return info.then(function (meta) {
      var range = null;
      meta.nhom.forEach(function (entry) { if (entry[0] === group) range = [entry[1], entry[2]]; });
      if (group && !range) range = [0, 0];
      return rank(query, range, typing);
    }).then(function (results) {
      if (request !== latest) return;
      current = results;
      shownCount = 0;
      list.textContent = "";
      return showMore().then(function () {
        // Said once the results are on the page, so that a screen reader can go on to them.
        if (request !== latest) return;
        status.textContent = results.length
          ? "Tìm thấy " + results.length.toLocaleString("vi-VN") + " kết quả cho “" + query + "”."
          : "Không tìm thấy kết quả nào cho “" + query + "”. Hãy thử bớt từ hoặc gõ từ khác.";
      });
    }).catch(function () {
      if (request === latest) status.textContent = "Không tải được dữ liệu tìm kiếm. Vui lòng thử lại.";
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    // A space after the last word says it is finished.
    timer = setTimeout(function () { search(!/\s$/.test(input.value)); }, 250);
  });
  groupSelect.addEventListener("change", function () { search(false); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(false);
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
  if (input.value) search(false); else input.focus();
})();
