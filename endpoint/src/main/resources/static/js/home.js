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

  function drawChart(figure) {
    var canvas = figure.querySelector('canvas');
    select(figure.getAttribute('data-query')).then(function (results) {
      var rows = results.results.bindings;
      if (rows.length === 0) {
        var empty = document.createElement('p');
        empty.textContent = figure.getAttribute('data-empty');
        figure.insertBefore(empty, canvas);
        canvas.remove();
        return;
      }
      var labels = rows.map(function (row) { return row.label ? row.label.value : ''; });
      var counts = rows.map(function (row) { return Number(row.count.value); });
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: [{ label: figure.querySelector('figcaption').textContent, data: counts,
          backgroundColor: '#0b5394' }] },
        options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
      canvas.setAttribute('aria-label', figure.querySelector('figcaption').textContent + ': '
        + labels.map(function (label, i) { return label + ' ' + counts[i]; }).join(', '));
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
