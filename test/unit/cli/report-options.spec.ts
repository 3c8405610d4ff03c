import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../../src/cli/cli.js';
import { reportFormats } from '../../../src/cli/report-options.js';
import { UsageError } from '../../../src/core/errors.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { sampleResults } from '../../helpers/sample-results.js';

describe('report formats (--format, --standalone)', () => {
  it('should map --standalone false to the per-claim LaTeX fragments only', () => {
    expect(reportFormats({})).toEqual(['html', 'tex', 'pdf']);
    expect(reportFormats({ standalone: 'false' })).toEqual(['fragments']);
    expect(reportFormats({ standalone: 'false', format: 'fragments' })).toEqual(['fragments']);
    expect(reportFormats({ standalone: 'true', format: 'html' })).toEqual(['html']);
  });

  it('should refuse --standalone false with other formats, and values other than true/false', () => {
    expect(() => reportFormats({ standalone: 'false', format: 'html,tex' })).toThrow(UsageError);
    expect(() => reportFormats({ standalone: 'false', format: 'html,tex' })).toThrow(/fragments only, but --format asks for html,tex/);
    expect(() => reportFormats({ standalone: 'no' })).toThrow(/'no' is not true or false/);
  });

  it('report --standalone false should write one \\input-able fragment per claim and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-frag-'));
    writeFileSync(join(dir, 'results.json'), JSON.stringify(sampleResults()));
    const io = fakeIo(dir);
    expect(await cli(['report', 'results.json', '--standalone', 'false'], io)).toBe(0);
    expect(readdirSync(join(dir, 'claims')).sort()).toEqual(sampleResults().claims.map((c) => `${c.id}.tex`).sort());
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
    expect(existsSync(join(dir, 'report.tex'))).toBe(false);
  });
});
