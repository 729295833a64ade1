// Markdown summary of JUnit XML reports (vitest's junit reporter, pytest's --junitxml) for the
// job summary: totals per report, then each failed test with the first line of its message.
//   node .github/scripts/junit-summary.mjs "Platform tests" reports/junit.xml >> "$GITHUB_STEP_SUMMARY"
// Exit status 0 whatever the results: the test step itself fails the job.
import { existsSync, readFileSync } from 'node:fs';

const [title, ...files] = process.argv.slice(2);
if (!title || files.length === 0) {
  console.error('usage: junit-summary.mjs TITLE REPORT.xml...');
  process.exit(2);
}

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : '';
};
const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const cell = (s) => unescape(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const lines = [`### ${title}`, '', '| report | tests | passed | failed | errors | skipped |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
const failed = [];
for (const file of files) {
  if (!existsSync(file)) {
    lines.push(`| \`${file}\` | no report (the run stopped before writing it) | | | | |`);
    continue;
  }
  const xml = readFileSync(file, 'utf8');
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const m of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const [, attrs, , body = ''] = m;
    totals.tests += 1;
    const name = `${attr(attrs, 'classname')} › ${attr(attrs, 'name')}`;
    const problem = /<(failure|error)\b([^>]*)>/.exec(body);
    if (problem) {
      totals[problem[1] === 'failure' ? 'failures' : 'errors'] += 1;
      failed.push(`- ${cell(name)}: ${cell(attr(problem[2], 'message')).slice(0, 300) || problem[1]}`);
    } else if (/<skipped\b/.test(body)) {
      totals.skipped += 1;
    }
  }
  const passed = totals.tests - totals.failures - totals.errors - totals.skipped;
  lines.push(`| \`${file}\` | ${totals.tests} | ${passed} | ${totals.failures} | ${totals.errors} | ${totals.skipped} |`);
}
if (failed.length > 0) lines.push('', '**Failed**', '', ...failed);
console.log(lines.join('\n'));
