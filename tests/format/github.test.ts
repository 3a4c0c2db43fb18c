import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/format/github.js';
import { CONTEXT, fixtureResults } from './fixture-results.js';

/** Reads workflow commands back the way GitHub's runner does. */
function parseCommands(text: string): { command: string; properties: Record<string, string>; message: string }[] {
  const unescape = (value: string): string => value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return text
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
      if (!match) throw new Error(`not a workflow command: ${line}`);
      const properties = Object.fromEntries(match[2]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]));
      return { command: match[1]!, properties, message: unescape(match[3]!) };
    });
}

describe('github format', () => {
  const text = github(fixtureResults(), CONTEXT);

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('../fixtures/format/results.github.txt');
  });

  it('prints one command per finding: errors, warnings, and info as notices', () => {
    const findings = fixtureResults().flatMap((result) => result.findings);
    const commands = parseCommands(text);
    expect(text.split('\n').filter((line) => /^::(error|warning|notice) /.test(line))).toHaveLength(findings.length);
    expect(commands.map((command) => command.command)).toEqual(findings.map((finding) => ({ error: 'error', warn: 'warning', info: 'notice' })[finding.severity]));
  });

  it('gives file, line, col, endLine, endColumn and the rule as title', () => {
    const [first] = parseCommands(text);
    expect(first!.properties).toEqual({ file: 'designs/recs.yaml', line: '12', col: '3', endLine: '12', endColumn: '8', title: 'serving/latency-slo' });
  });

  it('escapes messages and properties so that they read back exactly', () => {
    const findings = fixtureResults().flatMap((result) => result.findings);
    const commands = parseCommands(text);
    expect(commands.map((command) => command.message)).toEqual(findings.map((finding) => finding.message));
    expect(commands.at(-1)!.properties.file).toBe('designs/odd, name: 100%.yaml');
    expect(text).not.toMatch(/\r/);
    expect(text.split('\n').filter((line) => line !== '')).toHaveLength(findings.length);
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50%\r\nnext: a,b')).toBe('50%25%0D%0Anext: a,b');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(github([fixtureResults()[1]!], CONTEXT)).toBe('');
  });
});
