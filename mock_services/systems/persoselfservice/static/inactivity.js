// PersoSelfService's inactivity timeout in the page (the server keeps its own count, see
// session_timeout.py). The countdown starts when the page loads, because loading it was the
// session's last activity; the warning opens `warning-before` ms before the end, OK asks the
// server to extend the session and restarts the countdown from the server's answer, and when
// the time is up the page goes to the expiry page.
//
// Only requests to the server count as activity, as in PeopleSoft: opening another page, or
// OK. Moving the mouse, scrolling or typing do not: the server cannot see them, and a page
// that extended its own countdown for them would promise a session the server has ended.
//
// setTimeout follows the page's clock, which the tests control (Playwright's clock).
(function () {
  "use strict";
  var dialog = document.querySelector("[data-inactivity]");
  if (!dialog) { return; }
  var timeoutMs = Number(dialog.getAttribute("data-timeout-ms"));
  var warningBeforeMs = Number(dialog.getAttribute("data-warning-before-ms"));
  var keepAliveUrl = dialog.getAttribute("data-keep-alive-url");
  var expiredUrl = dialog.getAttribute("data-expired-url");
  var ok = dialog.querySelector("[data-inactivity-ok]");
  var problem = dialog.querySelector("[data-inactivity-problem]");
  var warningTimer = null;
  var expiryTimer = null;

  function schedule(remainingMs) {
    window.clearTimeout(warningTimer);
    window.clearTimeout(expiryTimer);
    warningTimer = window.setTimeout(warn, Math.max(0, remainingMs - warningBeforeMs));
    expiryTimer = window.setTimeout(expire, remainingMs);
  }

  function warn() {
    problem.hidden = true;
    if (!dialog.open) { dialog.showModal(); }
  }

  function expire() {
    window.location.assign(expiredUrl);
  }

  // The session is extended only once the server says so; until then the dialog stays open.
  // A session the server already ended (401) leads to the expiry page; no answer at all (the
  // server down, in maintenance) leaves the dialog open with a message, and the countdown on.
  function extend() {
    ok.disabled = true;
    fetch(keepAliveUrl, {
      method: "POST",
      cache: "no-store",
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    })
      .then(function (answer) {
        if (answer.status === 401) { return { status: "expired" }; }
        if (!answer.ok) { throw new Error("keep-alive answered " + answer.status); }
        return answer.json();
      })
      .then(function (session) {
        if (session.status !== "active") { expire(); return; }
        schedule(session.expires_in_ms);
        dialog.close();
      })
      .catch(function () { problem.hidden = false; })
      .then(function () { ok.disabled = false; });
  }

  ok.addEventListener("click", extend);
  // Escape does not dismiss the warning: only OK extends the session.
  dialog.addEventListener("cancel", function (event) { event.preventDefault(); });
  schedule(timeoutMs);
})();
