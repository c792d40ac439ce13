// Judges one Lighthouse report against the floors .ci/lighthouse.cjs asserts, and says what cost
// the points: the page, preset, category, score, and the audits with what they found.
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time",
  "cumulative-layout-shift"];
// Lighthouse gives no weight to these kinds of audit, whatever their score. An audit that could
// not run ("error", score null) keeps its weight and leaves its category without a score: 0 here.
const UNSCORED = ["informative", "manual", "notApplicable"];
// The 404 page is served with status 404, as it must be, and Lighthouse counts that status against
// it twice: SEO's http-status-code, and best practices' errors-in-console for Chromium's "Failed to
// load resource: ... 404" about the page itself. Those two are excused there (the first is required,
// as the proof that the status is right); anything else that fails on the 404 page counts.
const STATUS_AUDIT = "http-status-code";

/** Whether the audit fails only because the page itself answered 404. */
function failsForTheStatus404(audit, lhr) {
  if (audit.id === STATUS_AUDIT) {
    return true;
  }
  const items = audit.id === "errors-in-console" ? audit.details?.items ?? [] : [];
  return items.length > 0 && items.every((item) => item.source === "network"
    && item.sourceLocation?.url === lhr.finalDisplayedUrl && /\b404\b/.test(item.description ?? ""));
}

/** The ids of the audits that failed on the 404 page only because of its status. */
function excusedAudits(lhr, page) {
  return new Set(page.notFound
    ? Object.values(lhr.audits).filter((audit) => audit.score === 0 && failsForTheStatus404(audit, lhr)).map((a) => a.id)
    : []);
}

function isScored(lhr, ref) {
  return ref.weight > 0 && !UNSCORED.includes(lhr.audits[ref.id].scoreDisplayMode);
}

/** The category's score out of 100, as Lighthouse weighs it, with the excused audits as passed. */
function categoryScore(lhr, id, excused) {
  const refs = lhr.categories[id].auditRefs.filter((ref) => isScored(lhr, ref));
  if (!refs.some((ref) => excused.has(ref.id))) {
    return Math.round(lhr.categories[id].score * 100);
  }
  if (refs.some((ref) => lhr.audits[ref.id].score === null && !excused.has(ref.id))) {
    return 0;
  }
  const weight = refs.reduce((sum, ref) => sum + ref.weight, 0);
  const points = refs.reduce((sum, ref) => sum + ref.weight * (excused.has(ref.id) ? 1 : lhr.audits[ref.id].score), 0);
  return Math.round((100 * points) / weight);
}

/** The audits that cost the category points, and for performance those that estimate a saving. */
function costlyAudits(lhr, id, excused) {
  return lhr.categories[id].auditRefs
    .filter((ref) => isScored(lhr, ref) || (id === "performance" && savesTime(lhr.audits[ref.id])))
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => (audit.scoreDisplayMode === "error" || (typeof audit.score === "number" && audit.score < 1)) && !excused.has(audit.id));
}

function savesTime(audit) {
  return Object.values(audit.metricSavings ?? {}).some((saving) => saving > 0);
}

/** An audit's id, title and score, and the first few elements, URLs or messages it names. */
function auditLines(audit) {
  const shown = audit.errorMessage ? `: could not run: ${audit.errorMessage}` : audit.displayValue ? ` (${audit.displayValue})` : "";
  const items = (audit.details?.items ?? [])
    .map((item) => item.node?.snippet ?? [item.description, item.url ?? item.sourceLocation?.url].filter(Boolean).join(": "))
    .filter((text) => text !== "").slice(0, 5);
  return [`    ${audit.id}: ${audit.title}${shown}, score ${audit.score}`, ...items.map((text) => `        ${text}`)];
}

/**
 * What is wrong with one report, as lines (none when every category meets its floor). The first
 * line of each problem starts with the preset, page and URL; the audits under it are indented.
 */
function problems(lhr, page, preset, floors) {
  const where = `${preset} ${page.name} ${lhr.finalDisplayedUrl || lhr.requestedUrl}`;
  if (lhr.runtimeError) {
    return [`${where}: error: ${lhr.runtimeError.code}: ${lhr.runtimeError.message} [lighthouse]`];
  }
  const lines = [];
  if (page.notFound && (lhr.audits[STATUS_AUDIT].score ?? 1) === 1) {
    lines.push(`${where}: error: the page did not answer with status 404 [${STATUS_AUDIT}]`);
  }
  const excused = excusedAudits(lhr, page);
  for (const id of CATEGORIES) {
    const score = categoryScore(lhr, id, excused);
    if (score < floors[id]) {
      lines.push(`${where}: error: ${id} ${score} < ${floors[id]} [lighthouse]`);
      costlyAudits(lhr, id, excused).forEach((audit) => lines.push(...auditLines(audit)));
    }
  }
  return lines;
}

/**
 * The four scores as Lighthouse reports them, then the metrics behind a performance score below
 * 100, and the scores that the floors are held to when audits are excused (the 404 page).
 */
function scoreLine(lhr, page) {
  if (lhr.runtimeError) {
    return lhr.runtimeError.code;
  }
  const excused = excusedAudits(lhr, page);
  const scores = CATEGORIES.map((id) => `${id} ${Math.round(lhr.categories[id].score * 100)}`).join(", ");
  const notes = METRICS.map((id) => lhr.audits[id]).filter((metric) => metric.score < 1)
    .map((metric) => `${metric.id} ${metric.displayValue} (${metric.score})`);
  if (excused.size > 0) {
    const held = CATEGORIES.map((id) => `${id} ${categoryScore(lhr, id, excused)}`).join(", ");
    notes.push(`held to the floors without ${[...excused].sort().join(" and ")} (failing for the status 404): ${held}`);
  }
  return [scores, ...notes].join("; ");
}

module.exports = { CATEGORIES, problems, scoreLine };
