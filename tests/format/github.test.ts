import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/format/github.js';
import { CONTEXT, fixtureResults } from './fixture-results.js';

/** Reads workflow commands back the way GitHub's runner does. */
function parseCommands(text: string): { command: string; properties: Record<string, string>; message: string }[] {
  const unescape = (value: string): string =>
    value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return text
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
      if (!match) throw new Error(`not a workflow command: ${line}`);
      const properties = Object.fromEntries(
        match[2]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]),
      );
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
    expect(commands.map((command) => command.command)).toEqual(
      findings.map((finding) => ({ error: 'error', warn: 'warning', info: 'notice' })[finding.severity]),
    );
  });

  it('gives file, line, col, endLine, endColumn and the rule as title', () => {
    const [first] = parseCommands(text);
    expect(first!.properties).toEqual({
      file: 'designs/recs.yaml',
      line: '12',
      col: '3',
      endLine: '12',
      endColumn: '8',
      title: 'serving/latency-slo',
    });
  });

  it('escapes messages and properties so that they read back exactly, control characters shown as escapes', () => {
    const findings = fixtureResults().flatMap((result) => result.findings);
    const commands = parseCommands(text);
    // Line breaks survive (GitHub shows them); the BEL in the last message is shown, not sent to the log.
    expect(commands.map((command) => command.message)).toEqual(findings.map((finding) => finding.message.replace('\u0007', '\\x07')));
    expect(commands.at(-1)!.properties.file).toBe('designs/odd, name: 100%.yaml');
    expect(text).not.toMatch(/\r/);
    expect(text.split('\n').filter((line) => line !== '')).toHaveLength(findings.length);
  });

  it('shows ESC, bidi overrides and line breaks in file names and messages as escapes, so they cannot act on the log', () => {
    const [result] = fixtureResults();
    const hostile = {
      ...result!,
      filePath: '/project/designs/evil\u202Egpj.yaml\n::error::forged',
      findings: [{ ...result!.findings[0]!, message: 'red \u001b[31malert\u001b[0m \u2066isolate\u2069' }],
    };
    const [line, ...rest] = github([hostile], CONTEXT).split('\n');
    expect(rest).toEqual(['']);
    expect(line).toBe(
      '::error ' +
        'file=designs/evil\\u202Egpj.yaml\\n%3A%3Aerror%3A%3Aforged,line=12,col=3,endLine=12,endColumn=8,title=serving/latency-slo::red ' +
        '\\x1B[31malert\\x1B[0m \\u2066isolate\\u2069',
    );
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50%\r\nnext: a,b')).toBe('50%25%0D%0Anext: a,b');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(github([fixtureResults()[1]!], CONTEXT)).toBe('');
  });
});
