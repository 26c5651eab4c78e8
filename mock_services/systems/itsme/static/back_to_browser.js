// The end of a request opened from this phone's own browser: once this screen is shown, the
// app hands the phone back to the browser, at itsme's address that continues the login there
// (the link is the fallback).
(function () {
  "use strict";
  var back = document.querySelector("[data-back-to-browser]");
  if (!back) { return; }
  window.addEventListener("load", function () { window.location.assign(back.href); });
})();
