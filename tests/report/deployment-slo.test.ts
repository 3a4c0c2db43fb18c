import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/report/index.js';
import { tempDir } from '../temp-dir.js';
import { reportOptions } from './options.js';

const DESIGN = `mlsys: 1
id: slo
requirements:
  latency: "< 100ms"
  availability: 99.95%
  scale: {peak_rps: 50K rps}
deployment:
  slo: {latency_p50: 20ms, latency_p99: 150ms, throughput: 1.2M/min, availability: 99.999%, cost_per_prediction: $0.05}
`;

describe('the deployment SLO table', () => {
  it(
    "marks a target that breaks the design's own requirement, flags only targets worse than usual, and shows normalised " + 'values',
    async () => {
      const dir = tempDir({ 'slo.yaml': DESIGN });
      const report = (await buildReports([dir], reportOptions())).files.get('slo.md')!;
      expect(report).toContain('| Target | This design | Requirement | Meets the requirement | Usual | Against usual |');
      expect(report).toContain('| Latency p50 | 20ms | < 100ms (requirements.latency) | ✅ meets it | below 50ms | ✅ usual |');
      expect(report).toContain(
        '| Latency p99 | 150ms | < 100ms (requirements.latency) | ❌ `deployment.slo.latency_p99` 150ms is looser than the requirement ' +
          '`requirements.latency` < 100ms | below 200ms | ✅ usual |',
      );
      // 1.2M a minute is 20K a second: below the 50K peak, though within the usual range.
      expect(report).toContain(
        '| Throughput | 1.2M/min (20K rps) | 50K rps (requirements.scale.peak_rps) | ❌ `deployment.slo.throughput` 1.2M/min is below ' +
          'the required peak `requirements.scale.peak_rps` 50K rps: the service would shed load at peak | 1K–100K RPS | ✅ usual |',
      );
      // Better than usual is not a warning.
      expect(report).toContain(
        '| Availability | 99.999% | 99.95% (requirements.availability) | ✅ meets it | 99.9%–99.99% | ✅ better than usual |',
      );
      expect(report).toContain('| Cost per prediction | $0.05 | — | — | $0.001–$0.01 | ⚠️ worse than usual |');
    },
  );

  it('marks an availability below the required uptime with the finding', async () => {
    const dir = tempDir({
      'slo.yaml': 'mlsys: 1\nid: up\nrequirements:\n  availability: 99.95%\ndeployment:\n  slo: {availability: 99.9%}\n',
    });
    const report = (await buildReports([dir], reportOptions())).files.get('up.md')!;
    expect(report).toContain(
      '| Availability | 99.9% | 99.95% (requirements.availability) | ❌ `deployment.slo.availability` 99.9% is below the requirement ' +
        '`requirements.availability` 99.95% | 99.9%–99.99% | ✅ usual |',
    );
  });

  it('uses its own words for a breach when the rule that reports it is off', async () => {
    const dir = tempDir({ 'slo.yaml': DESIGN });
    const cliRules = new Map([['serving/slo-consistency', 'off' as const]]);
    const report = (await buildReports([dir], reportOptions({ cliRules }))).files.get('slo.md')!;
    expect(report).toContain(
      '| Latency p99 | 150ms | < 100ms (requirements.latency) | ❌ Latency p99 150ms is above the required 100ms | below 200ms | ✅ usual |',
    );
    expect(report).toContain(
      '| Throughput | 1.2M/min (20K rps) | 50K rps (requirements.scale.peak_rps) | ❌ Throughput 20K rps is below the peak load of 50K ' +
        'rps | 1K–100K RPS | ✅ usual |',
    );
  });
});
