// newsbrief preview: reloads the page after each good build and shows what is wrong after a bad
// one. Served by `newsbrief serve` only; built sites never contain it. Text is set with
// textContent, never innerHTML, so a diagnostic cannot inject markup.
(() => {
  "use strict";
  const OVERLAY_ID = "newsbrief-overlay";

  function element(tag, style, text) {
    const node = document.createElement(tag);
    node.setAttribute("style", style);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function hideOverlay() {
    const overlay = document.getElementById(OVERLAY_ID);
    if (overlay) {
      overlay.remove();
    }
  }

  function showOverlay(diagnostics) {
    hideOverlay();
    const errors = diagnostics.filter((d) => d.severity === "error");
    const overlay = element("div",
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
      "background:rgba(24,24,27,.96);color:#f4f4f5;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace");
    overlay.id = OVERLAY_ID;
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-label", "Build errors");
    const title = errors.length === 1 ? "1 error" : errors.length + " errors";
    overlay.appendChild(element("h1", "margin:0 0 .25rem;font-size:1.25rem;color:#fca5a5",
      "newsbrief: the last save broke the build (" + title + ")"));
    overlay.appendChild(element("p", "margin:0 0 1.5rem;color:#a1a1aa",
      "Still serving the last good build. Fix the problem and save; this page reloads by itself."));
    for (const d of diagnostics) {
      const item = element("section", "margin:0 0 1.25rem;padding:1rem;border-left:4px solid " +
        (d.severity === "error" ? "#f87171" : "#fbbf24") + ";background:#27272a");
      item.className = "newsbrief-diagnostic";
      item.appendChild(element("div", "color:#a1a1aa", d.file + ":" + d.line + ":" + d.column + "  [" + d.rule + "]"));
      item.appendChild(element("div", "color:#f4f4f5;font-weight:bold", d.severity + ": " + d.message));
      if (d.source) {
        const caret = " ".repeat(Math.max(0, d.column - 1)) + "^";
        // Every property set here, so the site's own stylesheet for <pre> cannot make it unreadable.
        item.appendChild(element("pre", "margin:.5rem 0 0;padding:.5rem;border:0;border-radius:0;" +
          "background:#18181b;color:#e4e4e7;font:inherit;white-space:pre-wrap;overflow:visible",
          d.line + " | " + d.source + "\n" + " ".repeat(String(d.line).length) + " | " + caret));
      }
      if (d.hint) {
        item.appendChild(element("div", "margin-top:.5rem;color:#67e8f9", "hint: " + d.hint));
      }
      overlay.appendChild(item);
    }
    document.body.appendChild(overlay);
  }

  const events = new EventSource("/__newsbrief/events");
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("errors", (event) => showOverlay(JSON.parse(event.data)));
  // Connected to a server whose build is good: an overlay left from before is out of date.
  events.addEventListener("ready", () => {
    if (document.getElementById(OVERLAY_ID)) {
      location.reload();
    }
  });
})();
