// Builds static/deck_map/deck_map.js from src/ with esbuild. The bundle's first line records a
// digest of its sources and lock file; tests/unit/test_deck_map_bundle.py fails when the
// committed bundle was not rebuilt after a change to them.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { build } from "esbuild";

const sources = ["build.mjs", "package.json", "package-lock.json", ...readdirSync("src").sort().map((name) => `src/${name}`)];
const digest = createHash("sha256");
for (const file of sources) digest.update(readFileSync(file));

await build({
  entryPoints: ["src/deck_map.js"],
  bundle: true,
  format: "esm",
  minify: true,
  legalComments: "eof",
  target: "es2020",
  banner: { js: `// source digest: ${digest.digest("hex")}` },
  outfile: "../../static/deck_map/deck_map.js",
});
