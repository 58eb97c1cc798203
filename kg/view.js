// The graph explorer's page script (kg/view.py embeds it after the data). Strings of the data reach the
// document through textContent only; positions come from the file, so vis-network runs no physics.
(function () {
  "use strict";
  var timing = {start: performance.now()};
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  timing.parsed = performance.now();
  var N = D.iri.length;
  var $ = function (id) { return document.getElementById(id); };
  var status = $("kg-status");

  // ------------------------------------------------------------------ indexes
  function push(map, k, v) { (map[k] || (map[k] = [])).push(v); }
  var adj = [], postsOf = {}, membersOf = {}, linksFrom = {}, linksTo = {}, parents = {}, children = {};
  for (var i = 0; i < N; i++) { adj.push([]); }
  D.edges.forEach(function (e, j) { adj[e[0]].push(j); adj[e[1]].push(j); });
  D.posts.forEach(function (p) { push(postsOf, p[0], p); push(membersOf, p[1], p); });
  D.links.forEach(function (l) { push(linksFrom, l[0], l); push(linksTo, l[1], l); });
  D.subs.forEach(function (s) { push(parents, s[0], s[1]); push(children, s[1], s[0]); });
  function group(i) { return D.kinds[D.kind[i]][0].split("/")[0]; }
  function info(i) { return D.info[i] || {}; }

  // ------------------------------------------------------------------ network
  var groups = {};
  D.kinds.forEach(function (k, n) {
    var c = {background: k[2], border: "#555"}, strong = {background: k[2], border: "#000"};
    groups["k" + n] = {shape: k[3], color: {background: c.background, border: c.border, highlight: strong, hover: strong}};
  });
  var nodes = new Array(N), hub = {};
  D.hub.forEach(function (v) { hub[v] = true; });
  for (i = 0; i < N; i++) {
    var o = {id: i, x: D.x[i], y: D.y[i], label: D.label[i], group: "k" + D.kind[i],
             size: 7 + 2.5 * Math.sqrt(D.degree[i])};
    if (hub[i]) { o.font = {size: Math.min(44, 13 + 2.5 * Math.sqrt(D.degree[i]))}; }
    nodes[i] = o;
  }
  // edges of the first category (posts, the most) take the global options: per-edge options cost ~50 µs each
  var edges = D.edges.map(function (e, j) {
    var k = D.edgeKinds[e[2]];
    return e[2] === 0 ? {id: j, from: e[0], to: e[1]} : {id: j, from: e[0], to: e[1], color: k[2], dashes: k[3]};
  });
  var visible = new Uint8Array(N).fill(1);
  var nodeView = new vis.DataView(new vis.DataSet(nodes), {filter: function (n) { return visible[n.id] === 1; }});
  var edgeView = new vis.DataView(new vis.DataSet(edges),
                                  {filter: function (e) { return visible[e.from] === 1 && visible[e.to] === 1; }});
  var options = {
    physics: {enabled: false},
    layout: {improvedLayout: false},
    groups: groups,
    nodes: {borderWidth: 1, font: {size: 12, face: "Noto Sans CJK SC, Microsoft YaHei, sans-serif",
                                   strokeWidth: 3, strokeColor: "#ffffff"},
            // level of detail: a label is drawn once it is 8 px on screen, so small ones wait for the zoom
            scaling: {label: {drawThreshold: 9, maxVisible: 18}}},
    edges: {smooth: false, width: 1, selectionWidth: 1.5,
            color: {color: D.edgeKinds[0][2], highlight: "#333", hover: "#333", inherit: false, opacity: 0.8}},
    interaction: {hover: false, hideEdgesOnDrag: D.large, hideEdgesOnZoom: D.large, keyboard: false}
  };
  timing.datasets = performance.now();
  var network = new vis.Network($("kg-network"), {nodes: nodeView, edges: edgeView}, options);
  timing.network = performance.now();

  // ------------------------------------------------------------------ focus: the neighbourhood stays, the rest dims
  var focused = -1, focusNodes = [], focusEdges = [];
  function setFocus(i) {
    focused = i;
    focusEdges = i < 0 ? [] : adj[i].filter(function (j) { return visible[D.edges[j][0]] && visible[D.edges[j][1]]; });
    focusNodes = i < 0 ? [] : focusEdges.map(function (j) { var e = D.edges[j]; return e[0] === i ? e[1] : e[0]; });
    if (i >= 0) { focusNodes.push(i); }
    network.redraw();
  }
  network.on("afterDrawing", function (ctx) {
    if (focused < 0) { return; }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255,255,255,0.8)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    var body = network.body;
    focusEdges.forEach(function (j) { if (body.edges[j]) { body.edges[j].draw(ctx); } });
    focusNodes.forEach(function (v) {
      var n = body.nodes[v];
      if (!n) { return; }
      var later = n.draw(ctx);
      if (later && later.drawExternalLabel) { later.drawExternalLabel(); }
    });
  });

  // ------------------------------------------------------------------ details panel
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function link(v, text) {
    var a = el("a", "kg-link", text === undefined ? D.name[v] : text);
    a.href = "#";
    a.dataset.node = v;
    return a;
  }
  function dates(first, last) {
    if (!first && !last) { return ""; }
    return first === last || !last ? first : (first || "?") + " – " + last;
  }
  function sourceList(list) {
    var ul = el("ul", "srcs");
    (list || []).forEach(function (s) {
      var r = D.spans[s], b = r[1] >= 0 ? D.bulletins[r[1]] : null, li = el("li", "src");
      li.appendChild(el("span", "text", r[0]));
      var where = [b && b[1] ? "《" + b[1] + "》" : "", r[2] || (b ? b[2] : ""), b ? b[0] : ""];
      li.appendChild(el("span", "where", where.filter(Boolean).join(" · ")));
      ul.appendChild(li);
    });
    return ul;
  }
  function section(box, title, items, row) {
    if (!items || !items.length) { return; }
    box.appendChild(el("h3", null, title + " (" + items.length + ")"));
    var ul = el("ul", "rows");
    items.forEach(function (x) { var li = el("li"); row(li, x); ul.appendChild(li); });
    box.appendChild(ul);
  }
  function field(box, name, values) {
    if (!values || !values.length) { return; }
    var p = el("p", "field");
    p.appendChild(el("b", null, name + "："));
    p.appendChild(el("span", null, values.join("、")));
    box.appendChild(p);
  }
  function eventRow(li, l, other) {
    li.appendChild(el("span", "role", l[2]));
    li.appendChild(link(other, D.label[other]));
    if (group(other) === "event" && info(other).src) { li.appendChild(sourceList(info(other).src.slice(0, 1))); }
    else if (group(other) !== "event") { li.appendChild(el("span", "kindtag", D.kinds[D.kind[other]][1])); }
  }
  function postRow(li, p, other) {
    li.appendChild(el("span", "role", p[2]));
    li.appendChild(link(other));
    var when = dates(p[3], p[4]);
    if (when) { li.appendChild(el("span", "when", when)); }
    li.appendChild(sourceList(p[5]));
  }
  function organizedFirst(a, b) {
    var x = /主办|组织/.test(a[2]) ? 0 : 1, y = /主办|组织/.test(b[2]) ? 0 : 1;
    return x - y || D.label[a[0]].localeCompare(D.label[b[0]]);
  }
  var describe = {
    person: function (box, i) {
      section(box, "职务 posts", postsOf[i], function (li, p) { postRow(li, p, p[1]); });
      section(box, "活动与文件 events and documents", linksTo[i], function (li, l) { eventRow(li, l, l[0]); });
    },
    organization: function (box, i) {
      section(box, "上级 part of", parents[i], function (li, v) { li.appendChild(link(v)); });
      section(box, "下属机构 sub-bodies", children[i], function (li, v) { li.appendChild(link(v)); });
      section(box, "成员 members", membersOf[i], function (li, p) { postRow(li, p, p[0]); });
      section(box, "活动 events (organized first)", (linksTo[i] || []).slice().sort(organizedFirst),
              function (li, l) { eventRow(li, l, l[0]); });
    },
    event: function (box, i) {
      var f = info(i), day = f.startDate ? dates(f.startDate, f.endDate) : "";
      field(box, "日期 date", [day || (f.approximateDate ? "约 " + f.approximateDate + "（近日，简报日期 bulletin date）" : "未知 unknown")]);
      var by = {person: [], organization: [], rest: []};
      (linksFrom[i] || []).forEach(function (l) { (by[group(l[1])] || by.rest).push(l); });
      var row = function (li, l) { eventRow(li, l, l[1]); };
      section(box, "人物 people", by.person, row);
      section(box, "机构 organizations", by.organization, row);
      section(box, "走访、主题与文件 visited, topic, documents", by.rest, row);
      section(box, "相关 linked from", linksTo[i], function (li, l) { eventRow(li, l, l[0]); });
    }
  };
  describe.document = function (box, i) {
    section(box, "相关 linked", linksFrom[i], function (li, l) { eventRow(li, l, l[1]); });
    section(box, "活动 events", linksTo[i], function (li, l) { eventRow(li, l, l[0]); });
  };
  function details(i) {
    var box = $("kg-details"), f = info(i), k = D.kinds[D.kind[i]];
    box.textContent = "";
    box.appendChild(el("h2", null, group(i) === "event" ? D.label[i] : D.name[i]));
    var kind = el("p", "kind");
    var sw = el("span", "sw " + k[3]);
    sw.style.background = k[2];
    kind.appendChild(sw);
    kind.appendChild(el("span", null, k[1]));
    box.appendChild(kind);
    if (!visible[i]) { box.appendChild(el("p", "note", "已被筛选隐藏 hidden by the filters")); }
    field(box, "名称 names", group(i) === "event" ? [D.name[i]].concat(f.names || []) : f.names);
    field(box, "别名 aliases", f.aliases);
    field(box, "身份依据 identity basis", f.basis);
    field(box, "地点 place", f.place);
    (describe[group(i)] || describe.document)(box, i);
    if (f.src && f.src.length) {
      box.appendChild(el("h3", null, "出处 sources (" + f.src.length + ")"));
      box.appendChild(sourceList(f.src));
    }
    box.appendChild(el("p", "iri", D.iri[i]));
    $("kg-panel").hidden = false;
    box.scrollTop = 0;
  }
  function show(i, move) {
    details(i);
    if (visible[i]) {
      network.selectNodes([i]);
      // keep the node clear of the panel: to the right of it, zoomed in when asked to move there
      var at = network.canvasToDOM(network.getPositions([i])[i]), panel = $("kg-panel").offsetWidth + 16;
      if (move || at.x < panel) {
        var width = $("kg-network").offsetWidth;
        network.moveTo({position: network.getPositions([i])[i], scale: move ? Math.max(network.getScale(), 0.9) : network.getScale(),
                        offset: {x: Math.max(0, panel + (width - panel) / 2 - width / 2), y: 0},
                        animation: D.large ? false : {duration: 300}});
      }
    }
    setFocus(visible[i] ? i : -1);
  }
  function hide() {
    $("kg-panel").hidden = true;
    network.unselectAll();
    setFocus(-1);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { show(p.nodes[0], false); } else { hide(); }
  });
  $("kg-close").addEventListener("click", hide);
  $("kg-details").addEventListener("click", function (ev) {
    var a = ev.target.closest("a.kg-link");
    if (a) { ev.preventDefault(); show(Number(a.dataset.node), true); }
  });

  // ------------------------------------------------------------------ filters and counts
  var kindOff = {}, kindTotal = D.kinds.map(function () { return 0; });
  D.kind.forEach(function (k) { kindTotal[k] += 1; });
  function counts() {
    var shown = D.kinds.map(function () { return 0; }), n = 0, e = 0;
    for (var v = 0; v < N; v++) { if (visible[v]) { shown[D.kind[v]] += 1; n += 1; } }
    D.edges.forEach(function (x) { if (visible[x[0]] && visible[x[1]]) { e += 1; } });
    document.querySelectorAll("#kg-kinds li[data-k]").forEach(function (li) {
      var k = Number(li.dataset.k);
      li.querySelector(".n").textContent = shown[k] === kindTotal[k] ? String(kindTotal[k]) : shown[k] + "/" + kindTotal[k];
    });
    $("kg-stats").textContent = (n === N ? N : n + "/" + N) + " 个节点 nodes · " +
      (e === D.edges.length ? e : e + "/" + D.edges.length) + " 条连线 edges";
  }
  function inRange(days, from, to) {
    return days.some(function (d) {
      var s = D.dates[d];
      return (!from || s >= from) && (!to || s.slice(0, to.length) <= to);
    });
  }
  function apply() {
    var bulletin = Number($("kg-bulletin").value), from = $("kg-from").value, to = $("kg-to").value;
    for (var v = 0; v < N; v++) {
      visible[v] = !kindOff[D.kind[v]] && (bulletin < 0 || D.nodeBulletins[v].indexOf(bulletin) >= 0) &&
        (!(from || to) || inRange(D.nodeDates[v], from, to)) ? 1 : 0;
    }
    if ($("kg-isolated").checked) {
      var degree = new Uint32Array(N);
      D.edges.forEach(function (x) { if (visible[x[0]] && visible[x[1]]) { degree[x[0]] += 1; degree[x[1]] += 1; } });
      for (v = 0; v < N; v++) { if (!degree[v]) { visible[v] = 0; } }
    }
    nodeView.refresh();
    edgeView.refresh();
    if (focused >= 0 && !visible[focused]) { setFocus(-1); } else { setFocus(focused); }
    counts();
  }
  document.querySelectorAll("#kg-kinds li[data-k]").forEach(function (li) {
    li.addEventListener("click", function () {
      var k = Number(li.dataset.k);
      kindOff[k] = !kindOff[k];
      li.classList.toggle("off", kindOff[k]);
      apply();
    });
  });
  var select = $("kg-bulletin");
  D.bulletins.forEach(function (b, n) {
    var opt = el("option", null, [b[2], b[1] || b[0]].filter(Boolean).join(" "));
    opt.value = n;
    opt.title = b[0];
    select.appendChild(opt);
  });
  ["kg-bulletin", "kg-from", "kg-to", "kg-isolated"].forEach(function (id) { $(id).addEventListener("change", apply); });
  $("kg-reset").addEventListener("click", function () {
    select.value = "-1";
    $("kg-from").value = $("kg-to").value = "";
    $("kg-isolated").checked = false;
    kindOff = {};
    document.querySelectorAll("#kg-kinds li.off").forEach(function (li) { li.classList.remove("off"); });
    apply();
  });

  // ------------------------------------------------------------------ search: names, aliases, bulletins, dates
  var keys = new Array(N);
  for (i = 0; i < N; i++) {
    var f = info(i);
    keys[i] = [D.name[i]].concat(f.names || [], f.aliases || [], f.startDate || [], f.approximateDate || [])
      .join("\u0001").toLowerCase();
  }
  var results = $("kg-results"), search = $("kg-search"), hits = [], active = -1, LIMIT = 100;
  function find(q) {
    var out = [];
    D.bulletins.forEach(function (b, n) {
      if (b.join(" ").toLowerCase().indexOf(q) >= 0) { out.push({bulletin: n, rank: 1.5}); }
    });
    for (var v = 0; v < N; v++) {
      var at = keys[v].indexOf(q);
      if (at < 0) { continue; }
      var name = D.name[v].toLowerCase();
      out.push({node: v, rank: name === q ? 0 : at === 0 ? 1 : at < name.length ? 2 : 3});
    }
    return out.sort(function (a, b) {
      return a.rank - b.rank || (b.node === undefined ? 0 : D.degree[b.node]) - (a.node === undefined ? 0 : D.degree[a.node]);
    });
  }
  function renderResults() {
    results.textContent = "";
    hits.slice(0, LIMIT).forEach(function (h, n) {
      var li = el("li", n === active ? "active" : "");
      li.setAttribute("role", "option");
      li.dataset.n = n;
      if (h.bulletin !== undefined) {
        var b = D.bulletins[h.bulletin];
        li.appendChild(el("span", "name", [b[1] || b[0], b[2]].filter(Boolean).join(" ")));
        li.appendChild(el("span", "kind", "简报 bulletin"));
      } else {
        li.appendChild(el("span", "name", D.name[h.node] + (group(h.node) === "event" ? " " + D.label[h.node] : "")));
        li.appendChild(el("span", "kind", D.kinds[D.kind[h.node]][1] + (visible[h.node] ? "" : " · 隐藏 hidden")));
      }
      results.appendChild(li);
    });
    if (hits.length > LIMIT) { results.appendChild(el("li", "more", "…另有 " + (hits.length - LIMIT) + " 个 more")); }
    results.hidden = hits.length === 0;
    status.textContent = search.value.trim() ? hits.length + " 个结果 found" : "";
    var a = results.querySelector("li.active");
    if (a) { a.scrollIntoView({block: "nearest"}); }
  }
  function choose(n) {
    var h = hits[n];
    if (!h) { return; }
    results.hidden = true;
    if (h.bulletin !== undefined) { select.value = String(h.bulletin); apply(); return; }
    show(h.node, true);
  }
  var timer = null;
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = search.value.trim().toLowerCase();
      hits = q ? find(q) : [];
      active = hits.length ? 0 : -1;
      renderResults();
    }, N > 5000 ? 150 : 30);
  });
  search.addEventListener("keydown", function (ev) {
    var n = Math.min(hits.length, LIMIT);
    if (ev.key === "ArrowDown" && n) { active = (active + 1) % n; renderResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp" && n) { active = (active - 1 + n) % n; renderResults(); ev.preventDefault(); }
    else if (ev.key === "Enter") { choose(active < 0 ? 0 : active); ev.preventDefault(); }
    else if (ev.key === "Escape") { results.hidden = true; }
  });
  search.addEventListener("focus", function () { if (hits.length) { results.hidden = false; } });
  results.addEventListener("mousedown", function (ev) {
    var li = ev.target.closest("li[data-n]");
    if (li) { ev.preventDefault(); choose(Number(li.dataset.n)); }
  });
  document.addEventListener("click", function (ev) {
    if (!ev.target.closest("#kg-find")) { results.hidden = true; }
  });

  // ------------------------------------------------------------------ start
  network.once("afterDrawing", function () {
    timing.drawn = performance.now();
    document.body.dataset.ready = "1";
    // the hubs' labels readable (12 px) at the scale the whole graph fits in, however large it is
    var fit = network.getScale();
    if (fit * 44 < 12) {
      nodeView.getDataSet().update(D.hub.map(function (v) { return {id: v, font: {size: 12 / fit}}; }));
    }
    if (D.focus.length) { show(D.focus[0], false); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target === document.body) { hide(); }
  });
  counts();
  timing.ready = performance.now();
  window.kg = {network: network, data: D, timing: timing, visible: visible, show: show, apply: apply, find: find};
})();
