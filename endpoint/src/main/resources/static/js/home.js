// Home page: charts drawn from this endpoint's own SPARQL results, and the YASGUI editor with the example queries.
// Loaded from this server only (the Content-Security-Policy admits nothing else); the page works without it.
(function () {
  'use strict';
  function select(query) {
    return fetch('/ogp/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
      body: query
    }).then(function (response) {
      if (!response.ok) { throw new Error('SPARQL request failed: ' + response.status); }
      return response.json();
    });
  }

  // A row's label in the page's language, else the other one, else its code; labels come from the code lists.
  function label(row, language) {
    var mine = language === 'az' ? row.labelAz : row.labelEn;
    var other = language === 'az' ? row.labelEn : row.labelAz;
    return (mine || other || row.code || { value: '' }).value;
  }

  function drawChart(figure) {
    var canvas = figure.querySelector('canvas');
    var language = document.documentElement.lang === 'az' ? 'az' : 'en';
    select(figure.getAttribute('data-query')).then(function (results) {
      var rows = results.results.bindings;
      if (rows.length === 0) {
        var empty = document.createElement('p');
        empty.textContent = figure.getAttribute('data-empty');
        figure.insertBefore(empty, canvas);
        canvas.remove();
        return;
      }
      // Missing values (no data, not reviewed...) are drawn apart from the levels, in grey, after them.
      var missing = rows.map(function (row) { return row.missing !== undefined && row.missing.value === 'true'; });
      var labels = rows.map(function (row) { return label(row, language); });
      var counts = rows.map(function (row) { return Number(row.count.value); });
      var caption = figure.querySelector('figcaption').textContent;
      var horizontal = figure.getAttribute('data-horizontal') === 'true';
      var valueAxis = { beginAtZero: true, ticks: { precision: 0 } };
      var labelAxis = { ticks: { autoSkip: false } };
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: [{ label: caption, data: counts,
          backgroundColor: missing.map(function (m) { return m ? '#767676' : '#0b5394'; }) }] },
        options: { indexAxis: horizontal ? 'y' : 'x', plugins: { legend: { display: false } },
          scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis } }
      });
      canvas.setAttribute('aria-label', caption + ': ' + labels.map(function (text, i) {
        return text + ' ' + counts[i];
      }).join(', '));
      if (missing.indexOf(true) >= 0) {
        var note = document.createElement('p');
        note.className = 'hint';
        note.textContent = figure.getAttribute('data-missing');
        figure.insertBefore(note, canvas.nextSibling);
      }
      figure.setAttribute('data-drawn', String(rows.length));
    }).catch(function (error) {
      figure.setAttribute('data-error', error.message);
    });
  }

  // YASGUI's own markup falls short of WCAG in a few places; repair them whenever it redraws.
  function repairAccessibility(element) {
    element.querySelectorAll('[role="tab"][aria-controls]').forEach(function (tab) {
      if (!document.getElementById(tab.getAttribute('aria-controls'))) { tab.removeAttribute('aria-controls'); }
    });
    element.querySelectorAll('[role="tab"] input').forEach(function (input) {
      input.setAttribute('aria-label', 'Tab name');
      input.setAttribute('tabindex', '-1');
    });
    element.querySelectorAll('.tabsList > :not(.tab)').forEach(function (other) {
      var list = other.parentNode;
      other.classList.add('tabsExtra');
      list.parentNode.insertBefore(other, list.nextSibling);
    });
    element.querySelectorAll('.CodeMirror textarea').forEach(function (area) {
      area.setAttribute('aria-label', 'SPARQL query');
    });
    element.querySelectorAll('input.autocomplete').forEach(function (input) {
      input.setAttribute('aria-label', 'SPARQL endpoint');
    });
    element.querySelectorAll('.CodeMirror-scroll').forEach(function (scroll) {
      scroll.setAttribute('tabindex', '0');
    });
  }

  function startEditor() {
    var element = document.getElementById('yasgui');
    if (!element || !window.Yasgui) { return; }
    fetch('/examples/queries.json').then(function (response) { return response.json(); }).then(function (examples) {
      var yasgui = new window.Yasgui(element, {
        requestConfig: { endpoint: '/ogp/sparql', method: 'POST' },
        copyEndpointOnNewTab: false,
        persistenceId: null,
        populateFromUrl: false,
        endpointCatalogueOptions: { getData: function () { return [{ endpoint: '/ogp/sparql' }]; } },
        yasqe: { autocompleters: ['variables'] }
      });
      var first = yasgui.getTab();
      function shortName(title) {
        var name = title.split(':')[0];
        return name.length > 36 ? name.substring(0, 35) + '…' : name;
      }
      examples.forEach(function (example, i) {
        if (i === 0) {
          first.setName(shortName(example.title));
          first.setQuery(example.query);
        } else {
          yasgui.addTab(false, { name: shortName(example.title), yasqe: { value: example.query } });
        }
      });
      yasgui.selectTabId(first.getId());
      repairAccessibility(element);
      new MutationObserver(function () { repairAccessibility(element); })
        .observe(element, { childList: true, subtree: true });
      document.getElementById('query-form').hidden = true;
      element.setAttribute('data-ready', String(examples.length));
      window.ogpldYasgui = yasgui;
    });
  }

  document.querySelectorAll('figure.chart[data-query]').forEach(drawChart);
  startEditor();
}());
