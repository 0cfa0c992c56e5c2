// pith's service worker. A click on the toolbar action grants activeTab for that tab; the worker
// opens the side panel and tells it which tab to read. The panel reads the page with
// chrome.scripting.executeScript and runs the engine itself: the engine never runs in the page
// (a site's CSP can forbid WebAssembly in content scripts).
//
// Why not sidePanel.setPanelBehavior({ openPanelOnActionClick: true })? With it, Chromium opens the
// panel without dispatching action.onClicked and (checked on Chromium 156) without granting
// activeTab, so the panel could not read the page.

chrome.action.onClicked.addListener((tab) => {
  // sidePanel.open() must be called while the click still counts as a user gesture: no await first.
  chrome.sidePanel
    .open({ windowId: tab.windowId })
    .catch((err) => console.error('pith: could not open the side panel', err));
  // A panel that is already open reads the tab again; a panel that is just opening reads on load.
  chrome.runtime.sendMessage({ type: 'pith:read', tabId: tab.id }).catch(() => {});
});
