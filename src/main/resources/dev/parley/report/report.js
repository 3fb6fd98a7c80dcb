/* parley report: draws the timeline, the network and the tables from the data embedded above (ReportData.java).
 * Every text from the data goes into the page as a text node or through echarts.format.encodeHTML, never as markup. */
(function () {
  'use strict';
  var started = performance.now();   // the browser has parsed the page and ECharts by now
  var DATA = JSON.parse(document.getElementById('parley-data').textContent);
  var parsed = performance.now();
  var DAY_MS = 86400000;
  var PAGE_SIZE = 50;          // table rows per page: 10,000 rows of DOM would make every filter slow
  var NETWORK_NODES = 80;      // the most active nodes drawn; a force layout of thousands is unreadable and slow
  var NETWORK_LABELS = 30;     // nodes named on the chart; the others on hover
  var DATALIST_MAX = 2000;     // names offered while typing a person; any name can still be typed
  var UNDATED_LISTED = 40;     // undated events listed under the timeline; all are in the table
  var TYPE_COLORS = { visit: '#1f77b4', meeting: '#2ca02c', summit: '#9467bd', call: '#e6750f' };
  var STATUS_SYMBOLS = {
    occurred: 'circle', ongoing: 'diamond', planned: 'emptyCircle', proposed: 'emptyTriangle',
    cancelled: 'path://M2,0L5,3L8,0L10,2L7,5L10,8L8,10L5,7L2,10L0,8L3,5L0,2Z'
  };
  var PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f',
    '#bab0ac', '#1f77b4', '#8c564b', '#17becf', '#bcbd22', '#7f7f7f'];

  var events = DATA.events;
  var people = DATA.people;
  var countries = DATA.countries;
  var documents = DATA.documents;
  var encode = echarts.format.encodeHTML;
  var report = window.parleyReport = {
    ready: false, firstRenderMs: null, phases: {}, shown: 0, timelineItems: 0, undatedItems: 0, networkNodes: 0, networkEdges: 0
  };

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') n.textContent = attrs[k];
      else if (k === 'className') n.className = attrs[k];
      else n.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return n;
  }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function hash(s) { var h = 2166136261; for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); } return h >>> 0; }
  function typeColor(t) { return TYPE_COLORS[t] || '#7f7f7f'; }
  function cmp(a, b) {
    if (a == null || a === '') return b == null || b === '' ? 0 : 1;   // empty cells sort last either way
    if (b == null || b === '') return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    a = String(a).toLowerCase(); b = String(b).toLowerCase();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  function personLabel(i) { var p = people[i]; return p.name + (p.country ? ' (' + p.country + ')' : ''); }
  function countryName(i) { return countries[i].name || countries[i].code; }
  function dayOf(value) {
    if (!value) return null;
    var p = value.split('-');
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY_MS;
  }

  // ---- Filters -------------------------------------------------------------------------------------------------
  var personKeys = people.map(function (p) { return [p.name].concat(p.aliases || []).join('\n').toLowerCase(); });
  var filter = { person: '', country: -1, type: '', status: '', from: null, to: null };

  function matches(e) {
    if (filter.type && e.type !== filter.type) return false;
    if (filter.status && e.status !== filter.status) return false;
    if (filter.country >= 0 && e.countries.indexOf(filter.country) < 0) return false;
    if (filter.from != null || filter.to != null) {
      if (e.from == null) return false;
      if (filter.from != null && e.to < filter.from) return false;
      if (filter.to != null && e.from > filter.to) return false;
    }
    if (filter.person) {
      for (var i = 0; i < e.people.length; i++) if (personKeys[e.people[i]].indexOf(filter.person) >= 0) return true;
      return false;
    }
    return true;
  }

  function fillSelect(select, items) {
    items.forEach(function (it) { select.appendChild(el('option', { value: it[0], text: it[1] })); });
  }

  function setUpFilters() {
    var byEvents = people.map(function (p, i) { return i; })
      .filter(function (i) { return people[i].events > 0; })
      .sort(function (a, b) { return people[b].events - people[a].events || cmp(people[a].name, people[b].name); })
      .slice(0, DATALIST_MAX);
    var list = $('people-names');
    var seen = {};
    byEvents.forEach(function (i) {
      if (seen[people[i].name]) return;
      seen[people[i].name] = true;
      list.appendChild(el('option', { value: people[i].name }));
    });
    var cs = countries.map(function (c, i) { return i; }).filter(function (i) { return countries[i].events > 0; })
      .sort(function (a, b) { return cmp(countryName(a), countryName(b)); });
    fillSelect($('f-country'), cs.map(function (i) {
      return [String(i), countryName(i) + ' (' + countries[i].code + ') · ' + fmt(countries[i].events)];
    }));
    var types = DATA.types.concat(Object.keys(DATA.summary.byType).filter(function (t) { return DATA.types.indexOf(t) < 0; }));
    fillSelect($('f-type'), types.map(function (t) { return [t, t + ' · ' + fmt(DATA.summary.byType[t] || 0)]; }));
    var statuses = DATA.statuses.concat(Object.keys(DATA.summary.byStatus).filter(function (s) { return DATA.statuses.indexOf(s) < 0; }));
    fillSelect($('f-status'), statuses.map(function (s) { return [s, s + ' · ' + fmt(DATA.summary.byStatus[s] || 0)]; }));
    var legend = $('type-legend');
    types.forEach(function (t) {
      legend.appendChild(el('span', null, [el('span', { className: 'swatch', style: 'background:' + typeColor(t) }), t]));
    });

    var timer = null;
    $('f-person').addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(readFilters, 150);
    });
    ['f-country', 'f-type', 'f-status', 'f-from', 'f-to'].forEach(function (id) { $(id).addEventListener('change', readFilters); });
    $('filters').addEventListener('reset', function () { setTimeout(readFilters, 0); });
    $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); readFilters(); });
  }

  function readFilters() {
    filter.person = $('f-person').value.trim().toLowerCase();
    filter.country = $('f-country').value === '' ? -1 : +$('f-country').value;
    filter.type = $('f-type').value;
    filter.status = $('f-status').value;
    filter.from = dayOf($('f-from').value);
    filter.to = dayOf($('f-to').value);
    update();
  }

  /** Sets the person filter to one name, as clicking a node or a participant does. */
  function filterPerson(i) {
    $('f-person').value = people[i].name;
    readFilters();
  }

  function filterCountry(i) {
    $('f-country').value = String(i);
    readFilters();
  }

  // ---- Timeline ------------------------------------------------------------------------------------------------
  var timeline = echarts.init($('timeline'), null, { renderer: 'canvas' });
  var typeRow = {};
  DATA.types.forEach(function (t, i) { typeRow[t] = i; });
  Object.keys(DATA.summary.byType).forEach(function (t) { if (!(t in typeRow)) typeRow[t] = Object.keys(typeRow).length; });
  var rowNames = Object.keys(typeRow).sort(function (a, b) { return typeRow[a] - typeRow[b]; });
  // A fixed vertical offset per event inside its type's row, so marks of one day do not hide each other.
  var jitter = events.map(function (e) { return ((hash(e.id || '') % 1000) / 1000 - 0.5) * 0.7; });

  function drawTimeline(shown) {
    // One series per status and type, its points plain [time, row, event] arrays: styles per series rather than per
    // point keep 10,000 marks fast. The legend names each status once (series of one name share an entry).
    var groups = {};
    var dated = 0;
    shown.forEach(function (i) {
      var e = events[i];
      if (e.from == null) return;
      dated++;
      var key = e.status + '\n' + e.type;
      (groups[key] = groups[key] || []).push([e.from * DAY_MS, typeRow[e.type] + jitter[i], i]);
    });
    var present = {};
    Object.keys(groups).forEach(function (k) { present[k.split('\n')[0]] = true; });
    var statuses = DATA.statuses.concat(Object.keys(present).filter(function (s) { return DATA.statuses.indexOf(s) < 0; }));
    var series = [];
    statuses.forEach(function (s) {
      rowNames.forEach(function (t) {
        var data = groups[s + '\n' + t];
        if (!data && series.some(function (x) { return x.name === s; })) return;
        series.push({
          type: 'scatter', name: s, symbol: STATUS_SYMBOLS[s] || 'rect', symbolSize: s === 'cancelled' ? 9 : 11,
          itemStyle: { color: typeColor(t), opacity: s === 'cancelled' ? 0.75 : 1 }, data: data || [],
          // Over 1,000 marks a series is drawn as one path (ECharts' large mode): half the time on 10,000 events;
          // hover and click still find the mark, only its highlight is lost.
          large: true, largeThreshold: 1000, progressiveThreshold: 5000
        });
      });
    });
    timeline.setOption({
      animation: false,
      title: dated ? { show: false } : { show: true, text: 'No dated event matches the filters', left: 'center', top: 'middle',
        textStyle: { fontSize: 14, color: '#5b6570', fontWeight: 'normal' } },
      legend: { top: 4, selectedMode: false, data: statuses, itemStyle: { color: '#555', borderColor: '#555' } },
      grid: { left: 70, right: 30, top: 36, bottom: 64 },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var e = events[p.value[2]];
          return '<b>' + encode(e.label || e.id) + '</b><br>' + encode(e.date || 'undated') + ' · ' + encode(e.type) + ' · '
            + encode(e.status);
        }
      },
      xAxis: { type: 'time', boundaryGap: ['2%', '2%'], splitLine: { show: true, lineStyle: { color: '#eef0f2' } } },
      yAxis: {
        // Ticks every half row, so that each row's name stands at its middle (whole numbers) and nothing at its edges.
        type: 'value', min: -0.5, max: rowNames.length - 0.5, interval: 0.5, splitLine: { show: false }, axisTick: { show: false },
        axisLabel: { formatter: function (v) { return Number.isInteger(v) ? rowNames[v] || '' : ''; } }
      },
      dataZoom: [{ type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', bottom: 8, height: 22 },
        { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }],
      series: series
    }, { notMerge: true });
    report.timelineItems = dated;
  }

  function drawUndated(shown) {
    var undated = shown.filter(function (i) { return events[i].from == null; });
    $('undated-count').textContent = '(' + fmt(undated.length) + ')';
    var ul = $('undated-list');
    ul.textContent = '';
    undated.slice(0, UNDATED_LISTED).forEach(function (i) {
      var e = events[i];
      ul.appendChild(el('li', { 'data-event': String(i) }, [eventButton(i), ' ', el('span', { className: 'status status-' + e.status, text: e.status })]));
    });
    if (undated.length > UNDATED_LISTED) {
      ul.appendChild(el('li', { text: 'and ' + fmt(undated.length - UNDATED_LISTED) + ' more: sort the table by date to see them all' }));
    }
    $('undated').hidden = undated.length === 0;
    report.undatedItems = undated.length;
  }

  function eventButton(i) {
    var b = el('button', { type: 'button', className: 'link', text: events[i].label || events[i].id });
    b.addEventListener('click', function (ev) { ev.stopPropagation(); openEvidence(i); });
    return b;
  }

  timeline.on('click', function (p) { if (p.value) openEvidence(p.value[2]); });

  // ---- Network -------------------------------------------------------------------------------------------------
  var network = echarts.init($('network'), null, { renderer: 'canvas' });
  var networkMode = 'people';

  /** Nodes (people or countries) and the number of events of the shown ones each takes part in; pairs likewise. */
  function aggregate(shown, mode) {
    var counts = new Map();
    var pairs = new Map();
    shown.forEach(function (i) {
      var ids = mode === 'people' ? events[i].people : events[i].countries;
      for (var a = 0; a < ids.length; a++) {
        counts.set(ids[a], (counts.get(ids[a]) || 0) + 1);
        for (var b = a + 1; b < ids.length; b++) {
          var key = ids[a] < ids[b] ? ids[a] + ',' + ids[b] : ids[b] + ',' + ids[a];
          pairs.set(key, (pairs.get(key) || 0) + 1);
        }
      }
    });
    return { counts: counts, pairs: pairs };
  }

  function drawNetwork(shown) {
    var agg = aggregate(shown, networkMode);
    var name = networkMode === 'people' ? function (i) { return people[i].name; } : countryName;
    var ids = Array.from(agg.counts.keys()).sort(function (a, b) {
      return agg.counts.get(b) - agg.counts.get(a) || cmp(name(a), name(b)) || a - b;
    });
    var kept = ids.slice(0, NETWORK_NODES);
    var index = new Map();
    kept.forEach(function (id, k) { index.set(id, k); });
    var max = kept.length ? agg.counts.get(kept[0]) : 1;
    // Colour by country: the countries with the most nodes get a colour each, the rest share grey ("other").
    var countryOfNode = function (id) { return networkMode === 'people' ? people[id].country || 'no country' : countries[id].code; };
    var perCountry = new Map();
    kept.forEach(function (id) { perCountry.set(countryOfNode(id), (perCountry.get(countryOfNode(id)) || 0) + 1); });
    var coloured = Array.from(perCountry.keys()).sort(function (a, b) { return perCountry.get(b) - perCountry.get(a) || cmp(a, b); })
      .slice(0, PALETTE.length - 1);
    var categories = coloured.map(function (c, k) { return { name: c, itemStyle: { color: PALETTE[k] } }; });
    if (perCountry.size > coloured.length) categories.push({ name: 'other', itemStyle: { color: '#b8bec5' } });
    var nodes = kept.map(function (id, k) {
      var c = coloured.indexOf(countryOfNode(id));
      return {
        id: String(id), name: name(id), value: agg.counts.get(id), category: c >= 0 ? c : coloured.length,
        symbolSize: 8 + 34 * Math.sqrt(agg.counts.get(id) / max),
        label: { show: k < NETWORK_LABELS }
      };
    });
    var links = [];
    var maxPair = 1;
    agg.pairs.forEach(function (w, key) {
      var ab = key.split(',');
      var a = index.get(+ab[0]);
      var b = index.get(+ab[1]);
      if (a === undefined || b === undefined) return;
      maxPair = Math.max(maxPair, w);
      links.push({ source: a, target: b, value: w });
    });
    links.sort(function (x, y) { return x.source - y.source || x.target - y.target; });
    links.forEach(function (l) { l.lineStyle = { width: 1 + 6 * l.value / maxPair }; });
    var kind = networkMode === 'people' ? 'people' : 'countries';
    $('network-kind').textContent = kind;
    $('network-note').textContent = ids.length > kept.length
      ? 'Showing the ' + fmt(kept.length) + ' ' + kind + ' with the most events of ' + fmt(ids.length)
        + ', and the lines among them; filter to see others.' : '';
    network.setOption({
      animation: false,
      title: nodes.length ? { show: false } : { show: true, text: 'No ' + kind + ' in the events that match the filters',
        left: 'center', top: 'middle', textStyle: { fontSize: 14, color: '#5b6570', fontWeight: 'normal' } },
      tooltip: {
        formatter: function (p) {
          if (p.dataType === 'edge') {
            return encode(nodes[p.data.source].name) + ' – ' + encode(nodes[p.data.target].name) + ': ' + fmt(p.data.value)
              + (p.data.value === 1 ? ' event' : ' events');
          }
          var id = +p.data.id;
          var who = networkMode === 'people' ? personLabel(id) : countryName(id) + ' (' + countries[id].code + ')';
          return encode(who) + ': ' + fmt(p.data.value) + (p.data.value === 1 ? ' event' : ' events');
        }
      },
      legend: networkMode === 'people' && categories.length > 1
        ? { top: 4, left: 8, right: 8, type: 'scroll', selectedMode: false, data: categories.map(function (c) { return c.name; }) }
        : { show: false },
      series: [{
        type: 'graph', layout: 'force', roam: true, data: nodes, links: links, categories: categories,
        // Circular start positions and no layout animation: the same file draws the same picture every time.
        force: { initLayout: 'circular', repulsion: 220, gravity: 0.08, edgeLength: [50, 160], layoutAnimation: false },
        label: { position: 'right', fontSize: 11, color: '#1d2329' },
        lineStyle: { color: '#8a96a3', opacity: 0.55 },
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9 } }
      }]
    }, { notMerge: true });
    report.networkNodes = nodes.length;
    report.networkEdges = links.length;
  }

  network.on('click', function (p) {
    if (p.dataType !== 'node') return;
    if (networkMode === 'people') filterPerson(+p.data.id); else filterCountry(+p.data.id);
  });
  Array.prototype.forEach.call(document.querySelectorAll('input[name=network-mode]'), function (r) {
    r.addEventListener('change', function () { networkMode = r.value; drawNetwork(shownNow); });
  });

  // ---- Tables --------------------------------------------------------------------------------------------------
  /** A sortable table that shows one page of its rows at a time; rows are indexes, columns say how to show and sort. */
  function Table(tableId, pagerId, columns, onRow) {
    var self = this;
    this.table = $(tableId);
    this.body = this.table.tBodies[0];
    this.pager = $(pagerId);
    this.columns = columns;
    this.onRow = onRow;
    this.rows = [];
    this.order = null;
    this.sortKey = null;
    this.dir = 1;
    this.page = 0;
    Array.prototype.forEach.call(this.table.tHead.rows[0].cells, function (th, c) {
      th.addEventListener('click', function () {
        if (self.sortKey === c) self.dir = -self.dir; else { self.sortKey = c; self.dir = 1; }
        Array.prototype.forEach.call(self.table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', self.dir > 0 ? 'ascending' : 'descending');
        self.order = null;
        self.page = 0;
        self.render();
      });
    });
  }
  Table.prototype.setRows = function (rows) { this.rows = rows; this.order = null; this.page = 0; this.render(); };
  Table.prototype.sorted = function () {
    if (this.order) return this.order;
    if (this.sortKey == null) return (this.order = this.rows);
    var value = this.columns[this.sortKey].value;
    var dir = this.dir;
    var keys = new Map();
    this.rows.forEach(function (r) { keys.set(r, value(r)); });
    this.order = this.rows.slice().sort(function (a, b) {
      var ka = keys.get(a);
      var kb = keys.get(b);
      var empty = (ka == null || ka === '') - (kb == null || kb === '');
      return empty || dir * cmp(ka, kb) || a - b;   // empty cells last, ties in file order
    });
    return this.order;
  };
  Table.prototype.render = function () {
    var self = this;
    var order = this.sorted();
    var pages = Math.max(1, Math.ceil(order.length / PAGE_SIZE));
    this.page = Math.min(this.page, pages - 1);
    var start = this.page * PAGE_SIZE;
    var frag = document.createDocumentFragment();
    order.slice(start, start + PAGE_SIZE).forEach(function (r) {
      var tr = el('tr', { 'data-row': String(r) });
      self.columns.forEach(function (c) {
        var cell = c.cell(r);
        tr.appendChild(el('td', c.num ? { className: 'num' } : null, [cell == null ? '' : typeof cell === 'object' ? cell : String(cell)]));
      });
      if (self.onRow) tr.addEventListener('click', function () { self.onRow(r); });
      frag.appendChild(tr);
    });
    this.body.textContent = '';
    this.body.appendChild(frag);
    this.pager.textContent = '';
    if (order.length > PAGE_SIZE) {
      var prev = el('button', { type: 'button', text: '‹ previous' });
      var next = el('button', { type: 'button', text: 'next ›' });
      prev.disabled = this.page === 0;
      next.disabled = this.page >= pages - 1;
      prev.addEventListener('click', function () { self.page--; self.render(); });
      next.addEventListener('click', function () { self.page++; self.render(); });
      this.pager.appendChild(prev);
      this.pager.appendChild(el('span', { text: 'rows ' + fmt(start + 1) + '–' + fmt(Math.min(order.length, start + PAGE_SIZE))
        + ' of ' + fmt(order.length) + ' (page ' + (this.page + 1) + ' of ' + fmt(pages) + ')' }));
      this.pager.appendChild(next);
    } else {
      this.pager.appendChild(el('span', { text: order.length === 0 ? 'no rows' : fmt(order.length) + (order.length === 1 ? ' row' : ' rows') }));
    }
  };

  function statusBadge(s) { return el('span', { className: 'status status-' + s, text: s }); }
  function participantsText(i) { return events[i].people.map(personLabel).join('; '); }

  var eventsTable = new Table('events-table', 'events-pager', [
    { value: function (i) { var e = events[i]; return e.from == null ? null : e.from + e.to / 1e6; }, cell: function (i) { return events[i].date || 'undated'; } },
    { value: function (i) { return events[i].type; }, cell: function (i) { return events[i].type; } },
    { value: function (i) { return events[i].status; }, cell: function (i) { return statusBadge(events[i].status); } },
    { value: function (i) { return events[i].label; }, cell: eventButton },
    { value: participantsText, cell: participantsText },
    { value: function (i) { return events[i].countries.map(function (c) { return countries[c].code; }).join(' '); },
      cell: function (i) { return events[i].countries.map(function (c) { return countries[c].code; }).join(' '); } },
    { value: function (i) { return events[i].place; }, cell: function (i) { var e = events[i]; return e.place ? e.place + (e.placeCountry ? ', ' + e.placeCountry : '') : ''; } },
    { num: true, value: function (i) { return events[i].articles; }, cell: function (i) { return events[i].articles; } },
    { num: true, value: function (i) { return events[i].confidence; }, cell: function (i) { return events[i].confidence.toFixed(2); } }
  ], function (i) { openEvidence(i); });

  var peopleTable = new Table('people-table', 'people-pager', [
    { value: function (i) { return people[i].name; }, cell: function (i) {
      var b = el('button', { type: 'button', className: 'link', text: people[i].name, title: 'show the events of ' + people[i].name });
      b.addEventListener('click', function () { filterPerson(i); $('table-section').scrollIntoView(); });
      return b;
    } },
    { value: function (i) { return people[i].country; }, cell: function (i) { return people[i].country || ''; } },
    { value: function (i) { return people[i].titles.join('; '); }, cell: function (i) { return people[i].titles.join('; '); } },
    { value: function (i) { return people[i].aliases.join('; '); }, cell: function (i) { return people[i].aliases.join('; '); } },
    { num: true, value: function (i) { return people[i].mentions; }, cell: function (i) { return fmt(people[i].mentions); } },
    { num: true, value: function (i) { return people[i].events; }, cell: function (i) { return fmt(people[i].events); } }
  ]);
  var documentsTable = new Table('documents-table', 'documents-pager', [
    { value: function (i) { return documents[i].id; }, cell: function (i) { return documents[i].id; } },
    { value: function (i) { return documents[i].title; }, cell: function (i) { return documents[i].title || ''; } },
    { value: function (i) { return documents[i].published; }, cell: function (i) { return documents[i].published || ''; } },
    { value: function (i) { return documents[i].publishedFrom; }, cell: function (i) { return documents[i].publishedFrom || ''; } },
    { num: true, value: function (i) { return documents[i].events; }, cell: function (i) { return fmt(documents[i].events); } }
  ]);
  var skippedTable = new Table('skipped-table', 'skipped-pager', [
    { value: function (i) { return DATA.skipped[i].document; }, cell: function (i) { return DATA.skipped[i].document; } },
    { value: function (i) { return DATA.skipped[i].reason; }, cell: function (i) { return DATA.skipped[i].reason; } }
  ]);

  var peopleKeys = people.map(function (p, i) {
    return [p.name, p.country || ''].concat(p.aliases, p.titles).join('\n').toLowerCase();
  });
  function range(n) { var out = new Array(n); for (var i = 0; i < n; i++) out[i] = i; return out; }
  var peopleTimer = null;
  $('people-search').addEventListener('input', function () {
    clearTimeout(peopleTimer);
    peopleTimer = setTimeout(function () {
      var q = $('people-search').value.trim().toLowerCase();
      peopleTable.setRows(q ? range(people.length).filter(function (i) { return peopleKeys[i].indexOf(q) >= 0; }) : range(people.length));
    }, 150);
  });

  // ---- Evidence ------------------------------------------------------------------------------------------------
  function fact(dl, term, value) {
    if (value == null || value === '' || (value.length === 0 && typeof value !== 'string')) return;
    dl.appendChild(el('dt', { text: term }));
    dl.appendChild(el('dd', null, [typeof value === 'string' ? value : value]));
  }

  /** The sentence with the first whole-word occurrence of its trigger marked. */
  function sentence(text, trigger) {
    var q = el('blockquote');
    text = text || '';
    var at = -1;
    if (trigger) {
      var lower = text.toLowerCase();
      var t = trigger.toLowerCase();
      for (var from = 0; (at = lower.indexOf(t, from)) >= 0; from = at + 1) {
        var before = at === 0 ? ' ' : lower.charAt(at - 1);
        var after = lower.charAt(at + t.length) || ' ';
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) break;
      }
    }
    if (at < 0) { q.textContent = text; return q; }
    q.appendChild(document.createTextNode(text.slice(0, at)));
    q.appendChild(el('mark', { text: text.slice(at, at + trigger.length) }));
    q.appendChild(document.createTextNode(text.slice(at + trigger.length)));
    return q;
  }

  function openEvidence(i) {
    var e = events[i];
    var dialog = $('evidence');
    dialog.setAttribute('data-event', e.id || '');
    $('evidence-title').textContent = e.label || e.id;
    var dl = $('evidence-facts');
    dl.textContent = '';
    fact(dl, 'Type', e.type);
    fact(dl, 'Status', statusBadge(e.status));
    fact(dl, 'Date', e.date || 'undated');
    fact(dl, 'Place', e.place ? e.place + (e.placeCountry ? ', ' + e.placeCountry : '') : e.placeCountry);
    var ps = el('span');
    e.people.forEach(function (p, k) {
      if (k > 0) ps.appendChild(document.createTextNode('; '));
      var b = el('button', { type: 'button', className: 'link', text: personLabel(p) });
      b.addEventListener('click', function () { dialog.close(); filterPerson(p); });
      ps.appendChild(b);
      if (e.roles[k]) ps.appendChild(document.createTextNode(', ' + e.roles[k]));
    });
    if (e.people.length) fact(dl, 'Participants', ps);
    fact(dl, 'Countries', e.countries.map(function (c) { return countryName(c) + ' (' + countries[c].code + ')'; }).join('; '));
    fact(dl, 'Confidence', e.confidence.toFixed(2) + ' from ' + e.articles + (e.articles === 1 ? ' article' : ' articles'));
    fact(dl, 'CAMEO', e.cameo.join('; '));
    fact(dl, 'PLOVER', e.plover);
    fact(dl, 'Id', e.id);
    var ol = $('evidence-mentions');
    ol.textContent = '';
    e.mentions.forEach(function (m) {
      var d = documents[m.document];
      ol.appendChild(el('li', { className: 'mention' }, [
        el('div', { className: 'meta' }, [el('b', { text: d.id }), d.title ? ' — ' + d.title : '',
          d.published ? ' (published ' + d.published + ')' : '']),
        sentence(m.text, m.trigger),
        el('div', { className: 'meta', text: 'sentence ' + (m.sentence + 1) + ' · trigger “' + (m.trigger || '') + '” · says '
          + (m.status || 'no status') + ' · date ' + (m.date || 'none given') })
      ]));
    });
    if (dialog.open) dialog.close();
    dialog.showModal();
  }

  // ---- Putting it together -------------------------------------------------------------------------------------
  var shownNow = range(events.length);

  function update() {
    shownNow = [];
    for (var i = 0; i < events.length; i++) if (matches(events[i])) shownNow.push(i);
    $('f-count').textContent = shownNow.length === events.length
      ? fmt(events.length) + (events.length === 1 ? ' event' : ' events')
      : fmt(shownNow.length) + ' of ' + fmt(events.length) + ' events';
    report.shown = shownNow.length;
    drawTimeline(shownNow);
    drawUndated(shownNow);
    drawNetwork(shownNow);
    eventsTable.setRows(shownNow);
  }

  // Ready when both charts say they have drawn (ECharts' 'finished') and the tables are filled, whichever is last.
  var pending = 3;
  function rendered() {
    if (--pending > 0) return;
    report.firstRenderMs = Math.round(performance.now());
    report.ready = true;
    document.documentElement.setAttribute('data-ready', 'true');
  }
  function once(chart, fn) {
    var f = function () { chart.off('finished', f); fn(); };
    chart.on('finished', f);
  }
  once(timeline, rendered);
  once(network, rendered);

  var t = performance.now();
  setUpFilters();
  report.phases.filters = Math.round(performance.now() - t);
  t = performance.now();
  update();
  report.phases.views = Math.round(performance.now() - t);
  t = performance.now();
  peopleTable.setRows(range(people.length));
  documentsTable.setRows(range(documents.length));
  skippedTable.setRows(range(DATA.skipped.length));
  report.phases.tables = Math.round(performance.now() - t);
  report.phases.page = Math.round(started);
  report.phases.data = Math.round(parsed - started);
  rendered();
  $('skipped-count').textContent = '(' + fmt(DATA.skipped.length) + ')';
  window.addEventListener('resize', function () { timeline.resize(); network.resize(); });
})();
