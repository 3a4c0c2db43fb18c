import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { v8FlagsFor } from '../../bin/v8-flags.js';
import { BIN } from './run-cli.js';

describe('the V8 flags the command line sets', () => {
  it('include the interrupt budget only on the V8s that know it (Node 20), the other two everywhere', () => {
    const everywhere = ['--semi-space-growth-factor=1', '--verify-snapshot-checksum'];
    expect(v8FlagsFor('11.3.244.8-node.38')).toEqual(['--interrupt-budget=400000', ...everywhere]);
    expect(v8FlagsFor('10.2.154.26-node.36')).toEqual(['--interrupt-budget=400000', ...everywhere]);
    // Node 21, 22 and 24: V8 would print "Error: unrecognized flag" for the budget.
    for (const version of ['11.8.172.17-node.20', '12.4.254.21-node.33', '13.6.233.10-node.28']) {
      expect(v8FlagsFor(version)).toEqual(everywhere);
    }
  });

  it('are all known to the V8 running the tests: nothing is printed about them', () => {
    const run = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of v8FlagsFor(process.versions.v8)) expect(known).toContain(`  ${flag.replace(/=.*/, '')} `);
  });
});
