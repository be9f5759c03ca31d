// The built book, opened in a real browser (headless Chromium driven by
// playwright-core), straight from the disk (file://) with every network
// request refused:
//   - each page checked renders without console errors or failed loads;
//   - a hint folds and unfolds;
//   - the search finds an exercise by its id;
//   - the workshop build (solutions absent) shows no solution;
//   - a screenshot of a chapter page is kept as a test artefact.
//
//   node scripts/browser-test.mjs BOOK_DIR WORKSHOP_BOOK_DIR ARTEFACT_DIR
//
// CHROMIUM names the browser (default /usr/bin/chromium); PLAYWRIGHT_HOME
// is the folder where playwright-core is installed (the Makefile installs
// it into .tools/node).

import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [book, workshop, artefacts] = process.argv.slice(2).map((p) => resolve(p));
if (!book || !workshop || !artefacts) {
  console.error("usage: node scripts/browser-test.mjs BOOK_DIR WORKSHOP_BOOK_DIR ARTEFACT_DIR");
  process.exit(2);
}
mkdirSync(artefacts, { recursive: true });
const require = createRequire(resolve(process.env.PLAYWRIGHT_HOME || ".tools/node") + "/");
const { chromium } = require("playwright-core");

const failures = [];
const fail = (what) => failures.push(what);
const say = (what) => console.log(`browser-test: ${what}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

/** A page of `root` (a book folder), opened with the network cut off. */
async function open(root, path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`failed to load ${request.url()}: ${request.failure()?.errorText}`),
  );
  // The book must work offline: anything but a local file is refused and reported.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file://") || url.startsWith("data:")) return route.continue();
    problems.push(`needs the network: ${url}`);
    return route.abort();
  });
  await page.goto(pathToFileURL(`${root}/${path}`).href, { waitUntil: "load" });
  return { page, context, problems };
}

async function check(name, root, path, body) {
  const { page, context, problems } = await open(root, path);
  try {
    await body(page);
  } catch (error) {
    fail(`${name} (${path}): ${error.message}`);
  }
  for (const problem of problems) fail(`${name} (${path}): ${problem}`);
  await context.close();
}

const chapter = "part1/ownership.html";

for (const path of ["index.html", "part0/how-to-use.html", chapter, "appendix/exercises.html", "appendix/schedule.html", "print.html"]) {
  await check("renders", book, path, async (page) => {
    const title = await page.locator("main h1").first().textContent();
    if (!title || !title.trim()) throw new Error("the page has no title");
  });
}
say("pages render from file:// without console errors or network requests");

await check("hints fold", book, chapter, async (page) => {
  const hint = page.locator("details[id^='admonition-hint-1']").first();
  if ((await hint.count()) === 0) throw new Error("no folded hint on the page");
  if (await hint.evaluate((d) => d.open)) throw new Error("the first hint starts unfolded");
  await hint.locator("summary").click();
  if (!(await hint.evaluate((d) => d.open))) throw new Error("clicking the hint did not unfold it");
  await hint.locator("summary").click();
  if (await hint.evaluate((d) => d.open)) throw new Error("clicking again did not fold it");
  await page.screenshot({ path: `${artefacts}/ownership.png`, fullPage: false });
});
say("hints fold and unfold; screenshot kept");

await check("search", book, "index.html", async (page) => {
  await page.locator("#search-toggle").click();
  await page.locator("#searchbar").fill("ownership-first-word");
  const result = page.locator("#searchresults a").first();
  await result.waitFor({ timeout: 10_000 });
  const href = await result.getAttribute("href");
  if (!href || !href.includes("part1/ownership.html")) {
    throw new Error(`the first search result for an exercise id is ${href}, not the ownership chapter`);
  }
  await page.screenshot({ path: `${artefacts}/search.png` });
});
say("the search finds an exercise by its id");

await check("workshop build", workshop, chapter, async (page) => {
  const exercises = await page.locator("[id^='exercise-']").count();
  if (exercises === 0) throw new Error("the workshop build shows no exercises");
  const solutions = await page.locator("[id^='admonition-solution']").count();
  if (solutions !== 0) throw new Error(`the workshop build shows ${solutions} solution block(s)`);
});
say("the workshop build shows the exercises and no solution");

await browser.close();
if (failures.length > 0) {
  for (const failure of failures) console.error(`browser-test: FAILED: ${failure}`);
  process.exit(1);
}
say(`all checks passed; screenshots in ${artefacts}`);
