import type { PhrasingContent, RootContent } from 'mdast';
import { textsOf, valueAt } from '../../design/values.js';
import type { DesignReport, SectionContext } from '../model.js';
import { heading, joined, link, list, paragraph, plain, strong, text, userText } from '../text.js';

// What markdownlint (MD026) counts as trailing punctuation in a heading.
const TRAILING_PUNCTUATION = /[.,;:!。，；：！\s]+$/u;

/** The design's name as a heading, without trailing punctuation. */
export function headingText(name: string): string {
  return name.replace(TRAILING_PUNCTUATION, '') || name;
}

/** The title, told apart from the template's headings when it would repeat one. */
const title = (name: string, headings: ReadonlySet<string>): string => (headings.has(name) ? `${name} (design)` : name);

/** Title, status, owners, approach, source and summary. */
export default function header(report: DesignReport, context: SectionContext): RootContent[] {
  const { design } = report;
  const field = (label: string, value: PhrasingContent[]): PhrasingContent[] => [strong(label), text(': '), ...value];
  const status = plain(valueAt(design, ['status']));
  const owners = joined(textsOf(valueAt(design, ['owners'])));
  const approach = plain(valueAt(design, ['approach']));
  const nodes: RootContent[] = [
    heading(context.depth + 1, title(headingText(report.name), context.headings)),
    list([
      field('Status', status ? userText(status) : [text('not set')]),
      field('Owners', owners ? userText(owners) : [text('none named')]),
      field('Approach', approach ? userText(approach) : [text('not chosen')]),
      field('Design file', [link(report.sourceLink, [text(plain(report.sourceLink.split('/').pop()))])]),
    ]),
  ];
  const summary = plain(valueAt(design, ['summary']));
  if (summary !== '') nodes.push(paragraph(...userText(summary)));
  if (!report.readable) nodes.push(paragraph(text('The file could not be read as a design, so this report shows only its findings.')));
  return nodes;
}
