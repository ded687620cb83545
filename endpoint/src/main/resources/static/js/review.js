// Link review: each button posts the decision as JSON (never a form, so no other site can post it), with the
// bearer token typed in, or else the browser's Basic login; the row shows the stored decision.
(function () {
  'use strict';
  var status = document.getElementById('review-status');
  document.querySelectorAll('button[data-decision]').forEach(function (button) {
    button.addEventListener('click', function () {
      var row = button.closest('tr');
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      var token = document.getElementById('review-token').value.trim();
      if (token) { headers.Authorization = 'Bearer ' + token; }
      fetch('/reconcile/review', {
        method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({ subject: row.dataset.subject, object: row.dataset.object,
          predicate: row.dataset.predicate, decision: button.dataset.decision })
      }).then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok) { throw new Error(answer.message || answer.detail || response.status); }
          row.querySelector('.decision').textContent = answer.decision + ' by ' + answer.by + ' at ' + answer.at;
          status.textContent = '';
        });
      }).catch(function (error) { status.textContent = 'Not recorded: ' + error.message; });
    });
  });
}());
