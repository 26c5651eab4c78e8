// The wait page asks itsme every few seconds whether the request was answered in the app,
// and moves on as soon as it is no longer pending. setTimeout follows the page's clock, so a
// test that installs Playwright's clock can let the seconds pass without waiting for them.
(function () {
  "use strict";
  var card = document.querySelector("[data-poll]");
  if (!card) { return; }
  var url = card.getAttribute("data-poll");
  var interval = Number(card.getAttribute("data-interval")) || 2000;

  function later() { window.setTimeout(poll, interval); }

  function poll() {
    fetch(url, { cache: "no-store", headers: { "Accept": "application/json" } })
      .then(function (answer) { return answer.ok ? answer.json() : Promise.reject(answer.status); })
      .then(function (request) {
        if (request.status === "pending") { later(); } else { window.location.assign(request.next); }
      })
      .catch(later);
  }

  later();
})();
