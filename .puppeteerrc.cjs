// pa11y drives Chromium through puppeteer. Blattwerk uses the system's Chromium
// (/usr/bin/chromium or CHROME_PATH) and never downloads a browser on install.
module.exports = { skipDownload: true };
