// Serves a folder on 127.0.0.1 the way GitHub Pages serves a site, so that Lighthouse measures
// what readers get: a folder is its index.html, a folder asked for without its slash is redirected
// to it (301), anything missing is the nearest 404.html above it with status 404 (a project site's
// own, as for /repo/... on GitHub Pages), and text is gzipped for clients that accept it.
// Usage: node .ci/serve-pages.cjs DIR [PORT]   (or require it and call servePages(DIR))
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const zlib = require("node:zlib");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};
const COMPRESSED = new Set([".html", ".css", ".xml", ".json", ".txt", ".svg"]);

function isFile(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

function isFolder(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
}

/** The 404.html of the deepest folder above the missing path that has one, or null. */
function notFoundPage(root, file) {
  for (let folder = path.dirname(file); folder.startsWith(root); folder = path.dirname(folder)) {
    if (isFile(path.join(folder, "404.html"))) {
      return path.join(folder, "404.html");
    }
    if (folder === root) {
      break;
    }
  }
  return null;
}

function send(request, response, status, file) {
  const extension = path.extname(file);
  const headers = { "Content-Type": TYPES[extension] || "application/octet-stream", "Cache-Control": "max-age=600" };
  let body = fs.readFileSync(file);
  if (COMPRESSED.has(extension) && /\bgzip\b/.test(request.headers["accept-encoding"] || "")) {
    body = zlib.gzipSync(body);
    headers["Content-Encoding"] = "gzip";
  }
  headers["Content-Length"] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

function handler(root) {
  return (request, response) => {
    const url = new URL(request.url, "http://localhost");
    let file;
    try {
      file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    } catch {
      file = null;
    }
    if (file === null || !file.startsWith(root)) {
      response.writeHead(400).end();
    } else if (isFolder(file) && !url.pathname.endsWith("/")) {
      response.writeHead(301, { Location: url.pathname + "/" + url.search }).end();
    } else if (isFile(isFolder(file) ? path.join(file, "index.html") : file)) {
      send(request, response, 200, isFolder(file) ? path.join(file, "index.html") : file);
    } else if (notFoundPage(root, file) !== null) {
      send(request, response, 404, notFoundPage(root, file));
    } else {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("404 Not Found\n");
    }
  };
}

/** Starts serving root on 127.0.0.1:port (0: any free port); resolves to the listening server. */
function servePages(root, port = 0) {
  const server = http.createServer(handler(path.resolve(root)));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

if (require.main === module) {
  servePages(process.argv[2], Number(process.argv[3] || 8000)).then((server) => {
    console.log(`serving ${process.argv[2]} at http://127.0.0.1:${server.address().port}/`);
  });
}

module.exports = { servePages };
