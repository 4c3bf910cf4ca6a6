// First-party visit counting (see the privacy policy): sends only the path of this page.
if (navigator.sendBeacon) {
  navigator.sendBeacon("/beacon", new Blob([location.pathname], { type: "text/plain" }));
}
