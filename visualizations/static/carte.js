/* The network explorer (/carte): draws the carte with vis-network, keeps the URL in step with the filters, opens a
   side panel on a node, finds and focuses a node, toggles physics, exports the view as PNG. The first view is
   embedded in the page (#carte-donnees); later ones come from /api/carte. Tests read window.maillageCarte. */
(function () {
  "use strict";

  var TABLE_ROWS = 250;
  var METRIC_FR = {degree: "Degré", betweenness: "Intermédiarité", core: "k-noyau"};
  var SHAPES = {dot: "●", star: "★", square: "■", triangle: "▲", diamond: "◆", hexagon: "⬢"};

  var form = document.getElementById("carte-filtres");
  var container = document.getElementById("carte-reseau");
  var statusLine = document.getElementById("carte-statut");
  var countLine = document.getElementById("carte-compte");
  var panel = document.getElementById("carte-panneau");
  var details = document.getElementById("carte-details");
  var physicsButton = document.getElementById("carte-physique");
  var defaultKinds = form.querySelector("fieldset.kinds").dataset.default.split(",");
  var state = window.maillageCarte = {network: null, nodes: null, edges: null, data: null, ready: false,
                                      readyAt: null, physics: true};
  var pendingFocus = container.dataset.focus || null;
  var request = 0;

  function fr(n) { return Number(n).toLocaleString("fr-CA"); }

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function say(text) { statusLine.textContent = text || ""; }

  /* ---- filters <-> URL ---- */

  function checkedKinds() {
    return Array.prototype.map.call(form.querySelectorAll("input[name=kinds]:checked"), function (i) {
      return i.value;
    });
  }

  function filterParams() {
    var p = new URLSearchParams();
    ["concertation", "plan", "territory", "theme", "sector", "year", "period"].forEach(function (name) {
      var v = form.elements[name].value.trim();
      if (v) p.append(name, v);
    });
    var kinds = checkedKinds();
    if (kinds.join(",") !== defaultKinds.join(",")) {
      if (kinds.length) kinds.forEach(function (k) { p.append("kinds", k); }); else p.append("kinds", "");
    }
    if (form.elements.size.value !== "degree") p.append("size", form.elements.size.value);
    return p;
  }

  function setUrl(params, focus) {
    var p = new URLSearchParams(params);
    if (focus) p.set("focus", focus);
    var qs = p.toString();
    history.replaceState(null, "", "/carte" + (qs ? "?" + qs : ""));
  }

  function update() {
    if (form.elements.period.value && !form.elements.period.checkValidity()) {
      say("Période invalide : écrivez une année (2026) ou deux (2026-2028).");
      return;
    }
    var params = filterParams();
    setUrl(params);
    var mine = ++request;
    state.ready = false;
    if (!checkedKinds().length) {
      draw(emptyData());
      say("Aucun type de nœud choisi.");
      return;
    }
    say("Chargement…");
    fetch("/api/carte?" + params.toString(), {headers: {Accept: "application/json"}})
      .then(function (r) {
        return r.json().then(function (body) { return {ok: r.ok, body: body}; });
      })
      .then(function (res) {
        if (mine !== request) return;
        if (!res.ok) {
          var detail = res.body && res.body.detail;
          say(typeof detail === "string" ? detail : "Filtre invalide.");
          draw(emptyData());
          return;
        }
        say("");
        draw(res.body);
      })
      .catch(function () { if (mine === request) say("La carte n'a pas pu être chargée."); });
  }

  function emptyData() {
    return {nodes: [], edges: [], options: state.data ? state.data.options : {}, size: form.elements.size.value,
            counts: {nodes: 0, edges: 0, kinds: {}}, legend: {kinds: [], sectors: []}};
  }

  /* ---- drawing ---- */

  function whiteBackground(ctx) {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  }

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    state.readyAt = performance.now();
    container.dataset.ready = "true";
    if (pendingFocus) {
      var id = pendingFocus;
      pendingFocus = null;
      if (state.nodes.get(id)) focusNode(id, false);
      else say("« " + id + " » n'est pas dans cette vue.");
    }
  }

  /* Physics on or off in the drawing; ``remember`` makes it the user's choice for later views (a large view
     starts without physics, its positions computed by the server). */
  function setPhysics(on, remember) {
    if (remember) state.physics = on;
    if (state.network) state.network.setOptions({physics: {enabled: on}});
    physicsButton.setAttribute("aria-pressed", on ? "true" : "false");
    physicsButton.textContent = "Physique : " + (on ? "activée" : "désactivée");
  }

  function draw(data) {
    state.ready = false;
    container.dataset.ready = "false";
    state.data = data;
    state.timings = {drawStart: performance.now()};
    if (state.network) state.network.destroy();
    state.nodes = new vis.DataSet(data.nodes);
    state.edges = new vis.DataSet(data.edges);
    var network = state.network = new vis.Network(container, {nodes: state.nodes, edges: state.edges},
                                                  data.options);
    network.on("beforeDrawing", whiteBackground);
    network.on("click", function (p) { if (p.nodes.length) showNode(p.nodes[0], false); });
    state.timings.constructed = performance.now();
    network.once("stabilizationIterationsDone", function () {
      state.timings.stabilized = performance.now();
      setPhysics(state.physics, false);
      network.fit({animation: false});
      network.once("afterDrawing", markReady);
      network.redraw();
    });
    showCounts(data);
    showLegend(data);
    showTable(data);
    showNames(data);
    if (!data.nodes.length || (data.options.physics && data.options.physics.enabled === false)) {
      setPhysics(false, false);
      network.once("afterDrawing", markReady);
      network.redraw();
    }
  }

  function showCounts(data) {
    countLine.dataset.nodes = data.counts.nodes;
    countLine.dataset.edges = data.counts.edges;
    countLine.textContent = fr(data.counts.nodes) + " nœuds, " + fr(data.counts.edges) + " liens";
  }

  function showLegend(data) {
    var kinds = document.getElementById("carte-legende-types");
    var sectors = document.getElementById("carte-legende-secteurs");
    kinds.textContent = "";
    sectors.textContent = "";
    data.legend.kinds.forEach(function (k) {
      var li = el("li");
      li.appendChild(el("span", {"class": "shape", "aria-hidden": "true", style: "color:" + k.color},
                        SHAPES[k.shape] || "●"));
      li.appendChild(document.createTextNode(k.label + " (" + fr(k.count) + ")"));
      kinds.appendChild(li);
    });
    data.legend.sectors.forEach(function (s) {
      var li = el("li");
      li.appendChild(el("span", {"class": "swatch", "aria-hidden": "true", style: "background:" + s.color}));
      li.appendChild(document.createTextNode(s.label + " (" + fr(s.count) + ")"));
      sectors.appendChild(li);
    });
  }

  function sectorLabels(data) {
    var out = {};
    data.legend.sectors.forEach(function (s) { out[s.code] = s.label; });
    return out;
  }

  function kindLabels(data) {
    var out = {};
    data.legend.kinds.forEach(function (k) { out[k.kind] = k.singular; });
    return out;
  }

  function showTable(data) {
    var size = data.size || "degree";
    var body = document.getElementById("carte-tableau");
    var sectors = sectorLabels(data), kinds = kindLabels(data);
    var rows = data.nodes.slice().sort(function (a, b) {
      return (b.metrics[size] - a.metrics[size]) || a.name.localeCompare(b.name, "fr");
    }).slice(0, TABLE_ROWS);
    document.getElementById("carte-tableau-mesure").textContent = METRIC_FR[size] || size;
    document.getElementById("carte-tableau-titre").textContent = data.nodes.length > TABLE_ROWS
      ? "Les " + fr(TABLE_ROWS) + " nœuds les plus grands sur " + fr(data.nodes.length)
      : "Nœuds de la vue (" + fr(data.nodes.length) + ")";
    body.textContent = "";
    rows.forEach(function (n) {
      var tr = el("tr");
      tr.appendChild(el("td", {}, n.name));
      tr.appendChild(el("td", {}, kinds[n.kind] || n.kind));
      tr.appendChild(el("td", {}, n.sector ? (sectors[n.sector] || n.sector) : "—"));
      tr.appendChild(el("td", {"class": "num"}, fr(n.metrics[size])));
      var td = el("td");
      var button = el("button", {type: "button", "data-id": n.id}, "Afficher");
      button.setAttribute("aria-label", "Afficher " + n.name);
      button.addEventListener("click", function () { focusNode(n.id, true); });
      td.appendChild(button);
      tr.appendChild(td);
      body.appendChild(tr);
    });
  }

  function showNames(data) {
    var list = document.getElementById("carte-noms");
    list.textContent = "";
    data.nodes.forEach(function (n) { list.appendChild(el("option", {value: n.name})); });
  }

  /* ---- node details, search and focus ---- */

  function showNode(id, moveFocus) {
    var n = state.nodes.get(id);
    if (!n) return;
    document.getElementById("carte-panneau-titre").textContent = n.name;
    details.textContent = "";
    var dl = el("dl");
    n.details.forEach(function (d) {
      dl.appendChild(el("dt", {}, d.label));
      dl.appendChild(el("dd", {}, d.value));
    });
    details.appendChild(dl);
    var p = el("p");
    p.appendChild(el("a", {href: n.url}, n.kind === "organization" || n.kind === "funder"
      ? "Profil de l'organisation" : "Page de ce nœud"));
    details.appendChild(p);
    panel.dataset.node = id;
    if (moveFocus) panel.focus();
  }

  function focusNode(id, moveFocus) {
    state.network.selectNodes([id]);
    state.network.focus(id, {scale: 1.4, animation: false});
    showNode(id, moveFocus);
    setUrl(filterParams(), id);
  }

  function find(query) {
    var q = fold(query);
    if (!q) return null;
    var nodes = state.nodes.get();
    var tests = [
      function (n) { return fold(n.name) === q || fold(n.label) === q || n.id === query.trim(); },
      function (n) { return fold(n.name).indexOf(q) === 0 || fold(n.label).indexOf(q) === 0; },
      function (n) { return fold(n.name).indexOf(q) >= 0 || fold(n.label).indexOf(q) >= 0; },
    ];
    for (var i = 0; i < tests.length; i++) {
      var hit = nodes.filter(tests[i]);
      if (hit.length) return hit[0];
    }
    return null;
  }

  document.getElementById("carte-recherche").addEventListener("submit", function (e) {
    e.preventDefault();
    var q = document.getElementById("carte-q").value;
    var hit = state.nodes ? find(q) : null;
    if (hit) { say(""); focusNode(hit.id, false); } else say("Aucun nœud ne correspond à « " + q + " ».");
  });

  /* ---- tools ---- */

  physicsButton.addEventListener("click", function () {
    setPhysics(physicsButton.getAttribute("aria-pressed") !== "true", true);
  });

  document.getElementById("carte-png").addEventListener("click", function () {
    var canvas = container.querySelector("canvas");
    if (!canvas) return;
    var link = document.getElementById("carte-png-lien");
    link.href = canvas.toDataURL("image/png");
    link.hidden = false;
    link.click();
  });

  form.addEventListener("submit", function (e) { e.preventDefault(); update(); });
  form.addEventListener("change", function (e) {
    if (e.target.name === "period" && !e.target.checkValidity()) return;
    update();
  });

  draw(JSON.parse(document.getElementById("carte-donnees").textContent));
})();
