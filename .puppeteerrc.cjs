// docflow never downloads a browser: it uses a system Chromium (see README).
module.exports = { skipDownload: true };
