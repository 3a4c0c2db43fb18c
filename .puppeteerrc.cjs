// mlsys-lint renders SVG with the system's Chromium (see docs/reports.md);
// puppeteer must never download a browser of its own during `npm ci`.
module.exports = { skipDownload: true };
