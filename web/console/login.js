/* The console's login: posts the form with the CSRF token from its cookie, then opens the console. */
(function () {
  'use strict';
  function csrf() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }
  var form = document.getElementById('login');
  var error = document.getElementById('login-error');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    error.hidden = true;
    var body = new URLSearchParams();
    body.set('username', form.username.value.trim());
    body.set('password', form.password.value);
    fetch('/console/login', {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': csrf(), 'Accept': 'application/json' }
    }).then(function (response) {
      if (response.ok) {
        location.assign('/console/' + (location.hash || ''));
        return;
      }
      return response.json().catch(function () { return {}; }).then(function (problem) {
        error.textContent = response.status === 429 ? problem.message
          : response.status === 403 ? 'The page had expired. Please try again.'
          : 'That username and password do not match an active account.';
        error.hidden = false;
        form.password.value = '';
        form.password.focus();
      });
    }).catch(function () {
      error.textContent = 'The server cannot be reached. Please try again.';
      error.hidden = false;
    });
  });
}());
